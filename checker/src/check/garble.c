/* garble.c -- the garble family: the damage machine translation does to a
 * sentence (docs/rules/garble.md).  This file holds the family's rules and
 * run(), the shared helpers, and the detectors that look at whole
 * sentences and paragraphs: garble.boilerplate (web furniture translated
 * into the story), garble.repetition (the the; loops; repeated sentences
 * and paragraphs) and garble.truncated (a body that breaks off).
 *
 * Order matters: boilerplate runs first and marks the sentences it flags,
 * so that the other detectors stay silent on them (one finding per
 * problem: "Originally published as <headline>" is furniture, not a
 * repeated headline). */
#include "garble.h"

#include <stdlib.h>
#include <string.h>

/* ---- helpers ---- */

bool wc_garble_tok_is(const wc_doc *d, size_t i, const char *s) {
  const wc_token *t = &d->tokens.v[i];
  size_t n = strlen(s);
  return t->end - t->start == n && memcmp(d->text + t->start, s, n) == 0;
}

int32_t wc_garble_tok_cp(const wc_doc *d, size_t i) {
  const wc_token *t = &d->tokens.v[i];
  int32_t cp = -1;
  if (t->end > t->start)
    wc_utf8_decode(d->text + t->start, t->end - t->start, &cp);
  return cp;
}

unsigned wc_garble_sent_scope(const wc_doc *d, size_t si) {
  return d->blocks.v[d->sentences.v[si].block].scope;
}

bool wc_garble_cyrillic_lang(const char *code) {
  return strcmp(code, "uk") == 0 || strcmp(code, "ru") == 0;
}

bool wc_garble_quote_opens(const wc_doc *d, size_t i) {
  int32_t cp = wc_garble_tok_cp(d, i);
  switch (cp) {
  case 0xAB:   /* « */
  case 0x201E: /* „ */
  case 0x201A: /* ‚ */
    return true;
  case 0xBB:   /* » */
  case 0x201D: /* ” */
    return false;
  default:
    break;
  }
  /* straight quotes, and “ ‘ (opening in English, closing in German):
   * opening when preceded by space or the block start and followed by no
   * space */
  const wc_token *t = &d->tokens.v[i];
  bool next_glued = i + 1 < d->tokens.n && !d->tokens.v[i + 1].space_before &&
                    d->tokens.v[i + 1].sentence == t->sentence;
  return (t->space_before || i == 0) && next_glued;
}

/* Folds s[0..n) and collapses whitespace; apostrophes become '. */
static char *norm_text(const char *s, size_t n) {
  char *f = wc_utf8_fold(s, n);
  wc_buf b;
  wc_buf_init(&b);
  bool sp = false;
  for (size_t i = 0, fn = strlen(f); i < fn;) {
    int32_t cp;
    size_t k = wc_utf8_decode(f + i, fn - i, &cp);
    if (wc_cp_is_space(cp) || cp == '\n') {
      sp = b.len > 0;
    } else {
      if (sp)
        wc_buf_putc(&b, ' ');
      sp = false;
      if (wc_cp_is_apostrophe(cp))
        wc_buf_putc(&b, '\'');
      else
        wc_buf_add(&b, f + i, k);
    }
    i += k;
  }
  free(f);
  if (!b.data)
    wc_buf_puts(&b, "");
  return wc_buf_steal(&b);
}

/* Length of s without trailing punctuation, symbols and spaces. */
static size_t trim_tail(const char *s, size_t n) {
  while (n > 0) {
    size_t p = n - 1;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
      p--;
    int32_t cp;
    wc_utf8_decode(s + p, n - p, &cp);
    if (wc_cp_is_letter(cp) || wc_cp_is_digit(cp) || wc_cp_is_mark(cp))
      break;
    n = p;
  }
  return n;
}

static bool is_word_char(const char *s, size_t n) {
  int32_t cp;
  if (n == 0)
    return false;
  wc_utf8_decode(s, n, &cp);
  return wc_cp_is_letter(cp) || wc_cp_is_digit(cp) || wc_cp_is_mark(cp);
}

/* ---- garble.boilerplate ---- */

/* Does the normalized sentence match a phrase of the list?  A phrase
 * written with a trailing "..." matches the start of a sentence; any
 * other must be the whole sentence, trailing punctuation and symbols
 * aside (Required fields are marked *). */
/* The phrase list normalized once per document (norm_text per phrase per
 * sentence was a tenth of the run time). */
static char **norm_phrases(const wc_wordlist *wl) {
  char **v = wc_xcalloc(wl->items.n ? wl->items.n : 1, sizeof(char *));
  for (size_t i = 0; i < wl->items.n; i++)
    v[i] = norm_text(wl->items.v[i], strlen(wl->items.v[i]));
  return v;
}

static void free_phrases(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

static const char *match_furniture(const wc_wordlist *wl, char *const *norm,
                                   const char *sent) {
  size_t sn = strlen(sent);
  size_t st = trim_tail(sent, sn);
  for (size_t i = 0; i < wl->items.n; i++) {
    const char *p = norm[i];
    if (!p[0] || p[0] != sent[0])
      continue; /* every form is anchored at the sentence start */
    size_t pn = strlen(p);
    bool prefix = pn > 3 && strcmp(p + pn - 3, "...") == 0;
    bool hit = false;
    if (prefix) {
      pn -= 3;
      while (pn > 0 && p[pn - 1] == ' ')
        pn--;
      hit = pn > 0 && sn > pn && memcmp(sent, p, pn) == 0 &&
            !(is_word_char(p + pn - 1, 1) && is_word_char(sent + pn, sn - pn));
    } else {
      size_t pt = trim_tail(p, pn);
      hit = pt > 0 && pt == st && memcmp(sent, p, pt) == 0;
    }
    if (hit)
      return wl->items.v[i];
  }
  return NULL;
}

void wc_garble_boilerplate(wc_garble *g) {
  const wc_doc *d = g->d;
  const wc_wordlist *wl = wc_lang_list(g->l, "boilerplate");
  if (!wl->items.n)
    return;
  char **norm = norm_phrases(wl);
  size_t si = 0;
  while (si < d->sentences.n) {
    const wc_sentence *s = &d->sentences.v[si];
    unsigned scope = d->blocks.v[s->block].scope;
    if (scope & (WC_SCOPE_HEADLINE | WC_SCOPE_TABLE)) {
      si++;
      continue;
    }
    char *t = norm_text(d->text + s->start, s->end - s->start);
    const char *hit = match_furniture(wl, norm, t);
    free(t);
    if (!hit) {
      si++;
      continue;
    }
    /* one finding for the run of furniture sentences in this block */
    size_t first = si, last = si;
    g->skip_sent[si] = 1;
    while (last + 1 < d->sentences.n &&
           d->sentences.v[last + 1].block == s->block) {
      const wc_sentence *n = &d->sentences.v[last + 1];
      char *t2 = norm_text(d->text + n->start, n->end - n->start);
      bool more = match_furniture(wl, norm, t2) != NULL;
      free(t2);
      if (!more)
        break;
      last++;
      g->skip_sent[last] = 1;
    }
    bool whole = (first == 0 || d->sentences.v[first - 1].block != s->block) &&
                 (last + 1 >= d->sentences.n ||
                  d->sentences.v[last + 1].block != s->block);
    if (whole)
      g->skip_block[s->block] = 1;
    /* quote the article's own words, shortened */
    size_t end = d->sentences.v[last].end;
    size_t cps = wc_utf8_count(d->text + s->start, end - s->start);
    size_t show = end - s->start;
    bool cut = false;
    if (cps > 50) {
      size_t k = 0, p = s->start;
      while (p < end && k < 45) {
        int32_t cp;
        p += wc_utf8_decode(d->text + p, end - p, &cp);
        k++;
      }
      show = p - s->start;
      cut = true;
    }
    const char *del[] = {""};
    wc_emit(g->cx, "garble.boilerplate", s->start, end, del, 1,
            "'%.*s%s' is web-page furniture, not part of the story; delete it",
            (int)show, d->text + s->start, cut ? "..." : "");
    si = last + 1;
  }
  free_phrases(norm, wl->items.n);
}

/* ---- garble.repetition ---- */

typedef struct wordref {
  size_t tok;
  char *fold;
} wordref;

static bool content_word(wc_garble *g, const char *fold) {
  if (wc_utf8_count(fold, strlen(fold)) < 3)
    return false;
  return !wc_lang_has(g->l, "function-words", fold, strlen(fold));
}

/* "the the": two equal words with only a space between. */
static void repeated_words(wc_garble *g, size_t si) {
  const wc_doc *d = g->d;
  const wc_sentence *s = &d->sentences.v[si];
  for (size_t i = s->tok_first; i + 1 < s->tok_end; i++) {
    const wc_token *a = &d->tokens.v[i], *b = &d->tokens.v[i + 1];
    if (a->kind != WC_TOK_WORD || b->kind != WC_TOK_WORD || !b->space_before)
      continue;
    size_t an = a->end - a->start, bn = b->end - b->start;
    char *fa = wc_utf8_fold(d->text + a->start, an);
    char *fb = wc_utf8_fold(d->text + b->start, bn);
    bool same = strcmp(fa, fb) == 0;
    bool ok = false;
    /* a gender suffix: "Facharbeiter/in in ..." */
    if (i > s->tok_first && !a->space_before &&
        wc_garble_tok_cp(d, i - 1) == '/')
      ok = true;
    if (same) {
      /* names (Sirhan Sirhan, Baden Baden), acronyms */
      /* (German capitalizes every noun: "Schulen Schulen" is a slip) */
      if ((b->shape == WC_CASE_TITLE && a->shape == WC_CASE_TITLE &&
           strcmp(g->l->code, "de") != 0) ||
          b->shape == WC_CASE_UPPER || b->shape == WC_CASE_MIXED)
        ok = true;
      char *pair = wc_xasprintf("%s %s", fa, fb);
      if (wc_lang_has(g->l, "repetition-ok", pair, strlen(pair)))
        ok = true;
      free(pair);
    }
    if (same && !ok) {
      const char *sugg[1];
      char *one = wc_xstrndup(d->text + a->start, an);
      sugg[0] = one;
      wc_emit(g->cx, "garble.repetition", a->start, b->end, sugg, 1,
              "'%.*s' is written twice", (int)bn, d->text + b->start);
      free(one);
      i++;
    }
    free(fa);
    free(fb);
  }
}

/* A phrase of three or more words said twice in one sentence ("of the
 * security of the security"), or two words looped back to back. */
static void repeated_phrases(wc_garble *g, size_t si) {
  const wc_doc *d = g->d;
  const wc_sentence *s = &d->sentences.v[si];
  WC_VEC(wordref) w = {0};
  for (size_t i = s->tok_first; i < s->tok_end; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->kind != WC_TOK_WORD && t->kind != WC_TOK_NUMBER)
      continue;
    wordref r = {i, wc_utf8_fold(d->text + t->start, t->end - t->start)};
    WC_VEC_PUSH(w, r);
  }
  size_t n = w.n;
  for (size_t j = 2; j < n; j++) {
    bool done = false;
    /* a window of 60 words keeps this linear on run-on text */
    for (size_t i = j > 60 ? j - 60 : 0; i < j && !done; i++) {
      /* longest match of w[i..] against w[j..], not overlapping */
      size_t len = 0;
      while (j + len < n && i + len < j &&
             strcmp(w.v[i + len].fold, w.v[j + len].fold) == 0)
        len++;
      /* back to back, or with one word between the copies ("die
       * Sicherheit der Menschen der Sicherheit der Menschen") */
      bool adjacent = i + len == j || (i + len + 1 == j && len >= 3);
      /* at a distance, only long phrases: a professional writer repeats
       * "the court of ... the court of" on purpose */
      if (len < 2 || (!adjacent && len < 6))
        continue;
      size_t content = 0;
      for (size_t k = 0; k < len; k++)
        if (content_word(g, w.v[j + k].fold))
          content++;
      /* back-to-back loops need one content word, a phrase repeated at a
       * distance two (the head of the ... the head of the) */
      if (content < (adjacent ? 1u : 3u))
        continue;
      /* a loop is words only, copies and all: "protection des frontières,
       * protection des frontières" is a rhetorical list */
      if (adjacent) {
        bool clean = true;
        for (size_t k = w.v[i].tok; k <= w.v[j + len - 1].tok; k++)
          if (d->tokens.v[k].kind != WC_TOK_WORD &&
              d->tokens.v[k].kind != WC_TOK_NUMBER)
            clean = false;
        /* "X was X" is a tautology written on purpose */
        if (clean && i + len + 1 == j) {
          const wc_token *gap = &d->tokens.v[w.v[i + len].tok];
          if (wc_garble_maybe_finite(g, d->text + gap->start,
                                     gap->end - gap->start, false))
            clean = false;
        }
        if (!clean)
          continue;
      }
      const wc_token *a = &d->tokens.v[w.v[j].tok];
      const wc_token *b = &d->tokens.v[w.v[j + len - 1].tok];
      const wc_token *a0 = &d->tokens.v[w.v[i].tok];
      const wc_token *b0 = &d->tokens.v[w.v[i + len - 1].tok];
      if (adjacent) {
        const char *del[] = {""};
        wc_emit(g->cx, "garble.repetition", a->start, b->end, del, 1,
                "'%.*s' is repeated back to back", (int)(b->end - a->start),
                d->text + a->start);
      } else {
        wc_emit(g->cx, "garble.repetition", a->start, b->end, NULL, 0,
                "'%.*s' appears twice in one sentence",
                (int)(b0->end - a0->start), d->text + a0->start);
      }
      done = true;
      j += len - 1;
      break;
    }
  }
  for (size_t k = 0; k < n; k++)
    free(w.v[k].fold);
  WC_VEC_FREE(w);
}

/* Words of a sentence, folded and joined by single spaces. */
static char *sentence_key(const wc_doc *d, size_t si, size_t *nwords_out) {
  const wc_sentence *s = &d->sentences.v[si];
  wc_buf b;
  wc_buf_init(&b);
  size_t nw = 0;
  for (size_t i = s->tok_first; i < s->tok_end; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->kind != WC_TOK_WORD && t->kind != WC_TOK_NUMBER)
      continue;
    char *f = wc_utf8_fold(d->text + t->start, t->end - t->start);
    if (b.len)
      wc_buf_putc(&b, ' ');
    wc_buf_puts(&b, f);
    free(f);
    nw++;
  }
  *nwords_out = nw;
  if (!b.data)
    wc_buf_puts(&b, "");
  return wc_buf_steal(&b);
}

static size_t line_of(wc_garble *g, size_t off) {
  wc_batch_loc loc;
  wc_ctx_loc(g->cx, off, off, &loc);
  return loc.line;
}

/* The same sentence (six words or more) twice in the article; a whole
 * paragraph repeated is one finding. */
static void repeated_sentences(wc_garble *g) {
  const wc_doc *d = g->d;
  size_t ns = d->sentences.n;
  size_t *first = wc_xcalloc(ns ? ns : 1, sizeof *first);
  wc_map *seen = wc_map_new();
  for (size_t si = 0; si < ns; si++) {
    first[si] = (size_t)-1;
    if (g->skip_sent[si])
      continue;
    size_t nw;
    char *k = sentence_key(d, si, &nw);
    if (nw >= 6) {
      void *v = wc_map_get(seen, k, strlen(k));
      if (v)
        first[si] = (size_t)(uintptr_t)v - 1;
      else
        wc_map_put(seen, k, strlen(k), (void *)(uintptr_t)(si + 1));
    }
    free(k);
  }
  size_t si = 0;
  while (si < ns) {
    if (first[si] == (size_t)-1) {
      si++;
      continue;
    }
    const wc_sentence *s = &d->sentences.v[si];
    unsigned scope = d->blocks.v[s->block].scope;
    if (scope & (WC_SCOPE_HEADLINE | WC_SCOPE_SUBHEAD | WC_SCOPE_TABLE)) {
      si++;
      continue;
    }
    /* a whole paragraph repeated? */
    const wc_block *blk = &d->blocks.v[s->block];
    size_t bfirst = si, blast = si;
    while (bfirst > 0 && d->sentences.v[bfirst - 1].block == s->block)
      bfirst--;
    while (blast + 1 < ns && d->sentences.v[blast + 1].block == s->block)
      blast++;
    bool whole = bfirst == si && blast > si;
    for (size_t k = bfirst; whole && k <= blast; k++)
      if (first[k] == (size_t)-1 ||
          d->sentences.v[first[k]].block !=
              d->sentences.v[first[bfirst]].block)
        whole = false;
    size_t orig = first[si];
    size_t line = line_of(g, d->sentences.v[orig].start);
    const char *del[] = {""};
    if (whole) {
      wc_emit(g->cx, "garble.repetition", blk->start, d->sentences.v[blast].end,
              del, 1, "this paragraph repeats the one on line %zu", line);
      si = blast + 1;
      continue;
    }
    wc_emit(g->cx, "garble.repetition", s->start, s->end, del, 1,
            "this sentence repeats the one on line %zu", line);
    si++;
  }
  wc_map_free(seen, NULL);
  free(first);
}

void wc_garble_repetition(wc_garble *g) {
  const wc_doc *d = g->d;
  for (size_t si = 0; si < d->sentences.n; si++) {
    if (g->skip_sent[si])
      continue;
    if (wc_garble_sent_scope(d, si) & WC_SCOPE_TABLE)
      continue;
    repeated_words(g, si);
    repeated_phrases(g, si);
  }
  repeated_sentences(g);
}

/* ---- garble.truncated ---- */

void wc_garble_truncated(wc_garble *g) {
  const wc_doc *d = g->d;
  /* the last body paragraph that is not furniture */
  size_t bi = d->blocks.n;
  while (bi > 0) {
    const wc_block *b = &d->blocks.v[bi - 1];
    if ((b->scope & (WC_SCOPE_BODY | WC_SCOPE_QUOTE)) && !g->skip_block[bi - 1])
      break;
    bi--;
  }
  if (bi == 0)
    return;
  bi--;
  /* its last sentence (not furniture) */
  size_t si = d->sentences.n;
  while (si > 0 && d->sentences.v[si - 1].block != bi)
    si--;
  while (si > 0 && d->sentences.v[si - 1].block == bi && g->skip_sent[si - 1])
    si--;
  if (si == 0 || d->sentences.v[si - 1].block != bi)
    return;
  const wc_sentence *s = &d->sentences.v[si - 1];
  /* last token and word count */
  size_t last = s->tok_end - 1;
  const wc_token *t = &d->tokens.v[last];
  size_t words = 0;
  for (size_t i = s->tok_first; i < s->tok_end; i++)
    if (d->tokens.v[i].kind == WC_TOK_WORD)
      words++;
  bool dangling_punct = false, ends_word = false;
  if (t->kind == WC_TOK_PUNCT) {
    int32_t cp = wc_garble_tok_cp(d, last);
    dangling_punct = cp == ',' || cp == ';' || cp == ':' || wc_cp_is_dash(cp) ||
                     cp == '(';
    if (cp == ':' ) /* "as follows:" before a list that is not there */
      dangling_punct = words >= 3;
  } else if (t->kind == WC_TOK_WORD || t->kind == WC_TOK_NUMBER) {
    ends_word = true;
  } else if (t->kind == WC_TOK_QUOTE) {
    ends_word = wc_garble_quote_opens(d, last);
  }
  /* "... the last round. dpa": an agency credit after a full stop */
  size_t after = 0;
  for (size_t i = s->tok_end; i > s->tok_first; i--) {
    const wc_token *u = &d->tokens.v[i - 1];
    if (u->kind == WC_TOK_PUNCT && i - 1 != last) {
      int32_t cp = wc_garble_tok_cp(d, i - 1);
      if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
        break;
    }
    if (u->kind == WC_TOK_WORD)
      after++;
    if (i - 1 == s->tok_first)
      after = words + 99; /* no full stop inside */
  }
  if (after <= 2)
    return;
  bool trunc = false;
  if (dangling_punct && words >= 3)
    trunc = true;
  else if (ends_word && t->kind == WC_TOK_QUOTE)
    trunc = words >= 3; /* an opening quotation mark and nothing after */
  else if (ends_word) {
    /* it stops on a function word or an auxiliary: "... talks with the";
     * a sentence that merely lacks its full stop is not truncated */
    char *f = wc_utf8_fold(d->text + t->start, t->end - t->start);
    bool func = t->kind == WC_TOK_WORD &&
                wc_lang_has(g->l, "dangling-words", f, strlen(f));
    free(f);
    trunc = func && words >= 4;
  }
  if (!trunc)
    return;
  /* point at the last few words */
  size_t from = last;
  size_t back = 0;
  while (from > s->tok_first && back < 4) {
    if (d->tokens.v[from].kind == WC_TOK_WORD)
      back++;
    if (back < 4)
      from--;
  }
  wc_emit(g->cx, "garble.truncated", d->tokens.v[from].start, t->end, NULL, 0,
          "the story ends mid-sentence ('...%.*s'); text is missing",
          (int)(t->end - d->tokens.v[from].start),
          d->text + d->tokens.v[from].start);
}

/* ---- the family ---- */

static void garble_run(wc_ctx *cx) {
  const wc_doc *d = cx->doc;
  if (!d->sentences.n || !cx->lang)
    return;
  wc_garble g = {0};
  g.cx = cx;
  g.d = d;
  g.l = cx->lang;
  g.skip_sent = wc_xcalloc(d->sentences.n, 1);
  g.skip_block = wc_xcalloc(d->blocks.n ? d->blocks.n : 1, 1);
  g.verb_cache = wc_map_new();
  if (wc_rule_enabled(cx, "garble.boilerplate"))
    wc_garble_boilerplate(&g);
  if (wc_rule_enabled(cx, "garble.mojibake"))
    wc_garble_mojibake(&g);
  if (wc_rule_enabled(cx, "garble.mixed-script"))
    wc_garble_mixed_script(&g);
  if (wc_rule_enabled(cx, "garble.punctuation"))
    wc_garble_punctuation(&g);
  if (wc_rule_enabled(cx, "garble.repetition"))
    wc_garble_repetition(&g);
  if (wc_rule_enabled(cx, "garble.untranslated"))
    wc_garble_untranslated(&g);
  if (wc_rule_enabled(cx, "garble.fragment"))
    wc_garble_fragment(&g);
  if (wc_rule_enabled(cx, "garble.truncated"))
    wc_garble_truncated(&g);
  /* the deep layer: only when --deep (or --enable garble.grammar) asked */
  if (wc_rule_enabled(cx, "garble.grammar"))
    wc_garble_grammar(&g);
  wc_map_free(g.verb_cache, NULL);
  free(g.skip_sent);
  free(g.skip_block);
}

static const wc_rule_def garble_rules[] = {
    {"garble.fragment", WC_SEV_WARNING, true,
     "a sentence with no finite verb (not a headline, caption or quote)"},
    {"garble.repetition", WC_SEV_WARNING, true,
     "a word, phrase, sentence or paragraph repeated by mistake"},
    {"garble.untranslated", WC_SEV_WARNING, true,
     "a run of words left in another language or script"},
    {"garble.mixed-script", WC_SEV_ERROR, true,
     "a word mixing scripts, such as Latin with Cyrillic look-alikes"},
    {"garble.mojibake", WC_SEV_ERROR, true,
     "UTF-8 read as Windows-1252/Latin-1, replacement, control or "
     "zero-width characters"},
    {"garble.punctuation", WC_SEV_WARNING, true,
     "spacing and punctuation machine translation breaks"},
    {"garble.boilerplate", WC_SEV_ERROR, true,
     "web-page or agency furniture translated into the story"},
    {"garble.truncated", WC_SEV_WARNING, true,
     "a story that ends mid-sentence"},
    {"garble.grammar", WC_SEV_WARNING, false,
     "a sentence link-grammar can parse only by dropping words (--deep; "
     "en, ru)"},
};

const wc_check_def wc_check_garble = {
    .family = "garble",
    .rules = garble_rules,
    .nrules = sizeof garble_rules / sizeof garble_rules[0],
    .run = garble_run,
};

/* names.c -- names.house-form, names.title, names.inconsistent and
 * names.batch-inconsistent.
 *
 * house-form: every form the house style lists for a name is looked up
 * token by token (multi-word forms across consecutive words, single-word
 * forms also inside hyphenated words such as Kiev-based), with the endings
 * the language puts on names (en Kiev's, de Kiews, Kiewer) and, for
 * Cyrillic forms, the case endings of Ukrainian and Russian.  A form is
 * never found inside another word, and never inside one of the name's
 * fixed exceptions (chicken Kiev).
 *
 * title: a person the house lists with titles, preceded by a capitalized
 * title ("General Secretary Jens Stoltenberg"), gets a warning unless the
 * words before the name end in one of the listed titles.
 *
 * inconsistent: capitalized words mid-sentence are grouped by the
 * transliteration-aware key of namekey.h (equal keys, or one edit apart
 * away from the ending); two words hunspell knows are never grouped
 * (Iran/Iraq, Georgia/George).  Every spelling but the one used most (or
 * the house form) is reported at its first use.  The batch pass does the
 * same across the files of a run from a compact per-file summary. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "../core/translit.h"
#include "../style/namekey.h"
#include "../style/style.h"
#include "textmatch.h"

static const wc_rule_def names_rules[] = {
    {"names.house-form", WC_SEV_ERROR, true,
     "a name in a spelling the house style replaces (Kiev for Kyiv)"},
    {"names.title", WC_SEV_WARNING, true,
     "a person given a title the house style does not list for them"},
    {"names.inconsistent", WC_SEV_WARNING, true,
     "one name spelled two ways in one article"},
    {"names.batch-inconsistent", WC_SEV_WARNING, true,
     "one name spelled differently in different files of one run"},
};

/* ---- the run's view of a document ---- */

typedef struct span2 {
  size_t start, end;
} span2;

typedef struct nctx {
  wc_ctx *cx;
  const wc_doc *d;
  const wc_style *st;
  const char *lang;
  wc_tm tm;
  const char *const *sfx;
  WC_VEC(span2) exc; /* exception phrases in the text, in text order */
  size_t *exc_maxend;
} nctx;

typedef struct nmatch {
  size_t form;
  size_t t0, t1;     /* tokens [t0, t1) */
  size_t start, end; /* bytes of doc->text */
  size_t sfx_start;  /* where an ending kept in the suggestion starts */
  bool by_stem;      /* matched through a Cyrillic case ending */
  int score;
} nmatch;

static const char *lang_name(const char *code) {
  static const char *const t[][2] = {{"en", "English"}, {"de", "German"},
                                     {"fr", "French"},  {"es", "Spanish"},
                                     {"uk", "Ukrainian"}, {"ru", "Russian"}};
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    if (code && strcmp(t[i][0], code) == 0)
      return t[i][1];
  return "other";
}

static void nctx_init(nctx *nc, wc_ctx *cx) {
  memset(nc, 0, sizeof *nc);
  nc->cx = cx;
  nc->d = cx->doc;
  nc->st = cx->style;
  nc->lang = cx->doc->lang;
  nc->sfx = wc_tm_suffixes(nc->lang);
  wc_tm_init(&nc->tm, cx->doc);
  /* fixed phrases the names are left alone in */
  size_t ne = 0;
  const wc_style_except *ex = wc_style_exceptions(nc->st, nc->lang, &ne);
  static const char *const plural[] = {"s", "'s", "'", NULL};
  for (size_t ti = 0; ti < nc->tm.n && ne; ti++) {
    if (!nc->tm.fold[ti])
      continue;
    for (size_t e = 0; e < ne; e++) {
      size_t end = 0;
      if (wc_tm_phrase_at(&nc->tm, ti, &ex[e].phrase, plural, &end)) {
        span2 sp = {nc->d->tokens.v[ti].start, end};
        WC_VEC_PUSH(nc->exc, sp);
      }
    }
  }
  nc->exc_maxend = wc_xmalloc((nc->exc.n ? nc->exc.n : 1) * sizeof(size_t));
  for (size_t i = 0; i < nc->exc.n; i++)
    nc->exc_maxend[i] = i && nc->exc_maxend[i - 1] > nc->exc.v[i].end
                            ? nc->exc_maxend[i - 1]
                            : nc->exc.v[i].end;
}

static void nctx_cleanup(nctx *nc) {
  wc_tm_cleanup(&nc->tm);
  WC_VEC_FREE(nc->exc);
  free(nc->exc_maxend);
}

/* The spans come in text order; maxend[i] is the furthest end of spans
 * 0..i, so the last span starting at or before start decides. */
static bool in_exception(const nctx *nc, size_t start, size_t end) {
  size_t lo = 0, hi = nc->exc.n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (nc->exc.v[mid].start <= start)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 && nc->exc_maxend[lo - 1] >= end;
}

/* ---- matching forms ---- */

/* Case endings of Ukrainian and Russian nouns and of adjective-type
 * surnames (folded). */
static const char *const noun_endings[] = {
    "а", "я", "у", "ю", "е", "є", "і", "ї", "и", "ы", "о", "ом", "ем", "ём",
    "єм", "ой", "ей", "ою", "ею", "ові", "еві", "єві", "ах", "ях", "ами",
    "ями", "ів", "ов", "ев", NULL};
static const char *const adj_endings[] = {
    "ий", "ый", "ій", "ой", "ого", "его", "ому", "ему", "им", "ым", "ім",
    "ом", "ем", NULL};

static int kind_score(wc_form_kind k) {
  switch (k) {
  case WC_FORM_CANONICAL:
  case WC_FORM_SHORT: return 4;
  case WC_FORM_VARIANT: return 3;
  case WC_FORM_SOURCE: return 2;
  case WC_FORM_FOREIGN: return 1;
  }
  return 0;
}

static void consider(nmatch *best, const nmatch *m) {
  if (best->score < m->score)
    *best = *m;
}

static bool cap_ok(const wc_style_form *fm, const char *s, size_t n) {
  return !fm->cap || wc_tm_capitalized(s, n);
}

/* Single-word forms for the segment [s, e) of token ti. */
static void seg_lookup(const nctx *nc, size_t ti, size_t s, size_t e,
                       nmatch *best) {
  const char *text = nc->d->text;
  if (e <= s)
    return;
  char *f = wc_style_fold(text + s, e - s);
  size_t fn = strlen(f);
  const size_t *ids;
  size_t n = wc_style_forms_for(nc->st, nc->lang, f, fn, &ids);
  for (size_t i = 0; i < n; i++) {
    const wc_style_form *fm = wc_style_form_at(nc->st, nc->lang, ids[i]);
    if (fm->nwords != 1 || !cap_ok(fm, text + s, e - s))
      continue;
    nmatch m = {ids[i], ti, ti + 1, s, e, e, false,
                kind_score(fm->kind) * 4 + 3};
    consider(best, &m);
  }
  size_t sl = wc_tm_suffix_len(text + s, e - s, nc->sfx, 2);
  if (sl) {
    char *g = wc_style_fold(text + s, e - s - sl);
    n = wc_style_forms_for(nc->st, nc->lang, g, strlen(g), &ids);
    for (size_t i = 0; i < n; i++) {
      const wc_style_form *fm = wc_style_form_at(nc->st, nc->lang, ids[i]);
      if (fm->nwords != 1 || fm->cyrillic || !cap_ok(fm, text + s, e - s))
        continue;
      nmatch m = {ids[i], ti, ti + 1, s, e, e - sl, false,
                  kind_score(fm->kind) * 4 + 2};
      consider(best, &m);
    }
    free(g);
  }
  if (wc_translit_has_cyrillic(text + s, e - s)) {
    for (int set = 0; set < 2; set++) {
      const char *const *ends = set ? adj_endings : noun_endings;
      for (size_t k = 0; ends[k]; k++) {
        size_t el = strlen(ends[k]);
        if (fn <= el || memcmp(f + fn - el, ends[k], el) != 0)
          continue;
        if (wc_utf8_count(f, fn - el) < 4)
          continue;
        n = wc_style_forms_by_stem(nc->st, nc->lang, f, fn - el, &ids);
        for (size_t i = 0; i < n; i++) {
          const wc_style_form *fm =
              wc_style_form_at(nc->st, nc->lang, ids[i]);
          if (fm->adjectival != (set == 1) || !cap_ok(fm, text + s, e - s))
            continue;
          nmatch m = {ids[i], ti, ti + 1, s, e, e, true,
                      kind_score(fm->kind) * 4 + 1};
          consider(best, &m);
        }
      }
    }
  }
  free(f);
}

static bool is_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* French elision before a name: d'Odessa, l'Ukraine.  Returns the bytes to
 * skip at the start of the token. */
static size_t elision_len(const nctx *nc, const char *s, size_t n) {
  if (strcmp(nc->lang, "fr") != 0)
    return 0;
  static const char *const el[] = {"d'", "l'", "qu'", "jusqu'", "lorsqu'",
                                   "puisqu'"};
  for (size_t i = 0; i < n && i < 10;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (wc_cp_is_apostrophe(cp)) {
      char *f = wc_style_fold(s, i + k);
      bool ok = false;
      for (size_t j = 0; j < sizeof el / sizeof el[0]; j++)
        ok = ok || strcmp(f, el[j]) == 0;
      free(f);
      return ok && i + k < n ? i + k : 0;
    }
    i += k;
  }
  return 0;
}

/* The best match starting at token ti, or score 0. */
static nmatch match_at(const nctx *nc, size_t ti) {
  nmatch best = {0};
  const wc_doc *d = nc->d;
  const wc_token *t = &d->tokens.v[ti];
  if (t->kind != WC_TOK_WORD)
    return best;
  const char *text = d->text;
  size_t s0 = t->start + elision_len(nc, text + t->start, t->end - t->start);
  /* multi-word forms */
  char *f0 = wc_style_fold(text + s0, t->end - s0);
  const size_t *ids;
  size_t n = wc_style_forms_for(nc->st, nc->lang, f0, strlen(f0), &ids);
  for (size_t i = 0; i < n; i++) {
    const wc_style_form *fm = wc_style_form_at(nc->st, nc->lang, ids[i]);
    if (fm->nwords < 2 || !cap_ok(fm, text + s0, t->end - s0))
      continue;
    wc_style_phrase rest = {fm->text, fm->words + 1, fm->nwords - 1};
    size_t end = 0;
    if (ti + 1 < nc->tm.n && d->tokens.v[ti + 1].sentence == t->sentence &&
        d->tokens.v[ti + 1].space_before &&
        wc_tm_phrase_at(&nc->tm, ti + 1, &rest, nc->sfx, &end)) {
      size_t t1 = ti + fm->nwords;
      const wc_token *last = &d->tokens.v[t1 - 1];
      size_t sfx = last->end;
      if (strcmp(nc->tm.fold[t1 - 1], fm->words[fm->nwords - 1]) != 0)
        sfx -= wc_tm_suffix_len(text + last->start, last->end - last->start,
                                nc->sfx, 1);
      nmatch m = {ids[i], ti, t1, s0, end, sfx, false,
                  100 + (int)fm->nwords * 20 + kind_score(fm->kind)};
      consider(&best, &m);
    }
  }
  free(f0);
  if (best.score)
    return best;
  /* the whole word */
  seg_lookup(nc, ti, s0, t->end, &best);
  if (best.score)
    return best;
  return best;
}

/* Hyphen segments of a token (Kiev-based, pro-Kiev): each is looked up as
 * a single word.  Calls fn for each match. */
static size_t segment_matches(const nctx *nc, size_t ti, nmatch *out,
                              size_t max) {
  const wc_doc *d = nc->d;
  const wc_token *t = &d->tokens.v[ti];
  const char *text = d->text;
  size_t k = 0, s = t->start;
  bool any = false;
  for (size_t i = t->start; i < t->end;) {
    int32_t cp;
    size_t l = wc_utf8_decode(text + i, t->end - i, &cp);
    if (is_hyphen(cp))
      any = true;
    i += l;
  }
  if (!any)
    return 0;
  for (size_t i = t->start; i <= t->end && k < max;) {
    int32_t cp = 0;
    size_t l = 1;
    if (i < t->end)
      l = wc_utf8_decode(text + i, t->end - i, &cp);
    if (i == t->end || is_hyphen(cp)) {
      nmatch m = {0};
      size_t ss = s + elision_len(nc, text + s, i - s);
      seg_lookup(nc, ti, ss, i, &m);
      if (m.score)
        out[k++] = m;
      s = i + l;
      if (i == t->end)
        break;
    }
    i += l;
  }
  return k;
}

/* ---- names.house-form ---- */

static char *suggestion_for(const nctx *nc, const nmatch *m,
                            const wc_style_form *fm) {
  const char *text = nc->d->text;
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, fm->replace ? fm->replace : fm->text);
  if (!m->by_stem && m->sfx_start < m->end)
    wc_buf_add(&b, text + m->sfx_start, m->end - m->sfx_start);
  char *s = wc_buf_steal(&b);
  if (wc_tm_all_caps(text + m->start, m->end - m->start)) {
    char *u = wc_utf8_upper(s, strlen(s));
    free(s);
    s = u;
  }
  return s;
}

static void report_form(nctx *nc, const nmatch *m) {
  const wc_style_form *fm = wc_style_form_at(nc->st, nc->lang, m->form);
  if (fm->kind == WC_FORM_CANONICAL || fm->kind == WC_FORM_SHORT)
    return;
  if (in_exception(nc, m->start, m->end))
    return;
  const char *text = nc->d->text;
  char *sugg = suggestion_for(nc, m, fm);
  const char *sv[1] = {sugg};
  int wl = (int)(m->end - m->start);
  const char *w = text + m->start;
  const char *tail = m->by_stem ? " (in the case this sentence needs)" : "";
  if (fm->kind == WC_FORM_VARIANT)
    wc_emit(nc->cx, "names.house-form", m->start, m->end, sv, 1,
            "house style writes '%s', not '%.*s'%s", sugg, wl, w, tail);
  else
    wc_emit(nc->cx, "names.house-form", m->start, m->end, sv, 1,
            "'%.*s' is the %s spelling; house style writes '%s'%s", wl, w,
            lang_name(fm->from_lang), sugg, tail);
  free(sugg);
}

/* ---- names.title ---- */

/* Splits folded text into words at spaces and hyphens (pointers into a
 * copy the caller frees). */
static size_t split_words(char *s, char **w, size_t max) {
  size_t n = 0;
  char *save = NULL;
  for (char *t = strtok_r(s, " -", &save); t && n < max;
       t = strtok_r(NULL, " -", &save))
    w[n++] = t;
  return n;
}

static bool ends_with_str(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && memcmp(s + a - b, suf, b) == 0;
}

/* Does the folded run end in the folded title?  With compounds the last
 * word may end in the title's last word (Nato-Generalsekretär). */
static size_t title_overlap(char **run, size_t nrun, const char *title,
                            bool *ends_out) {
  char *tf = wc_style_fold(title, strlen(title));
  char *tw[16];
  size_t nt = split_words(tf, tw, 16);
  *ends_out = false;
  if (nt && nt <= nrun) {
    bool ok = true;
    for (size_t k = 0; k < nt && ok; k++) {
      const char *a = run[nrun - nt + k], *b = tw[k];
      ok = strcmp(a, b) == 0 || (k == 0 && ends_with_str(a, b));
    }
    *ends_out = ok;
  }
  size_t shared = 0;
  for (size_t k = 0; k < nt; k++)
    for (size_t j = 0; j < nrun; j++)
      if (strcmp(tw[k], run[j]) == 0) {
        shared++;
        break;
      }
  free(tf);
  return shared;
}

static bool qualifier(const char *w, size_t n) {
  static const char *const lead[] = {"the", "former", "ex", "a", "an",
                                     "then", "acting", NULL};
  static const char *const ends[] = {"'s", "'", "an", "ese", "ish", "ian",
                                     NULL};
  char *f = wc_style_fold(w, n);
  bool q = wc_tm_all_caps(w, n);
  for (size_t i = 0; lead[i] && !q; i++)
    q = strcmp(f, lead[i]) == 0;
  for (size_t i = 0; ends[i] && !q; i++)
    q = ends_with_str(f, ends[i]) && strlen(f) > strlen(ends[i]) + 2;
  free(f);
  return q;
}

static void check_title(nctx *nc, const nmatch *m, const wc_style_name *nm) {
  if (nm->ntitles == 0 || !wc_rule_enabled(nc->cx, "names.title"))
    return;
  const wc_doc *d = nc->d;
  const char *text = d->text;
  size_t t0 = m->t0;
  if (t0 == 0)
    return;
  uint32_t sent = d->tokens.v[t0].sentence;
  /* the capitalized words right before the name */
  size_t r0 = t0;
  while (r0 > 0) {
    const wc_token *p = &d->tokens.v[r0 - 1];
    const wc_token *nx = &d->tokens.v[r0];
    if (p->sentence != sent || p->kind != WC_TOK_WORD || !nx->space_before ||
        !wc_tm_capitalized(text + p->start, p->end - p->start))
      break;
    r0--;
  }
  if (r0 == t0)
    return;
  const wc_token *last = &d->tokens.v[t0 - 1];
  if (!wc_style_title_word(nc->st, nc->lang, text + last->start,
                           last->end - last->start))
    return;
  /* a calque entry of the house style that covers these words says it
   * better (Vice Foreign Minister) */
  size_t nr = 0;
  const wc_style_rule *rules = wc_style_rules(nc->st, nc->lang, &nr);
  for (size_t i = 0; i < nr; i++) {
    if (rules[i].kind != WC_RULE_CALQUE)
      continue;
    for (size_t t = r0; t < t0; t++)
      for (size_t k = 0; k < rules[i].nterms; k++) {
        size_t n = wc_tm_phrase_at(&nc->tm, t, &rules[i].terms[k], NULL, NULL);
        if (n && t + n <= t0)
          return;
      }
  }
  /* the title shown starts after what only qualifies it: The, Former,
   * acronyms (NATO), possessives (Ukraine's), nationalities (Russian) */
  size_t f0 = r0;
  while (f0 + 1 < t0 && qualifier(text + d->tokens.v[f0].start,
                                   d->tokens.v[f0].end - d->tokens.v[f0].start))
    f0++;
  size_t start = d->tokens.v[r0].start, end = last->end;
  char *run = wc_style_fold(text + start, end - start);
  char *rw[32];
  size_t nrun = split_words(run, rw, 32);
  size_t best = 0, best_i = 0;
  bool ok = false;
  for (size_t i = 0; i < nm->ntitles && !ok; i++) {
    bool ends;
    size_t sh = title_overlap(rw, nrun, nm->titles[i], &ends);
    if (ends)
      ok = true;
    if (sh > best) {
      best = sh;
      best_i = i;
    }
  }
  free(run);
  if (ok)
    return;
  size_t ts = d->tokens.v[f0].start;
  wc_buf list;
  wc_buf_init(&list);
  for (size_t i = 0; i < nm->ntitles && i < 4; i++)
    wc_buf_printf(&list, "%s%s", i ? ", " : "", nm->titles[i]);
  const char *sv[1] = {nm->titles[best_i]};
  wc_emit(nc->cx, "names.title", ts, end, best ? sv : NULL, best ? 1 : 0,
          "'%.*s' is not a title the house style lists for %s (%s)",
          (int)(end - ts), text + ts, nm->canonical, list.data);
  wc_buf_cleanup(&list);
}

/* ---- candidates for names.inconsistent ---- */

typedef struct cand {
  char *text;
  char *key;
  char *lkey;  /* light key: no consonant folds */
  size_t count;
  bool strong; /* seen mid-sentence */
  bool dict;   /* a word of the base dictionary (not the supplement) */
  bool known;  /* a spelling hunspell accepts, supplement included */
  bool house;  /* a house form (canonical or short) */
  bool given;  /* only ever seen before another capitalized word (Michael
                  Smith): a first name */
  bool strict; /* the batch pass: a dictionary word never joins a name */
  size_t start, end;
  size_t parent; /* union-find */
} cand;

typedef WC_VEC(cand) candv;

static size_t uf_find(cand *c, size_t i) {
  while (c[i].parent != i) {
    c[i].parent = c[c[i].parent].parent;
    i = c[i].parent;
  }
  return i;
}

static void uf_union(cand *c, size_t a, size_t b) {
  a = uf_find(c, a);
  b = uf_find(c, b);
  if (a == b)
    return;
  /* the earlier one is the root */
  if (c[a].start <= c[b].start)
    c[b].parent = a;
  else
    c[a].parent = b;
}

static bool may_link(const cand *a, const cand *b) {
  if (strcmp(a->text, b->text) == 0)
    return false;
  if (a->dict && b->dict)
    return false; /* two real words: Iran and Iraq */
  /* a real word and another spelling: only doubling, y/i/j or accents
   * apart (Méllenchon/Mélenchon), never a consonant (Crédit/Kredit) */
  if ((a->dict || b->dict) && strcmp(a->lkey, b->lkey) != 0)
    return false;
  /* across stories that is not enough: Schüller is not Schüler */
  if ((a->strict || b->strict) && a->dict != b->dict)
    return false;
  if (a->house && b->house)
    return false; /* two names the house lists */
  return true;
}

static void cand_add(candv *cv, wc_map *idx, const char *text, size_t n,
                     size_t start, size_t end, bool strong, bool given) {
  char *nf = wc_utf8_nfc(text, n);
  void *v = wc_map_get(idx, nf, strlen(nf));
  if (v) {
    cand *c = &cv->v[(size_t)(uintptr_t)v - 1];
    c->count++;
    c->strong = c->strong || strong;
    c->given = c->given && given;
    free(nf);
    return;
  }
  cand c;
  memset(&c, 0, sizeof c);
  c.text = nf;
  c.count = 1;
  c.strong = strong;
  c.given = given;
  c.start = start;
  c.end = end;
  WC_VEC_PUSH(*cv, c);
  wc_map_put(idx, nf, strlen(nf), (void *)(uintptr_t)cv->n);
}

static size_t letters_in(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    if (cp >= 0 && wc_cp_is_letter(cp))
      k++;
  }
  return k;
}

static bool has_lower(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    if (cp >= 0 && wc_cp_is_lower(cp))
      return true;
  }
  return false;
}

static void add_segment(const nctx *nc, candv *cv, wc_map *idx, size_t s,
                        size_t e, bool strong, bool given) {
  const char *text = nc->d->text;
  static const char *const poss[] = {"'s", "'", NULL};
  if (strcmp(nc->lang, "en") == 0)
    e -= wc_tm_suffix_len(text + s, e - s, poss, 2);
  if (e <= s || !wc_tm_capitalized(text + s, e - s) ||
      !has_lower(text + s, e - s) || letters_in(text + s, e - s) < 3)
    return;
  for (size_t i = s; i < e; i++)
    if (text[i] >= '0' && text[i] <= '9')
      return; /* L3-Ebene, G7 */
  if (in_exception(nc, s, e))
    return;
  cand_add(cv, idx, text + s, e - s, s, e, strong, given);
}

/* Links candidates whose keys are equal or one edit apart, through an
 * index of each key and its one-letter deletions (so the work stays
 * linear in the number of candidates). */
static void link_all(cand *c, size_t n) {
  wc_map *del = wc_map_new();
  WC_VEC(size_t) *lists = NULL;
  size_t nlists = 0, caplists = 0;
  for (size_t i = 0; i < n; i++) {
    int32_t cps[80];
    size_t klen = strlen(c[i].key), ncp = 0;
    size_t offs[81];
    for (size_t j = 0; j < klen && ncp < 80;) {
      offs[ncp] = j;
      j += wc_utf8_decode(c[i].key + j, klen - j, &cps[ncp]);
      ncp++;
    }
    offs[ncp] = klen;
    if (ncp < 5)
      continue;
    /* the key itself, then deletions away from the last two letters */
    size_t variants = ncp >= 6 ? ncp - 2 : 0;
    for (size_t p = 0; p <= variants; p++) {
      wc_buf b;
      wc_buf_init(&b);
      if (p == 0) {
        wc_buf_puts(&b, "=");
        wc_buf_puts(&b, c[i].key);
      } else {
        wc_buf_puts(&b, "-");
        wc_buf_add(&b, c[i].key, offs[p - 1]);
        wc_buf_puts(&b, c[i].key + offs[p]);
      }
      /* keys also meet deletions of longer keys: index the key itself
       * under "-" too */
      for (int pass = 0; pass < (p == 0 ? 2 : 1); pass++) {
        const char *k = b.data;
        char *alt = NULL;
        if (pass == 1) {
          alt = wc_xasprintf("-%s", c[i].key);
          k = alt;
        }
        void *v = wc_map_get(del, k, strlen(k));
        size_t li;
        if (!v) {
          if (nlists == caplists) {
            caplists = caplists ? caplists * 2 : 16;
            lists = wc_xrealloc(lists, caplists * sizeof *lists);
          }
          li = nlists++;
          memset(&lists[li], 0, sizeof lists[li]);
          wc_map_put(del, k, strlen(k), (void *)(uintptr_t)(li + 1));
        } else {
          li = (size_t)(uintptr_t)v - 1;
        }
        if (!lists[li].n || lists[li].v[lists[li].n - 1] != i)
          WC_VEC_PUSH(lists[li], i);
        free(alt);
      }
      wc_buf_cleanup(&b);
    }
  }
  for (size_t li = 0; li < nlists; li++) {
    for (size_t a = 0; a < lists[li].n; a++)
      for (size_t b = a + 1; b < lists[li].n && b < a + 64; b++) {
        size_t x = lists[li].v[a], y = lists[li].v[b];
        if (uf_find(c, x) == uf_find(c, y))
          continue;
        if (!(c[x].strong || c[y].strong))
          continue;
        /* a word seen only at a sentence start joins on an equal key */
        if ((!c[x].strong || !c[y].strong) && strcmp(c[x].key, c[y].key) != 0)
          continue;
        if (may_link(&c[x], &c[y]) && wc_namekey_similar(c[x].key, c[y].key))
          uf_union(c, x, y);
      }
    WC_VEC_FREE(lists[li]);
  }
  free(lists);
  wc_map_free(del, NULL);
}

static bool is_house_form(const nctx *nc, const char *text) {
  char *f = wc_style_fold(text, strlen(text));
  const size_t *ids;
  size_t n = wc_style_forms_for(nc->st, nc->lang, f, strlen(f), &ids);
  bool h = false;
  for (size_t i = 0; i < n && !h; i++) {
    const wc_style_form *fm = wc_style_form_at(nc->st, nc->lang, ids[i]);
    h = fm->nwords == 1 && (fm->kind == WC_FORM_CANONICAL ||
                            fm->kind == WC_FORM_SHORT) &&
        strcmp(fm->text, text) == 0;
  }
  free(f);
  return h;
}

/* Collects the name-like words of the document and groups them. */
static void collect(nctx *nc, candv *cv) {
  const wc_doc *d = nc->d;
  const char *text = d->text;
  wc_map *idx = wc_map_new();
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *s = &d->sentences.v[si];
    unsigned scope = d->blocks.v[s->block].scope;
    bool heading = (scope & (WC_SCOPE_HEADLINE | WC_SCOPE_SUBHEAD)) != 0;
    bool first = true;
    for (size_t ti = s->tok_first; ti < s->tok_end; ti++) {
      const wc_token *t = &d->tokens.v[ti];
      if (t->kind != WC_TOK_WORD) {
        if (t->kind == WC_TOK_QUOTE ||
            (t->kind == WC_TOK_PUNCT &&
             (text[t->start] == '(' || text[t->start] == ':' ||
              text[t->start] == '[')))
          first = true;
        continue;
      }
      bool strong = !first && !heading;
      first = false;
      /* a hyphenated word is one name when every part is capitalized
       * (Ivano-Frankivsk), else its capitalized parts count alone */
      size_t parts = 0, caps = 0;
      size_t bounds[34];
      bounds[0] = t->start;
      for (size_t i = t->start; i < t->end;) {
        int32_t cp;
        size_t l = wc_utf8_decode(text + i, t->end - i, &cp);
        if (is_hyphen(cp) && parts < 16) {
          bounds[2 * parts + 1] = i;
          bounds[2 * parts + 2] = i + l;
          parts++;
        }
        i += l;
      }
      bounds[2 * parts + 1] = t->end;
      for (size_t p = 0; p <= parts; p++)
        if (wc_tm_capitalized(text + bounds[2 * p],
                              bounds[2 * p + 1] - bounds[2 * p]))
          caps++;
      /* before another capitalized word: a first name (or the first
       * word of a longer name) */
      bool given = false;
      if (ti + 1 < s->tok_end) {
        const wc_token *nx = &d->tokens.v[ti + 1];
        given = nx->kind == WC_TOK_WORD && nx->space_before &&
                wc_tm_capitalized(text + nx->start, nx->end - nx->start) &&
                has_lower(text + nx->start, nx->end - nx->start);
      }
      if (parts == 0 || caps == parts + 1) {
        add_segment(nc, cv, idx, t->start, t->end, strong, given);
      } else {
        for (size_t p = 0; p <= parts; p++)
          add_segment(nc, cv, idx, bounds[2 * p], bounds[2 * p + 1], strong,
                      false);
      }
    }
  }
  wc_map_free(idx, NULL);
  for (size_t i = 0; i < cv->n; i++) {
    cand *c = &cv->v[i];
    c->key = wc_namekey(c->text, strlen(c->text), nc->lang);
    c->lkey = wc_namekey_light(c->text, strlen(c->text), nc->lang);
    c->parent = i;
    c->house = is_house_form(nc, c->text);
    /* a word of the base dictionary, not one the wire supplement adds */
    c->known = wc_spelling_known(nc->cx->lang, c->text, strlen(c->text)) == 1;
    c->dict = c->known && !wc_style_supplement_word(nc->st, nc->lang, c->text,
                                                    strlen(c->text));
  }

  link_all(cv->v, cv->n);
}

static void free_cands(candv *cv) {
  for (size_t i = 0; i < cv->n; i++) {
    free(cv->v[i].text);
    free(cv->v[i].key);
    free(cv->v[i].lkey);
  }
  WC_VEC_FREE(*cv);
}

/* Is a a better spelling to keep than b: a house form, else a spelling
 * the dictionary accepts, else the one used most, else the first? */
static bool better(const cand *a, const cand *b) {
  if (a->house != b->house)
    return a->house;
  if (a->known != b->known)
    return a->known;
  if (a->count != b->count)
    return a->count > b->count;
  return a->start < b->start;
}

static void report_inconsistent(nctx *nc, candv *cv) {
  cand *c = cv->v;
  size_t n = cv->n;
  size_t *size = wc_xcalloc(n ? n : 1, sizeof(size_t));
  size_t *pref = wc_xmalloc((n ? n : 1) * sizeof(size_t));
  for (size_t i = 0; i < n; i++)
    pref[i] = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    size_t r = uf_find(c, i);
    size[r]++;
    if (pref[r] == SIZE_MAX || better(&c[i], &c[pref[r]]))
      pref[r] = i;
  }
  for (size_t i = 0; i < n; i++) {
    size_t r = uf_find(c, i);
    if (size[r] < 2)
      continue;
    size_t p = pref[r];
    if (p == i)
      continue;
    const char *sv[1] = {c[p].text};
    const char *why = c[p].house                  ? ", the house form"
                      : c[p].known && !c[i].known ? ", the dictionary spelling"
                                                  : "";
    if (!c[p].house && !(c[p].known && !c[i].known) && c[p].count > c[i].count)
      wc_emit(nc->cx, "names.inconsistent", c[i].start, c[i].end, sv, 1,
              "'%s' is written '%s' more often in this article (%zu times "
              "against %zu); use one spelling",
              c[i].text, c[p].text, c[p].count, c[i].count);
    else
      wc_emit(nc->cx, "names.inconsistent", c[i].start, c[i].end, sv, 1,
              "'%s' is written '%s' %s in this article%s; use one spelling",
              c[i].text, c[p].text, c[p].start < c[i].start ? "earlier"
                                                            : "elsewhere",
              why);
  }
  free(size);
  free(pref);
}

/* ---- the run ---- */

static void names_run(wc_ctx *cx) {
  bool hf = wc_rule_enabled(cx, "names.house-form");
  bool ti_on = wc_rule_enabled(cx, "names.title");
  bool inc = wc_rule_enabled(cx, "names.inconsistent");
  if (!hf && !ti_on && !inc)
    return;
  nctx nc;
  nctx_init(&nc, cx);
  const wc_doc *d = cx->doc;
  size_t nnames = 0;
  const wc_style_name *names = wc_style_names(nc.st, nc.lang, &nnames);
  for (size_t ti = 0; ti < d->tokens.n;) {
    nmatch m = match_at(&nc, ti);
    if (m.score) {
      const wc_style_form *fm = wc_style_form_at(nc.st, nc.lang, m.form);
      if (hf)
        report_form(&nc, &m);
      if (ti_on && fm->name < nnames &&
          names[fm->name].type == WC_ENT_PERSON)
        check_title(&nc, &m, &names[fm->name]);
      ti = m.t1;
      continue;
    }
    nmatch segs[16];
    size_t ns = segment_matches(&nc, ti, segs, 16);
    for (size_t k = 0; k < ns && hf; k++)
      report_form(&nc, &segs[k]);
    ti++;
  }
  if (inc) {
    candv cv = {0};
    collect(&nc, &cv);
    report_inconsistent(&nc, &cv);
    free_cands(&cv);
  }
  nctx_cleanup(&nc);
}

/* ---- the batch pass ---- */

/* The run keeps, per distinct spelling, its keys and one small record per
 * file that uses it; words of the base dictionary are not kept at all (the
 * batch never links them), so memory grows by a few hundred bytes a file,
 * never by documents. */
typedef struct bocc {
  uint32_t file;
  uint32_t line, col, end_line, end_col;
  size_t start, end;
} bocc;

typedef struct bform {
  char lang[8]; /* spellings are compared within one language only */
  char *text, *key, *lkey;
  bool known, house;
  size_t uses;
  WC_VEC(bocc) occ; /* one per file, in file order */
} bform;

typedef struct bstate {
  WC_VEC(char *) paths;
  WC_VEC(bform) forms;
  wc_map *idx; /* text -> form index + 1 */
} bstate;

static void *names_batch_new(void) {
  bstate *b = wc_xcalloc(1, sizeof *b);
  b->idx = wc_map_new();
  return b;
}

static void names_batch_free(void *p) {
  bstate *b = p;
  if (!b)
    return;
  for (size_t i = 0; i < b->forms.n; i++) {
    free(b->forms.v[i].text);
    free(b->forms.v[i].key);
    free(b->forms.v[i].lkey);
    WC_VEC_FREE(b->forms.v[i].occ);
  }
  WC_VEC_FREE(b->forms);
  for (size_t i = 0; i < b->paths.n; i++)
    free(b->paths.v[i]);
  WC_VEC_FREE(b->paths);
  wc_map_free(b->idx, NULL);
  free(b);
}

static uint32_t u32(size_t v) { return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v; }

static void names_batch_collect(void *state, wc_ctx *cx) {
  if (!wc_rule_enabled(cx, "names.batch-inconsistent"))
    return;
  bstate *b = state;
  nctx nc;
  nctx_init(&nc, cx);
  candv cv = {0};
  collect(&nc, &cv);
  uint32_t fi = u32(b->paths.n);
  bool used = false;
  size_t *size = wc_xcalloc(cv.n ? cv.n : 1, sizeof(size_t));
  for (size_t i = 0; i < cv.n; i++)
    size[uf_find(cv.v, i)]++;
  for (size_t i = 0; i < cv.n; i++) {
    cand *c = &cv.v[i];
    /* only words seen mid-sentence, or grouped with one; no first names
     * (two stories' Michael and Michaël are rarely one person); no words
     * of the dictionary (Schüler is not Schüller) */
    if ((!c->strong && size[uf_find(cv.v, i)] < 2) || c->given || c->dict)
      continue;
    if (strlen(c->key) < 5)
      continue; /* too short to be linked to anything */
    char *mkey = wc_xasprintf("%s\x1f%s", cx->doc->lang, c->text);
    void *v = wc_map_get(b->idx, mkey, strlen(mkey));
    bform *f;
    if (v) {
      f = &b->forms.v[(size_t)(uintptr_t)v - 1];
    } else {
      bform nf;
      memset(&nf, 0, sizeof nf);
      snprintf(nf.lang, sizeof nf.lang, "%s", cx->doc->lang);
      nf.text = c->text;
      nf.key = c->key;
      nf.lkey = c->lkey;
      c->text = c->key = c->lkey = NULL;
      nf.known = c->known;
      nf.house = c->house;
      WC_VEC_PUSH(b->forms, nf);
      f = &b->forms.v[b->forms.n - 1];
      wc_map_put(b->idx, mkey, strlen(mkey), (void *)(uintptr_t)b->forms.n);
    }
    free(mkey);
    wc_batch_loc loc;
    wc_ctx_loc(cx, c->start, c->end, &loc);
    bocc o = {fi,          u32(loc.line),     u32(loc.column),
              u32(loc.end_line), u32(loc.end_column), loc.start, loc.end};
    WC_VEC_PUSH(f->occ, o);
    f->uses += c->count;
    used = true;
  }
  if (used)
    WC_VEC_PUSH(b->paths, wc_xstrdup(cx->doc->path ? cx->doc->path : ""));
  free(size);
  free_cands(&cv);
  nctx_cleanup(&nc);
}

/* Does form f occur in file fi?  Its records are in file order. */
static bool form_in_file(const bform *f, uint32_t fi) {
  size_t lo = 0, hi = f->occ.n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (f->occ.v[mid].file < fi)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < f->occ.n && f->occ.v[lo].file == fi;
}

/* Groups and reports the spellings of one language: ix lists the indices
 * of its forms in b->forms (a German and a Spanish story rightly spell
 * Odessa and Odesa differently, so languages are never compared). */
static void batch_finish_lang(bstate *b, const size_t *ix, size_t n,
                              wc_batch_emit *be);

static void names_batch_finish(void *state, wc_batch_emit *be) {
  bstate *b = state;
  size_t *ix = wc_xmalloc((b->forms.n ? b->forms.n : 1) * sizeof(size_t));
  bool *done = wc_xcalloc(b->forms.n ? b->forms.n : 1, sizeof(bool));
  for (size_t i = 0; i < b->forms.n; i++) {
    if (done[i])
      continue;
    size_t n = 0;
    for (size_t j = i; j < b->forms.n; j++)
      if (!done[j] && strcmp(b->forms.v[j].lang, b->forms.v[i].lang) == 0) {
        ix[n++] = j;
        done[j] = true;
      }
    if (n >= 2)
      batch_finish_lang(b, ix, n, be);
  }
  free(ix);
  free(done);
}

static void batch_finish_lang(bstate *b, const size_t *ix, size_t n,
                              wc_batch_emit *be) {
  /* group the run's spellings with the same machinery as one article */
  cand *c = wc_xcalloc(n, sizeof *c);
  for (size_t i = 0; i < n; i++) {
    const bform *bf = &b->forms.v[ix[i]];
    c[i].text = bf->text;
    c[i].key = bf->key;
    c[i].lkey = bf->lkey;
    c[i].count = bf->uses;
    c[i].strong = true;
    c[i].known = bf->known;
    c[i].house = bf->house;
    c[i].start = i; /* run order */
    c[i].parent = i;
    c[i].strict = true;
  }
  link_all(c, n);
  /* per group: how many spellings, and the preferred one (house form,
   * else a spelling the dictionary accepts, else most files, else most
   * uses, else first in the run) */
  size_t *distinct = wc_xcalloc(n, sizeof(size_t));
  size_t *pref = wc_xmalloc(n * sizeof(size_t));
  for (size_t i = 0; i < n; i++)
    pref[i] = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    size_t r = uf_find(c, i);
    distinct[r]++;
    size_t p = pref[r];
    size_t fi = b->forms.v[ix[i]].occ.n,
           fp = p == SIZE_MAX ? 0 : b->forms.v[ix[p]].occ.n;
    if (p == SIZE_MAX || (c[i].house && !c[p].house) ||
        (c[i].house == c[p].house &&
         ((c[i].known && !c[p].known) ||
          (c[i].known == c[p].known &&
           (fi > fp || (fi == fp && c[i].count > c[p].count))))))
      pref[r] = i;
  }
  for (size_t i = 0; i < n; i++) {
    size_t r = uf_find(c, i);
    size_t p = pref[r];
    if (distinct[r] < 2 || p == SIZE_MAX || p == i)
      continue;
    const bform *f = &b->forms.v[ix[i]], *pf = &b->forms.v[ix[p]];
    for (size_t k = 0; k < f->occ.n; k++) {
      const bocc *o = &f->occ.v[k];
      /* a file that has the preferred spelling too is names.inconsistent's */
      if (form_in_file(pf, o->file))
        continue;
      wc_batch_loc loc = {b->paths.v[o->file], o->start, o->end, o->line,
                          o->col, o->end_line, o->end_col, f->text};
      size_t nother = pf->occ.n;
      const char *sv[1] = {pf->text};
      wc_batch_emit_finding(
          be, "names.batch-inconsistent", &loc, sv, 1,
          "'%s' here; %zu other file%s of this run write%s '%s' (%s)",
          f->text, nother, nother == 1 ? "" : "s", nother == 1 ? "s" : "",
          pf->text, b->paths.v[pf->occ.v[0].file]);
    }
  }
  free(distinct);
  free(pref);
  free(c);
}

const wc_check_def wc_check_names = {
    .family = "names",
    .rules = names_rules,
    .nrules = sizeof names_rules / sizeof names_rules[0],
    .run = names_run,
    .batch_new = names_batch_new,
    .batch_collect = names_batch_collect,
    .batch_finish = names_batch_finish,
    .batch_free = names_batch_free,
};

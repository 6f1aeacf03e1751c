/* quotes_scan.c -- finds quotations, their marks' problems, the people an
 * article mentions and who says each quote.  See quotes_scan.h.
 *
 * Word lists (dictionaries/<lang>/, loaded once per run):
 *   speech-verbs.txt     every inflected form of the reporting verbs
 *   attribution-preps.txt  "according to", "selon", "за словами" ...
 *   pronouns.txt         "she f", "he m", "they p", "it n"
 *   honorifics.txt       "mr m", "frau f", "m. m", "sra. f"
 *   gendered-nouns.txt   "spokeswoman f", "sprecherin f", "porte-parole n"
 *   given-names.txt      "jens m", "jane f"
 *   titles.txt           words of titles that stand before a name
 *   quote-words.txt      tagged grammar words: "def the", "det a",
 *                        "prep of", "link and", "skip also", "time friday",
 *                        "org ministry", "cue album", "detf la", "detm le"
 * Lookups of tagged lists build the key "<tag> <word>" (folded). */
#include "quotes_scan.h"

#include <stdlib.h>
#include <string.h>

#define TK(i) (&s->d->tokens.v[(i)])

typedef struct scan {
  const wc_doc *d;
  wc_lang *l;
  const wc_style *st;
  wc_quotes *qs;
  size_t *topq;   /* per token: outermost quote holding it, or WC_QNONE */
  size_t *blk_tf; /* per block: token range */
  size_t *blk_te;
  bool cyr;       /* uk or ru */
  bool de, fr, es, en;
  /* indexes that keep the analysis linear in the text */
  wc_map *pkey;   /* person's folded surname -> index + 1 */
  wc_map *pword;  /* every word of a person's name -> index + 1 */
  wc_map *pstem;  /* uk/ru/de: surname stems -> index + 1 */
  wc_map *first;  /* folded word -> first token + 1 */
  wc_map *after_cap; /* folded word right after a capitalized one -> first
                        such token + 1 */
  wc_map *prefix; /* first 3..7 letters of a word -> first token + 1 */
  wc_map *suffix; /* de: endings of a word (compounds) -> first token + 1 */
  size_t first_pair; /* first of two capitalized words in a row, + 1 */
} scan;

/* ------------------------------------------------------------------ */
/* small helpers                                                        */

static int32_t tok_cp(const scan *s, size_t i) {
  int32_t cp;
  const wc_token *t = TK(i);
  wc_utf8_decode(s->d->text + t->start, t->end - t->start, &cp);
  return cp;
}

static const char *tstr(const scan *s, size_t i) {
  return s->d->text + TK(i)->start;
}
static size_t tlen(const scan *s, size_t i) {
  return TK(i)->end - TK(i)->start;
}

static bool tok_is(const scan *s, size_t i, const char *w) {
  size_t n = strlen(w);
  return tlen(s, i) == n && memcmp(tstr(s, i), w, n) == 0;
}

static bool is_word(const scan *s, size_t i) {
  return TK(i)->kind == WC_TOK_WORD;
}

/* A word written with a capital (a name, or a noun in German). */
static bool is_cap(const scan *s, size_t i) {
  const wc_token *t = TK(i);
  if (t->kind != WC_TOK_WORD)
    return false;
  if (t->shape == WC_CASE_TITLE || t->shape == WC_CASE_UPPER ||
      (t->shape == WC_CASE_MIXED && wc_cp_is_upper(tok_cp(s, i))))
    return true;
  /* al-Hosani, el-Sisi, bin-Salman: a lower-case particle joined on */
  if (t->shape == WC_CASE_MIXED) {
    const char *w = s->d->text + t->start;
    size_t n = t->end - t->start;
    const char *h = memchr(w, '-', n < 5 ? n : 5);
    if (h && (size_t)(h - w) + 1 < n) {
      int32_t cp;
      wc_utf8_decode(h + 1, n - (size_t)(h - w) - 1, &cp);
      return wc_cp_is_upper(cp);
    }
  }
  return false;
}

static bool is_lower(const scan *s, size_t i) {
  return TK(i)->kind == WC_TOK_WORD && TK(i)->shape == WC_CASE_LOWER;
}

/* Length of w without an English possessive ending ('s, ’s, s'). */
static size_t strip_poss(const char *w, size_t n) {
  if (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
    return n - 4;
  if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
    return n - 2;
  return n;
}

static bool is_poss(const scan *s, size_t i) {
  return s->en && is_word(s, i) && strip_poss(tstr(s, i), tlen(s, i)) != tlen(s, i);
}

static bool tagged_str(const scan *s, const char *list, const char *tag,
                       const char *w, size_t n) {
  char buf[256];
  size_t tl = strlen(tag);
  if (tl + 1 + n >= sizeof buf)
    return false;
  memcpy(buf, tag, tl);
  buf[tl] = ' ';
  memcpy(buf + tl + 1, w, n);
  return wc_lang_has(s->l, list, buf, tl + 1 + n);
}

static bool tagged(const scan *s, const char *list, const char *tag,
                   size_t i) {
  if (TK(i)->kind != WC_TOK_WORD)
    return false;
  return tagged_str(s, list, tag, tstr(s, i), tlen(s, i));
}

static bool qword(const scan *s, const char *tag, size_t i) {
  return tagged(s, "quote-words", tag, i);
}

/* Gender of a word in a gendered list ("she f"); UNKNOWN if absent.
 * *found says whether it is listed at all (with any mark). */
static wc_gender list_gender(const scan *s, const char *list, const char *w,
                             size_t n, bool *found) {
  bool f = false;
  wc_gender g = WC_GENDER_UNKNOWN;
  char buf[256];
  if (n + 3 >= sizeof buf) {
    if (found)
      *found = false;
    return g;
  }
  memcpy(buf, w, n);
  buf[n] = ' ';
  static const char marks[] = {'m', 'f', 'n', 'p'};
  for (size_t k = 0; k < 4; k++) {
    buf[n + 1] = marks[k];
    if (wc_lang_has(s->l, list, buf, n + 2)) {
      f = true;
      g = k == 0 ? WC_GENDER_MALE : k == 1 ? WC_GENDER_FEMALE : g;
      break;
    }
  }
  if (found)
    *found = f;
  return g;
}

/* Ukrainian and Russian nouns and names decline: "Артема", "речника",
 * "Марії" are found as "Артем", "речник", "Марія" by trying the base
 * forms their case endings come from. */
static wc_gender cyr_base_gender(const scan *s, const char *list,
                                 const char *w, size_t n, bool *found) {
  static const char *const add[] = {"", "о", "а", "я", "й", "ь"};
  char buf[256];
  /* a noun loses one letter in the singular cases that matter (речника);
   * a plural (журналістам) is no one in particular */
  size_t maxcut = strcmp(list, "given-names") == 0 ? 3 : 1;
  for (size_t cut = 1; cut <= maxcut; cut++) {
    /* cut code points off the end (2 bytes each in Cyrillic) */
    size_t keep = n, k = 0;
    while (k < cut && keep > 0) {
      keep--;
      while (keep > 0 && ((unsigned char)w[keep] & 0xC0) == 0x80)
        keep--;
      k++;
    }
    if (wc_utf8_count(w, keep) < 3)
      break;
    for (size_t a = 0; a < sizeof add / sizeof add[0]; a++) {
      size_t al = strlen(add[a]);
      if (keep + al >= sizeof buf)
        continue;
      memcpy(buf, w, keep);
      memcpy(buf + keep, add[a], al);
      bool f;
      wc_gender g = list_gender(s, list, buf, keep + al, &f);
      if (f) {
        *found = true;
        return g;
      }
    }
  }
  *found = false;
  return WC_GENDER_UNKNOWN;
}

static wc_gender tok_list_gender(const scan *s, const char *list, size_t i,
                                 bool *found) {
  if (TK(i)->kind != WC_TOK_WORD) {
    if (found)
      *found = false;
    return WC_GENDER_UNKNOWN;
  }
  bool f;
  wc_gender g = list_gender(s, list, tstr(s, i), tlen(s, i), &f);
  if (!f && s->de && strcmp(list, "gendered-nouns") == 0) {
    /* Bahnsprecherin: the gender of its last part */
    const char *w = tstr(s, i);
    size_t n = tlen(s, i);
    for (size_t p = 1; p + 4 <= n && !f; p++)
      if (((unsigned char)w[p] & 0xC0) != 0x80)
        g = list_gender(s, list, w + p, n - p, &f);
  }
  if (!f && s->cyr && tlen(s, i) < 200 &&
      (strcmp(list, "given-names") == 0 ||
       strcmp(list, "gendered-nouns") == 0))
    g = cyr_base_gender(s, list, tstr(s, i), tlen(s, i), &f);
  if (found)
    *found = f;
  return g;
}

static bool is_pronoun(const scan *s, size_t i, wc_gender *g) {
  bool f;
  wc_gender gg = tok_list_gender(s, "pronouns", i, &f);
  if (f && g)
    *g = gg;
  return f;
}

static bool is_speech_verb(const scan *s, size_t i) {
  return is_word(s, i) && wc_lang_has(s->l, "speech-verbs", tstr(s, i), tlen(s, i));
}

/* German compounds end in their head: Bahnsprecherin, GDL-Chef,
 * Verkehrsminister.  Is some ending (four letters or more) in the list? */
static bool de_suffix_in(const scan *s, const char *list, const char *w,
                         size_t n) {
  for (size_t p = 1; p + 4 <= n; p++) {
    if (((unsigned char)w[p] & 0xC0) == 0x80)
      continue;
    if (wc_lang_has(s->l, list, w + p, n - p))
      return true;
  }
  return false;
}

static bool is_title_word(const scan *s, size_t i) {
  if (!is_word(s, i))
    return false;
  if (wc_lang_has(s->l, "titles", tstr(s, i), tlen(s, i)))
    return true;
  return s->de && is_cap(s, i) && de_suffix_in(s, "titles", tstr(s, i), tlen(s, i));
}

static bool is_given_name(const scan *s, size_t i, wc_gender *g) {
  if (!is_cap(s, i))
    return false;
  bool f;
  wc_gender gg = tok_list_gender(s, "given-names", i, &f);
  if (f && g)
    *g = gg;
  return f;
}

/* A capitalized word followed by '.' with no space: "M." "Sr." "J." */
static bool dotted(const scan *s, size_t i, size_t end) {
  return i + 1 < end && TK(i + 1)->kind == WC_TOK_PUNCT &&
         tok_is(s, i + 1, ".") && !TK(i + 1)->space_before;
}

static bool is_honorific(const scan *s, size_t i, size_t end, wc_gender *g,
                         size_t *len_out) {
  if (!is_cap(s, i))
    return false;
  bool f;
  wc_gender gg;
  if (dotted(s, i, end)) {
    char buf[64];
    size_t n = tlen(s, i);
    if (n + 1 < sizeof buf) {
      memcpy(buf, tstr(s, i), n);
      buf[n] = '.';
      gg = list_gender(s, "honorifics", buf, n + 1, &f);
      if (f) {
        if (g)
          *g = gg;
        *len_out = 2;
        return true;
      }
    }
  }
  gg = tok_list_gender(s, "honorifics", i, &f);
  if (f) {
    if (g)
      *g = gg;
    *len_out = 1;
    return true;
  }
  return false;
}

/* Gender of a Ukrainian or Russian past-tense verb from its ending. */
static wc_gender verb_gender(const scan *s, size_t i) {
  if (!s->cyr || !is_word(s, i))
    return WC_GENDER_UNKNOWN;
  char *f = wc_utf8_fold(tstr(s, i), tlen(s, i));
  size_t n = strlen(f);
  wc_gender g = WC_GENDER_UNKNOWN;
#define ENDS(x) (n >= sizeof(x) - 1 && strcmp(f + n - (sizeof(x) - 1), x) == 0)
  if (ENDS("ла") || ENDS("лася") || ENDS("лась"))
    g = WC_GENDER_FEMALE;
  else if (ENDS("в") || ENDS("л") || ENDS("вся") || ENDS("лся"))
    g = WC_GENDER_MALE;
#undef ENDS
  free(f);
  return g;
}

static size_t block_of(const scan *s, size_t ti) {
  return s->d->sentences.v[TK(ti)->sentence].block;
}

static bool is_honorific(const scan *s, size_t i, size_t end, wc_gender *g,
                         size_t *len_out);

static bool is_terminal(const scan *s, size_t i) {
  const wc_token *t = TK(i);
  if (t->kind != WC_TOK_PUNCT)
    return false;
  int32_t cp = tok_cp(s, i);
  if (cp == '.' && i > 0 && !t->space_before && i + 1 < s->d->tokens.n &&
      TK(i + 1)->sentence == t->sentence) {
    /* the dot of "Hr. Hosani", "J. Smith" ends nothing */
    size_t hl = 0;
    if (is_honorific(s, i - 1, i + 1, NULL, &hl) && hl == 2)
      return false;
    if (TK(i - 1)->kind == WC_TOK_WORD && TK(i - 1)->shape != WC_CASE_LOWER &&
        wc_utf8_count(s->d->text + TK(i - 1)->start,
                      TK(i - 1)->end - TK(i - 1)->start) == 1)
      return false;
  }
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static bool is_punct_cp(const scan *s, size_t i, int32_t c) {
  return TK(i)->kind == WC_TOK_PUNCT && tok_cp(s, i) == c;
}

static bool is_dash_tok(const scan *s, size_t i) {
  return TK(i)->kind == WC_TOK_PUNCT && wc_cp_is_dash(tok_cp(s, i));
}

static char *span_dup(const scan *s, size_t a, size_t b) {
  return wc_xstrndup(s->d->text + a, b - a);
}


/* Does the dictionary know this capitalized word (a place, an institution,
 * a common noun) -- so it is not an unknown surname? */
static bool dictionary_knows(const scan *s, size_t i) {
  size_t n = strip_poss(tstr(s, i), tlen(s, i));
  /* without a dictionary, assume known: precision first */
  return wc_spelling_known(s->l, tstr(s, i), n) != 0;
}

/* ------------------------------------------------------------------ */
/* quotation marks                                                      */

enum { LV_DOUBLE = 1, LV_SINGLE = 2 };

static int mark_level(int32_t cp) {
  switch (cp) {
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
  case '"': case 0x300C: case 0x300D:
    return LV_DOUBLE;
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039:
  case 0x203A: case '\'':
    return LV_SINGLE;
  }
  return 0;
}

/* Does c close a quote opened with o (a correct pair)? */
static bool closes(int32_t o, int32_t c) {
  switch (o) {
  case 0x201C: return c == 0x201D;
  case 0x201E: return c == 0x201C;
  case 0x201F: return c == 0x201D;
  case 0xAB: return c == 0xBB;
  case 0xBB: return c == 0xAB;
  case '"': return c == '"';
  case 0x2018: return c == 0x2019;
  case 0x201A: return c == 0x2018;
  case 0x201B: return c == 0x2019;
  case 0x2039: return c == 0x203A;
  case 0x203A: return c == 0x2039;
  case '\'': return c == '\'';
  case 0x300C: return c == 0x300D;
  }
  return false;
}

/* The proper closing mark for an opening one. */
static int32_t closer_of(int32_t o) {
  switch (o) {
  case 0x201C: return 0x201D;
  case 0x201E: return 0x201C;
  case 0x201F: return 0x201D;
  case 0xAB: return 0xBB;
  case 0xBB: return 0xAB;
  case 0x2018: return 0x2019;
  case 0x201A: return 0x2018;
  case 0x201B: return 0x2019;
  case 0x2039: return 0x203A;
  case 0x203A: return 0x2039;
  case 0x300C: return 0x300D;
  }
  return o;
}

static bool opener_char(int32_t cp) {
  return cp == 0x201C || cp == 0x201E || cp == 0x201F || cp == 0x2018 ||
         cp == 0x201A || cp == 0x201B || cp == 0xAB || cp == 0x2039 ||
         cp == 0x300C;
}

static bool symmetric(int32_t cp) { return cp == '"' || cp == '\''; }

static void put_cp(char *buf, int32_t cp) {
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_put_cp(&b, cp);
  memcpy(buf, b.data, b.len + 1);
  wc_buf_cleanup(&b);
}

static void mark_issue(scan *s, size_t start, size_t end, wc_severity sev,
                       const char *sugg, const char *fmt, ...)
    WC_PRINTF(6, 7);
static void mark_issue(scan *s, size_t start, size_t end, wc_severity sev,
                       const char *sugg, const char *fmt, ...) {
  wc_qmark_issue mi = {start, end, sev, NULL, sugg ? wc_xstrdup(sugg) : NULL};
  va_list ap;
  va_start(ap, fmt);
  mi.msg = wc_xvasprintf(fmt, ap);
  va_end(ap);
  WC_VEC_PUSH(s->qs->marks, mi);
}

/* Where a mark stands: *op if it stands where a quote opens (space or
 * bracket before, a character after), *cl where one closes. */
static void flank(const scan *s, size_t ti, size_t bs, size_t be, bool *op,
                  bool *cl) {
  const wc_token *t = TK(ti);
  const char *x = s->d->text;
  int32_t pc = -1, nc = -1;
  if (t->start > bs) {
    size_t p = t->start - 1;
    while (p > bs && ((unsigned char)x[p] & 0xC0) == 0x80)
      p--;
    wc_utf8_decode(x + p, t->start - p, &pc);
  }
  if (t->end < be)
    wc_utf8_decode(x + t->end, be - t->end, &nc);
  bool p_open = pc < 0 || wc_cp_is_space(pc) || pc == '(' || pc == '[' ||
                pc == '{' || wc_cp_is_dash(pc) || pc == '/' ||
                opener_char(pc) || pc == '"' || pc == '\'' ||
                (pc == 0xBB && s->de);
  bool n_close = nc < 0 || wc_cp_is_space(nc) ||
                 (wc_cp_is_punct(nc) && nc != '(' && nc != '[' &&
                  nc != 0xBF && nc != 0xA1) ||
                 wc_cp_is_symbol(nc);
  bool n_word = nc >= 0 && !wc_cp_is_space(nc) &&
                !(wc_cp_is_punct(nc) && nc != '(' && nc != '[' &&
                  nc != 0xBF && nc != 0xA1 && !wc_cp_is_dash(nc) &&
                  !wc_cp_is_quote(nc) && nc != 0x2026);
  *op = p_open && n_word;
  /* nothing closes after a space, a bracket, a dash or a slash */
  *cl = pc >= 0 && !p_open && n_close;
}

typedef struct open_ent {
  size_t tok;
  int32_t cp;
  size_t q;      /* quote record */
} open_ent;

enum { I_OPEN, I_CLOSE, I_APOS };

/* Is there, after token i in the block, a mark closing opener o? */
static bool later_closer(const scan *s, size_t i, size_t te, size_t bs,
                         size_t be, int32_t o) {
  size_t lim = i + 4000 < te ? i + 4000 : te;
  for (size_t k = i + 1; k < lim; k++) {
    if (TK(k)->kind != WC_TOK_QUOTE)
      continue;
    int32_t c = tok_cp(s, k);
    if (!closes(o, c))
      continue;
    bool op, cl;
    flank(s, k, bs, be, &op, &cl);
    if (cl || !op)
      return true;
  }
  return false;
}

/* A later ' or ’ in closing position in the same sentence. */
static bool later_single_close(const scan *s, size_t i, size_t bs,
                               size_t be) {
  uint32_t sent = TK(i)->sentence;
  for (size_t k = i + 1; k < s->d->tokens.n && k < i + 400 &&
                         TK(k)->sentence == sent;
       k++) {
    if (TK(k)->kind != WC_TOK_QUOTE)
      continue;
    int32_t c = tok_cp(s, k);
    if (c != 0x2019 && c != '\'')
      continue;
    bool op, cl;
    flank(s, k, bs, be, &op, &cl);
    if (cl)
      return true;
  }
  return false;
}

static size_t new_quote(scan *s, size_t ti, size_t parent, unsigned depth) {
  wc_quote q;
  memset(&q, 0, sizeof q);
  q.open_tok = ti;
  q.close_tok = WC_QNONE;
  q.start = TK(ti)->start;
  q.cstart = TK(ti)->end;
  q.end = q.cend = TK(ti)->end;
  q.block = block_of(s, ti);
  q.sentence = TK(ti)->sentence;
  q.depth = depth;
  q.parent = parent;
  q.prev_part = q.next_part = WC_QNONE;
  q.verb_tok = WC_QNONE;
  q.person = WC_QNONE;
  q.from_quote = WC_QNONE;
  q.head_tok = WC_QNONE;
  WC_VEC_PUSH(s->qs->q, q);
  return s->qs->q.n - 1;
}

static void close_quote(scan *s, size_t q, size_t ti) {
  wc_quote *r = &s->qs->q.v[q];
  r->close_tok = ti;
  r->cend = TK(ti)->start;
  r->end = TK(ti)->end;
}

static void end_at_block(scan *s, size_t q, size_t b) {
  wc_quote *r = &s->qs->q.v[q];
  size_t e = s->d->blocks.v[b].end;
  /* trim trailing space */
  while (e > r->cstart && (s->d->text[e - 1] == ' ' || s->d->text[e - 1] == '\n'))
    e--;
  r->cend = r->end = e;
}

static void flag_unclosed(scan *s, const open_ent *e) {
  char m[8];
  put_cp(m, e->cp);
  mark_issue(s, TK(e->tok)->start, TK(e->tok)->end, WC_SEV_ERROR, NULL,
             "quotation mark %s is never closed", m);
}

static void extract(scan *s, bool *dead) {
  const wc_doc *d = s->d;
  WC_VEC(open_ent) st = {0};
  size_t reopen_from = WC_QNONE; /* a part that continues in this block */
  int32_t reopen_cp = 0;
  for (size_t b = 0; b < d->blocks.n; b++) {
    size_t tf = s->blk_tf[b], te = s->blk_te[b];
    size_t bs = d->blocks.v[b].start, be = d->blocks.v[b].end;
    for (size_t i = tf; i < te; i++) {
      if (TK(i)->kind != WC_TOK_QUOTE)
        continue;
      int32_t cp = tok_cp(s, i);
      if (cp == 0x300D && !st.n)
        continue;
      bool op, cl;
      flank(s, i, bs, be, &op, &cl);
      /* a quote mark between two letters: an apostrophe of the wrong kind */
      if (!op && !cl && i > tf && i + 1 < te && is_word(s, i - 1) &&
          is_word(s, i + 1) && !TK(i)->space_before &&
          !TK(i + 1)->space_before) {
        if (cp == 0x2018 || cp == 0x201B) {
          mark_issue(s, TK(i)->start, TK(i)->end, WC_SEV_WARNING,
                     "\xE2\x80\x99",
                     "%s is used as an apostrophe; use \xE2\x80\x99",
                     cp == 0x2018 ? "\xE2\x80\x98" : "\xE2\x80\x9B");
        }
        continue;
      }
      int intent;
      open_ent *top = st.n ? &st.v[st.n - 1] : NULL;
      if (op && !cl)
        intent = I_OPEN;
      else if (cl && !op)
        intent = I_CLOSE;
      else if (symmetric(cp))
        intent = (top && top->cp == cp) ? I_CLOSE : I_OPEN;
      else if (cp == 0xBB && s->de && op)
        intent = I_OPEN;
      else
        intent = opener_char(cp) ? I_OPEN : I_CLOSE;
      /* German »…«: « closes after a word */
      if (cp == 0xAB && cl && top && top->cp == 0xBB)
        intent = I_CLOSE;
      if (cp == 0xBB && op && !cl && !(top && top->cp == 0xAB))
        intent = I_OPEN;
      /* apostrophes */
      if (cp == 0x2019 || cp == '\'') {
        bool single_open = false;
        for (size_t k = st.n; k-- > 0;)
          if (mark_level(st.v[k].cp) == LV_SINGLE) {
            single_open = true;
            break;
          }
        if (intent == I_OPEN) {
          if (cp == 0x2019 || !later_single_close(s, i, bs, be))
            continue; /* ’90s, an apostrophe */
        } else if (!single_open) {
          continue; /* the countries’ leaders */
        } else if (i > tf && is_word(s, i - 1) && i + 1 < te &&
                   is_lower(s, i + 1) && later_single_close(s, i, bs, be)) {
          const char *w = tstr(s, i - 1);
          size_t n = tlen(s, i - 1);
          if (n && (w[n - 1] == 's' || w[n - 1] == 'S'))
            continue; /* a plural possessive inside a single quote */
        }
      }
      if (intent == I_OPEN) {
        if (top && top->cp == cp && !symmetric(cp) &&
            !later_closer(s, i, te, bs, be, top->cp)) {
          /* the seed's “…. “said: an opening mark closing the quote */
          char o[8], c[8];
          put_cp(o, cp);
          put_cp(c, closer_of(top->cp));
          mark_issue(s, TK(i)->start, TK(i)->end, WC_SEV_ERROR, c,
                     "quotation closed with the opening mark %s; use %s", o,
                     c);
          close_quote(s, top->q, i);
          st.n--;
          continue;
        }
        if (top && top->cp == cp && symmetric(cp) &&
            !later_closer(s, i, te, bs, be, cp)) {
          close_quote(s, top->q, i);
          st.n--;
          continue;
        }
        if (cp == 0x201D || cp == 0x2019 || cp == 0x203A) {
          char o[8], c[8];
          put_cp(o, cp);
          put_cp(c, cp == 0x201D ? 0x201C : cp == 0x2019 ? 0x2018 : 0x2039);
          if (s->de && cp == 0x201D) /* German opens low */
            put_cp(c, 0x201E);
          mark_issue(s, TK(i)->start, TK(i)->end, WC_SEV_ERROR, c,
                     "closing mark %s used to open a quotation; use %s", o, c);
        }
        size_t parent = top ? top->q : WC_QNONE;
        size_t q = new_quote(s, i, parent, (unsigned)st.n);
        if (reopen_from != WC_QNONE && st.n == 0 && i == tf &&
            cp == reopen_cp) {
          s->qs->q.v[q].prev_part = reopen_from;
          s->qs->q.v[reopen_from].next_part = q;
        }
        open_ent e = {i, cp, q};
        WC_VEC_PUSH(st, e);
        continue;
      }
      /* closing */
      size_t k = st.n;
      while (k-- > 0)
        if (closes(st.v[k].cp, cp))
          break;
      if (k != (size_t)-1 && k < st.n) {
        for (size_t j = st.n - 1; j > k; j--) {
          if (mark_level(st.v[j].cp) == LV_SINGLE)
            dead[st.v[j].q] = true;
          else {
            flag_unclosed(s, &st.v[j]);
            close_quote(s, st.v[j].q, i);
            s->qs->q.v[st.v[j].q].end = TK(i)->start;
          }
        }
        close_quote(s, st.v[k].q, i);
        st.n = k;
        continue;
      }
      if (top && mark_level(top->cp) == mark_level(cp) &&
          mark_level(cp) != 0) {
        char o[8], c[8], want[8];
        put_cp(o, top->cp);
        put_cp(c, cp);
        put_cp(want, closer_of(top->cp));
        if (top->cp == cp)
          mark_issue(s, TK(i)->start, TK(i)->end, WC_SEV_ERROR, want,
                     "quotation closed with the opening mark %s; use %s", c,
                     want);
        else
          mark_issue(s, TK(i)->start, TK(i)->end, WC_SEV_ERROR, want,
                     "quotation opened with %s is closed with %s; use %s", o,
                     c, want);
        close_quote(s, top->q, i);
        st.n--;
        continue;
      }
      if (mark_level(cp) == LV_SINGLE)
        continue; /* a stray single mark: an apostrophe */
      {
        char c[8];
        put_cp(c, cp);
        mark_issue(s, TK(i)->start, TK(i)->end, WC_SEV_ERROR, NULL,
                   "closing mark %s has no opening mark", c);
      }
    }
    /* end of the paragraph */
    reopen_from = WC_QNONE;
    if (!st.n)
      continue;
    bool cont = false, carry = false;
    open_ent bottom = st.v[0];
    if (b + 1 < d->blocks.n) {
      size_t nf = s->blk_tf[b + 1], ne = s->blk_te[b + 1];
      if (nf < ne && TK(nf)->kind == WC_TOK_QUOTE &&
          tok_cp(s, nf) == bottom.cp && !symmetric(bottom.cp))
        cont = true;
      else if (nf < ne && TK(nf)->kind == WC_TOK_QUOTE &&
               tok_cp(s, nf) == bottom.cp) {
        bool op, cl;
        flank(s, nf, d->blocks.v[b + 1].start, d->blocks.v[b + 1].end, &op,
              &cl);
        cont = op && !cl;
      }
      /* a closing mark in the next paragraphs (up to five) before any new
       * opening: one quote over several paragraphs without reopening, as
       * in copy with one sentence a line */
      bool stop = cont;
      for (size_t nb2 = b + 1; !stop && nb2 < d->blocks.n && nb2 <= b + 5;
           nb2++) {
        size_t nbs = d->blocks.v[nb2].start, nbe = d->blocks.v[nb2].end;
        for (size_t k = s->blk_tf[nb2]; k < s->blk_te[nb2]; k++) {
          if (TK(k)->kind != WC_TOK_QUOTE)
            continue;
          int32_t c = tok_cp(s, k);
          bool op, cl;
          flank(s, k, nbs, nbe, &op, &cl);
          if (closes(bottom.cp, c) && (cl || !op)) {
            carry = true;
            stop = true;
            break;
          }
          if (mark_level(c) == mark_level(bottom.cp) &&
              ((op && !cl) || (!op && !cl && opener_char(c)))) {
            stop = true;
            break;
          }
        }
      }
    }
    for (size_t j = st.n - 1; j > 0; j--) {
      if (mark_level(st.v[j].cp) == LV_SINGLE)
        dead[st.v[j].q] = true;
      else if (!carry) {
        flag_unclosed(s, &st.v[j]);
        end_at_block(s, st.v[j].q, b);
      }
    }
    if (carry) {
      st.n = 1;
      continue;
    }
    end_at_block(s, bottom.q, b);
    if (cont) {
      reopen_from = bottom.q;
      reopen_cp = bottom.cp;
    } else if (mark_level(bottom.cp) == LV_SINGLE && symmetric(bottom.cp)) {
      dead[bottom.q] = true;
    } else {
      flag_unclosed(s, &bottom);
    }
    st.n = 0;
  }
  WC_VEC_FREE(st);
}

/* Drops dead records (single marks that turned out to be apostrophes). */
static void compact(scan *s, bool *dead) {
  wc_quotes *qs = s->qs;
  size_t *map = wc_xcalloc(qs->q.n + 1, sizeof *map);
  size_t n = 0;
  for (size_t i = 0; i < qs->q.n; i++)
    map[i] = dead[i] ? WC_QNONE : n++;
  for (size_t i = 0, k = 0; i < qs->q.n; i++) {
    if (dead[i])
      continue;
    wc_quote q = qs->q.v[i];
    size_t p = q.parent;
    while (p != WC_QNONE && dead[p])
      p = qs->q.v[p].parent;
    q.parent = p == WC_QNONE ? WC_QNONE : map[p];
    q.prev_part = q.prev_part == WC_QNONE ? WC_QNONE : map[q.prev_part];
    q.next_part = q.next_part == WC_QNONE ? WC_QNONE : map[q.next_part];
    qs->q.v[k++] = q;
  }
  qs->q.n = n;
  /* depth from parents */
  for (size_t i = 0; i < n; i++) {
    unsigned dep = 0;
    for (size_t p = qs->q.v[i].parent; p != WC_QNONE; p = qs->q.v[p].parent)
      dep++;
    qs->q.v[i].depth = dep;
  }
  free(map);
}

/* ------------------------------------------------------------------ */
/* house marks                                                          */

static int32_t first_cp(const char *z) {
  if (!z || !*z)
    return 0;
  int32_t cp;
  wc_utf8_decode(z, strlen(z), &cp);
  return cp;
}

/* Pairs each language writes natively besides the house's (facts of
 * name-facts.md §5a): they get a warning, foreign pairs an error. */
static bool native_pair(const char *lang, int32_t o, int32_t c) {
  if (strcmp(lang, "de") == 0)
    return (o == 0xBB && c == 0xAB) || (o == 0x203A && c == 0x2039) ||
           (o == 0xAB && c == 0xBB) || (o == 0x2039 && c == 0x203A) ||
           (o == 0x201E && c == 0x201C) || (o == 0x201A && c == 0x2018);
  if (strcmp(lang, "fr") == 0 || strcmp(lang, "es") == 0)
    return (o == 0xAB && c == 0xBB) || (o == 0x201C && c == 0x201D) ||
           (o == 0x2018 && c == 0x2019) || (o == 0x2039 && c == 0x203A);
  if (strcmp(lang, "uk") == 0 || strcmp(lang, "ru") == 0)
    return (o == 0xAB && c == 0xBB) || (o == 0x201E && c == 0x201C);
  return (o == 0x201C && c == 0x201D) || (o == 0x2018 && c == 0x2019);
}

static void house_marks(scan *s) {
  const char *o1 = NULL, *c1 = NULL, *o2 = NULL, *c2 = NULL;
  if (!wc_style_quote_marks(s->st, s->l->code, &o1, &c1, &o2, &c2)) {
    o1 = wc_lang_profile(s->l, "quote_open");
    c1 = wc_lang_profile(s->l, "quote_close");
    o2 = wc_lang_profile(s->l, "quote_open2");
    c2 = wc_lang_profile(s->l, "quote_close2");
  }
  int32_t ho1 = first_cp(o1), hc1 = first_cp(c1), ho2 = first_cp(o2),
          hc2 = first_cp(c2);
  if (!ho1)
    return;
  bool warned_straight = false;
  int32_t warned_o = 0, warned_c = 0;
  const wc_quotes *qs = s->qs;
  for (size_t i = 0; i < qs->q.n; i++) {
    const wc_quote *q = &qs->q.v[i];
    if (q->close_tok == WC_QNONE)
      continue;
    int32_t o = tok_cp(s, q->open_tok), c = tok_cp(s, q->close_tok);
    if (!closes(o, c))
      continue; /* already reported as mismatched */
    if ((o == ho1 && c == hc1) || (o == ho2 && c == hc2))
      continue;
    char want[32], got[32], a[8], b[8];
    put_cp(a, ho1);
    put_cp(b, hc1);
    snprintf(want, sizeof want, "%s\xE2\x80\xA6%s", a, b);
    put_cp(a, o);
    put_cp(b, c);
    snprintf(got, sizeof got, "%s\xE2\x80\xA6%s", a, b);
    if (symmetric(o)) {
      if (warned_straight)
        continue;
      warned_straight = true;
      size_t n = 0;
      for (size_t k = 0; k < qs->q.n; k++)
        if (qs->q.v[k].close_tok != WC_QNONE &&
            symmetric(tok_cp(s, qs->q.v[k].open_tok)))
          n++;
      mark_issue(s, q->start, q->end, WC_SEV_WARNING, NULL,
                 "straight quotation marks %s (%zu in this story); house "
                 "style for %s is %s",
                 got, n, s->l->code, want);
      continue;
    }
    if (native_pair(s->l->code, o, c)) {
      if (warned_o == o && warned_c == c)
        continue;
      warned_o = o;
      warned_c = c;
      mark_issue(s, q->start, q->end, WC_SEV_WARNING, NULL,
                 "%s is not the house quotation mark for %s; use %s", got,
                 s->l->code, want);
      continue;
    }
    if (q->depth > 0 && o == hc1)
      continue;
    mark_issue(s, q->start, q->end, WC_SEV_ERROR, NULL,
               "%s is not a quotation mark of %s; use %s", got, s->l->code,
               want);
  }
}

/* ------------------------------------------------------------------ */
/* people                                                               */

static bool is_breaker(const scan *s, size_t i) {
  return qword(s, "def", i) || qword(s, "det", i) || qword(s, "prep", i) ||
         qword(s, "link", i) || qword(s, "time", i) || qword(s, "skip", i) ||
         is_pronoun(s, i, NULL) || is_speech_verb(s, i);
}

/* A particle inside a name: von, van, de, al, bin ... */
static bool is_particle(const scan *s, size_t i) {
  return is_lower(s, i) && qword(s, "particle", i);
}

/* End of the run of name words starting at i (within [i, end)): capitalized
 * words, initials with their dot, inner particles. */
static size_t name_run(const scan *s, size_t i, size_t end) {
  size_t k = i;
  while (k < end) {
    size_t hl = 0;
    if (is_honorific(s, k, end, NULL, &hl) && hl == 2 && k + 2 < end &&
        is_cap(s, k + 2)) {
      k += 2; /* "Hr. Hosani", "M. Dupont" */
      continue;
    }
    if (is_cap(s, k) && (k == i || !is_breaker(s, k))) {
      if (k > i && TK(k)->space_before == 0 && !is_cap(s, k - 1))
        break;
      k++;
      if (k < end && dotted(s, k - 1, end) && wc_utf8_count(tstr(s, k - 1), tlen(s, k - 1)) == 1)
        k++; /* initial J. */
      continue;
    }
    if (k > i && is_particle(s, k) && k + 1 < end) {
      /* de Gaulle, von der Leyen: particles, then one last word */
      size_t j = k + 1;
      while (j < end && is_lower(s, j) &&
             (qword(s, "particle", j) || qword(s, "particle2", j)))
        j++;
      if (j < end && is_cap(s, j) && TK(j)->shape == WC_CASE_TITLE) {
        k = j + 1;
        break;
      }
    }
    break;
  }
  /* a trailing dot belongs to the sentence, not the name */
  while (k > i && TK(k - 1)->kind == WC_TOK_PUNCT)
    k--;
  return k;
}

static char *join_words(const scan *s, size_t a, size_t b) {
  if (a >= b)
    return wc_xstrdup("");
  size_t e = TK(b - 1)->end;
  if (is_word(s, b - 1))
    e = TK(b - 1)->start + strip_poss(tstr(s, b - 1), tlen(s, b - 1));
  return span_dup(s, TK(a)->start, e);
}

static char *key_of(const scan *s, size_t i) {
  const char *w = tstr(s, i);
  size_t n = strip_poss(w, tlen(s, i));
  /* al-Hosani -> hosani; l'actrice -> actrice */
  for (size_t k = 1; k < 4 && k < n; k++)
    if ((w[k] == '-' || w[k] == '\'') && k + 1 < n &&
        (!wc_cp_is_upper((unsigned char)w[0]) || w[k] == '\'')) {
      w += k + 1;
      n -= k + 1;
      break;
    }
  if (n > 4 && (w[0] == 'l' || w[0] == 'L' || w[0] == 'd' || w[0] == 'D') &&
      memcmp(w + 1, "\xE2\x80\x99", 3) == 0) {
    w += 4;
    n -= 4;
  }
  return wc_utf8_fold(w, n);
}

/* Same person by surname: equal keys, or in uk/ru/de the same stem with an
 * inflected ending (Зеленський / Зеленського, Merkels). */
static bool key_match(const scan *s, const char *a, const char *b) {
  if (strcmp(a, b) == 0)
    return true;
  size_t na = strlen(a), nb = strlen(b);
  if (!(s->cyr || s->de))
    return false;
  size_t ca = wc_utf8_count(a, na), cb = wc_utf8_count(b, nb);
  size_t mn = ca < cb ? ca : cb;
  if (mn < 4)
    return false;
  size_t want = mn - (s->cyr ? 2 : 1);
  if ((ca > cb ? ca - cb : cb - ca) > 3)
    return false;
  size_t i = 0, j = 0;
  for (size_t k = 0; k < want; k++) {
    int32_t x, y;
    i += wc_utf8_decode(a + i, na - i, &x);
    j += wc_utf8_decode(b + j, nb - j, &y);
    if (x != y)
      return false;
  }
  return true;
}


/* Prefix of key of n code points (new string) or NULL if shorter. */
static char *cp_prefix(const char *key, size_t n) {
  size_t len = strlen(key), i = 0, k = 0;
  while (k < n && i < len) {
    int32_t cp;
    i += wc_utf8_decode(key + i, len - i, &cp);
    k++;
  }
  return k == n ? wc_xstrndup(key, i) : NULL;
}

static size_t stem_drop(const scan *s) { return s->cyr ? 2 : 1; }

static size_t find_person(const scan *s, const char *key) {
  size_t kl = strlen(key);
  void *v = wc_map_get(s->pkey, key, kl);
  if (v)
    return (size_t)v - 1;
  if (s->cyr || s->de) {
    /* an inflected surname: Зеленського, Merkels */
    size_t cb = wc_utf8_count(key, kl), d = stem_drop(s);
    for (size_t L = cb > d + 3 ? cb - d - 3 : 0; L + d <= cb; L++) {
      if (L < 4)
        continue;
      char *pre = cp_prefix(key, L);
      if (!pre)
        continue;
      v = wc_map_get(s->pstem, pre, strlen(pre));
      free(pre);
      if (v && key_match(s, s->qs->people.v[(size_t)v - 1].key, key))
        return (size_t)v - 1;
    }
  }
  v = wc_map_get(s->pword, key, kl);
  if (v && kl > 3)
    return (size_t)v - 1;
  return WC_QNONE;
}

/* Adds person p to the indexes (descriptions are found by their role). */
static void index_person(scan *s, size_t p) {
  const wc_qperson *pp = &s->qs->people.v[p];
  if (pp->description)
    return;
  void *val = (void *)(p + 1);
  if (!wc_map_has(s->pkey, pp->key, strlen(pp->key)))
    wc_map_put(s->pkey, pp->key, strlen(pp->key), val);
  if (s->cyr || s->de) {
    size_t ca = wc_utf8_count(pp->key, strlen(pp->key)), d = stem_drop(s);
    for (size_t L = ca > d + 3 ? ca - d - 3 : 0; L + d <= ca; L++) {
      if (L < 4)
        continue;
      char *pre = cp_prefix(pp->key, L);
      if (pre && !wc_map_has(s->pstem, pre, strlen(pre)))
        wc_map_put(s->pstem, pre, strlen(pre), val);
      free(pre);
    }
  }
  char *f = wc_utf8_fold(pp->name, strlen(pp->name));
  for (char *q = f; *q;) {
    while (*q == ' ')
      q++;
    char *e = q;
    while (*e && *e != ' ')
      e++;
    if (e - q > 3 && !wc_map_has(s->pword, q, (size_t)(e - q)))
      wc_map_put(s->pword, q, (size_t)(e - q), val);
    q = e;
  }
  free(f);
}

/* Mentions are appended as found; wc_quotes_analyze sorts them last. */
static void add_mention(scan *s, size_t off, size_t p) {
  wc_qmention m = {off, p};
  WC_VEC_PUSH(s->qs->mentions, m);
}

/* Records a person named by tokens [a, b) (titles already stripped), title
 * tokens [ta, a).  Returns the person index. */
static size_t note_person(scan *s, size_t ta, size_t a, size_t b,
                          wc_gender g, bool evidence) {
  char *key = key_of(s, b - 1);
  size_t p = find_person(s, key);
  bool full = b - a >= 2;
  if (p == WC_QNONE) {
    if (!evidence && !full) {
      free(key);
      return WC_QNONE;
    }
    wc_qperson np;
    memset(&np, 0, sizeof np);
    np.name = join_words(s, a, b);
    np.key = key;
    np.title = ta < a ? join_words(s, ta, a) : NULL;
    np.start = TK(a)->start;
    np.end = TK(b - 1)->end;
    np.gender = g;
    np.full = full;
    np.full_at = TK(a)->start;
    WC_VEC_PUSH(s->qs->people, np);
    p = s->qs->people.n - 1;
    index_person(s, p);
  } else {
    free(key);
    wc_qperson *pp = &s->qs->people.v[p];
    if (pp->gender == WC_GENDER_UNKNOWN)
      pp->gender = g;
    if (full && !pp->full) {
      pp->full = true;
      pp->full_at = TK(a)->start;
      free(pp->name);
      pp->name = join_words(s, a, b);
      index_person(s, p);
    }
    if (!pp->title && ta < a)
      pp->title = join_words(s, ta, a);
  }
  add_mention(s, TK(a)->start, p);
  return p;
}

static size_t note_description(scan *s, size_t i, wc_gender g) {
  char *key = key_of(s, i);
  size_t p = WC_QNONE;
  for (size_t k = 0; k < s->qs->people.n; k++)
    if (s->qs->people.v[k].description &&
        strcmp(s->qs->people.v[k].key, key) == 0 &&
        s->qs->people.v[k].gender == g)
      p = k;
  if (p == WC_QNONE) {
    wc_qperson np;
    memset(&np, 0, sizeof np);
    np.name = join_words(s, i, i + 1);
    np.key = key;
    np.start = TK(i)->start;
    np.end = TK(i)->end;
    np.gender = g;
    np.description = true;
    WC_VEC_PUSH(s->qs->people, np);
    p = s->qs->people.n - 1;
  } else
    free(key);
  add_mention(s, TK(i)->start, p);
  return p;
}

/* The gender a gendered noun at i gives (with the French/Spanish article
 * before an epicene one: la porte-parole). */
static wc_gender noun_gender(const scan *s, size_t i, size_t lo,
                             bool *found) {
  bool f;
  wc_gender g = tok_list_gender(s, "gendered-nouns", i, &f);
  if (!f) {
    /* French elision: l'attachée */
    *found = false;
    return WC_GENDER_UNKNOWN;
  }
  if (g == WC_GENDER_UNKNOWN) {
    for (size_t k = i; k-- > lo && k + 4 > i;) {
      if (qword(s, "detf", k)) {
        g = WC_GENDER_FEMALE;
        break;
      }
      if (qword(s, "detm", k)) {
        g = WC_GENDER_MALE;
        break;
      }
      if (!is_word(s, k))
        break;
    }
  }
  *found = true;
  return g;
}

/* Style names, split into folded words. */
typedef struct sname {
  const wc_style_name *n;
  char **w;
  size_t nw;
} sname;

static void split_name(const char *z, char ***w_out, size_t *n_out) {
  char **w = NULL;
  size_t n = 0;
  const char *p = z;
  while (*p) {
    while (*p == ' ')
      p++;
    const char *q = p;
    while (*q && *q != ' ')
      q++;
    if (q > p) {
      w = wc_xrealloc(w, (n + 1) * sizeof *w);
      w[n++] = wc_utf8_fold(p, (size_t)(q - p));
    }
    p = q;
  }
  *w_out = w;
  *n_out = n;
}

static void style_people(scan *s) {
  size_t n = 0;
  const wc_style_name *names = wc_style_names(s->st, s->l->code, &n);
  if (!names || !n)
    return;
  WC_VEC(sname) forms = {0};
  for (size_t i = 0; i < n; i++) {
    if (names[i].type != WC_ENT_PERSON)
      continue;
    const char *all[1 + 64];
    size_t na = 0;
    all[na++] = names[i].canonical;
    for (size_t k = 0; k < names[i].nvariants && na < 64; k++)
      all[na++] = names[i].variants[k];
    for (size_t k = 0; k < names[i].nsource_forms && na < 64; k++)
      all[na++] = names[i].source_forms[k];
    for (size_t k = 0; k < na; k++) {
      if (!all[k])
        continue;
      sname f = {&names[i], NULL, 0};
      split_name(all[k], &f.w, &f.nw);
      if (f.nw >= 2)
        WC_VEC_PUSH(forms, f);
      else {
        for (size_t j = 0; j < f.nw; j++)
          free(f.w[j]);
        free(f.w);
      }
    }
  }
  const wc_doc *d = s->d;
  /* forms by their first word: next[k] chains forms with the same one */
  wc_map *byfirst = wc_map_new();
  size_t *next = wc_xcalloc(forms.n + 1, sizeof *next);
  for (size_t k = forms.n; k-- > 0;) {
    void *h = wc_map_get(byfirst, forms.v[k].w[0], strlen(forms.v[k].w[0]));
    next[k] = h ? (size_t)h - 1 : WC_QNONE;
    wc_map_put(byfirst, forms.v[k].w[0], strlen(forms.v[k].w[0]),
               (void *)(k + 1));
  }
  for (size_t i = 0; i < d->tokens.n && forms.n; i++) {
    if (!is_cap(s, i))
      continue;
    char *f0 = key_of(s, i);
    void *h0 = wc_map_get(byfirst, f0, strlen(f0));
    for (size_t k = h0 ? (size_t)h0 - 1 : WC_QNONE; k != WC_QNONE;
         k = next[k]) {
      size_t j = 1;
      for (; j < forms.v[k].nw && i + j < d->tokens.n; j++) {
        char *fj = key_of(s, i + j);
        bool eq = key_match(s, forms.v[k].w[j], fj);
        free(fj);
        if (!eq)
          break;
      }
      if (j == forms.v[k].nw) {
        /* the person, under the house's canonical name */
        const wc_style_name *sn = forms.v[k].n;
        char *key = key_of(s, i + j - 1);
        size_t p = find_person(s, key);
        if (p == WC_QNONE) {
          wc_qperson np;
          memset(&np, 0, sizeof np);
          np.name = wc_xstrdup(sn->canonical);
          np.key = key;
          np.start = TK(i)->start;
          np.end = TK(i + j - 1)->end;
          np.gender = sn->gender;
          np.full = true;
          np.full_at = TK(i)->start;
          if (sn->ntitles && sn->titles[0])
            np.title = wc_xstrdup(sn->titles[0]);
          WC_VEC_PUSH(s->qs->people, np);
          p = s->qs->people.n - 1;
          index_person(s, p);
        } else {
          free(key);
          if (s->qs->people.v[p].gender == WC_GENDER_UNKNOWN)
            s->qs->people.v[p].gender = sn->gender;
          if (!s->qs->people.v[p].full)
            s->qs->people.v[p].full_at = TK(i)->start;
          s->qs->people.v[p].full = true;
        }
        add_mention(s, TK(i)->start, p);
        break;
      }
    }
    free(f0);
  }
  wc_map_free(byfirst, NULL);
  free(next);
  for (size_t k = 0; k < forms.n; k++) {
    for (size_t j = 0; j < forms.v[k].nw; j++)
      free(forms.v[k].w[j]);
    free(forms.v[k].w);
  }
  WC_VEC_FREE(forms);
}

/* Gender of a style person whose surname matches key. */
static wc_gender style_gender(const scan *s, const char *key) {
  size_t n = 0;
  const wc_style_name *names = wc_style_names(s->st, s->l->code, &n);
  for (size_t i = 0; names && i < n; i++) {
    if (names[i].type != WC_ENT_PERSON || !names[i].canonical)
      continue;
    const char *sp = strrchr(names[i].canonical, ' ');
    const char *last = sp ? sp + 1 : names[i].canonical;
    char *f = wc_utf8_fold(last, strlen(last));
    bool eq = key_match(s, f, key);
    free(f);
    if (eq)
      return names[i].gender;
  }
  return WC_GENDER_UNKNOWN;
}

/* Gender told around a name [a, b): an apposition ", a NATO spokeswoman,",
 * a gendered title just before it, or (uk/ru) the verb's ending. */
static wc_gender context_gender(const scan *s, size_t a, size_t b,
                                size_t sf, size_t se) {
  bool f;
  if (b < se && is_punct_cp(s, b, ',')) {
    for (size_t k = b + 1; k < se && k < b + 8; k++) {
      if (!is_word(s, k))
        break;
      wc_gender g = noun_gender(s, k, b + 1, &f);
      if (f && g != WC_GENDER_UNKNOWN)
        return g;
    }
  }
  for (size_t k = a; k-- > sf && k + 4 > a;) {
    if (!is_word(s, k))
      break;
    wc_gender g = noun_gender(s, k, sf, &f);
    if (f && g != WC_GENDER_UNKNOWN)
      return g;
  }
  if (s->cyr) {
    if (b < se && is_speech_verb(s, b))
      return verb_gender(s, b);
    if (a > sf && is_speech_verb(s, a - 1))
      return verb_gender(s, a - 1);
  }
  return WC_GENDER_UNKNOWN;
}

static void find_people(scan *s) {
  const wc_doc *d = s->d;
  style_people(s);
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *sn = &d->sentences.v[si];
    size_t sf = sn->tok_first, se = sn->tok_end;
    for (size_t i = sf; i < se;) {
      if (s->topq[i] != WC_QNONE && TK(i)->kind != WC_TOK_QUOTE &&
          s->qs->q.v[s->topq[i]].nwords > 3) {
        /* people inside quoted speech are not the article's mentions */
        i++;
        continue;
      }
      wc_gender g = WC_GENDER_UNKNOWN;
      size_t hl = 0;
      if (is_honorific(s, i, se, &g, &hl) && i + hl < se &&
          is_cap(s, i + hl)) {
        size_t e = name_run(s, i + hl, se);
        if (e > i + hl) {
          wc_gender cg = context_gender(s, i + hl, e, sf, se);
          note_person(s, i, i + hl, e, g != WC_GENDER_UNKNOWN ? g : cg, true);
          i = e;
          continue;
        }
      }
      if (is_cap(s, i) && !is_breaker(s, i)) {
        size_t e = name_run(s, i, se);
        if (e > i) {
          /* strip titles: up to the last title word */
          size_t a = i;
          bool had_title = false;
          for (size_t k = i; k + 1 < e; k++)
            if (is_title_word(s, k)) {
              a = k + 1;
              had_title = true;
            }
          for (size_t k = a + 1; k + 1 < e; k++)
            if (is_given_name(s, k, NULL) && !is_given_name(s, a, NULL)) {
              a = k; /* "Bahnsprecherin Anna Keller" */
              had_title = true;
              break;
            }
          bool title_before = i > sf && is_title_word(s, i - 1);
          wc_gender gn = WC_GENDER_UNKNOWN;
          bool given = is_given_name(s, a, &gn) && e - a >= 2;
          char *key = key_of(s, e - 1);
          bool known = find_person(s, key) != WC_QNONE;
          wc_gender sg = style_gender(s, key);
          free(key);
          bool evidence = given || had_title || title_before || known;
          if (evidence && !(e - a == 1 && is_given_name(s, a, NULL) && !known)) {
            wc_gender cg = context_gender(s, a, e, sf, se);
            wc_gender gg = sg != WC_GENDER_UNKNOWN   ? sg
                           : gn != WC_GENDER_UNKNOWN ? gn
                                                     : cg;
            /* a lone capitalized word at the start of a sentence is a
             * reference only to someone already named */
            if (!(e - a == 1 && !known && a == sf))
              note_person(s, i, a, e, gg, evidence);
          }
          i = e;
          continue;
        }
      }
      bool f;
      if (is_word(s, i) && !qword(s, "skip", i)) {
        wc_gender ng = noun_gender(s, i, sf, &f);
        if (f && ng != WC_GENDER_UNKNOWN) {
          /* "a spokeswoman": a person known by role, unless a name sits
           * right beside it (then the name carries the gender) */
          bool beside = i + 1 < se && is_cap(s, i + 1) && !s->de;
          for (size_t k = i; !beside && k-- > sf && k + 4 > i;) {
            if (is_punct_cp(s, k, ',')) {
              beside = k > sf && is_cap(s, k - 1); /* "Jane Doe, a NATO
                                                      spokeswoman" */
              break;
            }
            if (!is_word(s, k))
              break;
          }
          if (!beside)
            note_description(s, i, ng);
        }
      }
      i++;
    }
  }

}

size_t wc_quotes_last_person(const wc_quotes *qs, size_t off, wc_gender g) {
  /* a named person first; one known only by role if no name fits */
  size_t best = WC_QNONE, role = WC_QNONE;
  for (size_t i = 0; i < qs->mentions.n; i++) {
    if (qs->mentions.v[i].off >= off)
      continue;
    const wc_qperson *p = &qs->people.v[qs->mentions.v[i].person];
    if (p->gender != g)
      continue;
    if (p->description)
      role = qs->mentions.v[i].person;
    else
      best = qs->mentions.v[i].person;
  }
  return best != WC_QNONE ? best : role;
}

/* ------------------------------------------------------------------ */
/* speakers                                                             */

typedef struct np_t {
  size_t t0, t1;     /* all the words of the speaker */
  size_t n0, n1;     /* name words (n0 == n1: none) */
  wc_spk_kind kind;
  wc_gender gender;
  bool definite, identifying;
  size_t head;
} np_t;

static bool elided_def(const scan *s, size_t i) {
  /* l'entraîneur, l’armée */
  if (!is_word(s, i) || !(s->fr))
    return false;
  const char *w = tstr(s, i);
  size_t n = tlen(s, i);
  return n > 2 && (w[0] == 'l' || w[0] == 'L') &&
         (w[1] == '\'' || (n > 4 && memcmp(w + 1, "\xE2\x80\x99", 3) == 0));
}

static bool is_det(const scan *s, size_t i) {
  return qword(s, "def", i) || qword(s, "det", i) || elided_def(s, i);
}

static bool is_org_word(const scan *s, size_t i) {
  if (!is_word(s, i))
    return false;
  if (qword(s, "org", i))
    return true;
  /* l'armée, l'AFP */
  return false;
}

/* Classifies the words [a, b) as a speaker. */
static bool classify_np(scan *s, size_t a, size_t b, np_t *np) {
  memset(np, 0, sizeof *np);
  np->head = WC_QNONE;
  while (a < b && (qword(s, "skip", a) || is_punct_cp(s, a, ',')))
    a++;
  while (b > a && (qword(s, "skip", b - 1) || is_punct_cp(s, b - 1, ',')))
    b--;
  if (a >= b)
    return false;
  np->t0 = a;
  np->t1 = b;
  wc_gender g = WC_GENDER_UNKNOWN;
  if (b - a == 1 && is_pronoun(s, a, &g)) {
    np->kind = WC_SPK_PRONOUN;
    np->gender = g;
    return true;
  }
  /* apposition: Name , description ,? */
  for (size_t k = a + 1; k < b; k++) {
    if (!is_punct_cp(s, k, ','))
      continue;
    size_t e = name_run(s, a, k);
    if (e == k && is_cap(s, a)) {
      np_t d2;
      bool desc = classify_np(s, k + 1, b, &d2);
      size_t ta = a;
      for (size_t j = a; j + 1 < k; j++)
        if (is_title_word(s, j))
          ta = j + 1;
      np->n0 = ta;
      np->n1 = k;
      np->kind = WC_SPK_PERSON;
      np->gender = desc ? d2.gender : WC_GENDER_UNKNOWN;
      return true;
    }
    break;
  }
  /* a name: the last run of capitalized words, not after an article (in
   * German, nouns are capitalized too) */
  size_t rs = WC_QNONE, re = WC_QNONE;
  for (size_t k = a; k < b;) {
    if (is_cap(s, k) && (k == a || !is_breaker(s, k))) {
      size_t e = name_run(s, k, b);
      if (e > k) {
        rs = k;
        re = e;
        k = e;
        continue;
      }
    }
    k++;
  }
  bool det_first = is_det(s, a);
  np->definite = qword(s, "def", a) || elided_def(s, a);
  for (size_t k = a; k < b; k++) {
    if (is_poss(s, k) || (TK(k)->shape == WC_CASE_UPPER && k > a) ||
        (TK(k)->shape == WC_CASE_UPPER && !det_first))
      np->identifying = true;
    if (k > a && qword(s, "prep", k) && k + 1 < b)
      np->identifying = true;
    if (!s->de && k > a && is_cap(s, k))
      np->identifying = true;
    if (s->de && k > a && k + 1 < b && is_cap(s, k) && is_cap(s, k + 1))
      np->identifying = true; /* "der Deutschen Bahn" */
  }
  wc_gender gn = WC_GENDER_UNKNOWN;
  if (rs != WC_QNONE && re == b) {
    /* strip titles and honorifics at the front of the run */
    size_t n0 = rs;
    for (size_t k = rs; k + 1 < re; k++)
      if (is_title_word(s, k))
        n0 = k + 1;
    /* "НАТО Єнс Столтенберг", "России Сергей Рябков": the name starts at
     * a given name, or after an acronym */
    for (size_t k = n0 + 1; k + 1 < re; k++)
      if (is_given_name(s, k, NULL)) {
        n0 = k;
        break;
      }
    while (n0 + 2 < re && TK(n0)->shape == WC_CASE_UPPER &&
           TK(n0 + 1)->shape == WC_CASE_TITLE)
      n0++;
    size_t hl = 0;
    wc_gender hg = WC_GENDER_UNKNOWN;
    if (is_honorific(s, n0, re, &hg, &hl) && n0 + hl < re) {
      n0 += hl;
      gn = hg;
    }
    bool after_det = rs > a && is_det(s, rs - 1);
    bool after_prep = rs > a && qword(s, "prep", rs - 1);
    char *k1 = key_of(s, re - 1);
    bool known1 = find_person(s, k1) != WC_QNONE;
    free(k1);
    if (s->de && after_det && re - n0 == 1 && !is_given_name(s, n0, NULL)) {
      /* "der Sprecher": a German noun, not a name */
    } else if (det_first && re - n0 == 1 && !known1 && rs > a) {
      /* "die Zeitung Mail on Sunday": a description naming its owner */
      np->identifying = true;
    } else if (after_prep) {
      /* "the head of Interpol": a description with its owner */
    } else {
      bool upper = true;
      bool org = false;
      for (size_t k = n0; k < re; k++) {
        if (TK(k)->shape != WC_CASE_UPPER)
          upper = false;
        if (is_org_word(s, k))
          org = true;
      }
      np->n0 = n0;
      np->n1 = re;
      np->kind = (upper || org) ? WC_SPK_ORG : WC_SPK_PERSON;
      if (np->kind == WC_SPK_PERSON) {
        wc_gender g2;
        if (gn == WC_GENDER_UNKNOWN && is_given_name(s, n0, &g2) && re - n0 >= 2)
          gn = g2;
        bool f;
        for (size_t k = a; k < n0 && gn == WC_GENDER_UNKNOWN; k++) {
          wc_gender g3 = noun_gender(s, k, a, &f);
          if (f)
            gn = g3;
        }
      }
      np->gender = gn;
      return true;
    }
  }
  /* a description: "the message", "a NATO spokeswoman", "der Sprecher" */
  np->kind = WC_SPK_DESCRIPTION;
  size_t head = WC_QNONE;
  for (size_t k = a; k < b; k++) {
    if (!is_word(s, k))
      continue;
    if (k > a && qword(s, "prep", k))
      break;
    if (is_det(s, k) && !elided_def(s, k))
      continue;
    head = k;
    if (s->fr || s->es)
      break; /* "la patronal agraria": the noun comes first */
  }
  if (head == WC_QNONE)
    return false;
  np->head = head;
  bool f;
  wc_gender g4 = noun_gender(s, head, a, &f);
  if (f)
    np->gender = g4;
  for (size_t k = a; k < b && np->gender == WC_GENDER_UNKNOWN; k++) {
    g4 = noun_gender(s, k, a, &f);
    if (f)
      np->gender = g4;
  }
  if (is_org_word(s, head))
    np->kind = WC_SPK_DESCRIPTION;
  return true;
}

/* The subject ending right before token v (exclusive), not before lo. */
static bool np_before(scan *s, size_t lo, size_t v, np_t *np) {
  size_t e = v;
  while (e > lo && (qword(s, "skip", e - 1)))
    e--;
  if (e <= lo)
    return false;
  wc_gender g;
  if (is_pronoun(s, e - 1, &g))
    return classify_np(s, e - 1, e, np);
  size_t a = e;
  int commas = 0;
  size_t comma1 = WC_QNONE, comma0 = WC_QNONE;
  size_t limit = e > lo + 10 ? e - 10 : lo;
  while (a > limit) {
    size_t k = a - 1;
    if (s->topq[k] != WC_QNONE && TK(k)->kind != WC_TOK_WORD)
      break;
    if (TK(k)->kind == WC_TOK_QUOTE || s->topq[k] != WC_QNONE)
      break;
    if (is_punct_cp(s, k, ',')) {
      /* an apposition: ", a NATO spokeswoman," */
      if (commas == 0 && k + 1 == e) {
        commas++;
        comma0 = k;
        a = k;
        continue;
      }
      if (commas == 1) {
        commas++;
        comma1 = k;
        a = k;
        continue;
      }
      break;
    }
    if (TK(k)->kind == WC_TOK_PUNCT) {
      if (tok_is(s, k, ".") && k > lo && dotted(s, k - 1, e))
        { a = k; continue; }
      if (tok_is(s, k, ")") && k + 1 == a && commas == 0) {
        /* "Karl Lauterbach (SPD) a promis": step over the brackets */
        size_t m = k;
        while (m > lo && m + 8 > k && !tok_is(s, m, "("))
          m--;
        if (tok_is(s, m, "(") && m > lo && is_word(s, m - 1)) {
          e = m;
          a = m;
          continue;
        }
      }
      break;
    }
    if (TK(k)->kind != WC_TOK_WORD)
      break;
    if (qword(s, "link", k) || is_speech_verb(s, k))
      break;
    if (is_pronoun(s, k, NULL))
      break;
    a = k;
    if (is_poss(s, k) && k > lo && is_det(s, k - 1)) {
      a = k - 1; /* "the SBU's security department" */
      break;
    }
    if (is_det(s, k) && k > lo &&
        (qword(s, "prep", k - 1) ||
         (s->de && is_punct_cp(s, k - 1, ',') && commas == 0)))
      return false; /* "unter der Woche", a relative "…, die mir sagt" */
    if (is_det(s, k) || is_poss(s, k))
      break;
    if (qword(s, "prep", k) && k + 1 < e && is_cap(s, k + 1) &&
        (k == lo || TK(k)->shape != WC_CASE_LOWER)) {
      a = k + 1; /* "On Friday Stoltenberg": drop the opener */
      break;
    }
  }
  if (commas == 1) {
    /* "Name, a NATO spokeswoman, said": the apposition ends at the comma
     * before the verb; the name stands before the comma opening it */
    size_t c1 = a;
    while (c1 > lo && c1 + 14 > a && !is_punct_cp(s, c1 - 1, ',') &&
           !is_terminal(s, c1 - 1) && TK(c1 - 1)->kind != WC_TOK_QUOTE &&
           s->topq[c1 - 1] == WC_QNONE)
      c1--;
    if (c1 > lo + 1 && is_punct_cp(s, c1 - 1, ',') && c1 + 14 > a) {
      /* "Le ministre des Transports, Clément Beaune, a déclaré": the name
       * is the apposition */
      size_t tc = e;
      while (tc > c1 && !is_punct_cp(s, tc - 1, ','))
        tc--;
      if (tc > c1 + 1 && is_cap(s, c1) && name_run(s, c1, tc - 1) == tc - 1) {
        np_t nn;
        if (classify_np(s, c1, tc - 1, &nn) && nn.kind == WC_SPK_PERSON) {
          *np = nn;
          return true;
        }
      }
      size_t n = c1 - 1;
      while (n > lo && is_cap(s, n - 1) && s->topq[n - 1] == WC_QNONE)
        n--;
      if (n < c1 - 1 && name_run(s, n, c1 - 1) == c1 - 1)
        return classify_np(s, n, e, np);
    }
    return false; /* "…, estime Bossong": the subject follows the verb */
  }
  if (commas == 2) {
    /* "Le ministre, Clément Beaune, a déclaré": the name between */
    if (is_cap(s, comma1 + 1) && name_run(s, comma1 + 1, comma0) == comma0) {
      np_t nn;
      if (classify_np(s, comma1 + 1, comma0, &nn) &&
          nn.kind == WC_SPK_PERSON) {
        *np = nn;
        return true;
      }
    }
    /* Name , desc , : the name must stand before the first comma */
    size_t c1 = comma1;
    size_t n = c1;
    while (n > limit && is_word(s, n - 1) && !qword(s, "link", n - 1) &&
           !is_det(s, n - 1) && !qword(s, "prep", n - 1) &&
           s->topq[n - 1] == WC_QNONE)
      n--;
    size_t r = n < c1 ? name_run(s, n, c1) : n;
    while (n < c1 && r != c1) {
      n++;
      r = name_run(s, n, c1);
    }
    if (n < c1 && r == c1)
      return classify_np(s, n, e, np);
    a = c1 + 1;
  }
  /* a sentence-opening adverb is no subject ("Dazu sagte Müller") */
  if (a + 1 == e && qword(s, "skip", a))
    return false;
  /* trim leading lowercase words before a name run ("and EU foreign policy
   * chief Josep Borrell" keeps the title) */
  return classify_np(s, a, e, np);
}

/* The subject right after token v (inverted: said X, sagte X). */
static bool np_after(scan *s, size_t v, size_t hi, np_t *np) {
  size_t k = v;
  while (k < hi && qword(s, "skip", k) && !is_det(s, k))
    k++;
  if (k >= hi)
    return false;
  wc_gender g;
  if (is_pronoun(s, k, &g))
    return classify_np(s, k, k + 1, np);
  size_t a = k, e = k;
  bool det = false, cap_seen = false;
  while (e < hi && e < a + 10) {
    if (TK(e)->kind == WC_TOK_PUNCT) {
      if (tok_is(s, e, ".") && e > a && dotted(s, e - 1, hi) &&
          wc_utf8_count(tstr(s, e - 1), tlen(s, e - 1)) <= 3 && e + 1 < hi &&
          is_cap(s, e + 1)) {
        e++;
        continue;
      }
      break;
    }
    if (TK(e)->kind != WC_TOK_WORD || s->topq[e] != WC_QNONE)
      break;
    if (e == a && is_det(s, e)) {
      det = true;
      e++;
      continue;
    }
    if (is_cap(s, e)) {
      if (s->de && det && !cap_seen && !is_given_name(s, e, NULL) &&
          !is_title_word(s, e)) {
        cap_seen = true; /* der Sprecher */
        e++;
        continue;
      }
      size_t r = name_run(s, e, hi);
      if (r > e) {
        e = r;
        cap_seen = true;
        /* a name ends the speaker unless an article-led complement follows */
        break;
      }
    }
    if (cap_seen && !qword(s, "prep", e) && !is_det(s, e) && !det)
      break;
    if (qword(s, "prep", e) && !det && !cap_seen)
      break;
    if (qword(s, "link", e) || is_speech_verb(s, e) || qword(s, "time", e))
      break;
    if (s->en && qword(s, "prep", e) && !det)
      break;
    e++;
  }
  if (e <= a)
    return false;
  /* an English "said in a statement": no subject after the verb */
  if (qword(s, "prep", a))
    return false;
  /* a trailing preposition */
  while (e > a && (qword(s, "prep", e - 1) || is_det(s, e - 1)))
    e--;
  if (e <= a)
    return false;
  if (!det && !cap_seen && s->en)
    return false; /* "said reporters" -- no */
  return classify_np(s, a, e, np);
}

/* A French "a-t-il", "déclare-t-elle", "a-t-il déclaré": the pronoun and
 * whether the token (or the next) is a speech verb. */
static bool fr_inverted(scan *s, size_t i, size_t hi, wc_gender *g,
                        size_t *verb_out) {
  if (!s->fr || !is_word(s, i))
    return false;
  const char *w = tstr(s, i);
  size_t n = tlen(s, i);
  const char *dash = NULL;
  for (size_t k = n; k-- > 0;)
    if (w[k] == '-') {
      dash = w + k;
      break;
    }
  if (!dash)
    return false;
  size_t pl = (size_t)(w + n - dash - 1);
  bool f;
  wc_gender pg = list_gender(s, "pronouns", dash + 1, pl, &f);
  if (!f)
    return false;
  const char *base_end = dash;
  if (base_end - w >= 2 && base_end[-1] == 't' && base_end[-2] == '-')
    base_end -= 2;
  size_t bl = (size_t)(base_end - w);
  *g = pg;
  if (bl && wc_lang_has(s->l, "speech-verbs", w, bl)) {
    *verb_out = i;
    return true;
  }
  if (i + 1 < hi && is_speech_verb(s, i + 1)) {
    *verb_out = i + 1;
    return true;
  }
  return false;
}

/* Is token i the start of an attribution preposition ("according to",
 * "selon", "за словами")?  Returns its length in tokens. */
static size_t attrib_prep(scan *s, size_t i, size_t hi) {
  const wc_wordlist *wl = wc_lang_list(s->l, "attribution-preps");
  if (!wl->items.n || !is_word(s, i))
    return 0;
  for (size_t n = wl->max_words; n >= 1; n--) {
    if (i + n > hi)
      continue;
    bool words = true;
    for (size_t k = i; k < i + n; k++)
      if (!is_word(s, k))
        words = false;
    if (!words)
      continue;
    size_t a = TK(i)->start, b = TK(i + n - 1)->end;
    if (wc_lang_has(s->l, "attribution-preps", s->d->text + a, b - a))
      return n;
  }
  return 0;
}

/* Where the source after "according to" ends: at a comma or colon, or at
 * the first lower-case word after a capitalized one that is not an article
 * or preposition ("Laut der Deutschen Bahn | fallen"). */
static size_t prep_np_end(const scan *s, size_t a, size_t hi) {
  bool cap = false;
  size_t k = a;
  for (; k < hi; k++) {
    if (is_punct_cp(s, k, ',') || is_punct_cp(s, k, ':') ||
        is_terminal(s, k) || TK(k)->kind == WC_TOK_QUOTE ||
        s->topq[k] != WC_QNONE)
      break;
    if (is_cap(s, k))
      cap = true;
    else if (cap && is_lower(s, k) && !is_det(s, k) &&
             !qword(s, "prep", k) && !qword(s, "particle", k))
      break;
  }
  return k;
}

/* A postposition: "dem Ministerium zufolge". */
static bool attrib_post(scan *s, size_t i) {
  return qword(s, "post", i);
}

static void set_speaker(scan *s, wc_quote *q, const np_t *np, wc_qhow how,
                        size_t verb) {
  q->how = how;
  q->kind = np->kind;
  q->sp_start = TK(np->t0)->start;
  q->sp_end = TK(np->t1 - 1)->end;
  q->verb_tok = verb;
  q->gender = np->gender;
  q->definite = np->definite;
  q->identifying = np->identifying;
  q->head_tok = np->head;
  q->verb_gender = verb != WC_QNONE ? verb_gender(s, verb) : WC_GENDER_UNKNOWN;
  if (s->cyr && verb != WC_QNONE && q->gender == WC_GENDER_UNKNOWN &&
      (np->kind == WC_SPK_PRONOUN || np->kind == WC_SPK_DESCRIPTION))
    q->gender = verb_gender(s, verb);
  if (np->n1 > np->n0) {
    q->sp_start = TK(np->n0)->start;
    q->sp_end = TK(np->n1 - 1)->end;
    size_t e = np->n1;
    if (is_word(s, e - 1))
      q->sp_end = TK(e - 1)->start + strip_poss(tstr(s, e - 1), tlen(s, e - 1));
  }
}

/* The token range of the quote's sentence context: from the block's first
 * token to its last. */
static void blk_range(const scan *s, size_t ti, size_t *lo, size_t *hi) {
  size_t b = block_of(s, ti);
  *lo = s->blk_tf[b];
  *hi = s->blk_te[b];
}

/* After the closing mark: “…,” X said / said X / according to X. */
static bool try_after(scan *s, wc_quote *q) {
  if (q->close_tok == WC_QNONE)
    return false;
  size_t lo, hi;
  blk_range(s, q->close_tok, &lo, &hi);
  size_t k = q->close_tok + 1;
  size_t skipped = 0;
  while (k < hi && skipped < 2 &&
         (is_punct_cp(s, k, ',') || is_dash_tok(s, k) ||
          (TK(k)->kind == WC_TOK_QUOTE && s->topq[k] == WC_QNONE &&
           !TK(k)->space_before))) {
    k++;
    skipped++;
  }
  /* the sentence-ending dot before the attribution: “…. “said X (seed) */
  if (k >= hi || s->topq[k] != WC_QNONE)
    return false;
  np_t np;
  wc_gender pg;
  size_t verb;
  if (fr_inverted(s, k, hi, &pg, &verb)) {
    memset(&np, 0, sizeof np);
    np.t0 = k;
    np.t1 = k + 1;
    np.n0 = np.n1 = 0;
    np.kind = WC_SPK_PRONOUN;
    np.gender = pg;
    np.head = WC_QNONE;
    set_speaker(s, q, &np, WC_QHOW_INVERTED, verb);
    q->sp_start = TK(k)->start;
    q->sp_end = TK(k)->end;
    return true;
  }
  /* end of the attribution clause */
  size_t end = k;
  if (hi > k + 80)
    hi = k + 80;
  while (end < hi && !is_terminal(s, end) && TK(end)->kind != WC_TOK_QUOTE &&
         !is_punct_cp(s, end, ':') && !is_punct_cp(s, end, ';') &&
         !is_punct_cp(s, end, '(') && s->topq[end] == WC_QNONE)
    end++;
  size_t pn = attrib_prep(s, k, end);
  if (pn) {
    size_t e2 = k + pn;
    size_t stop = prep_np_end(s, e2, end);
    if (classify_np(s, e2, stop, &np)) {
      set_speaker(s, q, &np, WC_QHOW_ACCORDING, k);
      return true;
    }
    return false;
  }
  /* French perfect: "a déclaré X" -- the auxiliary first */
  size_t v = WC_QNONE;
  if (is_speech_verb(s, k))
    v = k;
  else if (k + 1 < end && qword(s, "aux", k) && is_speech_verb(s, k + 1))
    v = k + 1;
  else if (s->de && qword(s, "so", k))
    v = k;
  if (v != WC_QNONE) {
    if (np_after(s, v + 1, end, &np)) {
      set_speaker(s, q, &np, WC_QHOW_INVERTED, v);
      return true;
    }
    /* a subjectless verb: "— заявила.", "dijo." */
    if (!s->en && !s->de) {
      memset(&np, 0, sizeof np);
      np.t0 = v;
      np.t1 = v + 1;
      np.kind = WC_SPK_PRONOUN;
      np.gender = verb_gender(s, v);
      np.head = WC_QNONE;
      set_speaker(s, q, &np, WC_QHOW_IMPLICIT, v);
      return true;
    }
    if (s->en && k == v) {
      /* "said in a statement" with the subject before the quote?  no */
    }
  }
  /* “…,” X said: the verb a few words on */
  for (size_t j = k + 1; j < end && j < k + 12; j++) {
    if (is_speech_verb(s, j) ||
        (j + 1 < end && qword(s, "aux", j) && is_speech_verb(s, j + 1))) {
      size_t vv = is_speech_verb(s, j) ? j : j + 1;
      if (np_before(s, k, j, &np) && np.t0 == k) {
        set_speaker(s, q, &np, WC_QHOW_AFTER, vv);
        return true;
      }
      if (np_before(s, k, j, &np) && np.t0 > k) {
        /* only joining words before the subject: ", wie das Amt mitteilte" */
        bool joins = true;
        for (size_t m = k; m < np.t0; m++)
          if (!is_punct_cp(s, m, ',') && !qword(s, "skip", m) &&
              !qword(s, "link", m))
            joins = false;
        if (joins) {
          set_speaker(s, q, &np, WC_QHOW_AFTER, vv);
          return true;
        }
      }
      break;
    }
    if (attrib_post(s, j) && j > k) {
      if (classify_np(s, k, j, &np)) {
        set_speaker(s, q, &np, WC_QHOW_ACCORDING, j);
        return true;
      }
      break;
    }
  }
  return false;
}

/* Before the opening mark: X said: “…” / According to X, “…” / X said it
 * was “…”. lo bounds the search (the sentence start). */
static bool try_before(scan *s, wc_quote *q, bool colon_only) {
  size_t o = q->open_tok;
  const wc_sentence *sn = &s->d->sentences.v[TK(o)->sentence];
  size_t lo = sn->tok_first;
  if (o == lo)
    return false;
  bool colon = o > lo && is_punct_cp(s, o - 1, ':');
  if (colon_only && !colon)
    return false;
  np_t np;
  if (o > lo + 80)
    lo = o - 80; /* a speaker stands near its quote */
  for (size_t j = o; j-- > lo;) {
    if (s->topq[j] != WC_QNONE)
      continue; /* inside another quote */
    if (is_terminal(s, j))
      break;
    size_t pn = attrib_prep(s, j, o);
    if (pn) {
      size_t stop = prep_np_end(s, j + pn, o);
      if (classify_np(s, j + pn, stop, &np)) {
        set_speaker(s, q, &np, WC_QHOW_ACCORDING, j);
        return true;
      }
      continue;
    }
    if (attrib_post(s, j) && j > lo) {
      size_t a = j;
      while (a > lo && is_word(s, a - 1) && a + 6 > j)
        a--;
      if (classify_np(s, a, j, &np)) {
        set_speaker(s, q, &np, WC_QHOW_ACCORDING, j);
        return true;
      }
    }
    if (!is_speech_verb(s, j))
      continue;
    wc_qhow how = colon ? WC_QHOW_COLON : WC_QHOW_BEFORE;
    size_t v = j;
    size_t before_end = j;
    if (j > lo && qword(s, "aux", j - 1))
      before_end = j - 1;
    bool ok_before = np_before(s, lo, before_end, &np);
    bool weak = ok_before && np.kind == WC_SPK_PERSON &&
                np.t1 - np.t0 == 1 && np.t0 == lo &&
                qword(s, "skip", np.t0);
    if (ok_before && !weak) {
      set_speaker(s, q, &np, how, v);
      return true;
    }
    /* inverted before the quote: "Dazu sagte Müller: „…“" */
    size_t stop = j + 1;
    while (stop < o && !is_punct_cp(s, stop, ':') && !is_punct_cp(s, stop, ','))
      stop++;
    if (np_after(s, j + 1, stop, &np) && np.t1 == stop) {
      set_speaker(s, q, &np, how, v);
      return true;
    }
    wc_gender fg;
    size_t fv;
    if (fr_inverted(s, j, o, &fg, &fv)) {
      memset(&np, 0, sizeof np);
      np.t0 = j;
      np.t1 = j + 1;
      np.kind = WC_SPK_PRONOUN;
      np.gender = fg;
      np.head = WC_QNONE;
      set_speaker(s, q, &np, how, fv);
      return true;
    }
    return false;
  }
  return false;
}

/* A sentence without quotes that says who speaks: the paragraph before,
 * ending in a colon, or a neighbour with "X said". */
static bool speaker_in_sentence(scan *s, size_t si, np_t *np, size_t *verb,
                                bool *colon) {
  const wc_sentence *sn = &s->d->sentences.v[si];
  *colon = sn->tok_end > sn->tok_first &&
           is_punct_cp(s, sn->tok_end - 1, ':');
  if (sn->tok_end - sn->tok_first > 200)
    return false; /* not a sentence an attribution stands in */
  for (size_t j = sn->tok_first; j < sn->tok_end; j++) {
    if (s->topq[j] != WC_QNONE) {
      if (s->qs->q.v[s->topq[j]].nwords > 3)
        return false;
      continue;
    }
  }
  for (size_t j = sn->tok_first; j < sn->tok_end; j++) {
    if (s->topq[j] != WC_QNONE)
      continue;
    size_t pn = attrib_prep(s, j, sn->tok_end);
    if (pn) {
      size_t stop = prep_np_end(s, j + pn, sn->tok_end);
      if (classify_np(s, j + pn, stop, np)) {
        *verb = j;
        return true;
      }
    }
    if (!is_speech_verb(s, j))
      continue;
    size_t be = j;
    if (j > sn->tok_first && qword(s, "aux", j - 1))
      be = j - 1;
    if (np_before(s, sn->tok_first, be, np) &&
        np->kind != WC_SPK_DESCRIPTION) {
      *verb = j;
      return true;
    }
    if (np_before(s, sn->tok_first, be, np) && np->definite) {
      *verb = j;
      return true;
    }
    if (be > sn->tok_first && is_punct_cp(s, be - 1, ',')) {
      /* an incise: "…, estime Bossong." */
      size_t stop = j + 1;
      while (stop < sn->tok_end && !is_punct_cp(s, stop, ',') &&
             !is_terminal(s, stop) && !is_punct_cp(s, stop, ':'))
        stop++;
      if (np_after(s, j + 1, stop, np)) {
        *verb = j;
        return true;
      }
    }
    return false;
  }
  return false;
}

static bool is_title_quote(scan *s, const wc_quote *q) {
  size_t o = q->open_tok;
  const wc_sentence *sn = &s->d->sentences.v[q->sentence];
  /* "the album “…”", "le titre : « … »", "so-called “…”" */
  if (o > sn->tok_first && qword(s, "cue", o - 1))
    return true;
  for (size_t k = o > sn->tok_first ? o - 1 : o; k-- > sn->tok_first &&
                                                 k + 4 > o;) {
    if (is_speech_verb(s, k + 1) || is_pronoun(s, k + 1, NULL) ||
        (TK(k + 1)->kind != WC_TOK_WORD && !is_punct_cp(s, k + 1, ':')))
      break;
    if (qword(s, "cue", k))
      return true; /* "son album à succès « … »", "le titre : « … »" */
  }
  if (q->close_tok != WC_QNONE && q->close_tok + 1 < s->d->tokens.n &&
      TK(q->close_tok + 1)->sentence == q->sentence &&
      qword(s, "cue", q->close_tok + 1))
    return true;
  /* every word capitalized, a handful of them: « The Hollywood Reporter » */
  size_t words = 0, caps = 0;
  for (size_t k = o + 1; k < s->d->tokens.n && TK(k)->start < q->cend; k++) {
    if (!is_word(s, k))
      continue;
    words++;
    if (is_cap(s, k) || qword(s, "det", k) || qword(s, "def", k) ||
        qword(s, "prep", k) || qword(s, "link", k))
      caps++;
  }
  return words >= 1 && words <= 6 && caps == words &&
         o > sn->tok_first && is_cap(s, o + 1) && !is_pronoun(s, o + 1, NULL);
}

static void resolve(scan *s, wc_quote *q) {
  if (q->kind == WC_SPK_NONE)
    return;
  if (q->kind == WC_SPK_PRONOUN) {
    if (q->gender == WC_GENDER_MALE || q->gender == WC_GENDER_FEMALE) {
      size_t p = wc_quotes_last_person(s->qs, q->sp_start, q->gender);
      if (p == WC_QNONE)
        p = wc_quotes_last_person(s->qs, q->sp_start, WC_GENDER_UNKNOWN);
      q->person = p;
    }
    return;
  }
  if (q->kind == WC_SPK_PERSON) {
    /* the name's last word */
    size_t lt = WC_QNONE, lo = 0, hi = s->d->tokens.n;
    while (lo < hi) { /* the token ending the speaker's words */
      size_t mid = lo + (hi - lo) / 2;
      if (TK(mid)->end < q->sp_end)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < s->d->tokens.n && TK(lo)->start < q->sp_end)
      lt = lo;
    if (lt == WC_QNONE)
      return;
    char *key = key_of(s, lt);
    q->person = find_person(s, key);
    free(key);
    if (q->person == WC_QNONE) {
      /* a multi-word name as speaker: a person of its own */
      size_t ft = lt;
      while (ft > 0 && TK(ft - 1)->start >= q->sp_start)
        ft--;
      if (lt > ft || q->gender != WC_GENDER_UNKNOWN)
        q->person = note_person(s, ft, ft, lt + 1, q->gender, true);
    }
    if (q->person != WC_QNONE) {
      wc_qperson *p = &s->qs->people.v[q->person];
      if (p->gender == WC_GENDER_UNKNOWN && q->gender != WC_GENDER_UNKNOWN)
        p->gender = q->gender;
      if (q->gender == WC_GENDER_UNKNOWN)
        q->gender = p->gender;
    }
    /* a lone surname: introduced in full before? */
    bool lone = TK(lt)->start <= q->sp_start;
    char *lk = key_of(s, lt);
    void *fo = wc_map_get(s->first, lk, strlen(lk));
    if (fo && (size_t)fo - 1 < lt && TK((size_t)fo - 1)->end <= q->sp_start)
      lone = false; /* named before: if anywhere, the question is there */
    if (lone && TK(lt)->shape != WC_CASE_UPPER && !dictionary_knows(s, lt)) {
      const wc_qperson *p =
          q->person != WC_QNONE ? &s->qs->people.v[q->person] : NULL;
      if (!p || !p->full || p->full_at > q->sp_start) {
        /* (lk: the surname, folded) */
        q->unintroduced = true;
        /* "Ugur Sahin" earlier, with a given name no list knows */
        void *ac = wc_map_get(s->after_cap, lk, strlen(lk));
        if (ac && (size_t)ac - 1 < lt)
          q->unintroduced = false;
      }
    }
    free(lk);
    return;
  }
  if (q->kind == WC_SPK_DESCRIPTION && q->definite && !q->identifying &&
      q->head_tok != WC_QNONE && !is_org_word(s, q->head_tok)) {
    /* an institution ("the port authority") names itself; a thing ("the
     * message", "the leaflet") must have been introduced */
    char *h = key_of(s, q->head_tok);
    bool seen = false;
    /* a word sharing its stem earlier: message / messages (same_stem),
     * or in German a compound ending in it: Verkehrsminister */
    size_t hl = strlen(h), hc = wc_utf8_count(h, hl);
    size_t want = hc > 1 ? hc - 1 : hc;
    if (want > 7)
      want = 7;
    void *v = NULL;
    if (want < 4)
      v = wc_map_get(s->first, h, hl);
    else {
      char *pre = cp_prefix(h, want);
      if (pre)
        v = wc_map_get(s->prefix, pre, strlen(pre));
      free(pre);
    }
    if (v && TK((size_t)v - 1)->end <= q->sp_start)
      seen = true;
    if (!seen && s->de && hl >= 5) {
      v = wc_map_get(s->suffix, h, hl);
      seen = v && TK((size_t)v - 1)->end <= q->sp_start;
    }
    bool role = false;
    if (!seen && !is_title_word(s, q->head_tok))
      tok_list_gender(s, "gendered-nouns", q->head_tok, &role);
    else if (!seen)
      role = true;
    if (role) {
      /* "the minister", "l'actrice": a role, said of someone named */
      seen = s->qs->mentions.n && s->qs->mentions.v[0].off < q->sp_start;
      for (size_t k = 0; !seen && k < s->qs->people.n; k++)
        seen = s->qs->people.v[k].start < q->sp_start;
      /* or any two capitalized words in a row: a name no list knows */
      if (!seen && s->first_pair &&
          TK(s->first_pair - 1)->end <= q->sp_start)
        seen = true;
    }
    free(h);
    q->unintroduced = !seen;
  }
  if (q->kind == WC_SPK_DESCRIPTION && q->head_tok != WC_QNONE &&
      q->gender != WC_GENDER_UNKNOWN) {
    char *key = key_of(s, q->head_tok);
    for (size_t i = 0; i < s->qs->people.n; i++)
      if (s->qs->people.v[i].description &&
          strcmp(s->qs->people.v[i].key, key) == 0)
        q->person = i;
    free(key);
  }
}

static void copy_attr(wc_quote *dst, const wc_quote *src) {
  dst->unintroduced = src->unintroduced;
  dst->how = src->how;
  dst->kind = src->kind;
  dst->sp_start = src->sp_start;
  dst->sp_end = src->sp_end;
  dst->verb_tok = src->verb_tok;
  dst->gender = src->gender;
  dst->person = src->person;
  dst->definite = src->definite;
  dst->identifying = src->identifying;
  dst->head_tok = src->head_tok;
  dst->verb_gender = src->verb_gender;
}

/* The source a colon introduces when no speech verb does: "Le livre se
 * termine sur la phrase suivante : « … »", "C'est John Patrick qui s'en
 * est chargé : « … »".  A name in the clause, else its opening noun
 * phrase, else its pronoun. */
static bool colon_source(scan *s, size_t sf, size_t colon, np_t *np) {
  if (colon > sf + 80)
    return false;
  for (size_t k = sf; k < colon; k++) {
    if (s->topq[k] != WC_QNONE || !is_cap(s, k) || is_breaker(s, k))
      continue;
    size_t e = name_run(s, k, colon);
    if (e <= k)
      continue;
    wc_gender g;
    char *key = key_of(s, e - 1);
    bool known = find_person(s, key) != WC_QNONE;
    free(key);
    if ((e - k >= 2 && (is_given_name(s, k, &g) || known)) ||
        (known && k > sf))
      return classify_np(s, k, e, np);
    k = e - 1;
  }
  if (is_pronoun(s, sf, NULL))
    return classify_np(s, sf, sf + 1, np);
  if (is_det(s, sf) && sf + 1 < colon && is_word(s, sf + 1)) {
    size_t e = sf + 2;
    if (e < colon && !s->de && is_lower(s, e) && !qword(s, "prep", e) &&
        !is_speech_verb(s, e) && !qword(s, "skip", e) && !qword(s, "link", e))
      e++; /* "la ministre française" */
    return classify_np(s, sf, e, np);
  }
  return false;
}

/* The person a sentence is about, for a partial quote in it with no
 * speech verb: "Anne Hidalgo hält … ab, um „…“". */
static bool sentence_person(scan *s, size_t sf, size_t o, np_t *np) {
  if (o > sf + 80)
    sf = o - 80;
  for (size_t k = sf; k < o; k++) {
    if (s->topq[k] != WC_QNONE || !is_cap(s, k) || is_breaker(s, k))
      continue;
    size_t e = name_run(s, k, o);
    if (e <= k)
      continue;
    size_t a = k;
    for (size_t j = k; j + 1 < e; j++)
      if (is_title_word(s, j))
        a = j + 1;
    char *key = key_of(s, e - 1);
    bool known = find_person(s, key) != WC_QNONE;
    free(key);
    if (known)
      return classify_np(s, a, e, np);
    k = e - 1;
  }
  return false;
}

static void attribute(scan *s) {
  wc_quotes *qs = s->qs;
  size_t prev_head = WC_QNONE;
  for (size_t i = 0; i < qs->q.n; i++) {
    wc_quote *q = &qs->q.v[i];
    if (q->depth > 0 || q->prev_part != WC_QNONE)
      continue;
    size_t last = i;
    while (qs->q.v[last].next_part != WC_QNONE)
      last = qs->q.v[last].next_part;
    wc_quote *ql = &qs->q.v[last];
    size_t words = wc_quotes_chain_words(qs, i);
    const wc_sentence *sn = &s->d->sentences.v[q->sentence];
    size_t first = sn->tok_first;
    while (first < q->open_tok && (is_dash_tok(s, first)))
      first++;
    bool embedded = q->open_tok > first;
    q->title = is_title_quote(s, q);
    q->scare = words <= 3 && embedded && !q->title;
    for (size_t k = q->open_tok; k-- > sn->tok_first;) {
      if (tok_is(s, k, ")"))
        break;
      if (tok_is(s, k, "(")) {
        q->aside = true; /* "(for example, « … »)" */
        break;
      }
    }
    wc_quote tmp = *q;
    bool found = false;
    if (q->title || q->aside) {
      /* a title in quotes has no speaker */
    } else if (embedded) {
      found = try_before(s, &tmp, false);
      if (!found) {
        tmp = *ql;
        found = try_after(s, &tmp);
      }
    } else {
      tmp = *ql;
      found = try_after(s, &tmp);
      if (!found) {
        tmp = *q;
        found = try_before(s, &tmp, false);
      }
    }
    bool colon_intro = q->open_tok > sn->tok_first &&
                       is_punct_cp(s, q->open_tok - 1, ':');
    if (!found && colon_intro && !q->title && !q->aside) {
      np_t np;
      if (colon_source(s, sn->tok_first, q->open_tok - 1, &np)) {
        set_speaker(s, &tmp, &np, WC_QHOW_COLON, WC_QNONE);
        found = true;
      } else
        q->aside = true; /* shown text: "Auf der Website steht: „…“" */
    }
    if (!found && !q->title && !q->scare && !q->aside) {
      /* follow-on: the previous quote's speaker, if nobody else was named
       * between */
      if (prev_head != WC_QNONE) {
        size_t pl = prev_head;
        while (qs->q.v[pl].next_part != WC_QNONE)
          pl = qs->q.v[pl].next_part;
        const wc_quote *pq = &qs->q.v[pl];
        if (pq->kind != WC_SPK_NONE && pq->block + 2 >= q->block) {
          bool other = false;
          for (size_t m = 0; m < qs->mentions.n; m++) {
            const wc_qmention *mm = &qs->mentions.v[m];
            if (mm->off > pq->end && mm->off < q->start &&
                mm->person != pq->person &&
                !qs->people.v[mm->person].description)
              other = true;
          }
          if (!other) {
            copy_attr(&tmp, pq);
            tmp.how = WC_QHOW_FOLLOW_ON;
            tmp.from_quote = prev_head;
            found = true;
          }
        }
      }
    }
    if (!found && !q->title && !q->scare && !q->aside) {
      /* a neighbouring sentence: the one before (a colon introduction or
       * "X said ...") or the one after */
      np_t np;
      size_t verb;
      bool colon;
      size_t si = q->sentence;
      size_t back = WC_QNONE;
      for (size_t k = 1; k <= 3 && k <= si && back == WC_QNONE; k++) {
        const wc_sentence *ps = &s->d->sentences.v[si - k];
        if (ps->block + 2 < q->block)
          break;
        if (speaker_in_sentence(s, si - k, &np, &verb, &colon) &&
            (k == 1 || np.kind == WC_SPK_PERSON))
          back = k;
      }
      if (back != WC_QNONE) {
        set_speaker(s, &tmp, &np,
                    colon && back == 1 ? WC_QHOW_COLON : WC_QHOW_NEIGHBOUR,
                    verb);
        found = true;
      } else {
        size_t ls = ql->close_tok != WC_QNONE ? TK(ql->close_tok)->sentence
                                              : ql->sentence;
        if (ls + 1 < s->d->sentences.n &&
            s->d->sentences.v[ls + 1].block <= ql->block + 1 &&
            speaker_in_sentence(s, ls + 1, &np, &verb, &colon) &&
            np.kind != WC_SPK_PRONOUN) {
          set_speaker(s, &tmp, &np, WC_QHOW_NEIGHBOUR, verb);
          found = true;
        } else if (si > 0 && !colon_intro) {
          const wc_sentence *ps = &s->d->sentences.v[si - 1];
          if (ps->tok_end > ps->tok_first &&
              is_punct_cp(s, ps->tok_end - 1, ':') &&
              ps->block + 1 >= q->block) {
            /* the paragraph before ends with a colon */
            if (colon_source(s, ps->tok_first, ps->tok_end - 1, &np)) {
              set_speaker(s, &tmp, &np, WC_QHOW_COLON, WC_QNONE);
              found = true;
            } else
              q->aside = true;
          }
        }
      }
    }
    if (!found && embedded && !q->title && !q->aside) {
      np_t np;
      if (sentence_person(s, sn->tok_first, q->open_tok, &np)) {
        set_speaker(s, &tmp, &np, WC_QHOW_SENTENCE, WC_QNONE);
        found = true;
      }
    }
    if (found && tmp.how == WC_QHOW_IMPLICIT &&
        tmp.gender == WC_GENDER_UNKNOWN && prev_head != WC_QNONE &&
        qs->q.v[prev_head].person != WC_QNONE &&
        qs->q.v[prev_head].block + 2 >= q->block) {
      /* "«…», añadió.": the verb has no gender; the last speaker goes on */
      tmp.person = qs->q.v[prev_head].person;
      tmp.gender = qs->people.v[tmp.person].gender;
      tmp.kind = WC_SPK_PERSON;
      tmp.from_quote = prev_head;
    }
    if (found) {
      if (tmp.how != WC_QHOW_FOLLOW_ON && tmp.how != WC_QHOW_IMPLICIT)
        resolve(s, &tmp);
      else if (tmp.how == WC_QHOW_IMPLICIT && tmp.person == WC_QNONE)
        resolve(s, &tmp);
      for (size_t p = i; p != WC_QNONE; p = qs->q.v[p].next_part) {
        copy_attr(&qs->q.v[p], &tmp);
        qs->q.v[p].from_quote = tmp.from_quote;
      }
    }
    if (!q->title && !q->scare && !q->aside)
      prev_head = i;
  }
  /* a quote with no speaker followed, in the same sentence, by one that
   * has one: „…“, die „…“, betonte der Minister */
  for (size_t i = qs->q.n; i-- > 0;) {
    wc_quote *q = &qs->q.v[i];
    if (q->depth > 0 || q->prev_part != WC_QNONE || q->kind != WC_SPK_NONE ||
        q->title || q->aside)
      continue;
    size_t last = i;
    while (qs->q.v[last].next_part != WC_QNONE)
      last = qs->q.v[last].next_part;
    size_t sent = qs->q.v[last].close_tok != WC_QNONE
                      ? TK(qs->q.v[last].close_tok)->sentence
                      : qs->q.v[last].sentence;
    for (size_t j = last + 1; j < qs->q.n; j++) {
      const wc_quote *r = &qs->q.v[j];
      if (r->depth > 0)
        continue;
      if (r->sentence != sent)
        break;
      if (r->kind != WC_SPK_NONE && r->how != WC_QHOW_FOLLOW_ON) {
        for (size_t p = i; p != WC_QNONE; p = qs->q.v[p].next_part) {
          copy_attr(&qs->q.v[p], r);
          qs->q.v[p].how = WC_QHOW_FOLLOW_ON;
          qs->q.v[p].from_quote = j;
        }
        break;
      }
    }
  }
}

/* ------------------------------------------------------------------ */

size_t wc_quotes_head(const wc_quotes *qs, size_t i) {
  while (qs->q.v[i].prev_part != WC_QNONE)
    i = qs->q.v[i].prev_part;
  return i;
}

size_t wc_quotes_chain_words(const wc_quotes *qs, size_t head) {
  size_t n = 0;
  for (size_t p = head; p != WC_QNONE; p = qs->q.v[p].next_part)
    n += qs->q.v[p].nwords;
  return n;
}

static int mention_cmp(const void *a, const void *b) {
  const wc_qmention *x = a, *y = b;
  if (x->off != y->off)
    return x->off < y->off ? -1 : 1;
  return x->person < y->person ? -1 : x->person > y->person;
}

static void put_first(wc_map *m, const char *k, size_t n, size_t i) {
  if (!wc_map_has(m, k, n))
    wc_map_put(m, k, n, (void *)(i + 1));
}

/* Where each word (and its stems) first stands, for "was it introduced?"
 * questions answered in constant time. */
static void build_word_index(scan *s) {
  s->first = wc_map_new();
  s->after_cap = wc_map_new();
  s->prefix = wc_map_new();
  s->suffix = wc_map_new();
  for (size_t i = 0; i < s->d->tokens.n; i++) {
    if (!is_word(s, i))
      continue;
    char *k = key_of(s, i);
    size_t kl = strlen(k);
    put_first(s->first, k, kl, i);
    if (i > 0 && is_cap(s, i) && is_cap(s, i - 1) && TK(i)->space_before &&
        !is_breaker(s, i - 1) && TK(i)->sentence == TK(i - 1)->sentence) {
      put_first(s->after_cap, k, kl, i);
      if (!s->first_pair && TK(i)->shape == WC_CASE_TITLE &&
          TK(i - 1)->shape == WC_CASE_TITLE && !is_breaker(s, i))
        s->first_pair = i;
    }
    for (size_t n = 4; n <= 7; n++) {
      char *pre = cp_prefix(k, n);
      if (!pre)
        break;
      put_first(s->prefix, pre, strlen(pre), i);
      free(pre);
    }
    if (s->de)
      for (size_t p = 1; p + 5 <= kl; p++)
        if (((unsigned char)k[p] & 0xC0) != 0x80)
          put_first(s->suffix, k + p, kl - p, i);
    free(k);
  }
}

void wc_quotes_analyze(const wc_doc *d, wc_lang *l, const wc_style *st,
                       wc_quotes *out) {
  memset(out, 0, sizeof *out);
  scan sc = {0};
  scan *s = &sc;
  s->d = d;
  s->l = l;
  s->st = st;
  s->qs = out;
  s->cyr = strcmp(l->code, "uk") == 0 || strcmp(l->code, "ru") == 0;
  s->de = strcmp(l->code, "de") == 0;
  s->fr = strcmp(l->code, "fr") == 0;
  s->es = strcmp(l->code, "es") == 0;
  s->en = strcmp(l->code, "en") == 0;
  s->pkey = wc_map_new();
  s->pword = wc_map_new();
  s->pstem = wc_map_new();
  size_t nb = d->blocks.n;
  s->blk_tf = wc_xcalloc(nb + 1, sizeof(size_t));
  s->blk_te = wc_xcalloc(nb + 1, sizeof(size_t));
  for (size_t b = 0; b < nb; b++)
    s->blk_tf[b] = s->blk_te[b] = WC_QNONE;
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *sn = &d->sentences.v[si];
    if (s->blk_tf[sn->block] == WC_QNONE)
      s->blk_tf[sn->block] = sn->tok_first;
    s->blk_te[sn->block] = sn->tok_end;
  }
  for (size_t b = 0; b < nb; b++)
    if (s->blk_tf[b] == WC_QNONE)
      s->blk_tf[b] = s->blk_te[b] = 0;
  bool *dead = wc_xcalloc(d->tokens.n + 1, sizeof(bool));
  extract(s, dead);
  compact(s, dead);
  free(dead);
  s->topq = wc_xmalloc((d->tokens.n + 1) * sizeof(size_t));
  for (size_t i = 0; i < d->tokens.n; i++)
    s->topq[i] = WC_QNONE;
  for (size_t i = 0; i < out->q.n; i++) {
    wc_quote *q = &out->q.v[i];
    size_t e = q->close_tok != WC_QNONE ? q->close_tok + 1 : q->open_tok + 1;
    if (q->close_tok == WC_QNONE)
      while (e < d->tokens.n && d->tokens.v[e].start < q->end)
        e++;
    for (size_t k = q->open_tok; k < e; k++)
      if (q->depth == 0)
        s->topq[k] = i;
    for (size_t k = q->open_tok + 1; k < e; k++)
      if ((d->tokens.v[k].kind == WC_TOK_WORD ||
           d->tokens.v[k].kind == WC_TOK_NUMBER) &&
          d->tokens.v[k].start < q->cend)
        q->nwords++;
  }
  house_marks(s);
  build_word_index(s);
  find_people(s);
  attribute(s);
  /* mentions in document order */
  if (out->mentions.n > 1)
    qsort(out->mentions.v, out->mentions.n, sizeof *out->mentions.v,
          mention_cmp);
  free(s->topq);
  free(s->blk_tf);
  free(s->blk_te);
  wc_map_free(s->pkey, NULL);
  wc_map_free(s->pword, NULL);
  wc_map_free(s->pstem, NULL);
  wc_map_free(s->first, NULL);
  wc_map_free(s->after_cap, NULL);
  wc_map_free(s->prefix, NULL);
  wc_map_free(s->suffix, NULL);
}

void wc_quotes_cleanup(wc_quotes *qs) {
  if (!qs)
    return;
  for (size_t i = 0; i < qs->people.n; i++) {
    free(qs->people.v[i].name);
    free(qs->people.v[i].key);
    free(qs->people.v[i].title);
  }
  for (size_t i = 0; i < qs->marks.n; i++) {
    free(qs->marks.v[i].msg);
    free(qs->marks.v[i].sugg);
  }
  WC_VEC_FREE(qs->q);
  WC_VEC_FREE(qs->people);
  WC_VEC_FREE(qs->mentions);
  WC_VEC_FREE(qs->marks);
}

char *wc_quotes_speaker(const wc_doc *d, const wc_quotes *qs,
                        const wc_quote *q) {
  if (q->kind == WC_SPK_NONE)
    return wc_xstrdup("");
  if (q->person != WC_QNONE && !qs->people.v[q->person].description &&
      q->kind != WC_SPK_DESCRIPTION)
    return wc_xstrdup(qs->people.v[q->person].name);
  return wc_xstrndup(d->text + q->sp_start, q->sp_end - q->sp_start);
}

const char *wc_qhow_name(wc_qhow h) {
  switch (h) {
  case WC_QHOW_NONE: return "none";
  case WC_QHOW_AFTER: return "after";
  case WC_QHOW_INVERTED: return "inverted";
  case WC_QHOW_BEFORE: return "before";
  case WC_QHOW_COLON: return "colon";
  case WC_QHOW_ACCORDING: return "according-to";
  case WC_QHOW_FOLLOW_ON: return "follow-on";
  case WC_QHOW_NEIGHBOUR: return "neighbour";
  case WC_QHOW_IMPLICIT: return "verb-only";
  case WC_QHOW_SENTENCE: return "sentence";
  }
  return "none";
}

const char *wc_spk_kind_name(wc_spk_kind k) {
  switch (k) {
  case WC_SPK_NONE: return "none";
  case WC_SPK_PERSON: return "person";
  case WC_SPK_PRONOUN: return "pronoun";
  case WC_SPK_ORG: return "organization";
  case WC_SPK_DESCRIPTION: return "description";
  }
  return "none";
}

const char *wc_gender_name(wc_gender g) {
  switch (g) {
  case WC_GENDER_MALE: return "male";
  case WC_GENDER_FEMALE: return "female";
  case WC_GENDER_UNKNOWN: return "unknown";
  }
  return "unknown";
}

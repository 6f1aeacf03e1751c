/* textmatch.c -- see textmatch.h. */
#include "textmatch.h"

#include <stdlib.h>
#include <string.h>

void wc_tm_init(wc_tm *tm, const wc_doc *d) {
  tm->doc = d;
  tm->n = d->tokens.n;
  tm->fold = wc_xcalloc(tm->n ? tm->n : 1, sizeof(char *));
  for (size_t i = 0; i < tm->n; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->kind == WC_TOK_WORD || t->kind == WC_TOK_NUMBER ||
        t->kind == WC_TOK_PUNCT)
      tm->fold[i] = wc_style_fold(d->text + t->start, t->end - t->start);
  }
}

void wc_tm_cleanup(wc_tm *tm) {
  for (size_t i = 0; i < tm->n; i++)
    free(tm->fold[i]);
  free(tm->fold);
  tm->fold = NULL;
  tm->n = 0;
}

const char *const *wc_tm_suffixes(const char *lang) {
  static const char *const en[] = {"'s", "'", NULL};
  static const char *const de[] = {"s", "'", "er", NULL};
  static const char *const none[] = {NULL};
  if (lang && strcmp(lang, "en") == 0)
    return en;
  if (lang && strcmp(lang, "de") == 0)
    return de;
  return none;
}

static int32_t norm_cp(int32_t cp) {
  if (cp == 0x2019 || cp == 0x2BC || cp == 0x2018)
    return '\'';
  return wc_cp_lower(cp);
}

/* Start of the code point before byte i of s. */
static size_t back1(const char *s, size_t i) {
  if (i == 0)
    return 0;
  i--;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  return i;
}

size_t wc_tm_suffix_len(const char *s, size_t n, const char *const *suffixes,
                        size_t min_keep) {
  size_t best = 0;
  for (size_t k = 0; suffixes && suffixes[k]; k++) {
    const char *suf = suffixes[k];
    size_t sn = strlen(suf);
    size_t i = n, j = sn;
    bool ok = true;
    while (j > 0 && ok) {
      if (i == 0) {
        ok = false;
        break;
      }
      size_t pi = back1(s, i), pj = back1(suf, j);
      int32_t a, b;
      wc_utf8_decode(s + pi, i - pi, &a);
      wc_utf8_decode(suf + pj, j - pj, &b);
      if (norm_cp(a) != b)
        ok = false;
      i = pi;
      j = pj;
    }
    if (ok && i >= min_keep && n - i > best)
      best = n - i;
  }
  return best;
}

size_t wc_tm_phrase_at(const wc_tm *tm, size_t ti, const wc_style_phrase *p,
                       const char *const *suffixes, size_t *end_out) {
  const wc_doc *d = tm->doc;
  if (p->nwords == 0 || ti + p->nwords > tm->n)
    return 0;
  /* most calls fail on the first letter: check it before the loop */
  if (!tm->fold[ti] || tm->fold[ti][0] != p->words[0][0])
    return 0;
  uint32_t sent = d->tokens.v[ti].sentence;
  for (size_t k = 0; k < p->nwords; k++) {
    size_t t = ti + k;
    const wc_token *tok = &d->tokens.v[t];
    if (!tm->fold[t] || tok->sentence != sent)
      return 0;
    /* words are apart (punctuation may cling: "Odessa , Texas") */
    if (k > 0 && !tok->space_before && tok->kind != WC_TOK_PUNCT &&
        d->tokens.v[t - 1].kind != WC_TOK_PUNCT)
      return 0;
    const char *f = tm->fold[t];
    if (strcmp(f, p->words[k]) == 0)
      continue;
    if (k + 1 == p->nwords && suffixes) {
      size_t fl = strlen(f), wl = strlen(p->words[k]);
      size_t sl = wc_tm_suffix_len(f, fl, suffixes, 1);
      if (sl && fl - sl == wl && memcmp(f, p->words[k], wl) == 0)
        continue;
    }
    return 0;
  }
  if (end_out)
    *end_out = d->tokens.v[ti + p->nwords - 1].end;
  return p->nwords;
}

bool wc_tm_capitalized(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    if (cp >= 0 && wc_cp_is_letter(cp))
      return wc_cp_is_upper(cp);
  }
  return false;
}

bool wc_tm_all_caps(const char *s, size_t n) {
  size_t letters = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    if (cp >= 0 && wc_cp_is_letter(cp)) {
      if (wc_cp_is_lower(cp))
        return false;
      letters++;
    }
  }
  return letters >= 2;
}

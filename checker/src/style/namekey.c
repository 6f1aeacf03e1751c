/* namekey.c -- see namekey.h. */
#include "namekey.h"

#include <stdlib.h>
#include <string.h>

#include "../core/translit.h"

static void put_simple(wc_buf *b, int32_t cp) {
  switch (cp) {
  case 0xF8: wc_buf_putc(b, 'o'); return;  /* ø */
  case 0xE6: wc_buf_puts(b, "ae"); return; /* æ */
  case 0x153: wc_buf_puts(b, "oe"); return; /* œ */
  case 0x142: wc_buf_putc(b, 'l'); return; /* ł */
  case 0x111: wc_buf_putc(b, 'd'); return; /* đ */
  case 0x131: wc_buf_putc(b, 'i'); return; /* dotless i */
  case 0xDF: wc_buf_puts(b, "ss"); return; /* ß */
  default: wc_buf_put_cp(b, cp);
  }
}

static char *make_key(const char *s, size_t n, const char *lang,
                      bool consonants);

char *wc_namekey(const char *s, size_t n, const char *lang) {
  return make_key(s, n, lang, true);
}

char *wc_namekey_light(const char *s, size_t n, const char *lang) {
  return make_key(s, n, lang, false);
}

static char *make_key(const char *s, size_t n, const char *lang,
                      bool consonants) {
  char *roman = NULL;
  if (wc_translit_has_cyrillic(s, n)) {
    wc_translit_system fb = (lang && strcmp(lang, "uk") == 0)
                                ? WC_TRANSLIT_UK
                                : WC_TRANSLIT_RU;
    roman = wc_translit(wc_translit_guess(s, n, fb), s, n);
    s = roman;
    n = strlen(roman);
  }
  char *f = wc_utf8_fold_strip(s, n);
  free(roman);
  /* letters only, with the few letters NFKD does not decompose simplified */
  wc_buf l;
  wc_buf_init(&l);
  size_t fn = strlen(f);
  for (size_t i = 0; i < fn;) {
    int32_t cp;
    size_t k = wc_utf8_decode(f + i, fn - i, &cp);
    if (cp >= 0 && wc_cp_is_letter(cp))
      put_simple(&l, cp);
    else if (cp == '-' || cp == 0x2010 || cp == 0x2011)
      wc_buf_putc(&l, '-'); /* Paris-Wien is not Parisien */
    i += k;
  }
  free(f);
  const char *t = l.data ? l.data : "";
  size_t tn = l.len;
  /* transliteration folds */
  wc_buf m;
  wc_buf_init(&m);
  for (size_t i = 0; i < tn;) {
    char c = t[i];
    if (!consonants) {
      wc_buf_putc(&m, (c == 'j' || c == 'y') ? 'i' : c);
      i++;
      continue;
    }
    if (c == 's' && i + 2 < tn && t[i + 1] == 'c' && t[i + 2] == 'h') {
      wc_buf_puts(&m, "sh");
      i += 3;
      continue;
    }
    if (c == 'p' && i + 1 < tn && t[i + 1] == 'h') {
      wc_buf_putc(&m, 'f');
      i += 2;
      continue;
    }
    switch (c) {
    case 'c': case 'q': wc_buf_putc(&m, 'k'); break;
    case 'x': wc_buf_puts(&m, "ks"); break;
    case 'j': case 'y': wc_buf_putc(&m, 'i'); break;
    case 'w': wc_buf_putc(&m, 'v'); break;
    default: wc_buf_putc(&m, c);
    }
    i++;
  }
  wc_buf_cleanup(&l);
  /* doubled letters collapse */
  wc_buf out;
  wc_buf_init(&out);
  const char *u = m.data ? m.data : "";
  for (size_t i = 0; i < m.len; i++)
    if (i == 0 || u[i] != u[i - 1] || (unsigned char)u[i] >= 0x80)
      wc_buf_putc(&out, u[i]);
  wc_buf_cleanup(&m);
  return wc_buf_steal(&out);
}

static size_t decode_key(const char *s, int32_t *out, size_t max) {
  size_t n = strlen(s), k = 0;
  for (size_t i = 0; i < n && k < max;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    out[k++] = cp;
  }
  return k;
}

bool wc_namekey_similar(const char *a, const char *b) {
  int32_t A[80], B[80];
  size_t na = decode_key(a, A, 80), nb = decode_key(b, B, 80);
  if (na == nb && memcmp(A, B, na * sizeof *A) == 0)
    return na >= 5;
  if (na < 6 || nb < 6)
    return false;
  if (na + 1 < nb || nb + 1 < na)
    return false;
  /* common prefix and suffix; one edit means what is left between them is
   * at most one letter on each side */
  size_t p = 0;
  while (p < na && p < nb && A[p] == B[p])
    p++;
  size_t s = 0;
  while (s < na - p && s < nb - p && A[na - 1 - s] == B[nb - 1 - s])
    s++;
  size_t ra = na - p - s, rb = nb - p - s;
  if (ra > 1 || rb > 1)
    return false;
  /* nor the first letter: Kranke/Franke, Watson/Matson */
  if (p < 1)
    return false;
  /* the edit sits at p; it must leave the last two letters alone */
  if (s < 2)
    return false;
  return true;
}

/* translit.c -- Ukrainian (national system of 2010) and Russian (BGN/PCGN)
 * romanization.  Tables from KMU Resolution No. 55 of 27 January 2010 and
 * the BGN/PCGN 1947 system for Russian.
 *
 * Ukrainian: each letter is rendered on its own; є ї й ю я have a separate
 * form at the start of a word (ye yi y yu ya, else ie i i iu ia); зг is
 * written zgh to keep it apart from ж = zh; the soft sign and the
 * apostrophe are not rendered.
 *
 * Russian: е and ё are ye/yë at the start of a word and after a vowel,
 * й, ъ or ь, else e/ë; ъ is ” and ь is ’.  The optional middle dot of
 * BGN/PCGN is not written. */
#include "translit.h"

#include <stdlib.h>
#include <string.h>

#include "wirecheck.h"

static bool is_cyr_letter(int32_t cp) {
  return (cp >= 0x400 && cp <= 0x45F) || cp == 0x490 || cp == 0x491;
}

/* Lower-case Cyrillic letter -> Latin, for letters with one rendering. */
static const char *uk_plain(int32_t c) {
  switch (c) {
  case 0x430: return "a";    /* а */
  case 0x431: return "b";    /* б */
  case 0x432: return "v";    /* в */
  case 0x433: return "h";    /* г */
  case 0x491: return "g";    /* ґ */
  case 0x434: return "d";    /* д */
  case 0x435: return "e";    /* е */
  case 0x436: return "zh";   /* ж */
  case 0x437: return "z";    /* з */
  case 0x438: return "y";    /* и */
  case 0x456: return "i";    /* і */
  case 0x43A: return "k";    /* к */
  case 0x43B: return "l";    /* л */
  case 0x43C: return "m";    /* м */
  case 0x43D: return "n";    /* н */
  case 0x43E: return "o";    /* о */
  case 0x43F: return "p";    /* п */
  case 0x440: return "r";    /* р */
  case 0x441: return "s";    /* с */
  case 0x442: return "t";    /* т */
  case 0x443: return "u";    /* у */
  case 0x444: return "f";    /* ф */
  case 0x445: return "kh";   /* х */
  case 0x446: return "ts";   /* ц */
  case 0x447: return "ch";   /* ч */
  case 0x448: return "sh";   /* ш */
  case 0x449: return "shch"; /* щ */
  case 0x44C: return "";     /* ь */
  /* letters of Russian met in Ukrainian text: a best effort */
  case 0x44B: return "y";    /* ы */
  case 0x44D: return "e";    /* э */
  case 0x44A: return "";     /* ъ */
  case 0x451: return "io";   /* ё */
  default: return NULL;
  }
}

static const char *ru_plain(int32_t c) {
  switch (c) {
  case 0x430: return "a";
  case 0x431: return "b";
  case 0x432: return "v";
  case 0x433: return "g";
  case 0x434: return "d";
  case 0x436: return "zh";
  case 0x437: return "z";
  case 0x438: return "i";
  case 0x439: return "y";    /* й */
  case 0x43A: return "k";
  case 0x43B: return "l";
  case 0x43C: return "m";
  case 0x43D: return "n";
  case 0x43E: return "o";
  case 0x43F: return "p";
  case 0x440: return "r";
  case 0x441: return "s";
  case 0x442: return "t";
  case 0x443: return "u";
  case 0x444: return "f";
  case 0x445: return "kh";
  case 0x446: return "ts";
  case 0x447: return "ch";
  case 0x448: return "sh";
  case 0x449: return "shch";
  case 0x44A: return "\xE2\x80\x9D"; /* ъ -> ” */
  case 0x44B: return "y";            /* ы */
  case 0x44C: return "\xE2\x80\x99"; /* ь -> ’ */
  case 0x44D: return "e";            /* э */
  case 0x44E: return "yu";           /* ю */
  case 0x44F: return "ya";           /* я */
  /* Ukrainian letters met in Russian text: a best effort */
  case 0x456: return "i";
  case 0x457: return "yi";
  case 0x454: return "ye";
  case 0x491: return "g";
  default: return NULL;
  }
}

static bool ru_soft_before(int32_t c) {
  /* vowels, й, ъ, ь: е/ё after them is ye/yë */
  switch (c) {
  case 0x430: case 0x435: case 0x451: case 0x438: case 0x43E: case 0x443:
  case 0x44B: case 0x44D: case 0x44E: case 0x44F: case 0x439: case 0x44A:
  case 0x44C:
    return true;
  default:
    return false;
  }
}

typedef struct cpv {
  int32_t *cp;
  size_t *off, *len;
  size_t n;
} cpv;

static void decode_all(const char *s, size_t n, cpv *v) {
  v->cp = wc_xmalloc((n + 1) * sizeof *v->cp);
  v->off = wc_xmalloc((n + 1) * sizeof *v->off);
  v->len = wc_xmalloc((n + 1) * sizeof *v->len);
  v->n = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    v->cp[v->n] = cp;
    v->off[v->n] = i;
    v->len[v->n] = k;
    v->n++;
    i += k;
  }
}

static void free_all(cpv *v) {
  free(v->cp);
  free(v->off);
  free(v->len);
}

static bool letter_at(const cpv *v, size_t i) {
  return i < v->n && v->cp[i] >= 0 &&
         (wc_cp_is_letter(v->cp[i]) || wc_cp_is_mark(v->cp[i]));
}

/* An apostrophe between two Cyrillic letters (Ukrainian: not rendered, and
 * the letter after it is not word-initial). */
static bool inner_apostrophe(const cpv *v, size_t i) {
  return i > 0 && i + 1 < v->n && wc_cp_is_apostrophe(v->cp[i]) &&
         is_cyr_letter(v->cp[i - 1]) && is_cyr_letter(v->cp[i + 1]);
}

static bool word_initial(const cpv *v, size_t i) {
  if (i == 0)
    return true;
  if (letter_at(v, i - 1))
    return false;
  if (inner_apostrophe(v, i - 1))
    return false;
  return true;
}

static bool is_upper_at(const cpv *v, size_t i) {
  return i < v->n && v->cp[i] >= 0 && wc_cp_is_upper(v->cp[i]);
}
static bool is_lower_at(const cpv *v, size_t i) {
  return i < v->n && v->cp[i] >= 0 && wc_cp_is_lower(v->cp[i]);
}

/* Writes out with the case of the source letter at i. */
static void put_cased(wc_buf *b, const char *out, const cpv *v, size_t i,
                      bool upper) {
  if (!*out)
    return;
  if (!upper) {
    wc_buf_puts(b, out);
    return;
  }
  /* the next letter, skipping a soft sign or apostrophe */
  size_t j = i + 1;
  while (j < v->n && (v->cp[j] == 0x44C || v->cp[j] == 0x42C ||
                      inner_apostrophe(v, j)))
    j++;
  bool all = is_upper_at(v, j) ||
             (i > 0 && is_upper_at(v, i - 1) && !is_lower_at(v, j));
  size_t on = strlen(out);
  for (size_t k = 0; k < on;) {
    int32_t cp;
    size_t l = wc_utf8_decode(out + k, on - k, &cp);
    if (k == 0 || all)
      wc_buf_put_cp(b, wc_cp_upper(cp));
    else
      wc_buf_add(b, out + k, l);
    k += l;
  }
}

static void uk_one(wc_buf *b, const cpv *v, size_t i) {
  int32_t c = v->cp[i];
  int32_t lc = wc_cp_lower(c);
  bool up = lc != c;
  bool init = word_initial(v, i);
  const char *o = NULL;
  switch (lc) {
  case 0x454: o = init ? "ye" : "ie"; break; /* є */
  case 0x457: o = init ? "yi" : "i"; break;  /* ї */
  case 0x439: o = init ? "y" : "i"; break;   /* й */
  case 0x44E: o = init ? "yu" : "iu"; break; /* ю */
  case 0x44F: o = init ? "ya" : "ia"; break; /* я */
  case 0x433:                                 /* г: зг -> zgh */
    o = (i > 0 && wc_cp_lower(v->cp[i - 1]) == 0x437) ? "gh" : "h";
    break;
  default:
    o = uk_plain(lc);
  }
  if (!o)
    o = "";
  put_cased(b, o, v, i, up);
}

static void ru_one(wc_buf *b, const cpv *v, size_t i) {
  int32_t c = v->cp[i];
  int32_t lc = wc_cp_lower(c);
  bool up = lc != c;
  const char *o = NULL;
  if (lc == 0x435 || lc == 0x451) { /* е ё */
    bool y = word_initial(v, i) ||
             (i > 0 && ru_soft_before(wc_cp_lower(v->cp[i - 1])));
    if (lc == 0x435)
      o = y ? "ye" : "e";
    else
      o = y ? "y\xC3\xAB" : "\xC3\xAB"; /* yë / ë */
  } else {
    o = ru_plain(lc);
  }
  if (!o)
    o = "";
  put_cased(b, o, v, i, up);
}

void wc_translit_buf(wc_translit_system sys, const char *s, size_t n,
                     wc_buf *b) {
  cpv v;
  decode_all(s, n, &v);
  for (size_t i = 0; i < v.n; i++) {
    int32_t c = v.cp[i];
    if (c >= 0 && is_cyr_letter(c)) {
      if (sys == WC_TRANSLIT_UK)
        uk_one(b, &v, i);
      else
        ru_one(b, &v, i);
    } else if (sys == WC_TRANSLIT_UK && c >= 0 && inner_apostrophe(&v, i)) {
      /* not rendered */
    } else {
      wc_buf_add(b, s + v.off[i], v.len[i]);
    }
  }
  free_all(&v);
}

char *wc_translit(wc_translit_system sys, const char *s, size_t n) {
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_reserve(&b, n + 1);
  wc_translit_buf(sys, s, n, &b);
  return wc_buf_steal(&b);
}

bool wc_translit_has_cyrillic(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    if (cp >= 0 && is_cyr_letter(cp))
      return true;
  }
  return false;
}

wc_translit_system wc_translit_guess(const char *s, size_t n,
                                     wc_translit_system fallback) {
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    int32_t l = wc_cp_lower(cp);
    if (l == 0x456 || l == 0x457 || l == 0x454 || l == 0x491)
      return WC_TRANSLIT_UK;
    if (l == 0x44B || l == 0x44D || l == 0x44A || l == 0x451)
      return WC_TRANSLIT_RU;
  }
  return fallback;
}

wc_status wc_transliterate(const char *lang, const char *in, size_t len,
                           char **out, wc_error *err) {
  *out = NULL;
  wc_translit_system sys;
  if (lang && strcmp(lang, "uk") == 0)
    sys = WC_TRANSLIT_UK;
  else if (lang && strcmp(lang, "ru") == 0)
    sys = WC_TRANSLIT_RU;
  else
    return wc_fail(err, WC_ERR_USAGE, NULL, 0, 0,
                   "unknown transliteration '%s' (use uk or ru)",
                   lang ? lang : "");
  if (len == 0) {
    *out = wc_xstrdup("");
    return WC_OK;
  }
  /* invalid UTF-8 is replaced, as everywhere */
  wc_buf b;
  wc_buf_init(&b);
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t k = wc_utf8_decode(in + i, len - i, &cp);
    if (cp < 0)
      wc_buf_puts(&b, "\xEF\xBF\xBD");
    else
      wc_buf_add(&b, in + i, k);
    i += k;
  }
  char *nfc = wc_utf8_nfc(b.data ? b.data : "", b.len);
  wc_buf_cleanup(&b);
  *out = wc_translit(sys, nfc, strlen(nfc));
  free(nfc);
  return WC_OK;
}

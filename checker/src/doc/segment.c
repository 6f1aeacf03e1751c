/* segment.c -- tokens and sentences for en, de, fr, es, uk, ru.
 *
 * Tokens (doc.h): words with inner apostrophes (don't, м'ясо, пʼять) and
 * hyphens (Rostov-on-Don, Kyiv-based), dotted abbreviations written without
 * spaces (U.S., z.B., EE.UU., т.е.), numbers with any locale's decimal and
 * group separators (1,000.5  1.000,5  1 000,5 with NBSP or narrow NBSP;
 * a plain space only where the profile says group_space = yes), URLs,
 * e-mail addresses and bare domains, punctuation (an ellipsis "..." is one
 * token), quotation marks and symbols.  French elisions (l', d', qu' ...,
 * profile key "elision") are split off as words of their own, so that
 * "l'Ukraine" gives "l'" and "Ukraine".
 *
 * Sentences end at . ! ? or an ellipsis, with any closing quotes and
 * brackets that follow, when the next word (past opening quotes and
 * brackets) is not lower-case.  A full stop after an abbreviation of the
 * language (dictionaries/<lang>/abbreviations.txt; multi-part ones such as
 * "z. B." or "т. е." span several tokens), an initial, a dotted
 * abbreviation (U.S.) or a German ordinal (am 1. Januar) ends a sentence
 * only when a capitalized function word of the language follows ("... in
 * the U.S. The ..."); titles and the like (profile key abbrev_nonfinal:
 * Mr., M., z. B.) never end one, and those that usually close a sentence
 * (abbrev_final: etc., usw., и т. д.) end one before any capital. */
#include "doc.h"
#include "lang.h"

#include <stdlib.h>
#include <string.h>

/* What the segmenter takes from the language profile, read once per
 * wc_doc_segment call. */
typedef struct seg_cfg {
  wc_lang *lang;
  bool group_space;       /* "1 000" with a plain space */
  const char *elision;    /* "l d j ..." or NULL */
  const char *nonfinal;   /* "Mr. Dr. z.B. ..." or NULL */
  const char *final;      /* "etc. usw. т.д. ..." or NULL */
  bool ordinals;          /* "1." before a word is an ordinal (de) */
} seg_cfg;

/* Per-block tokenizer state: where the last scanned run of URL-ish ASCII
 * characters ends, so no run is scanned twice (linear time). */
typedef struct tok_state {
  size_t run_end;
} tok_state;

static int32_t cp_at(const char *t, size_t n, size_t i, size_t *len_out) {
  int32_t cp;
  size_t k = wc_utf8_decode(t + i, n - i, &cp);
  if (len_out)
    *len_out = k;
  return cp;
}

/* A code point that can be part of a word: letters, combining marks and
 * the modifier apostrophe U+02BC of Ukrainian. */
static bool is_word_cp(int32_t cp) {
  return cp == 0x2BC || wc_cp_is_letter(cp) || wc_cp_is_mark(cp);
}

/* Spaces that group digits in every locale: NBSP, narrow NBSP, thin. */
static bool is_group_space(int32_t cp) {
  return cp == 0xA0 || cp == 0x202F || cp == 0x2009;
}

static bool is_word_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* ---- URLs, e-mail addresses, bare domains ---- */

static bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

static bool url_run_char(unsigned char c) {
  return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

static bool starts_ci(const char *t, size_t n, const char *p) {
  size_t m = strlen(p);
  if (n < m)
    return false;
  for (size_t i = 0; i < m; i++) {
    char c = t[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != p[i])
      return false;
  }
  return true;
}

/* Top-level domains that make "nato.int" or "president.gov.ua" a domain
 * name rather than two words run together. */
static bool is_tld(const char *s, size_t n) {
  static const char *const tlds[] = {
      "com", "org", "net", "int", "gov", "edu", "mil", "info", "io",
      "eu",  "ua",  "ru",  "de",  "fr",  "es",  "uk",  "us",   "ch",
      "at",  "be",  "nl",  "pl",  "it",  "by",  "kz",  "md",   "ge",
      "lt",  "lv",  "ee",  "ca",  "news", NULL};
  for (size_t i = 0; tlds[i]; i++)
    if (strlen(tlds[i]) == n && memcmp(tlds[i], s, n) == 0)
      return true;
  return false;
}

/* Characters a URL ends at. */
static bool url_stop(int32_t cp) {
  return cp < 0 || wc_cp_is_space(cp) || cp == '"' || cp == '<' ||
         cp == '>' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
         cp == 0xAB || cp == 0xBB;
}

/* Trailing characters that belong to the sentence, not the address. */
static size_t trim_url_tail(const char *t, size_t i, size_t j) {
  while (j > i) {
    unsigned char c = (unsigned char)t[j - 1];
    if (strchr(".,;:!?]}'", c) && c != '\0') {
      j--;
      continue;
    }
    if (c == ')') {
      /* keep a closing bracket that the address opened: (disambiguation) */
      size_t open = 0, close = 0;
      for (size_t p = i; p < j; p++)
        open += t[p] == '(', close += t[p] == ')';
      if (close > open) {
        j--;
        continue;
      }
    }
    if (j - i >= 3 && (unsigned char)t[j - 3] == 0xE2 &&
        (unsigned char)t[j - 2] == 0x80 &&
        ((unsigned char)t[j - 1] == 0x99 || (unsigned char)t[j - 1] == 0xA6)) {
      j -= 3; /* ’ or … */
      continue;
    }
    break;
  }
  return j;
}

/* Length of a URL, e-mail address or bare domain starting at i, or 0. */
static size_t url_len(const char *t, size_t e, size_t i, tok_state *ts) {
  if (starts_ci(t + i, e - i, "http://") || starts_ci(t + i, e - i, "https://") ||
      starts_ci(t + i, e - i, "www.")) {
    size_t j = i;
    while (j < e) {
      size_t k;
      int32_t cp = cp_at(t, e, j, &k);
      if (url_stop(cp))
        break;
      j += k;
    }
    j = trim_url_tail(t, i, j);
    return j > i + 4 ? j - i : 0;
  }
  /* e-mail and bare domains start a run of [A-Za-z0-9._%+-]; each run is
   * looked at once, from its first character */
  if (i < ts->run_end)
    return 0;
  if (i > 0 && url_run_char((unsigned char)t[i - 1]))
    return 0;
  size_t r = i;
  while (r < e && url_run_char((unsigned char)t[r]))
    r++;
  ts->run_end = r;
  if (r == i)
    return 0;
  if (r < e && t[r] == '@') {
    /* local@domain.tld */
    size_t j = r + 1, labels = 0, last = j;
    while (j < e) {
      size_t s = j;
      while (j < e && (ascii_alnum((unsigned char)t[j]) || t[j] == '-'))
        j++;
      if (j == s)
        break;
      labels++;
      last = s;
      if (j + 1 < e && t[j] == '.' && ascii_alnum((unsigned char)t[j + 1]))
        j++;
      else
        break;
    }
    ts->run_end = j;
    if (labels >= 2 && j - last >= 2)
      return j - i;
    return 0;
  }
  /* bare domain: label(.label)+ ending in a known top-level domain */
  size_t end = r;
  while (end > i && t[end - 1] == '.')
    end--;
  size_t labels = 0, p = i, last = i;
  bool ok = true;
  while (p < end) {
    size_t s = p;
    while (p < end && (ascii_alnum((unsigned char)t[p]) || t[p] == '-'))
      p++;
    if (p == s) {
      ok = false;
      break;
    }
    labels++;
    last = s;
    if (p < end) {
      if (t[p] != '.') {
        ok = false;
        break;
      }
      p++;
    }
  }
  if (!ok || labels < 2 || last - i < 3)
    return 0;
  for (size_t q = last; q < end; q++)
    if (t[q] >= 'A' && t[q] <= 'Z')
      return 0;
  if (!is_tld(t + last, end - last))
    return 0;
  if (end < e) {
    size_t k;
    int32_t cp = cp_at(t, e, end, &k);
    if (is_word_cp(cp))
      return 0;
  }
  return end - i;
}

/* ---- token classification ---- */

static void classify(const char *t, wc_token *tok) {
  size_t up = 0, low = 0, letters = 0;
  bool first_upper = false, first_set = false;
  unsigned scripts = 0;
  size_t end = tok->end;
  /* a possessive 's does not change the shape: NATO's is an acronym */
  if (tok->kind == WC_TOK_WORD && end - tok->start > 2 && t[end - 1] == 's') {
    size_t k = 0;
    if (t[end - 2] == '\'')
      k = 1;
    else if (end - tok->start > 4 && (unsigned char)t[end - 4] == 0xE2 &&
             (unsigned char)t[end - 3] == 0x80 &&
             (unsigned char)t[end - 2] == 0x99)
      k = 3;
    else if (end - tok->start > 3 && (unsigned char)t[end - 3] == 0xCA &&
             (unsigned char)t[end - 2] == 0xBC)
      k = 2;
    if (k)
      end -= k + 1;
  }
  for (size_t i = tok->start; i < tok->end;) {
    size_t k;
    int32_t cp = cp_at(t, tok->end, i, &k);
    bool in_shape = i < end;
    i += k;
    if (cp == 0x2BC || !wc_cp_is_letter(cp))
      continue;
    wc_script s = wc_cp_script(cp);
    if (s != WC_SCRIPT_NONE)
      scripts |= 1u << s;
    if (!in_shape)
      continue;
    letters++;
    bool u = wc_cp_is_upper(cp);
    if (!first_set) {
      first_set = true;
      first_upper = u;
    }
    if (u)
      up++;
    else if (wc_cp_is_lower(cp))
      low++;
  }
  if (!letters)
    tok->shape = WC_CASE_NONE;
  else if (up == 0)
    tok->shape = WC_CASE_LOWER;
  else if (low == 0 && up >= 2)
    tok->shape = WC_CASE_UPPER;
  else if (first_upper)
    tok->shape = WC_CASE_TITLE;
  else
    tok->shape = WC_CASE_MIXED;
  if (scripts == 0)
    tok->script = WC_SCRIPT_NONE;
  else if ((scripts & (scripts - 1)) != 0)
    tok->script = WC_SCRIPT_MIXED;
  else {
    for (int s = 1; s <= WC_SCRIPT_OTHER; s++)
      if (scripts == (1u << s))
        tok->script = (uint8_t)s;
  }
}

/* Is t[s..e) (a word prefix ending in an apostrophe) one of the
 * space-separated elisions of the profile ("l d qu jusqu ...")? */
static bool is_elision(const seg_cfg *cfg, const char *s, size_t n) {
  if (!cfg->elision || n == 0 || n > 16)
    return false;
  char low[64];
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80)
      return false;
    low[m++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  const char *p = cfg->elision;
  while (*p) {
    while (*p == ' ')
      p++;
    const char *q = p;
    while (*q && *q != ' ')
      q++;
    if ((size_t)(q - p) == m && memcmp(p, low, m) == 0)
      return true;
    p = q;
  }
  return false;
}

/* Length of a dotted abbreviation written without spaces at i: two or
 * more parts of one or two letters, each followed by a dot (U.S., z.B.,
 * EE.UU., т.е., a.m.), or 0. */
static size_t dotted_len(const char *t, size_t e, size_t i) {
  size_t j = i, parts = 0;
  for (;;) {
    size_t letters = 0, p = j;
    while (p < e) {
      size_t k;
      int32_t cp = cp_at(t, e, p, &k);
      if (!wc_cp_is_letter(cp) && !wc_cp_is_mark(cp))
        break;
      if (wc_cp_is_letter(cp))
        letters++;
      p += k;
    }
    if (letters < 1 || letters > 2 || p >= e || t[p] != '.')
      break;
    j = p + 1;
    parts++;
  }
  if (parts < 2)
    return 0;
  /* "U.S.-led" continues as a word; a following letter or digit means
   * something else ("a.b.c3") */
  if (j < e) {
    size_t k;
    int32_t cp = cp_at(t, e, j, &k);
    if (is_word_cp(cp) || wc_cp_is_digit(cp))
      return 0;
  }
  return j - i;
}

/* Number of ASCII digits at t[p..e). */
static size_t digits_at(const char *t, size_t e, size_t p) {
  size_t n = 0;
  while (p + n < e && t[p + n] >= '0' && t[p + n] <= '9')
    n++;
  return n;
}

/* Scans a word or number starting at i (a letter, mark or digit); returns
 * its end and whether it holds digits only (with separators). */
static size_t scan_word(const char *t, size_t e, size_t i, const seg_cfg *cfg,
                        bool *number_out) {
  size_t k;
  int32_t cp = cp_at(t, e, i, &k);
  bool number = !is_word_cp(cp);
  size_t group = number ? 1 : 0; /* digits in the current group */
  size_t j = i + k;
  while (j < e) {
    size_t k2;
    int32_t c2 = cp_at(t, e, j, &k2);
    if (is_word_cp(c2)) {
      number = false;
      j += k2;
      continue;
    }
    if (wc_cp_is_digit(c2)) {
      group++;
      j += k2;
      continue;
    }
    if (j + k2 >= e)
      break;
    size_t k3;
    int32_t c3 = cp_at(t, e, j + k2, &k3);
    if (number) {
      /* separators between digits */
      if (c2 == '.' || c2 == ',' || c2 == ':') {
        if (wc_cp_is_digit(c3)) {
          j += k2;
          group = 0;
          continue;
        }
        break;
      }
      if (is_group_space(c2) || c2 == '\'' || c2 == 0x2019 ||
          (c2 == ' ' && cfg->group_space)) {
        /* a group separator: at most three digits before, exactly three
         * after (1 000 000; not "2021 300") */
        size_t nd = digits_at(t, e, j + k2);
        size_t after = j + k2 + nd;
        bool more = after < e && (wc_cp_is_digit(cp_at(t, e, after, NULL)));
        if (group <= 3 && nd == 3 && !more) {
          j += k2;
          group = 0;
          continue;
        }
        if (c2 == '\'' || c2 == 0x2019) {
          /* 1990's */
          if (is_word_cp(c3)) {
            number = false;
            j += k2;
            continue;
          }
        }
        break;
      }
      if (c2 == '-' && wc_cp_is_digit(c3)) {
        /* 3-4, 2022-01-14 */
        j += k2;
        group = 0;
        continue;
      }
      if (wc_cp_is_dash(c2) && c2 != 0x2014 && c2 != 0x2013 &&
          is_word_cp(c3)) {
        /* 100-strong, 19-year-old */
        number = false;
        j += k2;
        continue;
      }
      break;
    }
    /* inside a word: apostrophe or hyphen followed by a letter or digit */
    if (wc_cp_is_apostrophe(c2) && is_word_cp(c3)) {
      if (is_elision(cfg, t + i, j - i)) {
        j += k2; /* l' | Ukraine: the elided article is a word of its own */
        break;
      }
      j += k2;
      continue;
    }
    if (c2 == '`' && wc_cp_script(c3) == WC_SCRIPT_CYRILLIC &&
        wc_cp_script(cp_at(t, e, j - 1 - ((unsigned char)t[j - 1] >= 0x80),
                           NULL)) == WC_SCRIPT_CYRILLIC) {
      j += k2; /* м`ясо: a backtick typed for the Ukrainian apostrophe */
      continue;
    }
    if ((is_word_hyphen(c2) && (is_word_cp(c3) || wc_cp_is_digit(c3))) ||
        (c2 == 0xAD && is_word_cp(c3))) {
      j += k2;
      continue;
    }
    break;
  }
  *number_out = number;
  return j;
}

/* Tokenizes [s, e) of d->text, appending to d->tokens. */
static void tokenize(wc_doc *d, size_t s, size_t e, const seg_cfg *cfg) {
  const char *t = d->text;
  size_t i = s;
  bool space = true; /* the block start counts as space */
  tok_state ts = {0};
  while (i < e) {
    size_t k;
    int32_t cp = cp_at(t, e, i, &k);
    if (wc_cp_is_space(cp)) {
      space = true;
      i += k;
      continue;
    }
    if (cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
        cp == 0xFEFF) {
      i += k; /* invisible format characters between tokens */
      continue;
    }
    wc_token tok = {0};
    tok.start = i;
    tok.space_before = space;
    space = false;
    size_t ul = cp < 0x80 && ascii_alnum((unsigned char)cp)
                    ? url_len(t, e, i, &ts)
                    : 0;
    size_t dl;
    if (ul) {
      tok.kind = WC_TOK_URL;
      i += ul;
    } else if (is_word_cp(cp) && (dl = dotted_len(t, e, i)) > 0) {
      tok.kind = WC_TOK_WORD;
      i += dl;
      /* U.S.-led, U.S.-Russian: the compound goes on */
      while (i + 1 < e && is_word_hyphen(cp_at(t, e, i, NULL))) {
        size_t kh;
        cp_at(t, e, i, &kh);
        if (!is_word_cp(cp_at(t, e, i + kh, NULL)))
          break;
        bool num;
        i = scan_word(t, e, i + kh, cfg, &num);
      }
    } else if (is_word_cp(cp) || wc_cp_is_digit(cp)) {
      bool number;
      i = scan_word(t, e, i, cfg, &number);
      tok.kind = number ? WC_TOK_NUMBER : WC_TOK_WORD;
    } else if (cp == '.' && i + 2 < e && t[i + 1] == '.' && t[i + 2] == '.') {
      tok.kind = WC_TOK_PUNCT;
      i += 3;
      while (i < e && t[i] == '.')
        i++;
    } else if (wc_cp_is_quote(cp)) {
      tok.kind = WC_TOK_QUOTE;
      i += k;
    } else if (wc_cp_is_punct(cp)) {
      tok.kind = WC_TOK_PUNCT;
      i += k;
    } else if (wc_cp_is_symbol(cp)) {
      tok.kind = WC_TOK_SYMBOL;
      i += k;
    } else {
      tok.kind = WC_TOK_OTHER;
      i += k;
    }
    tok.end = i;
    classify(t, &tok);
    WC_VEC_PUSH(d->tokens, tok);
  }
}

/* ---- sentences ---- */

static bool tok_is(const wc_doc *d, const wc_token *t, const char *s) {
  size_t n = strlen(s);
  return t->end - t->start == n && memcmp(d->text + t->start, s, n) == 0;
}

static int32_t tok_cp(const wc_doc *d, const wc_token *t) {
  int32_t cp;
  wc_utf8_decode(d->text + t->start, t->end - t->start, &cp);
  return cp;
}

static bool is_dot(const wc_doc *d, const wc_token *t) {
  return t->kind == WC_TOK_PUNCT && tok_is(d, t, ".");
}

/* A word that ends in a dot (U.S., z.B.). */
static bool is_dotted(const wc_doc *d, const wc_token *t) {
  return t->kind == WC_TOK_WORD && d->text[t->end - 1] == '.';
}

static bool is_terminal(const wc_doc *d, const wc_token *t) {
  if (t->kind != WC_TOK_PUNCT)
    return false;
  int32_t cp = tok_cp(d, t);
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
         cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049;
}

/* Is the quote token one of the profile's closing marks (and not also an
 * opening one)?  Such a mark closes even after a space (French « ... »). */
static bool is_profile_closer(const wc_doc *d, const seg_cfg *cfg,
                              const wc_token *t) {
  if (!cfg->lang)
    return false;
  size_t n = t->end - t->start;
  const char *keys_close[] = {"quote_close", "quote_close2"};
  const char *keys_open[] = {"quote_open", "quote_open2"};
  bool close = false;
  for (size_t i = 0; i < 2; i++) {
    const char *v = wc_lang_profile(cfg->lang, keys_close[i]);
    if (v && strlen(v) == n && memcmp(v, d->text + t->start, n) == 0)
      close = true;
  }
  if (!close)
    return false;
  for (size_t i = 0; i < 2; i++) {
    const char *v = wc_lang_profile(cfg->lang, keys_open[i]);
    if (v && strlen(v) == n && memcmp(v, d->text + t->start, n) == 0)
      return false;
  }
  return true;
}

/* After the terminal token i, the closing quotes and brackets that belong
 * to the sentence: returns the index of the first token after them. */
static size_t skip_closers(const wc_doc *d, const seg_cfg *cfg, size_t i,
                           size_t te) {
  size_t j = i + 1;
  while (j < te) {
    const wc_token *t = &d->tokens.v[j];
    bool next_glued = j + 1 < te && !d->tokens.v[j + 1].space_before &&
                      (d->tokens.v[j + 1].kind == WC_TOK_WORD ||
                       d->tokens.v[j + 1].kind == WC_TOK_NUMBER);
    if (t->kind == WC_TOK_QUOTE) {
      int32_t cp = tok_cp(d, t);
      if (cp == 0x201E || cp == 0x201A)
        break; /* opening-only marks */
      if (!t->space_before && !next_glued) {
        j++;
        continue;
      }
      if (t->space_before && !next_glued && is_profile_closer(d, cfg, t)) {
        j++;
        continue;
      }
      break;
    }
    if (t->kind == WC_TOK_PUNCT && !t->space_before &&
        (tok_is(d, t, ")") || tok_is(d, t, "]"))) {
      j++;
      continue;
    }
    /* "?!", "!!", "...": more terminal marks */
    if (is_terminal(d, t) && !t->space_before) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/* The first word or number at or after j, past opening quotes, brackets,
 * dashes and Spanish ¿ ¡; te if there is none, or if a closing bracket or
 * other punctuation comes first (then no sentence starts at j). */
static size_t first_word(const wc_doc *d, size_t j, size_t te) {
  while (j < te) {
    const wc_token *t = &d->tokens.v[j];
    if (t->kind == WC_TOK_QUOTE) {
      j++;
      continue;
    }
    int32_t cp = tok_cp(d, t);
    if (t->kind == WC_TOK_PUNCT || t->kind == WC_TOK_SYMBOL) {
      if (cp == '(' || cp == '[' || cp == 0xBF || cp == 0xA1 ||
          wc_cp_is_dash(cp)) {
        j++;
        continue;
      }
      if (t->kind == WC_TOK_PUNCT)
        return te;
    }
    return j;
  }
  return te;
}

/* Does a closing bracket or other punctuation (not an opening one) stand
 * at j, so that no sentence can start there: "usw.) ?", "... )"? */
static bool closing_punct_at(const wc_doc *d, size_t j, size_t te) {
  if (j >= te)
    return false;
  const wc_token *t = &d->tokens.v[j];
  if (t->kind != WC_TOK_PUNCT)
    return false;
  int32_t cp = tok_cp(d, t);
  return !(cp == '(' || cp == '[' || cp == 0xBF || cp == 0xA1 ||
           wc_cp_is_dash(cp) || cp == 0x2026 || cp == '.');
}

/* Can the token at w start a sentence (not lower-case, not iPhone)? */
static bool can_start(const wc_token *w) {
  return w->shape != WC_CASE_LOWER && w->shape != WC_CASE_MIXED;
}

/* Is the word at w a capitalized function word of the language ("The",
 * "Die", "В") -- the evidence that a sentence starts after an
 * abbreviation or initial?  A lone capital followed by a dot is another
 * initial, not a word. */
static bool is_opener(const wc_doc *d, const seg_cfg *cfg, size_t w,
                      size_t te) {
  const wc_token *t = &d->tokens.v[w];
  if (t->kind != WC_TOK_WORD || !cfg->lang)
    return false;
  if (t->shape != WC_CASE_TITLE && t->shape != WC_CASE_UPPER)
    return false;
  if (wc_utf8_count(d->text + t->start, t->end - t->start) == 1 &&
      w + 1 < te && is_dot(d, &d->tokens.v[w + 1]) &&
      !d->tokens.v[w + 1].space_before)
    return false;
  return wc_lang_has(cfg->lang, "stopwords", d->text + t->start,
                     t->end - t->start);
}

/* Folds s[0..n) and drops spaces and dots: "z. B." -> "zb". */
static char *abbrev_key(const char *s, size_t n) {
  char *f = wc_utf8_fold(s, n);
  size_t m = 0;
  for (size_t i = 0; f[i]; i++)
    if (f[i] != ' ' && f[i] != '.')
      f[m++] = f[i];
  f[m] = '\0';
  return f;
}

/* Is s[0..n) one of the space-separated entries of a profile list such
 * as abbrev_nonfinal?  Compared without spaces and dots, so the entry
 * "z.B." stands for "z. B." and "и.т.д." for "и т. д.". */
static bool in_profile_list(const char *list, const char *s, size_t n) {
  if (!list)
    return false;
  char *key = abbrev_key(s, n);
  bool found = false;
  const char *p = list;
  while (*p && !found) {
    while (*p == ' ')
      p++;
    const char *q = p;
    while (*q && *q != ' ')
      q++;
    if (q > p) {
      char *e = abbrev_key(p, (size_t)(q - p));
      found = strcmp(e, key) == 0;
      free(e);
    }
    p = q;
  }
  free(key);
  return found;
}

/* Text of tokens [a, b] with one space wherever the text has space. */
static char *join_tokens(const wc_doc *d, size_t a, size_t b) {
  wc_buf buf;
  wc_buf_init(&buf);
  for (size_t i = a; i <= b; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (i > a && t->space_before)
      wc_buf_putc(&buf, ' ');
    wc_buf_add(&buf, d->text + t->start, t->end - t->start);
  }
  return wc_buf_steal(&buf);
}

/* A token that can be part of an abbreviation: a short word without
 * digits, a dotted word or a full stop. */
static bool abbrev_part(const wc_doc *d, const wc_token *t) {
  if (is_dot(d, t) || is_dotted(d, t))
    return true;
  return t->kind == WC_TOK_WORD && t->end - t->start <= 24;
}

typedef enum dot_role {
  DOT_PLAIN,    /* an ordinary full stop */
  DOT_INSIDE,   /* inside a multi-part abbreviation: never a boundary */
  DOT_NONFINAL, /* ends a title or the like: never a boundary */
  DOT_WEAK      /* ends an abbreviation, initial, ordinal: a boundary only
                   before a capitalized function word */
} dot_role;

/* What the full stop at token i (a "." or a dotted word) closes. */
static dot_role dot_role_at(const wc_doc *d, const seg_cfg *cfg, size_t tf,
                            size_t i, size_t te) {
  /* known abbreviations, possibly of several tokens, that contain i */
  if (cfg->lang) {
    const size_t maxspan = 6;
    size_t lo = i >= tf + maxspan ? i - maxspan : tf;
    size_t hi = i + maxspan < te ? i + maxspan : te - 1;
    size_t a = i; /* widen over abbreviation-like tokens */
    while (a > lo && abbrev_part(d, &d->tokens.v[a - 1]))
      a--;
    size_t b = i;
    while (b < hi && abbrev_part(d, &d->tokens.v[b + 1]))
      b++;
    /* the longest known abbreviation ending at i decides ("и т. д." over
     * "д."); one that goes on past i means i is inside it */
    dot_role role = DOT_PLAIN;
    bool found = false;
    for (size_t s = a; s <= i; s++) {
      const wc_token *st = &d->tokens.v[s];
      if (st->kind != WC_TOK_WORD)
        continue;
      if (s > tf && d->tokens.v[s - 1].kind == WC_TOK_WORD &&
          !d->tokens.v[s].space_before)
        continue;
      for (size_t e = i; e <= b && e - s <= maxspan; e++) {
        const wc_token *et = &d->tokens.v[e];
        if (!is_dot(d, et) && !is_dotted(d, et))
          continue;
        if (e == i && found)
          continue;
        if (e > i && e + 1 < te && !d->tokens.v[e + 1].space_before &&
            d->tokens.v[e + 1].kind == WC_TOK_WORD)
          continue;
        char *cand = join_tokens(d, s, e);
        size_t cn = strlen(cand);
        if (wc_lang_has(cfg->lang, "abbreviations", cand, cn)) {
          if (e > i) {
            free(cand);
            return DOT_INSIDE;
          }
          found = true;
          if (in_profile_list(cfg->nonfinal, cand, cn))
            role = DOT_NONFINAL;
          else if (in_profile_list(cfg->final, cand, cn))
            role = DOT_PLAIN; /* usually ends its sentence */
          else
            role = DOT_WEAK;
        }
        free(cand);
      }
    }
    if (found)
      return role;
  }
  const wc_token *t = &d->tokens.v[i];
  if (is_dotted(d, t))
    return DOT_WEAK; /* U.S. */
  if (i == tf)
    return DOT_PLAIN;
  const wc_token *w = &d->tokens.v[i - 1];
  if (t->space_before)
    return DOT_PLAIN;
  if (w->kind == WC_TOK_WORD) {
    size_t n = w->end - w->start;
    /* a single capital: an initial (J. R. R. Tolkien, В. Зеленський) */
    if (wc_utf8_count(d->text + w->start, n) == 1 &&
        w->shape != WC_CASE_LOWER)
      return DOT_WEAK;
    /* German ordinals in Roman numerals: Wilhelm II. */
    if (cfg->ordinals && w->shape == WC_CASE_UPPER && n <= 5) {
      bool roman = true;
      for (size_t p = w->start; p < w->end; p++)
        if (!strchr("IVXLC", d->text[p]))
          roman = false;
      if (roman)
        return DOT_WEAK;
    }
    return DOT_PLAIN;
  }
  /* "1. Einige Quellen ...": a number opening its block is a list marker */
  if (w->kind == WC_TOK_NUMBER && i - 1 == tf && w->end - w->start <= 3)
    return DOT_NONFINAL;
  if (w->kind == WC_TOK_NUMBER && cfg->ordinals && w->end - w->start <= 3) {
    bool digits = true;
    for (size_t p = w->start; p < w->end; p++)
      if (d->text[p] < '0' || d->text[p] > '9')
        digits = false;
    if (digits)
      return DOT_WEAK; /* am 1. Januar, der 2. Weltkrieg */
  }
  return DOT_PLAIN;
}

static void add_sentence(wc_doc *d, size_t block, size_t tf, size_t te) {
  if (tf >= te)
    return;
  wc_sentence s = {d->tokens.v[tf].start, d->tokens.v[te - 1].end, block, tf,
                   te};
  uint32_t si = (uint32_t)d->sentences.n;
  for (size_t i = tf; i < te; i++)
    d->tokens.v[i].sentence = si;
  WC_VEC_PUSH(d->sentences, s);
}

static void split_block(wc_doc *d, const seg_cfg *cfg, size_t b, size_t tf,
                        size_t te) {
  size_t start = tf;
  for (size_t i = tf; i < te; i++) {
    const wc_token *t = &d->tokens.v[i];
    bool dotted = is_dotted(d, t);
    if (!is_terminal(d, t) && !dotted)
      continue;
    size_t j = skip_closers(d, cfg, i, te);
    if (j >= te)
      break; /* the block end closes the sentence anyway */
    const wc_token *next = &d->tokens.v[j];
    if (!next->space_before)
      continue; /* "end.Next", "3.5": no boundary */
    if (closing_punct_at(d, j, te))
      continue;
    size_t w = first_word(d, j, te);
    if (w < te && !can_start(&d->tokens.v[w]))
      continue;
    if (dotted || tok_cp(d, t) == '.') {
      dot_role role = dot_role_at(d, cfg, tf, i, te);
      if (role == DOT_INSIDE || role == DOT_NONFINAL)
        continue;
      if (role == DOT_WEAK && (w >= te || !is_opener(d, cfg, w, te)))
        continue;
    }
    add_sentence(d, b, start, j);
    start = j;
    i = j - 1;
  }
  add_sentence(d, b, start, te);
}

static bool profile_yes(wc_lang *l, const char *key) {
  const char *v = l ? wc_lang_profile(l, key) : NULL;
  return v && (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0);
}

void wc_doc_segment(wc_doc *d, wc_lang *lang) {
  d->tokens.n = 0;
  d->sentences.n = 0;
  seg_cfg cfg = {0};
  cfg.lang = lang;
  if (lang) {
    cfg.group_space = profile_yes(lang, "group_space");
    cfg.elision = wc_lang_profile(lang, "elision");
    cfg.nonfinal = wc_lang_profile(lang, "abbrev_nonfinal");
    cfg.final = wc_lang_profile(lang, "abbrev_final");
    cfg.ordinals = profile_yes(lang, "ordinal_dot");
  }
  for (size_t b = 0; b < d->blocks.n; b++) {
    size_t tf = d->tokens.n;
    tokenize(d, d->blocks.v[b].start, d->blocks.v[b].end, &cfg);
    split_block(d, &cfg, b, tf, d->tokens.n);
  }
}

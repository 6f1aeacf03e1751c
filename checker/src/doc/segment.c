/* segment.c -- tokens and sentences for en, de, fr, es, uk, ru.
 *
 * Tokens: words (with inner apostrophes and hyphens, dotted abbreviations
 * such as U.S. or z.B.), numbers with each locale's decimal and thousands
 * separators, URLs and e-mail addresses, punctuation (an ellipsis is one
 * token), quotation marks and symbols.
 *
 * Sentences end at . ! ? or an ellipsis, possibly followed by closing
 * quotes or brackets, when what follows starts a new sentence: not after
 * an abbreviation of the language (dictionaries/<lang>/abbreviations.txt),
 * an initial, or a German ordinal, and not before a lower-case word. */
#include "doc.h"
#include "lang.h"

#include <string.h>

static int32_t cp_at(const char *t, size_t n, size_t i, size_t *len_out) {
  int32_t cp;
  size_t k = wc_utf8_decode(t + i, n - i, &cp);
  if (len_out)
    *len_out = k;
  return cp;
}

static bool is_word_cp(int32_t cp) {
  return wc_cp_is_letter(cp) || wc_cp_is_mark(cp) || cp == 0x2BC;
}

static bool is_group_space(int32_t cp) {
  return cp == 0xA0 || cp == 0x202F || cp == 0x2009;
}

/* Length of a URL or e-mail starting at i, or 0. */
static size_t url_len(const char *t, size_t n, size_t i) {
  size_t j = i;
  bool url = false;
  if (n - i > 7 && (strncmp(t + i, "http://", 7) == 0 ||
                    strncmp(t + i, "https://", 8) == 0 ||
                    strncmp(t + i, "www.", 4) == 0))
    url = true;
  /* scan the non-space run */
  bool at = false, dot_after_at = false;
  while (j < n) {
    size_t k;
    int32_t cp = cp_at(t, n, j, &k);
    if (wc_cp_is_space(cp) || cp == '"' || cp == '<' || cp == '>' ||
        cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB)
      break;
    if (cp == '@')
      at = true;
    else if (cp == '.' && at)
      dot_after_at = true;
    j += k;
  }
  if (!url && !(at && dot_after_at))
    return 0;
  if (!url) {
    /* e-mail: local@domain, letters digits . _ - + only */
    for (size_t p = i; p < j; p++) {
      unsigned char c = (unsigned char)t[p];
      if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' ||
            c == '+' || c == '@'))
        return 0;
    }
    if (t[i] == '@')
      return 0;
  }
  /* trailing punctuation belongs to the sentence */
  while (j > i && strchr(".,;:!?)]}'", t[j - 1]))
    j--;
  return j - i;
}

static void classify(const char *t, wc_token *tok) {
  size_t up = 0, low = 0, letters = 0;
  bool first_upper = false, first_set = false;
  unsigned scripts = 0;
  for (size_t i = tok->start; i < tok->end;) {
    size_t k;
    int32_t cp = cp_at(t, tok->end, i, &k);
    i += k;
    if (!wc_cp_is_letter(cp))
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
    wc_script s = wc_cp_script(cp);
    if (s != WC_SCRIPT_NONE)
      scripts |= 1u << s;
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

/* Tokenizes [s, e) of d->text, appending to d->tokens. */
static void tokenize(wc_doc *d, size_t s, size_t e, bool space_groups) {
  const char *t = d->text;
  size_t i = s;
  bool space = true;
  while (i < e) {
    size_t k;
    int32_t cp = cp_at(t, e, i, &k);
    if (wc_cp_is_space(cp)) {
      space = true;
      i += k;
      continue;
    }
    wc_token tok = {0};
    tok.start = i;
    tok.space_before = space;
    space = false;
    size_t ul = (cp == 'h' || cp == 'w' || wc_cp_is_letter(cp) ||
                 wc_cp_is_digit(cp))
                    ? url_len(t, e, i)
                    : 0;
    if (ul) {
      tok.kind = WC_TOK_URL;
      i += ul;
    } else if (is_word_cp(cp) || wc_cp_is_digit(cp)) {
      bool digits_only = !is_word_cp(cp);
      size_t j = i + k;
      for (;;) {
        if (j >= e)
          break;
        size_t k2;
        int32_t c2 = cp_at(t, e, j, &k2);
        if (is_word_cp(c2)) {
          digits_only = false;
          j += k2;
          continue;
        }
        if (wc_cp_is_digit(c2)) {
          j += k2;
          continue;
        }
        if (j + k2 >= e)
          break;
        size_t k3;
        int32_t c3 = cp_at(t, e, j + k2, &k3);
        if (digits_only) {
          /* number separators: 1,000.5  1.000,5  1 000  1'000 */
          if ((c2 == '.' || c2 == ',' || c2 == '\'' || c2 == 0x2019 ||
               is_group_space(c2) || (c2 == ' ' && space_groups)) &&
              wc_cp_is_digit(c3)) {
            if (c2 == ' ') {
              /* a plain space groups only exactly three digits */
              size_t p = j + 1, nd = 0;
              while (p < e && t[p] >= '0' && t[p] <= '9') {
                p++;
                nd++;
              }
              if (nd != 3)
                break;
            }
            j += k2;
            continue;
          }
          if (wc_cp_is_dash(c2) && c2 != 0x2014 && is_word_cp(c3)) {
            /* 100-strong, 19-year-old */
            digits_only = false;
            j += k2;
            continue;
          }
          break;
        }
        /* inside a word: apostrophe or hyphen followed by a letter/digit */
        if ((wc_cp_is_apostrophe(c2) && is_word_cp(c3)) ||
            ((c2 == '-' || c2 == 0x2010 || c2 == 0x2011) &&
             (is_word_cp(c3) || wc_cp_is_digit(c3)))) {
          j += k2;
          continue;
        }
        /* dotted abbreviation: U.S.  z.B.  e.g. */
        if (c2 == '.' && is_word_cp(c3)) {
          size_t p = j + k2 + k3;
          size_t k4 = 0;
          int32_t c4 = p < e ? cp_at(t, e, p, &k4) : -1;
          /* letter . letter . -- each part one letter long */
          size_t lastdot = i;
          for (size_t r = i; r < j; r++)
            if (t[r] == '.')
              lastdot = r + 1;
          size_t seglen = wc_utf8_count(t + lastdot, j - lastdot);
          if (seglen <= 2 && c4 == '.') {
            j = p + k4;
            continue;
          }
        }
        break;
      }
      tok.kind = digits_only ? WC_TOK_NUMBER : WC_TOK_WORD;
      i = j;
      /* a single letter (or dotted abbreviation) followed by '.' keeps it
       * only for dotted forms, which already end in '.' */
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

static bool tok_is(const wc_doc *d, const wc_token *t, const char *s) {
  size_t n = strlen(s);
  return t->end - t->start == n && memcmp(d->text + t->start, s, n) == 0;
}

static bool is_terminal(const wc_doc *d, const wc_token *t) {
  if (t->kind != WC_TOK_PUNCT)
    return false;
  return tok_is(d, t, ".") || tok_is(d, t, "!") || tok_is(d, t, "?") ||
         tok_is(d, t, "\xE2\x80\xA6") || (t->end - t->start >= 3 &&
                                          d->text[t->start] == '.');
}

static bool is_closer(const wc_doc *d, const wc_token *t) {
  if (t->kind == WC_TOK_QUOTE) {
    int32_t cp;
    wc_utf8_decode(d->text + t->start, t->end - t->start, &cp);
    /* opening-only marks never close */
    return !(cp == 0x201E || cp == 0x201A);
  }
  return tok_is(d, t, ")") || tok_is(d, t, "]");
}

/* Is the word before a '.' an abbreviation or initial, so the dot does
 * not end the sentence? */
static bool abbrev_before(const wc_doc *d, wc_lang *lang, const wc_token *w,
                          const wc_token *next) {
  if (w->kind == WC_TOK_WORD) {
    size_t n = w->end - w->start;
    const char *s = d->text + w->start;
    /* single letter: an initial (J. Smith) */
    if (wc_utf8_count(s, n) == 1 && w->shape != WC_CASE_LOWER)
      return true;
    if (lang) {
      char tmp[128];
      if (n + 2 < sizeof tmp) {
        memcpy(tmp, s, n);
        tmp[n] = '.';
        tmp[n + 1] = '\0';
        if (wc_lang_has(lang, "abbreviations", tmp, n + 1))
          return true;
      }
    }
    return false;
  }
  if (w->kind == WC_TOK_NUMBER && lang && strcmp(lang->code, "de") == 0 &&
      w->end - w->start <= 2 && next && next->shape != WC_CASE_NONE)
    return true; /* German ordinal: am 1. Januar */
  return false;
}

static bool starts_sentence(const wc_doc *d, const wc_token *t) {
  if (t->shape == WC_CASE_LOWER || t->shape == WC_CASE_MIXED)
    return false;
  if (t->kind == WC_TOK_PUNCT) {
    int32_t cp;
    wc_utf8_decode(d->text + t->start, t->end - t->start, &cp);
    /* "— said he" continues; "(" may open a new sentence */
    return cp == '(' || cp == '[' || cp == 0xBF || cp == 0xA1;
  }
  return true;
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

void wc_doc_segment(wc_doc *d, wc_lang *lang) {
  d->tokens.n = 0;
  d->sentences.n = 0;
  bool space_groups = lang && (strcmp(lang->code, "fr") == 0 ||
                               strcmp(lang->code, "ru") == 0 ||
                               strcmp(lang->code, "uk") == 0);
  for (size_t b = 0; b < d->blocks.n; b++) {
    size_t tf = d->tokens.n;
    tokenize(d, d->blocks.v[b].start, d->blocks.v[b].end, space_groups);
    size_t te = d->tokens.n;
    size_t start = tf;
    for (size_t i = tf; i < te; i++) {
      wc_token *t = &d->tokens.v[i];
      bool dotted = t->kind == WC_TOK_WORD && d->text[t->end - 1] == '.';
      if (!is_terminal(d, t) && !dotted)
        continue;
      size_t j = i + 1;
      while (j < te && is_closer(d, &d->tokens.v[j]) &&
             !d->tokens.v[j].space_before)
        j++;
      if (j >= te)
        break; /* block end closes the sentence anyway */
      const wc_token *next = &d->tokens.v[j];
      if (!next->space_before)
        continue; /* "3.5", "end.Next": no break */
      if (!starts_sentence(d, next))
        continue;
      if (tok_is(d, t, ".") && i > start &&
          abbrev_before(d, lang, &d->tokens.v[i - 1], next))
        continue;
      if (dotted) {
        /* "U.S." ends a sentence only before a common sentence opener */
        if (!lang || !wc_lang_has(lang, "stopwords", d->text + next->start,
                                  next->end - next->start))
          continue;
      }
      add_sentence(d, b, start, j);
      start = j;
      i = j - 1;
    }
    add_sentence(d, b, start, te);
  }
}

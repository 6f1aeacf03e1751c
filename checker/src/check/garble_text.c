/* garble_text.c -- character-level damage: garble.mojibake (UTF-8 read as
 * Windows-1252, Latin-1 or Windows-1251; replacement, control and
 * zero-width characters), garble.mixed-script (Kiеv with a Cyrillic е) and
 * garble.punctuation (spacing and marks, with each language's
 * exceptions). */
#include "garble.h"

#include <stdlib.h>
#include <string.h>

/* ---- garble.mojibake ---- */

/* Windows-1252 bytes 0x80-0x9F and the code points they show as. */
static const uint16_t cp1252_hi[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* Windows-1251 bytes 0x80-0xBF. */
static const uint16_t cp1251_hi[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0,      0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

/* The byte a code point stands for when UTF-8 was shown as Windows-1252
 * (or Latin-1, whose 0x80-0x9F are the C1 controls); -1 if none. */
static int byte_1252(int32_t cp) {
  if (cp >= 0xA0 && cp <= 0xFF)
    return (int)cp;
  if (cp >= 0x80 && cp <= 0x9F)
    return (int)cp;
  for (int i = 0; i < 32; i++)
    if (cp1252_hi[i] && cp1252_hi[i] == cp)
      return 0x80 + i;
  return -1;
}

static int byte_1251(int32_t cp) {
  if (cp == 0x0420)
    return 0xD0; /* Р */
  if (cp == 0x0421)
    return 0xD1; /* С */
  for (int i = 0; i < 64; i++)
    if (cp1251_hi[i] && cp1251_hi[i] == cp)
      return 0x80 + i;
  return -1;
}

/* A code point one would expect in text of the six languages. */
static bool plausible(int32_t cp, int nbytes) {
  /* three bytes: punctuation, currency, № ™ and the BOM (a CJK letter
   * is more likely French "é »" with a no-break space) */
  if (nbytes >= 3)
    return (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
           cp == 0x2116 || cp == 0x2122 || cp == 0xFEFF;
  return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x3FF) ||
         (cp >= 0x400 && cp <= 0x4FF) || cp == 0x2BC;
}

/* Tries to read one UTF-8 character encoded as 2-4 code points of a
 * single-byte code page at text[i].  On success returns the number of
 * text bytes consumed and the decoded character in *cp_out. */
static size_t try_seq(const char *t, size_t n, size_t i, bool cyr,
                      int32_t *cp_out) {
  int32_t c0;
  size_t k0 = wc_utf8_decode(t + i, n - i, &c0);
  int b0 = cyr ? byte_1251(c0) : (c0 >= 0xC2 && c0 <= 0xF4 ? (int)c0 : -1);
  if (b0 < 0xC2 || b0 > 0xF4)
    return 0;
  if (cyr && b0 != 0xD0 && b0 != 0xD1)
    return 0;
  int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
  unsigned char bytes[4] = {(unsigned char)b0, 0, 0, 0};
  size_t p = i + k0;
  for (int j = 1; j <= need; j++) {
    if (p >= n)
      return 0;
    int32_t c;
    size_t k = wc_utf8_decode(t + p, n - p, &c);
    int b = cyr ? byte_1251(c) : byte_1252(c);
    if (b < 0x80 || b > 0xBF)
      return 0;
    bytes[j] = (unsigned char)b;
    p += k;
  }
  int32_t cp;
  size_t used = wc_utf8_decode((const char *)bytes, (size_t)need + 1, &cp);
  if (cp < 0 || used != (size_t)need + 1)
    return 0;
  if (!plausible(cp, need + 1))
    return 0;
  /* a letter before a no-break space is French spacing ("É »"), except
   * the two leads of Latin-1 mojibake: Ã  (à), Â  (no-break space) */
  if (!cyr && need == 1 && bytes[1] == 0xA0 && b0 != 0xC3 && b0 != 0xC2)
    return 0;
  if (cyr && !((cp >= 0x410 && cp <= 0x44F) || cp == 0x451 || cp == 0x401 ||
               cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491 ||
               cp == 0x406 || cp == 0x407 || cp == 0x404 || cp == 0x490))
    return 0;
  *cp_out = cp;
  return p - i;
}

static bool in_fixes(const wc_doc *d, size_t src_off) {
  size_t lo = 0, hi = d->fixes.n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->fixes.v[mid] < src_off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < d->fixes.n && d->fixes.v[lo] == src_off;
}

static bool zero_width(int32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF;
}

/* Mojibake runs: sequences of one code page, possibly with plain letters
 * between them inside one word ("Ã©tÃ©"), reported with the repair. */
static size_t mojibake_run(wc_garble *g, size_t i, bool cyr) {
  const wc_doc *d = g->d;
  const char *t = d->text;
  size_t n = d->len;
  int32_t cp;
  size_t k = try_seq(t, n, i, cyr, &cp);
  if (!k)
    return 0;
  wc_buf fix;
  wc_buf_init(&fix);
  size_t start = i, end = i, nseq = 0;
  size_t p = i;
  wc_buf pending; /* plain characters after the last sequence */
  wc_buf_init(&pending);
  while (p < n) {
    k = try_seq(t, n, p, cyr, &cp);
    if (k) {
      if (pending.len)
        wc_buf_add(&fix, pending.data, pending.len);
      pending.len = 0;
      wc_buf_put_cp(&fix, cp);
      p += k;
      end = p;
      nseq++;
      continue;
    }
    int32_t c;
    size_t kk = wc_utf8_decode(t + p, n - p, &c);
    if (!wc_cp_is_letter(c) && !wc_cp_is_mark(c) && c != '\'')
      break;
    wc_buf_add(&pending, t + p, kk);
    p += kk;
  }
  wc_buf_cleanup(&pending);
  /* Windows-1251 misreadings need a run: "Рі" is a Ukrainian syllable */
  if (cyr && nseq < 3) {
    wc_buf_cleanup(&fix);
    return 0;
  }
  const char *sugg[1] = {fix.data};
  wc_emit(g->cx, "garble.mojibake", start, end, sugg, 1,
          "'%.*s' is UTF-8 text shown as %s; it should read '%s'",
          (int)(end - start), t + start, cyr ? "Windows-1251" : "Windows-1252",
          fix.data);
  wc_buf_cleanup(&fix);
  return end - start;
}

void wc_garble_mojibake(wc_garble *g) {
  const wc_doc *d = g->d;
  const char *t = d->text;
  size_t n = d->len;
  size_t i = 0;
  while (i < n) {
    int32_t cp;
    size_t k = wc_utf8_decode(t + i, n - i, &cp);
    if (cp >= 0xC2 && cp <= 0xF4) {
      size_t used = mojibake_run(g, i, false);
      if (used) {
        i += used;
        continue;
      }
    }
    if (cp == 0x420 || cp == 0x421) {
      size_t used = mojibake_run(g, i, true);
      if (used) {
        i += used;
        continue;
      }
    }
    if (cp == 0xFFFD) {
      /* bytes that were not UTF-8 are input.encoding's; a U+FFFD written
       * in the file is the mark of an earlier broken conversion */
      size_t src = wc_doc_src_offset(d, i);
      if (!in_fixes(d, src))
        wc_emit(g->cx, "garble.mojibake", i, i + k, NULL, 0,
                "a replacement character (U+FFFD) stands where a character "
                "was lost in conversion");
    } else if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' &&
                cp != '\f') ||
               (cp >= 0x7F && cp <= 0x9F)) {
      const char *del[] = {""};
      wc_emit(g->cx, "garble.mojibake", i, i + k, del, 1,
              "control character U+%04X in the text", (unsigned)cp);
    } else if (zero_width(cp) && i > 0) {
      /* inside a word: a letter on both sides */
      size_t p = i;
      while (p > 0 && ((unsigned char)t[p - 1] & 0xC0) == 0x80)
        p--;
      int32_t before = -1, after = -1;
      if (p > 0) {
        size_t q = p - 1;
        while (q > 0 && ((unsigned char)t[q] & 0xC0) == 0x80)
          q--;
        wc_utf8_decode(t + q, n - q, &before);
      }
      if (i + k < n)
        wc_utf8_decode(t + i + k, n - i - k, &after);
      if (wc_cp_is_letter(before) && wc_cp_is_letter(after)) {
        const char *del[] = {""};
        wc_emit(g->cx, "garble.mojibake", i, i + k, del, 1,
                "invisible character U+%04X inside a word breaks search and "
                "spelling",
                (unsigned)cp);
      }
    }
    i += k;
  }
}

/* ---- garble.mixed-script ---- */

static const struct {
  uint16_t cyr, lat;
} homoglyphs[] = {
    {0x430, 'a'}, {0x435, 'e'}, {0x43E, 'o'}, {0x440, 'p'}, {0x441, 'c'},
    {0x443, 'y'}, {0x445, 'x'}, {0x456, 'i'}, {0x458, 'j'}, {0x455, 's'},
    {0x4BB, 'h'}, {0x43A, 'k'}, {0x410, 'A'}, {0x412, 'B'}, {0x415, 'E'},
    {0x41A, 'K'}, {0x41C, 'M'}, {0x41D, 'H'}, {0x41E, 'O'}, {0x420, 'P'},
    {0x421, 'C'}, {0x422, 'T'}, {0x425, 'X'}, {0x423, 'Y'}, {0x406, 'I'},
    {0x408, 'J'}, {0x405, 'S'},
    /* Greek capitals and omicron */
    {0x391, 'A'}, {0x392, 'B'}, {0x395, 'E'}, {0x396, 'Z'}, {0x397, 'H'},
    {0x399, 'I'}, {0x39A, 'K'}, {0x39C, 'M'}, {0x39D, 'N'}, {0x39F, 'O'},
    {0x3A1, 'P'}, {0x3A4, 'T'}, {0x3A5, 'Y'}, {0x3A7, 'X'}, {0x3BF, 'o'},
};

static int32_t to_latin(int32_t cp) {
  for (size_t i = 0; i < sizeof homoglyphs / sizeof homoglyphs[0]; i++)
    if (homoglyphs[i].cyr == cp)
      return homoglyphs[i].lat;
  return -1;
}

static int32_t to_cyrillic(int32_t cp) {
  for (size_t i = 0; i < sizeof homoglyphs / sizeof homoglyphs[0]; i++)
    if (homoglyphs[i].lat == cp && homoglyphs[i].cyr >= 0x400)
      return homoglyphs[i].cyr;
  return -1;
}

/* Checks one hyphen-free segment [s, e) of a word; true if it mixes. */
static bool segment_mixes(const char *t, size_t s, size_t e, size_t *lat_out,
                          size_t *cyr_out, size_t *grk_out) {
  size_t lat = 0, cyr = 0, grk = 0;
  for (size_t i = s; i < e;) {
    int32_t cp;
    i += wc_utf8_decode(t + i, e - i, &cp);
    switch (wc_cp_script(cp)) {
    case WC_SCRIPT_LATIN: lat++; break;
    case WC_SCRIPT_CYRILLIC: cyr++; break;
    case WC_SCRIPT_GREEK: grk++; break;
    default: break;
    }
  }
  *lat_out += lat;
  *cyr_out += cyr;
  *grk_out += grk;
  return (lat > 0) + (cyr > 0) + (grk > 0) >= 2;
}

void wc_garble_mixed_script(wc_garble *g) {
  const wc_doc *d = g->d;
  const char *t = d->text;
  bool cyr_lang = wc_garble_cyrillic_lang(g->l->code);
  for (size_t ti = 0; ti < d->tokens.n; ti++) {
    const wc_token *tok = &d->tokens.v[ti];
    if (tok->kind != WC_TOK_WORD || tok->script != WC_SCRIPT_MIXED)
      continue;
    /* mojibake ("РџРµС‚СЂРѕРІ" has a micro sign in it) is reported as such */
    bool moji = false;
    for (size_t i = tok->start; i < tok->end && !moji;) {
      int32_t cp, dec;
      size_t k = wc_utf8_decode(t + i, tok->end - i, &cp);
      if (try_seq(t, tok->end, i, false, &dec) ||
          try_seq(t, tok->end, i, true, &dec))
        moji = true;
      i += k;
    }
    if (moji)
      continue;
    /* each part of a compound may have its own script: Twitter-аккаунт */
    bool mixed = false;
    size_t lat = 0, cyr = 0, grk = 0;
    size_t s = tok->start;
    for (size_t i = tok->start; i <= tok->end;) {
      int32_t cp = 0;
      size_t k = 1;
      if (i < tok->end)
        k = wc_utf8_decode(t + i, tok->end - i, &cp);
      if (i == tok->end || wc_cp_is_dash(cp) || cp == '.' ||
          wc_cp_is_apostrophe(cp)) {
        if (segment_mixes(t, s, i, &lat, &cyr, &grk))
          mixed = true;
        s = i + k;
      }
      i += k;
    }
    if (!mixed)
      continue;
    /* the intended script: the word's majority, else the language's */
    bool want_latin = lat + grk > cyr || (lat + grk == cyr && !cyr_lang);
    wc_buf fix;
    wc_buf_init(&fix);
    bool ok = true;
    wc_buf odd; /* the letters out of place, for the message */
    wc_buf_init(&odd);
    for (size_t i = tok->start; i < tok->end;) {
      int32_t cp;
      size_t k = wc_utf8_decode(t + i, tok->end - i, &cp);
      wc_script sc = wc_cp_script(cp);
      int32_t r = cp;
      if (want_latin && (sc == WC_SCRIPT_CYRILLIC || sc == WC_SCRIPT_GREEK)) {
        r = to_latin(cp);
        if (odd.len < 40) {
          if (odd.len)
            wc_buf_puts(&odd, ", ");
          wc_buf_printf(&odd, "%s %.*s",
                        sc == WC_SCRIPT_CYRILLIC ? "Cyrillic" : "Greek",
                        (int)k, t + i);
        }
      } else if (!want_latin && sc == WC_SCRIPT_LATIN) {
        r = to_cyrillic(cp);
        if (odd.len < 40) {
          if (odd.len)
            wc_buf_puts(&odd, ", ");
          wc_buf_printf(&odd, "Latin %.*s", (int)k, t + i);
        }
      }
      if (r < 0) {
        ok = false;
        wc_buf_add(&fix, t + i, k);
      } else {
        wc_buf_put_cp(&fix, r);
      }
      i += k;
    }
    /* a compound whose parts are each one script is fine: recheck */
    const char *sugg[1] = {fix.data};
    if (ok)
      wc_emit(g->cx, "garble.mixed-script", tok->start, tok->end, sugg, 1,
              "'%.*s' mixes scripts (%s); did you mean '%s'?",
              (int)(tok->end - tok->start), t + tok->start,
              odd.data ? odd.data : "", fix.data);
    else
      wc_emit(g->cx, "garble.mixed-script", tok->start, tok->end, NULL, 0,
              "'%.*s' mixes %s letters (%s)", (int)(tok->end - tok->start),
              t + tok->start, want_latin ? "Latin and other" : "Cyrillic and "
              "Latin", odd.data ? odd.data : "");
    wc_buf_cleanup(&fix);
    wc_buf_cleanup(&odd);
  }
}

/* ---- garble.punctuation ---- */

static bool is_mark(int32_t cp, const char *set) {
  return cp > 0 && cp < 0x80 && strchr(set, (int)cp) != NULL;
}

/* Is the word before a full stop an abbreviation (so what follows may be
 * lower case)? */
static bool abbreviation(wc_garble *g, size_t wi) {
  const wc_doc *d = g->d;
  const wc_token *w = &d->tokens.v[wi];
  if (w->kind != WC_TOK_WORD)
    return true; /* numbers, symbols: "No. 5", "p. 3" */
  size_t n = w->end - w->start;
  const char *s = d->text + w->start;
  if (wc_utf8_count(s, n) <= 3 || w->shape == WC_CASE_UPPER ||
      s[n - 1] == '.')
    return true;
  char *tmp = wc_xasprintf("%.*s.", (int)n, s);
  bool known = wc_lang_has(g->l, "abbreviations", tmp, n + 1);
  free(tmp);
  if (known)
    return true;
  /* no vowel: bzw, vgl, str */
  bool vowel = false;
  char *f = wc_utf8_fold_strip(s, n);
  for (const char *p = f; *p; p++)
    if (strchr("aeiouy", *p) || (unsigned char)*p >= 0x80)
      vowel = true;
  free(f);
  return !vowel;
}

/* s[0..n) with its first letter upper-cased; caller frees. */
static char *capitalize(const char *s, size_t n) {
  int32_t c0;
  size_t k0 = wc_utf8_decode(s, n, &c0);
  char *up = wc_utf8_upper(s, k0);
  char *r = wc_xasprintf("%s%.*s", up, (int)(n - k0), s + k0);
  free(up);
  return r;
}

static bool same_block(const wc_doc *d, size_t a, size_t b) {
  return d->tokens.v[a].sentence < d->sentences.n &&
         d->tokens.v[b].sentence < d->sentences.n &&
         d->sentences.v[d->tokens.v[a].sentence].block ==
             d->sentences.v[d->tokens.v[b].sentence].block;
}

static void brackets(wc_garble *g, size_t tf, size_t te) {
  const wc_doc *d = g->d;
  WC_VEC(size_t) stack = {0};
  for (size_t i = tf; i < te; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->kind != WC_TOK_PUNCT || g->skip_sent[t->sentence])
      continue;
    int32_t cp = wc_garble_tok_cp(d, i);
    if (cp == '(' || cp == '[') {
      WC_VEC_PUSH(stack, i);
    } else if (cp == ')' || cp == ']') {
      int32_t want = cp == ')' ? '(' : '[';
      if (stack.n && wc_garble_tok_cp(d, stack.v[stack.n - 1]) == want) {
        stack.n--;
        continue;
      }
      /* enumerations "1)", "a)" and emoticons ":)" */
      if (i > tf) {
        const wc_token *p = &d->tokens.v[i - 1];
        int32_t pc = wc_garble_tok_cp(d, i - 1);
        if (!t->space_before &&
            (p->kind == WC_TOK_NUMBER ||
             (p->kind == WC_TOK_WORD && wc_utf8_count(d->text + p->start,
                                                      p->end - p->start) <= 3) ||
             pc == ':' || pc == ';'))
          continue;
      }
      wc_emit(g->cx, "garble.punctuation", t->start, t->end, NULL, 0,
              "'%c' closes a bracket that was never opened", (char)cp);
    }
  }
  for (size_t k = 0; k < stack.n; k++) {
    const wc_token *t = &d->tokens.v[stack.v[k]];
    int32_t cp = wc_garble_tok_cp(d, stack.v[k]);
    wc_emit(g->cx, "garble.punctuation", t->start, t->end, NULL, 0,
            "'%c' is never closed in this paragraph", (char)cp);
  }
  WC_VEC_FREE(stack);
}

void wc_garble_punctuation(wc_garble *g) {
  const wc_doc *d = g->d;
  bool fr = strcmp(g->l->code, "fr") == 0;
  bool es = strcmp(g->l->code, "es") == 0;
  size_t block_first = 0;
  for (size_t i = 0; i < d->tokens.n; i++) {
    const wc_token *t = &d->tokens.v[i];
    size_t si = t->sentence;
    bool new_block = i == 0 || !same_block(d, i - 1, i);
    if (new_block) {
      if (i > 0)
        brackets(g, block_first, i);
      block_first = i;
    }
    if (si >= d->sentences.n || g->skip_sent[si])
      continue;
    unsigned scope = wc_garble_sent_scope(d, si);
    if (scope & WC_SCOPE_TABLE)
      continue;
    int32_t cp = wc_garble_tok_cp(d, i);
    bool body = (scope & (WC_SCOPE_BODY | WC_SCOPE_QUOTE | WC_SCOPE_LIST)) != 0;

    /* a paragraph that starts in lower case */
    if (new_block && body && t->kind == WC_TOK_WORD &&
        t->shape == WC_CASE_LOWER) {
      char *sugg = capitalize(d->text + t->start, t->end - t->start);
      const char *sg[1] = {sugg};
      wc_emit(g->cx, "garble.punctuation", t->start, t->end, sg, 1,
              "the paragraph starts in lower case");
      free(sugg);
      continue;
    }
    /* single ASCII marks only: an ellipsis "..." is one token */
    if (t->kind != WC_TOK_PUNCT || new_block || t->end - t->start != 1)
      continue;
    const wc_token *prev = &d->tokens.v[i - 1];
    const wc_token *next = i + 1 < d->tokens.n && same_block(d, i, i + 1)
                               ? &d->tokens.v[i + 1]
                               : NULL;

    /* space before a closing mark: "proof” ." */
    if (t->space_before && is_mark(cp, ",.;:!?)]") &&
        (prev->kind == WC_TOK_WORD || prev->kind == WC_TOK_NUMBER ||
         prev->kind == WC_TOK_QUOTE) &&
        !(fr && is_mark(cp, ";:!?")) &&
        !(next && !next->space_before &&
          (next->kind == WC_TOK_NUMBER || next->kind == WC_TOK_WORD)) &&
        !(prev->kind == WC_TOK_QUOTE && wc_garble_quote_opens(d, i - 1))) {
      char mark[2] = {(char)cp, 0};
      const char *sg[1] = {mark};
      wc_emit(g->cx, "garble.punctuation", prev->end, t->end, sg, 1,
              "space before '%c'", (char)cp);
      continue;
    }

    /* doubled marks: ",,"  ".."  ",."  "!!" (not "?!", "!?", "etc.,") */
    if (next && !next->space_before && next->kind == WC_TOK_PUNCT &&
        is_mark(cp, ",.;:!?")) {
      int32_t nc = wc_garble_tok_cp(d, i + 1);
      bool pair = is_mark(nc, ",.;:!?") && next->end - next->start == 1;
      bool emph = (cp == '?' && nc == '!') || (cp == '!' && nc == '?');
      /* Spanish: "¿Cuántas...?, preguntó" */
      if (es && (cp == '?' || cp == '!') && nc == ',')
        emph = true;
      bool abbr = cp == '.' && nc != '.' && abbreviation(g, i - 1);
      if (pair && !emph && !abbr) {
        /* one finding for the whole run: "!!!!!!" */
        size_t e = i + 1;
        while (e + 1 < d->tokens.n && same_block(d, e, e + 1) &&
               !d->tokens.v[e + 1].space_before &&
               d->tokens.v[e + 1].kind == WC_TOK_PUNCT &&
               d->tokens.v[e + 1].end - d->tokens.v[e + 1].start == 1 &&
               is_mark(wc_garble_tok_cp(d, e + 1), ",.;:!?"))
          e++;
        char mark[2] = {(char)cp, 0};
        const char *sg[1] = {mark};
        if (cp == nc && e == i + 1)
          wc_emit(g->cx, "garble.punctuation", t->start, next->end, sg, 1,
                  "'%c' doubled", (char)cp);
        else if (cp == nc)
          wc_emit(g->cx, "garble.punctuation", t->start, d->tokens.v[e].end,
                  sg, 1, "'%c' repeated", (char)cp);
        else
          wc_emit(g->cx, "garble.punctuation", t->start, d->tokens.v[e].end,
                  NULL, 0, "'%.*s': several marks where one belongs",
                  (int)(d->tokens.v[e].end - t->start), d->text + t->start);
        i = e;
        continue;
      }
    }
    /* "U.S.." : a dotted abbreviation and a full stop */
    if (cp == '.' && !t->space_before && prev->kind == WC_TOK_WORD &&
        d->text[prev->end - 1] == '.' && !(next && !next->space_before)) {
      const char *sg[1] = {""};
      wc_emit(g->cx, "garble.punctuation", t->start, t->end, sg, 1,
              "'.' doubled after an abbreviation");
      continue;
    }

    /* no space after a sentence end or comma: "talks.The", "talks,and" */
    if (next && !next->space_before && next->kind == WC_TOK_WORD &&
        !t->space_before && prev->kind == WC_TOK_WORD &&
        wc_utf8_count(d->text + prev->start, prev->end - prev->start) >= 2 &&
        wc_utf8_count(d->text + next->start, next->end - next->start) >= 2 &&
        (prev->shape == WC_CASE_LOWER ||
         (prev->shape == WC_CASE_TITLE && !abbreviation(g, i - 1)))) {
      /* "year.The", or "year.the" before a function word (a domain such
       * as booking.com has none) */
      char *nf = wc_utf8_fold(d->text + next->start, next->end - next->start);
      bool stop = is_mark(cp, ".!?") &&
                  (next->shape == WC_CASE_TITLE ||
                   (next->shape == WC_CASE_LOWER &&
                    wc_lang_has(g->l, "function-words", nf, strlen(nf))));
      free(nf);
      bool comma = is_mark(cp, ",;") && next->shape == WC_CASE_LOWER;
      /* not a domain or file name: "Booking.com", "index.html" */
      bool after_ok = i + 2 >= d->tokens.n || d->tokens.v[i + 2].space_before ||
                      d->tokens.v[i + 2].kind != WC_TOK_PUNCT ||
                      wc_garble_tok_cp(d, i + 2) != '.';
      if ((stop || comma) && after_ok) {
        char *sg0 = wc_xasprintf("%c %.*s", (char)cp,
                                 (int)(next->end - next->start),
                                 d->text + next->start);
        const char *sg[1] = {sg0};
        wc_emit(g->cx, "garble.punctuation", t->start, next->end, sg, 1,
                "no space after '%c'", (char)cp);
        free(sg0);
        continue;
      }
    }

    /* a sentence that starts in lower case after a full stop:
     * "... the talks. the minister said" */
    if (cp == '.' && body && next && next->space_before &&
        next->kind == WC_TOK_WORD && next->shape == WC_CASE_LOWER &&
        wc_utf8_count(d->text + next->start, next->end - next->start) >= 2 &&
        prev->kind == WC_TOK_WORD && !t->space_before &&
        !abbreviation(g, i - 1)) {
      /* the sentence before must be a real one: three words or more */
      size_t words = 0;
      for (size_t k = i; k > 0 && words < 3; k--) {
        const wc_token *w = &d->tokens.v[k - 1];
        if (!same_block(d, k - 1, i))
          break;
        if (w->kind == WC_TOK_PUNCT && is_mark(wc_garble_tok_cp(d, k - 1),
                                               ".!?;:"))
          break;
        if (w->kind == WC_TOK_WORD)
          words++;
      }
      if (words >= 3) {
        char *sugg = capitalize(d->text + next->start, next->end - next->start);
        const char *sg[1] = {sugg};
        wc_emit(g->cx, "garble.punctuation", next->start, next->end, sg, 1,
                "the sentence starts in lower case");
        free(sugg);
      }
    }
  }
  if (d->tokens.n)
    brackets(g, block_first, d->tokens.n);
}

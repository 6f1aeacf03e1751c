/* translit.h -- romanization of Cyrillic: Ukrainian by the national
 * system of 2010 (KMU Resolution No. 55) and Russian by BGN/PCGN 1947.
 * Internal; the public entry point is wc_transliterate (wirecheck.h).
 *
 * Characters that are not Cyrillic letters pass through unchanged.  Case
 * follows the source: a capital letter that becomes two or more Latin
 * letters is written "Zh" inside a capitalized word and "ZH" inside a word
 * in capitals. */
#ifndef WC_TRANSLIT_H
#define WC_TRANSLIT_H

#include "util.h"

typedef enum wc_translit_system {
  WC_TRANSLIT_UK = 0, /* Ukrainian, national system of 2010 */
  WC_TRANSLIT_RU      /* Russian, BGN/PCGN 1947 */
} wc_translit_system;

/* Romanizes s[0..n) into b (appended). */
void wc_translit_buf(wc_translit_system sys, const char *s, size_t n,
                     wc_buf *b);

/* Romanizes s[0..n); caller frees. */
char *wc_translit(wc_translit_system sys, const char *s, size_t n);

/* Does s[0..n) contain a Cyrillic letter? */
bool wc_translit_has_cyrillic(const char *s, size_t n);

/* Guesses which system suits a Cyrillic word: Ukrainian when it has one of
 * і ї є ґ, Russian when it has one of ы э ъ ё, else the fallback. */
wc_translit_system wc_translit_guess(const char *s, size_t n,
                                     wc_translit_system fallback);

#endif

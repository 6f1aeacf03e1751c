/* namekey.h -- the transliteration-aware key of a name, used to tell when
 * two spellings in copy name one entity (Zelensky, Zelenskyy, Zelenskiy,
 * Зеленський) and when they do not (Austria, Australia).  Internal.
 *
 * The key folds case and diacritics (utf8proc), romanizes Cyrillic, drops
 * apostrophes (keeps hyphens), maps j and y to i, c and q to k, w to v, x to ks,
 * ph to f and sch to sh, then collapses doubled letters.  So -sky, -skyy,
 * -skiy, -skyi and -skij all end in "ski". */
#ifndef WC_NAMEKEY_H
#define WC_NAMEKEY_H

#include "../core/util.h"

/* The key of s[0..n); caller frees.  lang ("uk", "ru", or another code)
 * picks the romanization for Cyrillic words that do not show which
 * language they are in. */
char *wc_namekey(const char *s, size_t n, const char *lang);

/* The light key: case, diacritics, y/i/j and doubled letters folded, but
 * no consonant swapped (Crédit and Kredit differ; Mélenchon and Méllenchon
 * do not).  Caller frees. */
char *wc_namekey_light(const char *s, size_t n, const char *lang);

/* Could two different keys name one entity?  Equal keys of at least five
 * letters; or keys of at least six letters one edit apart, where the edit
 * is neither the first letter nor in the last two letters of either (so
 * Russia/Russian, Sweden/Swedes, Petrov/Petrova and Watson/Matson stay
 * apart). */
bool wc_namekey_similar(const char *a, const char *b);

#endif

/* textmatch.h -- matching house-style phrases against a document's
 * tokens, shared by the names and style families.  Internal.
 *
 * Words are compared folded (wc_style_fold): case-insensitive, with
 * curly apostrophes and Unicode hyphens written plainly.  A phrase matches
 * consecutive word tokens of one sentence with nothing but space between
 * them, never part of a word. */
#ifndef WC_TEXTMATCH_H
#define WC_TEXTMATCH_H

#include "../doc/doc.h"
#include "../style/style.h"

typedef struct wc_tm {
  const wc_doc *doc;
  char **fold; /* per token: folded text of words, numbers and punctuation,
                  else NULL */
  size_t n;
} wc_tm;

void wc_tm_init(wc_tm *tm, const wc_doc *d);
void wc_tm_cleanup(wc_tm *tm);

/* The endings a name takes in lang without changing its stem, folded and
 * NULL-terminated: en "'s", de "s" and "er", ... */
const char *const *wc_tm_suffixes(const char *lang);

/* Byte length of the suffix of s[0..n) that folds to one of suffixes (the
 * longest), leaving at least min_keep bytes; 0 if none. */
size_t wc_tm_suffix_len(const char *s, size_t n, const char *const *suffixes,
                        size_t min_keep);

/* Does phrase p start at token ti?  The last word may carry one of
 * suffixes (may be NULL).  Returns the number of tokens matched (0: no)
 * and the byte end of the match in *end_out. */
size_t wc_tm_phrase_at(const wc_tm *tm, size_t ti, const wc_style_phrase *p,
                       const char *const *suffixes, size_t *end_out);

/* Is the first letter of s[0..n) upper case / are all its letters? */
bool wc_tm_capitalized(const char *s, size_t n);
bool wc_tm_all_caps(const char *s, size_t n);

#endif

/* diag.h -- the findings of one document, and the run result.  Internal. */
#ifndef WC_DIAG_H
#define WC_DIAG_H

#include "../core/util.h"

typedef struct wc_findings {
  WC_VEC(wc_finding) v;
} wc_findings;

void wc_findings_init(wc_findings *f);
void wc_findings_cleanup(wc_findings *f);
/* Takes ownership of the strings inside fd. */
void wc_findings_push(wc_findings *f, wc_finding fd);
/* Sorts by position then rule id and removes exact duplicates. */
void wc_findings_sort(wc_findings *f);

struct wc_result {
  char *path;
  char lang[8];
  const char *format;
  char *src;          /* NULL for batch results */
  size_t src_len;
  wc_findings findings;
  WC_VEC(char *) paths; /* batch results: owned path strings */
};

/* Makes an empty result; src is taken over (may be NULL). */
wc_result *wc_result_make(const char *path, const char *lang,
                          const char *format, char *src, size_t src_len);

void wc_finding_free_strings(wc_finding *fd);

#endif

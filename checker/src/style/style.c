/* style.c -- placeholder house style: knows no names yet.  The XML loader
 * replaces this (issue 3). */
#include "style.h"

#include <stdlib.h>

struct wc_style {
  int unused;
};

wc_status wc_style_load(const char *path, const char *data_dir,
                        wc_style **out, wc_error *err) {
  (void)path;
  (void)data_dir;
  (void)err;
  *out = wc_xcalloc(1, sizeof **out);
  return WC_OK;
}

void wc_style_free(wc_style *s) { free(s); }

const wc_style_name *wc_style_names(const wc_style *s, const char *lang,
                                    size_t *n_out) {
  (void)s;
  (void)lang;
  *n_out = 0;
  return NULL;
}

bool wc_style_knows_word(const wc_style *s, const char *lang, const char *w,
                         size_t n) {
  (void)s;
  (void)lang;
  (void)w;
  (void)n;
  return false;
}

bool wc_style_quote_marks(const wc_style *s, const char *lang,
                          const char **open_out, const char **close_out,
                          const char **open2_out, const char **close2_out) {
  (void)s;
  (void)lang;
  (void)open_out;
  (void)close_out;
  (void)open2_out;
  (void)close2_out;
  return false;
}

bool wc_style_rule_severity(const wc_style *s, const char *rule,
                            wc_severity *out) {
  (void)s;
  (void)rule;
  (void)out;
  return false;
}

wc_status wc_style_verify_examples(wc_engine *e, FILE *out, size_t *total_out,
                                   size_t *failed_out, wc_error *err) {
  (void)e;
  (void)out;
  (void)err;
  *total_out = 0;
  *failed_out = 0;
  return WC_OK;
}

wc_status wc_transliterate(const char *lang, const char *in, size_t len,
                           char **out, wc_error *err) {
  (void)lang;
  (void)in;
  (void)len;
  *out = NULL;
  return wc_fail(err, WC_ERR_USAGE, NULL, 0, 0,
                 "transliteration is not built yet");
}

/* harness.h -- what every unit test includes: cmocka and small helpers to
 * make an engine and a document from a string.  Tests run from the top of
 * the tree (make check), so dictionaries/ is found relative to it. */
#ifndef WC_TEST_HARNESS_H
#define WC_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine.h"
#include "wirecheck.h"

static inline const char *test_data_dir(void) {
  const char *d = getenv("WIRECHECK_DATA_DIR");
  return d && *d ? d : "dictionaries";
}

/* An engine with the default style; lang may be NULL (detect). */
static inline wc_engine *test_engine(const char *lang) {
  wc_options o = {0};
  o.data_dir = test_data_dir();
  o.lang = lang;
  wc_engine *e = NULL;
  wc_error err = {0};
  wc_status st = wc_engine_new(&o, &e, &err);
  if (st != WC_OK)
    fail_msg("engine: %s", err.msg);
  return e;
}

/* Loads a document from a string (format: WC_FMT_TEXT, ...). */
static inline wc_doc *test_doc(wc_engine *e, const char *text,
                               wc_input_format fmt) {
  wc_doc *d = NULL;
  wc_error err = {0};
  wc_status st = wc_engine_load_doc(e, "test", text, strlen(text), fmt, &d,
                                    &err);
  if (st != WC_OK)
    fail_msg("load: %s", err.msg);
  return d;
}

/* Checks a string and returns the result (caller frees). */
static inline wc_result *test_check(wc_engine *e, const char *text,
                                    wc_input_format fmt) {
  wc_result *r = NULL;
  wc_error err = {0};
  if (wc_check_buffer(e, "test", text, strlen(text), fmt, &r, &err) != WC_OK)
    fail_msg("check: %s", err.msg);
  return r;
}

/* Number of findings of a rule in a result. */
static inline size_t test_count_rule(const wc_result *r, const char *rule) {
  size_t n = 0;
  for (size_t i = 0; i < wc_result_count(r); i++)
    if (strcmp(wc_result_at(r, i)->rule, rule) == 0)
      n++;
  return n;
}

/* The text of sentence i of a document, as a new string. */
static inline char *test_sentence(const wc_doc *d, size_t i) {
  const wc_sentence *s = &d->sentences.v[i];
  return wc_xstrndup(d->text + s->start, s->end - s->start);
}

#endif

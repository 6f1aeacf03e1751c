/* engine.h -- what a run loads once: options, language profiles, house
 * style, rule switches, batch state.  Internal. */
#ifndef WC_ENGINE_H
#define WC_ENGINE_H

#include "check/check.h"
#include "diag/diag.h"
#include "doc/lang.h"
#include "style/style.h"

struct wc_engine {
  char *data_dir;
  char *lang_forced;
  bool deep;
  wc_style *style;
  wc_lang *langs[8];        /* indexed like wc_languages() */
  wc_map *rule_on;          /* rule id -> (void*)1 on, (void*)2 off */
  void **batch_states;      /* one per check (NULL if none) */
  wc_findings batch;        /* findings of the batch pass */
  WC_VEC(char *) batch_paths;
};

/* The profile of a language code, loaded once per run. */
wc_lang *wc_engine_lang(struct wc_engine *e, const char *code);

/* Loads and prepares a document: read, detect language, segment.
 * Used by wc_check_* and by tools such as the quote sheet. */
wc_status wc_engine_load_doc(struct wc_engine *e, const char *path,
                             const char *data, size_t len,
                             wc_input_format fmt, wc_doc **out,
                             wc_error *err);

/* Is the rule (or its family) enabled? */
bool wc_engine_rule_on(const struct wc_engine *e, const char *rule);

/* Makes a finding from a text span of doc (line/column computed). */
void wc_engine_make_finding(const wc_doc *d, const char *rule,
                            wc_severity sev, size_t start, size_t end,
                            wc_finding *out);

#endif

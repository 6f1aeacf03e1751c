/* check.h -- the interface every check family implements.  Internal.
 *
 * A family is one file exporting one wc_check_def; registry.c lists them.
 * run() reads the document and the shared context and only emits findings;
 * it cannot fail and keeps no global state.  Families that look across the
 * files of a run provide the batch hooks: collect() keeps a compact summary
 * of each document (never the document), finish() emits at the end. */
#ifndef WC_CHECK_H
#define WC_CHECK_H

#include "../doc/doc.h"
#include "../doc/lang.h"

struct wc_style;
struct wc_engine;
struct wc_findings;

typedef struct wc_rule_def {
  const char *id;          /* "names.house-form" */
  wc_severity severity;    /* default severity */
  bool default_on;         /* false for slow or opt-in rules */
  const char *summary;     /* one line for --list-rules */
} wc_rule_def;

/* What a check sees. */
typedef struct wc_ctx {
  const wc_doc *doc;
  wc_lang *lang;                 /* profile of the document's language */
  const struct wc_style *style;  /* house style (never NULL) */
  struct wc_engine *engine;
  struct wc_findings *out;
  bool deep;                     /* --deep given */
} wc_ctx;

typedef struct wc_batch_emit wc_batch_emit;

typedef struct wc_check_def {
  const char *family;
  const wc_rule_def *rules;
  size_t nrules;
  void (*run)(wc_ctx *cx);
  /* optional batch hooks */
  void *(*batch_new)(void);
  void (*batch_collect)(void *state, wc_ctx *cx);
  void (*batch_finish)(void *state, wc_batch_emit *be);
  void (*batch_free)(void *state);
} wc_check_def;

/* Is the rule enabled in this run?  Checks may skip work for disabled
 * rules. */
bool wc_rule_enabled(const wc_ctx *cx, const char *rule);

/*
 * Emits a finding on [start, end) of doc->text.  sugg: NULL or an array of
 * nsugg suggestions (copied).  The message is printf-formatted, starts in
 * lower case and has no final full stop.  A disabled rule emits nothing.
 */
void wc_emit(wc_ctx *cx, const char *rule, size_t start, size_t end,
             const char *const *sugg, size_t nsugg, const char *fmt, ...)
    WC_PRINTF(7, 8);

/* As wc_emit, with the severity given here instead of the rule's default
 * (a house-style override still wins).  For rules whose severity depends on
 * the evidence, such as an unknown capitalized word (info) against a likely
 * typo (warning). */
void wc_emit_sev(wc_ctx *cx, const char *rule, wc_severity sev, size_t start,
                 size_t end, const char *const *sugg, size_t nsugg,
                 const char *fmt, ...) WC_PRINTF(8, 9);

/* Batch emission: position given as a source location of a file already
 * reported (path, byte offsets, line, column) kept by collect(). */
typedef struct wc_batch_loc {
  const char *path;
  size_t start, end;           /* original byte offsets */
  size_t line, column, end_line, end_column;
  const char *excerpt;
} wc_batch_loc;

/* Fills loc for [start,end) of doc->text (strings borrowed from cx->doc:
 * copy what you keep). */
void wc_ctx_loc(const wc_ctx *cx, size_t start, size_t end, wc_batch_loc *loc);

void wc_batch_emit_finding(wc_batch_emit *be, const char *rule,
                           const wc_batch_loc *loc, const char *const *sugg,
                           size_t nsugg, const char *fmt, ...) WC_PRINTF(6, 7);

/* The registry (registry.c). */
extern const wc_check_def *const wc_checks[];
extern const size_t wc_ncheck;

/* The families. */
extern const wc_check_def wc_check_spelling;
extern const wc_check_def wc_check_names;
extern const wc_check_def wc_check_style;
extern const wc_check_def wc_check_quotes;
extern const wc_check_def wc_check_garble;

#endif

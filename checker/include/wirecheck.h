/*
 * wirecheck.h -- the public API of libwirecheck.
 *
 * The command-line tool and the tests use nothing else.  The library never
 * prints on its own, never exits, and never reads argv or the environment:
 * output goes only to the FILE * a caller hands to a reporter.
 *
 * Ownership: objects made by wc_<obj>_new are freed by wc_<obj>_free, which
 * accepts NULL.  Getters return borrowed pointers valid until the owner is
 * freed.  A function that hands over memory says so.
 */
#ifndef WIRECHECK_H
#define WIRECHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define WC_VERSION "0.1.0"

/* ---- status and errors ------------------------------------------------ */

typedef enum wc_status {
  WC_OK = 0,
  WC_ERR_IO,       /* a file could not be read or written */
  WC_ERR_FORMAT,   /* input could not be parsed (malformed XML, binary) */
  WC_ERR_CONFIG,   /* a house style or dictionary is broken */
  WC_ERR_USAGE,    /* a caller passed something meaningless */
  WC_ERR_INTERNAL
} wc_status;

/* Fixed English text for a status. */
const char *wc_status_str(wc_status s);

/* Details of an error, filled when a caller passes one (may be NULL). */
typedef struct wc_error {
  char msg[512];
  char file[512];
  size_t line, col; /* 0 when unknown */
} wc_error;

/* ---- severities --------------------------------------------------------- */

typedef enum wc_severity {
  WC_SEV_INFO = 0,
  WC_SEV_WARNING = 1,
  WC_SEV_ERROR = 2,
  WC_SEV_NONE = 3 /* only meaningful as a --fail-on threshold */
} wc_severity;

const char *wc_severity_name(wc_severity s);
/* Parses "error", "warning", "info", "none".  Returns false if unknown. */
bool wc_severity_parse(const char *s, wc_severity *out);

/* ---- input formats ------------------------------------------------------ */

typedef enum wc_input_format {
  WC_FMT_AUTO = 0,
  WC_FMT_TEXT,
  WC_FMT_HTML,
  WC_FMT_NITF,
  WC_FMT_NEWSML
} wc_input_format;

/* "auto", "text", "html", "nitf", "newsml".  Returns false if unknown. */
bool wc_input_format_parse(const char *s, wc_input_format *out);
const char *wc_input_format_name(wc_input_format f);

/* ---- findings ----------------------------------------------------------- */

/*
 * One diagnostic about an article.  Positions refer to the file as the
 * editor has it open: byte offsets into the original bytes, lines 1-based,
 * columns 1-based counted in Unicode code points (an invalid byte counts as
 * one).  end_line/end_column point just past the last character, as SARIF's
 * endColumn does.
 */
typedef struct wc_finding {
  const char *rule;       /* "family.name"; static storage */
  wc_severity severity;
  const char *path;       /* borrowed from the owning result */
  size_t start, end;      /* byte offsets in the original file */
  size_t line, column;
  size_t end_line, end_column;
  char *message;
  char **suggestions;
  size_t nsuggestions;
  char *excerpt;          /* the source text of the span */
} wc_finding;

/* ---- engine: everything loaded once per run ----------------------------- */

typedef struct wc_engine wc_engine;

typedef struct wc_options {
  const char *data_dir;   /* dictionaries/ folder; NULL: built-in default */
  const char *style_path; /* house style XML; NULL: styles/default.xml */
  const char *lang;       /* force a language ("en"...); NULL: detect */
  bool deep;              /* enable slow deep checks (garble.grammar) */
} wc_options;

wc_status wc_engine_new(const wc_options *opts, wc_engine **out, wc_error *err);
void wc_engine_free(wc_engine *e);

/* Enables or disables a rule id ("spelling.unknown") or a whole family
 * ("names").  WC_ERR_USAGE if no such rule or family exists. */
wc_status wc_engine_set_enabled(wc_engine *e, const char *rule, bool on);

/* The six languages supported; NULL-terminated. */
const char *const *wc_languages(void);

/* Rule metadata, for --list-rules, SARIF and HTML reports. */
typedef struct wc_rule_info {
  const char *id;
  wc_severity severity; /* default */
  const char *summary;  /* one line */
  bool default_on;
} wc_rule_info;
size_t wc_rule_count(void);
const wc_rule_info *wc_rule_at(size_t i);
const wc_rule_info *wc_rule_find(const char *id);

/* ---- checking ------------------------------------------------------------ */

/* The findings of one file (or of the batch pass). */
typedef struct wc_result wc_result;

/*
 * Reads and checks one file ("-" is not special here: the CLI reads stdin
 * itself and calls wc_check_buffer).  On WC_OK *out holds the result, even
 * for a file that produced only input.* findings.  On error (unreadable,
 * binary, unparsable) *out is NULL and err says why.
 */
wc_status wc_check_file(wc_engine *e, const char *path, wc_input_format fmt,
                        wc_result **out, wc_error *err);
wc_status wc_check_buffer(wc_engine *e, const char *name, const char *data,
                          size_t len, wc_input_format fmt, wc_result **out,
                          wc_error *err);

/* Findings across the files checked so far (names.batch-inconsistent ...).
 * Call once after the last file.  Each finding carries its own path. */
wc_result *wc_engine_batch_finish(wc_engine *e);

const char *wc_result_path(const wc_result *r);
const char *wc_result_language(const wc_result *r);
const char *wc_result_format(const wc_result *r); /* "text", "html", ... */
size_t wc_result_count(const wc_result *r);
const wc_finding *wc_result_at(const wc_result *r, size_t i);
/* The original bytes of the file (as read, with invalid UTF-8 replaced by
 * U+FFFD so it can be shown); NULL for batch results. */
const char *wc_result_source(const wc_result *r, size_t *len_out);
/* Counts of findings per severity. */
void wc_result_counts(const wc_result *r, size_t counts_out[3]);
void wc_result_free(wc_result *r);

/* Is this buffer likely binary (NUL bytes or mostly control bytes)? */
bool wc_looks_binary(const char *data, size_t len);

/* ---- reporters ----------------------------------------------------------- */

typedef enum wc_output_format {
  WC_OUT_TEXT = 0,
  WC_OUT_JSON,
  WC_OUT_JSONL,
  WC_OUT_SARIF,
  WC_OUT_HTML,
  WC_OUT_EXPECT /* golden-test lines: LINE:COL severity rule: message */
} wc_output_format;

bool wc_output_format_parse(const char *s, wc_output_format *out);

typedef struct wc_report_options {
  bool color;        /* ANSI colour in text output */
  bool quiet;        /* text: no excerpts, no summary */
  const char *docs_url; /* base for rule links (HTML, SARIF); may be NULL */
} wc_report_options;

typedef struct wc_reporter wc_reporter;

wc_status wc_reporter_new(wc_output_format f, FILE *out,
                          const wc_report_options *opts, wc_reporter **rep_out);
/* One checked file.  Reporters that stream write here. */
void wc_reporter_file(wc_reporter *rep, const wc_result *r);
/* A file that could not be checked. */
void wc_reporter_failure(wc_reporter *rep, const char *path, const char *msg);
/* The batch pass's findings (may be empty). */
void wc_reporter_batch(wc_reporter *rep, const wc_result *batch);
/* Summary and closing; returns WC_ERR_IO if writing failed. */
wc_status wc_reporter_end(wc_reporter *rep);
void wc_reporter_free(wc_reporter *rep);

/* ---- tools for editors --------------------------------------------------- */

/* Romanizes Cyrillic text: lang "uk" (national system of 2010) or "ru"
 * (BGN/PCGN).  *out is caller-freed with wc_free. */
wc_status wc_transliterate(const char *lang, const char *in, size_t len,
                           char **out, wc_error *err);

/* Writes the quote sheet of one file: every quote, its speaker, how the
 * speaker was found, and its line.  json selects JSON over text. */
wc_status wc_quote_sheet(wc_engine *e, const char *path, const char *data,
                         size_t len, wc_input_format fmt, bool json, FILE *out,
                         wc_error *err);

/* Verifies every example the house style carries; writes one line per
 * failing example to out.  Returns the number of failures in *failed_out
 * and the number checked in *total_out. */
wc_status wc_style_verify_examples(wc_engine *e, FILE *out, size_t *total_out,
                                   size_t *failed_out, wc_error *err);

void wc_free(void *p);

#endif

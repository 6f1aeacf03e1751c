/* report.h -- reporters: one per output format, each a small vtable.
 * Reporters format, never filter.  Internal. */
#ifndef WC_REPORT_H
#define WC_REPORT_H

#include "../diag/diag.h"

typedef struct wc_reporter_ops {
  void (*file)(wc_reporter *rep, const wc_result *r);
  void (*failure)(wc_reporter *rep, const char *path, const char *msg);
  void (*batch)(wc_reporter *rep, const wc_result *batch);
  void (*end)(wc_reporter *rep);
  void (*free)(wc_reporter *rep); /* free rep->state */
} wc_reporter_ops;

struct wc_reporter {
  const wc_reporter_ops *ops;
  FILE *out;
  wc_report_options opts;
  void *state;
  /* running totals kept by report.c for every format */
  size_t files, failures;
  size_t counts[3];
};

/* Constructors: set rep->ops and rep->state. */
void wc_report_text_init(wc_reporter *rep, bool expect_format);
void wc_report_json_init(wc_reporter *rep);
void wc_report_jsonl_init(wc_reporter *rep);
void wc_report_sarif_init(wc_reporter *rep);
void wc_report_html_init(wc_reporter *rep);

/* JSON string escaping into a buffer (with quotes). */
void wc_json_str(wc_buf *b, const char *s);
void wc_json_strn(wc_buf *b, const char *s, size_t n);
/* One finding as a JSON object (json.c); with_path adds "path". */
void wc_json_finding(wc_buf *b, const wc_finding *f, bool with_path);

#endif

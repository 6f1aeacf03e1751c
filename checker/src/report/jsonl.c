/* jsonl.c -- --format jsonl: JSON Lines for pipelines and log tools.
 *
 * One object per line, written and flushed as each file finishes:
 *   {"type":"finding","path":...,"rule":...,"severity":...,"line":...,
 *    "column":...,"end_line":...,"end_column":...,"offset":...,
 *    "length":...,"message":...,"suggestions":[...],"excerpt":...}
 * (the finding object of --format json, with "type" and "path"; findings of
 * the batch pass, which compare files, carry "batch":true), then
 *   {"type":"failure","path":...,"message":...}   a file not checked
 * and, last,
 *   {"type":"summary","files":N,"errors":N,"warnings":N,"infos":N,
 *    "failures":N}
 * A file with no finding writes no line. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

static void write_finding(wc_reporter *rep, wc_buf *b, const wc_finding *f,
                          bool batch) {
  b->len = 0;
  wc_buf_puts(b, batch ? "{\"type\":\"finding\",\"batch\":true,"
                       : "{\"type\":\"finding\",");
  size_t at = b->len;
  wc_json_finding(b, f, true);
  /* wc_json_finding wrote a whole object: drop its opening brace */
  memmove(b->data + at, b->data + at + 1, b->len - at);
  b->len--;
  wc_buf_putc(b, '\n');
  fwrite(b->data, 1, b->len, rep->out);
}

static void emit(wc_reporter *rep, const wc_result *r, bool batch) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t i = 0; i < r->findings.v.n; i++)
    write_finding(rep, &b, &r->findings.v.v[i], batch);
  wc_buf_cleanup(&b);
  fflush(rep->out);
}

static void jsonl_file(wc_reporter *rep, const wc_result *r) {
  emit(rep, r, false);
}

static void jsonl_batch(wc_reporter *rep, const wc_result *batch) {
  emit(rep, batch, true);
}

static void jsonl_failure(wc_reporter *rep, const char *path,
                          const char *msg) {
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, "{\"type\":\"failure\",\"path\":");
  wc_json_str(&b, path);
  wc_buf_puts(&b, ",\"message\":");
  wc_json_str(&b, msg);
  wc_buf_puts(&b, "}\n");
  fwrite(b.data, 1, b.len, rep->out);
  wc_buf_cleanup(&b);
  fflush(rep->out);
}

static void jsonl_end(wc_reporter *rep) {
  fprintf(rep->out,
          "{\"type\":\"summary\",\"files\":%zu,\"errors\":%zu,"
          "\"warnings\":%zu,\"infos\":%zu,\"failures\":%zu}\n",
          rep->files, rep->counts[WC_SEV_ERROR], rep->counts[WC_SEV_WARNING],
          rep->counts[WC_SEV_INFO], rep->failures);
}

static const wc_reporter_ops jsonl_ops = {jsonl_file, jsonl_failure,
                                          jsonl_batch, jsonl_end, NULL};

void wc_report_jsonl_init(wc_reporter *rep) {
  rep->ops = &jsonl_ops;
  rep->state = NULL;
}

/* json.c -- --format json: one document, written as files finish.
 *
 * {"tool":{"name","version"},"files":[{"path","language","format",
 *  "findings":[{"rule","severity","line","column","end_line","end_column",
 *  "message","suggestions":[...],"excerpt"}]}],
 *  "batch":[findings with "path"], "failures":[{"path","message"}],
 *  "summary":{"files","errors","warnings","infos","failures"}} */
#include "report.h"

#include <stdlib.h>

typedef struct json_state {
  size_t nfiles;
  WC_VEC(char *) failures; /* pre-rendered objects */
  wc_buf batch;            /* batch findings, rendered */
} json_state;

static void finding_obj(wc_buf *b, const wc_finding *f, bool with_path) {
  wc_buf_puts(b, "{");
  if (with_path) {
    wc_buf_puts(b, "\"path\":");
    wc_json_str(b, f->path);
    wc_buf_puts(b, ",");
  }
  wc_buf_puts(b, "\"rule\":");
  wc_json_str(b, f->rule);
  wc_buf_puts(b, ",\"severity\":");
  wc_json_str(b, wc_severity_name(f->severity));
  wc_buf_printf(b,
                ",\"line\":%zu,\"column\":%zu,\"end_line\":%zu,"
                "\"end_column\":%zu,\"offset\":%zu,\"length\":%zu",
                f->line, f->column, f->end_line, f->end_column, f->start,
                f->end - f->start);
  wc_buf_puts(b, ",\"message\":");
  wc_json_str(b, f->message);
  wc_buf_puts(b, ",\"suggestions\":[");
  for (size_t i = 0; i < f->nsuggestions; i++) {
    if (i)
      wc_buf_putc(b, ',');
    wc_json_str(b, f->suggestions[i]);
  }
  wc_buf_puts(b, "],\"excerpt\":");
  wc_json_str(b, f->excerpt ? f->excerpt : "");
  wc_buf_puts(b, "}");
}

/* Shared with jsonl. */
void wc_json_finding(wc_buf *b, const wc_finding *f, bool with_path);
void wc_json_finding(wc_buf *b, const wc_finding *f, bool with_path) {
  finding_obj(b, f, with_path);
}

static void begin_if_needed(wc_reporter *rep) {
  json_state *st = rep->state;
  if (st->nfiles == 0)
    fprintf(rep->out, "{\"tool\":{\"name\":\"wirecheck\",\"version\":\"%s\"},"
                      "\"files\":[",
            WC_VERSION);
}

static void json_file(wc_reporter *rep, const wc_result *r) {
  json_state *st = rep->state;
  begin_if_needed(rep);
  wc_buf b;
  wc_buf_init(&b);
  if (st->nfiles)
    wc_buf_putc(&b, ',');
  wc_buf_puts(&b, "\n{\"path\":");
  wc_json_str(&b, r->path);
  wc_buf_puts(&b, ",\"language\":");
  wc_json_str(&b, r->lang);
  wc_buf_puts(&b, ",\"format\":");
  wc_json_str(&b, r->format);
  wc_buf_puts(&b, ",\"findings\":[");
  for (size_t i = 0; i < r->findings.v.n; i++) {
    wc_buf_puts(&b, i ? ",\n  " : "\n  ");
    finding_obj(&b, &r->findings.v.v[i], false);
  }
  wc_buf_puts(&b, "]}");
  fwrite(b.data, 1, b.len, rep->out);
  wc_buf_cleanup(&b);
  st->nfiles++;
}

static void json_failure(wc_reporter *rep, const char *path, const char *msg) {
  json_state *st = rep->state;
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, "{\"path\":");
  wc_json_str(&b, path);
  wc_buf_puts(&b, ",\"message\":");
  wc_json_str(&b, msg);
  wc_buf_puts(&b, "}");
  char *s = wc_buf_steal(&b);
  WC_VEC_PUSH(st->failures, s);
}

static void json_batch(wc_reporter *rep, const wc_result *batch) {
  json_state *st = rep->state;
  wc_buf *batch_buf = &st->batch;
  for (size_t i = 0; i < batch->findings.v.n; i++) {
    if (batch_buf->len)
      wc_buf_putc(batch_buf, ',');
    wc_buf_puts(batch_buf, "\n  ");
    finding_obj(batch_buf, &batch->findings.v.v[i], true);
  }
}

static void json_end(wc_reporter *rep) {
  json_state *st = rep->state;
  begin_if_needed(rep);
  fprintf(rep->out, "],\n\"batch\":[%s],\n\"failures\":[",
          st->batch.data ? st->batch.data : "");
  for (size_t i = 0; i < st->failures.n; i++)
    fprintf(rep->out, "%s%s", i ? "," : "", st->failures.v[i]);
  fprintf(rep->out,
          "],\n\"summary\":{\"files\":%zu,\"errors\":%zu,\"warnings\":%zu,"
          "\"infos\":%zu,\"failures\":%zu}}\n",
          rep->files, rep->counts[WC_SEV_ERROR], rep->counts[WC_SEV_WARNING],
          rep->counts[WC_SEV_INFO], rep->failures);
}

static void json_free(wc_reporter *rep) {
  json_state *st = rep->state;
  for (size_t i = 0; i < st->failures.n; i++)
    free(st->failures.v[i]);
  WC_VEC_FREE(st->failures);
  wc_buf_cleanup(&st->batch);
  free(st);
}

static const wc_reporter_ops json_ops = {json_file, json_failure, json_batch,
                                         json_end, json_free};

void wc_report_json_init(wc_reporter *rep) {
  rep->ops = &json_ops;
  rep->state = wc_xcalloc(1, sizeof(json_state));
}

/* report.c -- reporter dispatch and the totals every format shares. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

bool wc_output_format_parse(const char *s, wc_output_format *out) {
  static const struct {
    const char *n;
    wc_output_format f;
  } t[] = {{"text", WC_OUT_TEXT},   {"json", WC_OUT_JSON},
           {"jsonl", WC_OUT_JSONL}, {"sarif", WC_OUT_SARIF},
           {"html", WC_OUT_HTML},   {"expect", WC_OUT_EXPECT}};
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    if (strcmp(s, t[i].n) == 0) {
      *out = t[i].f;
      return true;
    }
  return false;
}

wc_status wc_reporter_new(wc_output_format f, FILE *out,
                          const wc_report_options *opts,
                          wc_reporter **rep_out) {
  wc_reporter *rep = wc_xcalloc(1, sizeof *rep);
  rep->out = out;
  if (opts)
    rep->opts = *opts;
  switch (f) {
  case WC_OUT_TEXT: wc_report_text_init(rep, false); break;
  case WC_OUT_EXPECT: wc_report_text_init(rep, true); break;
  case WC_OUT_JSON: wc_report_json_init(rep); break;
  case WC_OUT_JSONL: wc_report_jsonl_init(rep); break;
  case WC_OUT_SARIF: wc_report_sarif_init(rep); break;
  case WC_OUT_HTML: wc_report_html_init(rep); break;
  default:
    free(rep);
    *rep_out = NULL;
    return WC_ERR_USAGE;
  }
  *rep_out = rep;
  return WC_OK;
}

void wc_reporter_file(wc_reporter *rep, const wc_result *r) {
  size_t c[3];
  wc_result_counts(r, c);
  for (int i = 0; i < 3; i++)
    rep->counts[i] += c[i];
  rep->files++;
  if (rep->ops->file)
    rep->ops->file(rep, r);
}

void wc_reporter_failure(wc_reporter *rep, const char *path, const char *msg) {
  rep->failures++;
  if (rep->ops->failure)
    rep->ops->failure(rep, path, msg);
}

void wc_reporter_batch(wc_reporter *rep, const wc_result *batch) {
  if (!batch)
    return;
  size_t c[3];
  wc_result_counts(batch, c);
  for (int i = 0; i < 3; i++)
    rep->counts[i] += c[i];
  if (rep->ops->batch)
    rep->ops->batch(rep, batch);
}

wc_status wc_reporter_end(wc_reporter *rep) {
  if (rep->ops->end)
    rep->ops->end(rep);
  if (fflush(rep->out) != 0 || ferror(rep->out))
    return WC_ERR_IO;
  return WC_OK;
}

void wc_reporter_free(wc_reporter *rep) {
  if (!rep)
    return;
  if (rep->ops && rep->ops->free)
    rep->ops->free(rep);
  free(rep);
}

void wc_json_strn(wc_buf *b, const char *s, size_t n) {
  wc_buf_putc(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': wc_buf_puts(b, "\\\""); break;
    case '\\': wc_buf_puts(b, "\\\\"); break;
    case '\n': wc_buf_puts(b, "\\n"); break;
    case '\r': wc_buf_puts(b, "\\r"); break;
    case '\t': wc_buf_puts(b, "\\t"); break;
    default:
      if (c < 0x20 || c == 0x7f)
        wc_buf_printf(b, "\\u%04x", c);
      else if (c >= 0x80) {
        /* copy a valid UTF-8 sequence; an invalid byte becomes U+FFFD so
         * the output stays valid JSON whatever the input (file names) */
        int32_t cp;
        size_t k = wc_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
          wc_buf_puts(b, "\xEF\xBF\xBD");
        else if (cp == 0x2028 || cp == 0x2029)
          wc_buf_printf(b, "\\u%04x", (unsigned)cp);
        else
          wc_buf_add(b, s + i, k);
        i += k - 1;
      } else
        wc_buf_putc(b, (char)c);
    }
  }
  wc_buf_putc(b, '"');
}

void wc_json_str(wc_buf *b, const char *s) {
  if (!s) {
    wc_buf_puts(b, "null");
    return;
  }
  wc_json_strn(b, s, strlen(s));
}

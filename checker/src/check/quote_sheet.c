/* quote_sheet.c -- placeholder for the quote sheet (issue 4). */
#include "../engine.h"

wc_status wc_quote_sheet(wc_engine *e, const char *path, const char *data,
                         size_t len, wc_input_format fmt, bool json, FILE *out,
                         wc_error *err) {
  (void)e;
  (void)data;
  (void)len;
  (void)fmt;
  (void)json;
  (void)out;
  return wc_fail(err, WC_ERR_USAGE, path, 0, 0,
                 "the quote sheet is not built yet");
}

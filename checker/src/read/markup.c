/* markup.c -- placeholder: the HTML, NITF and NewsML-G2 readers are being
 * built (issue 2, readers). */
#include "read.h"

wc_status wc_read_html(wc_doc *d, wc_error *err) {
  return wc_fail(err, WC_ERR_FORMAT, d->path, 0, 0, "HTML reader not built yet");
}
wc_status wc_read_nitf(wc_doc *d, wc_error *err) {
  return wc_fail(err, WC_ERR_FORMAT, d->path, 0, 0, "NITF reader not built yet");
}
wc_status wc_read_newsml(wc_doc *d, wc_error *err) {
  return wc_fail(err, WC_ERR_FORMAT, d->path, 0, 0, "NewsML reader not built yet");
}

/* fuzz_read.c -- libFuzzer entry for the markup readers alone (HTML, NITF,
 * NewsML-G2): any bytes, and the document they make must hold together --
 * valid UTF-8 text, a map that never points outside the file, blocks in
 * order inside the text, issues inside the file.  Every input goes through
 * all three readers.  Build and run with `make fuzz` (clang). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "read/read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const wc_doc *d) {
  if (!d->text || strlen(d->text) != d->len)
    abort();
  for (size_t i = 0; i < d->len;) {
    int32_t cp;
    i += wc_utf8_decode(d->text + i, d->len - i, &cp);
    if (cp < 0)
      abort();
  }
  for (size_t i = 0; i <= d->len; i++)
    if (d->map[i] > d->src_len)
      abort();
  size_t prev = 0;
  for (size_t b = 0; b < d->blocks.n; b++) {
    const wc_block *bl = &d->blocks.v[b];
    if (bl->start < prev || bl->end < bl->start || bl->end > d->len)
      abort();
    prev = bl->end;
  }
  for (size_t i = 0; i < d->issues.n; i++)
    if (d->issues.v[i].src_start > d->issues.v[i].src_end ||
        d->issues.v[i].src_end > d->src_len)
      abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static wc_status (*const readers[])(wc_doc *, wc_error *) = {
      wc_read_html, wc_read_nitf, wc_read_newsml};
  for (size_t r = 0; r < 3; r++) {
    wc_doc *d = wc_doc_new("fuzz");
    wc_doc_set_source(d, (const char *)data, size);
    wc_error err;
    memset(&err, 0, sizeof err);
    if (readers[r](d, &err) == WC_OK)
      check(d);
    wc_doc_free(d);
  }
  return 0;
}

/* read.h -- readers: one per input format.  Each takes a document whose
 * source is set (wc_doc_set_source) and fills it through a wc_docb:
 * blocks with scopes, text with a map to source offsets.  Internal. */
#ifndef WC_READ_H
#define WC_READ_H

#include "../doc/doc.h"

/* Guesses the format from the file name and the first bytes. */
wc_input_format wc_read_sniff(const char *path, const char *data, size_t len);

/* Each returns WC_OK or an error (malformed markup that cannot be read at
 * all).  Recoverable problems become input.* issues on the document.
 * Readers set doc->meta_lang when the file declares its language. */
wc_status wc_read_text(wc_doc *d, wc_error *err);
wc_status wc_read_html(wc_doc *d, wc_error *err);
wc_status wc_read_nitf(wc_doc *d, wc_error *err);
wc_status wc_read_newsml(wc_doc *d, wc_error *err);

#endif

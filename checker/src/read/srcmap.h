/* srcmap.h -- the source aligner of the markup readers.  Internal.
 *
 * libxml2 hands us text nodes, but not where each of their characters sits
 * in the file.  The aligner lexes the (sanitized) source once into a stream
 * of character data -- tags, comments, processing instructions and the
 * doctype skipped, entities, character references and CDATA decoded -- each
 * item with the source offset it comes from.  The readers then feed it the
 * text of every text node in document order (including the text of the
 * parts they do not read, so the cursor stays in step), and get back, for
 * each byte of the node's text, the source offset it was written at.
 *
 * Where the parser repaired the markup (dropped, inserted or moved text)
 * the aligner resynchronizes on the next few characters within a window;
 * what it cannot place gets a fallback offset near where it stands.  The
 * total resynchronization work is bounded by a budget proportional to the
 * file, so the cost stays linear whatever the input. */
#ifndef WC_SRCMAP_H
#define WC_SRCMAP_H

#include "../doc/doc.h"

typedef struct wc_srcitem {
  int32_t cp;   /* the character */
  uint32_t len; /* source bytes it was written with (entity: whole ref) */
  size_t off;   /* where it starts in the source */
} wc_srcitem;

typedef struct wc_srcmap {
  const wc_doc *doc;
  bool html; /* HTML lexing rules (raw script/style, lenient entities) */
  WC_VEC(wc_srcitem) items;
  size_t pos;    /* next unmatched item */
  size_t budget; /* resynchronization steps left */
  /* text in the source that no node accounted for (the parser lost it) */
  size_t lost_chars, lost_first_off;
  size_t unplaced; /* node characters that got a fallback offset */
} wc_srcmap;

/* Lexes d->src.  html selects the HTML rules, otherwise XML. */
void wc_srcmap_init(wc_srcmap *m, const wc_doc *d, bool html);
void wc_srcmap_cleanup(wc_srcmap *m);

/* Aligns s[0..n), the next text of the document in order, and writes the
 * source offset of each of its bytes to offs_out[0..n).  line (1-based, 0
 * if unknown) is the parser's line for the node; it guides the fallback
 * offset of characters that cannot be placed. */
void wc_srcmap_align(wc_srcmap *m, const char *s, size_t n, long line,
                     size_t *offs_out);

/* Where the cursor stands in the source: the offset of the next unmatched
 * character, never past the last byte of the file. */
size_t wc_srcmap_cursor(const wc_srcmap *m);

/* Where the last matched character ends in the source (0 before any). */
size_t wc_srcmap_last_end(const wc_srcmap *m);

/* The source offset of the first non-space character of a 1-based line
 * (clamped to the file, never past its last byte). */
size_t wc_srcmap_line_off(const wc_doc *d, long line);

/* Called at the end: counts source text after the cursor that was never
 * matched (text the parser dropped at the end of the file). */
void wc_srcmap_finish(wc_srcmap *m);

#endif

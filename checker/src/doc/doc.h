/* doc.h -- the document model: NFC text, offset map to the original file,
 * blocks (paragraphs with a scope), sentences and tokens.  Internal.
 *
 * All positions inside the library are byte offsets into doc->text (the
 * normalized UTF-8).  wc_doc_src_offset maps one back to the original file;
 * line and column are computed only for reports. */
#ifndef WC_DOC_H
#define WC_DOC_H

#include "../core/util.h"

typedef enum wc_scope {
  WC_SCOPE_HEADLINE = 1u << 0,
  WC_SCOPE_SUBHEAD = 1u << 1, /* deck, h2-h6, hl2 */
  WC_SCOPE_BYLINE = 1u << 2,
  WC_SCOPE_DATELINE = 1u << 3,
  WC_SCOPE_BODY = 1u << 4,
  WC_SCOPE_QUOTE = 1u << 5, /* blockquote */
  WC_SCOPE_CAPTION = 1u << 6,
  WC_SCOPE_TABLE = 1u << 7,
  WC_SCOPE_LIST = 1u << 8, /* li */
  WC_SCOPE_ALL = 0x1ffu
} wc_scope;

/* A paragraph-level block of the text: [start, end) in doc->text. */
typedef struct wc_block {
  size_t start, end;
  unsigned scope;
} wc_block;

typedef struct wc_sentence {
  size_t start, end;      /* trimmed of surrounding space */
  size_t block;           /* index into doc->blocks */
  size_t tok_first, tok_end; /* token range [first, end) */
} wc_sentence;

typedef enum wc_tok_kind {
  WC_TOK_WORD = 0, /* letters, with inner apostrophes, hyphens, digits */
  WC_TOK_NUMBER,   /* digits with separators: 1,000.5  100 000  3-4 */
  WC_TOK_PUNCT,    /* . , ; : ! ? ( ) [ ] dashes ellipsis ... */
  WC_TOK_QUOTE,    /* quotation marks (and apostrophes used as quotes) */
  WC_TOK_SYMBOL,   /* % $ € & * / # @ + ... */
  WC_TOK_URL,      /* URLs and e-mail addresses */
  WC_TOK_OTHER     /* anything else (U+FFFD, emoji, ...) */
} wc_tok_kind;

typedef enum wc_case_shape {
  WC_CASE_NONE = 0, /* no letters */
  WC_CASE_LOWER,    /* ukraine */
  WC_CASE_TITLE,    /* Ukraine, McDonald, Rostov-on-Don */
  WC_CASE_UPPER,    /* NATO, SBU (two or more letters, all upper) */
  WC_CASE_MIXED     /* iPhone, eBay */
} wc_case_shape;

typedef struct wc_token {
  size_t start, end;
  uint8_t kind;   /* wc_tok_kind */
  uint8_t shape;  /* wc_case_shape */
  uint8_t script; /* wc_script of the letters (MIXED if several) */
  uint8_t space_before; /* whitespace precedes this token */
  uint32_t sentence; /* index into doc->sentences */
} wc_token;

/* A problem found while reading (invalid UTF-8, empty file, ...),
 * reported as an input.* finding by the engine. */
typedef struct wc_input_issue {
  const char *rule; /* "input.encoding" */
  size_t src_start, src_end; /* in the (sanitized) source buffer */
  char *message;
} wc_input_issue;

typedef struct wc_doc {
  char *path;
  const char *format;       /* "text", "html", "nitf", "newsml" */
  char lang[8];             /* "en"...; "" if unknown */
  char meta_lang[8];        /* language the file declares, if any */

  /* The original file with invalid UTF-8 replaced by U+FFFD (EF BF BD);
   * fix_off lists, sorted, the sanitized offsets where a replacement
   * stands for one original byte, to map back to original byte offsets. */
  char *src;
  size_t src_len;
  WC_VEC(size_t) fixes;

  /* Normalized (NFC) text; blocks are separated by "\n\n". */
  char *text;
  size_t len;
  size_t *map; /* len + 1 entries: text byte -> src byte offset */

  WC_VEC(wc_block) blocks;
  WC_VEC(wc_sentence) sentences;
  WC_VEC(wc_token) tokens;
  WC_VEC(wc_input_issue) issues;

  /* Line starts of src, for line/column. */
  WC_VEC(size_t) lines;
  /* The last position wc_doc_line_col answered: findings come mostly in
   * order, so counting on from it keeps a long line linear, not
   * quadratic.  A cache only: never changes an answer. */
  struct wc_lc_cache {
    size_t off, line, col;
    bool valid;
  } *lc;
} wc_doc;

/* ---- building a document (readers) ---- */

typedef struct wc_docb {
  wc_doc *doc;
  wc_buf text;              /* raw (not yet NFC) text */
  WC_VEC(size_t) map;       /* per raw text byte -> src offset */
  bool in_block;
  size_t block_start;
  unsigned block_scope;
} wc_docb;

/* Takes ownership of src (sanitized, NUL-terminated). */
void wc_docb_init(wc_docb *b, wc_doc *doc);
void wc_docb_begin(wc_docb *b, unsigned scope);
/* Appends text to the open block.  src_offs gives the source offset of
 * each byte of s (n entries), or is NULL: then byte k maps to src_off + k
 * when the text is copied verbatim from the source, which the caller must
 * ensure. */
void wc_docb_add(wc_docb *b, const char *s, size_t n, const size_t *src_offs,
                 size_t src_off);
/* Appends one space mapped to src_off, unless the block is empty or already
 * ends in whitespace (for inline boundaries such as <br>). */
void wc_docb_space(wc_docb *b, size_t src_off);
/* Closes the block; a block with only whitespace is dropped. */
void wc_docb_end(wc_docb *b);
/* NFC-normalizes the text with its map and fills doc->text, map, blocks. */
void wc_docb_finish(wc_docb *b);

/* ---- document lifecycle ---- */

wc_doc *wc_doc_new(const char *path);
void wc_doc_free(wc_doc *d);

/* Copies data into doc->src, replacing invalid UTF-8 by U+FFFD and
 * recording an input.encoding issue for each run of bad bytes, and builds
 * the line index.  A UTF-8 BOM is kept in src but skipped by readers. */
void wc_doc_set_source(wc_doc *d, const char *data, size_t len);

/* Adds an input issue at [src_start, src_end) of the sanitized source. */
void wc_doc_issue(wc_doc *d, const char *rule, size_t src_start,
                  size_t src_end, const char *fmt, ...) WC_PRINTF(5, 6);

/* Text offset -> sanitized source offset. */
size_t wc_doc_src_offset(const wc_doc *d, size_t text_off);
/* Sanitized source offset -> original file byte offset. */
size_t wc_doc_orig_offset(const wc_doc *d, size_t src_off);
/* Sanitized source offset -> 1-based line and column (code points). */
void wc_doc_line_col(const wc_doc *d, size_t src_off, size_t *line_out,
                     size_t *col_out);

/* Splits blocks into sentences and tokens (lang-aware abbreviations). */
struct wc_lang;
void wc_doc_segment(wc_doc *d, struct wc_lang *lang);

/* Convenience: token text. */
static inline const char *wc_tok_str(const wc_doc *d, const wc_token *t) {
  return d->text + t->start;
}
static inline size_t wc_tok_len(const wc_token *t) { return t->end - t->start; }

/* Which block holds text offset off (binary search). */
size_t wc_doc_block_at(const wc_doc *d, size_t off);

#endif

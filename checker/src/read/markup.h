/* markup.h -- what the HTML, NITF and NewsML-G2 readers share: parsing
 * with libxml2 (never the network, never external entities or DTDs), one
 * walk over the tree that sorts elements into blocks, inline text, and
 * parts not read, and the source aligner that gives every character its
 * place in the file.  Internal to src/read. */
#ifndef WC_MARKUP_H
#define WC_MARKUP_H

#include <libxml/tree.h>

#include "read.h"
#include "srcmap.h"

/* How the children of an element are classified. */
typedef enum wc_markup_mode {
  WC_MK_HTML,   /* HTML, or XHTML inside NewsML-G2 */
  WC_MK_NITF,   /* NITF 3.x */
  WC_MK_NEWSML, /* the NewsML-G2 wrapper around the content */
  WC_MK_PLAIN   /* NewsML-G2 inlineData: plain text */
} wc_markup_mode;

typedef enum wc_markup_kind {
  WC_MK_INLINE, /* text flows on through it */
  WC_MK_SKIP,   /* not read (its text is still aligned) */
  WC_MK_BLOCK,  /* a paragraph-level block of its own */
  WC_MK_BOX,    /* a container: the open block ends where it starts and ends */
  WC_MK_BREAK,  /* <br>: a space */
  WC_MK_SPACED, /* inline, with a space on both sides (NITF byttl) */
  WC_MK_HIDE    /* not read, except descendants classified with show */
} wc_markup_kind;

typedef struct wc_markup_class {
  wc_markup_kind kind;
  /* BLOCK: its scope (0: the context's, else body).  Others: the context
   * scope for blocks opened inside (0: unchanged). */
  unsigned scope;
  wc_markup_mode mode; /* for the element's children */
  bool show;           /* read even inside a HIDE element */
} wc_markup_class;

typedef struct wc_markup_frame {
  xmlNodePtr node;
  wc_markup_kind kind;
  wc_markup_mode mode; /* of the children */
  unsigned ctx;        /* scope of blocks opened inside */
  bool emit;           /* the text inside is read */
  bool hidden;         /* inside a HIDE element */
  bool skipped;        /* inside a SKIP element */
  bool in_article;     /* HTML: inside <article> or <main> */
} wc_markup_frame;

typedef struct wc_markup_walker {
  wc_doc *d;
  wc_docb b;
  wc_srcmap sm;
  bool in_block;
  bool headline_seen; /* the first h1/hl1 (of the item) became HEADLINE */
  bool html_has_article;
  /* NewsML-G2: the item being read */
  xmlNodePtr item_content;  /* the rendition read (inlineXML/inlineData) */
  wc_markup_mode item_mode; /* its mode */
  bool item_need_headline;  /* content has none: read contentMeta's */
  bool item_headline_done;  /* contentMeta's headline was read */
  /* entities the document declares but which are not expanded */
  size_t unexpanded;
  size_t unexpanded_off;
  bool unexpanded_declared;
  char unexpanded_name[40];
  /* escaped entities shown as text (&amp;quot;) */
  size_t shown_entities;
  size_t shown_overflow_off;
  /* C1 control characters in XML text (&#150;) */
  size_t c1_chars, c1_off;
  int32_t c1_cp;
  /* scratch */
  WC_VEC(size_t) offs;
  wc_buf out;
  WC_VEC(size_t) out_offs;
  wc_buf fix; /* text with entities shown as text read (fix_entities) */
  WC_VEC(size_t) fix_offs;
} wc_markup_walker;

/* What the parser reported: the first error that matters and a count. */
typedef struct wc_markup_errs {
  bool html;
  size_t n;
  bool have;
  bool placed; /* line and col are in the file (not in an entity's text) */
  int code;
  long line;
  int col;
  char msg[200];
} wc_markup_errs;

/* ---- the classifiers, one per mode (html.c, nitf.c, newsml.c) ---- */
wc_markup_class wc_html_class(wc_markup_walker *w,
                              const wc_markup_frame *parent, xmlNodePtr el);
wc_markup_class wc_nitf_class(wc_markup_walker *w,
                              const wc_markup_frame *parent, xmlNodePtr el);
wc_markup_class wc_newsml_class(wc_markup_walker *w,
                                const wc_markup_frame *parent, xmlNodePtr el);

/* The language HTML declares (html.c): lang on <html> or <body>, a
 * content-language meta, lang on the first <article>/<main>. */
void wc_html_lang(wc_doc *d, xmlNodePtr html);

/* The language NITF declares (nitf.c): xml:lang or baselang on <nitf>, a
 * language meta in its head, xml:lang on <body> or inside it. */
void wc_nitf_lang(wc_doc *d, xmlNodePtr nitf);

/* Reads a parsed XML document (markup.c): NewsML-G2 if the root is a
 * newsItem or newsMessage, NITF if it is <nitf>, XHTML if <html>, else in
 * the preferred mode.  doc may be NULL (an empty file). */
void wc_markup_read_xml(wc_doc *d, xmlDocPtr doc, wc_markup_mode preferred,
                        const wc_markup_errs *errs);

/* ---- shared (markup.c) ---- */

/* Parses d->src as HTML or XML with the safe options, collecting errors in
 * errs.  Returns the tree (free with xmlFreeDoc), or NULL with *st_out
 * WC_OK when the file holds nothing but white space, or NULL with *st_out
 * WC_ERR_FORMAT (err filled with the file, line and column) when it cannot
 * be read at all. */
xmlDocPtr wc_markup_parse(wc_doc *d, bool html, wc_markup_errs *errs,
                          wc_status *st_out, wc_error *err);

/* Walks the whole document (doc may be NULL: nothing to read) with the
 * root frame in the given mode, fills d through the builder (calls
 * wc_docb_finish) and turns errs (may be NULL) and the text the parser
 * lost into input.markup issues. */
void wc_markup_walk(wc_doc *d, xmlDocPtr doc, wc_markup_mode mode,
                    bool html_lexing, const wc_markup_errs *errs);

/* The element's local name equals s (ASCII case-insensitive for HTML). */
bool wc_markup_is(xmlNodePtr el, const char *s);
/* The value of an attribute (no namespace), or NULL; caller frees with
 * xmlFree. */
xmlChar *wc_markup_attr(xmlNodePtr el, const char *name);
/* Does a whitespace-separated attribute value hold a token whose
 * hyphen/underscore parts include word (class="article-byline")? */
bool wc_markup_attr_has_word(xmlNodePtr el, const char *attr, const char *word);
/* lang or xml:lang of the element, or NULL; caller frees with xmlFree. */
xmlChar *wc_markup_lang_attr(xmlNodePtr el);
/* Sets d->meta_lang from a language tag ("de-DE" -> "de") unless it is set
 * already; returns whether it was set now. */
bool wc_markup_set_lang(wc_doc *d, const xmlChar *tag);
/* First element child with local name s, or NULL. */
xmlNodePtr wc_markup_child(xmlNodePtr el, const char *s);
/* Does the subtree of el hold non-space text (not counting entity
 * references)?  Iterative, linear. */
bool wc_markup_has_text(xmlNodePtr el);

/* The first element named a or b (b may be NULL) in the subtree of el,
 * el included, with non-space text if need_text; or NULL. */
xmlNodePtr wc_markup_find(xmlNodePtr el, const char *a, const char *b,
                          bool need_text);

#endif

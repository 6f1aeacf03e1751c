/* html.c -- the HTML reader: which elements are blocks, which are page
 * furniture not read, and where the language is declared.  Also used for
 * XHTML carried inside NewsML-G2. */
#include "markup.h"

#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

static bool in_list(xmlNodePtr el, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (wc_markup_is(el, names[i]))
      return true;
  return false;
}

/* Page furniture and things that are not prose. */
static const char *const skipped[] = {
    "head",     "title",    "script",   "style",    "noscript", "template",
    "nav",      "form",     "aside",    "iframe",   "object",   "embed",
    "svg",      "math",     "canvas",   "video",    "audio",    "select",
    "button",   "textarea", "input",    "datalist", "del",      "menu",
    "map",      "noembed",  "noframes", "applet",   "frameset", "option",
    "optgroup", "footer",   NULL};

static const char *const boxes[] = {
    "html",   "body",     "div",     "section", "article", "main",
    "ul",     "ol",       "dl",      "thead",   "tbody",   "tfoot",
    "tr",     "figure",   "details", "hr",      "center",  "fieldset",
    "hgroup", "colgroup", "dialog",  "search",  NULL};

static const char *const furniture_roles[] = {
    "navigation", "banner",  "contentinfo", "complementary", "search", "menu",
    "menubar",    "toolbar", NULL};

static bool furniture(xmlNodePtr el) {
  if (xmlHasProp(el, (const xmlChar *)"hidden"))
    return true;
  xmlChar *v = wc_markup_attr(el, "aria-hidden");
  bool hid = v && strcasecmp((const char *)v, "true") == 0;
  xmlFree(v);
  if (hid)
    return true;
  v = wc_markup_attr(el, "role");
  bool f = false;
  if (v)
    for (size_t i = 0; furniture_roles[i]; i++)
      if (strcasecmp((const char *)v, furniture_roles[i]) == 0)
        f = true;
  xmlFree(v);
  return f;
}

/* A scope named by class or itemprop: byline, author, dateline. */
static unsigned class_scope(xmlNodePtr el) {
  if (wc_markup_attr_has_word(el, "class", "byline") ||
      wc_markup_attr_has_word(el, "class", "author") ||
      wc_markup_attr_has_word(el, "itemprop", "author"))
    return WC_SCOPE_BYLINE;
  if (wc_markup_attr_has_word(el, "class", "dateline"))
    return WC_SCOPE_DATELINE;
  return 0;
}

wc_markup_class wc_html_class(wc_markup_walker *w,
                              const wc_markup_frame *parent, xmlNodePtr el) {
  wc_markup_class c = {WC_MK_INLINE, 0, WC_MK_HTML, false};
  if (in_list(el, skipped) || furniture(el)) {
    c.kind = WC_MK_SKIP;
    return c;
  }
  if (wc_markup_is(el, "header")) {
    /* a page header outside the article is furniture; the article's own
     * header is read for its headings, byline and dateline only */
    c.kind =
        w->html_has_article && !parent->in_article ? WC_MK_SKIP : WC_MK_HIDE;
    return c;
  }
  unsigned cs = class_scope(el);
  if (wc_markup_is(el, "br")) {
    c.kind = WC_MK_BREAK;
  } else if (wc_markup_is(el, "h1")) {
    c.kind = WC_MK_BLOCK;
    c.scope = w->headline_seen ? WC_SCOPE_SUBHEAD : WC_SCOPE_HEADLINE;
    if (!parent->skipped)
      w->headline_seen = true;
    c.show = true;
  } else if (wc_markup_is(el, "h2") || wc_markup_is(el, "h3") ||
             wc_markup_is(el, "h4") || wc_markup_is(el, "h5") ||
             wc_markup_is(el, "h6")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_SUBHEAD;
    c.show = true;
  } else if (wc_markup_is(el, "p") || wc_markup_is(el, "pre") ||
             wc_markup_is(el, "address") || wc_markup_is(el, "dt") ||
             wc_markup_is(el, "dd") || wc_markup_is(el, "legend") ||
             wc_markup_is(el, "summary")) {
    c.kind = WC_MK_BLOCK;
  } else if (wc_markup_is(el, "li")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_LIST;
  } else if (wc_markup_is(el, "td") || wc_markup_is(el, "th")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_TABLE;
  } else if (wc_markup_is(el, "caption") || wc_markup_is(el, "figcaption")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_CAPTION;
  } else if (wc_markup_is(el, "blockquote")) {
    c.kind = WC_MK_BOX;
    c.scope = WC_SCOPE_QUOTE;
  } else if (wc_markup_is(el, "table")) {
    c.kind = WC_MK_BOX;
    c.scope = WC_SCOPE_TABLE;
  } else if (in_list(el, boxes)) {
    c.kind = WC_MK_BOX;
  }
  if (cs) {
    c.scope = cs;
    c.show = true;
  }
  return c;
}

/* <meta http-equiv="content-language" content="de"> and kin. */
static const xmlChar *meta_lang(xmlNodePtr head, xmlChar **hold) {
  for (xmlNodePtr m = head ? head->children : NULL; m; m = m->next) {
    if (!wc_markup_is(m, "meta"))
      continue;
    xmlChar *k = wc_markup_attr(m, "http-equiv");
    if (!k)
      k = wc_markup_attr(m, "name");
    bool is_lang = k && (strcasecmp((const char *)k, "content-language") == 0 ||
                         strcasecmp((const char *)k, "language") == 0 ||
                         strcasecmp((const char *)k, "dc.language") == 0);
    xmlFree(k);
    if (is_lang) {
      *hold = wc_markup_attr(m, "content");
      if (*hold)
        return *hold;
    }
  }
  return NULL;
}

/* The declared language: <html lang>, <body lang>, a content-language
 * meta, or the lang of the first <article>/<main>. */
void wc_html_lang(wc_doc *d, xmlNodePtr root) {
  xmlChar *v = wc_markup_lang_attr(root);
  bool done = wc_markup_set_lang(d, v);
  xmlFree(v);
  if (done)
    return;
  xmlNodePtr body = wc_markup_child(root, "body");
  if (body) {
    v = wc_markup_lang_attr(body);
    done = wc_markup_set_lang(d, v);
    xmlFree(v);
    if (done)
      return;
  }
  xmlChar *hold = NULL;
  done = wc_markup_set_lang(d, meta_lang(wc_markup_child(root, "head"), &hold));
  xmlFree(hold);
  if (done)
    return;
  xmlNodePtr art = wc_markup_find(root, "article", "main", false);
  if (art) {
    v = wc_markup_lang_attr(art);
    wc_markup_set_lang(d, v);
    xmlFree(v);
  }
}

wc_status wc_read_html(wc_doc *d, wc_error *err) {
  wc_status st;
  wc_markup_errs errs;
  xmlDocPtr doc = wc_markup_parse(d, true, &errs, &st, err);
  if (!doc && st != WC_OK)
    return st;
  if (doc)
    wc_html_lang(d, xmlDocGetRootElement(doc));
  wc_markup_walk(d, doc, WC_MK_HTML, true, &errs);
  xmlFreeDoc(doc);
  return WC_OK;
}

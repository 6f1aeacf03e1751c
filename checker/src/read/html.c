/* html.c -- the HTML reader: which elements are blocks, which are page
 * furniture not read, and where the language is declared.  Also used for
 * XHTML carried inside NewsML-G2. */
#include "markup.h"

#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

static bool in_list(xmlNodePtr el, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (mk_is(el, names[i]))
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
    "html",   "body",  "div",      "section",  "article", "main",
    "ul",     "ol",    "dl",       "thead",    "tbody",   "tfoot",
    "tr",     "figure", "details", "hr",       "center",  "fieldset",
    "hgroup", "colgroup", "dialog", "search",  NULL};

static const char *const furniture_roles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search",
    "menu",       "menubar", "toolbar",    NULL};

static bool furniture(xmlNodePtr el) {
  if (xmlHasProp(el, (const xmlChar *)"hidden"))
    return true;
  xmlChar *v = mk_attr(el, "aria-hidden");
  bool hid = v && strcasecmp((const char *)v, "true") == 0;
  xmlFree(v);
  if (hid)
    return true;
  v = mk_attr(el, "role");
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
  if (mk_attr_has_word(el, "class", "byline") ||
      mk_attr_has_word(el, "class", "author") ||
      mk_attr_has_word(el, "itemprop", "author"))
    return WC_SCOPE_BYLINE;
  if (mk_attr_has_word(el, "class", "dateline"))
    return WC_SCOPE_DATELINE;
  return 0;
}

mk_class mk_class_html(mk_walker *w, const mk_frame *parent, xmlNodePtr el) {
  mk_class c = {MK_INLINE, 0, MK_HTML, false};
  if (in_list(el, skipped) || furniture(el)) {
    c.kind = MK_SKIP;
    return c;
  }
  if (mk_is(el, "header")) {
    /* a page header outside the article is furniture; the article's own
     * header is read for its headings, byline and dateline only */
    c.kind = w->html_has_article && !parent->in_article ? MK_SKIP : MK_HIDE;
    return c;
  }
  unsigned cs = class_scope(el);
  if (mk_is(el, "br")) {
    c.kind = MK_BREAK;
  } else if (mk_is(el, "h1")) {
    c.kind = MK_BLOCK;
    c.scope = w->headline_seen ? WC_SCOPE_SUBHEAD : WC_SCOPE_HEADLINE;
    if (!parent->skipped)
      w->headline_seen = true;
    c.show = true;
  } else if (mk_is(el, "h2") || mk_is(el, "h3") || mk_is(el, "h4") ||
             mk_is(el, "h5") || mk_is(el, "h6")) {
    c.kind = MK_BLOCK;
    c.scope = WC_SCOPE_SUBHEAD;
    c.show = true;
  } else if (mk_is(el, "p") || mk_is(el, "pre") || mk_is(el, "address") ||
             mk_is(el, "dt") || mk_is(el, "dd") || mk_is(el, "legend") ||
             mk_is(el, "summary")) {
    c.kind = MK_BLOCK;
  } else if (mk_is(el, "li")) {
    c.kind = MK_BLOCK;
    c.scope = WC_SCOPE_LIST;
  } else if (mk_is(el, "td") || mk_is(el, "th")) {
    c.kind = MK_BLOCK;
    c.scope = WC_SCOPE_TABLE;
  } else if (mk_is(el, "caption") || mk_is(el, "figcaption")) {
    c.kind = MK_BLOCK;
    c.scope = WC_SCOPE_CAPTION;
  } else if (mk_is(el, "blockquote")) {
    c.kind = MK_BOX;
    c.scope = WC_SCOPE_QUOTE;
  } else if (mk_is(el, "table")) {
    c.kind = MK_BOX;
    c.scope = WC_SCOPE_TABLE;
  } else if (in_list(el, boxes)) {
    c.kind = MK_BOX;
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
    if (!mk_is(m, "meta"))
      continue;
    xmlChar *k = mk_attr(m, "http-equiv");
    if (!k)
      k = mk_attr(m, "name");
    bool is_lang = k && (strcasecmp((const char *)k, "content-language") == 0 ||
                         strcasecmp((const char *)k, "language") == 0 ||
                         strcasecmp((const char *)k, "dc.language") == 0);
    xmlFree(k);
    if (is_lang) {
      *hold = mk_attr(m, "content");
      if (*hold)
        return *hold;
    }
  }
  return NULL;
}

/* The declared language: <html lang>, <body lang>, a content-language
 * meta, or the lang of the first <article>/<main>. */
void mk_html_lang(wc_doc *d, xmlNodePtr root) {
  xmlChar *v = mk_lang_attr(root);
  bool done = mk_set_lang(d, v);
  xmlFree(v);
  if (done)
    return;
  xmlNodePtr body = mk_child(root, "body");
  if (body) {
    v = mk_lang_attr(body);
    done = mk_set_lang(d, v);
    xmlFree(v);
    if (done)
      return;
  }
  xmlChar *hold = NULL;
  done = mk_set_lang(d, meta_lang(mk_child(root, "head"), &hold));
  xmlFree(hold);
  if (done)
    return;
  xmlNodePtr art = mk_find(root, "article", "main", false);
  if (art) {
    v = mk_lang_attr(art);
    mk_set_lang(d, v);
    xmlFree(v);
  }
}

wc_status wc_read_html(wc_doc *d, wc_error *err) {
  wc_status st;
  mk_errs errs;
  xmlDocPtr doc = mk_parse(d, true, &errs, &st, err);
  if (!doc && st != WC_OK)
    return st;
  if (doc)
    mk_html_lang(d, xmlDocGetRootElement(doc));
  mk_walk(d, doc, MK_HTML, true, &errs);
  xmlFreeDoc(doc);
  return WC_OK;
}

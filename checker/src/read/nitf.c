/* nitf.c -- the NITF 3.x reader: the headline, byline and dateline of
 * body.head, the paragraphs of body.content, the tagline of body.end; the
 * head (docdata, metadata) and editors' notes are not read. */
#include "markup.h"

#include <string.h>
#include <strings.h>

static bool in_list(xmlNodePtr el, const char *const *names) {
  for (size_t i = 0; names[i]; i++)
    if (wc_markup_is(el, names[i]))
      return true;
  return false;
}

/* Metadata, notes to editors, credits and media references. */
static const char *const skipped[] = {"head",
                                      "note",
                                      "rights",
                                      "distributor",
                                      "series",
                                      "ed-msg",
                                      "media-reference",
                                      "media-object",
                                      "media-producer",
                                      "media-metadata",
                                      "nitf-table-metadata",
                                      "docdata",
                                      "pubdata",
                                      NULL};

static const char *const boxes[] = {
    "nitf",    "body",     "body.head",  "body.content", "body.end",
    "hedline", "block",    "media",      "fn",           "ul",
    "ol",      "dl",       "tr",         "thead",        "tbody",
    "tfoot",   "colgroup", "nitf-table", "hr",           NULL};

wc_markup_class wc_nitf_class(wc_markup_walker *w,
                              const wc_markup_frame *parent, xmlNodePtr el) {
  wc_markup_class c = {WC_MK_INLINE, 0, WC_MK_NITF, false};
  if (in_list(el, skipped)) {
    c.kind = WC_MK_SKIP;
  } else if (wc_markup_is(el, "hl1")) {
    c.kind = WC_MK_BLOCK;
    c.scope = w->headline_seen ? WC_SCOPE_SUBHEAD : WC_SCOPE_HEADLINE;
    if (!parent->skipped && !parent->hidden)
      w->headline_seen = true;
  } else if (wc_markup_is(el, "hl2")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_SUBHEAD;
  } else if (wc_markup_is(el, "byline")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_BYLINE;
  } else if (wc_markup_is(el, "byttl")) {
    c.kind = WC_MK_SPACED;
  } else if (wc_markup_is(el, "dateline")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_DATELINE;
  } else if (wc_markup_is(el, "abstract")) {
    c.kind = WC_MK_BOX; /* the deck: its paragraphs are read as subheads */
    c.scope = WC_SCOPE_SUBHEAD;
  } else if (wc_markup_is(el, "p") || wc_markup_is(el, "pre") ||
             wc_markup_is(el, "credit") || wc_markup_is(el, "tagline") ||
             wc_markup_is(el, "bibliography") || wc_markup_is(el, "dt") ||
             wc_markup_is(el, "dd")) {
    c.kind = WC_MK_BLOCK;
  } else if (wc_markup_is(el, "bq")) {
    c.kind = WC_MK_BOX;
    c.scope = WC_SCOPE_QUOTE;
  } else if (wc_markup_is(el, "li")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_LIST;
  } else if (wc_markup_is(el, "td") || wc_markup_is(el, "th")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_TABLE;
  } else if (wc_markup_is(el, "table")) {
    c.kind = WC_MK_BOX;
    c.scope = WC_SCOPE_TABLE;
  } else if (wc_markup_is(el, "media-caption") || wc_markup_is(el, "caption")) {
    c.kind = WC_MK_BLOCK;
    c.scope = WC_SCOPE_CAPTION;
  } else if (wc_markup_is(el, "br")) {
    c.kind = WC_MK_BREAK;
  } else if (in_list(el, boxes)) {
    c.kind = WC_MK_BOX;
  }
  return c;
}

/* <meta name="language" content="..."> in the head. */
static bool head_meta_lang(wc_doc *d, xmlNodePtr head) {
  for (xmlNodePtr m = head ? head->children : NULL; m; m = m->next) {
    if (!wc_markup_is(m, "meta"))
      continue;
    xmlChar *k = wc_markup_attr(m, "name");
    bool is_lang = k && (strcasecmp((const char *)k, "language") == 0 ||
                         strcasecmp((const char *)k, "lang") == 0 ||
                         strcasecmp((const char *)k, "dc.language") == 0);
    xmlFree(k);
    if (is_lang) {
      xmlChar *v = wc_markup_attr(m, "content");
      bool ok = wc_markup_set_lang(d, v);
      xmlFree(v);
      if (ok)
        return true;
    }
  }
  return false;
}

static bool attr_lang(wc_doc *d, xmlNodePtr el, bool baselang) {
  if (!el)
    return false;
  xmlChar *v = wc_markup_lang_attr(el);
  bool ok = wc_markup_set_lang(d, v);
  xmlFree(v);
  if (!ok && baselang) {
    v = wc_markup_attr(el, "baselang");
    ok = wc_markup_set_lang(d, v);
    xmlFree(v);
  }
  return ok;
}

/* The first element with an xml:lang inside el (iterative). */
static bool first_lang_inside(wc_doc *d, xmlNodePtr el) {
  xmlNodePtr cur = el ? el->children : NULL;
  while (cur) {
    if (cur->type == XML_ELEMENT_NODE) {
      if (attr_lang(d, cur, false))
        return true;
      if (cur->children) {
        cur = cur->children;
        continue;
      }
    }
    while (cur && !cur->next) {
      cur = cur->parent;
      if (cur == el)
        return false;
    }
    if (cur)
      cur = cur->next;
  }
  return false;
}

void wc_nitf_lang(wc_doc *d, xmlNodePtr nitf) {
  if (attr_lang(d, nitf, true))
    return;
  if (head_meta_lang(d, wc_markup_child(nitf, "head")))
    return;
  xmlNodePtr body = wc_markup_child(nitf, "body");
  if (attr_lang(d, body, false))
    return;
  first_lang_inside(d, body);
}

wc_status wc_read_nitf(wc_doc *d, wc_error *err) {
  wc_status st;
  wc_markup_errs errs;
  xmlDocPtr doc = wc_markup_parse(d, false, &errs, &st, err);
  if (!doc && st != WC_OK)
    return st;
  wc_markup_read_xml(d, doc, WC_MK_NITF, &errs);
  xmlFreeDoc(doc);
  return WC_OK;
}

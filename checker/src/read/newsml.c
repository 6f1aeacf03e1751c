/* newsml.c -- the NewsML-G2 reader: every newsItem (alone, or in a
 * newsMessage's itemSet), in order; of each, one rendition of its
 * contentSet (inline NITF or XHTML, else inline plain text) and, when that
 * content has no headline of its own, the headline of its contentMeta.
 * Item metadata, rights, notes to editors and remote content are not read.
 */
#include "markup.h"

#include <string.h>
#include <strings.h>

/* The rendition's mode: NITF or (X)HTML by its first element. */
static wc_markup_mode content_mode(xmlNodePtr inl) {
  for (xmlNodePtr c = inl->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    const char *n = (const char *)c->name;
    if (strcasecmp(n, "nitf") == 0 || strncasecmp(n, "body.", 5) == 0 ||
        strcasecmp(n, "hedline") == 0)
      return WC_MK_NITF;
    break;
  }
  xmlChar *ct = wc_markup_attr(inl, "contenttype");
  bool nitf = ct && strcasestr((const char *)ct, "nitf");
  xmlFree(ct);
  return nitf ? WC_MK_NITF : WC_MK_HTML;
}

static bool set_lang_attr(wc_doc *d, xmlNodePtr el, const char *attr) {
  if (!el)
    return false;
  xmlChar *v = attr ? wc_markup_attr(el, attr) : wc_markup_lang_attr(el);
  bool ok = wc_markup_set_lang(d, v);
  xmlFree(v);
  return ok;
}

/* The item's language: on the rendition, in the content, in
 * contentMeta/language, on the item (or what it inherits). */
static void item_lang(wc_doc *d, xmlNodePtr item, xmlNodePtr pick,
                      wc_markup_mode mode) {
  if (d->meta_lang[0])
    return;
  if (pick && set_lang_attr(d, pick, NULL))
    return;
  if (pick && mode != WC_MK_PLAIN) {
    xmlNodePtr root = NULL;
    for (xmlNodePtr c = pick->children; c && !root; c = c->next)
      if (c->type == XML_ELEMENT_NODE)
        root = c;
    if (root && mode == WC_MK_NITF)
      wc_nitf_lang(d, root);
    else if (root)
      wc_html_lang(d, root);
    if (d->meta_lang[0])
      return;
  }
  xmlNodePtr cm = wc_markup_child(item, "contentMeta");
  for (xmlNodePtr c = cm ? cm->children : NULL; c; c = c->next)
    if (wc_markup_is(c, "language") && set_lang_attr(d, c, "tag"))
      return;
  xmlChar *v = xmlNodeGetLang(item);
  wc_markup_set_lang(d, v);
  xmlFree(v);
}

/* Chooses what of the item is read. */
static void plan_item(wc_markup_walker *w, xmlNodePtr item) {
  w->item_content = NULL;
  w->item_mode = WC_MK_PLAIN;
  w->item_need_headline = true;
  w->item_headline_done = false;
  w->headline_seen = false;
  w->html_has_article = false;
  xmlNodePtr cs = wc_markup_child(item, "contentSet");
  xmlNodePtr pick = NULL, data = NULL;
  for (xmlNodePtr c = cs ? cs->children : NULL; c; c = c->next) {
    if (wc_markup_is(c, "inlineXML") && wc_markup_has_text(c)) {
      pick = c;
      break;
    }
    if (!data && wc_markup_is(c, "inlineData") && wc_markup_has_text(c))
      data = c;
  }
  if (!pick)
    pick = data;
  if (pick && wc_markup_is(pick, "inlineXML")) {
    w->item_mode = content_mode(pick);
    w->item_need_headline = !wc_markup_find(
        pick, w->item_mode == WC_MK_NITF ? "hl1" : "h1", NULL, true);
    if (w->item_mode == WC_MK_HTML)
      w->html_has_article =
          wc_markup_find(pick, "article", "main", false) != NULL;
  }
  w->item_content = pick;
  item_lang(w->d, item, pick, w->item_mode);
}

wc_markup_class wc_newsml_class(wc_markup_walker *w,
                                const wc_markup_frame *parent, xmlNodePtr el) {
  wc_markup_class c = {WC_MK_INLINE, 0, WC_MK_NEWSML, false};
  if (wc_markup_is(el, "newsItem")) {
    plan_item(w, el);
    c.kind = WC_MK_BOX;
  } else if (el == w->item_content) {
    c.kind = WC_MK_BOX;
    c.mode = w->item_mode;
    c.show = true;
  } else if (wc_markup_is(el, "headline") && w->item_need_headline &&
             wc_markup_is(parent->node, "contentMeta")) {
    xmlChar *role = wc_markup_attr(el, "role");
    bool sub = role && strcasestr((const char *)role, "sub");
    xmlFree(role);
    if (sub) {
      c.kind = WC_MK_BLOCK;
      c.scope = WC_SCOPE_SUBHEAD;
      c.show = true;
    } else if (!w->item_headline_done) {
      c.kind = WC_MK_BLOCK;
      c.scope = WC_SCOPE_HEADLINE;
      c.show = true;
      w->item_headline_done = true;
    }
  }
  return c;
}

wc_status wc_read_newsml(wc_doc *d, wc_error *err) {
  wc_status st;
  wc_markup_errs errs;
  xmlDocPtr doc = wc_markup_parse(d, false, &errs, &st, err);
  if (!doc && st != WC_OK)
    return st;
  wc_markup_read_xml(d, doc, WC_MK_NEWSML, &errs);
  xmlFreeDoc(doc);
  return WC_OK;
}

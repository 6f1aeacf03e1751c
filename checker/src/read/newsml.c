/* newsml.c -- the NewsML-G2 reader: every newsItem (alone, or in a
 * newsMessage's itemSet), in order; of each, one rendition of its
 * contentSet (inline NITF or XHTML, else inline plain text) and, when that
 * content has no headline of its own, the headline of its contentMeta.
 * Item metadata, rights, notes to editors and remote content are not read.
 * Also the dispatcher for XML files by their root element. */
#include "markup.h"

#include <string.h>
#include <strings.h>

/* The rendition's mode: NITF or (X)HTML by its first element. */
static mk_mode content_mode(xmlNodePtr inl) {
  for (xmlNodePtr c = inl->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    const char *n = (const char *)c->name;
    if (strcasecmp(n, "nitf") == 0 || strncasecmp(n, "body.", 5) == 0 ||
        strcasecmp(n, "hedline") == 0)
      return MK_NITF;
    break;
  }
  xmlChar *ct = mk_attr(inl, "contenttype");
  bool nitf = ct && strcasestr((const char *)ct, "nitf");
  xmlFree(ct);
  return nitf ? MK_NITF : MK_HTML;
}

static bool set_lang_attr(wc_doc *d, xmlNodePtr el, const char *attr) {
  if (!el)
    return false;
  xmlChar *v = attr ? mk_attr(el, attr) : mk_lang_attr(el);
  bool ok = mk_set_lang(d, v);
  xmlFree(v);
  return ok;
}

/* The item's language: on the rendition, in the content, in
 * contentMeta/language, on the item (or what it inherits). */
static void item_lang(wc_doc *d, xmlNodePtr item, xmlNodePtr pick,
                      mk_mode mode) {
  if (d->meta_lang[0])
    return;
  if (pick && set_lang_attr(d, pick, NULL))
    return;
  if (pick && mode != MK_PLAIN) {
    xmlNodePtr root = NULL;
    for (xmlNodePtr c = pick->children; c && !root; c = c->next)
      if (c->type == XML_ELEMENT_NODE)
        root = c;
    if (root && mode == MK_NITF)
      mk_nitf_lang(d, root);
    else if (root)
      mk_html_lang(d, root);
    if (d->meta_lang[0])
      return;
  }
  xmlNodePtr cm = mk_child(item, "contentMeta");
  for (xmlNodePtr c = cm ? cm->children : NULL; c; c = c->next)
    if (mk_is(c, "language") && set_lang_attr(d, c, "tag"))
      return;
  xmlChar *v = xmlNodeGetLang(item);
  mk_set_lang(d, v);
  xmlFree(v);
}

/* Chooses what of the item is read. */
static void plan_item(mk_walker *w, xmlNodePtr item) {
  w->item_content = NULL;
  w->item_mode = MK_PLAIN;
  w->item_need_headline = true;
  w->item_headline_done = false;
  w->headline_seen = false;
  w->html_has_article = false;
  xmlNodePtr cs = mk_child(item, "contentSet");
  xmlNodePtr pick = NULL, data = NULL;
  for (xmlNodePtr c = cs ? cs->children : NULL; c; c = c->next) {
    if (mk_is(c, "inlineXML") && mk_has_text(c)) {
      pick = c;
      break;
    }
    if (!data && mk_is(c, "inlineData") && mk_has_text(c))
      data = c;
  }
  if (!pick)
    pick = data;
  if (pick && mk_is(pick, "inlineXML")) {
    w->item_mode = content_mode(pick);
    w->item_need_headline =
        !mk_find(pick, w->item_mode == MK_NITF ? "hl1" : "h1", NULL, true);
    if (w->item_mode == MK_HTML)
      w->html_has_article = mk_find(pick, "article", "main", false) != NULL;
  }
  w->item_content = pick;
  item_lang(w->d, item, pick, w->item_mode);
}

mk_class mk_class_newsml(mk_walker *w, const mk_frame *parent,
                         xmlNodePtr el) {
  mk_class c = {MK_INLINE, 0, MK_NEWSML, false};
  if (mk_is(el, "newsItem")) {
    plan_item(w, el);
    c.kind = MK_BOX;
  } else if (el == w->item_content) {
    c.kind = MK_BOX;
    c.mode = w->item_mode;
    c.show = true;
  } else if (mk_is(el, "headline") && w->item_need_headline &&
             mk_is(parent->node, "contentMeta")) {
    xmlChar *role = mk_attr(el, "role");
    bool sub = role && strcasestr((const char *)role, "sub");
    xmlFree(role);
    if (sub) {
      c.kind = MK_BLOCK;
      c.scope = WC_SCOPE_SUBHEAD;
      c.show = true;
    } else if (!w->item_headline_done) {
      c.kind = MK_BLOCK;
      c.scope = WC_SCOPE_HEADLINE;
      c.show = true;
      w->item_headline_done = true;
    }
  }
  return c;
}

void mk_read_xml(wc_doc *d, xmlDocPtr doc, mk_mode preferred,
                 const mk_errs *errs) {
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  mk_mode mode = preferred;
  if (root && (mk_is(root, "newsItem") || mk_is(root, "newsMessage"))) {
    mode = MK_NEWSML;
  } else if (root && mk_is(root, "nitf")) {
    mode = MK_NITF;
    mk_nitf_lang(d, root);
  } else if (root && mk_is(root, "html")) {
    mode = MK_HTML;
    mk_html_lang(d, root);
  } else if (root && mode == MK_NITF) {
    xmlNodePtr nitf = mk_find(root, "nitf", NULL, false);
    mk_nitf_lang(d, nitf ? nitf : root);
  }
  mk_walk(d, doc, mode, false, errs);
}

wc_status wc_read_newsml(wc_doc *d, wc_error *err) {
  wc_status st;
  mk_errs errs;
  xmlDocPtr doc = mk_parse(d, false, &errs, &st, err);
  if (!doc && st != WC_OK)
    return st;
  mk_read_xml(d, doc, MK_NEWSML, &errs);
  xmlFreeDoc(doc);
  return WC_OK;
}

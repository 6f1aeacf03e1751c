/* markup.c -- what the markup readers share: safe parsing with libxml2,
 * the walk over the tree, text emission with whitespace collapsing, the
 * input.markup issues, and reading an XML file by its root element (see
 * markup.h). */
#include "markup.h"

#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

enum { MAX_SHOWN_ENTITY_ISSUES = 10 };

static bool ws(int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* ---- small helpers over libxml2 nodes ---- */

bool wc_markup_is(xmlNodePtr el, const char *s) {
  return el && el->type == XML_ELEMENT_NODE && el->name &&
         strcasecmp((const char *)el->name, s) == 0;
}

xmlChar *wc_markup_attr(xmlNodePtr el, const char *name) {
  return xmlGetNoNsProp(el, (const xmlChar *)name);
}

bool wc_markup_attr_has_word(xmlNodePtr el, const char *attr,
                             const char *word) {
  xmlChar *v = wc_markup_attr(el, attr);
  if (!v)
    return false;
  bool found = false;
  size_t wl = strlen(word);
  const char *p = (const char *)v;
  while (*p && !found) {
    /* one part: a run of letters and digits */
    while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (*p >= '0' && *p <= '9')))
      p++;
    const char *a = p;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
           (*p >= '0' && *p <= '9'))
      p++;
    if ((size_t)(p - a) == wl && strncasecmp(a, word, wl) == 0)
      found = true;
  }
  xmlFree(v);
  return found;
}

xmlChar *wc_markup_lang_attr(xmlNodePtr el) {
  xmlChar *v = xmlGetNsProp(el, (const xmlChar *)"lang", XML_XML_NAMESPACE);
  if (!v)
    v = xmlGetNoNsProp(el, (const xmlChar *)"lang");
  if (!v) /* the HTML parser keeps xml:lang as a plain attribute */
    v = xmlGetNoNsProp(el, (const xmlChar *)"xml:lang");
  return v;
}

bool wc_markup_set_lang(wc_doc *d, const xmlChar *tag) {
  if (!tag || d->meta_lang[0])
    return false;
  const char *p = (const char *)tag;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  size_t n = 0;
  while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z'))
    n++;
  if (n < 2 || n > 3)
    return false;
  char c = p[n];
  if (c && c != '-' && c != '_' && c != ' ' && c != '\t' && c != '\n' &&
      c != '\r')
    return false;
  for (size_t i = 0; i < n; i++)
    d->meta_lang[i] = (char)(p[i] | 0x20);
  d->meta_lang[n] = '\0';
  return true;
}

xmlNodePtr wc_markup_child(xmlNodePtr el, const char *s) {
  for (xmlNodePtr c = el ? el->children : NULL; c; c = c->next)
    if (wc_markup_is(c, s))
      return c;
  return NULL;
}

bool wc_markup_has_text(xmlNodePtr el) {
  if (!el)
    return false;
  xmlNodePtr cur = el->children;
  while (cur) {
    if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
        cur->content)
      for (const xmlChar *p = cur->content; *p; p++)
        if (!ws(*p))
          return true;
    if (cur->type == XML_ELEMENT_NODE && cur->children) {
      cur = cur->children;
      continue;
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

/* ---- parsing ---- */

/* HTML: libxml2 (an HTML 4 parser) complains about every HTML5 element
 * and every unclosed <p>; only the errors that lose text are worth an
 * editor's time. */
static bool html_error_matters(int code) {
  return code == XML_ERR_COMMENT_NOT_FINISHED ||
         code == XML_ERR_INTERNAL_ERROR || /* excessive depth */
         code == XML_ERR_LITERAL_NOT_FINISHED ||
         code == XML_ERR_ATTRIBUTE_NOT_FINISHED || code == XML_ERR_GT_REQUIRED;
}

/* The name the main input is parsed under: errors raised while parsing
 * the text of an entity carry no file name and no useful line. */
static const char MAIN_INPUT[] = "wirecheck-input";

static void on_error(void *data, xmlErrorPtr e) {
  (void)data;
  if (!e || !e->ctxt)
    return;
  wc_markup_errs *st = ((xmlParserCtxtPtr)e->ctxt)->_private;
  if (!st || e->level < XML_ERR_ERROR)
    return;
  if (st->html && !html_error_matters(e->code))
    return;
  st->n++;
  if (st->have)
    return;
  st->have = true;
  st->code = e->code;
  st->placed = e->file && strcmp(e->file, MAIN_INPUT) == 0;
  st->line = e->line;
  st->col = e->int2;
  snprintf(st->msg, sizeof st->msg, "%s", e->message ? e->message : "error");
  /* libxml2's advice to its caller is no use to an editor */
  char *advice = strstr(st->msg, " use XML_PARSE_HUGE option");
  if (advice)
    *advice = '\0';
  size_t k = strlen(st->msg);
  while (k > 0 && (st->msg[k - 1] == '\n' || st->msg[k - 1] == ' ' ||
                   st->msg[k - 1] == ','))
    st->msg[--k] = '\0';
}

/* Source offset of a 1-based line and column (code points). */
static size_t line_col_off(const wc_doc *d, long line, int col) {
  if (d->lines.n == 0)
    return 0;
  size_t li = line < 1 ? 0 : (size_t)(line - 1);
  if (li >= d->lines.n)
    li = d->lines.n - 1;
  size_t o = d->lines.v[li];
  for (int c = 1; c < col && o < d->src_len && d->src[o] != '\n'; c++) {
    int32_t cp;
    o += wc_utf8_decode(d->src + o, d->src_len - o, &cp);
  }
  return o;
}

static bool only_space(const wc_doc *d) {
  size_t i = 0;
  if (d->src_len >= 3 && memcmp(d->src, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (; i < d->src_len; i++)
    if (!ws((unsigned char)d->src[i]))
      return false;
  return true;
}

xmlDocPtr wc_markup_parse(wc_doc *d, bool html, wc_markup_errs *errs,
                          wc_status *st_out, wc_error *err) {
  *st_out = WC_OK;
  memset(errs, 0, sizeof *errs);
  errs->html = html;
  if (only_space(d))
    return NULL;
  if (d->src_len > INT_MAX) {
    *st_out = wc_fail(err, WC_ERR_FORMAT, d->path, 0, 0,
                      "file too large to parse as markup");
    return NULL;
  }
  wc_markup_errs *st = errs;
  xmlParserCtxtPtr ctxt = html ? htmlNewParserCtxt() : xmlNewParserCtxt();
  if (!ctxt) {
    *st_out =
        wc_fail(err, WC_ERR_INTERNAL, d->path, 0, 0, "cannot make a parser");
    return NULL;
  }
  ctxt->_private = st;
  ctxt->sax->serror = on_error;
  ctxt->sax->error = NULL;
  ctxt->sax->warning = NULL;
  xmlDocPtr doc;
  if (html) {
    /* no network, no error printing, read what can be read; the source
     * is UTF-8 already (sanitized), whatever <meta charset> says */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
    doc = htmlCtxtReadMemory(ctxt, d->src, (int)d->src_len, MAIN_INPUT, "UTF-8",
                             opts);
  } else {
    /* never XML_PARSE_NOENT (entity expansion), XML_PARSE_DTDLOAD,
     * DTDATTR, DTDVALID, XINCLUDE or HUGE: no external entity or DTD is
     * read, and libxml2's depth and size limits stay on */
    int opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
               XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC |
               XML_PARSE_BIG_LINES;
    doc = xmlCtxtReadMemory(ctxt, d->src, (int)d->src_len, MAIN_INPUT, "UTF-8",
                            opts);
  }
  xmlFreeParserCtxt(ctxt);
  if (!doc || !xmlDocGetRootElement(doc)) {
    if (doc)
      xmlFreeDoc(doc);
    size_t line = st->have && st->placed ? (size_t)st->line : 1;
    size_t col = st->have && st->placed && st->col > 0 ? (size_t)st->col : 1;
    *st_out = wc_fail(err, WC_ERR_FORMAT, d->path, line, col,
                      "not readable as %s: %s", html ? "HTML" : "XML",
                      st->have ? st->msg : "no element found");
    return NULL;
  }
  return doc;
}

/* One input.markup issue for what the parser reported and the text it
 * lost (usually the same trouble: a fatal error ends the parse). */
static void markup_issue(wc_doc *d, const wc_markup_errs *e,
                         const wc_srcmap *sm) {
  const char *what = e->html ? "HTML" : "XML";
  size_t lost = sm->lost_chars;
  if (e->have) {
    size_t off = e->placed ? line_col_off(d, e->line, e->col)
                 : lost    ? sm->lost_first_off
                           : 0;
    if (lost)
      wc_doc_issue(d, "input.markup", off, off,
                   "the %s is broken here (%s); %zu character%s of text "
                   "could not be read",
                   what, e->msg, lost, lost == 1 ? "" : "s");
    else if (e->n > 1)
      wc_doc_issue(d, "input.markup", off, off,
                   "the %s is broken here (%s), and in %zu more places; "
                   "read as far as possible",
                   what, e->msg, e->n - 1);
    else
      wc_doc_issue(d, "input.markup", off, off,
                   "the %s is broken here (%s); read as far as possible", what,
                   e->msg);
  } else if (lost) {
    wc_doc_issue(d, "input.markup", sm->lost_first_off, sm->lost_first_off,
                 "%zu character%s of text from here on could not be read "
                 "(the %s is broken)",
                 lost, lost == 1 ? "" : "s", what);
  }
}

/* ---- blocks and text ---- */

static void close_block(wc_markup_walker *w) {
  if (w->in_block) {
    wc_docb_end(&w->b);
    w->in_block = false;
  }
}

static void open_block(wc_markup_walker *w, unsigned scope) {
  close_block(w);
  wc_docb_begin(&w->b, scope ? scope : WC_SCOPE_BODY);
  w->in_block = true;
}

static bool ends_in_space(const wc_markup_walker *w) {
  if (!w->in_block || w->b.text.len == w->b.block_start)
    return true;
  char c = w->b.text.data[w->b.text.len - 1];
  return c == ' ' || c == '\n' || c == '\t';
}

static void space(wc_markup_walker *w, size_t off) {
  if (w->in_block)
    wc_docb_space(&w->b, off);
}

static void out_reset(wc_markup_walker *w) {
  w->out.len = 0;
  if (w->out.data)
    w->out.data[0] = '\0';
  w->out_offs.n = 0;
}

static void out_add(wc_markup_walker *w, const char *s, size_t k,
                    const size_t *offs) {
  wc_buf_add(&w->out, s, k);
  for (size_t j = 0; j < k; j++)
    WC_VEC_PUSH(w->out_offs, offs[j]);
}

static void out_flush(wc_markup_walker *w) {
  if (w->out.len && w->in_block)
    wc_docb_add(&w->b, w->out.data, w->out.len, w->out_offs.v, 0);
  out_reset(w);
}

/* U+0080..U+009F as Windows-1252 (0: unassigned there). */
static const uint16_t cp1252_c1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* A C1 control character in the text: HTML reads it as Windows-1252 (as
 * browsers do with &#150;); in XML it is a control character, and said so
 * once. */
static bool c1_char(wc_markup_walker *w, int32_t c, size_t off, wc_buf *repl) {
  int32_t m = cp1252_c1[c - 0x80];
  if (w->sm.html && m) {
    wc_buf_put_cp(repl, m);
    return true;
  }
  if (w->c1_chars++ == 0) {
    w->c1_off = off;
    w->c1_cp = c;
  }
  return false;
}

/* Adds text to the flow: runs of white space become one space (mapped to
 * the first of them); text outside any block opens one in scope ctx. */
static void emit_flow(wc_markup_walker *w, unsigned ctx, const char *s,
                      size_t n, const size_t *offs) {
  out_reset(w);
  bool sp = ends_in_space(w);
  size_t i = 0;
  while (i < n) {
    int32_t c;
    size_t k = wc_utf8_decode(s + i, n - i, &c);
    if (ws(c)) {
      if (w->in_block && !sp) {
        out_add(w, " ", 1, offs + i);
        sp = true;
      }
      i += k;
      continue;
    }
    if (!w->in_block) {
      open_block(w, ctx);
      sp = true;
    }
    wc_buf repl;
    wc_buf_init(&repl);
    if (c >= 0x80 && c <= 0x9F && c1_char(w, c, offs[i], &repl)) {
      for (size_t j = 0; j < repl.len; j++)
        out_add(w, repl.data + j, 1, offs + i);
      wc_buf_cleanup(&repl);
    } else {
      out_add(w, s + i, k, offs + i);
    }
    sp = false;
    i += k;
  }
  out_flush(w);
}

/* ---- entities shown as text: "&amp;quot;" in the source reads &quot; ---- */

static int32_t known_entity(const char *name, size_t n) {
  if (n == 0 || n >= 32)
    return -1;
  char buf[32];
  memcpy(buf, name, n);
  buf[n] = '\0';
  if (strcmp(buf, "apos") == 0)
    return '\'';
  const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)buf);
  return e ? (int32_t)e->value : -1;
}

/* One issue for an entity reference found in the decoded text. */
static void shown_entity(wc_markup_walker *w, size_t a, size_t e,
                         const char *what, size_t wn, int32_t cp, bool semi) {
  if (e < a || e - a > 4 * wn + 16)
    e = a; /* the text was not placed in order: mark only the start */
  w->shown_entities++;
  if (w->shown_entities == MAX_SHOWN_ENTITY_ISSUES + 1)
    w->shown_overflow_off = a;
  if (w->shown_entities > MAX_SHOWN_ENTITY_ISSUES)
    return;
  wc_buf ch;
  wc_buf_init(&ch);
  bool show = cp > 0x20 && !wc_cp_is_space(cp) && !wc_cp_is_control(cp);
  if (show)
    wc_buf_put_cp(&ch, cp);
  char q = cp == '"' ? '\'' : '"';
  if (cp < 0)
    wc_doc_issue(w->d, "input.markup", a, e,
                 "'%.*s' shows as written: no HTML entity has that name",
                 (int)wn, what);
  else if (!semi)
    wc_doc_issue(w->d, "input.markup", a, e,
                 "'%.*s' lacks its ';': browsers read it as %c%s%c, other "
                 "readers show it as written",
                 (int)wn, what, q, show ? ch.data : "?", q);
  else if (show)
    wc_doc_issue(w->d, "input.markup", a, e,
                 "'%.*s' shows as written: it is escaped twice and should "
                 "read %c%s%c",
                 (int)wn, what, q, ch.data, q);
  else
    wc_doc_issue(w->d, "input.markup", a, e,
                 "'%.*s' shows as written: it is escaped twice", (int)wn, what);
  wc_buf_cleanup(&ch);
}

static bool alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Finds entity references that made it into the text as characters --
 * "&amp;quot;" in the source reads "&quot;", an HTML "&copy 2024" keeps
 * its "&copy" in libxml2 -- reports each, and writes to w->fix the text
 * with those that have a meaning read as the character they stand for (so
 * the checks see the words the writer meant), offsets in w->fix_offs.
 * Returns false (w->fix untouched) if there is none. */
static bool fix_entities(wc_markup_walker *w, const char *s, size_t n,
                         const size_t *offs, bool html) {
  const char *p = memchr(s, '&', n);
  if (!p)
    return false;
  bool any = false;
  size_t copied = 0; /* s[0..copied) is in w->fix */
  for (; p; p = (size_t)(p + 1 - s) < n
                    ? memchr(p + 1, '&', n - (size_t)(p + 1 - s))
                    : NULL) {
    size_t i = (size_t)(p - s), j = i + 1;
    if (i < copied || j >= n)
      continue;
    int32_t cp = -1;
    bool semi = false, found = false;
    if (s[j] == '#') {
      j++;
      bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
      if (hex)
        j++;
      size_t d0 = j;
      int32_t v = 0;
      while (j < n && j - d0 < 7) {
        char c = s[j];
        int dv = c >= '0' && c <= '9'          ? c - '0'
                 : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
        if (dv < 0)
          break;
        v = v * (hex ? 16 : 10) + dv;
        j++;
      }
      semi = j < n && s[j] == ';';
      if (j > d0 && semi) {
        found = true;
        if (v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
          cp = v;
      }
    } else if (alpha(s[j])) {
      size_t a = j;
      while (j < n && j - a < 32 &&
             (alpha(s[j]) || (s[j] >= '0' && s[j] <= '9')))
        j++;
      semi = j < n && s[j] == ';';
      cp = known_entity(s + a, j - a);
      /* HTML: known names with ';'; unknown names with ';' (a typo);
       * Latin-1 names without ';' (which browsers still read).  XML:
       * only known names, escaped twice. */
      if (semi && cp >= 0)
        found = true;
      else if (semi && html && j - a >= 2)
        found = true;
      else if (!semi && html && cp >= 0 && cp <= 0xFF && j - a >= 4 &&
               !(j < n && s[j] == '='))
        found = true;
    }
    if (!found)
      continue;
    size_t end = semi ? j + 1 : j; /* s[i..end) is the reference */
    shown_entity(w, offs[i], offs[end - 1] + 1, s + i, end - i, cp, semi);
    if (cp <= 0)
      continue;
    if (!any) {
      out_reset(w);
      any = true;
    }
    out_add(w, s + copied, i - copied, offs + copied);
    wc_buf ch;
    wc_buf_init(&ch);
    wc_buf_put_cp(&ch, cp);
    for (size_t k = 0; k < ch.len; k++)
      out_add(w, ch.data + k, 1, offs + i);
    wc_buf_cleanup(&ch);
    copied = end;
  }
  if (!any)
    return false;
  out_add(w, s + copied, n - copied, offs + copied);
  /* hand the result over to the fix buffers (out is scratch for emit) */
  wc_buf tb = w->fix;
  w->fix = w->out;
  w->out = tb;
  size_t *tv = w->fix_offs.v;
  size_t tn = w->fix_offs.cap;
  w->fix_offs.v = w->out_offs.v;
  w->fix_offs.n = w->out_offs.n;
  w->fix_offs.cap = w->out_offs.cap;
  w->out_offs.v = tv;
  w->out_offs.n = 0;
  w->out_offs.cap = tn;
  return true;
}

/* ---- NewsML-G2 inlineData: plain text ---- */

/* Is s[i..) a tag such as <p>, </p>, <br/>?  Returns its length (0 if not)
 * and whether it breaks the paragraph. */
static size_t plain_tag(const char *s, size_t n, size_t i, bool *para_out,
                        bool *br_out) {
  size_t j = i + 1;
  if (j < n && s[j] == '/')
    j++;
  size_t a = j;
  while (j < n &&
         ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
          (s[j] >= '0' && s[j] <= '9')))
    j++;
  if (j == a || !((s[a] >= 'a' && s[a] <= 'z') || (s[a] >= 'A' && s[a] <= 'Z')))
    return 0;
  size_t nl = j - a;
  while (j < n && j - i < 200 && s[j] != '>' && s[j] != '<')
    j++;
  if (j >= n || s[j] != '>')
    return 0;
  static const char *const paras[] = {
      "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", NULL};
  *para_out = false;
  *br_out = nl == 2 && strncasecmp(s + a, "br", 2) == 0;
  for (size_t k = 0; paras[k]; k++)
    if (strlen(paras[k]) == nl && strncasecmp(s + a, paras[k], nl) == 0)
      *para_out = true;
  return j + 1 - i;
}

/* Does a line end a sentence: . ! ? or an ellipsis, perhaps followed by
 * closing quotes or brackets? */
static bool sentence_end(const char *s, size_t n) {
  while (n > 0) {
    size_t p = n - 1;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
      p--;
    int32_t c;
    wc_utf8_decode(s + p, n - p, &c);
    if (ws(c) || wc_cp_is_quote(c) || c == ')' || c == ']') {
      n = p;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
  }
  return false;
}

/* Plain text: blank lines, indented lines (the wire convention for a new
 * paragraph), lines that end a sentence and stray <p> tags break
 * paragraphs; other tags are dropped. */
static void emit_plain(wc_markup_walker *w, unsigned ctx, const char *s,
                       size_t n, const size_t *offs) {
  /* pass 1: drop tags; a paragraph tag becomes a blank line */
  wc_buf c;
  wc_buf_init(&c);
  WC_VEC(size_t) co = {0};
  for (size_t i = 0; i < n;) {
    bool para = false, br = false;
    size_t tl = s[i] == '<' ? plain_tag(s, n, i, &para, &br) : 0;
    if (tl) {
      const char *rep = para ? "\n\n" : br ? " " : "";
      for (const char *r = rep; *r; r++) {
        wc_buf_putc(&c, *r);
        WC_VEC_PUSH(co, offs[i]);
      }
      i += tl;
      continue;
    }
    wc_buf_putc(&c, s[i]);
    WC_VEC_PUSH(co, offs[i]);
    i++;
  }
  /* pass 2: the smallest indentation of a line (the first line, which
   * follows the opening tag, does not count) */
  size_t min_indent = (size_t)-1;
  for (size_t i = 0, line = 0; i < c.len; line++) {
    const char *nl = memchr(c.data + i, '\n', c.len - i);
    size_t e = nl ? (size_t)(nl - c.data) : c.len;
    size_t k = i;
    while (k < e && (c.data[k] == ' ' || c.data[k] == '\t'))
      k++;
    if (line > 0 && k < e && c.data[k] != '\r' && k - i < min_indent)
      min_indent = k - i;
    i = e + 1;
  }
  /* pass 3: lines into paragraphs; a line that ends a sentence ends the
   * paragraph too (if it did not, the break still falls between two
   * sentences) */
  bool ended = false;
  for (size_t i = 0; i < c.len;) {
    const char *nl = memchr(c.data + i, '\n', c.len - i);
    size_t e = nl ? (size_t)(nl - c.data) : c.len;
    size_t k = i;
    while (k < e && ws((unsigned char)c.data[k]))
      k++;
    if (k == e) {
      close_block(w);
    } else {
      if (w->in_block && (ended || k - i > min_indent))
        close_block(w);
      if (w->in_block)
        space(w, co.v[i > 0 ? i - 1 : i]);
      emit_flow(w, ctx, c.data + k, e - k, co.v + k);
      ended = sentence_end(c.data + k, e - k);
    }
    i = e + 1;
  }
  wc_buf_cleanup(&c);
  WC_VEC_FREE(co);
}

/* ---- the walk ---- */

static void offs_reserve(wc_markup_walker *w, size_t n) {
  if (w->offs.cap < n + 1) {
    w->offs.cap = n + 1;
    w->offs.v = wc_xrealloc(w->offs.v, w->offs.cap * sizeof *w->offs.v);
  }
}

static void on_text(wc_markup_walker *w, const wc_markup_frame *f,
                    xmlNodePtr node) {
  const char *s = (const char *)node->content;
  if (!s || !*s)
    return;
  size_t n = strlen(s);
  offs_reserve(w, n);
  wc_srcmap_align(&w->sm, s, n, xmlGetLineNo(node), w->offs.v);
  if (!f->emit)
    return;
  const size_t *offs = w->offs.v;
  if (fix_entities(w, s, n, offs, f->mode == WC_MK_HTML && w->sm.html)) {
    s = w->fix.data;
    n = w->fix.len;
    offs = w->fix_offs.v;
  }
  if (f->mode == WC_MK_PLAIN)
    emit_plain(w, f->ctx, s, n, offs);
  else
    emit_flow(w, f->ctx, s, n, offs);
}

/* An entity reference left in the tree (XML: declared in the document, or
 * undeclared with a DTD referenced).  HTML's named entities are read as
 * their character; others are not expanded, and said so once. */
static void on_entity(wc_markup_walker *w, const wc_markup_frame *f,
                      xmlNodePtr node) {
  const char *name = (const char *)node->name;
  if (!name)
    return;
  int32_t cp = known_entity(name, strlen(name));
  if (cp >= 0) {
    wc_buf b;
    wc_buf_init(&b);
    wc_buf_put_cp(&b, cp);
    offs_reserve(w, b.len);
    wc_srcmap_align(&w->sm, b.data, b.len, xmlGetLineNo(node), w->offs.v);
    if (f->emit)
      emit_flow(w, f->ctx, b.data, b.len, w->offs.v);
    wc_buf_cleanup(&b);
    return;
  }
  if (!f->emit)
    return;
  if (w->unexpanded++ == 0) {
    w->unexpanded_declared = node->children != NULL;
    size_t at = wc_srcmap_last_end(&w->sm);
    char pat[48];
    int pl = snprintf(pat, sizeof pat, "&%s;", name);
    if (pl > 0 && (size_t)pl < sizeof pat && at < w->d->src_len) {
      const char *hit =
          memmem(w->d->src + at, w->d->src_len - at, pat, (size_t)pl);
      if (hit)
        at = (size_t)(hit - w->d->src);
    }
    w->unexpanded_off = at;
    snprintf(w->unexpanded_name, sizeof w->unexpanded_name, "%s", name);
  }
}

static wc_markup_class classify(wc_markup_walker *w,
                                const wc_markup_frame *parent, xmlNodePtr el) {
  switch (parent->mode) {
  case WC_MK_HTML:
    return wc_html_class(w, parent, el);
  case WC_MK_NITF:
    return wc_nitf_class(w, parent, el);
  case WC_MK_NEWSML:
    return wc_newsml_class(w, parent, el);
  case WC_MK_PLAIN:
  default: {
    wc_markup_class c = {WC_MK_INLINE, 0, WC_MK_PLAIN, false};
    return c;
  }
  }
}

static void on_enter(wc_markup_walker *w, const wc_markup_frame *f) {
  switch (f->kind) {
  case WC_MK_BLOCK:
    open_block(w, f->ctx);
    break;
  case WC_MK_BOX:
    close_block(w);
    break;
  case WC_MK_BREAK:
  case WC_MK_SPACED:
    space(w, wc_srcmap_cursor(&w->sm));
    break;
  default:
    break;
  }
}

static void on_leave(wc_markup_walker *w, const wc_markup_frame *f) {
  switch (f->kind) {
  case WC_MK_BLOCK:
  case WC_MK_BOX:
    close_block(w);
    break;
  case WC_MK_SPACED:
    space(w, wc_srcmap_cursor(&w->sm));
    break;
  default:
    break;
  }
}

static wc_markup_frame derive(const wc_markup_frame *p,
                              const wc_markup_class *c, xmlNodePtr el) {
  wc_markup_frame f = *p;
  f.node = el;
  f.kind = c->kind;
  f.mode = c->mode;
  if (c->kind == WC_MK_SKIP)
    f.skipped = true;
  if (c->kind == WC_MK_HIDE)
    f.hidden = true;
  if (c->show && c->kind != WC_MK_HIDE)
    f.hidden = false;
  f.emit = !f.skipped && !f.hidden;
  if (c->kind == WC_MK_BLOCK)
    f.ctx = c->scope ? c->scope : p->ctx ? p->ctx : WC_SCOPE_BODY;
  else if (c->scope)
    f.ctx = c->scope;
  if (wc_markup_is(el, "article") || wc_markup_is(el, "main"))
    f.in_article = true;
  return f;
}

xmlNodePtr wc_markup_find(xmlNodePtr el, const char *a, const char *b,
                          bool need_text) {
  xmlNodePtr cur = el;
  while (cur) {
    if (cur->type == XML_ELEMENT_NODE) {
      if ((wc_markup_is(cur, a) || (b && wc_markup_is(cur, b))) &&
          (!need_text || wc_markup_has_text(cur)))
        return cur;
      if (cur->children) {
        cur = cur->children;
        continue;
      }
    }
    if (cur == el)
      return NULL;
    while (cur && !cur->next) {
      cur = cur->parent;
      if (cur == el)
        return NULL;
    }
    if (cur)
      cur = cur->next;
  }
  return NULL;
}

void wc_markup_walk(wc_doc *d, xmlDocPtr doc, wc_markup_mode mode,
                    bool html_lexing, const wc_markup_errs *errs) {
  wc_markup_walker w;
  memset(&w, 0, sizeof w);
  w.d = d;
  wc_docb_init(&w.b, d);
  wc_buf_reserve(&w.b.text, 0); /* (wc_docb_end writes a NUL into it) */
  wc_buf_init(&w.out);
  wc_buf_init(&w.fix);
  wc_srcmap_init(&w.sm, d, html_lexing);
  if (doc && mode == WC_MK_HTML)
    w.html_has_article = wc_markup_find(xmlDocGetRootElement(doc), "article",
                                        "main", false) != NULL;

  WC_VEC(wc_markup_frame) st = {0};
  wc_markup_frame root;
  memset(&root, 0, sizeof root);
  root.kind = WC_MK_BOX;
  root.mode = mode;
  root.hidden = mode == WC_MK_NEWSML;
  root.emit = !root.hidden;
  WC_VEC_PUSH(st, root);

  xmlNodePtr cur = doc ? doc->children : NULL;
  while (cur) {
    wc_markup_frame *top = &st.v[st.n - 1];
    bool descend = false;
    switch (cur->type) {
    case XML_ELEMENT_NODE: {
      wc_markup_class c = classify(&w, top, cur);
      wc_markup_frame f = derive(top, &c, cur);
      if (f.emit)
        on_enter(&w, &f);
      if (cur->children) {
        WC_VEC_PUSH(st, f);
        descend = true;
      } else if (f.emit) {
        on_leave(&w, &f);
      }
      break;
    }
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      on_text(&w, top, cur);
      break;
    case XML_ENTITY_REF_NODE:
      on_entity(&w, top, cur); /* never into its (shared) children */
      break;
    default: /* comments, PIs, the DTD: not read, not entered */
      break;
    }
    if (descend) {
      cur = cur->children;
      continue;
    }
    for (;;) {
      if (cur->next) {
        cur = cur->next;
        break;
      }
      cur = cur->parent;
      if (!cur || cur->type != XML_ELEMENT_NODE || st.n <= 1) {
        cur = NULL;
        break;
      }
      wc_markup_frame f = st.v[--st.n];
      if (f.emit)
        on_leave(&w, &f);
    }
  }
  close_block(&w);
  wc_srcmap_finish(&w.sm);

  if (errs)
    markup_issue(d, errs, &w.sm);
  if (w.unexpanded > 0)
    wc_doc_issue(d, "input.markup", w.unexpanded_off, w.unexpanded_off,
                 "entity '&%s;' %s; its text is missing%s", w.unexpanded_name,
                 w.unexpanded_declared
                     ? "is declared in the document and not expanded"
                     : "is not defined",
                 w.unexpanded > 1 ? " (and that of other entities)" : "");
  if (w.c1_chars > 0) {
    int32_t m = cp1252_c1[w.c1_cp - 0x80];
    wc_buf ch;
    wc_buf_init(&ch);
    if (m)
      wc_buf_put_cp(&ch, m);
    wc_doc_issue(d, "input.markup", w.c1_off, w.c1_off,
                 "U+%04X is a control character, not text%s%s%s%s",
                 (unsigned)w.c1_cp, m ? " (Windows-1252 '" : "",
                 m ? ch.data : "", m ? "' was probably meant)" : "",
                 w.c1_chars > 1 ? "; there are more" : "");
    wc_buf_cleanup(&ch);
  }
  if (w.shown_entities > MAX_SHOWN_ENTITY_ISSUES)
    wc_doc_issue(d, "input.markup", w.shown_overflow_off, w.shown_overflow_off,
                 "%zu more escaped entities show as written",
                 w.shown_entities - MAX_SHOWN_ENTITY_ISSUES);

  WC_VEC_FREE(st);
  wc_srcmap_cleanup(&w.sm);
  WC_VEC_FREE(w.offs);
  wc_buf_cleanup(&w.out);
  WC_VEC_FREE(w.out_offs);
  wc_buf_cleanup(&w.fix);
  WC_VEC_FREE(w.fix_offs);
  wc_docb_finish(&w.b);
}

void wc_markup_read_xml(wc_doc *d, xmlDocPtr doc, wc_markup_mode preferred,
                        const wc_markup_errs *errs) {
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  wc_markup_mode mode = preferred;
  if (root &&
      (wc_markup_is(root, "newsItem") || wc_markup_is(root, "newsMessage"))) {
    mode = WC_MK_NEWSML;
  } else if (root && wc_markup_is(root, "nitf")) {
    mode = WC_MK_NITF;
    wc_nitf_lang(d, root);
  } else if (root && wc_markup_is(root, "html")) {
    mode = WC_MK_HTML;
    wc_html_lang(d, root);
  } else if (root && mode == WC_MK_NITF) {
    xmlNodePtr nitf = wc_markup_find(root, "nitf", NULL, false);
    wc_nitf_lang(d, nitf ? nitf : root);
  }
  wc_markup_walk(d, doc, mode, false, errs);
}

/* html.c -- --format html: one self-contained page (inline CSS and script,
 * nothing fetched) that shows every article whole, with line numbers as in
 * the file, each flagged span marked in its severity's colour, and the
 * findings beside their lines.
 *
 * Every element is built with libxml2 and serialized by it, so every byte
 * that comes from a draft (its text, its path, a message quoting it) is
 * escaped by construction; no draft text is ever formatted into markup.
 *
 * Memory stays bounded by the largest file, not the batch: each article is
 * built as a subtree when its file arrives, serialized at once to a
 * temporary file (tmpfile(); an in-memory buffer if none can be made or a
 * write to it fails) and freed.  Only a small record per file (path, counts)
 * is kept.  At the end the page skeleton -- head, summary, index of files
 * worst first, failures, findings across files -- is built and serialized,
 * and the articles are copied into it where a marker comment stands, so the
 * summary, which needs the totals, comes first in the document. */
#include "report.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#define ARTICLES_MARKER "wirecheck-articles"
#define BATCH_MARKER "wirecheck-batch"

typedef struct file_rec {
  char *path;
  char lang[8];
  char *format;
  size_t counts[3];
  size_t id; /* article number: the anchor is "a<id>" */
} file_rec;

typedef struct fam_rec {
  char *name;
  size_t counts[3];
} fam_rec;

typedef WC_VEC(size_t) size_vec;

typedef struct html_state {
  xmlDocPtr scratch;      /* owner of article subtrees while they are built */
  FILE *tmp;              /* serialized articles; NULL: memory only */
  size_t tmp_good;        /* bytes of tmp known to be written */
  bool tmp_failed;
  wc_buf mem;             /* serialized articles after tmp (or instead) */
  WC_VEC(file_rec) files;
  WC_VEC(fam_rec) fams;   /* small: one per rule family seen */
  WC_VEC(char *) fail_paths;
  WC_VEC(char *) fail_msgs;
  wc_map *by_path;        /* path -> file id + 1 (for batch links) */
  wc_buf batch_html;      /* the batch findings, serialized */
  size_t batch_count;
} html_state;

/* ---- strings: valid UTF-8, no C0 controls ------------------------------ */

/* Appends s[0..n) to b as valid UTF-8 in which every code point stays one
 * code point (so columns still count): an invalid byte becomes U+FFFD, a C0
 * control its Control Picture (U+2400 + c), DEL U+2421.  Tab is kept; so is
 * newline when keep_nl. */
static void clean_utf8(wc_buf *b, const char *s, size_t n, bool keep_nl) {
  size_t i = 0;
  while (i < n) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (cp < 0)
      wc_buf_put_cp(b, 0xFFFD);
    else if (cp == '\t' || (cp == '\n' && keep_nl))
      wc_buf_putc(b, (char)cp);
    else if (cp < 0x20)
      wc_buf_put_cp(b, 0x2400 + cp);
    else if (cp == 0x7f)
      wc_buf_put_cp(b, 0x2421);
    else
      wc_buf_add(b, s + i, k);
    i += k;
  }
}

static void add_text(xmlNodePtr parent, const char *s, size_t n) {
  if (n == 0)
    return;
  wc_buf b;
  wc_buf_init(&b);
  clean_utf8(&b, s, n, true);
  xmlAddChild(parent, xmlNewTextLen(BAD_CAST b.data, (int)b.len));
  wc_buf_cleanup(&b);
}

static void add_str(xmlNodePtr parent, const char *s) {
  if (s)
    add_text(parent, s, strlen(s));
}

static void set_attr(xmlNodePtr n, const char *name, const char *val) {
  wc_buf b;
  wc_buf_init(&b);
  clean_utf8(&b, val ? val : "", val ? strlen(val) : 0, true);
  xmlSetProp(n, BAD_CAST name, BAD_CAST b.data);
  wc_buf_cleanup(&b);
}

static void set_attrf(xmlNodePtr n, const char *name, const char *fmt, ...)
    WC_PRINTF(3, 4);
static void set_attrf(xmlNodePtr n, const char *name, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = wc_xvasprintf(fmt, ap);
  va_end(ap);
  set_attr(n, name, s);
  free(s);
}

/* A new child element, with a class if cls is not NULL. */
static xmlNodePtr el(xmlNodePtr parent, const char *name, const char *cls) {
  xmlNodePtr n = xmlNewNode(NULL, BAD_CAST name);
  if (cls)
    xmlSetProp(n, BAD_CAST "class", BAD_CAST cls);
  if (parent)
    xmlAddChild(parent, n);
  return n;
}

static xmlNodePtr el_text(xmlNodePtr parent, const char *name,
                          const char *cls, const char *text) {
  xmlNodePtr n = el(parent, name, cls);
  add_str(n, text);
  return n;
}

static void add_fmt(xmlNodePtr parent, const char *fmt, ...) WC_PRINTF(2, 3);
static void add_fmt(xmlNodePtr parent, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = wc_xvasprintf(fmt, ap);
  va_end(ap);
  add_str(parent, s);
  free(s);
}

static void nl(xmlNodePtr parent) {
  xmlAddChild(parent, xmlNewText(BAD_CAST "\n"));
}

static const char *sev_class(wc_severity s) {
  switch (s) {
  case WC_SEV_ERROR: return "sev-error";
  case WC_SEV_WARNING: return "sev-warning";
  default: return "sev-info";
  }
}

/* "spelling" of "spelling.unknown" (a rule with no dot is its own family). */
static size_t family_len(const char *rule) {
  const char *dot = strchr(rule, '.');
  return dot ? (size_t)(dot - rule) : strlen(rule);
}

static char *family_of(const char *rule) {
  return wc_xstrndup(rule, family_len(rule));
}

static void count_family(html_state *st, const wc_finding *f) {
  size_t n = family_len(f->rule);
  for (size_t i = 0; i < st->fams.n; i++)
    if (strlen(st->fams.v[i].name) == n &&
        strncmp(st->fams.v[i].name, f->rule, n) == 0) {
      st->fams.v[i].counts[f->severity <= WC_SEV_ERROR ? f->severity : 0]++;
      return;
    }
  fam_rec r;
  memset(&r, 0, sizeof r);
  r.name = wc_xstrndup(f->rule, n);
  r.counts[f->severity <= WC_SEV_ERROR ? f->severity : 0] = 1;
  WC_VEC_PUSH(st->fams, r);
}

/* ---- one finding: the note beside its line ----------------------------- */

static void rule_link(wc_reporter *rep, xmlNodePtr parent, const char *rule) {
  if (rep->opts.docs_url && *rep->opts.docs_url) {
    xmlNodePtr a = el_text(parent, "a", "rule", rule);
    set_attrf(a, "href", "%s#%s", rep->opts.docs_url, rule);
    const wc_rule_info *ri = wc_rule_find(rule);
    if (ri && ri->summary)
      set_attr(a, "title", ri->summary);
  } else {
    el_text(parent, "code", "rule", rule);
  }
}

/* The hover text of a finding: "warning spelling.unknown: message" and its
 * suggestions. */
static void finding_title(wc_buf *b, const wc_finding *f) {
  wc_buf_printf(b, "%s %s: %s", wc_severity_name(f->severity), f->rule,
                f->message ? f->message : "");
  if (f->nsuggestions) {
    wc_buf_puts(b, "\nsuggestion: ");
    for (size_t i = 0; i < f->nsuggestions; i++)
      wc_buf_printf(b, "%s%s", i ? ", " : "", f->suggestions[i]);
  }
}

/* <li class="note sev-x" id="a3-f7" data-...>: severity, rule link,
 * position, message, suggestions.  path is set for batch findings. */
static xmlNodePtr note(wc_reporter *rep, xmlNodePtr ul, const wc_finding *f,
                       size_t article, size_t idx, const char *path) {
  char cls[48];
  snprintf(cls, sizeof cls, "note %s", sev_class(f->severity));
  xmlNodePtr li = el(ul, "li", cls);
  if (path)
    set_attrf(li, "id", "b-f%zu", idx);
  else
    set_attrf(li, "id", "a%zu-f%zu", article, idx);
  set_attr(li, "tabindex", "-1");
  set_attrf(li, "data-f", "%zu", idx);
  set_attr(li, "data-sev", wc_severity_name(f->severity));
  char *fam = family_of(f->rule);
  set_attr(li, "data-family", fam);
  free(fam);
  set_attr(li, "data-rule", f->rule);
  set_attrf(li, "data-line", "%zu", f->line);
  set_attrf(li, "data-col", "%zu", f->column);
  set_attrf(li, "data-end-line", "%zu", f->end_line);
  set_attrf(li, "data-end-col", "%zu", f->end_column);
  wc_buf t;
  wc_buf_init(&t);
  finding_title(&t, f);
  set_attr(li, "title", t.data);
  wc_buf_cleanup(&t);

  el_text(li, "span", "sev", wc_severity_name(f->severity));
  add_str(li, " ");
  rule_link(rep, li, f->rule);
  add_str(li, " ");
  xmlNodePtr pos = el(li, "span", "pos");
  if (path)
    add_fmt(pos, "%s:%zu:%zu", path, f->line, f->column);
  else
    add_fmt(pos, "%zu:%zu", f->line, f->column);
  add_str(li, " ");
  el_text(li, "span", "msg", f->message ? f->message : "");
  if (f->nsuggestions) {
    xmlNodePtr sg = el(li, "span", "sugg");
    add_str(sg, f->nsuggestions == 1 ? "suggestion: " : "suggestions: ");
    for (size_t i = 0; i < f->nsuggestions; i++) {
      if (i)
        add_str(sg, ", ");
      el_text(sg, "q", NULL, f->suggestions[i]);
    }
  }
  return li;
}

/* ---- one article --------------------------------------------------------- */

/* A finding's place, clamped to the lines shown. */
typedef struct place {
  size_t idx;
  size_t l1, c1, l2, c2;
} place;

/* A finding's columns [a, b) on one line. */
typedef struct range {
  size_t idx;
  size_t a, b;
  wc_severity sev;
} range;

static int cmp_place(const void *x, const void *y) {
  const place *p = x, *q = y;
  if (p->l1 != q->l1)
    return p->l1 < q->l1 ? -1 : 1;
  return p->idx < q->idx ? -1 : p->idx > q->idx;
}

static int cmp_range(const void *x, const void *y) {
  const range *p = x, *q = y;
  if (p->a != q->a)
    return p->a < q->a ? -1 : 1;
  return p->idx < q->idx ? -1 : p->idx > q->idx;
}

static int cmp_size(const void *x, const void *y) {
  size_t a = *(const size_t *)x, b = *(const size_t *)y;
  return a < b ? -1 : a > b;
}

/* A <mark> for the findings in ids[0..n): the colour of the worst, every
 * finding's number in data-f, every message in the title. */
static xmlNodePtr mark(xmlNodePtr parent, const wc_result *r,
                       const size_t *ids, size_t n, bool zero_width) {
  wc_severity worst = WC_SEV_INFO;
  wc_buf t, fl;
  wc_buf_init(&t);
  wc_buf_init(&fl);
  for (size_t i = 0; i < n; i++) {
    const wc_finding *f = &r->findings.v.v[ids[i]];
    if (f->severity > worst && f->severity <= WC_SEV_ERROR)
      worst = f->severity;
    if (i) {
      wc_buf_putc(&t, '\n');
      wc_buf_putc(&fl, ' ');
    }
    finding_title(&t, f);
    wc_buf_printf(&fl, "%zu", ids[i]);
  }
  char cls[64];
  snprintf(cls, sizeof cls, "m %s%s%s", sev_class(worst),
           n > 1 ? " multi" : "", zero_width ? " zw" : "");
  xmlNodePtr m = el(parent, "mark", cls);
  set_attr(m, "data-f", fl.data);
  set_attr(m, "title", t.data);
  wc_buf_cleanup(&t);
  wc_buf_cleanup(&fl);
  return m;
}

/* Byte offset of column col (1-based) in s[0..n), walking forward from a
 * known (col0, off0). */
static size_t advance(const char *s, size_t n, size_t off, size_t col0,
                      size_t col) {
  while (col0 < col && off < n) {
    int32_t cp;
    off += wc_utf8_decode(s + off, n - off, &cp);
    col0++;
  }
  return off;
}

/* Fills the source cell of line L (text s[0..n), len code points) from the
 * ranges that touch it. */
static void render_line(xmlNodePtr td, const wc_result *r, const char *s,
                        size_t n, size_t len, range *rg, size_t nrg,
                        size_vec *pts, size_vec *cur) {
  if (nrg > 1)
    qsort(rg, nrg, sizeof *rg, cmp_range);
  pts->n = 0;
  WC_VEC_PUSH(*pts, (size_t)1);
  WC_VEC_PUSH(*pts, len + 1);
  for (size_t i = 0; i < nrg; i++) {
    WC_VEC_PUSH(*pts, rg[i].a);
    WC_VEC_PUSH(*pts, rg[i].b);
  }
  qsort(pts->v, pts->n, sizeof(size_t), cmp_size);
  size_t np = 0;
  for (size_t i = 0; i < pts->n; i++)
    if (np == 0 || pts->v[np - 1] != pts->v[i])
      pts->v[np++] = pts->v[i];
  pts->n = np;

  cur->n = 0;
  size_t next = 0; /* next range (by a) not yet opened */
  size_t off = 0;
  for (size_t pi = 0; pi < pts->n; pi++) {
    size_t p = pts->v[pi];
    /* zero-width findings at p, then the ranges that open here */
    size_vec zw = {0};
    while (next < nrg && rg[next].a == p) {
      if (rg[next].b == p)
        WC_VEC_PUSH(zw, rg[next].idx);
      else
        WC_VEC_PUSH(*cur, next);
      next++;
    }
    if (zw.n) {
      qsort(zw.v, zw.n, sizeof(size_t), cmp_size);
      mark(td, r, zw.v, zw.n, true);
    }
    WC_VEC_FREE(zw);
    /* drop the ranges that ended */
    size_t k = 0;
    for (size_t i = 0; i < cur->n; i++)
      if (rg[cur->v[i]].b > p)
        cur->v[k++] = cur->v[i];
    cur->n = k;
    if (pi + 1 == pts->n)
      break;
    size_t q = pts->v[pi + 1];
    size_t end = advance(s, n, off, p, q);
    if (cur->n == 0) {
      add_text(td, s + off, end - off);
    } else {
      size_t *ids = wc_xmalloc(cur->n * sizeof(size_t));
      for (size_t i = 0; i < cur->n; i++)
        ids[i] = rg[cur->v[i]].idx;
      qsort(ids, cur->n, sizeof(size_t), cmp_size);
      xmlNodePtr m = mark(td, r, ids, cur->n, false);
      add_text(m, s + off, end - off);
      free(ids);
    }
    off = end;
  }
}

/* The article of one file: <details class="article" id="a<id>"> with the
 * file's lines in a table (number, text with marks, notes). */
static xmlNodePtr build_article(wc_reporter *rep, const wc_result *r,
                                size_t id) {
  size_t c[3];
  wc_result_counts(r, c);
  size_t nf = r->findings.v.n;
  xmlNodePtr det = el(NULL, "details", "article");
  set_attrf(det, "id", "a%zu", id);
  set_attr(det, "data-path", r->path);
  set_attrf(det, "data-errors", "%zu", c[WC_SEV_ERROR]);
  set_attrf(det, "data-warnings", "%zu", c[WC_SEV_WARNING]);
  set_attrf(det, "data-infos", "%zu", c[WC_SEV_INFO]);
  if (nf)
    xmlSetProp(det, BAD_CAST "open", NULL);
  /* room held for the article while it is off screen (see the CSS) */
  size_t est_lines = 1;
  for (size_t i = 0; r->src && i < r->src_len; i++)
    est_lines += r->src[i] == '\n';
  set_attrf(det, "style", "contain-intrinsic-size:auto %zupx",
            48 + 30 * est_lines);
  nl(det);
  xmlNodePtr sum = el(det, "summary", NULL);
  el_text(sum, "span", "path", r->path);
  add_str(sum, " ");
  xmlNodePtr meta = el(sum, "span", "meta");
  add_fmt(meta, "%s · %s", r->lang[0] ? r->lang : "?",
          r->format ? r->format : "?");
  static const wc_severity order[3] = {WC_SEV_ERROR, WC_SEV_WARNING,
                                       WC_SEV_INFO};
  static const char *const names[3][2] = {
      {"error", "errors"}, {"warning", "warnings"}, {"info", "infos"}};
  if (nf == 0) {
    add_str(sum, " ");
    el_text(sum, "span", "count clean", "no findings");
  }
  for (int i = 0; i < 3; i++) {
    size_t k = c[order[i]];
    if (!k)
      continue;
    add_str(sum, " ");
    char cls[32];
    snprintf(cls, sizeof cls, "count %s", sev_class(order[i]));
    xmlNodePtr cnt = el(sum, "span", cls);
    add_fmt(cnt, "%zu %s", k, names[i][k != 1]);
  }
  nl(det);

  size_t srclen = 0;
  const char *src = r->src;
  srclen = r->src_len;
  bool markup = r->format && strcmp(r->format, "text") != 0;
  xmlNodePtr table = el(det, "table", markup ? "src markup" : "src prose");
  if (r->lang[0]) /* the draft's language, for hyphenation and voices */
    set_attr(table, "lang", r->lang);
  xmlNodePtr tbody = el(table, "tbody", NULL);
  nl(tbody);

  /* the lines shown: a final newline does not start a line of its own */
  size_t nlines = 1;
  for (size_t i = 0; src && i < srclen; i++)
    if (src[i] == '\n' && i + 1 < srclen)
      nlines++;

  place *pl = wc_xmalloc((nf ? nf : 1) * sizeof *pl);
  for (size_t i = 0; i < nf; i++) {
    const wc_finding *f = &r->findings.v.v[i];
    place p = {i, f->line ? f->line : 1, f->column ? f->column : 1,
               f->end_line, f->end_column ? f->end_column : 1};
    if (p.l1 > nlines) {
      p.l1 = nlines;
      p.c1 = SIZE_MAX;
    }
    if (p.l2 < p.l1 || (p.l2 == p.l1 && p.c2 < p.c1)) {
      p.l2 = p.l1;
      p.c2 = p.c1;
    }
    if (p.l2 > nlines) {
      p.l2 = nlines;
      p.c2 = SIZE_MAX;
    }
    pl[i] = p;
  }
  if (nf > 1)
    qsort(pl, nf, sizeof *pl, cmp_place);

  size_vec active = {0}; /* indexes into pl */
  WC_VEC(range) rg = {0};
  size_vec pts = {0};
  size_vec cur = {0};
  size_t next = 0, pos = 0;
  for (size_t L = 1; L <= nlines; L++) {
    const char *s = src ? src + pos : "";
    size_t avail = src ? srclen - pos : 0;
    const char *e = memchr(s, '\n', avail);
    size_t n = e ? (size_t)(e - s) : avail;
    pos += e ? n + 1 : n;
    size_t shown = n;
    if (shown && s[shown - 1] == '\r')
      shown--;
    size_t len = wc_utf8_count(s, shown);

    while (next < nf && pl[next].l1 == L)
      WC_VEC_PUSH(active, next++);
    rg.n = 0;
    size_t k = 0;
    for (size_t i = 0; i < active.n; i++) {
      const place *p = &pl[active.v[i]];
      if (p->l2 < L)
        continue; /* ended on an earlier line */
      active.v[k++] = active.v[i];
      size_t a = p->l1 == L ? p->c1 : 1;
      size_t b = p->l2 == L ? p->c2 : len + 1;
      if (a > len + 1)
        a = len + 1;
      if (b > len + 1)
        b = len + 1;
      if (b < a)
        b = a;
      if (a == b && p->l1 != L)
        continue; /* a span that only crosses this line's start */
      range x = {p->idx, a, b, r->findings.v.v[p->idx].severity};
      WC_VEC_PUSH(rg, x);
    }
    active.n = k;

    xmlNodePtr tr = el(tbody, "tr", NULL);
    set_attrf(tr, "id", "a%zu-L%zu", id, L);
    xmlNodePtr ln = el(tr, "td", "ln");
    add_fmt(ln, "%zu", L);
    xmlNodePtr td = el(tr, "td", "tx");
    render_line(td, r, s, shown, len, rg.v, rg.n, &pts, &cur);
    xmlNodePtr notes = el(tr, "td", "notes");
    /* the notes of findings that start on this line, in file order */
    xmlNodePtr ul = NULL;
    for (size_t i = 0; i < active.n; i++) {
      const place *p = &pl[active.v[i]];
      if (p->l1 != L)
        continue;
      if (!ul) {
        ul = el(notes, "ul", NULL);
        xmlSetProp(tr, BAD_CAST "class", BAD_CAST "flagged");
      }
      note(rep, ul, &r->findings.v.v[p->idx], id, p->idx, NULL);
    }
    nl(tbody);
  }
  WC_VEC_FREE(active);
  WC_VEC_FREE(rg);
  WC_VEC_FREE(pts);
  WC_VEC_FREE(cur);
  free(pl);
  nl(det);
  return det;
}

/* ---- the article sink: tmpfile, else memory ------------------------------ */

static int sink_write(void *ctx, const char *buf, int len) {
  html_state *st = ctx;
  if (len <= 0)
    return 0;
  if (st->tmp && !st->tmp_failed) {
    if (fwrite(buf, 1, (size_t)len, st->tmp) != (size_t)len)
      st->tmp_failed = true;
  } else {
    wc_buf_add(&st->mem, buf, (size_t)len);
  }
  return len;
}

static int buf_write(void *ctx, const char *buf, int len) {
  if (len > 0)
    wc_buf_add(ctx, buf, (size_t)len);
  return len < 0 ? 0 : len;
}

/* Serializes node (a child of the scratch document) through write(ctx). */
static void serialize(html_state *st, xmlNodePtr node,
                      xmlOutputWriteCallback write, void *ctx) {
  xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(write, NULL, ctx, NULL);
  if (!ob)
    return; /* libxml2 out of memory */
  htmlNodeDumpFormatOutput(ob, st->scratch, node, "UTF-8", 0);
  xmlOutputBufferWrite(ob, 1, "\n");
  xmlOutputBufferClose(ob);
}

static void emit_article(html_state *st, xmlNodePtr node) {
  xmlAddChild(xmlDocGetRootElement(st->scratch), node);
  bool to_tmp = st->tmp && !st->tmp_failed;
  serialize(st, node, sink_write, st);
  if (to_tmp) {
    if (!st->tmp_failed && fflush(st->tmp) == 0 && !ferror(st->tmp)) {
      long p = ftell(st->tmp);
      if (p >= 0)
        st->tmp_good = (size_t)p;
      else
        st->tmp_failed = true;
    } else {
      st->tmp_failed = true;
    }
    if (st->tmp_failed) /* the disk is full: keep the rest in memory */
      serialize(st, node, sink_write, st);
  }
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

/* ---- reporter ops -------------------------------------------------------- */

static void html_file(wc_reporter *rep, const wc_result *r) {
  html_state *st = rep->state;
  size_t id = st->files.n;
  file_rec fr;
  memset(&fr, 0, sizeof fr);
  fr.path = wc_xstrdup(r->path ? r->path : "");
  snprintf(fr.lang, sizeof fr.lang, "%s", r->lang);
  fr.format = wc_xstrdup(r->format ? r->format : "");
  wc_result_counts(r, fr.counts);
  fr.id = id;
  WC_VEC_PUSH(st->files, fr);
  if (!wc_map_has(st->by_path, fr.path, strlen(fr.path)))
    wc_map_put(st->by_path, fr.path, strlen(fr.path), (void *)(id + 1));
  for (size_t i = 0; i < r->findings.v.n; i++)
    count_family(st, &r->findings.v.v[i]);
  emit_article(st, build_article(rep, r, id));
}

static void html_failure(wc_reporter *rep, const char *path, const char *msg) {
  html_state *st = rep->state;
  char *p = wc_xstrdup(path ? path : ""), *m = wc_xstrdup(msg ? msg : "");
  WC_VEC_PUSH(st->fail_paths, p);
  WC_VEC_PUSH(st->fail_msgs, m);
}

/* Findings across files: a list under the summary, each linked to the
 * line of its article. */
static void html_batch(wc_reporter *rep, const wc_result *batch) {
  html_state *st = rep->state;
  if (batch->findings.v.n == 0)
    return;
  xmlNodePtr ul = el(NULL, "ul", "batch-notes");
  for (size_t i = 0; i < batch->findings.v.n; i++) {
    const wc_finding *f = &batch->findings.v.v[i];
    count_family(st, f);
    const char *path = f->path ? f->path : "";
    xmlNodePtr li = note(rep, ul, f, 0, st->batch_count++, path);
    set_attr(li, "data-path", path);
    void *v = wc_map_get(st->by_path, path, strlen(path));
    if (v) {
      add_str(li, " ");
      xmlNodePtr a = el_text(li, "a", "goto", "show in article");
      set_attrf(a, "href", "#a%zu-L%zu", (size_t)v - 1, f->line);
    }
    nl(ul);
  }
  xmlAddChild(xmlDocGetRootElement(st->scratch), ul);
  serialize(st, ul, buf_write, &st->batch_html);
  xmlUnlinkNode(ul);
  xmlFreeNode(ul);
}

/* ---- the page ------------------------------------------------------------ */

static const char *const page_css[] = {
    ":root{--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--line:#e3e3e6;"
    "--panel:#f6f7f9;--err:#c5221f;--err-bg:#fde0de;--warn:#a15c00;"
    "--warn-bg:#ffefc2;--info:#1a5fb4;--info-bg:#dde9fb;--focus:#7b1fa2}\n",
    "@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#e8e8ea;"
    "--muted:#a0a4ab;--line:#2e3036;--panel:#1f2125;--err:#ff8a80;"
    "--err-bg:#5a1f1c;--warn:#ffcc66;--warn-bg:#4d3a10;--info:#8ab4f8;"
    "--info-bg:#1d3557;--focus:#ce93d8}}\n",
    "*{box-sizing:border-box}\n",
    "body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 "
    "system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}\n",
    "header.top,section,main,footer{max-width:1400px;margin:0 auto;"
    "padding:0 20px}\n",
    "h1{font-size:1.5em;margin:18px 0 4px}h2{font-size:1.15em;"
    "margin:22px 0 8px}\n",
    ".lead{color:var(--muted);margin:0 0 8px}\n",
    "a{color:var(--info)}\n",
    "#controls{position:sticky;top:0;z-index:5;background:var(--panel);"
    "border-bottom:1px solid var(--line);padding:6px 20px;display:flex;"
    "flex-wrap:wrap;gap:4px 16px;align-items:center;font-size:.9em}\n",
    "#controls[hidden]{display:none}\n",
    "#controls fieldset{border:0;margin:0;padding:0;display:flex;"
    "flex-wrap:wrap;gap:2px 10px;align-items:center}\n",
    "#controls legend{float:left;font-weight:600;margin-right:4px;padding:0}\n",
    "#controls label{white-space:nowrap;cursor:pointer}\n",
    "#controls button{font:inherit;padding:1px 8px}\n",
    "#controls .keys{color:var(--muted)}\n",
    "kbd{font:.85em ui-monospace,'DejaVu Sans Mono',monospace;border:1px solid "
    "var(--line);border-radius:3px;padding:0 3px;background:var(--bg)}\n",
    "table.stats{border-collapse:collapse;margin:4px 0 8px;font-size:.92em}\n",
    "table.stats th,table.stats td{border-bottom:1px solid var(--line);"
    "padding:3px 10px;text-align:left}\n",
    "table.stats td.n,table.stats th.n{text-align:right;"
    "font-variant-numeric:tabular-nums}\n",
    "table.stats tr.zero td{color:var(--muted)}\n",
    ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0}\n",
    ".card{border:1px solid var(--line);border-radius:8px;padding:6px 14px;"
    "min-width:110px;background:var(--panel)}\n",
    ".card b{display:block;font-size:1.6em;line-height:1.2}\n",
    ".card.sev-error b{color:var(--err)}.card.sev-warning b{color:var(--warn)}"
    ".card.sev-info b{color:var(--info)}\n",
    "td.n.sev-error{color:var(--err);font-weight:600}"
    "td.n.sev-warning{color:var(--warn);font-weight:600}"
    "td.n.sev-info{color:var(--info)}\n",
    ".index-wrap{max-height:24em;overflow:auto;border:1px solid var(--line);"
    "border-radius:6px;display:inline-block;max-width:100%}\n",
    ".index-wrap table.stats{margin:0}\n",
    ".index-wrap thead th{position:sticky;top:0;background:var(--panel)}\n",
    /* an article off screen is not laid out: a page of hundreds of
     * articles loads in a few seconds and collapses at once */
    "details.article{content-visibility:auto;contain-intrinsic-size:auto "
    "900px;border:1px solid var(--line);border-radius:8px;"
    "margin:0 0 14px;background:var(--bg)}\n",
    "details.article>summary{cursor:pointer;padding:8px 12px;"
    "background:var(--panel);border-radius:8px;position:sticky;top:var(--bar,0px);"
    "z-index:2}\n",
    "details.article[open]>summary{border-bottom:1px solid var(--line);"
    "border-radius:8px 8px 0 0}\n",
    "summary .path{font-weight:600;overflow-wrap:anywhere}\n",
    "summary .meta{color:var(--muted);font-size:.85em;margin-left:6px}\n",
    ".count{font-size:.8em;border-radius:9px;padding:1px 8px;margin-left:4px;"
    "white-space:nowrap}\n",
    ".count.sev-error{background:var(--err-bg);color:var(--err)}"
    ".count.sev-warning{background:var(--warn-bg);color:var(--warn)}"
    ".count.sev-info{background:var(--info-bg);color:var(--info)}"
    ".count.clean{color:var(--muted)}\n",
    "table.src{border-collapse:collapse;width:100%;table-layout:fixed}\n",
    "table.src td{vertical-align:top;padding:1px 8px}\n",
    "table.src td.ln{width:4.2em;text-align:right;color:var(--muted);"
    "font:12px/1.9 ui-monospace,'DejaVu Sans Mono',monospace;user-select:none;"
    "border-right:1px solid var(--line)}\n",
    "table.src td.tx{white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4;"
    "font-family:Georgia,'DejaVu Serif',serif;font-size:15px;line-height:1.6}\n",
    "table.src.markup td.tx{font:13px/1.6 ui-monospace,'DejaVu Sans Mono',"
    "monospace}\n",
    "table.src td.notes{width:38%;font-size:.85em;padding-left:12px}\n",
    "table.src tr.flagged td.notes{border-left:3px solid var(--line)}\n",
    "tr:target td{background:var(--panel)}\n"
    /* a line or finding jumped to stays clear of the sticky bars */
    "table.src tr,li.note{scroll-margin-top:6.5em}"
    "details.article{scroll-margin-top:3em}\n",
    "mark.m{color:inherit;background:none;border-radius:2px;padding:0;"
    "cursor:pointer}\n",
    "mark.m.sev-error{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}\n",
    "mark.m.sev-warning{background:var(--warn-bg);box-shadow:inset 0 -2px "
    "var(--warn)}\n",
    "mark.m.sev-info{background:var(--info-bg);box-shadow:inset 0 -1px "
    "var(--info)}\n",
    "mark.m.multi{box-shadow:inset 0 -3px var(--err),inset 0 2px var(--line)}\n",
    "mark.m.multi.sev-warning{box-shadow:inset 0 -3px var(--warn),inset 0 2px "
    "var(--line)}\n",
    "mark.m.multi.sev-info{box-shadow:inset 0 -3px var(--info),inset 0 2px "
    "var(--line)}\n",
    "mark.m.zw{display:inline-block;width:0;height:1.1em;vertical-align:"
    "text-bottom;border-left:3px solid var(--info);margin:0 1px}\n",
    "mark.m.zw.sev-error{border-color:var(--err)}mark.m.zw.sev-warning{"
    "border-color:var(--warn)}\n",
    "mark.m.off{background:none;box-shadow:none;border-color:transparent}\n",
    "mark.m.hl{outline:2px solid var(--focus);outline-offset:1px}\n",
    "ul{margin:0;padding:0;list-style:none}\n",
    "li.note{margin:2px 0 6px;padding:2px 6px;border-left:3px solid var(--info);"
    "border-radius:0 4px 4px 0;background:var(--panel)}\n",
    "li.note.sev-error{border-color:var(--err)}li.note.sev-warning{"
    "border-color:var(--warn)}\n",
    "li.note:focus,li.note.current{outline:2px solid var(--focus);"
    "outline-offset:1px}\n",
    "li.note .sev{font-weight:700;text-transform:uppercase;font-size:.75em;"
    "letter-spacing:.03em}\n",
    "li.note.sev-error .sev{color:var(--err)}li.note.sev-warning .sev{"
    "color:var(--warn)}li.note.sev-info .sev{color:var(--info)}\n",
    "li.note .rule{font:.85em ui-monospace,'DejaVu Sans Mono',monospace}\n",
    "li.note .pos{color:var(--muted);font-size:.85em}\n",
    "li.note .msg{display:block}\n",
    "li.note .sugg{display:block;color:var(--muted)}\n",
    "li.note .sugg q{color:var(--fg);font-weight:600}\n",
    "li.note[hidden]{display:none}\n",
    "ul.batch-notes li.note{max-width:60em}\n",
    "footer{color:var(--muted);font-size:.85em;padding-bottom:30px}\n",
    "@media (max-width:800px){table.src td.notes{width:auto}"
    "table.src tr{display:grid;grid-template-columns:3.2em 1fr}"
    "table.src td.notes{grid-column:2}table.src td.notes:empty{display:none}}\n",
    "@media print{#controls{display:none}body{font-size:11pt}"
    "header.top,section,main,footer{max-width:none;padding:0}"
    "details.article{border:0;break-inside:auto;content-visibility:visible}"
    "details.article>summary{position:static;background:none;"
    "border-bottom:1px solid #999}"
    "table.src tr{break-inside:avoid}"
    ".index-wrap{max-height:none;overflow:visible;border:0}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "a{color:inherit;text-decoration:none}}\n", NULL};

/* Filters, keyboard navigation, expand/collapse.  Reads only the report's
 * own elements; the page works without it. */
static const char *const page_js[] = {
    "(function(){'use strict';\n",
    "var d=document,root=d.documentElement;root.classList.add('js');\n",
    "var form=d.getElementById('controls');if(form)form.hidden=false;\n",
    "var notes=[].slice.call(d.querySelectorAll('main li.note,"
    "#batch li.note'));\n",
    "var cur=-1;\n",
    "function box(name,v){var e=form&&form.querySelector('input[data-'+name+"
    "'=\"'+v+'\"]');return !e||e.checked;}\n",
    "function marksOf(n){var art=n.closest('details.article');if(!art)"
    "return [];var id=n.getAttribute('data-f');return [].filter.call("
    "art.querySelectorAll('mark.m'),function(m){return (' '+m.getAttribute("
    "'data-f')+' ').indexOf(' '+id+' ')>=0;});}\n",
    "var rank={error:2,warning:1,info:0};\n",
    "function apply(){notes.forEach(function(n){n.hidden=!(box('sev',"
    "n.getAttribute('data-sev'))&&box('family',n.getAttribute("
    "'data-family')));});\n",
    " [].forEach.call(d.querySelectorAll('details.article'),function(art){"
    "var vis={};[].forEach.call(art.querySelectorAll('li.note'),function(n){"
    "if(!n.hidden)vis[n.getAttribute('data-f')]=n.getAttribute('data-sev');});"
    "\n  [].forEach.call(art.querySelectorAll('mark.m'),function(m){var best="
    "null;m.getAttribute('data-f').split(' ').forEach(function(f){var s=vis[f];"
    "if(s&&(best===null||rank[s]>rank[best]))best=s;});m.classList.remove("
    "'sev-error','sev-warning','sev-info');m.classList.toggle('off',best===null"
    ");m.classList.add('sev-'+(best||m.getAttribute('data-sev0')));});});}\n",
    "[].forEach.call(d.querySelectorAll('mark.m'),function(m){var c=m.className"
    ".match(/sev-(\\w+)/);m.setAttribute('data-sev0',c?c[1]:'info');});\n",
    "if(form)form.addEventListener('change',apply);\n",
    "function clearHl(){[].forEach.call(d.querySelectorAll('.hl,.current'),"
    "function(e){e.classList.remove('hl','current');});}\n",
    "function go(i){var vis=notes.filter(function(n){return !n.hidden;});"
    "if(!vis.length)return;var at=cur<0?-1:vis.indexOf(notes[cur]);\n",
    " if(at<0&&cur>=0){at=vis.findIndex(function(n){return notes.indexOf(n)>"
    "cur;});at=i>0?at-1:at;}\n",
    " at=at+i;if(at<0)at=0;if(at>=vis.length)at=vis.length-1;var n=vis[at];"
    "cur=notes.indexOf(n);show(n);}\n",
    "function show(n){var art=n.closest('details');if(art&&!art.open)"
    "art.open=true;clearHl();n.classList.add('current');marksOf(n).forEach("
    "function(m){m.classList.add('hl');});var ms=marksOf(n);(ms[0]||n)."
    "scrollIntoView({block:'center'});n.focus({preventScroll:true});}\n",
    "d.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||"
    "e.metaKey)return;var t=e.target&&e.target.tagName;if(t==='INPUT'||"
    "t==='TEXTAREA'||t==='SELECT')return;var k=e.key;\n",
    " if(k==='j'||k==='n'){go(1);e.preventDefault();}else if(k==='k'||k==='p')"
    "{go(-1);e.preventDefault();}});\n",
    "d.addEventListener('click',function(e){var m=e.target.closest&&"
    "e.target.closest('mark.m');if(!m)return;var art=m.closest("
    "'details.article');var f=m.getAttribute('data-f').split(' ')[0];var n="
    "art&&art.querySelector('li.note[data-f=\"'+f+'\"]');if(n){cur="
    "notes.indexOf(n);clearHl();n.classList.add('current');marksOf(n)."
    "forEach(function(x){x.classList.add('hl');});n.focus({preventScroll:true}"
    ");}});\n",
    "notes.forEach(function(n,i){n.addEventListener('mouseenter',function(){"
    "marksOf(n).forEach(function(m){m.classList.add('hl');});});n."
    "addEventListener('mouseleave',function(){if(i!==cur)marksOf(n).forEach("
    "function(m){m.classList.remove('hl');});});});\n",
    "function all(open){[].forEach.call(d.querySelectorAll('details.article'),"
    "function(x){x.open=open;});}\n",
    "var ex=d.getElementById('expand'),co=d.getElementById('collapse');\n",
    "if(ex)ex.addEventListener('click',function(){all(true);});\n",
    "if(co)co.addEventListener('click',function(){all(false);});\n",
    "d.addEventListener('click',function(e){var a=e.target.closest&&"
    "e.target.closest('a[href^=\"#a\"]');if(!a)return;var t=d.getElementById("
    "a.getAttribute('href').slice(1));var art=t&&(t.closest?t.closest("
    "'details'):null);if(art&&!art.open)art.open=true;});\n",
    "var closed=[];window.addEventListener('beforeprint',function(){closed=[]"
    ".filter.call(d.querySelectorAll('details.article'),function(x){return "
    "!x.open;});all(true);});\n",
    "window.addEventListener('afterprint',function(){closed.forEach(function"
    "(x){x.open=false;});});\n",
    "function bar(){root.style.setProperty('--bar',(form?form.offsetHeight:0)"
    "+'px');}bar();window.addEventListener('resize',bar);\n",
    "root.setAttribute('data-report','ready');\n",
    "})();\n", NULL};

/* The pieces of a fixed text, joined (C11 caps a literal's length). */
static const char *joined(const char *const *parts, wc_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
  for (size_t i = 0; parts[i]; i++)
    wc_buf_puts(b, parts[i]);
  return b->data ? b->data : "";
}

static int cmp_worst(const void *x, const void *y) {
  const file_rec *a = *(const file_rec *const *)x,
                 *b = *(const file_rec *const *)y;
  for (int s = WC_SEV_ERROR; s >= WC_SEV_INFO; s--)
    if (a->counts[s] != b->counts[s])
      return a->counts[s] > b->counts[s] ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

static int cmp_fam(const void *x, const void *y) {
  return strcmp(((const fam_rec *)x)->name, ((const fam_rec *)y)->name);
}

static xmlNodePtr th(xmlNodePtr tr, const char *text, bool num) {
  return el_text(tr, "th", num ? "n" : NULL, text);
}

static xmlNodePtr td_num(xmlNodePtr tr, size_t v, wc_severity sev) {
  char cls[32];
  snprintf(cls, sizeof cls, "n%s%s", v ? " " : "", v ? sev_class(sev) : "");
  xmlNodePtr t = el(tr, "td", cls);
  add_fmt(t, "%zu", v);
  return t;
}

static void card(xmlNodePtr parent, const char *cls, size_t v,
                 const char *label) {
  xmlNodePtr c = el(parent, "div", cls);
  xmlNodePtr b = el(c, "b", NULL);
  add_fmt(b, "%zu", v);
  add_str(c, label);
}

static void build_controls(html_state *st, xmlNodePtr body) {
  xmlNodePtr form = el(body, "form", NULL);
  set_attr(form, "id", "controls");
  xmlSetProp(form, BAD_CAST "hidden", NULL);
  set_attr(form, "aria-label", "filters");
  xmlNodePtr fs = el(form, "fieldset", NULL);
  el_text(fs, "legend", NULL, "Severity");
  static const char *const sevs[3] = {"error", "warning", "info"};
  for (int i = 0; i < 3; i++) {
    xmlNodePtr lab = el(fs, "label", NULL);
    xmlNodePtr in = el(lab, "input", NULL);
    set_attr(in, "type", "checkbox");
    set_attr(in, "data-sev", sevs[i]);
    xmlSetProp(in, BAD_CAST "checked", NULL);
    add_fmt(lab, " %s", sevs[i]);
  }
  if (st->fams.n) {
    fs = el(form, "fieldset", NULL);
    el_text(fs, "legend", NULL, "Family");
    for (size_t i = 0; i < st->fams.n; i++) {
      xmlNodePtr lab = el(fs, "label", NULL);
      xmlNodePtr in = el(lab, "input", NULL);
      set_attr(in, "type", "checkbox");
      set_attr(in, "data-family", st->fams.v[i].name);
      xmlSetProp(in, BAD_CAST "checked", NULL);
      add_fmt(lab, " %s", st->fams.v[i].name);
    }
  }
  xmlNodePtr bt = el_text(form, "button", NULL, "expand all");
  set_attr(bt, "type", "button");
  set_attr(bt, "id", "expand");
  bt = el_text(form, "button", NULL, "collapse all");
  set_attr(bt, "type", "button");
  set_attr(bt, "id", "collapse");
  xmlNodePtr keys = el(form, "span", "keys");
  el_text(keys, "kbd", NULL, "j");
  add_str(keys, "/");
  el_text(keys, "kbd", NULL, "n");
  add_str(keys, " next finding, ");
  el_text(keys, "kbd", NULL, "k");
  add_str(keys, "/");
  el_text(keys, "kbd", NULL, "p");
  add_str(keys, " previous");
}

static void build_summary(wc_reporter *rep, html_state *st, xmlNodePtr body) {
  xmlNodePtr sec = el(body, "section", NULL);
  set_attr(sec, "id", "summary");
  el_text(sec, "h2", NULL, "Summary");
  xmlNodePtr cards = el(sec, "div", "cards");
  card(cards, "card", rep->files, rep->files == 1 ? "file checked"
                                                  : "files checked");
  card(cards, "card sev-error", rep->counts[WC_SEV_ERROR],
       rep->counts[WC_SEV_ERROR] == 1 ? "error" : "errors");
  card(cards, "card sev-warning", rep->counts[WC_SEV_WARNING],
       rep->counts[WC_SEV_WARNING] == 1 ? "warning" : "warnings");
  card(cards, "card sev-info", rep->counts[WC_SEV_INFO],
       rep->counts[WC_SEV_INFO] == 1 ? "info" : "infos");
  if (rep->failures)
    card(cards, "card sev-error", rep->failures,
         rep->failures == 1 ? "file not checked" : "files not checked");

  if (st->fams.n) {
    el_text(sec, "h2", NULL, "By rule family");
    xmlNodePtr t = el(sec, "table", "stats families");
    xmlNodePtr tr = el(el(t, "thead", NULL), "tr", NULL);
    th(tr, "family", false);
    th(tr, "errors", true);
    th(tr, "warnings", true);
    th(tr, "infos", true);
    th(tr, "total", true);
    xmlNodePtr tb = el(t, "tbody", NULL);
    for (size_t i = 0; i < st->fams.n; i++) {
      const fam_rec *f = &st->fams.v[i];
      tr = el(tb, "tr", NULL);
      set_attr(tr, "data-family", f->name);
      el_text(el(tr, "td", NULL), "code", NULL, f->name);
      td_num(tr, f->counts[WC_SEV_ERROR], WC_SEV_ERROR);
      td_num(tr, f->counts[WC_SEV_WARNING], WC_SEV_WARNING);
      td_num(tr, f->counts[WC_SEV_INFO], WC_SEV_INFO);
      xmlNodePtr tot = el(tr, "td", "n");
      add_fmt(tot, "%zu", f->counts[0] + f->counts[1] + f->counts[2]);
    }
  }

  if (st->files.n) {
    xmlNodePtr idx = el(body, "section", NULL);
    set_attr(idx, "id", "index");
    el_text(idx, "h2", NULL, "Files, worst first");
    xmlNodePtr wrap = el(idx, "div", "index-wrap");
    xmlNodePtr t = el(wrap, "table", "stats");
    xmlNodePtr tr = el(el(t, "thead", NULL), "tr", NULL);
    th(tr, "file", false);
    th(tr, "language", false);
    th(tr, "errors", true);
    th(tr, "warnings", true);
    th(tr, "infos", true);
    xmlNodePtr tb = el(t, "tbody", NULL);
    file_rec **order = wc_xmalloc(st->files.n * sizeof *order);
    for (size_t i = 0; i < st->files.n; i++)
      order[i] = &st->files.v[i];
    qsort(order, st->files.n, sizeof *order, cmp_worst);
    for (size_t i = 0; i < st->files.n; i++) {
      const file_rec *f = order[i];
      tr = el(tb, "tr", f->counts[0] + f->counts[1] + f->counts[2] ? NULL
                                                                   : "zero");
      xmlNodePtr a = el_text(el(tr, "td", NULL), "a", NULL, f->path);
      set_attrf(a, "href", "#a%zu", f->id);
      xmlNodePtr lg = el(tr, "td", NULL);
      add_fmt(lg, "%s · %s", f->lang[0] ? f->lang : "?", f->format);
      td_num(tr, f->counts[WC_SEV_ERROR], WC_SEV_ERROR);
      td_num(tr, f->counts[WC_SEV_WARNING], WC_SEV_WARNING);
      td_num(tr, f->counts[WC_SEV_INFO], WC_SEV_INFO);
      nl(tb);
    }
    free(order);
  }

  if (st->fail_paths.n) {
    xmlNodePtr fs = el(body, "section", NULL);
    set_attr(fs, "id", "failures");
    el_text(fs, "h2", NULL, "Files that could not be checked");
    xmlNodePtr ul = el(fs, "ul", "failures");
    for (size_t i = 0; i < st->fail_paths.n; i++) {
      xmlNodePtr li = el(ul, "li", "note sev-error");
      el_text(li, "span", "path", st->fail_paths.v[i]);
      add_str(li, ": ");
      el_text(li, "span", "msg", st->fail_msgs.v[i]);
    }
  }

  if (st->batch_count) {
    xmlNodePtr bs = el(body, "section", NULL);
    set_attr(bs, "id", "batch");
    el_text(bs, "h2", NULL, "Across files");
    el_text(bs, "p", "lead", "Findings that compare the files of this run.");
    xmlAddChild(bs, xmlNewComment(BAD_CAST BATCH_MARKER));
  }
}

static void copy_articles(wc_reporter *rep, html_state *st) {
  if (st->tmp && st->tmp_good) {
    rewind(st->tmp);
    char buf[65536];
    size_t left = st->tmp_good;
    while (left) {
      size_t want = left < sizeof buf ? left : sizeof buf;
      size_t got = fread(buf, 1, want, st->tmp);
      if (got == 0)
        break;
      fwrite(buf, 1, got, rep->out);
      left -= got;
    }
  }
  if (st->mem.len)
    fwrite(st->mem.data, 1, st->mem.len, rep->out);
}

/* The last occurrence of marker in s[0..n), or NULL. */
static const char *last_of(const char *s, size_t n, const char *marker) {
  size_t m = strlen(marker);
  const char *hit = NULL, *p = s;
  while (n >= m && (size_t)(p - s) <= n - m) {
    const char *h = memmem(p, n - (size_t)(p - s), marker, m);
    if (!h)
      break;
    hit = h;
    p = h + 1;
  }
  return hit;
}

static void html_end(wc_reporter *rep) {
  html_state *st = rep->state;
  if (st->fams.n > 1)
    qsort(st->fams.v, st->fams.n, sizeof *st->fams.v, cmp_fam);

  wc_buf tmp;
  wc_buf_init(&tmp);
  htmlDocPtr doc = htmlNewDocNoDtD(NULL, NULL);
  xmlCreateIntSubset(doc, BAD_CAST "html", NULL, NULL);
  xmlNodePtr html = xmlNewDocNode(doc, NULL, BAD_CAST "html", NULL);
  xmlDocSetRootElement(doc, html);
  set_attr(html, "lang", "en");
  xmlNodePtr head = el(html, "head", NULL);
  set_attr(el(head, "meta", NULL), "charset", "utf-8");
  xmlNodePtr vp = el(head, "meta", NULL);
  set_attr(vp, "name", "viewport");
  set_attr(vp, "content", "width=device-width, initial-scale=1");
  /* nothing may be fetched: no network, no inline plug-ins */
  xmlNodePtr csp = el(head, "meta", NULL);
  set_attr(csp, "http-equiv", "Content-Security-Policy");
  set_attr(csp, "content",
           "default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'; img-src data:");
  el(head, "meta", NULL);
  xmlNodePtr gen = xmlGetLastChild(head);
  set_attr(gen, "name", "generator");
  set_attrf(gen, "content", "wirecheck %s", WC_VERSION);
  xmlNodePtr title = el(head, "title", NULL);
  add_fmt(title, "wirecheck report: %zu file%s, %zu error%s, %zu warning%s",
          rep->files, rep->files == 1 ? "" : "s", rep->counts[WC_SEV_ERROR],
          rep->counts[WC_SEV_ERROR] == 1 ? "" : "s",
          rep->counts[WC_SEV_WARNING],
          rep->counts[WC_SEV_WARNING] == 1 ? "" : "s");
  el_text(head, "style", NULL, joined(page_css, &tmp));

  xmlNodePtr body = el(html, "body", NULL);
  build_controls(st, body);
  xmlNodePtr hdr = el(body, "header", "top");
  el_text(hdr, "h1", NULL, "wirecheck report");
  xmlNodePtr lead = el(hdr, "p", "lead");
  size_t total = rep->counts[0] + rep->counts[1] + rep->counts[2];
  add_fmt(lead,
          "%zu file%s checked, %zu finding%s. Each article is shown whole; "
          "flagged words are marked in the colour of their severity "
          "(error, warning, info) and explained beside their line.",
          rep->files, rep->files == 1 ? "" : "s", total,
          total == 1 ? "" : "s");
  build_summary(rep, st, body);

  xmlNodePtr main_el = el(body, "main", NULL);
  set_attr(main_el, "id", "articles");
  el_text(main_el, "h2", NULL, "Articles");
  if (st->files.n == 0)
    el_text(main_el, "p", "lead", "No file was checked.");
  xmlAddChild(main_el, xmlNewComment(BAD_CAST ARTICLES_MARKER));
  xmlNodePtr foot = el(body, "footer", NULL);
  add_fmt(foot, "wirecheck %s. Rules are explained in ", WC_VERSION);
  if (rep->opts.docs_url && *rep->opts.docs_url) {
    xmlNodePtr a = el_text(foot, "a", NULL, "docs/rules.md");
    set_attr(a, "href", rep->opts.docs_url);
  } else {
    add_str(foot, "docs/rules.md");
  }
  add_str(foot, ".");
  el_text(body, "script", NULL, joined(page_js, &tmp));
  wc_buf_cleanup(&tmp);

  xmlOutputBufferPtr ob = xmlAllocOutputBuffer(NULL);
  if (!ob) {
    xmlFreeDoc(doc);
    return;
  }
  htmlDocContentDumpFormatOutput(ob, doc, "UTF-8", 0);
  xmlOutputBufferFlush(ob);
  const char *page = (const char *)xmlOutputBufferGetContent(ob);
  size_t plen = xmlOutputBufferGetSize(ob);
  /* Splice the serialized batch findings and articles in where their
   * markers stand.  Each marker is taken at its last occurrence: only fixed
   * text follows it, and draft text can never form a comment anyway (its
   * "<" is always escaped). */
  const char *am = "<!--" ARTICLES_MARKER "-->", *bm = "<!--" BATCH_MARKER "-->";
  const char *a = page ? last_of(page, plen, am) : NULL;
  const char *b = page && a ? last_of(page, (size_t)(a - page), bm) : NULL;
  if (!page) {
    /* libxml2 ran out of memory: nothing sensible to write */
  } else if (!a) {
    fwrite(page, 1, plen, rep->out);
  } else {
    const char *from = page;
    if (b) {
      fwrite(from, 1, (size_t)(b - from), rep->out);
      fwrite(st->batch_html.data, 1, st->batch_html.len, rep->out);
      from = b + strlen(bm);
    }
    fwrite(from, 1, (size_t)(a - from), rep->out);
    copy_articles(rep, st);
    from = a + strlen(am);
    fwrite(from, 1, plen - (size_t)(from - page), rep->out);
  }
  xmlOutputBufferClose(ob);
  xmlFreeDoc(doc);
}

static void html_free(wc_reporter *rep) {
  html_state *st = rep->state;
  if (st->tmp)
    fclose(st->tmp);
  wc_buf_cleanup(&st->mem);
  for (size_t i = 0; i < st->files.n; i++) {
    free(st->files.v[i].path);
    free(st->files.v[i].format);
  }
  WC_VEC_FREE(st->files);
  for (size_t i = 0; i < st->fams.n; i++)
    free(st->fams.v[i].name);
  WC_VEC_FREE(st->fams);
  for (size_t i = 0; i < st->fail_paths.n; i++) {
    free(st->fail_paths.v[i]);
    free(st->fail_msgs.v[i]);
  }
  WC_VEC_FREE(st->fail_paths);
  WC_VEC_FREE(st->fail_msgs);
  wc_map_free(st->by_path, NULL);
  wc_buf_cleanup(&st->batch_html);
  if (st->scratch)
    xmlFreeDoc(st->scratch);
  free(st);
}

static const wc_reporter_ops html_ops = {html_file, html_failure, html_batch,
                                         html_end, html_free};

void wc_report_html_init(wc_reporter *rep) {
  html_state *st = wc_xcalloc(1, sizeof *st);
  st->scratch = htmlNewDocNoDtD(NULL, NULL);
  xmlDocSetRootElement(st->scratch,
                       xmlNewDocNode(st->scratch, NULL, BAD_CAST "div", NULL));
  st->tmp = tmpfile();
  wc_buf_init(&st->mem);
  st->by_path = wc_map_new();
  rep->ops = &html_ops;
  rep->state = st;
}

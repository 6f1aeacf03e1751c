/* engine.c -- a run: options, loaded data, checking files, emitting
 * findings, the batch pass. */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/read.h"

#ifndef WC_DATA_DIR
#define WC_DATA_DIR "/usr/local/share/wirecheck"
#endif

/* ---- rules ---- */

static const wc_rule_def input_rules[] = {
    {"input.encoding", WC_SEV_ERROR, true,
     "bytes that are not valid UTF-8 (read as U+FFFD)"},
    {"input.empty", WC_SEV_WARNING, true, "a file with no text to check"},
    {"input.markup", WC_SEV_WARNING, true,
     "markup the reader had to repair or could not read"},
    {"input.language", WC_SEV_INFO, true,
     "the language could not be told; checked as the default"},
};

const wc_check_def wc_check_input = {
    .family = "input",
    .rules = input_rules,
    .nrules = sizeof input_rules / sizeof input_rules[0],
};

static wc_rule_info *rule_table;
static size_t nrule_table;

static void build_rule_table(void) {
  if (rule_table)
    return;
  size_t n = 0;
  for (size_t c = 0; c < wc_ncheck; c++)
    n += wc_checks[c]->nrules;
  wc_rule_info *t = wc_xcalloc(n, sizeof *t);
  size_t k = 0;
  for (size_t c = 0; c < wc_ncheck; c++)
    for (size_t r = 0; r < wc_checks[c]->nrules; r++) {
      const wc_rule_def *d = &wc_checks[c]->rules[r];
      t[k++] = (wc_rule_info){d->id, d->severity, d->summary, d->default_on};
    }
  nrule_table = n;
  rule_table = t;
}

size_t wc_rule_count(void) {
  build_rule_table();
  return nrule_table;
}

const wc_rule_info *wc_rule_at(size_t i) {
  build_rule_table();
  return i < nrule_table ? &rule_table[i] : NULL;
}

const wc_rule_info *wc_rule_find(const char *id) {
  build_rule_table();
  for (size_t i = 0; i < nrule_table; i++)
    if (strcmp(rule_table[i].id, id) == 0)
      return &rule_table[i];
  return NULL;
}

static bool family_exists(const char *fam) {
  for (size_t c = 0; c < wc_ncheck; c++)
    if (strcmp(wc_checks[c]->family, fam) == 0)
      return true;
  return false;
}

/* ---- engine ---- */

wc_status wc_engine_new(const wc_options *opts, wc_engine **out,
                        wc_error *err) {
  *out = NULL;
  wc_options none = {0};
  if (!opts)
    opts = &none;
  if (opts->lang && !wc_lang_supported(opts->lang))
    return wc_fail(err, WC_ERR_USAGE, NULL, 0, 0,
                   "unsupported language '%s' (use en, de, fr, es, uk or ru)",
                   opts->lang);
  const char *dd = opts->data_dir ? opts->data_dir : WC_DATA_DIR;
  {
    char *probe = wc_xasprintf("%s/en/profile.txt", dd);
    FILE *f = fopen(probe, "r");
    free(probe);
    if (!f)
      return wc_fail(err, WC_ERR_CONFIG, NULL, 0, 0,
                     "dictionaries not found in '%s' (use --data-dir)", dd);
    fclose(f);
  }
  wc_engine *e = wc_xcalloc(1, sizeof *e);
  e->data_dir = wc_xstrdup(dd);
  e->lang_forced = opts->lang ? wc_xstrdup(opts->lang) : NULL;
  e->deep = opts->deep;
  e->rule_on = wc_map_new();
  wc_status st = wc_style_load(opts->style_path, e->data_dir, &e->style, err);
  if (st != WC_OK) {
    wc_engine_free(e);
    return st;
  }
  e->batch_states = wc_xcalloc(wc_ncheck, sizeof(void *));
  for (size_t c = 0; c < wc_ncheck; c++)
    if (wc_checks[c]->batch_new)
      e->batch_states[c] = wc_checks[c]->batch_new();
  wc_findings_init(&e->batch);
  *out = e;
  return WC_OK;
}

void wc_engine_free(wc_engine *e) {
  if (!e)
    return;
  for (size_t i = 0; i < sizeof e->langs / sizeof e->langs[0]; i++)
    wc_lang_free(e->langs[i]);
  if (e->batch_states) {
    for (size_t c = 0; c < wc_ncheck; c++)
      if (e->batch_states[c] && wc_checks[c]->batch_free)
        wc_checks[c]->batch_free(e->batch_states[c]);
    free(e->batch_states);
  }
  wc_findings_cleanup(&e->batch);
  for (size_t i = 0; i < e->batch_paths.n; i++)
    free(e->batch_paths.v[i]);
  WC_VEC_FREE(e->batch_paths);
  wc_style_free(e->style);
  wc_map_free(e->rule_on, NULL);
  free(e->data_dir);
  free(e->lang_forced);
  free(e);
}

wc_status wc_engine_set_enabled(wc_engine *e, const char *rule, bool on) {
  if (!wc_rule_find(rule) && !family_exists(rule))
    return WC_ERR_USAGE;
  wc_map_put(e->rule_on, rule, strlen(rule), on ? (void *)1 : (void *)2);
  return WC_OK;
}

bool wc_engine_rule_on(const wc_engine *e, const char *rule) {
  void *v = wc_map_get(e->rule_on, rule, strlen(rule));
  if (v)
    return v == (void *)1;
  const char *dot = strchr(rule, '.');
  if (dot) {
    v = wc_map_get(e->rule_on, rule, (size_t)(dot - rule));
    if (v)
      return v == (void *)1;
  }
  const wc_rule_info *ri = wc_rule_find(rule);
  if (!ri)
    return false;
  if (strcmp(rule, "garble.grammar") == 0 && e->deep)
    return true;
  return ri->default_on;
}

wc_lang *wc_engine_lang(wc_engine *e, const char *code) {
  const char *const *ls = wc_languages();
  for (size_t i = 0; ls[i]; i++)
    if (strcmp(ls[i], code) == 0) {
      if (!e->langs[i])
        e->langs[i] = wc_lang_new(e->data_dir, code);
      return e->langs[i];
    }
  return NULL;
}

/* ---- findings ---- */

static size_t src_end_of(const wc_doc *d, size_t end) {
  if (end == 0 || !d->map)
    return d->map ? d->map[0] : 0;
  /* start of the last character of the span */
  size_t p = end - 1;
  while (p > 0 && ((unsigned char)d->text[p] & 0xC0) == 0x80)
    p--;
  size_t s = d->map[p];
  if (s >= d->src_len)
    return d->src_len;
  int32_t cp;
  size_t k = wc_utf8_decode(d->src + s, d->src_len - s, &cp);
  /* a character written as an entity or markup: take the source run up to
   * where the next text byte maps */
  size_t nx = d->map[end];
  if (nx > s + k && end < d->len && d->src[s] == '&')
    return nx;
  if (d->src[s] == '&') {
    const char *semi = memchr(d->src + s, ';', d->src_len - s < 12 ? d->src_len - s : 12);
    if (semi)
      return (size_t)(semi - d->src) + 1;
  }
  return s + k;
}

static void fill_position(const wc_doc *d, size_t s_src, size_t e_src,
                          wc_finding *out) {
  if (e_src < s_src)
    e_src = s_src;
  out->start = wc_doc_orig_offset(d, s_src);
  out->end = wc_doc_orig_offset(d, e_src);
  wc_doc_line_col(d, s_src, &out->line, &out->column);
  wc_doc_line_col(d, e_src, &out->end_line, &out->end_column);
  out->excerpt = wc_xstrndup(d->src + s_src, e_src - s_src);
}

void wc_engine_make_finding(const wc_doc *d, const char *rule,
                            wc_severity sev, size_t start, size_t end,
                            wc_finding *out) {
  memset(out, 0, sizeof *out);
  out->rule = rule;
  out->severity = sev;
  out->path = d->path;
  if (end < start)
    end = start;
  size_t s_src = wc_doc_src_offset(d, start);
  size_t e_src = end > start ? src_end_of(d, end) : s_src;
  fill_position(d, s_src, e_src, out);
}

bool wc_rule_enabled(const wc_ctx *cx, const char *rule) {
  return wc_engine_rule_on(cx->engine, rule);
}

static wc_severity severity_for(const wc_engine *e, const char *rule) {
  wc_severity s;
  if (e->style && wc_style_rule_severity(e->style, rule, &s))
    return s;
  const wc_rule_info *ri = wc_rule_find(rule);
  return ri ? ri->severity : WC_SEV_WARNING;
}

/* Rule ids are stored as static strings: use the registry's pointer. */
static const char *static_rule(const char *rule) {
  const wc_rule_info *ri = wc_rule_find(rule);
  return ri ? ri->id : "unknown";
}

static void emit_v(wc_ctx *cx, const char *rule, int sev, size_t start,
                   size_t end, const char *const *sugg, size_t nsugg,
                   const char *fmt, va_list ap) {
  if (!wc_engine_rule_on(cx->engine, rule))
    return;
  wc_severity s = severity_for(cx->engine, rule);
  wc_severity styled;
  if (sev >= 0 && !(cx->engine->style &&
                    wc_style_rule_severity(cx->engine->style, rule, &styled)))
    s = (wc_severity)sev;
  wc_finding fd;
  wc_engine_make_finding(cx->doc, static_rule(rule), s, start, end, &fd);
  fd.message = wc_xvasprintf(fmt, ap);
  if (nsugg) {
    fd.suggestions = wc_xcalloc(nsugg, sizeof(char *));
    for (size_t i = 0; i < nsugg; i++)
      fd.suggestions[i] = wc_xstrdup(sugg[i]);
    fd.nsuggestions = nsugg;
  }
  wc_findings_push(cx->out, fd);
}

void wc_emit(wc_ctx *cx, const char *rule, size_t start, size_t end,
             const char *const *sugg, size_t nsugg, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  emit_v(cx, rule, -1, start, end, sugg, nsugg, fmt, ap);
  va_end(ap);
}

void wc_emit_sev(wc_ctx *cx, const char *rule, wc_severity sev, size_t start,
                 size_t end, const char *const *sugg, size_t nsugg,
                 const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  emit_v(cx, rule, (int)sev, start, end, sugg, nsugg, fmt, ap);
  va_end(ap);
}

void wc_ctx_loc(const wc_ctx *cx, size_t start, size_t end, wc_batch_loc *loc) {
  wc_finding fd;
  wc_engine_make_finding(cx->doc, "", WC_SEV_INFO, start, end, &fd);
  loc->path = cx->doc->path;
  loc->start = fd.start;
  loc->end = fd.end;
  loc->line = fd.line;
  loc->column = fd.column;
  loc->end_line = fd.end_line;
  loc->end_column = fd.end_column;
  loc->excerpt = NULL;
  free(fd.excerpt);
}

struct wc_batch_emit {
  wc_engine *e;
};

void wc_batch_emit_finding(wc_batch_emit *be, const char *rule,
                           const wc_batch_loc *loc, const char *const *sugg,
                           size_t nsugg, const char *fmt, ...) {
  wc_engine *e = be->e;
  if (!wc_engine_rule_on(e, rule))
    return;
  wc_finding fd = {0};
  fd.rule = static_rule(rule);
  fd.severity = severity_for(e, rule);
  /* the path string is owned by the engine's batch path list */
  const char *path = NULL;
  for (size_t i = 0; i < e->batch_paths.n; i++)
    if (strcmp(e->batch_paths.v[i], loc->path) == 0)
      path = e->batch_paths.v[i];
  if (!path) {
    char *p = wc_xstrdup(loc->path);
    WC_VEC_PUSH(e->batch_paths, p);
    path = p;
  }
  fd.path = path;
  fd.start = loc->start;
  fd.end = loc->end;
  fd.line = loc->line;
  fd.column = loc->column;
  fd.end_line = loc->end_line;
  fd.end_column = loc->end_column;
  fd.excerpt = loc->excerpt ? wc_xstrdup(loc->excerpt) : NULL;
  va_list ap;
  va_start(ap, fmt);
  fd.message = wc_xvasprintf(fmt, ap);
  va_end(ap);
  if (nsugg) {
    fd.suggestions = wc_xcalloc(nsugg, sizeof(char *));
    for (size_t i = 0; i < nsugg; i++)
      fd.suggestions[i] = wc_xstrdup(sugg[i]);
    fd.nsuggestions = nsugg;
  }
  wc_findings_push(&e->batch, fd);
}

/* ---- checking ---- */

bool wc_looks_binary(const char *data, size_t len) {
  size_t n = len < 8192 ? len : 8192;
  size_t ctl = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)data[i];
    if (c == 0)
      return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
      ctl++;
  }
  return n > 0 && ctl * 10 > n;
}

static wc_status read_doc(wc_doc *d, wc_input_format fmt, wc_error *err) {
  switch (fmt) {
  case WC_FMT_HTML:
    d->format = "html";
    return wc_read_html(d, err);
  case WC_FMT_NITF:
    d->format = "nitf";
    return wc_read_nitf(d, err);
  case WC_FMT_NEWSML:
    d->format = "newsml";
    return wc_read_newsml(d, err);
  case WC_FMT_TEXT:
  case WC_FMT_AUTO:
  default:
    d->format = "text";
    return wc_read_text(d, err);
  }
}

wc_status wc_engine_load_doc(wc_engine *e, const char *path, const char *data,
                             size_t len, wc_input_format fmt, wc_doc **out,
                             wc_error *err) {
  *out = NULL;
  if (wc_looks_binary(data, len))
    return wc_fail(err, WC_ERR_FORMAT, path, 0, 0,
                   "binary file, not checked");
  wc_doc *d = wc_doc_new(path);
  wc_doc_set_source(d, data, len);
  if (fmt == WC_FMT_AUTO)
    fmt = wc_read_sniff(path, d->src, d->src_len);
  wc_status st = read_doc(d, fmt, err);
  if (st != WC_OK) {
    if (err && !err->file[0])
      snprintf(err->file, sizeof err->file, "%s", path);
    wc_doc_free(d);
    return st;
  }
  const char *lang = NULL;
  if (e->lang_forced)
    lang = e->lang_forced;
  else if (d->meta_lang[0] && wc_lang_supported(d->meta_lang))
    lang = d->meta_lang;
  else {
    wc_lang *all[6];
    const char *const *ls = wc_languages();
    for (size_t i = 0; i < 6; i++)
      all[i] = wc_engine_lang(e, ls[i]);
    lang = wc_lang_detect(all, 6, d->text, d->len);
    if (!lang) {
      lang = "en";
      if (d->len > 0)
        wc_doc_issue(d, "input.language", d->map ? d->map[0] : 0,
                     d->map ? d->map[0] : 0,
                     "too little text to tell the language; checked as "
                     "English (use --lang)");
    }
  }
  snprintf(d->lang, sizeof d->lang, "%s", lang);
  if (d->blocks.n == 0)
    wc_doc_issue(d, "input.empty", 0, 0, "no text to check");
  wc_doc_segment(d, wc_engine_lang(e, d->lang));
  *out = d;
  return WC_OK;
}

static wc_result *run_checks(wc_engine *e, wc_doc *d) {
  wc_result *r = wc_result_make(d->path, d->lang, d->format, NULL, 0);
  wc_ctx cx = {d, wc_engine_lang(e, d->lang), e->style, e, &r->findings,
               e->deep};
  for (size_t i = 0; i < d->issues.n; i++) {
    const wc_input_issue *is = &d->issues.v[i];
    if (!wc_engine_rule_on(e, is->rule))
      continue;
    wc_finding fd;
    memset(&fd, 0, sizeof fd);
    fd.rule = static_rule(is->rule);
    fd.severity = severity_for(e, is->rule);
    fd.path = d->path;
    fill_position(d, is->src_start, is->src_end, &fd);
    fd.message = wc_xstrdup(is->message);
    wc_findings_push(&r->findings, fd);
  }
  for (size_t c = 0; c < wc_ncheck; c++) {
    if (wc_checks[c]->run)
      wc_checks[c]->run(&cx);
    if (wc_checks[c]->batch_collect && e->batch_states[c])
      wc_checks[c]->batch_collect(e->batch_states[c], &cx);
  }
  /* the result owns the path: findings point at it */
  for (size_t i = 0; i < r->findings.v.n; i++)
    r->findings.v.v[i].path = r->path;
  wc_findings_sort(&r->findings);
  /* hand the source over for reporters that show the article */
  r->src = d->src;
  r->src_len = d->src_len;
  d->src = NULL;
  return r;
}

wc_status wc_check_buffer(wc_engine *e, const char *name, const char *data,
                          size_t len, wc_input_format fmt, wc_result **out,
                          wc_error *err) {
  wc_doc *d = NULL;
  *out = NULL;
  wc_status st = wc_engine_load_doc(e, name, data, len, fmt, &d, err);
  if (st != WC_OK)
    return st;
  *out = run_checks(e, d);
  wc_doc_free(d);
  return WC_OK;
}

wc_status wc_check_file(wc_engine *e, const char *path, wc_input_format fmt,
                        wc_result **out, wc_error *err) {
  char *data = NULL;
  size_t len = 0;
  *out = NULL;
  wc_status st = wc_read_file(path, &data, &len, err);
  if (st != WC_OK)
    return st;
  st = wc_check_buffer(e, path, data, len, fmt, out, err);
  free(data);
  return st;
}

wc_result *wc_engine_batch_finish(wc_engine *e) {
  wc_batch_emit be = {e};
  for (size_t c = 0; c < wc_ncheck; c++)
    if (wc_checks[c]->batch_finish && e->batch_states[c])
      wc_checks[c]->batch_finish(e->batch_states[c], &be);
  wc_result *r = wc_result_make("", "", "batch", NULL, 0);
  r->findings = e->batch;
  wc_findings_init(&e->batch);
  /* move the path strings with the findings */
  r->paths.v = e->batch_paths.v;
  r->paths.n = e->batch_paths.n;
  r->paths.cap = e->batch_paths.cap;
  e->batch_paths.v = NULL;
  e->batch_paths.n = e->batch_paths.cap = 0;
  wc_findings_sort(&r->findings);
  return r;
}

bool wc_input_format_parse(const char *s, wc_input_format *out) {
  static const struct {
    const char *n;
    wc_input_format f;
  } t[] = {{"auto", WC_FMT_AUTO}, {"text", WC_FMT_TEXT}, {"txt", WC_FMT_TEXT},
           {"html", WC_FMT_HTML}, {"nitf", WC_FMT_NITF},
           {"newsml", WC_FMT_NEWSML}};
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    if (strcmp(s, t[i].n) == 0) {
      *out = t[i].f;
      return true;
    }
  return false;
}

const char *wc_input_format_name(wc_input_format f) {
  switch (f) {
  case WC_FMT_AUTO: return "auto";
  case WC_FMT_TEXT: return "text";
  case WC_FMT_HTML: return "html";
  case WC_FMT_NITF: return "nitf";
  case WC_FMT_NEWSML: return "newsml";
  }
  return "?";
}

/* sarif.c -- --format sarif: one SARIF 2.1.0 log with one run, for GitHub
 * and GitLab code scanning and any other SARIF viewer.
 *
 * The tool's rules come first (every rule wirecheck knows, with its default
 * level and a link to docs/rules.md), then the results, streamed as each
 * file finishes, then the artifacts (one per file, in the order checked),
 * the invocation (files that could not be checked become notifications) and
 * columnKind "unicodeCodePoints": columns count code points, as wirecheck's
 * own do, and endColumn points just past the span.  No time stamps and no
 * absolute paths that the caller did not give, so two runs over the same
 * files write the same bytes. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

typedef struct sarif_state {
  bool started;
  size_t nresults;
  wc_map *rule_index;      /* rule id -> index + 1 */
  wc_map *artifact_index;  /* uri -> index + 1 */
  WC_VEC(char *) artifacts; /* rendered artifact objects */
  WC_VEC(char *) notes;     /* rendered notification objects */
} sarif_state;

static const char *sarif_level(wc_severity s) {
  switch (s) {
  case WC_SEV_ERROR: return "error";
  case WC_SEV_WARNING: return "warning";
  default: return "note";
  }
}

/* The path as a URI reference: relative paths stay relative (leading "./"
 * dropped), absolute ones become file:// URIs; every byte outside the
 * unreserved set and "/" is percent-encoded. */
static char *path_uri(const char *path) {
  wc_buf b;
  wc_buf_init(&b);
  while (path[0] == '.' && path[1] == '/') {
    path += 2;
    while (*path == '/')
      path++;
  }
  if (path[0] == '/')
    wc_buf_puts(&b, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    unsigned char c = *p;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/')
      wc_buf_putc(&b, (char)c);
    else
      wc_buf_printf(&b, "%%%02X", c);
  }
  if (b.len == 0)
    wc_buf_puts(&b, "-");
  return wc_buf_steal(&b);
}

/* JSON string of s made valid UTF-8 (a path may hold any bytes). */
static void json_utf8(wc_buf *b, const char *s) {
  wc_buf t;
  wc_buf_init(&t);
  size_t n = strlen(s), i = 0;
  while (i < n) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (cp < 0)
      wc_buf_put_cp(&t, 0xFFFD);
    else
      wc_buf_add(&t, s + i, k);
    i += k;
  }
  wc_json_strn(b, t.data ? t.data : "", t.len);
  wc_buf_cleanup(&t);
}

static const char *mime_of(const char *format) {
  if (!format)
    return "text/plain";
  if (strcmp(format, "html") == 0)
    return "text/html";
  if (strcmp(format, "text") == 0)
    return "text/plain";
  return "application/xml";
}

/* Index of the artifact for path, adding it (with what is known of the
 * file) the first time. */
static size_t artifact_for(sarif_state *st, const char *path,
                           const wc_result *r) {
  char *uri = path_uri(path);
  void *v = wc_map_get(st->artifact_index, uri, strlen(uri));
  if (v) {
    free(uri);
    return (size_t)v - 1;
  }
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, "{\"location\":{\"uri\":");
  wc_json_str(&b, uri);
  wc_buf_puts(&b, "}");
  if (r) {
    const char *fmt = wc_result_format(r);
    wc_buf_puts(&b, ",\"mimeType\":");
    wc_json_str(&b, mime_of(fmt));
    wc_buf_puts(&b, ",\"encoding\":\"utf-8\"");
    if (fmt && strcmp(fmt, "text") != 0) {
      wc_buf_puts(&b, ",\"sourceLanguage\":");
      wc_json_str(&b, strcmp(fmt, "html") == 0 ? "html" : "xml");
    }
    wc_buf_puts(&b, ",\"properties\":{\"language\":");
    wc_json_str(&b, wc_result_language(r));
    wc_buf_puts(&b, ",\"format\":");
    wc_json_str(&b, fmt ? fmt : "");
    wc_buf_puts(&b, "}");
  }
  wc_buf_puts(&b, "}");
  size_t idx = st->artifacts.n;
  char *obj = wc_buf_steal(&b);
  WC_VEC_PUSH(st->artifacts, obj);
  wc_map_put(st->artifact_index, uri, strlen(uri), (void *)(idx + 1));
  free(uri);
  return idx;
}

static void help_uri(wc_reporter *rep, wc_buf *b, const char *rule) {
  if (!rep->opts.docs_url || !*rep->opts.docs_url)
    return;
  char *u = wc_xasprintf("%s#%s", rep->opts.docs_url, rule);
  wc_buf_puts(b, ",\"helpUri\":");
  wc_json_str(b, u);
  free(u);
}

static void begin(wc_reporter *rep) {
  sarif_state *st = rep->state;
  if (st->started)
    return;
  st->started = true;
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b,
              "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
              "\n\"version\":\"2.1.0\",\n\"runs\":[{\n\"tool\":{\"driver\":{"
              "\"name\":\"wirecheck\",\"version\":");
  wc_json_str(&b, WC_VERSION);
  wc_buf_puts(&b, ",\"semanticVersion\":");
  wc_json_str(&b, WC_VERSION);
  wc_buf_puts(&b, ",\"informationUri\":");
  const char *info = "https://github.com/wirecheck/wirecheck";
  wc_json_str(&b, info);
  wc_buf_puts(&b, ",\"rules\":[");
  for (size_t i = 0; i < wc_rule_count(); i++) {
    const wc_rule_info *ri = wc_rule_at(i);
    wc_buf_puts(&b, i ? ",\n  " : "\n  ");
    wc_buf_puts(&b, "{\"id\":");
    wc_json_str(&b, ri->id);
    wc_buf_puts(&b, ",\"shortDescription\":{\"text\":");
    wc_json_str(&b, ri->summary ? ri->summary : ri->id);
    wc_buf_puts(&b, "}");
    help_uri(rep, &b, ri->id);
    wc_buf_puts(&b, ",\"help\":{\"text\":");
    char *h = wc_xasprintf("%s. See docs/rules.md, section %s.",
                           ri->summary ? ri->summary : ri->id, ri->id);
    wc_json_str(&b, h);
    free(h);
    wc_buf_printf(&b,
                  "},\"defaultConfiguration\":{\"level\":\"%s\","
                  "\"enabled\":%s},\"properties\":{\"tags\":[",
                  sarif_level(ri->severity), ri->default_on ? "true" : "false");
    const char *dot = strchr(ri->id, '.');
    wc_json_strn(&b, ri->id, dot ? (size_t)(dot - ri->id) : strlen(ri->id));
    wc_buf_puts(&b, "]}}");
  }
  wc_buf_puts(&b, "]}},\n\"columnKind\":\"unicodeCodePoints\",\n\"results\":[");
  fwrite(b.data, 1, b.len, rep->out);
  wc_buf_cleanup(&b);
}

static void result_obj(wc_reporter *rep, wc_buf *b, const wc_finding *f,
                       size_t artifact, const char *uri) {
  sarif_state *st = rep->state;
  wc_buf_puts(b, "{\"ruleId\":");
  wc_json_str(b, f->rule);
  void *ri = wc_map_get(st->rule_index, f->rule, strlen(f->rule));
  if (ri)
    wc_buf_printf(b, ",\"ruleIndex\":%zu", (size_t)ri - 1);
  wc_buf_printf(b, ",\"level\":\"%s\",\"message\":{\"text\":",
                sarif_level(f->severity));
  wc_json_str(b, f->message ? f->message : f->rule);
  wc_buf_puts(b, "},\"locations\":[{\"physicalLocation\":{"
                 "\"artifactLocation\":{\"uri\":");
  wc_json_str(b, uri);
  size_t line = f->line ? f->line : 1, col = f->column ? f->column : 1;
  size_t eline = f->end_line >= line ? f->end_line : line;
  size_t ecol = f->end_column ? f->end_column : 1;
  if (eline == line && ecol < col)
    ecol = col;
  wc_buf_printf(b,
                ",\"index\":%zu},\"region\":{\"startLine\":%zu,"
                "\"startColumn\":%zu,\"endLine\":%zu,\"endColumn\":%zu",
                artifact, line, col, eline, ecol);
  if (f->end >= f->start)
    wc_buf_printf(b, ",\"byteOffset\":%zu,\"byteLength\":%zu", f->start,
                  f->end - f->start);
  if (f->excerpt && *f->excerpt) {
    wc_buf_puts(b, ",\"snippet\":{\"text\":");
    wc_json_str(b, f->excerpt);
    wc_buf_puts(b, "}");
  }
  wc_buf_puts(b, "}}}]");
  if (f->nsuggestions) {
    wc_buf_puts(b, ",\"properties\":{\"suggestions\":[");
    for (size_t i = 0; i < f->nsuggestions; i++) {
      if (i)
        wc_buf_putc(b, ',');
      wc_json_str(b, f->suggestions[i]);
    }
    wc_buf_puts(b, "]}");
  }
  wc_buf_puts(b, "}");
}

static void emit_results(wc_reporter *rep, const wc_result *r, bool batch) {
  sarif_state *st = rep->state;
  begin(rep);
  wc_buf b;
  wc_buf_init(&b);
  size_t file_artifact = 0;
  char *file_uri = NULL;
  if (!batch) {
    file_artifact = artifact_for(st, wc_result_path(r), r);
    file_uri = path_uri(wc_result_path(r));
  }
  for (size_t i = 0; i < r->findings.v.n; i++) {
    const wc_finding *f = &r->findings.v.v[i];
    wc_buf_puts(&b, st->nresults++ ? ",\n  " : "\n  ");
    if (batch) {
      const char *p = f->path ? f->path : "";
      char *uri = path_uri(p);
      result_obj(rep, &b, f, artifact_for(st, p, NULL), uri);
      free(uri);
    } else {
      result_obj(rep, &b, f, file_artifact, file_uri);
    }
  }
  free(file_uri);
  if (b.len)
    fwrite(b.data, 1, b.len, rep->out);
  wc_buf_cleanup(&b);
}

static void sarif_file(wc_reporter *rep, const wc_result *r) {
  emit_results(rep, r, false);
}

static void sarif_batch(wc_reporter *rep, const wc_result *batch) {
  emit_results(rep, batch, true);
}

static void sarif_failure(wc_reporter *rep, const char *path, const char *msg) {
  sarif_state *st = rep->state;
  wc_buf b;
  wc_buf_init(&b);
  char *uri = path_uri(path ? path : "");
  wc_buf_puts(&b, "{\"level\":\"error\",\"message\":{\"text\":");
  char *text = wc_xasprintf("%s: %s", path ? path : "", msg ? msg : "");
  json_utf8(&b, text);
  free(text);
  wc_buf_puts(&b, "},\"locations\":[{\"physicalLocation\":{"
                  "\"artifactLocation\":{\"uri\":");
  wc_json_str(&b, uri);
  wc_buf_puts(&b, "}}}]}");
  free(uri);
  char *obj = wc_buf_steal(&b);
  WC_VEC_PUSH(st->notes, obj);
}

static void sarif_end(wc_reporter *rep) {
  sarif_state *st = rep->state;
  begin(rep);
  FILE *o = rep->out;
  fputs("],\n\"artifacts\":[", o);
  for (size_t i = 0; i < st->artifacts.n; i++)
    fprintf(o, "%s\n  %s", i ? "," : "", st->artifacts.v[i]);
  fprintf(o, "],\n\"invocations\":[{\"executionSuccessful\":%s",
          st->notes.n ? "false" : "true");
  if (st->notes.n) {
    fputs(",\"toolExecutionNotifications\":[", o);
    for (size_t i = 0; i < st->notes.n; i++)
      fprintf(o, "%s\n  %s", i ? "," : "", st->notes.v[i]);
    fputs("]", o);
  }
  fprintf(o, ",\"properties\":{\"files\":%zu,\"errors\":%zu,\"warnings\":%zu,"
             "\"infos\":%zu,\"failures\":%zu}}]\n}]}\n",
          rep->files, rep->counts[WC_SEV_ERROR], rep->counts[WC_SEV_WARNING],
          rep->counts[WC_SEV_INFO], rep->failures);
}

static void sarif_free(wc_reporter *rep) {
  sarif_state *st = rep->state;
  wc_map_free(st->rule_index, NULL);
  wc_map_free(st->artifact_index, NULL);
  for (size_t i = 0; i < st->artifacts.n; i++)
    free(st->artifacts.v[i]);
  WC_VEC_FREE(st->artifacts);
  for (size_t i = 0; i < st->notes.n; i++)
    free(st->notes.v[i]);
  WC_VEC_FREE(st->notes);
  free(st);
}

static const wc_reporter_ops sarif_ops = {sarif_file, sarif_failure,
                                          sarif_batch, sarif_end, sarif_free};

void wc_report_sarif_init(wc_reporter *rep) {
  sarif_state *st = wc_xcalloc(1, sizeof *st);
  st->rule_index = wc_map_new();
  st->artifact_index = wc_map_new();
  for (size_t i = 0; i < wc_rule_count(); i++) {
    const char *id = wc_rule_at(i)->id;
    if (!wc_map_has(st->rule_index, id, strlen(id)))
      wc_map_put(st->rule_index, id, strlen(id), (void *)(i + 1));
  }
  rep->ops = &sarif_ops;
  rep->state = st;
}

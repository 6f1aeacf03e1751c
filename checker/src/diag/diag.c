/* diag.c -- findings lists and results. */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wc_findings_init(wc_findings *f) { memset(f, 0, sizeof *f); }

void wc_finding_free_strings(wc_finding *fd) {
  free(fd->message);
  for (size_t i = 0; i < fd->nsuggestions; i++)
    free(fd->suggestions[i]);
  free(fd->suggestions);
  free(fd->excerpt);
  fd->message = NULL;
  fd->suggestions = NULL;
  fd->excerpt = NULL;
  fd->nsuggestions = 0;
}

void wc_findings_cleanup(wc_findings *f) {
  for (size_t i = 0; i < f->v.n; i++)
    wc_finding_free_strings(&f->v.v[i]);
  WC_VEC_FREE(f->v);
}

void wc_findings_push(wc_findings *f, wc_finding fd) { WC_VEC_PUSH(f->v, fd); }

static int cmp_str(const char *a, const char *b) {
  if (!a || !b)
    return a == b ? 0 : (a ? 1 : -1);
  return strcmp(a, b);
}

static int cmp_finding(const void *pa, const void *pb) {
  const wc_finding *a = pa, *b = pb;
  int c = cmp_str(a->path, b->path);
  if (c)
    return c;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->column != b->column)
    return a->column < b->column ? -1 : 1;
  if ((c = strcmp(a->rule, b->rule)) != 0)
    return c;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  return cmp_str(a->message, b->message);
}

void wc_findings_sort(wc_findings *f) {
  if (f->v.n > 1)
    qsort(f->v.v, f->v.n, sizeof(wc_finding), cmp_finding);
  /* drop exact duplicates */
  size_t w = 0;
  for (size_t i = 0; i < f->v.n; i++) {
    if (w > 0 && cmp_finding(&f->v.v[w - 1], &f->v.v[i]) == 0 &&
        f->v.v[w - 1].start == f->v.v[i].start) {
      wc_finding_free_strings(&f->v.v[i]);
      continue;
    }
    f->v.v[w++] = f->v.v[i];
  }
  f->v.n = w;
}

wc_result *wc_result_make(const char *path, const char *lang,
                          const char *format, char *src, size_t src_len) {
  wc_result *r = wc_xcalloc(1, sizeof *r);
  r->path = wc_xstrdup(path ? path : "");
  snprintf(r->lang, sizeof r->lang, "%s", lang ? lang : "");
  r->format = format ? format : "";
  r->src = src;
  r->src_len = src_len;
  wc_findings_init(&r->findings);
  return r;
}

const char *wc_result_path(const wc_result *r) { return r->path; }
const char *wc_result_language(const wc_result *r) { return r->lang; }
const char *wc_result_format(const wc_result *r) { return r->format; }
size_t wc_result_count(const wc_result *r) { return r ? r->findings.v.n : 0; }
const wc_finding *wc_result_at(const wc_result *r, size_t i) {
  return i < r->findings.v.n ? &r->findings.v.v[i] : NULL;
}
const char *wc_result_source(const wc_result *r, size_t *len_out) {
  if (len_out)
    *len_out = r->src_len;
  return r->src;
}
void wc_result_counts(const wc_result *r, size_t counts_out[3]) {
  counts_out[0] = counts_out[1] = counts_out[2] = 0;
  for (size_t i = 0; r && i < r->findings.v.n; i++)
    counts_out[r->findings.v.v[i].severity]++;
}

void wc_result_free(wc_result *r) {
  if (!r)
    return;
  wc_findings_cleanup(&r->findings);
  for (size_t i = 0; i < r->paths.n; i++)
    free(r->paths.v[i]);
  WC_VEC_FREE(r->paths);
  free(r->path);
  free(r->src);
  free(r);
}

const char *wc_severity_name(wc_severity s) {
  switch (s) {
  case WC_SEV_INFO: return "info";
  case WC_SEV_WARNING: return "warning";
  case WC_SEV_ERROR: return "error";
  case WC_SEV_NONE: return "none";
  }
  return "?";
}

bool wc_severity_parse(const char *s, wc_severity *out) {
  static const wc_severity all[] = {WC_SEV_INFO, WC_SEV_WARNING, WC_SEV_ERROR,
                                    WC_SEV_NONE};
  for (size_t i = 0; i < 4; i++)
    if (strcmp(s, wc_severity_name(all[i])) == 0) {
      *out = all[i];
      return true;
    }
  return false;
}

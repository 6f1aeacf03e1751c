/* text.c -- --format text (path:line:col: severity: message [rule], the
 * line with the span underlined, the suggestions) and --format expect (the
 * golden-test lines: LINE:COL severity rule: message). */
#include "report.h"

#include <stdlib.h>
#include <string.h>

typedef struct text_state {
  bool expect;
} text_state;

static const char *sev_color(wc_severity s) {
  switch (s) {
  case WC_SEV_ERROR: return "\033[1;31m";
  case WC_SEV_WARNING: return "\033[1;33m";
  default: return "\033[1;36m";
  }
}

/* Finds the start of line `line` (1-based) scanning forward from a cursor
 * that only moves ahead, since findings come sorted. */
typedef struct line_cursor {
  const char *src;
  size_t len, pos, line;
  /* the last column found on this line, so that many findings on one long
   * line cost linear time, not quadratic */
  const char *cline;
  size_t ccol, cbyte;
} line_cursor;

static const char *line_at(line_cursor *c, size_t line, size_t *len_out) {
  if (line < c->line) {
    c->pos = 0;
    c->line = 1;
  }
  while (c->line < line && c->pos < c->len) {
    const char *nl = memchr(c->src + c->pos, '\n', c->len - c->pos);
    if (!nl) {
      c->pos = c->len;
      break;
    }
    c->pos = (size_t)(nl - c->src) + 1;
    c->line++;
  }
  const char *s = c->src + c->pos;
  const char *nl = memchr(s, '\n', c->len - c->pos);
  size_t n = nl ? (size_t)(nl - s) : c->len - c->pos;
  if (n && s[n - 1] == '\r')
    n--;
  *len_out = n;
  return s;
}

/* Byte offset of code point column col (1-based) in s[0..n), counting on
 * from the cursor's last answer on the same line when it lies before. */
static size_t col_offset(line_cursor *lc, const char *s, size_t n,
                         size_t col) {
  size_t i = 0, c = 1;
  if (lc && lc->cline == s && lc->ccol <= col && lc->cbyte <= n) {
    i = lc->cbyte;
    c = lc->ccol;
  }
  while (i < n && c < col) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    c++;
  }
  if (lc) {
    lc->cline = s;
    lc->ccol = c;
    lc->cbyte = i;
  }
  return i;
}

static void print_excerpt(wc_reporter *rep, line_cursor *lc,
                          const wc_finding *f) {
  size_t n;
  const char *s = line_at(lc, f->line, &n);
  size_t a = col_offset(lc, s, n, f->column);
  size_t b = n;
  if (f->end_line == f->line) { /* the span's own length on from a */
    b = a;
    for (size_t c = f->column; b < n && c < f->end_column; c++) {
      int32_t cp;
      b += wc_utf8_decode(s + b, n - b, &cp);
    }
  }
  if (b < a)
    b = a;
  /* show at most ~160 bytes around the span */
  size_t from = a > 60 ? a - 60 : 0, to = b + 60 < n ? b + 60 : n;
  while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
    from--;
  while (to < n && ((unsigned char)s[to] & 0xC0) == 0x80)
    to++;
  FILE *o = rep->out;
  fputs("  | ", o);
  if (from > 0)
    fputs("...", o);
  fwrite(s + from, 1, to - from, o);
  if (to < n)
    fputs("...", o);
  fputs("\n  | ", o);
  if (from > 0)
    fputs("   ", o);
  for (size_t i = from; i < a;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, a - i, &cp);
    fputc(cp == '\t' ? '\t' : ' ', o);
    i += k;
  }
  if (rep->opts.color)
    fputs(sev_color(f->severity), o);
  size_t w = wc_utf8_count(s + a, b - a);
  fputc('^', o);
  for (size_t i = 1; i < w; i++)
    fputc('~', o);
  if (rep->opts.color)
    fputs("\033[0m", o);
  fputc('\n', o);
}

static void print_finding(wc_reporter *rep, line_cursor *lc,
                          const wc_finding *f, bool with_path) {
  text_state *st = rep->state;
  FILE *o = rep->out;
  if (st->expect) {
    if (with_path)
      fprintf(o, "%s:", f->path);
    fprintf(o, "%zu:%zu %s %s: %s\n", f->line, f->column,
            wc_severity_name(f->severity), f->rule, f->message);
    return;
  }
  if (rep->opts.color)
    fprintf(o, "\033[1m%s:%zu:%zu:\033[0m %s%s:\033[0m %s [%s]\n", f->path,
            f->line, f->column, sev_color(f->severity),
            wc_severity_name(f->severity), f->message, f->rule);
  else
    fprintf(o, "%s:%zu:%zu: %s: %s [%s]\n", f->path, f->line, f->column,
            wc_severity_name(f->severity), f->message, f->rule);
  if (rep->opts.quiet)
    return;
  if (lc && lc->src)
    print_excerpt(rep, lc, f);
  if (f->nsuggestions) {
    fputs("  = suggestion: ", o);
    for (size_t i = 0; i < f->nsuggestions; i++)
      fprintf(o, "%s%s", i ? ", " : "", f->suggestions[i]);
    fputc('\n', o);
  }
}

static void text_file(wc_reporter *rep, const wc_result *r) {
  line_cursor lc = {.src = r->src, .len = r->src_len, .pos = 0, .line = 1};
  for (size_t i = 0; i < r->findings.v.n; i++)
    print_finding(rep, r->src ? &lc : NULL, &r->findings.v.v[i], false);
}

static void text_failure(wc_reporter *rep, const char *path, const char *msg) {
  text_state *st = rep->state;
  if (st->expect)
    fprintf(rep->out, "%s: failed: %s\n", path, msg);
  /* text mode: the CLI reports failures on stderr */
}

static void text_batch(wc_reporter *rep, const wc_result *batch) {
  for (size_t i = 0; i < batch->findings.v.n; i++)
    print_finding(rep, NULL, &batch->findings.v.v[i], true);
}

static void text_end(wc_reporter *rep) {
  text_state *st = rep->state;
  if (st->expect || rep->opts.quiet)
    return;
  size_t e = rep->counts[WC_SEV_ERROR], w = rep->counts[WC_SEV_WARNING],
         i = rep->counts[WC_SEV_INFO];
  fprintf(rep->out, "%zu file%s checked: %zu error%s, %zu warning%s, %zu info%s",
          rep->files, rep->files == 1 ? "" : "s", e, e == 1 ? "" : "s", w,
          w == 1 ? "" : "s", i, i == 1 ? "" : "s");
  if (rep->failures)
    fprintf(rep->out, "; %zu file%s could not be checked", rep->failures,
            rep->failures == 1 ? "" : "s");
  fputc('\n', rep->out);
}

static void text_free(wc_reporter *rep) { free(rep->state); }

static const wc_reporter_ops text_ops = {text_file, text_failure, text_batch,
                                         text_end, text_free};

void wc_report_text_init(wc_reporter *rep, bool expect_format) {
  text_state *st = wc_xcalloc(1, sizeof *st);
  st->expect = expect_format;
  rep->ops = &text_ops;
  rep->state = st;
}

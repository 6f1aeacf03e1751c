/* doc.c -- document lifecycle, source sanitizing, the NFC offset map and
 * line/column computation. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

wc_doc *wc_doc_new(const char *path) {
  wc_doc *d = wc_xcalloc(1, sizeof *d);
  d->path = wc_xstrdup(path ? path : "-");
  d->format = "text";
  d->lc = wc_xcalloc(1, sizeof *d->lc);
  return d;
}

void wc_doc_free(wc_doc *d) {
  if (!d)
    return;
  free(d->path);
  free(d->src);
  free(d->text);
  free(d->map);
  WC_VEC_FREE(d->fixes);
  WC_VEC_FREE(d->blocks);
  WC_VEC_FREE(d->sentences);
  WC_VEC_FREE(d->tokens);
  for (size_t i = 0; i < d->issues.n; i++)
    free(d->issues.v[i].message);
  WC_VEC_FREE(d->issues);
  WC_VEC_FREE(d->lines);
  free(d->lc);
  free(d);
}

void wc_doc_issue(wc_doc *d, const char *rule, size_t src_start,
                  size_t src_end, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  wc_input_issue is = {rule, src_start, src_end, wc_xvasprintf(fmt, ap)};
  va_end(ap);
  WC_VEC_PUSH(d->issues, is);
}

void wc_doc_set_source(wc_doc *d, const char *data, size_t len) {
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_reserve(&b, len);
  size_t run_start = 0, run_orig = 0, run_len = 0; /* current bad run */
  bool in_run = false;
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t k = wc_utf8_decode(data + i, len - i, &cp);
    bool bad = cp < 0 || cp == 0;
    if (bad) {
      if (!in_run) {
        in_run = true;
        run_start = b.len;
        run_orig = i;
        run_len = 0;
      }
      WC_VEC_PUSH(d->fixes, b.len);
      wc_buf_add(&b, "\xEF\xBF\xBD", 3);
      run_len++;
      i += 1;
      (void)run_orig;
      continue;
    }
    if (in_run) {
      in_run = false;
      wc_doc_issue(d, "input.encoding", run_start, b.len,
                   "%zu byte%s that %s not valid UTF-8, read as U+FFFD",
                   run_len, run_len == 1 ? "" : "s",
                   run_len == 1 ? "is" : "are");
    }
    wc_buf_add(&b, data + i, k);
    i += k;
  }
  if (in_run)
    wc_doc_issue(d, "input.encoding", run_start, b.len,
                 "%zu byte%s that %s not valid UTF-8, read as U+FFFD",
                 run_len, run_len == 1 ? "" : "s",
                 run_len == 1 ? "is" : "are");
  d->src_len = b.len;
  d->src = wc_buf_steal(&b);
  d->lines.n = 0;
  WC_VEC_PUSH(d->lines, (size_t)0);
  for (size_t i = 0; i < d->src_len; i++)
    if (d->src[i] == '\n')
      WC_VEC_PUSH(d->lines, i + 1);
}

size_t wc_doc_src_offset(const wc_doc *d, size_t text_off) {
  if (!d->map)
    return 0;
  if (text_off > d->len)
    text_off = d->len;
  return d->map[text_off];
}

size_t wc_doc_orig_offset(const wc_doc *d, size_t src_off) {
  /* each fix before src_off shrinks 3 bytes to 1 */
  size_t lo = 0, hi = d->fixes.n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->fixes.v[mid] < src_off)
      lo = mid + 1;
    else
      hi = mid;
  }
  size_t before = lo;
  size_t o = src_off - 2 * before;
  /* inside a replacement: clamp to the replaced byte */
  if (before > 0) {
    size_t f = d->fixes.v[before - 1];
    if (src_off > f && src_off < f + 3)
      o = f - 2 * (before - 1);
  }
  return o;
}

void wc_doc_line_col(const wc_doc *d, size_t src_off, size_t *line_out,
                     size_t *col_out) {
  if (src_off > d->src_len)
    src_off = d->src_len;
  size_t lo = 0, hi = d->lines.n;
  while (lo + 1 < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->lines.v[mid] <= src_off)
      lo = mid;
    else
      hi = mid;
  }
  size_t ls = d->lines.n ? d->lines.v[lo] : 0;
  *line_out = lo + 1;
  struct wc_lc_cache *c = d->lc;
  if (c && c->valid && c->line == lo + 1 && c->off <= src_off)
    *col_out = c->col + wc_utf8_count(d->src + c->off, src_off - c->off);
  else
    *col_out = wc_utf8_count(d->src + ls, src_off - ls) + 1;
  if (c) {
    c->off = src_off;
    c->line = lo + 1;
    c->col = *col_out;
    c->valid = true;
  }
}

size_t wc_doc_block_at(const wc_doc *d, size_t off) {
  size_t lo = 0, hi = d->blocks.n;
  while (lo + 1 < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->blocks.v[mid].start <= off)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

/* ---- builder ---- */

void wc_docb_init(wc_docb *b, wc_doc *doc) {
  memset(b, 0, sizeof *b);
  b->doc = doc;
  wc_buf_init(&b->text);
}

void wc_docb_begin(wc_docb *b, unsigned scope) {
  if (b->in_block)
    wc_docb_end(b);
  b->in_block = true;
  b->block_scope = scope;
  b->block_start = b->text.len;
}

static void push_bytes(wc_docb *b, const char *s, size_t n,
                       const size_t *offs, size_t off) {
  wc_buf_add(&b->text, s, n);
  for (size_t i = 0; i < n; i++)
    WC_VEC_PUSH(b->map, offs ? offs[i] : off + i);
}

void wc_docb_add(wc_docb *b, const char *s, size_t n, const size_t *src_offs,
                 size_t src_off) {
  if (!b->in_block)
    wc_docb_begin(b, WC_SCOPE_BODY);
  push_bytes(b, s, n, src_offs, src_off);
}

void wc_docb_space(wc_docb *b, size_t src_off) {
  if (!b->in_block || b->text.len == b->block_start)
    return;
  char last = b->text.data[b->text.len - 1];
  if (last == ' ' || last == '\n' || last == '\t')
    return;
  push_bytes(b, " ", 1, NULL, src_off);
}

/* Blocks are recorded in raw-text coordinates here and translated after
 * normalization (see finish). */
void wc_docb_end(wc_docb *b) {
  if (!b->in_block)
    return;
  b->in_block = false;
  size_t s = b->block_start, e = b->text.len;
  /* trim whitespace (ASCII and any Unicode space) at both ends */
  const char *t = b->text.data;
  while (s < e) {
    int32_t cp;
    size_t k = wc_utf8_decode(t + s, e - s, &cp);
    if (!wc_cp_is_space(cp))
      break;
    s += k;
  }
  while (e > s) {
    size_t p = e - 1;
    while (p > s && ((unsigned char)t[p] & 0xC0) == 0x80)
      p--;
    int32_t cp;
    wc_utf8_decode(t + p, e - p, &cp);
    if (!wc_cp_is_space(cp))
      break;
    e = p;
  }
  if (s == e) { /* empty block: drop its text */
    b->text.len = b->block_start;
    if (b->text.data) /* nothing added yet: no buffer to trim */
      b->text.data[b->text.len] = '\0';
    b->map.n = b->block_start;
    return;
  }
  wc_block blk = {s, e, b->block_scope};
  WC_VEC_PUSH(b->doc->blocks, blk);
}

static bool nfc_boundary(int32_t cp) {
  if (cp < 0x300)
    return true;
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  if (p->combining_class != 0)
    return false;
  if (p->category == UTF8PROC_CATEGORY_MN ||
      p->category == UTF8PROC_CATEGORY_MC ||
      p->category == UTF8PROC_CATEGORY_ME)
    return false;
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2))
    return false;
  return true;
}

void wc_docb_finish(wc_docb *b) {
  if (b->in_block)
    wc_docb_end(b);
  wc_doc *d = b->doc;
  const char *raw = b->text.data ? b->text.data : "";
  /* assemble blocks joined by "\n\n", normalizing each chunk to NFC */
  wc_buf out;
  wc_buf_init(&out);
  WC_VEC(size_t) map = {0};
  size_t prev_raw_end = 0; /* the previous block's end in raw coordinates */
  for (size_t bi = 0; bi < d->blocks.n; bi++) {
    wc_block *blk = &d->blocks.v[bi];
    if (bi > 0) {
      size_t so = b->map.v[prev_raw_end - 1] + 1;
      wc_buf_add(&out, "\n\n", 2);
      WC_VEC_PUSH(map, so);
      WC_VEC_PUSH(map, so);
    }
    size_t new_start = out.len;
    size_t i = blk->start;
    while (i < blk->end) {
      /* one chunk: a boundary code point and what may compose with it */
      size_t cs = i;
      int32_t cp;
      i += wc_utf8_decode(raw + i, blk->end - i, &cp);
      bool ascii = (unsigned char)raw[cs] < 0x80;
      while (i < blk->end) {
        int32_t nx;
        size_t k = wc_utf8_decode(raw + i, blk->end - i, &nx);
        if (nx >= 0 && nfc_boundary(nx))
          break;
        ascii = false;
        i += k;
      }
      size_t clen = i - cs;
      if (ascii || clen == 1) {
        wc_buf_add(&out, raw + cs, clen);
        for (size_t k = 0; k < clen; k++)
          WC_VEC_PUSH(map, b->map.v[cs + k]);
        continue;
      }
      char *n = wc_utf8_nfc(raw + cs, clen);
      size_t nl = strlen(n);
      if (nl == clen && memcmp(n, raw + cs, clen) == 0) {
        wc_buf_add(&out, raw + cs, clen);
        for (size_t k = 0; k < clen; k++)
          WC_VEC_PUSH(map, b->map.v[cs + k]);
      } else {
        wc_buf_add(&out, n, nl);
        for (size_t k = 0; k < nl; k++)
          WC_VEC_PUSH(map, b->map.v[cs]);
      }
      free(n);
    }
    /* map the end of the block to just past its last source byte */
    prev_raw_end = blk->end;
    blk->start = new_start;
    blk->end = out.len;
  }
  size_t endoff = map.n ? map.v[map.n - 1] + 1 : 0;
  WC_VEC_PUSH(map, endoff);
  d->len = out.len;
  d->text = wc_buf_steal(&out);
  d->map = map.v;
  wc_buf_cleanup(&b->text);
  WC_VEC_FREE(b->map);
}

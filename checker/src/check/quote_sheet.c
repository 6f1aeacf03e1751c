/* quote_sheet.c -- wirecheck --quotes: every quote of one file with its
 * speaker, how the speaker was found and its line, as text or JSON (the
 * schema is in docs/quotes.md). */
#include <stdlib.h>
#include <string.h>

#include "../engine.h"
#include "quotes_scan.h"

static void json_str(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", out);
    else if (c == '\t')
      fputs("\\t", out);
    else if (c == '\r')
      fputs("\\r", out);
    else if (c < 0x20)
      fprintf(out, "\\u%04x", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

static void json_z(FILE *out, const char *s) {
  if (!s)
    fputs("null", out);
  else
    json_str(out, s, strlen(s));
}

static void pos(const wc_doc *d, size_t off, size_t *line, size_t *col) {
  wc_doc_line_col(d, wc_doc_src_offset(d, off), line, col);
}

/* The words of a chain, parts joined with " … " (new string). */
static char *chain_text(const wc_doc *d, const wc_quotes *qs, size_t head) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t p = head; p != WC_QNONE; p = qs->q.v[p].next_part) {
    const wc_quote *q = &qs->q.v[p];
    if (b.len)
      wc_buf_puts(&b, " \xE2\x80\xA6 ");
    size_t a = q->cstart, e = q->cend;
    while (a < e && (d->text[a] == ' ' || (unsigned char)d->text[a] == 0xC2))
      a += (unsigned char)d->text[a] == 0xC2 ? 2 : 1; /* nbsp after « */
    for (size_t i = a; i < e; i++)
      wc_buf_putc(&b, d->text[i] == '\n' ? ' ' : d->text[i]);
  }
  /* trim trailing spaces (nbsp before ») */
  while (b.len && (b.data[b.len - 1] == ' '))
    b.data[--b.len] = '\0';
  while (b.len >= 2 && (unsigned char)b.data[b.len - 2] == 0xC2 &&
         (unsigned char)b.data[b.len - 1] == 0xA0) {
    b.len -= 2;
    b.data[b.len] = '\0';
  }
  return wc_buf_steal(&b);
}

static size_t parts_of(const wc_quotes *qs, size_t head) {
  size_t n = 0;
  for (size_t p = head; p != WC_QNONE; p = qs->q.v[p].next_part)
    n++;
  return n;
}

static const char *kind_of(const wc_quote *q) {
  return q->title ? "title" : q->aside ? "aside" : q->scare ? "scare" : "speech";
}

static void write_text(const wc_doc *d, const wc_quotes *qs, FILE *out) {
  size_t n = 0;
  for (size_t i = 0; i < qs->q.n; i++)
    if (qs->q.v[i].depth == 0 && qs->q.v[i].prev_part == WC_QNONE)
      n++;
  fprintf(out, "%s: %zu quote%s (%s)\n", d->path, n, n == 1 ? "" : "s",
          d->lang);
  for (size_t i = 0; i < qs->q.n; i++) {
    const wc_quote *q = &qs->q.v[i];
    if (q->depth > 0 || q->prev_part != WC_QNONE)
      continue;
    size_t line, col;
    pos(d, q->start, &line, &col);
    char *who = wc_quotes_speaker(d, qs, q);
    char *text = chain_text(d, qs, i);
    size_t nc = wc_utf8_count(text, strlen(text));
    fprintf(out, "%zu:%zu\t", line, col);
    if (q->kind == WC_SPK_NONE)
      fputs("(no speaker)", out);
    else {
      fputs(who, out);
      size_t sn = q->sp_end - q->sp_start;
      if (strlen(who) != sn || memcmp(who, d->text + q->sp_start, sn) != 0)
        fprintf(out, " [%.*s]", (int)sn, d->text + q->sp_start);
    }
    fprintf(out, "\t%s", wc_qhow_name(q->how));
    if (q->title || q->scare || q->aside)
      fprintf(out, ", %s", kind_of(q));
    /* the first 70 characters of the quote */
    fputs("\t\"", out);
    if (nc <= 70)
      fputs(text, out);
    else {
      size_t k = 0, c = 0;
      while (k < strlen(text) && c < 69) {
        int32_t cp;
        k += wc_utf8_decode(text + k, strlen(text) - k, &cp);
        c++;
      }
      fprintf(out, "%.*s\xE2\x80\xA6", (int)k, text);
    }
    fputs("\"\n", out);
    free(who);
    free(text);
  }
}

static void write_json(const wc_doc *d, const wc_quotes *qs, FILE *out) {
  fputs("{\"file\":", out);
  json_z(out, d->path);
  fputs(",\"language\":", out);
  json_z(out, d->lang);
  fputs(",\"quotes\":[", out);
  bool first = true;
  for (size_t i = 0; i < qs->q.n; i++) {
    const wc_quote *q = &qs->q.v[i];
    if (q->depth > 0 || q->prev_part != WC_QNONE)
      continue;
    size_t last = i;
    while (qs->q.v[last].next_part != WC_QNONE)
      last = qs->q.v[last].next_part;
    size_t line, col, eline, ecol;
    pos(d, q->start, &line, &col);
    pos(d, qs->q.v[last].end, &eline, &ecol);
    char *text = chain_text(d, qs, i);
    fputs(first ? "\n  " : ",\n  ", out);
    first = false;
    fprintf(out,
            "{\"line\":%zu,\"column\":%zu,\"end_line\":%zu,\"end_column\":%zu,"
            "\"text\":",
            line, col, eline, ecol);
    json_z(out, text);
    fprintf(out, ",\"words\":%zu,\"parts\":%zu,\"kind\":\"%s\",",
            wc_quotes_chain_words(qs, i), parts_of(qs, i), kind_of(q));
    fputs("\"speaker\":", out);
    if (q->kind == WC_SPK_NONE)
      fputs("null", out);
    else {
      char *who = wc_quotes_speaker(d, qs, q);
      json_z(out, who);
      free(who);
    }
    fputs(",\"speaker_text\":", out);
    if (q->kind == WC_SPK_NONE)
      fputs("null", out);
    else
      json_str(out, d->text + q->sp_start, q->sp_end - q->sp_start);
    fprintf(out, ",\"speaker_kind\":\"%s\",\"gender\":\"%s\",\"how\":\"%s\"",
            wc_spk_kind_name(q->kind), wc_gender_name(q->gender),
            wc_qhow_name(q->how));
    fputs(",\"cue\":", out);
    if (q->verb_tok != WC_QNONE && q->how != WC_QHOW_FOLLOW_ON) {
      const wc_token *v = &d->tokens.v[q->verb_tok];
      json_str(out, d->text + v->start, v->end - v->start);
    } else
      fputs("null", out);
    fputs(",\"follows_line\":", out);
    if (q->how == WC_QHOW_FOLLOW_ON && q->from_quote != WC_QNONE) {
      size_t fl, fc;
      pos(d, qs->q.v[q->from_quote].start, &fl, &fc);
      fprintf(out, "%zu", fl);
    } else
      fputs("null", out);
    fputs("}", out);
    free(text);
  }
  fputs(first ? "]" : "\n]", out);
  fputs(",\"people\":[", out);
  for (size_t i = 0; i < qs->people.n; i++) {
    const wc_qperson *p = &qs->people.v[i];
    size_t line, col;
    pos(d, p->start, &line, &col);
    fputs(i ? ",\n  " : "\n  ", out);
    fputs("{\"name\":", out);
    json_z(out, p->name);
    fputs(",\"title\":", out);
    json_z(out, p->title);
    fprintf(out,
            ",\"gender\":\"%s\",\"line\":%zu,\"full_name\":%s,\"role_only\":%s}",
            wc_gender_name(p->gender), line, p->full ? "true" : "false",
            p->description ? "true" : "false");
  }
  fputs(qs->people.n ? "\n]}\n" : "]}\n", out);
}

wc_status wc_quote_sheet(wc_engine *e, const char *path, const char *data,
                         size_t len, wc_input_format fmt, bool json, FILE *out,
                         wc_error *err) {
  wc_doc *d = NULL;
  wc_status st = wc_engine_load_doc(e, path, data, len, fmt, &d, err);
  if (st != WC_OK)
    return st;
  wc_quotes qs;
  wc_quotes_analyze(d, wc_engine_lang(e, d->lang), e->style, &qs);
  if (json)
    write_json(d, &qs, out);
  else
    write_text(d, &qs, out);
  wc_quotes_cleanup(&qs);
  wc_doc_free(d);
  if (ferror(out))
    return wc_fail(err, WC_ERR_IO, path, 0, 0, "cannot write the quote sheet");
  return WC_OK;
}

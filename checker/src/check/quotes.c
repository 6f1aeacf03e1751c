/* quotes.c -- the quotes family: quotation marks, speakers and their
 * genders, unattributed and conflicting quotes.
 *
 * The analysis (quotes_scan.c) finds the quotes, the people and who says
 * what; this file decides what an editor needs to hear about:
 *   quotes.marks            unbalanced, mismatched or non-house marks
 *   quotes.pronoun          "she said" with no woman named before (or, in
 *                           uk/ru, a verb's gender against the speaker's)
 *   quotes.unknown-speaker  "the message read" with no message introduced;
 *                           a surname never given in full
 *   quotes.unattributed     five words or more that nobody says
 *   quotes.conflict         the same words given to two speakers */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "quotes_scan.h"

static size_t line_of(const wc_doc *d, size_t off) {
  size_t line, col;
  wc_doc_line_col(d, wc_doc_src_offset(d, off), &line, &col);
  return line;
}

/* Names of people of gender g mentioned before off, "A, B and C". */
static char *names_before(const wc_quotes *qs, size_t off, wc_gender g) {
  wc_buf b;
  wc_buf_init(&b);
  size_t shown = 0, total = 0;
  bool *seen = wc_xcalloc(qs->people.n + 1, sizeof(bool));
  for (size_t i = 0; i < qs->mentions.n && qs->mentions.v[i].off < off; i++) {
    size_t p = qs->mentions.v[i].person;
    if (seen[p] || qs->people.v[p].gender != g)
      continue;
    seen[p] = true;
    total++;
    if (shown < 3) {
      if (shown)
        wc_buf_puts(&b, ", ");
      wc_buf_puts(&b, qs->people.v[p].name);
      shown++;
    }
  }
  free(seen);
  if (total > shown)
    wc_buf_printf(&b, " and %zu more", total - shown);
  return wc_buf_steal(&b);
}

static void check_pronoun(wc_ctx *cx, const wc_quotes *qs, const wc_quote *q) {
  const wc_doc *d = cx->doc;
  size_t off = q->sp_start;
  if (q->kind == WC_SPK_PRONOUN) {
    if (q->gender != WC_GENDER_MALE && q->gender != WC_GENDER_FEMALE)
      return;
    if (wc_quotes_last_person(qs, off, q->gender) != WC_QNONE ||
        wc_quotes_last_person(qs, off, WC_GENDER_UNKNOWN) != WC_QNONE)
      return;
    bool fem = q->gender == WC_GENDER_FEMALE;
    int n = (int)(q->sp_end - q->sp_start);
    const char *w = d->text + q->sp_start;
    char *others = names_before(qs, off, fem ? WC_GENDER_MALE
                                             : WC_GENDER_FEMALE);
    if (*others)
      wc_emit(cx, "quotes.pronoun", q->sp_start, q->sp_end, NULL, 0,
              "'%.*s' speaks as a %s, but no %s is named before this quote; "
              "the story names only %s (%s): check who is quoted",
              n, w, fem ? "woman" : "man", fem ? "woman" : "man",
              fem ? "men" : "women", others);
    else
      wc_emit(cx, "quotes.pronoun", q->sp_start, q->sp_end, NULL, 0,
              "'%.*s' speaks as a %s, but no %s is named before this quote: "
              "name the speaker",
              n, w, fem ? "woman" : "man", fem ? "woman" : "man");
    free(others);
    return;
  }
  /* uk/ru: a named speaker whose verb has the other gender */
  if (q->kind == WC_SPK_PERSON && q->person != WC_QNONE &&
      q->verb_tok != WC_QNONE) {
    const wc_qperson *p = &qs->people.v[q->person];
    const wc_token *v = &d->tokens.v[q->verb_tok];
    (void)v;
    if (p->gender != WC_GENDER_UNKNOWN &&
        q->verb_gender != WC_GENDER_UNKNOWN && p->gender != q->verb_gender)
      wc_emit(cx, "quotes.pronoun", v->start, v->end, NULL, 0,
              "'%.*s' is %s, but %s is a %s: the verb's gender is wrong",
              (int)(v->end - v->start), d->text + v->start,
              q->verb_gender == WC_GENDER_FEMALE ? "feminine" : "masculine",
              p->name, p->gender == WC_GENDER_FEMALE ? "woman" : "man");
  }
}

/* Folded words of a quote chain, for comparing quotes. */
static char *quote_key(const wc_doc *d, const wc_quotes *qs, size_t head) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t p = head; p != WC_QNONE; p = qs->q.v[p].next_part) {
    const wc_quote *q = &qs->q.v[p];
    char *f = wc_utf8_fold(d->text + q->cstart, q->cend - q->cstart);
    bool sp = b.len > 0;
    for (size_t i = 0, n = strlen(f); i < n;) {
      int32_t cp;
      size_t k = wc_utf8_decode(f + i, n - i, &cp);
      if (wc_cp_is_letter(cp) || wc_cp_is_digit(cp)) {
        if (sp && b.len)
          wc_buf_putc(&b, ' ');
        sp = false;
        wc_buf_add(&b, f + i, k);
      } else
        sp = true;
      i += k;
    }
    free(f);
  }
  return wc_buf_steal(&b);
}

static bool same_speaker(const wc_doc *d, const wc_quote *a,
                         const wc_quote *b) {
  if (a->person != WC_QNONE && b->person != WC_QNONE)
    return a->person == b->person;
  if (a->kind == WC_SPK_PRONOUN || b->kind == WC_SPK_PRONOUN)
    return true; /* unresolved: cannot tell */
  char *x = wc_utf8_fold(d->text + a->sp_start, a->sp_end - a->sp_start);
  char *y = wc_utf8_fold(d->text + b->sp_start, b->sp_end - b->sp_start);
  bool eq = strcmp(x, y) == 0 || strstr(x, y) || strstr(y, x);
  free(x);
  free(y);
  return eq;
}

static void quotes_run(wc_ctx *cx) {
  const wc_doc *d = cx->doc;
  wc_quotes qs;
  wc_quotes_analyze(d, cx->lang, cx->style, &qs);
  for (size_t i = 0; i < qs.marks.n; i++) {
    const wc_qmark_issue *m = &qs.marks.v[i];
    const char *sg[1] = {m->sugg};
    wc_emit_sev(cx, "quotes.marks", m->sev, m->start, m->end,
                m->sugg ? sg : NULL, m->sugg ? 1 : 0, "%s", m->msg);
  }
  wc_map *seen = wc_map_new(); /* quoted words -> first quote + 1 */
  for (size_t i = 0; i < qs.q.n; i++) {
    const wc_quote *q = &qs.q.v[i];
    if (q->depth > 0 || q->prev_part != WC_QNONE)
      continue;
    unsigned scope = d->blocks.v[q->block].scope;
    bool head_scope = scope & (WC_SCOPE_HEADLINE | WC_SCOPE_SUBHEAD);
    size_t words = wc_quotes_chain_words(&qs, i);
    if (q->kind != WC_SPK_NONE && q->how != WC_QHOW_FOLLOW_ON) {
      check_pronoun(cx, &qs, q);
      if (q->unintroduced && q->how != WC_QHOW_NEIGHBOUR &&
          q->how != WC_QHOW_SENTENCE && q->how != WC_QHOW_COLON) {
        int n = (int)(q->sp_end - q->sp_start);
        const char *w = d->text + q->sp_start;
        if (q->kind == WC_SPK_DESCRIPTION)
          wc_emit(cx, "quotes.unknown-speaker", q->sp_start, q->sp_end, NULL,
                  0,
                  "the speaker '%.*s' is not introduced: say who or what "
                  "this is before quoting it",
                  n, w);
        else
          wc_emit(cx, "quotes.unknown-speaker", q->sp_start, q->sp_end, NULL,
                  0,
                  "the speaker '%.*s' is never introduced with a full name "
                  "before this quote",
                  n, w);
      }
    }
    if (q->kind == WC_SPK_NONE && !q->title && !q->scare && !q->aside &&
        !head_scope &&
        words >= 5)
      wc_emit(cx, "quotes.unattributed", q->start,
              q->close_tok != WC_QNONE ? q->end : q->cstart, NULL, 0,
              "a quote of %zu words with no speaker: say who said it",
              words);
    if (q->kind != WC_SPK_NONE && words >= 3 && !q->title) {
      char *key = quote_key(d, &qs, i);
      void *first = wc_map_get(seen, key, strlen(key));
      if (!first)
        wc_map_put(seen, key, strlen(key), (void *)(i + 1));
      else {
        const wc_quote *p = &qs.q.v[(size_t)first - 1];
        if (!same_speaker(d, p, q)) {
          char *a = wc_quotes_speaker(d, &qs, p);
          char *b = wc_quotes_speaker(d, &qs, q);
          wc_emit(cx, "quotes.conflict", q->start, q->end, NULL, 0,
                  "these words are given to %s here but to %s on line %zu",
                  b, a, line_of(d, p->start));
          free(a);
          free(b);
        }
      }
      free(key);
    }
  }
  wc_map_free(seen, NULL);
  wc_quotes_cleanup(&qs);
}

static const wc_rule_def quotes_rules[] = {
    {"quotes.marks", WC_SEV_ERROR, true,
     "quotation marks unbalanced, mismatched, an opening mark used to close, "
     "or not the house's for the language"},
    {"quotes.pronoun", WC_SEV_ERROR, true,
     "a pronoun or gendered verb speaks for a gender no one named before "
     "has"},
    {"quotes.unknown-speaker", WC_SEV_WARNING, true,
     "a speaker the story never introduced (\"the message read\", a bare "
     "surname)"},
    {"quotes.unattributed", WC_SEV_WARNING, true,
     "a quote of five words or more that nobody says"},
    {"quotes.conflict", WC_SEV_ERROR, true,
     "the same words quoted twice with different speakers"},
};

const wc_check_def wc_check_quotes = {
    .family = "quotes",
    .rules = quotes_rules,
    .nrules = sizeof quotes_rules / sizeof quotes_rules[0],
    .run = quotes_run,
};

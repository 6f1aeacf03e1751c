/* style_rules.c -- style.avoid, style.calque and style.acronym: the
 * house style's term, calque and acronym entries, with each entry's
 * message and severity.
 *
 * avoid: a term anywhere ("ex-Soviet"), optionally only when followed by
 * punctuation or one of the listed words ("the Ukraine" but not "the
 * Ukraine war").  calque: a phrase ("President of the Government"),
 * optionally only with one of the listed words within `window` words in
 * the same sentence.  acronym: the first mention of an acronym outside
 * headings must come with, or after, one of its spelled-out forms. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "../style/style.h"
#include "textmatch.h"

static const wc_rule_def style_rules[] = {
    {"style.avoid", WC_SEV_WARNING, true,
     "a term the house style avoids, with what to write instead"},
    {"style.calque", WC_SEV_WARNING, true,
     "a phrase translated word for word from the source language"},
    {"style.acronym", WC_SEV_WARNING, true,
     "an acronym not spelled out on first mention"},
};

static void emit_rule(wc_ctx *cx, const wc_style_rule *r, size_t start,
                      size_t end, const char *sugg, const char *fmt, ...)
    WC_PRINTF(6, 7);
static void emit_rule(wc_ctx *cx, const wc_style_rule *r, size_t start,
                      size_t end, const char *sugg, const char *fmt, ...) {
  char *msg;
  if (r->message) {
    msg = wc_xstrdup(r->message);
  } else {
    va_list ap;
    va_start(ap, fmt);
    msg = wc_xvasprintf(fmt, ap);
    va_end(ap);
  }
  const char *sv[1] = {sugg};
  size_t ns = sugg && *sugg ? 1 : 0;
  if (r->has_severity)
    wc_emit_sev(cx, r->rule, r->severity, start, end, ns ? sv : NULL, ns,
                "%s", msg);
  else
    wc_emit(cx, r->rule, start, end, ns ? sv : NULL, ns, "%s", msg);
  free(msg);
}

/* The replacement with the matched text's leading capital. */
static char *cased(const char *repl, const char *matched, size_t n) {
  if (!repl)
    return NULL;
  if (!wc_tm_capitalized(matched, n) || wc_tm_capitalized(repl, strlen(repl)))
    return wc_xstrdup(repl);
  int32_t cp;
  size_t k = wc_utf8_decode(repl, strlen(repl), &cp);
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_put_cp(&b, wc_cp_upper(cp));
  wc_buf_puts(&b, repl + k);
  return wc_buf_steal(&b);
}

static bool followed_ok(const wc_tm *tm, const wc_style_rule *r, size_t after) {
  if (r->nfollowed == 0)
    return true;
  const wc_doc *d = tm->doc;
  bool end_of_sentence = after >= d->tokens.n ||
                         d->tokens.v[after].sentence !=
                             d->tokens.v[after - 1].sentence;
  for (size_t k = 0; k < r->nfollowed; k++) {
    const wc_style_phrase *f = &r->followed[k];
    if (f->nwords == 1 && strcmp(f->words[0], ".") == 0) {
      if (end_of_sentence || d->tokens.v[after].kind == WC_TOK_PUNCT ||
          d->tokens.v[after].kind == WC_TOK_QUOTE)
        return true;
      continue;
    }
    if (!end_of_sentence && wc_tm_phrase_at(tm, after, f, NULL, NULL))
      return true;
  }
  return false;
}

static bool near_ok(const wc_tm *tm, const wc_style_rule *r, size_t t0,
                    size_t t1) {
  if (r->nnear == 0)
    return true;
  const wc_doc *d = tm->doc;
  uint32_t sent = d->tokens.v[t0].sentence;
  const wc_sentence *s = &d->sentences.v[sent];
  /* window counted in words on each side */
  size_t lo = t0, words = 0;
  while (lo > s->tok_first && words < r->window) {
    lo--;
    if (d->tokens.v[lo].kind == WC_TOK_WORD)
      words++;
  }
  size_t hi = t1;
  words = 0;
  while (hi < s->tok_end && words < r->window) {
    if (d->tokens.v[hi].kind == WC_TOK_WORD)
      words++;
    hi++;
  }
  static const char *const poss[] = {"'s", "'", NULL};
  for (size_t t = lo; t < hi; t++) {
    if (t >= t0 && t < t1)
      continue;
    for (size_t k = 0; k < r->nnear; k++)
      if (wc_tm_phrase_at(tm, t, &r->near[k], poss, NULL))
        return true;
  }
  return false;
}

static void run_terms(wc_ctx *cx, const wc_tm *tm, const wc_style_rule *r) {
  const wc_doc *d = cx->doc;
  static const char *const poss[] = {"'s", "'", NULL};
  for (size_t ti = 0; ti < tm->n; ti++) {
    if (!tm->fold[ti])
      continue;
    for (size_t k = 0; k < r->nterms; k++) {
      size_t end = 0;
      size_t nt = wc_tm_phrase_at(tm, ti, &r->terms[k], poss, &end);
      if (!nt)
        continue;
      if (r->kind == WC_RULE_AVOID && !followed_ok(tm, r, ti + nt))
        continue;
      if (r->kind == WC_RULE_CALQUE && !near_ok(tm, r, ti, ti + nt))
        continue;
      size_t start = d->tokens.v[ti].start;
      const char *m = d->text + start;
      int ml = (int)(end - start);
      char *sugg = cased(r->prefer, m, end - start);
      if (r->kind == WC_RULE_AVOID && sugg)
        emit_rule(cx, r, start, end, sugg,
                  "house style avoids '%.*s'; write '%s'", ml, m, sugg);
      else if (r->kind == WC_RULE_AVOID)
        emit_rule(cx, r, start, end, NULL, "house style avoids '%.*s'", ml,
                  m);
      else
        emit_rule(cx, r, start, end, sugg,
                  "'%.*s' is a calque of the source; write '%s'", ml, m,
                  sugg ? sugg : "");
      free(sugg);
      ti += nt - 1;
      break;
    }
  }
}

/* Is token ti the acronym, alone or with a possessive or in a hyphenated
 * word (SBU's, SBU-led)?  Acronyms match case-sensitively. */
static bool acronym_at(const wc_doc *d, size_t ti, const char *acr) {
  const wc_token *t = &d->tokens.v[ti];
  if (t->kind != WC_TOK_WORD)
    return false;
  const char *s = d->text + t->start;
  size_t n = t->end - t->start, an = strlen(acr);
  if (n < an || memcmp(s, acr, an) != 0)
    return false;
  if (n == an)
    return true;
  int32_t cp;
  size_t k = wc_utf8_decode(s + an, n - an, &cp);
  if (cp == '-' || cp == 0x2010 || cp == 0x2011)
    return true;
  if (wc_cp_is_apostrophe(cp)) {
    const char *rest = s + an + k;
    size_t rn = n - an - k;
    return rn == 0 || (rn == 1 && (rest[0] == 's' || rest[0] == 'S'));
  }
  return false;
}

static void run_acronym(wc_ctx *cx, const wc_tm *tm, const wc_style_rule *r) {
  const wc_doc *d = cx->doc;
  if (r->nterms == 0 || r->terms[0].nwords != 1)
    return;
  const char *acr = r->terms[0].text;
  static const char *const poss[] = {"'s", "'", NULL};
  size_t first = SIZE_MAX;
  for (size_t ti = 0; ti < d->tokens.n && first == SIZE_MAX; ti++) {
    if (!acronym_at(d, ti, acr))
      continue;
    const wc_sentence *s = &d->sentences.v[d->tokens.v[ti].sentence];
    if (d->blocks.v[s->block].scope & (WC_SCOPE_HEADLINE | WC_SCOPE_SUBHEAD))
      continue; /* headlines may use the short form */
    first = ti;
  }
  if (first == SIZE_MAX)
    return;
  const wc_sentence *fs = &d->sentences.v[d->tokens.v[first].sentence];
  /* spelled out before it, or in its own sentence */
  for (size_t ti = 0; ti < fs->tok_end; ti++) {
    if (!tm->fold[ti])
      continue;
    for (size_t k = 0; k < r->nlongs; k++)
      if (wc_tm_phrase_at(tm, ti, &r->longs[k], poss, NULL))
        return;
  }
  const wc_token *t = &d->tokens.v[first];
  size_t an = strlen(acr);
  /* "Security Service of Ukraine (SBU)"; a long form that already holds
   * the acronym ("ukrainischer Geheimdienst SBU") stands as it is */
  char *sugg = NULL;
  if (r->prefer)
    sugg = strstr(r->prefer, acr) ? wc_xstrdup(r->prefer)
                                  : wc_xasprintf("%s (%s)", r->prefer, acr);
  emit_rule(cx, r, t->start, t->start + an, sugg,
            "'%s' is not spelled out on first mention; write '%s'", acr,
            sugg ? sugg : acr);
  free(sugg);
}

static void style_run(wc_ctx *cx) {
  bool av = wc_rule_enabled(cx, "style.avoid");
  bool ca = wc_rule_enabled(cx, "style.calque");
  bool ac = wc_rule_enabled(cx, "style.acronym");
  if (!av && !ca && !ac)
    return;
  size_t n = 0;
  const wc_style_rule *rules = wc_style_rules(cx->style, cx->doc->lang, &n);
  if (n == 0)
    return;
  wc_tm tm;
  wc_tm_init(&tm, cx->doc);
  for (size_t i = 0; i < n; i++) {
    const wc_style_rule *r = &rules[i];
    if ((r->kind == WC_RULE_AVOID && av) || (r->kind == WC_RULE_CALQUE && ca))
      run_terms(cx, &tm, r);
    else if (r->kind == WC_RULE_ACRONYM && ac)
      run_acronym(cx, &tm, r);
  }
  wc_tm_cleanup(&tm);
}

const wc_check_def wc_check_style = {
    .family = "style",
    .rules = style_rules,
    .nrules = sizeof style_rules / sizeof style_rules[0],
    .run = style_run,
};

/* verify.c -- wirecheck --verify-style: every example a house style
 * carries is checked, so the style file tests itself.  The wrong sentence
 * must trigger the example's rule at least once and the right sentence
 * must not trigger it at all, both checked in the example's language. */
#include <stdlib.h>
#include <string.h>

#include "../engine.h"
#include "style.h"

static size_t count_rule(const wc_result *r, const char *rule) {
  size_t n = 0;
  for (size_t i = 0; i < wc_result_count(r); i++)
    if (strcmp(wc_result_at(r, i)->rule, rule) == 0)
      n++;
  return n;
}

/* Checks one sentence as body text (under a neutral first paragraph, which
 * a text file's reader takes for the headline); returns the number of
 * findings of rule, or (size_t)-1 if the sentence could not be checked. */
static size_t run_one(wc_engine *e, const char *text, const char *rule) {
  wc_result *r = NULL;
  wc_error err = {0};
  char *doc = wc_xasprintf("* * *\n\n%s\n", text);
  wc_status st = wc_check_buffer(e, "example", doc, strlen(doc), WC_FMT_TEXT,
                                 &r, &err);
  free(doc);
  if (st != WC_OK)
    return (size_t)-1;
  size_t n = count_rule(r, rule);
  wc_result_free(r);
  return n;
}

wc_status wc_style_verify_examples(wc_engine *e, FILE *out, size_t *total_out,
                                   size_t *failed_out, wc_error *err) {
  (void)err;
  *total_out = 0;
  *failed_out = 0;
  size_t n = 0;
  const wc_style_example *ex = wc_style_examples(e->style, &n);
  char *saved = e->lang_forced;
  for (size_t i = 0; i < n; i++) {
    const wc_style_example *x = &ex[i];
    if (wc_rule_find(x->rule) && !wc_engine_rule_on(e, x->rule))
      continue; /* switched off for this run */
    (*total_out)++;
    if (!wc_rule_find(x->rule)) {
      (*failed_out)++;
      if (out)
        fprintf(out, "%s:%zu: example names an unknown rule '%s'\n",
                x->file, x->line, x->rule);
      continue;
    }
    e->lang_forced = (char *)x->lang;
    size_t w = run_one(e, x->wrong, x->rule);
    size_t r = run_one(e, x->right, x->rule);
    e->lang_forced = saved;
    if (w == 0 || w == (size_t)-1) {
      (*failed_out)++;
      if (out)
        fprintf(out, "%s:%zu: %s (%s): the wrong sentence does not trigger "
                     "it: %s\n",
                x->file, x->line, x->rule, x->lang, x->wrong);
    } else if (r != 0) {
      (*failed_out)++;
      if (out)
        fprintf(out, "%s:%zu: %s (%s): the right sentence triggers it: %s\n",
                x->file, x->line, x->rule, x->lang, x->right);
    }
  }
  e->lang_forced = saved;
  return WC_OK;
}

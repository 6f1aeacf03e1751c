/* garble_grammar.c -- garble.grammar, the optional deep layer: a body
 * sentence that link-grammar (Debian's liblink-grammar, dictionaries for
 * en and ru) can parse only by leaving words out.  Off by default; --deep
 * turns it on.  The dictionary is loaded on the first sentence that needs
 * it and kept in the language profile, so a run without --deep never calls
 * into link-grammar.  Each sentence gets a time budget; a sentence the
 * parser cannot finish in time is given up silently (precision first),
 * and sentences over 40 words are not tried. */
#include "garble.h"

#include <stdlib.h>
#include <string.h>

static bool deep_lang(const wc_garble *g) {
  return strcmp(g->l->code, "en") == 0 || strcmp(g->l->code, "ru") == 0;
}

/* --deep asked for a check that cannot run: say so once, never silently. */
static void unavailable(wc_garble *g) {
  size_t at = g->d->sentences.n ? g->d->sentences.v[0].start : 0;
  wc_emit_sev(g->cx, "garble.grammar", WC_SEV_INFO, at, at, NULL, 0,
              "the link-grammar dictionary for '%s' could not be loaded; "
              "deep checks skipped (run make deps)",
              g->l->code);
}

#ifdef WC_HAVE_LINKGRAMMAR
#include <link-grammar/link-includes.h>

enum { GRAMMAR_MAX_WORDS = 40, GRAMMAR_SECONDS = 2, GRAMMAR_MAX_NULLS = 3 };

/* link-grammar reports through a handler; the library must stay silent. */
static void quiet(lg_errinfo *e, void *data) {
  (void)e;
  (void)data;
}

void wc_garble_grammar_free(void *dict) {
  if (dict)
    dictionary_delete((Dictionary)dict);
}

static Dictionary grammar_dict(wc_lang *l) {
  if (l->grammar_tried)
    return l->grammar;
  l->grammar_tried = true;
  lg_error_set_handler(quiet, NULL);
  Dictionary dict = dictionary_create_lang(l->code);
  lg_error_clearall();
  l->grammar = dict;
  return dict;
}

void wc_garble_grammar(wc_garble *g) {
  const wc_doc *d = g->d;
  if (!deep_lang(g))
    return;
  Parse_Options opts = NULL;
  Dictionary dict = NULL;
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *s = &d->sentences.v[si];
    if (g->skip_sent[si] || !(wc_garble_sent_scope(d, si) & WC_SCOPE_BODY))
      continue;
    size_t words = 0;
    bool quoted = false;
    for (size_t i = s->tok_first; i < s->tok_end; i++) {
      if (d->tokens.v[i].kind == WC_TOK_WORD)
        words++;
      if (d->tokens.v[i].kind == WC_TOK_QUOTE)
        quoted = true;
    }
    if (words < 3 || words > GRAMMAR_MAX_WORDS || quoted ||
        !wc_garble_tok_is(d, s->tok_end - 1, "."))
      continue;
    if (!dict) {
      dict = grammar_dict(g->l);
      if (!dict) {
        unavailable(g);
        return;
      }
      opts = parse_options_create();
      parse_options_set_verbosity(opts, 0);
      parse_options_set_max_parse_time(opts, GRAMMAR_SECONDS);
      parse_options_set_linkage_limit(opts, 100);
      parse_options_set_islands_ok(opts, false);
    }
    char *z = wc_xstrndup(d->text + s->start, s->end - s->start);
    for (char *p = z; *p; p++)
      if (*p == '\n')
        *p = ' ';
    Sentence sent = sentence_create(z, dict);
    if (!sent || sentence_split(sent, opts) < 0) {
      if (sent)
        sentence_delete(sent);
      free(z);
      continue;
    }
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, 0);
    int n = sentence_parse(sent, opts);
    if (n == 0 && !parse_options_timer_expired(opts) &&
        !parse_options_resources_exhausted(opts)) {
      parse_options_set_min_null_count(opts, 1);
      parse_options_set_max_null_count(opts, GRAMMAR_MAX_NULLS);
      n = sentence_parse(sent, opts);
      if (n > 0 && !parse_options_timer_expired(opts)) {
        Linkage lk = linkage_create(0, sent, opts);
        if (lk) {
          size_t nw = (size_t)linkage_get_num_words(lk);
          size_t nl = (size_t)linkage_get_num_links(lk);
          unsigned char *linked = wc_xcalloc(nw ? nw : 1, 1);
          for (size_t k = 0; k < nl; k++) {
            size_t a = (size_t)linkage_get_link_lword(lk, (LinkIdx)k);
            size_t b = (size_t)linkage_get_link_rword(lk, (LinkIdx)k);
            if (a < nw)
              linked[a] = 1;
            if (b < nw)
              linked[b] = 1;
          }
          wc_buf dropped;
          wc_buf_init(&dropped);
          size_t ndrop = 0;
          for (size_t w = 1; w + 1 < nw; w++) {
            if (linked[w])
              continue;
            int bs = linkage_get_word_byte_start(lk, (WordIdx)w);
            int be = linkage_get_word_byte_end(lk, (WordIdx)w);
            if (bs < 0 || be <= bs || (size_t)be > strlen(z))
              continue;
            /* punctuation left over is not a dropped word */
            int32_t cp;
            wc_utf8_decode(z + bs, (size_t)(be - bs), &cp);
            if (!wc_cp_is_letter(cp))
              continue;
            if (dropped.len)
              wc_buf_puts(&dropped, "', '");
            wc_buf_add(&dropped, z + bs, (size_t)(be - bs));
            ndrop++;
          }
          if (ndrop)
            wc_emit(g->cx, "garble.grammar", s->start, s->end, NULL, 0,
                    "the grammar parser can link this sentence only by "
                    "leaving out '%s'; check its syntax",
                    dropped.data);
          wc_buf_cleanup(&dropped);
          free(linked);
          linkage_delete(lk);
        }
      }
    }
    sentence_delete(sent);
    free(z);
  }
  if (opts)
    parse_options_delete(opts);
}

#else /* no link-grammar at build time */

void wc_garble_grammar_free(void *dict) { (void)dict; }

void wc_garble_grammar(wc_garble *g) {
  if (deep_lang(g))
    unavailable(g);
}

#endif

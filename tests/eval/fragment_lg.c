/* fragment_lg.c -- eval helper (make eval): for every sentence that
 * garble.fragment looks at, what the hunspell verb oracle says and what
 * link-grammar says, so docs/eval.md can compare the two lexical sources.
 *
 *   fragment_lg DATA_DIR LANG FILE...
 *
 * prints one line per candidate sentence: "FILE LINE HUNSPELL LG", where
 * HUNSPELL and LG are 1 when the method finds a finite verb, 0 when it
 * does not, and LG is - when link-grammar has no dictionary for LANG.
 * link-grammar decides "finite" by a subject link (S*) in its best
 * linkage, nulls allowed, two seconds a sentence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/garble.h"
#include "engine.h"

#ifdef WC_HAVE_LINKGRAMMAR
#include <link-grammar/link-includes.h>

static void quiet(lg_errinfo *e, void *data) {
  (void)e;
  (void)data;
}

/* 1: a subject link; 0: none; -1: could not parse in time */
static int lg_finite(Dictionary dict, Parse_Options opts, const char *s) {
  Sentence sent = sentence_create(s, dict);
  if (!sent)
    return -1;
  int r = -1;
  if (sentence_split(sent, opts) >= 0) {
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, sentence_length(sent));
    if (sentence_parse(sent, opts) > 0) {
      Linkage lk = linkage_create(0, sent, opts);
      if (lk) {
        r = 0;
        for (int k = 0; k < linkage_get_num_links(lk); k++) {
          const char *lab = linkage_get_link_label(lk, k);
          if (lab && lab[0] == 'S')
            r = 1;
        }
        linkage_delete(lk);
      }
    }
  }
  sentence_delete(sent);
  return r;
}
#endif

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: fragment_lg DATA_DIR LANG FILE...\n");
    return 2;
  }
  wc_options o = {0};
  o.data_dir = argv[1];
  o.lang = argv[2];
  wc_engine *e = NULL;
  wc_error err = {0};
  if (wc_engine_new(&o, &e, &err) != WC_OK) {
    fprintf(stderr, "fragment_lg: %s\n", err.msg);
    return 2;
  }
#ifdef WC_HAVE_LINKGRAMMAR
  lg_error_set_handler(quiet, NULL);
  Dictionary dict = NULL;
  if (strcmp(argv[2], "en") == 0 || strcmp(argv[2], "ru") == 0)
    dict = dictionary_create_lang(argv[2]);
  Parse_Options opts = parse_options_create();
  parse_options_set_verbosity(opts, 0);
  parse_options_set_max_parse_time(opts, 2);
#endif
  for (int a = 3; a < argc; a++) {
    char *data = NULL;
    size_t len = 0;
    if (wc_read_file(argv[a], &data, &len, &err) != WC_OK)
      continue;
    wc_doc *d = NULL;
    if (wc_engine_load_doc(e, argv[a], data, len, WC_FMT_TEXT, &d, &err) !=
        WC_OK) {
      free(data);
      continue;
    }
    wc_garble g = {0};
    g.d = d;
    g.l = wc_engine_lang(e, d->lang);
    g.skip_sent = calloc(d->sentences.n + 1, 1);
    g.skip_block = calloc(d->blocks.n + 1, 1);
    g.verb_cache = wc_map_new();
    for (size_t si = 0; si < d->sentences.n; si++) {
      if (!wc_garble_fragment_candidate(&g, si))
        continue;
      const wc_sentence *s = &d->sentences.v[si];
      size_t line, col;
      wc_doc_line_col(d, wc_doc_src_offset(d, s->start), &line, &col);
      int hs = wc_garble_sentence_has_verb(&g, si) ? 1 : 0;
      char lg[4] = "-";
#ifdef WC_HAVE_LINKGRAMMAR
      if (dict) {
        char *z = wc_xstrndup(d->text + s->start, s->end - s->start);
        for (char *p = z; *p; p++)
          if (*p == '\n')
            *p = ' ';
        int r = lg_finite(dict, opts, z);
        free(z);
        snprintf(lg, sizeof lg, "%s", r < 0 ? "?" : r ? "1" : "0");
      }
#endif
      printf("%s %zu %d %s\n", argv[a], line, hs, lg);
    }
    wc_map_free(g.verb_cache, NULL);
    free(g.skip_sent);
    free(g.skip_block);
    wc_doc_free(d);
    free(data);
  }
#ifdef WC_HAVE_LINKGRAMMAR
  parse_options_delete(opts);
  if (dict)
    dictionary_delete(dict);
#endif
  wc_engine_free(e);
  return 0;
}

/* garble.h -- the garble family's parts, shared between garble*.c.
 * Internal to the family.
 *
 * garble.c         the family: rules, run(), boilerplate, repetition,
 *                  truncated bodies
 * garble_text.c    character-level damage: mojibake, mixed scripts,
 *                  punctuation
 * garble_lex.c     lexical checks: fragments (finite-verb oracle over
 *                  hunspell and word lists), untranslated runs
 * garble_grammar.c the optional deep layer over link-grammar (--deep) */
#ifndef WC_GARBLE_H
#define WC_GARBLE_H

#include "check.h"

/* What one run of the family shares between its detectors. */
typedef struct wc_garble {
  wc_ctx *cx;
  const wc_doc *d;
  wc_lang *l;
  unsigned char *skip_sent;  /* per sentence: inside web furniture */
  unsigned char *skip_block; /* per block: all of it furniture */
  wc_map *verb_cache;        /* folded word -> (void*)1 verb, 2 not */
} wc_garble;

/* Detectors (each emits only its own rule id). */
void wc_garble_boilerplate(wc_garble *g);
void wc_garble_repetition(wc_garble *g);
void wc_garble_truncated(wc_garble *g);
void wc_garble_mojibake(wc_garble *g);
void wc_garble_mixed_script(wc_garble *g);
void wc_garble_punctuation(wc_garble *g);
void wc_garble_fragment(wc_garble *g);
void wc_garble_untranslated(wc_garble *g);
void wc_garble_grammar(wc_garble *g);

/* Could this word (token text) be a finite verb in language l?  Exposed
 * for the unit tests and the eval helper. */
bool wc_garble_maybe_finite(wc_garble *g, const char *w, size_t n,
                            bool sentence_start);

/* garble.fragment's two halves, exposed for the eval helper that compares
 * the hunspell oracle with link-grammar (tests/eval/fragment_lg.c): is
 * sentence si one the rule looks at, and does it have a finite verb? */
bool wc_garble_fragment_candidate(wc_garble *g, size_t si);
bool wc_garble_sentence_has_verb(wc_garble *g, size_t si);

/* ---- small helpers (garble.c) ---- */

/* Is token i the given ASCII/UTF-8 string exactly? */
bool wc_garble_tok_is(const wc_doc *d, size_t i, const char *s);
/* First code point of token i. */
int32_t wc_garble_tok_cp(const wc_doc *d, size_t i);
/* The scope of the block holding sentence si. */
unsigned wc_garble_sent_scope(const wc_doc *d, size_t si);
/* Is the language written in Cyrillic? */
bool wc_garble_cyrillic_lang(const char *code);
/* A quotation mark that opens (true) or closes (false) at token i, judged
 * by the spacing around it and the mark itself. */
bool wc_garble_quote_opens(const wc_doc *d, size_t i);

#endif

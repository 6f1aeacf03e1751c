/* lang.h -- language profiles: what the checks need to know about each of
 * the six languages, loaded from dictionaries/<lang>/ once per run.
 *
 * Word lists are plain UTF-8 files, one entry per line, '#' starts a
 * comment line; entries are stored case-folded.  Any check can ask for a
 * list by name (wc_lang_list(lang, "speech-verbs")): it is loaded on first
 * use from dictionaries/<lang>/<name>.txt and kept for the run; a missing
 * file gives an empty list. */
#ifndef WC_LANG_H
#define WC_LANG_H

#include "../core/util.h"

typedef struct wc_wordlist {
  wc_map *set;            /* folded entry -> (void *)1 */
  WC_VEC(char *) items;   /* entries in file order, as written */
  size_t max_words;       /* longest entry, in words (for phrase lists) */
} wc_wordlist;

typedef struct wc_lang {
  char code[8];
  char *dir;              /* data_dir/<code> */
  char *data_dir;
  wc_map *lists;          /* name -> wc_wordlist* */
  void *hunspell;         /* Hunhandle*, loaded on first spelling use */
  bool hunspell_tried;
  wc_map *spell_cache;    /* word -> (void*)1 known, (void*)2 unknown */
  wc_map *profile;         /* key -> value strings from profile.txt */
  void *grammar;          /* link-grammar Dictionary, loaded on first --deep
                             use by garble.grammar */
  bool grammar_tried;
} wc_lang;

/* Loads the profile of a language (cheap: lists load lazily). */
wc_lang *wc_lang_new(const char *data_dir, const char *code);
void wc_lang_free(wc_lang *l);

/* A named word list of the language (never NULL; may be empty). */
const wc_wordlist *wc_lang_list(wc_lang *l, const char *name);
/* Is the folded form of s[0..n) in the named list? */
bool wc_lang_has(wc_lang *l, const char *list, const char *s, size_t n);

/* Detects the language of text among the given profiles (the six), by
 * script, distinctive letters and stopword hits.  Returns the code of the
 * best profile, or NULL if the text has too few words to tell. */
const char *wc_lang_detect(wc_lang *const *langs, size_t nlangs,
                           const char *text, size_t n);

/* A value from dictionaries/<lang>/profile.txt (key = value lines), or
 * NULL. */
const char *wc_lang_profile(wc_lang *l, const char *key);

/* Owned by the spelling check (spelling.c): frees a Hunhandle and a
 * cache entry. */
void wc_spelling_free_handle(void *h);
void wc_spelling_free_entry(void *p);
/* Shared by the spelling check with other checks (garble): the language's
 * Hunhandle, loaded on first use (NULL when no dictionary is installed),
 * and a cached lookup: 1 known, 0 unknown, -1 no dictionary. */
void *wc_spelling_handle(wc_lang *l);
int wc_spelling_known(wc_lang *l, const char *w, size_t n);
/* Owned by garble (garble_grammar.c): frees a link-grammar dictionary. */
void wc_garble_grammar_free(void *dict);

/* Is "en"... one of the supported languages? */
bool wc_lang_supported(const char *code);

#endif

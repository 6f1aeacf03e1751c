/* style.h -- the house style: names, terms, calques, acronyms and quote
 * marks per language, loaded from XML validated against
 * dictionaries/schema/house-style.rng.  Internal.
 *
 * Owned by the names/house-style work (issue 3); other checks (quotes) only
 * read it through these functions.  docs/house-style.md describes the
 * file format. */
#ifndef WC_STYLE_H
#define WC_STYLE_H

#include "../core/util.h"

typedef enum wc_gender {
  WC_GENDER_UNKNOWN = 0,
  WC_GENDER_MALE,
  WC_GENDER_FEMALE
} wc_gender;

typedef enum wc_entity_type {
  WC_ENT_PERSON = 0,
  WC_ENT_PLACE,
  WC_ENT_ORG,
  WC_ENT_OTHER
} wc_entity_type;

typedef struct wc_style_name {
  char *canonical;          /* the house form: "Kyiv", "Volodymyr Zelenskyy" */
  char **variants;          /* forms to replace: "Kiev", "Zelensky" */
  size_t nvariants;
  char **source_forms;      /* "Київ", "Киев" */
  size_t nsource_forms;
  char **titles;            /* "Secretary General", "President" */
  size_t ntitles;
  wc_entity_type type;
  wc_gender gender;
  /* added with the loader */
  const char *id;           /* links one entity across languages; or NULL */
  const char *short_form;   /* the form for a later mention: "Zelenskyy" */
  char **exceptions;        /* fixed phrases left alone: "chicken Kiev" */
  size_t nexceptions;
} wc_style_name;

typedef struct wc_style wc_style;

/* Loads a house style; path NULL means data_dir/styles/default.xml.
 * Broken files: WC_ERR_CONFIG with file and line in err. */
wc_status wc_style_load(const char *path, const char *data_dir,
                        wc_style **out, wc_error *err);
void wc_style_free(wc_style *s);

/* The names declared for a language (array of n). */
const wc_style_name *wc_style_names(const wc_style *s, const char *lang,
                                    size_t *n_out);
/* Is this word (any case) a name or term the house style knows in lang?
 * The spelling check skips such words. */
bool wc_style_knows_word(const wc_style *s, const char *lang, const char *w,
                         size_t n);
/* The house quotation marks for lang: primary and secondary open/close.
 * Returns false when the style declares none. */
bool wc_style_quote_marks(const wc_style *s, const char *lang,
                          const char **open_out, const char **close_out,
                          const char **open2_out, const char **close2_out);

/* A severity the house style sets for a rule id, if any. */
bool wc_style_rule_severity(const wc_style *s, const char *rule,
                            wc_severity *out);

/* ---- for the names and style checks ------------------------------------ */

/* Folds a word for matching: case folded, NFC, with ’ and ʼ written ' and
 * the Unicode hyphens written '-'.  Caller frees. */
char *wc_style_fold(const char *s, size_t n);

/* How a matchable form relates to its name. */
typedef enum wc_form_kind {
  WC_FORM_CANONICAL = 0, /* the house form itself */
  WC_FORM_SHORT,         /* its short form (surname) */
  WC_FORM_VARIANT,       /* a spelling the house replaces */
  WC_FORM_SOURCE,        /* a Cyrillic form in a Latin-script language, or
                            the other East Slavic language's form */
  WC_FORM_FOREIGN        /* another Latin-script language's house form */
} wc_form_kind;

/* A form the names check looks for in copy. */
typedef struct wc_style_form {
  const char *text;      /* as written in the style: "Kiev", "Киева" */
  char **words;          /* folded words */
  size_t nwords;
  size_t name;           /* index into wc_style_names() */
  wc_form_kind kind;
  const char *from_lang; /* SOURCE/FOREIGN: the language it belongs to */
  const char *replace;   /* what to write instead (NULL for the house forms);
                            an aligned case form when the style gives one */
  bool cap;              /* the form starts with a capital letter */
  bool cyrillic;
  const char *stem;      /* folded stem for Cyrillic case endings, or NULL */
  bool adjectival;       /* the stem came off an adjective ending (-ський) */
} wc_style_form;

/* The forms of lang whose first folded word is w[0..n); *ids_out points at
 * n_out form indices (borrowed). */
size_t wc_style_forms_for(const wc_style *s, const char *lang, const char *w,
                          size_t n, const size_t **ids_out);
/* The single-word Cyrillic forms of lang whose stem is w[0..n). */
size_t wc_style_forms_by_stem(const wc_style *s, const char *lang,
                              const char *w, size_t n, const size_t **ids_out);
const wc_style_form *wc_style_form_at(const wc_style *s, const char *lang,
                                      size_t i);

/* A phrase of the style, folded into words for matching. */
typedef struct wc_style_phrase {
  const char *text;
  char **words;
  size_t nwords;
} wc_style_phrase;

/* The fixed phrases a name is left alone in ("chicken Kiev"), for lang. */
typedef struct wc_style_except {
  wc_style_phrase phrase;
  size_t name;
} wc_style_except;
const wc_style_except *wc_style_exceptions(const wc_style *s,
                                           const char *lang, size_t *n_out);

typedef enum wc_style_rule_kind {
  WC_RULE_AVOID = 0, /* style.avoid */
  WC_RULE_CALQUE,    /* style.calque */
  WC_RULE_ACRONYM    /* style.acronym */
} wc_style_rule_kind;

/* One avoid, calque or acronym entry. */
typedef struct wc_style_rule {
  wc_style_rule_kind kind;
  const char *rule;            /* "style.avoid" ... */
  wc_style_phrase *terms;      /* terms, phrases, or the acronym (one) */
  size_t nterms;
  const char *prefer;          /* prefer / replace / the long form; or NULL */
  wc_style_phrase *longs;      /* acronym: every accepted spelled-out form */
  size_t nlongs;
  wc_style_phrase *near;       /* calque: words one of which must be near */
  size_t nnear;
  size_t window;               /* calque: how near, in words (default 8) */
  wc_style_phrase *followed;   /* avoid: what may follow ("." punctuation) */
  size_t nfollowed;
  const char *message;         /* or NULL: the check words one */
  bool has_severity;
  wc_severity severity;
} wc_style_rule;
const wc_style_rule *wc_style_rules(const wc_style *s, const char *lang,
                                    size_t *n_out);

/* Is w[0..n) a title word of lang ("President", "Minister"; with
 * compound="yes" also a word ending in one: "Außenminister")? */
bool wc_style_title_word(const wc_style *s, const char *lang, const char *w,
                         size_t n);

/* Is w[0..n) (as written) one of the words the wire-copy spelling
 * supplement (data_dir/<lang>/wire.dic) adds to hunspell?  The names check
 * tells a word of the base dictionary (Georgia) from a name the supplement
 * lists with its variants (Zelensky, Zelenskyy). */
bool wc_style_supplement_word(const wc_style *s, const char *lang,
                              const char *w, size_t n);

/* The path of the style file as given (or the default's). */
const char *wc_style_path(const wc_style *s);

/* A rule's example, for wirecheck --verify-style. */
typedef struct wc_style_example {
  const char *lang;
  const char *rule;      /* the rule the wrong sentence must trigger */
  const char *wrong, *right;
  const char *file;
  size_t line;
} wc_style_example;
const wc_style_example *wc_style_examples(const wc_style *s, size_t *n_out);

#endif

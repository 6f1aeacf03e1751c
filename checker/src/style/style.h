/* style.h -- the house style: names, terms, calques, acronyms and quote
 * marks per language, loaded from XML validated against
 * dictionaries/schema/house-style.rng.  Internal.
 *
 * Owned by the names/house-style work (issue 3); other checks (quotes) only
 * read it through these functions. */
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

#endif

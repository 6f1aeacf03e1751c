/* spelling.c -- spelling.unknown: hunspell with the Debian dictionary of
 * the document's language plus the wire-copy supplement
 * dictionaries/<lang>/wire.dic.
 *
 * Each distinct word is looked up once per run (a cache in the language
 * profile); hunspell suggestions, the slow call, are asked only for words
 * already flagged, and cached too.  Skipped: URLs, e-mail addresses,
 * numbers and words with digits, all-caps acronyms (also with a possessive:
 * SBU's), abbreviations before their full stop (usw.), words in another
 * script than the language's (garble.untranslated looks at those), and
 * words the house style knows.  In German (profile compound = yes) a
 * closed compound of known parts is known.  An unknown word is a warning,
 * with hunspell's suggestions, only when a known word lies one edit away (a
 * likely typo: goverment); otherwise -- names, foreign words, compounds the
 * dictionary lacks -- it is reported at info level without suggestions,
 * and hunspell's slow suggestion search is never run for it. */
#include "check.h"

#include <hunspell.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../engine.h"
#include "../style/style.h"

typedef struct spell_entry {
  bool known;
  bool sugg_done;
  bool near_done, near; /* a known word one edit away (see near_word) */
  char *near_form;      /* the first such word found */
  char **sugg;
  size_t nsugg;
} spell_entry;

void wc_spelling_free_handle(void *h) { Hunspell_destroy((Hunhandle *)h); }

void wc_spelling_free_entry(void *p) {
  spell_entry *e = p;
  if (!e)
    return;
  for (size_t i = 0; i < e->nsugg; i++)
    free(e->sugg[i]);
  free(e->sugg);
  free(e->near_form);
  free(e);
}

static bool file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static Hunhandle *load_hunspell(wc_lang *l) {
  if (l->hunspell_tried)
    return l->hunspell;
  l->hunspell_tried = true;
  const char *name = wc_lang_profile(l, "hunspell");
  if (!name)
    return NULL;
  char *dirs[] = {wc_xasprintf("%s/hunspell", l->data_dir),
                  wc_xstrdup("/usr/share/hunspell"),
                  wc_xstrdup("/usr/share/myspell/dicts")};
  Hunhandle *h = NULL;
  /* the profile may list several names separated by spaces */
  char *names = wc_xstrdup(name);
  for (char *tok = strtok(names, " ,"); tok && !h; tok = strtok(NULL, " ,")) {
    for (size_t d = 0; d < 3 && !h; d++) {
      char *aff = wc_xasprintf("%s/%s.aff", dirs[d], tok);
      char *dic = wc_xasprintf("%s/%s.dic", dirs[d], tok);
      if (file_exists(aff) && file_exists(dic))
        h = Hunspell_create(aff, dic);
      free(aff);
      free(dic);
    }
  }
  free(names);
  for (size_t d = 0; d < 3; d++)
    free(dirs[d]);
  if (h) {
    char *sup = wc_xasprintf("%s/wire.dic", l->dir);
    if (file_exists(sup))
      Hunspell_add_dic(h, sup);
    free(sup);
    const char *enc = Hunspell_get_dic_encoding(h);
    if (enc && strcmp(enc, "UTF-8") != 0 && strcmp(enc, "utf-8") != 0) {
      /* every dictionary we ship for is UTF-8; refuse others */
      Hunspell_destroy(h);
      h = NULL;
    }
  }
  l->hunspell = h;
  return h;
}

static spell_entry *lookup(wc_lang *l, Hunhandle *h, const char *w, size_t n) {
  spell_entry *e = wc_map_get(l->spell_cache, w, n);
  if (e)
    return e;
  e = wc_xcalloc(1, sizeof *e);
  char *z = wc_xstrndup(w, n);
  e->known = Hunspell_spell(h, z) != 0;
  free(z);
  wc_map_put(l->spell_cache, w, n, e);
  return e;
}

void *wc_spelling_handle(wc_lang *l) { return load_hunspell(l); }

int wc_spelling_known(wc_lang *l, const char *w, size_t n) {
  Hunhandle *h = load_hunspell(l);
  if (!h)
    return -1;
  return lookup(l, h, w, n)->known ? 1 : 0;
}

static void suggest(Hunhandle *h, spell_entry *e, const char *w, size_t n) {
  if (e->sugg_done)
    return;
  e->sugg_done = true;
  char **list = NULL;
  char *z = wc_xstrndup(w, n);
  int k = Hunspell_suggest(h, &list, z);
  free(z);
  if (k > 0) {
    size_t keep = k > 3 ? 3 : (size_t)k;
    e->sugg = wc_xcalloc(keep, sizeof(char *));
    for (size_t i = 0; i < keep; i++)
      e->sugg[i] = wc_xstrdup(list[i]);
    e->nsugg = keep;
  }
  if (list)
    Hunspell_free_list(h, &list, k);
}

static wc_script lang_script(const char *code) {
  return (strcmp(code, "uk") == 0 || strcmp(code, "ru") == 0)
             ? WC_SCRIPT_CYRILLIC
             : WC_SCRIPT_LATIN;
}

static bool has_digit(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return true;
  return false;
}

/* Normalizes apostrophes (' ’ ʼ and the backtick typed for the Ukrainian
 * apostrophe) to ASCII for lookup; returns a new string. */
static char *lookup_form(const char *s, size_t n) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (cp == 0x2019 || cp == 0x2BC || cp == '`')
      wc_buf_putc(&b, '\'');
    else
      wc_buf_add(&b, s + i, k);
    i += k;
  }
  return wc_buf_steal(&b);
}

/* Length in bytes of a possessive 's ending w (' ’ or ʼ before s), or
 * 0: "SBU’s" -> 4. */
static size_t possessive_len(const char *w, size_t n) {
  if (n < 3 || w[n - 1] != 's')
    return 0;
  if (w[n - 2] == '\'')
    return 2;
  if (n >= 5 && memcmp(w + n - 4, "\xE2\x80\x99", 3) == 0)
    return 4;
  if (n >= 4 && memcmp(w + n - 3, "\xCA\xBC", 2) == 0)
    return 3;
  return 0;
}

/* Case shape of w[0..n): all upper (two letters or more), capitalized,
 * or neither. */
static wc_case_shape word_shape(const char *w, size_t n) {
  size_t up = 0, low = 0;
  bool first_upper = false, first = true;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(w + i, n - i, &cp);
    if (!wc_cp_is_letter(cp) || cp == 0x2BC)
      continue;
    bool u = wc_cp_is_upper(cp);
    if (first)
      first_upper = u;
    first = false;
    if (u)
      up++;
    else if (wc_cp_is_lower(cp))
      low++;
  }
  if (up + low == 0)
    return WC_CASE_NONE;
  if (up == 0)
    return WC_CASE_LOWER;
  if (low == 0 && up >= 2)
    return WC_CASE_UPPER;
  return first_upper ? WC_CASE_TITLE : WC_CASE_MIXED;
}

/* Is the word, with the full stop glued after it, an abbreviation of the
 * language (abbreviations.txt, or hunspell knows "usw.")? */
static bool abbreviation_with_dot(wc_lang *l, Hunhandle *h, const char *w,
                                  size_t n) {
  if (n + 2 > 64)
    return false;
  char tmp[64];
  memcpy(tmp, w, n);
  tmp[n] = '.';
  tmp[n + 1] = '\0';
  if (wc_lang_has(l, "abbreviations", tmp, n + 1))
    return true;
  return lookup(l, h, tmp, n + 1)->known;
}

static bool known_word(wc_lang *l, Hunhandle *h, const char *w, size_t n,
                       bool sentence_start) {
  spell_entry *e = lookup(l, h, w, n);
  if (e->known)
    return true;
  if (sentence_start) {
    char *low = wc_utf8_lower(w, n);
    bool k = lookup(l, h, low, strlen(low))->known;
    free(low);
    if (k)
      return true;
  }
  return false;
}

/* ---- closed compounds (profile key compound = yes: German) ----
 * Hunspell's German dictionary knows the parts of many compounds but not
 * the compounds: Olivenöl, Intensivbetten, zurückließ.  An unknown word
 * that splits into known parts is accepted: a first part of four letters
 * or more (possibly with a linking s, es, n or en: Arbeits|markt), then a
 * known word of three letters or more that is no function word (as a
 * noun with a capital, or as written) or, once more, a compound
 * (Tornado|schutz|räume). */

/* s[0..n) with its first letter upper- or lower-cased; caller frees. */
static char *recase_first(const char *s, size_t n, bool upper) {
  int32_t cp;
  size_t k = wc_utf8_decode(s, n, &cp);
  wc_buf b;
  wc_buf_init(&b);
  if (cp >= 0)
    wc_buf_put_cp(&b, upper ? wc_cp_upper(cp) : wc_cp_lower(cp));
  else
    wc_buf_add(&b, s, k);
  wc_buf_add(&b, s + k, n - k);
  return wc_buf_steal(&b);
}

static bool known_either_case(wc_lang *l, Hunhandle *h, const char *s,
                              size_t n, bool upper) {
  if (lookup(l, h, s, n)->known)
    return true;
  char *r = recase_first(s, n, upper);
  bool k = lookup(l, h, r, strlen(r))->known;
  free(r);
  return k;
}

static bool compound_left(wc_lang *l, Hunhandle *h, const char *s, size_t n) {
  if (known_either_case(l, h, s, n, false))
    return true;
  static const char *const links[] = {"s", "es", "n", "en"};
  for (size_t i = 0; i < 4; i++) {
    size_t ln = strlen(links[i]);
    if (n > ln + 3 && memcmp(s + n - ln, links[i], ln) == 0 &&
        known_either_case(l, h, s, n - ln, false))
      return true;
  }
  return false;
}

static bool known_compound(wc_lang *l, Hunhandle *h, const char *w, size_t n,
                           int depth) {
  size_t chars = wc_utf8_count(w, n);
  if (chars < 6)
    return false;
  size_t p = 0, c = 0;
  while (p < n) {
    int32_t cp;
    p += wc_utf8_decode(w + p, n - p, &cp);
    c++;
    if (c < 4 || chars - c < 3)
      continue;
    const char *r = w + p;
    size_t rn = n - p;
    /* Kimm|ich, Hol|mes: a function word is no last part */
    if (wc_lang_has(l, "stopwords", r, rn))
      continue;
    if (!compound_left(l, h, w, p))
      continue;
    if (known_either_case(l, h, r, rn, true))
      return true;
    if (depth > 0) {
      char *cap = recase_first(r, rn, true);
      bool k = known_compound(l, h, cap, strlen(cap), depth - 1);
      free(cap);
      if (k)
        return true;
    }
  }
  return false;
}

/* ---- is the unknown word one edit from a known word? ----
 * A typo is usually one edit from what was meant (goverment, recieve,
 * definately): a letter left out, added, changed, or two swapped.  Names,
 * foreign words and compounds the dictionary lacks usually are not.  So an
 * unknown word is a warning only when a known word lies one edit away, and
 * info otherwise -- which also spares hunspell's suggestion search, the
 * slow call (seconds for a German page), for every word that is not a
 * likely typo.  Candidates are checked with Hunspell_spell, uncached: a
 * few hundred cheap lookups per distinct unknown word. */

static const char *alphabet_of(wc_lang *l) {
  const char *a = wc_lang_profile(l, "alphabet");
  if (a)
    return a;
  if (strcmp(l->code, "de") == 0)
    return "abcdefghijklmnopqrstuvwxyzäöüß";
  if (strcmp(l->code, "fr") == 0)
    return "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœ";
  if (strcmp(l->code, "es") == 0)
    return "abcdefghijklmnopqrstuvwxyzáéíóúüñ";
  if (strcmp(l->code, "uk") == 0)
    return "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
  if (strcmp(l->code, "ru") == 0)
    return "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  return "abcdefghijklmnopqrstuvwxyz";
}

static bool try_form(Hunhandle *h, const int32_t *cps, size_t n,
                     spell_entry *e) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t i = 0; i < n; i++)
    wc_buf_put_cp(&b, cps[i]);
  bool k = b.data && Hunspell_spell(h, b.data) != 0;
  if (k)
    e->near_form = wc_buf_steal(&b);
  else
    wc_buf_cleanup(&b);
  return k;
}

static bool near_word(wc_lang *l, Hunhandle *h, spell_entry *e, const char *w,
                      size_t n) {
  if (e->near_done)
    return e->near;
  e->near_done = true;
  int32_t cps[66], tmp[67];
  size_t m = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(w + i, n - i, &cp);
    if (cp < 0 || m == 64)
      return false;
    cps[m++] = cp;
  }
  int32_t alpha[64];
  size_t na = 0;
  const char *a = alphabet_of(l);
  for (size_t i = 0, an = strlen(a); i < an && na < 64;) {
    int32_t cp;
    i += wc_utf8_decode(a + i, an - i, &cp);
    alpha[na++] = cp;
  }
  /* in the order typists err: a letter left out (adressed), two swapped
   * (recieve), one changed, one added -- the first known word found is
   * offered first */
  for (size_t i = 0; i <= m; i++) { /* insertions */
    bool upper =
        i < m ? wc_cp_is_upper(cps[i]) : (m && wc_cp_is_upper(cps[m - 1]));
    for (size_t c = 0; c < na; c++) {
      memcpy(tmp, cps, i * sizeof(int32_t));
      tmp[i] = upper && i > 0 ? wc_cp_upper(alpha[c]) : alpha[c];
      memcpy(tmp + i + 1, cps + i, (m - i) * sizeof(int32_t));
      if (try_form(h, tmp, m + 1, e))
        return e->near = true;
    }
  }
  for (size_t i = 0; i + 1 < m; i++) { /* transpositions */
    if (cps[i] == cps[i + 1])
      continue;
    memcpy(tmp, cps, m * sizeof(int32_t));
    tmp[i] = cps[i + 1];
    tmp[i + 1] = cps[i];
    if (try_form(h, tmp, m, e))
      return e->near = true;
  }
  for (size_t i = 0; i < m; i++) { /* substitutions, in the letter's case */
    bool upper = wc_cp_is_upper(cps[i]);
    for (size_t c = 0; c < na; c++) {
      int32_t x = upper ? wc_cp_upper(alpha[c]) : alpha[c];
      if (x == cps[i])
        continue;
      memcpy(tmp, cps, m * sizeof(int32_t));
      tmp[i] = x;
      if (try_form(h, tmp, m, e))
        return e->near = true;
    }
  }
  for (size_t i = 0; m > 2 && i < m; i++) { /* deletions */
    size_t k = 0;
    for (size_t j = 0; j < m; j++)
      if (j != i)
        tmp[k++] = cps[j];
    if (try_form(h, tmp, k, e))
      return e->near = true;
  }
  return false;
}

/* Is the lower-case form of a known word known too (a common word), or is
 * it known only capitalized (a proper noun)? */
static bool lower_known(Hunhandle *h, const char *w) {
  char *low = wc_utf8_lower(w, strlen(w));
  bool k = Hunspell_spell(h, low) != 0;
  free(low);
  return k;
}

/* The name of another language of the same script whose dictionary knows
 * w as written, or NULL.  Dictionaries load on first need, once a run. */
static const char *foreign_language(wc_ctx *cx, const char *w, size_t n) {
  static const struct {
    const char *code, *name;
  } langs[] = {{"en", "an English word"}, {"de", "a German word"},
               {"fr", "a French word"},   {"es", "a Spanish word"},
               {"uk", "a Ukrainian word"}, {"ru", "a Russian word"}};
  wc_script want = lang_script(cx->lang->code);
  for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
    if (strcmp(langs[i].code, cx->lang->code) == 0 ||
        lang_script(langs[i].code) != want)
      continue;
    wc_lang *o = wc_engine_lang(cx->engine, langs[i].code);
    if (o && wc_spelling_known(o, w, n) == 1)
      return langs[i].name;
  }
  return NULL;
}

static void spelling_run(wc_ctx *cx) {
  if (!wc_rule_enabled(cx, "spelling.unknown"))
    return;
  const wc_doc *d = cx->doc;
  wc_lang *l = cx->lang;
  Hunhandle *h = load_hunspell(l);
  if (!h) {
    if (d->tokens.n)
      wc_emit(cx, "spelling.no-dictionary", d->tokens.v[0].start,
              d->tokens.v[0].start, NULL, 0,
              "no hunspell dictionary for '%s' is installed; spelling not "
              "checked (run make deps)",
              l->code);
    return;
  }
  wc_script want = lang_script(l->code);
  size_t searches = 0;
  const char *cv = wc_lang_profile(l, "compound");
  bool compounds = cv && strcmp(cv, "yes") == 0;
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *s = &d->sentences.v[si];
    size_t first_word = s->tok_first;
    while (first_word < s->tok_end &&
           d->tokens.v[first_word].kind != WC_TOK_WORD)
      first_word++;
    for (size_t ti = s->tok_first; ti < s->tok_end; ti++) {
      const wc_token *t = &d->tokens.v[ti];
      if (t->kind != WC_TOK_WORD || t->script != want)
        continue;
      const char *w = d->text + t->start;
      size_t n = t->end - t->start;
      if (wc_utf8_count(w, n) < 2 || has_digit(w, n))
        continue;
      if (w[n - 1] == '.') /* dotted abbreviation */
        continue;
      /* the case shape without a possessive 's: SBU's is an acronym */
      size_t pl = possessive_len(w, n);
      wc_case_shape shape = word_shape(w, n - pl);
      if (shape == WC_CASE_UPPER || shape == WC_CASE_NONE)
        continue;
      char *lf = lookup_form(w, n);
      size_t ln = strlen(lf);
      bool start = ti == first_word ||
                   (ti > s->tok_first &&
                    d->tokens.v[ti - 1].kind == WC_TOK_QUOTE);
      bool ok = known_word(l, h, lf, ln, start);
      if (!ok && compounds)
        ok = known_compound(l, h, lf, ln, 1);
      if (!ok && strchr(lf, '-')) {
        /* a hyphenated compound: each part known is enough */
        ok = true;
        char *p = lf;
        while (ok && *p) {
          char *dash = strchr(p, '-');
          size_t pn = dash ? (size_t)(dash - p) : strlen(p);
          if (pn > 0 && !known_word(l, h, p, pn, true) &&
              !(compounds && known_compound(l, h, p, pn, 1)))
            ok = false;
          p += pn + (dash ? 1 : 0);
        }
      }
      if (!ok && pl) {
        /* possessive: Stoltenberg's, Borrell’s (the lookup form has ') */
        ok = known_word(l, h, lf, ln - 2, start) ||
             wc_style_knows_word(cx->style, l->code, lf, ln - 2);
      }
      if (!ok && wc_style_knows_word(cx->style, l->code, w, n))
        ok = true;
      /* an abbreviation written with its full stop: usw. Hr. */
      if (!ok && ti + 1 < d->tokens.n && !d->tokens.v[ti + 1].space_before &&
          d->tokens.v[ti + 1].end - d->tokens.v[ti + 1].start == 1 &&
          d->text[d->tokens.v[ti + 1].start] == '.' &&
          abbreviation_with_dot(l, h, w, n))
        ok = true;
      if (ok) {
        free(lf);
        continue;
      }
      spell_entry *e = lookup(l, h, lf, ln);
      bool capital = shape == WC_CASE_TITLE || shape == WC_CASE_MIXED;
      size_t chars = wc_utf8_count(lf, ln);
      /* a likely typo: a known word one edit away (and the word long
       * enough for that to mean something; capitalized words, usually
       * names, longer still) */
      /* a budget of near-word searches per document keeps a page of
       * garbage (or of another language) linear and quick: past it, an
       * unknown word not yet searched is reported as unknown (info) */
      bool typo = false;
      if (chars >= (capital ? 5u : 3u) && (e->near_done || searches < 500)) {
        searches += !e->near_done;
        typo = near_word(l, h, e, lf, ln);
      }
      /* a word another of the languages knows as written (Street, College
       * and names such as Megan in German copy) is foreign, not a typo */
      const char *other = typo ? foreign_language(cx, lf, ln) : NULL;
      /* one edit from another name (Nolte/Volte is a word, but Lochner/
       * Bochner, Bossong/Bossons are names): a name, not a typo -- except
       * in German, where every noun is capitalized */
      if (!other && typo && capital && strcmp(l->code, "de") != 0 &&
          e->near_form && !lower_known(h, e->near_form))
        other = "probably a name";
      if (other) {
        wc_emit_sev(cx, "spelling.unknown", WC_SEV_INFO, t->start, t->end,
                    NULL, 0, "'%.*s' is not in the %s dictionary (it is %s)",
                    (int)n, w, l->code, other);
        free(lf);
        continue;
      }
      if (!typo) {
        wc_emit_sev(cx, "spelling.unknown", WC_SEV_INFO, t->start, t->end,
                    NULL, 0, "'%.*s' is not in the %s dictionary", (int)n, w,
                    l->code);
        free(lf);
        continue;
      }
      suggest(h, e, lf, ln);
      /* the near word found above leads hunspell's list when it is in it */
      for (size_t k = 1; e->near_form && k < e->nsugg; k++)
        if (strcmp(e->sugg[k], e->near_form) == 0) {
          char *t0 = e->sugg[k];
          memmove(e->sugg + 1, e->sugg, k * sizeof(char *));
          e->sugg[0] = t0;
          break;
        }
      const char *const *sv = (const char *const *)e->sugg;
      size_t ns = e->nsugg;
      const char *one[1] = {e->near_form};
      if (!ns) {
        sv = one;
        ns = 1;
      }
      wc_emit_sev(cx, "spelling.unknown", WC_SEV_WARNING, t->start, t->end,
                  sv, ns,
                  "'%.*s' is not in the %s dictionary; did you mean '%s'?",
                  (int)n, w, l->code, sv[0]);
      free(lf);
    }
  }
}

static const wc_rule_def spelling_rules[] = {
    {"spelling.unknown", WC_SEV_WARNING, true,
     "a word neither hunspell, the wire-copy supplement nor the house style "
     "knows"},
    {"spelling.no-dictionary", WC_SEV_INFO, true,
     "no hunspell dictionary installed for the document's language"},
};

const wc_check_def wc_check_spelling = {
    .family = "spelling",
    .rules = spelling_rules,
    .nrules = sizeof spelling_rules / sizeof spelling_rules[0],
    .run = spelling_run,
};

/* garble_lex.c -- the checks that need to know words: garble.fragment (a
 * sentence with no finite verb) and garble.untranslated (a run of words
 * left in another language or script).
 *
 * Whether a word can be a finite verb is read from what the hunspell
 * dictionaries encode, per language (docs/eval.md has the measurements
 * that chose this over link-grammar):
 *   fr  the morphology of the Dicollecte dictionary: po:ipre, po:ipsi ...
 *   en  en_US affix classes: a -ed form (flag D, or a form of its own such
 *       as "planned") makes a stem a verb; the -s and bare forms of such a
 *       stem are finite
 *   de  igerman98 verb classes I, X, Y, Z, W on a stem in -en/-ern/-eln
 *   es  a stem in -ar/-er/-ir reached through an affix (not the
 *       infinitive, gerund or participle)
 *   ru  a stem in -ть/-ться/-ти/-чь, the past class L (выросли), or a
 *       short form (задержаны)
 *   uk  a stem in -ти/-тися/-чи, or a passive participle
 * plus, for all, dictionaries/<lang>/finite-verbs.txt (auxiliaries,
 * modals, irregular and strong forms the dictionaries list bare) and
 * function-words.txt (never verbs).  A word no dictionary knows counts as
 * a possible verb: precision first. */
#include "garble.h"

#include <hunspell.h>
#include <stdlib.h>
#include <string.h>

#include "../style/style.h"
#include "engine.h"

static wc_script script_of(const char *code);

/* ---- the finite-verb oracle ---- */

static bool ends_with(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && memcmp(s + a - b, suf, b) == 0;
}

/* Hunspell_analyze fields: "st:" stem and "fl:" flag, or "po:" tags. */
typedef struct analysis {
  char stem[128];
  char flag[8];
  const char *raw;
} analysis;

static void parse_analysis(const char *a, analysis *out) {
  out->stem[0] = out->flag[0] = '\0';
  out->raw = a;
  const char *st = strstr(a, "st:");
  if (st) {
    st += 3;
    size_t n = strcspn(st, " \t");
    if (n >= sizeof out->stem)
      n = sizeof out->stem - 1;
    memcpy(out->stem, st, n);
    out->stem[n] = '\0';
  }
  const char *fl = strstr(a, "fl:");
  if (fl) {
    fl += 3;
    size_t n = strcspn(fl, " \t");
    if (n >= sizeof out->flag)
      n = sizeof out->flag - 1;
    memcpy(out->flag, fl, n);
    out->flag[n] = '\0';
  }
}

typedef bool (*analysis_fn)(wc_garble *g, Hunhandle *h, const char *w,
                            const analysis *a);

/* Runs fn over every analysis of w; true if any says yes. */
static bool any_analysis(wc_garble *g, Hunhandle *h, const char *w,
                         analysis_fn fn) {
  char **list = NULL;
  int k = Hunspell_analyze(h, &list, w);
  bool yes = false;
  for (int i = 0; i < k && !yes; i++) {
    analysis a;
    parse_analysis(list[i], &a);
    yes = fn(g, h, w, &a);
  }
  if (list)
    Hunspell_free_list(h, &list, k);
  return yes;
}

static bool known(Hunhandle *h, const char *w) {
  return Hunspell_spell(h, w) != 0;
}

/* en: does the stem have a regular past (walked, planned, tried)? */
static bool en_has_past(Hunhandle *h, const char *stem) {
  size_t n = strlen(stem);
  if (n < 2 || n > 60)
    return false;
  char c[80];
  const char *forms[4] = {NULL, NULL, NULL, NULL};
  char f0[80], f1[80], f2[80];
  if (stem[n - 1] == 'e') {
    snprintf(f0, sizeof f0, "%sd", stem);
    forms[0] = f0;
  } else {
    snprintf(f0, sizeof f0, "%sed", stem);
    forms[0] = f0;
    snprintf(f1, sizeof f1, "%s%ced", stem, stem[n - 1]);
    forms[1] = f1;
    if (stem[n - 1] == 'y') {
      snprintf(f2, sizeof f2, "%.*sied", (int)(n - 1), stem);
      forms[2] = f2;
    }
  }
  (void)c;
  for (int i = 0; i < 4; i++)
    if (forms[i] && known(h, forms[i]))
      return true;
  return false;
}

static bool en_fn(wc_garble *g, Hunhandle *h, const char *w,
                  const analysis *a) {
  (void)g;
  if (strcmp(a->flag, "D") == 0)
    return true;
  if (strcmp(a->flag, "S") == 0 && a->stem[0])
    return en_has_past(h, a->stem);
  if (!a->flag[0] && strcmp(a->stem, w) == 0) {
    /* a form of its own: a bare stem (plan) or a listed past (planned) */
    if (ends_with(w, "ed"))
      return true;
    return en_has_past(h, w);
  }
  return false;
}

static bool fr_fn(wc_garble *g, Hunhandle *h, const char *w,
                  const analysis *a) {
  (void)g;
  (void)h;
  (void)w;
  static const char *const finite[] = {"po:ipre", "po:ipsi", "po:ifut",
                                       "po:iimp", "po:cond", "po:spre",
                                       "po:simp", "po:impe", NULL};
  for (size_t i = 0; finite[i]; i++)
    if (strstr(a->raw, finite[i]))
      return true;
  return false;
}

static bool de_stem(const char *s) {
  return ends_with(s, "en") || ends_with(s, "ern") || ends_with(s, "eln") ||
         ends_with(s, "un");
}

static bool de_fn(wc_garble *g, Hunhandle *h, const char *w,
                  const analysis *a) {
  (void)g;
  int32_t c0 = -1;
  if (a->stem[0])
    wc_utf8_decode(a->stem, strlen(a->stem), &c0);
  if (!a->stem[0] || wc_cp_is_upper(c0))
    return false;
  if (a->flag[0] && strchr("IXYZW", a->flag[0]) && !a->flag[1] &&
      de_stem(a->stem))
    return true;
  if (!a->flag[0] && strcmp(a->stem, w) == 0 && de_stem(w)) {
    /* an infinitive is also the plural present, if the word conjugates:
     * machen -> macht, arbeiten -> arbeitet, ändern -> ändert */
    size_t n = strlen(w);
    if (n < 4 || n > 100)
      return false;
    char t[128];
    snprintf(t, sizeof t, "%.*st", (int)(n - 2), w);
    if (known(h, t))
      return true;
    snprintf(t, sizeof t, "%.*set", (int)(n - 2), w);
    if (known(h, t))
      return true;
    snprintf(t, sizeof t, "%.*st", (int)(n - 1), w);
    if (ends_with(w, "ern") || ends_with(w, "eln"))
      return known(h, t);
  }
  return false;
}

static bool es_fn(wc_garble *g, Hunhandle *h, const char *w,
                  const analysis *a) {
  (void)g;
  (void)h;
  if (!a->flag[0] || strcmp(a->stem, w) == 0)
    return false;
  if (!(ends_with(a->stem, "ar") || ends_with(a->stem, "er") ||
        ends_with(a->stem, "ir") || ends_with(a->stem, "ír")))
    return false;
  static const char *const nonfinite[] = {
      "ando", "iendo", "yendo", "ado", "ada", "ados", "adas",
      "ido",  "ida",   "idos",  "idas", NULL};
  for (size_t i = 0; nonfinite[i]; i++)
    if (ends_with(w, nonfinite[i]))
      return false;
  return true;
}

static bool ru_fn(wc_garble *g, Hunhandle *h, const char *w,
                  const analysis *a) {
  (void)g;
  (void)h;
  const char *s = a->stem;
  if (!s[0])
    return false;
  /* ru_RU's class L is the past tense (выросли, могли, шли) */
  if (strcmp(a->flag, "L") == 0)
    return true;
  bool verb = ends_with(s, "ть") || ends_with(s, "ться") ||
              ends_with(s, "ти") || ends_with(s, "тись") ||
              ends_with(s, "чь") || ends_with(s, "чься");
  /* nouns in -ость, -сть (безопасность, часть) are classes N and F */
  if (verb && (ends_with(s, "ость") ||
               (ends_with(s, "сть") && (strcmp(a->flag, "N") == 0 ||
                                        strcmp(a->flag, "F") == 0))))
    verb = false;
  if (verb)
    return strcmp(s, w) != 0;
  /* short passive participles are predicates: задержаны, отмечено
   * (predicative adjectives such as нужно are in finite-verbs.txt) */
  if (ends_with(s, "нный") || ends_with(s, "тый")) {
    static const char *const longf[] = {
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого",
        "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ей",
        "ых", "их", "ыми", "ими", NULL};
    for (size_t i = 0; longf[i]; i++)
      if (ends_with(w, longf[i]))
        return false;
    return true;
  }
  return false;
}

static bool uk_fn(wc_garble *g, Hunhandle *h, const char *w,
                  const analysis *a) {
  (void)g;
  (void)h;
  const char *s = a->stem;
  if (!s[0])
    return false;
  /* infinitives end in -ти, -чи (nouns such as участь end in -ть) */
  if (ends_with(s, "ти") || ends_with(s, "тися") || ends_with(s, "чи") ||
      ends_with(s, "чися"))
    return strcmp(s, w) != 0 || ends_with(w, "ться");
  /* passive participles serve as predicates in full form: затримані */
  if (ends_with(s, "аний") || ends_with(s, "яний") || ends_with(s, "ений") ||
      ends_with(s, "єний") || ends_with(s, "тий"))
    return true;
  return false;
}

static analysis_fn lang_fn(const char *code) {
  if (strcmp(code, "en") == 0)
    return en_fn;
  if (strcmp(code, "fr") == 0)
    return fr_fn;
  if (strcmp(code, "de") == 0)
    return de_fn;
  if (strcmp(code, "es") == 0)
    return es_fn;
  if (strcmp(code, "ru") == 0)
    return ru_fn;
  if (strcmp(code, "uk") == 0)
    return uk_fn;
  return NULL;
}

/* Apostrophes as the dictionaries write them. */
static char *plain_apostrophes(const char *s, size_t n) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (cp == 0x2019 || cp == 0x2BC)
      wc_buf_putc(&b, '\'');
    else
      wc_buf_add(&b, s + i, k);
    i += k;
  }
  if (!b.data)
    wc_buf_puts(&b, "");
  return wc_buf_steal(&b);
}

static bool maybe_finite_lower(wc_garble *g, const char *lw) {
  size_t n = strlen(lw);
  if (wc_lang_has(g->l, "finite-verbs", lw, n))
    return true;
  if (wc_lang_has(g->l, "function-words", lw, n))
    return false;
  if (strcmp(g->l->code, "de") == 0) {
    /* prefixed strong verbs: bekam, verlor, beschloss, gab ... bekannt */
    static const char *const pre[] = {
        "be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über",
        "unter", "wider", "hinter", "an", "auf", "aus", "ein", "vor", "zu",
        "ab", "bei", "mit", "nach", "weg", "zurück", "fest", "statt",
        "vorbei", "hervor", "heraus", "herein", "hin", "her", "durch", "um",
        "wieder", "voran", "fort", "los", "dar", "zusammen", "hinaus",
        NULL};
    for (size_t i = 0; pre[i]; i++) {
      size_t pn = strlen(pre[i]);
      if (n > pn + 1 && strncmp(lw, pre[i], pn) == 0 &&
          wc_lang_has(g->l, "finite-verbs", lw + pn, n - pn))
        return true;
    }
  }
  Hunhandle *h = wc_spelling_handle(g->l);
  analysis_fn fn = lang_fn(g->l->code);
  if (!h || !fn)
    return true; /* cannot tell: never call a sentence verbless */
  if (!known(h, lw))
    return true;
  if (any_analysis(g, h, lw, fn))
    return true;
  /* a hyphenated form: pouvez-vous, a-t-il, dit-elle; any part may be
   * the verb */
  if (strchr(lw, '-')) {
    const char *p = lw;
    while (*p) {
      size_t pn = strcspn(p, "-");
      if (pn > 1 && pn < n) {
        char *part = wc_xstrndup(p, pn);
        bool v = maybe_finite_lower(g, part);
        free(part);
        if (v)
          return true;
      }
      p += pn;
      if (*p == '-')
        p++;
    }
  }
  return false;
}

bool wc_garble_maybe_finite(wc_garble *g, const char *w, size_t n,
                            bool sentence_start) {
  char *pl = plain_apostrophes(w, n);
  char *lw = wc_utf8_lower(pl, strlen(pl));
  void *v = wc_map_get(g->verb_cache, lw, strlen(lw));
  bool r;
  if (v) {
    r = v == (void *)1;
  } else {
    r = maybe_finite_lower(g, lw);
    wc_map_put(g->verb_cache, lw, strlen(lw), r ? (void *)1 : (void *)2);
  }
  if (r && sentence_start && strcmp(pl, lw) != 0) {
    /* "West about ...": a capitalized first word the dictionary knows only
     * capitalized is a name, not a verb */
    Hunhandle *h = wc_spelling_handle(g->l);
    if (h && known(h, pl) && !known(h, lw))
      r = false;
  }
  free(lw);
  free(pl);
  return r;
}

/* ---- garble.fragment ---- */

static bool starts_with_phrase(wc_garble *g, const char *list, size_t si) {
  const wc_doc *d = g->d;
  const wc_sentence *s = &d->sentences.v[si];
  const wc_wordlist *wl = wc_lang_list(g->l, list);
  if (!wl->items.n)
    return false;
  char *pl = plain_apostrophes(d->text + s->start, s->end - s->start);
  char *f = wc_utf8_fold(pl, strlen(pl));
  free(pl);
  bool hit = false;
  for (size_t i = 0; i < wl->items.n && !hit; i++) {
    char *p = wc_utf8_fold(wl->items.v[i], strlen(wl->items.v[i]));
    size_t pn = strlen(p);
    hit = strncmp(f, p, pn) == 0 &&
          (f[pn] == '\0' || f[pn] == ' ' || f[pn] == ':' || f[pn] == ',' ||
           (pn > 0 && p[pn - 1] == '\''));
    free(p);
  }
  free(f);
  return hit;
}

bool wc_garble_fragment_candidate(wc_garble *g, size_t si) {
  const wc_doc *d = g->d;
  const wc_sentence *s = &d->sentences.v[si];
  if (g->skip_sent[si] || s->tok_end <= s->tok_first)
    return false;
  /* body text only: headlines, datelines, bylines, captions, lists,
   * tables and block quotes are often verbless by design */
  if (!(wc_garble_sent_scope(d, si) & WC_SCOPE_BODY))
    return false;
  /* a sentence ending in a full stop (a line without one is a subhead) */
  if (!wc_garble_tok_is(d, s->tok_end - 1, "."))
    return false;
  /* a piece broken off the sentence before it: a paragraph's first
   * sentence is left alone ("Patience et longueur de temps." standing
   * as a paragraph is style, not damage) */
  if (si == 0 || d->sentences.v[si - 1].block != s->block)
    return false;
  size_t words = 0, caps = 0;
  for (size_t i = s->tok_first; i < s->tok_end; i++) {
    const wc_token *t = &d->tokens.v[i];
    int32_t cp = wc_garble_tok_cp(d, i);
    /* quotation marks (a quoted exclamation or title), labels, dashes
     * (nominal sentences), brackets, questions */
    if (t->kind == WC_TOK_QUOTE || cp == ':' || cp == '(' || cp == ')' ||
        wc_cp_is_dash(cp) || cp == '?' || cp == '!' || cp == ';' ||
        t->kind == WC_TOK_URL)
      return false;
    if (t->kind != WC_TOK_WORD)
      continue;
    /* a sentence in another script is garble.untranslated's */
    if (t->script != script_of(g->l->code))
      return false;
    if (wc_utf8_count(d->text + t->start, t->end - t->start) >= 2)
      words++;
    if (t->shape == WC_CASE_TITLE || t->shape == WC_CASE_UPPER ||
        t->shape == WC_CASE_MIXED)
      caps++;
  }
  /* three words at least; mostly capitalized is a title or a name list
   * (not in German, which capitalizes every noun) */
  if (words < 3 ||
      (caps * 10 > words * 6 && strcmp(g->l->code, "de") != 0))
    return false;
  return !starts_with_phrase(g, "fragment-ok", si);
}

/* English nouns and verbs share their forms (demand, markets, reform):
 * after a determiner, preposition or possessive, a capitalized or
 * numeral modifier, an adjective (strong: hunspell knows strongly) or a
 * participle (flooded roads), a bare or -s form is a noun.  Only the
 * forms from finite-verbs.txt (went, is, said) are always verbs. */
static bool en_noun_context(wc_garble *g, size_t ti, size_t first) {
  const wc_doc *d = g->d;
  const wc_token *t = &d->tokens.v[ti];
  char *lw = wc_utf8_lower(d->text + t->start, t->end - t->start);
  bool listed = wc_lang_has(g->l, "finite-verbs", lw, strlen(lw));
  free(lw);
  if (listed || ti == first || ti == 0)
    return false;
  const wc_token *p = &d->tokens.v[ti - 1];
  if (p->kind == WC_TOK_NUMBER)
    return true;
  if (p->kind != WC_TOK_WORD || ti - 1 < first)
    return false;
  if (p->shape != WC_CASE_LOWER)
    return ti - 1 != first || p->shape == WC_CASE_UPPER;
  char *pw = wc_utf8_lower(d->text + p->start, p->end - p->start);
  size_t pn = strlen(pw);
  bool noun = wc_lang_has(g->l, "noun-before", pw, pn) ||
              (pn > 3 && ends_with(pw, "ed"));
  if (!noun && pn >= 3 && pn < 60) {
    Hunhandle *h = wc_spelling_handle(g->l);
    char t2[80];
    snprintf(t2, sizeof t2, "%sly", pw);
    if (h && known(h, t2) && !wc_lang_has(g->l, "function-words", pw, pn))
      noun = true;
  }
  free(pw);
  return noun;
}

/* ru, uk: a sentence that ends on an adjective in the nominative has it
 * as its predicate with the copula left out ("Вхід ... безкоштовний.") */
static bool adj_fn(wc_garble *g, Hunhandle *h, const char *w,
                   const analysis *a) {
  (void)g;
  (void)h;
  static const char *const stems[] = {"ий", "ій", "ый", "ой", NULL};
  static const char *const nom[] = {"ий", "ій", "ый", "ой", "ая", "яя",
                                    "ое", "ее", "ые", "ие", "а", "я",
                                    "е", "є", "і", NULL};
  bool adj = false;
  for (size_t i = 0; stems[i] && !adj; i++)
    adj = ends_with(a->stem, stems[i]);
  if (!adj)
    return false;
  for (size_t i = 0; nom[i]; i++)
    if (ends_with(w, nom[i]))
      return true;
  return false;
}

static bool predicate_adjective(wc_garble *g, size_t si) {
  const wc_doc *d = g->d;
  const wc_sentence *s = &d->sentences.v[si];
  if (!wc_garble_cyrillic_lang(g->l->code))
    return false;
  size_t i = s->tok_end;
  while (i > s->tok_first && d->tokens.v[i - 1].kind != WC_TOK_WORD)
    i--;
  if (i == s->tok_first)
    return false;
  const wc_token *t = &d->tokens.v[i - 1];
  Hunhandle *h = wc_spelling_handle(g->l);
  if (!h)
    return false;
  char *lw = wc_utf8_lower(d->text + t->start, t->end - t->start);
  bool r = known(h, lw) && any_analysis(g, h, lw, adj_fn);
  free(lw);
  return r;
}

bool wc_garble_sentence_has_verb(wc_garble *g, size_t si) {
  if (predicate_adjective(g, si))
    return true;
  const wc_doc *d = g->d;
  const wc_sentence *s = &d->sentences.v[si];
  bool german = strcmp(g->l->code, "de") == 0;
  bool english = strcmp(g->l->code, "en") == 0;
  size_t first_word = (size_t)-1;
  for (size_t i = s->tok_first; i < s->tok_end; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->kind != WC_TOK_WORD)
      continue;
    bool start = first_word == (size_t)-1;
    if (start)
      first_word = i;
    if (t->shape == WC_CASE_UPPER)
      continue;
    /* capitalized inside a sentence: a name (a noun in German) */
    if (!start && t->shape != WC_CASE_LOWER)
      continue;
    if (start && german && t->shape == WC_CASE_TITLE &&
        !wc_garble_maybe_finite(g, d->text + t->start, t->end - t->start,
                                true))
      continue; /* German nouns keep their capital at the start too */
    if (!wc_garble_maybe_finite(g, d->text + t->start, t->end - t->start,
                                start))
      continue;
    if (english && en_noun_context(g, i, first_word))
      continue;
    return true;
  }
  return false;
}

void wc_garble_fragment(wc_garble *g) {
  const wc_doc *d = g->d;
  for (size_t si = 0; si < d->sentences.n; si++) {
    if (!wc_garble_fragment_candidate(g, si) ||
        wc_garble_sentence_has_verb(g, si))
      continue;
    const wc_sentence *s = &d->sentences.v[si];
    wc_emit(g->cx, "garble.fragment", s->start, s->end, NULL, 0,
            "'%.*s' has no verb: a fragment broken off a sentence",
            (int)(s->end - s->start), d->text + s->start);
  }
}

/* ---- garble.untranslated ---- */

/* Marks tokens inside quotation marks or brackets (per block). */
static unsigned char *quoted_tokens(const wc_doc *d) {
  unsigned char *q = wc_xcalloc(d->tokens.n ? d->tokens.n : 1, 1);
  int depth = 0, paren = 0;
  size_t cur_block = (size_t)-1;
  for (size_t i = 0; i < d->tokens.n; i++) {
    const wc_token *t = &d->tokens.v[i];
    size_t b = t->sentence < d->sentences.n
                   ? d->sentences.v[t->sentence].block
                   : (size_t)-1;
    if (b != cur_block) {
      depth = paren = 0;
      cur_block = b;
    }
    int32_t cp = wc_garble_tok_cp(d, i);
    if (t->kind == WC_TOK_QUOTE) {
      /* apostrophes glued to a word are not quotes */
      if (wc_garble_quote_opens(d, i))
        depth++;
      else if (depth > 0)
        depth--;
      q[i] = 1;
      continue;
    }
    if (cp == '(' || cp == '[')
      paren++;
    else if ((cp == ')' || cp == ']') && paren > 0)
      paren--;
    q[i] = depth > 0 || paren > 0;
  }
  return q;
}

static wc_script script_of(const char *code) {
  return wc_garble_cyrillic_lang(code) ? WC_SCRIPT_CYRILLIC : WC_SCRIPT_LATIN;
}

static const char *lang_name(const char *code) {
  static const char *const names[][2] = {
      {"en", "English"}, {"de", "German"},    {"fr", "French"},
      {"es", "Spanish"}, {"uk", "Ukrainian"}, {"ru", "Russian"}};
  for (size_t i = 0; i < 6; i++)
    if (strcmp(names[i][0], code) == 0)
      return names[i][1];
  return code;
}

/* Is the word known to language l (as written, or lower-cased at the start
 * of a sentence, or as an English possessive)? -1: no dictionary. */
static int word_known(wc_garble *g, wc_lang *l, const char *w, size_t n,
                      bool start) {
  char *pl = plain_apostrophes(w, n);
  size_t pn = strlen(pl);
  int k = wc_spelling_known(l, pl, pn);
  if (k == 0 && start) {
    char *lw = wc_utf8_lower(pl, pn);
    k = wc_spelling_known(l, lw, strlen(lw));
    free(lw);
  }
  if (k == 0 && pn > 2 && strcmp(l->code, "en") == 0 &&
      strcmp(pl + pn - 2, "'s") == 0)
    k = wc_spelling_known(l, pl, pn - 2);
  if (k == 0 && wc_style_knows_word(g->cx->style, l->code, w, n))
    k = 1;
  free(pl);
  return k;
}

/* Runs of words in another script: "сказал он" in an English story. */
static void other_script(wc_garble *g, const unsigned char *quoted) {
  const wc_doc *d = g->d;
  wc_script want = script_of(g->l->code);
  size_t i = 0;
  while (i < d->tokens.n) {
    const wc_token *t = &d->tokens.v[i];
    if (t->kind != WC_TOK_WORD || t->script == want ||
        t->script == WC_SCRIPT_NONE || t->script == WC_SCRIPT_MIXED ||
        quoted[i] || g->skip_sent[t->sentence]) {
      i++;
      continue;
    }
    size_t first = i, lastw = i, nwords = 0, lower = 0;
    wc_script sc = t->script;
    size_t j = i;
    while (j < d->tokens.n && d->tokens.v[j].sentence == t->sentence) {
      const wc_token *u = &d->tokens.v[j];
      if (u->kind == WC_TOK_WORD) {
        if (u->script != sc || quoted[j])
          break;
        nwords++;
        lastw = j;
        if (u->shape == WC_CASE_LOWER &&
            wc_utf8_count(d->text + u->start, u->end - u->start) >= 2 &&
            !wc_lang_has(g->l, "untranslated-ok", d->text + u->start,
                         u->end - u->start))
          lower++;
      } else if (!(u->kind == WC_TOK_PUNCT &&
                   wc_garble_tok_cp(d, j) == ',')) {
        break;
      }
      j++;
    }
    const wc_token *a = &d->tokens.v[first], *b = &d->tokens.v[lastw];
    size_t letters = wc_utf8_count(d->text + a->start, b->end - a->start);
    if (lower > 0 && (nwords >= 2 || letters >= 4)) {
      const char *what = sc == WC_SCRIPT_CYRILLIC ? "Cyrillic"
                         : sc == WC_SCRIPT_LATIN  ? "Latin"
                         : sc == WC_SCRIPT_GREEK  ? "Greek"
                                                  : "another";
      wc_emit(g->cx, "garble.untranslated", a->start, b->end, NULL, 0,
              "'%.*s' is in %s script in a story in %s: left untranslated?",
              (int)(b->end - a->start), d->text + a->start, what,
              lang_name(g->l->code));
    }
    i = lastw + 1;
  }
}

typedef struct urun {
  size_t first, last; /* token indices */
  size_t foreign;
  const char *lang;
} urun;

/* Runs of words another language of the same script knows and the
 * target does not: a German clause in an English story. */
static void same_script(wc_garble *g, const unsigned char *quoted) {
  const wc_doc *d = g->d;
  wc_script want = script_of(g->l->code);
  const char *const *all = wc_languages();
  wc_lang *others[6];
  size_t nothers = 0;
  int8_t *kt = wc_xcalloc(d->tokens.n ? d->tokens.n : 1, 1);
  int8_t *ko = wc_xcalloc(d->tokens.n ? d->tokens.n : 1, 1);
  for (size_t i = 0; all[i]; i++)
    if (strcmp(all[i], g->l->code) != 0 && script_of(all[i]) == want)
      others[nothers++] = NULL;
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *s = &d->sentences.v[si];
    if (g->skip_sent[si] || (wc_garble_sent_scope(d, si) & WC_SCOPE_TABLE))
      continue;
    /* first: the words the target does not know; most sentences stop
     * here without waking another dictionary */
    size_t unknown = 0, unknown_lower = 0;
    size_t first_word = (size_t)-1;
    for (size_t i = s->tok_first; i < s->tok_end; i++) {
      const wc_token *t = &d->tokens.v[i];
      kt[i] = -2;
      if (t->kind != WC_TOK_WORD || t->script != want || quoted[i] ||
          t->shape == WC_CASE_UPPER)
        continue;
      if (first_word == (size_t)-1)
        first_word = i;
      if (wc_utf8_count(d->text + t->start, t->end - t->start) < 2)
        continue;
      int k = word_known(g, g->l, d->text + t->start, t->end - t->start,
                         i == first_word);
      if (k < 0)
        goto done; /* no dictionary for the target */
      kt[i] = (int8_t)k;
      if (k == 0) {
        unknown++;
        if (t->shape == WC_CASE_LOWER)
          unknown_lower++;
      }
    }
    if (unknown < 2 || unknown_lower < 1)
      continue;
    WC_VEC(urun) runs = {0};
    size_t oi = 0;
    for (size_t li = 0; all[li]; li++) {
      if (strcmp(all[li], g->l->code) == 0 || script_of(all[li]) != want)
        continue;
      if (!others[oi])
        others[oi] = wc_engine_lang(g->cx->engine, all[li]);
      wc_lang *L = others[oi++];
      if (!L)
        continue;
      /* classify against L: 1 known to L, 0 not, -2 not a candidate */
      for (size_t i = s->tok_first; i < s->tok_end; i++) {
        ko[i] = -2;
        if (kt[i] == -2)
          continue;
        int k = word_known(g, L, d->text + d->tokens.v[i].start,
                           d->tokens.v[i].end - d->tokens.v[i].start,
                           i == first_word);
        if (k < 0)
          break;
        ko[i] = (int8_t)k;
      }
      size_t i = s->tok_first;
      while (i < s->tok_end) {
        if (ko[i] != 1) {
          i++;
          continue;
        }
        /* a run of words L knows, through commas and hyphens only */
        size_t j = i, lastw = i;
        while (j < s->tok_end) {
          const wc_token *t = &d->tokens.v[j];
          if (t->kind == WC_TOK_WORD) {
            if (ko[j] != 1)
              break;
            lastw = j;
          } else if (!(t->kind == WC_TOK_PUNCT &&
                       wc_garble_tok_cp(d, j) == ',')) {
            break;
          }
          j++;
        }
        /* trim words both languages know from the ends */
        size_t a = i, b = lastw;
        while (a < b && kt[a] == 1)
          a++;
        while (b > a && kt[b] == 1)
          b--;
        /* a capitalized run inside a sentence is a name: "Place des
         * martyrs de la résistance", "Pays de la vallée" (in German every
         * noun is capitalized: there the run's own first word decides) */
        size_t head = strcmp(L->code, "de") == 0 ? i : a;
        if (head != first_word && d->tokens.v[head].shape != WC_CASE_LOWER) {
          i = j > i ? j : i + 1;
          continue;
        }
        size_t len = 0, foreign = 0, foreign_lower = 0;
        for (size_t k = a; k <= b; k++) {
          if (d->tokens.v[k].kind != WC_TOK_WORD)
            continue;
          len++;
          if (kt[k] == 0) {
            foreign++;
            if (d->tokens.v[k].shape == WC_CASE_LOWER)
              foreign_lower++;
          }
        }
        if (len >= 3 && foreign >= 2 && foreign * 2 >= len &&
            (foreign >= 3 || len >= 4) && foreign_lower >= 1) {
          urun r = {a, b, foreign, L->code};
          WC_VEC_PUSH(runs, r);
        }
        i = j > i ? j : i + 1;
      }
    }
    /* the best language for overlapping runs */
    for (size_t r = 0; r < runs.n; r++) {
      bool best = true;
      for (size_t q = 0; q < runs.n && best; q++) {
        if (q == r || runs.v[q].last < runs.v[r].first ||
            runs.v[q].first > runs.v[r].last)
          continue;
        if (runs.v[q].foreign > runs.v[r].foreign ||
            (runs.v[q].foreign == runs.v[r].foreign && q < r))
          best = false;
      }
      if (!best)
        continue;
      const wc_token *a = &d->tokens.v[runs.v[r].first];
      const wc_token *b = &d->tokens.v[runs.v[r].last];
      wc_emit(g->cx, "garble.untranslated", a->start, b->end, NULL, 0,
              "'%.*s' looks like %s left untranslated (the story is in %s)",
              (int)(b->end - a->start), d->text + a->start,
              lang_name(runs.v[r].lang), lang_name(g->l->code));
    }
    WC_VEC_FREE(runs);
  }
done:
  free(kt);
  free(ko);
}

void wc_garble_untranslated(wc_garble *g) {
  unsigned char *quoted = quoted_tokens(g->d);
  other_script(g, quoted);
  same_script(g, quoted);
  free(quoted);
}

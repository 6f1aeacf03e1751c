/* lang.c -- language profiles and detection. */
#include "lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const languages[] = {"en", "de", "fr", "es", "uk", "ru",
                                        NULL};

const char *const *wc_languages(void) { return languages; }

bool wc_lang_supported(const char *code) {
  for (size_t i = 0; languages[i]; i++)
    if (code && strcmp(code, languages[i]) == 0)
      return true;
  return false;
}

wc_lang *wc_lang_new(const char *data_dir, const char *code) {
  wc_lang *l = wc_xcalloc(1, sizeof *l);
  snprintf(l->code, sizeof l->code, "%s", code);
  l->data_dir = wc_xstrdup(data_dir);
  l->dir = wc_xasprintf("%s/%s", data_dir, code);
  l->lists = wc_map_new();
  l->spell_cache = wc_map_new();
  return l;
}

static void free_list(void *p) {
  wc_wordlist *w = p;
  if (!w)
    return;
  wc_map_free(w->set, NULL);
  for (size_t i = 0; i < w->items.n; i++)
    free(w->items.v[i]);
  WC_VEC_FREE(w->items);
  free(w);
}


void wc_lang_free(wc_lang *l) {
  if (!l)
    return;
  wc_map_free(l->lists, free_list);
  wc_map_free(l->spell_cache, wc_spelling_free_entry);
  wc_map_free(l->profile, free);
  if (l->hunspell)
    wc_spelling_free_handle(l->hunspell);
  if (l->grammar)
    wc_garble_grammar_free(l->grammar);
  free(l->dir);
  free(l->data_dir);
  free(l);
}

static size_t count_words(const char *s) {
  size_t n = 0;
  bool in = false;
  for (; *s; s++) {
    bool sp = *s == ' ' || *s == '\t';
    if (!sp && !in)
      n++;
    in = !sp;
  }
  return n;
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
               s[n - 1] == '\n'))
    s[--n] = '\0';
  return s;
}

const wc_wordlist *wc_lang_list(wc_lang *l, const char *name) {
  wc_wordlist *w = wc_map_get(l->lists, name, strlen(name));
  if (w)
    return w;
  w = wc_xcalloc(1, sizeof *w);
  w->set = wc_map_new();
  char *path = wc_xasprintf("%s/%s.txt", l->dir, name);
  FILE *f = fopen(path, "r");
  if (f) {
    char line[1024];
    while (fgets(line, sizeof line, f)) {
      char *t = trim(line);
      if (!*t || *t == '#')
        continue;
      WC_VEC_PUSH(w->items, wc_xstrdup(t));
      char *folded = wc_utf8_fold(t, strlen(t));
      wc_map_put(w->set, folded, strlen(folded), (void *)1);
      free(folded);
      size_t nw = count_words(t);
      if (nw > w->max_words)
        w->max_words = nw;
    }
    fclose(f);
  }
  free(path);
  wc_map_put(l->lists, name, strlen(name), w);
  return w;
}

bool wc_lang_has(wc_lang *l, const char *list, const char *s, size_t n) {
  const wc_wordlist *w = wc_lang_list(l, list);
  if (!wc_map_count(w->set))
    return false;
  /* fast path: ASCII lower-case needs no folding */
  bool plain = true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
      plain = false;
      break;
    }
  }
  if (plain)
    return wc_map_has(w->set, s, n);
  char *f = wc_utf8_fold(s, n);
  bool r = wc_map_has(w->set, f, strlen(f));
  free(f);
  return r;
}

const char *wc_lang_profile(wc_lang *l, const char *key) {
  if (!l->profile) {
    l->profile = wc_map_new();
    char *path = wc_xasprintf("%s/profile.txt", l->dir);
    FILE *f = fopen(path, "r");
    if (f) {
      char line[1024];
      while (fgets(line, sizeof line, f)) {
        char *t = trim(line);
        if (!*t || *t == '#')
          continue;
        char *eq = strchr(t, '=');
        if (!eq)
          continue;
        *eq = '\0';
        char *k = trim(t), *v = trim(eq + 1);
        free(wc_map_put(l->profile, k, strlen(k), wc_xstrdup(v)));
      }
      fclose(f);
    }
    free(path);
  }
  return wc_map_get(l->profile, key, strlen(key));
}

/* ---- detection ----
 *
 * The script whose function words occur most (else the one with most
 * letters) picks the candidates (Latin: en de fr es; Cyrillic: uk ru).  Each candidate scores the share of the text's words
 * found in its stopwords.txt, plus three times the share of letters only
 * it uses, minus three times the share of letters only the others use:
 *   de  ä ö ü ß            fr  à â ç è ê ë î ï ô û ù œ ÿ
 *   es  ñ á í ó ú ¿ ¡      uk  і ї є ґ      ru  ы э ъ ё
 * (é counts a third for fr: it is common in French, rarer in Spanish).
 * English has no letters of its own: its stopwords decide.  Letters weigh
 * little on an article (names like Müller do not tip a French text) and
 * decide a short one.  No evidence at all, or a tie, gives NULL. */

enum { DL_EN, DL_DE, DL_FR, DL_ES, DL_UK, DL_RU, DL_N };

static int detect_index(const char *code) {
  static const char *const codes[DL_N] = {"en", "de", "fr", "es", "uk", "ru"};
  for (int i = 0; i < DL_N; i++)
    if (strcmp(code, codes[i]) == 0)
      return i;
  return -1;
}

/* Which language a letter (lower-cased) marks, or -1. */
static int marked_letter(int32_t lc) {
  switch (lc) {
  case 0xE4: case 0xF6: case 0xFC: case 0xDF: /* ä ö ü ß */
    return DL_DE;
  case 0xE0: case 0xE2: case 0xE7: case 0xE8: case 0xEA: case 0xEB:
  case 0xEE: case 0xEF: case 0xF4: case 0xFB: case 0xF9: case 0x153:
  case 0xFF: /* à â ç è ê ë î ï ô û ù œ ÿ */
    return DL_FR;
  case 0xF1: case 0xE1: case 0xED: case 0xF3: case 0xFA:
  case 0xBF: case 0xA1: /* ñ á í ó ú ¿ ¡ */
    return DL_ES;
  case 0x456: case 0x457: case 0x454: case 0x491: /* і ї є ґ */
    return DL_UK;
  case 0x44B: case 0x44D: case 0x44A: case 0x451: /* ы э ъ ё */
    return DL_RU;
  }
  return -1;
}

const char *wc_lang_detect(wc_lang *const *langs, size_t nlangs,
                           const char *text, size_t n) {
  size_t letters[WC_SCRIPT_MIXED + 1] = {0};
  size_t words[WC_SCRIPT_MIXED + 1] = {0};
  size_t marked[DL_N] = {0};
  double hits[16] = {0};
  const wc_map *sets[16] = {0};
  if (nlangs > 16)
    nlangs = 16;
  for (size_t l = 0; l < nlangs; l++)
    sets[l] = wc_lang_list(langs[l], "stopwords")->set;
  /* the first 20,000 bytes are plenty for an article */
  if (n > 20000)
    n = 20000;
  size_t i = 0;
  while (i < n) {
    int32_t cp;
    size_t k = wc_utf8_decode(text + i, n - i, &cp);
    if (cp == 0xBF || cp == 0xA1) { /* ¿ ¡ */
      marked[DL_ES]++;
      i += k;
      continue;
    }
    if (!wc_cp_is_letter(cp) || cp == 0x2BC) {
      i += k;
      continue;
    }
    size_t s = i;
    wc_script script = WC_SCRIPT_NONE;
    while (i < n) {
      k = wc_utf8_decode(text + i, n - i, &cp);
      if (cp == 0x2BC || (!wc_cp_is_letter(cp) && !wc_cp_is_mark(cp)))
        break;
      wc_script sc = wc_cp_script(cp);
      if (sc != WC_SCRIPT_NONE) {
        letters[sc]++;
        script = script == WC_SCRIPT_NONE || script == sc ? sc
                                                          : WC_SCRIPT_MIXED;
      }
      int32_t lc = wc_cp_lower(cp);
      int m = marked_letter(lc);
      if (m >= 0)
        marked[m] += 3;
      else if (lc == 0xE9)
        marked[DL_FR] += 1; /* é: French mostly, Spanish too */
      i += k;
    }
    words[script]++;
    char *f = wc_utf8_fold(text + s, i - s);
    size_t fn = strlen(f);
    for (size_t l = 0; l < nlangs; l++)
      if (wc_map_has(sets[l], f, fn))
        hits[l] += 1;
    free(f);
  }
  /* the script whose function words are found more often, else the one
   * with more letters: a Ukrainian story full of Latin names is still
   * Cyrillic */
  double hits_lat = 0, hits_cyr = 0;
  for (size_t l = 0; l < nlangs; l++) {
    int x = detect_index(langs[l]->code);
    if (x == DL_UK || x == DL_RU) {
      if (hits[l] > hits_cyr)
        hits_cyr = hits[l];
    } else if (x >= 0 && hits[l] > hits_lat) {
      hits_lat = hits[l];
    }
  }
  bool cyrillic = hits_cyr != hits_lat
                      ? hits_cyr > hits_lat
                      : letters[WC_SCRIPT_CYRILLIC] > letters[WC_SCRIPT_LATIN];
  wc_script want = cyrillic ? WC_SCRIPT_CYRILLIC : WC_SCRIPT_LATIN;
  size_t nw = words[want];
  size_t nl = letters[want];
  if (nw < 3 || nl == 0)
    return NULL;
  const char *best = NULL;
  double best_score = 0, second = 0;
  bool evidence = false;
  for (size_t l = 0; l < nlangs; l++) {
    int x = detect_index(langs[l]->code);
    if (x < 0)
      continue;
    bool is_cyr = x == DL_UK || x == DL_RU;
    if (is_cyr != cyrillic)
      continue;
    double own = 0, others = 0;
    for (int m = 0; m < DL_N; m++) {
      bool m_cyr = m == DL_UK || m == DL_RU;
      if (m_cyr != cyrillic)
        continue;
      if (m == x)
        own += (double)marked[m];
      else
        others += (double)marked[m];
    }
    if (hits[l] > 0 || own > 0)
      evidence = true;
    /* marked counts thirds of a letter (é counts one third for fr) */
    double score = hits[l] / (double)nw + (own - others) / (double)nl;
    if (!best || score > best_score) {
      second = best ? best_score : score - 1;
      best_score = score;
      best = langs[l]->code;
    } else if (score > second) {
      second = score;
    }
  }
  if (!evidence || !best || best_score <= second)
    return NULL;
  return best;
}

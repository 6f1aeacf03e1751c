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

/* ---- detection ---- */

const char *wc_lang_detect(wc_lang *const *langs, size_t nlangs,
                           const char *text, size_t n) {
  size_t latin = 0, cyr = 0;
  size_t uk_letters = 0, ru_letters = 0;
  double hits[16] = {0};
  size_t words = 0;
  if (nlangs > 16)
    nlangs = 16;
  size_t i = 0;
  /* look at the first 20,000 bytes: plenty for an article */
  if (n > 20000)
    n = 20000;
  while (i < n) {
    int32_t cp;
    size_t k = wc_utf8_decode(text + i, n - i, &cp);
    if (!wc_cp_is_letter(cp) && cp != '\'' && cp != 0x2019) {
      i += k;
      continue;
    }
    size_t s = i;
    while (i < n) {
      k = wc_utf8_decode(text + i, n - i, &cp);
      if (!wc_cp_is_letter(cp) && !wc_cp_is_mark(cp))
        break;
      wc_script sc = wc_cp_script(cp);
      if (sc == WC_SCRIPT_LATIN)
        latin++;
      else if (sc == WC_SCRIPT_CYRILLIC) {
        cyr++;
        int32_t lc = wc_cp_lower(cp);
        if (lc == 0x456 || lc == 0x457 || lc == 0x454 || lc == 0x491)
          uk_letters++; /* і ї є ґ */
        else if (lc == 0x44B || lc == 0x44D || lc == 0x44A || lc == 0x451)
          ru_letters++; /* ы э ъ ё */
      }
      i += k;
    }
    if (i == s) {
      i++;
      continue;
    }
    words++;
    for (size_t l = 0; l < nlangs; l++)
      if (wc_lang_has(langs[l], "stopwords", text + s, i - s))
        hits[l] += 1;
  }
  if (words < 3)
    return NULL;
  bool cyrillic = cyr > latin;
  const char *best = NULL;
  double best_score = -1;
  for (size_t l = 0; l < nlangs; l++) {
    const char *c = langs[l]->code;
    bool is_cyr = strcmp(c, "uk") == 0 || strcmp(c, "ru") == 0;
    if (is_cyr != cyrillic)
      continue;
    double score = hits[l] / (double)words;
    if (strcmp(c, "uk") == 0)
      score += 3.0 * (double)uk_letters / (double)(cyr + 1);
    if (strcmp(c, "ru") == 0)
      score += 3.0 * (double)ru_letters / (double)(cyr + 1);
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

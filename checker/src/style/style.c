/* style.c -- the house-style loader: reads the XML with libxml2 (no
 * network, no entities, no DTD), validates it against
 * dictionaries/schema/house-style.rng, follows extends="..." to the style
 * it builds on, and compiles each language's names, variants, exceptions
 * and rules into the lookup tables the names and style checks use.
 *
 * A broken file is refused with its path, line and column in wc_error
 * (WC_ERR_CONFIG).  docs/house-style.md describes the format. */
#include "style.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

#include "../core/translit.h"

#define NLANG 6
static const char *const lang_codes[NLANG] = {"en", "de", "fr", "es",
                                              "uk", "ru"};

typedef WC_VEC(char *) strv;
typedef WC_VEC(size_t) idxv;

/* ---- the style as read (before compiling) ---- */

typedef struct sexample {
  char *rule;
  char *wrong, *right;
  const char *file;
  size_t line;
} sexample;

typedef struct svariant {
  char *text;
  strv cases;
} svariant;

typedef struct ssource {
  char lang[8];
  char *text;
} ssource;

typedef struct sname {
  char *id, *canonical, *short_form, *note;
  strv cases;
  WC_VEC(svariant) variants;
  WC_VEC(ssource) sources;
  strv titles, excepts, accepts;
  wc_entity_type type;
  wc_gender gender;
  WC_VEC(sexample) examples;
  const char *file;
  size_t line;
} sname;

typedef struct srule {
  wc_style_rule_kind kind;
  strv terms, longs, near, followed;
  char *prefer, *message;
  size_t window;
  int severity; /* -1: none */
  WC_VEC(sexample) examples;
} srule;

typedef struct slang {
  char code[8];
  bool has_quotes;
  char *quotes[4];
  bool has_title_words, title_compound;
  strv title_words;
  WC_VEC(sname) names;
  WC_VEC(srule) rules;

  /* compiled */
  wc_style_name *pub;
  size_t npub;
  WC_VEC(wc_style_form) forms;
  wc_map *first; /* folded first word -> idxv* */
  wc_map *stems; /* folded stem -> idxv* */
  WC_VEC(wc_style_except) excepts;
  wc_style_rule *crules;
  size_t ncrules;
  wc_map *words;  /* folded word -> 1 */
  wc_map *twords; /* folded title word -> 1 */
  wc_map *supp;   /* words of data_dir/<lang>/wire.dic, as written */
} slang;

struct wc_style {
  char *path;
  slang langs[NLANG];
  wc_map *sev; /* rule id -> (void *)(severity + 1) */
  WC_VEC(wc_style_example) examples;
  WC_VEC(void *) pool; /* strings and arrays freed with the style */
};

/* ---- memory ---- */

static void *pool_add(wc_style *s, void *p) {
  WC_VEC_PUSH(s->pool, p);
  return p;
}
static char *pdup(wc_style *s, const char *t) {
  return pool_add(s, wc_xstrdup(t));
}
static void *pcalloc(wc_style *s, size_t n, size_t size) {
  return pool_add(s, wc_xcalloc(n ? n : 1, size));
}

static void free_idxv(void *p) {
  idxv *v = p;
  if (!v)
    return;
  WC_VEC_FREE(*v);
  free(v);
}

static void sname_free(sname *n) {
  WC_VEC_FREE(n->cases);
  for (size_t i = 0; i < n->variants.n; i++)
    WC_VEC_FREE(n->variants.v[i].cases);
  WC_VEC_FREE(n->variants);
  WC_VEC_FREE(n->sources);
  WC_VEC_FREE(n->titles);
  WC_VEC_FREE(n->excepts);
  WC_VEC_FREE(n->accepts);
  WC_VEC_FREE(n->examples);
}

static void srule_free(srule *r) {
  WC_VEC_FREE(r->terms);
  WC_VEC_FREE(r->longs);
  WC_VEC_FREE(r->near);
  WC_VEC_FREE(r->followed);
  WC_VEC_FREE(r->examples);
}

void wc_style_free(wc_style *s) {
  if (!s)
    return;
  for (size_t l = 0; l < NLANG; l++) {
    slang *L = &s->langs[l];
    WC_VEC_FREE(L->title_words);
    for (size_t i = 0; i < L->names.n; i++)
      sname_free(&L->names.v[i]);
    WC_VEC_FREE(L->names);
    for (size_t i = 0; i < L->rules.n; i++)
      srule_free(&L->rules.v[i]);
    WC_VEC_FREE(L->rules);
    WC_VEC_FREE(L->forms);
    wc_map_free(L->first, free_idxv);
    wc_map_free(L->stems, free_idxv);
    WC_VEC_FREE(L->excepts);
    wc_map_free(L->words, NULL);
    wc_map_free(L->twords, NULL);
    wc_map_free(L->supp, NULL);
  }
  wc_map_free(s->sev, NULL);
  WC_VEC_FREE(s->examples);
  for (size_t i = 0; i < s->pool.n; i++)
    free(s->pool.v[i]);
  WC_VEC_FREE(s->pool);
  free(s->path);
  free(s);
}

/* ---- text helpers ---- */

char *wc_style_fold(const char *s, size_t n) {
  char *f = wc_utf8_fold(s, n);
  /* ASCII needs no apostrophe or hyphen mapping: the folded copy is it */
  bool ascii = true;
  for (const char *p = f; *p; p++)
    if ((unsigned char)*p >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii)
    return f;
  wc_buf b;
  wc_buf_init(&b);
  size_t fn = strlen(f);
  for (size_t i = 0; i < fn;) {
    int32_t cp;
    size_t k = wc_utf8_decode(f + i, fn - i, &cp);
    if (cp == 0x2019 || cp == 0x2BC || cp == 0x2018)
      wc_buf_putc(&b, '\'');
    else if (cp == 0x2010 || cp == 0x2011)
      wc_buf_putc(&b, '-');
    else
      wc_buf_add(&b, f + i, k);
    i += k;
  }
  free(f);
  return wc_buf_steal(&b);
}

/* Trims and collapses white space, NFC-normalizes; caller frees. */
static char *clean_text(const char *s) {
  wc_buf b;
  wc_buf_init(&b);
  bool space = false;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
      space = b.len > 0;
    } else {
      if (space)
        wc_buf_putc(&b, ' ');
      space = false;
      wc_buf_add(&b, s + i, k);
    }
    i += k;
  }
  char *raw = wc_buf_steal(&b);
  char *nfc = wc_utf8_nfc(raw, strlen(raw));
  free(raw);
  return nfc;
}

static bool first_is_upper(const char *s) {
  int32_t cp;
  wc_utf8_decode(s, strlen(s), &cp);
  return cp >= 0 && wc_cp_is_upper(cp);
}

/* Splits a cleaned phrase at spaces into folded words (pooled). */
static void fold_words(wc_style *st, const char *text, char ***words_out,
                       size_t *n_out) {
  size_t n = 1;
  for (const char *p = text; *p; p++)
    if (*p == ' ')
      n++;
  char **w = pcalloc(st, n, sizeof(char *));
  size_t k = 0;
  const char *p = text;
  while (*p) {
    const char *sp = strchr(p, ' ');
    size_t len = sp ? (size_t)(sp - p) : strlen(p);
    if (len)
      w[k++] = pool_add(st, wc_style_fold(p, len));
    p += len + (sp ? 1 : 0);
  }
  *words_out = w;
  *n_out = k;
}

static void make_phrase(wc_style *st, const char *text, wc_style_phrase *ph) {
  ph->text = text;
  fold_words(st, text, &ph->words, &ph->nwords);
}

/* ---- errors from libxml2 ---- */

typedef struct xerr {
  bool set;
  char msg[400];
  size_t line;
  char node[64];
} xerr;

static void capture(void *ud, xmlErrorPtr e) {
  xerr *x = ud;
  if (x->set || !e)
    return;
  x->set = true;
  snprintf(x->msg, sizeof x->msg, "%s", e->message ? e->message : "error");
  size_t n = strlen(x->msg);
  while (n && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
    x->msg[--n] = '\0';
  x->line = e->line > 0 ? (size_t)e->line : 0;
  x->node[0] = '\0';
  if (e->node) {
    xmlNodePtr nd = e->node;
    if (nd->type == XML_ELEMENT_NODE && nd->name)
      snprintf(x->node, sizeof x->node, "%s", (const char *)nd->name);
    if (!x->line)
      x->line = (size_t)xmlGetLineNo(nd);
  }
}

/* The column where <elem starts on line `line` of data, or 1. */
static size_t column_of(const char *data, size_t len, size_t line,
                        const char *elem) {
  size_t l = 1, i = 0;
  while (i < len && l < line) {
    if (data[i] == '\n')
      l++;
    i++;
  }
  size_t end = i;
  while (end < len && data[end] != '\n')
    end++;
  if (elem && *elem) {
    char pat[80];
    snprintf(pat, sizeof pat, "<%s", elem);
    size_t pn = strlen(pat);
    for (size_t j = i; j + pn <= end; j++)
      if (memcmp(data + j, pat, pn) == 0 &&
          (j + pn == end || data[j + pn] == ' ' || data[j + pn] == '>' ||
           data[j + pn] == '/' || data[j + pn] == '\t' ||
           data[j + pn] == '\r'))
        return wc_utf8_count(data + i, j - i) + 1;
  }
  /* first non-blank character of the line */
  size_t j = i;
  while (j < end && (data[j] == ' ' || data[j] == '\t'))
    j++;
  return wc_utf8_count(data + i, j - i) + 1;
}

/* ---- reading one file ---- */

typedef struct loader {
  wc_style *st;
  const char *data_dir;
  xmlRelaxNGPtr schema;
  wc_error *err;
  /* the file being read */
  const char *file; /* pooled */
  const char *data;
  size_t len;
} loader;

static wc_status node_fail(loader *ld, xmlNodePtr nd, const char *fmt, ...)
    WC_PRINTF(3, 4);
static wc_status node_fail(loader *ld, xmlNodePtr nd, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  size_t line = nd ? (size_t)xmlGetLineNo(nd) : 0;
  size_t col = line ? column_of(ld->data, ld->len, line,
                                nd && nd->name ? (const char *)nd->name : NULL)
                    : 0;
  return wc_fail(ld->err, WC_ERR_CONFIG, ld->file, line, col, "%s", msg);
}

static char *attr(xmlNodePtr nd, const char *name) {
  xmlChar *v = xmlGetProp(nd, (const xmlChar *)name);
  if (!v)
    return NULL;
  char *c = clean_text((const char *)v);
  xmlFree(v);
  return c;
}

static char *pattr(loader *ld, xmlNodePtr nd, const char *name) {
  char *c = attr(nd, name);
  return c ? pool_add(ld->st, c) : NULL;
}

static char *ptext(loader *ld, xmlNodePtr nd) {
  xmlChar *v = xmlNodeGetContent(nd);
  char *c = clean_text(v ? (const char *)v : "");
  if (v)
    xmlFree(v);
  return pool_add(ld->st, c);
}

static bool is_el(xmlNodePtr nd, const char *name) {
  return nd->type == XML_ELEMENT_NODE &&
         strcmp((const char *)nd->name, name) == 0;
}

static void split_cases(loader *ld, const char *s, strv *out) {
  /* case forms are separated by '|' when one has a space, else by spaces */
  const char *sep = strchr(s, '|') ? "|" : " ";
  char *copy = wc_xstrdup(s);
  char *save = NULL;
  for (char *t = strtok_r(copy, sep, &save); t; t = strtok_r(NULL, sep, &save)) {
    char *c = clean_text(t);
    if (*c)
      WC_VEC_PUSH(*out, (char *)pool_add(ld->st, c));
    else
      free(c);
  }
  free(copy);
}

static wc_status read_example(loader *ld, xmlNodePtr nd, const char *rule,
                              sexample *ex) {
  memset(ex, 0, sizeof *ex);
  char *r = pattr(ld, nd, "rule");
  ex->rule = r ? r : pdup(ld->st, rule);
  ex->file = ld->file;
  ex->line = (size_t)xmlGetLineNo(nd);
  for (xmlNodePtr c = nd->children; c; c = c->next) {
    if (is_el(c, "wrong"))
      ex->wrong = ptext(ld, c);
    else if (is_el(c, "right"))
      ex->right = ptext(ld, c);
  }
  if (!ex->wrong || !ex->right || !*ex->wrong || !*ex->right)
    return node_fail(ld, nd, "an example needs a wrong and a right sentence");
  return WC_OK;
}

static wc_status read_name(loader *ld, xmlNodePtr nd, sname *n) {
  memset(n, 0, sizeof *n);
  n->file = ld->file;
  n->line = (size_t)xmlGetLineNo(nd);
  n->id = pattr(ld, nd, "id");
  n->canonical = pattr(ld, nd, "canonical");
  n->short_form = pattr(ld, nd, "short");
  n->note = pattr(ld, nd, "note");
  if (!n->canonical || !*n->canonical)
    return node_fail(ld, nd, "a name needs a canonical form");
  char *type = attr(nd, "type");
  n->type = WC_ENT_OTHER;
  if (type) {
    if (strcmp(type, "person") == 0)
      n->type = WC_ENT_PERSON;
    else if (strcmp(type, "place") == 0)
      n->type = WC_ENT_PLACE;
    else if (strcmp(type, "organization") == 0)
      n->type = WC_ENT_ORG;
    free(type);
  }
  char *g = attr(nd, "gender");
  if (g) {
    n->gender = strcmp(g, "female") == 0 ? WC_GENDER_FEMALE : WC_GENDER_MALE;
    free(g);
  }
  char *cases = attr(nd, "cases");
  if (cases) {
    split_cases(ld, cases, &n->cases);
    free(cases);
  }
  for (xmlNodePtr c = nd->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (is_el(c, "variant")) {
      svariant v = {0};
      v.text = ptext(ld, c);
      char *vc = attr(c, "cases");
      if (vc) {
        split_cases(ld, vc, &v.cases);
        free(vc);
        if (v.cases.n != n->cases.n) {
          WC_VEC_FREE(v.cases);
          return node_fail(ld, c,
                           "variant '%s' gives %zu case forms but its name "
                           "'%s' gives %zu; they must line up",
                           v.text, v.cases.n, n->canonical, n->cases.n);
        }
      }
      WC_VEC_PUSH(n->variants, v);
    } else if (is_el(c, "source")) {
      ssource s = {{0}, NULL};
      char *l = attr(c, "lang");
      snprintf(s.lang, sizeof s.lang, "%s", l ? l : "");
      free(l);
      s.text = ptext(ld, c);
      WC_VEC_PUSH(n->sources, s);
    } else if (is_el(c, "title")) {
      WC_VEC_PUSH(n->titles, ptext(ld, c));
    } else if (is_el(c, "except")) {
      WC_VEC_PUSH(n->excepts, ptext(ld, c));
    } else if (is_el(c, "accept")) {
      WC_VEC_PUSH(n->accepts, ptext(ld, c));
    } else if (is_el(c, "example")) {
      sexample ex;
      wc_status st = read_example(ld, c, "names.house-form", &ex);
      if (st != WC_OK)
        return st;
      WC_VEC_PUSH(n->examples, ex);
    }
  }
  return WC_OK;
}

static int parse_level(const char *s) {
  if (!s)
    return -1;
  if (strcmp(s, "error") == 0)
    return WC_SEV_ERROR;
  if (strcmp(s, "warning") == 0)
    return WC_SEV_WARNING;
  if (strcmp(s, "info") == 0)
    return WC_SEV_INFO;
  return -1;
}

static const char *rule_id_of(wc_style_rule_kind k) {
  switch (k) {
  case WC_RULE_AVOID: return "style.avoid";
  case WC_RULE_CALQUE: return "style.calque";
  case WC_RULE_ACRONYM: return "style.acronym";
  }
  return "style.avoid";
}

static wc_status read_rule(loader *ld, xmlNodePtr nd, wc_style_rule_kind kind,
                           srule *r) {
  memset(r, 0, sizeof *r);
  r->kind = kind;
  r->window = 8;
  char *sev = attr(nd, "severity");
  r->severity = parse_level(sev);
  free(sev);
  char *w = attr(nd, "window");
  if (w) {
    long v = strtol(w, NULL, 10);
    r->window = v > 0 && v < 100 ? (size_t)v : 8;
    free(w);
  }
  if (kind == WC_RULE_ACRONYM) {
    WC_VEC_PUSH(r->terms, pattr(ld, nd, "short"));
    r->prefer = pattr(ld, nd, "long");
    WC_VEC_PUSH(r->longs, r->prefer);
  }
  for (xmlNodePtr c = nd->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (is_el(c, "term") || is_el(c, "phrase"))
      WC_VEC_PUSH(r->terms, ptext(ld, c));
    else if (is_el(c, "prefer") || is_el(c, "replace"))
      r->prefer = ptext(ld, c);
    else if (is_el(c, "long"))
      WC_VEC_PUSH(r->longs, ptext(ld, c));
    else if (is_el(c, "near"))
      WC_VEC_PUSH(r->near, ptext(ld, c));
    else if (is_el(c, "followed-by"))
      WC_VEC_PUSH(r->followed, ptext(ld, c));
    else if (is_el(c, "message"))
      r->message = ptext(ld, c);
    else if (is_el(c, "example")) {
      sexample ex;
      wc_status st = read_example(ld, c, rule_id_of(kind), &ex);
      if (st != WC_OK)
        return st;
      WC_VEC_PUSH(r->examples, ex);
    }
  }
  for (size_t i = 0; i < r->terms.n; i++)
    if (!r->terms.v[i] || !*r->terms.v[i])
      return node_fail(ld, nd, "an empty term");
  return WC_OK;
}

static slang *lang_of(wc_style *s, const char *code) {
  for (size_t i = 0; i < NLANG; i++)
    if (code && strcmp(lang_codes[i], code) == 0)
      return &s->langs[i];
  return NULL;
}

static bool same_name(const sname *a, const sname *b) {
  if (a->id || b->id)
    return a->id && b->id && strcmp(a->id, b->id) == 0;
  return strcmp(a->canonical, b->canonical) == 0;
}

static bool same_rule(const srule *a, const srule *b) {
  return a->kind == b->kind && a->terms.n && b->terms.n &&
         strcmp(a->terms.v[0], b->terms.v[0]) == 0;
}

static wc_status read_lang(loader *ld, xmlNodePtr nd) {
  char *code = attr(nd, "code");
  slang *L = lang_of(ld->st, code);
  free(code);
  if (!L)
    return node_fail(ld, nd, "unknown language");
  for (xmlNodePtr c = nd->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    wc_status st = WC_OK;
    if (is_el(c, "quotes")) {
      static const char *const qa[4] = {"open", "close", "open2", "close2"};
      L->has_quotes = true;
      for (int i = 0; i < 4; i++)
        L->quotes[i] = pattr(ld, c, qa[i]);
    } else if (is_el(c, "title-words")) {
      L->has_title_words = true;
      WC_VEC_FREE(L->title_words);
      char *comp = attr(c, "compound");
      L->title_compound = comp && strcmp(comp, "yes") == 0;
      free(comp);
      char *t = ptext(ld, c);
      char *copy = wc_xstrdup(t), *save = NULL;
      for (char *w = strtok_r(copy, " ", &save); w;
           w = strtok_r(NULL, " ", &save))
        WC_VEC_PUSH(L->title_words, pdup(ld->st, w));
      free(copy);
    } else if (is_el(c, "name")) {
      sname n;
      st = read_name(ld, c, &n);
      if (st != WC_OK) {
        sname_free(&n);
        return st;
      }
      size_t i = 0;
      while (i < L->names.n && !same_name(&L->names.v[i], &n))
        i++;
      if (i < L->names.n) {
        sname_free(&L->names.v[i]);
        L->names.v[i] = n;
      } else {
        WC_VEC_PUSH(L->names, n);
      }
    } else if (is_el(c, "avoid") || is_el(c, "calque") ||
               is_el(c, "acronym")) {
      wc_style_rule_kind k = is_el(c, "avoid")    ? WC_RULE_AVOID
                             : is_el(c, "calque") ? WC_RULE_CALQUE
                                                  : WC_RULE_ACRONYM;
      srule r;
      st = read_rule(ld, c, k, &r);
      if (st != WC_OK) {
        srule_free(&r);
        return st;
      }
      size_t i = 0;
      while (i < L->rules.n && !same_rule(&L->rules.v[i], &r))
        i++;
      if (i < L->rules.n) {
        srule_free(&L->rules.v[i]);
        L->rules.v[i] = r;
      } else {
        WC_VEC_PUSH(L->rules, r);
      }
    }
  }
  return WC_OK;
}

static char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return wc_xstrdup(".");
  return wc_xstrndup(path, (size_t)(slash - path));
}

static wc_status load_file(loader *ld, const char *path, int depth);

static wc_status parse_doc(loader *ld, xmlDocPtr doc, const char *path,
                           int depth) {
  xmlNodePtr root = xmlDocGetRootElement(doc);
  char *ext = attr(root, "extends");
  if (ext) {
    char *parent;
    if (strchr(ext, '/') || strstr(ext, ".xml")) {
      if (ext[0] == '/') {
        parent = wc_xstrdup(ext);
      } else {
        char *d = dir_of(path);
        parent = wc_xasprintf("%s/%s", d, ext);
        free(d);
      }
    } else {
      parent = wc_xasprintf("%s/styles/%s.xml", ld->data_dir, ext);
    }
    free(ext);
    /* the parent is read with its own file name for errors */
    loader sub = *ld;
    wc_status st = WC_OK;
    if (depth >= 8)
      st = node_fail(ld, root, "styles extend each other too deeply (a "
                               "loop?)");
    else
      st = load_file(&sub, parent, depth + 1);
    free(parent);
    if (st != WC_OK)
      return st;
  }
  for (xmlNodePtr c = root->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (is_el(c, "severity")) {
      char *rule = attr(c, "rule"), *lv = attr(c, "level");
      int s = parse_level(lv);
      if (rule && s >= 0)
        wc_map_put(ld->st->sev, rule, strlen(rule),
                   (void *)(uintptr_t)(s + 1));
      free(rule);
      free(lv);
    } else if (is_el(c, "lang")) {
      wc_status st = read_lang(ld, c);
      if (st != WC_OK)
        return st;
    }
  }
  return WC_OK;
}

static size_t line_of(const char *data, size_t len, const char *needle) {
  size_t nl = strlen(needle);
  size_t line = 1;
  for (size_t i = 0; i + nl <= len; i++) {
    if (memcmp(data + i, needle, nl) == 0)
      return line;
    if (data[i] == '\n')
      line++;
  }
  return 1;
}

static wc_status load_file(loader *ld, const char *path, int depth) {
  char *data = NULL;
  size_t len = 0;
  wc_error rerr = {0};
  if (wc_read_file(path, &data, &len, &rerr) != WC_OK)
    return wc_fail(ld->err, WC_ERR_CONFIG, path, 0, 0,
                   "cannot read house style: %s", rerr.msg);
  ld->file = pdup(ld->st, path);
  ld->data = data;
  ld->len = len;
  wc_status st = WC_OK;
  xmlParserCtxtPtr px = xmlNewParserCtxt();
  if (!px) {
    free(data);
    return wc_fail(ld->err, WC_ERR_INTERNAL, path, 0, 0, "out of memory");
  }
  /* no network, no entity substitution, no DTD loading, no noise */
  int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  xmlDocPtr doc = len > (size_t)0x7fffffff
                      ? NULL
                      : xmlCtxtReadMemory(px, data, (int)len, path, NULL,
                                          opts);
  if (!doc || !px->wellFormed) {
    xmlErrorPtr e = xmlCtxtGetLastError(px);
    size_t line = e && e->line > 0 ? (size_t)e->line : 1;
    size_t col = e && e->int2 > 0 ? (size_t)e->int2 : 1;
    char msg[400];
    snprintf(msg, sizeof msg, "%s",
             e && e->message ? e->message : "not well-formed XML");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
      msg[--n] = '\0';
    st = wc_fail(ld->err, WC_ERR_CONFIG, path, line, col,
                 "house style is not well-formed XML: %s", msg);
    goto done;
  }
  if (doc->intSubset || doc->extSubset) {
    size_t line = line_of(data, len, "<!DOCTYPE");
    st = wc_fail(ld->err, WC_ERR_CONFIG, path, line,
                 column_of(data, len, line, "!DOCTYPE"),
                 "a house style may not have a DOCTYPE (no DTDs or "
                 "entities)");
    goto done;
  }
  xmlRelaxNGValidCtxtPtr vx = xmlRelaxNGNewValidCtxt(ld->schema);
  if (!vx) {
    st = wc_fail(ld->err, WC_ERR_INTERNAL, path, 0, 0, "out of memory");
    goto done;
  }
  xerr xe = {0};
  xmlRelaxNGSetValidStructuredErrors(vx, capture, &xe);
  int rc = xmlRelaxNGValidateDoc(vx, doc);
  xmlRelaxNGFreeValidCtxt(vx);
  if (rc != 0) {
    size_t line = xe.line ? xe.line : 1;
    st = wc_fail(ld->err, WC_ERR_CONFIG, path, line,
                 column_of(data, len, line, xe.node),
                 "house style does not follow the schema: %s",
                 xe.set ? xe.msg : "invalid");
    goto done;
  }
  st = parse_doc(ld, doc, path, depth);
done:
  if (doc)
    xmlFreeDoc(doc);
  xmlFreeParserCtxt(px);
  free(data);
  return st;
}

/* ---- compiling ---- */

static void idx_push(wc_map *m, const char *key, size_t i) {
  idxv *v = wc_map_get(m, key, strlen(key));
  if (!v) {
    v = wc_xcalloc(1, sizeof *v);
    wc_map_put(m, key, strlen(key), v);
  }
  for (size_t k = 0; k < v->n; k++)
    if (v->v[k] == i)
      return;
  WC_VEC_PUSH(*v, i);
}

static void add_word(slang *L, const char *w, size_t n) {
  char *f = wc_style_fold(w, n);
  if (*f)
    wc_map_put(L->words, f, strlen(f), (void *)1);
  free(f);
}

/* Adds every word (and hyphen part) of text to the known words. */
static void add_words(slang *L, const char *text) {
  const char *p = text;
  while (*p) {
    size_t len = strcspn(p, " ");
    if (len) {
      add_word(L, p, len);
      const char *q = p;
      while (q < p + len) {
        size_t part = strcspn(q, "-");
        if (part > len - (size_t)(q - p))
          part = len - (size_t)(q - p);
        if (part && part < len)
          add_word(L, q, part);
        q += part + 1;
      }
    }
    p += len;
    while (*p == ' ')
      p++;
  }
}

static size_t cp_len(const char *s) { return wc_utf8_count(s, strlen(s)); }

static bool ends_with(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && memcmp(s + a - b, suf, b) == 0;
}

/* The stem of a folded single-word Cyrillic form, for its case endings:
 * an adjective ending (-ий -ый -ій -ой) or one final vowel, soft sign or
 * й comes off.  NULL when the stem would be shorter than four letters. */
static char *cyr_stem(const char *f, bool *adjectival) {
  static const char *const adj[] = {"ий", "ый", "ій", "ой"};
  static const char *const one[] = {"а", "я", "о", "е", "ь", "й",
                                    "ы", "и", "і", "є", "ї", "у", "ю"};
  *adjectival = false;
  size_t n = strlen(f);
  char *stem = NULL;
  for (size_t i = 0; i < sizeof adj / sizeof adj[0] && !stem; i++)
    if (ends_with(f, adj[i])) {
      stem = wc_xstrndup(f, n - strlen(adj[i]));
      *adjectival = true;
    }
  for (size_t i = 0; i < sizeof one / sizeof one[0] && !stem; i++)
    if (ends_with(f, one[i]))
      stem = wc_xstrndup(f, n - strlen(one[i]));
  if (!stem)
    stem = wc_xstrdup(f);
  if (cp_len(stem) < 4) {
    free(stem);
    return NULL;
  }
  return stem;
}

typedef struct compiler {
  wc_style *st;
  slang *L;
  wc_map *own; /* folded text of the house's own forms -> 1 */
  wc_map *seen; /* folded text + name -> 1 */
} compiler;

static void add_form(compiler *c, const char *text, size_t name,
                     wc_form_kind kind, const char *from_lang,
                     const char *replace) {
  if (!text || !*text)
    return;
  slang *L = c->L;
  char *f = wc_style_fold(text, strlen(text));
  if (kind != WC_FORM_CANONICAL && kind != WC_FORM_SHORT &&
      wc_map_has(c->own, f, strlen(f))) {
    free(f); /* the house writes it this way for some name */
    return;
  }
  char *key = wc_xasprintf("%s\x01%zu", f, name);
  if (wc_map_has(c->seen, key, strlen(key))) {
    free(key);
    free(f);
    return;
  }
  wc_map_put(c->seen, key, strlen(key), (void *)1);
  free(key);
  wc_style_form fm;
  memset(&fm, 0, sizeof fm);
  fm.text = text;
  fold_words(c->st, text, &fm.words, &fm.nwords);
  fm.name = name;
  fm.kind = kind;
  fm.from_lang = from_lang;
  fm.replace = replace;
  fm.cap = first_is_upper(text);
  fm.cyrillic = wc_translit_has_cyrillic(text, strlen(text));
  if (fm.nwords == 0) {
    free(f);
    return;
  }
  size_t idx = L->forms.n;
  if (fm.cyrillic && fm.nwords == 1 && kind != WC_FORM_CANONICAL &&
      kind != WC_FORM_SHORT) {
    bool adj;
    char *stem = cyr_stem(fm.words[0], &adj);
    if (stem) {
      fm.stem = pool_add(c->st, stem);
      fm.adjectival = adj;
      idx_push(L->stems, fm.stem, idx);
    }
  }
  WC_VEC_PUSH(L->forms, fm);
  idx_push(L->first, fm.words[0], idx);
  add_words(L, text);
  free(f);
}

static size_t nwords_of(const char *s) {
  size_t n = 1;
  for (; *s; s++)
    if (*s == ' ')
      n++;
  return n;
}

/* The short form of a name: given, or for a person the last word. */
static const char *short_of(const sname *n) {
  if (n->short_form)
    return n->short_form;
  if (n->type == WC_ENT_PERSON) {
    const char *sp = strrchr(n->canonical, ' ');
    if (sp)
      return sp + 1;
  }
  return NULL;
}

/* What to write instead of a form of `words` words. */
static const char *replacement_for(const sname *n, const char *form) {
  const char *sh = short_of(n);
  if (sh && nwords_of(form) < nwords_of(n->canonical))
    return sh;
  return n->canonical;
}

static const sname *find_id(const slang *L, const char *id) {
  if (!id)
    return NULL;
  for (size_t i = 0; i < L->names.n; i++)
    if (L->names.v[i].id && strcmp(L->names.v[i].id, id) == 0)
      return &L->names.v[i];
  return NULL;
}

/* Adds the forms another language's entry of the same entity shows in
 * copy: its canonical, short and case forms, replaced by ours (case forms
 * aligned when both give them). */
static void add_other(compiler *c, const sname *mine, size_t ni,
                      const sname *other, const char *olang,
                      wc_form_kind kind) {
  const char *msh = short_of(mine);
  add_form(c, other->canonical, ni, kind, olang, mine->canonical);
  const char *osh = short_of(other);
  if (osh)
    add_form(c, osh, ni, kind, olang, msh ? msh : mine->canonical);
  const char *case_base = msh ? msh : mine->canonical;
  for (size_t k = 0; k < other->cases.n; k++)
    add_form(c, other->cases.v[k], ni, kind, olang,
             other->cases.n == mine->cases.n ? mine->cases.v[k] : case_base);
}

/* Is the last word of a multi-word form one of the name's variants?  Then
 * the variant reports it, with the better message (Volodymyr Zelensky is
 * an English variant before it is the French house form). */
static bool last_word_is_variant(const sname *n, const char *form) {
  const char *sp = strrchr(form, ' ');
  if (!sp)
    return false;
  char *lw = wc_style_fold(sp + 1, strlen(sp + 1));
  bool hit = false;
  for (size_t v = 0; v < n->variants.n && !hit; v++) {
    char *f = wc_style_fold(n->variants.v[v].text,
                            strlen(n->variants.v[v].text));
    hit = strcmp(f, lw) == 0;
    free(f);
  }
  free(lw);
  return hit;
}

static bool is_cyr_lang(const char *code) {
  return strcmp(code, "uk") == 0 || strcmp(code, "ru") == 0;
}

static void compile_lang(wc_style *st, size_t li) {
  slang *L = &st->langs[li];
  snprintf(L->code, sizeof L->code, "%s", lang_codes[li]);
  L->first = wc_map_new();
  L->stems = wc_map_new();
  L->words = wc_map_new();
  L->twords = wc_map_new();
  compiler c = {st, L, wc_map_new(), wc_map_new()};

  /* the house's own forms first: nothing may replace them */
  for (size_t i = 0; i < L->names.n; i++) {
    const sname *n = &L->names.v[i];
    const char *own[2] = {n->canonical, short_of(n)};
    for (int k = 0; k < 2; k++)
      if (own[k]) {
        char *f = wc_style_fold(own[k], strlen(own[k]));
        wc_map_put(c.own, f, strlen(f), (void *)1);
        free(f);
      }
    for (size_t k = 0; k < n->cases.n; k++) {
      char *f = wc_style_fold(n->cases.v[k], strlen(n->cases.v[k]));
      wc_map_put(c.own, f, strlen(f), (void *)1);
      free(f);
    }
    for (size_t k = 0; k < n->accepts.n; k++) {
      char *f = wc_style_fold(n->accepts.v[k], strlen(n->accepts.v[k]));
      wc_map_put(c.own, f, strlen(f), (void *)1);
      free(f);
    }
  }
  for (size_t i = 0; i < L->names.n; i++) {
    const sname *n = &L->names.v[i];
    add_form(&c, n->canonical, i, WC_FORM_CANONICAL, NULL, NULL);
    if (short_of(n))
      add_form(&c, short_of(n), i, WC_FORM_SHORT, NULL, NULL);
    for (size_t k = 0; k < n->cases.n; k++)
      add_form(&c, n->cases.v[k], i, WC_FORM_CANONICAL, NULL, NULL);
    for (size_t k = 0; k < n->accepts.n; k++)
      add_form(&c, n->accepts.v[k], i, WC_FORM_CANONICAL, NULL, NULL);
  }
  for (size_t i = 0; i < L->names.n; i++) {
    const sname *n = &L->names.v[i];
    const char *case_base = short_of(n) ? short_of(n) : n->canonical;
    for (size_t v = 0; v < n->variants.n; v++) {
      const svariant *va = &n->variants.v[v];
      add_form(&c, va->text, i, WC_FORM_VARIANT, NULL,
               replacement_for(n, va->text));
      for (size_t k = 0; k < va->cases.n; k++)
        add_form(&c, va->cases.v[k], i, WC_FORM_VARIANT, NULL,
                 k < n->cases.n ? n->cases.v[k] : case_base);
    }
    for (size_t s = 0; s < n->sources.n; s++)
      add_form(&c, n->sources.v[s].text, i, WC_FORM_SOURCE,
               pdup(st, n->sources.v[s].lang),
               replacement_for(n, n->sources.v[s].text));
    if (!n->id)
      continue;
    /* the East Slavic forms of the same entity */
    for (size_t o = 0; o < NLANG; o++) {
      if (o == li || !is_cyr_lang(lang_codes[o]))
        continue;
      const sname *other = find_id(&st->langs[o], n->id);
      if (other)
        add_other(&c, n, i, other, lang_codes[o], WC_FORM_SOURCE);
    }
    /* other Latin-script languages' house forms (MT leftovers) */
    if (!is_cyr_lang(L->code))
      for (size_t o = 0; o < NLANG; o++) {
        if (o == li || is_cyr_lang(lang_codes[o]))
          continue;
        const sname *other = find_id(&st->langs[o], n->id);
        if (other) {
          const char *msh = short_of(n);
          if (!last_word_is_variant(n, other->canonical))
            add_form(&c, other->canonical, i, WC_FORM_FOREIGN, lang_codes[o],
                     n->canonical);
          if (short_of(other))
            add_form(&c, short_of(other), i, WC_FORM_FOREIGN, lang_codes[o],
                     msh ? msh : n->canonical);
        }
      }
  }
  wc_map_free(c.own, NULL);
  wc_map_free(c.seen, NULL);

  /* the public view of the names */
  L->npub = L->names.n;
  L->pub = pcalloc(st, L->npub, sizeof *L->pub);
  for (size_t i = 0; i < L->names.n; i++) {
    const sname *n = &L->names.v[i];
    wc_style_name *p = &L->pub[i];
    p->canonical = n->canonical;
    p->id = n->id;
    p->short_form = short_of(n);
    p->type = n->type;
    p->gender = n->gender;
    p->variants = pcalloc(st, n->variants.n, sizeof(char *));
    for (size_t v = 0; v < n->variants.n; v++)
      p->variants[v] = n->variants.v[v].text;
    p->nvariants = n->variants.n;
    p->titles = n->titles.v;
    p->ntitles = n->titles.n;
    p->exceptions = n->excepts.v;
    p->nexceptions = n->excepts.n;
    for (size_t t = 0; t < n->titles.n; t++)
      add_words(L, n->titles.v[t]);
  }
  /* source forms: every SOURCE form of the name */
  size_t *nsrc = wc_xcalloc(L->npub ? L->npub : 1, sizeof(size_t));
  for (size_t f = 0; f < L->forms.n; f++)
    if (L->forms.v[f].kind == WC_FORM_SOURCE)
      nsrc[L->forms.v[f].name]++;
  for (size_t i = 0; i < L->npub; i++) {
    L->pub[i].source_forms = pcalloc(st, nsrc[i], sizeof(char *));
    L->pub[i].nsource_forms = 0;
  }
  for (size_t f = 0; f < L->forms.n; f++) {
    const wc_style_form *fm = &L->forms.v[f];
    if (fm->kind == WC_FORM_SOURCE) {
      wc_style_name *p = &L->pub[fm->name];
      p->source_forms[p->nsource_forms++] = (char *)fm->text;
    }
  }
  free(nsrc);

  /* exceptions */
  for (size_t i = 0; i < L->names.n; i++)
    for (size_t e = 0; e < L->names.v[i].excepts.n; e++) {
      wc_style_except ex;
      make_phrase(st, L->names.v[i].excepts.v[e], &ex.phrase);
      ex.name = i;
      WC_VEC_PUSH(L->excepts, ex);
    }

  /* rules */
  L->ncrules = L->rules.n;
  L->crules = pcalloc(st, L->ncrules, sizeof *L->crules);
  for (size_t i = 0; i < L->rules.n; i++) {
    const srule *r = &L->rules.v[i];
    wc_style_rule *cr = &L->crules[i];
    cr->kind = r->kind;
    cr->rule = rule_id_of(r->kind);
    cr->prefer = r->prefer;
    cr->message = r->message;
    cr->window = r->window;
    cr->has_severity = r->severity >= 0;
    cr->severity = r->severity >= 0 ? (wc_severity)r->severity : WC_SEV_WARNING;
#define PHRASES(src, dst, ndst)                                                \
  do {                                                                         \
    (dst) = pcalloc(st, (src).n, sizeof(wc_style_phrase));                     \
    (ndst) = (src).n;                                                          \
    for (size_t k = 0; k < (src).n; k++)                                       \
      make_phrase(st, (src).v[k], &(dst)[k]);                                  \
  } while (0)
    PHRASES(r->terms, cr->terms, cr->nterms);
    PHRASES(r->longs, cr->longs, cr->nlongs);
    PHRASES(r->near, cr->near, cr->nnear);
    PHRASES(r->followed, cr->followed, cr->nfollowed);
#undef PHRASES
    for (size_t k = 0; k < r->terms.n; k++)
      add_words(L, r->terms.v[k]);
    if (r->kind == WC_RULE_ACRONYM)
      for (size_t k = 0; k < r->longs.n; k++)
        add_words(L, r->longs.v[k]);
  }

  /* title words */
  for (size_t i = 0; i < L->title_words.n; i++) {
    char *f = wc_style_fold(L->title_words.v[i], strlen(L->title_words.v[i]));
    wc_map_put(L->twords, f, strlen(f), (void *)1);
    free(f);
  }

  /* examples */
  for (size_t i = 0; i < L->names.n; i++)
    for (size_t e = 0; e < L->names.v[i].examples.n; e++) {
      const sexample *x = &L->names.v[i].examples.v[e];
      wc_style_example ex = {lang_codes[li], x->rule, x->wrong, x->right,
                             x->file, x->line};
      WC_VEC_PUSH(st->examples, ex);
    }
  for (size_t i = 0; i < L->rules.n; i++)
    for (size_t e = 0; e < L->rules.v[i].examples.n; e++) {
      const sexample *x = &L->rules.v[i].examples.v[e];
      wc_style_example ex = {lang_codes[li], x->rule, x->wrong, x->right,
                             x->file, x->line};
      WC_VEC_PUSH(st->examples, ex);
    }
}

/* The words the wire-copy spelling supplement adds to hunspell (one a
 * line after a count line, tab-indented lines are comments, '/' starts
 * affix flags); a missing file is an empty list. */
static void load_supplement(slang *L, const char *data_dir) {
  L->supp = wc_map_new();
  char *path = wc_xasprintf("%s/%s/wire.dic", data_dir, L->code);
  char *data = NULL;
  size_t len = 0;
  wc_error e = {0};
  if (wc_read_file(path, &data, &len, &e) == WC_OK) {
    size_t line = 0;
    for (char *p = data; p < data + len;) {
      char *nl = memchr(p, '\n', (size_t)(data + len - p));
      size_t n = nl ? (size_t)(nl - p) : (size_t)(data + len - p);
      size_t w = 0;
      while (w < n && p[w] != '/' && p[w] != '\t' && p[w] != '\r' &&
             p[w] != ' ')
        w++;
      if (line > 0 && w > 0 && p[0] != '\t' && p[0] != '#')
        wc_map_put(L->supp, p, w, (void *)1);
      line++;
      p += n + 1;
    }
  }
  free(data);
  free(path);
}

bool wc_style_supplement_word(const wc_style *s, const char *lang,
                              const char *w, size_t n) {
  for (size_t i = 0; s && lang && i < NLANG; i++)
    if (strcmp(lang_codes[i], lang) == 0)
      return s->langs[i].supp && wc_map_has(s->langs[i].supp, w, n);
  return false;
}

wc_status wc_style_load(const char *path, const char *data_dir,
                        wc_style **out, wc_error *err) {
  *out = NULL;
  if (!data_dir)
    data_dir = ".";
  xmlInitParser();
  char *def = NULL;
  if (!path)
    path = def = wc_xasprintf("%s/styles/default.xml", data_dir);
  char *rng = wc_xasprintf("%s/schema/house-style.rng", data_dir);
  wc_status st = WC_OK;
  xmlRelaxNGPtr schema = NULL;
  xmlRelaxNGParserCtxtPtr pc = NULL;
  char *rdata = NULL;
  size_t rlen = 0;
  wc_error rerr = {0};
  if (wc_read_file(rng, &rdata, &rlen, &rerr) != WC_OK) {
    st = wc_fail(err, WC_ERR_CONFIG, rng, 0, 0,
                 "cannot read the house-style schema: %s", rerr.msg);
    goto fail;
  }
  pc = xmlRelaxNGNewMemParserCtxt(rdata, (int)rlen);
  xerr xe = {0};
  if (pc) {
    xmlRelaxNGSetParserStructuredErrors(pc, capture, &xe);
    schema = xmlRelaxNGParse(pc);
  }
  if (!schema) {
    st = wc_fail(err, WC_ERR_CONFIG, rng, xe.line, 0,
                 "the house-style schema is broken: %s",
                 xe.set ? xe.msg : "cannot parse");
    goto fail;
  }
  wc_style *s = wc_xcalloc(1, sizeof *s);
  s->path = wc_xstrdup(path);
  s->sev = wc_map_new();
  loader ld = {s, data_dir, schema, err, NULL, NULL, 0};
  st = load_file(&ld, path, 0);
  if (st != WC_OK) {
    wc_style_free(s);
    goto fail;
  }
  for (size_t li = 0; li < NLANG; li++) {
    compile_lang(s, li);
    load_supplement(&s->langs[li], data_dir);
  }
  *out = s;
fail:
  if (schema)
    xmlRelaxNGFree(schema);
  if (pc)
    xmlRelaxNGFreeParserCtxt(pc);
  free(rdata);
  free(rng);
  free(def);
  return st;
}

/* ---- queries ---- */

static const slang *get(const wc_style *s, const char *lang) {
  if (!s || !lang)
    return NULL;
  for (size_t i = 0; i < NLANG; i++)
    if (strcmp(lang_codes[i], lang) == 0)
      return &s->langs[i];
  return NULL;
}

const wc_style_name *wc_style_names(const wc_style *s, const char *lang,
                                    size_t *n_out) {
  const slang *L = get(s, lang);
  *n_out = L ? L->npub : 0;
  return L ? L->pub : NULL;
}

bool wc_style_knows_word(const wc_style *s, const char *lang, const char *w,
                         size_t n) {
  const slang *L = get(s, lang);
  if (!L || !L->words || n == 0)
    return false;
  char *f = wc_style_fold(w, n);
  bool k = wc_map_has(L->words, f, strlen(f));
  free(f);
  return k;
}

bool wc_style_quote_marks(const wc_style *s, const char *lang,
                          const char **open_out, const char **close_out,
                          const char **open2_out, const char **close2_out) {
  const slang *L = get(s, lang);
  if (!L || !L->has_quotes)
    return false;
  if (open_out)
    *open_out = L->quotes[0];
  if (close_out)
    *close_out = L->quotes[1];
  if (open2_out)
    *open2_out = L->quotes[2];
  if (close2_out)
    *close2_out = L->quotes[3];
  return true;
}

bool wc_style_rule_severity(const wc_style *s, const char *rule,
                            wc_severity *out) {
  if (!s || !s->sev || !rule)
    return false;
  void *v = wc_map_get(s->sev, rule, strlen(rule));
  if (!v) {
    const char *dot = strchr(rule, '.');
    if (dot)
      v = wc_map_get(s->sev, rule, (size_t)(dot - rule));
  }
  if (!v)
    return false;
  *out = (wc_severity)((uintptr_t)v - 1);
  return true;
}

size_t wc_style_forms_for(const wc_style *s, const char *lang, const char *w,
                          size_t n, const size_t **ids_out) {
  const slang *L = get(s, lang);
  idxv *v = L && L->first ? wc_map_get(L->first, w, n) : NULL;
  *ids_out = v ? v->v : NULL;
  return v ? v->n : 0;
}

size_t wc_style_forms_by_stem(const wc_style *s, const char *lang,
                              const char *w, size_t n,
                              const size_t **ids_out) {
  const slang *L = get(s, lang);
  idxv *v = L && L->stems ? wc_map_get(L->stems, w, n) : NULL;
  *ids_out = v ? v->v : NULL;
  return v ? v->n : 0;
}

const wc_style_form *wc_style_form_at(const wc_style *s, const char *lang,
                                      size_t i) {
  const slang *L = get(s, lang);
  return L && i < L->forms.n ? &L->forms.v[i] : NULL;
}

const wc_style_except *wc_style_exceptions(const wc_style *s,
                                           const char *lang, size_t *n_out) {
  const slang *L = get(s, lang);
  *n_out = L ? L->excepts.n : 0;
  return L ? L->excepts.v : NULL;
}

const wc_style_rule *wc_style_rules(const wc_style *s, const char *lang,
                                    size_t *n_out) {
  const slang *L = get(s, lang);
  *n_out = L ? L->ncrules : 0;
  return L ? L->crules : NULL;
}

bool wc_style_title_word(const wc_style *s, const char *lang, const char *w,
                         size_t n) {
  const slang *L = get(s, lang);
  if (!L || !L->twords || n == 0)
    return false;
  char *f = wc_style_fold(w, n);
  size_t fn = strlen(f);
  bool k = wc_map_has(L->twords, f, fn);
  if (!k && L->title_compound) {
    /* a compound ending in a title word: Außenminister, Nato-Generalsekretär */
    for (size_t i = 1; i + 3 < fn && !k; i++)
      if (((unsigned char)f[i] & 0xC0) != 0x80)
        k = wc_map_has(L->twords, f + i, fn - i);
  }
  free(f);
  return k;
}

const char *wc_style_path(const wc_style *s) { return s ? s->path : NULL; }

const wc_style_example *wc_style_examples(const wc_style *s, size_t *n_out) {
  *n_out = s ? s->examples.n : 0;
  return s ? s->examples.v : NULL;
}

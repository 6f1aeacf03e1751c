/* util.c -- allocation, buffers, hash map, files, UTF-8 over utf8proc. */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static void oom(size_t n) {
  fprintf(stderr, "wirecheck: fatal: out of memory (%zu bytes)\n", n);
  abort();
}

void *wc_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    oom(n);
  return p;
}

void *wc_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    oom(n * size);
  return p;
}

void *wc_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    oom(n);
  return q;
}

char *wc_xstrdup(const char *s) { return wc_xstrndup(s, strlen(s)); }

char *wc_xstrndup(const char *s, size_t n) {
  char *p = wc_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *wc_xvasprintf(const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    n = 0;
  char *p = wc_xmalloc((size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *wc_xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = wc_xvasprintf(fmt, ap);
  va_end(ap);
  return p;
}

void wc_free(void *p) { free(p); }

wc_status wc_fail(wc_error *err, wc_status st, const char *file, size_t line,
                  size_t col, const char *fmt, ...) {
  if (err) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->col = col;
  }
  return st;
}

const char *wc_status_str(wc_status s) {
  switch (s) {
  case WC_OK: return "ok";
  case WC_ERR_IO: return "input/output error";
  case WC_ERR_FORMAT: return "unreadable input";
  case WC_ERR_CONFIG: return "configuration error";
  case WC_ERR_USAGE: return "usage error";
  case WC_ERR_INTERNAL: return "internal error";
  }
  return "unknown status";
}

/* ---- buffers ---- */

void wc_buf_init(wc_buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
}

void wc_buf_cleanup(wc_buf *b) {
  free(b->data);
  wc_buf_init(b);
}

void wc_buf_reserve(wc_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1)
    cap *= 2;
  b->data = wc_xrealloc(b->data, cap);
  b->cap = cap;
}

void wc_buf_add(wc_buf *b, const char *s, size_t n) {
  wc_buf_reserve(b, n);
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void wc_buf_puts(wc_buf *b, const char *s) { wc_buf_add(b, s, strlen(s)); }

void wc_buf_putc(wc_buf *b, char c) { wc_buf_add(b, &c, 1); }

void wc_buf_printf(wc_buf *b, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n > 0) {
    wc_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
  }
  va_end(ap);
}

void wc_buf_put_cp(wc_buf *b, int32_t cp) {
  utf8proc_uint8_t tmp[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
  wc_buf_add(b, (const char *)tmp, (size_t)n);
}

char *wc_buf_steal(wc_buf *b) {
  char *p = b->data;
  if (!p)
    p = wc_xstrdup("");
  wc_buf_init(b);
  return p;
}

/* ---- hash map: open addressing, FNV-1a ---- */

typedef struct slot {
  char *key;
  size_t klen;
  uint64_t hash;
  void *val;
} slot;

struct wc_map {
  slot *slots;
  size_t cap, count;
};

static uint64_t hash_bytes(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

wc_map *wc_map_new(void) {
  wc_map *m = wc_xcalloc(1, sizeof *m);
  m->cap = 16;
  m->slots = wc_xcalloc(m->cap, sizeof(slot));
  return m;
}

void wc_map_free(wc_map *m, void (*free_val)(void *)) {
  if (!m)
    return;
  for (size_t i = 0; i < m->cap; i++) {
    if (m->slots[i].key) {
      free(m->slots[i].key);
      if (free_val)
        free_val(m->slots[i].val);
    }
  }
  free(m->slots);
  free(m);
}

static slot *find_slot(const wc_map *m, const char *key, size_t klen,
                       uint64_t h) {
  size_t i = (size_t)h & (m->cap - 1);
  for (;;) {
    slot *s = &m->slots[i];
    if (!s->key)
      return s;
    if (s->hash == h && s->klen == klen && memcmp(s->key, key, klen) == 0)
      return s;
    i = (i + 1) & (m->cap - 1);
  }
}

void *wc_map_get(const wc_map *m, const char *key, size_t klen) {
  slot *s = find_slot(m, key, klen, hash_bytes(key, klen));
  return s->key ? s->val : NULL;
}

bool wc_map_has(const wc_map *m, const char *key, size_t klen) {
  return find_slot(m, key, klen, hash_bytes(key, klen))->key != NULL;
}

static void grow(wc_map *m) {
  slot *old = m->slots;
  size_t oldcap = m->cap;
  m->cap *= 2;
  m->slots = wc_xcalloc(m->cap, sizeof(slot));
  for (size_t i = 0; i < oldcap; i++) {
    if (old[i].key) {
      slot *s = find_slot(m, old[i].key, old[i].klen, old[i].hash);
      *s = old[i];
    }
  }
  free(old);
}

void *wc_map_put(wc_map *m, const char *key, size_t klen, void *val) {
  if ((m->count + 1) * 4 >= m->cap * 3)
    grow(m);
  uint64_t h = hash_bytes(key, klen);
  slot *s = find_slot(m, key, klen, h);
  if (s->key) {
    void *prev = s->val;
    s->val = val;
    return prev;
  }
  s->key = wc_xstrndup(key, klen);
  s->klen = klen;
  s->hash = h;
  s->val = val;
  m->count++;
  return NULL;
}

size_t wc_map_count(const wc_map *m) { return m ? m->count : 0; }

bool wc_map_next(const wc_map *m, size_t *i, const char **key_out,
                 void **val_out) {
  while (*i < m->cap) {
    slot *s = &m->slots[(*i)++];
    if (s->key) {
      if (key_out)
        *key_out = s->key;
      if (val_out)
        *val_out = s->val;
      return true;
    }
  }
  return false;
}

/* ---- files ---- */

wc_status wc_read_file(const char *path, char **data_out, size_t *len_out,
                       wc_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return wc_fail(err, WC_ERR_IO, path, 0, 0, "cannot open: %s",
                   strerror(errno));
  wc_buf b;
  wc_buf_init(&b);
  char tmp[65536];
  size_t n;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
    wc_buf_add(&b, tmp, n);
  int bad = ferror(f);
  int e = errno;
  fclose(f);
  if (bad) {
    wc_buf_cleanup(&b);
    return wc_fail(err, WC_ERR_IO, path, 0, 0, "cannot read: %s",
                   strerror(e));
  }
  *len_out = b.len;
  *data_out = wc_buf_steal(&b);
  return WC_OK;
}

/* ---- UTF-8 ---- */

size_t wc_utf8_decode(const char *s, size_t n, int32_t *cp_out) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                        (utf8proc_ssize_t)n, &cp);
  if (r <= 0) {
    *cp_out = -1;
    return 1;
  }
  *cp_out = cp;
  return (size_t)r;
}

size_t wc_utf8_count(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    i += wc_utf8_decode(s + i, n - i, &cp);
    c++;
  }
  return c;
}

static char *map_with(const char *s, size_t n, int opts) {
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t r =
      utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                   (utf8proc_option_t)opts);
  if (r < 0) {
    /* invalid input: fall back to a copy */
    return wc_xstrndup(s, n);
  }
  char *p = wc_xstrdup((const char *)out);
  free(out);
  return p;
}

/* ASCII text folds to its lower case with no help: most words of wire
 * copy in Latin script take this path, which keeps utf8proc for the rest. */
static char *ascii_lower(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80 || s[i] == '\0')
      return NULL;
  char *p = wc_xmalloc(n + 1);
  for (size_t i = 0; i < n; i++)
    p[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
  p[n] = '\0';
  return p;
}

char *wc_utf8_fold(const char *s, size_t n) {
  char *a = ascii_lower(s, n);
  if (a)
    return a;
  return map_with(s, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                            UTF8PROC_CASEFOLD);
}

char *wc_utf8_fold_strip(const char *s, size_t n) {
  char *a = ascii_lower(s, n);
  if (a)
    return a;
  return map_with(s, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                            UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
}

char *wc_utf8_nfc(const char *s, size_t n) {
  return map_with(s, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

static char *map_cps(const char *s, size_t n, int32_t (*f)(int32_t)) {
  wc_buf b;
  wc_buf_init(&b);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (cp < 0)
      wc_buf_add(&b, s + i, k);
    else
      wc_buf_put_cp(&b, f(cp));
    i += k;
  }
  return wc_buf_steal(&b);
}

char *wc_utf8_lower(const char *s, size_t n) { return map_cps(s, n, wc_cp_lower); }
char *wc_utf8_upper(const char *s, size_t n) { return map_cps(s, n, wc_cp_upper); }

static utf8proc_category_t cat(int32_t cp) {
  return utf8proc_category(cp);
}

bool wc_cp_is_letter(int32_t cp) {
  utf8proc_category_t c = cat(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
bool wc_cp_is_upper(int32_t cp) {
  return cat(cp) == UTF8PROC_CATEGORY_LU || cat(cp) == UTF8PROC_CATEGORY_LT;
}
bool wc_cp_is_lower(int32_t cp) { return cat(cp) == UTF8PROC_CATEGORY_LL; }
bool wc_cp_is_digit(int32_t cp) { return cat(cp) == UTF8PROC_CATEGORY_ND; }
bool wc_cp_is_mark(int32_t cp) {
  utf8proc_category_t c = cat(cp);
  return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}
bool wc_cp_is_space(int32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f')
    return true;
  utf8proc_category_t c = cat(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
         c == UTF8PROC_CATEGORY_ZP;
}
bool wc_cp_is_punct(int32_t cp) {
  utf8proc_category_t c = cat(cp);
  return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}
bool wc_cp_is_symbol(int32_t cp) {
  utf8proc_category_t c = cat(cp);
  return c >= UTF8PROC_CATEGORY_SM && c <= UTF8PROC_CATEGORY_SO;
}
bool wc_cp_is_control(int32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r')
    return false;
  utf8proc_category_t c = cat(cp);
  return c == UTF8PROC_CATEGORY_CC || c == UTF8PROC_CATEGORY_CF;
}
int32_t wc_cp_lower(int32_t cp) { return utf8proc_tolower(cp); }
int32_t wc_cp_upper(int32_t cp) { return utf8proc_toupper(cp); }

wc_script wc_cp_script(int32_t cp) {
  if (!wc_cp_is_letter(cp) && !wc_cp_is_mark(cp))
    return WC_SCRIPT_NONE;
  if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF) ||
      (cp >= 0x2C60 && cp <= 0x2C7F) || (cp >= 0xA720 && cp <= 0xA7FF) ||
      (cp >= 0xFF21 && cp <= 0xFF5A))
    return (cp >= 0x300 && cp < 0x370) ? WC_SCRIPT_NONE : WC_SCRIPT_LATIN;
  if (cp >= 0x300 && cp < 0x370)
    return WC_SCRIPT_NONE; /* combining marks: inherit */
  if (cp >= 0x370 && cp < 0x400)
    return WC_SCRIPT_GREEK;
  if ((cp >= 0x400 && cp < 0x530) || (cp >= 0x1C80 && cp <= 0x1C8F) ||
      (cp >= 0x2DE0 && cp <= 0x2DFF) || (cp >= 0xA640 && cp <= 0xA69F))
    return WC_SCRIPT_CYRILLIC;
  if (cp == 0x2BC) /* modifier apostrophe: part of Ukrainian words */
    return WC_SCRIPT_NONE;
  if (cp >= 0x250 && cp < 0x2B0)
    return WC_SCRIPT_LATIN; /* IPA extensions */
  return WC_SCRIPT_OTHER;
}

bool wc_cp_is_quote(int32_t cp) {
  switch (cp) {
  case '"': case '\'':
  case 0x201C: case 0x201D: case 0x201E: case 0x201F:
  case 0x2018: case 0x2019: case 0x201A: case 0x201B:
  case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
  case 0x300C: case 0x300D:
    return true;
  }
  return false;
}

bool wc_cp_is_apostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

bool wc_cp_is_dash(int32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* util.h -- allocation, growable buffers and arrays, string hash tables,
 * UTF-8 helpers over utf8proc.  Internal to libwirecheck. */
#ifndef WC_UTIL_H
#define WC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wirecheck.h"

#if defined(__GNUC__)
#define WC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define WC_PRINTF(a, b)
#endif

/* Allocation that aborts with a message on failure: never check for NULL. */
void *wc_xmalloc(size_t n);
void *wc_xcalloc(size_t n, size_t size);
void *wc_xrealloc(void *p, size_t n);
char *wc_xstrdup(const char *s);
char *wc_xstrndup(const char *s, size_t n);
char *wc_xasprintf(const char *fmt, ...) WC_PRINTF(1, 2);
char *wc_xvasprintf(const char *fmt, va_list ap);

/* Fills err (if not NULL) and returns st. */
wc_status wc_fail(wc_error *err, wc_status st, const char *file, size_t line,
                  size_t col, const char *fmt, ...) WC_PRINTF(6, 7);

/* ---- growable byte buffer, always NUL-terminated ---- */
typedef struct wc_buf {
  char *data;
  size_t len, cap;
} wc_buf;

void wc_buf_init(wc_buf *b);
void wc_buf_cleanup(wc_buf *b);
void wc_buf_reserve(wc_buf *b, size_t extra);
void wc_buf_add(wc_buf *b, const char *s, size_t n);
void wc_buf_puts(wc_buf *b, const char *s);
void wc_buf_putc(wc_buf *b, char c);
void wc_buf_printf(wc_buf *b, const char *fmt, ...) WC_PRINTF(2, 3);
void wc_buf_put_cp(wc_buf *b, int32_t cp); /* UTF-8 encode */
/* Hands the data over (caller frees with free); buffer is reset. */
char *wc_buf_steal(wc_buf *b);

/* ---- growable array of fixed-size items ---- */
#define WC_VEC(T)                                                              \
  struct {                                                                     \
    T *v;                                                                      \
    size_t n, cap;                                                             \
  }
#define WC_VEC_PUSH(vec, item)                                                 \
  do {                                                                         \
    if ((vec).n == (vec).cap) {                                                \
      (vec).cap = (vec).cap ? (vec).cap * 2 : 16;                              \
      (vec).v = wc_xrealloc((vec).v, (vec).cap * sizeof(*(vec).v));            \
    }                                                                          \
    (vec).v[(vec).n++] = (item);                                               \
  } while (0)
#define WC_VEC_FREE(vec)                                                       \
  do {                                                                         \
    free((vec).v);                                                             \
    (vec).v = NULL;                                                            \
    (vec).n = (vec).cap = 0;                                                   \
  } while (0)

/* ---- string -> pointer hash map (keys copied) ---- */
typedef struct wc_map wc_map;
wc_map *wc_map_new(void);
void wc_map_free(wc_map *m, void (*free_val)(void *));
/* Returns the stored value or NULL. */
void *wc_map_get(const wc_map *m, const char *key, size_t klen);
bool wc_map_has(const wc_map *m, const char *key, size_t klen);
/* Inserts or replaces; returns the previous value or NULL. */
void *wc_map_put(wc_map *m, const char *key, size_t klen, void *val);
size_t wc_map_count(const wc_map *m);
/* Iteration: i from 0; returns false at the end. */
bool wc_map_next(const wc_map *m, size_t *i, const char **key_out,
                 void **val_out);

/* ---- files ---- */
/* Reads a whole file; *data_out is NUL-terminated, caller frees. */
wc_status wc_read_file(const char *path, char **data_out, size_t *len_out,
                       wc_error *err);

/* ---- UTF-8 (all decisions via utf8proc) ---- */
/* Decodes one code point at s[i] (n bytes available).  Returns its length
 * in bytes (>=1); *cp_out is -1 for an invalid sequence (length 1). */
size_t wc_utf8_decode(const char *s, size_t n, int32_t *cp_out);
/* Number of code points in s[0..n) (invalid bytes count one each). */
size_t wc_utf8_count(const char *s, size_t n);
/* Case-folds (and NFC-normalizes) s; caller frees. */
char *wc_utf8_fold(const char *s, size_t n);
/* Case-folds and strips diacritics (NFKD, strip marks): "Kyïv" -> "kyiv". */
char *wc_utf8_fold_strip(const char *s, size_t n);
/* Lower-cases (not folds) / upper-cases s; caller frees. */
char *wc_utf8_lower(const char *s, size_t n);
char *wc_utf8_upper(const char *s, size_t n);
/* NFC normalization of s; caller frees. */
char *wc_utf8_nfc(const char *s, size_t n);

bool wc_cp_is_letter(int32_t cp);
bool wc_cp_is_upper(int32_t cp);
bool wc_cp_is_lower(int32_t cp);
bool wc_cp_is_digit(int32_t cp);
bool wc_cp_is_mark(int32_t cp);
bool wc_cp_is_space(int32_t cp);  /* Zs, tab, newlines */
bool wc_cp_is_punct(int32_t cp);  /* P* categories */
bool wc_cp_is_symbol(int32_t cp); /* S* categories */
bool wc_cp_is_control(int32_t cp); /* Cc except tab/newline; Cf format */
int32_t wc_cp_lower(int32_t cp);
int32_t wc_cp_upper(int32_t cp);

typedef enum wc_script {
  WC_SCRIPT_NONE = 0, /* digits, punctuation */
  WC_SCRIPT_LATIN,
  WC_SCRIPT_CYRILLIC,
  WC_SCRIPT_GREEK,
  WC_SCRIPT_OTHER,
  WC_SCRIPT_MIXED
} wc_script;
wc_script wc_cp_script(int32_t cp);

/* Is cp a quotation mark of any language (" ' “ ” „ ‟ ‘ ’ ‚ ‛ « » ‹ ›)? */
bool wc_cp_is_quote(int32_t cp);
/* Apostrophe-like: ' ’ ʼ (U+02BC, the Ukrainian apostrophe) */
bool wc_cp_is_apostrophe(int32_t cp);
/* Dashes: - ‐ ‑ ‒ – — ― */
bool wc_cp_is_dash(int32_t cp);

#endif

/* srcmap.c -- lexing the source into character data with offsets, and
 * aligning the parser's text nodes with it (see srcmap.h). */
#include "srcmap.h"

#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

enum {
  WINDOW = 4096, /* items searched ahead when resynchronizing */
  SYNC_CHARS = 6 /* characters that must agree to resynchronize */
};

static bool ws(int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool ascii_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool name_start(unsigned char c) {
  return ascii_alpha(c) || c == '_' || c == ':' || c >= 0x80;
}

static bool name_char(unsigned char c) {
  return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static bool xml_char(int32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

static void push(wc_srcmap *m, int32_t cp, size_t len, size_t off) {
  wc_srcitem it = {cp, (uint32_t)len, off};
  WC_VEC_PUSH(m->items, it);
}

/* ---- lexing ---- */

typedef struct lexer {
  wc_srcmap *m;
  const char *s;
  size_t n;
} lexer;

static bool at(const lexer *lx, size_t i, const char *lit) {
  size_t k = strlen(lit);
  return i + k <= lx->n && memcmp(lx->s + i, lit, k) == 0;
}

static bool at_ci(const lexer *lx, size_t i, const char *lit) {
  size_t k = strlen(lit);
  return i + k <= lx->n && strncasecmp(lx->s + i, lit, k) == 0;
}

/* Index just past the first occurrence of lit at or after i, or n. */
static size_t past(const lexer *lx, size_t i, const char *lit) {
  size_t k = strlen(lit);
  if (i >= lx->n)
    return lx->n;
  const char *f = memmem(lx->s + i, lx->n - i, lit, k);
  return f ? (size_t)(f - lx->s) + k : lx->n;
}

static size_t skip_ws(const lexer *lx, size_t i) {
  while (i < lx->n && ws((unsigned char)lx->s[i]))
    i++;
  return i;
}

/* After a tag's name: attributes up to and past the closing '>'. */
static size_t scan_attrs(const lexer *lx, size_t i) {
  const char *s = lx->s;
  size_t n = lx->n;
  for (;;) {
    i = skip_ws(lx, i);
    if (i >= n)
      return n;
    if (s[i] == '>')
      return i + 1;
    if (s[i] == '/' && i + 1 < n && s[i + 1] == '>')
      return i + 2;
    size_t a = i;
    while (i < n && !ws((unsigned char)s[i]) && s[i] != '=' && s[i] != '>' &&
           !(s[i] == '/' && i + 1 < n && s[i + 1] == '>'))
      i++;
    if (i == a)
      i++; /* a lone '/' or '=': step over it */
    i = skip_ws(lx, i);
    if (i < n && s[i] == '=') {
      i = skip_ws(lx, i + 1);
      if (i < n && (s[i] == '"' || s[i] == '\'')) {
        const char *q = memchr(s + i + 1, s[i], n - i - 1);
        if (!q) /* unterminated value: the tag ends at the next '>' */
          return past(lx, i + 1, ">");
        i = (size_t)(q - s) + 1;
      } else {
        while (i < n && !ws((unsigned char)s[i]) && s[i] != '>')
          i++;
      }
    }
  }
}

/* <!DOCTYPE ...> with an internal subset [ ... ] holding declarations,
 * quoted strings, comments and PIs. */
static size_t skip_doctype(const lexer *lx, size_t i) {
  const char *s = lx->s;
  size_t n = lx->n;
  i += 2;
  bool subset = false;
  while (i < n) {
    char c = s[i];
    if (c == '"' || c == '\'') {
      const char *q = memchr(s + i + 1, c, n - i - 1);
      i = q ? (size_t)(q - s) + 1 : n;
    } else if (subset && at(lx, i, "<!--")) {
      i = past(lx, i + 4, "-->");
    } else if (subset && at(lx, i, "<?")) {
      i = past(lx, i + 2, "?>");
    } else if (c == '[' && !subset) {
      subset = true;
      i++;
    } else if (c == ']' && subset) {
      subset = false;
      i++;
    } else if (c == '>' && !subset) {
      return i + 1;
    } else {
      i++;
    }
  }
  return n;
}

static void push_raw(lexer *lx, size_t a, size_t e) {
  while (a < e) {
    int32_t cp;
    size_t k = wc_utf8_decode(lx->s + a, e - a, &cp);
    push(lx->m, cp < 0 ? 0xFFFD : cp, k, a);
    a += k;
  }
}

static size_t lex_markup(lexer *lx, size_t i) {
  const char *s = lx->s;
  size_t n = lx->n;
  bool html = lx->m->html;
  if (at(lx, i, "<!--"))
    return past(lx, i + 4, "-->");
  if (at(lx, i, "<![CDATA[") && !html) {
    size_t a = i + 9;
    const char *f = a < n ? memmem(s + a, n - a, "]]>", 3) : NULL;
    size_t e = f ? (size_t)(f - s) : n;
    push_raw(lx, a, e);
    return f ? e + 3 : n;
  }
  if (at(lx, i, "<!")) {
    if (!html)
      return at_ci(lx, i + 2, "DOCTYPE") ? skip_doctype(lx, i)
                                         : past(lx, i + 2, ">");
    if (at_ci(lx, i + 2, "DOCTYPE"))
      return past(lx, i + 2, ">");
    push(lx->m, '<', 1, i); /* libxml2 reads "<!foo>" as text */
    return i + 1;
  }
  if (at(lx, i, "<?"))
    return past(lx, i + 2, html ? ">" : "?>");
  if (i + 1 < n && s[i + 1] == '/') {
    if (html && !(i + 2 < n && ascii_alpha((unsigned char)s[i + 2])))
      return i + 2; /* libxml2 drops a "</" with no name */
    return past(lx, i + 2, ">");
  }
  bool start = i + 1 < n && (html ? ascii_alpha((unsigned char)s[i + 1])
                                  : name_start((unsigned char)s[i + 1]));
  if (!start) { /* a literal '<' */
    push(lx->m, '<', 1, i);
    return i + 1;
  }
  size_t a = i + 1, e = a;
  while (e < n && name_char((unsigned char)s[e]))
    e++;
  size_t j = scan_attrs(lx, e);
  if (html) { /* script and style hold raw text up to their end tag */
    const char *raw = NULL;
    if (e - a == 6 && strncasecmp(s + a, "script", 6) == 0)
      raw = "</script";
    else if (e - a == 5 && strncasecmp(s + a, "style", 5) == 0)
      raw = "</style";
    if (raw && j <= n && !(j >= 2 && s[j - 2] == '/')) {
      size_t k = strlen(raw);
      for (size_t p = j; p + k <= n; p++)
        if (s[p] == '<' && strncasecmp(s + p, raw, k) == 0) {
          push_raw(lx, j, p);
          return p;
        }
      push_raw(lx, j, n);
      return n;
    }
  }
  return j;
}

static size_t lex_ref(lexer *lx, size_t i) {
  const char *s = lx->s;
  size_t n = lx->n;
  bool html = lx->m->html;
  if (i + 1 < n && s[i + 1] == '#') {
    size_t j = i + 2;
    bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
    if (hex)
      j++;
    int32_t val = 0;
    size_t digits = 0;
    while (j < n) {
      char c = s[j];
      int dv;
      if (c >= '0' && c <= '9')
        dv = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        dv = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        dv = c - 'A' + 10;
      else
        break;
      val = val > 0x10FFFF ? 0x110000 : val * (hex ? 16 : 10) + dv;
      digits++;
      j++;
    }
    bool semi = j < n && s[j] == ';';
    if (semi)
      j++;
    if (digits > 0 && xml_char(val) && (semi || html))
      push(lx->m, val, j - i, i);
    return j;
  }
  size_t a = i + 1, e = a;
  if (e < n && name_start((unsigned char)s[e]))
    while (e < n && name_char((unsigned char)s[e]))
      e++;
  if (e == a) { /* no name: HTML keeps the '&', XML drops it */
    if (html)
      push(lx->m, '&', 1, i);
    return i + 1;
  }
  bool semi = e < n && s[e] == ';';
  int32_t cp = -1;
  if (semi && e - a < 32) {
    char name[32];
    memcpy(name, s + a, e - a);
    name[e - a] = '\0';
    static const struct {
      const char *name;
      int32_t cp;
    } predef[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (size_t k = 0; k < sizeof predef / sizeof predef[0]; k++)
      if (strcmp(name, predef[k].name) == 0)
        cp = predef[k].cp;
    if (cp < 0) {
      const htmlEntityDesc *ent = htmlEntityLookup((const xmlChar *)name);
      if (ent)
        cp = (int32_t)ent->value;
    }
  }
  if (cp >= 0) {
    push(lx->m, cp, e + 1 - i, i);
    return e + 1;
  }
  if (html) { /* shown as written: "&name" then the rest as text */
    push(lx->m, '&', 1, i);
    return i + 1;
  }
  /* XML: an entity declared in the document (not expanded) or an error */
  return semi ? e + 1 : e;
}

void wc_srcmap_init(wc_srcmap *m, const wc_doc *d, bool html) {
  memset(m, 0, sizeof *m);
  m->doc = d;
  m->html = html;
  lexer lx = {m, d->src, d->src_len};
  size_t i = 0;
  if (lx.n >= 3 && memcmp(lx.s, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < lx.n) {
    char c = lx.s[i];
    if (c == '<') {
      i = lex_markup(&lx, i);
    } else if (c == '&') {
      i = lex_ref(&lx, i);
    } else {
      int32_t cp;
      size_t k = wc_utf8_decode(lx.s + i, lx.n - i, &cp);
      push(m, cp < 0 ? 0xFFFD : cp, k, i);
      i += k;
    }
  }
  m->budget = 16 * m->items.n + 100000;
  m->lost_first_off = (size_t)-1;
}

void wc_srcmap_cleanup(wc_srcmap *m) { WC_VEC_FREE(m->items); }

/* ---- aligning ---- */

size_t wc_srcmap_line_off(const wc_doc *d, long line) {
  if (d->lines.n == 0)
    return 0;
  size_t li = line < 1 ? 0 : (size_t)(line - 1);
  if (li >= d->lines.n)
    li = d->lines.n - 1;
  size_t o = d->lines.v[li];
  while (o < d->src_len && (d->src[o] == ' ' || d->src[o] == '\t'))
    o++;
  return o < d->src_len ? o : d->src_len > 0 ? d->src_len - 1 : 0;
}

static size_t line_of(const wc_doc *d, size_t off) {
  size_t lo = 0, hi = d->lines.n;
  while (lo + 1 < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->lines.v[mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  return lo + 1;
}

size_t wc_srcmap_cursor(const wc_srcmap *m) {
  size_t n = m->doc->src_len;
  size_t o = n;
  if (m->pos < m->items.n) {
    o = m->items.v[m->pos].off;
  } else if (m->items.n) {
    const wc_srcitem *l = &m->items.v[m->items.n - 1];
    o = l->off + l->len;
  }
  return o < n ? o : n > 0 ? n - 1 : 0;
}

size_t wc_srcmap_last_end(const wc_srcmap *m) {
  if (m->pos == 0 || m->items.n == 0)
    return 0;
  const wc_srcitem *l = &m->items.v[m->pos - 1];
  return l->off + l->len;
}

static size_t fallback(const wc_srcmap *m, long line) {
  size_t o = wc_srcmap_cursor(m);
  if (line > 0 && (size_t)line != line_of(m->doc, o))
    return wc_srcmap_line_off(m->doc, line);
  return o;
}

static void assign(const wc_srcmap *m, const wc_srcitem *it, size_t k,
                   size_t *offs) {
  bool literal = it->len == k && m->doc->src[it->off] != '&';
  for (size_t j = 0; j < k; j++)
    offs[j] = literal ? it->off + j : it->off;
}

/* The next non-space code point of s at or after *i (advancing *i past
 * it), or -1. */
static int32_t next_solid(const char *s, size_t n, size_t *i) {
  while (*i < n) {
    int32_t c;
    size_t k = wc_utf8_decode(s + *i, n - *i, &c);
    *i += k;
    if (!ws(c))
      return c;
  }
  return -1;
}

/* Looks ahead from item p for where the text s[i..) continues: the first
 * item q > p where the next SYNC_CHARS solid characters of s agree (space
 * ignored on both sides).  Returns q or (size_t)-1. */
static size_t resync(wc_srcmap *m, size_t p, const char *s, size_t n,
                     size_t i) {
  int32_t want[SYNC_CHARS];
  size_t nw = 0, j = i;
  while (nw < SYNC_CHARS) {
    int32_t c = next_solid(s, n, &j);
    if (c < 0)
      break;
    want[nw++] = c;
  }
  if (nw == 0)
    return (size_t)-1;
  size_t end = m->items.n;
  if (end - p > WINDOW)
    end = p + WINDOW;
  for (size_t q = p + 1; q < end; q++) {
    if (m->budget == 0)
      return (size_t)-1;
    m->budget--;
    if (m->items.v[q].cp != want[0])
      continue;
    size_t k = 1, r = q + 1;
    while (k < nw && r < m->items.n && m->budget > 0) {
      m->budget--;
      int32_t c = m->items.v[r].cp;
      r++;
      if (ws(c))
        continue;
      if (c != want[k])
        break;
      k++;
    }
    if (k == nw)
      return q;
  }
  return (size_t)-1;
}

static void note_lost(wc_srcmap *m, size_t from, size_t to) {
  for (size_t q = from; q < to; q++)
    if (!ws(m->items.v[q].cp)) {
      if (m->lost_chars == 0)
        m->lost_first_off = m->items.v[q].off;
      m->lost_chars++;
    }
}

void wc_srcmap_align(wc_srcmap *m, const char *s, size_t n, long line,
                     size_t *offs) {
  size_t i = 0;
  const wc_srcitem *it = m->items.v;
  size_t ni = m->items.n;
  while (i < n) {
    int32_t c;
    size_t k = wc_utf8_decode(s + i, n - i, &c);
    size_t p = m->pos;
    if (ws(c)) {
      if (p < ni && ws(it[p].cp)) {
        assign(m, &it[p], k, offs + i);
        m->pos = p + 1;
      } else {
        for (size_t j = 0; j < k; j++)
          offs[i + j] = wc_srcmap_cursor(m);
      }
      i += k;
      continue;
    }
    while (p < ni && ws(it[p].cp) && it[p].cp != c)
      p++; /* space the parser dropped */
    if (p < ni && it[p].cp == c) {
      assign(m, &it[p], k, offs + i);
      m->pos = p + 1;
      i += k;
      continue;
    }
    size_t q = p < ni ? resync(m, p, s, n, i) : (size_t)-1;
    if (q != (size_t)-1) {
      note_lost(m, p, q);
      assign(m, &it[q], k, offs + i);
      m->pos = q + 1;
    } else {
      size_t o = fallback(m, line);
      for (size_t j = 0; j < k; j++)
        offs[i + j] = o;
      m->unplaced++;
    }
    i += k;
  }
}

void wc_srcmap_finish(wc_srcmap *m) {
  note_lost(m, m->pos, m->items.n);
  m->pos = m->items.n;
}

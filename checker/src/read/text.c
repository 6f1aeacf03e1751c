/* text.c -- plain UTF-8 text: paragraphs are separated by blank lines; the
 * first paragraph is the headline.  Also format sniffing. */
#include "read.h"

#include <string.h>
#include <strings.h>

static bool blank_line(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = wc_utf8_decode(s + i, n - i, &cp);
    if (!wc_cp_is_space(cp))
      return false;
    i += k;
  }
  return true;
}

/* A short paragraph that starts "By " (or a language's equivalent) and
 * names someone is a byline. */
static bool looks_byline(const char *s, size_t n) {
  static const char *const pre[] = {"By ", "Von ", "Par ", "Por ", "De ",
                                    "Автор: ", NULL};
  if (n > 120)
    return false;
  for (size_t i = 0; pre[i]; i++)
    if (n > strlen(pre[i]) && strncmp(s, pre[i], strlen(pre[i])) == 0)
      return memchr(s, '.', n) == NULL || n < 60;
  return false;
}

wc_status wc_read_text(wc_doc *d, wc_error *err) {
  (void)err;
  wc_docb b;
  wc_docb_init(&b, d);
  const char *s = d->src;
  size_t n = d->src_len, i = 0;
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  bool in_para = false;
  size_t npara = 0, para_start = 0;
  while (i < n) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    size_t next = nl ? e + 1 : n;
    if (blank_line(s + i, e - i)) {
      if (in_para) {
        wc_docb_end(&b);
        in_para = false;
      }
    } else {
      if (!in_para) {
        in_para = true;
        para_start = i;
        unsigned scope = npara == 0 ? WC_SCOPE_HEADLINE : WC_SCOPE_BODY;
        if (npara > 0 && npara < 4) {
          /* look ahead at the paragraph's first line for a byline */
          if (looks_byline(s + i, e - i))
            scope = WC_SCOPE_BYLINE;
        }
        wc_docb_begin(&b, scope);
        npara++;
      }
      /* keep the line with its newline (a space to the checks) */
      size_t le = e;
      if (le > i && s[le - 1] == '\r')
        le--;
      wc_docb_add(&b, s + i, le - i, NULL, i);
      if (nl && next < n)
        wc_docb_add(&b, "\n", 1, NULL, e);
    }
    i = next;
  }
  (void)para_start;
  wc_docb_finish(&b);
  return WC_OK;
}

static bool has_suffix(const char *path, const char *suf) {
  size_t a = strlen(path), b = strlen(suf);
  return a >= b && strcasecmp(path + a - b, suf) == 0;
}

wc_input_format wc_read_sniff(const char *path, const char *data, size_t len) {
  if (path) {
    if (has_suffix(path, ".html") || has_suffix(path, ".htm") ||
        has_suffix(path, ".xhtml"))
      return WC_FMT_HTML;
    if (has_suffix(path, ".nitf"))
      return WC_FMT_NITF;
    if (has_suffix(path, ".txt") || has_suffix(path, ".text"))
      return WC_FMT_TEXT;
  }
  /* look at the start of the content */
  size_t n = len < 4096 ? len : 4096;
  char head[4097];
  memcpy(head, data, n);
  head[n] = '\0';
  for (size_t i = 0; i < n; i++)
    if (head[i] == '\0')
      head[i] = ' ';
  const char *p = head;
  if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    p++;
  if (*p != '<')
    return WC_FMT_TEXT;
  if (strstr(head, "<nitf") || strstr(head, "<NITF"))
    return strstr(head, "newsItem") || strstr(head, "newsMessage")
               ? WC_FMT_NEWSML
               : WC_FMT_NITF;
  if (strstr(head, "newsItem") || strstr(head, "newsMessage") ||
      strstr(head, "iptc.org/std/nar"))
    return WC_FMT_NEWSML;
  if (strcasestr(head, "<html") || strcasestr(head, "<!doctype html") ||
      strcasestr(head, "<body") || strcasestr(head, "<p>") ||
      strcasestr(head, "<div"))
    return WC_FMT_HTML;
  if (has_suffix(path ? path : "", ".xml"))
    return WC_FMT_NITF;
  return WC_FMT_TEXT;
}

/* test_report.c -- the HTML, SARIF and JSON Lines reporters on results made
 * by hand: hostile text stays text, overlapping spans and spans that cross
 * lines are marked segment by segment, out-of-range positions are clamped,
 * control bytes cannot reach the page, JSON Lines is one object a line. The
 * HTML is parsed back with libxml2's HTML parser and queried with XPath. */
#include "harness.h"

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <stdio.h>

#include "report/report.h"

/* ---- making results ---- */

static wc_result *make_result(const char *path, const char *src,
                              const char *format) {
  return wc_result_make(path, "en", format, wc_xstrdup(src), strlen(src));
}

static void add(wc_result *r, const char *rule, wc_severity sev, size_t line,
                size_t col, size_t eline, size_t ecol, const char *msg,
                const char *sugg) {
  wc_finding f;
  memset(&f, 0, sizeof f);
  f.rule = rule;
  f.severity = sev;
  f.path = r->path;
  f.line = line;
  f.column = col;
  f.end_line = eline;
  f.end_column = ecol;
  f.message = wc_xstrdup(msg);
  if (sugg) {
    f.suggestions = wc_xmalloc(sizeof(char *));
    f.suggestions[0] = wc_xstrdup(sugg);
    f.nsuggestions = 1;
  }
  f.excerpt = wc_xstrdup("");
  wc_findings_push(&r->findings, f);
}

/* Runs one reporter over the results; returns what it wrote (caller
 * frees). */
static char *render(wc_output_format fmt, wc_result **rs, size_t n,
                    wc_result *batch, size_t *len_out) {
  FILE *f = tmpfile();
  assert_non_null(f);
  wc_report_options ro = {0};
  ro.docs_url = "https://example.org/docs/rules.md";
  wc_reporter *rep = NULL;
  assert_int_equal(wc_reporter_new(fmt, f, &ro, &rep), WC_OK);
  for (size_t i = 0; i < n; i++)
    wc_reporter_file(rep, rs[i]);
  if (batch)
    wc_reporter_batch(rep, batch);
  wc_reporter_failure(rep, "missing<b>.txt", "No such file <i>or</i> directory");
  assert_int_equal(wc_reporter_end(rep), WC_OK);
  wc_reporter_free(rep);
  long sz = ftell(f);
  assert_true(sz > 0);
  rewind(f);
  char *buf = wc_xmalloc((size_t)sz + 1);
  assert_int_equal(fread(buf, 1, (size_t)sz, f), (size_t)sz);
  buf[sz] = '\0';
  fclose(f);
  if (len_out)
    *len_out = (size_t)sz;
  return buf;
}

/* ---- querying the page ---- */

typedef struct page {
  htmlDocPtr doc;
  xmlXPathContextPtr xp;
} page;

static page parse(const char *html, size_t len) {
  page p;
  p.doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET);
  assert_non_null(p.doc);
  p.xp = xmlXPathNewContext(p.doc);
  return p;
}

static void page_free(page *p) {
  xmlXPathFreeContext(p->xp);
  xmlFreeDoc(p->doc);
}

static size_t count(page *p, const char *expr) {
  xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, p->xp);
  assert_non_null(o);
  size_t n = o->nodesetval ? (size_t)o->nodesetval->nodeNr : 0;
  xmlXPathFreeObject(o);
  return n;
}

/* The string value of an XPath expression (caller frees). */
static char *str(page *p, const char *expr) {
  xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, p->xp);
  assert_non_null(o);
  xmlChar *s = xmlXPathCastToString(o);
  xmlXPathFreeObject(o);
  char *r = wc_xstrdup((const char *)s);
  xmlFree(s);
  return r;
}

static void assert_str(page *p, const char *expr, const char *want) {
  char *got = str(p, expr);
  if (strcmp(got, want) != 0)
    fail_msg("%s: got '%s', want '%s'", expr, got, want);
  free(got);
}

/* ---- HTML ---- */

static const char hostile_src[] =
    "Headline <script>alert(1)</script>\n"
    "\n"
    "Then \"><img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">x</a>"
    " <!--wirecheck-articles--> ]]> </td></table></details>\n";

static void test_html_hostile_is_text(void **state) {
  (void)state;
  wc_result *r = make_result("a\"><img src=x onerror=alert(2)>.txt",
                             hostile_src, "text");
  add(r, "spelling.unknown", WC_SEV_WARNING, 1, 10, 1, 35,
      "<script>alert(3)</script> is not a word", "<b>bold</b>");
  add(r, "spelling.unknown", WC_SEV_ERROR, 3, 6, 3, 36,
      "\"><img src=y onerror=alert(4)>", NULL);
  size_t len;
  char *html = render(WC_OUT_HTML, &r, 1, NULL, &len);
  /* nothing from the draft is markup: one script (ours), no img, no link
   * to javascript:, no element the draft names */
  assert_null(strstr(html, "<img"));
  assert_null(strstr(html, "<script>alert"));
  assert_null(strstr(html, "<b>bold"));
  assert_null(strstr(html, "<i>or"));
  page p = parse(html, len);
  assert_int_equal(count(&p, "//script"), 1);
  assert_int_equal(count(&p, "//img"), 0);
  assert_int_equal(count(&p, "//b[contains(., 'bold')]"), 0);
  assert_int_equal(count(&p, "//i"), 0);
  assert_int_equal(count(&p, "//a[starts-with(normalize-space(@href),"
                             "'javascript')]"),
                   0);
  assert_int_equal(count(&p, "//*[@onerror or @onload or @onclick]"), 0);
  /* the text is all there, as text */
  assert_str(&p, "string(//tr[@id='a0-L1']/td[@class='tx'])",
             "Headline <script>alert(1)</script>");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark)",
             "<script>alert(1)</script>");
  assert_str(&p, "string(//details/@data-path)",
             "a\"><img src=x onerror=alert(2)>.txt");
  assert_str(&p, "string(//li[@id='a0-f0']//span[@class='msg'])",
             "<script>alert(3)</script> is not a word");
  assert_str(&p, "string(//li[@id='a0-f0']//span[@class='sugg']/q)",
             "<b>bold</b>");
  assert_str(&p, "string(//tr[@id='a0-L3']//mark)",
             "\"><img src=x onerror=alert(1)>");
  assert_str(&p, "string(//section[@id='failures']//span[@class='msg'])",
             "No such file <i>or</i> directory");
  /* the article sits inside <main>, whole */
  assert_int_equal(count(&p, "//main/details[@class='article']"), 1);
  assert_int_equal(count(&p, "//main/details//tr"), 3);
  char *tail = str(&p, "string(//tr[@id='a0-L3']/td[@class='tx'])");
  assert_non_null(strstr(tail, "<!--wirecheck-articles--> ]]> </td></table>"));
  free(tail);
  /* the rule links to its section of docs/rules.md */
  assert_str(&p, "string(//li[@id='a0-f0']//a[@class='rule']/@href)",
             "https://example.org/docs/rules.md#spelling.unknown");
  page_free(&p);
  free(html);
  wc_result_free(r);
}

static void test_html_overlap(void **state) {
  (void)state;
  wc_result *r = make_result("o.txt", "abcdefghij\n", "text");
  add(r, "zz.one", WC_SEV_INFO, 1, 1, 1, 1, "at the start", NULL);
  add(r, "zz.two", WC_SEV_WARNING, 1, 2, 1, 6, "bcde", NULL);
  add(r, "zz.three", WC_SEV_ERROR, 1, 4, 1, 9, "defgh", NULL);
  size_t len;
  char *html = render(WC_OUT_HTML, &r, 1, NULL, &len);
  page p = parse(html, len);
  /* a | zw(0) | bc {1} | de {1 2} | fgh {2} | ij */
  assert_int_equal(count(&p, "//tr[@id='a0-L1']//mark"), 4);
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[1]/@data-f)", "0");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[1])", "");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[2]/@data-f)", "1");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[2])", "bc");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[3]/@data-f)", "1 2");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[3])", "de");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[4]/@data-f)", "2");
  assert_str(&p, "string(//tr[@id='a0-L1']//mark[4])", "fgh");
  assert_str(&p, "string(//tr[@id='a0-L1']/td[@class='tx'])", "abcdefghij");
  /* the overlap takes the worse colour and both messages */
  char *cls = str(&p, "string(//tr[@id='a0-L1']//mark[3]/@class)");
  assert_non_null(strstr(cls, "sev-error"));
  assert_non_null(strstr(cls, "multi"));
  free(cls);
  char *title = str(&p, "string(//tr[@id='a0-L1']//mark[3]/@title)");
  assert_non_null(strstr(title, "warning zz.two: bcde"));
  assert_non_null(strstr(title, "error zz.three: defgh"));
  free(title);
  assert_int_equal(count(&p, "//tr[@id='a0-L1']//li[@class='note sev-info']"),
                   1);
  assert_int_equal(count(&p, "//tr[@id='a0-L1']//li"), 3);
  /* the family table counts each family */
  assert_str(&p, "string(//table[contains(@class,'families')]//tr"
                 "[@data-family='zz']/td[5])",
             "3");
  page_free(&p);
  free(html);
  wc_result_free(r);
}

static void test_html_multiline_and_clamp(void **state) {
  (void)state;
  /* CRLF line ends, a tab, a control byte, a lone CR in the middle */
  wc_result *r = make_result("m.txt",
                             "one two\r\nthree\tfour\x01\r\n\r\nfive\rsix",
                             "text");
  add(r, "zz.span", WC_SEV_WARNING, 1, 5, 4, 3, "crosses lines", NULL);
  add(r, "zz.far", WC_SEV_INFO, 99, 1, 99, 4, "past the end", NULL);
  add(r, "zz.wide", WC_SEV_ERROR, 4, 5, 4, 400, "past the line", NULL);
  size_t len;
  char *html = render(WC_OUT_HTML, &r, 1, NULL, &len);
  /* no control byte reaches the page: U+2401 and U+240D stand for them */
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)html[i];
    if (c < 0x20 && c != '\n' && c != '\t')
      fail_msg("control byte 0x%02x at %zu", c, i);
  }
  page p = parse(html, len);
  assert_int_equal(count(&p, "//main//tr"), 4);
  assert_str(&p, "string(//tr[@id='a0-L1']//mark)", "two");
  assert_str(&p, "string(//tr[@id='a0-L2']//mark)",
             "three\tfour\xe2\x90\x81");
  /* an empty line inside the span has nothing to mark */
  assert_int_equal(count(&p, "//tr[@id='a0-L3']//mark"), 0);
  assert_str(&p, "string(//tr[@id='a0-L4']//mark[@data-f='0'])", "fi");
  assert_str(&p, "string(//tr[@id='a0-L4']/td[@class='tx'])",
             "five\xe2\x90\x8dsix");
  /* the note is beside the first line only */
  assert_int_equal(count(&p, "//tr[@id='a0-L1']//li[@data-f='0']"), 1);
  assert_int_equal(count(&p, "//li[@data-f='0']"), 1);
  /* past the end: shown at the end of the last line, not lost */
  assert_int_equal(count(&p, "//tr[@id='a0-L4']//li[@data-f='1']"), 1);
  assert_int_equal(
      count(&p, "//tr[@id='a0-L4']//mark[contains(@class,'zw') and "
                "@data-f='1']"),
      1);
  assert_str(&p, "string(//tr[@id='a0-L4']//mark[@data-f='2'])",
             "\xe2\x90\x8dsix");
  page_free(&p);
  free(html);
  wc_result_free(r);
}

static void test_html_batch_index(void **state) {
  (void)state;
  wc_result *a = make_result("a.txt", "Kyiv\n", "text");
  wc_result *b = make_result("b.txt", "Kiev\nKiev\n", "text");
  add(b, "names.x", WC_SEV_ERROR, 1, 1, 1, 5, "Kiev", "Kyiv");
  add(b, "names.x", WC_SEV_ERROR, 2, 1, 2, 5, "Kiev", "Kyiv");
  wc_result *batch = wc_result_make("", "", "", NULL, 0);
  add(batch, "names.batch", WC_SEV_WARNING, 2, 1, 2, 5, "spelled two ways",
      NULL);
  batch->findings.v.v[0].path = "b.txt";
  wc_result *rs[2] = {a, b};
  size_t len;
  char *html = render(WC_OUT_HTML, rs, 2, batch, &len);
  page p = parse(html, len);
  /* worst first in the index; the articles in the order checked */
  assert_str(&p, "string(//section[@id='index']//tbody/tr[1]//a)", "b.txt");
  assert_str(&p, "string(//section[@id='index']//tbody/tr[1]//a/@href)",
             "#a1");
  assert_str(&p, "string(//main/details[1]/@data-path)", "a.txt");
  assert_str(&p, "string(//main/details[2]/@data-path)", "b.txt");
  /* a clean article is closed, one with findings open */
  assert_int_equal(count(&p, "//main/details[1][@open]"), 0);
  assert_int_equal(count(&p, "//main/details[2][@open]"), 1);
  /* the batch finding links to its line */
  assert_str(&p, "string(//section[@id='batch']//a[@class='goto']/@href)",
             "#a1-L2");
  /* the summary comes before the articles */
  assert_int_equal(count(&p, "//section[@id='summary']/following::main"), 1);
  assert_str(&p, "string(//section[@id='summary']//div[@class='card']/b)",
             "2");
  page_free(&p);
  free(html);
  wc_result_free(a);
  wc_result_free(b);
  wc_result_free(batch);
}

/* ---- JSON Lines ---- */

static void test_jsonl(void **state) {
  (void)state;
  wc_result *r = make_result("j.txt", "a\nb\n", "text");
  add(r, "zz.one", WC_SEV_INFO, 1, 1, 1, 2, "line\none", NULL);
  add(r, "zz.two", WC_SEV_ERROR, 2, 1, 2, 2, "two", "B");
  char *out = render(WC_OUT_JSONL, &r, 1, NULL, NULL);
  const char *want[] = {
      "{\"type\":\"finding\",\"path\":\"j.txt\",\"rule\":\"zz.one\"",
      "{\"type\":\"finding\",\"path\":\"j.txt\",\"rule\":\"zz.two\"",
      "{\"type\":\"failure\",\"path\":\"missing<b>.txt\"",
      "{\"type\":\"summary\",\"files\":1,\"errors\":1,\"warnings\":0,"
      "\"infos\":1,\"failures\":1}"};
  char *line = out;
  for (size_t i = 0; i < 4; i++) {
    char *nl = strchr(line, '\n');
    assert_non_null(nl);
    *nl = '\0';
    if (strncmp(line, want[i], strlen(want[i])) != 0)
      fail_msg("line %zu: %s", i + 1, line);
    assert_int_equal(line[strlen(line) - 1], '}');
    line = nl + 1;
  }
  assert_string_equal(line, "");
  free(out);
  wc_result_free(r);
}

/* ---- SARIF (the structure is checked by tests/cli/sarif.sh) ---- */

static void test_sarif_uris_and_columns(void **state) {
  (void)state;
  wc_result *a = make_result("./dir/a b#c%.txt", "x\n", "text");
  add(a, "spelling.unknown", WC_SEV_INFO, 1, 1, 1, 2, "m", NULL);
  wc_result *b = make_result("/abs/ü.html", "<p>x</p>\n", "html");
  wc_result *rs[2] = {a, b};
  char *out = render(WC_OUT_SARIF, rs, 2, NULL, NULL);
  assert_non_null(strstr(out, "\"version\":\"2.1.0\""));
  assert_non_null(strstr(out, "\"columnKind\":\"unicodeCodePoints\""));
  assert_non_null(strstr(out, "\"uri\":\"dir/a%20b%23c%25.txt\""));
  assert_non_null(strstr(out, "\"uri\":\"file:///abs/%C3%BC.html\""));
  assert_non_null(strstr(out, "\"level\":\"note\""));
  assert_non_null(strstr(out, "\"executionSuccessful\":false"));
  assert_non_null(strstr(out, "\"uri\":\"missing%3Cb%3E.txt\""));
  /* the same input writes the same bytes */
  char *again = render(WC_OUT_SARIF, rs, 2, NULL, NULL);
  assert_string_equal(out, again);
  free(again);
  free(out);
  wc_result_free(a);
  wc_result_free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html_hostile_is_text),
      cmocka_unit_test(test_html_overlap),
      cmocka_unit_test(test_html_multiline_and_clamp),
      cmocka_unit_test(test_html_batch_index),
      cmocka_unit_test(test_jsonl),
      cmocka_unit_test(test_sarif_uris_and_columns),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

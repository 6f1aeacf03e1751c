/* test_doc.c -- the document model: UTF-8 sanitizing, NFC with its offset
 * map, line/column, blocks of plain text, findings' positions. */
#include "harness.h"

static wc_engine *eng;

static int setup(void **state) {
  (void)state;
  eng = test_engine("en");
  return 0;
}

static int teardown(void **state) {
  (void)state;
  wc_engine_free(eng);
  return 0;
}

/* position of the first occurrence of needle in the doc text */
static size_t text_pos(const wc_doc *d, const char *needle) {
  const char *p = strstr(d->text, needle);
  assert_non_null(p);
  return (size_t)(p - d->text);
}

static void test_invalid_utf8_issue(void **state) {
  (void)state;
  const char *src = "Headline\n\nGood text \xC3\x28 here.\nSecond \xFF\xFE line.\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_TEXT);
  assert_int_equal(d->issues.n, 2);
  size_t line, col;
  wc_doc_line_col(d, d->issues.v[0].src_start, &line, &col);
  assert_int_equal(line, 3);
  assert_int_equal(col, 11); /* "Good text " is 10 characters */
  wc_doc_line_col(d, d->issues.v[1].src_start, &line, &col);
  assert_int_equal(line, 4);
  assert_int_equal(col, 8);
  /* original byte offsets: the bad byte C3 sits at offset 20 */
  assert_int_equal(wc_doc_orig_offset(d, d->issues.v[0].src_start), 20);
  /* the text still reads on, with U+FFFD in place */
  assert_non_null(strstr(d->text, "\xEF\xBF\xBD( here."));
  wc_doc_free(d);
}

static void test_nfc_map(void **state) {
  (void)state;
  /* "Cafe\u0301 Kyiv": decomposed é in the source becomes one code point */
  const char *src = "Title\n\nCafe\xCC\x81 in Kyiv today.\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_TEXT);
  assert_non_null(strstr(d->text, "Caf\xC3\xA9 in"));
  size_t k = text_pos(d, "Kyiv");
  size_t so = wc_doc_src_offset(d, k);
  assert_memory_equal(d->src + so, "Kyiv", 4);
  size_t line, col;
  wc_doc_line_col(d, so, &line, &col);
  assert_int_equal(line, 3);
  /* C a f e U+0301 space i n space: Kyiv is the 10th code point in source */
  assert_int_equal(col, 10);
  wc_doc_free(d);
}

static void test_blocks_and_headline(void **state) {
  (void)state;
  const char *src = "\xEF\xBB\xBFHeadline here\n\n  First paragraph\ncontinues.\n\n\n"
                    "By Jane Smith\n\nSecond paragraph.\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_TEXT);
  assert_int_equal(d->blocks.n, 4);
  assert_int_equal(d->blocks.v[0].scope, WC_SCOPE_HEADLINE);
  assert_int_equal(d->blocks.v[1].scope, WC_SCOPE_BODY);
  assert_int_equal(d->blocks.v[2].scope, WC_SCOPE_BYLINE);
  assert_int_equal(d->blocks.v[3].scope, WC_SCOPE_BODY);
  /* blocks are trimmed and joined by a blank line */
  assert_memory_equal(d->text + d->blocks.v[1].start, "First paragraph\ncontinues.",
                      strlen("First paragraph\ncontinues."));
  assert_memory_equal(d->text + d->blocks.v[0].end, "\n\n", 2);
  wc_doc_free(d);
}

static void test_crlf_columns(void **state) {
  (void)state;
  const char *src = "Head\r\n\r\nOne two three.\r\nFour Kyiv.\r\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_TEXT);
  assert_int_equal(d->blocks.n, 2);
  size_t k = text_pos(d, "Kyiv");
  size_t line, col;
  wc_doc_line_col(d, wc_doc_src_offset(d, k), &line, &col);
  assert_int_equal(line, 4);
  assert_int_equal(col, 6);
  assert_null(strchr(d->text, '\r'));
  wc_doc_free(d);
}

static void test_empty_and_blank(void **state) {
  (void)state;
  wc_result *r = test_check(eng, "", WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "input.empty"), 1);
  wc_result_free(r);
  r = test_check(eng, "\n\n   \n\t\n", WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "input.empty"), 1);
  wc_result_free(r);
}

static void test_binary_refused(void **state) {
  (void)state;
  const char data[] = {'P', 'K', 3, 4, 0, 0, 1, 2, 'x'};
  wc_result *r = NULL;
  wc_error err = {0};
  assert_int_equal(wc_check_buffer(eng, "x.zip", data, sizeof data,
                                   WC_FMT_AUTO, &r, &err),
                   WC_ERR_FORMAT);
  assert_null(r);
  assert_non_null(strstr(err.msg, "binary"));
}

static void test_finding_columns_in_code_points(void **state) {
  (void)state;
  /* Cyrillic before the word: columns count characters, not bytes */
  const char *src = "Заголовок\n\nКиїв і Kyyiv, and Ukrainee.\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_TEXT);
  size_t k = text_pos(d, "Ukrainee");
  wc_finding f;
  wc_engine_make_finding(d, "spelling.unknown", WC_SEV_WARNING, k, k + 8, &f);
  assert_int_equal(f.line, 3);
  assert_int_equal(f.column, 19);
  assert_int_equal(f.end_line, 3);
  assert_int_equal(f.end_column, 27);
  assert_string_equal(f.excerpt, "Ukrainee");
  /* byte offsets refer to the original file */
  assert_memory_equal(src + f.start, "Ukrainee", 8);
  assert_int_equal(f.end - f.start, 8);
  free(f.excerpt);
  wc_doc_free(d);
}

static void test_very_long_line(void **state) {
  (void)state;
  size_t n = 2 * 1024 * 1024;
  char *big = wc_xmalloc(n + 64);
  strcpy(big, "Headline\n\n");
  size_t p = strlen(big);
  while (p + 8 < n) {
    memcpy(big + p, "word is ", 8);
    p += 8;
  }
  memcpy(big + p, "Kyiv.\n", 7);
  wc_doc *d = test_doc(eng, big, WC_FMT_TEXT);
  assert_true(d->tokens.n > 200000);
  size_t k = text_pos(d, "Kyiv");
  size_t line, col;
  wc_doc_line_col(d, wc_doc_src_offset(d, k), &line, &col);
  assert_int_equal(line, 3);
  assert_int_equal(col, p - 10 + 1);
  wc_doc_free(d);
  free(big);
}

static void test_sort_dedupe(void **state) {
  (void)state;
  wc_findings f;
  wc_findings_init(&f);
  for (int i = 0; i < 3; i++) {
    wc_finding a = {0};
    a.rule = i == 2 ? "b.rule" : "a.rule";
    a.line = 2;
    a.column = 5;
    a.message = wc_xstrdup("m");
    wc_findings_push(&f, a);
  }
  wc_finding first = {0};
  first.rule = "z.rule";
  first.line = 1;
  first.column = 9;
  first.message = wc_xstrdup("m");
  wc_findings_push(&f, first);
  wc_findings_sort(&f);
  assert_int_equal(f.v.n, 3);
  assert_string_equal(f.v.v[0].rule, "z.rule");
  assert_string_equal(f.v.v[1].rule, "a.rule");
  assert_string_equal(f.v.v[2].rule, "b.rule");
  wc_findings_cleanup(&f);
}


/* Columns stay right whatever order positions are asked in (the cache
 * counts on from the last answer only when that is correct). */
static void test_line_col_any_order(void **state) {
  (void)state;
  const char *src = "Head\n\nÄb Çd Éf Gh Ïj Kl\nMn Op\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_TEXT);
  static const struct {
    const char *word;
    size_t line, col;
  } want[] = {{"Kl", 3, 16}, {"Çd", 3, 4}, {"Gh", 3, 10}, {"Gh", 3, 10},
              {"Op", 4, 4},  {"Äb", 3, 1}, {"Ïj", 3, 13}, {"Mn", 4, 1}};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    const char *p = strstr(d->src, want[i].word);
    assert_non_null(p);
    size_t line, col;
    wc_doc_line_col(d, (size_t)(p - d->src), &line, &col);
    assert_int_equal(line, want[i].line);
    assert_int_equal(col, want[i].col);
  }
  wc_doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_invalid_utf8_issue),
      cmocka_unit_test(test_nfc_map),
      cmocka_unit_test(test_blocks_and_headline),
      cmocka_unit_test(test_crlf_columns),
      cmocka_unit_test(test_empty_and_blank),
      cmocka_unit_test(test_binary_refused),
      cmocka_unit_test(test_finding_columns_in_code_points),
      cmocka_unit_test(test_very_long_line),
      cmocka_unit_test(test_sort_dedupe),
      cmocka_unit_test(test_line_col_any_order),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

/* test_json.c -- the JSON reporter: valid JSON (checked by a small
 * recursive-descent validator here), the fixed field names, escaping of
 * hostile text, the summary counts. */
#include "harness.h"

#include <stdio.h>

#include "report/report.h"

/* ---- a strict JSON syntax validator (RFC 8259) ---- */
static const char *ws(const char *p) {
  while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
    p++;
  return p;
}
static const char *value(const char *p, int depth);
static const char *string(const char *p) {
  if (*p != '"')
    return NULL;
  p++;
  while (*p && *p != '"') {
    if ((unsigned char)*p < 0x20)
      return NULL;
    if (*p == '\\') {
      p++;
      if (*p == 'u') {
        for (int i = 1; i <= 4; i++)
          if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i])
            return NULL;
        p += 4;
      } else if (!strchr("\"\\/bfnrt", *p) || !*p)
        return NULL;
    }
    p++;
  }
  return *p == '"' ? p + 1 : NULL;
}
static const char *number(const char *p) {
  const char *s = p;
  if (*p == '-')
    p++;
  if (!(*p >= '0' && *p <= '9'))
    return NULL;
  while ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' ||
         *p == '+' || *p == '-')
    p++;
  return p > s ? p : NULL;
}
static const char *value(const char *p, int depth) {
  if (depth > 64)
    return NULL;
  p = ws(p);
  if (*p == '{') {
    p = ws(p + 1);
    if (*p == '}')
      return p + 1;
    for (;;) {
      p = string(ws(p));
      if (!p)
        return NULL;
      p = ws(p);
      if (*p != ':')
        return NULL;
      p = value(p + 1, depth + 1);
      if (!p)
        return NULL;
      p = ws(p);
      if (*p == '}')
        return p + 1;
      if (*p != ',')
        return NULL;
      p++;
    }
  }
  if (*p == '[') {
    p = ws(p + 1);
    if (*p == ']')
      return p + 1;
    for (;;) {
      p = value(p, depth + 1);
      if (!p)
        return NULL;
      p = ws(p);
      if (*p == ']')
        return p + 1;
      if (*p != ',')
        return NULL;
      p++;
    }
  }
  if (*p == '"')
    return string(p);
  if (!strncmp(p, "true", 4))
    return p + 4;
  if (!strncmp(p, "false", 5))
    return p + 5;
  if (!strncmp(p, "null", 4))
    return p + 4;
  return number(p);
}
static bool json_valid(const char *s) {
  const char *p = value(s, 0);
  return p && *ws(p) == '\0';
}

static void test_validator_itself(void **state) {
  (void)state;
  assert_true(json_valid("{\"a\":[1,2.5,-3e2,\"x\\n\",true,null]}"));
  assert_false(json_valid("{\"a\":[1,]}"));
  assert_false(json_valid("{\"a\":\"raw\ncontrol\"}"));
  assert_false(json_valid("{\"a\":1} x"));
}

static char *run_json(const char *const *names, const char *const *texts,
                      size_t n) {
  wc_engine *e = test_engine("en");
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  wc_reporter *rep = NULL;
  wc_report_options ro = {0};
  assert_int_equal(wc_reporter_new(WC_OUT_JSON, f, &ro, &rep), WC_OK);
  for (size_t i = 0; i < n; i++) {
    wc_result *r = NULL;
    wc_error err = {0};
    wc_status st = wc_check_buffer(e, names[i], texts[i], strlen(texts[i]),
                                   WC_FMT_TEXT, &r, &err);
    if (st == WC_OK) {
      wc_reporter_file(rep, r);
      wc_result_free(r);
    } else
      wc_reporter_failure(rep, names[i], err.msg);
  }
  wc_result *b = wc_engine_batch_finish(e);
  wc_reporter_batch(rep, b);
  wc_result_free(b);
  assert_int_equal(wc_reporter_end(rep), WC_OK);
  wc_reporter_free(rep);
  fclose(f);
  wc_engine_free(e);
  return buf;
}

static void test_json_fields(void **state) {
  (void)state;
  const char *names[] = {"a \"quoted\"\\path.txt", "b.txt"};
  const char *texts[] = {"Headline\n\nThe goverment said \"no\".\n",
                         "Another headline\n\nBad \xFF byte and a tab\there.\n"};
  char *out = run_json(names, texts, 2);
  assert_true(json_valid(out));
  assert_non_null(strstr(out, "\"tool\":{\"name\":\"wirecheck\",\"version\":\""));
  assert_non_null(strstr(out, "\"files\":["));
  assert_non_null(strstr(out, "\"path\":\"a \\\"quoted\\\"\\\\path.txt\""));
  assert_non_null(strstr(out, "\"language\":\"en\""));
  assert_non_null(strstr(out, "\"rule\":\"spelling.unknown\""));
  assert_non_null(strstr(out, "\"severity\":\"warning\""));
  assert_non_null(strstr(out, "\"line\":3,\"column\":5,\"end_line\":3,\"end_column\":14"));
  assert_non_null(strstr(out, "\"suggestions\":[\"government\""));
  assert_non_null(strstr(out, "\"rule\":\"input.encoding\""));
  assert_non_null(strstr(out, "\"summary\":{\"files\":2,\"errors\":1,"));
  free(out);
}

static void test_json_no_files(void **state) {
  (void)state;
  char *out = run_json(NULL, NULL, 0);
  assert_true(json_valid(out));
  assert_non_null(strstr(out, "\"files\":[]"));
  assert_non_null(strstr(out, "\"summary\":{\"files\":0,"));
  free(out);
}

static void test_json_escapes(void **state) {
  (void)state;
  wc_buf b;
  wc_buf_init(&b);
  wc_json_str(&b, "a\"b\\c\n\x01\xE2\x80\xA8z");
  assert_string_equal(b.data, "\"a\\\"b\\\\c\\n\\u0001\\u2028z\"");
  wc_buf_cleanup(&b);
  /* invalid UTF-8 (a file name) becomes U+FFFD; valid text is kept */
  wc_buf_init(&b);
  wc_json_str(&b, "bad\xFF\xC3name \xC3\xA9");
  assert_string_equal(b.data, "\"bad\xEF\xBF\xBD\xEF\xBF\xBDname \xC3\xA9\"");
  assert_true(json_valid(b.data));
  wc_buf_cleanup(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_validator_itself),
      cmocka_unit_test(test_json_fields),
      cmocka_unit_test(test_json_no_files),
      cmocka_unit_test(test_json_escapes),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

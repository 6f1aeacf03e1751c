/* test_style.c -- the house-style loader (schema validation, errors with
 * line and column, hostile XML, extends, overrides) and the style.* rules
 * (avoid, calque with a condition, acronym on first mention). */
#include "harness.h"

#include <stdio.h>
#include <unistd.h>

#include "style/style.h"

static char tmpdir[64];

static int setup(void **state) {
  (void)state;
  snprintf(tmpdir, sizeof tmpdir, "/tmp/wc-style-XXXXXX");
  if (!mkdtemp(tmpdir))
    return -1;
  return 0;
}

static int teardown(void **state) {
  (void)state;
  char *cmd = wc_xasprintf("rm -rf '%s'", tmpdir);
  int rc = system(cmd);
  free(cmd);
  return rc == 0 ? 0 : -1;
}

static char *write_style(const char *name, const char *xml) {
  char *path = wc_xasprintf("%s/%s", tmpdir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(xml, f);
  fclose(f);
  return path;
}

static wc_status load(const char *path, wc_style **out, wc_error *err) {
  return wc_style_load(path, test_data_dir(), out, err);
}

static void test_default_loads(void **state) {
  (void)state;
  wc_style *s = NULL;
  wc_error err = {0};
  assert_int_equal(load(NULL, &s, &err), WC_OK);
  const char *const langs[] = {"en", "de", "fr", "es", "uk", "ru"};
  for (size_t i = 0; i < 6; i++) {
    size_t n = 0;
    const wc_style_name *names = wc_style_names(s, langs[i], &n);
    size_t places = 0, people = 0, gendered = 0;
    for (size_t k = 0; k < n; k++) {
      if (names[k].type == WC_ENT_PLACE)
        places++;
      if (names[k].type == WC_ENT_PERSON) {
        people++;
        if (names[k].gender != WC_GENDER_UNKNOWN)
          gendered++;
      }
    }
    if (places < 30 || people < 40 || gendered != people)
      fail_msg("%s: %zu places, %zu people (%zu with a gender)", langs[i],
               places, people, gendered);
    const char *o, *c, *o2, *c2;
    assert_true(wc_style_quote_marks(s, langs[i], &o, &c, &o2, &c2));
  }
  const char *o, *c;
  assert_true(wc_style_quote_marks(s, "en", &o, &c, NULL, NULL));
  assert_string_equal(o, "“");
  assert_string_equal(c, "”");
  /* source forms of the same entity are linked across languages */
  size_t n = 0;
  const wc_style_name *en = wc_style_names(s, "en", &n);
  bool kyiv = false;
  for (size_t k = 0; k < n; k++)
    if (strcmp(en[k].canonical, "Kyiv") == 0) {
      kyiv = true;
      bool uk = false, ru = false;
      for (size_t j = 0; j < en[k].nsource_forms; j++) {
        uk = uk || strcmp(en[k].source_forms[j], "Київ") == 0;
        ru = ru || strcmp(en[k].source_forms[j], "Киев") == 0;
      }
      assert_true(uk && ru);
      assert_true(en[k].nexceptions >= 2);
    }
  assert_true(kyiv);
  assert_true(wc_style_knows_word(s, "en", "Stoltenberg", 11));
  assert_true(wc_style_knows_word(s, "en", "SBU", 3));
  assert_true(wc_style_knows_word(s, "en", "zelenskyy", 9));
  assert_false(wc_style_knows_word(s, "en", "Stoltenburg", 11));
  assert_true(wc_style_title_word(s, "en", "Secretary", 9));
  assert_true(wc_style_title_word(s, "de", "Außenminister",
                                  strlen("Außenminister")));
  assert_false(wc_style_title_word(s, "en", "Monday", 6));
  wc_severity sev;
  assert_false(wc_style_rule_severity(s, "names.house-form", &sev));
  wc_style_free(s);
}

static void test_extends_and_overrides(void **state) {
  (void)state;
  char *path = write_style(
      "house.xml",
      "<?xml version=\"1.0\"?>\n"
      "<house-style name=\"ours\" extends=\"default\">\n"
      "  <severity rule=\"names.inconsistent\" level=\"info\"/>\n"
      "  <severity rule=\"style\" level=\"error\"/>\n"
      "  <lang code=\"de\">\n"
      "    <quotes open=\"«\" close=\"»\"/>\n"
      "    <name id=\"kyiv\" type=\"place\" canonical=\"Kyjiw\">\n"
      "      <variant>Kiew</variant>\n"
      "    </name>\n"
      "  </lang>\n"
      "</house-style>\n");
  wc_style *s = NULL;
  wc_error err = {0};
  assert_int_equal(load(path, &s, &err), WC_OK);
  wc_severity sev;
  assert_true(wc_style_rule_severity(s, "names.inconsistent", &sev));
  assert_int_equal(sev, WC_SEV_INFO);
  assert_true(wc_style_rule_severity(s, "style.calque", &sev));
  assert_int_equal(sev, WC_SEV_ERROR);
  const char *o, *c;
  assert_true(wc_style_quote_marks(s, "de", &o, &c, NULL, NULL));
  assert_string_equal(o, "«");
  /* the German entry replaced the default's; the others stay */
  size_t n = 0;
  const wc_style_name *de = wc_style_names(s, "de", &n);
  size_t kyiv = 0;
  for (size_t k = 0; k < n; k++)
    if (de[k].id && strcmp(de[k].id, "kyiv") == 0) {
      kyiv++;
      assert_string_equal(de[k].canonical, "Kyjiw");
    }
  assert_int_equal(kyiv, 1);
  assert_true(n >= 70);
  wc_style_free(s);

  /* and through the engine: Kiew is now the variant */
  wc_options o2 = {0};
  o2.data_dir = test_data_dir();
  o2.style_path = path;
  o2.lang = "de";
  wc_engine *e = NULL;
  assert_int_equal(wc_engine_new(&o2, &e, &err), WC_OK);
  wc_result *r = test_check(e, "* * *\n\nIn Kiew heulten die Sirenen.\n",
                            WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "names.house-form"), 1);
  assert_string_equal(wc_result_at(r, 0)->suggestions[0], "Kyjiw");
  wc_result_free(r);
  wc_engine_free(e);
  free(path);
}

static void expect_broken(const char *xml, size_t line, const char *what) {
  char *path = write_style("broken.xml", xml);
  wc_style *s = NULL;
  wc_error err = {0};
  wc_status st = load(path, &s, &err);
  assert_int_equal(st, WC_ERR_CONFIG);
  assert_null(s);
  assert_string_equal(err.file, path);
  if (err.line != line)
    fail_msg("line %zu, want %zu: %s", err.line, line, err.msg);
  assert_true(err.col >= 1);
  if (!strstr(err.msg, what))
    fail_msg("message '%s' lacks '%s'", err.msg, what);
  free(path);
}

static void test_broken_files(void **state) {
  (void)state;
  /* a schema error: an unknown element on line 4 */
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<house-style>\n"
                "  <lang code=\"en\">\n"
                "    <nickname canonical=\"Kyiv\"/>\n"
                "  </lang>\n"
                "</house-style>\n",
                4, "schema");
  /* a missing required attribute */
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<house-style>\n"
                "  <lang code=\"en\">\n"
                "\n"
                "    <name canonical=\"Kyiv\"/>\n"
                "  </lang>\n"
                "</house-style>\n",
                5, "schema");
  /* a language we do not support */
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<house-style>\n"
                "  <lang code=\"pl\"/>\n"
                "</house-style>\n",
                3, "schema");
  /* not well-formed */
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<house-style>\n"
                "  <lang code=\"en\">\n"
                "  </lan>\n"
                "</house-style>\n",
                4, "well-formed");
  /* entities and DTDs are refused outright */
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<!DOCTYPE house-style [\n"
                "  <!ENTITY x \"Kyiv\">\n"
                "]>\n"
                "<house-style/>\n",
                2, "DOCTYPE");
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<!DOCTYPE house-style SYSTEM \"http://example.com/x.dtd\">\n"
                "<house-style/>\n",
                2, "DOCTYPE");
  /* case forms that do not line up */
  expect_broken("<?xml version=\"1.0\"?>\n"
                "<house-style>\n"
                "  <lang code=\"uk\">\n"
                "    <name type=\"place\" canonical=\"Київ\" cases=\"a|b\">\n"
                "      <variant cases=\"a\">Киев</variant>\n"
                "    </name>\n"
                "  </lang>\n"
                "</house-style>\n",
                5, "line up");
  /* a style that extends itself */
  char *self = write_style("self.xml", "<?xml version=\"1.0\"?>\n"
                                       "<house-style extends=\"self.xml\"/>\n");
  wc_style *s = NULL;
  wc_error err = {0};
  assert_int_equal(load(self, &s, &err), WC_ERR_CONFIG);
  assert_non_null(strstr(err.msg, "too deeply"));
  free(self);
  /* a missing file */
  assert_int_equal(load("/nonexistent/style.xml", &s, &err), WC_ERR_CONFIG);
  /* the engine refuses to start */
  char *path = write_style("broken2.xml", "<house-style><oops/></house-style>");
  wc_options o = {0};
  o.data_dir = test_data_dir();
  o.style_path = path;
  wc_engine *e = NULL;
  assert_int_equal(wc_engine_new(&o, &e, &err), WC_ERR_CONFIG);
  assert_null(e);
  assert_int_equal(err.line, 1);
  free(path);
}

static wc_result *check_lang(const char *lang, const char *body) {
  wc_engine *e = test_engine(lang);
  char *doc = wc_xasprintf("* * *\n\n%s\n", body);
  wc_result *r = test_check(e, doc, WC_FMT_TEXT);
  free(doc);
  wc_engine_free(e);
  return r;
}

static void expect_rule(const char *lang, const char *rule, const char *body,
                        size_t n) {
  wc_result *r = check_lang(lang, body);
  size_t got = test_count_rule(r, rule);
  if (got != n)
    fail_msg("[%s] %s: %zu %s, want %zu", lang, body, got, rule, n);
  wc_result_free(r);
}

static void test_avoid(void **state) {
  (void)state;
  expect_rule("en", "style.avoid", "The ex-Soviet republic voted.", 1);
  expect_rule("en", "style.avoid", "The former Soviet republic voted.", 0);
  expect_rule("en", "style.avoid", "Aid went to the Ukraine.", 1);
  expect_rule("en", "style.avoid", "Aid went to the Ukraine and Moldova.", 1);
  /* "the" belongs to the noun after Ukraine */
  expect_rule("en", "style.avoid", "The Ukraine war dragged on.", 0);
  expect_rule("en", "style.avoid", "The Ukraine crisis deepened.", 0);
  wc_result *r = check_lang("en", "The Ukraine, he said, was ready.");
  assert_int_equal(test_count_rule(r, "style.avoid"), 1);
  for (size_t i = 0; i < wc_result_count(r); i++) {
    const wc_finding *f = wc_result_at(r, i);
    if (strcmp(f->rule, "style.avoid") == 0)
      assert_string_equal(f->suggestions[0], "Ukraine");
  }
  wc_result_free(r);
}

static void test_calque(void **state) {
  (void)state;
  expect_rule("en", "style.calque",
              "NATO General Secretary Mark Rutte spoke.", 1);
  expect_rule("en", "style.calque",
              "Russian Vice Foreign Minister Sergei Ryabkov spoke.", 1);
  /* the condition: no Russian or Ukrainian word nearby */
  expect_rule("en", "style.calque",
              "China's Vice Foreign Minister Ma Zhaoxu spoke.", 0);
  expect_rule("en", "style.calque", "The Supreme Rada voted.", 1);
}

static void test_acronym(void **state) {
  (void)state;
  expect_rule("en", "style.acronym", "The SBU said it had detained two.", 1);
  expect_rule("en", "style.acronym",
              "The Security Service of Ukraine (SBU) said it detained two. "
              "The SBU gave no names.",
              0);
  expect_rule("en", "style.acronym",
              "Ukraine's security service said it detained two. The SBU "
              "gave no names.",
              0);
  /* only the first mention counts */
  expect_rule("en", "style.acronym",
              "The SBU said it detained two. The SBU gave no names.", 1);
  /* case-sensitive: not the word "sbu" in a URL or lower case */
  expect_rule("en", "style.acronym", "See sbu dot gov.", 0);
  /* a headline may use the short form */
  wc_engine *e = test_engine("en");
  wc_result *r = test_check(e,
                            "SBU detains two\n\nThe Security Service of "
                            "Ukraine (SBU) said it detained two.\n",
                            WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "style.acronym"), 0);
  wc_result_free(r);
  wc_engine_free(e);
  expect_rule("de", "style.acronym", "Der SBU nahm zwei Männer fest.", 1);
  expect_rule("de", "style.acronym",
              "Der Geheimdienst SBU nahm zwei Männer fest.", 0);
}

static void test_verify_examples(void **state) {
  (void)state;
  wc_engine *e = test_engine(NULL);
  size_t total = 0, failed = 0;
  wc_error err = {0};
  assert_int_equal(wc_style_verify_examples(e, NULL, &total, &failed, &err),
                   WC_OK);
  assert_true(total >= 40);
  assert_int_equal(failed, 0);
  wc_engine_free(e);
  /* a style whose example does not hold */
  char *path = write_style(
      "bad-example.xml",
      "<?xml version=\"1.0\"?>\n"
      "<house-style>\n"
      "  <lang code=\"en\">\n"
      "    <avoid>\n"
      "      <term>ex-Soviet</term>\n"
      "      <example><wrong>A former Soviet state.</wrong>"
      "<right>A former Soviet state.</right></example>\n"
      "      <example rule=\"no.such-rule\"><wrong>x</wrong>"
      "<right>y</right></example>\n"
      "    </avoid>\n"
      "  </lang>\n"
      "</house-style>\n");
  wc_options o = {0};
  o.data_dir = test_data_dir();
  o.style_path = path;
  assert_int_equal(wc_engine_new(&o, &e, &err), WC_OK);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  assert_int_equal(wc_style_verify_examples(e, out, &total, &failed, &err),
                   WC_OK);
  fclose(out);
  assert_int_equal(total, 2);
  assert_int_equal(failed, 2);
  assert_non_null(strstr(buf, "bad-example.xml:6: style.avoid (en)"));
  assert_non_null(strstr(buf, "unknown rule 'no.such-rule'"));
  free(buf);
  wc_engine_free(e);
  free(path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_default_loads),
      cmocka_unit_test(test_extends_and_overrides),
      cmocka_unit_test(test_broken_files),
      cmocka_unit_test(test_avoid),
      cmocka_unit_test(test_calque),
      cmocka_unit_test(test_acronym),
      cmocka_unit_test(test_verify_examples),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

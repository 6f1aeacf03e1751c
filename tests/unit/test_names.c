/* test_names.c -- the names family: keys and clustering (no false merges
 * of distinct names), house forms in every inflection and script, fixed
 * exceptions, titles, and the batch pass. */
#include "harness.h"

#include "style/namekey.h"

/* ---- keys ---- */

static bool same_entity(const char *a, const char *b, const char *lang) {
  char *ka = wc_namekey(a, strlen(a), lang);
  char *kb = wc_namekey(b, strlen(b), lang);
  bool s = wc_namekey_similar(ka, kb);
  free(ka);
  free(kb);
  return s;
}

static void test_key_merges_variants(void **state) {
  (void)state;
  static const char *const pairs[][2] = {
      {"Zelensky", "Zelenskyy"},   {"Zelenskiy", "Zelenskyy"},
      {"Zelenskyi", "Zelensky"},   {"Зеленський", "Zelenskyy"},
      {"Зеленский", "Zelensky"},   {"Kharkiv", "Charkiw"},
      {"Borrell", "Borrel"},       {"Odessa", "Odesa"},
      {"Chernobyl", "Chornobyl"},  {"Lugansk", "Luhansk"},
      {"Stoltenberg", "Stoltenburg"}, {"Nawalny", "Navalny"},
      {"Dmitri", "Dmitry"},        {"Aleksei", "Alexei"},
      {"Boichenko", "Boychenko"},  {"Sahin", "Şahin"},
      {"Méllenchon", "Mélenchon"}, {"Kadyrov", "Kadirov"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    if (!same_entity(pairs[i][0], pairs[i][1], "en"))
      fail_msg("'%s' and '%s' should share a key", pairs[i][0], pairs[i][1]);
}

/* Distinct names must never be merged.  Each pair here is a false merge
 * if it is. */
static void test_key_keeps_distinct_names(void **state) {
  (void)state;
  static const char *const pairs[][2] = {
      {"Austria", "Australia"}, {"Iran", "Iraq"},       {"Georgia", "George"},
      {"Jan", "Jana"},          {"Ian", "Jan"},         {"Mark", "Marc"},
      {"Russia", "Russian"},    {"Sweden", "Swedes"},   {"Petrov", "Petrova"},
      {"Ukraine", "Ukrainian"}, {"Mali", "Bali"},       {"Paris-Wien", "Parisien"},
      {"Kranke", "France"},     {"Watson", "Mattsson"}, {"Serbia", "Siberia"},
      {"Slovakia", "Slovenia"}, {"Niger", "Nigeria"},   {"Gaza", "Gaze"},
      {"Kiev", "Kyiv"},         {"Putin", "Puting"},    {"Lavrov", "Lavrova"},
      {"Austin", "Austria"},    {"Dominica", "Dominican"}, {"Guinea", "Guyana"},
      {"Zambia", "Gambia"},     {"Chad", "Chan"},
  };
  size_t merged = 0;
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    if (same_entity(pairs[i][0], pairs[i][1], "en")) {
      print_message("false merge: %s / %s\n", pairs[i][0], pairs[i][1]);
      merged++;
    }
  assert_int_equal(merged, 0);
}

static void test_key_cyrillic(void **state) {
  (void)state;
  char *k = wc_namekey("Київ", strlen("Київ"), "uk");
  char *l = wc_namekey("Kyiv", 4, "en");
  assert_string_equal(k, l);
  free(k);
  free(l);
  /* inflected forms of one name stay apart: the ending differs */
  assert_false(same_entity("Києва", "Києві", "uk"));
  assert_false(same_entity("Зеленського", "Зеленському", "uk"));
  assert_false(same_entity("Харкова", "Харкові", "uk"));
}

/* ---- the checks through the engine ---- */

typedef struct hit {
  size_t line, col;
  const char *sugg;
} hit;

static wc_result *check_lang(const char *lang, const char *body) {
  wc_engine *e = test_engine(lang);
  char *doc = wc_xasprintf("* * *\n\n%s\n", body);
  wc_result *r = test_check(e, doc, WC_FMT_TEXT);
  free(doc);
  wc_engine_free(e);
  return r;
}

static const wc_finding *nth(const wc_result *r, const char *rule, size_t n) {
  for (size_t i = 0; i < wc_result_count(r); i++) {
    const wc_finding *f = wc_result_at(r, i);
    if (strcmp(f->rule, rule) == 0 && n-- == 0)
      return f;
  }
  return NULL;
}

static void expect_house(const char *lang, const char *body, size_t n,
                         const char *first_sugg) {
  wc_result *r = check_lang(lang, body);
  size_t got = test_count_rule(r, "names.house-form");
  if (got != n)
    fail_msg("[%s] %s: %zu names.house-form, want %zu", lang, body, got, n);
  if (first_sugg) {
    const wc_finding *f = nth(r, "names.house-form", 0);
    assert_non_null(f);
    assert_true(f->nsuggestions >= 1);
    if (strcmp(f->suggestions[0], first_sugg) != 0)
      fail_msg("[%s] %s: suggested '%s', want '%s'", lang, body,
               f->suggestions[0], first_sugg);
  }
  wc_result_free(r);
}

static void test_house_form_inflections(void **state) {
  (void)state;
  expect_house("en", "Kiev said the damage was limited.", 1, "Kyiv");
  expect_house("en", "Kiev's mayor spoke.", 1, "Kyiv's");
  expect_house("en", "Kiev’s mayor spoke.", 1, "Kyiv’s");
  expect_house("en", "A Kiev-based analyst spoke.", 1, "Kyiv");
  expect_house("en", "Pro-Kiev forces advanced.", 1, "Kyiv");
  expect_house("en", "KIEV DENIES REPORT", 1, "KYIV");
  expect_house("en", "Kyiv said the damage was limited.", 0, NULL);
  /* never inside another word */
  expect_house("en", "The Kievskaya metro station and Kievan art.", 0, NULL);
  expect_house("en", "The Kharkovskaya line reopened.", 0, NULL);
  /* German genitive and adjective */
  expect_house("de", "Die Kyjiws Straßen waren leer.", 1, "Kiews");
  expect_house("de", "Der Kyjiwer Bürgermeister sprach.", 1, "Kiewer");
  /* Ukrainian and Russian case forms, aligned */
  expect_house("uk", "Вибухи пролунали в Киеве.", 1, "Києві");
  expect_house("uk", "Мер Киева заявив про атаку.", 1, "Києва");
  expect_house("uk", "Зеленского привітали.", 1, "Зеленського");
  expect_house("ru", "Взрывы прогремели в Києві.", 1, "Киеве");
  expect_house("ru", "Мэр Харкова заявил об атаке.", 1, "Харькова");
  /* a form known only through the case endings: the nominative is
   * suggested */
  expect_house("uk", "Новини з Черновцов.", 1, "Чернівці");
}

static void test_house_form_exceptions(void **state) {
  (void)state;
  expect_house("en", "The menu offered chicken Kiev and soup.", 0, NULL);
  expect_house("en", "Chicken Kievs were served to the delegates.", 0, NULL);
  expect_house("en", "Historians of Kievan Rus met in Lviv.", 0, NULL);
  expect_house("en", "The 1986 Chernobyl disaster shaped the region.", 0,
                NULL);
  expect_house("en", "Troops left Chernobyl in March.", 1, "Chornobyl");
  expect_house("en", "Oil prices rose in Odessa, Texas.", 0, NULL);
  /* no names.* finding at all on a chicken Kiev sentence */
  wc_result *r = check_lang("en", "The chef served chicken Kiev to the "
                                  "delegation.");
  for (size_t i = 0; i < wc_result_count(r); i++)
    assert_true(strncmp(wc_result_at(r, i)->rule, "names.", 6) != 0);
  wc_result_free(r);
}

static void test_house_form_languages(void **state) {
  (void)state;
  /* each language by its own house forms */
  expect_house("de", "In Kiew heulten die Sirenen.", 0, NULL);
  expect_house("de", "In Kyiv heulten die Sirenen.", 1, "Kiew");
  expect_house("de", "In Kharkiv fiel der Strom aus.", 1, "Charkiw");
  expect_house("fr", "Les sirènes ont retenti à Kiev.", 0, NULL);
  expect_house("fr", "Les sirènes ont retenti à Kyiv.", 1, "Kiev");
  expect_house("fr", "Le port d’Odessa a été visé.", 0, NULL);
  expect_house("es", "Las sirenas sonaron en Kiev.", 0, NULL);
  expect_house("es", "Los civiles huyeron de Mariupol.", 1, "Mariúpol");
  expect_house("es", "La ciudad de Lugansk y la de Luhansk.", 0, NULL);
  /* source-language forms in a Latin-script article */
  expect_house("en", "Officials in Київ and Киев agreed.", 2, "Kyiv");
  /* another language's house form left by translation */
  expect_house("en", "Selenskyj spoke on Monday.", 1, "Zelenskyy");
  /* multi-word variants */
  expect_house("en", "Talks with Vladimir Zelensky resumed.", 1,
               "Volodymyr Zelenskyy");
}

static void test_inconsistent(void **state) {
  (void)state;
  wc_result *r = check_lang(
      "en", "Zelenskyy met the envoy. Later Zelensky spoke to reporters, "
            "and Zelenskyy left.");
  assert_int_equal(test_count_rule(r, "names.inconsistent"), 1);
  const wc_finding *f = nth(r, "names.inconsistent", 0);
  assert_string_equal(f->excerpt, "Zelensky");
  assert_string_equal(f->suggestions[0], "Zelenskyy");
  wc_result_free(r);
  /* names the house does not list: the form used most wins */
  r = check_lang("en", "The mayor, Vadym Boichenko, said the city was cut "
                       "off. Residents praised Boichenko. Later Boychenko "
                       "left the city.");
  assert_int_equal(test_count_rule(r, "names.inconsistent"), 1);
  f = nth(r, "names.inconsistent", 0);
  assert_string_equal(f->excerpt, "Boychenko");
  assert_string_equal(f->suggestions[0], "Boichenko");
  wc_result_free(r);
  /* distinct names in one article */
  r = check_lang("en", "Talks between Austria and Australia went on while "
                       "Iran and Iraq met; Georgia and George Smith, Jan "
                       "and Jana Novak, and Sweden and the Swedes watched.");
  assert_int_equal(test_count_rule(r, "names.inconsistent"), 0);
  wc_result_free(r);
  /* a word seen only at sentence starts is not taken for a name */
  r = check_lang("en", "Then the talks ended. The envoy left.");
  assert_int_equal(test_count_rule(r, "names.inconsistent"), 0);
  wc_result_free(r);
}

static void test_title(void **state) {
  (void)state;
  wc_result *r = check_lang("en", "“We will sign it,” said General "
                                  "Secretary Jens Stoltenberg.");
  assert_int_equal(test_count_rule(r, "names.title"), 1);
  const wc_finding *f = nth(r, "names.title", 0);
  assert_string_equal(f->excerpt, "General Secretary");
  assert_string_equal(f->suggestions[0], "Secretary General");
  wc_result_free(r);
  static const char *const fine[] = {
      "NATO Secretary General Jens Stoltenberg spoke.",
      "NATO Secretary-General Jens Stoltenberg spoke.",
      "Russian President Vladimir Putin and US President Joe Biden spoke.",
      "Deputy Foreign Minister Sergei Ryabkov spoke.",
      "EU foreign policy chief Josep Borrell spoke.",
      "The Kremlin said Putin would speak.",
      "Ukraine’s President Volodymyr Zelenskyy spoke.",
  };
  for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
    r = check_lang("en", fine[i]);
    if (test_count_rule(r, "names.title"))
      fail_msg("names.title on: %s", fine[i]);
    wc_result_free(r);
  }
  r = check_lang("de", "Das sagte Staatssekretär Jens Stoltenberg.");
  assert_int_equal(test_count_rule(r, "names.title"), 1);
  wc_result_free(r);
  r = check_lang("de", "Das sagte Nato-Generalsekretär Jens Stoltenberg.");
  assert_int_equal(test_count_rule(r, "names.title"), 0);
  wc_result_free(r);
}

static void test_batch(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  wc_result *a = NULL, *b = NULL, *c = NULL;
  wc_error err = {0};
  const char *ta = "* * *\n\nThe mayor, Vadym Boichenko, said the city was "
                   "cut off.\n";
  const char *tb = "* * *\n\nResidents praised Boychenko on Friday.\n";
  const char *tc = "* * *\n\nLater, Boichenko spoke to reporters again.\n";
  assert_int_equal(wc_check_buffer(e, "a.txt", ta, strlen(ta), WC_FMT_TEXT,
                                   &a, &err), WC_OK);
  assert_int_equal(wc_check_buffer(e, "b.txt", tb, strlen(tb), WC_FMT_TEXT,
                                   &b, &err), WC_OK);
  assert_int_equal(wc_check_buffer(e, "c.txt", tc, strlen(tc), WC_FMT_TEXT,
                                   &c, &err), WC_OK);
  wc_result *batch = wc_engine_batch_finish(e);
  assert_int_equal(test_count_rule(batch, "names.batch-inconsistent"), 1);
  const wc_finding *f = nth(batch, "names.batch-inconsistent", 0);
  assert_string_equal(f->path, "b.txt");
  assert_int_equal(f->line, 3);
  assert_string_equal(f->suggestions[0], "Boichenko");
  /* per-file results do not carry it */
  assert_int_equal(test_count_rule(b, "names.batch-inconsistent"), 0);
  wc_result_free(a);
  wc_result_free(b);
  wc_result_free(c);
  wc_result_free(batch);
  wc_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_key_merges_variants),
      cmocka_unit_test(test_key_keeps_distinct_names),
      cmocka_unit_test(test_key_cyrillic),
      cmocka_unit_test(test_house_form_inflections),
      cmocka_unit_test(test_house_form_exceptions),
      cmocka_unit_test(test_house_form_languages),
      cmocka_unit_test(test_inconsistent),
      cmocka_unit_test(test_title),
      cmocka_unit_test(test_batch),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

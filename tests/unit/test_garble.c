/* test_garble.c -- the garble family: each detector on what it must
 * catch and on what it must leave alone. */
#include "harness.h"

#include "check/garble.h"

/* First finding of a rule, or NULL. */
static const wc_finding *first_of(const wc_result *r, const char *rule) {
  for (size_t i = 0; i < wc_result_count(r); i++)
    if (strcmp(wc_result_at(r, i)->rule, rule) == 0)
      return wc_result_at(r, i);
  return NULL;
}

static size_t count(wc_engine *e, const char *text, const char *rule) {
  wc_result *r = test_check(e, text, WC_FMT_TEXT);
  size_t n = test_count_rule(r, rule);
  wc_result_free(r);
  return n;
}

#define HEAD "Headline of the story\n\n"

static void test_fragment(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  assert_int_equal(
      count(e,
            HEAD "NATO announced on Friday that it plans to deepen cyber "
                 "cooperation with Ukraine. West about Ukrainian security.\n",
            "garble.fragment"),
      1);
  /* a paragraph's first sentence, a quoted one, a credit: left alone */
  assert_int_equal(count(e, HEAD "West about Ukrainian security.\n",
                         "garble.fragment"),
                   0);
  assert_int_equal(
      count(e,
            HEAD "The talks ended without a deal. “Not a chance.”\n\n"
                 "The minister left. Reporting by Anna Smith.\n",
            "garble.fragment"),
      0);
  /* irregular and regular verbs are verbs */
  assert_int_equal(
      count(e,
            HEAD "The ministry issued a statement. The attack went badly. "
                 "Officials planned the response.\n",
            "garble.fragment"),
      0);
  wc_engine_free(e);
}

static void test_repetition(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  wc_result *r = test_check(
      e, HEAD "The the attack followed a similar intrusion in March.\n",
      WC_FMT_TEXT);
  const wc_finding *f = first_of(r, "garble.repetition");
  assert_non_null(f);
  assert_int_equal(f->nsuggestions, 1);
  assert_string_equal(f->suggestions[0], "The");
  wc_result_free(r);
  assert_int_equal(count(e, HEAD "He said he had had enough of the talks.\n",
                         "garble.repetition"),
                   0);
  assert_int_equal(count(e,
                         HEAD "Officials stressed the security of the "
                              "security of the network.\n",
                         "garble.repetition"),
                   1);
  assert_int_equal(
      count(e,
            HEAD "Investors have watched the sector closely since last "
                 "year.\n\nInvestors have watched the sector closely since "
                 "last year.\n",
            "garble.repetition"),
      1);
  wc_engine_free(e);
  wc_engine *de = test_engine("de");
  assert_int_equal(count(de,
                         HEAD "Die die Pläne unterstützenden Verbände "
                              "widersprechen.\n",
                         "garble.repetition"),
                   0);
  wc_engine_free(de);
  wc_engine *fr = test_engine("fr");
  assert_int_equal(count(fr,
                         HEAD "« Nous nous sommes engagés », a déclaré la "
                              "présidente.\n",
                         "garble.repetition"),
                   0);
  wc_engine_free(fr);
}

static void test_mojibake(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  wc_result *r = test_check(
      e, HEAD "The ministryâ€™s statement was short and clear.\n",
      WC_FMT_TEXT);
  const wc_finding *f = first_of(r, "garble.mojibake");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_ERROR);
  assert_string_equal(f->suggestions[0], "\xE2\x80\x99");
  wc_result_free(r);
  /* Cyrillic read as Windows-1252, a zero-width space inside a word */
  assert_int_equal(count(e, HEAD "He wrote Ð¡Ð°Ð½ÐºÑ†Ð¸Ð¸ on the wall.\n",
                         "garble.mojibake"),
                   1);
  assert_int_equal(count(e, HEAD "The opera\xE2\x80\x8Btion began.\n",
                         "garble.mojibake"),
                   1);
  wc_engine_free(e);
  /* French spacing is not mojibake: "é »" with a no-break space */
  wc_engine *fr = test_engine("fr");
  assert_int_equal(count(fr,
                         HEAD "Il a parlé d'un « avenir assuré\xC2\xA0» pour "
                              "la ville.\n",
                         "garble.mojibake"),
                   0);
  wc_engine_free(fr);
}

static void test_mixed_script(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  /* Kiеv with a Cyrillic е (U+0435) */
  wc_result *r = test_check(
      e, HEAD "Officials in Ki\xD0\xB5v said they had offered help.\n",
      WC_FMT_TEXT);
  const wc_finding *f = first_of(r, "garble.mixed-script");
  assert_non_null(f);
  assert_string_equal(f->suggestions[0], "Kiev");
  wc_result_free(r);
  wc_engine_free(e);
  wc_engine *ru = test_engine("ru");
  assert_int_equal(count(ru,
                         HEAD "Он написал об этом в своём Twitter-аккаунте "
                              "в понедельник.\n",
                         "garble.mixed-script"),
                   0);
  wc_engine_free(ru);
}

static void test_punctuation(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  assert_int_equal(count(e,
                         HEAD "Borrell said it was too early “to point "
                              "fingers at anyone. We have no proof” .\n",
                         "garble.punctuation"),
                   1);
  assert_int_equal(count(e, HEAD "Prices rose by 3.5 percent, etc., and fell "
                              "again (see www.example.com).\n",
                         "garble.punctuation"),
                   0);
  assert_int_equal(count(e, HEAD "The vote was close.the minister left.\n",
                         "garble.punctuation"),
                   1);
  assert_int_equal(count(e, HEAD "The vote was close (the minister left.\n",
                         "garble.punctuation"),
                   1);
  wc_engine_free(e);
  wc_engine *fr = test_engine("fr");
  assert_int_equal(count(fr,
                         HEAD "La principale hausse concerne les lycées : la "
                              "région investit. Pourquoi maintenant ?\n",
                         "garble.punctuation"),
                   0);
  wc_engine_free(fr);
  wc_engine *es = test_engine("es");
  assert_int_equal(count(es,
                         HEAD "¿Cuántas viviendas estarán listas?, preguntó "
                              "un portavoz.\n",
                         "garble.punctuation"),
                   0);
  wc_engine_free(es);
}

static void test_boilerplate_truncated(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  wc_result *r = test_check(
      e,
      HEAD "The talks ended on Friday.\n\nLeave a Reply\n\nYour email "
           "address will not be published. Required fields are marked *\n",
      WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "garble.boilerplate"), 2);
  /* the story itself ends with a full stop: not truncated */
  assert_int_equal(test_count_rule(r, "garble.truncated"), 0);
  wc_result_free(r);
  assert_int_equal(count(e,
                         HEAD "A draft is due to be presented to parliament "
                              "in the\n",
                         "garble.truncated"),
                   1);
  /* a missing full stop alone is not truncation */
  assert_int_equal(count(e, HEAD "A draft is due to be presented to "
                              "parliament next month\n",
                         "garble.truncated"),
                   0);
  wc_engine_free(e);
}

static void test_untranslated(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  assert_int_equal(count(e,
                         HEAD "The government said the measures would apply "
                              "on Monday. Санкции вступят в силу немедленно.\n",
                         "garble.untranslated"),
                   1);
  /* the original name in brackets, and a name in another script */
  assert_int_equal(count(e,
                         HEAD "The Verkhovna Rada (Верховна Рада) passed the "
                              "bill on Tuesday.\n",
                         "garble.untranslated"),
                   0);
  assert_int_equal(count(e,
                         HEAD "A spokesman declined to comment. Er sagte, "
                              "dass die Regierung noch keine Beweise hat.\n",
                         "garble.untranslated"),
                   1);
  wc_engine_free(e);
}

static void test_grammar_is_lazy(void **state) {
  (void)state;
  wc_engine *e = test_engine("en");
  wc_result *r = test_check(e, HEAD "The the attack followed a similar "
                                    "intrusion in early March.\n",
                            WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "garble.grammar"), 0);
  wc_result_free(r);
  /* no --deep: link-grammar was never initialized */
  wc_lang *l = wc_engine_lang(e, "en");
  assert_null(l->grammar);
  assert_false(l->grammar_tried);
  wc_engine_free(e);
#ifdef WC_HAVE_LINKGRAMMAR
  wc_options o = {0};
  o.data_dir = test_data_dir();
  o.lang = "en";
  o.deep = true;
  wc_error err = {0};
  assert_int_equal(wc_engine_new(&o, &e, &err), WC_OK);
  r = test_check(e, HEAD "The the attack followed a similar intrusion in "
                         "early March.\n",
                 WC_FMT_TEXT);
  assert_int_equal(test_count_rule(r, "garble.grammar"), 1);
  wc_result_free(r);
  wc_engine_free(e);
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fragment),
      cmocka_unit_test(test_repetition),
      cmocka_unit_test(test_mojibake),
      cmocka_unit_test(test_mixed_script),
      cmocka_unit_test(test_punctuation),
      cmocka_unit_test(test_boilerplate_truncated),
      cmocka_unit_test(test_untranslated),
      cmocka_unit_test(test_grammar_is_lazy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

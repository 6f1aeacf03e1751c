/* test_spelling.c -- spelling.unknown: hunspell plus the wire-copy
 * supplement; what is skipped (URLs, e-mail, numbers, acronyms, also with
 * a possessive), severities (a capitalized unknown word mid-sentence is a
 * name: info), suggestions, the per-run cache (each distinct word looked up
 * once), abbreviations before their full stop, German compounds, the
 * Ukrainian apostrophe and French elision. */
#include "harness.h"

#include "doc/lang.h"

/* A fresh engine for each test, so the cache starts empty. */
static wc_engine *eng_for(const char *lang) { return test_engine(lang); }

/* Only the spelling findings of a check. */
static size_t count_spelling(const wc_result *r) {
  return test_count_rule(r, "spelling.unknown");
}

/* The first spelling.unknown finding on excerpt word, or NULL. */
static const wc_finding *spelling_on(const wc_result *r, const char *word) {
  for (size_t i = 0; i < wc_result_count(r); i++) {
    const wc_finding *f = wc_result_at(r, i);
    if (strcmp(f->rule, "spelling.unknown") == 0 && f->excerpt &&
        strcmp(f->excerpt, word) == 0)
      return f;
  }
  return NULL;
}

static void print_spelling(const wc_result *r) {
  for (size_t i = 0; i < wc_result_count(r); i++) {
    const wc_finding *f = wc_result_at(r, i);
    if (strcmp(f->rule, "spelling.unknown") == 0)
      print_message("  %zu:%zu %s\n", f->line, f->column, f->message);
  }
}

static void expect_clean(const char *lang, const char *text) {
  wc_engine *e = eng_for(lang);
  wc_result *r = test_check(e, text, WC_FMT_TEXT);
  if (count_spelling(r) != 0) {
    print_spelling(r);
    wc_result_free(r);
    wc_engine_free(e);
    fail_msg("%s: spelling findings on clean text", lang);
  }
  wc_result_free(r);
  wc_engine_free(e);
}

static void test_known_words(void **state) {
  (void)state;
  expect_clean("en", "The minister said the talks would resume on Monday.\n");
  expect_clean("de", "Die Ministerin sagte, die Gespr\u00E4che gingen am Montag "
                     "weiter.\n");
  expect_clean("fr", "La ministre a dit que les discussions reprendraient "
                     "lundi.\n");
  expect_clean("es", "La ministra dijo que las conversaciones se reanudar\u00E1n "
                     "el lunes.\n");
}

static void test_unknown_with_suggestions(void **state) {
  (void)state;
  wc_engine *e = eng_for("en");
  wc_result *r = test_check(e, "The goverment said the talks would resume.\n",
                            WC_FMT_TEXT);
  assert_int_equal(count_spelling(r), 1);
  const wc_finding *f = spelling_on(r, "goverment");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_WARNING);
  bool has = false;
  for (size_t i = 0; i < f->nsuggestions; i++)
    if (strcmp(f->suggestions[i], "government") == 0)
      has = true;
  assert_true(has);
  assert_non_null(strstr(f->message, "government"));
  wc_result_free(r);
  wc_engine_free(e);
}

static void test_capitalized_name_is_info(void **state) {
  (void)state;
  wc_engine *e = eng_for("en");
  /* an unknown capitalized word mid-sentence: a name, info level */
  wc_result *r = test_check(e, "The talks were led by Qwzxplorgh in Geneva.\n",
                            WC_FMT_TEXT);
  const wc_finding *f = spelling_on(r, "Qwzxplorgh");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_INFO);
  wc_result_free(r);
  /* opening a sentence it is a name too; a near typo there is a warning */
  r = test_check(e, "Qwzxplorgh led the talks. Goverment officials said so.\n",
                 WC_FMT_TEXT);
  f = spelling_on(r, "Qwzxplorgh");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_INFO);
  f = spelling_on(r, "Goverment");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_WARNING);
  wc_result_free(r);
  /* in lower case too, a word no known word is one edit from is reported
   * as unknown (info, no suggestions), not as a typo */
  r = test_check(e, "The talks were led by qwzxplorgh in Geneva.\n",
                 WC_FMT_TEXT);
  f = spelling_on(r, "qwzxplorgh");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_INFO);
  assert_int_equal(f->nsuggestions, 0);
  wc_result_free(r);
  wc_engine_free(e);
}

static void test_possessive(void **state) {
  (void)state;
  /* SBU's with a curly or straight apostrophe is an acronym; the
   * supplement knows Stoltenberg and Borrell */
  expect_clean("en", "The SBU\u2019s chief, the SBU's deputy, NATO\u2019s "
                     "envoy, Stoltenberg\u2019s aide and Borrell's office "
                     "met.\n");
  /* an unknown name with a possessive is reported whole, once */
  wc_engine *e = eng_for("en");
  wc_result *r = test_check(e, "They met Qwzxplorgh\u2019s envoy.\n",
                            WC_FMT_TEXT);
  assert_int_equal(count_spelling(r), 1);
  assert_non_null(spelling_on(r, "Qwzxplorgh\u2019s"));
  wc_result_free(r);
  wc_engine_free(e);
}

static void test_skipped_tokens(void **state) {
  (void)state;
  expect_clean("en", "See https://www.exmaple-nws.com/qwzx_plorgh or write "
                     "to qwzx.plorgh@exmaple-nws.org about 1,000.5 tonnes, "
                     "3rdd round and 42zz units, as the IAEA and WHOO "
                     "said.\n");
}

static void test_cache_each_word_once(void **state) {
  (void)state;
  wc_engine *e = eng_for("en");
  /* other families share the cache; measure the spelling check alone */
  const char *others[] = {"names", "style", "quotes", "garble"};
  for (size_t i = 0; i < 4; i++)
    assert_int_equal(wc_engine_set_enabled(e, others[i], false), WC_OK);
  wc_lang *l = wc_engine_lang(e, "en");
  size_t before = wc_map_count(l->spell_cache);
  const char *text = "the ministr and the ministr and the ministr said it\n";
  wc_result *r = test_check(e, text, WC_FMT_TEXT);
  /* three findings, one lookup per distinct word: the ministr and said
   * it (the first "the" starts the sentence and is known as written) */
  assert_int_equal(count_spelling(r), 3);
  size_t after = wc_map_count(l->spell_cache);
  assert_int_equal(after - before, 5);
  /* the suggestions were computed once and are the same on all three */
  const wc_finding *first = NULL;
  for (size_t i = 0; i < wc_result_count(r); i++) {
    const wc_finding *f = wc_result_at(r, i);
    if (strcmp(f->rule, "spelling.unknown") != 0)
      continue;
    if (!first) {
      first = f;
      assert_true(f->nsuggestions > 0);
      continue;
    }
    assert_int_equal(f->nsuggestions, first->nsuggestions);
    for (size_t k = 0; k < f->nsuggestions; k++)
      assert_string_equal(f->suggestions[k], first->suggestions[k]);
  }
  wc_result_free(r);
  /* a second document with the same words adds nothing */
  r = test_check(e, text, WC_FMT_TEXT);
  assert_int_equal(wc_map_count(l->spell_cache), after);
  wc_result_free(r);
  wc_engine_free(e);
}

static void test_seed_words(void **state) {
  (void)state;
  expect_clean("en", "NATO chief Jens Stoltenberg and Josep Borrell met "
                     "Sergei Ryabkov after cyberattacks on the SBU; "
                     "infantrymen trained near Rostov-on-Don, Kyiv said, "
                     "and Zelenskyy, Zelensky and Zelenskiy were all "
                     "spelled.\n");
  expect_clean("de", "Nach dem Cyberangriff sagte Selenskyj in Kyjiw, "
                     "Stoltenberg und Borrell h\u00E4tten angerufen.\n");
  /* "Столтенберг і Боррель засудили кібератаку." */
  expect_clean("uk", "\u0421\u0442\u043E\u043B\u0442\u0435\u043D\u0431\u0435"
                     "\u0440\u0433 \u0456 \u0411\u043E\u0440\u0440\u0435"
                     "\u043B\u044C \u0437\u0430\u0441\u0443\u0434\u0438\u043B"
                     "\u0438 \u043A\u0456\u0431\u0435\u0440\u0430\u0442\u0430"
                     "\u043A\u0443.\n");
  /* "Столтенберг и Боррель осудили кибератаку." */
  expect_clean("ru", "\u0421\u0442\u043E\u043B\u0442\u0435\u043D\u0431\u0435"
                     "\u0440\u0433 \u0438 \u0411\u043E\u0440\u0440\u0435"
                     "\u043B\u044C \u043E\u0441\u0443\u0434\u0438\u043B"
                     "\u0438 \u043A\u0438\u0431\u0435\u0440\u0430\u0442\u0430"
                     "\u043A\u0443.\n");
}

static void test_apostrophes_and_elision(void **state) {
  (void)state;
  /* "Він купив м’ясо, мʼясо і м'ясо, а п`ять кіл — ні." */
  expect_clean("uk", "\u0412\u0456\u043D \u043A\u0443\u043F\u0438\u0432 "
                     "\u043C\u2019\u044F\u0441\u043E, \u043C\u02BC\u044F"
                     "\u0441\u043E \u0456 \u043C'\u044F\u0441\u043E, \u0430 "
                     "\u043F`\u044F\u0442\u044C \u043A\u0456\u043B \u2014 "
                     "\u043D\u0456.\n");
  expect_clean("fr", "Il a parl\u00E9 \u00E0 l\u2019Ukraine aujourd\u2019hui, "
                     "jusqu\u2019\u00E0 pr\u00E9sent, et qu\u2019il "
                     "l\u2019a dit.\n");
}

static void test_abbreviations(void **state) {
  (void)state;
  expect_clean("de", "Er brachte \u00C4pfel, Birnen usw. nach Hause, sagte "
                     "Hr. M\u00FCller.\n");
  expect_clean("en", "It was Gen. Smith, with Lt. Col. Jones, etc.\n");
}

static void test_german_compounds(void **state) {
  (void)state;
  expect_clean("de", "Das Oliven\u00F6l und die Intensivbetten wurden "
                     "wiederer\u00F6ffnet, als er die Tornadoschutzr"
                     "\u00E4ume zur\u00FCckließ.\n");
  wc_engine *e = eng_for("de");
  /* a misspelling whose parts are not words is still flagged */
  wc_result *r = test_check(e, "Die Regierrung tagte.\n", WC_FMT_TEXT);
  assert_non_null(spelling_on(r, "Regierrung"));
  wc_result_free(r);
  /* a function word is no last part: "Kimmich" is not Kimm|ich */
  r = test_check(e, "Wir sahen gestern Wurstich.\n", WC_FMT_TEXT);
  assert_non_null(spelling_on(r, "Wurstich"));
  wc_result_free(r);
  wc_engine_free(e);
}


/* An unknown word is a warning only when a known word is one edit away:
 * a typo.  Anything else (a coinage, a foreign word, a name next to
 * another name) is info, and no hunspell suggestion search runs for it. */
static void test_typo_or_unknown(void **state) {
  (void)state;
  wc_engine *e = eng_for("en");
  wc_result *r = test_check(e,
                            "Headline\n\nThe goverment met the blorptastic "
                            "committee on Monday.\n",
                            WC_FMT_TEXT);
  const wc_finding *typo = spelling_on(r, "goverment");
  assert_non_null(typo);
  assert_int_equal(typo->severity, WC_SEV_WARNING);
  assert_true(typo->nsuggestions >= 1);
  assert_string_equal(typo->suggestions[0], "government");
  const wc_finding *odd = spelling_on(r, "blorptastic");
  assert_non_null(odd);
  assert_int_equal(odd->severity, WC_SEV_INFO);
  assert_int_equal(odd->nsuggestions, 0);
  wc_result_free(r);
  wc_engine_free(e);
}

static void test_foreign_word_is_info(void **state) {
  (void)state;
  /* English words in German copy are one edit from German words (Street/
   * Streit, College/Collage) but are English, not typos */
  wc_engine *e = eng_for("de");
  wc_result *r = test_check(e,
                            "Überschrift\n\nDie Schule liegt an der Main "
                            "Street neben dem College der Stadt.\n",
                            WC_FMT_TEXT);
  const wc_finding *f = spelling_on(r, "Street");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_INFO);
  assert_non_null(strstr(f->message, "English"));
  f = spelling_on(r, "College");
  assert_true(f == NULL || f->severity == WC_SEV_INFO);
  /* a German typo one edit from its word is still a warning */
  wc_result_free(r);
  r = test_check(e, "Überschrift\n\nDie Regirung tagte am Montag.\n",
                 WC_FMT_TEXT);
  f = spelling_on(r, "Regirung");
  assert_non_null(f);
  assert_int_equal(f->severity, WC_SEV_WARNING);
  wc_result_free(r);
  wc_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_known_words),
      cmocka_unit_test(test_unknown_with_suggestions),
      cmocka_unit_test(test_capitalized_name_is_info),
      cmocka_unit_test(test_possessive),
      cmocka_unit_test(test_skipped_tokens),
      cmocka_unit_test(test_cache_each_word_once),
      cmocka_unit_test(test_seed_words),
      cmocka_unit_test(test_apostrophes_and_elision),
      cmocka_unit_test(test_abbreviations),
      cmocka_unit_test(test_german_compounds),
      cmocka_unit_test(test_typo_or_unknown),
      cmocka_unit_test(test_foreign_word_is_info),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

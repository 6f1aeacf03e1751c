/* test_translit.c -- Ukrainian (national system of 2010) and Russian
 * (BGN/PCGN) romanization against the official example pairs. */
#include "harness.h"

#include "core/translit.h"

static void expect(const char *lang, const char *in, const char *want) {
  char *out = NULL;
  wc_error err = {0};
  assert_int_equal(wc_transliterate(lang, in, strlen(in), &out, &err), WC_OK);
  if (strcmp(out, want) != 0)
    fail_msg("%s: '%s' gave '%s', want '%s'", lang, in, out, want);
  wc_free(out);
}

/* The examples of KMU Resolution No. 55 and the pairs of the issue. */
static void test_uk_official(void **state) {
  (void)state;
  static const char *const pairs[][2] = {
      {"Київ", "Kyiv"},          {"Харків", "Kharkiv"},
      {"Згорани", "Zghorany"},   {"Розгон", "Rozghon"},
      {"Згурський", "Zghurskyi"}, {"Зеленський", "Zelenskyi"},
      {"Андрій", "Andrii"},      {"Вінниця", "Vinnytsia"},
      {"Гадяч", "Hadiach"},      {"Ґорґани", "Gorgany"},
      {"Єнакієве", "Yenakiieve"}, {"Їжакевич", "Yizhakevych"},
      {"Кадиївка", "Kadyivka"},  {"Йосипівка", "Yosypivka"},
      {"Стрий", "Stryi"},        {"Юрій", "Yurii"},
      {"Яготин", "Yahotyn"},     {"Знам'янка", "Znamianka"},
      {"Знам’янка", "Znamianka"}, {"Рівне", "Rivne"},
      {"Донецьк", "Donetsk"},    {"Кличко", "Klychko"},
      {"Шмигаль", "Shmyhal"},    {"Сєвєродонецьк", "Sievierodonetsk"},
      {"Запоріжжя", "Zaporizhzhia"}, {"Миколаїв", "Mykolaiv"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    expect("uk", pairs[i][0], pairs[i][1]);
}

static void test_uk_word_initial(void **state) {
  (void)state;
  /* є ї й ю я are ye yi y yu ya only at the start of a word */
  expect("uk", "Яр ява Юля", "Yar yava Yulia");
  expect("uk", "Мая", "Maia");
  expect("uk", "Їжак і Ївга", "Yizhak i Yivha");
  /* after an apostrophe the letter is not word-initial */
  expect("uk", "м'ясо", "miaso");
  /* an apostrophe that is not inside a word stays */
  expect("uk", "'Київ'", "'Kyiv'");
}

static void test_uk_case(void **state) {
  (void)state;
  expect("uk", "ЩУКА", "SHCHUKA");
  expect("uk", "Щука", "Shchuka");
  expect("uk", "ЖИТОМИР", "ZHYTOMYR");
  expect("uk", "Житомир", "Zhytomyr");
  expect("uk", "ЮРІЙ", "YURII");
}

static void test_ru_bgn(void **state) {
  (void)state;
  static const char *const pairs[][2] = {
      {"Москва", "Moskva"},        {"Рябков", "Ryabkov"},
      {"Навальный", "Naval’nyy"},  {"Евгений", "Yevgeniy"},
      {"Дмитрий", "Dmitriy"},      {"Лавров", "Lavrov"},
      {"Объявление", "Ob”yavleniye"}, {"Царёв", "Tsarëv"},
      {"Ёлка", "Yëlka"},           {"Мария Захарова", "Mariya Zakharova"},
      {"Шойгу", "Shoygu"},         {"Щёлково", "Shchëlkovo"},
      {"Эстония", "Estoniya"},     {"Киев", "Kiyev"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    expect("ru", pairs[i][0], pairs[i][1]);
  /* е after a vowel, й, ъ or ь is ye */
  expect("ru", "Заир Воробьев Майер", "Zair Vorob’yev Mayyer");
  expect("ru", "ЕЛЬЦИН", "YEL’TSIN");
}

static void test_passthrough_and_errors(void **state) {
  (void)state;
  expect("uk", "NATO і Київ, 2022.", "NATO i Kyiv, 2022.");
  expect("ru", "", "");
  char *out = NULL;
  wc_error err = {0};
  assert_int_equal(wc_transliterate("de", "x", 1, &out, &err), WC_ERR_USAGE);
  assert_null(out);
  assert_non_null(strstr(err.msg, "uk or ru"));
  /* invalid UTF-8 becomes U+FFFD */
  assert_int_equal(wc_transliterate("uk", "К\xff", 3, &out, &err), WC_OK);
  assert_string_equal(out, "K\xEF\xBF\xBD");
  wc_free(out);
}

static void test_guess(void **state) {
  (void)state;
  assert_int_equal(wc_translit_guess("Київ", strlen("Київ"), WC_TRANSLIT_RU),
                   WC_TRANSLIT_UK);
  assert_int_equal(wc_translit_guess("Навальный", strlen("Навальный"),
                                     WC_TRANSLIT_UK),
                   WC_TRANSLIT_RU);
  assert_int_equal(wc_translit_guess("Кулеба", strlen("Кулеба"),
                                     WC_TRANSLIT_UK),
                   WC_TRANSLIT_UK);
  assert_true(wc_translit_has_cyrillic("abc Київ", strlen("abc Київ")));
  assert_false(wc_translit_has_cyrillic("Kyiv", 4));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_uk_official),
      cmocka_unit_test(test_uk_word_initial),
      cmocka_unit_test(test_uk_case),
      cmocka_unit_test(test_ru_bgn),
      cmocka_unit_test(test_passthrough_and_errors),
      cmocka_unit_test(test_guess),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

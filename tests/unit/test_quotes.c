/* test_quotes.c -- quotation extraction, attribution and the quotes.*
 * rules. */
#include "harness.h"

#include "check/quotes_scan.h"

typedef struct qfix {
  wc_engine *e;
  wc_doc *d;
  wc_quotes qs;
} qfix;

static void analyze(qfix *f, const char *lang, const char *text) {
  f->e = test_engine(lang);
  f->d = test_doc(f->e, text, WC_FMT_TEXT);
  wc_quotes_analyze(f->d, wc_engine_lang(f->e, f->d->lang), f->e->style,
                    &f->qs);
}

static void done(qfix *f) {
  wc_quotes_cleanup(&f->qs);
  wc_doc_free(f->d);
  wc_engine_free(f->e);
}

/* Outermost first parts of quote chains, in order. */
static size_t nheads(const qfix *f) {
  size_t n = 0;
  for (size_t i = 0; i < f->qs.q.n; i++)
    if (f->qs.q.v[i].depth == 0 && f->qs.q.v[i].prev_part == WC_QNONE)
      n++;
  return n;
}

static const wc_quote *head(const qfix *f, size_t k) {
  for (size_t i = 0; i < f->qs.q.n; i++)
    if (f->qs.q.v[i].depth == 0 && f->qs.q.v[i].prev_part == WC_QNONE &&
        k-- == 0)
      return &f->qs.q.v[i];
  fail_msg("no quote %zu", k);
  return NULL;
}

static void assert_content(const qfix *f, const wc_quote *q, const char *s) {
  size_t n = q->cend - q->cstart;
  char *got = wc_xstrndup(f->d->text + q->cstart, n);
  if (strcmp(got, s) != 0)
    fail_msg("quote is '%s', expected '%s'", got, s);
  free(got);
}

static void assert_speaker(const qfix *f, const wc_quote *q, const char *who,
                           wc_qhow how) {
  char *got = wc_quotes_speaker(f->d, &f->qs, q);
  if (strcmp(got, who) != 0 || q->how != how)
    fail_msg("speaker '%s' (%s), expected '%s' (%s)", got,
             wc_qhow_name(q->how), who, wc_qhow_name(how));
  free(got);
}

static size_t count_marks(const qfix *f, const char *needle) {
  size_t n = 0;
  for (size_t i = 0; i < f->qs.marks.n; i++)
    if (strstr(f->qs.marks.v[i].msg, needle))
      n++;
  return n;
}

/* ---- extraction ---- */

static void test_apostrophes_are_not_quotes(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "Old rivals meet after ‘massive’ fight\n\n"
          "The countries’ leaders don’t agree, and in the ’90s they never "
          "did, said the club’s coach.\n");
  assert_int_equal(nheads(&f), 1);
  assert_content(&f, head(&f, 0), "massive");
  assert_true(head(&f, 0)->scare);
  assert_int_equal(f.qs.marks.n, 0);
  done(&f);
}

static void test_nested_and_partial(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "The minister said the plan was “not finished” yet.\n\n"
          "“They keep telling me ‘we are ready’, and I believe them,” "
          "Jane Smith said.\n");
  assert_int_equal(nheads(&f), 2);
  assert_content(&f, head(&f, 0), "not finished");
  assert_int_equal(f.qs.q.n, 3); /* the nested ‘we are ready’ */
  const wc_quote *inner = &f.qs.q.v[2];
  assert_int_equal(inner->depth, 1);
  assert_content(&f, inner, "we are ready");
  assert_int_equal(f.qs.marks.n, 0);
  done(&f);
}

static void test_paragraphs_reopened(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "“The first paragraph of the statement goes on and on,\n\n"
          "“and the second one ends it,” the club said.\n");
  assert_int_equal(nheads(&f), 1);
  const wc_quote *q = head(&f, 0);
  assert_true(q->next_part != WC_QNONE);
  assert_int_equal(wc_quotes_chain_words(&f.qs, 0), 16);
  assert_int_equal(f.qs.marks.n, 0);
  assert_speaker(&f, q, "the club", WC_QHOW_AFTER);
  done(&f);
}

static void test_opening_mark_used_to_close(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "“NATO and Ukraine will sign an agreement. “said Jens "
          "Stoltenberg.\n");
  assert_int_equal(nheads(&f), 1);
  assert_int_equal(count_marks(&f, "opening mark “; use ”"), 1);
  assert_speaker(&f, head(&f, 0), "Jens Stoltenberg", WC_QHOW_INVERTED);
  done(&f);
}

static void test_unbalanced_and_foreign(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "“We will win, Ruiz said.\n\n"
          "Ruiz called it “the best season of my life”.\n\n"
          "Tickets sold out,” Lang said.\n\n"
          "„We attack early,“ Ruiz said.\n");
  assert_int_equal(count_marks(&f, "never closed"), 1);
  assert_int_equal(count_marks(&f, "no opening mark"), 1);
  assert_int_equal(count_marks(&f, "not a quotation mark of en"), 1);
  done(&f);
}

static void test_guillemets(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "fr",
          "«\xC2\xA0Nous avons fait une proposition sérieuse\xC2\xA0», a déclaré "
          "M. Beaune. L’Ukraine n’a pas répondu.\n");
  assert_int_equal(nheads(&f), 1);
  assert_content(&f, head(&f, 0),
                 "\xC2\xA0Nous avons fait une proposition sérieuse\xC2\xA0");
  assert_int_equal(f.qs.marks.n, 0);
  assert_speaker(&f, head(&f, 0), "Beaune", WC_QHOW_INVERTED);
  assert_int_equal(head(&f, 0)->gender, WC_GENDER_MALE);
  done(&f);
  /* German »…« and „…“ */
  analyze(&f, "de",
          "»Wir streiken weiter«, sagte er. „Jetzt ist die Bahn am Zug“, "
          "so Weselsky.\n");
  assert_int_equal(nheads(&f), 2);
  assert_content(&f, head(&f, 0), "Wir streiken weiter");
  assert_content(&f, head(&f, 1), "Jetzt ist die Bahn am Zug");
  assert_int_equal(count_marks(&f, "not the house quotation mark"), 1);
  done(&f);
}

/* ---- attribution ---- */

static void test_english_attribution(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "Transport Minister Maria Lopez said talks had “reached a dead "
          "end”.\n\n"
          "“We have offered more than anyone,” Lopez told reporters. “The "
          "union has to move.”\n\n"
          "According to the port authority, “40 ships are waiting”.\n\n"
          "The port authority said in a statement: “Every day costs "
          "money.”\n\n"
          "“Our members are ready,” said union leader Tom Hardy.\n\n"
          "“Nobody offered us anything,” the union said in a statement.\n");
  assert_int_equal(nheads(&f), 7);
  assert_speaker(&f, head(&f, 0), "Maria Lopez", WC_QHOW_BEFORE);
  assert_speaker(&f, head(&f, 1), "Maria Lopez", WC_QHOW_AFTER);
  assert_speaker(&f, head(&f, 2), "Maria Lopez", WC_QHOW_FOLLOW_ON);
  assert_speaker(&f, head(&f, 3), "the port authority", WC_QHOW_ACCORDING);
  assert_speaker(&f, head(&f, 4), "The port authority", WC_QHOW_COLON);
  assert_speaker(&f, head(&f, 5), "Tom Hardy", WC_QHOW_INVERTED);
  assert_speaker(&f, head(&f, 6), "the union", WC_QHOW_AFTER);
  assert_int_equal(head(&f, 6)->kind, WC_SPK_DESCRIPTION);
  done(&f);
}

static void test_apposition_and_pronoun(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "en",
          "Jens Stoltenberg spoke first.\n\n"
          "Jane Doe, a NATO spokeswoman, said the alliance was watching.\n\n"
          "“We will find out more today,” she said.\n");
  assert_int_equal(nheads(&f), 1);
  const wc_quote *q = head(&f, 0);
  assert_int_equal(q->kind, WC_SPK_PRONOUN);
  assert_int_equal(q->gender, WC_GENDER_FEMALE);
  assert_speaker(&f, q, "Jane Doe", WC_QHOW_AFTER);
  done(&f);
}

static void test_other_languages(void **st) {
  (void)st;
  qfix f;
  analyze(&f, "de",
          "„Wir haben ein Angebot vorgelegt“, sagte Verkehrsminister Volker "
          "Wissing.\n\n"
          "Laut der Deutschen Bahn fallen „rund 80 Prozent der Züge“ aus.\n");
  assert_speaker(&f, head(&f, 0), "Volker Wissing", WC_QHOW_INVERTED);
  assert_speaker(&f, head(&f, 1), "Deutschen Bahn", WC_QHOW_ACCORDING);
  done(&f);
  analyze(&f, "fr",
          "La porte-parole du syndicat, Sophie Binet, a répondu : « Rien "
          "n’est arrivé. »\n\n"
          "« Nous ne céderons pas », a-t-elle ajouté.\n\n"
          "Selon la SNCF, « trois trains sur quatre » circuleront.\n");
  assert_speaker(&f, head(&f, 0), "Sophie Binet", WC_QHOW_COLON);
  assert_speaker(&f, head(&f, 1), "Sophie Binet", WC_QHOW_INVERTED);
  assert_int_equal(head(&f, 1)->gender, WC_GENDER_FEMALE);
  assert_speaker(&f, head(&f, 2), "la SNCF", WC_QHOW_ACCORDING);
  done(&f);
  analyze(&f, "es",
          "«Ningún agricultor se quedará atrás», dijo la ministra Luisa "
          "Romero.\n\n"
          "Según la patronal, «las pérdidas son enormes».\n");
  assert_speaker(&f, head(&f, 0), "Luisa Romero", WC_QHOW_INVERTED);
  assert_speaker(&f, head(&f, 1), "la patronal", WC_QHOW_ACCORDING);
  done(&f);
  analyze(&f, "uk",
          "«Ми підпишемо угоду», — заявив Єнс Столтенберг.\n\n"
          "За словами Столтенберга, «це лише початок».\n");
  assert_speaker(&f, head(&f, 0), "Єнс Столтенберг", WC_QHOW_INVERTED);
  assert_int_equal(head(&f, 0)->verb_gender, WC_GENDER_MALE);
  assert_speaker(&f, head(&f, 1), "Єнс Столтенберг", WC_QHOW_ACCORDING);
  done(&f);
  analyze(&f, "ru",
          "«Мы ждём предложений», — заявила Мария Захарова.\n\n"
          "По словам Захаровой, «ответ не содержит ничего нового».\n");
  assert_speaker(&f, head(&f, 0), "Мария Захарова", WC_QHOW_INVERTED);
  assert_int_equal(head(&f, 0)->verb_gender, WC_GENDER_FEMALE);
  assert_speaker(&f, head(&f, 1), "Мария Захарова", WC_QHOW_ACCORDING);
  done(&f);
}

/* ---- the rules ---- */

static size_t rule_count(const char *lang, const char *text,
                         const char *rule) {
  wc_engine *e = test_engine(lang);
  wc_result *r = test_check(e, text, WC_FMT_TEXT);
  size_t n = test_count_rule(r, rule);
  wc_result_free(r);
  wc_engine_free(e);
  return n;
}

static void test_rule_pronoun(void **st) {
  (void)st;
  const char *men = "Jens Stoltenberg spoke first. Josep Borrell agreed.\n\n"
                    "“We will see what we find out today,” she said.\n";
  assert_int_equal(rule_count("en", men, "quotes.pronoun"), 1);
  const char *woman = "Jens Stoltenberg spoke first.\n\n"
                      "Jane Doe, a NATO spokeswoman, said the alliance was "
                      "ready.\n\n"
                      "“We will see what we find out today,” she said.\n";
  assert_int_equal(rule_count("en", woman, "quotes.pronoun"), 0);
  const char *uk = "Генеральний секретар НАТО Єнс Столтенберг заявив, що "
                   "альянс допоможе.\n\n"
                   "«Це лише перший крок», — заявила вона.\n";
  assert_int_equal(rule_count("uk", uk, "quotes.pronoun"), 1);
  const char *uk_f = "Речниця Олена Петренко заявила, що альянс допоможе.\n\n"
                     "«Це лише перший крок», — заявила вона.\n";
  assert_int_equal(rule_count("uk", uk_f, "quotes.pronoun"), 0);
}

static void test_rule_unknown_speaker(void **st) {
  (void)st;
  assert_int_equal(
      rule_count("en",
                 "Hackers hit government sites.\n\n"
                 "“All information about you has become public,” the "
                 "message read.\n",
                 "quotes.unknown-speaker"),
      1);
  assert_int_equal(
      rule_count("en",
                 "Hackers left a message on the sites.\n\n"
                 "“All information about you has become public,” the "
                 "message read.\n",
                 "quotes.unknown-speaker"),
      0);
  assert_int_equal(
      rule_count("en",
                 "“The content was not modified,” the SBU’s security "
                 "department said in a statement.\n",
                 "quotes.unknown-speaker"),
      0);
}

static void test_rule_unattributed_and_conflict(void **st) {
  (void)st;
  assert_int_equal(
      rule_count("en",
                 "Ships queued along the coast.\n\n"
                 "Schools stayed open.\n\n"
                 "“Nobody here remembers a winter like this one.”\n",
                 "quotes.unattributed"),
      1);
  /* four words: too short to ask for a speaker */
  assert_int_equal(rule_count("en",
                              "Ships queued.\n\nSchools closed.\n\n"
                              "“Nobody remembers this.”\n",
                              "quotes.unattributed"),
                   0);
  assert_int_equal(
      rule_count("en",
                 "“We will not be bullied into a deal,” Sarah Mills said.\n\n"
                 "“We will not be bullied into a deal,” Maria Lopez said.\n",
                 "quotes.conflict"),
      1);
  assert_int_equal(
      rule_count("en",
                 "“We will not be bullied into a deal,” Sarah Mills said.\n\n"
                 "“We will not be bullied into a deal,” Mills said again.\n",
                 "quotes.conflict"),
      0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_apostrophes_are_not_quotes),
      cmocka_unit_test(test_nested_and_partial),
      cmocka_unit_test(test_paragraphs_reopened),
      cmocka_unit_test(test_opening_mark_used_to_close),
      cmocka_unit_test(test_unbalanced_and_foreign),
      cmocka_unit_test(test_guillemets),
      cmocka_unit_test(test_english_attribution),
      cmocka_unit_test(test_apposition_and_pronoun),
      cmocka_unit_test(test_other_languages),
      cmocka_unit_test(test_rule_pronoun),
      cmocka_unit_test(test_rule_unknown_speaker),
      cmocka_unit_test(test_rule_unattributed_and_conflict),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

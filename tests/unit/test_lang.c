/* test_lang.c -- language detection (wc_lang_detect) on article-length
 * text in the six languages, on a headline with two paragraphs, and on
 * short or ambiguous input; the profiles and lists it reads. */
#include "harness.h"

#include "doc/lang.h"

static wc_engine *eng;
static wc_lang *langs[6];

static int setup(void **state) {
  (void)state;
  eng = test_engine(NULL);
  const char *codes[6] = {"en", "de", "fr", "es", "uk", "ru"};
  for (size_t i = 0; i < 6; i++)
    langs[i] = wc_engine_lang(eng, codes[i]);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  wc_engine_free(eng);
  return 0;
}

static const char *detect(const char *text) {
  return wc_lang_detect(langs, 6, text, strlen(text));
}

static void expect_lang(const char *text, const char *want) {
  const char *got = detect(text);
  if (!want) {
    if (got)
      fail_msg("detected '%s', want none, for: %.60s", got, text);
    return;
  }
  if (!got || strcmp(got, want) != 0)
    fail_msg("detected '%s', want '%s', for: %.60s", got ? got : "(none)",
             want, text);
}

/* ---- article-length text (written for these tests) ---- */

static const char en_article[] =
    "Power returns to eastern towns after overnight strikes\n\n"
    "Engineers restored electricity to most of the towns in the east of the "
    "country on Tuesday morning, the grid operator said, after a night in "
    "which drones and missiles hit substations in three regions.\n\n"
    "The company said that crews had worked through the night and that "
    "hospitals and water pumping stations were the first to be reconnected. "
    "It asked people to use less power in the evening, when demand is at "
    "its highest, because repairs to the damaged equipment could take "
    "several weeks.\n\n"
    "Officials in the regional administration said two people were hurt "
    "when debris fell on a residential building. Neither of them was in a "
    "serious condition, they added. Schools would stay closed until the "
    "end of the week while the buildings were checked for damage.\n\n"
    "The attack was the fourth on the energy system this month. Analysts "
    "have warned that the network has little spare capacity left as the "
    "winter approaches, and that any further damage would be harder to "
    "repair.";

static const char de_article[] =
    "Strom im Osten nach n\u00E4chtlichen Angriffen weitgehend zur\u00FCck\n\n"
    "Techniker haben am Dienstagmorgen die meisten St\u00E4dte im Osten des "
    "Landes wieder mit Strom versorgt, wie der Netzbetreiber mitteilte. In "
    "der Nacht hatten Drohnen und Raketen Umspannwerke in drei Regionen "
    "getroffen.\n\n"
    "Die Teams h\u00E4tten die ganze Nacht durchgearbeitet, hie\u00DF es. "
    "Zuerst seien Krankenh\u00E4user und Pumpstationen wieder angeschlossen "
    "worden. Das Unternehmen bat die Menschen, am Abend weniger Strom zu "
    "verbrauchen, weil die Reparatur der besch\u00E4digten Anlagen mehrere "
    "Wochen dauern k\u00F6nne.\n\n"
    "Nach Angaben der Regionalverwaltung wurden zwei Menschen verletzt, als "
    "Tr\u00FCmmer auf ein Wohnhaus fielen. Beide seien nicht in "
    "Lebensgefahr. Die Schulen bleiben bis zum Ende der Woche geschlossen, "
    "w\u00E4hrend die Geb\u00E4ude auf Sch\u00E4den gepr\u00FCft werden.\n\n"
    "Es war bereits der vierte Angriff auf das Energiesystem in diesem "
    "Monat. Fachleute warnen, dass das Netz kaum noch Reserven hat.";

static const char fr_article[] =
    "L\u2019\u00E9lectricit\u00E9 r\u00E9tablie dans l\u2019est apr\u00E8s des "
    "frappes nocturnes\n\n"
    "Les techniciens ont r\u00E9tabli le courant dans la plupart des villes "
    "de l\u2019est du pays mardi matin, a indiqu\u00E9 le gestionnaire du "
    "r\u00E9seau, apr\u00E8s une nuit au cours de laquelle des drones et des "
    "missiles ont touch\u00E9 des postes \u00E9lectriques dans trois "
    "r\u00E9gions.\n\n"
    "Les \u00E9quipes ont travaill\u00E9 toute la nuit et les h\u00F4pitaux "
    "ont \u00E9t\u00E9 les premiers \u00E0 \u00EAtre reconnect\u00E9s, selon "
    "l\u2019entreprise. Elle a demand\u00E9 aux habitants de consommer moins "
    "le soir, car la r\u00E9paration des \u00E9quipements pourrait prendre "
    "plusieurs semaines.\n\n"
    "Selon l\u2019administration r\u00E9gionale, deux personnes ont \u00E9t\u00E9 "
    "bless\u00E9es par la chute de d\u00E9bris sur un immeuble. Leurs jours "
    "ne sont pas en danger. Les \u00E9coles resteront ferm\u00E9es jusqu\u2019\u00E0 "
    "la fin de la semaine.\n\n"
    "Il s\u2019agit de la quatri\u00E8me attaque contre le syst\u00E8me "
    "\u00E9nerg\u00E9tique ce mois-ci. Des analystes estiment que le "
    "r\u00E9seau n\u2019a presque plus de marge.";

static const char es_article[] =
    "Vuelve la luz al este tras los ataques nocturnos\n\n"
    "Los t\u00E9cnicos restablecieron el suministro el\u00E9ctrico en la "
    "mayor\u00EDa de las ciudades del este del pa\u00EDs el martes por la "
    "ma\u00F1ana, seg\u00FAn inform\u00F3 el operador de la red, despu\u00E9s "
    "de una noche en la que drones y misiles alcanzaron subestaciones en "
    "tres regiones.\n\n"
    "Los equipos trabajaron durante toda la noche y los hospitales fueron "
    "los primeros en recuperar la conexi\u00F3n, dijo la empresa, que "
    "pidi\u00F3 a la poblaci\u00F3n que consuma menos por la tarde porque las "
    "reparaciones podr\u00EDan durar varias semanas.\n\n"
    "Seg\u00FAn la administraci\u00F3n regional, dos personas resultaron "
    "heridas cuando cayeron escombros sobre un edificio de viviendas. "
    "Ninguna de ellas est\u00E1 en estado grave. Las escuelas "
    "permanecer\u00E1n cerradas hasta el final de la semana.\n\n"
    "Fue el cuarto ataque contra el sistema energ\u00E9tico en lo que va de "
    "mes. Los analistas advierten de que la red ya casi no tiene margen.";

/* Ukrainian and Russian versions of the same story: most words differ by
 * a letter or two, which is what detection has to see. */
static const char uk_article[] =
    "\u0421\u0432\u0456\u0442\u043B\u043E \u043F\u043E\u0432\u0435\u0440\u043D"
    "\u0443\u043B\u043E\u0441\u044F \u043D\u0430 \u0441\u0445\u0456\u0434 "
    "\u043F\u0456\u0441\u043B\u044F \u043D\u0456\u0447\u043D\u0438\u0445 "
    "\u0443\u0434\u0430\u0440\u0456\u0432\n\n"
    "\u0424\u0430\u0445\u0456\u0432\u0446\u0456 \u0443 \u0432\u0456\u0432"
    "\u0442\u043E\u0440\u043E\u043A \u0432\u0440\u0430\u043D\u0446\u0456 "
    "\u0432\u0456\u0434\u043D\u043E\u0432\u0438\u043B\u0438 \u0435\u043B"
    "\u0435\u043A\u0442\u0440\u043E\u043F\u043E\u0441\u0442\u0430\u0447"
    "\u0430\u043D\u043D\u044F \u0432 \u0431\u0456\u043B\u044C\u0448\u043E"
    "\u0441\u0442\u0456 \u043C\u0456\u0441\u0442 \u043D\u0430 \u0441\u0445"
    "\u043E\u0434\u0456 \u043A\u0440\u0430\u0457\u043D\u0438, \u043F\u043E"
    "\u0432\u0456\u0434\u043E\u043C\u0438\u0432 \u043E\u043F\u0435\u0440"
    "\u0430\u0442\u043E\u0440 \u043C\u0435\u0440\u0435\u0436\u0456. \u0423"
    "\u043D\u043E\u0447\u0456 \u0434\u0440\u043E\u043D\u0438 \u0456 \u0440\u0430"
    "\u043A\u0435\u0442\u0438 \u0432\u043B\u0443\u0447\u0438\u043B\u0438 "
    "\u0432 \u043F\u0456\u0434\u0441\u0442\u0430\u043D\u0446\u0456\u0457 "
    "\u0432 \u0442\u0440\u044C\u043E\u0445 \u043E\u0431\u043B\u0430\u0441"
    "\u0442\u044F\u0445.\n\n"
    "\u0411\u0440\u0438\u0433\u0430\u0434\u0438 \u043F\u0440\u0430\u0446"
    "\u044E\u0432\u0430\u043B\u0438 \u0432\u0441\u044E \u043D\u0456\u0447, "
    "\u0456 \u043B\u0456\u043A\u0430\u0440\u043D\u0456 \u0431\u0443\u043B"
    "\u0438 \u043F\u0456\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u0456 "
    "\u043F\u0435\u0440\u0448\u0438\u043C\u0438, \u0437\u0430\u044F\u0432"
    "\u0438\u043B\u0438 \u0432 \u043A\u043E\u043C\u043F\u0430\u043D\u0456"
    "\u0457. \u0412\u043E\u043D\u0430 \u043F\u043E\u043F\u0440\u043E\u0441"
    "\u0438\u043B\u0430 \u043B\u044E\u0434\u0435\u0439 \u0432\u0438\u043A"
    "\u043E\u0440\u0438\u0441\u0442\u043E\u0432\u0443\u0432\u0430\u0442"
    "\u0438 \u043C\u0435\u043D\u0448\u0435 \u0441\u0442\u0440\u0443\u043C"
    "\u0443 \u0432\u0432\u0435\u0447\u0435\u0440\u0456, \u0431\u043E "
    "\u0440\u0435\u043C\u043E\u043D\u0442 \u043C\u043E\u0436\u0435 \u0442"
    "\u0440\u0438\u0432\u0430\u0442\u0438 \u043A\u0456\u043B\u044C\u043A"
    "\u0430 \u0442\u0438\u0436\u043D\u0456\u0432.\n\n"
    "\u0426\u0435 \u0432\u0436\u0435 \u0447\u0435\u0442\u0432\u0435\u0440"
    "\u0442\u0430 \u0430\u0442\u0430\u043A\u0430 \u043D\u0430 \u0435\u043D"
    "\u0435\u0440\u0433\u043E\u0441\u0438\u0441\u0442\u0435\u043C\u0443 "
    "\u0446\u044C\u043E\u0433\u043E \u043C\u0456\u0441\u044F\u0446\u044F. "
    "\u0410\u043D\u0430\u043B\u0456\u0442\u0438\u043A\u0438 \u043F\u043E"
    "\u043F\u0435\u0440\u0435\u0434\u0436\u0430\u044E\u0442\u044C, \u0449"
    "\u043E \u043C\u0435\u0440\u0435\u0436\u0430 \u043C\u0430\u0439\u0436"
    "\u0435 \u043D\u0435 \u043C\u0430\u0454 \u0440\u0435\u0437\u0435\u0440"
    "\u0432\u0456\u0432.";

static const char ru_article[] =
    "\u0421\u0432\u0435\u0442 \u0432\u0435\u0440\u043D\u0443\u043B\u0441"
    "\u044F \u043D\u0430 \u0432\u043E\u0441\u0442\u043E\u043A \u043F\u043E"
    "\u0441\u043B\u0435 \u043D\u043E\u0447\u043D\u044B\u0445 \u0443\u0434"
    "\u0430\u0440\u043E\u0432\n\n"
    "\u0421\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442\u044B "
    "\u0432\u043E \u0432\u0442\u043E\u0440\u043D\u0438\u043A \u0443\u0442"
    "\u0440\u043E\u043C \u0432\u043E\u0441\u0441\u0442\u0430\u043D\u043E"
    "\u0432\u0438\u043B\u0438 \u044D\u043B\u0435\u043A\u0442\u0440\u043E"
    "\u0441\u043D\u0430\u0431\u0436\u0435\u043D\u0438\u0435 \u0432 \u0431"
    "\u043E\u043B\u044C\u0448\u0438\u043D\u0441\u0442\u0432\u0435 \u0433"
    "\u043E\u0440\u043E\u0434\u043E\u0432 \u043D\u0430 \u0432\u043E\u0441"
    "\u0442\u043E\u043A\u0435 \u0441\u0442\u0440\u0430\u043D\u044B, \u0441"
    "\u043E\u043E\u0431\u0449\u0438\u043B \u043E\u043F\u0435\u0440\u0430"
    "\u0442\u043E\u0440 \u0441\u0435\u0442\u0438. \u041D\u043E\u0447\u044C"
    "\u044E \u0434\u0440\u043E\u043D\u044B \u0438 \u0440\u0430\u043A\u0435"
    "\u0442\u044B \u043F\u043E\u043F\u0430\u043B\u0438 \u0432 \u043F\u043E"
    "\u0434\u0441\u0442\u0430\u043D\u0446\u0438\u0438 \u0432 \u0442\u0440"
    "\u0435\u0445 \u043E\u0431\u043B\u0430\u0441\u0442\u044F\u0445.\n\n"
    "\u0411\u0440\u0438\u0433\u0430\u0434\u044B \u0440\u0430\u0431\u043E"
    "\u0442\u0430\u043B\u0438 \u0432\u0441\u044E \u043D\u043E\u0447\u044C, "
    "\u0438 \u0431\u043E\u043B\u044C\u043D\u0438\u0446\u044B \u0431\u044B"
    "\u043B\u0438 \u043F\u043E\u0434\u043A\u043B\u044E\u0447\u0435\u043D"
    "\u044B \u043F\u0435\u0440\u0432\u044B\u043C\u0438, \u0437\u0430\u044F"
    "\u0432\u0438\u043B\u0438 \u0432 \u043A\u043E\u043C\u043F\u0430\u043D"
    "\u0438\u0438. \u041E\u043D\u0430 \u043F\u043E\u043F\u0440\u043E\u0441"
    "\u0438\u043B\u0430 \u043B\u044E\u0434\u0435\u0439 \u0440\u0430\u0441"
    "\u0445\u043E\u0434\u043E\u0432\u0430\u0442\u044C \u043C\u0435\u043D"
    "\u044C\u0448\u0435 \u044D\u043D\u0435\u0440\u0433\u0438\u0438 \u0432"
    "\u0435\u0447\u0435\u0440\u043E\u043C, \u043F\u043E\u0442\u043E\u043C"
    "\u0443 \u0447\u0442\u043E \u0440\u0435\u043C\u043E\u043D\u0442 \u043C"
    "\u043E\u0436\u0435\u0442 \u0437\u0430\u043D\u044F\u0442\u044C \u043D"
    "\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u043D\u0435\u0434"
    "\u0435\u043B\u044C.\n\n"
    "\u042D\u0442\u043E \u0443\u0436\u0435 \u0447\u0435\u0442\u0432\u0435"
    "\u0440\u0442\u0430\u044F \u0430\u0442\u0430\u043A\u0430 \u043D\u0430 "
    "\u044D\u043D\u0435\u0440\u0433\u043E\u0441\u0438\u0441\u0442\u0435"
    "\u043C\u0443 \u0432 \u044D\u0442\u043E\u043C \u043C\u0435\u0441\u044F"
    "\u0446\u0435. \u0410\u043D\u0430\u043B\u0438\u0442\u0438\u043A\u0438 "
    "\u043F\u0440\u0435\u0434\u0443\u043F\u0440\u0435\u0436\u0434\u0430"
    "\u044E\u0442, \u0447\u0442\u043E \u0443 \u0441\u0435\u0442\u0438 "
    "\u043F\u043E\u0447\u0442\u0438 \u043D\u0435\u0442 \u0440\u0435\u0437"
    "\u0435\u0440\u0432\u043E\u0432.";

static void test_articles(void **state) {
  (void)state;
  expect_lang(en_article, "en");
  expect_lang(de_article, "de");
  expect_lang(fr_article, "fr");
  expect_lang(es_article, "es");
  expect_lang(uk_article, "uk");
  expect_lang(ru_article, "ru");
}

/* The headline and the first two paragraphs of each. */
static void test_headline_and_two_paragraphs(void **state) {
  (void)state;
  const char *arts[6] = {en_article, de_article, fr_article,
                         es_article, uk_article, ru_article};
  const char *want[6] = {"en", "de", "fr", "es", "uk", "ru"};
  for (size_t i = 0; i < 6; i++) {
    const char *p = arts[i];
    for (int blanks = 0; blanks < 3; p++) {
      assert_true(*p != '\0');
      if (p[0] == '\n' && p[1] == '\n')
        blanks++;
    }
    size_t n = (size_t)(p - arts[i]);
    const char *got = wc_lang_detect(langs, 6, arts[i], n);
    if (!got || strcmp(got, want[i]) != 0)
      fail_msg("short %s: got %s", want[i], got ? got : "(none)");
  }
}

/* Names and quotations in another language do not tip an article. */
static void test_foreign_names_and_quotes(void **state) {
  (void)state;
  expect_lang("Der Bundeskanzler traf am Montag den franz\u00F6sischen "
              "Pr\u00E4sidenten Fran\u00E7ois Hollande und die Ministerin "
              "Ségolène Royal, die \u00FCber die Lage in der Ukraine "
              "sprachen. \u00AB C\u2019est une journ\u00E9e tr\u00E8s "
              "importante \u00BB, sagte Hollande danach.",
              "de");
  expect_lang("Le ministre allemand J\u00FCrgen M\u00FCller et son "
              "homologue Gerhard Schr\u00F6der ont rencontr\u00E9 les "
              "responsables de la r\u00E9gion, qui leur ont demand\u00E9 "
              "une aide suppl\u00E9mentaire pour l\u2019hiver.",
              "fr");
  /* an English story quoting Ukrainian, with Cyrillic in it */
  expect_lang("The sign on the door read \u00AB\u0417\u0430\u0447\u0438\u043D"
              "\u0435\u043D\u043E\u00BB, which means closed, and the shop "
              "owner said that he had left the city in March with his "
              "family and that he did not know when they would return.",
              "en");
  /* Ukrainian with Latin names */
  expect_lang("\u0417\u0430\u0441\u0456\u0434\u0430\u043D\u043D\u044F "
              "\u0432\u0456\u0434\u043A\u0440\u0438\u0432 Jens Stoltenberg, "
              "\u0456 \u0439\u043E\u0433\u043E \u043F\u0456\u0434\u0442"
              "\u0440\u0438\u043C\u0430\u043B\u0438 Josep Borrell \u0442"
              "\u0430 Antony Blinken.",
              "uk");
}

static void test_short_inputs(void **state) {
  (void)state;
  expect_lang("", NULL);
  expect_lang("NATO Kyiv", NULL);               /* too few words */
  expect_lang("Kyiv, Moscow, Washington, Berlin", NULL); /* no evidence */
  expect_lang("12 345 678 -- 2022", NULL);
  expect_lang("The war is over", "en");
  expect_lang("Der Krieg ist vorbei", "de");
  expect_lang("La guerre est finie", "fr");
  expect_lang("La guerra ha terminado", "es");
  /* Це було вчора / Это было вчера: a letter or a word decides */
  expect_lang("\u0426\u0435 \u0431\u0443\u043B\u043E \u0432\u0447\u043E"
              "\u0440\u0430",
              "uk");
  expect_lang("\u042D\u0442\u043E \u0431\u044B\u043B\u043E \u0432\u0447\u0435"
              "\u0440\u0430",
              "ru");
  /* Війна закінчилася / Война закончилась */
  expect_lang("\u0412\u0456\u0439\u043D\u0430 \u0437\u0430\u043A\u0456\u043D"
              "\u0447\u0438\u043B\u0430\u0441\u044F \u0432\u0447\u043E\u0440"
              "\u0430",
              "uk");
  expect_lang("\u0412\u043E\u0439\u043D\u0430 \u0437\u0430\u043A\u043E\u043D"
              "\u0447\u0438\u043B\u0430\u0441\u044C \u0432\u0447\u0435\u0440"
              "\u0430",
              "ru");
}

static void test_ambiguous_inputs(void **state) {
  (void)state;
  /* words both French and Spanish, no letter to tell: no guess */
  expect_lang("de la de la", NULL);
  /* a French headline with only shared words and é */
  expect_lang("La voiture percute un arbre : le conducteur bless\u00E9", "fr");
  /* Spanish with ñ */
  expect_lang("Ma\u00F1ana llueve mucho en la costa", "es");
  /* German words shared with English, umlaut decides */
  expect_lang("Was will er in M\u00FCnchen", "de");
}

static void test_engine_uses_detection(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng, de_article, WC_FMT_TEXT);
  assert_string_equal(d->lang, "de");
  wc_doc_free(d);
  d = test_doc(eng, uk_article, WC_FMT_TEXT);
  assert_string_equal(d->lang, "uk");
  wc_doc_free(d);
  /* too little text: checked as English, with an input.language note */
  d = test_doc(eng, "Kyiv", WC_FMT_TEXT);
  assert_string_equal(d->lang, "en");
  bool noted = false;
  for (size_t i = 0; i < d->issues.n; i++)
    if (strcmp(d->issues.v[i].rule, "input.language") == 0)
      noted = true;
  assert_true(noted);
  wc_doc_free(d);
}

static void test_lists_and_profiles(void **state) {
  (void)state;
  const char *codes[6] = {"en", "de", "fr", "es", "uk", "ru"};
  for (size_t i = 0; i < 6; i++) {
    const wc_wordlist *sw = wc_lang_list(langs[i], "stopwords");
    const wc_wordlist *ab = wc_lang_list(langs[i], "abbreviations");
    if (sw->items.n < 150)
      fail_msg("%s: %zu stopwords", codes[i], sw->items.n);
    if (ab->items.n < 40)
      fail_msg("%s: %zu abbreviations", codes[i], ab->items.n);
    assert_non_null(wc_lang_profile(langs[i], "hunspell"));
    assert_non_null(wc_lang_profile(langs[i], "quote_open"));
    assert_non_null(wc_lang_profile(langs[i], "abbrev_nonfinal"));
  }
  /* the multi-part abbreviations are found with their inner space */
  assert_true(wc_lang_has(langs[1], "abbreviations", "z. B.", 6));
  assert_true(wc_lang_has(langs[1], "abbreviations", "Z. b.", 6));
  assert_true(wc_lang_has(langs[5], "abbreviations",
                          "\u0442. \u0435.", strlen("\u0442. \u0435.")));
  assert_false(wc_lang_has(langs[0], "abbreviations", "the.", 4));
  /* a missing list is empty, not an error */
  assert_int_equal(wc_lang_list(langs[0], "no-such-list")->items.n, 0);
  assert_null(wc_lang_profile(langs[0], "no-such-key"));
}

/* Every abbrev_nonfinal / abbrev_final entry is in abbreviations.txt
 * (written without inner spaces there: "z.B." for "z. B."). */
static void test_profile_abbrevs_listed(void **state) {
  (void)state;
  const char *keys[2] = {"abbrev_nonfinal", "abbrev_final"};
  for (size_t i = 0; i < 6; i++) {
    const wc_wordlist *ab = wc_lang_list(langs[i], "abbreviations");
    for (size_t k = 0; k < 2; k++) {
      const char *v = wc_lang_profile(langs[i], keys[k]);
      if (!v)
        continue;
      char *copy = wc_xstrdup(v);
      for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " ")) {
        char *want = wc_utf8_fold(tok, strlen(tok));
        bool found = false;
        for (size_t j = 0; j < ab->items.n && !found; j++) {
          char *f = wc_utf8_fold(ab->items.v[j], strlen(ab->items.v[j]));
          size_t m = 0;
          for (size_t c = 0; f[c]; c++)
            if (f[c] != ' ' && f[c] != '.')
              f[m++] = f[c];
          f[m] = '\0';
          size_t wm = 0;
          char *w2 = wc_xstrdup(want);
          for (size_t c = 0; w2[c]; c++)
            if (w2[c] != '.')
              w2[wm++] = w2[c];
          w2[wm] = '\0';
          found = strcmp(f, w2) == 0;
          free(w2);
          free(f);
        }
        if (!found)
          fail_msg("%s: %s entry '%s' is not in abbreviations.txt",
                   langs[i]->code, keys[k], tok);
        free(want);
      }
      free(copy);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_articles),
      cmocka_unit_test(test_headline_and_two_paragraphs),
      cmocka_unit_test(test_foreign_names_and_quotes),
      cmocka_unit_test(test_short_inputs),
      cmocka_unit_test(test_ambiguous_inputs),
      cmocka_unit_test(test_engine_uses_detection),
      cmocka_unit_test(test_lists_and_profiles),
      cmocka_unit_test(test_profile_abbrevs_listed),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

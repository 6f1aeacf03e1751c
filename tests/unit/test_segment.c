/* test_segment.c -- paragraphs -> sentences -> tokens in the six languages:
 * abbreviations (one and several tokens), initials, ordinals, numbers in
 * each locale, ellipses, sentences that end inside quotation marks,
 * apostrophes and hyphens, French elision, URLs; and the token fields
 * (kind, case shape, script, space before). */
#include "harness.h"

static const char *const codes[] = {"en", "de", "fr", "es", "uk", "ru"};
static wc_engine *engines[6];

static int setup(void **state) {
  (void)state;
  for (size_t i = 0; i < 6; i++)
    engines[i] = test_engine(codes[i]);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  for (size_t i = 0; i < 6; i++)
    wc_engine_free(engines[i]);
  return 0;
}

static wc_engine *eng(const char *lang) {
  for (size_t i = 0; i < 6; i++)
    if (strcmp(codes[i], lang) == 0)
      return engines[i];
  fail_msg("no engine for %s", lang);
  return NULL;
}

/* The sentences of text (one paragraph) must be exactly want[]. */
static void expect_sentences(const char *lang, const char *text,
                             const char *const *want) {
  wc_doc *d = test_doc(eng(lang), text, WC_FMT_TEXT);
  size_t n = 0;
  while (want[n])
    n++;
  bool ok = d->sentences.n == n;
  for (size_t i = 0; ok && i < n; i++) {
    char *s = test_sentence(d, i);
    ok = strcmp(s, want[i]) == 0;
    free(s);
  }
  if (!ok) {
    for (size_t i = 0; i < d->sentences.n; i++) {
      char *s = test_sentence(d, i);
      print_message("  got [%zu] %s\n", i, s);
      free(s);
    }
    for (size_t i = 0; i < n; i++)
      print_message("  want [%zu] %s\n", i, want[i]);
    wc_doc_free(d);
    fail_msg("%s: sentences differ", lang);
  }
  wc_doc_free(d);
}

#define SENTS(lang, text, ...)                                                 \
  expect_sentences(lang, text, (const char *const[]){__VA_ARGS__, NULL})

/* The first token whose text is tok, or fail. */
static const wc_token *find_tok(const wc_doc *d, const char *tok) {
  size_t n = strlen(tok);
  for (size_t i = 0; i < d->tokens.n; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->end - t->start == n && memcmp(d->text + t->start, tok, n) == 0)
      return t;
  }
  for (size_t i = 0; i < d->tokens.n; i++)
    print_message("  token |%.*s|\n",
                  (int)(d->tokens.v[i].end - d->tokens.v[i].start),
                  d->text + d->tokens.v[i].start);
  fail_msg("no token '%s'", tok);
  return NULL;
}

/* Token tok exists with these fields (-1: do not check). */
static void expect_tok(const wc_doc *d, const char *tok, int kind, int shape,
                       int script, int space) {
  const wc_token *t = find_tok(d, tok);
  if (kind >= 0 && t->kind != kind)
    fail_msg("'%s': kind %d, want %d", tok, t->kind, kind);
  if (shape >= 0 && t->shape != shape)
    fail_msg("'%s': shape %d, want %d", tok, t->shape, shape);
  if (script >= 0 && t->script != script)
    fail_msg("'%s': script %d, want %d", tok, t->script, script);
  if (space >= 0 && t->space_before != space)
    fail_msg("'%s': space_before %d, want %d", tok, t->space_before, space);
}

/* No token has exactly this text (it is split or joined otherwise). */
static void expect_no_tok(const wc_doc *d, const char *tok) {
  size_t n = strlen(tok);
  for (size_t i = 0; i < d->tokens.n; i++) {
    const wc_token *t = &d->tokens.v[i];
    if (t->end - t->start == n && memcmp(d->text + t->start, tok, n) == 0)
      fail_msg("unexpected token '%s'", tok);
  }
}

enum { W = WC_TOK_WORD, N = WC_TOK_NUMBER, P = WC_TOK_PUNCT,
       Q = WC_TOK_QUOTE, S = WC_TOK_SYMBOL, U = WC_TOK_URL };
enum { NONE = WC_CASE_NONE, LOW = WC_CASE_LOWER, TITLE = WC_CASE_TITLE,
       UP = WC_CASE_UPPER, MIX = WC_CASE_MIXED };
enum { LAT = WC_SCRIPT_LATIN, CYR = WC_SCRIPT_CYRILLIC,
       NOSCRIPT = WC_SCRIPT_NONE, MIXED = WC_SCRIPT_MIXED };

/* ---------------- English ---------------- */

static void test_en_titles_and_initials(void **state) {
  (void)state;
  SENTS("en", "Mr. Smith met Dr. Jones and Gen. Valery Gerasimov. They talked.",
        "Mr. Smith met Dr. Jones and Gen. Valery Gerasimov.", "They talked.");
  SENTS("en", "J. R. R. Tolkien wrote it. He died in 1973.",
        "J. R. R. Tolkien wrote it.", "He died in 1973.");
  /* an initial ends a sentence before a function word: Plan B. The ... */
  SENTS("en", "They chose Plan B. The rest failed.", "They chose Plan B.",
        "The rest failed.");
}

static void test_en_us_mid_and_end(void **state) {
  (void)state;
  SENTS("en", "The U.S. Army left the U.S. The rest stayed in Kyiv.",
        "The U.S. Army left the U.S.", "The rest stayed in Kyiv.");
  SENTS("en", "The U.S.-led alliance met in Washington, D.C. on Friday.",
        "The U.S.-led alliance met in Washington, D.C. on Friday.");
  wc_doc *d = test_doc(eng("en"), "The U.S.-led and U.S. troops.", WC_FMT_TEXT);
  expect_tok(d, "U.S.-led", W, TITLE, LAT, 1);
  expect_tok(d, "U.S.", W, UP, LAT, 1);
  wc_doc_free(d);
}

static void test_en_quotes(void **state) {
  (void)state;
  SENTS("en", "\u201CWe have no proof,\u201D she said. \u201CNone.\u201D He left.",
        "\u201CWe have no proof,\u201D she said.", "\u201CNone.\u201D",
        "He left.");
  SENTS("en", "\u201CIs it over?\u201D asked Smith. \u201CYes.\u201D",
        "\u201CIs it over?\u201D asked Smith.", "\u201CYes.\u201D");
  /* a closing mark after a space still closes (en quote_close) */
  SENTS("en", "It said \u201Cno proof. \u201D Then it stopped.",
        "It said \u201Cno proof. \u201D", "Then it stopped.");
  wc_doc *d = test_doc(eng("en"), "a \u2018massive\u2019 hack", WC_FMT_TEXT);
  expect_tok(d, "\u2018", Q, NONE, NOSCRIPT, 1);
  expect_tok(d, "massive", W, LOW, LAT, 0);
  expect_tok(d, "\u2019", Q, NONE, NOSCRIPT, 0);
  wc_doc_free(d);
}

static void test_en_ellipsis_and_marks(void **state) {
  (void)state;
  SENTS("en", "He paused... Then he left. She waited \u2026 and waited.",
        "He paused...", "Then he left.", "She waited \u2026 and waited.");
  SENTS("en", "Really?! Yes. Was it 10 p.m. or 11 p.m.? Nobody knows!",
        "Really?!", "Yes.", "Was it 10 p.m. or 11 p.m.?", "Nobody knows!");
  /* a sentence in brackets; a bracket closing after an ellipsis */
  SENTS("en", "Prices rose (they did.) Then fell (slowly... ) again.",
        "Prices rose (they did.)", "Then fell (slowly... ) again.");
  wc_doc *d = test_doc(eng("en"), "Wait... and \u2026 now", WC_FMT_TEXT);
  expect_tok(d, "...", P, NONE, NOSCRIPT, 0);
  expect_tok(d, "\u2026", P, NONE, NOSCRIPT, 1);
  wc_doc_free(d);
}

static void test_en_numbers(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("en"),
                       "It cost $1,000.5m, 3-4% or 1.2bn on 2022-01-14 at "
                       "10:30 for 100,000 troops, a 100-strong unit of "
                       "19-year-olds; in 2021 300 more.",
                       WC_FMT_TEXT);
  expect_tok(d, "$", S, NONE, NOSCRIPT, 1);
  expect_tok(d, "1,000.5m", W, LOW, LAT, 0);
  expect_tok(d, "3-4", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "1.2bn", W, LOW, LAT, 1);
  expect_tok(d, "2022-01-14", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "10:30", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "100,000", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "100-strong", W, LOW, LAT, 1);
  expect_tok(d, "19-year-olds", W, LOW, LAT, 1);
  /* a plain space does not group digits in English */
  expect_tok(d, "2021", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "300", N, NONE, NOSCRIPT, 1);
  wc_doc_free(d);
  SENTS("en", "It rose 3.5 percent to 1,000.5 points. Then it fell.",
        "It rose 3.5 percent to 1,000.5 points.", "Then it fell.");
}

static void test_en_words(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("en"),
                       "NATO\u2019s chief, the SBU's head and a Kyiv-based "
                       "analyst in Rostov-on-Don said don\u2019t; iPhone, "
                       "pro-Russian, \u041A\u0438\u0457\u0432 and K\u0438ev.",
                       WC_FMT_TEXT);
  expect_tok(d, "NATO\u2019s", W, UP, LAT, 1);
  expect_tok(d, "SBU's", W, UP, LAT, 1);
  expect_tok(d, "Kyiv-based", W, TITLE, LAT, 1);
  expect_tok(d, "Rostov-on-Don", W, TITLE, LAT, 1);
  expect_tok(d, "don\u2019t", W, LOW, LAT, 1);
  expect_tok(d, ";", P, NONE, NOSCRIPT, 0);
  expect_tok(d, "iPhone", W, MIX, LAT, 1);
  expect_tok(d, "pro-Russian", W, MIX, LAT, 1);
  expect_tok(d, "\u041A\u0438\u0457\u0432", W, TITLE, CYR, 1);
  expect_tok(d, "K\u0438ev", W, TITLE, MIXED, 1); /* Cyrillic и inside */
  wc_doc_free(d);
}

static void test_en_urls(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("en"),
                       "See https://example.com/a_(b)?c=1, www.nato.int/cps, "
                       "nato.int or write to press.office@nato.int. ("
                       "http://x.org/y.) Then call.",
                       WC_FMT_TEXT);
  expect_tok(d, "https://example.com/a_(b)?c=1", U, -1, -1, 1);
  expect_tok(d, "www.nato.int/cps", U, -1, -1, 1);
  expect_tok(d, "nato.int", U, -1, -1, 1);
  expect_tok(d, "press.office@nato.int", U, -1, -1, 1);
  expect_tok(d, "http://x.org/y", U, -1, -1, 0);
  wc_doc_free(d);
  SENTS("en", "Write to press@nato.int. Then call.", "Write to press@nato.int.",
        "Then call.");
  /* words run together with a dot are no domain */
  d = test_doc(eng("en"), "It ended.Then more.", WC_FMT_TEXT);
  expect_tok(d, "ended", W, LOW, LAT, 1);
  expect_tok(d, "Then", W, TITLE, LAT, 0);
  wc_doc_free(d);
}

static void test_en_abbreviations(void **state) {
  (void)state;
  SENTS("en", "Shares of Apple Inc. rose. Acme Inc. The firm fell.",
        "Shares of Apple Inc. rose.", "Acme Inc.", "The firm fell.");
  SENTS("en", "They met on Jan. 14 in Kyiv, i.e. the capital. No. 10 agreed.",
        "They met on Jan. 14 in Kyiv, i.e. the capital.", "No. 10 agreed.");
  SENTS("en", "Tanks, guns, etc. Russia denied it.", "Tanks, guns, etc.",
        "Russia denied it.");
  /* a number opening its paragraph is a list marker, not a sentence */
  SENTS("en", "1. The first point.\n\n2. The second.", "1. The first point.",
        "2. The second.");
  SENTS("de", "3. Die Strukturierung ist offen.", "3. Die Strukturierung ist offen.");
  /* a new paragraph always starts a new sentence */
  SENTS("en", "Headline without a stop\n\nBody text. More.",
        "Headline without a stop", "Body text.", "More.");
}

/* ---------------- German ---------------- */

static void test_de_ordinals(void **state) {
  (void)state;
  SENTS("de", "Am 1. Januar trat es in Kraft. Der 2. Weltkrieg endete 1945.",
        "Am 1. Januar trat es in Kraft.", "Der 2. Weltkrieg endete 1945.");
  SENTS("de", "Sie belegte Platz 3. Die Siegerin kam aus Bonn.",
        "Sie belegte Platz 3.", "Die Siegerin kam aus Bonn.");
  SENTS("de", "Danach sprach Wilhelm II. zu den Soldaten.",
        "Danach sprach Wilhelm II. zu den Soldaten.");
  SENTS("de", "Vom 13. bis 17. Dezember wird geimpft.",
        "Vom 13. bis 17. Dezember wird geimpft.");
}

static void test_de_multipart(void **state) {
  (void)state;
  SENTS("de", "Kr\u00E4uter, z. B. Rosmarin, passen. Das ist gut.",
        "Kr\u00E4uter, z. B. Rosmarin, passen.", "Das ist gut.");
  SENTS("de", "Filme wie z. B. La M\u00F4me liefen. Die anderen nicht.",
        "Filme wie z. B. La M\u00F4me liefen.", "Die anderen nicht.");
  SENTS("de", "Im Jahr 70 n. Chr. zerst\u00F6rten die R\u00F6mer den Tempel.",
        "Im Jahr 70 n. Chr. zerst\u00F6rten die R\u00F6mer den Tempel.");
  SENTS("de", "Er sprach (Anm. d. Red.) lange. Danach ging er.",
        "Er sprach (Anm. d. Red.) lange.", "Danach ging er.");
  wc_doc *d = test_doc(eng("de"), "Obst, z.B. \u00C4pfel, u.a. Birnen", WC_FMT_TEXT);
  expect_tok(d, "z.B.", W, MIX, LAT, 1);
  expect_tok(d, "u.a.", W, LOW, LAT, 1);
  wc_doc_free(d);
}

static void test_de_titles(void **state) {
  (void)state;
  SENTS("de", "Dr. M\u00FCller bzw. Prof. Schmidt kamen. Nr. 5 fehlte.",
        "Dr. M\u00FCller bzw. Prof. Schmidt kamen.", "Nr. 5 fehlte.");
  SENTS("de", "Es kostet 5 Mio. Euro. Das ist viel.",
        "Es kostet 5 Mio. Euro.", "Das ist viel.");
  SENTS("de", "Die USA werfen Hr. Assange vor, Daten zu haben. Er bestreitet das.",
        "Die USA werfen Hr. Assange vor, Daten zu haben.",
        "Er bestreitet das.");
}

static void test_de_quotes(void **state) {
  (void)state;
  SENTS("de", "\u201EWir gehen jetzt.\u201C Dann ging er.",
        "\u201EWir gehen jetzt.\u201C", "Dann ging er.");
  SENTS("de", "Er sagte: \u201EDas ist gut so.\u201C Die anderen schwiegen \u2026 "
              "Danach sprach sie.",
        "Er sagte: \u201EDas ist gut so.\u201C", "Die anderen schwiegen \u2026",
        "Danach sprach sie.");
  /* dpa writes guillemets pointing inward */
  SENTS("de", "\u00BBWir bleiben.\u00AB Sagte er. \u00BBNein!\u00AB",
        "\u00BBWir bleiben.\u00AB", "Sagte er.", "\u00BBNein!\u00AB");
}

static void test_de_numbers(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("de"),
                       "Am 24.02.2022 kosteten 1.000,5 Tonnen 3,5 Mio. Euro "
                       "um 22:48 Uhr; 2 000 Tonnen.",
                       WC_FMT_TEXT);
  expect_tok(d, "24.02.2022", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "1.000,5", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "3,5", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "22:48", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "2", N, NONE, NOSCRIPT, 1); /* no plain-space groups in de */
  wc_doc_free(d);
  SENTS("de", "Er wurde am 24.02.2022 verhaftet. Die Polizei schwieg.",
        "Er wurde am 24.02.2022 verhaftet.", "Die Polizei schwieg.");
}

static void test_de_words(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("de"),
                       "Der US-Pr\u00E4sident schrieb eine E-Mail an die "
                       "NATO-Gipfel-Teilnehmer in Kyjiw.",
                       WC_FMT_TEXT);
  expect_tok(d, "US-Pr\u00E4sident", W, TITLE, LAT, 1);
  expect_tok(d, "E-Mail", W, TITLE, LAT, 1);
  expect_tok(d, "NATO-Gipfel-Teilnehmer", W, TITLE, LAT, 1);
  expect_tok(d, "Kyjiw", W, TITLE, LAT, 1);
  expect_tok(d, ".", P, NONE, NOSCRIPT, 0);
  wc_doc_free(d);
}

static void test_de_closing_punct(void **state) {
  (void)state;
  SENTS("de", "Es gab Streit (Steuern usw.) ? Wir wissen es nicht.",
        "Es gab Streit (Steuern usw.) ?", "Wir wissen es nicht.");
  SENTS("de", "Er sagte, es gehe weiter\". \u2212 afp",
        "Er sagte, es gehe weiter\". \u2212 afp");
  /* usw. before a capitalized noun: German capitalizes nouns, no break */
  SENTS("de", "Sie nutzen 1, 2, 3 usw. R\u00E4ume.",
        "Sie nutzen 1, 2, 3 usw. R\u00E4ume.");
}

/* ---------------- French ---------------- */

static void test_fr_titles(void **state) {
  (void)state;
  SENTS("fr", "M. Le Pen a parl\u00E9. Mme Dupont aussi.",
        "M. Le Pen a parl\u00E9.", "Mme Dupont aussi.");
  SENTS("fr", "Les \u00C9tats-Unis reprochent \u00E0 M. Assange ses fuites. Il nie.",
        "Les \u00C9tats-Unis reprochent \u00E0 M. Assange ses fuites.",
        "Il nie.");
  SENTS("fr", "Il a l\u2019aide du Dr. Watson. Le reste suit.",
        "Il a l\u2019aide du Dr. Watson.", "Le reste suit.");
}

static void test_fr_elision(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("fr"),
                       "L\u2019arm\u00E9e a parl\u00E9 \u00E0 l\u2019Ukraine "
                       "aujourd\u2019hui, jusqu\u2019\u00E0 pr\u00E9sent, "
                       "qu'il dit, d\u2019Alembert et presqu\u2019\u00EEle.",
                       WC_FMT_TEXT);
  expect_tok(d, "L\u2019", W, TITLE, LAT, 1);
  expect_tok(d, "arm\u00E9e", W, LOW, LAT, 0);
  expect_tok(d, "l\u2019", W, LOW, LAT, 1);
  expect_tok(d, "Ukraine", W, TITLE, LAT, 0);
  expect_tok(d, "aujourd\u2019hui", W, LOW, LAT, 1);
  expect_tok(d, "jusqu\u2019", W, LOW, LAT, 1);
  expect_tok(d, "qu'", W, LOW, LAT, 1);
  expect_tok(d, "d\u2019", W, LOW, LAT, 1);
  expect_tok(d, "Alembert", W, TITLE, LAT, 0);
  expect_tok(d, "presqu\u2019\u00EEle", W, LOW, LAT, 1);
  expect_no_tok(d, "l\u2019Ukraine");
  wc_doc_free(d);
  /* English keeps its apostrophes inside the word */
  d = test_doc(eng("en"), "Ukraine's l'Ukraine", WC_FMT_TEXT);
  expect_tok(d, "Ukraine's", W, TITLE, LAT, 1);
  expect_tok(d, "l'Ukraine", W, MIX, LAT, 1);
  wc_doc_free(d);
}

static void test_fr_guillemets(void **state) {
  (void)state;
  /* NBSP inside the guillemets, as French typography wants */
  SENTS("fr", "\u00AB\u00A0Nous partons.\u00A0\u00BB Le ministre a parl\u00E9.",
        "\u00AB\u00A0Nous partons.\u00A0\u00BB", "Le ministre a parl\u00E9.");
  /* a plain space, as often typed */
  SENTS("fr", "\u00AB Nous partons. \u00BB Le ministre a parl\u00E9.",
        "\u00AB Nous partons. \u00BB", "Le ministre a parl\u00E9.");
  SENTS("fr", "\u00AB C\u2019est fini ! \u00BB a-t-il dit. Puis rien.",
        "\u00AB C\u2019est fini ! \u00BB a-t-il dit.", "Puis rien.");
  SENTS("fr", "Qu\u2019en pense-t-il ? Jusqu\u2019\u00E0 pr\u00E9sent, rien.",
        "Qu\u2019en pense-t-il ?", "Jusqu\u2019\u00E0 pr\u00E9sent, rien.");
}

static void test_fr_numbers(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("fr"),
                       "Soit 1 000,5 euros, 20\u202F000 soldats, 3\u00A0500 "
                       "chars, 1 000 000 au total, en 2021 300 de plus.",
                       WC_FMT_TEXT);
  expect_tok(d, "1 000,5", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "20\u202F000", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "3\u00A0500", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "1 000 000", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "2021", N, NONE, NOSCRIPT, 1); /* four digits: no group */
  expect_tok(d, "300", N, NONE, NOSCRIPT, 1);
  wc_doc_free(d);
}

static void test_fr_abbreviations(void **state) {
  (void)state;
  SENTS("fr", "Il est mort en 52 av. J.-C. Les Romains \u00E9taient l\u00E0.",
        "Il est mort en 52 av. J.-C.", "Les Romains \u00E9taient l\u00E0.");
  SENTS("fr", "Des pommes, des poires, etc. Le reste suivra.",
        "Des pommes, des poires, etc.", "Le reste suivra.");
  SENTS("fr", "Des fruits, p. ex. Des pommes.", "Des fruits, p. ex. Des pommes.");
  SENTS("fr", "Il pleut... Puis il est parti. Il attend\u2026 encore.",
        "Il pleut...", "Puis il est parti.", "Il attend\u2026 encore.");
}

/* ---------------- Spanish ---------------- */

static void test_es_abbreviations(void **state) {
  (void)state;
  SENTS("es", "El Sr. Garc\u00EDa viaj\u00F3 a EE. UU. la semana pasada.",
        "El Sr. Garc\u00EDa viaj\u00F3 a EE. UU. la semana pasada.");
  SENTS("es", "Todo ocurri\u00F3 en EE. UU. El presidente habl\u00F3.",
        "Todo ocurri\u00F3 en EE. UU.", "El presidente habl\u00F3.");
  SENTS("es", "La Sra. L\u00F3pez y el Dr. P\u00E9rez llegaron. Nadie habl\u00F3.",
        "La Sra. L\u00F3pez y el Dr. P\u00E9rez llegaron.",
        "Nadie habl\u00F3.");
  SENTS("es", "Frutas, verduras, etc. Todo subi\u00F3.",
        "Frutas, verduras, etc.", "Todo subi\u00F3.");
}

static void test_es_marks(void **state) {
  (void)state;
  SENTS("es", "\u00BFQu\u00E9 pasar\u00E1 ahora? \u00A1Nadie lo sabe!",
        "\u00BFQu\u00E9 pasar\u00E1 ahora?", "\u00A1Nadie lo sabe!");
  SENTS("es", "Dijo: \u00ABEs el fin\u00BB. Luego se fue... Y nadie volvi\u00F3.",
        "Dijo: \u00ABEs el fin\u00BB.", "Luego se fue...",
        "Y nadie volvi\u00F3.");
  /* a question inside a sentence goes on in lower case */
  SENTS("es", "Si \u00BFqu\u00E9 pasar\u00E1? nadie lo sabe.",
        "Si \u00BFqu\u00E9 pasar\u00E1? nadie lo sabe.");
}

static void test_es_numbers_and_words(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("es"),
                       "La cifra, p. ej. 1.000,5 millones o 20 000 soldados "
                       "de EE.UU. y la S.A. del exministro.",
                       WC_FMT_TEXT);
  expect_tok(d, "1.000,5", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "20 000", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "EE.UU.", W, UP, LAT, 1);
  expect_tok(d, "S.A.", W, UP, LAT, 1);
  expect_tok(d, "exministro", W, LOW, LAT, 1);
  wc_doc_free(d);
  SENTS("es", "La cifra, p. ej. 1.000,5 millones, es alta. Nadie duda.",
        "La cifra, p. ej. 1.000,5 millones, es alta.", "Nadie duda.");
}

static void test_es_titles_before_particles(void **state) {
  (void)state;
  /* a title before "De la ..." is no sentence end */
  SENTS("es", "Habl\u00F3 el Sr. De la Fuente. Luego el Gral. El\u00EDas.",
        "Habl\u00F3 el Sr. De la Fuente.", "Luego el Gral. El\u00EDas.");
  SENTS("es", "V\u00E9ase la p\u00E1g. 5. Luego sigue.", "V\u00E9ase la p\u00E1g. 5.",
        "Luego sigue.");
}

/* ---------------- Ukrainian ---------------- */

static void test_uk_initials_and_apostrophes(void **state) {
  (void)state;
  SENTS("uk", "\u0412. \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 "
              "\u0437\u0430\u044F\u0432\u0438\u0432, \u0449\u043E "
              "\u043C\u2019\u044F\u0441\u043E "
              "\u043F\u043E\u0434\u043E\u0440\u043E\u0436\u0447\u0430\u043B\u043E. "
              "\u0426\u0435 \u0441\u0442\u0430\u043B\u043E\u0441\u044F "
              "\u0432\u0447\u043E\u0440\u0430.",
        "\u0412. \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 "
        "\u0437\u0430\u044F\u0432\u0438\u0432, \u0449\u043E "
        "\u043C\u2019\u044F\u0441\u043E "
        "\u043F\u043E\u0434\u043E\u0440\u043E\u0436\u0447\u0430\u043B\u043E.",
        "\u0426\u0435 \u0441\u0442\u0430\u043B\u043E\u0441\u044F "
        "\u0432\u0447\u043E\u0440\u0430.");
  /* м'ясо with ', ’ and ʼ (U+02BC); п`ять typed with a backtick */
  wc_doc *d = test_doc(eng("uk"),
                       "\u043C'\u044F\u0441\u043E \u043C\u2019\u044F\u0441\u043E "
                       "\u041F\u02BC\u044F\u0442\u044C "
                       "\u043F`\u044F\u0442\u044C",
                       WC_FMT_TEXT);
  expect_tok(d, "\u043C'\u044F\u0441\u043E", W, LOW, CYR, 1);
  expect_tok(d, "\u043C\u2019\u044F\u0441\u043E", W, LOW, CYR, 1);
  expect_tok(d, "\u041F\u02BC\u044F\u0442\u044C", W, TITLE, CYR, 1);
  expect_tok(d, "\u043F`\u044F\u0442\u044C", W, LOW, CYR, 1);
  wc_doc_free(d);
}

static void test_uk_abbreviations(void **state) {
  (void)state;
  /* "Пʼять людей загинули у м. Київ на вул. Хрещатик." */
  SENTS("uk", "\u041F\u02BC\u044F\u0442\u044C \u043B\u044E\u0434\u0435\u0439 "
              "\u0437\u0430\u0433\u0438\u043D\u0443\u043B\u0438 \u0443 \u043C. "
              "\u041A\u0438\u0457\u0432 \u043D\u0430 \u0432\u0443\u043B. "
              "\u0425\u0440\u0435\u0449\u0430\u0442\u0438\u043A.",
        "\u041F\u02BC\u044F\u0442\u044C \u043B\u044E\u0434\u0435\u0439 "
        "\u0437\u0430\u0433\u0438\u043D\u0443\u043B\u0438 \u0443 \u043C. "
        "\u041A\u0438\u0457\u0432 \u043D\u0430 \u0432\u0443\u043B. "
        "\u0425\u0440\u0435\u0449\u0430\u0442\u0438\u043A.");
  /* "Це сталося у 2022 р. Він не коментував." */
  SENTS("uk", "\u0426\u0435 \u0441\u0442\u0430\u043B\u043E\u0441\u044F \u0443 2022 "
              "\u0440. \u0412\u0456\u043D \u043D\u0435 "
              "\u043A\u043E\u043C\u0435\u043D\u0442\u0443\u0432\u0430\u0432.",
        "\u0426\u0435 \u0441\u0442\u0430\u043B\u043E\u0441\u044F \u0443 2022 \u0440.",
        "\u0412\u0456\u043D \u043D\u0435 "
        "\u043A\u043E\u043C\u0435\u043D\u0442\u0443\u0432\u0430\u0432.");
  /* "Т. зв. референдум провели у 2014 р. Про це пише Укрінформ." */
  SENTS("uk", "\u0422. \u0437\u0432. \u0440\u0435\u0444\u0435\u0440\u0435\u043D\u0434"
              "\u0443\u043C \u043F\u0440\u043E\u0432\u0435\u043B\u0438 \u0443 "
              "2014 \u0440. \u041F\u0440\u043E \u0446\u0435 \u043F\u0438\u0448"
              "\u0435 \u0423\u043A\u0440\u0456\u043D\u0444\u043E\u0440\u043C.",
        "\u0422. \u0437\u0432. \u0440\u0435\u0444\u0435\u0440\u0435\u043D\u0434"
        "\u0443\u043C \u043F\u0440\u043E\u0432\u0435\u043B\u0438 \u0443 "
        "2014 \u0440.",
        "\u041F\u0440\u043E \u0446\u0435 \u043F\u0438\u0448"
        "\u0435 \u0423\u043A\u0440\u0456\u043D\u0444\u043E\u0440\u043C.");
  /* "Київ, Харків і т. д. Росія відповіла." */
  SENTS("uk", "\u041A\u0438\u0457\u0432, \u0425\u0430\u0440\u043A\u0456\u0432 "
              "\u0456 \u0442. \u0434. \u0420\u043E\u0441\u0456\u044F "
              "\u0432\u0456\u0434\u043F\u043E\u0432\u0456\u043B\u0430.",
        "\u041A\u0438\u0457\u0432, \u0425\u0430\u0440\u043A\u0456\u0432 "
        "\u0456 \u0442. \u0434.",
        "\u0420\u043E\u0441\u0456\u044F "
        "\u0432\u0456\u0434\u043F\u043E\u0432\u0456\u043B\u0430.");
}

static void test_uk_quotes_and_numbers(void **state) {
  (void)state;
  /* "«Ми переможемо», — сказав він. Втрати становлять 1 000,5 тис. грн." */
  SENTS("uk", "\u00AB\u041C\u0438 \u043F\u0435\u0440\u0435\u043C\u043E\u0436"
              "\u0435\u043C\u043E\u00BB, \u2014 \u0441\u043A\u0430\u0437\u0430"
              "\u0432 \u0432\u0456\u043D. \u0412\u0442\u0440\u0430\u0442\u0438 "
              "\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u044F\u0442\u044C "
              "1 000,5 \u0442\u0438\u0441. \u0433\u0440\u043D.",
        "\u00AB\u041C\u0438 \u043F\u0435\u0440\u0435\u043C\u043E\u0436"
        "\u0435\u043C\u043E\u00BB, \u2014 \u0441\u043A\u0430\u0437\u0430"
        "\u0432 \u0432\u0456\u043D.",
        "\u0412\u0442\u0440\u0430\u0442\u0438 "
        "\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u044F\u0442\u044C "
        "1 000,5 \u0442\u0438\u0441. \u0433\u0440\u043D.");
  /* „...“ inside «...»; a sentence ends inside the inner marks */
  SENTS("uk", "\u0412\u0456\u043D \u0441\u043A\u0430\u0437\u0430\u0432: "
              "\u201E\u0422\u0430\u043A.\u201C \u0406 \u043F\u0456\u0448"
              "\u043E\u0432.",
        "\u0412\u0456\u043D \u0441\u043A\u0430\u0437\u0430\u0432: "
        "\u201E\u0422\u0430\u043A.\u201C",
        "\u0406 \u043F\u0456\u0448\u043E\u0432.");
  wc_doc *d = test_doc(eng("uk"),
                       "1 000,5 \u0442\u0438\u0441. 2\u00A0500 "
                       "\u0420\u043E\u0441\u0442\u043E\u0432-\u043D\u0430-"
                       "\u0414\u043E\u043D\u0443 \u0421\u0411\u0423",
                       WC_FMT_TEXT);
  expect_tok(d, "1 000,5", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "2\u00A0500", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "\u0420\u043E\u0441\u0442\u043E\u0432-\u043D\u0430-"
                "\u0414\u043E\u043D\u0443",
             W, TITLE, CYR, 1);
  expect_tok(d, "\u0421\u0411\u0423", W, UP, CYR, 1);
  wc_doc_free(d);
}

/* ---------------- Russian ---------------- */

static void test_ru_abbreviations(void **state) {
  (void)state;
  /* "В 2022 г. В ходе переговоров С. Лавров заявил, т. е. подтвердил." */
  SENTS("ru", "\u0412 2022 \u0433. \u0412 \u0445\u043E\u0434\u0435 "
              "\u043F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u043E\u0432 "
              "\u0421. \u041B\u0430\u0432\u0440\u043E\u0432 \u0437\u0430\u044F"
              "\u0432\u0438\u043B, \u0442. \u0435. \u043F\u043E\u0434\u0442"
              "\u0432\u0435\u0440\u0434\u0438\u043B.",
        "\u0412 2022 \u0433.",
        "\u0412 \u0445\u043E\u0434\u0435 "
        "\u043F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u043E\u0432 "
        "\u0421. \u041B\u0430\u0432\u0440\u043E\u0432 \u0437\u0430\u044F"
        "\u0432\u0438\u043B, \u0442. \u0435. \u043F\u043E\u0434\u0442"
        "\u0432\u0435\u0440\u0434\u0438\u043B.");
  /* "Он жил на ул. Ленина, д. 5. Потом переехал." */
  SENTS("ru", "\u041E\u043D \u0436\u0438\u043B \u043D\u0430 \u0443\u043B. "
              "\u041B\u0435\u043D\u0438\u043D\u0430, \u0434. 5. \u041F\u043E"
              "\u0442\u043E\u043C \u043F\u0435\u0440\u0435\u0435\u0445\u0430"
              "\u043B.",
        "\u041E\u043D \u0436\u0438\u043B \u043D\u0430 \u0443\u043B. "
        "\u041B\u0435\u043D\u0438\u043D\u0430, \u0434. 5.",
        "\u041F\u043E\u0442\u043E\u043C \u043F\u0435\u0440\u0435\u0435\u0445"
        "\u0430\u043B.");
  /* "Ещё в 1991 г. СССР распался." is one sentence */
  SENTS("ru", "\u0415\u0449\u0451 \u0432 1991 \u0433. \u0421\u0421\u0421\u0420 "
              "\u0440\u0430\u0441\u043F\u0430\u043B\u0441\u044F.",
        "\u0415\u0449\u0451 \u0432 1991 \u0433. \u0421\u0421\u0421\u0420 "
        "\u0440\u0430\u0441\u043F\u0430\u043B\u0441\u044F.");
}

static void test_ru_final_and_titles(void **state) {
  (void)state;
  /* "И т. д. Россия ответила." */
  SENTS("ru", "\u0418 \u0442. \u0434. \u0420\u043E\u0441\u0441\u0438\u044F "
              "\u043E\u0442\u0432\u0435\u0442\u0438\u043B\u0430.",
        "\u0418 \u0442. \u0434.",
        "\u0420\u043E\u0441\u0441\u0438\u044F "
        "\u043E\u0442\u0432\u0435\u0442\u0438\u043B\u0430.");
  /* "Дж. Байден приехал. Потери составили 1 000 тыс. руб. Это много." */
  SENTS("ru", "\u0414\u0436. \u0411\u0430\u0439\u0434\u0435\u043D "
              "\u043F\u0440\u0438\u0435\u0445\u0430\u043B. \u041F\u043E\u0442"
              "\u0435\u0440\u0438 \u0441\u043E\u0441\u0442\u0430\u0432\u0438"
              "\u043B\u0438 1 000 \u0442\u044B\u0441. \u0440\u0443\u0431. "
              "\u042D\u0442\u043E \u043C\u043D\u043E\u0433\u043E.",
        "\u0414\u0436. \u0411\u0430\u0439\u0434\u0435\u043D "
        "\u043F\u0440\u0438\u0435\u0445\u0430\u043B.",
        "\u041F\u043E\u0442\u0435\u0440\u0438 \u0441\u043E\u0441\u0442\u0430"
        "\u0432\u0438\u043B\u0438 1 000 \u0442\u044B\u0441. \u0440\u0443\u0431.",
        "\u042D\u0442\u043E \u043C\u043D\u043E\u0433\u043E.");
}

static void test_ru_quotes(void **state) {
  (void)state;
  /* "«Мы не отступим». Так сказал он. «Нет!» — ответил он." */
  SENTS("ru", "\u00AB\u041C\u044B \u043D\u0435 \u043E\u0442\u0441\u0442\u0443"
              "\u043F\u0438\u043C\u00BB. \u0422\u0430\u043A \u0441\u043A\u0430"
              "\u0437\u0430\u043B \u043E\u043D. \u00AB\u041D\u0435\u0442!\u00BB "
              "\u2014 \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u043E\u043D.",
        "\u00AB\u041C\u044B \u043D\u0435 \u043E\u0442\u0441\u0442\u0443"
        "\u043F\u0438\u043C\u00BB.",
        "\u0422\u0430\u043A \u0441\u043A\u0430\u0437\u0430\u043B \u043E\u043D.",
        "\u00AB\u041D\u0435\u0442!\u00BB \u2014 \u043E\u0442\u0432\u0435\u0442"
        "\u0438\u043B \u043E\u043D.");
}

static void test_ru_tokens(void **state) {
  (void)state;
  /* "Т.е. это так: ещё 2 500 человек в Ростове-на-Дону, ФСБ и Kиев." */
  wc_doc *d = test_doc(eng("ru"),
                       "\u0422.\u0435. \u044D\u0442\u043E \u0442\u0430\u043A: "
                       "\u0435\u0449\u0451 2 500 \u0447\u0435\u043B\u043E\u0432"
                       "\u0435\u043A \u0432 \u0420\u043E\u0441\u0442\u043E\u0432"
                       "\u0435-\u043D\u0430-\u0414\u043E\u043D\u0443, "
                       "\u0424\u0421\u0411 \u0438 K\u0438\u0435\u0432.",
                       WC_FMT_TEXT);
  expect_tok(d, "\u0422.\u0435.", W, TITLE, CYR, 1);
  expect_tok(d, "\u0435\u0449\u0451", W, LOW, CYR, 1);
  expect_tok(d, "2 500", N, NONE, NOSCRIPT, 1);
  expect_tok(d, "\u0420\u043E\u0441\u0442\u043E\u0432\u0435-\u043D\u0430-"
                "\u0414\u043E\u043D\u0443",
             W, TITLE, CYR, 1);
  expect_tok(d, "\u0424\u0421\u0411", W, UP, CYR, 1);
  expect_tok(d, "K\u0438\u0435\u0432", W, TITLE, MIXED, 1);
  expect_tok(d, ":", P, NONE, NOSCRIPT, 0);
  wc_doc_free(d);
  SENTS("ru", "\u0422.\u0435. \u042D\u0442\u043E \u0442\u0430\u043A.",
        "\u0422.\u0435. \u042D\u0442\u043E \u0442\u0430\u043A.");
}

/* ---------------- any language ---------------- */

static void test_no_profile(void **state) {
  (void)state;
  /* segmentation works without a profile: no abbreviations known */
  wc_doc *d = test_doc(eng("en"), "It rose. Then fell... Done!", WC_FMT_TEXT);
  wc_doc_segment(d, NULL);
  assert_int_equal(d->sentences.n, 3);
  for (size_t i = 0; i < d->tokens.n; i++)
    assert_true(d->tokens.v[i].sentence < d->sentences.n);
  wc_doc_free(d);
}

static void test_hostile_runs(void **state) {
  (void)state;
  /* long runs without spaces stay linear and make sane tokens */
  size_t n = 200000;
  char *s = wc_xmalloc(n + 1);
  for (size_t i = 0; i < n; i++)
    s[i] = i % 2 ? '.' : 'a';
  s[n] = '\0';
  wc_doc *d = test_doc(eng("en"), s, WC_FMT_TEXT);
  assert_true(d->tokens.n > 0);
  wc_doc_free(d);
  for (size_t i = 0; i < n; i++)
    s[i] = "ab@c.d"[i % 6];
  d = test_doc(eng("en"), s, WC_FMT_TEXT);
  assert_true(d->tokens.n > 0);
  wc_doc_free(d);
  free(s);
}

static void test_token_sentence_links(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng("en"), "Title\n\nOne. Two three.\n\nFour?",
                       WC_FMT_TEXT);
  assert_int_equal(d->sentences.n, 4);
  for (size_t si = 0; si < d->sentences.n; si++) {
    const wc_sentence *s = &d->sentences.v[si];
    assert_true(s->tok_first < s->tok_end);
    assert_int_equal(s->start, d->tokens.v[s->tok_first].start);
    assert_int_equal(s->end, d->tokens.v[s->tok_end - 1].end);
    for (size_t ti = s->tok_first; ti < s->tok_end; ti++)
      assert_int_equal(d->tokens.v[ti].sentence, si);
  }
  assert_int_equal(d->sentences.v[1].block, 1);
  assert_int_equal(d->sentences.v[2].block, 1);
  assert_int_equal(d->sentences.v[3].block, 2);
  /* the first token of a block counts as preceded by space */
  assert_true(d->tokens.v[d->sentences.v[1].tok_first].space_before);
  wc_doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_en_titles_and_initials),
      cmocka_unit_test(test_en_us_mid_and_end),
      cmocka_unit_test(test_en_quotes),
      cmocka_unit_test(test_en_ellipsis_and_marks),
      cmocka_unit_test(test_en_numbers),
      cmocka_unit_test(test_en_words),
      cmocka_unit_test(test_en_urls),
      cmocka_unit_test(test_en_abbreviations),
      cmocka_unit_test(test_de_ordinals),
      cmocka_unit_test(test_de_multipart),
      cmocka_unit_test(test_de_titles),
      cmocka_unit_test(test_de_quotes),
      cmocka_unit_test(test_de_numbers),
      cmocka_unit_test(test_de_words),
      cmocka_unit_test(test_de_closing_punct),
      cmocka_unit_test(test_fr_titles),
      cmocka_unit_test(test_fr_elision),
      cmocka_unit_test(test_fr_guillemets),
      cmocka_unit_test(test_fr_numbers),
      cmocka_unit_test(test_fr_abbreviations),
      cmocka_unit_test(test_es_abbreviations),
      cmocka_unit_test(test_es_marks),
      cmocka_unit_test(test_es_numbers_and_words),
      cmocka_unit_test(test_es_titles_before_particles),
      cmocka_unit_test(test_uk_initials_and_apostrophes),
      cmocka_unit_test(test_uk_abbreviations),
      cmocka_unit_test(test_uk_quotes_and_numbers),
      cmocka_unit_test(test_ru_abbreviations),
      cmocka_unit_test(test_ru_final_and_titles),
      cmocka_unit_test(test_ru_quotes),
      cmocka_unit_test(test_ru_tokens),
      cmocka_unit_test(test_no_profile),
      cmocka_unit_test(test_hostile_runs),
      cmocka_unit_test(test_token_sentence_links),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

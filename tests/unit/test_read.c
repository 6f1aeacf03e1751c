/* test_read.c -- the HTML, NITF and NewsML-G2 readers: blocks and scopes,
 * what is not read, the declared language, and above all the offset map:
 * a character of the text must point at the line and column of the file
 * it came from, through tags, entities, CDATA and NFC.  Also hostile and
 * broken input: empty files, only tags, a 1 MB line, deep nesting, billion
 * laughs, external entities, invalid UTF-8, unreadable XML. */
#include "harness.h"

#include <stdio.h>

#include "read/read.h"

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

/* ---- helpers ---- */

static size_t text_pos(const wc_doc *d, const char *needle) {
  const char *p = strstr(d->text, needle);
  if (!p)
    fail_msg("'%s' not in the text: %s", needle, d->text);
  return (size_t)(p - d->text);
}

static void pos_of(const wc_doc *d, const char *needle, size_t *line,
                   size_t *col) {
  wc_doc_line_col(d, wc_doc_src_offset(d, text_pos(d, needle)), line, col);
}

/* 1-based line and column (code points) of the first occurrence of needle
 * in a source string, computed independently of the reader. */
static void src_pos(const char *src, const char *needle, size_t *line,
                    size_t *col) {
  const char *p = strstr(src, needle);
  if (!p)
    fail_msg("'%s' not in the source", needle);
  *line = 1;
  const char *ls = src;
  for (const char *q = src; q < p; q++)
    if (*q == '\n') {
      (*line)++;
      ls = q + 1;
    }
  *col = 1;
  for (const char *q = ls; q < p; q++)
    if (((unsigned char)*q & 0xC0) != 0x80)
      (*col)++;
}

/* The text at needle maps to where needle (or src_needle) is in src. */
static void assert_maps(const wc_doc *d, const char *src, const char *needle,
                        const char *src_needle) {
  size_t l1, c1, l2, c2;
  pos_of(d, needle, &l1, &c1);
  src_pos(src, src_needle ? src_needle : needle, &l2, &c2);
  if (l1 != l2 || c1 != c2)
    fail_msg("'%s' maps to %zu:%zu, expected %zu:%zu", needle, l1, c1, l2, c2);
}

static unsigned scope_of(const wc_doc *d, const char *needle) {
  return d->blocks.v[wc_doc_block_at(d, text_pos(d, needle))].scope;
}

static size_t nissues(const wc_doc *d, const char *rule) {
  size_t n = 0;
  for (size_t i = 0; i < d->issues.n; i++)
    if (strcmp(d->issues.v[i].rule, rule) == 0)
      n++;
  return n;
}

static const wc_input_issue *issue_with(const wc_doc *d, const char *rule,
                                        const char *words) {
  for (size_t i = 0; i < d->issues.n; i++)
    if (strcmp(d->issues.v[i].rule, rule) == 0 &&
        strstr(d->issues.v[i].message, words))
      return &d->issues.v[i];
  return NULL;
}

static char *slurp(const char *path, size_t *len_out) {
  char *data = NULL;
  size_t len = 0;
  wc_error err = {0};
  if (wc_read_file(path, &data, &len, &err) != WC_OK)
    fail_msg("cannot read %s: %s", path, err.msg);
  if (len_out)
    *len_out = len;
  return data;
}

/* Every word token of d sits verbatim at its mapped source offset (true of
 * files without entities or decomposed characters in their words). */
static void assert_words_verbatim(const wc_doc *d) {
  size_t words = 0;
  for (size_t t = 0; t < d->tokens.n; t++) {
    const wc_token *tk = &d->tokens.v[t];
    if (tk->kind != WC_TOK_WORD)
      continue;
    words++;
    size_t so = wc_doc_src_offset(d, tk->start), n = tk->end - tk->start;
    if (so + n > d->src_len || memcmp(d->src + so, d->text + tk->start, n))
      fail_msg("word '%.*s' maps to '%.*s'", (int)n, d->text + tk->start,
               (int)n, d->src + so);
  }
  assert_true(words > 0);
}

/* ---- HTML ---- */

static void test_html_entities_map(void **state) {
  (void)state;
  const char *src = "<!DOCTYPE html>\n"
                    "<html lang=\"en\"><body>\n"
                    "<p>Caf&eacute; in &#8220;Kiev&#8221; today</p>\n"
                    "</body></html>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  assert_string_equal(d->text, "Caf\xC3\xA9 in \xE2\x80\x9CKiev\xE2\x80\x9D "
                               "today");
  size_t line, col;
  pos_of(d, "Kiev", &line, &col);
  assert_int_equal(line, 3);
  assert_int_equal(col, 26); /* <p>Caf&eacute; in &#8220; is 25 characters */
  assert_maps(d, src, "Kiev", NULL);
  assert_maps(d, src, "today", NULL);
  /* é and the quote marks point at their entity references */
  assert_maps(d, src, "\xC3\xA9", "&eacute;");
  assert_maps(d, src, "\xE2\x80\x9D", "&#8221;");
  wc_doc_free(d);
}

static void test_html_nfc_map(void **state) {
  (void)state;
  /* a decomposed é (e + U+0301) in the source: one code point in the text */
  const char *src =
      "<html><body>\n<p>Cafe\xCC\x81 in Kiev</p>\n</body></html>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  assert_string_equal(d->text, "Caf\xC3\xA9 in Kiev");
  size_t line, col;
  pos_of(d, "Kiev", &line, &col);
  assert_int_equal(line, 2);
  assert_int_equal(col, 13); /* <p> Cafe U+0301 space i n space */
  assert_maps(d, src, "\xC3\xA9", "e\xCC\x81");
  wc_doc_free(d);
}

static void test_html_finding_position(void **state) {
  (void)state;
  /* the misspelling is reported at the line and column of the HTML */
  const char *src = "<html>\n<head><title>x</title></head>\n<body>\n"
                    "<h1>Minister resigns</h1>\n"
                    "<p>The minister &ldquo;recieved&rdquo; the letter on "
                    "Tuesday.</p>\n</body>\n</html>\n";
  wc_result *r = test_check(eng, src, WC_FMT_HTML);
  const wc_finding *f = NULL;
  for (size_t i = 0; i < wc_result_count(r); i++)
    if (strcmp(wc_result_at(r, i)->rule, "spelling.unknown") == 0)
      f = wc_result_at(r, i);
  assert_non_null(f);
  size_t line, col;
  src_pos(src, "recieved", &line, &col);
  assert_int_equal(f->line, line);
  assert_int_equal(f->column, col);
  assert_int_equal(f->end_column, col + strlen("recieved"));
  wc_result_free(r);
}

static void test_html_whitespace(void **state) {
  (void)state;
  const char *src = "<p>One  \n\t two<br>three<br/>\n four &nbsp;five</p>";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  assert_string_equal(d->text, "One two three four \xC2\xA0"
                               "five");
  /* the collapsed space points at the first white-space byte */
  size_t sp = text_pos(d, " two");
  assert_int_equal(wc_doc_src_offset(d, sp), strstr(src, "  \n") - src);
  assert_maps(d, src, "four", NULL);
  assert_maps(d, src, "five", NULL);
  wc_doc_free(d);
}

static void test_html_scopes(void **state) {
  (void)state;
  const char *src =
      "<html><body><article>\n"
      "<h1>Main headline</h1>\n"
      "<p class=\"byline\">By Jane Doe</p>\n"
      "<p><span class=\"dateline\">KYIV</span> Body text one.</p>\n"
      "<div class=\"article-dateline\">LVIV, May 2</div>\n"
      "<h2>A subhead</h2>\n"
      "<blockquote><p>Quoted words.</p></blockquote>\n"
      "<ul><li>List item</li></ul>\n"
      "<table><tr><td>Cell text</td><th>Header cell</th></tr></table>\n"
      "<figure><img src=\"a.jpg\" alt=\"Alt text\"><figcaption>Caption "
      "text</figcaption></figure>\n"
      "<div>Loose <em>div</em> text<p>Inner para</p>after it</div>\n"
      "<h1>Second h1</h1>\n"
      "<div itemprop=\"author\">Ann Author</div>\n"
      "</article></body></html>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  assert_int_equal(scope_of(d, "Main headline"), WC_SCOPE_HEADLINE);
  assert_int_equal(scope_of(d, "By Jane Doe"), WC_SCOPE_BYLINE);
  assert_int_equal(scope_of(d, "Body text one"), WC_SCOPE_BODY);
  assert_int_equal(scope_of(d, "LVIV"), WC_SCOPE_DATELINE);
  assert_int_equal(scope_of(d, "A subhead"), WC_SCOPE_SUBHEAD);
  assert_int_equal(scope_of(d, "Quoted words"), WC_SCOPE_QUOTE);
  assert_int_equal(scope_of(d, "List item"), WC_SCOPE_LIST);
  assert_int_equal(scope_of(d, "Cell text"), WC_SCOPE_TABLE);
  assert_int_equal(scope_of(d, "Header cell"), WC_SCOPE_TABLE);
  assert_int_equal(scope_of(d, "Caption text"), WC_SCOPE_CAPTION);
  assert_int_equal(scope_of(d, "Loose div text"), WC_SCOPE_BODY);
  assert_int_equal(scope_of(d, "Second h1"), WC_SCOPE_SUBHEAD);
  assert_int_equal(scope_of(d, "Ann Author"), WC_SCOPE_BYLINE);
  /* a div's own text, its paragraph and what follows are three blocks */
  assert_true(wc_doc_block_at(d, text_pos(d, "Inner para")) ==
              wc_doc_block_at(d, text_pos(d, "Loose")) + 1);
  assert_true(wc_doc_block_at(d, text_pos(d, "after it")) ==
              wc_doc_block_at(d, text_pos(d, "Inner para")) + 1);
  assert_null(strstr(d->text, "Alt text"));
  assert_int_equal(d->blocks.n, 15);
  assert_int_equal(nissues(d, "input.markup"), 0);
  wc_doc_free(d);
}

static void test_html_not_read(void **state) {
  (void)state;
  const char *src =
      "<html><head><title>SKIP title</title>\n"
      "<style>p { content: 'SKIP style'; }</style>\n"
      "<script>var s = '<p>SKIP script</p>'; if (a</b) {}</script></head>\n"
      "<body>\n"
      "<header><a href=\"/\">SKIP site header</a></header>\n"
      "<nav><a href=\"/\">SKIP nav</a></nav>\n"
      "<form><label>SKIP form</label><button>SKIP button</button></form>\n"
      "<noscript>SKIP noscript</noscript>\n"
      "<template><p>SKIP template</p></template>\n"
      "<article><header><p class=\"kicker\">SKIP kicker</p>"
      "<h1>Kept headline</h1><p class=\"byline\">By Kept Byline</p>"
      "</header>\n"
      "<p>Kept <del>SKIP deleted</del>body.</p>\n"
      "<div role=\"complementary\">SKIP role</div>\n"
      "<p hidden>SKIP hidden</p><div aria-hidden=\"true\">SKIP aria</div>\n"
      "<!-- SKIP comment <p>with a tag</p> -->\n"
      "<p>Kept after.</p></article>\n"
      "<aside>SKIP aside</aside>\n"
      "<footer>SKIP footer</footer>\n"
      "</body></html>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  if (strstr(d->text, "SKIP"))
    fail_msg("furniture read: %s", d->text);
  assert_int_equal(scope_of(d, "Kept headline"), WC_SCOPE_HEADLINE);
  assert_int_equal(scope_of(d, "By Kept Byline"), WC_SCOPE_BYLINE);
  assert_non_null(strstr(d->text, "Kept body."));
  assert_maps(d, src, "after.", NULL);
  assert_int_equal(nissues(d, "input.markup"), 0);
  wc_doc_free(d);
}

static void test_html_lang(void **state) {
  (void)state;
  wc_doc *d =
      test_doc(eng, "<html lang=\"de-DE\"><p>Text</p></html>", WC_FMT_HTML);
  assert_string_equal(d->meta_lang, "de");
  wc_doc_free(d);
  d = test_doc(eng,
               "<html><head><meta http-equiv=\"Content-Language\" "
               "content=\"fr\"></head><body><p>Texte</p></body></html>",
               WC_FMT_HTML);
  assert_string_equal(d->meta_lang, "fr");
  wc_doc_free(d);
  d = test_doc(eng, "<html><body lang=\"uk\"><p>Текст</p></body></html>",
               WC_FMT_HTML);
  assert_string_equal(d->meta_lang, "uk");
  wc_doc_free(d);
  d = test_doc(eng, "<p>No language here</p>", WC_FMT_HTML);
  assert_string_equal(d->meta_lang, "");
  wc_doc_free(d);
  /* not a language tag */
  d = test_doc(eng, "<html lang=\"x\"><p>Text</p></html>", WC_FMT_HTML);
  assert_string_equal(d->meta_lang, "");
  wc_doc_free(d);
}

static void test_html_entities_shown(void **state) {
  (void)state;
  const char *src = "<p>Tom &amp;amp; Jerry</p>\n<p>Caf&eacut; and &copy "
                    "and AT&amp;T and R&D</p>";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  /* reported, and read as meant: the checks see the writer's words */
  assert_string_equal(d->text, "Tom & Jerry\n\nCaf&eacut; and \xC2\xA9 and "
                               "AT&T and R&D");
  assert_maps(d, src, "& Jerry", "&amp;amp;");
  assert_maps(d, src, "Jerry", NULL);
  assert_maps(d, src, "\xC2\xA9", "&copy");
  const wc_input_issue *is = issue_with(d, "input.markup", "escaped twice");
  assert_non_null(is);
  size_t line, col, l2, c2;
  wc_doc_line_col(d, is->src_start, &line, &col);
  src_pos(src, "&amp;amp;", &l2, &c2);
  assert_int_equal(line, l2);
  assert_int_equal(col, c2);
  assert_int_equal(is->src_end - is->src_start, strlen("&amp;amp;"));
  assert_non_null(issue_with(d, "input.markup", "no HTML entity"));
  assert_non_null(issue_with(d, "input.markup", "lacks its ';'"));
  /* AT&amp;T and R&D are fine */
  assert_int_equal(nissues(d, "input.markup"), 3);
  wc_doc_free(d);
}

static void test_html_cp1252_refs(void **state) {
  (void)state;
  /* &#150; is U+0096; HTML reads it as Windows-1252, as browsers do */
  wc_doc *d =
      test_doc(eng, "<p>1990&#150;1995 and &#147;so&#148;</p>", WC_FMT_HTML);
  assert_string_equal(d->text, "1990\xE2\x80\x93"
                               "1995 and \xE2\x80\x9Cso"
                               "\xE2\x80\x9D");
  wc_doc_free(d);
}

static void test_html_repairs(void **state) {
  (void)state;
  /* unclosed paragraphs, upper case, stray text, a literal '<', CRLF: the
   * parser repairs; every word still maps to its place */
  const char *src = "<HTML>\r\n<BODY>\r\nLoose words first\r\n"
                    "<P>Para one & two < three\r\n<P>Para two\r\n"
                    "<TABLE><TR>stray<TD>cell</TD></TR></TABLE>\r\n"
                    "<p>After <unknown-tag>custom</unknown-tag> end\r\n"
                    "</BODY></HTML>\r\ntrailing words\r\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_HTML);
  assert_non_null(strstr(d->text, "Para one & two < three"));
  const char *words[] = {"Loose", "first",  "three", "Para two", "stray",
                         "cell",  "custom", "end",   "trailing"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    assert_maps(d, src, words[i], NULL);
  assert_words_verbatim(d);
  assert_int_equal(nissues(d, "input.markup"), 0);
  wc_doc_free(d);
}

static void test_adjacent_blocks_map(void **state) {
  (void)state;
  /* blocks with no white space between them in the source: the "\n\n"
   * that joins them in the text maps just past the previous block */
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, "<table><tr>");
  for (int i = 0; i < 60; i++)
    wc_buf_printf(&b, "<td>c%d</td>", i);
  wc_buf_puts(&b, "</tr></table><p>The end.</p>");
  wc_doc *d = test_doc(eng, b.data, WC_FMT_HTML);
  assert_int_equal(d->blocks.n, 61);
  for (size_t i = 1; i < d->blocks.n; i++) {
    size_t sep = d->blocks.v[i].start - 2;
    assert_memory_equal(d->text + sep, "\n\n", 2);
    assert_int_equal(d->map[sep], d->map[sep - 1] + 1);
    assert_int_equal(d->map[sep + 1], d->map[sep - 1] + 1);
  }
  for (size_t i = 0; i <= d->len; i++)
    assert_true(d->map[i] <= d->src_len);
  assert_maps(d, b.data, "c59", NULL);
  assert_maps(d, b.data, "The end.", NULL);
  wc_doc_free(d);
  wc_buf_cleanup(&b);
}

/* ---- NITF ---- */

static const char nitf_doc[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE nitf SYSTEM \"nitf-3-4.dtd\">\n"
    "<nitf baselang=\"de-DE\">\n"
    "<head><title>SKIP title</title>\n"
    "<docdata><ed-msg info=\"SKIP\"/><doc-id id-string=\"SKIP-1\"/>"
    "<key-list><keyword key=\"SKIP\"/></key-list></docdata></head>\n"
    "<body>\n"
    "<body.head>\n"
    "<hedline><hl1>Ministry denies report</hl1><hl2>Second deck</hl2>"
    "</hedline>\n"
    "<note><body.content><p>SKIP note to editors</p></body.content></note>\n"
    "<byline>By <person>Jane Doe</person><byttl>AP Writer</byttl></byline>\n"
    "<distributor>SKIP distributor</distributor>\n"
    "<dateline><location>KYIV</location>, <story.date>May 2</story.date>"
    "</dateline>\n"
    "<abstract><p>Short summary.</p></abstract>\n"
    "</body.head>\n"
    "<body.content>\n"
    "<block id=\"Main\">\n"
    "<p>First paragraph with <![CDATA[Smith & Wesson <Kiev>]]> inside.</p>\n"
    "<p>Alko&amp;#39;s monopoly &#171;stays&#187;.</p>\n"
    "<bq><block><p>Quoted text.</p></block><credit>A Speaker</credit></bq>\n"
    "<media><media-reference source=\"a.jpg\" alternate-text=\"SKIP\"/>"
    "<media-caption>Photo caption.</media-caption>"
    "<media-producer>SKIP producer</media-producer></media>\n"
    "<table><tr><td>Cell one</td></tr></table>\n"
    "<ul><li>Item one</li></ul>\n"
    "<hl2>Inner subhead</hl2>\n"
    "</block>\n"
    "</body.content>\n"
    "<body.end><tagline>Reporting by Jane Doe.</tagline></body.end>\n"
    "</body>\n"
    "</nitf>\n";

static void test_nitf_blocks(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng, nitf_doc, WC_FMT_NITF);
  if (strstr(d->text, "SKIP"))
    fail_msg("head, notes or credits read: %s", d->text);
  assert_string_equal(d->meta_lang, "de");
  assert_int_equal(scope_of(d, "Ministry denies"), WC_SCOPE_HEADLINE);
  assert_int_equal(scope_of(d, "Second deck"), WC_SCOPE_SUBHEAD);
  /* byttl is set off by a space, inside the byline */
  assert_non_null(strstr(d->text, "By Jane Doe AP Writer"));
  assert_int_equal(scope_of(d, "AP Writer"), WC_SCOPE_BYLINE);
  assert_int_equal(scope_of(d, "KYIV, May 2"), WC_SCOPE_DATELINE);
  assert_int_equal(scope_of(d, "Short summary"), WC_SCOPE_SUBHEAD);
  assert_int_equal(scope_of(d, "First paragraph"), WC_SCOPE_BODY);
  assert_int_equal(scope_of(d, "Quoted text"), WC_SCOPE_QUOTE);
  assert_int_equal(scope_of(d, "A Speaker"), WC_SCOPE_QUOTE);
  assert_int_equal(scope_of(d, "Photo caption"), WC_SCOPE_CAPTION);
  assert_int_equal(scope_of(d, "Cell one"), WC_SCOPE_TABLE);
  assert_int_equal(scope_of(d, "Item one"), WC_SCOPE_LIST);
  assert_int_equal(scope_of(d, "Inner subhead"), WC_SCOPE_SUBHEAD);
  assert_int_equal(scope_of(d, "Reporting by"), WC_SCOPE_BODY);
  assert_int_equal(d->blocks.n, 14);
  wc_doc_free(d);
}

static void test_nitf_offsets(void **state) {
  (void)state;
  const char *src = nitf_doc;
  wc_doc *d = test_doc(eng, src, WC_FMT_NITF);
  /* through CDATA */
  assert_non_null(strstr(d->text, "with Smith & Wesson <Kiev> inside."));
  assert_maps(d, src, "Kiev", NULL);
  assert_maps(d, src, "inside", NULL);
  assert_maps(d, src, "Wesson", NULL);
  /* through character references */
  assert_maps(d, src, "stays", NULL);
  assert_maps(d, src, "\xC2\xBB", "&#187;");
  assert_maps(d, src, "Jane Doe AP", "Jane Doe</person>");
  assert_maps(d, src, "AP Writer", NULL);
  assert_maps(d, src, "Reporting", NULL);
  /* the entity escaped twice shows as "&#39;" and is reported there */
  const wc_input_issue *is = issue_with(d, "input.markup", "&#39;");
  assert_non_null(is);
  size_t line, col, l2, c2;
  wc_doc_line_col(d, is->src_start, &line, &col);
  src_pos(src, "&amp;#39;", &l2, &c2);
  assert_int_equal(line, l2);
  assert_int_equal(col, c2);
  assert_int_equal(nissues(d, "input.markup"), 1);
  wc_doc_free(d);
}

static void test_nitf_lang_sources(void **state) {
  (void)state;
  wc_doc *d = test_doc(eng,
                       "<nitf xml:lang=\"fr-CA\" baselang=\"en\"><body>"
                       "<body.content><p>Texte</p></body.content></body>"
                       "</nitf>",
                       WC_FMT_NITF);
  assert_string_equal(d->meta_lang, "fr");
  wc_doc_free(d);
  d = test_doc(eng,
               "<nitf><head><meta name=\"language\" content=\"es\"/></head>"
               "<body><body.content><p>Texto</p></body.content></body></nitf>",
               WC_FMT_NITF);
  assert_string_equal(d->meta_lang, "es");
  wc_doc_free(d);
  d = test_doc(eng,
               "<nitf><body><body.content><p xml:lang=\"ru\">Текст</p>"
               "</body.content></body></nitf>",
               WC_FMT_NITF);
  assert_string_equal(d->meta_lang, "ru");
  wc_doc_free(d);
}

static void test_nitf_iptc_sample(void **state) {
  (void)state;
  size_t len;
  char *src = slurp("tests/data/iptc/iptc-LISTING_25-nitf-extracted.xml", &len);
  wc_doc *d = test_doc(eng, src, WC_FMT_AUTO);
  assert_string_equal(d->format, "nitf");
  assert_int_equal(d->blocks.n, 4);
  assert_int_equal(d->blocks.v[0].scope, WC_SCOPE_HEADLINE);
  assert_int_equal(d->blocks.v[1].scope, WC_SCOPE_BYLINE);
  assert_int_equal(d->blocks.v[2].scope, WC_SCOPE_SUBHEAD);
  assert_int_equal(d->blocks.v[3].scope, WC_SCOPE_BODY);
  /* the headline's line break is one space */
  assert_non_null(strstr(d->text, "Philadelphia Phillies (26-24), 7:05p.m."));
  assert_words_verbatim(d);
  assert_maps(d, src, "Citizen Bank", NULL);
  assert_int_equal(d->issues.n, 0);
  wc_doc_free(d);
  free(src);
}

/* ---- NewsML-G2 ---- */

static void test_newsml_iptc_samples(void **state) {
  (void)state;
  /* inline NITF with its own headline: the contentMeta one is not added */
  char *src =
      slurp("tests/data/iptc/iptc-LISTING_2_NewsML-G2_Text_Document.xml", NULL);
  wc_doc *d = test_doc(eng, src, WC_FMT_AUTO);
  assert_string_equal(d->format, "newsml");
  assert_string_equal(d->meta_lang, "en");
  assert_int_equal(d->blocks.n, 4);
  assert_int_equal(d->blocks.v[0].scope, WC_SCOPE_HEADLINE);
  assert_int_equal(scope_of(d, "Staff Reporter"), WC_SCOPE_BYLINE);
  assert_words_verbatim(d);
  /* the NITF headline, not the contentMeta one (the same words) */
  size_t line, col;
  pos_of(d, "Fed to halt", &line, &col);
  size_t l2, c2;
  src_pos(src, "<hl1>Fed", &l2, &c2);
  assert_int_equal(line, l2);
  assert_int_equal(col, c2 + 5);
  wc_doc_free(d);
  free(src);

  /* empty inlineXML: the contentMeta headline is all there is */
  src = slurp("tests/data/iptc/iptc-LISTING_1_A_NewsML-G2_News_Item.xml", NULL);
  d = test_doc(eng, src, WC_FMT_AUTO);
  assert_int_equal(d->blocks.n, 1);
  assert_int_equal(d->blocks.v[0].scope, WC_SCOPE_HEADLINE);
  assert_string_equal(d->text, "Fed to halt QE to avert \"bubble\"");
  assert_string_equal(d->meta_lang, "en");
  assert_maps(d, src, "Fed to halt", NULL);
  /* rights, notes to editors and subject names are not read */
  assert_null(strstr(d->text, "STRICTLY"));
  wc_doc_free(d);
  free(src);

  src =
      slurp("tests/data/iptc/iptc-LISTING_22_Sports_story_in_NewsML-G2NITF.xml",
            NULL);
  d = test_doc(eng, src, WC_FMT_AUTO);
  assert_int_equal(d->blocks.n, 9);
  assert_null(strstr(d->text, "Preview:"));    /* the contentMeta headline */
  assert_null(strstr(d->text, "AAV!PREVIEW")); /* the slugline */
  assert_words_verbatim(d);
  assert_int_equal(d->issues.n, 0);
  wc_doc_free(d);
  free(src);
}

static const char newsml_message[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
    "xmlns:h=\"http://www.w3.org/1999/xhtml\">\n"
    "<header><sent>2024-05-02T10:00:00Z</sent></header>\n"
    "<itemSet>\n"
    "<newsItem guid=\"a\" xml:lang=\"en\">\n"
    "<itemMeta><edNote>SKIP note</edNote></itemMeta>\n"
    "<contentMeta><language tag=\"de-AT\"/><slugline>SKIP-SLUG</slugline>\n"
    "<headline>Erste Schlagzeile</headline>\n"
    "<headline role=\"hld:subHeadline\">Die Unterzeile</headline>\n"
    "<description role=\"drol:summary\">SKIP description</description>\n"
    "</contentMeta>\n"
    "<contentSet>\n"
    "<remoteContent href=\"x.jpg\"/>\n"
    "<inlineXML contenttype=\"application/xhtml+xml\">"
    "<h:html><h:head><h:title>SKIP title</h:title></h:head><h:body>\n"
    "<h:p>Erster Absatz &#8222;Zitat&#8220; hier.</h:p>\n"
    "<h:h2>Zwischentitel</h:h2>\n"
    "</h:body></h:html></inlineXML>\n"
    "<inlineData contenttype=\"text/plain\">SKIP alternative "
    "rendition</inlineData>\n"
    "</contentSet>\n"
    "</newsItem>\n"
    "<newsItem guid=\"b\">\n"
    "<contentMeta><headline>Zweite Meldung</headline></contentMeta>\n"
    "<contentSet><inlineData contenttype=\"text/plain\"><![CDATA[\n"
    "   Der erste Absatz der zweiten\n"
    "Meldung geht weiter.\n"
    "   Ein neuer Absatz, eingerueckt.\n"
    "\n"
    "Nach einer Leerzeile <p>und ein Tag.\n"
    "Gleich eingerueckt, Satzende.\n"
    "Daher ein eigener Absatz.\n"
    "]]></inlineData></contentSet>\n"
    "</newsItem>\n"
    "</itemSet>\n"
    "</newsMessage>\n";

static void test_newsml_message(void **state) {
  (void)state;
  const char *src = newsml_message;
  wc_doc *d = test_doc(eng, src, WC_FMT_NEWSML);
  if (strstr(d->text, "SKIP"))
    fail_msg("metadata or a second rendition read: %s", d->text);
  assert_string_equal(d->meta_lang, "de"); /* contentMeta, item 1 */
  assert_int_equal(scope_of(d, "Erste Schlagzeile"), WC_SCOPE_HEADLINE);
  assert_int_equal(scope_of(d, "Die Unterzeile"), WC_SCOPE_SUBHEAD);
  assert_int_equal(scope_of(d, "Erster Absatz"), WC_SCOPE_BODY);
  assert_int_equal(scope_of(d, "Zwischentitel"), WC_SCOPE_SUBHEAD);
  assert_int_equal(scope_of(d, "Zweite Meldung"), WC_SCOPE_HEADLINE);
  /* items in order */
  assert_true(text_pos(d, "Zwischentitel") < text_pos(d, "Zweite Meldung"));
  /* plain text: indented lines and blank lines start paragraphs, a stray
   * tag is dropped */
  assert_non_null(strstr(d->text, "Der erste Absatz der zweiten Meldung "
                                  "geht weiter.\n\nEin neuer Absatz"));
  assert_non_null(strstr(d->text, "eingerueckt.\n\nNach einer Leerzeile"));
  assert_non_null(strstr(d->text, "Leerzeile\n\nund ein Tag."));
  /* a line that ends a sentence ends its paragraph */
  assert_non_null(strstr(d->text, "Tag.\n\nGleich eingerueckt, Satzende.\n\n"
                                  "Daher ein eigener Absatz."));
  assert_int_equal(d->blocks.n, 11);
  assert_maps(d, src, "Zitat", NULL);
  assert_maps(d, src, "Meldung geht", NULL);
  assert_maps(d, src, "Ein neuer", NULL);
  assert_maps(d, src, "und ein Tag", NULL);
  assert_int_equal(d->issues.n, 0);
  wc_doc_free(d);
}

static void test_newsml_nitf_preferred(void **state) {
  (void)state;
  /* the same story as inline text and inline NITF: read once, as NITF;
   * the language comes from the rendition */
  const char *src =
      "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
      "<contentMeta><headline>Meta headline</headline></contentMeta>"
      "<contentSet>"
      "<inlineData contenttype=\"text/plain\">Story text.</inlineData>"
      "<inlineXML xml:lang=\"es-ES\" contenttype=\"application/nitf+xml\">"
      "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body>"
      "<body.content><p>Story text.</p></body.content></body></nitf>"
      "</inlineXML></contentSet></newsItem>";
  wc_doc *d = test_doc(eng, src, WC_FMT_NEWSML);
  assert_string_equal(d->text, "Meta headline\n\nStory text.");
  assert_string_equal(d->meta_lang, "es");
  assert_maps(d, src, "Story text.", "Story text.</p>");
  wc_doc_free(d);
}

static void test_format_mismatch(void **state) {
  (void)state;
  /* NITF given as NewsML and NewsML given as NITF are read all the same */
  wc_doc *d = test_doc(eng, nitf_doc, WC_FMT_NEWSML);
  assert_int_equal(scope_of(d, "Ministry denies"), WC_SCOPE_HEADLINE);
  wc_doc_free(d);
  d = test_doc(eng, newsml_message, WC_FMT_NITF);
  assert_int_equal(scope_of(d, "Erste Schlagzeile"), WC_SCOPE_HEADLINE);
  wc_doc_free(d);
}

/* ---- empty, broken and hostile input ---- */

static void test_empty_and_tags_only(void **state) {
  (void)state;
  static const wc_input_format fmts[] = {WC_FMT_HTML, WC_FMT_NITF,
                                         WC_FMT_NEWSML};
  static const char *const srcs[] = {
      "",
      "  \n\t\n",
      "\xEF\xBB\xBF",
      "<html><head></head><body><div><p></p></div></body></html>",
      "<?xml version=\"1.0\"?>\n<nitf><head/><body><body.content/></body>"
      "</nitf>\n",
      "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentSet/>"
      "</newsItem>"};
  for (size_t f = 0; f < 3; f++)
    for (size_t s = 0; s < sizeof srcs / sizeof srcs[0]; s++) {
      if (f > 0 && s == 3)
        continue; /* the HTML one is not XML-shaped for the others */
      wc_doc *d = test_doc(eng, srcs[s], fmts[f]);
      assert_int_equal(d->blocks.n, 0);
      assert_int_equal(d->len, 0);
      assert_int_equal(nissues(d, "input.empty"), 1);
      wc_doc_free(d);
    }
}

static void test_unreadable_xml(void **state) {
  (void)state;
  const char *src = "This is not XML at all.\nJust words.\n";
  wc_doc *d = NULL;
  wc_error err = {0};
  wc_status st = wc_engine_load_doc(eng, "story.xml", src, strlen(src),
                                    WC_FMT_NITF, &d, &err);
  assert_int_equal(st, WC_ERR_FORMAT);
  assert_null(d);
  assert_string_equal(err.file, "story.xml");
  assert_int_equal(err.line, 1);
  assert_non_null(strstr(err.msg, "XML"));
}

static void test_broken_xml(void **state) {
  (void)state;
  /* a mismatched end tag: recovered, reported where it is */
  const char *src = "<nitf><body><body.content>\n<p>One para.</p>\n"
                    "<p>Two <em>para.</p>\n<p>Three para.</p>\n"
                    "</body.content></body></nitf>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_NITF);
  assert_non_null(strstr(d->text, "One para."));
  assert_non_null(strstr(d->text, "Three para."));
  const wc_input_issue *is = issue_with(d, "input.markup", "XML is broken");
  assert_non_null(is);
  size_t line, col;
  wc_doc_line_col(d, is->src_start, &line, &col);
  assert_int_equal(line, 3);
  assert_maps(d, src, "Three", NULL);
  wc_doc_free(d);
}

static void test_big_single_line(void **state) {
  (void)state;
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, "<html><body><p>");
  while (b.len < 1000000)
    wc_buf_puts(&b, "Word and <b>bold</b> text &amp; more. ");
  wc_buf_puts(&b, "Final lastword.</p></body></html>");
  wc_doc *d = test_doc(eng, b.data, WC_FMT_HTML);
  assert_int_equal(d->blocks.n, 1);
  size_t line, col;
  pos_of(d, "lastword", &line, &col);
  assert_int_equal(line, 1);
  assert_int_equal(col, (size_t)(strstr(b.data, "lastword") - b.data) + 1);
  assert_int_equal(d->issues.n, 0);
  wc_doc_free(d);
  wc_buf_cleanup(&b);
}

static void test_deep_nesting(void **state) {
  (void)state;
  enum { DEPTH = 100000 };
  wc_buf b;
  wc_buf_init(&b);
  wc_buf_puts(&b, "<html><body><p>Before.</p>");
  for (size_t i = 0; i < DEPTH; i++)
    wc_buf_puts(&b, "<div><span>");
  wc_buf_puts(&b, "Deep words.");
  for (size_t i = 0; i < DEPTH; i++)
    wc_buf_puts(&b, "</span></div>");
  wc_buf_puts(&b, "<p>After.</p></body></html>");
  wc_doc *d = test_doc(eng, b.data, WC_FMT_HTML);
  assert_non_null(strstr(d->text, "Before."));
  /* libxml2 gives up deep inside; the loss is reported, not silent */
  if (!strstr(d->text, "After."))
    assert_non_null(issue_with(d, "input.markup", "could not be read"));
  wc_doc_free(d);

  wc_buf_cleanup(&b);
  wc_buf_init(&b);
  wc_buf_puts(&b, "<nitf><body><body.content><p>Before.</p>");
  for (size_t i = 0; i < DEPTH; i++)
    wc_buf_puts(&b, "<block>");
  wc_buf_puts(&b, "Deep words.");
  for (size_t i = 0; i < DEPTH; i++)
    wc_buf_puts(&b, "</block>");
  wc_buf_puts(&b, "</body.content></body></nitf>");
  d = test_doc(eng, b.data, WC_FMT_NITF);
  assert_non_null(strstr(d->text, "Before."));
  assert_null(strstr(d->text, "Deep words."));
  const wc_input_issue *is = issue_with(d, "input.markup", "depth");
  assert_non_null(is);
  assert_non_null(strstr(is->message, "could not be read"));
  wc_doc_free(d);
  wc_buf_cleanup(&b);
}

static void test_billion_laughs(void **state) {
  (void)state;
  const char *src =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE nitf [\n"
      " <!ENTITY lol \"lol\">\n"
      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"
      "&lol1;\">\n"
      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
      "&lol2;\">\n"
      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"
      "&lol3;\">\n"
      " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"
      "&lol4;\">\n"
      " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"
      "&lol5;\">\n"
      " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"
      "&lol6;\">\n"
      " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"
      "&lol7;\">\n"
      " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;"
      "&lol8;\">\n"
      "]>\n"
      "<nitf><body><body.content><p>Laugh: &lol9; &lol9; done.</p>"
      "</body.content></body></nitf>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_NITF);
  assert_true(d->len < 100); /* nothing expanded */
  assert_null(strstr(d->text, "lollol"));
  assert_non_null(strstr(d->text, "Laugh:"));
  assert_true(nissues(d, "input.markup") >= 1);
  wc_doc_free(d);
}

static void test_external_entity(void **state) {
  (void)state;
  const char *src =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE nitf [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
      "  <!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">\n"
      "  <!ENTITY % pe SYSTEM \"file:///etc/hostname\"> %pe; ]>\n"
      "<nitf><body><body.content>\n"
      "<p>Secret: &xxe; and &net; end.</p>\n"
      "</body.content></body></nitf>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_NITF);
  assert_null(strstr(d->text, "root:"));
  assert_non_null(strstr(d->text, "Secret: and end."));
  const wc_input_issue *is = issue_with(d, "input.markup", "&xxe;");
  assert_non_null(is);
  size_t line, col, l2, c2;
  wc_doc_line_col(d, is->src_start, &line, &col);
  src_pos(src, "&xxe;", &l2, &c2);
  assert_int_equal(line, l2);
  assert_int_equal(col, c2);
  wc_doc_free(d);
}

static void test_invalid_utf8_in_xml(void **state) {
  (void)state;
  const char *src = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                    "<nitf><body><body.content>\n"
                    "<p>Bad \xFF\xFE bytes and caf\xE9 here, Kiev.</p>\n"
                    "</body.content></body></nitf>\n";
  wc_doc *d = test_doc(eng, src, WC_FMT_NITF);
  assert_int_equal(nissues(d, "input.encoding"), 2);
  size_t line, col;
  wc_doc_line_col(d, d->issues.v[0].src_start, &line, &col);
  assert_int_equal(line, 3);
  assert_int_equal(col, 8);
  assert_non_null(strstr(d->text, "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"));
  pos_of(d, "Kiev", &line, &col);
  assert_int_equal(line, 3);
  assert_int_equal(col, 32); /* each bad byte is one column */
  assert_int_equal(nissues(d, "input.markup"), 0);
  wc_doc_free(d);
}

static void test_xml_control_refs(void **state) {
  (void)state;
  const char *src = "<nitf><body><body.content><p>1990&#150;1995</p>"
                    "</body.content></body></nitf>";
  wc_doc *d = test_doc(eng, src, WC_FMT_NITF);
  const wc_input_issue *is = issue_with(d, "input.markup", "U+0096");
  assert_non_null(is);
  assert_int_equal(is->src_start, strstr(src, "&#150;") - src);
  wc_doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html_entities_map),
      cmocka_unit_test(test_html_nfc_map),
      cmocka_unit_test(test_html_finding_position),
      cmocka_unit_test(test_html_whitespace),
      cmocka_unit_test(test_html_scopes),
      cmocka_unit_test(test_html_not_read),
      cmocka_unit_test(test_html_lang),
      cmocka_unit_test(test_html_entities_shown),
      cmocka_unit_test(test_html_cp1252_refs),
      cmocka_unit_test(test_html_repairs),
      cmocka_unit_test(test_adjacent_blocks_map),
      cmocka_unit_test(test_nitf_blocks),
      cmocka_unit_test(test_nitf_offsets),
      cmocka_unit_test(test_nitf_lang_sources),
      cmocka_unit_test(test_nitf_iptc_sample),
      cmocka_unit_test(test_newsml_iptc_samples),
      cmocka_unit_test(test_newsml_message),
      cmocka_unit_test(test_newsml_nitf_preferred),
      cmocka_unit_test(test_format_mismatch),
      cmocka_unit_test(test_empty_and_tags_only),
      cmocka_unit_test(test_unreadable_xml),
      cmocka_unit_test(test_broken_xml),
      cmocka_unit_test(test_big_single_line),
      cmocka_unit_test(test_deep_nesting),
      cmocka_unit_test(test_billion_laughs),
      cmocka_unit_test(test_external_entity),
      cmocka_unit_test(test_invalid_utf8_in_xml),
      cmocka_unit_test(test_xml_control_refs),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

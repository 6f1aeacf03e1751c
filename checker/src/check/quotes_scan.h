/* quotes_scan.h -- the quote analysis shared by the quotes check family
 * (quotes.c) and the quote sheet (quote_sheet.c).  Internal.
 *
 * wc_quotes_analyze reads a segmented document and finds:
 *   - every quotation (pairs of WC_TOK_QUOTE marks, nested, partial, over
 *     several paragraphs), telling apostrophes apart from quote marks;
 *   - problems with the marks themselves (unbalanced, mismatched, an
 *     opening mark used to close, marks not the house's for the language);
 *   - the people the article mentions, with gender where something tells
 *     it (house style, given names, honorifics, gendered nouns, uk/ru verb
 *     endings);
 *   - for every quotation, its speaker and how the speaker was found.
 * It only reads; the check decides what to report. */
#ifndef WC_QUOTES_SCAN_H
#define WC_QUOTES_SCAN_H

#include "../doc/doc.h"
#include "../doc/lang.h"
#include "../style/style.h"

#define WC_QNONE ((size_t)-1)

/* How a speaker was found. */
typedef enum wc_qhow {
  WC_QHOW_NONE = 0,
  WC_QHOW_AFTER,     /* "…," X said            (subject before the verb) */
  WC_QHOW_INVERTED,  /* "…," said X / sagte X   (subject after the verb) */
  WC_QHOW_BEFORE,    /* X said "…" / X said it was "…"  */
  WC_QHOW_COLON,     /* X said: "…"  (also a colon ending the paragraph) */
  WC_QHOW_ACCORDING, /* according to X / selon X / laut X / по словам X */
  WC_QHOW_FOLLOW_ON, /* inherits the previous quote's speaker */
  WC_QHOW_NEIGHBOUR, /* a neighbouring sentence names who speaks */
  WC_QHOW_IMPLICIT,  /* a verb with no subject: "— заявила." */
  WC_QHOW_SENTENCE   /* a partial quote in a sentence about a named person */
} wc_qhow;

typedef enum wc_spk_kind {
  WC_SPK_NONE = 0,
  WC_SPK_PERSON,      /* a named person */
  WC_SPK_PRONOUN,     /* he, she, er, elle, вона ... */
  WC_SPK_ORG,         /* NATO, the Kremlin, Kyiv (as a government) */
  WC_SPK_DESCRIPTION  /* "the ministry", "a spokeswoman" */
} wc_spk_kind;

typedef struct wc_qperson {
  char *name;       /* as first written, titles stripped: "Jens Stoltenberg" */
  char *key;        /* folded last word of the name, for surname matching */
  char *title;      /* "General Secretary"; NULL if none */
  size_t start, end; /* first mention, in doc->text */
  wc_gender gender;
  bool full;        /* introduced with more than a surname */
  size_t full_at;   /* where the full name first stands */
  bool description; /* known only by role: "a NATO spokeswoman" */
} wc_qperson;

/* One mention of a person (for pronoun resolution). */
typedef struct wc_qmention {
  size_t off;
  size_t person;
} wc_qmention;

typedef struct wc_quote {
  size_t open_tok, close_tok; /* token indexes; close WC_QNONE if missing */
  size_t start, end;          /* span with the marks, in doc->text */
  size_t cstart, cend;        /* the quoted words */
  size_t block, sentence;     /* of the opening mark */
  unsigned depth;             /* 0: outermost */
  size_t parent;              /* enclosing quote or WC_QNONE */
  size_t prev_part, next_part; /* a quote running over paragraphs */
  size_t nwords;              /* words in this part */
  bool scare;                 /* a word or three used as a term */
  bool title;                 /* a title or name in quotes ("Friends") */
  bool aside;                 /* in brackets, or shown text ("the message
                                 reads: …") introduced by a colon with no
                                 one to say it */
  /* attribution: set on every part of a chain */
  wc_qhow how;
  wc_spk_kind kind;
  size_t sp_start, sp_end;    /* speaker words as written, in doc->text */
  size_t verb_tok;            /* speech verb or preposition, or WC_QNONE */
  wc_gender gender;           /* of the speaker reference */
  wc_gender verb_gender;      /* uk/ru: of the speech verb's ending */
  size_t person;              /* resolved person or WC_QNONE */
  size_t from_quote;          /* follow-on: the quote inherited from */
  bool definite;              /* description with a definite article */
  bool identifying;           /* description naming its own owner ("the
                                 SBU's department") */
  size_t head_tok;            /* description: its head noun */
  bool unintroduced;          /* a speaker the story never introduced:
                                 "the message" with no message before, or
                                 a surname never given in full */
} wc_quote;

typedef struct wc_qmark_issue {
  size_t start, end;
  wc_severity sev;
  char *msg;
  char *sugg; /* may be NULL */
} wc_qmark_issue;

typedef struct wc_quotes {
  WC_VEC(wc_quote) q;
  WC_VEC(wc_qperson) people;
  WC_VEC(wc_qmention) mentions;
  WC_VEC(wc_qmark_issue) marks;
} wc_quotes;

void wc_quotes_analyze(const wc_doc *d, wc_lang *l, const wc_style *st,
                       wc_quotes *out);
void wc_quotes_cleanup(wc_quotes *qs);

/* The first part of the chain a quote belongs to. */
size_t wc_quotes_head(const wc_quotes *qs, size_t i);
/* Words in the whole chain of a head quote. */
size_t wc_quotes_chain_words(const wc_quotes *qs, size_t head);

/* Person of a gender mentioned last before off, or WC_QNONE. gender
 * WC_GENDER_UNKNOWN asks for one whose gender is unknown. */
size_t wc_quotes_last_person(const wc_quotes *qs, size_t off, wc_gender g);

/* Who speaks, for people: the resolved person's name, else the speaker
 * words as written.  Caller frees. */
char *wc_quotes_speaker(const wc_doc *d, const wc_quotes *qs,
                        const wc_quote *q);

const char *wc_qhow_name(wc_qhow h);
const char *wc_spk_kind_name(wc_spk_kind k);
const char *wc_gender_name(wc_gender g);

#endif

/* Heading -> schema section(s): the many real-world names of each section, Finnish, English and Swedish. */
#ifndef SELOSTE_IMPORT_MATCH_H
#define SELOSTE_IMPORT_MATCH_H

#include <stdbool.h>

#define IMPORT_MAX_TARGETS 4
/* A confidence (struct import_match) at or above which a heading's sections are taken without a
   word in the report; below it the builder says the route is a guess, and below IMPORT_UNSURE it
   keeps the text in "Other information". */
#define IMPORT_SURE 70
#define IMPORT_UNSURE 45
/* The confidence of a route the text under the heading decided (import_match_weigh). */
#define IMPORT_GUESS 60

/* Which of the document's dates a dates heading names. */
enum import_date { DATE_NONE, DATE_CREATED, DATE_MODIFIED, DATE_BOTH };

/* The sections one heading feeds, first one the main. */
struct import_match {
  int sec[IMPORT_MAX_TARGETS]; /* schema positions */
  int n;
  enum import_date date;
  bool basis; /* the heading names only the legal basis (a format-1 or older notice's own section):
                 its text says what the purposes rest on, and goes to the purposes section */
  int confidence; /* 0..100: 100 for a heading seloste itself writes, 90 when every word points to
                     these sections, 60 when some word belongs to another, 30 when another section
                     scores about as well (a guess), 20 when the words against outweigh those for */
  int alt;        /* the closest other section (schema position), -1 when none */
};

/* Matches a heading by its whole phrase: every section is scored on the words that name it (a
   specific several-word name beats a single stem; a word of another section counts against), a
   heading that joins two names ("Yhteydenotto ja valitusoikeus") feeds both, and a phrase that names
   the whole notice ("Tietosuoja- ja evästeseloste") matches nothing. strict (a line of plain text)
   also asks that most of its words be explained. False, m zeroed, when no section fits; otherwise
   m->confidence says how sure the match is. */
bool import_match_heading(const char *heading, bool strict, struct import_match *m);
/* True when two matches feed the same main section in the same role (a legal-basis heading and a
   purposes heading both feed "purposes" but are different headings). */
bool import_match_same(const struct import_match *a, const struct import_match *b);
/* Index into m->sec of the target a paragraph (raw text) of a shared heading belongs to: the one
   whose signs the text holds most (import_match_evidence), the first on a tie. */
int import_match_route(const char *para, const struct import_match *m);
/* How many signs of section sec (schema position; -1 gives 0) text holds: raw is the text as
   written (e-mail addresses and phone numbers are read there), norm its import_normalise copy. */
int import_match_evidence(const char *raw, const char *norm, int sec);
/* Uses the text under a heading that is not sure (confidence below IMPORT_SURE) as evidence: when
   it speaks for the closest rival section, m becomes that section; when it speaks for m's own,
   m stays; either way the confidence is raised to IMPORT_GUESS (routed, reported as a guess). Text that says nothing leaves m as
   it was. */
void import_match_weigh(const char *body, struct import_match *m);
/* Adds to a heading that feeds one section the section whose text is commonly written under it
   (transfers outside the EU under a recipients heading), for import_match_route to send the
   paragraphs and sentences that speak of it there. */
void import_match_companions(struct import_match *m);
/* How many rights of the data subject a text (raw) names ("oikeus tarkastaa tietonsa", "right to object"):
   access, rectification, erasure, restriction, objection, portability, withdrawing consent, complaint
   (prohibiting direct marketing is objecting); the first max of them go to sec (schema positions), in that order. */
int import_match_rights(const char *text, int *sec, int max);
/* The section (schema position) whose signs a text holds clearly most, or -1: a guess for the text
   under an unknown heading, for the report. */
int import_match_guess(const char *body);
/* Lower-cased copy with punctuation turned to spaces, numbering dropped, spaces collapsed. */
char *import_normalise(const char *s);
/* True when normalised text holds one of "a|b|c" (plain: anywhere; "<x": a word start; "=x": a word). */
bool import_has(const char *norm, const char *alts);
/* True when the normalised text names a word that is a title of a whole notice ("tietosuojaseloste"). */
bool import_is_title(const char *norm);

#endif

/* Heading -> schema section(s): the many real-world names of each section, Finnish and English. */
#ifndef SELOSTE_IMPORT_MATCH_H
#define SELOSTE_IMPORT_MATCH_H

#include <stdbool.h>

#define IMPORT_MAX_TARGETS 3

/* Which of the document's dates a dates heading names. */
enum import_date { DATE_NONE, DATE_CREATED, DATE_MODIFIED, DATE_BOTH };

/* The sections one heading feeds, first one the main. */
struct import_match {
  int sec[IMPORT_MAX_TARGETS]; /* schema positions */
  int n;
  enum import_date date;
  bool basis; /* the heading names only the legal basis (a format-1 or older notice's own section):
                 its text says what the purposes rest on, and goes to the purposes section */
};

/* Matches a heading; strict (a line of plain text) also asks that most of its words be explained. */
bool import_match_heading(const char *heading, bool strict, struct import_match *m);
/* True when two matches feed the same main section in the same role (a legal-basis heading and a
   purposes heading both feed "purposes" but are different headings). */
bool import_match_same(const struct import_match *a, const struct import_match *b);
/* Index into m->sec of the target a paragraph of a shared heading belongs to. */
int import_match_route(const char *para, const struct import_match *m);
/* Lower-cased copy with punctuation turned to spaces, numbering dropped, spaces collapsed. */
char *import_normalise(const char *s);
/* True when normalised text holds one of "a|b|c" (plain: anywhere; "<x": a word start; "=x": a word). */
bool import_has(const char *norm, const char *alts);
/* True when the normalised text names a word that is a title of a whole notice ("tietosuojaseloste"). */
bool import_is_title(const char *norm);

#endif

/* Reading the dates a privacy notice states, wherever they stand: "Päivitetty 25.5.2018", "Viimeksi
   päivitetty: 20/09/2023", "Seloste on laadittu 3. toukokuuta 2024.", "Created: May 22, 2018",
   "Voimassa 1.1.2025 alkaen", "2024-05-03". */
#ifndef SELOSTE_IMPORT_DATES_H
#define SELOSTE_IMPORT_DATES_H

#include <stdbool.h>
#include <stddef.h>

/* What the words next to a date say it is. */
enum import_date_label {
  IMPORT_DATE_UNLABELLED, /* a date with no word saying what it is (or a law's date: see below) */
  IMPORT_DATE_CREATED,    /* "laadittu", "laatimispäivä", "valmisteltu", "created", "prepared" */
  IMPORT_DATE_MODIFIED,   /* "päivitetty", "muokattu", "muutettu", "updated", "modified", "revised" */
  IMPORT_DATE_VALID       /* "voimassa ... alkaen", "valid from", "effective": the day it takes effect */
};

/* One date found in a text: its ISO form, its label, and where its own characters stand. */
struct import_date_hit {
  char iso[11];                /* YYYY-MM-DD, a real calendar date between 1900 and 2999 */
  enum import_date_label label;
  size_t off, len;             /* bytes of the date as written ("3. toukokuuta 2024") in the text */
};

/* Reads a date written at the start of s (NUL-terminated UTF-8; at most 48 bytes are looked at):
   "25.5.2018", "25. 5. 2018", "20/09/2023" (day first; month first only when the day part is over 12),
   "2018-05-25", "3. toukokuuta 2024" (a Finnish month name in any case form: toukokuu, toukokuuta,
   toukokuun, toukokuussa), "22 May 2018", "May 22, 2018", "22nd of May 2018" (English names, full or
   three-letter), "3 maj 2024" (Swedish names, whole). Fills iso and returns the date's length in bytes, or 0 when s does not start with a
   real date (31.2.2020 is none). The caller checks that s starts a word. */
size_t import_date_read(const char *s, char iso[11]);

/* Finds the next date at or after byte *pos of text (NUL-terminated) that starts a word, and labels
   it by the words of its own sentence (before it: the nearest label word after any earlier date;
   after it: "alkaen", "lähtien", "onwards" make it IMPORT_DATE_VALID). A date in a sentence about a
   law ("tietosuoja-asetus tuli voimaan 25.5.2018") is IMPORT_DATE_UNLABELLED: it is not the notice's.
   Returns false when there is none; else fills hit and moves *pos past the date. Linear in the text:
   each position is looked at a bounded number of times. */
bool import_dates_next(const char *text, size_t *pos, struct import_date_hit *hit);

/* True when line (one line, no line break) is only a date label line: label words and one or more
   dates and nothing else ("Päivitetty 25.5.2018", "Viimeksi päivitetty: 20/09/2023", "Created: May 22,
   2018", "Voimassa 1.1.2025 alkaen", or a date alone). Fills hits (up to max) and *n with the dates in
   order. A sentence that says more ("Seloste on viimeksi päivitetty 29.10.2020.") is not one. */
bool import_dates_label_line(const char *line, struct import_date_hit *hits, size_t max, size_t *n);

/* True when the normalised text (import_normalise) is only words that label a date or stand
   around one ("laatimispäivämäärä", "viimeksi päivitetty", "last updated on"), at least one of them. */
bool import_dates_label_words(const char *norm);

/* The label a normalised text of label words gives a date after it (IMPORT_DATE_UNLABELLED: none). */
enum import_date_label import_dates_label_of(const char *norm);

/* The label's English name for the import report ("created", "updated", "valid from"), translated. */
const char *import_dates_label_name(enum import_date_label l);

#endif

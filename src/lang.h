/* Notice languages as data: data/languages.cfg of every layer (the packaged data, /etc/seloste, the
   user's ~/.config/seloste). Finnish and English are always the first two (LANG_FI, LANG_EN); the
   files add more (Swedish) or change what they say of a language. Adding a language is adding its
   entry here, its clause files (clauses/CODE.cfg) and, for the user interface, a catalogue. */
#ifndef SELOSTE_LANG_H
#define SELOSTE_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

/* The most languages a notice can have: arrays indexed by language have this many slots. */
#define LANG_MAX 8

/* What seloste knows of one language. Strings live until the program ends. */
struct lang_info {
  const char *code;       /* "fi", "sv": 2-3 letters a-z; the notice file's keys, --lang, <html lang> */
  const char *name;       /* its English name, a msgid shown through _(): "Swedish" */
  const char *native;     /* its own name: "svenska" */
  const char *date;       /* how a date is written: {d} day, {m} month number, {month} its name, {y} year */
  const char *months[12]; /* the month names {month} uses (NULL when the form has none) */
  const char *and_word;   /* between the last two items of a list, with its spaces: " och " */
  const char *words;      /* import_has alternatives of common words that tell an imported text is in it,
                             or NULL (import does not recognise it) */
  bool import;            /* import may bring in a notice written in it (its headings are known) */
};

/* Reads languages.cfg of every layer once. On a bad file appends "FILE:LINE: message" to err and
   returns false, then and on every later call; the languages read before the mistake stay usable. The
   functions below load on first use and ignore a bad file (main reports it at start-up). */
bool lang_load(struct strbuf *err);
/* Number of languages (2 to LANG_MAX). */
size_t lang_count(void);
/* Language l (0 <= l < lang_count()). */
const struct lang_info *lang_at(int l);
/* Index of the language with code, or -1 (NULL or unknown code). */
int lang_find(const char *code);
/* The language's name in the user interface language ("Swedish" -> "ruotsi"): static storage. */
const char *lang_name(int l);
/* "fi, en or sv": the codes for a usage message (static storage). */
const char *lang_codes(void);
/* The date y-m-d (m 1-12) in language l's form ("1.12.2026", "1 December 2026"); NULL for an unknown
   language or month. The caller frees. i18n_format_date is the one to call with an ISO date. */
char *lang_date(int l, int y, int m, int d);

#endif

/* Tables of rows in an imported notice: a purposes table (purpose, legal basis, interest, retention)
   or a service-providers table (name, role, country, transfer mechanism), as an HTML <table> or as a
   list whose items are followed by "Label: value" lines (seloste's own text and Markdown). */
#ifndef SELOSTE_IMPORT_TABLE_H
#define SELOSTE_IMPORT_TABLE_H

#include "doc.h"
#include "import.h"
#include "util.h"

/* What a column (or a list's label) holds, from its heading. */
enum import_col {
  COL_OTHER,     /* nothing the model knows: kept as "heading: text" in the row's text */
  COL_ITEM,      /* a list's items themselves (heading "") */
  COL_PURPOSE,   /* "Käyttötarkoitus", "Purpose" */
  COL_BASIS,     /* "Oikeusperuste", "Legal basis" */
  COL_INTEREST,  /* "Oikeutettu etu", "Legitimate interest" */
  COL_RETENTION, /* "Säilytysaika", "Retention" */
  COL_PROVIDER,  /* "Palveluntarjoaja", "Service provider" */
  COL_ROLE,      /* "Tehtävä", "What it does" */
  COL_COUNTRY,   /* "Maa", "Country" */
  COL_MECHANISM  /* "Siirron peruste", "Transfer based on" */
};

/* What a whole table holds. */
enum import_table_kind { TABLE_NONE, TABLE_PURPOSES, TABLE_PROVIDERS };

/* The kind of column a heading or label names ("" is COL_ITEM), in Finnish or English. */
enum import_col import_table_col(const char *heading);
/* The column of t headed heading (compared exactly), appended when t has none, the rows so far getting
   "" in it; returns its index. */
size_t import_table_column(struct import_table *t, const char *heading);
/* Appends a row of empty cells to t. */
void import_table_new_row(struct import_table *t);
/* Sets cell col of t's last row to a copy of text (a row must exist, col < t->ncols). */
void import_table_put(struct import_table *t, size_t col, const char *text);
/* Frees t's strings and arrays and leaves it empty (not t itself). */
void import_table_free(struct import_table *t);
/* What t holds: purposes when it has a purpose (or item) column and a legal-basis column; providers
   when it has a provider (or item) column and a role, country or mechanism column and no basis column. */
enum import_table_kind import_table_kind(const struct import_table *t);
/* Turns t's rows into rows of d in language l: purposes (their basis "" when a row's basis cell names
   none: import_model_purposes gives it one) or providers (name, role from its label, country from its
   name via country_by_name, mechanism from its label). Cells the model has no place for stay as
   "heading: text" lines of the row's text; a provider whose country is not known or whose name is
   empty is kept as a paragraph of the providers section's text. What was read goes to report, the
   words taken as structure (headings, labels, country names) to used. Nothing is dropped. */
void import_table_rows(struct doc *d, enum doc_lang l, const struct import_table *t, struct strbuf *report,
                       struct strbuf *used);

#endif

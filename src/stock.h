/* Building and refilling a document from the stock clauses and the settings. */
#ifndef SELOSTE_STOCK_H
#define SELOSTE_STOCK_H

#include "clauses.h"
#include "doc.h"
#include "settings.h"

/* A complete new notice: every section prefilled from stock clauses and the organisation settings. */
struct doc *stock_new_doc(const struct clause_lib *lib, const struct settings *st, const char *today);
/* Sets a section's text in both languages from clause id (NULL: the section's default or chosen option). */
void stock_fill(struct doc_section *s, const struct clause_lib *lib, const char *clause_id);
/* The text section s would have in language l from clause_id (NULL: its choice's or the section's
   default clause) and its ticked items, from lib; s is not changed. Returns a new string the caller
   frees ("" when lib has no such clause). */
char *stock_text(const struct doc_section *s, const struct clause_lib *lib, const char *clause_id, enum doc_lang l);
/* True when s has the person's own text in language l: not empty and not the stock text its clause
   (s->clause) and ticked items give in l. A section whose origin is stock never has. */
bool stock_lang_edited(const struct doc_section *s, const struct clause_lib *lib, enum doc_lang l);
/* True when s's text in language l is not empty and exactly the stock text its clause (s->clause)
   and ticked items give in l. */
bool stock_lang_is_stock(const struct doc_section *s, const struct clause_lib *lib, enum doc_lang l);
/* Adds the stock purpose id (an option of the purposes section s) as a row: its basis from the
   schema, its text, interest and retention from the clauses "purposes.part-ID", "...-interest" and
   "...-retention" of lib ("" where lib lacks one). Returns the row (valid until the next change of s's
   rows), or NULL when id is not a stock purpose or s already has it. */
struct doc_purpose *stock_purpose_add(struct doc_section *s, const struct clause_lib *lib, const char *id);
/* Ticks or unticks a checklist item, adding or removing the item's clause text. */
void stock_set_item(struct doc_section *s, const struct clause_lib *lib, const char *item, bool on);

#endif

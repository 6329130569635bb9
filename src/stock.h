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
/* Ticks or unticks a checklist item, adding or removing the item's clause text. */
void stock_set_item(struct doc_section *s, const struct clause_lib *lib, const char *item, bool on);

#endif

/* What an imported notice says in the format-2 model: purposes as rows with their legal bases, the
   transfer mechanisms, sections that no longer apply, and where each text came from. */
#ifndef SELOSTE_IMPORT_MODEL_H
#define SELOSTE_IMPORT_MODEL_H

#include "doc.h"
#include "util.h"

/* Makes the purposes section's text in language l (the only one imported) rows resting on the legal
   basis the old notice names. basis_text is what stood under a legal-basis heading of its own (may be
   "" or NULL); paragraphs of the purposes text that only state the basis join it. The bases named
   are looked for in basis_text (any basis word), then in sentences stating a basis ("perustuu",
   "legal basis") anywhere in the notice, first named first. With at least one basis, the purpose text
   becomes rows (doc_purposes_from_text) resting on the first basis, and basis_text goes at the start
   of the section's intro text; with none, every text stays the section's text. When the section
   already has rows (read from a table or list, import_table_rows), the texts are its intro, and a row
   whose basis is "" (not recognised) gets the first basis named elsewhere, or joins the intro when
   none is. What was done goes to
   report, with a request to check each purpose when several bases were named. Nothing is dropped. */
void import_model_purposes(struct doc *d, enum doc_lang l, const char *basis_text, struct strbuf *report);
/* The legal basis a short text such as a table cell names: the point of Art. 6(1) it cites ("6 artiklan
   1 kohdan b alakohta", "6 art. 1 kohdan b alakohta", "Art. 6(1)(b)", "GDPR 6.1 b"), else the first
   basis it names in words, in Finnish or English ("Sopimus", "oikeutettu etu"). Returns an index of
   schema_basis_at(), or -1 when it names none. */
int import_model_basis(const char *text);
/* Ticks the transfer mechanisms (adequacy, dpf, scc) the transfers text of language l names. Marks
   the section not applicable only when that text says nothing but that data is not transferred
   outside the EU/EEA and no part of the notice names a provider or country outside it; otherwise
   keeps the text and says in report that the basis of the transfers must be chosen. Reliance on the
   EU-US Privacy Shield anywhere in the notice is reported as out of date. */
void import_model_transfers(struct doc *d, enum doc_lang l, struct strbuf *report);
/* Moves the language-l text of each section that does not apply under the bases in use (consent
   withdrawal without a consent-based purpose, ...) to a section that applies: a right's text to
   "Exercising your rights", the others to the purposes' intro text (before a last paragraph that
   introduces the list with a colon). The text is never dropped; each move is reported. */
void import_model_dependants(struct doc *d, enum doc_lang l, struct strbuf *report);
/* Marks every section that received anything (text, fields, items, rows, not applicable) as
   imported: origin ORIGIN_IMPORTED and, in both languages, from[].source SOURCE_IMPORT. */
void import_model_origins(struct doc *d);

#endif

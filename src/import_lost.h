/* The lost-text check of an import: is every word of the notice read somewhere in the result? */
#ifndef SELOSTE_IMPORT_LOST_H
#define SELOSTE_IMPORT_LOST_H

#include "doc.h"
#include "import.h"
#include "util.h"

/* Checks that every word of the blocks occurs in the document's texts and fields or in used (the
   text read as structure: headings, labels, dates), as a substring, dashes compared as ASCII '-';
   blocks marked outside (a web page's footer, import.h) are not the notice's text and are passed over.
   Appends one line to report: the number of words not found and the first 20 of them, or that no
   text was lost. Time and memory are linear in the size of the blocks and the document. */
void import_check_lost(const struct import_blocks *b, const struct doc *d, const char *used, struct strbuf *report);

#endif

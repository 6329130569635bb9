/* Recognising the register type of an imported notice. */
#ifndef SELOSTE_IMPORT_TYPE_H
#define SELOSTE_IMPORT_TYPE_H

#include "import.h"
#include "schema.h"
#include "util.h"

/* The register type whose `recognise` patterns (doc/registers.md) the notice's blocks b match best:
   a pattern found in a heading counts three times one found in the text; only the first 4,000 bytes of
   each block and 64 KiB in all are read, so the time does not grow with the notice. The customer
   register when no type's words are found (or on a tie with it, as it comes first). Appends a line
   "Register type: ..." naming the type and a word that decided it to report. Never NULL. */
const struct schema_register *import_recognise(const struct import_blocks *b, struct strbuf *report);

#endif

/* Building the document from an imported notice's blocks, with its report. */
#ifndef SELOSTE_IMPORT_BUILD_H
#define SELOSTE_IMPORT_BUILD_H

#include "doc.h"
#include "import.h"
#include "util.h"

/* Builds a document from the blocks; appends what went where to report and the words taken as
   structure (dates, labels, titles) to used. */
struct doc *import_build(const struct import_blocks *b, struct strbuf *report, struct strbuf *used);
/* Copy of msgid translated into lang ("fi"/"en"), the UI language left as it was. */
char *import_translate(const char *msgid, const char *lang);

#endif

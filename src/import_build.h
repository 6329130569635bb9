/* Building the document from an imported notice's blocks, with its report. */
#ifndef SELOSTE_IMPORT_BUILD_H
#define SELOSTE_IMPORT_BUILD_H

#include "doc.h"
#include "import.h"
#include "util.h"

/* Builds a document from the blocks; appends what went where to report and the words taken as
   structure (dates, labels, titles) to used. */
struct doc *import_build(const struct import_blocks *b, struct strbuf *report, struct strbuf *used);
/* The language (lang_at index) of the notice in b, by counting the common words of each language of
   the table (lang_info.words; one without words is never chosen) in its headings, texts and table
   cells: a language wins with more words than every language before it, Finnish when none does.
   A language may win whose import is false: the caller refuses the notice. Linear in the text. */
int import_build_language(const struct import_blocks *b);
/* True when line (one line) reads as a notice's title: it names a notice ("tietosuojaseloste",
   "rekisteriseloste", "privacy notice"), is shorter than 120 bytes and 15 words, and is no sentence
   (more than three words ending in ".") nor a question. A paragraph is never a title. */
bool import_build_is_title_line(const char *line);
/* Copy of msgid translated into lang (a language code, "fi", "sv"), the UI language left as it was. */
char *import_translate(const char *msgid, const char *lang);

#endif

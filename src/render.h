/* Rendering a document as text, Markdown or HTML, in Finnish or English. */
#ifndef SELOSTE_RENDER_H
#define SELOSTE_RENDER_H

#include <stdbool.h>
#include <stdio.h>
#include "clauses.h"
#include "doc.h"

enum render_format { FORMAT_TEXT, FORMAT_MD, FORMAT_HTML };

/* What to render and how. */
struct render_opts {
  enum doc_lang lang;
  enum render_format format;
  bool fragment;      /* HTML: just the notice, no page around it */
  int width;          /* text: wrap column (72 when 0) */
};

/* Renders d to out; false on a write error. Sections left out are reported through warn (may be NULL). */
bool render_doc(const struct doc *d, const struct authority *a, const struct render_opts *o, FILE *out,
                void (*warn)(const char *section_id, const char *msg));
/* Format from its name ("text", "md"/"markdown", "html"), or -1. */
int render_format_from_name(const char *name);
/* Copy of text with {placeholders} filled from the document; unknown or empty ones are kept as is. */
char *render_fill(const struct doc *d, enum doc_lang l, const char *text);

/* The one numbering of sections, shared by the rendered notice (text, Markdown, HTML), the wizard's
   preview, its overview and the "N/M" in its title bar, so that "section 16" means the same thing
   everywhere. Returns the number section i (a schema index, < schema_count()) carries in the notice
   rendered in language l: its 1-based position, in schema order, among the sections that notice
   shows. Returns 0 for a section the notice leaves out: one that does not apply with the legal basis
   chosen, one marked not applicable that has no sentence to say so (a contact person marked not
   applicable), and one with nothing to show in l (an empty "Other information", or a required
   section not yet filled in, which render_doc warns about). Such a section has no number anywhere:
   the wizard still shows the applying ones (so they can be filled in) but as "–", never with a
   number the notice does not have, so a number only moves when the notice's own numbering moves
   (a section filled in or emptied, the legal basis changed). A section marked not applicable that
   renders a sentence ("no data protection officer appointed") and the dates section (always
   rendered from the document's dates) are in the notice and so are numbered. When count is not
   NULL it gets how many sections the notice numbers (the M of "N/M"). Numbers can differ between
   the two languages when a text is empty in one of them. Never fails; reads d only. */
int render_section_number(const struct doc *d, size_t i, enum doc_lang l, int *count);

/* The msgid of the lead paragraph under the title (the importer recognises it on the way back). */
const char *render_lead_msgid(void);

#endif

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

/* The msgid of the lead paragraph under the title (the importer recognises it on the way back). */
const char *render_lead_msgid(void);

#endif

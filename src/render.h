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
  bool draft;         /* a draft: when the notice has gaps (render_gaps), its title starts "DRAFT – " and a
                         first paragraph says that the marked gaps must be filled before publishing; a
                         complete notice is rendered as usual */
};

/* Renders d to out; false on a write error. Sections left out and rows with a gap (a purpose without
   text in the notice language, a provider without a name: shown with a mark in their place) are reported
   through warn (may be NULL), in the UI language. */
bool render_doc(const struct doc *d, const struct authority *a, const struct render_opts *o, FILE *out,
                void (*warn)(const char *section_id, const char *msg));
/* Format from its name ("text", "md"/"markdown", "html"), or -1. */
int render_format_from_name(const char *name);
/* What render_fill puts where a placeholder's value is missing. */
enum fill_how {
  FILL_KEEP, /* the placeholder as written ("{controller}"): for the check, which reports it */
  FILL_MARK  /* the words it stands for, "[company name missing]", in the current gettext language */
};
/* Copy of text (caller frees) with the {placeholders} of render_placeholder_index filled from the
   document's language-l values: {controller}, {website}, {contact_name}, {contact_email},
   {contact_phone}, {register}, and from the service providers section {providers:ROLE} (the providers
   with that role, ROLE an option id of that section) and {transfers:MECH} (those relying on transfer
   mechanism MECH, an option id of the transfers section), each as "Name (Country)" with the country
   named in l, joined "A, B and C" ("A, B ja C" in Finnish). A known one whose value is empty (no such
   provider) is kept or marked as how says and its bit (1u << index) set in *gaps (when gaps is not
   NULL); unknown names in braces are kept as is. render_doc always marks, so "{controller}" never
   reaches a rendered notice. Never fails. */
char *render_fill(const struct doc *d, enum doc_lang l, const char *text, enum fill_how how, unsigned *gaps);
/* Gaps that are rows, not placeholders: their bit numbers in a gaps mask, above every placeholder's.
   render_doc shows such a row with a mark ("[purpose text missing]") where its text or name belongs. */
#define RENDER_GAP_PURPOSE 30  /* a purpose with no text in the notice language */
#define RENDER_GAP_PROVIDER 31 /* a service provider without a name */
/* Index (bit number in a gaps mask, always < 32: a mask is an unsigned) of the placeholder called name
   ("controller", "providers:analytics"), or -1. */
int render_placeholder_index(const char *name);
/* The missing detail i in plain words and where to set it, in the UI language: "the controller's
   name is missing (section "Controller", or name = in [organisation] of seloste.ini)", "the web
   analytics tool is not named (section "Service providers")". For a row gap (RENDER_GAP_PURPOSE,
   RENDER_GAP_PROVIDER) the words say only what kind of row lacks what: render_gaps_describe names the
   rows. Caller frees. */
char *render_gap_words(int i);
/* The id of the section where missing detail i is set ("controller"): a static string. */
const char *render_gap_section(int i);
/* The contact field (enum contact_field) of that section holding detail i, or -1: the section's text
   or its rows (the service providers). */
int render_gap_field(int i);
/* render_gap_words of each bit of gaps, joined by "; "; "" when none. Caller frees. */
char *render_gaps_text(unsigned gaps);
/* Like render_gaps_text, joined by sep, but a row gap is told row by row, each row of d named and where
   to fix it, in the UI language: "the purpose "Oma tarkoitus…" has no English text (section "Purposes
   of processing…": write the English text on that purpose's row)" for each purpose without text in
   language lang (in any language the notice is published in when lang < 0), "service provider 2 (Web
   analytics, United States) has no name (…)" for each provider without one. Caller frees. */
char *render_gaps_describe(const struct doc *d, int lang, unsigned gaps, const char *sep);
/* The headings (in the UI language, quoted, joined by ", ") of the sections of d that apply and whose
   text or one of whose purpose rows is out of date in language l (doc_lang_stale, doc_derive_stale:
   another language was edited after it), or NULL
   when there is none. Publishing such a text would say something else than the other language does.
   The caller frees. */
char *render_stale_sections(const struct doc *d, enum doc_lang l);
/* The gaps the notice rendered in language l would have to mark: a mask of (1u << index) bits for its
   placeholders and RENDER_GAP_PURPOSE / RENDER_GAP_PROVIDER for its rows, 0 when the notice is complete.
   Only sections the notice shows count. */
unsigned render_gaps(const struct doc *d, enum doc_lang l);

/* The one numbering of sections, shared by the rendered notice (text, Markdown, HTML), the wizard's
   preview, its overview and the "N/M" in its title bar, so that "section 16" means the same thing
   everywhere. Returns the number section i (a schema index, < schema_count()) carries in the notice
   rendered in language l: its 1-based position, in schema order, among the sections that notice
   shows. Returns 0 for a section the notice leaves out: one that does not apply with the legal bases
   of the purposes, one marked not applicable that has no sentence to say so (a contact person marked not
   applicable), and one with nothing to show in l (an empty "Other information", or a required
   section not yet filled in, which render_doc warns about). Such a section has no number anywhere:
   the wizard still shows the applying ones (so they can be filled in) but as "–", never with a
   number the notice does not have, so a number only moves when the notice's own numbering moves
   (a section filled in or emptied, a purpose's legal basis changed). A section marked not applicable that
   renders a sentence ("no data protection officer appointed") and the dates section (always
   rendered from the document's dates) are in the notice and so are numbered. When count is not
   NULL it gets how many sections the notice numbers (the M of "N/M"). Numbers can differ between
   the two languages when a text is empty in one of them. Never fails; reads d only. */
int render_section_number(const struct doc *d, size_t i, enum doc_lang l, int *count);

/* The msgid of the lead paragraph under the title (the importer recognises it on the way back). */
const char *render_lead_msgid(void);
/* The lead of a notice that names Datainspektionen (authority_of: AUTHORITY_ALAND), which Åland's
   own act supplements instead of the Finnish Data Protection Act. */
const char *render_lead_aland_msgid(void);

#endif

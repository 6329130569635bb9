/* The section screen's parts shared by its key handling (screen_section.c) and its drawing
   (section_draw.c). Curses side. */
#ifndef SELOSTE_TUI_SECTION_H
#define SELOSTE_TUI_SECTION_H

#include "app.h"

/* Number of selectable rows of section s: its options, or its contact fields; 0 for others. */
int section_rows(const struct doc_section *s);
/* The contact field (enum contact_field) shown on row i of s. */
int section_field_of_row(const struct doc_section *s, int i);
/* On the section screen of a contact section: gives the focus to the box of contact field f (enum
   contact_field), the cursor at the end of its text. Does nothing when the section has no such row. */
void section_focus_field(struct app *a, int f);
/* Draws the section screen's body rows top..top+height-1 (the screen table's draw hook). */
void section_draw(struct app *a, int top, int height);
/* A copy of text for showing (caller frees): each {placeholder} the notice fills in ("{controller}")
   is shown as the words it stands for ("[company name]"), in the UI language. The stored text is
   never changed; unknown names in braces stay as they are. */
char *section_display_text(const char *text);
/* Fills before[0..63] with whether each section applies now (for section_new_sections). */
void section_applying(struct app *a, bool before[64]);
/* "Now also to be filled in: ..." naming the sections that apply now but did not per before, or NULL
   when none (caller frees). */
char *section_new_sections(struct app *a, const bool before[64]);

/* ---------- the row lists of the purposes and providers sections (section_rows.c) ---------- */

/* Number of list rows of a purposes section (its stock purposes, the person's own, the add entry) or
   of a providers section (the providers, the add entry). */
int rows_count(const struct doc_section *s);
/* The text of list row i of such a section, in the notice language a->lang (caller frees). */
char *rows_line(struct app *a, const struct doc_section *s, int i);
/* Space (enter false) or Enter on list row i: ticks or unticks a stock purpose, edits a row in
   dialogs (Enter on a ticked stock purpose, any key on an own row or a provider) or adds one (the
   last row). Every change is recorded for undo first; returns ACT_CHANGED when s changed. */
enum action rows_activate(struct app *a, struct doc_section *s, int i, bool enter);

/* ---------- languages in step (section_langs.c) ---------- */

/* Starts a visit to the current section: remembers what it says in each language. */
void langs_visit_begin(struct app *a);
/* Ends the visit without recording (the document was swapped). */
void langs_visit_end(struct app *a);
/* Records, for each language whose text in the visited section changed since the visit began (or since
   the last record), an edit (doc_from_edit, dated today), unless the change put back the stock text;
   likewise for each purpose row whose text, interest or retention in a language changed (an edit in
   row->from; a row added counts as edited in the languages it has text in; a stock row put back to its
   stock texts records stock). The section's own record then covers only its text (the intro). A language
   whose section text is again what it was when the visit began (^Z) gets back the records it had then,
   so a visit whose changes were all undone records nothing. Then remembers the texts as they are now.
   Returns the languages whose edit leads (a bit set): the other languages of the section or row are out
   of date now. When a record changed, the recovery file is written again soon (wd_recover_soon). Does
   nothing read-only or without a visit. */
unsigned langs_record(struct app *a);
/* For the recovery file (GDPR Art. 12(1): a restore must mark the languages as a save would): moves the
   visited section of a->w.doc into *kept and puts in its place a copy carrying the records langs_record
   would make now, without changing the visit (a later langs_record still records each change once), the
   undo history or the status line. False, with nothing done, when there is no visit to record; after
   true, langs_pending_end must follow before the document or the visit changes. */
bool langs_pending_begin(struct app *a, struct doc_section *kept);
/* Frees the copy langs_pending_begin put in and puts the section *kept back in its place. */
void langs_pending_end(struct app *a, struct doc_section *kept);
/* After a leading edit in the languages lead of the current section a->sec: puts in the status line
   that the other languages of its text (or else of a purpose row that leads, named) are now out of date
   and how to edit it next (^P back, ^K the language). Asks nothing: the person who goes on typing in
   the next section loses no keys to a question. */
void langs_offer_other(struct app *a, unsigned lead);
/* "EN out of date" ("EN, SV out of date"): the enabled languages out of date in d in s's own record
   (its text) or, when rows is true and the text is in step, in the first purpose row that has any;
   NULL when none (caller frees). */
char *langs_stale_mark(const struct doc *d, const struct doc_section *s, bool rows);
/* The same mark for purpose row p alone, or NULL (caller frees). */
char *langs_row_mark(const struct doc *d, const struct doc_purpose *p);
/* The first line of s cut to at most cols display columns (cols >= 2), an ellipsis ending a cut one
   (caller frees). Reads s only as far as it needs to. */
char *langs_cut(const char *s, size_t cols);

#endif

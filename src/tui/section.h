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

#endif

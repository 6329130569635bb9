/* The section screen's parts shared by its key handling (screen_section.c) and its drawing
   (section_draw.c). Curses side. */
#ifndef SELOSTE_TUI_SECTION_H
#define SELOSTE_TUI_SECTION_H

#include "app.h"

/* Number of selectable rows of section s: its options, or its contact fields; 0 for others. */
int section_rows(const struct doc_section *s);
/* The contact field (enum contact_field) shown on row i of s. */
int section_field_of_row(const struct doc_section *s, int i);
/* Draws the section screen's body rows top..top+height-1 (the screen table's draw hook). */
void section_draw(struct app *a, int top, int height);

#endif

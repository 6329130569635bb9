/* Placeholders as the wizard shows them: where "{controller}" and its kind stand in a text, the
   words each stands for in the UI language, and the text as shown, with a map between the two.
   Pure C, no curses: the editor's buffer (textbuf) and the section screen build on it. */
#ifndef SELOSTE_PHTEXT_H
#define SELOSTE_PHTEXT_H

#include <stddef.h>

/* One placeholder in a text: bytes [start, end), braces included. */
struct phtext_span {
  size_t start, end;
};

/* The placeholders of text[0..len) (bytes; text need not be NUL-terminated) that render_fill fills:
   each "{" pairs with the next "}" as render_fill pairs them, and the name between is known to
   render_placeholder_index; "{foo}" is ordinary text. Sets *spans to a new array, in text order
   (the caller frees it; NULL when there are none), and returns their number. Never fails. */
size_t phtext_scan(const char *text, size_t len, struct phtext_span **spans);

/* The words the placeholder ph[0..n) (braces included, "{controller}") stands for, translated into
   the UI language: "[company name]" ("[yrityksen nimi]" in Finnish). Static or gettext storage,
   never freed; NULL when ph is not a known placeholder. */
const char *phtext_words(const char *ph, size_t n);

/* Text as the wizard shows it (caller frees): each placeholder of phtext_scan replaced by its
   phtext_words, all else as it is; NULL text is "". When map is not NULL, *map is set to a new
   array (caller frees) of strlen(text) + 1 entries: the display byte offset of each stored byte
   offset, an offset inside a placeholder giving the start of its words. */
char *phtext_display(const char *text, size_t **map);

/* The stored byte offset shown at display byte offset d, given the map of phtext_display for a
   stored text of len bytes: inside a placeholder's words, the placeholder's start. */
size_t phtext_stored_offset(const size_t *map, size_t len, size_t d);

#endif

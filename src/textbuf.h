/* The editor's text buffer: UTF-8 text, a cursor, and word wrap by display width. No curses.
   A placeholder ("{controller}", see phtext.h) is one unit, as an editor treats folded text: it is
   shown and measured as its words ("[company name]"), the cursor steps over it whole and never
   rests inside it, Backspace and Delete remove it whole; the stored text keeps the braces. */
#ifndef SELOSTE_TEXTBUF_H
#define SELOSTE_TEXTBUF_H

#include <stdbool.h>
#include <stddef.h>
#include "phtext.h"

/* One visual line of wrapped text: bytes [start, end) of the buffer. */
struct tb_line {
  size_t start, end;
};

/* Text and cursor; the wrap is recomputed when the text or the width changes. */
struct textbuf {
  char *s;            /* NUL-terminated UTF-8 */
  size_t len, cap;
  size_t cur;         /* cursor, a byte offset on a character boundary */
  int goal;           /* column kept while moving up and down, -1 when unset */
  int width;          /* wrap width of the cached lines */
  struct tb_line *lines;
  size_t nlines, lines_cap;
  bool dirty_wrap;    /* lines must be recomputed */
  bool changed;       /* text changed since tb_set or the last tb_clear_changed */
  struct phtext_span *ph; /* the placeholders in the text, in order */
  size_t nph;
  bool dirty_ph;      /* ph must be rescanned */
};

/* Sets up an empty buffer. */
void tb_init(struct textbuf *b);
/* Frees the buffer's memory. */
void tb_free(struct textbuf *b);
/* Replaces the text (NULL gives empty) and puts the cursor at the start. */
void tb_set(struct textbuf *b, const char *text);
/* The text, NUL-terminated; owned by the buffer. */
const char *tb_text(const struct textbuf *b);
/* Inserts n bytes of UTF-8 at the cursor (CR LF and CR become LF, other controls except tab dropped);
   when the text inserted completes a placeholder around the cursor, the cursor goes after it. */
void tb_insert(struct textbuf *b, const char *s, size_t n);
/* Inserts one code point at the cursor. */
void tb_insert_cp(struct textbuf *b, unsigned cp);
/* Deletes the character (or placeholder) before the cursor; false at the start. */
bool tb_backspace(struct textbuf *b);
/* Deletes the character (or placeholder) under the cursor; false at the end. */
bool tb_delete(struct textbuf *b);
/* Moves the cursor one character (or placeholder) left; false at the start. */
bool tb_left(struct textbuf *b);
/* Moves the cursor one character (or placeholder) right; false at the end. */
bool tb_right(struct textbuf *b);
/* Moves the cursor up or down by n visual lines (negative: up) at wrap width w. */
void tb_vmove(struct textbuf *b, int w, int n);
/* Moves the cursor to the start of its visual line. */
void tb_home(struct textbuf *b, int w);
/* Moves the cursor to the end of its visual line. */
void tb_end(struct textbuf *b, int w);
/* Wraps the text at display width w; returns the visual lines, *n set to their number. */
const struct tb_line *tb_wrap(struct textbuf *b, int w, size_t *n);
/* The cursor's visual row and display column at wrap width w. */
void tb_cursor_rc(struct textbuf *b, int w, size_t *row, int *col);
/* Byte offset of display column col on visual row row (clamped) at wrap width w. */
size_t tb_offset_at(struct textbuf *b, int w, size_t row, int col);

/* Puts the cursor at byte offset off (clamped to the text), moved back to a character boundary and
   out of a placeholder to its start. */
void tb_set_cursor(struct textbuf *b, size_t off);
/* The first placeholder starting in bytes [from, to): true with its bytes [*start, *end) and its
   words in the UI language (*words: static or gettext storage); false when there is none. */
bool tb_placeholder(struct textbuf *b, size_t from, size_t to, size_t *start, size_t *end, const char **words);

#endif

/* Key input as terminals really send it: the Home/End/... forms of every common terminal, the
   escape delay, bracketed paste, and unknown escape sequences swallowed whole. Curses side. */
#ifndef SELOSTE_TUI_KEYS_H
#define SELOSTE_TUI_KEYS_H

#include <stdbool.h>
#include <wchar.h>
#include "util.h"

/* keys_read's answer for a bracketed paste (OK, KEY_CODE_YES and ERR are curses' own). */
#define KEYS_PASTE (-2)

/* The most bytes of one paste that are kept; the rest is dropped (and keys_paste.cut set). */
#define KEYS_PASTE_MAX (256 * 1024)

/* A pasted text: UTF-8 with LF line ends and TAB kept, no other control characters (the editor
   then inserts each TAB as a space, as textbuf.h says). */
struct keys_paste {
  struct strbuf text;
  bool cut;           /* longer than KEYS_PASTE_MAX bytes: only the start is in text */
};

/* After initscr: registers the terminals' key sequences, sets the escape delay (ESCDELAY from the
   environment in milliseconds, else a default) and turns bracketed paste on. */
void keys_setup(void);
/* Turns bracketed paste on or off (off before the terminal is handed to another program or
   restored); safe to call any number of times. Written to the terminal at once. */
void keys_paste_mode(bool on);
/* Waits up to wait_ms milliseconds (negative: forever) for one key. Returns like get_wch (OK with
   a character, KEY_CODE_YES with a key code, ERR when nothing came or an unknown escape sequence
   was dropped), or KEYS_PASTE with the pasted text in
   *paste (reset first; the caller frees it). A lone Esc is OK with 27. Terminal replies and
   strings (OSC title reports ESC ] ... BEL, DCS ESC P ... ESC \, cursor reports) are read whole and
   dropped: none of their bytes is ever answered as typed text. */
int keys_read(int wait_ms, wint_t *c, struct keys_paste *paste);

#endif

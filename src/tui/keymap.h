/* The wizard's key map: one table says which key makes which request, and the same table gives the
   key bar, the help screen (^G, F1) and `seloste --keys`. Curses key codes; no drawing here. */
#ifndef SELOSTE_TUI_KEYMAP_H
#define SELOSTE_TUI_KEYMAP_H

#include <stdbool.h>
#include <stdio.h>
#include <wchar.h>

/* What a key means; only the key map turns keys into requests. */
enum request {
  REQ_NONE, REQ_CHAR, REQ_UP, REQ_DOWN, REQ_LEFT, REQ_RIGHT, REQ_HOME, REQ_END, REQ_PGUP, REQ_PGDN,
  REQ_ENTER, REQ_TOGGLE, REQ_BACKSPACE, REQ_DELETE, REQ_NEXT, REQ_PREV, REQ_BACK, REQ_SAVE, REQ_QUIT,
  REQ_FINISH, REQ_OVERVIEW, REQ_PREVIEW, REQ_VARIANT, REQ_RESET, REQ_LANG, REQ_NA,
  REQ_EXTERNAL, REQ_HELP, REQ_REVIEW,
  REQ_PASTE,      /* a bracketed paste: the text is in app.paste, never to be read as keys */
  REQ_NEXT_FIELD, /* Tab: the next field or text of the section, then the next section */
  REQ_PREV_FIELD, /* Shift-Tab */
  REQ_UNDO, REQ_REDO, REQ_REDRAW
};

/* How keymap_request got its key: as keys_read answered, a character (OK) or a key code
   (KEY_CODE_YES). There is no Alt-letter: Esc and a letter packed together by a slow link look the
   same, and must stay typing. */
enum key_kind { KEY_KIND_CHAR, KEY_KIND_CODE };

/* The request for one key. In text (a section's text or field has the focus, or a dialog reads
   letters) every printable character, Space included, is REQ_CHAR; elsewhere Space is REQ_TOGGLE
   and other printable characters REQ_CHAR, which those screens do not run as commands. Ctrl keys
   and F-keys are commands everywhere; unknown ones are REQ_NONE. */
enum request keymap_request(enum key_kind kind, wint_t c, bool text);

/* The key bar for the requests reqs[0..n), a REQ_NONE between the first line's and the second's:
   "^N Next section  ^P Previous ..." translated, the lines joined by '\n'. An item that does not
   fit in width display columns is left out (the help screen has every key), so put the most
   needed first. Returns a static buffer, valid until the next call. */
const char *keymap_bar(const enum request *reqs, size_t n, int width);

/* The whole key map as lines "KEYS<TAB>what it does" (translated), one per key, in the table's
   order; the caller frees it. */
char *keymap_help_text(void);

/* Prints the key map for `seloste --keys`: the keys in a column of width 12, then what they do. */
void keymap_print(FILE *out);

#endif

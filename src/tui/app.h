/* The wizard's shared state, requests, actions and the screen interface (curses side). */
#ifndef SELOSTE_TUI_APP_H
#define SELOSTE_TUI_APP_H

#include <stdbool.h>
#include <wchar.h>
#include "check.h"
#include "keymap.h"
#include "keys.h"
#include "textbuf.h"
#include "undo.h"
#include "wizard_doc.h"

/* What a handler asks the main loop to do. */
enum action { ACT_NONE, ACT_REDRAW, ACT_CHANGED, ACT_SAVE, ACT_FINISH, ACT_QUIT };

/* Screens, in the order of the screen table. */
enum screen_id { SCR_WELCOME, SCR_SECTION, SCR_OVERVIEW, SCR_PREVIEW, SCR_REVIEW, SCR_HELP, SCR_COUNT };

/* What has the focus on a section screen: its option list, its text, or one of its contact fields. */
enum focus { FOCUS_LIST, FOCUS_TEXT, FOCUS_FIELD };

struct app;
struct visit_row; /* section_langs.c */

/* The multi-line (or one-line) editor open on a section's text or a contact field. */
struct editor {
  bool open;
  bool single_line;   /* Enter finishes instead of starting a new line */
  char **target;      /* the string it writes through to */
  struct doc_section *sec; /* marked edited on the first change, or NULL */
  struct textbuf tb;
  size_t top;         /* first visual line shown */
  int w;              /* last wrap width */
  int page;           /* last visible height */
  int cy, cx;         /* where editor_draw put the cursor on the screen */
  bool hidden_above, hidden_below; /* editor_draw left lines of the text out above or below */
};

/* One screen: ncdu/tig style, a table of these drives the wizard. */
struct screen {
  void (*enter)(struct app *a);                       /* called when the screen is shown */
  void (*draw)(struct app *a, int top, int height);   /* draws the body rows top..top+height-1 */
  enum action (*key)(struct app *a, enum request r);  /* handles one request */
  const char *(*help)(struct app *a);                 /* key help shown at the bottom, translated */
  int (*progress)(struct app *a);                     /* section index for "7/27", or -1 */
};

/* The whole wizard. */
struct app {
  struct wdoc w;
  bool restricted;
  enum screen_id screen, back_to;
  size_t sec;             /* current section */
  int sel;                /* selected row of a list */
  int scroll;             /* first row shown of a scrolled body */
  enum doc_lang lang;     /* language of the text shown and edited */
  struct editor ed;
  char status[512];       /* one-line message shown above the key help */
  bool colour;
  char *preview;          /* rendered preview text */
  struct check_cache check; /* the compliance check of the document as it is now */
  enum doc_lang preview_lang;
  struct keys_paste paste;  /* the last bracketed paste (REQ_PASTE) */
  wint_t ch;                /* the character of the last REQ_CHAR */
  enum focus focus;         /* on a section screen: what typing goes into */
  int fsel;                 /* on a section screen: the selected option or contact field (row) */
  long focus_sec;           /* the section whose focus and undo history are kept, -1 none */
  struct undo undo;         /* the current section's changes, for ^Z and ^Y */
  unsigned status_gen;      /* counts app_status calls: a change clears a status it did not set */
  int help_scroll;          /* first row shown of the help screen */
  const char *nodoc_help;   /* the key bar while no document is open (a dialog's own keys) */
  bool cursor_shown;        /* a screen without an open editor asks for the cursor at cursor_y/x */
  int cursor_y, cursor_x;   /* (the option list: where Space acts), set while drawing */
  long visit_sec;           /* the section whose texts visit_text holds, -1 none (section_langs.c) */
  char *visit_text[LANG_MAX]; /* what it said in each language when the visit began or last recorded */
  struct visit_row *visit_rows; /* its purpose rows then, each row's texts per language (section_langs.c) */
  size_t nvisit_rows;
  char *visit_start[LANG_MAX]; /* what it said in each language when the visit began */
  struct doc_derivation visit_from[LANG_MAX]; /* its records then: a language changed and changed
                               back (^Z) gets them again, as if the visit had not touched it */
};

/* The screen table. */
extern const struct screen screen_welcome, screen_section, screen_overview, screen_preview, screen_review,
  screen_help;

/* The current findings of the compliance check (recomputed after a change). */
const struct check_findings *app_findings(struct app *a);
/* Switches to screen id, calling its enter hook. */
void app_show(struct app *a, enum screen_id id);
/* Sets the status line (printf style). */
void app_status(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Redraws the whole screen (the current screen, or the too-small notice) without refreshing. */
void app_draw(struct app *a);
/* Waits for a key while keeping the recovery file current; returns the request, *ch the character. */
enum request app_getkey(struct app *a, bool text, wint_t *ch);
/* True when the terminal has gone or a terminating signal arrived: the caller should return at once. */
bool app_poll_signals(struct app *a);

/* Opens the editor on *target (single_line: a contact field); sec, if given, becomes "edited". */
void editor_open(struct app *a, char **target, bool single_line);
/* Handles the requests every screen shares (overview, preview, save, finish, quit). */
enum action app_common_key(struct app *a, enum request r);
/* The key bar of a screen that has no text (overview, preview, check), its own requests first. */
const char *app_common_help(struct app *a);
/* Draws the editor in the given box and places the cursor. */
void editor_draw(struct app *a, int y, int x, int h, int w);
/* Handles one key for the editor (r is the request, ch the character for REQ_CHAR). */
enum action editor_key(struct app *a, enum request r, wint_t ch);
/* Closes the editor (the text is already in the document). */
void editor_close(struct app *a);
/* Edits the editor's text in $VISUAL/$EDITOR; false with a reason in the status line. */
bool editor_external(struct app *a);

#endif

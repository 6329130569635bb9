/* Modal dialogs: each runs its own small key loop but maps keys through app_getkey like the rest. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "draw.h"
#include "i18n.h"

/* Draws a line border around the h x w box at y, x, so that it stands out without colour too. The
   WACS characters are Unicode box drawing in a UTF-8 locale and the terminal's line graphics (ACS)
   in any other: PuTTY and the Linux console garble line graphics sent while in UTF-8. */
static void dialog_border(int y, int x, int h, int w)
{
  mvhline_set(y, x + 1, WACS_HLINE, w - 2);
  mvhline_set(y + h - 1, x + 1, WACS_HLINE, w - 2);
  mvvline_set(y + 1, x, WACS_VLINE, h - 2);
  mvvline_set(y + 1, x + w - 1, WACS_VLINE, h - 2);
  mvadd_wch(y, x, WACS_ULCORNER);
  mvadd_wch(y, x + w - 1, WACS_URCORNER);
  mvadd_wch(y + h - 1, x, WACS_LLCORNER);
  mvadd_wch(y + h - 1, x + w - 1, WACS_LRCORNER);
}

/* Clears a box of h x w cells (clipped to the screen) in the middle, with a border; returns its top
   row and left column via y and x and its height, which is less than h on a short screen. */
static int dialog_box(int h, int w, int *y, int *x)
{
  if (w > COLS - 2)
    w = COLS - 2;
  if (h > LINES - 2)
    h = LINES - 2;
  *y = (LINES - h) / 2;
  *x = (COLS - w) / 2;
  draw_role(ROLE_SELECTED);
  for (int r = 0; r < h; r++)
    draw_line(*y + r, *x, "", w); /* blanks every cell: nothing of the screen below shows through */
  dialog_border(*y, *x, h, w);
  draw_role(ROLE_NORMAL);
  return h;
}

/* The most rows the input box of dialog_input shows of the text being typed. */
#define INPUT_MAX_ROWS 6

/* Box width for dialogs on this terminal. */
static int dialog_width(void) { return COLS > 74 ? 70 : COLS - 4; }

/* Draws msg wrapped at w columns into room rows from y, x, when it does not fit: its last paragraph
   (the answers of a question) stays whole at the bottom and the text above it is cut, marked by an
   ellipsis row. Without such a paragraph, or when even that does not fit, the start is shown. */
static void dialog_draw_cut(const char *msg, int y, int x, int w, int room)
{
  const char *tail = NULL;
  for (const char *p = str_para_break(msg); p; p = str_para_break(p + 1))
    tail = p;
  int tail_rows = tail ? draw_wrapped(0, 0, 0, w, tail + 2, 0) : 0;
  int head_rows = room - tail_rows - 2;
  if (!tail || head_rows < 1) {
    draw_wrapped(y, x, room, w, msg, 0);
    return;
  }
  char *head = xasprintf("%.*s", (int)(tail - msg), msg);
  draw_wrapped(y, x, head_rows, w, head, 0);
  draw_line(y + head_rows, x, "\xe2\x80\xa6", w);
  draw_wrapped(y + head_rows + 1, x, tail_rows, w, tail + 2, 0);
  free(head);
}

/* Draws the background and a box with wrapped msg, leaving extra_rows below it; returns the row
   after the text. A message too long for the screen is cut so that it stays inside the border,
   keeping its answers (the last paragraph) in view. */
static int dialog_text(struct app *a, const char *msg, int extra_rows, int *x, int *w)
{
  app_draw(a);
  *w = dialog_width();
  int rows = draw_wrapped(0, 0, 0, *w - 4, msg, 0);
  int y;
  int h = dialog_box(rows + extra_rows + 2, *w, &y, x);
  int room = h - 2 - extra_rows > 0 ? h - 2 - extra_rows : 0;
  draw_role(ROLE_SELECTED);
  if (rows > room) {
    dialog_draw_cut(msg, y + 1, *x + 2, *w - 4, room);
    rows = room;
  } else {
    draw_wrapped(y + 1, *x + 2, rows, *w - 4, msg, 0);
  }
  draw_role(ROLE_NORMAL);
  return y + 1 + rows;
}

/* The letters that answer in the UI language: keys translated (as many, in the same order), else
   keys themselves. Only these answer: in Finnish, an English y typed on is not a yes. */
static const char *dialog_letters(const char *keys)
{
  const char *local = _(keys);
  return strlen(local) == strlen(keys) ? local : keys;
}

/* Shows msg in its box and waits for one key: returns its request (REQ_NONE when none came in
   time), *ch the character; *ended when a signal ended the session (the caller returns at once). */
static enum request dialog_read(struct app *a, const char *msg, wint_t *ch, bool *ended)
{
  int x, w;
  dialog_text(a, msg, 0, &x, &w);
  refresh();
  *ch = 0;
  enum request r = app_getkey(a, true, ch);
  *ended = app_poll_signals(a);
  return r;
}

int dialog_ask(struct app *a, const char *msg, const char *keys)
{
  return dialog_ask_enter(a, msg, keys, 0);
}

int dialog_ask_enter(struct app *a, const char *msg, const char *keys, int on_enter)
{
  const char *letters = dialog_letters(keys);
  for (;;) {
    wint_t ch;
    bool ended;
    enum request r = dialog_read(a, msg, &ch, &ended);
    if (ended || r == REQ_BACK)
      return 0;
    if (r == REQ_ENTER && on_enter)
      return on_enter;
    const char *at = r == REQ_CHAR && ch < 128 && ch != ' ' ? strchr(letters, (int)ch | 0x20) : NULL;
    if (at)
      return keys[at - letters]; /* the caller's own letter, whatever the language */
  }
}

bool dialog_confirm(struct app *a, const char *msg)
{
  for (;;) {
    wint_t ch;
    bool ended;
    enum request r = dialog_read(a, msg, &ch, &ended);
    if (ended)
      return false;
    if (r != REQ_NONE)
      return r == REQ_ENTER;
  }
}

void dialog_message(struct app *a, const char *msg)
{
  for (;;) {
    wint_t ch;
    bool ended;
    enum request r = dialog_read(a, msg, &ch, &ended);
    if (ended || (r != REQ_NONE && r != REQ_HELP && r != REQ_PASTE))
      return;
  }
}

/* Draws the list rows of a list dialog, scrolled so that sel is visible. */
static void list_rows(const char *const *items, int n, int sel, int y, int x, int w, int h)
{
  int first = sel >= h ? sel - h + 1 : 0;
  for (int r = 0; r < h && first + r < n; r++) {
    draw_role(first + r == sel ? ROLE_TITLE : ROLE_SELECTED);
    char *row = xasprintf(" %s %s", first + r == sel ? ">" : " ", items[first + r]);
    draw_line(y + r, x + 1, row, w - 2);
    free(row);
  }
  draw_role(ROLE_NORMAL);
}

int dialog_list(struct app *a, const char *title, const char *const *items, int n, int sel)
{
  for (;;) {
    int x, w, h = n < LINES - 8 ? n : LINES - 8;
    int y = dialog_text(a, title, h + 1, &x, &w);
    list_rows(items, n, sel, y + 1, x, w, h);
    refresh();
    wint_t ch;
    enum request r = app_getkey(a, false, &ch);
    if (app_poll_signals(a) || r == REQ_BACK || r == REQ_QUIT)
      return -1;
    if (r == REQ_ENTER || r == REQ_TOGGLE)
      return sel;
    if (r == REQ_UP && sel > 0)
      sel--;
    if (r == REQ_DOWN && sel + 1 < n)
      sel++;
    if (r == REQ_HOME || r == REQ_PGUP)
      sel = 0;
    if (r == REQ_END || r == REQ_PGDN)
      sel = n - 1;
  }
}

/* Rows the input box of dialog_input gives the text being typed: as many as it wraps to (and one
   for the cursor after a full last row), at most INPUT_MAX_ROWS; a longer text scrolls. */
static int input_rows(const struct app *a, int w)
{
  int rows = draw_wrapped(0, 0, 0, w - 1, a->ed.tb.s ? a->ed.tb.s : "", 0);
  rows = rows < 1 ? 1 : rows;
  return rows < INPUT_MAX_ROWS ? rows : INPUT_MAX_ROWS;
}

char *dialog_input_back(struct app *a, const char *prompt, const char *initial, char **left)
{
  char *value = xstrdup0(initial);
  editor_open(a, &value, true);
  a->nodoc_help = _("Enter accept   Esc cancel");
  while (a->ed.open) {
    int x, w;
    int rows = input_rows(a, dialog_width() - 4);
    int y = dialog_text(a, prompt, rows + 1, &x, &w);
    editor_draw(a, y + 1, x + 2, rows, w - 4);
    refresh();
    wint_t ch = 0;
    enum request r = app_getkey(a, true, &ch);
    if (app_poll_signals(a) || r == REQ_BACK) {
      editor_close(a);
      if (left)
        *left = value; /* what was typed, for the next time this is asked */
      else
        free(value);
      a->nodoc_help = NULL;
      return NULL;
    }
    if (r != REQ_EXTERNAL)
      editor_key(a, r, ch);
  }
  a->nodoc_help = NULL;
  return value;
}

char *dialog_input(struct app *a, const char *prompt, const char *initial)
{
  return dialog_input_back(a, prompt, initial, NULL);
}

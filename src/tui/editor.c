/* The multi-line editor widget: draws a textbuf in a box and turns requests into edits. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "draw.h"
#include "encoding.h"
#include "safetext.h"
#include "i18n.h"
#include "keys.h"

void editor_open(struct app *a, char **target, bool single_line)
{
  struct editor *e = &a->ed;
  tb_init(&e->tb);
  tb_set(&e->tb, *target);
  e->tb.cur = e->tb.len;
  e->target = target;
  e->sec = NULL;
  e->single_line = single_line;
  e->top = 0;
  e->w = 0;
  e->page = 1;
  e->open = true;
  curs_set(1);
}

void editor_close(struct app *a)
{
  if (!a->ed.open)
    return;
  tb_free(&a->ed.tb);
  a->ed.open = false;
  curs_set(0);
}

/* Keeps the cursor's row inside the visible rows, and no empty rows below the text while some of
   it is scrolled away above (after the window grew, or the text shrank). */
static void editor_scroll(struct editor *e, size_t row, size_t nlines, int h)
{
  if (e->top + (size_t)h > nlines)
    e->top = nlines > (size_t)h ? nlines - (size_t)h : 0;
  if (row < e->top)
    e->top = row;
  if (row >= e->top + (size_t)h)
    e->top = row - (size_t)h + 1;
}

/* Draws bytes [from, to) of the text at y, x in at most w columns, each placeholder as its words in
   the placeholder role (then back to role base); returns the columns used. */
static int editor_draw_line(struct editor *e, int y, int x, size_t from, size_t to, int w, enum draw_role base)
{
  int used = 0;
  size_t ps, pe;
  const char *words;
  while (from < to && used < w) {
    bool ph = tb_placeholder(&e->tb, from, to, &ps, &pe, &words);
    used += draw_text(y, x + used, e->tb.s + from, (ph ? ps : to) - from, w - used);
    if (!ph)
      break;
    draw_role(ROLE_PLACEHOLDER);
    used += draw_text(y, x + used, words, strlen(words), w - used);
    draw_role(base);
    from = pe;
  }
  return used;
}

void editor_draw(struct app *a, int y, int x, int h, int w)
{
  struct editor *e = &a->ed;
  if (h < 1 || w < 2)
    return;
  e->w = w - 1; /* one spare column for the cursor at the end of a full line */
  e->page = h;
  size_t n, row;
  int col;
  const struct tb_line *l = tb_wrap(&e->tb, e->w, &n);
  tb_cursor_rc(&e->tb, e->w, &row, &col);
  editor_scroll(e, row, n, h);
  e->hidden_above = e->top > 0;
  e->hidden_below = e->top + (size_t)h < n;
  enum draw_role base = e->single_line ? ROLE_FIELD : ROLE_NORMAL; /* a field keeps its underlined box */
  draw_role(base);
  for (int r = 0; r < h; r++) {
    move(y + r, x);
    size_t i = e->top + (size_t)r;
    int used = i < n ? editor_draw_line(e, y + r, x, l[i].start, l[i].end, w, base) : 0;
    for (int c = used; c < w; c++)
      mvaddch(y + r, x + c, ' ');
  }
  draw_role(ROLE_NORMAL);
  e->cy = y + (int)(row - e->top);
  e->cx = x + (col < w ? col : w - 1);
  move(e->cy, e->cx);
}

/* Applies a movement request; true when it was one. */
static bool editor_move(struct editor *e, enum request r)
{
  int w = e->w > 0 ? e->w : 1;
  switch (r) {
  case REQ_LEFT: tb_left(&e->tb); return true;
  case REQ_RIGHT: tb_right(&e->tb); return true;
  case REQ_UP: tb_vmove(&e->tb, w, -1); return true;
  case REQ_DOWN: tb_vmove(&e->tb, w, 1); return true;
  case REQ_PGUP: tb_vmove(&e->tb, w, -(e->page > 1 ? e->page - 1 : 1)); return true;
  case REQ_PGDN: tb_vmove(&e->tb, w, e->page > 1 ? e->page - 1 : 1); return true;
  case REQ_HOME: /* a one-line field scrolls sideways: Home and End go to its real ends */
    if (e->single_line) {
      e->tb.cur = 0;
      e->tb.goal = -1;
    } else
      tb_home(&e->tb, w);
    return true;
  case REQ_END:
    if (e->single_line) {
      e->tb.cur = e->tb.len;
      e->tb.goal = -1;
    } else
      tb_end(&e->tb, w);
    return true;
  default: return false;
  }
}

/* Copies the buffer into the document, so that recovery and saving always see what was typed. */
static enum action editor_write_through(struct editor *e)
{
  str_set(e->target, tb_text(&e->tb));
  if (e->sec)
    e->sec->origin = ORIGIN_EDITED;
  return ACT_CHANGED;
}

/* Inserts the last paste literally (a single-line field gets its line ends and TABs as spaces,
   trailing line ends dropped); one change however long the paste is. */
static enum action editor_paste(struct app *a)
{
  struct editor *e = &a->ed;
  char *text = xstrdup(a->paste.text.s ? a->paste.text.s : "");
  size_t n = strlen(text);
  while (e->single_line && n && text[n - 1] == '\n')
    text[--n] = '\0';
  for (char *p = text; e->single_line && *p; p++)
    if (*p == '\n' || *p == '\t')
      *p = ' ';
  tb_insert(&e->tb, text, n);
  free(text);
  return n ? editor_write_through(e) : ACT_REDRAW;
}

enum action editor_key(struct app *a, enum request r, wint_t ch)
{
  struct editor *e = &a->ed;
  if (editor_move(e, r))
    return ACT_REDRAW;
  switch (r) {
  case REQ_CHAR:
    if (a->w.read_only)
      return ACT_NONE;
    tb_insert_cp(&e->tb, (unsigned)ch);
    return editor_write_through(e);
  case REQ_PASTE:
    return a->w.read_only ? ACT_NONE : editor_paste(a);
  case REQ_ENTER:
    if (e->single_line || a->w.read_only) { /* a one-line answer is done (a form moves on itself) */
      editor_close(a);
      return ACT_REDRAW;
    }
    tb_insert(&e->tb, "\n", 1);
    return editor_write_through(e);
  case REQ_BACKSPACE:
    return !a->w.read_only && tb_backspace(&e->tb) ? editor_write_through(e) : ACT_NONE;
  case REQ_DELETE:
    return !a->w.read_only && tb_delete(&e->tb) ? editor_write_through(e) : ACT_NONE;
  case REQ_EXTERNAL:
    return editor_external(a) ? editor_write_through(e) : ACT_REDRAW;
  default:
    return ACT_NONE;
  }
}

/* The editor program the person chose (VISUAL, else EDITOR), or NULL: never a default such as vi,
   which a person who pressed the key by mistake could not get out of. */
static const char *chosen_editor(void)
{
  const char *ed = getenv("VISUAL");
  if (!ed || !*ed)
    ed = getenv("EDITOR");
  return ed && *ed ? ed : NULL;
}

/* Runs the editor command ed on path with the terminal handed over; true when it exited with 0. */
static bool run_editor(const char *ed, const char *path)
{
  def_prog_mode();
  keys_paste_mode(false); /* the other editor turns it on itself if it wants it */
  endwin();
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", ed, path, (char *)NULL);
    _exit(127);
  }
  int status = 0;
  while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
    ;
  reset_prog_mode();
  keys_paste_mode(true);
  clearok(curscr, TRUE);
  refresh();
  return pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* The text the external editor left in buf[0..len) (bytes), made fit for the document: UTF-16
   converted, bytes that are not UTF-8 read as Windows-1252/Latin-1 (valid UTF-8 around them kept:
   an editor in a Latin-1 locale mixes the two), control characters dropped, trailing newlines off
   (newlines become spaces in a single-line field); the status line says what was changed. NULL,
   with the reason in the status line, when it is broken UTF-16. The caller frees the result. */
static char *editor_take_back(struct app *a, const char *buf, size_t len)
{
  enum encoding enc;
  size_t n;
  char *utf8 = encoding_to_utf8(buf, len, &enc, &n);
  if (!utf8) {
    app_status(a, "%s", _("The editor's text is broken UTF-16; save it as UTF-8. Text not changed."));
    return NULL;
  }
  bool dropped;
  struct strbuf clean = safetext_strip(utf8, n, &dropped);
  free(utf8);
  char *text = sb_take(&clean);
  n = strlen(text);
  while (n && text[n - 1] == '\n')
    text[--n] = '\0';
  for (char *p = text; a->ed.single_line && *p; p++)
    if (*p == '\n' || *p == '\t')
      *p = ' ';
  if (enc == ENC_CP1252 || dropped)
    app_status(a, "%s", enc == ENC_CP1252 ? _("Non-UTF-8 letters from the editor were read as Latin-1.")
                                          : _("Control characters from the editor were removed."));
  return text;
}

bool editor_external(struct app *a)
{
  if (a->restricted) {
    app_status(a, "%s", _("An external editor is not available in restricted mode."));
    return false;
  }
  const char *ed = chosen_editor();
  if (!ed) {
    app_status(a, "%s", _("No editor program is set (VISUAL or EDITOR), so F4 does nothing; type here."));
    return false;
  }
  char path[] = "/tmp/seloste-edit-XXXXXX";
  int fd = mkstemp(path);
  const char *text = tb_text(&a->ed.tb);
  bool ok = fd >= 0 && write(fd, text, strlen(text)) == (ssize_t)strlen(text);
  if (fd >= 0)
    close(fd);
  ok = ok && run_editor(ed, path);
  size_t len;
  char *raw = ok ? read_whole_file(path, &len) : NULL;
  char *back = raw ? editor_take_back(a, raw, len) : NULL;
  bool changed = back != NULL;
  if (back) {
    tb_set(&a->ed.tb, back);
    a->ed.tb.cur = a->ed.tb.len;
    free(back);
  } else if (!raw) {
    app_status(a, "%s", _("The external editor failed; the text was not changed."));
  }
  free(raw);
  unlink(path);
  return changed;
}

/* Drawing helpers shared by the screens: all width arithmetic goes through wcwidth. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "draw.h"
#include "i18n.h"
#include "render.h"
#include "util.h"

#define MIN_COLS 80
#define MIN_LINES 24

static bool use_colour;

bool draw_init_colours(void)
{
  const char *no = getenv("NO_COLOR");
  use_colour = has_colors() && !(no && *no);
  if (!use_colour)
    return false;
  start_color();
  use_default_colors();
  init_pair(1, COLOR_WHITE, COLOR_BLUE);
  init_pair(2, COLOR_BLUE, -1);
  init_pair(3, COLOR_BLACK, COLOR_CYAN);
  init_pair(4, COLOR_RED, -1);
  init_pair(5, COLOR_CYAN, -1);
  return true;
}

void draw_role(enum draw_role r)
{
  static const attr_t mono[] = { A_NORMAL, A_REVERSE, A_BOLD, A_REVERSE, A_DIM, A_REVERSE, A_BOLD, A_BOLD,
                                 A_UNDERLINE, A_BOLD };
  static const short pair[] = { 0, 1, 2, 3, 0, 3, 0, 4, 0, 5 };
  static const attr_t extra[] = { A_NORMAL, A_BOLD, A_BOLD, A_NORMAL, A_NORMAL, A_NORMAL, A_BOLD, A_BOLD,
                                  A_UNDERLINE, A_BOLD };
  if (!use_colour) {
    attrset(mono[r]);
    return;
  }
  attrset(extra[r] | (r == ROLE_DIM ? A_NORMAL : A_NORMAL));
  if (pair[r])
    attron(COLOR_PAIR(pair[r]));
}

int draw_text(int y, int x, const char *s, size_t n, int maxw)
{
  size_t i = 0;
  int cols = 0;
  while (i < n) {
    unsigned cp;
    int k = utf8_decode(s + i, n - i, &cp);
    int cw = codepoint_width(cp);
    if (cols + cw > maxw)
      break;
    cols += cw;
    i += (size_t)k;
  }
  if (i)
    mvaddnstr(y, x, s, (int)i);
  return cols;
}

void draw_line(int y, int x, const char *s, int maxw)
{
  if (maxw <= 0 || y < 0 || y >= LINES)
    return;
  size_t n = strlen(s);
  bool cut = maxw > 1 && utf8_width(s, n) > (size_t)maxw;
  int used = draw_text(y, x, s, n, cut ? maxw - 1 : maxw);
  if (cut) /* say that the line goes on rather than end it mid-word unseen */
    used += draw_text(y, x + used, "\xe2\x80\xa6", 3, 1);
  for (int c = used; c < maxw; c++)
    mvaddch(y, x + c, ' ');
}

int draw_wrapped(int y, int x, int h, int w, const char *text, int skip)
{
  struct textbuf tb;
  tb_init(&tb);
  tb_set(&tb, text);
  size_t n;
  const struct tb_line *l = tb_wrap(&tb, w, &n);
  for (int r = 0; r < h && (size_t)(r + skip) < n; r++) {
    const struct tb_line *line = &l[r + skip];
    draw_text(y + r, x, tb.s + line->start, line->end - line->start, w);
  }
  tb_free(&tb);
  return (int)n;
}

/* Writes into right (size n) section i's number in the notice and how many it numbers: " 7/27 ", or
   " –/27 " for a section the notice leaves out, in the language the screen shows. */
static void draw_progress(struct app *a, size_t i, char *right, size_t n)
{
  enum doc_lang l = a->screen == SCR_PREVIEW ? a->preview_lang : a->lang;
  int total, number = render_section_number(a->w.doc, i, l, &total);
  if (number)
    snprintf(right, n, " %d/%d ", number, total);
  else
    snprintf(right, n, " \xe2\x80\x93/%d ", total);
}

/* The title bar: program, file, read-only/unsaved marks, the section's number at the right. */
static void draw_title(struct app *a, int progress)
{
  char right[64] = "";
  if (progress >= 0 && (size_t)progress < schema_count())
    draw_progress(a, (size_t)progress, right, sizeof right);
  char *left = xasprintf(" seloste: %s%s%s", a->w.path ? a->w.path : "", a->w.unsaved ? " *" : "",
                         a->w.read_only ? _(" (read-only)") : "");
  draw_role(ROLE_TITLE);
  int rw = (int)utf8_width(right, strlen(right));
  draw_line(0, 0, left, COLS - rw);
  draw_line(0, COLS - rw, right, rw);
  free(left);
}

/* The most rows the status line takes: a longer message is cut (at 80 columns, 237 characters fit). */
#define STATUS_MAX_ROWS 3

void draw_frame(struct app *a, const char *help, int progress, int *top, int *height)
{
  draw_title(a, progress);
  draw_role(ROLE_STATUS);
  int extra = 0; /* body rows a long message takes rather than lose its end, STATUS_MAX_ROWS in all */
  if (utf8_width(a->status, strlen(a->status)) > (size_t)COLS - 1) {
    int rows = draw_wrapped(0, 0, 0, COLS - 1, a->status, 0);
    extra = (rows < STATUS_MAX_ROWS ? rows : STATUS_MAX_ROWS) - 1;
    for (int r = -extra; r <= 0; r++)
      draw_line(LINES - 3 + r, 0, "", COLS);
    draw_wrapped(LINES - 3 - extra, 0, extra + 1, COLS - 1, a->status, 0);
  } else {
    draw_line(LINES - 3, 0, a->status, COLS);
  }
  draw_role(ROLE_HELP);
  const char *nl = strchr(help, '\n');
  char *first = nl ? xasprintf("%.*s", (int)(nl - help), help) : xstrdup(help);
  draw_line(LINES - 2, 0, first, COLS);
  draw_line(LINES - 1, 0, nl ? nl + 1 : "", COLS - 1); /* the last cell would scroll some terminals */
  free(first);
  draw_role(ROLE_NORMAL);
  *top = 1;
  *height = LINES - 4 - extra;
}

bool draw_too_small(void)
{
  if (COLS >= MIN_COLS && LINES >= MIN_LINES)
    return false;
  erase();
  draw_role(ROLE_NORMAL);
  char *msg = xasprintf(_("Make the window larger: at least %dx%d is needed (now %dx%d). Until then, keys "
                          "are not used (^Q still quits)."), MIN_COLS, MIN_LINES, COLS, LINES);
  if (COLS > 1 && LINES > 0)
    draw_wrapped(0, 0, LINES, COLS - 1, msg, 0);
  free(msg);
  return true;
}

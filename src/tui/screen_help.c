/* The help screen (^G, F1): the whole guidance of the section being edited, a line naming where the
   Finnish guide for office staff (doc/opas.md) is installed, then every key of the key map with what
   it does. It scrolls; Esc, ^G or Enter go back. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "draw.h"
#include "i18n.h"

#define HELP_KEY_COLS 12 /* the column of key names */

/* Starts at the top. */
static void help_enter(struct app *a) { a->help_scroll = 0; }

/* Appends "NAME  what" with what wrapped at width columns and its later lines indented under it. */
static void help_key_row(struct strbuf *b, const char *name, const char *what, int width)
{
  char *padded = str_pad(name, HELP_KEY_COLS), *blank = str_pad("", HELP_KEY_COLS);
  struct textbuf tb;
  tb_init(&tb);
  tb_set(&tb, what);
  size_t n;
  const struct tb_line *l = tb_wrap(&tb, width - HELP_KEY_COLS - 1, &n);
  for (size_t i = 0; i < n; i++)
    sb_printf(b, "%s %.*s\n", i == 0 ? padded : blank, (int)(l[i].end - l[i].start), tb.s + l[i].start);
  tb_free(&tb);
  free(padded);
  free(blank);
}

/* The help's text at width columns: the section's guidance (when coming from a section) and the
   key table, one key a row. The caller frees it. */
static char *help_text(struct app *a, int width)
{
  struct strbuf b = { 0 };
  if (a->back_to == SCR_SECTION) {
    const struct schema_section *s = a->w.doc->sec[a->sec].schema;
    sb_printf(&b, "%s\n\n%s\n\n", _(s->heading), _(s->help));
  }
  sb_printf(&b, _("A guide for office staff, in Finnish: %s"), DOCDIR "/opas.md");
  sb_printf(&b, "\n\n");
  sb_printf(&b, "%s\n\n", _("Keys. Letters, Space and pastes always go into the text or field under the "
                            "cursor; commands are Ctrl keys (^N is Ctrl and N together)."));
  char *keys = keymap_help_text();
  for (char *line = keys, *nl; *line; line = nl + 1) {
    nl = strchr(line, '\n');
    *nl = '\0';
    char *tab = strchr(line, '\t');
    *tab = '\0';
    help_key_row(&b, line, tab + 1, width);
  }
  free(keys);
  return sb_take(&b);
}

/* Draws the help from its scroll position, saying when there is more below. */
static void help_draw(struct app *a, int top, int height)
{
  draw_role(ROLE_HEADING);
  draw_line(top, 0, _(" Help"), COLS);
  draw_role(ROLE_NORMAL);
  char *text = help_text(a, COLS - 4);
  int rows = height - 2;
  int n = draw_wrapped(top + 0, 2, 0, COLS - 4, text, 0);
  if (a->help_scroll > n - rows)
    a->help_scroll = n - rows > 0 ? n - rows : 0;
  draw_wrapped(top + 1, 2, rows, COLS - 4, text, a->help_scroll);
  if (a->help_scroll + rows < n) {
    draw_role(ROLE_DIM);
    draw_line(top + height - 1, 2, _("(more below: Down or PgDn)"), COLS - 4);
    draw_role(ROLE_NORMAL);
  }
  free(text);
}

/* Scrolls by d rows (clamped when drawn). */
static enum action help_scroll(struct app *a, int d)
{
  a->help_scroll = a->help_scroll + d < 0 ? 0 : a->help_scroll + d;
  return ACT_REDRAW;
}

/* Handles the help screen's keys. */
static enum action help_key(struct app *a, enum request r)
{
  switch (r) {
  case REQ_UP: return help_scroll(a, -1);
  case REQ_DOWN: return help_scroll(a, 1);
  case REQ_PGUP: return help_scroll(a, -(LINES - 7));
  case REQ_PGDN: case REQ_TOGGLE: return help_scroll(a, LINES - 7);
  case REQ_HOME: a->help_scroll = 0; return ACT_REDRAW;
  case REQ_END: return help_scroll(a, 1 << 20);
  case REQ_BACK: case REQ_HELP: case REQ_ENTER:
    app_show(a, a->back_to);
    return ACT_REDRAW;
  default:
    return app_common_key(a, r);
  }
}

/* The help screen's key bar. */
static const char *help_help(struct app *a)
{
  static char buf[512];
  snprintf(buf, sizeof buf, "%s\n%s", _("Up/Down/PgUp/PgDn read on   Esc back to where you were"),
           app_common_help(a));
  return buf;
}

const struct screen screen_help = { help_enter, help_draw, help_key, help_help, NULL };

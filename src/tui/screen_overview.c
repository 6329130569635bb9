/* The overview: every section with its number in the notice and its state; Enter jumps to one. */
#include "config.h"

#include <stdlib.h>
#include "draw.h"
#include "i18n.h"
#include "render.h"
#include "section.h"

/* Starts on the current section. */
static void overview_enter(struct app *a)
{
  a->sel = (int)a->sec;
  a->scroll = 0;
}

/* Row i's text: the section's number in the notice (render_section_number, as in the title bar and
   the notice itself) and its heading; "–" instead of a number for a section the notice leaves out.
   The caller frees it. */
static char *overview_label(const struct app *a, int i)
{
  const char *heading = _(a->w.doc->sec[i].schema->heading);
  int number = render_section_number(a->w.doc, (size_t)i, a->lang, NULL);
  if (!number)
    return xasprintf("  \xe2\x80\x93  %s", heading);
  return xasprintf(" %2d. %s", number, heading);
}

/* Draws one row: number, heading, state. */
static void overview_row(struct app *a, int y, int i)
{
  enum wd_state st = wd_state(&a->w, (size_t)i);
  char *left = overview_label(a, i);
  draw_role(i == a->sel ? ROLE_SELECTED : st == WD_SKIPPED ? ROLE_DIM : ROLE_NORMAL);
  draw_line(y, 0, left, COLS - 22);
  if (i != a->sel && st == WD_PROBLEM)
    draw_role(ROLE_PROBLEM);
  bool flagged = st != WD_SKIPPED && st != WD_PROBLEM &&
                 check_section_has(app_findings(a), a->w.doc->sec[i].schema->id);
  if (i != a->sel && flagged)
    draw_role(ROLE_PROBLEM);
  char *stale = st != WD_SKIPPED ? langs_stale_mark(a->w.doc, &a->w.doc->sec[i], true) : NULL;
  if (i != a->sel && stale)
    draw_role(ROLE_PROBLEM);
  char *state = stale ? xasprintf("! %s", stale) : xasprintf("%s%s", flagged ? "! " : "", wd_state_name(st));
  free(stale);
  draw_line(y, COLS - 22, state, 22);
  free(state);
  draw_role(ROLE_NORMAL);
  free(left);
}

/* True when section i is listed: its register type has it, or it holds text (from an import). */
static bool listed(const struct app *a, int i)
{
  return doc_in_notice(a->w.doc, &a->w.doc->sec[i]);
}

/* The listed section step rows away from section from (step < 0: up), stopping at the first or last
   listed one. */
static int step_to(const struct app *a, int from, int step)
{
  int n = (int)schema_count(), at = from, dir = step < 0 ? -1 : 1;
  for (int i = from + dir, left = step * dir; i >= 0 && i < n && left > 0; i += dir)
    if (listed(a, i)) {
      at = i;
      left--;
    }
  return at;
}

/* Draws the list of listed sections, scrolled so that the selection is visible. */
static void overview_draw(struct app *a, int top, int height)
{
  draw_role(ROLE_HEADING);
  draw_line(top, 0, _(" Overview of the notice (numbers as in the notice; \xe2\x80\x93 not in it now)"), COLS);
  draw_role(ROLE_NORMAL);
  int rows = height - 1, n = (int)schema_count(), shown = 0, pos = 0;
  int *list = xmalloc((size_t)(n ? n : 1) * sizeof *list);
  for (int i = 0; i < n; i++)
    if (listed(a, i)) {
      if (i == a->sel)
        pos = shown;
      list[shown++] = i;
    }
  if (pos < a->scroll)
    a->scroll = pos;
  if (pos >= a->scroll + rows)
    a->scroll = pos - rows + 1;
  for (int r = 0; r < rows && a->scroll + r < shown; r++)
    overview_row(a, top + 1 + r, list[a->scroll + r]);
  free(list);
}

/* Handles the overview's keys. */
static enum action overview_key(struct app *a, enum request r)
{
  int n = (int)schema_count();
  switch (r) {
  case REQ_UP: a->sel = step_to(a, a->sel, -1); return ACT_REDRAW;
  case REQ_DOWN: a->sel = step_to(a, a->sel, 1); return ACT_REDRAW;
  case REQ_PGUP: a->sel = step_to(a, a->sel, -10); return ACT_REDRAW;
  case REQ_PGDN: a->sel = step_to(a, a->sel, 10); return ACT_REDRAW;
  case REQ_HOME: a->sel = step_to(a, n, -n); return ACT_REDRAW;
  case REQ_END: a->sel = step_to(a, -1, n); return ACT_REDRAW;
  case REQ_ENTER:
    if (wd_state(&a->w, (size_t)a->sel) == WD_SKIPPED) {
      app_status(a, "%s", _("This section does not apply with the answers given (see the purposes and their legal bases)."));
      return ACT_REDRAW;
    }
    a->sec = (size_t)a->sel;
    app_show(a, SCR_SECTION);
    return ACT_REDRAW;
  case REQ_BACK: case REQ_OVERVIEW:
    app_show(a, SCR_SECTION);
    return ACT_REDRAW;
  default:
    return app_common_key(a, r);
  }
}

/* The overview's key help. */
static const char *overview_help(struct app *a)
{
  static char buf[256];
  snprintf(buf, sizeof buf, "%s\n%s", _("Up/Down choose  Enter go to the section  Esc back"), app_common_help(a));
  return buf;
}

/* The progress mark follows the selection. */
static int overview_progress(struct app *a) { return a->sel; }

const struct screen screen_overview = { overview_enter, overview_draw, overview_key, overview_help,
                                        overview_progress };

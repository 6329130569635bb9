/* The review: every finding of the compliance check; Enter jumps to its section. */
#include "config.h"

#include <stdlib.h>
#include "draw.h"
#include "i18n.h"

/* Starts at the first finding. */
static void review_enter(struct app *a)
{
  a->sel = 0;
  a->scroll = 0;
  a->check.stale = true;
}

/* One finding as a list row: severity, section heading, message. */
static char *review_row_text(const struct check_finding *f)
{
  char *msg = check_message(f);
  const struct schema_section *s = schema_find(f->section);
  char *row = xasprintf(" %s  %s: %s", f->severity == CHECK_ERROR ? "E" : "w",
                        s ? _(s->heading) : f->section, msg);
  free(msg);
  return row;
}

/* Draws the selected finding in full below the list. */
static void review_detail(struct app *a, const struct check_findings *fs, int y, int h)
{
  if (a->sel >= (int)fs->n || h < 1)
    return;
  const struct check_finding *f = &fs->v[a->sel];
  char *msg = check_message(f);
  char *full = f->gdpr ? xasprintf("%s: %s [GDPR %s]", check_severity_label(f->severity), msg, f->gdpr)
                       : xasprintf("%s: %s", check_severity_label(f->severity), msg);
  draw_role(ROLE_DIM);
  draw_wrapped(y, 2, h, COLS - 4, full, 0);
  draw_role(ROLE_NORMAL);
  free(full);
  free(msg);
}

/* Draws the list of findings, scrolled to keep the selection visible, and the selected one in full. */
static void review_draw(struct app *a, int top, int height)
{
  const struct check_findings *fs = app_findings(a);
  char *title = xasprintf(_(" Check: %zu error(s), %zu warning(s)"), check_count(fs, CHECK_ERROR),
                          check_count(fs, CHECK_WARNING));
  draw_role(ROLE_HEADING);
  draw_line(top, 0, title, COLS);
  draw_role(ROLE_NORMAL);
  free(title);
  if (fs->n == 0) {
    draw_line(top + 2, 2, check_no_findings_text(), COLS - 4);
    return;
  }
  int rows = height - 5, n = (int)fs->n;
  a->sel = a->sel < n ? a->sel : n - 1;
  if (a->sel < a->scroll)
    a->scroll = a->sel;
  if (a->sel >= a->scroll + rows)
    a->scroll = a->sel - rows + 1;
  for (int r = 0; r < rows && a->scroll + r < n; r++) {
    int i = a->scroll + r;
    char *row = review_row_text(&fs->v[i]);
    draw_role(i == a->sel ? ROLE_SELECTED : fs->v[i].severity == CHECK_ERROR ? ROLE_PROBLEM : ROLE_NORMAL);
    draw_line(top + 1 + r, 0, row, COLS);
    free(row);
  }
  draw_role(ROLE_NORMAL);
  review_detail(a, fs, top + height - 3, 3);
}

/* Handles the review's keys. */
static enum action review_key(struct app *a, enum request r)
{
  const struct check_findings *fs = app_findings(a);
  int n = (int)fs->n;
  switch (r) {
  case REQ_UP: a->sel = a->sel > 0 ? a->sel - 1 : 0; return ACT_REDRAW;
  case REQ_DOWN: a->sel = a->sel + 1 < n ? a->sel + 1 : (n > 0 ? n - 1 : 0); return ACT_REDRAW;
  case REQ_ENTER: {
    int i = n > 0 ? schema_index(fs->v[a->sel].section) : -1;
    if (i < 0)
      return ACT_NONE;
    a->sec = (size_t)i;
    app_show(a, SCR_SECTION);
    return ACT_REDRAW;
  }
  case REQ_BACK: case REQ_REVIEW:
    app_show(a, a->back_to == SCR_REVIEW ? SCR_SECTION : a->back_to);
    return ACT_REDRAW;
  default:
    return app_common_key(a, r);
  }
}

/* The review's key help. */
static const char *review_help(struct app *a)
{
  static char buf[256];
  snprintf(buf, sizeof buf, "%s\n%s", _("Up/Down choose  Enter go to the section  Esc back"), app_common_help(a));
  return buf;
}

/* No section is current here. */
static int review_progress(struct app *a) { return (int)a->sec; }

const struct screen screen_review = { review_enter, review_draw, review_key, review_help, review_progress };

/* The first screen: notice languages, and the organisation details taken from the settings. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "draw.h"
#include "i18n.h"

/* Enters the welcome screen with the first language selected. */
static void welcome_enter(struct app *a) { a->sel = 0; }

/* Draws one language checkbox row. */
static void welcome_lang_row(struct app *a, int y, enum doc_lang l, const char *label)
{
  char *row = xasprintf(" [%s] %s", a->w.doc->lang_enabled[l] ? "x" : " ", label);
  draw_role(a->sel == (int)l ? ROLE_SELECTED : ROLE_NORMAL);
  draw_line(y, 2, row, 40);
  draw_role(ROLE_NORMAL);
  free(row);
}

/* Draws the organisation's details as the document holds them. */
static void welcome_org(struct app *a, int y, int height)
{
  const struct doc_section *c = doc_section(a->w.doc, "controller");
  draw_role(ROLE_HEADING);
  draw_line(y++, 2, _("Organisation (from the settings; correct it in the section \"Controller\"):"), COLS - 4);
  draw_role(ROLE_NORMAL);
  for (int f = 0; f < FIELD_COUNT && height > 2; f++) {
    if (!(c->schema->fields & (1u << f)))
      continue;
    const char *v = c->field[f] && *c->field[f] ? c->field[f] : _("(not given)");
    char *label = str_pad(_(schema_field_label(f)), 16);
    char *row = xasprintf("  %s %s", label, v);
    free(label);
    draw_line(y++, 2, row, COLS - 4);
    free(row);
    height--;
  }
}

/* Draws the welcome screen's body. */
static void welcome_draw(struct app *a, int top, int height)
{
  int y = top + 1;
  y += draw_wrapped(y, 2, 5, COLS - 4,
                    _("This wizard walks you through every section of the privacy notice "
                      "(tietosuojaseloste). Each section comes prefilled with a stock text that you can "
                      "keep, choose another version of, or edit: type straight into it. Commands are "
                      "Ctrl keys, named at the bottom; ^G shows them all."), 0);
  y++;
  draw_role(ROLE_HEADING);
  draw_line(y++, 2, _("Languages of the notice (Space to tick):"), COLS - 4);
  draw_role(ROLE_NORMAL);
  welcome_lang_row(a, y++, LANG_FI, _("Finnish (suomi)"));
  welcome_lang_row(a, y++, LANG_EN, _("English"));
  y++;
  welcome_org(a, y, top + height - y);
}

/* Asks before a language is left out of the notice (a Space typed by someone who thought this was
   a text would otherwise drop it unseen); true to leave it out. */
static bool welcome_confirm_drop(struct app *a, enum doc_lang l)
{
  char *q = xasprintf(_("Leave %s out of the notice? Its texts are kept in the file, but the notice and the "
                        "files written by ^F will not have it.\n\nEnter: leave it out   any other key: keep it"),
                      l == LANG_FI ? _("Finnish") : _("English"));
  bool yes = dialog_confirm(a, q);
  free(q);
  return yes;
}

/* Handles the welcome screen's keys. */
static enum action welcome_key(struct app *a, enum request r)
{
  bool *on = a->w.doc->lang_enabled;
  switch (r) {
  case REQ_UP: case REQ_DOWN:
    a->sel = !a->sel;
    return ACT_REDRAW;
  case REQ_TOGGLE:
    if (on[a->sel] && !on[!a->sel]) {
      app_status(a, "%s", _("The notice needs at least one language."));
      return ACT_REDRAW;
    }
    if (a->w.read_only)
      return ACT_NONE;
    if (on[a->sel] && !welcome_confirm_drop(a, (enum doc_lang)a->sel))
      return ACT_REDRAW;
    on[a->sel] = !on[a->sel];
    a->lang = wd_first_lang(&a->w);
    return ACT_CHANGED;
  case REQ_ENTER: case REQ_NEXT: case REQ_NEXT_FIELD:
    a->sec = 0;
    app_show(a, SCR_SECTION);
    return ACT_REDRAW;
  default:
    return app_common_key(a, r);
  }
}

/* The welcome screen's key help. */
static const char *welcome_help(struct app *a)
{
  static char buf[256];
  snprintf(buf, sizeof buf, "%s\n%s", _("Space tick language  Enter/Tab/^N start with the first section"),
           app_common_help(a));
  return buf;
}

const struct screen screen_welcome = { welcome_enter, welcome_draw, welcome_key, welcome_help, NULL };

/* The first screen: for a new notice, whose data the register holds (its register type); the notice
   languages; and the organisation details taken from the settings. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "draw.h"
#include "i18n.h"

/* The rows of register types above the languages: every type while the notice is fresh, else none. */
static int type_rows(const struct app *a) { return a->w.fresh ? (int)schema_register_count() : 0; }

/* Enters the welcome screen with the first row (the register type, or the first language) selected. */
static void welcome_enter(struct app *a)
{
  a->sel = 0;
  for (int i = 0; i < type_rows(a); i++)
    if (schema_register_at((size_t)i) == a->w.doc->reg)
      a->sel = i;
}

/* Draws the question of the register type, one radio row per type; returns the next free line. */
static int welcome_types(struct app *a, int y)
{
  draw_role(ROLE_HEADING);
  draw_line(y++, 2, _("Whose data does the register hold? (Space or Enter to choose)"), COLS - 4);
  for (int i = 0; i < type_rows(a); i++) {
    const struct schema_register *r = schema_register_at((size_t)i);
    char *row = xasprintf(" (%s) %s", r == a->w.doc->reg ? "*" : " ", _(r->answer));
    draw_role(a->sel == i ? ROLE_SELECTED : ROLE_NORMAL);
    draw_line(y++, 2, row, COLS - 4);
    free(row);
  }
  draw_role(ROLE_NORMAL);
  return y + 1;
}

/* The label of language l's row: its name and, unless that is its name already, its own name in
   brackets ("Swedish (svenska)"; "English" in English). The caller frees it. */
static char *welcome_lang_label(enum doc_lang l)
{
  const char *name = lang_name(l), *native = lang_at(l)->native;
  if (strcmp(name, native) == 0)
    return xstrdup(name);
  /* TRANSLATORS: a notice language on the first screen: its name, and in brackets its name in itself */
  return xasprintf(_("%s (%s)"), name, native);
}

/* Draws language l's checkbox row. */
static void welcome_lang_row(struct app *a, int y, enum doc_lang l)
{
  char *label = welcome_lang_label(l);
  char *row = xasprintf(" [%s] %s", a->w.doc->lang_enabled[l] ? "x" : " ", label);
  free(label);
  draw_role(a->sel == type_rows(a) + (int)l ? ROLE_SELECTED : ROLE_NORMAL);
  draw_line(y, 2, row, 40);
  draw_role(ROLE_NORMAL);
  free(row);
}

/* Draws the organisation's details as the document holds them, in the height rows from y (none when
   fewer than two are left: a long status message takes rows from the bottom of the body). */
static void welcome_org(struct app *a, int y, int height)
{
  const struct doc_section *c = doc_section(a->w.doc, "controller");
  if (height < 2)
    return;
  draw_role(ROLE_HEADING);
  draw_line(y++, 2, _("Organisation (from the settings; correct it in the section \"Controller\"):"), COLS - 4);
  draw_role(ROLE_NORMAL);
  height--;
  for (int f = 0; f < FIELD_COUNT && height > 0; f++) {
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

/* Rows the screen needs below its intro: the register question and its answers (or the register's
   line), a blank row, the languages' heading and one row per language. */
static int welcome_rows_below(struct app *a) { return 1 + type_rows(a) + 1 + 1 + LANG_COUNT; }

/* Draws the intro from row y in at most 5 rows and no more than leaves the rows below room (a long
   status message or many languages shorten it); returns the next free line. */
static int welcome_intro(struct app *a, int y, int end)
{
  int room = end - y - welcome_rows_below(a) - 1; /* the blank row after it aside */
  if (room <= 0)
    return y;
  int h = room < 5 ? room : 5;
  int n = draw_wrapped(y, 2, h, COLS - 4,
                       _("This wizard walks you through every section of the privacy notice "
                         "(tietosuojaseloste). Each section comes prefilled with a stock text that you can "
                         "keep, choose another version of, or edit: type straight into it. Commands are "
                         "Ctrl keys, named at the bottom; ^G shows them all."), 0);
  return y + (n < h ? n : h) + 1;
}

/* Draws the welcome screen's body. */
static void welcome_draw(struct app *a, int top, int height)
{
  int end = top + height;
  int y = welcome_intro(a, top + 1, end);
  if (type_rows(a)) {
    y = welcome_types(a, y);
  } else {
    char *line = xasprintf(_("Register: %s"), _(a->w.doc->reg->name));
    draw_line(y++, 2, line, COLS - 4);
    free(line);
    y++;
  }
  draw_role(ROLE_HEADING);
  draw_line(y++, 2, _("Languages of the notice (Space to tick):"), COLS - 4);
  draw_role(ROLE_NORMAL);
  for (int l = 0; l < LANG_COUNT && y < end; l++)
    welcome_lang_row(a, y++, (enum doc_lang)l);
  if (end - y > 2) /* a blank row before the organisation, unless its heading and a row then would not fit */
    y++;
  welcome_org(a, y, end - y);
}

/* Asks before a language is left out of the notice (a Space typed by someone who thought this was
   a text would otherwise drop it unseen); true to leave it out. */
static bool welcome_confirm_drop(struct app *a, enum doc_lang l)
{
  char *q = xasprintf(_("Leave %s out of the notice? Its texts are kept in the file, but the notice and the "
                        "files written by ^F will not have it.\n\nEnter: leave it out   any other key: keep it"),
                      lang_name(l));
  bool yes = dialog_confirm(a, q);
  free(q);
  return yes;
}

/* Makes the notice one of the selected register type (a fresh notice only: it is remade from the
   stock clauses of that type). */
static enum action welcome_choose(struct app *a)
{
  const struct schema_register *r = schema_register_at((size_t)a->sel);
  if (!r || r == a->w.doc->reg || a->w.read_only)
    return ACT_REDRAW;
  struct strbuf err = { 0 };
  editor_close(a);
  a->focus_sec = -1; /* the section snapshots pointed into the old document */
  undo_clear(&a->undo);
  if (!wd_set_register(&a->w, r->id, &err))
    app_status(a, "%s", err.s ? err.s : _("The register type cannot be changed any more."));
  else
    app_status(a, _("The notice is now a %s, prefilled from its stock texts."), _(r->name));
  sb_free(&err);
  a->lang = wd_first_lang(&a->w);
  return ACT_REDRAW;
}

/* Handles the welcome screen's keys. */
static enum action welcome_key(struct app *a, enum request r)
{
  bool *on = a->w.doc->lang_enabled;
  int types = type_rows(a), rows = types + LANG_COUNT, l = a->sel - types;
  switch (r) {
  case REQ_UP: case REQ_DOWN:
    a->sel = (a->sel + (r == REQ_UP ? rows - 1 : 1)) % rows;
    return ACT_REDRAW;
  case REQ_TOGGLE:
    if (a->sel < types)
      return welcome_choose(a);
    if (on[l] && wd_enabled_langs(&a->w) == 1) {
      app_status(a, "%s", _("The notice needs at least one language."));
      return ACT_REDRAW;
    }
    if (a->w.read_only)
      return ACT_NONE;
    if (on[l] && !welcome_confirm_drop(a, (enum doc_lang)l))
      return ACT_REDRAW;
    on[l] = !on[l];
    a->lang = wd_first_lang(&a->w);
    return ACT_CHANGED;
  case REQ_ENTER:
    if (a->sel < types)
      welcome_choose(a); /* the answer chosen, on to the first section */
    /* fall through */
  case REQ_NEXT: case REQ_NEXT_FIELD:
    a->w.fresh = false; /* the type is settled once the sections are opened */
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
  snprintf(buf, sizeof buf, "%s\n%s",
           type_rows(a) ? _("Space choose  Enter choose and start  Tab/^N start with the first section")
                        : _("Space tick language  Enter/Tab/^N start with the first section"),
           app_common_help(a));
  return buf;
}

const struct screen screen_welcome = { welcome_enter, welcome_draw, welcome_key, welcome_help, NULL };

/* One screen per section: heading, help, and the section's fields by kind. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "clauses.h"
#include "dialog.h"
#include "draw.h"
#include "i18n.h"
#include "render.h"
#include "stock.h"

#define MAX_VARIANTS 16

/* The section on screen. */
static struct doc_section *current(struct app *a) { return &a->w.doc->sec[a->sec]; }

/* Number of selectable rows of the section (options or contact fields). */
static int row_count(const struct doc_section *s)
{
  if (s->schema->kind == SCHEMA_CHOICE || s->schema->kind == SCHEMA_CHECKLIST)
    return (int)schema_option_count(s->schema);
  int n = 0;
  for (int f = 0; s->schema->kind == SCHEMA_CONTACT && f < FIELD_COUNT; f++)
    n += (s->schema->fields >> f) & 1;
  return n;
}

/* The contact field shown on row i. */
static int field_of_row(const struct doc_section *s, int i)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    if (((s->schema->fields >> f) & 1) && i-- == 0)
      return f;
  return 0;
}

/* Resets list selection and scrolling when a section is entered. */
static void section_enter(struct app *a)
{
  a->sel = 0;
  a->scroll = 0;
  struct doc_section *s = current(a);
  if (s->schema->kind == SCHEMA_CHOICE && s->choice)
    for (int i = 0; s->schema->options[i].id; i++)
      if (strcmp(s->schema->options[i].id, s->choice) == 0)
        a->sel = i;
}

/* Title of the stock variant a section's text came from, or NULL. */
static const char *variant_title(struct app *a, const struct doc_section *s)
{
  const struct clause *c = s->clause ? clauses_get(&a->w.lib, a->lang, s->clause) : NULL;
  return c ? c->title : NULL;
}

/* Draws the line saying which language and which stock text is shown: true for that language. */
static void draw_text_info(struct app *a, const struct doc_section *s, int y)
{
  const char *lang = a->lang == LANG_FI ? _("Finnish") : _("English");
  const char *title = variant_title(a, s);
  const char *text = s->text[a->lang] ? s->text[a->lang] : "";
  char *info;
  if (wd_lang_edited(&a->w, s, a->lang))
    info = xasprintf(_("Text in %s: edited"), lang);
  else if (!*text)
    info = xasprintf(_("Text in %s: empty"), lang);
  else if (title)
    info = xasprintf(_("Text in %s: stock text \"%s\""), lang, title);
  else
    info = xasprintf(_("Text in %s: edited"), lang);
  draw_role(ROLE_DIM);
  draw_line(y, 2, info, COLS - 4);
  draw_role(ROLE_NORMAL);
  free(info);
}

/* Draws the section's text (or the editor on it) in rows y..y+h-1. */
static void draw_text_area(struct app *a, struct doc_section *s, int y, int h)
{
  if (h < 2)
    return;
  draw_text_info(a, s, y);
  if (a->ed.open && !a->ed.single_line) {
    editor_draw(a, y + 1, 2, h - 1, COLS - 4);
    return;
  }
  int n = draw_wrapped(y + 1, 2, h - 1, COLS - 5, s->text[a->lang], a->scroll);
  if (n > a->scroll + h - 1) {
    draw_role(ROLE_DIM);
    draw_line(y + h - 1, COLS - 12, _("(more...)"), 10);
    draw_role(ROLE_NORMAL);
  }
}

/* Draws the option rows of a choice or checklist. */
static int draw_options(struct app *a, const struct doc_section *s, int y, int h)
{
  int n = row_count(s), first = a->sel >= h ? a->sel - h + 1 : 0, r;
  for (r = 0; r < h && first + r < n; r++) {
    const struct schema_option *o = &s->schema->options[first + r];
    bool on = s->schema->kind == SCHEMA_CHOICE ? s->choice && strcmp(s->choice, o->id) == 0
                                               : doc_has_item(s, o->id);
    const char *box = s->schema->kind == SCHEMA_CHOICE ? (on ? "(*)" : "( )") : (on ? "[x]" : "[ ]");
    char *row = xasprintf(" %s %s%s%s%s", box, _(o->label), o->detail ? "  (GDPR " : "",
                          o->detail ? o->detail : "", o->detail ? ")" : "");
    draw_role(first + r == a->sel ? ROLE_SELECTED : ROLE_NORMAL);
    draw_line(y + r, 2, row, COLS - 4);
    free(row);
  }
  draw_role(ROLE_NORMAL);
  return r;
}

/* Draws the contact fields, or the editor on the selected one. */
static void draw_contact(struct app *a, const struct doc_section *s, int y, int h)
{
  for (int r = 0; r < row_count(s) && r < h; r++) {
    int f = field_of_row(s, r);
    char *padded = str_pad(_(schema_field_label(f)), 16);
    char *label = xasprintf(" %s ", padded);
    free(padded);
    draw_role(r == a->sel ? ROLE_SELECTED : ROLE_NORMAL);
    draw_line(y + r, 2, label, 19);
    draw_role(ROLE_NORMAL);
    if (r == a->sel && a->ed.open)
      editor_draw(a, y + r, 21, 1, COLS - 23);
    else
      draw_line(y + r, 21, s->field[f] ? s->field[f] : "", COLS - 23);
    free(label);
  }
}

/* Draws the created/modified dates. */
static void draw_dates(struct app *a, int y)
{
  char *c = i18n_format_date(a->w.doc->created, a->lang), *m = i18n_format_date(a->w.doc->modified, a->lang);
  char *row = xasprintf(_("Prepared: %s    Last updated: %s"), c ? c : "?", m ? m : "?");
  draw_line(y, 2, row, COLS - 4);
  draw_role(ROLE_DIM);
  draw_line(y + 2, 2, _("seloste keeps these dates for you: the update date changes when you save."), COLS - 4);
  draw_role(ROLE_NORMAL);
  free(row);
  free(c);
  free(m);
}

/* Draws the body by the section's kind. */
static void draw_body(struct app *a, struct doc_section *s, int y, int h)
{
  if (s->not_applicable) {
    const char *na = s->schema->na_text ? _(s->schema->na_text) : _("Marked as not applicable.");
    draw_wrapped(y, 2, h, COLS - 4, na, 0);
    return;
  }
  switch (s->schema->kind) {
  case SCHEMA_PARAGRAPH: draw_text_area(a, s, y, h); break;
  case SCHEMA_CONTACT: draw_contact(a, s, y, h); break;
  case SCHEMA_DATE: draw_dates(a, y); break;
  case SCHEMA_CHOICE:
  case SCHEMA_CHECKLIST: {
    int used = draw_options(a, s, y, h > 13 ? 13 : h);
    if (h - used - 1 >= 3)
      draw_text_area(a, s, y + used + 1, h - used - 1);
    break;
  }
  }
}

/* Draws the section screen. */
static void section_draw(struct app *a, int top, int height)
{
  struct doc_section *s = current(a);
  draw_role(ROLE_HEADING);
  char *head = xasprintf(" %s", _(s->schema->heading));
  draw_line(top, 0, head, COLS - 22);
  free(head);
  if (s->schema->gdpr) {
    char *g = xasprintf("GDPR %s ", s->schema->gdpr);
    draw_role(ROLE_DIM);
    draw_line(top, COLS - 22, g, 22);
    free(g);
  }
  draw_role(ROLE_DIM);
  int help_max = height / 3 > 4 ? height / 3 : 4; /* the whole help at 80x24; the body scrolls */
  int help_rows = draw_wrapped(top + 1, 2, help_max, COLS - 4, _(s->schema->help), 0);
  help_rows = help_rows > help_max ? help_max : help_rows;
  draw_role(ROLE_NORMAL);
  int y = top + 2 + help_rows;
  draw_body(a, s, y, top + height - y);
}

/* The languages of the bit set langs by name, "Finnish and English" for both; the caller frees it. */
static char *lang_names(unsigned langs)
{
  if (langs == WD_ALL_LANGS)
    return xstrdup(_("Finnish and English"));
  return xstrdup(langs & (1u << LANG_EN) ? _("English") : _("Finnish"));
}

/* The question before the stock text replaces the person's text in the languages names: for a new
   option (three answers) or for a reset or stock variant (two). The caller frees it. */
static char *replace_question(const char *names, bool option)
{
  if (option)
    return xasprintf(_("The new option has its own stock text. Your edited text (%s) would be "
                       "replaced by it.\n\n[y] use the stock text   [n] keep my text   "
                       "Esc keep the old option"), names);
  return xasprintf(_("Your edited text (%s) will be replaced by the stock text.\n\n"
                     "[y] replace it   [n] keep mine"), names);
}

/* Asks before the stock text replaces the person's own text in the languages of the bit set langs:
   'y' (or no question: nothing of theirs there), 'n' keep it, 0 Esc. */
static int ask_replace(struct app *a, const struct doc_section *s, unsigned langs, bool option)
{
  unsigned own = wd_edited_langs(&a->w, s, langs);
  if (!own)
    return 'y';
  char *names = lang_names(own);
  char *q = replace_question(names, option);
  int k = dialog_ask(a, q, "yn");
  free(q);
  free(names);
  return k;
}

/* True when replacing the text in the languages langs is all right (asks when any is the person's). */
static bool may_replace(struct app *a, const struct doc_section *s, unsigned langs)
{
  return ask_replace(a, s, langs, false) == 'y';
}

/* Lets the person pick one of the section's stock variants. */
static enum action pick_variant(struct app *a, struct doc_section *s)
{
  const struct clause *v[MAX_VARIANTS];
  size_t n = clauses_variants(&a->w.lib, a->lang, s->schema->id, v, MAX_VARIANTS);
  if (n == 0) {
    app_status(a, "%s", _("This section has no stock texts to choose from."));
    return ACT_REDRAW;
  }
  const char *titles[MAX_VARIANTS];
  int sel = 0;
  for (size_t i = 0; i < n; i++) {
    titles[i] = v[i]->title ? v[i]->title : v[i]->id;
    if (s->clause && strcmp(s->clause, v[i]->id) == 0)
      sel = (int)i;
  }
  int k = dialog_list(a, _("Choose a stock text (Enter choose, Esc cancel):"), titles, (int)n, sel);
  if (k < 0 || !may_replace(a, s, WD_ALL_LANGS))
    return ACT_REDRAW;
  stock_fill(s, &a->w.lib, v[k]->id);
  a->scroll = 0;
  return ACT_CHANGED;
}

/* Headings of sections that apply now but did not before, for the status line. */
static void report_new_sections(struct app *a, const bool *before)
{
  struct strbuf b = { 0 };
  for (size_t i = 0; i < schema_count(); i++)
    if (!before[i] && doc_applies(a->w.doc, &a->w.doc->sec[i]))
      sb_printf(&b, "%s\"%s\"", b.len ? ", " : "", _(a->w.doc->sec[i].schema->heading));
  if (b.len)
    app_status(a, _("Now also to be filled in: %s"), b.s);
  sb_free(&b);
}

/* Chooses option sel of a choice section; dependent sections follow. Its stock text replaces the
   text of each language, but where the person wrote their own they are asked first: [y] the stock
   text, [n] the new option with their text kept (they chose the option on purpose; the question is
   only about the text), Esc neither. */
static enum action choose_option(struct app *a, struct doc_section *s)
{
  const struct schema_option *o = &s->schema->options[a->sel];
  if (s->choice && strcmp(s->choice, o->id) == 0)
    return ACT_NONE;
  int k = ask_replace(a, s, WD_ALL_LANGS, true);
  if (k == 0)
    return ACT_REDRAW;
  unsigned own = k == 'n' ? wd_edited_langs(&a->w, s, WD_ALL_LANGS) : 0; /* before the choice changes */
  bool before[64] = { 0 };
  for (size_t i = 0; i < schema_count() && i < 64; i++)
    before[i] = doc_applies(a->w.doc, &a->w.doc->sec[i]);
  str_set(&s->choice, o->id);
  wd_stock_except(&a->w, s, NULL, own);
  if (k == 'n')
    app_status(a, "%s", _("Option changed and your text kept: check that it fits the new option."));
  report_new_sections(a, before);
  return ACT_CHANGED;
}

/* Resets the text of the language shown (r) to the stock text, asking when it is the person's. */
static enum action reset_text(struct app *a, struct doc_section *s)
{
  if (a->w.read_only || s->schema->kind == SCHEMA_CONTACT || s->schema->kind == SCHEMA_DATE ||
      !may_replace(a, s, 1u << a->lang))
    return ACT_REDRAW;
  unsigned own = wd_edited_langs(&a->w, s, WD_ALL_LANGS & ~(1u << a->lang));
  wd_stock_except(&a->w, s, s->schema->kind == SCHEMA_PARAGRAPH ? s->clause : NULL, own);
  a->scroll = 0;
  return ACT_CHANGED;
}

static enum action start_edit(struct app *a, struct doc_section *s);

/* Enter in a contact field: the editor moves on to the next field; the last field's Enter ends
   editing. The field keeps what was typed: it is written through on every key. */
static enum action next_field(struct app *a)
{
  struct doc_section *s = current(a);
  editor_close(a);
  if (a->sel + 1 >= row_count(s)) {
    app_status(a, "%s", _("Last field done: Tab goes to the next section."));
    return ACT_REDRAW;
  }
  a->sel++;
  return start_edit(a, s);
}

/* Opens the editor on the section's text or selected contact field. */
static enum action start_edit(struct app *a, struct doc_section *s)
{
  if (a->w.read_only) {
    app_status(a, "%s", _("Opened read-only: you can look but not change."));
    return ACT_REDRAW;
  }
  if (s->schema->kind == SCHEMA_CONTACT)
    editor_open(a, &s->field[field_of_row(s, a->sel)], true);
  else if (s->schema->kind == SCHEMA_PARAGRAPH || s->schema->kind == SCHEMA_CHECKLIST ||
           s->schema->kind == SCHEMA_CHOICE)
    editor_open(a, &s->text[a->lang], false);
  else
    return ACT_NONE;
  a->ed.sec = s->schema->kind == SCHEMA_CONTACT ? NULL : s;
  a->ed.enter = s->schema->kind == SCHEMA_CONTACT ? next_field : NULL;
  return ACT_REDRAW;
}

/* A paste while no editor is open: opens the editor on the section's text (or the selected contact
   field) and inserts it there; where there is nothing to paste into, says so. Never runs keys. */
static enum action paste_into(struct app *a, struct doc_section *s)
{
  if (a->w.read_only) {
    app_status(a, "%s", _("Opened read-only: the pasted text was not used."));
    return ACT_REDRAW;
  }
  if (s->not_applicable || s->schema->kind == SCHEMA_DATE) {
    app_status(a, "%s", _("This section has no text to paste into: the pasted text was not used."));
    return ACT_REDRAW;
  }
  start_edit(a, s);
  return a->ed.open ? editor_key(a, REQ_PASTE, 0) : ACT_REDRAW;
}

/* Enter/Space on a list row: choose, tick, or edit. */
static enum action activate(struct app *a, struct doc_section *s, enum request r)
{
  if (s->not_applicable || a->w.read_only)
    return ACT_NONE;
  switch (s->schema->kind) {
  case SCHEMA_CHOICE: return choose_option(a, s);
  case SCHEMA_CHECKLIST: {
    const char *id = s->schema->options[a->sel].id;
    stock_set_item(s, &a->w.lib, id, !doc_has_item(s, id));
    return ACT_CHANGED;
  }
  case SCHEMA_CONTACT:
  case SCHEMA_PARAGRAPH: return r == REQ_ENTER ? start_edit(a, s) : ACT_NONE;
  default: return ACT_NONE;
  }
}

/* Moves the list selection or scrolls the text. */
static enum action section_move(struct app *a, struct doc_section *s, int d)
{
  int n = row_count(s);
  if (n > 0) {
    a->sel = a->sel + d < 0 ? 0 : a->sel + d >= n ? n - 1 : a->sel + d;
    return ACT_REDRAW;
  }
  a->scroll = a->scroll + d < 0 ? 0 : a->scroll + d;
  return ACT_REDRAW;
}

/* Goes to the next or previous section that applies. */
static enum action step(struct app *a, int dir)
{
  size_t next = wd_step(&a->w, a->sec, dir);
  if (next == a->sec && dir > 0) {
    app_status(a, "%s", _("This was the last section: press ^F to finish, or v to preview."));
    return ACT_REDRAW;
  }
  if (next == a->sec) {
    app_show(a, SCR_WELCOME);
    return ACT_REDRAW;
  }
  a->sec = next;
  a->status[0] = '\0';
  app_show(a, SCR_SECTION);
  return ACT_REDRAW;
}

/* Toggles "not applicable" for sections that may be marked so. */
static enum action toggle_na(struct app *a, struct doc_section *s)
{
  if (a->w.read_only || (!s->schema->na_text && s->schema->kind != SCHEMA_CONTACT)) {
    app_status(a, "%s", _("This section cannot be marked as not applicable."));
    return ACT_REDRAW;
  }
  s->not_applicable = !s->not_applicable;
  return ACT_CHANGED;
}

/* Switches the language of the text shown and edited between the notice's languages. */
static enum action switch_lang(struct app *a)
{
  enum doc_lang other = a->lang == LANG_FI ? LANG_EN : LANG_FI;
  if (!a->w.doc->lang_enabled[other]) {
    app_status(a, "%s", _("The notice has only one language; add the other on the first screen."));
    return ACT_REDRAW;
  }
  a->lang = other;
  return ACT_REDRAW;
}

/* Handles the section screen's keys. */
static enum action section_key(struct app *a, enum request r)
{
  struct doc_section *s = current(a);
  switch (r) {
  case REQ_NEXT: return step(a, 1);
  case REQ_PREV: case REQ_BACK: return step(a, -1);
  case REQ_UP: return section_move(a, s, -1);
  case REQ_DOWN: return section_move(a, s, 1);
  case REQ_PGUP: return section_move(a, s, -10);
  case REQ_PGDN: return section_move(a, s, 10);
  case REQ_ENTER: case REQ_TOGGLE: return activate(a, s, r);
  case REQ_EDIT: return s->not_applicable ? ACT_NONE : start_edit(a, s);
  case REQ_VARIANT: return a->w.read_only ? ACT_NONE : pick_variant(a, s);
  case REQ_RESET: return reset_text(a, s);
  case REQ_NA: return toggle_na(a, s);
  case REQ_LANG: return switch_lang(a);
  case REQ_PASTE: return paste_into(a, s);
  default: return app_common_key(a, r);
  }
}

/* The editor's first key-help line: what Enter does where the cursor is. */
static const char *editor_line_help(struct app *a)
{
  if (!a->ed.single_line)
    return _("Arrows/Home/End/PgUp/PgDn move  Backspace/Del delete  Enter new line");
  if (a->ed.enter && a->sel + 1 < row_count(current(a)))
    return _("Arrows/Home/End move  Backspace/Del delete  Enter next field");
  return _("Arrows/Home/End move  Backspace/Del delete  Enter done (last field)");
}

/* The section screen's key help: the editor's while it is open. */
static const char *section_help(struct app *a)
{
  static char buf[512];
  if (a->ed.open)
    snprintf(buf, sizeof buf, "%s\n%s", editor_line_help(a),
             a->restricted ? _("^X or Esc done   ^S save   ^Q quit")
                           : _("^X or Esc done   ^T external editor   ^S save   ^Q quit"));
  else
    snprintf(buf, sizeof buf, "%s\n%s",
             _("Tab/^N next  ^P back  e edit  Space choose  c texts  r reset  l language  x n/a"),
             app_common_help(a));
  return buf;
}

const struct screen screen_section = { section_enter, section_draw, section_key, section_help, NULL };

/* Drawing of the section screen: heading, the start of the guidance, and the section's body by
   kind, with the option list, the text area and the contact form all visible at 80x24. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "clauses.h"
#include "draw.h"
#include "fieldcheck.h"
#include "i18n.h"
#include "phtext.h"
#include "section.h"

#define HELP_ROWS 3      /* rows of guidance on the section screen; ^G shows all of it */
#define TEXT_MIN_ROWS 4  /* the text area never gets fewer rows than this below an option list */
#define LIST_ROWS_WHEN_TYPING 4

/* Title of the stock variant a section's text came from, or NULL. */
static const char *variant_title(struct app *a, const struct doc_section *s)
{
  const struct clause *c = s->clause ? clauses_get(&a->w.lib, a->lang, s->clause) : NULL;
  return c ? c->title : NULL;
}

/* Draws the line saying which language and which stock text is shown, in width columns. */
static void draw_text_info(struct app *a, const struct doc_section *s, int y, int width)
{
  const char *lang = lang_name(a->lang);
  const char *title = variant_title(a, s);
  const char *text = s->text[a->lang] ? s->text[a->lang] : "";
  char *info;
  if (wd_lang_edited(&a->w, s, a->lang) || (*text && !title))
    info = xasprintf(_("Text in %s: edited"), lang);
  else if (!*text)
    info = xasprintf(_("Text in %s: empty"), lang);
  else
    info = xasprintf(_("Text in %s: stock text \"%s\""), lang, title);
  char *stale = langs_stale_mark(a->w.doc, s, false); /* the rows show their own */
  if (stale) { /* Art. 12(1): the languages must say the same */
    char *with = xasprintf("[%s]  %s", stale, info); /* first: a long stock title must not hide it */
    free(info);
    info = with;
  }
  free(stale);
  draw_role(a->focus == FOCUS_TEXT ? ROLE_HEADING : ROLE_DIM);
  draw_line(y, 2, info, width);
  draw_role(ROLE_NORMAL);
  free(info);
}

/* Marks in the right margin, beside the text rows y..y+h-1, that lines are scrolled out of view
   above (an up arrow at the top) or below (a down arrow at the bottom). */
static void draw_scroll_marks(bool above, bool below, int y, int h)
{
  draw_role(ROLE_HEADING);
  mvaddch(y, COLS - 2, above ? ACS_UARROW : ' ');
  mvaddch(y + h - 1, COLS - 2, below ? ACS_DARROW : ' ');
  draw_role(ROLE_NORMAL);
}

/* Draws the section's text in rows y..y+h-1: the editor when the text has the focus. */
static void draw_text_area(struct app *a, struct doc_section *s, int y, int h)
{
  if (h < 2)
    return;
  draw_text_info(a, s, y, COLS - 4);
  if (a->ed.open && !a->ed.single_line) {
    editor_draw(a, y + 1, 2, h - 1, COLS - 4);
    draw_scroll_marks(a->ed.hidden_above, a->ed.hidden_below, y + 1, h - 1);
    return;
  }
  char *shown = section_display_text(s->text[a->lang]);
  int n = draw_wrapped(y + 1, 2, h - 1, COLS - 5, shown, 0);
  free(shown);
  if (n > h - 1) {
    draw_role(ROLE_DIM);
    draw_line(y + h - 1, COLS - 30, _("(continues: Tab to the text)"), 28);
    draw_role(ROLE_NORMAL);
  }
}

/* The text of option row i of a choice or checklist (caller frees). */
static char *option_text(const struct doc_section *s, int i)
{
  const struct schema_option *o = &s->schema->options[i];
  bool on = s->schema->kind == SCHEMA_CHOICE ? s->choice && strcmp(s->choice, o->id) == 0 : doc_has_item(s, o->id);
  const char *box = s->schema->kind == SCHEMA_CHOICE ? (on ? "(*)" : "( )") : (on ? "[x]" : "[ ]");
  return xasprintf("%s %s%s%s%s", box, _(o->label), o->detail ? "  (GDPR " : "", o->detail ? o->detail : "",
                   o->detail ? ")" : "");
}

/* Draws h rows of the option or row list from row y, scrolled to the selection. */
static int draw_options(struct app *a, const struct doc_section *s, int y, int h)
{
  int n = section_rows(s), first = a->fsel >= h ? a->fsel - h + 1 : 0, r;
  bool rows = s->schema->kind == SCHEMA_PURPOSES || s->schema->kind == SCHEMA_PROVIDERS;
  for (r = 0; r < h && first + r < n; r++) {
    char *text = rows ? rows_line(a, s, first + r) : option_text(s, first + r);
    bool more = (r == 0 && first > 0) || (r == h - 1 && first + r + 1 < n);
    char *row = xasprintf("%s%s", more ? "+" : " ", text);
    free(text);
    bool sel = first + r == a->fsel;
    draw_role(sel && a->focus == FOCUS_LIST ? ROLE_SELECTED : ROLE_NORMAL);
    if (sel && a->focus == FOCUS_LIST) { /* the cursor shows that Space acts here, not in the text */
      a->cursor_shown = true;
      a->cursor_y = y + r;
      a->cursor_x = 4;
    }
    draw_line(y + r, 2, row, COLS - 4);
    free(row);
  }
  draw_role(ROLE_NORMAL);
  return r;
}

/* Draws one contact field's label and input box on row y; the focused one holds the editor. */
static void draw_field(struct app *a, const struct doc_section *s, int r, int y, int box_w)
{
  int f = section_field_of_row(s, r);
  bool focused = a->focus == FOCUS_FIELD && r == a->fsel;
  char *label = str_pad(_(schema_field_label(f)), 16);
  draw_role(focused ? ROLE_HEADING : ROLE_NORMAL);
  draw_line(y, 2, label, 18);
  free(label);
  if (focused && a->ed.open) {
    draw_role(ROLE_FIELD);
    editor_draw(a, y, 21, 1, box_w);
  } else {
    draw_role(ROLE_FIELD);
    draw_line(y, 21, s->field[f] ? s->field[f] : "", box_w);
  }
  const char *problem = focused ? NULL : fieldcheck_problem(f, s->field[f]);
  draw_role(ROLE_PROBLEM);
  draw_line(y, 22 + box_w, problem ? "!" : "", 2);
  draw_role(ROLE_NORMAL);
}

/* Draws the contact form: a box per field, then the check of each field already left. */
static void draw_contact(struct app *a, const struct doc_section *s, int y, int h)
{
  int n = section_rows(s), box_w = COLS - 27;
  for (int r = 0; r < n && r < h; r++)
    draw_field(a, s, r, y + r, box_w);
  int line = y + n + 1;
  for (int r = 0; r < n && line < y + h; r++) {
    int f = section_field_of_row(s, r);
    const char *problem = a->focus == FOCUS_FIELD && r == a->fsel ? NULL : fieldcheck_problem(f, s->field[f]);
    if (!problem)
      continue;
    char *msg = xasprintf("! %s: %s", _(schema_field_label(f)), problem);
    draw_role(ROLE_PROBLEM);
    line += draw_wrapped(line, 2, y + h - line, COLS - 4, msg, 0);
    draw_role(ROLE_NORMAL);
    free(msg);
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

/* Draws a section marked not applicable: what the notice says instead, and how to undo it. */
static void draw_not_applicable(const struct doc_section *s, int y, int h)
{
  const char *na = s->schema->na_text ? _(s->schema->na_text) : _("Marked as not applicable.");
  int n = draw_wrapped(y, 2, h, COLS - 4, na, 0);
  draw_role(ROLE_DIM);
  draw_wrapped(y + n + 1, 2, h - n - 1, COLS - 4,
               _("The notice says this instead of the section. ^X fills the section in after all."), 0);
  draw_role(ROLE_NORMAL);
}

/* Draws an option list and the text below it, the list smaller while the text has the focus. */
static void draw_list_and_text(struct app *a, struct doc_section *s, int y, int h)
{
  int n = section_rows(s);
  int list_h = a->focus == FOCUS_TEXT ? LIST_ROWS_WHEN_TYPING : h - 2 - TEXT_MIN_ROWS;
  list_h = list_h > n ? n : list_h < 1 ? 1 : list_h;
  int used = draw_options(a, s, y, list_h);
  if (s->schema->kind == SCHEMA_CHECKLIST && s->schema->na_text && s->nitems == 0 && h - used > 2 + TEXT_MIN_ROWS) {
    draw_role(ROLE_DIM); /* "no transfers" is the section marked not applicable, not an empty list */
    draw_line(y + used, 2, _("Nothing ticked: if none of these applies, ^X marks the section not applicable."),
              COLS - 4);
    draw_role(ROLE_NORMAL);
    used++;
  }
  draw_text_area(a, s, y + used + 1, h - used - 1);
}

/* Draws the body by the section's kind. */
static void draw_body(struct app *a, struct doc_section *s, int y, int h)
{
  if (s->not_applicable) {
    draw_not_applicable(s, y, h);
    return;
  }
  switch (s->schema->kind) {
  case SCHEMA_PARAGRAPH: draw_text_area(a, s, y, h); break;
  case SCHEMA_CONTACT: draw_contact(a, s, y, h); break;
  case SCHEMA_DATE: draw_dates(a, y); break;
  case SCHEMA_CHOICE:
  case SCHEMA_CHECKLIST:
  case SCHEMA_PURPOSES:
  case SCHEMA_PROVIDERS: draw_list_and_text(a, s, y, h); break;
  }
}

/* Draws the start of the section's guidance, saying when ^G has the rest; returns rows used. */
static int draw_guidance(const struct doc_section *s, int y)
{
  draw_role(ROLE_DIM);
  int n = draw_wrapped(y, 2, HELP_ROWS, COLS - 4, _(s->schema->help), 0);
  if (n > HELP_ROWS) {
    draw_role(ROLE_HEADING);
    draw_line(y + HELP_ROWS, 2, _("(The guidance goes on: ^G or F1 shows all of it.)"), COLS - 4);
  }
  draw_role(ROLE_NORMAL);
  return n > HELP_ROWS ? HELP_ROWS + 1 : n;
}

void section_draw(struct app *a, int top, int height)
{
  struct doc_section *s = &a->w.doc->sec[a->sec];
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
  int y = top + 2 + draw_guidance(s, top + 1);
  draw_body(a, s, y, top + height - y);
}

char *section_display_text(const char *text)
{
  return phtext_display(text, NULL);
}

/* One screen per section, modeless like a web form: what has the focus (the option list, the
   text, a contact field) takes every printable key as text, and commands are Ctrl keys. Every
   change is recorded for undo first; every replacement of the person's text asks. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "clauses.h"
#include "dialog.h"
#include "fieldcheck.h"
#include "draw.h"
#include "i18n.h"
#include "section.h"
#include "stock.h"

#define MAX_VARIANTS 16

/* The section on screen. */
static struct doc_section *current(struct app *a) { return &a->w.doc->sec[a->sec]; }

/* True for a section with a list of rows of its own (purposes, providers) above its text. */
static bool has_rows(const struct doc_section *s)
{
  return s->schema->kind == SCHEMA_PURPOSES || s->schema->kind == SCHEMA_PROVIDERS;
}

/* True for a section with a list of options or rows above its text. */
static bool has_list(const struct doc_section *s)
{
  return s->schema->kind == SCHEMA_CHOICE || s->schema->kind == SCHEMA_CHECKLIST || has_rows(s);
}

int section_rows(const struct doc_section *s)
{
  if (has_rows(s))
    return rows_count(s);
  if (has_list(s))
    return (int)schema_option_count(s->schema);
  int n = 0;
  for (int f = 0; s->schema->kind == SCHEMA_CONTACT && f < FIELD_COUNT; f++)
    n += (s->schema->fields >> f) & 1;
  return n;
}

int section_field_of_row(const struct doc_section *s, int i)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    if (((s->schema->fields >> f) & 1) && i-- == 0)
      return f;
  return 0;
}

/* Opens the editor on what has the focus, the cursor at byte offset cur (clamped to the text and
   moved back to a character boundary); no editor where nothing can be typed. */
static void focus_open_at(struct app *a, size_t cur)
{
  struct doc_section *s = current(a);
  editor_close(a);
  if (s->not_applicable || s->schema->kind == SCHEMA_DATE)
    return;
  if (a->focus == FOCUS_TEXT)
    editor_open(a, &s->text[a->lang], false);
  else if (a->focus == FOCUS_FIELD)
    editor_open(a, &s->field[section_field_of_row(s, a->fsel)], true);
  else
    return;
  a->ed.sec = a->focus == FOCUS_TEXT ? s : NULL;
  tb_set_cursor(&a->ed.tb, cur);
}

/* Opens the editor again after the section changed outside it, keeping the cursor where it was. */
static void focus_reopen(struct app *a)
{
  focus_open_at(a, a->ed.open ? a->ed.tb.cur : (size_t)-1);
}

/* Gives the focus to f (row for a field), with the cursor at the end of its text. */
static void focus_set(struct app *a, enum focus f, int row)
{
  a->focus = f;
  if (f == FOCUS_FIELD)
    a->fsel = row;
  undo_break(&a->undo);
  focus_open_at(a, (size_t)-1);
}

void section_focus_field(struct app *a, int f)
{
  const struct doc_section *s = current(a);
  if (s->schema->kind != SCHEMA_CONTACT)
    return;
  for (int r = 0; r < section_rows(s); r++)
    if (section_field_of_row(s, r) == f)
      focus_set(a, FOCUS_FIELD, r);
}

/* The first focus of section s: its list, its first field, or its text. */
static enum focus first_focus(const struct doc_section *s)
{
  return has_list(s) ? FOCUS_LIST : s->schema->kind == SCHEMA_CONTACT ? FOCUS_FIELD : FOCUS_TEXT;
}

/* On entering a section: the chosen option selected, the first focus, a fresh undo history. Coming
   back to the same section (from the overview, preview or help) keeps all three. */
static void section_enter(struct app *a)
{
  struct doc_section *s = current(a);
  a->scroll = 0;
  if (a->focus_sec == (long)a->sec && a->visit_sec == (long)a->sec) {
    focus_reopen(a);
    return;
  }
  langs_record(a); /* the section left through the overview, the check or a question */
  langs_visit_begin(a);
  if (a->focus_sec == (long)a->sec) {
    focus_reopen(a);
    return;
  }
  a->focus_sec = (long)a->sec;
  undo_clear(&a->undo);
  a->fsel = 0;
  if (s->schema->kind == SCHEMA_CHOICE && s->choice)
    for (int i = 0; s->schema->options[i].id; i++)
      if (strcmp(s->schema->options[i].id, s->choice) == 0)
        a->fsel = i;
  a->focus = first_focus(s);
  focus_open_at(a, (size_t)-1);
}

/* Records the section's state before a change that is not typing (a choice, a stock text). */
static void before_change(struct app *a, const struct doc_section *s)
{
  undo_record(&a->undo, s, UNDO_OTHER);
}

/* The question before the stock text replaces the person's text in the languages names (^T, ^U);
   the caller frees it. */
static char *replace_question(const char *names)
{
  return xasprintf(_("Your edited text (%s) will be replaced by the stock text (^Z undoes it).\n\n"
                     "[y] replace it   [n] keep mine"), names);
}

/* Asks before the stock text replaces the person's own text in the languages of the bit set langs:
   'y' (or no question: nothing of theirs there), 'n' keep it, 0 Esc. */
static int ask_replace(struct app *a, const struct doc_section *s, unsigned langs)
{
  unsigned own = wd_edited_langs(&a->w, s, langs);
  if (!own)
    return 'y';
  char *names = wd_lang_names(own);
  char *q = replace_question(names);
  /* TRANSLATORS: the letters of "[y] replace it   [n] keep mine" above, in order */
  int k = dialog_ask(a, q, N_("yn"));
  free(q);
  free(names);
  return k;
}

/* True when stock clause id may fill section sch as a whole: not a part one of its options or rows
   brings in (the type's own text for the section is not a part), not another register type's text. */
static bool variant_offered(const struct schema_section *sch, const char *id)
{
  bool whole = sch->clause && strcmp(sch->clause, id) == 0;
  if (!whole && schema_section_uses_clause(sch, id))
    return false;
  return !schema_clause_of_other_type((size_t)schema_index(sch->id), id);
}

/* Stores in v (room for MAX_VARIANTS) the stock texts section s can have as a whole, in file order;
   returns how many. Not offered: the parts its options and rows bring in, and other register types'
   texts for the section. */
static size_t section_variants(struct app *a, const struct doc_section *s, const struct clause **v)
{
  const struct clause *all[4 * MAX_VARIANTS];
  size_t n = clauses_variants(&a->w.lib, a->lang, s->schema->id, all, 4 * MAX_VARIANTS), k = 0;
  for (size_t i = 0; i < n && k < MAX_VARIANTS; i++)
    if (variant_offered(s->schema, all[i]->id))
      v[k++] = all[i];
  return k;
}

/* Lets the person pick one of the section's stock variants (^T); the texts its options and rows
   bring in are not offered, for they would replace the whole section with one item. */
static enum action pick_variant(struct app *a, struct doc_section *s)
{
  const struct clause *v[MAX_VARIANTS];
  size_t n = a->w.read_only ? 0 : section_variants(a, s, v);
  if (n == 0) {
    app_status(a, "%s", a->w.read_only ? _("Opened read-only: you can look but not change.")
                                        : _("This section has no stock texts to choose from."));
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
  if (k < 0 || ask_replace(a, s, WD_ALL_LANGS) != 'y')
    return ACT_REDRAW;
  before_change(a, s);
  stock_fill(s, &a->w.lib, v[k]->id);
  return ACT_CHANGED;
}

void section_applying(struct app *a, bool before[64])
{
  for (size_t i = 0; i < 64; i++)
    before[i] = i < schema_count() && doc_applies(a->w.doc, &a->w.doc->sec[i]);
}

char *section_new_sections(struct app *a, const bool before[64])
{
  struct strbuf b = { 0 };
  for (size_t i = 0; i < schema_count() && i < 64; i++)
    if (!before[i] && doc_applies(a->w.doc, &a->w.doc->sec[i]))
      sb_printf(&b, "%s\"%s\"", b.len ? ", " : "", _(a->w.doc->sec[i].schema->heading));
  char *text = b.len ? xasprintf(_("Now also to be filled in: %s"), b.s) : NULL;
  sb_free(&b);
  return text;
}

/* Chooses the selected option of a choice section; dependent sections follow. The new option's
   stock text goes only where the text is still stock: text the person wrote is kept, never replaced
   by a key that typing can give (Space on the list), and the status line says so: ^U puts in the
   new stock text (asking), ^Z takes the choice back. */
static enum action choose_option(struct app *a, struct doc_section *s)
{
  const struct schema_option *o = &s->schema->options[a->fsel];
  if (s->choice && strcmp(s->choice, o->id) == 0)
    return ACT_NONE;
  unsigned own = wd_edited_langs(&a->w, s, WD_ALL_LANGS); /* before the choice changes */
  bool before[64];
  section_applying(a, before);
  before_change(a, s);
  str_set(&s->choice, o->id);
  if (own != WD_ALL_LANGS) /* some language still has stock text: it follows the new option */
    wd_stock_except(&a->w, s, NULL, own);
  char *news = section_new_sections(a, before), *kept = NULL;
  if (own) {
    char *names = wd_lang_names(own);
    kept = xasprintf(_("Option changed; your own text (%s) was kept: check that it fits. ^U puts in the new "
                       "option's stock text, ^Z takes the choice back."), names);
    free(names);
  }
  if (kept || news)
    app_status(a, "%s%s%s", kept ? kept : "", kept && news ? " " : "", news ? news : "");
  free(kept);
  free(news);
  return ACT_CHANGED;
}

/* Ticks or unticks the selected option of a checklist (the stock text follows unless edited). */
static enum action tick_option(struct app *a, struct doc_section *s)
{
  const char *id = s->schema->options[a->fsel].id;
  before_change(a, s);
  stock_set_item(s, &a->w.lib, id, !doc_has_item(s, id));
  return ACT_CHANGED;
}

/* Space (enter false) or Enter on the option list: choose, tick, or act on a row. */
static enum action activate(struct app *a, struct doc_section *s, bool enter)
{
  if (s->not_applicable || a->w.read_only)
    return ACT_NONE;
  if (has_rows(s))
    return rows_activate(a, s, a->fsel, enter);
  return s->schema->kind == SCHEMA_CHOICE ? choose_option(a, s) : tick_option(a, s);
}

/* Puts back the stock text of the language shown (^U), asking when it is the person's. */
static enum action reset_text(struct app *a, struct doc_section *s)
{
  if (a->w.read_only || s->not_applicable || s->schema->kind == SCHEMA_CONTACT || s->schema->kind == SCHEMA_DATE) {
    app_status(a, "%s", _("This section has no stock text to put back."));
    return ACT_REDRAW;
  }
  if (ask_replace(a, s, 1u << a->lang) != 'y')
    return ACT_REDRAW;
  unsigned own = wd_edited_langs(&a->w, s, WD_ALL_LANGS & ~(1u << a->lang));
  before_change(a, s);
  wd_stock_except(&a->w, s, s->schema->kind == SCHEMA_PARAGRAPH ? s->clause : NULL, own);
  return ACT_CHANGED;
}

/* Goes to the next or previous section that applies. */
static enum action step(struct app *a, int dir)
{
  size_t next = wd_step(&a->w, a->sec, dir);
  if (next == a->sec && dir > 0) {
    app_status(a, "%s", _("This was the last section: press ^F to finish, or ^V to preview."));
    return ACT_REDRAW;
  }
  unsigned lead = langs_record(a);
  editor_close(a);
  a->status[0] = '\0';
  if (lead) /* after the move, so that the next screen keeps the offer in its status line */
    langs_offer_other(a, lead);
  if (next == a->sec) {
    app_show(a, SCR_WELCOME);
    return ACT_REDRAW;
  }
  a->sec = next;
  app_show(a, SCR_SECTION);
  return ACT_REDRAW;
}

/* The focus stops of section s in order, as (focus, row) pairs into f and row; returns how many. */
static int focus_stops(struct app *a, const struct doc_section *s, enum focus *f, int *row, int max)
{
  int n = 0;
  if (s->not_applicable || s->schema->kind == SCHEMA_DATE)
    return 0;
  if (has_list(s) && n < max) {
    f[n] = FOCUS_LIST;
    row[n++] = a->fsel;
  }
  if (s->schema->kind != SCHEMA_CONTACT && n < max) {
    f[n] = FOCUS_TEXT;
    row[n++] = a->fsel;
  }
  for (int r = 0; s->schema->kind == SCHEMA_CONTACT && r < section_rows(s) && n < max; r++) {
    f[n] = FOCUS_FIELD;
    row[n++] = r;
  }
  return n;
}

/* Tab (dir 1) or Shift-Tab (-1): the next or previous focus stop, past the ends the next or
   previous section. */
static enum action focus_step(struct app *a, int dir)
{
  enum focus f[FIELD_COUNT + 2];
  int row[FIELD_COUNT + 2];
  int n = focus_stops(a, current(a), f, row, FIELD_COUNT + 2), at = -1;
  for (int i = 0; i < n; i++)
    if (f[i] == a->focus && (f[i] != FOCUS_FIELD || row[i] == a->fsel))
      at = i;
  if (at >= 0 && at + dir >= 0 && at + dir < n) {
    focus_set(a, f[at + dir], row[at + dir]);
    return ACT_REDRAW;
  }
  size_t from = a->sec;
  const struct doc_section *left = current(a);
  int field = a->focus == FOCUS_FIELD ? section_field_of_row(left, a->fsel) : -1;
  const char *problem = field >= 0 ? fieldcheck_problem(field, left->field[field]) : NULL;
  char *said = problem ? xasprintf(_("%s: %s (^P goes back)"), _(schema_field_label(field)), problem) : NULL;
  enum action act = step(a, dir);
  if (said && a->sec != from) /* the form was left from its last field: its check still shows */
    app_status(a, "%s", said);
  free(said);
  if (dir < 0 && a->screen == SCR_SECTION && a->sec != from) { /* back into a form: at its end */
    n = focus_stops(a, current(a), f, row, FIELD_COUNT + 2);
    if (n > 0)
      focus_set(a, f[n - 1], row[n - 1]);
  }
  return act;
}

/* Why nothing can be typed on this section now, or NULL when it can. */
static const char *why_not_typable(struct app *a, const struct doc_section *s)
{
  if (a->w.read_only)
    return _("Opened read-only: what you typed was not used.");
  if (s->not_applicable)
    return _("This section is marked not applicable, so there is nothing to type into: ^X fills it in.");
  if (s->schema->kind == SCHEMA_DATE)
    return _("seloste keeps these dates itself: there is nothing to type here. ^N goes on.");
  return NULL;
}

/* A typed character or a paste: into the focused text or field (from the option list, into the
   text below it). Never a command. */
static enum action type_text(struct app *a, struct doc_section *s, enum request r)
{
  const char *why = why_not_typable(a, s);
  if (why) {
    app_status(a, "%s", r == REQ_PASTE ? _("The pasted text was not used: this section has nothing to "
                                           "paste into.") : why);
    return ACT_REDRAW;
  }
  if (a->focus == FOCUS_LIST) {
    focus_set(a, FOCUS_TEXT, a->fsel);
    app_status(a, "%s", _("Typing goes into the text below the options (Space chooses an option)."));
  }
  if (!a->ed.open)
    return ACT_NONE;
  if (r == REQ_PASTE)
    undo_record(&a->undo, s, UNDO_OTHER);
  else
    undo_record_char(&a->undo, s, (unsigned)a->ch);
  return editor_key(a, r, a->ch);
}

/* Backspace, Delete and Enter in a text: edits recorded as typing. */
static enum action edit_text(struct app *a, struct doc_section *s, enum request r)
{
  if (!a->ed.open || why_not_typable(a, s))
    return ACT_NONE;
  if (r == REQ_ENTER)
    undo_record_char(&a->undo, s, '\n');
  else
    undo_record(&a->undo, s, UNDO_TYPING);
  return editor_key(a, r, 0);
}

/* Enter: chooses on the list, goes on from a field (past the last, to the next section), and
   starts a new line in a text. */
static enum action enter_key(struct app *a, struct doc_section *s)
{
  if (a->focus == FOCUS_LIST)
    return activate(a, s, true);
  if (a->focus == FOCUS_FIELD)
    return focus_step(a, 1);
  return edit_text(a, s, REQ_ENTER);
}

/* Moves the option-list selection by d rows; past the last one, Down goes into the text. */
static enum action list_move(struct app *a, struct doc_section *s, int d)
{
  int n = section_rows(s), to = a->fsel + d;
  if (d == 1 && to >= n && !s->not_applicable) {
    focus_set(a, FOCUS_TEXT, a->fsel);
    return ACT_REDRAW;
  }
  a->fsel = to < 0 ? 0 : to >= n ? n - 1 : to;
  return ACT_REDRAW;
}

/* The option-list selection after a movement request r. */
static enum action list_key(struct app *a, struct doc_section *s, enum request r)
{
  switch (r) {
  case REQ_UP: return list_move(a, s, -1);
  case REQ_DOWN: return list_move(a, s, 1);
  case REQ_PGUP: return list_move(a, s, -10);
  case REQ_PGDN: return list_move(a, s, 10 < section_rows(s) - 1 - a->fsel ? 10 : section_rows(s) - 1 - a->fsel);
  case REQ_HOME: a->fsel = 0; return ACT_REDRAW;
  case REQ_END: a->fsel = section_rows(s) - 1; return ACT_REDRAW;
  default: return ACT_NONE;
  }
}

/* True when the editor's cursor is on its first visual line. */
static bool cursor_on_first_line(struct app *a)
{
  size_t row;
  int col;
  tb_cursor_rc(&a->ed.tb, a->ed.w > 0 ? a->ed.w : 1, &row, &col);
  return row == 0;
}

/* Arrows, Home/End, PgUp/PgDn: in the list, the form (Up/Down change field) or the text (Up from
   its first line goes back to the options). */
static enum action move_key(struct app *a, struct doc_section *s, enum request r)
{
  undo_break(&a->undo);
  if (a->focus == FOCUS_LIST)
    return list_key(a, s, r);
  if (a->focus == FOCUS_FIELD && (r == REQ_UP || r == REQ_DOWN)) {
    int to = a->fsel + (r == REQ_UP ? -1 : 1);
    if (to >= 0 && to < section_rows(s))
      focus_set(a, FOCUS_FIELD, to);
    return ACT_REDRAW;
  }
  if (a->focus == FOCUS_TEXT && r == REQ_UP && has_list(s) && (!a->ed.open || cursor_on_first_line(a))) {
    focus_set(a, FOCUS_LIST, a->fsel);
    return ACT_REDRAW;
  }
  if (a->ed.open)
    return editor_key(a, r, 0);
  a->scroll = a->scroll + (r == REQ_UP ? -1 : r == REQ_DOWN ? 1 : 0);
  a->scroll = a->scroll < 0 ? 0 : a->scroll;
  return ACT_REDRAW;
}

/* True when section s may be marked not applicable: it has a sentence for that, or it is an
   optional contact block (the controller and the contact person are always needed). */
static bool may_be_na(const struct doc_section *s)
{
  return s->schema->na_text || (s->schema->kind == SCHEMA_CONTACT && !s->schema->required);
}

/* Toggles "not applicable" (^X) for sections that may be marked so. */
static enum action toggle_na(struct app *a, struct doc_section *s)
{
  if (a->w.read_only || !may_be_na(s)) {
    app_status(a, "%s", _("This section cannot be marked as not applicable."));
    return ACT_REDRAW;
  }
  before_change(a, s);
  s->not_applicable = !s->not_applicable;
  if (!s->not_applicable)
    a->focus = first_focus(s);
  return ACT_CHANGED;
}

/* Switches the text shown and edited to the notice's next language (^K), wrapping round. */
static enum action switch_lang(struct app *a)
{
  enum doc_lang other = wd_next_lang(&a->w, a->lang);
  if (other == a->lang) {
    app_status(a, "%s", _("The notice has only one language; add another on the first screen."));
    return ACT_REDRAW;
  }
  a->lang = other;
  undo_break(&a->undo);
  focus_open_at(a, (size_t)-1);
  return ACT_REDRAW;
}

/* Byte offset in after just past where it differs from before (the end of what an undo or redo
   changed there), so that typing goes on at the change; the length of after when they are equal. */
static size_t change_end(const char *before, const char *after)
{
  size_t nb = strlen(before), na = strlen(after), p = 0, q = 0;
  while (p < nb && p < na && before[p] == after[p])
    p++;
  while (q < nb - p && q < na - p && before[nb - 1 - q] == after[na - 1 - q])
    q++;
  return na - q;
}

/* ^Z and ^Y: back to the section's state before its last change, or forward again; the cursor goes
   to where the text changed. */
static enum action undo_key(struct app *a, struct doc_section *s, bool undo)
{
  char *before = a->ed.open ? xstrdup(tb_text(&a->ed.tb)) : NULL;
  bool done = !a->w.read_only && (undo ? undo_undo(&a->undo, s) : undo_redo(&a->undo, s));
  if (done && before && a->ed.open && *a->ed.target)
    focus_open_at(a, change_end(before, *a->ed.target));
  else if (done)
    focus_open_at(a, (size_t)-1); /* e.g. "not applicable" undone: the text or form is back */
  free(before);
  if (!done) {
    app_status(a, "%s", undo ? _("Nothing more to undo in this section.") : _("Nothing to redo."));
    return ACT_REDRAW;
  }
  if (s->not_applicable)
    editor_close(a);
  else if (a->focus == FOCUS_LIST && !has_list(s))
    a->focus = first_focus(s);
  app_status(a, "%s", undo ? _("Undone (^Y does it again).") : _("Done again."));
  return ACT_CHANGED;
}

/* Edits the focused text in an external editor (^E), recorded for undo. */
static enum action external_edit(struct app *a, struct doc_section *s)
{
  if (a->focus == FOCUS_LIST && !why_not_typable(a, s))
    focus_set(a, FOCUS_TEXT, a->fsel);
  if (!a->ed.open || why_not_typable(a, s)) {
    app_status(a, "%s", _("There is no text here to edit."));
    return ACT_REDRAW;
  }
  before_change(a, s);
  return editor_key(a, REQ_EXTERNAL, 0);
}

/* Commands that change the section as a whole; the editor then shows the new text. */
static enum action section_command(struct app *a, struct doc_section *s, enum request r)
{
  enum action act;
  switch (r) {
  case REQ_VARIANT: act = pick_variant(a, s); break;
  case REQ_RESET: act = reset_text(a, s); break;
  case REQ_NA: act = toggle_na(a, s); break;
  case REQ_UNDO: act = undo_key(a, s, true); break;
  case REQ_REDO: act = undo_key(a, s, false); break;
  case REQ_TOGGLE: act = a->focus == FOCUS_LIST ? activate(a, s, false) : ACT_NONE; break;
  default:
    langs_record(a); /* the overview, check and saved file show the languages as they are now */
    return app_common_key(a, r);
  }
  if (act == ACT_CHANGED && (r == REQ_UNDO || r == REQ_REDO)) /* undo_key put the cursor at the change */
    return act;
  if (act == ACT_CHANGED) /* a new text as a whole: read from its start */
    focus_open_at(a, r == REQ_TOGGLE || r == REQ_NA ? (a->ed.open ? a->ed.tb.cur : (size_t)-1) : 0);
  return act;
}

/* Handles the section screen's keys. */
static enum action section_key(struct app *a, enum request r)
{
  struct doc_section *s = current(a);
  switch (r) {
  case REQ_NEXT: return step(a, 1);
  case REQ_PREV: return step(a, -1);
  case REQ_NEXT_FIELD: return focus_step(a, 1);
  case REQ_PREV_FIELD: return focus_step(a, -1);
  case REQ_CHAR: case REQ_PASTE: return type_text(a, s, r);
  case REQ_ENTER: return enter_key(a, s);
  case REQ_BACKSPACE: case REQ_DELETE: return edit_text(a, s, r);
  case REQ_UP: case REQ_DOWN: case REQ_LEFT: case REQ_RIGHT:
  case REQ_HOME: case REQ_END: case REQ_PGUP: case REQ_PGDN: return move_key(a, s, r);
  case REQ_LANG: return switch_lang(a);
  case REQ_EXTERNAL: return external_edit(a, s);
  case REQ_BACK: return ACT_NONE; /* a lone Esc never leaves or throws away the text */
  default: return section_command(a, s, r);
  }
}

/* The section screen's key bar: the keys that matter where the focus is. */
static const char *section_help(struct app *a)
{
  static const enum request on_list[] = { REQ_TOGGLE, REQ_NEXT, REQ_UNDO, REQ_VARIANT, REQ_HELP,
    REQ_NEXT_FIELD, REQ_PREV, REQ_NONE, REQ_SAVE, REQ_FINISH, REQ_QUIT, REQ_LANG, REQ_OVERVIEW, REQ_REVIEW,
    REQ_PREVIEW };
  static const enum request in_text[] = { REQ_NEXT_FIELD, REQ_NEXT, REQ_UNDO, REQ_VARIANT, REQ_HELP, REQ_PREV,
    REQ_NONE, REQ_SAVE, REQ_FINISH, REQ_QUIT, REQ_LANG, REQ_OVERVIEW, REQ_REVIEW, REQ_PREVIEW };
  static const enum request one_stop[] = { REQ_NEXT, REQ_PREV, REQ_UNDO, REQ_VARIANT, REQ_HELP, REQ_NA,
    REQ_NONE, REQ_SAVE, REQ_FINISH, REQ_QUIT, REQ_LANG, REQ_OVERVIEW, REQ_REVIEW, REQ_PREVIEW };
  static const enum request one_stop_no_na[] = { REQ_NEXT, REQ_PREV, REQ_UNDO, REQ_VARIANT, REQ_HELP,
    REQ_NONE, REQ_SAVE, REQ_FINISH, REQ_QUIT, REQ_LANG, REQ_OVERVIEW, REQ_REVIEW, REQ_PREVIEW };
  enum focus f[FIELD_COUNT + 2];
  int row[FIELD_COUNT + 2];
  int stops = focus_stops(a, current(a), f, row, FIELD_COUNT + 2);
  bool list = a->focus == FOCUS_LIST && has_list(current(a)) && !current(a)->not_applicable;
  if (stops <= 1 && may_be_na(current(a))) /* Tab only goes on to the next section, as ^N does */
    return keymap_bar(one_stop, sizeof one_stop / sizeof one_stop[0], COLS - 1);
  if (stops <= 1)
    return keymap_bar(one_stop_no_na, sizeof one_stop_no_na / sizeof one_stop_no_na[0], COLS - 1);
  return list ? keymap_bar(on_list, sizeof on_list / sizeof on_list[0], COLS - 1)
              : keymap_bar(in_text, sizeof in_text / sizeof in_text[0], COLS - 1);
}

const struct screen screen_section = { section_enter, section_draw, section_key, section_help, NULL };

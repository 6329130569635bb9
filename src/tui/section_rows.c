/* The row lists of the section screen: the purposes with their legal bases (stock purposes ticked
   with Space, the person's own added and edited in dialogs) and the service providers with their
   countries and transfer mechanisms. Every change is recorded for undo first; removing a row asks. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "countries.h"
#include "dialog.h"
#include "i18n.h"
#include "section.h"
#include "stock.h"

#define MENU_MAX 8

/* Records the section's state before a change of its rows, and notes the change at once: the edit
   menus stay open after it, and a hang-up there must find it in the recovery file. */
static void rows_before(struct app *a, const struct doc_section *s)
{
  undo_record(&a->undo, s, UNDO_OTHER);
  wd_changed(&a->w);
}

/* True when purpose row p is a stock purpose (its id is an option of the section). */
static bool purpose_is_stock(const struct doc_section *s, const struct doc_purpose *p)
{
  return schema_option(s->schema, p->id) != NULL;
}

/* Index in s->purposes of the k-th own (not stock) purpose, or -1. */
static int own_index(const struct doc_section *s, int k)
{
  for (size_t i = 0; i < s->npurposes; i++)
    if (!purpose_is_stock(s, &s->purposes[i]) && k-- == 0)
      return (int)i;
  return -1;
}

/* Number of the person's own purposes in s. */
static int own_count(const struct doc_section *s)
{
  int n = 0;
  for (size_t i = 0; i < s->npurposes; i++)
    n += !purpose_is_stock(s, &s->purposes[i]);
  return n;
}

/* Index in s->purposes of stock purpose id, or -1 when it is not ticked. */
static int purpose_index(const struct doc_section *s, const char *id)
{
  for (size_t i = 0; i < s->npurposes; i++)
    if (strcmp(s->purposes[i].id, id) == 0)
      return (int)i;
  return -1;
}

int rows_count(const struct doc_section *s)
{
  if (s->schema->kind == SCHEMA_PURPOSES)
    return (int)schema_option_count(s->schema) + own_count(s) + 1;
  return (int)s->nproviders + 1;
}

/* The legal basis id's label, translated ("Contract"), or the id itself when unknown. */
static const char *basis_label(const char *id)
{
  int b = id ? schema_basis_index(id) : -1;
  return b >= 0 ? _(schema_basis_at((size_t)b)->label) : id ? id : "?";
}

/* What row i of a purposes section is: a stock option (*opt), an own row (*row in s->purposes), or
   the add entry (both -1). */
static void purpose_row(const struct doc_section *s, int i, int *opt, int *row)
{
  int nopt = (int)schema_option_count(s->schema);
  *opt = i < nopt ? i : -1;
  *row = i < nopt ? purpose_index(s, s->schema->options[i].id) : own_index(s, i - nopt);
}

/* The text of t in language l, else in the first language that has one, else NULL. */
static const char *either_lang(char *const t[LANG_MAX], enum doc_lang l)
{
  if (t[l] && *t[l])
    return t[l];
  for (int m = 0; m < LANG_COUNT; m++)
    if (t[m] && *t[m])
      return t[m];
  return NULL;
}

/* The list line of row i of a purposes section (caller frees). */
static char *purpose_line(struct app *a, const struct doc_section *s, int i)
{
  int opt, row;
  purpose_row(s, i, &opt, &row);
  const struct doc_purpose *p = row >= 0 ? &s->purposes[row] : NULL;
  char *stale = p ? langs_row_mark(a->w.doc, p) : NULL; /* Art. 12(1): this row's languages differ */
  char *mark = stale ? xasprintf("  [%s]", stale) : xstrdup("");
  char *line;
  if (opt >= 0) {
    const struct schema_option *o = &s->schema->options[opt];
    line = xasprintf("[%s] %s \xe2\x80\x94 %s%s", p ? "x" : " ", _(o->label),
                     basis_label(p ? p->basis : o->detail), mark);
  } else if (!p) {
    line = xasprintf("    %s", _("+ Add a purpose of your own"));
  } else {
    const char *text = either_lang(p->text, a->lang);
    char *shown = section_display_text(text ? text : _("(no text yet)"));
    char *cut = stale ? langs_cut(shown, 36) : xstrdup(shown); /* the mark must stay in view */
    line = xasprintf("[x] %s \xe2\x80\x94 %s%s", cut, basis_label(p->basis), mark); /* in, as a ticked one */
    free(shown);
    free(cut);
  }
  free(stale);
  free(mark);
  return line;
}

/* The transfer mechanism's label, translated, or "" when none. */
static const char *mechanism_label(const char *id)
{
  const struct schema_section *t = schema_find("transfers");
  const struct schema_option *o = t && id ? schema_option(t, id) : NULL;
  return o ? _(o->label) : id ? id : "";
}

/* The role's label, translated. */
static const char *role_label(const struct doc_section *s, const char *id)
{
  const struct schema_option *o = id ? schema_option(s->schema, id) : NULL;
  return o ? _(o->label) : id ? id : "?";
}

/* The country's name in language l (country_name), or its code when the table lacks the country. */
static const char *code_country_name(const char *code, enum doc_lang l)
{
  const struct country *c = code ? country_find(code) : NULL;
  return c ? country_name(c, l) : code ? code : "?";
}

/* The list line of row i of a providers section (caller frees). */
static char *provider_line(struct app *a, const struct doc_section *s, int i)
{
  if (i >= (int)s->nproviders)
    return xasprintf("  %s", _("+ Add a service provider"));
  const struct doc_provider *p = &s->providers[i];
  return xasprintf("  %s \xe2\x80\x94 %s, %s%s%s", p->name, role_label(s, p->role), code_country_name(p->country, a->lang),
                   p->mechanism ? ", " : "", p->mechanism ? mechanism_label(p->mechanism) : "");
}

char *rows_line(struct app *a, const struct doc_section *s, int i)
{
  return s->schema->kind == SCHEMA_PURPOSES ? purpose_line(a, s, i) : provider_line(a, s, i);
}

/* ---------- asking ---------- */


/* What ask_text asks for. */
enum ask_what { ASK_NEW_PURPOSE, ASK_PURPOSE, ASK_INTEREST, ASK_RETENTION, ASK_WHAT };

/* The prompt for w in the notice language l (caller frees). */
static char *ask_prompt(enum ask_what w, enum doc_lang l)
{
  const char *lang = lang_name(l);
  switch (w) {
  case ASK_NEW_PURPOSE:
    return xasprintf(_("What is the data used for? Write the purpose in %s, for example \"Handling warranty "
                       "claims\" (Enter accept, Esc cancel):"), lang);
  case ASK_PURPOSE: return xasprintf(_("The purpose in %s (Enter accept, Esc cancel):"), lang);
  case ASK_INTEREST:
    return xasprintf(_("Which legitimate interest does this purpose pursue? Name the interest itself in %s, "
                       "for example \"direct marketing to existing customers\":"), lang);
  case ASK_RETENTION:
    return xasprintf(_("How long this purpose's data is kept, in %s; empty: said in \"Retention period\" "
                       "(Enter accept, Esc cancel):"), lang);
  default:
    return xasprintf(_("What it does for you, in %s; empty: the role's name (Enter accept, Esc cancel):"), lang);
  }
}

/* Asks for a line of text (w says which, in the notice language) starting from initial; NULL on Esc,
   and then, when left is not NULL, *left gets what was typed (caller frees). */
static char *ask_text_back(struct app *a, enum ask_what w, const char *initial, char **left)
{
  char *q = ask_prompt(w, a->lang);
  editor_close(a);
  char *v = dialog_input_back(a, q, initial, left);
  free(q);
  return v;
}

/* Asks for a line of text (w says which, in the notice language) starting from initial; NULL on Esc. */
static char *ask_text(struct app *a, enum ask_what w, const char *initial)
{
  return ask_text_back(a, w, initial, NULL);
}

/* Lets the person choose one of the six legal bases (title: the question, or NULL for the usual one
   whose Esc cancels); its index, or -1 on Esc. */
static int ask_basis(struct app *a, const char *current, const char *title)
{
  const char *items[8];
  char *rows[8];
  size_t n = schema_basis_count();
  for (size_t i = 0; i < n && i < 8; i++) {
    rows[i] = xasprintf("%s (GDPR %s)", _(schema_basis_at(i)->label), schema_basis_at(i)->detail);
    items[i] = rows[i];
  }
  int sel = current && schema_basis_index(current) >= 0 ? schema_basis_index(current) : 1;
  int k = dialog_list(a, title ? title : _("Legal basis of this purpose (Enter choose, Esc cancel):"), items,
                      (int)n, sel);
  for (size_t i = 0; i < n && i < 8; i++)
    free(rows[i]);
  return k;
}

/* Lets the person choose one of the options of schema section id; the option, or NULL on Esc. */
static const struct schema_option *ask_option(struct app *a, const char *id, const char *title, const char *current)
{
  const struct schema_section *t = schema_find(id);
  const char *items[32];
  int n = 0, sel = 0;
  for (; t && t->options[n].id && n < 32; n++) {
    items[n] = _(t->options[n].label);
    if (current && strcmp(current, t->options[n].id) == 0)
      sel = n;
  }
  int k = n ? dialog_list(a, title, items, n, sel) : -1;
  return k >= 0 ? &t->options[k] : NULL;
}

/* ---------- purposes ---------- */

/* "Now also to be filled in: ..." for sections that apply after a change of the rows, in the status
   line; before holds what applied before. */
static void say_new_sections(struct app *a, const bool *before)
{
  char *news = section_new_sections(a, before);
  if (news)
    app_status(a, "%s", news);
  free(news);
}

/* What the form for a new own purpose has been given so far. */
struct purpose_form {
  char *text;
  const char *basis; /* static: schema_basis_at()->id, or NULL */
  char *interest;
};

/* Asks step k of the new purpose form (0 text, 1 basis, 2 interest) with what f holds as the
   answer offered; returns the next step: 3 when complete, k - 1 on Esc (back one step, nothing
   typed is lost), -1 when the first step is cancelled. */
static int purpose_form_step(struct app *a, struct purpose_form *f, int k)
{
  if (k == 0) {
    char *v = ask_text(a, ASK_NEW_PURPOSE, f->text ? f->text : "");
    if (!v || str_blank(v)) {
      free(v);
      return -1;
    }
    free(f->text);
    f->text = v;
    return 1;
  }
  if (k == 1) {
    int b = ask_basis(a, f->basis, _("Legal basis of this purpose (Enter choose, Esc back to its text):"));
    if (b < 0)
      return 0;
    f->basis = schema_basis_at((size_t)b)->id;
    return strcmp(f->basis, "legitimate_interest") == 0 ? 2 : 3;
  }
  char *left = NULL;
  char *v = ask_text_back(a, ASK_INTEREST, f->interest ? f->interest : "", &left);
  free(f->interest);
  f->interest = v ? v : left; /* Esc: back to the basis, what was typed offered when asked again */
  return v ? 3 : 1;
}

/* Asks for an own purpose's text, basis and (for legitimate interests) interest, and adds it. Esc
   at a later step goes back to the one before it with what was typed there. */
static enum action purpose_new(struct app *a, struct doc_section *s)
{
  struct purpose_form f = { NULL, NULL, NULL };
  int k = 0;
  while (k >= 0 && k < 3)
    k = purpose_form_step(a, &f, k);
  if (k < 0) {
    free(f.text);
    free(f.interest);
    app_status(a, "%s", _("No purpose was added."));
    return ACT_REDRAW;
  }
  bool before[64];
  section_applying(a, before);
  rows_before(a, s);
  char *id = doc_purpose_new_id(s);
  struct doc_purpose *p = doc_purpose_add(s, id, f.basis);
  str_set(&p->text[a->lang], f.text);
  if (strcmp(f.basis, "legitimate_interest") == 0)
    str_set(&p->interest[a->lang], f.interest ? f.interest : "");
  free(id);
  free(f.text);
  free(f.interest);
  app_status(a, "%s", _("Purpose added (^Z takes it back)."));
  say_new_sections(a, before);
  return ACT_CHANGED;
}

/* Asks for the new value of one of purpose row's texts (field 0 text, 1 interest, 2 retention) in the
   notice language; true when it changed. */
static bool purpose_edit_text(struct app *a, struct doc_section *s, size_t row, size_t field)
{
  struct doc_purpose *p = &s->purposes[row];
  char **t = field == 0 ? p->text : field == 1 ? p->interest : p->retention;
  char *v = ask_text(a, field == 0 ? ASK_PURPOSE : field == 1 ? ASK_INTEREST : ASK_RETENTION, t[a->lang]);
  if (!v || strcmp(v, t[a->lang]) == 0) {
    free(v);
    return false;
  }
  rows_before(a, s);
  p = &s->purposes[row];
  t = field == 0 ? p->text : field == 1 ? p->interest : p->retention;
  free(t[a->lang]);
  t[a->lang] = v;
  return true;
}

/* Asks for purpose row's legal basis (and the interest when it becomes legitimate interests). */
static bool purpose_edit_basis(struct app *a, struct doc_section *s, size_t row)
{
  int b = ask_basis(a, s->purposes[row].basis, NULL);
  const char *basis = b >= 0 ? schema_basis_at((size_t)b)->id : NULL;
  if (!basis || strcmp(basis, s->purposes[row].basis) == 0)
    return false;
  bool before[64];
  section_applying(a, before);
  rows_before(a, s);
  str_set(&s->purposes[row].basis, basis);
  say_new_sections(a, before);
  if (strcmp(basis, "legitimate_interest") == 0 && !*s->purposes[row].interest[a->lang])
    purpose_edit_text(a, s, row, 1);
  return true;
}

/* Removes own purpose row after the person confirms with Enter. */
static bool purpose_remove(struct app *a, struct doc_section *s, size_t row)
{
  const char *text = either_lang(s->purposes[row].text, a->lang);
  char *q = xasprintf(_("Remove the purpose \"%s\"? ^Z brings it back.\n\n"
                        "Enter: remove it   any other key: keep it"), text ? text : "");
  bool yes = dialog_confirm(a, q);
  free(q);
  if (!yes)
    return false;
  rows_before(a, s);
  doc_purpose_remove(s, row);
  app_status(a, "%s", _("Purpose removed (^Z brings it back)."));
  return true;
}

/* Menu line "LABEL: VALUE" for the edit menus, the value shortened by the list (caller frees). */
static char *menu_item(const char *label, const char *value)
{
  char *shown = section_display_text(value && *value ? value : _("(empty)"));
  char *line = xasprintf("%s: %s", label, shown);
  free(shown);
  return line;
}

/* The edit menu of purpose row: its items into items (what[k] says which), returns how many. */
static int purpose_menu(struct app *a, const struct doc_section *s, size_t row, char **items, int *what)
{
  const struct doc_purpose *p = &s->purposes[row];
  int n = 0;
  char *label = xasprintf(_("Purpose (%s)"), lang_name(a->lang));
  items[n] = menu_item(label, p->text[a->lang]);
  what[n++] = 0;
  free(label);
  items[n] = xasprintf(_("Legal basis: %s"), basis_label(p->basis));
  what[n++] = 3;
  if (strcmp(p->basis, "legitimate_interest") == 0) {
    label = xasprintf(_("Legitimate interest (%s)"), lang_name(a->lang));
    items[n] = menu_item(label, p->interest[a->lang]);
    what[n++] = 1;
    free(label);
  }
  label = xasprintf(_("Retention (%s)"), lang_name(a->lang));
  items[n] = menu_item(label, p->retention[a->lang]);
  what[n++] = 2;
  free(label);
  if (!purpose_is_stock(s, p)) {
    items[n] = xstrdup(_("Remove this purpose"));
    what[n++] = 4;
  }
  return n;
}

/* Runs one choice k (purpose_menu's what) on purpose row; true when something changed. */
static bool purpose_menu_do(struct app *a, struct doc_section *s, size_t row, int k, bool *gone)
{
  switch (k) {
  case 0: case 1: case 2: return purpose_edit_text(a, s, row, (size_t)k);
  case 3: return purpose_edit_basis(a, s, row);
  default: return *gone = purpose_remove(a, s, row);
  }
}

/* Lets the person change purpose row's text, basis, interest and retention, or remove an own row,
   until Esc. */
static enum action purpose_edit(struct app *a, struct doc_section *s, size_t row)
{
  bool changed = false, gone = false;
  int sel = 0;
  while (!gone) {
    char *items[MENU_MAX];
    int what[MENU_MAX];
    int n = purpose_menu(a, s, row, items, what);
    int k = dialog_list(a, _("Change this purpose (Enter choose, Esc done):"), (const char *const *)items, n, sel);
    for (int i = 0; i < n; i++)
      free(items[i]);
    if (k < 0)
      break;
    sel = k;
    changed |= purpose_menu_do(a, s, row, what[k], &gone);
  }
  return changed ? ACT_CHANGED : ACT_REDRAW;
}

/* Enter on unticked stock purpose opt: ticks it (the status line says so) and opens its edit menu,
   as Enter on a ticked one does. */
static enum action purpose_tick_edit(struct app *a, struct doc_section *s, int opt)
{
  bool before[64];
  section_applying(a, before);
  rows_before(a, s);
  stock_purpose_add(s, &a->w.lib, s->schema->options[opt].id);
  char *news = section_new_sections(a, before); /* "Now also to be filled in: ..." */
  char *ticked = xasprintf(_("Ticked \"%s\" to change its texts (Space unticks it, ^Z takes it back)."),
                           _(s->schema->options[opt].label));
  app_status(a, "%s%s%s", ticked, news ? " " : "", news ? news : "");
  free(ticked);
  free(news);
  purpose_edit(a, s, (size_t)purpose_index(s, s->schema->options[opt].id));
  return ACT_CHANGED;
}

/* Space or Enter on row i of a purposes section: Space ticks or unticks a stock purpose, Enter edits
   it (ticking it first), an own one is edited, the last entry adds one. */
static enum action purpose_activate(struct app *a, struct doc_section *s, int i, bool enter)
{
  int opt, row;
  purpose_row(s, i, &opt, &row);
  if (opt < 0 && row < 0)
    return purpose_new(a, s);
  if (row >= 0 && (opt < 0 || enter))
    return purpose_edit(a, s, (size_t)row);
  if (enter)
    return purpose_tick_edit(a, s, opt);
  bool before[64];
  section_applying(a, before);
  rows_before(a, s);
  if (row >= 0) {
    doc_purpose_remove(s, (size_t)row);
    app_status(a, "%s", _("Unticked (^Z ticks it again with its text)."));
  } else {
    stock_purpose_add(s, &a->w.lib, s->schema->options[opt].id);
  }
  say_new_sections(a, before);
  return ACT_CHANGED;
}

/* ---------- service providers ---------- */

/* What was typed, blanks around it trimmed (caller frees). */
static char *trimmed(const char *typed)
{
  while (*typed == ' ')
    typed++;
  char *c = xstrdup(typed);
  size_t n = strlen(c);
  while (n && c[n - 1] == ' ')
    c[--n] = '\0';
  return c;
}

/* A two-letter code from what was typed: blanks trimmed, upper case (caller frees). */
static char *country_code(const char *typed)
{
  char *c = trimmed(typed);
  for (char *p = c; *p; p++)
    *p = (char)toupper((unsigned char)*p);
  return c;
}

/* The country typed: a two-letter code (any case) or a name country_by_name knows ("Suomi",
   "Irlanti", "USA"), blanks around it ignored; NULL when the table knows neither. */
static const struct country *country_typed(const char *typed)
{
  char *code = country_code(typed);
  const struct country *c = strlen(code) == 2 ? country_find(code) : NULL;
  free(code);
  return c ? c : country_by_name(typed);
}

/* Asks for the country until the table knows it (back: Esc goes back a step, so the prompt says so);
   the code (caller frees) or NULL on Esc, and then, when left is not NULL, *left gets what was typed
   (caller frees). */
static char *ask_country(struct app *a, const char *current, bool back, char **left)
{
  const char *ask = back ? _("Country where it processes the data: its name or two-letter code, for example "
                             "Finland, Ireland, United States or FI, IE, US (Enter accept, Esc back):")
                         : _("Country where it processes the data: its name or two-letter code, for example "
                             "Finland, Ireland, United States or FI, IE, US (Enter accept, Esc cancel):");
  char *why = NULL, *again = NULL; /* after an unknown country: the reason, and what was typed to mend */
  for (;;) {
    char *q = why ? xasprintf("%s\n\n%s", why, ask) : xstrdup(ask);
    editor_close(a);
    char *typed = dialog_input_back(a, q, again ? again : current, left);
    free(q);
    free(why);
    free(again);
    why = again = NULL;
    if (!typed)
      return NULL;
    const struct country *c = country_typed(typed);
    if (c) {
      free(typed);
      return xstrdup(c->code);
    }
    char *shown = trimmed(typed);
    again = typed;
    why = xasprintf(_("\"%s\" is not a country seloste knows. Write its name in any of the notice's "
                      "languages, or its two-letter ISO code: for example FI for Finland, IE for Ireland, US for the United "
                      "States."), shown);
    free(shown);
  }
}

/* Asks for the transfer mechanism of a provider in country code (outside the EU/EEA), offering current
   or a guess from the country (back: Esc goes back a step, so the title says so); the option's id
   (static) or NULL on Esc. */
static const char *ask_mechanism(struct app *a, const char *code, const char *current, bool back)
{
  const struct country *c = country_find(code);
  const char *guess = current ? current : c && c->adequacy == ADEQUACY_DPF ? "dpf"
                                        : c && c->adequacy == ADEQUACY_COUNTRY ? "adequacy" : "scc";
  char *title = back ? xasprintf(_("%s is outside the EU/EEA: what does the transfer rely on? (Enter choose, "
                                   "Esc back)"), code_country_name(code, a->lang))
                     : xasprintf(_("%s is outside the EU/EEA: what does the transfer rely on? (Enter choose, "
                                   "Esc cancel)"), code_country_name(code, a->lang));
  const struct schema_option *o = ask_option(a, "transfers", title, guess);
  free(title);
  return o ? o->id : NULL;
}

/* After a provider outside the EU/EEA is added or changed: says in the status line when the transfers
   section does not yet list its mechanism. */
static void say_transfers(struct app *a, const char *mechanism)
{
  const struct doc_section *t = doc_section(a->w.doc, "transfers");
  if (!t || !mechanism || (!t->not_applicable && doc_has_item(t, mechanism)))
    return;
  if (t->not_applicable)
    app_status(a, _("Tick \"%s\" in \"%s\" (first ^X there: that section is marked not applicable now)."),
               mechanism_label(mechanism), _(t->schema->heading)); /* short: long labels, three rows */
  else
    app_status(a, _("Transfers: tick the mechanism \"%s\" in \"%s\"."), mechanism_label(mechanism),
               _(t->schema->heading));
}

/* What the form for a new service provider has been given so far. */
struct provider_form {
  char *name;
  const struct schema_option *role;
  char *code;
  char *typed;      /* the country as typed when Esc left its step (offered again), or NULL */
  const char *mech; /* static option id, or NULL */
};

/* Asks for the name, the first step of the provider form; returns the next step, or -1 on Esc. */
static int provider_form_name(struct app *a, struct provider_form *f)
{
  editor_close(a);
  char *v = dialog_input(a, _("Name of the service provider, for example \"Esimerkkipalvelu Oy\" "
                              "(Enter accept, Esc cancel):"), f->name ? f->name : "");
  if (!v || str_blank(v)) {
    free(v);
    return -1;
  }
  free(f->name);
  f->name = v;
  return 1;
}

/* Asks step k of the provider form (0 name, 1 role, 2 country, 3 mechanism outside the EU/EEA) with
   what f holds as the answer offered; returns the next step: 4 when complete, k - 1 on Esc (back one
   step, nothing typed is lost), -1 when the first step is cancelled. */
static int provider_form_step(struct app *a, const struct doc_section *s, struct provider_form *f, int k)
{
  if (k == 0)
    return provider_form_name(a, f);
  if (k == 1) {
    const struct schema_option *o = ask_option(a, s->schema->id, _("What does it do for you? (Enter choose, Esc "
                                                                    "back to its name)"), f->role ? f->role->id : NULL);
    f->role = o ? o : f->role;
    return o ? 2 : 0;
  }
  if (k == 2) {
    char *left = NULL;
    char *code = ask_country(a, f->typed ? f->typed : f->code ? f->code : "", true, &left);
    free(f->typed);
    f->typed = left; /* Esc: back to the role, what was typed offered when asked again */
    if (!code)
      return 1;
    if (!f->code || strcmp(code, f->code) != 0)
      f->mech = NULL; /* another country: its own guess */
    free(f->code);
    f->code = code;
    return country_outside_eea(code) ? 3 : 4;
  }
  const char *m = ask_mechanism(a, f->code, f->mech, true);
  f->mech = m ? m : f->mech;
  return m ? 4 : 2;
}

/* Asks for a provider's name, role, country and (outside the EU/EEA) mechanism, and adds it. Esc at
   a later step goes back to the one before it with what was typed there. */
static enum action provider_new(struct app *a, struct doc_section *s)
{
  struct provider_form f = { NULL, NULL, NULL, NULL, NULL };
  int k = 0;
  while (k >= 0 && k < 4)
    k = provider_form_step(a, s, &f, k);
  const char *mech = f.code && country_outside_eea(f.code) ? f.mech : NULL;
  if (k >= 0) {
    rows_before(a, s);
    doc_provider_add(s, f.name, f.role->id, f.code, mech);
    app_status(a, "%s", _("Service provider added (^Z takes it back)."));
    say_transfers(a, mech);
  } else {
    app_status(a, "%s", _("No service provider was added."));
  }
  free(f.name);
  free(f.code);
  free(f.typed);
  return k >= 0 ? ACT_CHANGED : ACT_REDRAW;
}

/* Asks for a new country (and mechanism) of provider row; true when it changed. */
static bool provider_edit_country(struct app *a, struct doc_section *s, size_t row)
{
  char *code = ask_country(a, s->providers[row].country, false, NULL);
  const char *mech = code && country_outside_eea(code) ? ask_mechanism(a, code, s->providers[row].mechanism, false)
                                                       : NULL;
  if (!code || (country_outside_eea(code) && !mech)) {
    free(code);
    return false;
  }
  rows_before(a, s);
  str_set(&s->providers[row].country, code);
  str_set(&s->providers[row].mechanism, mech);
  say_transfers(a, mech);
  free(code);
  return true;
}

/* Asks for a new name or "what it does" text of provider row; true when it changed. */
static bool provider_edit_text(struct app *a, struct doc_section *s, size_t row, bool name)
{
  char **t = name ? &s->providers[row].name : &s->providers[row].what[a->lang];
  char *v = name ? dialog_input(a, _("Name of the service provider (Enter accept, Esc cancel):"), *t)
                 : ask_text(a, ASK_WHAT, *t);
  if (!v || strcmp(v, *t) == 0 || (name && str_blank(v))) {
    free(v);
    return false;
  }
  rows_before(a, s);
  t = name ? &s->providers[row].name : &s->providers[row].what[a->lang];
  free(*t);
  *t = v;
  return true;
}

/* Asks for a new role of provider row; true when it changed. */
static bool provider_edit_role(struct app *a, struct doc_section *s, size_t row)
{
  const struct schema_option *o = ask_option(a, s->schema->id, _("What does it do for you? (Enter choose, "
                                                                  "Esc cancel)"), s->providers[row].role);
  if (!o || strcmp(o->id, s->providers[row].role) == 0)
    return false;
  rows_before(a, s);
  str_set(&s->providers[row].role, o->id);
  return true;
}

/* Removes provider row after the person confirms with Enter. */
static bool provider_remove(struct app *a, struct doc_section *s, size_t row)
{
  char *q = xasprintf(_("Remove the service provider \"%s\"? ^Z brings it back.\n\n"
                        "Enter: remove it   any other key: keep it"), s->providers[row].name);
  bool yes = dialog_confirm(a, q);
  free(q);
  if (!yes)
    return false;
  rows_before(a, s);
  doc_provider_remove(s, row);
  app_status(a, "%s", _("Service provider removed (^Z brings it back)."));
  return true;
}

/* The edit menu of provider row (caller frees the items); returns how many. */
static int provider_menu(struct app *a, const struct doc_section *s, size_t row, char **items)
{
  const struct doc_provider *p = &s->providers[row];
  int n = 0;
  items[n++] = menu_item(_("Name"), p->name);
  items[n++] = menu_item(_("Role"), role_label(s, p->role));
  char *where = xasprintf("%s (%s)%s%s", code_country_name(p->country, a->lang), p->country, p->mechanism ? ", " : "",
                          p->mechanism ? mechanism_label(p->mechanism) : "");
  items[n++] = menu_item(_("Country"), where);
  free(where);
  char *label = xasprintf(_("What it does for you (%s)"), lang_name(a->lang));
  items[n++] = menu_item(label, p->what[a->lang]);
  free(label);
  items[n++] = xstrdup(_("Remove this service provider"));
  return n;
}

/* Lets the person change provider row's name, role, country and text, or remove it, until Esc. */
static enum action provider_edit(struct app *a, struct doc_section *s, size_t row)
{
  bool changed = false, gone = false;
  int sel = 0;
  while (!gone) {
    char *items[MENU_MAX];
    int n = provider_menu(a, s, row, items);
    int k = dialog_list(a, _("Change this service provider (Enter choose, Esc done):"),
                        (const char *const *)items, n, sel);
    for (int i = 0; i < n; i++)
      free(items[i]);
    if (k < 0)
      break;
    sel = k;
    changed |= k == 0 ? provider_edit_text(a, s, row, true) : k == 1 ? provider_edit_role(a, s, row)
             : k == 2 ? provider_edit_country(a, s, row) : k == 3 ? provider_edit_text(a, s, row, false)
             : (gone = provider_remove(a, s, row));
  }
  return changed ? ACT_CHANGED : ACT_REDRAW;
}

enum action rows_activate(struct app *a, struct doc_section *s, int i, bool enter)
{
  if (s->schema->kind == SCHEMA_PURPOSES)
    return purpose_activate(a, s, i, enter);
  if (i >= (int)s->nproviders)
    return provider_new(a, s);
  return provider_edit(a, s, (size_t)i);
}

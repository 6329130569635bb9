/* A new notice from stock clauses and settings; checklist items add their own clauses. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "stock.h"
#include "util.h"

/* The clause a section starts from: its choice's clause, else the one its register type names, else
   the section's default. */
static const char *base_clause(const struct doc_section *s, const struct clause_lib *lib, enum doc_lang l)
{
  const struct schema_option *o = s->choice ? schema_option(s->schema, s->choice) : NULL;
  if (o && o->clause)
    return o->clause;
  if (s->schema->clause)
    return s->schema->clause; /* the register type's own (doc/registers.md) */
  const struct clause *c = clauses_default(lib, l, s->schema->id);
  return c ? c->id : NULL;
}

/* Appends "\n\n" + text of clause id in language l to *text. */
static void append_clause(char **text, const struct clause_lib *lib, enum doc_lang l, const char *id)
{
  const struct clause *c = clauses_get(lib, l, id);
  if (!c)
    return;
  char *joined = **text ? xasprintf("%s\n\n%s", *text, c->text) : xstrdup(c->text);
  free(*text);
  *text = joined;
}

void stock_fill(struct doc_section *s, const struct clause_lib *lib, const char *clause_id)
{
  const char *id = clause_id ? clause_id : base_clause(s, lib, LANG_FI);
  for (int l = 0; l < LANG_COUNT; l++) {
    const struct clause *c = clauses_get(lib, l, id);
    str_set(&s->text[l], c ? c->text : "");
    for (size_t i = 0; i < s->nitems; i++) {
      const struct schema_option *o = schema_option(s->schema, s->items[i]);
      if (o && o->clause)
        append_clause(&s->text[l], lib, l, o->clause);
    }
  }
  str_set(&s->clause, id);
  s->origin = id ? ORIGIN_STOCK : ORIGIN_EMPTY;
  for (int l = 0; id && l < LANG_COUNT; l++)
    doc_from_stock(s, (enum doc_lang)l, id, s->text[l]);
}

/* The text of clause id in language l, or "" when the library lacks it. */
static const char *clause_text(const struct clause_lib *lib, enum doc_lang l, const char *id)
{
  const struct clause *c = clauses_get(lib, l, id);
  return c ? c->text : "";
}

struct doc_purpose *stock_purpose_add(struct doc_section *s, const struct clause_lib *lib, const char *id)
{
  const struct schema_option *o = schema_option(s->schema, id);
  if (s->schema->kind != SCHEMA_PURPOSES || !o || doc_purpose_find(s, id))
    return NULL;
  struct doc_purpose *p = doc_purpose_add(s, id, o->detail);
  char *interest = xasprintf("%s-interest", o->clause), *retention = xasprintf("%s-retention", o->clause);
  for (int l = 0; l < LANG_COUNT; l++) {
    str_set(&p->text[l], clause_text(lib, (enum doc_lang)l, o->clause));
    str_set(&p->interest[l], clause_text(lib, (enum doc_lang)l, interest));
    str_set(&p->retention[l], clause_text(lib, (enum doc_lang)l, retention));
    doc_derive_stock(p->from, (enum doc_lang)l, o->clause, p->text[l]);
  }
  free(interest);
  free(retention);
  return p;
}

/* Removes the first "\n\n"-separated copy of clause text from *text, if present. */
static void remove_clause(char **text, const char *clause_text)
{
  char *at = strstr(*text, clause_text);
  if (!at)
    return;
  size_t n = strlen(clause_text);
  char *start = at, *end = at + n;
  if (start >= *text + 2 && start[-1] == '\n' && start[-2] == '\n')
    start -= 2;
  else if (end[0] == '\n' && end[1] == '\n')
    end += 2;
  memmove(start, end, strlen(end) + 1);
}

void stock_set_item(struct doc_section *s, const struct clause_lib *lib, const char *item, bool on)
{
  if (doc_has_item(s, item) == on)
    return;
  doc_set_item(s, item, on);
  const struct schema_option *o = schema_option(s->schema, item);
  for (int l = 0; o && o->clause && l < LANG_COUNT; l++) {
    const struct clause *c = clauses_get(lib, l, o->clause);
    if (c && on)
      append_clause(&s->text[l], lib, l, o->clause);
    else if (c)
      remove_clause(&s->text[l], c->text);
  }
}

char *stock_text(const struct doc_section *s, const struct clause_lib *lib, const char *clause_id, enum doc_lang l)
{
  struct doc_section tmp = { .schema = s->schema, .choice = s->choice, .items = s->items,
                             .nitems = s->nitems };
  stock_fill(&tmp, lib, clause_id);
  char *text = tmp.text[l];
  tmp.text[l] = NULL;
  for (int i = 0; i < LANG_COUNT; i++) {
    free(tmp.text[i]);
    doc_derivation_clear(&tmp.from[i]);
  }
  free(tmp.clause);
  return text;
}

bool stock_lang_is_stock(const struct doc_section *s, const struct clause_lib *lib, enum doc_lang l)
{
  if (!s->text[l] || !s->text[l][0])
    return false;
  char *stock = stock_text(s, lib, s->clause, l);
  bool same = strcmp(stock, s->text[l]) == 0;
  free(stock);
  return same;
}

bool stock_lang_edited(const struct doc_section *s, const struct clause_lib *lib, enum doc_lang l)
{
  if (s->origin == ORIGIN_STOCK || !s->text[l] || !s->text[l][0])
    return false;
  return !stock_lang_is_stock(s, lib, l);
}

/* Copies the settings' fields into a contact section. */
static void fill_contact(struct doc_section *s, char *const *fields)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    if ((s->schema->fields & (1u << f)) && fields[f])
      str_set(&s->field[f], fields[f]);
}

/* Ticks a section's default options ("a,b,c"). */
static void default_items(struct doc_section *s)
{
  char *list = xstrdup0(s->schema->default_option), *save = NULL;
  for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
    doc_set_item(s, t, true);
  free(list);
}

/* Adds a row for each of the purposes section's default stock purposes. */
static void default_purposes(struct doc_section *s, const struct clause_lib *lib)
{
  char *list = xstrdup0(s->schema->default_option), *save = NULL;
  for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
    stock_purpose_add(s, lib, t);
  free(list);
}

/* Marks s not applicable when its register type has it (a section the type lacks stays blank). */
static void mark_not_applicable(struct doc_section *s)
{
  s->not_applicable = s->schema->in_type;
}

struct doc *stock_new_doc(const struct clause_lib *lib, const struct settings *st, const char *today)
{
  struct doc *d = doc_new();
  str_set(&d->created, today);
  str_set(&d->modified, today);
  memcpy(d->lang_enabled, st->lang, sizeof d->lang_enabled);
  for (size_t i = 0; i < schema_count(); i++) {
    struct doc_section *s = &d->sec[i];
    if (!s->schema->in_type)
      continue; /* not a section of this register type */
    switch (s->schema->kind) {
    case SCHEMA_CHOICE:
      str_set(&s->choice, s->schema->default_option);
      stock_fill(s, lib, NULL);
      break;
    case SCHEMA_CHECKLIST:
      default_items(s);
      stock_fill(s, lib, NULL);
      break;
    case SCHEMA_PURPOSES:
      default_purposes(s, lib);
      stock_fill(s, lib, NULL);
      break;
    case SCHEMA_PROVIDERS:
      stock_fill(s, lib, NULL);
      break;
    case SCHEMA_PARAGRAPH:
      if (strcmp(s->schema->id, "other") != 0)
        stock_fill(s, lib, NULL);
      break;
    default:
      break;
    }
  }
  fill_contact(doc_section(d, "controller"), st->org);
  fill_contact(doc_section(d, "contact_person"), st->contact);
  struct doc_section *dpo = doc_section(d, "dpo");
  if (st->dpo_appointed)
    fill_contact(dpo, st->dpo);
  dpo->not_applicable = !st->dpo_appointed && dpo->schema->in_type;
  struct doc_section *complaint = doc_section(d, "complaint");
  if (authority_clause(st->authority) && complaint->schema->in_type)
    stock_fill(complaint, lib, authority_clause(st->authority));
  mark_not_applicable(doc_section(d, "eu_representative"));
  mark_not_applicable(doc_section(d, "transfers")); /* until a provider outside the EU/EEA is added */
  doc_add_change(d, today, "Created from the stock clauses");
  return d;
}

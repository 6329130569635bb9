/* The document in memory. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "doc.h"
#include "util.h"

struct doc *doc_new(void)
{
  struct doc *d = xmalloc(sizeof *d);
  memset(d, 0, sizeof *d);
  d->format_version = DOC_FORMAT_VERSION;
  d->lang_enabled[LANG_FI] = true;
  d->reg = schema_active();
  size_t n = schema_count();
  d->sec = xmalloc(n * sizeof *d->sec);
  memset(d->sec, 0, n * sizeof *d->sec);
  for (size_t i = 0; i < n; i++) {
    d->sec[i].schema = schema_at(i);
    for (int l = 0; l < LANG_COUNT; l++)
      d->sec[i].text[l] = xstrdup("");
  }
  return d;
}

/* Frees one section's contents. */
static void section_free(struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++)
    free(s->text[l]);
  free(s->clause);
  free(s->choice);
  for (size_t i = 0; i < s->nitems; i++)
    free(s->items[i]);
  free(s->items);
  for (int f = 0; f < FIELD_COUNT; f++)
    free(s->field[f]);
  doc_rows_free(s);
  for (int l = 0; l < LANG_COUNT; l++)
    doc_derivation_clear(&s->from[l]);
}

void doc_section_clear(struct doc_section *s)
{
  const struct schema_section *schema = s->schema;
  section_free(s);
  memset(s, 0, sizeof *s);
  s->schema = schema;
}

/* A new copy of the n strings in v (NULL when n is 0). */
static char **strv_copy(char *const *v, size_t n)
{
  if (n == 0)
    return NULL;
  char **out = xmalloc(n * sizeof *out);
  for (size_t i = 0; i < n; i++)
    out[i] = xstrdup(v[i]);
  return out;
}

void doc_section_copy(struct doc_section *dst, const struct doc_section *src)
{
  struct doc_section c = *src;
  for (int l = 0; l < LANG_COUNT; l++)
    c.text[l] = xstrdup(src->text[l]);
  c.clause = xstrdup(src->clause);
  c.choice = xstrdup(src->choice);
  c.items = strv_copy(src->items, src->nitems);
  for (int f = 0; f < FIELD_COUNT; f++)
    c.field[f] = xstrdup(src->field[f]);
  doc_rows_copy(&c, src);
  for (int l = 0; l < LANG_COUNT; l++)
    c.from[l] = doc_derivation_copy(&src->from[l]);
  section_free(dst);
  *dst = c;
}

void doc_free(struct doc *d)
{
  if (!d)
    return;
  for (size_t i = 0; i < schema_count(); i++)
    section_free(&d->sec[i]);
  free(d->sec);
  for (size_t i = 0; i < d->nchanges; i++) {
    free(d->changes[i].date);
    free(d->changes[i].note);
  }
  free(d->changes);
  free(d->created);
  free(d->modified);
  free(d->title);
  free(d);
}

struct doc_section *doc_section(const struct doc *d, const char *id)
{
  int i = schema_index(id);
  return i < 0 ? NULL : &d->sec[i];
}

/* True when entry t[0..n) of a depends_value list holds for purposes section dep: "#ID" when the stock
   purpose ID is listed, a basis id when some purpose rests on it (in_use: doc_bases_in_use). */
static bool purposes_entry_holds(const struct doc_section *dep, unsigned in_use, const char *t, size_t n)
{
  char id[64];
  if (n == 0 || n >= sizeof id)
    return false;
  memcpy(id, t, n);
  id[n] = '\0';
  if (id[0] == '#')
    return !dep->not_applicable && doc_purpose_find(dep, id + 1) != NULL;
  int b = schema_basis_index(id);
  return b >= 0 && (in_use & (1u << b));
}

bool doc_applies(const struct doc *d, const struct doc_section *s)
{
  const struct schema_section *sc = s->schema;
  if (!doc_in_notice(d, s))
    return false; /* not a section of this register type (imported text in one is still shown) */
  if (!sc->depends_on)
    return true;
  const struct doc_section *dep = doc_section(d, sc->depends_on);
  if (dep && dep->schema->kind == SCHEMA_PURPOSES) {
    unsigned in_use = doc_bases_in_use(d);
    for (const char *t = sc->depends_value; *t; t += *t == ',') {
      size_t n = strcspn(t, ",");
      if (purposes_entry_holds(dep, in_use, t, n))
        return true;
      t += n;
    }
    return false;
  }
  return dep && dep->choice && strcmp(dep->choice, sc->depends_value) == 0;
}

bool doc_has_item(const struct doc_section *s, const char *id)
{
  for (size_t i = 0; i < s->nitems; i++)
    if (strcmp(s->items[i], id) == 0)
      return true;
  return false;
}

void doc_set_item(struct doc_section *s, const char *id, bool on)
{
  for (size_t i = 0; i < s->nitems; i++) {
    if (strcmp(s->items[i], id) != 0)
      continue;
    if (!on) {
      free(s->items[i]);
      memmove(&s->items[i], &s->items[i + 1], (s->nitems - i - 1) * sizeof *s->items);
      s->nitems--;
    }
    return;
  }
  if (on) {
    s->items = xrealloc(s->items, (s->nitems + 1) * sizeof *s->items);
    s->items[s->nitems++] = xstrdup(id);
  }
}

bool doc_section_empty(const struct doc_section *s, enum doc_lang l)
{
  if (s->not_applicable)
    return false;
  switch (s->schema->kind) {
  case SCHEMA_CONTACT:
    for (int f = 0; f < FIELD_COUNT; f++)
      if (!str_blank(s->field[f]))
        return false;
    return str_blank(s->text[l]);
  case SCHEMA_DATE:
    return false;
  case SCHEMA_CHECKLIST:
    return s->nitems == 0 && str_blank(s->text[l]);
  case SCHEMA_PURPOSES:
    return s->npurposes == 0 && str_blank(s->text[l]);
  case SCHEMA_PROVIDERS:
    return s->nproviders == 0 && str_blank(s->text[l]);
  default:
    return str_blank(s->text[l]);
  }
}

bool doc_in_notice(const struct doc *d, const struct doc_section *s)
{
  (void)d;
  return s->schema->in_type || !doc_section_blank(s);
}

bool doc_section_blank(const struct doc_section *s)
{
  if (s->schema->kind == SCHEMA_DATE)
    return true;
  for (int l = 0; l < LANG_COUNT; l++)
    if (!doc_section_empty(s, (enum doc_lang)l))
      return false;
  return !s->choice;
}

void doc_add_change(struct doc *d, const char *date, const char *note)
{
  int version = d->nchanges ? d->changes[d->nchanges - 1].version + 1 : 1;
  d->changes = xrealloc(d->changes, (d->nchanges + 1) * sizeof *d->changes);
  d->changes[d->nchanges].version = version;
  d->changes[d->nchanges].date = xstrdup(date);
  d->changes[d->nchanges].note = xstrdup0(note);
  d->nchanges++;
}

const char *doc_lang_code(enum doc_lang l)
{
  const struct lang_info *info = lang_at((int)l);
  return info ? info->code : "?";
}

int doc_lang_from_code(const char *code)
{
  return lang_find(code);
}

static const char *const origin_names[] = { "empty", "stock", "edited", "imported" };

const char *doc_origin_name(enum doc_origin o) { return origin_names[o]; }

int doc_origin_from_name(const char *name)
{
  for (int i = 0; i < 4; i++)
    if (name && strcmp(origin_names[i], name) == 0)
      return i;
  return -1;
}

void doc_today(char out[11])
{
  const char *epoch = getenv("SOURCE_DATE_EPOCH");
  time_t t = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
  struct tm tm;
  if (epoch && *epoch)
    gmtime_r(&t, &tm); /* reproducible builds define the epoch in UTC */
  else
    localtime_r(&t, &tm);
  strftime(out, 11, "%Y-%m-%d", &tm);
}

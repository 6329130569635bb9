/* Languages in step: what each language's text of a section was derived from, and which lags. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "util.h"

static const char *const source_names[] = { "unknown", "stock", "edit", "import" };

const char *doc_source_name(enum doc_source s) { return source_names[s]; }

int doc_source_from_name(const char *name)
{
  for (int i = 0; i < 4; i++)
    if (name && strcmp(source_names[i], name) == 0)
      return i;
  return -1;
}

void doc_derivation_clear(struct doc_derivation *f)
{
  free(f->clause);
  free(f->version);
  free(f->date);
  memset(f, 0, sizeof *f);
}

/* FNV-1a, 32 bits: enough to tell one stock text from another, not a security measure. */
static unsigned long fnv1a(const char *s)
{
  unsigned long h = 2166136261UL;
  for (; s && *s; s++)
    h = ((h ^ (unsigned char)*s) * 16777619UL) & 0xffffffffUL;
  return h;
}

struct doc_derivation doc_derivation_copy(const struct doc_derivation *f)
{
  struct doc_derivation c = *f;
  c.clause = xstrdup(f->clause);
  c.version = xstrdup(f->version);
  c.date = xstrdup(f->date);
  return c;
}

void doc_from_stock(struct doc_section *s, enum doc_lang l, const char *clause, const char *text)
{
  doc_derive_stock(s->from, l, clause, text);
}

void doc_derive_stock(struct doc_derivation from[LANG_MAX], enum doc_lang l, const char *clause,
                      const char *text)
{
  struct doc_derivation *f = &from[l];
  doc_derivation_clear(f);
  f->source = SOURCE_STOCK;
  f->clause = clause ? xstrdup(clause) : NULL;
  f->version = xasprintf("%08lx", fnv1a(text));
}

/* The higher of max and the edit sequence numbers in from[]. */
static int seq_max(const struct doc_derivation from[LANG_MAX], int max)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (from[l].source == SOURCE_EDIT && from[l].seq > max)
      max = from[l].seq;
  return max;
}

/* The highest edit sequence number recorded anywhere in d: its sections and its purpose rows. */
static int last_seq(const struct doc *d)
{
  int max = 0;
  for (size_t i = 0; i < schema_count(); i++) {
    max = seq_max(d->sec[i].from, max);
    for (size_t r = 0; r < d->sec[i].npurposes; r++)
      max = seq_max(d->sec[i].purposes[r].from, max);
  }
  return max;
}

void doc_from_edit(const struct doc *d, struct doc_section *s, enum doc_lang l, const char *date)
{
  doc_derive_edit(d, s->from, l, date);
}

void doc_derive_edit(const struct doc *d, struct doc_derivation from[LANG_MAX], enum doc_lang l,
                     const char *date)
{
  bool catching_up = doc_derive_stale(d, from, l);
  int seq = last_seq(d) + 1;
  struct doc_derivation *f = &from[l];
  doc_derivation_clear(f);
  f->source = SOURCE_EDIT;
  f->seq = seq;
  f->date = xstrdup0(date);
  f->lead = !catching_up;
}

/* True when s has no text in any language enabled in d: its text, purpose rows and providers' texts
   are all blank, so there is nothing to be out of step. */
static bool all_langs_blank(const struct doc *d, const struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++) {
    if (!d->lang_enabled[l])
      continue;
    if (!str_blank(s->text[l]))
      return false;
    for (size_t i = 0; i < s->npurposes; i++)
      if (*s->purposes[i].text[l] || *s->purposes[i].interest[l] || *s->purposes[i].retention[l])
        return false;
    for (size_t i = 0; i < s->nproviders; i++)
      if (*s->providers[i].what[l])
        return false;
  }
  return true;
}

bool doc_lang_stale(const struct doc *d, const struct doc_section *s, enum doc_lang l)
{
  return !all_langs_blank(d, s) && doc_derive_stale(d, s->from, l);
}

bool doc_derive_stale(const struct doc *d, const struct doc_derivation from[LANG_MAX], enum doc_lang l)
{
  const struct doc_derivation *mine = &from[l];
  for (int m = 0; m < LANG_COUNT; m++) {
    const struct doc_derivation *other = &from[m];
    if (m == (int)l || !d->lang_enabled[m] || other->source != SOURCE_EDIT || !other->lead)
      continue;
    if (mine->source != SOURCE_EDIT || mine->seq < other->seq)
      return true;
  }
  return false;
}

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

void doc_from_stock(struct doc_section *s, enum doc_lang l, const char *clause, const char *text)
{
  struct doc_derivation *f = &s->from[l];
  doc_derivation_clear(f);
  f->source = SOURCE_STOCK;
  f->clause = clause ? xstrdup(clause) : NULL;
  f->version = xasprintf("%08lx", fnv1a(text));
}

/* The highest edit sequence number recorded anywhere in d. */
static int last_seq(const struct doc *d)
{
  int max = 0;
  for (size_t i = 0; i < schema_count(); i++)
    for (int l = 0; l < LANG_COUNT; l++)
      if (d->sec[i].from[l].source == SOURCE_EDIT && d->sec[i].from[l].seq > max)
        max = d->sec[i].from[l].seq;
  return max;
}

void doc_from_edit(const struct doc *d, struct doc_section *s, enum doc_lang l, const char *date)
{
  bool catching_up = doc_lang_stale(d, s, l);
  int seq = last_seq(d) + 1;
  struct doc_derivation *f = &s->from[l];
  doc_derivation_clear(f);
  f->source = SOURCE_EDIT;
  f->seq = seq;
  f->date = xstrdup0(date);
  f->lead = !catching_up;
}

bool doc_lang_stale(const struct doc *d, const struct doc_section *s, enum doc_lang l)
{
  const struct doc_derivation *mine = &s->from[l];
  for (int m = 0; m < LANG_COUNT; m++) {
    const struct doc_derivation *other = &s->from[m];
    if (m == (int)l || !d->lang_enabled[m] || other->source != SOURCE_EDIT || !other->lead)
      continue;
    if (mine->source != SOURCE_EDIT || mine->seq < other->seq)
      return true;
  }
  return false;
}

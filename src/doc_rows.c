/* The rows of the purposes and service-provider sections. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "util.h"

/* Frees one purpose row's strings. */
static void purpose_free(struct doc_purpose *p)
{
  free(p->id);
  free(p->basis);
  for (int l = 0; l < LANG_COUNT; l++) {
    free(p->text[l]);
    free(p->interest[l]);
    free(p->retention[l]);
    doc_derivation_clear(&p->from[l]);
  }
}

/* Frees one provider row's strings. */
static void provider_free(struct doc_provider *p)
{
  free(p->name);
  free(p->role);
  free(p->country);
  free(p->mechanism);
  for (int l = 0; l < LANG_COUNT; l++)
    free(p->what[l]);
}

/* Notes id in s->own_max when it is "own-N" (the person's own rows). */
static void note_own_id(struct doc_section *s, const char *id)
{
  char *end;
  if (!id || strncmp(id, "own-", 4) != 0 || id[4] < '0' || id[4] > '9')
    return;
  unsigned long n = strtoul(id + 4, &end, 10);
  if (*end == '\0' && n > s->own_max)
    s->own_max = n;
}

struct doc_purpose *doc_purpose_add(struct doc_section *s, const char *id, const char *basis)
{
  if (s->npurposes == s->purposes_cap)
    s->purposes = xrealloc(s->purposes, (s->purposes_cap = s->purposes_cap ? s->purposes_cap * 2 : 8) *
                                          sizeof *s->purposes);
  note_own_id(s, id);
  struct doc_purpose *p = &s->purposes[s->npurposes++];
  p->id = xstrdup0(id);
  p->basis = xstrdup0(basis);
  memset(p->from, 0, sizeof p->from);
  for (int l = 0; l < LANG_COUNT; l++) {
    p->text[l] = xstrdup("");
    p->interest[l] = xstrdup("");
    p->retention[l] = xstrdup("");
  }
  return p;
}

void doc_purpose_remove(struct doc_section *s, size_t i)
{
  purpose_free(&s->purposes[i]);
  memmove(&s->purposes[i], &s->purposes[i + 1], (s->npurposes - i - 1) * sizeof *s->purposes);
  s->npurposes--;
}

struct doc_purpose *doc_purpose_find(const struct doc_section *s, const char *id)
{
  for (size_t i = 0; id && i < s->npurposes; i++)
    if (strcmp(s->purposes[i].id, id) == 0)
      return &s->purposes[i];
  return NULL;
}

char *doc_purpose_new_id(const struct doc_section *s)
{
  return xasprintf("own-%lu", s->own_max + 1); /* constant time: importing 4,000 rows was cubic */
}

unsigned doc_bases_in_use(const struct doc *d)
{
  unsigned mask = 0;
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &d->sec[i];
    if (s->schema->kind != SCHEMA_PURPOSES || s->not_applicable)
      continue;
    for (size_t r = 0; r < s->npurposes; r++) {
      int b = schema_basis_index(s->purposes[r].basis);
      if (b >= 0)
        mask |= 1u << b;
    }
  }
  return mask;
}

struct doc_provider *doc_provider_add(struct doc_section *s, const char *name, const char *role,
                                      const char *country, const char *mechanism)
{
  s->providers = xrealloc(s->providers, (s->nproviders + 1) * sizeof *s->providers);
  struct doc_provider *p = &s->providers[s->nproviders++];
  p->name = xstrdup0(name);
  p->role = xstrdup0(role);
  p->country = xstrdup0(country);
  p->mechanism = mechanism ? xstrdup(mechanism) : NULL;
  for (int l = 0; l < LANG_COUNT; l++)
    p->what[l] = xstrdup("");
  return p;
}

void doc_provider_remove(struct doc_section *s, size_t i)
{
  provider_free(&s->providers[i]);
  memmove(&s->providers[i], &s->providers[i + 1], (s->nproviders - i - 1) * sizeof *s->providers);
  s->nproviders--;
}

void doc_rows_free(struct doc_section *s)
{
  for (size_t i = 0; i < s->npurposes; i++)
    purpose_free(&s->purposes[i]);
  free(s->purposes);
  s->purposes = NULL;
  s->npurposes = s->purposes_cap = 0;
  s->own_max = 0;
  for (size_t i = 0; i < s->nproviders; i++)
    provider_free(&s->providers[i]);
  free(s->providers);
  s->providers = NULL;
  s->nproviders = 0;
}

void doc_rows_copy(struct doc_section *dst, const struct doc_section *src)
{
  dst->purposes = NULL;
  dst->npurposes = dst->purposes_cap = 0;
  dst->own_max = 0;
  for (size_t i = 0; i < src->npurposes; i++) {
    const struct doc_purpose *p = &src->purposes[i];
    struct doc_purpose *q = doc_purpose_add(dst, p->id, p->basis);
    for (int l = 0; l < LANG_COUNT; l++) {
      str_set(&q->text[l], p->text[l]);
      str_set(&q->interest[l], p->interest[l]);
      str_set(&q->retention[l], p->retention[l]);
      q->from[l] = doc_derivation_copy(&p->from[l]);
    }
  }
  dst->providers = NULL;
  dst->nproviders = 0;
  for (size_t i = 0; i < src->nproviders; i++) {
    const struct doc_provider *p = &src->providers[i];
    struct doc_provider *q = doc_provider_add(dst, p->name, p->role, p->country, p->mechanism);
    for (int l = 0; l < LANG_COUNT; l++)
      str_set(&q->what[l], p->what[l]);
  }
}

/* Number of bullet lines ("- ") in text. */
static size_t bullets(const char *text)
{
  size_t n = 0;
  for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p))
    n += strncmp(p, "- ", 2) == 0;
  return n;
}

/* Bullet i of text (without its "- "), as a new string. */
static char *bullet_at(const char *text, size_t i)
{
  for (const char *p = text; *p;) {
    const char *eol = strchr(p, '\n');
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    if (strncmp(p, "- ", 2) == 0 && i-- == 0) {
      char *out = xmalloc(len - 1);
      memcpy(out, p + 2, len - 2);
      out[len - 2] = '\0';
      return out;
    }
    p = eol ? eol + 1 : p + len;
  }
  return xstrdup("");
}

/* text without its bullet lines and with at most one blank line in a row, trimmed. */
static char *without_bullets(const char *text)
{
  struct strbuf b = { 0 };
  for (const char *p = text; *p;) {
    const char *eol = strchr(p, '\n');
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    bool blank = len == 0;
    bool after_blank = b.len == 0 || (b.len >= 2 && b.s[b.len - 1] == '\n' && b.s[b.len - 2] == '\n');
    if (strncmp(p, "- ", 2) != 0 && !(blank && after_blank)) {
      sb_addn(&b, p, len);
      sb_addc(&b, '\n');
    }
    p = eol ? eol + 1 : p + len;
  }
  while (b.len && (b.s[b.len - 1] == '\n' || b.s[b.len - 1] == ' '))
    b.s[--b.len] = '\0';
  return sb_take(&b);
}

void doc_purposes_from_text(struct doc_section *s, const char *basis)
{
  size_t k = 0;
  bool same = true, any = false;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (str_blank(s->text[l]))
      continue;
    size_t n = bullets(s->text[l]);
    same = same && (!any || n == k);
    k = n;
    any = true;
  }
  if (!any)
    return;
  if (!same || k == 0) {
    struct doc_purpose *p = doc_purpose_add(s, "own-1", basis);
    for (int l = 0; l < LANG_COUNT; l++) {
      str_set(&p->text[l], s->text[l]);
      str_set(&s->text[l], "");
    }
    return;
  }
  for (size_t i = 0; i < k; i++) {
    char *id = doc_purpose_new_id(s);
    struct doc_purpose *p = doc_purpose_add(s, id, basis);
    free(id);
    for (int l = 0; l < LANG_COUNT; l++)
      if (!str_blank(s->text[l])) {
        free(p->text[l]);
        p->text[l] = bullet_at(s->text[l], i);
      }
  }
  for (int l = 0; l < LANG_COUNT; l++) {
    char *rest = without_bullets(s->text[l]);
    free(s->text[l]);
    s->text[l] = rest;
  }
}


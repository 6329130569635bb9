/* doc_compare OLD NEW: does NEW follow from OLD by typing only (the wizard's property test)?
   Both are .seloste documents, read with the project's own loader. The property: for every section,
   every text of each language and every contact field of OLD is a subsequence (by characters) of
   the one in NEW, and NEW's is valid UTF-8; not_applicable and the clause id are unchanged; a
   section whose origin was "edited" is still edited; a purpose row both have (by id) keeps every
   character of its texts; the choice, the checklist items, the purpose rows present and their bases
   and the service providers present differ only in sections that have options, and the notice's languages may differ (each such difference is
   reported as a note on stdout), none of them with --options-fixed. Each violation is one line "section/what: ..." on stdout; notes start
   with "note:", and the last line is "summary: N texts or fields grew, in S of M sections".
   Exit status: 0 the property holds, 1 a violation, 2 bad usage or a document that does not load. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "i18n.h"
#include "schema.h"
#include "store.h"
#include "util.h"

/* How many characters of text a report shows around the place where a match failed. */
#define CMP_CONTEXT 24

/* The run's state: the number of violations found so far and the options switch. */
struct cmp {
  int violations;
  bool options_fixed;
  int grown;           /* texts and fields that are longer in the new document */
};

/* Prints one violation line "where: what" and counts it. */
static void cmp_violation(struct cmp *c, const char *where, const char *what, const char *detail)
{
  printf("%s: %s%s%s\n", where, what, detail ? ": " : "", detail ? detail : "");
  c->violations++;
}

/* The NUL-terminated string or "" for NULL. */
static const char *cmp_str(const char *s)
{
  return s ? s : "";
}

/* Byte offset in old (NUL-terminated) of the first character that is not matched, in order, by
   the characters of new, or -1 when old is a subsequence of new (greedy match, by code points). */
static long cmp_unmatched_at(const char *old, const char *new)
{
  size_t on = strlen(old), nn = strlen(new), i = 0, j = 0;
  while (i < on && j < nn) {
    unsigned a, b;
    int la = utf8_decode(old + i, on - i, &a), lb = utf8_decode(new + j, nn - j, &b);
    if (a == b && la == lb && memcmp(old + i, new + j, (size_t)la) == 0)
      i += (size_t)la;
    j += (size_t)lb;
  }
  return i < on ? (long)i : -1;
}

/* Appends up to CMP_CONTEXT bytes of s from offset at, escaping line ends and tabs, cut at a
   character boundary. */
static void cmp_context(struct strbuf *b, const char *s, size_t at)
{
  size_t end = at, n = strlen(s);
  while (end < n && end - at < CMP_CONTEXT)
    end++;
  while (end < n && ((unsigned char)s[end] & 0xC0) == 0x80)
    end++;
  for (size_t k = at; k < end; k++)
    if (s[k] == '\n')
      sb_add(b, "\\n");
    else if (s[k] == '\t')
      sb_add(b, "\\t");
    else
      sb_addc(b, s[k]);
}

/* Checks that old is kept, in order, in new, and that new is valid UTF-8. */
static void cmp_text(struct cmp *c, const char *where, const char *old, const char *new)
{
  old = cmp_str(old);
  new = cmp_str(new);
  if (strlen(new) > strlen(old))
    c->grown++;
  long bad = utf8_invalid_at(new, strlen(new));
  if (bad >= 0) {
    char *d = xasprintf("at byte %ld", bad);
    cmp_violation(c, where, "the new text is not valid UTF-8", d);
    free(d);
  }
  long at = cmp_unmatched_at(old, new);
  if (at < 0)
    return;
  struct strbuf d = { 0 };
  sb_printf(&d, "from byte %ld of %zu: \"", at, strlen(old));
  cmp_context(&d, old, (size_t)at);
  sb_printf(&d, "...\" (the new text has %zu bytes)", strlen(new));
  cmp_violation(c, where, "old text lost (typing only inserts)", d.s);
  sb_free(&d);
}

/* Checks the texts of both languages and the contact fields of one section. */
static void cmp_texts(struct cmp *c, const struct doc_section *o, const struct doc_section *n)
{
  const char *id = o->schema->id;
  for (int l = 0; l < LANG_COUNT; l++) {
    char *where = xasprintf("%s/%s", id, doc_lang_code((enum doc_lang)l));
    cmp_text(c, where, o->text[l], n->text[l]);
    free(where);
  }
  for (int f = 0; f < FIELD_COUNT; f++) {
    char *where = xasprintf("%s/%s", id, schema_field_name((enum contact_field)f));
    cmp_text(c, where, o->field[f], n->field[f]);
    free(where);
  }
}

/* Checks the marks that typing never changes: not applicable, clause id, an edited origin. */
static void cmp_marks(struct cmp *c, const struct doc_section *o, const struct doc_section *n)
{
  char *where = xasprintf("%s/section", o->schema->id);
  if (o->not_applicable != n->not_applicable)
    cmp_violation(c, where, n->not_applicable ? "marked not applicable" : "marked applicable again", NULL);
  if (strcmp(cmp_str(o->clause), cmp_str(n->clause)) != 0) {
    char *d = xasprintf("\"%s\" -> \"%s\"", cmp_str(o->clause), cmp_str(n->clause));
    cmp_violation(c, where, "the stock text (clause) changed", d);
    free(d);
  }
  if (o->origin == ORIGIN_EDITED && n->origin != ORIGIN_EDITED)
    cmp_violation(c, where, "no longer edited, origin is now", doc_origin_name(n->origin));
  free(where);
}

/* Appends the checklist items of s that t lacks, each after a space and the sign. */
static void cmp_item_diff(struct strbuf *b, const struct doc_section *s, const struct doc_section *t, char sign)
{
  for (size_t i = 0; i < s->nitems; i++)
    if (!doc_has_item(t, s->items[i]))
      sb_printf(b, " %c%s", sign, s->items[i]);
}

/* Appends the purpose rows of s that t lacks (by id) and those whose basis differs, as option changes. */
static void cmp_purpose_diff(struct strbuf *b, const struct doc_section *s, const struct doc_section *t, char sign)
{
  for (size_t i = 0; i < s->npurposes; i++) {
    const struct doc_purpose *q = doc_purpose_find(t, s->purposes[i].id);
    if (!q)
      sb_printf(b, " %cpurpose:%s", sign, s->purposes[i].id);
    else if (sign == '+' && strcmp(cmp_str(q->basis), cmp_str(s->purposes[i].basis)) != 0)
      sb_printf(b, " basis:%s:%s->%s", s->purposes[i].id, q->basis, s->purposes[i].basis);
  }
}

/* Appends the provider rows of s that t lacks (by name). */
static void cmp_provider_diff(struct strbuf *b, const struct doc_section *s, const struct doc_section *t, char sign)
{
  for (size_t i = 0; i < s->nproviders; i++) {
    bool found = false;
    for (size_t j = 0; j < t->nproviders && !found; j++)
      found = strcmp(s->providers[i].name, t->providers[j].name) == 0;
    if (!found)
      sb_printf(b, " %cprovider:%s", sign, s->providers[i].name);
  }
}

/* Reports a changed choice or checklist: a note where the section has options (unless options are
   fixed), a violation elsewhere. */
static void cmp_options(struct cmp *c, const struct doc_section *o, const struct doc_section *n)
{
  struct strbuf d = { 0 };
  if (strcmp(cmp_str(o->choice), cmp_str(n->choice)) != 0)
    sb_printf(&d, " choice %s -> %s", o->choice ? o->choice : "(none)", n->choice ? n->choice : "(none)");
  cmp_item_diff(&d, n, o, '+');
  cmp_item_diff(&d, o, n, '-');
  cmp_purpose_diff(&d, n, o, '+');
  cmp_purpose_diff(&d, o, n, '-');
  cmp_provider_diff(&d, n, o, '+');
  cmp_provider_diff(&d, o, n, '-');
  if (d.len) {
    const char *id = o->schema->id;
    bool has_options = o->schema->options != NULL;
    if (has_options && !c->options_fixed)
      printf("note: %s/options changed:%s\n", id, d.s);
    else {
      char *where = xasprintf("%s/options", id);
      cmp_violation(c, where, has_options ? "changed although no option was chosen" : "changed in a section without options", d.s + 1);
      free(where);
    }
  }
  sb_free(&d);
}

/* Checks the texts of the purpose rows both documents have: typing only adds characters. */
static void cmp_rows(struct cmp *c, const struct doc_section *o, const struct doc_section *n)
{
  for (size_t i = 0; i < o->npurposes; i++) {
    const struct doc_purpose *p = &o->purposes[i], *q = doc_purpose_find(n, p->id);
    for (int l = 0; q && l < LANG_COUNT; l++) {
      const char *code = doc_lang_code((enum doc_lang)l);
      char *w1 = xasprintf("%s/%s/%s", o->schema->id, p->id, code);
      char *w2 = xasprintf("%s/%s/interest_%s", o->schema->id, p->id, code);
      char *w3 = xasprintf("%s/%s/retention_%s", o->schema->id, p->id, code);
      cmp_text(c, w1, p->text[l], q->text[l]);
      cmp_text(c, w2, p->interest[l], q->interest[l]);
      cmp_text(c, w3, p->retention[l], q->retention[l]);
      free(w1);
      free(w2);
      free(w3);
    }
  }
}

/* Reports languages of the notice switched on or off (Space on the first screen's list of
   languages): a note, or a violation when options are fixed. */
static void cmp_languages(struct cmp *c, const struct doc *o, const struct doc *n)
{
  struct strbuf d = { 0 };
  for (int l = 0; l < LANG_COUNT; l++)
    if (o->lang_enabled[l] != n->lang_enabled[l])
      sb_printf(&d, " %c%s", n->lang_enabled[l] ? '+' : '-', doc_lang_code((enum doc_lang)l));
  if (d.len && !c->options_fixed)
    printf("note: languages/options changed:%s\n", d.s);
  else if (d.len)
    cmp_violation(c, "languages/options", "changed although no option was chosen", d.s + 1);
  sb_free(&d);
}

/* Compares every section and prints the summary: how many texts and fields grew, in how many
   sections (a run that typed nothing anywhere proves nothing). */
static void cmp_sections(struct cmp *c, const struct doc *o, const struct doc *n)
{
  int sections = 0;
  for (size_t i = 0; i < schema_count(); i++) {
    int before = c->grown;
    cmp_texts(c, &o->sec[i], &n->sec[i]);
    cmp_rows(c, &o->sec[i], &n->sec[i]);
    sections += c->grown > before;
    cmp_marks(c, &o->sec[i], &n->sec[i]);
    cmp_options(c, &o->sec[i], &n->sec[i]);
  }
  printf("summary: %d texts or fields grew, in %d of %zu sections\n", c->grown, sections, schema_count());
}

/* Loads a document or exits with status 2 and the loader's message. */
static struct doc *cmp_load(const char *path)
{
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  if (!d) {
    fprintf(stderr, "%s\n", err.s ? err.s : path);
    exit(2);
  }
  sb_free(&err);
  return d;
}

/* Compares the documents named on the command line; see the comment at the top. */
int main(int argc, char **argv)
{
  struct cmp c = { 0, false, 0 };
  int first = 1;
  if (argc > 1 && strcmp(argv[1], "--options-fixed") == 0) {
    c.options_fixed = true;
    first = 2;
  }
  if (argc - first != 2) {
    fprintf(stderr, "usage: doc_compare [--options-fixed] OLD.seloste NEW.seloste\n");
    return 2;
  }
  i18n_init("en");
  struct doc *o = cmp_load(argv[first]), *n = cmp_load(argv[first + 1]);
  cmp_languages(&c, o, n);
  cmp_sections(&c, o, n);
  doc_free(o);
  doc_free(n);
  return c.violations ? 1 : 0;
}

/* The check rules of the notice's register type, read from its data file (doc/registers.md): what a
   notice of the type must say (needs) or must not say (forbids) in one of its sections. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "util.h"

/* The severity named s ("error" or "warning"). */
static enum check_severity severity_of(const char *s)
{
  return strcmp(s, "error") == 0 ? CHECK_ERROR : CHECK_WARNING;
}

/* True when text t is one the rule reads: of the rule's section (or, in an imported notice, whose text
   may stand anywhere, of any section in force) and in language l. */
static bool reads(const struct check_ctx *c, const struct schema_rule *r, const struct check_text *t, enum doc_lang l)
{
  return t->lang == l && (c->imported ? t->in_force : strcmp(t->sec->schema->id, r->section) == 0);
}

/* A NULL-terminated list of folded copies of patterns (NULL for NULL); free with free_folded. */
static char **fold_all(const char *const *patterns)
{
  if (!patterns)
    return NULL;
  size_t n = 0;
  while (patterns[n])
    n++;
  char **v = xmalloc((n + 1) * sizeof *v);
  for (size_t k = 0; k < n; k++)
    v[k] = text_fold(patterns[k]);
  v[n] = NULL;
  return v;
}

/* Frees what fold_all returned. */
static void free_folded(char **v)
{
  for (size_t k = 0; v && v[k]; k++)
    free(v[k]);
  free(v);
}

/* True when pattern p (folded) matches a sentence of text t's folded text that matches none of unless
   (folded, or NULL); its hit, as an offset in the text, in *hit. Looked up through t's index. */
static bool match_outside(const struct check_text *t, const char *p, const char *const *unless, struct text_hit *hit)
{
  if (!unless)
    return text_find(&t->ix, 0, t->ix.n, p, hit);
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    if (!text_find(&t->ix, st, n, p, hit) || text_find_any(&t->ix, st, n, unless, NULL))
      continue;
    hit->off += st;
    return true;
  }
  return false;
}

/* The first text of language l the rule reads that matches one of patterns outside the sentences its
   unless patterns match; its hit in *hit. The patterns are folded once per call, not once per text. */
static const struct check_text *first_match(const struct check_ctx *c, const struct schema_rule *r, enum doc_lang l,
                                            const char *const *patterns, struct text_hit *hit)
{
  char **p = fold_all(patterns), **unless = fold_all(r->unless);
  const struct check_text *found = NULL;
  for (size_t i = 0; i < c->corpus.n && !found; i++) {
    const struct check_text *t = &c->corpus.v[i];
    if (!reads(c, r, t, l))
      continue;
    for (size_t k = 0; p[k] && !found; k++)
      if (match_outside(t, p[k], (const char *const *)unless, hit))
        found = t;
  }
  free_folded(p);
  free_folded(unless);
  return found;
}

/* Adds rule r's finding for language l: its message, then its source, both in the UI language. */
static void add(struct check_ctx *c, const struct schema_rule *r, enum doc_lang l, const char *quote)
{
  char *msg = quote ? xasprintf("%s (\xe2\x80\x9c%s\xe2\x80\x9d)", _(r->message), quote) : xstrdup(_(r->message));
  check_add(c, r->section, severity_of(r->severity), r->check_id, NULL, (int)l, N_("%s [%s]"), msg, _(r->source));
  free(msg);
}

/* Applies rule r to every language checked, when its section is in force. */
static void apply(struct check_ctx *c, const struct schema_rule *r)
{
  const struct doc_section *s = doc_section(c->doc, r->section);
  if (!s || !check_in_force(c, s))
    return;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (!c->lang[l] || doc_section_empty(s, (enum doc_lang)l))
      continue; /* an empty section is the required rule's finding */
    struct text_hit hit;
    if (r->needs && !first_match(c, r, (enum doc_lang)l, r->needs, &hit))
      add(c, r, (enum doc_lang)l, NULL);
    const struct check_text *t = r->forbids ? first_match(c, r, (enum doc_lang)l, r->forbids, &hit) : NULL;
    if (t) {
      char *q = check_quote(t->text, hit.off, hit.len);
      add(c, r, (enum doc_lang)l, q);
      free(q);
    }
  }
}

void check_register_run(struct check_ctx *c)
{
  const struct schema_register *reg = c->doc->reg;
  for (size_t i = 0; reg && i < reg->nrules; i++)
    apply(c, &reg->rules[i]);
}

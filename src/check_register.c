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

/* True when pattern p (folded) matches a sentence of folded text s that matches none of unless; its hit,
   as an offset in s, in *hit. */
static bool match_outside(const char *s, const char *p, const char *const *unless, struct text_hit *hit)
{
  if (!unless)
    return text_match(s, strlen(s), p, hit);
  size_t pos = 0, st, n;
  while (text_next_sentence(s, &pos, &st, &n)) {
    if (!text_match(s + st, n, p, hit))
      continue;
    bool skip = false;
    for (size_t k = 0; unless[k] && !skip; k++) {
      char *u = text_fold(unless[k]);
      skip = text_match(s + st, n, u, NULL);
      free(u);
    }
    if (!skip) {
      hit->off += st;
      return true;
    }
  }
  return false;
}

/* The first text of language l the rule reads that matches one of patterns outside the sentences its
   unless patterns match; its hit in *hit. */
static const struct check_text *first_match(const struct check_ctx *c, const struct schema_rule *r, enum doc_lang l,
                                            const char *const *patterns, struct text_hit *hit)
{
  for (size_t i = 0; i < c->corpus.n; i++) {
    const struct check_text *t = &c->corpus.v[i];
    if (!reads(c, r, t, l))
      continue;
    for (size_t k = 0; patterns[k]; k++) {
      char *p = text_fold(patterns[k]);
      bool m = match_outside(t->folded, p, r->unless, hit);
      free(p);
      if (m)
        return t;
    }
  }
  return NULL;
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

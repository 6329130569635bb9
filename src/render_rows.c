/* The rows of the purposes and service-provider sections, turned into tables for a back end: each
   purpose with its legal basis (GDPR Art. 13(1)(c)), interest (13(1)(d)) and retention (13(2)(a)),
   each provider with what it does, its country and its transfer mechanism (13(1)(e)-(f)). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "countries.h"
#include "i18n.h"
#include "render_impl.h"
#include "util.h"

/* A legal basis's article as the notice cites it, one translatable string per basis. */
static const struct {
  const char *basis;
  const char *article;
} basis_articles[] = {
  { "consent", N_("Art. 6(1)(a)") },
  { "contract", N_("Art. 6(1)(b)") },
  { "legal_obligation", N_("Art. 6(1)(c)") },
  { "vital_interests", N_("Art. 6(1)(d)") },
  { "public_task", N_("Art. 6(1)(e)") },
  { "legitimate_interest", N_("Art. 6(1)(f)") },
};

/* The basis cell: "Contract, Art. 6(1)(b)" in the current gettext language; the id itself when it is
   no basis of the schema (a document built in memory). Caller frees. */
static char *basis_words(const char *basis)
{
  int i = schema_basis_index(basis);
  if (i < 0)
    return xstrdup0(basis);
  for (size_t j = 0; j < sizeof basis_articles / sizeof basis_articles[0]; j++)
    if (strcmp(basis_articles[j].basis, basis) == 0)
      return xasprintf("%s, %s", _(schema_basis_at((size_t)i)->label), _(basis_articles[j].article));
  return xstrdup(_(schema_basis_at((size_t)i)->label));
}

/* What an empty retention cell says: where the retention period is given. Caller frees. */
static char *retention_pointer(const struct rctx *c)
{
  int i = schema_index("retention");
  int number = i < 0 ? 0 : render_section_number(c->doc, (size_t)i, c->opts->lang, NULL);
  const char *heading = _(schema_find("retention")->heading);
  if (number)
    return xasprintf(_("See section %d (%s)"), number, heading);
  return xasprintf(_("See \"%s\""), heading);
}

/* True when line[0..n) holds only blanks. */
static bool line_blank(const char *line, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
      return false;
  return true;
}

/* n zeroed rows (at least one, so that an empty table still has its array). */
static struct rrow *rows_new(size_t n)
{
  struct rrow *rows = xmalloc((n + 1) * sizeof *rows);
  memset(rows, 0, (n + 1) * sizeof *rows);
  return rows;
}

/* Copy of text with its placeholders filled (marked where missing), runs of blank lines made one line
   break (a row's text is lines, not paragraphs) and the ends trimmed. Caller frees. */
static char *row_text(struct rctx *c, const char *text)
{
  char *filled = render_fill(c->doc, c->opts->lang, text ? text : "", FILL_MARK, &c->gaps);
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (const char *line = filled; *line;) {
    const char *eol = strchr(line, '\n');
    size_t n = eol ? (size_t)(eol - line) : strlen(line);
    if (!line_blank(line, n)) {
      if (b.len)
        sb_addc(&b, '\n');
      sb_addn(&b, line, n);
    }
    line = eol ? eol + 1 : line + n;
  }
  free(filled);
  return sb_take(&b);
}

/* Appends a piece to row r when value is not empty; takes value (freed with the table's strings). */
static void row_add(struct rrow *r, size_t col, const char *label, bool labelled, const char *value)
{
  if (!value || !*value || r->n == RROW_MAX)
    return;
  r->cell[r->n++] = (struct rcell){ col, label, labelled, value };
}

/* Strings a table borrows, freed together once it is rendered. */
struct owned {
  char **s;
  size_t n, cap;
};

/* Keeps s (may be NULL) for freeing later and returns it. */
static const char *own(struct owned *o, char *s)
{
  if (o->n == o->cap)
    o->s = xrealloc(o->s, (o->cap = o->cap ? o->cap * 2 : 16) * sizeof *o->s);
  o->s[o->n++] = s;
  return s;
}

/* Frees every string kept. */
static void owned_free(struct owned *o)
{
  for (size_t i = 0; i < o->n; i++)
    free(o->s[i]);
  free(o->s);
}

/* Fills row r from purpose p; an empty retention cell says pointer. False when p has no text in the
   notice language: its place then holds a mark. */
static bool purpose_row(struct rctx *c, struct owned *o, const struct doc_purpose *p, struct rrow *r,
                        const char *pointer)
{
  enum doc_lang l = c->opts->lang;
  const char *text = own(o, row_text(c, p->text[l]));
  row_add(r, 0, NULL, false, *text ? text : _("[purpose text missing]"));
  row_add(r, 1, _("Legal basis"), false, own(o, basis_words(p->basis)));
  if (p->basis && strcmp(p->basis, "legitimate_interest") == 0)
    row_add(r, 0, _("Legitimate interest"), true, own(o, row_text(c, p->interest[l])));
  const char *kept = own(o, row_text(c, p->retention[l]));
  row_add(r, 2, _("Retention"), false, *kept ? kept : pointer);
  return *text != '\0';
}

void render_purposes(struct rctx *c, const struct render_ops *ops, const struct doc_section *s)
{
  const char *headings[] = { _("Purpose"), _("Legal basis"), _("Retention") };
  struct rrow *rows = rows_new(s->npurposes);
  struct owned o = { 0 };
  /* once, not per row: the section's number depends on every row's basis (linear in the rows) */
  const char *pointer = own(&o, retention_pointer(c));
  for (size_t i = 0; i < s->npurposes; i++) {
    if (purpose_row(c, &o, &s->purposes[i], &rows[i], pointer))
      continue;
    c->gaps |= 1u << RENDER_GAP_PURPOSE;
    render_warn_row(c, s, i);
  }
  if (s->npurposes)
    ops->table(c, &(struct rtable){ "purposes", headings, 3, rows, s->npurposes });
  owned_free(&o);
  free(rows);
}

/* What provider p does: its own words in the notice language, else its role's label. Caller frees. */
static char *provider_what(struct rctx *c, const struct doc_section *s, const struct doc_provider *p)
{
  char *what = row_text(c, p->what[c->opts->lang]);
  if (*what)
    return what;
  free(what);
  const struct schema_option *role = schema_option(s->schema, p->role);
  return xstrdup(role ? _(role->label) : p->role ? p->role : "");
}

/* The label of provider p's transfer mechanism when it processes data outside the EU/EEA, or NULL. */
static const char *provider_mechanism(const struct doc_provider *p)
{
  const struct schema_section *tr = schema_find("transfers");
  const struct schema_option *m = p->mechanism && tr ? schema_option(tr, p->mechanism) : NULL;
  if (!p->mechanism || !country_outside_eea(p->country))
    return NULL;
  return m ? _(m->label) : p->mechanism;
}

/* Fills row r from provider p; a mark stands for a missing name. */
static void provider_row(struct rctx *c, struct owned *o, const struct doc_section *s,
                         const struct doc_provider *p, struct rrow *r)
{
  const struct country *k = country_find(p->country);
  row_add(r, 0, NULL, false, str_blank(p->name) ? _("[service provider's name missing]") : p->name);
  row_add(r, 1, _("What it does"), false, own(o, provider_what(c, s, p)));
  row_add(r, 2, _("Country"), false, k ? country_name(k, c->opts->lang) : p->country);
  row_add(r, 3, _("Transfer based on"), false, provider_mechanism(p));
}

void render_providers(struct rctx *c, const struct render_ops *ops, const struct doc_section *s)
{
  const char *headings[] = { _("Service provider"), _("What it does"), _("Country"), _("Transfer based on") };
  struct rrow *rows = rows_new(s->nproviders);
  struct owned o = { 0 };
  size_t ncols = 3;
  for (size_t i = 0; i < s->nproviders; i++) {
    const struct doc_provider *p = &s->providers[i];
    if (str_blank(p->name)) {
      c->gaps |= 1u << RENDER_GAP_PROVIDER;
      render_warn_row(c, s, i);
    }
    provider_row(c, &o, s, p, &rows[i]);
    ncols = provider_mechanism(p) ? 4 : ncols;
  }
  if (s->nproviders)
    ops->table(c, &(struct rtable){ "providers", headings, ncols, rows, s->nproviders });
  owned_free(&o);
  free(rows);
}

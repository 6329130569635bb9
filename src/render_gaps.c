/* Gaps that are rows: a purpose without text in the notice language, a service provider without a
   name. The notice marks them like a missing placeholder value; these words name the row, so that the
   person can find it, and say where to write what is missing. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "countries.h"
#include "i18n.h"
#include "render_impl.h"
#include "util.h"

/* Most characters of a purpose's text that name it in a message. */
#define NAME_CHARS 40

/* The first line of text, blanks run together, cut after at most NAME_CHARS characters (at the last
   space when that keeps at least half) with "…" added. Caller frees. */
static char *cut_text(const char *text)
{
  struct strbuf b = { 0 };
  size_t chars = 0, space = 0; /* space: bytes kept up to the last space, 0 when none */
  const char *p = text + strspn(text, " \t\r\n");
  sb_add(&b, "");
  while (*p && *p != '\n' && chars < NAME_CHARS) {
    unsigned cp;
    size_t n = (size_t)utf8_decode(p, strlen(p), &cp);
    bool blank = *p == ' ' || *p == '\t' || *p == '\r';
    if (blank && chars >= NAME_CHARS / 2 && b.s[b.len - 1] != ' ')
      space = b.len;
    if (!blank || (b.len && b.s[b.len - 1] != ' ')) { /* a run of blanks is one space */
      sb_addn(&b, blank ? " " : p, blank ? 1 : n);
      chars++;
    }
    p += n;
  }
  bool more = *p && *p != '\n' && !str_blank(p);
  if (more && space && *p != ' ' && *p != '\t')
    b.s[b.len = space] = '\0'; /* the word cut in the middle goes */
  while (b.len && b.s[b.len - 1] == ' ')
    b.s[--b.len] = '\0';
  if (more)
    sb_add(&b, "\xe2\x80\xa6");
  return sb_take(&b);
}

/* Purpose p (row, 0-based) as a message names it: its text in language other, quoted and cut, or its
   number and legal basis when it has no text there either. Caller frees. */
static char *purpose_name(const struct doc_purpose *p, size_t row, enum doc_lang other)
{
  if (!str_blank(p->text[other])) {
    char *cut = cut_text(p->text[other]);
    /* TRANSLATORS: a purpose's own words quoted in a message; use the quotation marks of your language. */
    char *name = xasprintf(_("\"%s\""), cut);
    free(cut);
    return name;
  }
  int b = schema_basis_index(p->basis);
  const char *basis = b >= 0 ? _(schema_basis_at((size_t)b)->label) : p->basis ? p->basis : "?";
  return xasprintf(_("no. %zu (legal basis: %s)"), row + 1, basis);
}

/* The language other than l whose text names purpose p in a message about l: the first language of d
   with text, else the first language with text that d does not publish, else l itself (p has text in
   no other language: purpose_name names it by its number). */
static enum doc_lang other_lang(const struct doc *d, const struct doc_purpose *p, enum doc_lang l)
{
  for (int pass = 0; pass < 2; pass++)
    for (int m = 0; m < LANG_COUNT; m++)
      if (m != (int)l && d->lang_enabled[m] == !pass && !str_blank(p->text[m]))
        return (enum doc_lang)m;
  return l;
}

/* The words for purpose row of s (of d) lacking its text in l. Caller frees. */
static char *purpose_gap_words(const struct doc *d, const struct doc_section *s, size_t row, enum doc_lang l)
{
  char *name = purpose_name(&s->purposes[row], row, other_lang(d, &s->purposes[row], l));
  /* TRANSLATORS: %1$s names a purpose, %2$s is a language ("English"), %3$s a section's heading. */
  char *w = xasprintf(_("the purpose %1$s has no %2$s text (section \"%3$s\": write it on that purpose's row, "
                        "in %2$s)"), name, lang_name(l), _(s->schema->heading));
  free(name);
  return w;
}

/* The name of country k in the UI language (country_name; English for a UI language that is no notice
   language). */
static const char *ui_country_name(const struct country *k)
{
  int ui = lang_find(i18n_ui_language());
  return country_name(k, ui >= 0 ? (enum doc_lang)ui : LANG_EN);
}

/* The words for provider row of s without a name, told by its role and country. Caller frees. */
static char *provider_gap_words(const struct doc_section *s, size_t row)
{
  const struct doc_provider *p = &s->providers[row];
  const struct schema_option *role = p->role ? schema_option(s->schema, p->role) : NULL;
  const struct country *k = country_find(p->country);
  struct strbuf what = { 0 };
  sb_add(&what, role ? _(role->label) : p->role ? p->role : "");
  if (k || !str_blank(p->country))
    sb_printf(&what, "%s%s", what.len ? ", " : "", k ? ui_country_name(k) : p->country);
  char *w = xasprintf(_("service provider %zu (%s) has no name (section \"%s\": write the name on that row)"),
                      row + 1, what.s ? what.s : "", _(s->schema->heading));
  sb_free(&what);
  return w;
}

char *render_row_gap_words(const struct doc *d, const struct doc_section *s, size_t row, enum doc_lang l)
{
  if (s->schema->kind == SCHEMA_PURPOSES)
    return purpose_gap_words(d, s, row, l);
  return provider_gap_words(s, row);
}

void render_warn_row(struct rctx *c, const struct doc_section *s, size_t row)
{
  if (!c->warn)
    return;
  i18n_use(c->ui_lang);
  char *msg = render_row_gap_words(c->doc, s, row, c->opts->lang);
  c->warn(s->schema->id, msg);
  free(msg);
  i18n_use(c->lang_code);
}

/* Appends the words for every purpose of d without text in lang (any published language when < 0). */
static void describe_purposes(struct strbuf *b, const struct doc *d, int lang, const char *sep)
{
  const struct doc_section *s = doc_section(d, "purposes");
  for (size_t i = 0; s && i < s->npurposes; i++)
    for (int l = 0; l < LANG_COUNT; l++) {
      if ((lang >= 0 ? l != lang : !d->lang_enabled[l]) || !str_blank(s->purposes[i].text[l]))
        continue;
      char *w = purpose_gap_words(d, s, i, (enum doc_lang)l);
      sb_printf(b, "%s%s", b->len ? sep : "", w);
      free(w);
    }
}

/* Appends the words for every service provider of d without a name. */
static void describe_providers(struct strbuf *b, const struct doc *d, const char *sep)
{
  const struct doc_section *s = doc_section(d, "providers");
  for (size_t i = 0; s && i < s->nproviders; i++) {
    if (!str_blank(s->providers[i].name))
      continue;
    char *w = provider_gap_words(s, i);
    sb_printf(b, "%s%s", b->len ? sep : "", w);
    free(w);
  }
}

char *render_gaps_describe(const struct doc *d, int lang, unsigned gaps, const char *sep)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (int i = 0; i < RENDER_GAP_PURPOSE; i++) {
    if (!(gaps & (1u << i)))
      continue;
    char *w = render_gap_words(i);
    sb_printf(&b, "%s%s", b.len ? sep : "", w);
    free(w);
  }
  if (gaps & (1u << RENDER_GAP_PURPOSE))
    describe_purposes(&b, d, lang, sep);
  if (gaps & (1u << RENDER_GAP_PROVIDER))
    describe_providers(&b, d, sep);
  return sb_take(&b);
}

/* True when section s's text or one of its purpose rows is out of date in language l. */
static bool section_stale(const struct doc *d, const struct doc_section *s, enum doc_lang l)
{
  if (doc_lang_stale(d, s, l))
    return true;
  for (size_t r = 0; r < s->npurposes; r++)
    if (doc_derive_stale(d, s->purposes[r].from, l))
      return true;
  return false;
}

char *render_stale_sections(const struct doc *d, enum doc_lang l)
{
  struct strbuf b = { 0 };
  for (size_t i = 0; i < schema_count(); i++)
    if (doc_applies(d, &d->sec[i]) && section_stale(d, &d->sec[i], l))
      sb_printf(&b, "%s\xe2\x80\x9c%s\xe2\x80\x9d", b.len ? ", " : "", _(d->sec[i].schema->heading));
  return b.len ? sb_take(&b) : (sb_free(&b), NULL);
}

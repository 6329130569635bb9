/* Languages in step on the section screen (GDPR Art. 12(1)): what the person changed in each language
   during a visit to a section is recorded as an edit (doc_from_edit) when the section is left or the
   document saved, and the other languages then show as out of date until they are edited too. Each purpose
   row keeps its own records (doc_derive_edit on row->from): the section's record covers only its intro. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "i18n.h"
#include "section.h"
#include "stock.h"

/* One purpose row as the visit began (or was last recorded): its id and its texts in each language. */
struct visit_row {
  char *id;
  char *digest[LANG_MAX];
};

/* Everything of section s that is written in language l and recorded in s->from, joined (caller
   frees): its text and its providers' texts in l. Purpose rows have their own records (row_digest). */
static char *lang_digest(const struct doc_section *s, enum doc_lang l)
{
  struct strbuf b = { 0 };
  sb_printf(&b, "%s\x1f", s->text[l] ? s->text[l] : "");
  for (size_t i = 0; i < s->nproviders; i++)
    if (*s->providers[i].what[l])
      sb_printf(&b, "%s\x1e%s\x1f", s->providers[i].name, s->providers[i].what[l]);
  return b.s ? sb_take(&b) : xstrdup("");
}

/* Purpose row p's text, interest and retention in l, joined (caller frees); "" when it has none in l,
   so that a row added with text in one language changes only that one. */
static char *row_digest(const struct doc_purpose *p, enum doc_lang l)
{
  if (!*p->text[l] && !*p->interest[l] && !*p->retention[l])
    return xstrdup("");
  return xasprintf("%s\x1e%s\x1e%s", p->text[l], p->interest[l], p->retention[l]);
}

/* Forgets the purpose rows the visit began with. */
static void visit_rows_clear(struct app *a)
{
  for (size_t i = 0; i < a->nvisit_rows; i++) {
    free(a->visit_rows[i].id);
    for (int l = 0; l < LANG_COUNT; l++)
      free(a->visit_rows[i].digest[l]);
  }
  free(a->visit_rows);
  a->visit_rows = NULL;
  a->nvisit_rows = 0;
}

/* Remembers the purpose rows of s as they are now. */
static void visit_rows_take(struct app *a, const struct doc_section *s)
{
  visit_rows_clear(a);
  a->visit_rows = s->npurposes ? xmalloc(s->npurposes * sizeof *a->visit_rows) : NULL;
  for (size_t i = 0; i < s->npurposes; i++) {
    a->visit_rows[i].id = xstrdup(s->purposes[i].id);
    for (int l = 0; l < LANG_COUNT; l++)
      a->visit_rows[i].digest[l] = row_digest(&s->purposes[i], (enum doc_lang)l);
  }
  a->nvisit_rows = s->npurposes;
}

/* The remembered row with id, or NULL (a row added during the visit). */
static const struct visit_row *visit_row_find(const struct app *a, const char *id)
{
  for (size_t i = 0; i < a->nvisit_rows; i++)
    if (strcmp(a->visit_rows[i].id, id) == 0)
      return &a->visit_rows[i];
  return NULL;
}

/* Forgets the texts the visit began with. */
static void visit_clear(struct app *a)
{
  for (int l = 0; l < LANG_COUNT; l++) {
    free(a->visit_text[l]);
    a->visit_text[l] = NULL;
    free(a->visit_start[l]);
    a->visit_start[l] = NULL;
    doc_derivation_clear(&a->visit_from[l]);
  }
  visit_rows_clear(a);
  a->visit_sec = -1;
}

void langs_visit_begin(struct app *a)
{
  visit_clear(a);
  a->visit_sec = (long)a->sec;
  for (int l = 0; l < LANG_COUNT; l++) {
    a->visit_text[l] = lang_digest(&a->w.doc->sec[a->sec], (enum doc_lang)l);
    a->visit_start[l] = xstrdup(a->visit_text[l]);
    a->visit_from[l] = doc_derivation_copy(&a->w.doc->sec[a->sec].from[l]);
  }
  visit_rows_take(a, &a->w.doc->sec[a->sec]);
}

void langs_visit_end(struct app *a) { visit_clear(a); }

/* True when language l of s is again exactly the stock text it was filled with (^U, ^T): nothing of
   the person's own is there to lead the other languages. */
static bool back_to_stock(struct app *a, const struct doc_section *s, enum doc_lang l)
{
  return s->schema->kind != SCHEMA_PROVIDERS && s->from[l].source == SOURCE_STOCK && stock_lang_is_stock(s, &a->w.lib, l);
}

/* The text of clause id in language l of the stock clauses, or "" when they lack it. */
static const char *stock_clause(struct app *a, enum doc_lang l, const char *id)
{
  const struct clause *c = clauses_get(&a->w.lib, l, id);
  return c ? c->text : "";
}

/* The stock purpose row p's clause when its text, interest and retention in l are exactly the stock
   texts stock_purpose_add gives (the change put back the stock text), else NULL. */
static const char *row_back_to_stock(struct app *a, const struct doc_section *s, const struct doc_purpose *p,
                                     enum doc_lang l)
{
  const struct schema_option *o = schema_option(s->schema, p->id);
  if (!o || !o->clause)
    return NULL;
  char *interest = xasprintf("%s-interest", o->clause), *retention = xasprintf("%s-retention", o->clause);
  bool same = strcmp(p->text[l], stock_clause(a, l, o->clause)) == 0 &&
              strcmp(p->interest[l], stock_clause(a, l, interest)) == 0 &&
              strcmp(p->retention[l], stock_clause(a, l, retention)) == 0;
  free(interest);
  free(retention);
  return same ? o->clause : NULL;
}

/* Records an edit (or the stock text put back) in each row of s and each language whose texts changed
   since the visit's rows were taken; with remember, takes them again (a later change in the same visit
   is then a new edit). Sets *changed when a record was made; returns the languages whose edit leads. */
static unsigned record_rows(struct app *a, struct doc_section *s, const char *today, bool remember, bool *changed)
{
  unsigned lead = 0;
  for (size_t i = 0; i < s->npurposes; i++) {
    struct doc_purpose *p = &s->purposes[i];
    const struct visit_row *was = visit_row_find(a, p->id);
    for (int l = 0; l < LANG_COUNT; l++) {
      char *now = row_digest(p, (enum doc_lang)l);
      bool differs = strcmp(now, was ? was->digest[l] : "") != 0;
      free(now);
      const char *stock = differs ? row_back_to_stock(a, s, p, (enum doc_lang)l) : NULL;
      if (stock)
        doc_derive_stock(p->from, (enum doc_lang)l, stock, p->text[l]);
      else if (differs)
        doc_derive_edit(a->w.doc, p->from, (enum doc_lang)l, today);
      *changed |= differs;
      lead |= differs && !stock && p->from[l].lead ? 1u << l : 0;
    }
  }
  if (remember)
    visit_rows_take(a, s);
  return lead;
}

/* True when strings x and y (either may be NULL) are equal, NULL only to NULL. */
static bool same_str(const char *x, const char *y) { return x == y || (x && y && strcmp(x, y) == 0); }

/* True when records x and y say the same. */
static bool same_from(const struct doc_derivation *x, const struct doc_derivation *y)
{
  return x->source == y->source && x->seq == y->seq && x->lead == y->lead && same_str(x->clause, y->clause) &&
         same_str(x->version, y->version) && same_str(x->date, y->date);
}

/* langs_record's work on the visited section s: the rows' records, then the section's own in each
   language (an edit; or, when its text is again as the visit began, the records it had then). With
   remember, what s says now becomes the base of the next record; without, the visit is left as it was
   (the records of the copy written to the recovery file). Sets *changed when a record changed. */
static unsigned record_visit(struct app *a, struct doc_section *s, bool remember, bool *changed)
{
  char today[11];
  doc_today(today);
  unsigned lead = record_rows(a, s, today, remember, changed);
  for (int l = 0; l < LANG_COUNT; l++) {
    char *now = lang_digest(s, (enum doc_lang)l);
    if (a->visit_start[l] && strcmp(now, a->visit_start[l]) == 0) { /* all undone: nothing to record */
      *changed |= !same_from(&s->from[l], &a->visit_from[l]);
      doc_derivation_clear(&s->from[l]);
      s->from[l] = doc_derivation_copy(&a->visit_from[l]);
    } else if (a->visit_text[l] && strcmp(now, a->visit_text[l]) != 0 && !back_to_stock(a, s, (enum doc_lang)l)) {
      doc_from_edit(a->w.doc, s, (enum doc_lang)l, today);
      lead |= s->from[l].lead ? 1u << l : 0;
      *changed = true;
    }
    if (remember) {
      free(a->visit_text[l]);
      a->visit_text[l] = now; /* a later change in the same visit is a new edit */
    } else {
      free(now);
    }
  }
  return lead;
}

/* The section of the current visit, or NULL when there is none to record (or read-only). */
static struct doc_section *visited(struct app *a)
{
  if (a->visit_sec < 0 || a->w.read_only || !a->w.doc || (size_t)a->visit_sec >= schema_count())
    return NULL;
  return &a->w.doc->sec[a->visit_sec];
}

unsigned langs_record(struct app *a)
{
  struct doc_section *s = visited(a);
  if (!s)
    return 0;
  bool changed = false;
  unsigned lead = record_visit(a, s, true, &changed);
  if (changed) /* the recovery file must have the records too, even when it has the texts already */
    wd_recover_soon(&a->w);
  return lead;
}

bool langs_pending_begin(struct app *a, struct doc_section *kept)
{
  struct doc_section *s = visited(a);
  if (!s)
    return false;
  *kept = *s; /* the section itself, untouched: langs_pending_end puts it back */
  memset(s, 0, sizeof *s);
  s->schema = kept->schema;
  doc_section_copy(s, kept);
  bool changed = false;
  record_visit(a, s, false, &changed);
  return true;
}

void langs_pending_end(struct app *a, struct doc_section *kept)
{
  struct doc_section *s = &a->w.doc->sec[a->visit_sec];
  doc_section_clear(s);
  *s = *kept;
}


/* The enabled languages other than l that lag in the records from, as a bit set (0: none). */
static unsigned stale_others(const struct doc *d, const struct doc_derivation from[LANG_MAX], enum doc_lang l)
{
  unsigned stale = 0;
  for (int m = 0; m < LANG_COUNT; m++)
    if (m != (int)l && d->lang_enabled[m] && doc_derive_stale(d, from, (enum doc_lang)m))
      stale |= 1u << m;
  return stale;
}

char *langs_cut(const char *s, size_t cols)
{
  size_t n = strcspn(s, "\n"), i = 0, w = 0, keep = 0;
  while (i < n && w <= cols) { /* stops soon after cols: a long text is not measured to its end */
    unsigned cp;
    i += (size_t)utf8_decode(s + i, n - i, &cp);
    w += (size_t)codepoint_width(cp);
    if (w + 1 <= cols)
      keep = i;
  }
  if (i == n && w <= cols && !s[n])
    return xstrdup(s);
  struct strbuf b = { 0 };
  sb_addn(&b, s, keep);
  sb_add(&b, "\xe2\x80\xa6");
  return sb_take(&b);
}

/* The status line offer after a leading edit in l of purpose row p: its text in the languages of the
   bit set others is out of date. */
static void offer_row(struct app *a, const struct doc_purpose *p, enum doc_lang l, unsigned others)
{
  char *name = langs_cut(*p->text[l] ? p->text[l] : p->id, 30);
  char *names = wd_lang_names(others);
  app_status(a, _("You changed the purpose \"%s\" (%s); its text in %s is now marked out of date. To make it "
                  "say the same: ^P goes back, ^K switches the language."),
             name, lang_name(l), names);
  free(names);
  free(name);
}

void langs_offer_other(struct app *a, unsigned lead)
{
  const struct doc_section *s = &a->w.doc->sec[a->sec];
  for (int l = 0; l < LANG_COUNT; l++) {
    unsigned others = lead & (1u << l) ? stale_others(a->w.doc, s->from, (enum doc_lang)l) : 0;
    if (others) {
      char *names = wd_lang_names(others);
      app_status(a, _("You changed the text of \"%s\" (%s); the text in %s is now marked out of date. To make "
                      "it say the same: ^P goes back, ^K switches the language."),
                 _(s->schema->heading), lang_name((enum doc_lang)l), names);
      free(names);
      return;
    }
    for (size_t r = 0; lead & (1u << l) && r < s->npurposes; r++) {
      const struct doc_purpose *p = &s->purposes[r];
      if (p->from[l].lead && (others = stale_others(a->w.doc, p->from, (enum doc_lang)l)) != 0) {
        offer_row(a, p, (enum doc_lang)l, others);
        return;
      }
    }
  }
}

/* "EN out of date", "EN, SV out of date": the codes of the enabled languages that lag in the records
   from, or NULL when none does (caller frees). */
static char *stale_mark(const struct doc *d, const struct doc_derivation from[LANG_MAX])
{
  struct strbuf codes = { 0 };
  for (int l = 0; l < LANG_COUNT; l++)
    if (d->lang_enabled[l] && doc_derive_stale(d, from, (enum doc_lang)l)) {
      char *code = xstrdup(doc_lang_code((enum doc_lang)l));
      for (char *p = code; *p; p++)
        *p = (char)(*p - 'a' + 'A');
      sb_printf(&codes, "%s%s", codes.s ? ", " : "", code);
      free(code);
    }
  if (!codes.s)
    return NULL;
  /* TRANSLATORS: %s is a language code or several, "EN" or "EN, SV": those languages' texts lag behind
     another's */
  char *mark = xasprintf(_("%s out of date"), codes.s);
  sb_free(&codes);
  return mark;
}

char *langs_stale_mark(const struct doc *d, const struct doc_section *s, bool rows)
{
  char *mark = stale_mark(d, s->from);
  for (size_t r = 0; rows && !mark && r < s->npurposes; r++)
    mark = stale_mark(d, s->purposes[r].from);
  return mark;
}

char *langs_row_mark(const struct doc *d, const struct doc_purpose *p) { return stale_mark(d, p->from); }

/* Languages in step on the section screen (GDPR Art. 12(1)): what the person changed in each language
   during a visit to a section is recorded as an edit (doc_from_edit) when the section is left or the
   document saved, and the other language then shows as out of date until it is edited too. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "dialog.h"
#include "i18n.h"
#include "section.h"
#include "stock.h"

/* Everything of section s that is written in language l, joined (caller frees): its text and the
   texts its rows have in l (a row added with text in one language only changes that one). */
static char *lang_digest(const struct doc_section *s, enum doc_lang l)
{
  struct strbuf b = { 0 };
  sb_printf(&b, "%s\x1f", s->text[l] ? s->text[l] : "");
  for (size_t i = 0; i < s->npurposes; i++) { /* a row with nothing in l changes nothing written in l */
    const struct doc_purpose *p = &s->purposes[i];
    if (*p->text[l] || *p->interest[l] || *p->retention[l])
      sb_printf(&b, "%s\x1e%s\x1e%s\x1e%s\x1f", p->id, p->text[l], p->interest[l], p->retention[l]);
  }
  for (size_t i = 0; i < s->nproviders; i++)
    if (*s->providers[i].what[l])
      sb_printf(&b, "%s\x1e%s\x1f", s->providers[i].name, s->providers[i].what[l]);
  return b.s ? sb_take(&b) : xstrdup("");
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
}

void langs_visit_end(struct app *a) { visit_clear(a); }

/* True when language l of s is again exactly the stock text it was filled with (^U, ^T): nothing of
   the person's own is there to lead the other language. */
static bool back_to_stock(struct app *a, const struct doc_section *s, enum doc_lang l)
{
  return s->schema->kind != SCHEMA_PURPOSES && s->schema->kind != SCHEMA_PROVIDERS &&
         s->from[l].source == SOURCE_STOCK && stock_lang_is_stock(s, &a->w.lib, l);
}

unsigned langs_record(struct app *a)
{
  if (a->visit_sec < 0 || a->w.read_only || !a->w.doc || (size_t)a->visit_sec >= schema_count())
    return 0;
  struct doc_section *s = &a->w.doc->sec[a->visit_sec];
  char today[11];
  doc_today(today);
  unsigned lead = 0;
  for (int l = 0; l < LANG_COUNT; l++) {
    char *now = lang_digest(s, (enum doc_lang)l);
    if (a->visit_start[l] && strcmp(now, a->visit_start[l]) == 0) { /* all undone: nothing to record */
      doc_derivation_clear(&s->from[l]);
      s->from[l] = doc_derivation_copy(&a->visit_from[l]);
    } else if (a->visit_text[l] && strcmp(now, a->visit_text[l]) != 0 && !back_to_stock(a, s, (enum doc_lang)l)) {
      doc_from_edit(a->w.doc, s, (enum doc_lang)l, today);
      lead |= s->from[l].lead ? 1u << l : 0;
    }
    free(a->visit_text[l]);
    a->visit_text[l] = now; /* a later change in the same visit is a new edit */
  }
  return lead;
}

/* The notice language's name ("Finnish"), translated. */
static const char *lang_name(enum doc_lang l) { return l == LANG_FI ? _("Finnish") : _("English"); }

/* The first enabled language other than l that is out of date in s, or -1. */
static int stale_other(const struct app *a, const struct doc_section *s, enum doc_lang l)
{
  for (int m = 0; m < LANG_COUNT; m++)
    if (m != (int)l && a->w.doc->lang_enabled[m] && doc_lang_stale(a->w.doc, s, (enum doc_lang)m))
      return m;
  return -1;
}

void langs_offer_other(struct app *a, unsigned lead)
{
  const struct doc_section *s = &a->w.doc->sec[a->sec];
  for (int l = 0; l < LANG_COUNT; l++) {
    int other = lead & (1u << l) ? stale_other(a, s, (enum doc_lang)l) : -1;
    if (other < 0)
      continue;
    app_status(a, _("You changed the text of \"%s\" (%s); the text in %s is now marked out of date. To make it "
                    "say the same: ^P goes back, ^K switches the language."),
               _(s->schema->heading), lang_name((enum doc_lang)l), lang_name((enum doc_lang)other));
    return;
  }
}

char *langs_stale_mark(const struct doc *d, const struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (d->lang_enabled[l] && doc_lang_stale(d, s, (enum doc_lang)l)) {
      char *code = xstrdup(doc_lang_code((enum doc_lang)l));
      for (char *p = code; *p; p++)
        *p = (char)(*p - 'a' + 'A');
      /* TRANSLATORS: %s is a language code, FI or EN: that language's text lags behind the other's */
      char *mark = xasprintf(_("%s out of date"), code);
      free(code);
      return mark;
    }
  return NULL;
}

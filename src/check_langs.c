/* Languages in step: a notice offered in several languages must say the same in each. GDPR Art. 12(1)
   asks the controller to give the information in a concise, transparent and intelligible form; a
   reader of each language must get the same information (the Article 29 Working Party's
   transparency guidelines, WP260 rev.01: every translation offered must be accurate). The document
   records what each language's text was derived from (doc_lang_stale); where the records say nothing
   (a format-1 document, a text changed in the file by hand), the check compares each text with the
   stock text its clause would give: one language the person's own, another still the stock text,
   means the two have drifted apart. Each purpose row has records of its own (the section's cover only
   its intro text): a row changed in one language and not in the other is named. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "i18n.h"
#include "stock.h"
#include "util.h"

/* TRANSLATORS: %1$s is the language edited, %2$s the one still the stock text ("Finnish", "English"). */
static const char drift_msgid[] = N_("the %1$s text was edited but the %2$s text is still the stock text: "
                                     "make the %2$s say the same");
/* TRANSLATORS: %1$s is the language changed, %2$s the one out of date ("Finnish", "English"). */
static const char stale_msgid[] = N_("the %1$s text was changed after the %2$s text was written, so the %2$s text "
                                     "is out of date: make it say the same as the %1$s");
/* TRANSLATORS: %1$s is a purpose's name, %2$s the language it was changed in, %3$s the language out of
   date ("Finnish", "English"). */
static const char row_stale_msgid[] = N_("the purpose \"%1$s\" was changed in %2$s after its %3$s text was "
                                         "written, so the %3$s text is out of date: make it say the same as the %2$s");

/* The language that leads language l by the derivation records from of a text of d: of the languages
   of d whose lead edit l has not caught up with (doc_derive_stale), the one edited last; -1 when l
   does not lag. */
static int leading_lang(const struct doc *d, const struct doc_derivation from[LANG_MAX], int l)
{
  const struct doc_derivation *mine = &from[l];
  int lead = -1;
  for (int m = 0; m < LANG_COUNT; m++) {
    const struct doc_derivation *other = &from[m];
    if (m == l || !d->lang_enabled[m] || other->source != SOURCE_EDIT || !other->lead)
      continue;
    if ((mine->source != SOURCE_EDIT || mine->seq < other->seq) && (lead < 0 || other->seq > from[lead].seq))
      lead = m;
  }
  return lead;
}

/* One section by its derivation records: true (and a warning for each) when a language published lags
   the language edited last. */
static bool rule_stale(struct check_ctx *c, const struct doc_section *s)
{
  bool found = false;
  for (int l = 0; l < LANG_COUNT; l++) {
    int lead = leading_lang(c->doc, s->from, l);
    if (!c->lang[l] || lead < 0 || !doc_lang_stale(c->doc, s, (enum doc_lang)l))
      continue;
    check_add(c, s->schema->id, CHECK_WARNING, "languages_out_of_step", "12(1)", l, stale_msgid, lang_name(lead),
              lang_name(l));
    found = true;
  }
  return found;
}

/* Purpose row p's name for a message about a language behind lead: its text in lead, cut like other
   quoted names; else check_purpose_name. Caller frees. */
static char *row_name(const struct doc_purpose *p, int lead)
{
  if (str_blank(p->text[lead]))
    return check_purpose_name(p);
  return check_quote(p->text[lead], 0, strcspn(p->text[lead], "\n"));
}

/* Each purpose row of s by its own records: a warning naming a row whose text in a language published
   lags (a row without text in that language gets purpose_text_missing instead), one for each such
   language. */
static void rule_rows_stale(struct check_ctx *c, const struct doc_section *s)
{
  for (size_t r = 0; r < s->npurposes; r++)
    for (int l = 0; l < LANG_COUNT; l++) {
      const struct doc_purpose *p = &s->purposes[r];
      int lead = leading_lang(c->doc, p->from, l);
      if (!c->lang[l] || str_blank(p->text[l]) || lead < 0 || !doc_derive_stale(c->doc, p->from, (enum doc_lang)l))
        continue;
      char *name = row_name(p, lead);
      check_add3(c, s->schema->id, CHECK_WARNING, "languages_out_of_step", "12(1)", l, row_stale_msgid, name,
                 lang_name(lead), lang_name(l));
      free(name);
    }
}

/* One section without such a record: a warning for each language published that is still the stock
   text while another language of the notice is the person's own. */
static void rule_out_of_step(struct check_ctx *c, const struct doc_section *s)
{
  if (!c->lib)
    return;
  for (int other = 0; other < LANG_COUNT; other++) {
    if (!c->lang[other] || !stock_lang_is_stock(s, c->lib, (enum doc_lang)other))
      continue;
    for (int own = 0; own < LANG_COUNT; own++)
      if (own != other && c->doc->lang_enabled[own] && stock_lang_edited(s, c->lib, (enum doc_lang)own)) {
        check_add(c, s->schema->id, CHECK_WARNING, "languages_out_of_step", "12(1)", -1, drift_msgid,
                  lang_name(own), lang_name(other));
        break;
      }
  }
}

/* Number of languages the notice is published in. */
static int languages(const struct doc *d)
{
  int n = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    n += d->lang_enabled[l];
  return n;
}

void check_langs_run(struct check_ctx *c)
{
  if (languages(c->doc) < 2)
    return;
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &c->doc->sec[i];
    enum schema_kind k = s->schema->kind;
    if (k == SCHEMA_CONTACT || k == SCHEMA_DATE || !check_in_force(c, s))
      continue;
    if (!rule_stale(c, s))
      rule_out_of_step(c, s);
    if (k == SCHEMA_PURPOSES)
      rule_rows_stale(c, s);
  }
}

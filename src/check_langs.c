/* Languages in step: a notice offered in two languages must say the same in both. GDPR Art. 12(1)
   asks the controller to give the information in a concise, transparent and intelligible form; a
   reader of either language must get the same information (the Article 29 Working Party's
   transparency guidelines, WP260 rev.01: every translation offered must be accurate). The document
   records what each language's text was derived from (doc_lang_stale); where the records say nothing
   (a format-1 document, a text changed in the file by hand), the check compares each text with the
   stock text its clause would give: one language the person's own, the other still the stock text,
   means the two have drifted apart. Each purpose row has records of its own (the section's cover only
   its intro text): a row changed in one language and not in the other is named. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "i18n.h"
#include "stock.h"
#include "util.h"

/* The message for a section whose text in edited was changed while the other language's was not. */
static const char *drift_msgid(enum doc_lang edited)
{
  return edited == LANG_FI
             ? N_("the Finnish text was edited but the English text is still the stock text: "
                  "make the English say the same")
             : N_("the English text was edited but the Finnish text is still the stock text: "
                  "make the Finnish say the same");
}

/* The message for a section whose text in language lag is out of date by the records. */
static const char *stale_msgid(enum doc_lang lag)
{
  return lag == LANG_EN
             ? N_("the Finnish text was changed after the English text was written, so the English text is "
                  "out of date: make it say the same as the Finnish")
             : N_("the English text was changed after the Finnish text was written, so the Finnish text is "
                  "out of date: make it say the same as the English");
}

/* One section by its derivation records: true (and a warning) when a language published lags. */
static bool rule_stale(struct check_ctx *c, const struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (c->lang[l] && doc_lang_stale(c->doc, s, (enum doc_lang)l)) {
      check_add(c, s->schema->id, CHECK_WARNING, "languages_out_of_step", "12(1)", l,
                stale_msgid((enum doc_lang)l), NULL, NULL);
      return true;
    }
  return false;
}

/* The message for a purpose row whose text in language lag is out of date by its records. */
static const char *row_stale_msgid(enum doc_lang lag)
{
  return lag == LANG_EN
             ? N_("the purpose \"%s\" was changed in Finnish after its English text was written, so the English "
                  "text is out of date: make it say the same as the Finnish")
             : N_("the purpose \"%s\" was changed in English after its Finnish text was written, so the Finnish "
                  "text is out of date: make it say the same as the English");
}

/* Purpose row p's name for a message about language lag: its text in the other language (the one
   ahead), cut like other quoted names; else check_purpose_name. Caller frees. */
static char *row_name(const struct doc_purpose *p, enum doc_lang lag)
{
  enum doc_lang ahead = lag == LANG_FI ? LANG_EN : LANG_FI;
  if (str_blank(p->text[ahead]))
    return check_purpose_name(p);
  return check_quote(p->text[ahead], 0, strcspn(p->text[ahead], "\n"));
}

/* Each purpose row of s by its own records: a warning naming a row whose text in a language published
   lags (a row without text in that language gets purpose_text_missing instead). */
static void rule_rows_stale(struct check_ctx *c, const struct doc_section *s)
{
  for (size_t r = 0; r < s->npurposes; r++)
    for (int l = 0; l < LANG_COUNT; l++) {
      const struct doc_purpose *p = &s->purposes[r];
      if (!c->lang[l] || str_blank(p->text[l]) || !doc_derive_stale(c->doc, p->from, (enum doc_lang)l))
        continue;
      char *name = row_name(p, (enum doc_lang)l);
      check_add(c, s->schema->id, CHECK_WARNING, "languages_out_of_step", "12(1)", l,
                row_stale_msgid((enum doc_lang)l), name, NULL);
      free(name);
      break;
    }
}

/* One section without such a record: a warning when one language is the person's own and the other
   still the stock text. */
static void rule_out_of_step(struct check_ctx *c, const struct doc_section *s)
{
  if (!c->lib)
    return;
  for (int l = 0; l < LANG_COUNT; l++) {
    enum doc_lang own = (enum doc_lang)l, other = own == LANG_FI ? LANG_EN : LANG_FI;
    if (c->lang[other] && stock_lang_edited(s, c->lib, own) && stock_lang_is_stock(s, c->lib, other)) {
      check_add(c, s->schema->id, CHECK_WARNING, "languages_out_of_step", "12(1)", -1,
                drift_msgid(own), NULL, NULL);
      return;
    }
  }
}

void check_langs_run(struct check_ctx *c)
{
  if (!c->doc->lang_enabled[LANG_FI] || !c->doc->lang_enabled[LANG_EN])
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

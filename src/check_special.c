/* Data that needs a stated condition: the special categories of GDPR Art. 9(1), which need one of the
   conditions of Art. 9(2), and the personal identity code, which tietosuojalaki (1050/2018) 29 § limits. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "util.h"

/* Art. 9(1): health, racial or ethnic origin, political opinions, religious or philosophical beliefs,
   trade-union membership, genetic and biometric data, sex life and sexual orientation. Allergies,
   special diets (an association's event register asks them: they tell of health, or of religion) and
   disabilities are health data. */
static const char *const special_categories[] = {
  "terveys*|terveyd*|terveyt*|sairau*|sairas*|diagno*|lääkity*|potilas*", "health|medical|illness*|diagnos*",
  "etnis*|etnisyy*|rodullis*|rotuperä*", "ethnic*|racial", "poliitti* mielipit*|vakaumu*|puoluekan*",
  "puoluejäsenyy*", "political opinion*|view*|affiliation*|part*", "uskonn*|uskonto*|uskontokun*",
  "vakaumu*", "religio*", "philosophical belief*", "ammattiliit*|ammattiyhdisty*", "trade union*|trade-union",
  "geneetti*|perimä*|dna", "genetic*", "biometri*", "sormenjälj*", "fingerprint*", "seksuaali*",
  "sexual orientation|life", "sex life", "allergi*|allergia*|ruoka-allergi*|erityisruokavalio*|ruokavalio*",
  "allerg*|diet|diets|dietary", "invalidi*|vammai*|vamma|vammat|esteettömyystarpe*", "disabilit*",
  "hälsa|hälsan|hälso*|hälsotillstånd*|sjukdom*|diagnos*|medicinering*|patient*", "etnisk*|rasmässig*",
  "politisk* åsikt*|uppfattning*|tillhörighet*", "religi*|övertygelse*", "filosofisk* övertygelse*",
  "fackförening*|fackligt|fackliga", "genetisk*", "biometrisk*", "fingeravtryck*",
  "sexuell* läggning|orientering|liv", "sexualliv*", "allergi*|specialkost*|specialdiet*",
  "funktionsnedsättning*|funktionshinder*", NULL };
/* The personal identity code (henkilötunnus) and its older names. */
static const char *const identity_code[] = {
  "henkilötunnu*|hetu|hetun|sosiaaliturvatunnu*|sotu", "personal identity code*|number*",
  "social security number*", "national identification number*", "personbeteckning*|personnummer*", NULL };
/* Words that state an Art. 9(2) condition: the article itself, explicit consent (a), employment and
   social security law (b), data made public by the person (e), tietosuojalaki 1050/2018 6 §. */
static const char *const art9_condition[] = {
  "9 artikl*", "article|art 9", "nimenomai* suostumu*", "explicit consent", "=9(2)", "=9.2", "9 art*",
  "työlainsää*|työoikeu*|työsuhdelai*|työterveyshuoltolai*", "employment law*", "sosiaaliturva*",
  "tietosuojala* 6", "6 § tietosuojala*", "data protection act section 6",
  "itse julkista*", "manifestly made public", "artikel 9", "uttryckligt|uttryckliga samtycke*",
  "arbetsrätt*|arbetslagstiftning*|arbetarskydd*", "socialskydd*", "dataskyddslag* 6", "6 § i dataskyddslag*",
  "själv offentliggjort*", "uppenbarligen offentliggjort*", NULL };
/* Words that state the ground of tietosuojalaki 29 §. */
static const char *const code_condition[] = {
  "=29 §", "tietosuojala* 29", "section 29", "29 section", "29 § i dataskyddslag*", "dataskyddslag* 29", NULL };
/* A sentence that denies rather than lists. */
static const char *const denial[] = { "ei|eikä|eivät|emme|en", "not|never|don't|doesn't|no",
  "inte|ej|aldrig|ingen|inga|varken", NULL };


/* The first sentence of the text that lists (does not deny) one of patterns; hit gets where. */
static bool listed(const char *folded, const char *const *patterns, struct text_hit *hit)
{
  size_t pos = 0, st, n;
  while (text_next_sentence(folded, &pos, &st, &n)) {
    if (text_match_any(folded + st, n, denial, NULL) || !text_match_any(folded + st, n, patterns, hit))
      continue;
    hit->off += st;
    return true;
  }
  return false;
}

/* True when the section lists the personal data held: the data content or the categories of data; in
   an imported notice also the data subjects, the purposes and "Other information", where the importer
   leaves a list that came under a heading of its own ("Kerättävät tiedot", "Tapahtumailmoittautuminen"). */
static bool lists_data(const struct check_ctx *c, const struct doc_section *s)
{
  static const char *const imported_too[] = { "data_subjects", "purposes", "other", NULL };
  if (strcmp(s->schema->id, "data_content") == 0 || strcmp(s->schema->id, "data_categories") == 0)
    return true;
  for (size_t i = 0; c->imported && imported_too[i]; i++)
    if (strcmp(s->schema->id, imported_too[i]) == 0)
      return true;
  return false;
}

/* Reports the first item of what a data section lists while no text of the notice states cond. */
static void rule_needs_condition(struct check_ctx *c, const struct text_rule *r, const struct text_at *t,
                                 const char *const *what, const char *const *cond)
{
  struct text_hit h;
  if (!lists_data(c, t->sec) || !listed(t->folded, what, &h) || check_notice_says(c, (int)t->lang, cond, NULL))
    return;
  char *q = check_quote(t->text, h.off, h.len);
  check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
  free(q);
}

void check_rule_special_category(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  rule_needs_condition(c, r, t, special_categories, art9_condition);
}

void check_rule_identity_code(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  rule_needs_condition(c, r, t, identity_code, code_condition);
}

/* What the legal bases in use and the transfer mechanisms ticked oblige the notice to say: consent can be
   withdrawn (GDPR 13(2)(c)), the interest each legitimate-interest purpose pursues (13(1)(d)), the right
   to object (21(1)-(2)), portability only where it applies (20(1)(a)), the safeguard of each transfer
   (13(1)(f)). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "stock.h"
#include "util.h"

static const char *const scc_safeguard[] = {
  "vakiosopimuslausek*|mallisopimuslausek*|vakiolausek*|mallilausek*", "standard contractual|data",
  "46 artikl*", "article|art 46*", "sitov* yrityssään*", "binding corporate",
  "standardavtalsklausul*|standardklausul*|modellklausul*", "bindande företagsbestämmelser", "artikel 46", NULL };
static const char *const adequacy_safeguard[] = {
  "riittävyyspäätö*", "riittäväksi", "riittävä tietosuojan taso", "adequacy*", "adequate", "45 artikl*",
  "article|art 45*", "beslut* om adekvat skyddsnivå", "adekvat skyddsnivå", "adekvat*", "artikel 45", NULL };
static const char *const dpf_safeguard[] = {
  "data privacy framework", "tietosuojakehy*", "dpf", "privacy framework", "ramen för dataskydd",
  "dataskyddsramverk*|dataskyddsram*", NULL };
static const char *const interest_words[] = { "etu*|edu*", "interest*", "intresse*", NULL };
/* Phrases that only name the basis ("on the basis of our legitimate interests"), not the interest pursued. */
static const char *const basis_only[] = {
  "oikeutet* etu*|edu* perusteella|nojalla", "oikeutettuun etuumme|etuun perustu*",
  "basis of our|the legitimate interest*", "based on our|the legitimate interest*",
  "på grund|grundval av vårt|ett|det berättigade|berättigat intresse*",
  "på grund|grundval av berättigat|berättigade intresse*",
  "grundar|baserar sig på vårt|ett|det berättigade|berättigat intresse*",
  "grundar|baserar sig på berättigat|berättigade intresse*", NULL };
static const char *const withdrawal[] = {
  "peruut*|peruu*|perua|perum*|peruminen", "withdraw*|revoke*", "återkall*|återta*", "dra|drar tillbaka", NULL };
static const char *const portability[] = {
  "siirto-oikeu*", "siirrettävyy*", "oikeus siirtää", "portability", "port their|your data", "dataportabilitet*",
  NULL };
static const char *const denial[] = { "ei|eikä|eivät|emme|en", "not|never|don't|doesn't|no",
  "inte|ej|aldrig|ingen|inga|varken", NULL };

/* A transfer mechanism that obliges the transfers text to name what the transfer relies on. */
static const struct mechanism_need {
  const char *option;
  const char *const *patterns;
  const char *msgid;
} mechanism_needs[] = {
  { "scc", scc_safeguard,
    N_("data is transferred outside the EU/EEA, but the text does not name the safeguard "
       "(standard contractual clauses) or how to get a copy") },
  { "adequacy", adequacy_safeguard,
    N_("data is transferred outside the EU/EEA, but the text does not name what the transfer relies on "
       "(an adequacy decision of the European Commission)") },
  { "dpf", dpf_safeguard,
    N_("data is transferred to the United States, but the text does not name what the transfer relies on "
       "(the EU-US Data Privacy Framework, under which the recipient is self-certified)") },
};

/* True when the folded text matches one of patterns. */
static bool says(const char *text, const char *const *patterns)
{
  char *f = text_fold(text);
  bool ok = text_match_any(f, strlen(f), patterns, NULL);
  free(f);
  return ok;
}

/* Each mechanism ticked under transfers: the transfers text names it, in each language published. */
static void rule_mechanisms(struct check_ctx *c)
{
  const struct doc_section *s = doc_section(c->doc, "transfers");
  if (!s || !check_in_force(c, s))
    return;
  for (size_t i = 0; i < sizeof mechanism_needs / sizeof mechanism_needs[0]; i++) {
    const struct mechanism_need *m = &mechanism_needs[i];
    if (!doc_has_item(s, m->option))
      continue;
    for (int l = 0; l < LANG_COUNT; l++)
      if (c->lang[l] && !str_blank(s->text[l]) && !says(s->text[l], m->patterns))
        check_add(c, "transfers", CHECK_ERROR, "basis_needs", "13(1)(f)", l, m->msgid, NULL, NULL);
  }
}

/* A section the bases in use call for (legitimate interests, consent withdrawal, portability) marked
   not applicable: the purpose that needs it is named. */
static void rule_marked_away(struct check_ctx *c)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &c->doc->sec[i];
    const struct doc_section *dep = s->schema->depends_on ? doc_section(c->doc, s->schema->depends_on) : NULL;
    if (!s->not_applicable || !dep || dep->schema->kind != SCHEMA_PURPOSES || !doc_applies(c->doc, s))
      continue;
    const struct doc_purpose *p = check_purpose_on(c->doc, check_bases_mask(s->schema->depends_value));
    if (!p)
      continue;
    char *name = check_purpose_name(p);
    const struct schema_option *b = schema_basis_at((size_t)schema_basis_index(p->basis));
    check_add(c, s->schema->id, CHECK_ERROR, "basis_needs", s->schema->gdpr, -1,
              N_("the section is marked not applicable, but purpose \"%s\" rests on %s, which calls for it; "
                 "write the section"), name, _(b->label));
    free(name);
  }
}

/* Consent in use: the withdrawal text says that consent can be withdrawn. */
static void rule_withdrawal(struct check_ctx *c)
{
  const struct doc_purpose *p = check_purpose_on(c->doc, check_bases_mask("consent"));
  const struct doc_section *s = doc_section(c->doc, "consent_withdrawal");
  if (!p || !s || !check_in_force(c, s))
    return;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (!c->lang[l] || str_blank(s->text[l]) || says(s->text[l], withdrawal))
      continue;
    char *name = check_purpose_name(p);
    check_add(c, s->schema->id, CHECK_ERROR, "basis_needs", "13(2)(c)", l,
              N_("purpose \"%s\" rests on consent, but the text does not say that consent can be withdrawn at "
                 "any time and how"), name, NULL);
    free(name);
  }
}

/* True when the person's own legitimate-interest text of language l names an interest: an interest word
   other than in a phrase that only names the basis. The stock text names no purpose's interest. */
static bool section_names_interest(const struct check_ctx *c, enum doc_lang l)
{
  const struct doc_section *s = doc_section(c->doc, "legitimate_interest");
  if (!s || !check_in_force(c, s) || str_blank(s->text[l]) || (c->lib && stock_lang_is_stock(s, c->lib, l)))
    return false;
  char *f = text_fold(s->text[l]);
  size_t n = strlen(f);
  struct text_hit h;
  while (text_match_any(f, n, basis_only, &h))
    memset(f + h.off, ' ', h.len); /* blank out the phrase, keep the offsets */
  bool named = text_match_any(f, n, interest_words, NULL);
  free(f);
  return named;
}

/* Each legitimate-interest purpose: its interest named in its row or in the person's own section text. */
static void rule_interest(struct check_ctx *c)
{
  const struct doc_section *s = check_purposes(c->doc);
  unsigned li = check_bases_mask("legitimate_interest");
  for (size_t i = 0; s && !s->not_applicable && i < s->npurposes; i++) {
    const struct doc_purpose *p = &s->purposes[i];
    int b = schema_basis_index(p->basis);
    if (b < 0 || !(li & (1u << b)))
      continue;
    for (int l = 0; l < LANG_COUNT; l++) {
      if (!c->lang[l] || !str_blank(p->interest[l]) || section_names_interest(c, (enum doc_lang)l))
        continue;
      char *name = check_purpose_name(p);
      check_add(c, s->schema->id, CHECK_ERROR, "interest_missing", "13(1)(d)", l,
                N_("purpose \"%s\" rests on legitimate interests, but the notice does not name the interest "
                   "it pursues; write the interest in the purpose's row"), name, NULL);
      free(name);
    }
  }
}

/* Legitimate interests or a public task in use: the right to object is not marked away (Art. 21(1)). */
static void rule_objection(struct check_ctx *c)
{
  const struct doc_purpose *p = check_purpose_on(c->doc, check_bases_mask("legitimate_interest,public_task"));
  const struct doc_section *s = doc_section(c->doc, "right_objection");
  if (!p || !s || !s->not_applicable)
    return; /* an empty section is the required rule's */
  char *name = check_purpose_name(p);
  const struct schema_option *b = schema_basis_at((size_t)schema_basis_index(p->basis));
  check_add(c, s->schema->id, CHECK_ERROR, "basis_needs", "21(1)", -1,
            N_("the section is marked not applicable, but purpose \"%s\" rests on %s, to which people may "
               "object; write the section"), name, _(b->label));
  free(name);
}

/* True when every language published of s is empty, or s is marked not applicable. */
static bool says_nothing(const struct check_ctx *c, const struct doc_section *s)
{
  if (s->not_applicable)
    return true;
  for (int l = 0; l < LANG_COUNT; l++)
    if (c->lang[l] && !str_blank(s->text[l]))
      return false;
  return true;
}

/* A marketing purpose (the stock marketing or newsletter one): the notice says how to forbid it (21(2)). */
static void rule_direct_marketing(struct check_ctx *c)
{
  const struct doc_section *ps = check_purposes(c->doc), *s = doc_section(c->doc, "direct_marketing");
  const struct doc_purpose *p = ps ? doc_purpose_find(ps, "marketing") : NULL;
  if (ps && !p)
    p = doc_purpose_find(ps, "newsletter");
  if (!p || ps->not_applicable || !s || !says_nothing(c, s))
    return;
  char *name = check_purpose_name(p);
  check_add(c, s->schema->id, CHECK_WARNING, "direct_marketing_missing", "21(2)", -1,
            N_("purpose \"%s\" is marketing, but the notice does not say how to forbid direct marketing; "
               "fill in this section"), name, NULL);
  free(name);
}

/* Cookies that need consent (917/2014 205 §) are ticked, but no purpose rests on consent: the purposes
   table then leaves out the processing of the data they collect, and the notice does not say how
   consent is withdrawn (GDPR 13(1)(c), 13(2)(c)). */
static void rule_cookies_without_consent(struct check_ctx *c)
{
  const struct doc_section *k = doc_section(c->doc, "cookies");
  if (!k || !check_in_force(c, k) || k->nitems == 0 || (c->bases & check_bases_mask("consent")))
    return;
  const struct schema_option *o = schema_option(k->schema, k->items[0]);
  check_add(c, k->schema->id, CHECK_WARNING, "cookies_without_consent", "13(1)(c)", -1,
            N_("cookies that need consent are used (%s), but no purpose rests on consent; tick the purpose "
               "for them (such as website analytics) so that the notice lists it and says how consent is "
               "withdrawn"),
            o ? _(o->label) : k->items[0], NULL);
}

void check_rule_portability(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (c->bases & check_bases_mask("consent,contract") || !c->bases)
    return;
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    struct text_hit h;
    if (!text_match_any(t->folded + st, n, portability, &h) || text_match_any(t->folded + st, n, denial, NULL))
      continue;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

void check_needs_run(struct check_ctx *c)
{
  rule_mechanisms(c);
  rule_marked_away(c);
  rule_withdrawal(c);
  rule_interest(c);
  rule_objection(c);
  rule_direct_marketing(c);
  rule_cookies_without_consent(c);
}

/* The rule table: what the check looks for in the texts of a notice, in Finnish and English. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "render.h"
#include "util.h"

/* ---------- what the rules look for ---------- */

static const char *const repealed_personal_data_act[] = {
  "henkilötietola*!henkilötietolainsää", "personal data act*", "523/1999", NULL };
static const char *const repealed_ecomms_privacy_act[] = {
  "sähköis* viestin* tietosuojala*!tietosuojalainsää", "516/2004",
  "protection of privacy in electronic communications", NULL };
static const char *const old_authority_address[] = { "ratapihantie*", NULL };
static const char *const template_placeholders[] = {
  "=(s-postiosoite)", "=[s-postiosoite]", "=<s-postiosoite>", "=(sähköpostiosoite)", "=(linkki)", "=[linkki]", "=<linkki>",
  "=(link)", "=[link]", "=(osoite)", "=(nimi)", "=[nimi]", "=(puhelinnumero)", "=(yrityksen nimi)",
  "=[yrityksen nimi]", "=(yritys)", "=[yritys]", "=(company name)", "=[company name]", "=xx.xx.xxxx",
  "lorem ipsum", NULL };
static const char *const template_typos[] = {
  "yorganisaat*", "riorganisaat*", "luottihakemu*", "ulkoituskumppan*", "tietosuojasetu*", "salassapitosoumu*", NULL };

static const char *const indefinite[] = {
  "toistaiseksi", "indefinite*", "ikuisesti", "forever", "pysyvästi", "permanently",
  "rajoittamattoma* aja*", "unlimited period|time", NULL };
static const char *const retention_words[] = {
  "säily*|säilö*", "retain*|retention|kept|keep*|store|stored", NULL };
static const char *const retention_criteria[] = {
  "kunnes", "until", "kauan", "as long as", "vuot*|vuod*|vuosi", "kuukau*", "year*", "month*",
  "päätty*|päättymi*|päätyttyä", "jälkeen", "after", "asti|saakka", "end", "ending|ends|ended",
  "tarpeen|tarpeellis*|tarvita|tarvitaan", "necessary|needed|required|need", NULL };

static const char *const request_words[] = {
  "pyyn*|pyyntö*|pyytä*|tarkastus*|korjau*|vaatimu*|vaati*", "request*|application*", NULL };
static const char *const signed_request[] = {
  "omakätis*", "allekirjoitettav*|allekirjoitetu*", "allekirjoittaa", "signed", "signature*", "handwritten", NULL };
static const char *const once_a_year[] = {
  "kerran vuodes*", "kerran vuodessa", "vuoden välein", "kerran 12 kuukau*", "once a|per|every year",
  "once in a year", "once every 12 months", NULL };
static const char *const fee_words[] = {
  "maksu*|maksut*|maksuto*|veloit*|ilmai*|korvau*|kustannu*", "free|charge*|fee|fees|cost*", NULL };
static const char *const transfer_exception[] = {
  "ellei|paitsi|poikkeuksellisesti|tarvittaessa", "lukuun ottamatta", "voida* siirt*|siirtää",
  "saateta* siirt*", "unless|except|exceptionally", "may be transferred", "can be transferred", NULL };
static const char *const outside_eea[] = { "ulkopuol*", "kolmansi* mai*|maih*", "outside", "third countr*", NULL };
static const char *const cookie_words[] = { "eväst*|seurantapikse*", "cookie*|pixel*", NULL };
static const char *const non_essential_cookies[] = {
  "analyti*|analyso*|analysoi*|markkinoin*|markkinointi*|mainon*|mainos*|kohdenn*|kohdent*|seuranta*|"
  "seurann*|tilasto*|kävijäseuran*", "analytics|marketing|advertis*|targeting|tracking|statistics", NULL };
static const char *const consent_words[] = { "suostum*|suostumu*", "consent*", NULL };

/* ---------- simple rules: a phrase found is a finding ---------- */

/* Reports the first phrase of the rule's list found in the text, quoting it. */
static void rule_phrase(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  struct text_hit h;
  if (!text_match_any(t->folded, strlen(t->folded), r->patterns, &h))
    return;
  char *q = check_quote(t->text, h.off, h.len);
  check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
  free(q);
}

/* Reports every phrase of the rule's list found in the text (each a separate leftover). */
static void rule_phrases(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  for (size_t i = 0; r->patterns[i]; i++) {
    struct text_hit h;
    if (!text_match(t->folded, strlen(t->folded), r->patterns[i], &h))
      continue;
    char *q = check_quote(t->text, h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
  }
}

/* True when the check already holds this finding (the same detail missing, found in the other language). */
static bool already_found(const struct check_ctx *c, const char *section, const char *rule, const char *a1)
{
  for (size_t i = 0; i < c->out->n; i++) {
    const struct check_finding *x = &c->out->v[i];
    if (strcmp(x->section, section) == 0 && strcmp(x->rule, rule) == 0 && x->arg[0] && strcmp(x->arg[0], a1) == 0)
      return true;
  }
  return false;
}

/* Reports each detail a text refers to ({controller} and the like) that the document lacks, in plain
   words and once per section: a missing name is missing in both languages alike. A detail kept per
   language (the register's name) is reported with the language it is missing in. */
/* Reports the first word in braces ("{privacy_page}") that is no detail the notice knows how to fill. */
static void rule_unknown_braces(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  for (const char *p = t->text; (p = strchr(p, '{')) != NULL; p++) {
    size_t n = 1;
    while (islower((unsigned char)p[n]) || p[n] == '_')
      n++;
    char *name = n > 1 && p[n] == '}' ? xasprintf("%.*s", (int)(n - 1), p + 1) : NULL;
    bool unknown = name && render_placeholder_index(name) < 0;
    free(name);
    if (unknown) {
      char *q = check_quote(p, 0, n + 1);
      check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang,
                N_("the text has \"%s\" in braces, which the notice cannot fill in; write the detail itself"),
                q, NULL);
      free(q);
      return;
    }
  }
}

static void rule_placeholder(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  unsigned gaps = 0;
  free(render_fill(c->doc, t->lang, t->text, FILL_KEEP, &gaps));
  rule_unknown_braces(c, r, t);
  for (int i = 0; gaps >> i; i++) {
    if (!(gaps & (1u << i)) || check_cookie_tool_gap(c, t->sec->schema->id, i))
      continue;
    char *what = render_gap_words(i);
    bool per_lang = i == render_placeholder_index("register");
    const char *sec = t->sec->schema->id;
    if (per_lang)
      check_add(c, sec, r->severity, r->id, r->gdpr, (int)t->lang,
                N_("%s in the %s text; the text refers to it, so fill it in"), what,
                t->lang == LANG_FI ? _("Finnish") : _("English"));
    else if (!already_found(c, sec, r->id, what))
      check_add(c, sec, r->severity, r->id, r->gdpr, -1, r->msgid, what, NULL);
    free(what);
  }
}

/* True when the section is the one that states the retention period (by its GDPR item). */
static bool is_retention_section(const struct doc_section *s)
{
  return s->schema->gdpr && strcmp(s->schema->gdpr, "13(2)(a)") == 0;
}

/* Reports a retention stated as "indefinitely" in a sentence that gives no criterion. */
static void rule_retention(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  size_t pos = 0, st, n;
  bool retention = is_retention_section(t->sec) || t->field == CHECK_FIELD_ROW_RETENTION;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    const char *s = t->folded + st;
    struct text_hit h;
    if (!text_match_any(s, n, r->patterns, &h))
      continue;
    if (!retention && !text_match_any(s, n, retention_words, NULL))
      continue;
    if (text_match_any(s, n, retention_criteria, NULL))
      continue;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

/* Reports the first sentence with one of the rule's phrases and its context, without its "unless" words. */
static void rule_sentence(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    const char *s = t->folded + st;
    struct text_hit h;
    if (!text_match_any(s, n, r->patterns, &h) || (r->context && !text_match_any(s, n, r->context, NULL)) ||
        (r->unless && text_match_any(s, n, r->unless, NULL)))
      continue;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

/* A transfers section that chose "no transfers" but whose text allows exceptions. */
static void rule_transfer_exception(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (strcmp(t->sec->schema->id, "transfers") == 0 && check_no_transfers(c))
    rule_sentence(c, r, t);
}

/* A cookies text that tells of analytics or marketing cookies but nowhere says that they need consent. */
static void rule_cookie_consent(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (strcmp(t->sec->schema->id, "cookies") == 0 &&
      !text_match_any(t->folded, strlen(t->folded), consent_words, NULL))
    rule_sentence(c, r, t);
}

/* ---------- the table ---------- */

static const struct text_rule rules[] = {
  { "repealed_law", CHECK_ERROR, NULL, repealed_personal_data_act, NULL, NULL,
    N_("refers to the repealed Personal Data Act (henkilötietolaki 523/1999): \"%s\"; refer to the GDPR and "
       "the Data Protection Act (tietosuojalaki 1050/2018) instead"), rule_phrase },
  { "repealed_law", CHECK_ERROR, NULL, repealed_ecomms_privacy_act, NULL, NULL,
    N_("refers to the repealed Act on the Protection of Privacy in Electronic Communications (516/2004): "
       "\"%s\"; the law now is the Act on Electronic Communications Services (917/2014)"), rule_phrase },
  { "old_authority_address", CHECK_ERROR, "13(2)(d)", old_authority_address, NULL, NULL,
    N_("gives the data protection authority's old address (\"%s\"); remove it: the complaint section "
       "gives the authority's current contact details"), rule_phrase },
  { "template_leftover", CHECK_ERROR, NULL, template_placeholders, NULL, NULL,
    N_("template text left in: \"%s\"; replace it with the real detail"), rule_phrases },
  { "template_typo", CHECK_WARNING, NULL, template_typos, NULL, NULL,
    N_("\"%s\" looks like a typo copied from a shared template"), rule_phrases },
  { "other_organisation", CHECK_WARNING, NULL, NULL, NULL, NULL,
    N_("names another organisation, \"%s\", in a section about the controller's own processing (the "
       "controller is %s); if the text was copied from another organisation's notice, put your own name in "
       "its place; if that organisation receives the data, name it under recipients"), check_rule_other_org },
  { "placeholder", CHECK_ERROR, NULL, NULL, NULL, NULL,
    N_("%s; the text refers to it, so fill it in"), rule_placeholder },
  { "retention_indefinite", CHECK_ERROR, "13(2)(a)", indefinite, NULL, NULL,
    N_("retention is stated as \"%s\" without a period or the criteria that decide it"), rule_retention },
  { "legal_basis_mismatch", CHECK_WARNING, "13(1)(c)", NULL, NULL, NULL,
    N_("the text states \"%s\" as the legal basis, but no purpose rests on it (the purposes rest on %s); "
       "correct the text or add the purpose with that basis"), check_rule_basis },
  /* GDPR 20(1)(a): portability applies only to processing based on consent or a contract. */
  { "portability_not_applicable", CHECK_WARNING, "20(1)", NULL, NULL, NULL,
    N_("the text promises the right to data portability (\"%s\"), but no purpose rests on consent or a "
       "contract, so the right does not apply; remove the promise or correct the purposes"),
    check_rule_portability },
  { "signed_request", CHECK_WARNING, "12(2)", signed_request, request_words, NULL,
    N_("asks for a signed request (\"%s\"), as the repealed Personal Data Act did; under the GDPR people may "
       "make requests in any form, for example by e-mail, and you must make that easy"), rule_sentence },
  { "access_once_a_year", CHECK_ERROR, "15(3)", once_a_year, fee_words, NULL,
    N_("limits free access to the data to \"%s\", as the repealed Personal Data Act did; under the GDPR the "
       "first copy is always free, and a reasonable fee may be charged only for further copies"), rule_sentence },
  { "transfer_exception", CHECK_WARNING, "13(1)(f)", transfer_exception, outside_eea, NULL,
    N_("the notice says that no data leaves the EU/EEA, but the text allows exceptions (\"%s\"); if data can "
       "be transferred, tick the transfer mechanism that applies so that the notice names its safeguard"),
    rule_transfer_exception },
  /* GDPR 13(1)(f): a provider outside the EU/EEA, even one named "for example", is a transfer the notice
     must state; "no transfers" then is false. */
  { "non_eu_service", CHECK_ERROR, "13(1)(f)", NULL, NULL, NULL,
    N_("names \"%s\", a service whose provider is established outside the EU/EEA, but the transfers section "
       "says that no data leaves the EU/EEA; find out where the service processes the data and, if outside "
       "the EU/EEA, add it to the service providers and tick its transfer mechanism (a tool named only as an "
       "example counts too)"),
    check_rule_non_eu_tool },
  /* GDPR 13(1)(f), 26(2): an ad-pixel platform (a joint controller) that may process data outside the EU/EEA. */
  { "processing_outside_eea", CHECK_ERROR, "13(1)(f)", NULL, NULL, NULL,
    N_("says that data may be processed outside the EU/EEA (\"%s\"), but the transfers section says that no "
       "data leaves the EU/EEA; tick the transfer mechanism that applies and name its safeguard"),
    check_rule_outside_eea },
  /* GDPR 13(1)(e) and, for ad pixels, 26(2): the notice names the tools and providers actually used. */
  { "tool_as_example", CHECK_WARNING, "13(1)(e)", NULL, NULL, NULL,
    N_("names a tool only as an example (\"%s\"); readers cannot tell which tool you use, so name the tool "
       "actually used and its provider"), check_rule_example_tool },
  /* GDPR 9(1)-(2): special categories may be processed only under a condition of Art. 9(2). */
  { "special_category", CHECK_WARNING, "9(2)", NULL, NULL, NULL,
    N_("lists \"%s\", a special category of personal data (GDPR Article 9(1)), but the notice states no "
       "condition of Article 9(2) that allows processing it, such as explicit consent; state the condition, or "
       "remove the item if you do not process such data"), check_rule_special_category },
  /* Tietosuojalaki (1050/2018) 29 §: when the personal identity code may be processed. */
  { "identity_code", CHECK_WARNING, NULL, NULL, NULL, NULL,
    N_("lists the personal identity code (\"%s\"), which may be processed only as section 29 of the Data "
       "Protection Act (tietosuojalaki 1050/2018) allows, for example when identifying the person reliably is "
       "necessary; state that ground, or remove the item if you do not process the code"),
    check_rule_identity_code },
  { "cookie_consent", CHECK_WARNING, NULL, non_essential_cookies, cookie_words, NULL,
    N_("the text tells of cookies used for \"%s\" but not that they are used only with the visitor's consent; "
       "such cookies need prior consent (Act on Electronic Communications Services 917/2014, section 205), "
       "and browser settings alone are not consent"), rule_cookie_consent },
};

/* Runs every text rule on one text of the corpus. */
static void run_text(struct check_ctx *c, const struct check_text *k)
{
  struct text_at t = { k->sec, k->lang, k->text, k->folded, k->row, k->field };
  for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
    rules[i].fn(c, &rules[i], &t);
}

void check_rules_run(struct check_ctx *c)
{
  for (size_t i = 0; i < c->corpus.n; i++) {
    const struct check_text *k = &c->corpus.v[i];
    if (k->in_force && k->sec->schema->kind != SCHEMA_DATE && c->lang[k->lang])
      run_text(c, k);
  }
  check_needs_run(c);
}

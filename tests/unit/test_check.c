/* Unit tests: every compliance rule fires on a mistake and stays silent on a correct notice. */
#include "config.h"

#include "check.h"
#include "clauses.h"
#include "i18n.h"
#include "stock.h"
#include "store.h"
#include "unit.h"
#include "util.h"

/* A correct notice (tests/data/full.seloste): contract basis, both languages, DPO appointed. */
static struct doc *base(void)
{
  const char *top = getenv("top_srcdir");
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/data/full.seloste", top ? top : ".");
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  if (!d)
    fprintf(stderr, "%s\n", err.s);
  ck_assert_ptr_nonnull(d);
  sb_free(&err);
  doc_provider_add(doc_section(d, "providers"), "Matomo", "analytics", "FI", NULL); /* the tool it names */
  /* its analytics cookies need consent, which its one basis (contract) does not list: the rules on that
     have their own tests, so here the cookie is not ticked */
  doc_set_item(doc_section(d, "cookies"), "analytics", false);
  return d;
}

/* Sets the basis of every purpose row to basis. */
static void rest_on(struct doc *d, const char *basis)
{
  struct doc_section *s = doc_section(d, "purposes");
  for (size_t i = 0; i < s->npurposes; i++)
    str_set(&s->purposes[i].basis, basis);
}

/* Ticks transfer mechanism mech and adds a provider in country relying on it. */
static void transfer(struct doc *d, const char *mech, const char *name, const char *country)
{
  struct doc_section *t = doc_section(d, "transfers");
  t->not_applicable = false;
  doc_set_item(t, mech, true);
  doc_provider_add(doc_section(d, "providers"), name, "it", country, mech);
}

/* Sets a section's text in one language. */
static void set(struct doc *d, const char *id, enum doc_lang l, const char *text)
{
  str_set(&doc_section(d, id)->text[l], text);
}

/* Number of findings of rule (NULL: any) in section (NULL: any), languages limited by o (may be NULL). */
static size_t count_o(const struct doc *d, const struct check_opts *o, const char *rule, const char *section)
{
  struct check_findings f = { 0 };
  check_doc(d, o, &f);
  size_t n = 0;
  for (size_t i = 0; i < f.n; i++) {
    char *msg = check_message(&f.v[i]);
    if (!rule)
      fprintf(stderr, "  finding: %s: %s: %s\n", f.v[i].section, f.v[i].rule, msg);
    free(msg);
    n += (!rule || strcmp(f.v[i].rule, rule) == 0) && (!section || strcmp(f.v[i].section, section) == 0);
  }
  check_findings_free(&f);
  return n;
}

/* Findings of rule in section over every enabled language. */
static size_t count(const struct doc *d, const char *rule, const char *section)
{
  return count_o(d, NULL, rule, section);
}

START_TEST(correct_notice_is_silent)
{
  struct doc *d = base();
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(required_sections_empty_or_dash)
{
  struct doc *d = base();
  doc_rows_free(doc_section(d, "purposes")); /* the free text stays: no purpose is listed */
  set(d, "automated_decisions", LANG_FI, "-");
  set(d, "automated_decisions", LANG_EN, "–");
  ck_assert_uint_eq(count(d, "required", "purposes"), 1);
  ck_assert_uint_eq(count(d, "required", "automated_decisions"), 1);
  doc_free(d);
}
END_TEST

START_TEST(optional_section_with_dash_warns)
{
  struct doc *d = base();
  set(d, "security_manual", LANG_FI, "-");
  ck_assert_uint_eq(count(d, "filler_body", "security_manual"), 1);
  set(d, "security_manual", LANG_FI, "");
  set(d, "security_manual", LANG_EN, "");
  ck_assert_uint_eq(count(d, NULL, NULL), 0); /* an optional section may be left empty */
  doc_free(d);
}
END_TEST

START_TEST(dpo_filled_or_not_appointed)
{
  struct doc *d = base();
  struct doc_section *s = doc_section(d, "dpo");
  for (int f = 0; f < FIELD_COUNT; f++)
    str_set(&s->field[f], NULL);
  ck_assert_uint_eq(count(d, "required", "dpo"), 1);
  s->not_applicable = true;
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(each_purpose_has_its_text)
{
  struct doc *d = base();
  struct doc_purpose *p = &doc_section(d, "purposes")->purposes[0];
  str_set(&p->text[LANG_EN], "");
  ck_assert_uint_eq(count(d, "purpose_text_missing", "purposes"), 1);
  struct check_opts fi_only = { { true, false }, NULL };
  ck_assert_uint_eq(count_o(d, &fi_only, "purpose_text_missing", NULL), 0);
  str_set(&p->text[LANG_EN], "Orders.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

/* Switches every purpose to legitimate interests, each naming its interest. */
static void use_legitimate_interest(struct doc *d)
{
  rest_on(d, "legitimate_interest");
  struct doc_section *s = doc_section(d, "purposes");
  for (size_t i = 0; i < s->npurposes; i++) {
    str_set(&s->purposes[i].interest[LANG_FI], "Asiakassuhteen hoitaminen.");
    str_set(&s->purposes[i].interest[LANG_EN], "Managing the customer account.");
  }
}

START_TEST(legitimate_interest_needs_the_interest)
{
  struct doc *d = base();
  use_legitimate_interest(d);
  ck_assert_uint_eq(count(d, NULL, NULL), 0); /* each row names its interest */
  set(d, "legitimate_interest", LANG_FI, "");
  set(d, "legitimate_interest", LANG_EN, "");
  ck_assert_uint_eq(count(d, "required", "legitimate_interest"), 1);
  set(d, "legitimate_interest", LANG_FI, "Käsittelemme tietoja oikeutetun etumme perusteella.");
  set(d, "legitimate_interest", LANG_EN, "We process data on the basis of our legitimate interests.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  struct doc_purpose *p = &doc_section(d, "purposes")->purposes[1];
  str_set(&p->interest[LANG_FI], "");
  ck_assert_uint_eq(count(d, "interest_missing", "purposes"), 1); /* the section names no interest */
  set(d, "legitimate_interest", LANG_FI, "Etumme on suoramarkkinointi nykyisille asiakkaille.");
  ck_assert_uint_eq(count(d, "interest_missing", NULL), 0);
  doc_section(d, "legitimate_interest")->not_applicable = true;
  ck_assert_uint_eq(count(d, "basis_needs", "legitimate_interest"), 1);
  doc_free(d);
}
END_TEST

START_TEST(consent_needs_withdrawal)
{
  struct doc *d = base();
  rest_on(d, "consent");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  set(d, "consent_withdrawal", LANG_FI, "Suostumus kysytään lomakkeella.");
  set(d, "consent_withdrawal", LANG_EN, "We ask for consent on a form.");
  ck_assert_uint_eq(count(d, "basis_needs", "consent_withdrawal"), 2);
  set(d, "consent_withdrawal", LANG_FI, "Voit perua suostumuksesi milloin tahansa.");
  set(d, "consent_withdrawal", LANG_EN, "You may withdraw your consent at any time.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  set(d, "consent_withdrawal", LANG_FI, "");
  set(d, "consent_withdrawal", LANG_EN, "");
  ck_assert_uint_eq(count(d, "required", "consent_withdrawal"), 1);
  doc_section(d, "consent_withdrawal")->not_applicable = true;
  ck_assert_uint_eq(count(d, "basis_needs", "consent_withdrawal"), 1);
  doc_free(d);
}
END_TEST

START_TEST(transfer_needs_its_safeguard)
{
  struct doc *d = base();
  transfer(d, "scc", "Pilvi Inc", "US");
  set(d, "transfers", LANG_FI, "Emme siirrä tietoja EU:n ulkopuolelle.");
  set(d, "transfers", LANG_EN, "We do not transfer data outside the EU.");
  ck_assert_uint_eq(count(d, "basis_needs", "transfers"), 2); /* the text still says "no transfers" */
  set(d, "transfers", LANG_FI, "Siirron suojatoimena ovat komission vakiosopimuslausekkeet.");
  set(d, "transfers", LANG_EN, "The safeguard is the standard contractual clauses of the Commission.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_set_item(doc_section(d, "transfers"), "scc", false);
  doc_provider_remove(doc_section(d, "providers"), 1);
  transfer(d, "adequacy", "Kiwi Ltd", "NZ");
  ck_assert_uint_eq(count(d, "basis_needs", "transfers"), 2);
  set(d, "transfers", LANG_FI, "Siirto perustuu komission riittävyyspäätökseen.");
  set(d, "transfers", LANG_EN, "The transfer is based on an adequacy decision of the Commission.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(legal_basis_stated_differently)
{
  struct doc *d = base();
  use_legitimate_interest(d);
  set(d, "legitimate_interest", LANG_FI, "Käsittelyn oikeusperusteena on sopimus.");
  ck_assert_uint_eq(count(d, "legal_basis_mismatch", "legitimate_interest"), 1);
  set(d, "purposes", LANG_EN, "We keep the register. Processing is based on a contract with you.");
  ck_assert_uint_eq(count(d, "legal_basis_mismatch", "purposes"), 1);
  doc_free(d);
}
END_TEST

START_TEST(legal_basis_mentions_that_are_not_statements_are_silent)
{
  struct doc *d = base(); /* contract */
  set(d, "cookies", LANG_FI, "Evästeiden avulla kerättyjen henkilötietojen käsittely perustuu suostumukseesi.");
  set(d, "purposes", LANG_FI, "Käsittelyn oikeusperuste ei ole suostumus. Käsittelyn oikeusperusteena on sopimuksemme.");
  set(d, "other", LANG_FI, "Käsittelyn oikeusperuste on sopimus tai oikeutettu etu.");
  ck_assert_uint_eq(count(d, "legal_basis_mismatch", NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(purpose_text_states_another_basis)
{
  struct doc *d = base(); /* contract */
  struct doc_purpose *p = &doc_section(d, "purposes")->purposes[0];
  str_set(&p->text[LANG_FI], "Tilaukset. Käsittelyn oikeusperusteena on oikeutettu etu.");
  ck_assert_uint_eq(count(d, "legal_basis_mismatch", "purposes"), 1);
  str_set(&p->basis, "legitimate_interest");
  str_set(&p->interest[LANG_FI], "Myynti.");
  str_set(&p->interest[LANG_EN], "Sales.");
  ck_assert_uint_eq(count(d, "legal_basis_mismatch", NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(contact_email_and_phone_agree)
{
  struct doc *d = base(); /* contact: tietosuoja@esimerkki.example, 040 123 4567 */
  set(d, "other", LANG_FI, "Kysy lisää: tietosuoja@esimerkki.example tai 040 123 4567.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  set(d, "other", LANG_FI, "Kysy lisää: tietosuja@esimerkki.example.");
  ck_assert_uint_eq(count(d, "email_mismatch", "other"), 1);
  set(d, "other", LANG_FI, "Soita numeroon 040 123 4568.");
  ck_assert_uint_eq(count(d, "phone_mismatch", "other"), 1);
  set(d, "other", LANG_FI, "Myynti: myynti@esimerkki.example, vaihde 09 765 4321.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0); /* other addresses are not misspellings */
  doc_free(d);
}
END_TEST

START_TEST(dates_valid_and_in_order)
{
  struct doc *d = base();
  str_set(&d->modified, "2020-01-01");
  ck_assert_uint_eq(count(d, "date_order", "dates"), 1);
  str_set(&d->modified, "2024-05-02");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  str_set(&d->created, "2024-02-30");
  ck_assert_uint_eq(count(d, "date_invalid", "dates"), 1);
  str_set(&d->created, NULL);
  ck_assert_uint_eq(count(d, "date_missing", "dates"), 1); /* a warning: the last update is there */
  ck_assert_uint_eq(count(d, "date_invalid", "dates"), 0);
  str_set(&d->modified, NULL);
  ck_assert_uint_eq(count(d, "date_missing", "dates"), 1); /* an error: no date at all */
  doc_free(d);
}
END_TEST

START_TEST(repealed_laws)
{
  static const char *const old[] = {
    "Rekisteri on henkilötietolain 10 §:n mukainen.", "Henkilötietolaki (523/1999) 24 §",
    "Viittaamme henkilötietolakiin.", "This register follows the Personal Data Act.",
    "Evästeistä säädetään sähköisen viestinnän tietosuojalaissa.", "Laki 516/2004" };
  for (size_t i = 0; i < sizeof old / sizeof old[0]; i++) {
    struct doc *d = base();
    set(d, "other", LANG_FI, old[i]);
    ck_assert_msg(count(d, "repealed_law", "other") == 1, "not found: %s", old[i]);
    doc_free(d);
  }
  struct doc *d = base();
  set(d, "other", LANG_FI, "Noudatamme henkilötietolainsäädäntöä ja sähköisen viestinnän palveluista annettua lakia "
                           "(917/2014) sekä tietosuojalakia (1050/2018).");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(old_authority_address)
{
  struct doc *d = base();
  set(d, "complaint", LANG_FI, "Valituksen voi tehdä Tietosuojavaltuutetun toimistolle, Ratapihantie 9, 00520 Helsinki.");
  ck_assert_uint_eq(count(d, "old_authority_address", "complaint"), 1);
  doc_free(d);
}
END_TEST

START_TEST(contact_fields_are_well_formed)
{
  struct doc *d = base();
  struct doc_section *c = doc_section(d, "controller");
  str_set(&c->field[FIELD_BUSINESS_ID], "2345678-1");
  str_set(&c->field[FIELD_EMAIL], "asiakaspalvelu@esimerkki");
  str_set(&c->field[FIELD_PHONE], "puh 09 123");
  str_set(&c->field[FIELD_WEBSITE], "www.esimerkki.example");
  ck_assert_uint_eq(count(d, "business_id", "controller"), 1);
  ck_assert_uint_eq(count(d, "email", "controller"), 1);
  ck_assert_uint_eq(count(d, "phone", "controller"), 1);
  ck_assert_uint_eq(count(d, "url_scheme", "controller"), 1);
  str_set(&c->field[FIELD_EMAIL], "asiakaspalvelu[a]esimerkki.example");
  ck_assert_uint_eq(count(d, "email", "controller"), 1);
  doc_free(d);
}
END_TEST

START_TEST(facts_in_texts)
{
  struct doc *d = base();
  set(d, "other", LANG_FI, "Y-tunnus 2345678-1. Lisätietoja www.esimerkki.example ja myynti[a]esimerkki.example.");
  ck_assert_uint_eq(count(d, "business_id", "other"), 1);
  ck_assert_uint_eq(count(d, "url_scheme", "other"), 1);
  ck_assert_uint_eq(count(d, "email", "other"), 1);
  set(d, "other", LANG_FI, "Y-tunnus 2345678-0. Lisätietoja https://www.esimerkki.example.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(leftovers)
{
  struct doc *d = base();
  set(d, "other", LANG_FI, "Ilmoita sähköpostitse (s-postiosoite) tai kutsun kautta (linkki).");
  ck_assert_uint_eq(count(d, "template_leftover", "other"), 2);
  set(d, "other", LANG_FI, "Tietoja ei luovuteta yorganisaation ulkopuolelle paitsi luottihakemukseen liittyen.");
  ck_assert_uint_eq(count(d, "template_typo", "other"), 2);
  set(d, "other", LANG_FI, "Ulkoituskumppanit ovat allekirjoittaneet salassapitosoumuksen tietosuojasetuksen mukaan.");
  ck_assert_uint_eq(count(d, "template_typo", "other"), 3);
  set(d, "other", LANG_FI, "Katso {privacy_page}.");
  ck_assert_uint_eq(count(d, "placeholder", "other"), 1);
  str_set(&doc_section(d, "controller")->field[FIELD_WEBSITE], NULL);
  set(d, "other", LANG_FI, "");
  /* {website} in both languages: one finding, in plain words, about the detail missing */
  ck_assert_uint_eq(count(d, "placeholder", "cookies"), 1);
  doc_free(d);
}
END_TEST

START_TEST(another_organisations_name)
{
  struct doc *d = base(); /* the controller is Esimerkki Oy */
  set(d, "purposes", LANG_FI, "Yritys Oy käsittelee tietoja asiakassuhteen hoitamiseksi.");
  ck_assert_uint_eq(count(d, "other_organisation", "purposes"), 1);
  set(d, "retention", LANG_EN, "Acme Widgets Ltd keeps the data for six years after the customer relationship.");
  ck_assert_uint_eq(count(d, "other_organisation", "retention"), 1);
  set(d, "register_name", LANG_FI, "Mainostoimisto Kuutti Oy:n asiakasrekisteri");
  ck_assert_uint_eq(count(d, "other_organisation", "register_name"), 1);
  set(d, "purposes", LANG_FI, "Esimerkki Oy:n ja Esimerkki Group Oyj:n asiakassuhteiden hoitaminen.");
  set(d, "retention", LANG_EN, "Esimerkki Oy keeps the data for six years after the customer relationship.");
  set(d, "register_name", LANG_FI, "Asiakasrekisteri");
  set(d, "recipients", LANG_FI, "Tietoja käsittelevät lukuumme Posti Oy ja Visma Solutions Oy.");
  set(d, "sources", LANG_EN, "We update addresses from Suomen Asiakastieto Oy.");
  ck_assert_uint_eq(count(d, "other_organisation", NULL), 0); /* own names, and others where they belong */
  str_set(&doc_section(d, "controller")->field[FIELD_NAME], NULL);
  set(d, "purposes", LANG_FI, "Yritys Oy käsittelee tietoja.");
  ck_assert_uint_eq(count(d, "other_organisation", NULL), 0); /* nothing to compare against */
  doc_free(d);
}
END_TEST

START_TEST(rules_of_the_repealed_personal_data_act)
{
  struct doc *d = base();
  set(d, "right_access", LANG_FI, "Tarkastuspyyntö on tehtävä omakätisesti allekirjoitetulla kirjeellä.");
  set(d, "right_rectification", LANG_EN, "The request must be signed.");
  ck_assert_uint_eq(count(d, "signed_request", NULL), 2);
  set(d, "right_objection", LANG_FI, "Tarkastusoikeus on maksuton kerran vuodessa.");
  set(d, "right_objection", LANG_EN, "You may check your data free of charge once a year.");
  ck_assert_uint_eq(count(d, "access_once_a_year", "right_objection"), 2);
  set(d, "right_access", LANG_FI, "Voit tehdä pyynnön sähköpostitse.");
  set(d, "right_rectification", LANG_EN, "Send your request by e-mail.");
  set(d, "right_objection", LANG_FI, "Tarkistamme selosteen ajantasaisuuden kerran vuodessa.");
  set(d, "right_objection", LANG_EN, "We review this notice once a year.");
  set(d, "security_electronic", LANG_FI, "Jokainen käyttäjä on allekirjoittanut salassapitositoumuksen.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(transfers_said_to_be_none)
{
  struct doc *d = base(); /* transfers: not applicable */
  doc_section(d, "transfers")->not_applicable = false; /* no mechanism ticked: still "no transfers" */
  set(d, "transfers", LANG_FI, "Tietoja ei siirretä EU:n ulkopuolelle, ellei se ole teknisesti tarpeellista.");
  set(d, "transfers", LANG_EN, "We do not transfer data outside the EU.");
  ck_assert_uint_eq(count(d, "transfer_exception", "transfers"), 1);
  set(d, "cookies", LANG_EN, "We use Google Analytics to count visits, only with your consent.");
  ck_assert_uint_eq(count(d, "non_eu_service", "cookies"), 1);
  transfer(d, "dpf", "Google", "US");
  set(d, "transfers", LANG_FI, "Siirrämme tietoja Yhdysvaltoihin tietosuojakehyksen perusteella, ellei "
                               "palveluntarjoaja ole liittynyt tietosuojakehykseen.");
  ck_assert_uint_eq(count(d, "transfer_exception", NULL) + count(d, "non_eu_service", NULL), 0);
  doc_free(d);
  d = base();
  set(d, "cookies", LANG_EN, "We use a web analytics tool (for example Google Analytics), only with your consent.");
  ck_assert_uint_eq(count(d, "non_eu_service", "cookies"), 1); /* named as an example: still a transfer */
  doc_free(d);
}
END_TEST

/* Counts the findings of rule with the quote q in their message. */
static size_t count_quoting(const struct doc *d, const char *rule, const char *q)
{
  struct check_findings f = { 0 };
  check_doc(d, NULL, &f);
  size_t n = 0;
  for (size_t i = 0; i < f.n; i++)
    n += strcmp(f.v[i].rule, rule) == 0 && f.v[i].arg[0] && strcmp(f.v[i].arg[0], q) == 0;
  check_findings_free(&f);
  return n;
}

START_TEST(no_transfers_with_a_provider_outside_the_eea)
{
  static const struct { const char *section, *text, *tool; } named[] = {
    { "cookies", "Käytämme verkkoanalytiikkatyökalua (esimerkiksi Google Analytics tai Matomo) vain suostumuksellasi.",
      "Google Analytics" },
    { "cookies", "Sivustolla on Meta Pixel, jota käytämme vain suostumuksellasi.", "Meta Pixel" },
    { "cookies", "We use the Facebook pixel, only with your consent.", "Facebook" },
    { "recipients", "Sähköpostimme ja asiakirjamme ovat Microsoft 365 -palvelussa.", "Microsoft 365" },
    { "recipients", "We send our newsletter with Mailchimp.", "Mailchimp" },
    { "recipients", "Asiakastapaamiset pidetään Zoomissa tai Slackissa.", "Zoomissa" },
    { "recipients", "Asiakastapaamiset pidetään Zoomissa tai Slackissa.", "Slackissa" },
    { "purposes", "Asiakkuudenhallintaan käytämme HubSpotia ja Salesforcea.", "HubSpotia" },
    { "purposes", "Asiakkuudenhallintaan käytämme HubSpotia ja Salesforcea.", "Salesforcea" },
    { "security_electronic", "Palvelimemme ovat Amazon Web Services -pilvessä (AWS).", "Amazon Web Services" },
  };
  for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
    struct doc *d = base(); /* transfers: none */
    set(d, named[i].section, LANG_FI, named[i].text);
    ck_assert_msg(count_quoting(d, "non_eu_service", named[i].tool) == 1, "%s not reported", named[i].tool);
    ck_assert_uint_eq(count(d, "non_eu_service", named[i].section), count(d, "non_eu_service", NULL));
    transfer(d, "scc", "Pilvi Inc", "US"); /* the fixed notice: a mechanism ticked */
    set(d, "transfers", LANG_FI, "Tietoja siirretään Yhdysvaltoihin vakiosopimuslausekkein (46 artikla). "
                                 "Saat jäljennöksen pyynnöstä.");
    set(d, "transfers", LANG_EN, "Data is transferred to the United States under standard contractual clauses "
                                 "(Article 46). You can get a copy on request.");
    ck_assert_uint_eq(count(d, "non_eu_service", NULL), 0);
    doc_free(d);
  }
  struct doc *d = base();
  set(d, "cookies", LANG_FI, "Käytämme Matomo-analytiikkaa omalla palvelimellamme vain suostumuksellasi.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0); /* an EU tool, named as the one used */
  doc_free(d);
}
END_TEST

START_TEST(ad_pixel_platform_outside_the_eea_with_no_transfers)
{
  struct doc *d = base(); /* transfers: none */
  set(d, "cookies", LANG_FI, "Käytämme mainosalustan seurantapikseliä vain suostumuksellasi. "
                             "Alusta voi käsitellä tietoja myös EU:n ja ETA:n ulkopuolella.");
  set(d, "cookies", LANG_EN, "We use an advertising platform's pixel only with your consent. "
                             "The platform may also process the data outside the EU and the EEA.");
  ck_assert_uint_eq(count(d, "processing_outside_eea", "cookies"), 2);
  set(d, "recipients", LANG_FI, "Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle."); /* a denial is no transfer */
  ck_assert_uint_eq(count(d, "processing_outside_eea", "recipients"), 0);
  transfer(d, "scc", "Mainosalusta Inc", "US");
  set(d, "transfers", LANG_FI, "Mainosalusta käsittelee tietoja EU:n ulkopuolella vakiosopimuslausekkein (46 artikla).");
  set(d, "transfers", LANG_EN, "The platform processes data outside the EU under standard contractual clauses "
                               "(Article 46).");
  ck_assert_uint_eq(count(d, "processing_outside_eea", NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(tool_named_only_as_an_example)
{
  static const char *const bad[] = {
    "Käytämme verkkoanalytiikkatyökalua (esimerkiksi Google Analytics tai Matomo).",
    "Käytämme analytiikkatyökalua, esim. Matomoa, vain suostumuksellasi.",
    "We use a marketing automation tool (for example Mailchimp) only with your consent.",
    "We use advertising pixels (for example the Meta Pixel) only with your consent.",
    "We use an analytics tool (e.g. Plausible) only with your consent.",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    struct doc *d = base();
    transfer(d, "dpf", "Google", "US"); /* so only the example rule speaks */
    set(d, "cookies", LANG_FI, bad[i]);
    ck_assert_msg(count(d, "tool_as_example", "cookies") == 1, "not found in: %s", bad[i]);
    doc_free(d);
  }
  struct doc *d = base();
  ck_assert_uint_eq(count_quoting(d, "tool_as_example", "x"), 0);
  set(d, "cookies", LANG_FI, "Käytämme verkkoanalytiikkatyökalua (esimerkiksi Google Analytics tai Matomo) vain "
                             "suostumuksellasi.");
  ck_assert_uint_eq(count_quoting(d, "tool_as_example", "esimerkiksi Google Analytics"), 1);
  set(d, "cookies", LANG_FI, "Käytämme Matomo-verkkoanalytiikkaa vain suostumuksellasi. Se kerää esimerkiksi "
                             "selatut sivut."); /* the tool named; "esimerkiksi" about something else */
  ck_assert_uint_eq(count(d, "tool_as_example", NULL), 0);
  set(d, "sources", LANG_FI, "Tällaisia lähteitä ovat esimerkiksi Postin osoitetietojen päivityspalvelu.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(special_categories_need_a_condition)
{
  static const struct { enum doc_lang l; const char *text, *found; } bad[] = {
    { LANG_FI, "Käsittelemme seuraavia tietoja:\n- nimi ja yhteystiedot\n- terveystiedot, kuten allergiat", "terveystiedot" },
    { LANG_FI, "Tallennamme yhteystiedot ja ammattiliiton jäsenyyden.", "ammattiliiton" },
    { LANG_FI, "Tallennamme uskonnollisen vakaumuksen.", "uskonnollisen" },
    { LANG_EN, "We process contact details and data about your health.", "health" },
    { LANG_EN, "We keep biometric data for access control.", "biometric" },
    { LANG_EN, "We record your ethnic origin and political opinions.", "ethnic" },
    { LANG_EN, "We record your sexual orientation for the survey.", "sexual orientation" },
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    struct doc *d = base();
    set(d, "data_categories", bad[i].l, bad[i].text);
    ck_assert_msg(count_quoting(d, "special_category", bad[i].found) == 1, "not found: %s", bad[i].found);
    char cond[300];
    snprintf(cond, sizeof cond, "%s %s", bad[i].text, bad[i].l == LANG_FI
             ? "Käsittelemme niitä vain nimenomaisella suostumuksellasi (tietosuoja-asetuksen 9 artiklan 2 kohdan a alakohta)."
             : "We process them only with your explicit consent (Article 9(2)(a) of the GDPR).");
    set(d, "data_categories", bad[i].l, cond);
    ck_assert_uint_eq(count(d, "special_category", NULL), 0);
    doc_free(d);
  }
  struct doc *d = base();
  set(d, "data_content", LANG_FI, "Rekisteriin tallennetaan terveydentilaa koskevia tietoja:");
  ck_assert_uint_eq(count(d, "special_category", "data_content"), 1);
  set(d, "data_content", LANG_FI, "Emme käsittele terveystietoja emmekä muita erityisiä henkilötietoryhmiä.");
  set(d, "purposes", LANG_FI, "Tietoja käytetään terveystietojen kyselyyn vastaamiseen."); /* not a data section */
  ck_assert_uint_eq(count(d, "special_category", NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(identity_code_needs_its_ground)
{
  struct doc *d = base();
  set(d, "data_categories", LANG_FI, "Tallennamme nimen, osoitteen ja henkilötunnuksen.");
  ck_assert_uint_eq(count_quoting(d, "identity_code", "henkilötunnuksen"), 1);
  set(d, "data_categories", LANG_EN, "We store your name, address and personal identity code.");
  ck_assert_uint_eq(count(d, "identity_code", "data_categories"), 2);
  set(d, "data_categories", LANG_FI, "Tallennamme nimen, osoitteen ja henkilötunnuksen. Käsittelemme henkilötunnusta "
                                     "vain luotonannossa tunnistamiseen tietosuojalain 29 §:n mukaisesti.");
  set(d, "data_categories", LANG_EN, "We store your name, address and personal identity code. We process the code only "
                                     "to identify you reliably for credit, as section 29 of the Data Protection Act allows.");
  ck_assert_uint_eq(count(d, "identity_code", NULL), 0);
  set(d, "data_categories", LANG_FI, "Emme kerää henkilötunnusta.");
  set(d, "data_categories", LANG_EN, "We do not collect your personal identity code.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

/* The one finding of rule in section (NULL when there is none or more than one), its message in out. */
static bool one_message(const struct doc *d, const struct check_opts *o, const char *rule, const char *section,
                        char **out)
{
  struct check_findings f = { 0 };
  check_doc(d, o, &f);
  size_t n = 0;
  for (size_t i = 0; i < f.n; i++)
    if (strcmp(f.v[i].rule, rule) == 0 && strcmp(f.v[i].section, section) == 0 && n++ == 0)
      *out = check_message(&f.v[i]);
  check_findings_free(&f);
  return n == 1;
}

/* Trial finding 6: a section that does not apply (no purpose on its basis) is never published; text of
   the person's own kept there (a format-1 notice's, after conversion) gets a warning naming the basis
   that would make it apply. Stock text, no text, a filler or a section marked not applicable: silent. */
START_TEST(own_text_in_a_section_that_does_not_apply)
{
  struct doc *d = base(); /* every purpose on contract: consent_withdrawal does not apply */
  struct doc_section *cw = doc_section(d, "consent_withdrawal"), *rp = doc_section(d, "right_portability");
  ck_assert_uint_eq(count(d, "unpublished_text", NULL), 0); /* its stock text: nothing lost */
  cw->origin = ORIGIN_EDITED;
  set(d, "consent_withdrawal", LANG_FI, "Voit perua suostumuksen kassalla tai sähköpostilla.");
  set(d, "consent_withdrawal", LANG_EN, "You can withdraw consent at the till or by e-mail.");
  char *msg = NULL;
  ck_assert(one_message(d, NULL, "unpublished_text", "consent_withdrawal", &msg));
  ck_assert_msg(strstr(msg, "not published, because no purpose rests on \"Consent\"; add such a purpose, or "
                            "move the text") && !strstr(msg, "(Finnish text)"), "%s", msg);
  free(msg);
  set(d, "consent_withdrawal", LANG_EN, "-"); /* a filler is nothing kept */
  ck_assert(one_message(d, NULL, "unpublished_text", "consent_withdrawal", &msg));
  ck_assert_msg(strstr(msg, "(Finnish text)"), "%s", msg);
  free(msg);
  cw->not_applicable = true; /* marked so by the person: they know */
  ck_assert_uint_eq(count(d, "unpublished_text", NULL), 0);
  cw->not_applicable = false;
  rest_on(d, "consent"); /* now it applies and is published */
  ck_assert_uint_eq(count(d, "unpublished_text", NULL), 0);
  rest_on(d, "legitimate_interest"); /* portability rests on consent or contract */
  rp->origin = ORIGIN_EDITED;
  set(d, "right_portability", LANG_FI, "Saat leimahistoriasi CSV-tiedostona.");
  ck_assert(one_message(d, NULL, "unpublished_text", "right_portability", &msg));
  ck_assert_msg(strstr(msg, "no purpose rests on \"Consent\" or \"Contract\""), "%s", msg);
  free(msg);
  set(d, "right_portability", LANG_FI, "");
  set(d, "right_portability", LANG_EN, "");
  ck_assert_uint_eq(count(d, "unpublished_text", "right_portability"), 0);
  doc_free(d);
}
END_TEST

/* With the stock clauses at hand, text equal to the stock text is no text of the person's own, whatever
   its origin says; a word changed makes it so. */
START_TEST(stock_text_in_a_section_that_does_not_apply_is_silent)
{
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert_msg(clauses_load(&lib, &err), "%s", err.s);
  struct check_opts o = { { true, true }, &lib };
  struct doc *d = base();
  struct doc_section *cw = doc_section(d, "consent_withdrawal");
  stock_fill(cw, &lib, "consent_withdrawal.default");
  cw->origin = ORIGIN_EDITED;
  ck_assert_uint_eq(count_o(d, &o, "unpublished_text", NULL), 0);
  char *edited = xasprintf("%s Kassalla myös.", cw->text[LANG_FI]);
  set(d, "consent_withdrawal", LANG_FI, edited);
  free(edited);
  ck_assert_uint_eq(count_o(d, &o, "unpublished_text", "consent_withdrawal"), 1);
  doc_free(d);
  clauses_free(&lib);
  sb_free(&err);
}
END_TEST

/* Trial finding 9: one cookie tool ticked with no provider of its role is one error, not two (the tool
   rule and the placeholder rule said the same); a placeholder of another role is still its own error. */
/* Cookies that need consent with no purpose resting on consent: a warning, silent once the purpose is. */
START_TEST(cookies_need_a_consent_purpose)
{
  struct doc *d = base();
  doc_set_item(doc_section(d, "cookies"), "analytics", true);
  ck_assert_uint_eq(count(d, "cookies_without_consent", "cookies"), 1);
  struct doc_purpose *a = doc_purpose_add(doc_section(d, "purposes"), "analytics", "consent");
  str_set(&a->text[LANG_FI], "Verkkosivuston kävijätilastot");
  str_set(&a->text[LANG_EN], "Website visitor statistics");
  ck_assert_uint_eq(count(d, "cookies_without_consent", NULL), 0);
  doc_free(d);
}
END_TEST

START_TEST(cookie_tool_without_provider_is_one_error)
{
  struct doc *d = base();
  struct doc_section *ck = doc_section(d, "cookies"), *pv = doc_section(d, "providers");
  doc_set_item(ck, "analytics", true);
  struct doc_purpose *a = doc_purpose_add(doc_section(d, "purposes"), "analytics", "consent"); /* its purpose */
  str_set(&a->text[LANG_FI], "Verkkosivuston kävijätilastot");
  str_set(&a->text[LANG_EN], "Website visitor statistics");
  set(d, "cookies", LANG_FI, "Verkkoanalytiikkaan meillä on käytössä {providers:analytics}. Vain suostumuksellasi.");
  set(d, "cookies", LANG_EN, "For web analytics we use {providers:analytics}. Only with your consent.");
  ck_assert_uint_eq(count(d, NULL, "cookies"), 0); /* base() names Matomo */
  doc_section_clear(pv);
  ck_assert_uint_eq(count(d, "tool_not_named", "cookies"), 1);
  ck_assert_uint_eq(count(d, NULL, "cookies"), 1);
  set(d, "cookies", LANG_FI, "Verkkoanalytiikkaan meillä on käytössä {providers:analytics} ja {providers:crm}.");
  ck_assert_uint_eq(count(d, "placeholder", "cookies"), 1); /* the CRM: no cookie tool reports it */
  ck_assert_uint_eq(count(d, NULL, "cookies"), 2);
  doc_set_item(ck, "analytics", false); /* not ticked: the placeholder rule is the one to say it */
  ck_assert_uint_eq(count(d, "tool_not_named", "cookies"), 0);
  ck_assert_uint_eq(count(d, "placeholder", "cookies"), 2);
  doc_free(d);
}
END_TEST

/* Trial finding 9: the number of errors before finishing in proper plural forms, English and Finnish. */
START_TEST(errors_found_in_plural_forms)
{
  i18n_init("en");
  char *one = check_errors_text(1), *three = check_errors_text(3);
  ck_assert_msg(strncmp(one, "The check found 1 error: ", 25) == 0, "%s", one);
  ck_assert_msg(strncmp(three, "The check found 3 errors: ", 26) == 0, "%s", three);
  free(one);
  free(three);
  i18n_use("fi");
  one = check_errors_text(1);
  three = check_errors_text(3);
  ck_assert_msg(strncmp(one, "Tarkistus löysi 1 virheen. ", strlen("Tarkistus löysi 1 virheen. ")) == 0, "%s", one);
  ck_assert_msg(strncmp(three, "Tarkistus löysi 3 virhettä. ", strlen("Tarkistus löysi 3 virhettä. ")) == 0, "%s",
                three);
  free(one);
  free(three);
  i18n_use("en");
}
END_TEST

/* Trial finding 7: the providers section's help says how to show an onward transfer from a provider in
   the EU/EEA (listed again for the other country with its mechanism), in English and in Finnish. */
START_TEST(provider_help_tells_of_onward_transfers)
{
  const char *help = schema_find("providers")->help;
  ck_assert_msg(strstr(help, "is listed again for that country, with the transfer mechanism"), "%s", help);
  i18n_init("fi");
  ck_assert_msg(strstr(_(help), "lisää se luetteloon uudelleen sen maan kohdalle"), "%s", _(help));
  i18n_use("en");
}
END_TEST

START_TEST(cookies_need_consent)
{
  struct doc *d = base();
  set(d, "cookies", LANG_FI, "Käytämme evästeitä kävijämäärien seurantaan. Voit estää evästeet selaimen asetuksista.");
  ck_assert_uint_eq(count(d, "cookie_consent", "cookies"), 1);
  set(d, "cookies", LANG_FI, "Käytämme evästeitä kävijämäärien seurantaan vain, jos annat suostumuksesi.");
  set(d, "data_categories", LANG_FI, "Yhteystiedot, evästetiedot ja markkinointiluvat.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  doc_free(d);
}
END_TEST

/* Puts one stock clause (both languages) into its section of d, choosing its option where it is one. */
static void use_clause(struct doc *d, const struct clause_lib *lib, const char *id)
{
  char section[64];
  snprintf(section, sizeof section, "%.*s", (int)strcspn(id, "."), id);
  struct doc_section *s = doc_section(d, section);
  ck_assert_msg(s != NULL, "clause %s has no section", id);
  const char *variant = id + strlen(section) + 1;
  if (s->schema->kind == SCHEMA_CHOICE && schema_option(s->schema, variant))
    str_set(&s->choice, variant);
  /* a mechanism's clause names the providers relying on it; a cookie tool's clause names the tool */
  static const struct { const char *mech, *country; } where[] = { { "dpf", "US" }, { "adequacy", "GB" },
                                                                  { "scc", "IN" } };
  for (size_t i = 0; strcmp(section, "transfers") == 0 && i < 3; i++)
    if (strcmp(variant, where[i].mech) == 0)
      transfer(d, where[i].mech, "Palvelu Inc.", where[i].country);
  if (strcmp(section, "cookies") == 0 && schema_option(s->schema, variant)) {
    doc_set_item(s, variant, true);
    if (!strcmp(variant, "marketing_automation") || !strcmp(variant, "ad_pixels"))
      doc_provider_add(doc_section(d, "providers"), "Työkalu Oy", variant, "FI", NULL);
  }
  for (int l = 0; l < LANG_COUNT; l++)
    set(d, section, (enum doc_lang)l, clauses_get(lib, (enum doc_lang)l, id)->text);
}

/* Findings other than those about tools in the cookies section (one check, printed). */
static size_t count_but_tools(const struct doc *d)
{
  static const char *const tools[] = { "tool_as_example", "non_eu_service", "processing_outside_eea",
                                       "cookies_without_consent", NULL };
  struct check_findings f = { 0 };
  check_doc(d, NULL, &f);
  size_t n = 0;
  for (size_t i = 0; i < f.n; i++) {
    bool tool = false;
    for (size_t k = 0; tools[k]; k++)
      tool |= strcmp(f.v[i].rule, tools[k]) == 0 && strcmp(f.v[i].section, "cookies") == 0;
    if (!tool)
      fprintf(stderr, "  finding: %s: %s\n", f.v[i].section, f.v[i].rule);
    n += !tool;
  }
  check_findings_free(&f);
  return n;
}

START_TEST(every_stock_clause_is_clean)
{
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert_msg(clauses_load(&lib, &err), "%s", err.s);
  for (size_t i = 0; i < lib.n[LANG_FI]; i++) {
    if (strncmp(lib.c[LANG_FI][i].id, "purposes.part-", 14) == 0)
      continue; /* a purpose row's or a basis's text, not the section's */
    struct doc *d = base();
    use_clause(d, &lib, lib.c[LANG_FI][i].id);
    /* the cookie clauses name their tools from the provider list (issue 11): findings about tools
       named in texts are counted by their own tests */
    ck_assert_msg(count_but_tools(d) == 0, "stock clause %s has findings", lib.c[LANG_FI][i].id);
    doc_free(d);
  }
  clauses_free(&lib);
}
END_TEST

START_TEST(cached_findings_are_made_once_until_the_document_changes)
{
  struct doc *d = base(); /* no findings: an empty result must be cached too */
  struct check_cache c = { 0 };
  for (int i = 0; i < 28; i++)
    ck_assert_uint_eq(check_cached(&c, d)->n, 0);
  ck_assert_uint_eq(c.runs, 1);
  doc_rows_free(doc_section(d, "purposes"));
  ck_assert_uint_eq(check_cached(&c, d)->n, 0); /* not told of the change: the old result */
  c.stale = true;
  ck_assert_uint_eq(check_cached(&c, d)->n, 1);
  ck_assert_uint_eq(c.runs, 2);
  check_cache_free(&c);
  doc_free(d);
}
END_TEST

START_TEST(languages)
{
  struct doc *d = base();
  set(d, "retention", LANG_EN, "");
  ck_assert_uint_eq(count(d, "language_missing", "retention"), 1);
  struct check_opts fi_only = { { true, false }, NULL };
  ck_assert_uint_eq(count_o(d, &fi_only, NULL, NULL), 0);
  d->lang_enabled[LANG_EN] = false;
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  d->lang_enabled[LANG_EN] = true;
  set(d, "retention", LANG_EN, doc_section(d, "retention")->text[LANG_FI]);
  ck_assert_uint_eq(count(d, "untranslated", "retention"), 1);
  doc_free(d);
}
END_TEST

/* Findings of the languages-in-step rule in section, the check given the stock clauses lib. */
static size_t drift(const struct doc *d, const struct clause_lib *lib, const char *section)
{
  struct check_opts o = { { true, true }, lib };
  return count_o(d, &o, "languages_out_of_step", section);
}

/* Gives section id the stock text in both languages (as `seloste new` would) and marks it edited. */
static struct doc_section *restock(struct doc *d, const struct clause_lib *lib, const char *id)
{
  struct doc_section *s = doc_section(d, id);
  stock_fill(s, lib, NULL);
  s->origin = ORIGIN_EDITED;
  return s;
}

/* Issue 11 point 4: one language's text the person's own, the other still the stock text. */
START_TEST(languages_out_of_step)
{
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert_msg(clauses_load(&lib, &err), "%s", err.s);
  struct doc *d = base();
  ck_assert_uint_eq(drift(d, &lib, NULL), 0); /* sections marked stock */
  struct doc_section *s = restock(d, &lib, "retention");
  ck_assert_uint_eq(drift(d, &lib, NULL), 0); /* both still the stock text */
  char *fi = xasprintf("Säilytämme tiedot kaksi vuotta.\n\n%s", s->text[LANG_FI]);
  set(d, "retention", LANG_FI, fi);
  ck_assert_uint_eq(drift(d, &lib, "retention"), 1);
  ck_assert_uint_eq(drift(d, &lib, NULL), 1);
  ck_assert_uint_eq(count(d, "languages_out_of_step", NULL), 0); /* no clauses given: rule skipped */
  struct check_findings f = { 0 };
  struct check_opts o = { { true, true }, &lib };
  check_doc(d, &o, &f);
  char *msg = check_message(&f.v[0]);
  ck_assert_str_eq(msg, "the Finnish text was edited but the English text is still the stock text: "
                        "make the English say the same");
  ck_assert_str_eq(f.v[0].gdpr, "12(1)");
  free(msg);
  check_findings_free(&f);
  d->lang_enabled[LANG_EN] = false; /* one language only */
  ck_assert_uint_eq(drift(d, &lib, NULL), 0);
  d->lang_enabled[LANG_EN] = true;
  set(d, "retention", LANG_EN, "We keep the data for two years.");
  ck_assert_uint_eq(drift(d, &lib, NULL), 0); /* both edited */
  restock(d, &lib, "retention");
  set(d, "retention", LANG_EN, "We keep the data for two years.");
  ck_assert_uint_eq(drift(d, &lib, "retention"), 1); /* the other way round */
  s = restock(d, &lib, "data_content"); /* a checklist: the stock text follows its ticked items */
  ck_assert_uint_gt(s->nitems, 1);
  ck_assert_uint_eq(drift(d, &lib, "data_content"), 0);
  set(d, "data_content", LANG_FI, "Nimi ja sähköpostiosoite.");
  ck_assert_uint_eq(drift(d, &lib, "data_content"), 1);
  free(fi);
  doc_free(d);
  clauses_free(&lib);
}
END_TEST

START_TEST(retention_indefinitely)
{
  struct doc *d = base();
  set(d, "retention", LANG_FI, "Tietoja säilytetään toistaiseksi.");
  set(d, "retention", LANG_EN, "We keep the data indefinitely.");
  ck_assert_uint_eq(count(d, "retention_indefinite", "retention"), 2);
  set(d, "retention", LANG_FI, "Tietoja säilytetään toistaiseksi, kunnes asiakassuhde päättyy.");
  set(d, "retention", LANG_EN, "We keep the data for the customer relationship and six years after it.");
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  set(d, "other", LANG_FI, "Emme toistaiseksi julkaise asiakasluetteloa. Rekisterin tietoja säilytetään pysyvästi.");
  ck_assert_uint_eq(count(d, "retention_indefinite", "other"), 1);
  doc_free(d);
}
END_TEST

START_TEST(messages_fill_arguments)
{
  struct doc *d = base();
  str_set(&d->modified, "2020-01-01");
  struct check_findings f = { 0 };
  check_doc(d, NULL, &f);
  ck_assert_uint_eq(f.n, 1);
  char *msg = check_message(&f.v[0]);
  ck_assert_str_eq(msg, "the last update (2020-01-01) is before the date of preparation (2024-05-02)");
  ck_assert(check_section_has(&f, "dates"));
  ck_assert_uint_eq(check_count(&f, CHECK_ERROR), 1);
  free(msg);
  check_findings_free(&f);
  doc_free(d);
}
END_TEST

START_TEST(no_findings_never_claims_completeness)
{
  const char *t = check_no_findings_text();
  ck_assert_ptr_nonnull(strstr(t, "No findings by these checks"));
  ck_assert_ptr_null(strstr(t, "every item"));
  ck_assert_ptr_null(strstr(t, "is there"));
  ck_assert_ptr_null(strstr(t, "is included"));
}
END_TEST

/* The suite. */
static Suite *make_suite(void)
{
  Suite *s = suite_create("check");
  TCase *tc = tcase_create("rules");
  tcase_add_test(tc, correct_notice_is_silent);
  tcase_add_test(tc, required_sections_empty_or_dash);
  tcase_add_test(tc, optional_section_with_dash_warns);
  tcase_add_test(tc, dpo_filled_or_not_appointed);
  tcase_add_test(tc, each_purpose_has_its_text);
  tcase_add_test(tc, legitimate_interest_needs_the_interest);
  tcase_add_test(tc, consent_needs_withdrawal);
  tcase_add_test(tc, transfer_needs_its_safeguard);
  tcase_add_test(tc, legal_basis_stated_differently);
  tcase_add_test(tc, legal_basis_mentions_that_are_not_statements_are_silent);
  tcase_add_test(tc, purpose_text_states_another_basis);
  tcase_add_test(tc, contact_email_and_phone_agree);
  tcase_add_test(tc, dates_valid_and_in_order);
  tcase_add_test(tc, repealed_laws);
  tcase_add_test(tc, old_authority_address);
  tcase_add_test(tc, contact_fields_are_well_formed);
  tcase_add_test(tc, facts_in_texts);
  tcase_add_test(tc, leftovers);
  tcase_add_test(tc, another_organisations_name);
  tcase_add_test(tc, rules_of_the_repealed_personal_data_act);
  tcase_add_test(tc, transfers_said_to_be_none);
  tcase_add_test(tc, cookies_need_consent);
  tcase_add_test(tc, own_text_in_a_section_that_does_not_apply);
  tcase_add_test(tc, stock_text_in_a_section_that_does_not_apply_is_silent);
  tcase_add_test(tc, cookie_tool_without_provider_is_one_error);
  tcase_add_test(tc, cookies_need_a_consent_purpose);
  tcase_add_test(tc, errors_found_in_plural_forms);
  tcase_add_test(tc, provider_help_tells_of_onward_transfers);
  tcase_add_test(tc, no_transfers_with_a_provider_outside_the_eea);
  tcase_add_test(tc, ad_pixel_platform_outside_the_eea_with_no_transfers);
  tcase_add_test(tc, tool_named_only_as_an_example);
  tcase_add_test(tc, special_categories_need_a_condition);
  tcase_add_test(tc, identity_code_needs_its_ground);
  tcase_add_test(tc, no_findings_never_claims_completeness);
  tcase_add_test(tc, every_stock_clause_is_clean);
  tcase_add_test(tc, cached_findings_are_made_once_until_the_document_changes);
  tcase_add_test(tc, languages);
  tcase_add_test(tc, languages_out_of_step);
  tcase_add_test(tc, retention_indefinitely);
  tcase_add_test(tc, messages_fill_arguments);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(make_suite)

/* The section table of a customer-register privacy notice (GDPR Art. 13 and 14). */
#include "config.h"

#include <string.h>
#include "schema.h"
#include "i18n.h"

#define F(x) (1u << (x))
#define ORG_FIELDS (F(FIELD_NAME) | F(FIELD_BUSINESS_ID) | F(FIELD_STREET) | F(FIELD_POSTAL_CODE) | \
                    F(FIELD_CITY) | F(FIELD_EMAIL) | F(FIELD_PHONE) | F(FIELD_WEBSITE))
#define PERSON_FIELDS (F(FIELD_NAME) | F(FIELD_STREET) | F(FIELD_POSTAL_CODE) | F(FIELD_CITY) | \
                       F(FIELD_EMAIL) | F(FIELD_PHONE))

/* GDPR Art. 6(1)(a)-(f). No clause: the purposes table shows each row's basis. */
static const struct schema_option basis_options[] = {
  { "consent", N_("Consent"), NULL, "6(1)(a)" },
  { "contract", N_("Contract"), NULL, "6(1)(b)" },
  { "legal_obligation", N_("Legal obligation"), NULL, "6(1)(c)" },
  { "vital_interests", N_("Vital interests"), NULL, "6(1)(d)" },
  { "public_task", N_("Public task"), NULL, "6(1)(e)" },
  { "legitimate_interest", N_("Legitimate interests"), NULL, "6(1)(f)" },
  { NULL, NULL, NULL, NULL }
};
#define BASIS_COUNT (sizeof basis_options / sizeof basis_options[0] - 1)

/* The stock purposes of a customer register. detail is the legal basis each rests on; the clause
   "purposes.part-ID" is its text, "purposes.part-ID-interest" the interest pursued (6(1)(f) only) and
   "purposes.part-ID-retention" how long its data is kept. */
static const struct schema_option purpose_options[] = {
  { "orders", N_("Orders, delivery and invoicing"), "purposes.part-orders", "contract" },
  { "customer_service", N_("Customer service"), "purposes.part-customer_service", "contract" },
  { "bookkeeping", N_("Bookkeeping"), "purposes.part-bookkeeping", "legal_obligation" },
  { "business_contacts", N_("Business customers' contact persons"), "purposes.part-business_contacts",
    "legitimate_interest" },
  { "marketing", N_("Marketing to existing customers"), "purposes.part-marketing", "legitimate_interest" },
  { "credit_check", N_("Credit check before buying on invoice"), "purposes.part-credit_check",
    "legitimate_interest" },
  { "call_recording", N_("Recording of customer service calls"), "purposes.part-call_recording",
    "legitimate_interest" },
  { "newsletter", N_("Newsletter"), "purposes.part-newsletter", "consent" },
  { "analytics", N_("Website analytics"), "purposes.part-analytics", "consent" },
  { NULL, NULL, NULL, NULL }
};

/* What data leaving the EU/EEA relies on, GDPR Chapter V. Providers name the mechanism they use. */
static const struct schema_option transfer_options[] = {
  { "adequacy", N_("Adequacy decision of the European Commission"), "transfers.adequacy", "45(1)" },
  { "dpf", N_("EU-US Data Privacy Framework (self-certified US organisation)"), "transfers.dpf", "45(1)" },
  { "scc", N_("Standard contractual clauses"), "transfers.scc", "46(2)(c)" },
  { NULL, NULL, NULL, NULL }
};

/* What a service provider does for the controller. */
static const struct schema_option provider_roles[] = {
  { "it", N_("IT and cloud services"), NULL, NULL },
  { "accounting", N_("Accounting and invoicing"), NULL, NULL },
  { "email", N_("E-mail and newsletters"), NULL, NULL },
  { "payment", N_("Payment services"), NULL, NULL },
  { "delivery", N_("Delivery of orders"), NULL, NULL },
  { "crm", N_("Customer relationship management"), NULL, NULL },
  { "analytics", N_("Web analytics"), NULL, NULL },
  { "ad_pixels", N_("Advertising pixels"), NULL, NULL },
  { "marketing_automation", N_("Marketing automation"), NULL, NULL },
  { "collection", N_("Debt collection"), NULL, NULL },
  { "credit", N_("Credit information"), NULL, NULL },
  { "other", N_("Other service"), NULL, NULL },
  { NULL, NULL, NULL, NULL }
};

/* Groups of people whose data the register holds. */
static const struct schema_option subject_options[] = {
  { "customers", N_("Customers"), NULL, NULL },
  { "prospects", N_("Prospective customers"), NULL, NULL },
  { "business_contacts", N_("Contact persons of business customers"), NULL, NULL },
  { "website_visitors", N_("Visitors to our website"), NULL, NULL },
  { "newsletter_subscribers", N_("Newsletter subscribers"), NULL, NULL },
  { NULL, NULL, NULL, NULL }
};

static const struct schema_option data_item_options[] = {
  { "name", N_("First and last name"), NULL, NULL },
  { "organisation", N_("Organisation represented"), NULL, NULL },
  { "title", N_("Title or position"), NULL, NULL },
  { "email", N_("E-mail address"), NULL, NULL },
  { "phone", N_("Phone number"), NULL, NULL },
  { "address", N_("Postal address"), NULL, NULL },
  { "customer_number", N_("Customer number"), NULL, NULL },
  { "billing", N_("Invoicing and payment details"), NULL, NULL },
  { "orders", N_("Orders and purchase history"), NULL, NULL },
  { "marketing_permissions", N_("Marketing permissions and prohibitions"), NULL, NULL },
  { "correspondence", N_("Customer service messages and notes"), NULL, NULL },
  { "web_data", N_("IP address and browsing data from our website"), NULL, NULL },
  { NULL, NULL, NULL, NULL }
};

static const struct schema_option cookie_options[] = {
  { "analytics", N_("Web analytics"), "cookies.analytics", NULL },
  { "marketing_automation", N_("Marketing automation"), "cookies.marketing_automation", NULL },
  { "ad_pixels", N_("Advertising pixels"), "cookies.ad_pixels", NULL },
  { NULL, NULL, NULL, NULL }
};

#define PARA(id_, heading_, gdpr_, help_) \
  { id_, heading_, SCHEMA_PARAGRAPH, gdpr_, help_, true, NULL, NULL, NULL, 0, NULL, NULL, false }
/* A required paragraph that names other organisations: recipients, sources. */
#define PARA_OTHERS(id_, heading_, gdpr_, help_) \
  { id_, heading_, SCHEMA_PARAGRAPH, gdpr_, help_, true, NULL, NULL, NULL, 0, NULL, NULL, true }

static const struct schema_section sections[] = {
  { "controller", N_("Controller"), SCHEMA_CONTACT, "13(1)(a)",
    N_("Who is responsible for this register: the organisation's official name, business ID "
       "(Y-tunnus), address and general contact details. The law asks for this so that people "
       "know whose register it is and how to reach it."),
    true, NULL, NULL, NULL, ORG_FIELDS, NULL, NULL, false },
  { "contact_person", N_("Contact person for matters concerning the register"), SCHEMA_CONTACT, "13(1)(a)",
    N_("The person or team that answers questions about this register. A shared address such as "
       "tietosuoja@yritys.fi keeps working when staff change. Use the same e-mail address everywhere "
       "in the notice."),
    true, NULL, NULL, NULL, PERSON_FIELDS, NULL, NULL, false },
  { "dpo", N_("Data protection officer"), SCHEMA_CONTACT, "13(1)(b)",
    N_("If your organisation has appointed a data protection officer (tietosuojavastaava), give "
       "their contact details; the law requires them in the notice. Appointing one is mandatory for "
       "public bodies and, whatever the size of the organisation, when its core activities involve "
       "regular and systematic monitoring of people on a large scale or large-scale processing of "
       "special categories of data or criminal records (GDPR Art. 37(1)(b) and (c)). Otherwise it is "
       "voluntary: if you have not appointed one, mark this section as not appointed rather than "
       "leaving it empty."),
    true, NULL, NULL, N_("The controller has not appointed a data protection officer."),
    PERSON_FIELDS, NULL, NULL, false },
  { "eu_representative", N_("Representative in the EU"), SCHEMA_CONTACT, "13(1)(a)",
    N_("Only an organisation established outside the EU that serves people in the EU needs a "
       "representative here. A Finnish company marks this as not needed."),
    false, NULL, NULL,
    N_("The controller is established in the European Union and therefore has no separate representative."),
    ORG_FIELDS, NULL, NULL, false },
  PARA("register_name", N_("Name of the register"), NULL,
       N_("A short name that tells what the register is, such as \"Customer register\".")),
  { "dates", N_("Date of preparation and last update"), SCHEMA_DATE, NULL,
    N_("When the notice was first written and when it was last changed. seloste keeps these dates "
       "for you; readers use them to see that the notice is up to date."),
    true, NULL, NULL, NULL, 0, NULL, NULL, false },
  { "data_subjects", N_("Groups of people whose data is processed"), SCHEMA_CHECKLIST, NULL,
    N_("Whose data the register holds: customers, people who ask for offers, the contact persons of "
       "business customers, visitors to your website, newsletter subscribers. Tick each group; readers "
       "use this to see whether the notice concerns them."),
    false, NULL, NULL, NULL, 0, subject_options, "customers,business_contacts", false },
  { "purposes", N_("Purposes of processing and their legal bases"), SCHEMA_PURPOSES, "13(1)(c)",
    N_("Why you use the data, one purpose per row, and the article of the GDPR that allows each one. "
       "A customer register usually has several: a contract for orders, a legal obligation for "
       "bookkeeping, legitimate interests for business customers' contact persons and for marketing to "
       "existing customers, consent for a newsletter. Tick the stock purposes that apply and add your own; "
       "data may not be used for a purpose that is not listed here. Consent fits only where the person "
       "can freely refuse: it cannot cover what a contract or a law requires, such as delivering an order "
       "or keeping accounts. A public task (Art. 6(1)(e)) rarely fits a private company: it needs a task "
       "laid down by law."),
    true, NULL, NULL, NULL, 0, purpose_options, "orders,customer_service,bookkeeping,business_contacts,marketing",
    false },
  { "legitimate_interest", N_("Legitimate interests pursued"), SCHEMA_PARAGRAPH, "13(1)(d)",
    N_("Because some purpose rests on legitimate interests, the law asks you to name the interest itself, "
       "for example direct marketing to existing customers or managing business customers' contact persons; "
       "a customer relationship alone is not an interest. Each such purpose names its interest in the "
       "purposes table. Before relying on it, weigh the interest against the rights of the people "
       "concerned (balancing test) and keep a record of it: the stock text does not claim that you have "
       "done so."),
    true, "purposes", "legitimate_interest", NULL, 0, NULL, NULL, false },
  { "consent_withdrawal", N_("Withdrawing consent"), SCHEMA_PARAGRAPH, "13(2)(c)",
    N_("Because some purpose rests on consent, people must be told that they can withdraw their consent "
       "at any time, and how."),
    true, "purposes", "consent", NULL, 0, NULL, NULL, false },
  PARA("requirement", N_("Obligation to provide data"), "13(2)(e)",
       N_("Whether people must give you their data (because of a law or a contract) and what happens "
          "if they do not, for example that an order cannot be delivered.")),
  PARA("data_categories", N_("Categories of personal data"), "14(1)(d)",
       N_("The kinds of data the register holds, in general terms: contact details, customer "
          "history, invoicing data. Required when data also comes from sources other than the "
          "person.")),
  { "data_content", N_("Data content of the register"), SCHEMA_CHECKLIST, "14(1)(d)",
    N_("Tick every item you actually store. Storing less is better: keep only what you need for the "
       "purposes above."),
    true, NULL, NULL, NULL, 0, data_item_options, "name,organisation,email,phone,address,billing,orders",
    false },
  PARA_OTHERS("sources", N_("Regular sources of data"), "14(2)(f)",
       N_("Where the data comes from: the customer, public registers, address update services, your "
          "website. Say whether you use publicly accessible sources, such as the Trade Register, and "
          "which (GDPR Art. 14(2)(f)). The law asks this so people know who else may hold their data.")),
  PARA_OTHERS("recipients", N_("Recipients and regular disclosures"), "13(1)(e)",
       N_("Who else gets the data: service providers who process it for you as processors (IT, accounting, "
          "invoicing, mailing) and those you disclose it to who use it as controllers in their own right, "
          "such as carriers, payment providers, collection agencies and authorities. Name groups of "
          "recipients if not each one.")),
  { "providers", N_("Service providers"), SCHEMA_PROVIDERS, "13(1)(e)",
    N_("The companies whose services you use for this register: IT and cloud, accounting, e-mail, "
       "payments, delivery, web analytics, advertising. Give each one's name, what it does for you and "
       "the country where it processes the data. The notice names each tool once, here, and the texts "
       "on cookies and transfers draw on this list. A provider in the EU/EEA that passes the data on to "
       "another country (such as Google Ireland to its parent company in the United States) is listed "
       "again for that country, with the transfer mechanism it relies on."),
    false, NULL, NULL, NULL, 0, provider_roles, "", true },
  { "transfers", N_("Transfers outside the EU or EEA"), SCHEMA_CHECKLIST, "13(1)(f)",
    N_("Does any data leave the EU/EEA, for example to a cloud or e-mail service in the United States? "
       "Tick what each transfer relies on; a provider outside the EU/EEA names its own. An adequacy "
       "decision of the European Commission covers a whole country (in the United States only "
       "organisations self-certified under the EU-US Data Privacy Framework). Where there is no adequacy "
       "decision, the transfer needs a safeguard such as standard contractual clauses. If no data leaves "
       "the EU/EEA, mark this section as not applicable."),
    true, NULL, NULL,
    N_("We do not transfer personal data outside the European Union or the European Economic Area, "
       "and the service providers named in this notice process it within them."),
    0, transfer_options, "", true },
  PARA("retention", N_("Retention period"), "13(2)(a)",
       N_("How long you keep each kind of data, or the concrete rule that decides it, such as \"for the "
          "customer relationship and three years after it\"; bookkeeping records are deleted when the "
          "Accounting Act's periods end (books 10 years, vouchers 6 years). \"As long as necessary\" and "
          "\"indefinitely\" are not answers the law accepts.")),
  { "security_manual", N_("Protection of manual material"), SCHEMA_PARAGRAPH, "32",
    N_("How paper documents with personal data are kept safe: locked storage, who may see them, "
       "how they are destroyed. If there are none, choose the variant that says so."),
    false, NULL, NULL, NULL, 0, NULL, NULL, true },
  { "security_electronic", N_("Protection of electronic material"), SCHEMA_PARAGRAPH, "32",
    N_("How the data in your systems is protected: personal user accounts, access rights, "
       "encryption, backups."),
    false, NULL, NULL, NULL, 0, NULL, NULL, true },
  { "cookies", N_("Cookies"), SCHEMA_CHECKLIST, NULL,
    N_("If your website uses cookies or similar tools, say so and tick each tool you use: each one "
       "adds its own paragraph. Non-essential cookies need the visitor's consent under the "
       "Finnish Act on Electronic Communications Services."),
    false, NULL, NULL, N_("Our website does not use cookies."), 0, cookie_options, "", true },
  { "social_media", N_("Our social media pages"), SCHEMA_PARAGRAPH, "26(2)",
    N_("If you keep pages on social media services, the platform and you are joint controllers of the "
       "visitor statistics it gives you. Say which pages you have and where the platform's own notice is. "
       "Leave the section empty if you have none."),
    false, NULL, NULL, NULL, 0, NULL, NULL, true },
  { "children", N_("Children's data"), SCHEMA_PARAGRAPH, "8",
    N_("Whether the register holds data on minors. In Finland a child can consent alone to an online "
       "service from the age of 13 (Data Protection Act 1050/2018, section 5); for a younger child a "
       "parent or guardian consents."),
    false, NULL, NULL, NULL, 0, NULL, NULL, false },
  PARA("automated_decisions", N_("Automated decision-making and profiling"), "13(2)(f)",
       N_("Whether decisions about people are made by a computer alone, such as automatic credit "
          "decisions. If none are, say so explicitly: an empty section is a common mistake.")),
  PARA("rights_requests", N_("Exercising your rights"), "13(2)(b)",
       N_("How a person makes a request about their data, whom to contact and how quickly you "
          "answer (within one month).")),
  PARA("right_access", N_("Right of access"), "13(2)(b)",
       N_("People may ask what data you hold about them and get a copy.")),
  PARA("right_rectification", N_("Right to rectification"), "13(2)(b)",
       N_("People may have wrong or incomplete data corrected.")),
  PARA("right_erasure", N_("Right to erasure"), "13(2)(b)",
       N_("People may ask you to delete their data, and you must do so when, for example, the data is no "
          "longer needed for its purpose, they withdraw the consent it rested on, they object and you have "
          "no overriding grounds, or it was processed unlawfully (GDPR Art. 17(1)). The right does not "
          "cover data you must keep by law, such as bookkeeping records, or need to establish, exercise or "
          "defend legal claims (Art. 17(3)).")),
  PARA("right_restriction", N_("Right to restriction of processing"), "13(2)(b)",
       N_("People may ask you to stop using their data for a while, for example while a correction "
          "is checked.")),
  PARA("right_objection", N_("Right to object"), "13(2)(b)",
       N_("People may object to processing based on legitimate interests or a public task (Art. 6(1)(f) or "
          "(e)), and always to direct marketing.")),
  { "right_portability", N_("Right to data portability"), SCHEMA_PARAGRAPH, "13(2)(b)",
    N_("People may get the data they gave you in a machine-readable form and have it moved to another "
       "service, but only when processing rests on consent or contract and is carried out by automated "
       "means. The section is shown only when some purpose rests on one of those bases."),
    true, "purposes", "consent,contract", NULL, 0, NULL, NULL, false },
  { "direct_marketing", N_("Prohibiting direct marketing"), SCHEMA_PARAGRAPH, "21(2)",
    N_("How a person stops marketing in practice: the unsubscribe link in every message, an e-mail to "
       "you, the marketing choices in their account. Needed when any purpose is marketing."),
    false, "purposes", "#marketing,#newsletter", NULL, 0, NULL, NULL, false },
  PARA("complaint", N_("Right to lodge a complaint with a supervisory authority"), "13(2)(d)",
       N_("People must be told that they can complain to the Data Protection Ombudsman. seloste adds "
          "the authority's current contact details for you.")),
  { "notice_changes", N_("Changes to this notice"), SCHEMA_PARAGRAPH, "13(3)",
    N_("How you tell people that the notice has changed, and that a new purpose is announced before "
       "the processing for it begins."),
    false, NULL, NULL, NULL, 0, NULL, NULL, false },
  { "other", N_("Other information"), SCHEMA_PARAGRAPH, NULL,
    N_("Anything that fits no other section, such as text brought in from an old notice. Move it to "
       "the right section or delete it; if left empty, the section is not shown."),
    false, NULL, NULL, NULL, 0, NULL, NULL, false },
};

#define SECTION_COUNT (sizeof sections / sizeof sections[0])

static const char *const field_names[FIELD_COUNT] = {
  "name", "business_id", "street", "postal_code", "city", "email", "phone", "website"
};

static const char *const field_labels[FIELD_COUNT] = {
  N_("Name"), N_("Business ID"), N_("Street address"), N_("Postal code"), N_("City"),
  N_("E-mail"), N_("Phone"), N_("Website")
};

size_t schema_count(void) { return SECTION_COUNT; }

const struct schema_option *schema_basis_at(size_t i)
{
  return i < BASIS_COUNT ? &basis_options[i] : NULL;
}

size_t schema_basis_count(void) { return BASIS_COUNT; }

int schema_basis_index(const char *id)
{
  for (size_t i = 0; id && i < BASIS_COUNT; i++)
    if (strcmp(basis_options[i].id, id) == 0)
      return (int)i;
  return -1;
}

const struct schema_section *schema_at(size_t i)
{
  return i < SECTION_COUNT ? &sections[i] : NULL;
}

int schema_index(const char *id)
{
  for (size_t i = 0; id && i < SECTION_COUNT; i++)
    if (strcmp(sections[i].id, id) == 0)
      return (int)i;
  return -1;
}

const struct schema_section *schema_find(const char *id)
{
  int i = schema_index(id);
  return i < 0 ? NULL : &sections[i];
}

const struct schema_option *schema_option(const struct schema_section *s, const char *id)
{
  for (const struct schema_option *o = s->options; o && o->id && id; o++)
    if (strcmp(o->id, id) == 0)
      return o;
  return NULL;
}

size_t schema_option_count(const struct schema_section *s)
{
  size_t n = 0;
  while (s->options && s->options[n].id)
    n++;
  return n;
}

const char *schema_field_name(enum contact_field f) { return field_names[f]; }

const char *schema_field_label(enum contact_field f) { return field_labels[f]; }

int schema_field_by_name(const char *name)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    if (strcmp(field_names[f], name) == 0)
      return f;
  return -1;
}

const char *schema_kind_name(enum schema_kind k)
{
  static const char *const names[] = { "contact", "paragraph", "choice", "checklist", "date", "purposes",
                                       "providers" };
  return names[k];
}

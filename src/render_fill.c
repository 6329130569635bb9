/* The placeholder filler: {controller} and its kind become the document's values, {providers:ROLE} and
   {transfers:MECH} the names of the service providers concerned, or, where a value is missing, a
   visible mark in the notice language; the one place that knows what each stands for. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "countries.h"
#include "i18n.h"
#include "render.h"
#include "util.h"

/* Where a placeholder's value comes from. */
enum ph_source {
  PH_FIELD, /* a contact field of its section */
  PH_TEXT,  /* its section's text in the notice language */
  PH_ROLE,  /* the providers whose role is the name's part after "providers:" */
  PH_MECH   /* the providers whose transfer mechanism is the name's part after "transfers:" */
};

/* A placeholder: where its value lives, what it is called in plain words, where to set it. */
struct placeholder {
  const char *name;     /* as written between braces */
  const char *section;  /* section holding the value */
  int field;            /* PH_FIELD: contact field; -1 otherwise */
  const char *mark;     /* msgid: the visible gap in a draft, in the notice language */
  const char *missing;  /* msgid: "the controller's name is missing" */
  const char *ini_sect; /* seloste.ini section that prefills it, or NULL */
  const char *ini_key;
  enum ph_source source;
};

/* A placeholder filled from the service providers: one per provider role and transfer mechanism. */
#define ROLE(role, mark, missing) { "providers:" role, "providers", -1, mark, missing, NULL, NULL, PH_ROLE }
#define MECH(mech, mark, missing) { "transfers:" mech, "providers", -1, mark, missing, NULL, NULL, PH_MECH }

static const struct placeholder placeholders[] = {
  { "controller", "controller", FIELD_NAME, N_("[company name missing]"),
    N_("the controller's name is missing"), "organisation", "name", PH_FIELD },
  { "website", "controller", FIELD_WEBSITE, N_("[web address missing]"),
    N_("the web address is missing"), "organisation", "website", PH_FIELD },
  { "contact_name", "contact_person", FIELD_NAME, N_("[contact person's name missing]"),
    N_("the contact person's name is missing"), "contact", "name", PH_FIELD },
  { "contact_email", "contact_person", FIELD_EMAIL, N_("[contact e-mail address missing]"),
    N_("the contact person's e-mail address is missing"), "contact", "email", PH_FIELD },
  { "contact_phone", "contact_person", FIELD_PHONE, N_("[contact phone number missing]"),
    N_("the contact person's phone number is missing"), "contact", "phone", PH_FIELD },
  { "register", "register_name", -1, N_("[register name missing]"),
    N_("the name of the register is missing"), NULL, NULL, PH_TEXT },
  ROLE("it", N_("[IT service provider not named]"), N_("the IT or cloud service provider is not named")),
  ROLE("accounting", N_("[accounting firm not named]"), N_("the accounting or invoicing provider is not named")),
  ROLE("email", N_("[e-mail service not named]"), N_("the e-mail or newsletter service is not named")),
  ROLE("payment", N_("[payment service not named]"), N_("the payment service provider is not named")),
  ROLE("delivery", N_("[carrier not named]"), N_("the carrier delivering orders is not named")),
  ROLE("crm", N_("[customer management system not named]"),
       N_("the customer relationship management system is not named")),
  ROLE("analytics", N_("[web analytics tool not named]"), N_("the web analytics tool is not named")),
  ROLE("ad_pixels", N_("[advertising platform not named]"),
       N_("the advertising platform whose pixel the website uses is not named")),
  ROLE("marketing_automation", N_("[marketing automation tool not named]"),
       N_("the marketing automation tool is not named")),
  ROLE("collection", N_("[collection agency not named]"), N_("the debt collection agency is not named")),
  ROLE("credit", N_("[credit information company not named]"),
       N_("the credit information company is not named")),
  ROLE("other", N_("[service provider not named]"), N_("the other service provider is not named")),
  MECH("adequacy", N_("[providers in countries with an adequacy decision not named]"),
       N_("no service provider relies on an adequacy decision")),
  MECH("dpf", N_("[providers under the Data Privacy Framework not named]"),
       N_("no service provider relies on the EU-US Data Privacy Framework")),
  MECH("scc", N_("[providers under standard contractual clauses not named]"),
       N_("no service provider relies on standard contractual clauses")),
};
#define N_PLACEHOLDERS (sizeof placeholders / sizeof placeholders[0])
/* A gaps mask has one bit per placeholder, below the bits of the row gaps. */
_Static_assert(N_PLACEHOLDERS <= RENDER_GAP_PURPOSE, "too many placeholders for an unsigned gaps mask");
_Static_assert(RENDER_GAP_PROVIDER < sizeof(unsigned) * 8, "a row gap's bit does not fit in a gaps mask");

/* The section and the words of a row gap (RENDER_GAP_PURPOSE or RENDER_GAP_PROVIDER). */
static const struct {
  const char *section;
  const char *missing; /* msgid */
} row_gaps[] = {
  { "purposes", N_("a purpose has no text in the notice's language") },
  { "providers", N_("a service provider has no name") },
};

/* Index of the placeholder called name[0..n), or -1 when there is none of that name. */
static int placeholder_find(const char *name, size_t n)
{
  for (size_t i = 0; i < N_PLACEHOLDERS; i++)
    if (strlen(placeholders[i].name) == n && strncmp(placeholders[i].name, name, n) == 0)
      return (int)i;
  return -1;
}

/* Appends provider p as "Name (Country)"; a name ending in ")" takes the country inside: "Matomo
   (InnoCraft Ltd, New Zealand)". */
static void add_provider(struct strbuf *b, const struct doc_provider *p, enum doc_lang l)
{
  const struct country *k = country_find(p->country);
  const char *where = k ? country_name(k, l) : p->country;
  size_t n = strlen(p->name);
  while (n && p->name[n - 1] == ' ')
    n--;
  if (str_blank(where))
    sb_addn(b, p->name, n);
  else if (n && p->name[n - 1] == ')')
    sb_printf(b, "%.*s, %s)", (int)(n - 1), p->name, where);
  else
    sb_printf(b, "%.*s (%s)", (int)n, p->name, where);
}

/* True when provider p is one placeholder i stands for. */
static bool provider_matches(const struct placeholder *ph, const struct doc_provider *p)
{
  const char *key = strchr(ph->name, ':') + 1;
  const char *have = ph->source == PH_ROLE ? p->role : p->mechanism;
  return !str_blank(p->name) && have && strcmp(have, key) == 0;
}

/* The providers placeholder i stands for, "A (FI), B (US) and C (IE)" in language l (its "and" from the
   language table: "ja" in Finnish),
   or NULL when none. Caller frees. */
static char *providers_value(const struct doc *d, enum doc_lang l, size_t i)
{
  const char *and_word = lang_at((int)l)->and_word;
  const struct doc_section *s = doc_section(d, "providers");
  size_t total = 0, done = 0;
  for (size_t r = 0; s && r < s->nproviders; r++)
    total += provider_matches(&placeholders[i], &s->providers[r]);
  if (!total)
    return NULL;
  struct strbuf b = { 0 };
  for (size_t r = 0; r < s->nproviders; r++) {
    if (!provider_matches(&placeholders[i], &s->providers[r]))
      continue;
    if (done)
      sb_add(&b, done + 1 == total ? and_word : ", ");
    add_provider(&b, &s->providers[r], l);
    done++;
  }
  return sb_take(&b);
}

/* Value of placeholder i in the document, or NULL when empty. Caller frees. */
static char *placeholder_value(const struct doc *d, enum doc_lang l, size_t i)
{
  if (placeholders[i].source == PH_ROLE || placeholders[i].source == PH_MECH)
    return providers_value(d, l, i);
  const struct doc_section *s = doc_section(d, placeholders[i].section);
  const char *v = placeholders[i].source == PH_TEXT ? s->text[l] : s->field[placeholders[i].field];
  return str_blank(v) ? NULL : xstrdup(v);
}

/* Appends value v without its trailing blanks and newlines. */
static void add_trimmed(struct strbuf *b, const char *v)
{
  size_t n = strlen(v);
  while (n && (v[n - 1] == '\n' || v[n - 1] == ' '))
    n--;
  sb_addn(b, v, n);
}

/* Appends what stands in for {name}: its value, its mark, or the braces kept as they are. */
static void fill_one(struct strbuf *b, const struct doc *d, enum doc_lang l, const char *open, size_t n,
                     enum fill_how how, unsigned *gaps)
{
  int i = placeholder_find(open + 1, n);
  char *v = i < 0 ? NULL : placeholder_value(d, l, (size_t)i);
  if (v) {
    add_trimmed(b, v);
    free(v);
    return;
  }
  if (i >= 0 && gaps)
    *gaps |= 1u << i;
  if (i >= 0 && how == FILL_MARK)
    sb_add(b, _(placeholders[i].mark));
  else
    sb_addn(b, open, n + 2);
}

char *render_fill(const struct doc *d, enum doc_lang l, const char *text, enum fill_how how, unsigned *gaps)
{
  struct strbuf b = { 0 };
  const char *p = text;
  while (*p) {
    const char *open = strchr(p, '{');
    const char *close = open ? strchr(open, '}') : NULL;
    if (!close) {
      sb_add(&b, p);
      break;
    }
    sb_addn(&b, p, (size_t)(open - p));
    fill_one(&b, d, l, open, (size_t)(close - open - 1), how, gaps);
    p = close + 1;
  }
  return sb_take(&b);
}

int render_placeholder_index(const char *name)
{
  return placeholder_find(name, strlen(name));
}

char *render_gap_words(int i)
{
  if (i >= RENDER_GAP_PURPOSE)
    return xasprintf(_("%s (section \"%s\")"), _(row_gaps[i - RENDER_GAP_PURPOSE].missing),
                     _(schema_find(row_gaps[i - RENDER_GAP_PURPOSE].section)->heading));
  const struct placeholder *p = &placeholders[i];
  const char *heading = _(schema_find(p->section)->heading);
  if (!p->ini_sect)
    return xasprintf(_("%s (section \"%s\")"), _(p->missing), heading);
  return xasprintf(_("%s (section \"%s\", or %s = in [%s] of seloste.ini)"), _(p->missing), heading,
                   p->ini_key, p->ini_sect);
}

const char *render_gap_section(int i)
{
  return i >= RENDER_GAP_PURPOSE ? row_gaps[i - RENDER_GAP_PURPOSE].section : placeholders[i].section;
}

int render_gap_field(int i)
{
  return i >= RENDER_GAP_PURPOSE ? -1 : placeholders[i].field;
}

char *render_gaps_text(unsigned gaps)
{
  struct strbuf b = { 0 };
  for (int i = 0; i <= RENDER_GAP_PROVIDER; i++) {
    if (!(gaps & (1u << i)))
      continue;
    char *w = render_gap_words(i);
    sb_printf(&b, "%s%s", b.len ? "; " : "", w);
    free(w);
  }
  return sb_take(&b);
}

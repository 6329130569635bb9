/* The service providers against the transfers and cookies sections: every provider outside the EU/EEA
   has a transfer mechanism that fits its country and that the transfers section lists (GDPR 13(1)(f),
   Chapter V), and every tool the cookies section ticks is named in the list (13(1)(e), 26(2)). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "countries.h"
#include "i18n.h"
#include "render.h"
#include "check_text.h"
#include "util.h"

/* The providers section of d (the SCHEMA_PROVIDERS one), or NULL. */
static const struct doc_section *providers_of(const struct doc *d)
{
  for (size_t i = 0; i < schema_count(); i++)
    if (d->sec[i].schema->kind == SCHEMA_PROVIDERS)
      return &d->sec[i];
  return NULL;
}

/* "Name (US)": a provider as messages name it. Caller frees. */
static char *provider_words(const struct doc_provider *p)
{
  return xasprintf("%s (%s)", p->name ? p->name : "", p->country ? p->country : "?");
}

/* True when mechanism mech can carry a transfer to country code: an adequacy decision only where the
   Commission made one for the whole country, the Data Privacy Framework only to the United States,
   standard contractual clauses anywhere. */
static bool mechanism_fits(const char *mech, const char *code)
{
  const struct country *k = country_find(code);
  enum adequacy a = k ? k->adequacy : ADEQUACY_NONE;
  if (strcmp(mech, "adequacy") == 0)
    return a == ADEQUACY_COUNTRY;
  if (strcmp(mech, "dpf") == 0)
    return a == ADEQUACY_DPF;
  return true;
}

/* The message for a mechanism that does not fit the provider's country. */
static const char *misfit_msgid(const char *mech)
{
  return strcmp(mech, "dpf") == 0
             ? N_("service provider %s relies on the EU-US Data Privacy Framework, which covers only "
                  "self-certified organisations in the United States; choose the mechanism that applies, such "
                  "as standard contractual clauses")
             : N_("service provider %s relies on an adequacy decision, but the European Commission has made "
                  "none for that country (for the United States only the Data Privacy Framework counts); "
                  "choose the mechanism that applies, such as standard contractual clauses");
}

/* One provider outside the EU/EEA: its mechanism present, fitting, and listed under transfers. */
static void rule_provider(struct check_ctx *c, const char *sec, const struct doc_provider *p, bool none,
                          const struct doc_section *tr)
{
  char *who = provider_words(p);
  if (none)
    check_add(c, "transfers", CHECK_ERROR, "provider_outside_eea", "13(1)(f)", -1,
              N_("service provider %s processes data outside the EU/EEA, but the section says that no data "
                 "leaves the EU/EEA; tick the transfer mechanism the provider relies on"), who, NULL);
  if (!p->mechanism)
    check_add(c, sec, CHECK_ERROR, "provider_no_mechanism", "13(1)(f)", -1,
              N_("service provider %s processes data outside the EU/EEA, but no transfer mechanism is given "
                 "for it; give the one it relies on"), who, NULL);
  else if (!mechanism_fits(p->mechanism, p->country))
    check_add(c, sec, CHECK_ERROR, "mechanism_misfit", "13(1)(f)", -1, misfit_msgid(p->mechanism), who, NULL);
  else if (!none && tr && !doc_has_item(tr, p->mechanism))
    check_add(c, "transfers", CHECK_ERROR, "mechanism_not_ticked", "13(1)(f)", -1,
              N_("service provider %s relies on \"%s\", but the section does not list that mechanism; "
                 "tick it"), who, p->mechanism);
  free(who);
}

/* True when some provider outside the EU/EEA relies on mechanism mech. */
static bool mechanism_used(const struct doc_section *ps, const char *mech)
{
  for (size_t i = 0; ps && i < ps->nproviders; i++)
    if (country_outside_eea(ps->providers[i].country) && ps->providers[i].mechanism &&
        strcmp(ps->providers[i].mechanism, mech) == 0)
      return true;
  return false;
}

/* Each mechanism ticked under transfers: some provider relies on it. */
static void rule_unused_mechanisms(struct check_ctx *c, const struct doc_section *ps, const struct doc_section *tr)
{
  for (size_t i = 0; tr && !tr->not_applicable && i < tr->nitems; i++) {
    const struct schema_option *o = schema_option(tr->schema, tr->items[i]);
    if (o && !mechanism_used(ps, o->id))
      check_add(c, "transfers", CHECK_WARNING, "mechanism_unused", "13(1)(f)", -1,
                N_("the section lists \"%s\", but no service provider in the list relies on it; add the "
                   "provider or untick the mechanism"), _(o->label), NULL);
  }
}

/* Findings that already ask to tick a transfer mechanism (the Privacy Shield's replacement, a provider's
   own mechanism, "no transfers" with exceptions): where one is made, no other need say so. */
static const char *const asks_mechanism[] = { "privacy_shield", "mechanism_not_ticked", "provider_outside_eea",
                                              "transfer_exception", "non_eu_tool", "processing_outside_eea", NULL };

/* True when a finding of one of the rules in asks_mechanism has been made. */
static bool mechanism_asked(const struct check_ctx *c)
{
  for (size_t i = 0; i < c->out->n; i++)
    for (size_t r = 0; asks_mechanism[r]; r++)
      if (strcmp(c->out->v[i].rule, asks_mechanism[r]) == 0)
        return true;
  return false;
}

/* A transfers section with text that tells of transfers (or of nothing that denies them) but no mechanism
   ticked and not marked not applicable: the notice must say what each transfer relies on (GDPR 13(1)(f),
   44-46), and a text alone names none that the checks can hold to. */
static void rule_no_mechanism(struct check_ctx *c, const struct doc_section *tr)
{
  if (!tr || !check_in_force(c, tr) || check_no_transfers(c) || mechanism_asked(c))
    return;
  for (size_t i = 0; i < tr->nitems; i++)
    if (schema_option(tr->schema, tr->items[i]))
      return;
  bool text = false;
  for (int l = 0; l < LANG_COUNT; l++)
    text = text || (c->lang[l] && !str_blank(tr->text[l]) && !text_is_filler(tr->text[l]));
  if (text)
    check_add(c, "transfers", CHECK_ERROR, "transfer_basis_missing", "13(1)(f)", -1,
              N_("the section tells of transfers outside the EU/EEA, but no transfer mechanism is chosen; tick "
                 "what each transfer relies on (adequacy decision, Data Privacy Framework or standard "
                 "contractual clauses), or mark the section not applicable if no data leaves the EU/EEA"),
              NULL, NULL);
}

/* The cookie tools whose provider the notice must name, and the provider role that names it. */
static const struct { const char *item, *gdpr, *msgid; } cookie_tools[] = {
  { "analytics", "13(1)(e)",
    N_("web analytics is ticked, but the service providers list names no analytics tool; add the tool you "
       "use and its provider") },
  { "marketing_automation", "13(1)(e)",
    N_("marketing automation is ticked, but the service providers list names no marketing automation "
       "tool; add the tool you use and its provider") },
  { "ad_pixels", "26(2)",
    N_("advertising pixels are ticked, but the service providers list names no advertising platform; name "
       "each platform, which is a joint controller with you (GDPR Article 26(2))") },
};

/* True when some provider has role. */
static bool role_named(const struct doc_section *ps, const char *role)
{
  for (size_t i = 0; ps && i < ps->nproviders; i++)
    if (ps->providers[i].role && strcmp(ps->providers[i].role, role) == 0)
      return true;
  return false;
}

/* Each cookie tool ticked: a provider of that role in the list. */
static void rule_cookie_tools(struct check_ctx *c, const struct doc_section *ps)
{
  const struct doc_section *s = doc_section(c->doc, "cookies");
  if (!s || !check_in_force(c, s))
    return;
  for (size_t i = 0; i < sizeof cookie_tools / sizeof cookie_tools[0]; i++)
    if (doc_has_item(s, cookie_tools[i].item) && !role_named(ps, cookie_tools[i].item))
      check_add(c, "cookies", CHECK_ERROR, "tool_not_named", cookie_tools[i].gdpr, -1, cookie_tools[i].msgid,
                NULL, NULL);
}

bool check_cookie_tool_gap(const struct check_ctx *c, const char *section, int gap)
{
  const struct doc_section *s = doc_section(c->doc, "cookies");
  if (!s || strcmp(section, "cookies") != 0 || !check_in_force(c, s))
    return false;
  for (size_t i = 0; i < sizeof cookie_tools / sizeof cookie_tools[0]; i++)
    if (doc_has_item(s, cookie_tools[i].item)) {
      char *name = xasprintf("providers:%s", cookie_tools[i].item);
      int at = render_placeholder_index(name);
      free(name);
      if (at == gap)
        return true;
    }
  return false;
}

void check_providers_run(struct check_ctx *c)
{
  const struct doc_section *ps = providers_of(c->doc), *tr = doc_section(c->doc, "transfers");
  bool none = check_no_transfers(c);
  for (size_t i = 0; ps && i < ps->nproviders; i++)
    if (country_outside_eea(ps->providers[i].country))
      rule_provider(c, ps->schema->id, &ps->providers[i], none, tr);
  rule_unused_mechanisms(c, ps, tr);
  rule_no_mechanism(c, tr);
  rule_cookie_tools(c, ps);
}

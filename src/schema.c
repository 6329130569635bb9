/* The notice's sections and register types, as read from the data files by registers.c, and the legal
   bases of GDPR Art. 6(1), which are the law's and not a register type's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "schema_impl.h"

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

static const char *const field_names[FIELD_COUNT] = {
  "name", "business_id", "street", "postal_code", "city", "email", "phone", "website"
};

static const char *const field_labels[FIELD_COUNT] = {
  N_("Name"), N_("Business ID"), N_("Street address"), N_("Postal code"), N_("City"),
  N_("E-mail"), N_("Phone"), N_("Website")
};

static struct schema_tables tables;
static bool loaded;
static const struct schema_register *active;

bool schema_load(struct strbuf *err)
{
  if (loaded)
    return true;
  struct schema_tables t;
  memset(&t, 0, sizeof t);
  if (!registers_read(&t, err)) {
    /* what a failed read built stays reachable (its types share the sections' strings, so it is not
       freed piece by piece); loaded stays false, and the program stops on this error */
    tables = t;
    return false;
  }
  tables = t;
  loaded = true;
  active = schema_register_find("customer");
  if (!active)
    active = &tables.reg[0];
  return true;
}

/* Loads the tables on first use; a broken data file ends the program with its message. */
static void ready(void)
{
  if (loaded)
    return;
  struct strbuf err = { 0 };
  if (!schema_load(&err)) {
    fprintf(stderr, "seloste: %s\n", err.s ? err.s : "");
    exit(2);
  }
}

size_t schema_register_count(void)
{
  ready();
  return tables.nreg;
}

const struct schema_register *schema_register_at(size_t i)
{
  ready();
  return i < tables.nreg ? &tables.reg[i] : NULL;
}

const struct schema_register *schema_register_find(const char *id)
{
  ready();
  for (size_t i = 0; id && i < tables.nreg; i++)
    if (strcmp(tables.reg[i].id, id) == 0)
      return &tables.reg[i];
  return NULL;
}

bool schema_use(const char *id)
{
  const struct schema_register *r = schema_register_find(id);
  if (r)
    active = r;
  return r != NULL;
}

const struct schema_register *schema_active(void)
{
  ready();
  return active;
}

/* True when id is clause c or one of its companions "c-interest", "c-retention". */
static bool clause_or_companion(const char *c, const char *id)
{
  size_t n = c ? strlen(c) : 0;
  return n && strncmp(id, c, n) == 0 && (id[n] == '\0' || id[n] == '-');
}

bool schema_section_uses_clause(const struct schema_section *sch, const char *id)
{
  if (sch->clause && strcmp(sch->clause, id) == 0)
    return true;
  for (size_t i = 0; sch->options && sch->options[i].id; i++)
    if (clause_or_companion(sch->options[i].clause, id))
      return true;
  return false;
}

bool schema_clause_of_other_type(size_t i, const char *id)
{
  ready();
  if (i >= tables.nsec || schema_section_uses_clause(&active->sec[i], id))
    return false;
  for (size_t r = 0; r < tables.nreg; r++)
    if (&tables.reg[r] != active && schema_section_uses_clause(&tables.reg[r].sec[i], id))
      return true;
  return false;
}

const char *schema_register_ids(void)
{
  static char *ids;
  ready();
  if (!ids) {
    struct strbuf b = { 0 };
    for (size_t i = 0; i < tables.nreg; i++)
      sb_printf(&b, "%s%s", i ? ", " : "", tables.reg[i].id);
    ids = b.s ? b.s : xstrdup("");
  }
  return ids;
}

size_t schema_count(void)
{
  ready();
  return tables.nsec;
}

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
  ready();
  return i < tables.nsec ? &active->sec[i] : NULL;
}

int schema_index(const char *id)
{
  ready();
  for (size_t i = 0; id && i < tables.nsec; i++)
    if (strcmp(tables.sec[i].id, id) == 0)
      return (int)i;
  return -1;
}

const struct schema_section *schema_find(const char *id)
{
  int i = schema_index(id);
  return i < 0 ? NULL : &active->sec[i];
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

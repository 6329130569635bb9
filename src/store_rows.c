/* The rows of the purposes and providers sections and the per-language derivation records, to and
   from libconfig. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "countries.h"
#include "i18n.h"
#include "store_impl.h"

/* ---------- writing ---------- */

/* Adds NAME_fi and NAME_en (or fi and en when name is NULL) from v. */
static void put_langs(config_setting_t *g, const char *name, char *const v[LANG_MAX])
{
  for (int l = 0; l < LANG_COUNT; l++) {
    char *key = name ? xasprintf("%s_%s", name, doc_lang_code(l)) : xstrdup(doc_lang_code(l));
    store_put_string(g, key, v[l]);
    free(key);
  }
}

void store_put_rows(config_setting_t *g, const struct doc_section *s)
{
  enum schema_kind k = s->schema->kind;
  if (k != SCHEMA_PURPOSES && k != SCHEMA_PROVIDERS)
    return;
  config_setting_t *list = config_setting_add(g, "rows", CONFIG_TYPE_LIST);
  for (size_t i = 0; k == SCHEMA_PURPOSES && i < s->npurposes; i++) {
    const struct doc_purpose *p = &s->purposes[i];
    config_setting_t *row = config_setting_add(list, NULL, CONFIG_TYPE_GROUP);
    store_put_string(row, "id", p->id);
    store_put_string(row, "basis", p->basis);
    put_langs(row, NULL, p->text);
    put_langs(row, "interest", p->interest);
    put_langs(row, "retention", p->retention);
    store_put_from(row, p->from);
  }
  for (size_t i = 0; k == SCHEMA_PROVIDERS && i < s->nproviders; i++) {
    const struct doc_provider *p = &s->providers[i];
    config_setting_t *row = config_setting_add(list, NULL, CONFIG_TYPE_GROUP);
    store_put_string(row, "name", p->name);
    store_put_string(row, "role", p->role);
    store_put_string(row, "country", p->country);
    store_put_string(row, "mechanism", p->mechanism);
    put_langs(row, NULL, p->what);
  }
}

void store_put_from(config_setting_t *g, const struct doc_derivation from[LANG_MAX])
{
  for (int l = 0; l < LANG_COUNT; l++) {
    const struct doc_derivation *f = &from[l];
    if (f->source == SOURCE_UNKNOWN)
      continue;
    char *key = xasprintf("%s_from", doc_lang_code(l));
    config_setting_t *m = config_setting_add(g, key, CONFIG_TYPE_GROUP);
    free(key);
    store_put_string(m, "source", doc_source_name(f->source));
    store_put_string(m, "clause", f->clause);
    store_put_string(m, "version", f->version);
    if (f->source == SOURCE_EDIT) {
      config_setting_set_int(config_setting_add(m, "seq", CONFIG_TYPE_INT), f->seq);
      store_put_string(m, "date", f->date);
      config_setting_set_bool(config_setting_add(m, "lead", CONFIG_TYPE_BOOL), f->lead);
    }
  }
}

/* ---------- reading ---------- */

/* Reads fi/en (name NULL) or NAME_fi/NAME_en of row into v. */
static bool get_langs(struct rd *r, const config_setting_t *row, const char *name, char *v[LANG_MAX])
{
  bool ok = true;
  for (int l = 0; ok && l < LANG_COUNT; l++) {
    char *key = name ? xasprintf("%s_%s", name, doc_lang_code(l)) : xstrdup(doc_lang_code(l));
    ok = store_get_text(r, row, key, &v[l]);
    free(key);
  }
  return ok;
}

/* Number of names in a NULL-terminated list. */
static size_t count_names(const char *const *names)
{
  size_t n = 0;
  while (names[n])
    n++;
  return n;
}

/* form ("retention_%s") with its one "%s" replaced by code. Caller frees. */
static char *fill_code(const char *form, const char *code)
{
  const char *at = strstr(form, "%s");
  return xasprintf("%.*s%s%s", (int)(at - form), form, code, at + 2);
}

const char *const *store_keys(const char *const *fixed, const char *const *forms)
{
  size_t nfixed = count_names(fixed), nforms = forms ? count_names(forms) : 0, k = 0;
  const char **v = xmalloc((nfixed + nforms * lang_count() + 1) * sizeof *v);
  for (size_t i = 0; i < nfixed; i++)
    v[k++] = fixed[i];
  for (size_t f = 0; f < nforms; f++)
    for (size_t l = 0; l < lang_count(); l++)
      v[k++] = fill_code(forms[f], lang_at((int)l)->code);
  v[k] = NULL;
  return v;
}

void store_keys_free(const char *const *keys, const char *const *fixed)
{
  for (size_t i = count_names(fixed); keys[i]; i++)
    free((char *)keys[i]);
  free((void *)keys);
}

/* True when every member of row is one of the names in known (NULL-terminated); else a message that
   suggests the nearest known name ("retention_fl": "retention_fi") or lists them all. */
static bool known_members(struct rd *r, const config_setting_t *row, const char *const *known)
{
  size_t n = count_names(known);
  for (int i = 0; i < config_setting_length(row); i++) {
    const config_setting_t *m = config_setting_get_elem(row, (unsigned)i);
    const char *name = config_setting_name(m);
    bool found = false;
    for (size_t k = 0; k < n && !found; k++)
      found = strcmp(known[k], name) == 0;
    if (found)
      continue;
    const char *near = str_nearest(name, known, n); /* only for a name that is wrong: it is slow */
    if (near)
      return cfgfile_fail(r->err, r->path, m, _("unknown setting '%s' in a row; did you mean '%s'?"), name,
                          near);
    char *list = str_join(known, n);
    cfgfile_fail(r->err, r->path, m, _("unknown setting '%s' in a row; the settings there are %s"), name, list);
    free(list);
    return false;
  }
  return true;
}

/* The ids of options o (NULL-id terminated), at most 32, into ids; returns how many. */
static size_t option_ids(const struct schema_option *o, const char *ids[32])
{
  size_t n = 0;
  for (; o && o->id && n < 32; o++)
    ids[n++] = o->id;
  return n;
}

/* Refuses value (the setting at, for its line), which is none of ids[0..n): the message is what (taken
   and freed: the row and the value, "purpose \"own-1\": \"kontrakti\" is not a legal basis") followed by
   the nearest id when one is close, else by the list of them all. Returns false. */
static bool bad_value(struct rd *r, const config_setting_t *at, char *what, const char *value,
                      const char *const *ids, size_t n)
{
  const char *near = str_nearest(value, ids, n);
  char *list = str_join(ids, n);
  if (near)
    cfgfile_fail(r->err, r->path, at, _("%s; did you mean \"%s\"?"), what, near);
  else
    cfgfile_fail(r->err, r->path, at, _("%s; use one of %s"), what, list);
  free(what);
  free(list);
  return false;
}

/* True when id is 1 to 40 characters of a-z, 0-9, '_' and '-'. */
static bool valid_row_id(const char *id)
{
  size_t n = id ? strlen(id) : 0;
  if (n == 0 || n > 40)
    return false;
  return strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789_-") == n;
}

/* Refuses a basis that is none of the Art. 6(1) ids ("kontrakti"), naming it and the valid ones. */
static bool bad_basis(struct rd *r, const config_setting_t *row, const char *id, const char *basis)
{
  const char *ids[32];
  size_t n = 0;
  for (; n < schema_basis_count() && n < 32; n++)
    ids[n] = schema_basis_at(n)->id;
  return bad_value(r, config_setting_get_member(row, "basis"),
                   xasprintf(_("purpose \"%s\": \"%s\" is not a legal basis"), id, basis), basis, ids, n);
}

/* Reads one purpose row. */
static bool get_purpose(struct rd *r, const config_setting_t *row, struct doc_section *s)
{
  static const char *const fixed[] = { "id", "basis", NULL };
  static const char *const forms[] = { "%s", "interest_%s", "retention_%s", "%s_from", NULL };
  static const char *const *known;
  if (!known)
    known = store_keys(fixed, forms); /* kept for the program's life */
  char *id = NULL, *basis = NULL;
  bool ok = known_members(r, row, known) && store_get_text(r, row, "id", &id) &&
            store_get_text(r, row, "basis", &basis);
  if (ok && !valid_row_id(id))
    ok = cfgfile_fail(r->err, r->path, row, _("a purpose needs an id of a-z, 0-9, '_' and '-', such as "
                                              "id = \"own-1\";"));
  else if (ok && !basis)
    ok = cfgfile_fail(r->err, r->path, row,
                      _("purpose \"%s\" needs a legal basis: basis = one of consent, contract, "
                        "legal_obligation, vital_interests, public_task, legitimate_interest"), id);
  else if (ok && schema_basis_index(basis) < 0)
    ok = bad_basis(r, row, id, basis);
  if (ok) {
    struct doc_purpose *p = doc_purpose_add(s, id, basis);
    ok = get_langs(r, row, NULL, p->text) && get_langs(r, row, "interest", p->interest) &&
         get_langs(r, row, "retention", p->retention);
    for (int l = 0; ok && l < LANG_COUNT; l++) {
      char *key = xasprintf("%s_from", doc_lang_code(l));
      const config_setting_t *f = config_setting_get_member(row, key);
      free(key);
      ok = !f || store_get_from(r, f, p->from);
    }
  }
  free(id);
  free(basis);
  return ok;
}

/* Checks a provider's role, country and mechanism against the schema and the country table. */
static bool provider_valid(struct rd *r, const config_setting_t *row, const struct doc_section *s,
                           const char *name, const char *role, const char *country, const char *mech)
{
  const struct schema_section *tr = schema_find("transfers");
  if (str_blank(name))
    return cfgfile_fail(r->err, r->path, row, _("a service provider needs its name: name = \"...\";"));
  const char *roles[32];
  size_t nroles = option_ids(s->schema->options, roles);
  if (!role) {
    char *list = str_join(roles, nroles);
    cfgfile_fail(r->err, r->path, row, _("service provider \"%s\" needs a role: role = one of %s"), name, list);
    free(list);
    return false;
  }
  if (!schema_option(s->schema, role))
    return bad_value(r, config_setting_get_member(row, "role"),
                     xasprintf(_("service provider \"%s\" has an unknown role \"%s\""), name, role), role,
                     roles, nroles);
  if (!country_find(country))
    return cfgfile_fail(r->err, r->path, row,
                        _("service provider \"%s\": \"%s\" is not a country code seloste knows; use the "
                          "two-letter code, such as \"FI\" or \"US\""), name, country ? country : "");
  if (mech && !schema_option(tr, mech))
    return cfgfile_fail(r->err, r->path, row,
                        _("service provider \"%s\": unknown transfer mechanism \"%s\"; use adequacy, dpf "
                          "or scc"), name, mech);
  return true;
}

/* Reads one provider row. */
static bool get_provider(struct rd *r, const config_setting_t *row, struct doc_section *s)
{
  static const char *const fixed[] = { "name", "role", "country", "mechanism", NULL };
  static const char *const forms[] = { "%s", NULL };
  static const char *const *known;
  if (!known)
    known = store_keys(fixed, forms); /* kept for the program's life */
  char *name = NULL, *role = NULL, *country = NULL, *mech = NULL;
  bool ok = known_members(r, row, known) && store_get_text(r, row, "name", &name) &&
            store_get_text(r, row, "role", &role) && store_get_text(r, row, "country", &country) &&
            store_get_text(r, row, "mechanism", &mech) &&
            provider_valid(r, row, s, name, role, country, mech);
  if (ok) {
    struct doc_provider *p = doc_provider_add(s, name, role, country, mech);
    ok = get_langs(r, row, NULL, p->what);
  }
  free(name);
  free(role);
  free(country);
  free(mech);
  return ok;
}

/* The purposes being compared by id, then by position (qsort callback). */
static const struct doc_purpose *sort_rows;
static int by_id(const void *a, const void *b)
{
  size_t i = *(const size_t *)a, j = *(const size_t *)b;
  int c = strcmp(sort_rows[i].id, sort_rows[j].id);
  return c ? c : (i > j) - (i < j);
}

/* Refuses two purposes with the same id, naming the later one's line. Sorts positions by id, so the
   time grows as n log n with the number of rows, not n squared. */
static bool unique_ids(struct rd *r, const config_setting_t *m, const struct doc_section *s)
{
  size_t n = s->npurposes, *pos = xmalloc((n ? n : 1) * sizeof *pos), dup = n;
  for (size_t i = 0; i < n; i++)
    pos[i] = i;
  sort_rows = s->purposes;
  qsort(pos, n, sizeof *pos, by_id);
  for (size_t i = 1; i < n && dup == n; i++)
    if (strcmp(s->purposes[pos[i]].id, s->purposes[pos[i - 1]].id) == 0)
      dup = pos[i];
  free(pos);
  if (dup == n)
    return true;
  return cfgfile_fail(r->err, r->path, config_setting_get_elem(m, (unsigned)dup),
                      _("two purposes have the id \"%s\"; give each its own"), s->purposes[dup].id);
}

bool store_get_rows(struct rd *r, const config_setting_t *m, struct doc_section *s)
{
  enum schema_kind k = s->schema->kind;
  if (k != SCHEMA_PURPOSES && k != SCHEMA_PROVIDERS)
    return cfgfile_fail(r->err, r->path, m, _("section '%s' has no rows"), s->schema->id);
  if (!cfgfile_expect(m, CONFIG_TYPE_LIST, "rows", r->path, r->err))
    return false;
  for (int i = 0; i < config_setting_length(m); i++) {
    const config_setting_t *row = config_setting_get_elem(m, (unsigned)i);
    if (!cfgfile_expect(row, CONFIG_TYPE_GROUP, "rows[]", r->path, r->err))
      return false;
    if (!(k == SCHEMA_PURPOSES ? get_purpose(r, row, s) : get_provider(r, row, s)))
      return false;
  }
  return k != SCHEMA_PURPOSES || unique_ids(r, m, s);
}

/* The language whose record member name ("sv_from") is, or -1. */
static int from_lang(const char *name)
{
  size_t n = strlen(name);
  if (n <= 5 || n > 5 + 3 || strcmp(name + n - 5, "_from") != 0)
    return -1;
  char code[4];
  memcpy(code, name, n - 5);
  code[n - 5] = '\0';
  return doc_lang_from_code(code);
}

bool store_is_from(const char *name)
{
  return from_lang(name) >= 0;
}

bool store_get_from(struct rd *r, const config_setting_t *m, struct doc_derivation from[LANG_MAX])
{
  static const char *const known[] = { "source", "clause", "version", "seq", "date", "lead", NULL };
  struct doc_derivation *f = &from[from_lang(config_setting_name(m))]; /* store_is_from said it is one */
  char *source = NULL;
  doc_derivation_clear(f);
  bool ok = cfgfile_expect(m, CONFIG_TYPE_GROUP, config_setting_name(m), r->path, r->err) &&
            known_members(r, m, known) && store_get_text(r, m, "source", &source) &&
            store_get_text(r, m, "clause", &f->clause) && store_get_text(r, m, "version", &f->version) &&
            cfgfile_int(m, "seq", 0, &f->seq, r->path, r->err) && store_get_text(r, m, "date", &f->date) &&
            cfgfile_bool(m, "lead", &f->lead, r->path, r->err);
  int src = ok ? doc_source_from_name(source) : 0;
  if (ok && src < 0)
    ok = cfgfile_fail(r->err, r->path, m, _("unknown source \"%s\"; use stock, edit or import"),
                      source ? source : "");
  if (ok)
    f->source = (enum doc_source)src;
  free(source);
  return ok;
}

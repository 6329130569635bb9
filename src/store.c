/* Document <-> libconfig. Everything read is checked: types, versions, options, UTF-8, dates. */
#include "config.h"

#include <libconfig.h>
#include <stdlib.h>
#include <string.h>
#include "atomicfile.h"
#include "cfgfile.h"
#include "cfgwrap.h"
#include "clauses.h"
#include "i18n.h"
#include "store.h"
#include "store_impl.h"

/* ---------- writing ---------- */

void store_put_string(config_setting_t *g, const char *name, const char *value)
{
  if (value && *value)
    config_setting_set_string(config_setting_add(g, name, CONFIG_TYPE_STRING), value);
}

/* Writes one section's members. */
static void put_section(config_setting_t *g, const struct doc_section *s)
{
  if (s->origin != ORIGIN_EMPTY)
    store_put_string(g, "origin", doc_origin_name(s->origin));
  store_put_string(g, "clause", s->clause);
  store_put_string(g, "choice", s->choice);
  if (s->schema->kind == SCHEMA_CHECKLIST) {
    config_setting_t *a = config_setting_add(g, "items", CONFIG_TYPE_ARRAY);
    for (size_t i = 0; i < s->nitems; i++)
      config_setting_set_string_elem(a, -1, s->items[i]);
  }
  if (s->not_applicable)
    config_setting_set_bool(config_setting_add(g, "not_applicable", CONFIG_TYPE_BOOL), 1);
  for (int f = 0; f < FIELD_COUNT; f++)
    store_put_string(g, schema_field_name(f), s->field[f]);
  for (int l = 0; l < LANG_COUNT; l++)
    store_put_string(g, doc_lang_code(l), s->text[l]);
  store_put_rows(g, s);
  store_put_from(g, s->from);
}

/* Fills cfg from the document. */
static void to_config(const struct doc *d, config_t *cfg)
{
  config_setting_t *root = config_root_setting(cfg);
  config_setting_set_int(config_setting_add(root, "format_version", CONFIG_TYPE_INT), DOC_FORMAT_VERSION);
  store_put_string(root, "created", d->created);
  store_put_string(root, "modified", d->modified);
  store_put_string(root, "title", d->title);
  store_put_string(root, "register", d->reg->id);
  config_setting_t *langs = config_setting_add(root, "languages", CONFIG_TYPE_ARRAY);
  for (int l = 0; l < LANG_COUNT; l++)
    if (d->lang_enabled[l])
      config_setting_set_string_elem(langs, -1, doc_lang_code(l));
  config_setting_t *changes = config_setting_add(root, "changes", CONFIG_TYPE_LIST);
  for (size_t i = 0; i < d->nchanges; i++) {
    config_setting_t *c = config_setting_add(changes, NULL, CONFIG_TYPE_GROUP);
    config_setting_set_int(config_setting_add(c, "version", CONFIG_TYPE_INT), d->changes[i].version);
    store_put_string(c, "date", d->changes[i].date);
    config_setting_set_string(config_setting_add(c, "note", CONFIG_TYPE_STRING), d->changes[i].note);
  }
  config_setting_t *secs = config_setting_add(root, "sections", CONFIG_TYPE_GROUP);
  for (size_t i = 0; i < schema_count(); i++)
    if (d->sec[i].schema->in_type || !doc_section_blank(&d->sec[i]))
      put_section(config_setting_add(secs, d->sec[i].schema->id, CONFIG_TYPE_GROUP), &d->sec[i]);
}

bool store_write(const struct doc *d, FILE *fp)
{
  config_t cfg;
  config_init(&cfg);
  config_set_tab_width(&cfg, 2);
  to_config(d, &cfg);
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  bool ok = mem != NULL;
  if (ok) {
    config_write(&cfg, mem);
    ok = fclose(mem) == 0;
  }
  config_destroy(&cfg);
  if (ok) {
    char *wrapped = cfg_wrap_strings(text);
    fputs("# seloste privacy notice document (libconfig). Edit with: seloste FILE\n", fp);
    fputs(wrapped, fp);
    free(wrapped);
  }
  free(text);
  return ok && !ferror(fp);
}

/* atomic_write callback. */
static bool write_cb(FILE *fp, void *ctx) { return store_write(ctx, fp); }

bool store_save(const struct doc *d, const char *path, unsigned flags, struct strbuf *err)
{
  return atomic_write(path, write_cb, (void *)d, flags, err);
}

/* ---------- reading ---------- */

/* Copies string setting s into *slot (cfgfile_read checked every string's bytes). */
static bool set_text(struct rd *r, const config_setting_t *s, char **slot)
{
  if (!cfgfile_expect(s, CONFIG_TYPE_STRING, config_setting_name(s), r->path, r->err))
    return false;
  str_set(slot, config_setting_get_string(s));
  return true;
}

bool store_get_text(struct rd *r, const config_setting_t *g, const char *name, char **slot)
{
  const char *v;
  if (!cfgfile_string(g, name, &v, r->path, r->err))
    return false;
  if (!v)
    return true;
  return set_text(r, config_setting_get_member(g, name), slot);
}

/* Reads a date member that must be YYYY-MM-DD. */
static bool get_date(struct rd *r, const config_setting_t *g, const char *name, char **slot)
{
  if (!store_get_text(r, g, name, slot))
    return false;
  if (*slot && !i18n_valid_date(*slot))
    return cfgfile_fail(r->err, r->path, config_setting_get_member(g, name),
                        _("'%s' should be a date written YYYY-MM-DD, not \"%s\""), name, *slot);
  return true;
}

/* Reads the checklist's items array, each one a known option. */
static bool get_items(struct rd *r, const config_setting_t *g, struct doc_section *s)
{
  const config_setting_t *a = config_setting_get_member(g, "items");
  if (!a)
    return true;
  if (s->schema->kind != SCHEMA_CHECKLIST)
    return cfgfile_fail(r->err, r->path, a, _("section '%s' has no checklist"), s->schema->id);
  if (!cfgfile_expect(a, CONFIG_TYPE_ARRAY, "items", r->path, r->err))
    return false;
  for (int i = 0; i < config_setting_length(a); i++) {
    const char *v = config_setting_get_string_elem(a, i);
    if (!v || !schema_option(s->schema, v))
      return cfgfile_fail(r->err, r->path, a, _("unknown item \"%s\" in section '%s'"), v ? v : "?",
                          s->schema->id);
    doc_set_item(s, v, true);
  }
  return true;
}

/* Reads the origin and choice members, checking their values. */
static bool get_origin_choice(struct rd *r, const config_setting_t *g, struct doc_section *s)
{
  char *origin = NULL;
  bool ok = store_get_text(r, g, "origin", &origin) && store_get_text(r, g, "choice", &s->choice);
  if (ok && origin) {
    int o = doc_origin_from_name(origin);
    if (o < 0)
      ok = cfgfile_fail(r->err, r->path, config_setting_get_member(g, "origin"),
                        _("unknown origin \"%s\"; use stock, edited or imported"), origin);
    else
      s->origin = (enum doc_origin)o;
  }
  free(origin);
  if (ok && s->choice && (s->schema->kind != SCHEMA_CHOICE || !schema_option(s->schema, s->choice)))
    ok = cfgfile_fail(r->err, r->path, config_setting_get_member(g, "choice"),
                      _("\"%s\" is not a choice of section '%s'"), s->choice, s->schema->id);
  return ok;
}

/* Checks the clause member: the id of a clause of this very section. */
static bool check_clause(struct rd *r, const config_setting_t *g, const struct doc_section *s)
{
  const char *id = s->clause;
  size_t n = strlen(s->schema->id);
  if (!id || (clauses_valid_id(id) && strncmp(id, s->schema->id, n) == 0 && id[n] == '.'))
    return true;
  return cfgfile_fail(r->err, r->path, config_setting_get_member(g, "clause"),
                      _("\"%s\" is not the id of a clause of section '%s' (\"%s.variant\")"), id,
                      s->schema->id, s->schema->id);
}

/* The string slot of a section that member name fills, or NULL. */
static char **text_slot(struct doc_section *s, const char *name)
{
  int f = schema_field_by_name(name), l = doc_lang_from_code(name);
  if (f >= 0)
    return &s->field[f];
  if (l >= 0)
    return &s->text[l];
  if (strcmp(name, "clause") == 0)
    return &s->clause;
  return NULL;
}

/* Refuses member m of section s, which is no setting a section has; suggests the nearest one when it is
   close ("fl" -> "fi", "not_aplicable" -> "not_applicable"). Returns false. */
static bool unknown_member(struct rd *r, const config_setting_t *m, const struct doc_section *s)
{
  static const char *const forms[] = { "%s", "%s_from", NULL };
  const char *fixed[8 + FIELD_COUNT] = { "clause", "origin", "choice", "items", "not_applicable", "rows" };
  size_t n = 6;
  for (int f = 0; f < FIELD_COUNT; f++)
    fixed[n++] = schema_field_name((enum contact_field)f);
  fixed[n] = NULL;
  const char *const *known = store_keys(fixed, forms); /* a bad file only: not kept */
  for (n = 0; known[n]; n++)
    ;
  const char *name = config_setting_name(m), *near = str_nearest(name, known, n);
  if (near)
    cfgfile_fail(r->err, r->path, m, _("unknown setting '%s' in section '%s'; did you mean '%s'?"), name,
                 s->schema->id, near);
  else
    cfgfile_fail(r->err, r->path, m, _("unknown setting '%s' in section '%s'"), name, s->schema->id);
  store_keys_free(known, fixed);
  return false;
}

/* Reads one section group in a single pass, rejecting members it does not know. A format-1 file's
   transfers choice is left to store_migrate_v1. */
static bool get_section(struct rd *r, const config_setting_t *g, struct doc_section *s, bool v1)
{
  if (!cfgfile_expect(g, CONFIG_TYPE_GROUP, s->schema->id, r->path, r->err))
    return false;
  for (int i = 0; i < config_setting_length(g); i++) {
    const config_setting_t *m = config_setting_get_elem(g, (unsigned)i);
    const char *name = config_setting_name(m);
    char **slot = text_slot(s, name);
    bool ok = true;
    if (slot)
      ok = set_text(r, m, slot);
    else if (strcmp(name, "items") == 0)
      ok = get_items(r, g, s);
    else if (strcmp(name, "not_applicable") == 0)
      ok = cfgfile_bool(g, name, &s->not_applicable, r->path, r->err);
    else if (strcmp(name, "rows") == 0)
      ok = store_get_rows(r, m, s);
    else if (store_is_from(name))
      ok = store_get_from(r, m, s->from);
    else if (strcmp(name, "origin") != 0 && strcmp(name, "choice") != 0)
      ok = unknown_member(r, m, s);
    if (!ok)
      return false;
  }
  if (v1 && strcmp(s->schema->id, "transfers") == 0)
    return check_clause(r, g, s);
  return get_origin_choice(r, g, s) && check_clause(r, g, s);
}

/* Refuses group g of the sections, which is no section of the schema; suggests the nearest section id
   when it is close ("purpose" -> "purposes"). Returns false. */
static bool unknown_section(struct rd *r, const config_setting_t *g)
{
  size_t n = schema_count();
  const char **ids = xmalloc((n ? n : 1) * sizeof *ids);
  for (size_t i = 0; i < n; i++)
    ids[i] = schema_at(i)->id;
  const char *name = config_setting_name(g), *near = str_nearest(name, ids, n);
  if (near)
    cfgfile_fail(r->err, r->path, g, _("unknown section '%s'; did you mean '%s'?"), name, near);
  else
    cfgfile_fail(r->err, r->path, g, _("unknown section '%s'"), name);
  free(ids);
  return false;
}

/* Reads the sections group. */
static bool get_sections(struct rd *r, const config_setting_t *root, struct doc *d)
{
  const config_setting_t *secs = config_setting_get_member(root, "sections");
  if (!secs)
    return cfgfile_fail(r->err, r->path, NULL, _("no 'sections' group: this is not a seloste document"));
  if (!cfgfile_expect(secs, CONFIG_TYPE_GROUP, "sections", r->path, r->err))
    return false;
  bool v1 = d->format_version == 1;
  for (int i = 0; i < config_setting_length(secs); i++) {
    const config_setting_t *g = config_setting_get_elem(secs, (unsigned)i);
    int idx = schema_index(config_setting_name(g));
    if (v1 && strcmp(config_setting_name(g), "legal_basis") == 0)
      continue;
    if (idx < 0)
      return unknown_section(r, g);
    if (!get_section(r, g, &d->sec[idx], v1))
      return false;
  }
  return !v1 || store_migrate_v1(r, secs, d);
}

/* Reads the languages array. */
static bool get_languages(struct rd *r, const config_setting_t *root, struct doc *d)
{
  const config_setting_t *a = config_setting_get_member(root, "languages");
  if (!a)
    return true;
  if (!cfgfile_expect(a, CONFIG_TYPE_ARRAY, "languages", r->path, r->err))
    return false;
  memset(d->lang_enabled, 0, sizeof d->lang_enabled);
  for (int i = 0; i < config_setting_length(a); i++) {
    int l = doc_lang_from_code(config_setting_get_string_elem(a, i));
    if (l < 0)
      return cfgfile_fail(r->err, r->path, a, _("unknown language in 'languages'; use \"fi\" and/or \"en\""));
    d->lang_enabled[l] = true;
  }
  return true;
}

/* Reads the change log. */
static bool get_changes(struct rd *r, const config_setting_t *root, struct doc *d)
{
  const config_setting_t *list = config_setting_get_member(root, "changes");
  if (!list)
    return true;
  if (!cfgfile_expect(list, CONFIG_TYPE_LIST, "changes", r->path, r->err))
    return false;
  for (int i = 0; i < config_setting_length(list); i++) {
    const config_setting_t *c = config_setting_get_elem(list, (unsigned)i);
    char *date = NULL, *note = NULL;
    int version = 0;
    bool ok = cfgfile_expect(c, CONFIG_TYPE_GROUP, "changes[]", r->path, r->err) &&
              cfgfile_int(c, "version", 1, &version, r->path, r->err) && get_date(r, c, "date", &date) &&
              store_get_text(r, c, "note", &note);
    if (ok) {
      doc_add_change(d, date ? date : "", note);
      d->changes[d->nchanges - 1].version = version;
    }
    free(date);
    free(note);
    if (!ok)
      return false;
  }
  return true;
}

/* Makes the notice's register type (its `register` setting; none: a customer register, as every notice
   was before there were types) the active one, so that the document is made with its sections. */
static bool use_register(struct rd *r, const config_setting_t *root)
{
  const char *id = NULL;
  if (!cfgfile_string(root, "register", &id, r->path, r->err))
    return false;
  if (!schema_use(id ? id : "customer"))
    return cfgfile_fail(r->err, r->path, config_setting_get_member(root, "register"),
                        _("unknown register type \"%s\"; the types are: %s (a house type needs its file "
                          "registers/%s.cfg in the settings directory)"), id, schema_register_ids(), id);
  return true;
}

/* Checks format_version: present, an integer, and not newer than this program reads. */
static bool check_version(struct rd *r, const config_setting_t *root, struct doc *d)
{
  const config_setting_t *v = config_setting_get_member(root, "format_version");
  if (!v)
    return cfgfile_fail(r->err, r->path, NULL, _("no 'format_version': this is not a seloste document"));
  if (!cfgfile_int(root, "format_version", 1, &d->format_version, r->path, r->err))
    return false;
  if (d->format_version > DOC_FORMAT_VERSION)
    return cfgfile_fail(r->err, r->path, v,
                        _("format version %d is newer than this seloste reads (%d); update seloste"),
                        d->format_version, DOC_FORMAT_VERSION);
  return true;
}

struct doc *store_load(const char *path, struct strbuf *err)
{
  config_t cfg;
  config_init(&cfg);
  struct rd r = { path, err };
  struct doc *d = NULL;
  if (cfgfile_read(&cfg, path, CFGTEXT_DOCUMENT, err)) {
    const config_setting_t *root = config_root_setting(&cfg);
    d = use_register(&r, root) ? doc_new() : NULL;
    bool ok = d && check_version(&r, root, d) && get_date(&r, root, "created", &d->created) &&
              get_date(&r, root, "modified", &d->modified) &&
              store_get_text(&r, root, "title", &d->title) && get_languages(&r, root, d) &&
              get_changes(&r, root, d) && get_sections(&r, root, d);
    if (!ok) {
      doc_free(d);
      d = NULL;
    }
  }
  config_destroy(&cfg);
  return d;
}

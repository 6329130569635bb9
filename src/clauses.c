/* Stock clause library and authority data, read from libconfig files in three layers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "clauses.h"
#include "i18n.h"
#include "paths.h"
#include "schema.h"

/* True when clause id belongs to section (id is "section.variant"). */
static bool in_section(const char *id, const char *section)
{
  size_t n = strlen(section);
  return strncmp(id, section, n) == 0 && id[n] == '.';
}

bool clauses_valid_id(const char *id)
{
  const char *dot = id ? strchr(id, '.') : NULL;
  if (!dot || dot - id >= 64 || strlen(dot + 1) >= 56)
    return false;
  char section[64];
  snprintf(section, sizeof section, "%.*s", (int)(dot - id), id);
  size_t n = strspn(dot + 1, "abcdefghijklmnopqrstuvwxyz0123456789_-");
  return schema_index(section) >= 0 && n > 0 && dot[1 + n] == '\0';
}

/* Index of a clause by id, or -1. */
static long find(const struct clause_lib *lib, enum doc_lang l, const char *id)
{
  for (size_t i = 0; i < lib->n[l]; i++)
    if (strcmp(lib->c[l][i].id, id) == 0)
      return (long)i;
  return -1;
}

/* Makes c the only default of its section. */
static void clear_other_defaults(struct clause_lib *lib, enum doc_lang l, const struct clause *c)
{
  const char *dot = strchr(c->id, '.');
  char section[128];
  snprintf(section, sizeof section, "%.*s", (int)(dot - c->id), c->id);
  for (size_t i = 0; i < lib->n[l]; i++)
    if (&lib->c[l][i] != c && in_section(lib->c[l][i].id, section))
      lib->c[l][i].is_default = false;
}

/* Adds or replaces a clause (a later layer overrides by id). */
static void put(struct clause_lib *lib, enum doc_lang l, const char *id, const char *title,
                const char *text, bool is_default, int layer)
{
  long i = find(lib, l, id);
  if (i < 0) {
    lib->c[l] = xrealloc(lib->c[l], (lib->n[l] + 1) * sizeof *lib->c[l]);
    i = (long)lib->n[l]++;
    memset(&lib->c[l][i], 0, sizeof lib->c[l][i]);
    lib->c[l][i].id = xstrdup(id);
  }
  struct clause *c = &lib->c[l][i];
  str_set(&c->title, title ? title : id);
  str_set(&c->text, text);
  c->is_default = is_default;
  c->layer = layer;
  if (is_default)
    clear_other_defaults(lib, l, c);
}

/* Reads one { id; title; default; text; } entry. */
static bool read_entry(struct clause_lib *lib, enum doc_lang l, const config_setting_t *e,
                       const char *path, int layer, struct strbuf *err)
{
  const char *id, *title, *text;
  bool def = false;
  if (!cfgfile_expect(e, CONFIG_TYPE_GROUP, "clauses[]", path, err) ||
      !cfgfile_string(e, "id", &id, path, err) || !cfgfile_string(e, "title", &title, path, err) ||
      !cfgfile_string(e, "text", &text, path, err) || !cfgfile_bool(e, "default", &def, path, err))
    return false;
  if (!id)
    return cfgfile_fail(err, path, e, _("each clause needs an id of the form \"section.variant\""));
  if (!clauses_valid_id(id))
    return cfgfile_fail(err, path, config_setting_get_member(e, "id"),
                        _("\"%s\" is not a clause id: write \"section.variant\", where section is one of "
                          "the notice's sections (as in the stock clauses) and variant is lower-case "
                          "letters a-z, digits, '_' or '-'"), id);
  if (!text)
    return cfgfile_fail(err, path, e, _("clause '%s' has no text"), id);
  put(lib, l, id, title, text, def, layer);
  return true;
}

bool clauses_load_file(struct clause_lib *lib, enum doc_lang l, const char *path, int layer,
                       bool *found, struct strbuf *err)
{
  config_t cfg;
  config_init(&cfg);
  bool ok = cfgfile_read_optional(&cfg, path, CFGTEXT_DATA, found, err);
  if (ok && *found) {
    const config_setting_t *list = config_lookup(&cfg, "clauses");
    if (!list && !config_lookup(&cfg, "texts"))
      ok = cfgfile_fail(err, path, NULL, _("no 'clauses' list in this file"));
    else if (!list)
      ok = true; /* only texts (registers.c reads them) */
    else if ((ok = cfgfile_expect(list, CONFIG_TYPE_LIST, "clauses", path, err)))
      for (int i = 0; ok && i < config_setting_length(list); i++)
        ok = read_entry(lib, l, config_setting_get_elem(list, (unsigned)i), path, layer, err);
  }
  config_destroy(&cfg);
  return ok;
}

/* Loads the layer's clauses/NAME.LANG.cfg files of language l (a register type's clauses,
   clauses/member.fi.cfg), in name order, after clauses/LANG.cfg. */
static bool load_more(struct clause_lib *lib, enum doc_lang l, int layer, struct strbuf *err)
{
  char *dir = xasprintf("%s/clauses", paths_layer_dir(layer)), *suffix = xasprintf(".%s.cfg", doc_lang_code(l));
  size_t n;
  char **names = paths_list(dir, suffix, &n);
  bool ok = true;
  for (size_t i = 0; ok && i < n; i++) {
    char *path = xasprintf("%s/%s", dir, names[i]);
    bool found;
    ok = clauses_load_file(lib, l, path, layer, &found, err);
    free(path);
  }
  paths_list_free(names, n);
  free(suffix);
  free(dir);
  return ok;
}

bool clauses_load(struct clause_lib *lib, struct strbuf *err)
{
  memset(lib, 0, sizeof *lib);
  bool any[LANG_MAX] = { false };
  for (int layer = 0; layer < LAYER_COUNT; layer++)
    for (int l = 0; l < LANG_COUNT; l++) {
      char *path = xasprintf("%s/clauses/%s.cfg", paths_layer_dir(layer), doc_lang_code(l));
      bool found;
      bool ok = clauses_load_file(lib, l, path, layer, &found, err);
      any[l] = any[l] || found;
      free(path);
      ok = ok && load_more(lib, (enum doc_lang)l, layer, err);
      if (!ok) {
        clauses_free(lib);
        return false;
      }
    }
  /* every language needs its clauses in some layer: the packaged ones, or a house language's own */
  for (int l = 0; l < LANG_COUNT; l++)
    if (!any[l]) {
      sb_printf(err, _("%s/clauses/%s.cfg: stock clauses not found; reinstall seloste or set SELOSTE_DATADIR"),
                paths_layer_dir(LAYER_DATA), doc_lang_code((enum doc_lang)l));
      clauses_free(lib);
      return false;
    }
  return true;
}

void clauses_free(struct clause_lib *lib)
{
  for (int l = 0; l < LANG_COUNT; l++) {
    for (size_t i = 0; i < lib->n[l]; i++) {
      free(lib->c[l][i].id);
      free(lib->c[l][i].title);
      free(lib->c[l][i].text);
    }
    free(lib->c[l]);
  }
  memset(lib, 0, sizeof *lib);
}

const struct clause *clauses_get(const struct clause_lib *lib, enum doc_lang l, const char *id)
{
  long i = id ? find(lib, l, id) : -1;
  return i < 0 ? NULL : &lib->c[l][i];
}

const struct clause *clauses_default(const struct clause_lib *lib, enum doc_lang l, const char *section)
{
  for (size_t i = 0; i < lib->n[l]; i++)
    if (lib->c[l][i].is_default && in_section(lib->c[l][i].id, section))
      return &lib->c[l][i];
  return NULL;
}

size_t clauses_variants(const struct clause_lib *lib, enum doc_lang l, const char *section,
                        const struct clause **out, size_t max)
{
  size_t n = 0;
  for (size_t i = 0; i < lib->n[l] && n < max; i++)
    if (in_section(lib->c[l][i].id, section))
      out[n++] = &lib->c[l][i];
  return n;
}

/* Copies member name of g into *slot when present. */
static bool take(const config_setting_t *g, const char *name, char **slot, const char *path,
                 struct strbuf *err)
{
  const char *v;
  if (!cfgfile_string(g, name, &v, path, err))
    return false;
  if (v)
    str_set(slot, v);
  return true;
}

/* Reads member name of g into every language's slot, then NAME_code (phone_sv) into that language's. */
static bool take_langs(const config_setting_t *g, const char *name, char *slot[LANG_MAX], const char *path,
                       struct strbuf *err)
{
  bool ok = true;
  for (int l = 0; ok && l < LANG_COUNT; l++)
    ok = take(g, name, &slot[l], path, err);
  for (int l = 0; ok && l < LANG_COUNT; l++) {
    char *key = xasprintf("%s_%s", name, doc_lang_code((enum doc_lang)l));
    ok = take(g, key, &slot[l], path, err);
    free(key);
  }
  return ok;
}

/* The members of struct authority_entry, in authority.cfg's names. */
#define AUTHORITY_FIELDS(X) X(name) X(visiting_address) X(postal_address) X(phone) X(registry_phone) X(email) \
  X(website)

/* Each authority's group, setting value and complaint clause, in enum authority_id's order. */
static const struct {
  const char *group, *setting, *clause;
} authorities[AUTHORITY_COUNT] = {
  { "authority", "ombudsman", NULL },
  { "authority_aland", "aland", "complaint.aland" },
};

const char *authority_group(enum authority_id id)
{
  return authorities[id].group;
}

const char *authority_setting(enum authority_id id)
{
  return authorities[id].setting;
}

const char *authority_clause(enum authority_id id)
{
  return authorities[id].clause;
}

enum authority_id authority_of(const struct doc *d)
{
  const struct doc_section *s = doc_section(d, "complaint");
  for (int id = 0; s && s->clause && id < AUTHORITY_COUNT; id++)
    if (authorities[id].clause && strcmp(s->clause, authorities[id].clause) == 0)
      return (enum authority_id)id;
  return AUTHORITY_OMBUDSMAN;
}

/* Reads group id of one layer's parsed authority.cfg over e; every group but "authority" may be missing
   outside the data layer. */
static bool authority_read_group(const config_t *cfg, struct authority_entry *e, enum authority_id id,
                                 int layer, const char *path, struct strbuf *err)
{
  const char *name = authority_group(id);
  const config_setting_t *g = config_lookup(cfg, name);
  if (!g && layer == LAYER_DATA)
    return id == AUTHORITY_OMBUDSMAN ? cfgfile_fail(err, path, NULL, _("no 'authority' group in this file"))
                                     : cfgfile_fail(err, path, NULL, _("no '%s' group in this file"), name);
  if (!g)
    return true;
  bool ok = cfgfile_expect(g, CONFIG_TYPE_GROUP, name, path, err);
#define READ_FIELD(f) ok = ok && take_langs(g, #f, e->f, path, err);
  AUTHORITY_FIELDS(READ_FIELD)
#undef READ_FIELD
  return ok;
}

/* True when cfg holds at least one authority's group. */
static bool authority_any_group(const config_t *cfg)
{
  for (int id = 0; id < AUTHORITY_COUNT; id++)
    if (config_lookup(cfg, authority_group((enum authority_id)id)))
      return true;
  return false;
}

/* Reads one layer's authority.cfg over a; outside the data layer, a file must hold at least one group. */
static bool authority_read(struct authority *a, int layer, const char *path, bool *found, struct strbuf *err)
{
  config_t cfg;
  config_init(&cfg);
  bool ok = cfgfile_read_optional(&cfg, path, CFGTEXT_DATA, found, err);
  if (ok && *found && layer != LAYER_DATA && !authority_any_group(&cfg))
    ok = cfgfile_fail(err, path, NULL, _("no 'authority' group in this file"));
  for (int id = 0; ok && *found && id < AUTHORITY_COUNT; id++)
    ok = authority_read_group(&cfg, &a->entry[id], (enum authority_id)id, layer, path, err);
  config_destroy(&cfg);
  return ok;
}

bool authority_load(struct authority *a, struct strbuf *err)
{
  memset(a, 0, sizeof *a);
  for (int layer = 0; layer < LAYER_COUNT; layer++) {
    char *path = xasprintf("%s/authority.cfg", paths_layer_dir(layer));
    bool found;
    bool ok = authority_read(a, layer, path, &found, err);
    if (ok && !found && layer == LAYER_DATA)
      ok = (sb_printf(err, _("%s: authority details not found; reinstall seloste or set SELOSTE_DATADIR"),
                      path), false);
    free(path);
    if (!ok) {
      authority_free(a);
      return false;
    }
  }
  return true;
}

void authority_free(struct authority *a)
{
  for (int id = 0; id < AUTHORITY_COUNT; id++)
    for (int l = 0; l < LANG_MAX; l++) {
#define FREE_FIELD(f) free(a->entry[id].f[l]);
      AUTHORITY_FIELDS(FREE_FIELD)
#undef FREE_FIELD
    }
  memset(a, 0, sizeof *a);
}

/* Reading the notice sections, the register types and the texts of the clause files from the data
   layers (doc/registers.md). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "i18n.h"
#include "paths.h"
#include "schema_impl.h"

/* ------------------------------------------------------------------------------------ files */

/* True when s is a stable id: 1 to 40 of a-z, 0-9 and '_', starting with a letter. */
static bool valid_id(const char *s)
{
  size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_");
  return n > 0 && n <= 40 && s[n] == '\0' && s[0] >= 'a' && s[0] <= 'z';
}

/* --------------------------------------------------------------------------------- sections */

/* Index of section id in t, or -1. */
static int find_section(const struct schema_tables *t, const char *id)
{
  for (size_t i = 0; i < t->nsec; i++)
    if (strcmp(t->sec[i].id, id) == 0)
      return (int)i;
  return -1;
}

/* A kept copy of the string member name of g, or leaves *out when absent; false on a wrong type. */
static bool get_string(const config_setting_t *g, const char *name, const char **out, const char *path,
                       struct strbuf *err)
{
  const char *v = NULL;
  if (!cfgfile_string(g, name, &v, path, err))
    return false;
  if (v)
    *out = xkeep(xstrdup(v));
  return true;
}

/* Reads an array of strings (member name of g) as a NULL-terminated kept array, or leaves *out when
   absent. */
static bool get_strings(const config_setting_t *g, const char *name, const char *const **out, const char *path,
                        struct strbuf *err)
{
  const config_setting_t *a = config_setting_get_member(g, name);
  if (!a)
    return true;
  if (config_setting_type(a) != CONFIG_TYPE_ARRAY ||
      (config_setting_length(a) > 0 && config_setting_type(config_setting_get_elem(a, 0)) != CONFIG_TYPE_STRING))
    return cfgfile_fail(err, path, a, _("'%s' must be a list of texts in square brackets: [ \"a\", \"b\" ]"), name);
  int n = config_setting_length(a);
  const char **v = xmalloc(((size_t)n + 1) * sizeof *v);
  for (int i = 0; i < n; i++)
    v[i] = xstrdup(config_setting_get_string_elem(a, i));
  v[n] = NULL;
  *out = v;
  return true;
}

/* The settings each kind of group may hold (doc/registers.md). */
#define SECTION_SETTINGS "heading", "kind", "gdpr", "help", "required", "depends_on", "depends_value", "na_text", \
                         "fields", "options", "default", "names_others", "clause"
static const char *const section_keys[] = { "id", "after", "every_type", SECTION_SETTINGS, NULL };
static const char *const type_section_keys[] = { SECTION_SETTINGS, NULL };
static const char *const option_keys[] = { "id", "label", "clause", "detail", NULL };
static const char *const rule_keys[] = { "id", "section", "needs", "forbids", "unless", "severity", "message", "source",
                                         NULL };
static const char *const type_keys[] = { "id", "name", "answer", "recognise", "sections", "own_sections", "section",
                                         "rules", NULL };

/* Frees a get_strings array that is not kept. */
static void free_strings(const char *const *v)
{
  for (size_t i = 0; v && v[i]; i++)
    free((char *)v[i]);
  free((void *)v);
}

/* Reads the options list (member "options" of g) into *out (NULL-id terminated, kept). */
static bool get_options(const config_setting_t *g, const struct schema_option **out, const char *path,
                        struct strbuf *err)
{
  const config_setting_t *list = config_setting_get_member(g, "options");
  if (!list)
    return true;
  if (!cfgfile_expect(list, CONFIG_TYPE_LIST, "options", path, err))
    return false;
  int n = config_setting_length(list);
  struct schema_option *v = xkeep(xmalloc(((size_t)n + 1) * sizeof *v));
  memset(v, 0, ((size_t)n + 1) * sizeof *v);
  for (int i = 0; i < n; i++) {
    const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
    if (!cfgfile_expect(e, CONFIG_TYPE_GROUP, "options[]", path, err) ||
        !cfgfile_known_members(e, option_keys, path, err) || !get_string(e, "id", &v[i].id, path, err) || !get_string(e, "label", &v[i].label, path, err) ||
        !get_string(e, "clause", &v[i].clause, path, err) || !get_string(e, "detail", &v[i].detail, path, err))
      return false;
    if (!v[i].id || !valid_id(v[i].id) || !v[i].label)
      return cfgfile_fail(err, path, e, _("each option needs an id (a-z, 0-9 and _) and a label"));
  }
  *out = v;
  return true;
}

/* The kind named k, or -1. */
static int kind_of(const char *k)
{
  for (int i = SCHEMA_CONTACT; k && i <= SCHEMA_PROVIDERS; i++)
    if (strcmp(schema_kind_name((enum schema_kind)i), k) == 0)
      return i;
  return -1;
}

/* Reads the contact fields (member "fields" of g) into the bit mask *mask. */
static bool get_fields(const config_setting_t *g, unsigned *mask, const char *path, struct strbuf *err)
{
  const char *const *names = NULL;
  if (!get_strings(g, "fields", &names, path, err))
    return false;
  if (!names)
    return true;
  *mask = 0;
  for (size_t i = 0; names[i]; i++) {
    int f = schema_field_by_name(names[i]);
    if (f < 0) {
      cfgfile_fail(err, path, config_setting_get_member(g, "fields"),
                   _("\"%s\" is not a contact field: use name, business_id, street, postal_code, city, "
                     "email, phone or website"), names[i]);
      free_strings(names);
      return false;
    }
    *mask |= 1u << f;
  }
  free_strings(names);
  return true;
}

/* True when every option of a purposes section s names a legal basis of Art. 6(1) as its detail
   (a purpose row rests on one); g is the group its options were read from, for the line. */
static bool check_bases(const config_setting_t *g, const struct schema_section *s, const char *path,
                        struct strbuf *err)
{
  const config_setting_t *list = config_setting_get_member(g, "options");
  for (int i = 0; list && s->options && s->options[i].id; i++)
    if (schema_basis_index(s->options[i].detail) < 0)
      return cfgfile_fail(err, path, config_setting_get_elem(list, (unsigned)i),
                          _("purpose '%s': its detail must be its legal basis: consent, contract, "
                            "legal_obligation, vital_interests, public_task or legitimate_interest"),
                          s->options[i].id);
  return true;
}

/* Reads the members of a section group g over *s (a definition, or a type's settings of a section
   already defined: only the members present change). */
static bool read_section(const config_setting_t *g, struct schema_section *s, const char *path, struct strbuf *err)
{
  const char *kind = NULL; /* libconfig's, not kept */
  if (!get_string(g, "heading", &s->heading, path, err) || !cfgfile_string(g, "kind", &kind, path, err) ||
      !get_string(g, "gdpr", &s->gdpr, path, err) || !get_string(g, "help", &s->help, path, err) ||
      !cfgfile_bool(g, "required", &s->required, path, err) ||
      !get_string(g, "depends_on", &s->depends_on, path, err) ||
      !get_string(g, "depends_value", &s->depends_value, path, err) ||
      !get_string(g, "na_text", &s->na_text, path, err) || !get_fields(g, &s->fields, path, err) ||
      !get_options(g, &s->options, path, err) || !get_string(g, "default", &s->default_option, path, err) ||
      !cfgfile_bool(g, "names_others", &s->names_others, path, err) ||
      !get_string(g, "clause", &s->clause, path, err) || !cfgfile_bool(g, "every_type", &s->every_type, path, err))
    return false;
  if (kind && kind_of(kind) < 0)
    return cfgfile_fail(err, path, config_setting_get_member(g, "kind"),
                        _("\"%s\" is not a kind of section: use contact, paragraph, choice, checklist, date, "
                          "purposes or providers"), kind);
  if (kind)
    s->kind = (enum schema_kind)kind_of(kind);
  return s->kind != SCHEMA_PURPOSES || check_bases(g, s, path, err);
}

/* Adds (or, for an id already defined, replaces) the section defined by group g, placed after the
   section named by its "after" member, else at the end (a new one) or where it was (a replaced one). */
static bool define_section(struct schema_tables *t, const config_setting_t *g, const char *path, struct strbuf *err)
{
  const char *id = NULL, *after = NULL;
  if (!cfgfile_expect(g, CONFIG_TYPE_GROUP, "sections[]", path, err) ||
      !cfgfile_known_members(g, section_keys, path, err) || !cfgfile_string(g, "id", &id, path, err) ||
      !cfgfile_string(g, "after", &after, path, err))
    return false;
  if (!id || !valid_id(id))
    return cfgfile_fail(err, path, g, _("each section needs an id: a-z, 0-9 and _, starting with a letter"));
  struct schema_section s;
  memset(&s, 0, sizeof s);
  s.kind = (enum schema_kind)-1;
  if (!read_section(g, &s, path, err))
    return false;
  if (!s.heading || (int)s.kind < 0)
    return cfgfile_fail(err, path, g, _("section '%s' needs a heading and a kind"), id);
  s.id = xstrdup(id);
  int at = find_section(t, id), where = after ? find_section(t, after) : -1;
  if (after && where < 0)
    return cfgfile_fail(err, path, config_setting_get_member(g, "after"),
                        _("no section '%s' to put section '%s' after"), after, id);
  if (at >= 0) {
    t->sec[at] = s;
    return true;
  }
  t->sec = xrealloc(t->sec, (t->nsec + 1) * sizeof *t->sec);
  size_t pos = where >= 0 ? (size_t)where + 1 : t->nsec;
  memmove(&t->sec[pos + 1], &t->sec[pos], (t->nsec - pos) * sizeof *t->sec);
  t->sec[pos] = s;
  t->nsec++;
  return true;
}

/* Defines a type's own section: a new id, not one of the shared sections. */
static bool define_own(struct schema_tables *t, const config_setting_t *g, const char *path, struct strbuf *err)
{
  const char *id = NULL;
  if (!cfgfile_string(g, "id", &id, path, err))
    return false;
  if (id && find_section(t, id) >= 0)
    return cfgfile_fail(err, path, g, _("section '%s' is already defined: give the type's own section a new id, "
                                        "or set the shared one in the type's 'section' group"), id);
  return define_section(t, g, path, err);
}

/* Defines every section of the list named name in cfg (absent: nothing). */
static bool define_sections(struct schema_tables *t, const config_t *cfg, const char *name, const char *path,
                            struct strbuf *err)
{
  const config_setting_t *list = config_lookup(cfg, name);
  if (!list)
    return true;
  if (!cfgfile_expect(list, CONFIG_TYPE_LIST, name, path, err))
    return false;
  for (int i = 0; i < config_setting_length(list); i++)
    if (!define_section(t, config_setting_get_elem(list, (unsigned)i), path, err))
      return false;
  return true;
}

/* ------------------------------------------------------------------------------ register types */

/* One type file as read: its path and parsed content, kept until the types are built. */
struct type_file {
  char *path;
  config_t cfg;
  const config_setting_t *reg; /* its "register" group */
  const char *id;
};

/* True when the file name of path is ID.cfg. */
static bool named_after(const char *path, const char *id)
{
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(id);
  return strncmp(base, id, n) == 0 && strcmp(base + n, ".cfg") == 0;
}

/* Frees a type file read by read_type_file. */
static void free_type_file(struct type_file *f)
{
  config_destroy(&f->cfg);
  free(f->path);
  free(f);
}

/* Reads path; a file whose type id was read from an earlier layer replaces it. Each file is a heap
   object that never moves: libconfig's settings point back at their config_t. */
static bool read_type_file(struct type_file ***files, size_t *n, char *path, struct strbuf *err)
{
  struct type_file *f = xmalloc(sizeof *f);
  memset(f, 0, sizeof *f);
  f->path = path;
  config_init(&f->cfg);
  const char *id = NULL;
  bool ok = cfgfile_read(&f->cfg, path, CFGTEXT_DATA, err);
  f->reg = ok ? config_lookup(&f->cfg, "register") : NULL;
  if (ok && !f->reg)
    ok = cfgfile_fail(err, path, NULL, _("no 'register' group in this file"));
  ok = ok && cfgfile_expect(f->reg, CONFIG_TYPE_GROUP, "register", path, err) &&
       cfgfile_string(f->reg, "id", &id, path, err);
  ok = ok && cfgfile_known_members(f->reg, type_keys, path, err);
  if (ok && (!id || !valid_id(id)))
    ok = cfgfile_fail(err, path, f->reg, _("the register type needs an id: a-z, 0-9 and _, starting with a letter"));
  if (ok && !named_after(path, id))
    ok = cfgfile_fail(err, path, config_setting_get_member(f->reg, "id"),
                      _("the file of register type '%s' must be called %s.cfg"), id, id);
  if (!ok) {
    free_type_file(f);
    return false;
  }
  f->id = id;
  for (size_t i = 0; i < *n; i++)
    if (strcmp((*files)[i]->id, id) == 0) {
      free_type_file((*files)[i]);
      (*files)[i] = f;
      return true;
    }
  *files = xrealloc(*files, (*n + 1) * sizeof **files);
  (*files)[(*n)++] = f;
  return true;
}

/* Reads a rule group e of a type. */
static bool read_rule(const struct schema_tables *t, const struct schema_register *r, const config_setting_t *e,
                      struct schema_rule *out, const char *path, struct strbuf *err)
{
  memset(out, 0, sizeof *out);
  if (!cfgfile_expect(e, CONFIG_TYPE_GROUP, "rules[]", path, err) || !cfgfile_known_members(e, rule_keys, path, err) ||
      !get_string(e, "id", &out->id, path, err) ||
      !get_string(e, "section", &out->section, path, err) || !get_strings(e, "needs", &out->needs, path, err) ||
      !get_strings(e, "forbids", &out->forbids, path, err) || !get_strings(e, "unless", &out->unless, path, err) ||
      !get_string(e, "severity", &out->severity, path, err) || !get_string(e, "message", &out->message, path, err) ||
      !get_string(e, "source", &out->source, path, err))
    return false;
  if (!out->id || !valid_id(out->id) || !out->section || !out->message || !out->source ||
      (!out->needs == !out->forbids))
    return cfgfile_fail(err, path, e, _("each rule needs an id, a section, a message, a source and either needs "
                                        "or forbids"));
  int s = find_section(t, out->section);
  if (s < 0 || !r->sec[s].in_type)
    return cfgfile_fail(err, path, config_setting_get_member(e, "section"),
                        _("the rule's section '%s' is not a section of register type '%s'"), out->section, r->id);
  out->check_id = xasprintf("register.%s", out->id);
  if (!out->severity)
    out->severity = "warning";
  if (strcmp(out->severity, "error") != 0 && strcmp(out->severity, "warning") != 0)
    return cfgfile_fail(err, path, config_setting_get_member(e, "severity"), _("severity must be error or warning"));
  return true;
}

/* Applies the type's settings of one section (member of its "section" group). */
static bool set_section(const struct schema_tables *t, struct schema_register *r, const config_setting_t *g,
                        const char *path, struct strbuf *err)
{
  const char *name = config_setting_name(g);
  int i = find_section(t, name);
  if (i < 0)
    return cfgfile_fail(err, path, g, _("no section '%s': the sections are defined in registers/sections.cfg"), name);
  if (!cfgfile_expect(g, CONFIG_TYPE_GROUP, name, path, err) || !cfgfile_known_members(g, type_section_keys, path, err))
    return false;
  return read_section(g, &r->sec[i], path, err);
}

/* True when type r has every section marked every_type; else names the missing ones at its
   sections list. */
static bool has_every_type_section(const struct schema_tables *t, const struct schema_register *r,
                                   const config_setting_t *g, const char *path, struct strbuf *err)
{
  struct strbuf missing = { 0 };
  for (size_t i = 0; i < t->nsec; i++)
    if (t->sec[i].every_type && !r->sec[i].in_type)
      sb_printf(&missing, "%s%s", missing.len ? ", " : "", t->sec[i].id);
  if (missing.len)
    cfgfile_fail(err, path, config_setting_get_member(g, "sections"),
                 _("register type '%s' lacks sections every notice must have (GDPR Art. 13): %s; add them to "
                   "its sections"), r->id, missing.s);
  bool ok = !missing.len;
  sb_free(&missing);
  return ok;
}

/* Builds register type f over the sections of t. */
static bool build_type(const struct schema_tables *t, const struct type_file *f, struct schema_register *r,
                       struct strbuf *err)
{
  const config_setting_t *g = f->reg;
  memset(r, 0, sizeof *r);
  r->id = xstrdup(f->id);
  const char *const *has = NULL;
  if (!get_string(g, "name", &r->name, f->path, err) || !get_string(g, "answer", &r->answer, f->path, err) ||
      !get_strings(g, "recognise", &r->recognise, f->path, err) || !get_strings(g, "sections", &has, f->path, err))
    return false;
  if (!r->name || !has)
    return cfgfile_fail(err, f->path, g, _("register type '%s' needs a name and a list of sections"), r->id);
  if (!r->answer)
    r->answer = r->name;
  r->sec = xmalloc(t->nsec * sizeof *r->sec);
  memcpy(r->sec, t->sec, t->nsec * sizeof *r->sec);
  for (size_t i = 0; has[i]; i++) {
    int s = find_section(t, has[i]);
    if (s < 0) {
      cfgfile_fail(err, f->path, config_setting_get_member(g, "sections"),
                   _("no section '%s': the sections are defined in registers/sections.cfg"), has[i]);
      free_strings(has);
      return false;
    }
    r->sec[s].in_type = true;
  }
  free_strings(has);
  if (!has_every_type_section(t, r, g, f->path, err))
    return false;
  const config_setting_t *own = config_setting_get_member(g, "own_sections");
  for (int i = 0; own && i < config_setting_length(own); i++) {
    const char *id = NULL;
    cfgfile_string(config_setting_get_elem(own, (unsigned)i), "id", &id, f->path, err);
    r->sec[find_section(t, id)].in_type = true;
  }
  const config_setting_t *set = config_setting_get_member(g, "section");
  if (set && !cfgfile_expect(set, CONFIG_TYPE_GROUP, "section", f->path, err))
    return false;
  for (int i = 0; set && i < config_setting_length(set); i++)
    if (!set_section(t, r, config_setting_get_elem(set, (unsigned)i), f->path, err))
      return false;
  const config_setting_t *rules = config_setting_get_member(g, "rules");
  if (rules && !cfgfile_expect(rules, CONFIG_TYPE_LIST, "rules", f->path, err))
    return false;
  r->nrules = rules ? (size_t)config_setting_length(rules) : 0;
  struct schema_rule *v = xmalloc((r->nrules + 1) * sizeof *v);
  memset(v, 0, (r->nrules + 1) * sizeof *v);
  r->rules = v; /* kept with the type even when a rule is refused */
  for (size_t i = 0; i < r->nrules; i++)
    if (!read_rule(t, r, config_setting_get_elem(rules, (unsigned)i), &v[i], f->path, err))
      return false;
  return true;
}

/* True when every section's dependency names a section, checked once all are read. */
static bool check_links(const struct schema_tables *t, struct strbuf *err)
{
  for (size_t i = 0; i < t->nsec; i++)
    if (t->sec[i].depends_on && find_section(t, t->sec[i].depends_on) < 0)
      return (sb_printf(err, _("registers/sections.cfg: section '%s' depends on '%s', which is not a section"),
                        t->sec[i].id, t->sec[i].depends_on), false);
  return true;
}

/* Orders the types by id with "customer" first. */
static int type_order(const void *a, const void *b)
{
  const struct schema_register *x = a, *y = b;
  int cx = strcmp(x->id, "customer") == 0, cy = strcmp(y->id, "customer") == 0;
  return cx != cy ? cy - cx : strcmp(x->id, y->id);
}

/* Reads every type file of every layer: the sections they define first, then the types. */
static bool read_types(struct schema_tables *t, struct strbuf *err)
{
  struct type_file **files = NULL;
  size_t nfiles = 0;
  bool ok = true;
  for (int layer = 0; ok && layer < LAYER_COUNT; layer++) {
    char *dir = xasprintf("%s/registers", paths_layer_dir(layer));
    size_t n;
    char **names = paths_list(dir, ".cfg", &n);
    for (size_t i = 0; ok && i < n; i++)
      if (strcmp(names[i], "sections.cfg") != 0)
        ok = read_type_file(&files, &nfiles, xasprintf("%s/%s", dir, names[i]), err);
    paths_list_free(names, n);
    free(dir);
  }
  for (size_t i = 0; ok && i < nfiles; i++) {
    const config_setting_t *own = config_setting_get_member(files[i]->reg, "own_sections");
    if (own && !(ok = cfgfile_expect(own, CONFIG_TYPE_LIST, "own_sections", files[i]->path, err)))
      break;
    for (int k = 0; ok && own && k < config_setting_length(own); k++)
      ok = define_own(t, config_setting_get_elem(own, (unsigned)k), files[i]->path, err);
  }
  ok = ok && check_links(t, err);
  t->reg = ok ? xmalloc((nfiles ? nfiles : 1) * sizeof *t->reg) : NULL;
  for (size_t i = 0; ok && i < nfiles; i++)
    ok = build_type(t, files[i], &t->reg[t->nreg++], err);
  for (size_t i = 0; i < nfiles; i++) {
    free_type_file(files[i]);
  }
  free(files);
  if (ok && !t->nreg)
    ok = (sb_printf(err, _("%s/registers: no register types found; reinstall seloste or set SELOSTE_DATADIR"),
                    paths_layer_dir(LAYER_DATA)), false);
  if (ok)
    qsort(t->reg, t->nreg, sizeof *t->reg, type_order);
  return ok;
}

/* Reads registers/sections.cfg of every layer (the packaged one must exist). */
static bool read_sections(struct schema_tables *t, struct strbuf *err)
{
  for (int layer = 0; layer < LAYER_COUNT; layer++) {
    char *path = xasprintf("%s/registers/sections.cfg", paths_layer_dir(layer));
    config_t cfg;
    config_init(&cfg);
    bool found = false, ok = cfgfile_read_optional(&cfg, path, CFGTEXT_DATA, &found, err);
    if (ok && !found && layer == LAYER_DATA)
      ok = (sb_printf(err, _("%s: the notice's sections not found; reinstall seloste or set SELOSTE_DATADIR"),
                      path), false);
    ok = ok && (!found || define_sections(t, &cfg, "sections", path, err));
    config_destroy(&cfg);
    free(path);
    if (!ok)
      return false;
  }
  return true;
}

/* ------------------------------------------------------------------------------------- texts */

/* The printf conversions of s in order, each followed by a space ("%s and %zu" -> "s zu "; "%%" is
   skipped), in out (n bytes; what does not fit is left out). */
static void directives(const char *s, char *out, size_t n)
{
  size_t k = 0;
  for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
    p++;
    if (*p == '%') {
      p++;
      continue;
    }
    size_t len = strcspn(p, "diouxXeEfFgGaAcspn");
    if (p[len])
      len++; /* the conversion letter itself */
    for (size_t i = 0; i < len && k + 2 < n; i++)
      out[k++] = p[i];
    if (k + 2 < n)
      out[k++] = ' ';
    p += len;
  }
  out[k] = '\0';
}

/* True when a translation has the same printf conversions, in the same order, as its English text: a
   data file's pair replaces the program's own messages too, which are formats. */
static bool same_directives(const char *en, const char *tr)
{
  char a[256], b[256];
  directives(en, a, sizeof a);
  directives(tr, b, sizeof b);
  return strcmp(a, b) == 0;
}

/* Adds the "texts" pairs of one clause file (absent file or list: nothing) for language code. */
static bool read_texts_file(const char *path, const char *code, struct strbuf *err)
{
  config_t cfg;
  config_init(&cfg);
  bool found = false, ok = cfgfile_read_optional(&cfg, path, CFGTEXT_DATA, &found, err);
  const config_setting_t *list = ok && found ? config_lookup(&cfg, "texts") : NULL;
  if (list)
    ok = cfgfile_expect(list, CONFIG_TYPE_LIST, "texts", path, err);
  for (int i = 0; ok && list && i < config_setting_length(list); i++) {
    const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
    const char *en = config_setting_get_string_elem(e, 0), *tr = config_setting_get_string_elem(e, 1);
    if (config_setting_type(e) != CONFIG_TYPE_ARRAY || config_setting_length(e) != 2 || !en || !tr)
      ok = cfgfile_fail(err, path, e, _("each text is a pair in square brackets: [ \"English\", \"translation\" ]"));
    else if (!same_directives(en, tr))
      ok = cfgfile_fail(err, path, e, _("the translation must keep the English text's %%s and other %% marks, in "
                                        "the same order (write %%%% for a per cent sign)"));
    else
      i18n_text_add(code, en, tr);
  }
  config_destroy(&cfg);
  return ok;
}

/* Reads the texts of every clause file of every layer: clauses/LANG.cfg, then clauses/NAME.LANG.cfg. */
static bool read_texts(struct strbuf *err)
{
  bool ok = true;
  for (int layer = 0; ok && layer < LAYER_COUNT; layer++)
    for (int l = 0; ok && l < LANG_COUNT; l++) {
      const char *code = doc_lang_code((enum doc_lang)l);
      char *dir = xasprintf("%s/clauses", paths_layer_dir(layer)), *path = xasprintf("%s/%s.cfg", dir, code);
      char *suffix = xasprintf(".%s.cfg", code);
      ok = read_texts_file(path, code, err);
      size_t n;
      char **names = paths_list(dir, suffix, &n);
      for (size_t i = 0; ok && i < n; i++) {
        char *p = xasprintf("%s/%s", dir, names[i]);
        ok = read_texts_file(p, code, err);
        free(p);
      }
      paths_list_free(names, n);
      free(suffix);
      free(path);
      free(dir);
    }
  return ok;
}

bool registers_read(struct schema_tables *t, struct strbuf *err)
{
  return read_sections(t, err) && read_types(t, err) && read_texts(err);
}

/* Notice languages as data: the built-in Finnish and English, then languages.cfg of every layer. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "i18n.h"
#include "lang.h"
#include "paths.h"

static const char *const en_months[12] = { "January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December" };

/* The built-in languages' words for import: short function words that the other languages do not
   use ("on" is Finnish and English alike, so neither). */
#define FI_WORDS "=ja|=tai|=tietoja|=sekä|=ei|=voi|=että|=jos|=kun|=myös|=ovat|=tiedot|=henkilötietoja|=niiden|" \
                 "rekisteri|seloste|=tarkoitus|=säilytysaika|=oikeudet|=perusteella"
#define EN_WORDS "=the|=and|=of|=to|=is|=we|=your|=you|=for|=with|=are|=this|=that|=or|=privacy|=notice|" \
                 "=controller|=purposes|=purpose|=retention|=based|=customer|=customers|=rights|=complaints"

static struct lang_info table[LANG_MAX] = {
  { "fi", N_("Finnish"), "suomi", "{d}.{m}.{y}", { NULL }, " ja ", FI_WORDS, true },
  { "en", N_("English"), "English", "{d} {month} {y}",
    { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December" },
    " and ", EN_WORDS, true },
};
static size_t count = 2;
static bool loaded, load_ok;
static struct strbuf load_err; /* why the files could not be read, kept for every lang_load call */

/* True when code is 2-3 letters a-z and not a word the notice file uses for something else. */
static bool valid_code(const char *code)
{
  size_t n = code ? strlen(code) : 0;
  if (n < 2 || n > 3 || strspn(code, "abcdefghijklmnopqrstuvwxyz") != n)
    return false;
  return strcmp(code, "id") != 0; /* a purpose row's id */
}

/* True when form writes a whole date: {d}, {y} and {m} or {month} each once, no other {...}. */
static bool valid_date_form(const char *form)
{
  int d = 0, m = 0, y = 0;
  for (const char *p = strchr(form, '{'); p; p = strchr(p + 1, '{')) {
    if (strncmp(p, "{d}", 3) == 0)
      d++;
    else if (strncmp(p, "{m}", 3) == 0 || strncmp(p, "{month}", 7) == 0)
      m++;
    else if (strncmp(p, "{y}", 3) == 0)
      y++;
    else
      return false;
  }
  return d == 1 && m == 1 && y == 1;
}

/* Keeps a libconfig string for the program's life (xkeep: also one a later entry replaces). */
static const char *keep(const char *s) { return s ? xkeep(xstrdup(s)) : NULL; }

/* Reads member name of g over *out when present. */
static bool take(const config_setting_t *g, const char *name, const char **out, const char *path, struct strbuf *err)
{
  const char *v = NULL;
  if (!cfgfile_string(g, name, &v, path, err))
    return false;
  if (v)
    *out = keep(v);
  return true;
}

/* Reads the month names of g (member months: twelve strings) over info. */
static bool take_months(const config_setting_t *g, struct lang_info *info, const char *path, struct strbuf *err)
{
  const config_setting_t *m = config_setting_get_member(g, "months");
  if (!m)
    return true;
  if (config_setting_type(m) != CONFIG_TYPE_ARRAY || config_setting_length(m) != 12)
    return cfgfile_fail(err, path, m, _("months is a list of the twelve month names: [ \"January\", ... ]"));
  for (int i = 0; i < 12; i++)
    info->months[i] = keep(config_setting_get_string_elem(m, (unsigned)i));
  return true;
}

/* Reads one entry g of languages.cfg: a new language, or what a file says of one already known. */
static bool read_entry(const config_setting_t *g, const char *path, struct strbuf *err)
{
  static const char *const keys[] = { "code", "name", "native", "date", "months", "and", "words", "import", NULL };
  const char *code = NULL;
  if (!cfgfile_expect(g, CONFIG_TYPE_GROUP, "languages[]", path, err) ||
      !cfgfile_known_members(g, keys, path, err) || !cfgfile_string(g, "code", &code, path, err))
    return false;
  if (!valid_code(code))
    return cfgfile_fail(err, path, g, _("each language needs a code of two or three letters a-z (\"sv\")"));
  int l = lang_find(code);
  if (l < 0 && count == LANG_MAX)
    return cfgfile_fail(err, path, g, _("at most %d languages"), LANG_MAX);
  struct lang_info info = l >= 0 ? table[l] : (struct lang_info){ .code = keep(code), .date = "{d}.{m}.{y}",
                                                                   .and_word = ", " };
  if (!take(g, "name", &info.name, path, err) || !take(g, "native", &info.native, path, err) ||
      !take(g, "date", &info.date, path, err) || !take_months(g, &info, path, err) ||
      !take(g, "and", &info.and_word, path, err) || !take(g, "words", &info.words, path, err) ||
      !cfgfile_bool(g, "import", &info.import, path, err))
    return false;
  if (!info.name || !info.native)
    return cfgfile_fail(err, path, g, _("language '%s' needs a name (in English) and a native name"), code);
  if (!valid_date_form(info.date))
    return cfgfile_fail(err, path, config_setting_get_member(g, "date"),
                        _("language '%s': the date must have {d}, {y} and {m} or {month}, each once, and no other "
                          "{...}: \"{d}.{m}.{y}\""), code);
  if (strstr(info.date, "{month}") && !info.months[0])
    return cfgfile_fail(err, path, g, _("language '%s' writes {month} in its date but has no months"), code);
  table[l >= 0 ? l : (int)count++] = info;
  return true;
}

/* Reads one layer's languages.cfg, if it has one. */
static bool read_layer(int layer, struct strbuf *err)
{
  char *path = xasprintf("%s/languages.cfg", paths_layer_dir((enum path_layer)layer));
  config_t cfg;
  config_init(&cfg);
  bool found = false, ok = cfgfile_read_optional(&cfg, path, CFGTEXT_DATA, &found, err);
  const config_setting_t *list = ok && found ? config_lookup(&cfg, "languages") : NULL;
  if (list)
    ok = cfgfile_expect(list, CONFIG_TYPE_LIST, "languages", path, err);
  for (int i = 0; ok && list && i < config_setting_length(list); i++)
    ok = read_entry(config_setting_get_elem(list, (unsigned)i), path, err);
  config_destroy(&cfg);
  free(path);
  return ok;
}

bool lang_load(struct strbuf *err)
{
  if (!loaded) {
    loaded = load_ok = true;
    for (int layer = 0; layer < LAYER_COUNT && load_ok; layer++)
      load_ok = read_layer(layer, &load_err);
  }
  if (!load_ok)
    sb_add(err, load_err.s);
  return load_ok;
}

/* Loads on first use; a bad file is reported by main's own lang_load call. */
static void ready(void)
{
  if (!loaded) {
    struct strbuf ignored = { 0 };
    lang_load(&ignored);
    sb_free(&ignored);
  }
}

size_t lang_count(void)
{
  ready();
  return count;
}

const struct lang_info *lang_at(int l)
{
  ready();
  return l >= 0 && (size_t)l < count ? &table[l] : NULL;
}

int lang_find(const char *code)
{
  ready();
  for (size_t i = 0; code && i < count; i++)
    if (strcmp(table[i].code, code) == 0)
      return (int)i;
  return -1;
}

const char *lang_name(int l)
{
  const struct lang_info *info = lang_at(l);
  return info ? _(info->name) : "?";
}

const char *lang_codes(void)
{
  static char buf[64];
  ready();
  buf[0] = '\0';
  for (size_t i = 0; i < count; i++)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", i == 0 ? "" : i + 1 == count ? _(" or ") : ", ",
             table[i].code);
  return buf;
}

char *lang_date(int l, int y, int m, int d)
{
  const struct lang_info *info = lang_at(l);
  if (!info || m < 1 || m > 12)
    return NULL;
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (const char *p = info->date; *p; p++) {
    if (strncmp(p, "{d}", 3) == 0)
      sb_printf(&b, "%d", d), p += 2;
    else if (strncmp(p, "{m}", 3) == 0)
      sb_printf(&b, "%d", m), p += 2;
    else if (strncmp(p, "{y}", 3) == 0)
      sb_printf(&b, "%d", y), p += 2;
    else if (strncmp(p, "{month}", 7) == 0)
      sb_add(&b, info->months[m - 1] ? info->months[m - 1] : en_months[m - 1]), p += 6;
    else
      sb_addc(&b, *p);
  }
  return sb_take(&b);
}

/* seloste.ini: key = value settings read with iniparser, strings only (CVE-2023-33461). */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif
#include "i18n.h"
#include "paths.h"
#include "settings.h"

#define INI_MAX_LINE 1000 /* iniparser 4.1 rejects the whole file at 1,024 bytes; stay clear */

static struct strbuf *ini_errors; /* where iniparser's own messages go while loading */

/* iniparser's error callback: collects its message instead of printing it. */
static int collect_ini_error(const char *fmt, ...)
{
  va_list ap;
  char msg[512];
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (ini_errors && ini_errors->len == 0)
    sb_add(ini_errors, msg);
  return 0;
}

int settings_parse_bool(const char *v)
{
  static const char *const yes[] = { "yes", "true", "on", "1", "kyllä" };
  static const char *const no[] = { "no", "false", "off", "0", "ei" };
  for (size_t i = 0; v && i < sizeof yes / sizeof yes[0]; i++) {
    if (strcasecmp(v, yes[i]) == 0)
      return 1;
    if (strcasecmp(v, no[i]) == 0)
      return 0;
  }
  return -1;
}

/* Checks what iniparser would choke on or misread: bad UTF-8, NUL, over-long lines. */
static bool check_text(const char *buf, size_t len, const char *path, struct strbuf *err)
{
  long bad = utf8_invalid_at(buf, len);
  if (bad >= 0 || memchr(buf, '\0', len)) {
    size_t at = bad >= 0 ? (size_t)bad : (size_t)((const char *)memchr(buf, '\0', len) - buf);
    sb_printf(err, _("%s:%d: invalid UTF-8 text; save the file as UTF-8 and try again"), path,
              line_of_offset(buf, at));
    return false;
  }
  size_t start = 0;
  for (size_t i = 0; i <= len; i++)
    if (i == len || buf[i] == '\n') {
      if (i - start >= INI_MAX_LINE) {
        sb_printf(err, _("%s:%d: line is longer than %d bytes; shorten it"), path,
                  line_of_offset(buf, start), INI_MAX_LINE - 1);
        return false;
      }
      start = i + 1;
    }
  return true;
}

/* Copies section:key into *slot when present and non-empty. */
static void take(dictionary *d, const char *section, const char *key, char **slot)
{
  char name[128];
  snprintf(name, sizeof name, "%s:%s", section, key);
  const char *v = iniparser_getstring(d, name, NULL);
  if (v && *v)
    str_set(slot, v);
}

/* Reads a yes/no key; false with a message when the value is something else. */
static bool take_bool(dictionary *d, const char *path, const char *name, bool *out, bool *seen,
                      struct strbuf *err)
{
  const char *v = iniparser_getstring(d, name, NULL);
  if (seen)
    *seen = v != NULL;
  if (!v)
    return true;
  int b = settings_parse_bool(v);
  if (b < 0) {
    sb_printf(err, _("%s: %s: expected yes or no, found \"%s\""), path, name, v);
    return false;
  }
  *out = b;
  return true;
}

/* Reads [notice] languages = fi, en. */
static bool take_languages(dictionary *d, const char *path, struct settings *s, struct strbuf *err)
{
  const char *v = iniparser_getstring(d, "notice:languages", NULL);
  if (!v)
    return true;
  bool lang[LANG_COUNT] = { false };
  char *copy = xstrdup(v), *save = NULL;
  for (char *t = strtok_r(copy, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
    int l = doc_lang_from_code(t);
    if (l < 0) {
      sb_printf(err, _("%s: notice:languages: unknown language \"%s\"; use fi, en or both"), path, t);
      free(copy);
      return false;
    }
    lang[l] = true;
  }
  free(copy);
  memcpy(s->lang, lang, sizeof lang);
  return true;
}

/* Copies every key of d into s. */
static bool apply(struct settings *s, dictionary *d, const char *path, bool system, struct strbuf *err)
{
  for (int f = 0; f < FIELD_COUNT; f++) {
    take(d, "organisation", schema_field_name(f), &s->org[f]);
    take(d, "contact", schema_field_name(f), &s->contact[f]);
    take(d, "dpo", schema_field_name(f), &s->dpo[f]);
  }
  bool seen = false;
  if (!take_bool(d, path, "dpo:appointed", &s->dpo_appointed, &seen, err))
    return false;
  if (!seen && s->dpo[FIELD_NAME])
    s->dpo_appointed = true;
  take(d, "ui", "language", &s->ui_language);
  if (system)
    take(d, "ui", "directory", &s->directory);
  bool restricted = false;
  if (!take_bool(d, path, "ui:restricted", &restricted, NULL, err))
    return false;
  s->restricted = s->restricted || (system && restricted);
  return take_languages(d, path, s, err);
}

bool settings_load_file(struct settings *s, const char *path, bool system, struct strbuf *err)
{
  size_t len;
  char *buf = read_whole_file(path, &len);
  if (!buf) {
    if (errno == ENOENT)
      return true;
    sb_printf(err, errno == EISDIR ? _("%s: is a directory, not a file") : _("%s: cannot read: %s"),
              path, strerror(errno));
    return false;
  }
  bool ok = check_text(buf, len, path, err);
  free(buf);
  if (!ok)
    return false;
  struct strbuf ini_msg = { 0 };
  ini_errors = &ini_msg;
  iniparser_set_error_callback(collect_ini_error);
  dictionary *d = iniparser_load(path);
  ini_errors = NULL;
  if (!d) {
    sb_printf(err, _("%s: cannot be read as settings: %s"), path, ini_msg.s ? ini_msg.s : "?");
    sb_free(&ini_msg);
    return false;
  }
  sb_free(&ini_msg);
  ok = apply(s, d, path, system, err);
  iniparser_freedict(d);
  return ok;
}

bool settings_load(struct settings *s, struct strbuf *err)
{
  memset(s, 0, sizeof *s);
  s->lang[LANG_FI] = s->lang[LANG_EN] = true;
  char *sys = xasprintf("%s/seloste.ini", paths_layer_dir(LAYER_SYSTEM));
  char *user = xasprintf("%s/seloste.ini", paths_layer_dir(LAYER_USER));
  bool ok = settings_load_file(s, sys, true, err) && settings_load_file(s, user, false, err);
  free(sys);
  free(user);
  return ok;
}

void settings_free(struct settings *s)
{
  for (int f = 0; f < FIELD_COUNT; f++) {
    free(s->org[f]);
    free(s->contact[f]);
    free(s->dpo[f]);
  }
  free(s->ui_language);
  free(s->directory);
  memset(s, 0, sizeof *s);
}

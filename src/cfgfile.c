/* libconfig file reading: whole file in memory, UTF-8 checked, errors as FILE:LINE: message. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "i18n.h"

/* Checks bytes for NUL and invalid UTF-8, reporting the line. */
static bool check_bytes(const char *buf, size_t len, const char *path, struct strbuf *err)
{
  const char *nul = memchr(buf, '\0', len);
  if (nul) {
    sb_printf(err, _("%s:%d: the file contains a NUL byte; it is not a seloste text file"),
              path, line_of_offset(buf, (size_t)(nul - buf)));
    return false;
  }
  long bad = utf8_invalid_at(buf, len);
  if (bad >= 0) {
    sb_printf(err, _("%s:%d: invalid UTF-8 text; save the file as UTF-8 and try again"),
              path, line_of_offset(buf, (size_t)bad));
    return false;
  }
  return true;
}

/* True when the text has a \x escape (a backslash pair "\\" is not one). */
static bool has_hex_escape(const char *buf, size_t len)
{
  const char *end = buf + len, *p = buf;
  while ((p = memchr(p, '\\', (size_t)(end - p))) && p + 1 < end) {
    if (p[1] == 'x')
      return true;
    p += 2;
  }
  return false;
}

/* Parses buf through a memory stream: flex then reads it in blocks instead of copying it
   byte by byte as config_read_string does (a tenth of the load time of a document). */
static bool parse(config_t *cfg, char *buf, size_t len)
{
  FILE *fp = fmemopen(buf, len, "r");
  if (!fp)
    return config_read_string(cfg, buf) == CONFIG_TRUE;
  bool ok = config_read(cfg, fp) == CONFIG_TRUE;
  fclose(fp);
  return ok;
}

bool cfgfile_read_optional(config_t *cfg, const char *path, bool *found, struct strbuf *err)
{
  size_t len = 0;
  char *buf = read_whole_file(path, &len);
  *found = buf != NULL || errno != ENOENT;
  if (!buf) {
    if (errno == ENOENT)
      return true;
    sb_printf(err, errno == EISDIR ? _("%s: is a directory, not a file") : _("%s: cannot read: %s"),
              path, strerror(errno));
    return false;
  }
  bool ok = check_bytes(buf, len, path, err);
  if (ok && !parse(cfg, buf, len)) {
    sb_printf(err, _("%s:%d: %s"), path, config_error_line(cfg), config_error_text(cfg));
    ok = false;
  }
  /* the root's hook marks files with \x escapes: only their strings need a second UTF-8 check */
  if (ok)
    config_setting_set_hook(config_root_setting(cfg), has_hex_escape(buf, len) ? (void *)cfg : NULL);
  free(buf);
  return ok;
}

bool cfgfile_read(config_t *cfg, const char *path, struct strbuf *err)
{
  bool found;
  if (!cfgfile_read_optional(cfg, path, &found, err))
    return false;
  if (!found)
    sb_printf(err, _("%s: cannot read: %s"), path, strerror(ENOENT));
  return found;
}

bool cfgfile_fail(struct strbuf *err, const char *path, const config_setting_t *s, const char *fmt, ...)
{
  va_list ap;
  if (s && config_setting_source_line(s) > 0)
    sb_printf(err, "%s:%d: ", path, (int)config_setting_source_line(s));
  else
    sb_printf(err, "%s: ", path); /* about the whole file: no line to name */
  char *msg;
  va_start(ap, fmt);
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = NULL;
  va_end(ap);
  sb_add(err, msg ? msg : "?");
  free(msg);
  return false;
}

/* Name of a libconfig type, for messages. */
static const char *type_name(int t)
{
  switch (t) {
  case CONFIG_TYPE_GROUP: return _("a group { }");
  case CONFIG_TYPE_ARRAY: return _("an array [ ]");
  case CONFIG_TYPE_LIST: return _("a list ( )");
  case CONFIG_TYPE_STRING: return _("a string");
  case CONFIG_TYPE_BOOL: return _("true or false");
  default: return _("a number");
  }
}

bool cfgfile_expect(const config_setting_t *g, int want, const char *what, const char *path,
                    struct strbuf *err)
{
  if (!g || config_setting_type(g) == want)
    return true;
  return cfgfile_fail(err, path, g, _("'%s' should be %s, not %s"), what, type_name(want),
                      type_name(config_setting_type(g)));
}

bool cfgfile_string(const config_setting_t *g, const char *name, const char **out,
                    const char *path, struct strbuf *err)
{
  const config_setting_t *s = config_setting_get_member(g, name);
  *out = NULL;
  if (!cfgfile_expect(s, CONFIG_TYPE_STRING, name, path, err))
    return false;
  if (s)
    *out = config_setting_get_string(s);
  return true;
}

bool cfgfile_bool(const config_setting_t *g, const char *name, bool *out, const char *path,
                  struct strbuf *err)
{
  const config_setting_t *s = config_setting_get_member(g, name);
  if (!cfgfile_expect(s, CONFIG_TYPE_BOOL, name, path, err))
    return false;
  if (s)
    *out = config_setting_get_bool(s);
  return true;
}

bool cfgfile_int(const config_setting_t *g, const char *name, int *out, const char *path,
                 struct strbuf *err)
{
  const config_setting_t *s = config_setting_get_member(g, name);
  if (!cfgfile_expect(s, CONFIG_TYPE_INT, name, path, err))
    return false;
  if (s)
    *out = config_setting_get_int(s);
  return true;
}

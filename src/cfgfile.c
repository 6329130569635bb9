/* libconfig file reading: the text prepared by cfgtext, parsed in one piece, every string
   checked, errors as FILE:LINE: message. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "i18n.h"
#include "safetext.h"

/* libconfig's own parse errors, which it gives in English. */
static const char *parse_error_text(const char *text)
{
  if (!text)
    return "?";
  if (strcmp(text, "syntax error") == 0)
    return _("syntax error (a missing ';', '=' or quote, or a stray character?)");
  if (strcmp(text, "duplicate setting name") == 0)
    return _("the same setting twice in one group");
  if (strcmp(text, "mismatched element type in array") == 0)
    return _("an array [ ] whose values are not all of one type");
  return text;
}

/* Appends "FILE:LINE: " (or "FILE: " when line is 0) with FILE escaped. */
static void where(struct strbuf *err, const char *path, int line)
{
  safetext_append(err, path);
  if (line > 0)
    sb_printf(err, ":%d", line);
  sb_add(err, ": ");
}

/* Parses the prepared text in one piece (through a FILE, libconfig's lexer is quadratic in a
   token's length, see cfgtext.h); on failure reports the file and line the error is in. */
static bool parse(config_t *cfg, const struct cfgtext *t, const char *path, struct strbuf *err)
{
  if (config_read_string(cfg, t->text.s) == CONFIG_TRUE)
    return true;
  int line = 0;
  const char *file = cfgtext_where(t, config_error_line(cfg), &line);
  where(err, file ? file : path, line);
  safetext_append(err, parse_error_text(config_error_text(cfg)));
  return false;
}

/* Name to use for s in messages: its own, or its parent's for an element of a list or array. */
static const char *name_of(const config_setting_t *s)
{
  while (s && !config_setting_name(s))
    s = config_setting_parent(s);
  return s ? config_setting_name(s) : "?";
}

/* Checks a string value: valid UTF-8 (\x escapes can make any byte) and no control characters. */
static bool check_string(const config_setting_t *s, const char *path, struct strbuf *err)
{
  const char *v = config_setting_get_string(s);
  unsigned what;
  if (safetext_bad_at(v, strlen(v), &what) < 0)
    return true;
  if (what == SAFETEXT_NOT_UTF8)
    return cfgfile_fail(err, path, s, _("'%s' is not valid UTF-8 text; write the letters themselves, "
                                        "not \\x escapes of another encoding"), name_of(s));
  return cfgfile_fail(err, path, s, _("'%s' holds a control character (U+%04X); a text may hold only "
                                      "printable characters, tabs and line breaks"), name_of(s), what);
}

/* Points s and everything in it at the file and line it came from, and checks every string when the
   text had \x escapes (without them the scan has already checked every byte of every string). */
static bool check_tree(config_setting_t *s, const struct cfgtext *t, const char *path, struct strbuf *err)
{
  if (s->line > 0) {
    int line;
    const char *file = cfgtext_where(t, (int)s->line, &line);
    s->line = (unsigned)line;
    s->file = file;
  }
  if (config_setting_type(s) == CONFIG_TYPE_STRING)
    return !t->hex_escapes || check_string(s, path, err); /* the scan checked every raw byte */
  int n = config_setting_is_aggregate(s) ? config_setting_length(s) : 0;
  for (int i = 0; i < n; i++)
    if (!check_tree(config_setting_get_elem(s, (unsigned)i), t, path, err))
      return false;
  return true;
}

/* Frees the prepared text hooked on a root setting (config_set_destructor callback). */
static void free_text(void *hook)
{
  cfgtext_free(hook);
  free(hook);
}

bool cfgfile_read_optional(config_t *cfg, const char *path, unsigned flags, bool *found,
                           struct strbuf *err)
{
  struct cfgtext *t = xmalloc(sizeof *t);
  memset(t, 0, sizeof *t);
  bool ok = cfgtext_load(t, path, flags, found, err);
  if (!ok || !*found || !parse(cfg, t, path, err)) {
    free_text(t);
    return ok && !*found;
  }
  sb_free(&t->text);
  /* the settings point at t's file names: t lives as long as cfg */
  config_set_destructor(cfg, free_text);
  config_setting_set_hook(config_root_setting(cfg), t);
  return check_tree(config_root_setting(cfg), t, path, err);
}

bool cfgfile_read(config_t *cfg, const char *path, unsigned flags, struct strbuf *err)
{
  bool found;
  if (!cfgfile_read_optional(cfg, path, flags, &found, err))
    return false;
  if (!found)
    sb_printf(err, _("%s: cannot read: %s"), path, strerror(ENOENT));
  return found;
}

int cfgfile_line(const config_setting_t *s)
{
  return s ? (int)s->line : 0;
}

bool cfgfile_fail(struct strbuf *err, const char *path, const config_setting_t *s, const char *fmt, ...)
{
  const config_setting_t *at = s;
  while (at && cfgfile_line(at) == 0)
    at = config_setting_parent(at);
  const char *file = at && config_setting_source_file(at) ? config_setting_source_file(at) : path;
  where(err, file, cfgfile_line(at)); /* no line: about the whole file */
  char *msg;
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = NULL;
  va_end(ap);
  safetext_append(err, msg ? msg : "?");
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
  case CONFIG_TYPE_FLOAT: return _("a decimal number");
  default: return _("a whole number");
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

/* The decimal number s as written in its file (1e0, not 1.0), in a static buffer when not known. */
static const char *float_text(const config_setting_t *s)
{
  static char num[40];
  double v = config_setting_get_float(s);
  const struct cfgtext *t = s->config ? config_setting_get_hook(config_root_setting(s->config)) : NULL;
  const char *written = cfgtext_float_text(t, config_setting_source_file(s), cfgfile_line(s), v);
  if (written)
    return written;
  snprintf(num, sizeof num, "%.15g", v);
  if (!strpbrk(num, ".en")) /* 1.0 is shown as 1.0, not 1 */
    strcat(num, ".0");
  return num;
}

bool cfgfile_int(const config_setting_t *g, const char *name, int min, int *out, const char *path,
                 struct strbuf *err)
{
  const config_setting_t *s = config_setting_get_member(g, name);
  if (!s)
    return true;
  int type = config_setting_type(s);
  if (type == CONFIG_TYPE_FLOAT)
    return cfgfile_fail(err, path, s, _("'%s' should be a whole number, not %s"), name, float_text(s));
  /* 1L is an INT64 of libconfig; cfgtext refused every integer beyond int range */
  if (type != CONFIG_TYPE_INT64 && !cfgfile_expect(s, CONFIG_TYPE_INT, name, path, err))
    return false;
  long long v = config_setting_get_int64(s);
  if (type == CONFIG_TYPE_INT)
    v = config_setting_get_int(s);
  if (v < min)
    return cfgfile_fail(err, path, s, _("'%s' should be %d or more, not %lld"), name, min, v);
  if (v > INT_MAX)
    return cfgfile_fail(err, path, s, _("'%s' is too large: %lld"), name, v);
  *out = (int)v;
  return true;
}

bool cfgfile_known_members(const config_setting_t *g, const char *const *known, const char *path,
                           struct strbuf *err)
{
  if (!g || !config_setting_is_group(g))
    return true;
  for (int i = 0; i < config_setting_length(g); i++) {
    const config_setting_t *m = config_setting_get_elem(g, (unsigned)i);
    const char *name = config_setting_name(m);
    size_t k = 0;
    while (known[k] && strcmp(known[k], name) != 0)
      k++;
    if (known[k])
      continue;
    struct strbuf list = { 0 };
    for (k = 0; known[k]; k++)
      sb_printf(&list, "%s%s", k ? ", " : "", known[k]);
    cfgfile_fail(err, path, m, _("unknown setting '%s' (misspelt?); the settings here are: %s"), name, list.s);
    sb_free(&list);
    return false;
  }
  return true;
}

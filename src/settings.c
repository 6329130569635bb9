/* seloste.ini: key = value settings read with iniparser, strings only (CVE-2023-33461). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif
#include "i18n.h"
#include "paths.h"
#include "settings.h"
#include "settings_raw.h"

#define INI_MAX_LINE 1000 /* iniparser 4.1 rejects the whole file at 1,024 bytes; stay clear */
#define INI_MAX_VALUE 1023 /* and a value continued over lines ("\\") at 1,024 bytes in all */
#define INI_MAX_ERRORS 5   /* syntax errors reported from one file */

/* A settings file being loaded: its name and text (after any byte-order mark), for messages that
   name a line, and the settings that collect its warnings. */
struct ini_src {
  const char *path;
  const char *text;
  size_t len;
  struct settings *s;
};

/* What iniparser's error callback reports while one file loads: "FILE:LINE: message" lines. */
static struct {
  const char *path; /* the user's name for the file: iniparser sees a /proc/self/fd path */
  struct strbuf *msg;
  int count;
} ini_errors;

/* iniparser's error callback: turns the messages of iniparser 4.1 (whose format strings are
   known) into "FILE:LINE: message"; any other one is kept as iniparser wrote it. */
static int collect_ini_error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (ini_errors.msg && ini_errors.count++ < INI_MAX_ERRORS) {
    struct strbuf *m = ini_errors.msg;
    if (m->len)
      sb_addc(m, '\n');
    bool syntax = strstr(fmt, "syntax error in %s (%d)") != NULL;
    if (syntax || strstr(fmt, "too long in %s (%d)")) {
      (void)va_arg(ap, const char *);
      int line = va_arg(ap, int);
      if (syntax)
        sb_printf(m, _("%s:%d: not a setting: write name = value, a [section] heading or a comment "
                       "starting with #"), ini_errors.path, line);
      else
        sb_printf(m, _("%s:%d: the value continued with \\ is longer than %d bytes in all; shorten it"),
                  ini_errors.path, line, INI_MAX_VALUE);
    } else {
      char text[512];
      vsnprintf(text, sizeof text, fmt, ap);
      text[strcspn(text, "\n")] = '\0';
      sb_printf(m, _("%s: cannot be read as settings: %s"), ini_errors.path, text);
    }
  }
  va_end(ap);
  return 0;
}

/* "FILE:LINE" of section:key's line in src, or just "FILE" when it has none; caller frees. */
static char *ini_where(const struct ini_src *src, const char *section, const char *key)
{
  int line = settings_raw_line(src->text, src->len, section, key);
  return line ? xasprintf("%s:%d", src->path, line) : xstrdup(src->path);
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

/* Offset of the first control character in buf[0..len) that must not reach a notice (below 0x20
   except tab and line feed, a carriage return not ending a line, DEL), or -1 when none. */
static long control_at(const char *buf, size_t len)
{
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)buf[i];
    bool crlf = c == '\r' && i + 1 < len && buf[i + 1] == '\n';
    if ((c < 0x20 && c != '\t' && c != '\n' && !crlf) || c == 0x7f)
      return (long)i;
  }
  return -1;
}

/* Checks what iniparser would choke on or misread: bad UTF-8, NUL and other control characters,
   over-long lines. */
static bool check_text(const char *buf, size_t len, const char *path, struct strbuf *err)
{
  long bad = utf8_invalid_at(buf, len);
  if (bad >= 0 || memchr(buf, '\0', len)) {
    size_t at = bad >= 0 ? (size_t)bad : (size_t)((const char *)memchr(buf, '\0', len) - buf);
    sb_printf(err, _("%s:%d: invalid UTF-8 text; save the file as UTF-8 and try again"), path,
              line_of_offset(buf, at));
    return false;
  }
  long ctl = control_at(buf, len);
  if (ctl >= 0) {
    sb_printf(err, _("%s:%d: control character (byte 0x%02x) in the text; remove it"), path,
              line_of_offset(buf, (size_t)ctl), (unsigned)(unsigned char)buf[ctl]);
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

/* settings_raw_each callback: warns about a value iniparser returns only in part. */
static bool warn_cut(const struct settings_raw_entry *e, void *ctx)
{
  const struct ini_src *src = ctx;
  char at = 0;
  enum settings_cut cut = settings_raw_cut(e->value, &at);
  if (cut == SETTINGS_CUT_COMMENT)
    sb_printf(&src->s->warnings, _("%s:%d: warning: the value of %s:%s ends at '%c', and the rest of "
                                   "the line is read as a comment; put the whole value in double "
                                   "quotes to keep it"), src->path, e->line, e->section, e->key, at);
  else if (cut == SETTINGS_CUT_QUOTE)
    sb_printf(&src->s->warnings, _("%s:%d: warning: the value of %s:%s ends at its second %c and the "
                                   "rest is dropped; a value cannot contain the quote around it, so "
                                   "use the other kind of quotes"), src->path, e->line, e->section,
              e->key, at);
  if (cut != SETTINGS_CUT_NONE)
    sb_addc(&src->s->warnings, '\n');
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

/* Reads a yes/no key section:key; false with a message when the value is something else. */
static bool take_bool(dictionary *d, const struct ini_src *src, const char *section, const char *key,
                      bool *out, bool *seen, struct strbuf *err)
{
  char name[128];
  snprintf(name, sizeof name, "%s:%s", section, key);
  const char *v = iniparser_getstring(d, name, NULL);
  if (seen)
    *seen = v != NULL;
  if (!v)
    return true;
  int b = settings_parse_bool(v);
  if (b < 0) {
    char *where = ini_where(src, section, key);
    sb_printf(err, _("%s: %s: expected yes or no, found \"%s\""), where, name, v);
    free(where);
    return false;
  }
  *out = b;
  return true;
}

/* Reads [notice] languages = fi, en; at least one language must be named. */
static bool take_languages(dictionary *d, const struct ini_src *src, struct settings *s,
                           struct strbuf *err)
{
  const char *v = iniparser_getstring(d, "notice:languages", NULL);
  if (!v)
    return true;
  bool lang[LANG_COUNT] = { false }, any = false, ok = true;
  char *copy = xstrdup(v), *save = NULL;
  char *where = ini_where(src, "notice", "languages");
  for (char *t = strtok_r(copy, ", \t", &save); t && ok; t = strtok_r(NULL, ", \t", &save)) {
    int l = doc_lang_from_code(t);
    if (l < 0) {
      sb_printf(err, _("%s: notice:languages: unknown language \"%s\"; use fi, en or both"), where, t);
      ok = false;
    } else {
      lang[l] = any = true;
    }
  }
  if (ok && !any) {
    sb_printf(err, _("%s: notice:languages: no language given; use fi, en or both"), where);
    ok = false;
  }
  free(where);
  free(copy);
  if (ok)
    memcpy(s->lang, lang, sizeof lang);
  return ok;
}

/* Reads [ui] language; an unknown language is warned about and left out. */
static void take_ui_language(dictionary *d, const struct ini_src *src, struct settings *s)
{
  const char *v = iniparser_getstring(d, "ui:language", NULL);
  if (!v || !*v)
    return;
  if (doc_lang_from_code(v) >= 0) {
    str_set(&s->ui_language, v);
    return;
  }
  char *where = ini_where(src, "ui", "language");
  sb_printf(&s->warnings, _("%s: warning: ui:language: unknown language \"%s\" left out; use fi or en"),
            where, v);
  sb_addc(&s->warnings, '\n');
  free(where);
}

/* Copies every key of d into s. */
static bool apply(struct settings *s, dictionary *d, const struct ini_src *src, bool system,
                  struct strbuf *err)
{
  for (int f = 0; f < FIELD_COUNT; f++) {
    take(d, "organisation", schema_field_name(f), &s->org[f]);
    take(d, "contact", schema_field_name(f), &s->contact[f]);
    take(d, "dpo", schema_field_name(f), &s->dpo[f]);
  }
  bool seen = false;
  if (!take_bool(d, src, "dpo", "appointed", &s->dpo_appointed, &seen, err))
    return false;
  if (!seen && s->dpo[FIELD_NAME])
    s->dpo_appointed = true;
  take_ui_language(d, src, s);
  if (system)
    take(d, "ui", "directory", &s->directory);
  bool restricted = false;
  if (!take_bool(d, src, "ui", "restricted", &restricted, NULL, err))
    return false;
  s->restricted = s->restricted || (system && restricted);
  return take_languages(d, src, s, err);
}

/* Loads src's text with iniparser, which in 4.1 reads only from a path: through an anonymous
   in-memory file named /proc/self/fd/N, so iniparser sees exactly the text checked here (without
   a byte-order mark) and no temporary file is ever visible. Falls back to the path itself where
   there is no memfd or /proc. NULL with "FILE:LINE: message" lines in err on a syntax error. */
static dictionary *ini_load(const struct ini_src *src, struct strbuf *err)
{
  char proc[64] = "";
  int fd = memfd_create("seloste.ini", MFD_CLOEXEC);
  size_t done = 0;
  while (fd >= 0 && done < src->len) {
    ssize_t n = write(fd, src->text + done, src->len - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    done += (size_t)n;
  }
  if (fd >= 0 && done == src->len)
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
  if (proc[0] && access(proc, R_OK) != 0)
    proc[0] = '\0';
  ini_errors.path = src->path;
  ini_errors.msg = err;
  ini_errors.count = 0;
  iniparser_set_error_callback(collect_ini_error);
  dictionary *d = iniparser_load(proc[0] ? proc : src->path);
  iniparser_set_error_callback(NULL);
  ini_errors.msg = NULL;
  if (fd >= 0)
    close(fd);
  if (!d && err->len == 0)
    sb_printf(err, _("%s: cannot be read as settings: %s"), src->path, "?");
  return d;
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
  size_t bom = len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0 ? 3 : 0; /* Windows Notepad */
  struct ini_src src = { path, buf + bom, len - bom, s };
  dictionary *d = check_text(src.text, src.len, path, err) ? ini_load(&src, err) : NULL;
  bool ok = d != NULL;
  if (ok) {
    settings_raw_each(src.text, src.len, warn_cut, &src);
    ok = apply(s, d, &src, system, err);
    iniparser_freedict(d);
  }
  free(buf);
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
  sb_free(&s->warnings);
  memset(s, 0, sizeof *s);
}

/* seloste.ini: key = value settings read with iniparser, strings only (CVE-2023-33461). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef HAVE_INIPARSER_INIPARSER_H
#include <iniparser/iniparser.h>
#else
#include <iniparser.h>
#endif
#include "clauses.h"
#include "i18n.h"
#include "paths.h"
#include "cfgtext.h"
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
  struct ini_seen *seen; /* known settings and sections met so far, owned */
  size_t nseen;
};

/* Where a known setting ("section:key") or section ("[section]") was last written. */
struct ini_seen {
  char *name;
  int line;
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

/* Warns about a value iniparser returns otherwise than the user meant it (see enum settings_cut). */
static void warn_cut(const struct ini_src *src, const struct settings_raw_entry *e)
{
  char at = 0;
  struct strbuf *w = &src->s->warnings;
  switch (settings_raw_cut(e->value, &at)) {
  case SETTINGS_CUT_NONE:
    return;
  case SETTINGS_CUT_COMMENT:
    sb_printf(w, _("%s:%d: warning: the value of %s:%s ends at '%c', and the rest of the line is read "
                   "as a comment; put the whole value in double quotes to keep it"), src->path, e->line,
              e->section, e->key, at);
    break;
  case SETTINGS_CUT_QUOTE:
    sb_printf(w, _("%s:%d: warning: the value of %s:%s ends at its second %c and the rest is dropped; "
                   "a value cannot contain the quote around it, so use the other kind of quotes"),
              src->path, e->line, e->section, e->key, at);
    break;
  case SETTINGS_CUT_UNCLOSED:
    sb_printf(w, _("%s:%d: warning: the value of %s:%s opens a %c quote that is never closed, so it "
                   "runs to the end of the line; add the closing %c"), src->path, e->line, e->section,
              e->key, at, at);
    break;
  case SETTINGS_CUT_QUOTES_KEPT:
    sb_printf(w, _("%s:%d: warning: the value of %s:%s is read as written, its %c quotes included; a "
                   "value cannot contain the quote around it, so use the other kind of quotes"),
              src->path, e->line, e->section, e->key, at);
    break;
  }
  sb_addc(w, '\n');
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
  bool lang[LANG_MAX] = { false }, any = false, ok = true;
  char *copy = xstrdup(v), *save = NULL;
  char *where = ini_where(src, "notice", "languages");
  for (char *t = strtok_r(copy, ", \t", &save); t && ok; t = strtok_r(NULL, ", \t", &save)) {
    int l = doc_lang_from_code(t);
    if (l < 0) {
      sb_printf(err, _("%s: notice:languages: unknown language \"%s\"; use one or more of %s"), where, t,
                lang_codes());
      ok = false;
    } else {
      lang[l] = any = true;
    }
  }
  if (ok && !any) {
    sb_printf(err, _("%s: notice:languages: no language given; use one or more of %s"), where, lang_codes());
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
  sb_printf(&s->warnings, _("%s: warning: ui:language: unknown language \"%s\" left out; use %s"),
            where, v, lang_codes());
  sb_addc(&s->warnings, '\n');
  free(where);
}

/* What a reader of one known setting works on. */
struct ini_ctx {
  dictionary *d;
  const struct ini_src *src;
  struct settings *s;
  bool system;
  struct strbuf *err;
};

/* Reads the contact fields of [organisation]. */
static bool read_org(const struct ini_ctx *c)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    take(c->d, "organisation", schema_field_name(f), &c->s->org[f]);
  return true;
}

/* Reads [organisation] supervisory_authority; an unknown authority is warned about and left out. */
static bool read_authority(const struct ini_ctx *c)
{
  const char *v = iniparser_getstring(c->d, "organisation:supervisory_authority", NULL);
  if (!v || !*v)
    return true;
  for (int id = 0; id < AUTHORITY_COUNT; id++)
    if (strcasecmp(v, authority_setting((enum authority_id)id)) == 0) {
      c->s->authority = id;
      return true;
    }
  char *where = ini_where(c->src, "organisation", "supervisory_authority");
  sb_printf(&c->s->warnings, _("%s: warning: organisation:supervisory_authority: unknown authority \"%s\" left "
                               "out; use %s (the Data Protection Ombudsman) or %s (Datainspektionen)"),
            where, v, authority_setting(AUTHORITY_OMBUDSMAN), authority_setting(AUTHORITY_ALAND));
  sb_addc(&c->s->warnings, '\n');
  free(where);
  return true;
}

/* Reads the contact fields of [contact]. */
static bool read_contact(const struct ini_ctx *c)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    take(c->d, "contact", schema_field_name(f), &c->s->contact[f]);
  return true;
}

/* Reads the contact fields of [dpo]. */
static bool read_dpo(const struct ini_ctx *c)
{
  for (int f = 0; f < FIELD_COUNT; f++)
    take(c->d, "dpo", schema_field_name(f), &c->s->dpo[f]);
  return true;
}

/* Reads [dpo] appointed; without it, a data protection officer's name means one is appointed. */
static bool read_dpo_appointed(const struct ini_ctx *c)
{
  bool seen = false;
  if (!take_bool(c->d, c->src, "dpo", "appointed", &c->s->dpo_appointed, &seen, c->err))
    return false;
  if (!seen && c->s->dpo[FIELD_NAME])
    c->s->dpo_appointed = true;
  return true;
}

/* Reads [ui] language. */
static bool read_ui_language(const struct ini_ctx *c)
{
  take_ui_language(c->d, c->src, c->s);
  return true;
}

/* Reads [ui] directory, from the administrator's file only. */
static bool read_directory(const struct ini_ctx *c)
{
  if (c->system)
    take(c->d, "ui", "directory", &c->s->directory);
  return true;
}

/* Reads [ui] restricted: only the administrator's file can turn it on, nobody's can turn it off. */
static bool read_restricted(const struct ini_ctx *c)
{
  bool restricted = false;
  if (!take_bool(c->d, c->src, "ui", "restricted", &restricted, NULL, c->err))
    return false;
  c->s->restricted = c->s->restricted || (c->system && restricted);
  return true;
}

/* Reads [notice] languages. */
static bool read_languages(const struct ini_ctx *c)
{
  return take_languages(c->d, c->src, c->s, c->err);
}

/* The one list of settings: settings_load_file reads them in this order, and any other section or
   key in a file is warned about as unknown. A NULL key stands for the contact fields of
   schema_field_name. */
static const struct ini_setting {
  const char *section;
  const char *key;
  bool (*read)(const struct ini_ctx *c);
} ini_settings[] = {
  { "organisation", NULL, read_org },
  { "organisation", "supervisory_authority", read_authority },
  { "contact", NULL, read_contact },
  { "dpo", NULL, read_dpo },
  { "dpo", "appointed", read_dpo_appointed },
  { "ui", "language", read_ui_language },
  { "ui", "directory", read_directory },
  { "ui", "restricted", read_restricted },
  { "notice", "languages", read_languages },
};

#define INI_SETTINGS (sizeof ini_settings / sizeof ini_settings[0])
#define INI_MAX_NAMES 32 /* known sections, or known keys of one section */

/* Adds name to names[0..*n) unless it is there already. */
static void names_add(const char **names, size_t *n, const char *name)
{
  for (size_t i = 0; i < *n; i++)
    if (strcmp(names[i], name) == 0)
      return;
  if (*n < INI_MAX_NAMES)
    names[(*n)++] = name;
}

/* Fills names with the known sections (section NULL) or the known keys of section, in table order;
   returns how many (0 for an unknown section). The names are static strings. */
static size_t ini_known(const char *section, const char **names)
{
  size_t n = 0;
  for (size_t i = 0; i < INI_SETTINGS; i++) {
    const struct ini_setting *row = &ini_settings[i];
    if (!section)
      names_add(names, &n, row->section);
    else if (strcmp(row->section, section) == 0 && row->key)
      names_add(names, &n, row->key);
    else if (strcmp(row->section, section) == 0)
      for (int f = 0; f < FIELD_COUNT; f++)
        names_add(names, &n, schema_field_name(f));
  }
  return n;
}

/* Copies every known setting of d into s, row by row; false with a message in err on a bad value. */
static bool apply(struct settings *s, dictionary *d, const struct ini_src *src, bool system,
                  struct strbuf *err)
{
  struct ini_ctx c = { d, src, s, system, err };
  for (size_t i = 0; i < INI_SETTINGS; i++)
    if (!ini_settings[i].read(&c))
      return false;
  return true;
}

/* True when name is one of names[0..n). */
static bool name_known(const char *name, const char **names, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (strcmp(name, names[i]) == 0)
      return true;
  return false;
}

/* The line where name was last written in src (0: not before), remembering line for it now; only
   known names come here, so the list stays as short as the table of settings. */
static int seen_before(struct ini_src *src, const char *name, int line)
{
  for (size_t i = 0; i < src->nseen; i++) {
    if (strcmp(src->seen[i].name, name) == 0) {
      int before = src->seen[i].line;
      src->seen[i].line = line;
      return before;
    }
  }
  src->seen = xrealloc(src->seen, (src->nseen + 1) * sizeof *src->seen);
  src->seen[src->nseen++] = (struct ini_seen){ xstrdup(name), line };
  return 0;
}

/* Warns about a known [section] written a second time: iniparser 4.1 reads both as one section. */
static void warn_repeated_section(struct ini_src *src, int line, const char *section)
{
  char *name = xasprintf("[%s]", section);
  int before = seen_before(src, name, line);
  free(name);
  if (before)
    sb_printf(&src->s->warnings, _("%s:%d: warning: the section [%s] is written again (before on line %d); "
                                   "both are read as one section, and a setting given in both takes "
                                   "its later value"), src->path, line, section, before);
  if (before)
    sb_addc(&src->s->warnings, '\n');
}

/* Warns about a known setting written a second time in its section: iniparser 4.1 keeps the
   value read last, silently. */
static void warn_repeated_key(struct ini_src *src, const struct settings_raw_entry *e)
{
  char *name = xasprintf("%s:%s", e->section, e->key);
  int before = seen_before(src, name, e->line);
  free(name);
  if (before)
    sb_printf(&src->s->warnings, _("%s:%d: warning: '%s' is set again in [%s]; the value on line %d is "
                                   "ignored and this one is used"), src->path, e->line, e->key,
              e->section, before);
  if (before)
    sb_addc(&src->s->warnings, '\n');
}

/* settings_raw_walk callback: warns about a [section] heading that is not in ini_settings, or a
   known one written twice. */
static bool check_heading(int line, const char *section, void *ctx)
{
  struct ini_src *src = ctx;
  const char *names[INI_MAX_NAMES];
  size_t n = ini_known(NULL, names);
  if (section[0] && name_known(section, names, n))
    warn_repeated_section(src, line, section);
  if (!section[0] || name_known(section, names, n))
    return true; /* after "[]" iniparser stays in the section before, where its keys are checked */
  const char *near = str_nearest(section, names, n);
  if (near) {
    sb_printf(&src->s->warnings, _("%s:%d: warning: unknown section '%s', its settings are ignored; "
                                   "did you mean '%s'?"), src->path, line, section, near);
  } else {
    char *list = str_join(names, n);
    sb_printf(&src->s->warnings, _("%s:%d: warning: unknown section '%s', its settings are ignored; "
                                   "the sections are %s"), src->path, line, section, list);
    free(list);
  }
  sb_addc(&src->s->warnings, '\n');
  return true;
}

/* Warns about a key = value line before any [section] heading, which iniparser keeps but nothing
   reads; names a section that knows the key when there is one. */
static void warn_sectionless(const struct ini_src *src, const struct settings_raw_entry *e)
{
  const char *sections[INI_MAX_NAMES], *keys[INI_MAX_NAMES], *home = NULL;
  size_t n = ini_known(NULL, sections);
  for (size_t i = 0; i < n && !home; i++) {
    size_t k = ini_known(sections[i], keys);
    if (name_known(e->key, keys, k))
      home = sections[i];
  }
  if (home)
    sb_printf(&src->s->warnings, _("%s:%d: warning: the setting '%s' is not under any [section] "
                                   "heading and is ignored; move it under [%s]"),
              src->path, e->line, e->key, home);
  else
    sb_printf(&src->s->warnings, _("%s:%d: warning: the setting '%s' is not under any [section] "
                                   "heading and is ignored; settings must go under a heading such as "
                                   "[organisation]"), src->path, e->line, e->key);
  sb_addc(&src->s->warnings, '\n');
}

/* Warns about a key its (known) section does not have. */
static void warn_unknown_key(const struct ini_src *src, const struct settings_raw_entry *e,
                             const char **keys, size_t n)
{
  const char *near = str_nearest(e->key, keys, n);
  if (near) {
    sb_printf(&src->s->warnings, _("%s:%d: warning: unknown setting '%s' in [%s] is ignored; did you "
                                   "mean '%s'?"), src->path, e->line, e->key, e->section, near);
  } else {
    char *list = str_join(keys, n);
    sb_printf(&src->s->warnings, _("%s:%d: warning: unknown setting '%s' in [%s] is ignored; the "
                                   "settings there are %s"), src->path, e->line, e->key, e->section,
              list);
    free(list);
  }
  sb_addc(&src->s->warnings, '\n');
}

/* settings_raw_walk callback: warns about a key = value line that nothing reads, or whose value
   iniparser returns otherwise than meant. Keys of an unknown section were warned about with it. */
static bool check_entry(const struct settings_raw_entry *e, void *ctx)
{
  struct ini_src *src = ctx;
  const char *keys[INI_MAX_NAMES];
  size_t n = e->section[0] ? ini_known(e->section, keys) : 0;
  if (!e->section[0])
    warn_sectionless(src, e);
  else if (n && !name_known(e->key, keys, n))
    warn_unknown_key(src, e, keys, n);
  else if (n) {
    warn_repeated_key(src, e);
    warn_cut(src, e);
  }
  return true;
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
  const char *untrusted = cfgtext_untrusted(path);
  if (untrusted) {
    sb_printf(err, _("%s: not read, for %s; the settings must be the administrator's or yours, and not "
                     "writable by everyone"), path, untrusted);
    return false;
  }
  size_t len;
  char *buf = read_whole_file(path, &len);
  if (!buf) {
    struct stat st;
    int why = errno;
    /* a personal settings file behind a folder we may not enter (HOME still another user's after
       su or sudo) is not there for us: the same as no file, not a reason to refuse to start */
    if (why == ENOENT || (!system && why == EACCES && stat(path, &st) != 0 && errno == EACCES))
      return true;
    read_file_error(err, path, why);
    return false;
  }
  size_t bom = len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0 ? 3 : 0; /* Windows Notepad */
  struct ini_src src = { path, buf + bom, len - bom, s, NULL, 0 };
  dictionary *d = check_text(src.text, src.len, path, err) ? ini_load(&src, err) : NULL;
  bool ok = d != NULL;
  if (ok) {
    struct settings_raw_visitor check = { check_entry, check_heading };
    settings_raw_walk(src.text, src.len, &check, &src);
    ok = apply(s, d, &src, system, err);
    iniparser_freedict(d);
  }
  for (size_t i = 0; i < src.nseen; i++)
    free(src.seen[i].name);
  free(src.seen);
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

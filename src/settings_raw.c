/* Raw settings lines, classified the way iniparser 4.1's iniparser_line does (see settings_raw.h). */
#include "config.h"

#include <string.h>
#include "settings_raw.h"
#include "util.h"

/* True for the bytes iniparser strips around lines, keys and values (isspace in the C locale). */
static bool raw_blank(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Strips blanks at both ends of s in place and lowercases ASCII letters when lower is set. */
static char *raw_strip(char *s, bool lower)
{
  while (raw_blank(*s))
    s++;
  size_t n = strlen(s);
  while (n && raw_blank(s[n - 1]))
    s[--n] = '\0';
  for (char *p = s; lower && *p; p++)
    if (*p >= 'A' && *p <= 'Z')
      *p = (char)(*p - 'A' + 'a');
  return s;
}

/* Appends physical lines from *pos to line until one does not end in "\" (iniparser's
   continuation); returns the number of physical lines taken. */
static int raw_logical_line(const char *text, size_t len, size_t *pos, struct strbuf *line)
{
  int taken = 0;
  line->len = 0;
  sb_add(line, "");
  while (*pos < len) {
    const char *start = text + *pos;
    const char *nl = memchr(start, '\n', len - *pos);
    size_t n = nl ? (size_t)(nl - start) : len - *pos;
    *pos += n + (nl != NULL);
    taken++;
    while (n && raw_blank(start[n - 1]))
      n--;
    if (n == 0 || start[n - 1] != '\\') {
      sb_addn(line, start, n);
      break;
    }
    sb_addn(line, start, n - 1);
  }
  return taken;
}

/* Classifies one logical line: a [section] updates section; a key = value line goes to fn. */
static bool raw_visit(char *line, int lineno, struct strbuf *section,
                      bool (*fn)(const struct settings_raw_entry *e, void *ctx), void *ctx)
{
  char *s = raw_strip(line, false);
  size_t n = strlen(s);
  if (n == 0 || s[0] == '#' || s[0] == ';')
    return true;
  if (s[0] == '[' && s[n - 1] == ']') {
    char *close = strchr(s, ']');
    *close = '\0';
    section->len = 0;
    sb_add(section, raw_strip(s + 1, true));
    return true;
  }
  char *eq = strchr(s, '=');
  if (!eq || eq == s)
    return true; /* iniparser reports it as a syntax error */
  *eq = '\0';
  struct settings_raw_entry e = { lineno, section->s, raw_strip(s, true), raw_strip(eq + 1, false) };
  return fn(&e, ctx);
}

void settings_raw_each(const char *text, size_t len,
                       bool (*fn)(const struct settings_raw_entry *e, void *ctx), void *ctx)
{
  struct strbuf line = { 0 }, section = { 0 };
  sb_add(&section, "");
  size_t pos = 0;
  int lineno = 1;
  while (pos < len) {
    int first = lineno;
    lineno += raw_logical_line(text, len, &pos, &line);
    if (!raw_visit(line.s, first, &section, fn, ctx))
      break;
  }
  sb_free(&line);
  sb_free(&section);
}

/* What settings_raw_line looks for, and the last line found. */
struct raw_find {
  const char *section, *key;
  int line;
};

/* settings_raw_each callback: remembers the line of a matching entry. */
static bool raw_find_visit(const struct settings_raw_entry *e, void *ctx)
{
  struct raw_find *f = ctx;
  if (strcmp(e->section, f->section) == 0 && strcmp(e->key, f->key) == 0)
    f->line = e->line;
  return true;
}

int settings_raw_line(const char *text, size_t len, const char *section, const char *key)
{
  struct raw_find f = { section, key, 0 };
  settings_raw_each(text, len, raw_find_visit, &f);
  return f.line;
}

enum settings_cut settings_raw_cut(const char *v, char *at)
{
  if (v[0] == '"' || v[0] == '\'') {
    const char *close = strchr(v + 1, v[0]);
    if (!close)
      return SETTINGS_CUT_NONE; /* iniparser takes the rest of the line */
    const char *rest = close + 1;
    while (raw_blank(*rest))
      rest++;
    if (*rest == '\0' || *rest == ';' || *rest == '#')
      return SETTINGS_CUT_NONE; /* a comment may follow the closing quote */
    *at = v[0];
    return SETTINGS_CUT_QUOTE;
  }
  const char *stop = strpbrk(v, ";#");
  if (!stop)
    return SETTINGS_CUT_NONE;
  *at = *stop;
  return SETTINGS_CUT_COMMENT;
}

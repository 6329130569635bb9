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

/* Classifies one logical line: a [section] updates section (as iniparser does: "[]" keeps the one
   before) and goes to v->heading; a key = value line goes to v->entry. */
static bool raw_visit(char *line, int lineno, struct strbuf *section,
                      const struct settings_raw_visitor *v, void *ctx)
{
  char *s = raw_strip(line, false);
  size_t n = strlen(s);
  if (n == 0 || s[0] == '#' || s[0] == ';')
    return true;
  if (s[0] == '[' && s[n - 1] == ']') {
    bool empty = s[1] == ']';
    *strchr(s, ']') = '\0';
    const char *name = raw_strip(s + 1, true);
    if (!empty) {
      section->len = 0;
      sb_add(section, name);
    }
    return !v->heading || v->heading(lineno, name, ctx);
  }
  char *eq = strchr(s, '=');
  if (!eq || eq == s || !v->entry)
    return true; /* iniparser reports it as a syntax error */
  *eq = '\0';
  struct settings_raw_entry e = { lineno, section->s, raw_strip(s, true), raw_strip(eq + 1, false) };
  return v->entry(&e, ctx);
}

void settings_raw_walk(const char *text, size_t len, const struct settings_raw_visitor *v, void *ctx)
{
  struct strbuf line = { 0 }, section = { 0 };
  sb_add(&section, "");
  size_t pos = 0;
  int lineno = 1;
  while (pos < len) {
    int first = lineno;
    lineno += raw_logical_line(text, len, &pos, &line);
    if (!raw_visit(line.s, first, &section, v, ctx))
      break;
  }
  sb_free(&line);
  sb_free(&section);
}

void settings_raw_each(const char *text, size_t len,
                       bool (*fn)(const struct settings_raw_entry *e, void *ctx), void *ctx)
{
  struct settings_raw_visitor v = { fn, NULL };
  settings_raw_walk(text, len, &v, ctx);
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

/* True for the two quotes iniparser 4.1 takes off around a value. */
static bool raw_quote(char c)
{
  return c == '"' || c == '\'';
}

/* How iniparser reads v as a quoted value ('"' then text up to the next '"'; the same with '\''). */
static enum settings_cut raw_cut_quoted(const char *v, char *at)
{
  const char *close = strchr(v + 1, v[0]);
  if (!close) {
    *at = v[0];
    return SETTINGS_CUT_UNCLOSED; /* sscanf's "%[^\"]\"" still succeeds: the rest of the line */
  }
  const char *rest = close + 1;
  while (raw_blank(*rest))
    rest++;
  if (*rest == '\0' || *rest == ';' || *rest == '#')
    return SETTINGS_CUT_NONE; /* a comment may follow the closing quote */
  *at = v[0];
  return SETTINGS_CUT_QUOTE;
}

enum settings_cut settings_raw_cut(const char *v, char *at)
{
  if (raw_quote(v[0]) && v[1] != v[0] && v[1] != '\0')
    return raw_cut_quoted(v, at);
  size_t n = strcspn(v, ";#");
  if (raw_quote(v[0])) { /* iniparser's quoted pattern needs one character inside: read unquoted */
    size_t kept = n;
    while (kept && raw_blank(v[kept - 1]))
      kept--;
    if (kept == 2 && v[1] == v[0])
      return SETTINGS_CUT_NONE; /* "" or '' alone: iniparser makes it empty */
    *at = v[0];
    return SETTINGS_CUT_QUOTES_KEPT;
  }
  if (v[n] == '\0')
    return SETTINGS_CUT_NONE;
  *at = v[n];
  return SETTINGS_CUT_COMMENT;
}

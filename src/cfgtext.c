/* The pre-pass over libconfig text (see cfgtext.h for the libconfig 1.5 bugs it works around).
   It scans comments, strings, numbers and brackets the way libconfig's flex scanner does, copies
   the text (includes put in place) and keeps a map from lines of the copy to files and lines. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cfgtext.h"
#include "i18n.h"
#include "safetext.h"

enum {
  MAX_INCLUDE_DEPTH = 8,
  MAX_GROUP_MEMBERS = 200, /* libconfig checks a new member against all before it: quadratic */
  MAX_FLOATS = 100          /* decimal numbers whose text is kept; seloste files hold none */
};

/* The text in quotes closed last: when a quote after it cannot stand where it is, or a name
   sticks to its closing quote, that text most likely lost or gained a quote. */
struct last_string {
  const char *path;  /* NULL: none, or punctuation came after it */
  int line, end_line; /* where its opening and closing quotes are */
  size_t end;        /* the offset of its closing quote in its file */
};

/* State shared by a file and the files it includes. */
struct lex {
  struct cfgtext *t;
  unsigned flags;
  struct strbuf *err;
  int depth;
  int out_line;          /* current line of t->text */
  char prev;             /* last character outside strings, comments and blanks; 0 at the start */
  struct strbuf brackets; /* the open { [ ( */
  unsigned *names;        /* names seen at each depth of brackets (0: the top level) */
  size_t names_cap;
  struct last_string last; /* the text in quotes closed last, for a stray quote */
};

/* One file being scanned. */
struct src {
  const char *path;
  const char *s;
  size_t n, i;
  int line;
};

/* True when c is one of the characters in set (never for NUL). */
static bool one_of(char c, const char *set)
{
  return c && strchr(set, c);
}

/* Appends "PATH:LINE: message" (LINE left out when 0) to err, everything escaped; false. */
static bool fail(struct lex *x, const char *path, int line, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
static bool fail(struct lex *x, const char *path, int line, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  char *msg;
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = NULL;
  va_end(ap);
  safetext_append(x->err, path);
  if (line > 0)
    sb_printf(x->err, ":%d", line);
  sb_add(x->err, ": ");
  safetext_append(x->err, msg ? msg : "?");
  free(msg);
  return false;
}

/* Starts a new span: what follows in the text comes from src at its current line. */
static void span_begin(struct lex *x, const struct src *f)
{
  struct cfgtext *t = x->t;
  t->spans = xrealloc(t->spans, (t->nspans + 1) * sizeof *t->spans);
  t->spans[t->nspans++] = (struct cfgtext_span){ x->out_line, f->line, f->path };
}

/* Checks the raw bytes: NUL, invalid UTF-8 and control characters (a CR before LF is a line end). */
static bool check_bytes(struct lex *x, const char *path, const char *s, size_t n)
{
  size_t off = 0;
  for (;;) {
    unsigned what;
    long b = safetext_bad_at(s + off, n - off, &what);
    if (b < 0)
      return true;
    size_t at = off + (size_t)b;
    if (what == '\r' && at + 1 < n && s[at + 1] == '\n') {
      off = at + 1;
      continue;
    }
    int line = line_of_offset(s, at);
    if (what == 0)
      return fail(x, path, line, _("the file contains a NUL byte; it is not a seloste text file"));
    if (what == SAFETEXT_NOT_UTF8)
      return fail(x, path, line, _("invalid UTF-8 text; save the file as UTF-8 and try again"));
    return fail(x, path, line, _("the file contains a control character (U+%04X); a text may hold only "
                                 "printable characters, tabs and line breaks"), what);
  }
}

/* Copies f's bytes up to offset j to the text, leaving out the CR of each CRLF (a CR is only
   ever before LF: check_bytes saw to it) and counting lines; linear in j - f->i. */
static void emit(struct lex *x, struct src *f, size_t j)
{
  while (f->i < j) {
    const char *p = f->s + f->i;
    const char *nl = memchr(p, '\n', j - f->i);
    size_t k = nl ? (size_t)(nl - f->s) : j;
    size_t end = k > f->i && f->s[k - 1] == '\r' ? k - 1 : k;
    sb_addn(&x->t->text, p, end - f->i);
    if (nl) {
      sb_addc(&x->t->text, '\n');
      f->line++;
      x->out_line++;
      k++;
    }
    f->i = k;
  }
}

/* Copies a comment: # or // to the end of the line, or /- * ... * -/ (false when not closed). */
static bool comment(struct lex *x, struct src *f)
{
  const char *s = f->s + f->i;
  if (s[0] != '/' || s[1] != '*') {
    emit(x, f, f->i + strcspn(s, "\r\n"));
    return true; /* the line end is left to scan */
  }
  const char *end = strstr(s + 2, "*/");
  if (!end)
    return fail(x, f->path, f->line, _("a comment /* that is never closed with */"));
  emit(x, f, (size_t)(end + 2 - f->s));
  return true;
}

/* True when a string may start here: after = : [ ( another string, or a comma in [ ] or ( ). */
static bool string_may_start(const struct lex *x)
{
  char open = x->brackets.len ? x->brackets.s[x->brackets.len - 1] : 0;
  return one_of(x->prev, "=:[(\"") || (x->prev == ',' && (open == '[' || open == '('));
}

/* Value of two hex digits at s, or -1. */
static int hex2(const char *s)
{
  static const char digits[] = "0123456789abcdef";
  const char *a = s[0] ? strchr(digits, s[0] | 0x20) : NULL;
  const char *b = a && s[1] ? strchr(digits, s[1] | 0x20) : NULL;
  return b ? (int)((a - digits) * 16 + (b - digits)) : -1;
}

/* Checks the escape at f->i (a backslash) and returns its length: \x1b, \x00, \r, \f make
   control characters, which no text may hold (-1 after the message). */
static int escape(struct lex *x, struct src *f)
{
  const char *s = f->s + f->i;
  int v = (s[1] == 'x' || s[1] == 'X') ? hex2(s + 2) : -1;
  if (s[1] == 'r' || s[1] == 'f')
    v = s[1] == 'r' ? '\r' : '\f';
  if (v >= 0 && ((v < 0x20 && v != '\t' && v != '\n') || v == 0x7F)) {
    fail(x, f->path, f->line, _("the text holds the escape \\%.*s, a control character (U+%04X); remove it"),
         s[1] == 'x' || s[1] == 'X' ? 3 : 1, s + 1, (unsigned)v);
    return -1;
  }
  if (v >= 0 && (s[1] == 'x' || s[1] == 'X')) {
    x->t->hex_escapes = true;
    return 4;
  }
  if (v >= 0)
    return 2;
  return s[1] == 'n' || s[1] == 't' || s[1] == '\\' || s[1] == '"' ? 2 : 1;
}

static size_t other_len(const char *s);

/* True when a quote that cannot stand here is more likely the closing quote of the last text in
   quotes, which then ran on over lines (only names and such came after it). */
static bool last_string_suspect(const struct lex *x, const struct src *f)
{
  return x->last.path == f->path && x->last.end_line != x->last.line;
}

/* True when the name at f->i sticks to the closing quote of the last text ("Asiakas"rekisteri). */
static bool name_sticks_to_quote(const struct lex *x, const struct src *f)
{
  return x->last.path == f->path && x->last.end + 1 == f->i;
}

/* The message for a stray quote, pointing at where the last text in quotes began: it ran on over
   lines (its closing quote missing) or ended at a quote inside it, before the word that follows. */
static bool stray_quote(struct lex *x, struct src *f)
{
  const struct last_string *l = &x->last;
  if (l->end_line != l->line)
    return fail(x, f->path, l->line, _("the text in quotes that begins here runs on to line %d; is its "
                                       "closing \" missing? A \" inside a text is written \\\"."),
                l->end_line);
  const char *after = f->s + l->end + 1;
  size_t n = other_len(after);
  return fail(x, f->path, l->line, _("the text in quotes that begins here ends at the \" before '%.*s'; "
                                     "if that \" belongs to the text, write it as \\\"."),
              (int)n, after);
}

/* Copies a string literal "..." (f->i at its opening quote). Documents may not hold a raw line
   break in one (seloste writes \n): there it is almost always a missing closing quote. */
static bool string(struct lex *x, struct src *f)
{
  int start = f->line;
  if (!string_may_start(x) && last_string_suspect(x, f))
    return stray_quote(x, f);
  if (!string_may_start(x))
    return fail(x, f->path, f->line, _("syntax error: a text in quotes cannot stand here "
                                       "(is a '=' missing before it, or a ';' after the one before?)"));
  emit(x, f, f->i + 1);
  for (;;) {
    size_t j = f->i + strcspn(f->s + f->i, "\"\\");
    emit(x, f, j);
    if (j >= f->n)
      return fail(x, f->path, start, _("a text in quotes that is never closed with \""));
    if (f->s[j] == '"')
      break;
    int len = escape(x, f);
    if (len < 0)
      return false;
    emit(x, f, j + (size_t)len < f->n ? j + (size_t)len : f->n);
  }
  x->last = (struct last_string){ f->path, start, f->line, f->i };
  emit(x, f, f->i + 1);
  x->prev = '"';
  if (start != f->line && !(x->flags & CFGTEXT_INCLUDES))
    return stray_quote(x, f);
  return true;
}

/* Length of the run of decimal digits at s. */
static size_t digits(const char *s)
{
  return strspn(s, "0123456789");
}

/* Length of a float at s (after any sign) as libconfig's scanner reads one, or 0. */
static size_t float_len(const char *s)
{
  size_t k = digits(s);
  bool dot = s[k] == '.';
  if (dot)
    k += 1 + digits(s + k + 1);
  size_t e = 0;
  if (s[k] == 'e' || s[k] == 'E') {
    e = 1 + (s[k + 1] == '-' || s[k + 1] == '+');
    e = digits(s + k + e) ? e + digits(s + k + e) : 0;
  }
  return dot || e ? k + e : 0;
}

/* True when the integer literal s[0..n) (digits, or 0x and hex digits) fits in an int. */
static bool int_fits(const char *s, size_t n, bool negative)
{
  bool hex = n > 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
  errno = 0;
  char *end;
  unsigned long long v = strtoull(s, &end, hex ? 16 : 10);
  return errno == 0 && v <= (negative && !hex ? (unsigned long long)INT_MAX + 1 : INT_MAX);
}

/* Keeps the text of a decimal number as written (1e0, 1.50), so that a message can quote it. */
static void keep_float(struct lex *x, const struct src *f, const char *s, size_t n)
{
  struct cfgtext *t = x->t;
  if (t->nfloats >= MAX_FLOATS)
    return;
  t->floats = xrealloc(t->floats, (t->nfloats + 1) * sizeof *t->floats);
  t->floats[t->nfloats++] = (struct cfgtext_literal){ f->path, f->line, xasprintf("%.*s", (int)n, s) };
}

static const char xdigits[] = "0123456789abcdefABCDEF";

/* Copies a number, refusing integers that libconfig 1.5 would silently truncate; f->i is at a
   digit, sign or dot (a lone sign or dot is copied for libconfig to report). */
static bool number(struct lex *x, struct src *f)
{
  const char *s = f->s + f->i;
  size_t sign = s[0] == '-' || s[0] == '+';
  const char *d = s + sign;
  size_t n = float_len(d);
  bool hex = !n && !sign && d[0] == '0' && (d[1] | 0x20) == 'x' && one_of(d[2], xdigits);
  if (hex)
    n = 2 + strspn(d + 2, xdigits);
  else if (!n)
    n = digits(d);
  if ((hex || (n && n == digits(d))) && !int_fits(d, n, s[0] == '-') && s[0] == '-')
    return fail(x, f->path, f->line, _("the number %.*s is too small; seloste reads whole numbers down to %d"),
                (int)(sign + n), s, INT_MIN);
  if ((hex || (n && n == digits(d))) && !int_fits(d, n, s[0] == '-'))
    return fail(x, f->path, f->line, _("the number %.*s is too large; seloste reads whole numbers up to %d"),
                (int)(sign + n), s, INT_MAX);
  if (n && n == float_len(d))
    keep_float(x, f, s, sign + n);
  emit(x, f, f->i + (sign + n ? sign + n : 1));
  x->prev = f->s[f->i - 1];
  return true;
}

/* True when c starts a libconfig name (or true/false). */
static bool is_name_start(char c)
{
  return c == '*' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Length of the token at s that is not a blank, comment, string or number: a name, or one
   character of punctuation. */
static size_t other_len(const char *s)
{
  if (is_name_start(*s))
    return strspn(s, "-_*ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
  return 1;
}

/* Opens a bracket: a new depth whose names are counted from 0. */
static void open_bracket(struct lex *x, char c)
{
  sb_addc(&x->brackets, c);
  if (x->brackets.len >= x->names_cap) {
    x->names_cap = 2 * x->brackets.len + 16;
    x->names = xrealloc(x->names, x->names_cap * sizeof *x->names);
  }
  x->names[x->brackets.len] = 0;
}

/* Counts a name in a group { } or at the top level; refuses the 201st of one group, which would
   make libconfig's duplicate check (every member against every other) quadratic. */
static bool count_name(struct lex *x, struct src *f)
{
  size_t depth = x->brackets.len;
  if (depth && x->brackets.s[depth - 1] != '{')
    return true;
  if (++x->names[depth] <= MAX_GROUP_MEMBERS)
    return true;
  return fail(x, f->path, f->line, _("more than %d settings in one group; this is not a seloste file"),
              MAX_GROUP_MEMBERS);
}

/* Copies a name or a punctuation character, keeping track of the open brackets and names. */
static bool other(struct lex *x, struct src *f)
{
  char c = f->s[f->i];
  size_t n = other_len(f->s + f->i);
  if (is_name_start(c) && name_sticks_to_quote(x, f))
    return stray_quote(x, f); /* "Asiakas"rekisteri */
  if (one_of(c, "=:;,{}[]()"))
    x->last.path = NULL;
  if (one_of(c, "{[("))
    open_bracket(x, c);
  else if (one_of(c, "}])") && x->brackets.len)
    x->brackets.s[--x->brackets.len] = '\0';
  else if (is_name_start(c) && !count_name(x, f))
    return false;
  emit(x, f, f->i + n);
  x->prev = f->s[f->i - 1];
  return true;
}

static bool scan(struct lex *x, struct src *f);

/* True when uid may steer the program: root or the effective user. */
static bool trusted_owner(uid_t uid) { return uid == 0 || uid == geteuid(); }

const char *cfgtext_untrusted(const char *path)
{
  struct stat st;
  if (lstat(path, &st) != 0)
    return NULL;
  if (S_ISLNK(st.st_mode) && !trusted_owner(st.st_uid))
    return _("it is a link that belongs to another user");
  if (stat(path, &st) != 0)
    return NULL;
  if (!trusted_owner(st.st_uid))
    return _("it belongs to another user");
  if (st.st_mode & S_IWOTH)
    return _("everyone may change it");
  const char *slash = strrchr(path, '/');
  char *dir = slash ? xasprintf("%.*s", slash == path ? 1 : (int)(slash - path), path) : xstrdup(".");
  bool dir_ok = stat(dir, &st) == 0 && trusted_owner(st.st_uid) &&
                (!(st.st_mode & S_IWOTH) || (st.st_mode & S_ISVTX));
  free(dir);
  return dir_ok ? NULL : _("its folder belongs to another user or everyone may change it");
}

/* Reports why path could not be read: at the @include that asked for it (from, from_line), or of the
   top file itself (from NULL). */
static void fail_read(struct lex *x, const char *path, const char *from, int from_line, const char *why)
{
  if (from)
    fail(x, from, from_line, _("@include \"%s\": %s"), path, why);
  else
    fail(x, path, 0, "%s", why);
}

/* Reads path's bytes for an include or the top file (an ordinary file only: read_whole_file never
   opens a FIFO or device); *missing when it does not exist. */
static char *read_source(struct lex *x, const char *path, const char *from, int from_line, size_t *len,
                         bool *missing)
{
  const char *untrusted = (x->flags & CFGTEXT_TRUSTED) ? cfgtext_untrusted(path) : NULL;
  if (untrusted) {
    *missing = false;
    char *why = xasprintf(_("not read, for %s; data files must be the administrator's or yours, and not "
                            "writable by everyone"), untrusted);
    fail_read(x, path, from, from_line, why);
    free(why);
    return NULL;
  }
  char *buf = read_whole_file(path, len);
  int read_errno = errno;
  struct stat st;
  /* behind a folder we may not enter (another user's HOME after su): not there for us */
  *missing = !buf && (read_errno == ENOENT || (read_errno == EACCES && stat(path, &st) != 0 && errno == EACCES));
  errno = read_errno;
  if (!buf && !(*missing && !from)) {
    char *why = read_file_reason(errno);
    fail_read(x, path, from, from_line, why);
    free(why);
  }
  return buf;
}

/* Scans one file into the text; from/from_line name the @include that asked for it (NULL at the top). */
static bool scan_file(struct lex *x, const char *path, const char *from, int from_line, bool *found)
{
  size_t len = 0;
  bool missing;
  char *buf = read_source(x, path, from, from_line, &len, &missing);
  *found = !missing;
  if (!buf)
    return missing && !from;
  struct cfgtext *t = x->t;
  t->paths = xrealloc(t->paths, (t->npaths + 1) * sizeof *t->paths);
  t->paths[t->npaths] = xstrdup(path);
  struct src f = { t->paths[t->npaths++], buf, len, 0, 1 };
  if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) /* a byte order mark (Windows Notepad) */
    f.i = 3;
  bool ok = check_bytes(x, f.path, buf, len);
  if (ok) {
    span_begin(x, &f);
    ok = scan(x, &f);
  }
  free(buf);
  return ok;
}

/* The path an include names, relative to the directory of the including file. */
static char *include_path(const char *from, const char *name)
{
  const char *slash = strrchr(from, '/');
  if (name[0] == '/' || !slash)
    return xstrdup(name);
  return xasprintf("%.*s/%s", (int)(slash - from), from, name);
}

/* Handles `@include "FILE"` at f->i: refused in a document, else FILE's text is put in place. */
static bool include(struct lex *x, struct src *f)
{
  if (!(x->flags & CFGTEXT_INCLUDES))
    return fail(x, f->path, f->line, _("@include is not allowed in a document: a document holds all its "
                                       "text itself; copy the text in instead"));
  const char *s = f->s + f->i + 8;
  s += strspn(s, " \t");
  size_t n = *s == '"' ? strcspn(s + 1, "\"\\\r\n") : 0;
  if (n == 0 || s[1 + n] != '"')
    return fail(x, f->path, f->line, _("@include needs a file name in quotes, without backslashes"));
  if (x->depth >= MAX_INCLUDE_DEPTH)
    return fail(x, f->path, f->line, _("@include is nested more than %d deep; does a file include itself?"),
                MAX_INCLUDE_DEPTH);
  char *name = xasprintf("%.*s", (int)n, s + 1);
  char *path = include_path(f->path, name);
  free(name);
  x->depth++;
  x->last.path = NULL;
  bool found;
  bool ok = scan_file(x, path, f->path, f->line, &found);
  x->depth--;
  free(path);
  f->i = (size_t)(s + 2 + n - f->s);
  sb_addc(&x->t->text, '\n'); /* ends a comment on the included file's last line */
  x->out_line++;
  span_begin(x, f);
  return ok;
}

/* Length of the run of spaces, tabs and line feeds at s (it stops at a NUL). */
static size_t blanks_len(const char *s)
{
  size_t n = 0;
  while (s[n] == ' ' || s[n] == '\t' || s[n] == '\n')
    n++;
  return n;
}

/* Scans f to its end outside strings: blanks, comments, strings, numbers, names, punctuation. */
static bool scan(struct lex *x, struct src *f)
{
  bool ok = true;
  while (ok && f->i < f->n) {
    const char *s = f->s + f->i;
    if (*s == '\r')
      f->i++; /* of a CRLF */
    else if (*s == ' ' || *s == '\t' || *s == '\n')
      emit(x, f, f->i + blanks_len(s)); /* a run of blanks in one copy: indentation is most of a file */
    else if (*s == '#' || (*s == '/' && (s[1] == '/' || s[1] == '*')))
      ok = comment(x, f);
    else if (*s == '"')
      ok = string(x, f);
    else if (*s == '@' && strncmp(s, "@include", 8) == 0)
      ok = include(x, f);
    else if ((*s >= '0' && *s <= '9') || one_of(*s, "-+."))
      ok = number(x, f);
    else
      ok = other(x, f);
  }
  return ok;
}

bool cfgtext_load(struct cfgtext *t, const char *path, unsigned flags, bool *found, struct strbuf *err)
{
  struct lex x = { t, flags, err, 0, 1, 0, { 0 }, xmalloc(16 * sizeof(unsigned)), 16, { 0 } };
  x.names[0] = 0; /* the top level's */
  sb_add(&t->text, "");
  bool ok = scan_file(&x, path, NULL, 0, found);
  sb_free(&x.brackets);
  free(x.names);
  return ok;
}

const char *cfgtext_where(const struct cfgtext *t, int line, int *file_line)
{
  size_t lo = 0, hi = t->nspans;
  while (hi - lo > 1) { /* the last span starting at or before line */
    size_t mid = (lo + hi) / 2;
    if (t->spans[mid].first_line <= line)
      lo = mid;
    else
      hi = mid;
  }
  if (t->nspans == 0) {
    *file_line = line;
    return NULL;
  }
  *file_line = t->spans[lo].file_line + (line - t->spans[lo].first_line);
  return t->spans[lo].path;
}

const char *cfgtext_float_text(const struct cfgtext *t, const char *path, int file_line, double value)
{
  for (size_t i = 0; t && path && i < t->nfloats; i++) {
    const struct cfgtext_literal *l = &t->floats[i];
    if (l->file_line == file_line && strcmp(l->path, path) == 0 && strtod(l->text, NULL) == value)
      return l->text;
  }
  return NULL;
}

void cfgtext_free(struct cfgtext *t)
{
  for (size_t i = 0; i < t->nfloats; i++)
    free(t->floats[i].text);
  free(t->floats);
  sb_free(&t->text);
  free(t->spans);
  for (size_t i = 0; i < t->npaths; i++)
    free(t->paths[i]);
  free(t->paths);
  memset(t, 0, sizeof *t);
}

/* Breaks the long string values of libconfig text into adjacent literals, which libconfig joins
   again on reading. A paragraph per line reads better in a diff, and short tokens keep libconfig's
   flex lexer linear: it rescans a token from its start whenever its buffer is refilled, so a
   megabyte-long literal took seconds to read. */
#include "config.h"

#include <string.h>
#include "cfgwrap.h"
#include "util.h"

enum {
  SOFT_CHUNK = 2000, /* past this, a chunk ends after the next space */
  HARD_CHUNK = 4000  /* past this, a chunk ends at the next character boundary */
};

/* Length of the next chunk of an escaped literal's content s[0..n): it ends after a run of "\n"
   escapes, or after a space once long, or at a character boundary once very long. */
static size_t chunk_len(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    if (s[i] == '\\') {
      bool newline = s[i + 1] == 'n';
      i += s[i + 1] == 'x' ? 4 : 2;
      if (newline && i < n && !(s[i] == '\\' && s[i + 1] == 'n'))
        return i;
      continue;
    }
    if (s[i] == ' ' && i >= SOFT_CHUNK && i + 1 < n)
      return i + 1;
    if (i >= HARD_CHUNK && ((unsigned char)s[i] & 0xC0) != 0x80)
      return i;
    i++;
  }
  return n;
}

/* Offset of the opening quote when line[0..n) is `name = "...";`, else 0. */
static size_t string_setting(const char *line, size_t n)
{
  size_t i = strspn(line, " ");
  size_t name = strspn(line + i, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
  if (name == 0 || n < i + name + 6 || strncmp(line + i + name, " = \"", 4) != 0)
    return 0;
  return line[n - 2] == '"' && line[n - 1] == ';' ? i + name + 3 : 0;
}

/* Appends one line, its string value broken into chunks on lines of their own. */
static void wrap_line(struct strbuf *out, const char *line, size_t n)
{
  size_t q = string_setting(line, n);
  if (!q) {
    sb_addn(out, line, n);
    return;
  }
  size_t indent = strspn(line, " ") + 2;
  const char *s = line + q + 1;
  size_t len = n - q - 3; /* between the quotes */
  sb_addn(out, line, q + 1);
  for (size_t at = 0; at < len;) {
    size_t c = chunk_len(s + at, len - at);
    sb_addn(out, s + at, c);
    at += c;
    if (at < len)
      sb_printf(out, "\"\n%*s\"", (int)indent, "");
  }
  sb_add(out, "\";");
}

char *cfg_wrap_strings(const char *in)
{
  struct strbuf out = { 0 };
  sb_add(&out, "");
  while (*in) {
    size_t n = strcspn(in, "\n");
    wrap_line(&out, in, n);
    in += n;
    if (*in == '\n') {
      sb_addc(&out, '\n');
      in++;
    }
  }
  return sb_take(&out);
}

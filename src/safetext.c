/* Checks and escapes for text that comes from files and ends up in notices or messages. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "safetext.h"

/* True for a code point no text may hold: C0 other than tab and LF, DEL, C1. */
static bool is_control(unsigned cp)
{
  return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
}

/* Decodes one character at s[0..n): its length in bytes, *cp = SAFETEXT_NOT_UTF8 when the
   first byte does not start valid UTF-8 (a literal U+FFFD is valid). */
static int decode(const char *s, size_t n, unsigned *cp)
{
  if ((unsigned char)s[0] < 0x80) {
    *cp = (unsigned char)s[0];
    return 1;
  }
  int len = utf8_decode(s, n, cp);
  if (*cp == 0xFFFD && len == 1)
    *cp = SAFETEXT_NOT_UTF8;
  return len;
}

/* True when the 8 bytes at s are all printable ASCII (0x20..0x7E): no byte below 0x20 and none above
   0x7E, tested on the 8 bytes at once (the "hasless" and "hasmore" tricks of Bit Twiddling Hacks). */
static bool eight_printable(const char *s)
{
  uint64_t x;
  memcpy(&x, s, sizeof x);
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  bool below = ((x - ones * 0x20) & ~x & highs) != 0;
  bool above = (((x + ones * (127 - 0x7E)) | x) & highs) != 0;
  return !below && !above;
}

long safetext_bad_at(const char *s, size_t n, unsigned *what)
{
  size_t i = 0;
  while (i < n) {
    if (n - i >= 8 && eight_printable(s + i)) { /* most of a file: 8 bytes a step */
      i += 8;
      continue;
    }
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7F) { /* the common case: printable ASCII */
      i++;
      continue;
    }
    unsigned cp;
    int len = decode(s + i, n - i, &cp);
    if (cp == SAFETEXT_NOT_UTF8 || is_control(cp)) {
      *what = cp;
      return (long)i;
    }
    i += (size_t)len;
  }
  return -1;
}

void safetext_append(struct strbuf *b, const char *s)
{
  size_t n = strlen(s);
  sb_add(b, "");
  for (size_t i = 0; i < n;) {
    unsigned cp;
    int len = decode(s + i, n - i, &cp);
    if (cp == '\n')
      sb_add(b, "\\n");
    else if (cp == '\t')
      sb_add(b, "\\t");
    else if (cp == SAFETEXT_NOT_UTF8 || cp < 0x80)
      sb_printf(b, is_control(cp) || cp == SAFETEXT_NOT_UTF8 ? "\\x%02x" : "%c",
                (unsigned char)s[i]);
    else if (is_control(cp))
      sb_printf(b, "\\u%04x", cp);
    else
      sb_addn(b, s + i, (size_t)len);
    i += (size_t)len;
  }
}

struct strbuf safetext_strip(const char *s, size_t n, bool *dropped)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  *dropped = false;
  for (size_t i = 0; i < n;) {
    unsigned cp;
    int len = decode(s + i, n - i, &cp);
    if (cp == '\r' && i + 1 < n && s[i + 1] == '\n')
      ; /* CRLF line end: the LF stays */
    else if (cp == SAFETEXT_NOT_UTF8 || is_control(cp))
      *dropped = true;
    else
      sb_addn(&b, s + i, (size_t)len);
    i += (size_t)len;
  }
  return b;
}

bool safetext_typable(unsigned cp) { return !is_control(cp) || cp == '\t' || cp == '\n'; }

void safetext_fputs(const char *s, FILE *fp)
{
  struct strbuf b = { 0 };
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\t')
      j++;
    struct strbuf seg = { 0 };
    sb_addn(&seg, s + i, j - i);
    safetext_append(&b, seg.s ? seg.s : "");
    sb_free(&seg);
    if (j < n)
      sb_addc(&b, s[j++]);
    i = j;
  }
  fputs(b.s ? b.s : "", fp);
  sb_free(&b);
}

void safetext_veprintf(const char *fmt, va_list ap)
{
  char *msg;
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = NULL;
  safetext_fputs(msg ? msg : "?", stderr);
  free(msg);
}

void safetext_eprintf(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  safetext_veprintf(fmt, ap);
  va_end(ap);
}

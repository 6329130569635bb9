/* Encoding detection and conversion: Windows-1252 by table (it is 32 entries), UTF-16 by iconv(3). */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include "encoding.h"
#include "util.h"

/* Windows-1252 0x80..0x9F as code points (0 where undefined). */
static const unsigned short cp1252[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
  0x0153, 0, 0x017E, 0x0178
};

/* Appends code point cp as UTF-8. */
static void put_utf8(struct strbuf *b, unsigned cp)
{
  if (cp < 0x80) {
    sb_addc(b, (char)cp);
  } else if (cp < 0x800) {
    sb_addc(b, (char)(0xC0 | (cp >> 6)));
    sb_addc(b, (char)(0x80 | (cp & 0x3F)));
  } else {
    sb_addc(b, (char)(0xE0 | (cp >> 12)));
    sb_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
    sb_addc(b, (char)(0x80 | (cp & 0x3F)));
  }
}

/* Which UTF-16 the n bytes at s are without a byte-order mark: "UTF-16LE" when, in the first 4 KiB,
   more than a third of the odd bytes are zero and no even byte is (Latin text: "a\0"), "UTF-16BE"
   the other way round, else NULL. Plain text and Windows-1252 have no zero bytes at all. */
static const char *utf16_by_zeros(const char *s, size_t n)
{
  size_t lim = (n < 4096 ? n : 4096) & ~(size_t)1, zero[2] = { 0, 0 };
  for (size_t i = 0; i < lim; i++)
    zero[i & 1] += s[i] == '\0';
  if (lim < 4)
    return NULL;
  if (zero[1] * 3 > lim / 2 && zero[0] == 0)
    return "UTF-16LE";
  if (zero[0] * 3 > lim / 2 && zero[1] == 0)
    return "UTF-16BE";
  return NULL;
}

/* The UTF-16 variant of the bytes (skipping its byte-order mark in *s, *n), or NULL when not UTF-16. */
static const char *utf16_variant(const char **s, size_t *n)
{
  const char *v = NULL;
  if (*n >= 2 && (*s)[0] == '\xff' && (*s)[1] == '\xfe')
    v = "UTF-16LE";
  else if (*n >= 2 && (*s)[0] == '\xfe' && (*s)[1] == '\xff')
    v = "UTF-16BE";
  if (v) {
    *s += 2;
    *n -= 2;
    return v;
  }
  return utf16_by_zeros(*s, *n);
}

/* UTF-8 copy of n bytes of UTF-16 (variant from) at s, its length in *out_len; NULL when invalid. */
static char *from_utf16(const char *from, const char *s, size_t n, size_t *out_len)
{
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1)
    return NULL;
  size_t cap = n / 2 * 3 + 1; /* each 2-byte unit gives at most 3 bytes, a 4-byte pair 4 */
  char *out = xmalloc(cap), *in = (char *)s, *o = out;
  size_t in_left = n, out_left = cap - 1;
  size_t r = iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  if (r == (size_t)-1 || in_left) {
    free(out);
    return NULL;
  }
  *o = '\0';
  *out_len = (size_t)(o - out);
  if (*out_len >= 3 && memcmp(out, "\xef\xbb\xbf", 3) == 0) /* a BOM iconv passed through */
    memmove(out, out + 3, (*out_len -= 3) + 1);
  return out;
}

/* Appends n bytes of text that is not wholly UTF-8: each valid UTF-8 sequence as it is, each other
   byte read as Windows-1252. An editor in a Latin-1 locale keeps the UTF-8 it was given and adds
   Latin-1 for what is typed, and such a mix must not turn the old "ä" into "Ã¤". Bytes Windows-1252
   leaves undefined become U+FFFD, never a C1 control character that no text may hold. */
static void from_mixed(struct strbuf *b, const char *s, size_t n)
{
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    unsigned cp;
    int len = c < 0x80 ? 1 : utf8_decode(s + i, n - i, &cp);
    if (c < 0x80 || len > 1) {
      sb_addn(b, s + i, (size_t)len);
      i += (size_t)len;
      continue;
    }
    cp = c < 0xA0 ? (cp1252[c - 0x80] ? cp1252[c - 0x80] : 0xFFFD) : c;
    put_utf8(b, cp);
    i++;
  }
}

char *encoding_to_utf8(const char *s, size_t n, enum encoding *enc, size_t *out_len)
{
  const char *utf16 = utf16_variant(&s, &n);
  if (utf16) {
    *enc = ENC_UTF16;
    return from_utf16(utf16, s, n, out_len);
  }
  if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
    s += 3;
    n -= 3;
  }
  struct strbuf b = { 0 };
  sb_add(&b, "");
  if (utf8_invalid_at(s, n) < 0) {
    *enc = ENC_UTF8;
    sb_addn(&b, s, n);
  } else {
    *enc = ENC_CP1252;
    from_mixed(&b, s, n);
  }
  *out_len = b.len;
  return sb_take(&b);
}

/* Encoding detection and conversion by table (no iconv: the table is 32 entries). */
#include "config.h"

#include <string.h>
#include "encoding.h"
#include "util.h"

/* Windows-1252 0x80..0x9F as code points (0 where undefined: taken as Latin-1 C1 controls). */
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

char *encoding_to_utf8(const char *s, size_t n, enum encoding *enc)
{
  if (n >= 2 && ((s[0] == '\xff' && s[1] == '\xfe') || (s[0] == '\xfe' && s[1] == '\xff'))) {
    *enc = ENC_UTF16;
    return NULL;
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
    return sb_take(&b);
  }
  *enc = ENC_CP1252;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    unsigned cp = c >= 0x80 && c < 0xA0 && cp1252[c - 0x80] ? cp1252[c - 0x80] : c;
    put_utf8(&b, cp);
  }
  return sb_take(&b);
}

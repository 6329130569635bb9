/* Text encodings of imported files: UTF-8 as is, else Windows-1252/ISO-8859-1 converted. */
#ifndef SELOSTE_ENCODING_H
#define SELOSTE_ENCODING_H

#include <stddef.h>

/* Encodings encoding_to_utf8 tells apart. */
enum encoding { ENC_UTF8, ENC_CP1252, ENC_UTF16 };

/* UTF-8 copy of s[0..n) without a byte-order mark; *enc says what it was. NULL for UTF-16. */
char *encoding_to_utf8(const char *s, size_t n, enum encoding *enc);

#endif

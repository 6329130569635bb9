/* Text encodings of imported files: UTF-8 as is, UTF-16 and Windows-1252/ISO-8859-1 converted. */
#ifndef SELOSTE_ENCODING_H
#define SELOSTE_ENCODING_H

#include <stddef.h>

/* Encodings encoding_to_utf8 tells apart. */
enum encoding { ENC_UTF8, ENC_CP1252, ENC_UTF16 };

/* UTF-8 copy of the n bytes at s, without a byte-order mark, NUL-terminated (NUL bytes of the input
   are kept: *out_len counts them); the caller frees it. *enc says what the input was: UTF-16 is
   known by its byte-order mark, or without one by the zero bytes of every other byte of mostly
   Latin text; in text that is not wholly valid UTF-8, the valid UTF-8 sequences are kept and every
   other byte is read as Windows-1252 (ENC_CP1252; its five undefined bytes become U+FFFD). NULL only for UTF-16 that does
   not decode (a lone surrogate, an odd byte at the end). Linear in n. */
char *encoding_to_utf8(const char *s, size_t n, enum encoding *enc, size_t *out_len);

#endif

/* Unicode normalisation form C (NFC) of imported and checked text, by utf8proc. */
#ifndef SELOSTE_NFC_H
#define SELOSTE_NFC_H

#include <stdbool.h>
#include <stddef.h>

/* A new NUL-terminated copy of the n bytes of UTF-8 at s in NFC: "a" followed by U+0308 COMBINING
   DIAERESIS becomes one "ä" (text copied from PDFs and from macOS arrives decomposed, and no word
   search finds "henkilötietolain" in it). Lengths are in bytes; *out_len (when not NULL) gets the
   copy's length. Text with no byte >= 0xCC (no combining mark can occur) is copied as it is without
   loading the library. When the bytes are not valid UTF-8, or utf8proc cannot be loaded, the copy is
   the input unchanged. Never NULL; the caller frees. Time and memory are linear in n. */
char *nfc_copy(const char *s, size_t n, size_t *out_len);
/* True when the utf8proc library could be loaded (nfc_copy normalises). */
bool nfc_available(void);

#endif

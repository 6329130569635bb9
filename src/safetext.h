/* Text that is safe to keep and to print: valid UTF-8 without control characters. */
#ifndef SELOSTE_SAFETEXT_H
#define SELOSTE_SAFETEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include "util.h"

/* What safetext_bad_at found at a bad offset: the code point, or this for a byte that is not
   UTF-8. */
#define SAFETEXT_NOT_UTF8 0xFFFFFFFFu

/* Offset (bytes) of the first thing in s[0..n) that a text may not hold: a byte that is not
   UTF-8 (*what = SAFETEXT_NOT_UTF8), a C0 control character other than tab and line feed, DEL,
   or a C1 control U+0080..U+009F (*what = its code point); -1 when s is clean. CR counts as a
   control character: callers that accept CRLF line ends skip a CR before LF themselves. */
long safetext_bad_at(const char *s, size_t n, unsigned *what);

/* Appends s to b with every byte or character that safetext_bad_at would refuse, and tab and
   line feed too, written as an escape (\x1b, \n, \t, \u0085), so that a message echoing a name
   or value cannot change the terminal and stays on one line. */
void safetext_append(struct strbuf *b, const char *s);

/* Writes s to fp with every byte or character that safetext_bad_at would refuse written as an
   escape (\x1b, \u0085), line feeds and tabs kept: for messages on stderr that repeat a file
   name or a value, which must not move the cursor, set a title or clear the user's terminal. */
void safetext_fputs(const char *s, FILE *fp);

/* printf to stderr through safetext_fputs. */
void safetext_eprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same with a va_list. */
void safetext_veprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* The text of s[0..n) (valid UTF-8) with every control character safetext_bad_at refuses left
   out, and a CR before a line feed dropped so that CRLF becomes LF; *dropped says whether anything
   other than such a CR was left out. The result is NUL-terminated; the caller frees b.s. For text
   that enters from outside a file: an external editor's, a paste. Linear in n. */
struct strbuf safetext_strip(const char *s, size_t n, bool *dropped);

/* True when code point cp may be typed into a text (not a control character: C0, DEL or C1). */
bool safetext_typable(unsigned cp);

#endif

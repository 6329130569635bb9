/* Small string helpers shared by every module. */
#ifndef SELOSTE_UTIL_H
#define SELOSTE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A growable byte string, always NUL-terminated once used. */
struct strbuf {
  char *s;
  size_t len, cap;
};

/* Appends n bytes. */
void sb_addn(struct strbuf *b, const char *s, size_t n);
/* Appends a C string. */
void sb_add(struct strbuf *b, const char *s);
/* Appends one byte. */
void sb_addc(struct strbuf *b, char c);
/* The first "\n\n" (a paragraph break) in s, or NULL. Like strstr(s, "\n\n"), but reads s only up to
   the match: a sanitizer's strstr reads all of s on every call, which made loops over the paragraphs of a
   long text quadratic. */
char *str_para_break(const char *s);
/* Appends paragraph p after a blank line (no blank line when b is empty); a blank p adds nothing. */
void sb_add_para(struct strbuf *b, const char *p);
/* Appends printf-formatted text. */
void sb_printf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns the string (never NULL) and leaves b empty; the caller frees. */
char *sb_take(struct strbuf *b);
/* Frees the buffer. */
void sb_free(struct strbuf *b);

/* malloc that exits with a message when memory runs out. */
void *xmalloc(size_t n);
/* realloc, likewise. */
void *xrealloc(void *p, size_t n);
/* strdup, likewise; NULL gives NULL. */
char *xstrdup(const char *s);
/* Keeps p (memory from xmalloc/xstrdup, or NULL) listed for the program's life and returns it: for
   tables loaded once and never freed, whose pieces a refused or replaced entry may leave behind. */
void *xkeep(void *p);
/* Copy of s, or of "" when s is NULL. */
char *xstrdup0(const char *s);
/* printf into a new string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Replaces *slot by a copy of s, freeing the old value. */
void str_set(char **slot, const char *s);
/* True when s ends in suffix (bytes compared). */
bool str_has_suffix(const char *s, const char *suffix);
/* True when s is NULL or holds only white space. */
bool str_blank(const char *s);
/* Optimal string alignment distance between a and b: the fewest insertions, deletions, changes of a
   byte and swaps of two neighbouring bytes that turn a into b ("retention_fl" -> "retention_fi": 1,
   "rtention_fi": 1, "retnetion_fi": 1), counted in bytes. Only small distances matter to its callers:
   returns 3 whenever the distance is more than 2 or either string is longer than 63 bytes. */
size_t str_distance(const char *a, const char *b);
/* The name among names[0..n) nearest to name (str_distance) when it is 1 or 2 edits away and the edits
   are at most half of that name (so "ab" does not suggest "xy"), else NULL; the first of equals wins.
   Returns one of names (not a copy). For "did you mean" hints on a mistyped setting or value. */
const char *str_nearest(const char *name, const char *const *names, size_t n);
/* "a, b, c": names[0..n) joined by ", "; "" when n is 0. Returns a new string the caller frees. */
char *str_join(const char *const *names, size_t n);

/* Offset of the first invalid UTF-8 byte, or -1 when s[0..n) is valid. */
long utf8_invalid_at(const char *s, size_t n);
/* Line number (1-based) of byte offset off in s. */
int line_of_offset(const char *s, size_t off);
/* Decodes one UTF-8 character at s; returns its length (1 on bad bytes, *cp = 0xFFFD). */
int utf8_decode(const char *s, size_t n, unsigned *cp);
/* Encodes code point cp (at most 0x10FFFF) as UTF-8 into out; returns the number of bytes, 1 to 4. */
size_t utf8_encode(unsigned cp, char out[4]);
/* Display width of a code point in a terminal (0, 1 or 2). */
int codepoint_width(unsigned cp);
/* Display width of a UTF-8 string of n bytes. */
size_t utf8_width(const char *s, size_t n);

/* Copy of s padded with spaces to width display columns (not bytes: "Sähköposti" is 10 wide). */
char *str_pad(const char *s, size_t width);

/* The largest file read_whole_file reads: 256 MiB (a notice is some kilobytes; this leaves room for
   a 100 MB benchmark and keeps a mistaken input, such as a disk image, from filling the memory). */
#define READ_FILE_MAX_MIB 256
#define READ_FILE_MAX ((size_t)READ_FILE_MAX_MIB * 1024 * 1024)

/* Reads a whole regular file into a new NUL-terminated buffer (the caller frees it) and sets *len
   to its size in bytes. Never blocks on a FIFO. NULL with errno set on failure: EISDIR for a
   directory, ENODEV for anything else that is not a regular file (FIFO, device, socket), EFBIG for
   a file over READ_FILE_MAX bytes, else the error of open(2) or read(2). */
char *read_whole_file(const char *path, size_t *len);
/* As read_whole_file, from a descriptor open for reading (opened with O_NONBLOCK if it may be a
   FIFO; the caller closes it) from its current offset. Same errors, without open(2)'s. */
char *read_whole_fd(int fd, size_t *len);
/* Why read_whole_file failed with errno e, translated, without the path ("is a directory, not a
   file"); the caller frees it. */
char *read_file_reason(int e);
/* Appends the message for read_whole_file's failure with errno e on path ("PATH: is a directory,
   not a file"), translated, to err. */
void read_file_error(struct strbuf *err, const char *path, int e);

/* Program name for messages. */
extern const char *program_name;
/* Turns the Unicode hyphens and dashes of s ("2565057–9") into ASCII '-' in place; true when any was. */
bool str_ascii_dashes(char *s);

#endif

/* String, memory and UTF-8 helpers. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>
#include <wchar.h>
#include <libintl.h>
#include "util.h"

#define _(s) gettext(s) /* as in i18n.h, which util, the bottom layer, does not include */

const char *program_name = "seloste";

void *xmalloc(size_t n)
{
  void *p = malloc(n ? n : 1);
  if (!p) {
    fprintf(stderr, "%s: out of memory\n", program_name);
    exit(3);
  }
  return p;
}

void *xrealloc(void *p, size_t n)
{
  p = realloc(p, n ? n : 1);
  if (!p) {
    fprintf(stderr, "%s: out of memory\n", program_name);
    exit(3);
  }
  return p;
}

void *xkeep(void *p)
{
  static void **pool;
  static size_t n, cap;
  if (!p)
    return NULL;
  if (n == cap)
    pool = xrealloc(pool, (cap = cap ? 2 * cap : 256) * sizeof *pool);
  return pool[n++] = p;
}

char *xstrdup(const char *s)
{
  if (!s)
    return NULL;
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

char *xstrdup0(const char *s) { return xstrdup(s ? s : ""); }

void str_set(char **slot, const char *s)
{
  char *copy = xstrdup(s);
  free(*slot);
  *slot = copy;
}

bool str_has_suffix(const char *s, const char *suffix)
{
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

bool str_blank(const char *s)
{
  for (; s && *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      return false;
  return true;
}

size_t str_distance(const char *a, const char *b)
{
  size_t m = strlen(a), n = strlen(b);
  if (m > 63 || n > 63 || (m > n ? m - n : n - m) > 2)
    return 3;
  size_t d[64][64]; /* d[i][j]: the distance between a[0..i) and b[0..j) */
  for (size_t i = 0; i <= m; i++)
    for (size_t j = 0; j <= n; j++) {
      if (i == 0 || j == 0) {
        d[i][j] = i + j;
        continue;
      }
      size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      best = d[i - 1][j] + 1 < best ? d[i - 1][j] + 1 : best;
      best = d[i][j - 1] + 1 < best ? d[i][j - 1] + 1 : best;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
        best = d[i - 2][j - 2] + 1;
      d[i][j] = best;
    }
  return d[m][n] > 3 ? 3 : d[m][n];
}

const char *str_nearest(const char *name, const char *const *names, size_t n)
{
  const char *best = NULL;
  size_t best_d = 3;
  for (size_t i = 0; i < n; i++) {
    size_t d = str_distance(name, names[i]);
    if (d > 0 && d < best_d && d * 2 <= strlen(names[i]))
      best = names[i], best_d = d;
  }
  return best;
}

char *str_join(const char *const *names, size_t n)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (size_t i = 0; i < n; i++)
    sb_printf(&b, i ? ", %s" : "%s", names[i]);
  return sb_take(&b);
}

/* Makes room for n more bytes plus the terminating NUL. */
static void sb_grow(struct strbuf *b, size_t n)
{
  if (b->len + n + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + n + 1)
    cap *= 2;
  b->s = xrealloc(b->s, cap);
  b->cap = cap;
}

void sb_addn(struct strbuf *b, const char *s, size_t n)
{
  sb_grow(b, n);
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

void sb_add(struct strbuf *b, const char *s) { sb_addn(b, s, strlen(s)); }

void sb_addc(struct strbuf *b, char c) { sb_addn(b, &c, 1); }

void sb_printf(struct strbuf *b, const char *fmt, ...)
{
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n > 0) {
    sb_grow(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
}

char *sb_take(struct strbuf *b)
{
  char *s = b->s ? b->s : xstrdup("");
  b->s = NULL;
  b->len = b->cap = 0;
  return s;
}

void sb_free(struct strbuf *b)
{
  free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
}

char *xasprintf(const char *fmt, ...)
{
  struct strbuf b = { 0 };
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  sb_grow(&b, n > 0 ? (size_t)n : 0);
  va_start(ap, fmt);
  vsnprintf(b.s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b.len = (size_t)n;
  return sb_take(&b);
}

size_t utf8_encode(unsigned cp, char out[4])
{
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

int utf8_decode(const char *str, size_t n, unsigned *cp)
{
  const unsigned char *s = (const unsigned char *)str;
  static const unsigned min[] = { 0, 0, 0x80, 0x800, 0x10000 };
  int len = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
          : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || (size_t)len > n) {
    *cp = 0xFFFD;
    return 1;
  }
  unsigned c = len == 1 ? s[0] : s[0] & (0x7F >> len);
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    c = (c << 6) | (s[i] & 0x3F);
  }
  if (c < min[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = c;
  return len;
}

long utf8_invalid_at(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) { /* fast path: eight ASCII bytes at a time */
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull)
        break;
      i += 8;
    }
    if (i >= n)
      break;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    unsigned cp;
    int len = utf8_decode(s + i, n - i, &cp);
    if (cp == 0xFFFD && !(len == 3 && (unsigned char)s[i] == 0xEF))
      return (long)i;
    i += (size_t)len;
  }
  return -1;
}

int line_of_offset(const char *s, size_t off)
{
  int line = 1;
  for (size_t i = 0; i < off && s[i]; i++)
    line += s[i] == '\n';
  return line;
}

int codepoint_width(unsigned cp)
{
  if (cp < 0x20 || cp == 0x7F)
    return 0;
  int w = wcwidth((wchar_t)cp);
  return w < 0 ? 1 : w;
}

size_t utf8_width(const char *s, size_t n)
{
  size_t w = 0, i = 0;
  while (i < n) {
    unsigned cp;
    i += (size_t)utf8_decode(s + i, n - i, &cp);
    w += (size_t)codepoint_width(cp);
  }
  return w;
}

/* Reads fd to its end into a buffer sized for expect bytes; NULL with errno set, EFBIG past the limit. */
static char *read_fd(int fd, size_t expect, size_t *len)
{
  size_t cap = expect + 1, n = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (n + 1 == cap) {
      if (n > READ_FILE_MAX) /* it grew while being read */
        break;
      buf = xrealloc(buf, cap = cap * 2 > READ_FILE_MAX + 2 ? READ_FILE_MAX + 2 : cap * 2);
    }
    ssize_t got = read(fd, buf + n, cap - 1 - n);
    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0) {
      int e = errno;
      free(buf);
      errno = e;
      return NULL;
    }
    if (got == 0)
      break;
    n += (size_t)got;
  }
  if (n > READ_FILE_MAX) {
    free(buf);
    errno = EFBIG;
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

char *read_whole_file(const char *path, size_t *len)
{
  /* O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused by read_whole_fd */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    return NULL;
  char *data = read_whole_fd(fd, len);
  int e = errno;
  close(fd);
  errno = e;
  return data;
}

char *read_whole_fd(int fd, size_t *len)
{
  struct stat st;
  int e = 0;
  if (fstat(fd, &st) != 0)
    e = errno;
  else if (S_ISDIR(st.st_mode))
    e = EISDIR;
  else if (!S_ISREG(st.st_mode))
    e = ENODEV; /* a FIFO, a device such as /dev/zero, a socket */
  else if ((uintmax_t)st.st_size > READ_FILE_MAX)
    e = EFBIG;
  char *data = e ? NULL : read_fd(fd, (size_t)st.st_size, len);
  if (!data && !e)
    e = errno;
  errno = e;
  return data;
}

char *read_file_reason(int e)
{
  if (e == EISDIR)
    return xstrdup(_("is a directory, not a file"));
  if (e == ENODEV)
    return xstrdup(_("is not a regular file (a pipe or a device); save the text in a file first"));
  if (e == EFBIG)
    return xasprintf(_("is larger than %d MiB, the most seloste reads; is it the right file?"), READ_FILE_MAX_MIB);
  return xasprintf(_("cannot read: %s"), strerror(e));
}

void read_file_error(struct strbuf *err, const char *path, int e)
{
  char *why = read_file_reason(e);
  sb_printf(err, "%s: %s", path, why);
  free(why);
}


char *str_pad(const char *s, size_t width)
{
  size_t w = utf8_width(s, strlen(s));
  struct strbuf b = { 0 };
  sb_add(&b, s);
  while (w++ < width)
    sb_addc(&b, ' ');
  return sb_take(&b);
}

bool str_ascii_dashes(char *s)
{
  bool changed = false;
  char *o = s;
  for (const char *p = s; *p;) {
    const unsigned char *u = (const unsigned char *)p;
    bool dash = (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x93) ||
                (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92);
    if (dash) {
      *o++ = '-';
      p += 3;
      changed = true;
    } else {
      *o++ = *p++;
    }
  }
  *o = '\0';
  return changed;
}

void sb_add_para(struct strbuf *b, const char *p)
{
  if (str_blank(p))
    return;
  if (b->len)
    sb_add(b, "\n\n");
  sb_add(b, p);
}

char *str_para_break(const char *s)
{
  for (const char *p = strchr(s, '\n'); p; p = strchr(p + 1, '\n'))
    if (p[1] == '\n')
      return (char *)p;
  return NULL;
}

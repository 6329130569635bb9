/* The record of the files seloste render DIR -o OUTDIR wrote: OUTDIR/.seloste-rendered. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "i18n.h"
#include "notice_dir.h"
#include "notice_ours.h"

/* Position of base in o's sorted names: where it is, or where it would go; *found says which. */
static size_t find(const struct notice_ours *o, const char *base, bool *found)
{
  size_t lo = 0, hi = o->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(o->v[mid], base);
    if (c == 0) {
      *found = true;
      return mid;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  *found = false;
  return lo;
}

bool notice_ours_has(const struct notice_ours *o, const char *base)
{
  bool found;
  find(o, base, &found);
  return found;
}

void notice_ours_add(struct notice_ours *o, const char *base)
{
  bool found;
  size_t at = find(o, base, &found);
  if (found || !*base || strchr(base, '\n'))
    return;
  if (o->n == o->cap)
    o->v = xrealloc(o->v, (o->cap = o->cap ? o->cap * 2 : 32) * sizeof *o->v);
  memmove(o->v + at + 1, o->v + at, (o->n - at) * sizeof *o->v);
  o->v[at] = xstrdup(base);
  o->n++;
}

/* Adds each line of text (len bytes, NUL-terminated) to o, the first left out when it is the comment
   notice_ours_write puts there. */
static void add_lines(struct notice_ours *o, char *text, size_t len)
{
  char *p = text, *end = text + len;
  for (bool first = true; p < end; first = false) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *stop = nl ? nl : end;
    *stop = '\0';
    if (!(first && *p == '#'))
      notice_ours_add(o, p);
    p = stop + 1;
  }
}

bool notice_ours_read(const char *outdir, struct notice_ours *o, struct strbuf *err)
{
  memset(o, 0, sizeof *o);
  char *path = notice_dir_join(outdir, NOTICE_OURS_FILE);
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  bool ok = fd < 0 && (errno == ENOENT || errno == ENOTDIR);
  if (fd < 0 && !ok)
    sb_printf(err, _("%s: cannot read the record of the files seloste wrote here (%s); remove it if it "
                     "is not seloste's, nothing was written"), path, errno == ELOOP ? _("it is a symbolic link")
                                                                                     : strerror(errno));
  else if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)))
    sb_printf(err, _("%s: is not a regular file; remove it, nothing was written"), path);
  else if (fd >= 0) {
    size_t len;
    char *text = read_whole_fd(fd, &len);
    if (text)
      add_lines(o, text, len);
    else
      read_file_error(err, path, errno);
    ok = text != NULL;
    free(text);
  }
  if (fd >= 0)
    close(fd);
  free(path);
  return ok;
}

bool notice_ours_write(FILE *out, const struct notice_ours *o)
{
  fputs("# Files seloste render wrote in this folder; it replaces only these. Do not edit.\n", out);
  for (size_t i = 0; i < o->n; i++)
    fprintf(out, "%s\n", o->v[i]);
  return !ferror(out);
}

void notice_ours_free(struct notice_ours *o)
{
  for (size_t i = 0; i < o->n; i++)
    free(o->v[i]);
  free(o->v);
  memset(o, 0, sizeof *o);
}

/* Listing a directory's notices: its .seloste regular files, sorted by name. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"
#include "notice_dir.h"

bool notice_dir_is(const char *path)
{
  struct stat st;
  return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* True when the directory entry name is a notice's file name: ".seloste" after a name that is not
   hidden. */
static bool notice_name(const char *name)
{
  size_t n = strlen(name), ext = sizeof ".seloste" - 1;
  return name[0] != '.' && n > ext && strcmp(name + n - ext, ".seloste") == 0;
}

/* Appends why the entry st describes is skipped, or nothing (returns true) when it is a regular file. */
static bool regular_or_warn(const char *path, const struct stat *st, struct strbuf *warn)
{
  if (S_ISREG(st->st_mode))
    return true;
  if (S_ISLNK(st->st_mode))
    sb_printf(warn, _("%s: warning: is a symbolic link, not a notice file of this folder; skipped (give the "
                      "file it leads to by its own name)\n"), path);
  else if (S_ISDIR(st->st_mode))
    sb_printf(warn, _("%s: warning: is a folder; skipped (folders are not searched for notices)\n"), path);
  else
    sb_printf(warn, _("%s: warning: is not a regular file; skipped\n"), path);
  return false;
}

/* Appends notice file name (found in dir) to l. */
static void add_entry(struct notice_list *l, const char *dir, const char *name)
{
  if (l->n == l->cap)
    l->v = xrealloc(l->v, (l->cap = l->cap ? l->cap * 2 : 16) * sizeof *l->v);
  l->v[l->n].path = notice_dir_join(dir, name);
  l->v[l->n].name = xasprintf("%.*s", (int)(strlen(name) - (sizeof ".seloste" - 1)), name);
  l->n++;
}

/* qsort comparison of entries by their names' bytes. */
static int by_name(const void *a, const void *b)
{
  return strcmp(((const struct notice_entry *)a)->name, ((const struct notice_entry *)b)->name);
}

/* Keeps the regular files of l (names sorted, found in the folder open on fd), dropping the others with a
   warning each, in the sorted order. */
static void keep_regular(struct notice_list *l, int fd, struct strbuf *warn)
{
  size_t kept = 0;
  for (size_t i = 0; i < l->n; i++) {
    struct stat st;
    const char *base = strrchr(l->v[i].path, '/') + 1;
    if (fstatat(fd, base, &st, AT_SYMLINK_NOFOLLOW) == 0 && regular_or_warn(l->v[i].path, &st, warn)) {
      l->v[kept++] = l->v[i];
      continue;
    }
    free(l->v[i].path); /* gone meanwhile, or skipped */
    free(l->v[i].name);
  }
  l->n = kept;
}

bool notice_dir_list(const char *dir, struct notice_list *out, struct strbuf *warn, struct strbuf *err)
{
  memset(out, 0, sizeof *out);
  if (!atomic_check(dir, ATOMIC_READING, err))
    return false;
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int scan = fd >= 0 ? dup(fd) : -1;
  DIR *d = scan >= 0 ? fdopendir(scan) : NULL;
  if (!d) {
    int e = errno;
    if (scan >= 0)
      close(scan);
    if (fd >= 0)
      close(fd);
    sb_printf(err, _("%s: cannot read the folder: %s"), dir, strerror(e));
    return false;
  }
  errno = 0;
  for (struct dirent *e; (e = readdir(d)) != NULL; errno = 0)
    if (notice_name(e->d_name))
      add_entry(out, dir, e->d_name);
  int e = errno;
  closedir(d);
  if (e) {
    close(fd);
    sb_printf(err, _("%s: cannot read the folder: %s"), dir, strerror(e));
    notice_list_free(out);
    return false;
  }
  if (out->n)
    qsort(out->v, out->n, sizeof *out->v, by_name);
  keep_regular(out, fd, warn);
  close(fd);
  return true;
}

void notice_list_free(struct notice_list *l)
{
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].path);
    free(l->v[i].name);
  }
  free(l->v);
  memset(l, 0, sizeof *l);
}

char *notice_dir_join(const char *dir, const char *file)
{
  size_t dn = strlen(dir);
  bool slash = dn && dir[dn - 1] == '/';
  return xasprintf("%s%s%s", dir, slash ? "" : "/", file);
}

char *notice_dir_output(const char *dir, const char *name, const char *lang, const char *ext)
{
  char *file = xasprintf("%s.%s.%s", name, lang, ext);
  char *path = notice_dir_join(dir, file);
  free(file);
  return path;
}

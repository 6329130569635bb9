/* Reading files that others may have planted: O_NOFOLLOW, no FIFOs or devices, owner checked. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "i18n.h"
#include "safefile.h"
#include "store.h"

char *safefile_owner_name(uid_t uid)
{
  struct passwd *pw = getpwuid(uid);
  if (pw && pw->pw_name && *pw->pw_name)
    return xstrdup(pw->pw_name);
  return xasprintf("%lu", (unsigned long)uid);
}

/* Refuses what lstat found unless it is a regular file (of the user's own when own); true when usable. */
static bool safefile_acceptable(const char *path, const struct stat *st, bool own, struct strbuf *err)
{
  if (S_ISLNK(st->st_mode)) {
    sb_printf(err, _("%s: is a symbolic link; it is not followed"), path);
    errno = ELOOP;
    return false;
  }
  if (!S_ISREG(st->st_mode)) {
    sb_printf(err, _("%s: is not a regular file; it is not used"), path);
    errno = EPERM;
    return false;
  }
  if (own && st->st_uid != geteuid()) {
    char *who = safefile_owner_name(st->st_uid);
    sb_printf(err, _("%s: belongs to user %s, not to you; it is not used"), path, who);
    free(who);
    errno = EPERM;
    return false;
  }
  return true;
}

int safefile_open(const char *path, bool own, struct stat *st, struct strbuf *err)
{
  struct stat before;
  if (lstat(path, &before) != 0) {
    int e = errno;
    sb_printf(err, _("%s: cannot read: %s"), path, strerror(e));
    errno = e;
    return -1;
  }
  if (!safefile_acceptable(path, &before, own, err))
    return -1;
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0 || fstat(fd, st) != 0) {
    int e = errno;
    sb_printf(err, _("%s: cannot read: %s"), path, strerror(e));
    if (fd >= 0)
      close(fd);
    errno = e;
    return -1;
  }
  if (st->st_dev != before.st_dev || st->st_ino != before.st_ino) { /* swapped between the two looks */
    close(fd);
    sb_printf(err, _("%s: was replaced while it was being opened; it is not used"), path);
    errno = EPERM;
    return -1;
  }
  return fd;
}

/* Appends text to err with every occurrence of from replaced by to. */
static void safefile_rename_in(struct strbuf *err, const char *text, const char *from, const char *to)
{
  size_t n = strlen(from);
  const char *p;
  while ((p = strstr(text, from)) != NULL) {
    sb_addn(err, text, (size_t)(p - text));
    sb_add(err, to);
    text = p + n;
  }
  sb_add(err, text);
}

/* True when path still names the file st describes (not followed if a link). */
static bool safefile_same(const char *path, const struct stat *st)
{
  struct stat now;
  return lstat(path, &now) == 0 && now.st_dev == st->st_dev && now.st_ino == st->st_ino;
}

struct doc *safefile_load_doc(const char *path, bool own, struct strbuf *err)
{
  struct stat st;
  int fd = safefile_open(path, own, &st, err);
  if (fd < 0)
    return NULL;
  /* read through the descriptor already checked, so that nothing can be swapped in meanwhile;
     without /proc, by name, checking afterwards that the name still holds the same file */
  char *alias = xasprintf("/proc/self/fd/%d", fd);
  bool by_fd = access(alias, R_OK) == 0;
  struct strbuf why = { 0 };
  struct doc *d = store_load(by_fd ? alias : path, &why);
  if (d && !by_fd && !safefile_same(path, &st)) {
    doc_free(d);
    d = NULL;
    sb_printf(&why, _("%s: was replaced while it was being opened; it is not used"), path);
  }
  if (!d)
    safefile_rename_in(err, why.s ? why.s : "", alias, path);
  sb_free(&why);
  free(alias);
  close(fd);
  if (!d)
    errno = EINVAL;
  return d;
}

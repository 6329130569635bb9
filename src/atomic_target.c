/* What an output path names: symlinks followed only when their owner is trusted; temp files beside it. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include "atomic_impl.h"
#include "atomicfile.h"
#include "i18n.h"

enum { MAX_LINKS = 40 }; /* as the kernel's path walk */

char *atomic_dir_of(const char *path)
{
  const char *slash = strrchr(path, '/');
  if (!slash)
    return xstrdup(".");
  if (slash == path)
    return xstrdup("/");
  return xasprintf("%.*s", (int)(slash - path), path);
}

/* The last component of path (points into path). */
static const char *base_of(const char *path)
{
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* True when a link may be followed: owned by the user, by root, or by the owner of its directory
   (the rule of Linux's fs.protected_symlinks, applied everywhere). */
static bool link_trusted(const char *link, const struct stat *lst)
{
  if (lst->st_uid == geteuid() || lst->st_uid == 0)
    return true;
  char *dir = atomic_dir_of(link);
  struct stat dst;
  bool ok = stat(dir, &dst) == 0 && dst.st_uid == lst->st_uid;
  free(dir);
  return ok;
}

/* Explains why a link is not followed, naming it and its owner. */
static void refuse_link(struct strbuf *err, const char *shown, const char *link, const struct stat *lst)
{
  struct passwd *pw = getpwuid(lst->st_uid);
  char *owner = pw ? xstrdup(pw->pw_name) : xasprintf("%ld", (long)lst->st_uid);
  if (strcmp(shown, link) == 0)
    sb_printf(err, _("%s: is a symbolic link owned by another user (%s); such links are not followed, "
                     "nothing was written. Remove the link or choose another file"), shown, owner);
  else
    sb_printf(err, _("%s: leads through the symbolic link %s owned by another user (%s); such links are "
                     "not followed, nothing was written. Remove the link or choose another file"),
              shown, link, owner);
  free(owner);
}

/* Where the link at cur points, as a path (caller frees), or NULL with errno set. */
static char *link_next(const char *cur)
{
  char buf[PATH_MAX];
  ssize_t n = readlink(cur, buf, sizeof buf - 1);
  if (n < 0)
    return NULL;
  buf[n] = '\0';
  if (buf[0] == '/')
    return xstrdup(buf);
  char *dir = atomic_dir_of(cur);
  char *next = xasprintf("%s/%s", dir, buf);
  free(dir);
  return next;
}

/* Follows path's links one by one under the flags' rules; returns the end of the chain (caller
   frees), or NULL with err filled. *end_errno is 0 when the end exists, else lstat's errno. */
static char *follow_links(const char *path, unsigned flags, int *end_errno, struct strbuf *err)
{
  char *cur = xstrdup(path);
  size_t before = err->len;
  for (int hop = 0; hop <= MAX_LINKS; hop++) {
    struct stat lst;
    if (lstat(cur, &lst) != 0) {
      *end_errno = errno;
      return cur;
    }
    *end_errno = 0;
    if (!S_ISLNK(lst.st_mode))
      return cur;
    if (flags & ATOMIC_NO_LINKS)
      sb_printf(err, _("%s: is a symbolic link; links are not followed here, nothing was written"), path);
    else if (flags & ATOMIC_PRIVATE)
      sb_printf(err, _("%s: is not a file of yours; remove it and try again, nothing was written"), path);
    else if (!link_trusted(cur, &lst))
      refuse_link(err, path, cur, &lst);
    char *next = err->len > before ? NULL : link_next(cur);
    if (!next && err->len == before)
      sb_printf(err, _("%s: cannot save: %s; nothing was written"), path, strerror(errno));
    free(cur);
    if (!next)
      return NULL;
    cur = next;
  }
  sb_printf(err, _("%s: cannot save: %s; nothing was written"), path, strerror(ELOOP));
  free(cur);
  return NULL;
}

/* Fills t from the end of the chain and a stat of the path itself; false with err filled. */
static bool settle(struct atomic_target *t, char *end, int end_errno, struct strbuf *err)
{
  struct stat lst;
  if (stat(t->shown, &t->st) == 0) {
    t->exists = true;
    t->magic = end_errno != 0 || lstat(end, &lst) != 0 || lst.st_dev != t->st.st_dev || lst.st_ino != t->st.st_ino;
    t->path = t->magic ? xstrdup(t->shown) : end;
    if (t->magic)
      free(end);
    return true;
  }
  int e = errno;
  if (e == ENOENT && end_errno == ENOENT) {
    t->path = end; /* a new file, or the target a dangling link names */
    return true;
  }
  free(end);
  sb_printf(err, _("%s: cannot save: %s; nothing was written"), t->shown, strerror(e == ENOENT ? EAGAIN : e));
  return false;
}

bool atomic_resolve(const char *path, unsigned flags, struct atomic_target *t, struct strbuf *err)
{
  memset(t, 0, sizeof *t);
  t->shown = path;
  int end_errno = 0;
  char *end = follow_links(path, flags, &end_errno, err);
  if (!end || !settle(t, end, end_errno, err))
    return false;
  if ((flags & ATOMIC_PRIVATE) && t->exists && (!S_ISREG(t->st.st_mode) || t->st.st_uid != geteuid())) {
    sb_printf(err, _("%s: is not a file of yours; remove it and try again, nothing was written"), path);
    atomic_target_free(t);
    return false;
  }
  return true;
}

void atomic_target_free(struct atomic_target *t)
{
  free(t->path);
  t->path = NULL;
}

/* True when name is base's temp name: "." base "." and six characters of mkstemp's alphabet. */
static bool is_temp_name(const char *name, const char *base)
{
  size_t n = strlen(base);
  if (name[0] != '.' || strncmp(name + 1, base, n) != 0 || name[n + 1] != '.')
    return false;
  const char *x = name + n + 2;
  return strlen(x) == 6 && strspn(x, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") == 6;
}

/* Removes one stale temp if it is ours and no writer holds its lock. */
static void clean_one(int dirfd, const char *name)
{
  int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return;
  struct stat st, again;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() && st.st_nlink == 1 &&
      flock(fd, LOCK_EX | LOCK_NB) == 0 && fstatat(dirfd, name, &again, AT_SYMLINK_NOFOLLOW) == 0 &&
      again.st_dev == st.st_dev && again.st_ino == st.st_ino)
    unlinkat(dirfd, name, 0); /* still holding the lock, so no writer can be using it */
  close(fd);
}

void atomic_clean_stale(const char *target)
{
  char *dir = atomic_dir_of(target);
  int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  free(dir);
  if (dirfd < 0)
    return;
  int scanfd = dup(dirfd);
  DIR *d = scanfd >= 0 ? fdopendir(scanfd) : NULL;
  if (!d && scanfd >= 0)
    close(scanfd);
  const char *base = base_of(target);
  for (struct dirent *e; d && (e = readdir(d));)
    if (is_temp_name(e->d_name, base))
      clean_one(dirfd, e->d_name);
  if (d)
    closedir(d);
  close(dirfd);
}

/* Takes the writer's lock on a new temp and checks no cleaner removed it first; false if one did. */
static bool hold_temp(int fd, const char *name)
{
  struct stat st, named;
  while (flock(fd, LOCK_EX) != 0)
    if (errno != EINTR)
      return false;
  return fstat(fd, &st) == 0 && st.st_nlink > 0 && lstat(name, &named) == 0 && named.st_dev == st.st_dev &&
         named.st_ino == st.st_ino;
}

int atomic_sibling(const char *target, const char *suffix, bool locked, char **name)
{
  char *dir = atomic_dir_of(target);
  for (int attempt = 0; attempt < 5; attempt++) {
    char *tmp = xasprintf("%s/.%s.XXXXXX%s", dir, base_of(target), suffix);
    int fd = mkostemps(tmp, (int)strlen(suffix), O_CLOEXEC);
    if (fd < 0 || !locked || hold_temp(fd, tmp)) {
      free(dir);
      *name = fd >= 0 ? tmp : (free(tmp), NULL);
      return fd;
    }
    close(fd); /* a cleaner took it between creation and locking: make another */
    free(tmp);
  }
  free(dir);
  errno = EAGAIN;
  *name = NULL;
  return -1;
}

bool atomic_write_all(int fd, const char *bytes, size_t len)
{
  while (len > 0) {
    ssize_t n = write(fd, bytes, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      if (n == 0)
        errno = EIO;
      return false;
    }
    bytes += n;
    len -= (size_t)n;
  }
  return true;
}

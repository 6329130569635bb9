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
#include "safefile.h"

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

/* Explains why a link is not followed, naming it and its owner (ATOMIC_READING in flags: as a file
   being read). */
static void refuse_link(struct strbuf *err, const char *shown, const char *link, const struct stat *lst,
                        unsigned flags)
{
  struct passwd *pw = getpwuid(lst->st_uid);
  char *owner = pw ? xstrdup(pw->pw_name) : xasprintf("%ld", (long)lst->st_uid);
  bool same = strcmp(shown, link) == 0;
  if ((flags & ATOMIC_READING) && same)
    sb_printf(err, _("%s: is a symbolic link owned by another user (%s); seloste does not follow such links "
                     "when reading; nothing was written"), shown, owner);
  else if (flags & ATOMIC_READING)
    sb_printf(err, _("%s: leads through the symbolic link %s owned by another user (%s); seloste does not "
                     "follow such links when reading; nothing was written"), shown, link, owner);
  else if (same)
    sb_printf(err, _("%s: is a symbolic link owned by another user (%s); such links are not followed, "
                     "nothing was written. Remove the link or choose another file"), shown, owner);
  else
    sb_printf(err, _("%s: leads through the symbolic link %s owned by another user (%s); such links are "
                     "not followed, nothing was written. Remove the link or choose another file"),
              shown, link, owner);
  free(owner);
}

/* Whether the link cand, met while walking shown, may be followed under the flags' rules (last: it
   is the final component); false with err filled when not. */
static bool link_allowed(const char *shown, const char *cand, const struct stat *lst, bool last, unsigned flags,
                         struct strbuf *err)
{
  if (last && (flags & ATOMIC_NO_LINKS))
    sb_printf(err, _("%s: is a symbolic link; links are not followed here, nothing was written"), shown);
  else if (last && (flags & ATOMIC_PRIVATE))
    sb_printf(err, _("%s: is not a file of yours; remove it and try again, nothing was written"), shown);
  else if (!link_trusted(cand, lst))
    refuse_link(err, shown, cand, lst, flags);
  else
    return true;
  return false;
}

/* Appends why walking shown failed with errno e: as a save, or as a read with ATOMIC_READING. */
static void walk_fail(struct strbuf *err, const char *shown, int e, unsigned flags)
{
  if (flags & ATOMIC_READING)
    read_file_error(err, shown, e);
  else
    sb_printf(err, _("%s: cannot save: %s; nothing was written"), shown, strerror(e));
}

/* The resolved prefix joined with the component name[0..n) ("" prefix: the current directory). */
static char *walk_join(const char *done, const char *name, size_t n)
{
  if (!*done)
    return xasprintf("%.*s", (int)n, name);
  return xasprintf("%s%s%.*s", done, strcmp(done, "/") == 0 ? "" : "/", (int)n, name);
}

/* The prefix one directory up (done is freed): lexical, which is right because done holds no links. */
static char *walk_up(char *done)
{
  char *slash = strrchr(done, '/');
  const char *base = slash ? slash + 1 : done;
  if (!*done || strcmp(base, "..") == 0) {
    char *up = walk_join(done, "..", 2);
    free(done);
    return up;
  }
  if (!slash)
    done[0] = '\0';
  else if (slash == done)
    done[1] = '\0';
  else
    *slash = '\0';
  return done;
}

/* Replaces the link cand by its text in front of rest: the new list of components still to walk
   (caller frees), or NULL with errno set. *done goes back to "/" for an absolute link. */
static char *walk_expand(const char *cand, const char *rest, char **done)
{
  char buf[PATH_MAX];
  ssize_t n = readlink(cand, buf, sizeof buf - 1);
  if (n < 0)
    return NULL;
  buf[n] = '\0';
  if (buf[0] == '/')
    str_set(done, "/");
  return xasprintf("%s%s", buf, rest);
}

/* Steps through the link cand met while walking shown, when the rules allow: the components still
   to walk (caller frees), or NULL with err filled. rest: what followed the link in the path. */
static char *walk_link(const char *shown, const char *cand, const struct stat *lst, const char *rest,
                       unsigned flags, char **done, struct strbuf *err)
{
  bool last = rest[strspn(rest, "/")] == '\0';
  if (!link_allowed(shown, cand, lst, last, flags, err))
    return NULL;
  char *next = walk_expand(cand, rest, done);
  if (!next)
    walk_fail(err, shown, errno, flags);
  return next;
}

/* Walks path one component at a time as the kernel does, following each symbolic link met (in any
   component, not only the last) only when the flags' rules allow it. Returns the path of the file
   with no link left in it (caller frees), or NULL with err filled. *end_errno is 0 when the file
   exists, else the errno of the first component that could not be examined (the rest is kept). */
static char *walk_path(const char *path, unsigned flags, int *end_errno, struct strbuf *err)
{
  *end_errno = 0;
  if (!*path) { /* names nothing: the save reports it as the system does */
    *end_errno = ENOENT;
    return xstrdup(path);
  }
  char *done = xstrdup(path[0] == '/' ? "/" : "");
  char *todo = xstrdup(path);
  const char *p = todo;
  int hops = 0;
  for (;;) {
    p += strspn(p, "/");
    size_t n = strcspn(p, "/");
    const char *rest = p + n;
    if (n == 0)
      break;
    if (n <= 2 && strncmp(p, "..", n) == 0) { /* "." or ".." */
      if (n == 2)
        done = walk_up(done);
      p = rest;
      continue;
    }
    char *cand = walk_join(done, p, n);
    struct stat lst;
    if (lstat(cand, &lst) != 0) { /* a new file, or a missing directory the save will report */
      *end_errno = errno;
      char *end = xasprintf("%s%s", cand, rest);
      free(cand);
      free(done);
      free(todo);
      return end;
    }
    if (!S_ISLNK(lst.st_mode)) {
      free(done);
      done = cand;
      p = rest;
      continue;
    }
    char *next = NULL;
    if (++hops > MAX_LINKS)
      walk_fail(err, path, ELOOP, flags);
    else
      next = walk_link(path, cand, &lst, rest, flags, &done, err);
    free(cand);
    free(todo);
    if (!next) {
      free(done);
      return NULL;
    }
    p = todo = next;
  }
  free(todo);
  if (!*done)
    str_set(&done, ".");
  return done;
}

char *atomic_walk(const char *path, unsigned flags, struct strbuf *err)
{
  int end_errno;
  return walk_path(path, flags, &end_errno, err);
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

/* Refuses an existing file that another user owns in a world-writable sticky directory such as
   /tmp (neither the user's nor the directory owner's): whoever put it there could have planted it
   and could change what is written later. The kernel's protected_regular and protected_fifos rule,
   applied whatever the sysctls say; true when writing may go on. */
static bool planted_ok(const struct atomic_target *t, struct strbuf *err)
{
  if (!t->exists || t->magic || t->st.st_uid == geteuid())
    return true;
  char *dir = atomic_dir_of(t->path);
  struct stat dst;
  bool planted = stat(dir, &dst) == 0 && (dst.st_mode & (S_ISVTX | S_IWOTH)) == (S_ISVTX | S_IWOTH) &&
                 t->st.st_uid != dst.st_uid;
  if (planted) {
    char *who = safefile_owner_name(t->st.st_uid);
    sb_printf(err, _("%s: belongs to user %s and lies in %s, a folder where everyone may create files; "
                     "seloste does not write into another user's file there. Remove it or choose another "
                     "name; nothing was written"), t->shown, who, dir);
    free(who);
  }
  free(dir);
  return !planted;
}

/* Refuses the file keep itself under another name (a symbolic or hard link to it); true when not. */
static bool keep_ok(const struct atomic_target *t, const char *keep, struct strbuf *err)
{
  if (!keep || !t->exists || t->magic || !atomic_same_file(keep, t->path))
    return true;
  sb_printf(err, _("%s: is the document %s itself under another name (a link to it); writing it would "
                   "destroy the document. Remove or rename %s; nothing was written"), t->shown, keep, t->shown);
  return false;
}

bool atomic_resolve(const char *path, unsigned flags, const char *keep, struct atomic_target *t, struct strbuf *err)
{
  memset(t, 0, sizeof *t);
  t->shown = path;
  int end_errno = 0;
  char *end = walk_path(path, flags, &end_errno, err);
  if (!end || !settle(t, end, end_errno, err))
    return false;
  bool ok = true;
  if ((flags & ATOMIC_PRIVATE) && t->exists && (!S_ISREG(t->st.st_mode) || t->st.st_uid != geteuid())) {
    sb_printf(err, _("%s: is not a file of yours; remove it and try again, nothing was written"), path);
    ok = false;
  }
  ok = ok && keep_ok(t, keep, err) && planted_ok(t, err);
  if (!ok)
    atomic_target_free(t);
  return ok;
}

bool atomic_same_file(const char *a, const char *b)
{
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && S_ISREG(sa.st_mode) && S_ISREG(sb.st_mode) &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void atomic_target_free(struct atomic_target *t)
{
  free(t->path);
  t->path = NULL;
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

/* The target's name inside temp file name ".BASE.seloste-tmp.XXXXXX" (not NUL-terminated: its length in
   *n), or NULL when name is no such temp's. */
static const char *temp_base(const char *name, size_t *n)
{
  static const char tag[] = ".seloste-tmp.";
  size_t len = strlen(name), t = sizeof tag - 1;
  if (name[0] != '.' || len < 2 + t + 6)
    return NULL;
  const char *x = name + len - 6;
  if (strncmp(x - t, tag, t) != 0 ||
      strspn(x, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") != 6)
    return NULL;
  *n = (size_t)(x - t - (name + 1));
  return name + 1;
}

/* True when base[0..n) is one of the sorted names bases[0..count). */
static bool base_listed(const char *base, size_t n, const char *const *bases, size_t count)
{
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strncmp(bases[mid], base, n);
    if (c == 0 && bases[mid][n] != '\0')
      c = 1; /* bases[mid] is longer: it sorts after base */
    if (c == 0)
      return true;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return false;
}

void atomic_clean_stale_in(const char *dir, const char *const *bases, size_t count)
{
  int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirfd < 0)
    return;
  int scanfd = dup(dirfd);
  DIR *d = scanfd >= 0 ? fdopendir(scanfd) : NULL;
  if (!d && scanfd >= 0)
    close(scanfd);
  size_t n;
  const char *base;
  for (struct dirent *e; d && (e = readdir(d));)
    if ((base = temp_base(e->d_name, &n)) != NULL && base_listed(base, n, bases, count))
      clean_one(dirfd, e->d_name);
  if (d)
    closedir(d);
  close(dirfd);
}

void atomic_clean_stale(const char *target)
{
  char *dir = atomic_dir_of(target);
  const char *base = base_of(target);
  atomic_clean_stale_in(dir, &base, 1);
  free(dir);
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

int atomic_sibling(const char *target, const char *kind, bool locked, char **name)
{
  char *dir = atomic_dir_of(target);
  for (int attempt = 0; attempt < 5; attempt++) {
    char *tmp = xasprintf("%s/.%s.seloste-%s.XXXXXX", dir, base_of(target), kind);
    int fd = mkostemp(tmp, O_CLOEXEC);
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

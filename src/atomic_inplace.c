/* Writing into an existing file instead of replacing it: regular files after a backup, devices and FIFOs as they are. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "atomic_impl.h"
#include "atomicfile.h"
#include "i18n.h"

/* True when the open fd is the very file that was examined (not something swapped in since). */
static bool same_file(int fd, const struct stat *want)
{
  struct stat st;
  return fstat(fd, &st) == 0 && st.st_dev == want->st_dev && st.st_ino == want->st_ino &&
         (st.st_mode & S_IFMT) == (want->st_mode & S_IFMT);
}

/* Says that the file changed between examining and opening it. */
static void fail_changed(struct strbuf *err, const struct atomic_target *t)
{
  sb_printf(err, _("%s: was replaced by another file while saving; try again, nothing was written"), t->shown);
}

/* Copies the whole of from into to, both from offset 0, and cuts to at the copied length. */
static bool copy_fd(int from, int to)
{
  char buf[65536];
  off_t off = 0;
  for (;;) {
    ssize_t n = pread(from, buf, sizeof buf, off);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return false;
    if (n == 0)
      return ftruncate(to, off) == 0;
    if (lseek(to, off, SEEK_SET) < 0 || !atomic_write_all(to, buf, (size_t)n))
      return false;
    off += n;
  }
}

/* Gives the backup the original's owner and group where allowed, and no wider access than it had. */
static void backup_guard(int bfd, const struct stat *st)
{
  mode_t mode = 0600;
  if (fchown(bfd, st->st_uid, st->st_gid) == 0)
    mode = st->st_mode & 0666;
  else if (fchown(bfd, (uid_t)-1, st->st_gid) == 0)
    mode = 0600 | (st->st_mode & 0066);
  if (fchmod(bfd, mode) != 0)
    (void)fchmod(bfd, 0600);
}

/* Puts the new content over the old: written from the start, cut to length, synced. */
static bool overwrite(int fd, const struct atomic_data *d)
{
  return lseek(fd, 0, SEEK_SET) == 0 && atomic_write_all(fd, d->bytes, d->len) &&
         ftruncate(fd, (off_t)d->len) == 0 && fsync(fd) == 0;
}

/* A failed overwrite: puts the backup back, or says where it is when that fails too. */
static void restore(int fd, int bfd, const char *backup, const struct atomic_target *t, int e, struct strbuf *err)
{
  if (copy_fd(bfd, fd) && fsync(fd) == 0) {
    unlink(backup);
    atomic_fail(err, t, e);
  } else {
    sb_printf(err, _("%s: cannot save: %s; the file may be incomplete, its previous version is in %s"),
              t->shown, strerror(e), backup);
  }
}

/* Makes the synced backup copy of fd; returns its fd (name in *backup) or -1 with err filled. */
static int make_backup(int fd, const struct atomic_target *t, char **backup, struct strbuf *err)
{
  int bfd = atomic_sibling(t->path, "bak", false, backup);
  if (bfd < 0) {
    atomic_fail_sibling(err, t, errno);
    return -1;
  }
  backup_guard(bfd, &t->st);
  if (copy_fd(fd, bfd) && fsync(bfd) == 0)
    return bfd;
  atomic_fail(err, t, errno);
  close(bfd);
  unlink(*backup);
  free(*backup);
  *backup = NULL;
  return -1;
}

bool atomic_in_place(const struct atomic_target *t, const struct atomic_data *d, struct strbuf *err)
{
  int fd = open(t->path, O_RDWR | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    atomic_fail(err, t, errno);
    return false;
  }
  bool ok = same_file(fd, &t->st);
  char *backup = NULL;
  int bfd = ok ? make_backup(fd, t, &backup, err) : -1;
  if (!ok)
    fail_changed(err, t);
  ok = bfd >= 0 && overwrite(fd, d);
  int e = errno;
  if (ok)
    unlink(backup);
  else if (bfd >= 0)
    restore(fd, bfd, backup, t, e, err);
  if (bfd >= 0)
    close(bfd);
  free(backup);
  if (close(fd) != 0 && ok) {
    atomic_fail(err, t, errno);
    ok = false;
  }
  return ok;
}

/* Syncs what was written; devices, pipes and terminals that cannot sync are fine. */
static bool sync_direct(int fd, bool regular)
{
  if (fsync(fd) == 0)
    return true;
  return !regular && (errno == EINVAL || errno == EROFS || errno == ENOTSUP || errno == ENOTTY);
}

/* Opens what atomic_direct writes; with no_wait a FIFO without a reader fails at once (ENXIO)
   and the descriptor is put back to blocking writes afterwards. -1 with errno set. */
static int open_direct(const struct atomic_target *t, bool no_wait)
{
  int extra = no_wait ? O_NONBLOCK : 0;
  int fd = t->magic ? open(t->shown, O_WRONLY | O_NOCTTY | O_CLOEXEC | extra)
                    : open(t->path, O_WRONLY | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC | extra);
  if (fd >= 0 && no_wait) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
      int e = errno;
      close(fd);
      errno = e;
      return -1;
    }
  }
  return fd;
}

bool atomic_direct(const struct atomic_target *t, const struct atomic_data *d, unsigned flags, struct strbuf *err)
{
  bool regular = S_ISREG(t->st.st_mode);
  int fd = open_direct(t, flags & ATOMIC_NO_WAIT);
  if (fd < 0 && errno == ENXIO && S_ISFIFO(t->st.st_mode)) {
    sb_printf(err, _("%s: is a named pipe (FIFO) and no program is reading it; start the reader first or "
                     "remove the pipe, nothing was written"), t->shown);
    return false;
  }
  if (fd < 0) {
    atomic_fail(err, t, errno);
    return false;
  }
  if (!same_file(fd, &t->st)) {
    fail_changed(err, t);
    close(fd);
    return false;
  }
  bool ok = (!regular || ftruncate(fd, 0) == 0) && atomic_write_all(fd, d->bytes, d->len) && sync_direct(fd, regular);
  int e = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    e = errno;
  }
  if (!ok)
    sb_printf(err, _("%s: cannot write: %s"), t->shown, strerror(e));
  return ok;
}

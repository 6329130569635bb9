/* Output files of the commands: never the input itself, never a file open in the wizard. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"
#include "lock.h"
#include "outfile.h"

bool outfile_is_input(const char *in, const char *out) { return atomic_same_file(in, out); }

/* True when the directory holding path cannot be written or does not exist: no lock and no file can
   be made there. */
static bool dir_unwritable(const char *path)
{
  char *dir = atomic_dir_of(path);
  bool ro = access(dir, W_OK) != 0 && (errno == EACCES || errno == EROFS || errno == ENOENT || errno == ENOTDIR);
  free(dir);
  return ro;
}

bool outfile_lock(const char *path, struct strbuf *err)
{
  struct lock_info who;
  size_t before = err->len;
  enum lock_result r = lock_acquire(path, &who, err);
  if (r == LOCK_FAILED && dir_unwritable(path)) {
    /* nobody can hold a lock there and the save cannot happen either: atomic_write says why */
    if (err->s)
      err->s[err->len = before] = '\0';
    return true;
  }
  if (r == LOCK_HELD)
    sb_printf(err, _("%s: is being edited by %s on %s (process %ld); close it there first, nothing was written"),
              path, who.user, who.host, who.pid);
  return r == LOCK_TAKEN;
}

void outfile_unlock(const char *path) { lock_release(path); }

/* False with "PATH: message" in err when path is open in the wizard (a live FILE.lock). */
static bool not_held(const char *path, struct strbuf *err)
{
  char *lockfile = lock_path(path);
  struct lock_info who;
  bool held = lock_read(lockfile, &who) && !lock_is_stale(&who);
  free(lockfile);
  if (held)
    sb_printf(err, _("%s: is being edited by %s on %s (process %ld); close it there first, nothing was written"),
              path, who.user, who.host, who.pid);
  return !held;
}

bool outfile_may_write(const char *path, struct strbuf *err)
{
  return atomic_may_write(path, NULL, ATOMIC_DEFAULT, err) && not_held(path, err);
}

/* True when path (followed) still names the file open on fd: no one swapped a link in since. */
static bool still_named(int fd, const char *path, struct stat *st)
{
  struct stat now;
  return fstat(fd, st) == 0 && stat(path, &now) == 0 && now.st_dev == st->st_dev && now.st_ino == st->st_ino;
}

char *outfile_read_input(const char *path, size_t *len, mode_t *mode, struct strbuf *err)
{
  /* checked before opening too: opening a device another user's link leads to may act on it */
  if (!atomic_check(path, ATOMIC_READING, err))
    return NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    read_file_error(err, path, errno);
    return NULL;
  }
  struct stat st;
  char *data = NULL;
  if (!atomic_check(path, ATOMIC_READING, err))
    ; /* a link planted between the check and the open */
  else if (!still_named(fd, path, &st))
    sb_printf(err, _("%s: was replaced by another file while being opened; check who changes it and try "
                     "again, nothing was written"), path);
  else if (!(data = read_whole_fd(fd, len)))
    read_file_error(err, path, errno);
  else
    *mode = st.st_mode & 07777;
  close(fd);
  return data;
}

bool outfile_may_render(const char *path, struct strbuf *err)
{
  char *real = realpath(path, NULL);
  bool document = str_has_suffix(path, ".seloste") || (real && str_has_suffix(real, ".seloste"));
  free(real);
  if (document) {
    sb_printf(err, _("%s: is named like a seloste document; a rendering goes in a file ending in .txt, .md "
                     "or .html, nothing was written"), path);
    return false;
  }
  return not_held(path, err);
}

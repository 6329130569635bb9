/* Atomic file replacement: temp file, fsync, rename, fsync directory. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"

/* The file a path really names (following a symlink), so that saving keeps the link. */
static char *resolve_target(const char *path)
{
  struct stat st;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
    char *real = realpath(path, NULL);
    if (real)
      return real;
  }
  return xstrdup(path);
}

/* Mode for the new file: the old file's, or 0666 less the umask. */
static mode_t target_mode(const char *path)
{
  struct stat st;
  if (stat(path, &st) == 0)
    return st.st_mode & 07777;
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

/* fsyncs the directory holding path, so that the rename itself is on disk. */
static bool sync_dir(const char *path)
{
  char *copy = xstrdup(path);
  int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  free(copy);
  if (fd < 0)
    return false;
  bool ok = fsync(fd) == 0 || errno == EINVAL;
  close(fd);
  return ok;
}

/* Writes, flushes and syncs the temp file; sets errno on failure. */
static bool fill_temp(int fd, atomic_writer write, void *ctx)
{
  FILE *fp = fdopen(fd, "w");
  if (!fp) {
    close(fd);
    return false;
  }
  errno = 0;
  bool ok = write(fp, ctx);
  ok = fflush(fp) == 0 && ok && !ferror(fp);
  int e = errno ? errno : EIO;
  ok = ok && fsync(fileno(fp)) == 0;
  if (!ok)
    e = errno ? errno : e;
  if (fclose(fp) != 0 && ok) {
    ok = false;
    e = errno;
  }
  errno = e;
  return ok;
}

/* Refuses a path that flags forbid (a link under ATOMIC_NO_LINKS, someone else's file under
   ATOMIC_PRIVATE); true when writing may go on. */
static bool allowed(const char *path, unsigned flags, struct strbuf *err)
{
  struct stat st;
  if (lstat(path, &st) != 0)
    return true;
  if ((flags & ATOMIC_NO_LINKS) && S_ISLNK(st.st_mode)) {
    sb_printf(err, _("%s: is a symbolic link; links are not followed here, nothing was written"), path);
    return false;
  }
  if ((flags & ATOMIC_PRIVATE) && (!S_ISREG(st.st_mode) || st.st_uid != geteuid())) {
    sb_printf(err, _("%s: is not a file of yours; remove it and try again, nothing was written"), path);
    return false;
  }
  return true;
}

bool atomic_write(const char *path, atomic_writer write, void *ctx, unsigned flags, struct strbuf *err)
{
  if (!allowed(path, flags, err))
    return false;
  char *target = resolve_target(path);
  char *copy = xstrdup(target), *copy2 = xstrdup(target);
  char *tmp = xasprintf("%s/.%s.XXXXXX", dirname(copy), basename(copy2));
  free(copy);
  free(copy2);
  mode_t mode = (flags & ATOMIC_PRIVATE) ? 0600 : target_mode(target);
  int fd = mkostemp(tmp, O_CLOEXEC);
  bool ok = fd >= 0 && fchmod(fd, mode) == 0;
  if (fd >= 0)
    ok = ok ? fill_temp(fd, write, ctx) : (close(fd), false);
  ok = ok && rename(tmp, target) == 0;
  int e = errno;
  if (!ok) {
    if (fd >= 0)
      unlink(tmp);
    sb_printf(err, _("%s: cannot save: %s; the previous version of the file is kept"), path,
              strerror(e ? e : EIO));
  } else if (!sync_dir(target)) {
    sb_printf(err, _("%s: saved, but the directory could not be synced: %s"), path, strerror(errno));
    ok = false;
  }
  free(tmp);
  free(target);
  return ok;
}

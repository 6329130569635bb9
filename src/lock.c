/* Lock files created with O_EXCL; a lock whose process died on this host is cleared safely. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"
#include "lock.h"
#include "safefile.h"

/* What reading a lock file found. */
enum lock_read_result { LOCK_READ_OK, LOCK_READ_MISSING, LOCK_READ_EMPTY, LOCK_READ_FOREIGN };

char *lock_path(const char *doc_path)
{
  struct stat st;
  char *real = lstat(doc_path, &st) == 0 && S_ISLNK(st.st_mode) ? realpath(doc_path, NULL) : NULL;
  char *lock = xasprintf("%s.lock", real ? real : doc_path);
  free(real);
  return lock;
}

void lock_self(struct lock_info *info)
{
  memset(info, 0, sizeof *info);
  const char *user = getenv("USER");
  struct passwd *pw = getpwuid(getuid());
  if (pw && pw->pw_name)
    user = pw->pw_name;
  snprintf(info->user, sizeof info->user, "%s", user ? user : "?");
  if (gethostname(info->host, sizeof info->host - 1) != 0)
    strcpy(info->host, "?");
  info->pid = (long)getpid();
  info->since = time(NULL);
}

/* The lock file's text: one "key=value" per line. */
static char *lock_format(const struct lock_info *info)
{
  return xasprintf("user=%s\nhost=%s\npid=%ld\nsince=%lld\n", info->user, info->host, info->pid,
                   (long long)info->since);
}

/* Parses the "key=value" lines of a lock file into info. */
static void lock_parse(FILE *fp, struct lock_info *info)
{
  char line[256];
  long long since = 0;
  while (fgets(line, sizeof line, fp)) {
    line[strcspn(line, "\n")] = '\0';
    if (strncmp(line, "user=", 5) == 0)
      snprintf(info->user, sizeof info->user, "%.63s", line + 5);
    else if (strncmp(line, "host=", 5) == 0)
      snprintf(info->host, sizeof info->host, "%.250s", line + 5);
    else if (strncmp(line, "pid=", 4) == 0)
      info->pid = strtol(line + 4, NULL, 10);
    else if (strncmp(line, "since=", 6) == 0)
      since = strtoll(line + 6, NULL, 10);
  }
  info->since = (time_t)since;
}

/* Reads a lock file without following a link or opening a FIFO; *st gets the file's owner and
   identity. LOCK_READ_FOREIGN: a link or not a regular file (errno ELOOP/EPERM). */
static enum lock_read_result lock_read_safely(const char *lockfile, struct lock_info *info, struct stat *st)
{
  memset(info, 0, sizeof *info);
  struct strbuf why = { 0 };
  int fd = safefile_open(lockfile, false, st, &why);
  sb_free(&why);
  if (fd < 0)
    return errno == ENOENT ? LOCK_READ_MISSING : errno == ELOOP || errno == EPERM ? LOCK_READ_FOREIGN
                                                                                 : LOCK_READ_EMPTY;
  FILE *fp = fdopen(fd, "r");
  if (!fp) {
    close(fd);
    return LOCK_READ_EMPTY;
  }
  lock_parse(fp, info);
  fclose(fp);
  return info->pid > 0 ? LOCK_READ_OK : LOCK_READ_EMPTY;
}

bool lock_read(const char *lockfile, struct lock_info *info)
{
  struct stat st;
  return lock_read_safely(lockfile, info, &st) == LOCK_READ_OK;
}

bool lock_is_stale(const struct lock_info *info)
{
  struct lock_info me;
  lock_self(&me);
  if (strcmp(me.host, info->host) != 0 || info->pid <= 0)
    return false; /* another machine's process: we cannot tell, so it is not stale */
  return kill((pid_t)info->pid, 0) != 0 && errno == ESRCH;
}

/* Creates the lock file with O_EXCL (never through a link) and syncs it; false with errno set
   when it exists or fails. */
static bool lock_create(const char *lockfile, const struct lock_info *me)
{
  int fd = open(lockfile, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0)
    return false;
  char *text = lock_format(me);
  size_t n = strlen(text);
  errno = 0;
  bool ok = write(fd, text, n) == (ssize_t)n && fsync(fd) == 0;
  if (!ok && errno == 0)
    errno = ENOSPC; /* a short write: the disk filled up */
  free(text);
  if (close(fd) != 0 || !ok) {
    int e = errno;
    unlink(lockfile);
    errno = e;
    return false;
  }
  return true;
}

/* Clears a stale lock: renamed aside first, so that of two clearers only one removes it. */
static void lock_clear_stale(const char *lockfile, const struct lock_info *stale)
{
  char *aside = xasprintf("%s.stale.%ld", lockfile, (long)getpid());
  struct lock_info again;
  if (rename(lockfile, aside) == 0) {
    if (lock_read(aside, &again) && again.pid == stale->pid && strcmp(again.host, stale->host) == 0)
      unlink(aside);
    else if (link(aside, lockfile) == 0) /* a live lock slipped in: put it back */
      unlink(aside);
  }
  free(aside);
}

/* Says why the lock file in the way cannot be used, for LOCK_FAILED. */
static void lock_foreign(const char *lockfile, struct strbuf *err)
{
  sb_printf(err, _("%s: is not a lock file of seloste but a symbolic link, a special file or another "
                   "name for the document; it is not used. Ask the administrator to remove it."), lockfile);
}

/* Says why the lock file could not be created; a folder the user cannot write is named as such. */
static void lock_fail_create(const char *lockfile, int e, struct strbuf *err)
{
  char *dir = atomic_dir_of(lockfile);
  if ((e == EACCES || e == EROFS) && access(dir, W_OK) != 0)
    sb_printf(err, _("%s: cannot create the lock file: the folder %s is not writable (%s). seloste keeps "
                     "a lock file and your unsaved work beside the document: ask for write access to the "
                     "folder, or copy the document to a folder of your own and open the copy"),
              lockfile, dir, strerror(e));
  else
    sb_printf(err, _("%s: cannot create the lock file: %s"), lockfile, strerror(e));
  free(dir);
}

enum lock_result lock_acquire(const char *doc_path, struct lock_info *holder, struct strbuf *err)
{
  char *lockfile = lock_path(doc_path);
  struct lock_info me;
  lock_self(&me);
  memset(holder, 0, sizeof *holder);
  enum lock_result r = LOCK_FAILED;
  char *dir = atomic_dir_of(lockfile);
  bool dir_ok = atomic_check(dir, ATOMIC_DEFAULT, err); /* no planted directory link on the way */
  free(dir);
  for (int attempt = 0; dir_ok && attempt < 2; attempt++) {
    if (lock_create(lockfile, &me)) {
      r = LOCK_TAKEN;
      break;
    }
    if (errno != EEXIST && errno != ELOOP) {
      lock_fail_create(lockfile, errno, err);
      break;
    }
    struct stat st;
    enum lock_read_result got = lock_read_safely(lockfile, holder, &st);
    if (got == LOCK_READ_FOREIGN || atomic_same_file(lockfile, doc_path)) {
      lock_foreign(lockfile, err);
      break;
    }
    if (got == LOCK_READ_MISSING) /* released meanwhile: try again */
      continue;
    if (got != LOCK_READ_OK || !lock_is_stale(holder)) {
      if (holder->pid <= 0) /* empty or unreadable: being written right now */
        snprintf(holder->user, sizeof holder->user, "?");
      r = LOCK_HELD;
      break;
    }
    lock_clear_stale(lockfile, holder);
  }
  if (r == LOCK_FAILED && !err->len)
    sb_printf(err, _("%s: cannot take the lock"), lockfile);
  free(lockfile);
  return r;
}

void lock_release(const char *doc_path)
{
  char *lockfile = lock_path(doc_path);
  struct lock_info info;
  struct stat st;
  if (lock_read_safely(lockfile, &info, &st) == LOCK_READ_OK && info.pid == (long)getpid() &&
      st.st_uid == geteuid())
    unlink(lockfile);
  free(lockfile);
}

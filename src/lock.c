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

/* The lock file this process wrote last and what it wrote there, to know its own lock again
   (pid, host and user alone would also take a leftover lock naming a reused pid for ours). */
static char *lock_mine_file;
static struct lock_info lock_mine;

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

/* Reads the fields of /proc/PID/stat after the command name into *tty_nr and *start_ticks; false
   when the process is gone or /proc cannot be read. */
static bool lock_proc_stat(long pid, long *tty_nr, unsigned long long *start_ticks)
{
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%ld/stat", pid);
  FILE *fp = fopen(path, "r");
  if (!fp)
    return false;
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = '\0';
  char *p = strrchr(buf, ')'); /* the command name may hold spaces and parentheses */
  int tty = 0;
  return p && sscanf(p + 1, " %*c %*d %*d %*d %d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
                     &tty, start_ticks) == 2 && ((*tty_nr = tty), true);
}

/* Seconds since the epoch at which the system booted ("btime" in /proc/stat), or 0. */
static long long lock_boot_time(void)
{
  FILE *fp = fopen("/proc/stat", "r");
  char line[256];
  long long btime = 0;
  while (fp && fgets(line, sizeof line, fp))
    if (sscanf(line, "btime %lld", &btime) == 1)
      break;
  if (fp)
    fclose(fp);
  return btime;
}

/* True when the process pid started after the lock was taken (plus a second for rounding): the
   pid was given to another program after the holder ended. False when it cannot be told. */
static bool lock_pid_reused(const struct lock_info *info)
{
  long tty;
  unsigned long long ticks;
  long long boot = lock_boot_time();
  long hz = sysconf(_SC_CLK_TCK);
  if (info->since <= 0 || boot <= 0 || hz <= 0 || !lock_proc_stat(info->pid, &tty, &ticks))
    return false;
  return boot + (long long)(ticks / (unsigned long long)hz) > (long long)info->since + 1;
}

bool lock_is_stale(const struct lock_info *info)
{
  struct lock_info me;
  lock_self(&me);
  if (strcmp(me.host, info->host) != 0 || info->pid <= 0)
    return false; /* another machine's process: we cannot tell, so it is not stale */
  if (kill((pid_t)info->pid, 0) != 0 && errno == ESRCH)
    return true;
  return lock_pid_reused(info);
}

/* True when the terminal device tty_nr (as in /proc/PID/stat) is a pseudo-terminal whose
   /dev/pts entry is gone (the SSH session or terminal window that owned it closed). */
static bool lock_tty_gone(long tty_nr)
{
  unsigned major = ((unsigned long)tty_nr >> 8) & 0xfff;
  unsigned minor = ((unsigned long)tty_nr & 0xff) | (((unsigned long)tty_nr >> 12) & 0xfff00);
  if (major < 136 || major > 143) /* not a Unix98 pty: a console or serial line stays */
    return false;
  char path[64];
  snprintf(path, sizeof path, "/dev/pts/%u", minor + (major - 136) * 256);
  struct stat st;
  return stat(path, &st) != 0 || !S_ISCHR(st.st_mode);
}

/* True when the holder is a running process of this user on this host without a terminal. */
static bool lock_orphaned(const struct lock_info *info, const struct lock_info *me)
{
  char path[64];
  struct stat st;
  long tty;
  unsigned long long ticks;
  snprintf(path, sizeof path, "/proc/%ld", info->pid);
  if (strcmp(info->user, me->user) != 0 || stat(path, &st) != 0 || st.st_uid != getuid() ||
      !lock_proc_stat(info->pid, &tty, &ticks))
    return false;
  return tty == 0 || lock_tty_gone(tty);
}

enum lock_holder lock_holder_state(const struct lock_info *info)
{
  struct lock_info me;
  lock_self(&me);
  if (info->pid <= 0)
    return LOCK_HOLDER_EMPTY;
  if (strcmp(me.host, info->host) != 0)
    return LOCK_HOLDER_OTHER_HOST;
  if (lock_is_stale(info))
    return LOCK_HOLDER_GONE;
  return lock_orphaned(info, &me) ? LOCK_HOLDER_ORPHANED : LOCK_HOLDER_RUNNING;
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
  str_set(&lock_mine_file, lockfile);
  lock_mine = *me;
  return true;
}

/* True when two lock records name the same holder (both empty counts as the same). */
static bool lock_same(const struct lock_info *a, const struct lock_info *b)
{
  if (a->pid <= 0 && b->pid <= 0)
    return true;
  return a->pid == b->pid && a->since == b->since && strcmp(a->host, b->host) == 0 &&
         strcmp(a->user, b->user) == 0;
}

/* Removes the lock file when it still names old: renamed aside first, so that of two clearers only
   one removes it, and a lock that slipped in meanwhile is put back. True when removed. */
static bool lock_clear_if(const char *lockfile, const struct lock_info *old)
{
  char *aside = xasprintf("%s.stale.%ld", lockfile, (long)getpid());
  struct lock_info again;
  struct stat st;
  bool cleared = false;
  if (rename(lockfile, aside) == 0) {
    enum lock_read_result got = lock_read_safely(aside, &again, &st);
    if (got != LOCK_READ_FOREIGN && lock_same(&again, old)) {
      unlink(aside);
      cleared = true;
    } else if (link(aside, lockfile) == 0) { /* a live lock slipped in: put it back */
      unlink(aside);
    }
  }
  free(aside);
  return cleared;
}

/* Clears a stale lock. */
static void lock_clear_stale(const char *lockfile, const struct lock_info *stale)
{
  lock_clear_if(lockfile, stale);
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

enum lock_result lock_take_over(const char *doc_path, const struct lock_info *old, struct lock_info *holder,
                                struct strbuf *err)
{
  char *lockfile = lock_path(doc_path);
  struct lock_info me;
  lock_self(&me);
  enum lock_result r = LOCK_HELD;
  struct stat st;
  errno = 0;
  bool cleared = lock_clear_if(lockfile, old);
  int e = errno;
  if (!cleared && lock_read_safely(lockfile, holder, &st) == LOCK_READ_MISSING)
    cleared = true; /* released meanwhile */
  if (cleared && lock_create(lockfile, &me))
    r = LOCK_TAKEN;
  else if (cleared && errno != EEXIST)
    r = LOCK_FAILED, lock_fail_create(lockfile, errno, err);
  else if (!cleared && lock_same(holder, old) && e != 0)
    r = LOCK_FAILED, sb_printf(err, _("%s: cannot take over the lock: %s"), lockfile, strerror(e));
  if (r == LOCK_HELD)
    lock_read_safely(lockfile, holder, &st); /* someone else took it meanwhile */
  free(lockfile);
  return r;
}

/* True when info, read from lockfile owned by uid, is the lock this process wrote: its pid and
   host, owned by the effective user, and, when this process wrote that file, the very record. */
static bool lock_is_mine(const char *lockfile, const struct lock_info *info, uid_t uid)
{
  struct lock_info me;
  lock_self(&me);
  if (info->pid != me.pid || strcmp(info->host, me.host) != 0 || uid != geteuid())
    return false;
  return !lock_mine_file || strcmp(lock_mine_file, lockfile) != 0 || lock_same(info, &lock_mine);
}

enum lock_owner lock_still_ours(const char *doc_path, struct lock_info *now, struct strbuf *err)
{
  char *lockfile = lock_path(doc_path);
  struct stat st;
  enum lock_read_result got = lock_read_safely(lockfile, now, &st);
  enum lock_owner r = LOCK_OWNER_OTHER; /* an empty one too: someone is taking it over right now */
  if (got == LOCK_READ_MISSING)
    r = LOCK_OWNER_GONE;
  else if (got == LOCK_READ_FOREIGN)
    r = LOCK_OWNER_FAILED, lock_foreign(lockfile, err);
  else if (got == LOCK_READ_OK && lock_is_mine(lockfile, now, st.st_uid))
    r = LOCK_OWNER_OURS;
  free(lockfile);
  return r;
}

void lock_release(const char *doc_path)
{
  char *lockfile = lock_path(doc_path);
  struct lock_info info;
  struct stat st;
  if (lock_read_safely(lockfile, &info, &st) == LOCK_READ_OK && lock_is_mine(lockfile, &info, st.st_uid))
    lock_clear_if(lockfile, &info); /* renamed aside first: a lock taken over meanwhile stays */
  if (lock_mine_file && strcmp(lock_mine_file, lockfile) == 0) {
    free(lock_mine_file);
    lock_mine_file = NULL;
  }
  free(lockfile);
}

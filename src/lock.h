/* The lock file beside a document: who has it open, so a second person is told instead of clobbering. */
#ifndef SELOSTE_LOCK_H
#define SELOSTE_LOCK_H

#include <stdbool.h>
#include <time.h>
#include "util.h"

/* Who holds a lock. */
struct lock_info {
  char user[64];
  char host[256];
  long pid;
  time_t since;
};

/* Outcome of taking a lock. */
enum lock_result { LOCK_TAKEN, LOCK_HELD, LOCK_FAILED };

/* Path of the lock file of a document: "FILE.lock", where FILE is the file a symbolic link leads to
   (so that two people opening one document by its name and through a link share one lock; hard
   links have no common name and are not covered). The caller frees. */
char *lock_path(const char *doc_path);
/* Takes the lock: creates FILE.lock with O_EXCL|O_NOFOLLOW, mode 0644, and fsyncs it; clears a stale
   one. LOCK_HELD fills holder; LOCK_FAILED appends the reason to err, also when the lock path holds
   a symbolic link or a special file (never followed: someone may have planted it). */
enum lock_result lock_acquire(const char *doc_path, struct lock_info *holder, struct strbuf *err);
/* Removes the lock if this process holds it: its pid and host, owned by the effective user, and the
   very record this process wrote there (another session that took the lock over keeps it, also
   when it does so while this one is releasing). */
void lock_release(const char *doc_path);
/* Whether the lock of a document is still the one this process took. */
enum lock_owner {
  LOCK_OWNER_OURS,  /* the lock file holds what this process wrote (see lock_release) */
  LOCK_OWNER_OTHER, /* someone else's: another session took it over ("edit anyway"); an empty or
                       unreadable lock also counts (now->pid is then 0) */
  LOCK_OWNER_GONE,  /* the lock file was removed */
  LOCK_OWNER_FAILED /* a symbolic link or special file is in its place: the reason goes to err */
};
/* Tells whether the lock of doc_path is still this process's own; now gets the holder the lock
   file names (zeroed when none). Reads the file without following a link or opening a FIFO. */
enum lock_owner lock_still_ours(const char *doc_path, struct lock_info *now, struct strbuf *err);
/* Reads a lock file without following a link or opening a FIFO or device; false when it is
   missing, unreadable, not a regular file, or names no process. */
bool lock_read(const char *lockfile, struct lock_info *info);
/* What can be told about a lock's holder. */
enum lock_holder {
  LOCK_HOLDER_EMPTY,      /* the lock file is empty or unreadable: no holder named */
  LOCK_HOLDER_OTHER_HOST, /* a process on another computer: whether it runs cannot be told */
  LOCK_HOLDER_GONE,       /* stale: see lock_is_stale */
  LOCK_HOLDER_RUNNING,    /* a running process on this host with its terminal, or another user's */
  LOCK_HOLDER_ORPHANED,   /* a running process of this user on this host whose terminal is gone */
};

/* True when the holder is a process on this host that no longer runs, or whose pid now belongs to
   a program started after the lock was taken (start time from /proc/PID/stat field 22 and the
   boot time "btime" of /proc/stat later than the lock's since + 1 s: the pid was reused). A lock
   without a time (since <= 0) or a /proc that cannot be read is never judged by start time. */
bool lock_is_stale(const struct lock_info *info);
/* Classifies a lock's holder. Orphaned means: the lock's user is this user, its host this host,
   the process runs, /proc/PID is owned by this user, and the process has no controlling terminal
   (tty_nr 0 in /proc/PID/stat, as after an SSH hang-up or setsid) or its pseudo-terminal
   /dev/pts/N no longer exists. */
enum lock_holder lock_holder_state(const struct lock_info *info);
/* Replaces the lock held by old (as lock_acquire reported it) by this process's own, only if the
   lock file still names old. LOCK_HELD when someone else took it meanwhile (holder gets them);
   LOCK_FAILED with the reason in err. The old holder is not stopped or told. */
enum lock_result lock_take_over(const char *doc_path, const struct lock_info *old, struct lock_info *holder,
                                struct strbuf *err);
/* This process's identity as a lock holder. */
void lock_self(struct lock_info *info);

#endif

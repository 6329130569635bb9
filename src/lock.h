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
/* Removes the lock if this process holds it (its pid, owned by the effective user). */
void lock_release(const char *doc_path);
/* Reads a lock file without following a link or opening a FIFO or device; false when it is
   missing, unreadable, not a regular file, or names no process. */
bool lock_read(const char *lockfile, struct lock_info *info);
/* True when the holder is a process on this host that no longer runs. */
bool lock_is_stale(const struct lock_info *info);
/* This process's identity as a lock holder. */
void lock_self(struct lock_info *info);

#endif

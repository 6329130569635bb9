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

/* Path of the lock file of a document ("FILE.lock"); the caller frees. */
char *lock_path(const char *doc_path);
/* Takes the lock (O_EXCL), clearing a stale one; LOCK_HELD fills holder, LOCK_FAILED fills err. */
enum lock_result lock_acquire(const char *doc_path, struct lock_info *holder, struct strbuf *err);
/* Removes the lock if this process holds it. */
void lock_release(const char *doc_path);
/* Reads a lock file; false when it is missing or unreadable. */
bool lock_read(const char *lockfile, struct lock_info *info);
/* True when the holder is a process on this host that no longer runs. */
bool lock_is_stale(const struct lock_info *info);
/* This process's identity as a lock holder. */
void lock_self(struct lock_info *info);

#endif

/* The recovery file beside a document: unsaved work, written often and on hang-up. */
#ifndef SELOSTE_RECOVERY_H
#define SELOSTE_RECOVERY_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>
#include "doc.h"
#include "util.h"

/* The promise: a change older than 2 s is in the recovery file. It is written this many
   milliseconds after the last change (typing paused)... */
#define RECOVERY_IDLE_MS 1000
/* ...and, while changes keep coming, at the latest this many milliseconds after the oldest change
   not yet in the file; the rest of the 2 s is the margin for writing and syncing it. */
#define RECOVERY_MAX_AGE_MS 1500

/* A file's identity and version, to notice that it changed on disk. */
struct filestamp {
  bool exists;
  dev_t dev;
  ino_t ino;
  off_t size;
  struct timespec mtime;
};

/* What lies at a document's recovery path. */
enum recovery_state {
  RECOVERY_NONE,    /* nothing, or an empty file of the user's own */
  RECOVERY_FOUND,   /* a non-empty regular file of the user's own: unsaved work */
  RECOVERY_FOREIGN, /* someone else's file, a symbolic link or a special file: never read or written */
};

/* Path of a document's recovery file ("FILE.recovery"); the caller frees. */
char *recovery_path(const char *doc_path);
/* Looks at the recovery file without following a link. RECOVERY_FOUND sets *saved (if not NULL)
   to its modification time; RECOVERY_FOREIGN appends to why (if not NULL) a sentence naming the
   file and its owner. */
enum recovery_state recovery_state(const char *doc_path, time_t *saved, struct strbuf *why);
/* Writes the document as the recovery file, atomically, mode 0600, never through a link nor over
   someone else's file (a full disk leaves no file behind); false with the reason in err. */
bool recovery_write(const struct doc *d, const char *doc_path, struct strbuf *err);
/* True when recovery_state is RECOVERY_FOUND; *saved gets the time it was written. */
bool recovery_exists(const char *doc_path, time_t *saved);
/* Loads the recovery file (only a regular file of the user's own, opened with O_NOFOLLOW), or
   NULL with the reason in err. */
struct doc *recovery_load(const char *doc_path, struct strbuf *err);
/* Removes the recovery file when it is the user's own regular file (after a save, or when the
   person declines it); anything else is left alone. */
void recovery_remove(const char *doc_path);
/* Keeps the user's own recovery file for later: renames it to "FILE.recovery.N", the first N
   from 1 not taken (an earlier one is never replaced). Returns the new name (caller frees), or
   NULL with the reason in err, the file left where it was. */
char *recovery_set_aside(const char *doc_path, struct strbuf *err);
/* True when the recovery file was last written before the document was last saved (modification
   times, to the nanosecond); then *rec_time and *doc_time get both times. */
bool recovery_is_older(const char *doc_path, time_t *rec_time, time_t *doc_time);
/* Milliseconds of a monotonic clock; never 0, so 0 can mean "no time". */
long long recovery_clock_ms(void);
/* Milliseconds until the recovery file is due, for changes not yet in it from oldest to newest
   (clock ms, oldest 0: none): -1 when nothing is pending, 0 when due now. */
long recovery_wait_ms(long long oldest, long long newest, long long now);
/* Records path's current identity and modification time. */
void filestamp_take(const char *path, struct filestamp *fs);
/* True when path is still the same version as stamp. */
bool filestamp_unchanged(const char *path, const struct filestamp *stamp);

#endif

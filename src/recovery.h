/* The recovery file beside a document: unsaved work, written often and on hang-up. */
#ifndef SELOSTE_RECOVERY_H
#define SELOSTE_RECOVERY_H

#include <stdbool.h>
#include <sys/types.h>
#include <time.h>
#include "doc.h"
#include "util.h"

/* Seconds after a change by which the recovery file is written. */
#define RECOVERY_DELAY 2

/* A file's identity and version, to notice that it changed on disk. */
struct filestamp {
  bool exists;
  dev_t dev;
  ino_t ino;
  off_t size;
  struct timespec mtime;
};

/* Path of a document's recovery file ("FILE.recovery"); the caller frees. */
char *recovery_path(const char *doc_path);
/* Writes the document as the recovery file, atomically and readable by the owner only. */
bool recovery_write(const struct doc *d, const char *doc_path, struct strbuf *err);
/* True when a recovery file exists; *saved gets the time it was written. */
bool recovery_exists(const char *doc_path, time_t *saved);
/* Loads the recovery file, or NULL with the reason in err. */
struct doc *recovery_load(const char *doc_path, struct strbuf *err);
/* Removes the recovery file (after a save, or when the person declines it). */
void recovery_remove(const char *doc_path);
/* True when the oldest change not yet in the recovery file, made at changed_at (0: none), is due. */
bool recovery_due(time_t changed_at, time_t now);
/* Records path's current identity and modification time. */
void filestamp_take(const char *path, struct filestamp *fs);
/* True when path is still the same version as stamp. */
bool filestamp_unchanged(const char *path, const struct filestamp *stamp);

#endif

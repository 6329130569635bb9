/* Inside atomic_write: what the output path names, and the ways of writing it. Not for other modules. */
#ifndef SELOSTE_ATOMIC_IMPL_H
#define SELOSTE_ATOMIC_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include "util.h"

/* The file atomic_write will write, found by atomic_resolve. */
struct atomic_target {
  const char *shown; /* the path as the caller gave it, for messages (not owned) */
  char *path;        /* the file itself: shown, or where its symlinks end (owned; free with atomic_target_free) */
  bool exists;       /* st describes the file; false for a new file (or a dangling link's target) */
  bool magic;        /* reached through a link whose text does not name it (/proc/PID/fd/N): open shown */
  struct stat st;    /* the file, following links; valid when exists */
};

/* The finished content, made in memory before anything on disk is touched. */
struct atomic_data {
  const char *bytes;
  size_t len;
};

/* Finds the file path names, walking it one component at a time and following only the symbolic
   links the rules allow, in every component: links owned by the user, by root or by the owner of the
   directory holding them; in the last component none with ATOMIC_NO_LINKS or ATOMIC_PRIVATE (which
   also wants a regular file of the user's). Refuses as well the file keep itself under another name
   (keep NULL: no such check) and another user's file in a world-writable sticky directory. False
   with "PATH: message" in err when the path is refused or cannot be examined; nothing is written. */
bool atomic_resolve(const char *path, unsigned flags, const char *keep, struct atomic_target *t,
                    struct strbuf *err);
/* The path of the file path names with no symbolic link left in it, walked as atomic_resolve does
   (caller frees; it may not exist), or NULL with err filled when a link is refused. */
char *atomic_walk(const char *path, unsigned flags, struct strbuf *err);
/* Frees what atomic_resolve allocated. */
void atomic_target_free(struct atomic_target *t);

/* Removes this process's user's stale temp files of target (".NAME.seloste-tmp.XXXXXX" beside it):
   regular, owned by the euid, one link, and not locked by a writer. Never follows links; silent. */
void atomic_clean_stale(const char *target);
/* As atomic_clean_stale for each of the files named bases[0..count) (names without a directory, sorted
   by strcmp) in directory dir, reading the directory once. Temp names, ".NAME.seloste-tmp.XXXXXX" with
   six characters of mkstemp's alphabet, are names only seloste makes; backups (".seloste-bak.") are never
   removed: after a crash one may hold the only whole copy. */
void atomic_clean_stale_in(const char *dir, const char *const *bases, size_t count);
/* Creates a new file beside target named ".NAME.seloste-KIND.XXXXXX" (kind "tmp" for temp files,
   "bak" for backups: names no other program uses, so only seloste's are cleaned); mode 0600; returns its fd
   and sets *name (caller frees), or -1 with errno set. With locked, the fd holds an exclusive
   flock that stale-temp cleaners respect, and the name is checked to still be the file. */
int atomic_sibling(const char *target, const char *kind, bool locked, char **name);
/* Writes all len bytes at the fd's offset; false with errno set. */
bool atomic_write_all(int fd, const char *bytes, size_t len);

/* Writes an existing regular file in place, after a backup copy beside it that is removed on
   success and restored from on failure (keeps owner, group, ACLs and hard links). False with a
   message in err. */
bool atomic_in_place(const struct atomic_target *t, const struct atomic_data *d, struct strbuf *err);
/* Writes into something that is not a regular file to be replaced (a device, FIFO, pipe, terminal,
   or a file reached only through /proc/PID/fd): opened, checked to be what was examined, written.
   With ATOMIC_NO_WAIT in flags a FIFO no program is reading is refused instead of waited for. */
bool atomic_direct(const struct atomic_target *t, const struct atomic_data *d, unsigned flags, struct strbuf *err);

/* Appends "PATH: cannot save: REASON; …" saying that the old file is kept, or that nothing was
   written when there was none. */
void atomic_fail(struct strbuf *err, const struct atomic_target *t, int e);
/* Appends the message for a temp or backup file that could not be created beside the target
   (a read-only directory is named as such). */
void atomic_fail_sibling(struct strbuf *err, const struct atomic_target *t, int e);

#endif

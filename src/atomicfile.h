/* Writing a file so that it is either wholly the old or wholly the new version. */
#ifndef SELOSTE_ATOMICFILE_H
#define SELOSTE_ATOMICFILE_H

#include <stdbool.h>
#include <stdio.h>
#include "util.h"

/* Writes the content to a stream; returns false on its own failure. */
typedef bool (*atomic_writer)(FILE *fp, void *ctx);

/* How atomic_write treats the path it is given (bits, combined with |). */
enum atomic_flags {
  ATOMIC_DEFAULT = 0,
  /* The path must not be a symbolic link (restricted mode): a link is refused, nothing written. */
  ATOMIC_NO_LINKS = 1 << 0,
  /* The file is the user's own private file (recovery files): a new one gets mode 0600; an existing
     one that is not a regular file owned by the user is refused, nothing written. */
  ATOMIC_PRIVATE = 1 << 1,
  /* A FIFO that no program is reading is refused at once ("no program is reading it") instead of
     waited for without end (the wizard); without it the write blocks until a reader comes, as
     `cat > FIFO` does. */
  ATOMIC_NO_WAIT = 1 << 2,
  /* atomic_check only: the path is a file to be read (the notice seloste import reads), so a refused
     link is named as one seloste does not follow when reading. The rule is the writer's: a link is
     followed only when owned by the user, root or the directory's owner. */
  ATOMIC_READING = 1 << 3,
};

/* Writes what write puts into its stream (made in memory first) to path. A regular file is
   replaced through a temp file beside it (fsync, rename, fsync the directory) keeping its owner,
   group and mode; one with several hard links, an ACL or an owner the user cannot give away is
   written in place after a backup copy; a device, FIFO or pipe is written into. Symlinks are
   followed only when owned by the user, root or the directory's owner, in every component of the
   path; a dangling one creates its target. Another user's existing file in a world-writable sticky
   directory (/tmp) is refused, as the kernel's protected_regular/protected_fifos do. flags: enum atomic_flags. Returns false when nothing could be saved: the old file is
   then untouched (or restored from the backup, or err names the backup), and err says why
   ("PATH: message"; appended to, the caller frees it). */
bool atomic_write(const char *path, atomic_writer write, void *ctx, unsigned flags, struct strbuf *err);
/* As atomic_write, but refuses, writing nothing, when path names the regular file keep itself (same
   device and inode: a symbolic or hard link to it), so that a rendering never lands on its
   document. keep NULL: no such check. */
bool atomic_write_except(const char *path, const char *keep, atomic_writer write, void *ctx, unsigned flags,
                         struct strbuf *err);
/* Checks that no component of path is a symbolic link atomic_write would refuse to follow under
   flags (e.g. a directory link another user planted in /tmp), before making a file beside path or
   opening it; writes nothing. False with "PATH: message" in err. */
bool atomic_check(const char *path, unsigned flags, struct strbuf *err);
/* Makes every check atomic_write makes before it writes (links, another user's planted file, the
   file keep under another name, a directory in the file's place) without writing anything, so that
   a caller saving several files can refuse them all before the first is written. False with
   "PATH: message" in err, as atomic_write would say it. */
bool atomic_may_write(const char *path, const char *keep, unsigned flags, struct strbuf *err);
/* A save of many files (seloste render DIR), each wholly the old or wholly the new version as with
   atomic_write and refused by the same rules, but with one sync for the lot: a regular file (or a new
   one) is written to a temp file beside it and held back; every 128 files, and at atomic_batch_finish,
   the held files' data go to disk with one syncfs(2) of their file system, then each is renamed over its
   file and each directory is synced once. atomic_write syncs each file and its directory, two waits for
   the disk per file, and reads the directory for stale temp files each time, which made a folder of n
   files cost n² directory reads. A file atomic_write would not replace by renaming (several hard
   links, an ACL, an owner that cannot be given, a device, a FIFO) is written at once, as atomic_write
   writes it. Files become visible when their group is renamed: write a file that links them (an
   index) after atomic_batch_finish. */
struct atomic_batch;
/* A new, empty batch. */
struct atomic_batch *atomic_batch_new(void);
/* Checks and writes (or holds back) path as atomic_write_except(path, keep, ...) would; false with
   "PATH: message" in err, the file untouched (when the held group was renamed meanwhile and a rename
   failed, err says which file). */
bool atomic_batch_write(struct atomic_batch *b, const char *path, const char *keep, atomic_writer write, void *ctx,
                        unsigned flags, struct strbuf *err);
/* Syncs and renames the files held back; false with err filled (the files before the one named there
   are saved, those after it keep their old versions). */
bool atomic_batch_commit(struct atomic_batch *b, struct strbuf *err);
/* atomic_batch_commit, then frees the batch. */
bool atomic_batch_finish(struct atomic_batch *b, struct strbuf *err);
/* Frees the batch, removing the temp files of the files held back (they keep their old versions). */
void atomic_batch_abandon(struct atomic_batch *b);
/* The directory part of path: "." when it has no slash, "/" for a file in the root (caller frees). */
char *atomic_dir_of(const char *path);
/* True when a and b name the same regular file (same device and inode, through symlinks and hard
   links alike); false when either is missing or not a regular file. */
bool atomic_same_file(const char *a, const char *b);

#endif

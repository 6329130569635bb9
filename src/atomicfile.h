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
};

/* Writes what write puts into its stream (made in memory first) to path. A regular file is
   replaced through a temp file beside it (fsync, rename, fsync the directory) keeping its owner,
   group and mode; one with several hard links, an ACL or an owner the user cannot give away is
   written in place after a backup copy; a device, FIFO or pipe is written into. Symlinks are
   followed only when owned by the user, root or the directory's owner; a dangling one creates its
   target. flags: enum atomic_flags. Returns false when nothing could be saved: the old file is
   then untouched (or restored from the backup, or err names the backup), and err says why
   ("PATH: message"; appended to, the caller frees it). */
bool atomic_write(const char *path, atomic_writer write, void *ctx, unsigned flags, struct strbuf *err);

#endif

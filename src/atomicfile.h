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

/* Writes path through a temp file in the same directory: fsync, rename, fsync the directory,
   keeping an existing file's mode. flags: enum atomic_flags. On failure the old file is
   untouched and err says why (err is appended to; the caller frees it). */
bool atomic_write(const char *path, atomic_writer write, void *ctx, unsigned flags, struct strbuf *err);

#endif

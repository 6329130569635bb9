/* Writing a file so that it is either wholly the old or wholly the new version. */
#ifndef SELOSTE_ATOMICFILE_H
#define SELOSTE_ATOMICFILE_H

#include <stdbool.h>
#include <stdio.h>
#include "util.h"

/* Writes the content to a stream; returns false on its own failure. */
typedef bool (*atomic_writer)(FILE *fp, void *ctx);

/* Writes path through a temp file in the same directory: fsync, rename, fsync the directory,
   keeping an existing file's mode. On failure the old file is untouched and err says why. */
bool atomic_write(const char *path, atomic_writer write, void *ctx, struct strbuf *err);

#endif

/* Opening side files (lock, recovery) and restricted-mode documents without following links. */
#ifndef SELOSTE_SAFEFILE_H
#define SELOSTE_SAFEFILE_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>
#include "doc.h"
#include "util.h"

/* Opens path for reading as vim opens a swap file: a symbolic link is never followed, a FIFO or
   device is never opened, and when own is true the file must belong to the effective user.
   Returns the descriptor (the caller closes it) and fills *st; on refusal or failure returns -1,
   appends "PATH: reason" to err and leaves errno set (ENOENT when the path does not exist, ELOOP
   for a link, EPERM for someone else's or a special file). */
int safefile_open(const char *path, bool own, struct stat *st, struct strbuf *err);
/* Loads a document through safefile_open, so never through a link nor from a special file;
   NULL with "PATH:LINE: reason" in err (errno ENOENT when the path does not exist). */
struct doc *safefile_load_doc(const char *path, bool own, struct strbuf *err);
/* Login name of uid, or its number when it has none; the caller frees. */
char *safefile_owner_name(uid_t uid);

#endif

/* The files seloste render DIR -o OUTDIR wrote in OUTDIR, recorded in OUTDIR/.seloste-rendered, so that a
   later run replaces its own renderings and index but never a file of the same name that someone else put
   there (the site's own index.html, a hand-written page). */
#ifndef SELOSTE_NOTICE_OURS_H
#define SELOSTE_NOTICE_OURS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "util.h"

/* The record's file name in OUTDIR. */
#define NOTICE_OURS_FILE ".seloste-rendered"

/* File names (without a directory) seloste wrote in a folder, sorted by strcmp, no duplicates. */
struct notice_ours {
  char **v; /* owned, each string owned */
  size_t n, cap;
};

/* Reads the record of folder outdir into o (emptied first). A missing record, or a missing folder, is
   an empty one (true). False with "OUTDIR/.seloste-rendered: message" in err when the record is a
   symbolic link or not a regular file (it is then not trusted, nor later replaced) or cannot be read.
   The first line, when it starts with '#', is a comment; empty lines are left out. */
bool notice_ours_read(const char *outdir, struct notice_ours *o, struct strbuf *err);
/* True when file name base (no directory) is in o. */
bool notice_ours_has(const struct notice_ours *o, const char *base);
/* Adds file name base (no directory; copied) to o, keeping it sorted; does nothing when it is there. A
   name holding a newline is not added (it could not be read back as one line), so its file is never
   taken for seloste's. */
void notice_ours_add(struct notice_ours *o, const char *base);
/* Writes the record's text (a comment line, then one name a line) to out; false on a write error. */
bool notice_ours_write(FILE *out, const struct notice_ours *o);
/* Frees the names and empties o. */
void notice_ours_free(struct notice_ours *o);

#endif

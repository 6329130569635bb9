/* Checks the commands make before they write an output file. */
#ifndef SELOSTE_OUTFILE_H
#define SELOSTE_OUTFILE_H

#include <stdbool.h>
#include "util.h"

/* True when out names the same regular file as in (same device and inode, through symlinks and
   hard links alike); false when either is missing or not a regular file. */
bool outfile_is_input(const char *in, const char *out);
/* Takes path's lock (FILE.lock, as the wizard does) for the duration of a write that may replace
   the file. False with "PATH: message" in err naming the holder when someone has it open, or why
   the lock could not be taken; release with outfile_unlock. In a directory the user cannot write
   it takes no lock and returns true, so that the save's own message tells what is wrong. */
bool outfile_lock(const char *path, struct strbuf *err);
/* Checks an output of render before it is written, without making any file: false with "PATH:
   message" in err when path (or the file a link of it leads to) is named like a document
   (".seloste": a rendering would destroy it) or is open in the wizard (a live FILE.lock). */
bool outfile_may_render(const char *path, struct strbuf *err);
/* Releases the lock outfile_lock took. */
void outfile_unlock(const char *path);

#endif

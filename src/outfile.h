/* Checks the commands make before they write an output file. */
#ifndef SELOSTE_OUTFILE_H
#define SELOSTE_OUTFILE_H

#include <stdbool.h>
#include <sys/types.h>
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
/* Checks an output before anything is written, making no file: every check atomic_write makes (no
   symbolic link of another user on the way, no other user's file planted in a world-writable
   sticky folder, no directory in its place) and that it is not open in the wizard (a live
   FILE.lock). False with "PATH: message" in err, which never suggests --force: none of these can
   be forced. Whether the file exists is the caller's to judge. */
bool outfile_may_write(const char *path, struct strbuf *err);
/* Reads the input file of a command (the notice seloste import reads) as read_whole_file does, but
   never through a symbolic link another user owns (in any component of path; the rule the output
   side keeps, Linux's fs.protected_symlinks applied whatever the sysctl says), so that another
   user's link in /tmp cannot make root import a file only root may read. The path is checked before
   and after opening and must still name the opened file. Returns the bytes (NUL-terminated, caller
   frees), sets *len (bytes) and *mode (the file's permission bits); NULL with "PATH: message" in
   err. */
char *outfile_read_input(const char *path, size_t *len, mode_t *mode, struct strbuf *err);
/* Releases the lock outfile_lock took. */
void outfile_unlock(const char *path);

#endif

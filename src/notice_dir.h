/* A directory of an organisation's notices, handled in one process (seloste render DIR, check DIR). */
#ifndef SELOSTE_NOTICE_DIR_H
#define SELOSTE_NOTICE_DIR_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

/* One notice file of a directory. */
struct notice_entry {
  char *path; /* "DIR/NAME.seloste", as messages name it */
  char *name; /* NAME: the file name without ".seloste" */
};

/* The notices of a directory, sorted by file name. */
struct notice_list {
  struct notice_entry *v;
  size_t n, cap;
};

/* True when path names a directory (following links, as opening it does). */
bool notice_dir_is(const char *path);
/* Lists the ".seloste" files of dir, not recursing, in byte order of their names (the order of `ls`
   in the C locale, the same on every machine). Hidden files are left out, and so, each with a line
   "PATH: warning: ..." appended to warn, is an entry that is not a regular file: a symbolic link (its
   notice lives elsewhere and is rendered or checked by its own name; following it would let whoever
   made it choose what is read), a directory, a FIFO. The directory itself is opened only through
   links its reader may follow (outfile_read_input's rule). False with "DIR: message" in err when it
   cannot be read. */
bool notice_dir_list(const char *dir, struct notice_list *out, struct strbuf *warn, struct strbuf *err);
/* Frees the list and empties it. */
void notice_list_free(struct notice_list *l);
/* "DIR/FILE" (one slash between them even when dir ends in one). Caller frees. */
char *notice_dir_join(const char *dir, const char *file);
/* "DIR/NAME.LANG.EXT": where seloste render DIR -o DIR writes notice NAME in language code lang, ext
   "html", "md" or "txt". Caller frees. */
char *notice_dir_output(const char *dir, const char *name, const char *lang, const char *ext);

#endif

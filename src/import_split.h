/* Several notices in one file: a member register and a camera-surveillance register one after the
   other, each with its own title and its own sections numbered from 1. */
#ifndef SELOSTE_IMPORT_SPLIT_H
#define SELOSTE_IMPORT_SPLIT_H

#include <stddef.h>
#include "import.h"

/* One notice's blocks within a file's blocks. */
struct import_part {
  size_t first, n; /* blocks first .. first + n - 1 */
  char *title;     /* the title line it begins with (or its first heading when it has none), owned */
  int line;        /* the title's line in the text (1-based), 0 when not found there */
};

/* Finds where a new notice begins in b: a heading numbered 1 after sections numbered up to 3 or more,
   preceded by a title line ("KAMERAVALVONTAREKISTERIN TIETOSUOJASELOSTE", as a heading or as the last
   paragraph of the block before, which is then moved into a block of its own at the new notice's
   start), or repeating the first numbered heading's section; or a title heading followed by a section
   heading met already. text is the decoded text the blocks were read from (for the lines; NULL: none
   given). Returns the number of notices (1 when the file holds one) and sets *parts to a malloc'd
   array of them covering b in order; free with import_parts_free. */
size_t import_split_notices(struct import_blocks *b, const char *text, struct import_part **parts);
/* Frees the n parts (their titles and the array). */
void import_parts_free(struct import_part *parts, size_t n);

#endif

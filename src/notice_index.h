/* The index page of a directory's rendered notices: the page an organisation links from its site. */
#ifndef SELOSTE_NOTICE_INDEX_H
#define SELOSTE_NOTICE_INDEX_H

#include <stdbool.h>
#include <stdio.h>
#include "doc.h"
#include "render.h"

/* One rendered notice: its NAME and the languages it was rendered in. */
struct notice_index_entry {
  const char *name;           /* NAME of NAME.seloste, and so of NAME.LANG.EXT */
  const struct doc *doc;      /* the notice: its register name is the link text; may be NULL when no
                                 lang[] is set (a notice that was not rendered, left out) */
  bool lang[LANG_MAX];      /* rendered in these languages: linked in their lists */
};

/* The file name ending of a rendering in format f: "html", "md" or "txt". */
const char *notice_index_ext(enum render_format f);
/* The index's file name in format f: "index.html", "index.md" or "index.txt". */
const char *notice_index_name(enum render_format f);
/* Writes the index of the n notices v[] in format f to out: for each language some notice was rendered
   in (Finnish first), a heading in that language ("Tietosuojaselosteet", "Privacy notices") and a list
   of links to NAME.LANG.EXT, each with the notice's register name in that language as its text (its
   NAME when the notice gives none). HTML is a standalone page, each language's list in an element with
   its lang attribute; above them, as the page's heading, the controller the notices name when they all
   name the same one. Links are relative, the file names percent-encoded, so the index works where the
   files are put together. False on a write error. */
bool notice_index_write(FILE *out, enum render_format f, const struct notice_index_entry *v, size_t n);

#endif

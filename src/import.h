/* seloste import: an existing privacy notice (text, PDF text, HTML) into a document. */
#ifndef SELOSTE_IMPORT_H
#define SELOSTE_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "doc.h"
#include "util.h"

/* A table, or a list of items each followed by "Label: value" lines, as a reader found it: the rows
   of purposes or service providers (import_table.c says which). */
struct import_table {
  char **head;  /* ncols column headings as written; "" for a list's items themselves */
  char **cell;  /* nrows * ncols cells, row by row, never NULL ("" when empty); line breaks kept */
  size_t nrows, ncols;
};

/* One heading and the text under it, as a reader found them. */
struct import_block {
  char *heading; /* as written, trimmed; NULL for text before the first heading */
  char *body;    /* paragraphs separated by blank lines, line breaks kept, bullets as "- " lines */
  bool strong;   /* the heading was marked by structure (tag, table cell, underline) */
  int level;     /* the heading's rank as the reader saw it: 1 for a title (<h1>, "# "), 2 for a
                    section heading (<h2>, "1.", ALL CAPS), 3..6 for sub-headings (<h3>, "1.1", a
                    bold-only line under a numbered heading); 0 when the reader cannot tell. A reader
                    sets it after import_blocks_add, which leaves it 0. */
  bool outside;  /* read outside the notice's main content (a web page's footer): not the notice's
                    text; the builder reads it only for the controller's contact details when the
                    notice names no controller, and the lost-text check passes over it. A reader sets
                    it after import_blocks_add, which leaves it false. */
  struct import_table *tables; /* tables of rows read under the heading (not in body), owned */
  size_t ntables;
};

/* The blocks of one notice, in reading order. */
struct import_blocks {
  struct import_block *v;
  size_t n, cap;
};

/* Appends a block (copies heading and body; either may be NULL). */
void import_blocks_add(struct import_blocks *b, const char *heading, const char *body, bool strong);
/* Frees the blocks. */
void import_blocks_free(struct import_blocks *b);
/* Moves the n tables at *t (and the array, which must be malloc'd) to the last block of b; *t is
   set to NULL. Does nothing when n is 0; b must have a block otherwise. */
void import_blocks_attach(struct import_blocks *b, struct import_table **t, size_t n);

/* Reads plain, PDF-extracted or heading-TAB-body text (valid UTF-8) into blocks. */
void import_text_read(const char *text, struct import_blocks *out);
/* True when the bytes look like an HTML page rather than text with a few inline tags. */
bool import_is_html(const char *s, size_t n);
/* Reads an HTML page into blocks; false with a message in err when it cannot be parsed. */
bool import_html_read(const char *s, size_t n, struct import_blocks *out, struct strbuf *err);
/* True when the notice is Markdown: name (may be NULL) ends in ".md" or ".markdown", or the text
   s[0..n) is not an HTML page (import_is_html) and has "# " headings with links, "**strong**" or a
   pipe table, or starts with front matter. */
bool import_is_markdown(const char *name, const char *s, size_t n);
/* Reads a Markdown notice s[0..n) (valid UTF-8) into blocks: its front matter's title, dates and
   description become lines before the first heading (its other lines are named in report as left
   out), the rest goes through md4c's HTML into import_html_read. False with a message in err when
   md4c cannot be loaded or the text cannot be read. */
bool import_md_read(const char *s, size_t n, struct import_blocks *out, struct strbuf *report, struct strbuf *err);
/* Turns a body with inline HTML tags (<p>, <ul>, "- " bullets run together) into plain paragraphs. */
char *import_inline_html(const char *body);
/* Length of the known inline HTML tag starting at s ("<p>", "</li>"), or 0. */
size_t import_tag_at(const char *s);

/* Imports a notice held in memory; NULL with a message in err when it holds no usable text (empty,
   or binary: a NUL byte or mostly control characters). The report (which heading went where,
   parsed fields, unplaced text) is appended to report; so is "NAME:LINE: a control character
   (U+001B) was removed" for each kind of control character left out (once, at its first line;
   tab, line breaks and form feed, a page break made a paragraph break, stay). name is the file's
   name for the report (NULL: "the notice"). */
struct doc *import_notice_named(const char *name, const char *data, size_t len, struct strbuf *report,
                                struct strbuf *err);
/* Imports the notices of one file: a file may hold several, one after the other (import_split.h).
   With all, each becomes a document; without, only the first (the others are still found and named).
   Sets *docs to a malloc'd array of the documents (the caller frees each with doc_free, then the
   array) and returns how many, or 0 with a message in err (as import_notice_named; also for a notice
   in Swedish, which seloste cannot hold yet). Each notice after the first is named in report and, when
   warn is not NULL, in warn: "NAME:LINE: another notice begins here: "TITLE"...". */
size_t import_notices_named(const char *name, const char *data, size_t len, bool all, struct doc ***docs,
                            struct strbuf *report, struct strbuf *warn, struct strbuf *err);
/* import_notice_named without a file name. */
struct doc *import_notice(const char *data, size_t len, struct strbuf *report, struct strbuf *err);

#endif

/* The interface between the rendering driver and its back ends. */
#ifndef SELOSTE_RENDER_IMPL_H
#define SELOSTE_RENDER_IMPL_H

#include <stddef.h>
#include <stdio.h>
#include "render.h"

/* State shared by the driver and a back end. */
struct rctx {
  FILE *out;
  const struct render_opts *opts;
  const char *lang_code;
  unsigned gaps;      /* placeholders marked as missing so far (render_fill's mask) */
  const struct doc *doc;
  const char *ui_lang; /* the UI language's code: warnings speak it, not the notice's */
  void (*warn)(const char *section_id, const char *msg); /* render_doc's warn, may be NULL */
};

/* One label: value pair of a contact block. */
struct rfield {
  const char *label;
  const char *value;
  enum contact_field kind; /* FIELD_EMAIL / FIELD_WEBSITE become links in HTML */
};

/* One piece of a table row (a purpose, a service provider). */
struct rcell {
  size_t col;          /* the HTML column it goes in, 0 = the row's first column */
  const char *label;   /* text and Markdown put it on a line of its own as "label: value"; NULL for the
                          row's head, which starts the list item */
  bool labelled;       /* HTML shows "label: value" too (a second piece in the same column) */
  const char *value;   /* never empty: the driver leaves out pieces with nothing to say */
};

/* Most pieces a row has. */
#define RROW_MAX 6

/* One row: its pieces in reading order (text and Markdown keep this order; HTML groups them by col). */
struct rrow {
  struct rcell cell[RROW_MAX];
  size_t n;
};

/* A table: HTML shows a <table> with one column per heading; text and Markdown an aligned list, one
   item per row starting with its head, then an indented "label: value" line per further piece. */
struct rtable {
  const char *id;                /* HTML class suffix: "purposes" gives class="seloste-purposes" */
  const char *const *headings;   /* ncols column headings, in the notice language */
  size_t ncols;
  const struct rrow *rows;
  size_t nrows;
};

/* A back end: the driver calls these in document order. */
struct render_ops {
  /* title (already "DRAFT – …" for a draft with gaps); subtitle may be NULL; draft_note is the draft's
     first paragraph, NULL when the notice is not such a draft */
  void (*begin)(struct rctx *c, const char *title, const char *subtitle, const char *draft_note,
                const char *lead);
  void (*section_begin)(struct rctx *c, int number, const char *id, const char *heading);
  void (*paragraph)(struct rctx *c, const char *text);      /* single newlines are line breaks */
  void (*list)(struct rctx *c, const char *const *items, size_t n);
  void (*fields)(struct rctx *c, const struct rfield *f, size_t n);
  void (*table)(struct rctx *c, const struct rtable *t); /* t->nrows >= 1 */
  void (*section_end)(struct rctx *c);
  void (*end)(struct rctx *c);
};

extern const struct render_ops render_text_ops;
extern const struct render_ops render_md_ops;
extern const struct render_ops render_html_ops;

/* Splits text into paragraphs and bullet lists and hands each to ops. */
void render_blocks(struct rctx *c, const struct render_ops *ops, const char *text);

/* What row (0-based) of section s of d lacks, the purpose named by its text in another language and the
   provider by its role and country, and where to write it: render_gaps_describe's words for one row of
   a purpose without text in l or a provider without a name, in the current gettext language. Caller
   frees. */
char *render_row_gap_words(const struct doc *d, const struct doc_section *s, size_t row, enum doc_lang l);
/* Tells c->warn (when set), in the UI language, that row (0-based) of s has a gap the notice marks. */
void render_warn_row(struct rctx *c, const struct doc_section *s, size_t row);

/* The purposes section's rows (SCHEMA_PURPOSES) as a table, after its text (render_rows.c). A row with
   no text in the notice language is shown with a mark in its place, a RENDER_GAP_PURPOSE gap, and
   reported through render_warn_row. */
void render_purposes(struct rctx *c, const struct render_ops *ops, const struct doc_section *s);
/* The service providers section's rows (SCHEMA_PROVIDERS) as a table: name, what it does, country and,
   outside the EU/EEA, the transfer mechanism. A row without a name shows a mark instead, a
   RENDER_GAP_PROVIDER gap, and is reported through render_warn_row. */
void render_providers(struct rctx *c, const struct render_ops *ops, const struct doc_section *s);

#endif

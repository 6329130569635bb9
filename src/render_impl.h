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
};

/* One label: value pair of a contact block. */
struct rfield {
  const char *label;
  const char *value;
  enum contact_field kind; /* FIELD_EMAIL / FIELD_WEBSITE become links in HTML */
};

/* A back end: the driver calls these in document order. */
struct render_ops {
  void (*begin)(struct rctx *c, const char *title, const char *subtitle, const char *lead);
  void (*section_begin)(struct rctx *c, int number, const char *id, const char *heading);
  void (*paragraph)(struct rctx *c, const char *text);      /* single newlines are line breaks */
  void (*list)(struct rctx *c, const char *const *items, size_t n);
  void (*fields)(struct rctx *c, const struct rfield *f, size_t n);
  void (*section_end)(struct rctx *c);
  void (*end)(struct rctx *c);
};

extern const struct render_ops render_text_ops;
extern const struct render_ops render_md_ops;
extern const struct render_ops render_html_ops;

/* Splits text into paragraphs and bullet lists and hands each to ops. */
void render_blocks(struct rctx *c, const struct render_ops *ops, const char *text);

#endif

/* The one md4c function the Markdown importer calls, loaded when first needed. */
#ifndef SELOSTE_MDAPI_H
#define SELOSTE_MDAPI_H

#include <md4c-html.h>
#include <stdbool.h>
#include "util.h"

/* A pointer to md4c-html's own function, with its own type. */
struct md_api {
  __typeof__(md_html) *to_html;
};

/* md4c-html's function, or NULL (with why, when err is not NULL) when the library cannot be loaded.
   The library is opened once, on the first call, and never closed. */
const struct md_api *md_api(struct strbuf *err);

#endif

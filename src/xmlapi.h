/* The few libxml2 functions the HTML importer calls, loaded when first needed. */
#ifndef SELOSTE_XMLAPI_H
#define SELOSTE_XMLAPI_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include "util.h"

/* Pointers to libxml2's own functions, with their own types. */
struct xml_api {
  __typeof__(htmlReadMemory) *read_memory;
  __typeof__(xmlDocGetRootElement) *root;
  __typeof__(xmlFreeDoc) *free_doc;
};

/* libxml2's functions, or NULL (with why, when err is not NULL) when the library cannot be loaded. */
const struct xml_api *xml_api(struct strbuf *err);

#endif

/* The .seloste file: libconfig load and atomic save. */
#ifndef SELOSTE_STORE_H
#define SELOSTE_STORE_H

#include <stdbool.h>
#include <stdio.h>
#include "atomicfile.h"
#include "doc.h"
#include "util.h"

/* Loads a document; NULL with "FILE:LINE: message" in err when the file is unusable. */
struct doc *store_load(const char *path, struct strbuf *err);
/* Saves atomically (flags: enum atomic_flags, see atomicfile.h); false with the reason in err,
   the old file kept. */
bool store_save(const struct doc *d, const char *path, unsigned flags, struct strbuf *err);
/* Writes the document as libconfig text to a stream (for saving and recovery files). */
bool store_write(const struct doc *d, FILE *fp);

#endif

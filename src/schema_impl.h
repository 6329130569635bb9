/* Shared by schema.c (the accessors) and registers.c (reading the data files); not for other callers. */
#ifndef SELOSTE_SCHEMA_IMPL_H
#define SELOSTE_SCHEMA_IMPL_H

#include "schema.h"
#include "util.h"

/* Everything read from the data files. */
struct schema_tables {
  struct schema_section *sec;   /* the sections as defined once, in schema order */
  size_t nsec;
  struct schema_register *reg;  /* the register types, in id order, "customer" first */
  size_t nreg;
};

/* Reads the sections, the register types and the clause files' texts of every layer into t (zeroed
   by the caller); strings and arrays are allocated and kept for the program's life. False with
   "FILE:LINE: message" in err on a bad or missing file. */
bool registers_read(struct schema_tables *t, struct strbuf *err);

#endif

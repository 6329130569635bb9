/* The stock clause library: fi and en texts with the same ids, layered. */
#ifndef SELOSTE_CLAUSES_H
#define SELOSTE_CLAUSES_H

#include <stdbool.h>
#include <stddef.h>
#include "doc.h"
#include "util.h"

/* One stock clause in one language. */
struct clause {
  char *id;       /* "section.variant" */
  char *title;    /* short label for the variant list */
  char *text;
  bool is_default;
  int layer;      /* enum path_layer it came from */
};

/* The supervisory authority's contact details: one entry for every notice, each as written in each
   notice language (authority.cfg: "name" sets every language, "name_sv" one). NULL when not given. */
struct authority {
  char *name[LANG_MAX];
  char *visiting_address[LANG_MAX];
  char *postal_address[LANG_MAX];
  char *phone[LANG_MAX];           /* 029 ... in Finnish, +358 29 ... in English */
  char *registry_phone[LANG_MAX];
  char *email[LANG_MAX];
  char *website[LANG_MAX];
};

/* All clauses of both languages. */
struct clause_lib {
  struct clause *c[LANG_MAX];
  size_t n[LANG_MAX];
};

/* True when id is "section.variant": section one of the schema's sections, variant 1 to 55
   characters of a-z, 0-9, '_' and '-' (ids like "." or ".x" are refused). */
bool clauses_valid_id(const char *id);
/* Loads every layer's clauses; false with "FILE:LINE: message" in err on a bad file. */
bool clauses_load(struct clause_lib *lib, struct strbuf *err);
/* Loads one clause file into lib for language l, overriding by id. */
bool clauses_load_file(struct clause_lib *lib, enum doc_lang l, const char *path, int layer,
                       bool *found, struct strbuf *err);
/* Frees the library. */
void clauses_free(struct clause_lib *lib);
/* Clause by id, or NULL. */
const struct clause *clauses_get(const struct clause_lib *lib, enum doc_lang l, const char *id);
/* The default variant of a section, or NULL. */
const struct clause *clauses_default(const struct clause_lib *lib, enum doc_lang l, const char *section);
/* Variants of a section, in file order; returns how many were stored in out (at most max). */
size_t clauses_variants(const struct clause_lib *lib, enum doc_lang l, const char *section,
                        const struct clause **out, size_t max);

/* Loads the authority's details from every layer (later overrides earlier). */
bool authority_load(struct authority *a, struct strbuf *err);
/* Frees the authority's details. */
void authority_free(struct authority *a);

#endif

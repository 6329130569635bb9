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

/* One supervisory authority's contact details, each as written in each notice language
   (authority.cfg: "name" sets every language, "name_sv" one). NULL when not given. */
struct authority_entry {
  char *name[LANG_MAX];
  char *visiting_address[LANG_MAX];
  char *postal_address[LANG_MAX];
  char *phone[LANG_MAX];           /* 029 ... in Finnish, +358 29 ... in English */
  char *registry_phone[LANG_MAX];
  char *email[LANG_MAX];
  char *website[LANG_MAX];
};

/* The supervisory authorities a notice can name (GDPR Art. 13(2)(d), 77), each a group of
   authority.cfg. Private organisations, Åland's included, fall under the Data Protection Ombudsman;
   the Government of Åland, Åland's municipalities and other Åland authorities under Datainspektionen
   (landskapslag (2019:9) om dataskydd inom landskaps- och kommunalförvaltningen). */
enum authority_id { AUTHORITY_OMBUDSMAN, AUTHORITY_ALAND, AUTHORITY_COUNT };

/* Every authority's details: the notice's own is entry[authority_of(d)]. */
struct authority {
  struct authority_entry entry[AUTHORITY_COUNT];
};

/* The authority's group in authority.cfg: "authority", "authority_aland". */
const char *authority_group(enum authority_id id);
/* The authority's value of seloste.ini's [organisation] supervisory_authority: "ombudsman", "aland". */
const char *authority_setting(enum authority_id id);
/* The complaint clause that names the authority (a new notice's), or NULL for the section's default. */
const char *authority_clause(enum authority_id id);
/* The authority d names: Datainspektionen when its complaint section is complaint.aland's text,
   else the ombudsman. */
enum authority_id authority_of(const struct doc *d);

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

/* Loads every authority's details from every layer (later overrides earlier); the data layer's file
   must hold every group, another layer's at least one of them. */
bool authority_load(struct authority *a, struct strbuf *err);
/* Frees every authority's details. */
void authority_free(struct authority *a);

#endif

/* Shared by the document reader (store.c), its row and derivation readers (store_rows.c) and the
   format-1 migration (store_migrate.c); not for other callers. */
#ifndef SELOSTE_STORE_IMPL_H
#define SELOSTE_STORE_IMPL_H

#include <libconfig.h>
#include <stdbool.h>
#include "doc.h"
#include "util.h"

/* Reading context: the file name and the error buffer. */
struct rd {
  const char *path;
  struct strbuf *err;
};

/* Reads optional string member name of g into *slot (kept when absent); false with FILE:LINE in
   r->err when it is not a string. */
bool store_get_text(struct rd *r, const config_setting_t *g, const char *name, char **slot);

/* Adds name = "value" to group g when value is not NULL or empty. */
void store_put_string(config_setting_t *g, const char *name, const char *value);

/* Writes the rows member of a purposes or providers section into group g. */
void store_put_rows(config_setting_t *g, const struct doc_section *s);
/* Reads the rows list m (the member called "rows") of section s; false with FILE:LINE when a row is
   not a group, lacks its id, name or basis, repeats an id, or names an unknown basis, role, country
   or mechanism. */
bool store_get_rows(struct rd *r, const config_setting_t *m, struct doc_section *s);
/* The member names a group may hold: fixed (NULL-terminated), then each printf form of forms ("%s",
   "retention_%s", "%s_from"; NULL-terminated, or NULL) filled with each language's code. A new array,
   NULL-terminated, which the caller keeps for the program's life (the language table does not change) or frees
   with store_keys_free. */
const char *const *store_keys(const char *const *fixed, const char *const *forms);
/* Frees what store_keys made of fixed, when it is not kept. */
void store_keys_free(const char *const *keys, const char *const *fixed);
/* Writes from[l] as members "fi_from"/"en_from" of g (nothing for a record whose source is unknown):
   a section's records or a purpose row's. */
void store_put_from(config_setting_t *g, const struct doc_derivation from[LANG_MAX]);
/* True when name is a language's record, "fi_from", "sv_from"; then store_get_from reads group m into
   that record of from. */
bool store_is_from(const char *name);
bool store_get_from(struct rd *r, const config_setting_t *m, struct doc_derivation from[LANG_MAX]);

/* Format 1 -> 2 (store_migrate.c): the sections group of a format-1 file read into d, the members
   format 2 no longer has (legal_basis, the transfers choice) turned into the new model: the single
   basis becomes the basis of the existing purpose text, the transfer choice one mechanism.
   secs is the file's "sections" group; false with FILE:LINE when a value is not understood. */
bool store_migrate_v1(struct rd *r, const config_setting_t *secs, struct doc *d);

#endif

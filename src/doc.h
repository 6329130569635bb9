/* The notice in memory: one entry per schema section, texts in both languages. */
#ifndef SELOSTE_DOC_H
#define SELOSTE_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include "schema.h"

#define DOC_FORMAT_VERSION 1

/* Notice languages. */
enum doc_lang { LANG_FI, LANG_EN, LANG_COUNT };

/* Where a section's text came from. */
enum doc_origin { ORIGIN_EMPTY, ORIGIN_STOCK, ORIGIN_EDITED, ORIGIN_IMPORTED };

/* One section's content. */
struct doc_section {
  const struct schema_section *schema;
  char *text[LANG_COUNT];     /* paragraph/free text, "" when empty */
  char *clause;               /* stock clause id the text came from, or NULL */
  enum doc_origin origin;
  char *choice;               /* choice sections: option id, or NULL */
  char **items;               /* checklist: checked option ids */
  size_t nitems;
  bool not_applicable;        /* explicitly marked (e.g. no DPO appointed) */
  char *field[FIELD_COUNT];   /* contact sections */
};

/* One line of the change log. */
struct doc_change {
  int version;
  char *date;   /* YYYY-MM-DD */
  char *note;
};

/* The whole document. */
struct doc {
  int format_version;
  char *created;              /* YYYY-MM-DD */
  char *modified;             /* YYYY-MM-DD */
  bool lang_enabled[LANG_COUNT];
  struct doc_section *sec;    /* schema_count() entries, in schema order */
  struct doc_change *changes;
  size_t nchanges;
};

/* A new, empty document with every section present. */
struct doc *doc_new(void);
/* Frees a document. */
void doc_free(struct doc *d);
/* Section by id, or NULL. */
struct doc_section *doc_section(const struct doc *d, const char *id);
/* True when a section applies given the document's choices. */
bool doc_applies(const struct doc *d, const struct doc_section *s);
/* True when the checklist section has option id checked. */
bool doc_has_item(const struct doc_section *s, const char *id);
/* Checks or unchecks a checklist option. */
void doc_set_item(struct doc_section *s, const char *id, bool on);
/* Frees s's contents (texts, clause, choice, items, fields) and leaves it empty: every pointer NULL,
   nitems 0, origin ORIGIN_EMPTY, not_applicable false; s->schema is kept. s itself is not freed. */
void doc_section_clear(struct doc_section *s);
/* Makes dst a deep copy of src: every string and the items array are new allocations owned by dst,
   schema is copied as a pointer. dst must hold a valid section or all zeros; its old contents are
   freed (dst == src is allowed and changes nothing). Aborts on out of memory, like xmalloc. */
void doc_section_copy(struct doc_section *dst, const struct doc_section *src);
/* True when the section has nothing to show in language l. */
bool doc_section_empty(const struct doc_section *s, enum doc_lang l);
/* Appends a change-log entry with the next version number. */
void doc_add_change(struct doc *d, const char *date, const char *note);
/* Language code ("fi"/"en"). */
const char *doc_lang_code(enum doc_lang l);
/* Language from its code, or -1. */
int doc_lang_from_code(const char *code);
/* Origin's stable name. */
const char *doc_origin_name(enum doc_origin o);
/* Origin from its stable name, or -1. */
int doc_origin_from_name(const char *name);
/* Today's local date as YYYY-MM-DD (SOURCE_DATE_EPOCH honoured, for reproducible output). */
void doc_today(char out[11]);

#endif

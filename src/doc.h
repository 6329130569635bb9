/* The notice in memory: one entry per schema section, texts in both languages. */
#ifndef SELOSTE_DOC_H
#define SELOSTE_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include "lang.h"
#include "schema.h"

/* Format 2 (2026-11-30): purposes as rows with their legal bases, transfers as a list of mechanisms,
   a list of service providers, and per-language derivation records. Format 1 migrates on load
   (store_migrate.c) and is written as format 2 only when the person saves. */
#define DOC_FORMAT_VERSION 2

/* Notice languages: an index into the language table (lang.h), Finnish and English always first. Arrays
   indexed by language have LANG_MAX slots, of which LANG_COUNT are in use. */
enum doc_lang { LANG_FI, LANG_EN };
#define LANG_COUNT ((int)lang_count())

/* Where a section's text came from. */
enum doc_origin { ORIGIN_EMPTY, ORIGIN_STOCK, ORIGIN_EDITED, ORIGIN_IMPORTED };

/* What one language's text of a section was derived from (GDPR Art. 12(1): a notice offered in two
   languages must say the same in both). */
enum doc_source {
  SOURCE_UNKNOWN, /* no record (a format-1 document, or text typed into the file by hand) */
  SOURCE_STOCK,   /* a stock clause: clause and version say which text */
  SOURCE_EDIT,    /* the person's edit: seq orders it among the document's edits */
  SOURCE_IMPORT   /* brought in by seloste import */
};

struct doc_derivation {
  enum doc_source source;
  char *clause;       /* SOURCE_STOCK: the clause id, or NULL */
  char *version;      /* SOURCE_STOCK: 8 hex digits, FNV-1a of the stock text it was filled with */
  int seq;            /* SOURCE_EDIT: 1, 2, ... in the order edits were made in this document */
  char *date;         /* SOURCE_EDIT: YYYY-MM-DD of the edit */
  bool lead;          /* SOURCE_EDIT: made while the other languages were in step, so they now lag */
};

/* One purpose of processing with its legal basis, GDPR Art. 13(1)(c), and, for a purpose resting on
   legitimate interests, the interest pursued, Art. 13(1)(d). */
struct doc_purpose {
  char *id;                     /* a stock purpose's id ("orders"), or "own-N" for the person's own */
  char *basis;                  /* option id of schema_bases(): "contract", "legitimate_interest", ... */
  char *text[LANG_MAX];       /* what the data is used for, "" when not written in that language */
  char *interest[LANG_MAX];   /* basis legitimate_interest: the interest itself; "" otherwise */
  char *retention[LANG_MAX];  /* how long this purpose's data is kept; "" = said in "Retention period" */
  struct doc_derivation from[LANG_MAX]; /* what each language's text, interest and retention came from */
};

/* One service provider or other recipient named in the notice, GDPR Art. 13(1)(e)-(f). */
struct doc_provider {
  char *name;                   /* "Esimerkkipalvelu Oy" */
  char *role;                   /* option id of the providers section: "it", "analytics", ... */
  char *country;                /* ISO 3166-1 alpha-2 code where the data is processed: "FI", "US" */
  char *mechanism;              /* outside the EU/EEA: option id of the transfers section ("dpf",
                                   "scc", "adequacy"); NULL inside it */
  char *what[LANG_MAX];       /* what it does for us, in words; "" = the role's label */
};

/* One section's content. */
struct doc_section {
  const struct schema_section *schema;
  char *text[LANG_MAX];     /* paragraph/free text, "" when empty */
  char *clause;               /* stock clause id the text came from, or NULL */
  enum doc_origin origin;
  char *choice;               /* choice sections: option id, or NULL */
  char **items;               /* checklist: checked option ids */
  size_t nitems;
  bool not_applicable;        /* explicitly marked (e.g. no DPO appointed) */
  char *field[FIELD_COUNT];   /* contact sections */
  struct doc_purpose *purposes; /* SCHEMA_PURPOSES: the rows, in the notice's order */
  size_t npurposes;
  size_t purposes_cap;        /* rows allocated (doubled as rows are added: import may add thousands) */
  unsigned long own_max;      /* largest N of the "own-N" row ids added so far: doc_purpose_new_id
                                 gives own-(N+1) without searching the rows (0: none yet) */
  struct doc_provider *providers; /* SCHEMA_PROVIDERS: the rows */
  size_t nproviders;
  struct doc_derivation from[LANG_MAX]; /* what each language's text was derived from */
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
  char *title;                /* the title an imported notice had ("Henkilötietolain 10 §:n mukainen
                                 rekisteriseloste"), as written, or NULL: kept so that check can read
                                 it; the renderers write seloste's own title */
  const struct schema_register *reg; /* its register type (the active one when it was made or
                                 loaded); the file's `register` setting */
  bool lang_enabled[LANG_MAX];
  struct doc_section *sec;    /* schema_count() entries, in schema order, each pointing to its
                                 section as reg sets it */
  struct doc_change *changes;
  size_t nchanges;
};

/* A new, empty document of the active register type (schema_use) with every section present. */
struct doc *doc_new(void);
/* Frees a document. */
void doc_free(struct doc *d);
/* Section by id, or NULL. */
struct doc_section *doc_section(const struct doc *d, const char *id);
/* True when a section applies given the document's choices: a section depending on a choice applies
   when that option is chosen; one depending on the purposes section when some purpose rests on one of
   the comma-separated bases of depends_value (GDPR Art. 13(1)(d), 13(2)(c), 20(1)(a)), or, for an entry
   written "#ID", when the stock purpose ID is listed (forbidding direct marketing, 21(2)-(3), is said
   only when a marketing purpose is). */
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
/* True when section s belongs in the notice d at all: its register type has it, or it holds
   something (text an import put there). Whether it applies is doc_applies. */
bool doc_in_notice(const struct doc *d, const struct doc_section *s);
/* True when s holds nothing in any language (no text, item, row, field or mark). */
bool doc_section_blank(const struct doc_section *s);
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

/* ---------- purposes and service providers (doc_rows.c) ---------- */

/* Appends a purpose row to s with copies of id and basis, every text "" (never NULL); returns it.
   The pointer stays valid until the next add or remove on s. Aborts on out of memory, like xmalloc. */
struct doc_purpose *doc_purpose_add(struct doc_section *s, const char *id, const char *basis);
/* Removes and frees purpose row i (i < s->npurposes), keeping the order of the others. */
void doc_purpose_remove(struct doc_section *s, size_t i);
/* The purpose row whose id is id, or NULL. */
struct doc_purpose *doc_purpose_find(const struct doc_section *s, const char *id);
/* An id for the person's own purpose not yet used in s: "own-N" with N one more than the largest
   own-N ever added to s (removing a row does not give its id back). Constant time. Caller frees. */
char *doc_purpose_new_id(const struct doc_section *s);
/* The bases the document's purposes rest on: bit (1u << i) for schema_basis_at(i). 0 when none. */
unsigned doc_bases_in_use(const struct doc *d);
/* Appends a provider row with copies of the strings (mechanism may be NULL), texts ""; returns it.
   Valid until the next add or remove. Aborts on out of memory. */
struct doc_provider *doc_provider_add(struct doc_section *s, const char *name, const char *role,
                                      const char *country, const char *mechanism);
/* Removes and frees provider row i (i < s->nproviders). */
void doc_provider_remove(struct doc_section *s, size_t i);
/* Turns the free text of purposes section s (one text per language, as format 1 and old notices have
   it) into rows resting on basis (a schema_basis_at id): one row per bullet line ("- ") when every
   language with text lists the same number of them, the rest of the text staying as s's free text;
   else one row holding the whole text. Nothing is dropped. Does nothing when s has no text. */
void doc_purposes_from_text(struct doc_section *s, const char *basis);
/* Frees the rows of s (purposes and providers) and leaves s with none. */
void doc_rows_free(struct doc_section *s);
/* Makes dst's rows deep copies of src's (dst's own rows must already be freed or zero). */
void doc_rows_copy(struct doc_section *dst, const struct doc_section *src);

/* ---------- languages in step (doc_langs.c), GDPR Art. 12(1) ---------- */

/* Records that language l of s was just filled with stock clause `clause` (may be NULL) whose text
   in l is `text`: source stock, version its FNV-1a hash. Replaces what was recorded. */
void doc_from_stock(struct doc_section *s, enum doc_lang l, const char *clause, const char *text);
/* Records that the person changed the text of language l of s on date (YYYY-MM-DD). The edit gets the
   next sequence number of the document d. If l was out of date (doc_lang_stale), the edit brings it
   up to date and leaves the others as they are; otherwise it leads, and the other languages become
   out of date until they are edited too. */
void doc_from_edit(const struct doc *d, struct doc_section *s, enum doc_lang l, const char *date);
/* True when language l of s is out of date: another language enabled in d was edited, as a lead edit,
   after l's text was last derived or edited. A section with no text in any enabled language (its
   text, rows' and providers' texts all blank) is never stale. Sections without records (format 1) are never stale
   here; the check compares them with the stock text instead (check_langs.c). */
bool doc_lang_stale(const struct doc *d, const struct doc_section *s, enum doc_lang l);
/* The same three for any record array (a section's or a purpose row's from[]): doc_derive_stock,
   doc_derive_edit (sequence numbers shared by the whole document d) and doc_derive_stale. */
void doc_derive_stock(struct doc_derivation from[LANG_MAX], enum doc_lang l, const char *clause,
                      const char *text);
void doc_derive_edit(const struct doc *d, struct doc_derivation from[LANG_MAX], enum doc_lang l,
                     const char *date);
bool doc_derive_stale(const struct doc *d, const struct doc_derivation from[LANG_MAX], enum doc_lang l);
/* Deep copy of a record (strings duplicated). */
struct doc_derivation doc_derivation_copy(const struct doc_derivation *f);
/* Frees a record's strings and zeroes it. */
void doc_derivation_clear(struct doc_derivation *f);
/* Source's stable name ("stock", "edit", ...) for the file, and back (-1 when unknown). */
const char *doc_source_name(enum doc_source s);
int doc_source_from_name(const char *name);

#endif

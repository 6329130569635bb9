/* The one table of notice sections: everything else reads it. */
#ifndef SELOSTE_SCHEMA_H
#define SELOSTE_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

/* What a section holds and how the wizard edits it. */
enum schema_kind {
  SCHEMA_CONTACT,   /* a block of contact fields */
  SCHEMA_PARAGRAPH, /* free text, prefilled from a stock clause variant */
  SCHEMA_CHOICE,    /* one option out of several, each with its clause */
  SCHEMA_CHECKLIST, /* any number of options, plus free text */
  SCHEMA_DATE,      /* the document's created and modified dates */
  SCHEMA_PURPOSES,  /* rows of purposes, each with its legal basis (struct doc_purpose), plus free text */
  SCHEMA_PROVIDERS  /* rows of service providers (struct doc_provider), plus free text */
};

/* Fields of a contact block, in display order. */
enum contact_field {
  FIELD_NAME, FIELD_BUSINESS_ID, FIELD_STREET, FIELD_POSTAL_CODE, FIELD_CITY,
  FIELD_EMAIL, FIELD_PHONE, FIELD_WEBSITE, FIELD_COUNT
};

/* One option of a choice or checklist section. */
struct schema_option {
  const char *id;     /* stable, ASCII; stored in the document */
  const char *label;  /* gettext msgid */
  const char *clause; /* clause id it brings in, or NULL */
  const char *detail; /* e.g. "6(1)(b)", or NULL */
};

/* One section of the notice. */
struct schema_section {
  const char *id;          /* stable, ASCII, a valid libconfig name */
  const char *heading;     /* gettext msgid */
  enum schema_kind kind;
  const char *gdpr;        /* the Art. 13/14 item it satisfies, or NULL */
  const char *help;        /* gettext msgid: plain-language guidance */
  bool required;           /* must be filled (when it applies) */
  const char *depends_on;  /* id of a choice section, or NULL */
  const char *depends_value; /* the option of depends_on that makes it apply */
  const char *na_text;     /* msgid said when marked not applicable, or NULL */
  unsigned fields;         /* contact: bit mask of enum contact_field */
  const struct schema_option *options; /* choice/checklist, NULL-id terminated */
  const char *default_option; /* choice/checklist: option(s) chosen in a new notice, comma-separated */
  bool names_others;       /* its text names other organisations by design (recipients, sources, providers) */
};

/* The legal bases of GDPR Art. 6(1)(a)-(f), in the article's order: id ("consent", "contract",
   "legal_obligation", "vital_interests", "public_task", "legitimate_interest"), label msgid, clause
   of the one-sentence explanation ("purposes.basis-contract"), detail "6(1)(b)". i < schema_basis_count(). */
const struct schema_option *schema_basis_at(size_t i);
size_t schema_basis_count(void);
/* Index of the basis with id, or -1. */
int schema_basis_index(const char *id);

/* Number of sections. */
size_t schema_count(void);
/* Section by position, 0 <= i < schema_count(). */
const struct schema_section *schema_at(size_t i);
/* Section by id, or NULL. */
const struct schema_section *schema_find(const char *id);
/* Position of a section by id, or -1. */
int schema_index(const char *id);
/* Option of a section by id, or NULL. */
const struct schema_option *schema_option(const struct schema_section *s, const char *id);
/* Number of options of a section. */
size_t schema_option_count(const struct schema_section *s);
/* Contact field's stable name ("name", "email", ...). */
const char *schema_field_name(enum contact_field f);
/* Contact field's label msgid. */
const char *schema_field_label(enum contact_field f);
/* Contact field by stable name, or -1. */
int schema_field_by_name(const char *name);
/* Name of a kind ("paragraph", ...), for messages and JSON. */
const char *schema_kind_name(enum schema_kind k);

#endif

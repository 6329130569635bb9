/* The notice sections and register types: read from data files (registers.c, doc/registers.md);
   everything else reads them here. */
#ifndef SELOSTE_SCHEMA_H
#define SELOSTE_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

struct strbuf;

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
  bool every_type;         /* every register type must have it (an item of GDPR Art. 13 every notice gives) */
  bool in_type;            /* the register type has this section (a section it lacks is shown only when
                              it has text, e.g. from an import) */
  const char *clause;      /* the clause that fills it in this register type, or NULL: the clause
                              marked default */
};

/* A check rule of a register type (doc/registers.md): the finding is made when the section's text,
   in every language the notice has, matches none of needs, or when it matches one of forbids. A
   sentence that matches one of unless is not read (a denial, an exception the law allows).
   Patterns are those of text_match (check_text.h). */
struct schema_rule {
  const char *id;              /* "member_list" */
  const char *check_id;        /* "register.member_list": the rule id its findings carry */
  const char *section;         /* a section id */
  const char *const *needs;    /* NULL-terminated, or NULL */
  const char *const *forbids;  /* NULL-terminated, or NULL */
  const char *const *unless;   /* NULL-terminated, or NULL: sentences the rule does not read */
  const char *severity;        /* "error" or "warning" */
  const char *message;         /* English; translated by the texts of the clause files */
  const char *source;          /* the act and section, article or guidance it rests on */
};

/* A register type: which sections a notice of it has and how they are set. */
struct schema_register {
  const char *id;              /* "customer", "member", ...: the notice's `register` setting */
  const char *name;            /* "Customer register" (English; translated by the clause files' texts) */
  const char *answer;          /* its line in the wizard's first question ("Customers of a company") */
  const char *const *recognise; /* NULL-terminated text_match patterns that tell an imported notice is of it */
  struct schema_section *sec;  /* schema_count() entries, in schema order */
  const struct schema_rule *rules;
  size_t nrules;
};

/* The legal bases of GDPR Art. 6(1)(a)-(f), in the article's order: id ("consent", "contract",
   "legal_obligation", "vital_interests", "public_task", "legitimate_interest"), label msgid, clause
   of the one-sentence explanation ("purposes.basis-contract"), detail "6(1)(b)". i < schema_basis_count(). */
const struct schema_option *schema_basis_at(size_t i);
size_t schema_basis_count(void);
/* Index of the basis with id, or -1. */
int schema_basis_index(const char *id);

/* Reads the sections and register types from every layer (registers/sections.cfg and
   registers/TYPE.cfg) and the texts of every clause file; the customer register becomes the active
   type. Called once; later calls return true at once. On a bad file appends "FILE:LINE: message" to
   err and returns false (nothing is loaded). The accessors below load on first use and, when the data
   is broken, print the message and exit with status 2. The tables live until the program ends. */
bool schema_load(struct strbuf *err);
/* Number of register types (at least one: "customer"). */
size_t schema_register_count(void);
/* Register type by position (in id order, "customer" first), 0 <= i < schema_register_count(). */
const struct schema_register *schema_register_at(size_t i);
/* Register type by id, or NULL. */
const struct schema_register *schema_register_find(const char *id);
/* Makes the register type id the active one: schema_at() and friends give its sections from now on.
   False (nothing changed) when there is no such type. */
bool schema_use(const char *id);
/* The active register type. */
const struct schema_register *schema_active(void);
/* "customer", "member", ...: the ids of every type, comma-separated, for messages (static storage). */
const char *schema_register_ids(void);

/* True when stock clause id is one that section sch brings in: an option's clause or its companions
   ("CLAUSE-interest", "CLAUSE-retention"), or the section's own `clause` setting. */
bool schema_section_uses_clause(const struct schema_section *sch, const char *id);
/* True when stock clause id is another register type's text for section i (0 <= i < schema_count()):
   some other type's section i brings it in (schema_section_uses_clause) and the active type's does not.
   Such a text is not offered in the active type's stock text list. */
bool schema_clause_of_other_type(size_t i, const char *id);

/* Number of sections (the same for every register type). */
size_t schema_count(void);
/* Section by position in the active register type, 0 <= i < schema_count(). */
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

/* Shared by the modules of the compliance check; not for other callers. */
#ifndef SELOSTE_CHECK_IMPL_H
#define SELOSTE_CHECK_IMPL_H

#include "check.h"
#include "check_text.h"

/* Which text of a section a corpus entry holds. */
enum check_field { CHECK_FIELD_TEXT, CHECK_FIELD_ROW_TEXT, CHECK_FIELD_ROW_INTEREST, CHECK_FIELD_ROW_RETENTION };

/* One text of the notice as the rules read it: put in NFC and folded once per check (check_stated.c). */
struct check_text {
  const struct doc_section *sec;
  const struct doc_purpose *row; /* the purpose row whose text it is, or NULL for the section's text */
  enum check_field field;
  enum doc_lang lang;
  char *text;                    /* nfc_copy() of the text as written (owned) */
  char *folded;                  /* text_fold(text): same byte offsets (owned) */
  struct text_index ix;          /* text_index_make(folded), for text_find (owned) */
  bool in_force;                 /* its section is in force (check_in_force) */
};

/* Every non-blank text of a notice, in schema order: per section, per language, its text and then its
   purpose rows' texts, interests and retentions. */
struct check_corpus {
  struct check_text *v;
  size_t n;
};

/* One run of the check. */
struct check_ctx {
  const struct doc *doc;
  bool lang[LANG_MAX];        /* languages enabled in the notice and asked for */
  struct check_findings *out;
  unsigned bases;               /* doc_bases_in_use(): the Art. 6(1) bases the purposes rest on */
  const struct clause_lib *lib; /* the stock clauses, or NULL (rules that need them are skipped) */
  bool *in_force;               /* per schema index: check_in_force, worked out once (doc_applies reads
                                   every purpose row, and the rules ask for every row's text) */
  struct check_corpus corpus;   /* every text, normalised and folded once (check_corpus_make) */
  bool imported;                /* some section or row came from seloste import (check_doc_imported) */
  int stated_bases;             /* -1 until worked out: the bases the imported texts state (check_basis.c) */
  bool no_transfers;            /* check_no_transfers_work_out, worked out once: the rules ask for every text */
};

/* Adds a finding; a1 and a2 (may be NULL) are copied. */
void check_add(struct check_ctx *c, const char *section, enum check_severity sev, const char *rule,
               const char *gdpr, int lang, const char *msgid, const char *a1, const char *a2);
/* check_add with a third argument a3 (may be NULL), copied. */
void check_add3(struct check_ctx *c, const char *section, enum check_severity sev, const char *rule,
                const char *gdpr, int lang, const char *msgid, const char *a1, const char *a2, const char *a3);
/* True when the section is in force: it applies given the choices and is not marked not applicable. */
bool check_in_force(const struct check_ctx *c, const struct doc_section *s);
/* Copy of text[off..off+len) (quoted in messages), at most 60 bytes on a UTF-8 boundary, then "…" when
   it was cut. Caller frees. */
char *check_quote(const char *text, size_t off, size_t len);

struct text_rule;

/* One piece of text under examination. */
struct text_at {
  const struct doc_section *sec;
  enum doc_lang lang;
  const char *text;   /* as written, in NFC */
  const char *folded; /* text_fold(text): same offsets */
  const struct text_index *ix;   /* the index of folded (text_find) */
  const struct doc_purpose *row; /* a purpose row's text (its text, interest or retention), or NULL */
  enum check_field field;        /* which of the row's texts (CHECK_FIELD_TEXT for a section's text) */
};

/* How a rule looks at a text. */
typedef void (*text_rule_fn)(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);

/* A row of the rule table. */
struct text_rule {
  const char *id;
  enum check_severity severity;
  const char *gdpr;
  const char *const *patterns; /* what it looks for (see text_match) */
  const char *const *context;  /* what must also be in the same sentence, or NULL */
  const char *const *unless;   /* what silences the rule in that sentence, or NULL */
  const char *msgid;
  text_rule_fn fn;
};

/* The rules of the notice's register type, from its data file (check_register.c). */
void check_register_run(struct check_ctx *c);
/* Rules on the texts (check_rules.c). */
void check_rules_run(struct check_ctx *c);
/* Rules on contact details, e-mail addresses, phone numbers and business IDs (check_contacts.c). */
void check_contacts_run(struct check_ctx *c);

/* Legal bases (check_basis.c): a sentence stating a basis no purpose rests on (for a purpose row's
   text: a basis other than the row's own). */
void check_rule_basis(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* GDPR 13(1)(c): the purposes section has rows, each with its text in every language published. */
void check_purposes_run(struct check_ctx *c);
/* The purposes section of d (the SCHEMA_PURPOSES one), or NULL. */
const struct doc_section *check_purposes(const struct doc *d);
/* A purpose's name for messages: a stock purpose's label (translated), else the start of its text, else
   its id. Returns a new string the caller frees. */
char *check_purpose_name(const struct doc_purpose *p);
/* The first purpose row resting on one of the bases in mask (bit i: schema_basis_at(i)), or NULL. */
const struct doc_purpose *check_purpose_on(const struct doc *d, unsigned mask);
/* The mask of the bases named in a comma-separated list of basis ids ("consent,contract"). */
unsigned check_bases_mask(const char *list);
/* What the bases in use oblige the notice to say (check_needs.c): consent withdrawal, the interest of
   each legitimate-interest purpose, objection, how to forbid direct marketing, and the safeguards
   named by the transfer mechanisms ticked. */
void check_needs_run(struct check_ctx *c);
/* GDPR 20(1)(a): a text promising data portability while no purpose rests on consent or contract. */
void check_rule_portability(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* Service providers (check_providers.c), GDPR 13(1)(e)-(f), 26(2): each provider outside the EU/EEA
   with a mechanism that fits its country and is ticked under transfers; each mechanism ticked used;
   each cookie tool ticked named in the providers list. */
void check_providers_run(struct check_ctx *c);
/* True when gap (a render_placeholder_index) in a text of section is the {providers:ROLE} of a cookie tool
   ticked in the cookies section: check_providers_run reports that tool as not named, with its GDPR item,
   so the placeholder rule leaves that gap to it rather than say the same thing twice. */
bool check_cookie_tool_gap(const struct check_ctx *c, const char *section, int gap);
/* GDPR 12(1) (check_langs.c): one language's text out of date by the records (a section's text, each purpose
   row), or the person's own while the other is still the stock text. */
void check_langs_run(struct check_ctx *c);
/* Leftovers (check_orgs.c): another organisation's name where the controller is meant. */
void check_rule_other_org(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);

/* Tools (check_tools.c): true when the notice says that no data leaves the EU/EEA (GDPR 13(1)(f)): the
   transfers section applies and is marked not applicable, or it has no mechanism ticked and its text (when
   empty, the recipients text) says so in each published language and tells of no transfer. An empty
   mechanism list alone says nothing: a text telling of a transfer to the US is no "no transfers". Reads
   the transfers and recipients texts; check_doc calls it once, before the rules, into c->no_transfers. */
bool check_no_transfers_work_out(const struct check_ctx *c);
/* c->no_transfers: what check_no_transfers_work_out said for the notice. */
bool check_no_transfers(const struct check_ctx *c);
/* GDPR 13(1)(f): each service run from outside the EU/EEA named (as an example or not) under "no transfers". */
void check_rule_non_eu_tool(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* GDPR 13(1)(f): a text outside the transfers section saying data is processed outside the EU/EEA
   while the transfers section says "no transfers" (the ad-pixel clause's platform). */
void check_rule_outside_eea(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* GDPR 13(1)(e), 26(2): a tool named only as an example ("esimerkiksi Google Analytics tai Matomo"). */
void check_rule_example_tool(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* GDPR 9(1)-(2) (check_special.c): a special category listed in the data sections, no Art. 9(2) condition stated. */
void check_rule_special_category(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* Tietosuojalaki 1050/2018 29 §: the personal identity code listed in the data sections, its ground not stated. */
void check_rule_identity_code(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);

/* Corpus and imported notices (check_stated.c). Fills c->corpus from c->doc and c->in_force; texts are
   copied in NFC (nfc_copy) so that decomposed letters match, folded (text_fold) and indexed (text_index_make). Free with
   check_corpus_free. Time and memory linear in the notice's size. */
void check_corpus_make(struct check_ctx *c);
/* Frees what check_corpus_make allocated and leaves the corpus empty. */
void check_corpus_free(struct check_corpus *k);
/* True when the document came from seloste import: some section has origin ORIGIN_IMPORTED, or some
   language of a section or purpose row records SOURCE_IMPORT. */
bool check_doc_imported(const struct doc *d);
/* True when some text in force of language l (every language published when l < 0) has a sentence that
   matches one of patterns and, when context is not NULL, one of context too. */
bool check_notice_says(const struct check_ctx *c, int l, const char *const *patterns,
                       const char *const *context);
/* GDPR 12(1), 13-14, for an imported document: the finding for required section s, empty in every
   language published. When some other text of the notice states what s is for, credits it: nothing
   when that text is in a section for the same GDPR item (the rights under one heading) or in a purpose
   row's own field for it, else a warning naming the section where it is and asking to move it. When no
   text states it: an error saying that the imported text does not state it. */
void check_stated_empty(struct check_ctx *c, const struct doc_section *s);

#endif

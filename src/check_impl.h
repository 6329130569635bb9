/* Shared by the modules of the compliance check; not for other callers. */
#ifndef SELOSTE_CHECK_IMPL_H
#define SELOSTE_CHECK_IMPL_H

#include "check.h"

/* One run of the check. */
struct check_ctx {
  const struct doc *doc;
  bool lang[LANG_COUNT];        /* languages enabled in the notice and asked for */
  struct check_findings *out;
  int basis_ref;                /* check_basis.c: the notice's legal basis (index), or -1 */
  const struct clause_lib *lib; /* the stock clauses, or NULL (rules that need them are skipped) */
};

/* Adds a finding; a1 and a2 (may be NULL) are copied. */
void check_add(struct check_ctx *c, const char *section, enum check_severity sev, const char *rule,
               const char *gdpr, int lang, const char *msgid, const char *a1, const char *a2);
/* True when the section is in force: it applies given the choices and is not marked not applicable. */
bool check_in_force(const struct check_ctx *c, const struct doc_section *s);
/* Copy of text[off..off+len) (quoted in messages), at most 60 bytes on a UTF-8 boundary. */
char *check_quote(const char *text, size_t off, size_t len);

struct text_rule;

/* One piece of text under examination. */
struct text_at {
  const struct doc_section *sec;
  enum doc_lang lang;
  const char *text;   /* as written */
  const char *folded; /* text_fold(text): same offsets */
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

/* Rules on the texts (check_rules.c). */
void check_rules_run(struct check_ctx *c);
/* Rules on contact details, e-mail addresses, phone numbers and business IDs (check_contacts.c). */
void check_contacts_run(struct check_ctx *c);

/* Legal basis (check_basis.c): a sentence that states a basis other than the notice's. */
void check_rule_basis(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);
/* The notice's legal basis: the one chosen, else the one its legal-basis text states; -1 if neither. */
int check_basis_ref(const struct check_ctx *c);
/* What the chosen options oblige the texts to say: a safeguard, the interest, consent withdrawal. */
void check_needs_run(struct check_ctx *c);
/* GDPR 12(1) (check_langs.c): one language's text the person's own, the other still the stock text. */
void check_langs_run(struct check_ctx *c);
/* Leftovers (check_orgs.c): another organisation's name where the controller is meant. */
void check_rule_other_org(struct check_ctx *c, const struct text_rule *r, const struct text_at *t);

/* Tools (check_tools.c): true when the transfers section chose "no transfers" and is in force. */
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

#endif

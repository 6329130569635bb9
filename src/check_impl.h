/* Shared by the modules of the compliance check; not for other callers. */
#ifndef SELOSTE_CHECK_IMPL_H
#define SELOSTE_CHECK_IMPL_H

#include "check.h"

/* One run of the check. */
struct check_ctx {
  const struct doc *doc;
  bool lang[LANG_COUNT];        /* languages enabled in the notice and asked for */
  struct check_findings *out;
  int basis_ref;                /* check_rules.c: the notice's legal basis (index), or -1 */
};

/* Adds a finding; a1 and a2 (may be NULL) are copied. */
void check_add(struct check_ctx *c, const char *section, enum check_severity sev, const char *rule,
               const char *gdpr, int lang, const char *msgid, const char *a1, const char *a2);
/* True when the section is in force: it applies given the choices and is not marked not applicable. */
bool check_in_force(const struct check_ctx *c, const struct doc_section *s);
/* Copy of text[off..off+len) (quoted in messages), at most 60 bytes on a UTF-8 boundary. */
char *check_quote(const char *text, size_t off, size_t len);

/* Rules on the texts (check_rules.c). */
void check_rules_run(struct check_ctx *c);
/* Rules on contact details, e-mail addresses, phone numbers and business IDs (check_contacts.c). */
void check_contacts_run(struct check_ctx *c);

#endif

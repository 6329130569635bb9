/* The compliance check: what a notice misses or gets wrong, as a list of findings. */
#ifndef SELOSTE_CHECK_H
#define SELOSTE_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include "doc.h"

/* How bad a finding is. */
enum check_severity { CHECK_ERROR, CHECK_WARNING };

/* One finding about one section. */
struct check_finding {
  const char *section;          /* schema section id */
  enum check_severity severity;
  const char *rule;             /* stable rule id, ASCII */
  const char *msgid;            /* message msgid; "%s" stands for arg[0], then arg[1], then arg[2];
                                   "%1$s".."%3$s" for the one numbered (a language named twice) */
  char *arg[3];                 /* message arguments, or NULL */
  int lang;                     /* the notice language the finding is about, or -1 */
  const char *gdpr;             /* the GDPR item, e.g. "13(1)(b)", or NULL */
};

/* All findings of one check. */
struct check_findings {
  struct check_finding *v;
  size_t n, cap; /* cap: slots allocated (grown by doubling) */
};

struct clause_lib;

/* Which notice languages to look at; NULL in check_doc means every enabled language, no clauses. */
struct check_opts {
  bool lang[LANG_MAX];
  const struct clause_lib *clauses; /* the stock clauses, for rules that compare texts with them
                                       (languages out of step); NULL skips those rules; not owned */
};

/* Checks the document and appends findings to out, in schema order. */
void check_doc(const struct doc *d, const struct check_opts *o, struct check_findings *out);
/* Frees the findings and empties the list. */
void check_findings_free(struct check_findings *f);
/* Number of findings of a severity. */
size_t check_count(const struct check_findings *f, enum check_severity sev);
/* Number of findings of the rule with id rule ("languages_out_of_step"). */
size_t check_count_rule(const struct check_findings *f, const char *rule);
/* The finding's message in the UI language, arguments filled in; the caller frees. */
char *check_message(const struct check_finding *f);
/* What to say when a check has no findings, in the UI language (static storage): that these checks
   found nothing, never that the notice holds everything the law requires (they cannot know that). */
const char *check_no_findings_text(void);
/* "The check found 3 errors: ..." in the UI language, the noun in the plural form the language gives
   the number (Finnish "1 virheen", "3 virhettä"); for the question before finishing. Caller frees. */
char *check_errors_text(size_t errors);
/* "error" or "warning", in the UI language. */
const char *check_severity_label(enum check_severity sev);
/* "error" or "warning", stable for JSON. */
const char *check_severity_name(enum check_severity sev);
/* True when any finding concerns section id (for the wizard's overview). */
bool check_section_has(const struct check_findings *f, const char *id);

/* A check's findings kept until the document changes (the wizard's screens ask for them often). */
struct check_cache {
  struct check_findings findings;
  bool made;     /* findings hold a result (an empty result has no array) */
  bool stale;    /* the document changed since */
  unsigned runs; /* how many times the check ran */
  const struct clause_lib *clauses; /* given to the check (see check_opts), or NULL; not owned */
};

/* The findings for d: the cached ones, or a new check when there are none yet or they are stale. */
const struct check_findings *check_cached(struct check_cache *c, const struct doc *d);
/* Frees the cached findings. */
void check_cache_free(struct check_cache *c);

#endif

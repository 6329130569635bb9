/* Organisation defaults and administrator policy from seloste.ini (iniparser). */
#ifndef SELOSTE_SETTINGS_H
#define SELOSTE_SETTINGS_H

#include <stdbool.h>
#include "doc.h"
#include "util.h"

/* Settings merged from /etc/seloste/seloste.ini and the user's seloste.ini. */
struct settings {
  char *org[FIELD_COUNT];      /* [organisation] */
  int authority;               /* [organisation] supervisory_authority: an enum authority_id (clauses.h),
                                  0 = the Data Protection Ombudsman; an unknown value is warned about */
  char *contact[FIELD_COUNT];  /* [contact] */
  char *dpo[FIELD_COUNT];      /* [dpo] */
  bool dpo_appointed;          /* [dpo] appointed = yes/no; yes when a name is given */
  bool lang[LANG_MAX];       /* [notice] languages = fi, en */
  char *ui_language;           /* [ui] language */
  bool restricted;             /* [ui] restricted: only the administrator's file can turn it on */
  char *directory;             /* [ui] directory: where restricted users may keep files */
  struct strbuf warnings;      /* "FILE:LINE: warning: ..." lines, each ending in "\n": values
                                  iniparser cuts at ';', '#' or a quote or reads with their quotes,
                                  unclosed quotes, unknown sections and keys (with the nearest
                                  known name), keys before any [section], unknown ui:language and
                                  organisation:supervisory_authority */
};

/* Loads both layers (zeroing s first); false with "FILE:LINE: message" lines in err when a file is
   unusable. Warnings about usable files are in s->warnings either way; settings_free frees all. */
bool settings_load(struct settings *s, struct strbuf *err);
/* Loads one file over s (zeroed or loaded before); a missing file is not an error. Accepts a
   UTF-8 byte-order mark; refuses invalid UTF-8, control characters, lines iniparser 4.1 cannot
   read, unknown notice languages or none, and booleans other than yes/no. The sections and keys
   it reads are the only ones it knows; others are warned about in s->warnings and ignored. */
bool settings_load_file(struct settings *s, const char *path, bool system, struct strbuf *err);
/* Frees the settings and their warnings. */
void settings_free(struct settings *s);
/* Parses yes/no/true/false/on/off/1/0; -1 when it is none of them. */
int settings_parse_bool(const char *v);

#endif

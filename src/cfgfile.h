/* Reading libconfig files with messages that name the file and line. */
#ifndef SELOSTE_CFGFILE_H
#define SELOSTE_CFGFILE_H

#include <libconfig.h>
#include <stdbool.h>
#include "cfgtext.h"
#include "util.h"

/* Reads path into cfg (initialised by the caller, destroyed by the caller). flags is an
   enum cfgtext_flags: CFGTEXT_DOCUMENT refuses @include, CFGTEXT_INCLUDES reads included files
   relative to the including one. Every string in cfg is then valid UTF-8 without control
   characters other than tab and line feed, every integer fits an int, and each setting's source
   file and line (config_setting_source_file, cfgfile_line) are those of the file it came from.
   On failure appends "FILE:LINE: message" to err and returns false. */
bool cfgfile_read(config_t *cfg, const char *path, unsigned flags, struct strbuf *err);
/* Like cfgfile_read, but a missing file is not an error: *found says whether it existed. */
bool cfgfile_read_optional(config_t *cfg, const char *path, unsigned flags, bool *found,
                           struct strbuf *err);
/* Source line of s in its file (0 when unknown); unlike config_setting_source_line, not cut to
   16 bits. */
int cfgfile_line(const config_setting_t *s);
/* Appends "FILE:LINE: message" for setting s to err (FILE is s's source file, else path; LINE
   that of s or its nearest parent with one), with control characters and bytes that are not
   UTF-8 escaped; returns false. */
bool cfgfile_fail(struct strbuf *err, const char *path, const config_setting_t *s, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
/* Member name of group g as a string: NULL when absent; false (with message) when not a string. */
bool cfgfile_string(const config_setting_t *g, const char *name, const char **out,
                    const char *path, struct strbuf *err);
/* Member name of g as a boolean (absent leaves *out); false when of another type. */
bool cfgfile_bool(const config_setting_t *g, const char *name, bool *out, const char *path,
                  struct strbuf *err);
/* Member name of g as a whole number of at least min (absent leaves *out); false with a message
   saying what is wrong when it is a decimal number, of another type or below min. */
bool cfgfile_int(const config_setting_t *g, const char *name, int min, int *out, const char *path,
                 struct strbuf *err);
/* Checks that g, if present, is of libconfig type want; false with a message otherwise. */
bool cfgfile_expect(const config_setting_t *g, int want, const char *what, const char *path,
                    struct strbuf *err);
/* Checks that every member of group g is named in known (NULL-terminated): a misspelt setting
   ("anwser") is an error, never silently ignored. False with "FILE:LINE: unknown setting 'x' ...
   the settings here are: ..." for the first unknown member; true when g is NULL or not a group. */
bool cfgfile_known_members(const config_setting_t *g, const char *const *known, const char *path,
                           struct strbuf *err);

#endif

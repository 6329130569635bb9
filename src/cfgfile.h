/* Reading libconfig files with messages that name the file and line. */
#ifndef SELOSTE_CFGFILE_H
#define SELOSTE_CFGFILE_H

#include <libconfig.h>
#include <stdbool.h>
#include "util.h"

/* Reads path into cfg (its root setting's hook is non-NULL when the file has \x escapes); on failure appends "FILE:LINE: message" to err and returns false. */
bool cfgfile_read(config_t *cfg, const char *path, struct strbuf *err);
/* Like cfgfile_read, but a missing file is not an error: *found says whether it existed. */
bool cfgfile_read_optional(config_t *cfg, const char *path, bool *found, struct strbuf *err);
/* Appends "FILE:LINE: message" for setting s to err; returns false. */
bool cfgfile_fail(struct strbuf *err, const char *path, const config_setting_t *s, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
/* Member name of group g as a string: NULL when absent; false (with message) when not a string. */
bool cfgfile_string(const config_setting_t *g, const char *name, const char **out,
                    const char *path, struct strbuf *err);
/* Member name of g as a boolean (absent leaves *out); false when of another type. */
bool cfgfile_bool(const config_setting_t *g, const char *name, bool *out, const char *path,
                  struct strbuf *err);
/* Member name of g as an int (absent leaves *out); false when of another type. */
bool cfgfile_int(const config_setting_t *g, const char *name, int *out, const char *path,
                 struct strbuf *err);
/* Checks that g, if present, is of libconfig type want; false with a message otherwise. */
bool cfgfile_expect(const config_setting_t *g, int want, const char *what, const char *path,
                    struct strbuf *err);

#endif

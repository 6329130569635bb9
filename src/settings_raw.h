/* The raw lines of a settings file as iniparser 4.1 reads them: for messages that name a line and
   for telling when iniparser returns less than the user wrote. Not a second parser: iniparser
   stays the one that gives the values; this only finds the lines they came from. */
#ifndef SELOSTE_SETTINGS_RAW_H
#define SELOSTE_SETTINGS_RAW_H

#include <stdbool.h>
#include <stddef.h>

/* One "key = value" line, continuation lines (ending in "\") joined as iniparser joins them. */
struct settings_raw_entry {
  int line;            /* 1-based number of its first physical line */
  const char *section; /* section name lowercased, "" before the first [section] */
  const char *key;     /* key lowercased */
  const char *value;   /* the text after the first "=", blanks around it stripped */
};

/* Calls fn for each key = value line of text[0..len) (no byte-order mark) in file order, until fn
   returns false. The entry's strings are valid only during the call. */
void settings_raw_each(const char *text, size_t len,
                       bool (*fn)(const struct settings_raw_entry *e, void *ctx), void *ctx);

/* What settings_raw_walk calls: entry for each key = value line, heading for each [section] line
   with its 1-based line number and its name as written between the brackets, stripped and
   lowercased ("" for "[]", after which iniparser and the entries stay in the section before).
   Either may be NULL; a false return stops the walk. Strings are valid only during the call. */
struct settings_raw_visitor {
  bool (*entry)(const struct settings_raw_entry *e, void *ctx);
  bool (*heading)(int line, const char *section, void *ctx);
};

/* Walks the lines of text[0..len) (no byte-order mark) in file order, calling v's functions. */
void settings_raw_walk(const char *text, size_t len, const struct settings_raw_visitor *v, void *ctx);

/* Line number of the last key = value line for section:key (both lowercase), 0 when none. */
int settings_raw_line(const char *text, size_t len, const char *section, const char *key);

/* How what iniparser 4.1 returns differs from the raw value the user wrote. */
enum settings_cut {
  SETTINGS_CUT_NONE,     /* it returns the whole value (quotes around it taken off) */
  SETTINGS_CUT_COMMENT,  /* an unquoted value ends at ';' or '#': the rest is a comment */
  SETTINGS_CUT_QUOTE,    /* a quoted value ends at the next quote of its kind; text follows */
  SETTINGS_CUT_UNCLOSED, /* an opening quote has no closing one: the rest of the line after the
                            opening quote is returned, ';' and '#' included */
  SETTINGS_CUT_QUOTES_KEPT /* the value starts with two quotes of a kind ("""), or is one quote:
                              iniparser reads it unquoted, quotes included, up to ';' or '#';
                              only "" or '' alone is read as empty */
};

/* Tells whether iniparser 4.1 returns something else than the raw value v (as in the entry) means;
   *at gets the character concerned (';', '#' or the quote), and is left alone for NONE. */
enum settings_cut settings_raw_cut(const char *v, char *at);

#endif

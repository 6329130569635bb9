/* A pre-pass over libconfig text before libconfig 1.5 sees it.

   It works around four bugs of libconfig 1.5 (Debian 12) and knows only libconfig's comments,
   strings, numbers and brackets, not its grammar:
   - `@include` is followed against the current directory, opens FIFOs and devices, and its text
     skips every check: here a document may not use it, and a clause file's include is read by
     this module (against the including file's directory, regular files only, same checks) and
     put in place, so libconfig never opens a file itself;
   - a string token that arrives where the grammar wants none leaks its memory: here such a
     string is a syntax error before libconfig parses;
   - integers outside int range are silently truncated (99999999999 reads as 1215752191): here
     they are refused;
   - reading through a FILE makes its flex lexer rescan a token on each 8 KiB refill, quadratic in
     the token's length: the prepared text is parsed in one piece with config_read_string;
   - each new member of a group is compared with all before it (25,000 members took 8 s): a group
     of more than 200 settings is refused, far more than any seloste file has.
   It also skips a UTF-8 byte order mark, drops the CR of CRLF line ends, and refuses NUL bytes,
   invalid UTF-8, control characters and control-character escapes ("\x1b", "\x00", "\r"). */
#ifndef SELOSTE_CFGTEXT_H
#define SELOSTE_CFGTEXT_H

#include <stdbool.h>
#include "util.h"

/* A stretch of the prepared text and the file it came from. */
struct cfgtext_span {
  int first_line; /* its first line in the prepared text (1-based) */
  int file_line;  /* the same line in its file */
  const char *path;
};

/* A decimal number as written in a file. */
struct cfgtext_literal {
  const char *path; /* one of the paths of its cfgtext */
  int file_line;
  char *text; /* owned */
};

/* The prepared text of a file and its includes, and where each line came from. */
struct cfgtext {
  struct strbuf text;
  struct cfgtext_span *spans;
  size_t nspans;
  char **paths; /* every file read, owned */
  size_t npaths;
  struct cfgtext_literal *floats; /* the first 100 decimal numbers, for messages */
  size_t nfloats;
  bool hex_escapes; /* a \x escape was met: only then can a parsed string hold bytes the scan never saw */
};

/* What a file may do. */
enum cfgtext_flags {
  CFGTEXT_DOCUMENT = 0, /* self-contained: @include is refused */
  CFGTEXT_INCLUDES = 1, /* @include "FILE" reads FILE relative to the including file's directory */
  CFGTEXT_TRUSTED = 2   /* data that steers the program (clauses, register types): the file, every file
                           it includes and the links to them must belong to root or the effective user,
                           and neither they nor their folders may be writable by everyone (a folder
                           with the sticky bit, like /tmp, may) -- else the file is refused */
};
/* The flags for the layered data files: includes allowed, trusted owners only. */
#define CFGTEXT_DATA (CFGTEXT_INCLUDES | CFGTEXT_TRUSTED)

/* Why path may not be read as data that steers the program (CFGTEXT_TRUSTED; seloste.ini too), or NULL
   when it may: the link itself, the file it leads to and the folder holding the path must belong to
   root or the effective user and not be writable by everyone (a sticky folder may be). A path that does
   not exist gives NULL (the read then reports it missing). The reason is a translated phrase ("it
   belongs to another user"), static. */
const char *cfgtext_untrusted(const char *path);
/* Reads path (and what it includes, per flags) into t, which must be zeroed. A missing path sets
   *found = false and returns true; any other problem appends "FILE:LINE: message" to err and
   returns false. t is freed with cfgtext_free either way. */
bool cfgtext_load(struct cfgtext *t, const char *path, unsigned flags, bool *found, struct strbuf *err);
/* The file holding line `line` of the prepared text, and its line there in *file_line. */
const char *cfgtext_where(const struct cfgtext *t, int line, int *file_line);
/* The text of the decimal number with the given value written on line file_line of path, as
   written there (1e0 stays 1e0), or NULL when not known; it lives as long as t (t may be NULL). */
const char *cfgtext_float_text(const struct cfgtext *t, const char *path, int file_line, double value);
/* Frees what t holds. */
void cfgtext_free(struct cfgtext *t);

#endif

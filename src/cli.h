/* Command-line commands: each takes its own arguments after the command word. */
#ifndef SELOSTE_CLI_H
#define SELOSTE_CLI_H

#include "util.h"

/* Exit statuses. */
enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_BAD_INPUT = 2 };

/* seloste new FILE [--force] */
int cmd_new(int argc, char **argv);
/* seloste render FILE [--lang] [--format] [--fragment] [-o OUT] */
int cmd_render(int argc, char **argv);
/* seloste import OLD [-o NEW] [--force] */
int cmd_import(int argc, char **argv);
/* seloste check FILE [--lang fi|en] [--format text|json] */
int cmd_check(int argc, char **argv);
/* Prints a message collected in err (one or more lines) to stderr and returns EXIT_BAD_INPUT. */
int cli_fail(struct strbuf *err);
/* Prints "Try 'seloste --help'" after a usage error and returns EXIT_BAD_INPUT. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

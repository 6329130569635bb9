/* seloste new: a complete notice from the stock clauses and the settings. */
#include "config.h"

#include <getopt.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "clauses.h"
#include "i18n.h"
#include "outfile.h"
#include "settings.h"
#include "stock.h"
#include "store.h"
#include "safetext.h"

/* Builds the new document, or NULL with err filled. */
static struct doc *build(struct strbuf *err)
{
  struct settings st;
  struct clause_lib lib;
  struct doc *d = NULL;
  bool ok = settings_load(&st, err);
  if (ok && clauses_load(&lib, err)) {
    char today[11];
    doc_today(today);
    d = stock_new_doc(&lib, &st, today);
    clauses_free(&lib);
  }
  settings_free(&st);
  return d;
}

int cmd_new(int argc, char **argv)
{
  static const struct option opts[] = { { "force", no_argument, NULL, 'F' }, { NULL, 0, NULL, 0 } };
  bool force = false;
  int c;
  while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
    if (c != 'F')
      return cli_usage_error(_("new: wrong option"));
    force = true;
  }
  if (optind != argc - 1)
    return cli_usage_error(_("new: give exactly one FILE to create"));
  const char *path = argv[optind];
  if (!force && access(path, F_OK) == 0) {
    safetext_eprintf(_("%s: already exists; open it with '%s %s', or use --force to replace it\n"), path,
            program_name, path);
    return EXIT_BAD_INPUT;
  }
  struct strbuf err = { 0 };
  struct doc *d = build(&err);
  if (!d)
    return cli_fail(&err);
  bool ok = outfile_lock(path, &err);
  if (ok) {
    ok = store_save(d, path, ATOMIC_DEFAULT, &err);
    outfile_unlock(path);
  }
  doc_free(d);
  if (!ok)
    return cli_fail(&err);
  printf(_("Created %s: a complete notice prefilled from the stock clauses.\n"), path);
  return EXIT_OK;
}

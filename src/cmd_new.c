/* seloste new: a complete notice from the stock clauses and the settings. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "clauses.h"
#include "i18n.h"
#include "outfile.h"
#include "render.h"
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

/* Tells on stderr which organisation details the new notice still lacks, and where to fill them. */
static void report_gaps(const char *path, const struct doc *d)
{
  unsigned gaps = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    if (d->lang_enabled[l])
      gaps |= render_gaps(d, (enum doc_lang)l);
  if (!gaps)
    return;
  char *what = render_gaps_text(gaps);
  safetext_eprintf(_("%s: a draft: %s; fill these in with '%s %s' before publishing the notice\n"), path,
                   what, program_name, path);
  free(what);
}

int cmd_new(int argc, char **argv)
{
  static const struct option opts[] = { { "force", no_argument, NULL, 'F' },
                                        { "register", required_argument, NULL, 'R' }, { NULL, 0, NULL, 0 } };
  bool force = false;
  const char *type = "customer";
  int c;
  while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
    if (c == 'R')
      type = optarg;
    else if (c == 'F')
      force = true;
    else
      return cli_usage_error(_("new: wrong option"));
  }
  if (optind != argc - 1)
    return cli_usage_error(_("new: give exactly one FILE to create"));
  if (!schema_use(type))
    return cli_usage_error(_("new: --register %s: no such register type; the types are: %s"), type,
                           schema_register_ids());
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
  if (ok)
    report_gaps(path, d);
  doc_free(d);
  if (!ok)
    return cli_fail(&err);
  printf(_("Created %s: every section prefilled from the stock clauses; make each text say what you "
           "really do, then run seloste check.\n"), path);
  return EXIT_OK;
}

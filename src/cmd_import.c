/* seloste import: an existing notice into a new document, with a report of what went where. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "i18n.h"
#include "import.h"
#include "outfile.h"
#include "safetext.h"
#include "store.h"

/* OLD with its extension replaced by .seloste. */
static char *default_output(const char *in)
{
  const char *slash = strrchr(in, '/');
  const char *dot = strrchr(in, '.');
  size_t n = dot && (!slash || dot > slash + 1) ? (size_t)(dot - in) : strlen(in);
  return xasprintf("%.*s.seloste", (int)n, in);
}

/* Reads the input file; NULL with "FILE: message" in err. */
static char *read_input(const char *path, size_t *len, struct strbuf *err)
{
  char *data = read_whole_file(path, len);
  if (!data)
    read_file_error(err, path, errno);
  return data;
}

/* Saves the imported document under the lock the wizard respects; false with err filled. */
static bool save(const struct doc *d, const char *path, struct strbuf *err)
{
  if (!outfile_lock(path, err))
    return false;
  bool ok = store_save(d, path, ATOMIC_DEFAULT, err);
  outfile_unlock(path);
  return ok;
}

/* The output path of notice i (from 0) of n: path itself when n is 1, else its stem with "-1", "-2"...
   before the ".seloste" ending ("new.seloste" -> "new-2.seloste"). Caller frees. */
static char *part_output(const char *path, size_t i, size_t n)
{
  if (n == 1)
    return xstrdup(path);
  const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
  size_t stem = dot && (!slash || dot > slash + 1) ? (size_t)(dot - path) : strlen(path);
  return xasprintf("%.*s-%zu%s", (int)stem, path, i + 1, path + stem);
}

/* Checks an output path before anything is written: not the input, and new unless force; false with
   err filled. */
static bool output_free(const char *in, const char *path, bool named, bool force, struct strbuf *err)
{
  if (named && outfile_is_input(in, path))
    sb_printf(err, _("%s: is the notice being imported (%s); choose another output file, nothing was written"),
              path, in);
  else if (strcmp(path, in) == 0 || outfile_is_input(in, path))
    sb_printf(err, _("%s: the output would replace the notice being imported; use -o"), in);
  else if (!force && access(path, F_OK) == 0)
    sb_printf(err, _("%s: already exists; use --force to replace it, or -o to choose another name"), path);
  else
    return true;
  return false;
}

/* Reads and imports the notice(s) of in; returns how many documents (0 with err filled). */
static size_t import_file(const char *in, bool all, struct doc ***docs, struct strbuf *report,
                          struct strbuf *warn, struct strbuf *err)
{
  size_t len, n = 0;
  char *data = read_input(in, &len, err);
  if (data)
    n = import_notices_named(in, data, len, all, docs, report, warn, err);
  if (data && !n && err->len) {
    char *msg = xasprintf("%s: %s", in, err->s);
    err->len = 0;
    sb_add(err, msg);
    free(msg);
  }
  free(data);
  return n;
}

/* Saves each document to its output, every output checked first so that nothing is written when
   one of them may not be; false with err filled. */
static bool save_all(const char *in, const char *path, bool named, bool force, struct doc **docs, size_t n,
                     struct strbuf *err)
{
  for (size_t i = 0; i < n; i++) {
    char *p = part_output(path, i, n);
    bool ok = output_free(in, p, named, force, err);
    free(p);
    if (!ok)
      return false;
  }
  for (size_t i = 0; i < n; i++) {
    char *p = part_output(path, i, n);
    bool ok = save(docs[i], p, err);
    if (ok)
      printf(_("Imported %s into %s.\n"), in, p);
    free(p);
    if (!ok)
      return false;
  }
  return true;
}

int cmd_import(int argc, char **argv)
{
  static const struct option opts[] = { { "output", required_argument, NULL, 'o' },
                                        { "force", no_argument, NULL, 'F' },
                                        { "all", no_argument, NULL, 'A' },
                                        { NULL, 0, NULL, 0 } };
  const char *out = NULL;
  bool force = false, all = false;
  int c;
  while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
    if (c == 'o')
      out = optarg;
    else if (c == 'F')
      force = true;
    else if (c == 'A')
      all = true;
    else
      return cli_usage_error(_("import: wrong option"));
  }
  if (optind != argc - 1)
    return cli_usage_error(_("import: give exactly one notice to import"));
  const char *in = argv[optind];
  char *def = out ? NULL : default_output(in);
  const char *path = out ? out : def;
  struct strbuf err = { 0 }, report = { 0 }, warn = { 0 };
  int status = EXIT_OK;
  struct doc **docs = NULL;
  size_t n = 0;
  if (access(in, R_OK) != 0)
    read_file_error(&err, in, errno); /* a missing input is named as missing, not as the output */
  else if ((all || output_free(in, path, out != NULL, force, &err)))
    n = import_file(in, all, &docs, &report, &warn, &err); /* with --all the outputs are known after */
  if (n && save_all(in, path, out != NULL, force, docs, n, &err)) {
    fputs(report.s ? report.s : "", stdout);
    if (warn.len)
      safetext_eprintf("%s", warn.s);
  } else {
    status = cli_fail(&err);
  }
  for (size_t i = 0; i < n; i++)
    doc_free(docs[i]);
  free(docs);
  free(def);
  sb_free(&report);
  sb_free(&warn);
  sb_free(&err);
  return status;
}

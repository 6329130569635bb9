/* seloste import: an existing notice into a new document, with a report of what went where. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

/* The umask for writing a document made from a notice with permission bits in_mode: the user's own
   umask, plus the group's and others' bits when the notice is not readable by them, so that a new
   document is never more readable than its notice (a 0600 notice imported into a shared folder
   does not become a 0644 document there). An existing file replaced with --force keeps its mode. */
static mode_t import_umask(mode_t in_mode)
{
  mode_t mask = umask(0);
  umask(mask);
  if (!(in_mode & S_IRGRP))
    mask |= S_IRGRP | S_IWGRP | S_IXGRP;
  if (!(in_mode & S_IROTH))
    mask |= S_IROTH | S_IWOTH | S_IXOTH;
  return mask;
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

/* Checks an output path before anything is written: not the input, nothing another user planted
   or a wizard holds (outfile_may_write, checked before existence so that a planted link is named as
   such, not as a file --force could replace), and new unless force; false with err filled. */
static bool output_free(const char *in, const char *path, bool named, bool force, struct strbuf *err)
{
  if (named && outfile_is_input(in, path))
    sb_printf(err, _("%s: is the notice being imported (%s); choose another output file, nothing was written"),
              path, in);
  else if (strcmp(path, in) == 0 || outfile_is_input(in, path))
    sb_printf(err, _("%s: the output would replace the notice being imported; use -o"), in);
  else if (!outfile_may_write(path, err))
    return false;
  else if (!force && access(path, F_OK) == 0)
    sb_printf(err, _("%s: already exists; use --force to replace it, or -o to choose another name"), path);
  else
    return true;
  return false;
}

/* Imports the notice(s) in data read from in; returns how many documents (0 with "IN: message" in err). */
static size_t import_data(const char *in, const char *data, size_t len, bool all, struct doc ***docs,
                          struct strbuf *report, struct strbuf *warn, struct strbuf *err)
{
  size_t n = import_notices_named(in, data, len, all, docs, report, warn, err);
  if (!n && err->len) {
    char *msg = xasprintf("%s: %s", in, err->s);
    err->len = 0;
    sb_add(err, msg);
    free(msg);
  }
  return n;
}

/* Takes the locks of the n outputs of path; false with err filled and none held when one is taken. */
static bool lock_all(const char *path, size_t n, struct strbuf *err)
{
  for (size_t i = 0; i < n; i++) {
    char *p = part_output(path, i, n);
    bool ok = outfile_lock(p, err);
    free(p);
    if (ok)
      continue;
    while (i-- > 0) {
      p = part_output(path, i, n);
      outfile_unlock(p);
      free(p);
    }
    return false;
  }
  return true;
}

/* Checks every output of path (of n) as output_free does; false with err filled, and a note naming
   how many were not written when there are several. */
static bool outputs_free(const char *in, const char *path, bool named, bool force, size_t n, struct strbuf *err)
{
  for (size_t i = 0; i < n; i++) {
    char *p = part_output(path, i, n);
    bool ok = output_free(in, p, named, force, err);
    free(p);
    if (ok)
      continue;
    if (n > 1) {
      sb_addc(err, '\n');
      sb_printf(err, ngettext("%s: holds %zu notice; none of them was written, as the output above cannot be",
                              "%s: holds %zu notices; none of them was written, as the output above cannot be", n),
                in, n);
    }
    return false;
  }
  return true;
}

/* Saves each document to its output, every output checked and locked first so that nothing is
   written when one of them may not be; false with err filled. mask: the umask for new files. */
static bool save_all(const char *in, const char *path, bool named, bool force, struct doc **docs, size_t n,
                     mode_t mask, struct strbuf *err)
{
  if (!outputs_free(in, path, named, force, n, err) || !lock_all(path, n, err))
    return false;
  bool ok = true;
  mode_t old = umask(mask);
  for (size_t i = 0; ok && i < n; i++) {
    char *p = part_output(path, i, n);
    ok = store_save(docs[i], p, ATOMIC_DEFAULT, err);
    if (ok)
      printf(_("Imported %s into %s.\n"), in, p);
    free(p);
  }
  umask(old);
  for (size_t i = 0; i < n; i++) {
    char *p = part_output(path, i, n);
    outfile_unlock(p);
    free(p);
  }
  return ok;
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
  size_t n = 0, len = 0;
  mode_t in_mode = 0644;
  /* read first: a missing or refused input is named as such, not as the output */
  char *data = outfile_read_input(in, &len, &in_mode, &err);
  if (data && (all || output_free(in, path, out != NULL, force, &err)))
    n = import_data(in, data, len, all, &docs, &report, &warn, &err); /* with --all the outputs are known after */
  free(data);
  if (n && save_all(in, path, out != NULL, force, docs, n, import_umask(in_mode), &err)) {
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

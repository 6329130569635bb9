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

int cmd_import(int argc, char **argv)
{
  static const struct option opts[] = { { "output", required_argument, NULL, 'o' },
                                        { "force", no_argument, NULL, 'F' }, { NULL, 0, NULL, 0 } };
  const char *out = NULL;
  bool force = false;
  int c;
  while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
    if (c == 'o')
      out = optarg;
    else if (c == 'F')
      force = true;
    else
      return cli_usage_error(_("import: wrong option"));
  }
  if (optind != argc - 1)
    return cli_usage_error(_("import: give exactly one notice to import"));
  const char *in = argv[optind];
  char *def = out ? NULL : default_output(in);
  const char *path = out ? out : def;
  struct strbuf err = { 0 }, report = { 0 };
  int status = EXIT_OK;
  size_t len;
  char *data = NULL;
  struct doc *d = NULL;
  if (access(in, R_OK) != 0) {
    read_file_error(&err, in, errno); /* a missing input is named as missing, not as the output */
  } else if (out && outfile_is_input(in, out)) {
    sb_printf(&err, _("%s: is the notice being imported (%s); choose another output file, nothing was written"),
              out, in);
  } else if (strcmp(path, in) == 0 || outfile_is_input(in, path)) {
    sb_printf(&err, _("%s: the output would replace the notice being imported; use -o"), in);
  } else if (!force && access(path, F_OK) == 0) {
    sb_printf(&err, _("%s: already exists; use --force to replace it, or -o to choose another name"), path);
  } else if ((data = read_input(in, &len, &err))) {
    d = import_notice_named(in, data, len, &report, &err);
    if (!d && err.len) {
      char *msg = xasprintf("%s: %s", in, err.s);
      err.len = 0;
      sb_add(&err, msg);
      free(msg);
    }
  }
  if (d && save(d, path, &err)) {
    printf(_("Imported %s into %s.\n"), in, path);
    fputs(report.s ? report.s : "", stdout);
  } else {
    status = cli_fail(&err);
  }
  doc_free(d);
  free(data);
  free(def);
  sb_free(&report);
  sb_free(&err);
  return status;
}

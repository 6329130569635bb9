/* seloste render: the finished notice as text, Markdown or HTML. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "atomicfile.h"
#include "cli.h"
#include "clauses.h"
#include "i18n.h"
#include "outfile.h"
#include "render.h"
#include "store.h"
#include "safetext.h"

/* Everything one render needs. */
struct job {
  const char *path;
  const struct doc *doc;
  const struct authority *authority;
  struct render_opts opts;
  bool draft; /* --draft: render a notice with missing details, marking the gaps */
  bool lang_given; /* --lang was on the command line */
};

static const char *warn_path; /* document named in warnings */

/* Reports a section left out of the rendering. */
static void warn_section(const char *id, const char *msg)
{
  safetext_eprintf(_("%s: %s: warning: %s\n"), warn_path, id, msg);
}

/* atomic_write callback. */
static bool write_cb(FILE *fp, void *ctx)
{
  const struct job *j = ctx;
  return render_doc(j->doc, j->authority, &j->opts, fp, warn_section);
}

/* Format implied by an output file name, or -1. */
static int format_of_name(const char *out)
{
  const char *dot = out ? strrchr(out, '.') : NULL;
  if (!dot)
    return -1;
  if (strcmp(dot, ".htm") == 0)
    return FORMAT_HTML;
  return render_format_from_name(dot + 1);
}

/* Parses render's options into j; returns -1 when fine, else an exit status. */
static int parse(int argc, char **argv, struct job *j, const char **out)
{
  static const struct option opts[] = {
    { "lang", required_argument, NULL, 'l' }, { "format", required_argument, NULL, 'f' },
    { "fragment", no_argument, NULL, 'F' }, { "output", required_argument, NULL, 'o' },
    { "draft", no_argument, NULL, 'D' }, { NULL, 0, NULL, 0 } };
  int c, format = -1;
  while ((c = getopt_long(argc, argv, "l:f:o:", opts, NULL)) != -1) {
    if (c == 'l' && (int)(j->opts.lang = (enum doc_lang)doc_lang_from_code(optarg)) < 0)
      return cli_usage_error(_("render: unknown language '%s'; use fi or en"), optarg);
    j->lang_given = j->lang_given || c == 'l';
    if (c == 'f' && (format = render_format_from_name(optarg)) < 0)
      return cli_usage_error(_("render: unknown format '%s'; use text, md or html"), optarg);
    if (c == 'F')
      j->opts.fragment = true;
    if (c == 'o')
      *out = optarg;
    if (c == 'D')
      j->draft = j->opts.draft = true;
    if (c == '?')
      return cli_usage_error(_("render: wrong option"));
  }
  if (optind != argc - 1)
    return cli_usage_error(_("render: give exactly one FILE to render"));
  j->path = argv[optind];
  if (format < 0)
    format = format_of_name(*out);
  j->opts.format = format < 0 ? FORMAT_TEXT : (enum render_format)format;
  if (j->opts.fragment && j->opts.format != FORMAT_HTML)
    return cli_usage_error(_("render: --fragment goes with --format html"));
  return -1;
}

/* True when the notice is published in the language asked for. Without --lang, the notice's first
   language is used. A language the notice leaves out is never rendered: its texts may be stock texts
   nobody has read, so publishing them would say things the controller does not do. */
static bool language_published(struct job *j)
{
  if (!j->lang_given && !j->doc->lang_enabled[j->opts.lang])
    j->opts.lang = j->doc->lang_enabled[LANG_FI] ? LANG_FI : LANG_EN;
  if (j->doc->lang_enabled[j->opts.lang])
    return true;
  safetext_eprintf(_("%s: the notice is not published in %s (it is not among its languages); render it "
                     "in a language it has, or add the language in the wizard's first screen; nothing was "
                     "written\n"),
                   j->path, j->opts.lang == LANG_FI ? _("Finnish") : _("English"));
  return false;
}

/* True when the notice may be rendered: complete, or a draft asked for; else says what is missing. */
static bool publishable(const struct job *j)
{
  unsigned gaps = render_gaps(j->doc, j->opts.lang);
  if (!gaps || j->draft)
    return true;
  char *what = render_gaps_describe(j->doc, (int)j->opts.lang, gaps, "; ");
  safetext_eprintf(_("%s: the notice cannot be published yet: %s; fill these in, or use --draft to see a "
                     "draft with the gaps marked; nothing was written\n"), j->path, what);
  free(what);
  return false;
}

int cmd_render(int argc, char **argv)
{
  struct job j = { NULL, NULL, NULL, { LANG_FI, FORMAT_TEXT, false, 0, false }, false, false };
  const char *out = NULL;
  int status = parse(argc, argv, &j, &out);
  if (status >= 0)
    return status;
  bool to_file = out && strcmp(out, "-") != 0;
  if (to_file && outfile_is_input(j.path, out)) {
    safetext_eprintf(_("%s: is the document being rendered (%s); choose another output file, nothing was written\n"),
            out, j.path);
    return EXIT_BAD_INPUT;
  }
  struct strbuf err = { 0 };
  if (to_file && !outfile_may_render(out, &err))
    return cli_fail(&err);
  struct authority a;
  struct doc *d = store_load(j.path, &err);
  if (!d)
    return cli_fail(&err);
  if (!authority_load(&a, &err)) {
    doc_free(d);
    return cli_fail(&err);
  }
  j.doc = d;
  j.authority = &a;
  warn_path = j.path;
  if (!language_published(&j) || !publishable(&j)) {
    doc_free(d);
    authority_free(&a);
    return EXIT_BAD_INPUT;
  }
  bool ok = to_file ? atomic_write(out, write_cb, &j, ATOMIC_DEFAULT, &err) : write_cb(stdout, &j);
  doc_free(d);
  authority_free(&a);
  if (!ok && err.len)
    return cli_fail(&err);
  return ok ? EXIT_OK : EXIT_BAD_INPUT;
}

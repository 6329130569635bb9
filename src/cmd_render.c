/* seloste render: the finished notice as text, Markdown or HTML; a folder of notices with their index. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "atomicfile.h"
#include "cli.h"
#include "clauses.h"
#include "i18n.h"
#include "notice_dir.h"
#include "notice_index.h"
#include "notice_ours.h"
#include "outfile.h"
#include "render.h"
#include "safefile.h"
#include "schema.h"
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
  bool format_given; /* --format was */
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
      return cli_usage_error(_("render: unknown language '%s'; use %s"), optarg, lang_codes());
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
  j->format_given = format >= 0;
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
                   j->path, lang_name(j->opts.lang));
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

/* Warns (rendering goes on) when a section's text in the language rendered is out of date: another
   language was edited after it, so the two would say different things. */
static void warn_stale(const struct job *j)
{
  char *stale = render_stale_sections(j->doc, j->opts.lang);
  if (!stale)
    return;
  safetext_eprintf(_("%s: warning: the %s text is out of date in %s: another language was edited after it; "
                     "update it in the wizard before you publish this\n"),
                   j->path, lang_name(j->opts.lang), stale);
  free(stale);
}

/* ---------- a folder of notices: seloste render DIR -o OUTDIR ---------- */

/* A file's identity, to know an input notice under any name. */
struct file_id {
  dev_t dev;
  ino_t ino;
};

/* Everything a folder's rendering needs. */
struct dir_run {
  struct job *j;
  const char *dir, *outdir;
  struct notice_list list;
  struct notice_index_entry *idx; /* per notice: its document (NULL when it did not load), languages */
  struct file_id *inputs;         /* the notices' files, sorted, for the outputs' check */
  struct notice_ours ours;        /* the files earlier runs wrote in outdir: only these are replaced */
  size_t ninputs, nfiles;         /* files to write, the index left out */
  size_t bad;                     /* notices and outputs that are not written, each reported */
  bool stop;                      /* the output folder itself cannot be used: nothing is written */
  bool index_ok;                  /* the index may be written */
};

/* qsort and bsearch order of file ids. */
static int by_id(const void *a, const void *b)
{
  const struct file_id *x = a, *y = b;
  if (x->dev != y->dev)
    return x->dev < y->dev ? -1 : 1;
  return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* Makes d's register type the active one (schema_use): loading a notice makes its type active, but a
   folder's notices are all loaded before the first is rendered, and a type may set a shared section's
   options its own way (the labels of the transfer mechanisms, say), which the renderer looks up in the
   active type. */
static void use_type(const struct doc *d)
{
  schema_use(d->reg->id);
}

/* Leaves notice i out of the rendering: none of its languages is written or linked. */
static void leave_out(struct dir_run *r, size_t i)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (r->idx[i].lang[l]) {
      r->idx[i].lang[l] = false;
      r->nfiles--;
    }
}

/* Chooses the languages notice i is rendered in: with --lang that one, when the notice has it (a notice
   without it is left out with a warning: it has no such version to link); else every language it has.
   Each must be publishable (or --draft given): else says why, leaves the whole notice out and counts it
   as bad. */
static void choose_langs(struct dir_run *r, size_t i)
{
  struct job *j = r->j;
  struct notice_index_entry *e = &r->idx[i];
  enum doc_lang asked = j->opts.lang;
  for (int l = 0; l < LANG_COUNT; l++) {
    bool want = j->lang_given ? l == (int)asked : e->doc->lang_enabled[l];
    if (!want)
      continue;
    if (!e->doc->lang_enabled[l]) {
      safetext_eprintf(_("%s: warning: the notice is not published in %s; it is left out of this rendering "
                         "and its index\n"), r->list.v[i].path, lang_name(l));
      continue;
    }
    j->path = r->list.v[i].path;
    j->doc = e->doc;
    j->opts.lang = (enum doc_lang)l;
    use_type(e->doc);
    if (!publishable(j)) {
      leave_out(r, i);
      r->bad++;
      break;
    }
    warn_stale(j);
    e->lang[l] = true;
    r->nfiles++;
  }
  j->opts.lang = asked;
}

/* Loads every notice of the folder and chooses its languages, reporting each that cannot be rendered
   ("FILE:LINE: message") and leaving it out; the run goes on with the others. */
static void load_all(struct dir_run *r)
{
  r->idx = xmalloc(r->list.n * sizeof *r->idx);
  r->inputs = xmalloc(r->list.n * sizeof *r->inputs);
  for (size_t i = 0; i < r->list.n; i++) {
    struct notice_index_entry *e = &r->idx[i];
    struct strbuf err = { 0 };
    memset(e, 0, sizeof *e);
    e->name = r->list.v[i].name;
    struct stat st;
    struct doc *d = safefile_load_doc(r->list.v[i].path, false, &err);
    if (d && stat(r->list.v[i].path, &st) == 0)
      r->inputs[r->ninputs++] = (struct file_id){ st.st_dev, st.st_ino };
    e->doc = d;
    if (!d) {
      safetext_eprintf("%s\n", err.s ? err.s : _("unknown error"));
      r->bad++;
    } else {
      choose_langs(r, i);
    }
    sb_free(&err);
  }
  qsort(r->inputs, r->ninputs, sizeof *r->inputs, by_id);
}

/* True when path names one of the notices being rendered (through any link, hard or symbolic). */
static bool is_an_input(const struct dir_run *r, const char *path)
{
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return false;
  struct file_id id = { st.st_dev, st.st_ino };
  return bsearch(&id, r->inputs, r->ninputs, sizeof id, by_id) != NULL;
}

/* Checks one output before anything is written: none of the notices, no symbolic link (the names are
   seloste's choice, not the user's, so a link there was put by someone else or for something else: it
   is not followed), what render -o checks (no document under it, none open in the wizard, no directory
   in its place), and, when the file exists, that an earlier run wrote it (it is in the folder's
   record). True when it may be written; else reports why. */
static bool check_output(struct dir_run *r, const char *path)
{
  struct strbuf err = { 0 };
  struct stat st;
  bool exists = lstat(path, &st) == 0;
  const char *base = strrchr(path, '/') + 1;
  if (is_an_input(r, path))
    sb_printf(&err, _("%s: is one of the notices being rendered; remove that link from the output folder, "
                      "it was not written"), path);
  else if (exists && S_ISLNK(st.st_mode))
    sb_printf(&err, _("%s: is a symbolic link; the renderings of a folder are not written through links, so "
                      "neither the link nor the file it leads to was changed (remove the link)"), path);
  else if (!outfile_may_render(path, &err) || !atomic_may_write(path, NULL, ATOMIC_DEFAULT, &err))
    ;
  else if (exists && !notice_ours_has(&r->ours, base))
    sb_printf(&err, _("%s: is not a file seloste render wrote (%s does not list it); it was left as it is: "
                      "rename or remove it to let seloste write there"), path, NOTICE_OURS_FILE);
  else
    return true;
  safetext_eprintf("%s\n", err.s);
  sb_free(&err);
  r->bad++;
  return false;
}

/* True when the folder that would hold path exists. */
static bool parent_exists(const char *path)
{
  char *dir = atomic_dir_of(path);
  bool ok = notice_dir_is(dir);
  free(dir);
  return ok;
}

/* Checks the output folder itself, and reads its record of seloste's files; false after saying why
   nothing can be written in it. Sets *exists. */
static bool check_outdir(struct dir_run *r, bool *exists)
{
  struct strbuf err = { 0 };
  struct stat st;
  *exists = stat(r->outdir, &st) == 0;
  int stat_errno = errno;
  if (!atomic_check(r->outdir, ATOMIC_DEFAULT, &err))
    ;
  else if (*exists && !S_ISDIR(st.st_mode))
    sb_printf(&err, _("%s: is not a folder; the notices of a folder are rendered into a folder, nothing was "
                      "written"), r->outdir);
  else if (!*exists && stat_errno != ENOENT)
    sb_printf(&err, _("%s: cannot save: %s; nothing was written"), r->outdir, strerror(stat_errno));
  else if (!*exists && !parent_exists(r->outdir))
    sb_printf(&err, _("%s: cannot make the folder: the folder it would be in does not exist; nothing was "
                      "written"), r->outdir);
  else if (*exists)
    notice_ours_read(r->outdir, &r->ours, &err);
  if (!err.len)
    return true;
  safetext_eprintf("%s\n", err.s);
  sb_free(&err);
  return false;
}

/* Checks the output folder and, when it exists, every file to be written in it (a missing folder is
   made later, so only the way to it is checked now). An output that may not be written is left out,
   with its link in the index; a folder that cannot be used stops the run. */
static void check_outputs(struct dir_run *r)
{
  bool exists;
  r->index_ok = true;
  if (!check_outdir(r, &exists)) {
    r->stop = true;
    r->bad++;
    return;
  }
  if (!exists)
    return;
  const char *ext = notice_index_ext(r->j->opts.format);
  for (size_t i = 0; i < r->list.n; i++)
    for (int l = 0; l < LANG_COUNT; l++)
      if (r->idx[i].lang[l]) {
        char *p = notice_dir_output(r->outdir, r->idx[i].name, doc_lang_code(l), ext);
        if (!check_output(r, p)) {
          r->idx[i].lang[l] = false;
          r->nfiles--;
        }
        free(p);
      }
  char *index = notice_dir_join(r->outdir, notice_index_name(r->j->opts.format));
  r->index_ok = check_output(r, index);
  free(index);
}

/* Makes the output folder when it is missing (its mode 0777 less the umask, as mkdir(1) does); false
   after saying why it could not be made. */
static bool make_outdir(const char *outdir)
{
  if (mkdir(outdir, 0777) == 0 || (errno == EEXIST && notice_dir_is(outdir)))
    return true;
  safetext_eprintf(_("%s: cannot make the folder: %s; nothing was written\n"), outdir, strerror(errno));
  return false;
}

/* atomic_write callback of the index. */
static bool index_cb(FILE *fp, void *ctx)
{
  const struct dir_run *r = ctx;
  return notice_index_write(fp, r->j->opts.format, r->idx, r->list.n);
}

/* atomic_write callback of the record of seloste's files. */
static bool ours_cb(FILE *fp, void *ctx)
{
  return notice_ours_write(fp, ctx);
}

/* Adds every file this run is to write to the folder's record and saves it, before any of them is
   written: a run cut off midway still knows its files as its own. False after saying why. */
static bool save_ours(struct dir_run *r)
{
  const char *ext = notice_index_ext(r->j->opts.format);
  for (size_t i = 0; i < r->list.n; i++)
    for (int l = 0; l < LANG_COUNT; l++)
      if (r->idx[i].lang[l]) {
        char *f = xasprintf("%s.%s.%s", r->idx[i].name, doc_lang_code(l), ext);
        notice_ours_add(&r->ours, f);
        free(f);
      }
  if (r->index_ok)
    notice_ours_add(&r->ours, notice_index_name(r->j->opts.format));
  char *path = notice_dir_join(r->outdir, NOTICE_OURS_FILE);
  struct strbuf err = { 0 };
  bool ok = atomic_write(path, ours_cb, &r->ours, ATOMIC_DEFAULT, &err);
  if (!ok)
    safetext_eprintf("%s\n", err.s ? err.s : _("unknown error"));
  sb_free(&err);
  free(path);
  return ok;
}

/* Writes one rendering of notice i in language l into the batch; false after saying why it failed. */
static bool write_one(struct dir_run *r, struct atomic_batch *b, size_t i, int l, const char *ext)
{
  struct job *j = r->j;
  j->path = warn_path = r->list.v[i].path;
  j->doc = r->idx[i].doc;
  j->opts.lang = (enum doc_lang)l;
  use_type(j->doc);
  char *p = notice_dir_output(r->outdir, r->idx[i].name, doc_lang_code(l), ext);
  struct strbuf err = { 0 };
  bool ok = atomic_batch_write(b, p, j->path, write_cb, j, ATOMIC_DEFAULT, &err);
  if (!ok)
    safetext_eprintf("%s\n", err.s ? err.s : _("unknown error"));
  sb_free(&err);
  free(p);
  return ok;
}

/* Says what was written: how many notices, files, and where the index is (NULL: not written). */
static void print_done(const struct dir_run *r, size_t files, const char *index)
{
  size_t n = 0;
  for (size_t i = 0; i < r->list.n; i++)
    for (int l = 0; l < LANG_COUNT; l++)
      if (r->idx[i].lang[l]) {
        n++;
        break;
      }
  char *what = xasprintf(ngettext("%zu file", "%zu files", files), files);
  if (index)
    printf(ngettext("Rendered %zu notice into %s (%s) and its index %s.\n",
                    "Rendered %zu notices into %s (%s) and their index %s.\n", n),
           n, r->outdir, what, index);
  else
    printf(ngettext("Rendered %zu notice into %s (%s); the index was not written.\n",
                    "Rendered %zu notices into %s (%s); the index was not written.\n", n),
           n, r->outdir, what);
  free(what);
}

/* Writes every rendering (as one batch: see atomic_batch_new), then the index, last, so that it never
   links a file not yet written; false after saying how far it got. */
static bool write_all(struct dir_run *r)
{
  const char *ext = notice_index_ext(r->j->opts.format);
  size_t tried = 0;
  bool ok = true;
  struct atomic_batch *b = atomic_batch_new();
  for (size_t i = 0; ok && i < r->list.n; i++)
    for (int l = 0; ok && l < LANG_COUNT; l++)
      if (r->idx[i].lang[l] && (ok = write_one(r, b, i, l, ext)))
        tried++;
  struct strbuf err = { 0 };
  if (!ok)
    atomic_batch_abandon(b);
  else if (!(ok = atomic_batch_finish(b, &err)))
    safetext_eprintf("%s\n", err.s ? err.s : _("unknown error"));
  char *index = notice_dir_join(r->outdir, notice_index_name(r->j->opts.format));
  sb_free(&err);
  if (ok && r->index_ok && !(ok = atomic_write(index, index_cb, r, ATOMIC_DEFAULT, &err)))
    safetext_eprintf("%s\n", err.s ? err.s : _("unknown error"));
  else if (!ok)
    safetext_eprintf(_("%s: not every rendering was written (those saved before the failure are new, the "
                       "others keep their old versions); the index %s was not updated\n"), r->outdir, index);
  else
    print_done(r, tried, r->index_ok ? index : NULL);
  sb_free(&err);
  free(index);
  return ok;
}

/* Frees what a folder's run holds. */
static void dir_run_free(struct dir_run *r)
{
  for (size_t i = 0; r->idx && i < r->list.n; i++)
    doc_free((struct doc *)r->idx[i].doc);
  free(r->idx);
  free(r->inputs);
  notice_ours_free(&r->ours);
  notice_list_free(&r->list);
}

/* Reports the run's problems in one line after their own; returns the exit status. */
static int dir_status(const struct dir_run *r, bool wrote)
{
  if (!r->bad && wrote)
    return EXIT_OK;
  if (r->bad && !wrote)
    safetext_eprintf(ngettext("%s: %zu notice or output above cannot be written; nothing was written\n",
                              "%s: %zu notices or outputs above cannot be written; nothing was written\n", r->bad),
                     r->dir, r->bad);
  else if (r->bad)
    safetext_eprintf(ngettext("%s: %zu notice or output above was not written; the others were, and the index "
                              "links only them\n",
                              "%s: %zu notices or outputs above were not written; the others were, and the index "
                              "links only them\n", r->bad),
                     r->dir, r->bad);
  return EXIT_BAD_INPUT;
}

/* Loads, checks and writes the folder's notices once it is known to hold some; returns the exit status. */
static int render_notices(struct dir_run *r)
{
  struct job *j = r->j;
  load_all(r);
  if (!r->nfiles && !r->bad) {
    safetext_eprintf(_("%s: no notice in it is published in %s; nothing was written\n"), r->dir,
                     lang_name(j->opts.lang));
    return EXIT_BAD_INPUT;
  }
  if (r->nfiles)
    check_outputs(r); /* reported with the notices' problems, so that one run shows them all */
  bool wrote = r->nfiles && !r->stop && make_outdir(r->outdir) && save_ours(r) && write_all(r);
  return dir_status(r, wrote);
}

/* seloste render DIR -o OUTDIR: every notice of DIR in each of its languages (or --lang's) as
   OUTDIR/NAME.LANG.EXT, and OUTDIR/index.EXT linking them. Every notice is loaded and checked, and every
   output, before the first file is written; a notice that cannot be rendered, or an output that may not
   be written, is reported and left out (exit status 2), the others are written and the index links
   them. */
static int render_dir(struct job *j, const char *outdir)
{
  if (!outdir || strcmp(outdir, "-") == 0) {
    safetext_eprintf(_("%s: is a directory; its notices are rendered into a folder: give -o OUTDIR (or give one "
                       "FILE to render)\n"), j->path);
    return EXIT_BAD_INPUT;
  }
  if (j->opts.fragment)
    return cli_usage_error(_("render: --fragment renders one notice; a folder's notices are rendered as whole "
                             "pages"));
  if (!j->format_given)
    j->opts.format = FORMAT_HTML;
  struct dir_run r = { .j = j, .dir = j->path, .outdir = outdir };
  struct strbuf err = { 0 }, warn = { 0 };
  bool listed = notice_dir_list(r.dir, &r.list, &warn, &err);
  if (warn.len)
    safetext_eprintf("%s", warn.s);
  sb_free(&warn);
  if (!listed)
    return cli_fail(&err);
  if (!r.list.n) {
    safetext_eprintf(_("%s: holds no notices (files NAME.seloste); nothing was written\n"), r.dir);
    notice_list_free(&r.list);
    return EXIT_BAD_INPUT;
  }
  struct authority a;
  if (!authority_load(&a, &err)) {
    notice_list_free(&r.list);
    return cli_fail(&err);
  }
  j->authority = &a;
  int status = render_notices(&r);
  dir_run_free(&r);
  authority_free(&a);
  return status;
}

int cmd_render(int argc, char **argv)
{
  struct job j = { NULL, NULL, NULL, { LANG_FI, FORMAT_TEXT, false, 0, false }, false, false, false };
  const char *out = NULL;
  int status = parse(argc, argv, &j, &out);
  if (status >= 0)
    return status;
  if (notice_dir_is(j.path))
    return render_dir(&j, out);
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
  warn_stale(&j);
  bool ok = to_file ? atomic_write(out, write_cb, &j, ATOMIC_DEFAULT, &err) : write_cb(stdout, &j);
  doc_free(d);
  authority_free(&a);
  if (!ok && err.len)
    return cli_fail(&err);
  return ok ? EXIT_OK : EXIT_BAD_INPUT;
}

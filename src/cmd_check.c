/* seloste check: the compliance review, as compiler-style lines or JSON. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "clauses.h"
#include "cli.h"
#include "i18n.h"
#include "notice_dir.h"
#include "safefile.h"
#include "safetext.h"
#include "schema.h"
#include "store.h"

enum check_format { CHECK_TEXT, CHECK_JSON };

/* Writes s as a JSON string, quotes included. */
static void json_string(FILE *out, const char *s)
{
  putc('"', out);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(out, "\\%c", *p);
    else if (*p == '\n')
      fputs("\\n", out);
    else if (*p == '\t')
      fputs("\\t", out);
    else if (*p < 0x20 || *p == 0x7f)
      fprintf(out, "\\u%04x", *p);
    else
      putc(*p, out);
  }
  putc('"', out);
}

/* Prints the findings as objects {file, section, severity, message, gdpr, rule, lang} of a JSON array
   whose "[" is printed; *first is true until an object has been printed in it. */
static void print_json_items(const char *path, const struct check_findings *f, FILE *out, bool *first)
{
  for (size_t i = 0; i < f->n; i++) {
    const struct check_finding *x = &f->v[i];
    char *msg = check_message(x);
    fputs(*first ? "\n  {" : ",\n  {", out);
    *first = false;
    fputs("\"file\": ", out);
    json_string(out, path);
    fputs(", \"section\": ", out);
    json_string(out, x->section);
    fputs(", \"severity\": ", out);
    json_string(out, check_severity_name(x->severity));
    fputs(", \"message\": ", out);
    json_string(out, msg);
    fputs(", \"gdpr\": ", out);
    if (x->gdpr)
      json_string(out, x->gdpr);
    else
      fputs("null", out);
    fputs(", \"rule\": ", out);
    json_string(out, x->rule);
    fputs(", \"lang\": ", out);
    if (x->lang >= 0)
      json_string(out, doc_lang_code((enum doc_lang)x->lang));
    else
      fputs("null", out);
    fputs("}", out);
    free(msg);
  }
}

/* Prints the findings as an array of objects {file, section, severity, message, gdpr, rule, lang}. */
static void print_json(const char *path, const struct check_findings *f, FILE *out)
{
  bool first = true;
  fputs("[", out);
  print_json_items(path, f, out, &first);
  fputs(first ? "]\n" : "\n]\n", out);
}

/* Prints one line per finding: FILE: section: error: message [GDPR item]. */
static void print_text(const char *path, const struct check_findings *f, FILE *out)
{
  for (size_t i = 0; i < f->n; i++) {
    const struct check_finding *x = &f->v[i];
    char *msg = check_message(x);
    fprintf(out, "%s: %s: %s: %s", path, x->section, check_severity_label(x->severity), msg);
    if (x->gdpr)
      fprintf(out, " [GDPR %s]", x->gdpr);
    putc('\n', out);
    free(msg);
  }
}

/* Parses check's options (*lang: the language of --lang, left alone without it); returns -1 when fine,
   else an exit status. */
static int parse(int argc, char **argv, struct check_opts *o, int *lang, enum check_format *fmt,
                 const char **path)
{
  static const struct option opts[] = {
    { "lang", required_argument, NULL, 'l' }, { "format", required_argument, NULL, 'f' }, { NULL, 0, NULL, 0 } };
  int c, l;
  while ((c = getopt_long(argc, argv, "l:f:", opts, NULL)) != -1) {
    if (c == 'l') {
      if ((l = doc_lang_from_code(optarg)) < 0)
        /* TRANSLATORS: the second %s lists the language codes: "fi, en or sv". */
        return cli_usage_error(_("check: unknown language '%s'; use %s"), optarg, lang_codes());
      memset(o->lang, 0, sizeof o->lang);
      o->lang[l] = true;
      *lang = l;
    } else if (c == 'f' && strcmp(optarg, "text") == 0) {
      *fmt = CHECK_TEXT;
    } else if (c == 'f' && strcmp(optarg, "json") == 0) {
      *fmt = CHECK_JSON;
    } else if (c == 'f') {
      return cli_usage_error(_("check: unknown format '%s'; use text or json"), optarg);
    } else {
      return cli_usage_error(_("check: wrong option"));
    }
  }
  if (optind != argc - 1)
    return cli_usage_error(_("check: give exactly one FILE to check"));
  *path = argv[optind];
  return -1;
}

/* True unless --lang asked for language l (>= 0) that the notice is not published in; then says so, as
   render does: checking a language the notice leaves out would find nothing and look like a pass. */
static bool language_published(const char *path, const struct doc *d, int l)
{
  if (l < 0 || d->lang_enabled[l])
    return true;
  safetext_eprintf(_("%s: the notice is not published in %s (it is not among its languages); check it in a "
                     "language it has, or add the language in the wizard's first screen\n"),
                   path, lang_name(l));
  return false;
}

/* Checks notice path of a folder and prints its findings (JSON: objects of the array open on stdout, *first
   as print_json_items keeps it); returns its exit status, or -1 when it was not checked because --lang
   asked for a language it is not published in (said as a warning). A notice that does not load is
   reported ("FILE:LINE: message") and counts as unusable input. */
static int check_in_dir(const char *path, const struct check_opts *o, int lang, enum check_format fmt, bool *first)
{
  struct strbuf err = { 0 };
  struct doc *d = safefile_load_doc(path, false, &err);
  if (!d) {
    safetext_eprintf("%s\n", err.s ? err.s : _("unknown error"));
    sb_free(&err);
    return EXIT_BAD_INPUT;
  }
  if (lang >= 0 && !d->lang_enabled[lang]) {
    safetext_eprintf(_("%s: warning: the notice is not published in %s; it was not checked\n"), path,
                     lang_name(lang));
    doc_free(d);
    return -1;
  }
  struct check_findings f = { 0 };
  schema_use(d->reg->id); /* loading made it the active type already; the check reads the active type */
  check_doc(d, o, &f);
  if (fmt == CHECK_JSON)
    print_json_items(path, &f, stdout, first);
  else
    print_text(path, &f, stdout);
  int status = f.n ? EXIT_FINDINGS : EXIT_OK;
  check_findings_free(&f);
  doc_free(d);
  return status;
}

/* seloste check DIR: every notice of DIR (notice_dir_list: sorted, no hidden files, links and other
   non-files skipped with a warning) checked in one process, the stock clauses loaded once; each finding
   names its file, JSON gives one array over all of them. The exit status is the worst of the notices':
   2 when one could not be read, else 1 when one has findings, else 0. A notice that fails to load does not
   stop the others' check: checking writes nothing, and every problem is worth seeing in one run. */
static int check_dir(const char *dir, struct check_opts *o, int lang, enum check_format fmt)
{
  struct notice_list list;
  struct strbuf err = { 0 }, warn = { 0 };
  bool listed = notice_dir_list(dir, &list, &warn, &err);
  if (warn.len)
    safetext_eprintf("%s", warn.s);
  sb_free(&warn);
  if (!listed)
    return cli_fail(&err);
  struct clause_lib lib;
  if (!list.n) {
    safetext_eprintf(_("%s: holds no notices (files NAME.seloste); nothing was checked\n"), dir);
    notice_list_free(&list);
    return EXIT_BAD_INPUT;
  }
  if (!clauses_load(&lib, &err)) {
    notice_list_free(&list);
    return cli_fail(&err);
  }
  o->clauses = &lib;
  int worst = EXIT_OK;
  size_t checked = 0;
  bool first = true;
  if (fmt == CHECK_JSON)
    fputs("[", stdout);
  for (size_t i = 0; i < list.n; i++) {
    int status = check_in_dir(list.v[i].path, o, lang, fmt, &first);
    checked += status >= 0;
    worst = status > worst ? status : worst;
  }
  if (fmt == CHECK_JSON)
    fputs(first ? "]\n" : "\n]\n", stdout);
  if (!checked && worst == EXIT_OK) {
    safetext_eprintf(_("%s: no notice in it is published in %s; nothing was checked\n"), dir,
                     lang_name(lang));
    worst = EXIT_BAD_INPUT;
  }
  clauses_free(&lib);
  notice_list_free(&list);
  return worst;
}

int cmd_check(int argc, char **argv)
{
  struct check_opts o;
  for (int l = 0; l < LANG_COUNT; l++)
    o.lang[l] = true;
  enum check_format fmt = CHECK_TEXT;
  const char *path = NULL;
  int lang = -1; /* the language --lang asked for, or -1 */
  int status = parse(argc, argv, &o, &lang, &fmt, &path);
  if (status >= 0)
    return status;
  if (notice_dir_is(path))
    return check_dir(path, &o, lang, fmt);
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  if (!d)
    return cli_fail(&err);
  if (!language_published(path, d, lang)) {
    doc_free(d);
    return EXIT_BAD_INPUT;
  }
  struct clause_lib lib; /* the stock texts, for the languages-in-step rule */
  if (!clauses_load(&lib, &err)) {
    doc_free(d);
    return cli_fail(&err);
  }
  o.clauses = &lib;
  struct check_findings f = { 0 };
  check_doc(d, &o, &f);
  if (fmt == CHECK_JSON)
    print_json(path, &f, stdout);
  else
    print_text(path, &f, stdout);
  status = f.n ? EXIT_FINDINGS : EXIT_OK;
  check_findings_free(&f);
  clauses_free(&lib);
  doc_free(d);
  return status;
}

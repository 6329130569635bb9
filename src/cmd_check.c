/* seloste check: the compliance review, as compiler-style lines or JSON. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "clauses.h"
#include "cli.h"
#include "i18n.h"
#include "safetext.h"
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

/* Prints the findings as an array of objects {file, section, severity, message, gdpr, rule, lang}. */
static void print_json(const char *path, const struct check_findings *f, FILE *out)
{
  fputs("[", out);
  for (size_t i = 0; i < f->n; i++) {
    const struct check_finding *x = &f->v[i];
    char *msg = check_message(x);
    fputs(i ? ",\n  {" : "\n  {", out);
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
  fputs(f->n ? "\n]\n" : "]\n", out);
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
        return cli_usage_error(_("check: unknown language '%s'; use fi or en"), optarg);
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
                   path, l == LANG_FI ? _("Finnish") : _("English"));
  return false;
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

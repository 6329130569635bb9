/* seloste: command dispatch. */
#include "config.h"

#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "i18n.h"
#include "paths.h"
#include "schema.h"
#include "settings.h"
#include "tui/keymap.h"
#include "tui/tui.h"
#include "safetext.h"

/* Prints the usage text. */
static void usage(void)
{
  printf(_("Usage: %s [OPTION]... FILE\n"
           "  or:  %s new FILE [--register TYPE] [--force]\n"
           "  or:  %s render FILE [--lang LANG] [--format text|md|html]\n"
           "                      [--fragment] [-o OUT]\n"),
         program_name, program_name, program_name);
  printf(_("  or:  %s check FILE [--lang LANG] [--format text|json]\n"), program_name);
  printf(_("  or:  %s render DIR -o OUTDIR [--lang LANG]\n"
           "                      [--format text|md|html]\n"
           "  or:  %s check DIR [--format text|json]\n"), program_name, program_name);
  printf(_("  or:  %s import OLD.txt|OLD.html [-o NEW.seloste] [--force] [--all]\n"), program_name);
  fputs(_("Write and maintain a GDPR privacy notice (tietosuojaseloste)\n"
          "for each register an organisation keeps.\n\n"), stdout);
  fputs(_("Without a command, opens the wizard on FILE (created when missing,\n"
          "asked for when not given).\n"
          "  -r, --restricted     no external editor, no files outside the configured\n"
          "                       directory\n\n"), stdout);
  fputs(_("Commands:\n"
          "  new FILE        create a complete notice prefilled from the stock clauses\n"
          "                  and the organisation settings; --register TYPE: customer\n"
          "                  (the default), member, marketing, recruitment, staff,\n"
          "                  camera, or a house type\n"
          "  render FILE     write the finished notice as text, Markdown or HTML\n\n"), stdout);
  fputs(_("  check FILE      list what the notice misses or gets wrong, as GDPR asks\n\n"), stdout);
  fputs(_("  import OLD      bring an existing notice (text, PDF text or HTML) into a new\n"
          "                  document OLD.seloste, and report what went where\n\n"), stdout);
  fputs(_("Options for import:\n"
          "      --all            a file holding several notices: import each into a\n"
          "                       document of its own (NEW-1.seloste, NEW-2.seloste...)\n"
          "      --force          replace an existing output file\n\n"), stdout);
  printf(_("Options for check:\n"
           "  -l, --lang=LANG      check only the texts in LANG (%s)\n"
           "  -f, --format=FORMAT  text (default) or json\n\n"), lang_codes());
  printf(_("Options for render:\n"
          "  -l, --lang=LANG      language of the notice: %s (by default the\n"
          "                       notice's first language)\n"
          "  -f, --format=FORMAT  text (default), md or html\n"
          "      --fragment       HTML without the page around it, to paste into a CMS\n"
          "  -o, --output=FILE    write to FILE instead of standard output ('-': stdout)\n\n"), lang_codes());
  printf(_("General options:\n"
          "      --ui-lang=LANG   language of messages: %s\n"
          "      --keys           list the wizard's keys and exit\n"
          "  -h, --help           show this help and exit\n"
          "  -V, --version        show version information and exit\n\n"), lang_codes());
  fputs(_("Settings are read from /etc/seloste/seloste.ini and then from\n"
          "~/.config/seloste/seloste.ini.\n"
          "Exit status: 0 success, 1 findings, 2 unusable input or wrong usage.\n"), stdout);
  printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

/* Prints the version text. */
static void version(void)
{
  printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
  fputs("Copyright (C) 2026 The seloste authors.\n"
        "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
        "This is free software: you are free to change and redistribute it.\n"
        "There is NO WARRANTY, to the extent permitted by law.\n", stdout);
}

int cli_fail(struct strbuf *err)
{
  safetext_eprintf("%s\n", err->s ? err->s : _("unknown error"));
  sb_free(err);
  return EXIT_BAD_INPUT;
}

int cli_usage_error(const char *fmt, ...)
{
  va_list ap;
  safetext_eprintf("%s: ", program_name);
  va_start(ap, fmt);
  safetext_veprintf(fmt, ap);
  va_end(ap);
  safetext_eprintf(_("\nTry '%s --help' for more information.\n"), program_name);
  return EXIT_BAD_INPUT;
}

/* Reports a failed write to standard output (e.g. a full disk), GNU style. */
static void close_stdout(void)
{
  if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
    safetext_eprintf(_("%s: write error on standard output\n"), program_name);
    _exit(EXIT_BAD_INPUT);
  }
}

/* Takes --ui-lang out of argv wherever it stands; returns its value or NULL. */
static const char *take_ui_lang(int *argc, char **argv)
{
  const char *value = NULL;
  int out = 1;
  for (int i = 1; i < *argc; i++) {
    if (strncmp(argv[i], "--ui-lang=", 10) == 0)
      value = argv[i] + 10;
    else if (strcmp(argv[i], "--ui-lang") == 0)
      value = i + 1 < *argc ? argv[++i] : ""; /* a missing value is refused like a wrong one */
    else
      argv[out++] = argv[i];
  }
  *argc = out;
  argv[out] = NULL;
  return value;
}

/* Takes a flag out of argv wherever it stands; true when it was there. */
static bool take_flag(int *argc, char **argv, const char *lng, const char *shrt)
{
  bool found = false;
  int out = 1;
  for (int i = 1; i < *argc; i++) {
    if (strcmp(argv[i], lng) == 0 || strcmp(argv[i], shrt) == 0)
      found = true;
    else
      argv[out++] = argv[i];
  }
  *argc = out;
  argv[out] = NULL;
  return found;
}

/* Chooses the UI language: --ui-lang, else settings, else environment, else Finnish; prints the
   settings files' warnings in that language. Returns how many lines it printed. */
static int setup_language(const char *ui_lang)
{
  i18n_init(ui_lang);
  struct settings st;
  struct strbuf err = { 0 };
  bool ok = settings_load(&st, &err);
  if (!ui_lang && ok && st.ui_language && !i18n_env_language() &&
      strcmp(st.ui_language, i18n_ui_language()) != 0) {
    i18n_init(st.ui_language);
    settings_free(&st); /* again, for the warnings in the chosen language */
    sb_free(&err);
    settings_load(&st, &err);
  }
  int lines = 0;
  for (size_t i = 0; i < st.warnings.len; i++)
    lines += st.warnings.s[i] == '\n';
  if (lines)
    safetext_fputs(st.warnings.s, stderr); /* errors are left to the commands that need the settings */
  settings_free(&st);
  sb_free(&err);
  return lines;
}

/* Opens the wizard; when warnings were printed, lets the user read them before the screen clears. */
static int run_wizard(const char *path, bool restricted, int warnings)
{
  if (warnings) {
    fputs(_("Press Enter to open the wizard."), stderr);
    int c;
    while ((c = getchar()) != EOF && c != '\n')
      ;
  }
  return tui_run(path, restricted);
}

/* True when the command word is one of the commands (not the wizard's FILE). */
static bool is_command(const char *word)
{
  return strcmp(word, "new") == 0 || strcmp(word, "render") == 0 || strcmp(word, "check") == 0 ||
         strcmp(word, "import") == 0;
}

/* Restricted mode (-r, or restricted = yes in the administrator's settings) keeps files inside one
   directory, which the commands' paths know nothing of: they are refused. Returns 0 to go on. */
static int refuse_restricted_command(const char *cmd, bool flag)
{
  struct settings st;
  struct strbuf err = { 0 };
  memset(&st, 0, sizeof st);
  char *sys = xasprintf("%s/seloste.ini", paths_layer_dir(LAYER_SYSTEM));
  bool read = settings_load_file(&st, sys, true, &err);
  bool restricted = flag || !read || st.restricted;
  free(sys);
  settings_free(&st);
  if (!read) /* the administrator's settings may say restricted: they must be readable first */
    return cli_fail(&err);
  sb_free(&err);
  if (!restricted)
    return 0;
  safetext_eprintf(_("%s: restricted mode allows only the wizard; the command '%s' is not available "
                    "(it could read or write files outside the configured directory)\n"), program_name, cmd);
  return EXIT_BAD_INPUT;
}

int main(int argc, char **argv)
{
  atexit(close_stdout);
  signal(SIGXFSZ, SIG_IGN); /* a file-size limit must fail the write, not kill us mid-save */
  const char *ui_lang = take_ui_lang(&argc, argv);
  if (ui_lang && doc_lang_from_code(ui_lang) < 0) {
    i18n_init(NULL);
    return cli_usage_error(_("--ui-lang=%s: unknown language; use %s"), ui_lang, lang_codes());
  }
  int warnings = setup_language(ui_lang);
  struct strbuf data_err = { 0 };
  if (!lang_load(&data_err) || !schema_load(&data_err)) {
    fprintf(stderr, "seloste: %s\n", data_err.s);
    sb_free(&data_err);
    return 2;
  }
  bool restricted = take_flag(&argc, argv, "--restricted", "-r");
  bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  if (argc < 2 && !tty)
    return cli_usage_error(_("no file given"));
  if (argc < 2)
    return run_wizard(NULL, restricted, warnings);
  const char *cmd = argv[1];
  int refused = is_command(cmd) ? refuse_restricted_command(cmd, restricted) : 0;
  if (refused)
    return refused;
  if (strcmp(cmd, "new") == 0)
    return cmd_new(argc - 1, argv + 1);
  if (strcmp(cmd, "render") == 0)
    return cmd_render(argc - 1, argv + 1);
  if (strcmp(cmd, "check") == 0)
    return cmd_check(argc - 1, argv + 1);
  if (strcmp(cmd, "import") == 0)
    return cmd_import(argc - 1, argv + 1);
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
    usage();
    return EXIT_OK;
  }
  if (strcmp(cmd, "--keys") == 0) {
    keymap_print(stdout);
    return EXIT_OK;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
    version();
    return EXIT_OK;
  }
  if (cmd[0] == '-' && cmd[1])
    return cli_usage_error(_("unknown option '%s'"), cmd);
  if (argc > 2)
    return cli_usage_error(_("give only one FILE to open"));
  if (!tty) {
    safetext_eprintf(_("%s: the wizard needs a terminal; use '%s render %s' to print the notice\n"),
            program_name, program_name, cmd);
    return EXIT_BAD_INPUT;
  }
  return run_wizard(cmd, restricted, warnings);
}

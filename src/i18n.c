/* gettext set-up that works on a server with only C.UTF-8, and date formats per language. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "util.h"

extern int _nl_msg_cat_cntr; /* glibc: bump to make gettext drop its cache */

static char ui_language[8] = "fi";
static char *original_language; /* LANGUAGE as the user set it, before i18n_use changed it */
static bool original_saved;

/* True when the current locale of category cat is plain C/POSIX (gettext then ignores LANGUAGE). */
static bool locale_is_plain(int cat)
{
  const char *l = setlocale(cat, NULL);
  return !l || strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0;
}

/* Makes sure LC_CTYPE is UTF-8 and LC_MESSAGES is not plain C, whatever locales exist.
   Only these two categories matter to seloste, so only they are loaded (start-up cost). */
static void set_locale(void)
{
  if (!setlocale(LC_CTYPE, ""))
    setlocale(LC_CTYPE, "C.UTF-8");
  const char *ctype = setlocale(LC_CTYPE, NULL);
  if (!ctype || (!strstr(ctype, "UTF-8") && !strstr(ctype, "utf8")))
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
      setlocale(LC_CTYPE, "en_US.UTF-8");
  if (!setlocale(LC_MESSAGES, "") || locale_is_plain(LC_MESSAGES))
    if (!setlocale(LC_MESSAGES, "C.UTF-8"))
      setlocale(LC_MESSAGES, "en_US.UTF-8");
}

/* Two-letter language code at the start of a locale name, if it is fi or en. */
static const char *language_of(const char *name)
{
  if (!name || !*name)
    return NULL;
  if (strncmp(name, "fi", 2) == 0)
    return "fi";
  if (strncmp(name, "en", 2) == 0)
    return "en";
  return NULL;
}

/* Remembers the user's LANGUAGE once, before seloste overrides it. */
static void save_original_language(void)
{
  if (original_saved)
    return;
  original_saved = true;
  const char *v = getenv("LANGUAGE");
  original_language = v ? strdup(v) : NULL;
}

const char *i18n_env_language(void)
{
  static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
  save_original_language();
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
    const char *v = i == 0 ? original_language : getenv(vars[i]);
    if (v && *v && strcmp(v, "C") != 0 && strcmp(v, "POSIX") != 0 && strncmp(v, "C.", 2) != 0)
      return language_of(v);
  }
  return NULL;
}

void i18n_use(const char *code)
{
  save_original_language();
  setenv("LANGUAGE", code, 1);
  ++_nl_msg_cat_cntr;
}

void i18n_init(const char *ui_lang)
{
  set_locale();
  const char *dir = getenv("SELOSTE_LOCALEDIR");
  bindtextdomain(PACKAGE, dir && *dir ? dir : LOCALEDIR);
  bind_textdomain_codeset(PACKAGE, "UTF-8");
  textdomain(PACKAGE);
  const char *lang = language_of(ui_lang);
  if (!lang)
    lang = i18n_env_language();
  snprintf(ui_language, sizeof ui_language, "%s", lang ? lang : "fi");
  i18n_use(ui_language);
}

const char *i18n_ui_language(void) { return ui_language; }

/* Parses YYYY-MM-DD into y, m, d; true when it is a real date. */
static bool parse_date(const char *iso, int *y, int *m, int *d)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  char tail;
  if (!iso || strlen(iso) != 10 || sscanf(iso, "%4d-%2d-%2d%c", y, m, d, &tail) != 3)
    return false;
  if (iso[4] != '-' || iso[7] != '-' || *y < 1900 || *m < 1 || *m > 12 || *d < 1)
    return false;
  bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  return *d <= days[*m - 1] + (*m == 2 && leap);
}

bool i18n_valid_date(const char *iso)
{
  int y, m, d;
  return parse_date(iso, &y, &m, &d);
}

char *i18n_format_date(const char *iso, enum doc_lang l)
{
  static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December" };
  int y, m, d;
  if (!parse_date(iso, &y, &m, &d))
    return NULL;
  if (l == LANG_FI)
    return xasprintf("%d.%d.%d", d, m, y);
  return xasprintf("%d %s %d", d, months[m - 1], y);
}

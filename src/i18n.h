/* gettext set-up, and choosing the message language independently of the machine's locales. */
#ifndef SELOSTE_I18N_H
#define SELOSTE_I18N_H

#include <libintl.h>
#include "doc.h"

#define _(s) gettext(s)
#define N_(s) (s)

/* Sets up locale and catalogues; picks the UI language from ui_lang, else the environment, else Finnish. */
void i18n_init(const char *ui_lang);
/* Switches gettext to language code ("fi", "en") at run time. */
void i18n_use(const char *code);
/* The UI language chosen by i18n_init. */
const char *i18n_ui_language(void);
/* Language code named by the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or NULL. */
const char *i18n_env_language(void);
/* Formats YYYY-MM-DD in the language's own way (21.11.2026 / 21 November 2026); NULL if invalid. */
char *i18n_format_date(const char *iso, enum doc_lang l);
/* True when iso is a real calendar date written YYYY-MM-DD. */
bool i18n_valid_date(const char *iso);

#endif

/* gettext set-up, and choosing the message language independently of the machine's locales. */
#ifndef SELOSTE_I18N_H
#define SELOSTE_I18N_H

#include <libintl.h>
#include "doc.h"

/* Every translated text goes through i18n_text: the texts of the data files first, then gettext. */
#define _(s) i18n_text(s)
#define N_(s) (s)

/* Sets up locale and catalogues; picks the UI language from ui_lang, else the environment, else Finnish. */
void i18n_init(const char *ui_lang);
/* The translation of msgid into the current language (i18n_use): the data files' texts for that
   language (i18n_text_add) first, then the gettext catalogue; msgid itself when neither has one.
   The result is owned by the table or the catalogue: never freed, valid until the program ends. */
const char *i18n_text(const char *msgid) __attribute__((format_arg(1)));
/* Adds (or, when msgid has one already, replaces) the translation of the English text msgid into the
   language code ("fi"); copies both. A later data layer's pair replaces an earlier one's. */
void i18n_text_add(const char *code, const char *msgid, const char *translation);
/* True when the data files give msgid a translation into language code. */
bool i18n_text_has(const char *code, const char *msgid);
/* msgid's translation among the data texts of language code (the texts pairs of its clause files), or
   msgid itself when it has none. Static storage. */
const char *i18n_text_in(const char *code, const char *msgid);
/* The language code i18n_use last switched to ("fi", "en"). */
const char *i18n_current(void);
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

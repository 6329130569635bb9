/* gettext set-up that works on a server with only C.UTF-8, and date formats per language. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "lang.h"
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

/* The code of the first language of the table that a locale name ("sv_FI.UTF-8", "fi") or a
   LANGUAGE list ("sv:fi") names, or NULL. A code counts when followed by _ . @ : or the end. */
static const char *language_of(const char *name)
{
  for (const char *p = name; p && *p; p += strcspn(p, ":"), p += *p == ':') {
    size_t n = strcspn(p, "_.@:");
    char code[8];
    if (n == 0 || n >= sizeof code)
      continue;
    memcpy(code, p, n);
    code[n] = '\0';
    int l = lang_find(code);
    if (l >= 0)
      return lang_at(l)->code;
  }
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

/* The data files' texts: one open-addressing table per language, keyed by the English text. */
enum { TEXT_LANGS = 8 };
struct text_pair { char *msgid, *translation; };
static struct text_table {
  char code[8];
  struct text_pair *v; /* cap slots, NULL msgid = empty */
  size_t n, cap;
} texts[TEXT_LANGS];
static char current[8] = "";
static struct text_table *current_table; /* the table of current, or NULL */

/* FNV-1a of s. */
static size_t text_hash(const char *s)
{
  size_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* The table of language code; created when create is set and there is room, else NULL. */
static struct text_table *table_of(const char *code, bool create)
{
  for (int i = 0; i < TEXT_LANGS; i++) {
    if (strcmp(texts[i].code, code) == 0)
      return &texts[i];
    if (!texts[i].code[0]) {
      if (!create || strlen(code) >= sizeof texts[i].code)
        return NULL;
      snprintf(texts[i].code, sizeof texts[i].code, "%s", code);
      return &texts[i];
    }
  }
  return NULL;
}

/* The slot of msgid in t: where it is, or the empty slot where it would go (t->cap > 0). */
static struct text_pair *slot(const struct text_table *t, const char *msgid)
{
  size_t i = text_hash(msgid) & (t->cap - 1);
  while (t->v[i].msgid && strcmp(t->v[i].msgid, msgid) != 0)
    i = (i + 1) & (t->cap - 1);
  return &t->v[i];
}

/* Doubles t's slots (16 at first), keeping every pair. */
static void grow(struct text_table *t)
{
  struct text_table old = *t;
  t->cap = old.cap ? 2 * old.cap : 16;
  t->v = xmalloc(t->cap * sizeof *t->v);
  memset(t->v, 0, t->cap * sizeof *t->v);
  for (size_t i = 0; i < old.cap; i++)
    if (old.v[i].msgid)
      *slot(t, old.v[i].msgid) = old.v[i];
  free(old.v);
}

void i18n_text_add(const char *code, const char *msgid, const char *translation)
{
  struct text_table *t = table_of(code, true);
  if (!t)
    return;
  if (2 * (t->n + 1) > t->cap)
    grow(t);
  struct text_pair *p = slot(t, msgid);
  if (!p->msgid) {
    p->msgid = xstrdup(msgid);
    t->n++;
  }
  str_set(&p->translation, translation);
  current_table = table_of(current, false);
}

bool i18n_text_has(const char *code, const char *msgid)
{
  const struct text_table *t = table_of(code, false);
  return t && t->cap && slot(t, msgid)->msgid;
}

const char *i18n_text_in(const char *code, const char *msgid)
{
  const struct text_table *t = table_of(code, false);
  const struct text_pair *p = t && t->cap && msgid ? slot(t, msgid) : NULL;
  return p && p->msgid ? p->translation : msgid;
}

const char *i18n_text(const char *msgid)
{
  if (current_table && current_table->cap && msgid) {
    const struct text_pair *p = slot(current_table, msgid);
    if (p->msgid)
      return p->translation;
  }
  return gettext(msgid);
}

const char *i18n_current(void) { return current; }

void i18n_use(const char *code)
{
  snprintf(current, sizeof current, "%s", code);
  current_table = table_of(current, false);
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
  int y, m, d;
  return parse_date(iso, &y, &m, &d) ? lang_date((int)l, y, m, d) : NULL;
}

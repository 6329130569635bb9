/* Dates in imported notices: numeric and written forms, Finnish and English month names, and the words
   that say whether a date is the notice's preparation, its last update or the day it takes effect. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import_dates.h"
#include "import_match.h"
#include "util.h"

enum {
  DATE_LOOK = 48,    /* bytes a written date may take ("22nd of September, 2018" and spaces) */
  LABEL_REACH = 120  /* bytes before and after a date searched for its label, within its sentence */
};

/* Words that label a date, by what they say (import_has alternatives on normalised text). */
static const char *const created_words = "laadit|laatimis|valmistel|=prepared|=created|=drawn|=written|=published|"
                                         "julkaist|=issued|upprätta|=skapad|=utarbetad|=publicerad";
static const char *const modified_words = "päivit|päiv tetty|muokat|muokkaus|muutet|muutos|=updated|=modified|"
                                          "=revised|=revision|=update|=amended|tarkistet|tarkastet|=reviewed|uppdater|"
                                          "=ändrad|=reviderad|=granskad";
static const char *const valid_words = "voimassa|voimaan|=valid|=effective|=in force|=applies from|=gäller från|"
                                       "=i kraft|=giltig";
static const char *const valid_after = "=alkaen|=lähtien|=onwards|=onward|=alkaen lukien|=framåt|=och framåt";
/* Words that may stand around a date's label in a label line ("Viimeksi päivitetty:", "Last updated on"). */
static const char *const label_fillers = "=viimeksi|=last|=date|=pvm|päivämäärä|=päiväys|=päivä|=on|=of|=the|=at|"
                                         "=from|=as|=alkaen|=lähtien|=lukien|=notice|=tätä|=ja|=and|=se|=sitä|"
                                         "=senast|=datum|=för|=den|=och|=beskrivningen|=från";
/* Words that make a date a law's, not the notice's ("tietosuoja-asetus tuli voimaan 25.5.2018"). */
static const char *const law_words = "asetu|<laki|<lain|<lakia|lainsäädän|direktiiv|=gdpr|regulation|=act|"
                                     "=law|=directive|henkilötietola|förordning|=lag|=lagen|=direktiv";

/* Finnish month stems (a name in any case form starts with one), English and Swedish names. */
static const char *const fi_months[] = { "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                                         "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu" };
static const char *const en_months[] = { "january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december" };
static const char *const sv_months[] = { "januari", "februari", "mars", "april", "maj", "juni", "juli",
                                         "augusti", "september", "oktober", "november", "december" };

/* True when c is an ASCII letter or digit. */
static bool alnum(unsigned char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True when byte c can be part of a word (an ASCII letter or a byte of a multibyte character). */
static bool letter(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Reads 1..max digits at s into *v; returns how many (0: none). */
static size_t digits(const char *s, size_t max, int *v)
{
  size_t n = 0;
  *v = 0;
  while (n < max && s[n] >= '0' && s[n] <= '9')
    *v = *v * 10 + (s[n++] - '0');
  return s[n] >= '0' && s[n] <= '9' ? 0 : n; /* "20189": no year */
}

/* Length of the run of spaces (and no-break spaces) at s. */
static size_t spaces(const char *s)
{
  size_t n = 0;
  for (;;) {
    if (s[n] == ' ' || s[n] == '\t')
      n++;
    else if ((unsigned char)s[n] == 0xC2 && (unsigned char)s[n + 1] == 0xA0)
      n += 2;
    else
      return n;
  }
}

/* True when the n bytes at s equal the lower-case name, ASCII case and "Ä" ignored. */
static bool same_folded(const char *s, const char *name, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i], w = (unsigned char)name[i];
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + 32);
    if (c == 0x84 && i > 0 && (unsigned char)s[i - 1] == 0xC3)
      c = 0xA4; /* the second byte of "Ä" */
    if (c != w)
      return false;
  }
  return true;
}

/* The month named by the word at s (1..12; 0: none); *len gets the word's length in bytes. A Finnish
   name in any case form, an English name, or its first three letters ("Sep", "Sept." too), a Swedish
   name ("maj"). */
static int month_word(const char *s, size_t *len)
{
  size_t n = 0;
  while (letter((unsigned char)s[n]) && n < 24)
    n++;
  *len = n;
  for (int i = 0; i < 12; i++) {
    size_t k = strlen(fi_months[i]);
    if (n >= k && same_folded(s, fi_months[i], k))
      return i + 1;
  }
  for (int i = 0; i < 12; i++) {
    size_t k = strlen(en_months[i]);
    if ((n == k && same_folded(s, en_months[i], k)) || (n == 3 && same_folded(s, en_months[i], 3)) ||
        (n == 4 && i == 8 && same_folded(s, "sept", 4))) {
      if (n < k && s[n] == '.')
        (*len)++;
      return i + 1;
    }
  }
  for (int i = 0; i < 12; i++) /* "3 maj 2024"; "mars" and the rest only as whole words */
    if (n == strlen(sv_months[i]) && same_folded(s, sv_months[i], n))
      return i + 1;
  return 0;
}

/* Length of an English ordinal suffix ("st", "nd", "rd", "th") after a day at s, or 0. */
static size_t ordinal(const char *s)
{
  static const char *const suf[] = { "st", "nd", "rd", "th" };
  for (int i = 0; i < 4; i++)
    if (same_folded(s, suf[i], 2) && !letter((unsigned char)s[2]))
      return 2;
  return 0;
}

/* "D.M.YYYY", "D. M. YYYY", "D/M/YYYY" (M/D/YYYY when D is over 12); returns the length or 0. */
static size_t numeric_dmy(const char *s, int *d, int *m, int *y)
{
  size_t i = digits(s, 2, d);
  char sep = i ? s[i] : 0;
  if (sep != '.' && sep != '/')
    return 0;
  i++;
  i += sep == '.' ? spaces(s + i) : 0;
  size_t k = digits(s + i, 2, m);
  if (!k || s[i + k] != sep)
    return 0;
  i += k + 1;
  i += sep == '.' ? spaces(s + i) : 0;
  k = digits(s + i, 4, y);
  if (k != 4)
    return 0;
  if (sep == '/' && *m > 12 && *d <= 12) { /* 05/22/2018 */
    int t = *m;
    *m = *d;
    *d = t;
  }
  return i + k;
}

/* "YYYY-MM-DD"; returns the length or 0. */
static size_t numeric_iso(const char *s, int *d, int *m, int *y)
{
  size_t i = digits(s, 4, y), k;
  if (i != 4 || s[4] != '-' || !(k = digits(s + 5, 2, m)) || s[5 + k] != '-')
    return 0;
  i = 6 + k;
  k = digits(s + i, 2, d);
  return k ? i + k : 0;
}

/* "3. toukokuuta 2024", "22 May 2018", "22nd of May, 2018"; returns the length or 0. */
static size_t day_month_year(const char *s, int *d, int *m, int *y)
{
  size_t i = digits(s, 2, d), k;
  if (!i)
    return 0;
  i += s[i] == '.' ? 1 : ordinal(s + i);
  i += spaces(s + i);
  if (same_folded(s + i, "of ", 3))
    i += 3;
  if (!(*m = month_word(s + i, &k)))
    return 0;
  i += k;
  i += s[i] == ',' ? 1 : 0;
  i += spaces(s + i);
  k = digits(s + i, 4, y);
  return k == 4 ? i + k : 0;
}

/* "May 22, 2018", "May 22nd 2018"; returns the length or 0. */
static size_t month_day_year(const char *s, int *d, int *m, int *y)
{
  size_t i, k;
  if (!(*m = month_word(s, &i)))
    return 0;
  i += spaces(s + i);
  if (!(k = digits(s + i, 2, d)))
    return 0;
  i += k;
  i += ordinal(s + i);
  i += s[i] == ',' ? 1 : 0;
  i += spaces(s + i);
  k = digits(s + i, 4, y);
  return k == 4 ? i + k : 0;
}

size_t import_date_read(const char *text, char iso[11])
{
  char s[DATE_LOOK + 1];
  size_t n = strnlen(text, DATE_LOOK); /* bounded: this runs at every word of a long text */
  memcpy(s, text, n);
  s[n] = '\0';
  int d = 0, m = 0, y = 0;
  size_t len = numeric_iso(s, &d, &m, &y);
  if (!len)
    len = numeric_dmy(s, &d, &m, &y);
  if (!len)
    len = day_month_year(s, &d, &m, &y);
  if (!len)
    len = month_day_year(s, &d, &m, &y);
  if (!len || y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31 || alnum((unsigned char)s[len]))
    return 0;
  snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
  return i18n_valid_date(iso) ? len : 0;
}

enum import_date_label import_dates_label_of(const char *norm)
{
  /* the label nearest the date wins: "laadittu 1.1.2018, päivitetty" is read per date by the caller */
  if (import_has(norm, valid_words))
    return IMPORT_DATE_VALID;
  if (import_has(norm, modified_words))
    return IMPORT_DATE_MODIFIED;
  if (import_has(norm, created_words))
    return IMPORT_DATE_CREATED;
  return IMPORT_DATE_UNLABELLED;
}

bool import_dates_label_words(const char *norm)
{
  char *copy = xstrdup(norm), *save = NULL;
  bool all = true, label = false;
  for (char *w = strtok_r(copy, " ", &save); w && all; w = strtok_r(NULL, " ", &save)) {
    bool is_label = import_dates_label_of(w) != IMPORT_DATE_UNLABELLED;
    label |= is_label;
    all = is_label || import_has(w, label_fillers);
  }
  free(copy);
  return all && label;
}

/* True when the date at text[off] starts a word: not glued to a letter, digit, dot or slash before it. */
static bool word_start(const char *text, size_t off)
{
  if (off == 0)
    return true;
  unsigned char c = (unsigned char)text[off - 1];
  return !alnum(c) && c != '.' && c != '/' && c != '-' && c < 0x80;
}

/* Start of the sentence holding text[off], looking back at most LABEL_REACH bytes and never before
   floor: just after a line break or a sentence's ". " (a full stop after a digit is a date's). */
static size_t sentence_start(const char *text, size_t off, size_t floor)
{
  size_t lo = off > LABEL_REACH ? off - LABEL_REACH : 0, i = off;
  if (lo < floor)
    lo = floor;
  while (i > lo) {
    char c = text[i - 1];
    if (c == '\n' || ((c == ' ') && i >= 2 && strchr(".!?", text[i - 2]) && !(i >= 3 && text[i - 3] >= '0' &&
                                                                              text[i - 3] <= '9')))
      break;
    i--;
  }
  return i;
}

/* Length of the rest of the sentence after text[from], at most LABEL_REACH bytes. */
static size_t sentence_rest(const char *text, size_t from)
{
  size_t i = 0;
  while (i < LABEL_REACH && text[from + i] && text[from + i] != '\n' &&
         !(strchr(".!?", text[from + i]) && (text[from + i + 1] == ' ' || !text[from + i + 1])))
    i++;
  return i;
}

/* The label of the date text[off..off+len) by the words of its sentence; floor: where the previous
   date ended (its label words are not this one's). */
static enum import_date_label label_at(const char *text, size_t off, size_t len, size_t floor)
{
  size_t st = sentence_start(text, off, floor), rest = sentence_rest(text, off + len);
  char *before = xasprintf("%.*s", (int)(off - st), text + st);
  char *after = xasprintf("%.*s", (int)rest, text + off + len);
  char *nb = import_normalise(before), *na = import_normalise(after);
  enum import_date_label l = import_dates_label_of(nb);
  if ((l == IMPORT_DATE_UNLABELLED || l == IMPORT_DATE_VALID) && import_has(na, valid_after))
    l = IMPORT_DATE_VALID;
  char *whole = xasprintf("%s %s", nb, na);
  if (l == IMPORT_DATE_VALID && import_has(whole, law_words))
    l = IMPORT_DATE_UNLABELLED;
  free(whole);
  free(nb);
  free(na);
  free(before);
  free(after);
  return l;
}

bool import_dates_next(const char *text, size_t *pos, struct import_date_hit *hit)
{
  size_t floor = *pos;
  for (size_t i = *pos; text[i]; i++) {
    unsigned char c = (unsigned char)text[i];
    if (!(alnum(c) || c >= 0x80) || !word_start(text, i))
      continue;
    size_t n = import_date_read(text + i, hit->iso);
    if (!n)
      continue;
    hit->off = i;
    hit->len = n;
    hit->label = label_at(text, i, n, floor);
    *pos = i + n;
    return true;
  }
  *pos += strlen(text + *pos);
  return false;
}

bool import_dates_label_line(const char *line, struct import_date_hit *hits, size_t max, size_t *n)
{
  struct strbuf words = { 0 };
  sb_add(&words, "");
  size_t pos = 0, last = 0;
  struct import_date_hit h;
  *n = 0;
  while (import_dates_next(line, &pos, &h)) {
    sb_printf(&words, "%.*s ", (int)(h.off - last), line + last);
    if (*n < max)
      hits[(*n)++] = h;
    last = pos;
  }
  sb_add(&words, line + last);
  char *norm = import_normalise(words.s);
  bool only = *n > 0 && (!*norm || import_dates_label_words(norm));
  free(norm);
  sb_free(&words);
  return only;
}

const char *import_dates_label_name(enum import_date_label l)
{
  switch (l) {
  case IMPORT_DATE_CREATED:
    return _("prepared");
  case IMPORT_DATE_MODIFIED:
    return _("updated");
  case IMPORT_DATE_VALID:
    return _("valid from");
  default:
    return _("no label");
  }
}

/* Contact parsing: labelled lines ("Y-tunnus: ...") first, then free lines taken apart token by
   token (e-mail, website, business ID, phone, postal code and city, street), the rest a name. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check_text.h"
#include "i18n.h"
#include "import_contact.h"
#include "import_match.h"

/* Label words per field, normalised. */
static const char *const labels[FIELD_COUNT] = {
  "=nimi|=name|=yritys|=toiminimi|=company|=organisaatio|=yhteyshenkilö",
  "=y-tunnus|=ytunnus|=y tunnus|=business id|=yritystunnus|=vat|=vat number|=ly-tunnus",
  "=katuosoite|=osoite|=address|=street|=street address|=käyntiosoite|=postiosoite|=postal address",
  "=postinumero|=postal code|=zip|=postcode",
  "=postitoimipaikka|=kaupunki|=city|=paikkakunta|=town",
  "=sähköposti|=e-mail|=email|=s-posti|=sposti|=mail|=sähköpostiosoite",
  "=puhelin|=puh|=phone|=tel|=gsm|=matkapuhelin|=p|=puhelinnumero|=telephone|=mobile",
  "=verkkosivusto|=website|=www|=kotisivu|=kotisivut|=internet|=web|=verkkosivut",
};

/* Sets field f unless it is set already; true when set. */
static bool set_field(struct doc_section *s, int f, const char *v, size_t n)
{
  if (!(s->schema->fields & (1u << f)) || !str_blank(s->field[f]) || n == 0)
    return false;
  char *copy = xmalloc(n + 1);
  memcpy(copy, v, n);
  copy[n] = '\0';
  free(s->field[f]);
  s->field[f] = copy;
  return true;
}

/* Field named by a label ("Sähköposti", translated field labels too), or -1. */
static int label_field(const char *label)
{
  char *norm = import_normalise(label);
  int found = -1;
  for (int f = 0; f < FIELD_COUNT && found < 0; f++) {
    char *tr = import_normalise(_(schema_field_label(f)));
    char *en = import_normalise(schema_field_label(f));
    if (strcmp(norm, tr) == 0 || strcmp(norm, en) == 0 || (import_has(norm, labels[f]) && strlen(norm) <= 24))
      found = f;
    free(tr);
    free(en);
  }
  free(norm);
  return found;
}

bool import_contact_is_email(const char *w)
{
  const char *at = strchr(w, '@');
  size_t alen = 1;
  static const char *const ats[] = { "[a]", "(a)", "[at]", "(at)", "[ät]", "(ät)" };
  for (size_t i = 0; !at && i < sizeof ats / sizeof ats[0]; i++)
    if ((at = strstr(w, ats[i])))
      alen = strlen(ats[i]);
  return at && at > w && strchr(at + alen, '.') && at[alen] && at[alen] != '.';
}

/* A line as words with their positions; consumed words are cleared. */
struct words {
  char *v[64];
  int n;
};

/* Splits line into at most 64 words (modifies line). */
static void split_words(char *line, struct words *w)
{
  w->n = 0;
  for (char *t = strtok(line, " \t"); t && w->n < 64; t = strtok(NULL, " \t"))
    w->v[w->n++] = t;
}

/* Strips punctuation off the ends of a word into buf. */
static const char *bare(const char *w, char *buf, size_t cap)
{
  while (*w && strchr("<([{\"'", *w))
    w++;
  size_t n = strlen(w);
  while (n && strchr(".,;:>)]}\"'", w[n - 1]) && !(n >= 3 && w[n - 1] == ']' && w[n - 3] == '['))
    n--;
  if (n >= cap)
    n = cap - 1;
  memcpy(buf, w, n);
  buf[n] = '\0';
  return buf;
}

/* Number of digits in a word, or -1 when it has anything but digits and phone punctuation. */
static int phone_digits(const char *w)
{
  int d = 0;
  for (const char *p = w; *p; p++) {
    if (isdigit((unsigned char)*p))
      d++;
    else if (!strchr("+()-/.,", *p))
      return -1;
  }
  return d;
}

/* True when a word is the business ID's label ("Y-tunnus", "Y-tunnus:"). */
static bool import_has_label(const char *w)
{
  char *norm = import_normalise(w);
  bool hit = import_has(norm, labels[FIELD_BUSINESS_ID]);
  free(norm);
  return hit;
}

/* Takes e-mail addresses, websites and business IDs. */
static void take_tokens(struct doc_section *s, struct words *w, struct strbuf *used)
{
  char buf[256];
  for (int i = 0; i < w->n; i++) {
    const char *b = bare(w->v[i], buf, sizeof buf);
    str_ascii_dashes(buf); /* "2565057–9" */
    size_t n = strlen(b);
    bool id = n == 9 && b[7] == '-' && strspn(b, "0123456789") == 7 && isdigit((unsigned char)b[8]);
    if (id && i > 0 && w->v[i - 1] && import_has_label(w->v[i - 1]) && set_field(s, FIELD_BUSINESS_ID, b, n)) {
      sb_printf(used, "%s\n", w->v[i - 1]);
      w->v[i - 1] = w->v[i] = NULL;
      continue;
    }
    if ((import_contact_is_email(b) && set_field(s, FIELD_EMAIL, b, n)) ||
        ((strncmp(b, "www.", 4) == 0 || strncmp(b, "http://", 7) == 0 || strncmp(b, "https://", 8) == 0) &&
         set_field(s, FIELD_WEBSITE, b, n)) ||
        (id && set_field(s, FIELD_BUSINESS_ID, b, n)))
      w->v[i] = NULL;
  }
}

/* Takes a phone number: words of digits starting with + or 0, 6 to 15 digits in all, and its "puh." label. */
static void take_phone(struct doc_section *s, struct words *w, struct strbuf *used)
{
  for (int i = 0; i < w->n; i++) {
    if (!w->v[i] || !(w->v[i][0] == '+' || w->v[i][0] == '0' || w->v[i][0] == '(') || phone_digits(w->v[i]) < 1)
      continue;
    int j = i, digits = 0;
    while (j < w->n && w->v[j] && phone_digits(w->v[j]) >= 0 && digits + phone_digits(w->v[j]) <= 15)
      digits += phone_digits(w->v[j++]);
    if (digits < 6 || (j == i + 1 && digits == 5))
      continue;
    struct strbuf b = { 0 };
    for (int k = i; k < j; k++) {
      sb_printf(&b, "%s%s", k > i ? " " : "", w->v[k]);
    }
    while (b.len && strchr(".,;", b.s[b.len - 1]))
      b.s[--b.len] = '\0';
    if (set_field(s, FIELD_PHONE, b.s, b.len)) {
      for (int k = i; k < j; k++)
        w->v[k] = NULL;
      if (i > 0 && w->v[i - 1] && label_field(w->v[i - 1]) == FIELD_PHONE) {
        sb_printf(used, "%s\n", w->v[i - 1]);
        w->v[i - 1] = NULL;
      }
    }
    sb_free(&b);
    return;
  }
}

/* True when a word starts with a capital letter (ASCII or Ä, Ö, Å). */
static bool capital(const char *w)
{
  return (w[0] >= 'A' && w[0] <= 'Z') || (w[0] == '\xc3' && ((unsigned char)w[1] & 0xE0) == 0x80);
}

/* Takes "20380 Turku" (postal code and city); returns the postal code's word index or -1. */
static int take_postal(struct doc_section *s, struct words *w)
{
  char buf[64];
  for (int i = 0; i + 1 < w->n; i++) {
    if (!w->v[i] || !w->v[i + 1])
      continue;
    const char *b = bare(w->v[i], buf, sizeof buf);
    if (strlen(b) != 5 || strspn(b, "0123456789") != 5 || !capital(w->v[i + 1]))
      continue;
    char city[128];
    bare(w->v[i + 1], city, sizeof city);
    if (str_blank(s->field[FIELD_POSTAL_CODE]) && str_blank(s->field[FIELD_CITY])) {
      set_field(s, FIELD_POSTAL_CODE, b, 5);
      set_field(s, FIELD_CITY, city, strlen(city));
      w->v[i] = w->v[i + 1] = NULL;
      return i;
    }
  }
  return -1;
}

/* True when a word is a house number ("7", "7,", "12b", "2-4"). */
static bool house_number(const char *w)
{
  return isdigit((unsigned char)w[0]) && strlen(w) <= 8;
}

/* True when a word can name a street ("Piiskakuja") or a post box ("PL"). */
static bool street_word(const char *w)
{
  return capital(w) && phone_digits(w) < 0 && (strlen(w) >= 4 || strcmp(w, "PL") == 0 || strcmp(w, "PO") == 0);
}

/* Takes "Piiskakuja 7" / "Lautasuontie 2 A 4" / "PL 800" before index end (or anywhere when -1). */
static void take_street(struct doc_section *s, struct words *w, int end)
{
  if (end < 0)
    end = w->n;
  for (int i = 1; i < end; i++) {
    if (!w->v[i] || !w->v[i - 1] || !house_number(w->v[i]) || !street_word(w->v[i - 1]))
      continue;
    int j = i + 1;
    while (j < end && w->v[j] && strcspn(w->v[j], ",;") <= 3 && (isdigit((unsigned char)w->v[j][0]) ||
                                                                  (strcspn(w->v[j], ",;") == 1 && isupper((unsigned char)w->v[j][0]))))
      j++;
    struct strbuf b = { 0 };
    for (int k = i - 1; k < j; k++)
      sb_printf(&b, "%s%s", k > i - 1 ? " " : "", w->v[k]);
    while (b.len && strchr(",;", b.s[b.len - 1]))
      b.s[--b.len] = '\0';
    if (set_field(s, FIELD_STREET, b.s, b.len))
      for (int k = i - 1; k < j; k++)
        w->v[k] = NULL;
    sb_free(&b);
    return;
  }
}

/* What is left of a line: its words in order, stray punctuation and empty brackets dropped. */
static char *rest_of(const struct words *w)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (int i = 0; i < w->n; i++) {
    if (!w->v[i] || strspn(w->v[i], ",;:-()[]") == strlen(w->v[i]))
      continue;
    if (b.len)
      sb_addc(&b, ' ');
    sb_add(&b, w->v[i]);
  }
  while (b.len && strchr(",;(", b.s[b.len - 1]))
    b.s[--b.len] = '\0';
  return sb_take(&b);
}

static void free_line(struct doc_section *s, const char *line, struct strbuf *leftover, struct strbuf *used);

/* Parses a "Label: value" line; true when the label names a field. */
static bool labelled(struct doc_section *s, const char *line, struct strbuf *leftover, struct strbuf *used)
{
  const char *colon = strchr(line, ':');
  if (!colon || colon - line > 30 || strncmp(colon, "://", 3) == 0)
    return false;
  char label[40];
  memcpy(label, line, (size_t)(colon - line));
  label[colon - line] = '\0';
  int f = label_field(label);
  if (f < 0)
    return false;
  sb_printf(used, "%s\n", label);
  const char *v = colon + 1;
  while (*v == ' ')
    v++;
  size_t n = strlen(v);
  if (f == FIELD_STREET && strpbrk(v, ",")) {
    free_line(s, v, leftover, used); /* "Osoite: Katu 1, 00100 Kaupunki" */
    return true;
  }
  if (!set_field(s, f, v, n) && n) {
    if (leftover->len)
      sb_addc(leftover, '\n');
    sb_add(leftover, line);
  }
  return true;
}

/* True when what is left of a line can be a name: "Molentum Oy", "1 Ketju Oy", not a sentence or a number. */
static bool name_like(const char *rest)
{
  size_t n = strlen(rest), words = 1;
  for (const char *p = rest; *p; p++)
    words += *p == ' ';
  if (n >= 100 || strchr(rest, '@') || (rest[n - 1] == '.' && words >= 4))
    return false;
  const char *last = strrchr(rest, ' ');
  last = last ? last + 1 : rest;
  return !strpbrk(rest, "0123456789") || text_is_legal_form(last, strcspn(last, ".,"));
}

/* Takes one free line apart. */
static void free_line(struct doc_section *s, const char *line, struct strbuf *leftover, struct strbuf *used)
{
  char *copy = xstrdup(line);
  struct words w;
  split_words(copy, &w);
  take_tokens(s, &w, used);
  take_phone(s, &w, used);
  int postal = take_postal(s, &w);
  take_street(s, &w, postal);
  char *rest = rest_of(&w);
  if (*rest && name_like(rest) && set_field(s, FIELD_NAME, rest, strlen(rest)))
    *rest = '\0';
  if (*rest) {
    if (leftover->len)
      sb_addc(leftover, '\n');
    sb_add(leftover, rest);
  }
  free(rest);
  free(copy);
}

void import_contact_parse(struct doc_section *s, const char *body, struct strbuf *leftover, struct strbuf *used)
{
  char *copy = xstrdup(body);
  char *save = NULL;
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    while (*line == ' ')
      line++;
    if (*line && !labelled(s, line, leftover, used))
      free_line(s, line, leftover, used);
  }
  free(copy);
}

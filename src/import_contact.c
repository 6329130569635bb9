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
  "=nimi|=name|=yritys|=toiminimi|=company|=organisaatio|=yhteyshenkilö|=rekisterinpitäjä|"
  "=rekisterinpitäjän nimi|=controller|=data controller|=yhdistys|=yhdistyksen nimi|=organisation|"
  "=organization|=registeransvarig|=namn|=personuppgiftsansvarig|=förening|=föreningens namn|=företag|"
  "=företagets namn|=kontaktperson",
  "=y-tunnus|=ytunnus|=y tunnus|=business id|=yritystunnus|=vat|=vat number|=ly-tunnus|=fo-nummer|"
  "=fo nummer|=business id code|=y-tunnus ja nimi",
  "=katuosoite|=osoite|=address|=street|=street address|=käyntiosoite|=postiosoite|=postal address|"
  "=yhteystiedot osoite|=adress|=besöksadress|=postadress|=gatuadress",
  "=postinumero|=postal code|=zip|=postcode|=postnummer",
  "=postitoimipaikka|=kaupunki|=city|=paikkakunta|=town|=postanstalt|=ort|=stad",
  "=sähköposti|=e-mail|=email|=s-posti|=sposti|=mail|=sähköpostiosoite|=e-post|=epost|=e-postadress",
  "=puhelin|=puh|=phone|=tel|=gsm|=matkapuhelin|=p|=puhelinnumero|=telephone|=mobile|=telefon|=tfn|"
  "=telefonnummer|=mobiltelefon",
  "=verkkosivusto|=website|=www|=kotisivu|=kotisivut|=internet|=web|=verkkosivut|=webbplats|=hemsida",
};

/* Labels of the name field that name an organisation: read only in a section with a business ID. */
static const char org_labels[] = "=rekisterinpitäjä|=rekisterinpitäjän nimi|=controller|=data controller|=yhdistys|"
                                 "=yhdistyksen nimi|=organisation|=organization|=registeransvarig|"
                                 "=personuppgiftsansvarig|=förening|=föreningens namn|=företag|=företagets namn";

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

/* True when the word w (with the word before it, prev, or NULL) is a business ID's label ("Y-tunnus:",
   "(y-tunnus", "Business ID", "FO-nummer"). */
static bool id_label(const char *prev, const char *w)
{
  char *norm = import_normalise(w);
  bool hit = *norm && import_has(norm, labels[FIELD_BUSINESS_ID]) && strlen(norm) <= 24;
  free(norm);
  if (!hit && prev) {
    char *two = xasprintf("%s %s", prev, w);
    norm = import_normalise(two);
    hit = import_has(norm, "=business id|=fo nummer|=y tunnus");
    free(norm);
    free(two);
  }
  return hit;
}

/* Writes the business ID b (bytes n) as "1234567-8" into out (10 bytes): a Y-tunnus with its dash, or
   eight digits without it ("12345678"), the form the check then judges; false when it is neither. */
static bool id_form(const char *b, size_t n, char out[10])
{
  if (n == 9 && b[7] == '-' && strspn(b, "0123456789") == 7 && isdigit((unsigned char)b[8])) {
    memcpy(out, b, 9);
  } else if (n == 8 && strspn(b, "0123456789") == 8) {
    memcpy(out, b, 7);
    out[7] = '-';
    out[8] = b[7];
  } else {
    return false;
  }
  out[9] = '\0';
  return true;
}

/* True when b looks like a business ID written wrongly: 5 to 12 digits and dashes, at least 5 digits
   ("2345678", "234567-89"); only read after a business ID's label. */
static bool id_like(const char *b)
{
  size_t n = strlen(b), digits = 0;
  for (const char *p = b; *p; p++)
    if (isdigit((unsigned char)*p))
      digits++;
    else if (*p != '-')
      return false;
  return n >= 5 && n <= 12 && digits >= 5;
}

/* Takes a business ID after its label (the label's words go to used); an ID written without its dash
   is stored with it and used says so ("12345678 read as 1234567-8"). */
static bool take_id(struct doc_section *s, struct words *w, int i, const char *b, struct strbuf *used)
{
  char id[16];
  int lab = i > 0 && w->v[i - 1] ? (id_label(i > 1 ? w->v[i - 2] : NULL, w->v[i - 1]) ? i - 1 : -1) : -1;
  bool form = id_form(b, strlen(b), id);
  if (!form && lab >= 0 && id_like(b)) /* "Y-tunnus 2345678": kept as written, for the check to judge */
    snprintf(id, sizeof id, "%s", b);
  else if (!form || (strlen(b) == 8 && lab < 0))
    return false;
  if (!set_field(s, FIELD_BUSINESS_ID, id, strlen(id)))
    return false;
  if (lab >= 0) {
    char *norm = import_normalise(w->v[lab]);
    bool two = lab > 0 && w->v[lab - 1] && !import_has(norm, labels[FIELD_BUSINESS_ID]);
    free(norm);
    sb_printf(used, "%s%s%s\n", two ? w->v[lab - 1] : "", two ? " " : "", w->v[lab]);
    if (two)
      w->v[lab - 1] = NULL;
    w->v[lab] = NULL;
  }
  if (strcmp(b, id) != 0)
    sb_printf(used, _("%s read as %s\n"), b, id);
  static char comma[] = ",";
  size_t raw = strlen(w->v[i]);
  /* "Esimerkki ry (y-tunnus 1234567-1), Hollola": the comma after the ID still parts name and city */
  w->v[i] = raw && w->v[i][raw - 1] == ',' ? comma : NULL;
  return true;
}

/* Takes e-mail addresses, websites and business IDs. */
static void take_tokens(struct doc_section *s, struct words *w, struct strbuf *used)
{
  char buf[256];
  for (int i = 0; i < w->n; i++) {
    if (!w->v[i])
      continue;
    const char *b = bare(w->v[i], buf, sizeof buf);
    str_ascii_dashes(buf); /* "2565057–9" */
    b += strncmp(b, "mailto:", 7) == 0 ? 7 : 0;
    size_t n = strlen(b);
    if (take_id(s, w, i, b, used))
      continue;
    if ((import_contact_is_email(b) && set_field(s, FIELD_EMAIL, b, n)) ||
        ((strncmp(b, "www.", 4) == 0 || strncmp(b, "http://", 7) == 0 || strncmp(b, "https://", 8) == 0) &&
         set_field(s, FIELD_WEBSITE, b, n)))
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
    if (w->v[i] && strcmp(w->v[i], ",") == 0 && b.len && b.s[b.len - 1] != ',') {
      sb_addc(&b, ','); /* a comma left where a token was taken out */
      continue;
    }
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

/* Words that make a line a sentence, not a name: finite verbs, pronouns and the words that lead to an
   address in running text ("voit ottaa yhteyttä ... osoitteessa"). */
static const char sentence_words[] =
  "=voit|=voi|=voitte|=voivat|=ota|=ottakaa|=ottaa|=on|=ovat|=olemme|=vastaa|=vastaavat|=hoitaa|=hoitavat|"
  "=toimii|=toimivat|=käsittelee|=löytyy|=löydät|=pyydämme|=tavoittaa|=tavoitat|=saat|=saa|=lähetä|"
  "=osoitteessa|=osoitteeseen|=numerosta|=numeroon|=kautta|=yhteyttä|=meihin|=meille|=sinun|=is|=are|=can|"
  "=may|=please|=you|=we|=us|=our|=kan|=är";

/* True when a line (what is left after its addresses and numbers, rest; the whole line, line) is a
   sentence: a finite verb or pronoun, more than six words, three lower-case words that are not a
   company form or a joining word, or a full stop after four words of which two are lower-case. */
static bool sentence(const char *rest, const char *line)
{
  char *norm = import_normalise(rest);
  bool verb = import_has(norm, sentence_words);
  free(norm);
  int words = 0, lower = 0;
  char *copy = xstrdup(rest), *save = NULL;
  for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
    if (strpbrk(t, "0123456789@"))
      continue;
    words++;
    size_t n = strcspn(t, ".,;:)");
    lower += islower((unsigned char)t[0]) && !text_is_legal_form(t, n) && n > 0 &&
             !(n <= 3 && strstr(" ja och and of von van de & ", t) != NULL);
  }
  free(copy);
  size_t n = strlen(line);
  while (n && line[n - 1] == ' ')
    n--;
  return verb || words > 6 || lower >= 3 || (n && line[n - 1] == '.' && words >= 4 && lower >= 2);
}

/* True when what is left of a line can be a name: "Molentum Oy", "1 Ketju Oy", not a sentence or a number. */
static bool name_like(const char *rest)
{
  size_t n = strlen(rest);
  if (n == 0 || n >= 100 || strchr(rest, '@'))
    return false;
  const char *last = strrchr(rest, ' ');
  last = last ? last + 1 : rest;
  return !strpbrk(rest, "0123456789") || text_is_legal_form(last, strcspn(last, ".,"));
}

/* Takes the city after a name's last comma ("Esimerkki ry, Hollola"): one capitalised word without
   digits, after a name ending in a company form or one labelled as the organisation's (org). */
static void take_city(struct doc_section *s, char *rest, bool org)
{
  char *comma = strrchr(rest, ',');
  if (!comma || !(s->schema->fields & (1u << FIELD_CITY)) || !str_blank(s->field[FIELD_CITY]))
    return;
  const char *city = comma + 1 + strspn(comma + 1, " ");
  if (!capital(city) || strpbrk(city, " 0123456789@/.:") || strlen(city) < 2)
    return;
  *comma = '\0';
  const char *last = strrchr(rest, ' ');
  last = last ? last + 1 : rest;
  if ((org || text_is_legal_form(last, strlen(last))) && set_field(s, FIELD_CITY, city, strlen(city)))
    return;
  *comma = ',';
}

/* Adds line to leftover, one line each. */
static void keep_line(struct strbuf *leftover, const char *line)
{
  if (leftover->len)
    sb_addc(leftover, '\n');
  sb_add(leftover, line);
}

/* Words that name a job or a role ("toimistopäällikkö", "hallituksen sihteeri", "Data Protection Officer"). */
static const char job_words[] =
  "päällikkö|johtaja|puheenjohtaja|sihteeri|rahastonhoitaja|vastaava|koordinaattori|asiantuntija|"
  "assistentti|esihenkilö|esimies|hallitus|jäsen|yrittäjä|omistaja|isännöitsijä|kirjanpitäjä|neuvoja|"
  "manager|officer|director|coordinator|secretary|chair|treasurer|owner|specialist|assistant|=ceo|=cto|=dpo";

/* Cuts a job title after a person's name off rest ("Maija Meikäläinen, toimistopäällikkö") into
   leftover, where it stays as the section's text: the part after the last ", " or " – " that starts
   in lower case or names a job (job_words), when what is before it has no comma of its own. */
static void cut_job_title(char *rest, struct strbuf *leftover)
{
  static const char *const seps[] = { ", ", " \xe2\x80\x93 ", " - " };
  for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
    char *sep = strstr(rest, seps[i]);
    if (!sep || sep == rest || strstr(sep + 1, seps[i]))
      continue;
    const char *job = sep + strlen(seps[i]);
    char *norm = import_normalise(job);
    bool title = *job && !strpbrk(job, "0123456789@") && (islower((unsigned char)*job) || import_has(norm, job_words));
    free(norm);
    if (!title)
      continue;
    keep_line(leftover, job);
    *sep = '\0';
    return;
  }
}

/* Takes one free line apart; want is the field its label named (FIELD_NAME, FIELD_STREET) or -1. A
   sentence gives its e-mail, website, business ID and phone, and is kept whole as text. */
static void free_line(struct doc_section *s, const char *line, int want, struct strbuf *leftover, struct strbuf *used)
{
  char *copy = xstrdup(line);
  struct words w;
  split_words(copy, &w);
  take_tokens(s, &w, used);
  take_phone(s, &w, used);
  char *rest = rest_of(&w);
  if (sentence(rest, line)) {
    keep_line(leftover, line);
  } else {
    take_street(s, &w, take_postal(s, &w));
    free(rest);
    rest = rest_of(&w);
    bool org = want == FIELD_NAME && (s->schema->fields & (1u << FIELD_BUSINESS_ID));
    if (*rest && want != FIELD_STREET)
      take_city(s, rest, org);
    if (*rest && want != FIELD_STREET && !(s->schema->fields & (1u << FIELD_BUSINESS_ID)))
      cut_job_title(rest, leftover);
    if (*rest && (want == FIELD_NAME || name_like(rest)) && want != FIELD_STREET &&
        set_field(s, FIELD_NAME, rest, strlen(rest)))
      *rest = '\0';
    if (*rest && want == FIELD_STREET && set_field(s, FIELD_STREET, rest, strlen(rest)))
      *rest = '\0';
    if (*rest)
      keep_line(leftover, rest);
  }
  free(rest);
  free(copy);
}

/* Reads the value v of a labelled line whose label names field f. */
static void label_value(struct doc_section *s, int f, const char *v, const char *line, struct strbuf *leftover,
                        struct strbuf *used)
{
  size_t n = strlen(v);
  char id[10], buf[256];
  const char *b = bare(v, buf, sizeof buf);
  if (f == FIELD_NAME || f == FIELD_STREET) {
    free_line(s, v, f, leftover, used); /* "Nimi: Esimerkki ry (y-tunnus 1234567-8)", "Osoite: Katu 1, 00100 Kaupunki" */
  } else if (f == FIELD_BUSINESS_ID && id_form(b, strlen(b), id)) {
    if (!set_field(s, f, id, 9))
      keep_line(leftover, line);
    else if (strcmp(b, id) != 0)
      sb_printf(used, _("%s read as %s\n"), b, id);
  } else if (f == FIELD_EMAIL && !import_contact_is_email(b)) {
    free_line(s, v, -1, leftover, used);
  } else if (!set_field(s, f, f == FIELD_EMAIL ? b : v, f == FIELD_EMAIL ? strlen(b) : n) && n) {
    keep_line(leftover, line);
  }
}

/* Parses a "Label: value" line; true when the label names a field. A label naming the organisation
   ("Rekisterinpitäjä:") in a person's section keeps its line as text. */
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
  char *norm = import_normalise(label);
  bool org = import_has(norm, org_labels) && strlen(norm) <= 24;
  free(norm);
  const char *v = colon + 1 + strspn(colon + 1, " ");
  if (org && !(s->schema->fields & (1u << FIELD_BUSINESS_ID))) {
    keep_line(leftover, line);
    return true;
  }
  sb_printf(used, "%s\n", label);
  label_value(s, f, v, line, leftover, used);
  return true;
}

/* Words and values that belong to the supervisory authority (Tietosuojavaltuutetun toimisto): a line
   holding one is the authority's, never the controller's or the contact person's. */
static const char authority_words[] =
  "tietosuojavaltuutet|=data protection ombudsman|=ombudsman|valvontaviranomai|=supervisory authority|"
  "dataombudsman|lintulahdenkuja|=00531|=om fi|=tietosuoja fi|=029 566 6700|=029 56 66700|=pl 800|=po box 800";

/* True when line names the supervisory authority or one of its contact details. */
static bool authority_line(const char *line)
{
  char *norm = import_normalise(line);
  bool hit = import_has(norm, authority_words);
  free(norm);
  return hit;
}

/* True when the normalised text norm is one of the alternatives "=a|=b" exactly, or a field's label. */
static bool label_exact(const char *norm)
{
  for (int f = 0; f < FIELD_COUNT; f++) {
    for (const char *a = labels[f]; *a;) {
      size_t n = strcspn(a, "|"), skip = *a == '=';
      if (n - skip == strlen(norm) && strncmp(a + skip, norm, n - skip) == 0)
        return true;
      a += n + (a[n] == '|');
    }
    char *tr = import_normalise(_(schema_field_label(f)));
    bool same = strcmp(tr, norm) == 0;
    free(tr);
    if (same)
      return true;
  }
  return false;
}

/* True when line is a field's label alone ("Nimi", "Osoite:"): its value is on the next line. */
static bool label_alone(const char *line)
{
  size_t n = strlen(line);
  if (n == 0 || n > 30 || strcspn(line, ":") < n - 1)
    return false;
  char *label = xasprintf("%.*s", (int)(n - (line[n - 1] == ':')), line);
  char *norm = import_normalise(label);
  bool hit = *norm && label_exact(norm);
  free(norm);
  free(label);
  return hit;
}

/* Copies body with Markdown links "[text](target)" and autolinks "<mailto:x>" replaced by their text
   (the target when the text is empty, without "mailto:" or "tel:"); caller frees. */
static char *strip_links(const char *body)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (const char *p = body; *p;) {
    const char *close = *p == '[' ? memchr(p, ']', strnlen(p, 200)) : NULL;
    const char *end = close && close[1] == '(' ? memchr(close, ')', strnlen(close, 300)) : NULL;
    if (*p == '<' && (strncmp(p, "<mailto:", 8) == 0 || strncmp(p, "<http", 5) == 0) &&
        (end = memchr(p, '>', strnlen(p, 300)))) {
      size_t skip = p[1] == 'm' ? 8 : 1;
      sb_addn(&b, p + skip, (size_t)(end - p - skip));
      p = end + 1;
    } else if (end && !memchr(p, '\n', (size_t)(end - p))) {
      const char *t = close + 2;
      t += strncmp(t, "mailto:", 7) == 0 ? 7 : strncmp(t, "tel:", 4) == 0 ? 4 : 0;
      if (close > p + 1)
        sb_addn(&b, p + 1, (size_t)(close - p - 1));
      else
        sb_addn(&b, t, (size_t)(end - t));
      p = end + 1;
    } else {
      sb_addc(&b, *p++);
    }
  }
  return sb_take(&b);
}

void import_contact_parse(struct doc_section *s, const char *body, struct strbuf *leftover, struct strbuf *used)
{
  char *copy = strip_links(body), *next = copy;
  const char *pending = NULL;
  bool authority = false;
  for (char *line; (line = strsep(&next, "\n"));) {
    line += strspn(line, " \t");
    size_t n = strlen(line);
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
      line[--n] = '\0';
    if (!*line) {
      authority = false; /* the authority's block ends with its paragraph */
      continue;
    }
    if ((authority = authority || authority_line(line))) {
      keep_line(leftover, line);
    } else if (pending && !label_alone(line)) {
      char *joined = xasprintf("%.*s: %s", (int)strcspn(pending, ":"), pending, line);
      if (!labelled(s, joined, leftover, used))
        free_line(s, line, -1, leftover, used);
      free(joined);
      pending = NULL;
      continue;
    } else if (label_alone(line)) {
      if (pending)
        keep_line(leftover, pending);
      pending = line;
      continue;
    } else if (!labelled(s, line, leftover, used)) {
      free_line(s, line, -1, leftover, used);
    }
  }
  if (pending)
    keep_line(leftover, pending);
  free(copy);
}

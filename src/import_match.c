/* Heading matching: an ordered table of name patterns per section, tolerant of case, numbering,
   inflection (stems, not words) and punctuation. The first pattern that matches wins, so the
   specific names come before the general ones. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import_build.h"
#include "import_match.h"
#include "schema.h"
#include "util.h"

/* One name pattern: groups joined by "+", each "a|b|c" (an alternative may be a phrase); every
   group must match. */
struct alias {
  const char *pattern;
  const char *targets; /* comma-separated section ids */
  enum import_date date;
  bool basis;          /* a heading of the legal basis alone (struct import_match) */
};

static const struct alias aliases[] = {
  { "=other information|=muut tiedot", "other", DATE_NONE, false },
  { "laatimis|laadittu|preparation|prepared|created+muokkaus|päivity|update|modified",
    "dates", DATE_BOTH, false },
  { "laatimis|laadittu|valmistelup|preparation|=prepared|=created|=date", "dates", DATE_CREATED, false },
  { "muokattu|päivitetty|muutettu|=updated|=modified|=last update", "dates", DATE_MODIFIED, false },
  { "yhteyshenkil|contact person|yhteydenot|=contact|vastaava henkil|rekisteriasi|responsible person",
    "contact_person", DATE_NONE, false },
  { "tietosuojavastaa|protection officer|=dpo", "dpo", DATE_NONE, false },
  { "=edustaja|representative", "eu_representative", DATE_NONE, false },
  { "rekisterinpitäj|rekisterin pitäjä|controller", "controller", DATE_NONE, false },
  { "rekisterin nimi|=name of the register|=register name|=rekisteri|=register", "register_name",
    DATE_NONE, false },
  { "oikeutet|legitimate+edu|=etu|interest", "legitimate_interest", DATE_NONE, false },
  { "suostumu|consent", "consent_withdrawal", DATE_NONE, false },
  { "oikeusperust|peruste|legal basis|lawful+tarkoitu|purpose+vaatimu|velvollisuu|requirement",
    "purposes,requirement", DATE_NONE, false },
  { "oikeusperust|peruste|legal basis|lawful+tarkoitu|purpose", "purposes", DATE_NONE, false },
  { "velvollisuus antaa|lakisääteinen|vaatimu|obligation to provide|requirement", "requirement",
    DATE_NONE, false },
  { "oikeusperust|käsittelyn peruste|legal basis|lawful basis|=basis", "purposes", DATE_NONE, true },
  { "tarkoitu|purpose|käyttötarkoit", "purposes", DATE_NONE, false },
  { "tietoryhm|categories|category", "data_categories", DATE_NONE, false },
  { "tietosisäl|sisältämät|=content|kerättävät|=what data|=data we collect", "data_content",
    DATE_NONE, false },
  { "tietoläh|lähtee|source", "sources", DATE_NONE, false },
  { "järjestelmästä toiseen|siirto-oikeu|siirtää tiedot|portab", "right_portability", DATE_NONE, false },
  { "luovut|disclos|vastaanottaj|recipient+siirr|siirto|transfer", "recipients,transfers", DATE_NONE, false },
  { "siirr|siirto|transfer+=eu|=eta|=ety|ulkopuol|kolmans|third|outside", "transfers", DATE_NONE, false },
  { "luovut|disclos|vastaanottaj|recipient", "recipients", DATE_NONE, false },
  { "säily|retention|storage period|=how long", "retention", DATE_NONE, false },
  { "suojau|suojaam|suojaus|protect|security|turva+manuaal|paperi|manual|paper", "security_manual",
    DATE_NONE, false },
  { "suojau|suojaam|suojaus|protect|security|turva+sähköi|atk|electronic|digitaal|tietojärjest",
    "security_electronic", DATE_NONE, false },
  { "suojauks|suojaamis|suojaus|=protection of|=security|tietoturva",
    "security_electronic,security_manual", DATE_NONE, false },
  { "eväste|cookie", "cookies", DATE_NONE, false },
  { "automaat|automated|profilo|profiling", "automated_decisions", DATE_NONE, false },
  { "valitu|valvontaviranom|kantelu|complaint|supervisory", "complaint", DATE_NONE, false },
  { "tarkastusoikeu|tarkistusoikeu|=pääsy|=access", "right_access", DATE_NONE, false },
  { "korjaa|oikaise|oikaisu|rectific|correct", "right_rectification", DATE_NONE, false },
  { "poista|unohde|erasure|=delet|forgotten", "right_erasure", DATE_NONE, false },
  { "rajoitta|restrict", "right_restriction", DATE_NONE, false },
  { "vastustamis|vastusta|=object|objection", "right_objection", DATE_NONE, false },
  { "oikeuksie|oikeude|=rights|exercising", "rights_requests", DATE_NONE, false },
};

/* Keywords that pull a paragraph of a shared heading to one of its sections. */
static const struct { const char *section, *keywords; } routes[] = {
  { "purposes", "tarkoitu|käyttötarkoit|purpose" },
  { "requirement", "lakisääte|sopimukseen perustuva|velvollisuus antaa|pakollis|requirement|obliged" },
  { "recipients", "luovut|vastaanottaj|recipient|disclos" },
  { "transfers", "=eu|=eta|=ety|ulkopuol|kolmans|=siirr|=siirto|third countr|outside the" },
  { "security_manual", "manuaal|paperi|lukitu|manual|paper" },
  { "security_electronic", "sähköi|atk|salasan|palomuur|electronic|password|firewall" },
  { "contact_person", "yhteyshenkil|contact person" },
};

/* Words a heading may hold without saying which section it is. */
static const char *const fillers =
  "=ja|=tai|=eli|=sekä|=seka|=of|=and|=or|=the|=to|=for|=in|=on|=a|=an|=your|=our|=we|=data|"
  "=personal|=processing|=henkilötietojen|=henkilötietoja|=tietojen|=tiedot|=tiedon|=tietoja|=rekisterin|"
  "=rekisteriä|=rekisteri|=koskevissa|=koskevista|=koskevat|=asioissa|=käsittelyn|=käsittely|=oikeus|"
  "=right|=rights|=saada|=henkilötietoihin|=register|=registered|=person|=information|=about|=with|"
  "=a|=b|=c|=d|=ja|=tietoa|=niiden|=sen|=is|=are|=how|=of|=by|=kuvaus|=periaatteet|=periaatteista|"
  "=principles|=aineisto|=material|=käsiteltävät|=toiminnot|=n|=muut|=käsittelyyn|=liittyvät|"
  "=peruste|=kyseessä|=olevat|=säännönmukaiset|=viimeksi|=vastaanottajaryhmät|=aika|=ajat|=period|"
  "=yhteystiedot|=details|=vastaava|=henkilö|=peruuttaminen|=peruuttamisesta|=peruuttaa|=withdrawing|"
  "=withdrawal|=withdraw";

/* Lower-cases one UTF-8 character from s into b; returns the bytes consumed. */
static size_t lower_char(const char *s, struct strbuf *b)
{
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    sb_addc(b, alnum ? (char)(c >= 'A' && c <= 'Z' ? c + 32 : c) : ' ');
    return 1;
  }
  if (c == 0xC3 && s[1] && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9E &&
      (unsigned char)s[1] != 0x97) {
    sb_addc(b, (char)0xC3);
    sb_addc(b, (char)((unsigned char)s[1] + 0x20));
    return 2;
  }
  unsigned cp;
  int n = utf8_decode(s, strnlen(s, 4), &cp); /* not strlen: this runs once per character */
  if (cp == 0xA0 || cp == 0x2013 || cp == 0x2014 || cp == 0x2022 || (cp >= 0x2018 && cp <= 0x201F))
    sb_addc(b, ' ');
  else if (cp == 0x2010 || cp == 0x2011)
    sb_addc(b, '-'); /* "Y‑tunnus" with a non-breaking hyphen */
  else
    sb_addn(b, s, (size_t)n);
  return (size_t)n;
}

/* Drops leading numbering ("4", "4 1", "iv") and hyphens left alone between spaces. */
static char *tidy_words(char *s)
{
  struct strbuf b = { 0 };
  bool lead = true;
  for (char *w = strtok(s, " "); w; w = strtok(NULL, " ")) {
    bool digits = strspn(w, "0123456789") == strlen(w);
    bool roman = strspn(w, "ivx") == strlen(w) && strlen(w) <= 4 && lead && strcmp(w, "i") != 0;
    if ((lead && (digits || roman)) || strspn(w, "-") == strlen(w))
      continue;
    lead = false;
    size_t n = strlen(w);
    while (n && w[n - 1] == '-')
      n--;
    size_t skip = strspn(w, "-");
    if (n <= skip)
      continue;
    if (b.len)
      sb_addc(&b, ' ');
    sb_addn(&b, w + skip, n - skip);
  }
  return sb_take(&b);
}

char *import_normalise(const char *s)
{
  struct strbuf b = { 0 };
  while (s && *s)
    s += lower_char(s, &b);
  char *raw = sb_take(&b);
  char *out = tidy_words(raw);
  free(raw);
  return out;
}

/* True when alternative a (n bytes, with its "<"/"=" prefix) occurs in norm (len bytes). */
static bool has_one(const char *norm, size_t len, const char *a, size_t n)
{
  char mode = (*a == '<' || *a == '=') ? *a : 0;
  if (mode) {
    a++;
    n--;
  }
  if (n == 0)
    return false;
  const char *end_of_norm = norm + len;
  for (const char *p = norm; (p = memmem(p, (size_t)(end_of_norm - p), a, n)); p++) {
    bool start = p == norm || p[-1] == ' ';
    bool end = p[n] == '\0' || p[n] == ' ';
    if (!mode || (start && (mode == '<' || end)))
      return true;
  }
  return false;
}

bool import_has(const char *norm, const char *alts)
{
  size_t len = strlen(norm);
  for (const char *a = alts; *a;) {
    size_t n = strcspn(a, "|");
    if (n && has_one(norm, len, a, n))
      return true;
    a += n + (a[n] == '|');
  }
  return false;
}

bool import_is_title(const char *norm)
{
  return import_has(norm, "tietosuojaseloste|rekisteriseloste|tietosuojaselos|=privacy notice|"
                          "=privacy policy|tietosuojakäytäntö|tietosuojaselvitys|=privacy statement");
}

/* True when every group of the pattern matches norm. */
static bool pattern_matches(const char *norm, const char *pattern)
{
  char *copy = xstrdup(pattern);
  bool ok = true;
  char *save = NULL;
  for (char *g = strtok_r(copy, "+", &save); g && ok; g = strtok_r(NULL, "+", &save))
    ok = import_has(norm, g);
  free(copy);
  return ok;
}

/* True when the pattern explains enough of the heading's words (for plain-text lines). */
static bool covers(const char *norm, const char *pattern)
{
  char *copy = xstrdup(norm);
  int words = 0, unexplained = 0;
  char *save = NULL;
  for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    words++;
    char *g_copy = xstrdup(pattern), *gs = NULL;
    bool hit = import_has(w, fillers);
    for (char *g = strtok_r(g_copy, "+", &gs); g && !hit; g = strtok_r(NULL, "+", &gs))
      hit = import_has(w, g);
    free(g_copy);
    unexplained += !hit && !strstr(pattern, w);
  }
  free(copy);
  return words > 0 && words <= 12 && unexplained * 3 < words;
}

/* Fills m with the comma-separated section ids. */
static void set_targets(struct import_match *m, const char *targets, enum import_date date)
{
  m->n = 0;
  m->date = date;
  m->basis = false;
  char *copy = xstrdup(targets), *save = NULL;
  for (char *t = strtok_r(copy, ",", &save); t && m->n < IMPORT_MAX_TARGETS; t = strtok_r(NULL, ",", &save))
    m->sec[m->n++] = schema_index(t);
  free(copy);
}

/* Normalised schema heading i in language l (cached: the catalogue does not change in a run). */
static const char *schema_heading(size_t i, enum doc_lang l)
{
  static char *cache[LANG_COUNT][64];
  if (i >= 64)
    return "";
  if (!cache[l][i]) {
    char *t = import_translate(schema_at(i)->heading, doc_lang_code(l));
    cache[l][i] = import_normalise(t);
    free(t);
  }
  return cache[l][i];
}

/* True when norm is exactly one schema heading, in Finnish or English; fills m. */
static bool match_schema_heading(const char *norm, struct import_match *m)
{
  for (size_t i = 0; i < schema_count(); i++) {
    bool hit = strcmp(norm, schema_heading(i, LANG_FI)) == 0 || strcmp(norm, schema_heading(i, LANG_EN)) == 0;
    if (hit) {
      set_targets(m, schema_at(i)->id, strcmp(schema_at(i)->id, "dates") == 0 ? DATE_BOTH : DATE_NONE);
      return true;
    }
  }
  return false;
}

static bool import_match_heading_uncached(const char *heading, bool strict, struct import_match *m);

/* The last heading matched and its answer: a table repeats one heading on each of its rows, and
   matching a heading costs tens of thousands of instructions (50 000 rows took a minute under the
   sanitizers). One entry, kept for the run (the importer is single-threaded). */
static struct {
  char *heading;
  bool strict, found;
  struct import_match m;
} last_match;

bool import_match_heading(const char *heading, bool strict, struct import_match *m)
{
  if (last_match.heading && last_match.strict == strict && strcmp(last_match.heading, heading) == 0) {
    *m = last_match.m;
    return last_match.found;
  }
  bool found = import_match_heading_uncached(heading, strict, m);
  free(last_match.heading);
  last_match.heading = xstrdup(heading);
  last_match.strict = strict;
  last_match.found = found;
  last_match.m = *m;
  return found;
}

/* import_match_heading without the memo. */
static bool import_match_heading_uncached(const char *heading, bool strict, struct import_match *m)
{
  char *norm = import_normalise(heading);
  bool found = *norm && match_schema_heading(norm, m);
  for (size_t i = 0; !found && *norm && i < sizeof aliases / sizeof aliases[0]; i++) {
    if (!pattern_matches(norm, aliases[i].pattern))
      continue;
    if (strict && !covers(norm, aliases[i].pattern))
      break;
    set_targets(m, aliases[i].targets, aliases[i].date);
    m->basis = aliases[i].basis;
    found = true;
  }
  free(norm);
  return found;
}

bool import_match_same(const struct import_match *a, const struct import_match *b)
{
  return a->n && b->n && a->sec[0] == b->sec[0] && a->basis == b->basis;
}

/* Number of the section's routing keywords found in norm. */
static int route_score(const char *norm, int sec)
{
  for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
    if (strcmp(routes[i].section, schema_at((size_t)sec)->id) == 0)
      return import_has(norm, routes[i].keywords);
  return 0;
}

int import_match_route(const char *para, const struct import_match *m)
{
  if (m->n < 2)
    return 0;
  char *norm = import_normalise(para);
  int best = 0;
  if (!route_score(norm, m->sec[0]))
    for (int i = 1; i < m->n; i++)
      if (route_score(norm, m->sec[i])) {
        best = i;
        break;
      }
  free(norm);
  return best;
}

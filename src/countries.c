/* The country table. Adequacy decisions as listed by the European Commission on 2026-11-30: Andorra,
   Argentina, Canada (commercial organisations), Faroe Islands, Guernsey, Israel, Isle of Man, Japan,
   Jersey, New Zealand, Republic of Korea, Switzerland, United Kingdom, Uruguay, and the United States
   for organisations self-certified under the EU-US Data Privacy Framework. */
#include "config.h"

#include <string.h>
#include <strings.h>
#include "countries.h"
#include "i18n.h"

#define EEA(c, fi, en) { c, { fi, en }, true, ADEQUACY_NONE }
#define ADQ(c, fi, en) { c, { fi, en }, false, ADEQUACY_COUNTRY }
#define NOT(c, fi, en) { c, { fi, en }, false, ADEQUACY_NONE }

static const struct country countries[] = {
  EEA("AT", "Itävalta", "Austria"), EEA("BE", "Belgia", "Belgium"), EEA("BG", "Bulgaria", "Bulgaria"),
  EEA("CY", "Kypros", "Cyprus"), EEA("CZ", "Tšekki", "Czechia"), EEA("DE", "Saksa", "Germany"),
  EEA("DK", "Tanska", "Denmark"), EEA("EE", "Viro", "Estonia"), EEA("ES", "Espanja", "Spain"),
  EEA("FI", "Suomi", "Finland"), EEA("FR", "Ranska", "France"), EEA("GR", "Kreikka", "Greece"),
  EEA("HR", "Kroatia", "Croatia"), EEA("HU", "Unkari", "Hungary"), EEA("IE", "Irlanti", "Ireland"),
  EEA("IS", "Islanti", "Iceland"), EEA("IT", "Italia", "Italy"), EEA("LI", "Liechtenstein", "Liechtenstein"),
  EEA("LT", "Liettua", "Lithuania"), EEA("LU", "Luxemburg", "Luxembourg"), EEA("LV", "Latvia", "Latvia"),
  EEA("MT", "Malta", "Malta"), EEA("NL", "Alankomaat", "Netherlands"), EEA("NO", "Norja", "Norway"),
  EEA("PL", "Puola", "Poland"), EEA("PT", "Portugali", "Portugal"), EEA("RO", "Romania", "Romania"),
  EEA("SE", "Ruotsi", "Sweden"), EEA("SI", "Slovenia", "Slovenia"), EEA("SK", "Slovakia", "Slovakia"),
  ADQ("AD", "Andorra", "Andorra"), ADQ("AR", "Argentiina", "Argentina"), ADQ("CA", "Kanada", "Canada"),
  ADQ("CH", "Sveitsi", "Switzerland"), ADQ("FO", "Färsaaret", "Faroe Islands"),
  ADQ("GB", "Yhdistynyt kuningaskunta", "United Kingdom"), ADQ("GG", "Guernsey", "Guernsey"),
  ADQ("IL", "Israel", "Israel"), ADQ("IM", "Mansaari", "Isle of Man"), ADQ("JE", "Jersey", "Jersey"),
  ADQ("JP", "Japani", "Japan"), ADQ("KR", "Korean tasavalta", "Republic of Korea"),
  ADQ("NZ", "Uusi-Seelanti", "New Zealand"), ADQ("UY", "Uruguay", "Uruguay"),
  { "US", { "Yhdysvallat", "United States" }, false, ADEQUACY_DPF },
  NOT("AU", "Australia", "Australia"), NOT("BR", "Brasilia", "Brazil"), NOT("CN", "Kiina", "China"),
  NOT("IN", "Intia", "India"), NOT("SG", "Singapore", "Singapore"), NOT("UA", "Ukraina", "Ukraine"),
  NOT("ZA", "Etelä-Afrikka", "South Africa"), NOT("TR", "Turkki", "Türkiye"),
  NOT("PH", "Filippiinit", "Philippines"), NOT("RS", "Serbia", "Serbia"),
};

const struct country *country_find(const char *code)
{
  for (size_t i = 0; code && i < sizeof countries / sizeof countries[0]; i++)
    if (strcmp(countries[i].code, code) == 0)
      return &countries[i];
  return NULL;
}

/* Other names people write for the countries of the table, in Finnish or English, and their codes. */
static const struct { const char *name, *code; } aliases[] = {
  { "USA", "US" }, { "U.S.A.", "US" }, { "U.S.", "US" }, { "United States of America", "US" },
  { "Amerikan yhdysvallat", "US" }, { "Amerikka", "US" }, { "America", "US" },
  { "UK", "GB" }, { "Iso-Britannia", "GB" }, { "Britannia", "GB" }, { "Great Britain", "GB" },
  { "Britain", "GB" }, { "Englanti", "GB" }, { "England", "GB" },
  { "Etelä-Korea", "KR" }, { "South Korea", "KR" }, { "Korea", "KR" },
  { "Czech Republic", "CZ" }, { "Tsekki", "CZ" }, { "Hollanti", "NL" }, { "Holland", "NL" },
  { "The Netherlands", "NL" }, { "Turkey", "TR" }, { "Schweiz", "CH" }, { "Deutschland", "DE" },
  { "Sverige", "SE" }, { "Norge", "NO" }, { "Danmark", "DK" }, { "Eesti", "EE" },
};

/* True when the n bytes at name are s, ASCII letters case-folded. */
static bool name_is(const char *s, const char *name, size_t n)
{
  return strlen(s) == n && strncasecmp(s, name, n) == 0;
}

const struct country *country_by_name(const char *name)
{
  if (!name)
    return NULL;
  name += strspn(name, " \t\n");
  size_t n = strlen(name);
  while (n && strchr(" \t\n", name[n - 1]))
    n--;
  for (size_t i = 0; i < sizeof countries / sizeof countries[0]; i++)
    for (int l = 0; l < LANG_COUNT; l++)
      if (name_is(country_name(&countries[i], (enum doc_lang)l), name, n))
        return &countries[i];
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
    if (name_is(aliases[i].name, name, n))
      return country_find(aliases[i].code);
  return NULL;
}

const char *country_name(const struct country *c, enum doc_lang l)
{
  if (l == LANG_FI || l == LANG_EN)
    return c->name[l];
  return i18n_text_in(doc_lang_code(l), c->name[LANG_EN]);
}

bool country_outside_eea(const char *code)
{
  const struct country *c = country_find(code);
  return !c || !c->eea;
}

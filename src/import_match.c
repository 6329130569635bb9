/* Heading matching: an ordered table of name patterns per section, tolerant of case, numbering,
   inflection (stems, not words) and punctuation. The first pattern that matches wins, so the
   specific names come before the general ones. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "i18n.h"
#include "import_build.h"
#include "import_match.h"
#include "schema.h"
#include "util.h"

/* One name pattern: groups joined by "+", each "a|b|c" (an alternative may be a phrase); every
   group must match. The words an alias's alternatives find are the words of the heading it
   explains; every alias also lends those words to its sections (a word that belongs to another
   section lowers a candidate's score). */
struct alias {
  const char *pattern;
  const char *targets; /* comma-separated section ids */
  enum import_date date;
  bool basis;          /* a heading of the legal basis alone (struct import_match) */
};

/* A third country, not a third party ("kolmansille osapuolille" is a disclosure, not a transfer). */
#define THIRD_COUNTRY "kolmansiin maihin|kolmansissa maissa|kolmansien maiden|kolmanteen maahan|" \
                      "kolmannessa maassa|kolmas maa|kolmannet maat|kolmansista maista|third countr|" \
                      "tredje land|tredjeland|tredje länder|tredjeländer"

static const struct alias aliases[] = {
  { "=other information|=muut tiedot|=övriga uppgifter|=övrig information", "other", DATE_NONE, false },
  /* a heading of the whole processing ("Henkilötietojen käsittely", "Rekisterin tiedot"): its text is
     shared out by what each paragraph says */
  { "=henkilötietojen käsittely|=tietojen käsittely|=processing of personal data|=rekisterin tiedot|"
    "=rekisteritiedot|=behandling av personuppgifter|=registrets uppgifter", "other", DATE_NONE, false },
  { "laatimis|laadittu|preparation|prepared|created|upprätta+muokkaus|päivity|update|modified|uppdater|=ändrad",
    "dates", DATE_BOTH, false },
  { "laatimis|laadittu|valmistelup|preparation|=prepared|=created|=date|upprätta|=datum", "dates", DATE_CREATED,
    false },
  { "muokattu|päivitetty|muutettu|=updated|=modified|=last update|uppdater|=ändrad|=senast ändrad", "dates",
    DATE_MODIFIED, false },
  /* a form is a way data is collected, not a person to contact: its text says what is collected and why */
  { "lomak|=form|=forms|web form|contact form|blankett|=formulär", "purposes,data_content", DATE_NONE, false },
  { "yhteyshenkil|contact person|yhteydenot|=contact|=contact us|vastaava henkil|rekisteriasi|"
    "responsible person|=ota yhteyttä|hoitava henkilö|asioita hoitava|=rekisterivastaava|rekisteriasioita|"
    "register matters|=keneen|=whom to contact|ottaa yhteyttä|vastuuhenkil|kontaktperson|=kontakta oss|"
    "ärenden som gäller registret|=kontakt", "contact_person", DATE_NONE, false },
  /* "Yhteystiedot tietosuoja-asioissa", "Contact details in privacy matters" */
  { "=yhteystiedot|=yhteystieto|=contact details|=contact information|=kontaktuppgifter+tietosuoja-asi|"
    "tietosuoja asi|tietosuojaan liittyv|privacy matters|privacy questions|data protection matters|"
    "dataskyddsfrågor|dataskyddsärenden", "contact_person", DATE_NONE, false },
  { "tietosuojavastaa|protection officer|=dpo|dataskyddsombud", "dpo", DATE_NONE, false },
  { "=edustaja|representative|företrädare", "eu_representative", DATE_NONE, false },
  { "rekisterinpitäj|rekisterin pitäjä|controller|=who we are|=who are we|=about us|=keitä olemme|=ylläpitäjä|rekisterin ylläpitäjä|=keeper|register keeper|=kuka|=who is|"
    "personuppgiftsansvarig|registeransvarig|registerförare|registerhållare|=vem är", "controller", DATE_NONE, false },
  { "rekisterin nimi|rekisterin nimet|rekisterien nim|=name of the register|=register name|=rekisteri|=register|"
    "registrets namn|registernamn", "register_name",
    DATE_NONE, false },
  { "oikeutet|legitimate|berättigad|berättigat+edu|=etu|interest|intresse", "legitimate_interest", DATE_NONE, false },
  { "suostumu|consent|samtyck|återkall", "consent_withdrawal", DATE_NONE, false },
  { "oikeusperust|peruste|legal basis|lawful|rättslig grund|rättsliga grund+tarkoitu|purpose|ändamål|syfte+"
    "vaatimu|velvollisuu|requirement|skyldighet|=krav",
    "purposes,requirement", DATE_NONE, false },
  { "oikeusperust|peruste|=perusta|legal basis|lawful|rättslig grund|rättsliga grund|=grund|=grunden+tarkoitu|"
    "purpose|ändamål|syfte", "purposes", DATE_NONE, false },
  { "velvollisuus antaa|lakisääteinen|vaatimu|obligation to provide|requirement|skyldighet att lämna|"
    "lagstadgad|=krav", "requirement",
    DATE_NONE, false },
  { "oikeusperust|käsittelyn peruste|oikeudellinen perusta|oikeudellinen peruste|legal basis|lawful basis|=basis|"
    "rättslig grund|rättsliga grund|=grund för behandling|=grunden för behandling",
    "purposes", DATE_NONE, true },
  { "tarkoitu|purpose|käyttötarkoit|=why we|=miksi|=mihin|ändamål|syfte|=varför", "purposes", DATE_NONE, false },
  /* a question: "Miksi keräämme tietoja?", "Why do we process your data?" (the verb alone names the content) */
  { "=miksi|=why|=mihin+<kerä|<collect|käsittelemme|käsitellään|<process|käytämme|käytetään|=use|=used|"
    "tallennamme|tallennetaan|<store|tarvitsemme|=need",
    "purposes", DATE_NONE, false },
  { "rekisteröityjen ryhm|rekisteröityjen ryhm|henkilöryhm|=data subjects|=kenen tietoja|=whose data|"
    "=whose personal|=kenen|=whose|registrerade personer|kategorier av registrerade|personkategori|=vems|"
    "=registrerade", "data_subjects", DATE_NONE, false },
  { "tietoryhm|categories|category|kategori|uppgiftsgrupp", "data_categories", DATE_NONE, false },
  { "=mistä|=where|=whom+kerä|=saamme|=saadaan|=collect|=get|=obtain|=receive|=come|=comes", "sources", DATE_NONE, false },
  { "tietosisäl|sisältämät|=content|kerättävät|=what data|=data we collect|=mitä tietoja|"
    "=what information|=what personal|=keräämme|=kerätään|=collect|=contents|talletetut|tallennetut|"
    "tallennettavat|talletettavat|datainnehåll|=innehåll|=innehållet|registrets innehåll|=vilka uppgifter|"
    "=vilka personuppgifter|=insamlas|=samlar in", "data_content", DATE_NONE, false },
  /* who processes the data on the controller's behalf (GDPR 28) */
  { "käsittelij|=processor|=processors|palveluntarjoaj|palveluntuottaj|service provider|alihankkij|"
    "personuppgiftsbiträd|=biträde|=biträden|tjänsteleverantör|underleverantör",
    "providers", DATE_NONE, false },
  /* a question: "Mitä henkilötietoja käsittelemme?", "Which data do we process?" */
  { "=mitä|=mitkä|=what|=which+=henkilötietoja|=henkilötietoa|=henkilötiedot|=tietoja|=tietoa|=tiedot|=data|"
    "=information|=personal|=tietojasi|=tietosi", "data_content", DATE_NONE, false },
  { "tietoläh|lähtee|source|=lähde|=lähteet|<lähtei|uppgiftskäll|=källa|=källor|=källorna|källor|=varifrån",
    "sources", DATE_NONE, false },
  { "järjestelmästä toiseen|siirto-oikeu|siirtää tiedot|portab|från ett system till ett annat|flytta",
    "right_portability", DATE_NONE, false },
  /* a disclosure outside the EU is a transfer, not a recipient */
  { "luovut|disclos|siirr|siirto|transfer|=share|överför|utlämn+ulkopuolel|" THIRD_COUNTRY "|outside|=eu|=eta|"
    "=ety|=eea|<eta-alue|<eu-|utanför|=ees", "transfers", DATE_NONE, false },
  { "luovut|disclos|vastaanottaj|recipient|utlämn|mottagare+siirr|siirto|siirtämi|transfer|överför",
    "recipients,transfers", DATE_NONE, false },
  { "siirr|siirto|transfer|överför+=eu|=eta|=ety|ulkopuolel|" THIRD_COUNTRY "|outside|utanför|=ees", "transfers", DATE_NONE, false },
  { "luovut|disclos|vastaanottaj|recipient|=share|=jaamme|who has access|=release|=released|=kenelle|"
    "utlämn|lämnas ut|mottagare", "recipients", DATE_NONE, false },
  /* a question: "Who receives the data?", "Kuka saa tietoja?" */
  { "=who|=kuka|=ketkä+=receives|=receive|=gets|=saa|=saavat|=näkee|=näkevät|=can see", "recipients", DATE_NONE,
    false },
  { "=international|=transfers|=siirrot|=siirto|=överföring|=överföringar", "transfers", DATE_NONE, false },
  { "säily|retention|storage period|=how long|=kuinka kauan|=retain|=keep|lagring|=hur länge|bevarand|"
    "=sparas|=lagras", "retention", DATE_NONE, false },
  { "suojau|suojaam|suojaus|protect|security|turva|säilytyspaik|säilytystil|<skydd|säkerhet+manuaal|paperi|"
    "manual|paper|manuell|pappers",
    "security_manual", DATE_NONE, false },
  { "suojau|suojaam|suojaus|protect|security|turva|<skydd|säkerhet+sähköi|atk|electronic|digitaal|tietojärjest|"
    "elektronisk|=adb|digital|datasystem|it-system",
    "security_electronic", DATE_NONE, false },
  { "suojauks|suojaamis|suojaus|suojaam|=protection|protect|=security|tietoturva|<skydd|säkerhet",
    "security_electronic,security_manual", DATE_NONE, false },
  { "eväste|cookie|kakor|=kaka", "cookies", DATE_NONE, false },
  { "automaat|automated|profilo|profiling|automatis|profilering", "automated_decisions", DATE_NONE, false },
  { "valitu|valvontaviranom|valvova viranom|kantelu|complaint|supervisory|klagom|tillsynsmyndighet|"
    "dataombudsman", "complaint", DATE_NONE, false },
  { "tarkastusoikeu|tarkistusoikeu|tarkasta|=pääsy|=access|insyn|=tillgång", "right_access", DATE_NONE, false },
  /* the old law's "Tietojen oikeellisuus": how wrong data is put right */
  { "korjaa|korjat|oikaise|oikaisu|rectific|correct|oikeellisuu|=accuracy|rättels|=rätta|korriger",
    "right_rectification", DATE_NONE, false },
  { "poista|unohde|erasure|=delet|forgotten|=removal|=poisto|radera|radering|bli glömd", "right_erasure", DATE_NONE, false },
  { "rajoitta|restrict|begräns", "right_restriction", DATE_NONE, false },
  { "vastustamis|vastusta|kielto-oikeu|=object|objection|invänd|=motsätta", "right_objection", DATE_NONE, false },
  { "oikeuksie|=oikeudet|=oikeuden|=rights|exercising|<oikeuks|=oikeutesi|=oikeutenne|rättighet",
    "rights_requests", DATE_NONE,
    false },
  /* what a notice says of its own later changes (GDPR 12(1), 13(3)) */
  { "=muutokset|muutoksista|muutoksiin|=changes|=change|=amendments|=ändringar|=ändring", "notice_changes", DATE_NONE, false },
  { "suoramarkkin|direct marketing|direktmarknadsför", "direct_marketing", DATE_NONE, false },
};

#define NALIASES (sizeof aliases / sizeof aliases[0])

/* What a paragraph's text says it is about: a section and words (on the normalised text) that
   point to it; each row found counts one. Raw-text signs (an e-mail address, a phone number) are
   added in evidence(). */
static const struct { const char *section, *keywords; } routes[] = {
  /* Swedish */
  { "purposes", "ändamål|=syfte|=syftet|=används för|=behandlar vi|rättslig grund" },
  { "data_content", "=namn|e-postadress|telefonnummer|=adress|födelsedatum|personbeteckning" },
  { "sources", "=samlas in|=erhålls|=fås|från den registrerade|befolkningsdatasystem|av den registrerade själv" },
  { "recipients", "lämnas ut|=lämnar ut|utlämn|mottagare" },
  { "transfers", "utanför eu|utanför ees|=ees|tredje land|tredjeländer|standardavtalsklausul" },
  { "retention", "=år|=månader|=sparas|=lagras|lagringstid|=raderas|så länge" },
  { "security_manual", "manuell|manuellt|pappers|låst|låsta|=arkiv|arkivskåp" },
  { "security_electronic", "elektronisk|datasystem|lösenord|brandvägg|kryptera|behörighet|användarnamn" },
  { "cookies", "kakor|=kaka" },
  { "complaint", "dataombudsman|tillsynsmyndighet|klagomål|=pb 800" },
  { "contact_person", "kontaktperson" },
  { "right_access", "insyn|=tillgång" },
  { "right_rectification", "rättel|=rätta|korriger" },
  { "right_erasure", "radera|radering" },
  { "right_restriction", "begräns" },
  { "right_objection", "invänd|motsätta" },
  { "consent_withdrawal", "återkalla|samtycke" },
  { "purposes", "tarkoitu|käyttötarkoit|purpose|=käytetään|=käytämme|=käsittelemme|=we use|=used to|varten" },
  /* what the processing rests on is written with its purposes (GDPR 13(1)(c)) */
  { "purposes", "legal basis|lawful basis|oikeusperust|käsittelyn peruste|performance of a contract" },
  { "requirement", "lakisääte|sopimukseen perustuva|velvollisuus antaa|pakollis|requirement|obliged" },
  { "data_content", "=nimi|=nimet|sähköpostiosoit|puhelinnumer|=osoite|syntymäai|henkilötunnu|=name|"
                    "email address|e-mail address|phone number|date of birth" },
  { "sources", "saadaan|kerätään|itseltään|rekisteröidyltä|collected from|=obtain|=from you|väestörekister|"
               "collected upon|collected when|collected directly|collected at" },
  /* who processes the data for the controller (GDPR 28): a hosting or cloud service */
  { "providers", "palveluntarjoaj|palveluntuottaj|=käsittelijä|=käsittelijät|käsittelijänä|=processor|=processors|"
                 "service provider|hosted by|google drive|google docs|pilvipalvel|cloud service" },
  { "recipients", "luovut|vastaanottaj|recipient|disclos|=share|=shared|=passed to|=published|=julkaistaan|julkaistu" },
  { "transfers", "=eu|=eta|=ety|=eea|<eta-alue|talousalue|" THIRD_COUNTRY "|=usa|yhdysval" },
  { "transfers", THIRD_COUNTRY "|=usa|yhdysval|vakiolausek|standard contractual|=scc|=sccs" },
  { "transfers", "ulkopuolel|outside the|=siirr|siirretä|siirretään|=siirto|=transfer|=transferred" },
  { "retention", "vuotta|vuoden|kuukautta|kuukauden|=years|=months|asiakkuuden ajan|asiakassuhteen ajan|"
                 "jäsenyyden ajan|päättymisen jälkeen|päättymisestä|as long as|niin kauan|säilytysai|"
                 "poistetaan|are deleted|is deleted" },
  { "retention", "säilytetään|säilytämme|säilytysai|=retain|=kept for|=keep the|=stored for" },
  { "security_manual", "manuaal|paperi|=manual|paper" },
  { "security_manual", "lukitu|lukitt|kulunvalvo|locked|kaapi|arkisto|cabinet" },
  { "security_electronic", "sähköi|=atk|electronic|tietojärjestelm|digital" },
  { "security_electronic", "salasan|palomuur|käyttöoikeu|salat|=https|password|firewall|encrypt|access right|"
                           "käyttäjätunnu" },
  { "cookies", "eväst|cookie" },
  { "complaint", "tietosuojavaltuutet|valvontaviranom|supervisory author|ombudsman|kantelu|valitu|"
                 "complaint|=pl 800|=00531|tietosuoja fi" },
  { "contact_person", "yhteyshenkil|contact person" },
  { "right_access", "tarkasta|tarkastus|=access" },
  { "right_rectification", "korja|oikais|rectif|correct" },
  { "right_erasure", "poistamis|poistaa|erasure|delete" },
  { "right_restriction", "rajoit|restrict" },
  { "right_objection", "vastust|=object" },
  { "consent_withdrawal", "peruuttaa|peruuttami|withdraw|evästeasetuks|evästeasetukset|cookie settings|"
                          "cookie preferences|=perua suostum" },
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
  "=withdrawal|=withdraw|=you|=us|=do|=does|=who|=what|=when|=why|=miten|=me|=sinun|=sinusta|=teistä|"
  "=tietosuoja|=käyttö|=rekisteröidyn|=rekisteröidyllä|=rekisteröidyt|=rekisteröidyille|=käsittelyä|=käytämme|=mitä|=kenelle|=mistä|=yleistä|=general|"
  "=tietosi|=tietojasi|=tietojanne|=tietonne|=tietoasi|=henkilötiedot|=henkilötietoa|=henkilötietosi|"
  "=henkilötietojasi|=henkilötietojanne|=henkilötiedon|=henkilötieto|=käsittelemme|=käsitellään|=käsitellä|"
  "=process|=it|=them|=its|=miksi|=mihin|=kuinka|=kuka|=kenen|=keneen|=where|=which|=whose|=whom|"
  "=normal|=regular|=handling|=handled|=mitkä|=ovat|=voin|=tähän|=tämän|=this|=selosteeseen|=selosteen|=notice|=voit|=can|=millä|=perusteella|"
  "=suomessa|=suomen|=finland|=finnish|=toimivaltainen|=competent|=national|"
  /* Swedish */
  "=och|=i|=av|=för|=med|=om|=till|=att|=den|=det|=de|=ett|=som|=är|=gäller|=registret|=registrets|"
  "=personuppgifter|=personuppgifterna|=uppgifter|=uppgifterna|=behandlingen|=behandling|=behandlar|=rätt|"
  "=registrerades|=den registrerades|=dina|=vi|=hur|=vad|=vem|=ärenden|=principerna|=principer|=regelbundna|"
  "=regelbunden|=göra|=lämna|=in|=få|=eller|=allmänt|=beskrivning|=uppgifternas|=inom|=våra|=vår|=ni|=du";

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
  if (import_has(norm, "tietosuojaseloste|rekisteriseloste|tietosuojaselos|=privacy notice|"
                       "=privacy policy|tietosuojakäytäntö|tietosuojaselvitys|=privacy statement|"
                       "yksityisyydensuojakäytän|yksityisyydensuojaselos|yksityisyyskäytän|dataskyddsbeskrivning|"
                       "registerbeskrivning|dataskyddsmeddelande|dataskyddspolicy|integritetspolicy|"
                       "integritetsskyddsbeskrivning|dataskyddsredogörelse"))
    return true;
  /* "Tietosuoja- ja evästeseloste", "Privacy and cookie policy": the notice named by a coordination */
  return (import_has(norm, "=tietosuoja") && import_has(norm, "seloste|selostus")) ||
         (import_has(norm, "=privacy") && import_has(norm, "=policy|=notice|=statement"));
}

/* ---------- scoring a heading against every section ---------- */

#define MAX_WORDS 64

/* A heading cut into words: the byte offset where each word starts, and which are fillers. */
struct words {
  const char *norm;
  size_t start[MAX_WORDS + 1];
  int n;
  unsigned long long filler, title;
};

/* Splits normalised text into words (at most MAX_WORDS; the rest count as one long last word). */
static void words_split(const char *norm, struct words *w)
{
  w->norm = norm;
  w->n = 0;
  w->filler = w->title = 0;
  for (size_t i = 0; norm[i] && w->n < MAX_WORDS; i++)
    if (i == 0 || norm[i - 1] == ' ')
      w->start[w->n++] = i;
  w->start[w->n] = strlen(norm) + 1;
  for (int k = 0; k < w->n; k++) {
    size_t len = w->start[k + 1] - w->start[k] - 1;
    char *one = xmalloc(len + 1);
    memcpy(one, norm + w->start[k], len);
    one[len] = '\0';
    if (import_has(one, fillers))
      w->filler |= 1ULL << k;
    if (import_has(one, "seloste|selostus|selvitys|käytäntö|=policy|=notice|=statement|=privacy|=tietosuoja|"
                        "beskrivning|dataskyddsmeddelande|integritetspolicy|dataskyddspolicy"))
      w->title |= 1ULL << k;
    free(one);
  }
}

/* The words of w that the bytes [from, to) overlap, as a bit mask. */
static unsigned long long words_over(const struct words *w, size_t from, size_t to)
{
  unsigned long long m = 0;
  for (int k = 0; k < w->n; k++)
    if (w->start[k] < to && w->start[k + 1] - 1 > from)
      m |= 1ULL << k;
  return m;
}

/* The words that one alternative ("x", "<x", "=x", a phrase) finds. */
static unsigned long long mark_one(const struct words *w, const char *a, size_t n)
{
  char mode = (*a == '<' || *a == '=') ? *a : 0;
  if (mode) {
    a++;
    n--;
  }
  unsigned long long m = 0;
  size_t len = strlen(w->norm);
  for (const char *p = w->norm; n && (p = memmem(p, (size_t)(w->norm + len - p), a, n)); p++) {
    bool start = p == w->norm || p[-1] == ' ';
    bool end = p[n] == '\0' || p[n] == ' ';
    if (!mode || (start && (mode == '<' || end)))
      m |= words_over(w, (size_t)(p - w->norm), (size_t)(p - w->norm) + n);
  }
  return m;
}

/* The words that any alternative of group g ("a|b|c", g_len bytes) finds. */
static unsigned long long mark_group(const struct words *w, const char *g, size_t g_len)
{
  unsigned long long m = 0;
  for (const char *a = g; a < g + g_len;) {
    size_t n = strcspn(a, "|+");
    if (a + n > g + g_len)
      n = (size_t)(g + g_len - a);
    m |= mark_one(w, a, n);
    a += n + 1;
  }
  return m;
}

/* How one alias reads a heading: the words it explains, whether every group found one, its groups. */
struct reading {
  unsigned long long words;
  bool matches;
  int groups;
};

/* Reads the heading with alias i. */
static struct reading read_alias(const struct words *w, size_t i)
{
  struct reading r = { 0, true, 0 };
  for (const char *g = aliases[i].pattern; *g;) {
    size_t n = strcspn(g, "+");
    unsigned long long m = mark_group(w, g, n);
    r.words |= m;
    r.matches = r.matches && m;
    r.groups++;
    g += n + (g[n] == '+');
  }
  return r;
}

/* True when section id sec is one of the alias's targets. */
static bool alias_feeds(size_t i, const char *sec, size_t sec_len)
{
  for (const char *t = aliases[i].targets; *t;) {
    size_t n = strcspn(t, ",");
    if (n == sec_len && strncmp(t, sec, n) == 0)
      return true;
    t += n + (t[n] == ',');
  }
  return false;
}

/* True when aliases i and j share a target section. */
static bool alias_overlap(size_t i, size_t j)
{
  for (const char *t = aliases[i].targets; *t;) {
    size_t n = strcspn(t, ",");
    if (alias_feeds(j, t, n))
      return true;
    t += n + (t[n] == ',');
  }
  return false;
}

/* Number of bits set. */
static int bits(unsigned long long m)
{
  int n = 0;
  for (; m; m &= m - 1)
    n++;
  return n;
}

/* The best reading of a heading: which alias, its score, the confidence, the closest rival. */
struct verdict {
  int alias, rival; /* indices into aliases, -1 for none */
  int score, confidence;
};

/* Scores every alias against the whole phrase: the words it explains count for it, content words
   that only another section's aliases explain count against it, and each extra group of a
   several-part pattern (a more specific name) adds a little. */
static struct verdict judge(const struct words *w, bool title)
{
  struct reading r[NALIASES];
  for (size_t i = 0; i < NALIASES; i++)
    r[i] = read_alias(w, i);
  unsigned long long content = ~w->filler & (w->n >= 64 ? ~0ULL : (1ULL << w->n) - 1);
  struct verdict v = { -1, -1, -1000, 0 };
  int score[NALIASES], foreign[NALIASES];
  for (size_t i = 0; i < NALIASES; i++) {
    score[i] = -1000;
    if (!r[i].matches || (title && !(r[i].words & ~w->title)))
      continue;
    unsigned long long own = 0, other = 0;
    for (size_t j = 0; j < NALIASES; j++)
      if (alias_overlap(i, j))
        own |= r[j].words;
      else
        other |= r[j].words;
    foreign[i] = bits(content & other & ~own);
    score[i] = 2 * bits(r[i].words) - 2 * foreign[i] + r[i].groups - 1;
    if (score[i] > v.score)
      v.alias = (int)i, v.score = score[i];
  }
  if (v.alias < 0)
    return v;
  int rival = -1000;
  for (size_t i = 0; i < NALIASES; i++)
    if (score[i] > rival && !alias_overlap(i, (size_t)v.alias))
      v.rival = (int)i, rival = score[i];
  int f = foreign[v.alias], cover = bits(r[v.alias].words);
  if (cover <= f)
    v.confidence = 20;
  else if (v.rival >= 0 && v.score - rival < 2)
    v.confidence = 30;
  else
    v.confidence = f ? 60 : 90;
  unsigned long long known = 0;
  for (size_t i = 0; i < NALIASES; i++)
    known |= r[i].words;
  if (v.confidence > 60 && bits(content & ~known) > 2 * cover)
    v.confidence = 60; /* most of the phrase says something no section's name says */
  return v;
}

/* True when word w begins one of the words of an alternative of pattern that has several words
   ("valvova viranom") and stands in the heading norm: the phrase explains all its words. */
static bool in_phrase(const char *w, const char *norm, const char *pattern)
{
  char *copy = xstrdup(pattern), *save = NULL;
  bool hit = false;
  for (char *alt = strtok_r(copy, "|", &save); alt && !hit; alt = strtok_r(NULL, "|", &save)) {
    if (!strchr(alt, ' ') || !import_has(norm, alt))
      continue;
    char *ws = NULL;
    for (char *aw = strtok_r(alt, " ", &ws); aw && !hit; aw = strtok_r(NULL, " ", &ws))
      hit = strncmp(w, aw + (*aw == '<' || *aw == '='), strlen(aw + (*aw == '<' || *aw == '='))) == 0;
  }
  free(copy);
  return hit;
}

/* True when the alias's pattern explains enough of the heading's words (for plain-text lines). */
static bool covers(const char *norm, const char *pattern)
{
  char *copy = xstrdup(norm);
  int words = 0, unexplained = 0;
  char *save = NULL;
  for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    words++;
    char *g_copy = xstrdup(pattern), *gs = NULL;
    bool hit = import_has(w, fillers) || import_is_title(w); /* "Tietosuojaselosteen muutokset" */
    for (char *g = strtok_r(g_copy, "+", &gs); g && !hit; g = strtok_r(NULL, "+", &gs))
      hit = import_has(w, g);
    free(g_copy);
    unexplained += !hit && !strstr(pattern, w) && !in_phrase(w, norm, pattern);
  }
  free(copy);
  return words > 0 && words <= 12 && unexplained * 3 < words;
}

/* Adds the comma-separated section ids to m (each once, at most IMPORT_MAX_TARGETS). */
static void add_targets(struct import_match *m, const char *targets)
{
  char *copy = xstrdup(targets), *save = NULL;
  for (char *t = strtok_r(copy, ",", &save); t && m->n < IMPORT_MAX_TARGETS; t = strtok_r(NULL, ",", &save)) {
    int sec = schema_index(t);
    bool have = false;
    for (int i = 0; i < m->n; i++)
      have = have || m->sec[i] == sec;
    if (!have)
      m->sec[m->n++] = sec;
  }
  free(copy);
}

/* Fills m with the comma-separated section ids. */
static void set_targets(struct import_match *m, const char *targets, enum import_date date)
{
  m->n = 0;
  m->date = date;
  m->basis = false;
  m->confidence = 100;
  m->alt = -1;
  add_targets(m, targets);
}

/* Normalised schema heading i in language l (cached: the catalogue does not change in a run). */
static const char *schema_heading(size_t i, enum doc_lang l)
{
  static char *cache[LANG_MAX][64];
  if (i >= 64)
    return "";
  if (!cache[l][i]) {
    char *t = import_translate(schema_at(i)->heading, doc_lang_code(l));
    cache[l][i] = import_normalise(t);
    free(t);
  }
  return cache[l][i];
}

/* True when norm is exactly one schema heading, in any language of the table; fills m. */
static bool match_schema_heading(const char *norm, struct import_match *m)
{
  for (size_t i = 0; i < schema_count(); i++) {
    bool hit = false;
    for (int l = 0; l < LANG_COUNT && !hit; l++)
      hit = strcmp(norm, schema_heading(i, (enum doc_lang)l)) == 0;
    if (hit) {
      set_targets(m, schema_at(i)->id, strcmp(schema_at(i)->id, "dates") == 0 ? DATE_BOTH : DATE_NONE);
      return true;
    }
  }
  return false;
}

/* Reads one phrase (a whole heading or one part of it); false when no section fits. */
static bool match_phrase(const char *norm, bool strict, struct import_match *m)
{
  struct words w;
  words_split(norm, &w);
  bool title = import_is_title(norm);
  struct verdict v = judge(&w, title);
  if (v.alias < 0 || (strict && !covers(norm, aliases[v.alias].pattern)))
    return false;
  set_targets(m, aliases[v.alias].targets, aliases[v.alias].date);
  m->basis = aliases[v.alias].basis;
  m->confidence = v.confidence;
  if (v.rival >= 0) {
    char *first = xstrdup(aliases[v.rival].targets);
    first[strcspn(first, ",")] = '\0';
    m->alt = schema_index(first);
    free(first);
  }
  return true;
}

/* Where a heading joins names with ",", "/", "&", "ja", "sekä" or "and", the parts read one by
   one: true (m filled with the parts' sections) when two parts each name a section surely and the
   whole phrase did not already name them all ("Yhteydenotto ja valitusoikeus", "Säilytysaika,
   tarkastaminen ja korjaaminen"). heading is as written (its commas still there). */
static bool match_parts(const char *heading, const struct import_match *whole, bool found, struct import_match *m)
{
  char *copy = xstrdup(heading);
  for (char *p = copy; *p; p++)
    if (*p == ',' || *p == '/' || *p == '&' || *p == ';')
      *p = '|';
  struct strbuf cut = { 0 };
  sb_add(&cut, "");
  for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
    bool join = strcasecmp(w, "ja") == 0 || strcmp(w, "sekä") == 0 || strcmp(w, "SEKÄ") == 0 ||
                strcasecmp(w, "and") == 0 || strcasecmp(w, "och") == 0;
    sb_add(&cut, join ? "|" : w);
    sb_addc(&cut, ' ');
  }
  struct import_match parts = { .n = 0, .date = DATE_NONE, .confidence = 75, .alt = -1 };
  int named = 0;
  bool covered = found;
  char *save = NULL;
  for (char *part = strtok_r(cut.s, "|", &save); part; part = strtok_r(NULL, "|", &save)) {
    char *norm = import_normalise(part);
    struct import_match one;
    if (*norm && match_phrase(norm, false, &one) && one.confidence >= IMPORT_SURE && one.date == DATE_NONE &&
        !one.basis) {
      named++;
      bool inside = false;
      for (int i = 0; found && i < whole->n; i++)
        for (int k = 0; k < one.n; k++)
          inside = inside || whole->sec[i] == one.sec[k];
      covered = covered && inside;
      for (int i = 0; i < one.n; i++)
        add_targets(&parts, schema_at((size_t)one.sec[i])->id);
    }
    free(norm);
  }
  sb_free(&cut);
  free(copy);
  if (named < 2 || parts.n < 2 || (covered && whole->confidence >= IMPORT_SURE))
    return false;
  *m = parts;
  return true;
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
  memset(m, 0, sizeof *m);
  m->alt = -1;
  char *norm = import_normalise(heading);
  bool found = false;
  if (*norm && strlen(norm) < 400) {
    found = match_schema_heading(norm, m);
    if (!found)
      found = match_phrase(norm, strict, m);
    if (!(found && m->date != DATE_NONE))
      found = match_parts(heading, m, found, m) || found;
  }
  free(norm);
  return found;
}

bool import_match_same(const struct import_match *a, const struct import_match *b)
{
  return a->n && b->n && a->sec[0] == b->sec[0] && a->basis == b->basis;
}

/* ---------- the text as evidence ---------- */

/* True when the raw text holds an e-mail address ("x@y.fi", "x(at)y.fi") or a phone number. */
static bool has_contact_details(const char *raw)
{
  if (strchr(raw, '@') || strstr(raw, "(at)") || strstr(raw, "[at]"))
    return true;
  int digits = 0;
  for (const char *p = raw; *p; p++) {
    if (*p >= '0' && *p <= '9')
      digits++;
    else if (*p != ' ' && *p != '-' && *p != '+')
      digits = digits >= 8 ? digits : 0;
  }
  return digits >= 8;
}

/* True when a text names the EU or EEA only as where something is ("Microsoft Azure | EU (Irlanti)"):
   no word of a place outside it, of a transfer or of a safeguard for one. Such a text is no sign of
   a transfer outside the EU or EEA (GDPR chapter V). */
static bool eu_only(const char *norm)
{
  return import_has(norm, "=eu|=eta|=ety|=eea|<eta-alue|talousalue") &&
         !import_has(norm, "ulkopuolel|outside|" THIRD_COUNTRY "|=usa|yhdysval|vakiolausek|standard contractual|"
                           "=scc|=sccs|=siirr|siirretä|siirretään|=siirto|=transfer|=transferred|siirrä");
}

int import_match_evidence(const char *raw, const char *norm, int sec)
{
  if (sec < 0)
    return 0;
  const char *id = schema_at((size_t)sec)->id;
  int n = 0;
  if (strcmp(id, "transfers") == 0 && eu_only(norm))
    return 0;
  for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
    if (strcmp(routes[i].section, id) == 0)
      n += import_has(norm, routes[i].keywords);
  bool contact = strcmp(id, "contact_person") == 0 || strcmp(id, "controller") == 0 || strcmp(id, "dpo") == 0;
  if (contact && has_contact_details(raw) && !import_has(norm, "tietosuojavaltuutet|=pl 800|ombudsman|=pb 800|dataombudsman"))
    n += 2;
  return n;
}

/* The words that name one right of the data subject (GDPR articles 15 to 21, 7(3) and 77). */
static const struct { const char *section, *words; } rights_named[] = {
  /* Swedish: "rätt till insyn", "rätt att få sina uppgifter raderade" */
  { "right_access", "insyn|få tillgång|=tillgång till" },
  { "right_rectification", "rättel|=rätta|korriger" },
  { "right_erasure", "radera|radering|bli glömd" },
  { "right_restriction", "begräns" },
  { "right_objection", "invänd|motsätta" },
  { "right_portability", "dataportabilitet|från ett system till ett annat|flytta sina uppgifter" },
  { "consent_withdrawal", "återkalla" },
  { "complaint", "klagomål|tillsynsmyndighet|dataombudsman" },
  { "right_access", "tarkasta|tarkastus|tarkista|tarkistus|=pääsy|saada pääsy|=access" },
  { "right_rectification", "korja|oikais|oikaisu|rectif|=correct|=correction|=corrected" },
  { "right_erasure", "poista|poisto|unohde|unohte|erasure|=delete|=deletion|=erase|forgotten" },
  { "right_restriction", "rajoit|restrict" },
  { "right_objection", "vastust|=object|objection|kielto-oikeu" },
  { "right_portability", "järjestelmästä toiseen|siirto-oikeu|siirtää tiedot|siirtää omat|toiselle rekisterinpitäjälle|"
                         "portab|siirrettävyy" },
  { "consent_withdrawal", "peruuttaa|peruuttami|=perua|withdraw" },
  { "complaint", "valitu|valittaa|kantelu|tietosuojavaltuutet|valvontaviranom|complaint|supervisory" },
  /* prohibiting direct marketing is the right to object of article 21(2) */
  { "right_objection", "suoramarkkin|suoramainon|direct marketing" },
};

int import_match_rights(const char *text, int *sec, int max)
{
  char *norm = import_normalise(text);
  int n = 0;
  int seen[sizeof rights_named / sizeof rights_named[0]];
  for (size_t i = 0; i < sizeof rights_named / sizeof rights_named[0]; i++) {
    int s = schema_index(rights_named[i].section);
    bool again = false;
    for (int k = 0; k < n; k++)
      again = again || seen[k] == s;
    if (!again && import_has(norm, rights_named[i].words)) {
      if (n < max)
        sec[n] = s;
      seen[n++] = s;
    }
  }
  free(norm);
  return n;
}

/* Evidence for all of m's sections together. */
static int evidence_all(const char *raw, const char *norm, const struct import_match *m)
{
  int n = 0;
  for (int i = 0; i < m->n; i++)
    n += import_match_evidence(raw, norm, m->sec[i]);
  return n;
}

void import_match_weigh(const char *body, struct import_match *m)
{
  if (m->confidence >= IMPORT_SURE || m->date != DATE_NONE || m->basis)
    return;
  char *norm = import_normalise(body);
  int mine = evidence_all(body, norm, m);
  int theirs = import_match_evidence(body, norm, m->alt);
  if (theirs > mine) {
    int keep = m->sec[0];
    m->n = 1;
    m->sec[0] = m->alt;
    m->alt = keep;
    m->confidence = IMPORT_GUESS;
  } else if (mine > theirs) {
    m->confidence = IMPORT_GUESS;
  }
  free(norm);
}

int import_match_guess(const char *body)
{
  char *norm = import_normalise(body);
  int best = -1, best_n = 0, second = 0;
  for (size_t i = 0; i < schema_count(); i++) {
    int n = import_match_evidence(body, norm, (int)i);
    if (n > best_n)
      second = best_n, best_n = n, best = (int)i;
    else if (n > second)
      second = n;
  }
  free(norm);
  return best_n >= 2 && best_n > second ? best : -1;
}

void import_match_companions(struct import_match *m)
{
  /* disclosures and transfers outside the EU are written under one heading as often as not */
  static const char *const pairs[][2] = { { "recipients", "transfers" } };
  for (size_t i = 0; m->n == 1 && i < sizeof pairs / sizeof pairs[0]; i++)
    if (m->sec[0] == schema_index(pairs[i][0]))
      m->sec[m->n++] = schema_index(pairs[i][1]);
}

int import_match_route(const char *para, const struct import_match *m)
{
  if (m->n < 2)
    return 0;
  char *norm = import_normalise(para);
  int best = 0, best_n = import_match_evidence(para, norm, m->sec[0]);
  for (int i = 1; i < m->n; i++) {
    int n = import_match_evidence(para, norm, m->sec[i]);
    if (n > best_n)
      best = i, best_n = n;
  }
  free(norm);
  return best;
}

/* The notice's texts read once (normalised, folded), and what an imported notice states: a right, a
   basis or another required statement counts as stated when any text of the notice states it, wherever
   the importer put that text (GDPR 12(1): the information must be given, not given under a given
   heading; 13(1)-(2), 14(1)-(2) list what must be given). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "nfc.h"
#include "util.h"

/* ---------- the corpus ---------- */

/* Appends one text to the corpus unless it is blank. */
static void corpus_add(struct check_corpus *k, size_t *cap, const struct doc_section *s, const struct doc_purpose *row,
                       enum check_field field, enum doc_lang l, const char *text, bool in_force)
{
  if (str_blank(text))
    return;
  if (k->n == *cap)
    k->v = xrealloc(k->v, (*cap = *cap ? *cap * 2 : 32) * sizeof *k->v);
  /* only combining diacritical marks (U+0300..U+036F: bytes 0xCC, 0xCD) make Finnish text not NFC */
  bool marks = strchr(text, '\xcc') || strchr(text, '\xcd');
  char *nfc = marks ? nfc_copy(text, strlen(text), NULL) : xstrdup(text);
  struct check_text *t = &k->v[k->n++];
  *t = (struct check_text){ s, row, field, l, nfc, text_fold(nfc), { 0 }, in_force };
  text_index_make(&t->ix, t->folded);
}

void check_corpus_make(struct check_ctx *c)
{
  struct check_corpus *k = &c->corpus;
  size_t cap = 0;
  k->v = NULL;
  k->n = 0;
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &c->doc->sec[i];
    bool in_force = check_in_force(c, s);
    if (s->schema->kind == SCHEMA_CONTACT) {
      /* a contact's fields state things too: "Matti Esimerkki, tietosuojavastaava" as its name */
      struct strbuf fields = { 0 };
      for (int f = 0; f < FIELD_COUNT; f++)
        if (!str_blank(s->field[f]))
          sb_printf(&fields, "%s\n", s->field[f]);
      for (int l = 0; l < LANG_COUNT && fields.len; l++)
        if (c->lang[l])
          corpus_add(k, &cap, s, NULL, CHECK_FIELD_TEXT, (enum doc_lang)l, fields.s, in_force);
      sb_free(&fields);
    }
    for (int l = 0; l < LANG_COUNT; l++) {
      corpus_add(k, &cap, s, NULL, CHECK_FIELD_TEXT, (enum doc_lang)l, s->text[l], in_force);
      for (size_t r = 0; r < s->npurposes; r++) {
        const struct doc_purpose *p = &s->purposes[r];
        corpus_add(k, &cap, s, p, CHECK_FIELD_ROW_TEXT, (enum doc_lang)l, p->text[l], in_force);
        corpus_add(k, &cap, s, p, CHECK_FIELD_ROW_INTEREST, (enum doc_lang)l, p->interest[l], in_force);
        corpus_add(k, &cap, s, p, CHECK_FIELD_ROW_RETENTION, (enum doc_lang)l, p->retention[l], in_force);
      }
    }
  }
}

void check_corpus_free(struct check_corpus *k)
{
  for (size_t i = 0; i < k->n; i++) {
    free(k->v[i].text);
    text_index_free(&k->v[i].ix);
    free(k->v[i].folded);
  }
  free(k->v);
  k->v = NULL;
  k->n = 0;
}

bool check_doc_imported(const struct doc *d)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &d->sec[i];
    if (s->origin == ORIGIN_IMPORTED)
      return true;
    for (int l = 0; l < LANG_COUNT; l++) {
      if (s->from[l].source == SOURCE_IMPORT)
        return true;
      for (size_t r = 0; r < s->npurposes; r++)
        if (s->purposes[r].from[l].source == SOURCE_IMPORT)
          return true;
    }
  }
  return false;
}

/* True when the folded sentence s[0..n) matches one of patterns and (when not NULL) one of context. */
static bool sentence_is(const char *s, size_t n, const char *const *patterns, const char *const *context)
{
  return patterns && text_match_any(s, n, patterns, NULL) && (!context || text_match_any(s, n, context, NULL));
}

/* True when the folded text has a sentence matching one of patterns and (when not NULL) one of context,
   and not both of unless and unless_context (unless NULL: no exception). */
static bool sentence_says_but(const char *folded, const char *const *patterns, const char *const *context,
                              const char *const *unless, const char *const *unless_context)
{
  size_t pos = 0, st, n;
  while (text_next_sentence(folded, &pos, &st, &n))
    if (sentence_is(folded + st, n, patterns, context) && !sentence_is(folded + st, n, unless, unless_context))
      return true;
  return false;
}

/* True when the folded text has a sentence matching one of patterns and (when not NULL) one of context. */
static bool sentence_says(const char *folded, const char *const *patterns, const char *const *context)
{
  return sentence_says_but(folded, patterns, context, NULL, NULL);
}

bool check_notice_says(const struct check_ctx *c, int l, const char *const *patterns, const char *const *context)
{
  for (size_t i = 0; i < c->corpus.n; i++) {
    const struct check_text *t = &c->corpus.v[i];
    if (t->in_force && (l < 0 ? c->lang[t->lang] : (int)t->lang == l) && sentence_says(t->folded, patterns, context))
      return true;
  }
  return false;
}

/* ---------- what each required section states ---------- */

/* Words that make a sentence about a person's right. */
static const char *const right_words[] = {
  "oikeu*|voi|voit|voivat|voidaan|pyytää|pyytämällä|vaatia|vaatimaan|saada|saat|saa|mahdollisuu*",
  "right*|may|can|request*|entitled|able|possibility", "rätt|rätten|rättighet*|kan|får|begära|begär|möjlighet*",
  NULL };
static const char *const about_consent[] = { "suostum*|evästeasetuk*", "consent*", "cookie settings|preferences",
                                             "samtyck*|cookieinställning*", NULL };
static const char *const about_transfer[] = { "siir*|ulkopuol*|kolmansi*", "transfer*|outside|third",
  "överför*|utanför|tredje*", NULL };

static const char *const says_access[] = {
  "tarkast*|tarkist*", "pääsy* tietoihin|tietoihinsa|omiin", "nähdä* tiedo*|tieto*|omat", "access*", "copy of",
  "tutustu* omiin|tietoihinsa", "view|see your|their data|information", "tillgång*|insyn*|granskningsrätt*",
  "få veta", "kopia|kopior|kopian", NULL };
static const char *const says_rectification[] = {
  "oikais*|oikaisu*|korja*|korjau*", "muokat*|muokkaa*", "päivittä*|päivitt* tieto*|tietojaan|tietonsa|omia",
  "rectif*|correct*", "edit|update your|their data|information|details",
  "rätta|rättas|rättad*|rättelse*|korriger*|komplettera*", "uppdatera* uppgift*|dina|sina", NULL };
static const char *const says_erasure[] = { "poist*|poisto*|unohdet*", "eras*|delet*|forgotten",
  "radera*|radering*|utplåna*", "bli bortglömd", NULL };
static const char *const says_restriction[] = { "rajoit*", "restrict*", "begräns*", NULL };
static const char *const says_objection[] = { "vastust*", "object|objection*|objecting",
  "invänd*|invändning*|motsätta*", NULL };
static const char *const says_portability[] = {
  "siirto-oikeu*|siirrettävyy*|koneluettav*", "toisel* rekisterinpitäj*|palvelu*|palveluntarjoaj*", "portab*",
  "machine-readable", "another controller", "dataportabilitet*|maskinläsbar*", "annan personuppgiftsansvarig", NULL };
static const char *const says_complaint[] = {
  "valitu*|valittaa|kantelu*|kannel*", "tietosuojavaltuutet*", "complain*|complaint*", "supervisory authority",
  "data protection ombudsman", "klagomål*|klaga", "tillsynsmyndighet*", "dataombudsman*", NULL };
/* Exercising the rights: the rights with how ("oikeuksiaan voi käyttää", "pyynnöt"); a contact alone
   ("Rekisteriasioissa voit ottaa yhteyttä") is the contact person's statement, not this one. */
static const char *const says_requests[] = { "oikeu*!oikeutet*", "right|rights", "rättighet*", NULL };
static const char *const request_words[] = {
  "käyt*|pyyn*|pyyntö*|pyytä*|pyytämällä|yhteyt*|yhteydenot*", "request*|exercis*|contact*|use",
  "utöva*|begär*|begäran|kontakt*|använda", NULL };
static const char *const says_retention[] = { "säily*|säilö*", "retain*|retention|kept|stored|store",
  "bevara*|bevaras|lagra*|lagras|lagring*|förvara*|sparas", NULL };
/* What makes "säilytetään" a time, not a place ("lukitussa tilassa"): a period, an end or the erasure. */
static const char *const retention_time[] = {
  "vuosi|vuoden|vuodeksi|vuotta|vuosia|vuosien|vuodessa|kuukau*|päivä*|viiko*|vuorokau*|vrk|asti|saakka|kunnes|jälkeen|"
  "kuluttua|kuluessa|ajan|toistaiseksi|pysyvästi|kauan|poist*|hävit*|tuho*",
  "year*|month*|day*|week*|until|after|period|long|indefinitely|permanently|delet*|eras*|destroy*",
  "år|året|åren|års|månad*|dag|dagar|dagars|dygn|vecka|veckor|tills|efter|upphör*",
  "period*|länge|permanent*|radera*|förstör*|gallra*|utplåna*",
  "tills vidare", NULL };
static const char *const says_recipients[] = {
  "luovut*|vastaanottaj*", "toimitetaan|toimitamme|välitetään|välitämme", "kolmansil* osapuol*",
  "disclos*|recipient*|release|released|releases|shared", "third part*", "passed to|on",
  "mottagare*|utlämna*|överlåt*", "lämnar|lämnas ut", "tredje part|parter|parten", NULL };
static const char *const says_sources[] = { "tietolähte*|lähtee*|lähteist*|lähteinä", "source*",
  "källa|källor|källan|källorna|uppgiftskäll*", NULL };
/* "Tiedot kerätään" tells of a source only with where from ("asiakkaalta", "itseltään", "from"). */
static const char *const says_collected[] = {
  "saadaan|saamme|saadut|kerätään|keräämme|kerää|hankitaan", "obtain*|collect*|receive*",
  "får|fås|erhåller|samlar|samlas|insamla*|inhämta*", NULL };
static const char *const from_where[] = {
  "itse|itseltään|suoraan|rekisteröidylt*|asiakkaalt*|asiakkailt*|jäseneltä|jäseniltä|henkilöltä|viranomais*|"
  "rekistere*|väestötietojärjestelmä*", "from",
  /* when: the event the data comes with ("rekisteröityessä palveluun", "upon becoming a member") */
  "rekisteröityess*|ilmoittautuess*|liittyess*|tilatess*|kirjautuess*|hakiess*|asioidess*|ostaess*",
  "upon", "when you|a|the", "on joining|registration", "från|direkt|själv|själva", "när du|vi",
  "vid registrering*|anmälan|beställning*", NULL };
static const char *const says_data[] = {
  "henkilötietoryhm*|tietoryhm*|tietosisäl*", "nimi|nimet|sähköpostiosoit*|puhelinnumer*|syntymäai*|osoitetied*",
  "categor*", "name|names|e-mail|email|phone", "personuppgiftskategori*|uppgiftskategori*|kategori*",
  "namn|e-postadress*|telefonnummer*|födelsedatum*|adressuppgift*|postadress*", NULL };
/* The obligation to provide data: giving the data with what makes it so ("antaminen on vapaaehtoista",
   "velvollisuus antaa"), or the data as a condition of a contract; "laki edellyttää säilyttämistä" is none. */
static const char *const says_provide[] = {
  "anta*|anne*|antam*|toimitta*|toimitet*|ilmoitta*|luovutta*|luovutet*",
  "provide*|providing|give|giving|given|supply*|supplied|submit*", "lämna*|lämnas|uppge|uppges|ge|ges|tillhandahåll*",
  NULL };
static const char *const requirement_words[] = {
  "pakollis*|vapaaehtois*|velvollisuu*|velvollinen|velvoite*|edellytys*|edellyttää|vaadit*|välttämät*",
  "mandatory|voluntary|obliged|obligation*|required|requirement*|necessary|compulsory",
  "obligatorisk*|frivillig*|skyldig*|skyldighet*|krav|kravet|förutsättning*|nödvändig*|krävs", NULL };
static const char *const says_contract_condition[] = {
  "sopimuk*|sopimuks* edellytys*|edellytyksen*", "edellytys*|edellytyksen* sopimuk*|sopimuks*",
  "contractual requirement*", "requirement* for|of entering|the into|contract*",
  "förutsättning*|krav|kravet|villkor för att ingå avtal*", "avtalsenlig* krav|förutsättning*", NULL };
/* Automated decision-making: automation with a decision, or profiling; "poistetaan automaattisesti" is none. */
static const char *const says_automated[] = {
  "automaatti*|automatisoi*|koneelli*", "automated|automatic|automatically", "automatiser*|automatisk*", NULL };
static const char *const decision_words[] = { "päätö*|päätök*|päättä*|ratkai*", "decision*|decide*", "beslut*",
  NULL };
static const char *const says_profiling[] = { "profiloi*|profilointi*", "profiling|profiled|profile", "profiler*",
  NULL };
static const char *const says_transfers[] = { "eu|eta|ety|eu/eta|euroopan", "eea|eu|european",
  "ees|eu/ees|europeisk*", NULL };
/* A sentence about data leaving the EU/EEA ("EU:n tai ETA-alueen ulkopuolelle", "outside the EEA"): these
   words with outside_words. */
static const char *const eea_words[] = {
  "eu|eta|ety|eu/eta|euroopan|eu-alue*|eta-alue*|ety-alue*|eu-mai*|eta-mai*", "eea|eu|european|eu/eea",
  "ees|eu/ees|europeisk*|eu-områd*|ees-områd*|eu-land*|ees-land*", NULL };
static const char *const outside_words[] = { "ulkopuol*", "kolmansi* mai*|maih*", "outside", "third countr*",
  "utanför", "tredje land|länder|länderna|landet", NULL };
static const char *const says_withdrawal[] = {
  "peruu*|perua|peruut*|perum*", "withdraw*|revoke*",
  /* consent given in the cookie settings is withdrawn there: "Voit muuttaa evästeasetuksiasi milloin tahansa" */
  "muuttaa|muuttamalla|muokata|muokkaamalla|vaihtaa evästeasetuk*|suostumu*", "change|update|manage your",
  "återkall*|återta*", "dra|drar tillbaka", "ändra|ändrar|hantera cookieinställning*|samtycke*", NULL };
static const char *const says_interest[] = { "oikeutet* etu*|edu*", "legitimate interest*",
  "berättigat|berättigade intresse*", NULL };
static const char *const says_contact[] = { "yhteyshenkilö*", "contact person", "kontaktperson*", NULL };
static const char *const says_dpo[] = { "tietosuojavastaa*", "data protection officer", "dpo", "dataskyddsombud*",
  NULL };
static const char *const says_register[] = {
  "rekisterin nimi", "name of the register", "register|record of members|customers|users|applicants",
  "register|record of its|our members|customers|users|applicants",
  "membership|member|customer|user register|record", "registrets namn", NULL };
static const char *const says_controller[] = { "rekisterinpitäj*", "controller", "personuppgiftsansvarig*", NULL };

/* How a text states what a section is for: its patterns, and what must be in the same sentence. */
static const struct stated {
  const char *id;
  const char *const *patterns;
  const char *const *context;
  const char *const *unless, *const *unless_context; /* a sentence matching both states something else */
} stated[] = {
  { "controller", says_controller, NULL, NULL, NULL },
  { "contact_person", says_contact, NULL, NULL, NULL },
  { "dpo", says_dpo, NULL, NULL, NULL },
  { "register_name", says_register, NULL, NULL, NULL },
  { "legitimate_interest", says_interest, NULL, NULL, NULL },
  { "consent_withdrawal", says_withdrawal, about_consent, NULL, NULL },
  { "requirement", says_provide, requirement_words, NULL, NULL },
  { "requirement", says_contract_condition, NULL, NULL, NULL },
  { "data_categories", says_data, NULL, NULL, NULL },
  { "data_content", says_data, NULL, NULL, NULL },
  { "sources", says_sources, NULL, NULL, NULL },
  { "sources", says_collected, from_where, NULL, NULL },
  /* "Tietoja ei luovuteta EU:n ulkopuolelle" tells of transfers, not of recipients */
  { "recipients", says_recipients, NULL, eea_words, outside_words },
  { "transfers", says_transfers, about_transfer, NULL, NULL },
  { "transfers", eea_words, outside_words, NULL, NULL },
  { "retention", says_retention, retention_time, NULL, NULL },
  { "automated_decisions", says_automated, decision_words, NULL, NULL },
  { "automated_decisions", says_profiling, NULL, NULL, NULL },
  { "rights_requests", says_requests, request_words, NULL, NULL },
  { "right_access", says_access, right_words, NULL, NULL },
  { "right_rectification", says_rectification, right_words, NULL, NULL },
  { "right_erasure", says_erasure, right_words, NULL, NULL },
  { "right_restriction", says_restriction, right_words, NULL, NULL },
  { "right_objection", says_objection, right_words, NULL, NULL },
  { "right_portability", says_portability, right_words, NULL, NULL },
  { "complaint", says_complaint, NULL, NULL, NULL },
};

/* True when the folded text states what section id is for, by any of the table's rows for it. */
static bool states(const char *folded, const char *id)
{
  for (size_t i = 0; i < sizeof stated / sizeof stated[0]; i++)
    if (strcmp(stated[i].id, id) == 0 &&
        sentence_says_but(folded, stated[i].patterns, stated[i].context, stated[i].unless, stated[i].unless_context))
      return true;
  return false;
}

/* True when text t is where the notice is meant to say what s is for, though not in s itself: a section
   for the same GDPR item (every right is 13(2)(b)), or a purpose row's own retention or interest. */
static bool natural_place(const struct check_text *t, const struct doc_section *s)
{
  const char *g = s->schema->gdpr, *tg = t->sec->schema->gdpr;
  if (g && tg && strcmp(g, tg) == 0)
    return true;
  /* "Tietoja ei luovuteta EU:n ulkopuolelle" among the disclosures: transfers are disclosures too (13(1)(e)-(f)) */
  if (strcmp(s->schema->id, "transfers") == 0 && strcmp(t->sec->schema->id, "recipients") == 0)
    return true;
  return (t->field == CHECK_FIELD_ROW_RETENTION && strcmp(s->schema->id, "retention") == 0) ||
         (t->field == CHECK_FIELD_ROW_INTEREST && strcmp(s->schema->id, "legitimate_interest") == 0);
}

/* The text of another section that states what s is for: the first in a natural place, else the
   first anywhere; NULL when none does. */
static const struct check_text *stated_where(const struct check_ctx *c, const struct doc_section *s)
{
  const struct check_text *found = NULL;
  for (size_t i = 0; i < c->corpus.n; i++) {
    const struct check_text *t = &c->corpus.v[i];
    if (t->sec == s || !c->lang[t->lang] || !states(t->folded, s->schema->id))
      continue;
    if (natural_place(t, s))
      return t;
    if (!found)
      found = t;
  }
  return found;
}

static const char stated_one[] =
  N_("the imported text states what \"%s\" asks for, but under \"%s\"; move that text to this section");
static const char stated_many[] =
  N_("the imported text under \"%s\" states what these sections ask for: %s; move each part to its section");

/* Reports that the text of section `where` states what section s asks for: one warning per section
   where the text is, naming every section it should go to (one sentence often lists all the rights). */
static void report_elsewhere(struct check_ctx *c, const struct doc_section *s, const struct doc_section *where)
{
  const char *target = _(s->schema->heading), *source = _(where->schema->heading);
  for (size_t i = 0; i < c->out->n; i++) {
    struct check_finding *f = &c->out->v[i];
    if (strcmp(f->rule, "stated_elsewhere") != 0)
      continue;
    bool one = f->msgid == stated_one;
    if (strcmp(f->arg[one ? 1 : 0], source) != 0)
      continue;
    char *list = one ? xasprintf("\"%s\", \"%s\"", f->arg[0], target) : xasprintf("%s, \"%s\"", f->arg[1], target);
    free(f->arg[0]);
    free(f->arg[1]);
    f->arg[0] = xstrdup(source);
    f->arg[1] = list;
    f->msgid = stated_many;
    f->gdpr = NULL;
    return;
  }
  check_add(c, s->schema->id, CHECK_WARNING, "stated_elsewhere", s->schema->gdpr, -1, stated_one, target, source);
}

enum { REGISTER_PREFIX_MIN = 3 }; /* bytes before "rekister" in a register's own name ("jäsen", "asiakas") */

/* True when the folded text names a register by its own Swedish compound name ("kundregistret",
   "medlemsregister"); the general "personregister" and "personuppgiftsregister" name none. */
static bool names_register_sv(const char *folded)
{
  for (const char *p = folded; (p = strstr(p, "register"));) {
    const char *w = p;
    while (w > folded && text_word_byte((unsigned char)w[-1]) && w[-1] != '-' && w[-1] != '/')
      w--;
    size_t pre = (size_t)(p - w);
    bool general = (pre == 6 && memcmp(w, "person", 6) == 0) || (pre == 14 && memcmp(w, "personuppgifts", 14) == 0);
    p += 8;
    if (pre >= REGISTER_PREFIX_MIN && !general)
      return true;
  }
  return false;
}

/* True when the folded text names a register by its own compound name ("jäsenrekisteri",
   "työnhakijarekisterissä", in Swedish "kundregistret"): what "Rekisterin nimi" asks for, though not
   under that heading. The general "henkilörekisteri", "henkilötietorekisteri" and words of the
   controller ("rekisterinpitäjä") and the data subject ("rekisteröity") name none. */
static bool names_register(const char *folded)
{
  if (names_register_sv(folded))
    return true;
  for (const char *p = folded; (p = strstr(p, "rekister"));) {
    const char *w = p;
    while (w > folded && text_word_byte((unsigned char)w[-1]) && w[-1] != '-' && w[-1] != '/')
      w--;
    size_t pre = (size_t)(p - w);
    bool general = (pre >= 7 && memcmp(p - 7, "henkilö", 7) == 0) || (pre >= 12 && memcmp(p - 12, "henkilötieto", 12) == 0);
    p += 8;
    if (pre >= REGISTER_PREFIX_MIN && !general && strncmp(p, "inpit", 5) != 0 && strncmp(p, "\xc3\xb6", 2) != 0)
      return true;
  }
  return false;
}

/* The section whose content also states what s asks for: the data content lists the data that the
   categories sum up, and the categories say what data there is (GDPR 13(1), 14(1)(d)); NULL for
   others. */
static const struct doc_section *companion(const struct check_ctx *c, const struct doc_section *s)
{
  const char *id = s->schema->id;
  const char *other = strcmp(id, "data_categories") == 0 ? "data_content"
                      : strcmp(id, "data_content") == 0  ? "data_categories"
                                                         : NULL;
  return other ? &c->doc->sec[schema_index(other)] : NULL;
}

/* True when what s asks for is in the notice in a form the sentence patterns do not see: its companion
   section is filled, or (the register's name) a text or the title names the register. */
static bool stated_otherwise(const struct check_ctx *c, const struct doc_section *s)
{
  const struct doc_section *other = companion(c, s);
  if (other)
    for (int l = 0; l < LANG_COUNT; l++)
      if (c->lang[l] && !doc_section_empty(other, (enum doc_lang)l))
        return true;
  if (strcmp(s->schema->id, "register_name") != 0)
    return false;
  char *title = c->doc->title ? text_fold(c->doc->title) : NULL;
  bool named = title && names_register(title);
  free(title);
  for (size_t i = 0; i < c->corpus.n && !named; i++)
    named = c->corpus.v[i].in_force && c->lang[c->corpus.v[i].lang] && names_register(c->corpus.v[i].folded);
  return named;
}

void check_stated_empty(struct check_ctx *c, const struct doc_section *s)
{
  const struct schema_section *sc = s->schema;
  if (stated_otherwise(c, s))
    return;
  const struct check_text *t = stated_where(c, s);
  if (t && natural_place(t, s))
    return;
  if (t) {
    report_elsewhere(c, s, t->sec);
    return;
  }
  check_add(c, sc->id, CHECK_ERROR, "required", sc->gdpr, -1,
            sc->na_text ? N_("the imported text does not state \"%s\" anywhere; write this section or mark it as "
                             "not applicable")
                        : N_("the imported text does not state \"%s\" anywhere; write this section"),
            _(sc->heading), NULL);
}

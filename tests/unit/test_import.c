/* Unit tests: heading matching, contact parsing, encodings and the bullet splitting of inline HTML. */
#include "config.h"

#include "encoding.h"
#include "import.h"
#include "import_build.h"
#include "import_pdf.h"
#include "import_contact.h"
#include "import_dates.h"
#include "import_lost.h"
#include "import_match.h"
#include "unit.h"

/* Id of the first section a heading matches, or "" when none. */
static const char *first(const char *heading, bool strict)
{
  struct import_match m;
  return import_match_heading(heading, strict, &m) ? schema_at((size_t)m.sec[0])->id : "";
}

START_TEST(headings_match_their_many_names)
{
  ck_assert_str_eq(first("Henkilötietojen säilytysaika", true), "retention");
  ck_assert_str_eq(first("HENKILÖTIETOJEN SÄILYTTÄMISAIKA", true), "retention");
  ck_assert_str_eq(first("7. Henkilötietojen säilyttämis aika", true), "retention");
  ck_assert_str_eq(first("Kuvaus rekisterin suojauksen periaatteista", true), "security_electronic");
  ck_assert_str_eq(first("Rekisterin suojaamisen periaatteet A: Manuaalinen aineisto", true), "security_manual");
  ck_assert_str_eq(first("Viimeksi päivitetty", true), "dates");
  ck_assert_str_eq(first("Valmistelupäivämäärä", true), "dates");
  ck_assert_str_eq(first("Oikeus siirtää tiedot järjestelmästä toiseen", true), "right_portability");
  ck_assert_str_eq(first("Tietojen siirto EU:n tai ETA:n ulkopuolelle", true), "transfers");
  ck_assert_str_eq(first("How long do we keep your data?", false), "retention");
  ck_assert_str_eq(first("Right to lodge a complaint", true), "complaint");
  ck_assert_str_eq(first("Data controller", true), "controller");
  ck_assert_str_eq(first("GOOGLE ANALYTICS", true), "");
  ck_assert_str_eq(first("Rekisterinpitäjän henkilöstö sekä ulkoituskumppanit soveltuvin osin", true), "");
}
END_TEST

START_TEST(one_heading_feeds_two_sections_by_paragraph)
{
  struct import_match m;
  ck_assert(import_match_heading("Tietojen luovutukset ja siirrot", true, &m));
  ck_assert_int_eq(m.n, 2);
  ck_assert_str_eq(schema_at((size_t)m.sec[0])->id, "recipients");
  ck_assert_str_eq(schema_at((size_t)m.sec[1])->id, "transfers");
  ck_assert_int_eq(import_match_route("Tietoja luovutetaan kirjanpitäjälle.", &m), 0);
  ck_assert_int_eq(import_match_route("Tietoja ei siirretä EU:n ulkopuolelle.", &m), 1);
}
END_TEST

/* A fresh controller section for the contact tests. */
static struct doc_section *controller(struct doc **d)
{
  *d = doc_new();
  return doc_section(*d, "controller");
}

START_TEST(contact_block_on_one_line)
{
  struct doc *d;
  struct doc_section *s = controller(&d);
  struct strbuf left = { 0 }, used = { 0 };
  import_contact_parse(s, "Mastermark Oy Piiskakuja 7, 20380 Turku 046 851 2316 heli.ahonen@mastermark.fi", &left, &used);
  ck_assert_str_eq(s->field[FIELD_NAME], "Mastermark Oy");
  ck_assert_str_eq(s->field[FIELD_STREET], "Piiskakuja 7");
  ck_assert_str_eq(s->field[FIELD_POSTAL_CODE], "20380");
  ck_assert_str_eq(s->field[FIELD_CITY], "Turku");
  ck_assert_str_eq(s->field[FIELD_PHONE], "046 851 2316");
  ck_assert_str_eq(s->field[FIELD_EMAIL], "heli.ahonen@mastermark.fi");
  ck_assert_uint_eq(left.len, 0);
  sb_free(&left);
  sb_free(&used);
  doc_free(d);
}
END_TEST

START_TEST(contact_labels_business_id_and_obfuscated_mail)
{
  struct doc *d;
  struct doc_section *s = controller(&d);
  struct strbuf left = { 0 }, used = { 0 };
  import_contact_parse(s, "Molentum Oy (1813720-8)\nSähköposti: myynti[a]molentum.fi\nPuh. +358 40 123 4567\n"
                          "www.molentum.fi\nAvoinna arkisin 9-16", &left, &used);
  ck_assert_str_eq(s->field[FIELD_NAME], "Molentum Oy");
  ck_assert_str_eq(s->field[FIELD_BUSINESS_ID], "1813720-8");
  ck_assert_str_eq(s->field[FIELD_EMAIL], "myynti[a]molentum.fi");
  ck_assert_str_eq(s->field[FIELD_PHONE], "+358 40 123 4567");
  ck_assert_str_eq(s->field[FIELD_WEBSITE], "www.molentum.fi");
  ck_assert_str_eq(left.s, "Avoinna arkisin 9-16");
  ck_assert_str_eq(used.s, "Sähköposti\nPuh.\n"); /* the labels, for the import report */
  ck_assert(import_contact_is_email("etunimi.sukunimi(at)firma.fi"));
  ck_assert(!import_contact_is_email("[a]"));
  sb_free(&left);
  sb_free(&used);
  doc_free(d);
}
END_TEST

START_TEST(latin1_and_cp1252_become_utf8)
{
  enum encoding enc;
  size_t n;
  char *s = encoding_to_utf8("s\344ilytys \223x\224 \200", 14, &enc, &n);
  ck_assert_int_eq(enc, ENC_CP1252);
  ck_assert_str_eq(s, "säilytys “x” €");
  ck_assert_uint_eq(n, strlen(s));
  free(s);
  s = encoding_to_utf8("\xef\xbb\xbfok", 5, &enc, &n);
  ck_assert_int_eq(enc, ENC_UTF8);
  ck_assert_str_eq(s, "ok");
  free(s);
}
END_TEST

/* UTF-8 with Latin-1 added (an editor in a Latin-1 locale): the UTF-8 stays, only the rest is
   converted; the bytes Windows-1252 leaves undefined become U+FFFD, never a C1 control. */
START_TEST(mixed_utf8_and_latin1_keep_the_utf8)
{
  enum encoding enc;
  size_t n;
  char *s = encoding_to_utf8("p\xc3\xa4iv\xc3\xa4 p\344iv\344 \x81\x9d", 16, &enc, &n);
  ck_assert_int_eq(enc, ENC_CP1252);
  ck_assert_str_eq(s, "päivä päivä \xef\xbf\xbd\xef\xbf\xbd");
  free(s);
}
END_TEST

START_TEST(utf16_with_and_without_bom_becomes_utf8)
{
  enum encoding enc;
  size_t n;
  char *s = encoding_to_utf8("\xff\xfe" "S\0\xe4\0i\0l\0y\0t\0y\0s\0 \0\x13\x20", 22, &enc, &n);
  ck_assert_int_eq(enc, ENC_UTF16);
  ck_assert_str_eq(s, "Säilytys –");
  free(s);
  s = encoding_to_utf8("\xfe\xff" "\0S\0\xe4\0i\0l\xd8\x3d\xde\x00", 14, &enc, &n);
  ck_assert_int_eq(enc, ENC_UTF16);
  ck_assert_str_eq(s, "Säil\xf0\x9f\x98\x80");
  free(s);
  s = encoding_to_utf8("S\0\xe4\0i\0l\0y\0", 10, &enc, &n); /* no byte-order mark */
  ck_assert_int_eq(enc, ENC_UTF16);
  ck_assert_str_eq(s, "Säily");
  free(s);
  ck_assert_ptr_null(encoding_to_utf8("\xff\xfe" "a\0\x00\xd8" "b\0", 8, &enc, &n)); /* a lone surrogate */
  ck_assert_ptr_null(encoding_to_utf8("\xff\xfe" "a\0b", 5, &enc, &n));                 /* an odd byte */
}
END_TEST

START_TEST(inline_html_lists_are_split_into_bullets)
{
  char *s = import_inline_html("Tiedot: <ul style=\"x\">- Henkilön etu- ja sukunimi- Edustamansa yhteisö- www-osoite"
                               " - IP numero</ul><p>Loppu.</p>");
  ck_assert_str_eq(s, "Tiedot:\n\n- Henkilön etu- ja sukunimi\n- Edustamansa yhteisö\n- www-osoite\n- IP numero\n\nLoppu.");
  free(s);
  s = import_inline_html("osoitteessa <https://example.fi/x> ja muuta");
  ck_assert_str_eq(s, "osoitteessa <https://example.fi/x> ja muuta");
  free(s);
}
END_TEST

START_TEST(import_refuses_binary_and_empty)
{
  struct strbuf rep = { 0 }, err = { 0 };
  ck_assert_ptr_null(import_notice("", 0, &rep, &err));
  ck_assert_ptr_nonnull(strstr(err.s, "empty"));
  sb_free(&err);
  ck_assert_ptr_null(import_notice("a\0b", 3, &rep, &err));
  ck_assert_ptr_nonnull(strstr(err.s, "binary"));
  sb_free(&err);
  sb_free(&rep);
}
END_TEST

START_TEST(stray_controls_are_removed_and_reported_binary_is_refused)
{
  struct strbuf rep = { 0 }, err = { 0 };
  const char *text = "Rekisterinpit\xc3\xa4j\xc3\xa4\nKahvila\x1b Oy\x07\n";
  struct doc *d = import_notice_named("vanha.txt", text, strlen(text), &rep, &err);
  ck_assert_ptr_nonnull(d);
  ck_assert_ptr_nonnull(strstr(rep.s, "vanha.txt:2: a control character (U+001B) was removed\n"));
  ck_assert_ptr_nonnull(strstr(rep.s, "vanha.txt:2: a control character (U+0007) was removed\n"));
  doc_free(d);
  sb_free(&rep);
  char many[200];
  for (size_t i = 0; i < sizeof many; i++)
    many[i] = i % 4 ? 'a' : '\x1b'; /* a quarter control characters: not a text */
  ck_assert_ptr_null(import_notice(many, sizeof many, &rep, &err));
  ck_assert_ptr_nonnull(strstr(err.s, "binary"));
  sb_free(&err);
  sb_free(&rep);
}
END_TEST

START_TEST(empty_and_deeply_nested_elements_are_walked)
{
  char *s = import_inline_html("<ul></ul><div>Nimi - osoite</div>"); /* an empty list ends at once */
  ck_assert_str_eq(s, "Nimi - osoite");
  free(s);
  struct strbuf page = { 0 };
  sb_add(&page, "<ul><li>a</li></ul><p>");
  for (int i = 0; i < 50000; i++)
    sb_add(&page, "<span>");
  sb_add(&page, "syvällä");
  for (int i = 0; i < 50000; i++)
    sb_add(&page, "</span>");
  sb_add(&page, "</p><p>loppu</p>");
  s = import_inline_html(page.s);
  ck_assert_str_eq(s, "- a\n\nsyvällä\n\nloppu");
  free(s);
  sb_free(&page);
}
END_TEST

START_TEST(lost_words_are_found_inside_words_and_reported_in_order)
{
  struct doc *d = doc_new();
  str_set(&doc_section(d, "other")->text[LANG_FI], "Tietosuojaseloste, Y-tunnus 1234567-8 sekä muuta.");
  struct import_blocks b = { 0 };
  /* "seloste" and "suoja" are inside a word of the document, the ID's dash differs, tags are not words */
  import_blocks_add(&b, "Otsikko", "seloste suoja <p>1234567\xe2\x80\x93" "8</p> puuttuu, sekä poissa. puuttuu", false);
  struct strbuf rep = { 0 };
  import_check_lost(&b, d, "Otsikko\n", &rep);
  ck_assert_str_eq(rep.s, "Text lost: 3 words are not in the document: puuttuu poissa puuttuu\n");
  sb_free(&rep);
  import_blocks_free(&b);
  import_blocks_add(&b, NULL, "Tietosuojaseloste muuta", false);
  import_check_lost(&b, d, "", &rep);
  ck_assert_ptr_nonnull(strstr(rep.s, "No text was lost"));
  sb_free(&rep);
  import_blocks_free(&b);
  doc_free(d);
}
END_TEST

START_TEST(a_legal_basis_heading_is_not_a_purposes_heading)
{
  struct import_match a, b;
  ck_assert(import_match_heading("5. HENKILÖTIETOJEN KÄSITTELYN OIKEUSPERUSTE", true, &a));
  ck_assert(import_match_heading("4. HENKILÖTIETOJEN KÄSITTELYN TARKOITUS", true, &b));
  ck_assert_str_eq(schema_at((size_t)a.sec[0])->id, "purposes");
  ck_assert_str_eq(schema_at((size_t)b.sec[0])->id, "purposes");
  ck_assert(a.basis);
  ck_assert(!b.basis);
  ck_assert(!import_match_same(&a, &b)); /* so the second heading starts a block of its own */
  ck_assert(import_match_heading("Suostumuksen peruuttaminen", true, &a));
  ck_assert_str_eq(schema_at((size_t)a.sec[0])->id, "consent_withdrawal");
}
END_TEST

/* The document imported from text (UTF-8), its report in rep. */
static struct doc *imported(const char *text, struct strbuf *rep)
{
  struct strbuf err = { 0 };
  struct doc *d = import_notice(text, strlen(text), rep, &err);
  ck_assert_ptr_nonnull(d);
  sb_free(&err);
  return d;
}

START_TEST(purposes_become_rows_on_the_basis_named_and_sources_are_recorded)
{
  struct strbuf rep = { 0 };
  struct doc *d = imported("Tietosuojaseloste\n\nKäsittelyn tarkoitus\n\n- laskutus\n- asiakaspalvelu\n\n"
                           "Käsittelyn oikeusperuste\n\nKäsittely perustuu lakisääteiseen velvoitteeseen.\n", &rep);
  struct doc_section *p = doc_section(d, "purposes");
  ck_assert_uint_eq(p->npurposes, 2);
  ck_assert_str_eq(p->purposes[0].basis, "legal_obligation");
  ck_assert_str_eq(p->purposes[1].text[LANG_FI], "asiakaspalvelu");
  ck_assert_str_eq(p->text[LANG_FI], "Käsittely perustuu lakisääteiseen velvoitteeseen.");
  for (int l = 0; l < LANG_COUNT; l++)
    ck_assert_int_eq(p->from[l].source, SOURCE_IMPORT);
  ck_assert_int_eq(doc_section(d, "dpo")->from[LANG_FI].source, SOURCE_UNKNOWN);
  ck_assert_ptr_nonnull(strstr(rep.s, "No text was lost"));
  doc_free(d);
  sb_free(&rep);
}
END_TEST

START_TEST(no_transfers_only_when_nothing_else_is_said)
{
  struct strbuf rep = { 0 };
  struct doc *d = imported("Tietosuojaseloste\n\nTietojen siirto EU:n tai ETA:n ulkopuolelle\n\nEmme siirrä tietoja EU:n ulkopuolelle.\n", &rep);
  ck_assert(doc_section(d, "transfers")->not_applicable);
  doc_free(d);
  d = imported("Tietosuojaseloste\n\nTietojen siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja ei siirretä EU:n ulkopuolelle. "
               "Varmuuskopiot säilytetään Yhdysvalloissa.\n", &rep);
  ck_assert(!doc_section(d, "transfers")->not_applicable);
  ck_assert_uint_eq(doc_section(d, "transfers")->nitems, 0);
  ck_assert_ptr_nonnull(strstr(rep.s, "\"Yhdysvalloissa\""));
  doc_free(d);
  sb_free(&rep);
}
END_TEST

/* Real-world headings, Finnish (of both laws) and English, and the section each names ("" none). */
static const struct { const char *heading, *section; } routed_headings[] = {
  { "Säännönmukaiset tietolähteet", "sources" },
  { "Tietojen säännönmukaiset luovutukset", "recipients" },
  { "Rekisterin suojauksen periaatteet", "security_electronic" },
  { "Tarkastusoikeus", "right_access" },
  { "Oikeus vaatia tiedon korjaamista", "right_rectification" },
  { "Muut henkilötietojen käsittelyyn liittyvät oikeudet", "rights_requests" },
  { "Evästeiden käyttö", "cookies" },
  { "Mistä keräämme tietoja", "sources" },
  { "Mitä tietoja keräämme", "data_content" },
  { "Kuinka kauan säilytämme tietoja", "retention" },
  { "How we protect your data", "security_electronic" },
  { "Your rights", "rights_requests" },
  { "Data retention", "retention" },
  { "Who we share your data with", "recipients" },
  { "Where do we get your data", "sources" },
  { "A. Manuaalinen aineisto (säilytyspaikka ja suojaaminen)", "security_manual" },
  { "B. Sähköisen aineiston suojaaminen", "security_electronic" },
  { "Rekisterien nimet", "register_name" },
  { "Kilta-rekisterin ylläpitäjä", "controller" },
  { "Rekisteri asioita hoitava henkilö", "contact_person" },
  { "Käsittelyn tarkoitukset ja oikeudellinen perusta", "purposes" },
  { "Kielto-oikeus", "right_objection" },
  { "Rekisteritietojen säilytysaika, tarkastaminen, kielto-oikeus ja tiedon korjaaminen", "retention" },
  { "Tietojen luovuttaminen ja siirtäminen", "recipients" },
  { "Yhteydenotto ja valitusoikeus", "contact_person" },
  { "Tietojen luovutus EU:n tai ETA-alueen ulkopuolelle", "transfers" },
  { "Tietojen siirto kolmansiin maihin", "transfers" },
  { "International transfers", "transfers" },
  { "Register Protection", "security_electronic" },
  { "Tietosuoja- ja evästeseloste", "" },
  { "Tietosuojaselosteen muutokset", "notice_changes" }, /* the notice has a section for its own changes */
  { "Henkilötietojen käsittely", "other" }, /* the whole processing: its text is shared out (user trial) */
  { "Oikeutesi", "rights_requests" },
  { "Sinun oikeutesi", "rights_requests" },
  { "Yhteystiedot tietosuoja-asioissa", "contact_person" },
  { "Rekisterin tiedot", "other" },
  { "6. Who receives the data?", "recipients" },
  { "Kuka saa tietoja?", "recipients" },
  { "Rekisterinpitäjä ja yhteystiedot", "controller" },
  { "Rekisteriasioista vastaava henkilö", "contact_person" },
  { "Yhteyshenkilö rekisteriä koskevissa asioissa", "contact_person" },
  { "Rekisterin nimi", "register_name" },
  { "Rekisterin tietosisältö", "data_content" },
  { "Rekisteröityjen ryhmät", "data_subjects" },
  { "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste", "purposes" },
  { "Legal basis for processing", "purposes" },
  { "Suostumuksen peruuttaminen", "consent_withdrawal" },
  { "Oikeus vastustaa käsittelyä", "right_objection" },
  { "Oikeus tehdä valitus valvontaviranomaiselle", "complaint" },
  { "Automaattinen päätöksenteko ja profilointi", "automated_decisions" },
  { "Data protection officer", "dpo" },
  { "Tietosuojavastaava", "dpo" },
  { "Contact us", "contact_person" },
  { "Henkilötietojen säilytysaika", "retention" },
  { "Oikeus siirtää tiedot järjestelmästä toiseen", "right_portability" },
  { "Rekisteröidyn oikeudet", "rights_requests" },
  { "Cookies", "cookies" },
  /* questions and everyday wording (issue 12, kind 5) */
  { "Mitä henkilötietoja käsittelemme?", "data_content" },
  { "Mistä saamme tietosi?", "sources" },
  { "Mihin luovutamme tietoja?", "recipients" },
  { "Kenelle tietoja luovutetaan?", "recipients" },
  { "Miksi käsittelemme tietojasi?", "purposes" },
  { "Miksi keräämme tietoja?", "purposes" },
  { "Miksi ja millä perusteella käsittelemme henkilötietoa", "purposes" },
  { "Kuinka kauan tietoja säilytetään?", "retention" },
  { "Miten suojaamme tietosi?", "security_electronic" },
  { "Kenen tietoja käsittelemme?", "data_subjects" },
  { "Keneen voin ottaa yhteyttä?", "contact_person" },
  { "Muutokset tähän selosteeseen", "notice_changes" },
  { "What data do we collect?", "data_content" },
  { "Why do we process your data?", "purposes" },
  { "Who do we share it with?", "recipients" },
  { "How long do we keep it?", "retention" },
  { "Changes to this privacy notice", "notice_changes" },
  /* English old-law headings: a word beside "register" names the section (kinds 4 and 7) */
  { "Register keeper", "controller" },
  { "Person handling register matters", "contact_person" },
  { "Register data content", "data_content" },
  { "Contents of the Register", "data_content" },
  { "Normal data sources", "sources" },
  { "Normal release of data", "recipients" },
  { "Viimeisin muutos", "" },
  { "Purpose of handling personal data", "purposes" },
  { "Tietojen luovutus kolmansille osapuolille", "recipients" },
};

START_TEST(headings_are_read_by_their_whole_phrase)
{
  for (size_t i = 0; i < sizeof routed_headings / sizeof routed_headings[0]; i++) {
    const char *got = first(routed_headings[i].heading, false);
    ck_assert_msg(strcmp(got, routed_headings[i].section) == 0, "\"%s\" -> \"%s\", want \"%s\"",
                  routed_headings[i].heading, got, routed_headings[i].section);
  }
}
END_TEST

START_TEST(joined_and_close_headings_have_their_confidence)
{
  struct import_match m;
  /* two names joined: both sections, sure enough to route by content */
  ck_assert(import_match_heading("Yhteydenotto ja valitusoikeus", true, &m));
  ck_assert_int_eq(m.n, 2);
  ck_assert_str_eq(schema_at((size_t)m.sec[1])->id, "complaint");
  ck_assert_int_ge(m.confidence, IMPORT_SURE);
  ck_assert(import_match_heading("Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle",
                                 false, &m));
  ck_assert_int_eq(m.n, 2);
  ck_assert_str_eq(schema_at((size_t)m.sec[0])->id, "recipients");
  ck_assert_str_eq(schema_at((size_t)m.sec[1])->id, "transfers");
  /* a contact form: as much a form as a contact, so a guess; the text decides */
  ck_assert(import_match_heading("Yhteydenottolomake", false, &m));
  ck_assert_int_lt(m.confidence, IMPORT_UNSURE);
  ck_assert_str_eq(schema_at((size_t)m.alt)->id, "contact_person");
  import_match_weigh("Lomakkeella kysytään nimi ja sähköpostiosoite. Tietoja käytetään vastaamiseen.", &m);
  ck_assert_str_eq(schema_at((size_t)m.sec[0])->id, "purposes");
  ck_assert_int_eq(m.confidence, IMPORT_GUESS);
  ck_assert(import_match_heading("Yhteydenottolomake", false, &m));
  import_match_weigh("Lomake on etusivulla.", &m); /* says nothing: stays a guess */
  ck_assert_int_lt(m.confidence, IMPORT_UNSURE);
  /* a plain, whole name is sure */
  ck_assert(import_match_heading("Tietojen luovutus EU:n tai ETA-alueen ulkopuolelle", true, &m));
  ck_assert_int_ge(m.confidence, IMPORT_SURE);
}
END_TEST

START_TEST(text_signs_route_paragraphs)
{
  struct import_match m;
  ck_assert(import_match_heading("Yhteydenotto ja valitusoikeus", false, &m));
  ck_assert_int_eq(import_match_route("Tietosuojavaltuutetun toimisto\nPL 800, 00531 Helsinki", &m), 1);
  ck_assert_int_eq(import_match_route("Liisa Esimerkki, liisa@esimerkki.example", &m), 0);
  ck_assert_str_eq(schema_at((size_t)import_match_guess("Tietoja säilytetään kaksi vuotta asiakkuuden päättymisestä."))->id,
                   "retention");
  ck_assert_int_eq(import_match_guess("Järjestämme kerhoiltoja."), -1);
}
END_TEST

/* The text of section id in the built document's Finnish text, "" when none. */
static const char *built_text(struct doc *d, const char *id)
{
  const char *t = doc_section(d, id)->text[LANG_FI];
  return t ? t : "";
}

START_TEST(sub_headings_stay_in_their_section)
{
  struct import_blocks b = { 0 };
  import_blocks_add(&b, "Henkilötietojen säilytysaika", "Tietoja säilytetään kaksi vuotta.", true);
  b.v[b.n - 1].level = 2;
  import_blocks_add(&b, "Asiakkaat", "Asiakkaan tiedot poistetaan vuoden kuluttua.", true);
  b.v[b.n - 1].level = 3;
  import_blocks_add(&b, "Jäsenet", "Jäsenten tiedot poistetaan heti.", true);
  b.v[b.n - 1].level = 2; /* same level as a section heading: not a sub-heading, unknown */
  struct strbuf rep = { 0 }, used = { 0 };
  struct doc *d = import_build(&b, &rep, &used);
  ck_assert_str_eq(built_text(d, "retention"), "Tietoja säilytetään kaksi vuotta.\n\nAsiakkaat\n\n"
                                               "Asiakkaan tiedot poistetaan vuoden kuluttua.");
  ck_assert_str_eq(built_text(d, "other"), "Jäsenet\n\nJäsenten tiedot poistetaan heti.");
  ck_assert_ptr_nonnull(strstr(rep.s, "\"Asiakkaat\" -> a sub-heading, kept with its text in Retention period"));
  ck_assert_ptr_nonnull(strstr(rep.s, "\"Jäsenet\" -> ? no section has this name"));
  doc_free(d);
  sb_free(&rep);
  sb_free(&used);
  import_blocks_free(&b);
}
END_TEST


/* Reads text with the plain-text reader into b (NFC as import.c gives it). */
static void read_text(const char *text, struct import_blocks *b)
{
  memset(b, 0, sizeof *b);
  import_text_read(text, b);
}

/* Index of the block under heading h, or -1. */
static int block_at(const struct import_blocks *b, const char *h)
{
  for (size_t i = 0; i < b->n; i++)
    if (b->v[i].heading && strcmp(b->v[i].heading, h) == 0)
      return (int)i;
  return -1;
}

START_TEST(headings_need_no_blank_lines)
{
  struct import_blocks b;
  read_text("TIETOSUOJASELOSTE\n1. Rekisterinpitäjä\nEsimerkki Oy, Y-tunnus 2345678-0\n"
            "2. Henkilötietojen käsittelyn tarkoitus\nAsiakassuhteen hoito.\n", &b);
  ck_assert_uint_eq(b.n, 3);
  ck_assert_ptr_null(b.v[0].heading); /* the title stays the title, in the text before the first heading */
  ck_assert_str_eq(b.v[0].body, "TIETOSUOJASELOSTE");
  ck_assert_str_eq(b.v[1].heading, "1. Rekisterinpitäjä");
  ck_assert_str_eq(b.v[1].body, "Esimerkki Oy, Y-tunnus 2345678-0");
  ck_assert_int_eq(b.v[1].level, 2);
  ck_assert_str_eq(b.v[2].heading, "2. Henkilötietojen käsittelyn tarkoitus");
  ck_assert_str_eq(b.v[2].body, "Asiakassuhteen hoito.");
  import_blocks_free(&b);
  /* known phrases with no blank line, a heading broken over two lines */
  read_text("Rekisterinpitäjä\nEsimerkki Oy\nSatamakatu 3 B\nRekisterin tietosisältö\nNimi ja osoite.\n"
            "Henkilötietojen säilytysaika\nKaksi vuotta.\n", &b);
  ck_assert_uint_eq(b.n, 3);
  ck_assert_int_ge(block_at(&b, "Rekisterin tietosisältö"), 0);
  ck_assert_int_ge(block_at(&b, "Henkilötietojen säilytysaika"), 0);
  import_blocks_free(&b);
  read_text("1. Rekisterinpitäjä\nEsimerkki Oy\n3. Henkilötietojen käsittelyn\ntarkoitus\nLaskutus.\n", &b);
  ck_assert_uint_eq(b.n, 2); /* "3." is not next after "1.", but it names a section */
  ck_assert_str_eq(b.v[1].heading, "3. Henkilötietojen käsittelyn tarkoitus");
  ck_assert_str_eq(b.v[1].body, "Laskutus.");
  import_blocks_free(&b);
  read_text("1. KUKA ON REKISTERINPITÄJÄ?\nEsimerkki Oy\n2. MITÄ TIETOJA ON REKISTERISSÄ?\nNimi ja osoite.\n", &b);
  ck_assert_uint_eq(b.n, 2); /* a question in capitals, numbered next, is a heading */
  ck_assert_str_eq(b.v[1].heading, "2. MITÄ TIETOJA ON REKISTERISSÄ?");
  import_blocks_free(&b);
}
END_TEST

START_TEST(sentences_list_items_and_wrapped_lines_are_never_headings)
{
  struct import_blocks b;
  read_text("2. Henkilötietojen käsittelyn tarkoitus\n"
            "Tietoja käytetään laskutukseen.\n"
            "Rekisteriin tallennetaan seuraavat tiedot:\n"
            "1. Nimi\n2. Osoite\n"
            "- Rekisterinpitäjä\n"
            "Rekisterinpitäjä on Esimerkki Oy\n"
            "Henkilötietojen säilytysaika,\n"
            "Lisätietoja tietojen käsittelystä antaa asiakaspalvelumme, joka vastaa\n"
            "Henkilötietojen säilytysaika koskeviin kysymyksiin.\n"
            "Henkilötietojen säilytysaika ja rekisterinpitäjän yhteystiedot kerrotaan tarkemmin erikseen\n"
            "jokaiselle asiakkaalle.\n", &b);
  ck_assert_uint_eq(b.n, 1);
  ck_assert_ptr_nonnull(strstr(b.v[0].body, "1. Nimi\n2. Osoite"));
  import_blocks_free(&b);
}
END_TEST

START_TEST(an_unknown_heading_is_its_own_block)
{
  struct import_blocks b;
  read_text("Rekisterin nimi\n\nAsiakasrekisteri\n\nHenkilötietojen käsittely\n\nTietoja käytetään laskutukseen.\n", &b);
  ck_assert_uint_eq(b.n, 2);
  ck_assert_str_eq(b.v[0].body, "Asiakasrekisteri");
  ck_assert_str_eq(b.v[1].heading, "Henkilötietojen käsittely");
  ck_assert_str_eq(b.v[1].body, "Tietoja käytetään laskutukseen.");
  ck_assert_int_eq(b.v[1].level, 2);
  import_blocks_free(&b);
  /* a one-line paragraph of an address, a name or a title is no heading */
  read_text("Rekisterinpitäjä\n\nEsimerkki Oy\n\nMaija Mäki\n\nPuhelin 040 000 0000.\n\nTietosuojaseloste\n\n"
            "Selosteen teksti alkaa tästä.\n", &b);
  ck_assert_uint_eq(b.n, 1);
  import_blocks_free(&b);
}
END_TEST

START_TEST(blocks_carry_their_level)
{
  struct import_blocks b;
  read_text("Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy\n\n2. Käsittelyn tarkoitus\n\n"
            "2.1 Asiakkaat\n\nTilausten toimittaminen.\n\n3. Rekisteröidyn oikeudet\n\nOikeus tarkastaa tiedot.\n"
            "Oikeus vaatia tiedon korjaamista\nVirheellinen tieto korjataan.\n", &b);
  ck_assert_ptr_null(b.v[0].heading);
  ck_assert_int_eq(b.v[0].level, 0);
  ck_assert_int_eq(b.v[block_at(&b, "1. Rekisterinpitäjä")].level, 2);
  ck_assert_int_eq(b.v[block_at(&b, "2.1 Asiakkaat")].level, 3);
  ck_assert_int_eq(b.v[block_at(&b, "3. Rekisteröidyn oikeudet")].level, 2);
  ck_assert_int_eq(b.v[block_at(&b, "Oikeus vaatia tiedon korjaamista")].level, 3);
  import_blocks_free(&b);
  read_text("# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\nRekisterin nimi\n=====\n\nAsiakkaat\n", &b);
  ck_assert_int_eq(b.v[block_at(&b, "Tietosuojaseloste")].level, 1);
  ck_assert_int_eq(b.v[block_at(&b, "Rekisterinpitäjä")].level, 2);
  ck_assert_int_eq(b.v[block_at(&b, "Rekisterin nimi")].level, 2);
  import_blocks_free(&b);
  read_text("REKISTERINPITÄJÄ\nEsimerkki Oy\nMUUT TIEDOT\nSeloste päivitetään vuosittain.\n", &b);
  ck_assert_uint_eq(b.n, 2);
  ck_assert_int_eq(b.v[1].level, 2);
  ck_assert_str_eq(b.v[1].heading, "MUUT TIEDOT");
  import_blocks_free(&b);
}
END_TEST

START_TEST(pdf_debris_is_cleaned)
{
  char *t = import_pdf_clean("Henkil\xc3\xb6\xc2\xadtietojen\xe2\x80\x8b k\xc3\xa4sittely\xe2\x81\xa0\n");
  ck_assert_str_eq(t, "Henkilötietojen käsittely\n");
  free(t);
  t = import_pdf_clean("Tietojen s\xc3\xa4ilytys\xc2\xad\naika on kaksi vuotta\nseuraava rivi\n");
  ck_assert_str_eq(t, "Tietojen säilytysaika\non kaksi vuotta\nseuraava rivi\n");
  free(t);
  t = import_pdf_clean("Tallennetaan:\n\xe2\x80\xa2\nnimi\n\xef\x82\xb7\nosoite\n \xe2\x96\xaa puhelin\n-\n\nloppu\n");
  ck_assert_str_eq(t, "Tallennetaan:\n- nimi\n- osoite\n - puhelin\n-\n\nloppu\n");
  free(t);
  t = import_pdf_clean("Tietoja\tk\xc3\xa4ytet\xc3\xa4\xc3\xa4n\tlaskutukseen.\nEv\xc3\xa4steit\xc3\xa4\tei\tk\xc3\xa4ytet\xc3\xa4.\n"
                       "Rekisterinpit\xc3\xa4j\xc3\xa4\tvastaa\ttiedoista.\n");
  ck_assert_str_eq(t, "Tietoja käytetään laskutukseen.\nEvästeitä ei käytetä.\nRekisterinpitäjä vastaa tiedoista.\n");
  free(t);
  t = import_pdf_clean("Rekisterinpit\xc3\xa4j\xc3\xa4\tEsimerkki Oy\nRekisterin nimi\tAsiakkaat\n"); /* a table keeps its tabs */
  ck_assert_str_eq(t, "Rekisterinpitäjä\tEsimerkki Oy\nRekisterin nimi\tAsiakkaat\n");
  free(t);
}
END_TEST


/* The ISO form import_date_read gives s, or "" when it reads no date there; *len its length. */
static const char *date_of(const char *s, size_t *len)
{
  static char iso[11];
  *len = import_date_read(s, iso);
  return *len ? iso : "";
}

START_TEST(dates_are_read_in_numeric_and_written_forms)
{
  static const struct { const char *in, *iso; size_t len; } cases[] = {
    { "25.5.2018", "2018-05-25", 9 },           { "20/09/2023 ", "2023-09-20", 10 },
    { "05/22/2018", "2018-05-22", 10 },         { "2024-05-03.", "2024-05-03", 10 },
    { "25. 5. 2018", "2018-05-25", 11 },        { "3. toukokuuta 2024", "2024-05-03", 18 },
    { "3 toukokuuta 2024", "2024-05-03", 17 },  { "1. tammikuuta 2020", "2020-01-01", 18 },
    { "14. helmikuuta 2021", "2021-02-14", 19 }, { "2. maaliskuuta 2022", "2022-03-02", 19 },
    { "4. huhtikuuta 2022", "2022-04-04", 18 }, { "6. kesäkuuta 2022", "2022-06-06", 18 },
    { "7. HEINÄKUUTA 2022", "2022-07-07", 19 }, { "8. elokuuta 2022", "2022-08-08", 16 },
    { "9. syyskuuta 2022", "2022-09-09", 17 },  { "10. lokakuuta 2022", "2022-10-10", 18 },
    { "11. marraskuuta 2022", "2022-11-11", 20 }, { "24. joulukuuta 2022", "2022-12-24", 19 },
    { "May 22, 2018", "2018-05-22", 12 },       { "22 May 2018", "2018-05-22", 11 },
    { "22nd of May 2018", "2018-05-22", 16 },   { "Sept 3, 2019", "2019-09-03", 12 },
    { "1 January 2024", "2024-01-01", 14 },     { "December 31st, 2023", "2023-12-31", 19 },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t n;
    ck_assert_msg(strcmp(date_of(cases[i].in, &n), cases[i].iso) == 0, "%s", cases[i].in);
    ck_assert_msg(n == cases[i].len, "%s: length %zu", cases[i].in, n);
  }
  static const char *const none[] = { "31.2.2020", "25.5.20189", "25.5.", "May 2018", "toukokuussa 2024",
                                      "12.13.2020", "123.4.2020", "2020-13-01", "22 Mayday 2018", "" };
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
    size_t n;
    ck_assert_msg(*date_of(none[i], &n) == '\0', "%s read as a date", none[i]);
  }
}
END_TEST

/* The first date import_dates_next finds in text, with its label. */
static struct import_date_hit first_date(const char *text)
{
  struct import_date_hit h = { "", IMPORT_DATE_UNLABELLED, 0, 0 };
  size_t pos = 0;
  ck_assert_msg(import_dates_next(text, &pos, &h), "no date in: %s", text);
  return h;
}

START_TEST(dates_are_labelled_by_their_sentence)
{
  static const struct { const char *text, *iso; enum import_date_label label; } cases[] = {
    { "Päivitetty 25.5.2018", "2018-05-25", IMPORT_DATE_MODIFIED },
    { "Viimeksi päivitetty: 20/09/2023", "2023-09-20", IMPORT_DATE_MODIFIED },
    { "Seloste on viimeksi päivitetty 29.10.2020.", "2020-10-29", IMPORT_DATE_MODIFIED },
    { "Voimassa 1.1.2025 alkaen", "2025-01-01", IMPORT_DATE_VALID },
    { "Tämä seloste on voimassa 1.1.2025 lähtien.", "2025-01-01", IMPORT_DATE_VALID },
    { "Created: May 22, 2018", "2018-05-22", IMPORT_DATE_CREATED },
    { "päivitetty 3. toukokuuta 2024", "2024-05-03", IMPORT_DATE_MODIFIED },
    { "Laadittu 12.3.2019", "2019-03-12", IMPORT_DATE_CREATED },
    { "Last updated on 22 May 2018", "2018-05-22", IMPORT_DATE_MODIFIED },
    { "Effective from 2024-01-01", "2024-01-01", IMPORT_DATE_VALID },
    { "Tiedot poistetaan 31.12.2025 mennessä.", "2025-12-31", IMPORT_DATE_UNLABELLED },
    /* a law's date is not the notice's */
    { "EU:n tietosuoja-asetus tuli voimaan 25.5.2018.", "2018-05-25", IMPORT_DATE_UNLABELLED },
    /* the label of an earlier sentence is not this date's */
    { "Selostetta päivitetään tarvittaessa. Tiedot poistetaan 31.12.2025.", "2025-12-31",
      IMPORT_DATE_UNLABELLED },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct import_date_hit h = first_date(cases[i].text);
    ck_assert_msg(strcmp(h.iso, cases[i].iso) == 0, "%s: %s", cases[i].text, h.iso);
    ck_assert_msg(h.label == cases[i].label, "%s: label %d", cases[i].text, (int)h.label);
  }
  /* two dates in one line, each with its own label */
  const char *two = "Laadittu 1.2.2018, päivitetty 3.4.2020";
  struct import_date_hit h;
  size_t pos = 0;
  ck_assert(import_dates_next(two, &pos, &h) && h.label == IMPORT_DATE_CREATED);
  ck_assert(import_dates_next(two, &pos, &h) && h.label == IMPORT_DATE_MODIFIED);
  ck_assert_str_eq(h.iso, "2020-04-03");
  ck_assert(!import_dates_next(two, &pos, &h));
  /* no date glued to other digits or letters */
  pos = 0;
  ck_assert(!import_dates_next("versio 125.5.2018 ja x25.5.2018", &pos, &h));
}
END_TEST

START_TEST(a_label_line_is_only_a_label_and_a_date)
{
  struct import_date_hit h[4];
  size_t n;
  ck_assert(import_dates_label_line("Päivitetty 25.5.2018", h, 4, &n) && n == 1);
  ck_assert(import_dates_label_line("Viimeksi päivitetty: 20/09/2023", h, 4, &n));
  ck_assert(import_dates_label_line("Laatimispäivämäärä 12.3.2019", h, 4, &n) && h[0].label == IMPORT_DATE_CREATED);
  ck_assert(import_dates_label_line("Laadittu 1.2.2018, päivitetty 3.4.2020", h, 4, &n) && n == 2);
  ck_assert(import_dates_label_line("Voimassa 1.1.2025 alkaen", h, 4, &n) && h[0].label == IMPORT_DATE_VALID);
  ck_assert(import_dates_label_line("12.3.2019", h, 4, &n) && h[0].label == IMPORT_DATE_UNLABELLED);
  ck_assert(!import_dates_label_line("Seloste on viimeksi päivitetty 29.10.2020.", h, 4, &n));
  ck_assert(!import_dates_label_line("Helsingissä 12.3.2019", h, 4, &n));
  ck_assert(!import_dates_label_line("Päivitetty", h, 4, &n));
}
END_TEST

START_TEST(imported_dates_and_title_reach_the_document)
{
  struct strbuf rep = { 0 };
  struct doc *d = imported("Henkilötietolain (523/99) 10 §:n mukainen rekisteriseloste\n\n"
                           "Rekisterinpitäjä\n\nEsimerkki Oy\n\n"
                           "Säilytysaika\n\nTietoja säilytetään vuoden. Seloste on laadittu 3. toukokuuta 2019 ja "
                           "viimeksi päivitetty 22.5.2021.\n", &rep);
  ck_assert_str_eq(d->title, "Henkilötietolain (523/99) 10 §:n mukainen rekisteriseloste");
  ck_assert_str_eq(d->created, "2019-05-03");
  ck_assert_str_eq(d->modified, "2021-05-22");
  ck_assert_ptr_nonnull(strstr(doc_section(d, "retention")->text[LANG_FI], "viimeksi päivitetty 22.5.2021."));
  ck_assert_ptr_nonnull(strstr(rep.s, "No text was lost"));
  doc_free(d);
  sb_free(&rep);
}
END_TEST

/* The dates suite's tests. */
static TCase *dates_tcase(void)
{
  TCase *tc = tcase_create("dates");
  tcase_add_test(tc, dates_are_read_in_numeric_and_written_forms);
  tcase_add_test(tc, dates_are_labelled_by_their_sentence);
  tcase_add_test(tc, a_label_line_is_only_a_label_and_a_date);
  tcase_add_test(tc, imported_dates_and_title_reach_the_document);
  return tc;
}


/* The import suite. */
static Suite *import_suite(void)
{
  Suite *s = suite_create("import");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, headings_match_their_many_names);
  tcase_add_test(tc, one_heading_feeds_two_sections_by_paragraph);
  tcase_add_test(tc, contact_block_on_one_line);
  tcase_add_test(tc, contact_labels_business_id_and_obfuscated_mail);
  tcase_add_test(tc, latin1_and_cp1252_become_utf8);
  tcase_add_test(tc, mixed_utf8_and_latin1_keep_the_utf8);
  tcase_add_test(tc, utf16_with_and_without_bom_becomes_utf8);
  tcase_add_test(tc, inline_html_lists_are_split_into_bullets);
  tcase_add_test(tc, import_refuses_binary_and_empty);
  tcase_add_test(tc, stray_controls_are_removed_and_reported_binary_is_refused);
  tcase_add_test(tc, lost_words_are_found_inside_words_and_reported_in_order);
  tcase_add_test(tc, empty_and_deeply_nested_elements_are_walked);
  tcase_add_test(tc, a_legal_basis_heading_is_not_a_purposes_heading);
  tcase_add_test(tc, purposes_become_rows_on_the_basis_named_and_sources_are_recorded);
  tcase_add_test(tc, no_transfers_only_when_nothing_else_is_said);
  tcase_add_test(tc, headings_are_read_by_their_whole_phrase);
  tcase_add_test(tc, joined_and_close_headings_have_their_confidence);
  tcase_add_test(tc, text_signs_route_paragraphs);
  tcase_add_test(tc, sub_headings_stay_in_their_section);
  suite_add_tcase(s, tc);
  TCase *text = tcase_create("text shapes");
  tcase_add_test(text, headings_need_no_blank_lines);
  tcase_add_test(text, sentences_list_items_and_wrapped_lines_are_never_headings);
  tcase_add_test(text, an_unknown_heading_is_its_own_block);
  tcase_add_test(text, blocks_carry_their_level);
  tcase_add_test(text, pdf_debris_is_cleaned);
  suite_add_tcase(s, text);
  suite_add_tcase(s, dates_tcase());
  return s;
}

UNIT_MAIN(import_suite)

/* Unit tests: heading matching, contact parsing, encodings and the bullet splitting of inline HTML. */
#include "config.h"

#include "encoding.h"
#include "import.h"
#include "import_build.h"
#include "import_contact.h"
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
  { "Henkilötietojen käsittely", "" },
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
  return s;
}

UNIT_MAIN(import_suite)

/* Unit tests: heading matching, contact parsing, encodings and the bullet splitting of inline HTML. */
#include "config.h"

#include "encoding.h"
#include "import.h"
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

/* ---------- dates (import_dates.c) ---------- */

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
  suite_add_tcase(s, tc);
  suite_add_tcase(s, dates_tcase());
  return s;
}

UNIT_MAIN(import_suite)

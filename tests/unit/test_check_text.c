/* Unit tests: Finnish-tolerant matching and the form checks of facts used by the compliance check. */
#include "config.h"

#include "check_facts.h"
#include "check_text.h"
#include "unit.h"

/* True when pattern matches text after folding. */
static bool m(const char *text, const char *pattern)
{
  char *f = text_fold(text);
  bool r = text_match(f, strlen(f), pattern, NULL);
  free(f);
  return r;
}

START_TEST(fold_keeps_length_and_lowers_finnish_letters)
{
  char *f = text_fold("HENKILÖTIETOLAKI Ääni Åland");
  ck_assert_str_eq(f, "henkilötietolaki ääni åland");
  free(f);
}
END_TEST

START_TEST(stems_match_inflected_forms)
{
  const char *p = "henkilötietola*!henkilötietolainsää";
  ck_assert(m("Henkilötietolaki (523/1999)", p));
  ck_assert(m("henkilötietolain 10 §:n mukainen", p));
  ck_assert(m("viitataan henkilötietolakiin", p));
  ck_assert(m("HENKILÖTIETOLAISSA", p));
  ck_assert(!m("henkilötietolainsäädännön mukaisesti", p));
  ck_assert(!m("henkilötietojen käsittely", p));
  ck_assert(m("sähköisen viestinnän tietosuojalaissa", "sähköis* viestin* tietosuojala*"));
  ck_assert(!m("sähköisen viestinnän palveluista annetun lain", "sähköis* viestin* tietosuojala*"));
}
END_TEST

START_TEST(words_alternatives_anchor_and_literals)
{
  ck_assert(m("Oikeutetun edun peruste", "oikeutet* etu*|edu*"));
  ck_assert(m("oikeutettuun etuumme", "oikeutet* etu*|edu*"));
  ck_assert(!m("oikeutettu asia", "oikeutet* etu*|edu*"));
  ck_assert(m("Käsittely perustuu sopimukseen.", "^käsittely perustuu"));
  ck_assert(!m("Evästeiden käsittely perustuu suostumukseen.", "^käsittely perustuu"));
  ck_assert(m("sähköpostitse (s-postiosoite) tai", "=(s-postiosoite)"));
  ck_assert(!m("sopimus", "sopimukset"));
  ck_assert(m("standard contractual clauses", "standard contractual|data"));
}
END_TEST

START_TEST(sentences_split_at_full_stops_not_in_numbers)
{
  const char *t = "Voimassa 1.1.2019 alkaen. Toinen lause!\nKolmas";
  size_t pos = 0, st, n, count = 0;
  while (text_next_sentence(t, &pos, &st, &n))
    count++;
  ck_assert_uint_eq(count, 3);
}
END_TEST

START_TEST(fillers_are_recognised)
{
  ck_assert(text_is_filler(" - "));
  ck_assert(text_is_filler(""));
  ck_assert(text_is_filler("–"));
  ck_assert(!text_is_filler("Ei automaattista päätöksentekoa."));
}
END_TEST

/* The organisation names text_next_org finds in s, joined by "|". */
static char *orgs(const char *s)
{
  static char out[256];
  size_t pos = 0, st, n, o = 0;
  out[0] = '\0';
  while (text_next_org(s, &pos, &st, &n))
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", o ? "|" : "", (int)n, s + st);
  return out;
}

START_TEST(organisation_names_are_found)
{
  ck_assert_str_eq(orgs("Luovutamme tiedot Posti Oy:lle ja Acme & Sons Ltd:lle."), "Posti Oy|Acme & Sons Ltd");
  ck_assert_str_eq(orgs("Lähde: Suomen Asiakastieto Oy, Google LLC ja Ääniö OYJ."),
                   "Suomen Asiakastieto Oy|Google LLC|Ääniö OYJ");
  ck_assert_str_eq(orgs("Microsoft Ireland Operations Limited (Dublin)"), "Microsoft Ireland Operations Limited");
  ck_assert_str_eq(orgs("tiedot oy ja Oy alkaa lauseen. Toimisto.Oy"), "");
  ck_assert_str_eq(orgs("Oyster Bay ja Abba Inccorp"), "");
  ck_assert(text_has_word("www.esimerkki.fi esimerkki oy", "esimerkki", 9));
  ck_assert(!text_has_word("esimerkkiyhtiö oy", "esimerkki", 9));
}
END_TEST

START_TEST(business_id_check_digit)
{
  ck_assert_int_eq(facts_business_id("2345678-0"), BID_OK);   /* remainder 0 -> 0 */
  ck_assert_int_eq(facts_business_id("1000000-4"), BID_OK);   /* remainder 7 -> 4 */
  ck_assert_int_eq(facts_business_id("2345678-1"), BID_CHECK_DIGIT);
  for (char c = '0'; c <= '9'; c++) {                         /* remainder 1: no valid digit */
    char id[] = "0000102-0";
    id[8] = c;
    ck_assert_int_eq(facts_business_id(id), BID_CHECK_DIGIT);
  }
  ck_assert_int_eq(facts_business_id("2345678"), BID_FORM);
  ck_assert_int_eq(facts_business_id("234567-80"), BID_FORM);
}
END_TEST

START_TEST(email_forms)
{
  ck_assert_int_eq(facts_email("nimi@firma.fi"), EMAIL_OK);
  ck_assert_int_eq(facts_email("etu.suku@ala.firma.fi"), EMAIL_OK);
  ck_assert_int_eq(facts_email("nimi @firma.fi"), EMAIL_BAD);
  ck_assert_int_eq(facts_email("nimi@"), EMAIL_BAD);
  ck_assert_int_eq(facts_email("nimi@firma"), EMAIL_BAD);
  ck_assert_int_eq(facts_email("nimi@firma..fi"), EMAIL_BAD);
  ck_assert_int_eq(facts_email("firma.fi"), EMAIL_BAD);
  ck_assert_int_eq(facts_email("nimi[a]firma.fi"), EMAIL_OBFUSCATED);
  ck_assert_int_eq(facts_email("nimi(at)firma.fi"), EMAIL_OBFUSCATED);
}
END_TEST

START_TEST(emails_found_in_text)
{
  const char *t = "Ota yhteyttä: samposa.savolainen@mediateko.fi. Tai myynti[a]mediateko.fi";
  size_t pos = 0, st, n;
  bool obf;
  ck_assert(facts_next_email(t, &pos, &st, &n, &obf));
  ck_assert(!obf);
  ck_assert_int_eq(strncmp(t + st, "samposa.savolainen@mediateko.fi", n), 0);
  ck_assert_uint_eq(n, strlen("samposa.savolainen@mediateko.fi"));
  ck_assert(facts_next_email(t, &pos, &st, &n, &obf));
  ck_assert(obf);
  ck_assert(!facts_next_email(t, &pos, &st, &n, &obf));
}
END_TEST

START_TEST(phone_numbers)
{
  ck_assert(facts_phone_valid("09 123 4567"));
  ck_assert(facts_phone_valid("040-123 4567"));
  ck_assert(facts_phone_valid("+358 40 123 4567"));
  ck_assert(facts_phone_valid("+358 (0)40 123 4567"));
  ck_assert(facts_phone_valid("029 56 66700"));
  ck_assert(!facts_phone_valid("12345"));
  ck_assert(!facts_phone_valid("puh. 040 123"));
  ck_assert(!facts_phone_valid("040 12"));
  char a[32], b[32];
  facts_phone_digits("+358 40 123 4567", a);
  facts_phone_digits("040 1234567", b);
  ck_assert_str_eq(a, b);
}
END_TEST

START_TEST(urls_and_distance)
{
  ck_assert(facts_url_has_scheme("https://firma.fi"));
  ck_assert(!facts_url_has_scheme("www.firma.fi"));
  ck_assert_int_eq(facts_distance("samps.savolainen", "samposa.savolainen"), 2);
  ck_assert_int_eq(facts_distance("abc", "abc"), 0);
  size_t pos = 0, st, n;
  ck_assert(facts_next_bare_url("katso www.firma.fi.", &pos, &st, &n));
  ck_assert_uint_eq(n, strlen("www.firma.fi"));
  pos = 0;
  ck_assert(!facts_next_bare_url("katso https://www.firma.fi", &pos, &st, &n));
}
END_TEST

/* text_find answers exactly as text_match on every range of a text: words cut by the range's ends,
   stems, exclusions, exact words, several words, anchors, literals and a bare "*" alike. */
START_TEST(index_finds_what_a_scan_finds)
{
  static const char *const texts[] = {
    "Henkilötietolain 10 §:n mukainen rekisteriseloste. Tietoja ei siirretä EU:n ulkopuolelle.",
    "esim. Google Analytics tai Matomo; e.g. google tag manager, for example hotjar-analytics",
    "poistetaan poista poistaa, poistamista ei voida tehdä. Sopimus sopimukset sopimuksen.",
    "", "a", "ab ab ab", "ei ei-ei ei/ei",
  };
  static const char *const patterns[] = {
    "henkilötietola*!henkilötietolainsää", "poist*|poisto*", "ei voida|voi|saa", "ei", "ab", "a*", "sopimus",
    "sopimuks*!sopimukset", "google*", "google analytics|tag manager*", "for example|instance", "=e.g.",
    "^esim", "*", "ei-ei", "eu|eta", "x*", "ab ab", "hotjar*|matomo*", NULL };
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
    char *f = text_fold(texts[t]);
    size_t len = strlen(f);
    struct text_index ix;
    text_index_make(&ix, f);
    for (size_t p = 0; patterns[p]; p++)
      for (size_t off = 0; off <= len; off++)
        for (size_t n = 0; off + n <= len; n++) {
          struct text_hit a = { 99, 99 }, b = { 99, 99 };
          bool ma = text_match(f + off, n, patterns[p], &a), mb = text_find(&ix, off, n, patterns[p], &b);
          ck_assert_msg(ma == mb && a.off == b.off && a.len == b.len, "text %zu, pattern %s, range %zu+%zu", t,
                        patterns[p], off, n);
        }
    ck_assert(text_find_any(&ix, 0, len, patterns, NULL) == text_match_any(f, len, patterns, NULL));
    for (size_t p = 0; patterns[p]; p++) { /* a sentence has a match only where text_may_have says so */
      const char *const one[] = { patterns[p], NULL };
      size_t pos = 0, st, n;
      while (text_next_sentence(f, &pos, &st, &n))
        ck_assert(!text_find_any(&ix, st, n, one, NULL) || text_may_have(&ix, one));
    }
    text_index_free(&ix);
    text_index_free(&ix);
    free(f);
  }
}
END_TEST

/* The suite. */
static Suite *make_suite(void)
{
  Suite *s = suite_create("check_text");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, fold_keeps_length_and_lowers_finnish_letters);
  tcase_add_test(tc, stems_match_inflected_forms);
  tcase_add_test(tc, words_alternatives_anchor_and_literals);
  tcase_add_test(tc, sentences_split_at_full_stops_not_in_numbers);
  tcase_add_test(tc, fillers_are_recognised);
  tcase_add_test(tc, organisation_names_are_found);
  tcase_add_test(tc, business_id_check_digit);
  tcase_add_test(tc, email_forms);
  tcase_add_test(tc, emails_found_in_text);
  tcase_add_test(tc, phone_numbers);
  tcase_add_test(tc, urls_and_distance);
  tcase_add_test(tc, index_finds_what_a_scan_finds);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(make_suite)

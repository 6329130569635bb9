/* Unit tests: the wizard form's checks of contact fields (business ID, e-mail, phone, web address). */
#include "config.h"

#include "fieldcheck.h"
#include "i18n.h"
#include "schema.h"
#include "unit.h"

/* True when the field's value has no problem. */
static bool fine(int field, const char *value) { return fieldcheck_problem(field, value) == NULL; }

/* True when the message about value contains part. */
static bool says(int field, const char *value, const char *part)
{
  const char *m = fieldcheck_problem(field, value);
  return m && strstr(m, part) && !strchr(m, '\n');
}

START_TEST(business_id)
{
  /* check digits with weights 7,9,10,5,8,4,2 and modulus 11:
     0737546: 0+63+30+35+40+16+12 = 196, 196 % 11 = 9, 11 - 9 = 2   -> 0737546-2
     1572860: 7+45+70+10+64+24+0  = 220, 220 % 11 = 0, remainder 0  -> 1572860-0
     0112038: 0+9+10+10+0+12+16   =  57,  57 % 11 = 2, 11 - 2 = 9   -> 0112038-9
     2218237: 14+18+10+40+16+12+14 = 124, 124 % 11 = 3, 11 - 3 = 8  -> 2218237-8
     0000102: 0+0+0+0+8+0+4       =  12,  12 % 11 = 1: no digit is valid */
  ck_assert(fine(FIELD_BUSINESS_ID, "0737546-2"));
  ck_assert(fine(FIELD_BUSINESS_ID, "1572860-0"));
  ck_assert(fine(FIELD_BUSINESS_ID, "0112038-9"));
  ck_assert(fine(FIELD_BUSINESS_ID, " 2218237-8 "));
  ck_assert(says(FIELD_BUSINESS_ID, "0737546-3", "check digit"));
  ck_assert(says(FIELD_BUSINESS_ID, "1572860-1", "check digit"));
  for (char c = '0'; c <= '9'; c++) {
    char id[] = "0000102-0";
    id[8] = c;
    ck_assert(says(FIELD_BUSINESS_ID, id, "check digit"));
  }
  const char *forms[] = { "0737546", "737546-2", "0737546-22", "07375462", "0737546 2", "O737546-2",
                          "0737546\u20132", "FI07375462" };
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
    ck_assert_msg(says(FIELD_BUSINESS_ID, forms[i], "1234567-1"), "%s", forms[i]);
}
END_TEST

START_TEST(email)
{
  ck_assert(fine(FIELD_EMAIL, "tietosuoja@example.fi"));
  ck_assert(fine(FIELD_EMAIL, "etu.suku@kunta.example.fi"));
  ck_assert(fine(FIELD_EMAIL, " info@yhdistys.fi "));
  ck_assert(says(FIELD_EMAIL, "tietosuoja.example.fi", "needs an @"));
  ck_assert(says(FIELD_EMAIL, "a@b@example.fi", "only one @"));
  ck_assert(says(FIELD_EMAIL, "etu suku@example.fi", "no spaces"));
  ck_assert(says(FIELD_EMAIL, "nimi@example", "name@example.fi"));
  ck_assert(says(FIELD_EMAIL, "nimi@.fi", "name@example.fi"));
  ck_assert(says(FIELD_EMAIL, "nimi@example..fi", "name@example.fi"));
  ck_assert(says(FIELD_EMAIL, "nimi[at]example.fi", "with @"));
}
END_TEST

START_TEST(phone)
{
  ck_assert(fine(FIELD_PHONE, "09 123 4567"));
  ck_assert(fine(FIELD_PHONE, "+358 40 123 4567"));
  ck_assert(fine(FIELD_PHONE, "040-1234567"));
  ck_assert(fine(FIELD_PHONE, "(09) 123 4567"));
  ck_assert(fine(FIELD_PHONE, "+46 8 123 456 78"));
  ck_assert(says(FIELD_PHONE, "puh. 040 123 4567", "only digits"));
  ck_assert(says(FIELD_PHONE, "040 123 456a", "only digits"));
  ck_assert(says(FIELD_PHONE, "040 12", "too few digits"));
  ck_assert(says(FIELD_PHONE, "12345", "too few digits"));
  ck_assert(says(FIELD_PHONE, "1234567", "does not look like"));
}
END_TEST

START_TEST(web_address)
{
  ck_assert(fine(FIELD_WEBSITE, "https://www.example.fi"));
  ck_assert(fine(FIELD_WEBSITE, "http://example.fi/tietosuoja"));
  ck_assert(fine(FIELD_WEBSITE, "https://kunta.example.fi:8443/a?b=c#d"));
  ck_assert(says(FIELD_WEBSITE, "www.example.fi", "begin the web address with https://"));
  ck_assert(says(FIELD_WEBSITE, "yhdistys.fi ", "begin the web address with https://"));
  ck_assert(fine(FIELD_POSTAL_CODE, "00100"));
  ck_assert(fine(FIELD_POSTAL_CODE, "SE-111 22"));
  ck_assert(says(FIELD_POSTAL_CODE, "001", "five digits"));
  ck_assert(says(FIELD_POSTAL_CODE, "001000", "five digits"));
  ck_assert(fine(FIELD_WEBSITE, "https://pääkaupunkiseutu.fi"));
  ck_assert(says(FIELD_WEBSITE, "www example.fi", "no spaces"));
  ck_assert(says(FIELD_WEBSITE, "ftp://example.fi", "https://"));
  ck_assert(says(FIELD_WEBSITE, "https://", "https://www.example.fi"));
  ck_assert(says(FIELD_WEBSITE, "https://example", "https://www.example.fi"));
  ck_assert(says(FIELD_WEBSITE, "http//example.fi", "www.example.fi"));
  ck_assert(says(FIELD_WEBSITE, "example", "www.example.fi"));
}
END_TEST

START_TEST(empty_and_unchecked_fields)
{
  for (int f = 0; f < FIELD_COUNT; f++) {
    ck_assert(fine(f, ""));
    ck_assert(fine(f, "   "));
    ck_assert(fine(f, NULL));
  }
  ck_assert(fine(FIELD_NAME, "@@@ ???"));
  ck_assert(fine(FIELD_STREET, "Katu 1 A 2"));
  ck_assert(fine(FIELD_POSTAL_CODE, "x"));
  ck_assert(fine(FIELD_CITY, "Hämeenlinna"));
}
END_TEST

START_TEST(messages_in_finnish)
{
  i18n_init("fi");
  ck_assert(says(FIELD_BUSINESS_ID, "0737546-3", "tarkistusnumero"));
  ck_assert(says(FIELD_EMAIL, "tietosuoja.example.fi", "@-merkki"));
  ck_assert(says(FIELD_PHONE, "040 12", "liian vähän numeroita"));
  ck_assert(says(FIELD_WEBSITE, "www example.fi", "välilyöntejä"));
  i18n_use("en");
  ck_assert(says(FIELD_EMAIL, "tietosuoja.example.fi", "needs an @"));
}
END_TEST

/* The suite. */
static Suite *fieldcheck_suite(void)
{
  Suite *s = suite_create("fieldcheck");
  TCase *t = tcase_create("fields");
  tcase_add_test(t, business_id);
  tcase_add_test(t, email);
  tcase_add_test(t, phone);
  tcase_add_test(t, web_address);
  tcase_add_test(t, empty_and_unchecked_fields);
  tcase_add_test(t, messages_in_finnish);
  suite_add_tcase(s, t);
  return s;
}

UNIT_MAIN(fieldcheck_suite)

/* Unit tests: dates per language, and Finnish from gettext whatever the machine's locale. */
#include "config.h"

#include "i18n.h"
#include "unit.h"

START_TEST(dates_in_each_language)
{
  char *fi = i18n_format_date("2026-03-05", LANG_FI), *en = i18n_format_date("2026-03-05", LANG_EN);
  ck_assert_str_eq(fi, "5.3.2026");
  ck_assert_str_eq(en, "5 March 2026");
  free(fi);
  free(en);
  ck_assert_ptr_null(i18n_format_date("5.3.2026", LANG_FI));
}
END_TEST

START_TEST(only_real_dates_are_valid)
{
  ck_assert(i18n_valid_date("2024-02-29"));
  ck_assert(!i18n_valid_date("2025-02-29"));
  ck_assert(!i18n_valid_date("2026-13-01"));
  ck_assert(!i18n_valid_date("2026-1-01"));
  ck_assert(!i18n_valid_date("2026-01-01x"));
  ck_assert(!i18n_valid_date(""));
}
END_TEST

START_TEST(finnish_with_a_missing_finnish_locale)
{
  setenv("LANG", "fi_FI.UTF-8", 1); /* not installed on the test machine */
  unsetenv("LC_ALL");
  unsetenv("LANGUAGE");
  i18n_init(NULL);
  ck_assert_str_eq(i18n_ui_language(), "fi");
  ck_assert_str_eq(_("Controller"), "Rekisterinpitäjä");
  i18n_use("en");
  ck_assert_str_eq(_("Controller"), "Controller");
  i18n_use("fi");
  ck_assert_str_eq(_("Retention period"), "Henkilötietojen säilytysaika");
}
END_TEST

START_TEST(plain_c_locale_still_gives_finnish)
{
  setenv("LC_ALL", "C", 1);
  i18n_init("fi");
  ck_assert_str_eq(_("Controller"), "Rekisterinpitäjä");
}
END_TEST

START_TEST(environment_picks_english_and_default_is_finnish)
{
  unsetenv("LC_ALL");
  unsetenv("LANGUAGE");
  setenv("LANG", "en_GB.UTF-8", 1);
  i18n_init(NULL);
  ck_assert_str_eq(i18n_ui_language(), "en");
  setenv("LANG", "C.UTF-8", 1);
  i18n_init(NULL);
  ck_assert_str_eq(i18n_ui_language(), "fi");
}
END_TEST

/* The i18n suite. */
static Suite *i18n_suite(void)
{
  Suite *s = suite_create("i18n");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, dates_in_each_language);
  tcase_add_test(tc, only_real_dates_are_valid);
  tcase_add_test(tc, finnish_with_a_missing_finnish_locale);
  tcase_add_test(tc, plain_c_locale_still_gives_finnish);
  tcase_add_test(tc, environment_picks_english_and_default_is_finnish);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(i18n_suite)

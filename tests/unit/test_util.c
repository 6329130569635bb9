/* Unit tests: UTF-8 decoding, display width, string buffers. */
#include "config.h"

#include "unit.h"
#include "util.h"

/* The ".seloste" test of the name prompt, render -o and the export names. */
START_TEST(suffix_is_the_end_of_the_string)
{
  ck_assert(str_has_suffix("a.seloste", ".seloste"));
  ck_assert(str_has_suffix(".seloste", ".seloste"));
  ck_assert(!str_has_suffix("a.seloste.txt", ".seloste"));
  ck_assert(!str_has_suffix("seloste", ".seloste"));
  ck_assert(str_has_suffix("x", ""));
}
END_TEST

START_TEST(decode_multibyte)
{
  unsigned cp;
  ck_assert_int_eq(utf8_decode("\xc3\xa4", 2, &cp), 2);
  ck_assert_uint_eq(cp, 0xE4);
  ck_assert_int_eq(utf8_decode("\xe2\x82\xac", 3, &cp), 3);
  ck_assert_uint_eq(cp, 0x20AC);
  ck_assert_int_eq(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
  ck_assert_uint_eq(cp, 0x1F600);
}
END_TEST

START_TEST(invalid_utf8_is_found_where_it_is)
{
  ck_assert_int_eq(utf8_invalid_at("abc", 3), -1);
  ck_assert_int_eq(utf8_invalid_at("p\xc3\xa4iv\xc3\xa4", 7), -1);
  ck_assert_int_eq(utf8_invalid_at("ab\xe4 c", 5), 2);        /* Latin-1 ä */
  ck_assert_int_eq(utf8_invalid_at("a\xc0\xaf", 3), 1);       /* overlong */
  ck_assert_int_eq(utf8_invalid_at("a\xed\xa0\x80", 4), 1);   /* surrogate */
  ck_assert_int_eq(utf8_invalid_at("\xe2\x82", 2), 0);        /* truncated */
  ck_assert_int_eq(utf8_invalid_at("\xef\xbf\xbd", 3), -1);   /* U+FFFD itself is valid */
}
END_TEST

START_TEST(width_counts_columns_not_bytes)
{
  ck_assert_uint_eq(utf8_width("Hyvä", 5), 4);
  ck_assert_uint_eq(utf8_width("\xe2\x82\xac", 3), 1);
  ck_assert_uint_eq(utf8_width("\xe6\x97\xa5", 3), 2); /* CJK is double width */
  ck_assert_uint_eq(utf8_width("a\xcc\x88", 3), 1);    /* combining diaeresis */
}
END_TEST

START_TEST(strbuf_grows_and_formats)
{
  struct strbuf b = { 0 };
  for (int i = 0; i < 1000; i++)
    sb_printf(&b, "%d,", i);
  ck_assert_uint_eq(b.len, strlen(b.s));
  ck_assert(strncmp(b.s, "0,1,2,", 6) == 0);
  char *s = sb_take(&b);
  ck_assert_ptr_null(b.s);
  ck_assert_str_eq(s + strlen(s) - 4, "999,");
  free(s);
}
END_TEST

START_TEST(line_numbers_of_offsets)
{
  ck_assert_int_eq(line_of_offset("a\nb\nc", 0), 1);
  ck_assert_int_eq(line_of_offset("a\nb\nc", 2), 2);
  ck_assert_int_eq(line_of_offset("a\nb\nc", 4), 3);
}
END_TEST

START_TEST(distance_counts_small_edits)
{
  ck_assert_uint_eq(str_distance("retention_fi", "retention_fi"), 0);
  ck_assert_uint_eq(str_distance("retention_fl", "retention_fi"), 1); /* a change */
  ck_assert_uint_eq(str_distance("rtention_fi", "retention_fi"), 1);  /* a deletion */
  ck_assert_uint_eq(str_distance("retnetion_fi", "retention_fi"), 1); /* two neighbours swapped */
  ck_assert_uint_eq(str_distance("contrct", "contract"), 1);
  ck_assert_uint_eq(str_distance("consnet", "consent"), 1);
  ck_assert_uint_eq(str_distance("emial", "email"), 1);
  ck_assert_uint_eq(str_distance("acounting", "accountin"), 2);
  ck_assert_uint_eq(str_distance("kontrakti", "contract"), 3);        /* far: 3 means "3 or more" */
  ck_assert_uint_eq(str_distance("", "abcd"), 3);
  char longer[80];
  memset(longer, 'a', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  ck_assert_uint_eq(str_distance(longer, longer), 3);                  /* over 63 bytes: never near */
}
END_TEST

START_TEST(nearest_name_only_when_close)
{
  static const char *const names[] = { "id", "basis", "fi", "en", "retention_fi", "retention_en" };
  ck_assert_str_eq(str_nearest("retention_fl", names, 6), "retention_fi");
  ck_assert_str_eq(str_nearest("basi", names, 6), "basis");
  ck_assert_ptr_null(str_nearest("kontrakti", names, 6));
  ck_assert_ptr_null(str_nearest("xy", names, 6)); /* "fi" is 2 edits away, the whole of it */
  ck_assert_ptr_null(str_nearest("basis", names, 6)); /* a known name is no typo */
  char *j = str_join(names, 3);
  ck_assert_str_eq(j, "id, basis, fi");
  free(j);
  j = str_join(names, 0);
  ck_assert_str_eq(j, "");
  free(j);
}
END_TEST

/* The util suite. */
static Suite *util_suite(void)
{
  Suite *s = suite_create("util");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, suffix_is_the_end_of_the_string);
  tcase_add_test(tc, decode_multibyte);
  tcase_add_test(tc, invalid_utf8_is_found_where_it_is);
  tcase_add_test(tc, width_counts_columns_not_bytes);
  tcase_add_test(tc, strbuf_grows_and_formats);
  tcase_add_test(tc, line_numbers_of_offsets);
  tcase_add_test(tc, distance_counts_small_edits);
  tcase_add_test(tc, nearest_name_only_when_close);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(util_suite)

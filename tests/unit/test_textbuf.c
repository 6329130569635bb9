/* Unit tests of the editor's text buffer: UTF-8 editing, cursor moves and word wrap. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "textbuf.h"

/* A buffer holding text with the cursor at the end. */
static void setup_at_end(struct textbuf *b, const char *text)
{
  tb_init(b);
  tb_insert(b, text, strlen(text));
}

START_TEST(insert_multibyte)
{
  struct textbuf b;
  tb_init(&b);
  tb_insert_cp(&b, 0xE4); /* ä */
  tb_insert(&b, "ö€", strlen("ö€"));
  tb_insert_cp(&b, 'x');
  ck_assert_str_eq(tb_text(&b), "äö€x");
  ck_assert_uint_eq(b.cur, strlen("äö€x"));
  ck_assert(b.changed);
  tb_free(&b);
}
END_TEST

START_TEST(backspace_and_delete_whole_characters)
{
  struct textbuf b;
  setup_at_end(&b, "aäö€");
  ck_assert(tb_backspace(&b));
  ck_assert_str_eq(tb_text(&b), "aäö");
  ck_assert(tb_left(&b));
  ck_assert(tb_delete(&b));
  ck_assert_str_eq(tb_text(&b), "aä");
  ck_assert(!tb_delete(&b));
  b.cur = 0;
  ck_assert(!tb_backspace(&b));
  ck_assert(tb_delete(&b));
  ck_assert(tb_delete(&b));
  ck_assert_str_eq(tb_text(&b), "");
  tb_free(&b);
}
END_TEST

START_TEST(cursor_moves_by_character)
{
  struct textbuf b;
  tb_init(&b);
  tb_set(&b, "äb€");
  ck_assert_uint_eq(b.cur, 0);
  ck_assert(tb_right(&b));
  ck_assert_uint_eq(b.cur, 2);
  ck_assert(tb_right(&b));
  ck_assert(tb_right(&b));
  ck_assert_uint_eq(b.cur, strlen("äb€"));
  ck_assert(!tb_right(&b));
  ck_assert(tb_left(&b));
  ck_assert_uint_eq(b.cur, 3);
  tb_insert(&b, "ö", 2);
  ck_assert_str_eq(tb_text(&b), "äbö€");
  tb_free(&b);
}
END_TEST

START_TEST(paste_normalises_line_ends_and_controls)
{
  struct textbuf b;
  tb_init(&b);
  tb_insert(&b, "a\r\nb\rc\td\001e", 11);
  ck_assert_str_eq(tb_text(&b), "a\nb\nc de");
  tb_free(&b);
}
END_TEST

START_TEST(wrap_at_words_by_display_width)
{
  struct textbuf b;
  tb_init(&b);
  tb_set(&b, "Ääni öljy säilö maa"); /* 4+1+4+1+5+1+3 columns */
  size_t n;
  const struct tb_line *l = tb_wrap(&b, 10, &n);
  ck_assert_uint_eq(n, 2);
  ck_assert_uint_eq(l[0].start, 0);
  ck_assert_uint_eq(l[1].start, strlen("Ääni öljy "));
  ck_assert_uint_eq(l[1].end, strlen("Ääni öljy säilö maa"));
  l = tb_wrap(&b, 20, &n);
  ck_assert_uint_eq(n, 1);
  tb_free(&b);
}
END_TEST

START_TEST(wrap_breaks_long_words_and_keeps_paragraphs)
{
  struct textbuf b;
  tb_init(&b);
  tb_set(&b, "ääääääää\n\nb");
  size_t n;
  const struct tb_line *l = tb_wrap(&b, 3, &n);
  ck_assert_uint_eq(n, 5); /* äää äää ää, empty line, b */
  ck_assert_uint_eq(l[1].start, 6);
  ck_assert_uint_eq(l[2].end, 16);
  ck_assert_uint_eq(l[3].start, l[3].end);
  ck_assert_uint_eq(l[4].start, 18);
  tb_free(&b);
}
END_TEST

START_TEST(wide_characters_count_two_columns)
{
  struct textbuf b;
  tb_init(&b);
  tb_set(&b, "日本語 ab");
  size_t n;
  tb_wrap(&b, 5, &n);
  ck_assert_uint_eq(n, 2); /* "日本" then "語 ab" */
  size_t row;
  int col;
  b.cur = strlen("日本語 a");
  tb_cursor_rc(&b, 5, &row, &col);
  ck_assert_uint_eq(row, 1);
  ck_assert_int_eq(col, 4);
  tb_free(&b);
}
END_TEST

START_TEST(cursor_row_and_column_on_wrapped_lines)
{
  struct textbuf b;
  setup_at_end(&b, "yksi kaksi kolme\nneljä");
  size_t row;
  int col;
  tb_cursor_rc(&b, 11, &row, &col);
  ck_assert_uint_eq(row, 2);
  ck_assert_int_eq(col, 5);
  b.cur = strlen("yksi kaksi ");
  tb_cursor_rc(&b, 11, &row, &col); /* the boundary of a soft wrap starts the next line */
  ck_assert_uint_eq(row, 1);
  ck_assert_int_eq(col, 0);
  tb_free(&b);
}
END_TEST

START_TEST(up_down_keep_the_column)
{
  struct textbuf b;
  tb_init(&b);
  tb_set(&b, "äää äää\nb\nöööö");
  b.cur = strlen("äää");
  tb_vmove(&b, 20, 1);
  ck_assert_uint_eq(b.cur, strlen("äää äää\nb"));
  tb_vmove(&b, 20, 1);
  ck_assert_uint_eq(b.cur, strlen("äää äää\nb\nööö"));
  tb_vmove(&b, 20, -2);
  ck_assert_uint_eq(b.cur, strlen("äää"));
  tb_vmove(&b, 20, -5); /* page up past the top stops on the first line */
  ck_assert_uint_eq(b.cur, strlen("äää"));
  tb_vmove(&b, 20, 10);
  size_t row;
  int col;
  tb_cursor_rc(&b, 20, &row, &col);
  ck_assert_uint_eq(row, 2);
  tb_free(&b);
}
END_TEST

START_TEST(home_and_end_of_visual_line)
{
  struct textbuf b;
  tb_init(&b);
  tb_set(&b, "yksi kaksi kolme");
  b.cur = strlen("yksi ka");
  tb_home(&b, 6);
  ck_assert_uint_eq(b.cur, strlen("yksi "));
  tb_end(&b, 6);
  ck_assert_uint_eq(b.cur, strlen("yksi kaksi")); /* stays on the line, before the hanging space */
  b.cur = strlen("yksi kaksi ko");
  tb_end(&b, 6);
  ck_assert_uint_eq(b.cur, b.len);
  tb_home(&b, 6);
  ck_assert_uint_eq(b.cur, strlen("yksi kaksi "));
  tb_free(&b);
}
END_TEST

START_TEST(large_paste_is_kept_whole)
{
  struct textbuf b;
  tb_init(&b);
  struct { char *s; size_t n; } big = { malloc(6000), 0 };
  while (big.n < 5000) {
    memcpy(big.s + big.n, "Hänen öljynsä ", strlen("Hänen öljynsä "));
    big.n += strlen("Hänen öljynsä ");
  }
  for (size_t i = 0; i < big.n; i++)
    tb_insert(&b, big.s + i, 1);
  ck_assert_uint_eq(b.len, big.n);
  ck_assert(memcmp(tb_text(&b), big.s, big.n) == 0);
  size_t n;
  tb_wrap(&b, 70, &n);
  ck_assert_uint_gt(n, 50); /* about 4,100 columns at 70 */
  free(big.s);
  tb_free(&b);
}
END_TEST

/* The suite of all text-buffer tests. */
static Suite *textbuf_suite(void)
{
  Suite *s = suite_create("textbuf");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, insert_multibyte);
  tcase_add_test(tc, backspace_and_delete_whole_characters);
  tcase_add_test(tc, cursor_moves_by_character);
  tcase_add_test(tc, paste_normalises_line_ends_and_controls);
  tcase_add_test(tc, wrap_at_words_by_display_width);
  tcase_add_test(tc, wrap_breaks_long_words_and_keeps_paragraphs);
  tcase_add_test(tc, wide_characters_count_two_columns);
  tcase_add_test(tc, cursor_row_and_column_on_wrapped_lines);
  tcase_add_test(tc, up_down_keep_the_column);
  tcase_add_test(tc, home_and_end_of_visual_line);
  tcase_add_test(tc, large_paste_is_kept_whole);
  suite_add_tcase(s, tc);
  return s;
}

int main(void)
{
  setlocale(LC_ALL, "C.UTF-8"); /* wcwidth needs a UTF-8 locale */
  SRunner *sr = srunner_create(textbuf_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests of placeholders shown as words: the display text and its offset map (phtext), and the
   editor buffer treating a placeholder as one unit (textbuf). */
#include "config.h"

#include "i18n.h"
#include "phtext.h"
#include "textbuf.h"
#include "unit.h"

START_TEST(scan_finds_known_names_only)
{
  const char *t = "{controller} ja {foo} ja {providers:analytics}{transfers:scc}{providers:nope}";
  struct phtext_span *sp;
  size_t n = phtext_scan(t, strlen(t), &sp);
  ck_assert_uint_eq(n, 3);
  ck_assert_uint_eq(sp[0].start, 0);
  ck_assert_uint_eq(sp[0].end, strlen("{controller}"));
  ck_assert_uint_eq(sp[1].start, strlen("{controller} ja {foo} ja "));
  ck_assert_uint_eq(sp[2].start, sp[1].end);
  ck_assert_uint_eq(sp[2].end, sp[2].start + strlen("{transfers:scc}"));
  free(sp);
  ck_assert_uint_eq(phtext_scan("{foo} {controller", 17, &sp), 0);
  ck_assert_ptr_null(sp);
}
END_TEST

START_TEST(braces_pair_as_the_renderer_pairs_them)
{
  /* render_fill pairs a "{" with the next "}": "{a{controller}" is the unknown name "a{controller"
     and is published as it is, so the wizard must not show it as a placeholder either */
  struct phtext_span *sp;
  ck_assert_uint_eq(phtext_scan("{a{controller}", 14, &sp), 0);
  char *shown = phtext_display("{a{controller} {x} }{website}", NULL);
  ck_assert_str_eq(shown, "{a{controller} {x} }[web address]");
  free(shown);
}
END_TEST

START_TEST(display_in_english_and_finnish)
{
  i18n_init("en");
  char *shown = phtext_display("{controller} käsittelee: {contact_email}, {register}.", NULL);
  ck_assert_str_eq(shown, "[company name] käsittelee: [contact e-mail address], [register name].");
  free(shown);
  i18n_use("fi");
  shown = phtext_display("{controller} käsittelee {foo}", NULL);
  ck_assert_str_eq(shown, "[yrityksen nimi] käsittelee {foo}");
  free(shown);
  ck_assert_str_eq(phtext_words("{website}", 9), "[verkko-osoite]");
  ck_assert_ptr_null(phtext_words("{foo}", 5));
  ck_assert_ptr_null(phtext_words("controller", 10));
  i18n_use("en");
  shown = phtext_display(NULL, NULL);
  ck_assert_str_eq(shown, "");
  free(shown);
}
END_TEST

START_TEST(offset_map_both_ways)
{
  i18n_init("en");
  const char *t = "Ä {controller}x";
  size_t *map;
  char *shown = phtext_display(t, &map);
  ck_assert_str_eq(shown, "Ä [company name]x");
  size_t ph = strlen("Ä "), ph_end = ph + strlen("{controller}"), words = strlen("[company name]");
  ck_assert_uint_eq(map[0], 0);
  ck_assert_uint_eq(map[ph], ph);
  ck_assert_uint_eq(map[ph + 3], ph); /* inside: the start of the words */
  ck_assert_uint_eq(map[ph_end], ph + words);
  ck_assert_uint_eq(map[strlen(t)], strlen(shown));
  for (size_t i = 0; i <= strlen(t); i++) /* every boundary outside a placeholder comes back */
    if (i <= ph || i >= ph_end)
      ck_assert_uint_eq(phtext_stored_offset(map, strlen(t), map[i]), i);
  for (size_t d = ph; d < ph + words; d++) /* inside the words: before the placeholder */
    ck_assert_uint_eq(phtext_stored_offset(map, strlen(t), d), ph);
  ck_assert_uint_eq(phtext_stored_offset(map, strlen(t), 999), strlen(t));
  free(map);
  free(shown);
}
END_TEST

/* A buffer holding text with the cursor at byte offset cur. */
static void setup(struct textbuf *b, const char *text, size_t cur)
{
  tb_init(b);
  tb_set(b, text);
  tb_set_cursor(b, cur);
}

START_TEST(cursor_steps_over_a_placeholder)
{
  struct textbuf b;
  setup(&b, "a{controller}b", 1);
  ck_assert(tb_right(&b));
  ck_assert_uint_eq(b.cur, strlen("a{controller}"));
  ck_assert(tb_left(&b));
  ck_assert_uint_eq(b.cur, 1);
  tb_set_cursor(&b, 5); /* inside: to its start */
  ck_assert_uint_eq(b.cur, 1);
  tb_free(&b);
}
END_TEST

START_TEST(backspace_and_delete_remove_it_whole)
{
  struct textbuf b;
  setup(&b, "a{controller}b{website}", strlen("a{controller}"));
  ck_assert(tb_backspace(&b));
  ck_assert_str_eq(tb_text(&b), "ab{website}");
  ck_assert_uint_eq(b.cur, 1);
  tb_set_cursor(&b, 2);
  ck_assert(tb_delete(&b));
  ck_assert_str_eq(tb_text(&b), "ab");
  tb_set(&b, "x{foo}");
  b.cur = b.len;
  ck_assert(tb_backspace(&b)); /* an unknown name is ordinary text: one character */
  ck_assert_str_eq(tb_text(&b), "x{foo");
  tb_free(&b);
}
END_TEST

START_TEST(typing_never_lands_inside)
{
  struct textbuf b;
  setup(&b, "{controllr}", strlen("{controll"));
  tb_insert_cp(&b, 'e'); /* the name is complete: the cursor goes after it */
  ck_assert_str_eq(tb_text(&b), "{controller}");
  ck_assert_uint_eq(b.cur, b.len);
  tb_insert(&b, " {website} x", strlen(" {website} x")); /* a paste keeps the braces */
  ck_assert_str_eq(tb_text(&b), "{controller} {website} x");
  tb_set(&b, "{contrXoller}");
  tb_set_cursor(&b, 6);
  ck_assert(tb_delete(&b));
  ck_assert_str_eq(tb_text(&b), "{controller}");
  ck_assert_uint_eq(b.cur, b.len);
  tb_free(&b);
}
END_TEST

START_TEST(wrap_and_columns_count_the_words)
{
  i18n_init("en");
  struct textbuf b;
  /* "[company name] sells" is 20 columns: at width 16 "sells" goes to the next line */
  setup(&b, "{controller} sells", 0);
  size_t n, row;
  int col;
  const struct tb_line *l = tb_wrap(&b, 16, &n);
  ck_assert_uint_eq(n, 2);
  ck_assert_uint_eq(l[1].start, strlen("{controller} "));
  tb_set_cursor(&b, strlen("{controller}"));
  tb_cursor_rc(&b, 16, &row, &col);
  ck_assert_uint_eq(row, 0);
  ck_assert_int_eq(col, 14);
  /* a column inside the words gives the placeholder's start, never a byte inside it */
  ck_assert_uint_eq(tb_offset_at(&b, 16, 0, 7), 0);
  ck_assert_uint_eq(tb_offset_at(&b, 16, 0, 14), strlen("{controller}"));
  tb_set_cursor(&b, 0);
  tb_end(&b, 16); /* the end of a wrapped line: after the placeholder, before the space */
  ck_assert_uint_eq(b.cur, strlen("{controller}"));
  tb_home(&b, 16);
  ck_assert_uint_eq(b.cur, 0);
  tb_set(&b, "ab\n{controller}");
  tb_set_cursor(&b, 2);
  tb_vmove(&b, 40, 1); /* down from column 2: before the placeholder */
  ck_assert_uint_eq(b.cur, 3);
  size_t s, e;
  const char *words;
  ck_assert(tb_placeholder(&b, 0, b.len, &s, &e, &words));
  ck_assert_uint_eq(s, 3);
  ck_assert_uint_eq(e, b.len);
  ck_assert_str_eq(words, "[company name]");
  ck_assert(!tb_placeholder(&b, 4, b.len, &s, &e, &words));
  tb_free(&b);
}
END_TEST

/* The suite. */
static Suite *phtext_suite(void)
{
  Suite *s = suite_create("phtext");
  TCase *t = tcase_create("display");
  tcase_add_test(t, scan_finds_known_names_only);
  tcase_add_test(t, braces_pair_as_the_renderer_pairs_them);
  tcase_add_test(t, display_in_english_and_finnish);
  tcase_add_test(t, offset_map_both_ways);
  suite_add_tcase(s, t);
  t = tcase_create("textbuf");
  tcase_add_test(t, cursor_steps_over_a_placeholder);
  tcase_add_test(t, backspace_and_delete_remove_it_whole);
  tcase_add_test(t, typing_never_lands_inside);
  tcase_add_test(t, wrap_and_columns_count_the_words);
  suite_add_tcase(s, t);
  return s;
}

UNIT_MAIN(phtext_suite)

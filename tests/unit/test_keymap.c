/* Unit tests of the wizard's key map: typing is text in every form, the commands staff learned
   keep their keys, unknown control keys do nothing, the table names
   each key once, and the key bar fits the width it is given. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include "tui/keymap.h"
#include "unit.h"
#include "util.h"

#define CTRL_OF(l) ((l) & 0x1f)

/* Every printable character, Space and ä ö å € included, is text in a text. */
START_TEST(printable_characters_are_text)
{
  for (wint_t c = 0x20; c < 0x7f; c++)
    ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, c, true), REQ_CHAR);
  const wint_t letters[] = { 0xe4, 0xf6, 0xe5, 0xc4, 0xd6, 0x20ac, 0xa0 };
  for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
    ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, letters[i], true), REQ_CHAR);
  /* outside a text Space chooses; other letters are still not commands */
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, ' ', false), REQ_TOGGLE);
  for (const char *p = "nqsfoverxcla"; *p; p++)
    ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, (wint_t)*p, false), REQ_CHAR);
}
END_TEST

/* The keys staff learned keep their meaning, and the new commands are Ctrl keys. */
START_TEST(commands_are_ctrl_keys)
{
  const struct { int letter; enum request r; } want[] = {
    { 'n', REQ_NEXT }, { 'p', REQ_PREV }, { 's', REQ_SAVE }, { 'f', REQ_FINISH }, { 'q', REQ_QUIT },
    { 'z', REQ_UNDO }, { 'y', REQ_REDO }, { 'g', REQ_HELP }, { 'o', REQ_OVERVIEW }, { 'v', REQ_PREVIEW },
    { 'r', REQ_REVIEW }, { 't', REQ_VARIANT }, { 'u', REQ_RESET }, { 'k', REQ_LANG }, { 'x', REQ_NA },
    { 'e', REQ_END }, { 'a', REQ_HOME },
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, CTRL_OF(want[i].letter), true), want[i].r);
  }
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_F(1), true), REQ_HELP);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_F(2), true), REQ_SAVE);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_F(10), true), REQ_QUIT);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_F(4), true), REQ_EXTERNAL);
}
END_TEST

/* Editing and moving keys, in every form curses reports them. */
START_TEST(editing_keys)
{
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, '\t', true), REQ_NEXT_FIELD);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_BTAB, true), REQ_PREV_FIELD);
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, '\r', true), REQ_ENTER);
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, '\n', true), REQ_ENTER);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_ENTER, true), REQ_ENTER);
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, 127, true), REQ_BACKSPACE);
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, CTRL_OF('h'), true), REQ_BACKSPACE);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_BACKSPACE, true), REQ_BACKSPACE);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_DC, true), REQ_DELETE);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_HOME, true), REQ_HOME);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_END, true), REQ_END);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_PPAGE, true), REQ_PGUP);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_NPAGE, true), REQ_PGDN);
  ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, 27, true), REQ_BACK);
}
END_TEST

/* Control keys the table does not name and C1 controls do nothing. */
START_TEST(unknown_keys_do_nothing)
{
  const wint_t none[] = { 0, CTRL_OF('b'), CTRL_OF('w'), 29, 30, 31, 0x85, 0x9b };
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
    ck_assert_int_eq(keymap_request(KEY_KIND_CHAR, none[i], true), REQ_NONE);
  ck_assert_int_eq(keymap_request(KEY_KIND_CODE, KEY_F(7), true), REQ_NONE);
}
END_TEST

/* The help text names every key once, each with a sentence. */
START_TEST(help_names_each_key_once)
{
  char *text = keymap_help_text();
  size_t n = 0;
  char *names[64];
  for (char *line = text, *nl; *line; line = nl + 1) {
    nl = strchr(line, '\n');
    ck_assert_ptr_nonnull(nl);
    *nl = '\0';
    char *tab = strchr(line, '\t');
    ck_assert_ptr_nonnull(tab);
    *tab = '\0';
    ck_assert_int_gt(strlen(tab + 1), 10);
    for (size_t i = 0; i < n; i++)
      ck_assert_msg(strcmp(names[i], line) != 0, "key %s named twice", line);
    ck_assert_uint_lt(n, 64);
    names[n++] = line;
  }
  ck_assert_uint_ge(n, 25);
  free(text);
}
END_TEST

/* Display columns of the n-th line (0 or 1) of a key bar. */
static int bar_line_width(const char *bar, int n)
{
  const char *nl = strchr(bar, '\n');
  const char *s = n == 0 ? bar : nl + 1;
  size_t len = n == 0 ? (size_t)(nl - bar) : strlen(s);
  return (int)utf8_width(s, len);
}

/* The key bar splits at REQ_NONE and leaves out what does not fit the width. */
START_TEST(bar_fits_its_width)
{
  const enum request reqs[] = { REQ_TOGGLE, REQ_NEXT_FIELD, REQ_NEXT, REQ_UNDO, REQ_VARIANT, REQ_HELP,
                                REQ_PREV, REQ_NONE, REQ_SAVE, REQ_FINISH, REQ_QUIT, REQ_OVERVIEW };
  for (int width = 20; width <= 120; width += 13) {
    const char *bar = keymap_bar(reqs, sizeof reqs / sizeof reqs[0], width);
    ck_assert_ptr_nonnull(strchr(bar, '\n'));
    ck_assert_int_le(bar_line_width(bar, 0), width);
    ck_assert_int_le(bar_line_width(bar, 1), width);
  }
  const char *bar = keymap_bar(reqs, sizeof reqs / sizeof reqs[0], 79);
  ck_assert_ptr_nonnull(strstr(bar, "^N Next section"));
  ck_assert_ptr_nonnull(strstr(strchr(bar, '\n'), "^S Save"));
}
END_TEST

/* The suite of key map tests. */
static Suite *keymap_suite(void)
{
  Suite *s = suite_create("keymap");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, printable_characters_are_text);
  tcase_add_test(tc, commands_are_ctrl_keys);
  tcase_add_test(tc, editing_keys);
  tcase_add_test(tc, unknown_keys_do_nothing);
  tcase_add_test(tc, help_names_each_key_once);
  tcase_add_test(tc, bar_fits_its_width);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(keymap_suite)

/* Unit tests: the .seloste file round-trips exactly and bad files are refused with FILE:LINE. */
#include "config.h"

#include "cfgfile.h"
#include "cfgwrap.h"
#include "store.h"
#include "unit.h"

/* Saves d to path and loads it back. */
static struct doc *round_trip_at(const struct doc *d, const char *path)
{
  struct strbuf err = { 0 };
  ck_assert_msg(store_save(d, path, ATOMIC_DEFAULT, &err), "%s", err.s);
  struct doc *back = store_load(path, &err);
  ck_assert_msg(back, "%s", err.s);
  return back;
}

/* Saves d to a file in a new temp directory and loads it back. */
static struct doc *round_trip(const struct doc *d)
{
  char path[128];
  sprintf(path, "%s/doc.seloste", unit_tempdir());
  return round_trip_at(d, path);
}

/* A document with something in every kind of section. */
static struct doc *sample(void)
{
  struct doc *d = doc_new();
  str_set(&d->created, "2025-01-31");
  str_set(&d->modified, "2026-11-21");
  d->lang_enabled[LANG_EN] = true;
  doc_add_change(d, "2025-01-31", "Ensimmäinen versio");
  struct doc_section *c = doc_section(d, "controller");
  str_set(&c->field[FIELD_NAME], "Äänekosken Öljy & \"Voide\" Oy");
  str_set(&c->field[FIELD_BUSINESS_ID], "1234567-1");
  struct doc_section *p = doc_section(d, "purposes");
  str_set(&p->text[LANG_FI], "ä ö å € \"lainaus\" \\kenoviiva\\\nrivi\ttabulaattori\n\nKappale {controller}");
  str_set(&p->text[LANG_EN], "");
  str_set(&p->clause, "purposes.customer");
  p->origin = ORIGIN_EDITED;
  struct doc_section *b = doc_section(d, "legal_basis");
  str_set(&b->choice, "legitimate_interest");
  doc_set_item(doc_section(d, "cookies"), "analytics", true);
  doc_set_item(doc_section(d, "cookies"), "ad_pixels", true);
  doc_section(d, "dpo")->not_applicable = true;
  return d;
}

START_TEST(everything_round_trips)
{
  struct doc *d = sample();
  struct doc *e = round_trip(d);
  ck_assert_str_eq(e->created, "2025-01-31");
  ck_assert_str_eq(e->modified, "2026-11-21");
  ck_assert(e->lang_enabled[LANG_FI] && e->lang_enabled[LANG_EN]);
  ck_assert_uint_eq(e->nchanges, 1);
  ck_assert_str_eq(e->changes[0].note, "Ensimmäinen versio");
  ck_assert_str_eq(doc_section(e, "controller")->field[FIELD_NAME], "Äänekosken Öljy & \"Voide\" Oy");
  const struct doc_section *p = doc_section(e, "purposes");
  ck_assert_str_eq(p->text[LANG_FI], doc_section(d, "purposes")->text[LANG_FI]);
  ck_assert_str_eq(p->text[LANG_EN], "");
  ck_assert_str_eq(p->clause, "purposes.customer");
  ck_assert_int_eq(p->origin, ORIGIN_EDITED);
  ck_assert_str_eq(doc_section(e, "legal_basis")->choice, "legitimate_interest");
  ck_assert(doc_has_item(doc_section(e, "cookies"), "ad_pixels"));
  ck_assert(!doc_has_item(doc_section(e, "cookies"), "marketing_automation"));
  ck_assert(doc_section(e, "dpo")->not_applicable);
  ck_assert(doc_applies(e, doc_section(e, "legitimate_interest")));
  ck_assert(!doc_applies(e, doc_section(e, "consent_withdrawal")));
  doc_free(d);
  doc_free(e);
}
END_TEST

START_TEST(a_one_megabyte_paragraph_round_trips)
{
  struct doc *d = sample();
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i += 8)
    memcpy(big + i, i % 800 == 0 ? "\n\xc3\xa4\xc3\xb6\"\\ " : "sanaa \xc3\xa4", 8);
  big[n] = '\0';
  str_set(&doc_section(d, "other")->text[LANG_EN], big);
  struct doc *e = round_trip(d);
  ck_assert_uint_eq(strlen(doc_section(e, "other")->text[LANG_EN]), n);
  ck_assert(strcmp(doc_section(e, "other")->text[LANG_EN], big) == 0);
  free(big);
  doc_free(d);
  doc_free(e);
}
END_TEST

START_TEST(paragraphs_are_written_a_line_each)
{
  char *w = cfg_wrap_strings("  x = 1;\n  fi = \"Yksi.\\n\\nKaksi \\\"lainaus\\\".\";\n  items = [ \"a\" ];\n");
  ck_assert_str_eq(w, "  x = 1;\n  fi = \"Yksi.\\n\\n\"\n    \"Kaksi \\\"lainaus\\\".\";\n  items = [ \"a\" ];\n");
  free(w);
}
END_TEST

/* Length of the longest line of a file. */
static size_t longest_line(const char *path)
{
  FILE *f = fopen(path, "r");
  ck_assert_ptr_nonnull(f);
  size_t max = 0, cur = 0;
  for (int c; (c = getc(f)) != EOF;) {
    cur = c == '\n' ? 0 : cur + 1;
    max = cur > max ? cur : max;
  }
  fclose(f);
  return max;
}

START_TEST(long_texts_are_written_as_short_literals_and_read_back_exactly)
{
  static const char *const bits[] = { "a", " ", "\xc3\xa4", "\"", "\\", "\n", "\xe2\x82\xac", "\t", "sana" };
  char path[128];
  sprintf(path, "%s/doc.seloste", unit_tempdir());
  srand(7);
  for (int round = 0; round < 60; round++) {
    struct doc *d = sample();
    struct strbuf t = { 0 };
    size_t len = round == 0 ? 300000 : (size_t)(rand() % 12000);
    while (t.len < len)
      sb_add(&t, round == 0 ? bits[2 + rand() % 3] : bits[rand() % 9]); /* round 0: no spaces, no newlines */
    str_set(&doc_section(d, "other")->text[LANG_FI], t.s ? t.s : "");
    struct doc *e = round_trip_at(d, path);
    ck_assert_msg(strcmp(doc_section(e, "other")->text[LANG_FI], t.s ? t.s : "") == 0, "round %d differs", round);
    if (round == 0)
      ck_assert_uint_le(longest_line(path), 4100);
    sb_free(&t);
    doc_free(d);
    doc_free(e);
  }
}
END_TEST

/* Loads text as a document and returns the error message (the load must fail). */
static char *load_error(const char *text, char *path_out)
{
  sprintf(path_out, "%s/bad.seloste", unit_tempdir());
  unit_write_file(path_out, text);
  struct strbuf err = { 0 };
  struct doc *d = store_load(path_out, &err);
  ck_assert_msg(d == NULL, "loaded a bad file: %s", text);
  ck_assert_ptr_nonnull(err.s);
  return err.s;
}

/* Asserts that loading text fails with "PATH:LINE: ...needle...". */
static void expect_error(const char *text, int line, const char *needle)
{
  char path[128], prefix[160];
  char *msg = load_error(text, path);
  if (line > 0)
    sprintf(prefix, "%s:%d: ", path, line);
  else
    sprintf(prefix, "%s: ", path);
  ck_assert_msg(strncmp(msg, prefix, strlen(prefix)) == 0, "expected %s..., got %s", prefix, msg);
  ck_assert_msg(strstr(msg, needle), "expected '%s' in: %s", needle, msg);
  free(msg);
}

#define HEAD "format_version = 1;\ncreated = \"2026-01-01\";\n"

START_TEST(malformed_syntax)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = \"x\" +; };\n};\n", 4, "syntax error");
}
END_TEST

START_TEST(wrong_types)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = 5; };\n};\n", 4, "'fi' should be a string");
  expect_error(HEAD "sections = {\n  dpo = { not_applicable = \"yes\"; };\n};\n", 4, "true or false");
  expect_error("format_version = \"1\";\nsections = {};\n", 1, "'format_version' should be a whole number, not a string");
}
END_TEST

START_TEST(newer_format_version)
{
  expect_error("# from the future\nformat_version = 7;\nsections = {};\n", 2, "newer than this seloste reads");
}
END_TEST

START_TEST(invalid_utf8_raw_and_escaped)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = \"p\xe4iv\xe4\"; };\n};\n", 4, "UTF-8");
  expect_error(HEAD "sections = {\n\n  purposes = { fi = \"p\\xe4iv\\xe4\"; };\n};\n", 5, "not valid UTF-8");
}
END_TEST

START_TEST(unknown_names_and_values)
{
  expect_error(HEAD "sections = {\n  purpose = { fi = \"x\"; };\n};\n", 4, "unknown section 'purpose'");
  expect_error(HEAD "sections = {\n  legal_basis = { choice = \"friendship\"; };\n};\n", 4, "not a choice");
  expect_error(HEAD "sections = {\n  cookies = { items = [\"candy\"]; };\n};\n", 4, "unknown item");
  expect_error(HEAD "modified = \"2026-02-30\";\nsections = {};\n", 3, "YYYY-MM-DD");
  expect_error("sections = {};\n", 0, "not a seloste document");
}
END_TEST

START_TEST(numbers_say_what_is_wrong)
{
  expect_error("format_version = 0;\nsections = {};\n", 1, "'format_version' should be 1 or more, not 0");
  expect_error("format_version = -5;\nsections = {};\n", 1, "'format_version' should be 1 or more, not -5");
  expect_error("format_version = 4294967297;\nsections = {};\n", 1, "the number 4294967297 is too large");
  expect_error("format_version = 0x100000001;\nsections = {};\n", 1, "the number 0x100000001 is too large");
  expect_error("format_version = 2.5;\nsections = {};\n", 1, "'format_version' should be a whole number, not 2.5");
  expect_error(HEAD "changes = ( { version = 99999999999L; } );\nsections = {};\n", 3, "is too large");
  expect_error(HEAD "changes = ( { version = -1; } );\nsections = {};\n", 3, "'version' should be 1 or more");
}
END_TEST

START_TEST(texts_hold_no_control_characters)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\x00b\"; };\n};\n", 4, "\\x00");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\x07b\"; };\n};\n", 4, "U+0007");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\fb\"; };\n};\n", 4, "U+000C");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\x7f\"; };\n};\n", 4, "U+007F");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\rb\"; };\n};\n", 4, "U+000D");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\xc2\\x80\"; };\n};\n", 4, "U+0080");
}
END_TEST

START_TEST(bom_crlf_and_a_tab_are_fine)
{
  char path[128];
  sprintf(path, "%s/bom.seloste", unit_tempdir());
  unit_write_file(path, "\xEF\xBB\xBF" HEAD "sections = {\r\n  purposes = { fi = \"a\tb\\n\"\r\n \"c\"; };\r\n};\r\n");
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  ck_assert_msg(d, "%s", err.s);
  ck_assert_str_eq(doc_section(d, "purposes")->text[LANG_FI], "a\tb\nc");
  doc_free(d);
}
END_TEST

START_TEST(a_raw_line_break_in_a_text_is_a_missing_quote)
{
  /* seloste writes \n and never a line break inside quotes: one there is almost always a
     closing quote left out, and the text ran on to the next quote */
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\r\nb\"; };\n};\n", 4,
               "the text in quotes that begins here runs on to line 5; is its closing \" missing?");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"Asiakas\"rekisteri\"; };\n};\n", 4,
               "ends at the \" before 'rekisteri'");
}
END_TEST

START_TEST(messages_escape_what_they_echo)
{
  struct strbuf err = { 0 };
  ck_assert(!cfgfile_fail(&err, "a\x1b.cfg", NULL, "unknown section '%s'", "x\xffy\x07\xc2\x9b\n"));
  ck_assert_str_eq(err.s, "a\\x1b.cfg: unknown section 'x\\xffy\\x07\\u009b\\n'");
  sb_free(&err);
}
END_TEST

START_TEST(include_is_refused_in_a_document)
{
  char path[128];
  char *dir = unit_tempdir();
  sprintf(path, "%s/part.cfg", dir);
  unit_write_file(path, "x = 1;\n");
  expect_error(HEAD "# @include \"x\" in a comment is fine\n@include \"part.cfg\"\nsections = {};\n", 4,
               "@include is not allowed");
}
END_TEST

START_TEST(missing_file_and_directory)
{
  struct strbuf err = { 0 };
  char *dir = unit_tempdir(), path[128];
  ck_assert_ptr_null(store_load(dir, &err));
  ck_assert_msg(strstr(err.s, "is a directory"), "%s", err.s);
  sb_free(&err);
  sprintf(path, "%s/nope.seloste", dir);
  ck_assert_ptr_null(store_load(path, &err));
  ck_assert_msg(strstr(err.s, "No such file"), "%s", err.s);
  sb_free(&err);
}
END_TEST

START_TEST(save_keeps_mode_and_leaves_no_temp_file)
{
  char *dir = unit_tempdir(), path[128];
  sprintf(path, "%s/d.seloste", dir);
  struct doc *d = sample();
  struct strbuf err = { 0 };
  ck_assert(store_save(d, path, ATOMIC_DEFAULT, &err));
  chmod(path, 0640);
  ck_assert(store_save(d, path, ATOMIC_DEFAULT, &err));
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq(st.st_mode & 0777, 0640);
  char cmd[256];
  sprintf(cmd, "test $(ls -A %s | wc -l) -eq 1", dir);
  ck_assert_int_eq(system(cmd), 0);
  doc_free(d);
}
END_TEST

START_TEST(save_into_missing_directory_fails_cleanly)
{
  struct doc *d = sample();
  struct strbuf err = { 0 };
  ck_assert(!store_save(d, "/nonexistent-dir/x.seloste", ATOMIC_DEFAULT, &err));
  ck_assert_msg(strstr(err.s, "cannot save") && strstr(err.s, "nothing was written") && !strstr(err.s, "previous version"),
                "%s", err.s); /* there was no previous version to keep */
  sb_free(&err);
  doc_free(d);
}
END_TEST

/* The store suite. */
static Suite *store_suite(void)
{
  Suite *s = suite_create("store");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, everything_round_trips);
  tcase_add_test(tc, a_one_megabyte_paragraph_round_trips);
  tcase_add_test(tc, paragraphs_are_written_a_line_each);
  tcase_add_test(tc, long_texts_are_written_as_short_literals_and_read_back_exactly);
  tcase_add_test(tc, malformed_syntax);
  tcase_add_test(tc, wrong_types);
  tcase_add_test(tc, numbers_say_what_is_wrong);
  tcase_add_test(tc, texts_hold_no_control_characters);
  tcase_add_test(tc, bom_crlf_and_a_tab_are_fine);
  tcase_add_test(tc, a_raw_line_break_in_a_text_is_a_missing_quote);
  tcase_add_test(tc, messages_escape_what_they_echo);
  tcase_add_test(tc, include_is_refused_in_a_document);
  tcase_add_test(tc, newer_format_version);
  tcase_add_test(tc, invalid_utf8_raw_and_escaped);
  tcase_add_test(tc, unknown_names_and_values);
  tcase_add_test(tc, missing_file_and_directory);
  tcase_add_test(tc, save_keeps_mode_and_leaves_no_temp_file);
  tcase_add_test(tc, save_into_missing_directory_fails_cleanly);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(store_suite)

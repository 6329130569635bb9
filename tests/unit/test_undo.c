/* Unit tests of the wizard's undo history: typing undone word by word, every kind of change undone
   and redone, the entry state always reachable past the step and byte limits, no redo after a new
   change, and the deep copy of a section. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "undo.h"
#include "unit.h"
#include "util.h"

static struct doc *doc;
static struct undo u;

/* A fresh document and history for each test. */
static void setup(void)
{
  doc = doc_new();
  undo_init(&u);
}

/* Frees them (leaks show under ASan). */
static void teardown(void)
{
  undo_free(&u);
  doc_free(doc);
}

/* True when two possibly NULL strings are equal. */
static bool str_same(const char *a, const char *b)
{
  return a == b || (a && b && strcmp(a, b) == 0);
}

/* True when a and b have equal contents and the same schema. */
static bool section_same(const struct doc_section *a, const struct doc_section *b)
{
  bool same = a->schema == b->schema && str_same(a->clause, b->clause) && a->origin == b->origin &&
              str_same(a->choice, b->choice) && a->nitems == b->nitems &&
              a->not_applicable == b->not_applicable;
  for (int l = 0; same && l < LANG_COUNT; l++)
    same = str_same(a->text[l], b->text[l]);
  for (size_t i = 0; same && i < a->nitems; i++)
    same = str_same(a->items[i], b->items[i]);
  same = same && a->npurposes == b->npurposes;
  for (size_t i = 0; same && i < a->npurposes; i++)
    same = str_same(a->purposes[i].id, b->purposes[i].id) && str_same(a->purposes[i].basis, b->purposes[i].basis) &&
           str_same(a->purposes[i].text[LANG_FI], b->purposes[i].text[LANG_FI]);
  for (int f = 0; same && f < FIELD_COUNT; f++)
    same = str_same(a->field[f], b->field[f]);
  return same;
}

/* A deep copy of s on the heap, to compare against later. */
static struct doc_section *keep(const struct doc_section *s)
{
  struct doc_section *k = calloc(1, sizeof *k);
  doc_section_copy(k, s);
  return k;
}

/* Frees a copy made by keep. */
static void drop(struct doc_section *k)
{
  doc_section_clear(k);
  free(k);
}

/* Types text into s's text in language l the way the wizard does: record, then insert. */
static void type(struct doc_section *s, enum doc_lang l, const char *text)
{
  struct strbuf b = { 0 };
  sb_add(&b, s->text[l]);
  for (size_t i = 0; text[i];) {
    unsigned cp;
    int len = utf8_decode(text + i, strlen(text + i), &cp);
    undo_record_char(&u, s, cp);
    sb_addn(&b, text + i, (size_t)len);
    str_set(&s->text[l], b.s);
    i += (size_t)len;
  }
  sb_free(&b);
}

/* Deletes the last character of s's text in language l, recorded as typing. */
static void backspace(struct doc_section *s, enum doc_lang l)
{
  undo_record(&u, s, UNDO_TYPING);
  size_t n = strlen(s->text[l]);
  while (n > 0 && ((unsigned char)s->text[l][n - 1] & 0xC0) == 0x80)
    n--;
  s->text[l][n > 0 ? n - 1 : 0] = '\0';
}

/* Undoes once, asserting that s's first-language text then reads want. */
static void undo_to(struct doc_section *s, const char *want)
{
  ck_assert(undo_undo(&u, s));
  ck_assert_str_eq(s->text[LANG_FI], want);
}

START_TEST(typing_is_undone_word_by_word)
{
  struct doc_section *s = doc_section(doc, "purposes");
  type(s, LANG_FI, "Hyvä  päivä\nkaikille");
  ck_assert_uint_eq(u.n, 3);
  undo_to(s, "Hyvä  päivä\n");
  undo_to(s, "Hyvä  ");
  undo_to(s, "");
  ck_assert(!undo_can_undo(&u));
  ck_assert(!undo_undo(&u, s));
  ck_assert(undo_redo(&u, s));
  ck_assert(undo_redo(&u, s));
  ck_assert(undo_redo(&u, s));
  ck_assert_str_eq(s->text[LANG_FI], "Hyvä  päivä\nkaikille");
  ck_assert(!undo_can_redo(&u));
  ck_assert(!undo_redo(&u, s));
}
END_TEST

START_TEST(deleting_joins_the_run_and_break_ends_it)
{
  struct doc_section *s = doc_section(doc, "purposes");
  type(s, LANG_FI, "abö");
  backspace(s, LANG_FI);
  type(s, LANG_FI, "c");
  ck_assert_str_eq(s->text[LANG_FI], "abc");
  ck_assert_uint_eq(u.n, 1);
  undo_break(&u); /* the cursor moved */
  type(s, LANG_FI, "d");
  ck_assert_uint_eq(u.n, 2);
  undo_to(s, "abc");
  undo_to(s, "");
}
END_TEST

START_TEST(other_changes_are_steps_of_their_own_and_end_the_run)
{
  struct doc_section *s = doc_section(doc, "transfers");
  type(s, LANG_FI, "ab");
  undo_record(&u, s, UNDO_OTHER);
  str_set(&s->choice, "none");
  undo_record(&u, s, UNDO_OTHER);
  str_set(&s->choice, "adequacy");
  type(s, LANG_FI, "cd");
  ck_assert_uint_eq(u.n, 4);
  undo_to(s, "ab");
  ck_assert_str_eq(s->choice, "adequacy");
  ck_assert(undo_undo(&u, s));
  ck_assert_str_eq(s->choice, "none");
  ck_assert(undo_undo(&u, s));
  ck_assert_ptr_null(s->choice);
  undo_to(s, "");
}
END_TEST

START_TEST(option_changes_are_undone_and_redone)
{
  struct doc_section *s = doc_section(doc, "data_content");
  doc_set_item(s, "name", true);
  str_set(&s->clause, "data_content.basic");
  s->origin = ORIGIN_STOCK;
  struct doc_section *entry = keep(s);
  undo_record(&u, s, UNDO_OTHER);
  doc_set_item(s, "email", true);
  doc_set_item(s, "name", false);
  undo_record(&u, s, UNDO_OTHER);
  s->not_applicable = true;
  undo_record(&u, s, UNDO_OTHER);
  str_set(&s->clause, NULL);
  s->origin = ORIGIN_EDITED;
  struct doc_section *last = keep(s);
  ck_assert(undo_undo(&u, s));
  ck_assert_str_eq(s->clause, "data_content.basic");
  ck_assert_int_eq(s->origin, ORIGIN_STOCK);
  ck_assert(undo_undo(&u, s));
  ck_assert(!s->not_applicable);
  ck_assert(undo_undo(&u, s));
  ck_assert(section_same(s, entry));
  ck_assert_uint_eq(s->nitems, 1);
  ck_assert_str_eq(s->items[0], "name");
  while (undo_redo(&u, s))
    ;
  ck_assert(section_same(s, last));
  drop(entry);
  drop(last);
}
END_TEST

START_TEST(both_languages_and_fields_are_restored)
{
  struct doc_section *s = doc_section(doc, "controller");
  str_set(&s->field[FIELD_NAME], "Äänekosken Öljy Oy");
  str_set(&s->text[LANG_EN], "Old English");
  struct doc_section *entry = keep(s);
  undo_record(&u, s, UNDO_OTHER);
  str_set(&s->field[FIELD_NAME], "Uusi Oy");
  str_set(&s->field[FIELD_EMAIL], "tieto@example.fi");
  type(s, LANG_FI, "Suomeksi");
  undo_break(&u); /* ^K: the other language */
  type(s, LANG_EN, " and more");
  struct doc_section *last = keep(s);
  while (undo_undo(&u, s))
    ;
  ck_assert(section_same(s, entry));
  ck_assert_ptr_null(s->field[FIELD_EMAIL]);
  while (undo_redo(&u, s))
    ;
  ck_assert(section_same(s, last));
  ck_assert_str_eq(s->text[LANG_EN], "Old English and more");
  drop(entry);
  drop(last);
}
END_TEST

START_TEST(entry_state_is_reached_beyond_the_step_limit)
{
  struct doc_section *s = doc_section(doc, "purposes");
  str_set(&s->text[LANG_FI], "alku");
  str_set(&s->text[LANG_EN], "start");
  str_set(&doc_purpose_add(s, "orders", "contract")->text[LANG_FI], "Tilaukset");
  struct doc_section *entry = keep(s);
  for (int i = 0; i < 3 * UNDO_MAX_STEPS; i++) {
    undo_record(&u, s, i % 2 ? UNDO_OTHER : UNDO_TYPING);
    char buf[32];
    snprintf(buf, sizeof buf, "versio %d", i);
    str_set(&s->text[LANG_FI + i % 2], buf);
    if (i % 3 == 0) { /* a purpose added, or its basis changed: rows are part of every step */
      char *id = doc_purpose_new_id(s);
      doc_purpose_add(s, id, "consent");
      free(id);
    } else {
      str_set(&s->purposes[0].basis, i % 2 ? "contract" : "legal_obligation");
    }
    s->not_applicable = i % 5 == 0;
    ck_assert_uint_le(u.n, UNDO_MAX_STEPS);
  }
  struct doc_section *last = keep(s);
  ck_assert_uint_eq(u.n, UNDO_MAX_STEPS);
  size_t undos = 0;
  while (undo_undo(&u, s))
    undos++;
  ck_assert_uint_eq(undos, UNDO_MAX_STEPS);
  ck_assert(section_same(s, entry));
  /* The newest steps survived the limit: one redo gives the last-but-one change back. */
  ck_assert(undo_redo(&u, s));
  ck_assert(!section_same(s, entry));
  while (undo_redo(&u, s))
    ;
  ck_assert(section_same(s, last));
  ck_assert(undo_undo(&u, s));
  ck_assert_str_eq(s->text[LANG_EN], "versio 1497");
  drop(entry);
  drop(last);
}
END_TEST

START_TEST(entry_state_is_reached_beyond_the_byte_limit)
{
  struct doc_section *s = doc_section(doc, "purposes");
  str_set(&s->text[LANG_FI], "alku");
  struct doc_section *entry = keep(s);
  size_t big = 1024 * 1024;
  char *text = xmalloc(big + 1);
  for (int i = 0; i < 80; i++) { /* 80 MiB of snapshots unless the limit works */
    undo_record(&u, s, UNDO_OTHER);
    memset(text, 'a' + i % 26, big);
    text[big] = '\0';
    str_set(&s->text[LANG_FI], text);
    ck_assert_uint_le(u.bytes, UNDO_MAX_BYTES);
  }
  free(text);
  ck_assert_uint_lt(u.n, 40);
  ck_assert(undo_undo(&u, s));
  ck_assert_int_eq(s->text[LANG_FI][0], 'a' + 78 % 26);
  while (undo_undo(&u, s))
    ;
  ck_assert(section_same(s, entry));
  drop(entry);
}
END_TEST

START_TEST(a_change_after_undo_drops_redo)
{
  struct doc_section *s = doc_section(doc, "purposes");
  type(s, LANG_FI, "yksi kaksi kolme");
  ck_assert_uint_eq(u.n, 3);
  undo_to(s, "yksi kaksi ");
  undo_to(s, "yksi ");
  ck_assert(undo_can_redo(&u));
  type(s, LANG_FI, "neljä");
  ck_assert(!undo_can_redo(&u));
  ck_assert(!undo_redo(&u, s));
  ck_assert_uint_eq(u.n, 2);
  undo_to(s, "yksi ");
  undo_to(s, "");
  ck_assert(undo_redo(&u, s));
  ck_assert(undo_redo(&u, s));
  ck_assert_str_eq(s->text[LANG_FI], "yksi neljä");
}
END_TEST

START_TEST(undo_after_redo_round_trips)
{
  struct doc_section *s = doc_section(doc, "purposes");
  type(s, LANG_FI, "a b c");
  for (int round = 0; round < 3; round++) {
    undo_to(s, "a b ");
    undo_to(s, "a ");
    ck_assert(undo_redo(&u, s));
    ck_assert_str_eq(s->text[LANG_FI], "a b ");
    ck_assert(undo_redo(&u, s));
    ck_assert_str_eq(s->text[LANG_FI], "a b c");
  }
  /* Typing after an undo starts a new run even in the middle of a word. */
  undo_to(s, "a b ");
  type(s, LANG_FI, "d");
  type(s, LANG_FI, "e");
  undo_to(s, "a b ");
}
END_TEST

START_TEST(another_section_starts_a_new_history)
{
  struct doc_section *a = doc_section(doc, "purposes");
  struct doc_section *b = doc_section(doc, "controller");
  type(a, LANG_FI, "aa bb");
  undo_record(&u, b, UNDO_OTHER);
  str_set(&b->field[FIELD_NAME], "Oy");
  ck_assert_uint_eq(u.n, 1);
  ck_assert(!undo_undo(&u, a));
  ck_assert_str_eq(a->text[LANG_FI], "aa bb");
  ck_assert(undo_undo(&u, b));
  ck_assert_ptr_null(b->field[FIELD_NAME]);
  ck_assert(!undo_redo(&u, a));
  undo_clear(&u);
  ck_assert(!undo_can_undo(&u) && !undo_can_redo(&u));
  ck_assert_uint_eq(u.n, 0);
}
END_TEST

START_TEST(section_copy_is_deep_and_clear_keeps_the_schema)
{
  struct doc_section *s = doc_section(doc, "data_content");
  doc_set_item(s, "name", true);
  str_set(&s->choice, "x");
  struct doc_section c = { 0 };
  doc_section_copy(&c, s);
  ck_assert(section_same(&c, s));
  ck_assert_ptr_ne(c.items, s->items);
  ck_assert_ptr_ne(c.items[0], s->items[0]);
  ck_assert_ptr_ne(c.text[LANG_FI], s->text[LANG_FI]);
  doc_set_item(s, "name", false);
  ck_assert_str_eq(c.items[0], "name");
  doc_section_copy(&c, s); /* over an existing copy: the old contents are freed */
  ck_assert_uint_eq(c.nitems, 0);
  doc_section_copy(&c, &c);
  ck_assert(section_same(&c, s));
  doc_section_clear(&c);
  ck_assert_ptr_eq(c.schema, s->schema);
  ck_assert_ptr_null(c.text[LANG_FI]);
  ck_assert_ptr_null(c.choice);
  doc_section_clear(&c);
}
END_TEST

/* The suite of undo tests. */
static Suite *undo_suite(void)
{
  Suite *s = suite_create("undo");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 60);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, typing_is_undone_word_by_word);
  tcase_add_test(tc, deleting_joins_the_run_and_break_ends_it);
  tcase_add_test(tc, other_changes_are_steps_of_their_own_and_end_the_run);
  tcase_add_test(tc, option_changes_are_undone_and_redone);
  tcase_add_test(tc, both_languages_and_fields_are_restored);
  tcase_add_test(tc, entry_state_is_reached_beyond_the_step_limit);
  tcase_add_test(tc, entry_state_is_reached_beyond_the_byte_limit);
  tcase_add_test(tc, a_change_after_undo_drops_redo);
  tcase_add_test(tc, undo_after_redo_round_trips);
  tcase_add_test(tc, another_section_starts_a_new_history);
  tcase_add_test(tc, section_copy_is_deep_and_clear_keeps_the_schema);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(undo_suite)

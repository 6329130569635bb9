/* Unit tests of recovery files and of noticing a document changed on disk. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "recovery.h"
#include "store.h"

static char dir[64], doc_path[128];

/* A fresh directory per test. */
static void setup(void)
{
  strcpy(dir, "/tmp/seloste-rec-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  snprintf(doc_path, sizeof doc_path, "%s/a.seloste", dir);
}

/* Removes the test directory. */
static void teardown(void)
{
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

/* A small valid document with an edited paragraph. */
static struct doc *sample_doc(const char *text)
{
  struct doc *d = doc_new();
  str_set(&d->created, "2026-01-02");
  str_set(&d->modified, "2026-01-03");
  d->lang_enabled[LANG_FI] = true;
  struct doc_section *s = doc_section(d, "purposes");
  str_set(&s->text[LANG_FI], text);
  s->origin = ORIGIN_EDITED;
  return d;
}

START_TEST(write_load_remove)
{
  struct doc *d = sample_doc("Käsittelemme tietoja äöå € ja \"lainaus\".\n\nToinen kappale.");
  struct strbuf err = { 0 };
  time_t before = time(NULL), saved = 0;
  ck_assert(!recovery_exists(doc_path, NULL));
  ck_assert_msg(recovery_write(d, doc_path, &err), "%s", err.s);
  ck_assert(recovery_exists(doc_path, &saved));
  ck_assert(saved >= before - 1 && saved <= time(NULL) + 1);
  char *path = recovery_path(doc_path);
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq(st.st_mode & 077, 0); /* private: it may hold half-written personal data */
  struct doc *back = recovery_load(doc_path, &err);
  ck_assert_msg(back != NULL, "%s", err.s);
  ck_assert_str_eq(doc_section(back, "purposes")->text[LANG_FI], doc_section(d, "purposes")->text[LANG_FI]);
  ck_assert_int_eq(doc_section(back, "purposes")->origin, ORIGIN_EDITED);
  recovery_remove(doc_path);
  ck_assert(!recovery_exists(doc_path, NULL));
  ck_assert_int_ne(access(path, F_OK), 0);
  free(path);
  doc_free(d);
  doc_free(back);
  sb_free(&err);
}
END_TEST

START_TEST(due_after_the_delay_only)
{
  ck_assert(!recovery_due(0, 1000));
  ck_assert(!recovery_due(1000, 1000));
  ck_assert(!recovery_due(1000, 1000 + RECOVERY_DELAY - 1));
  ck_assert(recovery_due(1000, 1000 + RECOVERY_DELAY));
}
END_TEST

START_TEST(filestamp_notices_changes)
{
  struct filestamp fs;
  filestamp_take(doc_path, &fs);
  ck_assert(!fs.exists);
  ck_assert(filestamp_unchanged(doc_path, &fs));
  FILE *fp = fopen(doc_path, "w");
  fputs("a", fp);
  fclose(fp);
  ck_assert(!filestamp_unchanged(doc_path, &fs)); /* created meanwhile */
  filestamp_take(doc_path, &fs);
  ck_assert(filestamp_unchanged(doc_path, &fs));
  fp = fopen(doc_path, "a");
  fputs("b", fp);
  fclose(fp);
  ck_assert(!filestamp_unchanged(doc_path, &fs)); /* edited by someone else */
  filestamp_take(doc_path, &fs);
  char other[160];
  snprintf(other, sizeof other, "%s.new", doc_path);
  fp = fopen(other, "w");
  fputs("ab", fp);
  fclose(fp);
  ck_assert_int_eq(rename(other, doc_path), 0);
  ck_assert(!filestamp_unchanged(doc_path, &fs)); /* replaced atomically, same size */
}
END_TEST

/* The suite of recovery tests. */
static Suite *recovery_suite(void)
{
  Suite *s = suite_create("recovery");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, write_load_remove);
  tcase_add_test(tc, due_after_the_delay_only);
  tcase_add_test(tc, filestamp_notices_changes);
  suite_add_tcase(s, tc);
  return s;
}

int main(void)
{
  setlocale(LC_ALL, "C.UTF-8");
  SRunner *sr = srunner_create(recovery_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Unit tests of recovery files and of noticing a document changed on disk. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>
#include "atomicfile.h"
#include "recovery.h"
#include "safefile.h"
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

START_TEST(due_by_the_clock_in_milliseconds)
{
  ck_assert_int_eq(recovery_wait_ms(0, 0, 5000), -1); /* nothing pending */
  /* one key, then nothing: written once typing has paused for RECOVERY_IDLE_MS */
  ck_assert_int_eq(recovery_wait_ms(1000, 1000, 1000), RECOVERY_IDLE_MS);
  ck_assert_int_eq(recovery_wait_ms(1000, 1000, 1000 + RECOVERY_IDLE_MS - 1), 1);
  ck_assert_int_eq(recovery_wait_ms(1000, 1000, 1000 + RECOVERY_IDLE_MS), 0);
  /* keys keep coming: at the latest RECOVERY_MAX_AGE_MS after the oldest one not in the file */
  ck_assert_int_eq(recovery_wait_ms(1000, 2400, 2400), 1000 + RECOVERY_MAX_AGE_MS - 2400);
  ck_assert_int_eq(recovery_wait_ms(1000, 2400, 1000 + RECOVERY_MAX_AGE_MS), 0);
  ck_assert_int_eq(recovery_wait_ms(1000, 9000, 9000), 0);
  /* the promise: every key older than 2 s is in the file, with time left to write it */
  ck_assert(RECOVERY_MAX_AGE_MS <= 1600 && RECOVERY_IDLE_MS <= RECOVERY_MAX_AGE_MS);
  long long a = recovery_clock_ms();
  usleep(20000);
  long long b = recovery_clock_ms();
  ck_assert(a > 0 && b - a >= 20 && b - a < 1000);
}
END_TEST

/* Writes text to path. */
static void put_file(const char *path, const char *text)
{
  FILE *fp = fopen(path, "w");
  ck_assert_ptr_nonnull(fp);
  fputs(text, fp);
  fclose(fp);
}

/* True when path holds exactly text. */
static bool file_is(const char *path, const char *text)
{
  char buf[256] = "";
  FILE *fp = fopen(path, "r");
  if (!fp)
    return false;
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = '\0';
  return strcmp(buf, text) == 0;
}

START_TEST(link_planted_as_recovery_is_neither_written_nor_read)
{
  char theirs[160];
  snprintf(theirs, sizeof theirs, "%s/theirs", dir);
  put_file(theirs, "THEIRS\n");
  char *path = recovery_path(doc_path);
  ck_assert_int_eq(symlink(theirs, path), 0);
  struct doc *d = sample_doc("Salainen keskeneräinen teksti.");
  struct strbuf err = { 0 }, why = { 0 };
  ck_assert(!recovery_write(d, doc_path, &err));
  ck_assert_ptr_nonnull(strstr(err.s, path));
  ck_assert(file_is(theirs, "THEIRS\n"));
  struct stat st;
  ck_assert_int_eq(lstat(path, &st), 0);
  ck_assert(S_ISLNK(st.st_mode)); /* still the link: nothing renamed over it either */
  ck_assert_int_eq(recovery_state(doc_path, NULL, &why), RECOVERY_FOREIGN);
  ck_assert_ptr_nonnull(strstr(why.s, path));
  ck_assert(!recovery_exists(doc_path, NULL));
  /* even a link to a valid recovery file of the user's own is not read */
  ck_assert_int_eq(unlink(path), 0);
  ck_assert(recovery_write(d, theirs, &err));
  char *real = recovery_path(theirs);
  ck_assert_int_eq(symlink(real, path), 0);
  sb_free(&err);
  ck_assert_ptr_null(recovery_load(doc_path, &err));
  ck_assert_ptr_nonnull(strstr(err.s, "symbolic link"));
  recovery_remove(doc_path);
  ck_assert_int_eq(access(real, F_OK), 0);
  free(real);
  free(path);
  doc_free(d);
  sb_free(&err);
  sb_free(&why);
}
END_TEST

START_TEST(fifo_as_recovery_does_not_hang)
{
  char *path = recovery_path(doc_path);
  ck_assert_int_eq(mkfifo(path, 0600), 0);
  struct strbuf err = { 0 };
  ck_assert_int_eq(recovery_state(doc_path, NULL, NULL), RECOVERY_FOREIGN);
  ck_assert_ptr_null(recovery_load(doc_path, &err));
  struct doc *d = sample_doc("x");
  ck_assert(!recovery_write(d, doc_path, &err));
  struct stat st;
  ck_assert_int_eq(lstat(path, &st), 0);
  ck_assert(S_ISFIFO(st.st_mode));
  doc_free(d);
  free(path);
  sb_free(&err);
}
END_TEST

START_TEST(someone_elses_recovery_is_not_offered_nor_overwritten)
{
  if (geteuid() != 0)
    return; /* needs root to give a file away */
  char *path = recovery_path(doc_path);
  struct doc *planted = sample_doc("Istutettu teksti.");
  struct strbuf err = { 0 }, why = { 0 };
  ck_assert(recovery_write(planted, doc_path, &err));
  ck_assert_int_eq(chown(path, 65534, 65534), 0);
  ck_assert(!recovery_exists(doc_path, NULL));
  ck_assert_int_eq(recovery_state(doc_path, NULL, &why), RECOVERY_FOREIGN);
  ck_assert_ptr_nonnull(strstr(why.s, path));
  ck_assert_ptr_null(strstr(why.s, "%")); /* formatted, with the owner's name or number */
  ck_assert_ptr_null(recovery_load(doc_path, &err));
  struct doc *mine = sample_doc("Pääkäyttäjän salainen teksti.");
  ck_assert(!recovery_write(mine, doc_path, &err));
  recovery_remove(doc_path);
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq(st.st_uid, 65534);
  FILE *fp = fopen(path, "r");
  char buf[4096];
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = '\0';
  ck_assert_ptr_null(strstr(buf, "salainen"));
  doc_free(planted);
  doc_free(mine);
  free(path);
  sb_free(&err);
  sb_free(&why);
}
END_TEST

START_TEST(failed_write_leaves_no_empty_recovery_file)
{
  signal(SIGXFSZ, SIG_IGN);
  struct rlimit old, small;
  ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
  small = old;
  small.rlim_cur = 64; /* like a full disk: every write past 64 bytes fails */
  ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
  struct doc *d = sample_doc("Tämä ei mahdu levylle.");
  struct strbuf err = { 0 };
  bool wrote = recovery_write(d, doc_path, &err);
  ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &old), 0);
  ck_assert(!wrote);
  char *path = recovery_path(doc_path);
  ck_assert_int_ne(access(path, F_OK), 0);
  ck_assert_int_eq(recovery_state(doc_path, NULL, NULL), RECOVERY_NONE);
  free(path);
  doc_free(d);
  sb_free(&err);
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

START_TEST(set_aside_never_replaces_an_earlier_copy)
{
  char rec[160], one[170], two[170];
  snprintf(rec, sizeof rec, "%s.recovery", doc_path);
  snprintf(one, sizeof one, "%s.1", rec);
  snprintf(two, sizeof two, "%s.2", rec);
  struct strbuf err = { 0 };
  struct doc *d = sample_doc("ensimmäinen");
  ck_assert(recovery_write(d, doc_path, &err));
  char *aside = recovery_set_aside(doc_path, &err);
  ck_assert_str_eq(aside, one);
  free(aside);
  ck_assert_int_ne(access(rec, F_OK), 0);
  doc_free(d);
  d = sample_doc("toinen");
  ck_assert(recovery_write(d, doc_path, &err));
  aside = recovery_set_aside(doc_path, &err);
  ck_assert_str_eq(aside, two);
  free(aside);
  struct strbuf why = { 0 };
  struct doc *first = safefile_load_doc(one, true, &why);
  ck_assert_ptr_nonnull(first);
  doc_free(first);
  ck_assert_ptr_null(recovery_set_aside(doc_path, &err)); /* nothing left to keep */
  ck_assert(err.len > 0);
  doc_free(d);
  sb_free(&err);
  sb_free(&why);
}
END_TEST

START_TEST(recovery_older_than_the_saved_file_is_told)
{
  char rec[160];
  snprintf(rec, sizeof rec, "%s.recovery", doc_path);
  struct strbuf err = { 0 };
  struct doc *d = sample_doc("teksti");
  ck_assert(store_save(d, doc_path, ATOMIC_DEFAULT, &err));
  ck_assert(recovery_write(d, doc_path, &err));
  time_t r, f;
  struct timespec t[2] = { { 1700000000, 0 }, { 1700000000, 0 } };
  ck_assert_int_eq(utimensat(AT_FDCWD, doc_path, t, 0), 0);
  ck_assert(!recovery_is_older(doc_path, &r, &f)); /* written after the save: the usual case */
  t[0].tv_sec = t[1].tv_sec = 1700001800;
  ck_assert_int_eq(utimensat(AT_FDCWD, doc_path, t, 0), 0);
  t[0].tv_sec = t[1].tv_sec = 1700000060;
  ck_assert_int_eq(utimensat(AT_FDCWD, rec, t, 0), 0);
  ck_assert(recovery_is_older(doc_path, &r, &f));
  ck_assert_int_eq((long)r, 1700000060L);
  ck_assert_int_eq((long)f, 1700001800L);
  doc_free(d);
  sb_free(&err);
}
END_TEST

/* The suite of recovery tests. */
static Suite *recovery_suite(void)
{
  Suite *s = suite_create("recovery");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, write_load_remove);
  tcase_add_test(tc, due_by_the_clock_in_milliseconds);
  tcase_add_test(tc, link_planted_as_recovery_is_neither_written_nor_read);
  tcase_add_test(tc, fifo_as_recovery_does_not_hang);
  tcase_add_test(tc, someone_elses_recovery_is_not_offered_nor_overwritten);
  tcase_add_test(tc, failed_write_leaves_no_empty_recovery_file);
  tcase_add_test(tc, filestamp_notices_changes);
  tcase_add_test(tc, set_aside_never_replaces_an_earlier_copy);
  tcase_add_test(tc, recovery_older_than_the_saved_file_is_told);
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

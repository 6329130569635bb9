/* Unit tests of lock files: taking, refusing, clearing stale locks, releasing. */
#include "config.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lock.h"

static char dir[64], doc_path[128], lock_file[160];

/* A fresh directory per test. */
static void setup(void)
{
  strcpy(dir, "/tmp/seloste-lock-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  snprintf(doc_path, sizeof doc_path, "%s/a.seloste", dir);
  snprintf(lock_file, sizeof lock_file, "%s.lock", doc_path);
}

/* Removes the test directory. */
static void teardown(void)
{
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

/* Writes a lock file as if held by user on host, process pid, since the given time. */
static void fake_lock_as(const char *user, long pid, const char *host, long long since)
{
  FILE *fp = fopen(lock_file, "w");
  ck_assert_ptr_nonnull(fp);
  fprintf(fp, "user=%s\nhost=%s\npid=%ld\nsince=%lld\n", user, host, pid, since);
  fclose(fp);
}

/* Writes a lock file as if held by maija's pid on host, taken a second ago. */
static void fake_lock(long pid, const char *host)
{
  fake_lock_as("maija", pid, host, (long long)time(NULL) - 1);
}

/* A child that runs until killed, in a session of its own (no controlling terminal) when
   own_session; returns once it is set up. */
static pid_t live_child(bool own_session)
{
  int p[2];
  ck_assert_int_eq(pipe(p), 0);
  pid_t pid = fork();
  if (pid == 0) {
    if (own_session)
      setsid();
    close(p[0]);
    close(p[1]); /* the parent's read returns: set up */
    for (;;)
      pause();
  }
  close(p[1]);
  char c;
  ck_assert_int_eq(read(p[0], &c, 1), 0);
  close(p[0]);
  return pid;
}

/* Stops a child of live_child. */
static void end_child(pid_t pid)
{
  kill(pid, SIGKILL);
  waitpid(pid, NULL, 0);
}

/* The pid of a child that has already exited: a process that surely no longer runs. */
static long dead_pid(void)
{
  pid_t p = fork();
  if (p == 0)
    _exit(0);
  waitpid(p, NULL, 0);
  return (long)p;
}

START_TEST(take_and_release)
{
  struct lock_info who;
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  struct lock_info info, me;
  ck_assert(lock_read(lock_file, &info));
  lock_self(&me);
  ck_assert_int_eq(info.pid, (long)getpid());
  ck_assert_str_eq(info.host, me.host);
  ck_assert_str_eq(info.user, me.user);
  ck_assert(info.since > 0);
  lock_release(doc_path);
  ck_assert_int_ne(access(lock_file, F_OK), 0);
  sb_free(&err);
}
END_TEST

START_TEST(live_lock_is_reported_with_its_holder)
{
  struct lock_info me, who;
  lock_self(&me);
  long long since = (long long)time(NULL);
  fake_lock_as("maija", (long)getppid(), me.host, since); /* our parent runs: a live lock */
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_str_eq(who.user, "maija");
  ck_assert_int_eq(who.pid, (long)getppid());
  ck_assert_int_eq((long long)who.since, since);
  lock_release(doc_path); /* not ours: must stay */
  ck_assert_int_eq(access(lock_file, F_OK), 0);
  sb_free(&err);
}
END_TEST

START_TEST(stale_lock_on_this_host_is_cleared)
{
  struct lock_info me, who;
  lock_self(&me);
  fake_lock(dead_pid(), me.host);
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  struct lock_info info;
  ck_assert(lock_read(lock_file, &info));
  ck_assert_int_eq(info.pid, (long)getpid());
  sb_free(&err);
}
END_TEST

START_TEST(lock_from_another_host_is_never_stale)
{
  struct lock_info who;
  fake_lock(dead_pid(), "some-other-host.example");
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_str_eq(who.host, "some-other-host.example");
  sb_free(&err);
}
END_TEST

START_TEST(unwritable_directory_fails_with_a_reason)
{
  struct lock_info who;
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire("/nonexistent-dir/x.seloste", &who, &err), LOCK_FAILED);
  ck_assert_ptr_nonnull(strstr(err.s, "/nonexistent-dir/x.seloste.lock"));
  sb_free(&err);
}
END_TEST

START_TEST(lock_file_is_readable_text_mode_0644)
{
  struct lock_info who;
  struct strbuf err = { 0 };
  mode_t old = umask(022);
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  umask(old);
  struct stat st;
  ck_assert_int_eq(lstat(lock_file, &st), 0);
  ck_assert(S_ISREG(st.st_mode));
  ck_assert_int_eq(st.st_mode & 07777, 0644);
  ck_assert_int_eq(st.st_uid, geteuid());
  char buf[512] = "", want[64];
  FILE *fp = fopen(lock_file, "r");
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = '\0';
  snprintf(want, sizeof want, "\npid=%ld\nsince=", (long)getpid());
  ck_assert_ptr_nonnull(strstr(buf, want));
  ck_assert(strncmp(buf, "user=", 5) == 0);
  lock_release(doc_path);
  sb_free(&err);
}
END_TEST

START_TEST(symlink_as_lock_is_foreign_and_not_followed)
{
  char theirs[160];
  snprintf(theirs, sizeof theirs, "%s/theirs", dir);
  struct lock_info me, who;
  lock_self(&me);
  FILE *fp = fopen(theirs, "w");
  fprintf(fp, "user=maija\nhost=%s\npid=%ld\nsince=1700000000\n", me.host, (long)getppid());
  fclose(fp);
  ck_assert_int_eq(symlink(theirs, lock_file), 0);
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_FAILED);
  ck_assert_ptr_nonnull(strstr(err.s, lock_file));
  ck_assert_ptr_nonnull(strstr(err.s, "symbolic link"));
  ck_assert(!lock_read(lock_file, &who));
  struct stat st;
  ck_assert_int_eq(lstat(lock_file, &st), 0);
  ck_assert(S_ISLNK(st.st_mode));
  ck_assert_int_eq(stat(theirs, &st), 0);
  sb_free(&err);
}
END_TEST

START_TEST(fifo_as_lock_does_not_hang)
{
  ck_assert_int_eq(mkfifo(lock_file, 0666), 0);
  alarm(5); /* today's code would block here for ever, opening the FIFO */
  struct lock_info who;
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_FAILED);
  alarm(0);
  ck_assert_ptr_nonnull(strstr(err.s, lock_file));
  lock_release(doc_path);
  struct stat st;
  ck_assert_int_eq(lstat(lock_file, &st), 0);
  ck_assert(S_ISFIFO(st.st_mode));
  sb_free(&err);
}
END_TEST

START_TEST(reused_pid_is_stale)
{
  struct lock_info me, who;
  lock_self(&me);
  pid_t child = live_child(false); /* runs, but started an hour after the lock was taken */
  fake_lock_as(me.user, (long)child, me.host, (long long)time(NULL) - 3600);
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  struct lock_info info;
  ck_assert(lock_read(lock_file, &info));
  ck_assert_int_eq(info.pid, (long)getpid());
  end_child(child);
  sb_free(&err);
}
END_TEST

START_TEST(lock_without_time_is_not_judged_by_start_time)
{
  struct lock_info me, who;
  lock_self(&me);
  pid_t child = live_child(false);
  fake_lock_as(me.user, (long)child, me.host, 0);
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_int_ne(lock_holder_state(&who), LOCK_HOLDER_GONE);
  end_child(child);
  sb_free(&err);
}
END_TEST

START_TEST(holder_without_terminal_is_orphaned)
{
  struct lock_info me, who;
  lock_self(&me);
  pid_t child = live_child(true);
  fake_lock_as(me.user, (long)child, me.host, (long long)time(NULL));
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_int_eq(lock_holder_state(&who), LOCK_HOLDER_ORPHANED);
  fake_lock_as("someone-else", (long)child, me.host, (long long)time(NULL)); /* not this user's */
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_int_eq(lock_holder_state(&who), LOCK_HOLDER_RUNNING);
  end_child(child);
  sb_free(&err);
}
END_TEST

START_TEST(other_host_and_empty_locks_are_told_apart)
{
  struct lock_info who;
  struct strbuf err = { 0 };
  fake_lock(4242, "some-other-host.example");
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_int_eq(lock_holder_state(&who), LOCK_HOLDER_OTHER_HOST);
  FILE *fp = fopen(lock_file, "w");
  fclose(fp);
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  ck_assert_int_eq(lock_holder_state(&who), LOCK_HOLDER_EMPTY);
  struct lock_info now;
  ck_assert_int_eq(lock_take_over(doc_path, &who, &now, &err), LOCK_TAKEN);
  ck_assert(lock_read(lock_file, &now));
  ck_assert_int_eq(now.pid, (long)getpid());
  sb_free(&err);
}
END_TEST

START_TEST(take_over_only_replaces_the_lock_it_was_shown)
{
  struct lock_info who, now;
  struct strbuf err = { 0 };
  fake_lock(4242, "some-other-host.example");
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_HELD);
  fake_lock(4343, "third-host.example"); /* someone else came meanwhile */
  ck_assert_int_eq(lock_take_over(doc_path, &who, &now, &err), LOCK_HELD);
  ck_assert_int_eq(now.pid, 4343);
  ck_assert(lock_read(lock_file, &now));
  ck_assert_int_eq(now.pid, 4343);
  ck_assert_int_eq(lock_take_over(doc_path, &now, &who, &err), LOCK_TAKEN);
  ck_assert(lock_read(lock_file, &now));
  ck_assert_int_eq(now.pid, (long)getpid());
  lock_release(doc_path);
  ck_assert_int_ne(access(lock_file, F_OK), 0);
  sb_free(&err);
}
END_TEST

START_TEST(still_ours_tells_ours_taken_over_and_gone)
{
  struct lock_info who, now;
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  ck_assert_int_eq(lock_still_ours(doc_path, &now, &err), LOCK_OWNER_OURS);
  ck_assert_int_eq(now.pid, (long)getpid());
  fake_lock(4242, "some-other-host.example"); /* another session chose "edit anyway" */
  ck_assert_int_eq(lock_still_ours(doc_path, &now, &err), LOCK_OWNER_OTHER);
  ck_assert_int_eq(now.pid, 4242);
  ck_assert_str_eq(now.user, "maija");
  ck_assert_str_eq(now.host, "some-other-host.example");
  FILE *fp = fopen(lock_file, "w"); /* being written right now */
  fclose(fp);
  ck_assert_int_eq(lock_still_ours(doc_path, &now, &err), LOCK_OWNER_OTHER);
  ck_assert_int_eq(now.pid, 0);
  ck_assert_int_eq(unlink(lock_file), 0);
  ck_assert_int_eq(lock_still_ours(doc_path, &now, &err), LOCK_OWNER_GONE);
  ck_assert_int_eq(symlink("/nonexistent", lock_file), 0);
  ck_assert_int_eq(lock_still_ours(doc_path, &now, &err), LOCK_OWNER_FAILED);
  ck_assert_ptr_nonnull(strstr(err.s, "symbolic link"));
  sb_free(&err);
}
END_TEST

START_TEST(a_lock_rewritten_with_our_pid_is_not_ours)
{
  struct lock_info who, now, me;
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  lock_self(&me);
  /* the same pid and host but not what this process wrote: a leftover of a reused pid put back */
  fake_lock_as(me.user, (long)getpid(), me.host, 1000000000);
  ck_assert_int_eq(lock_still_ours(doc_path, &now, &err), LOCK_OWNER_OTHER);
  lock_release(doc_path);
  ck_assert_int_eq(access(lock_file, F_OK), 0);
  ck_assert(lock_read(lock_file, &now));
  ck_assert_int_eq((long long)now.since, 1000000000);
  sb_free(&err);
}
END_TEST

START_TEST(release_after_a_take_over_keeps_the_new_holder)
{
  struct lock_info who, now;
  struct strbuf err = { 0 };
  ck_assert_int_eq(lock_acquire(doc_path, &who, &err), LOCK_TAKEN);
  fake_lock(4242, "some-other-host.example");
  lock_release(doc_path);
  ck_assert(lock_read(lock_file, &now));
  ck_assert_int_eq(now.pid, 4242);
  sb_free(&err);
}
END_TEST

/* The suite of lock tests. */
static Suite *lock_suite(void)
{
  Suite *s = suite_create("lock");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, take_and_release);
  tcase_add_test(tc, live_lock_is_reported_with_its_holder);
  tcase_add_test(tc, stale_lock_on_this_host_is_cleared);
  tcase_add_test(tc, lock_from_another_host_is_never_stale);
  tcase_add_test(tc, unwritable_directory_fails_with_a_reason);
  tcase_add_test(tc, lock_file_is_readable_text_mode_0644);
  tcase_add_test(tc, symlink_as_lock_is_foreign_and_not_followed);
  tcase_add_test(tc, fifo_as_lock_does_not_hang);
  tcase_add_test(tc, reused_pid_is_stale);
  tcase_add_test(tc, lock_without_time_is_not_judged_by_start_time);
  tcase_add_test(tc, holder_without_terminal_is_orphaned);
  tcase_add_test(tc, other_host_and_empty_locks_are_told_apart);
  tcase_add_test(tc, take_over_only_replaces_the_lock_it_was_shown);
  tcase_add_test(tc, still_ours_tells_ours_taken_over_and_gone);
  tcase_add_test(tc, a_lock_rewritten_with_our_pid_is_not_ours);
  tcase_add_test(tc, release_after_a_take_over_keeps_the_new_holder);
  suite_add_tcase(s, tc);
  return s;
}

int main(void)
{
  SRunner *sr = srunner_create(lock_suite());
  srunner_set_fork_status(sr, CK_NOFORK); /* the lock must belong to this process */
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

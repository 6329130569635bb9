/* Unit tests of atomic_write's flags and of what it keeps: links, owners, temp files, failures. */
#include "config.h"

#include <fcntl.h>
#include <sys/file.h>
#include "atomicfile.h"
#include "unit.h"

/* atomic_write callback: writes the string ctx. */
static bool put(FILE *fp, void *ctx)
{
  return fputs(ctx, fp) >= 0;
}

/* atomic_write callback that fails after writing a little. */
static bool broken(FILE *fp, void *ctx)
{
  (void)ctx;
  fputs("half", fp);
  return false;
}

/* The file's whole content as a static string (fixtures are small). */
static const char *slurp(const char *path)
{
  static char buf[256];
  FILE *fp = fopen(path, "r");
  ck_assert_ptr_nonnull(fp);
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  buf[n] = '\0';
  fclose(fp);
  return buf;
}

/* Writes text to path with atomic_write; returns its result, err freed (printed on failure). */
static bool save(const char *path, const char *text, unsigned flags, char **msg)
{
  struct strbuf err = { 0 };
  bool ok = atomic_write(path, put, (void *)text, flags, &err);
  *msg = sb_take(&err);
  return ok;
}

START_TEST(no_links_refuses_a_link_and_writes_a_file)
{
  char *d = unit_tempdir(), path[96], link[96], *msg;
  snprintf(path, sizeof path, "%s/f", d);
  snprintf(link, sizeof link, "%s/l", d);
  unit_write_file(path, "old");
  ck_assert_int_eq(symlink("f", link), 0);
  ck_assert(!save(link, "new", ATOMIC_NO_LINKS, &msg));
  ck_assert_msg(strstr(msg, "is a symbolic link") != NULL, "%s", msg);
  ck_assert_str_eq(slurp(path), "old");
  free(msg);
  ck_assert(save(path, "new", ATOMIC_NO_LINKS, &msg));
  ck_assert_str_eq(slurp(path), "new");
  free(msg);
}
END_TEST

START_TEST(private_is_0600_and_never_written_through_a_link)
{
  char *d = unit_tempdir(), path[96], other[96], *msg;
  snprintf(path, sizeof path, "%s/r", d);
  snprintf(other, sizeof other, "%s/o", d);
  mode_t old = umask(0);
  ck_assert(save(path, "one", ATOMIC_PRIVATE, &msg));
  umask(old);
  free(msg);
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq(st.st_mode & 07777, 0600);
  /* a hard link to it: the private file is replaced, the other name keeps the old text */
  ck_assert_int_eq(link(path, other), 0);
  ck_assert(save(path, "two", ATOMIC_PRIVATE, &msg));
  free(msg);
  ck_assert_str_eq(slurp(path), "two");
  ck_assert_str_eq(slurp(other), "one");
  /* a link of one's own is not followed either */
  ck_assert_int_eq(unlink(path), 0);
  ck_assert_int_eq(symlink("o", path), 0);
  ck_assert(!save(path, "three", ATOMIC_PRIVATE, &msg));
  ck_assert_msg(strstr(msg, "is not a file of yours") != NULL, "%s", msg);
  free(msg);
  ck_assert_str_eq(slurp(other), "one");
}
END_TEST

START_TEST(private_refuses_what_is_not_a_regular_file_of_the_user)
{
  char *d = unit_tempdir(), path[96], *msg;
  snprintf(path, sizeof path, "%s/fifo", d);
  ck_assert_int_eq(mkfifo(path, 0600), 0);
  ck_assert(!save(path, "x", ATOMIC_PRIVATE, &msg));
  ck_assert_msg(strstr(msg, "is not a file of yours") != NULL, "%s", msg);
  free(msg);
  if (geteuid() != 0)
    return;
  snprintf(path, sizeof path, "%s/theirs", d);
  unit_write_file(path, "theirs");
  ck_assert_int_eq(chown(path, 65534, 65534), 0);
  ck_assert(!save(path, "x", ATOMIC_PRIVATE, &msg));
  free(msg);
  ck_assert_str_eq(slurp(path), "theirs");
}
END_TEST

START_TEST(a_failing_writer_touches_nothing)
{
  char *d = unit_tempdir(), path[96];
  snprintf(path, sizeof path, "%s/h", d);
  unit_write_file(path, "old");
  struct strbuf err = { 0 };
  ck_assert(!atomic_write(path, broken, NULL, ATOMIC_DEFAULT, &err));
  ck_assert_msg(strstr(err.s, "the previous version of the file is kept") != NULL, "%s", err.s);
  sb_free(&err);
  ck_assert_str_eq(slurp(path), "old");
  char cmd[128];
  snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) -eq 1", d);
  ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(hard_links_are_written_in_place)
{
  char *d = unit_tempdir(), path[96], other[96], *msg;
  snprintf(path, sizeof path, "%s/a", d);
  snprintf(other, sizeof other, "%s/b", d);
  unit_write_file(path, "a much longer old text");
  ck_assert_int_eq(link(path, other), 0);
  ck_assert(save(path, "short", ATOMIC_DEFAULT, &msg));
  free(msg);
  ck_assert_str_eq(slurp(other), "short");
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq(st.st_nlink, 2);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) -eq 2", d);
  ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(stale_temps_go_but_locked_ones_stay)
{
  char *d = unit_tempdir(), path[96], stale[96], busy[96], *msg;
  snprintf(path, sizeof path, "%s/doc", d);
  snprintf(stale, sizeof stale, "%s/.doc.seloste-tmp.Abc123", d);
  snprintf(busy, sizeof busy, "%s/.doc.seloste-tmp.Xyz789", d);
  unit_write_file(stale, "stale");
  unit_write_file(busy, "busy");
  int fd = open(busy, O_RDONLY);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(flock(fd, LOCK_EX), 0); /* another open file description than the cleaner's */
  ck_assert(save(path, "new", ATOMIC_DEFAULT, &msg));
  free(msg);
  ck_assert_int_ne(access(stale, F_OK), 0);
  ck_assert_int_eq(access(busy, F_OK), 0);
  close(fd);
}
END_TEST

/* The atomicfile suite. */
static Suite *atomicfile_suite(void)
{
  Suite *s = suite_create("atomicfile");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, no_links_refuses_a_link_and_writes_a_file);
  tcase_add_test(tc, private_is_0600_and_never_written_through_a_link);
  tcase_add_test(tc, private_refuses_what_is_not_a_regular_file_of_the_user);
  tcase_add_test(tc, a_failing_writer_touches_nothing);
  tcase_add_test(tc, hard_links_are_written_in_place);
  tcase_add_test(tc, stale_temps_go_but_locked_ones_stay);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(atomicfile_suite)

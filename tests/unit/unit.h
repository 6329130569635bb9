/* Shared set-up for the Check unit tests: one suite per program. */
#ifndef SELOSTE_UNIT_H
#define SELOSTE_UNIT_H

#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Writes text to path (test fixture files). */
static inline void unit_write_file(const char *path, const char *text)
{
  FILE *fp = fopen(path, "w");
  ck_assert_ptr_nonnull(fp);
  fputs(text, fp);
  ck_assert_int_eq(fclose(fp), 0);
}

/* A fresh temporary directory for one test. */
static inline char *unit_tempdir(void)
{
  static char dir[64];
  snprintf(dir, sizeof dir, "/tmp/seloste-unit.XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  return dir;
}

/* Runs the suite built by make_suite; exit status is the number of failures. */
#define UNIT_MAIN(make_suite)                                   \
  int main(void)                                                \
  {                                                             \
    setlocale(LC_ALL, "C.UTF-8");                               \
    SRunner *sr = srunner_create(make_suite());                 \
    srunner_run_all(sr, CK_NORMAL);                             \
    int failed = srunner_ntests_failed(sr);                     \
    srunner_free(sr);                                           \
    return failed == 0 ? 0 : 1;                                 \
  }

#endif

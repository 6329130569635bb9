/* Shared set-up for the Check unit tests: one suite per program. */
#ifndef SELOSTE_UNIT_H
#define SELOSTE_UNIT_H

#include <check.h>
#include <ftw.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "schema.h"
#include "util.h"

/* Writes text to path (test fixture files). */
static inline void unit_write_file(const char *path, const char *text)
{
  FILE *fp = fopen(path, "w");
  ck_assert_ptr_nonnull(fp);
  fputs(text, fp);
  ck_assert_int_eq(fclose(fp), 0);
}

/* The run's own temporary directory, made by UNIT_MAIN and removed when the run ends. */
static char unit_root[48];

/* A fresh temporary directory for one test, inside the run's directory. */
static inline char *unit_tempdir(void)
{
  static char dir[64];
  snprintf(dir, sizeof dir, "%s/t.XXXXXX", unit_root);
  ck_assert_ptr_nonnull(mkdtemp(dir));
  return dir;
}

/* nftw callback: removes one file or (emptied) directory. */
static inline int unit_remove(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

/* Runs the suite built by make_suite in a temporary directory; exit status 0 when all passed. */
#define UNIT_MAIN(make_suite)                                                         \
  int main(void)                                                                      \
  {                                                                                   \
    setlocale(LC_ALL, "C.UTF-8");                                                     \
    const char *tmp = getenv("TMPDIR");                                               \
    snprintf(unit_root, sizeof unit_root, "%s/seloste-unit.XXXXXX", tmp && *tmp ? tmp : "/tmp"); \
    if (!mkdtemp(unit_root))                                                          \
      return perror(unit_root), 1;                                                    \
    struct strbuf unit_err = { 0 }; /* the data files, read once as the program does */ \
    if (!schema_load(&unit_err))                                                      \
      return fprintf(stderr, "%s\n", unit_err.s), 1;                                 \
    SRunner *sr = srunner_create(make_suite());                                       \
    srunner_run_all(sr, CK_NORMAL);                                                   \
    int failed = srunner_ntests_failed(sr);                                           \
    srunner_free(sr);                                                                 \
    nftw(unit_root, unit_remove, 16, FTW_DEPTH | FTW_PHYS);                           \
    return failed == 0 ? 0 : 1;                                                       \
  }

#endif

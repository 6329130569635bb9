/* libFuzzer target: any bytes as a clause file through clauses_load_file (via one temp file in
   a private directory, so that an @include of a relative name stays there). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "clauses.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Path of this process's clause file, in a directory made once. */
static const char *temp_path(void)
{
  static char path[80];
  if (!path[0]) {
    char dir[] = "/tmp/seloste-fuzz-clauses.XXXXXX";
    if (!mkdtemp(dir))
      abort();
    snprintf(path, sizeof path, "%s/fi.cfg", dir);
  }
  return path;
}

/* Writes the bytes to the clause file and loads it as the Finnish clauses of the first layer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = temp_path();
  FILE *fp = fopen(path, "wb");
  if (!fp)
    abort();
  fwrite(data, 1, size, fp);
  fclose(fp);
  struct clause_lib lib = { 0 };
  struct strbuf err = { 0 };
  bool found;
  clauses_load_file(&lib, LANG_FI, path, 0, &found, &err);
  clauses_free(&lib);
  sb_free(&err);
  return 0;
}

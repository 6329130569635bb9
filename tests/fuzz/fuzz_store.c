/* libFuzzer target: any bytes as a .seloste document through store_load (via one temp file). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Path of this process's temp file, made once. */
static const char *temp_path(void)
{
  static char path[64];
  if (!path[0]) {
    snprintf(path, sizeof path, "/tmp/seloste-fuzz.XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
      abort();
    close(fd);
  }
  return path;
}

/* Writes the bytes to the temp file and loads them as a document. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = temp_path();
  FILE *fp = fopen(path, "wb");
  if (!fp)
    abort();
  fwrite(data, 1, size, fp);
  fclose(fp);
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  doc_free(d);
  sb_free(&err);
  return 0;
}

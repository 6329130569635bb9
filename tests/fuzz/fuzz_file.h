/* The one harness piece the file-loading fuzz targets share: the input bytes as a file. */
#ifndef SELOSTE_FUZZ_FILE_H
#define SELOSTE_FUZZ_FILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes data[0..size) to NAME in a private directory made once per process (so that an @include
   of a relative name stays there) and returns the file's path (static storage). Aborts when the
   file cannot be made: the run would test nothing. */
static const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
  static char path[128];
  if (!path[0]) {
    char dir[] = "/tmp/seloste-fuzz.XXXXXX";
    if (!mkdtemp(dir))
      abort();
    snprintf(path, sizeof path, "%s/%s", dir, name);
  }
  FILE *fp = fopen(path, "wb");
  if (!fp)
    abort();
  fwrite(data, 1, size, fp);
  fclose(fp);
  return path;
}

#endif

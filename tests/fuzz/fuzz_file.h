/* The one harness piece the file-loading fuzz targets share: the input bytes as a file. */
#ifndef SELOSTE_FUZZ_FILE_H
#define SELOSTE_FUZZ_FILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_dir[] = "/tmp/seloste-fuzz.XXXXXX";
static char fuzz_path[128];

/* Removes the file and its directory when the run ends (libFuzzer exits through exit()). */
static void fuzz_file_cleanup(void)
{
  unlink(fuzz_path);
  rmdir(fuzz_dir);
}

/* Writes data[0..size) to NAME in a private directory made once per process (so that an @include
   of a relative name stays there) and returns the file's path (static storage). Aborts when the
   file cannot be made: the run would test nothing. */
static const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
  if (!fuzz_path[0]) {
    if (!mkdtemp(fuzz_dir))
      abort();
    snprintf(fuzz_path, sizeof fuzz_path, "%s/%s", fuzz_dir, name);
    atexit(fuzz_file_cleanup);
  }
  FILE *fp = fopen(fuzz_path, "wb");
  if (!fp)
    abort();
  fwrite(data, 1, size, fp);
  fclose(fp);
  return fuzz_path;
}

#endif

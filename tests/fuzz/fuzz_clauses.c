/* libFuzzer target: any bytes as a clause file through clauses_load_file (via one temp file in
   a private directory, so that an @include of a relative name stays there). */
#include "config.h"

#include "fuzz_file.h"
#include "clauses.h"

/* Writes the bytes to the clause file and loads it as the Finnish clauses of the first layer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = fuzz_file("fi.cfg", data, size);
  struct clause_lib lib = { 0 };
  struct strbuf err = { 0 };
  bool found;
  clauses_load_file(&lib, LANG_FI, path, 0, &found, &err);
  clauses_free(&lib);
  sb_free(&err);
  return 0;
}

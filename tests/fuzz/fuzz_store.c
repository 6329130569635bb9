/* libFuzzer target: any bytes as a .seloste document through store_load (via one temp file). */
#include "config.h"

#include "fuzz_file.h"
#include "store.h"

/* Writes the bytes to the temp file and loads them as a document. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = fuzz_file("doc.seloste", data, size);
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  doc_free(d);
  sb_free(&err);
  return 0;
}

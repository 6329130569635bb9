/* libFuzzer target: any bytes as a seloste.ini through settings_load_file (via one temp file),
   as the administrator's and as the user's file, and through the raw-line checks directly. */
#include "config.h"

#include "fuzz_file.h"
#include "settings.h"
#include "settings_raw.h"

/* settings_raw_each callback: asks how iniparser would cut each value. */
static bool visit(const struct settings_raw_entry *e, void *ctx)
{
  char at;
  (void)ctx;
  (void)settings_raw_cut(e->value, &at);
  return true;
}

/* Writes the bytes to the temp file and loads them as settings, twice layered. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *path = fuzz_file("seloste.ini", data, size);
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  if (settings_load_file(&s, path, true, &err))
    (void)settings_load_file(&s, path, false, &err);
  settings_free(&s);
  sb_free(&err);
  settings_raw_each((const char *)data, size, visit, NULL);
  (void)settings_raw_line((const char *)data, size, "organisation", "name");
  return 0;
}

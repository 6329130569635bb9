/* libFuzzer target: any bytes as a Markdown notice ("notice.md") through the importer: front matter,
   md4c's HTML, the HTML reader, the list-row and field-list passes, the builder and the report. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include "import.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Imports the bytes as a Markdown file and writes the document out, as seloste import would. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct strbuf report = { 0 }, err = { 0 };
  struct doc *d = import_notice_named("notice.md", (const char *)data, size, &report, &err);
  if (d) {
    FILE *fp = fopen("/dev/null", "w");
    if (fp) {
      store_write(d, fp);
      fclose(fp);
    }
    doc_free(d);
  }
  sb_free(&report);
  sb_free(&err);
  return 0;
}

/* libFuzzer target: any bytes as an HTML page through the importer: libxml2's parser, the HTML
   reader's walk, its tables and lists, the builder and the report. Bytes that would not be taken for
   a page (import_is_html) get "<html><body>" put before them, so every input reaches the HTML reader. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "import.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Imports the bytes as an HTML page and writes the document out, as seloste import would. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char head[] = "<html><body>";
  const char *s = (const char *)data;
  char *page = NULL;
  if (!import_is_html(s, size)) {
    page = xmalloc(sizeof head - 1 + size);
    memcpy(page, head, sizeof head - 1);
    memcpy(page + sizeof head - 1, data, size);
    s = page;
    size += sizeof head - 1;
  }
  struct strbuf report = { 0 }, err = { 0 };
  struct doc *d = import_notice_named("notice.html", s, size, &report, &err);
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
  free(page);
  return 0;
}

/* seloste import: input checks, the reader for the shape, the builder, and the lost-text check. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "encoding.h"
#include "i18n.h"
#include "import.h"
#include "import_build.h"
#include "import_lost.h"
#include "import_match.h"
#include "store.h"

void import_blocks_add(struct import_blocks *b, const char *heading, const char *body, bool strong)
{
  if (b->n == b->cap)
    b->v = xrealloc(b->v, (b->cap = b->cap ? b->cap * 2 : 32) * sizeof *b->v);
  b->v[b->n].heading = heading ? xstrdup(heading) : NULL;
  b->v[b->n].body = xstrdup0(body);
  b->v[b->n].strong = strong;
  b->n++;
}

void import_blocks_free(struct import_blocks *b)
{
  for (size_t i = 0; i < b->n; i++) {
    free(b->v[i].heading);
    free(b->v[i].body);
  }
  free(b->v);
  b->v = NULL;
  b->n = b->cap = 0;
}

/* True when the bytes are not text: NUL bytes or many control characters. */
static bool binary(const char *s, size_t n)
{
  size_t ctl = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0)
      return true;
    ctl += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }
  return ctl * 100 > n;
}

/* True when the n bytes at s are all white space (s need not be NUL-terminated). */
static bool blank_bytes(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (!strchr(" \t\r\n\f\v", s[i]) || s[i] == '\0')
      return false;
  return true;
}

struct doc *import_notice(const char *data, size_t len, struct strbuf *report, struct strbuf *err)
{
  if (blank_bytes(data, len)) {
    sb_add(err, _("the file is empty"));
    return NULL;
  }
  enum encoding enc;
  size_t n;
  char *text = encoding_to_utf8(data, len, &enc, &n);
  if (!text) {
    sb_add(err, _("the file looks like UTF-16 text but does not decode as UTF-16; save it as UTF-8"));
    return NULL;
  }
  if (binary(text, n)) {
    free(text);
    sb_add(err, _("not a text or HTML file (binary data); save the notice as text or HTML first"));
    return NULL;
  }
  if (enc == ENC_CP1252)
    sb_printf(report, _("The file is not UTF-8; it was read as Windows-1252 (ISO-8859-1).\n"));
  if (enc == ENC_UTF16)
    sb_printf(report, _("The file is UTF-16; it was converted to UTF-8.\n"));
  struct import_blocks b = { 0 };
  bool ok = import_is_html(text, n) ? import_html_read(text, n, &b, err) : (import_text_read(text, &b), true);
  free(text);
  if (ok && b.n == 0) {
    sb_add(err, _("no text found in the file"));
    ok = false;
  }
  struct doc *d = NULL;
  if (ok) {
    struct strbuf used = { 0 };
    sb_add(&used, "");
    d = import_build(&b, report, &used);
    import_check_lost(&b, d, used.s, report);
    sb_free(&used);
  }
  import_blocks_free(&b);
  return d;
}

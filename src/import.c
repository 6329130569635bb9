/* seloste import: input checks, the reader for the shape, the builder, and the lost-text check. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "encoding.h"
#include "i18n.h"
#include "import.h"
#include "import_build.h"
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

/* Appends every field, date, choice and text of the document to b (what the notice now holds). */
static void doc_words(const struct doc *d, struct strbuf *b)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &d->sec[i];
    for (int l = 0; l < LANG_COUNT; l++)
      sb_printf(b, "%s\n", s->text[l]);
    for (int f = 0; f < FIELD_COUNT; f++)
      if (s->field[f])
        sb_printf(b, "%s\n", s->field[f]);
  }
}

/* Copy of a word without the punctuation around it. */
static char *bare_word(const char *w, size_t n)
{
  while (n && strchr("\"'([{<.,;:!?-*", *w))
    w++, n--;
  while (n && strchr("\"')]}>.,;:!?-*", w[n - 1]))
    n--;
  char *c = xmalloc(n + 1);
  memcpy(c, w, n);
  c[n] = '\0';
  return c;
}

/* Checks that every word of the blocks is in the document or was read as structure; reports the rest. */
static void check_lost(const struct import_blocks *b, const struct doc *d, const char *used, struct strbuf *report)
{
  struct strbuf hay = { 0 }, lost = { 0 };
  doc_words(d, &hay);
  sb_add(&hay, used);
  str_ascii_dashes(hay.s); /* compared with the words below, dashes made ASCII alike */
  hay.len = strlen(hay.s);
  size_t nlost = 0;
  for (size_t i = 0; i < b->n; i++) {
    char *body = xstrdup(b->v[i].body);
    for (char *t = body; (t = strchr(t, '<'));) {
      size_t n = import_tag_at(t);
      memset(t, ' ', n ? n : 1);
    }
    char *all = xasprintf("%s\n%s", b->v[i].heading ? b->v[i].heading : "", body);
    for (char *p = all; *p;) {
      size_t n = strcspn(p, " \n\t");
      char *w = bare_word(p, n);
      str_ascii_dashes(w); /* a business ID's dash is stored as '-' */
      if (*w && !strstr(hay.s, w) && nlost++ < 20)
        sb_printf(&lost, " %s", w);
      free(w);
      p += n + (p[n] != '\0');
    }
    free(all);
    free(body);
  }
  if (nlost)
    sb_printf(report, _("Text lost: %zu words are not in the document:%s\n"), nlost, lost.s);
  else
    sb_printf(report, _("No text was lost: every word of the notice is in the document or listed above.\n"));
  sb_free(&hay);
  sb_free(&lost);
}

struct doc *import_notice(const char *data, size_t len, struct strbuf *report, struct strbuf *err)
{
  if (blank_bytes(data, len)) {
    sb_add(err, _("the file is empty"));
    return NULL;
  }
  enum encoding enc;
  char *text = binary(data, len) ? NULL : encoding_to_utf8(data, len, &enc);
  if (!text) {
    sb_add(err, _("not a text or HTML file (binary data); save the notice as text or HTML first"));
    return NULL;
  }
  if (enc == ENC_CP1252)
    sb_printf(report, _("The file is not UTF-8; it was read as Windows-1252 (ISO-8859-1).\n"));
  struct import_blocks b = { 0 };
  bool ok = import_is_html(text, strlen(text)) ? import_html_read(text, strlen(text), &b, err)
                                                : (import_text_read(text, &b), true);
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
    check_lost(&b, d, used.s, report);
    sb_free(&used);
  }
  import_blocks_free(&b);
  return d;
}

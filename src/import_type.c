/* Which register type an imported notice is: the words of each type's `recognise` list found in the
   notice's headings and first paragraphs (doc/registers.md). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_text.h"
#include "i18n.h"
#include "import_type.h"

enum {
  SAMPLE_BLOCK_BYTES = 4000,  /* read of each block's text: what a notice is about is said early */
  SAMPLE_BYTES = 64 * 1024,   /* in all: the time is bounded whatever the size of the notice */
  HEADING_WEIGHT = 3          /* a word in a heading or the title says more than one in the text */
};

/* Appends at most max bytes of s (cut on a UTF-8 boundary) and a line break to b. */
static void add_sample(struct strbuf *b, const char *s, size_t max)
{
  size_t n = strlen(s);
  if (n > max) {
    n = max;
    while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
      n--;
  }
  sb_addn(b, s, n);
  sb_add(b, "\n");
}

/* How many of the type's patterns folded text t matches; *first gets the first pattern matched. */
static int matches(const struct schema_register *r, const char *t, const char **first)
{
  int n = 0;
  for (size_t i = 0; r->recognise && r->recognise[i]; i++) {
    char *p = text_fold(r->recognise[i]);
    if (text_match(t, strlen(t), p, NULL)) {
      n++;
      if (!*first)
        *first = r->recognise[i];
    }
    free(p);
  }
  return n;
}

const struct schema_register *import_recognise(const struct import_blocks *b, struct strbuf *report)
{
  struct strbuf heads = { 0 }, text = { 0 };
  for (size_t i = 0; i < b->n && heads.len + text.len < SAMPLE_BYTES; i++) {
    if (b->v[i].outside)
      continue;
    if (b->v[i].heading)
      add_sample(&heads, b->v[i].heading, 200);
    if (b->v[i].body)
      add_sample(&text, b->v[i].body, SAMPLE_BLOCK_BYTES);
  }
  char *fh = text_fold(heads.s ? heads.s : ""), *ft = text_fold(text.s ? text.s : "");
  const struct schema_register *best = schema_register_find("customer"), *why_reg = NULL;
  const char *why = NULL;
  int best_score = 0;
  for (size_t i = 0; i < schema_register_count(); i++) {
    const struct schema_register *r = schema_register_at(i);
    const char *first = NULL;
    int score = HEADING_WEIGHT * matches(r, fh, &first) + matches(r, ft, &first);
    if (score > best_score) {
      best_score = score;
      best = r;
      why = first;
      why_reg = r;
    }
  }
  if (!best)
    best = schema_register_at(0);
  if (why_reg)
    sb_printf(report, _("Register type: %s (%s), from words such as \"%s\"\n"), _(best->name), best->id, why);
  else
    sb_printf(report, _("Register type: %s (%s): no words of another type were found\n"), _(best->name), best->id);
  free(fh);
  free(ft);
  sb_free(&heads);
  sb_free(&text);
  return best;
}

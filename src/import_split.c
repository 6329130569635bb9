/* Several notices in one file: where the second (third...) notice begins, by its title and by its
   section numbers starting again from 1. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "import_build.h"
#include "import_match.h"
#include "import_split.h"
#include "util.h"

enum { RESTART_AFTER = 3 }; /* numbering that falls back to 1 after reaching this starts a notice */

/* The number a heading starts with ("3. Rekisterin nimi", "3) ...", "§ 3"?: no), or -1. */
static int heading_number(const char *h)
{
  if (!h)
    return -1;
  h += strspn(h, " \t");
  int n = 0, k = 0;
  while (h[k] >= '0' && h[k] <= '9' && k < 3)
    n = n * 10 + (h[k++] - '0');
  return k && (h[k] == '.' || h[k] == ')' || h[k] == ' ') && h[k + 1] != '\0' && !(h[k + 1] >= '0' && h[k + 1] <= '9')
             ? n
             : -1;
}

/* The main section a heading matches, or -1. */
static int heading_section(const char *h)
{
  struct import_match m;
  return h && import_match_heading(h, false, &m) && m.n ? m.sec[0] : -1;
}

/* Start of the last paragraph of body (after its last blank line), or body itself. */
static char *last_para(char *body)
{
  char *last = body;
  for (char *p = str_para_break(body); p; p = str_para_break(p + 2))
    last = p + 2;
  return last + strspn(last, "\n");
}

/* Moves the last paragraph of block k - 1 (a title line) into a new block at k with no heading. */
static void move_title(struct import_blocks *b, size_t k)
{
  char *body = b->v[k - 1].body, *last = last_para(body);
  char *title = xstrdup(last);
  size_t keep = (size_t)(last - body);
  while (keep && body[keep - 1] == '\n')
    keep--;
  body[keep] = '\0';
  import_blocks_add(b, NULL, title, false); /* appended, then moved into place */
  struct import_block nb = b->v[b->n - 1];
  memmove(&b->v[k + 1], &b->v[k], (b->n - 1 - k) * sizeof *b->v);
  b->v[k] = nb;
  free(title);
}

/* The line of text on which the occurrence-th (from 0) copy of s stands, or 0. */
static int line_of(const char *text, const char *s, size_t occurrence)
{
  if (!text || !*s)
    return 0;
  const char *p = text;
  for (size_t i = 0; (p = strstr(p, s)) && i < occurrence; i++)
    p += strlen(s);
  if (!p)
    return 0;
  int line = 1;
  for (const char *q = text; q < p; q++) /* once per notice found: linear */
    line += *q == '\n';
  return line;
}

/* Number of copies of s in the blocks before block k (headings and bodies). */
static size_t copies_before(const struct import_blocks *b, size_t k, const char *s)
{
  size_t n = 0;
  for (size_t i = 0; i < k; i++) {
    const char *fields[] = { b->v[i].heading, b->v[i].body };
    for (int f = 0; f < 2; f++)
      for (const char *p = fields[f]; p && (p = strstr(p, s)); p += strlen(s))
        n++;
  }
  return n;
}

/* True when a new notice begins at block k of b (from block start of the current notice, whose
   highest section number is top and first numbered heading's section is first_sec); *in_body tells
   that its title is the last paragraph of block k - 1. */
static bool starts_notice(const struct import_blocks *b, size_t k, size_t start, int top, int first_sec,
                          bool *in_body)
{
  const struct import_block *blk = &b->v[k];
  *in_body = false;
  if (k <= start + 1)
    return false;
  if (blk->heading && import_build_is_title_line(blk->heading)) { /* a title standing as a heading */
    size_t next = k + 1;
    if (next >= b->n)
      return false;
    int num = heading_number(b->v[next].heading), sec = heading_section(b->v[next].heading);
    bool seen = false;
    for (size_t i = start; i < k && !seen && sec >= 0; i++)
      seen = heading_section(b->v[i].heading) == sec;
    return (num == 1 && top >= RESTART_AFTER) || seen;
  }
  if (heading_number(blk->heading) != 1 || top < RESTART_AFTER)
    return false;
  char *copy = xstrdup(b->v[k - 1].body ? b->v[k - 1].body : ""), *last = last_para(copy);
  *in_body = !strchr(last, '\n') && import_build_is_title_line(last);
  free(copy);
  return *in_body || (first_sec >= 0 && heading_section(blk->heading) == first_sec);
}

/* Appends a part beginning at block k, titled by its first block, to *parts. */
static void add_part(struct import_blocks *b, size_t k, const char *text, struct import_part **parts, size_t *n)
{
  *parts = xrealloc(*parts, (*n + 1) * sizeof **parts);
  const struct import_block *blk = &b->v[k];
  const char *t = blk->heading ? blk->heading : blk->body;
  struct import_part *p = &(*parts)[(*n)++];
  p->first = k;
  p->n = 0;
  p->title = xasprintf("%.*s", (int)strcspn(t, "\n"), t);
  p->line = k ? line_of(text, p->title, copies_before(b, k, p->title)) : 0;
}

size_t import_split_notices(struct import_blocks *b, const char *text, struct import_part **parts)
{
  size_t n = 0, start = 0;
  int top = 0, first_sec = -1;
  *parts = NULL;
  add_part(b, 0, text, parts, &n);
  for (size_t k = 0; k < b->n; k++) {
    bool in_body;
    if (k > 0 && starts_notice(b, k, start, top, first_sec, &in_body)) {
      if (in_body)
        move_title(b, k);
      (*parts)[n - 1].n = k - start;
      add_part(b, k, text, parts, &n);
      start = k;
      top = 0;
      first_sec = -1;
    }
    int num = heading_number(b->v[k].heading);
    if (num > top)
      top = num;
    if (num >= 0 && first_sec < 0)
      first_sec = heading_section(b->v[k].heading);
  }
  (*parts)[n - 1].n = b->n - start;
  return n;
}

void import_parts_free(struct import_part *parts, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free(parts[i].title);
  free(parts);
}

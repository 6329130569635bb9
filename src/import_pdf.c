/* Clean-up of PDF extraction debris: zero-width characters, soft hyphens, lone bullets, word tabs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "import_pdf.h"
#include "util.h"

/* Bytes of the zero-width character at s (U+200B, U+2060 or U+FEFF), or 0. */
static size_t zero_width(const char *s)
{
  if (strncmp(s, "\xe2\x80\x8b", 3) == 0 || strncmp(s, "\xe2\x81\xa0", 3) == 0 ||
      strncmp(s, "\xef\xbb\xbf", 3) == 0)
    return 3;
  return 0;
}

/* True when s is a soft hyphen followed by blanks to the end of its line. */
static bool hyphen_at_line_end(const char *s)
{
  s += 2;
  s += strspn(s, " \t\r");
  return *s == '\n';
}

/* Copy of text without zero-width characters and soft hyphens; a word broken with a soft hyphen
   at a line's end is joined, and the break moves to the first blank after it. */
static char *drop_invisible(const char *text)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  bool pending_break = false; /* the next blank ends the line the joined word moved to */
  for (const char *p = text; *p;) {
    size_t z = zero_width(p);
    if (z) {
      p += z;
    } else if (strncmp(p, "\xc2\xad", 2) == 0) {
      bool end = hyphen_at_line_end(p);
      p += 2;
      if (end) {
        p = strchr(p, '\n') + 1;
        p += strspn(p, " \t");
        pending_break = true;
      }
    } else if (pending_break && (*p == ' ' || *p == '\t' || *p == '\n')) {
      pending_break = false;
      p += strspn(p, " \t");
      if (*p != '\n' && *p)
        sb_addc(&b, '\n');
    } else {
      sb_addc(&b, *p++);
    }
  }
  return sb_take(&b);
}

/* The bullet glyphs a PDF leaves; the first three are read as bullets by the text reader as such. */
static const char *const glyphs[] = { "-", "*", "\xe2\x80\xa2", "\xe2\x80\x93", "\xef\x82\xb7", "\xe2\x96\xaa",
                                      "\xe2\x97\x8f", "\xe2\x97\xa6" };
enum { PLAIN_GLYPHS = 4 };

/* Index of the glyph s[0..n) consists of, or -1. */
static int glyph_is(const char *s, size_t n)
{
  for (size_t g = 0; g < sizeof glyphs / sizeof *glyphs; g++)
    if (strlen(glyphs[g]) == n && strncmp(s, glyphs[g], n) == 0)
      return (int)g;
  return -1;
}

/* True when line[0..n) is blank. */
static bool blank_n(const char *line, size_t n)
{
  return strspn(line, " \t\r") >= n;
}

/* True when most lines holding a tab hold at least two and no space: tabs stand between words. */
static bool word_tabs(const char *text)
{
  size_t tabbed = 0, wordy = 0;
  for (const char *p = text; *p;) {
    size_t n = strcspn(p, "\n");
    size_t tabs = 0, spaces = 0, lead = strspn(p, " \t");
    for (size_t i = lead; i < n; i++) {
      tabs += p[i] == '\t';
      spaces += p[i] == ' ';
    }
    tabbed += tabs > 0;
    wordy += tabs >= 2 && spaces == 0;
    p += n + (p[n] == '\n');
  }
  return wordy >= 3 && wordy * 2 > tabbed;
}

/* Appends line[0..n) with tabs made spaces when tabs is true. */
static void add_line(struct strbuf *b, const char *line, size_t n, bool tabs)
{
  for (size_t i = 0; i < n; i++)
    sb_addc(b, tabs && line[i] == '\t' ? ' ' : line[i]);
}

/* Appends one line: a lone bullet glyph joined to the next line (returns true: that line is used),
   a rare glyph at the line's start written as "-". */
static bool add_bulleted(struct strbuf *b, const char *line, size_t n, const char *next, size_t nn, bool tabs)
{
  size_t lead = strspn(line, " \t");
  size_t end = n;
  while (end > lead && strchr(" \t\r", line[end - 1]))
    end--;
  int g = glyph_is(line + lead, end - lead);
  if (g >= 0 && next && !blank_n(next, nn)) {
    size_t nl = strspn(next, " \t");
    add_line(b, line, lead, tabs);
    sb_add(b, "- ");
    add_line(b, next + nl, nn - nl, tabs);
    return true;
  }
  size_t word = strcspn(line + lead, " \t");
  g = word < n - lead ? glyph_is(line + lead, word) : -1;
  if (g >= PLAIN_GLYPHS) {
    add_line(b, line, lead, tabs);
    sb_addc(b, '-');
    add_line(b, line + lead + word, n - lead - word, tabs);
  } else {
    add_line(b, line, n, tabs);
  }
  return false;
}

char *import_pdf_clean(const char *text)
{
  char *vis = drop_invisible(text);
  bool tabs = word_tabs(vis);
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (const char *p = vis; *p;) {
    size_t n = strcspn(p, "\n");
    const char *next = p[n] ? p + n + 1 : NULL;
    size_t nn = next ? strcspn(next, "\n") : 0;
    if (add_bulleted(&b, p, n, next, nn, tabs)) {
      p = next;
      n = nn;
    }
    if (p[n])
      sb_addc(&b, '\n');
    p += n + (p[n] == '\n');
  }
  free(vis);
  return sb_take(&b);
}

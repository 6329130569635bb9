/* Markdown back end (CommonMark): user text escaped so that it reads as typed. */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include "render_impl.h"
#include "util.h"

/* ASCII punctuation that is Markdown syntax anywhere in a line (emphasis, code, links, HTML,
   entities, headings, tables and strike-through of common dialects): always backslash-escaped. */
#define MD_INLINE "\\`*_[]<>#|!&~"

/* Skips a line's indentation: 4 columns would make an indented code block, fewer are dropped by
   CommonMark anyway, so the Markdown never carries it. */
static const char *md_skip_indent(const char *s, const char *end)
{
  while (s < end && (*s == ' ' || *s == '\t'))
    s++;
  return s;
}

/* Neutralises a block marker at the start of a line (list bullets "- + *", thematic breaks, setext
   underlines "= -", ordered list numbers "1." "1)"); returns where plain writing goes on. The other
   block starters (# > < [ ` ~ * _) are in MD_INLINE and escaped wherever they stand. */
static const char *md_line_start(FILE *out, const char *s, const char *end)
{
  if (s < end && strchr("-+=", *s)) {
    fputc('\\', out);
    return s;
  }
  const char *p = s;
  while (p < end && isdigit((unsigned char)*p))
    p++;
  if (p > s && p < end && (*p == '.' || *p == ')')) {
    fwrite(s, 1, (size_t)(p - s), out);
    fputc('\\', out);
    return p;
  }
  return s;
}

/* Writes s so that CommonMark reads it back as the same text: inline syntax escaped, every line
   unindented and its block marker escaped, a newline as a hard line break, control characters as
   spaces (a carriage return would end the line). Writes s[0..end). */
static void md_escaped_to(FILE *out, const char *s, const char *end)
{
  bool line_start = true;
  for (; s < end; s++) {
    if (line_start) {
      s = md_line_start(out, md_skip_indent(s, end), end);
      line_start = false;
      if (s == end)
        break;
    }
    if (*s == '\n') {
      fputs("\\\n", out); /* a hard line break */
      line_start = true;
    } else if ((unsigned char)*s < 0x20 && *s != '\t') {
      fputc(' ', out);
    } else {
      if (strchr(MD_INLINE, *s))
        fputc('\\', out);
      fputc(*s, out);
    }
  }
}

/* Writes the string s escaped (see md_escaped_to). */
static void md_escaped(FILE *out, const char *s)
{
  md_escaped_to(out, s, s + strlen(s));
}

/* Writes s in bold: "**" cannot close after a space, so surrounding blanks stay outside. */
static void md_strong(FILE *out, const char *s)
{
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
    n--;
  fputs("**", out);
  md_escaped_to(out, s, s + n);
  fputs("**", out);
}

static void md_begin(struct rctx *c, const char *title, const char *subtitle, const char *draft_note,
                     const char *lead)
{
  fputs("# ", c->out);
  md_escaped(c->out, title);
  fputs("\n\n", c->out);
  if (subtitle) {
    md_strong(c->out, subtitle);
    fputs("\n\n", c->out);
  }
  if (draft_note) {
    md_strong(c->out, draft_note);
    fputs("\n\n", c->out);
  }
  md_escaped(c->out, lead);
  fputc('\n', c->out);
}

static void md_section_begin(struct rctx *c, int number, const char *id, const char *heading)
{
  (void)id;
  fprintf(c->out, "\n## %d. ", number);
  md_escaped(c->out, heading);
  fputc('\n', c->out);
}

static void md_paragraph(struct rctx *c, const char *text)
{
  fputc('\n', c->out);
  md_escaped(c->out, text);
  fputc('\n', c->out);
}

static void md_list(struct rctx *c, const char *const *items, size_t n)
{
  fputc('\n', c->out);
  for (size_t i = 0; i < n; i++) {
    fputs("- ", c->out);
    md_escaped(c->out, items[i]);
    fputc('\n', c->out);
  }
}

static void md_fields(struct rctx *c, const struct rfield *f, size_t n)
{
  fputc('\n', c->out);
  for (size_t i = 0; i < n; i++) {
    fputs("- **", c->out);
    md_escaped(c->out, f[i].label);
    fputs(":** ", c->out);
    md_escaped(c->out, f[i].value);
    fputc('\n', c->out);
  }
}

/* Writes a table as a tight bullet list: one item per row, its head, then each further piece on a line
   of its own ("**label:** value") joined by hard line breaks and indented into the item. */
static void md_table(struct rctx *c, const struct rtable *t)
{
  fputc('\n', c->out);
  for (size_t i = 0; i < t->nrows; i++) {
    const struct rrow *r = &t->rows[i];
    fputs("- ", c->out);
    for (size_t k = 0; k < r->n; k++) {
      const struct rcell *p = &r->cell[k];
      if (k)
        fputs("\\\n  ", c->out);
      if (p->label) {
        fputs("**", c->out);
        md_escaped(c->out, p->label);
        fputs(":** ", c->out);
      }
      md_escaped(c->out, p->value);
    }
    fputc('\n', c->out);
  }
}

static void md_nothing(struct rctx *c) { (void)c; }

const struct render_ops render_md_ops = {
  md_begin, md_section_begin, md_paragraph, md_list, md_fields, md_table, md_nothing, md_nothing
};

/* Plain-text back end: numbered headings, wrapped at 72 columns by display width. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "render_impl.h"
#include "util.h"

/* Wrap column. */
static int width_of(const struct rctx *c) { return c->opts->width > 0 ? c->opts->width : 72; }

/* Writes n spaces. */
static void spaces(FILE *out, size_t n)
{
  while (n--)
    fputc(' ', out);
}

/* Writes one line of text word-wrapped: first line after `lead` (already printed, lead_w wide),
   continuation lines indented by indent. */
static void wrap_line(FILE *out, const char *s, size_t n, size_t lead_w, size_t indent, size_t width)
{
  size_t col = lead_w, i = 0;
  bool line_empty = true;
  while (i < n) {
    while (i < n && s[i] == ' ')
      i++;
    size_t start = i;
    while (i < n && s[i] != ' ')
      i++;
    if (i == start)
      break;
    size_t w = utf8_width(s + start, i - start);
    if (!line_empty && col + 1 + w > width) {
      fputc('\n', out);
      spaces(out, indent);
      col = indent;
      line_empty = true;
    }
    if (!line_empty) {
      fputc(' ', out);
      col++;
    }
    fwrite(s + start, 1, i - start, out);
    col += w;
    line_empty = false;
  }
  fputc('\n', out);
}

/* Writes text whose own newlines are hard breaks, each line wrapped. */
static void wrap_text(FILE *out, const char *text, size_t lead_w, size_t indent, size_t width)
{
  for (const char *line = text;;) {
    const char *eol = strchr(line, '\n');
    size_t n = eol ? (size_t)(eol - line) : strlen(line);
    wrap_line(out, line, n, lead_w, indent, width);
    if (!eol)
      break;
    line = eol + 1;
    spaces(out, indent);
    lead_w = indent;
  }
}

/* Writes a line of '=' or '-' as wide as s. */
static void underline(FILE *out, const char *s, char ch)
{
  for (size_t w = utf8_width(s, strlen(s)); w; w--)
    fputc(ch, out);
  fputc('\n', out);
}

static void text_begin(struct rctx *c, const char *title, const char *subtitle, const char *draft_note,
                       const char *lead)
{
  fprintf(c->out, "%s\n", title);
  underline(c->out, title, '=');
  if (subtitle)
    fprintf(c->out, "%s\n", subtitle);
  fputc('\n', c->out);
  if (draft_note) {
    wrap_text(c->out, draft_note, 0, 0, (size_t)width_of(c));
    fputc('\n', c->out);
  }
  wrap_text(c->out, lead, 0, 0, (size_t)width_of(c));
}

static void text_section_begin(struct rctx *c, int number, const char *id, const char *heading)
{
  (void)id;
  char *h = xasprintf("%d. %s", number, heading);
  fprintf(c->out, "\n\n%s\n", h);
  underline(c->out, h, '-');
  free(h);
}

static void text_paragraph(struct rctx *c, const char *text)
{
  fputc('\n', c->out);
  wrap_text(c->out, text, 0, 0, (size_t)width_of(c));
}

static void text_list(struct rctx *c, const char *const *items, size_t n)
{
  fputc('\n', c->out);
  for (size_t i = 0; i < n; i++) {
    fputs("  - ", c->out);
    wrap_text(c->out, items[i], 4, 4, (size_t)width_of(c));
  }
}

static void text_fields(struct rctx *c, const struct rfield *f, size_t n)
{
  fputc('\n', c->out);
  for (size_t i = 0; i < n; i++) {
    fprintf(c->out, "%s: ", f[i].label);
    size_t lead = utf8_width(f[i].label, strlen(f[i].label)) + 2;
    wrap_text(c->out, f[i].value, lead, 2, (size_t)width_of(c));
  }
}

/* Writes a table as a list: each row's head as an item, then its pieces as indented "label: value"
   lines whose continuation lines hang two columns further in; a blank line between rows. */
static void text_table(struct rctx *c, const struct rtable *t)
{
  size_t width = (size_t)width_of(c);
  for (size_t i = 0; i < t->nrows; i++) {
    const struct rrow *r = &t->rows[i];
    fputc('\n', c->out);
    for (size_t k = 0; k < r->n; k++) {
      const struct rcell *p = &r->cell[k];
      if (!p->label) {
        fputs("  - ", c->out);
        wrap_text(c->out, p->value, 4, 4, width);
        continue;
      }
      fprintf(c->out, "    %s: ", p->label);
      size_t lead = 4 + utf8_width(p->label, strlen(p->label)) + 2;
      wrap_text(c->out, p->value, lead, 6, width);
    }
  }
}

static void text_section_end(struct rctx *c) { (void)c; }

static void text_end(struct rctx *c) { (void)c; }

const struct render_ops render_text_ops = {
  text_begin, text_section_begin, text_paragraph, text_list, text_fields, text_table, text_section_end, text_end
};

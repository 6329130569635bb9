/* Markdown back end (CommonMark): user text escaped so that it reads as typed. */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include "render_impl.h"
#include "util.h"

/* Writes s with Markdown's special characters escaped. */
static void md_escaped(FILE *out, const char *s)
{
  bool line_start = true;
  for (; *s; s++) {
    if (strchr("\\`*_[]<>#|!", *s) || (line_start && strchr("-+=~", *s)))
      fputc('\\', out);
    if (line_start && isdigit((unsigned char)*s)) {
      const char *p = s;
      while (isdigit((unsigned char)*p))
        p++;
      if (*p == '.' || *p == ')') {
        fwrite(s, 1, (size_t)(p - s), out);
        fputc('\\', out);
        s = p;
      }
    }
    if (*s == '\n') {
      fputs("\\\n", out); /* a hard line break */
      line_start = true;
      continue;
    }
    fputc(*s, out);
    line_start = false;
  }
}

static void md_begin(struct rctx *c, const char *title, const char *subtitle, const char *lead)
{
  fputs("# ", c->out);
  md_escaped(c->out, title);
  fputs("\n\n", c->out);
  if (subtitle) {
    fputs("**", c->out);
    md_escaped(c->out, subtitle);
    fputs("**\n\n", c->out);
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

static void md_nothing(struct rctx *c) { (void)c; }

const struct render_ops render_md_ops = {
  md_begin, md_section_begin, md_paragraph, md_list, md_fields, md_nothing, md_nothing
};

/* HTML5 back end: a standalone page with embedded CSS, or a fragment for a CMS. */
#include "config.h"

#include <string.h>
#include "render_impl.h"
#include "util.h"

static const char page_css[] =
  "body{margin:0;background:#f6f6f4;color:#1d1d1b;font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}\n"
  "main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem;background:#fff}\n"
  ".seloste h1{font-size:1.9rem;line-height:1.2;margin:0 0 .25rem}\n"
  ".seloste h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-top:.75rem;border-top:1px solid #ddd}\n"
  ".seloste .seloste-controller{font-weight:600;margin:0 0 1rem}\n"
  ".seloste .seloste-lead{color:#444}\n"
  ".seloste dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}\n"
  ".seloste dt{font-weight:600}\n"
  ".seloste dd{margin:0;overflow-wrap:anywhere}\n"
  ".seloste a{color:#0b57a4}\n"
  ".seloste table{border-collapse:collapse;width:100%;margin:.5rem 0}\n"
  ".seloste th,.seloste td{text-align:left;vertical-align:top;padding:.35rem .5rem .35rem 0;"
  "border-bottom:1px solid #ddd;overflow-wrap:anywhere}\n"
  "@media (max-width:32rem){.seloste dl{grid-template-columns:1fr}.seloste dd{margin-bottom:.4rem}}\n"
  "@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}"
  ".seloste h2{break-after:avoid;page-break-after:avoid;border-top:none}"
  ".seloste section{break-inside:avoid-page}.seloste a{color:inherit;text-decoration:none}}\n";

/* Writes s HTML-escaped, copying runs of plain bytes at once; newlines become <br>. */
static void esc(FILE *out, const char *s, bool breaks)
{
  for (;;) {
    size_t n = strcspn(s, "&<>\"'\n");
    fwrite(s, 1, n, out);
    s += n;
    switch (*s) {
    case '\0': return;
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default: fputs(breaks ? "<br>\n" : " ", out); break;
    }
    s++;
  }
}

static void html_begin(struct rctx *c, const char *title, const char *subtitle, const char *draft_note,
                       const char *lead)
{
  if (!c->opts->fragment) {
    fprintf(c->out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
            c->lang_code);
    esc(c->out, title, false);
    if (subtitle) {
      fputs(" \xe2\x80\x93 ", c->out);
      esc(c->out, subtitle, false);
    }
    fprintf(c->out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", page_css);
  }
  fprintf(c->out, "<article class=\"seloste\" lang=\"%s\">\n<header>\n<h1>", c->lang_code);
  esc(c->out, title, false);
  fputs("</h1>\n", c->out);
  if (subtitle) {
    fputs("<p class=\"seloste-controller\">", c->out);
    esc(c->out, subtitle, false);
    fputs("</p>\n", c->out);
  }
  if (draft_note) {
    fputs("<p class=\"seloste-draft\"><strong>", c->out);
    esc(c->out, draft_note, false);
    fputs("</strong></p>\n", c->out);
  }
  fputs("<p class=\"seloste-lead\">", c->out);
  esc(c->out, lead, false);
  fputs("</p>\n</header>\n", c->out);
}

static void html_section_begin(struct rctx *c, int number, const char *id, const char *heading)
{
  fprintf(c->out, "<section id=\"%s\">\n<h2>%d. ", id, number);
  esc(c->out, heading, false);
  fputs("</h2>\n", c->out);
}

static void html_paragraph(struct rctx *c, const char *text)
{
  fputs("<p>", c->out);
  esc(c->out, text, true);
  fputs("</p>\n", c->out);
}

static void html_list(struct rctx *c, const char *const *items, size_t n)
{
  fputs("<ul>\n", c->out);
  for (size_t i = 0; i < n; i++) {
    fputs("<li>", c->out);
    esc(c->out, items[i], true);
    fputs("</li>\n", c->out);
  }
  fputs("</ul>\n", c->out);
}

/* Writes a field's value, as a link when it is an e-mail address or a web address. */
static void field_value(FILE *out, const struct rfield *f)
{
  bool mail = f->kind == FIELD_EMAIL && strchr(f->value, '@') && !strpbrk(f->value, " \n");
  bool web = f->kind == FIELD_WEBSITE && (strncmp(f->value, "https://", 8) == 0 ||
                                           strncmp(f->value, "http://", 7) == 0);
  if (mail || web) {
    fputs(mail ? "<a href=\"mailto:" : "<a href=\"", out);
    esc(out, f->value, false);
    fputs("\">", out);
  }
  esc(out, f->value, true);
  if (mail || web)
    fputs("</a>", out);
}

static void html_fields(struct rctx *c, const struct rfield *f, size_t n)
{
  fputs("<dl>\n", c->out);
  for (size_t i = 0; i < n; i++) {
    fputs("<dt>", c->out);
    esc(c->out, f[i].label, false);
    fputs("</dt><dd>", c->out);
    field_value(c->out, &f[i]);
    fputs("</dd>\n", c->out);
  }
  fputs("</dl>\n", c->out);
}

/* Writes the pieces of row r that go in column col, a labelled one as "label: value" on its own line. */
static void html_cell(FILE *out, const struct rrow *r, size_t col)
{
  bool first = true;
  for (size_t i = 0; i < r->n; i++) {
    const struct rcell *p = &r->cell[i];
    if (p->col != col)
      continue;
    if (!first)
      fputs("<br>\n", out);
    if (p->labelled) {
      esc(out, p->label, false);
      fputs(": ", out);
    }
    esc(out, p->value, true);
    first = false;
  }
}

/* A table. In a fragment, which brings no style sheet, the table itself lets its cells break long
   words (overflow-wrap is inherited), so that on a phone it fits the host page instead of making the
   whole page scroll sideways (tests/browser.sh); the page's own CSS does this for the standalone. */
static void html_table(struct rctx *c, const struct rtable *t)
{
  fprintf(c->out, "<table class=\"seloste-%s\"%s>\n<thead>\n<tr>", t->id,
          c->opts->fragment ? " style=\"overflow-wrap:anywhere\"" : "");
  for (size_t j = 0; j < t->ncols; j++) {
    fputs("<th scope=\"col\">", c->out);
    esc(c->out, t->headings[j], false);
    fputs("</th>", c->out);
  }
  fputs("</tr>\n</thead>\n<tbody>\n", c->out);
  for (size_t i = 0; i < t->nrows; i++) {
    fputs("<tr>", c->out);
    for (size_t j = 0; j < t->ncols; j++) {
      fputs("<td>", c->out);
      html_cell(c->out, &t->rows[i], j);
      fputs("</td>", c->out);
    }
    fputs("</tr>\n", c->out);
  }
  fputs("</tbody>\n</table>\n", c->out);
}

static void html_section_end(struct rctx *c) { fputs("</section>\n", c->out); }

static void html_end(struct rctx *c)
{
  fputs("</article>\n", c->out);
  if (!c->opts->fragment)
    fputs("</main>\n</body>\n</html>\n", c->out);
}

const struct render_ops render_html_ops = {
  html_begin, html_section_begin, html_paragraph, html_list, html_fields, html_table, html_section_end, html_end
};

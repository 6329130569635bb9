/* The index page of a directory's rendered notices, in HTML, Markdown or plain text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "notice_index.h"
#include "util.h"

static const char index_css[] =
  "body{margin:0;background:#f6f6f4;color:#1d1d1b;font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}\n"
  "main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem;background:#fff}\n"
  "h1{font-size:1.9rem;line-height:1.2;margin:0 0 1rem}\n"
  "h2{font-size:1.2rem;margin:1.5rem 0 .5rem}\n"
  "a{color:#0b57a4}\n"
  "@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}a{color:inherit}}\n";

const char *notice_index_ext(enum render_format f)
{
  return f == FORMAT_HTML ? "html" : f == FORMAT_MD ? "md" : "txt";
}

const char *notice_index_name(enum render_format f)
{
  return f == FORMAT_HTML ? "index.html" : f == FORMAT_MD ? "index.md" : "index.txt";
}

/* The register's name in language l, on one line (caller frees); the notice's NAME when it has none. */
static char *link_text(const struct notice_index_entry *e, enum doc_lang l)
{
  const struct doc_section *s = doc_section(e->doc, "register_name");
  const char *t = s && !str_blank(s->text[l]) ? s->text[l] : e->name;
  while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
    t++;
  char *one = xstrdup(t);
  size_t n = strlen(one);
  while (n && strchr(" \t\n\r", one[n - 1]))
    one[--n] = '\0';
  for (char *p = one; *p; p++)
    if ((unsigned char)*p < 0x20 || *p == 0x7f)
      *p = ' ';
  return one;
}

/* True when e was rendered in some language (a notice that was not has no document to look at). */
static bool rendered(const struct notice_index_entry *e)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (e->lang[l])
      return true;
  return false;
}

/* The controller all n notices rendered name (the same name in each), or NULL. */
static const char *common_controller(const struct notice_index_entry *v, size_t n)
{
  const char *name = NULL;
  for (size_t i = 0; i < n; i++) {
    if (!rendered(&v[i]))
      continue;
    const struct doc_section *s = doc_section(v[i].doc, "controller");
    const char *c = s ? s->field[FIELD_NAME] : NULL;
    if (str_blank(c) || (name && strcmp(name, c) != 0))
      return NULL;
    name = c;
  }
  return name;
}

/* True when some notice was rendered in language l. */
static bool lang_used(const struct notice_index_entry *v, size_t n, enum doc_lang l)
{
  for (size_t i = 0; i < n; i++)
    if (v[i].lang[l])
      return true;
  return false;
}

/* The heading of the list in language l ("Tietosuojaselosteet"), in that language; caller frees. */
static char *heading_in(enum doc_lang l)
{
  char *saved = xstrdup(i18n_ui_language());
  i18n_use(doc_lang_code(l));
  char *h = xstrdup(_("Privacy notices"));
  i18n_use(saved);
  free(saved);
  return h;
}

/* Writes NAME.LANG.EXT percent-encoded: every byte but letters, digits and "-._~" as %XX, so that no
   name can end the link or make it absolute. */
static void write_href(FILE *out, const char *name, enum doc_lang l, enum render_format f)
{
  char *file = xasprintf("%s.%s.%s", name, doc_lang_code(l), notice_index_ext(f));
  for (const unsigned char *p = (const unsigned char *)file; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("-._~", *p))
      putc(*p, out);
    else
      fprintf(out, "%%%02X", *p);
  }
  free(file);
}

/* Writes s HTML-escaped. */
static void html_esc(FILE *out, const char *s)
{
  for (; *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default: putc(*s, out);
    }
  }
}

/* Writes s with CommonMark's inline syntax backslash-escaped (it stands in a list item's link). */
static void md_esc(FILE *out, const char *s)
{
  for (; *s; s++) {
    if (strchr("\\`*_[]<>#|!&~()", *s))
      putc('\\', out);
    putc(*s, out);
  }
}

/* Writes s and a line of ch as wide as it. */
static void text_heading(FILE *out, const char *s, char ch)
{
  fprintf(out, "%s\n", s);
  for (size_t w = utf8_width(s, strlen(s)); w; w--)
    putc(ch, out);
  putc('\n', out);
}

/* The HTML page: a heading, then a section per language with its lang attribute. */
static void write_html(FILE *out, const struct notice_index_entry *v, size_t n, const char *controller,
                       enum doc_lang first)
{
  char *head = heading_in(first);
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
          doc_lang_code(first));
  html_esc(out, head);
  if (controller) {
    fputs(" \xe2\x80\x93 ", out);
    html_esc(out, controller);
  }
  fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main class=\"seloste-index\">\n<h1>", index_css);
  html_esc(out, controller ? controller : head);
  fputs("</h1>\n", out);
  free(head);
  for (int l = 0; l < LANG_COUNT; l++) {
    if (!lang_used(v, n, (enum doc_lang)l))
      continue;
    char *h = heading_in((enum doc_lang)l);
    fprintf(out, "<section lang=\"%s\">\n<h2>", doc_lang_code(l));
    html_esc(out, h);
    fputs("</h2>\n<ul>\n", out);
    free(h);
    for (size_t i = 0; i < n; i++) {
      if (!v[i].lang[l])
        continue;
      char *t = link_text(&v[i], (enum doc_lang)l);
      fputs("<li><a href=\"", out);
      write_href(out, v[i].name, (enum doc_lang)l, FORMAT_HTML);
      fputs("\">", out);
      html_esc(out, t);
      fputs("</a></li>\n", out);
      free(t);
    }
    fputs("</ul>\n</section>\n", out);
  }
  fputs("</main>\n</body>\n</html>\n", out);
}

/* Markdown or plain text: a heading per language, then its list. */
static void write_plain(FILE *out, enum render_format f, const struct notice_index_entry *v, size_t n,
                        const char *controller)
{
  bool md = f == FORMAT_MD;
  if (controller) {
    if (md) {
      fputs("# ", out);
      md_esc(out, controller);
      fputs("\n\n", out);
    } else {
      text_heading(out, controller, '=');
      putc('\n', out);
    }
  }
  bool first = true;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (!lang_used(v, n, (enum doc_lang)l))
      continue;
    char *h = heading_in((enum doc_lang)l);
    if (!first)
      putc('\n', out);
    first = false;
    if (md) {
      fputs(controller ? "## " : "# ", out);
      md_esc(out, h);
      fputs("\n\n", out);
    } else {
      text_heading(out, h, controller ? '-' : '=');
      putc('\n', out);
    }
    free(h);
    for (size_t i = 0; i < n; i++) {
      if (!v[i].lang[l])
        continue;
      char *t = link_text(&v[i], (enum doc_lang)l);
      if (md) {
        fputs("- [", out);
        md_esc(out, t);
        fputs("](", out);
        write_href(out, v[i].name, (enum doc_lang)l, f);
        fputs(")\n", out);
      } else {
        fprintf(out, "- %s: ", t);
        for (const char *p = v[i].name; *p; p++)
          putc((unsigned char)*p < 0x20 || *p == 0x7f ? '?' : *p, out); /* a file name may hold a newline */
        fprintf(out, ".%s.%s\n", doc_lang_code(l), notice_index_ext(f));
      }
      free(t);
    }
  }
}

bool notice_index_write(FILE *out, enum render_format f, const struct notice_index_entry *v, size_t n)
{
  const char *controller = common_controller(v, n);
  enum doc_lang first = lang_used(v, n, LANG_FI) || !lang_used(v, n, LANG_EN) ? LANG_FI : LANG_EN;
  if (f == FORMAT_HTML)
    write_html(out, v, n, controller, first);
  else
    write_plain(out, f, v, n, controller);
  return !ferror(out);
}

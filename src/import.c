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
#include "import_split.h"
#include "import_table.h"
#include "lang.h"
#include "nfc.h"
#include "safetext.h"
#include "store.h"

void import_blocks_add(struct import_blocks *b, const char *heading, const char *body, bool strong)
{
  if (b->n == b->cap)
    b->v = xrealloc(b->v, (b->cap = b->cap ? b->cap * 2 : 32) * sizeof *b->v);
  b->v[b->n].heading = heading ? xstrdup(heading) : NULL;
  b->v[b->n].body = xstrdup0(body);
  b->v[b->n].strong = strong;
  b->v[b->n].level = 0;
  b->v[b->n].outside = false;
  b->v[b->n].tables = NULL;
  b->v[b->n].ntables = 0;
  b->n++;
}

void import_blocks_attach(struct import_blocks *b, struct import_table **t, size_t n)
{
  if (n == 0)
    return;
  struct import_block *last = &b->v[b->n - 1];
  last->tables = xrealloc(last->tables, (last->ntables + n) * sizeof *last->tables);
  memcpy(last->tables + last->ntables, *t, n * sizeof **t);
  last->ntables += n;
  free(*t);
  *t = NULL;
}

void import_blocks_free(struct import_blocks *b)
{
  for (size_t i = 0; i < b->n; i++) {
    free(b->v[i].heading);
    free(b->v[i].body);
    for (size_t k = 0; k < b->v[i].ntables; k++)
      import_table_free(&b->v[i].tables[k]);
    free(b->v[i].tables);
  }
  free(b->v);
  b->v = NULL;
  b->n = b->cap = 0;
}

enum {
  BINARY_MIN_CONTROLS = 16, /* a text file may hold a few stray controls (ESC, BEL): they are removed */
  BINARY_PERCENT = 5        /* random bytes read as Windows-1252 are about 12 % C0 controls */
};

/* True when the decoded bytes are not text: a NUL byte (no text file holds one), or at least 16
   C0 control characters other than tab, line feed, CR and form feed making 5 % of the bytes. */
static bool binary(const char *s, size_t n)
{
  size_t ctl = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0)
      return true;
    ctl += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }
  return ctl >= BINARY_MIN_CONTROLS && ctl * 100 > n * BINARY_PERCENT;
}

enum { PDF_HEADER_WITHIN = 1024 }; /* readers accept "%PDF-" this far in (ISO 32000-1, annex H) */

/* True when the bytes are a PDF file: "%PDF-" at the start (after a BOM or blanks), or anywhere in
   the first kilobyte of a file that is binary anyway. */
static bool is_pdf(const char *s, size_t n, bool is_binary)
{
  size_t i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
    i++;
  if (n - i >= 5 && memcmp(s + i, "%PDF-", 5) == 0)
    return true;
  return is_binary && memmem(s, n < PDF_HEADER_WITHIN ? n : PDF_HEADER_WITHIN, "%PDF-", 5) != NULL;
}

/* The kinds of control characters removed from an imported text, in the order first met. */
struct removed {
  int first_line[0xA0]; /* by code point (every control is below U+00A0); 0: none removed */
  unsigned order[0xA0];
  size_t kinds;
};

/* Notes that control character cp was removed on line. */
static void removed_add(struct removed *r, unsigned cp, int line)
{
  if (cp >= 0xA0 || r->first_line[cp])
    return;
  r->first_line[cp] = line;
  r->order[r->kinds++] = cp;
}

/* Appends "NAME:LINE: a control character (U+XXXX) was removed" to report for each kind in r. */
static void removed_report(const struct removed *r, const char *name, struct strbuf *report)
{
  struct strbuf safe = { 0 };
  safetext_append(&safe, name);
  for (size_t i = 0; i < r->kinds; i++)
    sb_printf(report, _("%s:%d: a control character (U+%04X) was removed\n"), safe.s,
              r->first_line[r->order[i]], r->order[i]);
  sb_free(&safe);
}

/* Number of line feeds in s[0..n). */
static int newlines(const char *s, size_t n)
{
  int k = 0;
  for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))); p++)
    k++;
  return k;
}

/* Length in bytes of the terminal escape sequence at s[0..n) (s[0] is ESC): a CSI "ESC [ params
   final" such as a colour "ESC[1m", an OSC "ESC ] ... BEL" (or ending in ESC \), or ESC and one
   character; just the ESC when it is cut off or a line ends first, so no text line is ever eaten.
   Text copied from a terminal brings such sequences, and removing only the ESC left "[1m". */
static size_t escape_length(const char *s, size_t n)
{
  size_t i = 2;
  if (n >= 2 && s[1] == '[') {
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] <= 0x3F)
      i++; /* parameters and intermediates */
    return i < n && (unsigned char)s[i] >= 0x40 && (unsigned char)s[i] <= 0x7E ? i + 1 : 1;
  }
  if (n >= 2 && s[1] == ']') {
    for (; i < n && s[i] != '\n'; i++) {
      if (s[i] == '\a')
        return i + 1;
      if (s[i] == '\x1b')
        return i + 1 < n && s[i + 1] == '\\' ? i + 2 : 1;
    }
    return 1;
  }
  return 1; /* "ESC O" could as well be a stray ESC before a word: only the ESC goes */
}

/* Removes from text[0..*n) (UTF-8, NUL-terminated; *n updated) every control character a text may
   not hold (an ESC with the terminal escape sequence it starts) but CR and form feed, which the readers turn into line and paragraph breaks; notes the
   kind and first line of each in r. Linear in *n. */
static void strip_controls(char *text, size_t *n, struct removed *r)
{
  size_t in = 0, out = 0;
  int line = 1;
  for (;;) {
    unsigned what;
    long bad = safetext_bad_at(text + in, *n - in, &what);
    size_t stop = bad < 0 ? *n : in + (size_t)bad;
    line += newlines(text + in, stop - in);
    size_t len = what >= 0x80 && what < 0xA0 ? 2 : 1; /* a C1 control is two bytes in UTF-8 */
    if (what == 0x1B)
      len = escape_length(text + stop, *n - stop); /* the whole sequence, not only its ESC */
    bool keep = bad >= 0 && (what == '\r' || what == '\f' || what == SAFETEXT_NOT_UTF8);
    if (bad >= 0 && !keep)
      removed_add(r, what, line);
    size_t copy = stop - in + (keep ? len : 0);
    memmove(text + out, text + in, copy);
    out += copy;
    if (bad < 0)
      break;
    in = stop + len;
  }
  *n = out;
  text[out] = '\0';
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
  return import_notice_named(NULL, data, len, report, err);
}

struct doc *import_notice_named(const char *name, const char *data, size_t len, struct strbuf *report,
                                struct strbuf *err)
{
  struct doc **docs = NULL;
  size_t n = import_notices_named(name, data, len, false, &docs, report, NULL, err);
  struct doc *d = n ? docs[0] : NULL;
  free(docs);
  return d;
}

/* Appends "NAME:LINE: another notice begins here" for each notice after the first to out. */
static void note_parts(const char *name, const struct import_part *parts, size_t n, bool all, struct strbuf *out)
{
  struct strbuf safe = { 0 }, title = { 0 };
  safetext_append(&safe, name ? name : _("the notice"));
  for (size_t i = 1; i < n; i++) {
    title.len = 0;
    safetext_append(&title, parts[i].title);
    if (parts[i].line)
      sb_printf(out, "%s:%d: ", safe.s, parts[i].line);
    else
      sb_printf(out, "%s: ", safe.s);
    if (all)
      sb_printf(out, _("notice %zu of %zu begins here: \"%s\"\n"), i + 1, n, title.s);
    else
      sb_printf(out, _("another notice begins here: \"%s\"; only the first notice was imported (use --all to "
                       "import each notice into a document of its own)\n"), title.s);
  }
  sb_free(&safe);
  sb_free(&title);
}

/* Builds the documents of the parts of b (all of them, or the first), each with its report. */
static size_t build_parts(struct import_blocks *b, const struct import_part *parts, size_t nparts, bool all,
                          struct doc ***docs, struct strbuf *report)
{
  size_t n = all ? nparts : 1;
  *docs = xmalloc(n * sizeof **docs);
  for (size_t i = 0; i < n; i++) {
    struct import_blocks view = { b->v + parts[i].first, parts[i].n, parts[i].n };
    if (nparts > 1)
      sb_printf(report, _("Notice %zu of %zu: \"%s\"\n"), i + 1, nparts, parts[i].title);
    struct strbuf used = { 0 };
    sb_add(&used, "");
    (*docs)[i] = import_build(&view, report, &used);
    import_check_lost(&view, (*docs)[i], used.s, report);
    sb_free(&used);
  }
  return n;
}

size_t import_notices_named(const char *name, const char *data, size_t len, bool all, struct doc ***docs,
                            struct strbuf *report, struct strbuf *warn, struct strbuf *err)
{
  *docs = NULL;
  if (blank_bytes(data, len)) {
    sb_add(err, _("the file is empty"));
    return 0;
  }
  if (is_pdf(data, len, binary(data, len))) { /* its text is compressed or placed glyph by glyph */
    sb_add(err, _("a PDF file (binary data), which seloste cannot read; open it in a PDF viewer, copy the "
                  "text out of it into a text file (or save it as text) and import that file"));
    return 0;
  }
  enum encoding enc;
  size_t n;
  char *text = encoding_to_utf8(data, len, &enc, &n);
  if (!text) {
    sb_add(err, _("the file looks like UTF-16 text but does not decode as UTF-16; save it as UTF-8"));
    return 0;
  }
  if (binary(text, n)) {
    free(text);
    sb_add(err, _("not a text or HTML file (binary data); save the notice as text or HTML first"));
    return 0;
  }
  if (enc == ENC_CP1252)
    sb_printf(report, _("The file is not UTF-8; it was read as Windows-1252 (ISO-8859-1).\n"));
  if (enc == ENC_UTF16)
    sb_printf(report, _("The file is UTF-16; it was converted to UTF-8.\n"));
  struct removed removed = { { 0 }, { 0 }, 0 };
  strip_controls(text, &n, &removed);
  removed_report(&removed, name ? name : _("the notice"), report);
  char *composed = nfc_copy(text, n, &n); /* "a" + U+0308 from a PDF or a Mac is one "ä" */
  free(text);
  text = composed;
  struct import_blocks b = { 0 };
  bool ok = import_is_markdown(name, text, n) ? import_md_read(text, n, &b, report, err)
            : import_is_html(text, n) ? import_html_read(text, n, &b, err)
                                      : (import_text_read(text, &b), true);
  if (ok && b.n == 0) {
    sb_add(err, _("no text found in the file"));
    ok = false;
  }
  int lang = ok ? import_build_language(&b) : LANG_FI;
  if (ok && !lang_at(lang)->import) {
    sb_printf(err, _("the notice seems to be written in %s, which seloste cannot import yet; nothing was written"),
              lang_name(lang));
    ok = false;
  }
  size_t ndocs = 0;
  if (ok) {
    struct import_part *parts;
    size_t nparts = import_split_notices(&b, text, &parts);
    note_parts(name, parts, nparts, all, report);
    if (warn)
      note_parts(name, parts, nparts, all, warn);
    ndocs = build_parts(&b, parts, nparts, all, docs, report);
    import_parts_free(parts, nparts);
  }
  free(text);
  import_blocks_free(&b);
  return ndocs;
}

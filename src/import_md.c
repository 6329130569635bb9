/* Markdown reader: front matter taken apart here, the rest turned into HTML by md4c (CommonMark
   with pipe tables) and read by the HTML reader, so that links, emphasis, lists, tables and
   character references come out as the HTML reader already reads them. md4c was chosen over
   cmark-gfm: a small C library with tables built in, whose HTML needs no second structure path. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "i18n.h"
#include "import.h"
#include "import_table.h"
#include "mdapi.h"
#include "safetext.h"

/* One line of s: [start, end) without its line break; next is where the following line starts. */
struct md_line {
  const char *start, *end, *next;
};

/* Reads the line starting at p (p < lim) into *l. */
static void line_at(const char *p, const char *lim, struct md_line *l)
{
  const char *nl = memchr(p, '\n', (size_t)(lim - p));
  l->start = p;
  l->next = nl ? nl + 1 : lim;
  l->end = nl ? nl : lim;
  while (l->end > l->start && (l->end[-1] == '\r' || l->end[-1] == ' ' || l->end[-1] == '\t'))
    l->end--;
}

/* True when the line is exactly the n bytes of mark ("---"). */
static bool line_is(const struct md_line *l, const char *mark)
{
  size_t n = strlen(mark);
  return (size_t)(l->end - l->start) == n && memcmp(l->start, mark, n) == 0;
}

/* True when the line is an ATX heading: one to six "#", a space, then text. */
static bool atx_heading(const struct md_line *l)
{
  const char *p = l->start;
  while (p < l->end && *p == '#' && p - l->start < 7)
    p++;
  size_t hashes = (size_t)(p - l->start);
  return hashes >= 1 && hashes <= 6 && p + 1 < l->end && p[0] == ' ' && p[1] != ' ';
}

/* True when the line holds a link "[text](target)" or strong emphasis "**text**". */
static bool inline_mark(const struct md_line *l)
{
  for (const char *p = l->start; p + 1 < l->end; p++) {
    if (p[0] == ']' && p[1] == '(' && memchr(p, ')', (size_t)(l->end - p)))
      return true;
    if (p[0] == '*' && p[1] == '*' && p + 2 < l->end && p[2] != ' ' && p[2] != '*') {
      for (const char *q = p + 3; q + 1 < l->end; q++)
        if (q[0] == '*' && q[1] == '*' && q[-1] != ' ')
          return true;
      return false;
    }
  }
  return false;
}

/* True when the line is a pipe table's delimiter row ("|---|:--:|", "--- | ---"). */
static bool table_delimiter(const struct md_line *l)
{
  bool pipe = false, dashes = false;
  for (const char *p = l->start; p < l->end; p++) {
    if (!strchr("|-: \t", *p))
      return false;
    pipe |= *p == '|';
    dashes |= *p == '-' && p + 2 < l->end && p[1] == '-' && p[2] == '-';
  }
  return pipe && dashes;
}

/* Length of the front matter at the start of s[0..n): a "---" (YAML) or "+++" (TOML) line, lines,
   and the same line again ("..." also ends YAML); 0 when s does not start with one. */
static size_t front_matter_length(const char *s, size_t n)
{
  const char *lim = s + n;
  struct md_line l;
  line_at(s, lim, &l);
  const char *mark = line_is(&l, "---") ? "---" : line_is(&l, "+++") ? "+++" : NULL;
  if (!mark || l.next == lim)
    return 0;
  for (const char *p = l.next; p < lim; p = l.next) {
    line_at(p, lim, &l);
    if (line_is(&l, mark) || (*mark == '-' && line_is(&l, "...")))
      return (size_t)(l.next - s);
  }
  return 0;
}

bool import_is_markdown(const char *name, const char *s, size_t n)
{
  if (name && (str_has_suffix(name, ".md") || str_has_suffix(name, ".MD") || str_has_suffix(name, ".markdown") ||
               str_has_suffix(name, ".Markdown")))
    return true;
  if (import_is_html(s, n))
    return false; /* a page's own markup decides, whatever its text looks like */
  bool front = front_matter_length(s, n) > 0;
  size_t headings = 0, marks = 0;
  const char *lim = s + n;
  struct md_line l;
  for (const char *p = s; p < lim; p = l.next) {
    line_at(p, lim, &l);
    headings += atx_heading(&l);
    marks += inline_mark(&l) || table_delimiter(&l);
  }
  /* seloste's own text rendering underlines its headings and plain notices number them: a "# "
     heading with Markdown marks, or front matter before them, is Markdown */
  return (headings && marks) || (front && (headings || marks)) || headings >= 3;
}

/* ---------- front matter ---------- */

/* What a front matter key gives the notice. */
enum fm_use { FM_DROP, FM_TITLE, FM_CREATED, FM_UPDATED, FM_TEXT };

/* The use of a front matter key (case ignored): the title and dates the builder reads from the
   lines before the first heading, a description kept as text; anything else (layout, permalink,
   tags, menu) is the web site's and left out. */
static enum fm_use fm_key(const char *key, size_t n)
{
  static const struct {
    const char *key;
    enum fm_use use;
  } keys[] = { { "title", FM_TITLE },        { "date", FM_CREATED },        { "created", FM_CREATED },
               { "published", FM_CREATED },  { "publishdate", FM_CREATED }, { "lastmod", FM_UPDATED },
               { "updated", FM_UPDATED },    { "modified", FM_UPDATED },    { "last_modified", FM_UPDATED },
               { "last_modified_at", FM_UPDATED }, { "description", FM_TEXT }, { "subtitle", FM_TEXT },
               { "summary", FM_TEXT } };
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (strlen(keys[i].key) == n && strncasecmp(keys[i].key, key, n) == 0)
      return keys[i].use;
  return FM_DROP;
}

/* Appends text[0..n) to html with &, < and > escaped. */
static void add_escaped(struct strbuf *html, const char *text, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (text[i] == '&')
      sb_add(html, "&amp;");
    else if (text[i] == '<')
      sb_add(html, "&lt;");
    else if (text[i] == '>')
      sb_add(html, "&gt;");
    else
      sb_addc(html, text[i]);
  }
}

/* The value of a "key: value" (or TOML "key = value") line in [*v, *end): quotes taken off; a date
   and time ("2024-05-03T10:00:00+03:00") cut to the date for a date key. */
static void fm_value(const char **v, const char **end, enum fm_use use)
{
  while (*v < *end && (**v == ' ' || **v == '\t'))
    (*v)++;
  if (*end - *v >= 2 && (**v == '"' || **v == '\'') && (*end)[-1] == **v) {
    (*v)++;
    (*end)--;
  }
  if ((use == FM_CREATED || use == FM_UPDATED) && *end - *v > 10 && (*v)[4] == '-' && (*v)[7] == '-' &&
      ((*v)[10] == 'T' || (*v)[10] == ' '))
    *end = *v + 10;
}

/* Puts one front matter line into html as a paragraph when its key is one the notice keeps (the
   title, the first one only, as the page's <h1> into title instead, which goes first: a description
   or summary naming the notice is never its title); otherwise names it in report as left out. */
static void fm_line(const struct md_line *l, struct strbuf *html, struct strbuf *title, struct strbuf *report)
{
  const char *k = l->start;
  while (k < l->end && (*k == ' ' || *k == '\t'))
    k++;
  const char *sep = k;
  while (sep < l->end && *sep != ':' && *sep != '=' && *sep != ' ')
    sep++;
  const char *v = sep;
  while (v < l->end && *v == ' ')
    v++;
  enum fm_use use = k == l->start && v < l->end && (*v == ':' || *v == '=') ? fm_key(k, (size_t)(sep - k)) : FM_DROP;
  const char *end = l->end;
  if (use != FM_DROP) {
    v++;
    fm_value(&v, &end, use);
  }
  if (use == FM_DROP || v == end) {
    if (l->end > l->start) {
      char *line = xasprintf("%.*s", (int)(l->end - l->start), l->start);
      struct strbuf safe = { 0 };
      safetext_append(&safe, line);
      sb_printf(report, _("Left out the Markdown front matter line \"%s\": a setting of the web page, not "
                                  "text of the notice.\n"),
                safe.s);
      sb_free(&safe);
      free(line);
    }
    return;
  }
  if (use == FM_TITLE && !title->len) {
    sb_add(title, "<h1>");
    add_escaped(title, v, (size_t)(end - v));
    sb_add(title, "</h1>\n");
    return;
  }
  sb_add(html, "<p>");
  if (use == FM_CREATED)
    sb_add(html, "Laadittu "); /* the builder reads a dated line by its label, in either language */
  else if (use == FM_UPDATED)
    sb_add(html, "Päivitetty ");
  add_escaped(html, v, (size_t)(end - v));
  sb_add(html, "</p>\n");
}

/* Reads the front matter s[0..n) (its "---" lines included) into html and report: its title
   first, as the page's <h1>, then its other lines kept. */
static void front_matter(const char *s, size_t n, struct strbuf *html, struct strbuf *report)
{
  const char *lim = s + n;
  struct md_line l;
  struct strbuf title = { 0 }, rest = { 0 };
  line_at(s, lim, &l);
  for (const char *p = l.next; p < lim; p = l.next) {
    line_at(p, lim, &l);
    if (l.next < lim)
      fm_line(&l, &rest, &title, report); /* the closing line is not read */
  }
  if (title.len)
    sb_add(html, title.s);
  if (rest.len)
    sb_add(html, rest.s);
  sb_free(&title);
  sb_free(&rest);
}

/* ---------- numbered headings written as plain lines ---------- */

enum { NUMBERED_HEADING_MAX = 150 }; /* bytes: a longer line is a sentence, not a heading */

/* True when the line is blank. */
static bool blank_line(const struct md_line *l)
{
  return l->end == l->start;
}

/* Length of an ordered-list marker "1. " or "12) " at the line's very start, or 0. */
static size_t number_marker(const struct md_line *l)
{
  const char *p = l->start;
  while (p < l->end && p - l->start < 3 && *p >= '0' && *p <= '9')
    p++;
  if (p == l->start || p + 2 > l->end || (*p != '.' && *p != ')') || p[1] != ' ')
    return 0;
  return (size_t)(p + 2 - l->start);
}

/* True when the line starts a list item ("- ", "* ", "+ ", "1. "). */
static bool list_item(const struct md_line *l)
{
  return number_marker(l) || (l->end - l->start >= 2 && strchr("-*+", l->start[0]) && l->start[1] == ' ');
}

/* True when the line is a notice's numbered heading that CommonMark would read as a list of one
   item ("1. Rekisterinpitäjä" with blank lines around it and a paragraph, not another item, after
   it): short, no full stop at its end. prev is the line before (NULL at the start), after the
   next non-blank line after the blank one (NULL at the end). */
static bool numbered_heading(const struct md_line *prev, const struct md_line *l, const struct md_line *next,
                             const struct md_line *after)
{
  size_t n = (size_t)(l->end - l->start), mark = number_marker(l);
  return mark && n > mark && n <= NUMBERED_HEADING_MAX && l->end[-1] != '.' && l->end[-1] != ',' &&
         (!prev || blank_line(prev)) && next && blank_line(next) && after && !list_item(after);
}

/* True when the line is a level-one ATX heading ("# Rekisterinpitäjä"). */
static bool title_heading(const struct md_line *l)
{
  return atx_heading(l) && l->start[1] == ' ';
}

/* Number of level-one headings in s[0..n) outside fenced code. */
static size_t title_headings(const char *s, size_t n)
{
  const char *lim = s + n;
  struct md_line l;
  size_t k = 0;
  bool fenced = false;
  for (const char *p = s; p < lim; p = l.next) {
    line_at(p, lim, &l);
    bool fence = l.end - l.start >= 3 && (memcmp(l.start, "```", 3) == 0 || memcmp(l.start, "~~~", 3) == 0);
    fenced ^= fence;
    k += !fenced && title_heading(&l);
  }
  return k;
}

/* Copies the Markdown s[0..n) into out with "## " put before each numbered heading line (outside
   fenced code), so that md4c makes it a heading, and, when the notice has several "# " headings
   (each section written as a title), those made "## ": the HTML reader takes an <h1> for the
   notice's title. True when it changed anything. Linear in n. */
/* True when line l, the first of its paragraph (first), is a title or heading line standing alone
   ("TIETOSUOJASELOSTE" right above "1. Rekisterin nimi"): short, no list item, no end punctuation. */
static bool alone_above(const struct md_line *l, bool first)
{
  size_t n = (size_t)(l->end - l->start);
  return first && n > 0 && n <= 60 && !list_item(l) && !strchr(".,:;!?", l->end[-1]) && l->start[0] != '#' &&
         l->start[0] != '|' && l->start[0] != '>';
}

static bool mark_numbered_headings(const char *s, size_t n, struct strbuf *out)
{
  bool sections = title_headings(s, n) >= 2;
  const char *lim = s + n;
  struct md_line prev, cur, next, after;
  bool have_prev = false, fenced = false, any = false, prev_first = false;
  for (const char *p = s; p < lim; p = cur.next) {
    line_at(p, lim, &cur);
    bool fence = cur.end - cur.start >= 3 && (memcmp(cur.start, "```", 3) == 0 || memcmp(cur.start, "~~~", 3) == 0);
    fenced ^= fence;
    bool first = !have_prev || blank_line(&prev);
    /* a title line right above it does not make "1. Rekisterin nimi" part of its paragraph */
    bool under_title = have_prev && alone_above(&prev, prev_first);
    bool candidate = !fenced && !fence && number_marker(&cur) && (first || under_title);
    bool has_next = candidate && cur.next < lim, has_after = false;
    if (has_next) {
      line_at(cur.next, lim, &next);
      for (const char *q = next.next; q < lim && !has_after; q = after.next) {
        line_at(q, lim, &after);
        has_after = !blank_line(&after);
      }
    }
    /* the look-ahead passes over the blank lines after a candidate, which the next candidate is
       after: each line is read at most twice, linear in n */
    if (candidate &&
        numbered_heading(have_prev && !under_title ? &prev : NULL, &cur, has_next ? &next : NULL,
                         has_after ? &after : NULL)) {
      sb_add(out, "## ");
      any = true;
    } else if (sections && !fenced && title_heading(&cur)) {
      sb_addc(out, '#');
      any = true;
    }
    sb_addn(out, cur.start, (size_t)(cur.next - cur.start));
    prev = cur;
    prev_first = first;
    have_prev = true;
  }
  return any;
}

/* ---------- blocks of lines: an address or a list of "Label: value" fields ---------- */

enum {
  LINE_BLOCK_MAX = 100, /* bytes: a longer line is prose, and a paragraph with one is no block of lines */
  LINE_SHORT = 60,      /* bytes: lines no longer than this, each starting a new item, are an address */
  LABEL_MAX = 40        /* bytes before a label's colon */
};

/* True when the line starts a Markdown block other than a paragraph's text (a heading, list item,
   quote, table row, code, HTML, a thematic break or setext underline), or is blank. */
static bool block_start(const struct md_line *l)
{
  const char *p = l->start;
  if (blank_line(l) || list_item(l) || strchr("#|>=<`~", *p) || (l->end - p >= 4 && memcmp(p, "    ", 4) == 0) ||
      *p == '\t')
    return true;
  return (*p == '-' || *p == '*' || *p == '_') && strspn(p, "-*_ ") == (size_t)(l->end - p);
}

/* True when the line starts as an item of its own: a capital (ASCII or Latin-1), a digit, bold
   text or a "+" of a phone number, or is one word (an e-mail address, a web address); not
   the lower-case rest of a wrapped sentence. */
static bool item_start(const struct md_line *l)
{
  unsigned char c = (unsigned char)l->start[0], d = l->end - l->start > 1 ? (unsigned char)l->start[1] : 0;
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("*_+", c) ||
         (c == 0xc3 && d >= 0x80 && d <= 0x9e && d != 0x97) || !memchr(l->start, ' ', (size_t)(l->end - l->start));
}

/* True when the line is a field "Label: value" or "**Label:** value": a colon after at most
   LABEL_MAX bytes of at most four words. */
static bool labelled_line(const struct md_line *l)
{
  const char *colon = memchr(l->start, ':', (size_t)(l->end - l->start));
  if (!colon || colon == l->start || colon - l->start > LABEL_MAX ||
      (colon + 1 < l->end && !strchr(" *_", colon[1])))
    return false; /* "https://..." is no label */
  int spaces = 0;
  for (const char *q = l->start; q < colon; q++)
    spaces += *q == ' ';
  return spaces <= 3;
}

/* True when the paragraph of lines v[0..n) is a block of lines rather than wrapped prose: two lines
   or more, none long, each after the first starting an item of its own, and either each a field
   ("Y-tunnus: ...") or each short (an address). CommonMark joins such lines into one, which glues a
   contact's name to its first field. */
static bool line_block(const struct md_line *v, size_t n)
{
  if (n < 2)
    return false;
  bool fields = true, shorts = true;
  for (size_t i = 0; i < n; i++) {
    size_t len = (size_t)(v[i].end - v[i].start);
    if (len > LINE_BLOCK_MAX || (i && !item_start(&v[i])))
      return false;
    fields &= !i || labelled_line(&v[i]);
    shorts &= len <= LINE_SHORT;
  }
  return fields || shorts;
}

/* Copies the paragraph of lines v[0..n) to out, each line but the last ended by a hard line break
   when block. */
static void copy_paragraph(const struct md_line *v, size_t n, bool block, struct strbuf *out)
{
  for (size_t i = 0; i < n; i++) {
    if (block && i + 1 < n) {
      sb_addn(out, v[i].start, (size_t)(v[i].end - v[i].start));
      sb_add(out, "  \n"); /* two spaces: a hard line break, <br> */
    } else {
      sb_addn(out, v[i].start, (size_t)(v[i].next - v[i].start));
    }
  }
}

enum { PARAGRAPH_LINES = 12 }; /* a block of lines is an address or a few fields, never longer */

/* True when the line starts a fence of code ("```", "~~~"). */
static bool fence_line(const struct md_line *l)
{
  return l->end - l->start >= 3 && (memcmp(l->start, "```", 3) == 0 || memcmp(l->start, "~~~", 3) == 0);
}

/* Copies the Markdown s[0..n) into out with the lines of each block of lines (line_block) kept apart
   by hard line breaks, outside fenced code. True when it changed anything (out is then the copy).
   Linear in n: each line is copied once, and a paragraph longer than PARAGRAPH_LINES as it is. */
static bool mark_line_blocks(const char *s, size_t n, struct strbuf *out)
{
  const char *lim = s + n;
  struct md_line v[PARAGRAPH_LINES], l;
  size_t k = 0;
  bool fenced = false, any = false, overlong = false;
  for (const char *p = s; p < lim; p = l.next) {
    line_at(p, lim, &l);
    bool fence = fence_line(&l), text = !fenced && !fence && !block_start(&l);
    if (text && !overlong) {
      if (k < PARAGRAPH_LINES) {
        v[k++] = l;
        continue;
      }
      copy_paragraph(v, k, false, out);
      k = 0;
      overlong = true;
    }
    if (k) {
      bool block = line_block(v, k);
      any |= block;
      copy_paragraph(v, k, block, out);
      k = 0;
    }
    overlong &= text;
    fenced ^= fence;
    sb_addn(out, l.start, (size_t)(l.next - l.start));
  }
  if (k) {
    bool block = line_block(v, k);
    any |= block;
    copy_paragraph(v, k, block, out);
  }
  return any;
}

/* ---------- lists of rows: "- item" lines each followed by "Label: value" lines ---------- */

/* The HTML reader keeps a list item's hard line breaks ("- Uutiskirje", "Oikeusperuste: Suostumus"),
   as Markdown notices, seloste's own among them, write a purpose or a provider with its details. */

/* Start of the line after the list item starting at p: the next "- " line, a blank line or the end. */
static const char *item_stop(const char *p)
{
  for (const char *nl = strchr(p, '\n'); nl; nl = strchr(nl + 1, '\n'))
    if (nl[1] == '\n' || nl[1] == '\0' || strncmp(nl + 1, "- ", 2) == 0)
      return nl + 1;
  return p + strlen(p);
}

/* When the line [p, end) is "Label: value" whose label names a column of import_table.h other than
   an item's text, sets *label and *value (new strings) and returns true. */
static bool label_line(const char *p, const char *end, char **label, char **value)
{
  const char *colon = memchr(p, ':', (size_t)(end - p));
  if (!colon || colon == p || colon - p > 40 || (colon + 1 < end && colon[1] != ' '))
    return false;
  *label = xasprintf("%.*s", (int)(colon - p), p);
  enum import_col c = import_table_col(*label);
  if (c == COL_OTHER || c == COL_ITEM) {
    free(*label);
    return false;
  }
  const char *v = colon + 1 + (colon + 1 < end);
  *value = xasprintf("%.*s", (int)(end - v), v);
  return true;
}

/* End of the line starting at p, before its line feed, never after stop. */
static const char *line_end(const char *p, const char *stop)
{
  const char *nl = memchr(p, '\n', (size_t)(stop - p));
  return nl ? nl : stop;
}

/* True when a line of the item [p, stop) other than its first is a label line. */
static bool item_labelled(const char *p, const char *stop)
{
  for (p = line_end(p, stop); p < stop; p = line_end(p, stop)) {
    p++;
    char *label, *value;
    if (p < stop && label_line(p, line_end(p, stop), &label, &value)) {
      free(label);
      free(value);
      return true;
    }
  }
  return false;
}

/* Puts text into cell col of t's last row; a value it already had (a label given twice) goes first
   to the item's text as a "label: value" line. */
static void item_put(struct import_table *t, size_t col, const char *text)
{
  char **had = &t->cell[(t->nrows - 1) * t->ncols + col];
  if (**had && *t->head[col]) {
    size_t item = import_table_column(t, "");
    had = &t->cell[(t->nrows - 1) * t->ncols + col];
    const char *it = t->cell[(t->nrows - 1) * t->ncols + item];
    char *moved = xasprintf("%s%s%s: %s", it, *it ? "\n" : "", t->head[col], *had);
    import_table_put(t, item, moved);
    free(moved);
  }
  import_table_put(t, col, text);
}

/* Reads the item [p, stop) ("- text", then lines) into a new row of t: its text in the column "",
   each label's value in the column of that label, other lines joined to the piece before them. */
static void item_read(struct import_table *t, const char *p, const char *stop)
{
  struct strbuf piece = { 0 };
  size_t col = import_table_column(t, "");
  import_table_new_row(t);
  const char *end = line_end(p, stop);
  sb_addn(&piece, p + 2, (size_t)(end - p - 2));
  for (p = end; p < stop && ++p < stop; p = end) {
    end = line_end(p, stop);
    char *label, *value;
    if (label_line(p, end, &label, &value)) {
      item_put(t, col, piece.s ? piece.s : "");
      col = import_table_column(t, label);
      piece.len = 0;
      sb_add(&piece, value);
      free(label);
      free(value);
    } else if (end > p) {
      sb_addc(&piece, '\n');
      sb_addn(&piece, p, (size_t)(end - p));
    }
  }
  item_put(t, col, piece.s ? piece.s : "");
  sb_free(&piece);
}

/* Ends a run of labelled items [from, to) read into *t: a table of rows kept for blk, or (when it is
   no table of purposes or providers) the lines put back into out as they were. */
static void run_end(struct import_block *blk, struct import_table *t, const char *from, const char *to,
                    struct strbuf *out)
{
  if (import_table_kind(t) == TABLE_NONE) {
    sb_addn(out, from, (size_t)(to - from));
    import_table_free(t);
    return;
  }
  blk->tables = xrealloc(blk->tables, (blk->ntables + 1) * sizeof *blk->tables);
  blk->tables[blk->ntables++] = *t;
  *t = (struct import_table){ 0 };
}

/* Appends s to out with runs of three or more line feeds made two and the ends trimmed. */
static void tidy_into(struct strbuf *out, const char *s)
{
  s += strspn(s, "\n");
  for (; *s; s++)
    if (*s != '\n' || (out->len >= 2 ? out->s[out->len - 1] != '\n' || out->s[out->len - 2] != '\n' : true))
      sb_addc(out, *s);
  while (out->len && out->s[out->len - 1] == '\n')
    out->s[--out->len] = '\0';
}

/* Takes the runs of labelled list items out of blk's body into tables of rows. */
static void block_items(struct import_block *blk)
{
  struct strbuf out = { 0 };
  struct import_table t = { 0 };
  const char *run = NULL, *p = blk->body, *body_end = blk->body + strlen(blk->body);
  size_t had = blk->ntables;
  while (*p) {
    const char *stop = strncmp(p, "- ", 2) == 0 ? item_stop(p) : NULL;
    if (stop && item_labelled(p, stop)) {
      run = run ? run : p;
      item_read(&t, p, stop);
      p = stop;
      continue;
    }
    if (run)
      run_end(blk, &t, run, p, &out);
    run = NULL;
    const char *end = line_end(p, body_end); /* not strlen(p): once per line was quadratic */
    sb_addn(&out, p, (size_t)(end - p) + (*end == '\n'));
    p = end + (*end == '\n');
  }
  if (run)
    run_end(blk, &t, run, p, &out);
  if (blk->ntables > had) {
    struct strbuf tidy = { 0 };
    sb_add(&tidy, "");
    tidy_into(&tidy, out.s ? out.s : "");
    free(blk->body);
    blk->body = sb_take(&tidy);
  }
  sb_free(&out);
}

/* True when the line [p, end) is a list item "- Label: value", its label at most 40 bytes and no
   sentence ("- Tiedot poistetaan: ..." has a label of five words at most). */
static bool field_item(const char *p, const char *end)
{
  if (end - p < 5 || strncmp(p, "- ", 2) != 0)
    return false;
  const char *colon = memchr(p + 2, ':', (size_t)(end - p - 2));
  if (!colon || colon == p + 2 || colon - p - 2 > 40 || colon + 1 == end || colon[1] != ' ')
    return false;
  int spaces = 0;
  for (const char *q = p + 2; q < colon; q++)
    spaces += *q == ' ';
  return spaces < 5;
}

/* Makes each paragraph of blk's body that is only "- Label: value" items (Markdown's usual way to
   write "**Sähköposti:** ..." fields, an HTML <dl>) into "Label: value" lines, as the HTML reader
   reads a <dl>: the builder reads such lines as a contact's fields. */
static void field_lists(struct import_block *blk)
{
  struct strbuf out = { 0 };
  sb_add(&out, "");
  const char *body_end = blk->body + strlen(blk->body);
  for (const char *para = blk->body; para < body_end;) {
    const char *brk = str_para_break(para), *stop = brk ? brk : body_end;
    bool all = true;
    for (const char *p = para; p < stop && all; p = line_end(p, stop) + 1)
      all = field_item(p, line_end(p, stop));
    for (const char *p = para, *end; p < stop; p = end + 1) {
      end = line_end(p, stop);
      sb_addn(&out, p + (all ? 2 : 0), (size_t)(end - p) - (all ? 2 : 0));
      if (end < stop)
        sb_addc(&out, '\n');
    }
    if (brk)
      sb_add(&out, "\n\n");
    para = brk ? brk + 2 : body_end; /* a new buffer: moving the rest down per paragraph was quadratic */
  }
  free(blk->body);
  blk->body = sb_take(&out);
}

/* ---------- md4c ---------- */

/* Appends md4c's output to the strbuf userdata. */
static void md_out(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
  sb_addn(userdata, text, size);
}

bool import_md_read(const char *s, size_t n, struct import_blocks *out, struct strbuf *report, struct strbuf *err)
{
  const struct md_api *md = md_api(err);
  if (!md)
    return false;
  if (n > UINT32_MAX / 2) {
    sb_add(err, _("the Markdown file is too big to read"));
    return false;
  }
  struct strbuf html = { 0 };
  sb_add(&html, "<!DOCTYPE html>\n<html><body>\n");
  size_t fm = front_matter_length(s, n);
  front_matter(s, fm, &html, report);
  struct strbuf marked = { 0 };
  const char *text = s + fm;
  size_t len = n - fm;
  if (mark_numbered_headings(text, len, &marked)) {
    text = marked.s;
    len = marked.len;
  }
  struct strbuf lines = { 0 };
  if (mark_line_blocks(text, len, &lines)) {
    text = lines.s;
    len = lines.len;
  }
  unsigned flags = MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_STRIKETHROUGH;
  bool ok = len <= UINT32_MAX / 2 && md->to_html(text, (MD_SIZE)len, md_out, &html, flags, MD_HTML_FLAG_SKIP_UTF8_BOM) == 0;
  sb_free(&marked);
  sb_free(&lines);
  sb_add(&html, "</body></html>\n");
  if (!ok)
    sb_add(err, _("the Markdown file could not be read"));
  else
    ok = import_html_read(html.s, html.len, out, err);
  for (size_t i = 0; ok && i < out->n; i++) {
    block_items(&out->v[i]);
    field_lists(&out->v[i]);
  }
  sb_free(&html);
  return ok;
}

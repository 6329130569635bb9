/* Plain-text readers: headings on their own lines (also numbered, underlined, broken over lines as
   PDF extraction leaves them), heading-TAB-body tables, page-break debris. */
#include "config.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include "import.h"
#include "import_match.h"

/* The input split into lines, trimmed and with runs of blanks collapsed. */
struct lines {
  char **v;
  size_t n;
};

/* True when a line is blank. */
static bool blank(const char *s) { return str_blank(s); }

/* Copy of s[0..n) with CR dropped, tabs and runs of spaces made one space, ends trimmed. */
static char *clean(const char *s, size_t n)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  for (size_t i = 0; i < n; i++) {
    char c = s[i] == '\t' || s[i] == '\r' || s[i] == '\v' ? ' ' : s[i];
    if (c == ' ' && (b.len == 0 || b.s[b.len - 1] == ' '))
      continue;
    sb_addc(&b, c);
  }
  while (b.len && b.s[b.len - 1] == ' ')
    b.s[--b.len] = '\0';
  return sb_take(&b);
}

/* Splits text at newlines; a form feed also ends a line and leaves a blank one. */
static void split_lines(const char *text, struct lines *L, bool keep_tabs)
{
  size_t cap = 64;
  L->v = xmalloc(cap * sizeof *L->v);
  L->n = 0;
  for (const char *p = text; *p;) {
    size_t n = strcspn(p, "\n\f");
    if (L->n + 2 >= cap)
      L->v = xrealloc(L->v, (cap *= 2) * sizeof *L->v);
    if (keep_tabs) {
      L->v[L->n] = xmalloc(n + 1);
      memcpy(L->v[L->n], p, n);
      L->v[L->n][n] = '\0';
      if (n && L->v[L->n][n - 1] == '\r')
        L->v[L->n][n - 1] = '\0';
      L->n++;
    } else {
      L->v[L->n++] = clean(p, n);
    }
    if (p[n] == '\f')
      L->v[L->n++] = xstrdup("");
    p += n + (p[n] != '\0');
  }
}

/* Frees the lines. */
static void free_lines(struct lines *L)
{
  for (size_t i = 0; i < L->n; i++)
    free(L->v[i]);
  free(L->v);
}

/* True when a line is page-break debris: "Sivu 2 / 5", "Page 3 of 7", "2/5", "- 4 -". */
static bool page_debris(const char *s)
{
  char *norm = import_normalise(s);
  bool only_nums = true;
  for (const char *p = s; *p; p++)
    if (!strchr("0123456789 /-()", *p))
      only_nums = false;
  bool has_digit = strpbrk(s, "0123456789") != NULL;
  bool word = (strncmp(norm, "sivu", 4) == 0 || strncmp(norm, "page", 4) == 0) && has_digit &&
              strlen(s) <= 20 && strspn(norm + 4, " 0123456789") + 4 >= strlen(norm) - 3;
  bool nums = only_nums && has_digit && strlen(s) <= 12 && (strchr(s, '/') || s[0] == '-');
  free(norm);
  return word || nums;
}

/* True when the line is a bullet item. */
static bool bullet(const char *s)
{
  return (s[0] == '-' || s[0] == '*') ? s[1] == ' ' : strncmp(s, "\xe2\x80\xa2 ", 4) == 0 ||
                                                       strncmp(s, "\xe2\x80\x93 ", 4) == 0;
}

/* True when the line is an underline ("=====" or "-----"). */
static bool underline(const char *s)
{
  size_t n = strlen(s);
  return n >= 3 && (strspn(s, "=") == n || strspn(s, "-") == n);
}

/* True when the line starts with a number such as "4." or "4.1". */
static bool numbered(const char *s)
{
  size_t d = strspn(s, "0123456789.");
  return d > 0 && d <= 6 && s[0] != '.' && (s[d] == ' ' || s[d] == ')') && strchr(s, '.') != NULL;
}

/* True when the line has letters and none of them lower-case ASCII. */
static bool all_caps(const char *s)
{
  bool letters = false;
  for (const char *p = s; *p; p++) {
    if (*p >= 'a' && *p <= 'z')
      return false;
    letters = letters || (*p >= 'A' && *p <= 'Z');
  }
  return letters;
}

/* Display width of a line. */
static size_t width(const char *s) { return utf8_width(s, strlen(s)); }

/* Width of the first word of s. */
static size_t first_word(const char *s) { return utf8_width(s, strcspn(s, " ")); }

/* Reader state for the plain shape. */
struct reader {
  struct lines L;
  size_t wrap;               /* the width the text seems wrapped at */
  struct import_blocks *out;
  char *heading;             /* current block's heading, NULL before the first */
  bool strong;
  struct import_match match;
  bool have_match;
  struct strbuf body;
  bool just_started;         /* the last line read was a heading */
};

/* Ends the current block. */
static void flush(struct reader *r)
{
  while (r->body.len && r->body.s[r->body.len - 1] == '\n')
    r->body.s[--r->body.len] = '\0';
  if (r->heading || r->body.len)
    import_blocks_add(r->out, r->heading, r->body.s ? r->body.s : "", r->strong);
  free(r->heading);
  r->heading = NULL;
  r->body.len = 0;
  if (r->body.s)
    r->body.s[0] = '\0';
}

/* Starts a block under heading h. */
static void start(struct reader *r, const char *h, bool strong, const struct import_match *m)
{
  flush(r);
  r->heading = xstrdup(h);
  r->strong = strong;
  r->just_started = true;
  r->have_match = m != NULL;
  if (m)
    r->match = *m;
}

/* Adds a body line, joining it to the previous one when that was only wrapped. */
static void add_line(struct reader *r, const char *line, const char *prev, bool prev_blank)
{
  r->just_started = false;
  if (prev_blank || !prev) {
    if (r->body.len)
      sb_add(&r->body, "\n\n");
  } else {
    size_t pn = strlen(prev);
    bool lower = line[0] >= 'a' && line[0] <= 'z' && pn && !strchr(".!?:", prev[pn - 1]);
    bool soft = !bullet(line) && (lower || width(prev) + 1 + first_word(line) > r->wrap);
    bool bullet_cont = bullet(prev) && !bullet(line) && r->wrap == 72;
    size_t pl = strlen(prev);
    bool hyphen = pl > 1 && prev[pl - 1] == '-' && prev[pl - 2] != ' ' && line[0] >= 'a' && line[0] <= 'z';
    if (hyphen && (soft || bullet_cont))
      ;
    else
      sb_add(&r->body, soft || bullet_cont ? " " : "\n");
  }
  if (bullet(line) && line[0] != '-') {
    sb_add(&r->body, "- ");
    line += line[0] == '*' ? 2 : 4;
  }
  sb_add(&r->body, line);
}

/* True when the line, first under a legal-basis heading, names a basis ("Oikeutettu etu",
   "Suostumus") rather than starting the section of that name. */
static bool names_option(const struct reader *r, const char *line)
{
  if (!r->have_match || r->body.len || r->match.n == 0 || !r->match.basis)
    return false;
  struct import_match m;
  if (!import_match_heading(line, false, &m))
    return false;
  const struct schema_section *t = schema_at((size_t)m.sec[0]);
  return strcmp(t->id, "legitimate_interest") == 0 || strcmp(t->id, "consent_withdrawal") == 0;
}

/* True when a line reads as a sentence (it has a finite verb such as "on"), not as a heading. */
static bool sentence(const char *s)
{
  char *norm = import_normalise(s);
  bool verb = import_has(norm, "=on|=ovat|=ei|=eivät|=emme|=is|=are|=perustuu|=we|=voi|taan |tään |daan |dään ");
  size_t n = strlen(norm);
  verb = verb || (n > 4 && (strcmp(norm + n - 4, "taan") == 0 || strcmp(norm + n - 4, "daan") == 0));
  free(norm);
  return verb;
}

/* Tries line i (joined with up to two following lines when a heading was broken) as a heading;
   returns the number of lines it takes, 0 when it is not one. */
static size_t try_heading(struct reader *r, size_t i, bool prev_blank, struct import_match *m, bool *strong,
                          char **text)
{
  const char *s = r->L.v[i];
  size_t n = strlen(s);
  if (!prev_blank || n == 0 || n > 120 || bullet(s) || s[n - 1] == ':' || s[n - 1] == ',' || s[n - 1] == ';')
    return 0;
  const char *after = i + 1 < r->L.n ? r->L.v[i + 1] : "";
  /* "4. REKISTERIN TIETOSISÄLTÖ", or "2. Yleistä" alone on its line: a heading even when unknown */
  *strong = numbered(s) && (all_caps(s) || (blank(after) && n <= 60 && s[n - 1] != '.' && !sentence(s)));
  if (!*strong && sentence(s))
    return 0;
  bool lower_next = after[0] >= 'a' && after[0] <= 'z';
  if (!*strong && lower_next && width(s) + 1 + first_word(after) > r->wrap)
    return 0; /* the first line of a wrapped paragraph */
  struct strbuf b = { 0 };
  sb_add(&b, s);
  size_t take = 1;
  bool hit = import_match_heading(b.s, !*strong, m);
  for (size_t k = 1; k <= 2 && i + k < r->L.n; k++) {
    const char *next = r->L.v[i + k];
    if (blank(next) || strlen(next) > 60 || bullet(next) || next[strlen(next) - 1] == '.')
      break;
    struct import_match m2;
    size_t keep = b.len;
    sb_addc(&b, ' ');
    sb_add(&b, next);
    bool caps = all_caps(s) && all_caps(next);
    if ((!hit || caps) && import_match_heading(b.s, !*strong && !caps, &m2)) {
      *m = m2;
      hit = true;
      take = k + 1;
    } else {
      b.s[b.len = keep] = '\0';
      break;
    }
  }
  if (!hit && !*strong) {
    sb_free(&b);
    return 0;
  }
  if (!hit)
    m->n = 0;
  *text = sb_take(&b);
  return take;
}

/* True when a candidate heading really is text under the current heading. */
static bool is_body_after_all(const struct reader *r, const struct import_match *m, const char *line)
{
  if (names_option(r, line))
    return true;
  return r->have_match && import_match_same(m, &r->match) && r->body.len > 0;
}

/* "Laatimispäivä: 1.2.2020": a heading and its text on one line; true when it started a block. */
static bool labelled_heading(struct reader *r, const char *s)
{
  const char *colon = strchr(s, ':');
  if (!colon || colon - s > 60 || !colon[1] || strncmp(colon, "://", 3) == 0)
    return false;
  if (isalpha((unsigned char)colon[1]) || (unsigned char)colon[1] >= 0x80)
    return false; /* "EU:n", "Oy:n": a Finnish case ending, not a label */
  char *head = xmalloc((size_t)(colon - s) + 1);
  memcpy(head, s, (size_t)(colon - s));
  head[colon - s] = '\0';
  struct import_match m;
  bool hit = !sentence(head) && import_match_heading(head, true, &m) &&
             !(r->have_match && import_match_same(&m, &r->match));
  if (hit) {
    start(r, head, false, &m);
    const char *v = colon + 1;
    while (*v == ' ')
      v++;
    add_line(r, v, NULL, true);
  }
  free(head);
  return hit;
}

/* Handles line i of the plain shape; returns the next line to look at. */
static size_t read_line(struct reader *r, size_t i, bool prev_blank, const char *prev)
{
  const char *s = r->L.v[i];
  if (i + 1 < r->L.n && underline(r->L.v[i + 1]) && !blank(s) && r->L.v[i + 1][0] == '=' && !r->heading) {
    add_line(r, s, prev, true); /* the title: part of the text before the first heading */
    r->just_started = true;
    return i + 2;
  }
  if (i + 1 < r->L.n && underline(r->L.v[i + 1]) && !blank(s)) {
    struct import_match m;
    bool hit = import_match_heading(s, false, &m);
    start(r, s, true, hit ? &m : NULL);
    return i + 2;
  }
  if (s[0] == '#' && (s[strspn(s, "#")] == ' ')) {
    struct import_match m;
    const char *h = s + strspn(s, "# ");
    bool hit = import_match_heading(h, false, &m);
    start(r, h, true, hit ? &m : NULL);
    return i + 1;
  }
  struct import_match m;
  if (labelled_heading(r, s))
    return i + 1;
  bool strong = false;
  char *text = NULL;
  size_t take = try_heading(r, i, prev_blank, &m, &strong, &text);
  if (take && !is_body_after_all(r, &m, text)) {
    start(r, text, strong, m.n ? &m : NULL);
    free(text);
    return i + take;
  }
  free(text);
  add_line(r, s, prev, prev_blank);
  return i + 1;
}

/* Width the text is wrapped at: its longest line, or 72 for seloste's own rendering. */
static size_t wrap_width(const struct lines *L)
{
  size_t w = 0;
  for (size_t i = 0; i < L->n; i++) {
    if (i + 1 < L->n && underline(L->v[i + 1]) && L->v[i + 1][0] == '=')
      return 72;
    if (!underline(L->v[i]) && width(L->v[i]) > w)
      w = width(L->v[i]);
  }
  return w;
}

/* Reads the plain shape: headings on their own lines. */
static void read_plain(const char *text, struct import_blocks *out)
{
  struct reader r = { .out = out };
  split_lines(text, &r.L, false);
  for (size_t i = 0; i < r.L.n; i++)
    if (page_debris(r.L.v[i]))
      r.L.v[i][0] = '\0';
  r.wrap = wrap_width(&r.L);
  bool prev_blank = true;
  const char *prev = NULL;
  for (size_t i = 0; i < r.L.n;) {
    if (blank(r.L.v[i])) {
      prev_blank = true;
      i++;
      continue;
    }
    size_t next = read_line(&r, i, prev_blank, prev);
    prev_blank = r.just_started; /* a heading ends its line group */
    prev = prev_blank ? NULL : r.L.v[next - 1];
    i = next;
  }
  flush(&r);
  sb_free(&r.body);
  free_lines(&r.L);
}

/* ---------- heading-TAB-body tables ---------- */

/* True when line's cell before the first TAB is a heading. */
static bool table_row(const char *line)
{
  const char *tab = strchr(line, '\t');
  if (!tab || tab == line || tab - line > 200)
    return false;
  char *cell = clean(line, (size_t)(tab - line));
  struct import_match m;
  bool hit = *cell && import_match_heading(cell, false, &m);
  free(cell);
  return hit;
}

/* True when most of the headed lines are heading-TAB-body rows. */
static bool is_table(const struct lines *L)
{
  size_t rows = 0;
  for (size_t i = 0; i < L->n; i++)
    rows += table_row(L->v[i]);
  return rows >= 3;
}

/* True when the body's last visible character ends a sentence. */
static bool ends_sentence(const struct strbuf *b)
{
  size_t n = b->len;
  while (n && (b->s[n - 1] == ' ' || b->s[n - 1] == '\n'))
    n--;
  if (n >= 4 && strncmp(b->s + n - 4, "</p>", 4) == 0)
    n -= 4;
  return n && strchr(".!?:", b->s[n - 1]);
}

/* Appends a continuation line to a row's body: a new paragraph after a full stop, else the same. */
static void continue_row(struct strbuf *b, const char *text)
{
  if (!b->len) {
    sb_add(b, text);
    return;
  }
  if (ends_sentence(b)) {
    sb_add(b, text[0] == '<' ? "\n" : "\n<p>");
  } else {
    while (b->len && b->s[b->len - 1] == ' ')
      b->s[--b->len] = '\0';
    if (b->len >= 4 && strcmp(b->s + b->len - 4, "</p>") == 0)
      b->s[b->len -= 4] = '\0';
    sb_addc(b, ' ');
  }
  sb_add(b, text);
}

/* Adds a table row's block, its body freed of inline HTML. */
static void add_row(struct import_blocks *out, const char *heading, struct strbuf *body)
{
  char *text = import_inline_html(body->s ? body->s : "");
  import_blocks_add(out, heading, text, heading != NULL);
  free(text);
  body->len = 0;
  if (body->s)
    body->s[0] = '\0';
}

/* Reads the table shape: "heading TAB body" rows, continuation lines after them. */
static void read_table(const struct lines *L, struct import_blocks *out)
{
  char *heading = NULL;
  struct strbuf body = { 0 };
  bool started = false;
  for (size_t i = 0; i < L->n; i++) {
    const char *line = L->v[i];
    const char *tab = strchr(line, '\t');
    char *cell = tab ? clean(line, (size_t)(tab - line)) : NULL;
    char *rest = clean(tab ? tab + 1 : line, strlen(tab ? tab + 1 : line));
    if (cell && *cell) {
      if (started || body.len)
        add_row(out, heading, &body);
      free(heading);
      heading = xstrdup(cell);
      started = true;
      sb_add(&body, rest);
    } else if (*rest) {
      if (started)
        continue_row(&body, rest);
      else {
        if (body.len)
          sb_add(&body, "\n\n");
        sb_add(&body, rest);
      }
    }
    free(cell);
    free(rest);
  }
  if (started || body.len)
    add_row(out, heading, &body);
  free(heading);
  sb_free(&body);
}

void import_text_read(const char *text, struct import_blocks *out)
{
  struct lines raw;
  split_lines(text, &raw, true);
  if (is_table(&raw))
    read_table(&raw, out);
  else
    read_plain(text, out);
  free_lines(&raw);
}

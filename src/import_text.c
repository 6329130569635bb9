/* Plain-text readers: headings on their own lines (also numbered, underlined, broken over lines as
   PDF extraction leaves them), heading-TAB-body tables, page-break debris. */
#include "config.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include "import.h"
#include "import_match.h"
#include "import_pdf.h"
#include "import_table.h"

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

static bool upper_start(const char *s);

/* Depth of the numbering a line starts with: 1 for "4." or "4)" (also "4.REKISTERI", the space left
   out as some copies do, when a capital follows), 2 for "4.1" or "4.1.", 3 for "4.1.2"; 0 when there
   is none (each number one or two digits, so "1.1.2020" is a date, not a numbering). *top is set to
   the first number. */
static int numbering(const char *s, int *top)
{
  int depth = 0;
  const char *p = s;
  *top = 0;
  for (;;) {
    size_t d = strspn(p, "0123456789");
    if (d == 0 || d > 2)
      return 0;
    if (depth == 0)
      *top = atoi(p);
    depth++;
    p += d;
    if (*p == ')' || (*p == '.' && p[1] == ' ') || (*p == '.' && p[1] == ')'))
      return p[1 + (p[1] == ')')] == ' ' ? depth : 0;
    if (*p == ' ' && depth > 1)
      return depth;
    if (*p == '.' && depth == 1 && upper_start(p + 1))
      return depth;
    if (*p != '.')
      return 0;
    p++;
  }
}

/* True when the line starts with a number such as "4." or "4.1". */
static bool numbered(const char *s)
{
  int top;
  return numbering(s, &top) > 0;
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
  struct lines raw;          /* the same lines as L, indentation kept (lists of rows) */
  struct import_table *tables; /* lists of rows read in the current block (import_table.h) */
  size_t ntables;
  int level;                 /* the current block's heading level (import.h) */
  int last_top;              /* the number of the last "N." section heading, 0 before one */
  bool numbered_seen;        /* a numbered section heading was read */
  bool caps_seen;            /* an unnumbered ALL CAPS section heading was read */
  bool marked_seen;          /* an underlined or "#" heading was read */
  bool prose;                /* the current block's text has running sentences, not only values */
};

/* Ends the current block. */
static void flush(struct reader *r)
{
  while (r->body.len && r->body.s[r->body.len - 1] == '\n')
    r->body.s[--r->body.len] = '\0';
  if (r->heading || r->body.len || r->ntables) {
    import_blocks_add(r->out, r->heading, r->body.s ? r->body.s : "", r->strong);
    r->out->v[r->out->n - 1].level = r->heading ? r->level : 0;
    import_blocks_attach(r->out, &r->tables, r->ntables);
    r->ntables = 0;
  }
  free(r->heading);
  r->heading = NULL;
  r->prose = false;
  r->body.len = 0;
  if (r->body.s)
    r->body.s[0] = '\0';
}

/* Level of heading h as read in its place (import.h), noting the numbering and capitals it shows. */
static int heading_level(struct reader *r, const char *h)
{
  int top, depth = numbering(h, &top);
  if (depth == 1) {
    r->numbered_seen = true;
    r->last_top = top;
  }
  if (depth)
    return depth + 1 > 6 ? 6 : depth + 1;
  if (all_caps(h)) {
    r->caps_seen = true;
    return 2;
  }
  if (r->numbered_seen || r->caps_seen || r->marked_seen)
    return 3; /* an unnumbered plain heading under numbered, ALL CAPS or marked ones */
  return 2; /* the same shape as the other headings: a section's */
}

/* Starts a block under heading h at the level heading_level gives it. */
static void start(struct reader *r, const char *h, bool strong, const struct import_match *m)
{
  flush(r);
  r->level = heading_level(r, h);
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
  size_t ln = strlen(line);
  r->prose = r->prose || (r->body.len > 80 && ln && (strchr(".!?", line[ln - 1]) || strstr(line, ". ")));
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

/* True when s ends with the bytes of end. */
static bool ends_with(const char *s, const char *end)
{
  size_t n = strlen(s), k = strlen(end);
  return n >= k && strcmp(s + n - k, end) == 0;
}

/* True when a line reads as a sentence (it has a finite verb such as "on", "är"), not as a heading. */
static bool sentence(const char *s)
{
  char *norm = import_normalise(s);
  bool verb = import_has(norm, "=on|=ovat|=ei|=eivät|=emme|=is|=are|=perustuu|=we|=voi|taan |tään |daan |dään |"
                               "=är|=inte|=har|=kan|=vi|=ska|=skall|=används|=överförs|=lämnas|=behandlas|"
                               "=sparas|=lagras|=raderas|=samlas");
  verb = verb || ends_with(norm, "taan") || ends_with(norm, "daan") || ends_with(norm, "tään") ||
         ends_with(norm, "dään"); /* "Tiedot säilytetään" ends with its verb */
  free(norm);
  return verb;
}

/* True when s starts with a lower-case letter (ASCII, or Latin-1's "ä", "ö", "å", "é"...). */
static bool lower_start(const char *s)
{
  unsigned char c = (unsigned char)s[0], d = c ? (unsigned char)s[1] : 0; /* "" has no s[1] */
  return (c >= 'a' && c <= 'z') || (c == 0xC3 && d >= 0x9F && d <= 0xBF);
}

/* True when s starts with an upper-case letter (ASCII, or Latin-1's "Ä", "Ö", "Å"...). */
static bool upper_start(const char *s)
{
  unsigned char c = (unsigned char)s[0], d = c ? (unsigned char)s[1] : 0;
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97);
}

/* True when s holds a sentence's end followed by more words ("Omaisuuden suojaaminen. Peruste: etu."):
   text, never a heading, however well its words name a section. */
static bool two_sentences(const char *s)
{
  for (const char *p = s; (p = strpbrk(p, ".!?")); p++) {
    bool word_before = p > s && ((p[-1] >= 'a' && p[-1] <= 'z') || (unsigned char)p[-1] >= 0x80);
    if (word_before && p[1] == ' ' && (upper_start(p + 2) || lower_start(p + 2)))
      return true;
  }
  return false;
}

/* Number of words of s, and in *caps the number of them that start with a capital. */
static size_t words(const char *s, size_t *caps)
{
  size_t n = 0;
  *caps = 0;
  for (const char *p = s; *p; p += strcspn(p, " ")) {
    p += strspn(p, " ");
    if (!*p)
      break;
    n++;
    *caps += upper_start(p);
  }
  return n;
}

/* True when the line names an organisation ("Esimerkki Oy", "ESIMERKKI RY:N") or a whole notice's
   title ("Tietosuojaseloste"): never a section heading. */
static bool name_or_title(const char *s)
{
  char *norm = import_normalise(s);
  bool hit = import_has(norm, "=oy|=oyj|=ab|=ry|=rf|=abp|=ky|=tmi|=ltd|=inc|=gmbh") || import_is_title(norm);
  free(norm);
  return hit;
}

/* True when the numbered line s continues the numbering of the headings read so far: the next
   section number ("3." after "2."), a first one ("1." or "2."), or a sub-number of the current
   section ("2.1" under "2."). A numbered list in the text ("1. Nimi") starts again from one. */
static bool in_sequence(const struct reader *r, const char *s)
{
  int top, depth = numbering(s, &top);
  if (depth == 0)
    return false;
  if (!r->numbered_seen)
    return depth == 1 && top >= 1 && top <= 2;
  return depth == 1 ? top == r->last_top + 1 : top == r->last_top;
}

/* The text of a numbered line after its number. */
static const char *after_number(const char *s)
{
  s += strspn(s, "0123456789.)");
  return s + strspn(s, " ");
}

/* True when a numbered line is a heading by its numbering alone (no matter whether its words are
   known): "4. REKISTERIN TIETOSISÄLTÖ", "2. Yleistä" alone on its line, or "3. Tietojen käsittely"
   next in the headings' numbering, not a sentence, with text after it. */
static bool numbered_heading(const struct reader *r, size_t i, bool prev_blank)
{
  const char *s = r->L.v[i];
  size_t n = strlen(s);
  const char *after = i + 1 < r->L.n ? r->L.v[i + 1] : "";
  if (!numbered(s))
    return false;
  if (all_caps(s) && (prev_blank || in_sequence(r, s)))
    return true; /* "1. KUKA ON REKISTERINPITÄJÄ?": capitals make even a question a heading */
  if (n > 80 || s[n - 1] == '.' || sentence(s) || lower_start(after_number(s)))
    return false;
  if (prev_blank && blank(after) && n <= 60)
    return true;
  return in_sequence(r, s) && i + 1 < r->L.n;
}

/* True when the line before (prev, not blank) leaves line s no room to be a heading: it leads in
   to a list or goes on (":" or ","), or it was wrapped and s goes on with its sentence. */
static bool continues_prev(const struct reader *r, const char *s, const char *prev)
{
  size_t pn = prev ? strlen(prev) : 0;
  if (!pn)
    return false;
  if (strchr(":,;", prev[pn - 1]) || (prev[pn - 1] == '-' && lower_start(s)))
    return true;
  return !numbered(s) && !strchr(".!?", prev[pn - 1]) && width(prev) + 1 + first_word(s) > r->wrap;
}

/* True when an ALL CAPS line with no blank line around it, in a notice whose section headings are
   in capitals, is a heading the matcher does not know ("MUUT TIEDOT"): two words or more, no
   digits, no organisation, the next line not in capitals. */
static bool caps_heading(const struct reader *r, size_t i)
{
  const char *s = r->L.v[i];
  size_t caps;
  const char *after = i + 1 < r->L.n ? r->L.v[i + 1] : "";
  return r->caps_seen && !r->numbered_seen && all_caps(s) && words(s, &caps) >= 2 && !strpbrk(s, "0123456789@") && !name_or_title(s) && !blank(after) &&
         !all_caps(after) && strlen(s) <= 80;
}

/* True when line i, with no blank line before it, has a heading's form: short, not ending as a
   sentence or a lead-in, no finite verb, not going on from the line before, text after it. */
static bool tight_form(const struct reader *r, size_t i, const char *prev)
{
  const char *s = r->L.v[i];
  size_t n = strlen(s), caps;
  if (n > 80 || words(s, &caps) > 10 || strchr(".!", s[n - 1]) || lower_start(s) || continues_prev(r, s, prev))
    return false;
  size_t j = i + 1;
  while (j < r->L.n && blank(r->L.v[j]))
    j++;
  return j < r->L.n;
}

/* True when the line starts with a number of one or two digits, with or without its "." or ")",
   and then a word ("1. Rekisterin nimi", "1 Rekisterin nimi", "2)Tarkoitus"): the start of a
   numbered heading or item, never the rest of the line before it. */
static bool number_led(const char *s)
{
  size_t d = strspn(s, "0123456789");
  if (d == 0 || d > 2)
    return false;
  const char *p = s + d;
  p += *p == '.' || *p == ')';
  p += strspn(p, " \t");
  return p > s + d && *p && !isdigit((unsigned char)*p) && !strchr(".,:;-/", *p);
}

/* Joins the lines after a heading's first that finish it ("Henkilötietojen käsittelyn" /
   "tarkoitus"), at most two, into b; returns how many lines the heading takes. A line joins when
   the joined heading is known (and the first part was not, or both are in capitals), or when it
   is a short lower-case rest of a heading (no full stop, no verb). */
static size_t join_broken(const struct reader *r, size_t i, bool strong, struct strbuf *b, bool *hit,
                          struct import_match *m)
{
  size_t take = 1;
  const char *s = r->L.v[i];
  if (strchr(".!?", s[strlen(s) - 1]))
    return take; /* the first line ends a sentence: what follows starts another */
  for (size_t k = 1; k <= 2 && i + k < r->L.n; k++) {
    const char *next = r->L.v[i + k];
    size_t nn = strlen(next), caps;
    if (blank(next) || nn > 60 || bullet(next) || next[nn - 1] == '.' || numbered(next) || number_led(next))
      break; /* a numbered line starts a heading of its own ("28.2.2022" / "1. Rekisterin nimi") */
    bool rest = lower_start(next) && nn <= 40 && words(next, &caps) <= 3 && !strchr(":,;", next[nn - 1]) &&
                !sentence(next);
    struct import_match m2;
    size_t keep = b->len;
    sb_addc(b, ' ');
    sb_add(b, next);
    bool caps2 = all_caps(s) && all_caps(next);
    bool known = import_match_heading(b->s, !strong && !caps2, &m2);
    if ((!*hit || caps2 || rest) && known) {
      *m = m2;
      *hit = true;
      take = k + 1;
    } else if (rest && !*hit && strong) {
      take = k + 1;
    } else {
      b->s[b->len = keep] = '\0';
      break;
    }
  }
  return take;
}

/* Tries line i (joined with up to two following lines when a heading was broken) as a heading;
   returns the number of lines it takes, 0 when it is not one. With a blank line before it, a
   short known phrase or a numbered line is a heading; without one, also its form must be a
   heading's (tight_form), and an unknown one must be numbered in sequence or in capitals. */
static size_t try_heading(struct reader *r, size_t i, bool prev_blank, const char *prev, struct import_match *m,
                          bool *strong, char **text)
{
  const char *s = r->L.v[i];
  size_t n = strlen(s);
  if (n == 0 || n > 120 || bullet(s) || strchr(":,;", s[n - 1]) || two_sentences(s))
    return 0; /* a full stop ends a sentence, or a heading between blank lines (tight_form) */
  if (!prev_blank && !tight_form(r, i, prev))
    return 0;
  const char *after = i + 1 < r->L.n ? r->L.v[i + 1] : "";
  *strong = numbered_heading(r, i, prev_blank) || (!prev_blank && caps_heading(r, i));
  if (!*strong && sentence(s) && s[n - 1] != '?')
    return 0; /* a sentence, unless a question on its own line: "Kenelle tietoja luovutetaan?" */
  struct strbuf b = { 0 };
  sb_add(&b, s);
  bool hit = import_match_heading(b.s, !*strong, m);
  size_t take = join_broken(r, i, *strong, &b, &hit, m);
  bool wrapped = take == 1 && lower_start(after) && width(s) + 1 + first_word(after) > r->wrap;
  if ((!hit && !*strong) || (!*strong && wrapped)) { /* wrapped: the first line of a paragraph */
    sb_free(&b);
    return 0;
  }
  if (!hit)
    m->n = 0;
  *text = sb_take(&b);
  return take;
}

/* True when line j starts a paragraph of body text: a list, a sentence, or a long line. */
static bool body_para(const struct reader *r, size_t j)
{
  const char *s = r->L.v[j];
  size_t n = strlen(s);
  return bullet(s) || strchr(".!?:", s[n - 1]) || width(s) > 60 ||
         (j + 1 < r->L.n && lower_start(r->L.v[j + 1]));
}

/* True when an unmarked heading s has the form of the notice's section headings so far: plain
   mixed-case lines in a notice without numbered, ALL CAPS or marked ones, or capitals among
   capitals. Another form (a plain line under "3." headings, "GOOGLE ANALYTICS" among mixed-case
   ones) is a sub-heading, and a sub-heading the matcher does not know stays inside its section. */
static bool section_rank(const struct reader *r, const char *s)
{
  if (r->numbered_seen || r->marked_seen)
    return false;
  return all_caps(s) ? r->caps_seen : !r->caps_seen;
}

/* True when line i, alone between blank lines under a heading whose text has begun, with body text
   after it, is a heading the matcher does not know ("Henkilötietojen käsittely"): short, starting
   with a capital, no full stop, no finite verb, not a name (one capital, no organisation), no
   digits or label, of the section headings' form (section_rank). Its text is then read as its own
   block, never glued to the section before. Under running prose such a line is taken for the
   section's own sub-heading ("Sinun oikeutesi" among the paragraphs on cookies) and kept in it:
   a section of bare values (a name, an address, a date) has no sub-headings. */
static bool unknown_heading(const struct reader *r, size_t i)
{
  const char *s = r->L.v[i];
  size_t n = strlen(s), caps;
  if (!r->heading || !r->body.len || r->prose || i + 2 >= r->L.n || !blank(r->L.v[i + 1]) || !section_rank(r, s))
    return false;
  if (width(s) > 60 || words(s, &caps) > 7 || strpbrk(s, "0123456789@:/()") || strchr(".,;!", s[n - 1]) ||
      !upper_start(s) || sentence(s) || name_or_title(s) || (caps > 1 && !all_caps(s)))
    return false;
  size_t j = i + 1;
  while (j < r->L.n && blank(r->L.v[j]))
    j++;
  return j < r->L.n && body_para(r, j);
}

/* True when a candidate heading really is text under the current heading: a basis named under a
   legal-basis heading, or a line naming the current section again, unless it is the next number of
   the headings ("3. Rekisterin vastuuhenkilö", then "4. Yhteyshenkilö": two headings of one section). */
static bool is_body_after_all(const struct reader *r, const struct import_match *m, const char *line)
{
  if (names_option(r, line))
    return true;
  int top;
  if (numbering(line, &top) == 1 && in_sequence(r, line))
    return false;
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
  size_t caps;
  /* "Omaisuuden suojaaminen. Peruste: oikeutettu etu." is two sentences, not "label: value" */
  bool label = !strpbrk(head, ".!?") && words(head, &caps) <= 6;
  struct import_match m;
  bool hit = label && !sentence(head) && import_match_heading(head, true, &m) &&
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
    int top, depth = numbering(s, &top);
    r->level = depth ? r->level : 2;
    r->marked_seen = true;
    return i + 2;
  }
  if (s[0] == '#' && (s[strspn(s, "#")] == ' ')) {
    struct import_match m;
    const char *h = s + strspn(s, "# ");
    bool hit = import_match_heading(h, false, &m);
    start(r, h, true, hit ? &m : NULL);
    size_t hashes = strspn(s, "#");
    r->level = hashes > 6 ? 6 : (int)hashes;
    r->marked_seen = true;
    return i + 1;
  }
  struct import_match m;
  if (labelled_heading(r, s))
    return i + 1;
  bool strong = false;
  char *text = NULL;
  size_t take = try_heading(r, i, prev_blank, prev, &m, &strong, &text);
  if (take && !is_body_after_all(r, &m, text)) {
    start(r, text, strong, m.n ? &m : NULL);
    free(text);
    return i + take;
  }
  free(text);
  if (prev_blank && !take && unknown_heading(r, i)) {
    start(r, s, false, NULL);
    return i + 1;
  }
  add_line(r, s, prev, prev_blank);
  return i + 1;
}

/* ---------- lists of rows: "- item" followed by "Label: value" lines ---------- */

/* Number of blanks before the first visible character of a raw line (a tab counts as one). */
static size_t indent(const char *raw) { return strspn(raw, " \t"); }

/* Copy of a cleaned line without Markdown's hard-break backslash at its end. */
static char *unmarked(const char *line)
{
  size_t n = strlen(line);
  if (n && line[n - 1] == '\\')
    n--;
  while (n && line[n - 1] == ' ')
    n--;
  return xasprintf("%.*s", (int)n, line);
}

/* When line is "Label: value" (or Markdown's "**Label:** value") whose label names a column of
   import_table.h other than an item's text, sets *label and *value (new strings) and returns true. */
static bool label_line(const char *line, char **label, char **value)
{
  char *l = unmarked(line), *colon = strchr(l, ':');
  bool bold = strncmp(l, "**", 2) == 0;
  const char *start = l + (bold ? 2 : 0);
  bool ok = colon && colon - start > 0 && colon - start <= 40 && (colon[1] == ' ' || colon[1] == '\0' ||
                                                                    (bold && colon[1] == '*'));
  if (ok) {
    *label = xasprintf("%.*s", (int)(colon - start), start);
    const char *v = colon + 1 + (bold && strncmp(colon + 1, "**", 2) == 0 ? 2 : 0);
    *value = xstrdup(v + strspn(v, " "));
    enum import_col c = import_table_col(*label);
    ok = c != COL_OTHER && c != COL_ITEM;
    if (!ok) {
      free(*label);
      free(*value);
    }
  }
  free(l);
  return ok;
}

/* First line after the item starting at line i: a blank line or a bullet no deeper than i's. */
static size_t item_end(const struct reader *r, size_t i)
{
  size_t k = i + 1;
  while (k < r->L.n && !blank(r->L.v[k]) && !(bullet(r->L.v[k]) && indent(r->raw.v[k]) <= indent(r->raw.v[i])))
    k++;
  return k;
}

/* True when a line of the item [i, end) other than its first is a label line. */
static bool item_labelled(const struct reader *r, size_t i, size_t end)
{
  for (size_t k = i + 1; k < end; k++) {
    char *label, *value;
    if (label_line(r->L.v[k], &label, &value)) {
      free(label);
      free(value);
      return true;
    }
  }
  return false;
}

/* Joins line k to piece b: a space when it only wrapped (its first word did not fit on the line before
   at the text's width, indentation counted, and it does not start a new sentence with a capital after
   a full stop), else a line break. A row's lines are single-spaced in the text, so a line that only
   ends a sentence near the margin and one that was wrapped there look alike: the capital decides. */
static void join_line(const struct reader *r, struct strbuf *b, size_t k, const char *text)
{
  if (b->len) {
    const char *prev = r->raw.v[k - 1];
    size_t pn = strlen(prev);
    bool upper = (text[0] >= 'A' && text[0] <= 'Z') ||
                 ((unsigned char)text[0] == 0xC3 && (unsigned char)text[1] >= 0x80 && (unsigned char)text[1] <= 0x9E);
    bool hard = pn && (prev[pn - 1] == '\\' || (strchr(".!?:", prev[pn - 1]) && upper));
    bool soft = !hard && width(prev) + 1 + first_word(text) > r->wrap;
    sb_addc(b, soft ? ' ' : '\n');
  }
  sb_add(b, text);
}

/* When the last row of t already has a value in column col (a label given twice in one item, as a
   row's own text "Oikeusperuste: ..." line is followed by the basis line seloste writes), moves it to
   the item's text as a "label: value" line: the last one is the label's. */
static void keep_earlier(struct import_table *t, size_t col)
{
  char **had = &t->cell[(t->nrows - 1) * t->ncols + col];
  if (!**had)
    return;
  size_t item = import_table_column(t, "");
  const char *text = t->cell[(t->nrows - 1) * t->ncols + item];
  char *moved = xasprintf("%s%s%s: %s", text, *text ? "\n" : "", t->head[col], *had);
  import_table_put(t, item, moved);
  import_table_put(t, col, "");
  free(moved);
}

/* Reads the item [i, end) into a new row of t: its text in the column "", each label's value in the
   column of that label. */
static void read_item(const struct reader *r, size_t i, size_t end, struct import_table *t)
{
  struct strbuf piece = { 0 };
  size_t col = import_table_column(t, "");
  import_table_new_row(t);
  const char *head = r->L.v[i];
  head += head[0] == '-' || head[0] == '*' ? 2 : 4;
  char *first = unmarked(head);
  sb_add(&piece, first);
  free(first);
  for (size_t k = i + 1; k < end; k++) {
    char *label, *value;
    if (label_line(r->L.v[k], &label, &value)) {
      import_table_put(t, col, piece.s);
      col = import_table_column(t, label);
      keep_earlier(t, col);
      piece.len = 0;
      piece.s[0] = '\0';
      sb_add(&piece, value);
      free(label);
      free(value);
    } else {
      char *text = unmarked(r->L.v[k]);
      join_line(r, &piece, k, text);
      free(text);
    }
  }
  import_table_put(t, col, piece.s);
  sb_free(&piece);
}

/* Reads a list of items starting at line i, each followed by label lines, as a table of purposes or
   service providers (import_table.h) kept for the current block; returns the line after it, or 0
   (reading nothing) when the lines are no such list. */
static size_t take_items(struct reader *r, size_t i)
{
  struct import_table t = { 0 };
  size_t end = 0;
  for (size_t j = i; j < r->L.n && bullet(r->L.v[j]);) {
    size_t stop = item_end(r, j);
    if (!item_labelled(r, j, stop))
      break;
    read_item(r, j, stop, &t);
    for (end = j = stop; j < r->L.n && blank(r->L.v[j]); j++)
      ;
  }
  if (!end || import_table_kind(&t) == TABLE_NONE) {
    import_table_free(&t);
    return 0;
  }
  r->tables = xrealloc(r->tables, (r->ntables + 1) * sizeof *r->tables);
  r->tables[r->ntables++] = t;
  return end;
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
  split_lines(text, &r.raw, true);
  for (size_t i = 0; i < r.L.n; i++)
    if (page_debris(r.L.v[i]))
      r.L.v[i][0] = '\0';
  r.wrap = wrap_width(&r.L);
  bool prev_blank = true;
  const char *prev = NULL;
  for (size_t i = 0; i < r.L.n;) {
    size_t next;
    if (blank(r.L.v[i])) {
      prev_blank = true;
      i++;
      continue;
    }
    if (bullet(r.L.v[i]) && (next = take_items(&r, i))) {
      prev_blank = true;
      prev = NULL;
      i = next;
      continue;
    }
    next = read_line(&r, i, prev_blank, prev);
    prev_blank = r.just_started; /* a heading ends its line group */
    prev = prev_blank ? NULL : r.L.v[next - 1];
    i = next;
  }
  flush(&r);
  sb_free(&r.body);
  free_lines(&r.L);
  free_lines(&r.raw);
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
  char *tidy = import_pdf_clean(text);
  struct lines raw;
  split_lines(tidy, &raw, true);
  if (is_table(&raw))
    read_table(&raw, out);
  else
    read_plain(tidy, out);
  free_lines(&raw);
  free(tidy);
}

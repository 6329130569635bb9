/* The builder: headings to sections, paragraphs of shared headings routed, contact blocks parsed,
   dates and the checklists recognised (the legal basis and transfers: import_model.c); whatever fits
   nowhere goes to "other". */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import_build.h"
#include "import_type.h"
#include "import_contact.h"
#include "import_dates.h"
#include "import_match.h"
#include "import_model.h"
#include "import_table.h"
#include "render.h"

/* Builder state. */
struct builder {
  struct doc *d;
  struct strbuf *text;     /* per schema section */
  struct strbuf *report, *used, unplaced;
  struct strbuf basis;     /* the text under legal-basis headings (import_model_purposes) */
  char *title_register;    /* register name read from the title */
  struct strbuf title;     /* the notice's title line(s), joined by " – " */
  bool under_title;        /* placing the text under a title heading (<h1>, "# "): no line of it is
                              a title too (a description naming the notice, under its title) */
  char valid_from[11];     /* the latest "valid from" date stated, or "" */
  char footer_date[11];    /* an unlabelled date in the footer, or "" */
  const char *footer;      /* the footer: the last paragraph of the last block, or NULL */
  char **extra;            /* short preamble lines to place at the end */
  size_t nextra;
  int dates_seen;
  const struct import_blocks *blocks; /* the notice's blocks (its language is read from them all) */
  const struct import_table **tables; /* tables of rows of the blocks (owned by the blocks) */
  size_t ntables;
  struct import_match cur; /* the sections the last section heading fed (cur.n 0: none yet) */
  int cur_level;           /* that heading's level (struct import_block), 0 when unknown */
};

char *import_translate(const char *msgid, const char *lang)
{
  char *saved = xstrdup(i18n_current());
  i18n_use(lang);
  char *t = xstrdup(_(msgid));
  i18n_use(saved);
  free(saved);
  return t;
}

/* Appends "heading\n\nbody" to the other section and notes it as unplaced. */
static void to_other(struct builder *bl, const char *heading, const char *body)
{
  int o = schema_index("other");
  if (heading)
    sb_add_para(&bl->text[o], heading);
  sb_add_para(&bl->text[o], body);
  const char *what = heading ? heading : body;
  size_t n = strlen(what) > 70 ? 70 : strlen(what);
  while (n && ((unsigned char)what[n] & 0xC0) == 0x80)
    n--; /* not in the middle of a character */
  sb_printf(&bl->unplaced, "  \"%.*s%s\"\n", (int)n, what, what[n] ? "..." : "");
}

/* ---------- dates (reading them: import_dates.c) ---------- */

static void title_line(struct builder *bl, const char *line);

/* Trims white space off both ends of s in place. */
static char *trimmed_line(char *s)
{
  while (*s == ' ' || *s == '\n' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
    s[--n] = '\0';
  return s;
}

/* Stores a date the notice states: the earliest preparation date, the latest update, the latest
   "valid from" (kept aside: the document has no field for it, see finish_dates). An unlabelled date
   under a heading naming both takes the first free of the two. */
static void put_date(struct builder *bl, const char *iso, enum import_date_label l, const char *from)
{
  if (l == IMPORT_DATE_UNLABELLED)
    l = bl->dates_seen++ == 0 ? IMPORT_DATE_CREATED : IMPORT_DATE_MODIFIED;
  if (l == IMPORT_DATE_VALID) {
    if (!bl->valid_from[0] || strcmp(iso, bl->valid_from) > 0)
      memcpy(bl->valid_from, iso, sizeof bl->valid_from);
  } else {
    char **slot = l == IMPORT_DATE_CREATED ? &bl->d->created : &bl->d->modified;
    int cmp = *slot ? strcmp(iso, *slot) : 0;
    if (!*slot || (l == IMPORT_DATE_CREATED ? cmp < 0 : cmp > 0))
      str_set(slot, iso);
  }
  size_t n = strlen(from) > 70 ? 70 : strlen(from);
  while (n && ((unsigned char)from[n] & 0xC0) == 0x80)
    n--; /* not in the middle of a character */
  sb_printf(bl->report, _("  date %s (%s) read from \"%.*s%s\"\n"), iso, import_dates_label_name(l), (int)n, from,
            from[n] ? "..." : "");
}

/* The label an unlabelled date under a dates heading of kind which gets. */
static enum import_date_label heading_label(enum import_date which)
{
  return which == DATE_CREATED ? IMPORT_DATE_CREATED : which == DATE_MODIFIED ? IMPORT_DATE_MODIFIED
                                                                             : IMPORT_DATE_UNLABELLED;
}

/* Reads one line of a dates block: a label line's dates are stored (a "valid from" line is kept as
   text in rest, as the document cannot show it otherwise), a line of label words sets *pending for
   the next date; true when the line was taken as dates or labels. */
static bool dates_line(struct builder *bl, const char *line, enum import_date_label *pending, struct strbuf *rest)
{
  struct import_date_hit h[4];
  size_t n;
  if (import_dates_label_line(line, h, 4, &n)) {
    bool valid = false;
    for (size_t i = 0; i < n; i++) {
      put_date(bl, h[i].iso, h[i].label ? h[i].label : *pending, line);
      valid |= h[i].label == IMPORT_DATE_VALID;
    }
    if (valid)
      sb_printf(rest, "%s\n", line);
    return true;
  }
  char *norm = import_normalise(line);
  bool label = import_dates_label_words(norm);
  if (label)
    *pending = import_dates_label_of(norm);
  free(norm);
  return label;
}

/* Takes the dates out of a dates block; text that is neither a date nor a label goes to other (a
   title line among them is the notice's title). */
static void place_dates(struct builder *bl, const char *heading, const char *body, enum import_date which)
{
  char *all = xasprintf("%s\n%s", heading, body), *save = NULL;
  struct strbuf rest = { 0 };
  enum import_date_label pending = heading_label(which);
  bool first = true;
  for (char *p = strtok_r(all, "\n", &save); p; p = strtok_r(NULL, "\n", &save), first = false) {
    char *line = trimmed_line(p);
    if (!*line)
      continue;
    if (dates_line(bl, line, &pending, &rest) || first) /* the heading itself is reported as one */
      sb_printf(bl->used, "%s\n", line);
    else
      sb_printf(&rest, "%s\n", line);
  }
  char *rest_norm = import_normalise(rest.s ? rest.s : "");
  char *rest_line = rest.len ? trimmed_line(rest.s) : NULL;
  if (rest_line && !strchr(rest_line, '\n') && import_build_is_title_line(rest_line))
    title_line(bl, rest_line);
  else if (*rest_norm)
    to_other(bl, NULL, rest_line);
  free(rest_norm);
  sb_free(&rest);
  free(all);
}

/* Reads the dates of one line of a section's text; true when the line is only a label and a date and
   is to be taken out of the text. */
static bool scan_line(struct builder *bl, const char *line)
{
  struct import_date_hit h[4], one;
  size_t n, pos = 0;
  bool footer = bl->footer && strstr(bl->footer, line) != NULL; /* the footer is short */
  bool only = import_dates_label_line(line, h, 4, &n);
  bool take = only && (h[0].label == IMPORT_DATE_CREATED || h[0].label == IMPORT_DATE_MODIFIED ||
                       (footer && h[0].label == IMPORT_DATE_UNLABELLED));
  for (size_t i = 0; take && i < n; i++)
    if (h[i].label == IMPORT_DATE_UNLABELLED)
      memcpy(bl->footer_date, h[i].iso, sizeof bl->footer_date);
    else
      put_date(bl, h[i].iso, h[i].label, line);
  if (take)
    return true;
  while (import_dates_next(line, &pos, &one))
    if (one.label != IMPORT_DATE_UNLABELLED)
      put_date(bl, one.iso, one.label, line);
    else if (footer)
      memcpy(bl->footer_date, one.iso, sizeof bl->footer_date);
  return false;
}

/* Reads the dates a section's text states, each labelled by its own sentence; a line that is only a
   label and a date ("Päivitetty 25.5.2018") is taken out of the text, a sentence holding a date stays
   ("Seloste on viimeksi päivitetty 29.10.2020."), and so does a "valid from" line. An unlabelled date
   counts only in the footer (the last paragraph of the notice's last block). Paragraph breaks are kept. */
static void scan_dates(struct builder *bl, struct strbuf *text)
{
  if (!text->len)
    return;
  struct strbuf kept = { 0 };
  sb_add(&kept, "");
  for (char *line = text->s; *line;) {
    char *nl = strchr(line, '\n');
    size_t n = nl ? (size_t)(nl - line) : strlen(line);
    char *one = xasprintf("%.*s", (int)n, line);
    char *t = trimmed_line(one);
    if (*t && scan_line(bl, t))
      sb_printf(bl->used, "%s\n", t);
    else
      sb_printf(&kept, "%.*s\n", (int)n, line);
    free(one);
    line += n + (nl != NULL);
  }
  struct strbuf out = { 0 }; /* a line taken out leaves no run of more than one blank line */
  sb_add(&out, "");
  for (const char *p = kept.s; *p; p++)
    if (*p != '\n' || (out.len && !(out.len >= 2 && out.s[out.len - 1] == '\n' && out.s[out.len - 2] == '\n')))
      sb_addc(&out, *p);
  while (out.len && out.s[out.len - 1] == '\n')
    out.s[--out.len] = '\0';
  text->len = 0;
  text->s[0] = '\0';
  sb_add(text, out.s);
  sb_free(&out);
  sb_free(&kept);
}

/* ---------- preamble (text before the first heading) ---------- */

/* True when p is a lead paragraph seloste puts under its title, in any language. */
static bool is_lead(const char *p)
{
  char *norm = import_normalise(p);
  bool hit = false;
  const char *leads[] = { render_lead_msgid(), render_lead_aland_msgid() };
  for (int l = 0; l < LANG_COUNT * 2 && !hit; l++) {
    char *t = import_translate(leads[l % 2], doc_lang_code(l / 2));
    char *tn = import_normalise(t);
    hit = strcmp(norm, tn) == 0;
    free(t);
    free(tn);
  }
  free(norm);
  return hit;
}

enum {
  TITLE_MAX_BYTES = 120, /* a longer line is a paragraph, never a title */
  TITLE_MAX_WORDS = 14,
  REGISTER_MAX_BYTES = 80 /* the register part of a title ("Asiakasrekisteri") */
};

bool import_build_is_title_line(const char *line)
{
  size_t n = strlen(line);
  if (n == 0 || n >= TITLE_MAX_BYTES)
    return false;
  char *norm = import_normalise(line);
  int words = 0;
  for (const char *w = norm; *w; w++)
    words += *w != ' ' && (w == norm || w[-1] == ' ');
  bool title = import_is_title(norm) && words <= TITLE_MAX_WORDS && !(words > 3 && line[n - 1] == '.') &&
               !strchr(line, '?'); /* "Miksi tämä tietosuojaseloste?" heads a section */
  free(norm);
  return title;
}

/* Keeps line as (part of) the notice's title, and takes the register's name out of a title such as
   "Asiakasrekisteri - tietosuojaseloste": only the part that names a register, and only when short. */
static void title_line(struct builder *bl, const char *line)
{
  static const char *const seps[] = { " \xe2\x80\x93 ", " - ", ": ", " \xe2\x80\x94 ", " | " };
  for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
    const char *sep = strstr(line, seps[i]);
    if (!sep)
      continue;
    char *a = xasprintf("%.*s", (int)(sep - line), line);
    const char *b = sep + strlen(seps[i]);
    char *na = import_normalise(a);
    const char *name = import_is_title(na) ? b : a;
    char *nn = import_normalise(name);
    if (!bl->title_register && strlen(name) < REGISTER_MAX_BYTES && import_has(nn, "rekister|register"))
      bl->title_register = xstrdup(name);
    free(nn);
    free(na);
    free(a);
    break;
  }
  if (bl->title.len && strcmp(line, bl->title.s) == 0) {
    sb_printf(bl->used, "%s\n", line); /* the same title again (front matter, then "# "): said once */
    return;
  }
  if (bl->title.len && strcasestr(line, bl->title.s)) /* "Tietosuojaseloste", then "Tietosuojaseloste – Asiakkaat" */
    bl->title.len = 0;
  if (!bl->title.len || !strcasestr(bl->title.s, line))
    sb_printf(&bl->title, "%s%s", bl->title.len ? " \xe2\x80\x93 " : "", line);
  sb_printf(bl->report, _("  title \"%s\"\n"), line);
  sb_printf(bl->used, "%s\n", line);
}

/* Places a line such as "Päivitetty 3.5.2024" as a date; true when it was one ("Voimassa 1.1.2025
   alkaen" is read but stays text: see scan_dates). */
static bool dated_line(struct builder *bl, const char *p)
{
  struct import_date_hit h[4];
  size_t n;
  if (!import_dates_label_line(p, h, 4, &n) || h[0].label == IMPORT_DATE_VALID)
    return false;
  enum import_date_label pending = IMPORT_DATE_UNLABELLED;
  struct strbuf rest = { 0 };
  dates_line(bl, p, &pending, &rest);
  sb_free(&rest);
  sb_printf(bl->used, "%s\n", p);
  return true;
}

/* Places the text before the first heading: title, lead, register name; the rest to other. titled:
   the reader marked the text as a title's (level 1): once its title line is taken, no other line of
   it is a title (a Markdown page's description naming the notice). */
static void place_preamble(struct builder *bl, const char *body, bool titled)
{
  char *copy = xstrdup(body), *save = NULL;
  for (char *p = strtok_r(copy, "\n", &save); p; p = strtok_r(NULL, "\n", &save)) {
    char *norm = import_normalise(p);
    if (is_lead(p)) {
      sb_printf(bl->used, "%s\n", p);
    } else if (dated_line(bl, p)) {
      ;
    } else if (!bl->under_title && import_build_is_title_line(p)) {
      title_line(bl, p);
      bl->under_title = titled;
    } else if (!str_blank(p) && strlen(p) < 80 && !(bl->under_title && import_build_is_title_line(p))) {
      bl->extra = xrealloc(bl->extra, (bl->nextra + 1) * sizeof *bl->extra);
      bl->extra[bl->nextra++] = xstrdup(p);
    } else if (!str_blank(p)) {
      to_other(bl, NULL, p);
    }
    free(norm);
  }
  free(copy);
}

/* Places the short preamble lines once the document's names are known. */
static void place_extra(struct builder *bl)
{
  int reg = schema_index("register_name");
  const char *ctrl = doc_section(bl->d, "controller")->field[FIELD_NAME];
  for (size_t i = 0; i < bl->nextra; i++) {
    const char *p = bl->extra[i];
    char *norm = import_normalise(p);
    bool is_reg = bl->text[reg].len ? strcmp(bl->text[reg].s, p) == 0 : import_has(norm, "rekisteri|register");
    if (is_reg && !bl->text[reg].len) {
      sb_add(&bl->text[reg], p);
      sb_printf(bl->report, _("  \"%s\" -> %s\n"), p, _(schema_find("register_name")->heading));
    } else if (is_reg || (ctrl && strcmp(ctrl, p) == 0)) {
      sb_printf(bl->used, "%s\n", p);
    } else {
      to_other(bl, NULL, p);
    }
    free(norm);
    free(bl->extra[i]);
  }
  free(bl->extra);
  if (bl->title_register && !bl->text[reg].len)
    sb_add(&bl->text[reg], bl->title_register);
  free(bl->title_register);
}

/* ---------- blocks ---------- */

/* Reports where a heading went; a route that is a guess (confidence below IMPORT_SURE) says so. */
static void report_heading(struct builder *bl, const char *heading, const struct import_match *m)
{
  sb_printf(bl->report, "  \"%s\" ->", heading);
  for (int i = 0; i < m->n; i++)
    sb_printf(bl->report, "%s %s", i ? "," : "", _(schema_at((size_t)m->sec[i])->heading));
  if (m->confidence < IMPORT_SURE)
    sb_printf(bl->report, _(" (a guess from the heading's words and its text: check that it belongs there)"));
  sb_addc(bl->report, '\n');
  sb_printf(bl->used, "%s\n", heading);
}

/* Reports a heading whose text is kept in "Other information" because no section is sure: the
   section guessed (sec, -1 for none) and that the person should check it. */
static void report_unsure(struct builder *bl, const char *heading, int sec)
{
  const char *other = _(schema_find("other")->heading);
  if (sec >= 0)
    sb_printf(bl->report, _("  \"%s\" -> ? perhaps %s, but that is not sure: its text is kept in \"%s\"; "
                            "check where it belongs\n"),
              heading, _(schema_at((size_t)sec)->heading), other);
  else
    sb_printf(bl->report, _("  \"%s\" -> ? no section has this name: its text is kept in \"%s\"; check where "
                            "it belongs\n"),
              heading, other);
}

/* Length of the sentence at s: up to and including ".", "!" or "?" followed by a space or line
   break and a capital letter or digit (the next sentence), or the whole rest. */
static size_t sentence_len(const char *s)
{
  for (const char *p = s; *p; p++) {
    if (*p != '.' && *p != '!' && *p != '?')
      continue;
    const char *q = p + 1;
    if (*q != ' ' && *q != '\n')
      continue;
    q += strspn(q, " \n");
    unsigned char c = (unsigned char)*q;
    bool capital = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   (c == 0xC3 && ((unsigned char)q[1] == 0x84 || (unsigned char)q[1] == 0x96 ||
                                  (unsigned char)q[1] == 0x85));
    if (capital)
      return (size_t)(p + 1 - s);
  }
  return strlen(s);
}

/* Index into m->sec of the target that a piece of text speaks for most, or -1 when it says nothing. */
static int route_piece(const char *piece, const struct import_match *m)
{
  char *norm = import_normalise(piece);
  int best = -1, best_n = 0;
  for (int i = 0; i < m->n; i++) {
    int n = import_match_evidence(piece, norm, m->sec[i]);
    if (n > best_n)
      best = i, best_n = n;
  }
  free(norm);
  return best;
}

/* Places one paragraph of a heading that feeds several sections: when its sentences speak for
   different ones, each sentence goes to its own (a sentence that says nothing follows the one
   before it); otherwise the whole paragraph goes where import_match_route says. True when split. */
static bool route_para(struct builder *bl, const struct import_match *m, const char *para)
{
  size_t nsent = 0, at = 0;
  int seen = -1;
  bool mixed = false;
  for (const char *p = para; *p; p += at, nsent++) {
    at = sentence_len(p);
    char *one = xasprintf("%.*s", (int)at, p);
    int t = route_piece(one, m);
    free(one);
    mixed = mixed || (t >= 0 && seen >= 0 && t != seen);
    seen = t >= 0 ? t : seen;
  }
  if (!mixed || nsent < 2) {
    sb_add_para(&bl->text[m->sec[import_match_route(para, m)]], para);
    return false;
  }
  struct strbuf piece = { 0 };
  int cur = route_piece(para, m), piece_target = -1;
  for (const char *p = para; *p; p += at) {
    at = sentence_len(p);
    char *one = xasprintf("%.*s", (int)at, p);
    int t = route_piece(one, m);
    cur = t >= 0 ? t : cur < 0 ? 0 : cur;
    if (piece.len && cur != piece_target) {
      sb_add_para(&bl->text[m->sec[piece_target]], piece.s);
      piece.len = 0;
    }
    char *trim = one + strspn(one, " \n");
    if (piece.len)
      sb_addc(&piece, ' ');
    sb_add(&piece, trim);
    piece_target = cur;
    free(one);
  }
  if (piece.len)
    sb_add_para(&bl->text[m->sec[piece_target]], piece.s);
  sb_free(&piece);
  return true;
}

/* Adds text to the sections of the rights it names, when it names at least one and at most max
   (true), or does nothing (false): text naming more is about rights in general. */
static bool to_rights(struct builder *bl, const char *text, const char *lead, int max)
{
  int sec[2];
  int n = import_match_rights(text, sec, 2);
  if (n < 1 || n > max)
    return false;
  char *para = lead ? xasprintf("%s\n%s", lead, text) : xstrdup(text);
  for (int i = 0; i < n; i++)
    sb_add_para(&bl->text[sec[i]], para);
  free(para);
  return true;
}

/* Places one paragraph under a heading of the rights in general: a paragraph that names one right,
   or an item of a list ("- oikeus tarkastaa tietonsa") that names one or two ("- rajoittaa tai
   vastustaa käsittelyä"), goes to those rights' sections, an item with the line that leads the list
   ("Rekisteröidyllä on oikeus:"); the rest stays in the general section, the lead too unless every
   item went. A paragraph naming two or more rights is about rights in general. True when something
   went to a right. */
static bool route_rights_para(struct builder *bl, const char *para)
{
  int general = schema_index("rights_requests");
  const char *first = strncmp(para, "- ", 2) == 0 ? para : strstr(para, "\n- ");
  if (!first) {
    if (to_rights(bl, para, NULL, 1))
      return true;
    sb_add_para(&bl->text[general], para);
    return false;
  }
  char *lead = first == para ? NULL : xasprintf("%.*s", (int)(first - para), para);
  struct strbuf rest = { 0 };
  bool moved = false;
  char *items = xstrdup(first + (first != para)), *save = NULL;
  for (char *line = strtok_r(items, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    bool mine = strncmp(line, "- ", 2) == 0 && to_rights(bl, line, lead, 2);
    moved = moved || mine;
    if (!mine)
      sb_printf(&rest, "%s%s", rest.len ? "\n" : "", line);
  }
  if (rest.len || !moved) {
    char *keep = lead ? xasprintf("%s\n%s", lead, rest.s ? rest.s : "") : xstrdup(rest.s ? rest.s : "");
    sb_add_para(&bl->text[general], keep);
    free(keep);
  }
  sb_free(&rest);
  free(items);
  free(lead);
  return moved;
}

/* Places the text under a heading that feeds m's sections, paragraph by paragraph. */
static void route_text(struct builder *bl, const struct import_match *m, const char *body)
{
  char *copy = xstrdup(body);
  bool split = false, rights = m->n == 1 && m->sec[0] == schema_index("rights_requests"), named = false;
  for (char *p = copy; p && *p;) {
    char *end = str_para_break(p);
    if (end)
      *end = '\0';
    if (rights)
      named = route_rights_para(bl, p) || named;
    else if (m->n < 2)
      sb_add_para(&bl->text[m->sec[0]], p);
    else
      split = route_para(bl, m, p) || split;
    p = end ? end + 2 : NULL;
  }
  if (split)
    sb_printf(bl->report, _("    (its paragraphs were split by sentence between those sections)\n"));
  if (named)
    sb_printf(bl->report, _("    (its paragraphs and list items that name one or two rights went to those rights' "
                            "sections)\n"));
  free(copy);
}

/* True when a heading is a sub-heading of the current section: the readers ranked it deeper than
   the section heading (a level of 0, unknown, counts as the same level). */
static bool is_sub_heading(const struct builder *bl, const struct import_block *blk)
{
  return bl->cur.n && bl->cur_level > 0 && blk->level > bl->cur_level;
}

/* Keeps a sub-heading that names no section, and its text, inside the current section: the heading
   line as a paragraph of its own. */
static void keep_sub_heading(struct builder *bl, const char *heading, const char *body)
{
  sb_printf(bl->report, _("  \"%s\" -> a sub-heading, kept with its text in %s\n"), heading,
            _(schema_at((size_t)bl->cur.sec[0])->heading));
  char *all = xasprintf("%s\n\n%s", heading, body);
  route_text(bl, &bl->cur, all);
  free(all);
}

/* True when an unnumbered heading names the reader's rights but its text says nothing of them and
   speaks of the current section ("Sinun oikeutesi" over how to block cookies, among the paragraphs
   on cookies): a sub-heading of the current section. */
static bool speaks_of_current(const struct builder *bl, const struct import_block *blk, const struct import_match *m,
                              const char *body)
{
  const char *id = schema_at((size_t)m->sec[0])->id;
  if (!bl->cur.n || m->n != 1 || m->sec[0] == bl->cur.sec[0] || m->date != DATE_NONE || m->basis ||
      (strncmp(id, "right_", 6) != 0 && strcmp(id, "rights_requests") != 0) ||
      (blk->heading[0] >= '0' && blk->heading[0] <= '9'))
    return false;
  char *norm = import_normalise(body);
  int named = import_match_evidence(body, norm, m->sec[0]), current = import_match_evidence(body, norm, bl->cur.sec[0]);
  bool sub = current >= 1 && named == 0;
  free(norm);
  return sub;
}

/* Places a heading that names the whole notice ("Tietosuoja- ja evästeseloste") as the title and
   its text as text before the first heading; false when the heading is not such a title. */
static bool title_heading(struct builder *bl, const char *heading, const char *body)
{
  char *norm = import_normalise(heading);
  bool title = import_is_title(norm) && strlen(heading) < 120;
  free(norm);
  if (!title)
    return false;
  title_line(bl, heading);
  place_preamble(bl, body, false);
  return true;
}

/* Takes out of the text under a legal-basis heading the paragraphs that tell how to withdraw or change
   one's consent ("Voit muuttaa evästeasetuksiasi milloin tahansa."): they go to the section on
   withdrawing consent (GDPR 7(3), 13(2)(c)), not into the purposes. Returns the rest (caller frees). */
static char *take_withdrawal(struct builder *bl, const char *body)
{
  int w = schema_index("consent_withdrawal"), pur = schema_index("purposes");
  struct strbuf rest = { 0 };
  sb_add(&rest, "");
  bool moved = false;
  char *copy = xstrdup(body);
  for (char *p = copy; p && *p;) {
    char *end = str_para_break(p);
    if (end)
      *end = '\0';
    char *norm = import_normalise(p);
    int mine = import_match_evidence(p, norm, w), basis = import_match_evidence(p, norm, pur);
    free(norm);
    if (mine > basis && mine > 0) {
      sb_add_para(&bl->text[w], p);
      moved = true;
    } else {
      sb_add_para(&rest, p);
    }
    p = end ? end + 2 : NULL;
  }
  free(copy);
  if (moved)
    sb_printf(bl->report, _("    (its paragraphs on withdrawing consent went to %s)\n"),
              _(schema_at((size_t)w)->heading));
  return sb_take(&rest);
}

/* Keeps the text under a legal-basis heading for import_model_purposes; a bare label such as
   "Sopimus", alone or as the first paragraph, is kept with its heading ("Käsittelyn oikeusperuste:
   Sopimus"), which reads on its own; what it says of withdrawing consent goes to that section
   (take_withdrawal). */
static void place_basis(struct builder *bl, const char *heading, const char *text)
{
  char *body = take_withdrawal(bl, text);
  size_t n = strcspn(body, "\n");
  bool para = body[n] == '\0' || strncmp(body + n, "\n\n", 2) == 0;
  if (str_blank(body)) {
    sb_printf(bl->report, _("    (its text is empty)\n"));
  } else if (n <= 60 && para && body[n - 1] != '.') {
    heading += strspn(heading, "0123456789.) ");
    char *label = xasprintf("%s: %.*s", heading, (int)n, body);
    sb_add_para(&bl->basis, label);
    free(label);
    sb_add_para(&bl->basis, body + n + strspn(body + n, "\n"));
  } else {
    sb_add_para(&bl->basis, body);
  }
  free(body);
}

/* ---------- headings that name an activity ("Membership", "Events") ---------- */

/* One piece of the text under a heading: a paragraph, or one item of a list; the section its words
   point to (schema position, -1 for none) and how many bytes of a leading label naming that section
   ("Controller: ") to leave out of its text. */
struct piece {
  char *text;
  int sec;
  size_t cut;
  bool sub; /* a sub-heading line ("Event attendees") over the pieces after it, not a piece of text */
};

/* Pieces of a text, grown by doubling. */
struct pieces {
  struct piece *v;
  size_t n, cap;
};

enum { LABEL_MAX_BYTES = 40 }; /* a longer text before a colon is a sentence, not a label */

/* The section a label at the start of s names surely ("Controller: Example ry", "Retention: one year"),
   or -1; *cut is then the bytes of the label, its colon and the spaces after it. */
static int label_section(const char *s, size_t *cut)
{
  const char *colon = strchr(s, ':');
  if (!colon || colon == s || colon - s > LABEL_MAX_BYTES || (colon[1] != ' ' && colon[1] != '\0'))
    return -1;
  char *head = xasprintf("%.*s", (int)(colon - s), s);
  struct import_match m;
  bool hit = import_match_heading(head, true, &m) && m.confidence >= IMPORT_SURE && m.date == DATE_NONE && !m.basis;
  free(head);
  if (!hit || m.sec[0] == schema_index("other"))
    return -1;
  *cut = (size_t)(colon + 1 - s) + strspn(colon + 1, " ");
  return m.sec[0];
}

/* The one section whose signs a piece holds most (import_match_evidence), or -1 when it holds none or
   two sections' as many also in its first clause (clause: text is that clause already). */
static int piece_section_in(const char *text, bool clause)
{
  struct strbuf b = { 0 }; /* the text without web addresses: "https://tietosuoja.fi" says nothing of security */
  sb_add(&b, "");
  for (const char *p = text; *p;) {
    const char *url = strstr(p, "://");
    while (url && url > p && ((url[-1] >= 'a' && url[-1] <= 'z') || (url[-1] >= 'A' && url[-1] <= 'Z')))
      url--;
    size_t n = url ? (size_t)(url - p) : strlen(p);
    sb_printf(&b, "%.*s", (int)n, p);
    p += n;
    if (url)
      p += strcspn(p, " \n");
  }
  const char *raw = b.s;
  char *norm = import_normalise(raw);
  int best = -1, best_n = 0, second = 0;
  for (size_t i = 0; i < schema_count(); i++) {
    int n = import_match_evidence(raw, norm, (int)i);
    if (n > best_n)
      second = best_n, best_n = n, best = (int)i;
    else if (n > second)
      second = n;
  }
  free(norm);
  if (best_n && best_n == second && !clause) {
    /* two sections' signs as many: the first clause says what the item is about ("Data may be used
       for contacting members, but is not passed to others") */
    size_t n = strcspn(b.s, ",;.:");
    if (b.s[n]) {
      char *first = xasprintf("%.*s", (int)n, b.s);
      best = piece_section_in(first, true);
      free(first);
      sb_free(&b);
      return best;
    }
  }
  sb_free(&b);
  return best_n > second ? best : -1;
}

/* piece_section_in on a whole piece. */
static int piece_section(const char *text) { return piece_section_in(text, false); }

/* Adds the piece text[0..n) (a list item keeps its "- "), with the section it belongs to. */
static void piece_add(struct pieces *ps, const char *text, size_t n)
{
  while (n && (text[n - 1] == '\n' || text[n - 1] == ' '))
    n--;
  if (!n)
    return;
  if (ps->n == ps->cap)
    ps->v = xrealloc(ps->v, (ps->cap = ps->cap ? 2 * ps->cap : 8) * sizeof *ps->v);
  struct piece *p = &ps->v[ps->n++];
  p->text = xasprintf("%.*s", (int)n, text);
  const char *words = p->text + (strncmp(p->text, "- ", 2) == 0 ? 2 : 0);
  p->cut = 0;
  p->sub = false;
  p->sec = label_section(words, &p->cut);
  if (p->sec >= 0)
    p->cut += (size_t)(words - p->text);
  else
    p->sec = piece_section(words);
}

enum { SUB_MAX_BYTES = 60 }; /* a longer line is text, not a sub-heading */

/* Marks the sub-headings among the pieces: a line of its own that points to no section, short, not
   ending as a sentence or a lead-in, with pieces after it. */
static void pieces_subs(struct pieces *ps)
{
  for (size_t i = 0; i + 1 < ps->n; i++) {
    const char *t = ps->v[i].text;
    size_t n = strlen(t);
    ps->v[i].sub = ps->v[i].sec < 0 && n <= SUB_MAX_BYTES && !strchr(t, '\n') && strncmp(t, "- ", 2) != 0 &&
                   !strchr(".!?:;,", t[n - 1]);
  }
}

/* Cuts body into pieces: each list item ("- ...") one, the lines of a paragraph between items one. */
static void pieces_read(struct pieces *ps, const char *body)
{
  const char *prose = NULL; /* start of the run of non-item lines being gathered */
  for (const char *line = body; *line;) {
    size_t n = strcspn(line, "\n");
    bool item = strncmp(line, "- ", 2) == 0, blank_line = strspn(line, " \t") >= n;
    if ((item || blank_line) && prose) {
      piece_add(ps, prose, (size_t)(line - prose));
      prose = NULL;
    }
    if (item)
      piece_add(ps, line, n);
    else if (!blank_line && !prose)
      prose = line;
    line += n + (line[n] == '\n');
  }
  if (prose)
    piece_add(ps, prose, strlen(prose));
  pieces_subs(ps);
}

/* Frees the pieces. */
static void pieces_free(struct pieces *ps)
{
  for (size_t i = 0; i < ps->n; i++)
    free(ps->v[i].text);
  free(ps->v);
}

/* True when the pieces are worth sharing out: at least two of them, half or more, point clearly to
   sections, and to two sections or more (text whose every piece speaks of one section is that
   section's, under a heading the matcher does not know). With one, every piece pointing clearly to
   one section is enough (under a heading of the whole processing, "Henkilötietojen käsittely"). */
static bool pieces_shared(const struct pieces *ps, bool one)
{
  size_t placed = 0;
  int first = -1;
  bool several = false;
  size_t text = 0;
  for (size_t i = 0; i < ps->n; i++) {
    text += !ps->v[i].sub;
    if (ps->v[i].sec < 0)
      continue;
    placed++;
    several = several || (first >= 0 && ps->v[i].sec != first);
    first = first < 0 ? ps->v[i].sec : first;
  }
  if (one && placed >= 1 && placed == text)
    return true;
  return placed >= 2 && 2 * placed >= text && several;
}

/* Shares out the text under a heading that names an activity rather than a section ("Membership",
   "Events", "Other information we must give"), whose paragraphs and list items each say one thing
   about it (what is collected, why, for how long): each piece goes to the section its words point to,
   under a line naming the heading so that the reader still sees what it is about (not for a contact
   section, whose text is read as fields, nor when the heading says only "other information"); the
   pieces that point nowhere stay together under the heading in "Other information". named_other:
   the heading is one of "Other information". True when shared; false, nothing done, otherwise. */
static bool share_out(struct builder *bl, const char *heading, const char *body, bool named_other)
{
  struct pieces ps = { 0 };
  pieces_read(&ps, body);
  if (!pieces_shared(&ps, named_other)) {
    pieces_free(&ps);
    return false;
  }
  size_t n = schema_count();
  struct strbuf rest = { 0 }, *sec_text = xmalloc(n * sizeof *sec_text);
  memset(sec_text, 0, n * sizeof *sec_text);
  if (named_other)
    sb_printf(bl->report, _("  \"%s\" -> %s, but its paragraphs and list items that name a section went "
                            "there (a guess: check each):"), heading, _(schema_find("other")->heading));
  else
    sb_printf(bl->report, _("  \"%s\" -> no section has this name; each of its paragraphs and list items went "
                            "where its words point (a guess: check each):"), heading);
  size_t hn = strlen(heading);
  while (hn && (heading[hn - 1] == ':' || heading[hn - 1] == ' '))
    hn--;
  const char *sub = ""; /* the sub-heading the pieces are under, "" before one */
  bool any = false, sub_kept = true;
  for (size_t i = 0; i < ps.n; i++) {
    const struct piece *p = &ps.v[i];
    if (p->sub) {
      if (!sub_kept)
        sb_printf(bl->used, "%s\n", sub);
      sub = p->text;
      sub_kept = false;
      continue;
    }
    struct strbuf *to = p->sec >= 0 ? &sec_text[p->sec] : &rest;
    bool led = !named_other && p->sec >= 0 && schema_at((size_t)p->sec)->kind != SCHEMA_CONTACT;
    bool item = strncmp(p->text, "- ", 2) == 0;
    if (p->sec >= 0 && !to->len) {
      sb_printf(bl->report, "%s %s", any ? "," : "", _(schema_at((size_t)p->sec)->heading));
      any = true;
    }
    if (p->sec < 0 && !sub_kept && *sub) {
      sb_printf(to, "%s%s", to->len ? "\n\n" : "", sub);
      sub_kept = true;
    }
    size_t cut = p->cut ? p->cut : p->sec >= 0 && item ? 2 : 0;
    if (p->cut)
      sb_printf(bl->used, "%.*s\n", (int)p->cut, p->text);
    sb_printf(to, "%s%s", to->len ? "\n" : "", item && led ? "- " : "");
    if (led)
      sb_printf(to, "%.*s%s%s: ", (int)hn, heading, *sub ? " \xe2\x80\x93 " : "", sub);
    sb_add(to, p->text + cut);
  }
  if (!sub_kept)
    sb_printf(bl->used, "%s\n", sub);
  sb_addc(bl->report, '\n');
  sb_printf(bl->used, "%s\n", heading);
  for (size_t i = 0; i < n; i++) {
    if (sec_text[i].len)
      sb_add_para(&bl->text[i], sec_text[i].s);
    sb_free(&sec_text[i]);
  }
  if (rest.len && named_other) {
    sb_add_para(&bl->text[schema_index("other")], rest.s);
  } else if (rest.len) {
    sb_printf(bl->report, _("    (the rest of its text, which names no section clearly, is kept in \"%s\")\n"),
              _(schema_find("other")->heading));
    to_other(bl, heading, rest.s);
  }
  free(sec_text);
  sb_free(&rest);
  pieces_free(&ps);
  bl->cur.n = 0; /* its sub-headings are activities of their own */
  return true;
}

/* Places a heading that names no section, or none surely: inside the current section when it is a
   sub-heading, shared out piece by piece when its pieces say different things (share_out),
   otherwise in "Other information" with a line in the report. */
static void place_unsure(struct builder *bl, const struct import_block *blk, const char *body, int guess)
{
  if (is_sub_heading(bl, blk)) {
    keep_sub_heading(bl, blk->heading, body);
    return;
  }
  if (share_out(bl, blk->heading, body, false))
    return;
  report_unsure(bl, blk->heading, guess >= 0 ? guess : import_match_guess(body));
  to_other(bl, blk->heading, body);
  bl->cur.n = 0; /* its sub-headings stay with it, in "Other information" */
}

/* Places one block. */
static void place_block(struct builder *bl, const struct import_block *blk)
{
  bl->tables = xrealloc(bl->tables, (bl->ntables + blk->ntables + 1) * sizeof *bl->tables);
  for (size_t i = 0; i < blk->ntables; i++)
    bl->tables[bl->ntables++] = &blk->tables[i];
  char *body = import_inline_html(blk->body ? blk->body : "");
  struct import_match m;
  bool found = blk->heading && import_match_heading(blk->heading, false, &m);
  if (found)
    import_match_weigh(body, &m);
  if (!blk->heading) {
    place_preamble(bl, body, blk->level == 1);
  } else if (!found && title_heading(bl, blk->heading, body)) {
    ;
  } else if (!found || m.confidence < IMPORT_UNSURE) {
    place_unsure(bl, blk, body, found ? m.sec[0] : -1);
  } else if (speaks_of_current(bl, blk, &m, body)) {
    keep_sub_heading(bl, blk->heading, body);
  } else if (m.date != DATE_NONE) {
    report_heading(bl, blk->heading, &m);
    place_dates(bl, blk->heading, body, m.date);
    bl->cur.n = 0;
  } else if (m.basis) {
    report_heading(bl, blk->heading, &m);
    place_basis(bl, blk->heading, body);
  } else if (m.n == 1 && m.sec[0] == schema_index("other") && share_out(bl, blk->heading, body, true)) {
    ;
  } else {
    report_heading(bl, blk->heading, &m);
    if (str_blank(body))
      sb_printf(bl->report, _("    (its text is empty)\n"));
    import_match_companions(&m);
    route_text(bl, &m, body);
    bl->cur = m;
    bl->cur_level = blk->level;
  }
  free(body);
}

/* When the notice names no controller (its controller text, parsed alone, gives no name), gives the
   controller the contact details read outside the notice (a web page's footer: blocks marked outside,
   import.h): each paragraph holding an e-mail address, a business ID or a postal code ("@", "tunnus", five
   digits in a row), its parts apart at " | ", " · " and " • ", a copyright line left out. */
static void place_outside(struct builder *bl, const struct import_blocks *b)
{
  int c = schema_index("controller");
  struct doc *trial = doc_new();
  struct strbuf left = { 0 }, labels = { 0 }, taken = { 0 };
  struct doc_section *s = doc_section(trial, "controller");
  import_contact_parse(s, bl->text[c].s ? bl->text[c].s : "", &left, &labels);
  bool named = !str_blank(s->field[FIELD_NAME]);
  doc_free(trial);
  for (size_t i = 0; i < b->n && !named; i++) {
    char *copy = b->v[i].outside ? xstrdup(b->v[i].body) : NULL;
    for (char *p = copy, *end; p && *p; p = end ? end + 2 : NULL) {
      if ((end = str_para_break(p)))
        *end = '\0';
      size_t run = 0, most = 0;
      for (const char *q = p; *q; q++)
        most = (run = *q >= '0' && *q <= '9' ? run + 1 : 0) > most ? run : most;
      if (!strchr(p, '@') && !strcasestr(p, "tunnus") && most != 5)
        continue;
      for (char *q = p; (q = strpbrk(q, "|\xc2\xe2"));) /* "|", "·" (C2 B7), "•" (E2 80 A2) */
        if (*q == '|' || strncmp(q, "\xc2\xb7", 2) == 0 || strncmp(q, "\xe2\x80\xa2", 3) == 0)
          memset(q, '\n', *q == '|' ? 1 : *q == '\xc2' ? 2 : 3);
        else
          q++;
      for (char *save = NULL, *line = strtok_r(p, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
        if (!str_blank(line) && !strstr(line, "\xc2\xa9") && !strcasestr(line, "copyright"))
          sb_printf(&taken, "%s\n", line + strspn(line, " "));
    }
    free(copy);
  }
  if (taken.len) {
    sb_add_para(&bl->text[c], taken.s);
    sb_printf(bl->report, _("  the page's footer -> %s (the notice names no controller)\n"),
              _(schema_find("controller")->heading));
  }
  sb_free(&left);
  sb_free(&labels);
  sb_free(&taken);
}

static struct doc *import_build_finish(struct builder *bl);

enum { FOOTER_MAX_BYTES = 300 }; /* a longer last paragraph is text, not a footer line */

/* The notice's footer: the last paragraph of the last block with text, when short; NULL otherwise. */
static char *footer_of(const struct import_blocks *b)
{
  const char *body = b->n ? b->v[b->n - 1].body : NULL;
  if (!body || str_blank(body))
    return NULL;
  const char *last = body;
  for (char *p = str_para_break(body); p; p = str_para_break(p + 2))
    last = p + 2;
  last += strspn(last, "\n");
  return strlen(last) < FOOTER_MAX_BYTES ? xstrdup(last) : NULL;
}

/* True when block k is the notice's title standing as a heading (an <h1>, or a line in heading form
   such as "TIETOSUOJASELOSTE" before any section heading; a later heading naming the notice, "Miksi
   tämä tietosuojaseloste?", is a section's): its text is then the preamble. */
static bool title_block(const struct import_blocks *b, size_t k)
{
  const struct import_block *blk = &b->v[k];
  struct import_match m;
  if (!blk->heading || !import_build_is_title_line(blk->heading))
    return false;
  if (blk->level == 1)
    return true;
  for (size_t i = 0; i < k; i++)
    if (b->v[i].heading && import_match_heading(b->v[i].heading, false, &m))
      return false;
  return !import_match_heading(blk->heading, false, &m);
}

struct doc *import_build(const struct import_blocks *b, struct strbuf *report, struct strbuf *used)
{
  struct builder bl = { .report = report, .used = used, .blocks = b };
  schema_use(import_recognise(b, report)->id); /* the document is made of that type's sections */
  bl.d = doc_new();
  bl.text = xmalloc(schema_count() * sizeof *bl.text);
  memset(bl.text, 0, schema_count() * sizeof *bl.text);
  char *footer = footer_of(b);
  bl.footer = footer;
  sb_printf(report, _("Headings:\n"));
  for (size_t i = 0; i < b->n; i++) {
    if (b->v[i].outside)
      continue; /* a page's footer: place_outside uses it when the notice names no controller */
    if (title_block(b, i)) {
      title_line(&bl, b->v[i].heading);
      struct import_block rest = b->v[i];
      rest.heading = NULL;
      bl.under_title = rest.level == 1;
      place_block(&bl, &rest);
    } else {
      place_block(&bl, &b->v[i]);
    }
    bl.under_title = false;
  }
  place_outside(&bl, b);
  struct doc *d = import_build_finish(&bl);
  free(footer);
  return d;
}

/* ---------- finishing: contacts, choices, checklists ---------- */

/* Adds the labels a contact block's fields were read by ("puh.", "Y-tunnus") to the report; frees them. */
static void report_labels(struct builder *bl, struct strbuf *labels)
{
  if (labels->len) {
    sb_add(bl->used, labels->s);
    sb_add(bl->report, _(" labels read:"));
    for (char *l = labels->s, *nl; (nl = strchr(l, '\n')); l = nl + 1)
      sb_printf(bl->report, " \"%.*s\"", (int)(nl - l), l);
  }
  sb_free(labels);
}

/* Parses each contact section's text into fields; the rest stays its text. */
static void finish_contacts(struct builder *bl)
{
  for (size_t i = 0; i < schema_count(); i++) {
    struct doc_section *s = &bl->d->sec[i];
    if (s->schema->kind != SCHEMA_CONTACT || !bl->text[i].len)
      continue;
    struct strbuf left = { 0 }, labels = { 0 };
    import_contact_parse(s, bl->text[i].s, &left, &labels);
    bl->text[i].len = 0;
    bl->text[i].s[0] = '\0';
    if (left.len)
      sb_add(&bl->text[i], left.s);
    sb_free(&left);
    sb_printf(bl->report, "  %s:", _(s->schema->heading));
    for (int f = 0; f < FIELD_COUNT; f++)
      if (s->field[f])
        sb_printf(bl->report, " %s \"%s\";", _(schema_field_label(f)), s->field[f]);
    report_labels(bl, &labels);
    sb_addc(bl->report, '\n');
  }
}

/* Reads the dates stated in the sections' texts, then fills what the notice left open: a "valid
   from" date, which the document has no field for, or else a date in the footer becomes the date of
   the last update when no update date is stated (its sentence stays in the text). A preparation date
   is never invented: a notice stating only "päivitetty X" gets modified X and no created date (check
   then asks for it); nothing is ever set to today. Keeps the title. */
static void finish_dates(struct builder *bl)
{
  for (size_t i = 0; i < schema_count(); i++)
    scan_dates(bl, &bl->text[i]);
  if (!bl->d->modified && bl->valid_from[0]) {
    str_set(&bl->d->modified, bl->valid_from);
    sb_printf(bl->report, _("  the notice is valid from %s: taken as the date of its last update (its "
                            "sentence is kept in the text)\n"), bl->valid_from);
  } else if (!bl->d->modified && bl->footer_date[0]) {
    str_set(&bl->d->modified, bl->footer_date);
    sb_printf(bl->report, _("  the date %s at the end of the notice: taken as the date of its last update\n"),
              bl->footer_date);
  }
  if (bl->title.len)
    str_set(&bl->d->title, bl->title.s);
  sb_free(&bl->title);
}

enum { LANG_SAMPLE = 2000 }; /* words of some language's own enough to tell which it is */

/* The number of language words counted so far. */
static int lang_words_seen(const int count[LANG_MAX])
{
  int n = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    n += count[l];
  return n;
}

/* Adds to count[] the common words (lang_info.words) of each language in text. */
static void count_lang_words(const char *text, int count[LANG_MAX])
{
  if (!text || !*text || lang_words_seen(count) >= LANG_SAMPLE)
    return;
  char *norm = import_normalise(text), *save = NULL;
  for (char *w = strtok_r(norm, " ", &save); w && lang_words_seen(count) < LANG_SAMPLE;
       w = strtok_r(NULL, " ", &save))
    for (int l = 0; l < LANG_COUNT; l++)
      count[l] += lang_at(l)->words && import_has(w, lang_at(l)->words);
  free(norm);
}

int import_build_language(const struct import_blocks *b)
{
  /* a notice is written in one language: the first LANG_SAMPLE words only a language has decide it
     (counting every word of a 10 MB notice took most of its import time) */
  int count[LANG_MAX] = { 0 };
  for (size_t i = 0; i < b->n; i++) {
    count_lang_words(b->v[i].heading, count);
    count_lang_words(b->v[i].body, count);
    for (size_t t = 0; t < b->v[i].ntables; t++) {
      const struct import_table *tb = &b->v[i].tables[t];
      for (size_t c = 0; c < tb->nrows * tb->ncols; c++)
        count_lang_words(tb->cell[c], count);
    }
  }
  int best = LANG_FI; /* a later language wins only with more words than every earlier one */
  for (int l = 1; l < LANG_COUNT; l++)
    if (count[l] > count[best])
      best = l;
  return best;
}

/* Words that tick each checklist option (of the register types that have it). */
static const struct { const char *section, *id, *words; } item_words[] = {
  { "data_content", "name", "sukunimi|etunimi|=nimi|=name|=names|=full name|=namn|förnamn|efternamn" },
  { "data_content", "organisation", "yhteisö|organisaatio|=yritys|yrityksen|edustama|=company|organisation|organization|"
                                    "=företag|företagets|=organisation" },
  { "data_content", "title", "titteli|=asema|tehtävänimike|=title|=position|=job|=titel|befattning" },
  { "data_content", "email", "sähköpost|=e-mail|=email|e-post" },
  { "data_content", "phone", "puhelin|=phone|=telephone|=mobile|telefon" },
  { "data_content", "address", "=postiosoite|=osoite|katuosoite|laskutusosoite|=osoitetiedot|=postal|=address|=adress|"
                                "postadress|faktureringsadress|=adressuppgifter" },
  { "data_content", "customer_number", "asiakasnumero|=customer number|asiakastunnus|kundnummer" },
  { "data_content", "billing", "laskutu|=maksu|maksutied|billing|invoic|payment|fakturer|betalning" },
  { "data_content", "orders", "tilaus|tilauks|tilauksista|ostohistoria|=ostot|=order|=orders|purchase|beställning|köphistorik" },
  { "data_content", "marketing_permissions", "markkinointilu|markkinointikiel|=marketing permission|marknadsföringstillstånd|"
                                               "marknadsföringsförbud" },
  { "data_content", "correspondence", "muistiinpano|asiakaspalvelun viestit|correspondence|=notes|anteckning|korrespondens" },
  { "data_content", "web_data", "=ip|ip-osoite|selaustied|selaushistoria|browsing|=ip-address|ip-adress|webbläsar" },
  { "cookies", "analytics", "analytics|=matomo|analytiikka|=plausible" },
  { "cookies", "marketing_automation", "hubspot|mailchimp|=pardot|marketo|markkinoinnin automaatio|"
                                       "markkinointiautomaatio|marketing automation" },
  /* a pixel or tag by its name, or cookies described by their use for advertising */
  { "cookies", "ad_pixels", "=pixel|pikseli|linkedin insight|insight tag|google ads|=adwords|meta pixel|"
                            "facebook pixel|tiktok pixel|=remarketing|uudelleenmarkkinoin|markkinointieväst|"
                            "mainoseväst|mainontaeväst|kohdennetun mainonnan eväst|marketing cookie|"
                            "advertising cookie|targeting cookie|=ad cookie" },
};

/* True when the last paragraph of text is a list of option labels only (seloste's own rendering). */
static bool label_list(const struct schema_section *sc, const char *para)
{
  char *copy = xstrdup(para), *save = NULL;
  bool all = true, any = false;
  for (char *line = strtok_r(copy, "\n", &save); line && all; line = strtok_r(NULL, "\n", &save)) {
    bool hit = false;
    for (const struct schema_option *o = sc->options; o && o->id && !hit; o++)
      for (int l = 0; l < LANG_COUNT && !hit; l++) {
        char *t = import_translate(o->label, doc_lang_code(l));
        hit = strncmp(line, "- ", 2) == 0 && strcmp(line + 2, t) == 0;
        free(t);
      }
    all = hit;
    any = true;
  }
  free(copy);
  return all && any;
}

/* Ticks the options a checklist's text names; a trailing list of bare labels becomes ticks. */
static void recognise_items(struct builder *bl, struct doc_section *s, enum doc_lang l)
{
  const char *tail;
  char *para = str_para_break(s->text[l]);
  while (para && str_para_break(para + 2))
    para = str_para_break(para + 2);
  tail = para ? para + 2 : s->text[l];
  char *norm = import_normalise(s->text[l]);
  for (size_t i = 0; i < sizeof item_words / sizeof item_words[0]; i++)
    if (strcmp(item_words[i].section, s->schema->id) == 0 && schema_option(s->schema, item_words[i].id) &&
        import_has(norm, item_words[i].words))
      doc_set_item(s, item_words[i].id, true); /* only the items the register type has */
  free(norm);
  if (*tail && label_list(s->schema, tail)) {
    sb_printf(bl->used, "%s\n", tail);
    size_t keep = (size_t)(tail - s->text[l]);
    s->text[l][keep >= 2 ? keep - 2 : 0] = '\0';
  }
  if (!s->nitems)
    return;
  sb_printf(bl->report, "  %s:", _(s->schema->heading));
  for (size_t i = 0; i < s->nitems; i++) {
    const struct schema_option *o = schema_option(s->schema, s->items[i]);
    sb_printf(bl->report, "%s %s", i ? ";" : "", o ? _(o->label) : s->items[i]);
  }
  sb_addc(bl->report, '\n');
}

/* Drops a last paragraph that is only the supervisory authority's details as seloste renders them
   (it adds them itself from its data); true when it did. */
static bool drop_authority(struct builder *bl, struct doc_section *s, enum doc_lang l)
{
  static const char *const labels[] = { N_("Authority"), N_("Visiting address"), N_("Postal address"),
                                        N_("Switchboard"), N_("Registry"), N_("E-mail"), N_("Website") };
  char *para = str_para_break(s->text[l]), *tail = s->text[l];
  while (para) {
    tail = para + 2;
    para = str_para_break(tail);
  }
  char *copy = xstrdup(tail), *save = NULL;
  bool all = true, any = false;
  for (char *line = strtok_r(copy, "\n", &save); line && all; line = strtok_r(NULL, "\n", &save), any = true) {
    bool hit = false;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0] && !hit; i++)
      for (int k = 0; k < LANG_COUNT && !hit; k++) {
        char *t = import_translate(labels[i], doc_lang_code(k));
        hit = strncmp(line, t, strlen(t)) == 0 && strncmp(line + strlen(t), ": ", 2) == 0;
        free(t);
      }
    all = hit;
  }
  free(copy);
  if (!all || !any)
    return false;
  sb_printf(bl->used, "%s\n", tail);
  tail[tail == s->text[l] ? 0 : -2] = '\0';
  sb_printf(bl->report, _("  %s: the supervisory authority's details, which seloste adds itself\n"),
            _(s->schema->heading));
  return true;
}

/* A copy of text with each line break inside a paragraph made a paragraph break, list lines kept
   together: the document's paragraphs are then the same whatever the renderer wraps. */
static char *unbreak(const char *text)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  const char *line = text; /* start of the line p is on, kept as p goes (not searched back for) */
  for (const char *p = text; *p; p++) {
    bool single = *p == '\n' && p[1] != '\n' && p[1] && (p == text || p[-1] != '\n');
    bool list = single && (strncmp(p + 1, "- ", 2) == 0 || strncmp(line, "- ", 2) == 0);
    if (single && !list)
      sb_add(&b, "\n\n");
    else
      sb_addc(&b, *p);
    if (*p == '\n')
      line = p + 1;
  }
  return sb_take(&b);
}

/* Makes the line breaks inside every text section's and purpose row's paragraphs paragraph breaks. */
static void unbreak_all(struct doc *d, enum doc_lang l)
{
  for (size_t i = 0; i < schema_count(); i++) {
    if (d->sec[i].schema->kind == SCHEMA_CONTACT)
      continue;
    char *t = unbreak(d->sec[i].text[l]);
    str_set(&d->sec[i].text[l], t);
    free(t);
    for (size_t r = 0; r < d->sec[i].npurposes; r++) {
      t = unbreak(d->sec[i].purposes[r].text[l]);
      str_set(&d->sec[i].purposes[r].text[l], t);
      free(t);
    }
  }
}

static struct doc *import_build_finish(struct builder *bl)
{
  sb_printf(bl->report, _("Fields:\n"));
  finish_contacts(bl);
  place_extra(bl);
  finish_dates(bl);
  enum doc_lang l = (enum doc_lang)import_build_language(bl->blocks);
  for (int k = 0; k < LANG_COUNT; k++)
    bl->d->lang_enabled[k] = k == (int)l;
  for (size_t i = 0; i < schema_count(); i++) {
    if (bl->text[i].len)
      str_set(&bl->d->sec[i].text[l], bl->text[i].s);
    sb_free(&bl->text[i]);
  }
  free(bl->text);
  for (size_t i = 0; i < bl->ntables; i++)
    import_table_rows(bl->d, l, bl->tables[i], bl->report, bl->used);
  free(bl->tables);
  import_model_purposes(bl->d, l, bl->basis.s, bl->report);
  sb_free(&bl->basis);
  import_model_transfers(bl->d, l, bl->report);
  import_model_dependants(bl->d, l, bl->report);
  recognise_items(bl, doc_section(bl->d, "data_content"), l);
  recognise_items(bl, doc_section(bl->d, "cookies"), l);
  drop_authority(bl, doc_section(bl->d, "complaint"), l);
  unbreak_all(bl->d, l);
  import_model_origins(bl->d);
  if (bl->unplaced.len)
    sb_printf(bl->report, _("Unplaced, kept in \"%s\":\n%s"), _(schema_find("other")->heading), bl->unplaced.s);
  else
    sb_printf(bl->report, _("Unplaced: nothing.\n"));
  sb_free(&bl->unplaced);
  return bl->d;
}

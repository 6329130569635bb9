/* HTML reader: a real page through libxml2's HTML parser, and bodies with inline tags. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import.h"
#include "import_match.h"
#include "import_table.h"
#include "xmlapi.h"

/* What the last piece added to a body was, to choose its separator. */
enum piece { PIECE_NONE, PIECE_PARA, PIECE_LINE };

/* How a page's headings rank (survey_levels): which HTML heading rank names the notice's sections. */
struct ranks {
  int section;        /* the rank of <hN> that names most sections (1..6): level 2 */
  bool h1_title;      /* <h1> is the page's title (level 1), not a section */
  bool bold_sections; /* bold-only paragraphs are the section headings (no <hN> names a section) */
};

/* Walker state. */
struct walker {
  struct import_blocks *out; /* NULL: fragment mode, everything is body */
  bool page;                 /* reading a whole page: site chrome (navigation, banners) is left out */
  struct ranks ranks;
  char *heading;
  bool started;
  int level;                 /* level of the block being read (import.h) */
  struct import_match match;
  bool have_match;
  char *parent;              /* the section heading (level 2) a moved sub-heading's block is under */
  struct import_match parent_match;
  bool parent_have_match;
  bool moved;                /* the block is a sub-heading's that named another section than its parent's */
  struct strbuf body;
  enum piece last;
  struct strbuf para;        /* inline text being collected */
  char *label;               /* a contact label sub-heading ("Nimi") waiting for its value */
  size_t lists;              /* number of <ul>/<ol> around the node being read */
  size_t sections;           /* number of <article>/<section>/<main> around it (1 in a chosen content) */
  size_t data_tables;        /* number of tables with column headings around it (data_table) */
  struct import_table *tables; /* tables of rows read in the current block (import_table.h) */
  size_t ntables;
  const xmlNode **footers;   /* page footers left out of the notice, read later as outside blocks */
  size_t nfooters;
  const xmlNode *content;    /* the element holding the notice (find_content) */
  bool in_footer;            /* reading a footer (outside_blocks): its parts are not footers again */
};

/* True when the element is named one of the space-separated names. */
static bool is(const xmlNode *n, const char *names)
{
  if (n->type != XML_ELEMENT_NODE)
    return false;
  size_t len = strlen((const char *)n->name);
  for (const char *p = names; *p;) {
    size_t k = strcspn(p, " ");
    if (k == len && strncasecmp(p, (const char *)n->name, k) == 0)
      return true;
    p += k + (p[k] == ' ');
  }
  return false;
}

/* Appends text with white space collapsed to single spaces. */
static void add_text(struct strbuf *b, const char *s)
{
  for (; *s; s++) {
    bool ws = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r' || *s == '\f';
    if (ws && (b->len == 0 || b->s[b->len - 1] == ' ' || b->s[b->len - 1] == '\n'))
      continue;
    sb_addc(b, ws ? ' ' : *s);
  }
}

/* True when text node n is inside a <pre> (directly, or in its <code>): preformatted text, whose
   line breaks are the text's own lines (an address block in a Markdown code fence). */
static bool in_pre(const xmlNode *n)
{
  int depth = 0;
  for (const xmlNode *p = n->parent; p && depth < 3; p = p->parent, depth++)
    if (is(p, "pre"))
      return true;
  return false;
}

/* Appends the text of node n: white space collapsed to single spaces, but inside a <pre> each line
   break kept (trailing spaces before it dropped). */
static void add_node_text(struct strbuf *b, const xmlNode *n)
{
  const char *s = (const char *)n->content;
  if (!in_pre(n)) {
    add_text(b, s);
    return;
  }
  for (const char *nl; (nl = strchr(s, '\n')); s = nl + 1) {
    char *line = xasprintf("%.*s", (int)(nl - s), s);
    add_text(b, line);
    free(line);
    while (b->len && b->s[b->len - 1] == ' ')
      b->s[--b->len] = '\0';
    if (b->len && b->s[b->len - 1] != '\n')
      sb_addc(b, '\n');
  }
  add_text(b, s);
}

/* Trims b's ends in place and returns it as a string (never NULL). */
static const char *trimmed(struct strbuf *b)
{
  while (b->len && (b->s[b->len - 1] == ' ' || b->s[b->len - 1] == '\n'))
    b->s[--b->len] = '\0';
  size_t lead = 0;
  while (lead < b->len && (b->s[lead] == ' ' || b->s[lead] == '\n'))
    lead++;
  if (lead) {
    memmove(b->s, b->s + lead, b->len - lead + 1);
    b->len -= lead;
  }
  return b->len ? b->s : "";
}

/* The top bit of an element's _private count: marks the ancestors of the page's title (with_title). */
#define HIT_MARK (~(UINTPTR_MAX >> 1))

/* What a visitor of tree_walk does with a node: go into its children or pass over them. */
enum visit { VISIT_SKIP, VISIT_DESCEND };

/* Visits the nodes from first and its following siblings, in document order, without recursion
   (a page may nest elements 100,000 deep): enter is called on each node and says whether to go
   into its children; leave, when not NULL, is called on each node it went into, after them. */
static void tree_walk(const xmlNode *first, enum visit (*enter)(void *ctx, const xmlNode *n),
                      void (*leave)(void *ctx, const xmlNode *n), void *ctx)
{
  size_t depth = 0;
  for (const xmlNode *n = first; n;) {
    if (enter(ctx, n) == VISIT_DESCEND) {
      if (n->children) {
        n = n->children;
        depth++;
        continue;
      }
      if (leave)
        leave(ctx, n); /* an empty element is left at once */
    }
    while (!n->next && depth > 0) {
      n = n->parent;
      depth--;
      if (leave)
        leave(ctx, n);
    }
    n = n->next;
  }
}

/* Adds a piece of body text: paragraphs apart by a blank line, lines of a list or table together. A
   contact label sub-heading waiting (w->label) is put before a short paragraph as "Nimi: Esimerkki Oy",
   the way the contact parser reads it, or on its own before anything else. */
static void add_piece(struct walker *w, const char *text, enum piece kind)
{
  if (!*text)
    return;
  if (w->label) {
    char *label = w->label;
    w->label = NULL;
    if (kind == PIECE_PARA && strlen(text) < 200) {
      char *joined = xasprintf("%s: %s", label, text);
      add_piece(w, joined, PIECE_PARA);
      free(joined);
      free(label);
      return;
    }
    add_piece(w, label, PIECE_PARA);
    free(label);
  }
  if (w->body.len)
    sb_add(&w->body, kind == PIECE_LINE && w->last == PIECE_LINE ? "\n" : "\n\n");
  sb_add(&w->body, text);
  w->last = kind;
}

/* Ends the inline text collected so far as a paragraph. */
static void flush_para(struct walker *w)
{
  add_piece(w, trimmed(&w->para), PIECE_PARA);
  w->para.len = 0;
  if (w->para.s)
    w->para.s[0] = '\0';
}

/* Ends the current block (a contact label still waiting is kept as a paragraph of it). */
static void end_block(struct walker *w)
{
  flush_para(w);
  if (w->label) {
    char *label = w->label;
    w->label = NULL;
    add_piece(w, label, PIECE_PARA);
    free(label);
  }
  if (w->out && (w->started || w->body.len || w->ntables)) {
    import_blocks_add(w->out, w->heading, trimmed(&w->body), w->started);
    w->out->v[w->out->n - 1].level = w->level;
    import_blocks_attach(w->out, &w->tables, w->ntables);
    w->ntables = 0;
  }
  free(w->heading);
  w->heading = NULL;
  w->level = 0;
  w->body.len = 0;
  if (w->body.s)
    w->body.s[0] = '\0';
  w->last = PIECE_NONE;
}

/* Elements whose text stands apart from what is around it, on lines of its own, when read inline. */
static const char *const inline_blocks = "p div li dt dd tr h1 h2 h3 h4 h5 h6 ul ol dl table blockquote "
                                         "section article address pre";

/* Ends the line in b unless it is empty or ended already (trailing spaces dropped). */
static void end_line(struct strbuf *b)
{
  while (b->len && b->s[b->len - 1] == ' ')
    b->s[--b->len] = '\0';
  if (b->len && b->s[b->len - 1] != '\n')
    sb_addc(b, '\n');
}

/* Adds one node of an inline subtree to the strbuf ctx; says whether to go into its children. A block
   inside (a <p> or <li> in a table cell) starts a line of its own, an item as "- ". */
static enum visit inline_node(void *ctx, const xmlNode *c)
{
  struct strbuf *b = ctx;
  if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
    add_node_text(b, c);
  } else if (is(c, "br")) {
    while (b->len && b->s[b->len - 1] == ' ')
      b->s[--b->len] = '\0';
    sb_addc(b, '\n');
  } else if (c->type == XML_ELEMENT_NODE && !is(c, "script style template noscript")) {
    if (is(c, inline_blocks))
      end_line(b);
    if (is(c, "li"))
      sb_add(b, "- ");
    return VISIT_DESCEND;
  }
  return VISIT_SKIP;
}

/* Ends the line of a block element read inline. */
static void inline_leave(void *ctx, const xmlNode *c)
{
  if (is(c, inline_blocks))
    end_line(ctx);
}

/* Collects the inline text of a node's subtree into b (<br> and blocks inside as line breaks). */
static void inline_text(const xmlNode *n, struct strbuf *b)
{
  tree_walk(n->children, inline_node, inline_leave, b);
}

/* True when s starts with a conjunction ("etu- ja sukunimi": the hyphen is not a bullet). */
static bool conjunction(const char *s)
{
  static const char *const words[] = { "ja ", "tai ", "sekä ", "eli ", "and ", "or ", "to " };
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strncmp(s, words[i], strlen(words[i])) == 0)
      return true;
  return false;
}

/* Splits text found directly in a list ("- a- B - c") into "- " lines. */
static void list_text(struct walker *w, const char *s)
{
  struct strbuf item = { 0 };
  for (const char *p = s; *p; p++) {
    bool dash = p[0] == '-' && p[1] == ' ';
    bool at_start = p == s || p[-1] == ' ';
    bool glued = dash && p > s && p[-1] != ' ' && p[-1] != '-' && !conjunction(p + 2);
    if (dash && (at_start || glued)) {
      const char *t = trimmed(&item);
      if (*t) {
        char *line = xasprintf("- %s", t);
        add_piece(w, line, PIECE_LINE);
        free(line);
      }
      item.len = 0;
      p++;
      continue;
    }
    add_text(&item, (char[]){ *p, '\0' });
  }
  const char *t = trimmed(&item);
  if (*t) {
    char *line = xasprintf(w->last == PIECE_LINE ? "- %s" : "%s", t);
    add_piece(w, line, w->last == PIECE_LINE ? PIECE_LINE : PIECE_PARA);
    free(line);
  }
  sb_free(&item);
}

/* True when a normalised sub-heading is only a contact field's label ("Nimi", "Sähköposti"). */
static bool contact_label(const char *norm)
{
  static const char *const labels[] = {
    "nimi", "name", "osoite", "postiosoite", "katuosoite", "käyntiosoite", "address", "postinumero",
    "postitoimipaikka", "sähköposti", "sähköpostiosoite", "e mail", "email", "puhelin", "puhelinnumero",
    "puh", "phone", "telephone", "y tunnus", "ytunnus", "yritystunnus", "business id", "kotisivu",
    "verkkosivut", "verkkosivusto", "website", "www"
  };
  for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
    if (strcmp(norm, labels[i]) == 0)
      return true;
  return false;
}

/* True when a normalised sub-heading names a legal basis ("Suostumus", "Oikeutettu etu"): under the
   section on purposes and their bases it is one of them, not a section of its own. */
static bool basis_name(const char *norm)
{
  return import_has(norm, "<suostumu|<sopimu|<lakisääte|<oikeutettu|<elintärke|<yleinen etu|<julkisen vallan|"
                          "<consent|<contract|<legal obligation|<legitimate|<vital interest|<public interest");
}

/* True when a sub-heading (level 3 or more) under the current block names another notice section on
   its own: its whole phrase matches one (strictly, when the block's own heading was matched), not the
   block's section, not a legal basis under the purposes section, and not a contact section under a
   section that is not one ("Yhteydenotot" under the data content lists data). */
static bool names_other_section(struct walker *w, const char *text, struct import_match *m)
{
  if (!import_match_heading(text, w->have_match, m))
    return false;
  if (!w->have_match)
    return true;
  if (import_match_same(m, &w->match) || m->sec[0] == w->match.sec[0])
    return false;
  char *norm = import_normalise(text);
  bool basis = w->match.sec[0] == schema_index("purposes") && basis_name(norm);
  free(norm);
  bool contact = schema_at((size_t)m->sec[0])->kind == SCHEMA_CONTACT &&
                 schema_at((size_t)w->match.sec[0])->kind != SCHEMA_CONTACT;
  return !basis && !contact;
}

/* Keeps a sub-heading's text in the current block as a paragraph line; a contact field's label waits
   for its value (add_piece). */
static void sub_heading_text(struct walker *w, const char *text)
{
  flush_para(w);
  char *norm = import_normalise(text);
  if (w->out && contact_label(norm)) {
    free(w->label);
    w->label = xstrdup(text);
    size_t n = strlen(w->label);
    while (n && (w->label[n - 1] == ':' || w->label[n - 1] == ' '))
      w->label[--n] = '\0';
  } else {
    add_piece(w, text, PIECE_PARA);
  }
  free(norm);
}

/* A title (level 1): never a section. It ends the block before it and starts a block of text with
   no heading, which the builder reads as a preamble whose first line is the title. */
static void title(struct walker *w, const char *text)
{
  end_block(w);
  add_piece(w, text, PIECE_PARA);
  w->level = 1;
}

/* Starts a block under heading text of level with match m (hit says whether it matched). */
static void start_block(struct walker *w, const char *text, int level, bool hit, const struct import_match *m)
{
  end_block(w);
  w->heading = xstrdup(text);
  w->started = true;
  w->level = level;
  w->have_match = hit;
  if (hit)
    w->match = *m;
}

/* True when the builder reads a block headed by a sub-heading matched as m as plain text of its
   section, so the sub-heading's own line belongs in that text: not a date, a legal basis or a
   contact, whose texts are read as fields. */
static bool keeps_sub_heading(const struct import_match *m)
{
  return !m->basis && m->date == DATE_NONE && schema_at((size_t)m->sec[0])->kind != SCHEMA_CONTACT;
}

/* A sub-heading that names another section than its block's: a block of that section, the
   sub-heading's line kept as its first paragraph (it is the notice's text, not seloste's heading);
   the section heading it is under is remembered for the sub-headings after it. */
static void moved_sub_heading(struct walker *w, const char *text, int level, const struct import_match *m)
{
  if (!w->moved) {
    free(w->parent);
    w->parent = w->heading ? xstrdup(w->heading) : NULL;
    w->parent_have_match = w->have_match;
    w->parent_match = w->match;
  }
  start_block(w, text, level, true, m);
  w->moved = true;
  if (keeps_sub_heading(m))
    add_piece(w, text, PIECE_PARA);
}

/* A sub-heading that names no other section, after a sub-heading that moved to another section at
   its level or deeper: the sub-headings of a section are siblings, so it returns to the section
   heading they are all under ("Tekniset tiedot" after "Suostumukset" under "Tietosisältö"). True
   when it did so; false when it stays in the current block (it is deeper than the moved one). */
static bool back_to_parent(struct walker *w, const char *text, int level)
{
  if (!w->moved || !w->parent || level > w->level)
    return false;
  start_block(w, w->parent, 2, w->parent_have_match, &w->parent_match);
  w->moved = false;
  sub_heading_text(w, text);
  return true;
}

/* Starts a new block under heading text of level (1 title, 2 section, 3..6 sub-heading), or keeps
   the text in the current block: a section heading matching the block's own section, a sub-heading
   that does not name another section on its own, or any heading in fragment mode. */
static void heading(struct walker *w, const char *text, int level)
{
  if (!w->out || !*text) {
    flush_para(w);
    add_piece(w, text, PIECE_PARA);
    return;
  }
  if (level == 1) {
    w->moved = false;
    title(w, text);
    return;
  }
  struct import_match m;
  bool hit;
  if (level >= 3 && (w->started || w->body.len)) {
    hit = names_other_section(w, text, &m);
    if (hit && w->started && w->have_match) {
      moved_sub_heading(w, text, level, &m);
      return;
    }
    if (!hit) {
      if (!back_to_parent(w, text, level))
        sub_heading_text(w, text);
      return;
    }
  } else {
    hit = import_match_heading(text, false, &m);
    bool same = hit && w->have_match && import_match_same(&m, &w->match) && w->body.len;
    if (same || (level >= 3 && !hit)) {
      sub_heading_text(w, text);
      return;
    }
  }
  start_block(w, text, level, hit, &m);
  w->moved = false;
}

/* A table row read as one line of text: "Label: value" for two cells, the cells joined by " – " for
   more (or for a row of column headings), empty cells left out, a cell's own lines (paragraphs, list
   items) joined by ", ". */
static char *row_line(char **cells, size_t n, bool all_head)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  size_t filled = 0;
  for (size_t i = 0; i < n; i++)
    filled += *cells[i] != '\0';
  for (size_t i = 0, k = 0; i < n; i++) {
    if (!*cells[i])
      continue;
    if (k++ > 0) {
      bool label = filled == 2 && !all_head && k == 2;
      sb_add(&b, !label ? " \xe2\x80\x93 " : b.s[b.len - 1] == ':' ? " " : ": ");
    }
    for (const char *p = cells[i], *nl; *p; p = nl + (*nl != '\0')) { /* the cell's lines: "a, b" */
      nl = p + strcspn(p, "\n");
      p += strncmp(p, "- ", 2) == 0 ? 2 : 0;
      sb_printf(&b, "%.*s", (int)(nl - p), p);
      if (*nl && nl[1])
        sb_add(&b, strchr(".,;:!?", nl[-1]) ? " " : ", ");
    }
  }
  return sb_take(&b);
}

/* True when a table's first row heads its columns (a <thead>, or a row of <th> cells only, two or
   more): its rows are data, never a notice's headings. */
static bool data_table(const xmlNode *table)
{
  for (const xmlNode *g = table->children; g; g = g->next) {
    if (is(g, "thead"))
      return true;
    bool group = is(g, "tbody tfoot");
    for (const xmlNode *tr = group ? g->children : g; tr; tr = group ? tr->next : NULL) {
      if (!is(tr, "tr"))
        continue;
      size_t th = 0;
      for (const xmlNode *c = tr->children; c; c = c->next) {
        if (is(c, "td"))
          return false;
        th += is(c, "th");
      }
      return th >= 2;
    }
  }
  return false;
}

/* A table row: "heading | body" whose first cell names a section becomes a block, any other row one
   line of text (row_line). */
static void table_row(struct walker *w, const xmlNode *tr)
{
  char **cells = NULL;
  size_t n = 0;
  bool all_head = true;
  for (const xmlNode *c = tr->children; c; c = c->next) {
    if (!is(c, "td th"))
      continue;
    struct strbuf b = { 0 };
    inline_text(c, &b);
    cells = xrealloc(cells, (n + 1) * sizeof *cells);
    cells[n++] = xstrdup(trimmed(&b));
    sb_free(&b);
    all_head = all_head && is(c, "th");
  }
  struct import_match m;
  char *rest = n == 2 ? xstrdup(cells[1]) : n > 2 ? row_line(cells + 1, n - 1, true) : xstrdup("");
  if (w->out && !w->data_tables && !all_head && n >= 2 && *cells[0] && *rest && strlen(cells[0]) < 200 &&
      import_match_heading(cells[0], false, &m)) {
    heading(w, cells[0], 2);
    add_piece(w, rest, PIECE_PARA);
  } else if (n) {
    char *line = row_line(cells, n, all_head);
    flush_para(w);
    add_piece(w, line, PIECE_LINE);
    free(line);
  }
  free(rest);
  for (size_t i = 0; i < n; i++)
    free(cells[i]);
  free(cells);
}

/* The <tr> elements of a table, its own (in thead, tbody, tfoot or directly in it), in order, into a
   new array (caller frees); their number in *n. */
static const xmlNode **table_rows(const xmlNode *table, size_t *n)
{
  const xmlNode **v = NULL;
  size_t cap = 0;
  *n = 0;
  for (const xmlNode *g = table->children; g; g = g->next) {
    bool group = is(g, "thead tbody tfoot");
    for (const xmlNode *tr = group ? g->children : g; tr; tr = group ? tr->next : NULL)
      if (is(tr, "tr")) {
        if (*n == cap)
          v = xrealloc(v, (cap = cap ? cap * 2 : 16) * sizeof *v);
        v[(*n)++] = tr;
      }
  }
  return v;
}

/* Reads the cells of tr into t: as its column headings when head, else as a new row (a cell beyond
   the headings joins the last column's cell on a line of its own). */
static void table_cells(struct import_table *t, const xmlNode *tr, bool head)
{
  size_t k = 0;
  if (!head)
    import_table_new_row(t);
  for (const xmlNode *c = tr->children; c; c = c->next) {
    if (!is(c, "td th"))
      continue;
    struct strbuf b = { 0 };
    inline_text(c, &b);
    const char *text = trimmed(&b);
    if (head) {
      import_table_column(t, text);
    } else if (k < t->ncols) {
      import_table_put(t, k, text);
    } else if (t->ncols && *text) {
      char **last = &t->cell[(t->nrows - 1) * t->ncols + t->ncols - 1];
      char *joined = **last ? xasprintf("%s\n%s", *last, text) : xstrdup(text);
      free(*last);
      *last = joined;
    }
    k++;
    sb_free(&b);
  }
}

/* Reads a table whose first row heads the columns of purposes or service providers (import_table.h)
   into the walker's tables; false, reading nothing, for any other table. */
static bool rows_table(struct walker *w, const xmlNode *table)
{
  size_t n;
  const xmlNode **trs = table_rows(table, &n);
  struct import_table t = { 0 };
  if (n >= 2)
    table_cells(&t, trs[0], true);
  for (size_t i = 1; i < n && t.ncols >= 2; i++)
    table_cells(&t, trs[i], false);
  free(trs);
  if (t.ncols < 2 || import_table_kind(&t) == TABLE_NONE) {
    import_table_free(&t);
    return false;
  }
  flush_para(w);
  w->tables = xrealloc(w->tables, (w->ntables + 1) * sizeof *w->tables);
  w->tables[w->ntables++] = t;
  return true;
}

/* The <strong> or <b> that heads paragraph p: its only content (*rest set to NULL; a heading in many
   CMS pages), or its first, followed by a <br> and the text under it (*rest set to the node after the
   <br>; older pages write a heading and its text in one paragraph so); NULL when p has neither. */
static const xmlNode *bold_head(const xmlNode *p, const xmlNode **rest)
{
  const xmlNode *bold = NULL;
  *rest = NULL;
  for (const xmlNode *c = p->children; c; c = c->next) {
    if (c->type == XML_COMMENT_NODE || (c->type == XML_TEXT_NODE && str_blank((const char *)c->content)))
      continue;
    if (!bold && is(c, "strong b")) {
      bold = c;
    } else if (bold && is(c, "br")) {
      *rest = c->next;
      return bold;
    } else {
      return NULL;
    }
  }
  return bold;
}

/* The level (import.h) of a heading element or bold-only paragraph n with text, by the page's ranks. */
static int heading_level(const struct walker *w, const xmlNode *n, const char *text)
{
  if (is(n, "p"))
    return w->ranks.bold_sections ? 2 : 3;
  int r = n->name[1] - '0';
  if (r == 1 && w->ranks.h1_title)
    return 1;
  if (r <= w->ranks.section && !w->started) {
    char *norm = import_normalise(text);
    bool title_like = import_is_title(norm);
    free(norm);
    if (title_like)
      return 1; /* "Tietosuojaseloste" above the section headings */
  }
  if (r <= w->ranks.section)
    return 2;
  return r - w->ranks.section + 2 > 6 ? 6 : r - w->ranks.section + 2;
}

/* Bound on the nodes looked at to tell a layout table's row from a data row. */
enum { LAYOUT_SCAN = 2000 };

/* True when a table row holds a page's structure (headings, tables, several paragraphs) in its
   cells: a layout table, read as blocks rather than as one line.
   (A data row's cells may hold a paragraph or two each; a layout row holds the page.) */
static bool layout_row(const xmlNode *tr)
{
  size_t seen = 0, paras = 0, depth = 0;
  for (const xmlNode *n = tr->children; n && seen < LAYOUT_SCAN; seen++) {
    if (is(n, "h1 h2 h3 h4 h5 h6 table"))
      return true;
    paras += is(n, "p ul ol div");
    if (paras > 6)
      return true;
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      depth++;
      continue;
    }
    while (!n->next && depth > 0) {
      n = n->parent;
      depth--;
    }
    n = n->next;
  }
  return false;
}

static void walk(struct walker *w, const xmlNode *first);

/* True when a list item holds a page's structure (a heading or a table): read as blocks, not as one
   item line. */
static bool holds_blocks(const xmlNode *li)
{
  for (const xmlNode *c = li->children; c; c = c->next)
    if (is(c, "h1 h2 h3 h4 h5 h6 table"))
      return true;
  return false;
}

/* Most words of a bold label that can start a section ("Rekisterinpitäjä:", "Yhteyshenkilö:"). */
enum { LABEL_MAX_WORDS = 6 };

/* When paragraph p is a bold label naming a section followed by its value on the same line
   ("<strong>Rekisterinpitäjä:</strong> Esimerkki ry, Hollola"), as a plain notice's "Label: value"
   line: sets *label and *value (new strings, the label without its colon) and returns true; false,
   setting nothing, for any other paragraph, and for a label naming the section it stands in. */
static bool label_paragraph(const struct walker *w, const xmlNode *p, char **label, char **value)
{
  const xmlNode *c = p->children;
  while (c && (c->type == XML_COMMENT_NODE || (c->type == XML_TEXT_NODE && str_blank((const char *)c->content))))
    c = c->next;
  if (!c || !is(c, "strong b"))
    return false;
  struct strbuf b = { 0 }, all = { 0 };
  inline_text(c, &b);
  inline_text(p, &all);
  const char *head = trimmed(&b), *full = trimmed(&all);
  size_t hn = strlen(head);
  while (hn && (head[hn - 1] == ':' || head[hn - 1] == ' '))
    hn--;
  const char *colon = hn && strncmp(full, head, hn) == 0 ? full + hn + strspn(full + hn, " ") : NULL;
  bool hit = false;
  if (colon && *colon == ':' && !str_blank(colon + 1) && hn < 60) {
    char *text = xasprintf("%.*s", (int)hn, head), *norm = import_normalise(text);
    int words = 1;
    for (const char *q = norm; *q; q++)
      words += *q == ' ';
    struct import_match m;
    hit = words <= LABEL_MAX_WORDS && !strpbrk(text, ".!?") && import_match_heading(text, true, &m) &&
          m.date == DATE_NONE && !(w->have_match && import_match_same(&m, &w->match));
    free(norm);
    if (hit) {
      *label = text;
      *value = xstrdup(colon + 1 + strspn(colon + 1, " "));
    } else {
      free(text);
    }
  }
  sb_free(&b);
  sb_free(&all);
  return hit;
}

/* Handles one element that is a block of its own; says whether to go into its children. */
static enum visit block_element(struct walker *w, const xmlNode *n)
{
  struct strbuf t = { 0 };
  enum visit v = VISIT_SKIP;
  const xmlNode *rest = NULL, *bold = w->out && is(n, "p") ? bold_head(n, &rest) : NULL;
  char *label = NULL, *value = NULL;
  if (!bold && w->out && is(n, "p") && label_paragraph(w, n, &label, &value)) {
    flush_para(w);
    heading(w, label, 2); /* a section of its own, its value the first paragraph */
    add_piece(w, value, PIECE_PARA);
    free(label);
    free(value);
  } else if (is(n, "h1 h2 h3 h4 h5 h6") || bold) {
    flush_para(w);
    inline_text(bold ? bold : n, &t);
    const char *text = trimmed(&t);
    int level = heading_level(w, n, text);
    struct import_match m;
    size_t len = strlen(text);
    bool phrase = len && len <= 80 && !strchr(".:;,!?", text[len - 1]);
    if (bold && level == 2 && !rest && !phrase && !import_match_heading(text, false, &m)) {
      sb_free(&t);
      return VISIT_DESCEND; /* bold text that names no section and reads as a sentence: a paragraph */
    }
    heading(w, text, level);
    if (rest) {
      walk(w, rest); /* the text under the heading, in the same paragraph */
      flush_para(w);
    }
  } else if (is(n, "li") && !holds_blocks(n)) {
    flush_para(w);
    inline_text(n, &t);
    char *line = xasprintf("- %s", trimmed(&t));
    add_piece(w, line, PIECE_LINE);
    free(line);
  } else if (is(n, "dt")) {
    if (w->para.len) /* a term without a description */
      add_piece(w, trimmed(&w->para), PIECE_LINE), w->para.len = 0, w->para.s[0] = '\0';
    flush_para(w);
    inline_text(n, &t);
    sb_printf(&w->para, "%s: ", trimmed(&t));
  } else if (is(n, "dd")) {
    inline_text(n, &t);
    sb_add(&w->para, trimmed(&t));
    add_piece(w, trimmed(&w->para), PIECE_LINE);
    w->para.len = 0;
    if (w->para.s)
      w->para.s[0] = '\0';
  } else if (is(n, "tr") && !layout_row(n)) {
    table_row(w, n);
  } else if (w->out && is(n, "table") && rows_table(w, n)) {
    w->last = PIECE_PARA;
  } else {
    flush_para(w);
    if (is(n, "ul ol dl table"))
      w->last = PIECE_PARA; /* a list of its own, not the end of the one before */
    w->lists += is(n, "ul ol");
    w->sections += is(n, "article section main");
    w->data_tables += is(n, "table") && data_table(n);
    v = VISIT_DESCEND; /* block_leave ends it */
  }
  sb_free(&t);
  return v;
}

/* Block elements: the walker goes into these (the others it reads whole, or passes over). */
static const char *const blocks = "p div section article header footer main aside address blockquote pre "
                                  "table thead tbody tfoot tr td th ul ol li dl dt dd h1 h2 h3 h4 h5 h6 "
                                  "body html center figure";

/* ---------- site chrome: what a page holds around the notice ---------- */

/* What an element is to the notice: part of it, chrome to leave out, or the page's footer (left out
   of the notice, read for the controller's contact details: import_build). */
enum chrome { CHROME_NONE, CHROME_DROP, CHROME_FOOTER };

/* Value of n's attribute name, or NULL when it has none ("" when it has no value). */
static const char *attr(const xmlNode *n, const char *name)
{
  for (const xmlAttr *a = n->properties; a; a = a->next)
    if (strcasecmp((const char *)a->name, name) == 0)
      return a->children && a->children->content ? (const char *)a->children->content : "";
  return NULL;
}

/* True when the space-separated list value holds a name that is one of the space-separated words,
   or starts with "word-" or "word_", or ends with "-word" or "_word" ("main-navigation", "share-links"). */
static bool names_word(const char *value, const char *words)
{
  for (const char *v = value ? value : ""; *v;) {
    v += strspn(v, " \t\n");
    size_t n = strcspn(v, " \t\n");
    for (const char *p = words; n && *p;) {
      size_t k = strcspn(p, " ");
      bool whole = k == n && strncasecmp(v, p, k) == 0;
      bool head = k < n && strncasecmp(v, p, k) == 0 && strchr("-_", v[k]);
      bool tail = k < n && strncasecmp(v + n - k, p, k) == 0 && strchr("-_", v[n - k - 1]);
      if (whole || head || tail)
        return true;
      p += k + (p[k] == ' ');
    }
    v += n;
  }
  return false;
}

/* True when the element's class or id names one of the words (names_word). */
static bool class_names(const xmlNode *n, const char *words)
{
  return names_word(attr(n, "class"), words) || names_word(attr(n, "id"), words);
}

/* True when the element's class or id holds one of the names consent tools and themes give their
   cookie banners (a notice's own section on cookies is not named so). */
static bool cookie_banner(const xmlNode *n)
{
  static const char *const names[] = { "cookie-banner", "cookiebanner", "cookie_banner", "cookie-notice",
                                       "cookie_notice", "cookie-bar", "cookiebar", "cookie-consent",
                                       "cookieconsent", "cookie_consent", "cookie-law", "cookie-popup",
                                       "cookiebot", "onetrust", "cmplz", "cky-consent", "cc-window",
                                       "cc-banner", "moove_gdpr", "borlabs", "consent-banner", "gdpr-cookie" };
  const char *vals[2] = { attr(n, "class"), attr(n, "id") };
  for (int k = 0; k < 2; k++)
    for (size_t i = 0; vals[k] && i < sizeof names / sizeof names[0]; i++)
      if (strcasestr(vals[k], names[i]))
        return true;
  return false;
}

/* Bound on the nodes looked at to measure an element's links. */
enum { LINK_SCAN = 500 };

/* Counts the bytes of text in n's subtree (at most LINK_SCAN nodes) into *all, those inside a link into
   *linked, and whether every link points into the page itself ("#...") into *anchors. */
static void link_text(const xmlNode *top, size_t *all, size_t *linked, bool *anchors)
{
  size_t seen = 0, depth = 0, in_link = 0;
  *all = *linked = 0;
  *anchors = true;
  for (const xmlNode *n = top->children; n && seen < LINK_SCAN; seen++) {
    if (n->type == XML_TEXT_NODE) {
      size_t k = strlen((const char *)n->content) - strspn((const char *)n->content, " \t\n\r");
      *all += k;
      *linked += in_link ? k : 0;
    }
    if (is(n, "a")) {
      const char *href = attr(n, "href");
      *anchors = *anchors && href && href[0] == '#';
    }
    if (n->children && n->type == XML_ELEMENT_NODE) {
      in_link += is(n, "a");
      n = n->children;
      depth++;
      continue;
    }
    while (!n->next && depth > 0) {
      n = n->parent;
      depth--;
      in_link -= is(n, "a");
    }
    n = n->next;
  }
}

/* True when the element's text is nearly all links (a menu or a row of share buttons), or it is a
   list of links into the page itself (a table of contents repeating the headings). */
static bool link_list(const xmlNode *n, bool anchors_only)
{
  size_t all, linked;
  bool anchors;
  link_text(n, &all, &linked, &anchors);
  if (linked == 0 || linked * 10 < all * 7)
    return false;
  return !anchors_only || anchors;
}

static size_t hits_in(const xmlNode *n);

/* What element n is to the notice; sections is the number of <article>, <section> and <main> around
   it (a <header> or <footer> in one is the notice's own, at the top of the page the site's). by_class:
   a class or id naming a menu, sidebar and the like makes chrome too, unless the survey (below) counted
   a section heading in the element; the survey itself passes false. */
static enum chrome chrome(const xmlNode *n, size_t sections, bool by_class)
{
  if (n->type != XML_ELEMENT_NODE)
    return CHROME_NONE;
  const char *role = attr(n, "role");
  if (names_word(role, "contentinfo") || (is(n, "footer") && !sections) || class_names(n, "footer"))
    return CHROME_FOOTER;
  if (is(n, "nav aside dialog") || (is(n, "header") && !sections) || cookie_banner(n) ||
      names_word(role, "navigation banner search complementary dialog alertdialog menu menubar toolbar"))
    return CHROME_DROP;
  bool named = class_names(n, "nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar toc skip "
                                "pagination masthead topbar widget-area site-header main-header top-bar") ||
               names_word(attr(n, "id"), "header");
  if (named && by_class && hits_in(n) == 0)
    return CHROME_DROP; /* a class name alone never drops the notice ("nav-height-fix" on its box) */
  if (class_names(n, "share sharing social some sharedaddy addtoany") && link_list(n, false))
    return CHROME_DROP;
  if (is(n, "ul ol") && link_list(n, true))
    return CHROME_DROP; /* a table of contents */
  return CHROME_NONE;
}

/* Elements never read as text. */
static const char *const unread = "script style template noscript head title meta link button select "
                                  "textarea input option label svg iframe object";

/* Handles one node of the page; says whether to go into its children. */
static enum visit walk_enter(void *ctx, const xmlNode *c)
{
  struct walker *w = ctx;
  enum chrome ch = w->page ? chrome(c, w->sections, true) : CHROME_NONE;
  if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
    if (w->lists && strstr((const char *)c->content, "- ")) {
      flush_para(w);
      list_text(w, (const char *)c->content);
    } else {
      add_node_text(&w->para, c);
    }
  } else if (is(c, unread) || is(c, "nav")) {
    return VISIT_SKIP;
  } else if (ch == CHROME_DROP || (ch == CHROME_FOOTER && !w->in_footer)) {
    if (ch == CHROME_FOOTER) {
      w->footers = xrealloc(w->footers, (w->nfooters + 1) * sizeof *w->footers);
      w->footers[w->nfooters++] = c;
    }
    return VISIT_SKIP;
  } else if (is(c, "br")) {
    sb_addc(&w->para, '\n');
  } else if (is(c, blocks)) {
    return block_element(w, c);
  } else if (c->type == XML_ELEMENT_NODE) {
    return VISIT_DESCEND;
  }
  return VISIT_SKIP;
}

/* Parses bytes as HTML (UTF-8) with libxml2's functions x, or NULL. */
static htmlDocPtr parse(const struct xml_api *x, const char *s, size_t n)
{
  if (n > (size_t)0x7fffffff)
    return NULL;
  return x->read_memory(s, (int)n, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                          XML_PARSE_HUGE); /* without it libxml2 drops what is nested over 256 deep */
}

bool import_is_html(const char *s, size_t n)
{
  size_t lim = n < 2048 ? n : 2048;
  for (size_t i = 0; i + 5 < lim; i++) {
    if (s[i] != '<')
      continue;
    const char *p = s + i + 1;
    if (strncasecmp(p, "!doctype html", 13) == 0 || strncasecmp(p, "html", 4) == 0 ||
        strncasecmp(p, "head", 4) == 0 || strncasecmp(p, "body", 4) == 0 || strncasecmp(p, "h1", 2) == 0 ||
        strncasecmp(p, "h2", 2) == 0 || strncasecmp(p, "meta", 4) == 0)
      return true;
  }
  return false;
}

/* Ends a block element the walker went into (an inline one needs nothing). */
static void walk_leave(void *ctx, const xmlNode *n)
{
  struct walker *w = ctx;
  if (!is(n, blocks))
    return;
  flush_para(w);
  if (is(n, "ul ol dl table"))
    w->last = PIECE_PARA;
  w->lists -= is(n, "ul ol");
  w->sections -= is(n, "article section main");
  w->data_tables -= is(n, "table") && data_table(n);
}

/* Walks the nodes from first and its following siblings. */
static void walk(struct walker *w, const xmlNode *first)
{
  tree_walk(first, walk_enter, walk_leave, w);
}

/* ---------- finding the notice on the page ---------- */

/* What a look over (part of) a page found: the headings that name a notice section, by rank. The
   count of such headings in each element's subtree is kept in the element's _private field. */
struct survey {
  size_t sections;             /* as in struct walker, to tell chrome */
  size_t hits;                 /* headings naming a notice section, outside chrome */
  size_t rank_hits[7];         /* of them, <h1>..<h6> */
  size_t bold_hits;            /* of them, bold-only paragraphs */
  size_t h1s;                  /* every <h1> outside chrome */
  const xmlNode *h1;           /* the first of them */
  const xmlNode *main;         /* the first <main> or role="main" */
  const xmlNode *articles[16]; /* the first <article> elements */
  size_t narticles;
};

/* The count of section headings in n's subtree (survey). */
static size_t hits_in(const xmlNode *n)
{
  return (size_t)(uintptr_t)n->_private & ~HIT_MARK;
}

/* Adds k to the count of section headings of n (an element; the document node is left alone). */
static void add_hits(const xmlNode *n, size_t k)
{
  if (n && n->type == XML_ELEMENT_NODE)
    ((xmlNode *)n)->_private = (void *)((uintptr_t)n->_private + k);
}

/* Notes a heading element or a paragraph headed by bold text (head, bold_head) of the survey. */
static void survey_heading(struct survey *sv, const xmlNode *n, const xmlNode *head)
{
  struct strbuf t = { 0 };
  inline_text(head, &t);
  const char *text = trimmed(&t);
  char *norm = import_normalise(text);
  struct import_match m;
  bool hit = *text && strlen(text) < 200 && !import_is_title(norm) && import_match_heading(text, false, &m);
  if (is(n, "h1") && sv->h1s++ == 0)
    sv->h1 = n;
  if (hit) {
    sv->hits++;
    if (is(n, "p"))
      sv->bold_hits++;
    else
      sv->rank_hits[n->name[1] - '0']++;
    add_hits(n->parent, 1);
  }
  free(norm);
  sb_free(&t);
}

/* Survey visitor: counts section headings outside chrome, notes <main>, <article> and <h1>. */
static enum visit survey_enter(void *ctx, const xmlNode *n)
{
  struct survey *sv = ctx;
  if (n->type != XML_ELEMENT_NODE || is(n, unread) || chrome(n, sv->sections, false) != CHROME_NONE)
    return VISIT_SKIP;
  ((xmlNode *)n)->_private = NULL;
  const xmlNode *rest, *bold = is(n, "p") ? bold_head(n, &rest) : NULL;
  if (is(n, "h1 h2 h3 h4 h5 h6") || bold) {
    survey_heading(sv, n, bold ? bold : n);
    return VISIT_SKIP;
  }
  const char *role = attr(n, "role");
  if (!sv->main && (is(n, "main") || names_word(role, "main")))
    sv->main = n;
  if (is(n, "article") && sv->narticles < sizeof sv->articles / sizeof sv->articles[0])
    sv->articles[sv->narticles++] = n;
  sv->sections += is(n, "article section main");
  return VISIT_DESCEND;
}

/* Survey visitor, after an element's children: its count goes to its parent's. */
static void survey_leave(void *ctx, const xmlNode *n)
{
  struct survey *sv = ctx;
  sv->sections -= is(n, "article section main");
  add_hits(n->parent, hits_in(n));
}

/* Surveys the children of top; sections says whether top is (in) the notice's own content. */
static void survey(const xmlNode *top, size_t sections, struct survey *sv)
{
  memset(sv, 0, sizeof *sv);
  sv->sections = sections;
  ((xmlNode *)top)->_private = NULL;
  tree_walk(top->children, survey_enter, survey_leave, sv);
}

/* The nearest element holding both a and the page's <h1> h: a's content widened to the title above
   it. Linear: h's ancestors are marked first. */
static const xmlNode *with_title(const xmlNode *a, const xmlNode *h)
{
  for (const xmlNode *p = h; p && p->type == XML_ELEMENT_NODE; p = p->parent)
    ((xmlNode *)p)->_private = (void *)((uintptr_t)p->_private | HIT_MARK);
  while (a->parent && a->parent->type == XML_ELEMENT_NODE && !((uintptr_t)a->_private & HIT_MARK))
    a = a->parent;
  return a;
}

/* The element holding the notice on a page whose root element is root: <main> (or role="main"), else
   the <article> with most section headings, when it holds at least half of the page's; else the
   deepest element holding every heading that names a notice section (with the page's one <h1> above
   them); else root. */
static const xmlNode *find_content(const xmlNode *root)
{
  struct survey sv;
  survey(root, 0, &sv);
  if (sv.main && 2 * hits_in(sv.main) >= sv.hits)
    return sv.main;
  const xmlNode *best = NULL;
  for (size_t i = 0; i < sv.narticles; i++)
    if (!best || hits_in(sv.articles[i]) > hits_in(best))
      best = sv.articles[i];
  if (best && 2 * hits_in(best) >= sv.hits && (sv.narticles == 1 || hits_in(best) > 0))
    return best;
  if (sv.hits == 0)
    return root;
  const xmlNode *x = root;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const xmlNode *c = x->children; c && !deeper; c = c->next)
      if (c->type == XML_ELEMENT_NODE && hits_in(c) == sv.hits)
        x = c, deeper = true;
  }
  return sv.h1s == 1 ? with_title(x, sv.h1) : x;
}

/* The ranks of the headings inside the notice's content (struct ranks). */
static struct ranks find_ranks(const xmlNode *content, size_t sections)
{
  struct survey sv;
  survey(content, sections, &sv);
  struct ranks r = { .section = 2, .h1_title = true, .bold_sections = false };
  size_t best = 0;
  for (int k = 1; k <= 6; k++)
    if ((k > 1 || sv.h1s >= 2) && sv.rank_hits[k] > best)
      best = sv.rank_hits[k], r.section = k;
  r.h1_title = r.section != 1;
  r.bold_sections = best < 2 && sv.bold_hits >= 2;
  return r;
}

/* Notes the footers outside the content (a site footer, an <address>) for outside_blocks. */
static enum visit outside_enter(void *ctx, const xmlNode *n)
{
  struct walker *w = ctx;
  if (n->type != XML_ELEMENT_NODE || is(n, unread) || n == w->content)
    return VISIT_SKIP;
  if (chrome(n, 0, true) == CHROME_FOOTER || is(n, "address")) {
    w->footers = xrealloc(w->footers, (w->nfooters + 1) * sizeof *w->footers);
    w->footers[w->nfooters++] = n;
    return VISIT_SKIP;
  }
  return VISIT_DESCEND;
}

/* Adds the text of each footer left out of the notice as a block marked outside (import.h). */
static void outside_blocks(struct walker *w)
{
  for (size_t i = 0; i < w->nfooters; i++) {
    struct walker f = { .out = NULL, .page = true, .in_footer = true };
    walk(&f, w->footers[i]->children);
    flush_para(&f);
    const char *text = trimmed(&f.body);
    if (*text) {
      import_blocks_add(w->out, NULL, text, false);
      w->out->v[w->out->n - 1].outside = true;
    }
    sb_free(&f.body);
    sb_free(&f.para);
    free(f.footers);
    free(f.label);
  }
}

/* Reads the page whose root element is root into w->out: the notice's content as blocks, then the
   footers left out of it as blocks marked outside. */
static void read_page(struct walker *w, const xmlNode *root)
{
  const xmlNode *content = find_content(root);
  size_t sections = content == root || is(content, "body") ? 0 : 1;
  w->ranks = find_ranks(content, sections);
  w->sections = sections;
  walk(w, content->children);
  end_block(w);
  w->content = content;
  if (content != root)
    tree_walk(root, outside_enter, NULL, w);
  outside_blocks(w);
}

bool import_html_read(const char *s, size_t n, struct import_blocks *out, struct strbuf *err)
{
  const struct xml_api *x = xml_api(err);
  if (!x)
    return false;
  htmlDocPtr doc = parse(x, s, n);
  xmlNode *root = doc ? x->root(doc) : NULL;
  if (!root) {
    sb_add(err, _("the HTML page could not be read"));
    if (doc)
      x->free_doc(doc);
    return false;
  }
  struct walker w = { .out = out, .page = true };
  read_page(&w, root);
  for (size_t i = 0; i < w.ntables; i++)
    import_table_free(&w.tables[i]);
  free(w.tables);
  free(w.footers);
  free(w.label);
  free(w.heading);
  free(w.parent);
  sb_free(&w.body);
  sb_free(&w.para);
  x->free_doc(doc);
  return true;
}

/* Length of the known inline tag at s ("<p>", "</li>", "<ul style=...>"), or 0. */
size_t import_tag_at(const char *s)
{
  static const char *const tags[] = { "p", "ul", "ol", "li", "br", "div", "span", "strong", "b", "em", "i",
                                       "a", "u", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
                                       "dl", "dt", "dd", "small", "font" };
  if (s[0] != '<')
    return 0;
  const char *name = s + 1 + (s[1] == '/');
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
    size_t n = strlen(tags[i]);
    if (strncasecmp(name, tags[i], n) != 0 || !strchr(" >/", name[n]))
      continue;
    const char *end = strchr(name, '>');
    return end && !memchr(name, '<', (size_t)(end - name)) ? (size_t)(end - s) + 1 : 0;
  }
  return 0;
}

char *import_inline_html(const char *body)
{
  const char *lt = body;
  while ((lt = strchr(lt, '<')) && !import_tag_at(lt))
    lt++;
  const struct xml_api *x = lt ? xml_api(NULL) : NULL;
  if (!x)
    return xstrdup(body); /* no tags, or no libxml2: the text as it is, tags and all */
  char *page = xasprintf("<html><body><div>%s</div></body></html>", body);
  htmlDocPtr doc = parse(x, page, strlen(page));
  free(page);
  xmlNode *root = doc ? x->root(doc) : NULL;
  if (!root) {
    if (doc)
      x->free_doc(doc);
    return xstrdup(body);
  }
  struct walker w = { .out = NULL };
  walk(&w, root);
  flush_para(&w);
  x->free_doc(doc);
  sb_free(&w.para);
  char *text = xstrdup(trimmed(&w.body));
  sb_free(&w.body);
  return text;
}

/* HTML reader: a real page through libxml2's HTML parser, and bodies with inline tags. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import.h"
#include "import_match.h"
#include "import_table.h"
#include "xmlapi.h"

/* What the last piece added to a body was, to choose its separator. */
enum piece { PIECE_NONE, PIECE_PARA, PIECE_LINE };

/* Walker state. */
struct walker {
  struct import_blocks *out; /* NULL: fragment mode, everything is body */
  char *heading;
  bool started;
  struct import_match match;
  bool have_match;
  struct strbuf body;
  enum piece last;
  struct strbuf para;        /* inline text being collected */
  size_t lists;              /* number of <ul>/<ol> around the node being read */
  struct import_table *tables; /* tables of rows read in the current block (import_table.h) */
  size_t ntables;
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

/* Adds a piece of body text: paragraphs apart by a blank line, lines of a list or table together. */
static void add_piece(struct walker *w, const char *text, enum piece kind)
{
  if (!*text)
    return;
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

/* Ends the current block. */
static void end_block(struct walker *w)
{
  flush_para(w);
  if (w->out && (w->started || w->body.len || w->ntables)) {
    import_blocks_add(w->out, w->heading, trimmed(&w->body), w->started);
    import_blocks_attach(w->out, &w->tables, w->ntables);
    w->ntables = 0;
  }
  free(w->heading);
  w->heading = NULL;
  w->body.len = 0;
  if (w->body.s)
    w->body.s[0] = '\0';
  w->last = PIECE_NONE;
}

/* Adds one node of an inline subtree to the strbuf ctx; says whether to go into its children. */
static enum visit inline_node(void *ctx, const xmlNode *c)
{
  struct strbuf *b = ctx;
  if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
    add_text(b, (const char *)c->content);
  } else if (is(c, "br")) {
    while (b->len && b->s[b->len - 1] == ' ')
      b->s[--b->len] = '\0';
    sb_addc(b, '\n');
  } else if (c->type == XML_ELEMENT_NODE && !is(c, "script style template noscript")) {
    return VISIT_DESCEND;
  }
  return VISIT_SKIP;
}

/* Collects the inline text of a node's subtree into b (<br> as a line break). */
static void inline_text(const xmlNode *n, struct strbuf *b)
{
  tree_walk(n->children, inline_node, NULL, b);
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

/* Starts a new block under heading text, or keeps the text as a paragraph when it is not one. */
static void heading(struct walker *w, const xmlNode *n, const char *text)
{
  struct import_match m;
  bool hit = import_match_heading(text, false, &m);
  bool same = hit && w->have_match && import_match_same(&m, &w->match) && w->body.len;
  bool minor = !hit && (is(n, "h1") || (w->started && !is(n, "h2")));
  if (!w->out || same || minor || (!hit && !*text)) {
    flush_para(w);
    add_piece(w, text, PIECE_PARA);
    return;
  }
  end_block(w);
  w->heading = xstrdup(text);
  w->started = true;
  w->have_match = hit;
  if (hit)
    w->match = m;
}

/* A table row: "heading | body" becomes a block, any other row one line of text. */
static void table_row(struct walker *w, const xmlNode *tr)
{
  struct strbuf cells[2] = { { 0 }, { 0 } };
  int k = 0;
  for (const xmlNode *c = tr->children; c; c = c->next)
    if (is(c, "td th"))
      inline_text(c, &cells[k < 1 ? k++ : 1]), sb_addc(&cells[1], ' ');
  const char *h = trimmed(&cells[0]), *b = trimmed(&cells[1]);
  struct import_match m;
  if (w->out && *h && *b && strlen(h) < 200 && import_match_heading(h, false, &m)) {
    heading(w, tr, h);
    add_piece(w, b, PIECE_PARA);
  } else {
    char *line = *b ? xasprintf("%s: %s", h, b) : xstrdup(h);
    flush_para(w);
    add_piece(w, line, PIECE_LINE);
    free(line);
  }
  sb_free(&cells[0]);
  sb_free(&cells[1]);
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

/* True when a paragraph holds nothing but one <strong>/<b> (a heading in many CMS pages). */
static bool bold_only(const xmlNode *p)
{
  int elems = 0;
  for (const xmlNode *c = p->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && !str_blank((const char *)c->content))
      return false;
    if (c->type == XML_ELEMENT_NODE && (!is(c, "strong b") || ++elems > 1))
      return false;
  }
  return elems == 1;
}

/* Handles one element that is a block of its own; says whether to go into its children. */
static enum visit block_element(struct walker *w, const xmlNode *n)
{
  struct strbuf t = { 0 };
  enum visit v = VISIT_SKIP;
  if (is(n, "h1 h2 h3 h4 h5 h6") || (is(n, "p") && bold_only(n))) {
    flush_para(w);
    inline_text(n, &t);
    struct import_match m;
    if (!is(n, "p") || import_match_heading(trimmed(&t), false, &m))
      heading(w, n, trimmed(&t));
    else
      add_piece(w, trimmed(&t), PIECE_PARA);
  } else if (is(n, "li")) {
    flush_para(w);
    inline_text(n, &t);
    char *line = xasprintf("- %s", trimmed(&t));
    add_piece(w, line, PIECE_LINE);
    free(line);
  } else if (is(n, "dt")) {
    flush_para(w);
    inline_text(n, &w->para);
    sb_add(&w->para, ": ");
  } else if (is(n, "dd")) {
    inline_text(n, &w->para);
    add_piece(w, trimmed(&w->para), PIECE_LINE);
    w->para.len = 0;
  } else if (is(n, "tr")) {
    table_row(w, n);
  } else if (w->out && is(n, "table") && rows_table(w, n)) {
    w->last = PIECE_PARA;
  } else {
    flush_para(w);
    if (is(n, "ul ol dl table"))
      w->last = PIECE_PARA; /* a list of its own, not the end of the one before */
    w->lists += is(n, "ul ol");
    v = VISIT_DESCEND; /* block_leave ends it */
  }
  sb_free(&t);
  return v;
}

/* Block elements: the walker goes into these (the others it reads whole, or passes over). */
static const char *const blocks = "p div section article header footer main aside address blockquote pre "
                                  "table thead tbody tfoot tr ul ol li dl dt dd h1 h2 h3 h4 h5 h6 body "
                                  "html center figure";

/* Handles one node of the page; says whether to go into its children. */
static enum visit walk_enter(void *ctx, const xmlNode *c)
{
  struct walker *w = ctx;
  if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
    if (w->lists && strstr((const char *)c->content, "- ")) {
      flush_para(w);
      list_text(w, (const char *)c->content);
    } else {
      add_text(&w->para, (const char *)c->content);
    }
  } else if (is(c, "script style template noscript nav head title meta link button form")) {
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
}

/* Walks the nodes from first and its following siblings. */
static void walk(struct walker *w, const xmlNode *first)
{
  tree_walk(first, walk_enter, walk_leave, w);
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
  struct walker w = { .out = out };
  walk(&w, root);
  end_block(&w);
  for (size_t i = 0; i < w.ntables; i++)
    import_table_free(&w.tables[i]);
  free(w.tables);
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

/* The lost-text check. It once ran strstr over the whole document for every word read, which took
   minutes on a notice of a few hundred kilobytes. Now each word is first looked up in a hash set of
   the document's own words (nearly all are found there), and the few that are not are searched for
   together, in one pass over the document, with an Aho-Corasick automaton: linear in all. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import_lost.h"
#include "schema.h"

/* Bytes that separate words, in the notice and in the document alike. */
#define SPACES " \n\t"

/* ---------- a set of words (byte ranges of a string that outlives the set) ---------- */

/* One word: n bytes at s, not NUL-terminated. */
struct slice {
  const char *s;
  size_t n;
};

/* An open-addressing hash set of words; cap is a power of two, empty slots have s == NULL. */
struct wordset {
  struct slice *v;
  size_t n, cap;
};

/* FNV-1a hash of n bytes. */
static uint64_t hash_bytes(const char *s, size_t n)
{
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

/* Slot of word (s, n) in the set: where it is, or the empty slot where it would go. */
static struct slice *wordset_slot(const struct wordset *h, const char *s, size_t n)
{
  size_t i = (size_t)hash_bytes(s, n) & (h->cap - 1);
  while (h->v[i].s && (h->v[i].n != n || memcmp(h->v[i].s, s, n) != 0))
    i = (i + 1) & (h->cap - 1);
  return &h->v[i];
}

/* Adds a word (the bytes are not copied), growing the table to keep it at most half full. */
static void wordset_add(struct wordset *h, const char *s, size_t n)
{
  if ((h->n + 1) * 2 > h->cap) {
    struct wordset bigger = { .cap = h->cap ? h->cap * 2 : 1024 };
    bigger.v = xmalloc(bigger.cap * sizeof *bigger.v);
    memset(bigger.v, 0, bigger.cap * sizeof *bigger.v);
    for (size_t i = 0; i < h->cap; i++)
      if (h->v[i].s)
        *wordset_slot(&bigger, h->v[i].s, h->v[i].n) = h->v[i];
    bigger.n = h->n;
    free(h->v);
    *h = bigger;
  }
  struct slice *slot = wordset_slot(h, s, n);
  if (!slot->s) {
    *slot = (struct slice){ s, n };
    h->n++;
  }
}

/* True when the set holds the word. */
static bool wordset_has(const struct wordset *h, const char *s, size_t n)
{
  return h->cap && wordset_slot(h, s, n)->s != NULL;
}

/* ---------- Aho-Corasick: many words searched for in one pass ---------- */

/* A trie node; 0 is the root and never anyone's child, so 0 also means "none". */
struct ac_node {
  uint32_t child, sibling; /* first child; next child of the same parent */
  uint32_t fail;           /* node of the longest proper suffix that is in the trie */
  uint32_t dict;           /* nearest node on the fail chain that ends a word, or 0 */
  unsigned char byte;      /* the byte on the edge into this node */
  bool end, found;         /* a word ends here; it occurs in the text scanned */
};

/* The automaton: nodes in one growable array. */
struct ac {
  struct ac_node *v;
  size_t n, cap;
};

/* Child of node by byte c, or 0. */
static uint32_t ac_child(const struct ac *a, uint32_t node, unsigned char c)
{
  uint32_t k = a->v[node].child;
  while (k && a->v[k].byte != c)
    k = a->v[k].sibling;
  return k;
}

/* Appends a new child of node by byte c; returns it. */
static uint32_t ac_new_child(struct ac *a, uint32_t node, unsigned char c)
{
  if (a->n == a->cap)
    a->v = xrealloc(a->v, (a->cap = a->cap ? a->cap * 2 : 256) * sizeof *a->v);
  uint32_t k = (uint32_t)a->n++;
  a->v[k] = (struct ac_node){ .byte = c, .sibling = a->v[node].child };
  a->v[node].child = k;
  return k;
}

/* Adds a word to the trie (a word added twice shares its node); returns the node where it ends. */
static uint32_t ac_add(struct ac *a, const char *s, size_t n)
{
  if (a->n == 0) {
    a->v = xmalloc((a->cap = 256) * sizeof *a->v);
    a->v[a->n++] = (struct ac_node){ 0 }; /* the root */
  }
  uint32_t node = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t k = ac_child(a, node, (unsigned char)s[i]);
    node = k ? k : ac_new_child(a, node, (unsigned char)s[i]);
  }
  a->v[node].end = true;
  return node;
}

/* Where the automaton goes from node on byte c, following fail links. */
static uint32_t ac_step(const struct ac *a, uint32_t node, unsigned char c)
{
  for (;;) {
    uint32_t k = ac_child(a, node, c);
    if (k || node == 0)
      return k;
    node = a->v[node].fail;
  }
}

/* Sets the fail and dict links, breadth first. */
static void ac_link(struct ac *a)
{
  uint32_t *queue = xmalloc(a->n * sizeof *queue);
  size_t head = 0, tail = 0;
  for (uint32_t k = a->v[0].child; k; k = a->v[k].sibling)
    queue[tail++] = k; /* the root's children fail to the root */
  while (head < tail) {
    uint32_t u = queue[head++];
    for (uint32_t k = a->v[u].child; k; k = a->v[k].sibling) {
      uint32_t f = ac_step(a, a->v[u].fail, a->v[k].byte);
      a->v[k].fail = f;
      a->v[k].dict = a->v[f].end ? f : a->v[f].dict;
      queue[tail++] = k;
    }
  }
  free(queue);
}

/* Marks every word of the trie that occurs in the n bytes at s. */
static void ac_scan(struct ac *a, const char *s, size_t n)
{
  uint32_t node = 0;
  for (size_t i = 0; i < n; i++) {
    node = ac_step(a, node, (unsigned char)s[i]);
    /* a word found marks the words that are suffixes of it too; one marked before had its marked */
    for (uint32_t k = a->v[node].end ? node : a->v[node].dict; k && !a->v[k].found; k = a->v[k].dict)
      a->v[k].found = true;
  }
}

/* ---------- the check ---------- */

/* Appends the texts of the purpose and provider rows of s to b. */
static void row_words(const struct doc_section *s, struct strbuf *b)
{
  for (size_t r = 0; r < s->npurposes; r++)
    for (int l = 0; l < LANG_COUNT; l++)
      sb_printf(b, "%s\n%s\n%s\n", s->purposes[r].text[l], s->purposes[r].interest[l], s->purposes[r].retention[l]);
  for (size_t r = 0; r < s->nproviders; r++) {
    sb_printf(b, "%s\n", s->providers[r].name);
    for (int l = 0; l < LANG_COUNT; l++)
      sb_printf(b, "%s\n", s->providers[r].what[l]);
  }
}

/* Appends every field, text and row text of the document to b (what the notice now holds). */
static void doc_words(const struct doc *d, struct strbuf *b)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &d->sec[i];
    row_words(s, b);
    for (int l = 0; l < LANG_COUNT; l++)
      sb_printf(b, "%s\n", s->text[l]);
    for (int f = 0; f < FIELD_COUNT; f++)
      if (s->field[f])
        sb_printf(b, "%s\n", s->field[f]);
  }
}

/* Narrows the word (*w, *n) to leave out the punctuation around it. */
static void bare_range(const char **w, size_t *n)
{
  while (*n && strchr("\"'([{<.,;:!?-*", **w))
    (*w)++, (*n)--;
  while (*n && strchr("\"')]}>.,;:!?-*", (*w)[*n - 1]))
    (*n)--;
}

/* Copy of a word without the punctuation around it, its dashes made ASCII as the document's are. */
static char *bare_word(const char *w, size_t n)
{
  bare_range(&w, &n);
  char *c = xmalloc(n + 1);
  memcpy(c, w, n);
  c[n] = '\0';
  str_ascii_dashes(c); /* a business ID's dash is stored as '-' */
  return c;
}

/* Adds each word of hay to the set, with and without its punctuation. */
static void hay_words(const char *hay, struct wordset *set)
{
  for (const char *p = hay; *p;) {
    size_t n = strcspn(p, SPACES);
    const char *w = p;
    size_t bn = n;
    if (n) {
      wordset_add(set, p, n);
      bare_range(&w, &bn);
      wordset_add(set, w, bn);
    }
    p += n + (p[n] != '\0');
  }
}

/* The words not found whole, in reading order, and their trie nodes. */
struct pending {
  char **word;
  uint32_t *node;
  size_t n, cap;
};

/* Looks each word of text up; the ones not in the set go to the trie and the pending list. */
static void text_words(const char *text, const struct wordset *set, struct ac *a, struct pending *p)
{
  for (const char *s = text; *s;) {
    size_t n = strcspn(s, SPACES);
    char *w = bare_word(s, n);
    if (*w && !wordset_has(set, w, strlen(w))) {
      if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        p->word = xrealloc(p->word, p->cap * sizeof *p->word);
        p->node = xrealloc(p->node, p->cap * sizeof *p->node);
      }
      p->node[p->n] = ac_add(a, w, strlen(w));
      p->word[p->n++] = w;
    } else {
      free(w);
    }
    s += n + (s[n] != '\0');
  }
}

void import_check_lost(const struct import_blocks *b, const struct doc *d, const char *used, struct strbuf *report)
{
  struct strbuf hay = { 0 }, lost = { 0 };
  doc_words(d, &hay);
  sb_add(&hay, used);
  str_ascii_dashes(hay.s); /* compared with the words below, dashes made ASCII alike */
  hay.len = strlen(hay.s);
  struct wordset set = { 0 };
  hay_words(hay.s, &set);
  struct ac a = { 0 };
  struct pending p = { 0 };
  for (size_t i = 0; i < b->n; i++) {
    if (b->v[i].outside)
      continue; /* a page's footer: not the notice's text (import.h) */
    char *body = xstrdup(b->v[i].body);
    for (char *t = body; (t = strchr(t, '<'));) {
      size_t n = import_tag_at(t);
      memset(t, ' ', n ? n : 1); /* tags are structure, not words */
    }
    text_words(b->v[i].heading ? b->v[i].heading : "", &set, &a, &p);
    text_words(body, &set, &a, &p);
    free(body);
    for (size_t t = 0; t < b->v[i].ntables; t++) {
      const struct import_table *tb = &b->v[i].tables[t];
      for (size_t c = 0; c < tb->ncols; c++)
        text_words(tb->head[c], &set, &a, &p);
      for (size_t c = 0; c < tb->nrows * tb->ncols; c++)
        text_words(tb->cell[c], &set, &a, &p);
    }
  }
  size_t nlost = 0;
  if (p.n) {
    ac_link(&a);
    ac_scan(&a, hay.s, hay.len);
  }
  for (size_t i = 0; i < p.n; i++) {
    if (!a.v[p.node[i]].found && nlost++ < 20)
      sb_printf(&lost, " %s", p.word[i]);
    free(p.word[i]);
  }
  if (nlost)
    sb_printf(report, _("Text lost: %zu words are not in the document:%s\n"), nlost, lost.s);
  else
    sb_printf(report, _("No text was lost: every word of the notice is in the document or listed above.\n"));
  free(p.word);
  free(p.node);
  free(a.v);
  free(set.v);
  sb_free(&hay);
  sb_free(&lost);
}

/* The editor's text buffer: a flat UTF-8 string with a byte cursor, wrapped on demand. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "textbuf.h"
#include "util.h"

void tb_init(struct textbuf *b)
{
  memset(b, 0, sizeof *b);
  b->goal = -1;
  b->dirty_wrap = true;
  tb_set(b, "");
}

void tb_free(struct textbuf *b)
{
  free(b->s);
  free(b->lines);
  free(b->ph);
  memset(b, 0, sizeof *b);
}

/* Makes room for n more bytes plus the NUL. */
static void tb_reserve(struct textbuf *b, size_t n)
{
  if (b->len + n + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + n + 1)
    cap *= 2;
  b->s = xrealloc(b->s, cap);
  b->cap = cap;
}

/* Marks the text changed: the wrap is stale and the column goal forgotten. */
static void tb_touch(struct textbuf *b)
{
  b->dirty_wrap = true;
  b->dirty_ph = true;
  b->changed = true;
  b->goal = -1;
}

/* The placeholder holding byte offset off (start <= off < end), or NULL; rescans after a change. */
static const struct phtext_span *span_at(struct textbuf *b, size_t off)
{
  if (b->dirty_ph) {
    free(b->ph);
    b->nph = phtext_scan(b->s, b->len, &b->ph);
    b->dirty_ph = false;
  }
  size_t lo = 0, hi = b->nph; /* first span ending after off */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (b->ph[mid].end <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < b->nph && b->ph[lo].start <= off ? &b->ph[lo] : NULL;
}

/* An edit may have made a placeholder around the cursor (its last letter or brace typed, or a letter
   in between deleted): the cursor goes after it, so that typing never lands inside one. */
static void tb_leave_placeholder(struct textbuf *b)
{
  const struct phtext_span *p = span_at(b, b->cur);
  if (p && p->start < b->cur)
    b->cur = p->end;
}

void tb_set(struct textbuf *b, const char *text)
{
  b->len = 0;
  b->cur = 0;
  tb_insert(b, text ? text : "", text ? strlen(text) : 0);
  b->cur = 0;
  b->goal = -1;
  b->changed = false;
}

const char *tb_text(const struct textbuf *b) { return b->s; }

/* Inserts raw bytes at the cursor and moves the cursor after them. */
static void tb_put(struct textbuf *b, const char *s, size_t n)
{
  tb_reserve(b, n);
  memmove(b->s + b->cur + n, b->s + b->cur, b->len - b->cur + 1);
  memcpy(b->s + b->cur, s, n);
  b->len += n;
  b->cur += n;
  tb_touch(b);
}

void tb_insert(struct textbuf *b, const char *s, size_t n)
{
  tb_reserve(b, n);
  if (!b->len)
    b->s[0] = '\0';
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && (unsigned char)s[j] >= 0x20 && s[j] != 0x7F)
      j++;
    if (j > i)
      tb_put(b, s + i, j - i);
    if (j >= n)
      break;
    if (s[j] == '\r' || s[j] == '\n')
      tb_put(b, "\n", 1);
    else if (s[j] == '\t')
      tb_put(b, " ", 1);
    i = j + 1 + (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n');
  }
  tb_touch(b);
  tb_leave_placeholder(b);
}

void tb_insert_cp(struct textbuf *b, unsigned cp)
{
  char u[4];
  tb_insert(b, u, utf8_encode(cp, u));
}

/* Offset of the character boundary before off; a placeholder before off is one character. */
static size_t prev_char(struct textbuf *b, size_t off)
{
  if (off == 0)
    return 0;
  const struct phtext_span *p = span_at(b, off - 1);
  if (p)
    return p->start;
  off--;
  while (off > 0 && ((unsigned char)b->s[off] & 0xC0) == 0x80)
    off--;
  return off;
}

/* Offset of the character boundary after off; a placeholder at off is one character. */
static size_t next_char(struct textbuf *b, size_t off)
{
  if (off >= b->len)
    return b->len;
  const struct phtext_span *p = span_at(b, off);
  if (p)
    return p->end;
  unsigned cp;
  return off + (size_t)utf8_decode(b->s + off, b->len - off, &cp);
}

/* Removes bytes [from, to) and puts the cursor at from. */
static void tb_cut(struct textbuf *b, size_t from, size_t to)
{
  memmove(b->s + from, b->s + to, b->len - to + 1);
  b->len -= to - from;
  b->cur = from;
  tb_touch(b);
}

bool tb_backspace(struct textbuf *b)
{
  if (b->cur == 0)
    return false;
  tb_cut(b, prev_char(b, b->cur), b->cur);
  tb_leave_placeholder(b);
  return true;
}

bool tb_delete(struct textbuf *b)
{
  if (b->cur >= b->len)
    return false;
  tb_cut(b, b->cur, next_char(b, b->cur));
  tb_leave_placeholder(b);
  return true;
}

bool tb_left(struct textbuf *b)
{
  b->goal = -1;
  if (b->cur == 0)
    return false;
  b->cur = prev_char(b, b->cur);
  return true;
}

bool tb_right(struct textbuf *b)
{
  b->goal = -1;
  if (b->cur >= b->len)
    return false;
  b->cur = next_char(b, b->cur);
  return true;
}

/* End of the unit at off (one character, or a whole placeholder); *cw gets its display width, *space
   whether it is a space (where a line may break). */
static size_t unit_next(struct textbuf *b, size_t off, int *cw, bool *space)
{
  const struct phtext_span *p = span_at(b, off);
  if (p) {
    const char *words = phtext_words(b->s + p->start, p->end - p->start);
    *cw = (int)utf8_width(words, strlen(words));
    *space = false;
    return p->end;
  }
  unsigned cp;
  size_t n = (size_t)utf8_decode(b->s + off, b->len - off, &cp);
  *cw = codepoint_width(cp);
  *space = cp == ' ';
  return off + n;
}

/* Display width of bytes [from, to), a placeholder counted as its words. */
static int tb_cols(struct textbuf *b, size_t from, size_t to)
{
  int cols = 0, cw;
  bool space;
  while (from < to) {
    from = unit_next(b, from, &cw, &space);
    cols += cw;
  }
  return cols;
}

/* Appends the visual line [start, end) to the cached wrap. */
static void add_line(struct textbuf *b, size_t start, size_t end)
{
  if (b->nlines == b->lines_cap) {
    b->lines_cap = b->lines_cap ? b->lines_cap * 2 : 32;
    b->lines = xrealloc(b->lines, b->lines_cap * sizeof *b->lines);
  }
  b->lines[b->nlines].start = start;
  b->lines[b->nlines++].end = end;
}

/* Wraps one paragraph [p, stop) into visual lines no wider than w (spaces may hang past w; a
   placeholder wider than w gets a line of its own and is cut when drawn). */
static void wrap_paragraph(struct textbuf *b, size_t p, size_t stop, int w)
{
  size_t start = p, brk = 0;
  int col = 0, col_at_brk = 0;
  while (p < stop) {
    int cw;
    bool space;
    size_t next = unit_next(b, p, &cw, &space);
    if (!space && col + cw > w && p > start) {
      size_t cut = brk > start ? brk : p;
      add_line(b, start, cut);
      col = cut == p ? 0 : col - col_at_brk;
      start = cut;
      brk = 0;
    }
    col += cw;
    p = next;
    if (space) {
      brk = p;
      col_at_brk = col;
    }
  }
  add_line(b, start, stop);
}

const struct tb_line *tb_wrap(struct textbuf *b, int w, size_t *n)
{
  if (w < 1)
    w = 1;
  if (b->dirty_wrap || w != b->width) {
    b->nlines = 0;
    size_t p = 0;
    for (;;) {
      const char *nl = memchr(b->s + p, '\n', b->len - p);
      size_t stop = nl ? (size_t)(nl - b->s) : b->len;
      wrap_paragraph(b, p, stop, w);
      if (!nl)
        break;
      p = stop + 1;
    }
    b->width = w;
    b->dirty_wrap = false;
  }
  *n = b->nlines;
  return b->lines;
}

/* True when visual line i continues on line i+1 (a soft wrap, no newline between). */
static bool is_soft(const struct textbuf *b, size_t i)
{
  return i + 1 < b->nlines && b->lines[i + 1].start == b->lines[i].end;
}

/* Visual row holding byte offset off. */
static size_t row_of(struct textbuf *b, int w, size_t off)
{
  size_t n;
  const struct tb_line *l = tb_wrap(b, w, &n);
  size_t lo = 0, hi = n - 1;
  while (lo < hi) { /* last line whose start <= off */
    size_t mid = (lo + hi + 1) / 2;
    if (l[mid].start <= off)
      lo = mid;
    else
      hi = mid - 1;
  }
  while (lo > 0 && l[lo].start == off && l[lo - 1].end == off && !is_soft(b, lo - 1))
    lo--;
  return lo;
}

void tb_cursor_rc(struct textbuf *b, int w, size_t *row, int *col)
{
  size_t r = row_of(b, w, b->cur);
  *row = r;
  *col = tb_cols(b, b->lines[r].start, b->cur);
}

size_t tb_offset_at(struct textbuf *b, int w, size_t row, int col)
{
  size_t n;
  const struct tb_line *l = tb_wrap(b, w, &n);
  if (row >= n)
    row = n - 1;
  size_t p = l[row].start, stop = l[row].end;
  if (is_soft(b, row))
    stop = prev_char(b, stop); /* the line's last boundary belongs to the next line */
  int c = 0, cw;
  bool space;
  while (p < stop) {
    size_t next = unit_next(b, p, &cw, &space);
    if (c + cw > col)
      break;
    c += cw;
    p = next;
  }
  return p;
}

void tb_vmove(struct textbuf *b, int w, int n)
{
  size_t row, nl;
  int col;
  tb_cursor_rc(b, w, &row, &col);
  tb_wrap(b, w, &nl);
  int goal = b->goal >= 0 ? b->goal : col;
  long target = (long)row + n;
  if (target < 0)
    target = 0;
  if (target >= (long)nl)
    target = (long)nl - 1;
  b->cur = tb_offset_at(b, w, (size_t)target, goal);
  b->goal = goal;
}

void tb_home(struct textbuf *b, int w)
{
  size_t row = row_of(b, w, b->cur);
  b->cur = b->lines[row].start;
  b->goal = -1;
}

void tb_end(struct textbuf *b, int w)
{
  b->cur = tb_offset_at(b, w, row_of(b, w, b->cur), 1 << 30);
  b->goal = -1;
}

void tb_set_cursor(struct textbuf *b, size_t off)
{
  b->cur = off < b->len ? off : b->len;
  while (b->cur > 0 && ((unsigned char)b->s[b->cur] & 0xC0) == 0x80)
    b->cur--;
  const struct phtext_span *p = span_at(b, b->cur);
  if (p)
    b->cur = p->start;
  b->goal = -1;
}

bool tb_placeholder(struct textbuf *b, size_t from, size_t to, size_t *start, size_t *end, const char **words)
{
  span_at(b, 0); /* rescans */
  for (size_t i = 0; i < b->nph; i++)
    if (b->ph[i].start >= from && b->ph[i].start < to) {
      *start = b->ph[i].start;
      *end = b->ph[i].end;
      *words = phtext_words(b->s + *start, *end - *start);
      return true;
    }
  return false;
}

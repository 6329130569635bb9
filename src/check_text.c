/* Finnish-tolerant text matching: inflected words are matched by their stems. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "check_text.h"
#include "util.h"

char *text_fold(const char *s)
{
  char *out = xstrdup0(s);
  for (unsigned char *p = (unsigned char *)out; *p; p++) {
    if (*p < 0x80) {
      *p = (unsigned char)(*p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p); /* tolower, without the locale */
    } else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
      p[1] = (unsigned char)(p[1] + 0x20); /* À..Þ -> à..þ, keeping the byte length */
      p++;
    }
  }
  return out;
}

/* Length of the word starting at s[0..n). */
static size_t word_len(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && text_word_byte((unsigned char)s[i]))
    i++;
  return i;
}

/* True when the word w[0..wn) starts with p[0..pn). */
static bool starts(const char *w, size_t wn, const char *p, size_t pn)
{
  return pn <= wn && memcmp(w, p, pn) == 0;
}

/* True when word w[0..wn) matches one alternative a[0..an) ("stem*", "stem*!excl" or "word"). */
static bool alt_matches(const char *w, size_t wn, const char *a, size_t an)
{
  const char *bang = memchr(a, '!', an);
  size_t main_n = bang ? (size_t)(bang - a) : an;
  bool stem = main_n && a[main_n - 1] == '*';
  size_t stem_n = stem ? main_n - 1 : main_n;
  if (stem ? !starts(w, wn, a, stem_n) : (wn != stem_n || memcmp(w, a, wn) != 0))
    return false;
  return !bang || !starts(w, wn, bang + 1, an - main_n - 1);
}

/* True when word w[0..wn) matches the pattern word p[0..pn) with its '|' alternatives. */
static bool word_matches(const char *w, size_t wn, const char *p, size_t pn)
{
  while (pn) {
    const char *bar = memchr(p, '|', pn);
    size_t an = bar ? (size_t)(bar - p) : pn;
    if (alt_matches(w, wn, p, an))
      return true;
    if (!bar)
      break;
    pn -= an + 1;
    p = bar + 1;
  }
  return false;
}

/* Matches the pattern's words at s[i..n); returns the end offset, or 0 when they do not match. */
static size_t match_at(const char *s, size_t n, size_t i, const char *pat)
{
  while (*pat) {
    const char *sp = strchr(pat, ' ');
    size_t pn = sp ? (size_t)(sp - pat) : strlen(pat);
    size_t wn = word_len(s + i, n - i);
    if (!wn || !word_matches(s + i, wn, pat, pn))
      return 0;
    i += wn;
    pat += pn;
    if (!*pat)
      break;
    pat++;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == ','))
      i++;
  }
  return i;
}

/* Plain substring search in s[0..n): its first occurrence. */
static bool match_literal(const char *s, size_t n, const char *lit, struct text_hit *hit)
{
  size_t ln = strlen(lit);
  const char *p = ln ? memmem(s, n, lit, ln) : NULL;
  if (p && hit)
    *hit = (struct text_hit){ (size_t)(p - s), ln };
  return p != NULL;
}

/* Sets first[c] for every byte c a word matching the pattern's first word can start with; false (first
   unusable) when any byte can ("*", a stem of nothing). Lets text_match skip the words that cannot start
   a match without trying them: the checks match hundreds of patterns against every notice. */
static bool first_bytes(const char *pat, bool first[256])
{
  memset(first, 0, 256 * sizeof *first);
  size_t pn = strcspn(pat, " ");
  for (const char *a = pat, *end = pat + pn; a < end;) {
    size_t an = strcspn(a, "| ");
    if (an && (a[0] == '*' || a[0] == '!'))
      return false;
    if (an)
      first[(unsigned char)a[0]] = true;
    a += an + (a + an < end);
  }
  return true;
}

bool text_match(const char *s, size_t n, const char *pattern, struct text_hit *hit)
{
  if (pattern[0] == '=')
    return match_literal(s, n, pattern + 1, hit);
  bool anchored = pattern[0] == '^';
  if (anchored)
    pattern++;
  bool first[256];
  bool filter = !anchored && first_bytes(pattern, first);
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && text_word_byte((unsigned char)s[i - 1]))
      continue;
    if (!text_word_byte((unsigned char)s[i]) || (filter && !first[(unsigned char)s[i]]))
      continue;
    size_t end = match_at(s, n, i, pattern);
    if (end) {
      if (hit)
        *hit = (struct text_hit){ i, end - i };
      return true;
    }
    if (anchored)
      return false;
  }
  return false;
}

bool text_match_any(const char *s, size_t n, const char *const *patterns, struct text_hit *hit)
{
  for (size_t i = 0; patterns && patterns[i]; i++)
    if (text_match(s, n, patterns[i], hit))
      return true;
  return false;
}

/* ---------- the index ---------- */

/* The first 8 bytes of s[0..n) as a number that orders as the bytes do; zeros after the end. Words hold
   no zero bytes, so a word orders before the longer words it starts. */
static uint64_t head_of(const char *s, size_t n)
{
  uint64_t h = 0;
  for (size_t i = 0; i < 8; i++)
    h = h << 8 | (i < n ? (unsigned char)s[i] : 0);
  return h;
}

/* Orders words by their bytes (a prefix first), then by offset: negative, 0 or positive. */
static inline int word_cmp(const struct text_word *x, const struct text_word *y, const char *s)
{
  if (x->head != y->head)
    return x->head < y->head ? -1 : 1;
  int d = x->len > 8 && y->len > 8 ? memcmp(s + x->off + 8, s + y->off + 8, (x->len < y->len ? x->len : y->len) - 8) : 0;
  if (d)
    return d;
  if (x->len != y->len)
    return x->len < y->len ? -1 : 1;
  return x->off < y->off ? -1 : x->off > y->off;
}

/* Sorts v[0..n) by word_cmp with insertion: the short runs merge_sort starts from. */
static void insertion_sort(struct text_word *v, size_t n, const char *s)
{
  for (size_t i = 1; i < n; i++) {
    struct text_word w = v[i];
    size_t j = i;
    for (; j > 0 && word_cmp(&v[j - 1], &w, s) > 0; j--)
      v[j] = v[j - 1];
    v[j] = w;
  }
}

/* Sorts v[0..n) by word_cmp, tmp holding n words of scratch: a merge sort whose comparison is inlined
   (qsort_r's call per comparison was most of the index's cost; every text of a notice is indexed). */
static void merge_sort(struct text_word *v, size_t n, struct text_word *tmp, const char *s)
{
  if (n <= 16) {
    insertion_sort(v, n, s);
    return;
  }
  size_t h = n / 2;
  merge_sort(v, h, tmp, s);
  merge_sort(v + h, n - h, tmp, s);
  if (word_cmp(&v[h - 1], &v[h], s) <= 0)
    return; /* already in order, as runs of a text often are */
  memcpy(tmp, v, h * sizeof *v);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n)
    v[k++] = word_cmp(&v[j], &tmp[i], s) < 0 ? v[j++] : tmp[i++];
  while (i < h)
    v[k++] = tmp[i++];
}

void text_index_make(struct text_index *ix, const char *s)
{
  size_t n = strlen(s), cap = 0;
  *ix = (struct text_index){ s, n, NULL, 0 };
  for (size_t i = 0; i < n;) {
    size_t wn = word_len(s + i, n - i);
    if (!wn) {
      i++;
      continue;
    }
    if (ix->nwords == cap)
      ix->words = xrealloc(ix->words, (cap = cap ? cap * 2 : 64) * sizeof *ix->words);
    ix->words[ix->nwords++] = (struct text_word){ i, wn, head_of(s + i, wn) };
    i += wn;
  }
  struct text_word *tmp = xmalloc((ix->nwords / 2 + 1) * sizeof *tmp);
  merge_sort(ix->words, ix->nwords, tmp, s);
  free(tmp);
}

void text_index_free(struct text_index *ix)
{
  free(ix->words);
  *ix = (struct text_index){ 0 };
}

/* Index of the first word of ix not below key[0..kn) in the index's order (nwords when none is); head is
   head_of(key, kn). */
static size_t lower_bound(const struct text_index *ix, const char *key, size_t kn, uint64_t head)
{
  size_t lo = 0, hi = ix->nwords;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const struct text_word *w = &ix->words[mid];
    int d = w->head != head ? (w->head < head ? -1 : 1)
          : w->len > 8 && kn > 8 ? memcmp(ix->s + w->off + 8, key + 8, (w->len < kn ? w->len : kn) - 8) : 0;
    if (d < 0 || (d == 0 && w->len < kn))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The earliest match found so far by text_find: offsets in ix->s, at NO_FIND while there is none. */
struct found {
  size_t at, end;
};
#define NO_FIND ((size_t)-1)

/* Tries the match at offset i of ix->s within [off, off+n); keeps it in *f when it is the earliest. */
static void try_at(const struct text_index *ix, size_t off, size_t n, size_t i, const char *pattern, struct found *f)
{
  if (i >= f->at)
    return;
  size_t end = match_at(ix->s + off, n, i - off, pattern);
  if (end)
    *f = (struct found){ i, off + end };
}

/* True when word w starts with key[0..kn), kn > 0, whose head_of is head. */
static bool word_starts(const struct text_index *ix, const struct text_word *w, const char *key, size_t kn,
                        uint64_t head)
{
  if (w->len < kn)
    return false;
  if (kn <= 8)
    return (w->head & ~(uint64_t)0 << (8 - kn) * 8) == head;
  return w->head == head && memcmp(ix->s + w->off + 8, key + 8, kn - 8) == 0;
}

/* Tries every word of the index in [off, off+n) that starts with key[0..kn) (stem) or is it (not stem);
   kn > 0. */
static void try_words(const struct text_index *ix, size_t off, size_t n, const char *key, size_t kn, bool stem,
                      const char *pattern, struct found *f)
{
  uint64_t head = head_of(key, kn);
  for (size_t j = lower_bound(ix, key, kn, head); j < ix->nwords; j++) {
    const struct text_word *w = &ix->words[j];
    if (!word_starts(ix, w, key, kn, head) || (!stem && w->len != kn))
      break; /* past the words with key: equal ones come first, then the longer */
    if (w->off >= off && w->off < off + n)
      try_at(ix, off, n, w->off, pattern, f);
  }
}

/* Tries the words the range cuts, which the index holds whole: the one whose middle s[off] is, and the
   last one in the range when it runs past its end (text_match sees only their part in the range). */
static void try_cut_words(const struct text_index *ix, size_t off, size_t n, const char *pattern, struct found *f)
{
  const unsigned char *s = (const unsigned char *)ix->s;
  if (!n)
    return;
  if (off > 0 && text_word_byte(s[off - 1]) && text_word_byte(s[off]))
    try_at(ix, off, n, off, pattern, f);
  size_t e = off + n;
  if (e < ix->n && text_word_byte(s[e]) && text_word_byte(s[e - 1])) {
    size_t b = e - 1;
    while (b > off && text_word_byte(s[b - 1]))
      b--;
    try_at(ix, off, n, b, pattern, f);
  }
}

/* An alternative of a pattern's first word to look up in the index: its stem or word key[0..kn). */
struct lookup {
  const char *key;
  size_t kn;
  bool stem;
};
enum { MAX_LOOKUPS = 32 }; /* more alternatives than this: matched without the index */

/* Reads the alternatives of pattern's first word (up to its first space) into v in one pass and
   returns how many; -1 when one has no stem or word to look up (a bare "*", or it starts with "!",
   which match words of any start) or there are more than MAX_LOOKUPS. */
static int first_word_lookups(const char *pattern, struct lookup v[MAX_LOOKUPS])
{
  int n = 0;
  for (const char *a = pattern;;) {
    if (*a == '*' || *a == '!' || n == MAX_LOOKUPS)
      return -1;
    size_t main_n = 0, an = 0;
    bool bang = false;
    for (; a[an] && a[an] != ' ' && a[an] != '|'; an++)
      if (a[an] == '!' && !bang) {
        bang = true;
        main_n = an;
      }
    main_n = bang ? main_n : an;
    bool stem = main_n && a[main_n - 1] == '*';
    if (main_n)
      v[n++] = (struct lookup){ a, stem ? main_n - 1 : main_n, stem };
    if (a[an] != '|')
      return n;
    a += an + 1;
  }
}

bool text_find(const struct text_index *ix, size_t off, size_t n, const char *pattern, struct text_hit *hit)
{
  struct lookup v[MAX_LOOKUPS];
  int nv = pattern[0] == '=' || pattern[0] == '^' ? -1 : first_word_lookups(pattern, v);
  if (nv < 0)
    return text_match(ix->s + off, n, pattern, hit);
  struct found f = { NO_FIND, 0 };
  for (int i = 0; i < nv; i++)
    try_words(ix, off, n, v[i].key, v[i].kn, v[i].stem, pattern, &f);
  try_cut_words(ix, off, n, pattern, &f);
  if (f.at == NO_FIND)
    return false;
  if (hit)
    *hit = (struct text_hit){ f.at - off, f.end - f.at };
  return true;
}

bool text_find_any(const struct text_index *ix, size_t off, size_t n, const char *const *patterns,
                   struct text_hit *hit)
{
  for (size_t i = 0; patterns && patterns[i]; i++)
    if (text_find(ix, off, n, patterns[i], hit))
      return true;
  return false;
}

bool text_may_have(const struct text_index *ix, const char *const *patterns)
{
  /* a match in such a range is one in the whole text at the same offset, and an anchored one a match
     of the pattern unanchored */
  for (size_t i = 0; patterns && patterns[i]; i++)
    if (text_find(ix, 0, ix->n, patterns[i] + (patterns[i][0] == '^'), NULL))
      return true;
  return false;
}

/* ---------- sentences, fillers and names ---------- */

/* True when s[i] ends a sentence: a newline, or . ! ? followed by white space or the end. */
static bool sentence_end(const char *s, size_t i)
{
  if (s[i] == '\n')
    return true;
  if (s[i] != '.' && s[i] != '!' && s[i] != '?')
    return false;
  return s[i + 1] == '\0' || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\t';
}

bool text_next_sentence(const char *s, size_t *pos, size_t *start, size_t *len)
{
  size_t i = *pos;
  while (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')
    i++;
  if (!s[i])
    return false;
  *start = i;
  while (s[i] && !sentence_end(s, i))
    i++;
  *len = i - *start;
  *pos = s[i] ? i + 1 : i;
  return true;
}

bool text_is_filler(const char *s)
{
  static const char *const fillers[] = { "-", "--", "–", "—", ".", "...", "…", "?", "n/a", "N/A", "x", "X",
                                         "tbd", "TBD", "-.", NULL };
  if (str_blank(s))
    return true;
  while (*s == ' ' || *s == '\n' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
    n--;
  for (size_t i = 0; fillers[i]; i++)
    if (strlen(fillers[i]) == n && memcmp(fillers[i], s, n) == 0)
      return true;
  return false;
}

/* A word with its length, for the tables of words text_next_org compares every word of a text with. */
struct sized_word {
  const char *s;
  size_t n;
};
#define SIZED(w) { w, sizeof w - 1 }

bool text_is_legal_form(const char *w, size_t n)
{
  static const struct sized_word forms[] = { SIZED("oy"),  SIZED("oyj"),     SIZED("ab"),  SIZED("abp"),
                                             SIZED("ky"),  SIZED("ay"),      SIZED("ry"),  SIZED("ltd"),
                                             SIZED("limited"), SIZED("inc"), SIZED("llc"), SIZED("gmbh"),
                                             SIZED("plc"), SIZED("corp"),    SIZED("corporation"), SIZED("a/s") };
  enum { LONGEST = sizeof "corporation" - 1 };
  if (n < 2 || n > LONGEST || !strchr("oakrligpcOAKRLIGPC", w[0]))
    return false; /* text_next_org asks for every word of every text: most are longer, or start otherwise */
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
    if (forms[i].n == n && strncasecmp(forms[i].s, w, n) == 0)
      return true;
  return false;
}

/* True when the word at w starts with a capital letter (ASCII, À..Þ) or a digit. */
static bool capitalised(const unsigned char *w)
{
  return isupper(w[0]) || isdigit(w[0]) || (w[0] == 0xC3 && w[1] >= 0x80 && w[1] <= 0x9E && w[1] != 0x97);
}

/* Start of the capitalised words (at most four, joined by single spaces or " & ") ending just before s[end]. */
static size_t name_start(const char *s, size_t end)
{
  size_t start = end;
  for (int words = 0; words < 4 && start >= 2 && s[start - 1] == ' '; words++) {
    size_t e = start - 1;
    if (e >= 2 && s[e - 1] == '&' && s[e - 2] == ' ')
      e -= 2;
    size_t b = e;
    while (b > 0 && text_word_byte((unsigned char)s[b - 1]))
      b--;
    if (b == e || !capitalised((const unsigned char *)s + b))
      break;
    start = b;
  }
  return start;
}

/* Length of the association noun ending the word w[0..n) ("Esimerkkiseura", "Killan", "Hacklab"), with
   its case ending, or 0 when the word ends in none of the nouns associations name themselves with. */
static size_t association_tail(const char *w, size_t n)
{
  static const struct sized_word nouns[] = { SIZED("hacklab"), SIZED("kilta"),  SIZED("killa"),  SIZED("seura"),
                                              SIZED("yhdistys"), SIZED("yhdistykse"), SIZED("kerho"),
                                              SIZED("liitto"),  SIZED("liito"),  SIZED("säätiö"), SIZED("osuuskunta"),
                                              SIZED("osuuskunna") };
  static const struct sized_word endings[] = { SIZED(""),   SIZED("n"),  SIZED("lle"), SIZED("lta"), SIZED("ssa"),
                                               SIZED("sta"), SIZED("a"), SIZED("ä"),   SIZED("an"),  SIZED("än") };
  char low[64];
  if (n >= sizeof low)
    return 0;
  memcpy(low, w, n);
  low[n] = '\0';
  for (unsigned char *p = (unsigned char *)low; *p; p++) /* fold as text_fold does */
    if (*p < 0x80)
      *p = (unsigned char)tolower(*p);
    else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97)
      *++p += 0x20;
  for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
    for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++) {
      size_t nn = nouns[i].n, en = endings[e].n;
      if (nn + en <= n && memcmp(low + n - en - nn, nouns[i].s, nn) == 0 && memcmp(low + n - en, endings[e].s, en) == 0)
        return nn + en;
    }
  return 0;
}

/* True when s[i] opens a sentence: the text's start, or after a line break, ". ", "! ", "? " or ": ". */
static bool sentence_start(const char *s, size_t i)
{
  while (i > 0 && s[i - 1] == ' ')
    i--;
  return i == 0 || s[i - 1] == '\n' || s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?' || s[i - 1] == ':';
}

#define NO_NAME ((size_t)-1)

/* Start of an association's name ending with the word s[i..i+n), or NO_NAME: the word is capitalised
   and ends in an association noun, and either capitalised words come before it ("Esimerkin Seura") or
   it is a compound ("Esimerkkiseura") that does not open a sentence ("Yhdistys kerää..." is the
   generic word). */
static size_t association_start(const char *s, size_t i, size_t n)
{
  size_t tail;
  if (!capitalised((const unsigned char *)s + i) || !(tail = association_tail(s + i, n)))
    return NO_NAME;
  size_t b = name_start(s, i);
  if (b < i)
    return b;
  return n - tail >= 3 && !sentence_start(s, i) ? i : NO_NAME;
}

/* Length of "r.y." (or "r.y") at s, the dotted spelling of "ry", or 0. */
static size_t dotted_ry(const char *s)
{
  if ((s[0] != 'r' && s[0] != 'R') || strncasecmp(s, "r.y", 3) != 0 || text_word_byte((unsigned char)s[3]))
    return 0;
  return s[3] == '.' ? 4 : 3;
}

bool text_next_org(const char *s, size_t *pos, size_t *start, size_t *len)
{
  size_t i = *pos;
  while (s[i]) {
    if (!text_word_byte((unsigned char)s[i]) || (i > 0 && text_word_byte((unsigned char)s[i - 1]))) {
      i++;
      continue;
    }
    size_t n = word_len(s + i, (size_t)-1), ry = dotted_ry(s + i); /* stops at the NUL */
    size_t b = NO_NAME;
    if (ry || text_is_legal_form(s + i, n)) {
      n = ry ? ry : n;
      b = name_start(s, i);
      b = b < i ? b : NO_NAME;
    } else {
      b = association_start(s, i, n);
    }
    i += n;
    if (b != NO_NAME) {
      *start = b;
      *len = i - b;
      *pos = i;
      return true;
    }
  }
  *pos = i;
  return false;
}
/* True when byte c belongs to a name word: a letter, a digit or part of a UTF-8 letter. */
static bool alnum_byte(unsigned char c)
{
  return isalnum(c) || c >= 0x80;
}

bool text_has_word(const char *hay, const char *w, size_t n)
{
  for (const char *p = hay; n && *p; p++)
    if (strncmp(p, w, n) == 0 && (p == hay || !alnum_byte((unsigned char)p[-1])) && !alnum_byte((unsigned char)p[n]))
      return true;
  return false;
}

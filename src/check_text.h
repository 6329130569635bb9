/* Finnish-tolerant text matching for the compliance check: case folding, word stems, sentences. */
#ifndef SELOSTE_CHECK_TEXT_H
#define SELOSTE_CHECK_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Where a pattern matched: byte offset and length in the text searched. */
struct text_hit {
  size_t off, len;
};

/* Lower-case copy of s (ASCII and Latin-1 letters such as Ä, Ö, Å); same byte length as s. */
char *text_fold(const char *s);
/*
 * True when the folded text s[0..n) contains pattern; hit (may be NULL) gets where.
 * A pattern is words separated by single spaces, matched against consecutive words of the text.
 * In a pattern word, "stem*" matches any word starting with stem, "a|b" gives alternatives and
 * "stem*!prefix" excludes words starting with prefix. A leading "^" anchors the pattern at the
 * start of s; a leading "=" makes the rest a plain substring.
 */
bool text_match(const char *s, size_t n, const char *pattern, struct text_hit *hit);
/* True when any pattern of a NULL-terminated list matches; hit gets the first that does. */
bool text_match_any(const char *s, size_t n, const char *const *patterns, struct text_hit *hit);

#include <stdint.h>

/* A word of an indexed text: its byte offset and length, and its first 8 bytes as a number that orders
   as the bytes do (big-endian, zeros after a shorter word), compared before the bytes themselves. */
struct text_word {
  size_t off, len;
  uint64_t head;
};
/*
 * A folded text's words, sorted by their bytes (then by offset), so that text_find looks the first word
 * of a pattern up instead of reading every byte of the text: the checks match hundreds of patterns
 * against every text of a notice, most of which match nowhere. A word is a maximal run of
 * text_word_byte bytes.
 */
struct text_index {
  const char *s;            /* the folded text (not owned: it must outlive the index and not change) */
  size_t n;                 /* its length in bytes */
  struct text_word *words;  /* its words, sorted (owned) */
  size_t nwords;
};

/* Indexes the folded, NUL-terminated text s into *ix (time O(n log n), memory linear in s's words).
   Free with text_index_free. */
void text_index_make(struct text_index *ix, const char *s);
/* Frees what text_index_make allocated; ix is left empty (a second call does nothing). */
void text_index_free(struct text_index *ix);
/* Exactly text_match(ix->s + off, n, pattern, hit), off + n <= ix->n: the same answer and hit (offsets
   from off), for any off and n, found through the index: a pattern whose first word has no stem or
   word (a bare "*"), an anchored one and a plain substring ("=") are matched as text_match does. */
bool text_find(const struct text_index *ix, size_t off, size_t n, const char *pattern, struct text_hit *hit);
/* Exactly text_match_any(ix->s + off, n, patterns, hit), through the index (text_find). */
bool text_find_any(const struct text_index *ix, size_t off, size_t n, const char *const *patterns,
                   struct text_hit *hit);
/* False only when no range of ix's text that starts and ends at word boundaries (neither cuts a word)
   matches one of patterns (NULL: none); a sentence of text_next_sentence is such a range. A rule that
   reads a text sentence by sentence skips the texts that cannot have what it looks for; one look-up per
   pattern, however many sentences. */
bool text_may_have(const struct text_index *ix, const char *const *patterns);
/* Finds the next sentence at or after *pos in s; returns false at the end, else sets start and len. */
bool text_next_sentence(const char *s, size_t *pos, size_t *start, size_t *len);
/* True when the text says nothing: blank, or only a dash, dots, "n/a" or "-" like fillers. */
bool text_is_filler(const char *s);
/* True when byte c may belong to a word (ASCII letters and digits, every byte of a UTF-8 sequence, '-',
   '/', '_'). Inline and without the locale's ctype tables: the checks call it for every byte of a notice
   many times over, and it was most of the time of seloste check. */
static inline bool text_word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '-' ||
         c == '/' || c == '_';
}
/* True when the word w[0..n) is a company form that ends a name: Oy, Oyj, Ab, Ltd, Inc, GmbH and the like. */
bool text_is_legal_form(const char *w, size_t n);
/*
 * Finds the next organisation name at or after *pos: up to four capitalised words ending in a company
 * form such as Oy, Oyj, Ab, Ltd, Inc, GmbH, ry or "r.y." ("Posti Oy", "Acme Widgets Ltd"), or in an
 * association's noun (hacklab, kilta, seura, yhdistys, kerho, liitto, säätiö, osuuskunta, inflected:
 * "Esimerkin Seuran", "Tampereen Hacklab"); a one-word compound ("Esimerkkikilta") counts unless it opens
 * a sentence, where it is more likely the generic word. Sets start and len (bytes); false at the end.
 */
bool text_next_org(const char *s, size_t *pos, size_t *start, size_t *len);
/* True when hay contains w[0..n) as a whole word (bounded by non-letters and non-digits). */
bool text_has_word(const char *hay, const char *w, size_t n);

#endif

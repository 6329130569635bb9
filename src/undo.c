/* Undo and redo of one section's edits (the swap model described in undo.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "undo.h"
#include "util.h"

void undo_init(struct undo *u)
{
  memset(u, 0, sizeof *u);
}

void undo_clear(struct undo *u)
{
  for (size_t i = 0; i < u->n; i++)
    doc_section_clear(&u->steps[i].snap);
  free(u->steps);
  undo_init(u);
}

void undo_free(struct undo *u)
{
  undo_clear(u);
}

/* Bytes of a string as held in memory (0 for NULL). */
static size_t str_bytes(const char *s)
{
  return s ? strlen(s) + 1 : 0;
}

/* Memory held by a section's contents, in bytes, counted for UNDO_MAX_BYTES. */
static size_t section_bytes(const struct doc_section *s)
{
  size_t b = sizeof *s + str_bytes(s->clause) + str_bytes(s->choice) + s->nitems * sizeof *s->items;
  for (int l = 0; l < LANG_COUNT; l++)
    b += str_bytes(s->text[l]);
  for (size_t i = 0; i < s->nitems; i++)
    b += str_bytes(s->items[i]);
  for (int f = 0; f < FIELD_COUNT; f++)
    b += str_bytes(s->field[f]);
  return b;
}

/* Frees steps[from..n): the redo steps when from is pos. */
static void drop_from(struct undo *u, size_t from)
{
  for (size_t i = from; i < u->n; i++) {
    u->bytes -= u->steps[i].bytes;
    doc_section_clear(&u->steps[i].snap);
  }
  u->n = from;
}

/* Drops step 1, joining the first two changes into one undo step. Only called when pos == n: then
   every step is a state before a change, in order, and undoing from step 2 to step 0 goes straight
   to the entry state, which is right. With redo steps present (pos < n) the steps after pos hold
   states undo left behind, and removing one of them or moving pos would make undo and redo swap in
   the wrong states. */
static void drop_step_one(struct undo *u)
{
  u->bytes -= u->steps[1].bytes;
  doc_section_clear(&u->steps[1].snap);
  memmove(&u->steps[1], &u->steps[2], (u->n - 2) * sizeof *u->steps);
  u->n--;
  u->pos--;
}

/* Makes room for one more step within UNDO_MAX_STEPS and UNDO_MAX_BYTES (pos == n). */
static void make_room(struct undo *u, size_t add)
{
  while (u->n >= 2 && (u->n >= UNDO_MAX_STEPS || u->bytes + add > UNDO_MAX_BYTES))
    drop_step_one(u);
  if (u->n == u->cap_steps) {
    u->cap_steps = u->cap_steps ? 2 * u->cap_steps : 8;
    u->steps = xrealloc(u->steps, u->cap_steps * sizeof *u->steps);
  }
}

/* Appends a snapshot of s as a new step of the given kind (pos == n). */
static void push_step(struct undo *u, const struct doc_section *s, enum undo_kind kind)
{
  size_t add = section_bytes(s);
  make_room(u, add);
  struct undo_step *st = &u->steps[u->n];
  memset(st, 0, sizeof *st);
  doc_section_copy(&st->snap, s);
  st->kind = kind;
  st->bytes = add;
  u->bytes += add;
  u->pos = ++u->n;
}

/* True when s is the section this history holds (an empty history holds any). */
static bool same_section(const struct undo *u, const struct doc_section *s)
{
  return u->n == 0 || u->steps[0].snap.schema == s->schema;
}

void undo_record(struct undo *u, const struct doc_section *s, enum undo_kind kind)
{
  if (!same_section(u, s))
    undo_clear(u);
  u->after_space = false;
  if (kind == UNDO_TYPING && u->typing_open && u->pos == u->n)
    return;
  drop_from(u, u->pos);
  push_step(u, s, kind);
  u->typing_open = kind == UNDO_TYPING;
}

/* True for the characters that end a word for undo. */
static bool undo_is_space(unsigned cp)
{
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}

void undo_record_char(struct undo *u, const struct doc_section *s, unsigned cp)
{
  if (u->after_space && !undo_is_space(cp))
    undo_break(u);
  undo_record(u, s, UNDO_TYPING);
  u->after_space = undo_is_space(cp);
}

void undo_break(struct undo *u)
{
  u->typing_open = false;
  u->after_space = false;
}

/* Swaps s's contents with step i's snapshot (the schema pointers stay) and recounts its bytes. */
static void swap_step(struct undo *u, size_t i, struct doc_section *s)
{
  struct undo_step *st = &u->steps[i];
  struct doc_section tmp = *s;
  *s = st->snap;
  s->schema = tmp.schema;
  tmp.schema = st->snap.schema;
  st->snap = tmp;
  u->bytes -= st->bytes;
  st->bytes = section_bytes(&st->snap);
  u->bytes += st->bytes;
}

bool undo_undo(struct undo *u, struct doc_section *s)
{
  if (!undo_can_undo(u) || !same_section(u, s))
    return false;
  undo_break(u);
  u->pos--;
  swap_step(u, u->pos, s);
  return true;
}

bool undo_redo(struct undo *u, struct doc_section *s)
{
  if (!undo_can_redo(u) || !same_section(u, s))
    return false;
  undo_break(u);
  swap_step(u, u->pos, s);
  u->pos++;
  return true;
}

bool undo_can_undo(const struct undo *u)
{
  return u->pos > 0;
}

bool undo_can_redo(const struct undo *u)
{
  return u->pos < u->n;
}

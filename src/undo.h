/* Undo and redo for the wizard: the history of one section's edits, from the state it had when the
   person entered it. Pure C, no curses.

   Swap model. steps[0..pos) hold the section as it was before each undoable change, oldest first;
   steps[pos..n) hold the states undo left behind, for redo. Undo swaps the section's contents with
   steps[pos-1] and redo swaps them back, so neither copies text. steps[0] is always the state the
   section had when its history began (entering the section), so undoing everything returns exactly
   to it, however many steps were recorded or dropped.

   Use: undo_init once; undo_clear on entering a section; before each change of the section call
   undo_record (or undo_record_char for a typed character); undo_break when the cursor moves or the
   focus or language changes; undo_undo / undo_redo on ^Z / ^Y; undo_free at the end.

   Memory: the history owns its snapshots (deep copies made with doc_section_copy) and frees them;
   the caller keeps owning the section it passes. At most UNDO_MAX_STEPS steps are kept, and when
   recording would make the snapshots exceed UNDO_MAX_BYTES, older steps are dropped (never step 0
   nor the newest). Out of memory aborts with a message (xmalloc), like the rest of util.h; no
   function here fails otherwise. */
#ifndef SELOSTE_UNDO_H
#define SELOSTE_UNDO_H

#include <stdbool.h>
#include <stddef.h>
#include "doc.h"

/* The most steps kept (at least 2: step 0 and the newest). */
#define UNDO_MAX_STEPS 500
/* The most bytes of snapshots kept when recording (strings, item arrays and the structs); a
   history of step 0 and one newer step is kept even when it is larger. */
#define UNDO_MAX_BYTES ((size_t)32 * 1024 * 1024)

/* What a change was: typing is coalesced into one step per word, anything else is a step of its own. */
enum undo_kind { UNDO_TYPING, UNDO_OTHER };

/* One step: the section's contents on one side of a change. */
struct undo_step {
  struct doc_section snap; /* owned deep copy; snap.schema is the section's schema */
  enum undo_kind kind;     /* kind of the change that was recorded */
  size_t bytes;            /* memory held by snap, as counted for UNDO_MAX_BYTES */
};

/* The history of one section. Fields are read-only for callers. */
struct undo {
  struct undo_step *steps;
  size_t n, pos, cap_steps; /* steps used, steps before the current state, steps allocated */
  bool typing_open;         /* steps[pos-1] is a typing run that further typing joins */
  bool after_space;         /* the last character recorded by undo_record_char was white space */
  size_t bytes;             /* sum of steps[i].bytes */
};

/* Makes u an empty history (no allocation). */
void undo_init(struct undo *u);
/* Frees every step and makes u an empty history again (call on entering a section). */
void undo_clear(struct undo *u);
/* Frees every step; the same as undo_clear, so u may be used again. */
void undo_free(struct undo *u);

/* Call BEFORE changing section s: records s's current contents as a step and drops the redo steps.
   kind UNDO_TYPING (an edit of the text without a character, such as Backspace or Delete) joins the
   typing run that is open instead of making a new step; a run is closed by undo_break, a record of
   kind UNDO_OTHER, undo_undo, undo_redo, and by undo_record_char with a non-space after a space.
   When s is another section than the one the history holds (its schema differs), the history is
   cleared first, so a history never mixes sections. */
void undo_record(struct undo *u, const struct doc_section *s, enum undo_kind kind);
/* Call BEFORE inserting the typed character cp (a Unicode code point) into section s: like
   undo_record(u, s, UNDO_TYPING), but a non-space typed after white space (space, tab, newline,
   no-break space) starts a new step, so typing is undone word by word ("one two" undoes "two" and
   then "one "). */
void undo_record_char(struct undo *u, const struct doc_section *s, unsigned cp);
/* Ends the current typing run: the next typing starts a new step (cursor moves, focus change). */
void undo_break(struct undo *u);

/* Undoes the last step: swaps s's contents (everything but s->schema) with the state before it.
   False, and s unchanged, when there is nothing to undo or s is not the history's section. */
bool undo_undo(struct undo *u, struct doc_section *s);
/* Redoes the step undone last (the same swap back). False, and s unchanged, when there is nothing
   to redo or s is not the history's section. */
bool undo_redo(struct undo *u, struct doc_section *s);
/* True when undo_undo would change something. */
bool undo_can_undo(const struct undo *u);
/* True when undo_redo would change something. */
bool undo_can_redo(const struct undo *u);

#endif

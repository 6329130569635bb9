/* The wizard's session with one document: no curses here, so it could be driven headless. */
#ifndef SELOSTE_WIZARD_DOC_H
#define SELOSTE_WIZARD_DOC_H

#include <stdbool.h>
#include <time.h>
#include "clauses.h"
#include "doc.h"
#include "lock.h"
#include "recovery.h"
#include "settings.h"
#include "util.h"

/* What the overview says about a section. */
enum wd_state { WD_STOCK, WD_EDITED, WD_EMPTY, WD_NA, WD_SKIPPED, WD_PROBLEM, WD_AUTO };

/* An open document and everything the wizard needs around it. */
struct wdoc {
  struct doc *doc;
  struct doc *other;        /* after a recovery restore: the document as it was before it (or, once
                               the restore is undone, the restored one), for wd_swap_restore */
  bool restore_undone;      /* other holds the restored document */
  struct clause_lib lib;
  struct authority auth;
  struct settings st;
  char *path;
  bool read_only;
  bool have_lock;
  bool unsaved;
  bool fresh;               /* created by this session and not yet left for the sections: its register
                               type can still be chosen (wd_set_register) */
  bool restricted;          /* restricted mode: no file is read or written through a link */
  long long dirty_since;    /* clock ms (recovery_clock_ms) of the oldest change not yet in the
                               recovery file, 0 when none */
  long long last_change;    /* clock ms of the newest change */
  struct filestamp stamp;   /* the file as it was when opened or last saved */
  char *as_saved;           /* the document as opened or last saved, in its file's text (store_write),
                               to tell a save with changes from one without; NULL when unknown */
};

/* Loads settings, clauses and the authority; false with the reason in err. */
bool wd_init(struct wdoc *w, struct strbuf *err);
/* Frees everything and releases the lock. */
void wd_free(struct wdoc *w);
/* Checks, before the lock file is made beside it, that path leads through no symbolic link another
   user planted (in any component; in restricted mode none at the end); false with "PATH: reason". */
bool wd_path_usable(const struct wdoc *w, const char *path, struct strbuf *err);
/* Opens path, or creates it from the stock clauses when missing; false with err. In restricted
   mode a symbolic link or special file is refused, not followed. */
bool wd_open(struct wdoc *w, const char *path, struct strbuf *err);
/* Notes that the document changed (for saving and the recovery file). */
void wd_changed(struct wdoc *w);
/* Remakes a fresh document (w->fresh) as a new notice of register type id from the stock clauses,
   keeping its languages, and saves it (unless read-only). False, with the reason in err when saving
   failed, or with err untouched when the document is not fresh or there is no such type. */
bool wd_set_register(struct wdoc *w, const char *id, struct strbuf *err);
/* Notes that the recovery file is out of date though nothing the person sees changed (the language
   records of a visit); unlike wd_changed it does not mark the document unsaved. */
void wd_recover_soon(struct wdoc *w);
/* True when wd_recover_tick would write now: something changed since the recovery file was written,
   and the delay has passed or force. Never for a read-only session. */
bool wd_recover_due(const struct wdoc *w, bool force);
/* Writes the recovery file when due (or now when force); false with err on failure. */
bool wd_recover_tick(struct wdoc *w, bool force, struct strbuf *err);
/* Milliseconds until the recovery file is due (0: now), or -1 when nothing waits for it. */
long wd_recover_wait(const struct wdoc *w);
/* Replaces the document by the recovery file's, keeping the one it replaces for
   wd_swap_restore; false with err. */
bool wd_restore(struct wdoc *w, struct strbuf *err);
/* Undoes a recovery restore (back to the document as it was opened), or redoes it when undone:
   the two documents swap, so pointers into w->doc become invalid. False when there was no restore. */
bool wd_swap_restore(struct wdoc *w);
/* True when the file changed on disk since it was opened or saved. */
bool wd_changed_on_disk(const struct wdoc *w);
/* Before saving: true when another session holds the document's lock now (it chose "edit anyway"
   and took the lock over); *who gets the holder the lock file names (pid 0: an empty lock, or with
   a reason in err, a link or special file in its place). When the lock file is gone, takes the lock
   again quietly (have_lock tells whether that worked) and says false. False for a read-only session. */
bool wd_lock_taken(struct wdoc *w, struct lock_info *who, struct strbuf *err);
/* Saves the document atomically and removes the recovery file; false with err. The modified date
   (the notice's "last updated") becomes today only when the document differs from the one opened or
   last saved: a format-1 file saved without a change is written in format 2 with its old date. */
bool wd_save(struct wdoc *w, struct strbuf *err);
/* Writes the text and HTML renderings beside the document, each on its own: the names of those
   written go to names and a "FILE: reason" line for each one that failed to err (one a line).
   A symbolic link is followed only under atomic_write's rules (never in restricted mode); a name
   that is the document itself (a link to it), another user's file in a world-writable sticky
   folder and a FIFO no program reads are refused. True when every file was written. With draft,
   the files are named NAME.fi.draft.txt and so on, never the names a finished notice has, and the
   missing details show as marks ("[company name missing]"); without it, call only when wd_gaps is 0. */
bool wd_export(struct wdoc *w, bool draft, struct strbuf *names, struct strbuf *err);
/* The details the notice in any enabled language lacks: a render_gaps mask, 0 when complete. */
unsigned wd_gaps(const struct wdoc *w);
/* State of section i for the overview. */
enum wd_state wd_state(const struct wdoc *w, size_t i);
/* Short name of a state, translated. */
const char *wd_state_name(enum wd_state s);
/* Next section index after i (dir +1) or before it (dir -1) that applies; i itself when none. */
size_t wd_step(const struct wdoc *w, size_t i, int dir);
/* Bit set of every language of the table (bit l: 1u << l), for the functions below. */
#define WD_ALL_LANGS ((1u << LANG_COUNT) - 1)
/* True when section s has the person's own text in language l: not empty and not the stock text
   its clause and ticked items give (a stock section never has). */
bool wd_lang_edited(const struct wdoc *w, const struct doc_section *s, enum doc_lang l);
/* Those languages of the bit set langs in which s has the person's own text (a bit set). */
unsigned wd_edited_langs(const struct wdoc *w, const struct doc_section *s, unsigned langs);
/* Gives s the stock text of clause_id (NULL: its choice's or default clause) in every language but
   those of the bit set own, whose text stays as it is (and the section "edited" when own is not 0). */
void wd_stock_except(struct wdoc *w, struct doc_section *s, const char *clause_id, unsigned own);
/* First enabled notice language (Finnish when none is). */
enum doc_lang wd_first_lang(const struct wdoc *w);
/* Number of languages enabled in the notice. */
int wd_enabled_langs(const struct wdoc *w);
/* The enabled language after l in the table's order, wrapping round (^K); l itself when no other is
   enabled. */
enum doc_lang wd_next_lang(const struct wdoc *w, enum doc_lang l);
/* The names of the languages of the bit set langs, translated and in the table's order, joined
   "Finnish, English and Swedish" ("" for none); the caller frees it. */
char *wd_lang_names(unsigned langs);

#endif

/* The wizard's document session: open or create, recovery, save, export, section states. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"
#include "lock.h"
#include "render.h"
#include "safefile.h"
#include "stock.h"
#include "store.h"
#include "wizard_doc.h"

bool wd_init(struct wdoc *w, struct strbuf *err)
{
  memset(w, 0, sizeof *w);
  if (!settings_load(&w->st, err))
    return false;
  if (!clauses_load(&w->lib, err))
    return false;
  return authority_load(&w->auth, err);
}

void wd_free(struct wdoc *w)
{
  if (w->have_lock)
    lock_release(w->path);
  if (w->doc)
    doc_free(w->doc);
  if (w->other)
    doc_free(w->other);
  clauses_free(&w->lib);
  authority_free(&w->auth);
  settings_free(&w->st);
  free(w->path);
  free(w->as_saved);
  memset(w, 0, sizeof *w);
}

/* Flags for writing the document and its renderings: no links at all in restricted mode. */
static unsigned wd_flags(const struct wdoc *w) { return w->restricted ? ATOMIC_NO_LINKS : ATOMIC_DEFAULT; }

bool wd_path_usable(const struct wdoc *w, const char *path, struct strbuf *err)
{
  return atomic_check(path, wd_flags(w), err);
}

/* The document as its file would hold it (malloc'd; NULL when memory ran out): two documents with
   the same text say the same, so a save can tell whether the person changed anything. */
static char *wd_snapshot(const struct doc *d)
{
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (!mem)
    return NULL;
  bool ok = store_write(d, mem);
  if (fclose(mem) != 0 || !ok) {
    free(text);
    return NULL;
  }
  return text;
}

/* Remembers the document as it is now as the one on disk, for wd_save's "was it changed?". */
static void wd_take_snapshot(struct wdoc *w)
{
  free(w->as_saved);
  w->as_saved = wd_snapshot(w->doc);
}

/* True when the document says something other than it did when opened or last saved (a format-1
   document converted on load but otherwise untouched has not changed); true when unsure. */
static bool wd_doc_changed(const struct wdoc *w)
{
  char *now = wd_snapshot(w->doc);
  bool changed = !now || !w->as_saved || strcmp(now, w->as_saved) != 0;
  free(now);
  return changed;
}

bool wd_open(struct wdoc *w, const char *path, struct strbuf *err)
{
  str_set(&w->path, path);
  struct stat st;
  bool exists = w->restricted ? lstat(path, &st) == 0 || errno != ENOENT : access(path, F_OK) == 0;
  if (exists) {
    w->doc = w->restricted ? safefile_load_doc(path, false, err) : store_load(path, err);
    if (!w->doc)
      return false;
  } else {
    char today[11];
    doc_today(today);
    w->doc = stock_new_doc(&w->lib, &w->st, today);
    if (wd_enabled_langs(w) == 0)
      w->doc->lang_enabled[LANG_FI] = true;
    if (!w->read_only && !store_save(w->doc, path, wd_flags(w), err))
      return false;
    w->fresh = true;
  }
  filestamp_take(path, &w->stamp);
  wd_take_snapshot(w);
  return true;
}

bool wd_set_register(struct wdoc *w, const char *id, struct strbuf *err)
{
  if (!w->fresh || !schema_use(id))
    return false;
  char today[11];
  doc_today(today);
  struct doc *d = stock_new_doc(&w->lib, &w->st, today);
  memcpy(d->lang_enabled, w->doc->lang_enabled, sizeof d->lang_enabled);
  doc_free(w->doc);
  w->doc = d;
  if (!w->read_only && !store_save(w->doc, w->path, wd_flags(w), err))
    return false;
  filestamp_take(w->path, &w->stamp);
  wd_take_snapshot(w);
  return true;
}

void wd_changed(struct wdoc *w)
{
  w->unsaved = true;
  wd_recover_soon(w);
}

void wd_recover_soon(struct wdoc *w)
{
  w->last_change = recovery_clock_ms();
  if (!w->dirty_since)
    w->dirty_since = w->last_change;
}

long wd_recover_wait(const struct wdoc *w)
{
  if (w->read_only)
    return -1;
  return recovery_wait_ms(w->dirty_since, w->last_change, recovery_clock_ms());
}

bool wd_recover_due(const struct wdoc *w, bool force)
{
  return !w->read_only && w->dirty_since && (force || wd_recover_wait(w) == 0);
}

bool wd_recover_tick(struct wdoc *w, bool force, struct strbuf *err)
{
  if (!wd_recover_due(w, force))
    return true;
  if (recovery_write(w->doc, w->path, err)) {
    w->dirty_since = 0;
    return true;
  }
  w->dirty_since = w->last_change = recovery_clock_ms(); /* not in the file yet: try again shortly */
  return false;
}

bool wd_restore(struct wdoc *w, struct strbuf *err)
{
  struct doc *d = recovery_load(w->path, err);
  if (!d)
    return false;
  if (w->other)
    doc_free(w->other);
  w->other = w->doc;
  w->doc = d;
  w->restore_undone = false;
  w->unsaved = true;
  return true;
}

bool wd_swap_restore(struct wdoc *w)
{
  if (!w->other)
    return false;
  struct doc *d = w->doc;
  w->doc = w->other;
  w->other = d;
  w->restore_undone = !w->restore_undone;
  w->unsaved = true;
  return true;
}

bool wd_changed_on_disk(const struct wdoc *w) { return !filestamp_unchanged(w->path, &w->stamp); }

bool wd_lock_taken(struct wdoc *w, struct lock_info *who, struct strbuf *err)
{
  memset(who, 0, sizeof *who);
  if (w->read_only)
    return false;
  enum lock_owner o = lock_still_ours(w->path, who, err);
  if (o == LOCK_OWNER_GONE) { /* released by whoever took it, or removed by hand: ours again */
    struct strbuf why = { 0 };
    enum lock_result r = lock_acquire(w->path, who, &why);
    sb_free(&why); /* cannot be taken (the folder went read-only): save without, as before */
    w->have_lock = r == LOCK_TAKEN;
    if (r != LOCK_HELD)
      memset(who, 0, sizeof *who);
    return r == LOCK_HELD;
  }
  if (o == LOCK_OWNER_OURS)
    w->have_lock = true;
  return o != LOCK_OWNER_OURS;
}

bool wd_save(struct wdoc *w, struct strbuf *err)
{
  bool changed = wd_doc_changed(w); /* the published "last updated": only a change by the person moves it */
  char *before = w->doc->modified;
  if (changed) {
    char today[11];
    doc_today(today);
    w->doc->modified = xstrdup(today);
  }
  if (!store_save(w->doc, w->path, wd_flags(w), err)) {
    if (changed) { /* not saved: the next save decides again */
      free(w->doc->modified);
      w->doc->modified = before;
    }
    return false;
  }
  if (changed)
    free(before);
  filestamp_take(w->path, &w->stamp);
  wd_take_snapshot(w);
  recovery_remove(w->path);
  w->unsaved = false;
  w->dirty_since = 0;
  return true;
}

/* What atomic_write needs to render one file. */
struct export_job {
  const struct wdoc *w;
  struct render_opts opts;
};

/* atomic_write's callback: renders the document. */
static bool export_cb(FILE *fp, void *ctx)
{
  struct export_job *j = ctx;
  return render_doc(j->w->doc, &j->w->auth, &j->opts, fp, NULL);
}

/* The document's path without its .seloste ending. */
static char *export_base(const char *path)
{
  char *base = xstrdup(path);
  size_t n = strlen(base);
  if (n > 8 && str_has_suffix(base, ".seloste"))
    base[n - 8] = '\0';
  return base;
}

/* Writes one rendering; false with "FILE: reason" in err. Never onto the document itself (a link
   to it in its place), never waiting for a FIFO nobody reads; links are followed under
   atomic_write's rules, and none in restricted mode. */
static bool export_one(const struct wdoc *w, const char *out, struct export_job *j, struct strbuf *err)
{
  return atomic_write_except(out, w->path, export_cb, j, wd_flags(w) | ATOMIC_NO_WAIT, err);
}

bool wd_export(struct wdoc *w, bool draft, struct strbuf *names, struct strbuf *err)
{
  static const char *const ext[] = { "txt", "md", "html" };
  static const enum render_format formats[] = { FORMAT_TEXT, FORMAT_HTML };
  char *base = export_base(w->path);
  bool ok = true;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (!w->doc->lang_enabled[l])
      continue;
    for (size_t f = 0; f < 2; f++) {
      struct export_job j = { w, { (enum doc_lang)l, formats[f], false, 72, draft } };
      char *out = xasprintf("%s.%s%s.%s", base, doc_lang_code(l), draft ? ".draft" : "", ext[formats[f]]);
      struct strbuf why = { 0 };
      if (export_one(w, out, &j, &why)) {
        sb_printf(names, "%s\n", out);
      } else {
        sb_printf(err, "%s\n", why.s ? why.s : out);
        ok = false;
      }
      sb_free(&why);
      free(out);
    }
  }
  free(base);
  return ok;
}

unsigned wd_gaps(const struct wdoc *w)
{
  unsigned gaps = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    if (w->doc->lang_enabled[l])
      gaps |= render_gaps(w->doc, (enum doc_lang)l);
  return gaps;
}

/* True when a required, applying section has nothing to say in some enabled language. */
static bool wd_problem(const struct wdoc *w, const struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (w->doc->lang_enabled[l] && s->schema->required && doc_section_empty(s, l))
      return true;
  return false;
}

enum wd_state wd_state(const struct wdoc *w, size_t i)
{
  const struct doc_section *s = &w->doc->sec[i];
  if (!doc_applies(w->doc, s))
    return WD_SKIPPED;
  if (s->schema->kind == SCHEMA_DATE)
    return WD_AUTO;
  if (s->not_applicable)
    return WD_NA;
  if (wd_problem(w, s))
    return WD_PROBLEM;
  if (doc_section_empty(s, wd_first_lang(w)))
    return WD_EMPTY;
  return s->origin == ORIGIN_STOCK ? WD_STOCK : WD_EDITED;
}

const char *wd_state_name(enum wd_state s)
{
  static const char *const names[] = { N_("stock text"), N_("edited"), N_("empty"), N_("not applicable"),
                                       N_("does not apply"), N_("problem: empty"),
                                       N_("kept by seloste") };
  return _(names[s]);
}

size_t wd_step(const struct wdoc *w, size_t i, int dir)
{
  for (long j = (long)i + dir; j >= 0 && j < (long)schema_count(); j += dir)
    if (doc_applies(w->doc, &w->doc->sec[j]))
      return (size_t)j;
  return i;
}

enum doc_lang wd_first_lang(const struct wdoc *w)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (w->doc->lang_enabled[l])
      return (enum doc_lang)l;
  return LANG_FI;
}

int wd_enabled_langs(const struct wdoc *w)
{
  int n = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    n += w->doc->lang_enabled[l];
  return n;
}

enum doc_lang wd_next_lang(const struct wdoc *w, enum doc_lang l)
{
  for (int i = 1; i < LANG_COUNT; i++) {
    int m = ((int)l + i) % LANG_COUNT;
    if (w->doc->lang_enabled[m])
      return (enum doc_lang)m;
  }
  return l;
}

char *wd_lang_names(unsigned langs)
{
  const char *names[LANG_MAX];
  int n = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    if (langs & (1u << l))
      names[n++] = lang_name(l);
  if (n < 2)
    return xstrdup(n ? names[0] : "");
  struct strbuf head = { 0 };
  for (int i = 0; i < n - 1; i++)
    sb_printf(&head, "%s%s", i ? ", " : "", names[i]);
  /* TRANSLATORS: the last two of a list of language names: "Finnish, English and Swedish" */
  char *all = xasprintf(_("%s and %s"), head.s, names[n - 1]);
  sb_free(&head);
  return all;
}

bool wd_lang_edited(const struct wdoc *w, const struct doc_section *s, enum doc_lang l)
{
  return stock_lang_edited(s, &w->lib, l);
}

unsigned wd_edited_langs(const struct wdoc *w, const struct doc_section *s, unsigned langs)
{
  unsigned edited = 0;
  for (int l = 0; l < LANG_COUNT; l++)
    if ((langs & (1u << l)) && wd_lang_edited(w, s, (enum doc_lang)l))
      edited |= 1u << l;
  return edited;
}

void wd_stock_except(struct wdoc *w, struct doc_section *s, const char *clause_id, unsigned own)
{
  char *keep[LANG_MAX] = { NULL };
  for (int l = 0; l < LANG_COUNT; l++)
    if (own & (1u << l))
      keep[l] = xstrdup(s->text[l]);
  stock_fill(s, &w->lib, clause_id);
  for (int l = 0; l < LANG_COUNT; l++)
    if (keep[l]) {
      free(s->text[l]);
      s->text[l] = keep[l];
    }
  if (own)
    s->origin = ORIGIN_EDITED;
}

/* The wizard's main loop: terminal set-up and restore, signal flags, key mapping, save and quit. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "dialog.h"
#include "draw.h"
#include "i18n.h"
#include "keys.h"
#include "lock.h"
#include "render.h"
#include "safetext.h"
#include "safefile.h"
#include "section.h"
#include "term_check.h"
#include "tui.h"

static const struct screen *const screens[SCR_COUNT] = {
  [SCR_WELCOME] = &screen_welcome, [SCR_SECTION] = &screen_section,
  [SCR_OVERVIEW] = &screen_overview, [SCR_PREVIEW] = &screen_preview, [SCR_REVIEW] = &screen_review,
  [SCR_HELP] = &screen_help,
};

static volatile sig_atomic_t got_signal;
static bool curses_on;

/* Only records the signal: the loop does the work (writing files is not async-signal-safe). */
static void on_signal(int sig) { got_signal = sig; }

/* Installs the hang-up/terminate/interrupt handlers before initscr, so ncurses leaves them alone. */
static void install_signals(void)
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGHUP, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  signal(SIGPIPE, SIG_IGN);
}

/* Restores the terminal; safe to call any number of times. */
static void tui_cleanup(void)
{
  if (!curses_on)
    return;
  curses_on = false;
  curs_set(1);
  attrset(A_NORMAL);
  keys_paste_mode(false);
  refresh();
  endwin();
}

/* Puts the terminal in the wizard's mode. */
static void tui_start(struct app *a)
{
  initscr();
  curses_on = true;
  atexit(tui_cleanup);
  raw(); /* ^C ^Q ^S ^Z arrive as keys: an SSH user should not freeze the screen with ^S */
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  keys_setup(); /* Home/End as every terminal sends them, ESCDELAY, bracketed paste */
  curs_set(0);
  a->colour = draw_init_colours();
}

void app_status(struct app *a, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(a->status, sizeof a->status, fmt, ap);
  va_end(ap);
  a->status_gen++;
}

void app_show(struct app *a, enum screen_id id)
{
  a->screen = id;
  if (screens[id]->enter)
    screens[id]->enter(a);
}

/* Writes the recovery file when due (force: now, when anything changed), with the language records
   that the changes of the current visit so far imply (langs_pending_begin): a restore after a hang-up
   then marks the languages as a save would. False with err on failure. */
static bool app_recover_write(struct app *a, bool force, struct strbuf *err)
{
  if (!a->w.doc || !wd_recover_due(&a->w, force))
    return true;
  struct doc_section kept;
  bool copied = langs_pending_begin(a, &kept);
  bool ok = wd_recover_tick(&a->w, force, err);
  if (copied)
    langs_pending_end(a, &kept);
  return ok;
}

bool app_poll_signals(struct app *a)
{
  if (!got_signal)
    return false;
  int sig = got_signal;
  struct strbuf err = { 0 };
  bool ok = app_recover_write(a, true, &err); /* the editor writes through, so this holds every key */
  tui_cleanup();
  if (!ok)
    safetext_eprintf("%s\n", err.s);
  wd_free(&a->w);
  _exit(128 + sig);
}

void app_draw(struct app *a)
{
  if (draw_too_small())
    return;
  erase();
  int top, height;
  if (!a->w.doc) { /* asking for the file name or about the lock: nothing open yet */
    draw_frame(a, a->nodoc_help ? a->nodoc_help : "", -1, &top, &height);
    return;
  }
  const struct screen *s = screens[a->screen];
  int progress = s->progress ? s->progress(a) : (int)a->sec;
  draw_frame(a, s->help(a), progress, &top, &height);
  a->cursor_shown = false;
  s->draw(a, top, height);
  curs_set(a->ed.open || a->cursor_shown ? 1 : 0);
  if (a->ed.open)
    move(a->ed.cy, a->ed.cx); /* the cursor in the text, whatever was drawn after the editor */
  else if (a->cursor_shown)
    move(a->cursor_y, a->cursor_x); /* on the selected option: where Space and Enter act */
}

/* Writes the recovery file when a change has waited long enough. */
static void recovery_tick(struct app *a)
{
  struct strbuf err = { 0 };
  if (!app_recover_write(a, false, &err))
    app_status(a, _("Could not write the recovery file: %s"), err.s);
  sb_free(&err);
}

/* How long to wait for a key, in milliseconds: no longer than until the recovery file is due (at
   most a second, so that signals are noticed even when nothing is pending). */
static int app_key_wait(struct app *a)
{
  long wait = a->w.doc ? wd_recover_wait(&a->w) : -1;
  return wait < 0 || wait > 1000 ? 1000 : (int)wait;
}

enum request app_getkey(struct app *a, bool text, wint_t *ch)
{
  wint_t c = 0;
  int type = keys_read(app_key_wait(a), &c, &a->paste);
  recovery_tick(a);
  if (got_signal || type == ERR)
    return REQ_NONE;
  if (type == KEYS_PASTE) {
    if (a->paste.cut)
      app_status(a, _("The pasted text was longer than %d KiB: only its beginning was kept."),
                 KEYS_PASTE_MAX / 1024);
    return REQ_PASTE;
  }
  if (type == KEY_CODE_YES && c == KEY_RESIZE)
    return REQ_NONE; /* the caller redraws everything at the new size */
  enum key_kind kind = type == KEY_CODE_YES ? KEY_KIND_CODE : KEY_KIND_CHAR;
  enum request r = keymap_request(kind, c, text);
  if (r == REQ_REDRAW) {
    clearok(curscr, TRUE);
    return REQ_NONE;
  }
  *ch = c;
  a->ch = c;
  return r;
}

static void format_time(time_t t, char out[32]);

/* Who holds the lock now, as the start of the question before saving (caller frees). */
static char *app_lock_holder(const struct app *a, const struct lock_info *who, const struct strbuf *why)
{
  if (who->pid <= 0)
    return xasprintf(_("The lock file of %s no longer names you: it is empty, unreadable or not a lock "
                       "file, so someone may be taking the file over right now.%s%s"),
                     a->w.path, why->len ? "\n" : "", why->len ? why->s : "");
  char since[32];
  format_time(who->since, since);
  return xasprintf(_("%s is now being edited by %s on %s since %s (process %ld): that session chose "
                     "\"edit anyway\" and took over your lock."), a->w.path, who->user, who->host, since,
                   who->pid);
}

/* Asks before saving over a file whose lock another session took over; *taken tells whether it
   did (then the lock stays theirs after the save). True to save. */
static bool app_confirm_lock(struct app *a, bool *taken)
{
  struct lock_info who;
  struct strbuf why = { 0 };
  *taken = wd_lock_taken(&a->w, &who, &why);
  if (!*taken) {
    sb_free(&why);
    return true;
  }
  char *holder = app_lock_holder(a, &who, &why);
  char *q = xasprintf(_("%s\n%s\nIf you save, your version replaces the file; the other session is "
                        "warned when it saves in turn. The lock stays with it: you no longer hold one.\n\n"
                        "[s] save anyway   [c] cancel (keep editing, save later)"), holder,
                      wd_changed_on_disk(&a->w) ? _("They have already saved their own changes to it.\n")
                                                : "");
  /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in the same order. */
  int k = dialog_ask(a, q, N_("sc"));
  free(q);
  free(holder);
  sb_free(&why);
  return k == 's';
}

/* Saves after asking when another session took over the lock or the file changed on disk; true
   when saved. After saving over a taken lock this session holds none (vim-like: the file is the
   other session's now), and each later save asks again until the lock is free and retaken. */
static bool app_save(struct app *a)
{
  bool taken = false;
  if (a->w.read_only) {
    app_status(a, "%s", _("Opened read-only: nothing was saved."));
    return false;
  }
  if (!app_confirm_lock(a, &taken)) {
    app_status(a, "%s", _("Not saved."));
    return false;
  }
  if (!taken && wd_changed_on_disk(&a->w)) {
    char *q = xasprintf(_("%s has changed on disk since you opened it; someone else may have saved it.\n\n"
                          "[o] overwrite it with your version   [c] cancel"), a->w.path);
    /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in the same order. */
    int k = dialog_ask(a, q, N_("oc"));
    free(q);
    if (k != 'o') {
      app_status(a, "%s", _("Not saved."));
      return false;
    }
  }
  struct strbuf err = { 0 };
  bool ok = wd_save(&a->w, &err);
  if (ok && taken) {
    a->w.have_lock = false; /* not stolen back: the other session keeps its lock and is warned */
    app_status(a, _("Saved %s. Another session holds its lock: you hold none now."), a->w.path);
  } else if (ok) {
    app_status(a, _("Saved %s."), a->w.path);
  } else { /* the reason and what to do rarely fit the status line: show all of it */
    char *msg = xasprintf(_("Could not save:\n\n%s\n\nYour changes are still open in the wizard. "
                            "Press any key to go on."), err.s);
    dialog_message(a, msg);
    free(msg);
    app_status(a, "%s", _("Not saved."));
  }
  sb_free(&err);
  return ok;
}

const struct check_findings *app_findings(struct app *a)
{
  return check_cached(&a->check, a->w.doc);
}

/* Before finishing: with errors or texts out of date in a language, says how many and offers the review;
   true to go on. */
static bool app_confirm_finish(struct app *a)
{
  size_t errors = check_count(app_findings(a), CHECK_ERROR);
  size_t stale = check_count_rule(app_findings(a), "languages_out_of_step");
  if (errors == 0 && stale == 0)
    return true;
  struct strbuf q = { 0 };
  if (errors) {
    char *found = check_errors_text(errors);
    sb_add(&q, found);
    free(found);
  }
  if (stale)
    sb_printf(&q, ngettext("%s%zu text is out of date: another language was edited after it, so the languages "
                           "would say different things.",
                           "%s%zu texts are out of date: another language was edited after them, so the "
                           "languages would say different things.", stale),
              q.len ? "\n\n" : "", stale);
  sb_printf(&q, "\n\n%s", _("[r] review them   [f] finish anyway   [c] cancel"));
  /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in the same order. */
  int k = dialog_ask(a, q.s, N_("rfc"));
  sb_free(&q);
  if (k == 'r') {
    a->back_to = a->screen;
    app_show(a, SCR_REVIEW);
  }
  return k == 'f';
}

/* What the written files are for, in plain words (a static buffer). */
static const char *app_files_purpose(struct app *a)
{
  static char buf[1024];
  snprintf(buf, sizeof buf,
           _("What to do with them: a file ending in .html is the notice as a web page: send it to whoever "
             "updates your website. A file ending in .txt can be pasted into an e-mail or printed. Keep %s: "
             "open it with seloste again to make changes."),
           a->w.path);
  return buf;
}

/* The missing details of gaps in plain words, one a line with where to set each, each row lacking its
   text or name named (caller frees). */
static char *app_gaps_list(const struct doc *d, unsigned gaps)
{
  char *all = render_gaps_describe(d, -1, gaps, "\n- ");
  char *list = xasprintf("- %s\n", all);
  free(all);
  return list;
}

/* Schema index of the first section (in the notice's order) that lacks one of the details of gaps;
   *field gets the first missing contact field in it, or -1. */
static size_t app_first_gap(unsigned gaps, int *field)
{
  size_t first = schema_count();
  *field = -1;
  for (int i = 0; i < 32; i++) {
    int j = gaps & (1u << i) ? schema_index(render_gap_section(i)) : -1;
    if (j >= 0 && (size_t)j < first) {
      first = (size_t)j;
      *field = render_gap_field(i);
    }
  }
  return first;
}

/* ^F with details missing (the document already saved): says which and where, and offers to go to
   the first section that lacks one (Enter), to write draft files, or to cancel. 'd' for drafts. */
static int app_ask_gaps(struct app *a, unsigned gaps)
{
  int field;
  size_t first = app_first_gap(gaps, &field);
  char *list = app_gaps_list(a->w.doc, gaps);
  const char *heading = first < schema_count() ? _(schema_at(first)->heading) : "";
  char *q = xasprintf(_("Saved %s, but the notice files were not written: these details are missing, "
                        "and a notice is not published with gaps in it:\n\n%s\n"
                        "[g] go to \"%s\" (Enter)   [d] write drafts anyway (named .draft.html and "
                        ".draft.txt, not for publishing)   [c] cancel"), a->w.path, list, heading);
  /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in the same order. */
  int k = dialog_ask_enter(a, q, N_("gdc"), 'g');
  free(q);
  free(list);
  if (k == 'g' && first < schema_count()) {
    a->sec = first;
    app_show(a, SCR_SECTION);
    section_focus_field(a, field); /* the box of the detail itself, where typing fills it in */
  }
  return k;
}

/* Shows what wd_export wrote (drafts: that they are drafts) and what it could not write; true when
   the person chose to quit, which only a complete, publishable set of files offers. */
static bool app_export_report(struct app *a, bool ok, bool draft, const struct strbuf *names,
                              const struct strbuf *err)
{
  char *msg;
  if (ok && !draft)
    msg = xasprintf(_("Saved %s and wrote:\n\n%s\n%s\n\nEnter: quit   any other key: back to the wizard"),
                    a->w.path, names->s, app_files_purpose(a));
  else if (ok)
    msg = xasprintf(_("Saved %s and wrote these DRAFTS, with the missing details marked in them. Do not "
                      "publish them: fill in the details and press ^F again.\n\n%s\n"
                      "Press any key to go back to the wizard."), a->w.path, names->s);
  else if (names->len)
    msg = xasprintf(_("Saved %s and wrote:\n\n%s\nThese were NOT written:\n\n%s\n"
                      "Press any key to go back to the wizard."), a->w.path, names->s, err->s);
  else
    msg = xasprintf(_("Saved %s, but none of the notice files was written:\n\n%s\n"
                      "Press any key to go back to the wizard."), a->w.path, err->s);
  flushinp(); /* keys typed while the files were written must not dismiss the report unread */
  bool quit = false;
  if (ok && !draft)
    quit = dialog_confirm(a, msg); /* a letter still being typed goes back to the wizard, not out */
  else
    dialog_message(a, msg);
  free(msg);
  return quit;
}

/* Saves and writes the renderings, showing their names; true when everything was written and the
   person chose to quit. With details missing, nothing publishable is written (app_ask_gaps). */
static bool app_finish(struct app *a)
{
  unsigned gaps = wd_gaps(&a->w);
  if (gaps && !app_save(a))
    return false;
  if (gaps && app_ask_gaps(a, gaps) != 'd')
    return false;
  if (!gaps && (!app_confirm_finish(a) || !app_save(a)))
    return false;
  struct strbuf names = { 0 }, err = { 0 };
  bool ok = wd_export(&a->w, gaps != 0, &names, &err);
  bool quit = app_export_report(a, ok, gaps != 0, &names, &err);
  sb_free(&names);
  sb_free(&err);
  return quit;
}

/* Asks about unsaved changes; true when the wizard may quit. */
static bool app_quit(struct app *a)
{
  if (!a->w.unsaved || a->w.read_only)
    return true;
  int k = dialog_ask(a, _("Save your changes before quitting?\n\n[y] yes, save   [n] no, throw them away   "
                          "[c] cancel"), N_("ync")); /* TRANSLATORS: answer letters of the quit question */
  if (k == 'y')
    return app_save(a);
  if (k != 'n' || !dialog_confirm(a, _("Throw away every change since the last save? This cannot be undone.\n\n"
                                        "Enter: throw them away and quit   any other key: go back")))
    return false;
  recovery_remove(a->w.path);
  return true;
}

/* ^Z or ^Y outside a section: undoes or redoes the restore of unsaved work, the one change made
   there; on the section screens ^Z and ^Y undo the section's own changes. */
static enum action app_undo_restore(struct app *a, bool undo)
{
  if (a->w.read_only || !a->w.other || a->w.restore_undone != !undo) {
    app_status(a, "%s", _("Nothing to undo here: ^Z undoes changes on the section screens."));
    return ACT_REDRAW;
  }
  editor_close(a);
  wd_swap_restore(&a->w);
  a->focus_sec = -1; /* the section snapshots and the editor pointed into the other document */
  langs_visit_end(a);
  undo_clear(&a->undo);
  app_status(a, "%s", undo ? _("The restore was undone: the file as it was saved is back (^Y restores the "
                               "unsaved work again).")
                           : _("The unsaved work is restored again (^Z undoes it)."));
  return ACT_CHANGED;
}

enum action app_common_key(struct app *a, enum request r)
{
  switch (r) {
  case REQ_SAVE: return ACT_SAVE;
  case REQ_QUIT: return ACT_QUIT;
  case REQ_FINISH: return ACT_FINISH;
  case REQ_OVERVIEW:
    app_show(a, SCR_OVERVIEW);
    return ACT_REDRAW;
  case REQ_PREVIEW:
    a->back_to = a->screen;
    app_show(a, SCR_PREVIEW);
    return ACT_REDRAW;
  case REQ_REVIEW:
    a->back_to = a->screen;
    app_show(a, SCR_REVIEW);
    return ACT_REDRAW;
  case REQ_HELP:
    if (a->screen != SCR_HELP)
      a->back_to = a->screen;
    app_show(a, SCR_HELP);
    return ACT_REDRAW;
  case REQ_UNDO: case REQ_REDO:
    return app_undo_restore(a, r == REQ_UNDO);
  case REQ_CHAR:
    if (a->ch != ' ')
      app_status(a, "%s", _("Nothing to type into here: go to a section (Enter) to write; commands are Ctrl keys."));
    return ACT_REDRAW;
  case REQ_PASTE: /* never run as keys: here there is no text to paste into */
    app_status(a, "%s", _("Pasted text was not used: go to a section and paste there, into its text."));
    return ACT_REDRAW;
  default:
    return ACT_NONE;
  }
}

const char *app_common_help(struct app *a)
{
  static const enum request bar[] = { REQ_SAVE, REQ_FINISH, REQ_QUIT, REQ_OVERVIEW, REQ_PREVIEW, REQ_REVIEW,
                                      REQ_HELP };
  static char line[1024];
  (void)a;
  snprintf(line, sizeof line, "%s", keymap_bar(bar, sizeof bar / sizeof bar[0], COLS - 1));
  char *nl = strchr(line, '\n');
  if (nl)
    *nl = '\0';
  return line;
}

/* Runs until the person quits. */
static void app_loop(struct app *a)
{
  for (;;) {
    app_draw(a);
    refresh();
    wint_t ch = 0;
    enum request r = app_getkey(a, a->ed.open, &ch); /* an open editor: every printable is text */
    app_poll_signals(a);
    if (r == REQ_NONE || (COLS < 80 || LINES < 24 ? r != REQ_QUIT : false))
      continue;
    unsigned gen = a->status_gen;
    enum action act = screens[a->screen]->key(a, r);
    if (act == ACT_CHANGED || act == ACT_REDRAW)
      a->check.stale = true; /* recomputed when a screen next asks for it */
    if (act == ACT_CHANGED && gen == a->status_gen)
      a->status[0] = '\0'; /* "Saved", "Restored"...: no longer true once the text changes */
    if (act == ACT_CHANGED)
      wd_changed(&a->w);
    else if (act == ACT_SAVE)
      app_save(a);
    else if (act == ACT_FINISH && app_finish(a))
      return;
    else if (act == ACT_QUIT && app_quit(a))
      return;
  }
}

/* Formats a time as "YYYY-MM-DD HH:MM" in local time. */
static void format_time(time_t t, char out[32])
{
  struct tm tm;
  localtime_r(&t, &tm);
  strftime(out, 32, "%Y-%m-%d %H:%M", &tm);
}

/* Restricted mode: name (a plain file name) inside the configured directory, resolved once with
   realpath so that the directory's own path has no links left (caller frees); NULL with err. */
static char *app_restricted_path(const struct app *a, const char *name, struct strbuf *err)
{
  if (strchr(name, '/')) {
    sb_printf(err, _("%s: restricted mode: give a plain file name, without directories"), name);
    return NULL;
  }
  if (name[0] == '.') {
    sb_printf(err, _("%s: restricted mode: a name may not begin with a dot; give a name such as "
                     "asiakasrekisteri"), name);
    return NULL;
  }
  const char *dir = a->w.st.directory;
  if (!dir || !*dir)
    return xstrdup(name);
  char *real = realpath(dir, NULL);
  if (!real) {
    sb_printf(err, _("%s: restricted mode: the configured directory cannot be used: %s"), dir, strerror(errno));
    return NULL;
  }
  char *full = xasprintf("%s/%s", real, name);
  free(real);
  return full;
}

/* The path to open for name, checked: restricted mode keeps it inside the configured directory and
   wants a regular file or nothing there; no planted link on the way (caller frees). NULL with err. */
static char *app_check_name(struct app *a, const char *name, struct strbuf *err)
{
  char *path = a->restricted ? app_restricted_path(a, name, err) : xstrdup(name);
  if (path && !wd_path_usable(&a->w, path, err)) {
    free(path);
    return NULL;
  }
  struct stat st;
  if (path && a->restricted && lstat(path, &st) == 0) {
    int fd = safefile_open(path, false, &st, err); /* a FIFO or device is refused, not opened */
    if (fd < 0) {
      free(path);
      return NULL;
    }
    close(fd);
  }
  return path;
}

/* A typed name with ".seloste" added unless it already ends in it (name is freed). */
static char *app_with_ending(char *name)
{
  if (str_has_suffix(name, ".seloste"))
    return name;
  char *with = xasprintf("%s.seloste", name);
  free(name);
  return with;
}

/* Asks for the name until a usable one is typed, showing why the last one was not; NULL when the
   person answers nothing or presses Esc. */
static char *app_ask_path(struct app *a)
{
  const char *ask = _("Name of the notice file to open or create (for example asiakasrekisteri):");
  struct strbuf why = { 0 };
  char *path = NULL;
  for (;;) {
    char *prompt = why.len ? xasprintf("%s\n\n%s", why.s, ask) : xstrdup(ask);
    char *name = dialog_input(a, prompt, "");
    free(prompt);
    if (!name || str_blank(name)) {
      free(name);
      break;
    }
    name = app_with_ending(name);
    sb_free(&why);
    path = app_check_name(a, name, &why);
    free(name);
    if (path)
      break;
  }
  sb_free(&why);
  return path;
}

/* The file to open: asked for when not given (again after a refused name); a given one that is
   refused ends the wizard after saying why. */
static char *app_choose_path(struct app *a, const char *given)
{
  if (!given)
    return app_ask_path(a);
  struct strbuf err = { 0 };
  char *path = app_check_name(a, given, &err);
  if (!path) {
    tui_cleanup();
    safetext_eprintf("%s\n", err.s);
  }
  sb_free(&err);
  return path;
}

/* What can be told about a lock's holder, as a sentence. */
static const char *app_holder_text(enum lock_holder h)
{
  switch (h) {
  case LOCK_HOLDER_OTHER_HOST:
    return _("That session runs on another computer, so seloste cannot tell whether it is still running.");
  case LOCK_HOLDER_ORPHANED:
    return _("That process is still running, but its terminal is gone: its connection was probably cut.");
  default:
    return _("That process is still running.");
  }
}

/* True unless path's lock file belongs to another user in a sticky folder that is not ours either
   (a shared 1777 directory), where it can be neither removed nor replaced (root can). */
static bool app_lock_replaceable(const char *path)
{
  char *lock = lock_path(path), *dir = lock ? atomic_dir_of(lock) : NULL;
  struct stat ls, ds;
  uid_t me = geteuid();
  bool ok = !lock || !dir || me == 0 || lstat(lock, &ls) != 0 || stat(dir, &ds) != 0 || ls.st_uid == me ||
            !(ds.st_mode & S_ISVTX) || ds.st_uid == me;
  free(lock);
  free(dir);
  return ok;
}

/* The question about a lock held by who, with the choices its holder allows (caller frees);
   *keys gets the letters. A holder seen running here with its terminal is never edited around:
   both sessions would write, offer and remove the one FILE.recovery, and lose each other's work.
   "Edit anyway" is for holders that cannot be checked (an empty lock, another computer). */
static char *app_lock_question(const char *path, const struct lock_info *who, enum lock_holder h,
                               bool recovery, const char **keys)
{
  const char *choices = _("[r] open it read-only   [e] edit anyway   [q] quit");
  *keys = N_("req"); /* TRANSLATORS: answer letters of "[r] open it read-only [e] edit anyway [q] quit" */
  if (h == LOCK_HOLDER_RUNNING) { /* two live sessions would share and overwrite one recovery file */
    choices = _("Ask them to close it first, or open it read-only.\n\n[r] open it read-only   [q] quit");
    *keys = N_("rq"); /* TRANSLATORS: answer letters of "[r] open it read-only [q] quit" */
  }
  if (h == LOCK_HOLDER_ORPHANED) {
    choices = recovery ? _("[u] take over and recover its unsaved text   [t] take over   "
                           "[r] open it read-only   [q] quit")
                       : _("[t] take over   [r] open it read-only   [q] quit");
    /* TRANSLATORS: answer letters of the take-over questions, in the order of their [x] */
    *keys = recovery ? N_("utrq") : N_("trq");
  }
  if (!app_lock_replaceable(path) && h != LOCK_HOLDER_RUNNING) { /* edit anyway would fail: do not offer */
    choices = _("Its lock file belongs to another user in a shared folder, so you cannot take it over: "
                "ask them or the administrator.\n\n[r] open it read-only   [q] quit");
    *keys = N_("rq"); /* TRANSLATORS: answer letters of "[r] open it read-only [q] quit" */
  }
  if (h == LOCK_HOLDER_EMPTY)
    return xasprintf(_("%s has a lock file that names no one (it is empty or unreadable): it was left by "
                       "a crash, or someone is opening the file right now.\n\n%s"), path, choices);
  char since[32];
  format_time(who->since, since);
  return xasprintf(_("%s is being edited by %s on %s since %s (process %ld).\n%s\n\n%s"), path, who->user,
                   who->host, since, who->pid, app_holder_text(h), choices);
}

/* Warns what editing a locked file means; true when the person still wants to. */
static bool app_confirm_edit_anyway(struct app *a)
{
  int k = dialog_ask(a, _("Edit anyway?\n\nIf the other session is still in use, two people are changing "
                          "the same file, and whoever saves last replaces the other's changes. The other "
                          "session's lock is replaced by yours, and it is told so when it next saves; "
                          "each is warned before saving over a file that changed on disk.\n\n"
                          "[e] edit anyway   [c] cancel"), N_("ec")); /* TRANSLATORS: answer letters */
  return k == 'e';
}

/* Asks what to do about a lock held by *who; returns 'r', 'q', 't' (take over) or 'u' (take over
   and recover). Esc means quit. */
static int app_ask_lock(struct app *a, const char *path, const struct lock_info *who)
{
  enum lock_holder h = lock_holder_state(who);
  const char *keys;
  char *q = app_lock_question(path, who, h, recovery_exists(path, NULL), &keys);
  int k;
  do
    k = dialog_ask(a, q, keys);
  while (k == 'e' && !app_confirm_edit_anyway(a));
  free(q);
  return k == 'e' ? 't' : k == 0 ? 'q' : k;
}

/* Takes the lock, or asks what to do about the one in the way; false when the person chose to quit.
   *recover is set when the person asked to take over and recover the holder's unsaved text. */
static bool app_lock(struct app *a, const char *path, bool *recover)
{
  struct lock_info who, old;
  struct strbuf err = { 0 };
  enum lock_result r = lock_acquire(path, &who, &err);
  *recover = false;
  while (r == LOCK_HELD) {
    int k = app_ask_lock(a, path, &who);
    if (k == 'r' || k == 'q') {
      sb_free(&err);
      a->w.read_only = k == 'r';
      return k == 'r';
    }
    *recover = k == 'u';
    old = who;
    r = lock_take_over(path, &old, &who, &err); /* LOCK_HELD: someone else came first; ask again */
  }
  if (r == LOCK_TAKEN) {
    a->w.have_lock = true;
    return true;
  }
  char *q = xasprintf(_("%s\n\n[r] open it read-only   [q] quit"), err.s);
  sb_free(&err);
  /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in order. */
  int k = dialog_ask(a, q, N_("rq"));
  free(q);
  a->w.read_only = k == 'r';
  return k == 'r';
}

/* Tells that someone else's file or a link sits where the recovery file goes: it is not used. */
static void app_warn_foreign_recovery(struct app *a, const struct strbuf *why)
{
  char *msg = xasprintf("%s\n\n%s\n\n%s", why->s,
                        _("Until it is removed, your changes are not kept in a recovery file if the "
                          "session breaks: save often with ^S, and ask the administrator to remove it."),
                        _("Press any key to go on."));
  dialog_message(a, msg);
  free(msg);
}

/* Formats a time as "YYYY-MM-DD HH:MM:SS" in local time. */
static void format_time_s(time_t t, char out[32])
{
  struct tm tm;
  localtime_r(&t, &tm);
  strftime(out, 32, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Asks what to do with the recovery file written at saved; says so, with both times, when the
   document was saved after it. Returns 'r', 'd' or 'l' (later; also Esc). */
static int app_ask_recovery(struct app *a, time_t saved)
{
  time_t doc_time;
  char when[32], doc_when[32];
  char *q;
  if (recovery_is_older(a->w.path, &saved, &doc_time)) {
    format_time_s(saved, when);
    format_time_s(doc_time, doc_when);
    q = xasprintf(_("Unsaved work on %s was found, but it is older than the file: the unsaved work is from "
                    "%s, the file was saved at %s. Restoring it would replace what was saved then.\n\n"
                    "[r] restore the older unsaved work   [d] keep the saved file, discard the unsaved "
                    "work   [l] decide later (Esc): keep the unsaved work aside"), a->w.path, when, doc_when);
  } else {
    format_time(saved, when);
    q = xasprintf(_("Unsaved work on %s from %s was found (the session ended before it was saved).\n\n"
                    "[r] restore it   [d] discard it   [l] decide later (Esc): keep it aside"), a->w.path, when);
  }
  /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in the same order. */
  int k = dialog_ask(a, q, N_("rdl"));
  free(q);
  return k == 0 ? 'l' : k;
}

/* Keeps the recovery file aside under a new name, saying where (why_prefix, if not NULL, first);
   false after showing why it could not. */
static bool app_recovery_aside(struct app *a, const char *why_prefix)
{
  struct strbuf err = { 0 };
  char *aside = recovery_set_aside(a->w.path, &err);
  if (aside) { /* a path and a command: too long for the status line, and needed later */
    char *msg = xasprintf(_("%sThe earlier unsaved work was kept as %s: open it with \"seloste %s\"."),
                          why_prefix ? why_prefix : "", aside, aside);
    char *box = xasprintf("%s\n\n%s", msg, _("Press any key to go on."));
    dialog_message(a, box);
    app_status(a, "%s", msg);
    free(box);
    free(msg);
  } else {
    char *msg = xasprintf(_("The earlier unsaved work could not be kept aside:\n\n%s\n\nPress any key, "
                            "then choose again."), err.s);
    dialog_message(a, msg);
    free(msg);
  }
  free(aside);
  sb_free(&err);
  return aside != NULL;
}

/* Offers the recovery file left by an interrupted session; wanted restores it without asking
   unless it is older than the file. The file is never left in place to be overwritten by this
   session's own recovery writes: it is restored, discarded or kept aside. */
static void app_offer_recovery(struct app *a, bool wanted)
{
  time_t saved, doc_time;
  struct strbuf why = { 0 };
  enum recovery_state st = a->w.read_only ? RECOVERY_NONE : recovery_state(a->w.path, &saved, &why);
  if (st == RECOVERY_FOREIGN)
    app_warn_foreign_recovery(a, &why);
  sb_free(&why);
  if (st != RECOVERY_FOUND)
    return;
  bool ask = !wanted || recovery_is_older(a->w.path, &saved, &doc_time);
  char when[32];
  format_time(saved, when);
  for (;;) {
    int k = ask ? app_ask_recovery(a, saved) : 'r';
    struct strbuf err = { 0 };
    bool done = true;
    if (k == 'r' && wd_restore(&a->w, &err)) {
      app_status(a, _("Restored the unsaved work from %s. Save with ^S; ^Z here puts back the file as saved."),
                 when);
      wd_changed(&a->w);
    } else if (k == 'r') {
      char *failed = xasprintf(_("Could not restore: %s"), err.s);
      char *prefix = xasprintf("%s. ", failed);
      done = app_recovery_aside(a, prefix);
      free(prefix);
      free(failed);
    } else if (k == 'd' && dialog_confirm(a, _("Delete the unsaved work for good? This cannot be undone.\n\n"
                                                "Enter: delete it   any other key: go back"))) {
      recovery_remove(a->w.path);
    } else if (k == 'd') {
      done = false;
    } else {
      done = app_recovery_aside(a, NULL);
    }
    sb_free(&err);
    ask = true;
    if (done)
      break;
  }
}

/* True when a save could replace the document: the file (if any) and its folder are writable. */
static bool app_writable(const struct app *a)
{
  if (a->w.read_only)
    return true; /* nothing will be saved: nothing to warn about */
  char *dir = atomic_dir_of(a->w.path);
  bool ok = access(dir, W_OK | X_OK) == 0 && (access(a->w.path, F_OK) != 0 || access(a->w.path, W_OK) == 0);
  free(dir);
  return ok;
}

/* Says at once, not at the first save, that the document cannot be saved here, and offers to read it
   (the lock is given back) or quit; true to go on read-only. */
static bool app_ask_unwritable(struct app *a)
{
  char *q = xasprintf(_("You may not change %s (it or its folder is not writable for you), so saving would "
                        "fail. To work on it, copy it first, for example: cp %s ~/oma.seloste\n\n"
                        "[r] open it read-only   [q] quit"), a->w.path, a->w.path);
  /* TRANSLATORS: the letters that answer the question above, one for each [x] in it, in order. */
  int k = dialog_ask(a, q, N_("rq"));
  free(q);
  if (a->w.have_lock)
    lock_release(a->w.path);
  a->w.have_lock = false;
  a->w.read_only = true;
  return k == 'r';
}

/* Says once, in the status line, that a document in an older format is converted only when saved. */
static void app_note_old_format(struct app *a)
{
  if (a->w.read_only || a->w.doc->format_version >= DOC_FORMAT_VERSION)
    return;
  app_status(a, _("This file is in seloste's old format %d: saving (^S) converts it to format %d. Its "
                  "\"last updated\" date stays unless you change the notice."),
             a->w.doc->format_version, DOC_FORMAT_VERSION);
}

/* Opens the document after the lock; false with the reason printed after the terminal is restored. */
static bool app_open(struct app *a, const char *given)
{
  char *path = app_choose_path(a, given);
  if (!path)
    return false;
  bool recover;
  bool ok = app_lock(a, path, &recover);
  struct strbuf err = { 0 };
  if (ok && !wd_open(&a->w, path, &err)) {
    tui_cleanup();
    safetext_eprintf("%s\n", err.s);
    ok = false;
  }
  sb_free(&err);
  free(path);
  if (ok && !app_writable(a))
    ok = app_ask_unwritable(a);
  if (ok)
    app_note_old_format(a);
  if (ok)
    app_offer_recovery(a, recover);
  return ok;
}

int tui_run(const char *path, bool restricted)
{
  if (!term_check_usable()) /* before any file is created or locked */
    return 2;
  struct app a;
  memset(&a, 0, sizeof a);
  a.focus_sec = -1;
  a.visit_sec = -1;
  undo_init(&a.undo);
  struct strbuf err = { 0 };
  if (!wd_init(&a.w, &err)) {
    safetext_eprintf("%s\n", err.s);
    sb_free(&err);
    wd_free(&a.w);
    return 2;
  }
  a.check.clauses = &a.w.lib;
  a.restricted = restricted || a.w.st.restricted;
  a.w.restricted = a.restricted;
  install_signals();
  tui_start(&a);
  bool ok = app_open(&a, path);
  if (ok) {
    a.lang = wd_first_lang(&a.w);
    app_show(&a, SCR_WELCOME);
    app_loop(&a);
  }
  editor_close(&a);
  tui_cleanup();
  free(a.preview);
  sb_free(&a.paste.text);
  check_cache_free(&a.check);
  undo_free(&a.undo);
  langs_visit_end(&a);
  wd_free(&a.w);
  return ok ? 0 : 2;
}

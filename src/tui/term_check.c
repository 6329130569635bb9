/* Refuses terminals the wizard cannot drive, with a message instead of ncurses' own exit or a blank screen. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <term.h>
#include <unistd.h>
#include "i18n.h"
#include "safetext.h"
#include "term_check.h"
#include "util.h"

/* What is wrong with the terminal, if anything. */
enum term_problem { TERM_OK, TERM_NO_TTY, TERM_UNSET, TERM_UNKNOWN, TERM_INCAPABLE };

/* True when the loaded entry has the string capability name. */
static bool term_has_string(const char *name)
{
  char *s = tigetstr(name);
  return s != NULL && s != (char *)-1 && *s;
}

/* Loads the entry of term quietly; returns TERM_OK, or why it cannot be loaded. */
static enum term_problem term_load(const char *term)
{
  int found = 0;
  if (setupterm(term, STDOUT_FILENO, &found) == OK)
    return TERM_OK;
  return found == 1 ? TERM_INCAPABLE : TERM_UNKNOWN; /* 1: a hardcopy terminal; 0: unknown or generic */
}

/* Frees the entry term_load loaded, so that initscr starts from nothing. */
static void term_unload(void)
{
  if (cur_term)
    del_curterm(cur_term);
}

/* True when the loaded entry can draw a screen: cursor addressing and clear, not hardcopy/generic. */
static bool term_can_draw(void)
{
  return tigetflag("hc") <= 0 && tigetflag("gn") <= 0 && term_has_string("cup") &&
         term_has_string("clear");
}

/* Classifies the terminal named by $TERM on standard output. */
static enum term_problem term_classify(const char *term)
{
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
    return TERM_NO_TTY;
  if (!term || !*term)
    return TERM_UNSET;
  enum term_problem p = term_load(term);
  if (p != TERM_OK)
    return p;
  bool can = term_can_draw();
  term_unload();
  return can ? TERM_OK : TERM_INCAPABLE;
}

/* The first of a few common terminal types this computer knows; the first when it knows none. */
static const char *term_suggestion(void)
{
  static const char *const names[] = { "xterm-256color", "xterm", "vt100" };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    bool known = term_load(names[i]) == TERM_OK;
    if (known)
      term_unload();
    if (known)
      return names[i];
  }
  return names[0];
}

/* Prints what is wrong with the terminal and what to do about it. */
static void term_explain(enum term_problem p, const char *term)
{
  if (p == TERM_NO_TTY) {
    safetext_eprintf(_("%s: the wizard needs a terminal (standard input and output are not one); "
                       "'%s render FILE' prints the notice without a terminal\n"),
                     program_name, program_name);
    return;
  }
  if (p == TERM_UNSET)
    safetext_eprintf(_("%s: TERM is not set, so the wizard cannot tell how to draw on this terminal\n"),
                     program_name);
  else if (p == TERM_UNKNOWN)
    safetext_eprintf(_("%s: the terminal type TERM=%s is not known on this computer (no terminfo "
                       "entry), so the wizard cannot draw its screen\n"), program_name, term);
  else
    safetext_eprintf(_("%s: the terminal type TERM=%s cannot move the cursor or clear the screen, "
                       "so the wizard cannot draw its screen\n"), program_name, term);
  const char *good = term_suggestion();
  safetext_eprintf(_("Set TERM=%s (for example: TERM=%s %s FILE), or use PuTTY or another terminal; "
                     "'%s render FILE' prints the notice without a terminal\n"),
                   good, good, program_name, program_name);
}

bool term_check_usable(void)
{
  const char *term = getenv("TERM");
  enum term_problem p = term_classify(term);
  if (p != TERM_OK)
    term_explain(p, term);
  return p == TERM_OK;
}

/* Before the wizard touches any file: can this terminal show it at all? */
#ifndef SELOSTE_TUI_TERM_CHECK_H
#define SELOSTE_TUI_TERM_CHECK_H

#include <stdbool.h>

/* True when standard input and output are terminals and $TERM names a terminfo entry that can move
   the cursor and clear the screen (not dumb, hardcopy or generic). Otherwise prints, in the UI
   language, which TERM value is the trouble and what to do, on stderr, and returns false; the
   caller then exits with status 2 before creating or locking anything. Leaves no terminfo entry
   loaded (initscr loads its own). */
bool term_check_usable(void);

#endif

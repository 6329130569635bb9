/* The wizard's entry point: the one thing the rest of the program knows about the terminal UI. */
#ifndef SELOSTE_TUI_H
#define SELOSTE_TUI_H

#include <stdbool.h>

/* Runs the wizard on path (NULL: ask for a name); returns the exit status. */
int tui_run(const char *path, bool restricted);

#endif

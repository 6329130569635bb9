/* Drawing helpers: text clipped by display width, wrapped text, the frame around every screen. */
#ifndef SELOSTE_TUI_DRAW_H
#define SELOSTE_TUI_DRAW_H

#include <curses.h>
#include "app.h"

/* Colour pairs / attributes by role. */
enum draw_role { ROLE_NORMAL, ROLE_TITLE, ROLE_HEADING, ROLE_HELP, ROLE_DIM, ROLE_SELECTED, ROLE_STATUS,
                 ROLE_PROBLEM, ROLE_FIELD /* an input box: underlined, so that its extent shows */,
                 ROLE_PLACEHOLDER /* a placeholder shown as its words in the editor: "[company name]" */ };

/* Sets up colours unless NO_COLOR is set or the terminal has none. */
bool draw_init_colours(void);
/* Switches attributes to a role. */
void draw_role(enum draw_role r);
/* Writes n bytes of UTF-8 at y, x, at most maxw columns; returns the columns used. */
int draw_text(int y, int x, const char *s, size_t n, int maxw);
/* Writes a NUL-terminated string at y, x clipped to maxw display columns (a cut line ends in an
   ellipsis), then clears to maxw. */
void draw_line(int y, int x, const char *s, int maxw);
/* Draws text wrapped at w into rows y..y+h-1, skipping the first skip rows; returns its row count. */
int draw_wrapped(int y, int x, int h, int w, const char *text, int skip);
/* Draws the title bar, status and key help; returns the body rows via top and height. A status
   message wider than the screen wraps onto up to three rows, taken from the bottom of the body. */
void draw_frame(struct app *a, const char *help, int progress, int *top, int *height);
/* Draws the "make the window larger" notice; true when the window is too small. */
bool draw_too_small(void);

#endif

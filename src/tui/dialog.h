/* Modal dialogs drawn over the current screen: questions, lists, a line of input, messages. */
#ifndef SELOSTE_TUI_DIALOG_H
#define SELOSTE_TUI_DIALOG_H

#include "app.h"

/* Asks msg; keys (e.g. "yn", marked N_ so that each language has its own letters, as many and in
   the same order as the [x] of msg) are the answers. Returns the letter of keys answered (the
   translated letter pressed is mapped back), or 0 on Esc. */
int dialog_ask(struct app *a, const char *msg, const char *keys);
/* dialog_ask where Enter answers on_enter too (one of keys: the harmless answer, such as "go there"). */
int dialog_ask_enter(struct app *a, const char *msg, const char *keys, int on_enter);
/* Asks msg before something that cannot be undone: true only for Enter; any other key (a letter of
   text still being typed, Esc, a paste) answers no. */
bool dialog_confirm(struct app *a, const char *msg);
/* Shows msg until a key is pressed. */
void dialog_message(struct app *a, const char *msg);
/* Lets the person pick one of n items; returns its index, or -1 on Esc. */
int dialog_list(struct app *a, const char *title, const char *const *items, int n, int sel);
/* Asks for a line of text; returns it (caller frees) or NULL on Esc. The box shows all of the text
   being typed, wrapped onto up to six rows (a longer one scrolls with the cursor). */
char *dialog_input(struct app *a, const char *prompt, const char *initial);
/* dialog_input for a step of a form that Esc leaves for the step before it: on Esc, *left gets the
   text as it was in the box (caller frees), to offer when the step is asked again. */
char *dialog_input_back(struct app *a, const char *prompt, const char *initial, char **left);

#endif

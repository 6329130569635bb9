/* The wizard's key map as one table, in the style of tig's request table: a row per key, with
   the name shown for it, a short label for the key bar and a sentence for the help screen. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "keymap.h"
#include "safetext.h"
#include "util.h"

#define CTRL_OF(l) ((l) & 0x1f)

/* Display columns of a NUL-terminated UTF-8 string. */
static int width_of(const char *s) { return (int)utf8_width(s, strlen(s)); }

/* How a row's key is matched: a character, a curses key code, Ctrl with a letter, or a
   row that only documents keys matched elsewhere (typed text). */
enum bind_kind { BIND_CHAR, BIND_CODE, BIND_CTRL, BIND_DOC };

struct binding {
  enum request req;
  enum bind_kind kind;
  int key;            /* the character, key code or letter */
  const char *name;   /* how the key is written, translated; NULL: a second key of the row above */
  const char *label;  /* the key bar's word(s), or NULL */
  const char *what;   /* the help screen's sentence, or NULL */
};

static const struct binding bindings[] = {
  { REQ_CHAR, BIND_DOC, 0, N_("Letters"), NULL,
    N_("are typed into the text or field under the cursor, pastes too; they never run a command") },
  { REQ_TOGGLE, BIND_DOC, ' ', N_("Space"), N_("Choose"),
    N_("on a list of options chooses or ticks the selected one; in a text it is a space") },
  { REQ_ENTER, BIND_CHAR, '\r', N_("Enter"), NULL,
    N_("starts a new line in a text, goes to the next field in a form, chooses on a list") },
  { REQ_ENTER, BIND_CHAR, '\n', NULL, NULL, NULL },
  { REQ_ENTER, BIND_CODE, KEY_ENTER, NULL, NULL, NULL },
  { REQ_NEXT_FIELD, BIND_CHAR, '\t', N_("Tab"), N_("Next field"),
    N_("goes to the next field or text of the section; after the last one, to the next section") },
  { REQ_PREV_FIELD, BIND_CODE, KEY_BTAB, N_("Shift-Tab"), N_("Previous field"),
    N_("goes back to the previous field or text, or to the previous section") },
  { REQ_UP, BIND_CODE, KEY_UP, N_("Arrows"), NULL, N_("move the cursor, the selection or the page") },
  { REQ_DOWN, BIND_CODE, KEY_DOWN, NULL, NULL, NULL },
  { REQ_LEFT, BIND_CODE, KEY_LEFT, NULL, NULL, NULL },
  { REQ_RIGHT, BIND_CODE, KEY_RIGHT, NULL, NULL, NULL },
  { REQ_HOME, BIND_CODE, KEY_HOME, N_("Home End"), NULL, N_("go to the start or end of the line") },
  { REQ_END, BIND_CODE, KEY_END, NULL, NULL, NULL },
  { REQ_HOME, BIND_CTRL, 'a', N_("^A ^E"), NULL, N_("go to the start or end of the line, like Home and End") },
  { REQ_END, BIND_CTRL, 'e', NULL, NULL, NULL },
  { REQ_PGUP, BIND_CODE, KEY_PPAGE, N_("PgUp PgDn"), NULL, N_("move a page up or down") },
  { REQ_PGDN, BIND_CODE, KEY_NPAGE, NULL, NULL, NULL },
  { REQ_BACKSPACE, BIND_CHAR, 127, N_("Backspace"), NULL, N_("deletes the character before the cursor") },
  { REQ_BACKSPACE, BIND_CHAR, CTRL_OF('h'), NULL, NULL, NULL },
  { REQ_BACKSPACE, BIND_CODE, KEY_BACKSPACE, NULL, NULL, NULL },
  { REQ_DELETE, BIND_CODE, KEY_DC, N_("Delete ^D"), NULL, N_("deletes the character under the cursor") },
  { REQ_DELETE, BIND_CTRL, 'd', NULL, NULL, NULL },
  { REQ_BACK, BIND_CHAR, 27, N_("Esc"), N_("Back"),
    N_("goes back from the overview, preview, check and help; in a text it does nothing") },
  { REQ_NEXT, BIND_CTRL, 'n', N_("^N"), N_("Next section"), N_("goes to the next section") },
  { REQ_PREV, BIND_CTRL, 'p', N_("^P"), N_("Previous"), N_("goes to the previous section") },
  { REQ_UNDO, BIND_CTRL, 'z', N_("^Z"), N_("Undo"),
    N_("undoes the last change of this section: typing, a choice, a stock text") },
  { REQ_REDO, BIND_CTRL, 'y', N_("^Y"), N_("Redo"), N_("does again what ^Z undid") },
  { REQ_VARIANT, BIND_CTRL, 't', N_("^T"), N_("Stock texts"),
    N_("chooses another stock text for the section (asks before replacing your own text)") },
  { REQ_RESET, BIND_CTRL, 'u', N_("^U"), N_("Stock text back"),
    N_("puts back the stock text in the language shown (asks first; ^Z undoes it)") },
  { REQ_LANG, BIND_CTRL, 'k', N_("^K"), N_("Language"), N_("switches the text shown to the notice's next language") },
  { REQ_NA, BIND_CTRL, 'x', N_("^X"), N_("Not applicable"),
    N_("marks the section as not applicable to you, or applicable again") },
  { REQ_HELP, BIND_CTRL, 'g', N_("^G"), N_("Help"), N_("shows this help and the section's whole guidance") },
  { REQ_HELP, BIND_CODE, KEY_F(1), N_("F1"), NULL, N_("the same as ^G") },
  { REQ_OVERVIEW, BIND_CTRL, 'o', N_("^O"), N_("Overview"), N_("lists every section and its state") },
  { REQ_PREVIEW, BIND_CTRL, 'v', N_("^V"), N_("Preview"), N_("shows the notice as it will be published") },
  { REQ_REVIEW, BIND_CTRL, 'r', N_("^R"), N_("Check"), N_("lists what the notice still misses or gets wrong") },
  { REQ_SAVE, BIND_CTRL, 's', N_("^S"), N_("Save"), N_("saves the notice file") },
  { REQ_SAVE, BIND_CODE, KEY_F(2), N_("F2"), NULL, N_("the same as ^S") },
  { REQ_FINISH, BIND_CTRL, 'f', N_("^F"), N_("Finish"),
    N_("saves and writes the notice for publishing: a web page (HTML) and plain text") },
  { REQ_QUIT, BIND_CTRL, 'q', N_("^Q"), N_("Quit"), N_("quits; asks first if there are unsaved changes") },
  { REQ_QUIT, BIND_CTRL, 'c', N_("^C"), NULL, N_("the same as ^Q") },
  { REQ_QUIT, BIND_CODE, KEY_F(10), N_("F10"), NULL, N_("the same as ^Q") },
  { REQ_EXTERNAL, BIND_CODE, KEY_F(4), N_("F4"), N_("Editor"),
    N_("edits the text in the editor program named by VISUAL or EDITOR, when one is set") },
  { REQ_REDRAW, BIND_CTRL, 'l', N_("^L"), NULL, N_("draws the screen again") },
};

#define NBINDINGS (sizeof bindings / sizeof bindings[0])

/* The request of the row whose key matches, or REQ_NONE. */
static enum request keymap_find(enum bind_kind kind, int key)
{
  for (size_t i = 0; i < NBINDINGS; i++) {
    const struct binding *b = &bindings[i];
    if (b->kind == kind && b->key == key)
      return b->req;
  }
  return REQ_NONE;
}

/* A control character (or DEL): its own row, else Ctrl with a letter. */
static enum request keymap_control(wint_t c)
{
  enum request r = keymap_find(BIND_CHAR, (int)c);
  if (r != REQ_NONE || c >= 0x20)
    return r;
  return keymap_find(BIND_CTRL, (int)c + 'a' - 1);
}

enum request keymap_request(enum key_kind kind, wint_t c, bool text)
{
  if (kind == KEY_KIND_CODE)
    return keymap_find(BIND_CODE, (int)c);
  if (c < 0x20 || c == 0x7f)
    return keymap_control(c);
  if (c > 0x10FFFF || !safetext_typable((unsigned)c))
    return REQ_NONE;
  return c == ' ' && !text ? REQ_TOGGLE : REQ_CHAR;
}

/* The row that names request r in the key bar, or NULL. */
static const struct binding *keymap_named(enum request r)
{
  for (size_t i = 0; i < NBINDINGS; i++)
    if (bindings[i].req == r && bindings[i].name && bindings[i].label)
      return &bindings[i];
  return NULL;
}

const char *keymap_bar(const enum request *reqs, size_t n, int width)
{
  static char buf[1024];
  struct strbuf line[2] = { { 0 }, { 0 } };
  int row = 0;
  for (size_t i = 0; i < n; i++) {
    if (reqs[i] == REQ_NONE && ++row == 2)
      break;
    const struct binding *b = reqs[i] == REQ_NONE ? NULL : keymap_named(reqs[i]);
    if (!b)
      continue;
    char *item = xasprintf("%s %s", _(b->name), _(b->label));
    int used = line[row].len ? width_of(line[row].s) + 2 : 0;
    if (used + width_of(item) <= width)
      sb_printf(&line[row], "%s%s", line[row].len ? "  " : "", item);
    free(item);
  }
  snprintf(buf, sizeof buf, "%s\n%s", line[0].s ? line[0].s : "", line[1].s ? line[1].s : "");
  sb_free(&line[0]);
  sb_free(&line[1]);
  return buf;
}

char *keymap_help_text(void)
{
  struct strbuf b = { 0 };
  for (size_t i = 0; i < NBINDINGS; i++)
    if (bindings[i].name && bindings[i].what)
      sb_printf(&b, "%s\t%s\n", _(bindings[i].name), _(bindings[i].what));
  return sb_take(&b);
}

void keymap_print(FILE *out)
{
  for (size_t i = 0; i < NBINDINGS; i++) {
    if (!bindings[i].name || !bindings[i].what)
      continue;
    const char *name = _(bindings[i].name);
    int pad = 12 - width_of(name);
    fprintf(out, "%s%*s %s\n", name, pad > 0 ? pad : 0, "", _(bindings[i].what));
  }
}

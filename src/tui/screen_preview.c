/* The preview: the notice rendered as text at the terminal's width, scrollable, in any of the notice's languages
   (^K goes to the next). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "draw.h"
#include "i18n.h"
#include "render.h"

/* Renders the document into a->preview in a->preview_lang. */
static void preview_render(struct app *a)
{
  free(a->preview);
  a->preview = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&a->preview, &len);
  if (!fp)
    return;
  struct render_opts o = { a->preview_lang, FORMAT_TEXT, false, COLS - 4 > 20 ? COLS - 4 : 20, false };
  render_doc(a->w.doc, &a->w.auth, &o, fp, NULL);
  fclose(fp);
}

/* Renders in the language being edited. */
static void preview_enter(struct app *a)
{
  a->preview_lang = a->lang;
  a->scroll = 0;
  preview_render(a);
}

/* Draws the visible part of the rendering. */
static void preview_draw(struct app *a, int top, int height)
{
  static int rendered_cols;
  if (rendered_cols != COLS) { /* the terminal was resized: wrap anew */
    rendered_cols = COLS;
    preview_render(a);
  }
  const char *p = a->preview ? a->preview : "";
  for (int skip = a->scroll; skip > 0 && *p; skip--) {
    const char *nl = strchr(p, '\n');
    p = nl ? nl + 1 : p + strlen(p);
  }
  for (int r = 0; r < height && *p; r++) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    draw_text(top + r, 2, p, n, COLS - 3);
    p += n + (nl != NULL);
  }
}

/* Number of lines of the rendering. */
static int preview_lines(const struct app *a)
{
  int n = 0;
  for (const char *p = a->preview; p && *p; p++)
    n += *p == '\n';
  return n;
}

/* Scrolls by d lines within the rendering. */
static enum action preview_scroll(struct app *a, int d)
{
  int max = preview_lines(a) - (LINES - 4);
  a->scroll += d;
  if (a->scroll > max)
    a->scroll = max;
  if (a->scroll < 0)
    a->scroll = 0;
  return ACT_REDRAW;
}

/* Handles the preview's keys. */
static enum action preview_key(struct app *a, enum request r)
{
  switch (r) {
  case REQ_UP: return preview_scroll(a, -1);
  case REQ_DOWN: case REQ_ENTER: return preview_scroll(a, 1);
  case REQ_PGUP: return preview_scroll(a, -(LINES - 5));
  case REQ_PGDN: case REQ_TOGGLE: return preview_scroll(a, LINES - 5);
  case REQ_HOME: a->scroll = 0; return ACT_REDRAW;
  case REQ_END: return preview_scroll(a, 1 << 20);
  case REQ_LANG:
    if (wd_next_lang(&a->w, a->preview_lang) == a->preview_lang) {
      app_status(a, "%s", _("The notice has only one language; add another on the first screen."));
      return ACT_REDRAW;
    }
    a->preview_lang = wd_next_lang(&a->w, a->preview_lang);
    a->scroll = 0;
    preview_render(a);
    return ACT_REDRAW;
  case REQ_BACK: case REQ_PREVIEW:
    app_show(a, a->back_to == SCR_PREVIEW ? SCR_SECTION : a->back_to);
    return ACT_REDRAW;
  default:
    return app_common_key(a, r);
  }
}

/* The preview's key help. */
static const char *preview_help(struct app *a)
{
  static char buf[512];
  enum doc_lang next = wd_next_lang(&a->w, a->preview_lang);
  char *line = next == a->preview_lang
                 /* TRANSLATORS: %s is the language of the preview */
                 ? xasprintf(_("Preview in %s: arrows/PgUp/PgDn scroll  Esc back"), lang_name(a->preview_lang))
                 /* TRANSLATORS: the language of the preview, and the one ^K shows next */
                 : xasprintf(_("Preview in %s: arrows/PgUp/PgDn scroll  ^K %s  Esc back"),
                             lang_name(a->preview_lang), lang_name(next));
  snprintf(buf, sizeof buf, "%s\n%s", line, app_common_help(a));
  free(line);
  return buf;
}

const struct screen screen_preview = { preview_enter, preview_draw, preview_key, preview_help, NULL };

/* Format 1 -> format 2 on load. Format 1 had one legal basis for the whole register (a choice section
   "legal_basis") and one transfer option ("transfers" choice: none, scc, adequacy). Nothing the person
   wrote is dropped: the purpose text keeps its words and gets the one basis, the legal-basis text the
   person wrote joins the purposes' free text, and the transfer choice becomes one mechanism. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "cfgfile.h"
#include "i18n.h"
#include "store_impl.h"

/* The old legal_basis group's members, as read. */
struct old_basis {
  char *choice, *origin, *text[LANG_MAX];
};

/* Reads the format-1 legal_basis group, if any. */
static bool read_old_basis(struct rd *r, const config_setting_t *secs, struct old_basis *b)
{
  const config_setting_t *g = config_setting_get_member(secs, "legal_basis");
  if (!g)
    return true;
  if (!cfgfile_expect(g, CONFIG_TYPE_GROUP, "legal_basis", r->path, r->err))
    return false;
  bool ok = store_get_text(r, g, "choice", &b->choice) && store_get_text(r, g, "origin", &b->origin);
  for (int l = 0; ok && l < LANG_COUNT; l++)
    ok = store_get_text(r, g, doc_lang_code(l), &b->text[l]);
  if (ok && b->choice && schema_basis_index(b->choice) < 0)
    ok = cfgfile_fail(r->err, r->path, g, _("\"%s\" is not a legal basis"), b->choice);
  return ok;
}

/* Appends the person's own legal-basis text to the purposes' free text, so that nothing is lost. */
static void keep_basis_text(struct doc_section *s, const struct old_basis *b)
{
  if (b->origin && strcmp(b->origin, "stock") == 0)
    return;
  for (int l = 0; l < LANG_COUNT; l++) {
    if (str_blank(b->text[l]))
      continue;
    char *joined = str_blank(s->text[l]) ? xstrdup(b->text[l]) : xasprintf("%s\n\n%s", s->text[l], b->text[l]);
    free(s->text[l]);
    s->text[l] = joined;
    if (s->origin == ORIGIN_STOCK || s->origin == ORIGIN_EMPTY)
      s->origin = ORIGIN_EDITED;
  }
}

/* The format-1 transfers choice becomes one mechanism; "none" marks the section not applicable. */
static bool migrate_transfers(struct rd *r, const config_setting_t *secs, struct doc *d)
{
  const config_setting_t *g = config_setting_get_member(secs, "transfers");
  struct doc_section *t = doc_section(d, "transfers");
  char *choice = NULL, *origin = NULL;
  bool ok = !g || (store_get_text(r, g, "choice", &choice) && store_get_text(r, g, "origin", &origin));
  if (ok && choice && strcmp(choice, "none") != 0 && !schema_option(t->schema, choice))
    ok = cfgfile_fail(r->err, r->path, g, _("\"%s\" is not a choice of section '%s'"), choice, "transfers");
  bool stock = !origin || strcmp(origin, "stock") == 0;
  if (ok && origin)
    t->origin = (enum doc_origin)(doc_origin_from_name(origin) < 0 ? ORIGIN_EDITED : doc_origin_from_name(origin));
  if (ok && choice && strcmp(choice, "none") == 0) {
    t->not_applicable = true;
    for (int l = 0; stock && l < LANG_COUNT; l++)
      str_set(&t->text[l], ""); /* the stock "no transfers" text becomes the section's own sentence */
    if (stock)
      t->origin = ORIGIN_EMPTY;
  } else if (ok && choice) {
    doc_set_item(t, choice, true);
  }
  free(choice);
  free(origin);
  return ok;
}

bool store_migrate_v1(struct rd *r, const config_setting_t *secs, struct doc *d)
{
  struct old_basis b = { 0 };
  bool ok = read_old_basis(r, secs, &b) && migrate_transfers(r, secs, d);
  if (ok) {
    struct doc_section *p = doc_section(d, "purposes");
    if (b.choice)
      doc_purposes_from_text(p, b.choice);
    keep_basis_text(p, &b);
  }
  free(b.choice);
  free(b.origin);
  for (int l = 0; l < LANG_COUNT; l++)
    free(b.text[l]);
  return ok;
}

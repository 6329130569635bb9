/* Leftovers: another organisation's name in a section where the controller is meant. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "util.h"

/* The controller's own names in folded form: its name, website and e-mail, and its EU representative's name. */
static char *own_names(const struct doc *d)
{
  struct strbuf b = { 0 };
  static const char *const holders[] = { "controller", "eu_representative", NULL };
  static const enum contact_field fields[] = { FIELD_NAME, FIELD_WEBSITE, FIELD_EMAIL };
  for (size_t h = 0; holders[h]; h++) {
    const struct doc_section *s = doc_section(d, holders[h]);
    for (size_t f = 0; s && f < sizeof fields / sizeof fields[0]; f++)
      if (!str_blank(s->field[fields[f]]))
        sb_printf(&b, "%s ", s->field[fields[f]]);
  }
  char *folded = text_fold(b.s ? b.s : "");
  sb_free(&b);
  return folded;
}

/* True when the folded name shares a distinctive word (three letters or more) with the controller's names. */
static bool name_is_own(const char *name, size_t n, const char *own)
{
  for (size_t i = 0; i < n;) {
    size_t w = 0;
    while (i + w < n && (isalnum((unsigned char)name[i + w]) || (unsigned char)name[i + w] >= 0x80))
      w++;
    if (w >= 3 && text_has_word(own, name + i, w))
      return true;
    i += w ? w : 1;
  }
  return false;
}

void check_rule_other_org(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  const struct doc_section *ctl = doc_section(c->doc, "controller");
  if (t->sec->schema->names_others || !ctl || str_blank(ctl->field[FIELD_NAME]))
    return;
  char *own = NULL; /* made at the first name found: most texts name no organisation */
  size_t pos = 0, st, n;
  while (text_next_org(t->text, &pos, &st, &n)) {
    if (!own)
      own = own_names(c->doc);
    if (name_is_own(t->folded + st, n, own))
      continue;
    char *q = check_quote(t->text, st, n);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q,
              ctl->field[FIELD_NAME]);
    free(q);
    break;
  }
  free(own);
}


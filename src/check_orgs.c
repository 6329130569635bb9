/* Leftovers: another organisation's name in a section where the controller is meant; an organisation the
   notice names as a recipient or service provider is not one (GDPR 13(1)(e) asks the notice to name it). */
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

/* The texts where the notice names other organisations as recipients or providers, folded: the
   recipients text in every language and each provider's name. Caller frees. */
static char *recipient_names(const struct doc *d)
{
  struct strbuf b = { 0 };
  const struct doc_section *r = doc_section(d, "recipients");
  for (int l = 0; r && l < LANG_COUNT; l++)
    if (!str_blank(r->text[l]))
      sb_printf(&b, "%s\n", r->text[l]);
  for (size_t i = 0; i < schema_count(); i++)
    for (size_t p = 0; d->sec[i].schema->kind == SCHEMA_PROVIDERS && p < d->sec[i].nproviders; p++)
      if (!str_blank(d->sec[i].providers[p].name))
        sb_printf(&b, "%s\n", d->sec[i].providers[p].name);
  char *folded = text_fold(b.s ? b.s : "");
  sb_free(&b);
  return folded;
}

/* True when the folded organisation name[0..n), without its company form ("posti" of "posti oy"), is a
   name that the folded recipients' texts hold as a whole word or phrase. */
static bool name_is_recipient(const char *name, size_t n, const char *recipients)
{
  size_t core = n, w = n;
  while (w > 0 && name[w - 1] != ' ')
    w--;
  if (w > 0 && text_is_legal_form(name + w, n - w))
    core = w - 1;
  return core >= 3 && text_has_word(recipients, name, core);
}

void check_rule_other_org(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  const struct doc_section *ctl = doc_section(c->doc, "controller");
  if (t->sec->schema->names_others || !ctl || str_blank(ctl->field[FIELD_NAME]))
    return;
  char *own = NULL, *recipients = NULL; /* made at the first name found: most texts name no organisation */
  size_t pos = 0, st, n;
  while (text_next_org(t->text, &pos, &st, &n)) {
    if (!own) {
      own = own_names(c->doc);
      recipients = recipient_names(c->doc);
    }
    if (name_is_own(t->folded + st, n, own) || name_is_recipient(t->folded + st, n, recipients))
      continue;
    char *q = check_quote(t->text, st, n);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q,
              ctl->field[FIELD_NAME]);
    free(q);
    break;
  }
  free(own);
  free(recipients);
}


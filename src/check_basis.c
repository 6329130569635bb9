/* The legal bases: the purposes and their rows (GDPR 13(1)(c)), and texts stating a basis no purpose rests on. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "util.h"

/* Sentences that state the legal basis of the processing. */
static const char *const basis_statement[] = {
  "oikeusperust*", "käsittelyperust*", "legal basis|bases", "lawful basis|bases", "legal ground*",
  "^käsittely perustuu", "^tietojen käsittely perustuu", "^henkilötietojen käsittely perustuu",
  "^rekisterin tietojen käsittely perustuu", "^processing is based", "^the processing is based",
  "^processing of personal data is based", "^the processing of personal data is based",
  "rättslig|rättsliga grund|grunden|grunder|grund*", "behandlingsgrund*", "^behandlingen grundar|baserar sig",
  "^behandlingen av personuppgifter|personuppgifterna|uppgifterna grundar|baserar sig", NULL };
/* Sentences that deny rather than state. */
static const char *const negation[] = { "ei|eikä|eivät", "not", "inte|ej", NULL };

static const char *const basis_consent[] = { "suostumu*", "consent*", "samtyck*", NULL };
static const char *const basis_contract[] = { "sopimu*!sopimuslausek", "contract!contractual", "contracts",
  "avtal*!avtalsklausul", NULL };
static const char *const basis_obligation[] = {
  "lakisäätei* velvoit*|velvollisuu*", "legal|statutory obligation*",
  "rättslig|rättsliga|lagstadgad|lagstadgade förpliktelse*|skyldighet*", NULL };
static const char *const basis_vital[] = { "elintärke* etu*|edu*", "vital interest*",
  "grundläggande|vitala intresse*", NULL };
static const char *const basis_public[] = { "yleis* etu*|edu* koskev*", "julkis* vallan", "public interest|task",
                                            "official authority", "allmänt intresse", "myndighetsutövning*", NULL };
static const char *const basis_legitimate[] = { "oikeutet* etu*|edu*", "legitimate interest*",
  "berättigat|berättigade intresse*", NULL };

/* How the texts name each legal basis of GDPR Art. 6(1), by its id in schema_basis_at(). */
static const struct { const char *id; const char *const *names; } bases[] = {
  { "consent", basis_consent }, { "contract", basis_contract }, { "legal_obligation", basis_obligation },
  { "vital_interests", basis_vital }, { "public_task", basis_public }, { "legitimate_interest", basis_legitimate },
};
#define NBASES (sizeof bases / sizeof bases[0])

/* The mask bit of the basis bases[b] (bit i for schema_basis_at(i)); 0 when the schema lacks it. */
static unsigned basis_bit(size_t b)
{
  int i = schema_basis_index(bases[b].id);
  return i < 0 ? 0 : 1u << i;
}

/* The first basis in a stating sentence (ix->s[st..st+n)) that is not in `allowed`, or -1 when it names
   none or any allowed one (a sentence naming a basis in use, such as "consent or contract", is about that
   one); hit gets where, from st. */
static int basis_foreign(const struct text_index *ix, size_t st, size_t n, unsigned allowed, struct text_hit *hit)
{
  int best = -1;
  struct text_hit h, first = { n, 0 };
  for (size_t b = 0; b < NBASES; b++) {
    if (!text_find_any(ix, st, n, bases[b].names, &h))
      continue;
    if (basis_bit(b) & allowed)
      return -1;
    if (h.off < first.off) {
      first = h;
      best = (int)b;
    }
  }
  *hit = first;
  return best;
}

/* The labels of the bases in mask, translated, joined with ", ". Caller frees. */
static char *bases_words(unsigned mask)
{
  struct strbuf b = { 0 };
  for (size_t i = 0; i < schema_basis_count(); i++)
    if (mask & (1u << i)) {
      if (b.len)
        sb_add(&b, ", ");
      sb_add(&b, _(schema_basis_at(i)->label));
    }
  return sb_take(&b);
}

/* The bases named in the stating sentences of the notice's texts: for an imported notice, these are what
   the old notice says its processing rests on; the importer gave every purpose one of them when it named
   several ("sopimus, lakisääteinen velvoite ja oikeutettu etu"), so a text naming another of them states
   no contradiction, only what the person must still sort out per purpose (the import report says so). */
static unsigned stated_bases(struct check_ctx *c)
{
  if (c->stated_bases >= 0)
    return (unsigned)c->stated_bases;
  unsigned mask = 0;
  for (size_t i = 0; i < c->corpus.n; i++) {
    const struct text_index *ix = &c->corpus.v[i].ix;
    size_t pos = 0, st, n;
    if (!text_may_have(ix, basis_statement))
      continue;
    while (text_next_sentence(ix->s, &pos, &st, &n)) {
      if (!text_find_any(ix, st, n, basis_statement, NULL) || text_find_any(ix, st, n, negation, NULL))
        continue;
      for (size_t b = 0; b < NBASES; b++)
        if (text_find_any(ix, st, n, bases[b].names, NULL))
          mask |= basis_bit(b);
    }
  }
  c->stated_bases = (int)mask;
  return mask;
}

void check_rule_basis(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  int own = t->row ? schema_basis_index(t->row->basis) : -1;
  unsigned allowed = t->row ? (own < 0 ? 0 : 1u << own) : c->bases;
  if (c->imported && !t->row && allowed)
    allowed |= stated_bases(c);
  if (!allowed || !text_may_have(t->ix, basis_statement))
    return; /* no purpose, or a row without a basis: the purposes rules say so */
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    struct text_hit h;
    if (!text_find_any(t->ix, st, n, basis_statement, NULL) || text_find_any(t->ix, st, n, negation, NULL) ||
        basis_foreign(t->ix, st, n, allowed, &h) < 0)
      continue;
    char *q = check_quote(t->text, st + h.off, h.len), *w = bases_words(allowed);
    const char *msg = t->row ? N_("the purpose's text states \"%s\" as its legal basis, but the purpose rests "
                                  "on %s; correct the text or the purpose's basis")
                             : r->msgid;
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, msg, q, w);
    free(q);
    free(w);
    return;
  }
}

/* ---------- the purposes and their rows ---------- */

const struct doc_section *check_purposes(const struct doc *d)
{
  for (size_t i = 0; i < schema_count(); i++)
    if (d->sec[i].schema->kind == SCHEMA_PURPOSES)
      return &d->sec[i];
  return NULL;
}

char *check_purpose_name(const struct doc_purpose *p)
{
  const struct schema_section *ps = NULL;
  for (size_t i = 0; !ps && i < schema_count(); i++)
    if (schema_at(i)->kind == SCHEMA_PURPOSES)
      ps = schema_at(i);
  const struct schema_option *o = ps ? schema_option(ps, p->id) : NULL;
  if (o)
    return xstrdup(_(o->label));
  for (int l = 0; l < LANG_COUNT; l++)
    if (!str_blank(p->text[l]))
      return check_quote(p->text[l], 0, strcspn(p->text[l], "\n"));
  return xstrdup(p->id);
}

const struct doc_purpose *check_purpose_on(const struct doc *d, unsigned mask)
{
  const struct doc_section *s = check_purposes(d);
  for (size_t i = 0; s && !s->not_applicable && i < s->npurposes; i++) {
    int b = schema_basis_index(s->purposes[i].basis);
    if (b >= 0 && (mask & (1u << b)))
      return &s->purposes[i];
  }
  return NULL;
}

unsigned check_bases_mask(const char *list)
{
  unsigned mask = 0;
  for (const char *p = list; p && *p;) {
    size_t n = strcspn(p, ",");
    for (size_t i = 0; i < schema_basis_count(); i++)
      if (strlen(schema_basis_at(i)->id) == n && strncmp(schema_basis_at(i)->id, p, n) == 0)
        mask |= 1u << i;
    p += n + (p[n] == ',');
  }
  return mask;
}

/* Each row: its text in every language the notice is published in. */
static void rule_row_texts(struct check_ctx *c, const struct doc_section *s)
{
  for (size_t i = 0; i < s->npurposes; i++)
    for (int l = 0; l < LANG_COUNT; l++) {
      if (!c->lang[l] || !str_blank(s->purposes[i].text[l]))
        continue;
      char *name = check_purpose_name(&s->purposes[i]);
      check_add(c, s->schema->id, CHECK_ERROR, "purpose_text_missing", s->schema->gdpr, l,
                N_("purpose \"%s\" has no text; say what the data is used for"), name, NULL);
      free(name);
    }
}

/* Sentences that state what data is used for ("Tietoja käytetään ...", "Membership data may be used
   for ..."): an imported notice's purposes, wherever the importer put them. */
static const char *const says_purposes[] = {
  "tarkoitu*|käyttötarkoitu*", "käytetään|käytämme|hyödynnetään", "purpose*", "used for|to", "ändamål*|syfte*",
  "används|använder|utnyttjas|utnyttjar", NULL };

void check_purposes_run(struct check_ctx *c)
{
  const struct doc_section *s = check_purposes(c->doc);
  if (!s)
    return;
  bool text = false;
  for (int l = 0; l < LANG_COUNT; l++)
    text = text || (c->lang[l] && !str_blank(s->text[l]));
  /* GDPR 12(1), 13(1)(c): the purposes are stated when any text of the notice states them */
  text = text || (c->imported && check_notice_says(c, -1, says_purposes, NULL));
  if (c->imported && !s->not_applicable && s->npurposes == 0 && text) {
    /* the old notice states its purposes, but the importer found no basis to tie them to */
    check_add(c, s->schema->id, CHECK_WARNING, "purpose_rows", s->schema->gdpr, -1,
              N_("the imported text states the purposes, but not as rows with their legal bases; add each "
                 "purpose as a row with its legal basis, using the imported text"), NULL, NULL);
    return;
  }
  if (s->not_applicable || s->npurposes == 0) {
    check_add(c, s->schema->id, CHECK_ERROR, "required", s->schema->gdpr, -1,
              N_("no purpose is listed; add each purpose of the processing with its legal basis"), NULL, NULL);
    return;
  }
  rule_row_texts(c, s);
}

/* The legal basis: what the texts state against what was chosen, and what a choice obliges them to say. */
#include "config.h"

#include <ctype.h>
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
  "^processing of personal data is based", "^the processing of personal data is based", NULL };
/* Sentences that deny rather than state. */
static const char *const negation[] = { "ei|eikä|eivät", "not", NULL };

static const char *const basis_consent[] = { "suostumu*", "consent*", NULL };
static const char *const basis_contract[] = { "sopimu*!sopimuslausek", "contract!contractual", "contracts", NULL };
static const char *const basis_obligation[] = {
  "lakisäätei* velvoit*|velvollisuu*", "legal|statutory obligation*", NULL };
static const char *const basis_vital[] = { "elintärke* etu*|edu*", "vital interest*", NULL };
static const char *const basis_public[] = { "yleis* etu*|edu* koskev*", "julkis* vallan", "public interest|task",
                                            "official authority", NULL };
static const char *const basis_legitimate[] = { "oikeutet* etu*|edu*", "legitimate interest*", NULL };

/* The legal bases of GDPR Art. 6(1) by the option ids of the legal_basis choice. */
static const struct { const char *option; const char *const *names; } bases[] = {
  { "consent", basis_consent }, { "contract", basis_contract }, { "legal_obligation", basis_obligation },
  { "vital_interests", basis_vital }, { "public_task", basis_public }, { "legitimate_interest", basis_legitimate },
};
#define NBASES (sizeof bases / sizeof bases[0])

/* The legal-basis choice section (the choice section whose options are the Art. 6(1) bases). */
static const struct doc_section *basis_section(const struct doc *d)
{
  for (size_t i = 0; i < schema_count(); i++)
    if (d->sec[i].schema->kind == SCHEMA_CHOICE && schema_option(d->sec[i].schema, bases[0].option))
      return &d->sec[i];
  return NULL;
}

/* Index of the basis a stating sentence names first, skipping `except`; -1 if none; hit gets where. */
static int basis_named(const char *s, size_t n, int except, struct text_hit *hit)
{
  int best = -1;
  struct text_hit h, first = { n, 0 };
  for (size_t b = 0; b < NBASES; b++)
    if ((int)b != except && text_match_any(s, n, bases[b].names, &h) && h.off < first.off) {
      first = h;
      best = (int)b;
    }
  *hit = first;
  return best;
}

/* Index of the chosen basis, or -1. */
static int basis_chosen(const struct doc *d)
{
  const struct doc_section *s = basis_section(d);
  for (size_t b = 0; s && s->choice && b < NBASES; b++)
    if (strcmp(s->choice, bases[b].option) == 0)
      return (int)b;
  return -1;
}

void check_rule_basis(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    const char *s = t->folded + st;
    struct text_hit h;
    if (!text_match_any(s, n, basis_statement, NULL) || text_match_any(s, n, negation, NULL))
      continue;
    if (c->basis_ref < 0) {
      c->basis_ref = basis_named(s, n, -1, &h);
      continue;
    }
    if (basis_named(s, n, -1, &h) < 0 || text_match_any(s, n, bases[c->basis_ref].names, NULL))
      continue;
    const struct doc_section *bs = basis_section(c->doc);
    const struct schema_option *o = bs ? schema_option(bs->schema, bases[c->basis_ref].option) : NULL;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q,
              o ? _(o->label) : bases[c->basis_ref].option);
    free(q);
    return;
  }
}

/* ---------- what a choice requires the text to say ---------- */

static const char *const scc_safeguard[] = {
  "vakiosopimuslausek*|mallisopimuslausek*|vakiolausek*|mallilausek*", "standard contractual|data",
  "46 artikl*", "article|art 46*", "sitov* yrityssään*", "binding corporate", NULL };
static const char *const adequacy_safeguard[] = {
  "riittävyyspäätö*", "riittäväksi", "riittävä tietosuojan taso", "adequacy*", "adequate", "45 artikl*",
  "article|art 45*", "data privacy framework", "tietosuojakehy*", NULL };
static const char *const interest[] = { "etu*|edu*", "interest*", NULL };
static const char *const withdrawal[] = {
  "peruut*|peruu*|perua|perum*|peruminen", "withdraw*|revoke*", NULL };

/* A choice that obliges the notice to say something. */
static const struct choice_need {
  const char *section, *option;
  const char *const *patterns;
  const char *where;         /* the section that must say it, or NULL for any section */
  const char *msgid, *gdpr;
} needs[] = {
  { "transfers", "scc", scc_safeguard, "transfers",
    N_("data is transferred outside the EU/EEA, but the text does not name the safeguard "
       "(standard contractual clauses) or how to get a copy"), "13(1)(f)" },
  { "transfers", "adequacy", adequacy_safeguard, "transfers",
    N_("data is transferred outside the EU/EEA, but the text does not name what the transfer relies on "
       "(an adequacy decision of the European Commission)"), "13(1)(f)" },
  { "legal_basis", "legitimate_interest", interest, "legitimate_interest",
    N_("the legal basis is legitimate interests, but the text does not say what the interest is"), "13(1)(d)" },
  { "legal_basis", "consent", withdrawal, "consent_withdrawal",
    N_("the legal basis is consent, but the notice does not say that consent can be withdrawn at any time"),
    "13(2)(c)" },
};

/* True when some text of language l (the named section's, or any in force) matches the need. */
static bool need_met(const struct check_ctx *c, const struct choice_need *n, enum doc_lang l)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *t = &c->doc->sec[i];
    bool here = n->where ? strcmp(t->schema->id, n->where) == 0 : true;
    if (!here || !check_in_force(c, t) || str_blank(t->text[l]))
      continue;
    char *f = text_fold(t->text[l]);
    bool ok = text_match_any(f, strlen(f), n->patterns, NULL);
    free(f);
    if (ok)
      return true;
  }
  return false;
}

void check_needs_run(struct check_ctx *c)
{
  for (size_t i = 0; i < sizeof needs / sizeof needs[0]; i++) {
    const struct doc_section *s = doc_section(c->doc, needs[i].section);
    if (!s || !s->choice || strcmp(s->choice, needs[i].option) != 0 || !check_in_force(c, s))
      continue;
    const struct doc_section *w = needs[i].where ? doc_section(c->doc, needs[i].where) : s;
    if (!w || !check_in_force(c, w))
      continue;
    for (int l = 0; l < LANG_COUNT; l++)
      if (c->lang[l] && !doc_section_empty(w, (enum doc_lang)l) && !need_met(c, &needs[i], (enum doc_lang)l))
        check_add(c, w->schema->id, CHECK_ERROR, "choice_needs", needs[i].gdpr, l, needs[i].msgid, NULL, NULL);
  }
}

/* With no basis chosen, the basis the legal-basis section's own text states, or -1. */
static int basis_stated(const struct check_ctx *c)
{
  const struct doc_section *s = basis_section(c->doc);
  for (int l = 0; s && l < LANG_COUNT; l++) {
    if (!c->lang[l] || str_blank(s->text[l]))
      continue;
    char *f = text_fold(s->text[l]);
    size_t pos = 0, st, n;
    int b = -1;
    struct text_hit h;
    while (b < 0 && text_next_sentence(f, &pos, &st, &n))
      if (text_match_any(f + st, n, basis_statement, NULL) && !text_match_any(f + st, n, negation, NULL))
        b = basis_named(f + st, n, -1, &h);
    free(f);
    if (b >= 0)
      return b;
  }
  return -1;
}


int check_basis_ref(const struct check_ctx *c)
{
  int b = basis_chosen(c->doc);
  return b >= 0 ? b : basis_stated(c);
}

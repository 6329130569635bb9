/* The rule table: what the check looks for in the texts of a notice, in Finnish, English and Swedish. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "nfc.h"
#include "check_text.h"
#include "i18n.h"
#include "render.h"
#include "util.h"

/* ---------- what the rules look for ---------- */

static const char *const repealed_personal_data_act[] = {
  "henkilötietola*!henkilötietolainsää", "personal data act*", "523/1999", "523/99", NULL };
static const char *const repealed_ecomms_privacy_act[] = {
  "sähköis* viestin* tietosuojala*!tietosuojalainsää", "516/2004",
  "protection of privacy in electronic communications", NULL };
static const char *const old_authority_address[] = { "ratapihantie*", NULL };
static const char *const template_placeholders[] = {
  "=(s-postiosoite)", "=[s-postiosoite]", "=<s-postiosoite>", "=(sähköpostiosoite)", "=(linkki)", "=[linkki]", "=<linkki>",
  "=(link)", "=[link]", "=(osoite)", "=(nimi)", "=[nimi]", "=(puhelinnumero)", "=(yrityksen nimi)",
  "=[yrityksen nimi]", "=(yritys)", "=[yritys]", "=(company name)", "=[company name]", "=xx.xx.xxxx",
  "lorem ipsum", NULL };
static const char *const template_typos[] = {
  "yorganisaat*", "riorganisaat*", "luottihakemu*", "ulkoituskumppan*", "tietosuojasetu*", "salassapitosoumu*", NULL };

static const char *const indefinite[] = {
  "toistaiseksi", "indefinite*", "ikuisesti", "forever", "pysyvästi", "permanently",
  "rajoittamattoma* aja*", "unlimited period|time", "tills vidare", "för alltid", "obegränsad* tid", NULL };
static const char *const retention_words[] = {
  "säily*|säilö*", "retain*|retention|kept|keep*|store|stored", "bevar*|lagr*|spar*|förvar*", NULL };
static const char *const retention_criteria[] = {
  "kunnes", "until", "kauan", "as long as", "vuot*|vuod*|vuosi", "kuukau*", "year*", "month*",
  "päätty*|päättymi*|päätyttyä", "jälkeen", "after", "asti|saakka", "end", "ending|ends|ended",
  "tarpeen|tarpeellis*|tarvita|tarvitaan", "necessary|needed|required|need",
  "tills|länge|efter|år|års|åren|månad*|upphör*|nödvändig*|behöv*|behövs", NULL };

static const char *const request_words[] = {
  "pyyn*|pyyntö*|pyytä*|tarkastus*|tarkast*|korjau*|vaatimu*|vaati*|todistu*", "request*|application*",
  "begär*|begäran|ansökan|ansökning*", NULL };
static const char *const signed_request[] = {
  "omakätis*", "allekirjoitet*", "allekirjoittaa|allekirjoittama*", "signed", "signature*", "handwritten",
  "egenhändig*|undertecknad*|underskrift*", NULL };
/* The old law's written-request wording (henkilötietolaki 523/1999 26 §: a signed request or one made in
   person); GDPR 12(2) and 15 let a request be made in any form, by e-mail too. */
static const char *const written_request[] = {
  "kirjallise*|kirjallisesti|kirjallinen|kirjallisella|kirjallisena", "in writing", "written",
  "skriftlig*|skriftligen", NULL };
/* What makes "kirjallisesti" one choice among others rather than the form required; and the signed-request
   words, whose own row reports a sentence that has them. */
static const char *const other_forms[] = {
  "sähköpost*|sähköisesti|sähköisellä|sähköinen|puhelim*|verkkolomak*|lomakkee*", "e-mail|email|electronically|phone|online",
  "omakätis*", "allekirjoitet*", "allekirjoittaa|allekirjoittama*", "signed", "signature*", "handwritten",
  "e-post|e-postmeddelande|elektroniskt|telefon*|webbformulär*|blankett*", "egenhändig*|undertecknad*|underskrift*",
  NULL };
/* The EU-US Privacy Shield (Commission decision 2016/1250), invalid since the CJEU's judgment C-311/18
   ("Schrems II") of 16 July 2020; the EU-US Data Privacy Framework (decision 2023/1795) replaced it for
   certified US organisations. */
static const char *const privacy_shield[] = {
  "privacy shield*", "privacy-shield*", "tietosuojakilp*", "yksityisyydensuojajärjestel*|yksityisyydensuoja-järjestel*",
  "integritetssköld*", NULL };
/* A sentence that tells the Privacy Shield's history rather than relies on it. */
static const char *const shield_history[] = {
  "korva*|kumo*|mitätö*|pätemät*|aiemp*|enää", "replaced|replaces|invalid*|annulled|struck|former|formerly",
  "no longer",
  "ersatt*|ersätter|ogiltig*|upphävd*|tidigare", "inte längre", NULL };
/* Cookie tools and kinds that are not strictly necessary (917/2014 205 §: they need consent). */
static const char *const tracking_cookies[] = {
  "google analytics", "google tag manager", "facebook|meta pixel*|pikseli*", "facebook-pikseli*|meta-pikseli*",
  "markkinointieväst*|seurantaeväst*|analytiikkaeväst*|mainoseväst*|kohdennuseväst*",
  "analytics|marketing|tracking|advertising|targeting cookie*", "hotjar", "linkedin insight", NULL };
/* What shows that consent for cookies is asked: consent, a cookie banner or cookie settings. */
static const char *const cookie_consent_words[] = {
  "suostum*|suostumu*|hyväksy*|hyväksynn*|evästeasetu*|evästebanner*|evästeilmoitu*",
  "consent*|accept*", "cookie settings|banner*", "samtyck*|godkänn*|cookieinställning*|cookiebanner*", NULL };
/* Erasure refused: "tietoja ei voida poistaa", "lainsäädäntö ei salli poistamista", "cannot be deleted". */
static const char *const erasure_words[] = { "poist*|poisto*|hävit*", "delet*|eras*|remov*", NULL };
static const char *const erasure_blocked[] = {
  "ei voida|voi|saa|sallita|salli", "eivät voi|salli", "ei ole mahdollis*", "estä*|estää|estävät",
  "cannot|can't", "can|may not", "not possible|allowed|permitted", "prevent*|prohibit*|override*", NULL };
/* Erasing cookies in the browser is another matter. */
static const char *const erasure_other[] = { "eväst*|selai*", "cookie*|browser*", NULL };

static const char *const once_a_year[] = {
  "kerran vuodes*", "kerran vuodessa", "vuoden välein", "kerran 12 kuukau*", "once a|per|every year",
  "once in a year", "once every 12 months", "en gång per|om|i år|året", NULL };
static const char *const fee_words[] = {
  "maksu*|maksut*|maksuto*|veloit*|ilmai*|korvau*|kustannu*", "free|charge*|fee|fees|cost*",
  "avgift*|avgiftsfri*|kostnad*|kostnadsfri*|gratis", NULL };
static const char *const transfer_exception[] = {
  "ellei|paitsi|poikkeuksellisesti|tarvittaessa", "lukuun ottamatta", "voida* siirt*|siirtää",
  "saateta* siirt*", "unless|except|exceptionally", "may be transferred", "can be transferred", NULL };
static const char *const outside_eea[] = { "ulkopuol*", "kolmansi* mai*|maih*", "outside", "third countr*", "utanför",
  "tredje land|länder", NULL };
static const char *const cookie_words[] = { "eväst*|seurantapikse*", "cookie*|pixel*", "cookie*|kaka|kakor|kakorna",
  NULL };
static const char *const non_essential_cookies[] = {
  "analyti*|analyso*|analysoi*|markkinoin*|markkinointi*|mainon*|mainos*|kohdenn*|kohdent*|seuranta*|"
  "seurann*|tilasto*|kävijäseuran*", "analytics|marketing|advertis*|targeting|tracking|statistics",
  "analys*|marknadsföring*|reklam*|spårning*|statistik*|analyscookie*|marknadsföringscookie*", NULL };
static const char *const consent_words[] = { "suostum*|suostumu*", "consent*", "samtyck*", NULL };

/* ---------- simple rules: a phrase found is a finding ---------- */

/* Reports the first phrase of the rule's list found in the text, quoting it. */
static void rule_phrase(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  struct text_hit h;
  if (!text_find_any(t->ix, 0, t->ix->n, r->patterns, &h))
    return;
  char *q = check_quote(t->text, h.off, h.len);
  check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
  free(q);
}

/* Reports every phrase of the rule's list found in the text (each a separate leftover). */
static void rule_phrases(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  for (size_t i = 0; r->patterns[i]; i++) {
    struct text_hit h;
    if (!text_find(t->ix, 0, t->ix->n, r->patterns[i], &h))
      continue;
    char *q = check_quote(t->text, h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
  }
}

/* True when the check already holds this finding (the same detail missing, found in the other language). */
static bool already_found(const struct check_ctx *c, const char *section, const char *rule, const char *a1)
{
  for (size_t i = 0; i < c->out->n; i++) {
    const struct check_finding *x = &c->out->v[i];
    if (strcmp(x->section, section) == 0 && strcmp(x->rule, rule) == 0 && x->arg[0] && strcmp(x->arg[0], a1) == 0)
      return true;
  }
  return false;
}

/* Reports each detail a text refers to ({controller} and the like) that the document lacks, in plain
   words and once per section: a missing name is missing in both languages alike. A detail kept per
   language (the register's name) is reported with the language it is missing in. */
/* Reports the first word in braces ("{privacy_page}") that is no detail the notice knows how to fill. */
static void rule_unknown_braces(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  for (const char *p = t->text; (p = strchr(p, '{')) != NULL; p++) {
    size_t n = 1;
    while (islower((unsigned char)p[n]) || p[n] == '_')
      n++;
    char *name = n > 1 && p[n] == '}' ? xasprintf("%.*s", (int)(n - 1), p + 1) : NULL;
    bool unknown = name && render_placeholder_index(name) < 0;
    free(name);
    if (unknown) {
      char *q = check_quote(p, 0, n + 1);
      check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang,
                N_("the text has \"%s\" in braces, which the notice cannot fill in; write the detail itself"),
                q, NULL);
      free(q);
      return;
    }
  }
}

static void rule_placeholder(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  unsigned gaps = 0;
  free(render_fill(c->doc, t->lang, t->text, FILL_KEEP, &gaps));
  rule_unknown_braces(c, r, t);
  for (int i = 0; gaps >> i; i++) {
    if (!(gaps & (1u << i)) || check_cookie_tool_gap(c, t->sec->schema->id, i))
      continue;
    char *what = render_gap_words(i);
    bool per_lang = i == render_placeholder_index("register");
    const char *sec = t->sec->schema->id;
    if (per_lang)
      check_add(c, sec, r->severity, r->id, r->gdpr, (int)t->lang,
                N_("%s in the %s text; the text refers to it, so fill it in"), what,
                lang_name(t->lang));
    else if (!already_found(c, sec, r->id, what))
      check_add(c, sec, r->severity, r->id, r->gdpr, -1, r->msgid, what, NULL);
    free(what);
  }
}

/* True when the section is the one that states the retention period (by its GDPR item). */
static bool is_retention_section(const struct doc_section *s)
{
  return s->schema->gdpr && strcmp(s->schema->gdpr, "13(2)(a)") == 0;
}

/* Reports a retention stated as "indefinitely" in a sentence that gives no criterion. */
static void rule_retention(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  size_t pos = 0, st, n;
  bool retention = is_retention_section(t->sec) || t->field == CHECK_FIELD_ROW_RETENTION;
  if (!text_may_have(t->ix, r->patterns))
    return;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    struct text_hit h;
    if (!text_find_any(t->ix, st, n, r->patterns, &h))
      continue;
    if (!retention && !text_find_any(t->ix, st, n, retention_words, NULL))
      continue;
    if (text_find_any(t->ix, st, n, retention_criteria, NULL))
      continue;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

/* Reports the first sentence with one of the rule's phrases and its context, without its "unless" words. */
static void rule_sentence(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  size_t pos = 0, st, n;
  if (!text_may_have(t->ix, r->patterns) || (r->context && !text_may_have(t->ix, r->context)))
    return;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    struct text_hit h;
    if (!text_find_any(t->ix, st, n, r->patterns, &h) || (r->context && !text_find_any(t->ix, st, n, r->context, NULL)) ||
        (r->unless && text_find_any(t->ix, st, n, r->unless, NULL)))
      continue;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

/* A transfers section that chose "no transfers" but whose text allows exceptions. */
static void rule_transfer_exception(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (strcmp(t->sec->schema->id, "transfers") == 0 && check_no_transfers(c))
    rule_sentence(c, r, t);
}

/* True when no cookie item is ticked: the cookies section is empty, marked "no cookies" or not in force. */
static bool no_cookie_ticked(const struct check_ctx *c)
{
  const struct doc_section *k = doc_section(c->doc, "cookies");
  return !k || k->nitems == 0 || !check_in_force(c, k);
}

/* 917/2014 205 §: a text that tells of analytics or marketing cookies (or names such a tool) while the
   notice does not say that they are used with consent: in the cookies section, its text says nothing of
   consent; elsewhere (an imported notice's text under another heading), no cookie item is ticked and no
   sentence of the notice speaks of cookies and consent together. */
static void rule_cookie_consent(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (strcmp(t->sec->schema->id, "cookies") == 0) {
    if (!text_find_any(t->ix, 0, t->ix->n, consent_words, NULL))
      rule_sentence(c, r, t);
    return;
  }
  struct text_hit h;
  if (!no_cookie_ticked(c) || (!text_may_have(t->ix, tracking_cookies) &&
                               !(text_may_have(t->ix, non_essential_cookies) && text_may_have(t->ix, cookie_words))))
    return;
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    if (!text_find_any(t->ix, st, n, tracking_cookies, &h) &&
        !(text_find_any(t->ix, st, n, non_essential_cookies, &h) && text_find_any(t->ix, st, n, cookie_words, NULL)))
      continue;
    /* read the whole notice only for a text that tells of such cookies */
    if (check_notice_says(c, (int)t->lang, cookie_words, cookie_consent_words))
      return;
    char *q = check_quote(t->text, st + h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang,
              N_("the text tells of cookies or tracking for \"%s\", but no cookie is ticked in the cookies "
                 "section and the notice does not say that they are used only with the visitor's consent; "
                 "tick each cookie tool you use and ask consent before setting cookies that are not strictly "
                 "necessary (Act on Electronic Communications Services 917/2014, section 205)"), q, NULL);
    free(q);
    return;
  }
}

/* True when the folded word w[0..n) names a law: "kirjanpitolaki", "arkistolain", "lain", "Act". */
static bool law_word(const char *w, size_t n)
{
  static const char *const ends[] = { "laki", "lain", "lakia", "laissa", "lakiin", "laista", "lakien", "laeissa",
  NULL };
  for (size_t i = 0; ends[i]; i++) {
    size_t e = strlen(ends[i]);
    if (n >= e && memcmp(w + n - e, ends[i], e) == 0)
      return true;
  }
  return (n == 3 && memcmp(w, "act", 3) == 0) || (n == 4 && memcmp(w, "acts", 4) == 0);
}

/* True when the folded text names a specific law: an act by name or its number ("1336/1997"). A bare
   "laki" or "lainsäädäntö" names none. */
static bool names_law(const char *f)
{
  for (size_t i = 0; f[i];) {
    size_t n = 0;
    while (text_word_byte((unsigned char)f[i + n]))
      n++;
    if (n == 0) {
      i++;
      continue;
    }
    const char *w = f + i, *slash = memchr(w, '/', n);
    bool number = slash && slash > w && isdigit((unsigned char)w[0]) && isdigit((unsigned char)slash[1]);
    bool bare = (n == 4 && memcmp(w, "laki", 4) == 0) || (n == 4 && memcmp(w, "lain", 4) == 0);
    if (number || (law_word(w, n) && !bare))
      return true;
    i += n;
  }
  return false;
}

/* How far before the erasure word the refusal may stand, in bytes ("ei salli tietojen poistamista"). */
#define REFUSAL_SPAN 40

/* True when the folded sentence s[0..n), at st in the text ix indexes, refuses erasure: a refusal ("ei
   voida", "cannot", "estää") shortly before an erasure word; *what gets the erasure word, *refusal the
   refusal (offsets in s). */
static bool refused_erasure(const struct text_index *ix, size_t st, size_t n, struct text_hit *what,
                            struct text_hit *refusal)
{
  const char *s = ix->s + st;
  for (size_t i = 0; erasure_words[i]; i++)
    for (size_t off = 0; off < n && text_find(ix, st + off, n - off, erasure_words[i], what);) {
      what->off += off;
      size_t from = what->off > REFUSAL_SPAN ? what->off - REFUSAL_SPAN : 0;
      while (from > 0 && from < what->off && text_word_byte((unsigned char)s[from - 1]))
        from++; /* start at a word */
      if (text_find_any(ix, st + from, what->off - from, erasure_blocked, refusal)) {
        refusal->off += from;
        return true;
      }
      off = what->off + what->len;
    }
  return false;
}

/* GDPR 17(3)(b): a text saying that data cannot be erased ("lainsäädäntö ei salli tietojen poistamista")
   that names no law obliging to keep it (a text naming the act, "kirjanpitolain mukaan säilytettävät
   tositteet", is the stock text's explanation of the exception; its period is the retention section's). */
static void rule_erasure_blocked(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (!text_may_have(t->ix, erasure_words) || !text_may_have(t->ix, erasure_blocked))
    return;
  if (names_law(t->folded)) /* the period it sets belongs to the retention section */
    return;
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    struct text_hit h, b;
    if (text_find_any(t->ix, st, n, erasure_other, NULL) || !refused_erasure(t->ix, st, n, &h, &b))
      continue;
    size_t from = b.off, to = h.off + h.len;
    char *q = check_quote(t->text, st + from, to - from);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

/* ---------- the table ---------- */

static const struct text_rule rules[] = {
  { "repealed_law", CHECK_ERROR, NULL, repealed_personal_data_act, NULL, NULL,
    N_("refers to the repealed Personal Data Act (henkilötietolaki 523/1999): \"%s\"; refer to the GDPR and "
       "the Data Protection Act (tietosuojalaki 1050/2018) instead"), rule_phrase },
  { "repealed_law", CHECK_ERROR, NULL, repealed_ecomms_privacy_act, NULL, NULL,
    N_("refers to the repealed Act on the Protection of Privacy in Electronic Communications (516/2004): "
       "\"%s\"; the law now is the Act on Electronic Communications Services (917/2014)"), rule_phrase },
  { "old_authority_address", CHECK_ERROR, "13(2)(d)", old_authority_address, NULL, NULL,
    N_("gives the data protection authority's old address (\"%s\"); remove it: the complaint section "
       "gives the authority's current contact details"), rule_phrase },
  { "template_leftover", CHECK_ERROR, NULL, template_placeholders, NULL, NULL,
    N_("template text left in: \"%s\"; replace it with the real detail"), rule_phrases },
  { "template_typo", CHECK_WARNING, NULL, template_typos, NULL, NULL,
    N_("\"%s\" looks like a typo copied from a shared template"), rule_phrases },
  { "other_organisation", CHECK_WARNING, NULL, NULL, NULL, NULL,
    N_("names another organisation, \"%s\", in a section about the controller's own processing (the "
       "controller is %s); if the text was copied from another organisation's notice, put your own name in "
       "its place; if that organisation receives the data, name it under recipients or service providers and "
       "say its role: does it process the data for you, or use it for its own purposes"), check_rule_other_org },
  { "placeholder", CHECK_ERROR, NULL, NULL, NULL, NULL,
    N_("%s; the text refers to it, so fill it in"), rule_placeholder },
  { "retention_indefinite", CHECK_ERROR, "13(2)(a)", indefinite, NULL, NULL,
    N_("retention is stated as \"%s\" without a period or the criteria that decide it"), rule_retention },
  { "legal_basis_mismatch", CHECK_WARNING, "13(1)(c)", NULL, NULL, NULL,
    N_("the text states \"%s\" as the legal basis, but no purpose rests on it (the purposes rest on %s); "
       "correct the text or add the purpose with that basis"), check_rule_basis },
  /* GDPR 20(1)(a): portability applies only to processing based on consent or a contract. */
  { "portability_not_applicable", CHECK_WARNING, "20(1)", NULL, NULL, NULL,
    N_("the text promises the right to data portability (\"%s\"), but no purpose rests on consent or a "
       "contract, so the right does not apply; remove the promise or correct the purposes"),
    check_rule_portability },
  { "signed_request", CHECK_WARNING, "12(2)", signed_request, request_words, NULL,
    N_("asks for a signed request (\"%s\"), as the repealed Personal Data Act did; under the GDPR people may "
       "make requests in any form, for example by e-mail, and you must make that easy"), rule_sentence },
  /* GDPR 12(2), 15; henkilötietolaki 523/1999 26 § asked a written, signed request. */
  { "signed_request", CHECK_WARNING, "12(2)", written_request, request_words, other_forms,
    /* the signed row above reports a sentence that asks for both */
    N_("asks for the request in writing (\"%s\"), as the repealed Personal Data Act did; under the GDPR "
       "people may make requests in any form, for example by e-mail or by phone, so say how they can do so"),
    rule_sentence },
  /* CJEU C-311/18 (16.7.2020) annulled the Privacy Shield decision 2016/1250; GDPR 44-46. */
  { "privacy_shield", CHECK_ERROR, "45", privacy_shield, NULL, shield_history,
    N_("relies on the EU-US Privacy Shield (\"%s\"), which the Court of Justice of the EU declared invalid on "
       "16 July 2020 (case C-311/18); if the US recipient is certified under the EU-US Data Privacy Framework, "
       "tick that under transfers, otherwise name another safeguard such as standard contractual clauses"),
    rule_sentence },
  /* GDPR 17(3)(b): data may be kept despite an erasure request only to comply with a legal obligation. */
  { "erasure_blocked", CHECK_WARNING, "17(3)", NULL, NULL, NULL,
    N_("says that data cannot be erased (\"%s\") without naming the law that requires keeping it and for "
       "how long; the right to erasure gives way only to a specific legal obligation, so name the act and "
       "its period (for example the Accounting Act: vouchers 6 years) or remove the claim"),
    rule_erasure_blocked },
  { "access_once_a_year", CHECK_ERROR, "15(3)", once_a_year, fee_words, NULL,
    N_("limits free access to the data to \"%s\", as the repealed Personal Data Act did; under the GDPR the "
       "first copy is always free, and a reasonable fee may be charged only for further copies"), rule_sentence },
  { "transfer_exception", CHECK_WARNING, "13(1)(f)", transfer_exception, outside_eea, NULL,
    N_("the notice says that no data leaves the EU/EEA, but the text allows exceptions (\"%s\"); if data can "
       "be transferred, tick the transfer mechanism that applies so that the notice names its safeguard"),
    rule_transfer_exception },
  /* GDPR 13(1)(f): a provider outside the EU/EEA, even one named "for example", is a transfer the notice
     must state; "no transfers" then is false. */
  { "non_eu_service", CHECK_ERROR, "13(1)(f)", NULL, NULL, NULL,
    N_("names \"%s\", a service whose provider is established outside the EU/EEA, but the transfers section "
       "says that no data leaves the EU/EEA; find out where the service processes the data and, if outside "
       "the EU/EEA, add it to the service providers and tick its transfer mechanism (a tool named only as an "
       "example counts too)"),
    check_rule_non_eu_tool },
  /* GDPR 13(1)(f), 26(2): an ad-pixel platform (a joint controller) that may process data outside the EU/EEA. */
  { "processing_outside_eea", CHECK_ERROR, "13(1)(f)", NULL, NULL, NULL,
    N_("says that data may be processed outside the EU/EEA (\"%s\"), but the transfers section says that no "
       "data leaves the EU/EEA; tick the transfer mechanism that applies and name its safeguard"),
    check_rule_outside_eea },
  /* GDPR 13(1)(e) and, for ad pixels, 26(2): the notice names the tools and providers actually used. */
  { "tool_as_example", CHECK_WARNING, "13(1)(e)", NULL, NULL, NULL,
    N_("names a tool only as an example (\"%s\"); readers cannot tell which tool you use, so name the tool "
       "actually used and its provider"), check_rule_example_tool },
  /* GDPR 9(1)-(2): special categories may be processed only under a condition of Art. 9(2). */
  { "special_category", CHECK_WARNING, "9(2)", NULL, NULL, NULL,
    N_("lists \"%s\", a special category of personal data (GDPR Article 9(1)), but the notice states no "
       "condition of Article 9(2) that allows processing it, such as explicit consent; state the condition, or "
       "remove the item if you do not process such data"), check_rule_special_category },
  /* Tietosuojalaki (1050/2018) 29 §: when the personal identity code may be processed. */
  { "identity_code", CHECK_WARNING, NULL, NULL, NULL, NULL,
    N_("lists the personal identity code (\"%s\"), which may be processed only as section 29 of the Data "
       "Protection Act (tietosuojalaki 1050/2018) allows, for example when identifying the person reliably is "
       "necessary; state that ground, or remove the item if you do not process the code"),
    check_rule_identity_code },
  { "cookie_consent", CHECK_WARNING, NULL, non_essential_cookies, cookie_words, NULL,
    N_("the text tells of cookies used for \"%s\" but not that they are used only with the visitor's consent; "
       "such cookies need prior consent (Act on Electronic Communications Services 917/2014, section 205), "
       "and browser settings alone are not consent"), rule_cookie_consent },
};

/* Runs every text rule on one text of the corpus. */
static void run_text(struct check_ctx *c, const struct check_text *k)
{
  struct text_at t = { k->sec, k->lang, k->text, k->folded, &k->ix, k->row, k->field };
  for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
    rules[i].fn(c, &rules[i], &t);
}

/* Runs the repealed-law rules on the title an imported notice had ("Henkilötietolain (523/99) 10 §:n
   mukainen rekisteriseloste"), as the register name's text: the title is the notice's too. */
static void run_title(struct check_ctx *c)
{
  const struct doc_section *s = doc_section(c->doc, "register_name");
  int l = 0;
  while (l < LANG_COUNT && !c->lang[l]) /* the title is the first language's checked */
    l++;
  if (str_blank(c->doc->title) || !s || l == LANG_COUNT)
    return;
  char *nfc = nfc_copy(c->doc->title, strlen(c->doc->title), NULL);
  char *folded = text_fold(nfc);
  struct text_index ix;
  text_index_make(&ix, folded);
  struct text_at t = { s, (enum doc_lang)l, nfc, folded, &ix, NULL, CHECK_FIELD_TEXT };
  for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
    if (strcmp(rules[i].id, "repealed_law") == 0)
      rules[i].fn(c, &rules[i], &t);
  text_index_free(&ix);
  free(folded);
  free(nfc);
}

void check_rules_run(struct check_ctx *c)
{
  run_title(c);
  for (size_t i = 0; i < c->corpus.n; i++) {
    const struct check_text *k = &c->corpus.v[i];
    if (k->in_force && k->sec->schema->kind != SCHEMA_DATE && c->lang[k->lang])
      run_text(c, k);
  }
  check_needs_run(c);
}

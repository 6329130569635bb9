/* Contact details in a notice: well-formed addresses, numbers and business IDs, spelt the same everywhere. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check_facts.h"
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "util.h"

/* An e-mail address or phone number and where it was seen. */
struct seen {
  char *value;        /* lower-cased address, or digits of a number */
  char *shown;        /* as written */
  const char *section;
  int lang;
};

/* Every address and number seen, for comparing spellings. */
struct seen_list {
  struct seen *v;
  size_t n, cap;
};

/* Remembers one occurrence. */
static void seen_add(struct seen_list *l, const char *value, const char *shown, const char *section, int lang)
{
  if (l->n == l->cap)
    l->v = xrealloc(l->v, (l->cap = l->cap ? l->cap * 2 : 16) * sizeof *l->v);
  l->v[l->n++] = (struct seen){ xstrdup(value), xstrdup(shown), section, lang };
}

/* Frees the list. */
static void seen_free(struct seen_list *l)
{
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].value);
    free(l->v[i].shown);
  }
  free(l->v);
}

/* Lower-cased copy of an ASCII address. */
static char *lower(const char *s)
{
  char *o = xstrdup(s);
  for (char *p = o; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  return o;
}

/* Checks the contact fields of one section. */
static void check_fields(struct check_ctx *c, const struct doc_section *s, struct seen_list *mails,
                         struct seen_list *phones)
{
  const char *id = s->schema->id, *g = s->schema->gdpr;
  const char *bid = s->field[FIELD_BUSINESS_ID], *mail = s->field[FIELD_EMAIL];
  const char *phone = s->field[FIELD_PHONE], *web = s->field[FIELD_WEBSITE];
  if (!str_blank(bid) && facts_business_id(bid) == BID_FORM)
    check_add(c, id, CHECK_ERROR, "business_id", g, -1,
              N_("the business ID \"%s\" is not in the form 1234567-1"), bid, NULL);
  else if (!str_blank(bid) && facts_business_id(bid) == BID_CHECK_DIGIT)
    check_add(c, id, CHECK_ERROR, "business_id", g, -1,
              N_("the business ID %s has a wrong check digit; copy it from the Trade Register (ytj.fi)"), bid, NULL);
  if (!str_blank(mail)) {
    enum facts_email e = facts_email(mail);
    if (e == EMAIL_BAD)
      check_add(c, id, CHECK_ERROR, "email", g, -1, N_("the e-mail address \"%s\" is malformed"), mail, NULL);
    else if (e == EMAIL_OBFUSCATED)
      check_add(c, id, CHECK_WARNING, "email", g, -1,
                N_("the e-mail address \"%s\" is disguised; write it as name@example.fi so people can use it"),
                mail, NULL);
    char *low = lower(mail);
    if (e == EMAIL_OK)
      seen_add(mails, low, mail, id, -1);
    free(low);
  }
  if (!str_blank(phone) && !facts_phone_valid(phone))
    check_add(c, id, CHECK_WARNING, "phone", g, -1,
              N_("\"%s\" does not look like a phone number (for example 09 123 4567 or +358 40 123 4567)"),
              phone, NULL);
  else if (!str_blank(phone)) {
    char d[32];
    facts_phone_digits(phone, d);
    seen_add(phones, d, phone, id, -1);
  }
  if (!str_blank(web) && !facts_url_has_scheme(web))
    check_add(c, id, CHECK_WARNING, "url_scheme", NULL, -1,
              N_("the web address \"%s\" lacks https:// at the start, so it cannot be followed as a link"), web, NULL);
}

/* Checks the e-mail addresses written in a text, and remembers them. */
static void check_text_mails(struct check_ctx *c, const struct doc_section *s, int l, struct seen_list *mails)
{
  const char *t = s->text[l];
  size_t pos = 0, st, n;
  bool obf;
  while (facts_next_email(t, &pos, &st, &n, &obf)) {
    char *q = check_quote(t, st, n);
    if (obf)
      check_add(c, s->schema->id, CHECK_WARNING, "email", NULL, l,
                N_("the e-mail address \"%s\" is disguised; write it as name@example.fi so people can use it"), q,
                NULL);
    else if (facts_email(q) == EMAIL_BAD)
      check_add(c, s->schema->id, CHECK_ERROR, "email", NULL, l, N_("the e-mail address \"%s\" is malformed"), q,
                NULL);
    else {
      char *low = lower(q);
      seen_add(mails, low, q, s->schema->id, l);
      free(low);
    }
    free(q);
  }
}

/* Labels that introduce a Finnish business ID in a text, folded. */
static const char *const bid_labels[] = { "y-tunnus", "y-tunnuksella", "y-tunnuksemme", "ly-tunnus", "yritystunnus",
                                          "business id", "business identity code", NULL };

enum { BID_LABELS_MAX = 16 };

/* Where each label of bid_labels was last found in one text (NULL: no more of it), so that each is
   searched for once per occurrence, not once per label found: a text of 20,000 IDs took minutes. */
struct bid_scan {
  const char *next[BID_LABELS_MAX];
  bool searched[BID_LABELS_MAX];
};

/* Start of the next business-ID label in folded text f at or after from, its length in *n; NULL when
   none. The scan remembers each label's next occurrence, so the whole text is read a bounded number
   of times. */
static const char *next_bid_label(struct bid_scan *sc, const char *f, const char *from, size_t *n)
{
  const char *best = NULL;
  for (size_t i = 0; bid_labels[i] && i < BID_LABELS_MAX; i++) {
    const char *p = sc->next[i];
    if (!sc->searched[i] || (p && p < from)) {
      p = strstr(from, bid_labels[i]);
      while (p && p > f && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80 || p[-1] == '-'))
        p = strstr(p + 1, bid_labels[i]); /* "ly-tunnus" is not "y-tunnus" */
      sc->next[i] = p;
      sc->searched[i] = true;
    }
    if (p && (!best || p < best || (p == best && strlen(bid_labels[i]) > *n))) {
      best = p;
      *n = strlen(bid_labels[i]);
    }
  }
  return best;
}

/* Business IDs introduced by a label but not in the form 1234567-1: wrong length, no dash
   ("Y-tunnus 12345678", "Y-tunnus: 123456-7"). The register and the Trade Register Act (129/1979) give
   the ID as seven digits, a dash and a check digit. */
static void check_text_bid_forms(struct check_ctx *c, const struct doc_section *s, const char *text, int l)
{
  char *f = text_fold(text);
  size_t n = 0;
  struct bid_scan sc = { { NULL }, { false } };
  for (const char *p = f; (p = next_bid_label(&sc, f, p, &n)) != NULL;) {
    const char *v = p + n;
    while (*v == ':' || *v == ' ' || *v == '\t')
      v++;
    size_t len = strspn(v, "0123456789-");
    while (len && v[len - 1] == '-')
      len--;
    p = v + len;
    if (len == 0 || !isdigit((unsigned char)v[0]) || isalnum((unsigned char)v[len]))
      continue;
    char *q = check_quote(text, (size_t)(v - f), len);
    if (facts_business_id(q) == BID_FORM)
      check_add(c, s->schema->id, CHECK_ERROR, "business_id", NULL, l,
                N_("the business ID \"%s\" is not in the form 1234567-1 (seven digits, a dash and a check digit); "
                   "copy it from the Trade Register (ytj.fi)"), q, NULL);
    free(q);
  }
  free(f);
}

/* Checks business IDs and web addresses written in a text, and remembers phone numbers. */
static void check_text_facts(struct check_ctx *c, const struct doc_section *s, int l, struct seen_list *phones)
{
  const char *t = s->text[l];
  size_t pos = 0, st, n;
  while (facts_next_business_id(t, &pos, &st, &n)) {
    char *q = check_quote(t, st, n);
    if (facts_business_id(q) != BID_OK)
      check_add(c, s->schema->id, CHECK_ERROR, "business_id", NULL, l,
                N_("the business ID %s has a wrong check digit; copy it from the Trade Register (ytj.fi)"), q, NULL);
    free(q);
  }
  for (pos = 0; facts_next_bare_url(t, &pos, &st, &n);) {
    char *q = check_quote(t, st, n);
    check_add(c, s->schema->id, CHECK_WARNING, "url_scheme", NULL, l,
              N_("the web address \"%s\" lacks https:// at the start, so it cannot be followed as a link"), q, NULL);
    free(q);
    break;
  }
  for (pos = 0; facts_next_phone(t, &pos, &st, &n);) {
    char *q = check_quote(t, st, n), d[32];
    facts_phone_digits(q, d);
    seen_add(phones, d, q, s->schema->id, l);
    free(q);
  }
}

/* True when a and b are two spellings of one e-mail address: different, but by at most two letters. */
static bool mail_near(const char *a, const char *b)
{
  const char *at = strchr(a, '@');
  return strcmp(a, b) != 0 && at && at - a >= 4 && facts_distance(a, b) <= 2;
}

/* True when two phone numbers differ by one digit (a typo, not another number). */
static bool phone_near(const char *a, const char *b)
{
  return strcmp(a, b) != 0 && strlen(a) >= 7 && facts_distance(a, b) == 1;
}

/* How many addresses (or numbers) of a notice are compared with each other. A notice names a few;
   comparing every pair of a text naming thousands made the check quadratic in its length. */
#define COMPARE_MAX 200

/* Reports each of the first COMPARE_MAX occurrences that is a near miss of an earlier, different spelling. */
static void compare(struct check_ctx *c, const struct seen_list *l, bool (*near)(const char *, const char *),
                    const char *rule, const char *msgid)
{
  for (size_t i = 1; i < l->n && i < COMPARE_MAX; i++)
    for (size_t j = 0; j < i; j++) {
      if (!near(l->v[i].value, l->v[j].value))
        continue;
      bool repeat = false;
      for (size_t k = 0; k < i && !repeat; k++)
        repeat = strcmp(l->v[k].value, l->v[i].value) == 0 && strcmp(l->v[k].section, l->v[i].section) == 0;
      if (!repeat)
        check_add(c, l->v[i].section, CHECK_WARNING, rule, NULL, l->v[i].lang, msgid, l->v[i].shown,
                  l->v[j].shown);
      break;
    }
}

void check_contacts_run(struct check_ctx *c)
{
  struct seen_list mails = { 0 }, phones = { 0 };
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &c->doc->sec[i];
    if (!check_in_force(c, s))
      continue;
    if (s->schema->kind == SCHEMA_CONTACT)
      check_fields(c, s, &mails, &phones);
    for (int f = 0; s->schema->kind == SCHEMA_CONTACT && f < FIELD_COUNT; f++)
      if (f != FIELD_BUSINESS_ID && !str_blank(s->field[f])) /* an imported "Y-tunnus 1234567" in the address */
        check_text_bid_forms(c, s, s->field[f], -1);
    for (int l = 0; l < LANG_COUNT; l++)
      if (c->lang[l] && !str_blank(s->text[l])) {
        check_text_mails(c, s, l, &mails);
        check_text_facts(c, s, l, &phones);
        check_text_bid_forms(c, s, s->text[l], l);
      }
  }
  compare(c, &mails, mail_near, "email_mismatch",
          N_("the e-mail address %s differs slightly from %s given elsewhere in the notice; use one spelling"));
  compare(c, &phones, phone_near, "phone_mismatch",
          N_("the phone number %s differs by one digit from %s given elsewhere in the notice"));
  seen_free(&mails);
  seen_free(&phones);
}

/* Tools and providers named in a notice: those outside the EU/EEA against "no transfers", and tools
   named only as examples. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "util.h"

/* Services whose provider is established outside the EU/EEA (the US mostly), by folded name. */
static const char *const non_eu_services[] = {
  "google*", "gmail*", "youtube*", "hubspot*", "mailchimp*", "facebook*", "meta pixel*", "meta platforms",
  "instagram*", "whatsapp*", "linkedin*", "microsoft*", "office 365", "azure", "salesforce*", "pardot",
  "marketo", "zoom|zoomi*", "dropbox*", "amazon web services", "aws", "zendesk*", "slack|slacki*",
  "tiktok*", "vimeo*", "calendly*", "zapier*", "twitter*", "pinterest*", "snapchat*", "klaviyo*",
  "activecampaign*", "sendgrid*", "twilio*", "trello*", "shopify*", NULL };
/* Tools whose provider is in the EU/EEA: still a tool a notice must name rather than suggest. */
static const char *const eu_tools[] = { "matomo*", "plausible", "hotjar*", NULL };
/* Words that offer what follows as an example only. */
static const char *const as_example[] = { "esimerki*|esim", "for example|instance", "=e.g.", NULL };
/* Phrases that place processing outside the EU/EEA. */
static const char *const outside_eea[] = { "ulkopuol*", "outside", "kolmansi* mai*|maih*", "third countr*", NULL };
/* What makes "outside" about the EU/EEA (a third country needs no more). */
static const char *const eea_words[] = {
  "eu|eta|eea|ety|eu/eta|eu/eea|eu/ety|euroopa*|european|eu-alue*|eta-alue*|ety-alue*|eu-mai*|eta-mai*", "kolmansi*",
  "third", NULL };
/* A sentence that denies rather than states. */
static const char *const denial[] = { "ei|eikä|eivät|emme|en", "not|never|don't|doesn't", NULL };

/* The hit widened over up to two following words of the original text that start with a capital or a
   digit, so that a quote names the product ("Google Analytics", "Microsoft 365"), not just the brand. */
static struct text_hit name_extent(const char *text, struct text_hit h)
{
  size_t e = h.off + h.len;
  bool shouting = h.len > 1 && text[h.off + 1] >= 'A' && text[h.off + 1] <= 'Z'; /* "GOOGLE ANALYTICS Sivulta" */
  for (int words = 0; words < 2 && text[e] == ' '; words++) {
    unsigned char c = (unsigned char)text[e + 1], c2 = (unsigned char)text[e + 2];
    if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9'))
      break;
    if (shouting && text_word_byte(c2) && !(c2 >= 'A' && c2 <= 'Z') && !(c2 >= '0' && c2 <= '9'))
      break;
    e++;
    while (text_word_byte((unsigned char)text[e]))
      e++;
  }
  h.len = e - h.off;
  return h;
}

/* End of the window in which an example's tool must begin: the first three words after s[from]. */
static size_t window_end(const char *s, size_t n, size_t from)
{
  size_t i = from;
  for (int words = 0; i < n; i++)
    if (text_word_byte((unsigned char)s[i]) && (i == 0 || !text_word_byte((unsigned char)s[i - 1])) && ++words > 3)
      break;
  return i;
}

/* The earliest tool of list in the indexed text's s[from..n) that begins before s[lim]; hit gets where. */
static bool tool_near(const struct text_index *ix, size_t n, size_t from, size_t lim, const char *const *list,
                      struct text_hit *hit)
{
  bool found = false;
  for (size_t i = 0; list[i]; i++) {
    struct text_hit h;
    if (text_find(ix, from, n - from, list[i], &h) && from + h.off < lim && (!found || from + h.off < hit->off)) {
      *hit = (struct text_hit){ from + h.off, h.len };
      found = true;
    }
  }
  return found;
}

/* The first tool named right after an example word in the indexed text; hit spans the example word and
   the tool. */
static bool example_tool(const struct text_index *ix, struct text_hit *hit)
{
  struct text_hit m;
  size_t n = ix->n;
  for (size_t off = 0; off < n && text_find_any(ix, off, n - off, as_example, &m); off += m.off + m.len) {
    size_t from = off + m.off + m.len, lim = window_end(ix->s, n, from);
    struct text_hit t;
    if (tool_near(ix, n, from, lim, non_eu_services, &t) || tool_near(ix, n, from, lim, eu_tools, &t)) {
      *hit = (struct text_hit){ off + m.off, t.off + t.len - off - m.off };
      return true;
    }
  }
  return false;
}

void check_rule_example_tool(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  struct text_hit h; /* the whole text, not sentences: "esim." and "e.g." end a sentence for the splitter */
  if (!example_tool(t->ix, &h))
    return;
  h = name_extent(t->text, h);
  char *q = check_quote(t->text, h.off, h.len);
  check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
  free(q);
}

/* Countries outside the EU/EEA that transfer texts name most. */
static const char *const abroad[] = {
  "yhdysval*|usa|amerik*|britanni*|kiina*|intia*|kanada*|sveitsi*", "united states|kingdom", "us-*", NULL };

/* True when the folded sentence s[0..n) tells of data going outside the EU/EEA: "outside", a country
   there or a service provider established there. */
static bool tells_abroad(const char *s, size_t n)
{
  return text_match_any(s, n, outside_eea, NULL) || text_match_any(s, n, abroad, NULL) ||
         text_match_any(s, n, non_eu_services, NULL);
}

/* True when the folded text denies transfers: a sentence says that no data leaves the EU/EEA ("Tietoja ei
   siirretä EU:n ulkopuolelle") and no sentence without a denial tells of data going abroad ("Google
   Analytics voi siirtää tietoja Yhdysvaltoihin"). */
static bool text_denies(const char *folded)
{
  size_t pos = 0, st, n;
  bool denied = false;
  while (text_next_sentence(folded, &pos, &st, &n)) {
    const char *s = folded + st;
    bool no = text_match_any(s, n, denial, NULL);
    if (no && text_match_any(s, n, outside_eea, NULL) && text_match_any(s, n, eea_words, NULL))
      denied = true;
    else if (!no && tells_abroad(s, n))
      return false;
  }
  return denied;
}

/* True when the folded recipients text has a sentence that denies transfers outside the EU/EEA. */
static bool recipients_deny(const char *folded)
{
  size_t pos = 0, st, n;
  while (text_next_sentence(folded, &pos, &st, &n)) {
    const char *s = folded + st;
    if (text_match_any(s, n, denial, NULL) && text_match_any(s, n, outside_eea, NULL) &&
        text_match_any(s, n, eea_words, NULL))
      return true;
  }
  return false;
}

/* True when every published language of the transfers text (or, where it is empty, of the recipients
   text, where notices often say it) denies transfers; false when no such text is there. */
static bool transfers_denied(const struct check_ctx *c, const struct doc_section *s)
{
  const struct doc_section *r = doc_section(c->doc, "recipients");
  bool any = false;
  for (int l = 0; l < LANG_COUNT; l++) {
    const char *text = !str_blank(s->text[l]) ? s->text[l] : r && !str_blank(r->text[l]) ? r->text[l] : NULL;
    if (!c->lang[l] || !text)
      continue;
    char *f = text_fold(text);
    bool no = text == s->text[l] ? text_denies(f) : recipients_deny(f);
    free(f);
    if (!no)
      return false;
    any = true;
  }
  return any;
}

bool check_no_transfers(const struct check_ctx *c)
{
  return c->no_transfers;
}

bool check_no_transfers_work_out(const struct check_ctx *c)
{
  const struct doc_section *s = doc_section(c->doc, "transfers");
  if (!s || !doc_applies(c->doc, s))
    return false;
  if (s->not_applicable)
    return true;
  for (size_t i = 0; i < s->nitems; i++)
    if (schema_option(s->schema, s->items[i]))
      return false;
  return transfers_denied(c, s);
}

/* True when the quote of a tool (folded) is already reported for this text. */
static bool tool_reported(char **seen, size_t nseen, const char *q)
{
  for (size_t i = 0; i < nseen; i++)
    if (strcmp(seen[i], q) == 0)
      return true;
  return false;
}

void check_rule_non_eu_tool(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (!check_no_transfers(c))
    return;
  char *seen[8];
  size_t nseen = 0;
  for (size_t i = 0; non_eu_services[i] && nseen < 8; i++) {
    struct text_hit h;
    if (!text_find(t->ix, 0, t->ix->n, non_eu_services[i], &h))
      continue;
    char *key = check_quote(t->folded, h.off, h.len);
    if (tool_reported(seen, nseen, key)) {
      free(key);
      continue;
    }
    seen[nseen++] = key;
    h = name_extent(t->text, h);
    char *q = check_quote(t->text, h.off, h.len);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
  }
  for (size_t i = 0; i < nseen; i++)
    free(seen[i]);
}

void check_rule_outside_eea(struct check_ctx *c, const struct text_rule *r, const struct text_at *t)
{
  if (!check_no_transfers(c) || strcmp(t->sec->schema->id, "transfers") == 0 ||
      !text_may_have(t->ix, outside_eea) || !text_may_have(t->ix, eea_words))
    return;
  size_t pos = 0, st, n;
  while (text_next_sentence(t->folded, &pos, &st, &n)) {
    struct text_hit h;
    if (!text_find_any(t->ix, st, n, outside_eea, &h) || !text_find_any(t->ix, st, n, eea_words, NULL) ||
        text_find_any(t->ix, st, n, denial, NULL))
      continue;
    char *q = check_quote(t->text, st, n);
    check_add(c, t->sec->schema->id, r->severity, r->id, r->gdpr, (int)t->lang, r->msgid, q, NULL);
    free(q);
    return;
  }
}

/* The compliance check driver and the rules that come straight from the schema. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "check_impl.h"
#include "check_text.h"
#include "i18n.h"
#include "stock.h"
#include "util.h"

void check_add3(struct check_ctx *c, const char *section, enum check_severity sev, const char *rule,
                const char *gdpr, int lang, const char *msgid, const char *a1, const char *a2, const char *a3)
{
  struct check_findings *f = c->out;
  if (f->n == f->cap) /* doubling: a text of many malformed addresses gives a finding each */
    f->v = xrealloc(f->v, (f->cap = f->cap ? f->cap * 2 : 16) * sizeof *f->v);
  f->v[f->n++] =
    (struct check_finding){ section, sev, rule, msgid, { xstrdup(a1), xstrdup(a2), xstrdup(a3) }, lang, gdpr };
}

void check_add(struct check_ctx *c, const char *section, enum check_severity sev, const char *rule,
               const char *gdpr, int lang, const char *msgid, const char *a1, const char *a2)
{
  check_add3(c, section, sev, rule, gdpr, lang, msgid, a1, a2, NULL);
}

bool check_in_force(const struct check_ctx *c, const struct doc_section *s)
{
  size_t i = (size_t)(s - c->doc->sec);
  if (c->in_force && s >= c->doc->sec && i < schema_count())
    return c->in_force[i];
  return !s->not_applicable && doc_applies(c->doc, s);
}

char *check_quote(const char *text, size_t off, size_t len)
{
  bool cut = len > 60;
  if (cut) {
    len = 60;
    while (len && ((unsigned char)text[off + len] & 0xC0) == 0x80)
      len--;
  }
  struct strbuf b = { 0 };
  sb_addn(&b, text + off, len);
  if (cut) /* a name cut mid-word must show that it goes on */
    sb_add(&b, "\xe2\x80\xa6");
  return sb_take(&b);
}

/* Name of a notice language for messages ("Finnish", "Swedish"), translated. */
static const char *lang_label(enum doc_lang l)
{
  return lang_name(l);
}

/* Text of a section as the completeness rules see it: fillers such as "-" count as nothing. */
static bool section_empty(const struct doc_section *s, enum doc_lang l)
{
  if (doc_section_empty(s, l))
    return true;
  bool text_only = s->schema->kind == SCHEMA_PARAGRAPH;
  return text_only && text_is_filler(s->text[l]);
}

/* True when the text of s in some language of the notice is only a filler such as "-". */
static bool has_filler(const struct check_ctx *c, const struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (c->doc->lang_enabled[l] && !str_blank(s->text[l]) && text_is_filler(s->text[l]))
      return true;
  return false;
}

/* Completeness and language coverage of one section that is required where it applies. */
static void rule_required(struct check_ctx *c, const struct doc_section *s)
{
  const struct schema_section *sc = s->schema;
  bool empty[LANG_MAX], all = true;
  for (int l = 0; l < LANG_COUNT; l++) {
    empty[l] = section_empty(s, (enum doc_lang)l);
    if (c->doc->lang_enabled[l] && !empty[l])
      all = false;
  }
  bool filler = sc->kind == SCHEMA_PARAGRAPH && has_filler(c, s);
  if (all && c->imported && !filler) {
    check_stated_empty(c, s);
    return;
  }
  if (all) {
    const char *msg = sc->na_text ? N_("the section is empty; fill it in or mark it as not applicable")
                                  : N_("the section is empty");
    if (filler)
      msg = N_("the section has only a filler such as \"-\" as its text; say what applies, even if it is \"none\"");
    check_add(c, sc->id, CHECK_ERROR, "required", sc->gdpr, -1, msg, NULL, NULL);
    return;
  }
  for (int l = 0; l < LANG_COUNT; l++)
    if (c->lang[l] && empty[l] && sc->kind != SCHEMA_CONTACT)
      check_add(c, sc->id, CHECK_ERROR, "language_missing", sc->gdpr, -1,
                N_("the section has no %s text, though the notice is published in %s"),
                lang_label((enum doc_lang)l), lang_label((enum doc_lang)l));
}

/* A choice section needs one of its options chosen. */
static void rule_choice(struct check_ctx *c, const struct doc_section *s)
{
  if (s->schema->kind != SCHEMA_CHOICE || s->not_applicable)
    return;
  if (!s->choice || !schema_option(s->schema, s->choice))
    check_add(c, s->schema->id, CHECK_ERROR, "choice_missing", s->schema->gdpr, -1,
              N_("no option is chosen; choose the one that applies"), NULL, NULL);
}

/* An optional section whose text is only a filler such as "-". */
static void rule_filler(struct check_ctx *c, const struct doc_section *s)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (c->lang[l] && !str_blank(s->text[l]) && text_is_filler(s->text[l])) {
      check_add(c, s->schema->id, CHECK_WARNING, "filler_body", s->schema->gdpr, l,
                N_("the section's text is only \"%s\"; write the text or leave the section empty"),
                s->text[l], NULL);
      return;
    }
}

/* Counts the words of a text. */
static size_t word_count(const char *s)
{
  size_t n = 0;
  for (size_t i = 0; s[i]; i++)
    if (text_word_byte((unsigned char)s[i]) && (i == 0 || !text_word_byte((unsigned char)s[i - 1])))
      n++;
  return n;
}

/* The first language the notice is published in (the one the others are translations of), or -1. */
static int first_language(const struct doc *d)
{
  for (int l = 0; l < LANG_COUNT; l++)
    if (d->lang_enabled[l])
      return l;
  return -1;
}

/* A text in a language published that is still the text of the notice's first language. */
static void rule_untranslated(struct check_ctx *c, const struct doc_section *s)
{
  int first = first_language(c->doc);
  for (int l = first + 1; first >= 0 && l < LANG_COUNT; l++) {
    if (!c->lang[l] || str_blank(s->text[l]) || strcmp(s->text[first], s->text[l]) != 0 || word_count(s->text[l]) < 4)
      continue;
    /* TRANSLATORS: the two %s are languages' names ("English", "Finnish"). */
    check_add(c, s->schema->id, CHECK_WARNING, "untranslated", s->schema->gdpr, l,
              N_("the %s text is the same as the %s text; translate it"), lang_label((enum doc_lang)l),
              lang_label((enum doc_lang)first));
  }
}

/* True when language l of s holds the person's own text: not blank, not a filler, and not the stock
   text its clause gives (without the stock clauses at hand: a section the person edited or imported). */
static bool own_text(const struct check_ctx *c, const struct doc_section *s, enum doc_lang l)
{
  if (str_blank(s->text[l]) || text_is_filler(s->text[l]))
    return false;
  if (c->lib)
    return stock_lang_edited(s, c->lib, l);
  return s->origin == ORIGIN_EDITED || s->origin == ORIGIN_IMPORTED;
}

/* The bases of a comma-separated list of basis ids in words, translated: "\"Consent\" or
   "\"Contract\"". Caller frees. */
static char *bases_words(const char *list)
{
  struct strbuf b = { 0 };
  char *ids = xstrdup(list), *save = NULL;
  sb_add(&b, "");
  for (char *t = strtok_r(ids, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    int i = schema_basis_index(t);
    const char *label = i >= 0 ? _(schema_basis_at((size_t)i)->label) : t;
    /* TRANSLATORS: joins the last two of a list of legal bases: "Consent" or "Contract". */
    const char *sep = b.len ? (save && *save ? ", " : _(" or ")) : "";
    sb_printf(&b, "%s\"%s\"", sep, label);
  }
  free(ids);
  return sb_take(&b);
}

/* A section that does not apply, so its text is never published, while it holds the person's own text
   (a format-1 notice's consent withdrawal after its purposes came to rest on legitimate interests):
   says what would make it apply. Nothing for a section marked not applicable: that was a choice. */
static void rule_unpublished(struct check_ctx *c, const struct doc_section *s)
{
  const struct schema_section *sc = s->schema;
  int lang = -2; /* the one language with own text, -1 when both */
  for (int l = 0; l < LANG_COUNT; l++)
    if (c->lang[l] && own_text(c, s, (enum doc_lang)l))
      lang = lang == -2 ? l : -1;
  if (lang == -2 || s->not_applicable || !sc->depends_on)
    return;
  const struct schema_section *dep = schema_find(sc->depends_on);
  if (dep && dep->kind == SCHEMA_PURPOSES) {
    char *bases = bases_words(sc->depends_value);
    check_add(c, sc->id, CHECK_WARNING, "unpublished_text", sc->gdpr, lang,
              N_("the section holds text of your own, but it is not published, because no purpose rests on "
                 "%s; add such a purpose, or move the text to a section that is published"),
              bases, NULL);
    free(bases);
  } else if (dep) {
    const struct schema_option *o = schema_option(dep, sc->depends_value);
    check_add(c, sc->id, CHECK_WARNING, "unpublished_text", sc->gdpr, lang,
              N_("the section holds text of your own, but it is not published, because \"%s\" is not chosen "
                 "in the section \"%s\"; choose it, or move the text to a section that is published"),
              o ? _(o->label) : sc->depends_value, _(dep->heading));
  }
}

/* Schema-driven rules for one section. */
static void check_section(struct check_ctx *c, const struct doc_section *s)
{
  if (!doc_applies(c->doc, s)) {
    rule_unpublished(c, s);
    return;
  }
  rule_choice(c, s);
  bool rows = s->schema->kind == SCHEMA_PURPOSES; /* check_purposes_run looks at its rows */
  if (s->schema->required && s->schema->kind != SCHEMA_DATE && !rows)
    rule_required(c, s);
  else if (s->schema->kind == SCHEMA_PARAGRAPH)
    rule_filler(c, s);
  if (s->schema->kind != SCHEMA_CONTACT)
    rule_untranslated(c, s);
}

/* The document's dates: both valid, the last update not before the first version. */
static void check_dates(struct check_ctx *c)
{
  const char *id = "dates";
  const struct doc *d = c->doc;
  bool has_modified = !str_blank(d->modified) && i18n_valid_date(d->modified);
  if (str_blank(d->created))
    check_add(c, id, has_modified ? CHECK_WARNING : CHECK_ERROR, "date_missing", NULL, -1,
              has_modified ? N_("the date of preparation is missing; add the date the notice was first written")
                           : N_("the notice has no date, so readers cannot tell whether it is up to date; "
                                "add the date of preparation"), NULL, NULL);
  else if (!i18n_valid_date(d->created))
    check_add(c, id, CHECK_ERROR, "date_invalid", NULL, -1,
              N_("the date of preparation is not a real date (%s)"), d->created, NULL);
  if (d->modified && *d->modified && !i18n_valid_date(d->modified))
    check_add(c, id, CHECK_ERROR, "date_invalid", NULL, -1,
              N_("the date of the last update is not a real date (%s)"), d->modified, NULL);
  else if (d->modified && d->created && i18n_valid_date(d->created) && strcmp(d->modified, d->created) < 0)
    check_add(c, id, CHECK_ERROR, "date_order", NULL, -1,
              N_("the last update (%s) is before the date of preparation (%s)"), d->modified, d->created);
}

/* Position of a section in the schema, for sorting findings. */
static int section_pos(const char *id)
{
  int i = schema_index(id);
  return i < 0 ? (int)schema_count() : i;
}

/* Orders findings by section in schema order, keeping the order within a section: a counting sort,
   linear where the insertion sort it replaces was quadratic in the number of findings. */
static void sort_findings(struct check_findings *f)
{
  size_t nkeys = schema_count() + 1, *start = xmalloc((nkeys + 1) * sizeof *start);
  int *key = xmalloc((f->n ? f->n : 1) * sizeof *key);
  memset(start, 0, (nkeys + 1) * sizeof *start);
  for (size_t i = 0; i < f->n; i++)
    start[(key[i] = section_pos(f->v[i].section)) + 1]++;
  for (size_t k = 1; k <= nkeys; k++)
    start[k] += start[k - 1];
  struct check_finding *sorted = xmalloc((f->cap ? f->cap : 1) * sizeof *sorted);
  for (size_t i = 0; i < f->n; i++)
    sorted[start[key[i]]++] = f->v[i];
  free(f->v);
  f->v = sorted;
  free(key);
  free(start);
}

void check_doc(const struct doc *d, const struct check_opts *o, struct check_findings *out)
{
  struct check_ctx c = { .doc = d, .out = out, .bases = doc_bases_in_use(d), .lib = o ? o->clauses : NULL,
                         .imported = check_doc_imported(d), .stated_bases = -1 };
  for (int l = 0; l < LANG_COUNT; l++)
    c.lang[l] = d->lang_enabled[l] && (!o || o->lang[l]);
  bool *in_force = xmalloc(schema_count() * sizeof *in_force);
  for (size_t i = 0; i < schema_count(); i++)
    in_force[i] = check_in_force(&c, &d->sec[i]);
  c.in_force = in_force;
  c.no_transfers = check_no_transfers_work_out(&c);
  check_corpus_make(&c);
  for (size_t i = 0; i < schema_count(); i++)
    check_section(&c, &d->sec[i]);
  if (schema_find("dates"))
    check_dates(&c);
  check_purposes_run(&c);
  check_rules_run(&c);
  check_register_run(&c);
  check_providers_run(&c);
  check_contacts_run(&c);
  check_langs_run(&c);
  check_corpus_free(&c.corpus);
  free(in_force);
  sort_findings(out);
}

void check_findings_free(struct check_findings *f)
{
  for (size_t i = 0; i < f->n; i++) {
    free(f->v[i].arg[0]);
    free(f->v[i].arg[1]);
    free(f->v[i].arg[2]);
  }
  free(f->v);
  f->v = NULL;
  f->n = f->cap = 0;
}

size_t check_count(const struct check_findings *f, enum check_severity sev)
{
  size_t n = 0;
  for (size_t i = 0; i < f->n; i++)
    n += f->v[i].severity == sev;
  return n;
}

size_t check_count_rule(const struct check_findings *f, const char *rule)
{
  size_t n = 0;
  for (size_t i = 0; i < f->n; i++)
    n += strcmp(f->v[i].rule, rule) == 0;
  return n;
}

bool check_section_has(const struct check_findings *f, const char *id)
{
  for (size_t i = 0; i < f->n; i++)
    if (strcmp(f->v[i].section, id) == 0)
      return true;
  return false;
}

/* Length of the conversion at p: "%s" (2), "%1$s" to "%3$s" (4), or 0 for none; *arg gets the index of
   the argument it stands for (next for "%s", which is < 3 or the conversion is none). */
static size_t conversion(const char *p, int next, int *arg)
{
  if (p[0] != '%')
    return 0;
  if (p[1] == 's' && next < 3) {
    *arg = next;
    return 2;
  }
  if (p[1] >= '1' && p[1] <= '3' && p[2] == '$' && p[3] == 's') {
    *arg = p[1] - '1';
    return 4;
  }
  return 0;
}

char *check_message(const struct check_finding *f)
{
  struct strbuf b = { 0 };
  const char *p = _(f->msgid);
  int next = 0, arg;
  sb_add(&b, "");
  for (const char *pct; (pct = strchr(p, '%')) != NULL;) {
    sb_addn(&b, p, (size_t)(pct - p));
    size_t n = conversion(pct, next, &arg);
    p = pct + (n ? n : 1);
    if (!n) {
      sb_addn(&b, pct, 1);
      continue;
    }
    sb_add(&b, f->arg[arg] ? f->arg[arg] : "");
    next = arg + 1;
  }
  sb_add(&b, p);
  if (f->lang >= 0 && f->lang < LANG_COUNT)
    /* TRANSLATORS: after a finding's message: the language of the text it is about ("Finnish"). */
    sb_printf(&b, _(" (%s text)"), lang_label((enum doc_lang)f->lang));
  return sb_take(&b);
}

const char *check_no_findings_text(void)
{
  return _("No findings by these checks. They look for common gaps and mistakes; they cannot tell "
           "whether the notice says everything your processing requires.");
}

char *check_errors_text(size_t errors)
{
  return xasprintf(ngettext("The check found %zu error: the notice still misses or gets wrong something the "
                            "law asks for.",
                            "The check found %zu errors: the notice still misses or gets wrong something the "
                            "law asks for.", errors), errors);
}

const char *check_severity_label(enum check_severity sev)
{
  return sev == CHECK_ERROR ? _("error") : _("warning");
}

const char *check_severity_name(enum check_severity sev)
{
  return sev == CHECK_ERROR ? "error" : "warning";
}

const struct check_findings *check_cached(struct check_cache *c, const struct doc *d)
{
  if (c->stale || !c->made) {
    check_findings_free(&c->findings);
    struct check_opts o = { .clauses = c->clauses };
    for (int l = 0; l < LANG_COUNT; l++)
      o.lang[l] = true;
    check_doc(d, &o, &c->findings);
    c->made = true;
    c->stale = false;
    c->runs++;
  }
  return &c->findings;
}

void check_cache_free(struct check_cache *c)
{
  check_findings_free(&c->findings);
  c->made = false;
}

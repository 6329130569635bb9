/* The rendering driver: walks the schema and feeds a back end. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "render_impl.h"
#include "util.h"

int render_format_from_name(const char *name)
{
  if (!name)
    return -1;
  if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0)
    return FORMAT_TEXT;
  if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
    return FORMAT_MD;
  if (strcmp(name, "html") == 0)
    return FORMAT_HTML;
  return -1;
}

/* True for the section after whose text the supervisory authority's details stand (GDPR Art. 13(2)(d)):
   it is rendered even without text in the language, so that no notice lacks the authority's details
   (check and the wizard's finish report the missing text). */
static bool carries_authority(const struct doc_section *s)
{
  return strcmp(s->schema->id, "complaint") == 0;
}

/* Length of the bullet marker ("- ", "* " or "• ") that starts line[0..n), or 0 when none.
   Compares whole markers within the line only, so a truncated sequence is never read past. */
static size_t bullet_len(const char *line, size_t n)
{
  static const char *const markers[] = { "- ", "* ", "\xe2\x80\xa2 " };
  for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
    size_t len = strlen(markers[i]);
    if (n >= len && memcmp(line, markers[i], len) == 0)
      return len;
  }
  return 0;
}

/* Hands a collected paragraph or list to the back end and empties it. */
static void flush_block(struct rctx *c, const struct render_ops *ops, struct strbuf *para,
                        char ***items, size_t *nitems)
{
  if (para->len) {
    while (para->len && para->s[para->len - 1] == '\n')
      para->s[--para->len] = '\0';
    ops->paragraph(c, para->s);
    para->len = 0;
    para->s[0] = '\0';
  }
  if (*nitems) {
    ops->list(c, (const char *const *)*items, *nitems);
    for (size_t i = 0; i < *nitems; i++)
      free((*items)[i]);
    *nitems = 0;
  }
}

void render_blocks(struct rctx *c, const struct render_ops *ops, const char *text)
{
  struct strbuf para = { 0 };
  char **items = NULL;
  size_t nitems = 0, cap = 0, skip;
  for (const char *line = text; *line;) {
    const char *eol = strchr(line, '\n');
    size_t n = eol ? (size_t)(eol - line) : strlen(line);
    bool blank = true;
    for (size_t i = 0; i < n; i++)
      blank = blank && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r');
    if (blank) {
      flush_block(c, ops, &para, &items, &nitems);
    } else if ((skip = bullet_len(line, n)) > 0) {
      if (para.len)
        flush_block(c, ops, &para, &items, &nitems);
      if (nitems == cap)
        items = xrealloc(items, (cap = cap ? cap * 2 : 8) * sizeof *items);
      items[nitems] = xmalloc(n - skip + 1);
      memcpy(items[nitems], line + skip, n - skip);
      items[nitems++][n - skip] = '\0';
    } else {
      if (nitems)
        flush_block(c, ops, &para, &items, &nitems);
      sb_addn(&para, line, n);
      sb_addc(&para, '\n');
    }
    line = eol ? eol + 1 : line + n;
  }
  flush_block(c, ops, &para, &items, &nitems);
  sb_free(&para);
  free(items);
}

/* Renders a contact section's fields (and its free text). */
static void render_contact(struct rctx *c, const struct render_ops *ops, const struct doc *d,
                           const struct doc_section *s)
{
  struct rfield f[FIELD_COUNT];
  size_t n = 0;
  for (int i = 0; i < FIELD_COUNT; i++)
    if ((s->schema->fields & (1u << i)) && !str_blank(s->field[i]))
      f[n++] = (struct rfield){ _(schema_field_label(i)), s->field[i], (enum contact_field)i };
  if (n)
    ops->fields(c, f, n);
  char *text = render_fill(d, c->opts->lang, s->text[c->opts->lang], FILL_MARK, &c->gaps);
  render_blocks(c, ops, text);
  free(text);
}

/* Renders the dates section from the document's metadata. */
static void render_dates(struct rctx *c, const struct render_ops *ops, const struct doc *d)
{
  char *created = i18n_format_date(d->created, c->opts->lang);
  char *modified = i18n_format_date(d->modified, c->opts->lang);
  struct rfield f[2];
  size_t n = 0;
  if (created)
    f[n++] = (struct rfield){ _("Prepared"), created, FIELD_COUNT };
  if (modified)
    f[n++] = (struct rfield){ _("Last updated"), modified, FIELD_COUNT };
  if (n)
    ops->fields(c, f, n);
  free(created);
  free(modified);
}

/* Renders the labels of a checklist's ticked items that bring no clause of their own. */
static void render_items(struct rctx *c, const struct render_ops *ops, const struct doc_section *s)
{
  const char **labels = xmalloc((s->nitems + 1) * sizeof *labels);
  size_t n = 0;
  for (const struct schema_option *o = s->schema->options; o && o->id; o++)
    if (!o->clause && doc_has_item(s, o->id))
      labels[n++] = _(o->label);
  if (n)
    ops->list(c, labels, n);
  free(labels);
}

/* Renders the contact details of the supervisory authority the notice names. */
static void render_authority(struct rctx *c, const struct render_ops *ops, const struct authority *every)
{
  enum doc_lang l = c->opts->lang;
  const struct authority_entry *a = &every->entry[authority_of(c->doc)];
  const struct rfield all[] = {
    { _("Authority"), a->name[l], FIELD_NAME },
    { _("Visiting address"), a->visiting_address[l], FIELD_STREET },
    { _("Postal address"), a->postal_address[l], FIELD_STREET },
    { _("Switchboard"), a->phone[l], FIELD_PHONE },
    { _("Registry"), a->registry_phone[l], FIELD_PHONE },
    { _("E-mail"), a->email[l], FIELD_EMAIL },
    { _("Website"), a->website[l], FIELD_WEBSITE },
  };
  struct rfield f[sizeof all / sizeof all[0]];
  size_t n = 0;
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    if (!str_blank(all[i].value))
      f[n++] = all[i];
  if (n)
    ops->fields(c, f, n);
}


/* Renders one section's body. */
static void render_body(struct rctx *c, const struct render_ops *ops, const struct doc *d,
                        const struct doc_section *s, const struct authority *a)
{
  if (s->not_applicable) {
    ops->paragraph(c, _(s->schema->na_text));
    return;
  }
  if (s->schema->kind == SCHEMA_CONTACT) {
    render_contact(c, ops, d, s);
    return;
  }
  if (s->schema->kind == SCHEMA_DATE) {
    render_dates(c, ops, d);
    return;
  }
  char *text = render_fill(d, c->opts->lang, s->text[c->opts->lang], FILL_MARK, &c->gaps);
  render_blocks(c, ops, text);
  free(text);
  if (s->schema->kind == SCHEMA_CHECKLIST)
    render_items(c, ops, s);
  if (s->schema->kind == SCHEMA_PURPOSES)
    render_purposes(c, ops, s);
  if (s->schema->kind == SCHEMA_PROVIDERS)
    render_providers(c, ops, s);
  if (carries_authority(s) && a)
    render_authority(c, ops, a);
}

const char *render_lead_aland_msgid(void)
{
  return N_("This notice tells how we process personal data. It is given under Articles 13 and 14 "
            "of the EU General Data Protection Regulation (EU) 2016/679, which the Åland Act on data "
            "protection in the provincial and municipal administration (2019:9) supplements.");
}

const char *render_lead_msgid(void)
{
  return N_("This notice tells how we process personal data. It is given under Articles 13 and 14 "
            "of the EU General Data Protection Regulation (EU) 2016/679, which the Finnish Data "
            "Protection Act (1050/2018) supplements.");
}

/* Why a section is left out, or NULL when it is rendered. */
static const char *left_out(const struct doc *d, const struct doc_section *s, enum doc_lang l)
{
  if (!doc_applies(d, s))
    return "";
  if (s->not_applicable && !s->schema->na_text)
    return "";
  if (doc_section_empty(s, l) && !carries_authority(s))
    return s->schema->required ? N_("the section is empty and was left out; fill it in") : "";
  return NULL;
}

int render_section_number(const struct doc *d, size_t i, enum doc_lang l, int *count)
{
  int number = 0, shown = 0;
  for (size_t j = 0; j < schema_count(); j++) {
    if (left_out(d, &d->sec[j], l))
      continue;
    shown++;
    if (j == i)
      number = shown;
    if (j >= i && !count)
      break; /* the sections after i do not change its number */
  }
  if (count)
    *count = shown;
  return number;
}

/* The page title in the current gettext language: "Privacy notice – Customer register", after
   "DRAFT – " when draft. Caller frees. */
static char *title_of(const struct doc *d, enum doc_lang l, bool draft)
{
  const char *reg = doc_section(d, "register_name")->text[l];
  char *title = str_blank(reg) ? xstrdup(_("Privacy notice"))
                               : xasprintf("%s \xe2\x80\x93 %s", _("Privacy notice"), reg);
  if (!draft)
    return title;
  char *marked = xasprintf("%s \xe2\x80\x93 %s", _("DRAFT"), title);
  free(title);
  return marked;
}

/* The first paragraph of a draft with gaps, in the current gettext language (a static string). */
static const char *draft_note(void)
{
  return _("This is a draft, not a notice to publish: the details in square brackets are missing. Fill "
           "them in before the notice is published.");
}

/* A back end that writes nothing: render_gaps needs only what the driver fills and marks. */
static void null_begin(struct rctx *c, const char *t, const char *s, const char *n, const char *l)
{
  (void)c, (void)t, (void)s, (void)n, (void)l;
}
static void null_section_begin(struct rctx *c, int n, const char *id, const char *h) { (void)c, (void)n, (void)id, (void)h; }
static void null_text(struct rctx *c, const char *text) { (void)c, (void)text; }
static void null_list(struct rctx *c, const char *const *i, size_t n) { (void)c, (void)i, (void)n; }
static void null_fields(struct rctx *c, const struct rfield *f, size_t n) { (void)c, (void)f, (void)n; }
static void null_table(struct rctx *c, const struct rtable *t) { (void)c, (void)t; }
static void null_end(struct rctx *c) { (void)c; }
static const struct render_ops null_ops = { null_begin, null_section_begin, null_text, null_list, null_fields,
                                            null_table, null_end, null_end };

/* render_doc through the back end ops (NULL: the one of o->format) that also returns the placeholders
   it marked as missing in *gaps (when not NULL). out may be NULL with the null back end. */
static bool render_run(const struct doc *d, const struct authority *a, const struct render_opts *o,
                       const struct render_ops *ops, FILE *out,
                       void (*warn)(const char *section_id, const char *msg), unsigned *gaps)
{
  static const struct render_ops *const backends[] = { &render_text_ops, &render_md_ops, &render_html_ops };
  if (!ops)
    ops = backends[o->format];
  char *saved = xstrdup(i18n_ui_language());
  bool draft = o->draft && render_gaps(d, o->lang) != 0; /* the same gaps this rendering marks */
  i18n_use(doc_lang_code(o->lang));
  struct rctx c = { out, o, doc_lang_code(o->lang), 0, d, saved, warn };
  char *title = title_of(d, o->lang, draft);
  const char *controller = doc_section(d, "controller")->field[FIELD_NAME];
  ops->begin(&c, title, str_blank(controller) ? NULL : controller, draft ? draft_note() : NULL,
             _(authority_of(d) == AUTHORITY_ALAND ? render_lead_aland_msgid() : render_lead_msgid()));
  int shown = 0; /* the sections rendered so far: render_section_number of each, counted as we go (asking
                    it per section read every section for each: quadratic) */
  for (size_t i = 0; i < schema_count(); i++) {
    const struct doc_section *s = &d->sec[i];
    const char *why = left_out(d, s, o->lang);
    if (why) {
      if (*why && warn) {
        i18n_use(saved); /* warnings speak the UI language, not the notice's */
        warn(s->schema->id, _(why));
        i18n_use(c.lang_code);
      }
      continue;
    }
    ops->section_begin(&c, ++shown, s->schema->id, _(s->schema->heading));
    render_body(&c, ops, d, s, a);
    ops->section_end(&c);
  }
  ops->end(&c);
  free(title);
  i18n_use(saved);
  free(saved);
  if (gaps)
    *gaps = c.gaps;
  return !out || !ferror(out);
}

bool render_doc(const struct doc *d, const struct authority *a, const struct render_opts *o, FILE *out,
                void (*warn)(const char *section_id, const char *msg))
{
  return render_run(d, a, o, NULL, out, warn, NULL);
}

unsigned render_gaps(const struct doc *d, enum doc_lang l)
{
  struct render_opts o = { l, FORMAT_TEXT, false, 0, false };
  unsigned gaps = 0;
  render_run(d, NULL, &o, &null_ops, NULL, NULL, &gaps);
  return gaps;
}

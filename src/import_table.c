/* Tables of purposes and of service providers read back into rows: the column headings say which
   cell is what, the cells are read by their labels (legal bases, roles, countries, mechanisms) in
   Finnish and English; whatever has no place keeps its words in the row. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "countries.h"
#include "i18n.h"
#include "import_build.h"
#include "import_match.h"
#include "import_model.h"
#include "import_table.h"

/* The words of each kind of column heading, most specific first ("Siirron peruste" is a mechanism,
   not a legal basis). */
static const struct { enum import_col col; const char *words; } col_words[] = {
  { COL_MECHANISM, "siirron peruste|siirtoperust|siirtomekanism|=transfer|transfer based|=transfers|"
                   "suojatoim|safeguard" },
  { COL_INTEREST, "oikeutettu etu|oikeutetut edut|oikeutettu intressi|legitimate interest" },
  { COL_BASIS, "oikeusperust|käsittelyperust|=peruste|=perusteet|legal basis|lawful basis|=basis" },
  { COL_RETENTION, "säilyt|retention|storage period|=how long|=kept" },
  { COL_PROVIDER, "palveluntarjoaj|service provider|=provider|=toimittaja|=käsittelijä|=processor|"
                  "=vendor|alihankkij|=kumppani|=partner" },
  { COL_COUNTRY, "=maa|=country|sijaintimaa|käsittelymaa|=sijainti|=location|=valtio" },
  { COL_ROLE, "=tehtävä|what it does|=role|=rooli|=palvelu|=service|=what" },
  { COL_PURPOSE, "tarkoitu|käyttötarkoit|=purpose|=purposes" },
};

enum import_col import_table_col(const char *heading)
{
  char *norm = import_normalise(heading);
  enum import_col c = *norm ? COL_OTHER : COL_ITEM;
  for (size_t i = 0; *norm && c == COL_OTHER && i < sizeof col_words / sizeof col_words[0]; i++)
    if (import_has(norm, col_words[i].words))
      c = col_words[i].col;
  free(norm);
  return c;
}

size_t import_table_column(struct import_table *t, const char *heading)
{
  for (size_t i = 0; i < t->ncols; i++)
    if (strcmp(t->head[i], heading) == 0)
      return i;
  size_t n = t->ncols + 1;
  char **cell = xmalloc((t->nrows * n + 1) * sizeof *cell);
  for (size_t r = 0; r < t->nrows; r++) {
    memcpy(cell + r * n, t->cell + r * t->ncols, t->ncols * sizeof *cell);
    cell[r * n + t->ncols] = xstrdup("");
  }
  free(t->cell);
  t->cell = cell;
  t->head = xrealloc(t->head, n * sizeof *t->head);
  t->head[t->ncols] = xstrdup(heading);
  t->ncols = n;
  return n - 1;
}

void import_table_new_row(struct import_table *t)
{
  t->cell = xrealloc(t->cell, ((t->nrows + 1) * t->ncols + 1) * sizeof *t->cell);
  for (size_t c = 0; c < t->ncols; c++)
    t->cell[t->nrows * t->ncols + c] = xstrdup("");
  t->nrows++;
}

void import_table_put(struct import_table *t, size_t col, const char *text)
{
  str_set(&t->cell[(t->nrows - 1) * t->ncols + col], text ? text : "");
}

void import_table_free(struct import_table *t)
{
  for (size_t i = 0; i < t->nrows * t->ncols; i++)
    free(t->cell[i]);
  for (size_t i = 0; i < t->ncols; i++)
    free(t->head[i]);
  free(t->cell);
  free(t->head);
  *t = (struct import_table){ 0 };
}

/* True when t has a column of kind c. */
static bool has_col(const struct import_table *t, enum import_col c)
{
  for (size_t i = 0; i < t->ncols; i++)
    if (import_table_col(t->head[i]) == c)
      return true;
  return false;
}

enum import_table_kind import_table_kind(const struct import_table *t)
{
  bool item = has_col(t, COL_ITEM);
  if (t->nrows == 0)
    return TABLE_NONE;
  if ((item || has_col(t, COL_PURPOSE)) && has_col(t, COL_BASIS))
    return TABLE_PURPOSES;
  if ((item || has_col(t, COL_PROVIDER)) &&
      (has_col(t, COL_ROLE) || has_col(t, COL_COUNTRY) || has_col(t, COL_MECHANISM)))
    return TABLE_PROVIDERS;
  return TABLE_NONE;
}

/* Appends line to b on a line of its own. */
static void add_line(struct strbuf *b, const char *line)
{
  if (str_blank(line))
    return;
  if (b->len)
    sb_addc(b, '\n');
  sb_add(b, line);
}

/* Appends "heading: text" to b, or text alone when the heading is "". */
static void add_labelled(struct strbuf *b, const char *heading, const char *text)
{
  char *line = *heading ? xasprintf("%s: %s", heading, text) : xstrdup(text);
  add_line(b, line);
  free(line);
}

/* True when text is what the printf format fmt (with only %d and %s) gives for some number and the
   string arg; a literal '%' in fmt is "%%". */
static bool formatted(const char *text, const char *fmt, const char *arg)
{
  while (*fmt) {
    if (fmt[0] == '%' && fmt[1] == 'd') {
      size_t n = strspn(text, "0123456789");
      if (!n)
        return false;
      text += n;
    } else if (fmt[0] == '%' && fmt[1] == 's') {
      if (strncmp(text, arg, strlen(arg)) != 0)
        return false;
      text += strlen(arg);
    } else if (*text++ != fmt[fmt[0] == '%' && fmt[1] == '%'] || (fmt[0] == '%' && fmt[1] != '%')) {
      return false;
    }
    fmt += fmt[0] == '%' ? 2 : 1;
  }
  return *text == '\0';
}

/* True when text is the pointer seloste writes in an empty retention cell ("Katso kohta 11
   (Henkilötietojen säilytysaika)", "See \"Retention period\""), in Finnish or English. */
static bool retention_pointer(const char *text)
{
  bool hit = false;
  for (int l = 0; l < LANG_COUNT && !hit; l++) {
    const char *code = doc_lang_code(l);
    char *heading = import_translate(schema_find("retention")->heading, code);
    char *numbered = import_translate("See section %d (%s)", code), *quoted = import_translate("See \"%s\"", code);
    hit = formatted(text, numbered, heading) || formatted(text, quoted, heading);
    free(numbered);
    free(quoted);
    free(heading);
  }
  return hit;
}

/* Splits a purpose cell into its text and, from a line "Legitimate interest: ..." on (the last such
   line; seloste writes the interest after the purpose), the interest. */
static void split_interest(const char *cell, struct strbuf *text, struct strbuf *interest, struct strbuf *used)
{
  const char *at = NULL;
  for (const char *line = strchr(cell, '\n'); line; line = strchr(line + 1, '\n')) {
    const char *colon = strstr(line + 1, ": ");
    const char *eol = strchr(line + 1, '\n');
    if (!colon || colon - line > 60 || (eol && eol < colon))
      continue;
    char *label = xasprintf("%.*s", (int)(colon - line - 1), line + 1);
    if (import_table_col(label) == COL_INTEREST)
      at = line;
    free(label);
  }
  if (!at) {
    add_line(text, cell);
    return;
  }
  char *head = xasprintf("%.*s", (int)(at - cell), cell);
  add_line(text, head);
  sb_printf(used, "%.*s\n", (int)(strstr(at + 1, ": ") - at - 1), at + 1);
  add_line(interest, strstr(at + 1, ": ") + 2);
  free(head);
}

/* One purpose row of t (row r) as pieces; basis -1 when its cell names none. */
struct purpose_cells {
  struct strbuf text, interest, retention;
  int basis;
};

/* Reports how a basis cell was read: '  Purposes ...: "Kirjanpito": "GDPR 6.1 c" is Legal obligation
   (6(1)(c))', the purpose named by the start of its first cell. */
static void report_basis(struct strbuf *report, const char *purpose, const char *cell, int basis)
{
  const struct schema_option *o = schema_basis_at((size_t)basis);
  size_t n = strcspn(purpose, "\n");
  if (n > 60)
    for (n = 60; n && ((unsigned char)purpose[n] & 0xC0) == 0x80; n--)
      ; /* cut at a character boundary */
  sb_printf(report, _("  %s: \"%.*s%s\": \"%s\" read as %s (%s)\n"), _(schema_find("purposes")->heading),
            (int)n, purpose, purpose[n] && purpose[n] != '\n' ? "..." : "", cell, _(o->label), o->detail);
}

/* Reads row r of a purposes table into pc; the words taken as structure go to used. */
static void read_purpose(const struct import_table *t, size_t r, struct purpose_cells *pc, struct strbuf *report,
                         struct strbuf *used)
{
  struct strbuf extra = { 0 };
  const char *name = "";
  pc->basis = -1;
  for (size_t c = 0; c < t->ncols && !*name; c++)
    if (import_table_col(t->head[c]) == COL_ITEM || import_table_col(t->head[c]) == COL_PURPOSE)
      name = t->cell[r * t->ncols + c];
  for (size_t c = 0; c < t->ncols; c++) {
    const char *cell = t->cell[r * t->ncols + c], *head = t->head[c];
    if (str_blank(cell))
      continue;
    switch (import_table_col(head)) {
    case COL_ITEM:
    case COL_PURPOSE:
      split_interest(cell, &pc->text, &pc->interest, used);
      break;
    case COL_BASIS:
      if (pc->basis < 0 && (pc->basis = import_model_basis(cell)) >= 0) {
        report_basis(report, name, cell, pc->basis);
        sb_printf(used, "%s\n", cell);
      } else {
        add_labelled(&extra, head, cell);
      }
      break;
    case COL_INTEREST:
      add_line(&pc->interest, cell);
      break;
    case COL_RETENTION:
      if (retention_pointer(cell))
        sb_printf(used, "%s\n", cell);
      else
        add_line(&pc->retention, cell);
      break;
    default:
      add_labelled(&extra, head, cell);
    }
  }
  add_line(&pc->text, extra.s);
  sb_free(&extra);
}

/* Makes the rows of a purposes table purpose rows of d (basis "" where not recognised). */
static size_t purposes_rows(struct doc *d, enum doc_lang l, const struct import_table *t, struct strbuf *report,
                            struct strbuf *used)
{
  struct doc_section *s = doc_section(d, "purposes");
  size_t n = 0;
  for (size_t r = 0; r < t->nrows; r++) {
    struct purpose_cells pc = { .basis = -1 };
    read_purpose(t, r, &pc, report, used);
    if (pc.text.len || pc.interest.len || pc.retention.len) {
      char *id = doc_purpose_new_id(s);
      struct doc_purpose *p = doc_purpose_add(s, id, pc.basis >= 0 ? schema_basis_at((size_t)pc.basis)->id : "");
      free(id);
      str_set(&p->text[l], pc.text.s ? pc.text.s : "");
      str_set(&p->interest[l], pc.interest.s ? pc.interest.s : "");
      str_set(&p->retention[l], pc.retention.s ? pc.retention.s : "");
      n++;
    }
    sb_free(&pc.text);
    sb_free(&pc.interest);
    sb_free(&pc.retention);
  }
  return n;
}

/* The option of sc whose label, in Finnish or English, is text (compared whole, ASCII case folded). */
static const char *option_named(const struct schema_section *sc, const char *text)
{
  for (const struct schema_option *o = sc ? sc->options : NULL; o && o->id; o++)
    for (int l = 0; l < LANG_COUNT; l++) {
      char *t = import_translate(o->label, doc_lang_code(l));
      bool hit = strcasecmp(t, text) == 0;
      free(t);
      if (hit)
        return o->id;
    }
  return NULL;
}

/* One provider row of t as pieces. */
struct provider_cells {
  struct strbuf name, what, extra;
  const char *role, *country, *mechanism, *country_text;
};

/* Reads row r of a providers table into pc; the words taken as structure go to used. */
static void read_provider(const struct import_table *t, size_t r, struct provider_cells *pc, struct strbuf *used)
{
  const struct schema_section *prov = schema_find("providers"), *tr = schema_find("transfers");
  for (size_t c = 0; c < t->ncols; c++) {
    const char *cell = t->cell[r * t->ncols + c], *head = t->head[c];
    const struct country *k;
    if (str_blank(cell))
      continue;
    switch (import_table_col(head)) {
    case COL_ITEM:
    case COL_PROVIDER:
      add_line(&pc->name, cell);
      break;
    case COL_ROLE:
    case COL_PURPOSE:
      if (!pc->role && (pc->role = option_named(prov, cell)))
        sb_printf(used, "%s\n", cell);
      else
        add_line(&pc->what, cell);
      break;
    case COL_COUNTRY:
      if (!pc->country && (k = country_by_name(cell))) {
        pc->country = k->code;
        sb_printf(used, "%s\n", cell);
      } else {
        pc->country_text = pc->country_text ? pc->country_text : cell;
        add_labelled(&pc->extra, head, cell);
      }
      break;
    case COL_MECHANISM:
      if (!pc->mechanism && (pc->mechanism = option_named(tr, cell)))
        sb_printf(used, "%s\n", cell);
      else
        add_labelled(&pc->extra, head, cell);
      break;
    default:
      add_labelled(&pc->extra, head, cell);
    }
  }
}

/* Keeps a provider the model cannot hold as a paragraph of the section's text: its cells as
   "heading: text" lines. */
static void provider_as_text(struct doc_section *s, enum doc_lang l, const struct import_table *t, size_t r)
{
  struct strbuf b = { 0 };
  sb_add(&b, s->text[l]);
  if (b.len)
    sb_add(&b, "\n\n");
  size_t start = b.len;
  for (size_t c = 0; c < t->ncols; c++)
    if (!str_blank(t->cell[r * t->ncols + c])) {
      if (b.len > start)
        sb_addc(&b, '\n');
      sb_printf(&b, "%s%s%s", t->head[c], *t->head[c] ? ": " : "", t->cell[r * t->ncols + c]);
    }
  str_set(&s->text[l], b.s);
  sb_free(&b);
}

/* Makes row r of a providers table a provider row of d, or text when it has no name or no known
   country; returns true for a row. */
static bool provider_row(struct doc *d, enum doc_lang l, const struct import_table *t, size_t r,
                         struct strbuf *report, struct strbuf *used)
{
  struct doc_section *s = doc_section(d, "providers");
  struct provider_cells pc = { 0 };
  read_provider(t, r, &pc, used);
  bool ok = pc.name.len && pc.country;
  if (ok) {
    if (pc.mechanism && !country_outside_eea(pc.country))
      add_labelled(&pc.extra, "", _(schema_option(schema_find("transfers"), pc.mechanism)->label));
    const char *mech = country_outside_eea(pc.country) ? pc.mechanism : NULL;
    struct doc_provider *p = doc_provider_add(s, pc.name.s, pc.role ? pc.role : "other", pc.country, mech);
    if (pc.extra.len && pc.role && !pc.what.len)
      add_line(&pc.what, _(schema_option(s->schema, pc.role)->label));
    add_line(&pc.what, pc.extra.s);
    str_set(&p->what[l], pc.what.s ? pc.what.s : "");
  } else {
    provider_as_text(s, l, t, r);
    const char *h = _(s->schema->heading);
    if (!pc.name.len)
      sb_printf(report, _("  %s: a row of the service providers has no name; its text was kept as the section's "
                          "text.\n"), h);
    else if (pc.country_text)
      sb_printf(report, _("  %s: the country of the service provider \"%s\" (\"%s\") is not one seloste knows; "
                          "the provider was kept as the section's text. Add it as a row with its country.\n"),
                h, pc.name.s, pc.country_text);
    else
      sb_printf(report, _("  %s: the service provider \"%s\" has no country; it was kept as the section's text. "
                          "Add it as a row with its country.\n"), h, pc.name.s);
  }
  sb_free(&pc.name);
  sb_free(&pc.what);
  sb_free(&pc.extra);
  return ok;
}

void import_table_rows(struct doc *d, enum doc_lang l, const struct import_table *t, struct strbuf *report,
                       struct strbuf *used)
{
  enum import_table_kind kind = import_table_kind(t);
  for (size_t c = 0; c < t->ncols; c++)
    sb_printf(used, "%s\n", t->head[c]);
  if (kind == TABLE_PURPOSES) {
    size_t n = purposes_rows(d, l, t, report, used);
    sb_printf(report, _("  %s: %zu purposes read from a table or list\n"),
              _(schema_find("purposes")->heading), n);
  } else if (kind == TABLE_PROVIDERS) {
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++)
      n += provider_row(d, l, t, r, report, used);
    sb_printf(report, _("  %s: %zu service providers read from a table or list\n"),
              _(schema_find("providers")->heading), n);
  }
}

/* The builder: headings to sections, paragraphs of shared headings routed, contact blocks parsed,
   dates and the checklists recognised (the legal basis and transfers: import_model.c); whatever fits
   nowhere goes to "other". */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import_build.h"
#include "import_contact.h"
#include "import_match.h"
#include "import_model.h"
#include "import_table.h"
#include "render.h"

/* Builder state. */
struct builder {
  struct doc *d;
  struct strbuf *text;     /* per schema section */
  struct strbuf *report, *used, unplaced;
  struct strbuf basis;     /* the text under legal-basis headings (import_model_purposes) */
  char *title_register;    /* register name read from the title */
  char **extra;            /* short preamble lines to place at the end */
  size_t nextra;
  int dates_seen;
  const struct import_table **tables; /* tables of rows of the blocks (owned by the blocks) */
  size_t ntables;
};

char *import_translate(const char *msgid, const char *lang)
{
  char *saved = xstrdup(i18n_ui_language());
  i18n_use(lang);
  char *t = xstrdup(gettext(msgid));
  i18n_use(saved);
  free(saved);
  return t;
}

/* Appends "heading\n\nbody" to the other section and notes it as unplaced. */
static void to_other(struct builder *bl, const char *heading, const char *body)
{
  int o = schema_index("other");
  if (heading)
    sb_add_para(&bl->text[o], heading);
  sb_add_para(&bl->text[o], body);
  const char *what = heading ? heading : body;
  sb_printf(&bl->unplaced, "  \"%.*s%s\"\n", 70, what, strlen(what) > 70 ? "..." : "");
}

/* ---------- dates ---------- */

static void title_line(struct builder *bl, const char *line);

/* Trims white space off both ends of s in place. */
static char *trimmed_line(char *s)
{
  while (*s == ' ' || *s == '\n')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
    s[--n] = '\0';
  return s;
}

/* Reads a date at s ("28.4.2021", "2026-06-18", "18 June 2026") into iso; returns its length or 0. */
static size_t read_date(const char *text, char iso[11])
{
  static const char *const months[] = { "january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december" };
  int d, m, y, n = 0;
  char mon[16], s[40];
  snprintf(s, sizeof s, "%.39s", text); /* sscanf takes strlen of its input: on the whole text, once per word */
  if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10) {
  } else if (sscanf(s, "%2d.%2d.%4d%n", &d, &m, &y, &n) == 3 && n >= 8) {
  } else if (sscanf(s, "%2d %15[A-Za-z] %4d%n", &d, mon, &y, &n) == 3) {
    m = 0;
    for (int i = 0; i < 12; i++)
      if (strcasecmp(mon, months[i]) == 0)
        m = i + 1;
  } else {
    return 0;
  }
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
    return 0;
  snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
  return i18n_valid_date(iso) ? (size_t)n : 0;
}

/* Stores one date found after label text lab (normalised) under a heading that names which. */
static void put_date(struct builder *bl, const char *iso, const char *lab, enum import_date which)
{
  bool created = import_has(lab, "laadit|laatimis|valmistel|prepared|created");
  bool modified = import_has(lab, "päivit|muokat|muutet|updated|modified");
  if (which == DATE_BOTH && !created && !modified)
    which = bl->dates_seen++ == 0 ? DATE_CREATED : DATE_MODIFIED;
  else if (which == DATE_BOTH)
    which = created ? DATE_CREATED : DATE_MODIFIED;
  str_set(which == DATE_CREATED ? &bl->d->created : &bl->d->modified, iso);
}

/* Takes the dates out of a dates block; text that is not a date or a label goes to other. */
static void place_dates(struct builder *bl, const char *heading, const char *body, enum import_date which)
{
  char *all = xasprintf("%s\n%s", heading, body);
  struct strbuf rest = { 0 }, label = { 0 };
  bool rest_words = false;
  for (const char *p = all; *p;) {
    char iso[11];
    size_t n = (p == all || p[-1] == ' ' || p[-1] == '\n' || p[-1] == ':') ? read_date(p, iso) : 0;
    if (n) {
      char *lab = import_normalise(label.s ? label.s : "");
      put_date(bl, iso, lab, which);
      sb_printf(bl->report, _("  date %s read from \"%.*s\"\n"), iso, (int)n, p);
      sb_printf(bl->used, "%.*s %s\n", (int)n, p, label.s ? label.s : "");
      free(lab);
      label.len = 0;
      p += n;
      continue;
    }
    sb_addc(&label, *p);
    if (*p == '\n' && label.len) {
      char *norm = import_normalise(label.s);
      bool known = !*norm || import_has(norm, "laadit|laatimis|valmistel|päivit|muokat|muutet|prepared|created|"
                                               "updated|modified|=date|päivämäärä|=pvm|viimeksi|=last|=update");
      if (!known) {
        sb_add(&rest, label.s);
        rest_words = true;
      } else {
        sb_add(bl->used, label.s);
      }
      free(norm);
      label.len = 0;
      label.s[0] = '\0';
    }
    p++;
  }
  if (label.len) {
    char *norm = import_normalise(label.s);
    if (*norm && !import_has(norm, "laadit|laatimis|valmistel|päivit|muokat|muutet|prepared|created|updated|"
                                   "modified|=date|päivämäärä|=pvm|viimeksi|=last|=update"))
      sb_add(&rest, label.s), rest_words = true;
    else
      sb_add(bl->used, label.s);
    free(norm);
  }
  char *rest_norm = import_normalise(rest.s ? rest.s : "");
  if (rest_words && import_is_title(rest_norm) && rest.len < 120)
    title_line(bl, trimmed_line(rest.s));
  else if (rest_words)
    to_other(bl, NULL, rest.s);
  free(rest_norm);
  sb_free(&rest);
  sb_free(&label);
  free(all);
}

/* ---------- preamble (text before the first heading) ---------- */

/* True when p is the lead paragraph seloste puts under its title, in either language. */
static bool is_lead(const char *p)
{
  char *norm = import_normalise(p);
  bool hit = false;
  for (int l = 0; l < LANG_COUNT && !hit; l++) {
    char *t = import_translate(render_lead_msgid(), doc_lang_code(l));
    char *tn = import_normalise(t);
    hit = strcmp(norm, tn) == 0;
    free(t);
    free(tn);
  }
  free(norm);
  return hit;
}

/* Takes the register's name out of a title such as "Asiakasrekisteri - tietosuojaseloste". */
static void title_line(struct builder *bl, const char *line)
{
  static const char *const seps[] = { " \xe2\x80\x93 ", " - ", ": ", " \xe2\x80\x94 " };
  for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
    const char *sep = strstr(line, seps[i]);
    if (!sep)
      continue;
    char *a = xmalloc((size_t)(sep - line) + 1);
    memcpy(a, line, (size_t)(sep - line));
    a[sep - line] = '\0';
    const char *b = sep + strlen(seps[i]);
    char *na = import_normalise(a);
    const char *name = import_is_title(na) ? b : a;
    if (!bl->title_register)
      bl->title_register = xstrdup(name);
    free(na);
    free(a);
    break;
  }
  sb_printf(bl->report, _("  title \"%s\"\n"), line);
  sb_printf(bl->used, "%s\n", line);
}

/* Places a line such as "Päivitetty 3.5.2024" as a date; true when it was one. */
static bool dated_line(struct builder *bl, const char *p)
{
  struct import_match m;
  char iso[11];
  const char *digit = strpbrk(p, "0123456789");
  if (!digit || strlen(p) > 60 || !read_date(digit, iso) || !import_match_heading(p, false, &m) || m.date == DATE_NONE)
    return false;
  place_dates(bl, p, "", m.date);
  return true;
}

/* Places the text before the first heading: title, lead, register name; the rest to other. */
static void place_preamble(struct builder *bl, const char *body)
{
  char *copy = xstrdup(body), *save = NULL;
  for (char *p = strtok_r(copy, "\n", &save); p; p = strtok_r(NULL, "\n", &save)) {
    char *norm = import_normalise(p);
    if (is_lead(p)) {
      sb_printf(bl->used, "%s\n", p);
    } else if (dated_line(bl, p)) {
      ;
    } else if (import_is_title(norm) && strlen(p) < 120) {
      title_line(bl, p);
    } else if (!str_blank(p) && strlen(p) < 80) {
      bl->extra = xrealloc(bl->extra, (bl->nextra + 1) * sizeof *bl->extra);
      bl->extra[bl->nextra++] = xstrdup(p);
    } else if (!str_blank(p)) {
      to_other(bl, NULL, p);
    }
    free(norm);
  }
  free(copy);
}

/* Places the short preamble lines once the document's names are known. */
static void place_extra(struct builder *bl)
{
  int reg = schema_index("register_name");
  const char *ctrl = doc_section(bl->d, "controller")->field[FIELD_NAME];
  for (size_t i = 0; i < bl->nextra; i++) {
    const char *p = bl->extra[i];
    char *norm = import_normalise(p);
    bool is_reg = bl->text[reg].len ? strcmp(bl->text[reg].s, p) == 0 : import_has(norm, "rekisteri|register");
    if (is_reg && !bl->text[reg].len) {
      sb_add(&bl->text[reg], p);
      sb_printf(bl->report, _("  \"%s\" -> %s\n"), p, _(schema_find("register_name")->heading));
    } else if (is_reg || (ctrl && strcmp(ctrl, p) == 0)) {
      sb_printf(bl->used, "%s\n", p);
    } else {
      to_other(bl, NULL, p);
    }
    free(norm);
    free(bl->extra[i]);
  }
  free(bl->extra);
  if (bl->title_register && !bl->text[reg].len)
    sb_add(&bl->text[reg], bl->title_register);
  free(bl->title_register);
}

/* ---------- blocks ---------- */

/* Reports where a heading went. */
static void report_heading(struct builder *bl, const char *heading, const struct import_match *m)
{
  sb_printf(bl->report, "  \"%s\" ->", heading);
  for (int i = 0; i < m->n; i++)
    sb_printf(bl->report, "%s %s", i ? "," : "", _(schema_at((size_t)m->sec[i])->heading));
  sb_addc(bl->report, '\n');
  sb_printf(bl->used, "%s\n", heading);
}

/* Keeps the text under a legal-basis heading for import_model_purposes; a bare label such as
   "Sopimus", alone or as the first paragraph, is kept with its heading ("Käsittelyn oikeusperuste:
   Sopimus"), which reads on its own. */
static void place_basis(struct builder *bl, const char *heading, const char *body)
{
  size_t n = strcspn(body, "\n");
  bool para = body[n] == '\0' || strncmp(body + n, "\n\n", 2) == 0;
  if (str_blank(body)) {
    sb_printf(bl->report, _("    (its text is empty)\n"));
  } else if (n <= 60 && para && body[n - 1] != '.') {
    heading += strspn(heading, "0123456789.) ");
    char *label = xasprintf("%s: %.*s", heading, (int)n, body);
    sb_add_para(&bl->basis, label);
    free(label);
    sb_add_para(&bl->basis, body + n + strspn(body + n, "\n"));
  } else {
    sb_add_para(&bl->basis, body);
  }
}

/* Places one block. */
static void place_block(struct builder *bl, const struct import_block *blk)
{
  bl->tables = xrealloc(bl->tables, (bl->ntables + blk->ntables + 1) * sizeof *bl->tables);
  for (size_t i = 0; i < blk->ntables; i++)
    bl->tables[bl->ntables++] = &blk->tables[i];
  char *body = import_inline_html(blk->body ? blk->body : "");
  struct import_match m;
  if (!blk->heading) {
    place_preamble(bl, body);
  } else if (!import_match_heading(blk->heading, false, &m)) {
    to_other(bl, blk->heading, body);
  } else if (m.date != DATE_NONE) {
    report_heading(bl, blk->heading, &m);
    place_dates(bl, blk->heading, body, m.date);
  } else if (m.basis) {
    report_heading(bl, blk->heading, &m);
    place_basis(bl, blk->heading, body);
  } else {
    report_heading(bl, blk->heading, &m);
    if (str_blank(body))
      sb_printf(bl->report, _("    (its text is empty)\n"));
    char *copy = xstrdup(body);
    for (char *p = copy; p && *p;) {
      char *end = str_para_break(p);
      if (end)
        *end = '\0';
      sb_add_para(&bl->text[m.sec[import_match_route(p, &m)]], p);
      p = end ? end + 2 : NULL;
    }
    free(copy);
  }
  free(body);
}

/* When the notice names no controller (its controller text, parsed alone, gives no name), gives the
   controller the contact details read outside the notice (a web page's footer: blocks marked outside,
   import.h): each paragraph holding an e-mail address, a business ID or a postal code ("@", "tunnus", five
   digits in a row), its parts apart at " | ", " · " and " • ", a copyright line left out. */
static void place_outside(struct builder *bl, const struct import_blocks *b)
{
  int c = schema_index("controller");
  struct doc *trial = doc_new();
  struct strbuf left = { 0 }, labels = { 0 }, taken = { 0 };
  struct doc_section *s = doc_section(trial, "controller");
  import_contact_parse(s, bl->text[c].s ? bl->text[c].s : "", &left, &labels);
  bool named = !str_blank(s->field[FIELD_NAME]);
  doc_free(trial);
  for (size_t i = 0; i < b->n && !named; i++) {
    char *copy = b->v[i].outside ? xstrdup(b->v[i].body) : NULL;
    for (char *p = copy, *end; p && *p; p = end ? end + 2 : NULL) {
      if ((end = str_para_break(p)))
        *end = '\0';
      size_t run = 0, most = 0;
      for (const char *q = p; *q; q++)
        most = (run = *q >= '0' && *q <= '9' ? run + 1 : 0) > most ? run : most;
      if (!strchr(p, '@') && !strcasestr(p, "tunnus") && most != 5)
        continue;
      for (char *q = p; (q = strpbrk(q, "|\xc2\xe2"));) /* "|", "·" (C2 B7), "•" (E2 80 A2) */
        if (*q == '|' || strncmp(q, "\xc2\xb7", 2) == 0 || strncmp(q, "\xe2\x80\xa2", 3) == 0)
          memset(q, '\n', *q == '|' ? 1 : *q == '\xc2' ? 2 : 3);
        else
          q++;
      for (char *save = NULL, *line = strtok_r(p, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
        if (!str_blank(line) && !strstr(line, "\xc2\xa9") && !strcasestr(line, "copyright"))
          sb_printf(&taken, "%s\n", line + strspn(line, " "));
    }
    free(copy);
  }
  if (taken.len) {
    sb_add_para(&bl->text[c], taken.s);
    sb_printf(bl->report, _("  the page's footer -> %s (the notice names no controller)\n"),
              _(schema_find("controller")->heading));
  }
  sb_free(&left);
  sb_free(&labels);
  sb_free(&taken);
}

static struct doc *import_build_finish(struct builder *bl);

struct doc *import_build(const struct import_blocks *b, struct strbuf *report, struct strbuf *used)
{
  struct builder bl = { .report = report, .used = used };
  bl.d = doc_new();
  bl.text = xmalloc(schema_count() * sizeof *bl.text);
  memset(bl.text, 0, schema_count() * sizeof *bl.text);
  sb_printf(report, _("Headings:\n"));
  for (size_t i = 0; i < b->n; i++)
    if (!b->v[i].outside)
      place_block(&bl, &b->v[i]);
  place_outside(&bl, b);
  return import_build_finish(&bl);
}

/* ---------- finishing: contacts, choices, checklists ---------- */

/* Adds the labels a contact block's fields were read by ("puh.", "Y-tunnus") to the report; frees them. */
static void report_labels(struct builder *bl, struct strbuf *labels)
{
  if (labels->len) {
    sb_add(bl->used, labels->s);
    sb_add(bl->report, _(" labels read:"));
    for (char *l = labels->s, *nl; (nl = strchr(l, '\n')); l = nl + 1)
      sb_printf(bl->report, " \"%.*s\"", (int)(nl - l), l);
  }
  sb_free(labels);
}

/* Parses each contact section's text into fields; the rest stays its text. */
static void finish_contacts(struct builder *bl)
{
  for (size_t i = 0; i < schema_count(); i++) {
    struct doc_section *s = &bl->d->sec[i];
    if (s->schema->kind != SCHEMA_CONTACT || !bl->text[i].len)
      continue;
    struct strbuf left = { 0 }, labels = { 0 };
    import_contact_parse(s, bl->text[i].s, &left, &labels);
    bl->text[i].len = 0;
    bl->text[i].s[0] = '\0';
    if (left.len)
      sb_add(&bl->text[i], left.s);
    sb_free(&left);
    sb_printf(bl->report, "  %s:", _(s->schema->heading));
    for (int f = 0; f < FIELD_COUNT; f++)
      if (s->field[f])
        sb_printf(bl->report, " %s \"%s\";", _(schema_field_label(f)), s->field[f]);
    report_labels(bl, &labels);
    sb_addc(bl->report, '\n');
  }
}

/* The language the notice is written in, by counting common words. */
static enum doc_lang detect_lang(struct builder *bl)
{
  int fi = 0, en = 0;
  for (size_t i = 0; i < schema_count() + bl->ntables; i++) {
    struct strbuf cells = { 0 };
    const struct import_table *t = i < schema_count() ? NULL : bl->tables[i - schema_count()];
    for (size_t c = 0; t && c < t->nrows * t->ncols; c++)
      sb_printf(&cells, "%s\n", t->cell[c]);
    char *norm = import_normalise(t ? (cells.s ? cells.s : "") : bl->text[i].s ? bl->text[i].s : "");
    for (char *w = strtok(norm, " "); w; w = strtok(NULL, " ")) {
      fi += import_has(w, "=ja|=on|=tai|=tietoja|=sekä|=ei|=voi");
      en += import_has(w, "=the|=and|=of|=to|=is|=we|=your");
    }
    free(norm);
    sb_free(&cells);
  }
  return en > fi ? LANG_EN : LANG_FI;
}

/* Words that tick each checklist option. */
static const struct { const char *section, *id, *words; } item_words[] = {
  { "data_content", "name", "sukunimi|etunimi|=nimi|=name|=names|=full name" },
  { "data_content", "organisation", "yhteisö|organisaatio|=yritys|yrityksen|edustama|=company|organisation|organization" },
  { "data_content", "title", "titteli|=asema|tehtävänimike|=title|=position|=job" },
  { "data_content", "email", "sähköpost|=e-mail|=email" },
  { "data_content", "phone", "puhelin|=phone|=telephone|=mobile" },
  { "data_content", "address", "=postiosoite|=osoite|katuosoite|laskutusosoite|=osoitetiedot|=postal|=address" },
  { "data_content", "customer_number", "asiakasnumero|=customer number|asiakastunnus" },
  { "data_content", "billing", "laskutu|=maksu|maksutied|billing|invoic|payment" },
  { "data_content", "orders", "tilaus|tilauks|tilauksista|ostohistoria|=ostot|=order|=orders|purchase" },
  { "data_content", "marketing_permissions", "markkinointilu|markkinointikiel|=marketing permission" },
  { "data_content", "correspondence", "muistiinpano|asiakaspalvelun viestit|correspondence|=notes" },
  { "data_content", "web_data", "=ip|ip-osoite|selaustied|selaushistoria|browsing|=ip-address" },
  { "cookies", "analytics", "analytics|=matomo|analytiikka|=plausible" },
  { "cookies", "marketing_automation", "hubspot|mailchimp|=pardot|marketo|markkinoinnin automaatio|"
                                       "markkinointiautomaatio|marketing automation" },
  { "cookies", "ad_pixels", "=pixel|pikseli|linkedin insight|google ads|meta pixel" },
};

/* True when the last paragraph of text is a list of option labels only (seloste's own rendering). */
static bool label_list(const struct schema_section *sc, const char *para)
{
  char *copy = xstrdup(para), *save = NULL;
  bool all = true, any = false;
  for (char *line = strtok_r(copy, "\n", &save); line && all; line = strtok_r(NULL, "\n", &save)) {
    bool hit = false;
    for (const struct schema_option *o = sc->options; o && o->id && !hit; o++)
      for (int l = 0; l < LANG_COUNT && !hit; l++) {
        char *t = import_translate(o->label, doc_lang_code(l));
        hit = strncmp(line, "- ", 2) == 0 && strcmp(line + 2, t) == 0;
        free(t);
      }
    all = hit;
    any = true;
  }
  free(copy);
  return all && any;
}

/* Ticks the options a checklist's text names; a trailing list of bare labels becomes ticks. */
static void recognise_items(struct builder *bl, struct doc_section *s, enum doc_lang l)
{
  const char *tail;
  char *para = str_para_break(s->text[l]);
  while (para && str_para_break(para + 2))
    para = str_para_break(para + 2);
  tail = para ? para + 2 : s->text[l];
  char *norm = import_normalise(s->text[l]);
  for (size_t i = 0; i < sizeof item_words / sizeof item_words[0]; i++)
    if (strcmp(item_words[i].section, s->schema->id) == 0 && import_has(norm, item_words[i].words))
      doc_set_item(s, item_words[i].id, true);
  free(norm);
  if (*tail && label_list(s->schema, tail)) {
    sb_printf(bl->used, "%s\n", tail);
    size_t keep = (size_t)(tail - s->text[l]);
    s->text[l][keep >= 2 ? keep - 2 : 0] = '\0';
  }
  if (!s->nitems)
    return;
  sb_printf(bl->report, "  %s:", _(s->schema->heading));
  for (size_t i = 0; i < s->nitems; i++)
    sb_printf(bl->report, " %s", s->items[i]);
  sb_addc(bl->report, '\n');
}

/* Drops a last paragraph that is only the supervisory authority's details as seloste renders them
   (it adds them itself from its data); true when it did. */
static bool drop_authority(struct builder *bl, struct doc_section *s, enum doc_lang l)
{
  static const char *const labels[] = { N_("Authority"), N_("Visiting address"), N_("Postal address"),
                                        N_("Switchboard"), N_("Registry"), N_("E-mail"), N_("Website") };
  char *para = str_para_break(s->text[l]), *tail = s->text[l];
  while (para) {
    tail = para + 2;
    para = str_para_break(tail);
  }
  char *copy = xstrdup(tail), *save = NULL;
  bool all = true, any = false;
  for (char *line = strtok_r(copy, "\n", &save); line && all; line = strtok_r(NULL, "\n", &save), any = true) {
    bool hit = false;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0] && !hit; i++)
      for (int k = 0; k < LANG_COUNT && !hit; k++) {
        char *t = import_translate(labels[i], doc_lang_code(k));
        hit = strncmp(line, t, strlen(t)) == 0 && strncmp(line + strlen(t), ": ", 2) == 0;
        free(t);
      }
    all = hit;
  }
  free(copy);
  if (!all || !any)
    return false;
  sb_printf(bl->used, "%s\n", tail);
  tail[tail == s->text[l] ? 0 : -2] = '\0';
  sb_printf(bl->report, _("  %s: the supervisory authority's details, which seloste adds itself\n"),
            _(s->schema->heading));
  return true;
}

/* A copy of text with each line break inside a paragraph made a paragraph break, list lines kept
   together: the document's paragraphs are then the same whatever the renderer wraps. */
static char *unbreak(const char *text)
{
  struct strbuf b = { 0 };
  sb_add(&b, "");
  const char *line = text; /* start of the line p is on, kept as p goes (not searched back for) */
  for (const char *p = text; *p; p++) {
    bool single = *p == '\n' && p[1] != '\n' && p[1] && (p == text || p[-1] != '\n');
    bool list = single && (strncmp(p + 1, "- ", 2) == 0 || strncmp(line, "- ", 2) == 0);
    if (single && !list)
      sb_add(&b, "\n\n");
    else
      sb_addc(&b, *p);
    if (*p == '\n')
      line = p + 1;
  }
  return sb_take(&b);
}

/* Makes the line breaks inside every text section's and purpose row's paragraphs paragraph breaks. */
static void unbreak_all(struct doc *d, enum doc_lang l)
{
  for (size_t i = 0; i < schema_count(); i++) {
    if (d->sec[i].schema->kind == SCHEMA_CONTACT)
      continue;
    char *t = unbreak(d->sec[i].text[l]);
    str_set(&d->sec[i].text[l], t);
    free(t);
    for (size_t r = 0; r < d->sec[i].npurposes; r++) {
      t = unbreak(d->sec[i].purposes[r].text[l]);
      str_set(&d->sec[i].purposes[r].text[l], t);
      free(t);
    }
  }
}

static struct doc *import_build_finish(struct builder *bl)
{
  sb_printf(bl->report, _("Fields:\n"));
  finish_contacts(bl);
  place_extra(bl);
  enum doc_lang l = detect_lang(bl);
  bl->d->lang_enabled[LANG_FI] = l == LANG_FI;
  bl->d->lang_enabled[LANG_EN] = l == LANG_EN;
  for (size_t i = 0; i < schema_count(); i++) {
    if (bl->text[i].len)
      str_set(&bl->d->sec[i].text[l], bl->text[i].s);
    sb_free(&bl->text[i]);
  }
  free(bl->text);
  for (size_t i = 0; i < bl->ntables; i++)
    import_table_rows(bl->d, l, bl->tables[i], bl->report, bl->used);
  free(bl->tables);
  import_model_purposes(bl->d, l, bl->basis.s, bl->report);
  sb_free(&bl->basis);
  import_model_transfers(bl->d, l, bl->report);
  import_model_dependants(bl->d, l, bl->report);
  recognise_items(bl, doc_section(bl->d, "data_content"), l);
  recognise_items(bl, doc_section(bl->d, "cookies"), l);
  drop_authority(bl, doc_section(bl->d, "complaint"), l);
  unbreak_all(bl->d, l);
  import_model_origins(bl->d);
  if (bl->unplaced.len)
    sb_printf(bl->report, _("Unplaced, kept in \"%s\":\n%s"), _(schema_find("other")->heading), bl->unplaced.s);
  else
    sb_printf(bl->report, _("Unplaced: nothing.\n"));
  sb_free(&bl->unplaced);
  return bl->d;
}

/* The placeholder filler: {controller} and its kind become the document's values, or, where a value
   is missing, a visible mark in the notice language; the one place that knows what each stands for. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "render.h"
#include "util.h"

/* A placeholder: where its value lives, what it is called in plain words, where to set it. */
struct placeholder {
  const char *name;     /* as written between braces */
  const char *section;  /* section holding the value */
  int field;            /* contact field, or -1 for the section's text */
  const char *mark;     /* msgid: the visible gap in a draft, in the notice language */
  const char *missing;  /* msgid: "the controller's name is missing" */
  const char *ini_sect; /* seloste.ini section that prefills it, or NULL */
  const char *ini_key;
};

static const struct placeholder placeholders[] = {
  { "controller", "controller", FIELD_NAME, N_("[company name missing]"),
    N_("the controller's name is missing"), "organisation", "name" },
  { "website", "controller", FIELD_WEBSITE, N_("[web address missing]"),
    N_("the web address is missing"), "organisation", "website" },
  { "contact_name", "contact_person", FIELD_NAME, N_("[contact person's name missing]"),
    N_("the contact person's name is missing"), "contact", "name" },
  { "contact_email", "contact_person", FIELD_EMAIL, N_("[contact e-mail address missing]"),
    N_("the contact person's e-mail address is missing"), "contact", "email" },
  { "contact_phone", "contact_person", FIELD_PHONE, N_("[contact phone number missing]"),
    N_("the contact person's phone number is missing"), "contact", "phone" },
  { "register", "register_name", -1, N_("[register name missing]"),
    N_("the name of the register is missing"), NULL, NULL },
};
#define N_PLACEHOLDERS (sizeof placeholders / sizeof placeholders[0])

/* Index of the placeholder called name[0..n), or -1 when there is none of that name. */
static int placeholder_find(const char *name, size_t n)
{
  for (size_t i = 0; i < N_PLACEHOLDERS; i++)
    if (strlen(placeholders[i].name) == n && strncmp(placeholders[i].name, name, n) == 0)
      return (int)i;
  return -1;
}

/* Value of placeholder i in the document, or NULL when empty. */
static const char *placeholder_value(const struct doc *d, enum doc_lang l, size_t i)
{
  const struct doc_section *s = doc_section(d, placeholders[i].section);
  const char *v = placeholders[i].field < 0 ? s->text[l] : s->field[placeholders[i].field];
  return str_blank(v) ? NULL : v;
}

/* Appends value v without its trailing blanks and newlines. */
static void add_trimmed(struct strbuf *b, const char *v)
{
  size_t n = strlen(v);
  while (n && (v[n - 1] == '\n' || v[n - 1] == ' '))
    n--;
  sb_addn(b, v, n);
}

/* Appends what stands in for {name}: its value, its mark, or the braces kept as they are. */
static void fill_one(struct strbuf *b, const struct doc *d, enum doc_lang l, const char *open, size_t n,
                     enum fill_how how, unsigned *gaps)
{
  int i = placeholder_find(open + 1, n);
  const char *v = i < 0 ? NULL : placeholder_value(d, l, (size_t)i);
  if (v) {
    add_trimmed(b, v);
    return;
  }
  if (i >= 0 && gaps)
    *gaps |= 1u << i;
  if (i >= 0 && how == FILL_MARK)
    sb_add(b, _(placeholders[i].mark));
  else
    sb_addn(b, open, n + 2);
}

char *render_fill(const struct doc *d, enum doc_lang l, const char *text, enum fill_how how, unsigned *gaps)
{
  struct strbuf b = { 0 };
  const char *p = text;
  while (*p) {
    const char *open = strchr(p, '{');
    const char *close = open ? strchr(open, '}') : NULL;
    if (!close) {
      sb_add(&b, p);
      break;
    }
    sb_addn(&b, p, (size_t)(open - p));
    fill_one(&b, d, l, open, (size_t)(close - open - 1), how, gaps);
    p = close + 1;
  }
  return sb_take(&b);
}

int render_placeholder_index(const char *name)
{
  return placeholder_find(name, strlen(name));
}

char *render_gap_words(int i)
{
  const struct placeholder *p = &placeholders[i];
  const char *heading = _(schema_find(p->section)->heading);
  if (!p->ini_sect)
    return xasprintf(_("%s (section \"%s\")"), _(p->missing), heading);
  return xasprintf(_("%s (section \"%s\", or %s = in [%s] of seloste.ini)"), _(p->missing), heading,
                   p->ini_key, p->ini_sect);
}

const char *render_gap_section(int i)
{
  return placeholders[i].section;
}

int render_gap_field(int i)
{
  return placeholders[i].field;
}

char *render_gaps_text(unsigned gaps)
{
  struct strbuf b = { 0 };
  for (size_t i = 0; i < N_PLACEHOLDERS; i++) {
    if (!(gaps & (1u << i)))
      continue;
    char *w = render_gap_words((int)i);
    sb_printf(&b, "%s%s", b.len ? "; " : "", w);
    free(w);
  }
  return sb_take(&b);
}

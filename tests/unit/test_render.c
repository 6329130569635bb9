/* Unit tests: rendering rules that hold whatever the clause wording is. */
#include "config.h"

#include "clauses.h"
#include "i18n.h"
#include "render.h"
#include "unit.h"

/* A small document: controller, contact e-mail, one purpose on a contract written in Finnish only. */
static struct doc *small(void)
{
  struct doc *d = doc_new();
  str_set(&d->created, "2026-03-05");
  str_set(&d->modified, "2026-11-21");
  str_set(&doc_section(d, "controller")->field[FIELD_NAME], "Pikkuyritys <b>Oy</b>");
  str_set(&doc_section(d, "controller")->field[FIELD_EMAIL], "tietosuoja@pikku.fi");
  str_set(&doc_section(d, "contact_person")->field[FIELD_EMAIL], "anna@pikku.fi");
  struct doc_purpose *p = doc_purpose_add(doc_section(d, "purposes"), "orders", "contract");
  str_set(&p->text[LANG_FI], "Sopimus.");
  str_set(&doc_section(d, "legitimate_interest")->text[LANG_FI], "Etu, jota ei pidä näyttää.");
  return d;
}

/* Renders d and returns the output. */
static char *render(const struct doc *d, enum doc_lang l, enum render_format f, bool fragment)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&buf, &n);
  static struct authority a; /* the packaged one, as the commands print it */
  static bool have;
  if (!have) {
    struct strbuf err = { 0 };
    ck_assert_msg(authority_load(&a, &err), "%s", err.s);
    have = true;
  }
  struct render_opts o = { l, f, fragment, 0, false };
  ck_assert(render_doc(d, &a, &o, fp, NULL));
  fclose(fp);
  return buf;
}

START_TEST(text_wraps_at_72_display_columns)
{
  struct doc *d = small();
  struct strbuf b = { 0 };
  for (int i = 0; i < 60; i++)
    sb_add(&b, "äöäöä ");
  str_set(&doc_section(d, "purposes")->text[LANG_FI], b.s);
  char *out = render(d, LANG_FI, FORMAT_TEXT, false);
  for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n"))
    ck_assert_msg(utf8_width(line, strlen(line)) <= 72, "too wide: %s", line);
  free(out);
  sb_free(&b);
  doc_free(d);
}
END_TEST

START_TEST(dependent_section_only_when_its_basis_is_chosen)
{
  struct doc *d = small();
  char *out = render(d, LANG_FI, FORMAT_TEXT, false);
  ck_assert_ptr_null(strstr(out, "Etu, jota"));
  free(out);
  str_set(&doc_section(d, "purposes")->purposes[0].basis, "legitimate_interest");
  out = render(d, LANG_FI, FORMAT_TEXT, false);
  ck_assert_ptr_nonnull(strstr(out, "Etu, jota"));
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(empty_sections_never_render_as_empty_headings)
{
  struct doc *d = small();
  char *out = render(d, LANG_EN, FORMAT_HTML, true);
  /* every <h2> is followed by content before the section closes */
  for (char *p = strstr(out, "</h2>\n"); p; p = strstr(p + 1, "</h2>\n"))
    ck_assert_msg(strncmp(p + 6, "</section>", 10) != 0, "empty section near: %.80s", p - 60);
  ck_assert_ptr_null(strstr(out, ". Retention period</h2>"));
  free(out);
  doc_section(d, "dpo")->not_applicable = true;
  out = render(d, LANG_EN, FORMAT_TEXT, false);
  ck_assert_ptr_nonnull(strstr(out, "Data protection officer"));
  ck_assert_ptr_nonnull(strstr(out, "has not appointed"));
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(html_escapes_every_user_string)
{
  struct doc *d = small();
  str_set(&doc_section(d, "purposes")->text[LANG_FI], "<script>alert('x')</script> & \"q\"");
  char *out = render(d, LANG_FI, FORMAT_HTML, false);
  ck_assert_ptr_null(strstr(out, "<script>"));
  ck_assert_ptr_null(strstr(out, "<b>Oy"));
  ck_assert_ptr_nonnull(strstr(out, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
  ck_assert_ptr_nonnull(strstr(out, "<html lang=\"fi\">"));
  ck_assert_ptr_nonnull(strstr(out, "@media print"));
  ck_assert_ptr_nonnull(strstr(out, "href=\"mailto:tietosuoja@pikku.fi\""));
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(fragment_is_just_the_article)
{
  struct doc *d = small();
  char *out = render(d, LANG_EN, FORMAT_HTML, true);
  ck_assert(strncmp(out, "<article class=\"seloste\" lang=\"en\">", 35) == 0);
  ck_assert_ptr_null(strstr(out, "<html"));
  ck_assert_ptr_null(strstr(out, "<style"));
  ck_assert_str_eq(out + strlen(out) - 11, "</article>\n");
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(markdown_escapes_user_text)
{
  struct doc *d = small();
  str_set(&doc_section(d, "purposes")->text[LANG_FI], "# ei otsikko *ei korostus* [ei linkki]\n1. ei lista");
  char *out = render(d, LANG_FI, FORMAT_MD, false);
  ck_assert_ptr_nonnull(strstr(out, "\\# ei otsikko \\*ei korostus\\* \\[ei linkki\\]"));
  ck_assert_ptr_nonnull(strstr(out, "1\\. ei lista"));
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(placeholders_are_filled_and_unknown_ones_kept)
{
  struct doc *d = small();
  unsigned gaps = 0;
  char *s = render_fill(d, LANG_FI, "{controller} / {contact_email} / {unknown} / {website} / {", FILL_KEEP, &gaps);
  ck_assert_str_eq(s, "Pikkuyritys <b>Oy</b> / anna@pikku.fi / {unknown} / {website} / {");
  ck_assert_uint_eq(gaps, 1u << render_placeholder_index("website"));
  free(s);
  s = render_fill(d, LANG_FI, "{website} / {unknown}", FILL_MARK, NULL);
  ck_assert_str_eq(s, "[web address missing] / {unknown}");
  free(s);
  doc_free(d);
}
END_TEST

START_TEST(missing_details_are_marked_never_shown_as_placeholders)
{
  struct doc *d = small();
  str_set(&doc_section(d, "purposes")->text[LANG_EN], "Visit {website}; write to {contact_email}.");
  str_set(&doc_section(d, "purposes")->purposes[0].text[LANG_EN], "Contract.");
  ck_assert_uint_eq(render_gaps(d, LANG_EN), 1u << render_placeholder_index("website"));
  char *out = render(d, LANG_EN, FORMAT_HTML, true);
  ck_assert_ptr_null(strstr(out, "{website}"));
  ck_assert_ptr_nonnull(strstr(out, "Visit [web address missing]; write to anna@pikku.fi."));
  free(out);
  char *why = render_gaps_text(render_gaps(d, LANG_EN));
  ck_assert_str_eq(why, "the web address is missing (section \"Controller\", or website = in [organisation] of seloste.ini)");
  free(why);
  doc_free(d);
}
END_TEST

START_TEST(bullets_become_lists)
{
  struct doc *d = small();
  str_set(&doc_section(d, "purposes")->text[LANG_EN], "Intro:\n- one\n- two\n\nAfter.");
  char *out = render(d, LANG_EN, FORMAT_HTML, true);
  ck_assert_ptr_nonnull(strstr(out, "<p>Intro:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>After.</p>"));
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(bullet_test_never_reads_past_the_line)
{
  /* whole and cut-off bullets, at the end of the text and before a newline; a lone 0xE2 byte and
     a space once made render_blocks copy (size_t)-2 bytes (heap overflow) */
  static const char *const texts[] = {
    "\xe2 ", "\xe2 x", "\xe2 \nnext", "\xe2", "\xe2\x80", "\xe2\x80 ", "\xe2\x80\xa2",
    "\xe2\x80\xa2\nx", "- ", "-", "* ", "\xe2\x80\xa2 ", "a\n\xe2 \n\xe2\x80 b\n\xe2\x80\xa2 c",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
    for (int f = FORMAT_TEXT; f <= FORMAT_HTML; f++) {
      struct doc *d = small();
      str_set(&doc_section(d, "purposes")->text[LANG_FI], texts[i]);
      free(render(d, LANG_FI, (enum render_format)f, false));
      doc_free(d);
    }
  struct doc *d = small();
  str_set(&doc_section(d, "purposes")->text[LANG_EN], "\xe2\x80\xa2 one\n\xe2\x80\xa2");
  char *out = render(d, LANG_EN, FORMAT_HTML, true);
  ck_assert_msg(strstr(out, "<li>one</li>\n</ul>\n<p>\xe2\x80\xa2</p>"), "%s", out);
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(section_numbers_are_the_rendered_ones)
{
  struct doc *d = small();
  doc_section(d, "dpo")->not_applicable = true; /* says so in a sentence: in the notice */
  int count;
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("controller"), LANG_FI, &count), 1);
  ck_assert_int_eq(count, 6); /* with the complaint section, which every notice has (GDPR Art. 13(2)(d)) */
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("dpo"), LANG_FI, NULL), 3);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("purposes"), LANG_FI, NULL), 5);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("legitimate_interest"), LANG_FI, NULL), 0);
  /* the one purpose has no English text: a gap the English notice marks, so the section is in it */
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("purposes"), LANG_EN, &count), 5);
  ck_assert_int_eq(count, 6);
  /* a section with text in Finnish only is numbered in the Finnish notice only */
  str_set(&doc_section(d, "requirement")->text[LANG_FI], "Tiedot tarvitaan tilaukseen.");
  ck_assert_int_ne(render_section_number(d, (size_t)schema_index("requirement"), LANG_FI, &count), 0);
  ck_assert_int_eq(count, 7);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("requirement"), LANG_EN, &count), 0);
  ck_assert_int_eq(count, 6);
  char *out = render(d, LANG_EN, FORMAT_TEXT, false);
  for (size_t i = 0; i < schema_count(); i++) {
    int n = render_section_number(d, i, LANG_EN, NULL);
    char *h = xasprintf("\n%d. %s\n", n, schema_at(i)->heading);
    ck_assert_msg((strstr(out, h) != NULL) == (n > 0), "%s in %s", h, out);
    free(h);
  }
  free(out);
  doc_free(d);
}
END_TEST

/* Warnings render_doc gave, one a line. */
static struct strbuf warnings;

/* A warn callback that collects into warnings. */
static void collect_warning(const char *section_id, const char *msg)
{
  sb_printf(&warnings, "%s: %s\n", section_id, msg);
}

/* Renders d, collecting warnings, and returns the output. */
static char *render_warned(const struct doc *d, enum doc_lang l, enum render_format f)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&buf, &n);
  struct render_opts o = { l, f, true, 0, false };
  sb_free(&warnings);
  sb_add(&warnings, "");
  ck_assert(render_doc(d, NULL, &o, fp, collect_warning));
  fclose(fp);
  return buf;
}

/* Asserts that line is the one warning render_doc gave about its section (the text up to ':'). */
static void ck_assert_warned(const char *line)
{
  const char *at = strstr(warnings.s, line);
  ck_assert_msg(at && (at == warnings.s || at[-1] == '\n'), "no warning \"%s\" in:\n%s", line, warnings.s);
  char *prefix = xasprintf("\n%.*s", (int)(strchr(line, ':') - line + 1), line);
  ck_assert_msg(!strstr(at, prefix), "more than one warning about it:\n%s", warnings.s);
  free(prefix);
}

/* small() with three purposes: a contract with its retention, a legitimate interest with its interest
   and without retention, and one with English text only. */
static struct doc *with_rows(void)
{
  struct doc *d = small();
  struct doc_section *s = doc_section(d, "purposes");
  str_set(&s->purposes[0].text[LANG_EN], "Orders");
  str_set(&s->purposes[0].retention[LANG_EN], "Two years.");
  struct doc_purpose *p = doc_purpose_add(s, "own-1", "legitimate_interest");
  str_set(&p->text[LANG_EN], "Contacts\n\n\nof {controller}");
  str_set(&p->interest[LANG_EN], "Keeping in touch");
  p = doc_purpose_add(s, "own-2", "consent");
  str_set(&p->text[LANG_FI], "Vain suomeksi");
  str_set(&doc_section(d, "retention")->text[LANG_EN], "One year.");
  return d;
}

START_TEST(purposes_render_as_a_table_in_html)
{
  struct doc *d = with_rows();
  char *out = render_warned(d, LANG_EN, FORMAT_HTML);
  ck_assert_msg(strstr(out, "<th scope=\"col\">Purpose</th><th scope=\"col\">Legal basis</th>"
                            "<th scope=\"col\">Retention</th>"), "%s", out);
  ck_assert_ptr_nonnull(strstr(out, "<tr><td>Orders</td><td>Contract, Art. 6(1)(b)</td><td>Two years.</td></tr>"));
  /* blank lines of a row's text are one line break; the interest in the purpose cell; no retention:
     the retention section named by its number */
  int number = render_section_number(d, (size_t)schema_index("retention"), LANG_EN, NULL);
  char *want = xasprintf("<tr><td>Contacts<br>\nof Pikkuyritys &lt;b&gt;Oy&lt;/b&gt;<br>\nLegitimate interest: "
                         "Keeping in touch</td><td>Legitimate interests, Art. 6(1)(f)</td><td>See section %d "
                         "(Retention period)</td></tr>", number);
  ck_assert_msg(strstr(out, want), "%s\nnot in\n%s", want, out);
  ck_assert_ptr_null(strstr(out, "<tr><td></td>"));
  /* the row without English text: in its place a mark, a gap named by its Finnish text */
  free(want);
  want = xasprintf("<tr><td>[purpose text missing]</td><td>Consent, Art. 6(1)(a)</td><td>See section %d "
                   "(Retention period)</td></tr>", number);
  ck_assert_msg(strstr(out, want), "%s\nnot in\n%s", want, out);
  ck_assert_ptr_null(strstr(out, "Vain suomeksi"));
  const char *words = "the purpose \"Vain suomeksi\" has no English text (section \"Purposes of processing and "
                      "their legal bases\": write it on that purpose's row, in English)";
  char *line = xasprintf("purposes: %s\n", words);
  ck_assert_warned(line);
  free(line);
  unsigned gaps = render_gaps(d, LANG_EN);
  ck_assert_uint_eq(gaps, 1u << RENDER_GAP_PURPOSE);
  char *told = render_gaps_describe(d, LANG_EN, gaps, "; ");
  ck_assert_str_eq(told, words);
  free(told);
  /* every published language: the row without Finnish text too, named by its English text */
  d->lang_enabled[LANG_EN] = true;
  told = render_gaps_describe(d, -1, gaps | render_gaps(d, LANG_FI), "\n");
  ck_assert_msg(strstr(told, "the purpose \"Contacts\" has no Finnish text") && strstr(told, words), "%s", told);
  free(told);
  ck_assert_str_eq(render_gap_section(RENDER_GAP_PURPOSE), "purposes");
  ck_assert_int_eq(render_gap_field(RENDER_GAP_PURPOSE), -1);
  free(want);
  free(out);
  doc_free(d);
}
END_TEST

START_TEST(purposes_render_as_a_list_in_text_and_markdown)
{
  struct doc *d = with_rows();
  char *out = render_warned(d, LANG_EN, FORMAT_TEXT);
  ck_assert_msg(strstr(out, "\n  - Orders\n    Legal basis: Contract, Art. 6(1)(b)\n    Retention: Two years.\n\n"
                            "  - Contacts\n    of Pikkuyritys <b>Oy</b>\n    Legal basis: Legitimate interests, "
                            "Art. 6(1)(f)\n    Legitimate interest: Keeping in touch\n    Retention: See section"),
                "%s", out);
  free(out);
  out = render_warned(d, LANG_EN, FORMAT_MD);
  ck_assert_msg(strstr(out, "\n- Orders\\\n  **Legal basis:** Contract, Art. 6(1)(b)\\\n  **Retention:** Two years.\n"
                            "- Contacts\\\nof Pikkuyritys \\<b\\>Oy\\</b\\>\\\n  **Legal basis:**"), "%s", out);
  free(out);
  out = render_warned(d, LANG_FI, FORMAT_TEXT);
  ck_assert_msg(strstr(out, "  - Vain suomeksi\n    Oikeusperuste: Suostumus, 6 art. 1 kohdan a alakohta\n"), "%s", out);
  ck_assert_ptr_null(strstr(out, "Orders"));
  ck_assert_msg(strstr(out, "  - [k\xc3\xa4ytt\xc3\xb6tarkoituksen teksti puuttuu]\n    Oikeusperuste: "
                            "Oikeutettu etu"), "%s", out);
  ck_assert_warned("purposes: the purpose \"Contacts\" has no Finnish text (section \"Purposes of processing "
                   "and their legal bases\": write it on that purpose's row, in Finnish)\n");
  free(out);
  doc_free(d);
}
END_TEST

/* Adds a provider to d's providers section. */
static void provider(struct doc *d, const char *name, const char *role, const char *country, const char *mech)
{
  doc_provider_add(doc_section(d, "providers"), name, role, country, mech);
}

START_TEST(provider_placeholders_name_the_providers_with_their_countries)
{
  struct doc *d = small();
  unsigned gaps = 0;
  char *s = render_fill(d, LANG_FI, "{providers:analytics}|{transfers:scc}", FILL_KEEP, &gaps);
  ck_assert_str_eq(s, "{providers:analytics}|{transfers:scc}");
  ck_assert_uint_eq(gaps, (1u << render_placeholder_index("providers:analytics")) |
                          (1u << render_placeholder_index("transfers:scc")));
  free(s);
  s = render_fill(d, LANG_EN, "{providers:analytics}", FILL_MARK, NULL);
  ck_assert_str_eq(s, "[web analytics tool not named]");
  free(s);
  provider(d, "Matomo (InnoCraft Ltd)", "analytics", "NZ", "adequacy");
  provider(d, "Tilastot Oy", "analytics", "FI", NULL);
  provider(d, "Big Cloud Inc.", "it", "US", "scc");
  provider(d, "Laskut AB", "accounting", "SE", NULL);
  provider(d, "Muu Oy", "analytics", "FI", NULL);
  gaps = 0;
  s = render_fill(d, LANG_FI, "{providers:analytics}. {transfers:scc}. {providers:accounting}.", FILL_MARK, &gaps);
  ck_assert_str_eq(s, "Matomo (InnoCraft Ltd, Uusi-Seelanti), Tilastot Oy (Suomi) ja Muu Oy (Suomi). "
                      "Big Cloud Inc. (Yhdysvallat). Laskut AB (Ruotsi).");
  ck_assert_uint_eq(gaps, 0);
  free(s);
  s = render_fill(d, LANG_EN, "{transfers:adequacy} and {providers:it}; {transfers:dpf}", FILL_MARK, &gaps);
  ck_assert_str_eq(s, "Matomo (InnoCraft Ltd, New Zealand) and Big Cloud Inc. (United States); "
                      "[providers under the Data Privacy Framework not named]");
  ck_assert_uint_eq(gaps, 1u << render_placeholder_index("transfers:dpf"));
  free(s);
  char *why = render_gaps_text(gaps);
  ck_assert_str_eq(why, "no service provider relies on the EU-US Data Privacy Framework (section \"Service providers\")");
  free(why);
  doc_free(d);
}
END_TEST

START_TEST(every_role_and_mechanism_has_its_placeholder)
{
  const struct schema_section *sections[] = { schema_find("providers"), schema_find("transfers") };
  const char *prefix[] = { "providers", "transfers" };
  for (size_t k = 0; k < 2; k++)
    for (const struct schema_option *o = sections[k]->options; o->id; o++) {
      char *name = xasprintf("%s:%s", prefix[k], o->id);
      int i = render_placeholder_index(name);
      ck_assert_msg(i >= 0 && i < 32, "no placeholder {%s}", name);
      ck_assert_str_eq(render_gap_section(i), "providers");
      ck_assert_int_eq(render_gap_field(i), -1);
      char *words = render_gap_words(i);
      ck_assert_msg(strstr(words, "(section \"Service providers\")"), "%s", words);
      free(words);
      free(name);
    }
  ck_assert_int_eq(render_placeholder_index("providers:nosuch"), -1);
}
END_TEST

START_TEST(providers_render_with_country_and_mechanism)
{
  struct doc *d = small();
  provider(d, "Pilvi Oy", "it", "FI", NULL);
  provider(d, "Kirjemies Inc.", "email", "US", "dpf");
  str_set(&doc_section(d, "providers")->providers[1].what[LANG_EN], "Newsletters");
  provider(d, " ", "other", "FI", NULL);
  char *out = render_warned(d, LANG_EN, FORMAT_HTML);
  ck_assert_msg(strstr(out, "<tr><td>Pilvi Oy</td><td>IT and cloud services</td><td>Finland</td><td></td></tr>\n"
                            "<tr><td>Kirjemies Inc.</td><td>Newsletters</td><td>United States</td><td>EU-US Data "
                            "Privacy Framework (self-certified US organisation)</td></tr>\n"
                            "<tr><td>[service provider&#39;s name missing]</td><td>Other service</td>"
                            "<td>Finland</td><td></td></tr>\n</tbody>"), "%s", out);
  ck_assert_warned("providers: service provider 3 (Other service, Finland) has no name (section "
                   "\"Service providers\": write the name on that row)\n");
  ck_assert_uint_eq(render_gaps(d, LANG_FI), 1u << RENDER_GAP_PROVIDER);
  char *told = render_gaps_describe(d, LANG_EN, 1u << RENDER_GAP_PROVIDER, "; ");
  ck_assert_str_eq(told, "service provider 3 (Other service, Finland) has no name (section \"Service "
                         "providers\": write the name on that row)");
  free(told);
  free(out);
  /* without a provider outside the EU/EEA there is no mechanism column */
  doc_provider_remove(doc_section(d, "providers"), 1);
  out = render_warned(d, LANG_FI, FORMAT_HTML);
  ck_assert_msg(strstr(out, "<tr><td>Pilvi Oy</td><td>Tietotekniikka- ja pilvipalvelut</td><td>Suomi</td></tr>"), "%s", out);
  free(out);
  doc_free(d);
}
END_TEST

/* Renders d as a draft (render_opts.draft) and returns the output. */
static char *render_draft(const struct doc *d, enum doc_lang l, enum render_format f, bool draft)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&buf, &n);
  struct render_opts o = { l, f, false, 0, draft };
  ck_assert(render_doc(d, NULL, &o, fp, NULL));
  fclose(fp);
  return buf;
}

START_TEST(a_draft_with_gaps_says_so_and_a_complete_one_does_not)
{
  struct doc *d = small(); /* its purpose has no English text: a gap in English, none in Finnish */
  char *out = render_draft(d, LANG_EN, FORMAT_TEXT, true);
  ck_assert_msg(strncmp(out, "DRAFT \xe2\x80\x93 Privacy notice\n", 23) == 0, "%s", out);
  ck_assert_msg(strstr(out, "This is a draft, not a notice to publish"), "%s", out);
  free(out);
  out = render_draft(d, LANG_EN, FORMAT_HTML, true);
  ck_assert_msg(strstr(out, "<title>DRAFT \xe2\x80\x93 Privacy notice \xe2\x80\x93 Pikkuyritys &lt;b&gt;Oy&lt;/b&gt;"
                            "</title>"), "%s", out);
  ck_assert_msg(strstr(out, "<h1>DRAFT \xe2\x80\x93 Privacy notice</h1>"), "%s", out);
  free(out);
  out = render_draft(d, LANG_EN, FORMAT_MD, false); /* not asked for a draft: not marked */
  ck_assert_ptr_null(strstr(out, "DRAFT"));
  free(out);
  char *plain = render_draft(d, LANG_FI, FORMAT_HTML, false);
  out = render_draft(d, LANG_FI, FORMAT_HTML, true); /* complete in Finnish: the same as published */
  ck_assert_str_eq(out, plain);
  ck_assert_ptr_null(strstr(out, "LUONNOS"));
  free(out);
  free(plain);
  doc_free(d);
}
END_TEST

/* The render suite. */
static Suite *render_suite(void)
{
  Suite *s = suite_create("render");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, text_wraps_at_72_display_columns);
  tcase_add_test(tc, dependent_section_only_when_its_basis_is_chosen);
  tcase_add_test(tc, empty_sections_never_render_as_empty_headings);
  tcase_add_test(tc, html_escapes_every_user_string);
  tcase_add_test(tc, fragment_is_just_the_article);
  tcase_add_test(tc, markdown_escapes_user_text);
  tcase_add_test(tc, placeholders_are_filled_and_unknown_ones_kept);
  tcase_add_test(tc, missing_details_are_marked_never_shown_as_placeholders);
  tcase_add_test(tc, bullets_become_lists);
  tcase_add_test(tc, bullet_test_never_reads_past_the_line);
  tcase_add_test(tc, section_numbers_are_the_rendered_ones);
  tcase_add_test(tc, purposes_render_as_a_table_in_html);
  tcase_add_test(tc, a_draft_with_gaps_says_so_and_a_complete_one_does_not);
  tcase_add_test(tc, purposes_render_as_a_list_in_text_and_markdown);
  tcase_add_test(tc, provider_placeholders_name_the_providers_with_their_countries);
  tcase_add_test(tc, every_role_and_mechanism_has_its_placeholder);
  tcase_add_test(tc, providers_render_with_country_and_mechanism);
  suite_add_tcase(s, tc);
  return s;
}

/* Message catalogues in the build tree. */
static Suite *with_i18n(void)
{
  i18n_init("en");
  return render_suite();
}

UNIT_MAIN(with_i18n)

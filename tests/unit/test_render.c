/* Unit tests: rendering rules that hold whatever the clause wording is. */
#include "config.h"

#include "i18n.h"
#include "render.h"
#include "unit.h"

/* A small document: controller, one paragraph, a choice. */
static struct doc *small(void)
{
  struct doc *d = doc_new();
  str_set(&d->created, "2026-03-05");
  str_set(&d->modified, "2026-11-21");
  str_set(&doc_section(d, "controller")->field[FIELD_NAME], "Pikkuyritys <b>Oy</b>");
  str_set(&doc_section(d, "controller")->field[FIELD_EMAIL], "tietosuoja@pikku.fi");
  str_set(&doc_section(d, "contact_person")->field[FIELD_EMAIL], "anna@pikku.fi");
  str_set(&doc_section(d, "legal_basis")->choice, "contract");
  str_set(&doc_section(d, "legal_basis")->text[LANG_FI], "Sopimus.");
  str_set(&doc_section(d, "legitimate_interest")->text[LANG_FI], "Etu, jota ei pidä näyttää.");
  return d;
}

/* Renders d and returns the output. */
static char *render(const struct doc *d, enum doc_lang l, enum render_format f, bool fragment)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&buf, &n);
  struct render_opts o = { l, f, fragment, 0 };
  ck_assert(render_doc(d, NULL, &o, fp, NULL));
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
  str_set(&doc_section(d, "legal_basis")->choice, "legitimate_interest");
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
  ck_assert_ptr_null(strstr(out, "Retention period"));
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
  ck_assert_int_eq(count, 5);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("dpo"), LANG_FI, NULL), 3);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("legal_basis"), LANG_FI, NULL), 5);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("legitimate_interest"), LANG_FI, NULL), 0);
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("purposes"), LANG_FI, NULL), 0);
  /* the legal basis has no English text: not in the English notice, which numbers one fewer */
  ck_assert_int_eq(render_section_number(d, (size_t)schema_index("legal_basis"), LANG_EN, &count), 0);
  ck_assert_int_eq(count, 4);
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

/* Unit tests: the check with a third notice language (issue 14). Swedish comes from a languages.cfg
   of the system layer, written before the program reads the language table. */
#include "config.h"

#include "check.h"
#include "lang.h"
#include "store.h"
#include "unit.h"
#include "util.h"

static char sv_layer[64]; /* the system layer holding languages.cfg with Swedish */

/* Removes the system layer at exit. */
static void remove_sysconf(void)
{
  char path[96];
  snprintf(path, sizeof path, "%s/languages.cfg", sv_layer);
  remove(path);
  rmdir(sv_layer);
}

/* Before main (whose schema_load reads the language table): Swedish as a notice language. */
__attribute__((constructor)) static void add_swedish(void)
{
  const char *tmp = getenv("TMPDIR");
  snprintf(sv_layer, sizeof sv_layer, "%s/seloste-sv.XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(sv_layer))
    return;
  char path[96];
  snprintf(path, sizeof path, "%s/languages.cfg", sv_layer);
  FILE *fp = fopen(path, "w");
  if (!fp)
    return;
  fputs("languages = ( { code = \"sv\"; name = \"Swedish\"; native = \"svenska\"; date = \"{d}.{m}.{y}\"; "
        "and = \" och \"; } );\n", fp);
  fclose(fp);
  setenv("SELOSTE_SYSCONFDIR", sv_layer, 1);
  atexit(remove_sysconf);
}

/* A correct notice (tests/data/full.seloste, as test_check.c's base), in Finnish and English. */
static struct doc *base(void)
{
  const char *top = getenv("top_srcdir");
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/data/full.seloste", top ? top : ".");
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  if (!d)
    fprintf(stderr, "%s\n", err.s);
  ck_assert_ptr_nonnull(d);
  sb_free(&err);
  doc_provider_add(doc_section(d, "providers"), "Matomo", "analytics", "FI", NULL);
  doc_set_item(doc_section(d, "cookies"), "analytics", false);
  return d;
}

/* Number of findings of rule (NULL: any) in section (NULL: any); every finding printed when rule is NULL. */
static size_t count(const struct doc *d, const char *rule, const char *section)
{
  struct check_findings f = { 0 };
  check_doc(d, NULL, &f);
  size_t n = 0;
  for (size_t i = 0; i < f.n; i++) {
    char *msg = check_message(&f.v[i]);
    if (!rule)
      fprintf(stderr, "  finding: %s: %s: %s\n", f.v[i].section, f.v[i].rule, msg);
    free(msg);
    n += (!rule || strcmp(f.v[i].rule, rule) == 0) && (!section || strcmp(f.v[i].section, section) == 0);
  }
  check_findings_free(&f);
  return n;
}

/* Publishes d (made by make) in Finnish, English and Swedish, the Swedish texts copied from the English;
   returns Swedish's index. */
static int with_swedish(struct doc *(*make)(void), struct doc **out)
{
  int sv = lang_find("sv");
  ck_assert_int_ge(sv, 2);
  struct doc *d = make();
  d->lang_enabled[sv] = true;
  for (size_t i = 0; i < schema_count(); i++) {
    struct doc_section *s = &d->sec[i];
    str_set(&s->text[sv], s->text[LANG_EN]);
    for (size_t r = 0; r < s->npurposes; r++)
      str_set(&s->purposes[r].text[sv], s->purposes[r].text[LANG_EN]);
  }
  *out = d;
  return sv;
}

/* The message of the only finding of rule in section that is about language l, or NULL; caller frees. */
static char *finding_about(const struct doc *d, const char *rule, const char *section, int l)
{
  struct check_findings f = { 0 };
  check_doc(d, NULL, &f);
  char *msg = NULL;
  for (size_t i = 0; i < f.n; i++)
    if (strcmp(f.v[i].rule, rule) == 0 && strcmp(f.v[i].section, section) == 0 && f.v[i].lang == l) {
      ck_assert_ptr_null(msg);
      msg = check_message(&f.v[i]);
    }
  check_findings_free(&f);
  return msg;
}

/* Issue 14: a third language is checked like the first two: a text still the first language's and a
   text out of date name it. */
START_TEST(third_language)
{
  struct doc *d;
  int sv = with_swedish(base, &d);
  ck_assert_uint_eq(count(d, NULL, NULL), 0);
  struct doc_section *s = doc_section(d, "retention");
  str_set(&s->text[sv], s->text[LANG_FI]); /* the Swedish text is the Finnish one */
  char *msg = finding_about(d, "untranslated", "retention", sv);
  ck_assert_str_eq(msg, "the Swedish text is the same as the Finnish text; translate it (Swedish text)");
  free(msg);
  ck_assert_uint_eq(count(d, "untranslated", NULL), 1); /* the English is translated */
  str_set(&s->text[sv], s->text[LANG_EN]);
  /* the Finnish edited while the others were in step: English and Swedish lag, each told */
  s->from[LANG_FI] = (struct doc_derivation){ .source = SOURCE_EDIT, .seq = 1, .lead = true };
  msg = finding_about(d, "languages_out_of_step", "retention", sv);
  ck_assert_str_eq(msg, "the Finnish text was changed after the Swedish text was written, so the Swedish text is "
                        "out of date: make it say the same as the Finnish (Swedish text)");
  free(msg);
  ck_assert_uint_eq(count(d, "languages_out_of_step", "retention"), 2);
  /* the Swedish brought up to date: English still lags, Swedish does not */
  s->from[sv] = (struct doc_derivation){ .source = SOURCE_EDIT, .seq = 2, .lead = false };
  ck_assert_ptr_null(finding_about(d, "languages_out_of_step", "retention", sv));
  ck_assert_uint_eq(count(d, "languages_out_of_step", "retention"), 1);
  /* a Swedish edit that leads: Finnish and English lag behind Swedish */
  s->from[sv] = (struct doc_derivation){ .source = SOURCE_EDIT, .seq = 3, .lead = true };
  msg = finding_about(d, "languages_out_of_step", "retention", LANG_FI);
  ck_assert_str_eq(msg, "the Swedish text was changed after the Finnish text was written, so the Finnish text is "
                        "out of date: make it say the same as the Swedish (Finnish text)");
  free(msg);
  /* Swedish not published: nothing lags behind it, and the Finnish edit leads English again */
  d->lang_enabled[sv] = false;
  ck_assert_ptr_null(finding_about(d, "languages_out_of_step", "retention", LANG_FI));
  ck_assert_uint_eq(count(d, "languages_out_of_step", "retention"), 1);
  doc_free(d);
}
END_TEST

/* A purpose row out of date in Swedish is named by its text in the language that leads. */
START_TEST(third_language_rows)
{
  struct doc *d;
  int sv = with_swedish(base, &d);
  struct doc_section *s = doc_section(d, "purposes");
  ck_assert_uint_gt(s->npurposes, 0);
  struct doc_purpose *p = &s->purposes[0];
  str_set(&p->text[LANG_FI], "Tilausten käsittely");
  p->from[LANG_FI] = (struct doc_derivation){ .source = SOURCE_EDIT, .seq = 1, .lead = true };
  p->from[LANG_EN] = (struct doc_derivation){ .source = SOURCE_EDIT, .seq = 2, .lead = false };
  char *msg = finding_about(d, "languages_out_of_step", "purposes", sv);
  ck_assert_str_eq(msg, "the purpose \"Tilausten käsittely\" was changed in Finnish after its Swedish text was "
                        "written, so the Swedish text is out of date: make it say the same as the Finnish "
                        "(Swedish text)");
  free(msg);
  ck_assert_ptr_null(finding_about(d, "languages_out_of_step", "purposes", LANG_EN)); /* caught up */
  doc_free(d);
}
END_TEST

static Suite *make_suite(void)
{
  Suite *s = suite_create("check_langs");
  TCase *tc = tcase_create("langs");
  tcase_add_test(tc, third_language);
  tcase_add_test(tc, third_language_rows);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(make_suite)

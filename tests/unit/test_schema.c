/* Unit tests: the section table is complete, consistent, and backed by stock clauses. */
#include "config.h"

#include <ctype.h>
#include "clauses.h"
#include "schema.h"
#include "unit.h"

/* True when id is a valid libconfig setting name. */
static bool valid_name(const char *id)
{
  if (!isalpha((unsigned char)id[0]))
    return false;
  for (const char *p = id; *p; p++)
    if (!isalnum((unsigned char)*p) && *p != '_')
      return false;
  return true;
}

START_TEST(ids_are_unique_and_storable)
{
  ck_assert_uint_ge(schema_count(), 25);
  for (size_t i = 0; i < schema_count(); i++) {
    const struct schema_section *s = schema_at(i);
    ck_assert_msg(valid_name(s->id), "bad id %s", s->id);
    ck_assert_int_eq(schema_index(s->id), (int)i);
    ck_assert_ptr_nonnull(s->heading);
    ck_assert_msg(s->help && strlen(s->help) > 40, "%s needs a real help text", s->id);
  }
  ck_assert_ptr_null(schema_find("nonexistent"));
}
END_TEST

START_TEST(every_article_13_and_14_item_has_a_section)
{
  static const char *const items[] = { "13(1)(a)", "13(1)(b)", "13(1)(c)", "13(1)(d)", "13(1)(e)",
                                       "13(1)(f)", "13(2)(a)", "13(2)(b)", "13(2)(c)", "13(2)(d)",
                                       "13(2)(e)", "13(2)(f)", "14(1)(d)", "14(2)(f)" };
  for (size_t k = 0; k < sizeof items / sizeof items[0]; k++) {
    bool found = false;
    for (size_t i = 0; i < schema_count(); i++)
      found = found || (schema_at(i)->gdpr && strcmp(schema_at(i)->gdpr, items[k]) == 0);
    ck_assert_msg(found, "no section satisfies GDPR %s", items[k]);
  }
}
END_TEST

START_TEST(dpo_and_eu_representative_exist_with_not_applicable_text)
{
  ck_assert_ptr_nonnull(schema_find("dpo")->na_text);
  ck_assert_ptr_nonnull(schema_find("eu_representative")->na_text);
  ck_assert_str_eq(schema_find("dpo")->gdpr, "13(1)(b)");
}
END_TEST

START_TEST(dependencies_name_a_real_choice_or_bases)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct schema_section *s = schema_at(i);
    if (!s->depends_on)
      continue;
    const struct schema_section *dep = schema_find(s->depends_on);
    ck_assert_ptr_nonnull(dep);
    ck_assert_int_lt(schema_index(dep->id), (int)i); /* asked before it matters */
    if (dep->kind == SCHEMA_CHOICE) {
      ck_assert_ptr_nonnull(schema_option(dep, s->depends_value));
      continue;
    }
    /* a section depending on the purposes names legal bases of Art. 6(1), comma-separated */
    ck_assert_int_eq(dep->kind, SCHEMA_PURPOSES);
    char *list = strdup(s->depends_value), *save = NULL;
    for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
      ck_assert_msg(t[0] == '#' ? schema_option(dep, t + 1) != NULL : schema_basis_index(t) >= 0,
                    "%s depends on an unknown basis or stock purpose %s", s->id, t);
    free(list);
  }
  ck_assert_str_eq(schema_find("legitimate_interest")->depends_value, "legitimate_interest");
  ck_assert_str_eq(schema_find("consent_withdrawal")->depends_value, "consent");
  ck_assert_str_eq(schema_find("right_portability")->depends_value, "consent,contract");
  ck_assert_str_eq(schema_find("direct_marketing")->depends_value, "#marketing,#newsletter");
}
END_TEST

START_TEST(choices_have_valid_defaults)
{
  for (size_t i = 0; i < schema_count(); i++) {
    const struct schema_section *s = schema_at(i);
    if (s->kind == SCHEMA_CHOICE)
      ck_assert_ptr_nonnull(schema_option(s, s->default_option));
    if (s->kind == SCHEMA_CHOICE || s->kind == SCHEMA_CHECKLIST)
      ck_assert_uint_ge(schema_option_count(s), 2);
  }
}
END_TEST

START_TEST(every_clause_the_schema_names_exists_in_both_languages)
{
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert_msg(clauses_load(&lib, &err), "%s", err.s);
  for (size_t i = 0; i < schema_count(); i++) {
    const struct schema_section *s = schema_at(i);
    for (int l = 0; l < LANG_COUNT; l++) {
      for (const struct schema_option *o = s->options; o && o->id; o++)
        if (o->clause)
          ck_assert_msg(clauses_get(&lib, l, o->clause), "missing clause %s", o->clause);
      /* "Other information" and the social media pages start empty: most registers have neither */
      bool optional = strcmp(s->id, "other") == 0 || strcmp(s->id, "social_media") == 0;
      bool needs_default = s->kind == SCHEMA_PARAGRAPH && !optional && !s->options;
      if (needs_default || s->kind == SCHEMA_CHECKLIST)
        ck_assert_msg(clauses_default(&lib, l, s->id), "no default clause for %s", s->id);
    }
  }
  clauses_free(&lib);
}
END_TEST

START_TEST(stock_purposes_have_a_basis_a_text_a_retention_and_their_interest)
{
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert_msg(clauses_load(&lib, &err), "%s", err.s);
  const struct schema_section *p = schema_find("purposes");
  ck_assert_int_eq(p->kind, SCHEMA_PURPOSES);
  unsigned bases = 0;
  for (const struct schema_option *o = p->options; o && o->id; o++) {
    int b = schema_basis_index(o->detail);
    ck_assert_msg(b >= 0, "stock purpose %s has no legal basis", o->id);
    bases |= 1u << b;
    char retention[96], interest[96];
    snprintf(retention, sizeof retention, "%s-retention", o->clause);
    snprintf(interest, sizeof interest, "%s-interest", o->clause);
    for (int l = 0; l < LANG_COUNT; l++) {
      ck_assert_msg(clauses_get(&lib, l, o->clause), "no text for purpose %s", o->id);
      ck_assert_msg(clauses_get(&lib, l, retention), "no retention for purpose %s", o->id);
      bool li = strcmp(o->detail, "legitimate_interest") == 0;
      ck_assert_msg(!li || clauses_get(&lib, l, interest), "no interest named for purpose %s", o->id);
      ck_assert_msg(li || !clauses_get(&lib, l, interest), "an interest for a purpose not on 6(1)(f): %s", o->id);
    }
  }
  /* a customer register's own mix (issue 11): contract, legal obligation, legitimate interests, consent */
  const char *want[] = { "contract", "legal_obligation", "legitimate_interest", "consent" };
  for (size_t i = 0; i < 4; i++)
    ck_assert_msg(bases & (1u << schema_basis_index(want[i])), "no stock purpose rests on %s", want[i]);
  clauses_free(&lib);
}
END_TEST

/* The schema suite. */
static Suite *schema_suite(void)
{
  Suite *s = suite_create("schema");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, ids_are_unique_and_storable);
  tcase_add_test(tc, every_article_13_and_14_item_has_a_section);
  tcase_add_test(tc, dpo_and_eu_representative_exist_with_not_applicable_text);
  tcase_add_test(tc, dependencies_name_a_real_choice_or_bases);
  tcase_add_test(tc, choices_have_valid_defaults);
  tcase_add_test(tc, every_clause_the_schema_names_exists_in_both_languages);
  tcase_add_test(tc, stock_purposes_have_a_basis_a_text_a_retention_and_their_interest);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(schema_suite)

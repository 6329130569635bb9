/* Unit tests: clause files, fi/en parity, layered overrides, bad files. */
#include "config.h"

#include "clauses.h"
#include "paths.h"
#include "unit.h"

/* Loads the packaged library or fails the test. */
static void load(struct clause_lib *lib)
{
  struct strbuf err = { 0 };
  ck_assert_msg(clauses_load(lib, &err), "%s", err.s);
}

START_TEST(finnish_and_english_have_the_same_ids)
{
  struct clause_lib lib;
  load(&lib);
  ck_assert_uint_ge(lib.n[LANG_FI], 30);
  ck_assert_uint_eq(lib.n[LANG_FI], lib.n[LANG_EN]);
  for (size_t i = 0; i < lib.n[LANG_FI]; i++)
    ck_assert_msg(clauses_get(&lib, LANG_EN, lib.c[LANG_FI][i].id), "%s has no English text",
                  lib.c[LANG_FI][i].id);
  clauses_free(&lib);
}
END_TEST

START_TEST(variants_and_defaults)
{
  struct clause_lib lib;
  load(&lib);
  const struct clause *v[16];
  ck_assert_uint_eq(clauses_variants(&lib, LANG_FI, "transfers", v, 16), 4);
  ck_assert_uint_ge(clauses_variants(&lib, LANG_FI, "retention", v, 16), 2);
  ck_assert_str_eq(clauses_default(&lib, LANG_FI, "transfers")->id, "transfers.intro");
  ck_assert_ptr_null(clauses_default(&lib, LANG_FI, "no_such_section"));
  clauses_free(&lib);
}
END_TEST

/* Points the system and user layers at two fresh directories with clause subdirectories. */
static void layer_dirs(char *sys, char *user)
{
  char *base = unit_tempdir();
  sprintf(sys, "%s/etc", base);
  sprintf(user, "%s/home", base);
  char path[256];
  mkdir(sys, 0700);
  mkdir(user, 0700);
  sprintf(path, "%s/clauses", sys);
  mkdir(path, 0700);
  sprintf(path, "%s/seloste", user);
  mkdir(path, 0700);
  sprintf(path, "%s/seloste/clauses", user);
  mkdir(path, 0700);
  setenv("SELOSTE_SYSCONFDIR", sys, 1);
  setenv("XDG_CONFIG_HOME", user, 1);
}

START_TEST(later_layers_override_by_id)
{
  char sys[128], user[128], path[256];
  layer_dirs(sys, user);
  sprintf(path, "%s/clauses/fi.cfg", sys);
  unit_write_file(path, "clauses = ( { id = \"retention.house\"; title = \"Talon oma\"; default = true;"
                        " text = \"Ylläpitäjän teksti.\"; },"
                        " { id = \"complaint.default\"; text = \"Ylläpitäjän valitusteksti.\"; } );\n");
  sprintf(path, "%s/seloste/clauses/fi.cfg", user);
  unit_write_file(path, "clauses = ( { id = \"complaint.default\"; default = true; text = \"Käyttäjän oma.\"; } );\n");
  struct clause_lib lib;
  load(&lib);
  ck_assert_str_eq(clauses_default(&lib, LANG_FI, "retention")->text, "Ylläpitäjän teksti.");
  ck_assert_int_eq(clauses_default(&lib, LANG_FI, "retention")->layer, LAYER_SYSTEM);
  ck_assert_str_eq(clauses_get(&lib, LANG_FI, "complaint.default")->text, "Käyttäjän oma.");
  ck_assert_int_eq(clauses_get(&lib, LANG_FI, "complaint.default")->layer, LAYER_USER);
  /* the packaged English text is untouched */
  ck_assert_str_ne(clauses_get(&lib, LANG_EN, "complaint.default")->text, "Käyttäjän oma.");
  clauses_free(&lib);
}
END_TEST

START_TEST(a_broken_house_clause_file_names_file_and_line)
{
  char sys[128], user[128], path[256];
  layer_dirs(sys, user);
  sprintf(path, "%s/clauses/en.cfg", sys);
  unit_write_file(path, "clauses = (\n  { id = \"x.y\"; text = \"ok\"; },\n  { id = \"x.z\"; text = = \"doubled\"; }\n);\n");
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert(!clauses_load(&lib, &err));
  char expect[300];
  sprintf(expect, "%s:3: ", path);
  ck_assert_msg(strncmp(err.s, expect, strlen(expect)) == 0, "got: %s", err.s);
  clauses_free(&lib);
  sb_free(&err);
}
END_TEST

START_TEST(a_clause_without_text_is_rejected)
{
  char sys[128], user[128], path[256];
  layer_dirs(sys, user);
  sprintf(path, "%s/clauses/fi.cfg", sys);
  unit_write_file(path, "clauses = (\n  { id = \"purposes.x\"; title = 5; }\n);\n");
  struct clause_lib lib;
  struct strbuf err = { 0 };
  ck_assert(!clauses_load(&lib, &err));
  ck_assert_msg(strstr(err.s, ":2: 'title' should be a string"), "got: %s", err.s);
  clauses_free(&lib);
  sb_free(&err);
}
END_TEST

START_TEST(authority_is_current_and_overridable)
{
  struct authority all;
  const struct authority_entry *a = &all.entry[AUTHORITY_OMBUDSMAN], *ax = &all.entry[AUTHORITY_ALAND];
  struct strbuf err = { 0 };
  setenv("SELOSTE_SYSCONFDIR", "/nonexistent", 1);
  ck_assert_msg(authority_load(&all, &err), "%s", err.s);
  ck_assert_str_eq(a->visiting_address[LANG_FI], "Lintulahdenkuja 4, 00530 Helsinki");
  ck_assert_str_eq(a->postal_address[LANG_FI], "PL 800, 00531 Helsinki");
  ck_assert_str_eq(a->email[LANG_FI], "tietosuoja@om.fi");
  ck_assert_str_eq(a->phone[LANG_FI], "029 566 6700");
  ck_assert_str_eq(a->phone[LANG_EN], "+358 29 566 6700");
  ck_assert_str_eq(a->registry_phone[LANG_EN], "+358 29 566 6768");
  /* a language from the data: its own name and addresses, the plain phone number */
  int sv = lang_find("sv");
  if (sv >= 0) {
    ck_assert_str_eq(a->name[sv], "Dataombudsmannens byrå");
    ck_assert_str_eq(a->visiting_address[sv], "Fågelviksgränden 4, 00530 Helsingfors");
    ck_assert_str_eq(a->postal_address[sv], "PB 800, 00531 Helsingfors");
    ck_assert_str_eq(a->phone[sv], "029 566 6700");
    ck_assert_str_eq(a->website[sv], "https://tietosuoja.fi/sv");
    ck_assert_str_eq(ax->name[sv], "Datainspektionen på Åland");
    ck_assert_str_eq(ax->website[sv], "https://www.di.ax");
  }
  /* Åland's own authority: its own entry, nothing of the ombudsman's */
  ck_assert_str_eq(ax->name[LANG_FI], "Datainspektionen (Ahvenanmaan tietosuojaviranomainen)");
  ck_assert_str_eq(ax->website[LANG_EN], "https://www.di.ax");
  ck_assert_ptr_null(ax->visiting_address[LANG_FI]);
  ck_assert_ptr_null(ax->phone[LANG_EN]);
  authority_free(&all);
  char sys[128], user[128], path[256];
  layer_dirs(sys, user);
  sprintf(path, "%s/authority.cfg", sys);
  unit_write_file(path, "authority = { phone = \"029 000 0000\"; };\n");
  ck_assert(authority_load(&all, &err));
  ck_assert_str_eq(a->phone[LANG_FI], "029 000 0000");
  ck_assert_str_eq(a->phone[LANG_EN], "029 000 0000");
  ck_assert_str_eq(a->email[LANG_EN], "tietosuoja@om.fi");
  ck_assert_ptr_null(ax->phone[LANG_FI]); /* another layer need not name Åland's authority */
  ck_assert_str_eq(ax->website[LANG_FI], "https://www.di.ax");
  authority_free(&all);
}
END_TEST

/* The clauses suite. */
static Suite *clauses_suite(void)
{
  Suite *s = suite_create("clauses");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, finnish_and_english_have_the_same_ids);
  tcase_add_test(tc, variants_and_defaults);
  tcase_add_test(tc, later_layers_override_by_id);
  tcase_add_test(tc, a_broken_house_clause_file_names_file_and_line);
  tcase_add_test(tc, a_clause_without_text_is_rejected);
  tcase_add_test(tc, authority_is_current_and_overridable);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(clauses_suite)

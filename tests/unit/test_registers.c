/* Unit tests: register types as data (doc/registers.md): every packaged text translated, a type's
   sections and settings, house types in a later layer, and bad files named by file and line. */
#include "config.h"

#include <sys/stat.h>

#include "i18n.h"
#include "paths.h"
#include "schema_impl.h"
#include "unit.h"

/* Fails the test when the English text s (may be NULL) has no Finnish pair in the clause files. */
static void translated(const char *s, const char *where)
{
  ck_assert_msg(!s || i18n_text_has("fi", s), "%s: no Finnish text for \"%s\" (add a pair to the texts of the "
                "clause files)", where, s);
}

/* Checks the texts of one section as a type sets it. */
static void section_translated(const struct schema_register *r, const struct schema_section *s)
{
  char where[128];
  snprintf(where, sizeof where, "%s/%s", r->id, s->id);
  translated(s->heading, where);
  translated(s->help, where);
  translated(s->na_text, where);
  for (const struct schema_option *o = s->options; o && o->id; o++)
    translated(o->label, where);
}

START_TEST(every_packaged_text_has_its_finnish)
{
  ck_assert_uint_ge(schema_register_count(), 1);
  for (size_t i = 0; i < schema_register_count(); i++) {
    const struct schema_register *r = schema_register_at(i);
    translated(r->name, r->id);
    translated(r->answer, r->id);
    for (size_t k = 0; k < schema_count(); k++)
      if (r->sec[k].in_type)
        section_translated(r, &r->sec[k]);
    for (size_t k = 0; k < r->nrules; k++) {
      translated(r->rules[k].message, r->rules[k].check_id);
      translated(r->rules[k].source, r->rules[k].check_id);
    }
  }
}
END_TEST

START_TEST(the_customer_register_is_first_and_has_every_shared_section)
{
  const struct schema_register *c = schema_register_at(0);
  ck_assert_str_eq(c->id, "customer");
  ck_assert_ptr_eq(schema_register_find("customer"), c);
  ck_assert_ptr_null(schema_register_find("no_such_type"));
  ck_assert(schema_use("customer"));
  ck_assert(!schema_use("no_such_type"));
  ck_assert_ptr_eq(schema_active(), c); /* a failed switch changes nothing */
  const struct schema_section *p = schema_find("purposes");
  ck_assert(p->in_type);
  ck_assert_int_eq(p->kind, SCHEMA_PURPOSES);
  ck_assert_str_eq(schema_option(p, "bookkeeping")->detail, "legal_obligation");
  ck_assert_str_eq(schema_find("controller")->gdpr, "13(1)(a)");
  ck_assert_str_eq(schema_find("legitimate_interest")->depends_on, "purposes");
}
END_TEST

START_TEST(every_type_keeps_the_sections_the_law_asks_of_all)
{
  /* GDPR Art. 13(1)(a), (c), 13(2)(a), (b), (d): controller, purposes, retention, rights, complaint */
  static const char *const always[] = { "controller", "purposes", "retention", "right_access", "complaint" };
  for (size_t i = 0; i < schema_register_count(); i++) {
    const struct schema_register *r = schema_register_at(i);
    for (size_t k = 0; k < sizeof always / sizeof always[0]; k++)
      ck_assert_msg(r->sec[schema_index(always[k])].in_type, "%s lacks %s", r->id, always[k]);
  }
}
END_TEST

/* Points the system layer at a fresh directory with registers/ and clauses/ in it; returns it. */
static char *system_layer(void)
{
  static char sys[128];
  char path[256];
  snprintf(sys, sizeof sys, "%s", unit_tempdir());
  snprintf(path, sizeof path, "%s/registers", sys);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/clauses", sys);
  mkdir(path, 0700);
  setenv("SELOSTE_SYSCONFDIR", sys, 1);
  setenv("XDG_CONFIG_HOME", sys, 1); /* no user layer (its seloste/ does not exist) */
  return sys;
}

/* Reads the data files into fresh tables; returns whether it worked, the message in err. The tables
   are kept reachable (like the program's own, they are never freed: their types share strings). */
static bool read_all(struct schema_tables *t, struct strbuf *err)
{
  static void *volatile kept[64];
  static size_t nkept;
  memset(t, 0, sizeof *t);
  bool ok = registers_read(t, err);
  kept[nkept++ % 64] = t->sec;
  kept[nkept++ % 64] = t->reg;
  return ok;
}

/* The sections every type must have (every_type in sections.cfg: the items of GDPR Art. 13). */
#define LAW_SECTIONS "\"controller\", \"dpo\", \"purposes\", \"legitimate_interest\", \"consent_withdrawal\", " \
  "\"requirement\", \"recipients\", \"transfers\", \"retention\", \"automated_decisions\", \"right_access\", " \
  "\"right_rectification\", \"right_erasure\", \"right_restriction\", \"right_objection\", " \
  "\"right_portability\", \"complaint\""

static const char house[] =
  "register = {\n"
  "  id = \"club\";\n"
  "  name = \"Club register\";\n"
  "  sections = [ " LAW_SECTIONS " ];\n"
  "  own_sections = ( { id = \"club_rules\"; after = \"purposes\"; heading = \"Club rules\"; kind = \"paragraph\"; } );\n"
  "  section = { retention = { clause = \"retention.club\"; required = true; }; };\n"
  "  rules = ( { id = \"roll\"; section = \"retention\"; forbids = [ \"forever\" ]; message = \"No forever\";\n"
  "              source = \"Club Act 1\"; severity = \"error\"; } );\n"
  "};\n";

START_TEST(a_house_type_adds_its_own_section_after_the_one_it_names)
{
  char *sys = system_layer(), path[256];
  snprintf(path, sizeof path, "%s/registers/club.cfg", sys);
  unit_write_file(path, house);
  struct schema_tables t;
  struct strbuf err = { 0 };
  ck_assert_msg(read_all(&t, &err), "%s", err.s);
  size_t club = t.nreg;
  for (size_t i = 0; i < t.nreg; i++)
    if (strcmp(t.reg[i].id, "club") == 0)
      club = i;
  ck_assert_uint_lt(club, t.nreg);
  const struct schema_register *r = &t.reg[club];
  size_t at = 0;
  while (strcmp(t.sec[at].id, "club_rules") != 0)
    at++;
  ck_assert_str_eq(t.sec[at - 1].id, "purposes");
  ck_assert(r->sec[at].in_type);
  ck_assert(!t.reg[0].sec[at].in_type); /* the customer register does not get the club's section */
  size_t ret = 0;
  while (strcmp(t.sec[ret].id, "retention") != 0)
    ret++;
  ck_assert_str_eq(r->sec[ret].clause, "retention.club");
  ck_assert_ptr_null(t.reg[0].sec[ret].clause);
  ck_assert_uint_eq(r->nrules, 1);
  ck_assert_str_eq(r->rules[0].check_id, "register.roll");
  ck_assert_str_eq(r->rules[0].forbids[0], "forever");
  sb_free(&err);
}
END_TEST

/* Writes text as the system layer's file name (under registers/ or clauses/), reads everything and
   checks that it fails with a message beginning "PATH:LINE: " and containing want. */
static void refused(const char *name, const char *text, int line, const char *want)
{
  char *sys = system_layer(), path[256], expect[300];
  snprintf(path, sizeof path, "%s/%s", sys, name);
  unit_write_file(path, text);
  struct schema_tables t;
  struct strbuf err = { 0 };
  ck_assert(!read_all(&t, &err));
  snprintf(expect, sizeof expect, "%s:%d: ", path, line);
  ck_assert_msg(err.s && strncmp(err.s, expect, strlen(expect)) == 0, "want %s..., got: %s", expect, err.s);
  ck_assert_msg(strstr(err.s, want), "want \"%s\" in: %s", want, err.s);
  sb_free(&err);
}

START_TEST(bad_files_are_named_by_file_and_line)
{
  refused("registers/bad.cfg", "register = {\n  id = \"bad\";\n  name = = \"x\";\n};\n", 3, "syntax");
  refused("registers/bad.cfg", "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ \"controller\", \"purpose\" ];\n};\n",
          4, "no section 'purpose'");
  refused("registers/bad.cfg",
          "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ " LAW_SECTIONS " ];\n"
          "  rules = ( { id = \"r\"; section = \"cookies\"; needs = [ \"x\" ]; message = \"m\"; source = \"s\"; } );\n};\n",
          5, "not a section of register type 'bad'");
  refused("registers/bad.cfg",
          "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ " LAW_SECTIONS " ];\n"
          "  own_sections = ( { id = \"purposes\"; heading = \"P\"; kind = \"paragraph\"; } );\n};\n",
          5, "already defined");
  refused("registers/bad.cfg",
          "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ " LAW_SECTIONS " ];\n"
          "  own_sections = (\n    { id = \"x\"; heading = \"X\"; kind = \"poem\"; } );\n};\n",
          6, "not a kind of section");
  /* what a lawyer's slip would otherwise let through silently */
  refused("registers/bad.cfg", "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ \"controller\" ];\n};\n",
          4, "lacks sections every notice must have (GDPR Art. 13): dpo, purposes");
  refused("registers/bad.cfg", "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  anwser = \"Bad people\";\n"
          "  sections = [ " LAW_SECTIONS " ];\n};\n", 4, "unknown setting 'anwser'");
  refused("registers/bad.cfg", "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ " LAW_SECTIONS " ];\n"
          "  section = { purposes = {\n    options = (\n      { id = \"help\"; label = \"Help\"; detail = \"legit\"; } ); }; };\n};\n",
          7, "purpose 'help': its detail must be its legal basis");
  refused("registers/bad.cfg", "register = {\n  id = \"bad\";\n  name = \"Bad\";\n  sections = [ " LAW_SECTIONS " ];\n"
          "  section = { retention = { clauze = \"retention.x\"; }; };\n};\n", 5, "unknown setting 'clauze'");
  refused("registers/bad.cfg", "register = {\n  id = \"customer\";\n  name = \"Evil\";\n  sections = [ " LAW_SECTIONS " ];\n};\n",
          2, "must be called customer.cfg");
}
END_TEST

START_TEST(a_data_file_anyone_may_change_is_refused)
{
  char *sys = system_layer(), path[256];
  snprintf(path, sizeof path, "%s/registers/club.cfg", sys);
  unit_write_file(path, house);
  struct schema_tables t;
  struct strbuf err = { 0 };
  ck_assert_msg(read_all(&t, &err), "%s", err.s); /* yours, and only yours to change: read */
  ck_assert_int_eq(chmod(path, 0666), 0);
  sb_free(&err);
  ck_assert(!read_all(&t, &err));
  ck_assert_msg(err.s && strstr(err.s, path) && strstr(err.s, "everyone may change it"), "got: %s", err.s);
  sb_free(&err);
  ck_assert_int_eq(chmod(path, 0644), 0);
  char dir[256];
  snprintf(dir, sizeof dir, "%s/registers", sys);
  ck_assert_int_eq(chmod(dir, 0777), 0); /* a folder anyone may write in: the file could be swapped */
  ck_assert(!read_all(&t, &err));
  ck_assert_msg(err.s && strstr(err.s, "its folder"), "got: %s", err.s);
  sb_free(&err);
  ck_assert_int_eq(chmod(dir, 0700), 0);
}
END_TEST

START_TEST(a_translation_must_keep_the_format_marks)
{
  /* the data texts replace the program's messages too, which are printf formats */
  refused("clauses/fi.cfg", "texts = (\n  [ \"%s: already exists\", \"%d on jo olemassa\" ]\n);\n", 2, "%s");
  refused("clauses/fi.cfg", "texts = (\n  [ \"%s and %s\", \"%s\" ]\n);\n", 2, "%s");
}
END_TEST

START_TEST(a_translation_replaces_the_english_in_its_language_only)
{
  i18n_text_add("xx", "Club register", "Klubin rekisteri");
  i18n_use("xx");
  ck_assert_str_eq(_("Club register"), "Klubin rekisteri");
  i18n_use("en");
  ck_assert_str_eq(_("Club register"), "Club register");
}
END_TEST

START_TEST(another_types_texts_are_not_the_active_types)
{
  size_t purposes = (size_t)schema_index("purposes"), name = (size_t)schema_index("register_name");
  ck_assert(schema_use("customer"));
  /* the camera type's purpose rows and register name, and their retention companions */
  ck_assert(schema_clause_of_other_type(purposes, "purposes.part-property"));
  ck_assert(schema_clause_of_other_type(purposes, "purposes.part-property-retention"));
  ck_assert(schema_clause_of_other_type(name, "register_name.camera"));
  ck_assert(!schema_clause_of_other_type(purposes, "purposes.part-no_such_clause"));
  ck_assert(schema_use("camera"));
  ck_assert(!schema_clause_of_other_type(purposes, "purposes.part-property"));
  ck_assert(schema_section_uses_clause(schema_find("purposes"), "purposes.part-property-retention"));
  ck_assert(!schema_section_uses_clause(schema_find("purposes"), "purposes.part-propertyx"));
  ck_assert(schema_section_uses_clause(schema_find("register_name"), "register_name.camera"));
  /* the customer type's rows are other types' texts for the camera register */
  ck_assert(schema_clause_of_other_type(purposes, schema_option(schema_register_find("customer")->sec + purposes,
                                                              "bookkeeping")->clause));
  ck_assert(schema_use("customer"));
}
END_TEST

static Suite *registers_suite(void)
{
  Suite *s = suite_create("registers");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, every_packaged_text_has_its_finnish);
  tcase_add_test(tc, the_customer_register_is_first_and_has_every_shared_section);
  tcase_add_test(tc, every_type_keeps_the_sections_the_law_asks_of_all);
  tcase_add_test(tc, a_house_type_adds_its_own_section_after_the_one_it_names);
  tcase_add_test(tc, bad_files_are_named_by_file_and_line);
  tcase_add_test(tc, a_data_file_anyone_may_change_is_refused);
  tcase_add_test(tc, a_translation_must_keep_the_format_marks);
  tcase_add_test(tc, a_translation_replaces_the_english_in_its_language_only);
  tcase_add_test(tc, another_types_texts_are_not_the_active_types);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(registers_suite)

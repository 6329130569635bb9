/* Unit tests: the .seloste file round-trips exactly and bad files are refused with FILE:LINE. */
#include "config.h"

#include "cfgfile.h"
#include "cfgwrap.h"
#include "store.h"
#include "unit.h"

/* Saves d to path and loads it back. */
static struct doc *round_trip_at(const struct doc *d, const char *path)
{
  struct strbuf err = { 0 };
  ck_assert_msg(store_save(d, path, ATOMIC_DEFAULT, &err), "%s", err.s);
  struct doc *back = store_load(path, &err);
  ck_assert_msg(back, "%s", err.s);
  return back;
}

/* Saves d to a file in a new temp directory and loads it back. */
static struct doc *round_trip(const struct doc *d)
{
  char path[128];
  sprintf(path, "%s/doc.seloste", unit_tempdir());
  return round_trip_at(d, path);
}

/* A document with something in every kind of section. */
static struct doc *sample(void)
{
  struct doc *d = doc_new();
  str_set(&d->created, "2025-01-31");
  str_set(&d->modified, "2026-11-21");
  d->lang_enabled[LANG_EN] = true;
  doc_add_change(d, "2025-01-31", "Ensimmäinen versio");
  struct doc_section *c = doc_section(d, "controller");
  str_set(&c->field[FIELD_NAME], "Äänekosken Öljy & \"Voide\" Oy");
  str_set(&c->field[FIELD_BUSINESS_ID], "1234567-1");
  struct doc_section *p = doc_section(d, "purposes");
  str_set(&p->text[LANG_FI], "ä ö å € \"lainaus\" \\kenoviiva\\\nrivi\ttabulaattori\n\nKappale {controller}");
  str_set(&p->text[LANG_EN], "");
  str_set(&p->clause, "purposes.customer");
  p->origin = ORIGIN_EDITED;
  struct doc_purpose *row = doc_purpose_add(p, "marketing", "legitimate_interest");
  str_set(&row->text[LANG_FI], "Markkinointi \"nykyisille\" asiakkaille");
  str_set(&row->interest[LANG_EN], "Direct marketing to existing customers");
  str_set(&row->retention[LANG_FI], "Kaksi vuotta viimeisestä ostosta");
  doc_purpose_add(p, "own-1", "consent");
  struct doc_provider *pr = doc_provider_add(doc_section(d, "providers"), "Pilvi & Posti Inc.", "email", "US", "dpf");
  str_set(&pr->what[LANG_FI], "Uutiskirjeiden lähettäminen");
  doc_provider_add(doc_section(d, "providers"), "Kirjanpito Oy", "accounting", "FI", NULL);
  doc_set_item(doc_section(d, "transfers"), "dpf", true);
  doc_from_stock(p, LANG_EN, "purposes.intro", "stock text");
  doc_from_edit(d, p, LANG_FI, "2026-11-30");
  doc_set_item(doc_section(d, "cookies"), "analytics", true);
  doc_set_item(doc_section(d, "cookies"), "ad_pixels", true);
  doc_section(d, "dpo")->not_applicable = true;
  return d;
}

START_TEST(everything_round_trips)
{
  struct doc *d = sample();
  struct doc *e = round_trip(d);
  ck_assert_str_eq(e->created, "2025-01-31");
  ck_assert_str_eq(e->modified, "2026-11-21");
  ck_assert(e->lang_enabled[LANG_FI] && e->lang_enabled[LANG_EN]);
  ck_assert_uint_eq(e->nchanges, 1);
  ck_assert_str_eq(e->changes[0].note, "Ensimmäinen versio");
  ck_assert_str_eq(doc_section(e, "controller")->field[FIELD_NAME], "Äänekosken Öljy & \"Voide\" Oy");
  const struct doc_section *p = doc_section(e, "purposes");
  ck_assert_str_eq(p->text[LANG_FI], doc_section(d, "purposes")->text[LANG_FI]);
  ck_assert_str_eq(p->text[LANG_EN], "");
  ck_assert_str_eq(p->clause, "purposes.customer");
  ck_assert_int_eq(p->origin, ORIGIN_EDITED);
  ck_assert_uint_eq(p->npurposes, 2);
  ck_assert_str_eq(p->purposes[0].id, "marketing");
  ck_assert_str_eq(p->purposes[0].basis, "legitimate_interest");
  ck_assert_str_eq(p->purposes[0].text[LANG_FI], "Markkinointi \"nykyisille\" asiakkaille");
  ck_assert_str_eq(p->purposes[0].text[LANG_EN], "");
  ck_assert_str_eq(p->purposes[0].interest[LANG_EN], "Direct marketing to existing customers");
  ck_assert_str_eq(p->purposes[0].retention[LANG_FI], "Kaksi vuotta viimeisestä ostosta");
  ck_assert_str_eq(p->purposes[1].basis, "consent");
  const struct doc_section *pv = doc_section(e, "providers");
  ck_assert_uint_eq(pv->nproviders, 2);
  ck_assert_str_eq(pv->providers[0].name, "Pilvi & Posti Inc.");
  ck_assert_str_eq(pv->providers[0].country, "US");
  ck_assert_str_eq(pv->providers[0].mechanism, "dpf");
  ck_assert_str_eq(pv->providers[0].what[LANG_FI], "Uutiskirjeiden lähettäminen");
  ck_assert_ptr_null(pv->providers[1].mechanism);
  ck_assert(doc_has_item(doc_section(e, "transfers"), "dpf"));
  ck_assert_int_eq(p->from[LANG_EN].source, SOURCE_STOCK);
  ck_assert_str_eq(p->from[LANG_EN].clause, "purposes.intro");
  ck_assert_str_eq(p->from[LANG_EN].version, doc_section(d, "purposes")->from[LANG_EN].version);
  ck_assert_int_eq(p->from[LANG_FI].source, SOURCE_EDIT);
  ck_assert_int_eq(p->from[LANG_FI].seq, 1);
  ck_assert(p->from[LANG_FI].lead);
  ck_assert_str_eq(p->from[LANG_FI].date, "2026-11-30");
  ck_assert_int_eq(e->format_version, DOC_FORMAT_VERSION);
  ck_assert(doc_has_item(doc_section(e, "cookies"), "ad_pixels"));
  ck_assert(!doc_has_item(doc_section(e, "cookies"), "marketing_automation"));
  ck_assert(doc_section(e, "dpo")->not_applicable);
  ck_assert(doc_applies(e, doc_section(e, "legitimate_interest")));
  ck_assert(doc_applies(e, doc_section(e, "consent_withdrawal")));
  ck_assert(doc_applies(e, doc_section(e, "right_portability")));
  doc_free(d);
  doc_free(e);
}
END_TEST

START_TEST(a_one_megabyte_paragraph_round_trips)
{
  struct doc *d = sample();
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i += 8)
    memcpy(big + i, i % 800 == 0 ? "\n\xc3\xa4\xc3\xb6\"\\ " : "sanaa \xc3\xa4", 8);
  big[n] = '\0';
  str_set(&doc_section(d, "other")->text[LANG_EN], big);
  struct doc *e = round_trip(d);
  ck_assert_uint_eq(strlen(doc_section(e, "other")->text[LANG_EN]), n);
  ck_assert(strcmp(doc_section(e, "other")->text[LANG_EN], big) == 0);
  free(big);
  doc_free(d);
  doc_free(e);
}
END_TEST

START_TEST(paragraphs_are_written_a_line_each)
{
  char *w = cfg_wrap_strings("  x = 1;\n  fi = \"Yksi.\\n\\nKaksi \\\"lainaus\\\".\";\n  items = [ \"a\" ];\n");
  ck_assert_str_eq(w, "  x = 1;\n  fi = \"Yksi.\\n\\n\"\n    \"Kaksi \\\"lainaus\\\".\";\n  items = [ \"a\" ];\n");
  free(w);
}
END_TEST

/* Length of the longest line of a file. */
static size_t longest_line(const char *path)
{
  FILE *f = fopen(path, "r");
  ck_assert_ptr_nonnull(f);
  size_t max = 0, cur = 0;
  for (int c; (c = getc(f)) != EOF;) {
    cur = c == '\n' ? 0 : cur + 1;
    max = cur > max ? cur : max;
  }
  fclose(f);
  return max;
}

START_TEST(long_texts_are_written_as_short_literals_and_read_back_exactly)
{
  static const char *const bits[] = { "a", " ", "\xc3\xa4", "\"", "\\", "\n", "\xe2\x82\xac", "\t", "sana" };
  char path[128];
  sprintf(path, "%s/doc.seloste", unit_tempdir());
  srand(7);
  for (int round = 0; round < 60; round++) {
    struct doc *d = sample();
    struct strbuf t = { 0 };
    size_t len = round == 0 ? 300000 : (size_t)(rand() % 12000);
    while (t.len < len)
      sb_add(&t, round == 0 ? bits[2 + rand() % 3] : bits[rand() % 9]); /* round 0: no spaces, no newlines */
    str_set(&doc_section(d, "other")->text[LANG_FI], t.s ? t.s : "");
    struct doc *e = round_trip_at(d, path);
    ck_assert_msg(strcmp(doc_section(e, "other")->text[LANG_FI], t.s ? t.s : "") == 0, "round %d differs", round);
    if (round == 0)
      ck_assert_uint_le(longest_line(path), 4100);
    sb_free(&t);
    doc_free(d);
    doc_free(e);
  }
}
END_TEST

/* Loads text as a document and returns the error message (the load must fail). */
static char *load_error(const char *text, char *path_out)
{
  sprintf(path_out, "%s/bad.seloste", unit_tempdir());
  unit_write_file(path_out, text);
  struct strbuf err = { 0 };
  struct doc *d = store_load(path_out, &err);
  ck_assert_msg(d == NULL, "loaded a bad file: %s", text);
  ck_assert_ptr_nonnull(err.s);
  return err.s;
}

/* Asserts that loading text fails with "PATH:LINE: ...needle...". */
static void expect_error(const char *text, int line, const char *needle)
{
  char path[128], prefix[160];
  char *msg = load_error(text, path);
  if (line > 0)
    sprintf(prefix, "%s:%d: ", path, line);
  else
    sprintf(prefix, "%s: ", path);
  ck_assert_msg(strncmp(msg, prefix, strlen(prefix)) == 0, "expected %s..., got %s", prefix, msg);
  ck_assert_msg(strstr(msg, needle), "expected '%s' in: %s", needle, msg);
  free(msg);
}

#define HEAD "format_version = 1;\ncreated = \"2026-01-01\";\n"
#define HEAD2 "format_version = 2;\ncreated = \"2026-01-01\";\n"

START_TEST(malformed_syntax)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = \"x\" +; };\n};\n", 4, "syntax error");
}
END_TEST

START_TEST(wrong_types)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = 5; };\n};\n", 4, "'fi' should be a string");
  expect_error(HEAD "sections = {\n  dpo = { not_applicable = \"yes\"; };\n};\n", 4, "true or false");
  expect_error("format_version = \"1\";\nsections = {};\n", 1, "'format_version' should be a whole number, not a string");
}
END_TEST

START_TEST(newer_format_version)
{
  expect_error("# from the future\nformat_version = 7;\nsections = {};\n", 2, "newer than this seloste reads");
}
END_TEST

START_TEST(invalid_utf8_raw_and_escaped)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = \"p\xe4iv\xe4\"; };\n};\n", 4, "UTF-8");
  expect_error(HEAD "sections = {\n\n  purposes = { fi = \"p\\xe4iv\\xe4\"; };\n};\n", 5, "not valid UTF-8");
}
END_TEST

START_TEST(unknown_names_and_values)
{
  expect_error(HEAD "sections = {\n  purpose = { fi = \"x\"; };\n};\n", 4, "unknown section 'purpose'");
  expect_error(HEAD "sections = {\n  legal_basis = { choice = \"friendship\"; };\n};\n", 4, "not a legal basis");
  expect_error(HEAD2 "sections = {\n  legal_basis = { choice = \"contract\"; };\n};\n", 4, "unknown section 'legal_basis'");
  expect_error(HEAD2 "sections = {\n  legal_basis = { choice = \"contract\"; };\n};\n", 4, "unknown section 'legal_basis'");
  expect_error(HEAD "sections = {\n  cookies = { items = [\"candy\"]; };\n};\n", 4, "unknown item");
  expect_error(HEAD "modified = \"2026-02-30\";\nsections = {};\n", 3, "YYYY-MM-DD");
  expect_error("sections = {};\n", 0, "not a seloste document");
}
END_TEST

START_TEST(numbers_say_what_is_wrong)
{
  expect_error("format_version = 0;\nsections = {};\n", 1, "'format_version' should be 1 or more, not 0");
  expect_error("format_version = -5;\nsections = {};\n", 1, "'format_version' should be 1 or more, not -5");
  expect_error("format_version = 4294967297;\nsections = {};\n", 1, "the number 4294967297 is too large");
  expect_error("format_version = 0x100000001;\nsections = {};\n", 1, "the number 0x100000001 is too large");
  expect_error("format_version = 2.5;\nsections = {};\n", 1, "'format_version' should be a whole number, not 2.5");
  expect_error(HEAD "changes = ( { version = 99999999999L; } );\nsections = {};\n", 3, "is too large");
  expect_error(HEAD "changes = ( { version = -1; } );\nsections = {};\n", 3, "'version' should be 1 or more");
}
END_TEST

START_TEST(texts_hold_no_control_characters)
{
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\x00b\"; };\n};\n", 4, "\\x00");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\x07b\"; };\n};\n", 4, "U+0007");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\fb\"; };\n};\n", 4, "U+000C");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\x7f\"; };\n};\n", 4, "U+007F");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\rb\"; };\n};\n", 4, "U+000D");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\\xc2\\x80\"; };\n};\n", 4, "U+0080");
}
END_TEST

START_TEST(bom_crlf_and_a_tab_are_fine)
{
  char path[128];
  sprintf(path, "%s/bom.seloste", unit_tempdir());
  unit_write_file(path, "\xEF\xBB\xBF" HEAD "sections = {\r\n  purposes = { fi = \"a\tb\\n\"\r\n \"c\"; };\r\n};\r\n");
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  ck_assert_msg(d, "%s", err.s);
  ck_assert_str_eq(doc_section(d, "purposes")->text[LANG_FI], "a\tb\nc");
  doc_free(d);
}
END_TEST

START_TEST(a_raw_line_break_in_a_text_is_a_missing_quote)
{
  /* seloste writes \n and never a line break inside quotes: one there is almost always a
     closing quote left out, and the text ran on to the next quote */
  expect_error(HEAD "sections = {\n  purposes = { fi = \"a\r\nb\"; };\n};\n", 4,
               "the text in quotes that begins here runs on to line 5; is its closing \" missing?");
  expect_error(HEAD "sections = {\n  purposes = { fi = \"Asiakas\"rekisteri\"; };\n};\n", 4,
               "ends at the \" before 'rekisteri'");
}
END_TEST

START_TEST(messages_escape_what_they_echo)
{
  struct strbuf err = { 0 };
  ck_assert(!cfgfile_fail(&err, "a\x1b.cfg", NULL, "unknown section '%s'", "x\xffy\x07\xc2\x9b\n"));
  ck_assert_str_eq(err.s, "a\\x1b.cfg: unknown section 'x\\xffy\\x07\\u009b\\n'");
  sb_free(&err);
}
END_TEST

START_TEST(include_is_refused_in_a_document)
{
  char path[128];
  char *dir = unit_tempdir();
  sprintf(path, "%s/part.cfg", dir);
  unit_write_file(path, "x = 1;\n");
  expect_error(HEAD "# @include \"x\" in a comment is fine\n@include \"part.cfg\"\nsections = {};\n", 4,
               "@include is not allowed");
}
END_TEST

/* Loads a document from text; fails the test when it is refused. */
static struct doc *load_ok(const char *text)
{
  char path[128];
  sprintf(path, "%s/ok.seloste", unit_tempdir());
  unit_write_file(path, text);
  struct strbuf err = { 0 };
  struct doc *d = store_load(path, &err);
  ck_assert_msg(d != NULL, "refused: %s", err.s);
  sb_free(&err);
  return d;
}

#define ROWS(x) HEAD2 "sections = {\n  purposes = {\n    rows = ( " x " );\n  };\n};\n"
#define PROV(x) HEAD2 "sections = {\n  providers = {\n    rows = ( " x " );\n  };\n};\n"

START_TEST(bad_rows_are_refused_with_their_line)
{
  expect_error(ROWS("{ id = \"a\"; basis = \"friendship\"; }"), 5,
               "\"friendship\" is not a legal basis; use one of consent, contract,");
  expect_error(ROWS("{ id = \"a\"; }"), 5, "needs a legal basis");
  expect_error(ROWS("{ basis = \"contract\"; }"), 5, "needs an id");
  expect_error(ROWS("{ id = \"A b\"; basis = \"contract\"; }"), 5, "needs an id");
  expect_error(ROWS("{ id = \"a\"; basis = \"contract\"; }, { id = \"a\"; basis = \"consent\"; }"), 5,
               "two purposes have the id \"a\"");
  expect_error(ROWS("{ id = \"a\"; basis = \"contract\"; colour = \"red\"; }"), 5, "unknown setting 'colour'");
  expect_error(ROWS("\"orders\""), 5, "'rows[]' should be a group");
  expect_error(PROV("{ role = \"it\"; country = \"FI\"; }"), 5, "needs its name");
  expect_error(PROV("{ name = \"X\"; role = \"magic\"; country = \"FI\"; }"), 5, "unknown role \"magic\"");
  expect_error(PROV("{ name = \"X\"; role = \"it\"; country = \"Finland\"; }"), 5, "two-letter code");
  expect_error(PROV("{ name = \"X\"; role = \"it\"; country = \"US\"; mechanism = \"shield\"; }"), 5,
               "unknown transfer mechanism \"shield\"");
  expect_error(HEAD2 "sections = {\n  dpo = { rows = (); };\n};\n", 4, "has no rows");
  expect_error(HEAD2 "sections = {\n  purposes = {\n    fi_from = { source = \"guess\"; };\n  };\n};\n", 5,
               "unknown source \"guess\"");
}
END_TEST

/* A format-1 text: one legal basis for the whole register and the old transfers choice. */
#define V1 "format_version = 1;\nlanguages = [ \"fi\", \"en\" ];\nsections = {\n" \
  "  purposes = { origin = \"edited\";\n" \
  "    fi = \"Käytämme tietoja näihin:\\n\\n- tilaukset\\n- laskutus\\n\\nEi muuhun.\";\n" \
  "    en = \"We use the data for:\\n\\n- orders\\n- invoicing\\n\\nNothing else.\"; };\n" \
  "  legal_basis = { origin = \"edited\"; choice = \"contract\"; fi = \"Oma perustelu.\"; en = \"Own reasoning.\"; };\n" \
  "  transfers = { origin = \"stock\"; choice = \"%s\"; fi = \"Vanha teksti.\"; };\n};\n"

START_TEST(format_1_migrates_on_load)
{
  char text[2048];
  snprintf(text, sizeof text, V1, "scc");
  struct doc *d = load_ok(text);
  const struct doc_section *p = doc_section(d, "purposes");
  ck_assert_int_eq(d->format_version, 1); /* says where it came from until saved */
  ck_assert_uint_eq(p->npurposes, 2);
  ck_assert_str_eq(p->purposes[0].text[LANG_FI], "tilaukset");
  ck_assert_str_eq(p->purposes[0].text[LANG_EN], "orders");
  ck_assert_str_eq(p->purposes[1].text[LANG_FI], "laskutus");
  ck_assert_str_eq(p->purposes[1].basis, "contract");
  ck_assert_str_eq(p->text[LANG_FI], "Käytämme tietoja näihin:\n\nEi muuhun.\n\nOma perustelu.");
  ck_assert_str_eq(p->text[LANG_EN], "We use the data for:\n\nNothing else.\n\nOwn reasoning.");
  const struct doc_section *t = doc_section(d, "transfers");
  ck_assert(doc_has_item(t, "scc") && !t->not_applicable);
  ck_assert_str_eq(t->text[LANG_FI], "Vanha teksti.");
  struct doc *e = round_trip(d);
  ck_assert_int_eq(e->format_version, DOC_FORMAT_VERSION);
  ck_assert_uint_eq(doc_section(e, "purposes")->npurposes, 2);
  doc_free(d);
  doc_free(e);
}
END_TEST

START_TEST(format_1_no_transfers_becomes_not_applicable)
{
  char text[2048];
  snprintf(text, sizeof text, V1, "none");
  struct doc *d = load_ok(text);
  const struct doc_section *t = doc_section(d, "transfers");
  ck_assert(t->not_applicable);
  ck_assert_uint_eq(t->nitems, 0);
  ck_assert_str_eq(t->text[LANG_FI], ""); /* the stock text gives way to the section's own sentence */
  doc_free(d);
  snprintf(text, sizeof text, V1, "adequacy");
  d = load_ok(text);
  ck_assert(doc_has_item(doc_section(d, "transfers"), "adequacy"));
  doc_free(d);
  snprintf(text, sizeof text, V1, "shield");
  expect_error(text, 8, "\"shield\" is not a choice of section 'transfers'");
}
END_TEST

START_TEST(format_1_purpose_text_without_matching_lists_stays_whole)
{
  const char *text = "format_version = 1;\nsections = {\n"
                     "  purposes = { fi = \"- a\\n- b\"; en = \"All of it in one sentence.\"; };\n"
                     "  legal_basis = { origin = \"stock\"; choice = \"consent\"; fi = \"Stock.\"; };\n};\n";
  struct doc *d = load_ok(text);
  const struct doc_section *p = doc_section(d, "purposes");
  ck_assert_uint_eq(p->npurposes, 1);
  ck_assert_str_eq(p->purposes[0].text[LANG_FI], "- a\n- b");
  ck_assert_str_eq(p->purposes[0].text[LANG_EN], "All of it in one sentence.");
  ck_assert_str_eq(p->purposes[0].basis, "consent");
  ck_assert_str_eq(p->text[LANG_FI], ""); /* a stock legal-basis text is not carried over */
  ck_assert(doc_applies(d, doc_section(d, "consent_withdrawal")));
  doc_free(d);
}
END_TEST

START_TEST(languages_fall_out_of_step_and_back)
{
  struct doc *d = doc_new();
  d->lang_enabled[LANG_EN] = true;
  struct doc_section *s = doc_section(d, "retention"), *o = doc_section(d, "sources");
  doc_from_stock(s, LANG_FI, "retention.default", "a");
  doc_from_stock(s, LANG_EN, "retention.default", "b");
  str_set(&s->text[LANG_FI], "a");
  str_set(&s->text[LANG_EN], "b");
  ck_assert(!doc_lang_stale(d, s, LANG_FI) && !doc_lang_stale(d, s, LANG_EN));
  doc_from_edit(d, s, LANG_FI, "2026-11-30"); /* leads: English now lags */
  ck_assert(doc_lang_stale(d, s, LANG_EN));
  ck_assert(!doc_lang_stale(d, s, LANG_FI));
  doc_from_edit(d, o, LANG_EN, "2026-11-30"); /* another section's edit changes nothing here */
  ck_assert(doc_lang_stale(d, s, LANG_EN));
  doc_from_edit(d, s, LANG_EN, "2026-11-30"); /* catches up: neither lags */
  ck_assert(!doc_lang_stale(d, s, LANG_EN) && !doc_lang_stale(d, s, LANG_FI));
  ck_assert(!s->from[LANG_EN].lead);
  doc_from_edit(d, s, LANG_FI, "2026-12-01"); /* Finnish changes again: English lags again */
  ck_assert(doc_lang_stale(d, s, LANG_EN) && !doc_lang_stale(d, s, LANG_FI));
  /* a purpose row keeps its own records: the Finnish of one row edited, the English of another, and
     the first row's English still lags (it does not catch up through another row) */
  struct doc_section *p = doc_section(d, "purposes");
  struct doc_purpose *a = doc_purpose_add(p, "a", "contract");
  doc_purpose_add(p, "b", "consent");
  struct doc_purpose *b = &p->purposes[1];
  a = &p->purposes[0];
  doc_derive_edit(d, a->from, LANG_FI, "2026-12-03");
  doc_derive_edit(d, b->from, LANG_EN, "2026-12-03");
  ck_assert(doc_derive_stale(d, a->from, LANG_EN));
  ck_assert(doc_derive_stale(d, b->from, LANG_FI));
  ck_assert(!doc_derive_stale(d, a->from, LANG_FI));
  ck_assert_int_gt(b->from[LANG_EN].seq, a->from[LANG_FI].seq); /* one sequence for the document */
  struct doc *e = round_trip(d);
  const struct doc_section *pe = doc_section(e, "purposes");
  ck_assert(doc_derive_stale(e, pe->purposes[0].from, LANG_EN));
  ck_assert(pe->purposes[0].from[LANG_FI].lead);
  ck_assert_str_eq(pe->purposes[1].from[LANG_EN].date, "2026-12-03");
  doc_free(e);
  str_set(&s->text[LANG_FI], " "); /* no text in either language: nothing to be out of step */
  str_set(&s->text[LANG_EN], "");
  ck_assert(doc_lang_stale(d, s, LANG_EN) == false);
  str_set(&s->text[LANG_FI], "a");
  d->lang_enabled[LANG_EN] = false; /* a language not published never makes another lag */
  doc_from_edit(d, s, LANG_EN, "2026-12-02");
  ck_assert(!doc_lang_stale(d, s, LANG_FI));
  doc_free(d);
}
END_TEST

START_TEST(missing_file_and_directory)
{
  struct strbuf err = { 0 };
  char *dir = unit_tempdir(), path[128];
  ck_assert_ptr_null(store_load(dir, &err));
  ck_assert_msg(strstr(err.s, "is a directory"), "%s", err.s);
  sb_free(&err);
  sprintf(path, "%s/nope.seloste", dir);
  ck_assert_ptr_null(store_load(path, &err));
  ck_assert_msg(strstr(err.s, "No such file"), "%s", err.s);
  sb_free(&err);
}
END_TEST

START_TEST(save_keeps_mode_and_leaves_no_temp_file)
{
  char *dir = unit_tempdir(), path[128];
  sprintf(path, "%s/d.seloste", dir);
  struct doc *d = sample();
  struct strbuf err = { 0 };
  ck_assert(store_save(d, path, ATOMIC_DEFAULT, &err));
  chmod(path, 0640);
  ck_assert(store_save(d, path, ATOMIC_DEFAULT, &err));
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq(st.st_mode & 0777, 0640);
  char cmd[256];
  sprintf(cmd, "test $(ls -A %s | wc -l) -eq 1", dir);
  ck_assert_int_eq(system(cmd), 0);
  doc_free(d);
}
END_TEST

START_TEST(save_into_missing_directory_fails_cleanly)
{
  struct doc *d = sample();
  struct strbuf err = { 0 };
  ck_assert(!store_save(d, "/nonexistent-dir/x.seloste", ATOMIC_DEFAULT, &err));
  ck_assert_msg(strstr(err.s, "cannot save") && strstr(err.s, "nothing was written") && !strstr(err.s, "previous version"),
                "%s", err.s); /* there was no previous version to keep */
  sb_free(&err);
  doc_free(d);
}
END_TEST

/* The store suite. */
static Suite *store_suite(void)
{
  Suite *s = suite_create("store");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, everything_round_trips);
  tcase_add_test(tc, a_one_megabyte_paragraph_round_trips);
  tcase_add_test(tc, paragraphs_are_written_a_line_each);
  tcase_add_test(tc, long_texts_are_written_as_short_literals_and_read_back_exactly);
  tcase_add_test(tc, malformed_syntax);
  tcase_add_test(tc, wrong_types);
  tcase_add_test(tc, numbers_say_what_is_wrong);
  tcase_add_test(tc, texts_hold_no_control_characters);
  tcase_add_test(tc, bom_crlf_and_a_tab_are_fine);
  tcase_add_test(tc, a_raw_line_break_in_a_text_is_a_missing_quote);
  tcase_add_test(tc, messages_escape_what_they_echo);
  tcase_add_test(tc, include_is_refused_in_a_document);
  tcase_add_test(tc, newer_format_version);
  tcase_add_test(tc, invalid_utf8_raw_and_escaped);
  tcase_add_test(tc, unknown_names_and_values);
  tcase_add_test(tc, missing_file_and_directory);
  tcase_add_test(tc, bad_rows_are_refused_with_their_line);
  tcase_add_test(tc, format_1_migrates_on_load);
  tcase_add_test(tc, format_1_no_transfers_becomes_not_applicable);
  tcase_add_test(tc, format_1_purpose_text_without_matching_lists_stays_whole);
  tcase_add_test(tc, languages_fall_out_of_step_and_back);
  tcase_add_test(tc, save_keeps_mode_and_leaves_no_temp_file);
  tcase_add_test(tc, save_into_missing_directory_fails_cleanly);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(store_suite)

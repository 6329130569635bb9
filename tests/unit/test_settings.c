/* Unit tests: seloste.ini layering, conversions done by us, and files iniparser would choke on. */
#include "config.h"

#include "settings.h"
#include "settings_raw.h"
#include "unit.h"

/* Writes an ini file in a fresh directory and returns its path. */
static const char *ini(const char *text)
{
  static char path[128];
  sprintf(path, "%s/seloste.ini", unit_tempdir());
  unit_write_file(path, text);
  return path;
}

START_TEST(organisation_fields_and_languages)
{
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  ck_assert_msg(settings_load_file(&s, ini("[organisation]\nname = Öljy-Äijä Oy\nbusiness_id = 1234567-1\n"
                                           "email = info@oljy.fi\n[notice]\nlanguages = en\n"
                                           "[dpo]\nname = Tiina Tietosuoja\n"), true, &err), "%s", err.s);
  ck_assert_str_eq(s.org[FIELD_NAME], "Öljy-Äijä Oy");
  ck_assert_str_eq(s.org[FIELD_BUSINESS_ID], "1234567-1");
  ck_assert(s.lang[LANG_EN] && !s.lang[LANG_FI]);
  ck_assert(s.dpo_appointed);
  settings_free(&s);
}
END_TEST

START_TEST(user_overrides_system_but_cannot_lift_restriction)
{
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  ck_assert(settings_load_file(&s, ini("[organisation]\nname = Talo Oy\ncity = Oulu\n[ui]\nrestricted = yes\n"
                                       "directory = /srv/seloste\n"), true, &err));
  ck_assert(settings_load_file(&s, ini("[organisation]\nname = Oma Oy\n[ui]\nrestricted = no\n"
                                       "directory = /tmp\n"), false, &err));
  ck_assert_str_eq(s.org[FIELD_NAME], "Oma Oy");
  ck_assert_str_eq(s.org[FIELD_CITY], "Oulu");
  ck_assert(s.restricted);
  ck_assert_str_eq(s.directory, "/srv/seloste");
  settings_free(&s);
}
END_TEST

START_TEST(booleans_are_converted_by_us)
{
  ck_assert_int_eq(settings_parse_bool("Yes"), 1);
  ck_assert_int_eq(settings_parse_bool("kyllä"), 1);
  ck_assert_int_eq(settings_parse_bool("off"), 0);
  ck_assert_int_eq(settings_parse_bool("maybe"), -1);
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  /* a key named like a section: iniparser_getboolean would crash here (CVE-2023-33461) */
  ck_assert(!settings_load_file(&s, ini("[ui]\nrestricted = perhaps\n"), true, &err));
  ck_assert_msg(strstr(err.s, "ui:restricted: expected yes or no"), "%s", err.s);
  sb_free(&err);
  settings_free(&s);
}
END_TEST

START_TEST(long_line_and_bad_utf8_name_the_line)
{
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  char text[3000] = "[organisation]\nname = ";
  memset(text + strlen(text), 'x', 1500);
  strcat(text, "\n");
  const char *path = ini(text);
  ck_assert(!settings_load_file(&s, path, true, &err));
  char expect[200];
  sprintf(expect, "%s:2: line is longer", path);
  ck_assert_msg(strncmp(err.s, expect, strlen(expect)) == 0, "%s", err.s);
  sb_free(&err);
  path = ini("[organisation]\n\nname = \xc4ij\xe4 Oy\n");
  ck_assert(!settings_load_file(&s, path, true, &err));
  ck_assert_msg(strstr(err.s, ":3: invalid UTF-8"), "%s", err.s);
  sb_free(&err);
  settings_free(&s);
}
END_TEST

START_TEST(unknown_language_is_an_error)
{
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  ck_assert(!settings_load_file(&s, ini("[notice]\nlanguages = fi, xx\n"), false, &err));
  ck_assert_msg(strstr(err.s, "\"xx\""), "%s", err.s);
  sb_free(&err);
  settings_free(&s);
}
END_TEST

START_TEST(missing_files_are_fine)
{
  struct settings s;
  struct strbuf err = { 0 };
  setenv("SELOSTE_SYSCONFDIR", "/nonexistent", 1);
  setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
  ck_assert(settings_load(&s, &err));
  ck_assert(s.lang[LANG_FI] && s.lang[LANG_EN]);
  ck_assert(!s.restricted);
  settings_free(&s);
}
END_TEST

START_TEST(cut_values_are_told_apart_from_whole_ones)
{
  static const struct { const char *v; enum settings_cut cut; char at; } cases[] = {
    { "Kahvila Nr. 1; Helsinki Oy", SETTINGS_CUT_COMMENT, ';' },
    { "https://example.fi/#tietosuoja", SETTINGS_CUT_COMMENT, '#' },
    { "; just a comment", SETTINGS_CUT_COMMENT, ';' },
    { "\"Kahvila Nr. 1; Helsinki Oy\"", SETTINGS_CUT_NONE, 0 },
    { "\"Oy\" ; comment", SETTINGS_CUT_NONE, 0 },
    { "'say \"hi\"; then #go'", SETTINGS_CUT_NONE, 0 },
    { "\"\"", SETTINGS_CUT_NONE, 0 },
    { "\"\" # empty on purpose", SETTINGS_CUT_NONE, 0 },
    { "\"no closing quote; all kept", SETTINGS_CUT_UNCLOSED, '"' },
    { "'no closing", SETTINGS_CUT_UNCLOSED, '\'' },
    { "\"\"\"", SETTINGS_CUT_QUOTES_KEPT, '"' },
    { "\"", SETTINGS_CUT_QUOTES_KEPT, '"' },
    { "'' x", SETTINGS_CUT_QUOTES_KEPT, '\'' },
    { "\"Kahvila \"Nr\" Oy\"", SETTINGS_CUT_QUOTE, '"' },
    { "'it's'", SETTINGS_CUT_QUOTE, '\'' },
    { "plain value", SETTINGS_CUT_NONE, 0 },
    { "", SETTINGS_CUT_NONE, 0 },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char at = 0;
    ck_assert_msg(settings_raw_cut(cases[i].v, &at) == cases[i].cut, "%s", cases[i].v);
    ck_assert_msg(at == cases[i].at, "%s: at %c", cases[i].v, at);
  }
}
END_TEST

START_TEST(raw_lines_follow_sections_and_continuations)
{
  const char *text = "; comment = no\nkey = top\n[Organisation]\n  Name = a \\\n b ; c\n\n[ui]\n"
                     "language=fi\n# x = y\nlanguage = en\n";
  ck_assert_int_eq(settings_raw_line(text, strlen(text), "", "key"), 2);
  ck_assert_int_eq(settings_raw_line(text, strlen(text), "organisation", "name"), 4);
  ck_assert_int_eq(settings_raw_line(text, strlen(text), "ui", "language"), 10);
  ck_assert_int_eq(settings_raw_line(text, strlen(text), "ui", "x"), 0);
  ck_assert_int_eq(settings_raw_line(text, strlen(text), "", "comment"), 0);
}
END_TEST

START_TEST(quoted_values_arrive_whole_and_cut_ones_are_warned)
{
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  const char *path = ini("\xef\xbb\xbf[organisation]\nname = \"Kahvila Nr. 1; Helsinki Oy\"\n"
                         "website = https://example.fi/#tietosuoja\n[ui]\nlanguage = xx\n");
  ck_assert_msg(settings_load_file(&s, path, false, &err), "%s", err.s);
  ck_assert_str_eq(s.org[FIELD_NAME], "Kahvila Nr. 1; Helsinki Oy");
  char expect[256];
  snprintf(expect, sizeof expect, "%s:3: warning: the value of organisation:website ends at '#'", path);
  ck_assert_msg(strstr(s.warnings.s, expect), "%s", s.warnings.s);
  snprintf(expect, sizeof expect, "%s:5: warning: ui:language: unknown language \"xx\"", path);
  ck_assert_msg(strstr(s.warnings.s, expect), "%s", s.warnings.s);
  ck_assert_ptr_null(s.ui_language);
  settings_free(&s);
}
END_TEST

START_TEST(syntax_errors_name_file_and_line)
{
  struct settings s = { 0 };
  struct strbuf err = { 0 };
  const char *path = ini("[ui]\nlanguage = fi\nthis is not a setting\n[notice]\nlanguages = fi\n");
  ck_assert(!settings_load_file(&s, path, false, &err));
  char expect[200];
  snprintf(expect, sizeof expect, "%s:3: not a setting", path);
  ck_assert_msg(strncmp(err.s, expect, strlen(expect)) == 0 && !strchr(err.s, '\n'), "%s", err.s);
  sb_free(&err);
  ck_assert(!settings_load_file(&s, ini("[notice]\nlanguages = ,\n"), false, &err));
  ck_assert_msg(strstr(err.s, ":2: notice:languages: no language given"), "%s", err.s);
  sb_free(&err);
  settings_free(&s);
}
END_TEST

START_TEST(warnings_tell_what_arrives)
{
  /* each value goes through iniparser itself: a warning comes exactly when the value that arrives
     differs from what the user meant, and says how */
  static const struct { const char *raw, *arrives, *warning; } cases[] = {
    { "\"\"\"", "\"\"\"", "is read as written, its \" quotes included" },
    { "\"", "\"", "is read as written" },
    { "\"\" x", "\"\" x", "is read as written" },
    { "\"Esimerkki Oy", "Esimerkki Oy", "opens a \" quote that is never closed" },
    { "'Esimerkki Oy", "Esimerkki Oy", "opens a ' quote that is never closed" },
    { "\"A; B", "A; B", "never closed" },
    { "\"A\"B\"", "A", "ends at its second \"" },
    { "A; B", "A", "ends at ';'" },
    { "\"\"", NULL, NULL },
    { "'' ; empty", NULL, NULL },
    { "\"A\" ; comment", "A", NULL },
    { "'say \"hi\"'", "say \"hi\"", NULL },
    { "Kahvila \"Nr 1\" Oy", "Kahvila \"Nr 1\" Oy", NULL },
    { "\" padded \"", " padded ", NULL },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct settings s = { 0 };
    struct strbuf err = { 0 };
    char text[200];
    snprintf(text, sizeof text, "[organisation]\nname = %s\n", cases[i].raw);
    const char *path = ini(text);
    ck_assert_msg(settings_load_file(&s, path, false, &err), "%s", err.s);
    if (cases[i].arrives)
      ck_assert_msg(s.org[FIELD_NAME] && strcmp(s.org[FIELD_NAME], cases[i].arrives) == 0,
                    "%s: arrived as [%s]", cases[i].raw, s.org[FIELD_NAME]);
    else
      ck_assert_msg(!s.org[FIELD_NAME], "%s: arrived as [%s]", cases[i].raw, s.org[FIELD_NAME]);
    if (cases[i].warning) {
      char expect[256];
      snprintf(expect, sizeof expect, "%s:2: warning: ", path);
      ck_assert_msg(s.warnings.s && strstr(s.warnings.s, expect) && strstr(s.warnings.s, cases[i].warning),
                    "%s: warned [%s]", cases[i].raw, s.warnings.s);
      ck_assert_msg(strchr(s.warnings.s, '\n') == s.warnings.s + s.warnings.len - 1, "%s", s.warnings.s);
    } else {
      ck_assert_msg(s.warnings.len == 0, "%s: warned [%s]", cases[i].raw, s.warnings.s);
    }
    settings_free(&s);
  }
}
END_TEST

/* Loads text as the user's file and returns its warnings (caller frees with settings_free). */
static const char *warnings_of(struct settings *s, const char *text, const char **path)
{
  struct strbuf err = { 0 };
  *path = ini(text);
  ck_assert_msg(settings_load_file(s, *path, false, &err), "%s", err.s);
  return s->warnings.s ? s->warnings.s : "";
}

/* True when w holds "PATH:LINE: warning: " followed by what. */
static bool warned(const char *w, const char *path, int line, const char *what)
{
  char expect[512];
  snprintf(expect, sizeof expect, "%s:%d: warning: %s", path, line, what);
  return strstr(w, expect) != NULL;
}

START_TEST(unknown_names_are_warned_with_a_suggestion)
{
  struct settings s = { 0 };
  const char *path;
  const char *w = warnings_of(&s, "name = Ylä Oy\ncolour = blue\n[organisatio]\nname = Esimerkki Oy\n"
                                  "[Organisation]\nnmae = Esimerkki Oy\nbusinessid = 1\nappointed = yes\n"
                                  "[dpo]\nAppointed = no\napointed = no\n[ui]\nlanguages = fi\n[]\nfoo = 1\n"
                                  "[xyz]\na = b\n", &path);
  ck_assert_msg(warned(w, path, 1, "the setting 'name' is not under any [section] heading and is "
                                   "ignored; move it under [organisation]"), "%s", w);
  ck_assert_msg(warned(w, path, 2, "the setting 'colour' is not under any [section]"), "%s", w);
  ck_assert_msg(warned(w, path, 3, "unknown section 'organisatio', its settings are ignored; did you "
                                   "mean 'organisation'?"), "%s", w);
  ck_assert_msg(warned(w, path, 6, "unknown setting 'nmae' in [organisation] is ignored; did you mean "
                                   "'name'?"), "%s", w);
  ck_assert_msg(warned(w, path, 7, "unknown setting 'businessid' in [organisation] is ignored; did you "
                                   "mean 'business_id'?"), "%s", w);
  ck_assert_msg(warned(w, path, 8, "unknown setting 'appointed' in [organisation] is ignored; the "
                                   "settings there are name, business_id,"), "%s", w);
  ck_assert_msg(warned(w, path, 11, "unknown setting 'apointed' in [dpo]"), "%s", w);
  ck_assert_msg(warned(w, path, 13, "unknown setting 'languages' in [ui] is ignored; did you mean "
                                    "'language'?"), "%s", w);
  ck_assert_msg(warned(w, path, 15, "unknown setting 'foo' in [ui]"), "%s", w); /* "[]": still [ui] */
  ck_assert_msg(warned(w, path, 16, "unknown section 'xyz', its settings are ignored; the sections are "
                                    "organisation, contact, dpo, ui, notice"), "%s", w);
  /* one line each: nothing about the keys of unknown sections, the known keys or "[]" */
  size_t lines = 0;
  for (const char *p = w; *p; p++)
    lines += *p == '\n';
  ck_assert_msg(lines == 10, "%zu lines: %s", lines, w);
  ck_assert(!s.org[FIELD_NAME] && !s.dpo_appointed);
  settings_free(&s);
  /* every setting that is read is known: the demo file has no warnings */
  w = warnings_of(&s, "[organisation]\nname = A\nbusiness_id = 1\nstreet = s\npostal_code = 1\n"
                      "city = c\nemail = e\nphone = p\nwebsite = w\n[contact]\nname = n\n[dpo]\n"
                      "name = d\nappointed = yes\n[notice]\nlanguages = fi\n[ui]\nlanguage = fi\n"
                      "restricted = no\ndirectory = /srv\n", &path);
  ck_assert_msg(!*w, "%s", w);
  settings_free(&s);
}
END_TEST

/* The settings suite. */
static Suite *settings_suite(void)
{
  Suite *s = suite_create("settings");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, organisation_fields_and_languages);
  tcase_add_test(tc, user_overrides_system_but_cannot_lift_restriction);
  tcase_add_test(tc, booleans_are_converted_by_us);
  tcase_add_test(tc, long_line_and_bad_utf8_name_the_line);
  tcase_add_test(tc, unknown_language_is_an_error);
  tcase_add_test(tc, missing_files_are_fine);
  tcase_add_test(tc, cut_values_are_told_apart_from_whole_ones);
  tcase_add_test(tc, raw_lines_follow_sections_and_continuations);
  tcase_add_test(tc, quoted_values_arrive_whole_and_cut_ones_are_warned);
  tcase_add_test(tc, syntax_errors_name_file_and_line);
  tcase_add_test(tc, warnings_tell_what_arrives);
  tcase_add_test(tc, unknown_names_are_warned_with_a_suggestion);
  suite_add_tcase(s, tc);
  return s;
}

UNIT_MAIN(settings_suite)

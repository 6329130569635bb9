/* Checks of one contact field as it is typed into the wizard's form: no curses, no document. */
#ifndef SELOSTE_FIELDCHECK_H
#define SELOSTE_FIELDCHECK_H

/*
 * What is wrong with value as the contact field `field` (an enum contact_field of schema.h):
 * FIELD_BUSINESS_ID (Y-tunnus 1234567-8, with its check digit), FIELD_EMAIL, FIELD_WEBSITE and
 * FIELD_PHONE are checked; other fields never have a problem. Returns a one-line message in the UI
 * language (gettext's string: do not free or keep it past the next language switch), or NULL when
 * the value is fine, empty or only spaces. Leading and trailing spaces are ignored. The form checks
 * agree with `seloste check` (check_facts.h), except that a web address without https:// is
 * accepted here (the check warns about it).
 */
const char *fieldcheck_problem(int field, const char *value);

#endif

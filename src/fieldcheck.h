/* Checks of one contact field as it is typed into the wizard's form: no curses, no document. */
#ifndef SELOSTE_FIELDCHECK_H
#define SELOSTE_FIELDCHECK_H

/*
 * What is wrong with value as the contact field `field` (an enum contact_field of schema.h):
 * FIELD_BUSINESS_ID (Y-tunnus 1234567-1, with its check digit), FIELD_EMAIL, FIELD_WEBSITE (with
 * https://), FIELD_PHONE and FIELD_POSTAL_CODE (five digits; one with letters is foreign and not
 * checked) are checked; other fields never have a problem. Returns a one-line message in the UI
 * language (gettext's string: do not free or keep it past the next language switch), or NULL when
 * the value is fine, empty or only spaces. Leading and trailing spaces are ignored. The form checks
 * agree with `seloste check` (check_facts.h), so that the form never passes what the check flags.
 */
const char *fieldcheck_problem(int field, const char *value);

#endif

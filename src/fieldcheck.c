/* The wizard form's checks of contact fields, built on the compliance check's form checks. */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include "check_facts.h"
#include "fieldcheck.h"
#include "i18n.h"
#include "schema.h"
#include "util.h"

/* True when the n bytes at s hold a space, tab or other white space. */
static bool has_space(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (isspace((unsigned char)s[i]))
      return true;
  return false;
}

/* The value without its leading and trailing spaces: returns its start and sets its length. */
static const char *trimmed(const char *s, size_t *n)
{
  while (isspace((unsigned char)*s))
    s++;
  *n = strlen(s);
  while (*n && isspace((unsigned char)s[*n - 1]))
    (*n)--;
  return s;
}

/* What is wrong with a business ID (Y-tunnus), or NULL. */
static const char *business_id_problem(const char *v)
{
  switch (facts_business_id(v)) {
  case BID_FORM:
    return _("a business ID is seven digits, a hyphen and a check digit, like 1234567-1");
  case BID_CHECK_DIGIT:
    return _("the check digit (the last digit) does not match: copy the business ID from the Trade "
             "Register (ytj.fi)");
  default:
    return NULL;
  }
}

/* What is wrong with an e-mail address, or NULL. */
static const char *email_problem(const char *v)
{
  enum facts_email e = facts_email(v);
  if (e == EMAIL_OK)
    return NULL;
  if (e == EMAIL_OBFUSCATED)
    return _("write the address with @, like name@example.fi, so that people can use it");
  size_t n;
  const char *s = trimmed(v, &n);
  const char *at = memchr(s, '@', n);
  if (has_space(s, n))
    return _("an e-mail address has no spaces");
  if (!at)
    return _("an e-mail address needs an @, like name@example.fi");
  if (memchr(at + 1, '@', n - (size_t)(at - s) - 1))
    return _("an e-mail address has only one @");
  return _("this is not an e-mail address; write it like name@example.fi");
}

/* What is wrong with a phone number, or NULL. */
static const char *phone_problem(const char *v)
{
  if (facts_phone_valid(v))
    return NULL;
  size_t n, digits = 0;
  const char *s = trimmed(v, &n);
  for (size_t i = 0; i < n; i++) {
    if (!facts_phone_char((unsigned char)s[i]))
      return _("a phone number has only digits, spaces and + - ( ), like 09 123 4567 or +358 40 123 4567");
    digits += isdigit((unsigned char)s[i]) != 0;
  }
  if (digits < 6)
    return _("too few digits for a phone number; give it like 09 123 4567 or +358 40 123 4567");
  return _("this does not look like a phone number; give it like 09 123 4567 or +358 40 123 4567");
}

/* What is wrong with a web address, or NULL: it needs https:// (or http://), as seloste check asks,
   and a domain with a dot. */
static const char *url_problem(const char *v)
{
  size_t n;
  const char *s = trimmed(v, &n);
  if (has_space(s, n))
    return _("a web address has no spaces");
  const char *sep = strstr(s, "://");
  if (facts_url_has_scheme(s)) {
    n -= (size_t)(sep + 3 - s);
    s = sep + 3;
  } else if (sep && sep < s + n) {
    return _("a web address starts with https:// (or http://)");
  }
  size_t host = strcspn(s, ":/?#");
  if (host > n)
    host = n; /* the trailing spaces trimmed off */
  if (!facts_domain_ok(s, host))
    return _("write the web address like https://www.example.fi");
  if (!sep) /* the check (seloste check) asks for it too: a link without it may not work */
    return _("begin the web address with https://, like https://www.example.fi");
  return NULL;
}

/* A Finnish postal code is five digits; one with letters is taken as foreign and not checked. */
static const char *postal_code_problem(const char *v)
{
  size_t n, digits = 0;
  const char *s = trimmed(v, &n);
  for (size_t i = 0; i < n; i++) {
    if (isalpha((unsigned char)s[i]))
      return NULL;
    digits += isdigit((unsigned char)s[i]) != 0;
  }
  return digits == 5 && digits == n ? NULL : _("a Finnish postal code is five digits, like 00100");
}

const char *fieldcheck_problem(int field, const char *value)
{
  if (!value || str_blank(value))
    return NULL;
  switch (field) {
  case FIELD_BUSINESS_ID: return business_id_problem(value);
  case FIELD_EMAIL: return email_problem(value);
  case FIELD_PHONE: return phone_problem(value);
  case FIELD_WEBSITE: return url_problem(value);
  case FIELD_POSTAL_CODE: return postal_code_problem(value);
  default: return NULL;
  }
}

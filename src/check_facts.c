/* Form checks of facts: Y-tunnus check digits, e-mail addresses, phone numbers, URLs. */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include "check_facts.h"

enum facts_bid facts_business_id(const char *s)
{
  static const int weights[7] = { 7, 9, 10, 5, 8, 4, 2 };
  while (*s == ' ')
    s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ')
    n--;
  if (n != 9 || s[7] != '-')
    return BID_FORM;
  int sum = 0;
  for (int i = 0; i < 7; i++) {
    if (!isdigit((unsigned char)s[i]))
      return BID_FORM;
    sum += (s[i] - '0') * weights[i];
  }
  if (!isdigit((unsigned char)s[8]))
    return BID_FORM;
  int r = sum % 11;
  if (r == 1)
    return BID_CHECK_DIGIT;
  int check = r == 0 ? 0 : 11 - r;
  return check == s[8] - '0' ? BID_OK : BID_CHECK_DIGIT;
}

/* True when s holds one of the usual "@" disguises. */
static bool has_disguise(const char *s)
{
  static const char *const marks[] = { "[a]", "(a)", "[at]", "(at)", "[ät]", "(ät)", " at ", "[@]", NULL };
  for (size_t i = 0; marks[i]; i++)
    if (strstr(s, marks[i]))
      return true;
  return false;
}

bool facts_domain_ok(const char *d, size_t n)
{
  if (n < 4 || d[0] == '.' || d[n - 1] == '.' || d[0] == '-')
    return false;
  const char *last_dot = NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (c == '.') {
      if (d[i + 1] == '.')
        return false;
      last_dot = d + i;
    } else if (!isalnum(c) && c != '-' && c < 0x80) {
      return false;
    }
  }
  if (!last_dot || d + n - last_dot - 1 < 2)
    return false;
  for (const char *p = last_dot + 1; p < d + n; p++)
    if (!isalpha((unsigned char)*p))
      return false;
  return true;
}

enum facts_email facts_email(const char *s)
{
  while (*s == ' ')
    s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ')
    n--;
  const char *at = memchr(s, '@', n);
  if (!at)
    return has_disguise(s) ? EMAIL_OBFUSCATED : EMAIL_BAD;
  if (at == s || memchr(at + 1, '@', n - (size_t)(at - s) - 1))
    return EMAIL_BAD;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (isspace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')')
      return EMAIL_BAD;
  }
  if (s[0] == '.' || at[-1] == '.')
    return EMAIL_BAD;
  return facts_domain_ok(at + 1, n - (size_t)(at - s) - 1) ? EMAIL_OK : EMAIL_BAD;
}

void facts_phone_digits(const char *s, char out[32])
{
  size_t n = 0;
  const char *p = s;
  while (*p == ' ')
    p++;
  if (strncmp(p, "+358", 4) == 0) {
    out[n++] = '0';
    p += 4;
    const char *q = p;
    while (*q == ' ')
      q++;
    if (strncmp(q, "(0)", 3) == 0)
      p = q + 3;
  } else if (*p == '+') {
    out[n++] = '+';
    p++;
  }
  for (; *p && n < 31; p++)
    if (isdigit((unsigned char)*p))
      out[n++] = *p;
  out[n] = '\0';
}

bool facts_phone_char(unsigned char c) { return isdigit(c) || (c && strchr(" +-()/", c)); }

bool facts_phone_valid(const char *s)
{
  for (const char *p = s; *p; p++)
    if (!facts_phone_char((unsigned char)*p))
      return false;
  char d[32];
  facts_phone_digits(s, d);
  size_t n = strlen(d);
  if (d[0] == '+')
    return n >= 8 && n <= 16 && d[1] != '0';
  if (d[0] != '0')
    return false;
  return n >= 6 && n <= 12 && d[1] != '0';
}

bool facts_url_has_scheme(const char *s)
{
  while (*s == ' ')
    s++;
  return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}

int facts_distance(const char *a, const char *b)
{
  size_t na = strlen(a), nb = strlen(b);
  if (na > 64 || nb > 64)
    return strcmp(a, b) == 0 ? 0 : 99;
  int row[65];
  for (size_t j = 0; j <= nb; j++)
    row[j] = (int)j;
  for (size_t i = 1; i <= na; i++) {
    int diag = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= nb; j++) {
      int up = row[j];
      int best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best)
        best = up + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[nb] > 99 ? 99 : row[nb];
}

/* True when c may appear in the local part of an address. */
static bool local_byte(unsigned char c) { return isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'; }

/* True when c may appear in a domain. */
static bool domain_byte(unsigned char c) { return isalnum(c) || c == '.' || c == '-'; }

/* Length of an "@" or of a disguise ("[a]", "(at)") at s, or 0. */
static size_t at_sign(const char *s, bool *obfuscated)
{
  static const char *const marks[] = { "[a]", "(a)", "[at]", "(at)", "[ät]", "(ät)", "[@]", NULL };
  *obfuscated = false;
  if (*s == '@')
    return 1;
  if (*s != '[' && *s != '(')
    return 0; /* no mark starts otherwise: facts_next_email asks at every byte of every text */
  for (size_t i = 0; marks[i]; i++)
    if (strncmp(s, marks[i], strlen(marks[i])) == 0) {
      *obfuscated = true;
      return strlen(marks[i]);
    }
  return 0;
}

bool facts_next_email(const char *s, size_t *pos, size_t *start, size_t *len, bool *obfuscated)
{
  for (size_t i = *pos; s[i]; i++) {
    size_t an = at_sign(s + i, obfuscated);
    if (!an || i == 0 || !local_byte((unsigned char)s[i - 1]) || !domain_byte((unsigned char)s[i + an]))
      continue;
    size_t b = i, e = i + an;
    while (b > 0 && local_byte((unsigned char)s[b - 1]))
      b--;
    while (domain_byte((unsigned char)s[e]))
      e++;
    while (e > i + an && (s[e - 1] == '.' || s[e - 1] == '-'))
      e--;
    while (b < i && s[b] == '.')
      b++;
    *start = b;
    *len = e - b;
    *pos = e;
    return true;
  }
  return false;
}

bool facts_next_phone(const char *s, size_t *pos, size_t *start, size_t *len)
{
  for (size_t i = *pos; s[i]; i++) {
    if ((s[i] != '+' && s[i] != '0') || (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '/')))
      continue;
    size_t e = i + 1, digits = s[i] == '0';
    while (isdigit((unsigned char)s[e]) || ((s[e] == ' ' || s[e] == '-') && isdigit((unsigned char)s[e + 1])))
      digits += isdigit((unsigned char)s[e++]) != 0;
    if (digits >= 7 && digits <= 13 && !isalpha((unsigned char)s[e]) && s[e] != '/') {
      *start = i;
      *len = e - i;
      *pos = e;
      return true;
    }
  }
  return false;
}

bool facts_next_bare_url(const char *s, size_t *pos, size_t *start, size_t *len)
{
  for (size_t i = *pos; s[i]; i++) {
    if (strncmp(s + i, "www.", 4) != 0 || (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '/' ||
                                                     s[i - 1] == '.' || s[i - 1] == '@')))
      continue;
    size_t e = i + 4;
    while (s[e] && !isspace((unsigned char)s[e]) && !strchr("<>\"')", s[e]))
      e++;
    while (e > i + 4 && strchr(".,;:", s[e - 1]))
      e--;
    *start = i;
    *len = e - i;
    *pos = e;
    return true;
  }
  return false;
}

bool facts_next_business_id(const char *s, size_t *pos, size_t *start, size_t *len)
{
  for (size_t i = *pos; s[i]; i++) {
    if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '/'))
      continue;
    size_t k = 0;
    while (k < 7 && isdigit((unsigned char)s[i + k]))
      k++;
    if (k != 7 || s[i + 7] != '-' || !isdigit((unsigned char)s[i + 8]) || isalnum((unsigned char)s[i + 9]))
      continue;
    *start = i;
    *len = 9;
    *pos = i + 9;
    return true;
  }
  return false;
}

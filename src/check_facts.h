/* Facts the compliance check can verify by form: business IDs, e-mail addresses, phone numbers, URLs. */
#ifndef SELOSTE_CHECK_FACTS_H
#define SELOSTE_CHECK_FACTS_H

#include <stdbool.h>
#include <stddef.h>

/* What is wrong with an e-mail address, if anything. */
enum facts_email { EMAIL_OK, EMAIL_OBFUSCATED, EMAIL_BAD };

/* What is wrong with a Finnish business ID (Y-tunnus), if anything. */
enum facts_bid { BID_OK, BID_FORM, BID_CHECK_DIGIT };

/* Checks a business ID written 1234567-8 (weights 7,9,10,5,8,4,2; modulus 11). */
enum facts_bid facts_business_id(const char *s);
/* Checks one e-mail address as given in a contact field. */
enum facts_email facts_email(const char *s);
/* True when the n bytes at d are a well-formed domain: dot-separated labels of letters, digits,
   '-' or non-ASCII bytes (IDN), no empty label, a top-level name of two or more ASCII letters. */
bool facts_domain_ok(const char *d, size_t n);
/* True when c may appear in a phone number: a digit, space, '+', '-', '(', ')' or '/'. */
bool facts_phone_char(unsigned char c);
/* True when s is a plausible phone number: Finnish (0..., +358...) or international (+...). */
bool facts_phone_valid(const char *s);
/* The digits of a phone number with +358 turned into a leading 0 (out holds at least 32 bytes). */
void facts_phone_digits(const char *s, char out[32]);
/* True when a web address starts with http:// or https://. */
bool facts_url_has_scheme(const char *s);
/* Levenshtein distance of two short strings (capped at 99). */
int facts_distance(const char *a, const char *b);
/*
 * Finds the next e-mail address in text at or after *pos: sets start and len and whether it is
 * obfuscated ("nimi[a]firma.fi", "nimi(at)firma.fi"); trailing dots are not part of it.
 */
bool facts_next_email(const char *s, size_t *pos, size_t *start, size_t *len, bool *obfuscated);
/* Finds the next phone-like run in text (a '+' or '0' followed by 6 to 12 more digits, spaces allowed). */
bool facts_next_phone(const char *s, size_t *pos, size_t *start, size_t *len);
/* Finds the next "www." address written without a scheme. */
bool facts_next_bare_url(const char *s, size_t *pos, size_t *start, size_t *len);
/* Finds the next token shaped like a business ID (7 digits, '-', 1 digit). */
bool facts_next_business_id(const char *s, size_t *pos, size_t *start, size_t *len);

#endif

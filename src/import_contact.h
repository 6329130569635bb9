/* Contact blocks of an imported notice -> name, business ID, address, e-mail, phone, website. */
#ifndef SELOSTE_IMPORT_CONTACT_H
#define SELOSTE_IMPORT_CONTACT_H

#include "doc.h"
#include "util.h"

/* Parses body into s's empty fields; whatever is not a field goes to leftover, one line each, and
   the labels read ("Sähköposti:") to used. */
void import_contact_parse(struct doc_section *s, const char *body, struct strbuf *leftover, struct strbuf *used);
/* True when the word (NUL-terminated) is an e-mail address, also written "x[a]y.fi" or "x(at)y.fi". */
bool import_contact_is_email(const char *w);

#endif

/* Countries where a service provider may process data: in the EU/EEA or not, and whether the
   European Commission has found their protection adequate (GDPR Art. 45). */
#ifndef SELOSTE_COUNTRIES_H
#define SELOSTE_COUNTRIES_H

#include <stdbool.h>
#include "doc.h"

/* What an adequacy decision covers in a country. */
enum adequacy {
  ADEQUACY_NONE,    /* no decision: a transfer needs an Art. 46 safeguard such as standard clauses */
  ADEQUACY_COUNTRY, /* the country (for Canada: organisations under PIPEDA) */
  ADEQUACY_DPF      /* United States: only organisations self-certified under the EU-US Data Privacy
                       Framework (Commission decision 2023/1795) */
};

struct country {
  const char *code;             /* ISO 3166-1 alpha-2, upper case: "FI" */
  const char *name[2];          /* in Finnish and English, nominative: "Yhdysvallat", "United States";
                                   use country_name for any language */
  bool eea;                     /* an EU member state, Iceland, Liechtenstein or Norway */
  enum adequacy adequacy;       /* decisions in force on 2026-11-30 */
};

/* The name of country c in language l: Finnish and English from the table, another language's from the
   texts pairs of its clause files (the English name translated), else the English name. Static. */
const char *country_name(const struct country *c, enum doc_lang l);
/* The country whose code is code (case-sensitive, "FI"), or NULL when the table lacks it. The table
   holds the EU/EEA states, the countries with an adequacy decision and other common provider
   countries; the returned entry is static. */
const struct country *country_find(const char *code);
/* The country whose name in Finnish or English is name ("Yhdysvallat", "united states"), or one of
   the other names people commonly write ("USA", "UK", "Iso-Britannia", "Etelä-Korea"): compared
   whole, ASCII letters case-folded, blanks around name ignored; NULL when none is (or name is NULL).
   Used to read back a country column of an imported notice and to read the country the person types
   in the wizard; the returned entry is static. */
const struct country *country_by_name(const char *name);
/* True when code is a country of the table outside the EU/EEA. Unknown codes count as outside. */
bool country_outside_eea(const char *code);

#endif

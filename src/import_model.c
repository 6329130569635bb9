/* An imported notice in the format-2 model: the purposes become rows resting on the legal basis the
   old notice names, its transfer words tick mechanisms, sections that no longer apply give their text
   to one that does, and every imported section records where its text came from. The old notice's
   words are kept everywhere: what was changed is said in the report. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "import_match.h"
#include "import_model.h"

/* Legal bases of Art. 6(1) and the words that name them, most specific first. */
static const struct { const char *id, *words; } basis_words[] = {
  { "legitimate_interest", "oikeutettu etu|oikeutetun edun|oikeutettuun etuun|oikeutettujen etujen|"
                           "oikeutettuihin etuihin|legitimate interest|berättigat intresse|berättigade intresse|"
                           "berättigade intressen" },
  { "legal_obligation", "lakisääteinen velvoite|lakisääteisen velvoitteen|lakisääteiseen velvoitteeseen|"
                        "lakisääteisten velvoitteiden|lakisääteisiin velvoitteisiin|legal obligation|"
                        "rättslig förpliktelse|rättsliga förpliktelse|lagstadgad skyldighet|lagstadgade skyldighet" },
  { "vital_interests", "elintärke|vital interest|grundläggande intresse" },
  { "public_task", "yleistä etua|julkisen vallan|public task|public interest|allmänt intresse|myndighetsutövning" },
  { "consent", "suostumu|=consent|samtyck" },
  { "contract", "sopimu|=contract|avtal" },
};

/* Words by which a sentence says what the processing rests on. */
static const char stating[] =
  "oikeusperust|käsittelyperust|=peruste|=perustuu|=perustuvat|=perusteena|legal basis|lawful basis|=based on|=rests on|"
  "rättslig grund|rättsliga grund|=grundar sig|=baserar sig|=grundas";

/* A sentence of at most this many words under a legal-basis heading is a label naming the basis
   ("Käsittelyn oikeusperuste: Oikeutettu etu" is five). */
enum { LABEL_WORDS = 8 };

/* The bases a text names, in the order first named; indexes of schema_basis_at(). */
struct bases {
  int v[8];
  int n;
};

/* Appends basis index i unless it is there. */
static void bases_add(struct bases *b, int i)
{
  for (int k = 0; k < b->n; k++)
    if (b->v[k] == i)
      return;
  if (i >= 0 && b->n < (int)(sizeof b->v / sizeof b->v[0]))
    b->v[b->n++] = i;
}

/* Byte offset in norm of the first of the alternatives "a|=b|<c" found as a substring, or SIZE_MAX. */
static size_t first_at(const char *norm, const char *alts)
{
  size_t best = SIZE_MAX, len = strlen(norm);
  for (const char *a = alts; *a;) {
    size_t n = strcspn(a, "|");
    size_t skip = (*a == '=' || *a == '<');
    const char *hit = n > skip ? memmem(norm, len, a + skip, n - skip) : NULL;
    if (hit && (size_t)(hit - norm) < best)
      best = (size_t)(hit - norm);
    a += n + (a[n] == '|');
  }
  return best;
}

/* Adds the bases one normalised sentence names, in the order they appear in it. */
static void sentence_bases(const char *norm, struct bases *b)
{
  size_t n = sizeof basis_words / sizeof basis_words[0], at[sizeof basis_words / sizeof basis_words[0]];
  for (size_t i = 0; i < n; i++)
    at[i] = import_has(norm, basis_words[i].words) ? first_at(norm, basis_words[i].words) : SIZE_MAX;
  for (;;) {
    size_t best = n;
    for (size_t i = 0; i < n; i++)
      if (at[i] != SIZE_MAX && (best == n || at[i] < at[best]))
        best = i;
    if (best == n)
      return;
    bases_add(b, schema_basis_index(basis_words[best].id));
    at[best] = SIZE_MAX;
  }
}

/* Number of words in a normalised text. */
static size_t words(const char *norm)
{
  size_t n = *norm != '\0';
  for (const char *p = norm; (p = strchr(p, ' ')); p++)
    n++;
  return n;
}

/* Adds the bases text names: in sentences stating a basis and, when labels, in short sentences that
   are a label ("Sopimus", "Oikeutettu etu ja suostumus"); a longer sentence without a stating word
   ("Emme pyydä suostumusta") names no basis. */
static void bases_in(const char *text, bool labels, struct bases *b)
{
  char *copy = xstrdup(text ? text : ""), *save = NULL;
  for (char *s = strtok_r(copy, ".\n", &save); s; s = strtok_r(NULL, ".\n", &save)) {
    char *norm = import_normalise(s);
    if ((labels && words(norm) <= LABEL_WORDS) || import_has(norm, stating))
      sentence_bases(norm, b);
    free(norm);
  }
  free(copy);
}

/* True when every sentence of the paragraph states a basis and nothing else is in it (no list). */
static bool only_basis(const char *para)
{
  if (strncmp(para, "- ", 2) == 0 || strstr(para, "\n- "))
    return false;
  char *copy = xstrdup(para), *save = NULL;
  bool all = true, any = false;
  for (char *s = strtok_r(copy, ".\n", &save); s && all; s = strtok_r(NULL, ".\n", &save)) {
    if (str_blank(s))
      continue;
    char *norm = import_normalise(s);
    struct bases b = { .n = 0 };
    sentence_bases(norm, &b);
    all = import_has(norm, stating) && b.n > 0;
    any = true;
    free(norm);
  }
  free(copy);
  return all && any;
}

/* True when the paragraph is only a sub-heading naming the legal basis ("Oikeusperuste", "Legal
   basis:"): one line of a few words with a stating word, naming no basis itself. */
static bool basis_heading(const char *para)
{
  if (strchr(para, '\n') || strchr(para, '.'))
    return false;
  char *norm = import_normalise(para);
  struct bases b = { .n = 0 };
  sentence_bases(norm, &b);
  bool heading = words(norm) <= 4 && import_has(norm, stating) && b.n == 0;
  free(norm);
  return heading;
}

/* Splits text into its paragraphs that only state the basis (to basis) and the rest (to rest); a
   sub-heading naming the legal basis kept in the text takes the paragraph after it along as a
   statement of the basis ("Oikeusperuste", then "Sopimus ja suostumus."). */
static void split_basis(const char *text, struct strbuf *basis, struct strbuf *rest)
{
  char *copy = xstrdup(text ? text : "");
  bool under = false;
  for (char *p = copy; p && *p;) {
    char *end = str_para_break(p);
    if (end)
      *end = '\0';
    bool head = basis_heading(p);
    sb_add_para(head || under || only_basis(p) ? basis : rest, p);
    under = head;
    p = end ? end + 2 : NULL;
  }
  free(copy);
}

/* The label of basis index i with its point of Art. 6(1): "Contract (6(1)(b))"; caller frees. */
static char *basis_label(int i)
{
  const struct schema_option *o = schema_basis_at((size_t)i);
  return xasprintf("%s (%s)", _(o->label), o->detail);
}

/* Appends the start of text to report, cut at a character boundary after about 70 bytes. */
static void report_start(struct strbuf *report, const char *text)
{
  size_t n = strcspn(text, "\n");
  bool cut = n > 70 || text[n];
  if (n > 70)
    for (n = 70; n && ((unsigned char)text[n] & 0xC0) == 0x80; n--)
      ;
  sb_printf(report, "\"%.*s%s\"", (int)n, text, cut ? "..." : "");
}

/* Reports the bases given to the rows and, when several were named, asks to check each purpose. */
static void report_bases(struct strbuf *report, const char *heading, const struct bases *b, const char *kept)
{
  char *first = basis_label(b->v[0]);
  if (b->n == 1) {
    sb_printf(report, _("  %s: each purpose was given the legal basis %s, the one the old notice names\n"),
              heading, first);
  } else {
    struct strbuf all = { 0 };
    for (int k = 0; k < b->n; k++) {
      char *lab = basis_label(b->v[k]);
      sb_printf(&all, "%s%s", k ? ", " : "", lab);
      free(lab);
    }
    sb_printf(report, _("  %s: the old notice names several legal bases: %s. Each purpose was given the first, "
                        "%s; check the legal basis of each purpose and change those that rest on another.\n"),
              heading, all.s, first);
    sb_free(&all);
  }
  if (!str_blank(kept)) {
    sb_add(report, _("    its text on the legal basis is kept at the start of the section: "));
    report_start(report, kept);
    sb_addc(report, '\n');
  }
  free(first);
}

/* Tokens that may stand between the numbers of an article reference: "6 artiklan 1 kohdan b
   alakohta", "Art. 6(1)(b)", "GDPR 6.1 b". */
static const char article_fillers[] =
  "=art|=artikla|=artiklan|=artiklassa|=article|=gdpr|=tsa|=kohta|=kohdan|=kohdassa|=mom|=momentti|"
  "=momentin|=paragraph|=para|=par|=k";

/* The letter of the point of Art. 6(1) that text cites ('a' .. 'f'), or 0 when it cites none. */
static char article_point(const char *text)
{
  char *copy = xstrdup(text), *tok[48], *save = NULL;
  size_t n = 0;
  for (char *p = copy; *p; p++)
    *p = (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80) ? *p : ' ';
  for (char *t = strtok_r(copy, " ", &save); t && n < 48; t = strtok_r(NULL, " ", &save))
    tok[n++] = t;
  char point = 0;
  for (size_t i = 0; i < n && !point; i++) {
    size_t j = i + 1;
    if (strcmp(tok[i], "6") != 0)
      continue;
    while (j < n && import_has(tok[j], article_fillers))
      j++;
    if (j >= n || strcmp(tok[j++], "1") != 0)
      continue;
    while (j < n && import_has(tok[j], article_fillers))
      j++;
    if (j < n && tok[j][0] >= 'a' && tok[j][0] <= 'f' && tok[j][1] == '\0')
      point = tok[j][0];
  }
  free(copy);
  return point;
}

int import_model_basis(const char *text)
{
  char point = article_point(text ? text : "");
  for (size_t i = 0; point && schema_basis_at(i); i++)
    if (schema_basis_at(i)->detail && strlen(schema_basis_at(i)->detail) == 7 &&
        schema_basis_at(i)->detail[5] == point)
      return (int)i;
  char *norm = import_normalise(text ? text : "");
  struct bases b = { .n = 0 };
  sentence_bases(norm, &b);
  free(norm);
  return b.n ? b.v[0] : -1;
}

/* The purposes came as rows (a table or list): the texts beside them are the section's intro, the basis
   statements first; a row whose basis was not recognised (basis "") gets the first basis another row
   rests on, else the first the texts name, and is reported; with no basis anywhere, the row's text joins
   the intro. */
static void rows_named(struct doc_section *s, enum doc_lang l, struct strbuf *basis, const char *rest,
                       const struct bases *b, struct strbuf *report)
{
  const char *first = NULL;
  for (size_t i = 0; i < s->npurposes && !first; i++)
    first = *s->purposes[i].basis ? s->purposes[i].basis : NULL;
  if (!first && b->n)
    first = schema_basis_at((size_t)b->v[0])->id;
  sb_add_para(basis, rest);
  for (size_t i = 0; i < s->npurposes;) {
    struct doc_purpose *p = &s->purposes[i];
    if (*p->basis) {
      i++;
      continue;
    }
    struct strbuf start = { 0 };
    report_start(&start, p->text[l]);
    if (!first) {
      sb_printf(report, _("  %s: the legal basis of the purpose %s was not recognised and the notice names no "
                          "other; its text was kept as the section's text. Add it as a row with its legal basis.\n"),
                _(s->schema->heading), start.s);
      sb_free(&start);
      sb_add_para(basis, p->text[l]);
      sb_add_para(basis, p->interest[l]);
      sb_add_para(basis, p->retention[l]);
      doc_purpose_remove(s, i);
      continue;
    }
    str_set(&p->basis, first);
    char *lab = basis_label(schema_basis_index(first));
    sb_printf(report, _("  %s: the legal basis of the purpose %s was not recognised; the row was given %s, the "
                        "first legal basis named elsewhere in the notice, and its words on the basis were kept in "
                        "its text. Check it.\n"), _(s->schema->heading), start.s, lab);
    sb_free(&start);
    free(lab);
    i++;
  }
  str_set(&s->text[l], basis->s ? basis->s : "");
}

/* Gives each row whose own text names one legal basis ("Asiakassuhteen hoito (sopimus)", "Markkinointi
   – oikeutettu etu", "6 artiklan 1 kohdan b alakohta") that basis and adds it to b; returns how many rows
   named theirs. */
static int rows_own_bases(struct doc_section *s, enum doc_lang l, struct bases *b)
{
  int own = 0;
  for (size_t i = 0; i < s->npurposes; i++) {
    char *norm = import_normalise(s->purposes[i].text[l]);
    struct bases one = { .n = 0 };
    sentence_bases(norm, &one);
    free(norm);
    int k = article_point(s->purposes[i].text[l]) ? import_model_basis(s->purposes[i].text[l]) :
            one.n == 1 ? one.v[0] : -1;
    if (k < 0)
      continue;
    str_set(&s->purposes[i].basis, schema_basis_at((size_t)k)->id);
    bases_add(b, k);
    own++;
  }
  return own;
}

/* Reports every basis the old notice names when the rows took theirs from their own texts or none
   could be given one: each purpose's basis is to be checked or chosen. */
static void report_named(struct strbuf *report, const char *heading, const struct bases *b, const char *kept)
{
  struct strbuf all = { 0 };
  for (int k = 0; k < b->n; k++) {
    char *lab = basis_label(b->v[k]);
    sb_printf(&all, "%s%s", k ? ", " : "", lab);
    free(lab);
  }
  sb_printf(report, _("  %s: the old notice names the legal bases %s; the rows whose text names its basis rest "
                      "on it, the others on the first named. Check the legal basis of each purpose.\n"), heading, all.s);
  sb_free(&all);
  if (!str_blank(kept)) {
    sb_add(report, _("    its text on the legal basis is kept at the start of the section: "));
    report_start(report, kept);
    sb_addc(report, '\n');
  }
}

void import_model_purposes(struct doc *d, enum doc_lang l, const char *basis_text, struct strbuf *report)
{
  struct doc_section *s = doc_section(d, "purposes");
  const char *heading = _(s->schema->heading);
  struct strbuf basis = { 0 }, rest = { 0 };
  struct bases b = { .n = 0 };
  sb_add_para(&basis, basis_text);
  split_basis(s->text[l], &basis, &rest);
  bases_in(basis.s, true, &b);
  for (size_t i = 0; i < schema_count(); i++)
    bases_in(d->sec[i].text[l], false, &b);
  if (s->npurposes) {
    rows_named(s, l, &basis, rest.s, &b, report);
  } else if (basis.len == 0 && rest.len == 0) {
    /* the old notice says nothing of its purposes: nothing to make rows of, nothing to report */
  } else if (b.n == 0 || rest.len == 0) {
    sb_add_para(&basis, rest.s);
    str_set(&s->text[l], basis.s ? basis.s : "");
    if (b.n == 0)
      sb_printf(report, _("  %s: the old notice names no legal basis; its text was kept as the section's text. "
                          "Add the purposes as rows, each with its legal basis.\n"), heading);
    else
      sb_printf(report, _("  %s: the old notice names a legal basis but no purposes; its text was kept as the "
                          "section's text. Add the purposes as rows, each with its legal basis.\n"), heading);
  } else {
    char *kept = xstrdup(basis.s ? basis.s : "");
    str_set(&s->text[l], rest.s);
    doc_purposes_from_text(s, schema_basis_at((size_t)b.v[0])->id);
    int own = rows_own_bases(s, l, &b);
    sb_add_para(&basis, s->text[l]); /* the basis first: a lead-in to the rows ("...tarkoituksiin:") stays last */
    str_set(&s->text[l], basis.s ? basis.s : "");
    if (own == 0 && s->npurposes)
      report_bases(report, heading, &b, kept);
    else
      report_named(report, heading, &b, kept);
    free(kept);
  }
  sb_free(&basis);
  sb_free(&rest);
}

/* ---------- transfers ---------- */

/* The words of each transfer mechanism (options of the transfers section). */
static const struct { const char *id, *words; } mechanism_words[] = {
  { "scc", "vakiosopimuslausek|mallisopimuslausek|vakiolausek|mallilausek|standard contractual|=scc|"
           "standardavtalsklausul" },
  { "adequacy", "riittävyyspäätö|riittävä tietosuojan|riittävän tietosuojan|adequacy|beslut om adekvat" },
  { "dpf", "data privacy framework|=privacy framework|tietosuojakehy|=dpf" },
};

/* "Data is not transferred outside the EU/EEA". */
static const char no_transfer[] =
  "=ei siirretä|=ei siirreta|=ei siirry|=eivät siirry|=emme siirrä|=not transferred|=no transfers|=do not transfer|"
  "=does not transfer|=överförs inte|=överför inte|=överförs aldrig|=inte överförs|=inte överför";
/* Words that make a no-transfer statement conditional. */
static const char exceptions[] =
  "=ellei|=paitsi|=lukuun ottamatta|=kuitenkin|=mutta|=poikkeuksellisesti|=tarvittaessa|=voidaan|=saatetaan|"
  "=unless|=except|=however|=but|=may|=might|=where necessary|=om inte|=utom|=dock|=men|=kan|=vid behov";
/* Countries outside the EU/EEA and providers based outside it that notices commonly name. */
static const char abroad[] =
  "yhdysval|=usa|united states|amerika|britanni|united kingdom|=intia|=intiassa|=intiaan|=india|=kiina|"
  "=kiinassa|=kiinaan|=china|kanada|canada|sveitsi|switzerland|japani|japan|australia|singapore|venäj|"
  "russia|<google|<microsoft|<amazon|=aws|<facebook|=meta|<instagram|<hubspot|<mailchimp|<salesforce|"
  "<zoom|<dropbox|<slack|<linkedin|<paypal|<stripe|<zendesk|<shopify|<cloudflare|<openai";
/* The invalid EU-US Privacy Shield (Court of Justice, C-311/18, 16.7.2020). */
static const char shield[] =
  "privacy shield|tietosuojakilp|yksityisyydensuojajärjestel|yksityisyydensuoja-järjestel";

/* The first alternative of alts that norm holds, without its "=" or "<", as a new string; or NULL. */
static char *word_in(const char *norm, const char *alts)
{
  for (const char *a = alts; *a;) {
    size_t n = strcspn(a, "|");
    char *one = xasprintf("%.*s", (int)n, a);
    if (import_has(norm, one)) {
      char *w = xstrdup(one + (*one == '=' || *one == '<'));
      free(one);
      return w;
    }
    free(one);
    a += n + (a[n] == '|');
  }
  return NULL;
}

/* Replaces *word (lower case, a word's start) with the whole word as text writes it ("google" ->
   "Google"), when text holds it so (ASCII case folded); else leaves it. */
static void as_written(const char *text, char **word)
{
  const char *at = strcasestr(text, *word);
  if (!at)
    return;
  size_t n = strlen(*word);
  while (at[n] && (unsigned char)at[n] > ' ' && !strchr(".,;:!?)\"'", at[n]))
    n++;
  free(*word);
  *word = xasprintf("%.*s", (int)n, at);
}

/* The first section whose language-l text holds one of alts: its index, the word as written in
   *word (caller frees); -1 when none. */
static int section_with(const struct doc *d, enum doc_lang l, const char *alts, char **word)
{
  for (size_t i = 0; i < schema_count(); i++) {
    char *norm = import_normalise(d->sec[i].text[l]);
    *word = word_in(norm, alts);
    free(norm);
    if (*word) {
      as_written(d->sec[i].text[l], word);
      return (int)i;
    }
  }
  return -1;
}

/* True when every sentence of text says that data is not transferred, without a condition. */
static bool only_no_transfer(const char *text)
{
  char *copy = xstrdup(text), *save = NULL;
  bool all = true;
  for (char *s = strtok_r(copy, ".\n", &save); s && all; s = strtok_r(NULL, ".\n", &save)) {
    char *norm = import_normalise(s);
    all = !*norm || (import_has(norm, no_transfer) && !import_has(norm, exceptions));
    free(norm);
  }
  free(copy);
  return all;
}

/* Reports reliance on the Privacy Shield anywhere in the notice. */
static void report_shield(const struct doc *d, enum doc_lang l, struct strbuf *report)
{
  char *word = NULL;
  int i = section_with(d, l, shield, &word);
  if (i < 0)
    return;
  sb_printf(report, _("  %s: the old notice relies on the EU-US Privacy Shield, which has been invalid since "
                      "16.7.2020 (EU Court of Justice, case C-311/18). That text is out of date: choose what "
                      "transfers to the United States rely on now (the Data Privacy Framework for a "
                      "self-certified organisation, or standard contractual clauses).\n"),
            _(schema_at((size_t)i)->heading));
  free(word);
}

/* Ticks the mechanisms norm names; returns how many. */
static int tick_mechanisms(struct doc_section *t, const char *norm, struct strbuf *report)
{
  int n = 0;
  for (size_t i = 0; i < sizeof mechanism_words / sizeof mechanism_words[0]; i++)
    if (import_has(norm, mechanism_words[i].words)) {
      doc_set_item(t, mechanism_words[i].id, true);
      sb_printf(report, _("  %s: %s\n"), _(t->schema->heading),
                _(schema_option(t->schema, mechanism_words[i].id)->label));
      n++;
    }
  return n;
}

/* Says why a no-transfer text was not taken as "no transfers"; false when nothing stands against it. */
static bool report_not_none(const struct doc *d, enum doc_lang l, const char *norm, struct strbuf *report)
{
  const char *heading = _(doc_section(d, "transfers")->schema->heading);
  char *word = word_in(norm, exceptions);
  int where = word ? -1 : section_with(d, l, abroad, &word);
  if (word && where < 0)
    as_written(doc_section(d, "transfers")->text[l], &word);
  if (word && where < 0)
    sb_printf(report, _("  %s: the old notice says data is not transferred outside the EU/EEA, but with an "
                        "exception (\"%s\"); its text was kept and no transfer basis was chosen.\n"), heading, word);
  else if (word)
    sb_printf(report, _("  %s: the old notice says data is not transferred outside the EU/EEA, but it names "
                        "\"%s\" (in \"%s\"), which suggests that data may be processed outside them; its text was "
                        "kept and no transfer basis was chosen.\n"), heading, word, _(schema_at((size_t)where)->heading));
  else if (!only_no_transfer(doc_section(d, "transfers")->text[l]))
    sb_printf(report, _("  %s: the old notice says more about transfers than that data stays in the EU/EEA; "
                        "its text was kept and no transfer basis was chosen.\n"), heading);
  bool against = word || !only_no_transfer(doc_section(d, "transfers")->text[l]);
  free(word);
  return against;
}

void import_model_transfers(struct doc *d, enum doc_lang l, struct strbuf *report)
{
  struct doc_section *t = doc_section(d, "transfers");
  report_shield(d, l, report);
  if (str_blank(t->text[l]))
    return;
  char *norm = import_normalise(t->text[l]);
  if (tick_mechanisms(t, norm, report) == 0) {
    if (!import_has(norm, no_transfer)) {
      sb_printf(report, _("  %s: the old text names no basis for transfers outside the EU/EEA; it was kept.\n"),
                _(t->schema->heading));
    } else if (!report_not_none(d, l, norm, report)) {
      t->not_applicable = true;
      sb_printf(report, _("  %s: no transfers: the old notice says only that data is not transferred outside "
                          "the EU/EEA; the section is marked not applicable\n"), _(t->schema->heading));
    }
    if (!t->not_applicable)
      sb_add(report, _("    Choose what each transfer relies on (adequacy decision, Data Privacy Framework or "
                       "standard contractual clauses), or mark the section not applicable if no data leaves "
                       "the EU/EEA.\n"));
  }
  free(norm);
}

/* ---------- sections that no longer apply ---------- */

/* Inserts para into *text: before a last paragraph ending in ':' (it introduces the rows), else at
   the end, a blank line apart. */
static void intro_insert(char **text, const char *para)
{
  const char *t = *text;
  size_t n = strlen(t);
  while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
    n--;
  size_t last = 0;
  for (const char *p = t; (p = str_para_break(p)) && (size_t)(p - t) < n; p += 2)
    last = (size_t)(p - t) + 2;
  char *joined;
  if (n && t[n - 1] == ':')
    joined = xasprintf("%.*s%s\n\n%.*s", (int)last, t, para, (int)(n - last), t + last);
  else
    joined = n ? xasprintf("%.*s\n\n%s", (int)n, t, para) : xstrdup(para);
  free(*text);
  *text = joined;
}

void import_model_dependants(struct doc *d, enum doc_lang l, struct strbuf *report)
{
  for (size_t i = 0; i < schema_count(); i++) {
    struct doc_section *s = &d->sec[i];
    if (!s->schema->depends_on || doc_applies(d, s) || str_blank(s->text[l]))
      continue;
    bool right = strncmp(s->schema->id, "right_", 6) == 0;
    struct doc_section *to = doc_section(d, right ? "rights_requests" : "purposes");
    intro_insert(&to->text[l], s->text[l]);
    str_set(&s->text[l], "");
    sb_printf(report, _("  %s applies to none of the legal bases of the purposes; its text was moved to %s\n"),
              _(s->schema->heading), _(to->schema->heading));
  }
}

/* ---------- origins ---------- */

/* True when the section received anything from the old notice. */
static bool received(const struct doc_section *s)
{
  bool any = s->choice || s->nitems || s->npurposes || s->nproviders || s->not_applicable;
  for (int f = 0; f < FIELD_COUNT; f++)
    any = any || !str_blank(s->field[f]);
  for (int l = 0; l < LANG_COUNT; l++)
    any = any || !str_blank(s->text[l]);
  return any;
}

void import_model_origins(struct doc *d)
{
  for (size_t i = 0; i < schema_count(); i++) {
    struct doc_section *s = &d->sec[i];
    if (!received(s))
      continue;
    s->origin = ORIGIN_IMPORTED;
    for (int l = 0; l < LANG_COUNT; l++) {
      doc_derivation_clear(&s->from[l]);
      s->from[l].source = SOURCE_IMPORT;
    }
  }
}

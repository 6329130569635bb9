/* Placeholders as the wizard shows them: found as render_fill finds them, shown as plain words. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include "i18n.h"
#include "phtext.h"
#include "render.h"
#include "util.h"

/* True when name[0..n) is a placeholder render_fill knows ("controller", "providers:it"). */
static bool phtext_known(const char *name, size_t n)
{
  if (n == 0 || n > 64 || memchr(name, '\0', n))
    return false;
  char buf[65];
  memcpy(buf, name, n);
  buf[n] = '\0';
  return render_placeholder_index(buf) >= 0;
}

size_t phtext_scan(const char *text, size_t len, struct phtext_span **spans)
{
  size_t n = 0, cap = 0, p = 0;
  *spans = NULL;
  while (p < len) {
    const char *open = memchr(text + p, '{', len - p);
    if (!open)
      break;
    size_t o = (size_t)(open - text);
    const char *close = memchr(open, '}', len - o);
    if (!close)
      break;
    size_t c = (size_t)(close - text);
    if (phtext_known(open + 1, c - o - 1)) {
      if (n == cap) {
        cap = cap ? cap * 2 : 8;
        *spans = xrealloc(*spans, cap * sizeof **spans);
      }
      (*spans)[n].start = o;
      (*spans)[n++].end = c + 1;
    }
    p = c + 1;
  }
  return n;
}

const char *phtext_words(const char *ph, size_t n)
{
  static const struct { const char *name, *words; } table[] = {
    { "controller", N_("[company name]") }, { "website", N_("[web address]") },
    { "contact_name", N_("[contact person's name]") }, { "contact_email", N_("[contact e-mail address]") },
    { "contact_phone", N_("[contact phone number]") }, { "register", N_("[register name]") },
    { "providers", N_("[the service providers named in the list]") },
    { "transfers", N_("[the providers using this transfer mechanism]") },
  };
  if (n < 3 || ph[0] != '{' || ph[n - 1] != '}' || !phtext_known(ph + 1, n - 2))
    return NULL;
  size_t base = strcspn(ph + 1, ":}");
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strlen(table[i].name) == base && strncmp(ph + 1, table[i].name, base) == 0)
      return _(table[i].words);
  return NULL;
}

/* Fills map[from..to) with display offsets d, d+1, ... (ordinary text: one byte shown per byte). */
static void map_plain(size_t *map, size_t from, size_t to, size_t d)
{
  for (size_t i = from; map && i < to; i++)
    map[i] = d + (i - from);
}

char *phtext_display(const char *text, size_t **map)
{
  const char *t = text ? text : "";
  size_t len = strlen(t), p = 0;
  struct phtext_span *sp;
  size_t n = phtext_scan(t, len, &sp);
  size_t *m = map ? xmalloc((len + 1) * sizeof *m) : NULL;
  struct strbuf b = { 0 };
  for (size_t k = 0; k <= n; k++) {
    size_t stop = k < n ? sp[k].start : len;
    map_plain(m, p, stop, b.len);
    sb_addn(&b, t + p, stop - p);
    if (k == n)
      break;
    for (size_t i = sp[k].start; m && i < sp[k].end; i++)
      m[i] = b.len;
    sb_add(&b, phtext_words(t + sp[k].start, sp[k].end - sp[k].start));
    p = sp[k].end;
  }
  if (m)
    m[len] = b.len;
  free(sp);
  if (map)
    *map = m;
  return b.s ? sb_take(&b) : xstrdup("");
}

size_t phtext_stored_offset(const size_t *map, size_t len, size_t d)
{
  size_t lo = 0, hi = len + 1; /* first i with map[i] > d */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (map[mid] <= d)
      lo = mid + 1;
    else
      hi = mid;
  }
  size_t i = lo ? lo - 1 : 0;
  while (i > 0 && map[i - 1] == map[i])
    i--;
  return i;
}

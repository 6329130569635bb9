/* NFC through utf8proc, opened on first use like libxml2 (src/xmlapi.c): only importing and checking
   text needs it, and `seloste render` should not load one more shared object at start-up. */
#include "config.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "nfc.h"
#include "util.h"

#ifndef UTF8PROC_SONAME
#define UTF8PROC_SONAME "libutf8proc.so.2"
#endif

typedef __typeof__(utf8proc_map) *map_fn;

/* utf8proc_map, or NULL when the library cannot be loaded. */
static map_fn nfc_map(void)
{
  static map_fn map;
  static bool tried;
  if (!tried) {
    tried = true;
    void *lib = dlopen(UTF8PROC_SONAME, RTLD_NOW | RTLD_LOCAL);
    map = lib ? (map_fn)(void (*)(void))dlsym(lib, "utf8proc_map") : NULL;
  }
  return map;
}

bool nfc_available(void) { return nfc_map() != NULL; }

/* True when no byte of s[0..n) can start or continue a combining mark or a composable pair
   (every code point from U+0300 up is encoded with a lead byte >= 0xCC). */
static bool plainly_nfc(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0xCC)
      return false;
  return true;
}

char *nfc_copy(const char *s, size_t n, size_t *out_len)
{
  map_fn map = plainly_nfc(s, n) || n > (size_t)0x7fffffff ? NULL : nfc_map();
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t got = map ? map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                   UTF8PROC_STABLE | UTF8PROC_COMPOSE) : -1;
  char *out;
  if (got >= 0 && dst) {
    out = (char *)dst; /* utf8proc allocates with malloc */
  } else {
    free(dst);
    out = xmalloc(n + 1);
    memcpy(out, s, n);
    out[n] = '\0';
    got = (utf8proc_ssize_t)n;
  }
  if (out_len)
    *out_len = (size_t)got;
  return out;
}

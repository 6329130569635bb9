/* md4c-html, opened on first use like libxml2 (src/xmlapi.c): only importing a Markdown notice needs
   it, so `seloste render` and `seloste check` never load it. */
#include "config.h"

#include <dlfcn.h>
#include "i18n.h"
#include "mdapi.h"

#ifndef MD4C_HTML_SONAME
#define MD4C_HTML_SONAME "libmd4c-html.so.0"
#endif

const struct md_api *md_api(struct strbuf *err)
{
  static struct md_api api;
  static bool tried, ok;
  if (!tried) {
    tried = true;
    void *lib = dlopen(MD4C_HTML_SONAME, RTLD_NOW | RTLD_LOCAL);
    void **slot = (void **)&api.to_html; /* how dlsym(3) itself says to store a function */
    *slot = lib ? dlsym(lib, "md_html") : NULL;
    ok = *slot != NULL;
  }
  if (!ok && err)
    sb_printf(err, _("reading Markdown needs the md4c library (%s), which could not be loaded; "
                     "install the package libmd4c-html0"), MD4C_HTML_SONAME);
  return ok ? &api : NULL;
}

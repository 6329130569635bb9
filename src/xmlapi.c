/* libxml2, opened on first use. Linked in, it loads ICU and the C++ runtime into every run of
   seloste: `seloste render` started three times slower and used twice the memory. Only importing
   an HTML page or a table with inline HTML needs it (compare git, which keeps libcurl out of git
   by moving HTTP into a helper). */
#include "config.h"

#include <dlfcn.h>
#include "i18n.h"
#include "xmlapi.h"

#ifndef LIBXML2_SONAME
#define LIBXML2_SONAME "libxml2.so.2"
#endif

/* Looks up one symbol into *slot; false when it is missing. */
static bool find(void *lib, const char *name, void **slot)
{
  *slot = dlsym(lib, name);
  return *slot != NULL;
}

const struct xml_api *xml_api(struct strbuf *err)
{
  static struct xml_api api;
  static bool tried, ok;
  if (!tried) {
    tried = true;
    void *lib = dlopen(LIBXML2_SONAME, RTLD_NOW | RTLD_LOCAL);
    ok = lib && find(lib, "htmlReadMemory", (void **)&api.read_memory) &&
         find(lib, "xmlDocGetRootElement", (void **)&api.root) && find(lib, "xmlFreeDoc", (void **)&api.free_doc);
  }
  if (!ok && err)
    sb_printf(err, _("reading HTML needs the libxml2 library (%s), which could not be loaded; "
                     "install the package libxml2"), LIBXML2_SONAME);
  return ok ? &api : NULL;
}

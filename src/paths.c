/* Layered directories: packaged data dir, then /etc/seloste, then the user's config dir. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include "paths.h"

/* Value of an environment variable when set and non-empty, else NULL. */
static const char *env(const char *name)
{
  const char *v = getenv(name);
  return v && *v ? v : NULL;
}

const char *paths_layer_dir(enum path_layer l)
{
  static char buf[LAYER_COUNT][4096];
  const char *v;
  switch (l) {
  case LAYER_DATA:
    v = env("SELOSTE_DATADIR");
    snprintf(buf[l], sizeof buf[l], "%s", v ? v : PKGDATADIR);
    break;
  case LAYER_SYSTEM:
    v = env("SELOSTE_SYSCONFDIR");
    snprintf(buf[l], sizeof buf[l], "%s", v ? v : SYSCONFDIR "/seloste");
    break;
  default:
    if ((v = env("XDG_CONFIG_HOME")))
      snprintf(buf[l], sizeof buf[l], "%s/seloste", v);
    else
      snprintf(buf[l], sizeof buf[l], "%s/.config/seloste", env("HOME") ? env("HOME") : ".");
    break;
  }
  return buf[l];
}

/* Layered directories: packaged data dir, then /etc/seloste, then the user's config dir. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "paths.h"
#include "util.h"

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

/* qsort comparison of two names. */
static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **paths_list(const char *dir, const char *suffix, size_t *n)
{
  *n = 0;
  DIR *d = opendir(dir);
  if (!d)
    return NULL;
  char **v = NULL;
  size_t cap = 0, sl = strlen(suffix);
  for (struct dirent *e; (e = readdir(d));) {
    size_t len = strlen(e->d_name);
    if (e->d_name[0] == '.' || len <= sl || strcmp(e->d_name + len - sl, suffix) != 0)
      continue;
    if (*n == cap)
      v = xrealloc(v, (cap = cap ? 2 * cap : 8) * sizeof *v);
    v[(*n)++] = xstrdup(e->d_name);
  }
  closedir(d);
  if (*n)
    qsort(v, *n, sizeof *v, by_name);
  return v;
}

void paths_list_free(char **names, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
}

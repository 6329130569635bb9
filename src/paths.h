/* Where seloste looks for its data and configuration, in layer order. */
#ifndef SELOSTE_PATHS_H
#define SELOSTE_PATHS_H

#include <stddef.h>

/* The three layers, lowest first: packaged data, administrator, user. */
enum path_layer { LAYER_DATA, LAYER_SYSTEM, LAYER_USER, LAYER_COUNT };

/* Directory of a layer (SELOSTE_DATADIR, SELOSTE_SYSCONFDIR and XDG_CONFIG_HOME honoured); static storage. */
const char *paths_layer_dir(enum path_layer l);

/* The names (not paths) of the files in dir whose names end in suffix and do not start with '.',
   sorted by byte value; *n gets how many. A missing or unreadable directory gives none (NULL).
   Caller frees with paths_list_free. */
char **paths_list(const char *dir, const char *suffix, size_t *n);
/* Frees a paths_list result of n names. */
void paths_list_free(char **names, size_t n);

#endif

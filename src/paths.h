/* Where seloste looks for its data and configuration, in layer order. */
#ifndef SELOSTE_PATHS_H
#define SELOSTE_PATHS_H

/* The three layers, lowest first: packaged data, administrator, user. */
enum path_layer { LAYER_DATA, LAYER_SYSTEM, LAYER_USER, LAYER_COUNT };

/* Directory of a layer (SELOSTE_DATADIR, SELOSTE_SYSCONFDIR and XDG_CONFIG_HOME honoured); static storage. */
const char *paths_layer_dir(enum path_layer l);

#endif

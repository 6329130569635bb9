/* Long libconfig string values broken into adjacent literals (a paragraph per line). */
#ifndef SELOSTE_CFGWRAP_H
#define SELOSTE_CFGWRAP_H

/* Copy of libconfig text whose long `name = "...";` values are split after their line breaks ("\n")
   and, when still long, at spaces or character boundaries, as adjacent literals on indented lines. */
char *cfg_wrap_strings(const char *in);

#endif

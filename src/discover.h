/*
 * discover.h — turning command-line paths into the inputs to read: files as
 * named, folders walked recursively in byte order (*.xml, *.xml.gz, *.xlsx; hidden
 * names, *.lke.xml and lkjip's own output folders skipped), '-' for standard input. Streaming: nothing is collected, so 20,000 files cost no
 * more memory than one folder listing.
 */
#ifndef LKJ_DISCOVER_H
#define LKJ_DISCOVER_H

#include "lkjip/lkjip.h"

/* Called per input; path is NULL for standard input. Returns an
 * LKJ_EXIT_* status, combined by the walker into the worst seen. */
typedef int (*discover_fn)(const char *path, void *ctx);

/* Walks one command-line argument. Problems with the argument itself
 * (missing, unreadable folder, no submissions inside) are reported through
 * report, which receives a diagnostics list holding them. */
typedef void (*discover_report_fn)(lkj_diags *diags, void *ctx);

int discover_walk(const char *arg, discover_fn visit, discover_report_fn report, lkj_diags *scratch,
                  void *ctx);

#endif

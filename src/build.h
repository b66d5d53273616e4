/*
 * build.h — the end of `lkjip build`: evaluate the linked workspace for the
 * period and write every unit's report (today: the IR, ir.xml) atomically
 * under the output folder, in a layout made from unit ids:
 *   DIR/<pemda>/lkjip.html, DIR/<pemda>/<opd>/lkjip.html, DIR/<provinsi>/…
 * with lkjip.xml (DocBook) and its grafik-*.svg, pk.html, pk.xml, ir.xml.
 */
#ifndef LKJ_BUILD_H
#define LKJ_BUILD_H

#include "link.h"
#include "lkjip/lkjip.h"
#include "measure.h"

enum {
    BUILD_IR = 1 << 0,      /* ir.xml */
    BUILD_HTML = 1 << 1,    /* lkjip.html */
    BUILD_DOCBOOK = 1 << 2, /* lkjip.xml and its SVG charts */
    BUILD_PK = 1 << 3       /* pk.html and pk.xml, for units with a PK */
};

typedef struct build_options {
    const char *out_dir;
    int has_period;
    meas_period period; /* default: the workspace's year */
    int english;
    unsigned formats;   /* BUILD_* */
    struct cache *cache; /* render stamps: unchanged units are not rendered again (NULL: all are) */
    int jobs;           /* units rendered on this many threads */
    const char *stylesheets; /* their folder: part of every render stamp */
    int progress;       /* a "rendered N/M" counter on stderr (a terminal only) */
} build_options;

/* "html,docbook,ir,pk" -> BUILD_* bits; -1 for an unknown name. */
int build_parse_formats(const char *list, unsigned *formats);
/* The emit kinds (1 << emit_kind) the formats need. */
unsigned build_emit_mask(unsigned formats);

/* The stylesheets the formats need must be compiled (emit_init) first.
 * Units are lowered and rendered on options->jobs threads; diagnostics come
 * in unit order whatever the number. Returns an LKJ_EXIT_* status;
 * *written counts the documents in place afterwards, *unchanged those of
 * them left as they were (their render stamp matched). */
int build_outputs(const link_workspace *ws, const build_options *options, lkj_diags *diags, size_t *written,
                  size_t *unchanged);

#endif

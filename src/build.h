/*
 * build.h — the end of `lkjip build`: evaluate the linked workspace for the
 * period and write every unit's reports into the new build's staging tree
 * (output.h), published whole at build_end, in a layout made from unit ids:
 *   DIR/<pemda>/lkjip.html, DIR/<pemda>/<opd>/lkjip.html, DIR/<provinsi>/…
 * with lkjip.xml (DocBook) and its grafik-*.svg, pk.html, pk.xml, ir.xml.
 */
#ifndef LKJ_BUILD_H
#define LKJ_BUILD_H

#include "link.h"
#include "lkjip/lkjip.h"
#include "measure.h"
#include "output.h"

enum {
    BUILD_IR = 1 << 0,      /* ir.xml */
    BUILD_HTML = 1 << 1,    /* lkjip.html */
    BUILD_DOCBOOK = 1 << 2, /* lkjip.xml and its SVG charts */
    BUILD_PK = 1 << 3,      /* pk.html and pk.xml, for units with a PK */
    BUILD_PRESENT = 1 << 4  /* present.xml (and pk-present.xml): the presented document, for own stylesheets */
};

typedef struct build_options {
    const char *out_dir;
    output_tree *tree;        /* the new build, from output_tree_begin; build_end publishes or drops it */
    int has_period;
    meas_period period; /* default: the workspace's year */
    int english; /* the reports in English: 1, 0, or -1 for the profile's bahasa-laporan */
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

/* What only the whole workspace knows, when it is built part by part
 * (partition.h). digest_of gives unit i's content digest (NULL when it has
 * none: then no unit is skipped); digest_of NULL: none has. */
typedef struct build_whole {
    const m_profile *profile;
    int year;
    const char *const *missing;
    size_t missing_count;
    size_t unit_count;
    const unsigned char *(*digest_of)(const void *ctx, size_t i);
    const void *ctx;
    const struct lower_rejections *rejected; /* the gate's rejections (NULL: none) */
} build_whole;

typedef struct build_run build_run;

/* The stylesheets the formats need must be compiled (emit_init) first.
 * A build is begun once, given each linked part (link_part) in order, and
 * ended: units are lowered and rendered on options->jobs threads, and
 * their findings keyed (diag_set_key) so that sorting lists them as for
 * the whole workspace, whatever the number of threads. Statuses are
 * LKJ_EXIT_*. build_status says how the rendering went so far. build_end
 * publishes the tree when publish is set and nothing failed, else drops
 * it (the published folder stays as it was), records the render stamps of
 * what was published, and frees run; *written counts the documents
 * published, *unchanged those of them carried over as they were (their
 * render stamp matched). build_begin returns NULL when out of memory. */
build_run *build_begin(const build_options *options, const build_whole *whole, lkj_diags *diags);
int build_part(build_run *run, const link_workspace *part);
int build_status(const build_run *run);
/* The gate rejected a unit while linking: what the pemda's report lists
 * changed after the dependency digests were made, so from now on no unit
 * is carried over without being lowered again (its IR still decides). */
void build_no_skip(build_run *run);
/* What build_end leaves running with the cache: the records of what was
 * published (render stamps, the identities of its files), written on a
 * thread of their own while the caller goes on (the gate, the summary,
 * the letters). build_records_wait waits for them and frees r (NULL is
 * nothing); it comes before the cache is pruned or closed. */
typedef struct build_records build_records;
int build_end(build_run *run, int publish, size_t *written, size_t *unchanged, build_records **records);
void build_records_wait(build_records *r);

#endif

/*
 * build.h — the end of `lkjip build`: evaluate the linked workspace for the
 * period and write every unit's report (today: the IR, ir.xml) atomically
 * under the output folder, in a layout made from unit ids:
 *   DIR/<pemda>/ir.xml, DIR/<pemda>/<opd>/ir.xml, DIR/<provinsi>/ir.xml.
 */
#ifndef LKJ_BUILD_H
#define LKJ_BUILD_H

#include "link.h"
#include "lkjip/lkjip.h"
#include "measure.h"

typedef struct build_options {
    const char *out_dir;
    int has_period;
    meas_period period; /* default: the workspace's year */
    int english;
} build_options;

/* Returns an LKJ_EXIT_* status; *written counts the files written. */
int build_outputs(const link_workspace *ws, const build_options *options, lkj_diags *diags, size_t *written);

#endif

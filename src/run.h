/*
 * run.h — the driver's pieces that tests and fuzz targets use without a
 * command line (the runs themselves are lkj_check_workspace and
 * lkj_build_workspace in include/lkjip/lkjip.h).
 */
#ifndef LKJ_RUN_H
#define LKJ_RUN_H

#include "link.h"
#include "model.h"
#include "partition.h"
#include "render.h"
#include "store.h"

/* Links the workspace one part at a time, so that memory holds one part's
 * models: each part's models come back from the store (unit indices are
 * store indices; read on jobs threads), are linked (link_part, with the
 * year and what only the whole knows, from the partition), given to each
 * (NULL: none; a build renders the part there), and freed. The findings
 * are then sorted into the order linking the whole at once gives (by
 * stage, then by unit). Returns the worst LKJ_EXIT_* status; stops at the
 * first LKJ_EXIT_IO. */
typedef int (*run_part_fn)(const link_workspace *part, void *ctx);
int run_link_parts(partition *p, model_store *models, const m_profile *profile, int jobs, run_part_fn each,
                   void *ctx, lkj_diags *diags);

/* lkjip evaluasi --data: reads and links the workspace of o->paths as
 * template does (o->link must be set), handing each part's linked models
 * to each; the findings go to out (the caller's, which it keeps), the
 * numbers of files, errors and warnings to counts. Returns LKJ_EXIT_*. */
int run_visit_workspace(const lkj_run_options *o, render *out, run_part_fn each, void *ctx, size_t counts[3]);

#endif

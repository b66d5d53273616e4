/*
 * lke_run.h — lkjip evaluasi: the LKE (built in, or --lke FILE) and one
 * answers file per unit in, the scores out (docs/lke.md).
 */
#ifndef LKJ_LKE_RUN_H
#define LKJ_LKE_RUN_H

#include <stddef.h>

#include "lkjip/lkjip.h"

typedef struct lke_run_options {
    const char *lke;                 /* the LKE file, or NULL: the built-in 88/2021 */
    const char *const *paths;        /* answers files, one unit each */
    size_t path_count;
    lkj_lang lang;                   /* of messages and of the text output */
    int xml;                         /* --format xml: the result document */
    unsigned documents;              /* --format html,docbook: LKE_OUT_* (lke_out.h), out the folder */
    const char *stylesheets;         /* with documents: the stylesheets folder */
    const char *ir_dir;              /* --ir DIR: a build's ir.xml files, for the rapor */
    const char *out;                 /* -o FILE (or DIR with documents), or NULL: stdout */
    int xml_diagnostics;             /* --diagnostics xml */
    int quiet;
    lkj_limits limits;
    /* --data: the workspace (files and folders) whose submissions decide
     * the dari-data criteria (lke_data.h); none: no suggestions. */
    const char *const *data;
    size_t data_count;
    /* --data-tahun YEAR=WS (repeatable, with --data): the data of other
     * years of the plan period, for iku-tetap; paths of one year together
     * form its workspace. */
    const int *data_years;           /* parallel to data_year_paths */
    const char *const *data_year_paths;
    size_t data_year_count;
    int jobs;
} lke_run_options;

/* Diagnostics go to stderr, the result to out (or stdout). The text lists
 * every unit that could be scored; the XML document is written only when
 * no input has an error, so that it is never a part. Returns LKJ_EXIT_*. */
int lke_run(const lke_run_options *options);

#endif

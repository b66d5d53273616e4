/*
 * check.h — one input through load, validate, rules and read: the per-file
 * half of the pipeline, shared by `lkjip check` and `lkjip build`.
 */
#ifndef LKJ_CHECK_H
#define LKJ_CHECK_H

#include <stdio.h>

#include "lkjip/lkjip.h"
#include "model.h"

/* What a rejected input would have defined, as far as it could be read,
 * so that linking says the consequences of its rejection as notes rather
 * than as findings of the inputs that refer to it (LKJ0416, LKJ0417). */
typedef struct check_rejected {
    arena *arena;          /* holds this struct and its strings */
    int readable;          /* 0: nothing could be read (not XML, not an lkjip file, unreadable) */
    const char **defines;  /* the ids of its unit, tujuan, sasaran and indikator */
    size_t define_count;
    const char **supports; /* the ids its sasaran's mendukung name */
    size_t support_count;
} check_rejected;

void check_rejected_free(check_rejected *r);

/* What an input became: a clean one, a unit or the workspace profile; a
 * rejected one (when it was read for linking), what it would have
 * defined. */
typedef struct check_model {
    m_unit *unit;
    m_profile *profile;
    check_rejected *rejected;
} check_model;

/* Frees what the model holds (any of the three) and zeroes it. */
void check_model_free(check_model *model);

/* Checks path (or stream when path is NULL) and, when it has no error,
 * reads it into *model (the caller frees with model_unit_free /
 * model_profile_free). Returns an LKJ_EXIT_* status. */
int check_and_read(const char *path, FILE *stream, const char *name, const lkj_limits *limits, lkj_diags *diags,
                   check_model *model);

struct cache;

/* The same through a cache (cache.h), for a path (never a stream): with
 * model NULL a plain check, else check_and_read. *hit says whether the
 * result came from the cache; the diagnostics and the model are the same
 * either way. diags must hold this input's diagnostics only. */
int check_with_cache(struct cache *c, const char *path, const char *name, const lkj_limits *limits, lkj_diags *diags,
                     check_model *model, int *hit);

#endif

/*
 * check.h — one input through load, validate, rules and read: the per-file
 * half of the pipeline, shared by `lkjip check` and `lkjip build`.
 */
#ifndef LKJ_CHECK_H
#define LKJ_CHECK_H

#include <stdio.h>

#include "lkjip/lkjip.h"
#include "model.h"

/* What a clean input became: a unit or the workspace profile. */
typedef struct check_model {
    m_unit *unit;
    m_profile *profile;
} check_model;

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

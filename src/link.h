/*
 * link.h — the fifth stage: the units of a workspace become one linked
 * whole. One symbol table for every unit, tujuan, sasaran and indikator id;
 * every reference (induk, mendukung, program → sasaran, formula ids)
 * resolved or diagnosed. Crosscutting (one pemda sasaran supported by
 * several OPDs) is a result here, not an error.
 */
#ifndef LKJ_LINK_H
#define LKJ_LINK_H

#include "lkjip/lkjip.h"
#include "model.h"

/* One supporting sasaran of an upper-level sasaran. */
typedef struct link_support {
    const m_unit *unit;
    const m_sasaran *sasaran;
} link_support;

/* An upper-level sasaran with everything that supports it, in input order. */
typedef struct link_upper {
    const m_unit *unit;
    const m_sasaran *sasaran;
    link_support *supporters;
    size_t supporter_count;
    size_t unit_count; /* distinct supporting units: > 1 is crosscutting */
} link_upper;

/* An id that only a rejected input defines, and that input's name. */
typedef struct link_rejected_id {
    const char *id;
    const char *file;
} link_rejected_id;

typedef struct link_workspace {
    const m_profile *profile;   /* may be NULL */
    m_unit **units;             /* input order (byte order of paths) */
    size_t unit_count;
    const m_unit **parents;     /* parallel to units: the resolved induk, or NULL */
    /* Parallel to units: 1 when an earlier unit has its output folder, or
     * its pemda's (LKJ0415); such a unit is not rendered. */
    unsigned char *folder_taken;
    const m_unit *pemda;        /* the profile's entity, or NULL */
    int year;                   /* the reporting year of the workspace */
    link_upper *uppers;         /* every sasaran that something supports or should */
    size_t upper_count;
    const char **missing;       /* parent unit ids named but not among the inputs (of the whole) */
    size_t missing_count;
    const link_rejected_id *rejected; /* ids only a rejected input defines (link_scope's, not owned) */
    size_t rejected_count;
    const size_t *global;       /* parallel to units: index in the whole workspace */
    struct link_symbols *symbols;
    struct link_index *index;   /* lookups by address and relation (link.c) */
} link_workspace;

/* How many stages link keys its findings by: later stages key above. */
#define LINK_STAGES 16

/* What only the whole workspace knows, for a part of it (partition.h). */
typedef struct link_scope {
    const size_t *global;       /* each unit's index in the whole workspace */
    int year;                   /* the whole workspace's year */
    int owns_entity;            /* the profile's entitas is looked up (and missed) in this part */
    const char *const *missing; /* parent ids no unit of the whole workspace defines */
    size_t missing_count;
    /* The rejected inputs (partition_reject): a reference into one is not
     * the referring unit's finding but a consequence, said as a note
     * (LKJ0416, LKJ0417). */
    const link_rejected_id *rejected;    /* ids only a rejected input defines, sorted by id */
    size_t rejected_count;
    const char *const *rejected_supports;/* sasaran ids a rejected input's mendukung names, sorted */
    size_t rejected_support_count;
    const char *const *unreadable;       /* rejected inputs nothing could be read from */
    size_t unreadable_count;
} link_scope;
/* Links units (and the profile, which may be NULL), a part of the
 * workspace (partition.h; the whole is one part) linked on its own. Appends diagnostics
 * (LKJ04xx), each keyed (diag_set_key) by stage and global unit index, so
 * that sorting the findings of all parts gives what linking the whole at
 * once lists. Returns LKJ_EXIT_OK, LKJ_EXIT_PROBLEMS when an error was
 * found, LKJ_EXIT_IO when out of memory. The workspace keeps pointers
 * into the units; free it with link_free before the units. */
int link_part(link_workspace *ws, const m_profile *profile, m_unit **units, size_t unit_count,
              const link_scope *scope, lkj_diags *diags);
void link_free(link_workspace *ws);

/* Lookups the later stages need per unit, in constant time (a scan of the
 * workspace per unit is quadratic on a national set). Lists are of indices
 * (into ws->units or ws->uppers), in the order a scan would find them. */
size_t link_unit_index(const link_workspace *ws, const m_unit *u); /* unit_count when unknown */
const link_upper *link_upper_of(const link_workspace *ws, const m_sasaran *s);
/* Whether the lists below exist: always after link_part returned other
 * than LKJ_EXIT_IO (build_part refuses a workspace without them). */
int link_indexed(const link_workspace *ws);
const size_t *link_children(const link_workspace *ws, size_t unit, size_t *count);        /* units whose parent it is */
const size_t *link_uppers_owned(const link_workspace *ws, size_t unit, size_t *count);    /* its sasaran as uppers */
const size_t *link_uppers_supported(const link_workspace *ws, size_t unit, size_t *count);/* uppers it supports */
/* The first unit (in input order) that defined sasaran id, or NULL when
 * the id is not a sasaran's. */
const m_unit *link_find_sasaran(const link_workspace *ws, const char *id, const m_sasaran **found);

/* The indicator with this id anywhere in the workspace, or NULL. */
const m_indicator *link_find_indicator(const link_workspace *ws, const char *id);
/* The unit owning an indicator found by link_find_indicator, or NULL. */
const m_unit *link_indicator_unit(const link_workspace *ws, const char *id);

/* The rejected input that alone defines id (link_scope.rejected), or NULL. */
const char *link_rejected_file(const link_workspace *ws, const char *id);

#endif

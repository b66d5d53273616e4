/*
 * evaluate.h — the sixth stage: the measurement rules of measure.h applied
 * to a linked workspace for one reporting period. Composite indicators are
 * evaluated in dependency order; every number keeps the rule that made it.
 * The period is an input; the clock is never read.
 */
#ifndef LKJ_EVALUATE_H
#define LKJ_EVALUATE_H

#include <stdatomic.h>

#include "link.h"
#include "measure.h"
#include "model.h"

/* Which policies of an indicator are its own, not the profile's (bits of
 * ev_indicator.own). */
enum {
    EV_OWN_NEGATIVE = 1u << 0, /* rumus-negatif */
    EV_OWN_CAP = 1u << 1,      /* batas-atas */
    EV_OWN_FLOOR = 1u << 2,    /* batas-bawah */
    EV_OWN_DECIMALS = 1u << 3, /* pembulatan-desimal */
    EV_OWN_ROUNDING = 1u << 4  /* pembulatan-cara */
};

/* One indicator for the period. A workspace holds one per indicator (some
 * hundred thousand in a province), so what lower.c alone asks for, once
 * per indicator, is computed when asked (evaluate_policy,
 * evaluate_comparisons, evaluate_trend) rather than kept. */
typedef struct ev_indicator {
    const m_indicator *indicator;
    const m_unit *unit;
    const m_indicator *component_of; /* the first composite whose formula names it, or NULL */
    const char *composite_detail;/* what the reason names: the unknown id, the component
                                    without a value, the function or operator undefined
                                    (at most 63 bytes); NULL when nothing */
    meas_aggregate realisasi;    /* to date (for composites: the formula's value) */
    meas_period_target target;   /* for the period */
    meas_capaian capaian;
    const meas_band *category;   /* NULL when not computable */
    unsigned own;                /* EV_OWN_*: which policies are the indicator's */
    int composite;               /* has a formula */
    meas_status composite_status;/* why a formula could not be evaluated (MEAS_NA_FORMULA_*,
                                    MEAS_NA_COMPONENT_NA), MEAS_OK when it was */
    meas_status component_status;/* MEAS_NA_COMPONENT_NA: why that component has no value */
    int target_pk_version;       /* 0: the plan's annual target was used */
} ev_indicator;

typedef struct ev_budget {
    meas_budget budget;          /* pagu, spending to the period's end */
    meas_serapan serapan;
    int unreported;              /* a sub kegiatan (this one, or one summed) reported no spending */
} ev_budget;

typedef struct ev_workspace {
    const link_workspace *ws;
    meas_period period;
    meas_policy policy;
    const meas_band *bands;
    size_t band_count;
    meas_band *own_bands;        /* from the profile, when it has them */
    int oom;                     /* an allocation failed while evaluating */
    ev_indicator *indicators;    /* every indicator of every unit, in model order */
    size_t indicator_count;
    struct ev_index *index;
    /* Per indicator: 0 not made, 1 being made, 2 made. */
    atomic_uchar *state;
    const struct ev_hooks *hooks;
} ev_workspace;

/* A workspace evaluated on one thread while others already read it
 * (build.c renders a unit as soon as the measures it reads are made). */
typedef struct ev_hooks {
    void *ctx;
    /* Every indicator has its entry: evaluate_indicator may be called. */
    void (*indexed)(void *ctx);
    /* More measures were made (every few dozen indicators). */
    void (*progress)(void *ctx);
    /* Returns once indicator k's measures are made, or the evaluation
     * failed: evaluate_indicator calls it for measures not made yet. */
    void (*wait)(void *ctx, const struct ev_workspace *ev, size_t k);
} ev_hooks;

/* Evaluates every unit of ws for period. Returns 0, or -1 when out of
 * memory. */
int evaluate_workspace(ev_workspace *ev, const link_workspace *ws, const meas_period *period);
/* The same, calling hooks (see ev_hooks; NULL: none) as it goes; the
 * measures are made in model order, a composite's components first. */
int evaluate_workspace_shared(ev_workspace *ev, const link_workspace *ws, const meas_period *period,
                              const ev_hooks *hooks);
/* Whether indicator k's measures are made. */
int evaluate_made(const ev_workspace *ev, size_t k);
void evaluate_free(ev_workspace *ev);

/* The evaluation of one indicator (NULL if unknown); while the workspace is
 * being evaluated on another thread, once its measures are made. */
const ev_indicator *evaluate_indicator(const ev_workspace *ev, const m_indicator *indicator);

/* The policy an indicator is measured by: the workspace's, with the
 * indicator's own rumus-negatif, batas-atas, batas-bawah and pembulatan
 * (those named by e->own). */
meas_policy evaluate_policy(const ev_workspace *ev, const ev_indicator *e);
/* The realisasi against target-akhir and against standar-nasional. */
void evaluate_comparisons(const ev_workspace *ev, const ev_indicator *e, meas_capaian *vs_end_target,
                          meas_capaian *vs_national);
/* The trend against history entry i (i < history_count): MEAS_OK with
 * *trend set, or why there is none. */
meas_status evaluate_trend(const ev_indicator *e, size_t i, meas_trend *trend);

/* Roll-ups: the mean capaian of a list of indicators, of a sasaran, of a
 * tujuan (its sasaran), of a unit (its tujuan); of a program (its
 * indicators). */
meas_rollup evaluate_indicators(const ev_workspace *ev, const m_indicator *list, size_t count);
meas_rollup evaluate_sasaran(const ev_workspace *ev, const m_sasaran *s);
meas_rollup evaluate_tujuan(const ev_workspace *ev, const m_tujuan *t);
meas_rollup evaluate_unit(const ev_workspace *ev, const m_unit *u);

/* Budgets to the period's end, summed upward before dividing. */
ev_budget evaluate_sub_budget(const ev_workspace *ev, const m_sub_kegiatan *s);
ev_budget evaluate_kegiatan_budget(const ev_workspace *ev, const m_kegiatan *k);
ev_budget evaluate_program_budget(const ev_workspace *ev, const m_program *p);
ev_budget evaluate_unit_budget(const ev_workspace *ev, const m_unit *u);
/* A pemda's: the sum of the budgets of the OPDs whose parent it is. */
ev_budget evaluate_children_budget(const ev_workspace *ev, const m_unit *u);

#endif

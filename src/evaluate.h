/*
 * evaluate.h — the sixth stage: the measurement rules of measure.h applied
 * to a linked workspace for one reporting period. Composite indicators are
 * evaluated in dependency order; every number keeps the rule that made it.
 * The period is an input; the clock is never read.
 */
#ifndef LKJ_EVALUATE_H
#define LKJ_EVALUATE_H

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

/* One indicator for the period. */
typedef struct ev_indicator {
    const m_indicator *indicator;
    const m_unit *unit;
    meas_policy policy;          /* the workspace's, with the indicator's own rumus-negatif,
                                    batas-atas, batas-bawah and pembulatan */
    unsigned own;                /* EV_OWN_*: which of them are the indicator's */
    int composite;               /* has a formula */
    const m_indicator *component_of; /* the first composite whose formula names it, or NULL */
    meas_status composite_status;/* why a formula could not be evaluated (MEAS_NA_FORMULA_*,
                                    MEAS_NA_COMPONENT_NA), MEAS_OK when it was */
    char composite_detail[64];   /* what the reason names: the unknown id, the component
                                    without a value, the function or operator undefined */
    meas_status component_status;/* MEAS_NA_COMPONENT_NA: why that component has no value */
    meas_aggregate realisasi;    /* to date (for composites: the formula's value) */
    meas_period_target target;   /* for the period */
    int target_pk_version;       /* 0: the plan's annual target was used */
    meas_capaian capaian;
    const meas_band *category;   /* NULL when not computable */
    meas_capaian vs_end_target;  /* against target-akhir */
    meas_capaian vs_national;    /* against standar-nasional */
    meas_trend *trends;          /* parallel to indicator->history */
    meas_status *trend_status;   /* per history entry: why no trend */
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
} ev_workspace;

/* Evaluates every unit of ws for period. Returns 0, or -1 when out of
 * memory. */
int evaluate_workspace(ev_workspace *ev, const link_workspace *ws, const meas_period *period);
void evaluate_free(ev_workspace *ev);

/* The evaluation of one indicator (NULL if unknown). */
const ev_indicator *evaluate_indicator(const ev_workspace *ev, const m_indicator *indicator);

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

/*
 * evaluate.c — measure.c's pure rules applied to the model, indicator by
 * indicator, then rolled up. Nothing here computes a percentage by itself:
 * every number comes from a measure.c function and carries its rule.
 */
#include "evaluate.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "formula.h"

/* ------------------------------------------------------------------ */
/* Indicator pointer -> evaluation                                      */
/* ------------------------------------------------------------------ */

struct ev_index {
    const m_indicator **keys;
    size_t *values;
    size_t capacity; /* a power of two */
};

static size_t slot_of(const struct ev_index *ix, const m_indicator *key)
{
    uintptr_t h = (uintptr_t)key;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    size_t mask = ix->capacity - 1;
    size_t i = (size_t)(h >> 7) & mask;
    while (ix->keys[i] && ix->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

/* The entry of an indicator, made or not (the evaluating thread's view). */
static ev_indicator *entry_of(const ev_workspace *ev, const m_indicator *indicator)
{
    if (!ev->index || !indicator)
        return NULL;
    size_t i = slot_of(ev->index, indicator);
    return ev->index->keys[i] ? &ev->indicators[ev->index->values[i]] : NULL;
}

int evaluate_made(const ev_workspace *ev, size_t k)
{
    return atomic_load_explicit(&ev->state[k], memory_order_acquire) == 2;
}

const ev_indicator *evaluate_indicator(const ev_workspace *ev, const m_indicator *indicator)
{
    const ev_indicator *e = entry_of(ev, indicator);
    if (e && ev->hooks) {
        size_t k = (size_t)(e - ev->indicators);
        if (!evaluate_made(ev, k))
            ev->hooks->wait(ev->hooks->ctx, ev, k);
    }
    return e;
}

typedef struct collect {
    ev_workspace *ev;
    const m_unit *unit;
} collect;

static void count_one(const m_indicator *ind, void *ctx)
{
    (void)ind;
    (*(size_t *)ctx)++;
}

static void add_one(const m_indicator *ind, void *ctx)
{
    collect *c = ctx;
    ev_workspace *ev = c->ev;
    size_t k = ev->indicator_count++;
    ev->indicators[k].indicator = ind;
    ev->indicators[k].unit = c->unit;
    size_t i = slot_of(ev->index, ind);
    ev->index->keys[i] = ind;
    ev->index->values[i] = k;
}

/* ------------------------------------------------------------------ */
/* Model values to measure values                                      */
/* ------------------------------------------------------------------ */

static const m_scale *scale_of(const m_unit *u, const char *id)
{
    for (size_t i = 0; id && i < u->scale_count; i++)
        if (strcmp(u->scales[i].id, id) == 0)
            return &u->scales[i];
    return NULL;
}

static meas_value to_meas(const m_unit *u, const m_indicator *ind, const m_value *v)
{
    switch (v->kind) {
    case M_NUMBER:
        return meas_number(v->number);
    case M_RANGE:
        return meas_range(v->low, v->high);
    case M_RATIO:
        return meas_ratio(v->numerator, v->denominator, v->multiplier);
    case M_TEXT:
        return meas_text();
    case M_GRADE: {
        const m_scale *s = scale_of(u, ind->scale);
        meas_grade_level levels[64];
        size_t n = 0;
        for (size_t i = 0; s && i < s->level_count && n < 64; i++)
            levels[n++] = (meas_grade_level){s->levels[i].code, s->levels[i].value};
        return meas_grade_lookup(levels, n, v->grade);
    }
    case M_NONE:
        break;
    }
    return meas_none();
}

static meas_polarity polarity_of(const m_indicator *ind)
{
    return ind->polarity == M_POLARITY_NEGATIVE ? MEAS_POLARITY_NEGATIVE
           : ind->polarity == M_POLARITY_RANGE  ? MEAS_POLARITY_RANGE
                                                : MEAS_POLARITY_POSITIVE;
}

static meas_aggregation aggregation_of(const m_indicator *ind)
{
    static const meas_aggregation map[] = {
        [M_AGG_SUM] = MEAS_AGG_SUM, [M_AGG_LAST] = MEAS_AGG_LAST, [M_AGG_AVERAGE] = MEAS_AGG_AVERAGE,
        [M_AGG_MAX] = MEAS_AGG_MAX, [M_AGG_MIN] = MEAS_AGG_MIN,
    };
    return map[ind->aggregation];
}

static meas_series series_of(const m_unit *u, const m_indicator *ind)
{
    meas_series s;
    memset(&s, 0, sizeof s);
    s.year = ind->realisasi_year ? ind->realisasi_year : u->year;
    s.unit = MEAS_PERIOD_MONTH;
    for (size_t i = 0; i < 12; i++)
        s.at[i] = meas_none();
    for (size_t i = 0; i < ind->realisasi_count; i++) {
        const m_period_value *p = &ind->realisasi[i];
        s.unit = p->kind == M_PERIOD_MONTH ? MEAS_PERIOD_MONTH : p->kind == M_PERIOD_QUARTER ? MEAS_PERIOD_QUARTER
                                                                                            : MEAS_PERIOD_YEAR;
        int slot = p->kind == M_PERIOD_YEAR ? 0 : p->index - 1;
        if (slot >= 0 && slot < 12)
            s.at[slot] = to_meas(u, ind, &p->value);
    }
    return s;
}

/* The PK in force: the unit's highest PK version; the indicator's target-pk
 * of the highest version not above it. */
static const m_pk_target *pk_target_in_force(const m_unit *u, const m_indicator *ind)
{
    int in_force = 0;
    for (size_t i = 0; i < u->pk_count; i++)
        if (u->pks[i].version > in_force)
            in_force = u->pks[i].version;
    const m_pk_target *best = NULL;
    for (size_t i = 0; i < ind->pk_target_count; i++) {
        const m_pk_target *t = &ind->pk_targets[i];
        if ((in_force == 0 || t->version <= in_force) && (!best || t->version > best->version))
            best = t;
    }
    return best;
}

static meas_target_pk target_of(const m_unit *u, const m_indicator *ind, int year, int *version)
{
    meas_target_pk t;
    memset(&t, 0, sizeof t);
    t.annual = meas_none();
    for (int q = 0; q < 4; q++)
        t.quarter[q] = meas_none();
    *version = 0;
    const m_pk_target *pk = year == u->year ? pk_target_in_force(u, ind) : NULL;
    if (pk) {
        *version = pk->version;
        t.annual = to_meas(u, ind, &pk->value);
        t.mode = pk->cumulative ? MEAS_QUARTERS_CUMULATIVE : MEAS_QUARTERS_PER_PERIOD;
        for (int q = 0; q < 4; q++)
            t.quarter[q] = to_meas(u, ind, m_pk_quarter(pk, q));
        return t;
    }
    for (size_t i = 0; i < ind->target_count; i++)
        if (ind->targets[i].year == year)
            t.annual = to_meas(u, ind, &ind->targets[i].value);
    return t;
}

/* ------------------------------------------------------------------ */
/* Composite indicators                                                */
/* ------------------------------------------------------------------ */

typedef struct composite_ctx {
    ev_workspace *ev;
    atomic_uchar *state; /* per indicator: 0 new, 1 in progress, 2 done */
    /* The last id that gave no value, and why: formula_eval stops at the
     * first, so after a failure this is the cause. */
    const char *failed_id;
    meas_status why;
    meas_status component_status;
} composite_ctx;

static void evaluate_one(ev_workspace *ev, size_t k);

static int component_fails(composite_ctx *c, const char *id, meas_status why, meas_status component)
{
    c->failed_id = id;
    c->why = why;
    c->component_status = component;
    return -1;
}

static int lookup_component(void *ctx, const char *id, double *value)
{
    composite_ctx *c = ctx;
    const m_indicator *ind = link_find_indicator(c->ev->ws, id);
    const ev_indicator *e = entry_of(c->ev, ind);
    if (!e)
        return component_fails(c, id, MEAS_NA_FORMULA_UNKNOWN_ID, MEAS_OK);
    size_t k = (size_t)(e - c->ev->indicators);
    if (atomic_load_explicit(&c->state[k], memory_order_relaxed) == 1)
        return component_fails(c, id, MEAS_NA_FORMULA_LOOP, MEAS_OK); /* link reports it (LKJ0410) */
    evaluate_one(c->ev, k);
    if (c->ev->indicators[k].realisasi.status != MEAS_OK)
        return component_fails(c, id, MEAS_NA_COMPONENT_NA, c->ev->indicators[k].realisasi.status);
    *value = c->ev->indicators[k].realisasi.value;
    return 0;
}

/* Why the formula gave no value, in e's composite_* fields (the detail
 * copied, cut at 63 bytes). */
static void composite_failed(ev_workspace *ev, ev_indicator *e, meas_status status, const char *detail,
                             meas_status component)
{
    e->composite_status = status;
    free((char *)e->composite_detail);
    e->composite_detail = NULL;
    if (detail && *detail) {
        size_t n = strnlen(detail, 63);
        char *copy = malloc(n + 1);
        if (copy) {
            memcpy(copy, detail, n);
            copy[n] = '\0';
        }
        e->composite_detail = copy;
        ev->oom |= !copy;
    }
    e->component_status = component;
}

static meas_aggregate composite_value(ev_workspace *ev, ev_indicator *e)
{
    meas_aggregate a;
    memset(&a, 0, sizeof a);
    a.value = NAN;
    a.realisasi = meas_none();
    formula_error err;
    formula *f = formula_parse(e->indicator->formula, &err);
    if (!f) {
        ev->oom |= err.status == FORMULA_ERR_NO_MEMORY;
        composite_failed(ev, e, MEAS_NA_FORMULA_INVALID, NULL, MEAS_OK);
        a.status = e->composite_status;
        return a;
    }
    composite_ctx ctx = {ev, ev->state, NULL, MEAS_OK, MEAS_OK};
    double value;
    if (formula_eval(f, lookup_component, &ctx, &value, &err) == 0) {
        a.status = MEAS_OK;
        a.value = value;
        a.realisasi = meas_number(value);
        composite_failed(ev, e, MEAS_OK, NULL, MEAS_OK);
    } else if (err.status == FORMULA_ERR_UNKNOWN_ID && ctx.failed_id) {
        composite_failed(ev, e, ctx.why, ctx.failed_id, ctx.component_status);
    } else {
        /* DIV_ZERO, DOMAIN, NOT_FINITE: detail names the operator or function. */
        ev->oom |= err.status == FORMULA_ERR_NO_MEMORY;
        composite_failed(ev, e, MEAS_NA_FORMULA_UNDEFINED, err.detail, MEAS_OK);
    }
    if (e->composite_status != MEAS_OK)
        a.status = e->composite_status;
    formula_free(f);
    return a;
}

/* ------------------------------------------------------------------ */
/* One indicator                                                       */
/* ------------------------------------------------------------------ */

/* The workspace's policy with the indicator's own overrides; *own gets
 * which ones (EV_OWN_*). */
static meas_policy policy_for(const ev_workspace *ev, const m_indicator *ind, unsigned *own)
{
    meas_policy p = ev->policy;
    *own = 0;
    if (ind->negative_formula != M_NEG_DEFAULT) {
        p.negative = ind->negative_formula == M_NEG_T_OVER_R ? MEAS_NEG_T_R : MEAS_NEG_2T_R;
        *own |= EV_OWN_NEGATIVE;
    }
    if (ind->cap != M_CAP_DEFAULT) {
        p.cap = ind->cap == M_CAP_100 ? MEAS_CAP_100 : ind->cap == M_CAP_120 ? MEAS_CAP_120 : MEAS_CAP_NONE;
        *own |= EV_OWN_CAP;
    }
    if (ind->floor != M_FLOOR_DEFAULT) {
        p.floor = ind->floor == M_FLOOR_ZERO ? MEAS_FLOOR_0 : MEAS_FLOOR_NONE;
        *own |= EV_OWN_FLOOR;
    }
    if (ind->has_decimals) {
        p.decimals = ind->decimals;
        *own |= EV_OWN_DECIMALS;
    }
    if (ind->rounding != M_ROUND_DEFAULT) {
        p.rounding = ind->rounding == M_ROUND_TRUNCATE ? MEAS_ROUND_TRUNCATE : MEAS_ROUND_HALF_AWAY;
        *own |= EV_OWN_ROUNDING;
    }
    return p;
}

/* Whether the indicator has no target of the period's year at all (no
 * target-pk, no target of that year): what a component of a composite may
 * lack (docs/format.md 6.5). */
static int has_no_target(const m_indicator *ind, int year)
{
    if (ind->pk_target_count)
        return 0;
    for (size_t i = 0; i < ind->target_count; i++)
        if (ind->targets[i].year == year)
            return 0;
    return 1;
}

meas_status evaluate_trend(const ev_indicator *e, size_t i, meas_trend *trend)
{
    const m_indicator *ind = e->indicator;
    meas_value base = to_meas(e->unit, ind, &ind->history[i].value);
    double b;
    meas_status st = meas_value_number(&base, &b);
    if (st != MEAS_OK)
        return st;
    if (e->realisasi.status != MEAS_OK)
        return e->realisasi.status;
    *trend = meas_trend_of(polarity_of(ind), b, e->realisasi.value);
    return MEAS_OK;
}

meas_policy evaluate_policy(const ev_workspace *ev, const ev_indicator *e)
{
    unsigned own;
    return policy_for(ev, e->indicator, &own);
}

void evaluate_comparisons(const ev_workspace *ev, const ev_indicator *e, meas_capaian *vs_end_target,
                          meas_capaian *vs_national)
{
    const m_indicator *ind = e->indicator;
    meas_policy policy = evaluate_policy(ev, e);
    meas_value end = to_meas(e->unit, ind, &ind->end_target);
    meas_value national = to_meas(e->unit, ind, &ind->national);
    meas_comparison c = meas_compare(polarity_of(ind), &e->realisasi.realisasi, &e->target.target,
                                     ind->end_target.kind != M_NONE ? &end : NULL,
                                     ind->national.kind != M_NONE ? &national : NULL, &policy);
    *vs_end_target = c.target_akhir;
    *vs_national = c.standar;
    if (e->realisasi.status != MEAS_OK)
        vs_end_target->status = vs_national->status = e->realisasi.status;
}

/* Only the evaluating thread writes an entry; it says the entry is made
 * (state 2, a release) after its last field, so a reader that sees it made
 * (an acquire) sees every field. */
static void evaluate_one(ev_workspace *ev, size_t k)
{
    if (atomic_load_explicit(&ev->state[k], memory_order_relaxed))
        return;
    atomic_store_explicit(&ev->state[k], 1, memory_order_relaxed);
    ev_indicator *e = &ev->indicators[k];
    const m_indicator *ind = e->indicator;
    const m_unit *u = e->unit;
    meas_policy policy = policy_for(ev, ind, &e->own);
    e->composite = ind->formula != NULL;
    if (e->composite) {
        e->realisasi = composite_value(ev, e);
    } else {
        meas_series s = series_of(u, ind);
        e->realisasi = meas_aggregate_to(&s, aggregation_of(ind), &ev->period);
    }
    meas_target_pk t = target_of(u, ind, ev->period.year, &e->target_pk_version);
    e->target = meas_target_or_annual(meas_target_for_period(&t, aggregation_of(ind), &ev->period), &t, &ev->period,
                                      &ev->policy);
    if (e->component_of && has_no_target(ind, ev->period.year)) {
        /* A component only: its value feeds the composite; a capaian of
         * its own is not asked for, and it takes no part in the means. */
        memset(&e->capaian, 0, sizeof e->capaian);
        e->capaian.status = MEAS_NA_COMPONENT_ONLY;
        e->capaian.value = e->capaian.raw = NAN;
    } else if (e->target.status != MEAS_OK) {
        memset(&e->capaian, 0, sizeof e->capaian);
        e->capaian.status = e->target.status;
        e->capaian.value = e->capaian.raw = NAN;
    } else if (e->realisasi.status != MEAS_OK) {
        memset(&e->capaian, 0, sizeof e->capaian);
        e->capaian.status = e->realisasi.status;
        e->capaian.value = e->capaian.raw = NAN;
    } else {
        e->capaian = meas_capaian_compute(polarity_of(ind), &e->target.target, &e->realisasi.realisasi, &policy);
    }
    e->category = e->capaian.status == MEAS_OK
                      ? meas_category(e->capaian.value, ev->bands, ev->band_count, &policy)
                      : NULL;
    atomic_store_explicit(&ev->state[k], 2, memory_order_release);
}

/* ------------------------------------------------------------------ */
/* Workspace                                                           */
/* ------------------------------------------------------------------ */

/* Marks each indicator a formula names with the first composite (in model
 * order) naming it. -1 when out of memory. */
static int mark_components(ev_workspace *ev)
{
    for (size_t k = 0; k < ev->indicator_count; k++) {
        const m_indicator *ind = ev->indicators[k].indicator;
        if (!ind->formula)
            continue;
        formula_error err;
        formula *f = formula_parse(ind->formula, &err);
        if (!f) {
            if (err.status == FORMULA_ERR_NO_MEMORY)
                return -1;
            continue;
        }
        for (size_t r = 0; r < formula_ref_count(f); r++) {
            const ev_indicator *c = entry_of(ev, link_find_indicator(ev->ws, formula_ref(f, r)));
            if (c && !c->component_of)
                ev->indicators[c - ev->indicators].component_of = ind;
        }
        formula_free(f);
    }
    return 0;
}

static void policy_from_profile(ev_workspace *ev, const m_profile *p)
{
    ev->policy = meas_policy_default();
    if (!p)
        return;
    ev->policy.negative = p->negative_formula == M_NEG_T_OVER_R ? MEAS_NEG_T_R : MEAS_NEG_2T_R;
    ev->policy.zero_target = p->zero_target_never ? MEAS_ZERO_NOT_COMPUTED : MEAS_ZERO_STANDARD;
    ev->policy.cap = p->cap == 100 ? MEAS_CAP_100 : p->cap == 120 ? MEAS_CAP_120 : MEAS_CAP_NONE;
    ev->policy.floor = p->floor_zero ? MEAS_FLOOR_0 : MEAS_FLOOR_NONE;
    ev->policy.cap_before_mean = p->cap_before_mean;
    ev->policy.decimals = p->decimals;
    ev->policy.rounding = p->truncate ? MEAS_ROUND_TRUNCATE : MEAS_ROUND_HALF_AWAY;
    meas_policy_set(&ev->policy, "efisiensi", p->efficiency);
    if (p->unit_basis)
        meas_policy_set(&ev->policy, "capaian-unit", p->unit_basis);
    if (p->annual_progress)
        meas_policy_set(&ev->policy, "tanpa-target-triwulan", p->annual_progress);
    ev->policy.efficient_above = p->efficient_above;
    ev->policy.inefficient_below = p->inefficient_below;
}

static int bands_from_profile(ev_workspace *ev, const m_profile *p)
{
    if (!p || p->band_count == 0) {
        ev->bands = meas_category_default_bands(&ev->band_count);
        return 0;
    }
    ev->own_bands = calloc(p->band_count, sizeof *ev->own_bands);
    if (!ev->own_bands)
        return -1;
    for (size_t i = 0; i < p->band_count; i++)
        ev->own_bands[i] = (meas_band){p->bands[i].code, p->bands[i].has_min, p->bands[i].min, p->bands[i].label};
    ev->bands = ev->own_bands;
    ev->band_count = p->band_count;
    return 0;
}

/* How many measures are made between two calls of hooks->progress. */
#define PROGRESS_EVERY 64

int evaluate_workspace(ev_workspace *ev, const link_workspace *ws, const meas_period *period)
{
    return evaluate_workspace_shared(ev, ws, period, NULL);
}

int evaluate_workspace_shared(ev_workspace *ev, const link_workspace *ws, const meas_period *period,
                              const ev_hooks *hooks)
{
    memset(ev, 0, sizeof *ev);
    ev->ws = ws;
    ev->period = *period;
    policy_from_profile(ev, ws->profile);
    if (bands_from_profile(ev, ws->profile) != 0)
        return -1;
    size_t total = 0;
    for (size_t i = 0; i < ws->unit_count; i++)
        model_each_indicator(ws->units[i], count_one, &total);
    size_t capacity = 16;
    while (capacity < 2 * total + 2)
        capacity *= 2;
    ev->indicators = arena_bulk_calloc(total + 1, sizeof *ev->indicators);
    ev->index = calloc(1, sizeof *ev->index);
    if (ev->index) {
        ev->index->keys = arena_bulk_calloc(capacity, sizeof *ev->index->keys);
        ev->index->values = arena_bulk_calloc(capacity, sizeof *ev->index->values);
        ev->index->capacity = capacity;
    }
    ev->state = calloc(total + 1, sizeof *ev->state);
    if (!ev->indicators || !ev->index || !ev->index->keys || !ev->index->values || !ev->state)
        return -1;
    for (size_t i = 0; i < ws->unit_count; i++) {
        collect c = {ev, ws->units[i]};
        model_each_indicator(ws->units[i], add_one, &c);
    }
    if (mark_components(ev) != 0)
        return -1;
    /* Readers may look from now on (and wait for what is not made). */
    ev->hooks = hooks;
    if (hooks)
        hooks->indexed(hooks->ctx);
    for (size_t k = 0; k < ev->indicator_count; k++) {
        evaluate_one(ev, k);
        if (hooks && k % PROGRESS_EVERY == PROGRESS_EVERY - 1)
            hooks->progress(hooks->ctx);
    }
    return ev->oom ? -1 : 0;
}

void evaluate_free(ev_workspace *ev)
{
    for (size_t k = 0; k < ev->indicator_count; k++)
        free((char *)ev->indicators[k].composite_detail);
    arena_bulk_free(ev->indicators);
    free(ev->state);
    if (ev->index) {
        arena_bulk_free(ev->index->keys);
        arena_bulk_free(ev->index->values);
    }
    free(ev->index);
    free(ev->own_bands);
    memset(ev, 0, sizeof *ev);
}

/* ------------------------------------------------------------------ */
/* Roll-ups                                                            */
/* ------------------------------------------------------------------ */

/* An indicator's capaian as an input of its sasaran's mean (NULL: none:
 * a component only is no input of the mean). */
static const meas_capaian *mean_input(const ev_workspace *ev, const m_indicator *ind, meas_capaian *out)
{
    const ev_indicator *e = evaluate_indicator(ev, ind);
    if (!e || e->capaian.status == MEAS_NA_COMPONENT_ONLY)
        return NULL;
    *out = e->capaian;
    /* An indicator's own batas-atas or batas-bawah is part of its
     * capaian: the mean takes its limited value whatever
     * batas-sebelum-rata-rata says (that policy is the profile's). */
    if ((e->own & (EV_OWN_CAP | EV_OWN_FLOOR)) && out->status == MEAS_OK)
        out->raw = out->value;
    return out;
}

/* Adds the indicators of list to m. */
static void add_indicators(const ev_workspace *ev, meas_mean *m, const m_indicator *list, size_t count)
{
    meas_capaian c;
    for (size_t i = 0; i < count; i++)
        if (mean_input(ev, &list[i], &c))
            meas_mean_add(m, c, list[i].weight);
}

/* Weights count only when every input has one (docs/format.md). */
static int all_weighted(const ev_workspace *ev, const m_indicator *list, size_t count)
{
    meas_capaian c;
    size_t inputs = 0;
    for (size_t i = 0; i < count; i++) {
        if (!mean_input(ev, &list[i], &c))
            continue;
        if (!(list[i].weight > 0))
            return 0;
        inputs++;
    }
    return inputs > 0;
}

meas_rollup evaluate_indicators(const ev_workspace *ev, const m_indicator *list, size_t count)
{
    meas_mean m;
    meas_mean_begin(&m, all_weighted(ev, list, count), &ev->policy);
    add_indicators(ev, &m, list, count);
    return meas_mean_end(&m);
}

meas_rollup evaluate_sasaran(const ev_workspace *ev, const m_sasaran *s)
{
    return evaluate_indicators(ev, s->indicators, s->indicator_count);
}

/* A tujuan with indicators of its own is measured by them; one without,
 * by the mean of its sasaran. */
meas_rollup evaluate_tujuan(const ev_workspace *ev, const m_tujuan *t)
{
    if (t->indicator_count > 0)
        return evaluate_indicators(ev, t->indicators, t->indicator_count);
    meas_mean m;
    meas_mean_begin(&m, 0, &ev->policy);
    for (size_t i = 0; i < t->sasaran_count; i++)
        meas_mean_add(&m, evaluate_sasaran(ev, &t->sasaran[i]).result, 1);
    return meas_mean_end(&m);
}

/* The unit's headline, by the profile's capaian-unit: the mean of every
 * sasaran (default), of every tujuan, or of every sasaran indicator. */
meas_rollup evaluate_unit(const ev_workspace *ev, const m_unit *u)
{
    meas_mean m;
    meas_mean_begin(&m, 0, &ev->policy);
    for (size_t i = 0; i < u->tujuan_count; i++) {
        const m_tujuan *t = &u->tujuan[i];
        if (ev->policy.unit_basis == MEAS_UNIT_TUJUAN) {
            meas_mean_add(&m, evaluate_tujuan(ev, t).result, 1);
            continue;
        }
        for (size_t j = 0; j < t->sasaran_count; j++) {
            if (ev->policy.unit_basis == MEAS_UNIT_INDIKATOR)
                add_indicators(ev, &m, t->sasaran[j].indicators, t->sasaran[j].indicator_count);
            else
                meas_mean_add(&m, evaluate_sasaran(ev, &t->sasaran[j]).result, 1);
        }
    }
    return meas_mean_end(&m);
}

/* ------------------------------------------------------------------ */
/* Budget                                                              */
/* ------------------------------------------------------------------ */

static ev_budget budget_of(meas_budget b, int unreported)
{
    return (ev_budget){b, meas_serapan_of(b), unreported};
}

/* A sub kegiatan that reported no month is "no realisasi", not 0 spent. */
ev_budget evaluate_sub_budget(const ev_workspace *ev, const m_sub_kegiatan *s)
{
    double spent = 0;
    meas_spending_to(s->spent, &ev->period, &spent);
    ev_budget b = budget_of((meas_budget){s->pagu, spent}, s->spent_months == 0);
    if (b.unreported)
        b.serapan.status = MEAS_NA_NO_REALISASI;
    return b;
}

/* Sums pagu and spending (never percentages), one part at a time. */
static ev_budget plus(ev_budget total, ev_budget part)
{
    meas_budget parts[2] = {total.budget, part.budget};
    total.budget = meas_budget_sum(parts, 2);
    total.unreported |= part.unreported;
    return total;
}

static ev_budget finish(ev_budget total) { return budget_of(total.budget, total.unreported); }

static const ev_budget no_budget = {{0, 0}, {MEAS_OK, MEAS_RULE_NONE, 0, 0, 0}, 0};

ev_budget evaluate_kegiatan_budget(const ev_workspace *ev, const m_kegiatan *k)
{
    ev_budget total = no_budget;
    for (size_t i = 0; i < k->sub_count; i++)
        total = plus(total, evaluate_sub_budget(ev, &k->subs[i]));
    return finish(total);
}

ev_budget evaluate_program_budget(const ev_workspace *ev, const m_program *p)
{
    ev_budget total = no_budget;
    for (size_t i = 0; i < p->kegiatan_count; i++)
        total = plus(total, evaluate_kegiatan_budget(ev, &p->kegiatan[i]));
    return finish(total);
}

ev_budget evaluate_unit_budget(const ev_workspace *ev, const m_unit *u)
{
    ev_budget total = no_budget;
    for (size_t i = 0; i < u->program_count; i++)
        total = plus(total, evaluate_program_budget(ev, &u->programs[i]));
    return finish(total);
}

ev_budget evaluate_children_budget(const ev_workspace *ev, const m_unit *u)
{
    ev_budget total = no_budget;
    const link_workspace *ws = ev->ws;
    size_t n;
    const size_t *kids = link_children(ws, link_unit_index(ws, u), &n);
    for (size_t k = 0; k < n; k++) /* in input order: sums are order-sensitive */
        total = plus(total, evaluate_unit_budget(ev, ws->units[kids[k]]));
    return finish(total);
}

/*
 * lke_data.c — the LKE criteria the data decides (lke_data.h). Each
 * dari-data key is a check over one unit's linked model: it counts the
 * items the criterion is about (Renstra indicators, sasaran...), keeps
 * those that fall short with their position, and the share met gives the
 * suggested answer on the criterion's scale. Capaian and efficiency are
 * build's measures (evaluate.h), never computed a second way; iku-tetap
 * compares the unit with the IKU kept from other years' data
 * (--data-tahun). A key the data cannot decide (iku-tetap with one year
 * only, an unknown key) says so.
 */
#include "lke_data.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "evaluate.h"
#include "model.h"

/* ------------------------------------------------------------------ */
/* Set up                                                              */
/* ------------------------------------------------------------------ */

lke_data *lke_data_new(const lke *l, const char *const *unit_ids, size_t count)
{
    lke_data *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->lke = l;
    d->arena = arena_new();
    d->units = calloc(count ? count : 1, sizeof *d->units);
    if (!d->arena || !d->units) {
        lke_data_free(d);
        return NULL;
    }
    d->unit_count = count;
    for (size_t i = 0; i < count; i++)
        d->units[i].unit = unit_ids[i];
    return d;
}

void lke_data_free(lke_data *d)
{
    if (!d)
        return;
    arena_free(d->arena);
    free(d->units);
    free(d);
}

/* ------------------------------------------------------------------ */
/* Grades                                                              */
/* ------------------------------------------------------------------ */

static const lke_grade *grade_of(const lke_scale *scale, const char *code)
{
    for (size_t i = 0; i < scale->grade_count; i++)
        if (strcmp(scale->grades[i].code, code) == 0)
            return &scale->grades[i];
    return NULL;
}

/* met/total above percent, in whole numbers (no rounding at a bound). */
static int above(size_t met, size_t total, unsigned percent)
{
    return (unsigned long long)met * 100 > (unsigned long long)total * percent;
}

static int at_least(size_t met, size_t total, unsigned percent)
{
    return (unsigned long long)met * 100 >= (unsigned long long)total * percent;
}

const lke_grade *lke_data_grade(const lke_scale *scale, const char *key, size_t met, size_t total)
{
    if (scale->grade_count == 2 && grade_of(scale, "Y") && grade_of(scale, "T"))
        return grade_of(scale, total && met == total ? "Y" : "T");
    /* Only the five-grade A-E: on AA-E, "A" means something else (90 %). */
    if (scale->grade_count != 5)
        return NULL;
    const char *code;
    if (strcmp(key, "cakupan-pk") == 0) /* > 95 / 80-95 / 50-80 / 10-50 / < 10 */
        code = above(met, total, 95) ? "A" : at_least(met, total, 80) ? "B" : at_least(met, total, 50) ? "C"
             : at_least(met, total, 10) ? "D" : "E";
    else
        code = above(met, total, 90) ? "A" : above(met, total, 75) ? "B" : above(met, total, 40) ? "C"
             : above(met, total, 10) ? "D" : "E";
    return grade_of(scale, code);
}

/* ------------------------------------------------------------------ */
/* Counting                                                            */
/* ------------------------------------------------------------------ */

/* What a check builds: the count and the items short, in the arena. */
typedef struct tally {
    arena *arena;
    lke_data *data;          /* the other years' IKU (iku-tetap) */
    const m_unit *unit;
    const ev_workspace *ev;  /* build's measures for the workspace's year */
    size_t met, total;
    lke_item *items;
    size_t count, capacity;
    int failed;
} tally;

/* An item at file:line (the last of t->items, when memory allowed). */
static void fall_short_at(tally *t, const char *file, unsigned long line, const char *id, const char *why_id,
                          const char *why_en)
{
    if (t->count == t->capacity) {
        size_t cap = t->capacity ? 2 * t->capacity : 8;
        lke_item *grown = arena_alloc(t->arena, cap * sizeof *grown);
        if (!grown) {
            t->failed = 1;
            return;
        }
        if (t->count)
            memcpy(grown, t->items, t->count * sizeof *grown);
        t->items = grown;
        t->capacity = cap;
    }
    lke_item *it = &t->items[t->count++];
    it->file = file;
    it->line = line;
    it->cell = NULL;
    it->id = id ? id : "";
    it->why[0] = arena_strdup(t->arena, why_id);
    it->why[1] = arena_strdup(t->arena, why_en);
    if (!it->why[0] || !it->why[1])
        t->failed = 1;
}

/* An item of unit u (a pemda's evidence may be in its OPDs' files). */
static void fall_short_in(tally *t, const m_unit *u, m_pos pos, const char *id, const char *why_id,
                          const char *why_en)
{
    size_t before = t->count;
    fall_short_at(t, u->file, pos.line, id, why_id, why_en);
    const char *cell = t->count > before ? model_cell_at(u, pos) : NULL;
    if (cell && !(t->items[t->count - 1].cell = arena_strdup(t->arena, cell)))
        t->failed = 1;
}

static void fall_short(tally *t, m_pos pos, const char *id, const char *why_id, const char *why_en)
{
    fall_short_in(t, t->unit, pos, id, why_id, why_en);
}

/* One item counted: it meets the criterion, or falls short for why. */
static void count(tally *t, int meets, m_pos pos, const char *id, const char *why_id, const char *why_en)
{
    t->total++;
    if (meets)
        t->met++;
    else
        fall_short(t, pos, id, why_id, why_en);
}

/* The Renstra's indicators: those of every tujuan and sasaran. */
typedef void (*indicator_check)(tally *t, const m_indicator *ind);

static void each_renstra_indicator(tally *t, indicator_check check)
{
    const m_unit *u = t->unit;
    for (size_t i = 0; i < u->tujuan_count; i++) {
        const m_tujuan *tj = &u->tujuan[i];
        for (size_t k = 0; k < tj->indicator_count; k++)
            check(t, &tj->indicators[k]);
        for (size_t s = 0; s < tj->sasaran_count; s++)
            for (size_t k = 0; k < tj->sasaran[s].indicator_count; k++)
                check(t, &tj->sasaran[s].indicators[k]);
    }
}

typedef void (*sasaran_check)(tally *t, const m_sasaran *s, const link_workspace *ws);

static void each_sasaran(tally *t, const link_workspace *ws, sasaran_check check)
{
    const m_unit *u = t->unit;
    for (size_t i = 0; i < u->tujuan_count; i++)
        for (size_t s = 0; s < u->tujuan[i].sasaran_count; s++)
            check(t, &u->tujuan[i].sasaran[s], ws);
}

/* ------------------------------------------------------------------ */
/* The checks, one per dari-data key                                   */
/* ------------------------------------------------------------------ */

static const m_value *target_of_year(const m_indicator *ind, int year)
{
    for (size_t i = 0; i < ind->target_count; i++)
        if (ind->targets[i].year == year && ind->targets[i].value.kind != M_NONE)
            return &ind->targets[i].value;
    return NULL;
}

static void check_every_year(tally *t, const m_indicator *ind)
{
    const m_unit *u = t->unit;
    char missing_id[128] = "", missing_en[160] = "";
    size_t len = 0;
    for (int y = u->plan_first; y && y <= u->plan_last && y - u->plan_first < 30; y++)
        if (!target_of_year(ind, y) && len + 8 < sizeof missing_id)
            len += (size_t)snprintf(missing_id + len, sizeof missing_id - len, "%s%d", len ? ", " : "", y);
    snprintf(missing_en, sizeof missing_en, "no target for %s", missing_id);
    char why_id[160];
    snprintf(why_id, sizeof why_id, "tanpa target %s", missing_id);
    count(t, len == 0, ind->pos, ind->id, why_id, missing_en);
}

static void check_end_target(tally *t, const m_indicator *ind)
{
    count(t, ind->end_target.kind != M_NONE, ind->pos, ind->id, "tanpa target akhir periode", "no end-of-period target");
}

static void check_history(tally *t, const m_indicator *ind)
{
    count(t, ind->history_count > 0, ind->pos, ind->id, "tanpa realisasi tahun-tahun sebelumnya",
          "no earlier years' realisasi");
}

static void check_national(tally *t, const m_indicator *ind)
{
    count(t, ind->national.kind != M_NONE, ind->pos, ind->id, "tanpa standar nasional", "no national standard");
}

static void check_definition(tally *t, const m_indicator *ind)
{
    int has_def = ind->definition && ind->definition[0], has_src = ind->data_source && ind->data_source[0];
    count(t, has_def && has_src, ind->pos, ind->id,
          !has_def && !has_src ? "tanpa definisi dan sumber data" : !has_def ? "tanpa definisi" : "tanpa sumber data",
          !has_def && !has_src ? "no definition and no data source" : !has_def ? "no definition" : "no data source");
}

static void visit_definition(const m_indicator *ind, void *ctx)
{
    check_definition(ctx, ind);
}

static void check_periodic(tally *t, const m_indicator *ind)
{
    int periodic = 0;
    for (size_t i = 0; i < ind->realisasi_count; i++)
        if (ind->realisasi[i].kind != M_PERIOD_YEAR && ind->realisasi[i].value.kind != M_NONE)
            periodic = 1;
    count(t, periodic, ind->pos, ind->id,
          ind->realisasi_count ? "realisasi hanya tahunan" : "tanpa realisasi",
          ind->realisasi_count ? "realisasi for the year only" : "no realisasi");
}

/* Sasaran indicators only: what a PK holds. */
static void each_sasaran_indicator(tally *t, indicator_check check)
{
    const m_unit *u = t->unit;
    for (size_t i = 0; i < u->tujuan_count; i++)
        for (size_t s = 0; s < u->tujuan[i].sasaran_count; s++)
            for (size_t k = 0; k < u->tujuan[i].sasaran[s].indicator_count; k++)
                check(t, &u->tujuan[i].sasaran[s].indicators[k]);
}

static void check_pk_covers(tally *t, const m_indicator *ind)
{
    count(t, ind->pk_target_count > 0, ind->pos, ind->id, "tidak ada dalam Perjanjian Kinerja",
          "not in the Perjanjian Kinerja");
}

static const m_pk_target *latest_pk(const m_indicator *ind)
{
    const m_pk_target *best = NULL;
    for (size_t i = 0; i < ind->pk_target_count; i++)
        if (!best || ind->pk_targets[i].version > best->version)
            best = &ind->pk_targets[i];
    return best;
}

static int same_value(const m_value *a, const m_value *b)
{
    if (a->kind != b->kind)
        return 0;
    switch (a->kind) {
    case M_NUMBER:
        return a->number == b->number;
    case M_RANGE:
        return a->low == b->low && a->high == b->high;
    case M_GRADE:
        return strcmp(a->grade, b->grade) == 0;
    case M_TEXT:
        return strcmp(a->text, b->text) == 0;
    case M_RATIO:
        return a->numerator == b->numerator && a->denominator == b->denominator;
    default:
        return 1;
    }
}

/* Only indicators the PK holds are counted: coverage is cakupan-pk's. */
static void check_pk_equals(tally *t, const m_indicator *ind)
{
    const m_pk_target *pk = latest_pk(ind);
    if (!pk)
        return;
    const m_value *renstra = target_of_year(ind, t->unit->year);
    char id[96], en[96];
    snprintf(id, sizeof id, renstra ? "target PK berbeda dari target Renstra %d" : "tanpa target Renstra %d",
             t->unit->year);
    snprintf(en, sizeof en, renstra ? "PK target differs from the Renstra's for %d" : "no Renstra target for %d",
             t->unit->year);
    m_pos at = pk->pos.line ? pk->pos : ind->pos;
    count(t, renstra && same_value(&pk->value, renstra), at, ind->id, id, en);
}

/* The programs of this unit that support sasaran s. */
static int supports(const m_program *p, const m_sasaran *s)
{
    return p->supports && strcmp(p->supports, s->id) == 0;
}

/* Falls short for what stops the cascade of sasaran s of unit u (its
 * programs without kegiatan, kegiatan without sub kegiatan); the number
 * of programs that support it. */
static size_t cascade_of(tally *t, const m_unit *u, const m_sasaran *s)
{
    size_t programs = 0;
    for (size_t i = 0; i < u->program_count; i++) {
        const m_program *p = &u->programs[i];
        if (!supports(p, s))
            continue;
        programs++;
        if (!p->kegiatan_count)
            fall_short_in(t, u, p->pos, p->code, "program tanpa kegiatan", "program without kegiatan");
        for (size_t k = 0; k < p->kegiatan_count; k++)
            if (!p->kegiatan[k].sub_count)
                fall_short_in(t, u, p->kegiatan[k].pos, p->kegiatan[k].code, "kegiatan tanpa sub kegiatan",
                              "kegiatan without sub kegiatan");
    }
    return programs;
}

static double pagu_of(const m_unit *u, const m_sasaran *s)
{
    double pagu = 0;
    for (size_t i = 0; i < u->program_count; i++)
        if (supports(&u->programs[i], s))
            for (size_t k = 0; k < u->programs[i].kegiatan_count; k++)
                for (size_t j = 0; j < u->programs[i].kegiatan[k].sub_count; j++)
                    pagu += u->programs[i].kegiatan[k].subs[j].pagu;
    return pagu;
}

/* A pemda has no programs of its own: its sasaran reach sub kegiatan, and
 * a budget, through the OPD sasaran that support them (link.h). */
static const link_upper *through_opds(const tally *t, const m_sasaran *s, const link_workspace *ws)
{
    return t->unit->program_count == 0 && ws ? link_upper_of(ws, s) : NULL;
}

static void check_cascade(tally *t, const m_sasaran *s, const link_workspace *ws)
{
    size_t before = t->count, programs = 0;
    const link_upper *up = through_opds(t, s, ws);
    if (up)
        for (size_t i = 0; i < up->supporter_count; i++)
            programs += cascade_of(t, up->supporters[i].unit, up->supporters[i].sasaran);
    else
        programs = cascade_of(t, t->unit, s);
    if (!programs)
        fall_short(t, s->pos, s->id, "sasaran tanpa program", "sasaran without a program");
    t->total++;
    if (t->count == before)
        t->met++;
}

static void check_budget(tally *t, const m_sasaran *s, const link_workspace *ws)
{
    double pagu = 0;
    const link_upper *up = through_opds(t, s, ws);
    if (up)
        for (size_t i = 0; i < up->supporter_count; i++)
            pagu += pagu_of(up->supporters[i].unit, up->supporters[i].sasaran);
    else
        pagu = pagu_of(t->unit, s);
    count(t, pagu > 0, s->pos, s->id, "sasaran tanpa anggaran (pagu sub kegiatan)",
          "sasaran without budget (sub kegiatan pagu)");
}

/* An OPD's sasaran name the pemda's they support; a pemda's sasaran are
 * supported by some OPD (link.h: crosscutting is a result of linking). */
static void check_crosscutting(tally *t, const m_sasaran *s, const link_workspace *ws)
{
    if (t->unit->parent) {
        count(t, s->support_count > 0, s->pos, s->id, "tidak menyebut sasaran yang didukung (mendukung)",
              "names no sasaran it supports (mendukung)");
        return;
    }
    const link_upper *up = link_upper_of(ws, s);
    count(t, up && up->unit_count > 0, s->pos, s->id, "tidak didukung sasaran perangkat daerah mana pun",
          "supported by no perangkat daerah's sasaran");
}

static int has_analysis(const m_sasaran *s, const char *part)
{
    for (size_t i = 0; i < s->analysis_count; i++)
        if (strcmp(s->analysis[i].chapter, part) == 0)
            return 1;
    return 0;
}

/* The seven analyses per sasaran of PermenPANRB 53/2014 (docs/present.md,
 * Bab III A): (1) target and realisasi, (2) earlier years, (3) the
 * end-of-plan target, (4) the national standard, (5) the unit's analysis
 * (konteks, penyebab, solusi), (6) efficiency (budget and its words),
 * (7) the programs that support it. */
static void check_seven(tally *t, const m_sasaran *s, const link_workspace *ws)
{
    (void)ws;
    size_t with[4] = {0, 0, 0, 0};
    for (size_t k = 0; k < s->indicator_count; k++) {
        const m_indicator *ind = &s->indicators[k];
        with[0] += ind->realisasi_count > 0;
        with[1] += ind->history_count > 0;
        with[2] += ind->end_target.kind != M_NONE;
        with[3] += ind->national.kind != M_NONE;
    }
    size_t n = s->indicator_count;
    int programs = 0;
    for (size_t i = 0; i < t->unit->program_count; i++)
        programs += supports(&t->unit->programs[i], s);
    int present[7] = {n && with[0] == n, n && with[1] == n, n && with[2] == n, n && with[3] == n,
                      has_analysis(s, "konteks") && has_analysis(s, "penyebab") && has_analysis(s, "solusi"),
                      has_analysis(s, "efisiensi") && programs, programs > 0};
    static const char *const names[7][2] = {
        {"target dan realisasi", "target and realisasi"}, {"tahun-tahun sebelumnya", "earlier years"},
        {"target akhir periode", "end-of-plan target"},   {"standar nasional", "national standard"},
        {"analisis unit", "the unit's analysis"},          {"efisiensi", "efficiency"},
        {"program pendukung", "supporting programs"}};
    char id[400] = "", en[400] = "";
    size_t li = 0, le = 0, missing = 0;
    for (int i = 0; i < 7; i++) {
        if (present[i])
            continue;
        li += (size_t)snprintf(id + li, sizeof id - li, "%s(%d) %s", missing ? ", " : "tidak ada ", i + 1, names[i][0]);
        le += (size_t)snprintf(en + le, sizeof en - le, "%s(%d) %s", missing ? ", " : "missing ", i + 1, names[i][1]);
        missing++;
    }
    count(t, missing == 0, s->pos, s->id, id, en);
}

/* ------------------------------------------------------------------ */
/* From build's measures (evaluate.h): capaian and efficiency           */
/* ------------------------------------------------------------------ */

/* A number as the report shows it: rounded by the policy, decimal comma. */
static void shown(double value, const meas_policy *p, char *out, size_t size)
{
    double r = meas_round(value, p->decimals, p->rounding);
    snprintf(out, size, "%.*f", p->decimals, r == 0 ? 0.0 : r);
    for (char *c = out; *c; c++)
        if (*c == '.')
            *c = ',';
}

/* A component of a composite without a target of its own is not measured
 * against a target: it is not counted. */
static const ev_indicator *measured(const tally *t, const m_indicator *ind)
{
    const ev_indicator *e = t->ev ? evaluate_indicator(t->ev, ind) : NULL;
    return e && e->capaian.status != MEAS_NA_COMPONENT_ONLY ? e : NULL;
}

/* capaian-target: the year's capaian, as the report shows it, at least 100. */
static void check_target_met(tally *t, const m_indicator *ind)
{
    const ev_indicator *e = measured(t, ind);
    if (!e)
        return;
    meas_policy p = evaluate_policy(t->ev, e);
    char why_id[160], why_en[160];
    int met = 0;
    if (e->capaian.status != MEAS_OK) {
        snprintf(why_id, sizeof why_id, "capaian tidak dapat dihitung: %s", meas_status_reason(e->capaian.status, 0));
        snprintf(why_en, sizeof why_en, "capaian not computable: %s", meas_status_reason(e->capaian.status, 1));
    } else {
        char v[48];
        shown(e->capaian.value, &p, v, sizeof v);
        met = meas_round(e->capaian.value, p.decimals, p.rounding) >= 100;
        snprintf(why_id, sizeof why_id, "capaian %s%% di bawah target (100%%)", v);
        snprintf(why_en, sizeof why_en, "capaian %s%% below the target (100%%)", v);
    }
    count(t, met, ind->pos, ind->id, why_id, why_en);
}

/* perbandingan-target: the report compares realisasi with the target. */
static void check_target_compared(tally *t, const m_indicator *ind)
{
    const ev_indicator *e = measured(t, ind);
    if (!e)
        return;
    char why_id[160], why_en[160];
    snprintf(why_id, sizeof why_id, "realisasi tidak dapat dibandingkan dengan target: %s",
             meas_status_reason(e->capaian.status, 0));
    snprintf(why_en, sizeof why_en, "realisasi cannot be compared with the target: %s",
             meas_status_reason(e->capaian.status, 1));
    count(t, e->capaian.status == MEAS_OK, ind->pos, ind->id, why_id, why_en);
}

/* A program's efficiency as the report computes it (lower.c): the capaian
 * of its indicators against its serapan, by the policy's variant. */
static meas_efficiency_result program_efficiency(const ev_workspace *ev, const m_program *p)
{
    ev_budget b = evaluate_program_budget(ev, p);
    meas_rollup r = evaluate_indicators(ev, p->indicators, p->indicator_count);
    return meas_efficiency_of(&r.result, &b.serapan, &ev->policy);
}

/* Efficient enough: selisih not below tidak-efisien-di-bawah (efisien or
 * cukup efisien), rasio at least 1 as shown (capaian not below serapan),
 * sisa-anggaran computed (it is only when the target is met). */
static int efficient(const meas_efficiency_result *e, const meas_policy *p)
{
    if (e->status != MEAS_OK)
        return 0;
    if (e->rule == MEAS_RULE_EFF_DIFFERENCE)
        return meas_efficiency_classify(e, p) != MEAS_EFF_CLASS_INEFFICIENT;
    if (e->rule == MEAS_RULE_EFF_RATIO)
        return meas_round(e->value, p->decimals, p->rounding) >= 1;
    return 1;
}

typedef void (*program_check)(tally *t, const m_unit *owner, const m_program *p);

static void each_program_of(tally *t, const m_unit *owner, program_check check)
{
    for (size_t i = 0; i < owner->program_count; i++)
        if (owner->programs[i].indicator_count)
            check(t, owner, &owner->programs[i]);
}

/* Programs with indicators: those the report gives an efficiency. A pemda
 * has none of its own: those of the OPDs whose parent it is, as its
 * budget is theirs (evaluate_children_budget). */
static void each_measured_program(tally *t, const link_workspace *ws, program_check check)
{
    if (!t->ev)
        return;
    if (t->unit->program_count || !ws) {
        each_program_of(t, t->unit, check);
        return;
    }
    for (size_t i = 0; i < ws->unit_count; i++)
        if (ws->parents[i] == t->unit)
            each_program_of(t, ws->units[i], check);
}

/* One program counted, its evidence in its owner's file. */
static void count_program(tally *t, int meets, const m_unit *owner, const m_program *p, const char *why_id,
                          const char *why_en)
{
    t->total++;
    if (meets)
        t->met++;
    else
        fall_short_in(t, owner, p->pos, p->code, why_id, why_en);
}

static void check_efficient(tally *t, const m_unit *owner, const m_program *p)
{
    meas_efficiency_result e = program_efficiency(t->ev, p);
    const meas_policy *pol = &t->ev->policy;
    char why_id[200], why_en[200];
    if (e.status != MEAS_OK) {
        snprintf(why_id, sizeof why_id, "efisiensi tidak dapat dihitung: %s", meas_status_reason(e.status, 0));
        snprintf(why_en, sizeof why_en, "efficiency not computable: %s", meas_status_reason(e.status, 1));
    } else {
        char c[48], s[48], v[48];
        shown(e.capaian, pol, c, sizeof c);
        shown(e.serapan, pol, s, sizeof s);
        shown(e.value, pol, v, sizeof v);
        snprintf(why_id, sizeof why_id, "tidak efisien: capaian %s%%, serapan %s%% (efisiensi %s)", c, s, v);
        snprintf(why_en, sizeof why_en, "not efficient: capaian %s%%, serapan %s%% (efficiency %s)", c, s, v);
    }
    count_program(t, efficient(&e, pol), owner, p, why_id, why_en);
}

static void check_efficiency_shown(tally *t, const m_unit *owner, const m_program *p)
{
    meas_efficiency_result e = program_efficiency(t->ev, p);
    char why_id[160], why_en[160];
    snprintf(why_id, sizeof why_id, "efisiensi tidak dapat dihitung: %s", meas_status_reason(e.status, 0));
    snprintf(why_en, sizeof why_en, "efficiency not computable: %s", meas_status_reason(e.status, 1));
    count_program(t, e.status == MEAS_OK, owner, p, why_id, why_en);
}

/* ------------------------------------------------------------------ */
/* iku-tetap: the IKU across the years of the plan period              */
/* ------------------------------------------------------------------ */

/* Collects a unit's IKU into the arena (ids, names and file outlive the
 * model). */
typedef struct iku_list {
    arena *arena;
    const char *file;
    lke_iku *items;
    size_t count, capacity;
    int failed;
} iku_list;

static void collect_iku(const m_indicator *ind, void *ctx)
{
    iku_list *l = ctx;
    if (!ind->key || l->failed)
        return;
    if (l->count == l->capacity) {
        size_t cap = l->capacity ? 2 * l->capacity : 16;
        lke_iku *grown = arena_alloc(l->arena, cap * sizeof *grown);
        if (!grown) {
            l->failed = 1;
            return;
        }
        if (l->count)
            memcpy(grown, l->items, l->count * sizeof *grown);
        l->items = grown;
        l->capacity = cap;
    }
    lke_iku *k = &l->items[l->count++];
    k->id = arena_strdup(l->arena, ind->id ? ind->id : "");
    k->name = arena_strdup(l->arena, ind->name ? ind->name : "");
    k->file = l->file;
    k->line = ind->pos.line;
    if (!k->id || !k->name)
        l->failed = 1;
}

static const lke_iku *iku_find(const lke_iku *list, size_t count, const char *id)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(list[i].id, id) == 0)
            return &list[i];
    return NULL;
}

void lke_data_set_year(lke_data *d, int year)
{
    d->visiting_year = year;
    if (d->visited_count < sizeof d->visited / sizeof d->visited[0])
        d->visited[d->visited_count++] = year;
}

static int keep_year(lke_data *d, const char *unit, const m_unit *u)
{
    if (d->year_count == d->year_capacity) {
        size_t cap = d->year_capacity ? 2 * d->year_capacity : 8;
        lke_year_data *grown = arena_alloc(d->arena, cap * sizeof *grown);
        if (!grown)
            return -1;
        if (d->year_count)
            memcpy(grown, d->years, d->year_count * sizeof *grown);
        d->years = grown;
        d->year_capacity = cap;
    }
    iku_list l = {.arena = d->arena, .file = arena_strdup(d->arena, u->file)};
    if (!l.file)
        return -1;
    model_each_indicator(u, collect_iku, &l);
    if (l.failed)
        return -1;
    d->years[d->year_count++] = (lke_year_data){.year = d->visiting_year, .unit = unit, .unit_year = u->year,
                                                .file = l.file, .line = u->pos.line, .iku = l.items,
                                                .iku_count = l.count};
    return 0;
}

int lke_data_year_part(const link_workspace *ws, void *ctx)
{
    lke_data *d = ctx;
    for (size_t i = 0; i < ws->unit_count; i++)
        for (size_t k = 0; k < d->unit_count; k++) {
            const char *unit = d->units[k].unit;
            if (!unit || strcmp(unit, ws->units[i]->id) != 0)
                continue;
            int kept = 0; /* a unit answered twice (LKJ0816) is kept once */
            for (size_t y = 0; y < d->year_count; y++)
                kept |= d->years[y].year == d->visiting_year && strcmp(d->years[y].unit, unit) == 0;
            if (!kept && keep_year(d, unit, ws->units[i]) != 0) {
                d->failed = 1;
                return LKJ_EXIT_IO;
            }
        }
    return LKJ_EXIT_OK;
}

/* The other years of unit u that can be compared, by year (at most max);
 * marks why the others cannot. */
static size_t years_to_compare(lke_data *d, const m_unit *u, const lke_year_data **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < d->year_count; i++) {
        lke_year_data *y = &d->years[i];
        if (strcmp(y->unit, u->id) != 0)
            continue;
        y->plan_first = u->plan_first;
        y->plan_last = u->plan_last;
        y->skip = y->unit_year != y->year ? LKE_YEAR_OTHER_YEAR
                : y->year == u->year      ? LKE_YEAR_SAME_YEAR
                : u->plan_first && (y->year < u->plan_first || y->year > u->plan_last) ? LKE_YEAR_OUTSIDE_PLAN
                                                                                       : LKE_YEAR_COMPARED;
        if (y->skip != LKE_YEAR_COMPARED || n == max)
            continue;
        size_t at = n++;
        for (; at > 0 && out[at - 1]->year > y->year; at--)
            out[at] = out[at - 1];
        out[at] = y;
    }
    return n;
}

/* "2023, 2024": the years of ys (n of them) where id is not an IKU. */
static size_t years_without(const lke_year_data *const *ys, size_t n, const char *id, char *out, size_t size)
{
    size_t len = 0, missing = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        if (!iku_find(ys[i]->iku, ys[i]->iku_count, id)) {
            if (len + 8 < size)
                len += (size_t)snprintf(out + len, size - len, "%s%d", missing ? ", " : "", ys[i]->year);
            missing++;
        }
    return missing;
}

#define IKU_YEARS 32 /* other years compared at most: a plan period is five */

/* Each IKU of the unit in any year compared is an item: it meets the
 * criterion when it is an IKU, under the same name, in every year. One
 * added (not an IKU in an earlier year) is shown at its line this year,
 * one removed at its line in the latest year it was, one renamed here
 * with its earlier name. */
static int check_iku(tally *t, const char *basis[2], const char *not[2])
{
    const m_unit *u = t->unit;
    const lke_year_data *ys[IKU_YEARS];
    size_t n = years_to_compare(t->data, u, ys, IKU_YEARS);
    if (!n) {
        not[0] = "perlu data tahun lain dalam periode rencana: --data-tahun TAHUN=RUANG";
        not[1] = "needs the data of another year of the plan period: --data-tahun YEAR=WS";
        return 0;
    }
    iku_list now = {.arena = t->arena, .file = u->file};
    model_each_indicator(u, collect_iku, &now);
    if (now.failed)
        t->failed = 1;
    char years[256], why_id[400], why_en[400];
    for (size_t i = 0; i < now.count; i++) {
        const lke_iku *k = &now.items[i];
        t->total++;
        if (years_without(ys, n, k->id, years, sizeof years)) {
            snprintf(why_id, sizeof why_id, "ditambahkan: bukan IKU pada %s", years);
            snprintf(why_en, sizeof why_en, "added: not an IKU in %s", years);
            fall_short_at(t, k->file, k->line, k->id, why_id, why_en);
            continue;
        }
        const lke_iku *renamed = NULL;
        int renamed_year = 0;
        for (size_t y = 0; y < n && !renamed; y++) {
            const lke_iku *e = iku_find(ys[y]->iku, ys[y]->iku_count, k->id);
            if (strcmp(e->name, k->name) != 0)
                renamed = e, renamed_year = ys[y]->year;
        }
        if (!renamed) {
            t->met++;
            continue;
        }
        snprintf(why_id, sizeof why_id, "nama berubah: \"%.150s\" pada %d", renamed->name, renamed_year);
        snprintf(why_en, sizeof why_en, "renamed: \"%.150s\" in %d", renamed->name, renamed_year);
        fall_short_at(t, k->file, k->line, k->id, why_id, why_en);
    }
    /* Those no longer IKU this year, once each, at the latest year they were. */
    for (size_t y = n; y-- > 0;)
        for (size_t i = 0; i < ys[y]->iku_count; i++) {
            const lke_iku *e = &ys[y]->iku[i];
            int later = iku_find(now.items, now.count, e->id) != NULL;
            for (size_t z = y + 1; z < n && !later; z++)
                later = iku_find(ys[z]->iku, ys[z]->iku_count, e->id) != NULL;
            if (later)
                continue;
            t->total++;
            snprintf(why_id, sizeof why_id, "dihapus: IKU pada %d, bukan IKU pada %d", ys[y]->year, u->year);
            snprintf(why_en, sizeof why_en, "removed: an IKU in %d, not in %d", ys[y]->year, u->year);
            fall_short_at(t, e->file, e->line, e->id, why_id, why_en);
        }
    /* "IKU tetap pada 2023, 2024, 2025": the years compared, this one too. */
    char list[256] = "";
    size_t len = 0;
    int here = 0;
    for (size_t y = 0; y <= n && len + 8 < sizeof list; y++) {
        int year = y < n ? ys[y]->year : 0;
        if (!here && (y == n || year > u->year)) {
            len += (size_t)snprintf(list + len, sizeof list - len, "%s%d", len ? ", " : "", u->year);
            here = 1;
        }
        if (y < n)
            len += (size_t)snprintf(list + len, sizeof list - len, "%s%d", len ? ", " : "", year);
    }
    char b_id[300], b_en[300];
    snprintf(b_id, sizeof b_id, "IKU tetap pada %s", list);
    snprintf(b_en, sizeof b_en, "IKU unchanged in %s", list);
    basis[0] = arena_strdup(t->arena, b_id);
    basis[1] = arena_strdup(t->arena, b_en);
    if (!basis[0] || !basis[1])
        t->failed = 1;
    return 1;
}

/* ------------------------------------------------------------------ */
/* A unit                                                              */
/* ------------------------------------------------------------------ */

static int has_year_realisasi(const m_unit *u)
{
    for (size_t i = 0; i < u->tujuan_count; i++)
        for (size_t s = 0; s < u->tujuan[i].sasaran_count; s++)
            for (size_t k = 0; k < u->tujuan[i].sasaran[s].indicator_count; k++)
                if (u->tujuan[i].sasaran[s].indicators[k].realisasi_count)
                    return 1;
    return 0;
}

/* The unit's own documents: its plan, its PK, a report from realisasi. */
static void check_plan_document(tally *t, const link_workspace *ws)
{
    (void)ws;
    const m_unit *u = t->unit;
    count(t, u->tujuan_count > 0 && u->plan_first > 0, u->pos, u->id, "tanpa tujuan dan periode Renstra",
          "no tujuan and no plan period");
}

static void check_pk_document(tally *t, const link_workspace *ws)
{
    (void)ws;
    count(t, t->unit->pk_count > 0, t->unit->pos, t->unit->id, "tanpa Perjanjian Kinerja", "no Perjanjian Kinerja");
}

static void check_report_document(tally *t, const link_workspace *ws)
{
    (void)ws;
    count(t, has_year_realisasi(t->unit), t->unit->pos, t->unit->id, "tanpa realisasi: tidak ada laporan",
          "no realisasi: no report");
}

static void check_definitions(tally *t, const link_workspace *ws)
{
    (void)ws;
    model_each_indicator(t->unit, visit_definition, t);
}

/* What each dari-data key counts, over which items, and what it calls
 * them (the basis of a suggestion, in both languages). Exactly one check
 * is set. iku-tetap, which compares years, is judged by check_iku. */
typedef struct data_rule {
    const char *key, *basis_id, *basis_en;
    void (*unit)(tally *t, const link_workspace *ws);
    indicator_check renstra_indicator, sasaran_indicator;
    sasaran_check sasaran;
    program_check program;
} data_rule;

static const data_rule data_rules[] = {
    {"dokumen-rencana", "dokumen Renstra/RPJMD", "Renstra/RPJMD document", .unit = check_plan_document},
    {"dokumen-pk", "dokumen Perjanjian Kinerja", "Perjanjian Kinerja document", .unit = check_pk_document},
    {"dokumen-laporan", "laporan kinerja dari realisasi", "performance report from realisasi",
     .unit = check_report_document},
    {"target-setiap-tahun", "indikator Renstra", "Renstra indicators", .renstra_indicator = check_every_year},
    {"target-akhir-periode", "indikator Renstra", "Renstra indicators", .renstra_indicator = check_end_target},
    {"realisasi-tahun-lalu", "indikator sasaran", "sasaran indicators", .sasaran_indicator = check_history},
    {"standar-nasional", "indikator sasaran", "sasaran indicators", .sasaran_indicator = check_national},
    {"definisi-indikator", "indikator", "indicators", .unit = check_definitions},
    {"realisasi-berkala", "indikator sasaran", "sasaran indicators", .sasaran_indicator = check_periodic},
    {"cakupan-pk", "indikator sasaran Renstra dalam PK", "Renstra sasaran indicators in the PK",
     .sasaran_indicator = check_pk_covers},
    {"target-pk-sama-renstra", "target PK sama dengan Renstra", "PK targets equal to the Renstra's",
     .sasaran_indicator = check_pk_equals},
    {"cascade-sub-kegiatan", "sasaran dengan cascade sampai sub kegiatan", "sasaran cascaded to sub kegiatan",
     .sasaran = check_cascade},
    {"anggaran-per-sasaran", "sasaran dengan anggaran", "sasaran with a budget", .sasaran = check_budget},
    {"crosscutting", "sasaran terpetakan", "sasaran mapped", .sasaran = check_crosscutting},
    {"tujuh-analisis", "sasaran dengan tujuh analisis", "sasaran with the seven analyses", .sasaran = check_seven},
    {"capaian-target", "indikator sasaran mencapai target", "sasaran indicators on target",
     .sasaran_indicator = check_target_met},
    {"perbandingan-target", "indikator sasaran dibandingkan dengan target",
     "sasaran indicators compared with the target", .sasaran_indicator = check_target_compared},
    {"efisiensi-anggaran", "program efisien", "programs efficient", .program = check_efficient},
    {"informasi-efisiensi", "program dengan efisiensi", "programs with an efficiency",
     .program = check_efficiency_shown},
};

/* Runs the check of key over u; 0 when the key is not one lkjip can
 * judge, with why in not[]. */
static int run_check(tally *t, const char *key, const link_workspace *ws, const char *basis[2], const char *not[2])
{
    if (strcmp(key, "iku-tetap") == 0)
        return check_iku(t, basis, not);
    for (size_t i = 0; i < sizeof data_rules / sizeof data_rules[0]; i++) {
        const data_rule *r = &data_rules[i];
        if (strcmp(key, r->key) != 0)
            continue;
        basis[0] = r->basis_id, basis[1] = r->basis_en;
        if (r->unit)
            r->unit(t, ws);
        else if (r->renstra_indicator)
            each_renstra_indicator(t, r->renstra_indicator);
        else if (r->sasaran_indicator)
            each_sasaran_indicator(t, r->sasaran_indicator);
        else if (r->sasaran)
            each_sasaran(t, ws, r->sasaran);
        else
            each_measured_program(t, ws, r->program);
        return 1;
    }
    not[0] = "kunci dari-data tidak dikenal lkjip";
    not[1] = "a dari-data key lkjip does not know";
    return 0;
}

static void suggest(lke_data *d, const lke_criterion *c, const m_unit *u, const link_workspace *ws,
                    const ev_workspace *ev, lke_suggestion *out)
{
    tally t = {.arena = d->arena, .data = d, .unit = u, .ev = ev};
    const char *basis[2] = {NULL, NULL}, *not[2] = {NULL, NULL};
    if (!run_check(&t, c->from_data, ws, basis, not)) {
        out->basis[0] = not[0];
        out->basis[1] = not[1];
        return;
    }
    if (t.failed)
        d->failed = 1;
    out->met = t.met;
    out->total = t.total;
    out->items = t.items;
    out->item_count = t.count;
    out->basis[0] = basis[0];
    out->basis[1] = basis[1];
    if (!t.total) {
        out->basis[0] = "tidak ada yang dapat dihitung di pengajuan";
        out->basis[1] = "nothing to count in the submission";
        return;
    }
    out->grade = lke_data_grade(c->scale, c->from_data, t.met, t.total);
    if (!out->grade) {
        out->basis[0] = "skala kriteria bukan Y-T atau A-E";
        out->basis[1] = "the criterion's scale is neither Y-T nor A-E";
        return;
    }
    out->judged = 1;
}

/* Whether some answered unit is in this part. */
static int part_has_answered(const lke_data *d, const link_workspace *ws)
{
    for (size_t i = 0; i < ws->unit_count; i++)
        for (size_t k = 0; k < d->unit_count; k++)
            if (!d->units[k].found && d->units[k].unit && strcmp(d->units[k].unit, ws->units[i]->id) == 0)
                return 1;
    return 0;
}

static int suggest_unit(lke_data *d, lke_unit_data *ud, const m_unit *u, const link_workspace *ws,
                        const ev_workspace *ev)
{
    const lke *l = d->lke;
    ud->by_criterion = arena_alloc(d->arena, (l->criterion_count ? l->criterion_count : 1) * sizeof *ud->by_criterion);
    if (!ud->by_criterion)
        return -1;
    memset(ud->by_criterion, 0, l->criterion_count * sizeof *ud->by_criterion);
    ud->found = 1;
    for (size_t c = 0; c < l->criterion_count; c++)
        if (l->criteria[c].from_data)
            suggest(d, &l->criteria[c], u, ws, ev, &ud->by_criterion[c]);
    /* The file names outlive the part's models. */
    for (size_t c = 0; c < l->criterion_count; c++)
        for (size_t j = 0; j < ud->by_criterion[c].item_count; j++) {
            lke_item *it = &ud->by_criterion[c].items[j];
            it->file = arena_strdup(d->arena, it->file);
            it->id = arena_strdup(d->arena, it->id);
            if (!it->file || !it->id)
                d->failed = 1;
        }
    return 0;
}

int lke_data_part(const link_workspace *ws, void *ctx)
{
    lke_data *d = ctx;
    if (!part_has_answered(d, ws))
        return LKJ_EXIT_OK;
    if (!link_indexed(ws)) { /* linking ran out of memory before its end */
        d->failed = 1;
        return LKJ_EXIT_IO;
    }
    /* The measures of build, for the workspace's year: the capaian and
     * efficiency the reports show, never computed a second way. */
    ev_workspace ev;
    meas_period year = {ws->year, MEAS_PERIOD_YEAR, 0};
    if (evaluate_workspace(&ev, ws, &year) != 0) {
        evaluate_free(&ev);
        d->failed = 1;
        return LKJ_EXIT_IO;
    }
    for (size_t i = 0; i < ws->unit_count && !d->failed; i++) {
        const m_unit *u = ws->units[i];
        for (size_t k = 0; k < d->unit_count; k++) {
            lke_unit_data *ud = &d->units[k];
            if (ud->found || !ud->unit || strcmp(ud->unit, u->id) != 0)
                continue;
            if (suggest_unit(d, ud, u, ws, &ev) != 0)
                d->failed = 1;
        }
    }
    evaluate_free(&ev);
    return d->failed ? LKJ_EXIT_IO : LKJ_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* Beside the answers                                                  */
/* ------------------------------------------------------------------ */

const lke_unit_data *lke_data_of(const lke_data *d, const char *unit)
{
    for (size_t i = 0; d && unit && i < d->unit_count; i++)
        if (d->units[i].unit && strcmp(d->units[i].unit, unit) == 0)
            return &d->units[i];
    return NULL;
}

const char *lke_item_where(const lke_item *it, char *out, size_t size)
{
    if (it->cell)
        snprintf(out, size, "%s:%s", it->file, it->cell);
    else
        snprintf(out, size, "%s:%lu", it->file, it->line);
    return out;
}

static const lke_answer *answer_to(const lke_answers *a, size_t criterion)
{
    for (size_t i = 0; i < a->answer_count; i++)
        if (!a->answers[i].is_sub && a->answers[i].target == criterion)
            return &a->answers[i];
    return NULL;
}

/* "3 dari 5 indikator Renstra; opd-x.xml:12 ind-1: tanpa target 2024" */
static void evidence_summary(const lke_suggestion *s, int en, char *out, size_t size)
{
    int n = snprintf(out, size, en ? "%zu of %zu %s" : "%zu dari %zu %s", s->met, s->total, s->basis[en]);
    const lke_item *it = s->item_count ? &s->items[0] : NULL;
    if (it && n > 0 && (size_t)n < size && it->cell)
        snprintf(out + n, size - (size_t)n, "; %s %s:%s %s: %s", en ? "first" : "pertama", it->file, it->cell, it->id,
                 it->why[en]);
    else if (it && n > 0 && (size_t)n < size)
        snprintf(out + n, size - (size_t)n, "; %s %s:%lu %s: %s", en ? "first" : "pertama", it->file, it->line,
                 it->id, it->why[en]);
}

static const char *rater_name(const lkj_diags *d, lke_rater r)
{
    return r == LKE_EVALUATOR ? diag_text(d, "evaluator", "evaluator") : diag_text(d, "mandiri", "self-assessment");
}

void lke_data_warn(lkj_diags *diags, const lke *l, const lke_answers *a, const lke_unit_data *ud)
{
    if (!ud || !ud->found) {
        diag_loc loc = {a->file, a->unit_line, a->unit_column};
        DIAG(diags, D_LKE_UNIT_NOT_IN_DATA, &loc, a->unit);
        return;
    }
    int en = diag_text(diags, "id", "en")[0] == 'e';
    for (size_t c = 0; c < l->criterion_count; c++) {
        const lke_suggestion *s = &ud->by_criterion[c];
        const lke_answer *ans = s->judged ? answer_to(a, c) : NULL;
        if (!ans)
            continue;
        char summary[600];
        evidence_summary(s, en, summary, sizeof summary);
        for (int r = LKE_RATERS - 1; r >= 0; r--) {
            const lke_grade *g = ans->grade[r];
            if (!g || strcmp(g->code, s->grade->code) == 0)
                continue;
            /* at the rater's answer: an answer sheet's own cell */
            diag_loc loc = {a->file, ans->rater_line[r] ? ans->rater_line[r] : ans->line, 0};
            if (strcmp(g->code, "Y") == 0 && strcmp(s->grade->code, "T") == 0)
                DIAG(diags, D_LKE_DATA_CONTRADICTS_Y, &loc, l->criteria[c].id, rater_name(diags, (lke_rater)r),
                     summary);
            else
                DIAG(diags, D_LKE_DATA_DISAGREES, &loc, l->criteria[c].id, rater_name(diags, (lke_rater)r), g->code,
                     s->grade->code, summary);
        }
    }
}

/* Whether d holds a's unit in the data of year. */
static int year_has_unit(const lke_data *d, int year, const char *unit)
{
    for (size_t i = 0; i < d->year_count; i++)
        if (d->years[i].year == year && strcmp(d->years[i].unit, unit) == 0)
            return 1;
    return 0;
}

void lke_data_warn_years(lkj_diags *diags, const lke_data *d, const lke_answers *a)
{
    const lke_unit_data *ud = lke_data_of(d, a->unit);
    for (size_t i = 0; ud && ud->found && i < d->visited_count; i++) {
        if (year_has_unit(d, d->visited[i], a->unit))
            continue;
        char year[16];
        snprintf(year, sizeof year, "%d", d->visited[i]);
        diag_loc loc = {a->file, a->unit_line, a->unit_column};
        DIAG(diags, D_LKE_YEAR_NOT_COMPARED, &loc, year, a->unit,
             diag_text(diags, "unit itu tidak ada di data tahun itu", "the unit is not in that year's data"));
    }
    for (size_t i = 0; d && a->unit && i < d->year_count; i++) {
        const lke_year_data *y = &d->years[i];
        if (y->skip == LKE_YEAR_COMPARED || strcmp(y->unit, a->unit) != 0)
            continue;
        int en = diag_text(diags, "id", "en")[0] == 'e';
        char year[16], why[160];
        snprintf(year, sizeof year, "%d", y->year);
        if (y->skip == LKE_YEAR_OTHER_YEAR)
            snprintf(why, sizeof why, en ? "its submission is for %d" : "pengajuannya untuk tahun %d", y->unit_year);
        else if (y->skip == LKE_YEAR_SAME_YEAR)
            snprintf(why, sizeof why, "%s", en ? "the year of --data" : "tahun yang sama dengan --data");
        else
            snprintf(why, sizeof why, en ? "outside the plan period %d-%d" : "di luar periode rencana %d-%d",
                     y->plan_first, y->plan_last);
        diag_loc loc = {y->file, y->line, 0};
        DIAG(diags, D_LKE_YEAR_NOT_COMPARED, &loc, year, a->unit, why);
    }
}

/* keberadaan, kualitas, pemanfaatan: by the sub-component's name. */
static int sub_role(const lke_sub *s)
{
    static const char *const roles[] = {"keberadaan", "kualitas", "pemanfaatan"};
    for (int i = 0; i < 3; i++)
        if (s->name[0] && strcasecmp(s->name[0], roles[i]) == 0)
            return i;
    return -1;
}

/* The line of the first answer in sub-component si (or the unit's). */
static unsigned long sub_line(const lke *l, const lke_answers *a, size_t si)
{
    for (size_t i = 0; i < a->answer_count; i++) {
        const lke_answer *x = &a->answers[i];
        if (x->is_sub ? x->target == si : l->criteria[x->target].sub == si)
            return x->line;
    }
    return a->unit_line;
}

static void frame_warning(lkj_diags *diags, const lke *l, const lke_answers *a, lke_rater r, const lke_score *s,
                          size_t high, size_t low, int code)
{
    double ph = 100 * s->sub[high] / l->subs[high].weight, pl = 100 * s->sub[low] / l->subs[low].weight;
    if (ph <= pl + 1e-9)
        return;
    char th[32], tl[32];
    snprintf(th, sizeof th, "%.2f", ph);
    snprintf(tl, sizeof tl, "%.2f", pl);
    for (char *p = th; *p; p++)
        if (*p == '.')
            *p = ',';
    for (char *p = tl; *p; p++)
        if (*p == '.')
            *p = ',';
    diag_loc loc = {a->file, sub_line(l, a, high), 0};
    DIAG(diags, code, &loc, rater_name(diags, r), l->subs[high].id, th, l->subs[low].id, tl);
}

void lke_check_frame(lkj_diags *diags, const lke *l, const lke_answers *a, const lke_score s[LKE_RATERS])
{
    for (int r = LKE_RATERS - 1; r >= 0; r--) {
        if (!s[r].scored)
            continue;
        for (size_t c = 0; c < l->component_count; c++) {
            size_t at[3] = {SIZE_MAX, SIZE_MAX, SIZE_MAX};
            for (size_t k = 0; k < l->components[c].count; k++) {
                size_t si = l->components[c].first + k;
                int role = sub_role(&l->subs[si]);
                /* Only what the rater answered: a blank is not a judgement. */
                if (role >= 0 && at[role] == SIZE_MAX && (s[r].answered[si] || s[r].direct[si]))
                    at[role] = si;
            }
            if (at[0] != SIZE_MAX && at[1] != SIZE_MAX)
                frame_warning(diags, l, a, (lke_rater)r, &s[r], at[1], at[0], D_LKE_QUALITY_ABOVE_EXISTENCE);
            if (at[1] != SIZE_MAX && at[2] != SIZE_MAX)
                frame_warning(diags, l, a, (lke_rater)r, &s[r], at[2], at[1], D_LKE_USE_ABOVE_QUALITY);
        }
    }
}

/* Characters, not bytes, for padding UTF-8. */
static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void right(FILE *out, const char *s, size_t to)
{
    for (size_t w = width(s); w < to; w++)
        fputc(' ', out);
    fputs(s, out);
}

#define TEXT_ITEMS 10 /* items listed per criterion in the text; the XML has all */

static void text_criterion(FILE *out, const lke_criterion *c, const lke_suggestion *s, const lke_answer *ans,
                           int en)
{
    const char *ev = ans && ans->grade[LKE_EVALUATOR] ? ans->grade[LKE_EVALUATOR]->code : "–";
    const char *self = ans && ans->grade[LKE_MANDIRI] ? ans->grade[LKE_MANDIRI]->code : "–";
    fputs("  ", out);
    fputs(c->id, out);
    right(out, "", 10 - (width(c->id) < 10 ? width(c->id) : 10));
    right(out, s->judged ? s->grade->code : "–", 5);
    right(out, ev, 11);
    right(out, self, 9);
    int differs = s->judged && ((ans && ans->grade[LKE_EVALUATOR] && strcmp(ev, s->grade->code) != 0) ||
                                (ans && ans->grade[LKE_MANDIRI] && strcmp(self, s->grade->code) != 0));
    fputs(differs ? " ≠ " : "   ", out);
    if (!s->judged)
        fprintf(out, "%s: %s (%s)\n", en ? "cannot judge" : "tidak dapat dinilai", s->basis[en], c->from_data);
    else
        fprintf(out, en ? "%zu of %zu %s (%s)\n" : "%zu dari %zu %s (%s)\n", s->met, s->total, s->basis[en],
                c->from_data);
    char where[4400];
    for (size_t i = 0; i < s->item_count && i < TEXT_ITEMS; i++)
        fprintf(out, "      %s: %s: %s\n", lke_item_where(&s->items[i], where, sizeof where), s->items[i].id,
                s->items[i].why[en]);
    if (s->item_count > TEXT_ITEMS)
        fprintf(out, en ? "      … and %zu more (--format xml lists them all)\n"
                        : "      … dan %zu lainnya (--format xml memuat semuanya)\n",
                s->item_count - TEXT_ITEMS);
}

void lke_data_text(FILE *out, const lke *l, const lke_answers *a, const lke_unit_data *ud, lkj_lang lang)
{
    int en = lang == LKJ_LANG_EN;
    if (!ud || !ud->found) {
        fprintf(out, en ? "  From the data: unit %s is not in the workspace\n"
                        : "  Dari data: unit %s tidak ada di ruang kerja\n", a->unit);
        return;
    }
    fputs(en ? "  Suggested from the data (lkjip):\n" : "  Saran dari data (lkjip):\n", out);
    fprintf(out, "  %s%s%s%s   %s\n", en ? "Criterion " : "Kriteria  ", en ? "Sugg." : "Saran", "  Evaluator",
            en ? "     Self" : "  Mandiri", en ? "Evidence" : "Bukti");
    for (size_t c = 0; c < l->criterion_count; c++)
        if (l->criteria[c].from_data)
            text_criterion(out, &l->criteria[c], &ud->by_criterion[c], answer_to(a, c), en);
    fputs(en ? "  Only people can judge:" : "  Hanya dapat dinilai orang:", out);
    for (size_t c = 0; c < l->criterion_count; c++)
        if (!l->criteria[c].from_data)
            fprintf(out, " %s", l->criteria[c].id);
    fputc('\n', out);
}

static void set(xmlNodePtr n, const char *name, const char *value)
{
    if (n && value)
        xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static void set_size(xmlNodePtr n, const char *name, size_t value)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%zu", value);
    set(n, name, buf);
}

static void xml_suggestion(xmlNodePtr parent, xmlNsPtr ns, const lke_criterion *c, const lke_suggestion *s,
                           const lke_answer *ans, int en)
{
    xmlNodePtr n = xmlNewChild(parent, ns, (const xmlChar *)"saran", NULL);
    if (!n)
        return;
    set(n, "kriteria", c->id);
    set(n, "kunci", c->from_data);
    set(n, "dinilai", s->judged ? "true" : "false");
    if (s->judged) {
        set(n, "nilai", s->grade->code);
        set_size(n, "memenuhi", s->met);
        set_size(n, "dari", s->total);
    }
    set(n, "dasar", s->basis[en]);
    const lke_grade *ev = ans ? ans->grade[LKE_EVALUATOR] : NULL, *self = ans ? ans->grade[LKE_MANDIRI] : NULL;
    set(n, "evaluator", ev ? ev->code : NULL);
    set(n, "mandiri", self ? self->code : NULL);
    int ev_differs = s->judged && ev && strcmp(ev->code, s->grade->code) != 0;
    int self_differs = s->judged && self && strcmp(self->code, s->grade->code) != 0;
    if (ev_differs || self_differs)
        set(n, "berbeda", ev_differs && self_differs ? "evaluator mandiri" : ev_differs ? "evaluator" : "mandiri");
    for (size_t i = 0; i < s->item_count; i++) {
        xmlNodePtr b = xmlNewChild(n, ns, (const xmlChar *)"butir", NULL);
        if (!b)
            return;
        char line[32];
        snprintf(line, sizeof line, "%lu", s->items[i].line);
        set(b, "berkas", s->items[i].file);
        set(b, "baris", line);
        set(b, "sel", s->items[i].cell);
        set(b, "id", s->items[i].id);
        set(b, "sebab", s->items[i].why[en]);
    }
}

void lke_data_xml(xmlNodePtr unit, xmlNsPtr ns, const lke *l, const lke_answers *a, const lke_unit_data *ud,
                  lkj_lang lang)
{
    int en = lang == LKJ_LANG_EN;
    xmlNodePtr n = xmlNewChild(unit, ns, (const xmlChar *)"dari-data", NULL);
    if (!n)
        return;
    set(n, "ditemukan", ud && ud->found ? "true" : "false");
    if (!ud || !ud->found)
        return;
    for (size_t c = 0; c < l->criterion_count; c++)
        if (l->criteria[c].from_data)
            xml_suggestion(n, ns, &l->criteria[c], &ud->by_criterion[c], answer_to(a, c), en);
    for (size_t c = 0; c < l->criterion_count; c++)
        if (!l->criteria[c].from_data)
            set(xmlNewChild(n, ns, (const xmlChar *)"oleh-orang", NULL), "kriteria", l->criteria[c].id);
}

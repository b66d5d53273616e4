/*
 * test_lke.c — SAKIP evaluation scoring (lke.c): the built-in LKE's
 * structure and weights, a sub-component's mean times its weight, every
 * predikat boundary (exclusive lower bounds, the total as shown decides),
 * and the published result 83,45 = 25,57 + 24,91 + 12,48 + 20,49 (A)
 * scored from its answers file; the grade a share of items suggests
 * (lke_data.c) at every band boundary.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lke.h"
#include "lke_data.h"
#include "lkjip/lkjip.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void check_default(const lke *l)
{
    unit_ok("lke.default.loads", l != NULL, "the built-in LKE did not load");
    if (!l)
        return;
    unit_ok("lke.default.id", strcmp(l->id, "lke-88-2021") == 0, l->id);
    unit_ok("lke.default.components", l->component_count == 4, "not four components");
    static const double weights[] = {30, 30, 15, 25};
    static const char *const names[] = {"Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja",
                                        "Evaluasi Akuntabilitas Kinerja Internal"};
    double total = 0;
    for (size_t i = 0; i < l->component_count && i < 4; i++) {
        char name[80];
        const lke_component *c = &l->components[i];
        snprintf(name, sizeof name, "lke.default.component-%zu.weight", i + 1);
        unit_near(name, c->weight, weights[i], 0);
        snprintf(name, sizeof name, "lke.default.component-%zu.name", i + 1);
        unit_ok(name, strcmp(c->name[LKJ_LANG_ID], names[i]) == 0, c->name[LKJ_LANG_ID]);
        snprintf(name, sizeof name, "lke.default.component-%zu.subs", i + 1);
        unit_ok(name, c->count == 3, "not keberadaan, kualitas, pemanfaatan");
        /* keberadaan / kualitas / pemanfaatan at 20 / 30 / 50 % */
        static const double shares[] = {0.2, 0.3, 0.5};
        for (size_t k = 0; k < c->count && k < 3; k++) {
            snprintf(name, sizeof name, "lke.default.sub-%s.weight", l->subs[c->first + k].id);
            unit_near(name, l->subs[c->first + k].weight, shares[k] * c->weight, 1e-12);
        }
        total += c->weight;
    }
    unit_near("lke.default.total-weight", total, 100, 0);
    size_t from_data = 0, yt = 0;
    for (size_t i = 0; i < l->criterion_count; i++) {
        from_data += l->criteria[i].from_data != NULL;
        yt += strcmp(l->criteria[i].scale->id, "Y-T") == 0;
    }
    unit_ok("lke.default.criteria", l->criterion_count == 81, "not 81 criteria");
    unit_ok("lke.default.dari-data", from_data == 21, "not 21 criteria decided from the data");
    unit_ok("lke.default.yes-no", yt == 20, "not 20 criteria answered Y/T");
    unit_ok("lke.default.bands", l->band_count == 7 && strcmp(l->bands[0].code, "AA") == 0 &&
                                     strcmp(l->bands[6].code, "D") == 0 && !l->bands[6].has_bound,
            "not AA ... D with D unbounded");
}

static void check_sub_value(void)
{
    /* (1 + 0,75 + 0,5) / 3 × 9 = 6,75 */
    static const double v[] = {1, 0.75, 0.5};
    unit_near("lke.sub.mean-times-weight", lke_sub_value(v, 3, 9), 6.75, 1e-12);
    unit_near("lke.sub.empty", lke_sub_value(v, 0, 9), 0, 0);
    /* Y, T, Y, Y on 6: 3/4 × 6 = 4,5 */
    static const double yt[] = {1, 0, 1, 1};
    unit_near("lke.sub.yes-no", lke_sub_value(yt, 4, 6), 4.5, 1e-12);
}

/* Every boundary of the 88/2021 bands: the bound itself belongs below;
 * the total as shown (two decimals, half away from zero) decides. */
static void check_boundaries(const lke *l)
{
    static const struct {
        double total;
        const char *want;
    } cases[] = {
        {100, "AA"},     {90.01, "AA"},  {90.005, "AA"}, /* shown 90,01 */
        {90.0049, "A"}, /* shown 90,00 */
        {90, "A"},       {80.01, "A"},   {80, "BB"},
        {79.999, "BB"}, /* shown 80,00, which is not above 80 */
        {80.004, "BB"}, /* shown 80,00 */
        {70.01, "BB"},   {70, "B"},      {60.01, "B"},   {60, "CC"},     {50.01, "CC"},
        {50, "C"},       {30.01, "C"},   {30, "D"},      {29.99, "D"},   {0, "D"},
        {83.45, "A"},    {78.74, "BB"},
    };
    for (size_t i = 0; i < COUNT(cases); i++) {
        const lke_band *b = lke_predikat(l->bands, l->band_count, cases[i].total);
        const char *want = cases[i].want;
        char name[80], why[120];
        snprintf(name, sizeof name, "lke.predikat.%g", cases[i].total);
        snprintf(why, sizeof why, "got %s, want %s", b ? b->code : "(none)", want);
        unit_ok(name, b && strcmp(b->code, want) == 0, why);
    }
    unit_ok("lke.predikat.nan", lke_predikat(l->bands, l->band_count, NAN) == NULL, "NaN has a band");
    unit_ok("lke.predikat.label-id", strcmp(lke_band_label(&l->bands[1], LKJ_LANG_ID), "Memuaskan") == 0,
            lke_band_label(&l->bands[1], LKJ_LANG_ID));
    unit_ok("lke.predikat.label-en", strcmp(lke_band_label(&l->bands[1], LKJ_LANG_EN), "Very good") == 0,
            lke_band_label(&l->bands[1], LKJ_LANG_EN));
}

/* The published result, from its answers on the pemda's own LKE. The
 * exact values are fractions: 1.a, 2.a and 3.a graded A (0,9) directly,
 * the rest means of quarters (tests/data/lke/contoh-83-45.lke.xml). */
static void check_published(lkj_diags *d, const lkj_limits *limits)
{
    lke *l = NULL;
    lke_answers *a = NULL;
    int rc = lke_load_file("tests/data/lke/lke-kab-sukamaju-2025.lke.xml", limits, d, &l);
    unit_ok("lke.published.lke", rc == LKJ_EXIT_OK && l, "the LKE did not load");
    if (l)
        rc = lke_answers_load("tests/data/lke/contoh-83-45.lke.xml", l, limits, d, &a);
    unit_ok("lke.published.answers", rc == LKJ_EXIT_OK && a, "the answers did not load");
    if (a) {
        lke_score s;
        unit_ok("lke.published.scored", lke_score_unit(l, a, LKE_EVALUATOR, &s) == 0 && s.scored, "not scored");
        /* 6 × 0,9 + 9 × 9,5/14 + 15 × 7,5/8 = 5,4 + 6,107142… + 14,0625 */
        unit_near("lke.published.perencanaan", s.component[0], 5.4 + 9 * 9.5 / 14 + 15 * 7.5 / 8, 1e-9);
        unit_near("lke.published.pengukuran", s.component[1], 5.4 + 9 * 6.75 / 7 + 15 * 6.5 / 9, 1e-9);
        unit_near("lke.published.pelaporan", s.component[2], 2.7 + 4.5 * 8.75 / 14 + 7.5 * 6.5 / 7, 1e-9);
        unit_near("lke.published.evaluasi", s.component[3], 5 * 2.25 / 3 + 7.5 * 2.5 / 4 + 12.5 * 6.75 / 7, 1e-9);
        static const double shown[] = {25.57, 24.91, 12.48, 20.49};
        for (size_t i = 0; i < 4; i++) {
            char name[64];
            snprintf(name, sizeof name, "lke.published.shown-%zu", i + 1);
            unit_near(name, round(s.component[i] * 100) / 100, shown[i], 1e-9);
        }
        unit_near("lke.published.total-shown", round(s.total * 100) / 100, 83.45, 1e-9);
        unit_near("lke.published.sum-of-parts", s.total, s.component[0] + s.component[1] + s.component[2] + s.component[3],
                  1e-12);
        unit_ok("lke.published.predikat", s.band && strcmp(s.band->code, "A") == 0, "not A");
        unit_ok("lke.published.direct", s.direct[0] && strcmp(s.direct[0]->code, "A") == 0, "1.a not graded directly");
        unit_ok("lke.published.no-missing", s.criteria_missing == 0, "criteria missing");
    }
    lke_answers_free(a);
    lke_free(l);
}

/* The code lke_data_grade suggests for met of total on scale id. */
static const char *suggested(const lke *l, const char *scale, const char *key, size_t met, size_t total)
{
    for (size_t i = 0; i < l->scale_count; i++)
        if (strcmp(l->scales[i].id, scale) == 0) {
            const lke_grade *g = lke_data_grade(&l->scales[i], key, met, total);
            return g ? g->code : "(none)";
        }
    return "(no scale)";
}

static void check_grades(const lke *l)
{
    /* The LKE's A-E: A above 90 %, B above 75 %, C above 40 %, D above 10 %;
     * exactly at a bound is the band below. */
    static const struct { size_t met, total; const char *code; } ae[] = {
        {100, 100, "A"}, {91, 100, "A"}, {90, 100, "B"}, {76, 100, "B"}, {75, 100, "C"}, {41, 100, "C"},
        {40, 100, "D"}, {11, 100, "D"}, {10, 100, "E"}, {0, 100, "E"}, {10, 11, "A"}, {9, 11, "B"}, {2, 3, "C"},
    };
    int ok = 1;
    char why[96] = "";
    for (size_t i = 0; i < COUNT(ae); i++)
        if (strcmp(suggested(l, "A-E", "target-setiap-tahun", ae[i].met, ae[i].total), ae[i].code) != 0) {
            snprintf(why, sizeof why, "%zu of %zu is not %s", ae[i].met, ae[i].total, ae[i].code);
            ok = 0;
        }
    unit_ok("lke.data.grade-a-e", ok, why);
    /* PK coverage: > 95 A, 80-95 B, 50-80 C, 10-50 D, < 10 E. */
    static const struct { size_t met, total; const char *code; } pk[] = {
        {96, 100, "A"}, {95, 100, "B"}, {80, 100, "B"}, {79, 100, "C"}, {50, 100, "C"}, {49, 100, "D"},
        {10, 100, "D"}, {9, 100, "E"}, {8, 9, "B"}, {0, 9, "E"},
    };
    ok = 1;
    for (size_t i = 0; i < COUNT(pk); i++)
        if (strcmp(suggested(l, "A-E", "cakupan-pk", pk[i].met, pk[i].total), pk[i].code) != 0) {
            snprintf(why, sizeof why, "coverage %zu of %zu is not %s", pk[i].met, pk[i].total, pk[i].code);
            ok = 0;
        }
    unit_ok("lke.data.grade-cakupan-pk", ok, why);
    unit_ok("lke.data.grade-y", strcmp(suggested(l, "Y-T", "definisi-indikator", 43, 43), "Y") == 0, "all met is not Y");
    unit_ok("lke.data.grade-t", strcmp(suggested(l, "Y-T", "definisi-indikator", 42, 43), "T") == 0, "42 of 43 is not T");
    unit_ok("lke.data.grade-other-scale", strcmp(suggested(l, "AA-E", "tujuh-analisis", 3, 3), "(none)") == 0,
            "a scale without A-E codes gave a grade");
}

int main(void)
{
    if (lkj_init() != 0) {
        puts("FAIL lke.init: lkj_init");
        return 1;
    }
    lkj_limits limits;
    lkj_limits_default(&limits);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lke *l = lke_load_default(&limits, d);
    check_default(l);
    check_sub_value();
    if (l) {
        check_boundaries(l);
        check_grades(l);
    }
    check_published(d, &limits);
    unit_ok("lke.no-diagnostics", lkj_diags_count(d) == 0, "diagnostics were reported");
    lke_free(l);
    lkj_diags_free(d);
    lke_cleanup();
    lkj_cleanup();
    return unit_failures ? 1 : 0;
}

/*
 * test_measure.c — the measurement engine, table by table: capaian per
 * polarity and formula, ranges, zero targets, caps and floors, rounding,
 * categories, periods, agregasi, targets per quarter, roll-ups,
 * comparisons, trend and budget. Each non-obvious expected value shows its
 * arithmetic in a comment.
 */
#include "unit.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "measure.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A policy from "key=value,key=value" in workspace spellings ("" = the
 * defaults); a bad spec fails the check named "measure.test.policy-spec". */
static meas_policy policy_from(const char *spec)
{
    meas_policy p = meas_policy_default();
    char buf[256];
    snprintf(buf, sizeof buf, "%s", spec ? spec : "");
    for (char *item = buf; item && *item;) {
        char *next = strchr(item, ',');
        if (next)
            *next++ = '\0';
        char *eq = strchr(item, '=');
        if (!eq || (*eq = '\0', meas_policy_set(&p, item, eq + 1) != 0))
            unit_ok("measure.test.policy-spec", 0, spec);
        item = next;
    }
    return p;
}

static void check(const char *base, const char *what, char *name, size_t size)
{
    snprintf(name, size, "measure.%s.%s", base, what);
}

/* ------------------------------------------------------------------ */
/* Capaian of one period                                               */
/* ------------------------------------------------------------------ */

enum { LIMITS = 1 }; /* the row also checks raw, capped and floored */

static const struct capaian_case {
    const char *name;
    meas_polarity pol;
    int limits;
    meas_value target, real;
    const char *policy;
    meas_status status;
    meas_rule rule;
    double value;
    double raw;
    int capped, floored;
} capaian_cases[] = {
    /* Target met exactly: 100 for each polarity and formula. */
    {"positive.met", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_POSITIVE, 100, 0, 0, 0},
    {"negative.2t-r.met", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 100, 0, 0, 0},
    {"negative.t-r.met", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_OK, MEAS_RULE_NEGATIVE_T_R, 100, 0, 0, 0},
    {"range.met-inside", MEAS_POLARITY_RANGE, 0, {MEAS_KIND_RANGE, 0, 1.5, 3.5, 0, 0, 0}, {MEAS_KIND_NUMBER, 2.8, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_INSIDE, 100, 0, 0, 0},
    /* Over and under, positive: 84 × 100 / 80 = 105; 60 × 100 / 80 = 75. */
    {"positive.over-achievement", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 84, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_POSITIVE, 105, 0, 0, 0},
    {"positive.under-achievement", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 60, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_POSITIVE, 75, 0, 0, 0},
    /* (2 × 95 − 90) × 100 / 95 = 10000 / 95 = 105.263157… */
    {"negative.2t-r.over-achievement", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 90, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 105.26315789473684, 0, 0, 0},
    /* (2 × 95 − 100) × 100 / 95 = 9000 / 95 = 94.736842… */
    {"negative.2t-r.under-achievement", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 100, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 94.73684210526316, 0, 0, 0},
    /* 95 × 100 / 90 = 105.5555… */
    {"negative.t-r.over-achievement", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 90, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_OK, MEAS_RULE_NEGATIVE_T_R, 105.55555555555556, 0, 0, 0},
    /* 95 × 100 / 100 = 95 */
    {"negative.t-r.under-achievement", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 100, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_OK, MEAS_RULE_NEGATIVE_T_R, 95, 0, 0, 0},
    /* (2 × 10 − 20) / 10 = 0: a real zero, not a missing value. */
    {"negative.2t-r.double-the-target", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 10, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 20, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 0, 0, 0, 0},
    /* (2 × 10 − 25) × 100 / 10 = −50: negative capaian allowed by default. */
    {"negative.2t-r.below-zero", MEAS_POLARITY_NEGATIVE, LIMITS, {MEAS_KIND_NUMBER, 10, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 25, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, -50, -50, 0, 0},
    /* (2 × 5 − 0) × 100 / 5 = 200: R = 0 is fine under 2T−R. */
    {"negative.2t-r.zero-realisasi", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 5, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 200, 0, 0, 0},
    {"negative.t-r.zero-realisasi", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 5, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_NA_ZERO_REALISASI, MEAS_RULE_NEGATIVE_T_R, NAN, 0, 0, 0},
    {"negative.t-r.negative-realisasi", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 5, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, -1, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_NA_NEGATIVE_REALISASI, MEAS_RULE_NEGATIVE_T_R, NAN, 0, 0, 0},
    /* PermenPANRB, lower is better, range 7–8: (2 × 7 − 6.5) × 100 / 7 = 750 / 7 = 107.142857… */
    {"range.negative.permenpanrb-below", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 7, 8, 0, 0, 0}, {MEAS_KIND_NUMBER, 6.5, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_BELOW, 107.14285714285714, 0, 0, 0},
    /* (2 × 8 − 9) × 100 / 8 = 700 / 8 = 87.5 */
    {"range.negative.permenpanrb-above", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 7, 8, 0, 0, 0}, {MEAS_KIND_NUMBER, 9, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_ABOVE, 87.5, 0, 0, 0},
    {"range.negative.inside", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 7, 8, 0, 0, 0}, {MEAS_KIND_NUMBER, 7.5, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_INSIDE, 100, 0, 0, 0},
    {"range.negative.at-lower-bound", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 7, 8, 0, 0, 0}, {MEAS_KIND_NUMBER, 7, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_INSIDE, 100, 0, 0, 0},
    {"range.negative.at-upper-bound", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 7, 8, 0, 0, 0}, {MEAS_KIND_NUMBER, 8, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_INSIDE, 100, 0, 0, 0},
    /* T/R with T = bawah: 7 × 100 / 6.5 = 107.6923… */
    {"range.negative.t-r-below", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 7, 8, 0, 0, 0}, {MEAS_KIND_NUMBER, 6.5, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_OK, MEAS_RULE_RANGE_BELOW, 107.6923076923077, 0, 0, 0},
    /* Positive with range 80–90: below 72 × 100 / 80 = 90; above 99 × 100 / 90 = 110. */
    {"range.positive.below", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_RANGE, 0, 80, 90, 0, 0, 0}, {MEAS_KIND_NUMBER, 72, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_BELOW, 90, 0, 0, 0},
    {"range.positive.above", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_RANGE, 0, 80, 90, 0, 0, 0}, {MEAS_KIND_NUMBER, 99, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_ABOVE, 110, 0, 0, 0},
    /* rentang (inflation 1.5–3.5): below 1.2 × 100 / 1.5 = 80; above (7 − 4.2) × 100 / 3.5 = 80. */
    {"rentang.below", MEAS_POLARITY_RANGE, 0, {MEAS_KIND_RANGE, 0, 1.5, 3.5, 0, 0, 0}, {MEAS_KIND_NUMBER, 1.2, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_BELOW, 80, 0, 0, 0},
    {"rentang.above.2t-r", MEAS_POLARITY_RANGE, 0, {MEAS_KIND_RANGE, 0, 1.5, 3.5, 0, 0, 0}, {MEAS_KIND_NUMBER, 4.2, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_RANGE_ABOVE, 80, 0, 0, 0},
    /* 3.5 × 100 / 4.2 = 83.333… */
    {"rentang.above.t-r", MEAS_POLARITY_RANGE, 0, {MEAS_KIND_RANGE, 0, 1.5, 3.5, 0, 0, 0}, {MEAS_KIND_NUMBER, 4.2, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_OK, MEAS_RULE_RANGE_ABOVE, 83.33333333333333, 0, 0, 0},
    {"rentang.number-target", MEAS_POLARITY_RANGE, 0, {MEAS_KIND_NUMBER, 2, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 2, 0, 0, 0, 0, 0}, "", MEAS_NA_RANGE_NEEDED, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"range.reversed", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_RANGE, 0, 8, 7, 0, 0, 0}, {MEAS_KIND_NUMBER, 7.5, 0, 0, 0, 0, 0}, "", MEAS_NA_BAD_RANGE, MEAS_RULE_NONE, NAN, 0, 0, 0},
    /* Below a range starting at 0: T = bawah = 0 → zero target. */
    {"range.positive.below-zero-lower-bound", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_RANGE, 0, 0, 5, 0, 0, 0}, {MEAS_KIND_NUMBER, -1, 0, 0, 0, 0, 0}, "", MEAS_NA_ZERO_TARGET, MEAS_RULE_RANGE_BELOW, NAN, 0, 0, 0},
    /* Zero targets under both policies. */
    {"zero-target.standar.negative.zero-cases", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_ZERO_TARGET_ZERO_CASES, 100, 0, 0, 0},
    {"zero-target.standar.negative.t-r-zero-cases", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, "rumus-negatif=T/R", MEAS_OK, MEAS_RULE_ZERO_TARGET_ZERO_CASES, 100, 0, 0, 0},
    {"zero-target.standar.negative.some-cases", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 3, 0, 0, 0, 0, 0}, "", MEAS_NA_ZERO_TARGET, MEAS_RULE_NEGATIVE_2T_R, NAN, 0, 0, 0},
    {"zero-target.standar.positive.zero", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, "", MEAS_NA_ZERO_TARGET, MEAS_RULE_POSITIVE, NAN, 0, 0, 0},
    {"zero-target.standar.positive.some", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 5, 0, 0, 0, 0, 0}, "", MEAS_NA_ZERO_TARGET, MEAS_RULE_POSITIVE, NAN, 0, 0, 0},
    {"zero-target.tidak-dihitung.negative.zero-cases", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, "target-nol=tidak-dihitung", MEAS_NA_ZERO_TARGET, MEAS_RULE_NEGATIVE_2T_R, NAN, 0, 0, 0},
    {"zero-target.tidak-dihitung.negative.some-cases", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 3, 0, 0, 0, 0, 0}, "target-nol=tidak-dihitung", MEAS_NA_ZERO_TARGET, MEAS_RULE_NEGATIVE_2T_R, NAN, 0, 0, 0},
    {"zero-target.tidak-dihitung.positive.some", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 5, 0, 0, 0, 0, 0}, "target-nol=tidak-dihitung", MEAS_NA_ZERO_TARGET, MEAS_RULE_POSITIVE, NAN, 0, 0, 0},
    /* Growth target 2 %, actual −1.41 %: −1.41 × 100 / 2 = −70.5; floor 0 → 0. */
    {"growth.negative-realisasi", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 2, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, -1.41, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_POSITIVE, -70.5, -70.5, 0, 0},
    {"growth.floor-0", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 2, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, -1.41, 0, 0, 0, 0, 0}, "batas-bawah=0", MEAS_OK, MEAS_RULE_POSITIVE, 0, -70.5, 0, 1},
    {"floor-0.positive-untouched", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 40, 0, 0, 0, 0, 0}, "batas-bawah=0", MEAS_OK, MEAS_RULE_POSITIVE, 50, 50, 0, 0},
    /* Caps: 100 × 100 / 80 = 125. */
    {"cap.none", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 100, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_POSITIVE, 125, 125, 0, 0},
    {"cap.100", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 100, 0, 0, 0, 0, 0}, "batas-atas=100", MEAS_OK, MEAS_RULE_POSITIVE, 100, 125, 1, 0},
    {"cap.120", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 100, 0, 0, 0, 0, 0}, "batas-atas=120", MEAS_OK, MEAS_RULE_POSITIVE, 120, 125, 1, 0},
    /* 90 × 100 / 80 = 112.5 stays under the 120 cap. */
    {"cap.120.under-cap", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 90, 0, 0, 0, 0, 0}, "batas-atas=120", MEAS_OK, MEAS_RULE_POSITIVE, 112.5, 112.5, 0, 0},
    {"cap.100.exactly-100", MEAS_POLARITY_POSITIVE, LIMITS, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 80, 0, 0, 0, 0, 0}, "batas-atas=100", MEAS_OK, MEAS_RULE_POSITIVE, 100, 100, 0, 0},
    /* Negative formula over-achievement capped: 105.26 → 100. */
    {"cap.100.negative", MEAS_POLARITY_NEGATIVE, LIMITS, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 90, 0, 0, 0, 0, 0}, "batas-atas=100", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 100, 105.26315789473684, 1, 0},
    /* Cap and floor together on a negative capaian: floored, not capped. */
    {"cap-and-floor.below-zero", MEAS_POLARITY_NEGATIVE, LIMITS, {MEAS_KIND_NUMBER, 10, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 25, 0, 0, 0, 0, 0}, "batas-atas=100,batas-bawah=0", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 0, -50, 0, 1},
    {"negative-target", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, -2, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, -1, 0, 0, 0, 0, 0}, "", MEAS_NA_NEGATIVE_TARGET, MEAS_RULE_POSITIVE, NAN, 0, 0, 0},
    /* Kinds and missing values. */
    {"text-target", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_TEXT, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 1, 0, 0, 0, 0, 0}, "", MEAS_NA_TEXT_TARGET, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"text-target.no-realisasi", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_TEXT, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NONE, 0, 0, 0, 0, 0, 0}, "", MEAS_NA_TEXT_TARGET, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"no-realisasi", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NONE, 0, 0, 0, 0, 0, 0}, "", MEAS_NA_NO_REALISASI, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"no-target", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NONE, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, "", MEAS_NA_NO_TARGET, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"text-realisasi", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_TEXT, 0, 0, 0, 0, 0, 0}, "", MEAS_NA_TEXT_REALISASI, MEAS_RULE_NONE, NAN, 0, 0, 0},
    /* Grades (BPK opinion: WTP 4, WDP 3): 3 × 100 / 4 = 75. */
    {"grade.positive.under", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_GRADE, 4, 0, 0, 0, 0, 0}, {MEAS_KIND_GRADE, 3, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_GRADE, 75, 0, 0, 0},
    {"grade.positive.met", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_GRADE, 4, 0, 0, 0, 0, 0}, {MEAS_KIND_GRADE, 4, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_GRADE, 100, 0, 0, 0},
    /* A lower-is-better scale (risk 1 low … 3 high), target 1, got 2: (2 − 2) × 100 / 1 = 0. */
    {"grade.negative", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_GRADE, 1, 0, 0, 0, 0, 0}, {MEAS_KIND_GRADE, 2, 0, 0, 0, 0, 0}, "", MEAS_OK, MEAS_RULE_GRADE, 0, 0, 0, 0},
    {"grade.unknown", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_GRADE_UNKNOWN, 0, 0, 0, 0, 0, 0}, {MEAS_KIND_GRADE, 4, 0, 0, 0, 0, 0}, "", MEAS_NA_GRADE_UNKNOWN, MEAS_RULE_GRADE, NAN, 0, 0, 0},
    {"kind-mismatch.grade-target-number-realisasi", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_GRADE, 4, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, 4, 0, 0, 0, 0, 0}, "", MEAS_NA_KIND_MISMATCH, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"kind-mismatch.number-target-grade-realisasi", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 4, 0, 0, 0, 0, 0}, {MEAS_KIND_GRADE, 4, 0, 0, 0, 0, 0}, "", MEAS_NA_KIND_MISMATCH, MEAS_RULE_NONE, NAN, 0, 0, 0},
    /* Ratio realisasi recomputed: AKI 6 / 10090 × 100000 = 59.4648…;
     * (2 × 95 − 59.4648…) × 100 / 95 = 137.4054… */
    {"ratio.negative.aki", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_RATIO, 0, 0, 0, 6, 10090, 100000}, "", MEAS_OK, MEAS_RULE_NEGATIVE_2T_R, 137.40545615773826, 0, 0, 0},
    {"ratio.zero-denominator", MEAS_POLARITY_NEGATIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_RATIO, 0, 0, 0, 1, 0, 1000}, "", MEAS_NA_ZERO_DENOMINATOR, MEAS_RULE_NONE, NAN, 0, 0, 0},
    {"invalid.nan-realisasi", MEAS_POLARITY_POSITIVE, 0, {MEAS_KIND_NUMBER, 95, 0, 0, 0, 0, 0}, {MEAS_KIND_NUMBER, NAN, 0, 0, 0, 0, 0}, "", MEAS_NA_INVALID_INPUT, MEAS_RULE_NONE, NAN, 0, 0, 0},
};

static void test_capaian(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(capaian_cases); i++) {
        const struct capaian_case *t = &capaian_cases[i];
        meas_policy p = policy_from(t->policy);
        meas_capaian c = meas_capaian_compute(t->pol, &t->target, &t->real, &p);
        char base[128];
        snprintf(base, sizeof base, "capaian.%s", t->name);
        check(base, "status", name, sizeof name);
        unit_int(name, c.status, t->status);
        check(base, "rule", name, sizeof name);
        unit_int(name, c.rule, t->rule);
        check(base, "value", name, sizeof name);
        unit_near(name, c.value, t->value, 1e-9);
        if (t->limits) {
            check(base, "raw", name, sizeof name);
            unit_near(name, c.raw, t->raw, 1e-9);
            check(base, "capped", name, sizeof name);
            unit_int(name, c.capped, t->capped);
            check(base, "floored", name, sizeof name);
            unit_int(name, c.floored, t->floored);
        }
    }

    /* The formula behind a range rule, and the words a report prints. */
    meas_value range = meas_range(7, 8), r65 = meas_number(6.5);
    meas_capaian c = meas_capaian_compute(MEAS_POLARITY_NEGATIVE, &range, &r65, NULL);
    unit_int("measure.capaian.range.negative.permenpanrb-below.formula", c.formula, MEAS_RULE_NEGATIVE_2T_R);
    unit_near("measure.capaian.range.negative.permenpanrb-below.target-used", c.target, 7, 0);
    char text[200];
    meas_capaian_describe(&c, 0, text, sizeof text);
    unit_str("measure.capaian.describe.range-below.id", text,
             "rentang: di bawah rentang (T = batas bawah); negatif (2T−R)/T×100");
    meas_value rentang = meas_range(1.5, 3.5), r12 = meas_number(1.2);
    c = meas_capaian_compute(MEAS_POLARITY_RANGE, &rentang, &r12, NULL);
    meas_capaian_describe(&c, 1, text, sizeof text);
    unit_str("measure.capaian.describe.rentang-below.en", text, "range: below the range (T = lower bound); positive R/T×100");
    meas_value t5 = meas_number(5), r0 = meas_number(0);
    meas_policy tr = policy_from("rumus-negatif=T/R");
    c = meas_capaian_compute(MEAS_POLARITY_NEGATIVE, &t5, &r0, &tr);
    meas_capaian_describe(&c, 0, text, sizeof text);
    unit_str("measure.capaian.describe.not-computable.id", text, "negatif T/R×100: realisasi nol pada rumus T/R");

    /* A per-indicator override is a modified copy: the workspace policy
     * stays 2T-R while one indicator uses T/R. */
    meas_policy workspace = meas_policy_default(), indicator = workspace;
    indicator.negative = MEAS_NEG_T_R;
    meas_value t95 = meas_number(95), r90 = meas_number(90);
    unit_int("measure.capaian.override.indicator-t-r",
             meas_capaian_compute(MEAS_POLARITY_NEGATIVE, &t95, &r90, &indicator).rule, MEAS_RULE_NEGATIVE_T_R);
    unit_int("measure.capaian.override.workspace-unchanged",
             meas_capaian_compute(MEAS_POLARITY_NEGATIVE, &t95, &r90, &workspace).rule, MEAS_RULE_NEGATIVE_2T_R);

    /* Grades through the scale: WTP 4, WDP 3; an unknown code is a state. */
    static const meas_grade_level bpk[] = {{"WTP", 4}, {"WDP", 3}, {"TW", 2}, {"TMP", 1}};
    meas_value wtp = meas_grade_lookup(bpk, COUNT(bpk), "WTP"), wdp = meas_grade_lookup(bpk, COUNT(bpk), "WDP");
    unit_near("measure.capaian.grade.lookup-wtp-wdp", meas_capaian_compute(MEAS_POLARITY_POSITIVE, &wtp, &wdp, NULL).value, 75, 1e-12);
    unit_int("measure.capaian.grade.lookup-unknown", meas_grade_lookup(bpk, COUNT(bpk), "XYZ").kind, MEAS_KIND_GRADE_UNKNOWN);
}

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

static const struct {
    meas_rule rule;
    int english;
    const char *want;
} rule_names[] = {
    {MEAS_RULE_POSITIVE, 0, "positif R/T×100"},
    {MEAS_RULE_NEGATIVE_2T_R, 0, "negatif (2T−R)/T×100"},
    {MEAS_RULE_NEGATIVE_T_R, 0, "negatif T/R×100"},
    {MEAS_RULE_RANGE_INSIDE, 0, "rentang: di dalam rentang"},
    {MEAS_RULE_NEGATIVE_T_R, 1, "negative T/R×100"},
    {MEAS_RULE_AGG_RATIO_POOLED, 0, "rasio: Σpembilang/Σpenyebut×pengali"},
};

static const struct {
    meas_status status;
    int english;
    const char *want;
} reasons[] = {
    {MEAS_NA_NO_REALISASI, 0, "realisasi belum ada"},
    {MEAS_NA_NO_REALISASI, 1, "no realisasi yet"},
    {MEAS_NA_ZERO_TARGET, 0, "target nol"},
    {MEAS_NA_TEXT_TARGET, 0, "target berupa teks, tidak dihitung"},
    {MEAS_NA_ZERO_DENOMINATOR, 1, "zero denominator"},
};

static void test_words(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(rule_names); i++) {
        snprintf(name, sizeof name, "measure.words.rule.%zu", i);
        unit_str(name, meas_rule_name(rule_names[i].rule, rule_names[i].english), rule_names[i].want);
    }
    for (size_t i = 0; i < COUNT(reasons); i++) {
        snprintf(name, sizeof name, "measure.words.reason.%zu", i);
        unit_str(name, meas_status_reason(reasons[i].status, reasons[i].english), reasons[i].want);
    }
    int all = 1;
    for (int r = 0; r < MEAS_RULE_COUNT; r++)
        for (int en = 0; en < 2; en++)
            all &= meas_rule_name((meas_rule)r, en) != NULL && meas_rule_name((meas_rule)r, en)[0] != '\0';
    unit_ok("measure.words.every-rule-named", all, "a rule has no name");
    all = 1;
    for (int s = 0; s < MEAS_STATUS_COUNT; s++)
        for (int en = 0; en < 2; en++)
            all &= meas_status_reason((meas_status)s, en) != NULL && meas_status_reason((meas_status)s, en)[0] != '\0';
    unit_ok("measure.words.every-status-explained", all, "a status has no reason");
}

/* ------------------------------------------------------------------ */
/* Policies                                                            */
/* ------------------------------------------------------------------ */

static const struct {
    const char *key, *want;
} default_spellings[] = {
    {"rumus-negatif", "2T-R"},  {"target-nol", "standar"},           {"batas-atas", "tanpa"},
    {"batas-bawah", "tanpa"},   {"batas-sebelum-rata-rata", "tidak"}, {"desimal", "2"},
    {"cara", "setengah-menjauhi-nol"}, {"efisiensi", "selisih"},
};

static void test_policies(void)
{
    char name[160];
    meas_policy d = meas_policy_default();
    for (size_t i = 0; i < COUNT(default_spellings); i++) {
        snprintf(name, sizeof name, "measure.policy.default.%s", default_spellings[i].key);
        unit_str(name, meas_policy_get(&d, default_spellings[i].key), default_spellings[i].want);
    }
    meas_policy p = meas_policy_default();
    unit_int("measure.policy.set.batas-atas-120", meas_policy_set(&p, "batas-atas", "120") == 0 && p.cap == MEAS_CAP_120, 1);
    unit_int("measure.policy.set.efisiensi-sisa", meas_policy_set(&p, "efisiensi", "sisa-anggaran") == 0 && p.efficiency == MEAS_EFF_UNSPENT, 1);
    unit_int("measure.policy.set.bad-value-rejected", meas_policy_set(&p, "batas-atas", "150"), -1);
    unit_int("measure.policy.set.bad-value-unchanged", p.cap, MEAS_CAP_120);
    unit_int("measure.policy.set.unknown-key", meas_policy_set(&p, "batas", "100"), -1);
    unit_ok("measure.policy.get.unknown-key", meas_policy_get(&p, "batas") == NULL, "not NULL");
    meas_polarity pol;
    meas_aggregation agg;
    meas_quarter_mode qm;
    unit_int("measure.policy.parse.polarity-rentang", meas_polarity_parse("rentang", &pol) == 0 && pol == MEAS_POLARITY_RANGE, 1);
    unit_int("measure.policy.parse.polarity-english-rejected", meas_polarity_parse("positive", &pol), -1);
    unit_int("measure.policy.parse.agregasi-rata-rata", meas_aggregation_parse("rata-rata", &agg) == 0 && agg == MEAS_AGG_AVERAGE, 1);
    unit_int("measure.policy.parse.sifat-per-periode", meas_quarter_mode_parse("per-periode", &qm) == 0 && qm == MEAS_QUARTERS_PER_PERIOD, 1);
}

/* ------------------------------------------------------------------ */
/* Rounding                                                            */
/* ------------------------------------------------------------------ */

static const struct {
    const char *name;
    double value;
    int decimals;
    meas_round_mode mode;
    double want;
} round_cases[] = {
    /* Stored as 1.00499999999999989…: the decimal 1.005 rounds up. */
    {"half.1.005", 1.005, 2, MEAS_ROUND_HALF_AWAY, 1.01},
    {"trunc.1.005", 1.005, 2, MEAS_ROUND_TRUNCATE, 1.00},
    /* Stored as 2.67499999999999982…. */
    {"half.2.675", 2.675, 2, MEAS_ROUND_HALF_AWAY, 2.68},
    {"trunc.2.675", 2.675, 2, MEAS_ROUND_TRUNCATE, 2.67},
    /* Stored as −70.50499999999999545…; away from zero is downwards. */
    {"half.-70.505", -70.505, 2, MEAS_ROUND_HALF_AWAY, -70.51},
    {"trunc.-70.505", -70.505, 2, MEAS_ROUND_TRUNCATE, -70.50},
    /* Stored as 101.45499999999999829…. */
    {"half.101.455", 101.455, 2, MEAS_ROUND_HALF_AWAY, 101.46},
    {"trunc.101.455", 101.455, 2, MEAS_ROUND_TRUNCATE, 101.45},
    {"half.87.4999", 87.4999, 2, MEAS_ROUND_HALF_AWAY, 87.50},
    {"trunc.87.4999", 87.4999, 2, MEAS_ROUND_TRUNCATE, 87.49},
    {"half.87.4999-to-1", 87.4999, 1, MEAS_ROUND_HALF_AWAY, 87.5},
    {"half.87.4999-to-0", 87.4999, 0, MEAS_ROUND_HALF_AWAY, 87},
    /* docs/format.md 13.3: 105.265 → 105.27, 105.269 → 105.26 (potong). */
    {"half.105.265", 105.265, 2, MEAS_ROUND_HALF_AWAY, 105.27},
    {"trunc.105.269", 105.269, 2, MEAS_ROUND_TRUNCATE, 105.26},
    /* Arithmetic noise: 0.29 × 100 = 28.999999999999996, which naive
     * truncation shows as 28.99. */
    {"trunc.0.29x100", 0.29 * 100, 2, MEAS_ROUND_TRUNCATE, 29.00},
    /* 1.1 × 3 = 3.3000000000000003. */
    {"half.1.1x3", 1.1 * 3, 2, MEAS_ROUND_HALF_AWAY, 3.30},
    /* Carries across the point: 0.995 → 1.00, 99.995 → 100.00, 999.9996 → 1000.00. */
    {"half.0.995", 0.995, 2, MEAS_ROUND_HALF_AWAY, 1.00},
    {"half.99.995", 99.995, 2, MEAS_ROUND_HALF_AWAY, 100.00},
    {"half.999.9996", 999.9996, 2, MEAS_ROUND_HALF_AWAY, 1000.00},
    {"half.2.5-to-0", 2.5, 0, MEAS_ROUND_HALF_AWAY, 3},
    {"half.-2.5-to-0", -2.5, 0, MEAS_ROUND_HALF_AWAY, -3},
    {"half.0.5-to-0", 0.5, 0, MEAS_ROUND_HALF_AWAY, 1},
    {"half.0.4-to-0", 0.4, 0, MEAS_ROUND_HALF_AWAY, 0},
    {"half.0.005", 0.005, 2, MEAS_ROUND_HALF_AWAY, 0.01},
    {"half.0.004", 0.004, 2, MEAS_ROUND_HALF_AWAY, 0},
    {"half.1234567.125", 1234567.125, 2, MEAS_ROUND_HALF_AWAY, 1234567.13},
    {"trunc.1234567.125", 1234567.125, 2, MEAS_ROUND_TRUNCATE, 1234567.12},
    /* −1.41 × 100 / 2 = −70.5 exactly. */
    {"half.growth", -1.41 * 100 / 2, 2, MEAS_ROUND_HALF_AWAY, -70.50},
    /* AKI 6 / 10090 × 100000 = 59.46481665… → 59.4648. */
    {"half.aki-4-decimals", 600000.0 / 10090, 4, MEAS_ROUND_HALF_AWAY, 59.4648},
    {"half.huge-unchanged", 1e20, 2, MEAS_ROUND_HALF_AWAY, 1e20},
    {"half.nan", NAN, 2, MEAS_ROUND_HALF_AWAY, NAN},
};

/* A deterministic generator (xorshift64*): the same values every run. */
static uint64_t next_random(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545F4914F6CDD1Dull;
}

/* meas_round's path without the digits gives exactly the double the digits
 * give (bit for bit, sign of zero included): over a million values of
 * every magnitude a report shows, half of them on or next to a place's
 * boundary (k + 0.5 and k at the place, and their neighbouring doubles),
 * at every number of decimals 0-6, in both modes. */
static void test_rounding_fast_path(void)
{
    uint64_t state = 0x9E3779B97F4A7C15ull;
    size_t wrong = 0, count = 0;
    char first[200] = "";
    for (int i = 0; i < 1000000; i++) {
        uint64_t r = next_random(&state);
        int decimals = (int)(r % 7);
        meas_round_mode mode = (r >> 3) & 1 ? MEAS_ROUND_TRUNCATE : MEAS_ROUND_HALF_AWAY;
        double magnitude = pow(10, (double)((r >> 4) % 12) - 4); /* 1e-4 .. 1e7 */
        double unit = (double)(next_random(&state) >> 11) / 9007199254740992.0; /* [0, 1) */
        double value = unit * magnitude;
        if ((r >> 8) & 1) { /* on a boundary of the place, or a double next to it */
            double place = pow(10, -decimals);
            double k = floor(value / place);
            value = ((r >> 9) & 1 ? k + 0.5 : k) * place;
            int step = (int)((r >> 10) % 5) - 2;
            for (; step > 0; step--)
                value = nextafter(value, INFINITY);
            for (; step < 0; step++)
                value = nextafter(value, -INFINITY);
        }
        if ((r >> 13) & 1)
            value = -value;
        double fast = meas_round(value, decimals, mode);
        double digits = meas_round_by_digits(value, decimals, mode);
        count++;
        if (memcmp(&fast, &digits, sizeof fast) != 0 && wrong++ == 0)
            snprintf(first, sizeof first, "%.17g at %d decimals (%s): %.17g, by the digits %.17g", value, decimals,
                     mode == MEAS_ROUND_TRUNCATE ? "truncate" : "half away", fast, digits);
    }
    char why[300];
    snprintf(why, sizeof why, "%zu of %zu differ; first: %s", wrong, count, first);
    unit_ok("measure.round.fast-path-equals-digits", wrong == 0, why);
}

static void test_rounding(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(round_cases); i++) {
        snprintf(name, sizeof name, "measure.round.%s", round_cases[i].name);
        unit_near(name, meas_round(round_cases[i].value, round_cases[i].decimals, round_cases[i].mode), round_cases[i].want, 0);
    }
    /* −0.004 shows as 0,00, never −0,00. */
    double z = meas_round(-0.004, 2, MEAS_ROUND_HALF_AWAY);
    unit_ok("measure.round.no-negative-zero", z == 0 && !signbit(z), "got -0");
    z = meas_round(-0.009, 2, MEAS_ROUND_TRUNCATE);
    unit_ok("measure.round.trunc-no-negative-zero", z == 0 && !signbit(z), "got -0");
    test_rounding_fast_path();
}

/* ------------------------------------------------------------------ */
/* Categories                                                          */
/* ------------------------------------------------------------------ */

static const struct {
    const char *name;
    double value;
    const char *policy;
    const char *want; /* code, or NULL */
} category_cases[] = {
    {"91", 91, "", "ST"},
    {"90.99", 90.99, "", "T"},
    /* 90.996 shows as 91.00: the category of what is shown. */
    {"90.996-shown-91.00", 90.996, "", "ST"},
    {"90.994-shown-90.99", 90.994, "", "T"},
    /* Truncated, 90.996 shows as 90.99. */
    {"90.996-truncated", 90.996, "cara=potong", "T"},
    {"76", 76, "", "T"},
    {"75.99", 75.99, "", "S"},
    {"66", 66, "", "S"},
    {"65.99", 65.99, "", "R"},
    {"51", 51, "", "R"},
    {"50.99", 50.99, "", "SR"},
    {"100", 100, "", "ST"},
    {"120", 120, "", "ST"},
    {"0", 0, "", "SR"},
    {"-5", -5, "", "SR"},
    /* Zero decimals: 90.5 shows as 91. */
    {"90.5-no-decimals", 90.5, "desimal=0", "ST"},
    {"nan", NAN, "", NULL},
};

static void test_categories(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(category_cases); i++) {
        meas_policy p = policy_from(category_cases[i].policy);
        const meas_band *b = meas_category(category_cases[i].value, NULL, 0, &p);
        snprintf(name, sizeof name, "measure.category.%s", category_cases[i].name);
        if (category_cases[i].want)
            unit_str(name, b ? b->code : NULL, category_cases[i].want);
        else
            unit_ok(name, b == NULL, "a band for NaN");
    }
    size_t n = 0;
    const meas_band *d = meas_category_default_bands(&n);
    unit_int("measure.category.default.count", (long)n, 5);
    unit_str("measure.category.default.label", meas_category(91, d, n, NULL)->label, "Sangat Tinggi");
    /* A workspace scale: B ≥ 80, C ≥ 50, K the rest. 79.999 shows as 80.00. */
    static const meas_band own[] = {{"B", 1, 80, "Baik"}, {"C", 1, 50, "Cukup"}, {"K", 0, 0, "Kurang"}};
    unit_str("measure.category.custom.79.999", meas_category(79.999, own, 3, NULL)->code, "B");
    unit_str("measure.category.custom.49.99", meas_category(49.99, own, 3, NULL)->code, "K");
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */
/* ------------------------------------------------------------------ */

static const struct {
    const char *text;
    int rc;
    meas_period_kind kind;
    int index, last_month;
} period_cases[] = {
    {"2025", 0, MEAS_PERIOD_YEAR, 0, 12},   {"2025-Q3", 0, MEAS_PERIOD_QUARTER, 3, 9},
    {"2025-q1", 0, MEAS_PERIOD_QUARTER, 1, 3}, {"2025-09", 0, MEAS_PERIOD_MONTH, 9, 9},
    {"2025-12", 0, MEAS_PERIOD_MONTH, 12, 12}, {"2025-01", 0, MEAS_PERIOD_MONTH, 1, 1},
    {"2025-Q0", -1, 0, 0, 0},  {"2025-Q5", -1, 0, 0, 0}, {"2025-13", -1, 0, 0, 0}, {"2025-00", -1, 0, 0, 0},
    {"2025-9", -1, 0, 0, 0},   {"25", -1, 0, 0, 0},      {"", -1, 0, 0, 0},        {"abcd", -1, 0, 0, 0},
    {"2025-", -1, 0, 0, 0},    {"2025-Q3x", -1, 0, 0, 0}, {" 2025", -1, 0, 0, 0},  {"2025 ", -1, 0, 0, 0},
    {"1999", -1, 0, 0, 0},     {"2101", -1, 0, 0, 0},    {"2025-Q", -1, 0, 0, 0},  {"2025/09", -1, 0, 0, 0},
    {"2025-W3", -1, 0, 0, 0},  {"20250", -1, 0, 0, 0},
};

static void test_periods(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(period_cases); i++) {
        meas_period p = {0, MEAS_PERIOD_YEAR, 0};
        int rc = meas_period_parse(period_cases[i].text, &p);
        snprintf(name, sizeof name, "measure.period.parse.\"%s\"", period_cases[i].text);
        if (period_cases[i].rc != 0) {
            unit_int(name, rc, -1);
            continue;
        }
        int ok = rc == 0 && p.year == 2025 && p.kind == period_cases[i].kind && p.index == period_cases[i].index &&
                 meas_period_last_month(&p) == period_cases[i].last_month;
        char why[120];
        snprintf(why, sizeof why, "rc %d year %d kind %d index %d last month %d", rc, p.year, (int)p.kind, p.index,
                 meas_period_last_month(&p));
        unit_ok(name, ok, why);
    }
    meas_period bad = {2025, MEAS_PERIOD_QUARTER, 5};
    unit_int("measure.period.last-month.invalid", meas_period_last_month(&bad), 0);
}

/* ------------------------------------------------------------------ */
/* Agregasi                                                            */
/* ------------------------------------------------------------------ */

static meas_period period(const char *s)
{
    meas_period p = {0, MEAS_PERIOD_YEAR, 0};
    if (meas_period_parse(s, &p) != 0)
        unit_ok("measure.test.period", 0, s);
    return p;
}

static meas_series series(int year, meas_period_kind unit)
{
    meas_series s;
    memset(&s, 0, sizeof s);
    s.year = year;
    s.unit = unit;
    for (int i = 0; i < 12; i++)
        s.at[i] = meas_none();
    return s;
}

typedef struct agg_case {
    const char *name;
    int series_id;
    meas_aggregation agg;
    const char *period;
    meas_status status;
    meas_rule rule;
    double value;
    int present, last_present, chosen;
} agg_case;

enum {
    S_MONTHS_GAP,   /* months 1, 2, 3, 5: 10, 20, 30, 50; month 4 missing */
    S_ONLY_MAY,     /* month 5 only: 50 */
    S_AKI_QUARTERS, /* Q1 3/2500, Q2 1/2480, Q3 0/2510, Q4 2/2600, × 100000 */
    S_AKI_MONTHS,   /* docs/format.md 6.3: 1/1010, 0/980 × 100000 */
    S_ZERO_DEN,     /* Q1 0/0, Q2 0/0 */
    S_LAST_ZERO_DEN,/* Q1 1/500, Q2 1/0, × 1000 */
    S_MIXED_MULT,   /* Q1 1/500 × 1000, Q2 1/500 × 100000 */
    S_MIXED_KINDS,  /* month 1 number, month 2 ratio */
    S_GRADES,       /* Q1 grade 3, Q2 grade 4 */
    S_ANNUAL,       /* tahunan 71.85 */
    S_TEXT,         /* month 1 text */
    S_SERIES_COUNT
};

static meas_series make_series(int id)
{
    meas_series s = series(2025, MEAS_PERIOD_MONTH);
    switch (id) {
    case S_MONTHS_GAP:
        s.at[0] = meas_number(10);
        s.at[1] = meas_number(20);
        s.at[2] = meas_number(30);
        s.at[4] = meas_number(50);
        break;
    case S_ONLY_MAY: s.at[4] = meas_number(50); break;
    case S_AKI_QUARTERS:
        s.unit = MEAS_PERIOD_QUARTER;
        s.at[0] = meas_ratio(3, 2500, 100000);
        s.at[1] = meas_ratio(1, 2480, 100000);
        s.at[2] = meas_ratio(0, 2510, 100000);
        s.at[3] = meas_ratio(2, 2600, 100000);
        break;
    case S_AKI_MONTHS:
        s.at[0] = meas_ratio(1, 1010, 100000);
        s.at[1] = meas_ratio(0, 980, 100000);
        break;
    case S_ZERO_DEN:
        s.unit = MEAS_PERIOD_QUARTER;
        s.at[0] = meas_ratio(0, 0, 1000);
        s.at[1] = meas_ratio(0, 0, 1000);
        break;
    case S_LAST_ZERO_DEN:
        s.unit = MEAS_PERIOD_QUARTER;
        s.at[0] = meas_ratio(1, 500, 1000);
        s.at[1] = meas_ratio(1, 0, 1000);
        break;
    case S_MIXED_MULT:
        s.unit = MEAS_PERIOD_QUARTER;
        s.at[0] = meas_ratio(1, 500, 1000);
        s.at[1] = meas_ratio(1, 500, 100000);
        break;
    case S_MIXED_KINDS:
        s.at[0] = meas_number(5);
        s.at[1] = meas_ratio(1, 10, 100);
        break;
    case S_GRADES:
        s.unit = MEAS_PERIOD_QUARTER;
        s.at[0] = meas_grade(3);
        s.at[1] = meas_grade(4);
        break;
    case S_ANNUAL:
        s.unit = MEAS_PERIOD_YEAR;
        s.at[0] = meas_number(71.85);
        break;
    case S_TEXT: s.at[0] = meas_text(); break;
    }
    return s;
}

static const agg_case agg_cases[] = {
    /* Missing month 4 is skipped: to June, sum 10 + 20 + 30 + 50 = 110. */
    {"gap.sum.q2", S_MONTHS_GAP, MEAS_AGG_SUM, "2025-Q2", MEAS_OK, MEAS_RULE_AGG_SUM, 110, 4, 5, 0},
    {"gap.last.q2", S_MONTHS_GAP, MEAS_AGG_LAST, "2025-Q2", MEAS_OK, MEAS_RULE_AGG_LAST, 50, 4, 5, 5},
    /* To April: month 4 missing, so the last value present is March's. */
    {"gap.last.april", S_MONTHS_GAP, MEAS_AGG_LAST, "2025-04", MEAS_OK, MEAS_RULE_AGG_LAST, 30, 3, 3, 3},
    {"gap.sum.april", S_MONTHS_GAP, MEAS_AGG_SUM, "2025-04", MEAS_OK, MEAS_RULE_AGG_SUM, 60, 3, 3, 0},
    /* 110 / 4 present months = 27.5 (missing months are not zeros). */
    {"gap.average.q2", S_MONTHS_GAP, MEAS_AGG_AVERAGE, "2025-Q2", MEAS_OK, MEAS_RULE_AGG_AVERAGE, 27.5, 4, 5, 0},
    {"gap.max.q2", S_MONTHS_GAP, MEAS_AGG_MAX, "2025-Q2", MEAS_OK, MEAS_RULE_AGG_MAX, 50, 4, 5, 5},
    {"gap.min.q2", S_MONTHS_GAP, MEAS_AGG_MIN, "2025-Q2", MEAS_OK, MEAS_RULE_AGG_MIN, 10, 4, 5, 1},
    {"gap.sum.q1", S_MONTHS_GAP, MEAS_AGG_SUM, "2025-Q1", MEAS_OK, MEAS_RULE_AGG_SUM, 60, 3, 3, 0},
    {"gap.sum.year", S_MONTHS_GAP, MEAS_AGG_SUM, "2025", MEAS_OK, MEAS_RULE_AGG_SUM, 110, 4, 5, 0},
    {"only-may.sum.q1", S_ONLY_MAY, MEAS_AGG_SUM, "2025-Q1", MEAS_NA_NO_REALISASI, MEAS_RULE_AGG_SUM, NAN, 0, 0, 0},
    /* AKI for the year: (3 + 1 + 0 + 2) / (2500 + 2480 + 2510 + 2600) × 100000
     * = 6 / 10090 × 100000 = 59.4648…, not the mean of quarterly rates. */
    {"aki.sum.year", S_AKI_QUARTERS, MEAS_AGG_SUM, "2025", MEAS_OK, MEAS_RULE_AGG_RATIO_POOLED, 59.46481665014866, 4, 4, 0},
    {"aki.average.year-pooled", S_AKI_QUARTERS, MEAS_AGG_AVERAGE, "2025", MEAS_OK, MEAS_RULE_AGG_RATIO_POOLED, 59.46481665014866, 4, 4, 0},
    /* To Q2: 4 / 4980 × 100000 = 80.3212… */
    {"aki.sum.q2", S_AKI_QUARTERS, MEAS_AGG_SUM, "2025-Q2", MEAS_OK, MEAS_RULE_AGG_RATIO_POOLED, 80.32128514056225, 2, 2, 0},
    /* Quarterly data for August: Q1 and Q2 are wholly inside. */
    {"aki.sum.august", S_AKI_QUARTERS, MEAS_AGG_SUM, "2025-08", MEAS_OK, MEAS_RULE_AGG_RATIO_POOLED, 80.32128514056225, 2, 2, 0},
    {"aki.sum.february", S_AKI_QUARTERS, MEAS_AGG_SUM, "2025-02", MEAS_NA_NO_REALISASI, MEAS_RULE_AGG_SUM, NAN, 0, 0, 0},
    /* terakhir: Q4's own ratio 2 / 2600 × 100000 = 76.923… */
    {"aki.last.year", S_AKI_QUARTERS, MEAS_AGG_LAST, "2025", MEAS_OK, MEAS_RULE_AGG_LAST, 76.92307692307692, 4, 4, 4},
    /* maks: Q1 3 / 2500 × 100000 = 120; min: Q3 0. */
    {"aki.max.year", S_AKI_QUARTERS, MEAS_AGG_MAX, "2025", MEAS_OK, MEAS_RULE_AGG_MAX, 120, 4, 4, 1},
    {"aki.min.year", S_AKI_QUARTERS, MEAS_AGG_MIN, "2025", MEAS_OK, MEAS_RULE_AGG_MIN, 0, 4, 4, 3},
    /* 1 / (1010 + 980) × 100000 = 50.2512…, not (99.01 + 0) / 2. */
    {"aki-months.sum.feb", S_AKI_MONTHS, MEAS_AGG_SUM, "2025-02", MEAS_OK, MEAS_RULE_AGG_RATIO_POOLED, 50.25125628140704, 2, 2, 0},
    {"zero-den.sum", S_ZERO_DEN, MEAS_AGG_SUM, "2025", MEAS_NA_ZERO_DENOMINATOR, MEAS_RULE_AGG_RATIO_POOLED, NAN, 2, 2, 0},
    {"last-zero-den.last", S_LAST_ZERO_DEN, MEAS_AGG_LAST, "2025", MEAS_NA_ZERO_DENOMINATOR, MEAS_RULE_AGG_LAST, NAN, 2, 2, 2},
    /* maks skips Q2 (penyebut 0): Q1 1 / 500 × 1000 = 2. */
    {"last-zero-den.max", S_LAST_ZERO_DEN, MEAS_AGG_MAX, "2025", MEAS_OK, MEAS_RULE_AGG_MAX, 2, 2, 2, 1},
    {"mixed-multiplier", S_MIXED_MULT, MEAS_AGG_SUM, "2025", MEAS_NA_MIXED_MULTIPLIER, MEAS_RULE_AGG_SUM, NAN, 2, 2, 0},
    {"mixed-kinds", S_MIXED_KINDS, MEAS_AGG_SUM, "2025", MEAS_NA_MIXED_ENTRIES, MEAS_RULE_AGG_SUM, NAN, 2, 2, 0},
    {"grades.last", S_GRADES, MEAS_AGG_LAST, "2025", MEAS_OK, MEAS_RULE_AGG_LAST, 4, 2, 2, 2},
    {"grades.sum", S_GRADES, MEAS_AGG_SUM, "2025", MEAS_NA_NOT_AGGREGABLE, MEAS_RULE_AGG_SUM, NAN, 2, 2, 0},
    {"annual.year", S_ANNUAL, MEAS_AGG_LAST, "2025", MEAS_OK, MEAS_RULE_AGG_LAST, 71.85, 1, 1, 1},
    {"annual.q4", S_ANNUAL, MEAS_AGG_LAST, "2025-Q4", MEAS_OK, MEAS_RULE_AGG_LAST, 71.85, 1, 1, 1},
    {"annual.q3", S_ANNUAL, MEAS_AGG_LAST, "2025-Q3", MEAS_NA_PERIOD_MISMATCH, MEAS_RULE_AGG_LAST, NAN, 0, 0, 0},
    {"other-year", S_MONTHS_GAP, MEAS_AGG_SUM, "2024", MEAS_NA_PERIOD_MISMATCH, MEAS_RULE_AGG_SUM, NAN, 0, 0, 0},
    {"text", S_TEXT, MEAS_AGG_LAST, "2025", MEAS_NA_TEXT_REALISASI, MEAS_RULE_AGG_LAST, NAN, 1, 1, 0},
};

static void test_aggregation(void)
{
    char name[160], base[128];
    for (size_t i = 0; i < COUNT(agg_cases); i++) {
        const agg_case *t = &agg_cases[i];
        meas_series s = make_series(t->series_id);
        meas_period p = period(t->period);
        meas_aggregate a = meas_aggregate_to(&s, t->agg, &p);
        snprintf(base, sizeof base, "agregasi.%s", t->name);
        check(base, "status", name, sizeof name);
        unit_int(name, a.status, t->status);
        check(base, "value", name, sizeof name);
        unit_near(name, a.value, t->value, 1e-9);
        check(base, "rule", name, sizeof name);
        unit_int(name, a.rule, t->rule);
        check(base, "present", name, sizeof name);
        char why[120];
        snprintf(why, sizeof why, "present %d last %d chosen %d", a.present, a.last_present, a.chosen);
        unit_ok(name, a.present == t->present && a.last_present == t->last_present && a.chosen == t->chosen, why);
    }

    /* The wrong answer — the mean of the quarterly rates —
     * (120 + 40.3226 + 0 + 76.9231) / 4 = 59.3114… — is not what we give. */
    meas_series aki = make_series(S_AKI_QUARTERS);
    meas_period year = period("2025");
    meas_aggregate a = meas_aggregate_to(&aki, MEAS_AGG_SUM, &year);
    double mean_of_rates = (3.0 / 2500 + 1.0 / 2480 + 0.0 / 2510 + 2.0 / 2600) * 100000 / 4;
    unit_ok("measure.agregasi.aki.not-mean-of-rates", fabs(a.value - mean_of_rates) > 0.1, "equals the mean of rates");
    unit_near("measure.agregasi.aki.pooled-parts", a.realisasi.num * 1e6 + a.realisasi.den, 6e6 + 10090, 0);
    /* The pooled ratio feeds the capaian: AKI target 95, negatif 2T−R:
     * (190 − 59.4648…) × 100 / 95 = 137.4054… */
    meas_value t95 = meas_number(95);
    meas_capaian c = meas_capaian_compute(MEAS_POLARITY_NEGATIVE, &t95, &a.realisasi, NULL);
    unit_near("measure.agregasi.aki.capaian", c.value, 137.40545615773826, 1e-9);
    /* A series that has nothing yet gives a capaian "realisasi belum ada". */
    meas_series may = make_series(S_ONLY_MAY);
    meas_period q1 = period("2025-Q1");
    a = meas_aggregate_to(&may, MEAS_AGG_SUM, &q1);
    unit_int("measure.agregasi.nothing-yet.capaian", meas_capaian_compute(MEAS_POLARITY_POSITIVE, &t95, &a.realisasi, NULL).status,
             MEAS_NA_NO_REALISASI);
    meas_series skip = make_series(S_LAST_ZERO_DEN);
    a = meas_aggregate_to(&skip, MEAS_AGG_MAX, &year);
    unit_int("measure.agregasi.last-zero-den.max.skipped", a.skipped, 1);
}

/* ------------------------------------------------------------------ */
/* Targets for a period                                                */
/* ------------------------------------------------------------------ */

enum { PK_CUMULATIVE, PK_PER_PERIOD, PK_ANNUAL_ONLY, PK_PER_PERIOD_GAP, PK_CUMULATIVE_NO_Q4, PK_RANGES, PK_TEXT_Q2 };

static meas_target_pk make_pk(int id)
{
    meas_target_pk pk;
    pk.mode = MEAS_QUARTERS_CUMULATIVE;
    pk.annual = meas_number(95);
    for (int i = 0; i < 4; i++)
        pk.quarter[i] = meas_none();
    switch (id) {
    case PK_CUMULATIVE: /* 25, 50, 72, 95 s.d. each quarter */
    case PK_CUMULATIVE_NO_Q4:
        pk.quarter[0] = meas_number(25);
        pk.quarter[1] = meas_number(50);
        pk.quarter[2] = meas_number(72);
        if (id == PK_CUMULATIVE)
            pk.quarter[3] = meas_number(95);
        break;
    case PK_PER_PERIOD: /* 1200 for the year: 250, 300, 300, 350 */
    case PK_PER_PERIOD_GAP:
        pk.mode = MEAS_QUARTERS_PER_PERIOD;
        pk.annual = meas_number(1200);
        pk.quarter[0] = meas_number(250);
        pk.quarter[1] = id == PK_PER_PERIOD ? meas_number(300) : meas_none();
        pk.quarter[2] = meas_number(300);
        pk.quarter[3] = meas_number(350);
        break;
    case PK_ANNUAL_ONLY: break;
    case PK_RANGES:
        pk.mode = MEAS_QUARTERS_PER_PERIOD;
        pk.annual = meas_range(16, 20);
        pk.quarter[0] = meas_range(1, 2);
        pk.quarter[1] = meas_range(3, 4);
        pk.quarter[2] = meas_range(5, 6);
        pk.quarter[3] = meas_range(7, 8);
        break;
    case PK_TEXT_Q2:
        pk.mode = MEAS_QUARTERS_PER_PERIOD;
        pk.quarter[0] = meas_number(1);
        pk.quarter[1] = meas_text();
        pk.quarter[2] = meas_number(1);
        break;
    }
    return pk;
}

static const struct {
    const char *name;
    int pk;
    meas_aggregation agg;
    const char *period;
    meas_status status;
    meas_rule rule;
    double value;
} target_cases[] = {
    /* kumulatif: TW III's own value is the target s.d. TW III, whatever the agregasi. */
    {"kumulatif.q3.jumlah", PK_CUMULATIVE, MEAS_AGG_SUM, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTER_CUMULATIVE, 72},
    {"kumulatif.q3.terakhir", PK_CUMULATIVE, MEAS_AGG_LAST, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTER_CUMULATIVE, 72},
    {"kumulatif.september", PK_CUMULATIVE, MEAS_AGG_SUM, "2025-09", MEAS_OK, MEAS_RULE_TARGET_QUARTER_CUMULATIVE, 72},
    {"kumulatif.august", PK_CUMULATIVE, MEAS_AGG_SUM, "2025-08", MEAS_NA_NO_TARGET, MEAS_RULE_NONE, NAN},
    {"kumulatif.year", PK_CUMULATIVE, MEAS_AGG_SUM, "2025", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 95},
    /* per-periode, jumlah: 250 + 300 + 300 = 850; terakhir: TW III's 300. */
    {"per-periode.q3.jumlah", PK_PER_PERIOD, MEAS_AGG_SUM, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 850},
    {"per-periode.q3.terakhir", PK_PER_PERIOD, MEAS_AGG_LAST, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 300},
    /* rata-rata: 850 / 3 = 283.333… */
    {"per-periode.q3.rata-rata", PK_PER_PERIOD, MEAS_AGG_AVERAGE, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 283.3333333333333},
    {"per-periode.q3.maks", PK_PER_PERIOD, MEAS_AGG_MAX, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 300},
    {"per-periode.q3.min", PK_PER_PERIOD, MEAS_AGG_MIN, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 250},
    /* June closes TW II: 250 + 300 = 550. */
    {"per-periode.june.jumlah", PK_PER_PERIOD, MEAS_AGG_SUM, "2025-06", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 550},
    {"per-periode.year", PK_PER_PERIOD, MEAS_AGG_SUM, "2025", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 1200},
    /* TW II missing: no sum to TW III, but terakhir needs TW III only. */
    {"per-periode-gap.q3.jumlah", PK_PER_PERIOD_GAP, MEAS_AGG_SUM, "2025-Q3", MEAS_NA_NO_TARGET, MEAS_RULE_NONE, NAN},
    {"per-periode-gap.q3.terakhir", PK_PER_PERIOD_GAP, MEAS_AGG_LAST, "2025-Q3", MEAS_OK, MEAS_RULE_TARGET_QUARTERS_COMBINED, 300},
    {"per-periode-gap.q4.jumlah-annual", PK_PER_PERIOD_GAP, MEAS_AGG_SUM, "2025-Q4", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 1200},
    {"annual-only.year", PK_ANNUAL_ONLY, MEAS_AGG_SUM, "2025", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 95},
    {"annual-only.q3", PK_ANNUAL_ONLY, MEAS_AGG_SUM, "2025-Q3", MEAS_NA_NO_TARGET, MEAS_RULE_NONE, NAN},
    {"annual-only.q4", PK_ANNUAL_ONLY, MEAS_AGG_SUM, "2025-Q4", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 95},
    {"annual-only.december", PK_ANNUAL_ONLY, MEAS_AGG_SUM, "2025-12", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 95},
    {"annual-only.november", PK_ANNUAL_ONLY, MEAS_AGG_SUM, "2025-11", MEAS_NA_NO_TARGET, MEAS_RULE_NONE, NAN},
    {"kumulatif-no-q4.q4", PK_CUMULATIVE_NO_Q4, MEAS_AGG_SUM, "2025-Q4", MEAS_OK, MEAS_RULE_TARGET_ANNUAL, 95},
};

static void test_targets(void)
{
    char name[160], base[128];
    for (size_t i = 0; i < COUNT(target_cases); i++) {
        meas_target_pk pk = make_pk(target_cases[i].pk);
        meas_period p = period(target_cases[i].period);
        meas_period_target t = meas_target_for_period(&pk, target_cases[i].agg, &p);
        snprintf(base, sizeof base, "target.%s", target_cases[i].name);
        check(base, "status", name, sizeof name);
        unit_int(name, t.status, target_cases[i].status);
        check(base, "rule", name, sizeof name);
        unit_int(name, t.rule, target_cases[i].rule);
        check(base, "value", name, sizeof name);
        unit_near(name, t.status == MEAS_OK ? t.target.value : NAN, target_cases[i].value, 1e-9);
    }
    /* Range quarters per periode, jumlah to TW III: [1+3+5, 2+4+6] = [9, 12]. */
    meas_target_pk ranges = make_pk(PK_RANGES);
    meas_period q3 = period("2025-Q3");
    meas_period_target t = meas_target_for_period(&ranges, MEAS_AGG_SUM, &q3);
    unit_ok("measure.target.ranges.q3.jumlah", t.status == MEAS_OK && t.target.kind == MEAS_KIND_RANGE && t.target.lo == 9 && t.target.hi == 12,
            "not [9, 12]");
    meas_target_pk text = make_pk(PK_TEXT_Q2);
    t = meas_target_for_period(&text, MEAS_AGG_SUM, &q3);
    unit_ok("measure.target.text-quarter.is-text", t.status == MEAS_OK && t.target.kind == MEAS_KIND_TEXT, "not a text target");
}

/* ------------------------------------------------------------------ */
/* Roll-ups                                                            */
/* ------------------------------------------------------------------ */

static meas_capaian ok_capaian(double raw, const meas_policy *p)
{
    meas_capaian c = {MEAS_OK, MEAS_RULE_POSITIVE, MEAS_RULE_POSITIVE, 100, raw, raw, raw, 0, 0};
    return meas_apply_limits(c, p);
}

static meas_capaian na_capaian(meas_status s)
{
    meas_capaian c = {s, MEAS_RULE_NONE, MEAS_RULE_NONE, NAN, NAN, NAN, NAN, 0, 0};
    return c;
}

static void test_rollups(void)
{
    meas_policy d = meas_policy_default();
    meas_capaian three[] = {ok_capaian(100, &d), ok_capaian(80, &d), ok_capaian(120, &d)};
    meas_rollup r = meas_rollup_mean(three, NULL, 3, &d);
    /* (100 + 80 + 120) / 3 = 100 */
    unit_near("measure.rollup.mean.value", r.result.value, 100, 1e-12);
    unit_int("measure.rollup.mean.rule", r.result.rule, MEAS_RULE_MEAN);

    /* NA inputs are skipped and counted: (100 + 80) / 2 = 90. A real 0 would count. */
    meas_capaian some[] = {ok_capaian(100, &d), na_capaian(MEAS_NA_NO_REALISASI), ok_capaian(80, &d),
                           na_capaian(MEAS_NA_ZERO_TARGET), na_capaian(MEAS_NA_NO_REALISASI)};
    r = meas_rollup_mean(some, NULL, 5, &d);
    unit_near("measure.rollup.skip-na.value", r.result.value, 90, 1e-12);
    unit_int("measure.rollup.skip-na.used", (long)r.used, 2);
    unit_int("measure.rollup.skip-na.skipped", (long)r.skipped, 3);
    unit_int("measure.rollup.skip-na.by-no-realisasi", (long)r.skipped_by[MEAS_NA_NO_REALISASI], 2);
    unit_int("measure.rollup.skip-na.by-zero-target", (long)r.skipped_by[MEAS_NA_ZERO_TARGET], 1);
    unit_int("measure.rollup.skip-na.reason", r.reason, MEAS_NA_NO_REALISASI);
    meas_capaian zero[] = {ok_capaian(100, &d), ok_capaian(0, &d)};
    unit_near("measure.rollup.real-zero-counts", meas_rollup_mean(zero, NULL, 2, &d).result.value, 50, 1e-12);

    /* All NA: not computable, with why. */
    meas_capaian none[] = {na_capaian(MEAS_NA_TEXT_TARGET), na_capaian(MEAS_NA_ZERO_TARGET), na_capaian(MEAS_NA_ZERO_TARGET)};
    r = meas_rollup_mean(none, NULL, 3, &d);
    unit_int("measure.rollup.all-na.status", r.result.status, MEAS_NA_NO_INPUT);
    unit_int("measure.rollup.all-na.reason", r.reason, MEAS_NA_ZERO_TARGET);
    unit_near("measure.rollup.all-na.value", r.result.value, NAN, 0);
    unit_int("measure.rollup.empty.status", meas_rollup_mean(NULL, NULL, 0, &d).result.status, MEAS_NA_NO_INPUT);

    /* Weighted: (2 × 100 + 1 × 70) / 3 = 90. */
    meas_capaian two[] = {ok_capaian(100, &d), ok_capaian(70, &d)};
    double w21[] = {2, 1};
    r = meas_rollup_mean(two, w21, 2, &d);
    unit_near("measure.rollup.weighted.value", r.result.value, 90, 1e-12);
    unit_int("measure.rollup.weighted.rule", r.result.rule, MEAS_RULE_WEIGHTED_MEAN);
    /* A skipped input's weight leaves the denominator: (1 × 100 + 1 × 70) / 2 = 85. */
    meas_capaian gap[] = {ok_capaian(100, &d), na_capaian(MEAS_NA_NO_REALISASI), ok_capaian(70, &d)};
    double w131[] = {1, 3, 1};
    r = meas_rollup_mean(gap, w131, 3, &d);
    unit_near("measure.rollup.weighted-skip.value", r.result.value, 85, 1e-12);
    unit_near("measure.rollup.weighted-skip.weight-total", r.weight_total, 2, 0);
    double wbad[] = {1, 0};
    r = meas_rollup_mean(two, wbad, 2, &d);
    unit_int("measure.rollup.weight-zero.skipped-invalid", (long)r.skipped_by[MEAS_NA_INVALID_INPUT], 1);

    /* Cap 120 after the mean: (150 + 100) / 2 = 125 → 120. Before: (120 + 100) / 2 = 110. */
    meas_policy after = policy_from("batas-atas=120");
    meas_policy before = policy_from("batas-atas=120,batas-sebelum-rata-rata=ya");
    meas_capaian big[] = {ok_capaian(150, &after), ok_capaian(100, &after)};
    r = meas_rollup_mean(big, NULL, 2, &after);
    unit_near("measure.rollup.cap-after-mean.value", r.result.value, 120, 1e-12);
    unit_near("measure.rollup.cap-after-mean.raw", r.result.raw, 125, 1e-12);
    unit_int("measure.rollup.cap-after-mean.capped", r.result.capped, 1);
    r = meas_rollup_mean(big, NULL, 2, &before);
    unit_near("measure.rollup.cap-before-mean.value", r.result.value, 110, 1e-12);
    unit_int("measure.rollup.cap-before-mean.inputs-capped", (long)r.inputs_capped, 1);
    /* Cap 100 and floor 0 before the mean: (100 + 0) / 2 = 50; after:
     * (130 − 20) / 2 = 55. */
    meas_policy cf_before = policy_from("batas-atas=100,batas-bawah=0,batas-sebelum-rata-rata=ya");
    meas_policy cf_after = policy_from("batas-atas=100,batas-bawah=0");
    meas_capaian mixed[] = {ok_capaian(130, &cf_after), ok_capaian(-20, &cf_after)};
    unit_near("measure.rollup.cap-floor-before-mean.value", meas_rollup_mean(mixed, NULL, 2, &cf_before).result.value, 50, 1e-12);
    unit_near("measure.rollup.cap-floor-after-mean.value", meas_rollup_mean(mixed, NULL, 2, &cf_after).result.value, 55, 1e-12);
    /* Upward (sasaran → tujuan) from the raw values: sasaran 125 (shown
     * 120) and 90 → after: (125 + 90) / 2 = 107.5; before: (120 + 90) / 2 = 105. */
    meas_capaian sasaran[] = {meas_rollup_mean(big, NULL, 2, &after).result, ok_capaian(90, &after)};
    unit_near("measure.rollup.upward.after", meas_rollup_mean(sasaran, NULL, 2, &after).result.value, 107.5, 1e-12);
    unit_near("measure.rollup.upward.before", meas_rollup_mean(sasaran, NULL, 2, &before).result.value, 105, 1e-12);
    /* Before the mean, each input as its own policy limited it (an
     * indikator's own batas-atas): 130 capped at 100 by its own cap, and 130
     * under an indicator's own batas-atas="tanpa", rolled up by a profile
     * capping at 120 before the mean: (100 + 130) / 2 = 115, not the
     * (100 + 120) / 2 = 110 of re-limiting the second by the profile. */
    meas_policy cap100 = policy_from("batas-atas=100");
    meas_policy own_none = policy_from("batas-atas=tanpa");
    meas_policy profile120 = policy_from("batas-atas=120,batas-sebelum-rata-rata=ya");
    meas_capaian own[] = {ok_capaian(130, &cap100), ok_capaian(130, &own_none)};
    r = meas_rollup_mean(own, NULL, 2, &profile120);
    unit_near("measure.rollup.own-policy-before-mean.value", r.result.value, 115, 1e-12);
    unit_int("measure.rollup.own-policy-before-mean.inputs-capped", (long)r.inputs_capped, 1);
    /* After the mean (the default) the raw values: (130 + 130) / 2 = 130 → 120. */
    r = meas_rollup_mean(own, NULL, 2, &after);
    unit_near("measure.rollup.own-policy-after-mean.value", r.result.value, 120, 1e-12);
}

/* ------------------------------------------------------------------ */
/* Comparisons and trend                                               */
/* ------------------------------------------------------------------ */

static const struct {
    const char *name;
    meas_polarity pol;
    meas_status percent_status;
    double base, current;
    double change, percent;
    meas_direction direction;
} trend_cases[] = {
    /* AKI 98.7 → 95: change −3.7, −3.7 × 100 / 98.7 = −3.7487…, lower is better. */
    {"negative.improved", MEAS_POLARITY_NEGATIVE, MEAS_OK, 98.7, 95, -3.7, -3.7487335359675784, MEAS_BETTER},
    /* IPM 70 → 71.85: 1.85 × 100 / 70 = 2.642857… */
    {"positive.improved", MEAS_POLARITY_POSITIVE, MEAS_OK, 70, 71.85, 1.85, 2.642857142857143, MEAS_BETTER},
    {"positive.worse", MEAS_POLARITY_POSITIVE, MEAS_OK, 80, 60, -20, -25, MEAS_WORSE},
    {"zero-base", MEAS_POLARITY_POSITIVE, MEAS_NA_ZERO_BASE, 0, 5, 5, NAN, MEAS_BETTER},
    /* Growth −2 → −1: change 1, 1 × 100 / |−2| = 50. */
    {"negative-base", MEAS_POLARITY_POSITIVE, MEAS_OK, -2, -1, 1, 50, MEAS_BETTER},
    {"same", MEAS_POLARITY_NEGATIVE, MEAS_OK, 4, 4, 0, 0, MEAS_SAME},
    {"rentang", MEAS_POLARITY_RANGE, MEAS_OK, 3, 2.5, -0.5, -16.666666666666668, MEAS_DIRECTION_UNKNOWN},
};

static void test_comparisons(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(trend_cases); i++) {
        meas_trend t = meas_trend_of(trend_cases[i].pol, trend_cases[i].base, trend_cases[i].current);
        snprintf(name, sizeof name, "measure.trend.%s.change", trend_cases[i].name);
        unit_near(name, t.change, trend_cases[i].change, 1e-9);
        snprintf(name, sizeof name, "measure.trend.%s.percent", trend_cases[i].name);
        unit_near(name, t.percent, trend_cases[i].percent, 1e-9);
        snprintf(name, sizeof name, "measure.trend.%s.percent-status", trend_cases[i].name);
        unit_int(name, t.percent_status, trend_cases[i].percent_status);
        snprintf(name, sizeof name, "measure.trend.%s.direction", trend_cases[i].name);
        unit_int(name, t.direction, trend_cases[i].direction);
    }
    /* Positive indicator, realisasi 84: vs target 80 → 105; vs target-akhir
     * 90 → 84 × 100 / 90 = 93.333…; no national standard → NA. */
    meas_value r = meas_number(84), t = meas_number(80), akhir = meas_number(90);
    meas_comparison c = meas_compare(MEAS_POLARITY_POSITIVE, &r, &t, &akhir, NULL, NULL);
    unit_near("measure.compare.target", c.target.value, 105, 1e-12);
    unit_near("measure.compare.target-akhir", c.target_akhir.value, 93.33333333333333, 1e-9);
    unit_int("measure.compare.standar-missing", c.standar.status, MEAS_NA_NO_TARGET);
    /* AKI 59.4648… against the RPJMN standard 183, negatif 2T−R:
     * (366 − 59.4648…) × 100 / 183 = 167.5056… */
    meas_value aki = meas_ratio(6, 10090, 100000), spm = meas_number(183);
    c = meas_compare(MEAS_POLARITY_NEGATIVE, &aki, NULL, NULL, &spm, NULL);
    unit_near("measure.compare.standar-aki", c.standar.value, (366 - 600000.0 / 10090) * 100 / 183, 1e-9);
    unit_int("measure.compare.standar-aki.rule", c.standar.rule, MEAS_RULE_NEGATIVE_2T_R);
}

/* ------------------------------------------------------------------ */
/* Budget and efficiency                                               */
/* ------------------------------------------------------------------ */

static const struct {
    const char *name;
    const char *policy;
    double capaian; /* NaN: not computable (no realisasi) */
    meas_budget budget;
    meas_status status;
    meas_rule rule;
    double value;
} efficiency_cases[] = {
    /* selisih: 105 − 80 = 25 */
    {"selisih", "", 105, {1000, 800}, MEAS_OK, MEAS_RULE_EFF_DIFFERENCE, 25},
    /* selisih, target missed and money spent: 90 − 100 = −10 */
    {"selisih.inefficient", "", 90, {1000, 1000}, MEAS_OK, MEAS_RULE_EFF_DIFFERENCE, -10},
    /* rasio: 105 / 80 = 1.3125 */
    {"rasio", "efisiensi=rasio", 105, {1000, 800}, MEAS_OK, MEAS_RULE_EFF_RATIO, 1.3125},
    {"rasio.zero-serapan", "efisiensi=rasio", 105, {1000, 0}, MEAS_NA_ZERO_SERAPAN, MEAS_RULE_EFF_RATIO, NAN},
    /* sisa-anggaran, target met: 100 − 80 = 20 */
    {"sisa-anggaran.met", "efisiensi=sisa-anggaran", 105, {1000, 800}, MEAS_OK, MEAS_RULE_EFF_UNSPENT, 20},
    {"sisa-anggaran.not-met", "efisiensi=sisa-anggaran", 90, {1000, 800}, MEAS_NA_TARGET_NOT_MET, MEAS_RULE_EFF_UNSPENT, NAN},
    /* 99.996 is shown as 100.00: met. */
    {"sisa-anggaran.met-as-shown", "efisiensi=sisa-anggaran", 99.996, {1000, 800}, MEAS_OK, MEAS_RULE_EFF_UNSPENT, 20},
    {"capaian-na", "", NAN, {1000, 800}, MEAS_NA_NO_REALISASI, MEAS_RULE_EFF_DIFFERENCE, NAN},
    {"pagu-zero", "", 105, {0, 0}, MEAS_NA_ZERO_PAGU, MEAS_RULE_EFF_DIFFERENCE, NAN},
};

/* klasifikasi-efisiensi (default: efisien above +5 points, cukup efisien
 * from −5 to +5 inclusive, tidak efisien below −5), on the value as shown. */
static const struct {
    const char *name;
    const char *policy;
    double capaian, serapan; /* selisih = capaian − serapan */
    meas_efficiency_class expected;
} class_cases[] = {
    {"exactly-plus-5", "", 105, 100, MEAS_EFF_CLASS_FAIR},
    {"exactly-minus-5", "", 95, 100, MEAS_EFF_CLASS_FAIR},
    {"zero", "", 100, 100, MEAS_EFF_CLASS_FAIR},
    {"plus-5.01", "", 105.01, 100, MEAS_EFF_CLASS_EFFICIENT},
    {"minus-5.01", "", 94.99, 100, MEAS_EFF_CLASS_INEFFICIENT},
    /* 5.004 is shown 5,00: cukup efisien; 5.005 is shown 5,01: efisien. */
    {"shown-5.00", "", 105.004, 100, MEAS_EFF_CLASS_FAIR},
    {"shown-5.01", "", 105.005, 100, MEAS_EFF_CLASS_EFFICIENT},
    {"shown-minus-5.00", "", 94.996, 100, MEAS_EFF_CLASS_FAIR},
    {"shown-minus-5.01", "", 94.995, 100, MEAS_EFF_CLASS_INEFFICIENT},
    /* Truncation: 5.009 is shown 5,00. */
    {"truncated-5.009", "cara=potong", 105.009, 100, MEAS_EFF_CLASS_FAIR},
    /* The profile's own bounds: efisien above 10, tidak efisien below 0. */
    {"own-bounds-10", "efisien-di-atas=10,tidak-efisien-di-bawah=0", 110, 100, MEAS_EFF_CLASS_FAIR},
    {"own-bounds-10.5", "efisien-di-atas=10,tidak-efisien-di-bawah=0", 110.5, 100, MEAS_EFF_CLASS_EFFICIENT},
    {"own-bounds-0", "efisien-di-atas=10,tidak-efisien-di-bawah=0", 100, 100, MEAS_EFF_CLASS_FAIR},
    {"own-bounds-minus-0.5", "efisien-di-atas=10,tidak-efisien-di-bawah=0", 99.5, 100, MEAS_EFF_CLASS_INEFFICIENT},
    /* Only selisih is classified. */
    {"rasio", "efisiensi=rasio", 150, 100, MEAS_EFF_CLASS_NONE},
    {"sisa-anggaran", "efisiensi=sisa-anggaran", 150, 100, MEAS_EFF_CLASS_NONE},
};

static void test_efficiency_classes(void)
{
    char name[160];
    for (size_t i = 0; i < COUNT(class_cases); i++) {
        meas_policy p = policy_from(class_cases[i].policy);
        meas_capaian c = ok_capaian(class_cases[i].capaian, &p);
        meas_serapan ser = meas_serapan_of((meas_budget){1000, class_cases[i].serapan * 10});
        meas_efficiency_result e = meas_efficiency_of(&c, &ser, &p);
        snprintf(name, sizeof name, "measure.efficiency-class.%s", class_cases[i].name);
        unit_int(name, meas_efficiency_classify(&e, &p), class_cases[i].expected);
    }
    meas_policy d = meas_policy_default();
    unit_near("measure.efficiency-class.default-above", d.efficient_above, 5, 0);
    unit_near("measure.efficiency-class.default-below", d.inefficient_below, -5, 0);
    meas_efficiency_result na = {MEAS_NA_NO_REALISASI, MEAS_RULE_EFF_DIFFERENCE, NAN, NAN, NAN};
    unit_int("measure.efficiency-class.not-computable", meas_efficiency_classify(&na, &d), MEAS_EFF_CLASS_NONE);
    unit_int("measure.efficiency-unit.not-computable", meas_efficiency_unit_of(&na), MEAS_EFF_UNIT_NONE);
    meas_efficiency_result diff = {MEAS_OK, MEAS_RULE_EFF_DIFFERENCE, 4.04, 100, 95.96};
    meas_efficiency_result ratio = {MEAS_OK, MEAS_RULE_EFF_RATIO, 1.04, 100, 95.96};
    meas_efficiency_result unspent = {MEAS_OK, MEAS_RULE_EFF_UNSPENT, 4.04, 100, 95.96};
    unit_int("measure.efficiency-unit.selisih-points", meas_efficiency_unit_of(&diff), MEAS_EFF_UNIT_POINTS);
    unit_int("measure.efficiency-unit.rasio", meas_efficiency_unit_of(&ratio), MEAS_EFF_UNIT_RATIO);
    unit_int("measure.efficiency-unit.sisa-anggaran-percent", meas_efficiency_unit_of(&unspent), MEAS_EFF_UNIT_PERCENT);
    unit_ok("measure.efficiency-class.codes",
            strcmp(meas_efficiency_class_code(MEAS_EFF_CLASS_EFFICIENT), "efisien") == 0 &&
                strcmp(meas_efficiency_class_code(MEAS_EFF_CLASS_FAIR), "cukup-efisien") == 0 &&
                strcmp(meas_efficiency_class_code(MEAS_EFF_CLASS_INEFFICIENT), "tidak-efisien") == 0 &&
                meas_efficiency_class_code(MEAS_EFF_CLASS_NONE) == NULL,
            "class codes");
    meas_policy p = d;
    unit_int("measure.policy.set.efisien-di-atas-comma", meas_policy_set(&p, "efisien-di-atas", "2,5"), -1);
    unit_int("measure.policy.set.efisien-di-atas-word", meas_policy_set(&p, "efisien-di-atas", "lima"), -1);
    unit_ok("measure.policy.set.efisien-di-atas-unchanged", p.efficient_above == 5, "changed by a bad value");
    unit_ok("measure.policy.set.tidak-efisien-di-bawah",
            meas_policy_set(&p, "tidak-efisien-di-bawah", "-2.5") == 0 && p.inefficient_below == -2.5, "not -2.5");
}

static void test_budget(void)
{
    char name[160];
    /* One sub kegiatan: 200 000 000 / 250 000 000 × 100 = 80. */
    meas_serapan s = meas_serapan_of((meas_budget){250000000, 200000000});
    unit_near("measure.serapan.one", s.value, 80, 1e-12);
    unit_int("measure.serapan.one.rule", s.rule, MEAS_RULE_SERAPAN);
    unit_int("measure.serapan.pagu-zero", meas_serapan_of((meas_budget){0, 0}).status, MEAS_NA_ZERO_PAGU);
    unit_int("measure.serapan.negative-pagu", meas_serapan_of((meas_budget){-1, 0}).status, MEAS_NA_INVALID_INPUT);
    /* Over the pagu is a warning elsewhere, not a cap here: 120 / 100 × 100 = 120. */
    unit_near("measure.serapan.over-pagu", meas_serapan_of((meas_budget){100, 120}).value, 120, 1e-12);

    /* Upward: sub kegiatan 80 %, 100 %, 0 % of very different pagu.
     * Σ spent / Σ pagu = (200 + 35 + 0) M / (250 + 35 + 15) M × 100 = 78.333…;
     * the mean of the percentages (80 + 100 + 0) / 3 = 60 is wrong. */
    meas_budget subs[] = {{250000000, 200000000}, {35000000, 35000000}, {15000000, 0}};
    s = meas_serapan_total(subs, 3);
    unit_near("measure.serapan.upward.sum-then-divide", s.value, 78.33333333333333, 1e-9);
    unit_ok("measure.serapan.upward.not-mean-of-percentages", fabs(s.value - 60) > 1, "the mean of percentages");
    unit_near("measure.serapan.upward.pagu-kept", s.pagu, 300000000, 0);
    unit_near("measure.serapan.upward.spent-kept", s.spent, 235000000, 0);
    /* Kegiatan then program: summing sums gives the same. */
    meas_budget kegiatan[] = {meas_budget_sum(subs, 2), meas_budget_sum(subs + 2, 1)};
    unit_near("measure.serapan.upward.two-levels", meas_serapan_total(kegiatan, 2).value, 78.33333333333333, 1e-9);

    /* Monthly spending, each month's own: 12.5 M, 18.75 M, 21 000 000.50. */
    double monthly[12] = {12500000, 18750000, 21000000.5};
    double spent = 0;
    meas_period q1 = period("2025-Q1"), feb = period("2025-02"), year = period("2025");
    /* s.d. TW I: 12 500 000 + 18 750 000 + 21 000 000.50 = 52 250 000.50 */
    unit_ok("measure.spending.q1", meas_spending_to(monthly, &q1, &spent) == MEAS_OK && spent == 52250000.5, "not 52250000.5");
    unit_ok("measure.spending.february", meas_spending_to(monthly, &feb, &spent) == MEAS_OK && spent == 31250000, "not 31250000");
    unit_ok("measure.spending.year", meas_spending_to(monthly, &year, &spent) == MEAS_OK && spent == 52250000.5, "not 52250000.5");

    for (size_t i = 0; i < COUNT(efficiency_cases); i++) {
        meas_policy p = policy_from(efficiency_cases[i].policy);
        meas_capaian c = isnan(efficiency_cases[i].capaian) ? na_capaian(MEAS_NA_NO_REALISASI)
                                                            : ok_capaian(efficiency_cases[i].capaian, &p);
        meas_serapan ser = meas_serapan_of(efficiency_cases[i].budget);
        meas_efficiency_result e = meas_efficiency_of(&c, &ser, &p);
        snprintf(name, sizeof name, "measure.efficiency.%s.status", efficiency_cases[i].name);
        unit_int(name, e.status, efficiency_cases[i].status);
        snprintf(name, sizeof name, "measure.efficiency.%s.rule", efficiency_cases[i].name);
        unit_int(name, e.rule, efficiency_cases[i].rule);
        snprintf(name, sizeof name, "measure.efficiency.%s.value", efficiency_cases[i].name);
        unit_near(name, e.value, efficiency_cases[i].value, 1e-9);
    }
    /* The inputs stay beside the result. */
    meas_policy d = meas_policy_default();
    meas_capaian c = ok_capaian(105, &d);
    meas_serapan ser = meas_serapan_of((meas_budget){1000, 800});
    meas_efficiency_result e = meas_efficiency_of(&c, &ser, &d);
    unit_ok("measure.efficiency.inputs-kept", e.capaian == 105 && e.serapan == 80, "inputs lost");
    test_efficiency_classes();
}

/* tanpa-target-triwulan progres-tahunan: a quarter without a target of
 * its own takes the year's, as progress; the default leaves it out; a
 * quarter with its own target and the year itself are untouched. */
static void test_annual_progress(void)
{
    meas_policy progress = meas_policy_default(), standard = meas_policy_default();
    unit_int("measure.policy.tanpa-target-triwulan.set", meas_policy_set(&progress, "tanpa-target-triwulan", "progres-tahunan"), 0);
    unit_str("measure.policy.tanpa-target-triwulan.get", meas_policy_get(&progress, "tanpa-target-triwulan"), "progres-tahunan");
    unit_str("measure.policy.tanpa-target-triwulan.default", meas_policy_get(&standard, "tanpa-target-triwulan"), "tidak-dihitung");
    meas_target_pk annual = make_pk(PK_ANNUAL_ONLY), quarters = make_pk(PK_CUMULATIVE);
    meas_period q3 = period("2025-Q3"), year = period("2025");
    meas_period_target t = meas_target_or_annual(meas_target_for_period(&annual, MEAS_AGG_SUM, &q3), &annual, &q3, &progress);
    unit_int("measure.annual-progress.q3.status", t.status, MEAS_OK);
    unit_int("measure.annual-progress.q3.rule", t.rule, MEAS_RULE_TARGET_ANNUAL_PROGRESS);
    unit_near("measure.annual-progress.q3.value", t.target.value, 95, 1e-9);
    unit_str("measure.annual-progress.rule-name", meas_rule_name(t.rule, 0), "progres terhadap target tahunan");
    t = meas_target_or_annual(meas_target_for_period(&annual, MEAS_AGG_SUM, &q3), &annual, &q3, &standard);
    unit_int("measure.annual-progress.default-leaves-it", t.status, MEAS_NA_NO_TARGET);
    t = meas_target_or_annual(meas_target_for_period(&quarters, MEAS_AGG_SUM, &q3), &quarters, &q3, &progress);
    unit_int("measure.annual-progress.own-quarter-target", t.rule, MEAS_RULE_TARGET_QUARTER_CUMULATIVE);
    t = meas_target_or_annual(meas_target_for_period(&annual, MEAS_AGG_SUM, &year), &annual, &year, &progress);
    unit_int("measure.annual-progress.year", t.rule, MEAS_RULE_TARGET_ANNUAL);
}

/* The mean takes any number of inputs (it once stopped at 256), one at a
 * time or from an array, with the same result. */
static void test_mean_many(void)
{
    meas_policy p = meas_policy_default();
    meas_mean m;
    meas_mean_begin(&m, 0, &p);
    for (int i = 0; i < 10000; i++)
        meas_mean_add(&m, ok_capaian(i < 9000 ? 100 : 0, &p), 1);
    meas_mean_add(&m, na_capaian(MEAS_NA_NO_TARGET), 1);
    meas_rollup r = meas_mean_end(&m);
    unit_int("measure.mean.10000.used", (long)r.used, 10000);
    unit_int("measure.mean.10000.skipped", (long)r.skipped, 1);
    unit_near("measure.mean.10000.value", r.result.value, 90, 1e-9);
    unit_str("measure.policy.capaian-unit.default", meas_policy_get(&p, "capaian-unit"), "sasaran");
    unit_int("measure.policy.capaian-unit.set", meas_policy_set(&p, "capaian-unit", "indikator"), 0);
    unit_int("measure.policy.capaian-unit.value", p.unit_basis, MEAS_UNIT_INDIKATOR);
    unit_int("measure.policy.capaian-unit.bad", meas_policy_set(&p, "capaian-unit", "program"), -1);
}

int main(void)
{
    test_capaian();
    test_words();
    test_policies();
    test_rounding();
    test_categories();
    test_periods();
    test_aggregation();
    test_targets();
    test_rollups();
    test_mean_many();
    test_annual_progress();
    test_comparisons();
    test_budget();
    return unit_exit();
}

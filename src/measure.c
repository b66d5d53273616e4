/*
 * measure.c — the measurement engine (see measure.h for the contract).
 *
 * Pure functions only: no XML, no I/O, no allocation, no state, no clock.
 * Divisions happen in one place per quantity, each behind the check that
 * makes it safe; everything that cannot be computed returns a MEAS_NA_*
 * status with NaN in its numeric fields. Products are formed before the
 * division (R × 100 / T rather than R / T × 100) so that exact cases stay
 * exact: 84 × 100 / 80 is 105, while 84 / 80 × 100 is 105.00000000000001.
 */
#include "measure.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

static const char *const status_text[MEAS_STATUS_COUNT][2] = {
    [MEAS_OK] = {"dapat dihitung", "computed"},
    [MEAS_NA_NO_REALISASI] = {"realisasi belum ada", "no realisasi yet"},
    [MEAS_NA_NO_TARGET] = {"target untuk periode ini tidak ada", "no target for this period"},
    [MEAS_NA_ZERO_TARGET] = {"target nol", "zero target"},
    [MEAS_NA_ZERO_REALISASI] = {"realisasi nol pada rumus T/R", "zero realisasi under T/R"},
    [MEAS_NA_NEGATIVE_TARGET] = {"target negatif: rumus capaian tidak bermakna",
                                 "negative target: the capaian formula has no meaning"},
    [MEAS_NA_NEGATIVE_REALISASI] = {"realisasi negatif pada rumus T/R", "negative realisasi under T/R"},
    [MEAS_NA_TEXT_TARGET] = {"target berupa teks, tidak dihitung", "text target, not computed"},
    [MEAS_NA_TEXT_REALISASI] = {"realisasi berupa teks", "text realisasi"},
    [MEAS_NA_KIND_MISMATCH] = {"jenis target dan realisasi tidak cocok", "target and realisasi of different kinds"},
    [MEAS_NA_RANGE_NEEDED] = {"indikator rentang memerlukan target rentang", "a range indicator needs a range target"},
    [MEAS_NA_BAD_RANGE] = {"batas bawah rentang melebihi batas atas",
                           "the range's lower bound exceeds its upper bound"},
    [MEAS_NA_ZERO_DENOMINATOR] = {"penyebut nol", "zero denominator"},
    [MEAS_NA_GRADE_UNKNOWN] = {"predikat tidak ada pada skala", "grade not on the scale"},
    [MEAS_NA_MIXED_ENTRIES] = {"periode berisi jenis nilai yang berbeda", "periods hold values of different kinds"},
    [MEAS_NA_MIXED_MULTIPLIER] = {"pengali berbeda antarperiode", "different multipliers across periods"},
    [MEAS_NA_NOT_AGGREGABLE] = {"agregasi ini tidak berlaku untuk predikat", "this aggregation does not apply to grades"},
    [MEAS_NA_PERIOD_MISMATCH] = {"data tidak mencakup periode ini", "the data do not cover this period"},
    [MEAS_NA_NO_INPUT] = {"tidak ada capaian yang dapat dihitung", "no computable capaian"},
    [MEAS_NA_ZERO_PAGU] = {"pagu nol", "zero pagu"},
    [MEAS_NA_ZERO_SERAPAN] = {"serapan nol", "zero absorption"},
    [MEAS_NA_TARGET_NOT_MET] = {"target belum tercapai", "target not met"},
    [MEAS_NA_ZERO_BASE] = {"nilai pembanding nol", "zero base value"},
    [MEAS_NA_INVALID_INPUT] = {"nilai masukan tidak sah", "invalid input value"},
    [MEAS_NA_COMPONENT_ONLY] = {"komponen indikator komposit tanpa target sendiri",
                                "component of a composite indicator, without a target of its own"},
    [MEAS_NA_FORMULA_INVALID] = {"rumus tidak dapat dibaca", "the formula cannot be read"},
    [MEAS_NA_FORMULA_UNKNOWN_ID] = {"rumus menyebut id yang bukan indikator ruang kerja",
                                    "the formula names an id that is no indikator of the workspace"},
    [MEAS_NA_COMPONENT_NA] = {"komponen rumus tidak dapat dihitung", "a component of the formula cannot be computed"},
    [MEAS_NA_FORMULA_LOOP] = {"rumus bergantung pada dirinya sendiri", "the formula depends on itself"},
    [MEAS_NA_FORMULA_UNDEFINED] = {"rumus tidak terdefinisi untuk nilai ini", "the formula is undefined for these values"},
};

const char *meas_status_reason(meas_status status, int english)
{
    if ((unsigned)status >= MEAS_STATUS_COUNT)
        return english ? "unknown status" : "status tidak dikenal";
    return status_text[status][english != 0];
}

static const char *const rule_text[MEAS_RULE_COUNT][2] = {
    [MEAS_RULE_NONE] = {"tanpa aturan", "no rule"},
    [MEAS_RULE_POSITIVE] = {"positif R/T×100", "positive R/T×100"},
    [MEAS_RULE_NEGATIVE_2T_R] = {"negatif (2T−R)/T×100", "negative (2T−R)/T×100"},
    [MEAS_RULE_NEGATIVE_T_R] = {"negatif T/R×100", "negative T/R×100"},
    [MEAS_RULE_RANGE_INSIDE] = {"rentang: di dalam rentang", "range: inside the range"},
    [MEAS_RULE_RANGE_BELOW] = {"rentang: di bawah rentang (T = batas bawah)", "range: below the range (T = lower bound)"},
    [MEAS_RULE_RANGE_ABOVE] = {"rentang: di atas rentang (T = batas atas)", "range: above the range (T = upper bound)"},
    [MEAS_RULE_ZERO_TARGET_ZERO_CASES] = {"target nol dan realisasi nol (negatif) = 100",
                                          "zero target and zero realisasi (negative) = 100"},
    [MEAS_RULE_GRADE] = {"predikat: dibandingkan sebagai angka pada skala", "grade: compared as numbers on the scale"},
    [MEAS_RULE_MEAN] = {"rata-rata capaian", "mean of capaian"},
    [MEAS_RULE_WEIGHTED_MEAN] = {"rata-rata tertimbang capaian (bobot)", "weighted mean of capaian (bobot)"},
    [MEAS_RULE_AGG_SUM] = {"agregasi jumlah", "aggregation: sum"},
    [MEAS_RULE_AGG_LAST] = {"agregasi terakhir", "aggregation: last"},
    [MEAS_RULE_AGG_AVERAGE] = {"agregasi rata-rata", "aggregation: average"},
    [MEAS_RULE_AGG_MAX] = {"agregasi maks", "aggregation: max"},
    [MEAS_RULE_AGG_MIN] = {"agregasi min", "aggregation: min"},
    [MEAS_RULE_AGG_RATIO_POOLED] = {"rasio: Σpembilang/Σpenyebut×pengali", "ratio: Σnumerator/Σdenominator×multiplier"},
    [MEAS_RULE_TARGET_ANNUAL] = {"target tahunan", "annual target"},
    [MEAS_RULE_TARGET_ANNUAL_PROGRESS] = {"progres terhadap target tahunan", "progress against the annual target"},
    [MEAS_RULE_TARGET_QUARTER_CUMULATIVE] = {"target triwulan kumulatif (s.d. TW)", "cumulative quarterly target (to date)"},
    [MEAS_RULE_TARGET_QUARTERS_COMBINED] = {"target per triwulan digabung dengan agregasi",
                                            "per-quarter targets combined by the aggregation"},
    [MEAS_RULE_SERAPAN] = {"serapan realisasi anggaran/pagu×100", "absorption spent/pagu×100"},
    [MEAS_RULE_EFF_DIFFERENCE] = {"efisiensi selisih: capaian − serapan", "efficiency difference: capaian − serapan"},
    [MEAS_RULE_EFF_RATIO] = {"efisiensi rasio: capaian / serapan", "efficiency ratio: capaian / serapan"},
    [MEAS_RULE_EFF_UNSPENT] = {"efisiensi sisa anggaran: 100 − serapan (target tercapai)",
                               "efficiency unspent share: 100 − serapan (target met)"},
    [MEAS_RULE_TREND] = {"tren: realisasi tahun ini − tahun pembanding", "trend: this year's realisasi − the earlier year's"},
};

const char *meas_rule_name(meas_rule rule, int english)
{
    if ((unsigned)rule >= MEAS_RULE_COUNT)
        return english ? "unknown rule" : "aturan tidak dikenal";
    return rule_text[rule][english != 0];
}

/* ------------------------------------------------------------------ */
/* Policies                                                            */
/* ------------------------------------------------------------------ */

meas_policy meas_policy_default(void)
{
    meas_policy p = {
        .negative = MEAS_NEG_2T_R,
        .zero_target = MEAS_ZERO_STANDARD,
        .cap = MEAS_CAP_NONE,
        .floor = MEAS_FLOOR_NONE,
        .cap_before_mean = 0,
        .decimals = 2,
        .rounding = MEAS_ROUND_HALF_AWAY,
        .efficiency = MEAS_EFF_DIFFERENCE,
        .unit_basis = MEAS_UNIT_SASARAN,
        .efficient_above = 5,
        .inefficient_below = -5,
    };
    return p;
}

static const meas_policy *policy_or_default(const meas_policy *policy, meas_policy *storage)
{
    if (policy)
        return policy;
    *storage = meas_policy_default();
    return storage;
}

/* One table for both directions of the workspace spellings. */
enum { POL_NEGATIVE, POL_ZERO, POL_CAP, POL_FLOOR, POL_BEFORE_MEAN, POL_DECIMALS, POL_ROUNDING, POL_EFFICIENCY,
       POL_UNIT_BASIS, POL_ANNUAL_PROGRESS };

static const struct {
    int which;
    const char *key;
    const char *spelling[7]; /* indexed by the enum value; NULL-terminated */
} policy_words[] = {
    {POL_NEGATIVE, "rumus-negatif", {"2T-R", "T/R", NULL}},
    {POL_ZERO, "target-nol", {"standar", "tidak-dihitung", NULL}},
    {POL_CAP, "batas-atas", {"tanpa", "100", "120", NULL}},
    {POL_FLOOR, "batas-bawah", {"tanpa", "0", NULL}},
    {POL_BEFORE_MEAN, "batas-sebelum-rata-rata", {"tidak", "ya", NULL}},
    {POL_DECIMALS, "desimal", {"0", "1", "2", "3", "4", "5", "6"}},
    {POL_ROUNDING, "cara", {"setengah-menjauhi-nol", "potong", NULL}},
    {POL_EFFICIENCY, "efisiensi", {"selisih", "rasio", "sisa-anggaran", NULL}},
    {POL_UNIT_BASIS, "capaian-unit", {"sasaran", "tujuan", "indikator", NULL}},
    {POL_ANNUAL_PROGRESS, "tanpa-target-triwulan", {"tidak-dihitung", "progres-tahunan", NULL}},
};

enum { POLICY_WORDS = sizeof policy_words / sizeof policy_words[0], MAX_SPELLINGS = 7 };

static int policy_row(const char *key)
{
    if (!key)
        return -1;
    for (int i = 0; i < POLICY_WORDS; i++)
        if (strcmp(policy_words[i].key, key) == 0)
            return i;
    return -1;
}

/* A decimal number, whole string, finite ("5", "-2.5"): the thresholds of
 * klasifikasi-efisiensi. */
static int parse_threshold(const char *value, double *out)
{
    char *end;
    if (!value || !*value)
        return -1;
    double v = strtod(value, &end);
    if (*end || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

int meas_policy_set(meas_policy *policy, const char *key, const char *value)
{
    if (policy && key && strcmp(key, "efisien-di-atas") == 0)
        return parse_threshold(value, &policy->efficient_above);
    if (policy && key && strcmp(key, "tidak-efisien-di-bawah") == 0)
        return parse_threshold(value, &policy->inefficient_below);
    int row = policy_row(key);
    if (!policy || row < 0 || !value)
        return -1;
    int v = -1;
    for (int i = 0; i < MAX_SPELLINGS && policy_words[row].spelling[i]; i++)
        if (strcmp(policy_words[row].spelling[i], value) == 0)
            v = i;
    if (v < 0)
        return -1;
    switch (policy_words[row].which) {
    case POL_NEGATIVE: policy->negative = (meas_negative_formula)v; break;
    case POL_ZERO: policy->zero_target = (meas_zero_target)v; break;
    case POL_CAP: policy->cap = (meas_cap)v; break;
    case POL_FLOOR: policy->floor = (meas_floor)v; break;
    case POL_BEFORE_MEAN: policy->cap_before_mean = v; break;
    case POL_DECIMALS: policy->decimals = v; break;
    case POL_ROUNDING: policy->rounding = (meas_round_mode)v; break;
    case POL_EFFICIENCY: policy->efficiency = (meas_efficiency)v; break;
    case POL_UNIT_BASIS: policy->unit_basis = (meas_unit_basis)v; break;
    case POL_ANNUAL_PROGRESS: policy->annual_progress = v; break;
    default: return -1;
    }
    return 0;
}

const char *meas_policy_get(const meas_policy *policy, const char *key)
{
    int row = policy_row(key);
    if (!policy || row < 0)
        return NULL;
    int v;
    switch (policy_words[row].which) {
    case POL_NEGATIVE: v = (int)policy->negative; break;
    case POL_ZERO: v = (int)policy->zero_target; break;
    case POL_CAP: v = (int)policy->cap; break;
    case POL_FLOOR: v = (int)policy->floor; break;
    case POL_BEFORE_MEAN: v = policy->cap_before_mean != 0; break;
    case POL_DECIMALS: v = policy->decimals; break;
    case POL_ROUNDING: v = (int)policy->rounding; break;
    case POL_EFFICIENCY: v = (int)policy->efficiency; break;
    case POL_UNIT_BASIS: v = (int)policy->unit_basis; break;
    case POL_ANNUAL_PROGRESS: v = policy->annual_progress != 0; break;
    default: return NULL;
    }
    if (v < 0 || v >= MAX_SPELLINGS)
        return NULL;
    return policy_words[row].spelling[v];
}

static int parse_word(const char *s, const char *const *words, int count)
{
    if (!s)
        return -1;
    for (int i = 0; i < count; i++)
        if (strcmp(words[i], s) == 0)
            return i;
    return -1;
}

int meas_polarity_parse(const char *s, meas_polarity *out)
{
    static const char *const words[] = {"positif", "negatif", "rentang"};
    int v = parse_word(s, words, 3);
    if (v < 0 || !out)
        return -1;
    *out = (meas_polarity)v;
    return 0;
}

int meas_aggregation_parse(const char *s, meas_aggregation *out)
{
    static const char *const words[] = {"jumlah", "terakhir", "rata-rata", "maks", "min"};
    int v = parse_word(s, words, 5);
    if (v < 0 || !out)
        return -1;
    *out = (meas_aggregation)v;
    return 0;
}

int meas_quarter_mode_parse(const char *s, meas_quarter_mode *out)
{
    static const char *const words[] = {"kumulatif", "per-periode"};
    int v = parse_word(s, words, 2);
    if (v < 0 || !out)
        return -1;
    *out = (meas_quarter_mode)v;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

meas_value meas_grade_lookup(const meas_grade_level *scale, size_t count, const char *code)
{
    meas_value v = {MEAS_KIND_GRADE_UNKNOWN, NAN, 0, 0, 0, 0, 0};
    if (!scale || !code)
        return v;
    for (size_t i = 0; i < count; i++)
        if (scale[i].code && strcmp(scale[i].code, code) == 0)
            return meas_grade(scale[i].value);
    return v;
}

meas_status meas_value_number(const meas_value *v, double *out)
{
    if (!v)
        return MEAS_NA_NO_REALISASI;
    switch (v->kind) {
    case MEAS_KIND_NONE: return MEAS_NA_NO_REALISASI;
    case MEAS_KIND_TEXT: return MEAS_NA_TEXT_REALISASI;
    case MEAS_KIND_GRADE_UNKNOWN: return MEAS_NA_GRADE_UNKNOWN;
    case MEAS_KIND_RANGE: return MEAS_NA_KIND_MISMATCH;
    case MEAS_KIND_NUMBER:
    case MEAS_KIND_GRADE:
        if (!isfinite(v->value))
            return MEAS_NA_INVALID_INPUT;
        *out = v->value;
        return MEAS_OK;
    case MEAS_KIND_RATIO:
        if (!isfinite(v->num) || !isfinite(v->den) || !isfinite(v->mult) || v->num < 0 || v->den < 0 ||
            v->mult <= 0)
            return MEAS_NA_INVALID_INPUT;
        if (v->den == 0)
            return MEAS_NA_ZERO_DENOMINATOR;
        *out = v->num * v->mult / v->den;
        return MEAS_OK;
    }
    return MEAS_NA_INVALID_INPUT;
}

/* ------------------------------------------------------------------ */
/* Capaian                                                             */
/* ------------------------------------------------------------------ */

static meas_capaian capaian_na(meas_status status, meas_rule rule, meas_rule formula)
{
    meas_capaian c = {status, rule, formula, NAN, NAN, NAN, NAN, 0, 0};
    return c;
}

static meas_capaian capaian_ok(meas_rule rule, meas_rule formula, double t, double r, double raw)
{
    meas_capaian c = {MEAS_OK, rule, formula, t, r, raw, raw, 0, 0};
    return c;
}

meas_capaian meas_apply_limits(meas_capaian c, const meas_policy *policy)
{
    meas_policy storage;
    const meas_policy *p = policy_or_default(policy, &storage);
    if (c.status != MEAS_OK)
        return c;
    c.value = c.raw;
    c.capped = c.floored = 0;
    if ((p->cap == MEAS_CAP_100 && c.raw > 100) || (p->cap == MEAS_CAP_120 && c.raw > 120)) {
        c.value = p->cap == MEAS_CAP_100 ? 100 : 120;
        c.capped = 1;
    }
    if (p->floor == MEAS_FLOOR_0 && c.raw < 0) {
        c.value = 0;
        c.floored = 1;
    }
    return c;
}

static meas_rule negative_formula(const meas_policy *p)
{
    return p->negative == MEAS_NEG_T_R ? MEAS_RULE_NEGATIVE_T_R : MEAS_RULE_NEGATIVE_2T_R;
}

/* One formula with one T and one R; rule is what is reported as having
 * decided (the formula itself, a RANGE_* rule or GRADE). */
static meas_capaian apply_formula(meas_rule rule, meas_rule formula, double t, double r, const meas_policy *p)
{
    meas_capaian c = capaian_na(MEAS_NA_INVALID_INPUT, rule, formula);
    c.target = t;
    c.realisasi = r;
    if (!isfinite(t) || !isfinite(r))
        return c;
    if (t == 0) {
        /* The "zero cases" targets: nothing happened, nothing was to happen. */
        if (p->zero_target == MEAS_ZERO_STANDARD && formula != MEAS_RULE_POSITIVE && r == 0)
            return capaian_ok(MEAS_RULE_ZERO_TARGET_ZERO_CASES, MEAS_RULE_NONE, t, r, 100);
        c.status = MEAS_NA_ZERO_TARGET;
        return c;
    }
    if (t < 0) {
        c.status = MEAS_NA_NEGATIVE_TARGET;
        return c;
    }
    switch (formula) {
    case MEAS_RULE_POSITIVE: return capaian_ok(rule, formula, t, r, r * 100 / t);
    case MEAS_RULE_NEGATIVE_2T_R: return capaian_ok(rule, formula, t, r, (2 * t - r) * 100 / t);
    case MEAS_RULE_NEGATIVE_T_R:
        if (r == 0)
            c.status = MEAS_NA_ZERO_REALISASI;
        else if (r < 0)
            c.status = MEAS_NA_NEGATIVE_REALISASI;
        else
            return capaian_ok(rule, formula, t, r, t * 100 / r);
        return c;
    default: return c;
    }
}

static int kinds_compatible(meas_kind target, meas_kind real)
{
    if (target == MEAS_KIND_GRADE)
        return real == MEAS_KIND_GRADE;
    if (target == MEAS_KIND_NUMBER || target == MEAS_KIND_RANGE)
        return real == MEAS_KIND_NUMBER || real == MEAS_KIND_RATIO;
    return 0;
}

meas_capaian meas_capaian_compute(meas_polarity polarity, const meas_value *target, const meas_value *realisasi,
                                  const meas_policy *policy)
{
    meas_policy storage;
    const meas_policy *p = policy_or_default(policy, &storage);
    /* The order gives the most lasting reason first: a text target stays
     * uncomputable whatever is reported. */
    if (target && target->kind == MEAS_KIND_TEXT)
        return capaian_na(MEAS_NA_TEXT_TARGET, MEAS_RULE_NONE, MEAS_RULE_NONE);
    if (!target || target->kind == MEAS_KIND_NONE)
        return capaian_na(MEAS_NA_NO_TARGET, MEAS_RULE_NONE, MEAS_RULE_NONE);
    if (!realisasi || realisasi->kind == MEAS_KIND_NONE)
        return capaian_na(MEAS_NA_NO_REALISASI, MEAS_RULE_NONE, MEAS_RULE_NONE);
    if (realisasi->kind == MEAS_KIND_TEXT)
        return capaian_na(MEAS_NA_TEXT_REALISASI, MEAS_RULE_NONE, MEAS_RULE_NONE);
    if (target->kind == MEAS_KIND_GRADE_UNKNOWN || realisasi->kind == MEAS_KIND_GRADE_UNKNOWN)
        return capaian_na(MEAS_NA_GRADE_UNKNOWN, MEAS_RULE_GRADE, MEAS_RULE_NONE);
    if (!kinds_compatible(target->kind, realisasi->kind))
        return capaian_na(MEAS_NA_KIND_MISMATCH, MEAS_RULE_NONE, MEAS_RULE_NONE);
    if (polarity == MEAS_POLARITY_RANGE && target->kind != MEAS_KIND_RANGE)
        return capaian_na(MEAS_NA_RANGE_NEEDED, MEAS_RULE_NONE, MEAS_RULE_NONE);
    if (polarity != MEAS_POLARITY_POSITIVE && polarity != MEAS_POLARITY_NEGATIVE && polarity != MEAS_POLARITY_RANGE)
        return capaian_na(MEAS_NA_INVALID_INPUT, MEAS_RULE_NONE, MEAS_RULE_NONE);

    double r = 0;
    meas_status st = meas_value_number(realisasi, &r);
    if (st != MEAS_OK)
        return capaian_na(st, MEAS_RULE_NONE, MEAS_RULE_NONE);

    meas_capaian c;
    if (target->kind == MEAS_KIND_RANGE) {
        double lo = target->lo, hi = target->hi;
        if (!isfinite(lo) || !isfinite(hi))
            return capaian_na(MEAS_NA_INVALID_INPUT, MEAS_RULE_NONE, MEAS_RULE_NONE);
        if (lo > hi)
            return capaian_na(MEAS_NA_BAD_RANGE, MEAS_RULE_NONE, MEAS_RULE_NONE);
        if (r >= lo && r <= hi) {
            c = capaian_ok(MEAS_RULE_RANGE_INSIDE, MEAS_RULE_NONE, NAN, r, 100);
        } else if (r < lo) {
            /* Below the range is better only for a negatif indicator. */
            meas_rule f = polarity == MEAS_POLARITY_NEGATIVE ? negative_formula(p) : MEAS_RULE_POSITIVE;
            c = apply_formula(MEAS_RULE_RANGE_BELOW, f, lo, r, p);
        } else {
            /* Above the range is better only for a positif indicator. */
            meas_rule f = polarity == MEAS_POLARITY_POSITIVE ? MEAS_RULE_POSITIVE : negative_formula(p);
            c = apply_formula(MEAS_RULE_RANGE_ABOVE, f, hi, r, p);
        }
    } else {
        meas_rule f = polarity == MEAS_POLARITY_POSITIVE ? MEAS_RULE_POSITIVE : negative_formula(p);
        meas_rule rule = target->kind == MEAS_KIND_GRADE ? MEAS_RULE_GRADE : f;
        c = apply_formula(rule, f, target->value, r, p);
    }
    return meas_apply_limits(c, p);
}

int meas_capaian_describe(const meas_capaian *c, int english, char *buf, size_t size)
{
    if (!c)
        return snprintf(buf, size, "%s", "");
    const char *rule = meas_rule_name(c->rule, english);
    const char *reason = meas_status_reason(c->status, english);
    int with_formula = c->formula != MEAS_RULE_NONE && c->formula != c->rule;
    if (c->status != MEAS_OK && c->rule == MEAS_RULE_NONE)
        return snprintf(buf, size, "%s", reason);
    if (c->status != MEAS_OK)
        return with_formula ? snprintf(buf, size, "%s; %s: %s", rule, meas_rule_name(c->formula, english), reason)
                            : snprintf(buf, size, "%s: %s", rule, reason);
    return with_formula ? snprintf(buf, size, "%s; %s", rule, meas_rule_name(c->formula, english))
                        : snprintf(buf, size, "%s", rule);
}

/* ------------------------------------------------------------------ */
/* Rounding and categories                                             */
/* ------------------------------------------------------------------ */

/* Decimal rounding on the 15 significant digits of "%.14e": the digits
 * d0.d1…d14 × 10^e; the digit of weight 10^-decimals is at index
 * e + decimals, so keep = e + decimals + 1 digits stay. Half away from zero
 * looks at the first dropped digit only (≥ 5 means ≥ half). The kept digits
 * go back through strtod as an integer mantissa with an exponent ("101e-2"),
 * which gives the double nearest to the decimal result and needs no
 * locale's decimal point. */
double meas_round_by_digits(double value, int decimals, meas_round_mode mode)
{
    if (!isfinite(value))
        return value;
    if (value == 0)
        return 0.0;
    if (decimals < 0)
        decimals = 0;
    if (decimals > 15)
        decimals = 15;
    char sci[48];
    snprintf(sci, sizeof sci, "%.14e", value);
    const char *s = sci;
    int negative = 0;
    if (*s == '-') {
        negative = 1;
        s++;
    }
    char digits[16];
    int n = 0;
    for (; *s && *s != 'e' && *s != 'E'; s++)
        if (*s >= '0' && *s <= '9' && n < 15)
            digits[n++] = *s;
    if (!*s || n == 0)
        return value; /* not the shape printf promises: leave it */
    int e = (int)strtol(s + 1, NULL, 10);
    int keep = e + decimals + 1;
    if (keep >= n)
        return value; /* nothing below the requested place within 15 digits */
    char out[64];
    if (keep <= 0) {
        /* The first digit is at or below the first dropped place. */
        if (keep == 0 && mode == MEAS_ROUND_HALF_AWAY && digits[0] >= '5') {
            snprintf(out, sizeof out, "%s1e-%d", negative ? "-" : "", decimals);
            return strtod(out, NULL);
        }
        return 0.0;
    }
    char kept[20];
    memcpy(kept, digits, (size_t)keep);
    kept[keep] = '\0';
    if (mode == MEAS_ROUND_HALF_AWAY && digits[keep] >= '5') {
        int i = keep - 1;
        while (i >= 0 && kept[i] == '9')
            kept[i--] = '0';
        if (i >= 0)
            kept[i]++;
        else {
            /* 999 → 1000: one more digit, same exponent of the last. */
            memmove(kept + 1, kept, (size_t)keep + 1);
            kept[0] = '1';
        }
    }
    snprintf(out, sizeof out, "%s%se%d", negative ? "-" : "", kept, e - keep + 1);
    double r = strtod(out, NULL);
    return r == 0 ? 0.0 : r;
}

/* The same rounding without printing, where it cannot differ: value
 * scaled to the place (one correctly rounded product, off by at most
 * 2^-53 of it) below 1e8 is off by less than 1e-8, and "%.14e" moves the
 * value by at most 5e-15 of it (5e-7 at 1e8 after scaling); so when the
 * scaled value is farther than 1e-5 from the boundary the mode rounds at
 * (a half for half away, an integer for truncating), both paths keep the
 * same integer k. k / 10^decimals, one correctly rounded division by an
 * exact power of ten, is the double nearest k × 10^-decimals, as strtod
 * gives it. Anything else goes through the digits (test_measure compares
 * the two over a million values, boundaries included). */
double meas_round(double value, int decimals, meas_round_mode mode)
{
    static const double powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    if (!isfinite(value) || value == 0 || decimals < 0 || decimals > 15)
        return meas_round_by_digits(value, decimals, mode);
    double scaled = fabs(value) * powers[decimals];
    if (!(scaled < 1e8))
        return meas_round_by_digits(value, decimals, mode);
    double whole = floor(scaled);
    double fraction = scaled - whole; /* exact: both below 2^53 */
    double k;
    if (mode == MEAS_ROUND_HALF_AWAY) {
        if (fabs(fraction - 0.5) <= 1e-5)
            return meas_round_by_digits(value, decimals, mode);
        k = fraction > 0.5 ? whole + 1 : whole;
    } else {
        if (fraction <= 1e-5 || fraction >= 1 - 1e-5)
            return meas_round_by_digits(value, decimals, mode);
        k = whole;
    }
    double r = k / powers[decimals];
    if (r == 0)
        return 0.0;
    return value < 0 ? -r : r;
}

static const meas_band default_bands[] = {
    {"ST", 1, 91, "Sangat Tinggi"}, {"T", 1, 76, "Tinggi"},          {"S", 1, 66, "Sedang"},
    {"R", 1, 51, "Rendah"},         {"SR", 0, 0, "Sangat Rendah"},
};

const meas_band *meas_category_default_bands(size_t *count)
{
    if (count)
        *count = sizeof default_bands / sizeof default_bands[0];
    return default_bands;
}

const meas_band *meas_category(double value, const meas_band *bands, size_t count, const meas_policy *policy)
{
    meas_policy storage;
    const meas_policy *p = policy_or_default(policy, &storage);
    if (isnan(value))
        return NULL;
    if (!bands)
        bands = meas_category_default_bands(&count);
    double shown = meas_round(value, p->decimals, p->rounding);
    for (size_t i = 0; i < count; i++)
        if (!bands[i].has_min || shown >= bands[i].min)
            return &bands[i];
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Periods                                                             */
/* ------------------------------------------------------------------ */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

int meas_period_parse(const char *s, meas_period *out)
{
    if (!s || !out)
        return -1;
    for (int i = 0; i < 4; i++)
        if (!is_digit(s[i]))
            return -1;
    meas_period p = {(s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'), MEAS_PERIOD_YEAR, 0};
    if (p.year < 2000 || p.year > 2100)
        return -1;
    if (s[4] == '\0') {
        *out = p;
        return 0;
    }
    if (s[4] != '-')
        return -1;
    if ((s[5] == 'Q' || s[5] == 'q') && s[6] >= '1' && s[6] <= '4' && s[7] == '\0') {
        p.kind = MEAS_PERIOD_QUARTER;
        p.index = s[6] - '0';
    } else if (is_digit(s[5]) && is_digit(s[6]) && s[7] == '\0') {
        p.kind = MEAS_PERIOD_MONTH;
        p.index = (s[5] - '0') * 10 + (s[6] - '0');
        if (p.index < 1 || p.index > 12)
            return -1;
    } else {
        return -1;
    }
    *out = p;
    return 0;
}

int meas_period_last_month(const meas_period *p)
{
    if (!p || p->year < 2000 || p->year > 2100)
        return 0;
    switch (p->kind) {
    case MEAS_PERIOD_YEAR: return 12;
    case MEAS_PERIOD_QUARTER: return p->index >= 1 && p->index <= 4 ? 3 * p->index : 0;
    case MEAS_PERIOD_MONTH: return p->index >= 1 && p->index <= 12 ? p->index : 0;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Agregasi                                                            */
/* ------------------------------------------------------------------ */

static meas_rule aggregation_rule(meas_aggregation agg)
{
    switch (agg) {
    case MEAS_AGG_SUM: return MEAS_RULE_AGG_SUM;
    case MEAS_AGG_LAST: return MEAS_RULE_AGG_LAST;
    case MEAS_AGG_AVERAGE: return MEAS_RULE_AGG_AVERAGE;
    case MEAS_AGG_MAX: return MEAS_RULE_AGG_MAX;
    case MEAS_AGG_MIN: return MEAS_RULE_AGG_MIN;
    }
    return MEAS_RULE_NONE;
}

/* A grade with an unknown code is still a grade when checking that the
 * periods hold one kind. */
static meas_kind kind_family(meas_kind k) { return k == MEAS_KIND_GRADE_UNKNOWN ? MEAS_KIND_GRADE : k; }

/* Combines count plain numbers with agg; *chosen gets the 1-based index the
 * value came from (last, max, min; ties keep the earliest), 0 otherwise. */
static double combine_numbers(const double *v, const int *index, int count, meas_aggregation agg, int *chosen)
{
    *chosen = 0;
    if (count <= 0)
        return NAN;
    double acc = v[0];
    switch (agg) {
    case MEAS_AGG_SUM:
    case MEAS_AGG_AVERAGE:
        for (int i = 1; i < count; i++)
            acc += v[i];
        return agg == MEAS_AGG_SUM ? acc : acc / count;
    case MEAS_AGG_LAST: *chosen = index[count - 1]; return v[count - 1];
    case MEAS_AGG_MAX:
    case MEAS_AGG_MIN:
        *chosen = index[0];
        for (int i = 1; i < count; i++)
            if (agg == MEAS_AGG_MAX ? v[i] > acc : v[i] < acc) {
                acc = v[i];
                *chosen = index[i];
            }
        return acc;
    }
    return NAN;
}

static meas_aggregate aggregate_fail(meas_aggregate a, meas_status status)
{
    a.status = status;
    a.value = NAN;
    a.realisasi = meas_none();
    a.chosen = 0;
    return a;
}

static meas_aggregate aggregate_ratios(meas_aggregate a, const meas_value *at, const int *index, int count,
                                       meas_aggregation agg)
{
    double mult = at[index[0] - 1].mult;
    for (int i = 0; i < count; i++) {
        const meas_value *e = &at[index[i] - 1];
        if (!isfinite(e->num) || !isfinite(e->den) || !isfinite(e->mult) || e->num < 0 || e->den < 0 ||
            e->mult <= 0)
            return aggregate_fail(a, MEAS_NA_INVALID_INPUT);
        if (e->mult != mult)
            return aggregate_fail(a, MEAS_NA_MIXED_MULTIPLIER);
    }
    if (agg == MEAS_AGG_SUM || agg == MEAS_AGG_AVERAGE) {
        /* Pooled: the ratio of the sums, never the mean of the ratios. */
        double num = 0, den = 0;
        for (int i = 0; i < count; i++) {
            num += at[index[i] - 1].num;
            den += at[index[i] - 1].den;
        }
        a.rule = MEAS_RULE_AGG_RATIO_POOLED;
        a.realisasi = meas_ratio(num, den, mult);
        meas_status st = meas_value_number(&a.realisasi, &a.value);
        if (st != MEAS_OK) {
            a.status = st;
            a.value = NAN;
        }
        return a;
    }
    if (agg == MEAS_AGG_LAST) {
        /* The last period's own ratio; a zero penyebut there is reported,
         * not replaced by an earlier period. */
        a.chosen = index[count - 1];
        a.realisasi = at[a.chosen - 1];
        meas_status st = meas_value_number(&a.realisasi, &a.value);
        if (st != MEAS_OK) {
            a.status = st;
            a.value = NAN;
        }
        return a;
    }
    /* max, min: over the periods whose ratio exists. */
    double v[12];
    int idx[12], n = 0;
    for (int i = 0; i < count; i++) {
        const meas_value *e = &at[index[i] - 1];
        if (e->den == 0) {
            a.skipped++;
            continue;
        }
        v[n] = e->num * e->mult / e->den;
        idx[n++] = index[i];
    }
    if (n == 0)
        return aggregate_fail(a, MEAS_NA_ZERO_DENOMINATOR);
    a.value = combine_numbers(v, idx, n, agg, &a.chosen);
    a.realisasi = at[a.chosen - 1];
    return a;
}

meas_aggregate meas_aggregate_to(const meas_series *s, meas_aggregation agg, const meas_period *p)
{
    meas_aggregate a;
    memset(&a, 0, sizeof a);
    a.status = MEAS_OK;
    a.rule = aggregation_rule(agg);
    a.realisasi = meas_none();
    a.value = NAN;
    int last_month = meas_period_last_month(p);
    if (!s || last_month == 0 || a.rule == MEAS_RULE_NONE)
        return aggregate_fail(a, MEAS_NA_INVALID_INPUT);
    a.unit = s->unit;
    switch (s->unit) {
    case MEAS_PERIOD_MONTH: a.window = last_month; break;
    case MEAS_PERIOD_QUARTER: a.window = last_month / 3; break; /* quarters wholly inside */
    case MEAS_PERIOD_YEAR:
        if (last_month != 12)
            return aggregate_fail(a, MEAS_NA_PERIOD_MISMATCH);
        a.window = 1;
        break;
    default: return aggregate_fail(a, MEAS_NA_INVALID_INPUT);
    }
    if (p->year != s->year)
        return aggregate_fail(a, MEAS_NA_PERIOD_MISMATCH);

    int index[12], mixed = 0, unknown = 0;
    meas_kind kind = MEAS_KIND_NONE;
    for (int i = 0; i < a.window; i++) {
        const meas_value *e = &s->at[i];
        if (e->kind == MEAS_KIND_NONE)
            continue;
        index[a.present++] = i + 1;
        a.last_present = i + 1;
        unknown |= e->kind == MEAS_KIND_GRADE_UNKNOWN;
        if (kind == MEAS_KIND_NONE)
            kind = kind_family(e->kind);
        else if (kind != kind_family(e->kind))
            mixed = 1;
    }
    if (a.present == 0)
        return aggregate_fail(a, MEAS_NA_NO_REALISASI);
    if (mixed)
        return aggregate_fail(a, MEAS_NA_MIXED_ENTRIES);
    switch (kind) {
    case MEAS_KIND_TEXT: return aggregate_fail(a, MEAS_NA_TEXT_REALISASI);
    case MEAS_KIND_RANGE: return aggregate_fail(a, MEAS_NA_KIND_MISMATCH);
    case MEAS_KIND_RATIO: return aggregate_ratios(a, s->at, index, a.present, agg);
    case MEAS_KIND_GRADE:
        if (unknown)
            return aggregate_fail(a, MEAS_NA_GRADE_UNKNOWN);
        if (agg == MEAS_AGG_SUM || agg == MEAS_AGG_AVERAGE)
            return aggregate_fail(a, MEAS_NA_NOT_AGGREGABLE);
        break;
    case MEAS_KIND_NUMBER: break;
    default: return aggregate_fail(a, MEAS_NA_INVALID_INPUT);
    }
    double v[12] = {0}; /* zeroed: gcc -O2 cannot see that present <= 12 */
    for (int i = 0; i < a.present; i++) {
        v[i] = s->at[index[i] - 1].value;
        if (!isfinite(v[i]))
            return aggregate_fail(a, MEAS_NA_INVALID_INPUT);
    }
    a.value = combine_numbers(v, index, a.present, agg, &a.chosen);
    a.realisasi = kind == MEAS_KIND_GRADE ? meas_grade(a.value) : meas_number(a.value);
    return a;
}

/* ------------------------------------------------------------------ */
/* Targets for a period                                                */
/* ------------------------------------------------------------------ */

static meas_period_target target_result(meas_status status, meas_rule rule, meas_value target, int quarter)
{
    meas_period_target t = {status, rule, target, quarter};
    return t;
}

/* Per-periode quarter targets 1..q combined with agg. Numbers combine as
 * numbers; ranges bound by bound; grades only by last, max, min; a text
 * quarter makes the combined target text (reported, never computed). */
static meas_period_target combine_quarters(const meas_value *quarter, int q, meas_aggregation agg)
{
    meas_rule rule = MEAS_RULE_TARGET_QUARTERS_COMBINED;
    if (agg == MEAS_AGG_LAST)
        return target_result(MEAS_OK, rule, quarter[q - 1], q);
    meas_kind kind = kind_family(quarter[0].kind);
    for (int i = 0; i < q; i++) {
        meas_kind k = kind_family(quarter[i].kind);
        if (k == MEAS_KIND_TEXT)
            return target_result(MEAS_OK, rule, meas_text(), q);
        if (k != kind)
            return target_result(MEAS_NA_MIXED_ENTRIES, rule, meas_none(), q);
        if (quarter[i].kind == MEAS_KIND_GRADE_UNKNOWN)
            return target_result(MEAS_NA_GRADE_UNKNOWN, rule, meas_none(), q);
    }
    double v[4], lo[4], hi[4];
    int index[4], chosen;
    for (int i = 0; i < q; i++) {
        v[i] = quarter[i].value;
        lo[i] = quarter[i].lo;
        hi[i] = quarter[i].hi;
        index[i] = i + 1;
    }
    switch (kind) {
    case MEAS_KIND_NUMBER: return target_result(MEAS_OK, rule, meas_number(combine_numbers(v, index, q, agg, &chosen)), q);
    case MEAS_KIND_RANGE: {
        double l = combine_numbers(lo, index, q, agg, &chosen);
        double h = combine_numbers(hi, index, q, agg, &chosen);
        return target_result(MEAS_OK, rule, meas_range(l, h), q);
    }
    case MEAS_KIND_GRADE:
        if (agg == MEAS_AGG_SUM || agg == MEAS_AGG_AVERAGE)
            return target_result(MEAS_NA_NOT_AGGREGABLE, rule, meas_none(), q);
        return target_result(MEAS_OK, rule, meas_grade(combine_numbers(v, index, q, agg, &chosen)), q);
    default: return target_result(MEAS_NA_KIND_MISMATCH, rule, meas_none(), q);
    }
}

meas_period_target meas_target_for_period(const meas_target_pk *pk, meas_aggregation agg, const meas_period *p)
{
    int last_month = meas_period_last_month(p);
    if (!pk || last_month == 0 || aggregation_rule(agg) == MEAS_RULE_NONE)
        return target_result(MEAS_NA_INVALID_INPUT, MEAS_RULE_NONE, meas_none(), 0);
    meas_period_target annual = pk->annual.kind == MEAS_KIND_NONE
                                    ? target_result(MEAS_NA_NO_TARGET, MEAS_RULE_TARGET_ANNUAL, meas_none(), 4)
                                    : target_result(MEAS_OK, MEAS_RULE_TARGET_ANNUAL, pk->annual, 4);
    if (p->kind == MEAS_PERIOD_YEAR)
        return annual;
    if (last_month % 3 != 0)
        return target_result(MEAS_NA_NO_TARGET, MEAS_RULE_NONE, meas_none(), 0);
    int q = last_month / 3;
    int any = 0, upto = 1;
    for (int i = 0; i < 4; i++)
        any |= pk->quarter[i].kind != MEAS_KIND_NONE;
    for (int i = 0; i < q; i++)
        upto &= pk->quarter[i].kind != MEAS_KIND_NONE;
    int have_q = pk->quarter[q - 1].kind != MEAS_KIND_NONE;
    /* What serves when the quarters do not: the year's end is the year. */
    meas_period_target fallback = q == 4 ? annual : target_result(MEAS_NA_NO_TARGET, MEAS_RULE_NONE, meas_none(), q);
    if (!any)
        return fallback;
    if (pk->mode == MEAS_QUARTERS_CUMULATIVE)
        return have_q ? target_result(MEAS_OK, MEAS_RULE_TARGET_QUARTER_CUMULATIVE, pk->quarter[q - 1], q) : fallback;
    if (agg == MEAS_AGG_LAST ? !have_q : !upto)
        return fallback;
    return combine_quarters(pk->quarter, q, agg);
}

meas_period_target meas_target_or_annual(meas_period_target t, const meas_target_pk *pk, const meas_period *p,
                                         const meas_policy *policy)
{
    if (t.status != MEAS_NA_NO_TARGET || !policy || !policy->annual_progress || !pk ||
        p->kind == MEAS_PERIOD_YEAR || pk->annual.kind == MEAS_KIND_NONE)
        return t;
    return target_result(MEAS_OK, MEAS_RULE_TARGET_ANNUAL_PROGRESS, pk->annual, 4);
}

/* ------------------------------------------------------------------ */
/* Roll-ups                                                            */
/* ------------------------------------------------------------------ */

void meas_mean_begin(meas_mean *m, int weighted, const meas_policy *policy)
{
    memset(m, 0, sizeof *m);
    m->weighted = weighted;
    m->policy = policy ? *policy : meas_policy_default();
    m->r.result = capaian_na(MEAS_NA_NO_INPUT, weighted ? MEAS_RULE_WEIGHTED_MEAN : MEAS_RULE_MEAN, MEAS_RULE_NONE);
    m->r.reason = MEAS_OK;
}

static void mean_skip(meas_mean *m, meas_status st)
{
    m->r.skipped++;
    m->r.skipped_by[st]++;
}

void meas_mean_add(meas_mean *m, meas_capaian c, double weight)
{
    meas_status st = c.status;
    double w = m->weighted ? weight : 1;
    if ((unsigned)st >= MEAS_STATUS_COUNT)
        st = MEAS_NA_INVALID_INPUT;
    if (st == MEAS_OK && (!isfinite(c.raw) || !isfinite(w) || w <= 0))
        st = MEAS_NA_INVALID_INPUT;
    if (st != MEAS_OK) {
        mean_skip(m, st);
        return;
    }
    double x = c.raw;
    if (m->policy.cap_before_mean) {
        /* Each input as its own policy limited it (an indicator may
         * have its own batas-atas or batas-bawah). */
        if (!isfinite(c.value)) {
            mean_skip(m, MEAS_NA_INVALID_INPUT);
            return;
        }
        m->r.inputs_capped += (size_t)(c.capped != 0);
        m->r.inputs_floored += (size_t)(c.floored != 0);
        x = c.value;
    }
    m->sum += w * x;
    m->r.weight_total += w;
    m->r.used++;
}

meas_rollup meas_mean_end(meas_mean *m)
{
    meas_rollup r = m->r;
    for (int s = 1; s < MEAS_STATUS_COUNT; s++)
        if (r.skipped_by[s] > (r.reason == MEAS_OK ? 0 : r.skipped_by[r.reason]))
            r.reason = (meas_status)s;
    if (r.used == 0)
        return r;
    r.result.status = MEAS_OK;
    r.result.raw = r.result.value = m->sum / r.weight_total;
    r.result = meas_apply_limits(r.result, &m->policy);
    return r;
}

meas_rollup meas_rollup_mean(const meas_capaian *items, const double *weights, size_t count,
                             const meas_policy *policy)
{
    meas_mean m;
    meas_mean_begin(&m, weights != NULL, policy);
    for (size_t i = 0; items && i < count; i++)
        meas_mean_add(&m, items[i], weights ? weights[i] : 1);
    return meas_mean_end(&m);
}

/* ------------------------------------------------------------------ */
/* Comparisons and trend                                               */
/* ------------------------------------------------------------------ */

meas_comparison meas_compare(meas_polarity polarity, const meas_value *realisasi, const meas_value *target,
                             const meas_value *target_akhir, const meas_value *standar,
                             const meas_policy *policy)
{
    meas_comparison c;
    c.target = meas_capaian_compute(polarity, target, realisasi, policy);
    c.target_akhir = meas_capaian_compute(polarity, target_akhir, realisasi, policy);
    c.standar = meas_capaian_compute(polarity, standar, realisasi, policy);
    return c;
}

meas_trend meas_trend_of(meas_polarity polarity, double base, double current)
{
    meas_trend t = {MEAS_OK, MEAS_RULE_TREND, base, current, NAN, MEAS_OK, NAN, MEAS_DIRECTION_UNKNOWN};
    if (!isfinite(base) || !isfinite(current)) {
        t.status = t.percent_status = MEAS_NA_INVALID_INPUT;
        return t;
    }
    t.change = current - base;
    if (base == 0)
        t.percent_status = MEAS_NA_ZERO_BASE;
    else
        t.percent = t.change * 100 / fabs(base);
    if (polarity == MEAS_POLARITY_POSITIVE || polarity == MEAS_POLARITY_NEGATIVE) {
        if (t.change == 0)
            t.direction = MEAS_SAME;
        else if ((t.change > 0) == (polarity == MEAS_POLARITY_POSITIVE))
            t.direction = MEAS_BETTER;
        else
            t.direction = MEAS_WORSE;
    }
    return t;
}

/* ------------------------------------------------------------------ */
/* Budget and efficiency                                               */
/* ------------------------------------------------------------------ */

meas_serapan meas_serapan_of(meas_budget b)
{
    meas_serapan s = {MEAS_OK, MEAS_RULE_SERAPAN, b.pagu, b.spent, NAN};
    if (!isfinite(b.pagu) || !isfinite(b.spent) || b.pagu < 0 || b.spent < 0)
        s.status = MEAS_NA_INVALID_INPUT;
    else if (b.pagu == 0)
        s.status = MEAS_NA_ZERO_PAGU;
    else
        s.value = b.spent * 100 / b.pagu;
    return s;
}

meas_budget meas_budget_sum(const meas_budget *items, size_t count)
{
    meas_budget total = {0, 0};
    for (size_t i = 0; items && i < count; i++) {
        total.pagu += items[i].pagu;
        total.spent += items[i].spent;
    }
    return total;
}

meas_serapan meas_serapan_total(const meas_budget *items, size_t count)
{
    return meas_serapan_of(meas_budget_sum(items, count));
}

meas_status meas_spending_to(const double monthly[12], const meas_period *p, double *out)
{
    int last_month = meas_period_last_month(p);
    if (!monthly || !out || last_month == 0)
        return MEAS_NA_INVALID_INPUT;
    double total = 0;
    for (int m = 0; m < last_month; m++) {
        if (!isfinite(monthly[m]) || monthly[m] < 0)
            return MEAS_NA_INVALID_INPUT;
        total += monthly[m];
    }
    *out = total;
    return MEAS_OK;
}

meas_efficiency_result meas_efficiency_of(const meas_capaian *capaian, const meas_serapan *serapan,
                                          const meas_policy *policy)
{
    meas_policy storage;
    const meas_policy *p = policy_or_default(policy, &storage);
    static const meas_rule rules[] = {MEAS_RULE_EFF_DIFFERENCE, MEAS_RULE_EFF_RATIO, MEAS_RULE_EFF_UNSPENT};
    meas_efficiency_result e = {MEAS_NA_INVALID_INPUT, MEAS_RULE_NONE, NAN, NAN, NAN};
    if ((unsigned)p->efficiency > MEAS_EFF_UNSPENT)
        return e;
    e.rule = rules[p->efficiency];
    if (!capaian || !serapan)
        return e;
    e.capaian = capaian->value;
    e.serapan = serapan->value;
    if (capaian->status != MEAS_OK) {
        e.status = capaian->status;
        return e;
    }
    if (serapan->status != MEAS_OK) {
        e.status = serapan->status;
        return e;
    }
    if (!isfinite(e.capaian) || !isfinite(e.serapan))
        return e;
    e.status = MEAS_OK;
    switch (p->efficiency) {
    case MEAS_EFF_DIFFERENCE: e.value = e.capaian - e.serapan; break;
    case MEAS_EFF_RATIO:
        if (e.serapan == 0)
            e.status = MEAS_NA_ZERO_SERAPAN;
        else
            e.value = e.capaian / e.serapan;
        break;
    case MEAS_EFF_UNSPENT:
        /* Met as displayed: a capaian shown as 100,00 % is met. */
        if (meas_round(e.capaian, p->decimals, p->rounding) >= 100)
            e.value = 100 - e.serapan;
        else
            e.status = MEAS_NA_TARGET_NOT_MET;
        break;
    }
    return e;
}

meas_efficiency_unit meas_efficiency_unit_of(const meas_efficiency_result *e)
{
    if (!e || e->status != MEAS_OK)
        return MEAS_EFF_UNIT_NONE;
    switch (e->rule) {
    case MEAS_RULE_EFF_DIFFERENCE: return MEAS_EFF_UNIT_POINTS;
    case MEAS_RULE_EFF_RATIO: return MEAS_EFF_UNIT_RATIO;
    case MEAS_RULE_EFF_UNSPENT: return MEAS_EFF_UNIT_PERCENT;
    default: return MEAS_EFF_UNIT_NONE;
    }
}

meas_efficiency_class meas_efficiency_classify(const meas_efficiency_result *e, const meas_policy *policy)
{
    meas_policy storage;
    const meas_policy *p = policy_or_default(policy, &storage);
    if (!e || e->status != MEAS_OK || e->rule != MEAS_RULE_EFF_DIFFERENCE || !isfinite(e->value))
        return MEAS_EFF_CLASS_NONE;
    double shown = meas_round(e->value, p->decimals, p->rounding);
    if (shown > p->efficient_above)
        return MEAS_EFF_CLASS_EFFICIENT;
    if (shown < p->inefficient_below)
        return MEAS_EFF_CLASS_INEFFICIENT;
    return MEAS_EFF_CLASS_FAIR;
}

const char *meas_efficiency_class_code(meas_efficiency_class c)
{
    switch (c) {
    case MEAS_EFF_CLASS_EFFICIENT: return "efisien";
    case MEAS_EFF_CLASS_FAIR: return "cukup-efisien";
    case MEAS_EFF_CLASS_INEFFICIENT: return "tidak-efisien";
    default: return NULL;
    }
}

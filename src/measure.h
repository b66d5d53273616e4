/*
 * measure.h — the measurement engine: capaian, periods, targets per period,
 * roll-ups, comparisons, categories and budget, as pure functions.
 *
 * Nothing here reads XML, prints, allocates, keeps state or looks at the
 * clock: every input (the period included) is an argument and every result
 * is a value returned by the function. Every numeric result carries
 *   - a status: MEAS_OK, or a MEAS_NA_* state saying why it could not be
 *     computed (meas_status_reason gives the words) — there is no division
 *     by zero anywhere, and a real zero is never a missing value;
 *   - a rule: the formula or method that produced it (meas_rule_name).
 * Values are kept at full precision. meas_round is the only rounding, for
 * presentation; meas_category works on the value as it will be displayed.
 * When a result is not computable its numeric fields are NaN, so a misuse
 * shows instead of passing for a number.
 *
 * Policies (DOMAIN.md, docs/format.md 13.2) travel in a meas_policy; a
 * per-indicator override (rumus-negatif) is a modified copy. Every function
 * that takes a policy accepts NULL for the defaults.
 */
#ifndef LKJ_MEASURE_H
#define LKJ_MEASURE_H

#include <stddef.h>

/* ------------------------------------------------------------------ */
/* Statuses and rules                                                  */
/* ------------------------------------------------------------------ */

typedef enum meas_status {
    MEAS_OK,
    MEAS_NA_NO_REALISASI,      /* nothing reported (yet) for the period */
    MEAS_NA_NO_TARGET,         /* no target, or none defined for this period */
    MEAS_NA_ZERO_TARGET,       /* T = 0 (the caller emits the warning) */
    MEAS_NA_ZERO_REALISASI,    /* R = 0 under T/R */
    MEAS_NA_NEGATIVE_TARGET,   /* T < 0: a ratio to it has no meaning */
    MEAS_NA_NEGATIVE_REALISASI,/* R < 0 under T/R */
    MEAS_NA_TEXT_TARGET,       /* text target: reported, never computed */
    MEAS_NA_TEXT_REALISASI,    /* text realisasi against a computable target */
    MEAS_NA_KIND_MISMATCH,     /* grade against number, range realisasi, … */
    MEAS_NA_RANGE_NEEDED,      /* a rentang indicator without a range target */
    MEAS_NA_BAD_RANGE,         /* bawah > atas */
    MEAS_NA_ZERO_DENOMINATOR,  /* a ratio realisasi with penyebut 0 */
    MEAS_NA_GRADE_UNKNOWN,     /* a predikat that is not on the scale */
    MEAS_NA_MIXED_ENTRIES,     /* periods of one series hold different kinds */
    MEAS_NA_MIXED_MULTIPLIER,  /* ratio periods with different pengali */
    MEAS_NA_NOT_AGGREGABLE,    /* e.g. the sum of grades */
    MEAS_NA_PERIOD_MISMATCH,   /* annual realisasi for a shorter period, other year */
    MEAS_NA_NO_INPUT,          /* a roll-up whose inputs are all not computable */
    MEAS_NA_ZERO_PAGU,         /* serapan of a zero pagu */
    MEAS_NA_ZERO_SERAPAN,      /* efficiency ratio with serapan 0 */
    MEAS_NA_TARGET_NOT_MET,    /* efficiency sisa-anggaran when capaian < 100 */
    MEAS_NA_ZERO_BASE,         /* percent change from a zero base */
    MEAS_NA_INVALID_INPUT,     /* NaN, infinity, negative pagu, bad weight or period */
    MEAS_NA_COMPONENT_ONLY,    /* a component of a composite without a target of its own:
                                  its capaian is not asked for (evaluate.c) */
    /* why a composite's formula gave no value (evaluate.c) */
    MEAS_NA_FORMULA_INVALID,   /* the formula does not parse (LKJ0412) */
    MEAS_NA_FORMULA_UNKNOWN_ID,/* it names an id that is no indikator (LKJ0409) */
    MEAS_NA_COMPONENT_NA,      /* a component it names has no value for the period */
    MEAS_NA_FORMULA_LOOP,      /* it depends on itself (LKJ0410) */
    MEAS_NA_FORMULA_UNDEFINED, /* division by zero, ln of x <= 0, overflow, … */
    MEAS_STATUS_COUNT
} meas_status;

/* A short human reason ("realisasi belum ada"); English when english != 0. */
const char *meas_status_reason(meas_status status, int english);

typedef enum meas_rule {
    MEAS_RULE_NONE,
    /* capaian formulas */
    MEAS_RULE_POSITIVE,               /* R/T×100 */
    MEAS_RULE_NEGATIVE_2T_R,          /* (2T−R)/T×100 */
    MEAS_RULE_NEGATIVE_T_R,           /* T/R×100 */
    MEAS_RULE_RANGE_INSIDE,           /* lo ≤ R ≤ hi → 100 */
    MEAS_RULE_RANGE_BELOW,            /* R < lo: formula with T = lo */
    MEAS_RULE_RANGE_ABOVE,            /* R > hi: formula with T = hi */
    MEAS_RULE_ZERO_TARGET_ZERO_CASES, /* negative, T = 0, R = 0 → 100 */
    MEAS_RULE_GRADE,                  /* grades compared by their values */
    /* roll-ups */
    MEAS_RULE_MEAN,
    MEAS_RULE_WEIGHTED_MEAN,
    /* combining periods (agregasi) */
    MEAS_RULE_AGG_SUM,
    MEAS_RULE_AGG_LAST,
    MEAS_RULE_AGG_AVERAGE,
    MEAS_RULE_AGG_MAX,
    MEAS_RULE_AGG_MIN,
    MEAS_RULE_AGG_RATIO_POOLED,       /* Σpembilang/Σpenyebut×pengali */
    /* targets for a period */
    MEAS_RULE_TARGET_ANNUAL,
    MEAS_RULE_TARGET_QUARTER_CUMULATIVE,
    MEAS_RULE_TARGET_QUARTERS_COMBINED,
    /* budget, efficiency, trend */
    MEAS_RULE_SERAPAN,
    MEAS_RULE_EFF_DIFFERENCE,
    MEAS_RULE_EFF_RATIO,
    MEAS_RULE_EFF_UNSPENT,
    MEAS_RULE_TREND,
    MEAS_RULE_TARGET_ANNUAL_PROGRESS, /* a quarter's realisasi against the year's target */
    MEAS_RULE_COUNT
} meas_rule;

/* "positif R/T×100", "negatif (2T−R)/T×100", …; English when english != 0. */
const char *meas_rule_name(meas_rule rule, int english);

/* ------------------------------------------------------------------ */
/* Policies                                                            */
/* ------------------------------------------------------------------ */

typedef enum meas_negative_formula { MEAS_NEG_2T_R, MEAS_NEG_T_R } meas_negative_formula;
typedef enum meas_zero_target { MEAS_ZERO_STANDARD, MEAS_ZERO_NOT_COMPUTED } meas_zero_target;
typedef enum meas_cap { MEAS_CAP_NONE, MEAS_CAP_100, MEAS_CAP_120 } meas_cap;
typedef enum meas_floor { MEAS_FLOOR_NONE, MEAS_FLOOR_0 } meas_floor;
typedef enum meas_round_mode { MEAS_ROUND_HALF_AWAY, MEAS_ROUND_TRUNCATE } meas_round_mode;
typedef enum meas_efficiency {
    MEAS_EFF_DIFFERENCE, /* selisih: capaian − serapan */
    MEAS_EFF_RATIO,      /* rasio: capaian / serapan */
    MEAS_EFF_UNSPENT     /* sisa-anggaran: 100 − serapan when the target is met */
} meas_efficiency;

/* capaian-unit: what the unit's headline capaian is the mean of. */
typedef enum meas_unit_basis {
    MEAS_UNIT_SASARAN,  /* every sasaran's capaian (default; as published LKjIPs) */
    MEAS_UNIT_TUJUAN,   /* every tujuan's capaian */
    MEAS_UNIT_INDIKATOR /* every sasaran indicator's capaian */
} meas_unit_basis;

typedef struct meas_policy {
    meas_negative_formula negative; /* rumus-negatif */
    meas_zero_target zero_target;   /* target-nol */
    meas_cap cap;                   /* batas-atas */
    meas_floor floor;               /* batas-bawah */
    int cap_before_mean;            /* batas-sebelum-rata-rata: 1 = ya */
    int decimals;                   /* pembulatan/@desimal, 0–6 */
    meas_round_mode rounding;       /* pembulatan/@cara */
    meas_efficiency efficiency;     /* efisiensi */
    meas_unit_basis unit_basis;     /* capaian-unit */
    int annual_progress;            /* tanpa-target-triwulan: 1 = progres-tahunan */
    /* klasifikasi-efisiensi, for efisiensi selisih (percentage points):
     * efisien above efficient_above, tidak efisien below
     * inefficient_below, cukup efisien between, both bounds included. */
    double efficient_above;         /* @efisien-di-atas, default +5 */
    double inefficient_below;       /* @tidak-efisien-di-bawah, default −5 */
} meas_policy;

/* DOMAIN.md defaults: 2T-R, standar, no cap, no floor, limits after the
 * mean, 2 decimals half away from zero, efficiency selisih classified
 * efisien above +5 points, tidak efisien below −5. */
meas_policy meas_policy_default(void);

/* Sets one policy from its workspace spelling: key "rumus-negatif",
 * "target-nol", "batas-atas", "batas-bawah", "batas-sebelum-rata-rata",
 * "desimal", "cara" (the two attributes of <pembulatan>), "efisiensi", "capaian-unit",
 * "efisien-di-atas" or "tidak-efisien-di-bawah" (the two attributes of
 * <klasifikasi-efisiensi>, decimal numbers), value as in docs/format.md
 * 13.2. Returns 0, or -1 (policy unchanged) for an unknown key or value. */
int meas_policy_set(meas_policy *policy, const char *key, const char *value);

/* The workspace spelling of one policy ("2T-R", "tanpa", "2", …) for the
 * report's list of policies used; NULL for an unknown key and for the
 * numeric ones (efisien-di-atas, tidak-efisien-di-bawah: read the
 * fields). */
const char *meas_policy_get(const meas_policy *policy, const char *key);

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

typedef enum meas_polarity {
    MEAS_POLARITY_POSITIVE, /* positif: higher is better */
    MEAS_POLARITY_NEGATIVE, /* negatif: lower is better */
    MEAS_POLARITY_RANGE     /* rentang: inside the target range is best */
} meas_polarity;

typedef enum meas_kind {
    MEAS_KIND_NONE,          /* absent: no target, month not reported */
    MEAS_KIND_NUMBER,        /* value */
    MEAS_KIND_RANGE,         /* lo, hi (targets only) */
    MEAS_KIND_GRADE,         /* value = the grade's number on its scale */
    MEAS_KIND_GRADE_UNKNOWN, /* a grade code the scale does not have */
    MEAS_KIND_TEXT,          /* reported, never computed */
    MEAS_KIND_RATIO          /* num / den × mult (realisasi only) */
} meas_kind;

/* A typed target or realisasi (docs/format.md 7). */
typedef struct meas_value {
    meas_kind kind;
    double value;
    double lo, hi;
    double num, den, mult;
} meas_value;

static inline meas_value meas_none(void) { return (meas_value){MEAS_KIND_NONE, 0, 0, 0, 0, 0, 0}; }
static inline meas_value meas_number(double v) { return (meas_value){MEAS_KIND_NUMBER, v, 0, 0, 0, 0, 0}; }
static inline meas_value meas_range(double lo, double hi) { return (meas_value){MEAS_KIND_RANGE, 0, lo, hi, 0, 0, 0}; }
static inline meas_value meas_grade(double v) { return (meas_value){MEAS_KIND_GRADE, v, 0, 0, 0, 0, 0}; }
static inline meas_value meas_text(void) { return (meas_value){MEAS_KIND_TEXT, 0, 0, 0, 0, 0, 0}; }
/* mult is the pengali (1 when the file leaves it out). */
static inline meas_value meas_ratio(double num, double den, double mult)
{
    return (meas_value){MEAS_KIND_RATIO, 0, 0, 0, num, den, mult};
}

/* One tingkat of a skala: the code written in predikat and its number. */
typedef struct meas_grade_level {
    const char *code;
    double value;
} meas_grade_level;

/* The grade of that code on the scale, or a MEAS_KIND_GRADE_UNKNOWN value. */
meas_value meas_grade_lookup(const meas_grade_level *scale, size_t count, const char *code);

/* The number a NUMBER, GRADE or RATIO value stands for (a ratio is
 * recomputed from its parts). Returns MEAS_OK and sets *out, or the reason. */
meas_status meas_value_number(const meas_value *v, double *out);

/* Workspace spellings: "positif" | "negatif" | "rentang". 0 or -1. */
int meas_polarity_parse(const char *s, meas_polarity *out);

/* ------------------------------------------------------------------ */
/* Capaian                                                             */
/* ------------------------------------------------------------------ */

typedef struct meas_capaian {
    meas_status status;
    meas_rule rule;     /* what decided: a formula, RANGE_*, ZERO_TARGET_ZERO_CASES, GRADE, MEAN */
    meas_rule formula;  /* the formula applied (POSITIVE, NEGATIVE_*); NONE when none was */
    double target;      /* the T that went into the formula (bawah or atas for ranges) */
    double realisasi;   /* the R used (a ratio recomputed) */
    double raw;         /* before cap and floor, full precision */
    double value;       /* after cap and floor, full precision */
    int capped, floored;
} meas_capaian;

/* Capaian of one period: T and R of the same period. Range targets keep
 * the indicator's direction (below: T = bawah, above: T = atas); a rentang
 * indicator scores below its range with the positive formula and above it
 * with the policy's negative formula. Grades compare by their numbers with
 * the formula of the indicator's direction. Cap and floor come last. */
meas_capaian meas_capaian_compute(meas_polarity polarity, const meas_value *target, const meas_value *realisasi,
                                  const meas_policy *policy);

/* The rule in words, with the formula for ranges and grades: "rentang: di
 * bawah rentang (T = batas bawah); negatif (2T−R)/T×100". Like snprintf. */
int meas_capaian_describe(const meas_capaian *c, int english, char *buf, size_t size);

/* The policy's cap (100, 120) or floor (0) applied to a raw capaian. */
meas_capaian meas_apply_limits(meas_capaian c, const meas_policy *policy);

/* ------------------------------------------------------------------ */
/* Rounding and categories                                             */
/* ------------------------------------------------------------------ */

/* value rounded to decimals (clamped to 0–15) places, half away from zero
 * or truncated. The value is first read at 15 significant digits (DBL_DIG,
 * what a double holds exactly in decimal), which takes away the binary
 * representation error (1.005 is stored as 1.00499999…) and the noise of
 * arithmetic (0.29 × 100 = 28.999999999999996); the rounding itself is then
 * done on those decimal digits, so 1.005 → 1.01, 2.675 → 2.68,
 * −70.505 → −70.51. NaN and infinities come back unchanged; the result is
 * never −0. Where reading the digits cannot change the result (the value
 * far from the place's boundary), it is computed without them. */
double meas_round(double value, int decimals, meas_round_mode mode);
/* The same, always through the 15 digits: the reference meas_round is
 * tested against. */
double meas_round_by_digits(double value, int decimals, meas_round_mode mode);

/* A category band: the first band (highest first) whose min the value
 * reaches; a band without min takes the rest. */
typedef struct meas_band {
    const char *code;
    int has_min;
    double min;
    const char *label;
} meas_band;

/* Permendagri 86/2017: ST ≥ 91, T ≥ 76, S ≥ 66, R ≥ 51, SR the rest. */
const meas_band *meas_category_default_bands(size_t *count);

/* The band of a capaian as it is displayed: the value is rounded with the
 * policy first, so 90.996 (shown 91.00) is ST, never "91,00 % Tinggi".
 * bands NULL = the default scale. NULL for NaN or when no band matches. */
const meas_band *meas_category(double value, const meas_band *bands, size_t count, const meas_policy *policy);

/* ------------------------------------------------------------------ */
/* Periods and agregasi                                                */
/* ------------------------------------------------------------------ */

typedef enum meas_period_kind { MEAS_PERIOD_YEAR, MEAS_PERIOD_QUARTER, MEAS_PERIOD_MONTH } meas_period_kind;

typedef struct meas_period {
    int year;              /* 2000–2100 */
    meas_period_kind kind;
    int index;             /* quarter 1–4, month 1–12, 0 for the year */
} meas_period;

/* "2025", "2025-Q3" (or q3), "2025-09" (two digits). 0, or -1 on anything
 * else (Q0, Q5, month 00 or 13, 2025-9, spaces, trailing text). */
int meas_period_parse(const char *s, meas_period *out);

/* The last month the period covers (12, 3q, m), or 0 for an invalid period. */
int meas_period_last_month(const meas_period *p);

typedef enum meas_aggregation {
    MEAS_AGG_SUM,     /* jumlah */
    MEAS_AGG_LAST,    /* terakhir */
    MEAS_AGG_AVERAGE, /* rata-rata */
    MEAS_AGG_MAX,     /* maks */
    MEAS_AGG_MIN      /* min */
} meas_aggregation;

/* "jumlah" | "terakhir" | "rata-rata" | "maks" | "min". 0 or -1. */
int meas_aggregation_parse(const char *s, meas_aggregation *out);

/* The realisasi of one year as reported: per month (at[0..11]), per quarter
 * (at[0..3]) or annual (at[0]). Missing periods are MEAS_KIND_NONE. */
typedef struct meas_series {
    int year;
    meas_period_kind unit; /* MONTH, QUARTER or YEAR (tahunan) */
    meas_value at[12];
} meas_series;

typedef struct meas_aggregate {
    meas_status status;
    meas_rule rule;          /* AGG_* ; AGG_RATIO_POOLED for ratios summed or averaged */
    meas_value realisasi;    /* NUMBER, GRADE or RATIO (pooled sums, or the chosen period's parts) */
    double value;            /* its number (a ratio recomputed); NaN when not computable */
    meas_period_kind unit;   /* what the indices below count */
    int window;              /* periods 1..window fall inside the requested period */
    int present;             /* entries present among them */
    int last_present;        /* the latest present one (0 when none) */
    int chosen;              /* the one whose value was taken (last, max, min); 0 otherwise */
    int skipped;             /* ratio periods with penyebut 0 left out by max/min */
} meas_aggregate;

/* The realisasi to date for period p: the entries up to p's end combined
 * with agregasi. Missing entries are skipped. Quarterly data for a monthly
 * period uses the quarters wholly inside it; annual data serves only a
 * period ending in December. Ratios (pembilang/penyebut): jumlah and
 * rata-rata pool the parts (Σnum/Σden×mult, never a mean of percentages);
 * terakhir, maks, min take the chosen period's own ratio. */
meas_aggregate meas_aggregate_to(const meas_series *s, meas_aggregation agg, const meas_period *p);

/* ------------------------------------------------------------------ */
/* Targets for a period                                                */
/* ------------------------------------------------------------------ */

typedef enum meas_quarter_mode {
    MEAS_QUARTERS_CUMULATIVE, /* kumulatif: quarter q holds the target s.d. TW q */
    MEAS_QUARTERS_PER_PERIOD  /* per-periode: quarter q holds that quarter only */
} meas_quarter_mode;

/* "kumulatif" | "per-periode". 0 or -1. */
int meas_quarter_mode_parse(const char *s, meas_quarter_mode *out);

/* The PK target of the year (or the plan's annual target), optionally per
 * quarter (MEAS_KIND_NONE where not given). */
typedef struct meas_target_pk {
    meas_value annual;
    meas_value quarter[4];
    meas_quarter_mode mode;
} meas_target_pk;

typedef struct meas_period_target {
    meas_status status;
    meas_rule rule;    /* TARGET_ANNUAL, TARGET_QUARTER_CUMULATIVE, TARGET_QUARTERS_COMBINED */
    meas_value target;
    int quarter;       /* the to-date quarter the target is for; 4 for the year */
} meas_period_target;

/* The to-date target for period p (the year is the caller's: pk is the
 * PK of p's year). Year → annual. Quarter q → kumulatif: quarter q's
 * target; per-periode: quarters 1..q combined with agregasi. A month
 * counts only when it closes a quarter (3, 6, 9, 12); other months have no
 * target (NA_NO_TARGET). Without quarterly targets only Q4 / December (the
 * year's end) take the annual target. */
meas_period_target meas_target_for_period(const meas_target_pk *pk, meas_aggregation agg, const meas_period *p);

/* The policy tanpa-target-triwulan progres-tahunan: a quarter or month
 * without a target of its own is measured against the year's target, as
 * progress (rule TARGET_ANNUAL_PROGRESS); t otherwise, unchanged. */
meas_period_target meas_target_or_annual(meas_period_target t, const meas_target_pk *pk, const meas_period *p,
                                         const meas_policy *policy);

/* ------------------------------------------------------------------ */
/* Roll-ups                                                            */
/* ------------------------------------------------------------------ */

typedef struct meas_rollup {
    meas_capaian result;        /* rule MEAN or WEIGHTED_MEAN; status OK or NA_NO_INPUT */
    size_t used, skipped;
    size_t skipped_by[MEAS_STATUS_COUNT]; /* how many inputs were skipped for each reason */
    meas_status reason;         /* the most frequent skip reason (MEAS_OK when none) */
    size_t inputs_capped, inputs_floored; /* limits applied to inputs (cap before mean) */
    double weight_total;        /* of the inputs used */
} meas_rollup;

/* Mean of the children's capaian (indikator → sasaran → tujuan → unit →
 * pemda), weighted when weights is not NULL (weights[i] > 0). Not
 * computable children are skipped and counted; the mean uses each child's
 * raw (uncapped) value; with cap_before_mean each child's value as its own
 * policy limited it (meas_apply_limits: an indicator may have its own cap
 * or floor), otherwise the mean is limited once by policy. A roll-up's
 * result feeds the next level as an ordinary capaian. */
meas_rollup meas_rollup_mean(const meas_capaian *items, const double *weights, size_t count,
                             const meas_policy *policy);

/* The same mean one input at a time, for any number of inputs:
 * meas_mean_begin, meas_mean_add for each (weight ignored unless
 * weighted), then meas_mean_end. policy must outlive m (NULL: default). */
typedef struct meas_mean {
    meas_rollup r;
    double sum;
    int weighted;
    meas_policy policy;
} meas_mean;
void meas_mean_begin(meas_mean *m, int weighted, const meas_policy *policy);
void meas_mean_add(meas_mean *m, meas_capaian c, double weight);
meas_rollup meas_mean_end(meas_mean *m);

/* ------------------------------------------------------------------ */
/* Comparisons and trend                                               */
/* ------------------------------------------------------------------ */

/* The realisasi against the year's target, the end-of-period target
 * (target-akhir) and the national standard, by the same formula. A NULL
 * target gives NA_NO_TARGET. */
typedef struct meas_comparison {
    meas_capaian target;
    meas_capaian target_akhir;
    meas_capaian standar;
} meas_comparison;

meas_comparison meas_compare(meas_polarity polarity, const meas_value *realisasi, const meas_value *target,
                             const meas_value *target_akhir, const meas_value *standar,
                             const meas_policy *policy);

typedef enum meas_direction { MEAS_SAME, MEAS_BETTER, MEAS_WORSE, MEAS_DIRECTION_UNKNOWN } meas_direction;

typedef struct meas_trend {
    meas_status status;          /* of the change */
    meas_rule rule;              /* TREND */
    double base, current;
    double change;               /* current − base */
    meas_status percent_status;  /* NA_ZERO_BASE when base = 0 */
    double percent;              /* change / |base| × 100 */
    meas_direction direction;    /* by polarity; UNKNOWN for rentang */
} meas_trend;

/* An earlier year's realisasi (base) against this year's (current). */
meas_trend meas_trend_of(meas_polarity polarity, double base, double current);

/* ------------------------------------------------------------------ */
/* Budget and efficiency                                               */
/* ------------------------------------------------------------------ */

typedef struct meas_budget {
    double pagu;
    double spent; /* realisasi anggaran */
} meas_budget;

typedef struct meas_serapan {
    meas_status status;
    meas_rule rule; /* SERAPAN */
    double pagu, spent;
    double value;   /* spent / pagu × 100 */
} meas_serapan;

meas_serapan meas_serapan_of(meas_budget b);

/* Upward (sub kegiatan → kegiatan → program → unit): the pagu and the
 * spending are summed first, then divided — never a mean of percentages. */
meas_budget meas_budget_sum(const meas_budget *items, size_t count);
meas_serapan meas_serapan_total(const meas_budget *items, size_t count);

/* Spending up to the end of p from monthly amounts (each month's own
 * spending, 0 where none): Σ months 1..last month of p. */
meas_status meas_spending_to(const double monthly[12], const meas_period *p, double *out);

typedef struct meas_efficiency_result {
    meas_status status;
    meas_rule rule;      /* EFF_DIFFERENCE, EFF_RATIO, EFF_UNSPENT */
    double value;
    double capaian;      /* the inputs, shown beside the result */
    double serapan;
} meas_efficiency_result;

/* Efficiency of resource use with the policy's variant, from the capaian
 * as presented (after cap and floor) and the serapan. "Target met" for
 * sisa-anggaran is judged on the displayed (rounded) capaian ≥ 100. */
meas_efficiency_result meas_efficiency_of(const meas_capaian *capaian, const meas_serapan *serapan,
                                          const meas_policy *policy);

/* The unit an efficiency value is in, by its rule. */
typedef enum meas_efficiency_unit {
    MEAS_EFF_UNIT_NONE,          /* not computed */
    MEAS_EFF_UNIT_POINTS,        /* selisih: percentage points ("poin persen") */
    MEAS_EFF_UNIT_RATIO,         /* rasio: a plain ratio, no unit */
    MEAS_EFF_UNIT_PERCENT        /* sisa-anggaran: percent of the pagu */
} meas_efficiency_unit;

meas_efficiency_unit meas_efficiency_unit_of(const meas_efficiency_result *e);

typedef enum meas_efficiency_class {
    MEAS_EFF_CLASS_NONE,         /* not computed, or a variant without classes */
    MEAS_EFF_CLASS_EFFICIENT,    /* efisien: above efficient_above */
    MEAS_EFF_CLASS_FAIR,         /* cukup efisien: within the bounds, both included */
    MEAS_EFF_CLASS_INEFFICIENT   /* tidak efisien: below inefficient_below */
} meas_efficiency_class;

/* The class of a selisih efficiency (capaian − serapan, in points) by the
 * policy's klasifikasi-efisiensi, judged on the value as displayed (like
 * categories: 5.004, shown 5,00, is cukup efisien at the default +5).
 * MEAS_EFF_CLASS_NONE for other variants and when not computable. */
meas_efficiency_class meas_efficiency_classify(const meas_efficiency_result *e, const meas_policy *policy);

/* "efisien", "cukup-efisien", "tidak-efisien"; NULL for NONE. */
const char *meas_efficiency_class_code(meas_efficiency_class c);

#endif

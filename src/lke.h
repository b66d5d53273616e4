/*
 * lke.h — SAKIP evaluation (PermenPANRB 88/2021): the Lembar Kerja
 * Evaluasi as data, the answers of a unit, and their scores.
 *
 * The LKE is a document of its own (schemas/lke.xsd, <lke>): answer
 * scales, predikat bands, components, sub-components and criteria with
 * their weights. lkjip ships the 88/2021 one built in; a Bappeda or
 * Inspektorat loads the year's own. Answers (<evaluasi>) give, per
 * criterion, the unit's self-assessment (mandiri) and the evaluator's
 * answer. Scoring: a sub-component is the mean of its criteria's values
 * times its weight (or, when graded directly on its skala-nilai, that
 * grade times its weight); a component is the sum of its sub-components,
 * the total the sum of the components; the predikat is the first band
 * whose exclusive lower bound the total, as shown (two decimals), is
 * above. Values are kept at full precision; only presentation rounds.
 */
#ifndef LKJ_LKE_H
#define LKJ_LKE_H

#include <stddef.h>

#include "arena.h"
#include "lkjip/lkjip.h"

#define LKE_NS "urn:lkjip:lke:1"

/* One answer on a scale: its code ("Y", "B", "AA") and value, 0 to 1. */
typedef struct lke_grade {
    const char *code;
    double value;
    const char *label; /* may be NULL */
} lke_grade;

typedef struct lke_scale {
    const char *id;
    const char *name;
    lke_grade *grades;
    size_t grade_count;
} lke_scale;

/* A predikat band: the total must be above `above` (the last band has no
 * bound and takes the rest). */
typedef struct lke_band {
    const char *code;
    int has_bound;
    double above;
    const char *label[2]; /* [LKJ_LANG_ID], [LKJ_LANG_EN] (the Indonesian when none) */
} lke_band;

typedef struct lke_criterion {
    const char *id;
    const char *text;
    const lke_scale *scale;
    const char *from_data; /* the dari-data check, or NULL: only people can judge it */
    size_t sub;            /* index of its sub-component */
} lke_criterion;

typedef struct lke_sub {
    const char *id;
    const char *name[2];
    double weight;                /* points of the total */
    const lke_scale *grade_scale; /* skala-nilai, or NULL */
    size_t component;
    size_t first, count;          /* its criteria */
} lke_sub;

typedef struct lke_component {
    const char *id;
    const char *name[2];
    double weight;
    size_t first, count; /* its sub-components */
} lke_component;

typedef struct lke {
    arena *arena;
    const char *id;
    const char *version;
    const char *name;
    const char *file; /* as the user named it, or "(bawaan)" */
    lke_scale *scales;
    size_t scale_count;
    lke_band *bands;
    size_t band_count;
    lke_component *components;
    size_t component_count;
    lke_sub *subs;
    size_t sub_count;
    lke_criterion *criteria;
    size_t criterion_count;
} lke;

/* Who answered. */
typedef enum { LKE_MANDIRI, LKE_EVALUATOR, LKE_RATERS } lke_rater;

/* The answer to one criterion or one directly graded sub-component. */
typedef struct lke_answer {
    int is_sub;    /* target is a sub-component index, else a criterion index */
    size_t target;
    const lke_grade *grade[LKE_RATERS]; /* NULL: not answered by that rater */
    const char *note;
    const char **evidence; /* evidence_count texts (bukti) */
    size_t evidence_count;
    unsigned long line;
    unsigned long rater_line[LKE_RATERS]; /* of each rater's attribute (0: not given) */
} lke_answer;

typedef struct lke_answers {
    arena *arena;
    const char *file;
    const char *lke_id;
    const char *unit;
    const char *name;
    const char *kind;    /* "opd" or "pemda" */
    const char *klaster; /* "utama", "pendukung" or NULL */
    /* <induk>: the name of the pemda an OPD belongs to, or of the provinsi
     * a kabupaten/kota belongs to (titles the table of all units); NULL. */
    const char *parent;
    int year;
    unsigned long unit_line, unit_column; /* of the unit attribute */
    lke_answer *answers;
    size_t answer_count;
    const char **recommendations; /* rekomendasi, as entered, in order */
    size_t recommendation_count;
    /* Read from an answer sheet (lke_sheet.c): the cell each line of the
     * document made from it came from ("LKE!F12"), to place findings at
     * cells; NULL for an XML file. */
    const char **line_cells;
    unsigned long line_cell_count;
} lke_answers;

/* The score of a unit by one rater. */
typedef struct lke_score {
    int scored;        /* the rater answered anything at all */
    double total;
    double *component; /* component_count values */
    double *sub;       /* sub_count values */
    const lke_grade **direct; /* sub_count: the direct grade used, or NULL */
    size_t *answered;  /* sub_count: criteria answered */
    size_t criteria_answered, criteria_missing;
    size_t first_missing; /* criterion index of the first missing answer */
    const lke_band *band;
} lke_score;

/* The built-in LKE (PermenPANRB 88/2021), parsed and checked; NULL after
 * diagnostics (which then point at a bug of lkjip's). */
lke *lke_load_default(const lkj_limits *limits, lkj_diags *diags);
/* An LKE file. LKJ_EXIT_OK with *out set, else LKJ_EXIT_PROBLEMS or
 * LKJ_EXIT_IO with diagnostics. */
int lke_load_file(const char *path, const lkj_limits *limits, lkj_diags *diags, lke **out);
void lke_free(lke *l);
/* Frees the LKE schema, compiled on first use (before lkj_cleanup). */
void lke_cleanup(void);

/* The answers of one unit against l. LKJ_EXIT_OK with *out set (warnings
 * allowed), else LKJ_EXIT_PROBLEMS or LKJ_EXIT_IO with diagnostics. */
int lke_answers_load(const char *path, const lke *l, const lkj_limits *limits, lkj_diags *diags,
                     lke_answers **out);
/* The same from an <evaluasi> document in memory (the LKE answer sheet's,
 * lke_sheet.c), bytes[0..len) named name. */
int lke_answers_load_bytes(const unsigned char *bytes, size_t len, const char *name, const lke *l,
                           const lkj_limits *limits, lkj_diags *diags, lke_answers **out);
void lke_answers_free(lke_answers *a);

/* ------------------------------------------------------------------ */
/* Scoring (pure)                                                      */
/* ------------------------------------------------------------------ */

/* mean(values) × weight; 0 for no values. */
double lke_sub_value(const double *values, size_t count, double weight);
/* The band of a total as shown (rounded to two decimals, half away from
 * zero): the first band whose bound it is above. NULL when no band
 * matches (a checked LKE always has a last band without bound). */
const lke_band *lke_predikat(const lke_band *bands, size_t count, double total);
/* Scores a unit's answers by one rater into s (its arrays in a's arena).
 * Unanswered criteria count 0. 0, or -1 when out of memory. */
int lke_score_unit(const lke *l, const lke_answers *a, lke_rater rater, lke_score *s);

/* A band's label in lang. */
const char *lke_band_label(const lke_band *b, lkj_lang lang);

#endif

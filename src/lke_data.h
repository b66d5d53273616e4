/*
 * lke_data.h — lkjip evaluasi --data: the criteria of the LKE that the
 * workspace's data decides (kriteria/@dari-data), each suggested on its
 * scale with its evidence (how many items meet it, and those that fall
 * short with their file:line), and the checks between answers that
 * evaluators call "kerangka logis" (docs/lke.md, section 5).
 *
 * A suggestion never replaces an answer: the caller shows it beside the
 * evaluator's and the unit's own, and says when they differ.
 */
#ifndef LKJ_LKE_DATA_H
#define LKJ_LKE_DATA_H

#include <stddef.h>

#include <stdio.h>
#include <libxml/tree.h>

#include "lke.h"
#include "link.h"

/* An item that falls short: an indicator, a sasaran, a program... */
typedef struct lke_item {
    const char *file;
    unsigned long line;
    /* In a unit imported from a workbook, the cell that wrote the item
     * ("Renstra!F12"): line is then of a submission nobody sees. NULL
     * for a unit read from XML. */
    const char *cell;
    const char *id;       /* the item's id or code */
    const char *why[2];   /* what it lacks, [LKJ_LANG_ID], [LKJ_LANG_EN] */
} lke_item;

typedef struct lke_suggestion {
    int judged;              /* 0: lkjip cannot judge it (why says so) */
    const lke_grade *grade;  /* the suggested answer on the criterion's scale */
    size_t met, total;       /* items that meet the criterion, of total */
    const char *basis[2];    /* what was counted ("indikator Renstra"), or why not judged */
    lke_item *items;         /* those that fall short, in document order */
    size_t item_count;
} lke_suggestion;

/* The suggestions for one unit: one per criterion of the LKE (judged 0 for
 * those without dari-data, whose basis is NULL). */
typedef struct lke_unit_data {
    const char *unit;
    int found;               /* the unit is in the workspace */
    lke_suggestion *by_criterion;
} lke_unit_data;

/* An IKU (indikator iku="ya") of a unit in one year's data. */
typedef struct lke_iku {
    const char *id, *name, *file;
    unsigned long line;
} lke_iku;

/* Why another year's data of a unit is not compared (LKJ0826). */
typedef enum lke_year_skip {
    LKE_YEAR_COMPARED,
    LKE_YEAR_OTHER_YEAR,   /* the submission is for another year than given */
    LKE_YEAR_SAME_YEAR,    /* the year of --data itself */
    LKE_YEAR_OUTSIDE_PLAN  /* outside the plan period of the unit in --data */
} lke_year_skip;

/* An answered unit in the data of another year (--data-tahun YEAR=WS). */
typedef struct lke_year_data {
    int year;                /* as given */
    const char *unit;        /* the answered unit's id */
    int unit_year;           /* the year its submission says */
    const char *file;        /* the submission, and the unit's line in it */
    unsigned long line;
    lke_iku *iku;            /* its IKU, in document order */
    size_t iku_count;
    lke_year_skip skip;      /* set when the unit is suggested (lke_data_part) */
    int plan_first, plan_last; /* of the unit in --data, for LKJ0826 */
} lke_year_data;

typedef struct lke_data {
    arena *arena;
    const lke *lke;
    lke_unit_data *units;
    size_t unit_count;
    lke_year_data *years;    /* --data-tahun: every answered unit found in another year's data */
    size_t year_count, year_capacity;
    int visiting_year;       /* the year whose data lke_data_year_part reads */
    int visited[32];         /* the years read so far (LKJ0826 for a unit missing in one) */
    size_t visited_count;
    int failed;              /* out of memory */
} lke_data;

/* One entry per unit id (ids may repeat or be NULL: those stay unfound). */
lke_data *lke_data_new(const lke *l, const char *const *unit_ids, size_t count);
void lke_data_free(lke_data *d);

/* A run_part_fn (run.h): suggests for every answered unit of the part.
 * The data of other years (below) must be read first: iku-tetap compares
 * the unit's IKU with theirs. */
int lke_data_part(const link_workspace *ws, void *ctx);

/* --data-tahun YEAR=WS: before visiting the workspace of year with
 * lke_data_year_part (a run_part_fn), which keeps the IKU of every
 * answered unit found in it. */
void lke_data_set_year(lke_data *d, int year);
int lke_data_year_part(const link_workspace *ws, void *ctx);

/* The grade on a scale by the share met: A-E scales by the LKE's bands
 * (A above 90 %, B above 75 %, C above 40 %, D above 10 %, E the rest;
 * cakupan-pk: A above 95 %, B from 80 %, C from 50 %, D from 10 %), a
 * Y-T scale (Y and T only) Y only when every item meets it. NULL on any
 * other scale (AA-E included). */
const lke_grade *lke_data_grade(const lke_scale *scale, const char *key, size_t met, size_t total);

/* Where an item is, as a finding names it: "opd-x.xml:44", or
 * "opd-x.xlsx:Renstra!F12" for a unit imported from a workbook. */
const char *lke_item_where(const lke_item *it, char *out, size_t size);

/* The unit's data among d's (by the answers' unit id), or NULL. */
const lke_unit_data *lke_data_of(const lke_data *d, const char *unit);

/* A disagreement, for every judged criterion and rater whose answer
 * differs from the suggestion: LKJ0821 for a 'Y' the data does not meet,
 * else LKJ0820; at the answer's line in a's file. LKJ0824 when the unit
 * is not in the workspace. */
void lke_data_warn(lkj_diags *diags, const lke *l, const lke_answers *a, const lke_unit_data *ud);

/* LKJ0826 for each year of --data-tahun whose data of a's unit iku-tetap
 * did not compare (another year in the submission, the year of --data,
 * outside the plan period), at the unit's line in that year's file; and
 * for a year whose data lacks the unit, at a's unit line. */
void lke_data_warn_years(lkj_diags *diags, const lke_data *d, const lke_answers *a);

/* The logical frame between a rater's scores (LKJ0822: a kualitas
 * sub-component above its component's keberadaan; LKJ0823: pemanfaatan
 * above kualitas), by their sub-components' names. */
void lke_check_frame(lkj_diags *diags, const lke *l, const lke_answers *a, const lke_score s[LKE_RATERS]);

/* The suggestions beside the answers, as text under the unit's scores. */
void lke_data_text(FILE *out, const lke *l, const lke_answers *a, const lke_unit_data *ud, lkj_lang lang);
/* The same as <dari-data> in the result document (schemas/lke.xsd). */
void lke_data_xml(xmlNodePtr unit, xmlNsPtr ns, const lke *l, const lke_answers *a, const lke_unit_data *ud,
                  lkj_lang lang);

#endif

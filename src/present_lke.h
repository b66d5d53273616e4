/*
 * present_lke.h — the evaluation's presented documents (urn:lkjip:present:1,
 * p:dokumen jenis="evaluasi"; docs/lke.md §5): per unit the LHE-style
 * summary and the evaluation worksheet; for several units the table of all
 * of them (with the pemda's minimum condition for A when OPDs carry a
 * klaster, and the rapor columns when their reports' IR is given). Made in
 * C, serialised by lkjip-html.xsl and lkjip-docbook.xsl as every report.
 */
#ifndef LKJ_PRESENT_LKE_H
#define LKJ_PRESENT_LKE_H

#include <libxml/tree.h>

#include "lke.h"
#include "lke_data.h"

/* One evaluated unit, and what its report says (the rapor). */
typedef struct lke_unit_view {
    const lke_answers *answers;
    const lke_score *score; /* [LKE_RATERS] */
    /* From the unit's report IR (NULL: none given or not found): the
     * capaian as shown ("100.26") and the budget absorbed ("87.5"), and
     * the period's words ("Triwulan III Tahun 2025"). */
    const char *capaian, *serapan, *period;
    /* --data: the suggestions from the workspace (found 0: the unit is
     * not in it); NULL without --data. The worksheet shows them beside
     * the answers; they never change a score. */
    const lke_unit_data *data;
} lke_unit_view;

/* The score that speaks for a unit: the evaluator's, else the
 * self-assessment's, else NULL. */
const lke_score *lke_headline(const lke_score score[LKE_RATERS]);

/* The pemda's minimum condition for predikat A (KemenPANRB): at least
 * three OPDs of klaster utama at A or above and three of klaster
 * pendukung at BB or above, by their headline score. */
#define LKE_KLASTER_NEEDED 3
typedef struct lke_klaster_check {
    int tagged;   /* some OPD carries a klaster */
    int judgeable; /* the LKE has the bands A and BB */
    size_t utama, pendukung;          /* OPDs tagged */
    size_t utama_met, pendukung_met;  /* of them, at the band */
    int holds;
} lke_klaster_check;

/* Whether u counts for the condition: an OPD with a klaster whose headline
 * predikat is at its klaster's band (utama A, pendukung BB) or above. */
int lke_klaster_counts(const lke *l, const lke_unit_view *u);
void lke_klaster_condition(const lke *l, const lke_unit_view *units, size_t count, lke_klaster_check *out);

/* Whom the table of all units is of: the pemda when one is among them
 * (the table of its OPDs); for several pemda, the kabupaten/kota of a
 * provinsi, the provinsi they name as their induk, never the first of
 * them; for OPDs alone, the pemda they name. NULL when that is unknown. */
const char *lke_summary_owner(const lke_unit_view *units, size_t count);

/* The document of one unit (NULL when out of memory). */
xmlDocPtr present_lke_unit(const lke *l, const lke_unit_view *u, lkj_lang lang);
/* The table of all units (the OPDs, then the pemda's own line when one is
 * among them), NULL when out of memory. */
xmlDocPtr present_lke_summary(const lke *l, const lke_unit_view *units, size_t count, lkj_lang lang);

#endif

/*
 * test_present_lke.c — the pemda's minimum condition for predikat A
 * (present_lke.c): three klaster-utama OPDs at A or above and three
 * klaster-pendukung OPDs at BB or above, by their headline score (the
 * evaluator's, else the self-assessment's); the pemda's own line and OPDs
 * without a klaster never count; an LKE without A or BB cannot judge it.
 */
#include "unit.h"

#include <string.h>

#include "lkjip/lkjip.h"
#include "present_lke.h"

#define OPDS 8

typedef struct fixture {
    lke_answers answers[OPDS];
    lke_score score[OPDS][LKE_RATERS];
    lke_unit_view units[OPDS];
} fixture;

static const lke_band *band(const lke *l, const char *code)
{
    for (size_t i = 0; i < l->band_count; i++)
        if (strcmp(l->bands[i].code, code) == 0)
            return &l->bands[i];
    return NULL;
}

/* OPD i of kind and klaster, scored by the evaluator at code (or, when
 * self is set, only by itself). */
static void opd(fixture *f, const lke *l, size_t i, const char *kind, const char *klaster, const char *code, int self)
{
    memset(&f->answers[i], 0, sizeof f->answers[i]);
    memset(f->score[i], 0, sizeof f->score[i]);
    f->answers[i].unit = "u";
    f->answers[i].name = "Unit";
    f->answers[i].kind = kind;
    f->answers[i].klaster = klaster;
    lke_score *s = &f->score[i][self ? LKE_MANDIRI : LKE_EVALUATOR];
    s->scored = 1;
    s->band = band(l, code);
    f->units[i] = (lke_unit_view){.answers = &f->answers[i], .score = f->score[i]};
}

static void six(fixture *f, const lke *l, const char *last_pendukung)
{
    opd(f, l, 0, "opd", "utama", "A", 0);
    opd(f, l, 1, "opd", "utama", "AA", 0);
    opd(f, l, 2, "opd", "utama", "A", 0);
    opd(f, l, 3, "opd", "pendukung", "BB", 0);
    opd(f, l, 4, "opd", "pendukung", "A", 0);
    opd(f, l, 5, "opd", "pendukung", last_pendukung, 0);
}

static void check_condition(const lke *l)
{
    fixture f;
    lke_klaster_check k;
    six(&f, l, "BB");
    lke_klaster_condition(l, f.units, 6, &k);
    unit_ok("klaster.holds", k.tagged && k.judgeable && k.holds, "3 utama at A+, 3 pendukung at BB+");
    unit_ok("klaster.counts", k.utama == 3 && k.utama_met == 3 && k.pendukung == 3 && k.pendukung_met == 3, "counts");

    six(&f, l, "B");
    lke_klaster_condition(l, f.units, 6, &k);
    unit_ok("klaster.pendukung-at-B-fails", !k.holds && k.pendukung_met == 2, "a pendukung at B does not count");
    unit_ok("klaster.B-not-counted", !lke_klaster_counts(l, &f.units[5]), "B counted");

    six(&f, l, "BB");
    opd(&f, l, 2, "opd", "utama", "BB", 0);
    lke_klaster_condition(l, f.units, 6, &k);
    unit_ok("klaster.utama-at-BB-fails", !k.holds && k.utama_met == 2, "an utama at BB does not count");

    /* The self-assessment speaks when the evaluator has not answered. */
    six(&f, l, "BB");
    opd(&f, l, 5, "opd", "pendukung", "BB", 1);
    lke_klaster_condition(l, f.units, 6, &k);
    unit_ok("klaster.self-assessment", k.holds, "the self-assessment is the headline without an evaluator");

    /* The pemda's own line and untagged OPDs never count. */
    six(&f, l, "BB");
    opd(&f, l, 5, "pemda", "pendukung", "AA", 0);
    opd(&f, l, 6, "opd", NULL, "AA", 0);
    lke_klaster_condition(l, f.units, 7, &k);
    unit_ok("klaster.pemda-not-counted", !k.holds && k.pendukung == 2, "the pemda counted as an OPD");

    opd(&f, l, 0, "opd", NULL, "A", 0);
    lke_klaster_condition(l, f.units, 1, &k);
    unit_ok("klaster.untagged", !k.tagged && !k.holds, "no klaster, no condition");
}

/* An LKE whose bands are its own (no A, no BB) cannot judge the condition. */
static void check_other_bands(void)
{
    lke_band bands[] = {{.code = "BAIK", .has_bound = 1, .above = 75}, {.code = "KURANG"}};
    lke l = {.bands = bands, .band_count = 2};
    fixture f;
    opd(&f, &l, 0, "opd", "utama", "BAIK", 0);
    lke_klaster_check k;
    lke_klaster_condition(&l, f.units, 1, &k);
    unit_ok("klaster.other-bands", k.tagged && !k.judgeable && !k.holds, "judged without A and BB");
}

int main(void)
{
    if (lkj_init() != 0) {
        puts("FAIL present-lke.init: lkj_init");
        return 1;
    }
    lkj_limits limits;
    lkj_limits_default(&limits);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lke *l = lke_load_default(&limits, d);
    unit_ok("present-lke.default", l != NULL, "the built-in LKE did not load");
    if (l)
        check_condition(l);
    check_other_bands();
    lke_free(l);
    lkj_diags_free(d);
    lke_cleanup();
    lkj_cleanup();
    return unit_failures ? 1 : 0;
}

/*
 * lower.c — the model and its evaluation as the report IR, a DOM built
 * node by node (so that emit can transform it without parsing it again).
 *
 * Numbers are written with up to 15 significant digits ("%.15g": what a
 * double holds exactly in decimal), so the IR is byte-identical across
 * runs and machines. Each computed value carries: status (ok or the
 * not-computable reason code), the rule code and its words, the value at
 * full precision and, as "tampil", the value rounded by the policy.
 */
#include "lower.h"

#include <math.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

typedef struct lowerer {
    const ev_workspace *ev;
    const lower_options *o;
    xmlDocPtr doc;
    xmlNsPtr ns;
    const char *file; /* the unit's: every position written is in it */
    const m_unit *unit;
} lowerer;

/* ------------------------------------------------------------------ */
/* Writing helpers                                                     */
/* ------------------------------------------------------------------ */

static xmlNodePtr element(lowerer *l, xmlNodePtr parent, const char *name)
{
    return xmlNewChild(parent, l->ns, BAD_CAST name, NULL);
}

static xmlNodePtr text_element(lowerer *l, xmlNodePtr parent, const char *name, const char *text)
{
    if (!text)
        return NULL;
    xmlNodePtr n = xmlNewChild(parent, l->ns, BAD_CAST name, NULL);
    if (n)
        xmlNodeAddContent(n, BAD_CAST text);
    return n;
}

/* An attribute whose value is the IR's dictionary's: a unit of 10,000
 * indicators repeats a few hundred values (statuses, rules, its file's
 * name, small numbers) a million times. The text node holds the interned
 * string as libxml2's own parser makes it; libxml2 frees what the
 * dictionary does not own, so this one is left to the dictionary. */
static void set(xmlNodePtr n, const char *name, const char *value)
{
    if (!n || !value)
        return;
    xmlAttrPtr a = xmlNewProp(n, BAD_CAST name, NULL);
    const xmlChar *shared = a && n->doc && n->doc->dict ? xmlDictLookup(n->doc->dict, BAD_CAST value, -1) : NULL;
    xmlNodePtr text = shared ? xmlNewDocText(n->doc, NULL) : NULL;
    if (!text) {
        if (a)
            xmlRemoveProp(a);
        return;
    }
    text->content = (xmlChar *)shared;
    text->parent = (xmlNodePtr)a;
    a->children = a->last = text;
}

static void set_int(xmlNodePtr n, const char *name, long value)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", value);
    set(n, name, buf);
}

/* 15 significant digits (what a double holds exactly in decimal), in plain
 * notation: "%.15g" would write 1e-05 or 2e+15, which XPath 1.0's number()
 * does not read. */
static void plain_number(double value, char *buf, size_t size)
{
    snprintf(buf, size, "%.15g", value == 0 ? 0.0 : value); /* never "-0" */
    if (!strchr(buf, 'e'))
        return;
    int exponent = (int)floor(log10(fabs(value)));
    int decimals = 14 - exponent;
    if (decimals < 0)
        decimals = 0;
    if (decimals > 40)
        decimals = 40;
    snprintf(buf, size, "%.*f", decimals, value);
    if (strchr(buf, '.')) {
        size_t n = strlen(buf);
        while (n > 0 && buf[n - 1] == '0')
            buf[--n] = '\0';
        if (n > 0 && buf[n - 1] == '.')
            buf[--n] = '\0';
    }
}

static void set_number(xmlNodePtr n, const char *name, double value)
{
    if (!isfinite(value))
        return;
    char buf[400];
    plain_number(value, buf, sizeof buf);
    set(n, name, buf);
}

/* The value as presented: rounded by policy p (the workspace's, or an
 * indicator's own pembulatan), fixed decimals, in the attribute name
 * (tampil, serapan-tampil). */
static void set_shown_with(xmlNodePtr n, const char *name, double value, const meas_policy *p)
{
    if (!isfinite(value))
        return;
    double r = meas_round(value, p->decimals, p->rounding);
    char buf[48];
    snprintf(buf, sizeof buf, "%.*f", p->decimals, r == 0 ? 0.0 : r);
    set(n, name, buf);
}

static void set_shown_as(lowerer *l, xmlNodePtr n, const char *name, double value)
{
    set_shown_with(n, name, value, &l->ev->policy);
}

static void set_shown(lowerer *l, xmlNodePtr n, double value) { set_shown_as(l, n, "tampil", value); }

static void set_pos(lowerer *l, xmlNodePtr n, const m_pos *pos)
{
    set(n, "berkas", l->file);
    /* A unit imported from a workbook: the cell, not a line of the
     * submission the import made. */
    const char *cell = model_cell_at(l->unit, *pos);
    if (cell) {
        set(n, "sel", cell);
        return;
    }
    if (pos->line)
        set_int(n, "baris", (long)pos->line);
    if (pos->column)
        set_int(n, "kolom", (long)pos->column);
}

static const char *status_code(meas_status s)
{
    /* Stable codes for stylesheets; the words come with them. */
    static const char *const codes[] = {
        "ok", "tanpa-realisasi", "tanpa-target", "target-nol", "realisasi-nol", "target-negatif",
        "realisasi-negatif", "target-teks", "realisasi-teks", "jenis-berbeda", "perlu-rentang",
        "rentang-terbalik", "penyebut-nol", "predikat-tidak-dikenal", "periode-campuran",
        "pengali-berbeda", "tidak-dapat-digabung", "periode-tidak-cocok", "tanpa-masukan", "pagu-nol",
        "serapan-nol", "target-tidak-tercapai", "dasar-nol", "masukan-tidak-sah", "komponen",
        "rumus-tidak-sah", "rumus-id-tidak-dikenal", "komponen-tidak-dihitung", "rumus-melingkar",
        "rumus-tidak-terdefinisi",
    };
    return (size_t)s < sizeof codes / sizeof codes[0] ? codes[s] : "tidak-dihitung";
}

static void set_status(lowerer *l, xmlNodePtr n, meas_status s)
{
    set(n, "status", status_code(s));
    if (s != MEAS_OK)
        set(n, "alasan", meas_status_reason(s, l->o->english));
}

/* A status of one indicator's values: for a composite whose formula gave
 * no value, the reason names what it is about (the unknown id, the
 * component without a value, the undefined operation). */
static void set_indicator_status(lowerer *l, xmlNodePtr n, meas_status s, const ev_indicator *e)
{
    if (!e || !e->composite || s == MEAS_OK || s != e->composite_status || !e->composite_detail) {
        set_status(l, n, s);
        return;
    }
    int en = l->o->english;
    const char *what = e->composite_detail;
    char words[400];
    switch (s) {
    case MEAS_NA_FORMULA_UNKNOWN_ID: {
        /* Defined only in a rejected file: that is the cause (LKJ0416). */
        const char *file = link_rejected_file(l->ev->ws, what);
        if (file)
            snprintf(words, sizeof words, en ? "the formula names '%s', which is in the rejected file %s"
                                             : "rumus menyebut '%s', yang ada di berkas %s yang ditolak", what, file);
        else
            snprintf(words, sizeof words, en ? "the formula names '%s', which is no indikator of the workspace"
                                             : "rumus menyebut '%s', yang bukan indikator ruang kerja", what);
        break;
    }
    case MEAS_NA_COMPONENT_NA:
        snprintf(words, sizeof words, en ? "the component '%s' cannot be computed: %s"
                                         : "komponen '%s' tidak dapat dihitung: %s",
                 what, meas_status_reason(e->component_status, en));
        break;
    case MEAS_NA_FORMULA_LOOP:
        snprintf(words, sizeof words, en ? "the formula depends on itself through '%s'"
                                         : "rumus bergantung pada dirinya sendiri melalui '%s'", what);
        break;
    case MEAS_NA_FORMULA_UNDEFINED:
        snprintf(words, sizeof words, en ? "the formula is undefined for these values ('%s')"
                                         : "rumus tidak terdefinisi untuk nilai ini ('%s')", what);
        break;
    default:
        snprintf(words, sizeof words, "%s", meas_status_reason(s, en));
        break;
    }
    set(n, "status", status_code(s));
    set(n, "alasan", words);
}

static void set_rule(lowerer *l, xmlNodePtr n, meas_rule rule)
{
    if (rule == MEAS_RULE_NONE)
        return;
    set(n, "aturan", meas_rule_name(rule, l->o->english));
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

static void set_value(xmlNodePtr n, const m_value *v)
{
    switch (v->kind) {
    case M_NUMBER:
        set_number(n, "nilai", v->number);
        break;
    case M_RANGE:
        set_number(n, "bawah", v->low);
        set_number(n, "atas", v->high);
        break;
    case M_RATIO:
        set_number(n, "pembilang", v->numerator);
        set_number(n, "penyebut", v->denominator);
        set_number(n, "pengali", v->multiplier);
        break;
    case M_GRADE:
        set(n, "predikat", v->grade);
        break;
    case M_TEXT:
        set(n, "teks", v->text);
        break;
    case M_NONE:
        break;
    }
    set(n, "catatan", v->note);
}

static void set_meas_value(xmlNodePtr n, const meas_value *v)
{
    switch (v->kind) {
    case MEAS_KIND_NUMBER:
    case MEAS_KIND_GRADE:
        set_number(n, "nilai", v->value);
        break;
    case MEAS_KIND_RANGE:
        set_number(n, "bawah", v->lo);
        set_number(n, "atas", v->hi);
        break;
    case MEAS_KIND_RATIO:
        set_number(n, "pembilang", v->num);
        set_number(n, "penyebut", v->den);
        set_number(n, "pengali", v->mult);
        break;
    default:
        break;
    }
}

/* A capaian: status, rule (with its formula for ranges and grades), T and
 * R that went in, raw and limited value, shown value (rounded by p),
 * category. */
static xmlNodePtr write_capaian(lowerer *l, xmlNodePtr parent, const char *name, const meas_capaian *c,
                                const meas_band *category, const meas_policy *p, const ev_indicator *e)
{
    xmlNodePtr n = element(l, parent, name);
    set_indicator_status(l, n, c->status, e);
    if (c->status == MEAS_OK) {
        char words[200];
        meas_capaian_describe(c, l->o->english, words, sizeof words);
        set(n, "aturan", words);
        set_number(n, "nilai", c->value);
        set_shown_with(n, "tampil", c->value, p);
        if (c->raw != c->value) {
            set_number(n, "mentah", c->raw);
            set_shown_with(n, "mentah-tampil", c->raw, p);
        }
        if (c->formula != MEAS_RULE_NONE && c->rule != MEAS_RULE_MEAN && c->rule != MEAS_RULE_WEIGHTED_MEAN) {
            set_number(n, "t", c->target);
            set_number(n, "r", c->realisasi);
        }
        if (c->capped)
            set(n, "dibatasi", "atas");
        if (c->floored)
            set(n, "dibatasi", "bawah");
        if (category) {
            set(n, "kategori", category->code);
            set(n, "kategori-label", category->label);
        }
    }
    return n;
}

static void write_rollup(lowerer *l, xmlNodePtr parent, const meas_rollup *r)
{
    const meas_band *cat = r->result.status == MEAS_OK
                               ? meas_category(r->result.value, l->ev->bands, l->ev->band_count, &l->ev->policy)
                               : NULL;
    xmlNodePtr n = write_capaian(l, parent, "capaian", &r->result, cat, &l->ev->policy, NULL);
    if (r->result.status != MEAS_OK)
        set_rule(l, n, r->result.rule);
    set_int(n, "dihitung", (long)r->used);
    set_int(n, "dilewati", (long)r->skipped);
}

/* ------------------------------------------------------------------ */
/* Indicators                                                          */
/* ------------------------------------------------------------------ */

static const char *polarity_name(m_polarity p)
{
    return p == M_POLARITY_NEGATIVE ? "negatif" : p == M_POLARITY_RANGE ? "rentang" : "positif";
}

static const char *aggregation_name(m_aggregation a)
{
    static const char *const names[] = {"jumlah", "terakhir", "rata-rata", "maks", "min"};
    return names[a];
}

static const char *period_kind_name(m_period_kind k)
{
    return k == M_PERIOD_MONTH ? "bulan" : k == M_PERIOD_QUARTER ? "triwulan" : "tahunan";
}

/* Whether a reported period lies inside the report's period (data after
 * its end is not shown in a report for that period). */
static int within_period(const lowerer *l, const m_period_value *p)
{
    int last = meas_period_last_month(&l->ev->period);
    if (p->kind == M_PERIOD_MONTH)
        return p->index <= last;
    if (p->kind == M_PERIOD_QUARTER)
        return 3 * p->index <= last;
    return last == 12;
}

static void write_raw_data(lowerer *l, xmlNodePtr n, const m_indicator *ind)
{
    if (ind->has_baseline) {
        xmlNodePtr b = element(l, n, "baseline");
        set_int(b, "tahun", ind->baseline.year);
        set_value(b, &ind->baseline.value);
    }
    for (size_t i = 0; i < ind->target_count; i++) {
        xmlNodePtr t = element(l, n, "target");
        set_int(t, "tahun", ind->targets[i].year);
        set_value(t, &ind->targets[i].value);
    }
    if (ind->end_target.kind != M_NONE)
        set_value(element(l, n, "target-akhir"), &ind->end_target);
    for (size_t i = 0; i < ind->pk_target_count; i++) {
        const m_pk_target *pk = &ind->pk_targets[i];
        xmlNodePtr t = element(l, n, "target-pk");
        set_int(t, "versi", pk->version);
        set(t, "sifat-triwulan", pk->cumulative ? "kumulatif" : "per-periode");
        set_value(t, &pk->value);
        for (int q = 0; q < 4; q++)
            if (m_pk_quarter(pk, q)->kind != M_NONE) {
                xmlNodePtr tw = element(l, t, "triwulan");
                set_int(tw, "ke", q + 1);
                set_value(tw, m_pk_quarter(pk, q));
            }
    }
    if (ind->national.kind != M_NONE) {
        xmlNodePtr s = element(l, n, "standar-nasional");
        set_value(s, &ind->national);
        set(s, "sumber", ind->national_source);
    }
    size_t shown = 0;
    for (size_t i = 0; i < ind->realisasi_count; i++)
        shown += within_period(l, &ind->realisasi[i]);
    if (shown) {
        xmlNodePtr r = element(l, n, "realisasi-data");
        set_int(r, "tahun", ind->realisasi_year);
        for (size_t i = 0; i < ind->realisasi_count; i++) {
            const m_period_value *p = &ind->realisasi[i];
            if (!within_period(l, p))
                continue;
            xmlNodePtr e = element(l, r, period_kind_name(p->kind));
            if (p->kind != M_PERIOD_YEAR)
                set_int(e, "ke", p->index);
            set_value(e, &p->value);
        }
    }
    for (size_t i = 0; i < ind->history_count; i++) {
        xmlNodePtr h = element(l, n, "realisasi-lalu");
        set_int(h, "tahun", ind->history[i].year);
        set_value(h, &ind->history[i].value);
    }
}

/* For a grade, the code of the scale level with that value, so that a
 * stylesheet shows "WTP", not 4. */
static void set_grade_code(xmlNodePtr n, const ev_indicator *e, const meas_value *v)
{
    if (v->kind != MEAS_KIND_GRADE)
        return;
    const m_unit *u = e->unit;
    for (size_t i = 0; i < u->scale_count; i++) {
        if (!e->indicator->scale || strcmp(u->scales[i].id, e->indicator->scale) != 0)
            continue;
        for (size_t k = 0; k < u->scales[i].level_count; k++)
            if (u->scales[i].levels[k].value == v->value) {
                set(n, "predikat", u->scales[i].levels[k].code);
                return;
            }
    }
}

/* The policies this indicator was measured with, each with where it came
 * from: the indicator's own attribute, or the profile (or its default). */
static void write_indicator_policy(lowerer *l, xmlNodePtr n, const ev_indicator *e)
{
    static const struct {
        const char *key, *origin;
        unsigned own;
    } rows[] = {
        {"rumus-negatif", "rumus-negatif-asal", EV_OWN_NEGATIVE}, {"batas-atas", "batas-atas-asal", EV_OWN_CAP},
        {"batas-bawah", "batas-bawah-asal", EV_OWN_FLOOR},         {"desimal", "desimal-asal", EV_OWN_DECIMALS},
        {"cara", "cara-asal", EV_OWN_ROUNDING},
    };
    xmlNodePtr k = element(l, n, "kebijakan-indikator");
    meas_policy policy = evaluate_policy(l->ev, e);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        set(k, rows[i].key, meas_policy_get(&policy, rows[i].key));
        set(k, rows[i].origin, e->own & rows[i].own ? "indikator" : "profil");
    }
}

static void write_evaluation(lowerer *l, xmlNodePtr n, const ev_indicator *e)
{
    const m_indicator *ind = e->indicator;
    const meas_policy policy = evaluate_policy(l->ev, e);
    write_indicator_policy(l, n, e);
    xmlNodePtr r = element(l, n, "realisasi");
    set_indicator_status(l, r, e->realisasi.status, e);
    if (e->composite)
        set(r, "aturan", l->o->english ? "composite formula" : "rumus komposit");
    else
        set_rule(l, r, e->realisasi.rule);
    if (e->realisasi.status == MEAS_OK) {
        set_number(r, "nilai", e->realisasi.value);
        /* Computed values (ratios, means, formulas) are shown rounded by the
         * policy; reported data as written (a Gini of 0.362 stays 0.362). */
        int computed = e->composite || e->realisasi.realisasi.kind == MEAS_KIND_RATIO ||
                       e->realisasi.rule == MEAS_RULE_AGG_AVERAGE;
        if (computed)
            set_shown_with(r, "tampil", e->realisasi.value, &policy);
        else
            set_number(r, "tampil", e->realisasi.value);
        if (e->realisasi.realisasi.kind == MEAS_KIND_RATIO)
            set_meas_value(r, &e->realisasi.realisasi);
        set_grade_code(r, e, &e->realisasi.realisasi);
        if (!e->composite) {
            set_int(r, "periode-ada", e->realisasi.present);
            set_int(r, "periode-jendela", e->realisasi.window);
            set_int(r, "periode-terakhir", e->realisasi.last_present);
        }
    }
    xmlNodePtr t = element(l, n, "target-periode");
    set_status(l, t, e->target.status);
    set_rule(l, t, e->target.rule);
    if (e->target.status == MEAS_OK) {
        set_meas_value(t, &e->target.target);
        set_grade_code(t, e, &e->target.target);
        if (e->target_pk_version)
            set_int(t, "versi-pk", e->target_pk_version);
    }
    write_capaian(l, n, "capaian", &e->capaian, e->category, &policy, e);
    meas_capaian vs_end_target, vs_national;
    evaluate_comparisons(l->ev, e, &vs_end_target, &vs_national);
    if (ind->end_target.kind != M_NONE)
        write_capaian(l, n, "terhadap-target-akhir", &vs_end_target, NULL, &policy, e);
    if (ind->national.kind != M_NONE)
        write_capaian(l, n, "terhadap-standar-nasional", &vs_national, NULL, &policy, e);
    for (size_t i = 0; i < ind->history_count; i++) {
        xmlNodePtr tr = element(l, n, "tren");
        set_int(tr, "tahun", ind->history[i].year);
        meas_trend trend;
        meas_status trend_status = evaluate_trend(e, i, &trend);
        set_indicator_status(l, tr, trend_status, e);
        if (trend_status != MEAS_OK)
            continue;
        const meas_trend *t2 = &trend;
        set_number(tr, "dasar", t2->base);
        set_number(tr, "sekarang", t2->current);
        set_number(tr, "perubahan", t2->change);
        set_shown_with(tr, "perubahan-tampil", t2->change, &policy);
        if (t2->percent_status == MEAS_OK) {
            set_number(tr, "persen", t2->percent);
            set_shown_with(tr, "persen-tampil", t2->percent, &policy);
        }
        static const char *const directions[] = {"tetap", "membaik", "memburuk", "tidak-diketahui"};
        set(tr, "arah", directions[t2->direction]);
    }
}

static void write_indicator(lowerer *l, xmlNodePtr parent, const m_indicator *ind)
{
    xmlNodePtr n = element(l, parent, "indikator");
    set(n, "id", ind->id);
    set(n, "polaritas", polarity_name(ind->polarity));
    set(n, "agregasi", aggregation_name(ind->aggregation));
    if (ind->negative_formula != M_NEG_DEFAULT)
        set(n, "rumus-negatif", ind->negative_formula == M_NEG_T_OVER_R ? "T/R" : "2T-R");
    if (ind->key)
        set(n, "iku", "ya");
    if (ind->weight > 0)
        set_number(n, "bobot", ind->weight);
    set(n, "skala", ind->scale);
    const ev_indicator *e = evaluate_indicator(l->ev, ind);
    if (e && e->component_of)
        set(n, "komponen-dari", e->component_of->id);
    set_pos(l, n, &ind->pos);
    text_element(l, n, "nama", ind->name);
    text_element(l, n, "satuan", ind->unit_of_measure);
    text_element(l, n, "definisi", ind->definition);
    text_element(l, n, "sumber-data", ind->data_source);
    text_element(l, n, "rumus", ind->formula);
    write_raw_data(l, n, ind);
    if (e)
        write_evaluation(l, n, e);
}

static void write_indicators(lowerer *l, xmlNodePtr parent, const m_indicator *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        write_indicator(l, parent, &list[i]);
}

/* ------------------------------------------------------------------ */
/* Narrative                                                           */
/* ------------------------------------------------------------------ */

static void into_namespace(xmlNodePtr n, xmlNsPtr ns)
{
    for (; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) {
            xmlSetNs(n, ns);
            into_namespace(n->children, ns);
        }
}

/* The submission's narrative blocks, in the report namespace. */
static void write_fragment(lowerer *l, xmlNodePtr parent, const char *xml)
{
    if (!xml || !xml[0])
        return;
    xmlNodePtr list = NULL;
    if (xmlParseBalancedChunkMemory(l->doc, NULL, NULL, 0, BAD_CAST xml, &list) != 0) {
        xmlFreeNodeList(list);
        return;
    }
    into_namespace(list, l->ns);
    xmlAddChildList(parent, list);
}

/* ------------------------------------------------------------------ */
/* Plan, cascade, budget                                               */
/* ------------------------------------------------------------------ */

static const m_unit *unit_of_sasaran(const link_workspace *ws, const char *id, const m_sasaran **found)
{
    const m_unit *owner = link_find_sasaran(ws, id, found);
    if (owner)
        return owner;
    /* Not a sasaran in the symbol table (unknown, or an id taken by
     * something else first): the scan says what it always said. */
    for (size_t i = 0; i < ws->unit_count; i++)
        for (size_t t = 0; t < ws->units[i]->tujuan_count; t++)
            for (size_t s = 0; s < ws->units[i]->tujuan[t].sasaran_count; s++)
                if (strcmp(ws->units[i]->tujuan[t].sasaran[s].id, id) == 0) {
                    *found = &ws->units[i]->tujuan[t].sasaran[s];
                    return ws->units[i];
                }
    return NULL;
}

static const link_upper *upper_of(const link_workspace *ws, const m_sasaran *s)
{
    return link_upper_of(ws, s);
}

static void write_sasaran(lowerer *l, xmlNodePtr parent, const m_unit *u, const m_sasaran *s)
{
    const link_workspace *ws = l->ev->ws;
    xmlNodePtr n = element(l, parent, "sasaran");
    set(n, "id", s->id);
    set_pos(l, n, &s->pos);
    text_element(l, n, "uraian", s->text);
    for (size_t i = 0; i < s->support_count; i++) {
        const m_sasaran *up = NULL;
        const m_unit *owner = unit_of_sasaran(ws, s->supports[i], &up);
        xmlNodePtr m = element(l, n, "mendukung");
        set(m, "sasaran", s->supports[i]);
        if (owner) {
            set(m, "unit", owner->id);
            text_element(l, m, "unit-nama", owner->name);
            text_element(l, m, "uraian", up->text);
        } else {
            /* Not among the inputs (LKJ0408), or not there at all (LKJ0401). */
            int parent_missing = 0;
            for (size_t k = 0; u->parent && k < ws->missing_count; k++)
                parent_missing |= strcmp(ws->missing[k], u->parent) == 0;
            set(m, "status", parent_missing ? "tidak-ada-di-masukan" : "tidak-ditemukan");
        }
    }
    const link_upper *up = upper_of(ws, s);
    for (size_t i = 0; up && i < up->supporter_count; i++) {
        xmlNodePtr d = element(l, n, "didukung");
        set(d, "unit", up->supporters[i].unit->id);
        set(d, "sasaran", up->supporters[i].sasaran->id);
        text_element(l, d, "unit-nama", up->supporters[i].unit->name);
        text_element(l, d, "uraian", up->supporters[i].sasaran->text);
    }
    meas_rollup r = evaluate_sasaran(l->ev, s);
    write_rollup(l, n, &r);
    write_indicators(l, n, s->indicators, s->indicator_count);
    for (size_t p = 0; p < u->program_count; p++)
        if (u->programs[p].supports && strcmp(u->programs[p].supports, s->id) == 0)
            set(element(l, n, "program"), "kode", u->programs[p].code);
    for (size_t i = 0; i < s->analysis_count; i++) {
        xmlNodePtr a = element(l, n, "analisis");
        set(a, "jenis", s->analysis[i].chapter);
        write_fragment(l, a, s->analysis[i].xml);
    }
}

static void write_tujuan(lowerer *l, xmlNodePtr parent, const m_unit *u, const m_tujuan *t)
{
    xmlNodePtr n = element(l, parent, "tujuan");
    set(n, "id", t->id);
    set(n, "misi", t->misi);
    set_pos(l, n, &t->pos);
    text_element(l, n, "uraian", t->text);
    meas_rollup r = evaluate_tujuan(l->ev, t);
    write_rollup(l, n, &r);
    write_indicators(l, n, t->indicators, t->indicator_count);
    for (size_t i = 0; i < t->sasaran_count; i++)
        write_sasaran(l, n, u, &t->sasaran[i]);
}

static void write_budget(lowerer *l, xmlNodePtr parent, const ev_budget *b)
{
    xmlNodePtr n = element(l, parent, "anggaran");
    set_number(n, "pagu", b->budget.pagu);
    if (b->serapan.status != MEAS_NA_NO_REALISASI)
        set_number(n, "realisasi", b->budget.spent);
    if (b->unreported && b->serapan.status != MEAS_NA_NO_REALISASI)
        set(n, "lengkap", "tidak"); /* a sub kegiatan summed here reported nothing */
    set_status(l, n, b->serapan.status);
    if (b->serapan.status == MEAS_OK) {
        set_rule(l, n, b->serapan.rule);
        set_number(n, "serapan", b->serapan.value);
        set_shown_as(l, n, "serapan-tampil", b->serapan.value);
    }
}

static void write_program(lowerer *l, xmlNodePtr parent, const m_program *p)
{
    xmlNodePtr n = element(l, parent, "program");
    set(n, "kode", p->code);
    set(n, "mendukung", p->supports);
    set_pos(l, n, &p->pos);
    text_element(l, n, "nama", p->name);
    ev_budget b = evaluate_program_budget(l->ev, p);
    write_budget(l, n, &b);
    meas_rollup r = evaluate_indicators(l->ev, p->indicators, p->indicator_count);
    write_rollup(l, n, &r);
    if (p->indicator_count) {
        meas_efficiency_result eff = meas_efficiency_of(&r.result, &b.serapan, &l->ev->policy);
        xmlNodePtr e = element(l, n, "efisiensi");
        set_status(l, e, eff.status);
        set_rule(l, e, eff.rule);
        if (eff.status == MEAS_OK) {
            static const char *const units[] = {NULL, "poin-persen", "rasio", "persen"};
            set_number(e, "nilai", eff.value);
            set_shown(l, e, eff.value);
            set(e, "satuan", units[meas_efficiency_unit_of(&eff)]);
            set(e, "kelas", meas_efficiency_class_code(meas_efficiency_classify(&eff, &l->ev->policy)));
            set_number(e, "capaian", eff.capaian);
            set_number(e, "serapan", eff.serapan);
        }
    }
    write_indicators(l, n, p->indicators, p->indicator_count);
    for (size_t k = 0; k < p->kegiatan_count; k++) {
        const m_kegiatan *kg = &p->kegiatan[k];
        xmlNodePtr kn = element(l, n, "kegiatan");
        set(kn, "kode", kg->code);
        set_pos(l, kn, &kg->pos);
        text_element(l, kn, "nama", kg->name);
        ev_budget kb = evaluate_kegiatan_budget(l->ev, kg);
        write_budget(l, kn, &kb);
        write_indicators(l, kn, kg->indicators, kg->indicator_count);
        for (size_t s = 0; s < kg->sub_count; s++) {
            const m_sub_kegiatan *sub = &kg->subs[s];
            xmlNodePtr sn = element(l, kn, "sub-kegiatan");
            set(sn, "kode", sub->code);
            set_pos(l, sn, &sub->pos);
            text_element(l, sn, "nama", sub->name);
            text_element(l, sn, "lokasi", sub->location);
            ev_budget sb = evaluate_sub_budget(l->ev, sub);
            write_budget(l, sn, &sb);
            int last = meas_period_last_month(&l->ev->period);
            for (int m = 0; m < last; m++)
                if (sub->spent_months & (1u << m)) {
                    xmlNodePtr mn = element(l, sn, "bulan");
                    set_int(mn, "ke", m + 1);
                    set_number(mn, "nilai", sub->spent[m]);
                }
            write_indicators(l, sn, sub->indicators, sub->indicator_count);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Unit header, PK, policies                                           */
/* ------------------------------------------------------------------ */

static void write_person(lowerer *l, xmlNodePtr parent, const char *name, const m_person *p)
{
    xmlNodePtr n = element(l, parent, name);
    set(n, "nama", p->name);
    set(n, "jabatan", p->position);
    set(n, "nip", p->nip);
    set(n, "pangkat", p->rank);
}

static const char *level_name(m_level level)
{
    static const char *const names[] = {"provinsi", "kabupaten", "kota", "opd"};
    return names[level];
}

static void write_unit_header(lowerer *l, xmlNodePtr root, const m_unit *u)
{
    xmlNodePtr n = element(l, root, "unit");
    set(n, "id", u->id);
    set(n, "kode", u->code);
    set(n, "tingkat", level_name(u->level));
    set(n, "induk", u->parent);
    set_pos(l, n, &u->pos);
    text_element(l, n, "nama", u->name);
    text_element(l, n, "singkatan", u->abbreviation);
    text_element(l, n, "alamat", u->address);
    write_person(l, n, "kepala", &u->head);
    if (u->has_superior)
        write_person(l, n, "atasan", &u->superior);
    xmlNodePtr plan = element(l, n, "rencana");
    set(plan, "dokumen", u->plan_document);
    set_int(plan, "awal", u->plan_first);
    set_int(plan, "akhir", u->plan_last);
    text_element(l, n, "visi", u->vision);
    for (size_t i = 0; i < u->misi_count; i++)
        set(text_element(l, n, "misi", u->misi[i].text), "id", u->misi[i].id);
    for (size_t i = 0; i < u->scale_count; i++) {
        const m_scale *sc = &u->scales[i];
        xmlNodePtr k = element(l, n, "skala");
        set(k, "id", sc->id);
        set(k, "nama", sc->name);
        for (size_t j = 0; j < sc->level_count; j++) {
            xmlNodePtr t = element(l, k, "tingkat");
            set(t, "kode", sc->levels[j].code);
            set_number(t, "nilai", sc->levels[j].value);
            set(t, "label", sc->levels[j].label);
        }
    }
}

static void write_policies(lowerer *l, xmlNodePtr root)
{
    static const char *const keys[] = {"rumus-negatif", "target-nol", "batas-atas", "batas-bawah",
                                       "batas-sebelum-rata-rata", "desimal", "cara", "efisiensi",
                                       "capaian-unit", "tanpa-target-triwulan"};
    xmlNodePtr n = element(l, root, "kebijakan");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        set(n, keys[i], meas_policy_get(&l->ev->policy, keys[i]));
    set_number(n, "efisien-di-atas", l->ev->policy.efficient_above);
    set_number(n, "tidak-efisien-di-bawah", l->ev->policy.inefficient_below);
    for (size_t i = 0; i < l->ev->band_count; i++) {
        const meas_band *b = &l->ev->bands[i];
        xmlNodePtr k = element(l, n, "kategori");
        set(k, "kode", b->code);
        if (b->has_min)
            set_number(k, "min", b->min);
        set(k, "label", b->label);
        const m_profile *p = l->ev->ws->profile;
        if (p && i < p->band_count)
            set(k, "warna", p->bands[i].colour);
    }
}

static void write_period(lowerer *l, xmlNodePtr root)
{
    const meas_period *p = &l->ev->period;
    xmlNodePtr n = element(l, root, "periode");
    set_int(n, "tahun", p->year);
    set(n, "jenis", p->kind == MEAS_PERIOD_YEAR ? "tahun" : p->kind == MEAS_PERIOD_QUARTER ? "triwulan" : "bulan");
    if (p->kind != MEAS_PERIOD_YEAR)
        set_int(n, "ke", p->index);
    set_int(n, "bulan-akhir", meas_period_last_month(p));
}

static void write_pk(lowerer *l, xmlNodePtr root, const m_unit *u)
{
    int in_force = 0;
    for (size_t i = 0; i < u->pk_count; i++)
        if (u->pks[i].version > in_force)
            in_force = u->pks[i].version;
    for (size_t i = 0; i < u->pk_count; i++) {
        const m_pk *pk = &u->pks[i];
        xmlNodePtr n = element(l, root, "perjanjian-kinerja");
        set_int(n, "versi", pk->version);
        set(n, "jenis", pk->revision ? "perubahan" : "awal");
        set(n, "tanggal", pk->date);
        set(n, "tempat", pk->place);
        set(n, "nomor", pk->number);
        set(n, "berlaku", pk->version == in_force ? "ya" : "tidak");
        write_person(l, n, "pihak-pertama", &pk->first_party);
        if (pk->has_second_party)
            write_person(l, n, "pihak-kedua", &pk->second_party);
        text_element(l, n, "alasan", pk->reason);
    }
}

static void write_child(lowerer *l, xmlNodePtr root, const m_unit *c);

/* For a pemda (or provinsi): the units whose parent it is, each with its
 * capaian and budget, so that the pemda's report stands on its own file. */
static void write_children(lowerer *l, xmlNodePtr root, const m_unit *u)
{
    const link_workspace *ws = l->ev->ws;
    size_t n;
    const size_t *kids = link_children(ws, link_unit_index(ws, u), &n);
    for (size_t k = 0; k < n; k++)
        write_child(l, root, ws->units[kids[k]]);
}

/* One unit whose parent the report's unit is. */
static void write_child(lowerer *l, xmlNodePtr root, const m_unit *c)
{
    xmlNodePtr n = element(l, root, "unit-bawahan");
    set(n, "id", c->id);
    set(n, "kode", c->code);
    set(n, "tingkat", level_name(c->level));
    text_element(l, n, "nama", c->name);
    text_element(l, n, "singkatan", c->abbreviation);
    meas_rollup r = evaluate_unit(l->ev, c);
    write_rollup(l, n, &r);
    ev_budget b = c->program_count ? evaluate_unit_budget(l->ev, c) : evaluate_children_budget(l->ev, c);
    write_budget(l, n, &b);
}

/* For a pemda: which OPD sasaran support each of its sasaran. */
static void write_crosscutting(lowerer *l, xmlNodePtr root, const m_unit *u)
{
    const link_workspace *ws = l->ev->ws;
    xmlNodePtr n = NULL;
    size_t count;
    const size_t *owned = link_uppers_owned(ws, link_unit_index(ws, u), &count);
    for (size_t i = 0; i < count; i++) {
        const link_upper *up = &ws->uppers[owned[i]];
        if (!n)
            n = element(l, root, "crosscutting");
        xmlNodePtr s = element(l, n, "sasaran");
        set(s, "id", up->sasaran->id);
        set_int(s, "jumlah-unit", (long)up->unit_count);
        for (size_t k = 0; k < up->supporter_count; k++) {
            xmlNodePtr p = element(l, s, "pendukung");
            set(p, "unit", up->supporters[k].unit->id);
            set(p, "sasaran", up->supporters[k].sasaran->id);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Pohon kinerja: the cascade as a laid-out tree                       */
/* ------------------------------------------------------------------ */

/* An indented tree, one row per leaf, read left to right: pemda sasaran →
 * OPD sasaran → program (→ kegiatan in an OPD's own tree). Parents sit in
 * the middle of their children's rows, so a tree of 40 OPDs stays a tall
 * readable column rather than an unreadably wide fan. A sasaran supporting
 * two pemda sasaran appears under both, marked "lintas" (crosscutting).
 * Coordinates are in SVG user units; stylesheets only draw. */
enum { TREE_COLUMN = 260, TREE_GAP = 40, TREE_ROW = 34, TREE_BOX_H = 28, TREE_MARGIN = 10 };

typedef struct tree {
    lowerer *l;
    xmlNodePtr nodes, edges;
    int rows;
    int levels;
    int serial;
} tree;

static double tree_node(tree *t, int level, const char *kind, const char *id, const char *unit, const char *label,
                        int crosscutting, double first_child_y, double last_child_y, int leaf, int *serial_out)
{
    double y;
    if (leaf)
        y = TREE_MARGIN + t->rows++ * TREE_ROW;
    else
        y = (first_child_y + last_child_y) / 2;
    xmlNodePtr n = element(t->l, t->nodes, "simpul");
    int serial = ++t->serial;
    set_int(n, "no", serial);
    set(n, "jenis", kind);
    set(n, "ref", id);
    set(n, "unit", unit);
    set_int(n, "tingkat", level);
    set_int(n, "x", TREE_MARGIN + level * (TREE_COLUMN + TREE_GAP));
    set_number(n, "y", y);
    set_int(n, "lebar", TREE_COLUMN);
    set_int(n, "tinggi", TREE_BOX_H);
    if (crosscutting)
        set(n, "lintas", "ya");
    text_element(t->l, n, "label", label);
    if (level + 1 > t->levels)
        t->levels = level + 1;
    *serial_out = serial;
    return y;
}

static void tree_edge(tree *t, int from, int to)
{
    xmlNodePtr e = element(t->l, t->edges, "garis");
    set_int(e, "dari", from);
    set_int(e, "ke", to);
}

/* Children are placed first (their rows), then the parent between them. */
typedef struct placed {
    double y;
    int serial;
} placed;

static placed tree_kegiatan(tree *t, int level, const m_unit *u, const m_kegiatan *k)
{
    placed p;
    p.y = tree_node(t, level, "kegiatan", k->code, u->id, k->name, 0, 0, 0, 1, &p.serial);
    return p;
}

static placed tree_program(tree *t, int level, const m_unit *u, const m_program *pg, int with_kegiatan)
{
    placed kids[64];
    size_t n = 0;
    for (size_t k = 0; with_kegiatan && k < pg->kegiatan_count && n < 64; k++)
        kids[n++] = tree_kegiatan(t, level + 1, u, &pg->kegiatan[k]);
    placed p;
    p.y = tree_node(t, level, "program", pg->code, u->id, pg->name, 0, n ? kids[0].y : 0, n ? kids[n - 1].y : 0,
                    n == 0, &p.serial);
    for (size_t i = 0; i < n; i++)
        tree_edge(t, p.serial, kids[i].serial);
    return p;
}

static placed tree_opd_sasaran(tree *t, int level, const m_unit *u, const m_sasaran *s, int crosscutting,
                               int with_kegiatan)
{
    placed kids[64];
    size_t n = 0;
    for (size_t i = 0; i < u->program_count && n < 64; i++)
        if (u->programs[i].supports && strcmp(u->programs[i].supports, s->id) == 0)
            kids[n++] = tree_program(t, level + 1, u, &u->programs[i], with_kegiatan);
    char label[600];
    snprintf(label, sizeof label, "%s: %s", u->abbreviation ? u->abbreviation : u->name, s->text ? s->text : s->id);
    placed p;
    p.y = tree_node(t, level, "sasaran-opd", s->id, u->id, label, crosscutting, n ? kids[0].y : 0,
                    n ? kids[n - 1].y : 0, n == 0, &p.serial);
    for (size_t i = 0; i < n; i++)
        tree_edge(t, p.serial, kids[i].serial);
    return p;
}

/* A pemda sasaran with the OPD sasaran supporting it; only: restrict to
 * one OPD (its own tree). */
static void tree_pemda_sasaran(tree *t, const link_upper *up, const m_unit *only, int with_kegiatan)
{
    placed kids[256];
    size_t n = 0;
    for (size_t i = 0; i < up->supporter_count && n < 256; i++) {
        const link_support *s = &up->supporters[i];
        if (only && s->unit != only)
            continue;
        int crosscutting = s->sasaran->support_count > 1;
        kids[n++] = tree_opd_sasaran(t, 1, s->unit, s->sasaran, crosscutting, with_kegiatan);
    }
    placed p;
    p.y = tree_node(t, 0, "sasaran-pemda", up->sasaran->id, up->unit->id, up->sasaran->text, up->unit_count > 1,
                    n ? kids[0].y : 0, n ? kids[n - 1].y : 0, n == 0, &p.serial);
    for (size_t i = 0; i < n; i++)
        tree_edge(t, p.serial, kids[i].serial);
}

static void write_tree(lowerer *l, xmlNodePtr root, const m_unit *u)
{
    const link_workspace *ws = l->ev->ws;
    xmlNodePtr n = element(l, root, "pohon-kinerja");
    tree t = {l, element(l, n, "simpul-simpul"), element(l, n, "garis-garis"), 0, 0, 0};
    size_t count, at = link_unit_index(ws, u);
    if (u->level != M_LEVEL_OPD) {
        const size_t *owned = link_uppers_owned(ws, at, &count);
        for (size_t k = 0; k < count; k++)
            tree_pemda_sasaran(&t, &ws->uppers[owned[k]], NULL, 0);
    } else {
        /* The pemda sasaran this OPD supports, with only its own branches. */
        const size_t *supported = link_uppers_supported(ws, at, &count);
        for (size_t k = 0; k < count; k++)
            tree_pemda_sasaran(&t, &ws->uppers[supported[k]], u, 1);
    }
    set_int(n, "lebar", 2 * TREE_MARGIN + t.levels * (TREE_COLUMN + TREE_GAP) - (t.levels ? TREE_GAP : 0));
    set_int(n, "tinggi", 2 * TREE_MARGIN + (t.rows ? t.rows - 1 : 0) * TREE_ROW + TREE_BOX_H);
}

/* The gate (gate.h): a unit whose new submission was rejected shows the
 * accepted version it is made from; the workspace's own pemda lists every
 * rejected submission, and what stands in for it (or that its unit is
 * absent, with what that leaves out of the roll-ups). */
static void write_gate(lowerer *l, xmlNodePtr root, const m_unit *u)
{
    if (u->accepted_on) {
        xmlNodePtr n = element(l, root, "versi-data");
        set(n, "diterima", u->accepted_on);
        set(n, "berkas-diterima", u->accepted_file);
        set(n, "ditolak", u->rejected_on);
        set(n, "berkas-ditolak", u->rejected_file);
        set_int(n, "kesalahan", u->rejected_errors);
    }
    const lower_rejections *r = l->o->rejected;
    if (!r || u != l->ev->ws->pemda)
        return;
    for (size_t i = 0; i < r->count; i++) {
        xmlNodePtr n = element(l, root, "kiriman-ditolak");
        set(n, "berkas", r->items[i].file);
        if (r->items[i].unit)
            set(n, "unit", r->items[i].unit);
        set(n, "tanggal", r->items[i].date);
        set_int(n, "kesalahan", r->items[i].errors > LONG_MAX ? LONG_MAX : (long)r->items[i].errors);
        if (r->items[i].accepted_on)
            set(n, "versi-diterima", r->items[i].accepted_on);
        else if (r->items[i].elsewhere)
            set(n, "unit-dari", "berkas-lain");
    }
}

xmlDocPtr lower_unit(const ev_workspace *ev, const m_unit *u, const lower_options *o)
{
    lowerer l = {ev, o, xmlNewDoc(BAD_CAST "1.0"), NULL, u->file, u};
    if (!l.doc)
        return NULL;
    /* Names interned once: a unit of 10,000 indicators holds a million
     * attributes, and a name copied for each is a fifth of the tree. */
    if (!(l.doc->dict = xmlDictCreate())) {
        xmlFreeDoc(l.doc);
        return NULL;
    }
    xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "laporan");
    xmlDocSetRootElement(l.doc, root);
    l.ns = xmlNewNs(root, BAD_CAST LKJ_REPORT_NS, NULL);
    xmlSetNs(root, l.ns);
    set(root, "format", "1");
    set(root, "lkjip", LKJ_VERSION);
    set(root, "jenis", u->level == M_LEVEL_OPD ? "opd" : "pemda");
    set(root, "bahasa", o->english ? "en" : "id");
    set(root, "tanggal", o->date);
    const m_profile *p = ev->ws->profile;
    if (p && u == ev->ws->pemda) {
        /* The workspace's title and place belong to the pemda's report. */
        set(root, "judul", p->title);
        set(root, "tempat", p->place);
    } else if (p && ev->ws->pemda && u->parent && strcmp(u->parent, ev->ws->pemda->id) == 0) {
        set(root, "tempat", p->place); /* the pemda's OPDs sign where it does */
    }
    write_period(&l, root);
    write_policies(&l, root);
    write_unit_header(&l, root, u);
    for (size_t i = 0; i < ev->ws->missing_count; i++)
        set(element(&l, root, "masukan-hilang"), "unit", ev->ws->missing[i]);
    write_gate(&l, root, u);
    meas_rollup total = evaluate_unit(ev, u);
    write_rollup(&l, root, &total);
    ev_budget budget = u->program_count || u->level == M_LEVEL_OPD ? evaluate_unit_budget(ev, u)
                                                                   : evaluate_children_budget(ev, u);
    write_budget(&l, root, &budget);
    write_children(&l, root, u);
    for (size_t i = 0; i < u->tujuan_count; i++)
        write_tujuan(&l, root, u, &u->tujuan[i]);
    for (size_t i = 0; i < u->program_count; i++)
        write_program(&l, root, &u->programs[i]);
    write_pk(&l, root, u);
    for (size_t i = 0; i < u->narrative_count; i++) {
        xmlNodePtr n = element(&l, root, "narasi");
        set(n, "bab", u->narratives[i].chapter);
        write_fragment(&l, n, u->narratives[i].xml);
    }
    if (u->level != M_LEVEL_OPD)
        write_crosscutting(&l, root, u);
    write_tree(&l, root, u);
    return l.doc;
}

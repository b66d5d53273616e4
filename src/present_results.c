/*
 * present_results.c — Bab III Akuntabilitas Kinerja of the presented
 * document (docs/present.md): A. the capaian of the unit, of each tujuan
 * and of each sasaran with the seven analyses of PermenPANRB 53/2014, and a
 * pemda's crosscutting matrix; B. the realisasi anggaran.
 *
 * Every number is the IR's, written by the toolkit's formatters; nothing
 * here recomputes a capaian, a serapan or a roll-up. What is decided here,
 * once for HTML and DocBook: which rows and years each table has, the row
 * spans, whether each indicator met its target (tercapai / belum tercapai,
 * from the displayed capaian), which note stands where, and what a
 * quarterly or monthly report leaves out (the unit's narrative, written
 * for the year).
 */
#include "present_parts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"

/* The latest earlier years a trend table shows (a Renstra's length): more
 * columns do not fit a page, and the trend chart shows every year. */
#define TREND_YEARS 5
/* Inline markup of the unit's narrative nests at most this deep; deeper
 * markup keeps its text. */

/* The end of pr_label_with's name/value pairs, typed as a pointer for
 * the variadic call. */
#define PAIRS_END ((const char *)NULL)

/* What Bab III needs to know of the whole report while it writes one part. */
typedef struct results {
    present *p;
    const xmlNode **sasaran; /* every r:tujuan/r:sasaran, numbered from 1 in order */
    size_t sasaran_count;
    const char *pk_in_force; /* the versi of the PK in force, or NULL */
    int several_pk;          /* more than one PK version: targets name theirs */
    int annual;              /* the report is for a whole year */
} results;

/* ------------------------------------------------------------------ */
/* Small readers                                                       */
/* ------------------------------------------------------------------ */

static int has_status(const xmlNode *n, const char *status)
{
    const char *s = ir_attr(n, "status");
    return s && strcmp(s, status) == 0;
}

static int is_ok(const xmlNode *n) { return has_status(n, "ok"); }

/* Two computed elements not computable for the same reason: the reason
 * is shown once, where the table says whether the target was met. */
static int same_status(const xmlNode *a, const xmlNode *b)
{
    const char *x = ir_attr(a, "status"), *y = ir_attr(b, "status");
    return x && y && strcmp(x, y) == 0;
}

static int attr_is(const xmlNode *n, const char *name, const char *value)
{
    const char *v = ir_attr(n, name);
    return v && strcmp(v, value) == 0;
}

static const xmlNode *narrative_of(const results *r, const char *bab)
{
    for (const xmlNode *n = ir_child(r->p->ir, "narasi"); n; n = ir_next(n, "narasi"))
        if (attr_is(n, "bab", bab))
            return n;
    return NULL;
}

static const xmlNode *program_by_code(const results *r, const char *kode)
{
    for (const xmlNode *g = ir_child(r->p->ir, "program"); g; g = ir_next(g, "program"))
        if (kode && attr_is(g, "kode", kode))
            return g;
    return NULL;
}

static long sasaran_number(const results *r, const char *id)
{
    for (size_t i = 0; i < r->sasaran_count; i++)
        if (id && attr_is(r->sasaran[i], "id", id))
            return (long)i + 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Inline pieces                                                       */
/* ------------------------------------------------------------------ */

/* A secondary run after a value or a name (its rule, its unit, a reason),
 * separated by a space so that no two figures run together in print. */
static void note_run(present *p, xmlNodePtr parent, const char *peran, const char *text)
{
    if (!parent || !text || !*text)
        return;
    if (parent->children)
        pr_text(p, parent, " ");
    pr_run(p, parent, peran, text);
}

/* A value that is absent: "–", greyed. */
static void absent(present *p, xmlNodePtr parent) { pr_run(p, parent, "redup", "–"); }

static void empty_note(present *p, xmlNodePtr parent, const char *key)
{
    pr_text(p, pr_el_role(p, parent, "p", "kosong"), pr_label(p, key));
}

/* "tidak dihitung" and the IR's reason. */
static void not_computed(present *p, xmlNodePtr parent, const xmlNode *n)
{
    pr_run(p, parent, "tidak-dihitung", pr_label(p, "tidak-dihitung"));
    note_run(p, parent, "alasan", ir_attr(n, "alasan"));
}

/* A capaian (or a comparison): "104,70%", a limit applied, its rule; a
 * component's note; or, unless a status column already says why, "tidak
 * dihitung" with the reason. */
static void capaian_value(present *p, xmlNodePtr parent, const xmlNode *c, int with_rule, int explained_beside)
{
    char num[PR_NUMBER_MAX], text[256];
    if (!c || (explained_beside && !is_ok(c) && !has_status(c, "komponen"))) {
        absent(p, parent);
    } else if (is_ok(c)) {
        pr_run(p, parent, "persen", pr_percent(num, ir_attr(c, "tampil")));
        const char *limit = ir_attr(c, "dibatasi");
        if (limit) {
            snprintf(text, sizeof text, "dibatasi.%.40s", limit);
            note_run(p, parent, "dibatasi", pr_label(p, text));
        }
        if (with_rule)
            note_run(p, parent, "aturan", ir_attr(c, "aturan"));
    } else if (has_status(c, "komponen")) {
        pr_run(p, parent, "komponen", pr_label(p, "capaian.komponen"));
        note_run(p, parent, "aturan",
                 pr_label_with(p, text, sizeof text, "capaian.komponen-dari", "id",
                               ir_attr_or_empty(c->parent, "komponen-dari"), PAIRS_END));
    } else {
        not_computed(p, parent, c);
    }
}

static void category_mark(present *p, xmlNodePtr parent, const xmlNode *c)
{
    if (is_ok(c) && ir_attr(c, "kategori"))
        pr_category(p, parent, c);
    else
        absent(p, parent);
}

/* A category of the policy's scale by its code and label (the legend). */
static void category_of_scale(present *p, xmlNodePtr parent, const xmlNode *k)
{
    char colour[8], key[64];
    const char *kode = ir_attr_or_empty(k, "kode");
    const char *label = ir_attr_or_empty(k, "label");
    snprintf(key, sizeof key, "kategori.%.40s", kode);
    /* The standard Indonesian label is shown in the report's language, a
     * profile's own label as written (as pr_category does). */
    if (strcmp(pr_label_in(LKJ_LANG_ID, key), label) == 0)
        label = pr_label(p, key);
    xmlNodePtr mark = pr_el(p, parent, "kategori");
    pr_attr(p, mark, "kode", kode);
    pr_attr(p, mark, "warna", pr_category_colour(p, kode, colour));
    pr_text(p, mark, *label ? label : kode);
}

static void serapan_value(present *p, xmlNodePtr parent, const xmlNode *a)
{
    char num[PR_NUMBER_MAX];
    if (!a)
        absent(p, parent);
    else if (is_ok(a))
        pr_text(p, parent, pr_percent(num, ir_attr(a, "serapan-tampil")));
    else
        not_computed(p, parent, a);
}

/* The name of an indicator with the IKU mark and its unit. */
static xmlNodePtr indicator_name_cell(present *p, xmlNodePtr row, const xmlNode *ind)
{
    xmlNodePtr cell = pr_cell(p, row, NULL, NULL);
    pr_text_normalized(p, cell, ir_child_text(ind, "nama"));
    if (attr_is(ind, "iku", "ya"))
        note_run(p, cell, "iku", pr_label(p, "iku"));
    note_run(p, cell, "sub", ir_child_text(ind, "satuan"));
    return cell;
}

/* ------------------------------------------------------------------ */
/* Tercapai / belum tercapai                                           */
/* ------------------------------------------------------------------ */

typedef struct tally {
    size_t met, not_met, not_computed;
} tally;

/* Whether an indicator met its target: the toolkit's rule (pr_target_status,
 * judged on the capaian as shown); an indicator without an r:capaian is
 * asked nothing here. */
static pr_target achievement_of(const xmlNode *c) { return c ? pr_target_status(c) : PR_TARGET_NOT_ASKED; }

static void tally_add(tally *t, const xmlNode *c)
{
    switch (achievement_of(c)) {
    case PR_TARGET_MET:
        t->met++;
        break;
    case PR_TARGET_MISSED:
        t->not_met++;
        break;
    case PR_TARGET_NOT_COMPUTED:
        t->not_computed++;
        break;
    case PR_TARGET_NOT_ASKED:
        break;
    }
}

static size_t tally_total(const tally *t) { return t->met + t->not_met + t->not_computed; }

static void achievement_value(present *p, xmlNodePtr cell, const xmlNode *c)
{
    switch (achievement_of(c)) {
    case PR_TARGET_MET:
        pr_run(p, cell, "tercapai", pr_label(p, "ketercapaian.tercapai"));
        break;
    case PR_TARGET_MISSED:
        pr_run(p, cell, "belum-tercapai", pr_label(p, "ketercapaian.belum"));
        break;
    case PR_TARGET_NOT_COMPUTED:
        pr_run(p, cell, "tidak-dihitung", pr_label(p, "ketercapaian.tidak-dihitung"));
        note_run(p, cell, "alasan", ir_attr(c, "alasan"));
        break;
    case PR_TARGET_NOT_ASKED:
        absent(p, cell);
        break;
    }
}

/* "6 dari 9 tercapai" */
static void tally_words(present *p, xmlNodePtr parent, const tally *t)
{
    char met[24], total[24], text[160];
    snprintf(met, sizeof met, "%zu", t->met);
    snprintf(total, sizeof total, "%zu", tally_total(t));
    pr_text(p, parent,
            pr_label_with(p, text, sizeof text, "ketercapaian.jumlah", "tercapai", met, "jumlah", total, PAIRS_END));
}

/* ------------------------------------------------------------------ */
/* Target and realisasi cells                                          */
/* ------------------------------------------------------------------ */

/* The annual target the IR holds for an indicator: the PK in force's
 * target-pk, else the plan's target of the year (as measure reads it). */
static const xmlNode *annual_target(const results *r, const xmlNode *ind)
{
    if (r->pk_in_force)
        for (const xmlNode *t = ir_child(ind, "target-pk"); t; t = ir_next(t, "target-pk"))
            if (attr_is(t, "versi", r->pk_in_force))
                return t;
    for (const xmlNode *t = ir_child(ind, "target"); t; t = ir_next(t, "target")) {
        int ok;
        if ((long)ir_number(t, "tahun", &ok) == r->p->year && ok)
            return t;
    }
    return NULL;
}

/* A quarter or a month without a target of its own: the year's target as
 * a reference beside it (a value of the IR, not a capaian: none is
 * computed against it). */
static void annual_reference(results *r, xmlNodePtr cell, const xmlNode *ind)
{
    present *p = r->p;
    const xmlNode *t = annual_target(r, ind);
    if (!t)
        return;
    char value[160], year[16], text[300];
    snprintf(year, sizeof year, "%d", p->year);
    pr_typed_value(p, value, sizeof value, t);
    note_run(p, cell, "acuan",
             pr_label_with(p, text, sizeof text, "target.acuan-tahunan", "tahun", year, "nilai", value, PAIRS_END));
}

static void target_value(results *r, xmlNodePtr cell, const xmlNode *ind)
{
    present *p = r->p;
    const xmlNode *t = ir_child(ind, "target-periode"), *c = ir_child(ind, "capaian");
    char text[256];
    if (is_ok(t)) {
        pr_text(p, cell, pr_typed_value(p, text, sizeof text, t));
        const char *versi = ir_attr(t, "versi-pk");
        if (r->several_pk && versi) {
            char pk[96];
            pr_label_with(p, pk, sizeof pk, "target.versi-pk", "versi", versi, PAIRS_END);
            snprintf(text, sizeof text, "%s · %s", ir_attr_or_empty(t, "aturan"), pk);
            note_run(p, cell, "aturan", text);
        } else {
            note_run(p, cell, "aturan", ir_attr(t, "aturan"));
        }
        return;
    }
    if (!t || has_status(c, "komponen") || same_status(t, c))
        absent(p, cell);
    else
        not_computed(p, cell, t);
    if (t && !r->annual && !has_status(c, "komponen"))
        annual_reference(r, cell, ind);
}

/* The realisasi to date; full: with the ratio it came from, its rule and
 * a note when periods are missing (the capaian tables). */
static void realisasi_value(present *p, xmlNodePtr cell, const xmlNode *ind, int full)
{
    const xmlNode *real = ir_child(ind, "realisasi"), *c = ir_child(ind, "capaian");
    char text[256];
    if (!real) {
        absent(p, cell);
        return;
    }
    if (!is_ok(real)) {
        if (full && same_status(real, c))
            absent(p, cell);
        else
            not_computed(p, cell, real);
        return;
    }
    pr_text(p, cell, pr_typed_value(p, text, sizeof text, real));
    if (!full)
        return;
    if (ir_attr(real, "penyebut")) {
        char a[PR_NUMBER_MAX], b[PR_NUMBER_MAX], m[PR_NUMBER_MAX];
        int ok;
        double pengali = ir_number(real, "pengali", &ok);
        pr_number(a, ir_attr(real, "pembilang"));
        pr_number(b, ir_attr(real, "penyebut"));
        if (ok && pengali != 1)
            snprintf(text, sizeof text, "%s / %s × %s", a, b, pr_number(m, ir_attr(real, "pengali")));
        else
            snprintf(text, sizeof text, "%s / %s", a, b);
        note_run(p, cell, "aturan rasio", text);
    }
    note_run(p, cell, "aturan", ir_attr(real, "aturan"));
    int ok_present, ok_window;
    double present_n = ir_number(real, "periode-ada", &ok_present);
    double window = ir_number(real, "periode-jendela", &ok_window);
    if (ok_present && ok_window && present_n < window)
        note_run(p, cell, "catatan-data",
                 pr_label_with(p, text, sizeof text, "realisasi.periode-ada", "ada", ir_attr(real, "periode-ada"),
                               "jendela", ir_attr(real, "periode-jendela"), PAIRS_END));
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */
/* ------------------------------------------------------------------ */

/* Columns from relative widths, "0.5c 4 1.5r": a width ending in r is a
 * column of figures, in c a centred one. */
static void table_columns(present *p, xmlNodePtr table, const char *widths)
{
    for (const char *s = widths; *s;) {
        s += strspn(s, " ");
        size_t n = strcspn(s, " ");
        if (n == 0)
            break;
        char lebar[24];
        const char *peran = NULL;
        size_t digits = n;
        if (s[n - 1] == 'r' || s[n - 1] == 'c') {
            peran = s[n - 1] == 'r' ? "angka" : "tengah";
            digits--;
        }
        snprintf(lebar, sizeof lebar, "%.*s*", (int)(digits < 16 ? digits : 16), s);
        xmlNodePtr k = pr_el_role(p, table, "kolom", peran);
        pr_attr(p, k, "lebar", lebar);
        s += n;
    }
}

/* count columns of one width (the years of a trend, the sasaran of a
 * matrix). */
static void repeated_columns(present *p, xmlNodePtr table, const char *lebar, const char *peran, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        xmlNodePtr k = pr_el_role(p, table, "kolom", peran);
        pr_attr(p, k, "lebar", lebar);
    }
}

static xmlNodePtr table_start(present *p, xmlNodePtr parent, const char *peran, const char *caption,
                              const char *widths)
{
    xmlNodePtr table = pr_el_role(p, parent, "tabel", peran);
    if (caption && *caption)
        pr_el_text(p, table, "judul", caption);
    table_columns(p, table, widths);
    return table;
}

static xmlNodePtr head_cell(present *p, xmlNodePtr row, const char *peran, const char *key)
{
    return pr_cell(p, row, peran, pr_label(p, key));
}

static void span_rows(present *p, xmlNodePtr cell, size_t n)
{
    if (n > 1)
        pr_attr_int(p, cell, "rentang-baris", (long)n);
}

static void span_columns(present *p, xmlNodePtr cell, size_t n)
{
    if (n > 1)
        pr_attr_int(p, cell, "rentang-kolom", (long)n);
}

/* A row header in a body or footer row. */
static xmlNodePtr row_head(present *p, xmlNodePtr row, const char *peran, const char *text)
{
    xmlNodePtr cell = pr_cell(p, row, peran, text);
    pr_attr(p, cell, "kepala", "ya");
    return cell;
}

/* One indicator's Target | Realisasi | Capaian | Kategori | Ketercapaian. */
static void result_cells(results *r, xmlNodePtr row, const xmlNode *ind)
{
    present *p = r->p;
    const xmlNode *c = ir_child(ind, "capaian");
    target_value(r, pr_cell(p, row, "angka", NULL), ind);
    realisasi_value(p, pr_cell(p, row, "angka", NULL), ind, 1);
    capaian_value(p, pr_cell(p, row, "angka", NULL), c, 1, 1);
    category_mark(p, pr_cell(p, row, "kategori", NULL), c);
    achievement_value(p, pr_cell(p, row, "ketercapaian", NULL), c);
}

static void result_heads(present *p, xmlNodePtr head)
{
    head_cell(p, head, "angka", "target");
    head_cell(p, head, "angka", "realisasi");
    head_cell(p, head, "angka", "capaian");
    head_cell(p, head, NULL, "kategori");
    head_cell(p, head, NULL, "ketercapaian");
}

/* No | Indikator | Target | Realisasi | Capaian | Kategori | Ketercapaian
 * of the indicators of owner (a tujuan or a sasaran); with a roll-up, a
 * footer row with it and how many indicators met their target. */
static void capaian_table(results *r, xmlNodePtr parent, const xmlNode *owner, const char *caption,
                          const xmlNode *rollup, const char *rollup_key)
{
    present *p = r->p;
    xmlNodePtr table = table_start(p, parent, "data capaian", caption, "0.5c 3.6 1.5r 1.7r 1.7r 1.4 1.6");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, "no", "no");
    head_cell(p, head, NULL, "indikator");
    result_heads(p, head);
    xmlNodePtr body = pr_el(p, table, "isi");
    /* The foot before the body's rows: a large table leaves row by row,
     * and DocBook writes the foot first. */
    if (rollup) {
        tally t = {0};
        for (const xmlNode *ind = ir_child(owner, "indikator"); ind; ind = ir_next(ind, "indikator"))
            tally_add(&t, ir_child(ind, "capaian"));
        xmlNodePtr foot = pr_el_role(p, pr_el(p, table, "kaki"), "baris", "total");
        span_columns(p, row_head(p, foot, "kanan", pr_label(p, rollup_key)), 4);
        capaian_value(p, pr_cell(p, foot, "angka", NULL), rollup, 1, 0);
        category_mark(p, pr_cell(p, foot, "kategori", NULL), rollup);
        tally_words(p, pr_cell(p, foot, "ketercapaian", NULL), &t);
    }
    long no = 0;
    for (const xmlNode *ind = ir_child(owner, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        xmlNodePtr row = pr_el(p, body, "baris");
        char n[24];
        snprintf(n, sizeof n, "%ld", ++no);
        pr_cell(p, row, "no", n);
        indicator_name_cell(p, row, ind);
        result_cells(r, row, ind);
        pr_flush(p, body);
    }
}

static int is_ir_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* A chapter's narrative in a box, when the unit wrote one. */
static void narrative_box(results *r, xmlNodePtr parent, const char *bab)
{
    const xmlNode *n = narrative_of(r, bab);
    if (n && r->annual)
        pr_narrative(r->p, pr_el_role(r->p, parent, "kotak", "narasi"), n);
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */
/* ------------------------------------------------------------------ */

/* A p:bagian jenis="bagian" whose heading the caller fills. */
static xmlNodePtr subsection(present *p, xmlNodePtr parent, const char *id, const char *peran, xmlNodePtr *heading)
{
    xmlNodePtr s = pr_el(p, parent, "bagian");
    pr_attr(p, s, "jenis", "bagian");
    pr_attr(p, s, "id", id);
    pr_attr(p, s, "peran", peran);
    *heading = pr_el(p, s, "judul");
    return s;
}

/* "(3) Perbandingan dengan target akhir periode Renstra/RPJMD" */
static xmlNodePtr analysis_section(results *r, xmlNodePtr parent, long sasaran_no, int n)
{
    present *p = r->p;
    char id[48], number[8], key[32], text[200];
    snprintf(id, sizeof id, "sasaran-%ld-%d", sasaran_no, n);
    xmlNodePtr heading;
    xmlNodePtr s = subsection(p, parent, id, "analisis", &heading);
    snprintf(number, sizeof number, "(%d)", n);
    pr_run(p, heading, "nomor-analisis", number);
    pr_text(p, heading, " ");
    /* A quarter's comparison is of that quarter, not "tahun ini". */
    if (n == 1 && !r->annual)
        pr_text(p, heading, pr_label_with(p, text, sizeof text, "analisis.1.periode", "periode", p->period, PAIRS_END));
    else {
        snprintf(key, sizeof key, "analisis.%d", n);
        pr_text(p, heading, pr_label(p, key));
    }
    return s;
}

/* ------------------------------------------------------------------ */
/* (1) target and realisasi                                            */
/* ------------------------------------------------------------------ */

/* Monthly or quarterly values inside the period (a chart needs two). */
static size_t periods_to_date(const present *p, const xmlNode *ind)
{
    int ok;
    const xmlNode *period = ir_child(p->ir, "periode");
    double last_month = ir_number(period, "bulan-akhir", &ok);
    if (!ok)
        last_month = 12;
    size_t n = 0;
    for (const xmlNode *d = ir_child(ind, "realisasi-data"); d; d = ir_next(d, "realisasi-data"))
        for (const xmlNode *e = d->children; e; e = e->next) {
            int is_month = is_ir_element(e, "bulan"), is_quarter = is_ir_element(e, "triwulan");
            double ke = (is_month || is_quarter) ? ir_number(e, "ke", &ok) : 0;
            if ((is_month || is_quarter) && ok && (is_month ? ke : ke * 3) <= last_month)
                n++;
        }
    return n;
}

/* A box of charts with nothing drawn in it is dropped (an indicator may
 * hold nothing a chart can show). */
static void drop_if_no_figure(xmlNodePtr box)
{
    if (!box)
        return;
    for (xmlNodePtr c = box->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST "gambar"))
            return;

    xmlUnlinkNode(box);
    xmlFreeNode(box);
}

/* A chart drawn into a box: 1 when it drew one. Only then may the document
 * be cut there: a box without a figure is dropped (drop_if_no_figure),
 * and one that had a figure may have seen it leave. */
static int drawn(present *p, xmlNodePtr box, void (*draw)(present *, xmlNodePtr, const xmlNode *), const xmlNode *ind)
{
    xmlNodePtr before = box ? box->last : NULL;
    draw(p, box, ind);
    if (!box || box->last == before)
        return 0;
    pr_flush(p, box);
    return 1;
}

static void analysis_targets(results *r, xmlNodePtr sec, const xmlNode *s)
{
    present *p = r->p;
    if (!ir_child(s, "indikator")) {
        empty_note(p, sec, "tidak-ada.indikator");
        return;
    }
    capaian_table(r, sec, s, NULL, ir_child(s, "capaian"), "capaian-sasaran");
    chart_target_realisasi(p, sec, s);
    xmlNodePtr group = NULL;
    int any = 0;
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        if (periods_to_date(p, ind) < 2)
            continue;
        if (!group) {
            group = pr_el_role(p, sec, "kotak", "grafik-grup");
            pr_text(p, pr_el_role(p, group, "p", "grafik-grup-judul"), pr_label(p, "grafik.bulanan"));
        }
        any |= drawn(p, group, chart_progress, ind);
    }
    if (!any)
        drop_if_no_figure(group);
}

/* ------------------------------------------------------------------ */
/* (2) earlier years                                                   */
/* ------------------------------------------------------------------ */

/* The latest TREND_YEARS distinct years before the report's year with a
 * realisasi of some indicator of s, ascending. */
static size_t trend_years(const results *r, const xmlNode *s, long years[TREND_YEARS])
{
    size_t n = 0;
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator"))
        for (const xmlNode *v = ir_child(ind, "realisasi-lalu"); v; v = ir_next(v, "realisasi-lalu")) {
            int ok;
            long y = (long)ir_number(v, "tahun", &ok);
            if (!ok || y >= r->p->year)
                continue;
            size_t i = 0, lowest = 0;
            while (i < n && years[i] != y)
                i++;
            if (i < n)
                continue;
            if (n < TREND_YEARS) {
                years[n++] = y;
                continue;
            }
            for (i = 1; i < n; i++)
                if (years[i] < years[lowest])
                    lowest = i;
            if (y > years[lowest])
                years[lowest] = y;
        }
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && years[j - 1] > years[j]; j--) {
            long t = years[j];
            years[j] = years[j - 1];
            years[j - 1] = t;
        }
    return n;
}

/* The trend against the latest earlier year the indicator has. */
static const xmlNode *latest_trend(const xmlNode *ind, long *year)
{
    const xmlNode *best = NULL;
    *year = 0;
    for (const xmlNode *t = ir_child(ind, "tren"); t; t = ir_next(t, "tren")) {
        int ok;
        long y = (long)ir_number(t, "tahun", &ok);
        if (ok && (!best || y > *year)) {
            best = t;
            *year = y;
        }
    }
    return best;
}

/* The year every indicator's direction is against, or 0 when they differ
 * (each cell then names its year). */
static long common_trend_year(const xmlNode *s)
{
    long common = 0;
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        long y;
        if (!latest_trend(ind, &y))
            continue;
        if (common && y != common)
            return 0;
        common = y;
    }
    return common;
}

/* Within a year, a sum to date (a count, not a pooled ratio) is not
 * comparable with a whole earlier year's: its direction is not shown. */
static int partial_sum(const results *r, const xmlNode *ind)
{
    return !r->annual && attr_is(ind, "agregasi", "jumlah") && !ir_attr(ir_child(ind, "realisasi"), "penyebut");
}

static void direction_value(results *r, xmlNodePtr cell, const xmlNode *ind, long common)
{
    present *p = r->p;
    long year;
    const xmlNode *t = latest_trend(ind, &year);
    if (!t) {
        absent(p, cell);
        return;
    }
    if (partial_sum(r, ind)) {
        absent(p, cell);
        note_run(p, cell, "alasan", pr_label(p, "tren.tidak-sebanding"));
        return;
    }
    if (!is_ok(t)) {
        not_computed(p, cell, t);
        return;
    }
    const char *arah = ir_attr_or_empty(t, "arah");
    const char *mark = strcmp(arah, "membaik") == 0    ? "▲ "
                       : strcmp(arah, "memburuk") == 0 ? "▼ "
                       : strcmp(arah, "tetap") == 0    ? "● "
                                                       : NULL;
    char key[48], text[120], peran[64];
    snprintf(key, sizeof key, "arah.%.30s", arah);
    snprintf(text, sizeof text, "%s%s", mark ? mark : "", pr_label(p, key));
    snprintf(peran, sizeof peran, "arah arah-%.30s", arah);
    pr_run(p, cell, peran, text);
    if (!common) {
        snprintf(text, sizeof text, "(%ld)", year);
        note_run(p, cell, "sub sebaris", text);
    }
}

static void trend_head(results *r, xmlNodePtr table, const long *years, size_t n, long common)
{
    present *p = r->p;
    char text[200];
    xmlNodePtr head = pr_el(p, table, "kepala");
    xmlNodePtr top = pr_el(p, head, "baris"), below = pr_el(p, head, "baris");
    span_rows(p, head_cell(p, top, NULL, "indikator"), 2);
    span_columns(p, head_cell(p, top, "tengah", "realisasi"), n + 1);
    xmlNodePtr arah = common ? pr_cell(p, top, NULL, NULL) : head_cell(p, top, NULL, "arah");
    if (common) {
        char year[16];
        snprintf(year, sizeof year, "%ld", common);
        pr_text(p, arah, pr_label_with(p, text, sizeof text, "tren.arah", "tahun", year, PAIRS_END));
    }
    span_rows(p, arah, 2);
    for (size_t i = 0; i < n; i++) {
        snprintf(text, sizeof text, "%ld", years[i]);
        pr_cell(p, below, "angka", text);
    }
    /* The realisasi to date: the year, or the quarter or month so named. */
    if (r->annual)
        snprintf(text, sizeof text, "%d", p->year);
    else
        snprintf(text, sizeof text, "%s", p->period);
    pr_cell(p, below, "angka kini", text);
}

static void analysis_trend(results *r, xmlNodePtr sec, const xmlNode *s)
{
    present *p = r->p;
    long years[TREND_YEARS];
    size_t n = trend_years(r, s, years);
    if (n == 0) {
        empty_note(p, sec, "tidak-ada.tren");
        return;
    }
    long common = common_trend_year(s);
    xmlNodePtr table = table_start(p, sec, "data tren", NULL, "3.6");
    repeated_columns(p, table, "1.2*", "angka", n + 1);
    table_columns(p, table, "1.8");
    trend_head(r, table, years, n, common);
    xmlNodePtr body = pr_el(p, table, "isi");
    char text[160];
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        xmlNodePtr row = pr_el(p, body, "baris");
        indicator_name_cell(p, row, ind);
        for (size_t i = 0; i < n; i++) {
            const xmlNode *v = ir_child(ind, "realisasi-lalu");
            int ok;
            while (v && !((long)ir_number(v, "tahun", &ok) == years[i] && ok))
                v = ir_next(v, "realisasi-lalu");
            xmlNodePtr cell = pr_cell(p, row, "angka", v ? pr_typed_value(p, text, sizeof text, v) : NULL);
            if (!v)
                absent(p, cell);
        }
        realisasi_value(p, pr_cell(p, row, "angka kini", NULL), ind, 0);
        direction_value(r, pr_cell(p, row, NULL, NULL), ind, common);
        pr_flush(p, body);
    }
    xmlNodePtr small = NULL;
    int any = 0;
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator"))
        if (ir_child(ind, "realisasi-lalu")) {
            if (!small)
                small = pr_el_role(p, sec, "kotak", "grafik-kecil");
            any |= drawn(p, small, chart_trend, ind);
        }
    if (!any)
        drop_if_no_figure(small);
}

/* ------------------------------------------------------------------ */
/* (3), (4): the end-of-plan target and the national standard          */
/* ------------------------------------------------------------------ */

static int any_indicator_has(const xmlNode *s, const char *child)
{
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator"))
        if (ir_child(ind, child))
            return 1;
    return 0;
}

static void analysis_comparison(results *r, xmlNodePtr sec, const xmlNode *s, const char *kind)
{
    present *p = r->p;
    char key[64], text[256], compared[48];
    if (!any_indicator_has(s, kind)) {
        snprintf(key, sizeof key, "tidak-ada.%s", kind);
        empty_note(p, sec, key);
        return;
    }
    xmlNodePtr table = table_start(p, sec, "data", NULL, "3.6 1.6r 1.8r 1.9r");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, NULL, "indikator");
    snprintf(text, sizeof text, "%s %s", pr_label(p, "realisasi"), p->period);
    pr_cell(p, head, "angka", text);
    int end_target = strcmp(kind, "target-akhir") == 0;
    const char *akhir = ir_attr(ir_child(ir_child(p->ir, "unit"), "rencana"), "akhir");
    if (end_target && akhir)
        snprintf(text, sizeof text, "%s (%s)", pr_label(p, kind), akhir);
    else
        snprintf(text, sizeof text, "%s", pr_label(p, kind));
    pr_cell(p, head, "angka", text);
    snprintf(key, sizeof key, "capaian.terhadap-%s", kind);
    head_cell(p, head, "angka", key);
    snprintf(compared, sizeof compared, "terhadap-%s", kind);
    xmlNodePtr body = pr_el(p, table, "isi");
    for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        xmlNodePtr row = pr_el(p, body, "baris");
        indicator_name_cell(p, row, ind);
        realisasi_value(p, pr_cell(p, row, "angka", NULL), ind, 0);
        const xmlNode *reference = ir_child(ind, kind);
        if (!reference) {
            snprintf(key, sizeof key, "%s.tidak-ada-indikator", kind);
            span_columns(p, pr_cell(p, row, "kosong", pr_label(p, key)), 2);
            pr_flush(p, body);
            continue;
        }
        xmlNodePtr cell = pr_cell(p, row, "angka", pr_typed_value(p, text, sizeof text, reference));
        note_run(p, cell, "aturan", ir_attr(reference, "sumber"));
        capaian_value(p, pr_cell(p, row, "angka", NULL), ir_child(ind, compared), 1, 0);
        pr_flush(p, body);
    }
}

/* ------------------------------------------------------------------ */
/* (5), (6): the unit's analysis and the efficiency                    */
/* ------------------------------------------------------------------ */

static void analysis_block(results *r, xmlNodePtr parent, const xmlNode *a)
{
    present *p = r->p;
    xmlNodePtr box = pr_el_role(p, parent, "kotak", "analisis");
    pr_text(p, pr_el_role(p, box, "p", "analisis-jenis"), pr_label(p, ir_attr_or_empty(a, "jenis")));
    pr_narrative(p, pr_el_role(p, box, "kotak", "narasi"), a);
}

/* The analyses of one jenis, or (other) of every jenis but the four. */
static size_t analyses_of(results *r, xmlNodePtr parent, const xmlNode *s, const char *jenis, int other)
{
    static const char *const known[] = {"konteks", "penyebab", "solusi", "efisiensi"};
    size_t n = 0;
    for (const xmlNode *a = ir_child(s, "analisis"); a; a = ir_next(a, "analisis")) {
        const char *j = ir_attr_or_empty(a, "jenis");
        int is_known = 0;
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            is_known |= strcmp(j, known[i]) == 0;
        if (other ? !is_known : strcmp(j, jenis) == 0) {
            analysis_block(r, parent, a);
            n++;
        }
    }
    return n;
}

static void annual_only_note(results *r, xmlNodePtr parent)
{
    char text[300];
    pr_text(r->p, pr_el_role(r->p, parent, "p", "kosong"),
            pr_label_with(r->p, text, sizeof text, "analisis.tahunan", "periode", r->p->period, PAIRS_END));
}

static void analysis_causes(results *r, xmlNodePtr sec, const xmlNode *s)
{
    if (!r->annual) {
        annual_only_note(r, sec);
        return;
    }
    size_t n = analyses_of(r, sec, s, "konteks", 0);
    n += analyses_of(r, sec, s, "penyebab", 0);
    n += analyses_of(r, sec, s, "solusi", 0);
    n += analyses_of(r, sec, s, NULL, 1);
    if (n == 0)
        empty_note(r->p, sec, "tidak-ada.analisis");
}

static void efficiency_value(present *p, xmlNodePtr cell, const xmlNode *e)
{
    char num[PR_NUMBER_MAX], key[64], text[160];
    if (!e) {
        absent(p, cell);
        note_run(p, cell, "aturan", pr_label(p, "efisiensi.tanpa-indikator"));
        return;
    }
    if (!is_ok(e)) {
        not_computed(p, cell, e);
        note_run(p, cell, "aturan", ir_attr(e, "aturan"));
        return;
    }
    const char *satuan = ir_attr_or_empty(e, "satuan");
    pr_shown(num, ir_attr(e, "tampil"));
    snprintf(key, sizeof key, "efisiensi.satuan.%.30s", satuan);
    if (strcmp(satuan, "poin-persen") == 0)
        snprintf(text, sizeof text, "%s %s", num, pr_label(p, key));
    else if (strcmp(satuan, "persen") == 0)
        snprintf(text, sizeof text, "%s%s", num, pr_label(p, key)); /* "12,50% pagu" */
    else
        snprintf(text, sizeof text, "%s", num);
    pr_run(p, cell, "persen", text);
    const char *kelas = ir_attr(e, "kelas");
    if (kelas) {
        char peran[64];
        snprintf(key, sizeof key, "efisiensi.kelas.%.30s", kelas);
        snprintf(peran, sizeof peran, "kelas-efisiensi kelas-%.30s", kelas);
        note_run(p, cell, peran, pr_label(p, key));
    }
    note_run(p, cell, "aturan", ir_attr(e, "aturan"));
}

static void efficiency_classes(present *p, xmlNodePtr parent)
{
    const xmlNode *k = ir_child(p->ir, "kebijakan");
    char above[PR_NUMBER_MAX], below[PR_NUMBER_MAX], text[400];
    pr_number(above, ir_attr(k, "efisien-di-atas"));
    pr_number(below, ir_attr(k, "tidak-efisien-di-bawah"));
    pr_text(p, pr_el_role(p, parent, "p", "keterangan-grafik"),
            pr_label_with(p, text, sizeof text, "efisiensi.klasifikasi", "atas", above, "bawah", below, PAIRS_END));
}

/* Program | Capaian program | Serapan | Efisiensi, the inputs beside the
 * result. */
static void efficiency_table(results *r, xmlNodePtr sec, const xmlNode *const *programs, size_t n)
{
    present *p = r->p;
    xmlNodePtr table = table_start(p, sec, "data", NULL, "3.8 1.7r 1.3r 2.2r");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, NULL, "program");
    head_cell(p, head, "angka", "capaian-program");
    head_cell(p, head, "angka", "serapan");
    head_cell(p, head, "angka", "efisiensi");
    xmlNodePtr body = pr_el(p, table, "isi");
    int classified = 0;
    for (size_t i = 0; i < n; i++) {
        xmlNodePtr row = pr_el(p, body, "baris");
        xmlNodePtr name = pr_cell(p, row, NULL, NULL);
        pr_run(p, name, "kode", ir_attr(programs[i], "kode"));
        pr_text(p, name, " ");
        pr_text_normalized(p, name, ir_child_text(programs[i], "nama"));
        capaian_value(p, pr_cell(p, row, "angka", NULL), ir_child(programs[i], "capaian"), 1, 0);
        serapan_value(p, pr_cell(p, row, "angka", NULL), ir_child(programs[i], "anggaran"));
        const xmlNode *e = ir_child(programs[i], "efisiensi");
        efficiency_value(p, pr_cell(p, row, "angka", NULL), e);
        classified |= ir_attr(e, "kelas") != NULL;
    }
    if (classified)
        efficiency_classes(p, sec);
}

static const xmlNode *subordinate_unit(const results *r, const char *id)
{
    for (const xmlNode *u = ir_child(r->p->ir, "unit-bawahan"); u; u = ir_next(u, "unit-bawahan"))
        if (id && attr_is(u, "id", id))
            return u;
    return NULL;
}

/* A pemda's sasaran: the capaian and serapan of the units supporting it,
 * each unit once (its programs' efficiency is in its own LKjIP). */
static void supporters_efficiency(results *r, xmlNodePtr sec, const xmlNode *s)
{
    present *p = r->p;
    xmlNodePtr body = NULL;
    long no = 0;
    for (const xmlNode *d = ir_child(s, "didukung"); d; d = ir_next(d, "didukung")) {
        const char *unit = ir_attr(d, "unit");
        const xmlNode *u = subordinate_unit(r, unit), *earlier = ir_child(s, "didukung");
        while (earlier != d && !attr_is(earlier, "unit", unit ? unit : ""))
            earlier = ir_next(earlier, "didukung");
        if (!u || earlier != d)
            continue;
        if (!body) {
            xmlNodePtr table = table_start(p, sec, "data", NULL, "0.5c 4 1.6r 1.4 1.4r");
            xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
            head_cell(p, head, "no", "no");
            head_cell(p, head, NULL, "unit-pendukung");
            head_cell(p, head, "angka", "capaian");
            head_cell(p, head, NULL, "kategori");
            head_cell(p, head, "angka", "serapan");
            body = pr_el(p, table, "isi");
        }
        xmlNodePtr row = pr_el(p, body, "baris");
        char n[24];
        snprintf(n, sizeof n, "%ld", ++no);
        pr_cell(p, row, "no", n);
        pr_text_normalized(p, pr_cell(p, row, NULL, NULL), ir_child_text(u, "nama"));
        capaian_value(p, pr_cell(p, row, "angka", NULL), ir_child(u, "capaian"), 0, 0);
        category_mark(p, pr_cell(p, row, "kategori", NULL), ir_child(u, "capaian"));
        serapan_value(p, pr_cell(p, row, "angka", NULL), ir_child(u, "anggaran"));
    }
}

static void analysis_efficiency(results *r, xmlNodePtr sec, const xmlNode *s, const xmlNode *const *programs,
                                size_t n)
{
    if (n)
        efficiency_table(r, sec, programs, n);
    else if (ir_child(s, "didukung")) {
        supporters_efficiency(r, sec, s);
        empty_note(r->p, sec, "efisiensi.pemda");
    } else
        empty_note(r->p, sec, "tidak-ada.program");
    if (r->annual)
        analyses_of(r, sec, s, "efisiensi", 0);
}

/* ------------------------------------------------------------------ */
/* (7) programs and kegiatan                                           */
/* ------------------------------------------------------------------ */

static void budget_cells(present *p, xmlNodePtr row, const xmlNode *a)
{
    char num[PR_NUMBER_MAX];
    pr_cell(p, row, "angka", pr_rupiah(num, ir_attr(a, "pagu")));
    pr_cell(p, row, "angka", pr_rupiah(num, ir_attr(a, "realisasi")));
    serapan_value(p, pr_cell(p, row, "angka", NULL), a);
}

static void code_and_name_row(present *p, xmlNodePtr row, const xmlNode *n, const char *name_peran)
{
    pr_cell(p, row, "kode", ir_attr(n, "kode"));
    pr_text_normalized(p, pr_cell(p, row, name_peran, NULL), ir_child_text(n, "nama"));
}

/* Kode | Program/Kegiatan | Pagu | Realisasi | Serapan: each program and
 * its kegiatan; total: the unit's anggaran as a footer row. */
static void budget_table(results *r, xmlNodePtr parent, const xmlNode *const *programs, size_t n,
                         const char *caption, const xmlNode *total)
{
    present *p = r->p;
    xmlNodePtr table = table_start(p, parent, "data anggaran", caption, "1.6 4.2 2.1r 2.1r 1.3r");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, NULL, "kode");
    head_cell(p, head, NULL, "program-kegiatan");
    head_cell(p, head, "angka", "pagu");
    head_cell(p, head, "angka", "realisasi-anggaran");
    head_cell(p, head, "angka", "serapan");
    xmlNodePtr body = pr_el(p, table, "isi");
    for (size_t i = 0; i < n; i++) {
        xmlNodePtr row = pr_el_role(p, body, "baris", "baris-program");
        code_and_name_row(p, row, programs[i], NULL);
        budget_cells(p, row, ir_child(programs[i], "anggaran"));
        for (const xmlNode *k = ir_child(programs[i], "kegiatan"); k; k = ir_next(k, "kegiatan")) {
            row = pr_el_role(p, body, "baris", "baris-kegiatan");
            code_and_name_row(p, row, k, "menjorok");
            budget_cells(p, row, ir_child(k, "anggaran"));
        }
    }
    if (!total)
        return;
    xmlNodePtr foot = pr_el_role(p, pr_el(p, table, "kaki"), "baris", "total");
    span_columns(p, row_head(p, foot, "kanan", pr_label(p, "jumlah")), 2);
    budget_cells(p, foot, total);
}

/* The indicator rows of one program or kegiatan, its code and name
 * spanning them. */
static void owner_indicator_rows(results *r, xmlNodePtr body, const xmlNode *owner, const char *peran, tally *t)
{
    present *p = r->p;
    size_t n = ir_count(owner, "indikator");
    int first = 1;
    for (const xmlNode *ind = ir_child(owner, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        xmlNodePtr row = pr_el_role(p, body, "baris", peran);
        if (first) {
            span_rows(p, pr_cell(p, row, "kode", ir_attr(owner, "kode")), n);
            xmlNodePtr name = pr_cell(p, row, NULL, NULL);
            pr_text_normalized(p, name, ir_child_text(owner, "nama"));
            span_rows(p, name, n);
            first = 0;
        }
        indicator_name_cell(p, row, ind);
        result_cells(r, row, ind);
        tally_add(t, ir_child(ind, "capaian"));
    }
}

/* Kode | Program/Kegiatan | Indikator | Target | Realisasi | Capaian |
 * Kategori | Ketercapaian: the outcome indicators of the programs and the
 * output indicators of their kegiatan. */
static void program_indicator_table(results *r, xmlNodePtr parent, const xmlNode *const *programs, size_t n)
{
    present *p = r->p;
    int any = 0;
    for (size_t i = 0; i < n && !any; i++) {
        any = ir_child(programs[i], "indikator") != NULL;
        for (const xmlNode *k = ir_child(programs[i], "kegiatan"); k && !any; k = ir_next(k, "kegiatan"))
            any = ir_child(k, "indikator") != NULL;
    }
    if (!any)
        return;
    xmlNodePtr table = table_start(p, parent, "data kecil indikator-program", pr_label(p, "tabel.indikator-program"),
                                   "1.5 2.6 3 1.2r 1.3r 1.4r 1.3 1.4");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, NULL, "kode");
    head_cell(p, head, NULL, "program-kegiatan");
    head_cell(p, head, NULL, "indikator");
    result_heads(p, head);
    xmlNodePtr body = pr_el(p, table, "isi");
    tally t = {0};
    for (size_t i = 0; i < n; i++) {
        owner_indicator_rows(r, body, programs[i], "baris-program", &t);
        for (const xmlNode *k = ir_child(programs[i], "kegiatan"); k; k = ir_next(k, "kegiatan"))
            owner_indicator_rows(r, body, k, "baris-kegiatan", &t);
    }
}

/* A pemda's sasaran: No | Unit pendukung | Sasaran, a unit's consecutive
 * sasaran under one number and name. */
static void supporters_table(results *r, xmlNodePtr sec, const xmlNode *s)
{
    present *p = r->p;
    xmlNodePtr table = table_start(p, sec, "data kecil", pr_label(p, "didukung-oleh"), "0.5c 3 4.5");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, "no", "no");
    head_cell(p, head, NULL, "unit-pendukung");
    head_cell(p, head, NULL, "crosscutting.sasaran-pendukung");
    xmlNodePtr body = pr_el(p, table, "isi");
    long no = 0;
    for (const xmlNode *d = ir_child(s, "didukung"); d;) {
        const char *unit = ir_attr_or_empty(d, "unit");
        size_t run = 0;
        for (const xmlNode *e = d; e && attr_is(e, "unit", unit); e = ir_next(e, "didukung"))
            run++;
        for (size_t i = 0; i < run; i++, d = ir_next(d, "didukung")) {
            xmlNodePtr row = pr_el(p, body, "baris");
            if (i == 0) {
                char n[24];
                snprintf(n, sizeof n, "%ld", ++no);
                span_rows(p, pr_cell(p, row, "no", n), run);
                const char *name = ir_child_text(d, "unit-nama");
                xmlNodePtr cell = pr_cell(p, row, NULL, NULL);
                pr_text_normalized(p, cell, *name ? name : unit);
                span_rows(p, cell, run);
            }
            xmlNodePtr cell = pr_cell(p, row, NULL, NULL);
            pr_text_normalized(p, cell, ir_child_text(d, "uraian"));
            note_run(p, cell, "sub", ir_attr(d, "sasaran"));
        }
    }
}

static void analysis_programs(results *r, xmlNodePtr sec, const xmlNode *s, const xmlNode *const *programs,
                              size_t n)
{
    present *p = r->p;
    if (n) {
        budget_table(r, sec, programs, n, NULL, NULL);
        program_indicator_table(r, sec, programs, n);
    } else if (ir_child(s, "didukung")) {
        supporters_table(r, sec, s);
        empty_note(p, sec, "program.di-opd");
    } else {
        empty_note(p, sec, "tidak-ada.program");
    }
}

/* ------------------------------------------------------------------ */
/* A sasaran                                                           */
/* ------------------------------------------------------------------ */

/* "Capaian sasaran: 100,26% ■ Sangat Tinggi rata-rata capaian" */
static void rollup_line(present *p, xmlNodePtr parent, const char *peran, const char *key, const xmlNode *c)
{
    xmlNodePtr line = pr_el_role(p, parent, "p", peran);
    pr_text(p, line, pr_label(p, key));
    pr_text(p, line, ": ");
    capaian_value(p, line, c, 0, 0);
    if (is_ok(c)) {
        pr_text(p, line, " ");
        category_mark(p, line, c);
    }
    note_run(p, line, "aturan sebaris", ir_attr(c, "aturan"));
}

static void supports_line(present *p, xmlNodePtr parent, const xmlNode *m)
{
    xmlNodePtr line = pr_el(p, parent, "p");
    pr_text(p, line, pr_label(p, "mendukung"));
    pr_text(p, line, ": ");
    const char *uraian = ir_child_text(m, "uraian");
    pr_text_normalized(p, line, *uraian ? uraian : ir_attr_or_empty(m, "sasaran"));
    char text[300];
    const char *unit = ir_child_text(m, "unit-nama");
    if (has_status(m, "tidak-ada-di-masukan"))
        snprintf(text, sizeof text, "(%s, %s)", ir_attr_or_empty(m, "sasaran"), pr_label(p, "mendukung.tidak-ada"));
    else if (*unit)
        snprintf(text, sizeof text, "(%s, %s)", ir_attr_or_empty(m, "sasaran"), unit);
    else
        snprintf(text, sizeof text, "(%s)", ir_attr_or_empty(m, "sasaran"));
    note_run(p, line, "sub sebaris", text);
}

static size_t sasaran_programs(const results *r, const xmlNode *s, const xmlNode ***out)
{
    size_t n = ir_count(s, "program"), found = 0;
    *out = NULL;
    if (n == 0)
        return 0;
    *out = calloc(n, sizeof(const xmlNode *));
    if (!*out) {
        r->p->failed = 1;
        return 0;
    }
    for (const xmlNode *ref = ir_child(s, "program"); ref; ref = ir_next(ref, "program")) {
        const xmlNode *g = program_by_code(r, ir_attr(ref, "kode"));
        if (g)
            (*out)[found++] = g;
    }
    return found;
}

static void sasaran_section(results *r, xmlNodePtr parent, const xmlNode *s, long no)
{
    present *p = r->p;
    char id[32], label[64];
    snprintf(id, sizeof id, "sasaran-%ld", no);
    xmlNodePtr heading;
    xmlNodePtr sec = subsection(p, parent, id, "sasaran", &heading);
    snprintf(label, sizeof label, "%s %ld", pr_label(p, "sasaran"), no);
    pr_run(p, heading, "label-sasaran", label);
    pr_text(p, heading, ": ");
    pr_text_normalized(p, heading, ir_child_text(s, "uraian"));

    xmlNodePtr summary = pr_el_role(p, sec, "kotak", "sasaran-ringkas");
    rollup_line(p, summary, NULL, "capaian-sasaran", ir_child(s, "capaian"));
    for (const xmlNode *m = ir_child(s, "mendukung"); m; m = ir_next(m, "mendukung"))
        supports_line(p, summary, m);

    const xmlNode **programs;
    size_t n = sasaran_programs(r, s, &programs);
    analysis_targets(r, analysis_section(r, sec, no, 1), s);
    analysis_trend(r, analysis_section(r, sec, no, 2), s);
    analysis_comparison(r, analysis_section(r, sec, no, 3), s, "target-akhir");
    analysis_comparison(r, analysis_section(r, sec, no, 4), s, "standar-nasional");
    analysis_causes(r, analysis_section(r, sec, no, 5), s);
    analysis_efficiency(r, analysis_section(r, sec, no, 6), s, programs, n);
    analysis_programs(r, analysis_section(r, sec, no, 7), s, programs, n);
    free(programs);
}

/* ------------------------------------------------------------------ */
/* A. Capaian Kinerja Organisasi                                       */
/* ------------------------------------------------------------------ */

/* How many of the sasaran's indicators met their target. */
static tally sasaran_tally(const results *r)
{
    tally t = {0};
    for (size_t i = 0; i < r->sasaran_count; i++)
        for (const xmlNode *ind = ir_child(r->sasaran[i], "indikator"); ind; ind = ir_next(ind, "indikator"))
            tally_add(&t, ir_child(ind, "capaian"));
    return t;
}

static void headline(results *r, xmlNodePtr parent)
{
    present *p = r->p;
    const xmlNode *c = ir_child(p->ir, "capaian");
    char text[400], a[24], b[24], d[24], e[24];
    xmlNodePtr box = pr_el_role(p, parent, "kotak", "kotak ringkas");
    snprintf(text, sizeof text, "%s, %s", pr_label(p, "capaian-organisasi"), p->period);
    pr_text(p, pr_el_role(p, box, "p", "ringkas-judul"), text);
    xmlNodePtr value = pr_el_role(p, box, "p", "ringkas-nilai");
    capaian_value(p, value, c, 0, 0);
    if (is_ok(c)) {
        pr_text(p, value, " ");
        category_mark(p, value, c);
    }
    note_run(p, value, "aturan sebaris", ir_attr(c, "aturan"));
    snprintf(a, sizeof a, "%s", ir_attr_or_empty(c, "dihitung"));
    snprintf(b, sizeof b, "%s", ir_attr_or_empty(c, "dilewati"));
    pr_text(p, pr_el_role(p, box, "p", "sub"),
            pr_label_with(p, text, sizeof text, "rollup.dihitung", "dihitung", a, "dilewati", b, PAIRS_END));
    tally t = sasaran_tally(r);
    snprintf(a, sizeof a, "%zu", t.met);
    snprintf(b, sizeof b, "%zu", tally_total(&t));
    snprintf(d, sizeof d, "%zu", t.not_met);
    snprintf(e, sizeof e, "%zu", t.not_computed);
    pr_text(p, pr_el_role(p, box, "p", "sub"),
            pr_label_with(p, text, sizeof text, "ketercapaian.ringkas", "tercapai", a, "jumlah", b, "belum", d, "tidak",
                          e, PAIRS_END));
}

/* "Keterangan kategori: ■ Sangat Tinggi (≥ 91%) …" */
static void legend(present *p, xmlNodePtr parent)
{
    const xmlNode *k = ir_child(ir_child(p->ir, "kebijakan"), "kategori");
    if (!k)
        return;
    xmlNodePtr line = pr_el_role(p, parent, "p", "legenda");
    char text[160], num[PR_NUMBER_MAX];
    snprintf(text, sizeof text, "%s:", pr_label(p, "legenda"));
    pr_run(p, line, "legenda-judul", text);
    for (; k; k = ir_next(k, "kategori")) {
        pr_text(p, line, " ");
        category_of_scale(p, line, k);
        if (ir_attr(k, "min"))
            snprintf(text, sizeof text, "(≥ %s%%)", pr_number(num, ir_attr(k, "min")));
        else
            snprintf(text, sizeof text, "(%s)", pr_label(p, "legenda.lainnya"));
        note_run(p, line, "rentang", text);
    }
}

/* Keterangan of a roll-up: its rule, and what it left out. */
static void rollup_note(present *p, xmlNodePtr cell, const xmlNode *c)
{
    pr_text(p, cell, ir_attr(c, "aturan"));
    int ok;
    if (ir_number(c, "dilewati", &ok) > 0 && ok) {
        char text[200];
        note_run(p, cell, "alasan",
                 pr_label_with(p, text, sizeof text, "rollup.dihitung", "dihitung", ir_attr(c, "dihitung"), "dilewati",
                               ir_attr(c, "dilewati"), PAIRS_END));
    }
}

static void rollup_cells(present *p, xmlNodePtr row, const xmlNode *c)
{
    capaian_value(p, pr_cell(p, row, "angka", NULL), c, 0, 0);
    category_mark(p, pr_cell(p, row, "kategori", NULL), c);
    rollup_note(p, pr_cell(p, row, "aturan", NULL), c);
}

/* The roll-ups in one table: each tujuan, its sasaran (linked to their
 * sections), and the unit's capaian they make. */
static void rollup_table(results *r, xmlNodePtr parent)
{
    present *p = r->p;
    xmlNodePtr table = table_start(p, parent, "data capaian ringkas", pr_label(p, "tabel.capaian-tujuan-sasaran"),
                                   "5 1.5r 1.5 2.4");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, NULL, "tujuan-sasaran");
    head_cell(p, head, "angka", "capaian");
    head_cell(p, head, NULL, "kategori");
    head_cell(p, head, NULL, "keterangan");
    xmlNodePtr body = pr_el(p, table, "isi");
    long t_no = 0, s_no = 0;
    char text[96];
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t; t = ir_next(t, "tujuan")) {
        xmlNodePtr row = pr_el_role(p, body, "baris", "baris-tujuan");
        xmlNodePtr b = pr_el(p, pr_cell(p, row, NULL, NULL), "b");
        snprintf(text, sizeof text, "%s %ld: ", pr_label(p, "tujuan"), ++t_no);
        pr_text(p, b, text);
        pr_text_normalized(p, b, ir_child_text(t, "uraian"));
        rollup_cells(p, row, ir_child(t, "capaian"));
        for (const xmlNode *s = ir_child(t, "sasaran"); s; s = ir_next(s, "sasaran")) {
            row = pr_el_role(p, body, "baris", "baris-sasaran");
            xmlNodePtr cell = pr_cell(p, row, "menjorok", NULL);
            char ref[32];
            snprintf(ref, sizeof ref, "sasaran-%ld", ++s_no);
            snprintf(text, sizeof text, "%s %ld", pr_label(p, "sasaran"), s_no);
            xmlNodePtr link = pr_el_text(p, cell, "tautan", text);
            pr_attr(p, link, "ref", ref);
            pr_text(p, cell, ": ");
            pr_text_normalized(p, cell, ir_child_text(s, "uraian"));
            rollup_cells(p, row, ir_child(s, "capaian"));
        }
    }
    xmlNodePtr foot = pr_el_role(p, pr_el(p, table, "kaki"), "baris", "total");
    row_head(p, foot, "kanan", pr_label(p, "capaian-organisasi"));
    rollup_cells(p, foot, ir_child(p->ir, "capaian"));
}

static void tujuan_section(results *r, xmlNodePtr parent, const xmlNode *t, long no, long *sasaran_no)
{
    present *p = r->p;
    char id[32], text[64];
    snprintf(id, sizeof id, "tujuan-%ld", no);
    xmlNodePtr heading;
    xmlNodePtr sec = subsection(p, parent, id, "tujuan", &heading);
    snprintf(text, sizeof text, "%s %ld: ", pr_label(p, "tujuan"), no);
    pr_text(p, heading, text);
    pr_text_normalized(p, heading, ir_child_text(t, "uraian"));
    rollup_line(p, sec, "garis-capaian", "capaian-tujuan", ir_child(t, "capaian"));
    if (ir_child(t, "indikator"))
        capaian_table(r, sec, t, pr_label(p, "tabel.indikator-tujuan"), NULL, NULL);
    for (const xmlNode *s = ir_child(t, "sasaran"); s; s = ir_next(s, "sasaran")) {
        sasaran_section(r, sec, s, ++*sasaran_no);
        pr_flush(p, sec);
    }
}

/* ------------------------------------------------------------------ */
/* A pemda's crosscutting matrix                                       */
/* ------------------------------------------------------------------ */

/* The supporting units in order of first appearance. */
static size_t crosscutting_units(results *r, const xmlNode *cc, const char ***out)
{
    size_t cap = 0, n = 0;
    for (const xmlNode *s = ir_child(cc, "sasaran"); s; s = ir_next(s, "sasaran"))
        cap += ir_count(s, "pendukung");
    *out = NULL;
    if (cap == 0)
        return 0;
    *out = calloc(cap, sizeof(const char *));
    if (!*out) {
        r->p->failed = 1;
        return 0;
    }
    for (const xmlNode *s = ir_child(cc, "sasaran"); s; s = ir_next(s, "sasaran"))
        for (const xmlNode *d = ir_child(s, "pendukung"); d; d = ir_next(d, "pendukung")) {
            const char *unit = ir_attr_or_empty(d, "unit");
            size_t i = 0;
            while (i < n && strcmp((*out)[i], unit) != 0)
                i++;
            if (i == n)
                (*out)[n++] = unit;
        }
    return n;
}

static const char *unit_name(const results *r, const char *unit)
{
    const xmlNode *u = subordinate_unit(r, unit);
    if (u && *ir_child_text(u, "nama"))
        return ir_child_text(u, "nama");
    for (size_t i = 0; i < r->sasaran_count; i++)
        for (const xmlNode *d = ir_child(r->sasaran[i], "didukung"); d; d = ir_next(d, "didukung"))
            if (attr_is(d, "unit", unit) && *ir_child_text(d, "unit-nama"))
                return ir_child_text(d, "unit-nama");
    return unit;
}

static int crosscut(const xmlNode *column)
{
    int ok;
    return ir_number(column, "jumlah-unit", &ok) > 1 && ok;
}

static void crosscutting_head(results *r, xmlNodePtr table, const xmlNode *cc)
{
    present *p = r->p;
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, "kolom-unit", "unit-pendukung");
    char text[64];
    for (const xmlNode *col = ir_child(cc, "sasaran"); col; col = ir_next(col, "sasaran")) {
        long no = sasaran_number(r, ir_attr(col, "id"));
        xmlNodePtr cell = pr_cell(p, head, crosscut(col) ? "lintas" : NULL, NULL);
        if (no) {
            snprintf(text, sizeof text, "%s %ld", pr_label(p, "sasaran"), no);
            pr_text(p, cell, text);
        } else {
            pr_text(p, cell, ir_attr(col, "id"));
        }
        if (crosscut(col))
            note_run(p, cell, "tanda-lintas", pr_label(p, "crosscutting.tanda"));
    }
}

static void crosscutting_cell(present *p, xmlNodePtr row, const xmlNode *col, const char *unit)
{
    xmlNodePtr cell = pr_cell(p, row, crosscut(col) ? "tengah lintas" : "tengah", NULL);
    xmlNodePtr ids = NULL;
    for (const xmlNode *d = ir_child(col, "pendukung"); d; d = ir_next(d, "pendukung")) {
        if (!attr_is(d, "unit", unit))
            continue;
        if (!ids) {
            pr_run(p, cell, "titik", "●");
            pr_text(p, cell, " ");
            ids = pr_el_role(p, cell, "t", "sub");
        } else {
            pr_text(p, ids, ", ");
        }
        pr_text(p, ids, ir_attr(d, "sasaran"));
    }
    if (!ids)
        absent(p, cell);
}

/* Units (rows) × the pemda's sasaran (columns); a cell lists the unit's
 * sasaran that support that one. */
static void crosscutting(results *r, xmlNodePtr parent)
{
    present *p = r->p;
    const xmlNode *cc = ir_child(p->ir, "crosscutting");
    if (!cc)
        return;
    xmlNodePtr heading;
    xmlNodePtr sec = subsection(p, parent, "crosscutting", "crosscutting", &heading);
    pr_text(p, heading, pr_label(p, "crosscutting"));
    pr_text(p, pr_el_role(p, sec, "p", "catatan"), pr_label(p, "crosscutting.keterangan"));
    const char **units;
    size_t n = crosscutting_units(r, cc, &units);
    xmlNodePtr table = table_start(p, pr_el_role(p, sec, "kotak", "lebar"), "data matriks", NULL, "3");
    repeated_columns(p, table, "1*", "tengah", ir_count(cc, "sasaran"));
    crosscutting_head(r, table, cc);
    xmlNodePtr body = pr_el(p, table, "isi");
    for (size_t i = 0; i < n; i++) {
        xmlNodePtr row = pr_el(p, body, "baris");
        pr_text_normalized(p, pr_cell(p, row, NULL, NULL), unit_name(r, units[i]));
        for (const xmlNode *col = ir_child(cc, "sasaran"); col; col = ir_next(col, "sasaran"))
            crosscutting_cell(p, row, col, units[i]);
    }
    free(units);
    xmlNodePtr foot = pr_el_role(p, pr_el(p, table, "kaki"), "baris", "total");
    row_head(p, foot, "kanan", pr_label(p, "crosscutting.jumlah-unit"));
    for (const xmlNode *col = ir_child(cc, "sasaran"); col; col = ir_next(col, "sasaran"))
        pr_cell(p, foot, "tengah", ir_attr(col, "jumlah-unit"));
    /* The key: each column's sasaran in words. */
    xmlNodePtr key = NULL;
    for (const xmlNode *col = ir_child(cc, "sasaran"); col; col = ir_next(col, "sasaran")) {
        long no = sasaran_number(r, ir_attr(col, "id"));
        if (!no)
            continue;
        if (!key) {
            key = pr_el_role(p, sec, "daftar", "kunci-sasaran");
            pr_attr(p, key, "jenis", "ul");
        }
        xmlNodePtr item = pr_el(p, key, "butir");
        char text[64];
        snprintf(text, sizeof text, "%s %ld: ", pr_label(p, "sasaran"), no);
        pr_el_text(p, item, "b", text);
        pr_text_normalized(p, item, ir_child_text(r->sasaran[no - 1], "uraian"));
    }
}

/* ------------------------------------------------------------------ */
/* B. Realisasi Anggaran                                               */
/* ------------------------------------------------------------------ */

/* A pemda: No | Perangkat Daerah | Pagu | Realisasi | Serapan | Capaian |
 * Kategori, its OPDs' figures as the IR gives them, and its own total. */
static void budget_by_unit(results *r, xmlNodePtr parent, const char *caption)
{
    present *p = r->p;
    xmlNodePtr table = table_start(p, parent, "data anggaran", caption, "0.5c 3.6 2.1r 2.1r 1.3r 1.5r 1.4");
    xmlNodePtr head = pr_el(p, pr_el(p, table, "kepala"), "baris");
    head_cell(p, head, "no", "no");
    head_cell(p, head, NULL, "perangkat-daerah");
    head_cell(p, head, "angka", "pagu");
    head_cell(p, head, "angka", "realisasi-anggaran");
    head_cell(p, head, "angka", "serapan");
    head_cell(p, head, "angka", "capaian");
    head_cell(p, head, NULL, "kategori");
    xmlNodePtr body = pr_el(p, table, "isi");
    long no = 0;
    char n[24];
    for (const xmlNode *u = ir_child(p->ir, "unit-bawahan"); u; u = ir_next(u, "unit-bawahan")) {
        if (!attr_is(u, "tingkat", "opd"))
            continue;
        xmlNodePtr row = pr_el(p, body, "baris");
        snprintf(n, sizeof n, "%ld", ++no);
        pr_cell(p, row, "no", n);
        pr_text_normalized(p, pr_cell(p, row, NULL, NULL), ir_child_text(u, "nama"));
        budget_cells(p, row, ir_child(u, "anggaran"));
        capaian_value(p, pr_cell(p, row, "angka", NULL), ir_child(u, "capaian"), 0, 0);
        category_mark(p, pr_cell(p, row, "kategori", NULL), ir_child(u, "capaian"));
    }
    xmlNodePtr foot = pr_el_role(p, pr_el(p, table, "kaki"), "baris", "total");
    span_columns(p, row_head(p, foot, "kanan", pr_label(p, "jumlah")), 2);
    budget_cells(p, foot, ir_child(p->ir, "anggaran"));
    capaian_value(p, pr_cell(p, foot, "angka", NULL), ir_child(p->ir, "capaian"), 0, 0);
    category_mark(p, pr_cell(p, foot, "kategori", NULL), ir_child(p->ir, "capaian"));
}

static int has_opd(const present *p)
{
    for (const xmlNode *u = ir_child(p->ir, "unit-bawahan"); u; u = ir_next(u, "unit-bawahan"))
        if (attr_is(u, "tingkat", "opd"))
            return 1;
    return 0;
}

/* An OPD without programs in its submission: its own figures. */
static void budget_of_unit(present *p, xmlNodePtr parent)
{
    const xmlNode *a = ir_child(p->ir, "anggaran");
    char num[PR_NUMBER_MAX];
    xmlNodePtr table = table_start(p, parent, "data info", NULL, "3 2r");
    xmlNodePtr body = pr_el(p, table, "isi");
    xmlNodePtr row = pr_el(p, body, "baris");
    row_head(p, row, NULL, pr_label(p, "pagu"));
    pr_cell(p, row, "angka", pr_rupiah(num, ir_attr(a, "pagu")));
    row = pr_el(p, body, "baris");
    row_head(p, row, NULL, pr_label(p, "realisasi-anggaran"));
    pr_cell(p, row, "angka", pr_rupiah(num, ir_attr(a, "realisasi")));
    row = pr_el(p, body, "baris");
    row_head(p, row, NULL, pr_label(p, "serapan"));
    serapan_value(p, pr_cell(p, row, "angka", NULL), a);
    empty_note(p, parent, "tidak-ada.program-unit");
}

static void budget_section(results *r, xmlNodePtr parent)
{
    present *p = r->p;
    xmlNodePtr heading;
    xmlNodePtr sec = subsection(p, parent, "bab-3-b", NULL, &heading);
    pr_text(p, heading, pr_label(p, "bab.3.b"));
    char caption[300];
    size_t n = ir_count(p->ir, "program");
    if (n) {
        const xmlNode **programs = calloc(n, sizeof(const xmlNode *));
        if (!programs) {
            p->failed = 1;
            return;
        }
        size_t i = 0;
        for (const xmlNode *g = ir_child(p->ir, "program"); g; g = ir_next(g, "program"))
            programs[i++] = g;
        snprintf(caption, sizeof caption, "%s, %s", pr_label(p, "tabel.realisasi-anggaran"), p->period);
        budget_table(r, sec, programs, n, caption, ir_child(p->ir, "anggaran"));
        free(programs);
        chart_absorption(p, sec, NULL);
    } else if (has_opd(p)) {
        snprintf(caption, sizeof caption, "%s, %s", pr_label(p, "tabel.anggaran-unit"), p->period);
        budget_by_unit(r, sec, caption);
        chart_absorption(p, sec, NULL);
    } else if (p->pemda) {
        empty_note(p, sec, "anggaran.pemda");
    } else {
        budget_of_unit(p, sec);
    }
    narrative_box(r, sec, "anggaran");
}

/* ------------------------------------------------------------------ */
/* The chapter                                                         */
/* ------------------------------------------------------------------ */

/* One line instead of the engine's settings: they are the methodology
 * appendix's (id lampiran-metodologi). */
static void methodology_reference(present *p, xmlNodePtr parent)
{
    xmlNodePtr line = pr_el_role(p, parent, "p", "metodologi");
    pr_text(p, line, pr_label(p, "metodologi.rujukan"));
    pr_text(p, line, " ");
    xmlNodePtr link = pr_el_text(p, line, "tautan", pr_label(p, "metodologi.tautan"));
    pr_attr(p, link, "ref", "lampiran-metodologi");
    pr_text(p, line, ".");
}

static int collect_sasaran(results *r)
{
    size_t n = 0;
    for (const xmlNode *t = ir_child(r->p->ir, "tujuan"); t; t = ir_next(t, "tujuan"))
        n += ir_count(t, "sasaran");
    if (n == 0)
        return 0;
    r->sasaran = calloc(n, sizeof(const xmlNode *));
    if (!r->sasaran)
        return -1;
    for (const xmlNode *t = ir_child(r->p->ir, "tujuan"); t; t = ir_next(t, "tujuan"))
        for (const xmlNode *s = ir_child(t, "sasaran"); s; s = ir_next(s, "sasaran"))
            r->sasaran[r->sasaran_count++] = s;
    return 0;
}

static void results_start(results *r, present *p)
{
    memset(r, 0, sizeof *r);
    r->p = p;
    r->annual = attr_is(ir_child(p->ir, "periode"), "jenis", "tahun") || !ir_attr(ir_child(p->ir, "periode"), "jenis");
    r->several_pk = ir_count(p->ir, "perjanjian-kinerja") > 1;
    for (const xmlNode *k = ir_child(p->ir, "perjanjian-kinerja"); k; k = ir_next(k, "perjanjian-kinerja"))
        if (attr_is(k, "berlaku", "ya"))
            r->pk_in_force = ir_attr(k, "versi");
    if (collect_sasaran(r) != 0)
        p->failed = 1;
}

void present_accountability(present *p, xmlNodePtr root)
{
    results r;
    results_start(&r, p);
    xmlNodePtr bab = pr_section(p, root, "bab", "bab-3", pr_label(p, "bab.3"));
    narrative_box(&r, bab, "akuntabilitas");
    if (!r.annual && (narrative_of(&r, "akuntabilitas") || narrative_of(&r, "anggaran")))
        annual_only_note(&r, bab);
    methodology_reference(p, bab);

    xmlNodePtr heading;
    xmlNodePtr a = subsection(p, bab, "bab-3-a", NULL, &heading);
    pr_text(p, heading, pr_label(p, "bab.3.a"));
    headline(&r, a);
    legend(p, a);
    rollup_table(&r, a);
    long tujuan_no = 0, sasaran_no = 0;
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t; t = ir_next(t, "tujuan")) {
        tujuan_section(&r, a, t, ++tujuan_no, &sasaran_no);
        pr_flush(p, a);
    }
    if (p->pemda)
        crosscutting(&r, a);

    budget_section(&r, bab);
    free(r.sasaran);
}

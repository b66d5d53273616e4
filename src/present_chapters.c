/*
 * present_chapters.c — the LKjIP's frame and its chapters other than
 * Bab III (present_results.c): the title, the cover, the Daftar Isi, the
 * Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab IV
 * Penutup and the appendices (the Perjanjian Kinerja, the pohon kinerja,
 * the methodology).
 *
 * What the two old stylesheets decided differently is decided here once
 * (docs/present.md). Every figure is the IR's, written by the toolkit's
 * formatters; every word is a label of the report's language.
 */
#include "present_parts.h"

#include <libxml/hash.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tree.h"

/* ------------------------------------------------------------------ */
/* Small things                                                        */
/* ------------------------------------------------------------------ */

/* The end of a label's placeholder pairs (pr_label_with): a typed null,
 * as a variadic argument must be. */
#define LABEL_END ((const char *)NULL)

/* A text the labels are filled into: long enough for a sentence with an
 * indicator's or a unit's name in it. */
#define SENTENCE 2048

static int attr_is(const xmlNode *n, const char *name, const char *value)
{
    const char *v = ir_attr(n, name);
    return v && strcmp(v, value) == 0;
}

/* The report covers a whole year (not a quarter or a month). */
static int annual(const present *p)
{
    const char *jenis = ir_attr(ir_child(p->ir, "periode"), "jenis");
    return !jenis || strcmp(jenis, "tahun") == 0;
}

/* normalize-space() into out: runs of white space folded, ends trimmed. */
static char *normalized(char *out, size_t size, const char *text)
{
    size_t len = 0;
    int space = 0;
    for (const char *s = text ? text : ""; *s && len + 2 < size; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            space = len > 0;
            continue;
        }
        if (space)
            out[len++] = ' ';
        space = 0;
        out[len++] = *s;
    }
    out[len] = '\0';
    return out;
}

static const xmlNode *unit_of(const present *p) { return ir_child(p->ir, "unit"); }

static char *unit_name(const present *p, char *out, size_t size)
{
    return normalized(out, size, ir_child_text(unit_of(p), "nama"));
}

/* A label, or fallback when the label files lack the key (a policy this
 * version has no words for is shown by its name, not as "[key]"). */
static const char *label_or(const present *p, const char *key, const char *fallback)
{
    const char *l = pr_label(p, key);
    size_t n = strlen(key);
    if (l[0] == '[' && strncmp(l + 1, key, n) == 0 && l[n + 1] == ']' && l[n + 2] == '\0')
        return fallback;
    return l;
}

/* The sasaran of the report in document order (every tujuan's), which
 * is how they are numbered everywhere: Sasaran 1, 2, … */
static const xmlNode *first_sasaran(const present *p)
{
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t; t = ir_next(t, "tujuan")) {
        const xmlNode *s = ir_child(t, "sasaran");
        if (s)
            return s;
    }
    return NULL;
}

static const xmlNode *next_sasaran(const xmlNode *s)
{
    const xmlNode *n = ir_next(s, "sasaran");
    if (n)
        return n;
    for (const xmlNode *t = ir_next(s->parent, "tujuan"); t; t = ir_next(t, "tujuan"))
        if ((n = ir_child(t, "sasaran")))
            return n;
    return NULL;
}

/* A growing string for a list of unknown length (the tujuan behind the
 * headline). */
typedef struct text_buf {
    char *s;
    size_t len, cap;
    int failed;
} text_buf;

static void buf_add(text_buf *b, const char *text)
{
    size_t n = strlen(text);
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->failed = 1;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->len, text, n + 1);
    b->len += n;
}

/* ------------------------------------------------------------------ */
/* Tables and values                                                   */
/* ------------------------------------------------------------------ */

/* A column: its relative width and its alignment (kiri, tengah, kanan;
 * NULL: the default, left). */
typedef struct column {
    const char *lebar, *rata;
} column;

static void add_column(present *p, xmlNodePtr table, const char *lebar, const char *rata)
{
    xmlNodePtr k = pr_el(p, table, "kolom");
    pr_attr(p, k, "lebar", lebar);
    pr_attr(p, k, "rata", rata);
}

/* A p:tabel with its caption (or none) and its columns' widths. */
static xmlNodePtr new_table(present *p, xmlNodePtr parent, const char *peran, const char *caption,
                            const column *cols, size_t n)
{
    xmlNodePtr t = pr_el_role(p, parent, "tabel", peran);
    if (caption)
        pr_el_text(p, t, "judul", caption);
    for (size_t i = 0; i < n; i++)
        add_column(p, t, cols[i].lebar, cols[i].rata);
    return t;
}

static xmlNodePtr new_row(present *p, xmlNodePtr part, const char *peran)
{
    return pr_el_role(p, part, "baris", peran);
}

/* A header cell of a table's body (a row's label). */
static xmlNodePtr head_cell(present *p, xmlNodePtr row, const char *peran, const char *text)
{
    xmlNodePtr c = pr_cell(p, row, peran, text);
    pr_attr(p, c, "kepala", "ya");
    return c;
}

static xmlNodePtr rows_spanned(present *p, xmlNodePtr cell, long rows)
{
    if (rows > 1)
        pr_attr_int(p, cell, "rentang-baris", rows);
    return cell;
}

static xmlNodePtr cols_spanned(present *p, xmlNodePtr cell, long cols)
{
    if (cols > 1)
        pr_attr_int(p, cell, "rentang-kolom", cols);
    return cell;
}

static void dash(present *p, xmlNodePtr parent) { pr_run(p, parent, "redup", "–"); }

/* A run the HTML shows on a line of its own (sub, satuan, alasan, …),
 * after a space, so that where a format runs it on, its words stay apart
 * ("95 per 100.000 kelahiran hidup", not "95per 100.000"). */
static xmlNodePtr line_run(present *p, xmlNodePtr parent, const char *peran, const char *text)
{
    if (parent && parent->children)
        pr_text(p, parent, " ");
    return pr_run(p, parent, peran, text);
}

/* "tidak dihitung" and the reason, visibly. */
static void not_computed(present *p, xmlNodePtr parent, const xmlNode *value)
{
    pr_run(p, parent, "tidak-dihitung", pr_label(p, "tidak-dihitung"));
    const char *alasan = ir_attr(value, "alasan");
    if (alasan)
        line_run(p, parent, "alasan", alasan);
}

/* A capaian: "104,70%" (and the limit that applied), or why there is
 * none. The formula that produced it is named in the methodology
 * appendix, not under every figure. */
static void capaian_value(present *p, xmlNodePtr parent, const xmlNode *c)
{
    char n[PR_NUMBER_MAX], key[64];
    if (!c) {
        dash(p, parent);
    } else if (attr_is(c, "status", "ok")) {
        pr_run(p, parent, "persen", pr_percent(n, ir_attr(c, "tampil")));
        if (ir_attr(c, "dibatasi")) {
            snprintf(key, sizeof key, "dibatasi.%s", ir_attr(c, "dibatasi"));
            line_run(p, parent, "dibatasi", pr_label(p, key));
        }
    } else if (attr_is(c, "status", "komponen")) {
        pr_run(p, parent, "komponen", pr_label(p, "capaian.komponen"));
    } else {
        not_computed(p, parent, c);
    }
}

static void category_or_dash(present *p, xmlNodePtr parent, const xmlNode *c)
{
    if (attr_is(c, "status", "ok") && ir_attr(c, "kategori"))
        pr_category(p, parent, c);
    else
        dash(p, parent);
}

static void typed_value(present *p, xmlNodePtr parent, const xmlNode *value)
{
    char text[SENTENCE];
    pr_text(p, parent, pr_typed_value(p, text, sizeof text, value));
}

/* A component of a composite without a target of its own: it lacks
 * nothing, so its target for the period is no "tidak dihitung". */
static int component_target(const xmlNode *value)
{
    return strcmp((const char *)value->name, "target-periode") == 0 &&
           attr_is(ir_child(value->parent, "capaian"), "status", "komponen");
}

/* A target or realisasi: its typed value, or why there is none. */
static void value_or_reason(present *p, xmlNodePtr parent, const xmlNode *value)
{
    if (!value || component_target(value))
        dash(p, parent);
    else if (ir_attr(value, "status") && !attr_is(value, "status", "ok"))
        not_computed(p, parent, value);
    else
        typed_value(p, parent, value);
}

/* The indicator's name, with the IKU mark. */
static void indicator_name(present *p, xmlNodePtr parent, const xmlNode *ind)
{
    pr_text_normalized(p, parent, ir_child_text(ind, "nama"));
    if (attr_is(ind, "iku", "ya")) {
        pr_text(p, parent, " ");
        pr_run(p, parent, "iku", pr_label(p, "iku"));
    }
}

/* The target of year for an indicator (r:target[@tahun = year]). */
static const xmlNode *target_of_year(const xmlNode *ind, int year)
{
    for (const xmlNode *t = ir_child(ind, "target"); t; t = ir_next(t, "target"))
        if (atoi(ir_attr_or_empty(t, "tahun")) == year)
            return t;
    return NULL;
}

/* A chapter or appendix: peran "bab" (a new page in print, as the HTML
 * styles it) and any further roles. */
static xmlNodePtr chapter_section(present *p, xmlNodePtr root, const char *jenis, const char *id, const char *peran,
                                  const char *heading)
{
    xmlNodePtr s = pr_section(p, root, jenis, id, heading);
    pr_attr(p, s, "peran", peran ? peran : "bab");
    return s;
}

/* Removes a section that got nothing but its heading (a section is never
 * empty: DocBook allows none). */
static void drop_if_empty(xmlNodePtr section)
{
    if (section && section->children && !section->children->next) {
        xmlUnlinkNode(section);
        xmlFreeNode(section);
    }
}

/* A paragraph in a muted voice: what is not there, and why. */
static xmlNodePtr note(present *p, xmlNodePtr parent, const char *peran, const char *text)
{
    xmlNodePtr para = pr_el_role(p, parent, "p", peran);
    pr_text(p, para, text);
    return para;
}

/* A paragraph with a link to an anchor of the document. */
static void see_also(present *p, xmlNodePtr parent, const char *ref, const char *text)
{
    xmlNodePtr para = pr_el_role(p, parent, "p", "catatan");
    xmlNodePtr link = pr_el(p, para, "tautan");
    pr_attr(p, link, "ref", ref);
    pr_text(p, link, text);
}

/* The unit's narrative for a chapter. The narrative is written for the
 * year: a quarter's or a month's report leaves it out and says so rather
 * than reuse words about other numbers. */
static void chapter_narrative(present *p, xmlNodePtr parent, const char *bab, int say_when_missing)
{
    const xmlNode *n = ir_child(p->ir, "narasi");
    while (n && !attr_is(n, "bab", bab))
        n = ir_next(n, "narasi");
    char text[SENTENCE];
    if (n && !annual(p))
        note(p, parent, "kosong", pr_label_with(p, text, sizeof text, "narasi.tahunan", "periode", p->period, LABEL_END));
    else if (n)
        pr_narrative(p, pr_el_role(p, parent, "kotak", "narasi"), n);
    else if (say_when_missing)
        note(p, parent, "kosong", pr_label(p, "narasi.tidak-ada"));
}

/* The report's date "27 Februari 2026", or "" when it has none or when it
 * is a quarter's or a month's report: the IR's date is the annual
 * report's (the profile's tanggal-laporan), not this period's. */
static char *report_date(const present *p, char *out, size_t size)
{
    out[0] = '\0';
    if (annual(p))
        pr_date(p, out, size, ir_attr(p->ir, "tanggal"));
    return out;
}

/* ------------------------------------------------------------------ */
/* Targets met                                                         */
/* ------------------------------------------------------------------ */

typedef struct tally {
    long met, missed, not_computed, total;
} tally;

/* Whether each indicator of the sasaran met its target (components of a
 * composite without a target of their own are not asked). */
static tally count_targets(const present *p)
{
    tally t = {0, 0, 0, 0};
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s))
        for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
            switch (pr_target_status(ir_child(ind, "capaian"))) {
            case PR_TARGET_NOT_ASKED:
                continue;
            case PR_TARGET_MET:
                t.met++;
                break;
            case PR_TARGET_MISSED:
                t.missed++;
                break;
            case PR_TARGET_NOT_COMPUTED:
                t.not_computed++;
                break;
            }
            t.total++;
        }
    return t;
}

/* "Tahun 2025: 6 dari 9 indikator sasaran mencapai target, 3 belum
 * mencapai target." */
static char *targets_sentence(const present *p, char *out, size_t size)
{
    tally t = count_targets(p);
    char met[24], missed[24], none[24], total[24];
    snprintf(met, sizeof met, "%ld", t.met);
    snprintf(missed, sizeof missed, "%ld", t.missed);
    snprintf(none, sizeof none, "%ld", t.not_computed);
    snprintf(total, sizeof total, "%ld", t.total);
    return pr_label_with(p, out, size, t.not_computed ? "ikhtisar.tercapai.tidak-dihitung" : "ikhtisar.tercapai",
                         "periode", p->period, "tercapai", met, "jumlah", total, "belum", missed, "tidak", none, LABEL_END);
}

static void target_met_cell(present *p, xmlNodePtr row, const xmlNode *capaian)
{
    switch (pr_target_status(capaian)) {
    case PR_TARGET_MET:
        pr_cell(p, row, "tercapai", pr_label(p, "ketercapaian.tercapai"));
        break;
    case PR_TARGET_MISSED:
        pr_cell(p, row, "belum-tercapai", pr_label(p, "ketercapaian.belum"));
        break;
    default:
        dash(p, pr_cell(p, row, NULL, NULL));
    }
}

/* ------------------------------------------------------------------ */
/* Title, cover                                                        */
/* ------------------------------------------------------------------ */

static void title(present *p, xmlNodePtr root)
{
    char name[1024], text[SENTENCE];
    snprintf(text, sizeof text, "%s %s %s", pr_label(p, "dokumen.lkjip.singkat"), unit_name(p, name, sizeof name),
             p->period);
    pr_el_text(p, root, "judul", text);
}

static void cover_line(present *p, xmlNodePtr cover, const char *peran, const char *text)
{
    if (text && *text)
        pr_text(p, pr_el_role(p, cover, "baris", peran), text);
}

/* The place above signatures: the profile's, else the PK's in force. */
static const char *report_place(const present *p);

static void cover(present *p, xmlNodePtr root)
{
    xmlNodePtr c = pr_el(p, root, "sampul");
    char name[1024], text[SENTENCE], date[64];
    const char *judul = ir_attr(p->ir, "judul");
    cover_line(p, c, "jenis", p->pemda && judul ? judul : pr_label(p, "dokumen.lkjip"));
    snprintf(text, sizeof text, "(%s)", pr_label(p, "dokumen.lkjip.singkat"));
    cover_line(p, c, "singkat", text);
    cover_line(p, c, "unit", unit_name(p, name, sizeof name));
    cover_line(p, c, "periode", p->period);
    cover_line(p, c, "alamat", normalized(text, sizeof text, ir_child_text(unit_of(p), "alamat")));
    const char *place = report_place(p);
    report_date(p, date, sizeof date);
    if (*date && *place)
        pr_label_with(p, text, sizeof text, "tempat-tanggal", "tempat", place, "tanggal", date, LABEL_END);
    else
        snprintf(text, sizeof text, "%s", *date ? date : place);
    cover_line(p, c, "tanggal", text);
    snprintf(text, sizeof text, "%s %s", pr_label(p, "dibuat-oleh"), ir_attr_or_empty(p->ir, "lkjip"));
    cover_line(p, c, "kaki", text);
}

/* ------------------------------------------------------------------ */
/* Ikhtisar Eksekutif                                                  */
/* ------------------------------------------------------------------ */

/* What the unit's capaian is the mean of (the profile's capaian-unit, as
 * the IR's kebijakan says): "sasaran", "tujuan" or "indikator". */
static const char *unit_basis(const present *p)
{
    const char *b = ir_attr(ir_child(p->ir, "kebijakan"), "capaian-unit");
    return b && (strcmp(b, "tujuan") == 0 || strcmp(b, "indikator") == 0) ? b : "sasaran";
}

/* One item of the headline's list: "Sasaran 2: 99,70%". */
static void rule_item(present *p, text_buf *list, const char *what, long no, const xmlNode *owner)
{
    char item[256], n[PR_NUMBER_MAX];
    const xmlNode *c = ir_child(owner, "capaian");
    snprintf(item, sizeof item, "%s%s %ld: %s", no > 1 ? "; " : "", pr_label(p, what), no,
             attr_is(c, "status", "ok") ? pr_percent(n, ir_attr(c, "tampil")) : pr_label(p, "tidak-dihitung"));
    buf_add(list, item);
}

/* The tujuan or the sasaran the headline is the mean of, with theirs;
 * nothing for indicators (too many to list: Bab III has them). */
static void rule_items(present *p, const char *basis, text_buf *list)
{
    long no = 0;
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t; t = ir_next(t, "tujuan")) {
        if (strcmp(basis, "tujuan") == 0) {
            rule_item(p, list, "tujuan", ++no, t);
            continue;
        }
        if (strcmp(basis, "sasaran") == 0)
            for (const xmlNode *s = ir_child(t, "sasaran"); s; s = ir_next(s, "sasaran"))
                rule_item(p, list, "sasaran", ++no, s);
    }
}

/* How the headline was made, beside it: "Cara menghitung: rata-rata
 * capaian 3 sasaran (Sasaran 1: 100,26%; …)." */
static void headline_rule(present *p, xmlNodePtr box)
{
    const xmlNode *c = ir_child(p->ir, "capaian");
    const char *aturan = ir_attr(c, "aturan");
    if (!aturan)
        return;
    const char *basis = unit_basis(p);
    char key[48], skipped_key[48];
    snprintf(key, sizeof key, "ikhtisar.cara-unit.%s", basis);
    snprintf(skipped_key, sizeof skipped_key, "ikhtisar.cara-dilewati.%s", basis);
    text_buf list = {0};
    rule_items(p, basis, &list);
    size_t size = list.len + SENTENCE;
    char *text = list.failed ? NULL : malloc(size);
    if (!text) {
        free(list.s);
        p->failed = 1;
        return;
    }
    xmlNodePtr para = pr_el_role(p, box, "p", "sub");
    pr_label_with(p, text, size, key, "aturan", aturan, "n", ir_attr_or_empty(c, "dihitung"), "daftar",
                  list.s ? list.s : "", LABEL_END);
    pr_text(p, para, text);
    if (atol(ir_attr_or_empty(c, "dilewati")) > 0) {
        pr_text(p, para, " ");
        pr_text(p, para, pr_label_with(p, text, size, skipped_key, "n", ir_attr(c, "dilewati"), LABEL_END));
    }
    free(text);
    free(list.s);
}

static void budget_line(present *p, xmlNodePtr box)
{
    const xmlNode *a = ir_child(p->ir, "anggaran");
    if (!attr_is(a, "status", "ok"))
        return;
    char n[PR_NUMBER_MAX], text[3 * PR_NUMBER_MAX];
    xmlNodePtr para = pr_el_role(p, box, "p", "ringkas-anggaran");
    pr_text(p, para, pr_label(p, "serapan"));
    pr_text(p, para, ": ");
    pr_el_text(p, para, "b", pr_percent(n, ir_attr(a, "serapan-tampil")));
    char spent[PR_NUMBER_MAX], ceiling[PR_NUMBER_MAX];
    snprintf(text, sizeof text, " (%s / %s)", pr_rupiah(spent, ir_attr(a, "realisasi")),
             pr_rupiah(ceiling, ir_attr(a, "pagu")));
    pr_text(p, para, text);
}

/* The box at the top: the unit's capaian for the period, how it was made,
 * how many indicators met their target, and the budget absorbed. */
static void headline(present *p, xmlNodePtr sec)
{
    char name[1024], text[SENTENCE];
    const xmlNode *c = ir_child(p->ir, "capaian");
    xmlNodePtr box = pr_el_role(p, sec, "kotak", "kotak ringkas");
    note(p, box, "ringkas-judul",
         pr_label_with(p, text, sizeof text, "ikhtisar.capaian-unit", "unit", unit_name(p, name, sizeof name),
                       "periode", p->period, LABEL_END));
    xmlNodePtr figure = pr_el_role(p, box, "p", "ringkas-nilai");
    capaian_value(p, figure, c);
    pr_text(p, figure, " ");
    category_or_dash(p, figure, c);
    headline_rule(p, box);
    note(p, box, "ringkas-tercapai", targets_sentence(p, text, sizeof text));
    budget_line(p, box);
}

/* Indikator | Target | Realisasi | Capaian | Kategori | Ketercapaian of one
 * indicator. */
static void summary_cells(present *p, xmlNodePtr row, const xmlNode *ind)
{
    indicator_name(p, pr_cell(p, row, NULL, NULL), ind);
    xmlNodePtr target = pr_cell(p, row, "angka", NULL);
    value_or_reason(p, target, ir_child(ind, "target-periode"));
    if (*ir_child_text(ind, "satuan"))
        line_run(p, target, "satuan", ir_child_text(ind, "satuan"));
    value_or_reason(p, pr_cell(p, row, "angka", NULL), ir_child(ind, "realisasi"));
    capaian_value(p, pr_cell(p, row, "angka", NULL), ir_child(ind, "capaian"));
    category_or_dash(p, pr_cell(p, row, NULL, NULL), ir_child(ind, "capaian"));
    target_met_cell(p, row, ir_child(ind, "capaian"));
}

/* The sasaran's cell: its name linking to its section in Bab III, and its
 * own capaian. */
static void summary_sasaran_cell(present *p, xmlNodePtr cell, const xmlNode *s, long no)
{
    char ref[32];
    snprintf(ref, sizeof ref, "sasaran-%ld", no);
    xmlNodePtr link = pr_el(p, cell, "tautan");
    pr_attr(p, link, "ref", ref);
    pr_text_normalized(p, link, ir_child_text(s, "uraian"));
    xmlNodePtr sub = line_run(p, cell, "sub", pr_label(p, "capaian-sasaran"));
    pr_text(p, sub, ": ");
    capaian_value(p, sub, ir_child(s, "capaian"));
    pr_text(p, sub, " ");
    category_or_dash(p, sub, ir_child(s, "capaian"));
}

static void summary_table(present *p, xmlNodePtr sec)
{
    static const column cols[] = {{"0.5*", "tengah"}, {"2*", NULL},      {"2.4*", NULL}, {"1.3*", "kanan"},
                                  {"1.3*", "kanan"},  {"1.3*", "kanan"}, {"1.2*", NULL}, {"1.1*", NULL}};
    static const char *const heads[][2] = {{"no", "no"},        {"sasaran", NULL},      {"indikator", NULL},
                                           {"target", "angka"}, {"realisasi", "angka"}, {"capaian", "angka"},
                                           {"kategori", NULL},  {"ketercapaian", NULL}};
    char text[SENTENCE];
    if (!first_sasaran(p)) {
        note(p, sec, "kosong", pr_label(p, "tidak-ada.sasaran"));
        return;
    }
    xmlNodePtr t = new_table(p, sec, "data ikhtisar",
                             pr_label_with(p, text, sizeof text, "ikhtisar.tabel", "periode", p->period, LABEL_END), cols,
                             sizeof cols / sizeof cols[0]);
    xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        pr_cell(p, head, heads[i][1], pr_label(p, heads[i][0]));
    xmlNodePtr body = pr_el(p, t, "isi");
    /* The foot before the body's rows: a large table leaves row by row,
     * and DocBook writes the foot first. */
    xmlNodePtr foot = new_row(p, pr_el(p, t, "kaki"), "total");
    cols_spanned(p, head_cell(p, foot, "kanan", pr_label(p, "capaian-organisasi")), 5);
    const xmlNode *c = ir_child(p->ir, "capaian");
    capaian_value(p, pr_cell(p, foot, "angka", NULL), c);
    category_or_dash(p, pr_cell(p, foot, NULL, NULL), c);
    pr_cell(p, foot, NULL, NULL);
    long no = 1;
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s), no++) {
        long n = (long)ir_count(s, "indikator");
        char num[24];
        snprintf(num, sizeof num, "%ld", no);
        xmlNodePtr r = new_row(p, body, "awal-kelompok");
        rows_spanned(p, pr_cell(p, r, "no", num), n);
        summary_sasaran_cell(p, rows_spanned(p, pr_cell(p, r, "sel-sasaran", NULL), n), s, no);
        if (!n) {
            cols_spanned(p, pr_cell(p, r, "kosong", pr_label(p, "tidak-ada.indikator")), 6);
            pr_flush(p, body);
            continue;
        }
        for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
            summary_cells(p, r, ind);
            pr_flush(p, body);
            if (ir_next(ind, "indikator"))
                r = new_row(p, body, NULL);
        }
    }
}

/* "Keterangan kategori: ■ Sangat Tinggi (≥ 91%) ■ Tinggi (≥ 76%) …" */
static void legend(present *p, xmlNodePtr parent)
{
    const xmlNode *policy = ir_child(p->ir, "kebijakan");
    if (!ir_child(policy, "kategori"))
        return;
    xmlNodePtr para = pr_el_role(p, parent, "p", "legenda");
    char text[256], n[PR_NUMBER_MAX];
    snprintf(text, sizeof text, "%s:", pr_label(p, "legenda"));
    pr_run(p, para, "legenda-judul", text);
    for (const xmlNode *k = ir_child(policy, "kategori"); k; k = ir_next(k, "kategori")) {
        pr_text(p, para, " ");
        pr_category_mark(p, para, ir_attr(k, "kode"), ir_attr(k, "label"));
        if (ir_attr(k, "min"))
            snprintf(text, sizeof text, " (≥ %s%%)", pr_number(n, ir_attr(k, "min")));
        else
            snprintf(text, sizeof text, " (%s)", pr_label(p, "legenda.lainnya"));
        pr_run(p, para, "rentang", text);
    }
}

/* How many sasaran indicators fall in each category, and how many could
 * not be computed. */
static void category_spread(present *p, xmlNodePtr sec)
{
    static const column cols[] = {{"3*", NULL}, {"1*", "kanan"}};
    const xmlNode *policy = ir_child(p->ir, "kebijakan");
    tally all = count_targets(p);
    char num[24];
    xmlNodePtr t = new_table(p, sec, "data sebaran", pr_label(p, "sebaran.judul"), cols, 2);
    xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
    pr_cell(p, head, NULL, pr_label(p, "kategori"));
    pr_cell(p, head, "angka", pr_label(p, "sebaran.jumlah"));
    xmlNodePtr body = pr_el(p, t, "isi");
    for (const xmlNode *k = ir_child(policy, "kategori"); k; k = ir_next(k, "kategori")) {
        long count = 0;
        const char *kode = ir_attr_or_empty(k, "kode");
        for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s))
            for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
                const xmlNode *c = ir_child(ind, "capaian");
                count += attr_is(c, "status", "ok") && attr_is(c, "kategori", kode);
            }
        xmlNodePtr r = new_row(p, body, NULL);
        pr_category_mark(p, pr_cell(p, r, NULL, NULL), kode, ir_attr(k, "label"));
        snprintf(num, sizeof num, "%ld", count);
        pr_cell(p, r, "angka", num);
    }
    xmlNodePtr r = new_row(p, body, NULL);
    pr_run(p, pr_cell(p, r, NULL, NULL), "tidak-dihitung", pr_label(p, "tidak-dihitung"));
    snprintf(num, sizeof num, "%ld", all.not_computed);
    pr_cell(p, r, "angka", num);
    xmlNodePtr foot = new_row(p, pr_el(p, t, "kaki"), "total");
    head_cell(p, foot, "kanan", pr_label(p, "jumlah"));
    snprintf(num, sizeof num, "%ld", all.total);
    pr_cell(p, foot, "angka", num);
}

static void executive_summary(present *p, xmlNodePtr root)
{
    xmlNodePtr sec = chapter_section(p, root, "pengantar", "ikhtisar", NULL, pr_label(p, "bab.ikhtisar"));
    chapter_narrative(p, sec, "ikhtisar", 0);
    headline(p, sec);
    summary_table(p, sec);
    legend(p, sec);
    category_spread(p, sec);
}

/* ------------------------------------------------------------------ */
/* Bab I Pendahuluan                                                   */
/* ------------------------------------------------------------------ */

/* The gate's and the linker's warnings: what this report is not made of. */
static void input_warnings(present *p, xmlNodePtr sec)
{
    char text[SENTENCE], date[64], name[1024];
    if (ir_child(p->ir, "masukan-hilang")) {
        xmlNodePtr para = pr_el(p, pr_el_role(p, sec, "kotak", "peringatan"), "p");
        snprintf(text, sizeof text, "%s: ", pr_label(p, "masukan-hilang"));
        pr_el_text(p, para, "b", text);
        for (const xmlNode *m = ir_child(p->ir, "masukan-hilang"); m; m = ir_next(m, "masukan-hilang")) {
            pr_text(p, para, ir_attr_or_empty(m, "unit"));
            if (ir_next(m, "masukan-hilang"))
                pr_text(p, para, ", ");
        }
    }
    for (const xmlNode *v = ir_child(p->ir, "versi-data"); v; v = ir_next(v, "versi-data")) {
        xmlNodePtr para = pr_el(p, pr_el_role(p, sec, "kotak", "peringatan versi-data"), "p");
        snprintf(text, sizeof text, "%s %s:", pr_label(p, "gerbang.data"), unit_name(p, name, sizeof name));
        pr_el_text(p, para, "b", text);
        snprintf(text, sizeof text, " %s %s; ", pr_label(p, "gerbang.versi"),
                 pr_date(p, date, sizeof date, ir_attr(v, "diterima")));
        pr_text(p, para, text);
        snprintf(text, sizeof text, "%s %s %s, %s %s.", pr_label(p, "gerbang.kiriman"),
                 pr_date(p, date, sizeof date, ir_attr(v, "ditolak")), pr_label(p, "gerbang.ditolak"),
                 ir_attr_or_empty(v, "kesalahan"), pr_label(p, "gerbang.kesalahan"));
        pr_text(p, para, text);
    }
    if (!ir_child(p->ir, "kiriman-ditolak"))
        return;
    xmlNodePtr box = pr_el_role(p, sec, "kotak", "peringatan kiriman-ditolak");
    pr_el_text(p, pr_el(p, box, "p"), "b", pr_label(p, "gerbang.judul"));
    xmlNodePtr list = pr_el(p, box, "daftar");
    pr_attr(p, list, "jenis", "ul");
    for (const xmlNode *k = ir_child(p->ir, "kiriman-ditolak"); k; k = ir_next(k, "kiriman-ditolak")) {
        xmlNodePtr item = pr_el(p, list, "butir");
        pr_text(p, item, ir_attr_or_empty(k, "berkas"));
        if (ir_attr(k, "unit")) {
            snprintf(text, sizeof text, " (%s)", ir_attr(k, "unit"));
            pr_text(p, item, text);
        }
        snprintf(text, sizeof text, ", %s: %s %s; ", pr_date(p, date, sizeof date, ir_attr(k, "tanggal")),
                 ir_attr_or_empty(k, "kesalahan"), pr_label(p, "gerbang.kesalahan"));
        pr_text(p, item, text);
        if (ir_attr(k, "versi-diterima"))
            snprintf(text, sizeof text, "%s %s", pr_label(p, "gerbang.dipakai"),
                     pr_date(p, date, sizeof date, ir_attr(k, "versi-diterima")));
        else
            snprintf(text, sizeof text, "%s",
                     pr_label(p, attr_is(k, "unit-dari", "berkas-lain") ? "gerbang.berkas-lain" : "gerbang.absen"));
        pr_text(p, item, text);
    }
}

/* A person in a cell: the name in bold, then jabatan, pangkat and NIP,
 * each on a line of its own. */
static void official(present *p, xmlNodePtr cell, const xmlNode *who)
{
    char text[256];
    pr_el_text(p, cell, "b", ir_attr_or_empty(who, "nama"));
    if (ir_attr(who, "jabatan"))
        line_run(p, cell, "sub", ir_attr(who, "jabatan"));
    if (ir_attr(who, "pangkat"))
        line_run(p, cell, "sub", ir_attr(who, "pangkat"));
    if (ir_attr(who, "nip")) {
        snprintf(text, sizeof text, "%s %s", pr_label(p, "nip"), ir_attr(who, "nip"));
        line_run(p, cell, "sub", text);
    }
}

static xmlNodePtr info_row(present *p, xmlNodePtr body, const char *key)
{
    xmlNodePtr r = new_row(p, body, NULL);
    head_cell(p, r, NULL, pr_label(p, key));
    return pr_cell(p, r, NULL, NULL);
}

/* "Renstra 2021–2026" */
static char *plan_name(const present *p, char *out, size_t size)
{
    const xmlNode *plan = ir_child(unit_of(p), "rencana");
    if (ir_attr(plan, "awal"))
        snprintf(out, size, "%s %s–%s", ir_attr_or_empty(plan, "dokumen"), ir_attr(plan, "awal"),
                 ir_attr_or_empty(plan, "akhir"));
    else
        snprintf(out, size, "%s", ir_attr_or_empty(plan, "dokumen"));
    return out;
}

static void organisation(present *p, xmlNodePtr chapter)
{
    static const column cols[] = {{"2*", NULL}, {"5*", NULL}};
    const xmlNode *u = unit_of(p);
    char text[SENTENCE], key[64];
    xmlNodePtr sec = pr_section(p, chapter, "bagian", "bab-1-organisasi", pr_label(p, "bab.1.organisasi"));
    xmlNodePtr body = pr_el(p, new_table(p, sec, "data info", NULL, cols, 2), "isi");
    xmlNodePtr cell = info_row(p, body, "nama");
    pr_text_normalized(p, cell, ir_child_text(u, "nama"));
    if (*ir_child_text(u, "singkatan")) {
        char short_name[256];
        snprintf(text, sizeof text, " (%s)", normalized(short_name, sizeof short_name, ir_child_text(u, "singkatan")));
        pr_text(p, cell, text);
    }
    pr_text(p, info_row(p, body, "kode"), ir_attr_or_empty(u, "kode"));
    snprintf(key, sizeof key, "tingkat.%s", ir_attr_or_empty(u, "tingkat"));
    pr_text(p, info_row(p, body, "tingkat"), pr_label(p, key));
    if (ir_child(u, "alamat"))
        pr_text_normalized(p, info_row(p, body, "alamat"), ir_child_text(u, "alamat"));
    if (ir_child(u, "kepala"))
        official(p, info_row(p, body, "kepala"), ir_child(u, "kepala"));
    if (ir_child(u, "atasan"))
        official(p, info_row(p, body, "atasan"), ir_child(u, "atasan"));
    if (ir_child(u, "rencana"))
        pr_text(p, info_row(p, body, "rencana"), plan_name(p, text, sizeof text));
}

static void vision_mission(present *p, xmlNodePtr chapter)
{
    const xmlNode *u = unit_of(p);
    if (!ir_child(u, "visi") && !ir_child(u, "misi"))
        return;
    xmlNodePtr sec = pr_section(p, chapter, "bagian", "bab-1-visi-misi", pr_label(p, "bab.1.visi-misi"));
    if (ir_child(u, "visi")) {
        xmlNodePtr visi = pr_section(p, sec, "bagian", "bab-1-visi", pr_label(p, "visi"));
        pr_text_normalized(p, pr_el_role(p, visi, "p", "visi"), ir_child_text(u, "visi"));
    }
    if (ir_child(u, "misi")) {
        xmlNodePtr misi = pr_section(p, sec, "bagian", "bab-1-misi", pr_label(p, "misi"));
        xmlNodePtr list = pr_el_role(p, misi, "daftar", "misi");
        pr_attr(p, list, "jenis", "ol");
        for (const xmlNode *m = ir_child(u, "misi"); m; m = ir_next(m, "misi"))
            pr_text_normalized(p, pr_el(p, list, "butir"), ir_text(m));
    }
}

static void introduction(present *p, xmlNodePtr root)
{
    xmlNodePtr chapter = chapter_section(p, root, "bab", "bab-1", NULL, pr_label(p, "bab.1"));
    input_warnings(p, chapter);
    organisation(p, chapter);
    vision_mission(p, chapter);
    const xmlNode *n = ir_child(p->ir, "narasi");
    while (n && !attr_is(n, "bab", "pendahuluan"))
        n = ir_next(n, "narasi");
    if (n)
        chapter_narrative(p, pr_section(p, chapter, "bagian", "bab-1-gambaran", pr_label(p, "bab.1.gambaran")),
                          "pendahuluan", 0);
}

/* ------------------------------------------------------------------ */
/* Bab II Perencanaan Kinerja                                          */
/* ------------------------------------------------------------------ */

/* The plan's years, at most twenty (a plan is five or six). */
typedef struct years {
    int first, count;
} years;

static years plan_years(const present *p)
{
    const xmlNode *plan = ir_child(unit_of(p), "rencana");
    int ok1, ok2;
    double a = ir_number(plan, "awal", &ok1), b = ir_number(plan, "akhir", &ok2);
    years y = {0, 0};
    if (ok1 && ok2 && b >= a && b - a < 20) {
        y.first = (int)a;
        y.count = (int)(b - a) + 1;
    }
    return y;
}

/* One row of the plan: Indikator | Satuan | Kondisi awal | targets per
 * year | Target akhir. */
static void plan_row(present *p, xmlNodePtr body, const xmlNode *ind, years y)
{
    xmlNodePtr r = new_row(p, body, NULL);
    indicator_name(p, pr_cell(p, r, NULL, NULL), ind);
    pr_cell(p, r, "satuan-sel", ir_child_text(ind, "satuan"));
    xmlNodePtr base = pr_cell(p, r, "angka", NULL);
    const xmlNode *b = ir_child(ind, "baseline");
    if (b) {
        char text[32];
        typed_value(p, base, b);
        if (ir_attr(b, "tahun")) {
            snprintf(text, sizeof text, "(%.8s)", ir_attr(b, "tahun"));
            line_run(p, base, "sub", text);
        }
    } else {
        dash(p, base);
    }
    for (int i = 0; i < y.count; i++) {
        const xmlNode *t = target_of_year(ind, y.first + i);
        xmlNodePtr cell = pr_cell(p, r, y.first + i == p->year ? "angka kini" : "angka", NULL);
        if (t)
            typed_value(p, cell, t);
        else
            dash(p, cell);
    }
    value_or_reason(p, pr_cell(p, r, "angka", NULL), ir_child(ind, "target-akhir"));
}

static void plan_group_row(present *p, xmlNodePtr body, const char *peran, const char *key, long no,
                           const xmlNode *what, long width)
{
    char uraian[SENTENCE - 64], text[SENTENCE];
    snprintf(text, sizeof text, "%s %ld: %s", pr_label(p, key), no,
             normalized(uraian, sizeof uraian, ir_child_text(what, "uraian")));
    cols_spanned(p, head_cell(p, new_row(p, body, peran), NULL, text), width);
}

/* A. The medium-term plan: every tujuan and sasaran with their indicators
 * and the targets of every year of the plan (this year marked). */
static void plan_table(present *p, xmlNodePtr chapter)
{
    years y = plan_years(p);
    char text[SENTENCE], a[16], b[16];
    const xmlNode *plan = ir_child(unit_of(p), "rencana");
    snprintf(a, sizeof a, "%.8s", ir_attr_or_empty(plan, "awal"));
    snprintf(b, sizeof b, "%.8s", ir_attr_or_empty(plan, "akhir"));
    xmlNodePtr sec = pr_section(p, chapter, "bagian", "bab-2-a",
                                pr_label_with(p, text, sizeof text, "bab.2.a", "dokumen",
                                              ir_attr_or_empty(plan, "dokumen"), "awal", a, "akhir", b, LABEL_END));
    xmlNodePtr t = new_table(p, sec, "data rencana", NULL, NULL, 0);
    add_column(p, t, "3*", NULL);
    add_column(p, t, "1.2*", NULL);
    add_column(p, t, "1.1*", "kanan");
    for (int i = 0; i < y.count; i++)
        add_column(p, t, "1*", "kanan");
    add_column(p, t, "1.1*", "kanan");
    long width = 4 + y.count, span = y.count ? 2 : 1;
    xmlNodePtr head = pr_el(p, t, "kepala");
    xmlNodePtr r1 = new_row(p, head, NULL);
    rows_spanned(p, pr_cell(p, r1, NULL, pr_label(p, "indikator")), span);
    rows_spanned(p, pr_cell(p, r1, NULL, pr_label(p, "satuan")), span);
    rows_spanned(p, pr_cell(p, r1, "angka", pr_label(p, "kondisi-awal")), span);
    if (y.count)
        cols_spanned(p, pr_cell(p, r1, NULL, pr_label(p, "target-per-tahun")), y.count);
    rows_spanned(p, pr_cell(p, r1, "angka", pr_label(p, "target-akhir")), span);
    if (y.count) {
        xmlNodePtr r2 = new_row(p, head, NULL);
        for (int i = 0; i < y.count; i++) {
            snprintf(text, sizeof text, "%d", y.first + i);
            pr_cell(p, r2, y.first + i == p->year ? "angka kini" : "angka", text);
        }
    }
    xmlNodePtr body = pr_el(p, t, "isi");
    long tno = 1, sno = 1;
    for (const xmlNode *tj = ir_child(p->ir, "tujuan"); tj; tj = ir_next(tj, "tujuan"), tno++) {
        plan_group_row(p, body, "baris-tujuan", "tujuan", tno, tj, width);
        for (const xmlNode *ind = ir_child(tj, "indikator"); ind; ind = ir_next(ind, "indikator")) {
            plan_row(p, body, ind, y);
            pr_flush(p, body);
        }
        for (const xmlNode *s = ir_child(tj, "sasaran"); s; s = ir_next(s, "sasaran"), sno++) {
            plan_group_row(p, body, "baris-sasaran", "sasaran", sno, s, width);
            for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
                plan_row(p, body, ind, y);
                pr_flush(p, body);
            }
        }
    }
}

/* The PK in force: berlaku="ya", else the highest versi. */
static const xmlNode *pk_in_force(const present *p)
{
    const xmlNode *best = NULL;
    for (const xmlNode *pk = ir_child(p->ir, "perjanjian-kinerja"); pk; pk = ir_next(pk, "perjanjian-kinerja")) {
        int better = !best || (attr_is(pk, "berlaku", "ya") && !attr_is(best, "berlaku", "ya")) ||
                     (attr_is(pk, "berlaku", "ya") == attr_is(best, "berlaku", "ya") &&
                      atol(ir_attr_or_empty(pk, "versi")) > atol(ir_attr_or_empty(best, "versi")));
        if (better)
            best = pk;
    }
    return best;
}

static const char *report_place(const present *p)
{
    const char *place = ir_attr(p->ir, "tempat");
    const xmlNode *pk = pk_in_force(p);
    return place ? place : ir_attr_or_empty(pk, "tempat");
}

/* A PK target's version; one without names the first. */
static long pk_version(const xmlNode *pk_target)
{
    return ir_attr(pk_target, "versi") ? atol(ir_attr(pk_target, "versi")) : 1;
}

/* The indicator's PK target: the latest version up to the one in force. */
static const xmlNode *pk_target(const xmlNode *ind, long in_force)
{
    const xmlNode *best = NULL;
    for (const xmlNode *t = ir_child(ind, "target-pk"); t; t = ir_next(t, "target-pk"))
        if (pk_version(t) <= in_force && (!best || pk_version(t) > pk_version(best)))
            best = t;
    return best;
}

static int version_order(const void *a, const void *b)
{
    long x = atol(ir_attr_or_empty(*(const xmlNode *const *)a, "versi"));
    long y = atol(ir_attr_or_empty(*(const xmlNode *const *)b, "versi"));
    return (x > y) - (x < y);
}

/* Every version of the year's PK, which one is in force, and why it was
 * revised. */
static void pk_versions(present *p, xmlNodePtr sec, const xmlNode *in_force)
{
    static const column cols[] = {{"0.7*", "tengah"}, {"1.2*", NULL}, {"2.4*", NULL},
                                  {"1.6*", NULL}, {"1.1*", NULL}, {"3*", NULL}};
    static const char *const heads[][2] = {{"pk.versi", "no"}, {"pk.jenis", NULL},  {"pk.nomor", NULL},
                                           {"tanggal", NULL},  {"pk.status", NULL}, {"pk.alasan", NULL}};
    size_t n = ir_count(p->ir, "perjanjian-kinerja"), i = 0;
    const xmlNode **pks = calloc(n, sizeof(const xmlNode *));
    if (!pks) {
        p->failed = 1;
        return;
    }
    for (const xmlNode *pk = ir_child(p->ir, "perjanjian-kinerja"); pk; pk = ir_next(pk, "perjanjian-kinerja"))
        pks[i++] = pk;
    qsort(pks, n, sizeof(const xmlNode *), version_order);
    xmlNodePtr t = new_table(p, sec, "data", NULL, cols, sizeof cols / sizeof cols[0]);
    xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
    for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
        pr_cell(p, head, heads[i][1], pr_label(p, heads[i][0]));
    xmlNodePtr body = pr_el(p, t, "isi");
    for (i = 0; i < n; i++) {
        char key[64], date[64];
        int current = pks[i] == in_force;
        xmlNodePtr r = new_row(p, body, current ? "berlaku" : NULL);
        pr_cell(p, r, "no", ir_attr_or_empty(pks[i], "versi"));
        snprintf(key, sizeof key, "pk.jenis.%s", ir_attr_or_empty(pks[i], "jenis"));
        pr_cell(p, r, NULL, pr_label(p, key));
        pr_cell(p, r, NULL, ir_attr_or_empty(pks[i], "nomor"));
        xmlNodePtr when = pr_cell(p, r, "tanpa-putus", pr_date(p, date, sizeof date, ir_attr(pks[i], "tanggal")));
        if (ir_attr(pks[i], "tempat"))
            line_run(p, when, "sub", ir_attr(pks[i], "tempat"));
        xmlNodePtr status = pr_cell(p, r, NULL, NULL);
        if (current)
            pr_el_text(p, status, "b", pr_label(p, "pk.berlaku"));
        else
            pr_text(p, status, pr_label(p, "pk.diganti"));
        pr_text_normalized(p, pr_cell(p, r, NULL, NULL), ir_child_text(pks[i], "alasan"));
    }
    free(pks);
}

static long sasaran_indicators(const present *p)
{
    long n = 0;
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s))
        n += (long)ir_count(s, "indikator");
    return n;
}

/* Whether any sasaran indicator has quarterly PK targets. */
static int has_quarter_targets(const present *p)
{
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s))
        for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator"))
            for (const xmlNode *t = ir_child(ind, "target-pk"); t; t = ir_next(t, "target-pk"))
                if (ir_child(t, "triwulan"))
                    return 1;
    return 0;
}

static const xmlNode *quarter_target(const xmlNode *pk_t, int ke)
{
    for (const xmlNode *q = ir_child(pk_t, "triwulan"); q; q = ir_next(q, "triwulan"))
        if (atoi(ir_attr_or_empty(q, "ke")) == ke)
            return q;
    return NULL;
}

/* The PK cell: the PK's target, or (marked *) the plan's for the year
 * when the PK gives none. Returns whether it marked one. */
static int pk_target_cell(present *p, xmlNodePtr cell, const xmlNode *ind, long versi)
{
    const xmlNode *t = pk_target(ind, versi);
    const xmlNode *plan = t ? NULL : target_of_year(ind, p->year);
    if (t) {
        typed_value(p, cell, t);
    } else if (plan) {
        typed_value(p, cell, plan);
        pr_run(p, cell, "pk-tanda", "*");
    } else {
        dash(p, cell);
    }
    return plan != NULL;
}

/* No | Sasaran Strategis | Indikator Kinerja | Target <plan> <year> |
 * Target PK [| Target triwulan I–IV]. */
static void pk_target_table(present *p, xmlNodePtr sec, const xmlNode *in_force)
{
    long versi = atol(ir_attr_or_empty(in_force, "versi"));
    int quarters = has_quarter_targets(p), marked = 0;
    if (!sasaran_indicators(p))
        return;
    char text[SENTENCE], year[16];
    snprintf(year, sizeof year, "%d", p->year);
    xmlNodePtr t = new_table(p, sec, "data",
                             pr_label_with(p, text, sizeof text, "pk.tabel-target", "versi",
                                           ir_attr_or_empty(in_force, "versi"), LABEL_END),
                             NULL, 0);
    static const column cols[] = {{"0.5*", "tengah"}, {"2.4*", NULL}, {"2.8*", NULL},
                                  {"1.3*", "kanan"},  {"1.3*", "kanan"}};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        add_column(p, t, cols[i].lebar, cols[i].rata);
    for (int q = 0; quarters && q < 4; q++)
        add_column(p, t, "0.9*", "kanan");
    long span = quarters ? 2 : 1;
    xmlNodePtr head = pr_el(p, t, "kepala");
    xmlNodePtr r1 = new_row(p, head, NULL);
    rows_spanned(p, pr_cell(p, r1, "no", pr_label(p, "no")), span);
    rows_spanned(p, pr_cell(p, r1, NULL, pr_label(p, "sasaran-strategis")), span);
    rows_spanned(p, pr_cell(p, r1, NULL, pr_label(p, "indikator-kinerja")), span);
    rows_spanned(p,
                 pr_cell(p, r1, "angka",
                         pr_label_with(p, text, sizeof text, "target-rencana", "dokumen",
                                       ir_attr_or_empty(ir_child(unit_of(p), "rencana"), "dokumen"), "tahun", year,
                                       LABEL_END)),
                 span);
    rows_spanned(p, pr_cell(p, r1, "angka", pr_label(p, "target-pk")), span);
    if (quarters) {
        static const char *const roman[] = {"I", "II", "III", "IV"};
        cols_spanned(p, pr_cell(p, r1, NULL, pr_label(p, "target-triwulan")), 4);
        xmlNodePtr r2 = new_row(p, head, NULL);
        for (int q = 0; q < 4; q++)
            pr_cell(p, r2, "angka", roman[q]);
    }
    xmlNodePtr body = pr_el(p, t, "isi");
    long no = 1;
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s), no++) {
        long n = (long)ir_count(s, "indikator");
        for (const xmlNode *ind = ir_child(s, "indikator"); ind; ind = ir_next(ind, "indikator")) {
            xmlNodePtr r = new_row(p, body, ind == ir_child(s, "indikator") ? "awal-kelompok" : NULL);
            if (ind == ir_child(s, "indikator")) {
                snprintf(text, sizeof text, "%ld", no);
                rows_spanned(p, pr_cell(p, r, "no", text), n);
                pr_text_normalized(p, rows_spanned(p, pr_cell(p, r, NULL, NULL), n), ir_child_text(s, "uraian"));
            }
            indicator_name(p, pr_cell(p, r, NULL, NULL), ind);
            value_or_reason(p, pr_cell(p, r, "angka", NULL), target_of_year(ind, p->year));
            marked |= pk_target_cell(p, pr_cell(p, r, "angka", NULL), ind, versi);
            const xmlNode *pk_t = pk_target(ind, versi);
            for (int q = 1; quarters && q <= 4; q++)
                value_or_reason(p, pr_cell(p, r, "angka", NULL), quarter_target(pk_t, q));
            pr_flush(p, body);
        }
    }
    if (marked) {
        snprintf(text, sizeof text, "* %s", pr_label(p, "pk.target-renstra"));
        note(p, sec, "catatan", text);
    }
}

/* B. The year's Perjanjian Kinerja: which version is in force, its
 * targets beside the plan's; the full text is in the appendix. */
static void pk_summary(present *p, xmlNodePtr chapter)
{
    char text[SENTENCE], year[16], key[64], date[64];
    snprintf(year, sizeof year, "%d", p->year);
    xmlNodePtr sec = pr_section(p, chapter, "bagian", "bab-2-b",
                                pr_label_with(p, text, sizeof text, "bab.2.b", "tahun", year, LABEL_END));
    const xmlNode *pk = pk_in_force(p);
    if (!pk) {
        note(p, sec, "kosong", pr_label(p, "pk.tidak-ada"));
        return;
    }
    snprintf(key, sizeof key, "pk.jenis.%s", ir_attr_or_empty(pk, "jenis"));
    note(p, sec, NULL,
         pr_label_with(p, text, sizeof text, "pk.berlaku-kalimat", "versi", ir_attr_or_empty(pk, "versi"), "jenis",
                       pr_label(p, key), "tanggal", pr_date(p, date, sizeof date, ir_attr(pk, "tanggal")), LABEL_END));
    pk_versions(p, sec, pk);
    pk_target_table(p, sec, pk);
    see_also(p, sec, "lampiran-pk", pr_label(p, "pk.lihat-lampiran"));
}

/* One entry of a list in a cell: the text, and a line in small type. */
static void cell_entry(present *p, xmlNodePtr cell, const char *text, const char *sub)
{
    xmlNodePtr entry = pr_run(p, cell, "baris", NULL);
    pr_text_normalized(p, entry, text);
    if (sub && *sub)
        line_run(p, entry, "sub", sub);
}

static int any_supported(const present *p)
{
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s))
        if (ir_child(s, "didukung"))
            return 1;
    return 0;
}

/* C. Which sasaran one level up each sasaran supports (and, in a pemda's
 * report, which sasaran of its OPDs support it). */
static void alignment(present *p, xmlNodePtr chapter)
{
    static const column cols4[] = {{"0.5*", "tengah"}, {"3*", NULL}, {"3*", NULL}, {"3*", NULL}};
    xmlNodePtr sec = pr_section(p, chapter, "bagian", "bab-2-c", pr_label(p, "bab.2.c"));
    if (!first_sasaran(p)) {
        note(p, sec, "kosong", pr_label(p, "tidak-ada.sasaran"));
        return;
    }
    int supported = any_supported(p);
    xmlNodePtr t = new_table(p, sec, "data", NULL, cols4, supported ? 4 : 3);
    xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
    pr_cell(p, head, "no", pr_label(p, "no"));
    pr_cell(p, head, NULL, pr_label(p, "sasaran"));
    pr_cell(p, head, NULL, pr_label(p, "mendukung"));
    if (supported)
        pr_cell(p, head, NULL, pr_label(p, "didukung-oleh"));
    xmlNodePtr body = pr_el(p, t, "isi");
    long no = 1;
    for (const xmlNode *s = first_sasaran(p); s; s = next_sasaran(s), no++) {
        char text[SENTENCE];
        xmlNodePtr r = new_row(p, body, NULL);
        snprintf(text, sizeof text, "%ld", no);
        pr_cell(p, r, "no", text);
        pr_text_normalized(p, pr_cell(p, r, NULL, NULL), ir_child_text(s, "uraian"));
        xmlNodePtr up = pr_cell(p, r, NULL, NULL);
        for (const xmlNode *m = ir_child(s, "mendukung"); m; m = ir_next(m, "mendukung")) {
            snprintf(text, sizeof text, "%s%s%s%s%s", ir_attr_or_empty(m, "sasaran"), ir_attr(m, "unit") ? " · " : "",
                     ir_attr_or_empty(m, "unit"), attr_is(m, "status", "tidak-ada-di-masukan") ? " · " : "",
                     attr_is(m, "status", "tidak-ada-di-masukan") ? pr_label(p, "mendukung.tidak-ada") : "");
            const char *what = ir_child(m, "uraian") ? ir_child_text(m, "uraian") : ir_attr_or_empty(m, "sasaran");
            cell_entry(p, up, what, text);
        }
        if (!ir_child(s, "mendukung"))
            dash(p, up);
        if (!supported)
            continue;
        xmlNodePtr down = pr_cell(p, r, NULL, NULL);
        for (const xmlNode *d = ir_child(s, "didukung"); d; d = ir_next(d, "didukung"))
            cell_entry(p, down, ir_child_text(d, "uraian"),
                       normalized(text, sizeof text, ir_child_text(d, "unit-nama")));
        if (!ir_child(s, "didukung"))
            dash(p, down);
    }
    see_also(p, sec, "lampiran-pohon", pr_label(p, "pohon.lihat-lampiran"));
}

static void planning(present *p, xmlNodePtr root)
{
    xmlNodePtr chapter = chapter_section(p, root, "bab", "bab-2", NULL, pr_label(p, "bab.2"));
    chapter_narrative(p, chapter, "perencanaan", 0);
    plan_table(p, chapter);
    pk_summary(p, chapter);
    alignment(p, chapter);
}

/* ------------------------------------------------------------------ */
/* Bab IV Penutup                                                      */
/* ------------------------------------------------------------------ */

/* The closing summary: the unit's capaian, the targets met, the budget. */
static void closing_summary(present *p, xmlNodePtr chapter)
{
    char text[SENTENCE], n[PR_NUMBER_MAX];
    const xmlNode *c = ir_child(p->ir, "capaian");
    const xmlNode *a = ir_child(p->ir, "anggaran");
    xmlNodePtr para = pr_el_role(p, chapter, "p", "kesimpulan");
    snprintf(text, sizeof text, "%s: ", pr_label(p, "capaian-organisasi"));
    pr_text(p, para, text);
    if (attr_is(c, "status", "ok")) {
        pr_el_text(p, para, "b", pr_percent(n, ir_attr(c, "tampil")));
        if (ir_attr(c, "kategori")) {
            pr_text(p, para, " (");
            pr_category(p, para, c);
            pr_text(p, para, ")");
        }
    } else {
        pr_text(p, para, pr_label(p, "tidak-dihitung"));
    }
    pr_text(p, para, ". ");
    pr_text(p, para, targets_sentence(p, text, sizeof text));
    if (attr_is(a, "status", "ok")) {
        snprintf(text, sizeof text, " %s: %s.", pr_label(p, "serapan"), pr_percent(n, ir_attr(a, "serapan-tampil")));
        pr_text(p, para, text);
    }
}

static void signature_line(present *p, xmlNodePtr block, const char *peran, const char *text)
{
    xmlNodePtr line = pr_el_role(p, block, "baris", peran);
    pr_text(p, line, text);
}

/* The head's signature under the report. */
static void signature(present *p, xmlNodePtr chapter)
{
    const xmlNode *head = ir_child(unit_of(p), "kepala");
    if (!head)
        return;
    char text[SENTENCE], date[64];
    xmlNodePtr block = pr_el_role(p, chapter, "ttd", "ttd-laporan");
    const char *place = report_place(p);
    if (*report_date(p, date, sizeof date))
        signature_line(p, block, "tempat",
                       pr_label_with(p, text, sizeof text, "tempat-tanggal", "tempat", place, "tanggal", date, LABEL_END));
    else if (*place)
        signature_line(p, block, "tempat", place);
    signature_line(p, block, "jabatan", ir_attr_or_empty(head, "jabatan"));
    signature_line(p, block, "ruang", NULL);
    signature_line(p, block, "nama", ir_attr_or_empty(head, "nama"));
    if (ir_attr(head, "pangkat"))
        signature_line(p, block, "pangkat", ir_attr(head, "pangkat"));
    if (ir_attr(head, "nip")) {
        snprintf(text, sizeof text, "%s. %s", pr_label(p, "nip"), ir_attr(head, "nip"));
        signature_line(p, block, "nip", text);
    }
}

static void closing(present *p, xmlNodePtr root)
{
    xmlNodePtr chapter = chapter_section(p, root, "bab", "bab-4", NULL, pr_label(p, "bab.4"));
    chapter_narrative(p, chapter, "penutup", 1);
    closing_summary(p, chapter);
    signature(p, chapter);
}

/* ------------------------------------------------------------------ */
/* The methodology appendix                                            */
/* ------------------------------------------------------------------ */

/* A policy's value in words: its label, a number written the Indonesian
 * way, or the value as the profile spells it. */
static const char *policy_value(const present *p, const char *value, char *out, size_t size)
{
    char key[128];
    snprintf(key, sizeof key, "kebijakan.nilai.%s", value);
    const char *l = label_or(p, key, NULL);
    if (l)
        return l;
    char n[PR_NUMBER_MAX];
    if (strcmp(pr_number(n, value), "–") != 0)
        snprintf(out, size, "%s", n);
    else
        snprintf(out, size, "%s", value);
    return out;
}

/* Every setting of the profile the numbers were computed with. */
static void policy_table(present *p, xmlNodePtr sec)
{
    static const column cols[] = {{"3*", NULL}, {"2*", NULL}};
    const xmlNode *policy = ir_child(p->ir, "kebijakan");
    if (!policy || !policy->properties)
        return;
    xmlNodePtr t = new_table(p, sec, "data info kecil", NULL, cols, 2);
    xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
    pr_cell(p, head, NULL, pr_label(p, "kebijakan.nama"));
    pr_cell(p, head, NULL, pr_label(p, "kebijakan.nilai"));
    xmlNodePtr body = pr_el(p, t, "isi");
    for (const xmlAttr *a = policy->properties; a; a = a->next) {
        char key[128], text[256];
        const char *name = (const char *)a->name;
        snprintf(key, sizeof key, "kebijakan.%s", name);
        xmlNodePtr r = new_row(p, body, NULL);
        head_cell(p, r, NULL, label_or(p, key, name));
        pr_cell(p, r, NULL, policy_value(p, ir_attr_or_empty(policy, name), text, sizeof text));
    }
}

/* Calls fn on every r:indikator of the report (tujuan, sasaran, program,
 * kegiatan, sub kegiatan). */
static void each_indicator(const xmlNode *n, void (*fn)(const xmlNode *ind, void *ctx), void *ctx)
{
    static const char *const holders[] = {"tujuan", "sasaran", "program", "kegiatan", "sub-kegiatan"};
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)c->name, "indikator") == 0) {
            fn(c, ctx);
            continue;
        }
        for (size_t i = 0; i < sizeof holders / sizeof holders[0]; i++)
            if (strcmp((const char *)c->name, holders[i]) == 0)
                each_indicator(c, fn, ctx);
    }
}

/* The indicators with a policy of their own: "Prevalensi Balita Stunting:
 * Rumus indikator negatif: T/R". */
typedef struct own_policies {
    present *p;
    xmlNodePtr section, body; /* the table's body once a row is needed */
} own_policies;

static void own_policy_row(const xmlNode *ind, void *ctx)
{
    own_policies *o = ctx;
    present *p = o->p;
    const xmlNode *k = ir_child(ind, "kebijakan-indikator");
    xmlNodePtr cell = NULL;
    for (const xmlAttr *a = k ? k->properties : NULL; a; a = a->next) {
        const char *name = (const char *)a->name;
        size_t n = strlen(name);
        if (n <= 5 || strcmp(name + n - 5, "-asal") != 0 || !attr_is(k, name, "indikator"))
            continue;
        char setting[64], key[128], value[256], text[512];
        snprintf(setting, sizeof setting, "%.*s", (int)(n - 5), name);
        if (!o->body) {
            static const column cols[] = {{"3*", NULL}, {"2*", NULL}};
            xmlNodePtr t = new_table(p, o->section, "data info kecil kebijakan-indikator",
                                     pr_label(p, "kebijakan.indikator"), cols, 2);
            xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
            pr_cell(p, head, NULL, pr_label(p, "indikator"));
            pr_cell(p, head, NULL, pr_label(p, "kebijakan.nilai"));
            o->body = pr_el(p, t, "isi");
        }
        if (!cell) {
            xmlNodePtr r = new_row(p, o->body, NULL);
            pr_text_normalized(p, head_cell(p, r, NULL, NULL), ir_child_text(ind, "nama"));
            cell = pr_cell(p, r, NULL, NULL);
        } else {
            pr_text(p, cell, "; ");
        }
        snprintf(key, sizeof key, "kebijakan.%s", setting);
        snprintf(text, sizeof text, "%s: %s", label_or(p, key, setting),
                 policy_value(p, ir_attr_or_empty(k, setting), value, sizeof value));
        pr_text(p, cell, text);
    }
}

/* The rules that produced the figures, counted: "positif R/T×100: 6". */
typedef struct rule_count {
    int kind; /* 0 realisasi, 1 target, 2 capaian, 3 capaian not computed */
    const char *text;
    long count;
} rule_count;

typedef struct rule_tally {
    rule_count *items;
    size_t count, cap;
    int failed;
} rule_tally;

static void count_rule(rule_tally *t, int kind, const char *text)
{
    if (!text || !*text || t->failed)
        return;
    for (size_t i = 0; i < t->count; i++)
        if (t->items[i].kind == kind && strcmp(t->items[i].text, text) == 0) {
            t->items[i].count++;
            return;
        }
    if (t->count == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 16;
        rule_count *items = realloc(t->items, cap * sizeof *items);
        if (!items) {
            t->failed = 1;
            return;
        }
        t->items = items;
        t->cap = cap;
    }
    t->items[t->count++] = (rule_count){kind, text, 1};
}

static void tally_rules(const xmlNode *ind, void *ctx)
{
    rule_tally *t = ctx;
    const xmlNode *c = ir_child(ind, "capaian");
    count_rule(t, 0, ir_attr(ir_child(ind, "realisasi"), "aturan"));
    count_rule(t, 1, ir_attr(ir_child(ind, "target-periode"), "aturan"));
    if (attr_is(c, "status", "ok"))
        count_rule(t, 2, ir_attr(c, "aturan"));
    else if (c && !attr_is(c, "status", "komponen"))
        count_rule(t, 3, ir_attr(c, "alasan"));
}

static void rules_table(present *p, xmlNodePtr sec)
{
    static const char *const kinds[] = {"realisasi", "target", "capaian", "metodologi.tidak-dihitung"};
    static const column cols[] = {{"1.5*", NULL}, {"4*", NULL}, {"1*", "kanan"}};
    rule_tally t = {0};
    each_indicator(p->ir, tally_rules, &t);
    if (t.failed) {
        free(t.items);
        p->failed = 1;
        return;
    }
    if (!t.count) {
        free(t.items);
        return;
    }
    note(p, sec, NULL, pr_label(p, "metodologi.aturan.keterangan"));
    xmlNodePtr table = new_table(p, sec, "data kecil", NULL, cols, 3);
    xmlNodePtr head = new_row(p, pr_el(p, table, "kepala"), NULL);
    pr_cell(p, head, NULL, pr_label(p, "metodologi.untuk"));
    pr_cell(p, head, NULL, pr_label(p, "aturan"));
    pr_cell(p, head, "angka", pr_label(p, "sebaran.jumlah"));
    xmlNodePtr body = pr_el(p, table, "isi");
    for (int kind = 0; kind < 4; kind++) {
        long rows = 0;
        for (size_t i = 0; i < t.count; i++)
            rows += t.items[i].kind == kind;
        int first = 1;
        for (size_t i = 0; i < t.count; i++) {
            if (t.items[i].kind != kind)
                continue;
            char num[24];
            xmlNodePtr r = new_row(p, body, first ? "awal-kelompok" : NULL);
            if (first)
                rows_spanned(p, head_cell(p, r, NULL, pr_label(p, kinds[kind])), rows);
            first = 0;
            pr_run(p, pr_cell(p, r, NULL, NULL), kind == 3 ? "alasan" : "aturan", t.items[i].text);
            snprintf(num, sizeof num, "%ld", t.items[i].count);
            pr_cell(p, r, "angka", num);
        }
    }
    free(t.items);
}

/* How the capaian of the unit, the tujuan, the sasaran and the programs
 * are made from the indicators'. */
static void rollup_rules(present *p, xmlNodePtr sec)
{
    char text[SENTENCE];
    const char *aturan = ir_attr(ir_child(p->ir, "capaian"), "aturan");
    char key[48];
    snprintf(key, sizeof key, "metodologi.rollup.unit.%s", unit_basis(p));
    xmlNodePtr list = pr_el(p, sec, "daftar");
    pr_attr(p, list, "jenis", "ul");
    pr_el_text(p, list, "butir",
               pr_label_with(p, text, sizeof text, key, "aturan", aturan ? aturan : pr_label(p, "capaian"), LABEL_END));
    pr_el_text(p, list, "butir", pr_label(p, "metodologi.rollup.tujuan"));
    pr_el_text(p, list, "butir", pr_label(p, "metodologi.rollup.sasaran"));
    pr_el_text(p, list, "butir", pr_label(p, "metodologi.rollup.program"));
    pr_el_text(p, list, "butir", pr_label(p, "metodologi.rollup.dilewati"));
    note(p, sec, NULL, pr_label(p, "metodologi.tercapai"));
}

/* The category scale: Kode | Kategori | Batas bawah, and its rule. */
static void category_scale(present *p, xmlNodePtr sec)
{
    static const column cols[] = {{"1*", NULL}, {"3*", NULL}, {"2*", "kanan"}};
    const xmlNode *policy = ir_child(p->ir, "kebijakan");
    if (!ir_child(policy, "kategori"))
        return;
    xmlNodePtr t = new_table(p, sec, "data info kecil", NULL, cols, 3);
    xmlNodePtr head = new_row(p, pr_el(p, t, "kepala"), NULL);
    pr_cell(p, head, NULL, pr_label(p, "kode"));
    pr_cell(p, head, NULL, pr_label(p, "kategori"));
    pr_cell(p, head, "angka", pr_label(p, "kategori.min"));
    xmlNodePtr body = pr_el(p, t, "isi");
    for (const xmlNode *k = ir_child(policy, "kategori"); k; k = ir_next(k, "kategori")) {
        char n[PR_NUMBER_MAX], bound[PR_NUMBER_MAX + 2];
        xmlNodePtr r = new_row(p, body, NULL);
        pr_cell(p, r, NULL, ir_attr_or_empty(k, "kode"));
        pr_category_mark(p, pr_cell(p, r, NULL, NULL), ir_attr(k, "kode"), ir_attr(k, "label"));
        if (ir_attr(k, "min")) {
            snprintf(bound, sizeof bound, "%s%%", pr_number(n, ir_attr(k, "min")));
            pr_cell(p, r, "angka", bound);
        } else {
            dash(p, pr_cell(p, r, "angka", NULL));
        }
    }
    note(p, sec, NULL, pr_label(p, "metodologi.kategori"));
}

/* "Efisiensi = capaian − serapan, …" when the policy is that difference. */
static void efficiency_rule(present *p, xmlNodePtr sec)
{
    const xmlNode *policy = ir_child(p->ir, "kebijakan");
    if (!attr_is(policy, "efisiensi", "selisih"))
        return;
    char text[SENTENCE], above[PR_NUMBER_MAX], below[PR_NUMBER_MAX];
    note(p, sec, NULL,
         pr_label_with(p, text, sizeof text, "efisiensi.klasifikasi", "atas",
                       pr_number(above, ir_attr(policy, "efisien-di-atas")), "bawah",
                       pr_number(below, ir_attr(policy, "tidak-efisien-di-bawah")), LABEL_END));
}

/* The engine's settings and rules, in one place, referenced from Bab III:
 * the policies, the indicators with their own, the rule behind every
 * figure, the roll-ups, the category scale. */
static void methodology(present *p, xmlNodePtr root)
{
    char text[SENTENCE];
    xmlNodePtr appendix =
        chapter_section(p, root, "lampiran", "lampiran-metodologi", NULL, pr_label(p, "lampiran.metodologi"));
    note(p, appendix, NULL,
         pr_label_with(p, text, sizeof text, "metodologi.pengantar", "versi", ir_attr_or_empty(p->ir, "lkjip"), LABEL_END));
    xmlNodePtr policies = pr_section(p, appendix, "bagian", "metodologi-kebijakan", pr_label(p, "kebijakan"));
    policy_table(p, policies);
    own_policies own = {p, policies, NULL};
    each_indicator(p->ir, own_policy_row, &own);
    efficiency_rule(p, policies);
    drop_if_empty(policies);
    xmlNodePtr rules = pr_section(p, appendix, "bagian", "metodologi-aturan", pr_label(p, "metodologi.aturan"));
    rules_table(p, rules);
    drop_if_empty(rules);
    rollup_rules(p, pr_section(p, appendix, "bagian", "metodologi-gabungan", pr_label(p, "metodologi.rollup")));
    xmlNodePtr scale = pr_section(p, appendix, "bagian", "metodologi-kategori", pr_label(p, "legenda"));
    category_scale(p, scale);
    drop_if_empty(scale);
}

/* ------------------------------------------------------------------ */
/* Appendices, Daftar Isi, links                                       */
/* ------------------------------------------------------------------ */

static void appendices(present *p, xmlNodePtr root)
{
    present_pk_body(p, chapter_section(p, root, "lampiran", "lampiran-pk", "bab pk", pr_label(p, "lampiran.pk")));
    xmlNodePtr tree =
        chapter_section(p, root, "lampiran", "lampiran-pohon", "bab pohon-halaman", pr_label(p, "lampiran.pohon"));
    tree_draw(p, tree);
    methodology(p, root);
}

static int is_present(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST LKJ_PRESENT_NS) &&
           xmlStrEqual(n->name, BAD_CAST name);
}

/* Whether peran holds the word. */
static int has_role(const xmlNode *n, const char *word)
{
    const char *roles = ir_attr(n, "peran");
    size_t len = strlen(word);
    for (const char *r = roles; r && *r; r += strcspn(r, " "), r += *r == ' ') {
        if (strncmp(r, word, len) == 0 && (r[len] == ' ' || r[len] == '\0'))
            return 1;
    }
    return 0;
}

static int listed_sasaran(const xmlNode *section)
{
    return has_role(section, "sasaran") || has_role(section, "crosscutting");
}

#define TOC_DEPTH 16

/* The level of a section in the Daftar Isi, from where it stands: 1 a
 * chapter or appendix; 2 a section of a chapter (not of an appendix); 3 a
 * section of Bab III's sections with peran sasaran or crosscutting,
 * however deep below their tujuan (up to eight levels), the first such on
 * its branch; 0 not listed. Only sections inside sections count. */
static int toc_level(const xmlNode *section)
{
    const xmlNode *chain[TOC_DEPTH]; /* chain[0] the section, chain[n - 1] its chapter */
    int n = 0;
    for (const xmlNode *s = section; s && is_present(s, "bagian"); s = s->parent) {
        if (n == TOC_DEPTH)
            return 0;
        chain[n++] = s;
    }
    const xmlNode *chapter = n ? chain[n - 1] : NULL;
    if (!chapter || !chapter->parent || !is_present(chapter->parent, "dokumen"))
        return 0;
    if (n == 1)
        return 1;
    if (attr_is(chapter, "jenis", "lampiran"))
        return 0;
    if (n == 2)
        return 2;
    if (!attr_is(chapter, "id", "bab-3") || n - 3 >= 8 || !listed_sasaran(section))
        return 0;
    for (int i = 1; i <= n - 3; i++)
        if (listed_sasaran(chain[i]))
            return 0;
    return 3;
}

int present_toc_entry(const xmlNode *section, const char **ref, xmlChar **text)
{
    *ref = NULL;
    *text = NULL;
    if (!is_present(section, "bagian"))
        return 0;
    const char *id = ir_attr(section, "id");
    xmlNodePtr heading = section->children && is_present(section->children, "judul") ? section->children : NULL;
    int level = id && heading ? toc_level(section) : 0;
    if (level) {
        *ref = id;
        *text = xmlNodeGetContent(heading); /* the heading's words, through its runs */
    }
    return level;
}

static void toc_add(present *p, xmlNodePtr toc, const char *ref, int tingkat, const char *text)
{
    xmlNodePtr entry = pr_el(p, toc, "entri");
    pr_attr(p, entry, "ref", ref);
    pr_attr_int(p, entry, "tingkat", tingkat);
    if (text)
        pr_text_normalized(p, entry, text);
    else
        p->failed = 1;
}

/* The Daftar Isi, in document order, from the anchors of the sections the
 * chapters made (toc_level says which). */
static void toc_entries(present *p, xmlNodePtr toc, xmlNodePtr parent)
{
    for (xmlNodePtr s = parent->children; s; s = s->next) {
        if (!is_present(s, "bagian"))
            continue;
        const char *ref;
        xmlChar *text;
        if (present_toc_entry(s, &ref, &text))
            toc_add(p, toc, ref, toc_level(s), (const char *)text);
        xmlFree(text);
        toc_entries(p, toc, s);
    }
}

void present_collect_ids(present *p, xmlHashTablePtr ids, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *id = ir_attr(c, "id");
        if (id && xmlHashAddEntry(ids, BAD_CAST id, c) == -1 && !xmlHashLookup(ids, BAD_CAST id))
            p->failed = 1; /* not a second use of the id: out of memory */
        if (!is_present(c, "gambar")) /* a chart's SVG ids are not anchors of the document */
            present_collect_ids(p, ids, c);
    }
}

/* A link to an anchor no part of the document made becomes its text: the
 * reader never follows a link to nowhere. */
void present_unlink_dangling(xmlHashTablePtr ids, xmlNodePtr n)
{
    xmlNodePtr c = n->children;
    while (c) {
        xmlNodePtr next = c->next;
        if (is_present(c, "tautan")) {
            const char *ref = ir_attr(c, "ref");
            if (!ref || !xmlHashLookup(ids, BAD_CAST ref)) {
                while (c->children) {
                    xmlNodePtr inner = c->children;
                    xmlUnlinkNode(inner);
                    xmlAddPrevSibling(c, inner);
                }
                xmlUnlinkNode(c);
                xmlFreeNode(c);
            }
        } else if (c->type == XML_ELEMENT_NODE) {
            present_unlink_dangling(ids, c);
        }
        c = next;
    }
}

static void resolve_links(present *p, xmlNodePtr root)
{
    xmlHashTablePtr ids = xmlHashCreate(64);
    if (!ids) {
        p->failed = 1;
        return;
    }
    present_collect_ids(p, ids, root);
    present_unlink_dangling(ids, root);
    xmlHashFree(ids, NULL);
}

void present_lkjip_document(present *p, xmlNodePtr root)
{
    title(p, root);
    cover(p, root);
    xmlNodePtr toc = pr_el(p, root, "daftar-isi");
    pr_el_text(p, toc, "judul", pr_label(p, "daftar-isi"));
    for (size_t i = 0; i < p->toc_known_count; i++)
        toc_add(p, toc, p->toc_known[i].ref, p->toc_known[i].tingkat, p->toc_known[i].text);
    executive_summary(p, root);
    pr_flush(p, root);
    introduction(p, root);
    pr_flush(p, root);
    planning(p, root);
    pr_flush(p, root);
    present_accountability(p, root);
    pr_flush(p, root);
    closing(p, root);
    pr_flush(p, root);
    appendices(p, root);
    /* Dropped (out of memory), or left part by part: each part was
     * finished as it left. */
    if (p->failed || p->cut)
        return;
    toc_entries(p, toc, root);
    resolve_links(p, root);
}

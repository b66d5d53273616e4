/*
 * present_pk.c — the Perjanjian Kinerja: its own document (pk.html,
 * pk.xml) and the LKjIP's appendix, ported from pk-html.xsl and
 * pk-docbook.xsl with their disagreements settled once:
 *
 * - The PK shown is the version in force (berlaku="ya", else the highest
 *   versi); a PK Perubahan (jenis="perubahan" or versi > 1) is titled as
 *   one. The title names the year, never a quarter: a PK is annual.
 * - The statement page: kop (title, unit, nomor), the pernyataan with each
 *   party's identity (nama, jabatan, pangkat and NIP when given), the
 *   reason of a revision, place and date, and the two signature blocks
 *   (pihak kedua left, pihak pertama right). The annex repeats the
 *   signatures, as a signed PK does.
 * - The annex: No | Sasaran Strategis | Indikator Kinerja | Target. The
 *   target is the target-pk of the highest version not above the one in
 *   force (an indicator a revision left alone keeps its earlier target);
 *   without one, the plan's target of the year, marked "*" and explained
 *   under the table. The satuan follows a number or a range, never a grade
 *   or a text ("WTP", not "WTP predikat"). Quarter targets, when the PK has
 *   them, follow in the same cell, cumulative or per quarter as declared.
 * - No rows span: a sasaran's No and text stand on its first indicator's
 *   row, and the rows below carry empty cells in their place (peran
 *   "pk-lanjut"), so that every row has all its cells. pandoc 2.17
 *   (Debian 12) reads DocBook's morerows as nothing and moved the later
 *   cells of such rows two columns left (issue 13, item 8); a stylesheet
 *   may still draw the empty cells as one merged cell.
 * - Budgets: No | Program | Anggaran with the unit's total, in rupiah; a
 *   pemda without programs lists its perangkat daerah's budgets (and says
 *   the programs are in their PKs).
 *
 * Styling roles are the classes of the former pk-html.xsl (pk-kop,
 * pk-judul, pk-tabel, pk-no, pk-target, pk-satuan, pk-rp, pk-ttd, …).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "present_parts.h"

/* ------------------------------------------------------------------ */
/* The PK in force                                                     */
/* ------------------------------------------------------------------ */

static long pk_version(const xmlNode *pk)
{
    int ok;
    double v = ir_number(pk, "versi", &ok);
    return ok && v >= 0 && v < 1e9 ? (long)v : 0; /* the schema keeps it small */
}

/* berlaku="ya", else the highest versi (the first of equals). */
static const xmlNode *pk_in_force(const present *p)
{
    const xmlNode *best = NULL;
    for (const xmlNode *pk = ir_child(p->ir, "perjanjian-kinerja"); pk; pk = ir_next(pk, "perjanjian-kinerja")) {
        if (strcmp(ir_attr_or_empty(pk, "berlaku"), "ya") == 0)
            return pk;
        if (!best || pk_version(pk) > pk_version(best))
            best = pk;
    }
    return best;
}

static int pk_is_revision(const xmlNode *pk)
{
    return strcmp(ir_attr_or_empty(pk, "jenis"), "perubahan") == 0 || pk_version(pk) > 1;
}

/* "Perjanjian Kinerja Tahun 2025" or "… Perubahan Tahun 2025". */
static char *pk_title(const present *p, const xmlNode *pk, char *out, size_t size)
{
    const char *tahun = ir_attr_or_empty(ir_child(p->ir, "periode"), "tahun");
    return pr_label_with(p, out, size, pk && pk_is_revision(pk) ? "pk.judul.perubahan" : "pk.judul", "tahun", tahun,
                         NULL);
}

static const xmlNode *unit_of(const present *p) { return ir_child(p->ir, "unit"); }

/* ------------------------------------------------------------------ */
/* Small pieces                                                        */
/* ------------------------------------------------------------------ */

/* Upper-cases the ASCII letters of el's text, as a kop is printed (bytes of
 * UTF-8 sequences are left alone, so "É" stays). */
static void upper_case(xmlNodePtr el)
{
    if (!el)
        return;
    for (xmlNodePtr c = el->children; c; c = c->next) {
        if (c->type != XML_TEXT_NODE || !c->content)
            continue;
        for (xmlChar *s = c->content; *s; s++)
            if (*s >= 'a' && *s <= 'z')
                *s = (xmlChar)(*s - 'a' + 'A');
    }
}

/* The p:judul of a section made by pr_section (its first child). */
static xmlNodePtr heading_of(xmlNodePtr section) { return section ? section->children : NULL; }

/* A p:p with peran holding text. */
static xmlNodePtr para(present *p, xmlNodePtr parent, const char *peran, const char *text)
{
    xmlNodePtr e = pr_el_role(p, parent, "p", peran);
    pr_text(p, e, text);
    return e;
}

/* A row of header cells from label keys (a key NULL: an empty cell). */
static void header_row(present *p, xmlNodePtr table, const char *const *keys, const char *const *roles, size_t n)
{
    xmlNodePtr row = pr_el(p, pr_el(p, table, "kepala"), "baris");
    for (size_t i = 0; i < n; i++)
        pr_cell(p, row, roles[i], keys[i] ? pr_label(p, keys[i]) : NULL);
}

static void columns(present *p, xmlNodePtr table, const char *const *widths, size_t n)
{
    for (size_t i = 0; i < n; i++)
        pr_attr(p, pr_el(p, table, "kolom"), "lebar", widths[i]);
}

/* The kop: the title (when the heading above does not already say it),
 * the unit, the nomor. */
static void kop(present *p, xmlNodePtr parent, const char *title, const xmlNode *pk)
{
    xmlNodePtr box = pr_el_role(p, parent, "kotak", "pk-kop");
    if (title)
        upper_case(para(p, box, "pk-judul", title));
    xmlNodePtr unit = pr_el_role(p, box, "p", "pk-unit");
    pr_text_normalized(p, unit, ir_child_text(unit_of(p), "nama"));
    upper_case(unit);
    const char *nomor = ir_attr(pk, "nomor");
    if (nomor && *nomor) {
        xmlNodePtr n = para(p, box, "pk-nomor", pr_label(p, "pk.nomor"));
        pr_text(p, n, ": ");
        pr_text(p, n, nomor);
    }
}

/* ------------------------------------------------------------------ */
/* The statement                                                       */
/* ------------------------------------------------------------------ */

static void identity_row(present *p, xmlNodePtr body, const char *key, const char *value)
{
    if (!value || !*value)
        return;
    xmlNodePtr row = pr_el(p, body, "baris");
    pr_cell(p, row, "pk-k", pr_label(p, key));
    pr_cell(p, row, "pk-t", ":");
    pr_cell(p, row, NULL, value);
}

/* Nama : …, Jabatan : …, Pangkat/golongan : …, NIP : … */
static void identity(present *p, xmlNodePtr parent, const xmlNode *person)
{
    static const char *const widths[] = {"1.3*", "0.2*", "6*"};
    xmlNodePtr table = pr_el_role(p, parent, "tabel", "pk-identitas");
    columns(p, table, widths, 3);
    xmlNodePtr body = pr_el(p, table, "isi");
    identity_row(p, body, "nama", ir_attr(person, "nama"));
    identity_row(p, body, "jabatan", ir_attr(person, "jabatan"));
    identity_row(p, body, "pangkat", ir_attr(person, "pangkat"));
    identity_row(p, body, "nip", ir_attr(person, "nip"));
}

/* "[selaku atasan pihak pertama,] selanjutnya disebut **Pihak Kedua**." */
static void designation(present *p, xmlNodePtr parent, const char *pihak_key, int superior)
{
    xmlNodePtr s = pr_el_role(p, parent, "p", "pk-sebutan");
    if (superior) {
        pr_text(p, s, pr_label(p, "pk.selaku-atasan"));
        pr_text(p, s, " ");
    }
    pr_text(p, s, pr_label(p, "pk.selanjutnya"));
    pr_text(p, s, " ");
    pr_el_text(p, s, "b", pr_label(p, pihak_key));
    pr_text(p, s, ".");
}

static void statement(present *p, xmlNodePtr parent, const xmlNode *pk)
{
    const xmlNode *first = ir_child(pk, "pihak-pertama");
    const xmlNode *second = ir_child(pk, "pihak-kedua");
    para(p, parent, NULL, pr_label(p, "pk.pernyataan.1"));
    identity(p, parent, first);
    designation(p, parent, "pihak-pertama", 0);
    if (second) {
        identity(p, parent, second);
        designation(p, parent, "pihak-kedua", 1);
    }
    para(p, parent, NULL, pr_label(p, "pk.pernyataan.2"));
    if (second)
        para(p, parent, NULL, pr_label(p, "pk.pernyataan.3"));
    const xmlNode *alasan = ir_child(pk, "alasan");
    if (alasan && *ir_text(alasan)) {
        xmlNodePtr a = pr_el_role(p, parent, "p", "pk-alasan");
        xmlNodePtr b = pr_el_text(p, a, "b", pr_label(p, "pk.alasan"));
        pr_text(p, b, ":");
        pr_text(p, a, " ");
        pr_text_normalized(p, a, ir_text(alasan));
    }
}

/* ------------------------------------------------------------------ */
/* Signatures                                                          */
/* ------------------------------------------------------------------ */

static xmlNodePtr line(present *p, xmlNodePtr block, const char *peran, const char *text)
{
    xmlNodePtr l = pr_el_role(p, block, "baris", peran);
    pr_text(p, l, text);
    return l;
}

/* "Sukamaju, 6 Januari 2025"; either alone when the other is missing. */
static char *place_and_date(const present *p, const xmlNode *pk, char *out, size_t size)
{
    char date[96];
    const char *tempat = ir_attr_or_empty(pk, "tempat");
    pr_date(p, date, sizeof date, ir_attr(pk, "tanggal"));
    if (*tempat && *date)
        return pr_label_with(p, out, size, "tempat-tanggal", "tempat", tempat, "tanggal", date, NULL);
    snprintf(out, size, "%s%s", tempat, date);
    return out;
}

/* One signer: the same lines in both blocks, so that they stand level side
 * by side (the place and date only above the right one). */
static void signer(present *p, xmlNodePtr box, const xmlNode *person, const char *pihak_key, const char *side,
                   const char *place_date)
{
    xmlNodePtr block = pr_el_role(p, box, "ttd", side);
    line(p, block, "tempat", place_date);
    xmlNodePtr pihak = line(p, block, "pihak", pr_label(p, pihak_key));
    pr_text(p, pihak, ",");
    upper_case(pihak);
    line(p, block, "jabatan", ir_attr(person, "jabatan"));
    line(p, block, "ruang", NULL);
    line(p, block, "nama", ir_attr(person, "nama"));
    const char *pangkat = ir_attr(person, "pangkat");
    if (pangkat && *pangkat)
        line(p, block, "pangkat", pangkat);
    const char *nip = ir_attr(person, "nip");
    if (nip && *nip) {
        xmlNodePtr n = line(p, block, "nip", pr_label(p, "nip"));
        pr_text(p, n, ". ");
        pr_text(p, n, nip);
    }
}

static void signatures(present *p, xmlNodePtr parent, const xmlNode *pk)
{
    char place_date[512];
    xmlNodePtr box = pr_el_role(p, parent, "kotak", "pk-ttd");
    const xmlNode *second = ir_child(pk, "pihak-kedua");
    if (second)
        signer(p, box, second, "pihak-kedua", "pk-blok pk-kiri", NULL);
    signer(p, box, ir_child(pk, "pihak-pertama"), "pihak-pertama", "pk-blok pk-kanan",
           place_and_date(p, pk, place_date, sizeof place_date));
}

/* ------------------------------------------------------------------ */
/* The annex: sasaran, indicators, targets                             */
/* ------------------------------------------------------------------ */

/* The target-pk of the highest versi not above the version in force. */
static const xmlNode *pk_target(const xmlNode *ind, long versi)
{
    const xmlNode *best = NULL;
    for (const xmlNode *t = ir_child(ind, "target-pk"); t; t = ir_next(t, "target-pk")) {
        long v = pk_version(t);
        if (v <= versi && (!best || v > pk_version(best)))
            best = t;
    }
    return best;
}

static const xmlNode *plan_target(const present *p, const xmlNode *ind)
{
    for (const xmlNode *t = ir_child(ind, "target"); t; t = ir_next(t, "target"))
        if (atoi(ir_attr_or_empty(t, "tahun")) == p->year)
            return t;
    return NULL;
}

/* Grades and texts stand alone; numbers and ranges carry the satuan. */
static int takes_unit(const xmlNode *value) { return !ir_attr(value, "predikat") && !ir_attr(value, "teks"); }

/* "target s.d. triwulan: TW I 97; TW II 97,4; …" after the annual target. */
static void quarter_targets(present *p, xmlNodePtr cell, const xmlNode *target)
{
    if (!ir_child(target, "triwulan"))
        return;
    char list[512] = "", value[128], item[192], text[768];
    for (int ke = 1; ke <= 4; ke++) {
        for (const xmlNode *q = ir_child(target, "triwulan"); q; q = ir_next(q, "triwulan")) {
            if (atoi(ir_attr_or_empty(q, "ke")) != ke)
                continue;
            char key[32];
            snprintf(key, sizeof key, "triwulan.nama.%d", ke);
            pr_typed_value(p, value, sizeof value, q);
            snprintf(item, sizeof item, "%s%s %s", *list ? "; " : "", pr_label(p, key), value);
            strncat(list, item, sizeof list - strlen(list) - 1);
            break;
        }
    }
    int per_quarter = strcmp(ir_attr_or_empty(target, "sifat-triwulan"), "per-periode") == 0;
    pr_label_with(p, text, sizeof text, per_quarter ? "pk.triwulan.per-periode" : "pk.triwulan.kumulatif", "daftar",
                  list, NULL);
    pr_text(p, cell, " ");
    pr_run(p, cell, "pk-triwulan", text);
}

/* The target cell; 1 when it fell back on the plan's target (marked). */
static int target_cell(present *p, xmlNodePtr row, const xmlNode *ind, long versi)
{
    char value[256];
    xmlNodePtr cell = pr_el_role(p, row, "sel", "pk-target");
    const xmlNode *target = pk_target(ind, versi);
    const xmlNode *plan = target ? NULL : plan_target(p, ind);
    const xmlNode *shown = target ? target : plan;
    if (!shown) {
        pr_text(p, cell, "–");
        return 0;
    }
    pr_text(p, cell, pr_typed_value(p, value, sizeof value, shown));
    if (plan)
        pr_run(p, cell, "pk-tanda", "*");
    const char *satuan = ir_child_text(ind, "satuan");
    if (*satuan && takes_unit(shown)) {
        pr_text(p, cell, " ");
        xmlNodePtr s = pr_el_role(p, cell, "t", "pk-satuan");
        pr_text_normalized(p, s, satuan);
    }
    if (target)
        quarter_targets(p, cell, target);
    return plan != NULL;
}

static void number_cell(present *p, xmlNodePtr row, long no)
{
    char text[24];
    snprintf(text, sizeof text, "%ld", no);
    pr_cell(p, row, "pk-no", text);
}

/* One sasaran: a row per indicator, No and Sasaran on the first and left
 * empty below it ("pk-lanjut", which a stylesheet may draw as one merged
 * cell): no row span, which pandoc's DocBook reader (2.17, Debian 12)
 * ignores, moving every later cell of the row two columns left. Returns 1
 * when a target fell back on the plan's. */
static int sasaran_rows(present *p, xmlNodePtr body, const xmlNode *sasaran, long no, long versi)
{
    int marked = 0;
    xmlNodePtr row = pr_el_role(p, body, "baris", "pk-awal");
    number_cell(p, row, no);
    pr_text_normalized(p, pr_el(p, row, "sel"), ir_child_text(sasaran, "uraian"));
    if (!ir_child(sasaran, "indikator")) {
        pr_cell(p, row, NULL, "–");
        pr_cell(p, row, "pk-target", "–");
        return 0;
    }
    for (const xmlNode *ind = ir_child(sasaran, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        if (!row) {
            row = pr_el(p, body, "baris");
            pr_cell(p, row, "pk-no pk-lanjut", NULL);
            pr_cell(p, row, "pk-lanjut", NULL);
        }
        pr_text_normalized(p, pr_el(p, row, "sel"), ir_child_text(ind, "nama"));
        marked |= target_cell(p, row, ind, versi);
        row = NULL;
        pr_flush(p, body);
    }
    return marked;
}

static void target_table(present *p, xmlNodePtr parent, long versi)
{
    static const char *const keys[] = {"no", "sasaran-strategis", "indikator-kinerja", "target"};
    static const char *const roles[] = {"pk-no", NULL, NULL, "pk-target"};
    static const char *const widths[] = {"0.5*", "3*", "3*", "1.8*"};
    int any = 0, marked = 0;
    long no = 0;
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t && !any; t = ir_next(t, "tujuan"))
        any = ir_child(t, "sasaran") != NULL;
    if (!any) {
        para(p, parent, "pk-kosong", pr_label(p, "tidak-ada.sasaran"));
        return;
    }
    xmlNodePtr table = pr_el_role(p, parent, "tabel", "pk-tabel");
    pr_el_text(p, table, "judul", pr_label(p, "pk.tabel.target"));
    columns(p, table, widths, 4);
    header_row(p, table, keys, roles, 4);
    xmlNodePtr body = pr_el(p, table, "isi");
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t; t = ir_next(t, "tujuan"))
        for (const xmlNode *s = ir_child(t, "sasaran"); s; s = ir_next(s, "sasaran"))
            marked |= sasaran_rows(p, body, s, ++no, versi);
    if (marked) {
        xmlNodePtr note = para(p, parent, "pk-catatan", "* ");
        pr_text(p, note, pr_label(p, "pk.target-renstra"));
    }
}

/* ------------------------------------------------------------------ */
/* The annex: budgets                                                  */
/* ------------------------------------------------------------------ */

/* No | name | Anggaran, one row per item, the unit's total below. */
static xmlNodePtr budget_table(present *p, xmlNodePtr parent, const char *title_key, const char *name_key)
{
    const char *const keys[] = {"no", name_key, "anggaran"};
    static const char *const roles[] = {"pk-no", NULL, "pk-rp"};
    static const char *const widths[] = {"0.5*", "5*", "2*"};
    xmlNodePtr table = pr_el_role(p, parent, "tabel", "pk-tabel");
    pr_el_text(p, table, "judul", pr_label(p, title_key));
    columns(p, table, widths, 3);
    header_row(p, table, keys, roles, 3);
    return table;
}

static void budget_row(present *p, xmlNodePtr body, long no, const xmlNode *item, const char *kode)
{
    char money[PR_NUMBER_MAX];
    xmlNodePtr row = pr_el(p, body, "baris");
    number_cell(p, row, no);
    xmlNodePtr name = pr_el(p, row, "sel");
    pr_text_normalized(p, name, ir_child_text(item, "nama"));
    if (kode && *kode) {
        char text[96];
        snprintf(text, sizeof text, " (%.80s)", kode);
        pr_run(p, name, "pk-kode", text);
    }
    pr_cell(p, row, "pk-rp", pr_rupiah(money, ir_attr(ir_child(item, "anggaran"), "pagu")));
}

static void budget_total(present *p, xmlNodePtr table)
{
    char money[PR_NUMBER_MAX];
    xmlNodePtr row = pr_el(p, pr_el(p, table, "kaki"), "baris");
    pr_cell(p, row, "pk-no", NULL);
    pr_attr(p, pr_cell(p, row, "pk-jumlah", pr_label(p, "jumlah")), "kepala", "ya");
    pr_cell(p, row, "pk-rp pk-total", pr_rupiah(money, ir_attr(ir_child(p->ir, "anggaran"), "pagu")));
}

static int is_opd(const xmlNode *u) { return strcmp(ir_attr_or_empty(u, "tingkat"), "opd") == 0; }

static void budgets(present *p, xmlNodePtr parent)
{
    long no = 0;
    if (ir_child(p->ir, "program")) {
        xmlNodePtr table = budget_table(p, parent, "pk.tabel.program", "program");
        xmlNodePtr body = pr_el(p, table, "isi");
        for (const xmlNode *g = ir_child(p->ir, "program"); g; g = ir_next(g, "program"))
            budget_row(p, body, ++no, g, ir_attr(g, "kode"));
        budget_total(p, table);
        return;
    }
    const xmlNode *u = ir_child(p->ir, "unit-bawahan");
    while (u && !is_opd(u))
        u = ir_next(u, "unit-bawahan");
    if (u) {
        /* A pemda: its perangkat daerah's budgets; their programs are in
         * their own PKs. */
        xmlNodePtr table = budget_table(p, parent, "pk.tabel.anggaran-unit", "perangkat-daerah");
        xmlNodePtr body = pr_el(p, table, "isi");
        for (; u; u = ir_next(u, "unit-bawahan"))
            if (is_opd(u))
                budget_row(p, body, ++no, u, NULL);
        budget_total(p, table);
    }
    para(p, parent, u || p->pemda ? "pk-catatan" : "pk-kosong",
         pr_label(p, u || p->pemda ? "pk.tanpa-program" : "tidak-ada.program-unit"));
}

/* ------------------------------------------------------------------ */
/* The whole PK                                                        */
/* ------------------------------------------------------------------ */

static void annex(present *p, xmlNodePtr parent, const xmlNode *pk, const char *title)
{
    char heading[512];
    pr_label_with(p, heading, sizeof heading, "pk.lampiran-judul", "judul", title, NULL);
    xmlNodePtr section = pr_section(p, parent, "bagian", "pk-lampiran", heading);
    pr_attr(p, section, "peran", "pk-lampiran");
    upper_case(heading_of(section));
    kop(p, section, NULL, NULL);
    target_table(p, section, pk_version(pk));
    budgets(p, section);
    signatures(p, section, pk);
}

/* The PK under parent; with_title: the kop names the PK (false when the
 * heading of parent already does). */
static void pk_content(present *p, xmlNodePtr parent, int with_title)
{
    char title[256];
    const xmlNode *pk = pk_in_force(p);
    pk_title(p, pk, title, sizeof title);
    kop(p, parent, with_title ? title : NULL, pk);
    if (!pk) {
        para(p, parent, "pk-kosong", pr_label(p, "pk.tidak-ada"));
        return;
    }
    statement(p, parent, pk);
    signatures(p, parent, pk);
    annex(p, parent, pk, title);
}

void present_pk_body(present *p, xmlNodePtr parent)
{
    if (parent && !xmlHasProp(parent, BAD_CAST "peran"))
        pr_attr(p, parent, "peran", "pk");
    pk_content(p, parent, 1);
}

void present_pk_document(present *p, xmlNodePtr root)
{
    char title[256];
    pk_title(p, pk_in_force(p), title, sizeof title);
    xmlNodePtr judul = pr_el_text(p, root, "judul", title);
    pr_text(p, judul, " – ");
    pr_text_normalized(p, judul, ir_child_text(unit_of(p), "nama"));
    xmlNodePtr section = pr_section(p, root, "bab", "pk", title);
    pr_attr(p, section, "peran", "pk");
    upper_case(heading_of(section));
    pk_content(p, section, 0);
}

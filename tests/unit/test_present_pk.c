/*
 * test_present_pk.c — the Perjanjian Kinerja in the presented document
 * (src/present_pk.c), from the samples' real IR: the parties and their
 * NIPs, the signature blocks, a target row with its satuan and quarter
 * targets, a revised PK's targets, budgets in rupiah with their total,
 * the pemda's grades and ranges, English labels, the body as an appendix,
 * and the shape of every table: each row's cells plus any row spans coming
 * down from above fill exactly the columns, and the PK tables use no row
 * spans at all, which pandoc 2.17 would read as nothing, moving cells two
 * columns left (issue 13, item 8).
 */
#include "unit.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lkjip/lkjip.h"
#include "load.h"
#include "present.h"
#include "present_parts.h"

static char out_dir[160];

/* The value of an XPath expression over a presented document, as a string
 * (the caller frees it with xmlFree). */
static xmlChar *xpath_string(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlChar *result = NULL;
    if (ctx && xmlXPathRegisterNs(ctx, BAD_CAST "p", BAD_CAST LKJ_PRESENT_NS) == 0) {
        char wrapped[1024];
        snprintf(wrapped, sizeof wrapped, "string(%s)", expr);
        xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST wrapped, ctx);
        if (o)
            result = xmlXPathCastToString(o);
        xmlXPathFreeObject(o);
    }
    xmlXPathFreeContext(ctx);
    return result;
}

/* The normalized text at expr equals want. */
static void text_is(const char *name, xmlDocPtr doc, const char *expr, const char *want)
{
    char normalized[1100];
    snprintf(normalized, sizeof normalized, "normalize-space(%s)", expr);
    xmlChar *got = doc ? xpath_string(doc, normalized) : NULL;
    unit_str(name, (const char *)got, want);
    xmlFree(got);
}

static long number_at(xmlDocPtr doc, const char *expr);

/* The cells of the row at expr, each normalized, joined by " | ". */
static void row_is(const char *name, xmlDocPtr doc, const char *expr, const char *want)
{
    char got[1024] = "", cell[600];
    snprintf(cell, sizeof cell, "count(%s/p:sel)", expr);
    long n = doc ? number_at(doc, cell) : 0;
    for (long i = 1; i <= n; i++) {
        snprintf(cell, sizeof cell, "normalize-space(%s/p:sel[%ld])", expr, i);
        xmlChar *text = xpath_string(doc, cell);
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i > 1 ? " | " : "",
                 text ? (const char *)text : "");
        xmlFree(text);
    }
    unit_str(name, got, want);
}

static long number_at(xmlDocPtr doc, const char *expr)
{
    xmlChar *s = doc ? xpath_string(doc, expr) : NULL;
    long n = s ? strtol((const char *)s, NULL, 10) : -1;
    xmlFree(s);
    return n;
}

static const xmlChar *attr(const xmlNode *n, const char *name)
{
    const xmlAttr *a = xmlHasProp((xmlNodePtr)n, BAD_CAST name);
    return a && a->children ? a->children->content : NULL;
}

static long span_of(const xmlNode *cell, const char *name)
{
    const xmlChar *v = attr(cell, name);
    return v ? strtol((const char *)v, NULL, 10) : 1;
}

static int named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

/* One group of rows (kepala, isi or kaki): each row's cells go into the
 * columns the spans from above leave free, and must fill them exactly; no
 * span may reach beyond the group. Returns the number of bad rows. */
static int bad_rows(const xmlNode *group, long columns, char *why, size_t size)
{
    long below[64] = {0}; /* rows still covered in each column */
    int bad = 0;
    if (columns <= 0 || columns > 64)
        return 1;
    for (const xmlNode *row = group->children; row; row = row->next) {
        if (!named(row, "baris"))
            continue;
        long col = 0;
        int over = 0;
        long covered[64];
        for (long c = 0; c < columns; c++)
            covered[c] = below[c] > 0;
        for (const xmlNode *cell = row->children; cell; cell = cell->next) {
            if (!named(cell, "sel"))
                continue;
            while (col < columns && covered[col])
                col++;
            long wide = span_of(cell, "rentang-kolom"), tall = span_of(cell, "rentang-baris");
            if (col + wide > columns || wide < 1 || tall < 1) {
                over = 1;
                break;
            }
            for (long c = col; c < col + wide; c++) {
                covered[c] = 1;
                below[c] = tall; /* decremented below, with the row's others */
            }
            col += wide;
        }
        long filled = 0;
        for (long c = 0; c < columns; c++) {
            filled += covered[c] != 0;
            if (below[c] > 0)
                below[c]--;
        }
        if (over || filled != columns) {
            if (!bad)
                snprintf(why, size, "a row of <%s> fills %ld of %ld columns%s", (const char *)group->name, filled,
                         columns, over ? " (a cell beyond the last column)" : "");
            bad++;
        }
    }
    for (long c = 0; c < columns; c++)
        if (below[c] > 0) {
            if (!bad)
                snprintf(why, size, "a span reaches beyond <%s>", (const char *)group->name);
            bad++;
            break;
        }
    return bad;
}

static void check_tables(const xmlNode *n, int *tables, int *bad, char *why, size_t size)
{
    for (; n; n = n->next) {
        if (!named(n, "tabel")) {
            if (n->type == XML_ELEMENT_NODE)
                check_tables(n->children, tables, bad, why, size);
            continue;
        }
        long columns = 0;
        for (const xmlNode *c = n->children; c; c = c->next)
            columns += named(c, "kolom");
        (*tables)++;
        for (const xmlNode *g = n->children; g; g = g->next)
            if (named(g, "kepala") || named(g, "isi") || named(g, "kaki"))
                *bad += bad_rows(g, columns, why, size);
    }
}

/* Every table of the document has one p:kolom per column and rows that
 * fill them exactly, spans counted. */
static void tables_are_square(const char *name, xmlDocPtr doc, int want_tables)
{
    int tables = 0, bad = 0;
    char why[200] = "";
    if (doc)
        check_tables(xmlDocGetRootElement(doc), &tables, &bad, why, sizeof why);
    if (!bad && tables != want_tables)
        snprintf(why, sizeof why, "%d tables, want %d", tables, want_tables);
    unit_ok(name, doc && !bad && tables == want_tables, why);
}

/* A unit's ir.xml, read from memory: lkjip's entity loader (load.c) lets
 * libxml2 open nothing but the stylesheets folder. */
static xmlDocPtr read_ir(const char *unit)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s/ir.xml", out_dir, unit);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char text[4 << 20];
    size_t n = fread(text, 1, sizeof text, f);
    fclose(f);
    return n < sizeof text ? xmlReadMemory(text, (int)n, path, NULL, XML_PARSE_NONET) : NULL;
}

static xmlDocPtr pk_of(xmlDocPtr ir, lkj_lang lang) { return ir ? present_unit(ir, PRESENT_PK, lang) : NULL; }

/* The target cell of the row of an indicator in the first PK table. */
static const char *target_of(char *out, size_t size, const char *indicator)
{
    snprintf(out, size,
             "//p:tabel[@peran='pk-tabel'][1]/p:isi/"
             "p:baris[p:sel[normalize-space()='%s']]/p:sel[last()]",
             indicator);
    return out;
}

/* The same for an indicator whose name starts with prefix. */
static const char *target_starting(char *out, size_t size, const char *prefix)
{
    snprintf(out, size,
             "//p:tabel[@peran='pk-tabel'][1]/p:isi/"
             "p:baris[p:sel[starts-with(normalize-space(), '%s')]]"
             "/p:sel[last()]",
             prefix);
    return out;
}

/* The dinkes PK: parties, signatures, targets, budgets. */
static void dinkes(xmlDocPtr ir)
{
    xmlDocPtr doc = pk_of(ir, LKJ_LANG_ID);
    unit_ok("pk.dinkes.made", doc != NULL, "no document");
    text_is("pk.dinkes.title", doc, "/p:dokumen/p:judul",
            "Perjanjian Kinerja Tahun 2025 – Dinas Kesehatan Kabupaten Sukamaju");
    text_is("pk.dinkes.heading", doc, "/p:dokumen/p:bagian[@id='pk']/p:judul", "PERJANJIAN KINERJA TAHUN 2025");
    text_is("pk.dinkes.nomor", doc, "//p:kotak[@peran='pk-kop']/p:p[@peran='pk-nomor']",
            "Nomor: 440/018/PK/DINKES/2025");
    /* The parties, as the statement names them. */
    text_is("pk.dinkes.first-party", doc, "(//p:tabel[@peran='pk-identitas'])[1]/p:isi/p:baris[1]/p:sel[3]",
            "dr. Siti Aminah, M.Kes.");
    text_is("pk.dinkes.first-party-nip", doc, "(//p:tabel[@peran='pk-identitas'])[1]//p:baris[p:sel[1]='NIP']/p:sel[3]",
            "197503122002122003");
    text_is("pk.dinkes.second-party", doc, "(//p:tabel[@peran='pk-identitas'])[2]/p:isi/p:baris[1]/p:sel[3]",
            "H. Ahmad Fauzi, S.H.");
    text_is("pk.dinkes.designation", doc, "(//p:p[@peran='pk-sebutan'])[2]",
            "selaku atasan pihak pertama, selanjutnya disebut Pihak Kedua.");
    /* The signatures: pihak kedua left, pihak pertama right with place and
     * date, both on the statement page and under the annex. */
    unit_int("pk.dinkes.signature-blocks", number_at(doc, "count(//p:kotak[@peran='pk-ttd'])"), 2);
    text_is("pk.dinkes.sign-right-place", doc, "//p:ttd[@peran='pk-blok pk-kanan']/p:baris[@peran='tempat']",
            "Sukamaju, 6 Januari 2025");
    text_is("pk.dinkes.sign-right-party", doc, "//p:ttd[@peran='pk-blok pk-kanan']/p:baris[@peran='pihak']",
            "PIHAK PERTAMA,");
    text_is("pk.dinkes.sign-right-name", doc, "//p:ttd[@peran='pk-blok pk-kanan']/p:baris[@peran='nama']",
            "dr. Siti Aminah, M.Kes.");
    text_is("pk.dinkes.sign-right-pangkat", doc, "//p:ttd[@peran='pk-blok pk-kanan']/p:baris[@peran='pangkat']",
            "Pembina Utama Muda (IV/c)");
    text_is("pk.dinkes.sign-right-nip", doc, "//p:ttd[@peran='pk-blok pk-kanan']/p:baris[@peran='nip']",
            "NIP. 197503122002122003");
    text_is("pk.dinkes.sign-left-name", doc, "//p:ttd[@peran='pk-blok pk-kiri']/p:baris[@peran='nama']",
            "H. Ahmad Fauzi, S.H.");
    unit_int("pk.dinkes.sign-left-no-nip",
             number_at(doc, "count(//p:ttd[@peran='pk-blok pk-kiri']/p:baris[@peran='nip'])"), 0);
    unit_int("pk.dinkes.sign-lines-level",
             number_at(doc, "count((//p:ttd[@peran='pk-blok "
                            "pk-kiri'])[1]/p:baris[@peran='tempat'])"),
             1);
    /* The targets. */
    char expr[400];
    text_is("pk.dinkes.target-akb", doc, target_of(expr, sizeof expr, "Angka Kematian Bayi (AKB)"),
            "8,5 per 1.000 kelahiran hidup");
    text_is("pk.dinkes.target-grouped", doc,
            target_of(expr, sizeof expr,
                      "Jumlah Penduduk Miskin yang Didaftarkan sebagai Peserta "
                      "PBI JK Dibiayai APBD"),
            "15.000 jiwa");
    text_is("pk.dinkes.target-quarters", doc,
            target_of(expr, sizeof expr,
                      "Persentase Penduduk yang Menjadi Peserta Jaminan "
                      "Kesehatan Nasional"),
            "98 persen target s.d. triwulan: TW I 97; TW II 97,4; TW III 97,7; "
            "TW IV 98");
    row_is("pk.dinkes.first-row", doc, "//p:tabel[@peran='pk-tabel'][1]/p:isi/p:baris[1]",
           "1 | Menurunnya angka kematian ibu dan bayi | Angka Kematian Ibu (AKI) | "
           "95 per 100.000 kelahiran hidup");
    /* No row spans (pandoc 2.17 ignores morerows): the rows below a
     * sasaran's first hold empty cells in place of No and Sasaran. */
    unit_int("pk.dinkes.no-row-spans", number_at(doc, "count(//p:sel[@rentang-baris])"), 0);
    row_is("pk.dinkes.follow-row", doc, "//p:tabel[@peran='pk-tabel'][1]/p:isi/p:baris[2]",
           " |  | Angka Kematian Bayi (AKB) | 8,5 per 1.000 kelahiran hidup");
    unit_int("pk.dinkes.follow-row-marked",
             number_at(doc, "count(//p:tabel[@peran='pk-tabel'][1]/p:isi/p:baris[2]/p:sel[contains(@peran, "
                            "'pk-lanjut')])"),
             2);
    unit_int("pk.dinkes.no-plan-mark", number_at(doc, "count(//p:t[@peran='pk-tanda'])"), 0);
    /* The budgets, in rupiah, with the unit's total. */
    row_is("pk.dinkes.budget-row", doc, "//p:tabel[p:judul='Program dan anggaran']/p:isi/p:baris[2]",
           "2 | Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan "
           "Masyarakat (1.02.02) | Rp12.150.000.000");
    text_is("pk.dinkes.budget-total", doc, "//p:tabel[p:judul='Program dan anggaran']/p:kaki/p:baris/p:sel[3]",
            "Rp15.004.500.000");
    tables_are_square("pk.dinkes.tables-square", doc, 4);
    xmlFreeDoc(doc);

    /* An indicator without a PK target shows the plan's, marked. */
    xmlXPathContextPtr ctx = ir ? xmlXPathNewContext(ir) : NULL;
    xmlXPathObjectPtr o = NULL;
    if (ctx && xmlXPathRegisterNs(ctx, BAD_CAST "r", BAD_CAST "urn:lkjip:report:1") == 0)
        o = xmlXPathEvalExpression(BAD_CAST "//r:sasaran/r:indikator[r:nama='Angka "
                                            "Kematian Bayi (AKB)']/r:target-pk",
                                   ctx);
    int removed = 0;
    for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
        xmlUnlinkNode(o->nodesetval->nodeTab[i]);
        xmlFreeNode(o->nodesetval->nodeTab[i]);
        removed++;
    }
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(ctx);
    unit_int("pk.dinkes.plan-fallback-setup", removed, 1);
    doc = pk_of(ir, LKJ_LANG_ID);
    text_is("pk.dinkes.plan-fallback", doc, target_of(expr, sizeof expr, "Angka Kematian Bayi (AKB)"),
            "8,5* per 1.000 kelahiran hidup");
    text_is("pk.dinkes.plan-fallback-note", doc, "//p:p[@peran='pk-catatan']",
            "* target tahunan dokumen perencanaan (indikator ini tidak memiliki "
            "target PK)");
    xmlFreeDoc(doc);
}

/* A PK Perubahan: titled as one, its revised targets and its reason. */
static void dpupr(xmlDocPtr ir)
{
    xmlDocPtr doc = pk_of(ir, LKJ_LANG_ID);
    text_is("pk.revised.title", doc, "/p:dokumen/p:bagian/p:judul", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025");
    text_is("pk.revised.nomor", doc, "//p:p[@peran='pk-nomor']", "Nomor: 600/137/PK-P/DPUPR/2025");
    text_is("pk.revised.annex", doc, "//p:bagian[@id='pk-lampiran']/p:judul",
            "LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2025");
    char expr[400];
    /* versi 2 changed this target (78 -> 76,5) ... */
    text_is("pk.revised.changed-target", doc, target_starting(expr, sizeof expr, "Persentase Panjang Jalan Kabupaten"),
            "76,5 persen target s.d. triwulan: TW I 74,8; TW II 75,3; TW III 75,8; "
            "TW IV 76,5");
    /* ... and left this one as versi 1 set it. */
    text_is("pk.revised.kept-target", doc, target_starting(expr, sizeof expr, "Persentase Jembatan Kabupaten"),
            "85 persen");
    text_is("pk.revised.reason", doc, "substring(//p:p[@peran='pk-alasan'], 1, 60)",
            "Alasan perubahan: Penyesuaian target kinerja sehubungan deng");
    tables_are_square("pk.revised.tables-square", doc, 4);
    xmlFreeDoc(doc);
}

/* The pemda: grades stand alone, ranges carry the satuan, a sasaran with one
 * indicator needs no span, the budgets are the perangkat daerah's. */
static void pemda(xmlDocPtr ir)
{
    xmlDocPtr doc = pk_of(ir, LKJ_LANG_ID);
    char expr[400];
    text_is("pk.pemda.grade", doc, target_of(expr, sizeof expr, "Opini BPK atas Laporan Keuangan Pemerintah Daerah"),
            "WTP");
    text_is("pk.pemda.range", doc, target_of(expr, sizeof expr, "Laju Inflasi Daerah"), "2–4 persen (y-on-y)");
    text_is("pk.pemda.large", doc, target_of(expr, sizeof expr, "Pengeluaran per Kapita Disesuaikan"),
            "11.400.000 rupiah per orang per tahun");
    row_is("pk.pemda.single-row", doc, "//p:tabel[@peran='pk-tabel'][1]/p:isi/p:baris[last()]",
           "8 | Meningkatnya kualitas perencanaan dan pengendalian pembangunan daerah | "
           "Persentase Indikator Kinerja RPJMD yang Mencapai Target | 85 persen");
    unit_int("pk.pemda.no-row-spans", number_at(doc, "count(//p:sel[@rentang-baris])"), 0);
    row_is("pk.pemda.opd-budget", doc, "//p:tabel[p:judul='Anggaran perangkat daerah']/p:isi/p:baris[2]",
           "2 | Dinas Kesehatan Kabupaten Sukamaju | Rp15.004.500.000");
    text_is("pk.pemda.total", doc, "//p:tabel[p:judul='Anggaran perangkat daerah']/p:kaki/p:baris/p:sel[3]",
            "Rp65.331.500.000");
    text_is("pk.pemda.superior", doc, "//p:ttd[@peran='pk-blok pk-kiri']/p:baris[@peran='jabatan']",
            "Gubernur Jawa Tengah");
    unit_int("pk.pemda.elected-no-nip", number_at(doc, "count(//p:baris[@peran='nip'])"), 0);
    tables_are_square("pk.pemda.tables-square", doc, 4);
    xmlFreeDoc(doc);
}

static void english(xmlDocPtr ir)
{
    xmlDocPtr doc = pk_of(ir, LKJ_LANG_EN);
    text_is("pk.en.title", doc, "/p:dokumen/p:judul",
            "Performance Agreement 2025 – Dinas Kesehatan Kabupaten Sukamaju");
    text_is("pk.en.party", doc, "//p:ttd[@peran='pk-blok pk-kanan']/p:baris[@peran='pihak']", "FIRST PARTY,");
    text_is("pk.en.quarters", doc, "(//p:t[@peran='pk-triwulan'])[2]",
            "target to date by quarter: Q1 97; Q2 97,4; Q3 97,7; Q4 98");
    text_is("pk.en.budget", doc, "//p:tabel[@peran='pk-tabel'][2]/p:kaki/p:baris/p:sel[3]", "Rp15.004.500.000");
    xmlFreeDoc(doc);
}

/* The body as the LKjIP's appendix: under a section of the caller, with
 * the PK's title in its kop; a unit without a PK says so. */
static xmlDocPtr appendix(xmlDocPtr ir)
{
    present p = {0};
    p.ir = ir ? xmlDocGetRootElement(ir) : NULL;
    p.lang = LKJ_LANG_ID;
    p.year = 2025;
    p.doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(p.doc, NULL, BAD_CAST "dokumen", NULL);
    xmlDocSetRootElement(p.doc, root);
    p.ns = xmlNewNs(root, BAD_CAST LKJ_PRESENT_NS, NULL);
    xmlSetNs(root, p.ns);
    xmlNodePtr section = pr_section(&p, root, "lampiran", "lampiran-pk", "Perjanjian Kinerja");
    present_pk_body(&p, section);
    if (p.failed) {
        xmlFreeDoc(p.doc);
        return NULL;
    }
    return p.doc;
}

static void as_appendix(xmlDocPtr dinkes_ir, xmlDocPtr province_ir)
{
    xmlDocPtr doc = appendix(dinkes_ir);
    text_is("pk.appendix.role", doc, "/p:dokumen/p:bagian/@peran", "pk");
    text_is("pk.appendix.kop", doc, "/p:dokumen/p:bagian/p:kotak[1]/p:p[@peran='pk-judul']",
            "PERJANJIAN KINERJA TAHUN 2025");
    text_is("pk.appendix.annex", doc, "/p:dokumen/p:bagian/p:bagian[@id='pk-lampiran']/p:judul",
            "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025");
    tables_are_square("pk.appendix.tables-square", doc, 4);
    xmlFreeDoc(doc);
    doc = appendix(province_ir);
    text_is("pk.appendix.none", doc, "//p:p[@peran='pk-kosong']", "Perjanjian Kinerja tidak terdapat dalam masukan.");
    unit_int("pk.appendix.none-no-tables", number_at(doc, "count(//p:tabel)"), 0);
    xmlFreeDoc(doc);
}

int main(void)
{
    char state[200];
    strcpy(out_dir, "/tmp/lkjip-test-pk.XXXXXX");
    if (!mkdtemp(out_dir)) {
        printf("FAIL pk.setup: no temporary folder\n");
        return 1;
    }
    snprintf(state, sizeof state, "%s.state", out_dir);
    char base[160];
    strcpy(base, out_dir);
    strcat(out_dir, "/out");

    const char *paths[] = {"samples"};
    lkj_run_options o;
    memset(&o, 0, sizeof o);
    o.paths = paths;
    o.path_count = 1;
    o.lang = LKJ_LANG_ID;
    o.quiet = 1;
    o.link = 1; /* build always links (the command line sets it) */
    o.jobs = 1;
    o.no_cache = 1;
    o.out_dir = out_dir;
    o.formats = "ir";
    o.state = state;
    lkj_limits_default(&o.limits);
    unit_int("pk.setup-build", lkj_build_workspace(&o), LKJ_EXIT_OK);

    lkj_diags *d = lkj_diags_new(LKJ_LANG_ID);
    load_allow_directory("stylesheets"); /* the labels, as emit_init allows them */
    unit_int("pk.setup-labels", present_init("stylesheets", d), 0);
    xmlDocPtr dinkes_ir = read_ir("kab-sukamaju/dinkes");
    xmlDocPtr dpupr_ir = read_ir("kab-sukamaju/dpupr");
    xmlDocPtr pemda_ir = read_ir("kab-sukamaju");
    xmlDocPtr province_ir = read_ir("prov-jateng");
    unit_ok("pk.setup-ir", dinkes_ir && dpupr_ir && pemda_ir && province_ir, "an ir.xml is missing");

    english(dinkes_ir);
    as_appendix(dinkes_ir, province_ir);
    dpupr(dpupr_ir);
    pemda(pemda_ir);
    dinkes(dinkes_ir); /* last: it takes a PK target out of the IR */

    xmlFreeDoc(dinkes_ir);
    xmlFreeDoc(dpupr_ir);
    xmlFreeDoc(pemda_ir);
    xmlFreeDoc(province_ir);
    present_cleanup();
    load_allow_directory(NULL);
    lkj_diags_free(d);
    char rm[600];
    snprintf(rm, sizeof rm, "rm -rf '%s' '%s'", base, state);
    if (system(rm) != 0)
        printf("# could not remove %s\n", base);
    return unit_exit();
}

/*
 * test_present_results.c — Bab III of the presented document
 * (present_results.c), read from the samples' own reports: the samples are
 * built to their IR (the year and the third quarter), each unit's IR is
 * presented, and the document's cells are read back by XPath. Then a small
 * IR written here: the unit's narrative with its inline markup, and an IR
 * holding almost nothing.
 */
#include "unit.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lkjip/lkjip.h"
#include "load.h"
#include "present.h"

static char dir[] = "/tmp/lkjip-test-present-results.XXXXXX";

/* The samples built to IR into DIR/NAME (period NULL: the workspace's),
 * as lkjip build does it (lkj_build_workspace sets up and cleans up the
 * library itself). */
static int build_ir(const char *name, const char *period)
{
    char out[256], state[256];
    snprintf(out, sizeof out, "%s/%s", dir, name);
    snprintf(state, sizeof state, "%s/state-%s", dir, name);
    const char *paths[] = {"samples"};
    lkj_run_options o;
    memset(&o, 0, sizeof o);
    o.paths = paths;
    o.path_count = 1;
    o.lang = LKJ_LANG_ID;
    o.quiet = 1;
    o.jobs = 1;
    o.link = 1; /* as lkjip build sets it */
    o.no_cache = 1;
    lkj_limits_default(&o.limits);
    o.out_dir = out;
    o.formats = "ir";
    o.period = period;
    o.state = state;
    return lkj_build_workspace(&o);
}

/* The IR as the build wrote it (read from memory: lkj_init's entity
 * loader opens no file outside the stylesheets). */
static xmlDocPtr read_ir(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0, n;
    char chunk[65536];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + n > cap) {
            cap = (len + n) * 2;
            char *more = realloc(buf, cap);
            if (!more)
                break;
            buf = more;
        }
        memcpy(buf + len, chunk, n);
        len += n;
    }
    fclose(f);
    xmlDocPtr doc = buf ? xmlReadMemory(buf, (int)len, path, NULL, XML_PARSE_NONET) : NULL;
    free(buf);
    return doc;
}

static xmlDocPtr presented(const char *build, const char *unit, lkj_lang lang)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s/%s/ir.xml", dir, build, unit);
    xmlDocPtr ir = read_ir(path);
    xmlDocPtr doc = ir ? present_unit(ir, PRESENT_LKJIP, lang) : NULL;
    xmlFreeDoc(ir);
    return doc;
}

/* The string value of an XPath expression over the document, with the
 * prefix p for the presented document's namespace. */
static char *eval(xmlDocPtr doc, const char *expr)
{
    static char value[2048];
    value[0] = '\0';
    xmlXPathContextPtr ctx = doc ? xmlXPathNewContext(doc) : NULL;
    if (!ctx)
        return value;
    xmlXPathRegisterNs(ctx, BAD_CAST "p", BAD_CAST LKJ_PRESENT_NS);
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlChar *s = r ? xmlXPathCastToString(r) : NULL;
    if (s)
        snprintf(value, sizeof value, "%s", (const char *)s);
    xmlFree(s);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return value;
}

static void has(const char *name, xmlDocPtr doc, const char *expr, const char *want)
{
    unit_str(name, eval(doc, expr), want);
}

/* The row of table TABLE_PATH whose indicator cell (column COL) starts
 * with NAME; then "/p:sel[N]" reads a cell. */
static const char *row_of(char *out, size_t size, const char *section, const char *name)
{
    snprintf(out, size,
             "//p:bagian[@id='%s']/p:tabel[1]/p:isi/p:baris[p:sel[starts-with(normalize-space(), '%s')]]", section,
             name);
    return out;
}

static void annual(void)
{
    xmlDocPtr doc = presented("tahun", "kab-sukamaju/dinkes", LKJ_LANG_ID);
    unit_ok("dinkes presented", doc != NULL, "no document");
    char row[400], expr[2000];
    row_of(row, sizeof row, "sasaran-1-1", "Angka Kematian Ibu");
    snprintf(expr, sizeof expr, "normalize-space(%s/p:sel[3]/text()[1])", row);
    has("AKI target", doc, expr, "95");
    snprintf(expr, sizeof expr, "normalize-space(%s/p:sel[4]/text()[1])", row);
    has("AKI realisasi", doc, expr, "90,53");
    snprintf(expr, sizeof expr, "string(%s/p:sel[4]/p:t[@peran='aturan rasio'])", row);
    has("AKI pooled ratio", doc, expr, "11 / 12.150 × 100.000");
    snprintf(expr, sizeof expr, "string(%s/p:sel[5]/p:t[@peran='persen'])", row);
    has("AKI capaian", doc, expr, "104,70%");
    snprintf(expr, sizeof expr, "string(%s/p:sel[5]/p:t[@peran='aturan'])", row);
    has("AKI rule under the capaian", doc, expr, "negatif (2T−R)/T×100");
    snprintf(expr, sizeof expr, "string(%s/p:sel[6]/p:kategori)", row);
    has("AKI category", doc, expr, "Sangat Tinggi");
    snprintf(expr, sizeof expr, "string(%s/p:sel[6]/p:kategori/@warna)", row);
    has("AKI category colour", doc, expr, "#1a7f37");
    snprintf(expr, sizeof expr, "normalize-space(%s/p:sel[7])", row);
    has("AKI tercapai", doc, expr, "tercapai");
    row_of(row, sizeof row, "sasaran-1-1", "Angka Kematian Bayi");
    snprintf(expr, sizeof expr, "concat(string(%s/p:sel[6]/p:kategori), ' / ', normalize-space(%s/p:sel[7]))", row,
             row);
    has("AKB: Sangat Tinggi and yet missed", doc, expr, "Sangat Tinggi / belum tercapai");
    has("sasaran footer: the roll-up and the count", doc,
        "concat(string(//p:bagian[@id='sasaran-1-1']/p:tabel/p:kaki/p:baris/p:sel[2]/p:t[1]), ' ', "
        "normalize-space(//p:bagian[@id='sasaran-1-1']/p:tabel/p:kaki/p:baris/p:sel[4]))",
        "100,26% 2 dari 3 tercapai");
    has("footer spans the first four columns", doc,
        "string(//p:bagian[@id='sasaran-1-1']/p:tabel/p:kaki/p:baris/p:sel[1]/@rentang-kolom)", "4");
    has("headline says how many met their target", doc,
        "normalize-space(//p:bagian[@id='bab-3-a']/p:kotak/p:p[4])",
        "6 dari 9 indikator sasaran mencapai target, 3 belum tercapai, 0 tidak dapat dihitung.");
    has("headline capaian", doc, "string(//p:bagian[@id='bab-3-a']/p:kotak/p:p[@peran='ringkas-nilai']/p:t[1])",
        "100,72%");
    has("one link to the methodology appendix", doc, "count(//p:tautan[@ref='lampiran-metodologi'])", "1");
    has("no engine setting repeated in Bab III", doc,
        "count(//p:bagian[@id='bab-3']//text()[contains(., 'Cara pembulatan')])",
        "0");
    has("no label missing", doc, "count(//text()[starts-with(., '[')])", "0");

    /* (2): the earlier years present, then this year; the direction against
     * the latest year every indicator has. */
    has("trend years", doc,
        "concat(//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[2]/p:sel[1], ',', "
        "//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[2]/p:sel[4])",
        "2022,2025");
    has("trend header spans", doc,
        "concat(//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[1]/p:sel[1]/@rentang-baris, ',', "
        "//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[1]/p:sel[2]/@rentang-kolom)",
        "2,4");
    has("trend direction header", doc, "string(//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[1]/p:sel[3])",
        "Arah terhadap 2024");
    row_of(row, sizeof row, "sasaran-1-2", "Angka Kematian Ibu");
    snprintf(expr, sizeof expr, "concat(%s/p:sel[2], ' ', %s/p:sel[5], ' ', normalize-space(%s/p:sel[6]))", row, row,
             row);
    has("AKI trend row", doc, expr, "108,4 90,53 ▲ membaik");

    /* (3), (4) */
    row_of(row, sizeof row, "sasaran-1-4", "Angka Kematian Ibu");
    snprintf(expr, sizeof expr, "concat(normalize-space(%s/p:sel[3]/text()[1]), ' ', %s/p:sel[4]/p:t[1])", row, row);
    has("AKI against the national standard", doc, expr, "183 150,53%");
    has("end-of-plan year in the header", doc,
        "string(//p:bagian[@id='sasaran-1-3']/p:tabel/p:kepala/p:baris/p:sel[3])",
        "Target Akhir Periode (2026)");

    /* (6): the efficiency with its inputs and class */
    has("efficiency", doc,
        "concat(//p:bagian[@id='sasaran-1-6']/p:tabel/p:isi/p:baris/p:sel[4]/p:t[1], ' / ', "
        "//p:bagian[@id='sasaran-1-6']/p:tabel/p:isi/p:baris/p:sel[4]/p:t[2])",
        "4,04 poin persen / cukup efisien");

    /* (7): program and kegiatan rows; the indicator table's code and name
     * span a program's indicators. */
    has("budget rows", doc,
        "concat(count(//p:bagian[@id='sasaran-1-7']/p:tabel[1]/p:isi/p:baris[@peran='baris-program']), ',', "
        "count(//p:bagian[@id='sasaran-1-7']/p:tabel[1]/p:isi/p:baris[@peran='baris-kegiatan']))",
        "1,2");
    has("budget row of the program", doc,
        "concat(//p:bagian[@id='sasaran-1-7']/p:tabel[1]/p:isi/p:baris[1]/p:sel[1], ' ', "
        "//p:bagian[@id='sasaran-1-7']/p:tabel[1]/p:isi/p:baris[1]/p:sel[3], ' ', "
        "//p:bagian[@id='sasaran-1-7']/p:tabel[1]/p:isi/p:baris[1]/p:sel[5])",
        "1.02.02 Rp12.150.000.000 95,99%");
    const char *ind = "//p:bagian[@id='sasaran-1-7']/p:tabel[2]/p:isi";
    snprintf(expr, sizeof expr,
             "concat(%s/p:baris[1]/p:sel[1], ':', %s/p:baris[1]/p:sel[1]/@rentang-baris, ':', "
             "%s/p:baris[1]/p:sel[2]/@rentang-baris, ':', count(%s/p:baris[2]/p:sel), ':', count(%s/p:baris[1]/p:sel))",
             ind, ind, ind, ind, ind);
    has("program indicators: code and name span two rows", doc, expr, "1.02.02:2:2:6:8");
    snprintf(expr, sizeof expr, "concat(%s/p:baris[3]/p:sel[1], ':', count(%s/p:baris[3]/p:sel[@rentang-baris]))", ind,
             ind);
    has("a kegiatan with one indicator spans nothing", doc, expr, "1.02.02.2.01:0");

    /* B: every program with its total in rupiah */
    has("budget total", doc,
        "concat(//p:bagian[@id='bab-3-b']/p:tabel/p:kaki/p:baris/p:sel[2], ' ', "
        "//p:bagian[@id='bab-3-b']/p:tabel/p:kaki/p:baris/p:sel[3], ' ', "
        "//p:bagian[@id='bab-3-b']/p:tabel/p:kaki/p:baris/p:sel[4])",
        "Rp15.004.500.000 Rp14.339.718.000 95,57%");
    has("budget total spans code and name", doc,
        "string(//p:bagian[@id='bab-3-b']/p:tabel/p:kaki/p:baris/p:sel[1]/@rentang-kolom)", "2");
    has("the unit's narrative, as paragraphs and a list", doc,
        "concat(count(//p:bagian[@id='bab-3']/p:kotak[@peran='narasi']/p:p), ',', "
        "count(//p:bagian[@id='bab-3']/p:kotak[@peran='narasi']/p:daftar[@jenis='ul']/p:butir))",
        "2,3");
    xmlFreeDoc(doc);

    doc = presented("tahun", "kab-sukamaju/dpupr", LKJ_LANG_ID);
    row_of(row, sizeof row, "sasaran-1-1", "Persentase Panjang Jalan");
    snprintf(expr, sizeof expr, "string(%s/p:sel[3]/p:t[@peran='aturan'])", row);
    has("several PK versions: the target names its version", doc, expr, "target tahunan · target PK versi 2");
    xmlFreeDoc(doc);
}

static void pemda(void)
{
    xmlDocPtr doc = presented("tahun", "kab-sukamaju", LKJ_LANG_ID);
    unit_ok("pemda presented", doc != NULL, "no document");
    /* (7) of a pemda's sasaran: the supporting units, a unit's sasaran under
     * one number and name. */
    const char *t = "//p:bagian[@id='sasaran-1-7']/p:tabel/p:isi";
    char expr[2000];
    snprintf(expr, sizeof expr,
             "concat(%s/p:baris[2]/p:sel[1], ':', %s/p:baris[2]/p:sel[1]/@rentang-baris, ':', "
             "%s/p:baris[2]/p:sel[2]/@rentang-baris, ':', count(%s/p:baris[3]/p:sel), ':', "
             "normalize-space(%s/p:baris[4]))",
             t, t, t, t, t);
    has("supporters: Disdikbud spans its three sasaran", doc, expr,
        "2:3:3:1:Meningkatnya pelestarian objek pemajuan kebudayaan dan kesenian tradisional DISDIK-S3");
    has("pemda efficiency: the supporting units' capaian and serapan", doc,
        "concat(//p:bagian[@id='sasaran-1-6']/p:tabel/p:isi/p:baris[1]/p:sel[3], ' ', "
        "//p:bagian[@id='sasaran-1-6']/p:tabel/p:isi/p:baris[1]/p:sel[5])",
        "100,72% 95,57%");
    has("crosscutting: Bappeda behind sasaran 3", doc,
        "normalize-space(//p:bagian[@id='crosscutting']//p:isi/p:baris[p:sel[1] = 'Badan Perencanaan Pembangunan "
        "Daerah Kabupaten Sukamaju']/p:sel[4])",
        "● BAPPEDA-S2");
    has("crosscutting: units per sasaran", doc,
        "string(//p:bagian[@id='crosscutting']//p:kaki/p:baris/p:sel[4])", "3");
    has("pemda budget by OPD, with the pemda's total", doc,
        "concat(count(//p:bagian[@id='bab-3-b']/p:tabel/p:isi/p:baris), ' ', "
        "//p:bagian[@id='bab-3-b']/p:tabel/p:kaki/p:baris/p:sel[2])",
        "6 Rp65.331.500.000");
    xmlFreeDoc(doc);

    doc = presented("tahun", "prov-jateng", LKJ_LANG_ID);
    has("a provinsi has no OPD budget of its own in the inputs", doc,
        "string(//p:bagian[@id='bab-3-b']/p:p[@peran='kosong'])",
        "Pemerintah daerah tidak memiliki program sendiri dalam masukan: realisasi anggaran dilaporkan per program "
        "dalam LKjIP perangkat daerah.");
    xmlFreeDoc(doc);
}

static void quarter(void)
{
    xmlDocPtr doc = presented("tw3", "kab-sukamaju/dinkes", LKJ_LANG_ID);
    unit_ok("quarter presented", doc != NULL, "no document");
    char row[400], expr[2000];
    row_of(row, sizeof row, "sasaran-1-1", "Angka Kematian Ibu");
    snprintf(expr, sizeof expr, "concat(%s/p:sel[3], ' | ', %s/p:sel[5], ' | ', %s/p:sel[7])", row, row, row);
    has("AKI in Q3: the annual target as a reference, no capaian, why", doc, expr,
        "– target tahun 2025: 95 | – | tidak dapat dihitung target untuk periode ini tidak ada");
    snprintf(expr, sizeof expr, "normalize-space(%s/p:sel[4]/text()[1])", row);
    has("AKI realisasi to date", doc, expr, "87,75");
    row_of(row, sizeof row, "sasaran-1-1", "Persentase Persalinan");
    snprintf(expr, sizeof expr, "concat(%s/p:sel[5]/p:t[1], ' ', %s/p:sel[7])", row, row);
    has("a quarterly target is measured", doc, expr, "100,64% tercapai");
    has("headline counts the indicators not computed", doc, "normalize-space(//p:bagian[@id='bab-3-a']/p:kotak/p:p[4])",
        "2 dari 9 indikator sasaran mencapai target, 0 belum tercapai, 7 tidak dapat dihitung.");
    has("headline names the quarter", doc, "string(//p:bagian[@id='bab-3-a']/p:kotak/p:p[1])",
        "Capaian kinerja organisasi, Triwulan III Tahun 2025");
    has("(1) names the quarter", doc, "normalize-space(//p:bagian[@id='sasaran-1-1']/p:judul)",
        "(1) Perbandingan target dan realisasi Triwulan III Tahun 2025");
    has("the comparison names the quarter", doc,
        "string(//p:bagian[@id='sasaran-1-3']/p:tabel/p:kepala/p:baris/p:sel[2])",
        "Realisasi Triwulan III Tahun 2025");
    has("no annual narrative in a quarter", doc, "count(//p:kotak[@peran='narasi'] | //p:kotak[@peran='analisis'])",
        "0");
    row_of(row, sizeof row, "sasaran-3-2", "Jumlah Penduduk Miskin");
    snprintf(expr, sizeof expr, "normalize-space(%s/p:sel[6])", row);
    has("a sum to date has no direction against a whole year", doc, expr,
        "– jumlah s.d. periode ini tidak sebanding dengan jumlah setahun penuh");
    xmlFreeDoc(doc);
}

static void english(void)
{
    xmlDocPtr doc = presented("tahun", "kab-sukamaju/dinkes", LKJ_LANG_EN);
    char row[400], expr[2000];
    row_of(row, sizeof row, "sasaran-1-1", "Angka Kematian Ibu");
    snprintf(expr, sizeof expr, "concat(%s/p:sel[5]/p:t[1], ' ', %s/p:sel[6], ' ', %s/p:sel[7])", row, row, row);
    has("English: figures the Indonesian way, words in English", doc, expr, "104,70% Very High met");
    has("English headline", doc, "normalize-space(//p:bagian[@id='bab-3-a']/p:kotak/p:p[4])",
        "6 of 9 sasaran indicators met their target, 3 did not, 0 could not be computed.");
    has("English: no label missing", doc, "count(//text()[starts-with(., '[')])", "0");
    xmlFreeDoc(doc);
}

/* A hand-written IR: the narrative's inline markup, white space folded,
 * and a report holding almost nothing. */
static void small_ir(void)
{
    static const char ir[] =
        "<laporan xmlns='urn:lkjip:report:1' jenis='opd'>"
        "<periode tahun='2025' jenis='tahun' bulan-akhir='12'/>"
        "<capaian status='tanpa-masukan' alasan='tidak ada capaian yang dapat dihitung' dihitung='0' dilewati='1'/>"
        "<tujuan id='T1'><uraian>Tujuan</uraian>"
        "<sasaran id='S1'><uraian>  Sasaran\n   satu </uraian>"
        "<capaian status='tanpa-masukan' alasan='tidak ada capaian yang dapat dihitung' dihitung='0' dilewati='1'/>"
        "<indikator id='I1'><nama>Indikator</nama><satuan>persen</satuan>"
        "<realisasi status='tanpa-realisasi' alasan='realisasi belum ada'/>"
        "<target-periode status='ok' aturan='target tahunan' nilai='80'/>"
        "<capaian status='tanpa-realisasi' alasan='realisasi belum ada'/></indikator>"
        "<indikator id='I2' komponen-dari='I1'><nama>Komponen</nama><satuan>tahun</satuan>"
        "<realisasi-lalu tahun='2018' nilai='1'/><realisasi-lalu tahun='2019' nilai='2'/>"
        "<realisasi-lalu tahun='2020' nilai='3'/><realisasi-lalu tahun='2021' nilai='4'/>"
        "<realisasi-lalu tahun='2022' nilai='5'/><realisasi-lalu tahun='2023' nilai='6'/>"
        "<realisasi-lalu tahun='2024' nilai='7.5'/>"
        "<realisasi status='ok' aturan='agregasi terakhir' nilai='8' tampil='8'/>"
        "<target-periode status='tanpa-target' alasan='target untuk periode ini tidak ada'/>"
        "<capaian status='komponen' alasan='komponen indikator komposit tanpa target sendiri'/>"
        "<tren tahun='2023' status='ok' arah='membaik'/><tren tahun='2024' status='ok' arah='membaik'/>"
        "</indikator>"
        "<analisis jenis='penyebab'>\n  <p>\n  Teks <b>tebal <i>miring</i></b>\n   dan   akhir. </p>\n"
        "  <ol><li> satu </li><li>dua</li></ol>\n</analisis>"
        "</sasaran></tujuan></laporan>";
    xmlDocPtr in = xmlReadMemory(ir, (int)sizeof ir - 1, "small.xml", NULL, XML_PARSE_NONET);
    xmlDocPtr doc = in ? present_unit(in, PRESENT_LKJIP, LKJ_LANG_ID) : NULL;
    unit_ok("a small IR is presented", doc != NULL, "no document");
    const char *para = "//p:bagian[@id='sasaran-1-5']//p:kotak[@peran='narasi']/p:p";
    char expr[400];
    snprintf(expr, sizeof expr, "concat('[', %s, ']')", para);
    has("narrative text folded and trimmed", doc, expr, "[Teks tebal miring dan akhir.]");
    snprintf(expr, sizeof expr, "concat(%s/p:b/text(), '|', %s/p:b/p:i)", para, para);
    has("narrative bold and italic", doc, expr, "tebal |miring");
    has("narrative numbered list", doc,
        "concat(//p:kotak[@peran='narasi']/p:daftar/@jenis, ':[', //p:kotak[@peran='narasi']/p:daftar/p:butir[1], ']')",
        "ol:[satu]");
    has("sasaran heading folded", doc, "string(//p:bagian[@id='sasaran-1']/p:judul)", "Sasaran 1: Sasaran satu");
    has("missing realisasi: said once, beside the capaian", doc,
        "concat(//p:bagian[@id='sasaran-1-1']/p:tabel/p:isi/p:baris/p:sel[4], ' | ', "
        "//p:bagian[@id='sasaran-1-1']/p:tabel/p:isi/p:baris/p:sel[7])",
        "– | tidak dapat dihitung realisasi belum ada");
    has("a component asks nothing: no target, no capaian, no verdict", doc,
        "concat(//p:bagian[@id='sasaran-1-1']/p:tabel/p:isi/p:baris[2]/p:sel[3], ' | ', "
        "//p:bagian[@id='sasaran-1-1']/p:tabel/p:isi/p:baris[2]/p:sel[5], ' | ', "
        "//p:bagian[@id='sasaran-1-1']/p:tabel/p:isi/p:baris[2]/p:sel[7])",
        "– | komponen indikator komposit dipakai dalam rumus I1; tanpa target sendiri, capaiannya tidak diukur | –");
    has("the trend shows the five latest earlier years", doc,
        "concat(count(//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[2]/p:sel), ':', "
        "//p:bagian[@id='sasaran-1-2']/p:tabel/p:kepala/p:baris[2]/p:sel[1], ':', "
        "//p:bagian[@id='sasaran-1-2']/p:tabel/p:isi/p:baris[2]/p:sel[6], ':', "
        "//p:bagian[@id='sasaran-1-2']/p:tabel/p:isi/p:baris[1]/p:sel[2])",
        "6:2020:7,5:–");
    has("headline with nothing computed", doc, "normalize-space(//p:bagian[@id='bab-3-a']/p:kotak/p:p[4])",
        "0 dari 1 indikator sasaran mencapai target, 0 belum tercapai, 1 tidak dapat dihitung.");
    has("no budget: the unit's own figures", doc, "string(//p:bagian[@id='bab-3-b']/p:tabel/p:isi/p:baris[1]/p:sel[2])",
        "–");
    xmlFreeDoc(doc);
    xmlFreeDoc(in);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("FAIL present-results.setup: no temporary folder\n");
        return 1;
    }
    unit_int("samples built for the year", build_ir("tahun", NULL), LKJ_EXIT_OK);
    unit_int("samples built for Q3", build_ir("tw3", "2025-Q3"), LKJ_EXIT_OK);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_ID);
    load_allow_directory("stylesheets"); /* as emit_init does for a build */
    unit_int("labels load", present_init("stylesheets", d), 0);
    annual();
    pemda();
    quarter();
    english();
    small_ir();
    present_cleanup();
    load_allow_directory(NULL);
    lkj_diags_free(d);
    xmlCleanupParser();
    char rm[400];
    snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
    if (system(rm) != 0)
        printf("# could not remove %s\n", dir);
    return unit_exit();
}

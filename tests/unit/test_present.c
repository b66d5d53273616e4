/*
 * test_present.c — the presented LKjIP of the samples (present_chapters.c):
 * the samples are built to their IR with the library (a year and the third
 * quarter), each IR is presented, and the values a reader sees are checked
 * in the document: the Ikhtisar's headline, how it was made and how many
 * indicators met their target, the Renstra table's spans and years, the
 * quarter's period and its missing narrative and date, the crosscutting
 * matrix of the pemda, the methodology appendix, English, and that every
 * link and every entry of the Daftar Isi leads somewhere. Then the shared
 * helpers: the narrative blocks and the "tercapai" rule. Last, out of
 * memory: libxml2's allocations fail one at a time (a sample of them), and
 * each time the stage returns no document or the very same document.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include "unit.h"

#include <ftw.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lkjip/lkjip.h"
#include "present.h"

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

/* The samples built to their IR in dir (period NULL: the year). */
static int build_ir(const char *dir, const char *period)
{
    static const char *const paths[] = {"samples/"};
    char out[256], state[256];
    snprintf(out, sizeof out, "%s/out", dir);
    snprintf(state, sizeof state, "%s/state", dir);
    lkj_run_options o;
    memset(&o, 0, sizeof o);
    o.paths = paths;
    o.path_count = 1;
    o.lang = LKJ_LANG_ID;
    o.quiet = 1;
    o.jobs = 1;
    o.no_cache = 1;
    o.out_dir = out;
    o.state = state;
    o.link = 1; /* as the command line sets it for build */
    o.formats = "ir";
    o.period = period;
    lkj_limits_default(&o.limits);
    return lkj_build_workspace(&o);
}

/* The presented LKjIP of one unit's IR (dir/out/unit/ir.xml). */
static xmlDocPtr presented(const char *dir, const char *unit, lkj_lang lang)
{
    char path[512];
    snprintf(path, sizeof path, "%s/out/%s/ir.xml", dir, unit);
    xmlDocPtr ir = xmlReadFile(path, NULL, XML_PARSE_NONET);
    xmlDocPtr doc = ir ? present_unit(ir, PRESENT_LKJIP, lang) : NULL;
    xmlFreeDoc(ir);
    return doc;
}

/* The string value of an XPath expression (p: the presented document's
 * namespace), folded like normalize-space; "" when it selects nothing. */
static char *value(xmlDocPtr doc, const char *expr, char *out, size_t size)
{
    out[0] = '\0';
    xmlXPathContextPtr ctx = doc ? xmlXPathNewContext(doc) : NULL;
    if (!ctx)
        return out;
    xmlXPathRegisterNs(ctx, BAD_CAST "p", BAD_CAST LKJ_PRESENT_NS);
    char wrapped[1024];
    snprintf(wrapped, sizeof wrapped, "normalize-space(%s)", expr);
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST wrapped, ctx);
    if (r && r->type == XPATH_STRING && r->stringval)
        snprintf(out, size, "%s", (const char *)r->stringval);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return out;
}

static void says(const char *name, xmlDocPtr doc, const char *expr, const char *want)
{
    char got[2048];
    unit_str(name, value(doc, expr, got, sizeof got), want);
}

static void contains(const char *name, xmlDocPtr doc, const char *expr, const char *part)
{
    char got[2048], why[2400];
    value(doc, expr, got, sizeof got);
    snprintf(why, sizeof why, "\"%.1000s\" lacks \"%s\"", got, part);
    unit_ok(name, strstr(got, part) != NULL, why);
}

static long number(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = doc ? xmlXPathNewContext(doc) : NULL;
    if (!ctx)
        return -1;
    xmlXPathRegisterNs(ctx, BAD_CAST "p", BAD_CAST LKJ_PRESENT_NS);
    xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    long n = r && r->type == XPATH_NUMBER ? (long)r->floatval : -1;
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return n;
}

/* Every link and every entry of the Daftar Isi names an anchor that
 * exists, and no two anchors share an id. */
static void anchors_hold(const char *name, xmlDocPtr doc)
{
    char n[160];
    snprintf(n, sizeof n, "%s.links-lead-somewhere", name);
    unit_int(n, number(doc, "count(//p:tautan[not(@ref = //p:*/@id)])"), 0);
    snprintf(n, sizeof n, "%s.toc-leads-somewhere", name);
    unit_int(n, number(doc, "count(//p:entri[not(@ref = //p:bagian/@id)])"), 0);
    snprintf(n, sizeof n, "%s.ids-unique", name);
    unit_int(n, number(doc, "count(//p:*[@id = preceding::p:*/@id or @id = ancestor::p:*/@id])"), 0);
}

/* The document is valid against schemas/present.xsd. */
static void validates(const char *name, xmlDocPtr doc)
{
    char n[160], why[600] = "";
    snprintf(n, sizeof n, "%s.valid", name);
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt("schemas/present.xsd");
    xmlSchemaPtr schema = pc ? xmlSchemaParse(pc) : NULL;
    xmlSchemaValidCtxtPtr vc = schema ? xmlSchemaNewValidCtxt(schema) : NULL;
    int rc = vc && doc ? xmlSchemaValidateDoc(vc, doc) : -1;
    if (rc != 0) {
        const xmlError *e = xmlGetLastError();
        snprintf(why, sizeof why, "%s", e && e->message ? e->message : "no schema or no document");
    }
    unit_ok(n, rc == 0, why);
    xmlSchemaFreeValidCtxt(vc);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(pc);
}

/* The drawings' elements: how many, and how many with a prefix (an HTML5
 * copy of "svg:svg" is not drawn by any browser). */
static void count_svg(const xmlNode *n, long *all, long *prefixed)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (c->ns && xmlStrEqual(c->ns->href, BAD_CAST LKJ_SVG_NS)) {
            (*all)++;
            *prefixed += c->ns->prefix != NULL;
        }
        count_svg(c, all, prefixed);
    }
}

static void drawings_unprefixed(const char *name, xmlDocPtr doc)
{
    long all = 0, prefixed = 0;
    char n[160];
    if (doc)
        count_svg((const xmlNode *)doc, &all, &prefixed);
    snprintf(n, sizeof n, "%s.svg-drawn", name);
    unit_ok(n, all > 100, "too few SVG elements: the pohon kinerja and the charts are missing");
    snprintf(n, sizeof n, "%s.svg-default-namespace", name);
    unit_int(n, prefixed, 0);
}

static void dinkes_year(xmlDocPtr d)
{
    says("dinkes.title", d, "/p:dokumen/p:judul", "LKjIP Dinas Kesehatan Kabupaten Sukamaju Tahun 2025");
    says("dinkes.cover-date", d, "//p:sampul/p:baris[@peran='tanggal']", "Sukamaju, 27 Februari 2026");
    says("dinkes.ikhtisar-is-preface", d, "//p:bagian[@id='ikhtisar']/@jenis", "pengantar");
    says("dinkes.headline", d, "//p:kotak[@peran='kotak ringkas']/p:p[@peran='ringkas-nilai']",
         "100,72% Sangat Tinggi");
    says("dinkes.headline-rule", d, "//p:kotak[@peran='kotak ringkas']/p:p[@peran='sub']",
         "Cara menghitung: rata-rata capaian 3 sasaran (Sasaran 1: 100,26%; Sasaran 2: 99,70%; Sasaran 3: 102,20%).");
    says("dinkes.targets-met", d, "//p:p[@peran='ringkas-tercapai']",
         "Tahun 2025: 6 dari 9 indikator sasaran mencapai target, 3 belum mencapai target.");
    says("dinkes.budget", d, "//p:p[@peran='ringkas-anggaran']",
         "Serapan: 95,57% (Rp14.339.718.000 / Rp15.004.500.000)");
    /* The summary table: a sasaran spans its three indicators; AKB missed. */
    says("dinkes.summary.sasaran-span", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[1]/p:sel[@peran='sel-sasaran']/@rentang-baris", "3");
    says("dinkes.summary.aki", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[p:sel[starts-with(., 'Angka Kematian Ibu')]]/p:sel[6]", "104,70%");
    says("dinkes.summary.akb-missed", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[p:sel[starts-with(., 'Angka Kematian Bayi')]]/p:sel[last()]",
         "belum tercapai");
    says("dinkes.summary.target-with-unit", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[p:sel[starts-with(., 'Angka Kematian Ibu')]]/p:sel[4]",
         "95 per 100.000 kelahiran hidup");
    says("dinkes.summary.total", d, "//p:tabel[@peran='data ikhtisar']/p:kaki//p:sel[2]", "100,72%");
    says("dinkes.spread.ST", d, "//p:tabel[@peran='data sebaran']//p:baris[p:sel/p:kategori/@kode='ST']/p:sel[2]", "9");
    says("dinkes.spread.total", d, "//p:tabel[@peran='data sebaran']/p:kaki//p:sel[2]", "9");
    /* Bab II A: the Renstra with every year of the plan, this year marked. */
    says("dinkes.renstra.heading", d, "//p:bagian[@id='bab-2-a']/p:judul",
         "A. Rencana Jangka Menengah: Renstra 2021–2026");
    says("dinkes.renstra.indikator-spans-two-rows", d,
         "//p:bagian[@id='bab-2-a']//p:kepala/p:baris[1]/p:sel[1]/@rentang-baris", "2");
    says("dinkes.renstra.years-span", d,
         "//p:bagian[@id='bab-2-a']//p:kepala/p:baris[1]/p:sel[4]/@rentang-kolom", "6");
    says("dinkes.renstra.this-year", d, "//p:bagian[@id='bab-2-a']//p:kepala/p:baris[2]/p:sel[@peran='angka kini']",
         "2025");
    says("dinkes.renstra.aki-2025", d,
         "//p:bagian[@id='bab-2-a']//p:baris[p:sel[starts-with(., 'Angka Kematian Ibu')]]/p:sel[@peran='angka kini']",
         "95");
    says("dinkes.renstra.baseline", d,
         "//p:bagian[@id='bab-2-a']//p:baris[p:sel[starts-with(., 'Angka Kematian Ibu')]]/p:sel[3]", "112,5 (2020)");
    says("dinkes.renstra.sasaran-row", d, "//p:bagian[@id='bab-2-a']//p:baris[@peran='baris-sasaran'][2]/p:sel",
         "Sasaran 2: Menurunnya prevalensi stunting dan beban penyakit menular");
    /* Bab II B: the PK in force, its targets with the quarters. */
    says("dinkes.pk.in-force", d, "//p:bagian[@id='bab-2-b']/p:p[1]",
         "Perjanjian Kinerja yang berlaku adalah versi 1 (PK awal), ditandatangani pada 6 Januari 2025.");
    says("dinkes.pk.uhc-q3", d,
         "//p:bagian[@id='bab-2-b']//p:baris[p:sel[starts-with(., 'Persentase Penduduk yang Menjadi')]]/p:sel[last()-1]",
         "97,7");
    says("dinkes.keselarasan", d, "//p:bagian[@id='bab-2-c']//p:isi/p:baris[1]/p:sel[3]",
         "Meningkatnya derajat kesehatan masyarakat KAB-S2 · kab-sukamaju");
    /* Bab IV and the appendices. */
    contains("dinkes.penutup.summary", d, "//p:bagian[@id='bab-4']/p:p[@peran='kesimpulan']",
             "Capaian kinerja organisasi: 100,72% (Sangat Tinggi). Tahun 2025: 6 dari 9");
    says("dinkes.signature.nip", d, "//p:bagian[@id='bab-4']/p:ttd/p:baris[@peran='nip']", "NIP. 197503122002122003");
    says("dinkes.appendix-order", d,
         "concat(//p:bagian[@jenis='lampiran'][1]/@id, ' ', //p:bagian[@jenis='lampiran'][2]/@id, ' ', "
         "//p:bagian[@jenis='lampiran'][3]/@id)",
         "lampiran-pk lampiran-pohon lampiran-metodologi");
    says("dinkes.method.rounding", d,
         "//p:bagian[@id='lampiran-metodologi']//p:baris[p:sel[1]='Cara pembulatan']/p:sel[2]", "setengah menjauhi nol");
    says("dinkes.method.zero-target", d,
         "//p:bagian[@id='lampiran-metodologi']//p:baris[p:sel[1]='Target nol']/p:sel[2]",
         "standar (T = 0 dan R = 0 pada indikator negatif: 100%)");
    says("dinkes.method.own-policy", d,
         "//p:tabel[@peran='data info kecil kebijakan-indikator']//p:baris[p:sel[1]='Prevalensi Balita Stunting']/p:sel[2]",
         "Rumus indikator negatif: T/R × 100");
    validates("dinkes", d);
    drawings_unprefixed("dinkes", d);
    says("dinkes.method.formula-count", d,
         "//p:bagian[@id='lampiran-metodologi']//p:baris[p:sel[.='negatif (2T−R)/T×100']]/p:sel[last()]", "2");
    says("dinkes.toc.heading", d, "//p:daftar-isi/p:judul", "Daftar Isi");
    says("dinkes.toc.first", d, "//p:daftar-isi/p:entri[1]", "Ikhtisar Eksekutif");
    says("dinkes.toc.sasaran", d, "//p:daftar-isi/p:entri[@ref='sasaran-2'][@tingkat='3']",
         "Sasaran 2: Menurunnya prevalensi stunting dan beban penyakit menular");
    unit_int("dinkes.toc.no-tujuan-nor-analysis", number(d, "count(//p:daftar-isi/p:entri[@tingkat='3'])"), 3);
    says("dinkes.summary.links-to-sasaran", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[1]/p:sel[@peran='sel-sasaran']/p:tautan/@ref", "sasaran-1");
    says("dinkes.toc.bab-1-section", d, "//p:daftar-isi/p:entri[@ref='bab-1-organisasi']/@tingkat", "2");
    unit_int("dinkes.toc.not-visi", number(d, "count(//p:daftar-isi/p:entri[@ref='bab-1-visi'])"), 0);
    unit_int("dinkes.toc.not-appendix-sections", number(d, "count(//p:daftar-isi/p:entri[starts-with(@ref, 'metodologi-')])"), 0);
    says("dinkes.chapters-are-pages", d, "//p:bagian[@id='bab-2']/@peran", "bab");
    says("dinkes.pk-appendix-role", d, "//p:bagian[@id='lampiran-pk']/@peran", "bab pk");
    says("dinkes.columns-aligned", d, "count(//p:tabel[@peran='data ikhtisar']/p:kolom[@rata='kanan'])", "3");
    says("dinkes.toc.section", d, "//p:daftar-isi/p:entri[@ref='bab-2-b']/@tingkat", "2");
    unit_int("dinkes.no-missing-label", number(d, "count(//text()[contains(., '[') and contains(., ']')])"), 0);
    anchors_hold("dinkes", d);
}

static void dinkes_quarter(xmlDocPtr d)
{
    says("q3.title", d, "/p:dokumen/p:judul", "LKjIP Dinas Kesehatan Kabupaten Sukamaju Triwulan III Tahun 2025");
    says("q3.headline", d, "//p:kotak[@peran='kotak ringkas']/p:p[@peran='ringkas-judul']",
         "Capaian kinerja Dinas Kesehatan Kabupaten Sukamaju, Triwulan III Tahun 2025");
    says("q3.targets-met", d, "//p:p[@peran='ringkas-tercapai']",
         "Triwulan III Tahun 2025: 2 dari 9 indikator sasaran mencapai target, 0 belum mencapai target, dan 7 tidak "
         "dapat dihitung.");
    says("q3.spread.not-computed", d,
         "//p:tabel[@peran='data sebaran']//p:baris[p:sel/p:t[@peran='tidak-dihitung']]/p:sel[2]", "7");
    says("q3.summary.reason", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[p:sel[starts-with(., 'Angka Kematian Ibu')]]/p:sel[6]",
         "tidak dihitung target untuk periode ini tidak ada");
    unit_int("q3.no-annual-narrative", number(d, "count(//p:kotak[@peran='narasi'])"), 0);
    says("q3.says-why", d, "//p:bagian[@id='ikhtisar']/p:p[@peran='kosong']",
         "Narasi unit ditulis untuk laporan tahunan dan tidak dimuat dalam laporan Triwulan III Tahun 2025.");
    unit_int("q3.no-annual-date", number(d, "count(//text()[contains(., '27 Februari 2026')])"), 0);
    says("q3.cover-place-only", d, "//p:sampul/p:baris[@peran='tanggal']", "Sukamaju");
    says("q3.signature-place-only", d, "//p:ttd/p:baris[@peran='tempat']", "Sukamaju");
    says("q3.method.not-computed", d,
         "//p:bagian[@id='lampiran-metodologi']//p:baris[p:sel/p:t[@peran='alasan']]/p:sel[last()]", "41");
    anchors_hold("q3", d);
    validates("q3", d);
}

static void dinkes_english(xmlDocPtr d)
{
    says("en.title", d, "/p:dokumen/p:judul", "LKjIP Dinas Kesehatan Kabupaten Sukamaju Year 2025");
    says("en.language", d, "/p:dokumen/@bahasa", "en");
    says("en.targets-met", d, "//p:p[@peran='ringkas-tercapai']",
         "Year 2025: 6 of 9 objective indicators met their target, 3 did not.");
    says("en.numbers-stay-indonesian", d, "//p:kotak[@peran='kotak ringkas']/p:p[@peran='ringkas-nilai']",
         "100,72% Very High");
    says("en.missed", d,
         "//p:tabel[@peran='data ikhtisar']//p:baris[p:sel[starts-with(., 'Angka Kematian Bayi')]]/p:sel[last()]",
         "not met");
    validates("en", d);
    says("en.methodology", d, "//p:bagian[@id='lampiran-metodologi']/p:judul",
         "Appendix: Performance Measurement Methodology");
    unit_int("en.no-missing-label", number(d, "count(//text()[contains(., '[') and contains(., ']')])"), 0);
}

static void pemda_year(xmlDocPtr d)
{
    says("pemda.cover-title", d, "//p:sampul/p:baris[@peran='jenis']",
         "Laporan Kinerja Instansi Pemerintah Kabupaten Sukamaju Tahun 2025");
    says("pemda.headline-rule", d, "//p:kotak[@peran='kotak ringkas']/p:p[@peran='sub']",
         "Cara menghitung: rata-rata capaian 8 sasaran (Sasaran 1: 100,13%; Sasaran 2: 100,06%; Sasaran 3: 98,85%; "
         "Sasaran 4: 100,82%; Sasaran 5: 99,38%; Sasaran 6: 99,64%; Sasaran 7: 91,67%; Sasaran 8: 98,94%).");
    says("pemda.targets-met", d, "//p:p[@peran='ringkas-tercapai']",
         "Tahun 2025: 12 dari 21 indikator sasaran mencapai target, 9 belum mencapai target.");
    says("pemda.renstra.plan", d, "//p:bagian[@id='bab-2-a']/p:judul", "A. Rencana Jangka Menengah: RPJMD 2021–2026");
    says("pemda.toc.crosscutting", d, "//p:daftar-isi/p:entri[@ref='crosscutting']/@tingkat", "3");
    unit_int("pemda.crosscutting-once", number(d, "count(//p:*[@id='crosscutting'])"), 1);
    unit_int("pemda.crosscutting-not-in-bab-2", number(d, "count(//p:bagian[@id='bab-2']//p:*[@id='crosscutting'])"), 0);
    says("pemda.keselarasan.supported", d,
         "//p:bagian[@id='bab-2-c']//p:isi/p:baris[1]/p:sel[4]/p:t[1]",
         "Menurunnya prevalensi stunting dan beban penyakit menular Dinas Kesehatan Kabupaten Sukamaju");
    says("pemda.supported-by", d, "//p:bagian[@id='bab-2-c']//p:kepala//p:sel[4]", "Didukung oleh");
    anchors_hold("pemda", d);
    validates("pemda", d);
}

/* pr_narrative: blocks, inline b and i, white space as a browser folds it. */
static void narrative(void)
{
    const char *ir = "<narasi xmlns='urn:lkjip:report:1' bab='pendahuluan'>\n"
                     "  <p>Dinas   Kesehatan dibentuk dengan <i>Peraturan\n   Daerah</i> dan membina "
                     "<b>25 <i>Puskesmas</i></b>. </p>\n"
                     "  <ol><li> satu </li><li>dua</li></ol><ul/>\n"
                     "</narasi>";
    xmlDocPtr in = xmlReadMemory(ir, (int)strlen(ir), NULL, NULL, XML_PARSE_NONET);
    present p;
    memset(&p, 0, sizeof p);
    p.doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(p.doc, NULL, BAD_CAST "dokumen", NULL);
    xmlDocSetRootElement(p.doc, root);
    p.ns = xmlNewNs(root, BAD_CAST LKJ_PRESENT_NS, NULL);
    xmlSetNs(root, p.ns);
    pr_narrative(&p, root, xmlDocGetRootElement(in));
    unit_int("narrative.no-failure", p.failed, 0);
    says("narrative.paragraph", p.doc, "/p:dokumen/p:p",
         "Dinas Kesehatan dibentuk dengan Peraturan Daerah dan membina 25 Puskesmas.");
    says("narrative.paragraph-trimmed", p.doc, "concat('[', /p:dokumen/p:p/text()[1], ']')",
         "[Dinas Kesehatan dibentuk dengan ]");
    says("narrative.italic", p.doc, "/p:dokumen/p:p/p:i", "Peraturan Daerah");
    says("narrative.nested", p.doc, "/p:dokumen/p:p/p:b/p:i", "Puskesmas");
    says("narrative.list", p.doc, "concat(/p:dokumen/p:daftar/@jenis, ':', /p:dokumen/p:daftar/p:butir[1], '|')",
         "ol:satu|");
    unit_int("narrative.empty-list-dropped", number(p.doc, "count(/p:dokumen/p:daftar)"), 1);
    xmlFreeDoc(p.doc);
    xmlFreeDoc(in);
}

/* pr_target_status: judged on the figure as shown. */
static void target_status(void)
{
    const char *ir = "<x xmlns='urn:lkjip:report:1'>"
                     "<capaian status='ok' nilai='99.996' tampil='100.00'/>"
                     "<capaian status='ok' nilai='99.994' tampil='99.99'/>"
                     "<capaian status='ok' nilai='104.7'/>"
                     "<capaian status='komponen'/>"
                     "<capaian status='tanpa-target' alasan='target untuk periode ini tidak ada'/>"
                     "</x>";
    xmlDocPtr in = xmlReadMemory(ir, (int)strlen(ir), NULL, NULL, XML_PARSE_NONET);
    const xmlNode *c = ir_child(xmlDocGetRootElement(in), "capaian");
    unit_int("target.shown-100-is-met", pr_target_status(c), PR_TARGET_MET);
    unit_int("target.shown-99.99-is-missed", pr_target_status(c = ir_next(c, "capaian")), PR_TARGET_MISSED);
    unit_int("target.nilai-without-tampil", pr_target_status(c = ir_next(c, "capaian")), PR_TARGET_MET);
    unit_int("target.component-not-asked", pr_target_status(c = ir_next(c, "capaian")), PR_TARGET_NOT_ASKED);
    unit_int("target.no-target", pr_target_status(c = ir_next(c, "capaian")), PR_TARGET_NOT_COMPUTED);
    unit_int("target.no-capaian", pr_target_status(NULL), PR_TARGET_NOT_COMPUTED);
    xmlFreeDoc(in);
}

/* Out of memory: libxml2's n-th allocation fails. */
static xmlMallocFunc real_malloc;
static xmlReallocFunc real_realloc;
static xmlStrdupFunc real_strdup;
static long allocations, fail_at = -1;

static int fails(void) { return ++allocations == fail_at; }
static void *failing_malloc(size_t n) { return fails() ? NULL : real_malloc(n); }
static void *failing_realloc(void *old, size_t n) { return fails() ? NULL : real_realloc(old, n); }
static char *failing_strdup(const char *s) { return fails() ? NULL : real_strdup(s); }

/* libxml2 says each failed allocation on stderr; the test counts them. */
static void quiet(void *ctx, const char *msg, ...)
{
    (void)ctx, (void)msg;
}

static xmlChar *dumped(xmlDocPtr doc, int *size)
{
    xmlChar *text = NULL;
    xmlDocDumpMemory(doc, &text, size);
    return text;
}

static void out_of_memory(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/out/kab-sukamaju/dinkes/ir.xml", dir);
    xmlDocPtr ir = xmlReadFile(path, NULL, XML_PARSE_NONET);
    xmlDocPtr whole = ir ? present_unit(ir, PRESENT_LKJIP, LKJ_LANG_ID) : NULL;
    int whole_size = 0, size = 0;
    xmlChar *want = whole ? dumped(whole, &whole_size) : NULL;
    xmlFreeFunc real_free;
    xmlMemGet(&real_free, &real_malloc, &real_realloc, &real_strdup);
    xmlMemSetup(real_free, failing_malloc, failing_realloc, failing_strdup);
    xmlSetGenericErrorFunc(NULL, quiet);
    allocations = 0;
    xmlFreeDoc(present_unit(ir, PRESENT_LKJIP, LKJ_LANG_ID));
    long total = allocations, dropped = 0, wrong = 0;
    for (long n = 1; want && n <= total; n += total / 200 + 1) {
        allocations = 0;
        fail_at = n;
        xmlDocPtr doc = present_unit(ir, PRESENT_LKJIP, LKJ_LANG_ID);
        fail_at = -1;
        xmlChar *got = doc ? dumped(doc, &size) : NULL;
        dropped += !doc;
        wrong += doc && (!got || size != whole_size || memcmp(got, want, (size_t)size) != 0);
        xmlFree(got);
        xmlFreeDoc(doc);
    }
    xmlMemSetup(real_free, real_malloc, real_realloc, real_strdup);
    xmlSetGenericErrorFunc(NULL, NULL);
    unit_ok("oom.allocations-counted", total > 1000, "the stage made fewer allocations than expected");
    unit_ok("oom.documents-dropped", dropped > 0, "no failure dropped the document");
    unit_int("oom.never-a-wrong-document", wrong, 0);
    xmlFree(want);
    xmlFreeDoc(whole);
    xmlFreeDoc(ir);
}

int main(void)
{
    char year_dir[] = "/tmp/lkjip-present-XXXXXX", quarter_dir[] = "/tmp/lkjip-present-q-XXXXXX";
    if (!mkdtemp(year_dir) || !mkdtemp(quarter_dir)) {
        unit_ok("present.tempdir", 0, "mkdtemp failed");
        return unit_exit();
    }
    /* A build installs lkjip's deny-by-default entity loader; this test
     * then reads the IR and the labels as files of its own. */
    xmlExternalEntityLoader files = xmlGetExternalEntityLoader();
    unit_int("present.build-year", build_ir(year_dir, NULL), LKJ_EXIT_OK);
    unit_int("present.build-quarter", build_ir(quarter_dir, "2025-Q3"), LKJ_EXIT_OK);
    xmlSetExternalEntityLoader(files);
    lkj_diags *diags = lkj_diags_new(LKJ_LANG_ID);
    unit_int("present.labels", present_init("stylesheets", diags), 0);

    xmlDocPtr d = presented(year_dir, "kab-sukamaju/dinkes", LKJ_LANG_ID);
    unit_ok("dinkes.presented", d != NULL, "no document");
    dinkes_year(d);
    xmlFreeDoc(d);
    d = presented(quarter_dir, "kab-sukamaju/dinkes", LKJ_LANG_ID);
    unit_ok("q3.presented", d != NULL, "no document");
    dinkes_quarter(d);
    xmlFreeDoc(d);
    d = presented(year_dir, "kab-sukamaju/dinkes", LKJ_LANG_EN);
    dinkes_english(d);
    xmlFreeDoc(d);
    d = presented(year_dir, "kab-sukamaju", LKJ_LANG_ID);
    unit_ok("pemda.presented", d != NULL, "no document");
    pemda_year(d);
    xmlFreeDoc(d);
    narrative();
    target_status();
    out_of_memory(year_dir);

    present_cleanup();
    lkj_diags_free(diags);
    nftw(year_dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    nftw(quarter_dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    xmlCleanupParser();
    return unit_exit();
}

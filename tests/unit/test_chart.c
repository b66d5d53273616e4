/*
 * test_chart.c — the charts of chart.c drawn from the golden IRs of the
 * samples: every chart of every sasaran, indicator and program, then
 * checked as a reader would check the drawing:
 *   - a figure (p:gambar) holds p:judul?, one svg:svg, p:keterangan?;
 *   - the svg has width, height, viewBox "0 0 W H", role="img", a title
 *     and a desc;
 *   - every bar (class "batang") has a width and height >= 0 and starts at
 *     its chart's zero line (class "nol");
 *   - every text lies inside the viewBox, its width estimated as 0.6 ×
 *     font size per character;
 *   - no value label (class "nilai") meets a target line (class "target");
 *   - large values are printed whole ("10.520.000"), values as the tables
 *     write them, and the drawing is the same byte for byte when drawn
 *     again.
 */
#include "unit.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "present.h"

/* ------------------------------------------------------------------ */
/* A present context over an IR, as present_unit makes one            */
/* ------------------------------------------------------------------ */

typedef struct drawing {
    xmlDocPtr ir;
    present p;
    xmlNodePtr root;
} drawing;

/* A drawing over ir (which it then owns). */
static int drawing_start(drawing *d, xmlDocPtr ir, lkj_lang lang)
{
    memset(d, 0, sizeof *d);
    d->ir = ir;
    if (!d->ir)
        return -1;
    d->p.ir = xmlDocGetRootElement(d->ir);
    d->p.lang = lang;
    d->p.doc = xmlNewDoc(BAD_CAST "1.0");
    d->root = xmlNewDocNode(d->p.doc, NULL, BAD_CAST "dokumen", NULL);
    xmlDocSetRootElement(d->p.doc, d->root);
    d->p.ns = xmlNewNs(d->root, BAD_CAST LKJ_PRESENT_NS, NULL);
    d->p.svg = xmlNewNs(d->root, BAD_CAST LKJ_SVG_NS, BAD_CAST "svg");
    xmlSetNs(d->root, d->p.ns);
    const char *tahun = ir_attr_or_empty(ir_child(d->p.ir, "periode"), "tahun");
    d->p.year = atoi(tahun);
    pr_label_with(&d->p, d->p.period, sizeof d->p.period, "periode.tahun", "tahun", tahun, NULL);
    return 0;
}

static int drawing_open(drawing *d, const char *path, lkj_lang lang)
{
    return drawing_start(d, xmlReadFile(path, NULL, XML_PARSE_NONET), lang);
}

static void drawing_close(drawing *d)
{
    xmlFreeDoc(d->p.doc);
    xmlFreeDoc(d->ir);
}

/* Every indicator of the IR, wherever it sits: its trend and progress. */
static void draw_indicators(present *p, xmlNodePtr parent, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)c->name, "indikator") == 0) {
            chart_trend(p, parent, c);
            chart_progress(p, parent, c);
        }
        draw_indicators(p, parent, c);
    }
}

/* Every chart of the unit, in the document's root. */
static void draw_all(drawing *d)
{
    present *p = &d->p;
    for (const xmlNode *t = ir_child(p->ir, "tujuan"); t; t = ir_next(t, "tujuan"))
        for (const xmlNode *s = ir_child(t, "sasaran"); s; s = ir_next(s, "sasaran"))
            chart_target_realisasi(p, d->root, s);
    draw_indicators(p, d->root, p->ir);
    chart_absorption(p, d->root, NULL);
    for (const xmlNode *g = ir_child(p->ir, "program"); g; g = ir_next(g, "program"))
        chart_absorption(p, d->root, g);
    chart_absorption_units(p, d->root);
}

/* ------------------------------------------------------------------ */
/* Reading the drawing back                                            */
/* ------------------------------------------------------------------ */

static int named(const xmlNode *n, const char *ns, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, ns) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0 && a->children)
            return (const char *)a->children->content;
    return NULL;
}

static int num(const xmlNode *n, const char *name, double *v)
{
    const char *s = attr(n, name);
    char *end = NULL;
    *v = s ? strtod(s, &end) : 0;
    return s && *s && end && *end == '\0';
}

static int has_class(const xmlNode *n, const char *c)
{
    const char *s = attr(n, "class");
    return s && strcmp(s, c) == 0;
}

/* An attribute inherited from the nearest ancestor that has it. */
static const char *inherited(const xmlNode *n, const char *name)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (attr(n, name))
            return attr(n, name);
    return NULL;
}

/* The text directly inside n (not in its children elements). */
static void own_text(const xmlNode *n, char *out, size_t size)
{
    size_t len = 0;
    out[0] = '\0';
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t k = strlen((const char *)c->content);
            if (len + k >= size)
                k = size - len - 1;
            memcpy(out + len, c->content, k);
            len += k;
            out[len] = '\0';
        }
}

static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

typedef struct rect {
    double x0, y0, x1, y1;
} rect;

typedef struct seg {
    double x1, y1, x2, y2;
} seg;

/* The box of a text: 0.6 × size per character, from 0.8 × size above
 * the baseline to 0.2 × size below. */
static int text_rect(const xmlNode *n, const char *text, rect *r)
{
    double x, y, size;
    const char *fs = inherited(n, "font-size");
    const char *anchor = inherited(n, "text-anchor");
    if (!num(n, "x", &x) || !num(n, "y", &y) || !fs)
        return 0;
    size = strtod(fs, NULL);
    double w = 0.6 * size * (double)chars(text);
    double x0 = anchor && strcmp(anchor, "middle") == 0 ? x - w / 2 : anchor && strcmp(anchor, "end") == 0 ? x - w : x;
    *r = (rect){x0, y - 0.8 * size, x0 + w, y + 0.2 * size};
    return 1;
}

static int seg_meets(seg s, rect b)
{
    double t0 = 0, t1 = 1, dx = s.x2 - s.x1, dy = s.y2 - s.y1;
    double pv[4] = {-dx, dx, -dy, dy};
    double qv[4] = {s.x1 - b.x0, b.x1 - s.x1, s.y1 - b.y0, b.y1 - s.y1};
    for (int i = 0; i < 4; i++) {
        if (pv[i] == 0) {
            if (qv[i] < 0)
                return 0;
            continue;
        }
        double r = qv[i] / pv[i];
        if (pv[i] < 0) {
            if (r > t1)
                return 0;
            if (r > t0)
                t0 = r;
        } else {
            if (r < t0)
                return 0;
            if (r < t1)
                t1 = r;
        }
    }
    return t0 <= t1;
}

/* What one svg holds, and what is wrong with it. */
#define MAX_ITEMS 1024
typedef struct svg_facts {
    double w, h;
    seg target[MAX_ITEMS];
    size_t n_target;
    rect value[MAX_ITEMS];
    char value_text[MAX_ITEMS][64];
    size_t n_value;
    int bars, texts;
} svg_facts;

/* The problems found, counted, with the first one's words. */
typedef struct findings {
    int count;
    char first[400];
} findings;

static void found(findings *f, const char *what, const char *detail)
{
    if (f->count++ == 0)
        snprintf(f->first, sizeof f->first, "%s: %.300s", what, detail);
}

typedef struct all_findings {
    findings frame, bars, texts, crossing;
    int figures, values_seen;
} all_findings;

static void collect_polyline(svg_facts *s, const xmlNode *n)
{
    const char *pts = attr(n, "points");
    double px = 0, py = 0;
    int have = 0;
    while (pts && *pts && s->n_target < MAX_ITEMS) {
        char *end;
        double x = strtod(pts, &end);
        if (end == pts || *end != ',')
            break;
        double y = strtod(end + 1, &end);
        if (have)
            s->target[s->n_target++] = (seg){px, py, x, y};
        px = x, py = y, have = 1;
        pts = end;
    }
}

/* The zero line of a bar: a line of class "nol" beside it, or in the
 * svg. */
static int zero_of(const xmlNode *bar, double *x0)
{
    for (const xmlNode *scope = bar->parent; scope && scope->type == XML_ELEMENT_NODE; scope = scope->parent) {
        for (const xmlNode *c = scope->children; c; c = c->next)
            if (named(c, LKJ_SVG_NS, "line") && has_class(c, "nol") && num(c, "x1", x0))
                return 1;
        if (named(scope, LKJ_SVG_NS, "svg"))
            break;
    }
    return 0;
}

static void check_bar(svg_facts *s, all_findings *f, const xmlNode *n)
{
    double x, w, h, x0;
    char why[200];
    s->bars++;
    if (!num(n, "x", &x) || !num(n, "width", &w) || !num(n, "height", &h) || w < 0 || h < 0) {
        found(&f->bars, "bar without a size >= 0", attr(n, "width") ? attr(n, "width") : "?");
        return;
    }
    if (!zero_of(n, &x0)) {
        found(&f->bars, "bar without a zero line", "");
        return;
    }
    snprintf(why, sizeof why, "x %g width %g, zero at %g", x, w, x0);
    if (fabs(x - x0) > 0.11 && fabs(x + w - x0) > 0.11)
        found(&f->bars, "bar not from zero", why);
}

static void check_text(svg_facts *s, all_findings *f, const xmlNode *n)
{
    char text[400], why[600];
    rect r;
    own_text(n, text, sizeof text);
    if (!*text)
        return;
    s->texts++;
    if (!text_rect(n, text, &r)) {
        found(&f->texts, "text without x, y or font-size", text);
        return;
    }
    snprintf(why, sizeof why, "\"%s\" at %.1f..%.1f × %.1f..%.1f in %g × %g", text, r.x0, r.x1, r.y0, r.y1, s->w,
             s->h);
    if (r.x0 < -0.05 || r.y0 < -0.05 || r.x1 > s->w + 0.05 || r.y1 > s->h + 0.05)
        found(&f->texts, "text outside the viewBox", why);
    if (has_class(n, "nilai") && s->n_value < MAX_ITEMS) {
        snprintf(s->value_text[s->n_value], 64, "%.63s", text);
        s->value[s->n_value++] = r;
        f->values_seen++;
    }
}

static void walk_svg(svg_facts *s, all_findings *f, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        double x1, y1, x2, y2;
        if (named(c, LKJ_SVG_NS, "rect") && has_class(c, "batang"))
            check_bar(s, f, c);
        if ((named(c, LKJ_SVG_NS, "text") || named(c, LKJ_SVG_NS, "tspan")))
            check_text(s, f, c);
        if (named(c, LKJ_SVG_NS, "line") && has_class(c, "target") && num(c, "x1", &x1) && num(c, "y1", &y1) &&
            num(c, "x2", &x2) && num(c, "y2", &y2) && s->n_target < MAX_ITEMS)
            s->target[s->n_target++] = (seg){x1, y1, x2, y2};
        if (named(c, LKJ_SVG_NS, "polyline") && has_class(c, "target"))
            collect_polyline(s, c);
        walk_svg(s, f, c);
    }
}

static void check_crossings(const svg_facts *s, all_findings *f)
{
    for (size_t i = 0; i < s->n_value; i++)
        for (size_t k = 0; k < s->n_target; k++)
            if (seg_meets(s->target[k], s->value[i]))
                found(&f->crossing, "value label on the target line", s->value_text[i]);
}

/* The svg's frame: size, viewBox, role, title, desc. */
static void check_frame(svg_facts *s, all_findings *f, const xmlNode *svg)
{
    char vb[100], title[400];
    const xmlNode *first = svg->children;
    while (first && first->type != XML_ELEMENT_NODE)
        first = first->next;
    const xmlNode *second = first ? first->next : NULL;
    while (second && second->type != XML_ELEMENT_NODE)
        second = second->next;
    if (!num(svg, "width", &s->w) || !num(svg, "height", &s->h) || s->w <= 0 || s->h <= 0) {
        found(&f->frame, "svg without width or height", "");
        return;
    }
    snprintf(vb, sizeof vb, "0 0 %s %s", attr(svg, "width"), attr(svg, "height"));
    if (!attr(svg, "viewBox") || strcmp(attr(svg, "viewBox"), vb) != 0)
        found(&f->frame, "viewBox is not 0 0 width height", attr(svg, "viewBox") ? attr(svg, "viewBox") : "none");
    if (!attr(svg, "role") || strcmp(attr(svg, "role"), "img") != 0)
        found(&f->frame, "svg without role=img", "");
    title[0] = '\0';
    if (named(first, LKJ_SVG_NS, "title"))
        own_text(first, title, sizeof title);
    if (!*title)
        found(&f->frame, "svg without a title first", "");
    if (!named(second, LKJ_SVG_NS, "desc"))
        found(&f->frame, "svg without a desc after its title", title);
}

/* A figure: p:judul?, svg:svg, p:keterangan?, and its drawing. */
static void check_figure(all_findings *f, const xmlNode *fig)
{
    const xmlNode *c = fig->children, *svg = NULL;
    if (named(c, LKJ_PRESENT_NS, "judul"))
        c = c->next;
    if (named(c, LKJ_SVG_NS, "svg"))
        svg = c, c = c->next;
    if (named(c, LKJ_PRESENT_NS, "keterangan"))
        c = c->next;
    if (!svg || c) {
        found(&f->frame, "figure is not judul?, svg, keterangan?", attr(fig, "peran") ? attr(fig, "peran") : "");
        return;
    }
    svg_facts *s = calloc(1, sizeof *s);
    if (!s)
        return;
    f->figures++;
    check_frame(s, f, svg);
    walk_svg(s, f, svg);
    check_crossings(s, f);
    free(s);
}

static void check_all(const char *unit, const drawing *d, all_findings *f)
{
    char name[200];
    memset(f, 0, sizeof *f);
    for (const xmlNode *c = d->root->children; c; c = c->next)
        if (named(c, LKJ_PRESENT_NS, "gambar"))
            check_figure(f, c);
    const findings *each[] = {&f->frame, &f->bars, &f->texts, &f->crossing};
    const char *what[] = {"figures well formed", "bars from zero", "texts inside", "labels off the target"};
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "%s: %s", unit, what[i]);
        unit_ok(name, each[i]->count == 0, each[i]->first);
    }
}

/* ------------------------------------------------------------------ */
/* Particular charts                                                   */
/* ------------------------------------------------------------------ */

static size_t figures_with(const drawing *d, const char *peran)
{
    size_t n = 0;
    for (const xmlNode *c = d->root->children; c; c = c->next)
        if (named(c, LKJ_PRESENT_NS, "gambar") && attr(c, "peran") && strcmp(attr(c, "peran"), peran) == 0)
            n++;
    return n;
}

/* Whether the figure holds an svg text (or tspan) reading exactly text,
 * of class cls when cls is given. */
static int holds_text(const xmlNode *n, const char *text, const char *cls)
{
    char own[400];
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (named(c, LKJ_SVG_NS, "text") || named(c, LKJ_SVG_NS, "tspan")) {
            own_text(c, own, sizeof own);
            if (strcmp(own, text) == 0 && (!cls || has_class(c, cls)))
                return 1;
        }
        if (holds_text(c, text, cls))
            return 1;
    }
    return 0;
}

/* The first figure whose caption contains words. */
static const xmlNode *figure_titled(const drawing *d, const char *words)
{
    char caption[600];
    for (const xmlNode *c = d->root->children; c; c = c->next)
        if (named(c, LKJ_PRESENT_NS, "gambar") && named(c->children, LKJ_PRESENT_NS, "judul")) {
            own_text(c->children, caption, sizeof caption);
            if (strstr(caption, words))
                return c;
        }
    return NULL;
}

static void check_dinkes(const drawing *d)
{
    unit_int("dinkes: one target-realisasi chart per sasaran", (long)figures_with(d, "target-realisasi"), 3);
    unit_int("dinkes: a trend per indicator with earlier years", (long)figures_with(d, "tren"), 11);
    unit_int("dinkes: a progress chart per indicator with months", (long)figures_with(d, "progres"), 11);
    unit_int("dinkes: absorption of all programs and of each", (long)figures_with(d, "serapan"), 6);
    const xmlNode *tr = figure_titled(d, "Menurunnya angka kematian ibu dan bayi");
    unit_ok("dinkes: target of AKI printed as the tables do", tr && holds_text(tr, "95", "nilai"), "no 95");
    unit_ok("dinkes: realisasi of AKI printed from tampil", tr && holds_text(tr, "90,53", "nilai"), "no 90,53");
    unit_ok("dinkes: the row's unit beside its axis", tr && holds_text(tr, "Satuan: per 100.000 kelahiran hidup", NULL),
            "no unit");
    unit_ok("dinkes: the row's axis ticks", tr && holds_text(tr, "100", NULL), "no tick 100");
    const xmlNode *trend = figure_titled(d, "Tren realisasi \xE2\x80\x94 Angka Kematian Ibu (AKI)");
    unit_ok("dinkes: trend axis labelled with the unit", trend && holds_text(trend, "per 100.000 kelahiran hidup", NULL),
            "no unit on the trend's axis");
    unit_ok("dinkes: trend values of earlier years", trend && holds_text(trend, "108,4", "nilai"), "no 108,4");
    const xmlNode *ab = figure_titled(d, "Serapan anggaran per program");
    unit_ok("dinkes: absorption printed as a percentage", ab && holds_text(ab, "95,99%", "nilai"), "no 95,99%");
    unit_ok("dinkes: absorption axis in percent", ab && holds_text(ab, "100%", NULL), "no 100% tick");
}

static void check_kabupaten(const drawing *d)
{
    const xmlNode *ppk = figure_titled(d, "Tren realisasi \xE2\x80\x94 Pengeluaran per Kapita");
    unit_ok("kabupaten: 10.520.000 printed whole", ppk && holds_text(ppk, "10.520.000", "nilai"),
            "no value label 10.520.000");
    unit_ok("kabupaten: 11.455.000 printed whole", ppk && holds_text(ppk, "11.455.000", "nilai"),
            "no value label 11.455.000");
    unit_int("kabupaten: absorption per OPD", (long)figures_with(d, "serapan"), 1);
}

static void check_province(const drawing *d)
{
    const xmlNode *opini = figure_titled(d, "Tren realisasi \xE2\x80\x94 Opini BPK");
    unit_ok("province: a grade trend has its grades on the axis", opini && holds_text(opini, "WDP", NULL),
            "no WDP tick");
    unit_ok("province: a grade trend prints the grade", opini && holds_text(opini, "WTP", "nilai"), "no WTP label");
}

/* ------------------------------------------------------------------ */

static char *serialised(const drawing *d)
{
    xmlChar *s = NULL;
    int n = 0;
    xmlDocDumpMemory(d->p.doc, &s, &n);
    return (char *)s;
}

static void check_unit(const char *unit, const char *path, void (*particular)(const drawing *))
{
    drawing d, again;
    char name[200];
    snprintf(name, sizeof name, "%s: IR read", unit);
    unit_ok(name, drawing_open(&d, path, LKJ_LANG_ID) == 0, path);
    if (!d.ir)
        return;
    draw_all(&d);
    snprintf(name, sizeof name, "%s: drawn without failure", unit);
    unit_ok(name, !d.p.failed, "p->failed");
    all_findings f;
    check_all(unit, &d, &f);
    if (particular)
        particular(&d);
    if (drawing_open(&again, path, LKJ_LANG_ID) == 0) {
        draw_all(&again);
        char *a = serialised(&d), *b = serialised(&again);
        snprintf(name, sizeof name, "%s: the same drawing twice", unit);
        unit_ok(name, a && b && strcmp(a, b) == 0, "the two drawings differ");
        xmlFree(a);
        xmlFree(b);
        drawing_close(&again);
    }
    drawing_close(&d);
}

static void check_english(void)
{
    drawing d;
    if (drawing_open(&d, "tests/golden/ir/kab-sukamaju/dinkes/ir.xml", LKJ_LANG_EN) != 0)
        return;
    draw_all(&d);
    const xmlNode *tr = figure_titled(&d, "Target and actual");
    unit_ok("english: caption in the report's language", tr != NULL, "no \"Target and actual\" caption");
    unit_ok("english: legend in the report's language", tr && holds_text(tr, "Actual", NULL), "no \"Actual\"");
    unit_ok("english: numbers still written the Indonesian way", tr && holds_text(tr, "90,53", "nilai"),
            "no 90,53");
    all_findings f;
    check_all("english dinkes", &d, &f);
    drawing_close(&d);
}

/* ------------------------------------------------------------------ */
/* Values the samples lack                                             */
/* ------------------------------------------------------------------ */

/* A quarter's IR with a negative realisasi, values in the hundreds of
 * billions, a text target, values not computed, zeros, a name too long
 * for its column, absorption above 100 % and just below it. */
static const char edge_ir[] =
    "<laporan xmlns='urn:lkjip:report:1' format='1' lkjip='0' jenis='opd' bahasa='id'>"
    "<periode tahun='2025' jenis='triwulan' ke='3' bulan-akhir='9'/>"
    "<unit id='uji'><nama>Dinas Uji</nama></unit>"
    "<tujuan id='T1'><uraian>Tujuan</uraian><sasaran id='S1'><uraian>Sasaran uji</uraian>"
    "<indikator id='NEG' polaritas='positif' agregasi='terakhir'>"
    "<nama>Laju pertumbuhan ekonomi daerah yang turun di bawah nol dengan nama yang terlalu panjang untuk satu baris"
    " maupun dua baris di kolom nama grafik</nama><satuan>persen</satuan>"
    "<target tahun='2024' nilai='3'/><target tahun='2025' nilai='5'/>"
    "<realisasi-lalu tahun='2023' nilai='-2.5'/><realisasi-lalu tahun='2024' nilai='1.2'/>"
    "<realisasi status='ok' nilai='-1.41' tampil='-1.41'/><target-periode status='ok' nilai='5'/></indikator>"
    "<indikator id='BIG' polaritas='positif' agregasi='jumlah'><nama>Pendapatan asli daerah</nama>"
    "<satuan>rupiah</satuan><target tahun='2025' nilai='987654321098'/>"
    "<realisasi-data tahun='2025'><triwulan ke='1' nilai='100000000000'/><triwulan ke='2' nilai='250000000000'/>"
    "<triwulan ke='3' nilai='300000000000'/><triwulan ke='4' nilai='1'/></realisasi-data>"
    "<realisasi-lalu tahun='2024' nilai='912345678901'/>"
    "<realisasi status='ok' nilai='650000000000' tampil='650000000000' periode-terakhir='3'/>"
    "<target-periode status='tanpa-target' alasan='target untuk periode ini tidak ada'/></indikator>"
    "<indikator id='TXT' polaritas='positif' agregasi='terakhir'><nama>Dokumen rencana aksi</nama>"
    "<satuan>dokumen</satuan><realisasi status='tanpa-realisasi' alasan='realisasi belum ada'/>"
    "<target-periode status='ok' teks='Tersusunnya dokumen rencana aksi daerah yang lengkap dan disahkan oleh"
    " kepala daerah tepat pada waktunya sebelum akhir tahun anggaran berjalan'/></indikator>"
    "<indikator id='ZERO' polaritas='negatif' agregasi='rata-rata'><nama>Kasus</nama><satuan>kasus</satuan>"
    "<realisasi-data tahun='2025'><bulan ke='1' nilai='0'/><bulan ke='2' nilai='0'/><bulan ke='3' nilai='0'/>"
    "</realisasi-data><realisasi status='ok' nilai='0' tampil='0'/><target-periode status='ok' nilai='0'/>"
    "</indikator></sasaran></tujuan>"
    "<program kode='1.01.01'><nama>Program A</nama>"
    "<anggaran status='ok' pagu='100' realisasi='130' serapan='130' serapan-tampil='130.00'/></program>"
    "<program kode='1.01.02'><nama>Program B</nama><anggaran status='pagu-nol' alasan='pagu nol'/></program>"
    "<program kode='1.01.03'><nama>Program C</nama>"
    "<anggaran status='ok' pagu='200' realisasi='199' serapan='99.5' serapan-tampil='99.50'/></program>"
    "</laporan>";

static void check_edges(void)
{
    drawing d;
    xmlDocPtr ir = xmlReadMemory(edge_ir, (int)sizeof edge_ir - 1, "edge.xml", NULL, XML_PARSE_NONET);
    unit_ok("edges: IR read", drawing_start(&d, ir, LKJ_LANG_ID) == 0, "edge_ir does not parse");
    if (!d.ir)
        return;
    draw_all(&d);
    unit_ok("edges: drawn without failure", !d.p.failed, "p->failed");
    all_findings f;
    check_all("edges", &d, &f);
    unit_int("edges: every chart drawn", (long)figures_with(&d, "target-realisasi") * 100 +
                                             (long)figures_with(&d, "tren") * 10 + (long)figures_with(&d, "progres"),
             122);
    const xmlNode *tr = figure_titled(&d, "Sasaran uji");
    unit_ok("edges: a negative realisasi printed", tr && holds_text(tr, "-1,41", "nilai"), "no -1,41");
    unit_ok("edges: a value not computed says why", tr && holds_text(tr, "tidak dihitung: realisasi belum ada", NULL),
            "no reason");
    unit_ok("edges: a long name ends in an ellipsis",
            tr && holds_text(tr, "maupun dua baris di kolom nama grafik", NULL) == 0, "the whole name is drawn");
    const xmlNode *big = figure_titled(&d, "Tren realisasi \xE2\x80\x94 Pendapatan asli daerah");
    unit_ok("edges: hundreds of billions printed whole", big && holds_text(big, "912.345.678.901", "nilai"),
            "no 912.345.678.901");
    const xmlNode *q = figure_titled(&d, "Perkembangan realisasi \xE2\x80\x94 Pendapatan asli daerah");
    unit_ok("edges: quarters named", q && holds_text(q, "TW III", NULL), "no TW III");
    unit_ok("edges: the quarter's realisasi to date", q && holds_text(q, "650.000.000.000", "nilai"),
            "no 650.000.000.000");
    const xmlNode *ab = figure_titled(&d, "Serapan anggaran per program");
    unit_ok("edges: absorption above 100 %", ab && holds_text(ab, "130,00%", "nilai"), "no 130,00%");
    unit_ok("edges: absorption just below 100 %", ab && holds_text(ab, "99,50%", "nilai"), "no 99,50%");
    unit_ok("edges: absorption not computed", ab && holds_text(ab, "tidak dihitung: pagu nol", NULL), "no reason");
    drawing_close(&d);
}

int main(void)
{
    static const struct {
        const char *unit, *path;
        void (*particular)(const drawing *);
    } units[] = {
        {"dinkes", "tests/golden/ir/kab-sukamaju/dinkes/ir.xml", check_dinkes},
        {"dpupr", "tests/golden/ir/kab-sukamaju/dpupr/ir.xml", NULL},
        {"bappeda", "tests/golden/ir/kab-sukamaju/bappeda/ir.xml", NULL},
        {"dinsos", "tests/golden/ir/kab-sukamaju/dinsos/ir.xml", NULL},
        {"disdikbud", "tests/golden/ir/kab-sukamaju/disdikbud/ir.xml", NULL},
        {"dlh", "tests/golden/ir/kab-sukamaju/dlh/ir.xml", NULL},
        {"kabupaten", "tests/golden/ir/kab-sukamaju/ir.xml", check_kabupaten},
        {"province", "tests/golden/ir/prov-jateng/ir.xml", check_province},
    };
    lkj_diags *diags = lkj_diags_new(LKJ_LANG_ID);
    unit_int("labels load", present_init("stylesheets", diags), 0);
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        check_unit(units[i].unit, units[i].path, units[i].particular);
    check_english();
    check_edges();
    present_cleanup();
    lkj_diags_free(diags);
    xmlCleanupParser();
    return unit_exit();
}

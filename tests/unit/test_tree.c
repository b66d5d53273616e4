/*
 * test_tree.c — the pohon kinerja as drawn by tree.c, checked on the
 * figures it appends: every box's full text is there (its wrapped lines
 * joined), each line of text lies inside its box and every box inside the
 * figure, no two boxes overlap, no type below 9 units, figures at most 680
 * units wide and 960 tall (an A4 page at 100 %), one edge into every box
 * but the root, each node's indicators with the target of the year; a
 * tree of 40 OPDs and a branch of 40 programs split over several figures;
 * an empty tree says so.
 */
#include "unit.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "present.h"
#include "tree.h"

#define WIDTH_MAX 680.0
#define HEIGHT_MAX 960.0
#define FONT_MIN 9.0

/* ------------------------------------------------------------------ */
/* Setting up                                                          */
/* ------------------------------------------------------------------ */

static xmlDocPtr load(const char *path) { return xmlReadFile(path, NULL, XML_PARSE_NONET); }

static xmlNodePtr ir_element(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST name))
            return c;
    return NULL;
}

/* A presented document with one section for the tree, as present.c
 * starts one. */
static xmlNodePtr begin(present *p, xmlDocPtr ir, lkj_lang lang)
{
    memset(p, 0, sizeof *p);
    p->ir = xmlDocGetRootElement(ir);
    p->lang = lang;
    p->doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(p->doc, NULL, BAD_CAST "dokumen", NULL);
    xmlDocSetRootElement(p->doc, root);
    p->ns = xmlNewNs(root, BAD_CAST LKJ_PRESENT_NS, NULL);
    p->svg = xmlNewNs(root, BAD_CAST LKJ_SVG_NS, BAD_CAST "svg");
    xmlSetNs(root, p->ns);
    xmlChar *year = xmlGetProp(ir_element(xmlDocGetRootElement(ir), "periode"), BAD_CAST "tahun");
    p->year = year ? atoi((const char *)year) : 0;
    xmlFree(year);
    return pr_section(p, root, "lampiran", "lampiran-pohon", "Pohon Kinerja");
}

/* ------------------------------------------------------------------ */
/* Reading the figures                                                 */
/* ------------------------------------------------------------------ */

static int is_el(const xmlNode *n, const char *href, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST href) &&
           xmlStrEqual(n->name, BAD_CAST name);
}

static double num(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    double d = v ? strtod((const char *)v, NULL) : -1e9;
    xmlFree(v);
    return d;
}

static int prop_is(const xmlNode *n, const char *name, const char *value)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    int same = v && strcmp((const char *)v, value) == 0;
    xmlFree(v);
    return same;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Text without any space: wrapped lines are compared however they were
 * broken. */
static char *squeezed(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    for (; *s; s++)
        if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r')
            *o++ = *s;
    *o = '\0';
    return out;
}

/* Every paragraph of every box, squeezed. */
typedef struct texts {
    char **items;
    size_t count, cap;
} texts;

static void texts_add(texts *t, char *s)
{
    if (t->count == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->items = realloc(t->items, t->cap * sizeof *t->items);
    }
    t->items[t->count++] = s;
}

static int texts_has(const texts *t, const char *text, int whole)
{
    char *want = squeezed(text);
    int found = 0;
    for (size_t i = 0; i < t->count && !found; i++)
        found = whole ? strcmp(t->items[i], want) == 0 : strstr(t->items[i], want) != NULL;
    free(want);
    return found;
}

static void texts_free(texts *t)
{
    for (size_t i = 0; i < t->count; i++)
        free(t->items[i]);
    free(t->items);
}

typedef struct rect {
    double x, y, w, h;
} rect;

/* What the figures hold, and the first thing wrong with them. */
typedef struct survey {
    size_t figures, boxes, max_boxes;
    double max_w, max_h, min_font;
    texts paras;
    char titles[64][400];
    size_t title_count;
    char wrong[400];
} survey;

static void wrong(survey *s, const char *what, const char *figure)
{
    if (!s->wrong[0])
        snprintf(s->wrong, sizeof s->wrong, "%s in \"%.200s\"", what, figure);
}

/* One svg:text: its font, and each line (a tspan, or the text itself)
 * inside the area given (the box, or the whole figure). */
static void check_text(survey *s, const xmlNode *text, rect area, const char *figure, texts *paragraph)
{
    double size = num(text, "font-size");
    double glyph = prop_is(text, "font-weight", "bold") ? 0.66 : 0.6;
    if (size < s->min_font)
        s->min_font = size;
    size_t joined_len = 0;
    char joined[4000] = "";
    int spans = 0;
    for (const xmlNode *c = text->children; c; c = c->next) {
        if (!is_el(c, LKJ_SVG_NS, "tspan"))
            continue;
        spans++;
        xmlChar *line = xmlNodeGetContent(c);
        double x = num(c, "x"), y = num(c, "y");
        double w = (double)utf8_chars((const char *)line) * glyph * size;
        if (x < area.x - 0.01 || x + w > area.x + area.w + 0.01)
            wrong(s, "a line of text wider than its box", figure);
        if (y - 0.8 * size < area.y - 0.01 || y + 0.25 * size > area.y + area.h + 0.01)
            wrong(s, "a line of text above or below its box", figure);
        joined_len += (size_t)snprintf(joined + joined_len, joined_len < sizeof joined ? sizeof joined - joined_len : 0,
                                       "%s%s", spans > 1 ? " " : "", (const char *)line);
        xmlFree(line);
    }
    if (!spans) {
        xmlChar *line = xmlNodeGetContent(text);
        double x = num(text, "x"), y = num(text, "y");
        double w = (double)utf8_chars((const char *)line) * glyph * size;
        if (x < area.x - 0.01 || x + w > area.x + area.w + 0.01 || y - 0.8 * size < area.y - 0.01 ||
            y + 0.25 * size > area.y + area.h + 0.01)
            wrong(s, "a text outside the figure", figure);
        xmlFree(line);
    }
    if (paragraph && spans)
        texts_add(paragraph, squeezed(joined));
}

static int overlap(rect a, rect b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }

static void check_figure(survey *s, const xmlNode *fig)
{
    char title[400] = "";
    const xmlNode *svg = NULL;
    for (const xmlNode *c = fig->children; c; c = c->next) {
        if (is_el(c, LKJ_PRESENT_NS, "judul")) {
            xmlChar *t = xmlNodeGetContent(c);
            snprintf(title, sizeof title, "%s", (const char *)t);
            xmlFree(t);
        } else if (is_el(c, LKJ_SVG_NS, "svg")) {
            if (svg)
                wrong(s, "two svg in one figure", title);
            svg = c;
        }
    }
    s->figures++;
    if (!prop_is(fig, "peran", "pohon-kinerja"))
        wrong(s, "a figure without peran=\"pohon-kinerja\"", title);
    if (s->title_count < 64)
        snprintf(s->titles[s->title_count++], sizeof s->titles[0], "%s", title);
    if (!svg) {
        wrong(s, "a figure without svg", title);
        return;
    }
    double w = num(svg, "width"), h = num(svg, "height");
    xmlChar *vb = xmlGetProp(svg, BAD_CAST "viewBox");
    double vw = 0, vh = 0;
    if (!vb || sscanf((const char *)vb, "0 0 %lf %lf", &vw, &vh) != 2 || vw != w || vh != h)
        wrong(s, "a viewBox other than the width and height", title);
    xmlFree(vb);
    if (!prop_is(svg, "role", "img"))
        wrong(s, "an svg without role=img", title);
    if (!is_el(svg->children, LKJ_SVG_NS, "title") || !is_el(svg->children->next, LKJ_SVG_NS, "desc"))
        wrong(s, "an svg without title and desc first", title);
    if (w > s->max_w)
        s->max_w = w;
    if (h > s->max_h)
        s->max_h = h;
    rect whole = {0, 0, w, h};
    rect boxes[512];
    size_t nbox = 0, paths = 0;
    for (const xmlNode *g = svg->children; g; g = g->next) {
        if (is_el(g, LKJ_SVG_NS, "g") && prop_is(g, "class", "garis")) {
            for (const xmlNode *e = g->children; e; e = e->next)
                paths += is_el(e, LKJ_SVG_NS, "path");
        } else if (is_el(g, LKJ_SVG_NS, "g") && prop_is(g, "class", "simpul")) {
            const xmlNode *r = NULL;
            for (const xmlNode *c = g->children; c && !r; c = c->next)
                if (is_el(c, LKJ_SVG_NS, "rect"))
                    r = c;
            if (!r) {
                wrong(s, "a box without rect", title);
                continue;
            }
            rect b = {num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")};
            if (b.x < 0 || b.y < 0 || b.x + b.w > w + 0.01 || b.y + b.h > h + 0.01)
                wrong(s, "a box outside the figure", title);
            for (size_t i = 0; i < nbox; i++)
                if (overlap(b, boxes[i]))
                    wrong(s, "two boxes overlap", title);
            if (nbox < 512)
                boxes[nbox++] = b;
            for (const xmlNode *c = g->children; c; c = c->next)
                if (is_el(c, LKJ_SVG_NS, "text"))
                    check_text(s, c, b, title, &s->paras);
        } else if (is_el(g, LKJ_SVG_NS, "g")) {
            for (const xmlNode *c = g->children; c; c = c->next)
                if (is_el(c, LKJ_SVG_NS, "text"))
                    check_text(s, c, whole, title, NULL);
        }
    }
    if (nbox == 0)
        wrong(s, "a figure without boxes", title);
    else if (paths != nbox - 1)
        wrong(s, "not one edge into every box but the root", title);
    s->boxes += nbox;
    if (nbox > s->max_boxes)
        s->max_boxes = nbox;
}

static void survey_section(survey *s, const xmlNode *section)
{
    memset(s, 0, sizeof *s);
    s->min_font = 1e9;
    for (const xmlNode *c = section->children; c; c = c->next)
        if (is_el(c, LKJ_PRESENT_NS, "gambar"))
            check_figure(s, c);
}

/* Every simpul's label among the boxes' paragraphs, whole. */
static const char *missing_label(const survey *s, xmlDocPtr ir)
{
    xmlNodePtr nodes = ir_element(ir_element(xmlDocGetRootElement(ir), "pohon-kinerja"), "simpul-simpul");
    static char missing[300];
    for (xmlNodePtr n = ir_element(nodes, "simpul"); n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *label = xmlNodeGetContent(ir_element(n, "label"));
        int found = texts_has(&s->paras, (const char *)label, 1);
        if (!found)
            snprintf(missing, sizeof missing, "%s", (const char *)label);
        xmlFree(label);
        if (!found)
            return missing;
    }
    return NULL;
}

/* The common checks of a drawn tree, named after it. */
static void common(const char *name, const survey *s, xmlDocPtr ir)
{
    char key[160], why[400];
    snprintf(key, sizeof key, "%s.drawn-right", name);
    unit_ok(key, s->wrong[0] == '\0', s->wrong);
    snprintf(key, sizeof key, "%s.font-at-least-9", name);
    unit_ok(key, s->min_font >= FONT_MIN, "a font below 9 units");
    snprintf(key, sizeof key, "%s.width-at-most-680", name);
    snprintf(why, sizeof why, "widest figure %g", s->max_w);
    unit_ok(key, s->max_w > 0 && s->max_w <= WIDTH_MAX, why);
    snprintf(key, sizeof key, "%s.height-at-most-a-page", name);
    snprintf(why, sizeof why, "tallest figure %g", s->max_h);
    unit_ok(key, s->max_h > 0 && s->max_h <= HEIGHT_MAX, why);
    const char *missing = missing_label(s, ir);
    snprintf(key, sizeof key, "%s.every-label-in-full", name);
    snprintf(why, sizeof why, "not found whole: \"%.300s\"", missing ? missing : "");
    unit_ok(key, missing == NULL, why);
}

static void holds(const char *name, const survey *s, const char *text)
{
    char why[300];
    snprintf(why, sizeof why, "no box says \"%.200s\"", text);
    unit_ok(name, texts_has(&s->paras, text, 0), why);
}

static void finish(present *p) { xmlFreeDoc(p->doc); }

/* ------------------------------------------------------------------ */
/* Trees made for the test                                             */
/* ------------------------------------------------------------------ */

static xmlNodePtr fresh_tree(xmlDocPtr ir, xmlNodePtr *nodes, xmlNodePtr *edges)
{
    xmlNodePtr root = xmlDocGetRootElement(ir);
    xmlNodePtr old = ir_element(root, "pohon-kinerja");
    xmlUnlinkNode(old);
    xmlFreeNode(old);
    xmlNodePtr pohon = xmlNewChild(root, root->ns, BAD_CAST "pohon-kinerja", NULL);
    *nodes = xmlNewChild(pohon, root->ns, BAD_CAST "simpul-simpul", NULL);
    *edges = xmlNewChild(pohon, root->ns, BAD_CAST "garis-garis", NULL);
    return pohon;
}

static void add_simpul(xmlNodePtr nodes, int no, const char *jenis, const char *ref, const char *unit, int tingkat,
                       const char *label, int lintas)
{
    char buf[32];
    xmlNodePtr s = xmlNewChild(nodes, nodes->ns, BAD_CAST "simpul", NULL);
    snprintf(buf, sizeof buf, "%d", no);
    xmlNewProp(s, BAD_CAST "no", BAD_CAST buf);
    xmlNewProp(s, BAD_CAST "jenis", BAD_CAST jenis);
    xmlNewProp(s, BAD_CAST "ref", BAD_CAST ref);
    xmlNewProp(s, BAD_CAST "unit", BAD_CAST unit);
    snprintf(buf, sizeof buf, "%d", tingkat);
    xmlNewProp(s, BAD_CAST "tingkat", BAD_CAST buf);
    if (lintas)
        xmlNewProp(s, BAD_CAST "lintas", BAD_CAST "ya");
    xmlNewTextChild(s, nodes->ns, BAD_CAST "label", BAD_CAST label);
}

static void add_garis(xmlNodePtr edges, int from, int to)
{
    char a[16], b[16];
    snprintf(a, sizeof a, "%d", from);
    snprintf(b, sizeof b, "%d", to);
    xmlNodePtr g = xmlNewChild(edges, edges->ns, BAD_CAST "garis", NULL);
    xmlNewProp(g, BAD_CAST "dari", BAD_CAST a);
    xmlNewProp(g, BAD_CAST "ke", BAD_CAST b);
}

/* One pemda sasaran supported by 40 OPDs, each sasaran with a program
 * (tests/cases/emit/pohon-40-opd.t builds the same from submissions). */
static void forty_opds(xmlDocPtr ir)
{
    xmlNodePtr nodes, edges;
    fresh_tree(ir, &nodes, &edges);
    add_simpul(nodes, 1, "sasaran-pemda", "KAB-S1", "kab-sukamaju", 0, "Meningkatnya kualitas sumber daya manusia", 1);
    for (int i = 1; i <= 40; i++) {
        char ref[32], unit[32], label[300], kode[32], program[300];
        snprintf(ref, sizeof ref, "D%02d-S1", i);
        snprintf(unit, sizeof unit, "dinas-%02d", i);
        snprintf(label, sizeof label,
                 "Dinas %02d: Meningkatnya mutu dan jangkauan layanan publik bidang %02d bagi seluruh masyarakat", i,
                 i);
        snprintf(kode, sizeof kode, "1.02.%02d", i);
        snprintf(program, sizeof program, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota nomor %02d", i);
        add_simpul(nodes, 2 * i, "sasaran-opd", ref, unit, 1, label, i % 7 == 0);
        add_simpul(nodes, 2 * i + 1, "program", kode, unit, 2, program, 0);
        add_garis(edges, 1, 2 * i);
        add_garis(edges, 2 * i, 2 * i + 1);
    }
}

/* One pemda sasaran, one OPD sasaran, 40 programs with a kegiatan each:
 * the branch must be split below its first level. */
static void one_deep_branch(xmlDocPtr ir)
{
    xmlNodePtr nodes, edges;
    fresh_tree(ir, &nodes, &edges);
    add_simpul(nodes, 1, "sasaran-pemda", "KAB-S2", "kab-sukamaju", 0, "Meningkatnya derajat kesehatan masyarakat", 0);
    add_simpul(nodes, 2, "sasaran-opd", "DINKES-S1", "dinkes", 1, "Dinkes: Menurunnya angka kematian ibu dan bayi", 0);
    add_garis(edges, 1, 2);
    for (int i = 1; i <= 40; i++) {
        char kode[32], program[300], kk[32], kegiatan[300];
        snprintf(kode, sizeof kode, "1.02.%02d", i);
        snprintf(program, sizeof program, "Program Pelayanan Kesehatan Dasar dan Rujukan Kabupaten nomor %02d", i);
        snprintf(kk, sizeof kk, "1.02.%02d.2.01", i);
        snprintf(kegiatan, sizeof kegiatan,
                 "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota nomor %02d", i);
        add_simpul(nodes, 1 + 2 * i, "program", kode, "dinkes", 2, program, 0);
        add_simpul(nodes, 2 + 2 * i, "kegiatan", kk, "dinkes", 3, kegiatan, 0);
        add_garis(edges, 2, 1 + 2 * i);
        add_garis(edges, 1 + 2 * i, 2 + 2 * i);
    }
}

/* ------------------------------------------------------------------ */
/* The cases                                                           */
/* ------------------------------------------------------------------ */

static char *serialised(present *p, xmlNodePtr section)
{
    xmlBufferPtr b = xmlBufferCreate();
    xmlNodeDump(b, p->doc, section, 0, 0);
    char *s = strdup((const char *)xmlBufferContent(b));
    xmlBufferFree(b);
    return s;
}

static void pemda(void)
{
    xmlDocPtr ir = load("tests/golden/ir/kab-sukamaju/ir.xml");
    present p;
    xmlNodePtr section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    unit_int("pemda.not-failed", p.failed, 0);
    survey s;
    survey_section(&s, section);
    common("pemda", &s, ir);
    unit_int("pemda.one-figure-per-branch", (long)s.figures, 8);
    unit_str("pemda.first-title", s.titles[0], "Pohon Kinerja — Meningkatnya kualitas sumber daya manusia");
    unit_int("pemda.every-box", (long)s.boxes, 51);
    holds("pemda.indicator", &s, "Indeks Pembangunan Manusia (IPM)");
    holds("pemda.target-of-the-year", &s, "Target 2025: 73,25 indeks");
    holds("pemda.target-grouped", &s, "Target 2025: 11.400.000 rupiah per orang per tahun");
    holds("pemda.crosscutting-in-words", &s, "crosscutting");
    holds("pemda.program-code", &s, "5.01.03");
    /* the same drawing every time */
    present again;
    xmlNodePtr second = begin(&again, ir, LKJ_LANG_ID);
    tree_draw(&again, second);
    char *a = serialised(&p, section), *b = serialised(&again, second);
    unit_ok("pemda.deterministic", strcmp(a, b) == 0, "two drawings differ");
    free(a);
    free(b);
    finish(&again);
    texts_free(&s.paras);
    finish(&p);
    xmlFreeDoc(ir);
}

static void opd(void)
{
    xmlDocPtr ir = load("tests/golden/ir/kab-sukamaju/dinkes/ir.xml");
    present p;
    xmlNodePtr section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    unit_int("opd.not-failed", p.failed, 0);
    survey s;
    survey_section(&s, section);
    common("opd", &s, ir);
    unit_int("opd.one-figure-per-branch", (long)s.figures, 3);
    unit_int("opd.every-box", (long)s.boxes, 18);
    holds("opd.sasaran-indicator", &s, "Angka Kematian Ibu (AKI)");
    holds("opd.sasaran-target", &s, "Target 2025: 95 per 100.000 kelahiran hidup");
    holds("opd.program-target", &s, "Target 2025: 92 persen");
    holds("opd.kegiatan-indicator", &s, "Jumlah Fasilitas Kesehatan yang Direhabilitasi dan Dilengkapi Alat Kesehatan");
    texts_free(&s.paras);
    finish(&p);

    /* the report's language */
    xmlNodePtr english = begin(&p, ir, LKJ_LANG_EN);
    tree_draw(&p, english);
    survey_section(&s, english);
    unit_str("opd.english-title", s.titles[0], "Performance Tree — Meningkatnya kualitas sumber daya manusia");
    texts_free(&s.paras);
    finish(&p);
    xmlFreeDoc(ir);
}

static void split_wide(void)
{
    xmlDocPtr ir = load("tests/golden/ir/kab-sukamaju/ir.xml");
    forty_opds(ir);
    present p;
    xmlNodePtr section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    survey s;
    survey_section(&s, section);
    common("forty-opds", &s, ir);
    char why[200];
    snprintf(why, sizeof why, "%zu figures", s.figures);
    unit_ok("forty-opds.several-figures", s.figures >= 3, why);
    snprintf(why, sizeof why, "\"%.150s\"", s.titles[0]);
    unit_ok("forty-opds.numbered", strstr(s.titles[0], "(1/") != NULL, why);
    /* the root band is repeated on every page: 81 boxes and a root each */
    unit_int("forty-opds.every-box-once-and-the-root-repeated", (long)s.boxes, 80 + (long)s.figures);
    texts_free(&s.paras);
    finish(&p);
    xmlFreeDoc(ir);
}

static void split_deep(void)
{
    xmlDocPtr ir = load("tests/golden/ir/kab-sukamaju/ir.xml");
    one_deep_branch(ir);
    present p;
    xmlNodePtr section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    survey s;
    survey_section(&s, section);
    common("deep-branch", &s, ir);
    char why[200];
    snprintf(why, sizeof why, "%zu figures", s.figures);
    unit_ok("deep-branch.several-figures", s.figures >= 2, why);
    /* each figure repeats the root and the OPD sasaran above its part */
    unit_int("deep-branch.chain-repeated", (long)s.boxes, 80 + 2 * (long)s.figures);
    texts_free(&s.paras);
    finish(&p);
    xmlFreeDoc(ir);
}

/* The first r:indikator with this id, anywhere under n. */
static xmlNodePtr find_indicator(xmlNodePtr n, const char *id)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(c->name, BAD_CAST "indikator") && prop_is(c, "id", id))
            return c;
        xmlNodePtr hit = find_indicator(c, id);
        if (hit)
            return hit;
    }
    return NULL;
}

/* The target shown is the year's: in a year the period's target (the PK
 * in force, here changed to differ from the plan's 95), in a quarter the
 * PK's annual figure rather than the quarter's cumulative target. */
static void targets(void)
{
    xmlDocPtr ir = load("tests/golden/ir/kab-sukamaju/dinkes/ir.xml");
    xmlNodePtr aki = find_indicator(xmlDocGetRootElement(ir), "DINKES-AKI");
    xmlNodePtr period_target = ir_element(aki, "target-periode");
    xmlSetProp(period_target, BAD_CAST "nilai", BAD_CAST "94.5");
    present p;
    xmlNodePtr section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    survey s;
    survey_section(&s, section);
    holds("target.year-the-pk-in-force", &s, "Target 2025: 94,5 per 100.000 kelahiran hidup");
    texts_free(&s.paras);
    finish(&p);

    xmlNodePtr period = ir_element(xmlDocGetRootElement(ir), "periode");
    xmlSetProp(period, BAD_CAST "jenis", BAD_CAST "triwulan");
    xmlSetProp(period, BAD_CAST "ke", BAD_CAST "3");
    xmlSetProp(period_target, BAD_CAST "nilai", BAD_CAST "71");
    section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    survey_section(&s, section);
    holds("target.quarter-the-annual-pk", &s, "Target 2025: 95 per 100.000 kelahiran hidup");
    unit_ok("target.quarter-not-the-quarters", !texts_has(&s.paras, "Target 2025: 71", 0),
            "the quarter's target shown");
    texts_free(&s.paras);
    finish(&p);
    xmlFreeDoc(ir);
}

static void empty(void)
{
    xmlDocPtr ir = load("tests/golden/ir/kab-sukamaju/ir.xml");
    xmlNodePtr nodes, edges;
    fresh_tree(ir, &nodes, &edges);
    present p;
    xmlNodePtr section = begin(&p, ir, LKJ_LANG_ID);
    tree_draw(&p, section);
    xmlNodePtr last = xmlGetLastChild(section);
    xmlChar *text = last ? xmlNodeGetContent(last) : NULL;
    unit_ok("empty.a-paragraph", is_el(last, LKJ_PRESENT_NS, "p") && prop_is(last, "peran", "kosong"),
            "the last block is no p:p peran=\"kosong\"");
    unit_str("empty.says-so", (const char *)text, pr_label(&p, "pohon.kosong"));
    xmlFree(text);
    finish(&p);
    xmlFreeDoc(ir);
}

int main(void)
{
    lkj_diags *d = lkj_diags_new(LKJ_LANG_ID);
    if (present_init("stylesheets", d) != 0) {
        printf("FAIL tree.setup: the labels did not load\n");
        return 1;
    }
    pemda();
    opd();
    split_wide();
    split_deep();
    targets();
    empty();
    present_cleanup();
    lkj_diags_free(d);
    xmlCleanupParser();
    return unit_exit();
}

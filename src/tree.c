/*
 * tree.c — the pohon kinerja (tree.h) drawn as SVG for the presented
 * document, readable on an A4 page at 100 %.
 *
 * The IR's r:pohon-kinerja gives the boxes (r:simpul) and the edges
 * (r:garis); its coordinates are ignored and the tree is laid out again
 * here, because a readable drawing depends on the text in each box:
 *
 * - One figure per top-level branch (a tingkat 0 node and everything under
 *   it). The branch's root is a band across the top of the figure; the
 *   levels below it are columns, left to right, all of one width fixed for
 *   the whole tree (at most FIG_WIDTH_MAX units wide, so every figure has
 *   the same scale).
 * - Every box shows its full text, wrapped (glyphs estimated at 0.6 × the
 *   font size, 0.66 in bold), never clipped; below it each indicator of the
 *   node with its target for the report year. A box is as tall as its text.
 * - A subtree takes a vertical band of its own: as tall as its root box or
 *   as its children's bands stacked, whichever is more; the box sits in the
 *   middle of its band. Bands never overlap, columns never overlap, so no
 *   two boxes do; edges run in the gaps between columns.
 * - A branch taller than a page (FIG_HEIGHT_MAX) is split between its
 *   children into several figures, never shrunk: children are packed onto
 *   a page in order while they fit; a child too tall for a page alone is
 *   split the same way among its own children. Each continuation figure
 *   repeats the branch's root and the boxes above the part it shows, so
 *   every page reads on its own; the title says "(2/3)".
 * - Crosscutting boxes (lintas="ya") have a dashed orange border and say
 *   "crosscutting" in words, so that a grey print shows it too.
 */
#include "tree.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* ------------------------------------------------------------------ */
/* Geometry (SVG user units)                                           */
/* ------------------------------------------------------------------ */

#define FIG_WIDTH_MAX 680.0  /* an A4 text column at 100 % */
#define FIG_HEIGHT_MAX 960.0 /* an A4 text area at that scale, less a caption */
#define MARGIN 8.0
#define BUS 18.0 /* left of the first column: the root band's connector */
#define COL_GAP 24.0
#define COL_WIDTH_MAX 300.0 /* longer lines read badly */
#define ROW_GAP 8.0
#define ROOT_GAP 12.0
#define PAD_X 6.0
#define PAD_Y 5.0
#define PARA_GAP 2.0
#define RULE_GAP 4.0
#define BULLET_INDENT 9.0
#define LEGEND_SWATCH_W 22.0
#define LEGEND_SWATCH_H 11.0
#define LEGEND_ROW 16.0
#define LEGEND_GAP 8.0
#define PAGE_MIN 120.0 /* the least room for boxes under a very tall root */
#define DEPTH_MAX 6    /* columns below the root; lower.c makes at most 3 */

#define FONT_FAMILY "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
#define INK "#1f2328"
#define MUTED "#57606a"
#define LINTAS "#b35900"
#define EDGE "#7d8a97"

typedef enum { T_CAPTION, T_LABEL, T_ROOT_LABEL, T_INDICATOR, T_TARGET, T_STYLES } text_style;

typedef struct style_metrics {
    double size, leading, glyph, indent;
    int bold, italic;
} style_metrics;

static const style_metrics METRICS[T_STYLES] = {
    [T_CAPTION] = {9, 11, 0.6, 0, 0, 0},
    [T_LABEL] = {10, 12.5, 0.6, 0, 0, 0},
    [T_ROOT_LABEL] = {11, 14, 0.66, 0, 1, 0},
    [T_INDICATOR] = {9, 11, 0.6, BULLET_INDENT, 0, 0},
    [T_TARGET] = {9, 11, 0.6, BULLET_INDENT, 0, 1},
};

/* The look of a box by its jenis. */
typedef struct box_style {
    const char *jenis, *legend_key, *fill, *stroke, *ink, *muted, *rule;
    int dark; /* light text on a dark fill */
} box_style;

static const box_style BOX_STYLES[] = {
    {"sasaran-pemda", "pohon.sasaran-pemda", "#1f3b5c", "#1f3b5c", "#ffffff", "#d8e2ee", "#5b7694", 1},
    {"sasaran-opd", "pohon.sasaran-opd", "#dce6f1", "#5a7fa8", INK, MUTED, "#a9bdd3", 0},
    {"program", "pohon.program", "#eef1f4", "#8c99a6", INK, MUTED, "#c5ccd3", 0},
    {"kegiatan", "pohon.kegiatan", "#ffffff", "#8c99a6", INK, MUTED, "#d0d7de", 0},
};
#define BOX_KINDS (sizeof BOX_STYLES / sizeof BOX_STYLES[0])
#define LINTAS_FILL "#fdf0e1"

/* ------------------------------------------------------------------ */
/* The tree in memory                                                  */
/* ------------------------------------------------------------------ */

/* A paragraph of a box: its lines, wrapped to the box. */
typedef struct para {
    text_style style;
    int rule_above; /* a thin line before it: the first indicator */
    int bullet;     /* a bullet before its first line: an indicator */
    size_t count;
    const char **lines;
} para;

typedef struct tnode {
    const xmlNode *simpul;
    const char *jenis, *ref, *label; /* label: white space folded */
    int lintas;
    int kind; /* index in BOX_STYLES */
    int parent, child, next, last_child;
    int depth;
    size_t para_count;
    para *paras;
    double h, block; /* the box's height; its subtree's band */
} tnode;

typedef struct tree {
    present *p;
    arena *a;
    tnode *n;
    size_t count;
    int depth;           /* the deepest column below a root */
    double col_w;        /* a column's width */
    double width;        /* every figure's width */
    const char *unit_id; /* the report's unit: nodes of others have no indicators here */
    int annual;
} tree;

/* The kinds of box in a drawing, for its legend. */
typedef struct kinds {
    int used[BOX_KINDS];
    int lintas;
} kinds;

static int fail(tree *t)
{
    t->p->failed = 1;
    return -1;
}

static int kind_of(const char *jenis)
{
    for (size_t i = 0; i < BOX_KINDS; i++)
        if (strcmp(jenis, BOX_STYLES[i].jenis) == 0)
            return (int)i;
    return (int)BOX_KINDS - 1; /* an unknown kind looks like a kegiatan */
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* text with runs of white space folded to one space, trimmed. */
static const char *folded(arena *a, const char *text)
{
    char *out = arena_alloc_text(a, strlen(text) + 1);
    if (!out)
        return NULL;
    size_t len = 0;
    for (const char *s = text; *s; s++) {
        if (!is_space(*s))
            out[len++] = *s;
        else if (len && s[1] && !is_space(s[1]))
            out[len++] = ' ';
    }
    out[len] = '\0';
    return out;
}

/* A formatted string in the arena, as long as it needs (no text cut in the
 * middle of a character). */
static char *arena_printf(arena *a, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    char *out = n >= 0 ? arena_alloc_text(a, (size_t)n + 1) : NULL;
    if (out) {
        va_start(ap, format);
        vsnprintf(out, (size_t)n + 1, format, ap);
        va_end(ap);
    }
    return out;
}

/* ------------------------------------------------------------------ */
/* Reading r:pohon-kinerja                                             */
/* ------------------------------------------------------------------ */

typedef struct by_no {
    long no;
    int index;
} by_no;

static int by_no_order(const void *a, const void *b)
{
    long x = ((const by_no *)a)->no, y = ((const by_no *)b)->no;
    return x < y ? -1 : x > y;
}

static int find_no(const by_no *index, size_t count, const char *no)
{
    if (!no)
        return -1;
    char *end = NULL;
    by_no probe = {strtol(no, &end, 10), 0};
    if (!end || *end != '\0')
        return -1;
    const by_no *hit = bsearch(&probe, index, count, sizeof *index, by_no_order);
    return hit ? hit->index : -1;
}

static int read_nodes(tree *t, const xmlNode *nodes)
{
    t->count = ir_count(nodes, "simpul");
    t->n = arena_alloc(t->a, (t->count ? t->count : 1) * sizeof *t->n);
    if (!t->n)
        return fail(t);
    size_t i = 0;
    for (const xmlNode *s = ir_child(nodes, "simpul"); s; s = ir_next(s, "simpul"), i++) {
        tnode *n = &t->n[i];
        n->simpul = s;
        n->jenis = ir_attr_or_empty(s, "jenis");
        n->ref = ir_attr_or_empty(s, "ref");
        n->label = folded(t->a, ir_child_text(s, "label"));
        if (!n->label)
            return fail(t);
        if (!*n->label)
            n->label = n->ref;
        n->lintas = strcmp(ir_attr_or_empty(s, "lintas"), "ya") == 0;
        n->kind = kind_of(n->jenis);
        n->parent = n->child = n->next = n->last_child = -1;
    }
    return 0;
}

/* The edges, in the IR's order (lower.c's order of the children). A node
 * keeps its first parent; an edge that would give it a second one, or
 * that names no box, is ignored, so the boxes form a forest. */
static int read_edges(tree *t, const xmlNode *edges)
{
    by_no *index = malloc((t->count ? t->count : 1) * sizeof *index);
    if (!index)
        return fail(t);
    for (size_t i = 0; i < t->count; i++) {
        int ok;
        index[i].no = (long)ir_number(t->n[i].simpul, "no", &ok);
        index[i].index = (int)i;
    }
    qsort(index, t->count, sizeof *index, by_no_order);
    for (const xmlNode *g = ir_child(edges, "garis"); g; g = ir_next(g, "garis")) {
        int from = find_no(index, t->count, ir_attr(g, "dari"));
        int to = find_no(index, t->count, ir_attr(g, "ke"));
        if (from < 0 || to < 0 || from == to || t->n[to].parent >= 0)
            continue;
        t->n[to].parent = from;
        if (t->n[from].last_child >= 0)
            t->n[t->n[from].last_child].next = to;
        else
            t->n[from].child = to;
        t->n[from].last_child = to;
    }
    free(index);
    return 0;
}

/* Depths from each root; a node in a cycle has a parent and is reached
 * from no root, so it keeps depth -1 and is not drawn. Nodes deeper than
 * DEPTH_MAX are cut off (lower.c never makes them). */
static void set_depth(tree *t, int i, int depth)
{
    t->n[i].depth = depth;
    if (depth > t->depth)
        t->depth = depth;
    int *link = &t->n[i].child;
    while (*link >= 0) {
        if (depth + 1 > DEPTH_MAX) {
            *link = -1;
            break;
        }
        set_depth(t, *link, depth + 1);
        link = &t->n[*link].next;
    }
}

/* ------------------------------------------------------------------ */
/* Indicators and their targets                                        */
/* ------------------------------------------------------------------ */

static const xmlNode *find_sasaran(const tree *t, const char *id)
{
    for (const xmlNode *tj = ir_child(t->p->ir, "tujuan"); tj; tj = ir_next(tj, "tujuan"))
        for (const xmlNode *s = ir_child(tj, "sasaran"); s; s = ir_next(s, "sasaran"))
            if (strcmp(ir_attr_or_empty(s, "id"), id) == 0)
                return s;
    return NULL;
}

static const xmlNode *find_program(const tree *t, const char *kode)
{
    for (const xmlNode *pg = ir_child(t->p->ir, "program"); pg; pg = ir_next(pg, "program"))
        if (strcmp(ir_attr_or_empty(pg, "kode"), kode) == 0)
            return pg;
    return NULL;
}

static const xmlNode *find_kegiatan(const tree *t, const char *kode)
{
    for (const xmlNode *pg = ir_child(t->p->ir, "program"); pg; pg = ir_next(pg, "program"))
        for (const xmlNode *k = ir_child(pg, "kegiatan"); k; k = ir_next(k, "kegiatan"))
            if (strcmp(ir_attr_or_empty(k, "kode"), kode) == 0)
                return k;
    return NULL;
}

/* The element of the IR whose r:indikator children belong to the box: only
 * the report's own unit's sasaran, programs and kegiatan are in its IR (a
 * pemda's IR has no indicators of its OPDs). */
static const xmlNode *node_source(const tree *t, const tnode *n)
{
    const char *unit = ir_attr(n->simpul, "unit");
    if (!t->unit_id || !unit || strcmp(unit, t->unit_id) != 0)
        return NULL;
    if (strncmp(n->jenis, "sasaran", 7) == 0)
        return find_sasaran(t, n->ref);
    if (strcmp(n->jenis, "program") == 0)
        return find_program(t, n->ref);
    if (strcmp(n->jenis, "kegiatan") == 0)
        return find_kegiatan(t, n->ref);
    return NULL;
}

static const xmlNode *child_where(const xmlNode *n, const char *name, const char *attr, const char *value)
{
    for (const xmlNode *c = ir_child(n, name); c; c = ir_next(c, name))
        if (value && strcmp(ir_attr_or_empty(c, attr), value) == 0)
            return c;
    return NULL;
}

/* The target of the report year: the period's target in an annual report
 * (the PK in force, else the plan's); in a quarter or a month the annual
 * figure of the PK that period used, else the plan's target of the year. */
static const xmlNode *year_target(const tree *t, const xmlNode *ind)
{
    const xmlNode *tp = ir_child(ind, "target-periode");
    int ok = tp && strcmp(ir_attr_or_empty(tp, "status"), "ok") == 0;
    if (ok && t->annual)
        return tp;
    const xmlNode *pk = ok ? child_where(ind, "target-pk", "versi", ir_attr(tp, "versi-pk")) : NULL;
    if (pk && (ir_attr(pk, "nilai") || ir_attr(pk, "bawah") || ir_attr(pk, "predikat") || ir_attr(pk, "teks")))
        return pk;
    char year[16];
    snprintf(year, sizeof year, "%d", t->p->year);
    return child_where(ind, "target", "tahun", year);
}

/* "Target 2025: 95 per 100.000 kelahiran hidup" (a grade or a text without
 * the satuan). */
static const char *target_words(tree *t, const xmlNode *ind)
{
    char number[2 * PR_NUMBER_MAX + 8], year[16];
    const xmlNode *target = year_target(t, ind);
    /* a text target is as long as it was written */
    const char *value = ir_attr(target, "predikat");
    if (!value)
        value = ir_attr(target, "teks");
    if (!value)
        value = target ? pr_typed_value(t->p, number, sizeof number, target) : "–";
    const char *satuan = folded(t->a, ir_child_text(ind, "satuan"));
    if (!satuan)
        return NULL;
    int bare = !target || ir_attr(target, "predikat") || ir_attr(target, "teks") || strcmp(value, "–") == 0 || !*satuan;
    const char *with_unit =
        bare ? value : arena_printf(t->a, strcmp(satuan, "%") == 0 ? "%s%s" : "%s %s", value, satuan);
    snprintf(year, sizeof year, "%d", t->p->year);
    /* the label has two placeholders; filling them cannot outgrow this */
    size_t size = strlen(pr_label(t->p, "pohon.target")) + strlen(year) + (with_unit ? strlen(with_unit) : 0) + 1;
    char *out = with_unit ? arena_alloc_text(t->a, size) : NULL;
    if (!out)
        return NULL;
    pr_label_with(t->p, out, size, "pohon.target", "tahun", year, "nilai", with_unit, (const char *)NULL);
    return folded(t->a, out);
}

/* ------------------------------------------------------------------ */
/* Wrapping                                                            */
/* ------------------------------------------------------------------ */

static size_t utf8_chars(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The bytes of the first chars characters of s (at most bytes). */
static size_t utf8_prefix(const char *s, size_t bytes, size_t chars)
{
    size_t i = 0;
    while (i < bytes && chars) {
        i++;
        while (i < bytes && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars--;
    }
    return i;
}

static void keep_line(arena *a, const char **lines, size_t *count, const char *from, const char *to)
{
    if (lines)
        lines[*count] = arena_strndup(a, from, (size_t)(to - from));
    (*count)++;
}

/* Breaks folded text into lines of at most max characters at spaces; a
 * word longer than a line is cut. Counts the lines, and stores them when
 * lines is not NULL. */
static size_t wrap_lines(arena *a, const char *text, size_t max, const char **lines)
{
    size_t count = 0, line_chars = 0;
    const char *start = NULL, *end = NULL;
    const char *s = text;
    while (*s) {
        size_t wb = strcspn(s, " ");
        size_t wc = utf8_chars(s, wb);
        if (line_chars && line_chars + 1 + wc <= max) {
            end = s + wb;
            line_chars += 1 + wc;
        } else {
            if (line_chars)
                keep_line(a, lines, &count, start, end);
            while (wc > max) {
                size_t cut = utf8_prefix(s, wb, max);
                keep_line(a, lines, &count, s, s + cut);
                s += cut;
                wb -= cut;
                wc -= max;
            }
            start = s;
            end = s + wb;
            line_chars = wc;
        }
        s += wb;
        while (*s == ' ')
            s++;
    }
    if (line_chars)
        keep_line(a, lines, &count, start, end);
    return count;
}

static size_t max_chars(double box_w, text_style style)
{
    const style_metrics *m = &METRICS[style];
    double room = box_w - 2 * PAD_X - m->indent;
    size_t n = room > 0 ? (size_t)(room / (m->size * m->glyph)) : 1;
    return n ? n : 1;
}

static int add_para(tree *t, tnode *n, para *slots, text_style style, const char *text, double box_w)
{
    if (!text || !*text)
        return 0;
    para *pa = &slots[n->para_count];
    size_t max = max_chars(box_w, style);
    pa->style = style;
    pa->count = wrap_lines(t->a, text, max, NULL);
    pa->lines = arena_alloc(t->a, (pa->count ? pa->count : 1) * sizeof *pa->lines);
    if (!pa->lines)
        return fail(t);
    wrap_lines(t->a, text, max, pa->lines);
    n->para_count++;
    return arena_failed(t->a) ? fail(t) : 0;
}

static int is_coded(const tnode *n) { return strcmp(n->jenis, "program") == 0 || strcmp(n->jenis, "kegiatan") == 0; }

/* The caption line: the program's or kegiatan's code, and "crosscutting". */
static const char *caption(tree *t, const tnode *n)
{
    const char *lintas = n->lintas ? pr_label(t->p, "pohon.lintas") : "";
    const char *text =
        arena_printf(t->a, "%s%s%s", is_coded(n) ? n->ref : "", is_coded(n) && n->lintas ? " · " : "", lintas);
    return text ? folded(t->a, text) : NULL;
}

/* The space before paragraph i of a box: a small gap, or a rule with a gap
 * on either side before the indicators. */
static double space_above(const tnode *n, size_t i)
{
    if (n->paras[i].rule_above)
        return (i ? RULE_GAP : 0) + RULE_GAP;
    return i ? PARA_GAP : 0;
}

/* The paragraphs of a box of width box_w and its height. */
static int measure(tree *t, tnode *n, double box_w, int root)
{
    const xmlNode *source = node_source(t, n);
    size_t indicators = ir_count(source, "indikator");
    n->paras = arena_alloc(t->a, (2 + 2 * indicators) * sizeof *n->paras);
    if (!n->paras)
        return fail(t);
    const char *cap = caption(t, n);
    if (!cap)
        return fail(t);
    if (add_para(t, n, n->paras, T_CAPTION, cap, box_w) ||
        add_para(t, n, n->paras, root ? T_ROOT_LABEL : T_LABEL, n->label, box_w))
        return -1;
    int first = 1;
    for (const xmlNode *ind = ir_child(source, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        const char *name = folded(t->a, ir_child_text(ind, "nama"));
        const char *target = target_words(t, ind);
        if (!name || !target)
            return fail(t);
        size_t at = n->para_count;
        size_t room = max_chars(box_w, T_INDICATOR);
        size_t both = utf8_chars(name, strlen(name)) + 3 + utf8_chars(target, strlen(target));
        if (both <= room) {
            /* on one line when it fits: "Name — Target 2025: 95 persen" */
            const char *line = arena_printf(t->a, "%s — %s", name, target);
            if (!line)
                return fail(t);
            if (add_para(t, n, n->paras, T_INDICATOR, line, box_w))
                return -1;
        } else if (add_para(t, n, n->paras, T_INDICATOR, *name ? name : "–", box_w) ||
                   add_para(t, n, n->paras, T_TARGET, target, box_w)) {
            return -1;
        }
        if (n->para_count > at) {
            n->paras[at].bullet = 1;
            n->paras[at].rule_above = first;
            first = 0;
        }
    }
    double h = 2 * PAD_Y;
    for (size_t i = 0; i < n->para_count; i++)
        h += space_above(n, i) + (double)n->paras[i].count * METRICS[n->paras[i].style].leading;
    n->h = h;
    return 0;
}

/* The band of each subtree, children first. */
static double set_block(tree *t, int i)
{
    tnode *n = &t->n[i];
    double span = 0;
    for (int c = n->child; c >= 0; c = t->n[c].next)
        span += set_block(t, c) + (c != n->child ? ROW_GAP : 0);
    n->block = n->h > span ? n->h : span;
    return n->block;
}

static double column_x(const tree *t, int depth) { return MARGIN + BUS + (depth - 1) * (t->col_w + COL_GAP); }

static double root_width(const tree *t) { return t->width - 2 * MARGIN; }

/* ------------------------------------------------------------------ */
/* Pages: how a branch is split                                        */
/* ------------------------------------------------------------------ */

/* A figure: the boxes above its part (chain, the branch's root not
 * counted), and count consecutive children of the chain's last box (or of
 * the root) from first, each with its whole subtree. */
typedef struct page {
    int chain[DEPTH_MAX];
    int chain_len;
    int first, count;
} page;

typedef struct pages {
    tree *t;
    page *items;
    size_t count, cap;
    double room; /* height for the boxes under the root band */
} pages;

static void add_page(pages *ps, const int *chain, int chain_len, int first, int count)
{
    if (ps->count == ps->cap) {
        size_t cap = ps->cap ? 2 * ps->cap : 8;
        page *grown = realloc(ps->items, cap * sizeof *grown);
        if (!grown) {
            fail(ps->t);
            return;
        }
        ps->items = grown;
        ps->cap = cap;
    }
    page *pg = &ps->items[ps->count++];
    memcpy(pg->chain, chain, (size_t)chain_len * sizeof *chain);
    pg->chain_len = chain_len;
    pg->first = first;
    pg->count = count;
}

/* Distributes the children of node (the last of chain, or the root when
 * chain is empty) over pages; chain_h: the tallest box of the chain. */
static void split(pages *ps, int node, int *chain, int chain_len, double chain_h)
{
    const tree *t = ps->t;
    int first = -1, count = 0;
    double span = 0;
    for (int c = t->n[node].child; c >= 0; c = t->n[c].next) {
        double with = span + (count ? ROW_GAP : 0) + t->n[c].block;
        if ((with > chain_h ? with : chain_h) <= ps->room) {
            if (!count)
                first = c;
            count++;
            span = with;
            continue;
        }
        if (count)
            add_page(ps, chain, chain_len, first, count);
        double alone = t->n[c].block > chain_h ? t->n[c].block : chain_h;
        if (alone <= ps->room || t->n[c].child < 0 || chain_len >= DEPTH_MAX) {
            /* fits alone, or cannot be split: its own page even if tall */
            first = c;
            count = 1;
            span = t->n[c].block;
            continue;
        }
        chain[chain_len] = c;
        split(ps, c, chain, chain_len + 1, t->n[c].h > chain_h ? t->n[c].h : chain_h);
        count = 0;
        span = 0;
    }
    if (count)
        add_page(ps, chain, chain_len, first, count);
}

/* ------------------------------------------------------------------ */
/* A page laid out                                                      */
/* ------------------------------------------------------------------ */

typedef struct vnode {
    int node;
    int first, count; /* children: view->kids[first .. first + count) */
    double block, span, x, y;
} vnode;

typedef struct view {
    vnode *v;
    int *kids;
    size_t count, kid_count;
} view;

static int view_add(view *w, int node)
{
    vnode *v = &w->v[w->count];
    *v = (vnode){.node = node};
    return (int)w->count++;
}

/* Gives view node vi the children of its tree node from first, count of
 * them (all when count < 0), each with its whole subtree. */
static void view_children(view *w, const tree *t, int vi, int first, int count)
{
    int k = 0;
    for (int c = first; c >= 0 && (count < 0 || k < count); c = t->n[c].next)
        k++;
    w->v[vi].first = (int)w->kid_count;
    w->v[vi].count = k;
    w->kid_count += (size_t)k;
    int i = 0;
    for (int c = first; i < k; c = t->n[c].next, i++) {
        int ci = view_add(w, c);
        w->kids[w->v[vi].first + i] = ci;
        view_children(w, t, ci, t->n[c].child, -1);
    }
}

static void view_build(view *w, const tree *t, int root, const page *pg)
{
    w->count = w->kid_count = 0;
    int at = view_add(w, root);
    for (int i = 0; i < pg->chain_len; i++) {
        int ci = view_add(w, pg->chain[i]);
        w->v[at].first = (int)w->kid_count;
        w->v[at].count = 1;
        w->kids[w->kid_count++] = ci;
        at = ci;
    }
    view_children(w, t, at, pg->first, pg->count);
}

static double view_block(view *w, const tree *t, int vi)
{
    vnode *v = &w->v[vi];
    double span = 0;
    for (int i = 0; i < v->count; i++)
        span += view_block(w, t, w->kids[v->first + i]) + (i ? ROW_GAP : 0);
    v->span = span;
    v->block = t->n[v->node].h > span ? t->n[v->node].h : span;
    return v->block;
}

/* Places view node vi in the band from top, and its children. */
static void view_place(view *w, const tree *t, int vi, double top)
{
    vnode *v = &w->v[vi];
    const tnode *n = &t->n[v->node];
    v->x = column_x(t, n->depth);
    v->y = top + (v->block - n->h) / 2;
    double y = top + (v->block - v->span) / 2;
    for (int i = 0; i < v->count; i++) {
        int k = w->kids[v->first + i];
        view_place(w, t, k, y);
        y += w->v[k].block + ROW_GAP;
    }
}

/* ------------------------------------------------------------------ */
/* Drawing                                                             */
/* ------------------------------------------------------------------ */

/* Hundredths by hand: the pohon has thousands of coordinates and snprintf
 * was more than 1 % of a build. A value whose hundredths fall within a hair
 * of a half goes through snprintf, which rounds the exact binary value, so
 * every figure is the one "%.2f" gives. */
static int hundredths_text(char out[32], double v)
{
    double scaled = v * 100;
    if (!isfinite(scaled) || fabs(scaled) > 1e15)
        return 0;
    double whole = floor(scaled);
    if (fabs(scaled - whole - 0.5) < 1e-6)
        return 0;
    long long h = llround(scaled);
    unsigned long long a = h < 0 ? 0ULL - (unsigned long long)h : (unsigned long long)h;
    char digits[32], *w = digits + sizeof digits;
    *--w = '\0';
    *--w = (char)('0' + a % 10);
    *--w = (char)('0' + a / 10 % 10);
    *--w = '.';
    a /= 100;
    do {
        *--w = (char)('0' + a % 10);
        a /= 10;
    } while (a);
    if (h < 0)
        *--w = '-';
    memcpy(out, w, (size_t)(digits + sizeof digits - w));
    return 1;
}

static void number_text(char out[32], double v)
{
    if (!hundredths_text(out, v))
        snprintf(out, 32, "%.2f", v);
    size_t len = strlen(out);
    while (len && out[len - 1] == '0')
        out[--len] = '\0';
    if (len && out[len - 1] == '.')
        out[--len] = '\0';
    if (strcmp(out, "-0") == 0)
        snprintf(out, 32, "0");
}

static void attr_num(present *p, xmlNodePtr node, const char *name, double v)
{
    char buf[32];
    number_text(buf, v);
    pr_attr(p, node, name, buf);
}

static xmlNodePtr svg_text(present *p, xmlNodePtr parent, double x, double y, text_style style, const char *fill,
                           const char *text)
{
    const style_metrics *m = &METRICS[style];
    xmlNodePtr e = pr_svg(p, parent, "text");
    attr_num(p, e, "x", x);
    attr_num(p, e, "y", y);
    attr_num(p, e, "font-size", m->size);
    pr_attr(p, e, "fill", fill);
    if (m->bold)
        pr_attr(p, e, "font-weight", "bold");
    if (m->italic)
        pr_attr(p, e, "font-style", "italic");
    pr_text(p, e, text);
    return e;
}

static void svg_rect(present *p, xmlNodePtr parent, double x, double y, double w, double h, const box_style *bs,
                     int lintas)
{
    xmlNodePtr r = pr_svg(p, parent, "rect");
    attr_num(p, r, "x", x);
    attr_num(p, r, "y", y);
    attr_num(p, r, "width", w);
    attr_num(p, r, "height", h);
    pr_attr(p, r, "rx", "3");
    pr_attr(p, r, "fill", lintas && !bs->dark ? LINTAS_FILL : bs->fill);
    pr_attr(p, r, "stroke", lintas ? LINTAS : bs->stroke);
    pr_attr(p, r, "stroke-width", lintas ? "2" : "1");
    if (lintas)
        pr_attr(p, r, "stroke-dasharray", "6 3");
}

/* The baseline of a line whose line box starts at top. */
static double baseline(const style_metrics *m, double top) { return top + (m->leading - m->size) / 2 + 0.8 * m->size; }

static void draw_box(tree *t, xmlNodePtr parent, const tnode *n, double x, double y, double w)
{
    present *p = t->p;
    const box_style *bs = &BOX_STYLES[n->kind];
    xmlNodePtr g = pr_svg(p, parent, "g");
    pr_attr(p, g, "class", "simpul");
    int coded = is_coded(n);
    const char *title =
        arena_printf(t->a, "%s%s%s%s%s%s", n->label, coded ? " (" : "", coded ? n->ref : "", coded ? ")" : "",
                     n->lintas ? " — " : "", n->lintas ? pr_label(p, "pohon.lintas") : "");
    if (!title)
        fail(t);
    pr_text(p, pr_svg(p, g, "title"), title);
    svg_rect(p, g, x, y, w, n->h, bs, n->lintas);
    double top = y + PAD_Y;
    for (size_t i = 0; i < n->para_count; i++) {
        const para *pa = &n->paras[i];
        const style_metrics *m = &METRICS[pa->style];
        top += space_above(n, i);
        if (pa->rule_above) {
            /* the rule in the middle of the space above */
            double rule_y = top - RULE_GAP;
            xmlNodePtr l = pr_svg(p, g, "line");
            attr_num(p, l, "x1", x + PAD_X);
            attr_num(p, l, "y1", rule_y);
            attr_num(p, l, "x2", x + w - PAD_X);
            attr_num(p, l, "y2", rule_y);
            pr_attr(p, l, "stroke", bs->rule);
            pr_attr(p, l, "stroke-width", "0.8");
        }
        const char *fill = pa->style == T_CAPTION  ? (n->lintas && !bs->dark ? LINTAS : bs->muted)
                           : pa->style == T_TARGET ? bs->muted
                                                   : bs->ink;
        if (pa->bullet) {
            xmlNodePtr c = pr_svg(p, g, "circle");
            attr_num(p, c, "cx", x + PAD_X + 3);
            attr_num(p, c, "cy", top + m->leading / 2);
            pr_attr(p, c, "r", "1.5");
            pr_attr(p, c, "fill", bs->ink);
        }
        xmlNodePtr text = svg_text(p, g, x + PAD_X + m->indent, baseline(m, top), pa->style, fill, NULL);
        for (size_t k = 0; k < pa->count; k++) {
            xmlNodePtr span = pr_svg(p, text, "tspan");
            attr_num(p, span, "x", x + PAD_X + m->indent);
            attr_num(p, span, "y", baseline(m, top + (double)k * m->leading));
            pr_text(p, span, pa->lines[k]);
        }
        top += (double)pa->count * m->leading;
        pr_flush(p, g); /* a sasaran's box lists every indicator it has */
    }
}

static void draw_path(tree *t, xmlNodePtr parent, const char *d)
{
    xmlNodePtr e = pr_svg(t->p, parent, "path");
    pr_attr(t->p, e, "d", d);
}

/* The legend: a swatch and a word for each kind of box shown, and for
 * crosscutting; in rows within the figure. Returns its height (drawing
 * nothing when parent is NULL). */
static double legend(tree *t, xmlNodePtr parent, double top, const kinds *shown)
{
    const style_metrics *m = &METRICS[T_CAPTION];
    double x = MARGIN, y = top, right = t->width - MARGIN;
    int any = 0;
    xmlNodePtr g = parent ? pr_svg(t->p, parent, "g") : NULL;
    pr_attr(t->p, g, "class", "legenda");
    for (size_t i = 0; i <= BOX_KINDS; i++) {
        int is_lintas = i == BOX_KINDS;
        if (is_lintas ? !shown->lintas : !shown->used[i])
            continue;
        const char *word = pr_label(t->p, is_lintas ? "pohon.lintas" : BOX_STYLES[i].legend_key);
        double w = LEGEND_SWATCH_W + 5 + (double)utf8_chars(word, strlen(word)) * m->size * m->glyph;
        if (any && x + w > right) {
            x = MARGIN;
            y += LEGEND_ROW;
        }
        any = 1;
        if (g) {
            svg_rect(t->p, g, x, y + (LEGEND_ROW - LEGEND_SWATCH_H) / 2 - 1, LEGEND_SWATCH_W, LEGEND_SWATCH_H,
                     &BOX_STYLES[is_lintas ? 1 : i], is_lintas);
            svg_text(t->p, g, x + LEGEND_SWATCH_W + 5, baseline(m, y + (LEGEND_ROW - m->leading) / 2 - 1), T_CAPTION,
                     INK, word);
        }
        x += w + 14;
    }
    return any ? y - top + LEGEND_ROW : 0;
}

static void kinds_add(kinds *k, const tnode *n)
{
    k->used[n->kind] = 1;
    k->lintas |= n->lintas;
}

/* The desc of a figure: the text of its boxes in reading order. */
static void describe(tree *t, xmlNodePtr desc, const view *w)
{
    for (size_t i = 0; i < w->count; i++) {
        if (i)
            pr_text(t->p, desc, "; ");
        pr_text(t->p, desc, t->n[w->v[i].node].label);
    }
}

static void draw_page(tree *t, xmlNodePtr parent, view *w, int root, const page *pg, size_t k, size_t of)
{
    present *p = t->p;
    const tnode *r = &t->n[root];
    const char *title = of > 1 ? arena_printf(t->a, "%s — %s (%zu/%zu)", pr_label(p, "pohon-kinerja"), r->label, k, of)
                               : arena_printf(t->a, "%s — %s", pr_label(p, "pohon-kinerja"), r->label);
    if (!title) {
        fail(t);
        return;
    }

    view_build(w, t, root, pg);
    kinds shown = {{0}, 0};
    for (size_t i = 0; i < w->count; i++)
        kinds_add(&shown, &t->n[w->v[i].node]);
    double legend_h = legend(t, NULL, 0, &shown);
    double band_y = MARGIN + (legend_h > 0 ? legend_h + LEGEND_GAP : 0);
    double tree_y = band_y + r->h + ROOT_GAP;
    view_block(w, t, 0);
    double y = tree_y;
    for (int i = 0; i < w->v[0].count; i++) {
        int c = w->kids[w->v[0].first + i];
        view_place(w, t, c, y);
        y += w->v[c].block + ROW_GAP;
    }
    double height = (w->v[0].count ? tree_y + w->v[0].span : band_y + r->h) + MARGIN;

    xmlNodePtr fig = pr_el_role(p, parent, "gambar", "pohon-kinerja");
    pr_el_text(p, fig, "judul", title);
    xmlNodePtr svg = pr_svg(p, fig, "svg");
    char box[96], wbuf[32], hbuf[32];
    number_text(wbuf, t->width);
    number_text(hbuf, height);
    snprintf(box, sizeof box, "0 0 %s %s", wbuf, hbuf);
    pr_attr(p, svg, "width", wbuf);
    pr_attr(p, svg, "height", hbuf);
    pr_attr(p, svg, "viewBox", box);
    pr_attr(p, svg, "role", "img");
    pr_attr(p, svg, "font-family", FONT_FAMILY);
    pr_text(p, pr_svg(p, svg, "title"), title);
    describe(t, pr_svg(p, svg, "desc"), w);
    legend(t, svg, MARGIN, &shown);

    /* edges under the boxes: from the root band down its left side, and
     * from each box's right edge to its children's left edges */
    xmlNodePtr edges = pr_svg(p, svg, "g");
    pr_attr(p, edges, "class", "garis");
    pr_attr(p, edges, "fill", "none");
    pr_attr(p, edges, "stroke", EDGE);
    pr_attr(p, edges, "stroke-width", "1.2");
    char d[200], a[32], b[32], c[32], e[32], f[32];
    for (size_t i = 0; i < w->count; i++) {
        const vnode *v = &w->v[i];
        for (int j = 0; j < v->count; j++) {
            const vnode *kid = &w->v[w->kids[v->first + j]];
            number_text(c, kid->y + t->n[kid->node].h / 2);
            number_text(e, kid->x);
            if (i == 0) {
                number_text(a, MARGIN + BUS / 2);
                number_text(b, band_y + r->h);
                snprintf(d, sizeof d, "M%s %sV%sH%s", a, b, c, e);
            } else {
                number_text(a, v->x + t->col_w);
                number_text(b, v->y + t->n[v->node].h / 2);
                number_text(f, v->x + t->col_w + COL_GAP / 2);
                snprintf(d, sizeof d, "M%s %sH%sV%sH%s", a, b, f, c, e);
            }
            draw_path(t, edges, d);
        }
    }
    draw_box(t, svg, r, MARGIN, band_y, root_width(t));
    for (size_t i = 1; i < w->count; i++) {
        pr_flush(p, svg);
        draw_box(t, svg, &t->n[w->v[i].node], w->v[i].x, w->v[i].y, t->col_w);
    }
}

/* ------------------------------------------------------------------ */
/* The whole tree                                                      */
/* ------------------------------------------------------------------ */

static void choose_width(tree *t)
{
    int d = t->depth;
    double col = d ? (FIG_WIDTH_MAX - 2 * MARGIN - BUS - (d - 1) * COL_GAP) / d : COL_WIDTH_MAX;
    if (col > COL_WIDTH_MAX)
        col = COL_WIDTH_MAX;
    t->col_w = (double)(long)col;
    int cols = d ? d : 1;
    t->width = 2 * MARGIN + BUS + cols * t->col_w + (cols - 1) * COL_GAP;
}

static int measure_all(tree *t)
{
    for (size_t i = 0; i < t->count; i++) {
        tnode *n = &t->n[i];
        if (n->depth < 0)
            continue;
        if (measure(t, n, n->depth == 0 ? root_width(t) : t->col_w, n->depth == 0))
            return -1;
    }
    return 0;
}

static void draw_branch(tree *t, xmlNodePtr parent, view *w, int root)
{
    pages ps = {.t = t};
    /* the room under a legend of every kind in the tree: a figure's own
     * legend is never taller */
    kinds all = {{0}, 0};
    for (size_t i = 0; i < t->count; i++)
        if (t->n[i].depth >= 0)
            kinds_add(&all, &t->n[i]);
    double legend_h = legend(t, NULL, 0, &all);
    double above = MARGIN + (legend_h > 0 ? legend_h + LEGEND_GAP : 0) + t->n[root].h + ROOT_GAP + MARGIN;
    ps.room = FIG_HEIGHT_MAX - above > PAGE_MIN ? FIG_HEIGHT_MAX - above : PAGE_MIN;
    int chain[DEPTH_MAX] = {0};
    set_block(t, root);
    if (t->n[root].child < 0)
        add_page(&ps, chain, 0, -1, 0);
    else
        split(&ps, root, chain, 0, 0);
    for (size_t k = 0; k < ps.count && !t->p->failed; k++)
        draw_page(t, parent, w, root, &ps.items[k], k + 1, ps.count);
    free(ps.items);
}

static int read_tree(tree *t, const xmlNode *pohon)
{
    if (read_nodes(t, ir_child(pohon, "simpul-simpul")) || read_edges(t, ir_child(pohon, "garis-garis")))
        return -1;
    for (size_t i = 0; i < t->count; i++)
        t->n[i].depth = -1;
    for (size_t i = 0; i < t->count; i++)
        if (t->n[i].parent < 0)
            set_depth(t, (int)i, 0);
    return 0;
}

void tree_draw(present *p, xmlNodePtr parent)
{
    if (!parent)
        return;
    const xmlNode *pohon = ir_child(p->ir, "pohon-kinerja");
    if (!ir_child(ir_child(pohon, "simpul-simpul"), "simpul")) {
        pr_text(p, pr_el_role(p, parent, "p", "kosong"), pr_label(p, "pohon.kosong"));
        return;
    }
    tree t = {.p = p, .a = arena_new()};
    if (!t.a) {
        p->failed = 1;
        return;
    }
    t.unit_id = ir_attr(ir_child(p->ir, "unit"), "id");
    t.annual = strcmp(ir_attr_or_empty(ir_child(p->ir, "periode"), "jenis"), "tahun") == 0;
    view w = {0};
    if (read_tree(&t, pohon) == 0) {
        choose_width(&t);
        w.v = malloc((t.count + 1) * sizeof *w.v);
        w.kids = malloc((t.count + 1) * sizeof *w.kids);
        if (!w.v || !w.kids)
            p->failed = 1;
        else if (measure_all(&t) == 0)
            for (size_t i = 0; i < t.count && !p->failed; i++)
                if (t.n[i].depth == 0)
                    draw_branch(&t, parent, &w, (int)i);
    }
    free(w.v);
    free(w.kids);
    arena_free(t.a);
}

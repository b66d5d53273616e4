/*
 * chart.c — the report's charts as finished SVG, drawn from the IR (see
 * chart.h). Four charts: target against realisasi per sasaran, the trend
 * over the years and the progress within the year of one indicator, and
 * budget absorption per program.
 *
 * Every chart has a labelled value axis (tick labels and the unit), bars
 * from zero on the scale of their axis, and value labels that stay inside
 * the drawing and off the target line: a label is tried above, below and
 * beside its point and takes the first place that crosses no target line,
 * leaves the drawing nowhere and covers nothing else drawn.
 *
 * Text is measured by an average glyph width (GLYPH × font size per
 * character), a little wider than DejaVu Sans' digits, so a label placed
 * by this estimate fits. Coordinates are written with one decimal through
 * integer printf only, so neither the locale nor the platform's float
 * printing changes a byte; numbers shown are the tables' (pr_shown,
 * pr_percent, pr_number), the arithmetic here is geometry only.
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* The look                                                            */
/* ------------------------------------------------------------------ */

#define FONT_FAMILY "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
#define COLOUR_INK "#1f2328"
#define COLOUR_MUTED "#57606a"
#define COLOUR_GRID "#d0d7de"
#define COLOUR_REALISASI "#1f4e79"
#define COLOUR_TARGET "#a3adb8"
#define COLOUR_FULL "#b35900" /* the 100 % line of absorption */
#define COLOUR_FAILED "#9a1b1b"

/* Average advance of a glyph as a share of the font size (layout only). */
#define GLYPH 0.6
#define GLYPH_BOLD 0.67
/* A line of text's box around its baseline, as shares of the font size. */
#define ASCENT 0.85
#define DESCENT 0.25
/* Values beyond this are not drawn (their text is still shown). */
#define VALUE_LIMIT 1e15

/* ------------------------------------------------------------------ */
/* Writing SVG                                                         */
/* ------------------------------------------------------------------ */

/* v with at most one decimal and no trailing ".0", never "-0"; only
 * integers go through printf, so the locale changes nothing. */
static char *coord(char out[32], double v)
{
    if (!isfinite(v))
        v = 0;
    if (fabs(v) > 1e12)
        v = v < 0 ? -1e12 : 1e12;
    long long tenths = llround(v * 10);
    unsigned long long a = tenths < 0 ? 0ULL - (unsigned long long)tenths : (unsigned long long)tenths;
    /* Digits by hand, not snprintf: a chart has hundreds of coordinates
     * and snprintf was 2 % of a whole build's instructions. */
    char digits[32], *w = digits + sizeof digits;
    *--w = '\0';
    if (a % 10) {
        *--w = (char)('0' + a % 10);
        *--w = '.';
    }
    a /= 10;
    do {
        *--w = (char)('0' + a % 10);
        a /= 10;
    } while (a);
    if (tenths < 0)
        *--w = '-';
    memcpy(out, w, (size_t)(digits + sizeof digits - w));
    return out;
}

static void attr_num(present *p, xmlNodePtr n, const char *name, double v)
{
    char b[32];
    pr_attr(p, n, name, coord(b, v));
}

static xmlNodePtr svg_text(present *p, xmlNodePtr parent, double x, double y, double size,
                           const char *anchor, const char *text)
{
    xmlNodePtr t = pr_svg(p, parent, "text");
    attr_num(p, t, "x", x);
    attr_num(p, t, "y", y);
    if (anchor)
        pr_attr(p, t, "text-anchor", anchor);
    attr_num(p, t, "font-size", size);
    pr_text(p, t, text);
    return t;
}

static xmlNodePtr svg_line(present *p, xmlNodePtr parent, double x1, double y1, double x2, double y2,
                           const char *stroke, double width)
{
    xmlNodePtr l = pr_svg(p, parent, "line");
    attr_num(p, l, "x1", x1);
    attr_num(p, l, "y1", y1);
    attr_num(p, l, "x2", x2);
    attr_num(p, l, "y2", y2);
    pr_attr(p, l, "stroke", stroke);
    attr_num(p, l, "stroke-width", width);
    return l;
}

static xmlNodePtr svg_rect(present *p, xmlNodePtr parent, double x, double y, double w, double h,
                           const char *fill)
{
    xmlNodePtr r = pr_svg(p, parent, "rect");
    attr_num(p, r, "x", x);
    attr_num(p, r, "y", y);
    attr_num(p, r, "width", w < 0 ? 0 : w);
    attr_num(p, r, "height", h < 0 ? 0 : h);
    pr_attr(p, r, "fill", fill);
    return r;
}

/* An svg:title child (a tooltip, and the name of the figure for a screen
 * reader). */
static void svg_title(present *p, xmlNodePtr parent, const char *text)
{
    xmlNodePtr t = pr_svg(p, parent, "title");
    pr_text(p, t, text);
}

/* A figure: p:gambar peran="…" with its caption. */
static xmlNodePtr figure(present *p, xmlNodePtr parent, const char *peran, const char *caption)
{
    xmlNodePtr fig = pr_el_role(p, parent, "gambar", peran);
    pr_el_text(p, fig, "judul", caption);
    return fig;
}

/* The svg:svg of a figure, with its size, title and desc. */
static xmlNodePtr svg_root(present *p, xmlNodePtr fig, double w, double h, double font_size,
                           const char *title, const char *desc)
{
    char vb[100], a[32], b[32];
    xmlNodePtr svg = pr_svg(p, fig, "svg");
    attr_num(p, svg, "width", w);
    attr_num(p, svg, "height", h);
    snprintf(vb, sizeof vb, "0 0 %s %s", coord(a, w), coord(b, h));
    pr_attr(p, svg, "viewBox", vb);
    pr_attr(p, svg, "role", "img");
    pr_attr(p, svg, "class", "chart");
    pr_attr(p, svg, "font-family", FONT_FAMILY);
    attr_num(p, svg, "font-size", font_size);
    pr_attr(p, svg, "fill", COLOUR_INK);
    svg_title(p, svg, title);
    xmlNodePtr d = pr_svg(p, svg, "desc");
    pr_text(p, d, desc);
    return svg;
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */
/* ------------------------------------------------------------------ */

/* A growing string; a failed allocation leaves it as it was and marks it. */
typedef struct strbuf {
    char *s;
    size_t len, cap;
    int failed;
} strbuf;

static void sb_add_n(strbuf *b, const char *s, size_t n)
{
    if (b->failed || !s)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 128;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void sb_add(strbuf *b, const char *s)
{
    if (s)
        sb_add_n(b, s, strlen(s));
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* s with runs of white space as one space, trimmed (normalize-space). */
static void sb_add_normalized(strbuf *b, const char *s)
{
    int pending = 0;
    size_t start = b->len;
    for (; s && *s; s++) {
        if (is_blank(*s)) {
            pending = 1;
            continue;
        }
        if (pending && b->len > start)
            sb_add_n(b, " ", 1);
        pending = 0;
        sb_add_n(b, s, 1);
    }
}

/* The text of b for the document ("" after a failure, which fails p). */
static const char *sb_text(present *p, const strbuf *b)
{
    if (b->failed) {
        p->failed = 1;
        return "";
    }
    return b->s ? b->s : "";
}

static void sb_free(strbuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Measuring and wrapping text                                         */
/* ------------------------------------------------------------------ */

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static double text_width(const char *s, double size)
{
    return (double)utf8_chars(s) * size * GLYPH;
}

static double bold_width(const char *s, double size)
{
    return (double)utf8_chars(s) * size * GLYPH_BOLD;
}

/* How many characters of this size fit in width. */
static size_t chars_within(double width, double size)
{
    double n = floor(width / (size * GLYPH));
    return n < 1 ? 1 : (size_t)n;
}

/* The byte offset of the k-th character of s (its length when shorter). */
static size_t char_offset(const char *s, size_t k)
{
    size_t i = 0;
    while (s[i] && k > 0) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        k--;
    }
    return i;
}

#define WRAP_LINES 3
#define WRAP_CHARS 120

typedef struct wrapped {
    int n;
    char line[WRAP_LINES][WRAP_CHARS * 4 + 8];
} wrapped;

/* Where the first line of s ends when it may hold max characters: after the
 * last whole word that fits (*skip past the space), or inside a word longer
 * than the line. */
static void line_break(const char *s, size_t max, size_t *take, size_t *skip)
{
    size_t end = char_offset(s, max);
    for (size_t i = end; i > 0; i--)
        if (s[i] == ' ') {
            *take = i;
            *skip = i + 1;
            return;
        }
    *take = end;
    *skip = end;
}

/* text (white space folded) in at most max_lines lines of max_chars; the
 * last line ends in "…" when text is longer. */
static void wrap(present *p, wrapped *w, const char *text, size_t max_chars, int max_lines)
{
    strbuf norm = {0};
    w->n = 0;
    max_chars = max_chars < 2 ? 2 : max_chars > WRAP_CHARS ? WRAP_CHARS : max_chars;
    max_lines = max_lines < 1 ? 1 : max_lines > WRAP_LINES ? WRAP_LINES : max_lines;
    sb_add_normalized(&norm, text);
    const char *rest = sb_text(p, &norm);
    while (*rest && w->n < max_lines) {
        int last = w->n == max_lines - 1;
        size_t take = strlen(rest), skip = take;
        if (utf8_chars(rest) > max_chars)
            line_break(rest, last ? max_chars - 1 : max_chars, &take, &skip);
        char *line = w->line[w->n++];
        take = take < sizeof w->line[0] - 4 ? take : sizeof w->line[0] - 4; /* only invalid UTF-8 is longer */
        memcpy(line, rest, take);
        strcpy(line + take, last && rest[skip] ? "\xE2\x80\xA6" : "");
        rest += skip;
    }
    sb_free(&norm);
}

/* text on one line of at most width at this size ("…" when cut). */
static const char *fit_line(present *p, wrapped *w, const char *text, double width, double size)
{
    wrap(p, w, text, chars_within(width, size), 1);
    return w->n ? w->line[0] : "";
}

/* text wrapped to width in at most two lines at x = 0, the first baseline
 * at y (a row's name in the left column). */
static void name_lines(present *p, xmlNodePtr parent, const char *text, double width, double size, double y,
                       double line_height)
{
    wrapped w;
    wrap(p, &w, text, chars_within(width, size), 2);
    xmlNodePtr t = pr_svg(p, parent, "text");
    attr_num(p, t, "font-size", size);
    for (int i = 0; i < w.n; i++) {
        xmlNodePtr span = pr_svg(p, t, "tspan");
        pr_attr(p, span, "x", "0");
        attr_num(p, span, "y", y + line_height * i);
        pr_text(p, span, w.line[i]);
    }
}

/* ------------------------------------------------------------------ */
/* Reading values of the IR                                            */
/* ------------------------------------------------------------------ */

/* A finite, drawable number attribute. */
static int read_number(const xmlNode *n, const char *name, double *v)
{
    int ok = 0;
    double x = n ? ir_number(n, name, &ok) : 0;
    if (!ok || !isfinite(x) || fabs(x) > VALUE_LIMIT)
        return 0;
    *v = x;
    return 1;
}

static int is_ok(const xmlNode *n)
{
    return n && strcmp(ir_attr_or_empty(n, "status"), "ok") == 0;
}

/* The first child r:NAME of n whose tahun is year. */
static const xmlNode *child_of_year(const xmlNode *n, const char *name, int year)
{
    for (const xmlNode *c = ir_child(n, name); c; c = ir_next(c, name)) {
        int ok = 0;
        double y = ir_number(c, "tahun", &ok);
        if (ok && y == year)
            return c;
    }
    return NULL;
}

/* The grade scale (r:skala of the unit) of a qualitative indicator. */
static const xmlNode *grade_scale(const present *p, const xmlNode *ind)
{
    const char *id = ir_attr(ind, "skala");
    const xmlNode *unit = ir_child(p->ir, "unit");
    for (const xmlNode *s = id ? ir_child(unit, "skala") : NULL; s; s = ir_next(s, "skala"))
        if (strcmp(ir_attr_or_empty(s, "id"), id) == 0)
            return s;
    return NULL;
}

/* The number of a grade on its scale. */
static int grade_number(const xmlNode *scale, const char *kode, double *v)
{
    for (const xmlNode *t = kode ? ir_child(scale, "tingkat") : NULL; t; t = ir_next(t, "tingkat"))
        if (strcmp(ir_attr_or_empty(t, "kode"), kode) == 0)
            return read_number(t, "nilai", v);
    return 0;
}

/* A typed value as a number to draw: nilai, or the grade's number. */
static int value_number(const xmlNode *scale, const xmlNode *value, double *v)
{
    if (read_number(value, "nilai", v))
        return 1;
    return scale && grade_number(scale, ir_attr(value, "predikat"), v);
}

/* "tidak dihitung: alasan" for a value that was not computed. */
static void not_computed(const present *p, char *out, size_t size, const xmlNode *n)
{
    const char *why = ir_attr(n, "alasan");
    snprintf(out, size, "%s%s%s", pr_label(p, "tidak-dihitung"), why ? ": " : "", why ? why : "");
}

/* A computed value as the tables write it, or why it is missing. */
static void value_or_reason(const present *p, char *out, size_t size, const xmlNode *n)
{
    if (!n)
        snprintf(out, size, "%s", "\xE2\x80\x93");
    else if (!is_ok(n))
        not_computed(p, out, size, n);
    else
        pr_typed_value(p, out, size, n);
}

/* "nama (satuan)" of an indicator, normalised. */
static void add_name_and_unit(strbuf *b, const xmlNode *ind)
{
    sb_add_normalized(b, ir_child_text(ind, "nama"));
    const char *unit = ir_child_text(ind, "satuan");
    if (*unit) {
        sb_add(b, " (");
        sb_add_normalized(b, unit);
        sb_add(b, ")");
    }
}

/* ------------------------------------------------------------------ */
/* Value axes                                                          */
/* ------------------------------------------------------------------ */

/* A value axis from lo to hi with ticks at k × step, k = k0..k1, where
 * step = mant × 10^exp exactly, so tick labels are written from integers;
 * or, for a grade scale, ticks at its grades. */
typedef struct axis {
    double lo, hi;
    long long k0, k1, mant;
    int exp;
    const xmlNode *grades; /* r:skala, or NULL */
    int percent;           /* tick labels as "50%" */
} axis;

#define MAX_TICKS 24

typedef struct tick {
    double v;
    char text[PR_NUMBER_MAX];
} tick;

/* A nice step (1, 2, 2.5 or 5 × 10^e) for about `ticks` intervals over
 * lo..hi, and the ticks around them. */
static void axis_fit(axis *a, double lo, double hi, int ticks)
{
    double mag = fmax(fabs(lo), fabs(hi));
    if (hi - lo <= mag * 1e-9) { /* a flat series: a band around it */
        double pad = mag > 0 ? mag * 0.05 : 1;
        lo -= pad;
        hi += pad;
    }
    double raw = (hi - lo) / (ticks < 1 ? 1 : ticks);
    int e = (int)floor(log10(raw));
    e = e < -5 ? -5 : e; /* pr_number writes at most six decimals */
    double f = raw / pow(10, e);
    a->mant = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 25 : f <= 5 ? 5 : 10;
    a->exp = a->mant == 25 ? e - 1 : e;
    double step = (double)a->mant * pow(10, a->exp);
    a->k0 = (long long)floor(lo / step + 1e-9);
    a->k1 = (long long)ceil(hi / step - 1e-9);
    if (a->k1 <= a->k0)
        a->k1 = a->k0 + 1;
    a->lo = (double)a->k0 * step;
    a->hi = (double)a->k1 * step;
    a->grades = NULL;
}

/* The value of tick k as a plain decimal ("12000000", "0.25"). */
static void tick_raw(const axis *a, long long k, char out[48])
{
    long long n = k * a->mant;
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    char digits[32];
    snprintf(digits, sizeof digits, "%llu", u);
    size_t len = strlen(digits), at = 0;
    if (n < 0)
        out[at++] = '-';
    if (a->exp >= 0) {
        snprintf(out + at, 48 - at, "%s%.*s", digits, a->exp, "0000000000000000");
        return;
    }
    size_t d = (size_t)-a->exp;
    if (len <= d)
        snprintf(out + at, 48 - at, "0.%.*s%s", (int)(d - len), "0000000", digits);
    else
        snprintf(out + at, 48 - at, "%.*s.%s", (int)(len - d), digits, digits + len - d);
    size_t end = strlen(out);
    while (out[end - 1] == '0')
        out[--end] = '\0';
    if (out[end - 1] == '.')
        out[--end] = '\0';
}

/* The ticks of an axis with their labels; returns how many. */
static size_t axis_ticks(const axis *a, tick *out)
{
    size_t n = 0;
    if (a->grades) {
        for (const xmlNode *t = ir_child(a->grades, "tingkat"); t && n < MAX_TICKS; t = ir_next(t, "tingkat"))
            if (read_number(t, "nilai", &out[n].v) && out[n].v >= a->lo && out[n].v <= a->hi) {
                snprintf(out[n].text, PR_NUMBER_MAX, "%s", ir_attr_or_empty(t, "kode"));
                n++;
            }
        return n;
    }
    for (long long k = a->k0; k <= a->k1 && n < MAX_TICKS; k++, n++) {
        char raw[48];
        tick_raw(a, k, raw);
        out[n].v = (double)(k * a->mant) * pow(10, a->exp);
        if (a->percent)
            pr_percent(out[n].text, raw);
        else
            pr_number(out[n].text, raw);
    }
    return n;
}

static double widest_tick(const tick *t, size_t n, double size)
{
    double w = 0;
    for (size_t i = 0; i < n; i++)
        w = fmax(w, text_width(t[i].text, size));
    return w;
}

/* A horizontal axis over length: as many ticks (at most five intervals)
 * as leave room between their labels. */
static void axis_fit_across(axis *a, double lo, double hi, double length, double size)
{
    int percent = a->percent;
    for (int ticks = 5; ticks >= 1; ticks--) {
        axis_fit(a, lo, hi, ticks);
        a->percent = percent;
        tick t[MAX_TICKS];
        size_t n = axis_ticks(a, t);
        if (n < 2 || length / (double)(n - 1) >= widest_tick(t, n, size) + 8)
            return;
    }
}

/* A grade axis: its grades from lo to hi, widened to the scale's. */
static int axis_fit_grades(axis *a, const xmlNode *scale, double lo, double hi, double pad)
{
    int any = 0;
    for (const xmlNode *t = ir_child(scale, "tingkat"); t; t = ir_next(t, "tingkat")) {
        double v;
        if (read_number(t, "nilai", &v)) {
            lo = fmin(lo, v);
            hi = fmax(hi, v);
            any = 1;
        }
    }
    if (!any || !(hi > lo - 2 * pad) || hi - lo + 2 * pad <= 0)
        return 0;
    a->lo = lo - pad;
    a->hi = hi + pad;
    a->grades = scale;
    a->percent = 0;
    return 1;
}

/* Where v lies between p0 (at lo) and p1 (at hi). */
static double axis_at(const axis *a, double v, double p0, double p1)
{
    return p0 + (p1 - p0) * (v - a->lo) / (a->hi - a->lo);
}

/* ------------------------------------------------------------------ */
/* Placing value labels                                                */
/* ------------------------------------------------------------------ */

typedef struct box {
    double x0, y0, x1, y1;
} box;

typedef struct seg {
    double x1, y1, x2, y2;
} seg;

/* What a label must avoid: the target (never crossed), the realisasi line
 * and what is already drawn (avoided when a place allows). */
typedef struct placer {
    box bounds;
    seg *target, *line;
    size_t n_target, n_line;
    box *taken;
    size_t n_taken, cap_taken;
    int failed;
} placer;

static box text_box(double x, double y, double w, double size, char anchor)
{
    double x0 = anchor == 'm' ? x - w / 2 : anchor == 'e' ? x - w : x;
    box b = {x0, y - ASCENT * size, x0 + w, y + DESCENT * size};
    return b;
}

static box grown(box b, double d)
{
    box g = {b.x0 - d, b.y0 - d, b.x1 + d, b.y1 + d};
    return g;
}

static int boxes_meet(box a, box b)
{
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

static int box_within(box in, box out)
{
    return in.x0 >= out.x0 && in.x1 <= out.x1 && in.y0 >= out.y0 && in.y1 <= out.y1;
}

/* Whether segment s passes through box b (Liang–Barsky clipping). */
static int seg_meets_box(seg s, box b)
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
        if (pv[i] < 0 && r > t1)
            return 0;
        if (pv[i] > 0 && r < t0)
            return 0;
        if (pv[i] < 0)
            t0 = fmax(t0, r);
        else
            t1 = fmin(t1, r);
    }
    return t0 <= t1;
}

static int segs_meet_box(const seg *s, size_t n, box b)
{
    for (size_t i = 0; i < n; i++)
        if (seg_meets_box(s[i], b))
            return 1;
    return 0;
}

static void placer_take(placer *pl, box b)
{
    if (pl->n_taken == pl->cap_taken) {
        size_t cap = pl->cap_taken ? pl->cap_taken * 2 : 32;
        box *grown_taken = realloc(pl->taken, cap * sizeof *grown_taken);
        if (!grown_taken) {
            pl->failed = 1;
            return;
        }
        pl->taken = grown_taken;
        pl->cap_taken = cap;
    }
    pl->taken[pl->n_taken++] = b;
}

static int placer_free_of_taken(const placer *pl, box b)
{
    for (size_t i = 0; i < pl->n_taken; i++)
        if (boxes_meet(b, pl->taken[i]))
            return 0;
    return 1;
}

typedef struct spot {
    double x, y;
    char anchor; /* 'm'iddle, 's'tart, 'e'nd */
} spot;

/* The i-th place tried for a label of a point at (px, py): above, below,
 * beside to the right and left, then further above and below. */
static spot candidate(int i, double px, double py, double size)
{
    static const struct {
        double dx, dy, dy_em;
        char anchor;
    } at[] = {
        {0, -6, -DESCENT, 'm'}, {0, 6, ASCENT, 'm'},  {6, -4, 0, 's'},           {6, 4, ASCENT, 's'},
        {-6, -4, 0, 'e'},       {-6, 4, ASCENT, 'e'}, {0, -6, -DESCENT - 1.3, 'm'}, {0, 6, ASCENT + 1.3, 'm'},
        {8, 0, 0.3, 's'},       {-8, 0, 0.3, 'e'},    {0, -6, -DESCENT - 2.6, 'm'}, {0, 6, ASCENT + 2.6, 'm'},
    };
    spot s = {px, py, 'm'};
    if (i >= 0 && (size_t)i < sizeof at / sizeof at[0]) {
        s.x = px + at[i].dx;
        s.y = py + at[i].dy + at[i].dy_em * size;
        s.anchor = at[i].anchor;
    }
    return s;
}
#define CANDIDATES 12

/* s moved sideways so that its box lies within the bounds' width. */
static spot shift_within(const placer *pl, spot s, double w, double size)
{
    box b = text_box(s.x, s.y, w, size, s.anchor);
    if (b.x0 < pl->bounds.x0)
        s.x += pl->bounds.x0 - b.x0;
    else if (b.x1 > pl->bounds.x1)
        s.x -= b.x1 - pl->bounds.x1;
    return s;
}

/* Where a label of width w goes for the point (px, py): the first place
 * within bounds that crosses no target line and, when one does, covers no
 * line or label either. Its box is taken. */
static spot place_label(placer *pl, double px, double py, double w, double size)
{
    spot best = candidate(0, px, py, size);
    int found = 0; /* 1: within and off the target, 2: clear of everything */
    for (int i = 0; i < CANDIDATES && found < 2; i++) {
        spot s = shift_within(pl, candidate(i, px, py, size), w, size);
        box b = text_box(s.x, s.y, w, size, s.anchor);
        box near = grown(b, 1.5);
        if (!box_within(b, pl->bounds) || segs_meet_box(pl->target, pl->n_target, near))
            continue;
        int clear = !segs_meet_box(pl->line, pl->n_line, near) && placer_free_of_taken(pl, near);
        if (clear || !found) {
            best = s;
            found = clear ? 2 : 1;
        }
    }
    if (!found)
        best = shift_within(pl, best, w, size);
    placer_take(pl, text_box(best.x, best.y, w, size, best.anchor));
    return best;
}

static const char *anchor_name(char anchor)
{
    return anchor == 'm' ? "middle" : anchor == 'e' ? "end" : NULL;
}

/* A value label: text at a placed spot, class "nilai". */
static xmlNodePtr value_label(present *p, xmlNodePtr parent, spot s, double size, const char *text)
{
    xmlNodePtr t = svg_text(p, parent, s.x, s.y, size, anchor_name(s.anchor), text);
    pr_attr(p, t, "class", "nilai");
    return t;
}

/* ------------------------------------------------------------------ */
/* Pieces shared by the line charts                                    */
/* ------------------------------------------------------------------ */

/* A legend item: a swatch ("line" with a dot, "dash" or a block) and its
 * text, the text's baseline at y. Returns where the next item may start. */
static double legend_item(present *p, xmlNodePtr svg, double x, double y, const char *colour,
                          const char *shape, const char *text)
{
    if (strcmp(shape, "line") == 0) {
        svg_line(p, svg, x, y - 4, x + 18, y - 4, colour, 2.5);
        xmlNodePtr c = pr_svg(p, svg, "circle");
        attr_num(p, c, "cx", x + 9);
        attr_num(p, c, "cy", y - 4);
        pr_attr(p, c, "r", "3");
        pr_attr(p, c, "fill", colour);
    } else if (strcmp(shape, "dash") == 0) {
        xmlNodePtr l = svg_line(p, svg, x, y - 4, x + 18, y - 4, colour, 2);
        pr_attr(p, l, "stroke-dasharray", "4 3");
    } else {
        svg_rect(p, svg, x, y - 9, 14, 10, colour);
    }
    svg_text(p, svg, x + 22, y, 11, NULL, text);
    return x + 22 + text_width(text, 11) + 18;
}

/* A plot area with a vertical value axis on its left. */
typedef struct plot {
    double w, h;       /* the drawing */
    double x0, x1;     /* the plot's left (the axis) and right */
    double y0, y1;     /* its top (at axis hi) and bottom (at axis lo) */
    axis ya;
    tick ticks[MAX_TICKS];
    size_t n_ticks;
} plot;

#define AXIS_FONT 9.0

/* The plot's y of value v. */
static double plot_y(const plot *pl, double v)
{
    return axis_at(&pl->ya, v, pl->y1, pl->y0);
}

/* The axis' ticks, and the left edge of the plot behind their labels. */
static void plot_axis(plot *pl)
{
    pl->n_ticks = axis_ticks(&pl->ya, pl->ticks);
    pl->x0 = 8 + widest_tick(pl->ticks, pl->n_ticks, AXIS_FONT) + 6;
}

/* The frame, the value axis (grid lines, tick labels, the unit above it)
 * and the baseline. */
static void plot_draw_axis(present *p, xmlNodePtr svg, const plot *pl, const char *unit)
{
    xmlNodePtr frame = svg_rect(p, svg, 0.5, 0.5, pl->w - 1, pl->h - 1, "#ffffff");
    pr_attr(p, frame, "stroke", COLOUR_GRID);
    for (size_t i = 0; i < pl->n_ticks; i++) {
        double y = plot_y(pl, pl->ticks[i].v);
        svg_line(p, svg, pl->x0, y, pl->x1, y, COLOUR_GRID, 0.6);
        xmlNodePtr t = svg_text(p, svg, pl->x0 - 4, y + 3, AXIS_FONT, "end", pl->ticks[i].text);
        pr_attr(p, t, "fill", COLOUR_MUTED);
    }
    svg_line(p, svg, pl->x0, pl->y0 - 4, pl->x0, pl->y1, COLOUR_MUTED, 1);
    svg_line(p, svg, pl->x0, pl->y1, pl->x1, pl->y1, COLOUR_MUTED, 1);
    if (unit && *unit) {
        wrapped w;
        xmlNodePtr t = svg_text(p, svg, 8, pl->y0 - 10, AXIS_FONT, NULL,
                                fit_line(p, &w, unit, pl->w - 16, AXIS_FONT));
        pr_attr(p, t, "fill", COLOUR_MUTED);
        pr_attr(p, t, "font-style", "italic");
    }
}

/* The value range of a line chart fitted to an axis: a grade scale, or a
 * nice range with room above the highest point for its label. */
static void plot_fit(plot *pl, const xmlNode *scale, double lo, double hi)
{
    if (scale && axis_fit_grades(&pl->ya, scale, lo, hi, 0.5))
        return;
    double span = hi - lo;
    axis_fit(&pl->ya, lo - 0.05 * span, hi + 0.12 * span, 4);
}

/* "x,y x,y …" of a series (points with has[i] only). */
static void polyline_points(strbuf *b, const double *x, const double *y, const int *has, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!has[i])
            continue;
        char cx[32], cy[32];
        if (b->len)
            sb_add(b, " ");
        sb_add(b, coord(cx, x[i]));
        sb_add(b, ",");
        sb_add(b, coord(cy, y[i]));
    }
}

/* The segments of a series, for placing labels off it. Returns how many. */
static size_t series_segments(seg *out, const double *x, const double *y, const int *has, size_t n)
{
    size_t m = 0;
    long prev = -1;
    for (size_t i = 0; i < n; i++) {
        if (!has[i])
            continue;
        if (prev >= 0) {
            seg s = {x[prev], y[prev], x[i], y[i]};
            out[m++] = s;
        }
        prev = (long)i;
    }
    return m;
}

static xmlNodePtr series_line(present *p, xmlNodePtr svg, const double *x, const double *y, const int *has,
                              size_t n, const char *colour, double width)
{
    strbuf pts = {0};
    polyline_points(&pts, x, y, has, n);
    xmlNodePtr l = pr_svg(p, svg, "polyline");
    pr_attr(p, l, "fill", "none");
    pr_attr(p, l, "stroke", colour);
    attr_num(p, l, "stroke-width", width);
    pr_attr(p, l, "points", sb_text(p, &pts));
    sb_free(&pts);
    return l;
}

/* A point of the realisasi with its tooltip; its box is taken. */
static void series_point(present *p, xmlNodePtr svg, placer *pl, double x, double y, double r, const char *tip)
{
    xmlNodePtr c = pr_svg(p, svg, "circle");
    attr_num(p, c, "cx", x);
    attr_num(p, c, "cy", y);
    attr_num(p, c, "r", r);
    pr_attr(p, c, "fill", COLOUR_REALISASI);
    svg_title(p, c, tip);
    box b = {x - r, y - r, x + r, y + r};
    placer_take(pl, b);
}

/* ------------------------------------------------------------------ */
/* 1. Target and realisasi per indicator of a sasaran                  */
/* ------------------------------------------------------------------ */

#define TR_WIDTH 680.0
#define TR_NAME_W 250.0
#define TR_BAR_X 262.0
#define TR_ROW 64.0
#define TR_TOP 24.0
#define TR_VALUE_FONT 10.5

/* One bar's value: a number, a range, text only, or not computed. */
typedef struct bar_value {
    int ok, numeric, range;
    double v, lo, hi;
    char shown[240];
} bar_value;

static void bar_read(const present *p, const xmlNode *scale, const xmlNode *n, bar_value *b)
{
    memset(b, 0, sizeof *b);
    if (!is_ok(n)) {
        if (n)
            not_computed(p, b->shown, sizeof b->shown, n);
        else
            snprintf(b->shown, sizeof b->shown, "%s", pr_label(p, "tidak-dihitung"));
        return;
    }
    b->ok = 1;
    pr_typed_value(p, b->shown, sizeof b->shown, n);
    if (read_number(n, "bawah", &b->lo) && read_number(n, "atas", &b->hi)) {
        b->range = b->numeric = 1;
        b->v = b->hi;
    } else if (value_number(scale, n, &b->v)) {
        b->numeric = 1;
        b->lo = b->hi = b->v;
    }
}

/* The geometry shared by the rows: where bars start and how long the
 * axis is, leaving room right of it for the widest value label. */
typedef struct tr_geom {
    double bar_x, bar_w;
} tr_geom;

static double tr_label_room(const present *p, const xmlNode *sasaran)
{
    double widest = 0;
    for (const xmlNode *ind = ir_child(sasaran, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        const xmlNode *scale = grade_scale(p, ind);
        bar_value t, r;
        bar_read(p, scale, ir_child(ind, "target-periode"), &t);
        bar_read(p, scale, ir_child(ind, "realisasi"), &r);
        if (t.numeric)
            widest = fmax(widest, text_width(t.shown, TR_VALUE_FONT));
        if (r.numeric)
            widest = fmax(widest, text_width(r.shown, TR_VALUE_FONT));
    }
    return fmin(widest, 200) + 12;
}

/* A bar (or a range band) from zero, its value right of it. */
static void tr_bar(present *p, xmlNodePtr g, const bar_value *b, const axis *a, const tr_geom *geo, double y,
                   const char *colour)
{
    double x_at_zero = axis_at(a, 0, geo->bar_x, geo->bar_x + geo->bar_w);
    double x_hi = axis_at(a, b->hi, geo->bar_x, geo->bar_x + geo->bar_w);
    double x_lo = axis_at(a, b->lo, geo->bar_x, geo->bar_x + geo->bar_w);
    if (b->range) {
        xmlNodePtr band = svg_rect(p, g, fmin(x_at_zero, x_hi), y, fabs(x_hi - x_at_zero), 14, colour);
        pr_attr(p, band, "fill-opacity", "0.3");
        pr_attr(p, band, "class", "batang");
        xmlNodePtr inside = svg_rect(p, g, fmin(x_lo, x_hi), y, fabs(x_hi - x_lo), 14, colour);
        pr_attr(p, inside, "class", "rentang");
    } else {
        xmlNodePtr bar = svg_rect(p, g, fmin(x_at_zero, x_hi), y, fabs(x_hi - x_at_zero), 14, colour);
        pr_attr(p, bar, "class", "batang");
    }
    double w = text_width(b->shown, TR_VALUE_FONT);
    spot s = {fmax(fmax(x_hi, x_lo), x_at_zero) + 5, y + 11, 's'};
    s.x = fmin(s.x, TR_WIDTH - w - 2);
    value_label(p, g, s, TR_VALUE_FONT, b->shown);
}

/* Text in place of a bar: a value that is not a number, or why none. */
static void tr_bar_text(present *p, xmlNodePtr g, const bar_value *b, double x, double y)
{
    wrapped w;
    const char *text = fit_line(p, &w, b->shown, TR_WIDTH - x - 8, 10);
    xmlNodePtr t = svg_text(p, g, x + 4, y + 11, 10, NULL, text);
    if (!b->ok) {
        pr_attr(p, t, "fill", COLOUR_FAILED);
        pr_attr(p, t, "font-style", "italic");
    }
}

/* The row's axis under its bars: a line, ticks and their labels, and a
 * line up from zero, so both bars are read from zero on one scale. */
static void tr_axis(present *p, xmlNodePtr g, const axis *a, const tr_geom *geo, double y)
{
    tick t[MAX_TICKS];
    size_t n = axis_ticks(a, t);
    double x1 = geo->bar_x + geo->bar_w;
    svg_line(p, g, geo->bar_x, y + 41, x1, y + 41, COLOUR_MUTED, 1);
    for (size_t i = 0; i < n; i++) {
        double x = axis_at(a, t[i].v, geo->bar_x, x1);
        svg_line(p, g, x, y + 41, x, y + 44, COLOUR_MUTED, 1);
        xmlNodePtr l = svg_text(p, g, x, y + 52, AXIS_FONT, "middle", t[i].text);
        pr_attr(p, l, "fill", COLOUR_MUTED);
    }
    double x0 = axis_at(a, 0, geo->bar_x, x1);
    xmlNodePtr zero = svg_line(p, g, x0, y + 2, x0, y + 41, COLOUR_MUTED, 1);
    pr_attr(p, zero, "class", "nol");
}

/* The left column of a row: the name, the polarity, the unit. */
static void tr_row_text(present *p, xmlNodePtr g, const xmlNode *ind, double y)
{
    wrapped w;
    name_lines(p, g, ir_child_text(ind, "nama"), TR_NAME_W, 11, y + 12, 13);
    if (strcmp(ir_attr_or_empty(ind, "polaritas"), "negatif") == 0) {
        xmlNodePtr t = svg_text(p, g, 0, y + 39, 9.5, NULL, pr_label(p, "grafik.lebih-rendah-lebih-baik"));
        pr_attr(p, t, "fill", COLOUR_MUTED);
        pr_attr(p, t, "font-style", "italic");
    }
    const char *unit = ir_child_text(ind, "satuan");
    if (*unit) {
        strbuf b = {0};
        sb_add(&b, pr_label(p, "satuan"));
        sb_add(&b, ": ");
        sb_add_normalized(&b, unit);
        xmlNodePtr t = svg_text(p, g, 0, y + 52, AXIS_FONT, NULL, fit_line(p, &w, sb_text(p, &b), TR_NAME_W, AXIS_FONT));
        pr_attr(p, t, "fill", COLOUR_MUTED);
        sb_free(&b);
    }
}

/* "nama — Target 95, Realisasi 90,53" */
static void tr_describe(const present *p, strbuf *b, const xmlNode *ind, const char *dash)
{
    char v[240];
    sb_add_normalized(b, ir_child_text(ind, "nama"));
    sb_add(b, dash);
    sb_add(b, pr_label(p, "target"));
    sb_add(b, " ");
    value_or_reason(p, v, sizeof v, ir_child(ind, "target-periode"));
    sb_add(b, v);
    sb_add(b, ", ");
    sb_add(b, pr_label(p, "realisasi"));
    sb_add(b, " ");
    value_or_reason(p, v, sizeof v, ir_child(ind, "realisasi"));
    sb_add(b, v);
}

/* The row's scale: from zero to its largest value (a grade scale for a
 * qualitative indicator), one for both bars. */
static void tr_row_axis(const present *p, axis *a, const xmlNode *ind, const bar_value *t, const bar_value *r,
                        double length)
{
    double lo = 0, hi = 0;
    const bar_value *v[2] = {t, r};
    for (int i = 0; i < 2; i++)
        if (v[i]->numeric) {
            lo = fmin(lo, fmin(v[i]->lo, v[i]->hi));
            hi = fmax(hi, fmax(v[i]->lo, v[i]->hi));
        }
    const xmlNode *scale = grade_scale(p, ind);
    if (scale && axis_fit_grades(a, scale, lo, hi, 0))
        return;
    if (hi == lo)
        hi = lo + 1;
    a->percent = 0;
    axis_fit_across(a, lo, hi, length, AXIS_FONT);
}

static void tr_row(present *p, xmlNodePtr svg, const xmlNode *ind, const tr_geom *geo, double y)
{
    strbuf tip = {0};
    const xmlNode *scale = grade_scale(p, ind);
    bar_value t, r;
    bar_read(p, scale, ir_child(ind, "target-periode"), &t);
    bar_read(p, scale, ir_child(ind, "realisasi"), &r);
    xmlNodePtr g = pr_svg(p, svg, "g");
    tr_describe(p, &tip, ind, " \xE2\x80\x94 ");
    svg_title(p, g, sb_text(p, &tip));
    sb_free(&tip);
    svg_line(p, g, 0, y + TR_ROW - 3, TR_WIDTH, y + TR_ROW - 3, COLOUR_GRID, 0.8);
    tr_row_text(p, g, ind, y);
    axis a = {0};
    tr_row_axis(p, &a, ind, &t, &r, geo->bar_w);
    if (t.numeric || r.numeric)
        tr_axis(p, g, &a, geo, y);
    const bar_value *v[2] = {&t, &r};
    const char *colour[2] = {COLOUR_TARGET, COLOUR_REALISASI};
    for (int i = 0; i < 2; i++) {
        if (v[i]->numeric)
            tr_bar(p, g, v[i], &a, geo, y + 5 + 18 * i, colour[i]);
        else
            tr_bar_text(p, g, v[i], geo->bar_x, y + 5 + 18 * i);
    }
}

void chart_target_realisasi(present *p, xmlNodePtr parent, const xmlNode *sasaran)
{
    size_t n = ir_count(sasaran, "indikator");
    if (!p || !parent || n == 0)
        return;
    strbuf caption = {0}, desc = {0};
    sb_add(&caption, pr_label(p, "grafik.target-realisasi"));
    sb_add(&caption, " \xE2\x80\x94 ");
    sb_add_normalized(&caption, ir_child_text(sasaran, "uraian"));
    if (p->period[0]) {
        sb_add(&caption, ", ");
        sb_add(&caption, p->period);
    }
    for (const xmlNode *ind = ir_child(sasaran, "indikator"); ind; ind = ir_next(ind, "indikator")) {
        if (desc.len)
            sb_add(&desc, "; ");
        tr_describe(p, &desc, ind, ": ");
    }
    tr_geom geo = {TR_BAR_X, TR_WIDTH - TR_BAR_X - tr_label_room(p, sasaran)};
    double h = TR_TOP + (double)n * TR_ROW + 2;
    xmlNodePtr fig = figure(p, parent, "target-realisasi", sb_text(p, &caption));
    xmlNodePtr svg = svg_root(p, fig, TR_WIDTH, h, 11, sb_text(p, &caption), sb_text(p, &desc));
    double x = legend_item(p, svg, geo.bar_x, 14, COLOUR_TARGET, "block", pr_label(p, "target"));
    legend_item(p, svg, x, 14, COLOUR_REALISASI, "block", pr_label(p, "realisasi"));
    double y = TR_TOP;
    for (const xmlNode *ind = ir_child(sasaran, "indikator"); ind; ind = ir_next(ind, "indikator"), y += TR_ROW) {
        tr_row(p, svg, ind, &geo, y);
        pr_flush(p, svg); /* a sasaran of 10,000 indicators draws 10,000 rows */
    }
    pr_el_text(p, fig, "keterangan", pr_label(p, "grafik.skala-sendiri"));
    sb_free(&caption);
    sb_free(&desc);
}

/* ------------------------------------------------------------------ */
/* 2. The trend over the years                                         */
/* ------------------------------------------------------------------ */

#define TREND_W 330.0
#define TREND_H 214.0
#define TREND_YEARS 40 /* at most this many years back */
#define TREND_FONT 9.5

/* One year of a trend: the realisasi (this period's, or an earlier
 * year's) and the plan's target, a number or a range. */
typedef struct trend_year {
    int year;
    int has_r, has_t, t_range;
    double r, t, t_lo, t_hi;
    char shown[160]; /* the realisasi as printed ("" when not printed) */
    const xmlNode *target;
} trend_year;

typedef struct trend {
    const xmlNode *ind, *scale;
    int first, last; /* the years shown */
    size_t n;
    trend_year y[TREND_YEARS];
} trend;

static void trend_read_realisasi(const present *p, const trend *tr, trend_year *ty)
{
    if (ty->year == tr->last) {
        const xmlNode *r = ir_child(tr->ind, "realisasi");
        if (is_ok(r) && value_number(tr->scale, r, &ty->r)) {
            ty->has_r = 1;
            pr_typed_value(p, ty->shown, sizeof ty->shown, r);
        }
        return;
    }
    const xmlNode *lalu = child_of_year(tr->ind, "realisasi-lalu", ty->year);
    if (lalu && value_number(tr->scale, lalu, &ty->r)) {
        ty->has_r = 1;
        pr_typed_value(p, ty->shown, sizeof ty->shown, lalu);
        return;
    }
    const xmlNode *tren = child_of_year(tr->ind, "tren", ty->year);
    ty->has_r = is_ok(tren) && read_number(tren, "dasar", &ty->r);
    if (ty->has_r && lalu)
        pr_typed_value(p, ty->shown, sizeof ty->shown, lalu);
}

static void trend_read_target(const trend *tr, trend_year *ty)
{
    const xmlNode *t = child_of_year(tr->ind, "target", ty->year);
    ty->target = t;
    if (read_number(t, "bawah", &ty->t_lo) && read_number(t, "atas", &ty->t_hi))
        ty->t_range = 1;
    else
        ty->has_t = t && value_number(tr->scale, t, &ty->t);
}

/* The years from the earliest realisasi-lalu to this period's; 0 when the
 * indicator has none before it. */
static int trend_read(const present *p, const xmlNode *ind, trend *tr)
{
    memset(tr, 0, sizeof *tr);
    tr->ind = ind;
    tr->scale = grade_scale(p, ind);
    double this_year = p->year;
    if (this_year <= 0)
        read_number(ir_child(p->ir, "periode"), "tahun", &this_year);
    tr->last = (int)this_year;
    tr->first = tr->last;
    for (const xmlNode *l = ir_child(ind, "realisasi-lalu"); l; l = ir_next(l, "realisasi-lalu")) {
        double y;
        if (read_number(l, "tahun", &y) && y < tr->first && y >= tr->last - (TREND_YEARS - 1))
            tr->first = (int)y;
    }
    if (tr->first >= tr->last)
        return 0;
    for (int year = tr->first; year <= tr->last; year++) {
        trend_year *ty = &tr->y[tr->n++];
        ty->year = year;
        trend_read_realisasi(p, tr, ty);
        trend_read_target(tr, ty);
    }
    return 1;
}

/* The lowest and highest value drawn; 0 when there is none. */
static int trend_range(const trend *tr, double *lo, double *hi)
{
    int any = 0;
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t i = 0; i < tr->n; i++) {
        const trend_year *ty = &tr->y[i];
        double v[4] = {ty->r, ty->t, ty->t_lo, ty->t_hi};
        int has[4] = {ty->has_r, ty->has_t, ty->t_range, ty->t_range};
        for (int k = 0; k < 4; k++)
            if (has[k]) {
                *lo = fmin(*lo, v[k]);
                *hi = fmax(*hi, v[k]);
                any = 1;
            }
    }
    return any;
}

/* The x of each year, spread over the plot, with room at both ends for
 * half the widest value label. */
static void trend_layout(plot *pl, const trend *tr, double *x)
{
    double half = 0;
    for (size_t i = 0; i < tr->n; i++)
        half = fmax(half, bold_width(tr->y[i].shown, TREND_FONT) / 2);
    double left = pl->x0 + fmax(14, half + 3), right = pl->w - 8 - fmax(8, half + 3);
    if (right - left < 40) {
        left = pl->x0 + 14;
        right = pl->w - 10;
    }
    pl->x1 = pl->w - 8;
    for (size_t i = 0; i < tr->n; i++)
        x[i] = left + (right - left) * (double)i / (double)(tr->n - 1);
}

/* "2022: 108,4; 2023: 99,6; …" */
static void trend_describe(const present *p, const trend *tr, strbuf *b)
{
    char year[16], v[240];
    for (size_t i = 0; i < tr->n; i++) {
        const trend_year *ty = &tr->y[i];
        snprintf(year, sizeof year, "%s%d: ", i ? "; " : "", ty->year);
        sb_add(b, year);
        if (ty->year == tr->last)
            value_or_reason(p, v, sizeof v, ir_child(tr->ind, "realisasi"));
        else if (child_of_year(tr->ind, "realisasi-lalu", ty->year))
            pr_typed_value(p, v, sizeof v, child_of_year(tr->ind, "realisasi-lalu", ty->year));
        else
            snprintf(v, sizeof v, "%s", "\xE2\x80\x93");
        sb_add(b, v);
    }
}

/* The target: a dashed line through the yearly numbers and a bar for
 * each yearly range, all class "target"; their segments go to the placer. */
static void trend_draw_target(present *p, xmlNodePtr svg, const plot *pl, const trend *tr, const double *x,
                              seg *segs, size_t *n_segs)
{
    double y[TREND_YEARS];
    int has[TREND_YEARS];
    for (size_t i = 0; i < tr->n; i++) {
        has[i] = tr->y[i].has_t;
        y[i] = has[i] ? plot_y(pl, tr->y[i].t) : 0;
    }
    xmlNodePtr line = series_line(p, svg, x, y, has, tr->n, COLOUR_MUTED, 1.5);
    pr_attr(p, line, "stroke-dasharray", "5 3");
    pr_attr(p, line, "class", "target");
    *n_segs = series_segments(segs, x, y, has, tr->n);
    for (size_t i = 0; i < tr->n; i++) {
        if (!tr->y[i].t_range)
            continue;
        double ya = plot_y(pl, tr->y[i].t_hi), yb = plot_y(pl, tr->y[i].t_lo);
        xmlNodePtr bar = svg_line(p, svg, x[i], ya, x[i], yb, COLOUR_MUTED, 3);
        pr_attr(p, bar, "class", "target");
        pr_attr(p, bar, "stroke-opacity", "0.6");
        seg s = {x[i], ya, x[i], yb};
        segs[(*n_segs)++] = s;
    }
}

/* A small square at each yearly target number, its tooltip the target. */
static void trend_target_marks(present *p, xmlNodePtr svg, placer *pla, const plot *pl, const trend *tr,
                               const double *x)
{
    for (size_t i = 0; i < tr->n; i++) {
        if (!tr->y[i].has_t)
            continue;
        char v[240], tip[300];
        double y = plot_y(pl, tr->y[i].t);
        xmlNodePtr r = svg_rect(p, svg, x[i] - 2.5, y - 2.5, 5, 5, "#ffffff");
        pr_attr(p, r, "stroke", COLOUR_MUTED);
        pr_typed_value(p, v, sizeof v, tr->y[i].target);
        snprintf(tip, sizeof tip, "%s %d: %s", pr_label(p, "target"), tr->y[i].year, v);
        svg_title(p, r, tip);
        box b = {x[i] - 3, y - 3, x[i] + 3, y + 3};
        placer_take(pla, b);
    }
}

/* The realisasi: its line, the years under the axis, a dot per year and
 * the values, placed off the target line. */
static void trend_draw_realisasi(present *p, xmlNodePtr svg, placer *pla, const plot *pl, const trend *tr,
                                 const double *x)
{
    double y[TREND_YEARS];
    int has[TREND_YEARS];
    for (size_t i = 0; i < tr->n; i++) {
        has[i] = tr->y[i].has_r;
        y[i] = has[i] ? plot_y(pl, tr->y[i].r) : 0;
    }
    series_line(p, svg, x, y, has, tr->n, COLOUR_REALISASI, 2.2);
    pla->n_line = series_segments(pla->line, x, y, has, tr->n);
    for (size_t i = 0; i < tr->n; i++) {
        char year[16], tip[200];
        snprintf(year, sizeof year, "%d", tr->y[i].year);
        xmlNodePtr t = svg_text(p, svg, x[i], pl->y1 + 15, 10, "middle", year);
        if (tr->y[i].year == tr->last)
            pr_attr(p, t, "font-weight", "bold");
        snprintf(tip, sizeof tip, "%d: %s", tr->y[i].year, tr->y[i].shown);
        if (has[i])
            series_point(p, svg, pla, x[i], y[i], 3.5, tip);
    }
    for (size_t i = 0; i < tr->n; i++) {
        if (!has[i] || !tr->y[i].shown[0])
            continue;
        int bold = tr->y[i].year == tr->last;
        double w = bold ? bold_width(tr->y[i].shown, TREND_FONT) : text_width(tr->y[i].shown, TREND_FONT);
        spot s = place_label(pla, x[i], y[i], w, TREND_FONT);
        xmlNodePtr t = value_label(p, svg, s, TREND_FONT, tr->y[i].shown);
        if (bold)
            pr_attr(p, t, "font-weight", "bold");
    }
}

/* The legend, the axis and both series. */
static void trend_draw(present *p, xmlNodePtr svg, plot *pl, const trend *tr)
{
    double x[TREND_YEARS];
    seg target[2 * TREND_YEARS], line[TREND_YEARS];
    size_t n_target = 0;
    trend_layout(pl, tr, x);
    plot_draw_axis(p, svg, pl, ir_child_text(tr->ind, "satuan"));
    double lx = legend_item(p, svg, 8, 16, COLOUR_REALISASI, "line", pr_label(p, "realisasi"));
    legend_item(p, svg, lx, 16, COLOUR_MUTED, "dash", pr_label(p, "target"));
    trend_draw_target(p, svg, pl, tr, x, target, &n_target);
    placer pla = {{pl->x0 + 1, pl->y0 - 6, pl->w - 3, pl->y1 - 1}, target, line, n_target, 0, NULL, 0, 0, 0};
    trend_target_marks(p, svg, &pla, pl, tr, x);
    trend_draw_realisasi(p, svg, &pla, pl, tr, x);
    if (pla.failed)
        p->failed = 1;
    free(pla.taken);
}

void chart_trend(present *p, xmlNodePtr parent, const xmlNode *indikator)
{
    trend *tr = p && parent && indikator ? malloc(sizeof *tr) : NULL;
    if (!tr) {
        if (p && parent && indikator)
            p->failed = 1;
        return;
    }
    double lo, hi;
    if (trend_read(p, indikator, tr) && trend_range(tr, &lo, &hi)) {
        strbuf caption = {0}, desc = {0};
        sb_add(&caption, pr_label(p, "grafik.tren"));
        sb_add(&caption, " \xE2\x80\x94 ");
        add_name_and_unit(&caption, indikator);
        trend_describe(p, tr, &desc);
        plot pl = {.w = TREND_W, .h = TREND_H, .y0 = 46, .y1 = TREND_H - 28};
        plot_fit(&pl, tr->scale, lo, hi);
        plot_axis(&pl);
        xmlNodePtr fig = figure(p, parent, "tren", sb_text(p, &caption));
        xmlNodePtr svg = svg_root(p, fig, TREND_W, TREND_H, 10, sb_text(p, &caption), sb_text(p, &desc));
        trend_draw(p, svg, &pl, tr);
        sb_free(&caption);
        sb_free(&desc);
    }
    free(tr);
}

/* ------------------------------------------------------------------ */
/* 3. Progress within the year                                         */
/* ------------------------------------------------------------------ */

#define PROGRESS_W 680.0
#define PROGRESS_H 224.0
#define PROGRESS_MAX 12

/* The entries of realisasi-data drawn: months or quarters of the year up
 * to the period's last month, with the value plotted for each (to date
 * for an indicator summed over the year, so the line ends at the
 * realisasi; geometry only, never printed). */
typedef struct progress {
    const xmlNode *ind, *target;
    int months, cumulative, ratio;
    size_t slots, limit, n;
    const xmlNode *entry[PROGRESS_MAX];
    int ke[PROGRESS_MAX], has[PROGRESS_MAX];
    double v[PROGRESS_MAX];
} progress;

static int entry_usable(const xmlNode *e)
{
    double v, num, den;
    if (read_number(e, "nilai", &v))
        return 1;
    return read_number(e, "pembilang", &num) && read_number(e, "penyebut", &den) && num >= 0 && den >= 0;
}

/* The entries in order of ke (insertion: there are at most twelve). */
static void progress_collect(progress *pr, const xmlNode *data, const char *name)
{
    for (const xmlNode *e = ir_child(data, name); e && pr->n < PROGRESS_MAX; e = ir_next(e, name)) {
        double ke;
        if (!read_number(e, "ke", &ke) || ke < 1 || ke > (double)pr->limit || !entry_usable(e))
            continue;
        size_t at = pr->n++;
        while (at > 0 && pr->ke[at - 1] > (int)ke) {
            pr->ke[at] = pr->ke[at - 1];
            pr->entry[at] = pr->entry[at - 1];
            at--;
        }
        pr->ke[at] = (int)ke;
        pr->entry[at] = e;
    }
}

static double pengali(const xmlNode *e)
{
    double m;
    return read_number(e, "pengali", &m) ? m : 1;
}

/* The plotted values: each entry's, or to date for a cumulative one. */
static void progress_values(progress *pr)
{
    double sum = 0, num = 0, den = 0;
    for (size_t i = 0; i < pr->n; i++) {
        const xmlNode *e = pr->entry[i];
        double v = 0, a = 0, b = 0;
        int is_ratio = read_number(e, "pembilang", &a) && read_number(e, "penyebut", &b);
        if (pr->cumulative && is_ratio) {
            num += a;
            den += b;
            pr->has[i] = den > 0;
            pr->v[i] = den > 0 ? num / den * pengali(e) : 0;
        } else if (pr->cumulative) {
            pr->has[i] = read_number(e, "nilai", &v);
            sum += pr->has[i] ? v : 0;
            pr->v[i] = sum;
        } else if (read_number(e, "nilai", &v)) {
            pr->has[i] = 1;
            pr->v[i] = v;
        } else {
            pr->has[i] = is_ratio && b > 0;
            pr->v[i] = pr->has[i] ? a / b * pengali(e) : 0;
        }
    }
}

/* 0 when fewer than two periods can be drawn. */
static int progress_read(const present *p, const xmlNode *ind, progress *pr)
{
    memset(pr, 0, sizeof *pr);
    pr->ind = ind;
    const xmlNode *data = ir_child(ind, "realisasi-data");
    double last_month = 12;
    read_number(ir_child(p->ir, "periode"), "bulan-akhir", &last_month);
    pr->months = ir_child(data, "bulan") != NULL;
    pr->slots = pr->months ? 12 : 4;
    pr->limit = pr->months ? (size_t)fmax(0, fmin(12, last_month)) : (size_t)fmax(0, fmin(4, ceil(last_month / 3)));
    progress_collect(pr, data, pr->months ? "bulan" : "triwulan");
    pr->cumulative = strcmp(ir_attr_or_empty(ind, "agregasi"), "jumlah") == 0;
    for (size_t i = 0; i < pr->n; i++)
        pr->ratio |= ir_attr(pr->entry[i], "penyebut") != NULL;
    progress_values(pr);
    const xmlNode *t = ir_child(ind, "target-periode");
    double v;
    if (is_ok(t) && (read_number(t, "nilai", &v) || read_number(t, "bawah", &v)))
        pr->target = t;
    return pr->n >= 2;
}

/* An entry as written: its value, or "pembilang / penyebut × pengali". */
static void entry_shown(const present *p, const xmlNode *e, char *out, size_t size)
{
    if (!ir_attr(e, "penyebut")) {
        pr_typed_value(p, out, size, e);
        return;
    }
    char a[PR_NUMBER_MAX], b[PR_NUMBER_MAX], c[PR_NUMBER_MAX];
    pr_number(a, ir_attr(e, "pembilang"));
    pr_number(b, ir_attr(e, "penyebut"));
    if (pengali(e) != 1)
        snprintf(out, size, "%s / %s \xC3\x97 %s", a, b, pr_number(c, ir_attr(e, "pengali")));
    else
        snprintf(out, size, "%s / %s", a, b);
}

/* "Januari" or "TW III". */
static void slot_name(const present *p, const progress *pr, int k, char *out, size_t size)
{
    static const char *const roman[] = {"I", "II", "III", "IV"};
    char key[16];
    if (pr->months) {
        snprintf(key, sizeof key, "bulan.%d", k);
        snprintf(out, size, "%s", pr_label(p, key));
    } else {
        snprintf(out, size, "%s %s", pr_label(p, "triwulan.singkat"), k >= 1 && k <= 4 ? roman[k - 1] : "?");
    }
}

static void progress_describe(const present *p, const progress *pr, strbuf *b)
{
    char name[64], v[240];
    for (size_t i = 0; i < pr->n; i++) {
        slot_name(p, pr, pr->ke[i], name, sizeof name);
        entry_shown(p, pr->entry[i], v, sizeof v);
        sb_add(b, i ? "; " : "");
        sb_add(b, name);
        sb_add(b, ": ");
        sb_add(b, v);
    }
    if (pr->target) {
        pr_typed_value(p, v, sizeof v, pr->target);
        sb_add(b, ". ");
        sb_add(b, pr_label(p, "target"));
        sb_add(b, " ");
        sb_add(b, v);
    }
}

static int progress_range(const progress *pr, double *lo, double *hi)
{
    double t;
    int any = 0;
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t i = 0; i < pr->n; i++)
        if (pr->has[i]) {
            *lo = fmin(*lo, pr->v[i]);
            *hi = fmax(*hi, pr->v[i]);
            any = 1;
        }
    const char *names[3] = {"nilai", "bawah", "atas"};
    for (int k = 0; k < 3 && pr->target; k++)
        if (read_number(pr->target, names[k], &t)) {
            *lo = fmin(*lo, t);
            *hi = fmax(*hi, t);
        }
    return any;
}

/* "Target 95" at the right end of the target line. */
static void progress_target_text(const present *p, const progress *pr, char *out, size_t size)
{
    char v[240];
    pr_typed_value(p, v, sizeof v, pr->target);
    snprintf(out, size, "%s %s", pr_label(p, "target"), v);
}

/* The target line (or band) across the plot, class "target", with its
 * value right of it; its edges go to the placer. */
static void progress_draw_target(present *p, xmlNodePtr svg, placer *pla, const plot *pl, const progress *pr)
{
    char text[300];
    double lo = 0, hi = 0, y_text;
    progress_target_text(p, pr, text, sizeof text);
    if (read_number(pr->target, "bawah", &lo) && read_number(pr->target, "atas", &hi)) {
        double ya = plot_y(pl, hi), yb = plot_y(pl, lo);
        xmlNodePtr band = svg_rect(p, svg, pl->x0, ya, pl->x1 - pl->x0, yb - ya, COLOUR_TARGET);
        pr_attr(p, band, "fill-opacity", "0.25");
        pr_attr(p, band, "class", "target-rentang");
        seg top = {pl->x0, ya, pl->x1, ya}, bottom = {pl->x0, yb, pl->x1, yb};
        pla->target[pla->n_target++] = top;
        pla->target[pla->n_target++] = bottom;
        y_text = (ya + yb) / 2 + 3;
    } else {
        if (!read_number(pr->target, "nilai", &lo))
            read_number(pr->target, "bawah", &lo); /* a range without its upper end */
        double y = plot_y(pl, lo);
        xmlNodePtr line = svg_line(p, svg, pl->x0, y, pl->x1, y, COLOUR_MUTED, 1.5);
        pr_attr(p, line, "stroke-dasharray", "5 3");
        pr_attr(p, line, "class", "target");
        seg s = {pl->x0, y, pl->x1, y};
        pla->target[pla->n_target++] = s;
        y_text = y + 3;
    }
    xmlNodePtr t = svg_text(p, svg, pl->x1 + 6, y_text, 10, NULL, text);
    pr_attr(p, t, "fill", COLOUR_MUTED);
    placer_take(pla, text_box(pl->x1 + 6, y_text, text_width(text, 10), 10, 's'));
}

/* The month or quarter names under the axis; those after the period grey. */
static void progress_slot_labels(present *p, xmlNodePtr svg, const plot *pl, const progress *pr)
{
    double slot = (pl->x1 - pl->x0) / (double)pr->slots;
    for (size_t k = 1; k <= pr->slots; k++) {
        char name[64];
        wrapped w;
        slot_name(p, pr, (int)k, name, sizeof name);
        if (pr->months)
            name[char_offset(name, 3)] = '\0';
        xmlNodePtr t = svg_text(p, svg, pl->x0 + ((double)k - 0.5) * slot, pl->y1 + 15, 9.5, "middle",
                                fit_line(p, &w, name, slot, 9.5));
        if (k > pr->limit)
            pr_attr(p, t, "fill", COLOUR_TARGET);
    }
}

/* Which entries get their value printed: each entry of a series shown
 * period by period, else the last, with the realisasi to date. */
static int progress_label(const present *p, const progress *pr, size_t i, char *out, size_t size, int *bold)
{
    const xmlNode *r = ir_child(pr->ind, "realisasi");
    double last;
    *bold = 0;
    if (!pr->cumulative && !ir_attr(pr->entry[i], "penyebut")) {
        entry_shown(p, pr->entry[i], out, size);
        return 1;
    }
    if (i + 1 == pr->n && is_ok(r) && read_number(r, "periode-terakhir", &last) && last == pr->ke[i]) {
        pr_typed_value(p, out, size, r);
        *bold = 1;
        return 1;
    }
    return 0;
}

static void progress_draw_points(present *p, xmlNodePtr svg, placer *pla, const plot *pl, const progress *pr)
{
    double x[PROGRESS_MAX], y[PROGRESS_MAX], slot = (pl->x1 - pl->x0) / (double)pr->slots;
    for (size_t i = 0; i < pr->n; i++) {
        x[i] = pl->x0 + ((double)pr->ke[i] - 0.5) * slot;
        y[i] = pr->has[i] ? plot_y(pl, pr->v[i]) : 0;
    }
    series_line(p, svg, x, y, pr->has, pr->n, COLOUR_REALISASI, 2.2);
    pla->n_line = series_segments(pla->line, x, y, pr->has, pr->n);
    for (size_t i = 0; i < pr->n; i++) {
        char name[64], v[240], tip[320];
        slot_name(p, pr, pr->ke[i], name, sizeof name);
        entry_shown(p, pr->entry[i], v, sizeof v);
        snprintf(tip, sizeof tip, "%s: %s", name, v);
        if (pr->has[i])
            series_point(p, svg, pla, x[i], y[i], 3.2, tip);
    }
    for (size_t i = 0; i < pr->n; i++) {
        char v[240];
        int bold;
        if (!pr->has[i] || !progress_label(p, pr, i, v, sizeof v, &bold))
            continue;
        double size = bold ? 9.5 : 9;
        spot s = place_label(pla, x[i], y[i], bold ? bold_width(v, size) : text_width(v, size), size);
        xmlNodePtr t = value_label(p, svg, s, size, v);
        if (bold)
            pr_attr(p, t, "font-weight", "bold");
    }
}

static const char *progress_mode_key(const progress *pr)
{
    if (pr->cumulative)
        return pr->ratio ? "grafik.rasio-kumulatif" : "grafik.kumulatif";
    return pr->ratio ? "grafik.rasio-per-periode" : "grafik.per-periode";
}

/* The legend with the way the values are combined on the right. */
static void progress_legend(present *p, xmlNodePtr svg, const progress *pr)
{
    double x = legend_item(p, svg, 8, 16, COLOUR_REALISASI, "line", pr_label(p, "realisasi"));
    if (pr->target)
        x = legend_item(p, svg, x, 16, COLOUR_MUTED, "dash", pr_label(p, "target"));
    wrapped w;
    const char *mode = fit_line(p, &w, pr_label(p, progress_mode_key(pr)), PROGRESS_W - 8 - x, 9.5);
    xmlNodePtr t = svg_text(p, svg, PROGRESS_W - 8, 16, 9.5, "end", mode);
    pr_attr(p, t, "fill", COLOUR_MUTED);
    pr_attr(p, t, "font-style", "italic");
}

static void progress_draw(present *p, xmlNodePtr svg, plot *pl, const progress *pr)
{
    seg target[2], line[PROGRESS_MAX];
    char text[300];
    double right = 12;
    if (pr->target) {
        progress_target_text(p, pr, text, sizeof text);
        right = fmin(text_width(text, 10) + 14, 240);
    }
    pl->x1 = pl->w - right;
    plot_draw_axis(p, svg, pl, ir_child_text(pr->ind, "satuan"));
    progress_legend(p, svg, pr);
    progress_slot_labels(p, svg, pl, pr);
    placer pla = {{pl->x0 + 1, pl->y0 - 6, pl->w - 3, pl->y1 - 1}, target, line, 0, 0, NULL, 0, 0, 0};
    if (pr->target)
        progress_draw_target(p, svg, &pla, pl, pr);
    progress_draw_points(p, svg, &pla, pl, pr);
    if (pla.failed)
        p->failed = 1;
    free(pla.taken);
}

void chart_progress(present *p, xmlNodePtr parent, const xmlNode *indikator)
{
    progress pr;
    double lo, hi;
    if (!p || !parent || !indikator || !progress_read(p, indikator, &pr) || !progress_range(&pr, &lo, &hi))
        return;
    strbuf caption = {0}, desc = {0};
    sb_add(&caption, pr_label(p, "grafik.bulanan"));
    sb_add(&caption, " \xE2\x80\x94 ");
    add_name_and_unit(&caption, indikator);
    progress_describe(p, &pr, &desc);
    plot pl = {.w = PROGRESS_W, .h = PROGRESS_H, .y0 = 48, .y1 = PROGRESS_H - 28};
    plot_fit(&pl, NULL, lo, hi);
    plot_axis(&pl);
    xmlNodePtr fig = figure(p, parent, "progres", sb_text(p, &caption));
    xmlNodePtr svg = svg_root(p, fig, PROGRESS_W, PROGRESS_H, 10, sb_text(p, &caption), sb_text(p, &desc));
    progress_draw(p, svg, &pl, &pr);
    sb_free(&caption);
    sb_free(&desc);
}

/* ------------------------------------------------------------------ */
/* 4. Budget absorption                                                */
/* ------------------------------------------------------------------ */

#define AB_WIDTH 680.0
#define AB_NAME_W 250.0
#define AB_BAR_X 262.0
#define AB_ROW 34.0
#define AB_TOP 24.0
#define AB_FONT 10.5

/* Rows of a chart of absorption: elements with r:nama and r:anggaran. */
typedef struct ab_rows {
    const xmlNode **row;
    size_t n;
} ab_rows;

static void ab_shown(const present *p, const xmlNode *a, char *out, size_t size)
{
    char v[PR_NUMBER_MAX];
    if (is_ok(a))
        snprintf(out, size, "%s", pr_percent(v, ir_attr(a, "serapan-tampil")));
    else
        value_or_reason(p, out, size, a);
}

/* The scale: from zero to 100 % or the highest absorption, and the room
 * right of it for the widest label. */
static double ab_fit(const present *p, const ab_rows *rows, axis *a)
{
    double hi = 100, lo = 0, widest = 0, v;
    for (size_t i = 0; i < rows->n; i++) {
        const xmlNode *an = ir_child(rows->row[i], "anggaran");
        char shown[240];
        if (!is_ok(an) || !read_number(an, "serapan", &v))
            continue;
        hi = fmax(hi, v);
        lo = fmin(lo, v);
        ab_shown(p, an, shown, sizeof shown);
        widest = fmax(widest, text_width(shown, AB_FONT));
    }
    double bar_w = AB_WIDTH - AB_BAR_X - fmin(widest, 160) - 14;
    a->percent = 1;
    axis_fit_across(a, lo, hi, bar_w, AXIS_FONT);
    return bar_w;
}

/* The value right of the bar's end, moved past the 100 % line when it
 * would cross it. */
static spot ab_label_spot(double end, double x_full, double w)
{
    spot s = {end + 5, 0, 's'};
    if (s.x - 2 <= x_full && s.x + w + 2 >= x_full)
        s.x = fmax(end, x_full) + 5;
    return s;
}

/* A row's group with its tooltip "kode nama: 95,99%". */
static xmlNodePtr ab_row_group(present *p, xmlNodePtr svg, const xmlNode *row, const char *shown)
{
    xmlNodePtr g = pr_svg(p, svg, "g");
    strbuf tip = {0};
    sb_add(&tip, ir_attr(row, "kode"));
    sb_add(&tip, ir_attr(row, "kode") ? " " : "");
    sb_add_normalized(&tip, ir_child_text(row, "nama"));
    sb_add(&tip, ": ");
    sb_add(&tip, shown);
    svg_title(p, g, sb_text(p, &tip));
    sb_free(&tip);
    return g;
}

static void ab_row(present *p, xmlNodePtr svg, const xmlNode *row, const axis *a, double bar_w, double y)
{
    const xmlNode *an = ir_child(row, "anggaran");
    char shown[240];
    wrapped w;
    ab_shown(p, an, shown, sizeof shown);
    xmlNodePtr g = ab_row_group(p, svg, row, shown);
    name_lines(p, g, ir_child_text(row, "nama"), AB_NAME_W, AB_FONT, y + 11, 12.5);
    double v, x1 = AB_BAR_X + bar_w;
    if (!is_ok(an) || !read_number(an, "serapan", &v)) {
        xmlNodePtr r = svg_text(p, g, AB_BAR_X + 6, y + 15, 10, NULL, fit_line(p, &w, shown, AB_WIDTH - AB_BAR_X - 10, 10));
        pr_attr(p, r, "fill", COLOUR_FAILED);
        pr_attr(p, r, "font-style", "italic");
        return;
    }
    double x0 = axis_at(a, 0, AB_BAR_X, x1), end = axis_at(a, v, AB_BAR_X, x1);
    xmlNodePtr bar = svg_rect(p, g, fmin(x0, end), y + 3, fabs(end - x0), 16, COLOUR_REALISASI);
    pr_attr(p, bar, "class", "batang");
    spot s = ab_label_spot(fmax(end, x0), axis_at(a, 100, AB_BAR_X, x1), text_width(shown, AB_FONT));
    s.y = y + 15;
    value_label(p, g, s, AB_FONT, shown);
}

/* The axis at the bottom (percent ticks, grid lines up through the rows)
 * and the 100 % line, class "target". */
static void ab_axis(present *p, xmlNodePtr svg, const axis *a, double bar_w, double y_axis)
{
    tick t[MAX_TICKS];
    size_t n = axis_ticks(a, t);
    double x1 = AB_BAR_X + bar_w;
    for (size_t i = 0; i < n; i++) {
        double x = axis_at(a, t[i].v, AB_BAR_X, x1);
        svg_line(p, svg, x, AB_TOP - 4, x, y_axis, COLOUR_GRID, 0.6);
        xmlNodePtr l = svg_text(p, svg, x, y_axis + 12, AXIS_FONT, "middle", t[i].text);
        pr_attr(p, l, "fill", COLOUR_MUTED);
    }
    double x0 = axis_at(a, 0, AB_BAR_X, x1);
    xmlNodePtr zero = svg_line(p, svg, x0, AB_TOP - 4, x0, y_axis, COLOUR_MUTED, 1);
    pr_attr(p, zero, "class", "nol");
    svg_line(p, svg, AB_BAR_X, y_axis, x1, y_axis, COLOUR_MUTED, 1);
}

static void ab_full_line(present *p, xmlNodePtr svg, const axis *a, double bar_w, double y_axis)
{
    char v[PR_NUMBER_MAX];
    double x = axis_at(a, 100, AB_BAR_X, AB_BAR_X + bar_w);
    xmlNodePtr l = svg_line(p, svg, x, AB_TOP - 4, x, y_axis, COLOUR_FULL, 1.2);
    pr_attr(p, l, "stroke-dasharray", "4 3");
    pr_attr(p, l, "class", "target");
    xmlNodePtr t = svg_text(p, svg, x, AB_TOP - 8, 9.5, "middle", pr_percent(v, "100"));
    pr_attr(p, t, "fill", COLOUR_FULL);
}

static void absorption(present *p, xmlNodePtr parent, const ab_rows *rows, const char *title_key)
{
    strbuf caption = {0}, desc = {0};
    sb_add(&caption, pr_label(p, title_key));
    if (p->period[0]) {
        sb_add(&caption, ", ");
        sb_add(&caption, p->period);
    }
    for (size_t i = 0; i < rows->n; i++) {
        char shown[240];
        ab_shown(p, ir_child(rows->row[i], "anggaran"), shown, sizeof shown);
        sb_add(&desc, i ? "; " : "");
        sb_add_normalized(&desc, ir_child_text(rows->row[i], "nama"));
        sb_add(&desc, ": ");
        sb_add(&desc, shown);
    }
    axis a = {0};
    double bar_w = ab_fit(p, rows, &a), y_axis = AB_TOP + (double)rows->n * AB_ROW + 2;
    xmlNodePtr fig = figure(p, parent, "serapan", sb_text(p, &caption));
    xmlNodePtr svg = svg_root(p, fig, AB_WIDTH, y_axis + 18, AB_FONT, sb_text(p, &caption), sb_text(p, &desc));
    ab_axis(p, svg, &a, bar_w, y_axis);
    for (size_t i = 0; i < rows->n; i++)
        ab_row(p, svg, rows->row[i], &a, bar_w, AB_TOP + (double)i * AB_ROW);
    ab_full_line(p, svg, &a, bar_w, y_axis);
    sb_free(&caption);
    sb_free(&desc);
}

/* The children r:NAME of n as rows (NULL rows when out of memory). */
static int ab_collect(present *p, ab_rows *rows, const xmlNode *n, const char *name)
{
    rows->n = 0;
    rows->row = malloc((ir_count(n, name) + 1) * sizeof *rows->row);
    if (!rows->row) {
        p->failed = 1;
        return 0;
    }
    for (const xmlNode *c = ir_child(n, name); c; c = ir_next(c, name))
        rows->row[rows->n++] = c;
    return rows->n > 0;
}

void chart_absorption(present *p, xmlNodePtr parent, const xmlNode *program)
{
    if (!p || !parent)
        return;
    if (program) {
        ab_rows one = {&program, 1};
        absorption(p, parent, &one, "grafik.serapan");
        return;
    }
    ab_rows rows;
    if (ab_collect(p, &rows, p->ir, "program"))
        absorption(p, parent, &rows, "grafik.serapan");
    free(rows.row);
}

void chart_absorption_units(present *p, xmlNodePtr parent)
{
    if (!p || !parent)
        return;
    ab_rows rows;
    if (ab_collect(p, &rows, p->ir, "unit-bawahan"))
        absorption(p, parent, &rows, "grafik.serapan-unit");
    free(rows.row);
}

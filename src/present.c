/*
 * present.c — the presented document (docs/present.md): the toolkit every
 * present*.c, chart.c and tree.c file builds with (elements, IR reading,
 * labels, numbers) and the document's skeleton. The chapters are in
 * present_chapters.c (Ikhtisar, Bab I, II, IV, Lampiran), present_results.c
 * (Bab III) and present_pk.c (the Perjanjian Kinerja).
 */
#include "present.h"

#include <libxml/parser.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "present_parts.h"

/* ------------------------------------------------------------------ */
/* Labels: both languages, loaded once per process                     */
/* ------------------------------------------------------------------ */

typedef struct label {
    char *key, *text;
} label;

typedef struct label_set {
    label *items;
    size_t count;
} label_set;

static label_set label_sets[2];

static int label_order(const void *a, const void *b)
{
    return strcmp(((const label *)a)->key, ((const label *)b)->key);
}

static void free_labels(label_set *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->items[i].key);
        free(s->items[i].text);
    }
    free(s->items);
    *s = (label_set){0};
}

static size_t count_labels(const xmlNode *root)
{
    size_t n = 0;
    for (const xmlNode *c = root->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST "label"))
            n++;
    return n;
}

static int read_labels(const xmlNode *root, label_set *s)
{
    s->items = calloc(count_labels(root) + 1, sizeof *s->items);
    if (!s->items)
        return -1;
    for (const xmlNode *c = root->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !xmlStrEqual(c->name, BAD_CAST "label"))
            continue;
        xmlChar *key = xmlGetProp(c, BAD_CAST "key");
        xmlChar *text = xmlNodeGetContent(c);
        label *l = &s->items[s->count];
        l->key = key ? strdup((const char *)key) : NULL;
        l->text = text ? strdup((const char *)text) : strdup("");
        xmlFree(key);
        xmlFree(text);
        if (!l->key || !l->text) {
            free(l->key);
            free(l->text);
            return -1;
        }
        s->count++;
    }
    qsort(s->items, s->count, sizeof *s->items, label_order);
    return 0;
}

/* The label files built into the binary (schemas_embed.S). */
extern const char lkj_labels_id[], lkj_labels_en[];
extern const unsigned long long lkj_labels_id_size, lkj_labels_en_size;

/* The folder's own i18n/LANG.xml when it has one (a Bappeda may reword the
 * labels), else the labels lkjip was built with. */
static xmlDocPtr read_label_doc(const char *path, const char *lang)
{
    enum { OPTIONS = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING };
    FILE *f = fopen(path, "rb");
    if (f) {
        fclose(f);
        return xmlReadFile(path, NULL, OPTIONS);
    }
    int en = strcmp(lang, "en") == 0;
    return xmlReadMemory(en ? lkj_labels_en : lkj_labels_id, (int)(en ? lkj_labels_en_size : lkj_labels_id_size),
                         en ? "i18n/en.xml" : "i18n/id.xml", NULL, OPTIONS);
}

static int load_label_file(const char *dir, const char *lang, label_set *s, lkj_diags *diags)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/i18n/%s.xml", dir, lang);
    xmlDocPtr doc = read_label_doc(path, lang);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    int rc = root && xmlStrEqual(root->name, BAD_CAST "labels") ? read_labels(root, s) : -1;
    xmlFreeDoc(doc);
    if (rc != 0) {
        free_labels(s);
        diag_loc loc = {path, 0, 0};
        DIAG(diags, D_STYLESHEET, &loc, path, "i18n");
    }
    return rc;
}

int present_init(const char *stylesheets_dir, lkj_diags *diags)
{
    if (label_sets[LKJ_LANG_ID].items)
        return 0;
    if (load_label_file(stylesheets_dir, "id", &label_sets[LKJ_LANG_ID], diags) != 0)
        return -1;
    if (load_label_file(stylesheets_dir, "en", &label_sets[LKJ_LANG_EN], diags) != 0) {
        free_labels(&label_sets[LKJ_LANG_ID]);
        return -1;
    }
    return 0;
}

void present_cleanup(void)
{
    free_labels(&label_sets[LKJ_LANG_ID]);
    free_labels(&label_sets[LKJ_LANG_EN]);
}

static const char *find_label(lkj_lang lang, const char *key)
{
    const label_set *s = &label_sets[lang == LKJ_LANG_EN ? LKJ_LANG_EN : LKJ_LANG_ID];
    label probe = {(char *)key, NULL};
    const label *l = s->count ? bsearch(&probe, s->items, s->count, sizeof *s->items, label_order) : NULL;
    return l ? l->text : NULL;
}

const char *pr_label_in(lkj_lang lang, const char *key)
{
    /* "[key]" for a missing label: a ring of buffers, so that a few
     * missing labels in one expression stay distinct. */
    static _Thread_local char missing[4][160];
    static _Thread_local unsigned next;
    const char *text = find_label(lang, key);
    if (text)
        return text;
    char *out = missing[next++ % 4];
    snprintf(out, sizeof missing[0], "[%s]", key);
    return out;
}

const char *pr_label(const present *p, const char *key) { return pr_label_in(p->lang, key); }

static void append(char *out, size_t size, size_t *len, const char *s, size_t n)
{
    if (*len + 1 >= size)
        return;
    if (n > size - 1 - *len)
        n = size - 1 - *len;
    memcpy(out + *len, s, n);
    *len += n;
    out[*len] = '\0';
}

/* Replaces each {name} of text by its value from the NULL-ended pairs. */
static void fill_placeholders(char *out, size_t size, const char *text, va_list pairs)
{
    size_t len = 0;
    out[0] = '\0';
    while (*text) {
        const char *open = strchr(text, '{');
        const char *close = open ? strchr(open, '}') : NULL;
        if (!close) {
            append(out, size, &len, text, strlen(text));
            break;
        }
        append(out, size, &len, text, (size_t)(open - text));
        const char *value = NULL;
        va_list ap;
        va_copy(ap, pairs);
        for (const char *name = va_arg(ap, const char *); name; name = va_arg(ap, const char *)) {
            const char *v = va_arg(ap, const char *);
            if (strlen(name) == (size_t)(close - open - 1) && strncmp(name, open + 1, (size_t)(close - open - 1)) == 0) {
                value = v ? v : "";
                break;
            }
        }
        va_end(ap);
        if (value)
            append(out, size, &len, value, strlen(value));
        else
            append(out, size, &len, open, (size_t)(close - open + 1));
        text = close + 1;
    }
}

char *pr_label_with(const present *p, char *out, size_t size, const char *key, ...)
{
    va_list pairs;
    va_start(pairs, key);
    fill_placeholders(out, size, pr_label(p, key), pairs);
    va_end(pairs);
    return out;
}

/* ------------------------------------------------------------------ */
/* Building                                                            */
/* ------------------------------------------------------------------ */

/* libxml2 2.9 leaves a name or a text it could not copy NULL and says
 * nothing: such a node is a failure too. */
static int incomplete(const xmlNode *node)
{
    return node->type == XML_TEXT_NODE ? !node->content : !node->name;
}

static xmlNodePtr added(present *p, xmlNodePtr parent, xmlNodePtr node)
{
    if (!node || incomplete(node) || !xmlAddChild(parent, node)) {
        xmlFreeNode(node);
        p->failed = 1;
        return NULL;
    }
    p->made++;
    return node;
}

void pr_flush(present *p, xmlNodePtr at)
{
    if (!p->cut || !at || p->made < p->cut_every)
        return;
    p->made = 0;
    p->cut(p->cut_ctx, at);
}

xmlNodePtr pr_el(present *p, xmlNodePtr parent, const char *name)
{
    if (!parent)
        return NULL;
    return added(p, parent, xmlNewDocNode(p->doc, p->ns, BAD_CAST name, NULL));
}

/* The SVG namespace is the default namespace of each drawing (docs/
 * present.md): its outermost element declares it without a prefix and
 * the elements inside use that declaration, so that the copy an HTML5
 * serialiser makes is plain <svg>, not <svg:svg>, which no browser draws. */
xmlNodePtr pr_svg(present *p, xmlNodePtr parent, const char *name)
{
    if (!parent || p->sketch)
        return NULL;
    int inside = parent->ns && !parent->ns->prefix && xmlStrEqual(parent->ns->href, BAD_CAST LKJ_SVG_NS);
    xmlNodePtr node = xmlNewDocNode(p->doc, inside ? parent->ns : NULL, BAD_CAST name, NULL);
    if (node && !inside) {
        xmlNsPtr own = xmlNewNs(node, BAD_CAST LKJ_SVG_NS, NULL);
        if (!own) {
            xmlFreeNode(node);
            node = NULL;
        } else {
            xmlSetNs(node, own);
        }
    }
    return added(p, parent, node);
}

void pr_attr(present *p, xmlNodePtr node, const char *name, const char *value)
{
    if (!node || !value)
        return;
    xmlAttrPtr a = xmlSetProp(node, BAD_CAST name, BAD_CAST value);
    if (!a || !a->name || (*value && !(a->children && a->children->content)))
        p->failed = 1;
}

void pr_attr_int(present *p, xmlNodePtr node, const char *name, long value)
{
    /* Digits by hand: every table cell gets its column number, and snprintf
     * cost more than the attribute. */
    char buf[32], *w = buf + sizeof buf;
    unsigned long a = value < 0 ? 0UL - (unsigned long)value : (unsigned long)value;
    *--w = '\0';
    do {
        *--w = (char)('0' + a % 10);
        a /= 10;
    } while (a);
    if (value < 0)
        *--w = '-';
    pr_attr(p, node, name, w);
}

xmlNodePtr pr_el_role(present *p, xmlNodePtr parent, const char *name, const char *peran)
{
    xmlNodePtr e = pr_el(p, parent, name);
    pr_attr(p, e, "peran", peran);
    return e;
}

void pr_text(present *p, xmlNodePtr parent, const char *text)
{
    if (!parent || !text || !*text)
        return;
    /* xmlNodeAddContent merges with a text node before it: no run of
     * tiny text nodes in the document. */
    if (parent->last && parent->last->type == XML_TEXT_NODE) {
        int before = xmlStrlen(parent->last->content);
        xmlNodeAddContent(parent->last, BAD_CAST text);
        if (xmlStrlen(parent->last->content) != before + xmlStrlen(BAD_CAST text))
            p->failed = 1; /* the text could not be added */
        return;
    }
    added(p, parent, xmlNewDocText(p->doc, BAD_CAST text));
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void pr_text_normalized(present *p, xmlNodePtr parent, const char *text)
{
    if (!parent || !text)
        return;
    size_t n = strlen(text);
    char small[512];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) {
        p->failed = 1;
        return;
    }
    size_t len = 0;
    for (const char *s = text; *s; s++) {
        if (is_space(*s)) {
            if (len && !is_space(s[1]) && s[1])
                buf[len++] = ' ';
            continue;
        }
        buf[len++] = *s;
    }
    buf[len] = '\0';
    pr_text(p, parent, buf);
    if (buf != small)
        free(buf);
}

xmlNodePtr pr_el_text(present *p, xmlNodePtr parent, const char *name, const char *text)
{
    xmlNodePtr e = pr_el(p, parent, name);
    pr_text(p, e, text);
    return e;
}

xmlNodePtr pr_run(present *p, xmlNodePtr parent, const char *peran, const char *text)
{
    xmlNodePtr t = pr_el_role(p, parent, "t", peran);
    pr_text(p, t, text);
    return t;
}

xmlNodePtr pr_cell(present *p, xmlNodePtr row, const char *peran, const char *text)
{
    xmlNodePtr c = pr_el_role(p, row, "sel", peran);
    pr_text(p, c, text);
    return c;
}

xmlNodePtr pr_section(present *p, xmlNodePtr parent, const char *jenis, const char *id, const char *heading)
{
    xmlNodePtr s = pr_el(p, parent, "bagian");
    pr_attr(p, s, "jenis", jenis);
    pr_attr(p, s, "id", id);
    pr_el_text(p, s, "judul", heading);
    return s;
}

/* ------------------------------------------------------------------ */
/* Reading the IR                                                      */
/* ------------------------------------------------------------------ */

static int is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

const xmlNode *ir_next(const xmlNode *n, const char *name)
{
    for (n = n ? n->next : NULL; n; n = n->next)
        if (is_element(n, name))
            return n;
    return NULL;
}

const xmlNode *ir_child(const xmlNode *n, const char *name)
{
    if (!n)
        return NULL;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is_element(c, name))
            return c;
    return NULL;
}

size_t ir_count(const xmlNode *n, const char *name)
{
    size_t count = 0;
    for (const xmlNode *c = ir_child(n, name); c; c = ir_next(c, name))
        count++;
    return count;
}

const char *ir_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

const char *ir_attr_or_empty(const xmlNode *n, const char *name)
{
    const char *v = ir_attr(n, name);
    return v ? v : "";
}

const char *ir_text(const xmlNode *n)
{
    if (!n)
        return "";
    for (const xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            return (const char *)c->content;
    return "";
}

const char *ir_child_text(const xmlNode *n, const char *name) { return ir_text(ir_child(n, name)); }

double ir_number(const xmlNode *n, const char *name, int *ok)
{
    const char *v = ir_attr(n, name);
    char *end = NULL;
    double d = v && *v ? strtod(v, &end) : 0;
    int good = v && *v && end && *end == '\0' && isfinite(d);
    if (ok)
        *ok = good;
    return good ? d : 0;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/* Writes sign, the integer digits grouped by dots, and ",fraction" when
 * fraction is not empty. */
static char *group_digits(char out[PR_NUMBER_MAX], int negative, const char *digits, size_t n, const char *fraction,
                          size_t fn)
{
    size_t len = 0;
    while (n > 1 && digits[0] == '0') {
        digits++;
        n--;
    }
    if (negative)
        out[len++] = '-';
    if (n == 0)
        out[len++] = '0';
    for (size_t i = 0; i < n && len < PR_NUMBER_MAX - 24; i++) {
        if (i && (n - i) % 3 == 0)
            out[len++] = '.';
        out[len++] = digits[i];
    }
    if (fn) {
        out[len++] = ',';
        for (size_t i = 0; i < fn && len < PR_NUMBER_MAX - 1; i++)
            out[len++] = fraction[i];
    }
    out[len] = '\0';
    return out;
}

/* Splits a plain decimal "[-]ddd[.ddd]" into its parts; 0 when it is not
 * one (an exponent, a sign in the middle, nothing). */
static int split_decimal(const char *s, int *negative, const char **digits, size_t *n, const char **fraction,
                         size_t *fn)
{
    *negative = 0;
    if (*s == '-' || *s == '+') {
        *negative = *s == '-';
        s++;
    }
    *digits = s;
    *n = strspn(s, "0123456789");
    s += *n;
    *fraction = "";
    *fn = 0;
    if (*s == '.') {
        *fraction = s + 1;
        *fn = strspn(s + 1, "0123456789");
        s += 1 + *fn;
    }
    return *s == '\0' && (*n || *fn);
}

static int is_zero_text(const char *digits, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (digits[i] != '0')
            return 0;
    return 1;
}

char *pr_shown(char out[PR_NUMBER_MAX], const char *tampil)
{
    int negative;
    const char *digits, *fraction;
    size_t n, fn;
    if (!tampil || !*tampil)
        return strcpy(out, "–");
    if (!split_decimal(tampil, &negative, &digits, &n, &fraction, &fn) || n > 30 || fn > 20)
        return pr_number(out, tampil);
    if (negative && is_zero_text(digits, n) && is_zero_text(fraction, fn))
        negative = 0; /* "-0.00" reads as 0,00 */
    return group_digits(out, negative, digits, n, fraction, fn);
}

char *pr_percent(char out[PR_NUMBER_MAX], const char *tampil)
{
    pr_shown(out, tampil);
    if (strcmp(out, "–") != 0)
        strcat(out, "%");
    return out;
}

char *pr_number(char out[PR_NUMBER_MAX], const char *raw)
{
    char *end = NULL;
    double v = raw && *raw ? strtod(raw, &end) : NAN;
    if (!end || *end != '\0' || !isfinite(v) || fabs(v) >= 1e21)
        return strcpy(out, "–");
    /* At most six decimals, rounded to the nearest; trailing zeros
     * dropped. Raw inputs rarely have more: computed values come with
     * tampil, rounded by the policy (pr_shown). */
    char plain[64];
    snprintf(plain, sizeof plain, "%.6f", v);
    size_t len = strlen(plain);
    while (len && plain[len - 1] == '0')
        plain[--len] = '\0';
    if (len && plain[len - 1] == '.')
        plain[--len] = '\0';
    int negative;
    const char *digits, *fraction;
    size_t n, fn;
    split_decimal(plain, &negative, &digits, &n, &fraction, &fn);
    if (negative && is_zero_text(digits, n) && fn == 0)
        negative = 0;
    return group_digits(out, negative, digits, n, fraction, fn);
}

char *pr_rupiah(char out[PR_NUMBER_MAX], const char *raw)
{
    char *end = NULL;
    double v = raw && *raw ? strtod(raw, &end) : NAN;
    if (!end || *end != '\0' || !isfinite(v) || fabs(v) >= 1e21)
        return strcpy(out, "–");
    char whole[64], grouped[PR_NUMBER_MAX];
    snprintf(whole, sizeof whole, "%.0f", v);
    pr_number(grouped, whole);
    snprintf(out, PR_NUMBER_MAX, "Rp%.60s", grouped);
    return out;
}

char *pr_date(const present *p, char *out, size_t size, const char *iso)
{
    int y, m, d;
    char key[16];
    out[0] = '\0';
    if (!iso || strlen(iso) != 10 || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12)
        return out;
    snprintf(key, sizeof key, "bulan.%d", m);
    snprintf(out, size, "%d %s %04d", d, pr_label(p, key), y);
    return out;
}

char *pr_typed_value(const present *p, char *out, size_t size, const xmlNode *value)
{
    (void)p;
    char a[PR_NUMBER_MAX], b[PR_NUMBER_MAX];
    const char *v;
    if ((v = ir_attr(value, "predikat")) || (v = ir_attr(value, "teks")))
        snprintf(out, size, "%s", v);
    else if ((v = ir_attr(value, "bawah")))
        snprintf(out, size, "%s–%s", pr_number(a, v), pr_number(b, ir_attr(value, "atas")));
    else if ((v = ir_attr(value, "tampil")))
        snprintf(out, size, "%s", pr_shown(a, v));
    else
        snprintf(out, size, "%s", pr_number(a, ir_attr(value, "nilai")));
    return out;
}

/* ------------------------------------------------------------------ */
/* Categories                                                          */
/* ------------------------------------------------------------------ */

static int is_hex_colour(const char *w)
{
    if (!w || strlen(w) != 7 || w[0] != '#')
        return 0;
    return strspn(w + 1, "0123456789abcdefABCDEF") == 6;
}

const char *pr_category_colour(const present *p, const char *kode, char out[8])
{
    static const char *const standard[][2] = {
        {"ST", "#1a7f37"}, {"T", "#4ac26b"}, {"S", "#d4a72c"}, {"R", "#e16f24"}, {"SR", "#cf222e"},
    };
    const xmlNode *policy = ir_child(p->ir, "kebijakan");
    for (const xmlNode *k = ir_child(policy, "kategori"); k; k = ir_next(k, "kategori")) {
        const char *code = ir_attr(k, "kode");
        const char *warna = ir_attr(k, "warna");
        if (code && kode && strcmp(code, kode) == 0 && is_hex_colour(warna))
            return strcpy(out, warna);
    }
    for (size_t i = 0; i < sizeof standard / sizeof standard[0]; i++)
        if (kode && strcmp(kode, standard[i][0]) == 0)
            return strcpy(out, standard[i][1]);
    return strcpy(out, "#8c959f");
}

/* A category's label: the profile's own, except that the standard
 * Indonesian label of a standard code is shown in the report's language. */
static const char *category_label(const present *p, const char *kode, const char *given)
{
    char key[64];
    snprintf(key, sizeof key, "kategori.%s", kode);
    const char *standard = find_label(LKJ_LANG_ID, key);
    if (standard && given && strcmp(given, standard) == 0)
        return pr_label(p, key);
    return given && *given ? given : kode;
}

void pr_category(present *p, xmlNodePtr parent, const xmlNode *capaian)
{
    const char *kode = ir_attr(capaian, "kategori");
    if (!parent || !kode)
        return;
    char colour[8];
    xmlNodePtr k = pr_el(p, parent, "kategori");
    pr_attr(p, k, "kode", kode);
    pr_attr(p, k, "warna", pr_category_colour(p, kode, colour));
    pr_text(p, k, category_label(p, kode, ir_attr(capaian, "kategori-label")));
}

/* ------------------------------------------------------------------ */
/* The document                                                        */
/* ------------------------------------------------------------------ */

static const char *roman(int n)
{
    static const char *const numerals[] = {"", "I", "II", "III", "IV"};
    return n >= 1 && n <= 4 ? numerals[n] : NULL;
}

/* "Tahun 2025", "Triwulan III Tahun 2025", "s.d. Bulan September Tahun 2025". */
static void period_words(present *p)
{
    const xmlNode *period = ir_child(p->ir, "periode");
    const char *jenis = ir_attr_or_empty(period, "jenis");
    const char *tahun = ir_attr_or_empty(period, "tahun");
    const char *ke = ir_attr_or_empty(period, "ke");
    p->year = atoi(tahun);
    if (strcmp(jenis, "triwulan") == 0) {
        const char *r = roman(atoi(ke));
        pr_label_with(p, p->period, sizeof p->period, "periode.triwulan", "ke", r ? r : ke, "tahun", tahun, NULL);
    } else if (strcmp(jenis, "bulan") == 0) {
        char key[16];
        snprintf(key, sizeof key, "bulan.%d", atoi(ke));
        pr_label_with(p, p->period, sizeof p->period, "periode.bulan", "bulan", pr_label(p, key), "tahun", tahun,
                      NULL);
    } else {
        pr_label_with(p, p->period, sizeof p->period, "periode.tahun", "tahun", tahun, NULL);
    }
}

/* ------------------------------------------------------------------ */
/* Tables: every cell's column, decided once                           */
/* ------------------------------------------------------------------ */

static long cell_span(const xmlNode *cell, const char *name)
{
    const char *v = ir_attr(cell, name);
    long n = v ? strtol(v, NULL, 10) : 1;
    return n >= 1 && n <= 1000 ? n : 1;
}

static int is_present_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* Numbers the cells of one row: each gets kolom (its first column), a cell
 * spanning columns kolom-akhir, a cell spanning rows baris-lanjut (the
 * rows below it covers). busy[c] counts the rows column c is still
 * covered by a cell of an earlier row. */
static void number_row(present *p, xmlNodePtr row, long *busy, long cols)
{
    long col = 1;
    for (xmlNodePtr cell = row->children; cell; cell = cell->next) {
        if (!is_present_element(cell, "sel"))
            continue;
        while (col <= cols && busy[col] > 0)
            col++;
        long span = cell_span(cell, "rentang-kolom"), rows = cell_span(cell, "rentang-baris");
        pr_attr_int(p, cell, "kolom", col);
        if (span > 1)
            pr_attr_int(p, cell, "kolom-akhir", col + span - 1);
        if (rows > 1)
            pr_attr_int(p, cell, "baris-lanjut", rows - 1);
        for (long c = col; c < col + span && c <= cols; c++)
            busy[c] = rows;
        col += span;
    }
    for (long c = 1; c <= cols; c++)
        if (busy[c] > 0)
            busy[c]--;
}

void present_number_row(present *p, xmlNodePtr row, long *busy, long cols)
{
    if (is_present_element(row, "baris"))
        number_row(p, row, busy, cols);
}

/* Row spans never cross from the head into the body or the foot. */
void present_number_group(present *p, xmlNodePtr group, long cols)
{
    long *busy = calloc((size_t)cols + 1, sizeof *busy);
    if (!busy) {
        p->failed = 1;
        return;
    }
    for (xmlNodePtr row = group->children; row; row = row->next)
        if (is_present_element(row, "baris"))
            number_row(p, row, busy, cols);
    free(busy);
}

long present_table_columns(const xmlNode *table)
{
    long cols = 0;
    for (const xmlNode *c = table->children; c; c = c->next)
        cols += is_present_element(c, "kolom");
    return cols;
}

static void number_table(present *p, xmlNodePtr table)
{
    long cols = present_table_columns(table);
    for (xmlNodePtr c = table->children; c; c = c->next)
        if (is_present_element(c, "kepala") || is_present_element(c, "isi") || is_present_element(c, "kaki"))
            present_number_group(p, c, cols);
}

/* Every table of the document, wherever it is (not in the SVG). */
static void number_tables(present *p, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || c->ns != p->ns)
            continue;
        if (is_present_element(c, "tabel"))
            number_table(p, c);
        else
            number_tables(p, c);
    }
}

void present_finish_tables(present *p, xmlNodePtr part)
{
    if (part && is_present_element(part, "tabel") && part->ns == p->ns)
        number_table(p, part);
    else if (part && part->type == XML_ELEMENT_NODE)
        number_tables(p, part);
}

static int start_document(present *p, xmlDocPtr ir, lkj_lang lang)
{
    p->ir = xmlDocGetRootElement(ir);
    p->lang = lang;
    p->doc = xmlNewDoc(BAD_CAST "1.0");
    /* Element and attribute names interned once, not copied per node. */
    if (p->doc && !(p->doc->dict = xmlDictCreate()))
        return -1;
    xmlNodePtr root = p->doc ? xmlNewDocNode(p->doc, NULL, BAD_CAST "dokumen", NULL) : NULL;
    if (!root || !p->ir) {
        xmlFreeNode(root);
        return -1;
    }
    xmlDocSetRootElement(p->doc, root);
    p->ns = xmlNewNs(root, BAD_CAST LKJ_PRESENT_NS, NULL);
    /* No SVG namespace on the root: each drawing declares it as its own
     * default (pr_svg), or its copies would carry an xmlns:svg. */
    if (!p->ns)
        return -1;
    xmlSetNs(root, p->ns);
    p->pemda = strcmp(ir_attr_or_empty(p->ir, "jenis"), "pemda") == 0;
    period_words(p);
    pr_attr(p, root, "bahasa", lang == LKJ_LANG_EN ? "en" : "id");
    pr_attr(p, root, "lkjip", ir_attr(p->ir, "lkjip"));
    return p->failed ? -1 : 0;
}

/* The document of kind into p->doc (whole, or part by part when p->cut is
 * set). 0, or -1 when out of memory. */
static int present_document(present *p, xmlDocPtr ir, present_kind kind, lkj_lang report_lang)
{
    if (start_document(p, ir, report_lang) != 0) {
        p->failed = 1;
        return -1;
    }
    xmlNodePtr root = xmlDocGetRootElement(p->doc);
    pr_attr(p, root, "jenis", kind == PRESENT_PK ? "pk" : "lkjip");
    if (kind == PRESENT_PK)
        present_pk_document(p, root);
    else
        present_lkjip_document(p, root);
    return p->failed ? -1 : 0;
}

xmlDocPtr present_unit(xmlDocPtr ir, present_kind kind, lkj_lang report_lang)
{
    present p = {0};
    if (present_document(&p, ir, kind, report_lang) == 0)
        number_tables(&p, xmlDocGetRootElement(p.doc));
    if (p.failed) {
        xmlFreeDoc(p.doc);
        return NULL;
    }
    return p.doc;
}

int present_unit_parts(present *p, xmlDocPtr ir, present_kind kind, lkj_lang report_lang)
{
    return present_document(p, ir, kind, report_lang);
}

void pr_category_mark(present *p, xmlNodePtr parent, const char *kode, const char *given)
{
    if (!parent || !kode)
        return;
    char colour[8];
    xmlNodePtr k = pr_el(p, parent, "kategori");
    pr_attr(p, k, "kode", kode);
    pr_attr(p, k, "warna", pr_category_colour(p, kode, colour));
    pr_text(p, k, category_label(p, kode, given));
}

/* ------------------------------------------------------------------ */
/* The unit's narrative                                                */
/* ------------------------------------------------------------------ */

/* Text with each run of white space folded to one space; a space at
 * either end is kept (it separates the text from a b or i beside it) and
 * trimmed at the block's edges afterwards (trim_block). */
static void folded_text(present *p, xmlNodePtr parent, const char *text)
{
    size_t n = strlen(text);
    char small[512];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) {
        p->failed = 1;
        return;
    }
    size_t len = 0;
    for (const char *s = text; *s; s++) {
        if (!is_space(*s))
            buf[len++] = *s;
        else if (!len || buf[len - 1] != ' ')
            buf[len++] = ' ';
    }
    buf[len] = '\0';
    pr_text(p, parent, buf);
    if (buf != small)
        free(buf);
}

static void narrative_inline(present *p, xmlNodePtr out, const xmlNode *in)
{
    for (const xmlNode *c = in->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            folded_text(p, out, (const char *)c->content);
        else if (is_element(c, "b") || is_element(c, "i"))
            narrative_inline(p, pr_el(p, out, (const char *)c->name), c);
        else if (c->type == XML_ELEMENT_NODE)
            narrative_inline(p, out, c); /* anything else: its words only */
    }
}

/* The first (or last) text inside n, through b and i. */
static xmlNodePtr edge_text(xmlNodePtr n, int last)
{
    while (n) {
        xmlNodePtr c = last ? n->last : n->children;
        if (!c || c->type == XML_TEXT_NODE)
            return c;
        n = c;
    }
    return NULL;
}

/* Removes the space folded_text kept at the block's start and end. The text
 * nodes were made by this stage (xmlNewDocText, no dictionary), so their
 * content is theirs to shorten in place. */
static void trim_block(xmlNodePtr block)
{
    xmlNodePtr first = edge_text(block, 0);
    if (first && first->content && first->content[0] == ' ')
        memmove(first->content, first->content + 1, strlen((const char *)first->content));
    xmlNodePtr last = edge_text(block, 1);
    size_t n = last && last->content ? strlen((const char *)last->content) : 0;
    if (n && last->content[n - 1] == ' ')
        last->content[n - 1] = '\0';
}

static void narrative_list(present *p, xmlNodePtr parent, const xmlNode *list)
{
    if (!ir_child(list, "li"))
        return;
    xmlNodePtr out = pr_el(p, parent, "daftar");
    pr_attr(p, out, "jenis", is_element(list, "ol") ? "ol" : "ul");
    for (const xmlNode *li = ir_child(list, "li"); li; li = ir_next(li, "li")) {
        xmlNodePtr item = pr_el(p, out, "butir");
        narrative_inline(p, item, li);
        trim_block(item);
    }
}

static int is_blank(const char *s)
{
    while (*s && is_space(*s))
        s++;
    return *s == '\0';
}

void pr_narrative(present *p, xmlNodePtr parent, const xmlNode *ir_block_parent)
{
    if (!parent || !ir_block_parent)
        return;
    for (const xmlNode *c = ir_block_parent->children; c; c = c->next) {
        if (is_element(c, "ul") || is_element(c, "ol")) {
            narrative_list(p, parent, c);
        } else if (c->type == XML_ELEMENT_NODE) {
            xmlNodePtr para = pr_el(p, parent, "p");
            narrative_inline(p, para, c);
            trim_block(para);
        } else if (c->type == XML_TEXT_NODE && c->content && !is_blank((const char *)c->content)) {
            xmlNodePtr para = pr_el(p, parent, "p"); /* stray text becomes a paragraph */
            folded_text(p, para, (const char *)c->content);
            trim_block(para);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Whether an indicator met its target                                 */
/* ------------------------------------------------------------------ */

pr_target pr_target_status(const xmlNode *capaian)
{
    const char *status = ir_attr(capaian, "status");
    if (status && strcmp(status, "komponen") == 0)
        return PR_TARGET_NOT_ASKED;
    if (!status || strcmp(status, "ok") != 0)
        return PR_TARGET_NOT_COMPUTED;
    int ok;
    double shown = ir_number(capaian, "tampil", &ok);
    if (!ok)
        shown = ir_number(capaian, "nilai", &ok);
    if (!ok)
        return PR_TARGET_NOT_COMPUTED;
    return shown >= 100 ? PR_TARGET_MET : PR_TARGET_MISSED;
}

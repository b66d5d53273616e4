/*
 * rules.c — the third stage: checks XSD 1.0 cannot express, on a document
 * the schema has accepted (so the structure is known to be right).
 *
 * Each rule needs nothing but this one file: code shapes per level and code
 * hierarchy, NIP dates, years against the plan period, one value kind per
 * target and realisasi, periods given once, grades on their scale, spending
 * within the ceiling, and numbers lkjip doubts (docs/format.md 1.5): a dot
 * that may separate thousands, values of a year a thousandfold apart,
 * Rupiah beyond exact arithmetic, invisible direction controls. Cross-file
 * rules (the cascade) belong to link.
 */
#include "rules.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <math.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "formula.h"
#include "measure.h"
#include "position.h"

enum { RX_CODE_PROVINSI, RX_CODE_PEMDA, RX_CODE_OPD, RX_NIP, RX_THOUSANDS, RX_COUNT };

static const char *const rx_source[RX_COUNT] = {
    [RX_CODE_PROVINSI] = "[0-9]{2}",
    [RX_CODE_PEMDA] = "[0-9]{2}\\.[0-9]{2}",
    [RX_CODE_OPD] = "([0-9]|X)\\.([0-9]{2}|XX)\\.([0-9]|X)\\.([0-9]{2}|XX)\\.([0-9]|X)\\.([0-9]{2}|XX)\\.[0-9]{2}\\.[0-9]{4}",
    [RX_NIP] = "([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{4})([0-9]{2})([0-9])([0-9]{3})",
    /* 185.000, 1.250, -12.500: a decimal that reads as thousands too (the
     * white space xs:decimal allows around it included). */
    [RX_THOUSANDS] = "[ \\t\\r\\n]*([+-]?)([1-9][0-9]{0,2})\\.([0-9]{3})[ \\t\\r\\n]*",
};

static pcre2_code *rx[RX_COUNT];

int rules_init(void)
{
    for (int i = 0; i < RX_COUNT; i++) {
        int err;
        PCRE2_SIZE off;
        /* Anchored at both ends: a whole-field check. */
        rx[i] = pcre2_compile((PCRE2_SPTR)rx_source[i], PCRE2_ZERO_TERMINATED,
                              PCRE2_ANCHORED | PCRE2_ENDANCHORED | PCRE2_UTF, &err, &off, NULL);
        if (!rx[i])
            return -1;
        pcre2_jit_compile(rx[i], PCRE2_JIT_COMPLETE);
    }
    return 0;
}

void rules_cleanup(void)
{
    for (int i = 0; i < RX_COUNT; i++) {
        pcre2_code_free(rx[i]);
        rx[i] = NULL;
    }
}

/* A sum of Rupiah amounts, exactly: whole rupiah (saturating at
 * UINT64_MAX, then marked) and nanorupiah (below 10^9). */
typedef struct rupiah_sum {
    uint64_t whole, nano;
    int saturated;
} rupiah_sum;

typedef struct rules {
    load_doc *ld;
    lkj_diags *d;
    pcre2_match_data *md;
    xmlNodePtr root;
    long year; /* reporting year */
    long first, last; /* plan period */
    rupiah_sum pagu, spent; /* the unit's totals */
    int amount_beyond;      /* some single amount was already reported */
    char **components;      /* the ids a <rumus> of this file names, sorted */
    size_t component_count, component_capacity;
    int oom;
} rules;

/* ------------------------------------------------------------------ */
/* DOM helpers                                                         */
/* ------------------------------------------------------------------ */

/* Names compared inline, byte by byte: they are short and most differ
 * in their first bytes, and a call to strcmp per child and per name made
 * the rules a third slower than they need be. */
static inline int same_name(const xmlChar *a, const char *b)
{
    while (*a && *a == (xmlChar)*b) {
        a++;
        b++;
    }
    return *a == (xmlChar)*b;
}

static int is(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && same_name(n->name, name);
}

static xmlNodePtr next_element(xmlNodePtr n, const char *name)
{
    for (; n; n = n->next)
        if (is(n, name))
            return n;
    return NULL;
}

#define EACH_CHILD(var, parent, name) \
    for (xmlNodePtr var = next_element((parent)->children, name); var; var = next_element(var->next, name))

/* The attribute's text as it stands in the tree (not copied). */
static const char *attr(xmlNodePtr n, const char *name)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, NULL);
    return a && a->children && a->children->content ? (const char *)a->children->content : NULL;
}

/* The value attributes present on an element, as bits: one pass over the
 * attribute list instead of a lookup per name (these run per month). */
enum {
    A_NILAI = 1 << 0,
    A_BAWAH = 1 << 1,
    A_ATAS = 1 << 2,
    A_PREDIKAT = 1 << 3,
    A_TEKS = 1 << 4,
    A_PEMBILANG = 1 << 5,
    A_PENYEBUT = 1 << 6,
    A_PENGALI = 1 << 7
};

static unsigned value_attrs(xmlNodePtr n)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"nilai", A_NILAI},         {"bawah", A_BAWAH},         {"atas", A_ATAS},
                 {"predikat", A_PREDIKAT},   {"teks", A_TEKS},           {"pembilang", A_PEMBILANG},
                 {"penyebut", A_PENYEBUT},   {"pengali", A_PENGALI}};
    unsigned mask = 0;
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (same_name(a->name, names[i].name)) {
                mask |= names[i].bit;
                break;
            }
    return mask;
}

static double number(const char *s) { return s ? strtod(s, NULL) : 0.0; }

static long whole(const char *s) { return s ? strtol(s, NULL, 10) : 0; }

/* snprintf in the list's language; both formats stay literals so that the
 * compiler checks their arguments. */
#define LSNPRINTF(r, buf, size, fmt_id, fmt_en, ...)                        \
    (lkj_diags_lang((r)->d) == LKJ_LANG_EN ? snprintf(buf, size, fmt_en, __VA_ARGS__) \
                                           : snprintf(buf, size, fmt_id, __VA_ARGS__))

static const char *text(const rules *r, const char *id, const char *en)
{
    return diag_text(r->d, id, en);
}

static void at_node(rules *r, xmlNodePtr n, diag_loc *loc) { pos_of_node(r->ld, n, loc); }

static void at_attr(rules *r, xmlNodePtr n, const char *a, diag_loc *loc)
{
    pos_of_attr(r->ld, n, a, loc);
}

/* ------------------------------------------------------------------ */
/* Unit, people, period                                                */
/* ------------------------------------------------------------------ */

static int matches(rules *r, int which, const char *s)
{
    return pcre2_match(rx[which], (PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED, 0, 0, r->md, NULL) > 0;
}

static void check_unit_code(rules *r, xmlNodePtr unit)
{
    const char *level = attr(unit, "tingkat"), *code = attr(unit, "kode");
    if (!level || !code)
        return;
    int which = RX_CODE_OPD;
    const char *shape = "U.BB.U.BB.U.BB.NN.NNNN (1.02.0.00.0.00.01.0000)";
    if (strcmp(level, "provinsi") == 0) {
        which = RX_CODE_PROVINSI;
        shape = text(r, "dua digit kode wilayah (33)", "two-digit region code (33)");
    } else if (strcmp(level, "kabupaten") == 0 || strcmp(level, "kota") == 0) {
        which = RX_CODE_PEMDA;
        shape = text(r, "kode wilayah provinsi.kabupaten (33.01)", "region code provinsi.kabupaten (33.01)");
    }
    if (!matches(r, which, code)) {
        diag_loc loc;
        at_attr(r, unit, "kode", &loc);
        DIAG(r->d, D_RULE_UNIT_CODE, &loc, code, level, shape);
    }
}

static void check_unit_parent(rules *r, xmlNodePtr unit)
{
    const char *level = attr(unit, "tingkat"), *id = attr(unit, "id"), *parent = attr(unit, "induk");
    if (!level || !id)
        return;
    diag_loc loc;
    if (strcmp(level, "opd") == 0 && !parent) {
        at_node(r, unit, &loc);
        DIAG(r->d, D_RULE_PARENT, &loc, id, level,
             text(r, "tidak menyebut pemda induknya (atribut induk)", "does not name its pemda (attribute induk)"));
    } else if (strcmp(level, "provinsi") == 0 && parent) {
        at_attr(r, unit, "induk", &loc);
        DIAG(r->d, D_RULE_PARENT, &loc, id, level,
             text(r, "tidak boleh memiliki induk", "must not have a parent"));
    } else if (parent && strcmp(parent, id) == 0) {
        at_attr(r, unit, "induk", &loc);
        DIAG(r->d, D_RULE_PARENT, &loc, id, level,
             text(r, "menyebut dirinya sendiri sebagai induk", "names itself as its parent"));
    }
}

static int days_in_month(long y, long m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

static long digits_value(const char *s, size_t from, size_t n)
{
    long v = 0;
    for (size_t i = from; i < from + n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* PNS: birth 8, appointment YYYYMM 6, sex 1, sequence 3. PPPK: birth 8,
 * year 4, code 2, sex 1, sequence 3. Grouping with spaces says which; an
 * ungrouped NIP is PNS when digits 13-14 are a month, PPPK otherwise. */
static void check_nip(rules *r, xmlNodePtr nip)
{
    xmlChar *raw = xmlNodeGetContent(nip);
    if (!raw)
        return;
    char digits[32];
    size_t k = 0, groups = 1;
    for (const char *p = (const char *)raw; *p && k + 1 < sizeof digits; p++) {
        if (*p == ' ')
            groups++;
        else
            digits[k++] = *p;
    }
    digits[k] = '\0';
    char reason[200];
    reason[0] = '\0';
    if (matches(r, RX_NIP, digits)) {
        long by = digits_value(digits, 0, 4), bm = digits_value(digits, 4, 2), bd = digits_value(digits, 6, 2);
        long ay = digits_value(digits, 8, 4), am = digits_value(digits, 12, 2);
        int sex = digits[14] - '0';
        int pns = groups == 4 || (groups == 1 && am >= 1 && am <= 12);
        if (by < 1930)
            LSNPRINTF(r, reason, sizeof reason, "tahun lahir %ld sebelum 1930", "the birth year %ld is before 1930", by);
        else if (bm < 1 || bm > 12 || bd < 1 || bd > days_in_month(by, bm))
            LSNPRINTF(r, reason, sizeof reason, "tanggal lahir %.4s-%.2s-%.2s tidak ada di kalender", "the birth date %.4s-%.2s-%.2s does not exist",
                     digits, digits + 4, digits + 6);
        else if (ay < by + 15)
            LSNPRINTF(r, reason, sizeof reason, "tahun pengangkatan %ld kurang dari 15 tahun sesudah tahun lahir %ld", "the appointment year %ld is less than 15 years after the birth year %ld",
                     ay, by);
        else if (pns && (am < 1 || am > 12))
            LSNPRINTF(r, reason, sizeof reason, "bulan pengangkatan %.2s tidak sah", "the appointment month %.2s is invalid",
                     digits + 12);
        else if (sex != 1 && sex != 2)
            LSNPRINTF(r, reason, sizeof reason, "digit jenis kelamin (ke-15) harus 1 atau 2, bukan %d", "the sex digit (15th) must be 1 or 2, not %d",
                     sex);
    }
    if (reason[0]) {
        diag_loc loc;
        at_node(r, nip, &loc);
        DIAG(r->d, D_RULE_NIP, &loc, (const char *)raw, reason);
    }
    xmlFree(raw);
}

static void check_people(rules *r, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "nip"))
            check_nip(r, n);
        else if (is(n, "unit") || is(n, "kepala") || is(n, "atasan") || is(n, "perjanjian-kinerja") ||
                 is(n, "pihak-pertama") || is(n, "pihak-kedua"))
            check_people(r, n->children);
    }
}

static void check_head_nip(rules *r, xmlNodePtr unit)
{
    const char *level = attr(unit, "tingkat");
    xmlNodePtr head = next_element(unit->children, "kepala");
    if (!level || strcmp(level, "opd") != 0 || !head || next_element(head->children, "nip"))
        return;
    xmlNodePtr name = next_element(head->children, "nama");
    xmlChar *who = name ? xmlNodeGetContent(name) : NULL;
    diag_loc loc;
    at_node(r, head, &loc);
    DIAG(r->d, D_RULE_HEAD_NIP, &loc, who ? (const char *)who : "?");
    xmlFree(who);
}

static void check_period(rules *r, xmlNodePtr period)
{
    char y[24], a[24], b[24];
    snprintf(y, sizeof y, "%ld", r->year);
    snprintf(a, sizeof a, "%ld", r->first);
    snprintf(b, sizeof b, "%ld", r->last);
    diag_loc loc;
    if (r->first > r->last) {
        at_attr(r, period, "awal", &loc);
        DIAG(r->d, D_RULE_PERIOD_REVERSED, &loc, a, b);
    } else if (r->year < r->first || r->year > r->last) {
        at_attr(r, r->root, "tahun", &loc);
        DIAG(r->d, D_RULE_YEAR_PERIOD, &loc, y, a, b);
    }
}

/* ------------------------------------------------------------------ */
/* Typed values                                                        */
/* ------------------------------------------------------------------ */

typedef enum { KIND_NONE, KIND_NUMBER, KIND_RANGE, KIND_GRADE, KIND_TEXT, KIND_RATIO, KIND_MIXED } value_kind;

static const char *kind_name(const rules *r, value_kind k)
{
    static const char *const names[][2] = {
        {"tanpa nilai", "no value"}, {"angka", "number"}, {"rentang", "range"}, {"predikat", "grade"},
        {"teks", "text"},            {"rasio", "ratio"},  {"campuran", "mixed"},
    };
    return names[k][lkj_diags_lang(r->d) == LKJ_LANG_EN];
}

/* Lists the value attributes present, e.g. "nilai, predikat". */
static void present_list(xmlNodePtr n, const char *const *names, size_t count, char *out, size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        if (!attr(n, names[i]))
            continue;
        int w = snprintf(out + o, size - o, "%s%s", o ? ", " : "", names[i]);
        if (w < 0 || (size_t)w >= size - o)
            break;
        o += (size_t)w;
    }
}

static void label_of(rules *r, xmlNodePtr n, char *out, size_t size) { node_label(r->d, n, out, size); }

/* Targets: exactly one of nilai | bawah+atas | predikat | teks. */
static value_kind target_kind(rules *r, xmlNodePtr n)
{
    static const char *const names[] = {"nilai", "bawah", "atas", "predikat", "teks"};
    unsigned m = value_attrs(n);
    int has_n = !!(m & A_NILAI), has_lo = !!(m & A_BAWAH), has_hi = !!(m & A_ATAS);
    int has_g = !!(m & A_PREDIKAT), has_t = !!(m & A_TEKS);
    int kinds = has_n + (has_lo || has_hi) + has_g + has_t;
    char label[256], found[128];
    diag_loc loc;
    if (kinds != 1 || has_lo != has_hi) {
        present_list(n, names, 5, found, sizeof found);
        label_of(r, n, label, sizeof label);
        at_node(r, n, &loc);
        DIAG(r->d, D_RULE_TARGET_KIND, &loc, label, found[0] ? found : kind_name(r, KIND_NONE));
        return kinds > 1 ? KIND_MIXED : KIND_NONE;
    }
    if (has_lo) {
        if (number(attr(n, "bawah")) > number(attr(n, "atas"))) {
            label_of(r, n, label, sizeof label);
            at_attr(r, n, "bawah", &loc);
            DIAG(r->d, D_RULE_RANGE_ORDER, &loc, label, attr(n, "bawah"), attr(n, "atas"));
        }
        return KIND_RANGE;
    }
    return has_n ? KIND_NUMBER : has_g ? KIND_GRADE : KIND_TEXT;
}

/* Realisasi: exactly one of nilai | pembilang+penyebut (+pengali) |
 * predikat | teks. */
static value_kind realisasi_kind(rules *r, xmlNodePtr n)
{
    static const char *const names[] = {"nilai", "pembilang", "penyebut", "pengali", "predikat", "teks"};
    unsigned m = value_attrs(n);
    int has_n = !!(m & A_NILAI), has_p = !!(m & A_PEMBILANG);
    int has_q = !!(m & A_PENYEBUT), has_m = !!(m & A_PENGALI);
    int has_g = !!(m & A_PREDIKAT), has_t = !!(m & A_TEKS);
    int kinds = has_n + (has_p || has_q) + has_g + has_t;
    if (kinds != 1 || has_p != has_q || (has_m && !has_p)) {
        char label[256], found[128];
        diag_loc loc;
        present_list(n, names, 6, found, sizeof found);
        label_of(r, n, label, sizeof label);
        at_node(r, n, &loc);
        DIAG(r->d, D_RULE_REAL_KIND, &loc, label, found[0] ? found : kind_name(r, KIND_NONE));
        return kinds > 1 ? KIND_MIXED : KIND_NONE;
    }
    return has_n ? KIND_NUMBER : has_p ? KIND_RATIO : has_g ? KIND_GRADE : KIND_TEXT;
}

/* The skala element an indikator names, or NULL. */
static xmlNodePtr scale_of(rules *r, xmlNodePtr ind)
{
    const char *id = attr(ind, "skala");
    if (!id)
        return NULL;
    EACH_CHILD(s, r->root, "skala") {
        const char *sid = attr(s, "id");
        if (sid && strcmp(sid, id) == 0)
            return s;
    }
    return NULL;
}

static void check_grade(rules *r, xmlNodePtr ind, xmlNodePtr scale, xmlNodePtr n)
{
    if (!scale && !(value_attrs(n) & A_PREDIKAT))
        return;
    const char *g = attr(n, "predikat");
    if (!g)
        return;
    char why[160];
    why[0] = '\0';
    if (!scale) {
        snprintf(why, sizeof why, "%s",
                 text(r, "dipakai tanpa skala: indikator tidak memiliki atribut skala",
                      "is used without a scale: the indikator has no skala attribute"));
    } else {
        int found = 0;
        EACH_CHILD(t, scale, "tingkat") {
            const char *code = attr(t, "kode");
            if (code && strcmp(code, g) == 0)
                found = 1;
        }
        if (!found)
            LSNPRINTF(r, why, sizeof why, "tidak ada pada skala '%s'", "is not on the scale '%s'",
                     attr(scale, "id"));
    }
    if (why[0]) {
        diag_loc loc;
        at_attr(r, n, "predikat", &loc);
        DIAG(r->d, D_RULE_GRADE, &loc, g, attr(ind, "id"), why);
    }
}

/* ------------------------------------------------------------------ */
/* Periods given once                                                  */
/* ------------------------------------------------------------------ */

/* Reports the second occurrence of key (attribute) among the children
 * named name of parent. Keys are numbers (ke, tahun, versi); the lists are
 * short, so a linear scan over the values seen so far is enough. */
static void check_unique_children(rules *r, xmlNodePtr parent, const char *name, const char *key,
                                  const char *default_value)
{
    enum { MAX_SEEN = 128 };
    long seen[MAX_SEEN];
    xmlNodePtr seen_at[MAX_SEEN];
    size_t count = 0;
    EACH_CHILD(a, parent, name) {
        const char *va = attr(a, key);
        if (!va)
            va = default_value;
        if (!va)
            continue;
        long v = whole(va);
        size_t i = 0;
        while (i < count && seen[i] != v)
            i++;
        if (i < count) {
            char what[128], where[256], first_line[32];
            diag_loc loc, first;
            snprintf(what, sizeof what, "<%s %s=\"%s\">", name, key, va);
            label_of(r, parent, where, sizeof where);
            at_node(r, seen_at[i], &first);
            snprintf(first_line, sizeof first_line, "%lu", first.line);
            at_node(r, a, &loc);
            DIAG(r->d, D_RULE_DUP_PERIOD, &loc, what, where, first_line);
        } else if (count < MAX_SEEN) {
            seen[count] = v;
            seen_at[count++] = a;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Indikator                                                           */
/* ------------------------------------------------------------------ */

static void check_target_years(rules *r, xmlNodePtr ind)
{
    char y[24], a[24], b[24];
    snprintf(a, sizeof a, "%ld", r->first);
    snprintf(b, sizeof b, "%ld", r->last);
    EACH_CHILD(t, ind, "target") {
        long year = whole(attr(t, "tahun"));
        if (r->first <= r->last && (year < r->first || year > r->last)) {
            diag_loc loc;
            snprintf(y, sizeof y, "%ld", year);
            at_attr(r, t, "tahun", &loc);
            DIAG(r->d, D_RULE_TARGET_YEAR, &loc, y, attr(ind, "id"), a, b);
        }
    }
}

static void year_error(rules *r, xmlNodePtr n, xmlNodePtr ind, const char *what, long year)
{
    char y[24], ry[24];
    diag_loc loc;
    snprintf(y, sizeof y, "%ld", year);
    snprintf(ry, sizeof ry, "%ld", r->year);
    at_attr(r, n, "tahun", &loc);
    DIAG(r->d, D_RULE_REAL_YEAR, &loc, what, y, attr(ind, "id"), ry);
}

static void check_realisasi_years(rules *r, xmlNodePtr ind)
{
    xmlNodePtr real = next_element(ind->children, "realisasi");
    if (real && attr(real, "tahun") && whole(attr(real, "tahun")) != r->year)
        year_error(r, real, ind, "<realisasi>", whole(attr(real, "tahun")));
    EACH_CHILD(p, ind, "realisasi-lalu") {
        if (whole(attr(p, "tahun")) >= r->year)
            year_error(r, p, ind, "<realisasi-lalu>", whole(attr(p, "tahun")));
    }
    xmlNodePtr base = next_element(ind->children, "baseline");
    if (base && whole(attr(base, "tahun")) >= r->year)
        year_error(r, base, ind, "<baseline>", whole(attr(base, "tahun")));
}

/* The target that counts for the reporting year: the highest PK version,
 * else the annual target of that year. */
static xmlNodePtr reporting_target(rules *r, xmlNodePtr ind)
{
    xmlNodePtr best = NULL;
    long best_version = 0;
    EACH_CHILD(pk, ind, "target-pk") {
        long v = attr(pk, "versi") ? whole(attr(pk, "versi")) : 1;
        if (v > best_version) {
            best_version = v;
            best = pk;
        }
    }
    if (best)
        return best;
    EACH_CHILD(t, ind, "target") {
        if (whole(attr(t, "tahun")) == r->year)
            return t;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Values about a thousand times apart                                 */
/* ------------------------------------------------------------------ */

/* One number of an indicator for one year, as lkjip reads it. */
typedef struct yearly {
    long year;
    double value;
    xmlNodePtr node;  /* where it is written */
    const char *attr; /* its attribute; NULL: the element as a whole */
    char what[48];    /* how the message names it: "target PK versi 2" */
} yearly;

enum { MAX_YEARLY = 64 }; /* plan years, PK versions, earlier years: a few */

typedef struct yearly_list {
    yearly at[MAX_YEARLY];
    size_t count;
} yearly_list;

static void add_yearly(yearly_list *l, long year, double value, xmlNodePtr node, const char *attr_name,
                       const char *what)
{
    if (l->count == MAX_YEARLY || !isfinite(value))
        return;
    yearly *y = &l->at[l->count++];
    y->year = year;
    y->value = value;
    y->node = node;
    y->attr = attr_name;
    snprintf(y->what, sizeof y->what, "%s", what);
}

/* A value element as measure.c takes it: a number, a ratio, or (grades
 * and text, which have no scale to compare) text. */
static meas_value value_of(xmlNodePtr n, const char **which)
{
    if (attr(n, "nilai")) {
        *which = "nilai";
        return meas_number(number(attr(n, "nilai")));
    }
    if (attr(n, "pembilang") && attr(n, "penyebut")) {
        *which = "pembilang";
        return meas_ratio(number(attr(n, "pembilang")), number(attr(n, "penyebut")),
                          attr(n, "pengali") ? number(attr(n, "pengali")) : 1);
    }
    *which = NULL;
    return meas_text();
}

/* A number or ratio element of one year (baseline, realisasi-lalu). */
static void add_value(yearly_list *l, long year, xmlNodePtr n, const char *what)
{
    const char *which;
    meas_value v = value_of(n, &which);
    double x;
    if (which && meas_value_number(&v, &x) == MEAS_OK)
        add_yearly(l, year, x, n, which, what);
}

/* The realisasi of its year once the year's last period is in (December,
 * quarter IV, or the annual value), combined by agregasi exactly as the
 * report combines it: a year still running is no yardstick (a cumulative
 * percentage starts the year small). */
static void add_annual_realisasi(rules *r, xmlNodePtr ind, xmlNodePtr real, yearly_list *l)
{
    meas_series s;
    xmlNodePtr at[12] = {0};
    const char *which[12] = {0};
    memset(&s, 0, sizeof s);
    s.year = attr(real, "tahun") ? (int)whole(attr(real, "tahun")) : (int)r->year;
    s.unit = MEAS_PERIOD_YEAR;
    for (xmlNodePtr e = real->children; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        int k = 1, last = 1;
        if (is(e, "bulan") || is(e, "triwulan")) {
            s.unit = is(e, "bulan") ? MEAS_PERIOD_MONTH : MEAS_PERIOD_QUARTER;
            k = (int)whole(attr(e, "ke"));
            last = is(e, "bulan") ? 12 : 4;
        }
        if (k < 1 || k > last)
            continue;
        s.at[k - 1] = value_of(e, &which[k - 1]);
        at[k - 1] = e;
    }
    meas_aggregation agg;
    if (meas_aggregation_parse(attr(ind, "agregasi"), &agg) != 0)
        return;
    meas_period year = {s.year, MEAS_PERIOD_YEAR, 0};
    meas_aggregate a = meas_aggregate_to(&s, agg, &year);
    int window = s.unit == MEAS_PERIOD_MONTH ? 12 : s.unit == MEAS_PERIOD_QUARTER ? 4 : 1;
    if (a.status != MEAS_OK || a.last_present != window)
        return;
    /* One entry decided (terakhir, maks, min, or the annual value): point
     * at it; a sum or a mean is the realisasi as a whole. */
    int one = a.chosen ? a.chosen : window == 1 ? 1 : 0;
    add_yearly(l, s.year, a.value, one ? at[one - 1] : real, one ? which[one - 1] : NULL, "realisasi");
}

static void collect_yearly(rules *r, xmlNodePtr ind, yearly_list *l)
{
    for (xmlNodePtr c = ind->children; c; c = c->next) {
        if (is(c, "target") && attr(c, "nilai")) {
            add_yearly(l, whole(attr(c, "tahun")), number(attr(c, "nilai")), c, "nilai", "target");
        } else if (is(c, "target-pk") && attr(c, "nilai")) {
            char what[48];
            const char *v = attr(c, "versi") ? attr(c, "versi") : "1";
            LSNPRINTF(r, what, sizeof what, "target PK versi %.16s", "PK target, versi %.16s", v);
            add_yearly(l, r->year, number(attr(c, "nilai")), c, "nilai", what);
        } else if (is(c, "baseline")) {
            add_value(l, whole(attr(c, "tahun")), c, "baseline");
        } else if (is(c, "realisasi-lalu")) {
            add_value(l, whole(attr(c, "tahun")), c, "realisasi");
        } else if (is(c, "realisasi")) {
            add_annual_realisasi(r, ind, c, l);
        }
    }
}

/* The larger of two numbers of one sign over the smaller; 0 when they do
 * not compare (a zero, or opposite signs: a growth of 2 % against -0.004 %
 * is no unit mistake). */
static double factor_between(double a, double b)
{
    if (a == 0 || b == 0 || (a < 0) != (b < 0))
        return 0;
    a = fabs(a);
    b = fabs(b);
    return a > b ? a / b : b / a;
}

/* 500 to 2000 times, bounds included: a part in 10^12 of slack, so that a
 * factor of exactly 2000 (200 against 0.1) is not lost to rounding. */
static int thousandfold(const yearly *a, const yearly *b)
{
    double f = factor_between(a->value, b->value);
    return a->year == b->year && f >= 500 * (1 - 1e-12) && f <= 2000 * (1 + 1e-12);
}

/* A number as a file would write it, without exponent or trailing zeros,
 * to ten significant digits: 185, 0.00099009901, 1234567.5. */
static void format_plain(double v, char *out, size_t size)
{
    int decimals = 0;
    if (v != 0 && fabs(v) < 1e15)
        decimals = 9 - (int)floor(log10(fabs(v)));
    decimals = decimals < 0 ? 0 : decimals > 12 ? 12 : decimals;
    snprintf(out, size, "%.*f", decimals, v);
    if (strchr(out, '.')) {
        size_t n = strlen(out);
        while (out[n - 1] == '0')
            out[--n] = '\0';
        if (out[n - 1] == '.')
            out[n - 1] = '\0';
    }
}

static void report_thousandfold(rules *r, xmlNodePtr ind, const yearly *a, const yearly *b)
{
    char year[24], va[48], vb[48], factor[48];
    diag_loc loc;
    snprintf(year, sizeof year, "%ld", a->year);
    format_plain(a->value, va, sizeof va);
    format_plain(b->value, vb, sizeof vb);
    snprintf(factor, sizeof factor, "%.0f", factor_between(a->value, b->value));
    if (a->attr)
        at_attr(r, a->node, a->attr, &loc);
    else
        at_node(r, a->node, &loc);
    DIAG(r->d, D_RULE_THOUSANDFOLD, &loc, attr(ind, "id"), year, a->what, va, factor,
         fabs(a->value) < fabs(b->value) ? text(r, "lebih kecil daripada", "smaller than")
                                         : text(r, "lebih besar daripada", "larger than"),
         b->what, vb);
}

/* Pairs of one year about a thousand times apart. Each mistake is told
 * once: at the value at odds with the most others (185 beside a PK of
 * 185000 and a realisasi of 190000 is the odd one), on a tie at the one
 * written first, and its partners are not told again. */
static void check_thousandfold(rules *r, xmlNodePtr ind)
{
    yearly_list l;
    l.count = 0;
    collect_yearly(r, ind, &l);
    int odd[MAX_YEARLY] = {0}, told[MAX_YEARLY] = {0};
    for (size_t i = 0; i < l.count; i++)
        for (size_t j = i + 1; j < l.count; j++)
            if (thousandfold(&l.at[i], &l.at[j])) {
                odd[i]++;
                odd[j]++;
            }
    for (size_t i = 0; i < l.count; i++) {
        if (!odd[i] || told[i])
            continue;
        size_t j = 0;
        while (j == i || !thousandfold(&l.at[i], &l.at[j]))
            j++;
        if (odd[j] > odd[i])
            continue; /* j is the odd one: told with it */
        report_thousandfold(r, ind, &l.at[i], &l.at[j]);
        told[i] = 1;
        for (size_t k = 0; k < l.count; k++)
            if (k != i && thousandfold(&l.at[i], &l.at[k]))
                told[k] = 1;
    }
}

static int kinds_compatible(value_kind target, value_kind real)
{
    if (target == KIND_TEXT || target == KIND_NONE || target == KIND_MIXED || real == KIND_NONE ||
        real == KIND_MIXED)
        return 1;
    if (target == KIND_GRADE)
        return real == KIND_GRADE;
    return real == KIND_NUMBER || real == KIND_RATIO;
}

/* ------------------------------------------------------------------ */
/* Components of composite indicators                                  */
/* ------------------------------------------------------------------ */

static int compare_ids(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_component(rules *r, const char *id)
{
    if (r->component_count == r->component_capacity) {
        size_t cap = r->component_capacity ? 2 * r->component_capacity : 16;
        char **grown = realloc(r->components, cap * sizeof *grown);
        if (!grown) {
            r->oom = 1;
            return;
        }
        r->components = grown;
        r->component_capacity = cap;
    }
    char *copy = strdup(id);
    if (!copy) {
        r->oom = 1;
        return;
    }
    r->components[r->component_count++] = copy;
}

/* The ids one <rumus> names (a formula that does not parse names none:
 * link reports it, LKJ0412). */
static void note_formula(rules *r, xmlNodePtr rumus)
{
    xmlChar *text = xmlNodeGetContent(rumus);
    if (!text) {
        r->oom = 1;
        return;
    }
    formula_error err;
    formula *f = formula_parse((const char *)text, &err);
    xmlFree(text);
    if (!f) {
        r->oom |= err.status == FORMULA_ERR_NO_MEMORY;
        return;
    }
    for (size_t i = 0; i < formula_ref_count(f) && !r->oom; i++)
        add_component(r, formula_ref(f, i));
    formula_free(f);
}

static void collect_components(rules *r, xmlNodePtr n)
{
    for (; n && !r->oom; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "indikator")) {
            xmlNodePtr rumus = next_element(n->children, "rumus");
            if (rumus)
                note_formula(r, rumus);
        } else if (is(n, "tujuan") || is(n, "sasaran") || is(n, "program") || is(n, "kegiatan") ||
                   is(n, "sub-kegiatan")) {
            collect_components(r, n->children);
        }
    }
}

/* Whether a <rumus> of this file names id: a component of a composite
 * indicator, which needs no target of its own (docs/format.md 6.5). */
static int is_component(const rules *r, const char *id)
{
    return id && r->component_count &&
           bsearch(&id, r->components, r->component_count, sizeof *r->components, compare_ids) != NULL;
}

static void free_components(rules *r)
{
    for (size_t i = 0; i < r->component_count; i++)
        free(r->components[i]);
    free(r->components);
}

static void check_indikator(rules *r, xmlNodePtr ind)
{
    const char *id = attr(ind, "id");
    xmlNodePtr scale = scale_of(r, ind);
    int range_polarity = attr(ind, "polaritas") && strcmp(attr(ind, "polaritas"), "rentang") == 0;

    check_target_years(r, ind);
    check_unique_children(r, ind, "target", "tahun", NULL);
    check_unique_children(r, ind, "target-pk", "versi", "1");
    check_unique_children(r, ind, "realisasi-lalu", "tahun", NULL);
    check_realisasi_years(r, ind);

    for (xmlNodePtr c = ind->children; c; c = c->next) {
        if (is(c, "target") || is(c, "target-akhir") || is(c, "target-pk") || is(c, "standar-nasional")) {
            value_kind k = target_kind(r, c);
            check_grade(r, ind, scale, c);
            if (range_polarity && k != KIND_RANGE && k != KIND_TEXT && (is(c, "target") || is(c, "target-pk"))) {
                char y[24];
                diag_loc loc;
                snprintf(y, sizeof y, "%ld", is(c, "target") ? whole(attr(c, "tahun")) : r->year);
                at_node(r, c, &loc);
                DIAG(r->d, D_RULE_RANGE_NEEDED, &loc, id, y);
            }
            if (is(c, "target-pk")) {
                check_unique_children(r, c, "triwulan", "ke", NULL);
                EACH_CHILD(q, c, "triwulan") {
                    target_kind(r, q);
                    check_grade(r, ind, scale, q);
                }
            }
        } else if (is(c, "baseline") || is(c, "realisasi-lalu")) {
            realisasi_kind(r, c);
            check_grade(r, ind, scale, c);
        } else if (is(c, "realisasi")) {
            check_unique_children(r, c, "bulan", "ke", NULL);
            check_unique_children(r, c, "triwulan", "ke", NULL);
        }
    }

    check_thousandfold(r, ind);

    xmlNodePtr target = reporting_target(r, ind);
    if (!target && !is_component(r, id)) {
        char y[24];
        diag_loc loc;
        snprintf(y, sizeof y, "%ld", r->year);
        at_node(r, ind, &loc);
        DIAG(r->d, D_RULE_NO_TARGET, &loc, id, y);
    }
    value_kind tk = KIND_NONE;
    if (target) {
        /* Kind only: target_kind already reported this target's problems. */
        int has_lo = attr(target, "bawah") != NULL;
        tk = attr(target, "nilai") ? KIND_NUMBER : has_lo ? KIND_RANGE
           : attr(target, "predikat") ? KIND_GRADE : attr(target, "teks") ? KIND_TEXT : KIND_NONE;
    }
    xmlNodePtr real = next_element(ind->children, "realisasi");
    if (!real)
        return;
    int mismatch_reported = 0;
    for (xmlNodePtr e = real->children; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        value_kind rk = realisasi_kind(r, e);
        check_grade(r, ind, scale, e);
        if (!mismatch_reported && !kinds_compatible(tk, rk)) {
            diag_loc loc;
            at_node(r, e, &loc);
            DIAG(r->d, D_RULE_KIND_MISMATCH, &loc, id, kind_name(r, tk), kind_name(r, rk));
            mismatch_reported = 1;
        }
    }
}

static void check_all_indikator(rules *r, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "indikator"))
            check_indikator(r, n);
        else if (is(n, "tujuan") || is(n, "sasaran") || is(n, "program") || is(n, "kegiatan") ||
                 is(n, "sub-kegiatan"))
            check_all_indikator(r, n->children);
    }
}

/* ------------------------------------------------------------------ */
/* Budget hierarchy and PK                                             */
/* ------------------------------------------------------------------ */

static int starts_with_code(const char *code, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(code, prefix, n) == 0 && code[n] == '.';
}

static void format_rupiah(double v, char *out, size_t size)
{
    /* Whole rupiah with Indonesian thousands dots: 1.234.567. */
    char digits[64];
    snprintf(digits, sizeof digits, "%.0f", v);
    size_t n = strlen(digits), o = 0;
    for (size_t i = 0; i < n && o + 2 < size; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = '.';
        out[o++] = digits[i];
    }
    out[o] = '\0';
}

static void check_sub_kegiatan(rules *r, xmlNodePtr sub)
{
    xmlNodePtr pagu = next_element(sub->children, "pagu");
    xmlNodePtr spent = next_element(sub->children, "realisasi-anggaran");
    if (!pagu || !spent)
        return;
    check_unique_children(r, spent, "bulan", "ke", NULL);
    double total = 0;
    EACH_CHILD(m, spent, "bulan") total += number(attr(m, "nilai"));
    xmlChar *p = xmlNodeGetContent(pagu);
    double ceiling = number((const char *)p);
    xmlFree(p);
    if (total > ceiling + 0.005) {
        char a[64], b[64];
        diag_loc loc;
        format_rupiah(total, a, sizeof a);
        format_rupiah(ceiling, b, sizeof b);
        at_node(r, spent, &loc);
        DIAG(r->d, D_RULE_OVER_PAGU, &loc, attr(sub, "kode"), a, b);
    }
}

static void check_programs(rules *r)
{
    EACH_CHILD(prog, r->root, "program") {
        const char *pcode = attr(prog, "kode");
        EACH_CHILD(keg, prog, "kegiatan") {
            const char *kcode = attr(keg, "kode");
            diag_loc loc;
            if (pcode && kcode && !starts_with_code(kcode, pcode)) {
                at_attr(r, keg, "kode", &loc);
                DIAG(r->d, D_RULE_KEGIATAN_CODE, &loc, kcode, pcode);
            }
            EACH_CHILD(sub, keg, "sub-kegiatan") {
                const char *scode = attr(sub, "kode");
                if (kcode && scode && !starts_with_code(scode, kcode)) {
                    at_attr(r, sub, "kode", &loc);
                    DIAG(r->d, D_RULE_SUB_CODE, &loc, scode, kcode);
                }
                check_sub_kegiatan(r, sub);
            }
        }
    }
}

static void check_pk_dates(rules *r)
{
    EACH_CHILD(pk, r->root, "perjanjian-kinerja") {
        const char *date = attr(pk, "tanggal");
        long year = whole(date);
        if (date && year != r->year && year != r->year - 1) {
            char y[24];
            diag_loc loc;
            snprintf(y, sizeof y, "%ld", r->year);
            at_attr(r, pk, "tanggal", &loc);
            DIAG(r->d, D_RULE_PK_DATE, &loc, attr(pk, "versi"), date, y);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Rupiah within exact arithmetic                                      */
/* ------------------------------------------------------------------ */

/* 2^53: a double holds every whole number up to it exactly, so amounts,
 * their sums and serapan stay exact below it (docs/format.md 1.5). */
#define RUPIAH_EXACT_LIMIT 9007199254740992ULL

static void sum_whole(rupiah_sum *s, uint64_t add)
{
    if (s->whole > UINT64_MAX - add) {
        s->whole = UINT64_MAX;
        s->saturated = 1;
    } else {
        s->whole += add;
    }
}

/* A Rupiah amount as written (xs:decimal, at most 24 digits), read without
 * rounding: whole rupiah and the first nine decimals. *any_fraction: a
 * non-zero decimal anywhere. */
static rupiah_sum read_rupiah(const char *s, int *any_fraction)
{
    rupiah_sum a = {0, 0, 0};
    *any_fraction = 0;
    s += strspn(s, " \t\r\n+-");
    for (; *s >= '0' && *s <= '9'; s++) {
        if (a.whole > (UINT64_MAX - 9) / 10) {
            a.whole = UINT64_MAX;
            a.saturated = 1;
        } else if (!a.saturated) {
            a.whole = a.whole * 10 + (uint64_t)(*s - '0');
        }
    }
    if (*s == '.')
        s++;
    for (int k = 0; k < 9 || (*s >= '0' && *s <= '9'); k++) {
        int digit = *s >= '0' && *s <= '9' ? *s++ - '0' : 0;
        *any_fraction |= digit != 0;
        if (k < 9)
            a.nano = a.nano * 10 + (uint64_t)digit;
    }
    return a;
}

static void sum_add(rupiah_sum *s, const rupiah_sum *a)
{
    sum_whole(s, a->whole);
    s->saturated |= a->saturated;
    s->nano += a->nano;
    if (s->nano >= 1000000000u) {
        sum_whole(s, 1);
        s->nano -= 1000000000u;
    }
}

static int beyond_exact(const rupiah_sum *s, int any_fraction)
{
    return s->whole > RUPIAH_EXACT_LIMIT || (s->whole == RUPIAH_EXACT_LIMIT && any_fraction);
}

/* Rp with Indonesian thousands dots and decimal comma, from the digits of
 * the whole part (an exact string: never through a double) and the
 * decimals (trailing zeros dropped): Rp999.999.999.999.999.999,5. */
static void format_rupiah_exact(const char *whole_digits, const char *decimals, int more_than, const rules *r,
                                char *out, size_t size)
{
    size_t n = strlen(whole_digits), o = 0;
    int w = snprintf(out, size, "%sRp", more_than ? text(r, "lebih dari ", "more than ") : "");
    o = w > 0 && (size_t)w < size ? (size_t)w : 0;
    for (size_t i = 0; i < n && o + 2 < size; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[o++] = '.';
        out[o++] = whole_digits[i];
    }
    size_t d = strlen(decimals);
    while (d > 0 && decimals[d - 1] == '0')
        d--;
    if (d > 0 && o + 2 < size) {
        out[o++] = ',';
        for (size_t i = 0; i < d && o + 1 < size; i++)
            out[o++] = decimals[i];
    }
    out[o] = '\0';
}

/* An amount as written: its whole digits without leading zeros, and its
 * decimals. */
static void format_written_rupiah(const rules *r, const char *v, char *out, size_t size)
{
    char whole_digits[32], decimals[32];
    size_t w = 0, f = 0;
    v += strspn(v, " \t\r\n+-");
    while (*v == '0' && v[1] >= '0' && v[1] <= '9')
        v++;
    for (; *v >= '0' && *v <= '9'; v++)
        if (w + 1 < sizeof whole_digits)
            whole_digits[w++] = *v;
    if (*v == '.')
        for (v++; *v >= '0' && *v <= '9'; v++)
            if (f + 1 < sizeof decimals)
                decimals[f++] = *v;
    whole_digits[w] = '\0';
    decimals[f] = '\0';
    format_rupiah_exact(w ? whole_digits : "0", decimals, 0, r, out, size);
}

/* LKJ0324 for one amount (pagu text, or a month's nilai); its whole and
 * nano go into the unit's total. */
static void check_amount(rules *r, xmlNodePtr n, const char *attr_name, const char *value, rupiah_sum *total)
{
    if (!value)
        return;
    int any_fraction;
    rupiah_sum a = read_rupiah(value, &any_fraction);
    sum_add(total, &a);
    if (!beyond_exact(&a, any_fraction))
        return;
    char what[320], label[256], amount[96];
    diag_loc loc;
    label_of(r, attr_name ? n : n->parent, label, sizeof label);
    if (attr_name)
        LSNPRINTF(r, what, sizeof what, "realisasi anggaran %s", "the spending of %s", label);
    else
        LSNPRINTF(r, what, sizeof what, "pagu %s", "the pagu of %s", label);
    format_written_rupiah(r, value, amount, sizeof amount);
    if (attr_name)
        at_attr(r, n, attr_name, &loc);
    else
        at_node(r, n, &loc);
    DIAG(r->d, D_RULE_RUPIAH_EXACT, &loc, what, amount);
    r->amount_beyond = 1;
}

/* The unit's total pagu and spending: each amount may be exact while their
 * sum is not. Not told again when a single amount already was. */
static void check_unit_totals(rules *r, xmlNodePtr unit)
{
    if (!unit || r->amount_beyond)
        return;
    const rupiah_sum *sums[] = {&r->pagu, &r->spent};
    const char *names[][2] = {{"jumlah pagu", "the total pagu of"}, {"jumlah realisasi anggaran", "the total spending of"}};
    for (size_t i = 0; i < 2; i++) {
        if (!beyond_exact(sums[i], sums[i]->nano != 0))
            continue;
        char label[256], what[320], whole_digits[32], decimals[16], amount[96];
        diag_loc loc;
        label_of(r, unit, label, sizeof label);
        snprintf(what, sizeof what, "%s %s", text(r, names[i][0], names[i][1]), label);
        snprintf(whole_digits, sizeof whole_digits, "%llu", (unsigned long long)sums[i]->whole);
        snprintf(decimals, sizeof decimals, "%09llu", (unsigned long long)sums[i]->nano);
        format_rupiah_exact(whole_digits, decimals, sums[i]->saturated, r, amount, sizeof amount);
        at_node(r, unit, &loc);
        DIAG(r->d, D_RULE_RUPIAH_EXACT, &loc, what, amount);
    }
}

/* ------------------------------------------------------------------ */
/* Numbers that read two ways                                          */
/* ------------------------------------------------------------------ */

/* The attributes of a decimal type in submission.xsd (Angka,
 * AngkaNonNegatif, AngkaPositif, Rupiah); every attribute of these names
 * is one. pagu, the other Rupiah, is element text. */
static int is_number_attr(const xmlChar *name)
{
    static const char *const names[] = {"nilai", "bawah", "atas", "pembilang", "penyebut", "pengali", "bobot"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (same_name(name, names[i]))
            return 1;
    return 0;
}

/* The two readings of a value such as 185.000, for the message and the
 * hint: as a decimal (185; 1,25 in Indonesian text) and as thousands
 * (185.000 in Indonesian text, 185,000 in English), each also as it is
 * written in a file (185, 185000), and the decimal reading written so that
 * it no longer reads both ways (185, or 2.1250 when no zero can go). */
typedef struct two_readings {
    char decimal_text[24], thousands_text[24];
    char thousands_file[24], decimal_file[24];
} two_readings;

/* Whether value reads both ways (RX_THOUSANDS); fills out when it does. */
static int thousands_readings(rules *r, const char *value, two_readings *out)
{
    if (!strchr(value, '.') || !matches(r, RX_THOUSANDS, value))
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
    int sign_len = (int)(ov[3] - ov[2]), int_len = (int)(ov[5] - ov[4]);
    const char *sign = value + ov[2], *whole_part = value + ov[4], *frac = value + ov[6];
    int frac_len = 3;
    while (frac_len > 0 && frac[frac_len - 1] == '0')
        frac_len--; /* 1.250 is 1.25 as a decimal */
    int en = lkj_diags_lang(r->d) == LKJ_LANG_EN;
    snprintf(out->decimal_text, sizeof out->decimal_text, "%.*s%.*s%s%.*s", sign_len, sign, int_len, whole_part,
             frac_len ? (en ? "." : ",") : "", frac_len, frac);
    snprintf(out->thousands_text, sizeof out->thousands_text, "%.*s%.*s%s%.3s", sign_len, sign, int_len,
             whole_part, en ? "," : ".", frac);
    snprintf(out->thousands_file, sizeof out->thousands_file, "%.*s%.*s%.3s", sign_len, sign, int_len,
             whole_part, frac);
    if (frac_len < 3)
        snprintf(out->decimal_file, sizeof out->decimal_file, "%.*s%.*s%s%.*s", sign_len, sign, int_len,
                 whole_part, frac_len ? "." : "", frac_len, frac);
    else
        snprintf(out->decimal_file, sizeof out->decimal_file, "%.*s%.*s.%.3s0", sign_len, sign, int_len,
                 whole_part, frac);
    return 1;
}

/* LKJ0322 for one number (attribute attr of n, or n's text when attr is
 * NULL). Inside an indikator the hint offers desimal="3" too. */
static void check_thousands(rules *r, xmlNodePtr n, const char *attr_name, const char *value, int in_indikator)
{
    two_readings t;
    if (!value || !thousands_readings(r, value, &t))
        return;
    char label[256], written[32];
    diag_loc loc;
    snprintf(written, sizeof written, "%s", value + strspn(value, " \t\r\n"));
    written[strcspn(written, " \t\r\n")] = '\0';
    /* pagu names its sub kegiatan; an attribute, its element. */
    label_of(r, attr_name ? n : n->parent, label, sizeof label);
    if (attr_name)
        at_attr(r, n, attr_name, &loc);
    else
        at_node(r, n, &loc);
    DIAG(r->d, D_RULE_THOUSANDS, &loc, attr_name ? attr_name : (const char *)n->name, written, label,
         t.decimal_text, t.thousands_text, t.thousands_file, t.decimal_file,
         in_indikator ? text(r, " (atau nyatakan desimal=\"3\" pada <indikator>)",
                             " (or declare desimal=\"3\" on the <indikator>)")
                      : "");
}

/* Every number of the document, in document order. inside: within an
 * indikator, whose declared decimals are desimal (-1 when it declares
 * none): with 3, a value such as 185.000 is meant as a decimal. */
static void check_numbers(rules *r, xmlNodePtr n, int inside, long desimal)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        int in = inside;
        long dec = desimal;
        if (is(n, "indikator")) {
            in = 1;
            dec = attr(n, "desimal") ? whole(attr(n, "desimal")) : -1;
        }
        if (dec != 3)
            for (xmlAttrPtr a = n->properties; a; a = a->next)
                if (is_number_attr(a->name) && a->children)
                    check_thousands(r, n, (const char *)a->name, (const char *)a->children->content, in);
        if (is(n, "pagu")) { /* never inside an indikator */
            xmlChar *v = xmlNodeGetContent(n);
            check_thousands(r, n, NULL, (const char *)v, 0);
            check_amount(r, n, NULL, (const char *)v, &r->pagu);
            xmlFree(v);
        } else if (is(n, "bulan") && is(n->parent, "realisasi-anggaran")) {
            check_amount(r, n, "nilai", attr(n, "nilai"), &r->spent);
        }
        check_numbers(r, n->children, in, dec);
    }
}

/* ------------------------------------------------------------------ */
/* Invisible direction controls                                        */
/* ------------------------------------------------------------------ */

/* Unicode's Bidi_Control characters: the embeddings, overrides and
 * isolates, and the marks, which can reorder digits too ("RLM 12 34"
 * shows as 34 12). An Indonesian submission needs none of them. */
static const char *bidi_name(unsigned long cp)
{
    static const struct {
        unsigned long cp;
        const char *name;
    } controls[] = {
        {0x061C, "ARABIC LETTER MARK"},      {0x200E, "LEFT-TO-RIGHT MARK"},
        {0x200F, "RIGHT-TO-LEFT MARK"},      {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
        {0x202B, "RIGHT-TO-LEFT EMBEDDING"}, {0x202C, "POP DIRECTIONAL FORMATTING"},
        {0x202D, "LEFT-TO-RIGHT OVERRIDE"},  {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
        {0x2066, "LEFT-TO-RIGHT ISOLATE"},   {0x2067, "RIGHT-TO-LEFT ISOLATE"},
        {0x2068, "FIRST STRONG ISOLATE"},    {0x2069, "POP DIRECTIONAL ISOLATE"},
    };
    for (size_t i = 0; i < sizeof controls / sizeof controls[0]; i++)
        if (controls[i].cp == cp)
            return controls[i].name;
    return NULL;
}

/* The control encoded in UTF-8 at p (left bytes), with its length; 0 when
 * p holds none. All of them are D8 9C or E2 80/81 xx. */
static unsigned long bidi_raw(const unsigned char *p, size_t left, size_t *len)
{
    if (left >= 2 && p[0] == 0xD8 && p[1] == 0x9C) {
        *len = 2;
        return 0x061C;
    }
    if (left >= 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x81) && (p[2] & 0xC0) == 0x80) {
        unsigned long cp = 0x2000ul | (unsigned long)(p[1] & 0x3F) << 6 | (unsigned long)(p[2] & 0x3F);
        *len = 3;
        return bidi_name(cp) ? cp : 0;
    }
    return 0;
}

/* A character reference to a control at p ("&#x202E;", "&#8238;"), with
 * its length; 0 when p holds none. */
static unsigned long bidi_ref(const unsigned char *p, size_t left, size_t *len)
{
    if (left < 4 || p[0] != '&' || p[1] != '#')
        return 0;
    int hex = p[2] == 'x';
    size_t i = hex ? 3 : 2;
    unsigned long cp = 0;
    for (; i < left; i++) {
        unsigned c = p[i], digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            digit = (c | 0x20) - 'a' + 10;
        else
            break;
        cp = cp * (hex ? 16 : 10) + digit;
        if (cp > 0x10FFFF)
            return 0;
    }
    if (i >= left || p[i] != ';' || !bidi_name(cp))
        return 0;
    *len = i + 1;
    return cp;
}

static int contains_bidi(const xmlChar *s)
{
    size_t n = s ? strlen((const char *)s) : 0, len;
    for (size_t i = 0; i < n; i++)
        if ((s[i] == 0xD8 || s[i] == 0xE2) && bidi_raw(s + i, n - i, &len))
            return 1;
    return 0;
}

typedef enum { IN_DOCUMENT, IN_COMMENT, IN_CDATA, IN_PI } scan_state;

/* Where the control at offset stands, in words: the attribute of an
 * element, the text of the innermost element holding a control there, or
 * a comment. */
static void bidi_place(load_doc *ld, lkj_diags *d, size_t offset, scan_state state, char *out, size_t size)
{
    if (state == IN_COMMENT || state == IN_PI) {
        snprintf(out, size, "%s", state == IN_COMMENT ? diag_text(d, "komentar", "a comment")
                                                      : diag_text(d, "instruksi pemrosesan <?…?>",
                                                                  "a processing instruction <?…?>"));
        return;
    }
    char attr_name[64], label[256];
    xmlNodePtr n = pos_element_at(ld, offset, attr_name, sizeof attr_name);
    if (n && !attr_name[0]) {
        /* Text after a start tag belongs to that element or, past its end
         * tag, to an ancestor: the first whose text holds a control. */
        xmlNodePtr holder = n;
        while (holder && holder->type == XML_ELEMENT_NODE) {
            xmlChar *content = xmlNodeGetContent(holder);
            int found = contains_bidi(content);
            xmlFree(content);
            if (found)
                break;
            holder = holder->parent;
        }
        if (holder && holder->type == XML_ELEMENT_NODE)
            n = holder;
    }
    node_label(d, n, label, sizeof label);
    if (!n)
        snprintf(out, size, "?");
    else if (attr_name[0])
        snprintf(out, size, lkj_diags_lang(d) == LKJ_LANG_EN ? "the attribute %s of %s" : "atribut %s di %s",
                 attr_name, label);
    else
        snprintf(out, size, lkj_diags_lang(d) == LKJ_LANG_EN ? "the text of %s" : "teks %s", label);
}

/* Naming a place walks the DOM: done for the first controls of a file
 * only (more than the diagnostics shown per file), so that a file crafted
 * with a million of them costs one pass over its bytes, not a million
 * walks. The rest are counted with their line and column alone. */
enum { BIDI_PLACES_NAMED = 128 };

/* Line and column of increasing offsets, counted on from the last one
 * (as pos_of_offset counts them: characters, the byte order mark none):
 * a million controls on one long line cost one pass, not a million. */
typedef struct bidi_cursor {
    size_t offset;
    unsigned long line, column;
} bidi_cursor;

static void cursor_to(const load_doc *ld, bidi_cursor *c, size_t offset, diag_loc *loc)
{
    for (; c->offset < offset; c->offset++) {
        unsigned char b = ld->bytes[c->offset];
        if (b == '\n') {
            c->line++;
            c->column = 1;
        } else if ((b & 0xC0) != 0x80) {
            c->column++;
        }
    }
    loc->file = ld->name;
    loc->line = c->line;
    loc->column = c->column;
}

static void report_bidi(load_doc *ld, lkj_diags *d, bidi_cursor *at, size_t offset, unsigned long cp,
                        int as_reference, scan_state state, size_t found)
{
    char which[96], place[400];
    diag_loc loc;
    if (as_reference)
        snprintf(which, sizeof which, "U+%04lX %s (%s &#x%lX;)", cp, bidi_name(cp),
                 diag_text(d, "ditulis", "written"), cp);
    else
        snprintf(which, sizeof which, "U+%04lX %s", cp, bidi_name(cp));
    if (found <= BIDI_PLACES_NAMED)
        bidi_place(ld, d, offset, state, place, sizeof place);
    else
        snprintf(place, sizeof place, "?");
    cursor_to(ld, at, offset, &loc);
    DIAG(d, D_RULE_BIDI, &loc, which, place);
}

static int starts(const unsigned char *p, size_t left, const char *s)
{
    size_t n = strlen(s);
    return left >= n && memcmp(p, s, n) == 0;
}

/* LKJ0325 for every bidi control in the document's bytes (UTF-8 by now),
 * written as itself anywhere, or as a character reference where one is
 * expanded (not in a comment, a CDATA section or a processing
 * instruction). One pass over the bytes; the DOM is looked at only to name
 * the place of a control found. */
static void check_bidi(load_doc *ld, lkj_diags *d)
{
    const unsigned char *b = ld->bytes;
    size_t n = ld->len, len, found = 0;
    scan_state state = IN_DOCUMENT;
    int bom = n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0;
    bidi_cursor at = {bom ? 3 : 0, 1, 1};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = b[i];
        unsigned long cp = 0;
        if (c == '<' && state == IN_DOCUMENT) {
            state = starts(b + i, n - i, "<!--")        ? IN_COMMENT
                  : starts(b + i, n - i, "<![CDATA[") ? IN_CDATA
                  : starts(b + i, n - i, "<?")        ? IN_PI
                                                      : IN_DOCUMENT;
        } else if ((c == '-' && state == IN_COMMENT && starts(b + i, n - i, "-->")) ||
                   (c == ']' && state == IN_CDATA && starts(b + i, n - i, "]]>")) ||
                   (c == '?' && state == IN_PI && starts(b + i, n - i, "?>"))) {
            state = IN_DOCUMENT;
        } else if (c == 0xD8 || c == 0xE2) {
            if ((cp = bidi_raw(b + i, n - i, &len)) != 0)
                report_bidi(ld, d, &at, i, cp, 0, state, ++found);
        } else if (c == '&' && state == IN_DOCUMENT) {
            if ((cp = bidi_ref(b + i, n - i, &len)) != 0)
                report_bidi(ld, d, &at, i, cp, 1, state, ++found);
        }
        if (cp)
            i += len - 1;
    }
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

static int finish(lkj_diags *d, size_t before)
{
    for (size_t i = before; i < lkj_diags_count(d); i++)
        if (lkj_diags_at(d, i)->severity >= LKJ_SEV_ERROR)
            return LKJ_EXIT_PROBLEMS;
    return LKJ_EXIT_OK;
}

int rules_check_submission(load_doc *ld, lkj_diags *d)
{
    size_t before = lkj_diags_count(d);
    rules r = {.ld = ld, .d = d, .md = pcre2_match_data_create(16, NULL), .root = xmlDocGetRootElement(ld->doc)};
    if (!r.md) {
        diag_loc loc = {ld->name, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    check_bidi(ld, d);
    r.year = whole(attr(r.root, "tahun"));
    xmlNodePtr unit = next_element(r.root->children, "unit");
    xmlNodePtr period = next_element(r.root->children, "periode-rencana");
    if (period) {
        r.first = whole(attr(period, "awal"));
        r.last = whole(attr(period, "akhir"));
        check_period(&r, period);
    }
    if (unit) {
        check_unit_code(&r, unit);
        check_unit_parent(&r, unit);
        check_head_nip(&r, unit);
    }
    check_people(&r, r.root->children);
    /* Before the indikator: a value that reads two ways (LKJ0322) is told
     * before the thousandfold difference it causes (LKJ0323). */
    check_numbers(&r, r.root->children, 0, -1);
    check_unit_totals(&r, unit);
    collect_components(&r, r.root->children);
    if (r.component_count)
        qsort(r.components, r.component_count, sizeof *r.components, compare_ids);
    if (!r.oom)
        check_all_indikator(&r, r.root->children);
    check_programs(&r);
    check_pk_dates(&r);
    pcre2_match_data_free(r.md);
    free_components(&r);
    if (r.oom) {
        diag_loc loc = {ld->name, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    return finish(d, before);
}

/* No direction control; category bands: min strictly decreasing, exactly
 * one band without min, and it comes last. */
/* klasifikasi-efisiensi: the bound of tidak efisien not above that of
 * efisien (defaults -5 and 5 for the one left out). */
static void check_efficiency_classes(load_doc *ld, lkj_diags *d, xmlNodePtr policy)
{
    xmlNodePtr classes = policy ? next_element(policy->children, "klasifikasi-efisiensi") : NULL;
    if (!classes)
        return;
    const char *above = attr(classes, "efisien-di-atas"), *below = attr(classes, "tidak-efisien-di-bawah");
    if (number(below ? below : "-5") <= number(above ? above : "5"))
        return;
    diag_loc loc;
    pos_of_node(ld, classes, &loc);
    DIAG(d, D_RULE_EFFICIENCY_CLASSES, &loc, below ? below : "-5", above ? above : "5");
}

int rules_check_workspace(load_doc *ld, lkj_diags *d)
{
    size_t before = lkj_diags_count(d);
    check_bidi(ld, d);
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    xmlNodePtr policy = next_element(root->children, "kebijakan");
    check_efficiency_classes(ld, d, policy);
    xmlNodePtr scale = policy ? next_element(policy->children, "skala-kategori") : NULL;
    if (!scale)
        return finish(d, before);
    int have_previous = 0, open_seen = 0;
    double previous = 0;
    EACH_CHILD(band, scale, "kategori") {
        const char *min = attr(band, "min");
        diag_loc loc;
        const char *problem = NULL;
        if (open_seen)
            problem = diag_text(d, "kategori tanpa min harus yang terakhir", "the band without min must be the last");
        else if (!min)
            open_seen = 1;
        else if (have_previous && number(min) >= previous)
            problem = diag_text(d, "nilai min harus menurun dari atas ke bawah", "the min values must decrease from top to bottom");
        if (min) {
            previous = number(min);
            have_previous = 1;
        }
        if (problem) {
            pos_of_node(ld, band, &loc);
            DIAG(d, D_RULE_BANDS, &loc, problem);
            return finish(d, before);
        }
    }
    if (!open_seen) {
        diag_loc loc;
        pos_of_node(ld, scale, &loc);
        DIAG(d, D_RULE_BANDS, &loc,
             diag_text(d, "kategori terakhir tanpa min (penampung sisa) tidak ada",
                       "the last band without min (taking the rest) is missing"));
    }
    return finish(d, before);
}

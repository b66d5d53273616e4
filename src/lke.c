/*
 * lke.c — the LKE and a unit's answers: loaded under the loader's rules
 * (load.c), validated against schemas/lke.xsd (validate.c maps libxml2's
 * errors as for submissions), read into plain structs in an arena, and
 * checked for what the schema cannot say: ids unique, weights adding up,
 * predikat bands in order, answers naming a criterion and lying on its
 * scale. Then scored (the pure functions at the end).
 */
#include "lke.h"

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "load.h"
#include "measure.h"
#include "position.h"
#include "validate.h"

extern const unsigned char lkj_schema_lke[];
extern const uint64_t lkj_schema_lke_size;
extern const unsigned char lkj_lke_default[];
extern const uint64_t lkj_lke_default_size;

/* Compiled on first use: lkjip evaluasi is one thread, and the first use
 * is before any document is read. */
static xmlSchemaPtr lke_schema;

void lke_cleanup(void)
{
    if (lke_schema)
        xmlSchemaFree(lke_schema);
    lke_schema = NULL;
}

static xmlSchemaPtr schema(void)
{
    if (!lke_schema)
        lke_schema = validate_parse_schema(lkj_schema_lke, (size_t)lkj_schema_lke_size);
    return lke_schema;
}

/* ------------------------------------------------------------------ */
/* DOM helpers                                                         */
/* ------------------------------------------------------------------ */

static int is_elem(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNodePtr first_child(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (is_elem(c, name))
            return c;
    return NULL;
}

static xmlNodePtr next_elem(xmlNodePtr n, const char *name)
{
    for (n = n ? n->next : NULL; n; n = n->next)
        if (is_elem(n, name))
            return n;
    return NULL;
}

static size_t count_children(xmlNodePtr n, const char *name)
{
    size_t count = 0;
    for (xmlNodePtr c = first_child(n, name); c; c = next_elem(c, name))
        count++;
    return count;
}

/* The attribute copied into the arena (NULL when absent), white space
 * trimmed as the schema's token types collapse it. */
static const char *attr_copy(arena *a, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    const char *s = (const char *)v;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t len = strlen(s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r'))
        len--;
    char *copy = arena_strndup(a, s, len);
    xmlFree(v);
    return copy;
}

/* An element's text, white space collapsed, in the arena ("" when none). */
static const char *text_copy(arena *a, xmlNodePtr n)
{
    xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
    const char *s = v ? (const char *)v : "";
    char *out = arena_alloc_text(a, strlen(s) + 1);
    if (out) {
        size_t o = 0;
        int space = 0;
        for (; *s; s++) {
            if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
                space = o > 0;
                continue;
            }
            if (space)
                out[o++] = ' ';
            space = 0;
            out[o++] = *s;
        }
        out[o] = '\0';
    }
    xmlFree(v);
    return out;
}

/* A schema-valid xs:decimal ("4.5", "30"). */
static double attr_number(xmlNodePtr n, const char *name, int *present)
{
    xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
    if (present)
        *present = v != NULL;
    double d = v ? strtod((const char *)v, NULL) : 0;
    xmlFree(v);
    return d;
}

/* Numbers in messages: at most six decimals, trailing zeros dropped, a
 * point as the files write them ("29.5"). */
static const char *number_text(double v, char *out, size_t size)
{
    snprintf(out, size, "%.6f", v);
    size_t len = strlen(out);
    while (len && out[len - 1] == '0')
        out[--len] = '\0';
    if (len && out[len - 1] == '.')
        out[--len] = '\0';
    if (strcmp(out, "-0") == 0)
        snprintf(out, size, "0");
    return out;
}

static void line_text(xmlNodePtr n, char *out, size_t size) { snprintf(out, size, "%ld", xmlGetLineNo(n)); }

/* ------------------------------------------------------------------ */
/* Loading a document                                                   */
/* ------------------------------------------------------------------ */

/* Reads path (or the embedded bytes) and parses them; LKJ_EXIT_OK with
 * ld->doc set. */
static int load_document(const char *path, const unsigned char *embedded, size_t embedded_len, const char *name,
                         const lkj_limits *limits, load_doc *ld, lkj_diags *d)
{
    memset(ld, 0, sizeof *ld);
    ld->name = name;
    unsigned char *raw = NULL;
    size_t raw_len = 0;
    int rc;
    if (embedded) {
        raw = malloc(embedded_len + 1);
        if (!raw) {
            diag_loc loc = {name, 0, 0};
            DIAG0(d, D_NO_MEMORY, &loc);
            return LKJ_EXIT_IO;
        }
        memcpy(raw, embedded, embedded_len);
        raw_len = embedded_len;
        rc = LKJ_EXIT_OK;
    } else {
        rc = load_read_raw(path, NULL, limits, name, &raw, &raw_len, d);
    }
    if (rc != LKJ_EXIT_OK) {
        free(raw);
        return rc;
    }
    rc = load_decode(raw, raw_len, limits, ld, d);
    if (rc == LKJ_EXIT_OK)
        rc = load_parse(ld, d);
    return rc;
}

/* The root is <want> in the LKE namespace (else LKJ0807). */
static int root_is(load_doc *ld, const char *want, lkj_diags *d)
{
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    const char *ns = root && root->ns ? (const char *)root->ns->href : "";
    if (root && strcmp((const char *)root->name, want) == 0 && strcmp(ns, LKE_NS) == 0)
        return 1;
    diag_loc loc = {ld->name, 0, 0};
    if (root)
        pos_of_node(ld, root, &loc);
    char where[300];
    if (ns[0])
        snprintf(where, sizeof where, "%s '%.250s'", diag_text(d, "dengan namespace", "in the namespace"), ns);
    else
        snprintf(where, sizeof where, "%s", diag_text(d, "tanpa namespace", "without a namespace"));
    DIAG(d, D_LKE_NOT_LKE, &loc, root ? (const char *)root->name : "?", where, want);
    return 0;
}

/* Loads, checks the root, validates. LKJ_EXIT_OK with ld->doc valid. */
static int load_valid(const char *path, const unsigned char *embedded, size_t embedded_len, const char *name,
                      const char *root, const lkj_limits *limits, load_doc *ld, lkj_diags *d)
{
    int rc = load_document(path, embedded, embedded_len, name, limits, ld, d);
    if (rc != LKJ_EXIT_OK)
        return rc;
    if (!root_is(ld, root, d))
        return LKJ_EXIT_PROBLEMS;
    xmlSchemaPtr s = schema();
    if (!s) {
        diag_loc loc = {name, 0, 0};
        DIAG(d, D_INTERNAL, &loc, "schemas/lke.xsd");
        return LKJ_EXIT_IO;
    }
    return validate_doc_schema(ld, s, d);
}

/* Whether libxml2 failed an allocation since before (an attribute read
 * as absent may then only be missing memory): LKJ0901 once, *status IO. */
static int memory_failed(unsigned long before, const char *file, lkj_diags *d, int *status)
{
    if (load_memory_failures() == before)
        return 0;
    if (*status != LKJ_EXIT_IO) {
        diag_loc loc = {file, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
    }
    *status = LKJ_EXIT_IO;
    return 1;
}

/* ------------------------------------------------------------------ */
/* Reading the LKE                                                      */
/* ------------------------------------------------------------------ */

/* What an id of the criteria's name space names (the index in lke). */
typedef struct lke_ref {
    int kind; /* 0 component, 1 sub-component, 2 criterion */
    size_t index;
    xmlNodePtr node;
} lke_ref;

typedef struct reader {
    load_doc *ld;
    lkj_diags *d;
    lke *l;
    xmlHashTablePtr ids;    /* components, sub-components, criteria -> lke_ref */
    int failed;             /* an error was reported */
    int oom;
} reader;

/* Registers id in table; reports LKJ0801 when it is taken. */
static int claim(reader *r, xmlHashTablePtr table, const char *what_id, const char *what_en, const char *id,
                 xmlNodePtr node, const char *attr, void *payload)
{
    void *old = xmlHashLookup(table, (const xmlChar *)id);
    if (old) {
        diag_loc loc;
        pos_of_attr(r->ld, node, attr, &loc);
        char line[32];
        line_text(((lke_ref *)old)->node, line, sizeof line);
        DIAG(r->d, D_LKE_DUPLICATE, &loc, diag_text(r->d, what_id, what_en), id, line);
        r->failed = 1;
        return -1;
    }
    if (xmlHashAddEntry(table, (const xmlChar *)id, payload) != 0) {
        r->oom = 1;
        return -1;
    }
    return 0;
}

static lke_ref *new_ref(reader *r, int kind, size_t index, xmlNodePtr node)
{
    lke_ref *ref = arena_alloc(r->l->arena, sizeof *ref);
    if (!ref) {
        r->oom = 1;
        return NULL;
    }
    ref->kind = kind;
    ref->index = index;
    ref->node = node;
    return ref;
}

static void read_scales(reader *r, xmlNodePtr root)
{
    lke *l = r->l;
    l->scale_count = count_children(root, "skala");
    l->scales = arena_alloc(l->arena, l->scale_count * sizeof *l->scales);
    xmlHashTablePtr seen = xmlHashCreate(16);
    if (!l->scales || !seen) {
        r->oom = 1;
        xmlHashFree(seen, NULL);
        return;
    }
    size_t i = 0;
    for (xmlNodePtr s = first_child(root, "skala"); s; s = next_elem(s, "skala"), i++) {
        lke_scale *sc = &l->scales[i];
        sc->id = attr_copy(l->arena, s, "id");
        sc->name = attr_copy(l->arena, s, "nama");
        lke_ref *ref = new_ref(r, -1, i, s);
        if (!sc->id || !ref)
            break;
        claim(r, seen, "id skala", "scale id", sc->id, s, "id", ref);
        sc->grade_count = count_children(s, "nilai");
        sc->grades = arena_alloc(l->arena, sc->grade_count * sizeof *sc->grades);
        xmlHashTablePtr codes = xmlHashCreate(16);
        if (!sc->grades || !codes) {
            r->oom = 1;
            xmlHashFree(codes, NULL);
            break;
        }
        size_t g = 0;
        for (xmlNodePtr v = first_child(s, "nilai"); v; v = next_elem(v, "nilai"), g++) {
            lke_grade *gr = &sc->grades[g];
            gr->code = attr_copy(l->arena, v, "kode");
            gr->value = attr_number(v, "bobot", NULL);
            gr->label = attr_copy(l->arena, v, "label");
            lke_ref *gref = new_ref(r, -1, g, v);
            if (gr->code && gref)
                claim(r, codes, "kode nilai", "answer code", gr->code, v, "kode", gref);
        }
        xmlHashFree(codes, NULL);
    }
    xmlHashFree(seen, NULL);
}

static void read_bands(reader *r, xmlNodePtr root)
{
    lke *l = r->l;
    xmlNodePtr p = first_child(root, "predikat");
    l->band_count = count_children(p, "tingkat");
    l->bands = arena_alloc(l->arena, l->band_count * sizeof *l->bands);
    xmlHashTablePtr seen = xmlHashCreate(16);
    if (!l->bands || !seen) {
        r->oom = 1;
        xmlHashFree(seen, NULL);
        return;
    }
    size_t i = 0;
    for (xmlNodePtr t = first_child(p, "tingkat"); t; t = next_elem(t, "tingkat"), i++) {
        lke_band *b = &l->bands[i];
        b->code = attr_copy(l->arena, t, "kode");
        b->above = attr_number(t, "di-atas", &b->has_bound);
        b->label[LKJ_LANG_ID] = attr_copy(l->arena, t, "label");
        b->label[LKJ_LANG_EN] = attr_copy(l->arena, t, "label-en");
        if (!b->label[LKJ_LANG_EN])
            b->label[LKJ_LANG_EN] = b->label[LKJ_LANG_ID];
        lke_ref *ref = new_ref(r, -1, i, t);
        if (!b->code || !ref)
            break;
        claim(r, seen, "kode predikat", "predikat code", b->code, t, "kode", ref);
        int last = i + 1 == l->band_count;
        diag_loc loc;
        if (last == b->has_bound) {
            pos_of_node(r->ld, t, &loc);
            DIAG(r->d, D_LKE_PREDIKAT_LAST, &loc, b->code,
                 last ? diag_text(r->d, "adalah yang terakhir dan tidak boleh memiliki di-atas",
                                  "is the last and must not have di-atas")
                      : diag_text(r->d, "bukan yang terakhir dan memerlukan di-atas",
                                  "is not the last and needs di-atas"));
            r->failed = 1;
        } else if (i > 0 && b->has_bound && l->bands[i - 1].has_bound && b->above >= l->bands[i - 1].above) {
            char mine[40], theirs[40];
            pos_of_attr(r->ld, t, "di-atas", &loc);
            DIAG(r->d, D_LKE_PREDIKAT_ORDER, &loc, b->code, number_text(b->above, mine, sizeof mine),
                 l->bands[i - 1].code, number_text(l->bands[i - 1].above, theirs, sizeof theirs));
            r->failed = 1;
        }
    }
    xmlHashFree(seen, NULL);
}

/* The scale named id, or NULL after LKJ0804 at attr. */
static const lke_scale *scale_named(reader *r, const char *id, const char *owner, xmlNodePtr node, const char *attr)
{
    for (size_t i = 0; i < r->l->scale_count; i++)
        if (r->l->scales[i].id && strcmp(r->l->scales[i].id, id) == 0)
            return &r->l->scales[i];
    char known[300] = "";
    for (size_t i = 0; i < r->l->scale_count; i++) {
        size_t len = strlen(known);
        snprintf(known + len, sizeof known - len, "%s%s", i ? ", " : "", r->l->scales[i].id);
    }
    diag_loc loc;
    pos_of_attr(r->ld, node, attr, &loc);
    DIAG(r->d, D_LKE_UNKNOWN_SCALE, &loc, owner, id, known);
    r->failed = 1;
    return NULL;
}

static void read_criteria(reader *r, xmlNodePtr sub_node, size_t sub)
{
    lke *l = r->l;
    lke_sub *s = &l->subs[sub];
    s->first = l->criterion_count;
    for (xmlNodePtr k = first_child(sub_node, "kriteria"); k; k = next_elem(k, "kriteria")) {
        size_t index = l->criterion_count++;
        lke_criterion *c = &l->criteria[index];
        c->id = attr_copy(l->arena, k, "id");
        c->text = text_copy(l->arena, first_child(k, "uraian"));
        c->from_data = attr_copy(l->arena, k, "dari-data");
        c->sub = sub;
        const char *scale_id = attr_copy(l->arena, k, "skala");
        lke_ref *ref = new_ref(r, 2, index, k);
        if (!c->id || !c->text || !scale_id || !ref) {
            r->oom = 1;
            return;
        }
        claim(r, r->ids, "id", "id", c->id, k, "id", ref);
        c->scale = scale_named(r, scale_id, c->id, k, "skala");
    }
    s->count = l->criterion_count - s->first;
}

static void read_components(reader *r, xmlNodePtr root)
{
    lke *l = r->l;
    size_t subs = 0, criteria = 0;
    l->component_count = count_children(root, "komponen");
    for (xmlNodePtr c = first_child(root, "komponen"); c; c = next_elem(c, "komponen"))
        for (xmlNodePtr s = first_child(c, "subkomponen"); s; s = next_elem(s, "subkomponen")) {
            subs++;
            criteria += count_children(s, "kriteria");
        }
    l->components = arena_alloc(l->arena, l->component_count * sizeof *l->components);
    l->subs = arena_alloc(l->arena, subs * sizeof *l->subs);
    l->criteria = arena_alloc(l->arena, criteria * sizeof *l->criteria);
    if (!l->components || !l->subs || !l->criteria) {
        r->oom = 1;
        return;
    }
    double total = 0;
    size_t ci = 0;
    for (xmlNodePtr c = first_child(root, "komponen"); c && !r->oom; c = next_elem(c, "komponen"), ci++) {
        lke_component *comp = &l->components[ci];
        comp->id = attr_copy(l->arena, c, "id");
        comp->name[LKJ_LANG_ID] = attr_copy(l->arena, c, "nama");
        comp->name[LKJ_LANG_EN] = attr_copy(l->arena, c, "nama-en");
        if (!comp->name[LKJ_LANG_EN])
            comp->name[LKJ_LANG_EN] = comp->name[LKJ_LANG_ID];
        comp->weight = attr_number(c, "bobot", NULL);
        total += comp->weight;
        lke_ref *ref = new_ref(r, 0, ci, c);
        if (!comp->id || !ref) {
            r->oom = 1;
            return;
        }
        claim(r, r->ids, "id", "id", comp->id, c, "id", ref);
        comp->first = l->sub_count;
        double sum = 0;
        for (xmlNodePtr s = first_child(c, "subkomponen"); s && !r->oom; s = next_elem(s, "subkomponen")) {
            size_t si = l->sub_count++;
            lke_sub *sub = &l->subs[si];
            sub->id = attr_copy(l->arena, s, "id");
            sub->name[LKJ_LANG_ID] = attr_copy(l->arena, s, "nama");
            sub->name[LKJ_LANG_EN] = attr_copy(l->arena, s, "nama-en");
            if (!sub->name[LKJ_LANG_EN])
                sub->name[LKJ_LANG_EN] = sub->name[LKJ_LANG_ID];
            sub->weight = attr_number(s, "bobot", NULL);
            sub->component = ci;
            sum += sub->weight;
            const char *grade_scale = attr_copy(l->arena, s, "skala-nilai");
            lke_ref *sref = new_ref(r, 1, si, s);
            if (!sub->id || !sref) {
                r->oom = 1;
                return;
            }
            claim(r, r->ids, "id", "id", sub->id, s, "id", sref);
            if (grade_scale)
                sub->grade_scale = scale_named(r, grade_scale, sub->id, s, "skala-nilai");
            read_criteria(r, s, si);
        }
        comp->count = l->sub_count - comp->first;
        /* Weights have at most six decimals: a difference below 1e-6 is
         * the binary representation's, not the file's. */
        if (fabs(sum - comp->weight) > 1e-6) {
            diag_loc loc;
            char got[40], want[40];
            pos_of_attr(r->ld, c, "bobot", &loc);
            DIAG(r->d, D_LKE_WEIGHTS_SUB, &loc, comp->id, number_text(sum, got, sizeof got),
                 number_text(comp->weight, want, sizeof want));
            r->failed = 1;
        }
    }
    if (!r->oom && fabs(total - 100) > 1e-6) {
        diag_loc loc;
        char got[40];
        pos_of_node(r->ld, root, &loc);
        DIAG(r->d, D_LKE_WEIGHTS_TOTAL, &loc, number_text(total, got, sizeof got));
        r->failed = 1;
    }
}

static lke *read_lke(load_doc *ld, const char *file, lkj_diags *d, int *status)
{
    lke *l = calloc(1, sizeof *l);
    reader r = {.ld = ld, .d = d, .l = l};
    if (l)
        l->arena = arena_new();
    r.ids = xmlHashCreate(256);
    if (!l || !l->arena || !r.ids) {
        r.oom = 1;
    } else {
        xmlNodePtr root = xmlDocGetRootElement(ld->doc);
        l->id = attr_copy(l->arena, root, "id");
        l->version = attr_copy(l->arena, root, "versi");
        l->name = text_copy(l->arena, first_child(root, "nama"));
        l->file = arena_strdup(l->arena, file);
        read_scales(&r, root);
        if (!r.oom)
            read_bands(&r, root);
        if (!r.oom)
            read_components(&r, root);
        if (arena_failed(l->arena))
            r.oom = 1;
    }
    xmlHashFree(r.ids, NULL);
    if (r.oom) {
        diag_loc loc = {file, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        *status = LKJ_EXIT_IO;
    } else if (r.failed) {
        *status = LKJ_EXIT_PROBLEMS;
    } else {
        *status = LKJ_EXIT_OK;
        return l;
    }
    lke_free(l);
    return NULL;
}

static int load_lke(const char *path, const unsigned char *embedded, size_t embedded_len, const char *name,
                    const lkj_limits *limits, lkj_diags *d, lke **out)
{
    *out = NULL;
    load_doc ld;
    diag_begin_file(d, limits->max_diags_per_file);
    size_t first = lkj_diags_count(d);
    int rc = load_valid(path, embedded, embedded_len, name, "lke", limits, &ld, d);
    if (rc == LKJ_EXIT_OK) {
        unsigned long failures = load_memory_failures();
        *out = read_lke(&ld, name, d, &rc);
        if (memory_failed(failures, name, d, &rc)) {
            lke_free(*out);
            *out = NULL;
        }
        diag_sort_from(d, first); /* the weights' totals come after the parts */
    }
    load_doc_free(&ld);
    diag_end_file(d, name);
    return rc;
}

lke *lke_load_default(const lkj_limits *limits, lkj_diags *diags)
{
    lke *l;
    load_lke(NULL, lkj_lke_default, (size_t)lkj_lke_default_size, "lke-88-2021.xml", limits, diags, &l);
    return l;
}

int lke_load_file(const char *path, const lkj_limits *limits, lkj_diags *diags, lke **out)
{
    return load_lke(path, NULL, 0, path, limits, diags, out);
}

void lke_free(lke *l)
{
    if (!l)
        return;
    arena_free(l->arena);
    free(l);
}

/* ------------------------------------------------------------------ */
/* Reading the answers                                                  */
/* ------------------------------------------------------------------ */

/* The criterion or sub-component id names: 2 criterion, 1 sub-component,
 * 0 component, -1 nothing. A linear search would be quadratic over two
 * thousand answers; the ids are few hundred, so a table per load. */
static xmlHashTablePtr index_ids(const lke *l)
{
    xmlHashTablePtr t = xmlHashCreate((int)(l->criterion_count + l->sub_count + l->component_count + 1));
    if (!t)
        return NULL;
    /* The payload encodes kind and index as index * 4 + kind + 1 (never
     * NULL). */
    int failed = 0;
    for (size_t i = 0; i < l->component_count; i++)
        failed |= xmlHashAddEntry(t, (const xmlChar *)l->components[i].id, (void *)(uintptr_t)(i * 4 + 1)) != 0;
    for (size_t i = 0; i < l->sub_count; i++)
        failed |= xmlHashAddEntry(t, (const xmlChar *)l->subs[i].id, (void *)(uintptr_t)(i * 4 + 2)) != 0;
    for (size_t i = 0; i < l->criterion_count; i++)
        failed |= xmlHashAddEntry(t, (const xmlChar *)l->criteria[i].id, (void *)(uintptr_t)(i * 4 + 3)) != 0;
    if (failed) { /* out of memory: the ids are unique in a checked LKE */
        xmlHashFree(t, NULL);
        return NULL;
    }
    return t;
}

static const lke_grade *grade_of(const lke_scale *s, const char *code)
{
    for (size_t i = 0; s && i < s->grade_count; i++)
        if (strcmp(s->grades[i].code, code) == 0)
            return &s->grades[i];
    return NULL;
}

typedef struct answer_reader {
    load_doc *ld;
    lkj_diags *d;
    const lke *l;
    lke_answers *a;
    xmlHashTablePtr ids;
    xmlNodePtr *seen; /* per criterion (then per sub-component): the answer's node */
    int failed;
} answer_reader;

/* The rater's code on scale s, or NULL (LKJ0811 when written but not on
 * the scale). */
static const lke_grade *read_grade(answer_reader *r, xmlNodePtr j, const char *attr, const char *word_id,
                                   const char *word_en, const char *ref, const lke_scale *s)
{
    const char *code = attr_copy(r->a->arena, j, attr);
    if (!code)
        return NULL;
    const lke_grade *g = grade_of(s, code);
    if (g)
        return g;
    char allowed[200] = "";
    for (size_t i = 0; s && i < s->grade_count; i++) {
        size_t len = strlen(allowed);
        snprintf(allowed + len, sizeof allowed - len, "%s%s", i ? ", " : "", s->grades[i].code);
    }
    diag_loc loc;
    pos_of_attr(r->ld, j, attr, &loc);
    DIAG(r->d, D_LKE_NOT_ON_SCALE, &loc, diag_text(r->d, word_id, word_en), code, ref, s ? s->id : "?", allowed);
    r->failed = 1;
    return NULL;
}

/* The texts of n's children NAME (count of them) in the arena; NULL for
 * none, or when out of memory (the arena then says so). */
static const char **texts_copy(arena *a, xmlNodePtr n, const char *name, size_t count)
{
    const char **texts = count ? arena_alloc(a, count * sizeof *texts) : NULL;
    size_t i = 0;
    for (xmlNodePtr c = first_child(n, name); texts && c && i < count; c = next_elem(c, name))
        texts[i++] = text_copy(a, c);
    return texts;
}

static void read_answer(answer_reader *r, xmlNodePtr j)
{
    const lke *l = r->l;
    lke_answers *a = r->a;
    const char *ref = attr_copy(a->arena, j, "ref");
    if (!ref)
        return;
    uintptr_t code = (uintptr_t)xmlHashLookup(r->ids, (const xmlChar *)ref);
    int kind = code ? (int)(code % 4) - 1 : -1;
    size_t index = code ? (size_t)(code / 4) : 0;
    diag_loc loc;
    if (kind <= 0 || (kind == 1 && !l->subs[index].grade_scale)) {
        pos_of_attr(r->ld, j, "ref", &loc);
        if (kind == 1)
            DIAG(r->d, D_LKE_SUB_NOT_GRADED, &loc, ref);
        else
            DIAG(r->d, D_LKE_UNKNOWN_CRITERION, &loc, ref, l->id);
        r->failed = 1;
        return;
    }
    size_t slot = kind == 2 ? index : l->criterion_count + index;
    if (r->seen[slot]) {
        char line[32];
        line_text(r->seen[slot], line, sizeof line);
        pos_of_attr(r->ld, j, "ref", &loc);
        DIAG(r->d, D_LKE_DUPLICATE_ANSWER, &loc, ref, line);
        r->failed = 1;
        return;
    }
    r->seen[slot] = j;
    const lke_scale *s = kind == 2 ? l->criteria[index].scale : l->subs[index].grade_scale;
    lke_answer *ans = &a->answers[a->answer_count++];
    ans->is_sub = kind == 1;
    ans->target = index;
    ans->line = (unsigned long)xmlGetLineNo(j);
    ans->grade[LKE_MANDIRI] = read_grade(r, j, "mandiri", "mandiri", "self-assessment", ref, s);
    ans->grade[LKE_EVALUATOR] = read_grade(r, j, "evaluator", "evaluator", "evaluator's", ref, s);
    static const char *const rater_attr[LKE_RATERS] = {[LKE_MANDIRI] = "mandiri", [LKE_EVALUATOR] = "evaluator"};
    for (int k = 0; k < LKE_RATERS; k++) {
        ans->rater_line[k] = 0;
        if (ans->grade[k]) {
            pos_of_attr(r->ld, j, rater_attr[k], &loc);
            ans->rater_line[k] = loc.line;
        }
    }
    xmlNodePtr note = first_child(j, "catatan");
    ans->note = note ? text_copy(a->arena, note) : NULL;
    ans->evidence_count = count_children(j, "bukti");
    ans->evidence = texts_copy(a->arena, j, "bukti", ans->evidence_count);
}

static lke_answers *read_answers(load_doc *ld, const char *file, const lke *l, lkj_diags *d, int *status)
{
    lke_answers *a = calloc(1, sizeof *a);
    answer_reader r = {.ld = ld, .d = d, .l = l, .a = a};
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    size_t count = count_children(root, "jawaban");
    int oom = 0;
    if (a)
        a->arena = arena_new();
    r.ids = index_ids(l);
    r.seen = calloc(l->criterion_count + l->sub_count + 1, sizeof *r.seen);
    if (!a || !a->arena || !r.ids || !r.seen ||
        !(a->answers = arena_alloc(a->arena, count * sizeof *a->answers))) {
        oom = 1;
    } else {
        a->file = arena_strdup(a->arena, file);
        a->lke_id = attr_copy(a->arena, root, "lke");
        a->unit = attr_copy(a->arena, root, "unit");
        a->kind = attr_copy(a->arena, root, "jenis");
        if (!a->kind)
            a->kind = "opd";
        a->klaster = attr_copy(a->arena, root, "klaster");
        a->year = (int)attr_number(root, "tahun", NULL);
        a->name = text_copy(a->arena, first_child(root, "nama"));
        xmlNodePtr parent = first_child(root, "induk");
        a->parent = parent ? text_copy(a->arena, parent) : NULL;
        diag_loc unit_loc;
        pos_of_attr(ld, root, "unit", &unit_loc);
        a->unit_line = unit_loc.line;
        a->unit_column = unit_loc.column;
        if (a->lke_id && strcmp(a->lke_id, l->id) != 0) {
            diag_loc loc;
            pos_of_attr(ld, root, "lke", &loc);
            DIAG(d, D_LKE_OTHER_LKE, &loc, a->lke_id, l->id);
        }
        for (xmlNodePtr j = first_child(root, "jawaban"); j; j = next_elem(j, "jawaban"))
            read_answer(&r, j);
        a->recommendation_count = count_children(root, "rekomendasi");
        a->recommendations = texts_copy(a->arena, root, "rekomendasi", a->recommendation_count);
        if (arena_failed(a->arena))
            oom = 1;
    }
    xmlHashFree(r.ids, NULL);
    free(r.seen);
    if (oom) {
        diag_loc loc = {file, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        *status = LKJ_EXIT_IO;
    } else if (r.failed) {
        *status = LKJ_EXIT_PROBLEMS;
    } else {
        *status = LKJ_EXIT_OK;
        return a;
    }
    lke_answers_free(a);
    return NULL;
}

/* The answers from path, or from bytes (not NULL) named name. */
static int answers_load(const char *path, const unsigned char *bytes, size_t len, const char *name, const lke *l,
                        const lkj_limits *limits, lkj_diags *diags, lke_answers **out)
{
    *out = NULL;
    load_doc ld;
    diag_begin_file(diags, limits->max_diags_per_file);
    int rc = load_valid(path, bytes, len, name, "evaluasi", limits, &ld, diags);
    if (rc == LKJ_EXIT_OK) {
        unsigned long failures = load_memory_failures();
        *out = read_answers(&ld, name, l, diags, &rc);
        if (memory_failed(failures, name, diags, &rc)) {
            lke_answers_free(*out);
            *out = NULL;
        }
    }
    load_doc_free(&ld);
    diag_end_file(diags, name);
    return rc;
}

int lke_answers_load(const char *path, const lke *l, const lkj_limits *limits, lkj_diags *diags,
                     lke_answers **out)
{
    return answers_load(path, NULL, 0, path, l, limits, diags, out);
}

int lke_answers_load_bytes(const unsigned char *bytes, size_t len, const char *name, const lke *l,
                           const lkj_limits *limits, lkj_diags *diags, lke_answers **out)
{
    return answers_load(NULL, bytes, len, name, l, limits, diags, out);
}

void lke_answers_free(lke_answers *a)
{
    if (!a)
        return;
    arena_free(a->arena);
    free(a);
}

/* ------------------------------------------------------------------ */
/* Scoring                                                              */
/* ------------------------------------------------------------------ */

double lke_sub_value(const double *values, size_t count, double weight)
{
    if (count == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < count; i++)
        sum += values[i];
    return sum / (double)count * weight;
}

/* The total as shown decides, as measure.c's categories do: 90.004 is
 * shown 90,00 and is A, never "90,00 AA". */
const lke_band *lke_predikat(const lke_band *bands, size_t count, double total)
{
    if (isnan(total))
        return NULL;
    double shown = meas_round(total, 2, MEAS_ROUND_HALF_AWAY);
    for (size_t i = 0; i < count; i++)
        if (!bands[i].has_bound || shown > bands[i].above)
            return &bands[i];
    return NULL;
}

const char *lke_band_label(const lke_band *b, lkj_lang lang)
{
    return b ? b->label[lang == LKJ_LANG_EN ? LKJ_LANG_EN : LKJ_LANG_ID] : "";
}

int lke_score_unit(const lke *l, const lke_answers *a, lke_rater rater, lke_score *s)
{
    memset(s, 0, sizeof *s);
    s->component = arena_alloc(a->arena, l->component_count * sizeof *s->component);
    s->sub = arena_alloc(a->arena, l->sub_count * sizeof *s->sub);
    s->direct = arena_alloc(a->arena, l->sub_count * sizeof *s->direct);
    s->answered = arena_alloc(a->arena, l->sub_count * sizeof *s->answered);
    const lke_grade **given = calloc(l->criterion_count + 1, sizeof *given);
    double *values = calloc(l->criterion_count + 1, sizeof *values);
    if (!s->component || !s->sub || !s->direct || !s->answered || !given || !values) {
        free(given);
        free(values);
        return -1;
    }
    for (size_t i = 0; i < a->answer_count; i++) {
        const lke_answer *ans = &a->answers[i];
        const lke_grade *g = ans->grade[rater];
        if (!g)
            continue;
        s->scored = 1;
        if (ans->is_sub)
            s->direct[ans->target] = g;
        else
            given[ans->target] = g;
    }
    s->first_missing = SIZE_MAX;
    for (size_t si = 0; si < l->sub_count; si++) {
        const lke_sub *sub = &l->subs[si];
        for (size_t k = 0; k < sub->count; k++) {
            size_t ci = sub->first + k;
            values[k] = given[ci] ? given[ci]->value : 0;
            if (given[ci]) {
                s->answered[si]++;
                s->criteria_answered++;
            } else if (!s->direct[si]) {
                s->criteria_missing++;
                if (s->first_missing == SIZE_MAX)
                    s->first_missing = ci;
            }
        }
        s->sub[si] = s->direct[si] ? s->direct[si]->value * sub->weight : lke_sub_value(values, sub->count, sub->weight);
        s->component[sub->component] += s->sub[si];
    }
    for (size_t ci = 0; ci < l->component_count; ci++)
        s->total += s->component[ci];
    s->band = lke_predikat(l->bands, l->band_count, s->total);
    free(given);
    free(values);
    return 0;
}

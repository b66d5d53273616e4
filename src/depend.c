/*
 * depend.c — dependency digests of units (see depend.h). Parents,
 * children and uppers come from link's index; each unit's set is gathered
 * on its own (a provinsi's is most of the workspace, an OPD's a handful).
 */
#include "depend.h"

#include <nettle/sha2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "formula.h"

typedef struct graph {
    const link_workspace *ws;
    size_t n;                  /* units; also "none" as an index */
    size_t *ref_start;         /* formula references of i: refs[ref_start[i] .. ref_start[i + 1]) */
    size_t *refs;
    size_t ref_count, ref_capacity;
    unsigned char *unresolved; /* a formula of i names an id no unit has */
    unsigned char *unresolved_support; /* a sasaran of i supports an id that is no sasaran */
    unsigned *mark;            /* visited, per group generation */
    unsigned *full_mark;       /* in the set with all its content (else its shape) */
    unsigned char (*shape)[DEPEND_DIGEST_SIZE]; /* per unit (unit_shape) */
    unsigned *upper_mark;      /* per upper, per group generation */
    unsigned generation;
    size_t *members;           /* the current group */
    size_t member_count;
    int failed;                /* out of memory */
} graph;

/* ------------------------------------------------------------------ */
/* Formula references                                                  */
/* ------------------------------------------------------------------ */

typedef struct ref_visit {
    graph *g;
    size_t unit;
} ref_visit;

static void add_ref(graph *g, size_t j)
{
    if (g->ref_count == g->ref_capacity) {
        size_t cap = g->ref_capacity ? 2 * g->ref_capacity : 64;
        size_t *grown = realloc(g->refs, cap * sizeof *grown);
        if (!grown) {
            g->failed = 1;
            return;
        }
        g->refs = grown;
        g->ref_capacity = cap;
    }
    g->refs[g->ref_count++] = j;
}

/* model_each_indicator's callback: the units a composite's formula names. */
static void note_formula(const m_indicator *ind, void *c)
{
    ref_visit *v = c;
    graph *g = v->g;
    if (!ind->formula || g->failed)
        return;
    formula_error err;
    formula *f = formula_parse(ind->formula, &err);
    if (!f) {
        g->unresolved[v->unit] = 1; /* unreadable: depend on everything */
        return;
    }
    for (size_t k = 0; k < formula_ref_count(f); k++) {
        size_t j = link_unit_index(g->ws, link_indicator_unit(g->ws, formula_ref(f, k)));
        if (j < g->n)
            add_ref(g, j);
        else
            g->unresolved[v->unit] = 1; /* a file that defines it may come */
    }
    formula_free(f);
}

/* A mendukung that names no sasaran is written by a scan of every unit
 * (lower.c): its report may change with any file. */
static void note_supports(graph *g, size_t i)
{
    const m_unit *u = g->ws->units[i];
    for (size_t t = 0; t < u->tujuan_count; t++)
        for (size_t s = 0; s < u->tujuan[t].sasaran_count; s++) {
            const m_sasaran *sa = &u->tujuan[t].sasaran[s];
            for (size_t k = 0; k < sa->support_count; k++) {
                const m_sasaran *found = NULL;
                if (!link_find_sasaran(g->ws, sa->supports[k], &found))
                    g->unresolved_support[i] = 1;
            }
        }
}

static void shape_string(struct sha256_ctx *h, const char *s)
{
    sha256_update(h, s ? strlen(s) + 1 : 1, (const uint8_t *)(s ? s : ""));
}

/* What another unit's report shows of a unit it only meets through an
 * upper sasaran (a co-supporter, the owner) or as an ancestor: its names,
 * its parent, its sasaran (ids, uraian, what they support) and its
 * programs and kegiatan by code and name (the pohon kinerja). Never its
 * numbers: one changed realisasi changes its own digest, not this. */
static void unit_shape(const m_unit *u, unsigned char out[DEPEND_DIGEST_SIZE])
{
    struct sha256_ctx h;
    sha256_init(&h);
    uint32_t level = (uint32_t)u->level;
    sha256_update(&h, sizeof level, (const uint8_t *)&level);
    shape_string(&h, u->id);
    shape_string(&h, u->code);
    shape_string(&h, u->name);
    shape_string(&h, u->abbreviation);
    shape_string(&h, u->parent);
    for (size_t t = 0; t < u->tujuan_count; t++) {
        shape_string(&h, "tujuan");
        shape_string(&h, u->tujuan[t].id);
        for (size_t k = 0; k < u->tujuan[t].sasaran_count; k++) {
            const m_sasaran *sa = &u->tujuan[t].sasaran[k];
            shape_string(&h, "sasaran");
            shape_string(&h, sa->id);
            shape_string(&h, sa->text);
            for (size_t m = 0; m < sa->support_count; m++)
                shape_string(&h, sa->supports[m]);
        }
    }
    for (size_t p = 0; p < u->program_count; p++) {
        const m_program *pg = &u->programs[p];
        shape_string(&h, "program");
        shape_string(&h, pg->code);
        shape_string(&h, pg->name);
        shape_string(&h, pg->supports);
        for (size_t k = 0; k < pg->kegiatan_count; k++) {
            shape_string(&h, pg->kegiatan[k].code);
            shape_string(&h, pg->kegiatan[k].name);
        }
    }
    sha256_digest(&h, DEPEND_DIGEST_SIZE, out);
}

static int build_graph(graph *g)
{
    size_t n = g->n;
    g->ref_start = malloc((n + 1) * sizeof *g->ref_start);
    g->unresolved = calloc(n + 1, 1);
    g->unresolved_support = calloc(n + 1, 1);
    g->mark = calloc(n + 1, sizeof *g->mark);
    g->full_mark = calloc(n + 1, sizeof *g->full_mark);
    g->shape = malloc((n + 1) * sizeof *g->shape);
    g->upper_mark = calloc(g->ws->upper_count + 1, sizeof *g->upper_mark);
    g->members = malloc((n + 1) * sizeof *g->members);
    if (!g->ref_start || !g->unresolved || !g->unresolved_support || !g->mark || !g->full_mark || !g->shape || !g->upper_mark || !g->members)
        return -1;
    for (size_t i = 0; i < n && !g->failed; i++) {
        g->ref_start[i] = g->ref_count;
        ref_visit v = {g, i};
        model_each_indicator(g->ws->units[i], note_formula, &v);
        note_supports(g, i);
        unit_shape(g->ws->units[i], g->shape[i]);
    }
    g->ref_start[n] = g->ref_count;
    return g->failed ? -1 : 0;
}

static void free_graph(graph *g)
{
    free(g->ref_start);
    free(g->refs);
    free(g->unresolved);
    free(g->unresolved_support);
    free(g->mark);
    free(g->full_mark);
    free(g->shape);
    free(g->upper_mark);
    free(g->members);
}

/* ------------------------------------------------------------------ */
/* Groups                                                              */
/* ------------------------------------------------------------------ */

static size_t parent_of(const graph *g, size_t i)
{
    return link_unit_index(g->ws, g->ws->parents[i]);
}

static void add_member(graph *g, size_t i)
{
    if (i >= g->n || g->mark[i] == g->generation)
        return;
    g->mark[i] = g->generation;
    g->members[g->member_count++] = i;
}

static int by_index(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The units of an upper sasaran: its owner and every supporter. */
static void add_upper(graph *g, size_t u)
{
    if (g->upper_mark[u] == g->generation)
        return;
    g->upper_mark[u] = g->generation;
    const link_upper *up = &g->ws->uppers[u];
    add_member(g, link_unit_index(g->ws, up->unit));
    for (size_t s = 0; s < up->supporter_count; s++)
        add_member(g, link_unit_index(g->ws, up->supporters[s].unit));
}

/* The units unit i's report is made from (see depend.h), with all their
 * content: i and its descendants (a pemda shows its OPDs, a provinsi its
 * pemdas' budgets summed from their OPDs) and every unit a formula of
 * theirs names, transitively. With their shape only (unit_shape): the
 * owners and supporters of every upper sasaran one of i's subtree
 * supports or owns (the mendukung and didukung lines, the crosscutting
 * count, the pohon kinerja), and i's ancestors. 0, or -1 when a formula
 * or a mendukung in the subtree names nothing (then: the whole). */
static void add_full(graph *g, size_t i)
{
    add_member(g, i);
    if (i < g->n)
        g->full_mark[i] = g->generation;
}

static int gather_unit(graph *g, size_t i)
{
    g->generation++;
    g->member_count = 0;
    add_full(g, i);
    size_t count;
    for (size_t m = 0; m < g->member_count; m++) { /* the list grows as it is walked */
        const size_t *kids = link_children(g->ws, g->members[m], &count);
        for (size_t k = 0; k < count; k++)
            add_full(g, kids[k]);
    }
    size_t subtree = g->member_count;
    for (size_t m = 0; m < g->member_count; m++) {
        size_t u = g->members[m];
        if (g->unresolved[u])
            return -1;
        for (size_t k = g->ref_start[u]; k < g->ref_start[u + 1]; k++)
            add_full(g, g->refs[k]);
    }
    for (size_t m = 0; m < subtree; m++) {
        size_t u = g->members[m];
        if (g->unresolved_support[u])
            return -1;
        const size_t *uppers = link_uppers_supported(g->ws, u, &count);
        for (size_t k = 0; k < count; k++)
            add_upper(g, uppers[k]);
        uppers = link_uppers_owned(g->ws, u, &count);
        for (size_t k = 0; k < count; k++)
            add_upper(g, uppers[k]);
    }
    size_t a = parent_of(g, i);
    for (size_t steps = 0; a < g->n && steps < g->n; steps++, a = parent_of(g, a)) /* bounded: loops are diagnosed elsewhere */
        add_member(g, a);
    qsort(g->members, g->member_count, sizeof *g->members, by_index);
    return 0;
}

static void digest_members(const graph *g, const size_t *members, size_t count,
                           const unsigned char base[DEPEND_DIGEST_SIZE], unsigned char out[DEPEND_DIGEST_SIZE])
{
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, DEPEND_DIGEST_SIZE, base);
    for (size_t m = 0; m < count; m++) {
        size_t u = members[m];
        uint64_t index = g->ws->global[u];
        unsigned char full = g->full_mark[u] == g->generation;
        sha256_update(&h, sizeof index, (const uint8_t *)&index);
        sha256_update(&h, 1, &full);
        sha256_update(&h, DEPEND_DIGEST_SIZE, full ? g->ws->units[u]->digest : g->shape[u]);
    }
    sha256_digest(&h, DEPEND_DIGEST_SIZE, out);
}

void depend_whole(const unsigned char base[DEPEND_DIGEST_SIZE], const unsigned char *const *digests, size_t count,
                  unsigned char out[DEPEND_DIGEST_SIZE])
{
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, DEPEND_DIGEST_SIZE, base);
    for (size_t i = 0; i < count; i++) {
        uint64_t index = i;
        sha256_update(&h, sizeof index, (const uint8_t *)&index);
        sha256_update(&h, DEPEND_DIGEST_SIZE, digests[i]);
    }
    sha256_digest(&h, DEPEND_DIGEST_SIZE, out);
}

int depend_digests(const link_workspace *ws, const unsigned char base[DEPEND_DIGEST_SIZE],
                   const unsigned char whole[DEPEND_DIGEST_SIZE], unsigned char (*out)[DEPEND_DIGEST_SIZE])
{
    for (size_t i = 0; i < ws->unit_count; i++)
        if (!ws->units[i]->has_digest)
            return -1;
    if ((ws->profile && !ws->profile->has_digest) || !link_indexed(ws))
        return -1;
    graph g = {.ws = ws, .n = ws->unit_count};
    int rc = build_graph(&g);
    for (size_t i = 0; i < g.n && rc == 0; i++) {
        /* An OPD whose pemda is not among the inputs (its folder and its
         * lines may change with any file that comes), or a set that names
         * nothing: the whole workspace. */
        int orphan = ws->units[i]->level == M_LEVEL_OPD && parent_of(&g, i) >= g.n;
        if (!orphan && gather_unit(&g, i) == 0)
            digest_members(&g, g.members, g.member_count, base, out[i]);
        else
            memcpy(out[i], whole, DEPEND_DIGEST_SIZE);
    }
    free_graph(&g);
    return rc;
}

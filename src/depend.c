/*
 * depend.c — dependency digests of units (see depend.h). Linear in the
 * workspace: units are found by pointer through a sorted index, children
 * through one counting pass, and each pemda group is digested once and
 * shared by its OPDs.
 */
#include "depend.h"

#include <nettle/sha2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "formula.h"

typedef struct by_pointer {
    const m_unit *unit;
    size_t index;
} by_pointer;

typedef struct graph {
    const link_workspace *ws;
    size_t n;
    by_pointer *sorted;        /* units by address, for index_of */
    long *parent;              /* parent index, -1 when none */
    size_t *child_start;       /* children of i: child_list[child_start[i] .. child_start[i + 1]) */
    size_t *child_list;
    size_t *ref_start;         /* formula references of i, the same way */
    size_t *refs;
    size_t ref_count, ref_capacity;
    unsigned char *unresolved; /* a formula of i names an id no unit has */
    size_t *sup_start;         /* the uppers (ws->uppers) unit i supports, the same way */
    size_t *sup_list;
    unsigned *upper_mark;      /* per upper, per group generation */
    unsigned *mark;            /* visited, per group generation */
    unsigned generation;
    size_t *members;           /* the current group */
    size_t member_count;
    int failed;                /* out of memory */
} graph;

static int by_address(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const by_pointer *)a)->unit, y = (uintptr_t)((const by_pointer *)b)->unit;
    return x < y ? -1 : x > y;
}

static long index_of(const graph *g, const m_unit *u)
{
    if (!u)
        return -1;
    by_pointer key = {u, 0};
    const by_pointer *found = bsearch(&key, g->sorted, g->n, sizeof key, by_address);
    return found ? (long)found->index : -1;
}

/* ------------------------------------------------------------------ */
/* The graph: parents, children, formula references                    */
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
        long j = index_of(g, link_indicator_unit(g->ws, formula_ref(f, k)));
        if (j < 0)
            g->unresolved[v->unit] = 1; /* a file that defines it may come */
        else
            add_ref(g, (size_t)j);
    }
    formula_free(f);
}

/* Which uppers each unit supports (a unit's report shows the sasaran it
 * supports with their other supporters). */
static int collect_supports(graph *g)
{
    const link_workspace *ws = g->ws;
    size_t total = 0;
    for (size_t k = 0; k < ws->upper_count; k++)
        for (size_t s = 0; s < ws->uppers[k].supporter_count; s++) {
            long i = index_of(g, ws->uppers[k].supporters[s].unit);
            if (i >= 0) {
                g->sup_start[i + 1]++;
                total++;
            }
        }
    for (size_t i = 0; i < g->n; i++)
        g->sup_start[i + 1] += g->sup_start[i];
    g->sup_list = malloc((total + 1) * sizeof *g->sup_list);
    size_t *fill = calloc(g->n + 1, sizeof *fill);
    if (!g->sup_list || !fill) {
        free(fill);
        return -1;
    }
    for (size_t k = 0; k < ws->upper_count; k++)
        for (size_t s = 0; s < ws->uppers[k].supporter_count; s++) {
            long i = index_of(g, ws->uppers[k].supporters[s].unit);
            if (i >= 0)
                g->sup_list[g->sup_start[i] + fill[i]++] = k;
        }
    free(fill);
    return 0;
}

static int build_graph(graph *g)
{
    size_t n = g->n;
    g->sorted = malloc((n + 1) * sizeof *g->sorted);
    g->parent = malloc((n + 1) * sizeof *g->parent);
    g->child_start = calloc(n + 2, sizeof *g->child_start);
    g->child_list = malloc((n + 1) * sizeof *g->child_list);
    g->ref_start = malloc((n + 1) * sizeof *g->ref_start);
    g->unresolved = calloc(n + 1, 1);
    g->mark = calloc(n + 1, sizeof *g->mark);
    g->members = malloc((n + 1) * sizeof *g->members);
    g->sup_start = calloc(n + 2, sizeof *g->sup_start);
    g->upper_mark = calloc(g->ws->upper_count + 1, sizeof *g->upper_mark);
    if (!g->sorted || !g->parent || !g->child_start || !g->child_list || !g->ref_start || !g->unresolved ||
        !g->mark || !g->members || !g->sup_start || !g->upper_mark)
        return -1;
    for (size_t i = 0; i < n; i++)
        g->sorted[i] = (by_pointer){g->ws->units[i], i};
    qsort(g->sorted, n, sizeof *g->sorted, by_address);
    for (size_t i = 0; i < n; i++) {
        g->parent[i] = index_of(g, g->ws->parents[i]);
        if (g->parent[i] >= 0)
            g->child_start[g->parent[i] + 1]++;
    }
    for (size_t i = 0; i < n; i++)
        g->child_start[i + 1] += g->child_start[i];
    size_t *fill = calloc(n + 1, sizeof *fill);
    if (!fill)
        return -1;
    for (size_t i = 0; i < n; i++) /* in input order: children stay ordered */
        if (g->parent[i] >= 0) {
            size_t p = (size_t)g->parent[i];
            g->child_list[g->child_start[p] + fill[p]++] = i;
        }
    free(fill);
    if (collect_supports(g) != 0)
        return -1;
    for (size_t i = 0; i < n && !g->failed; i++) {
        g->ref_start[i] = g->ref_count;
        ref_visit v = {g, i};
        model_each_indicator(g->ws->units[i], note_formula, &v);
    }
    g->ref_start[n] = g->ref_count;
    return g->failed ? -1 : 0;
}

static void free_graph(graph *g)
{
    free(g->sorted);
    free(g->parent);
    free(g->child_start);
    free(g->child_list);
    free(g->ref_start);
    free(g->refs);
    free(g->unresolved);
    free(g->mark);
    free(g->members);
    free(g->sup_start);
    free(g->sup_list);
    free(g->upper_mark);
}

/* ------------------------------------------------------------------ */
/* Groups                                                              */
/* ------------------------------------------------------------------ */

static void add_member(graph *g, size_t i)
{
    if (g->mark[i] == g->generation)
        return;
    g->mark[i] = g->generation;
    g->members[g->member_count++] = i;
}

static int by_index(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The pemda group of p (p, its children, its ancestors, and everything
 * their formulas reach); 0, or -1 when a formula in it is unresolved. */
static int gather_group(graph *g, size_t p)
{
    g->generation++;
    g->member_count = 0;
    add_member(g, p);
    for (size_t k = g->child_start[p]; k < g->child_start[p + 1]; k++)
        add_member(g, g->child_list[k]);
    long a = g->parent[p];
    for (size_t steps = 0; a >= 0 && steps < g->n; steps++, a = g->parent[a]) /* bounded: loops are diagnosed elsewhere */
        add_member(g, (size_t)a);
    for (size_t m = 0; m < g->member_count; m++) { /* the list grows as it is walked */
        size_t i = g->members[m];
        if (g->unresolved[i])
            return -1;
        for (size_t k = g->ref_start[i]; k < g->ref_start[i + 1]; k++)
            add_member(g, g->refs[k]);
        /* The sasaran it supports: their unit and every co-supporter. */
        for (size_t k = g->sup_start[i]; k < g->sup_start[i + 1]; k++) {
            size_t u = g->sup_list[k];
            if (g->upper_mark[u] == g->generation)
                continue;
            g->upper_mark[u] = g->generation;
            const link_upper *up = &g->ws->uppers[u];
            long owner = index_of(g, up->unit);
            if (owner >= 0)
                add_member(g, (size_t)owner);
            for (size_t s = 0; s < up->supporter_count; s++) {
                long j = index_of(g, up->supporters[s].unit);
                if (j >= 0)
                    add_member(g, (size_t)j);
            }
        }
    }
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
        uint64_t index = members[m];
        sha256_update(&h, sizeof index, (const uint8_t *)&index);
        sha256_update(&h, DEPEND_DIGEST_SIZE, g->ws->units[members[m]]->digest);
    }
    sha256_digest(&h, DEPEND_DIGEST_SIZE, out);
}

int depend_digests(const link_workspace *ws, const unsigned char base[DEPEND_DIGEST_SIZE],
                   unsigned char (*out)[DEPEND_DIGEST_SIZE])
{
    for (size_t i = 0; i < ws->unit_count; i++)
        if (!ws->units[i]->has_digest)
            return -1;
    if (ws->profile && !ws->profile->has_digest)
        return -1;
    graph g = {.ws = ws, .n = ws->unit_count};
    int rc = build_graph(&g);
    if (rc == 0) {
        /* The whole workspace: every unit, in input order. */
        for (size_t i = 0; i < g.n; i++)
            g.members[i] = i;
        unsigned char whole[DEPEND_DIGEST_SIZE];
        digest_members(&g, g.members, g.n, base, whole);
        /* Each group once; its OPDs share its digest. */
        unsigned char *done = calloc(g.n + 1, 1);
        unsigned char (*group)[DEPEND_DIGEST_SIZE] = malloc((g.n + 1) * sizeof *group);
        rc = done && group ? 0 : -1;
        for (size_t i = 0; i < g.n && rc == 0; i++) {
            long p = g.parent[i];
            if (ws->units[i]->level != M_LEVEL_OPD || p < 0) {
                memcpy(out[i], whole, DEPEND_DIGEST_SIZE);
                continue;
            }
            if (!done[p]) {
                if (gather_group(&g, (size_t)p) == 0)
                    digest_members(&g, g.members, g.member_count, base, group[p]);
                else
                    memcpy(group[p], whole, DEPEND_DIGEST_SIZE);
                done[p] = 1;
            }
            memcpy(out[i], group[p], DEPEND_DIGEST_SIZE);
        }
        free(done);
        free(group);
    }
    free_graph(&g);
    return rc;
}

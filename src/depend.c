/*
 * depend.c — dependency digests of units (see depend.h). Linear in the
 * workspace: parents, children and supported uppers come from link's
 * index; each pemda group is digested once and shared by its OPDs.
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
    unsigned *mark;            /* visited, per group generation */
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

static int build_graph(graph *g)
{
    size_t n = g->n;
    g->ref_start = malloc((n + 1) * sizeof *g->ref_start);
    g->unresolved = calloc(n + 1, 1);
    g->mark = calloc(n + 1, sizeof *g->mark);
    g->upper_mark = calloc(g->ws->upper_count + 1, sizeof *g->upper_mark);
    g->members = malloc((n + 1) * sizeof *g->members);
    if (!g->ref_start || !g->unresolved || !g->mark || !g->upper_mark || !g->members)
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
    free(g->ref_start);
    free(g->refs);
    free(g->unresolved);
    free(g->mark);
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

/* The pemda group of p (p, its children, its ancestors, and everything
 * their formulas and supported sasaran reach); 0, or -1 when a formula in
 * it is unresolved. */
static int gather_group(graph *g, size_t p)
{
    g->generation++;
    g->member_count = 0;
    add_member(g, p);
    size_t count;
    const size_t *kids = link_children(g->ws, p, &count);
    for (size_t k = 0; k < count; k++)
        add_member(g, kids[k]);
    size_t a = parent_of(g, p);
    for (size_t steps = 0; a < g->n && steps < g->n; steps++, a = parent_of(g, a)) /* bounded: loops are diagnosed elsewhere */
        add_member(g, a);
    for (size_t m = 0; m < g->member_count; m++) { /* the list grows as it is walked */
        size_t i = g->members[m];
        if (g->unresolved[i])
            return -1;
        for (size_t k = g->ref_start[i]; k < g->ref_start[i + 1]; k++)
            add_member(g, g->refs[k]);
        const size_t *uppers = link_uppers_supported(g->ws, i, &count);
        for (size_t k = 0; k < count; k++)
            add_upper(g, uppers[k]);
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
        uint64_t index = g->ws->global[members[m]];
        sha256_update(&h, sizeof index, (const uint8_t *)&index);
        sha256_update(&h, DEPEND_DIGEST_SIZE, g->ws->units[members[m]]->digest);
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
    if (rc == 0) {
        /* Each group once; its OPDs share its digest. */
        unsigned char *done = calloc(g.n + 1, 1);
        unsigned char (*group)[DEPEND_DIGEST_SIZE] = malloc((g.n + 1) * sizeof *group);
        rc = done && group ? 0 : -1;
        for (size_t i = 0; i < g.n && rc == 0; i++) {
            size_t p = parent_of(&g, i);
            if (ws->units[i]->level != M_LEVEL_OPD || p >= g.n) {
                memcpy(out[i], whole, DEPEND_DIGEST_SIZE);
                continue;
            }
            if (!done[p]) {
                if (gather_group(&g, p) == 0)
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

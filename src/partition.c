/*
 * partition.c — parts of a workspace (see partition.h): one table of every
 * id mentioned, each pointing at the first unit that mentioned it, and a
 * union-find over units joined whenever a second unit mentions an id.
 */
#include "partition.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "formula.h"
#include "output.h"

#define DEFINED 0x80000000u /* in slot.flags: some unit defines the id */
#define LISTED 0x40000000u  /* a missing parent already listed */
#define REJECTED_LISTED 0x20000000u /* listed as defined only by a rejected input */
#define SUPPORT_LISTED 0x10000000u  /* listed as supported by a rejected input */
#define HASH_BITS 0x0fffffffu

typedef struct slot {
    const char *id; /* NULL: empty */
    uint32_t unit;  /* the first unit that mentioned it */
    uint32_t flags; /* DEFINED, LISTED, and the low bits of the hash */
} slot;

struct partition {
    arena *strings; /* the ids, until partition_finish */
    slot *slots;
    size_t capacity, used;
    size_t *uf;           /* union-find: a unit's representative */
    const char **parents; /* per unit: its induk (in strings), or NULL */
    size_t count, unit_capacity;
    int first_year;
    int failed;
    /* After partition_finish */
    size_t *members;      /* unit indices, part after part */
    size_t *part_start;   /* part k: members[part_start[k] .. part_start[k + 1]) */
    size_t part_count;
    size_t entity_part;
    char **missing;
    size_t missing_count;
    /* Rejected inputs (partition_reject): their names, and until
     * partition_finish the ids they define and support (in strings). */
    char **rejected_files;
    unsigned char *rejected_readable;
    size_t rejected_file_count, rejected_file_capacity;
    struct rejected_mention { const char *id; size_t file; int supports; } *rejected_ids;
    size_t rejected_id_count, rejected_id_capacity;
    /* After partition_finish */
    link_rejected_id *rejected;
    size_t rejected_count;
    char **rejected_supports;
    size_t rejected_support_count;
    const char **unreadable;
    size_t unreadable_count;
};

partition *partition_new(void)
{
    partition *p = calloc(1, sizeof *p);
    if (p && !(p->strings = arena_new())) {
        free(p);
        p = NULL;
    }
    return p;
}

static void free_table(partition *p)
{
    free(p->slots);
    p->slots = NULL;
    free(p->parents);
    p->parents = NULL;
    free(p->rejected_ids); /* the ids are in strings */
    p->rejected_ids = NULL;
    p->rejected_id_count = p->rejected_id_capacity = 0;
    arena_free(p->strings);
    p->strings = NULL;
}

void partition_free(partition *p)
{
    if (!p)
        return;
    free_table(p);
    free(p->uf);
    free(p->members);
    free(p->part_start);
    for (size_t i = 0; i < p->missing_count; i++)
        free(p->missing[i]);
    free(p->missing);
    for (size_t i = 0; i < p->rejected_file_count; i++)
        free(p->rejected_files[i]);
    free(p->rejected_files);
    free(p->rejected_readable);
    for (size_t i = 0; i < p->rejected_count; i++)
        free((char *)p->rejected[i].id);
    free(p->rejected);
    for (size_t i = 0; i < p->rejected_support_count; i++)
        free(p->rejected_supports[i]);
    free(p->rejected_supports);
    free(p->unreadable);
    free(p);
}

/* ------------------------------------------------------------------ */
/* Units joined                                                        */
/* ------------------------------------------------------------------ */

static size_t find_root(size_t *uf, size_t i)
{
    while (uf[i] != i) {
        uf[i] = uf[uf[i]]; /* path halving */
        i = uf[i];
    }
    return i;
}

static void join(partition *p, size_t a, size_t b)
{
    a = find_root(p->uf, a);
    b = find_root(p->uf, b);
    if (a < b)
        p->uf[b] = a;
    else if (b < a)
        p->uf[a] = b;
}

/* ------------------------------------------------------------------ */
/* The id table                                                        */
/* ------------------------------------------------------------------ */

static uint32_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (uint32_t)(h ^ h >> 32);
}

static slot *find_slot(const slot *slots, size_t capacity, const char *id, uint32_t hash)
{
    size_t mask = capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const slot *s = &slots[i];
        if (!s->id || ((s->flags & HASH_BITS) == (hash & HASH_BITS) && strcmp(s->id, id) == 0))
            return (slot *)s;
    }
}

static int grow_table(partition *p)
{
    size_t capacity = p->capacity ? 2 * p->capacity : 1024;
    slot *slots = calloc(capacity, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < p->capacity; i++)
        if (p->slots[i].id)
            *find_slot(slots, capacity, p->slots[i].id, p->slots[i].flags) = p->slots[i];
    free(p->slots);
    p->slots = slots;
    p->capacity = capacity;
    return 0;
}

/* Unit u defines (or names) id: it joins whoever mentioned it first. */
static const char *mention(partition *p, size_t u, const char *id, int defines)
{
    if (!id || p->failed)
        return NULL;
    if (2 * (p->used + 1) > p->capacity && grow_table(p) != 0) {
        p->failed = 1;
        return NULL;
    }
    uint32_t hash = hash_id(id);
    slot *s = find_slot(p->slots, p->capacity, id, hash);
    if (s->id) {
        join(p, u, s->unit);
    } else {
        if (!(s->id = arena_strdup(p->strings, id))) {
            p->failed = 1;
            return NULL;
        }
        s->unit = (uint32_t)u;
        s->flags = hash & HASH_BITS;
        p->used++;
    }
    if (defines)
        s->flags |= DEFINED;
    return s->id;
}

static const slot *lookup(const partition *p, const char *id)
{
    if (!id || !p->slots)
        return NULL;
    const slot *s = find_slot(p->slots, p->capacity, id, hash_id(id));
    return s->id ? s : NULL;
}

/* ------------------------------------------------------------------ */
/* Units noted                                                         */
/* ------------------------------------------------------------------ */

typedef struct unit_visit {
    partition *p;
    size_t unit;
} unit_visit;

/* An indicator's id, and the ids its formula names. */
static void note_indicator(const m_indicator *ind, void *ctx)
{
    unit_visit *v = ctx;
    mention(v->p, v->unit, ind->id, 1);
    if (!ind->formula)
        return;
    formula_error err;
    formula *f = formula_parse(ind->formula, &err);
    if (!f) {
        if (err.status == FORMULA_ERR_NO_MEMORY)
            v->p->failed = 1;
        return; /* a syntax error names nothing (link reports it) */
    }
    for (size_t r = 0; r < formula_ref_count(f); r++)
        mention(v->p, v->unit, formula_ref(f, r), 0);
    formula_free(f);
}

static int grow_units(partition *p)
{
    if (p->count < p->unit_capacity)
        return 0;
    size_t cap = p->unit_capacity ? 2 * p->unit_capacity : 64;
    size_t *uf = realloc(p->uf, cap * sizeof *uf);
    if (uf)
        p->uf = uf;
    const char **parents = uf ? realloc(p->parents, cap * sizeof *parents) : NULL;
    if (parents)
        p->parents = parents;
    if (!uf || !parents)
        return -1;
    p->unit_capacity = cap;
    return 0;
}

int partition_add(partition *p, const m_unit *u)
{
    if (p->failed || p->count >= UINT32_MAX || grow_units(p) != 0) {
        p->failed = 1;
        return -1;
    }
    size_t i = p->count++;
    p->uf[i] = i;
    if (i == 0)
        p->first_year = u->year;
    /* Every id link defines (link.c's define_unit), every id it resolves. */
    mention(p, i, u->id, 1);
    p->parents[i] = mention(p, i, u->parent, 0);
    for (size_t t = 0; t < u->tujuan_count; t++) {
        const m_tujuan *tj = &u->tujuan[t];
        mention(p, i, tj->id, 1);
        for (size_t s = 0; s < tj->sasaran_count; s++) {
            const m_sasaran *ss = &tj->sasaran[s];
            mention(p, i, ss->id, 1);
            for (size_t k = 0; k < ss->support_count; k++)
                mention(p, i, ss->supports[k], 0);
        }
    }
    unit_visit v = {p, i};
    model_each_indicator(u, note_indicator, &v);
    /* Units whose ids give one folder name (output_safe_name) join too, so
     * that link sees every unit another could share a folder with (LKJ0415):
     * two units in one folder have the same last name in it. No id starts
     * with '/', so the key is no id. */
    char folder[66] = "/";
    output_safe_name(u->id, folder + 1, sizeof folder - 1);
    mention(p, i, folder, 0);
    return p->failed ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Rejected inputs                                                     */
/* ------------------------------------------------------------------ */

static int note_rejected_id(partition *p, const char *id, size_t file, int supports)
{
    if (p->rejected_id_count == p->rejected_id_capacity) {
        size_t cap = p->rejected_id_capacity ? 2 * p->rejected_id_capacity : 64;
        struct rejected_mention *grown = realloc(p->rejected_ids, cap * sizeof *grown);
        if (!grown)
            return -1;
        p->rejected_ids = grown;
        p->rejected_id_capacity = cap;
    }
    const char *copy = arena_strdup(p->strings, id);
    if (!copy)
        return -1;
    p->rejected_ids[p->rejected_id_count++] = (struct rejected_mention){copy, file, supports};
    return 0;
}

int partition_reject(partition *p, const char *file, int readable, const char *const *defines, size_t define_count,
                     const char *const *supports, size_t support_count)
{
    if (p->failed)
        return -1;
    if (p->rejected_file_count == p->rejected_file_capacity) {
        size_t cap = p->rejected_file_capacity ? 2 * p->rejected_file_capacity : 16;
        char **files = realloc(p->rejected_files, cap * sizeof *files);
        if (files)
            p->rejected_files = files;
        unsigned char *flags = files ? realloc(p->rejected_readable, cap) : NULL;
        if (flags)
            p->rejected_readable = flags;
        if (!files || !flags) {
            p->failed = 1;
            return -1;
        }
        p->rejected_file_capacity = cap;
    }
    size_t k = p->rejected_file_count;
    if (!(p->rejected_files[k] = strdup(file ? file : "-"))) {
        p->failed = 1;
        return -1;
    }
    p->rejected_readable[k] = readable != 0;
    p->rejected_file_count++;
    for (size_t i = 0; i < define_count && !p->failed; i++)
        p->failed = note_rejected_id(p, defines[i], k, 0) != 0;
    for (size_t i = 0; i < support_count && !p->failed; i++)
        p->failed = note_rejected_id(p, supports[i], k, 1) != 0;
    return p->failed ? -1 : 0;
}

static int compare_rejected(const void *a, const void *b)
{
    return strcmp(((const link_rejected_id *)a)->id, ((const link_rejected_id *)b)->id);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* An id only a rejected input defines, and that the units name or that is
 * the entitas: what linking would otherwise report as missing. */
static int unlinked_by_rejection(const partition *p, const struct rejected_mention *m, const char *entity)
{
    const slot *s = lookup(p, m->id);
    if (s)
        return !(s->flags & (DEFINED | REJECTED_LISTED));
    return entity && strcmp(m->id, entity) == 0;
}

/* What the rejected inputs leave unlinked, from the id table (before it
 * is freed): sorted lists for link's lookups, and the unreadable inputs. */
static int list_rejected(partition *p, const char *entity)
{
    size_t n = p->rejected_id_count;
    p->rejected = calloc(n + 1, sizeof *p->rejected);
    p->rejected_supports = calloc(n + 1, sizeof *p->rejected_supports);
    p->unreadable = calloc(p->rejected_file_count + 1, sizeof *p->unreadable);
    if (!p->rejected || !p->rejected_supports || !p->unreadable)
        return -1;
    int entity_listed = 0;
    for (size_t i = 0; i < n; i++) {
        const struct rejected_mention *m = &p->rejected_ids[i];
        slot *s = (slot *)lookup(p, m->id);
        if (m->supports) {
            /* A sasaran of the units that a rejected input supports. */
            if (!s || !(s->flags & DEFINED) || (s->flags & SUPPORT_LISTED))
                continue;
            s->flags |= SUPPORT_LISTED;
            if (!(p->rejected_supports[p->rejected_support_count] = strdup(m->id)))
                return -1;
            p->rejected_support_count++;
            continue;
        }
        if (!unlinked_by_rejection(p, m, entity) || (!s && entity_listed))
            continue;
        if (s)
            s->flags |= REJECTED_LISTED;
        else
            entity_listed = 1;
        char *id = strdup(m->id);
        if (!id)
            return -1;
        p->rejected[p->rejected_count++] = (link_rejected_id){id, p->rejected_files[m->file]};
    }
    qsort(p->rejected, p->rejected_count, sizeof *p->rejected, compare_rejected);
    qsort(p->rejected_supports, p->rejected_support_count, sizeof *p->rejected_supports, compare_strings);
    for (size_t k = 0; k < p->rejected_file_count; k++)
        if (!p->rejected_readable[k])
            p->unreadable[p->unreadable_count++] = p->rejected_files[k];
    return 0;
}

/* ------------------------------------------------------------------ */
/* The parts                                                           */
/* ------------------------------------------------------------------ */

/* Parts numbered in order of their first unit, members in input order. */
static int gather_parts(partition *p)
{
    size_t n = p->count;
    size_t *part_of = malloc((n + 1) * sizeof *part_of); /* by root, then by unit */
    p->members = malloc((n + 1) * sizeof *p->members);
    p->part_start = calloc(n + 2, sizeof *p->part_start);
    if (!part_of || !p->members || !p->part_start) {
        free(part_of);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        part_of[i] = SIZE_MAX;
    size_t parts = 0;
    for (size_t i = 0; i < n; i++) {
        size_t r = find_root(p->uf, i);
        if (part_of[r] == SIZE_MAX)
            part_of[r] = parts++;
        p->part_start[part_of[r] + 1]++;
    }
    for (size_t k = 0; k < parts; k++)
        p->part_start[k + 1] += p->part_start[k];
    size_t *fill = malloc((parts + 1) * sizeof *fill);
    if (!fill) {
        free(part_of);
        return -1;
    }
    memcpy(fill, p->part_start, (parts + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++)
        p->members[fill[part_of[find_root(p->uf, i)]]++] = i;
    p->part_count = parts ? parts : 1; /* no units: one empty part */
    free(fill);
    free(part_of);
    return 0;
}

static int list_missing(partition *p)
{
    p->missing = calloc(p->count + 1, sizeof *p->missing);
    if (!p->missing)
        return -1;
    for (size_t i = 0; i < p->count; i++) {
        slot *s = (slot *)lookup(p, p->parents[i]);
        if (!s || (s->flags & (DEFINED | LISTED)))
            continue;
        s->flags |= LISTED;
        if (!(p->missing[p->missing_count] = strdup(s->id)))
            return -1;
        p->missing_count++;
    }
    return 0;
}

int partition_finish(partition *p, const char *entity)
{
    if (p->failed || gather_parts(p) != 0 || list_missing(p) != 0 || list_rejected(p, entity) != 0) {
        free_table(p);
        return -1;
    }
    const slot *s = lookup(p, entity);
    if (s && (s->flags & DEFINED)) {
        size_t root = find_root(p->uf, s->unit);
        for (size_t k = 0; k < p->part_count; k++)
            if (find_root(p->uf, p->members[p->part_start[k]]) == root)
                p->entity_part = k;
    }
    free_table(p);
    return 0;
}

size_t partition_count(const partition *p) { return p->part_count; }

const size_t *partition_part(const partition *p, size_t k, size_t *count)
{
    *count = k < p->part_count ? p->part_start[k + 1] - p->part_start[k] : 0;
    return *count ? p->members + p->part_start[k] : p->members;
}

size_t partition_entity_part(const partition *p) { return p->entity_part; }

const char *const *partition_missing(const partition *p, size_t *count)
{
    *count = p->missing_count;
    return (const char *const *)p->missing;
}

const link_rejected_id *partition_rejected(const partition *p, size_t *count)
{
    *count = p->rejected_count;
    return p->rejected;
}

const char *const *partition_rejected_supports(const partition *p, size_t *count)
{
    *count = p->rejected_support_count;
    return (const char *const *)p->rejected_supports;
}

const char *const *partition_unreadable(const partition *p, size_t *count)
{
    *count = p->unreadable_count;
    return p->unreadable;
}

int partition_year(const partition *p, const m_profile *profile)
{
    if (p->count == 0)
        return 0;
    return profile ? profile->year : p->first_year;
}

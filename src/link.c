/*
 * link.c — resolving every reference across the units of a workspace.
 *
 * Units are visited in input order (byte order of their paths), so every
 * diagnostic is deterministic: a duplicate is reported at its second use,
 * naming the first. References into a unit that is not among the inputs are
 * not guessed at: one LKJ0408 says the parent is missing, and the rest of
 * the workspace still links.
 */
#include "link.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "formula.h"
#include "output.h"

/* ------------------------------------------------------------------ */
/* Symbol table                                                        */
/* ------------------------------------------------------------------ */

typedef enum { SYM_UNIT, SYM_TUJUAN, SYM_SASARAN, SYM_INDICATOR } sym_kind;

typedef struct symbol {
    const char *id;
    sym_kind kind;
    const m_unit *unit;
    const void *object;
    m_pos pos;
} symbol;

struct link_symbols {
    symbol *slots;
    size_t capacity; /* a power of two, at least twice the count */
    size_t count;
};

static uint64_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static symbol *find_slot(const struct link_symbols *t, const char *id)
{
    size_t mask = t->capacity - 1;
    for (size_t i = (size_t)hash_id(id) & mask;; i = (i + 1) & mask)
        if (!t->slots[i].id || strcmp(t->slots[i].id, id) == 0)
            return &t->slots[i];
}

static const symbol *lookup(const struct link_symbols *t, const char *id)
{
    if (!t || !id)
        return NULL;
    const symbol *s = find_slot(t, id);
    return s->id ? s : NULL;
}

/* Adds id; returns the earlier symbol with the same id, or NULL. */
static const symbol *define(struct link_symbols *t, const symbol *s)
{
    symbol *slot = find_slot(t, s->id);
    if (slot->id)
        return slot;
    *slot = *s;
    t->count++;
    return NULL;
}

static size_t count_unit_symbols(const m_unit *u)
{
    size_t n = 1;
    for (size_t t = 0; t < u->tujuan_count; t++) {
        n += 1 + u->tujuan[t].indicator_count + u->tujuan[t].sasaran_count;
        for (size_t s = 0; s < u->tujuan[t].sasaran_count; s++)
            n += u->tujuan[t].sasaran[s].indicator_count;
    }
    for (size_t p = 0; p < u->program_count; p++) {
        n += u->programs[p].indicator_count;
        for (size_t k = 0; k < u->programs[p].kegiatan_count; k++) {
            n += u->programs[p].kegiatan[k].indicator_count;
            for (size_t s = 0; s < u->programs[p].kegiatan[k].sub_count; s++)
                n += u->programs[p].kegiatan[k].subs[s].indicator_count;
        }
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Messages                                                            */
/* ------------------------------------------------------------------ */

/* A position of a model in file (its unit's or the profile's). */
static diag_loc loc_of(const char *file, const m_pos *p) { return (diag_loc){file, p->line, p->column}; }

/* A position of u as a message quotes it: "file:line", or "file:cell" in
 * a workbook (model_cell_at). */
static void where(const m_unit *u, const m_pos *p, char *out, size_t size)
{
    const char *cell = model_cell_at(u, *p);
    if (cell)
        snprintf(out, size, "%s:%s", u->file, cell);
    else if (p->line)
        snprintf(out, size, "%s:%lu", u->file, (unsigned long)p->line);
    else
        snprintf(out, size, "%s", u->file);
}

static const char *level_name(m_level level)
{
    static const char *const names[] = {"provinsi", "kabupaten", "kota", "opd"};
    return names[level];
}

static int is_pemda(m_level level) { return level == M_LEVEL_KABUPATEN || level == M_LEVEL_KOTA; }

/* ------------------------------------------------------------------ */
/* Definitions: every id once in the workspace                         */
/* ------------------------------------------------------------------ */

typedef struct linker {
    link_workspace *ws;
    lkj_diags *d;
    int errors;
    int oom;
    int owns_entity;   /* the profile's entitas is looked up here */
    const link_scope *scope;
} linker;

/* ------------------------------------------------------------------ */
/* References into rejected inputs: notes, not findings                */
/* ------------------------------------------------------------------ */

static int compare_rejected_id(const void *a, const void *b)
{
    return strcmp(((const link_rejected_id *)a)->id, ((const link_rejected_id *)b)->id);
}

static int compare_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char *link_rejected_file(const link_workspace *ws, const char *id)
{
    if (!id || !ws->rejected_count)
        return NULL;
    link_rejected_id key = {id, NULL};
    const link_rejected_id *hit = bsearch(&key, ws->rejected, ws->rejected_count, sizeof key, compare_rejected_id);
    return hit ? hit->file : NULL;
}

/* The rejected input that alone defines id, or NULL. */
static const char *rejected_file(const linker *l, const char *id)
{
    return link_rejected_file(l->ws, id);
}

/* Whether a rejected input's sasaran support the sasaran id. */
static int supported_by_rejected(const linker *l, const char *id)
{
    const link_scope *sc = l->scope;
    return id && sc->rejected_support_count &&
           bsearch(&id, sc->rejected_supports, sc->rejected_support_count, sizeof id, compare_string) != NULL;
}

/* A reference of what (words: "the parent of unit 'x'") to id that no
 * accepted input defines, said as a note when a rejected input is the
 * cause: LKJ0416 when one defines id; LKJ0417, for a unit id (a_unit),
 * when some rejected input could not be read at all. 1 when said: the
 * caller then says nothing more. */
static int say_rejected(linker *l, const diag_loc *loc, const char *what, const char *id, int a_unit)
{
    const char *file = rejected_file(l, id);
    if (file) {
        DIAG(l->d, D_LINK_REJECTED, loc, what, id, file);
        return 1;
    }
    const link_scope *sc = l->scope;
    if (!a_unit || !sc->unreadable_count)
        return 0;
    char files[600];
    size_t o = 0;
    for (size_t i = 0; i < sc->unreadable_count && o + 4 < sizeof files; i++) {
        int n = snprintf(files + o, sizeof files - o, "%s%s", i ? ", " : "", sc->unreadable[i]);
        o = n < 0 ? o : o + (size_t)n < sizeof files ? o + (size_t)n : sizeof files - 1;
    }
    DIAG(l->d, D_LINK_MAYBE_REJECTED, loc, what, id, files);
    return 1;
}

/* The words for what refers, in the list's language (both formats
 * literals, so that the compiler checks them). */
#define REFERENCE_WORDS(l, out, id_words, en_words, ...) \
    snprintf((out), sizeof(out), lkj_diags_lang((l)->d) == LKJ_LANG_EN ? en_words : id_words, __VA_ARGS__)

/* Stages, in the order link_part runs them: with the unit's index in the
 * whole workspace they key each finding (diag_set_key), so that parts
 * linked one by one list their findings as the whole would. */
enum {
    STAGE_DEFINE,
    STAGE_YEARS,
    STAGE_ENTITY,
    STAGE_PARENTS,
    STAGE_LOOPS,
    STAGE_FOLDERS,
    STAGE_CASCADE,
    STAGE_UNSUPPORTED,
    STAGE_ORPHANS,
    STAGE_FORMULAS,
    STAGE_END
};

static void at(linker *l, int stage, size_t unit)
{
    diag_set_key(l->d, DIAG_KEY(stage, l->ws->global[unit]));
}

static void define_symbol(linker *l, const char *id, sym_kind kind, const m_unit *u, const void *object, m_pos pos)
{
    if (!id)
        return;
    symbol s = {id, kind, u, object, pos};
    const symbol *earlier = define(l->ws->symbols, &s);
    /* Inside one file the schema already reported duplicates (LKJ0208). */
    if (earlier && earlier->unit != u) {
        char first[512];
        where(earlier->unit, &earlier->pos, first, sizeof first);
        diag_loc loc = loc_of(u->file, &pos);
        DIAG(l->d, D_LINK_DUPLICATE, &loc, id, first);
        l->errors++;
    }
}

static void define_indicators(linker *l, const m_unit *u, const m_indicator *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        define_symbol(l, list[i].id, SYM_INDICATOR, u, &list[i], list[i].pos);
}

static void define_unit(linker *l, const m_unit *u)
{
    define_symbol(l, u->id, SYM_UNIT, u, u, u->pos);
    for (size_t t = 0; t < u->tujuan_count; t++) {
        const m_tujuan *tj = &u->tujuan[t];
        define_symbol(l, tj->id, SYM_TUJUAN, u, tj, tj->pos);
        define_indicators(l, u, tj->indicators, tj->indicator_count);
        for (size_t s = 0; s < tj->sasaran_count; s++) {
            const m_sasaran *ss = &tj->sasaran[s];
            define_symbol(l, ss->id, SYM_SASARAN, u, ss, ss->pos);
            define_indicators(l, u, ss->indicators, ss->indicator_count);
        }
    }
    for (size_t p = 0; p < u->program_count; p++) {
        const m_program *pg = &u->programs[p];
        define_indicators(l, u, pg->indicators, pg->indicator_count);
        for (size_t k = 0; k < pg->kegiatan_count; k++) {
            define_indicators(l, u, pg->kegiatan[k].indicators, pg->kegiatan[k].indicator_count);
            for (size_t s = 0; s < pg->kegiatan[k].sub_count; s++)
                define_indicators(l, u, pg->kegiatan[k].subs[s].indicators, pg->kegiatan[k].subs[s].indicator_count);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Units: parents, levels, loops, years                                */
/* ------------------------------------------------------------------ */

/* ------------------------------------------------------------------ */
/* Indexes: by address and by relation, so that no stage scans the     */
/* whole workspace per unit (22,000 units make that quadratic)         */
/* ------------------------------------------------------------------ */

typedef struct ptr_slot {
    const void *key;
    size_t value;
} ptr_slot;

typedef struct ptr_map {
    ptr_slot *slots;
    size_t mask;
} ptr_map;

static size_t hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x;
}

static int ptr_map_init(ptr_map *m, size_t count)
{
    size_t capacity = 16;
    while (capacity < 2 * count + 2)
        capacity *= 2;
    m->slots = calloc(capacity, sizeof *m->slots);
    m->mask = capacity - 1;
    return m->slots ? 0 : -1;
}

static void ptr_map_put(ptr_map *m, const void *key, size_t value)
{
    size_t i = hash_ptr(key) & m->mask;
    while (m->slots[i].key && m->slots[i].key != key)
        i = (i + 1) & m->mask;
    if (!m->slots[i].key) /* the first one stays, as in a scan */
        m->slots[i] = (ptr_slot){key, value};
}

/* The value, or missing when key is not in m (or m was never made). */
static size_t ptr_map_get(const ptr_map *m, const void *key, size_t missing)
{
    if (!m->slots || !key)
        return missing;
    for (size_t i = hash_ptr(key) & m->mask; m->slots[i].key; i = (i + 1) & m->mask)
        if (m->slots[i].key == key)
            return m->slots[i].value;
    return missing;
}

/* Lists per unit in one array: items[start[i] .. start[i + 1]). */
typedef struct csr {
    size_t *start;
    size_t *items;
} csr;

struct link_index {
    ptr_map units;   /* m_unit * -> index in ws->units */
    ptr_map uppers;  /* m_sasaran * -> index in ws->uppers */
    csr children;    /* units whose parent is i, in input order */
    csr owned;       /* uppers of unit i, in upper order */
    csr supported;   /* uppers unit i supports (once each), in upper order */
};

/* The index is made before anything is linked (link_part): these are
 * never called without it. */
static size_t unit_index(const link_workspace *ws, const m_unit *u)
{
    return ptr_map_get(&ws->index->units, u, ws->unit_count);
}

/* A parent must be one level up: OPD -> kabupaten/kota (or a provinsi's
 * own OPD -> provinsi), kabupaten/kota -> provinsi. */
static int parent_level_fits(m_level child, m_level parent)
{
    if (child == M_LEVEL_OPD)
        return parent != M_LEVEL_OPD;
    if (is_pemda(child))
        return parent == M_LEVEL_PROVINSI;
    return 0;
}

static void resolve_parents(linker *l)
{
    link_workspace *ws = l->ws;
    for (size_t i = 0; i < ws->unit_count; i++) {
        const m_unit *u = ws->units[i];
        if (!u->parent)
            continue;
        at(l, STAGE_PARENTS, i);
        const symbol *s = lookup(ws->symbols, u->parent);
        diag_loc loc = loc_of(u->file, &u->pos);
        if (!s) {
            char what[200];
            REFERENCE_WORDS(l, what, "induk unit '%.100s'", "the parent of unit '%.100s'", u->id);
            if (!say_rejected(l, &loc, what, u->parent, 1))
                DIAG(l->d, D_LINK_PARENT_MISSING, &loc, u->id, u->parent);
            continue;
        }
        if (s->kind != SYM_UNIT || !parent_level_fits(u->level, s->unit->level)) {
            char label[128], why[160];
            snprintf(label, sizeof label, "unit '%.100s'", u->id);
            snprintf(why, sizeof why,
                     lkj_diags_lang(l->d) == LKJ_LANG_EN ? "which is not a unit one level above %s"
                                                          : "yang bukan unit satu tingkat di atas %s",
                     level_name(u->level));
            DIAG(l->d, D_LINK_WRONG_LEVEL, &loc, label, u->parent, why);
            l->errors++;
            continue;
        }
        ws->parents[i] = s->unit;
    }
}

/* Follows induk from every unit; a unit met twice on one walk closes a
 * loop, which is printed whole, each step with its file and line. */
static void find_parent_loops(linker *l)
{
    link_workspace *ws = l->ws;
    unsigned char *state = calloc(ws->unit_count + 1, 1); /* 0 new, 1 on walk, 2 done */
    if (!state) {
        l->oom = 1;
        return;
    }
    for (size_t start = 0; start < ws->unit_count; start++) {
        at(l, STAGE_LOOPS, start);
        size_t i = start;
        while (i < ws->unit_count && state[i] == 0) {
            state[i] = 1;
            i = ws->parents[i] ? unit_index(ws, ws->parents[i]) : ws->unit_count;
        }
        if (i < ws->unit_count && state[i] == 1) {
            char steps[1024];
            size_t o = 0;
            size_t j = i;
            do {
                char at[300];
                where(ws->units[j], &ws->units[j]->pos, at, sizeof at);
                int w = snprintf(steps + o, sizeof steps - o, "%s (%s) → ", ws->units[j]->id, at);
                if (w > 0 && (size_t)w < sizeof steps - o)
                    o += (size_t)w;
                j = unit_index(ws, ws->parents[j]);
            } while (j != i);
            snprintf(steps + o, sizeof steps - o, "%s", ws->units[i]->id);
            diag_loc loc = loc_of(ws->units[i]->file, &ws->units[i]->pos);
            DIAG(l->d, D_LINK_PARENT_CYCLE, &loc, steps);
            l->errors++;
            /* Break the loop so that later stages can walk parents. */
            ws->parents[i] = NULL;
        }
        for (size_t k = start; k < ws->unit_count && state[k] == 1;) {
            state[k] = 2;
            k = ws->parents[k] ? unit_index(ws, ws->parents[k]) : ws->unit_count;
        }
    }
    free(state);
}

/* ------------------------------------------------------------------ */
/* Output folders: never two units in one                              */
/* ------------------------------------------------------------------ */

static void report_shared_folder(linker *l, size_t later, size_t first, const char *folder)
{
    link_workspace *ws = l->ws;
    const m_unit *u = ws->units[later], *earlier = ws->units[first];
    ws->folder_taken[later] = 1;
    /* The same id twice is LKJ0402 already: one finding is enough. */
    if (strcmp(u->id, earlier->id) == 0)
        return;
    at(l, STAGE_FOLDERS, later);
    char first_at[512];
    where(earlier, &earlier->pos, first_at, sizeof first_at);
    diag_loc loc = loc_of(u->file, &u->pos);
    DIAG(l->d, D_LINK_OUTPUT_COLLISION, &loc, u->id, folder, earlier->id, first_at);
    l->errors++;
}

/* Marks, in input order, every unit whose folder an earlier unit has:
 * folders[i] is unit i's, slots an empty table of capacity (a power of
 * two above the count) of unit indices + 1. */
static void mark_shared_folders(linker *l, char (*folders)[OUTPUT_FOLDER_MAX], size_t *slots, size_t capacity)
{
    link_workspace *ws = l->ws;
    for (size_t i = 0; i < ws->unit_count; i++) {
        const m_unit *u = ws->units[i];
        output_unit_folder(u->id, u->level == M_LEVEL_OPD, ws->parents[i] ? ws->parents[i]->id : NULL, folders[i]);
        size_t k = (size_t)hash_id(folders[i]) & (capacity - 1);
        while (slots[k] && strcmp(folders[slots[k] - 1], folders[i]) != 0)
            k = (k + 1) & (capacity - 1);
        if (slots[k])
            report_shared_folder(l, i, slots[k] - 1, folders[i]);
        else
            slots[k] = i + 1;
    }
}

/* A unit's folder is made from its id (output_unit_folder), and not one to
 * one: 'dinas-x', 'DINAS-X' and 'dinas.x' share a folder (case is folded
 * for file systems that fold it), so the later would overwrite the
 * earlier's reports. The first unit in input order keeps the folder; each
 * later one is reported at its id and not rendered, nor are the OPDs of a
 * pemda that lost its folder (theirs lie inside another unit's). Parts
 * keep units with the same folder name together (partition.c), so a part
 * sees every unit its units could collide with. Runs once parents are
 * final. */
static void find_shared_folders(linker *l)
{
    link_workspace *ws = l->ws;
    size_t n = ws->unit_count, capacity = 16;
    while (capacity < 2 * n + 2)
        capacity *= 2;
    char(*folders)[OUTPUT_FOLDER_MAX] = malloc((n + 1) * sizeof *folders);
    size_t *slots = calloc(capacity, sizeof *slots);
    if (folders && slots)
        mark_shared_folders(l, folders, slots, capacity);
    else
        l->oom = 1;
    free(folders);
    free(slots);
    for (size_t i = 0; i < n; i++) {
        size_t p = ws->parents[i] ? unit_index(ws, ws->parents[i]) : n;
        if (ws->units[i]->level == M_LEVEL_OPD && p < n && ws->folder_taken[p])
            ws->folder_taken[i] = 1;
    }
}

/* ------------------------------------------------------------------ */
/* Unit codes: one OPD per code in a pemda                              */
/* ------------------------------------------------------------------ */

/* The unit code (kode, Kepmendagri 050) names an OPD within its pemda:
 * two OPDs of one pemda with one code are two copies of one office, or a
 * typo that would file one office's budget under the other's. The later
 * one in input order is reported, naming the first. Codes repeat across
 * pemda (every kabupaten has its 2.11 DLH), so the key is parent + code;
 * a part holds a pemda with all its OPDs (partition.c). */
static uint64_t code_key(const link_workspace *ws, size_t i)
{
    const m_unit *parent = ws->parents[i];
    uint64_t h = hash_id(ws->units[i]->code);
    return h ^ (parent ? hash_ptr(parent) * 31u : 0);
}

static int same_code(const link_workspace *ws, size_t a, size_t b)
{
    return ws->parents[a] == ws->parents[b] && strcmp(ws->units[a]->code, ws->units[b]->code) == 0;
}

static void report_shared_code(linker *l, size_t later, size_t first)
{
    const m_unit *u = l->ws->units[later], *earlier = l->ws->units[first];
    at(l, STAGE_FOLDERS, later);
    char first_at[512];
    where(earlier, &earlier->pos, first_at, sizeof first_at);
    diag_loc loc = loc_of(u->file, &u->pos);
    DIAG(l->d, D_LINK_UNIT_CODE, &loc, u->id, u->code, earlier->id, first_at);
    l->errors++;
}

static void find_shared_codes(linker *l)
{
    link_workspace *ws = l->ws;
    size_t n = ws->unit_count, capacity = 16;
    while (capacity < 2 * n + 2)
        capacity *= 2;
    size_t *slots = calloc(capacity, sizeof *slots);
    if (!slots) {
        l->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (ws->units[i]->level != M_LEVEL_OPD || !ws->units[i]->code)
            continue;
        size_t k = (size_t)code_key(ws, i) & (capacity - 1);
        while (slots[k] && !same_code(ws, slots[k] - 1, i))
            k = (k + 1) & (capacity - 1);
        /* The same id twice is LKJ0402 already: one finding is enough. */
        if (slots[k] && strcmp(ws->units[slots[k] - 1]->id, ws->units[i]->id) != 0)
            report_shared_code(l, i, slots[k] - 1);
        else if (!slots[k])
            slots[k] = i + 1;
    }
    free(slots);
}

static void check_years(linker *l)
{
    link_workspace *ws = l->ws;
    if (ws->unit_count == 0)
        return;
    for (size_t i = 0; i < ws->unit_count; i++) {
        const m_unit *u = ws->units[i];
        if (u->year == ws->year)
            continue;
        at(l, STAGE_YEARS, i);
        char a[24], b[24];
        snprintf(a, sizeof a, "%d", u->year);
        snprintf(b, sizeof b, "%d", ws->year);
        diag_loc loc = {u->file, 0, 0};
        DIAG(l->d, D_LINK_YEAR, &loc, a, b);
        l->errors++;
    }
}

static void resolve_entity(linker *l)
{
    link_workspace *ws = l->ws;
    if (!ws->profile || !ws->profile->entity || !l->owns_entity)
        return;
    diag_set_key(l->d, DIAG_KEY(STAGE_ENTITY, 0));
    const symbol *s = lookup(ws->symbols, ws->profile->entity);
    if (s && s->kind == SYM_UNIT && (is_pemda(s->unit->level) || s->unit->level == M_LEVEL_PROVINSI)) {
        ws->pemda = s->unit;
        return;
    }
    diag_loc loc = loc_of(ws->profile->file, &ws->profile->pos);
    char what[160];
    snprintf(what, sizeof what, "%s", lkj_diags_lang(l->d) == LKJ_LANG_EN ? "the profile's entity" : "entitas profil");
    if (!s && say_rejected(l, &loc, what, ws->profile->entity, 1))
        return;
    DIAG(l->d, D_LINK_ENTITY_MISSING, &loc, ws->profile->entity);
    l->errors++;
}

/* ------------------------------------------------------------------ */
/* The cascade                                                         */
/* ------------------------------------------------------------------ */

static link_upper *upper_of(link_workspace *ws, const m_sasaran *s)
{
    size_t i = ptr_map_get(&ws->index->uppers, s, ws->upper_count);
    return i < ws->upper_count ? &ws->uppers[i] : NULL;
}

static void add_support(linker *l, link_upper *up, const m_unit *u, const m_sasaran *s)
{
    int new_unit = 1;
    for (size_t i = 0; i < up->supporter_count; i++)
        new_unit &= up->supporters[i].unit != u;
    link_support *grown = realloc(up->supporters, (up->supporter_count + 1) * sizeof *grown);
    if (!grown) {
        l->oom = 1;
        return;
    }
    up->supporters = grown;
    up->supporters[up->supporter_count++] = (link_support){u, s};
    up->unit_count += new_unit;
}

static void resolve_support(linker *l, size_t ui, const m_sasaran *s, const char *id)
{
    link_workspace *ws = l->ws;
    const m_unit *u = ws->units[ui];
    const m_unit *parent = ws->parents[ui];
    const symbol *target = lookup(ws->symbols, id);
    diag_loc loc = loc_of(u->file, s->supports_pos.line ? &s->supports_pos : &s->pos);
    char label[128];
    snprintf(label, sizeof label, "sasaran '%.100s'", s->id);
    int en = lkj_diags_lang(l->d) == LKJ_LANG_EN;
    if (!target) {
        /* Into a parent that is not among the inputs: nothing to check. */
        if (u->parent && !parent)
            return;
        char what[200];
        REFERENCE_WORDS(l, what, "dukungan sasaran '%.100s'", "the support of sasaran '%.100s'", s->id);
        if (say_rejected(l, &loc, what, id, 0))
            return;
        DIAG(l->d, D_LINK_DANGLING, &loc, s->id, id,
             parent ? parent->id : en ? "any unit of the workspace" : "unit mana pun di ruang kerja");
        l->errors++;
        return;
    }
    char why[200];
    if (target->kind != SYM_SASARAN) {
        static const char *const kinds[][2] = {{"sebuah unit", "a unit"}, {"sebuah tujuan", "a tujuan"}, {"", ""},
                                               {"sebuah indikator", "an indikator"}};
        snprintf(why, sizeof why, en ? "which is %s, not a sasaran" : "yang merupakan %s, bukan sasaran",
                 kinds[target->kind][en]);
        DIAG(l->d, D_LINK_WRONG_LEVEL, &loc, label, id, why);
        l->errors++;
        return;
    }
    int fits = parent ? target->unit == parent : parent_level_fits(u->level, target->unit->level);
    if (!fits) {
        snprintf(why, sizeof why,
                 en ? "a sasaran of %s (%s), not of the parent unit %s" : "sasaran milik %s (%s), bukan unit induk %s",
                 target->unit->id, level_name(target->unit->level), parent ? parent->id : u->parent ? u->parent : "-");
        DIAG(l->d, D_LINK_WRONG_LEVEL, &loc, label, id, why);
        l->errors++;
        return;
    }
    link_upper *up = upper_of(ws, target->object);
    if (up)
        add_support(l, up, u, s);
}

/* Every sasaran of every pemda is an "upper" sasaran, so that one nobody
 * supports is seen; provinsi sasaran are uppers when something supports
 * them. */
static int collect_uppers(linker *l)
{
    link_workspace *ws = l->ws;
    size_t n = 0;
    for (size_t i = 0; i < ws->unit_count; i++)
        if (ws->units[i]->level != M_LEVEL_OPD)
            for (size_t t = 0; t < ws->units[i]->tujuan_count; t++)
                n += ws->units[i]->tujuan[t].sasaran_count;
    ws->uppers = calloc(n + 1, sizeof *ws->uppers);
    if (!ws->uppers)
        return -1;
    for (size_t i = 0; i < ws->unit_count; i++) {
        const m_unit *u = ws->units[i];
        if (u->level == M_LEVEL_OPD)
            continue;
        for (size_t t = 0; t < u->tujuan_count; t++)
            for (size_t s = 0; s < u->tujuan[t].sasaran_count; s++)
                ws->uppers[ws->upper_count++] = (link_upper){u, &u->tujuan[t].sasaran[s], NULL, 0, 0};
    }
    return 0;
}

static void resolve_cascade(linker *l)
{
    link_workspace *ws = l->ws;
    for (size_t i = 0; i < ws->unit_count; i++) {
        const m_unit *u = ws->units[i];
        at(l, STAGE_CASCADE, i);
        for (size_t t = 0; t < u->tujuan_count; t++)
            for (size_t s = 0; s < u->tujuan[t].sasaran_count; s++) {
                const m_sasaran *ss = &u->tujuan[t].sasaran[s];
                for (size_t k = 0; k < ss->support_count; k++)
                    resolve_support(l, i, ss, ss->supports[k]);
            }
    }
}

/* A pemda sasaran that no OPD supports, when the pemda's OPDs are here. */
static void find_unsupported(linker *l)
{
    link_workspace *ws = l->ws;
    for (size_t i = 0; i < ws->upper_count; i++) {
        const link_upper *up = &ws->uppers[i];
        if (!is_pemda(up->unit->level) || up->supporter_count > 0)
            continue;
        int has_opd = 0;
        for (size_t k = 0; k < ws->unit_count && !has_opd; k++)
            has_opd = ws->parents[k] == up->unit && ws->units[k]->level == M_LEVEL_OPD;
        /* Supported by a rejected input: its errors are the cause. */
        if (!has_opd || supported_by_rejected(l, up->sasaran->id))
            continue;
        at(l, STAGE_UNSUPPORTED, unit_index(ws, up->unit));
        diag_loc loc = loc_of(up->unit->file, &up->sasaran->pos);
        DIAG(l->d, D_LINK_UNSUPPORTED, &loc, up->sasaran->id);
    }
}

static int is_supporting_program(const char *code)
{
    size_t n = code ? strlen(code) : 0;
    return n >= 3 && strcmp(code + n - 3, ".01") == 0;
}

static void find_orphan_programs(linker *l)
{
    link_workspace *ws = l->ws;
    for (size_t i = 0; i < ws->unit_count; i++) {
        const m_unit *u = ws->units[i];
        at(l, STAGE_ORPHANS, i);
        for (size_t p = 0; p < u->program_count; p++) {
            const m_program *pg = &u->programs[p];
            if (pg->supports || is_supporting_program(pg->code))
                continue;
            diag_loc loc = loc_of(u->file, &pg->pos);
            DIAG(l->d, D_LINK_ORPHAN_PROGRAM, &loc, pg->code);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Composite formulas                                                  */
/* ------------------------------------------------------------------ */

/* A formula error in the planners' words (the parser's are English). */
static void formula_problem(const lkj_diags *d, const formula_error *e, char *out, size_t size)
{
    int en = lkj_diags_lang(d) == LKJ_LANG_EN;
    switch (e->status) {
    case FORMULA_ERR_EMPTY:
        snprintf(out, size, "%s", en ? "the formula is empty" : "rumus kosong");
        break;
    case FORMULA_ERR_UNEXPECTED_CHAR:
        snprintf(out, size, en ? "the character '%s' has no meaning here" : "karakter '%s' tidak bermakna di sini",
                 e->detail);
        break;
    case FORMULA_ERR_DECIMAL_COMMA:
        snprintf(out, size, en ? "'%s': write numbers with a decimal point (%s)" : "'%s': tulis angka dengan titik desimal (%s)",
                 e->detail, e->expected[0] ? e->expected : "2.5");
        break;
    case FORMULA_ERR_UNEXPECTED_TOKEN:
        if (e->detail[0])
            snprintf(out, size, en ? "'%s' was not expected here" : "'%s' tidak diharapkan di sini", e->detail);
        else
            snprintf(out, size, "%s", en ? "the formula ends too early" : "rumus berakhir terlalu cepat");
        break;
    case FORMULA_ERR_MISSING_RPAREN:
        snprintf(out, size, "%s", en ? "this '(' is never closed" : "'(' ini tidak pernah ditutup");
        break;
    case FORMULA_ERR_UNKNOWN_FUNCTION:
        snprintf(out, size, en ? "'%s' is not a function of the language" : "'%s' bukan fungsi bahasa rumus", e->detail);
        break;
    case FORMULA_ERR_ARITY:
        snprintf(out, size, en ? "'%s' has the wrong number of arguments" : "jumlah argumen '%s' salah", e->detail);
        break;
    case FORMULA_ERR_TOO_LONG:
    case FORMULA_ERR_TOO_DEEP:
    case FORMULA_ERR_TOO_MANY_REFS:
        snprintf(out, size, "%s", en ? "the formula is too long or too deeply nested" : "rumus terlalu panjang atau bersarang terlalu dalam");
        break;
    default:
        snprintf(out, size, "%s", en ? "the formula cannot be read" : "rumus tidak dapat dibaca");
        break;
    }
}

static const m_indicator *composite(const struct link_symbols *t, const char *id, const m_unit **unit)
{
    const symbol *s = lookup(t, id);
    if (!s || s->kind != SYM_INDICATOR)
        return NULL;
    const m_indicator *ind = s->object;
    *unit = s->unit;
    return ind->formula ? ind : NULL;
}

typedef struct formula_walk {
    linker *l;
    const m_indicator **path; /* the composites on the current walk */
    const m_unit **units;     /* and their units */
    size_t depth;
    const m_indicator **done;
    size_t done_count, done_capacity;
} formula_walk;

static int is_done(const formula_walk *w, const m_indicator *ind)
{
    for (size_t i = 0; i < w->done_count; i++)
        if (w->done[i] == ind)
            return 1;
    return 0;
}

static void report_formula_loop(formula_walk *w, size_t from)
{
    char steps[1024];
    size_t o = 0;
    for (size_t i = from; i < w->depth; i++) {
        char at[300];
        where(w->units[i], &w->path[i]->pos, at, sizeof at);
        int n = snprintf(steps + o, sizeof steps - o, "%s (%s) → ", w->path[i]->id, at);
        if (n > 0 && (size_t)n < sizeof steps - o)
            o += (size_t)n;
    }
    snprintf(steps + o, sizeof steps - o, "%s", w->path[from]->id);
    diag_loc loc = loc_of(w->units[from]->file, &w->path[from]->formula_pos);
    DIAG(w->l->d, D_LINK_FORMULA_CYCLE, &loc, steps);
    w->l->errors++;
}

/* Depth-first over the composites a formula uses; a composite met again
 * on the current walk closes a loop. */
static void walk_formula(formula_walk *w, const m_unit *u, const m_indicator *ind)
{
    for (size_t i = 0; i < w->depth; i++)
        if (w->path[i] == ind) {
            report_formula_loop(w, i);
            return;
        }
    if (is_done(w, ind) || w->depth >= 256)
        return;
    formula_error err;
    formula *f = formula_parse(ind->formula, &err);
    if (!f)
        return;
    w->units[w->depth] = u;
    w->path[w->depth++] = ind;
    for (size_t r = 0; r < formula_ref_count(f); r++) {
        const m_unit *next_unit;
        const m_indicator *next = composite(w->l->ws->symbols, formula_ref(f, r), &next_unit);
        if (next)
            walk_formula(w, next_unit, next);
    }
    w->depth--;
    formula_free(f);
    if (w->done_count == w->done_capacity) {
        size_t cap = w->done_capacity ? w->done_capacity * 2 : 32;
        const m_indicator **grown = realloc(w->done, cap * sizeof *grown);
        if (!grown) {
            w->l->oom = 1;
            return;
        }
        w->done = grown;
        w->done_capacity = cap;
    }
    w->done[w->done_count++] = ind;
}

/* ------------------------------------------------------------------ */
/* LKJ0409's hint: one that fits the unknown id                        */
/* ------------------------------------------------------------------ */

/* At most this many '-' are tried as minus signs: a hostile id must not
 * make the hint quadratic in its length. */
#define SPLIT_MAX_DASHES 8

static int is_number_piece(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, digits++;
    if (digits == 0)
        return 0;
    if (i < n && s[i] == '.') {
        size_t frac = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == frac)
            return 0;
    }
    return i == n;
}

/* Whether s[0..n) is a number or the id of an indikator link knows. */
static int is_operand(const linker *l, const char *s, size_t n)
{
    if (n == 0 || n > 64)
        return 0;
    if (is_number_piece(s, n))
        return 1;
    char id[65];
    memcpy(id, s, n);
    id[n] = '\0';
    const symbol *sym = lookup(l->ws->symbols, id);
    return sym && sym->kind == SYM_INDICATOR;
}

/* Whether id[from..len) reads as operands joined by minus signs at some of
 * the '-' dash[k..dashes); chosen[j] marks the ones taken (longest first
 * operand first), dead[j] remembers that what follows dash j does not read. */
static int reads_as_subtraction(const linker *l, const char *id, size_t len, size_t from, const size_t *dash,
                                size_t k, size_t dashes, unsigned char *chosen, unsigned char *dead)
{
    if (from > 0 && is_operand(l, id + from, len - from))
        return 1;
    for (size_t j = dashes; j-- > k;) {
        if (dead[j] || dash[j] <= from || !is_operand(l, id + from, dash[j] - from))
            continue;
        if (reads_as_subtraction(l, id, len, dash[j] + 1, dash, j + 1, dashes, chosen, dead)) {
            chosen[j] = 1;
            return 1;
        }
        dead[j] = 1;
    }
    return 0;
}

/* The arithmetic reading of an unknown id, when it splits at its '-' into
 * numbers and indikator ids link knows: "KAB-UHH-20" -> "KAB-UHH - 20".
 * 0 when it does not. */
static int subtraction_reading(const linker *l, const char *id, char *out, size_t size)
{
    size_t len = strlen(id), dash[SPLIT_MAX_DASHES], dashes = 0;
    for (size_t i = 0; i < len; i++)
        if (id[i] == '-') {
            if (dashes == SPLIT_MAX_DASHES)
                return 0;
            dash[dashes++] = i;
        }
    unsigned char chosen[SPLIT_MAX_DASHES] = {0}, dead[SPLIT_MAX_DASHES] = {0};
    if (dashes == 0 || !reads_as_subtraction(l, id, len, 0, dash, 0, dashes, chosen, dead))
        return 0;
    size_t o = 0, d = 0;
    for (size_t i = 0; i < len && o + 4 < size; i++) {
        while (d < dashes && dash[d] < i)
            d++;
        if (d < dashes && dash[d] == i && chosen[d]) {
            memcpy(out + o, " - ", 3);
            o += 3;
        } else {
            out[o++] = id[i];
        }
    }
    out[o] = '\0';
    return 1;
}

/* A hint for a formula's unknown id that fits it: what the id is when it
 * names no indikator but something else; spaces around a minus when it
 * reads as a subtraction; otherwise its spelling. */
static void unknown_id_hint(const linker *l, const char *id, char *out, size_t size)
{
    int en = lkj_diags_lang(l->d) == LKJ_LANG_EN;
    char reading[200];
    const symbol *sym = lookup(l->ws->symbols, id);
    if (sym && sym->kind != SYM_INDICATOR) {
        static const char *const kinds[][2] = {{"sebuah unit", "a unit"}, {"sebuah tujuan", "a tujuan"},
                                               {"sebuah sasaran", "a sasaran"}, {"", ""}};
        snprintf(out, size, en ? "'%s' is %s, not an indikator: a formula computes with indikator ids"
                               : "'%s' adalah %s, bukan indikator: rumus menghitung dengan id indikator",
                 id, kinds[sym->kind][en]);
    } else if (subtraction_reading(l, id, reading, sizeof reading)) {
        snprintf(out, size, en ? "an id in a formula runs as far as it can: to subtract, put spaces around the minus: %s"
                               : "id dalam rumus dibaca selengkap mungkin: untuk mengurangkan, tulis spasi di sekitar "
                                 "tanda minus: %s",
                 reading);
    } else {
        snprintf(out, size, en ? "check the spelling of '%s': a formula names the id of an indikator of any file of "
                                 "the workspace"
                               : "periksa ejaan '%s': rumus menyebut id indikator dari berkas mana pun di ruang kerja",
                 id);
    }
}

static void check_formula(linker *l, const m_unit *u, const m_indicator *ind)
{
    formula_error err;
    formula *f = formula_parse(ind->formula, &err);
    diag_loc loc = loc_of(u->file, &ind->formula_pos);
    if (!f) {
        if (err.status == FORMULA_ERR_NO_MEMORY) {
            l->oom = 1;
            return;
        }
        char at[24], what[200];
        snprintf(at, sizeof at, "%zu", err.offset + 1);
        formula_problem(l->d, &err, what, sizeof what);
        DIAG(l->d, D_LINK_FORMULA_SYNTAX, &loc, ind->id, at, what);
        l->errors++;
        return;
    }
    for (size_t r = 0; r < formula_ref_count(f); r++) {
        const symbol *s = lookup(l->ws->symbols, formula_ref(f, r));
        if (!s) {
            char what[200];
            REFERENCE_WORDS(l, what, "rumus indikator '%.100s'", "the formula of indikator '%.100s'", ind->id);
            if (say_rejected(l, &loc, what, formula_ref(f, r), 0))
                continue;
        }
        if (!s || s->kind != SYM_INDICATOR) {
            char hint[400];
            unknown_id_hint(l, formula_ref(f, r), hint, sizeof hint);
            DIAG(l->d, D_LINK_FORMULA_UNKNOWN, &loc, ind->id, formula_ref(f, r), hint);
            l->errors++;
        }
    }
    formula_free(f);
}

typedef struct formula_visit {
    linker *l;
    formula_walk *walk;
    const m_unit *unit; /* whose indicators are visited */
} formula_visit;

static void visit_formula(const m_indicator *ind, void *ctx)
{
    formula_visit *v = ctx;
    if (!ind->formula)
        return;
    check_formula(v->l, v->unit, ind);
    walk_formula(v->walk, v->unit, ind);
}

static void check_formulas(linker *l)
{
    const m_indicator *path[256];
    const m_unit *units[256];
    formula_walk w = {l, path, units, 0, NULL, 0, 0};
    formula_visit v = {l, &w, NULL};
    for (size_t i = 0; i < l->ws->unit_count; i++) {
        at(l, STAGE_FORMULAS, i);
        v.unit = l->ws->units[i];
        model_each_indicator(l->ws->units[i], visit_formula, &v);
    }
    free(w.done);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

static int index_addresses(link_workspace *ws);
static int index_relations(link_workspace *ws);

/* The findings at a position of a unit imported from a workbook named at
 * its cell (model_cell_at): lines of the submission the import made mean
 * nothing to whoever fills the workbook. */
static void place_in_workbooks(const link_workspace *ws, lkj_diags *d, size_t first)
{
    size_t workbooks = 0;
    for (size_t i = 0; i < ws->unit_count; i++)
        workbooks += ws->units[i]->cells != NULL;
    for (size_t k = first; workbooks && k < lkj_diags_count(d); k++) {
        const lkj_diag *g = lkj_diags_at(d, k);
        for (size_t i = 0; !g->cell && g->line && i < ws->unit_count; i++) {
            const m_unit *u = ws->units[i];
            if (!u->cells || strcmp(u->file, g->file) != 0)
                continue;
            m_pos p = {g->line > UINT32_MAX ? UINT32_MAX : (uint32_t)g->line,
                       g->column > UINT32_MAX ? UINT32_MAX : (uint32_t)g->column};
            const char *cell = model_cell_at(u, p);
            if (cell)
                diag_set_cell(d, k, cell);
            break;
        }
    }
}

int link_part(link_workspace *ws, const m_profile *profile, m_unit **units, size_t unit_count,
              const link_scope *scope, lkj_diags *d)
{
    memset(ws, 0, sizeof *ws);
    ws->profile = profile;
    ws->units = units;
    ws->unit_count = unit_count;
    ws->global = scope->global;
    ws->year = scope->year;
    ws->rejected = scope->rejected;
    ws->rejected_count = scope->rejected_count;
    linker l = {ws, d, 0, 0, scope->owns_entity, scope};
    size_t first = lkj_diags_count(d);
    diag_set_key(d, DIAG_KEY(STAGE_END, 0));
    size_t symbols = 1;
    for (size_t i = 0; i < unit_count; i++)
        symbols += count_unit_symbols(units[i]);
    size_t capacity = 16;
    while (capacity < 2 * symbols)
        capacity *= 2;
    ws->symbols = calloc(1, sizeof *ws->symbols);
    ws->parents = calloc(unit_count + 1, sizeof *ws->parents);
    ws->folder_taken = calloc(unit_count + 1, 1);
    ws->missing = calloc(scope->missing_count + 1, sizeof *ws->missing);
    if (ws->symbols)
        ws->symbols->slots = calloc(capacity, sizeof(symbol));
    if (!ws->symbols || !ws->symbols->slots || !ws->parents || !ws->folder_taken || !ws->missing ||
        collect_uppers(&l) != 0) {
        diag_loc loc = {"-", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    ws->symbols->capacity = capacity;
    memcpy(ws->missing, scope->missing, scope->missing_count * sizeof *ws->missing);
    ws->missing_count = scope->missing_count;
    if (index_addresses(ws) != 0) {
        diag_loc loc = {"-", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    for (size_t i = 0; i < unit_count; i++) {
        at(&l, STAGE_DEFINE, i);
        define_unit(&l, units[i]);
    }
    check_years(&l);
    resolve_entity(&l);
    resolve_parents(&l);
    find_parent_loops(&l);
    find_shared_folders(&l);
    find_shared_codes(&l);
    resolve_cascade(&l);
    find_unsupported(&l);
    find_orphan_programs(&l);
    check_formulas(&l);
    if (!l.oom && index_relations(ws) != 0)
        l.oom = 1;
    place_in_workbooks(ws, d, first);
    diag_set_key(d, DIAG_KEY(STAGE_END, 0));
    if (l.oom) {
        diag_loc loc = {"-", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    return l.errors ? LKJ_EXIT_PROBLEMS : LKJ_EXIT_OK;
}

/* A list per unit from (unit, item) pairs given in order: one counting
 * pass, prefix sums, one filling pass, so each list keeps the pairs' order. */
static int csr_from_pairs(csr *c, size_t n, const size_t *owners, const size_t *items, size_t count)
{
    c->start = calloc(n + 2, sizeof *c->start);
    c->items = malloc((count + 1) * sizeof *c->items);
    size_t *fill = calloc(n + 1, sizeof *fill);
    if (!c->start || !c->items || !fill) {
        free(fill);
        return -1;
    }
    for (size_t k = 0; k < count; k++)
        c->start[owners[k] + 1]++;
    for (size_t i = 0; i < n; i++)
        c->start[i + 1] += c->start[i];
    for (size_t k = 0; k < count; k++)
        c->items[c->start[owners[k]] + fill[owners[k]]++] = items[k];
    free(fill);
    return 0;
}

static void csr_free(csr *c)
{
    free(c->start);
    free(c->items);
}

static int index_addresses(link_workspace *ws)
{
    ws->index = calloc(1, sizeof *ws->index);
    if (!ws->index || ptr_map_init(&ws->index->units, ws->unit_count) != 0 ||
        ptr_map_init(&ws->index->uppers, ws->upper_count) != 0)
        return -1;
    for (size_t i = 0; i < ws->unit_count; i++)
        ptr_map_put(&ws->index->units, ws->units[i], i);
    for (size_t i = 0; i < ws->upper_count; i++)
        ptr_map_put(&ws->index->uppers, ws->uppers[i].sasaran, i);
    return 0;
}

/* Children, owned and supported uppers per unit: after linking, when
 * parents are final (loops broken). Pairs are made in scan order. */
static int index_relations(link_workspace *ws)
{
    struct link_index *x = ws->index;
    size_t n = ws->unit_count, supports = 0;
    for (size_t k = 0; k < ws->upper_count; k++)
        supports += ws->uppers[k].supporter_count;
    size_t cap = n + ws->upper_count + supports + 1;
    size_t *owners = malloc(cap * sizeof *owners), *items = malloc(cap * sizeof *items);
    size_t *seen = malloc((n + 1) * sizeof *seen); /* the last upper paired with each unit */
    int rc = owners && items && seen ? 0 : -1;
    size_t count = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        size_t p = unit_index(ws, ws->parents[i]);
        if (p < n) {
            owners[count] = p;
            items[count++] = i;
        }
    }
    if (rc == 0)
        rc = csr_from_pairs(&x->children, n, owners, items, count);
    count = 0;
    for (size_t k = 0; rc == 0 && k < ws->upper_count; k++) {
        size_t o = unit_index(ws, ws->uppers[k].unit);
        if (o < n) {
            owners[count] = o;
            items[count++] = k;
        }
    }
    if (rc == 0)
        rc = csr_from_pairs(&x->owned, n, owners, items, count);
    count = 0;
    for (size_t i = 0; rc == 0 && i < n; i++)
        seen[i] = (size_t)-1;
    for (size_t k = 0; rc == 0 && k < ws->upper_count; k++)
        for (size_t s = 0; s < ws->uppers[k].supporter_count; s++) {
            size_t u = unit_index(ws, ws->uppers[k].supporters[s].unit);
            if (u < n && seen[u] != k) { /* each upper once per unit */
                seen[u] = k;
                owners[count] = u;
                items[count++] = k;
            }
        }
    if (rc == 0)
        rc = csr_from_pairs(&x->supported, n, owners, items, count);
    free(owners);
    free(items);
    free(seen);
    return rc;
}

static void index_free(struct link_index *x)
{
    if (!x)
        return;
    free(x->units.slots);
    free(x->uppers.slots);
    csr_free(&x->children);
    csr_free(&x->owned);
    csr_free(&x->supported);
    free(x);
}

size_t link_unit_index(const link_workspace *ws, const m_unit *u)
{
    return ws->index ? unit_index(ws, u) : ws->unit_count;
}

const link_upper *link_upper_of(const link_workspace *ws, const m_sasaran *s)
{
    return ws->index ? upper_of((link_workspace *)ws, s) : NULL;
}

/* A list of the index, or NULL with *count 0 when there is none (the
 * index was not made: out of memory while linking). */
static const size_t *csr_list(const link_workspace *ws, const csr *c, size_t i, size_t *count)
{
    *count = 0;
    if (!ws->index || !c->start || i >= ws->unit_count)
        return NULL;
    *count = c->start[i + 1] - c->start[i];
    return c->items + c->start[i];
}

const size_t *link_children(const link_workspace *ws, size_t i, size_t *count)
{
    return csr_list(ws, ws->index ? &ws->index->children : NULL, i, count);
}

const size_t *link_uppers_owned(const link_workspace *ws, size_t i, size_t *count)
{
    return csr_list(ws, ws->index ? &ws->index->owned : NULL, i, count);
}

const size_t *link_uppers_supported(const link_workspace *ws, size_t i, size_t *count)
{
    return csr_list(ws, ws->index ? &ws->index->supported : NULL, i, count);
}

int link_indexed(const link_workspace *ws) { return ws->index && ws->index->supported.start != NULL; }

const m_unit *link_find_sasaran(const link_workspace *ws, const char *id, const m_sasaran **found)
{
    const symbol *s = lookup(ws->symbols, id);
    if (!s || s->kind != SYM_SASARAN)
        return NULL;
    *found = s->object;
    return s->unit;
}

void link_free(link_workspace *ws)
{
    index_free(ws->index);
    for (size_t i = 0; i < ws->upper_count; i++)
        free(ws->uppers[i].supporters);
    free(ws->uppers);
    if (ws->symbols)
        free(ws->symbols->slots);
    free(ws->symbols);
    free(ws->parents);
    free(ws->folder_taken);
    free(ws->missing);
    memset(ws, 0, sizeof *ws);
}

const m_indicator *link_find_indicator(const link_workspace *ws, const char *id)
{
    const symbol *s = lookup(ws->symbols, id);
    return s && s->kind == SYM_INDICATOR ? s->object : NULL;
}

const m_unit *link_indicator_unit(const link_workspace *ws, const char *id)
{
    const symbol *s = lookup(ws->symbols, id);
    return s && s->kind == SYM_INDICATOR ? s->unit : NULL;
}

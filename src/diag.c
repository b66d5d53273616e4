/*
 * diag.c — the diagnostic list: templates filled, capped per file, kept in
 * input order. Rendering is render.c's job.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 9

struct lkj_diags {
    lkj_lang lang;
    lkj_diag *items;
    size_t count;
    size_t capacity;
    size_t file_count;      /* diagnostics seen for the current file */
    size_t file_suppressed; /* of those, not kept */
    size_t max_per_file;    /* 0: unlimited */
    size_t suppressed[4];   /* by severity, since the last clear */
    int oom;
    uint64_t *keys;         /* parallel to items: the key each was added under */
    uint64_t key;           /* the key of what is added next (diag_set_key) */
};

lkj_diags *lkj_diags_new(lkj_lang lang)
{
    lkj_diags *d = calloc(1, sizeof *d);
    if (d)
        d->lang = lang;
    return d;
}

static void free_items(lkj_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        free((char *)d->items[i].file);
        free((char *)d->items[i].message);
        free((char *)d->items[i].hint);
        free((char *)d->items[i].cell);
    }
    d->count = 0;
}

void diag_truncate(lkj_diags *d, size_t count)
{
    for (size_t i = count; i < d->count; i++) {
        free((char *)d->items[i].file);
        free((char *)d->items[i].message);
        free((char *)d->items[i].hint);
        free((char *)d->items[i].cell);
    }
    if (count < d->count)
        d->count = count;
}

void lkj_diags_free(lkj_diags *d)
{
    if (!d)
        return;
    free_items(d);
    free(d->items);
    free(d->keys);
    free(d);
}

void lkj_diags_clear(lkj_diags *d)
{
    free_items(d);
    memset(d->suppressed, 0, sizeof d->suppressed);
}

size_t lkj_diags_suppressed(const lkj_diags *d, lkj_severity severity)
{
    return d->suppressed[severity];
}

size_t lkj_diags_count(const lkj_diags *d) { return d->count; }

const lkj_diag *lkj_diags_at(const lkj_diags *d, size_t i)
{
    return i < d->count ? &d->items[i] : NULL;
}

size_t lkj_diags_count_severity(const lkj_diags *d, lkj_severity severity)
{
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        n += d->items[i].severity == severity;
    return n;
}

lkj_lang lkj_diags_lang(const lkj_diags *d) { return d->lang; }

int diag_out_of_memory(const lkj_diags *d) { return d->oom; }

const char *diag_text(const lkj_diags *d, const char *text_id, const char *text_en)
{
    return d->lang == LKJ_LANG_EN ? text_en : text_id;
}

/* Fills {1}..{9} in template with args; an unknown placeholder stays as it
 * is. Returns a new string or NULL when out of memory. */
static char *fill_template(const char *template, const char *const *args, size_t nargs)
{
    size_t len = 0;
    for (const char *p = template; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            size_t k = (size_t)(p[1] - '1');
            if (k < nargs) {
                len += strlen(args[k]);
                p += 2;
                continue;
            }
        }
        len++;
    }
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    char *o = out;
    for (const char *p = template; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            size_t k = (size_t)(p[1] - '1');
            if (k < nargs) {
                size_t n = strlen(args[k]);
                memcpy(o, args[k], n);
                o += n;
                p += 2;
                continue;
            }
        }
        *o++ = *p;
    }
    *o = '\0';
    /* One line, always: messages quoted from libraries may hold newlines. */
    for (char *c = out; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t')
            *c = ' ';
    return out;
}

static char *copy_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c)
        memcpy(c, s, n);
    return c;
}

static int grow(lkj_diags *d)
{
    if (d->count < d->capacity)
        return 0;
    size_t cap = d->capacity ? d->capacity * 2 : 16;
    lkj_diag *items = realloc(d->items, cap * sizeof *items);
    if (!items)
        return -1;
    d->items = items;
    uint64_t *keys = realloc(d->keys, cap * sizeof *keys);
    if (!keys)
        return -1;
    d->keys = keys;
    d->capacity = cap;
    return 0;
}

static void emit_args(lkj_diags *d, diag_id id, const diag_loc *loc, const char *cell, int origin,
                      const char **args, size_t nargs);

void diag_emit(lkj_diags *d, diag_id id, const diag_loc *loc, int origin, ...)
{
    const char *args[MAX_ARGS];
    size_t nargs = 0;
    va_list ap;
    va_start(ap, origin);
    for (const char *a; nargs < MAX_ARGS && (a = va_arg(ap, const char *)) != NULL;)
        args[nargs++] = a;
    va_end(ap);
    emit_args(d, id, loc, NULL, origin, args, nargs);
}

void diag_emit_cell(lkj_diags *d, diag_id id, const char *file, const char *cell, ...)
{
    const char *args[MAX_ARGS];
    size_t nargs = 0;
    va_list ap;
    va_start(ap, cell);
    for (const char *a; nargs < MAX_ARGS && (a = va_arg(ap, const char *)) != NULL;)
        args[nargs++] = a;
    va_end(ap);
    diag_loc loc = {file, 0, 0};
    emit_args(d, id, &loc, cell, 0, args, nargs);
}

static void emit_args(lkj_diags *d, diag_id id, const diag_loc *loc, const char *cell, int origin,
                      const char **args, size_t nargs)
{

    d->file_count++;
    if (d->max_per_file && d->file_count > d->max_per_file) {
        d->file_suppressed++;
        d->suppressed[catalog_severity(id)]++;
        return;
    }
    if (grow(d) != 0) {
        d->oom = 1;
        return;
    }
    const catalog_entry *e = catalog_entry_of(id);
    int l = d->lang == LKJ_LANG_EN ? 1 : 0;
    lkj_diag *g = &d->items[d->count];
    g->code = catalog_code(id);
    g->severity = catalog_severity(id);
    g->line = loc ? loc->line : 0;
    g->column = loc ? loc->column : 0;
    g->origin = origin;
    g->file = copy_string(loc && loc->file ? loc->file : "-");
    g->message = fill_template(e->message[l], args, nargs);
    g->hint = fill_template(e->hint[l], args, nargs);
    g->cell = cell ? copy_string(cell) : NULL;
    if (!g->file || !g->message || !g->hint || (cell && !g->cell)) {
        free((char *)g->file);
        free((char *)g->message);
        free((char *)g->hint);
        free((char *)g->cell);
        d->oom = 1;
        return;
    }
    d->keys[d->count++] = d->key;
}

void diag_set_cell(lkj_diags *d, size_t i, const char *cell)
{
    if (i >= d->count)
        return;
    char *copy = copy_string(cell);
    if (!copy) {
        d->oom = 1;
        return;
    }
    lkj_diag *g = &d->items[i];
    free((char *)g->cell);
    g->cell = copy;
    g->line = 0;
    g->column = 0;
}

int diag_restore(lkj_diags *d, const lkj_diag *item)
{
    if (grow(d) != 0) {
        d->oom = 1;
        return -1;
    }
    lkj_diag *g = &d->items[d->count];
    *g = *item;
    g->file = copy_string(item->file);
    g->message = copy_string(item->message);
    g->hint = copy_string(item->hint);
    g->cell = item->cell ? copy_string(item->cell) : NULL;
    if (!g->file || !g->message || !g->hint || (item->cell && !g->cell)) {
        free((char *)g->file);
        free((char *)g->message);
        free((char *)g->hint);
        free((char *)g->cell);
        d->oom = 1;
        return -1;
    }
    d->keys[d->count++] = d->key;
    return 0;
}

int diag_copy(lkj_diags *to, const lkj_diags *from, size_t i)
{
    uint64_t saved = to->key;
    to->key = from->keys[i];
    int rc = diag_restore(to, &from->items[i]);
    to->key = saved;
    return rc;
}

void diag_restore_suppressed(lkj_diags *d, lkj_severity severity, size_t n)
{
    d->suppressed[severity] += n;
}

int diag_append_all(lkj_diags *to, const lkj_diags *from)
{
    for (size_t i = 0; i < from->count; i++)
        if (diag_restore(to, &from->items[i]) != 0)
            return -1;
    for (int s = LKJ_SEV_NOTE; s <= LKJ_SEV_FATAL; s++)
        to->suppressed[s] += from->suppressed[s];
    return 0;
}

void diag_begin_file(lkj_diags *d, size_t max_per_file)
{
    d->file_count = 0;
    d->file_suppressed = 0;
    d->max_per_file = max_per_file;
}

void diag_end_file(lkj_diags *d, const char *file)
{
    if (d->file_suppressed == 0)
        return;
    char n[32];
    snprintf(n, sizeof n, "%zu", d->file_suppressed);
    size_t keep = d->max_per_file;
    d->max_per_file = 0; /* the note itself is never suppressed */
    diag_loc loc = {file, 0, 0};
    DIAG(d, D_TOO_MANY, &loc, n);
    d->max_per_file = keep;
    d->file_suppressed = 0;
}

static int before(const lkj_diag *a, const lkj_diag *b)
{
    return a->line < b->line || (a->line == b->line && a->column < b->column);
}

void diag_sort_from(lkj_diags *d, size_t first)
{
    /* Insertion sort: the lists are short and nearly sorted already. */
    for (size_t i = first + 1; i < d->count; i++) {
        lkj_diag item = d->items[i];
        size_t j = i;
        while (j > first && before(&item, &d->items[j - 1])) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = item;
    }
}

void diag_set_key(lkj_diags *d, uint64_t key) { d->key = key; }

typedef struct keyed {
    uint64_t key;
    size_t index;
} keyed;

static int by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

int diag_sort_by_key(lkj_diags *d, size_t first)
{
    size_t n = d->count > first ? d->count - first : 0;
    if (n < 2)
        return 0;
    keyed *order = malloc(n * sizeof *order);
    lkj_diag *items = malloc(n * sizeof *items);
    if (!order || !items) {
        free(order);
        free(items);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        order[i] = (keyed){d->keys[first + i], first + i};
    qsort(order, n, sizeof *order, by_key); /* the index makes it stable */
    for (size_t i = 0; i < n; i++)
        items[i] = d->items[order[i].index];
    for (size_t i = 0; i < n; i++) {
        d->items[first + i] = items[i];
        d->keys[first + i] = order[i].key;
    }
    free(order);
    free(items);
    return 0;
}

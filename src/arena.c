/*
 * arena.c — chunks of 64 KiB (or one chunk for a larger request), handed out
 * front to back, freed together. Out of memory is an ordinary result: the
 * allocation returns NULL and the arena remembers it, so a reader can check
 * once at the end instead of after every string.
 *
 * The one exact-size chunk of a model unpacked from the cache (pack.c) is
 * taken from a region of 2 MiB that the kernel may back with one huge page
 * (MADV_HUGEPAGE): a rebuild of the province unpacks all 412 models, 21 MB
 * written once, and faulting that in 4 KiB pages was about 4,000 page
 * faults, a fifth of a rebuild's CPU on a virtual machine.
 */
#define _GNU_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE, MADV_HUGEPAGE */
#include "arena.h"

#include <pthread.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define CHUNK_SIZE ((size_t)64 * 1024)

typedef struct region region;

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    region *from;    /* the region it was taken from, or NULL: malloc'd */
    alignas(max_align_t) unsigned char data[];
} chunk;

struct arena {
    chunk *head;
    size_t used;
    size_t reserved; /* bytes of all chunks */
    int failed;
    int head_zeroed; /* the head chunk was zeroed whole: what it hands out is zero already */
};

static void region_give(region *r);

arena *arena_new(void) { return calloc(1, sizeof(arena)); }

void arena_free(arena *a)
{
    if (!a)
        return;
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        if (c->from)
            region_give(c->from);
        else
            free(c);
    }
    free(a);
}

/* ------------------------------------------------------------------ */
/* Regions                                                             */
/* ------------------------------------------------------------------ */

#define REGION_SIZE ((size_t)2 << 20)
/* Larger chunks are calloc'd: a region holds at least four. */
#define REGION_MOST (REGION_SIZE / 4)
#define REGION_ALIGN ((size_t)64)

/* At the start of its region. Chunks are handed out front to back; a
 * region goes back to the system when its last chunk is freed, unless it
 * is the one chunks are taken from, which then starts again at its front. */
struct region {
    size_t live;       /* chunks handed out and not freed */
    size_t used;       /* bytes handed out from the start, this header included */
    size_t clean_from; /* never handed out from here on: still zero */
};

#define REGION_HEADER ((sizeof(region) + REGION_ALIGN - 1) & ~(REGION_ALIGN - 1))

static pthread_mutex_t region_lock = PTHREAD_MUTEX_INITIALIZER;
static region *current_region;
/* Off under AddressSanitizer, which sees neither overflows inside a
 * region nor leaks of its chunks; tests turn them on (arena_use_regions). */
#if defined(__SANITIZE_ADDRESS__)
static int regions_on = 0;
#else
static int regions_on = 1;
#endif

void arena_use_regions(int on)
{
    pthread_mutex_lock(&region_lock);
    regions_on = on;
    pthread_mutex_unlock(&region_lock);
}

/* A region aligned to its size, so that it can be one huge page: twice
 * the size mapped, the ends around the aligned middle unmapped. */
static void *map_aligned(size_t len)
{
    unsigned char *m = mmap(NULL, len + REGION_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                            -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    uintptr_t at = ((uintptr_t)m + REGION_SIZE - 1) & ~(uintptr_t)(REGION_SIZE - 1);
    unsigned char *aligned = (unsigned char *)at;
    if (aligned > m)
        munmap(m, (size_t)(aligned - m));
    munmap(aligned + len, (size_t)(m + len + REGION_SIZE - (aligned + len)));
    (void)madvise(aligned, len, MADV_HUGEPAGE); /* a hint: without it, small pages */
    return aligned;
}

static region *region_new(void)
{
    region *r = map_aligned(REGION_SIZE);
    if (!r)
        return NULL;
    r->live = 0;
    r->used = r->clean_from = REGION_HEADER;
    return r;
}

/* size zeroed bytes from the current region (a new one when it has no room),
 * or NULL: regions off, too large a request, or no memory (the caller
 * then callocs). */
static void *region_take(size_t size, region **from)
{
    size = (size + REGION_ALIGN - 1) & ~(REGION_ALIGN - 1);
    if (size > REGION_MOST)
        return NULL;
    pthread_mutex_lock(&region_lock);
    /* A full current region is left to its chunks (region_give unmaps it
     * with the last); an empty one was reset to its front, never full. */
    region *r = current_region;
    if (regions_on && (!r || REGION_SIZE - r->used < size))
        r = current_region = region_new();
    if (!regions_on || !r) {
        pthread_mutex_unlock(&region_lock);
        return NULL;
    }
    unsigned char *p = (unsigned char *)r + r->used;
    size_t dirty = r->clean_from > r->used ? r->clean_from - r->used : 0;
    r->used += size;
    if (r->clean_from < r->used)
        r->clean_from = r->used;
    r->live++;
    pthread_mutex_unlock(&region_lock);
    /* Bytes handed out before, since given back: cleared here, outside the
     * lock (nobody else can be given them). */
    memset(p, 0, dirty < size ? dirty : size);
    *from = r;
    return p;
}

static void region_give(region *r)
{
    pthread_mutex_lock(&region_lock);
    int unmap = --r->live == 0 && r != current_region;
    if (r->live == 0 && r == current_region)
        r->used = REGION_HEADER;
    pthread_mutex_unlock(&region_lock);
    if (unmap)
        munmap(r, REGION_SIZE);
}

/* ------------------------------------------------------------------ */
/* Large tables                                                        */
/* ------------------------------------------------------------------ */

/* Before what arena_bulk_calloc hands out: how it was taken. */
typedef struct bulk_header {
    size_t mapped; /* bytes mapped from the header on, or 0: calloc'd */
    alignas(max_align_t) unsigned char data[];
} bulk_header;

#define BULK_LEAST (REGION_SIZE / 4)

void *arena_bulk_calloc(size_t n, size_t size)
{
    if (size && n > (SIZE_MAX - sizeof(bulk_header) - REGION_SIZE) / size)
        return NULL;
    size_t bytes = sizeof(bulk_header) + n * size;
    bulk_header *h = NULL;
    if (regions_on && bytes >= BULK_LEAST) {
        size_t len = (bytes + REGION_SIZE - 1) & ~(REGION_SIZE - 1);
        if ((h = map_aligned(len))) {
            h->mapped = len;
            return h->data;
        }
    }
    h = calloc(1, bytes);
    if (!h)
        return NULL;
    h->mapped = 0;
    return h->data;
}

void arena_bulk_free(void *p)
{
    if (!p)
        return;
    bulk_header *h = (bulk_header *)((unsigned char *)p - offsetof(bulk_header, data));
    if (h->mapped)
        munmap(h, h->mapped);
    else
        free(h);
}

/* A chunk of size bytes. A model unpacked from the cache (pack.c) gets one
 * chunk of exactly its size, nearly all of it written once: that one is
 * zeroed whole, from a region (whose fresh memory is zero already) or by
 * calloc, which does not clear again memory fresh from the system either
 * (a rebuild unpacks every unit's model: 7 % of its time went to
 * clearing). Other chunks are cleared piece by piece as handed out, so
 * their unused tails cost no memory. */
static chunk *chunk_of(size_t size, int zeroed)
{
    region *from = NULL;
    chunk *c = zeroed ? region_take(sizeof *c + size, &from) : NULL;
    if (!c)
        c = zeroed ? calloc(1, sizeof *c + size) : malloc(sizeof *c + size);
    if (!c)
        return NULL;
    c->from = from;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

static chunk *new_chunk(size_t at_least) { return chunk_of(at_least > CHUNK_SIZE ? at_least : CHUNK_SIZE, 0); }

arena *arena_new_sized(size_t first)
{
    arena *a = arena_new();
    if (!a || first == 0)
        return a;
    a->head = chunk_of(first, 1); /* a hint: without it, chunks as usual */
    a->head_zeroed = a->head != NULL;
    if (a->head)
        a->reserved = sizeof *a->head + first;
    return a;
}

/* An empty array needs no bytes, only a pointer that is not NULL (NULL
 * means out of memory): every zero-byte request gets this one. */
static max_align_t empty_block;

/* size bytes at the head chunk's next multiple of align (a power of two). */
static void *take(arena *a, size_t size, size_t align)
{
    if (size == 0)
        return &empty_block;
    size_t at = a->head ? (a->head->used + align - 1) & ~(align - 1) : 0;
    if (!a->head || at > a->head->size || a->head->size - at < size) {
        chunk *c = new_chunk(size);
        if (!c) {
            a->failed = 1;
            return NULL;
        }
        c->next = a->head;
        a->head = c;
        a->head_zeroed = 0;
        a->reserved += sizeof *c + c->size;
        at = 0;
    }
    void *p = a->head->data + at;
    a->used += size + (at - a->head->used);
    a->head->used = at + size;
    if (!a->head_zeroed)
        memset(p, 0, size);
    return p;
}

void *arena_alloc(arena *a, size_t size) { return take(a, size, alignof(max_align_t)); }

char *arena_alloc_text(arena *a, size_t size) { return take(a, size, 1); }

char *arena_strndup(arena *a, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *c = arena_alloc_text(a, n + 1);
    if (!c)
        return NULL;
    memcpy(c, s, n);
    c[n] = '\0';
    return c;
}

char *arena_strdup(arena *a, const char *s) { return s ? arena_strndup(a, s, strlen(s)) : NULL; }

int arena_failed(const arena *a) { return a->failed; }

size_t arena_used(const arena *a) { return a->used; }

size_t arena_reserved(const arena *a) { return a->reserved; }

/*
 * arena.c — chunks of 64 KiB (or one chunk for a larger request), handed out
 * front to back, freed together. Out of memory is an ordinary result: the
 * allocation returns NULL and the arena remembers it, so a reader can check
 * once at the end instead of after every string.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE ((size_t)64 * 1024)

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    int zeroed; /* calloc'd whole: what it hands out is zero already */
    alignas(max_align_t) unsigned char data[];
} chunk;

struct arena {
    chunk *head;
    size_t used;
    size_t reserved; /* bytes of all chunks */
    int failed;
};

arena *arena_new(void) { return calloc(1, sizeof(arena)); }

void arena_free(arena *a)
{
    if (!a)
        return;
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

/* A chunk of size bytes. A model unpacked from the cache (pack.c) gets one
 * chunk of exactly its size, nearly all of it written once: that one is
 * zeroed whole by calloc, which does not clear again memory fresh from the
 * system (a rebuild unpacks every unit's model: 7 % of its time went to
 * clearing). Other chunks are cleared piece by piece as handed out, so
 * their unused tails cost no memory. */
static chunk *chunk_of(size_t size, int zeroed)
{
    chunk *c = zeroed ? calloc(1, sizeof *c + size) : malloc(sizeof *c + size);
    if (!c)
        return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    c->zeroed = zeroed;
    return c;
}

static chunk *new_chunk(size_t at_least) { return chunk_of(at_least > CHUNK_SIZE ? at_least : CHUNK_SIZE, 0); }

arena *arena_new_sized(size_t first)
{
    arena *a = arena_new();
    if (!a || first == 0)
        return a;
    a->head = chunk_of(first, 1); /* a hint: without it, chunks as usual */
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
        a->reserved += sizeof *c + c->size;
        at = 0;
    }
    void *p = a->head->data + at;
    a->used += size + (at - a->head->used);
    a->head->used = at + size;
    if (!a->head->zeroed)
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

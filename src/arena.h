/*
 * arena.h — one bump allocator per unit model: everything read from a
 * submission lives in its arena and is freed at once with it.
 */
#ifndef LKJ_ARENA_H
#define LKJ_ARENA_H

#include <stddef.h>

typedef struct arena arena;

arena *arena_new(void);
/* An arena whose first chunk holds exactly first bytes: for a model whose
 * size is known beforehand (pack.c), so no chunk's tail is left unused. */
arena *arena_new_sized(size_t first);
void arena_free(arena *a);

/* Zeroed memory, aligned for any type; NULL when out of memory (the arena
 * then remembers the failure: see arena_failed). A request of 0 bytes
 * (an empty array) takes no memory and returns a pointer that is not NULL. */
void *arena_alloc(arena *a, size_t size);
/* Zeroed bytes for text, not aligned: strings are packed without padding. */
char *arena_alloc_text(arena *a, size_t size);
/* A copy of s (NULL stays NULL). */
char *arena_strdup(arena *a, const char *s);
/* A copy of the first n bytes of s, NUL-terminated. */
char *arena_strndup(arena *a, const char *s, size_t n);
/* Whether the exact-size chunks of arena_new_sized come from 2 MiB regions
 * that may be huge pages (the default, but not under AddressSanitizer). */
void arena_use_regions(int on);
/* n zeroed items of size bytes for one large table (the measures of every
 * indicator), in memory that may be huge pages when it is large; NULL when
 * out of memory. Freed with arena_bulk_free (NULL is nothing). */
void *arena_bulk_calloc(size_t n, size_t size);
void arena_bulk_free(void *p);
/* Whether any allocation failed. */
int arena_failed(const arena *a);
/* Bytes handed out (for memory measurements). */
size_t arena_used(const arena *a);
/* Bytes taken from the system (chunks, their unused tails included). */
size_t arena_reserved(const arena *a);

#endif

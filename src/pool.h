/*
 * pool.h — a fixed set of worker threads over a bounded window of items,
 * results delivered on the submitting thread in submission order. Output is
 * therefore the same for any number of threads, and memory is bounded by
 * the window, not by the number of items.
 */
#ifndef LKJ_POOL_H
#define LKJ_POOL_H

#include <stddef.h>

typedef struct pool pool;

/* Runs on a worker thread. */
typedef void (*pool_work_fn)(void *item, void *ctx);
/* Runs on the submitting thread, once per item, in submission order. */
typedef void (*pool_done_fn)(void *item, void *ctx);
/* Runs once on each worker thread before its first item (per-thread setup). */
typedef void (*pool_thread_fn)(void *ctx);

/* threads <= 1: no threads at all, work and done run inline. NULL when
 * out of memory or threads cannot start. */
pool *pool_new(int threads, size_t window, pool_thread_fn setup, pool_work_fn work, pool_done_fn done, void *ctx);
/* Queues item; blocks while the window is full, delivering finished items
 * in order meanwhile. */
void pool_submit(pool *p, void *item);
/* Delivers everything left, stops the threads, frees p. */
void pool_finish(pool *p);

#endif

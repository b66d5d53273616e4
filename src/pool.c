/*
 * pool.c — workers take the oldest queued item; the submitting thread
 * delivers items strictly in order as soon as the oldest is done. A ring of
 * `window` slots holds the items between submission and delivery.
 */
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct slot {
    void *item;
    int done; /* work has finished; the item waits for its turn */
} slot;

struct pool {
    pool_thread_fn setup;
    pool_work_fn work;
    pool_done_fn done;
    void *ctx;
    slot *ring;
    size_t window;
    size_t next_deliver; /* sequence numbers: deliver <= take <= submit */
    size_t next_take;
    size_t next_submit;
    int stopping;
    pthread_mutex_t lock;
    pthread_cond_t work_ready;  /* workers wait for items */
    pthread_cond_t item_done;   /* the submitter waits for deliveries */
    pthread_t *threads;
    int thread_count;
};

static void *worker(void *arg)
{
    pool *p = arg;
    if (p->setup)
        p->setup(p->ctx);
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next_take == p->next_submit && !p->stopping)
            pthread_cond_wait(&p->work_ready, &p->lock);
        if (p->next_take == p->next_submit && p->stopping)
            break;
        slot *s = &p->ring[p->next_take++ % p->window];
        pthread_mutex_unlock(&p->lock);
        p->work(s->item, p->ctx);
        pthread_mutex_lock(&p->lock);
        s->done = 1;
        pthread_cond_broadcast(&p->item_done);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

pool *pool_new(int threads, size_t window, pool_thread_fn setup, pool_work_fn work, pool_done_fn done, void *ctx)
{
    pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->setup = setup;
    p->work = work;
    p->done = done;
    p->ctx = ctx;
    if (threads <= 1)
        return p; /* inline */
    p->window = window < (size_t)threads ? (size_t)threads : window;
    p->ring = calloc(p->window, sizeof *p->ring);
    p->threads = calloc((size_t)threads, sizeof *p->threads);
    if (!p->ring || !p->threads) {
        free(p->ring);
        free(p->threads);
        free(p);
        return NULL;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->work_ready, NULL);
    pthread_cond_init(&p->item_done, NULL);
    for (int i = 0; i < threads; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            break;
        p->thread_count++;
    }
    if (p->thread_count == 0) {
        free(p->ring);
        free(p->threads);
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->work_ready);
        pthread_cond_destroy(&p->item_done);
        p->ring = NULL;
        p->threads = NULL;
    }
    return p;
}

/* Delivers the done items at the head, in order; called with the lock held,
 * releases it around each delivery. */
static void deliver_ready(pool *p)
{
    while (p->next_deliver < p->next_submit && p->ring[p->next_deliver % p->window].done) {
        slot *s = &p->ring[p->next_deliver % p->window];
        void *item = s->item;
        p->next_deliver++;
        pthread_mutex_unlock(&p->lock);
        p->done(item, p->ctx);
        pthread_mutex_lock(&p->lock);
    }
}

void pool_submit(pool *p, void *item)
{
    if (!p->ring) {
        p->work(item, p->ctx);
        p->done(item, p->ctx);
        return;
    }
    pthread_mutex_lock(&p->lock);
    deliver_ready(p);
    while (p->next_submit - p->next_deliver == p->window) {
        pthread_cond_wait(&p->item_done, &p->lock);
        deliver_ready(p);
    }
    slot *s = &p->ring[p->next_submit++ % p->window];
    s->item = item;
    s->done = 0;
    pthread_cond_signal(&p->work_ready);
    pthread_mutex_unlock(&p->lock);
}

void pool_finish(pool *p)
{
    if (!p)
        return;
    if (p->ring) {
        pthread_mutex_lock(&p->lock);
        deliver_ready(p);
        while (p->next_deliver < p->next_submit) {
            pthread_cond_wait(&p->item_done, &p->lock);
            deliver_ready(p);
        }
        p->stopping = 1;
        pthread_cond_broadcast(&p->work_ready);
        pthread_mutex_unlock(&p->lock);
        for (int i = 0; i < p->thread_count; i++)
            pthread_join(p->threads[i], NULL);
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->work_ready);
        pthread_cond_destroy(&p->item_done);
    }
    free(p->ring);
    free(p->threads);
    free(p);
}

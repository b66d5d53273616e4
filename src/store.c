/*
 * store.c — models kept in memory up to a budget, the rest in an unnamed
 * temporary file (see store.h). What is written there is pack.c's model
 * pack, deflated at level 1: the file is read once, soon after.
 */
#define _GNU_SOURCE /* O_TMPFILE */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "arena.h"
#include "check.h"
#include "pack.h"
#include "pool.h"

typedef struct stored {
    m_unit *unit;      /* in memory (kept, or read back), or NULL */
    char *file;        /* written out: the name positions carry */
    off_t offset;      /* written out: where, */
    uint32_t length;   /* how many compressed bytes, */
    uint32_t plain;    /* inflating to how many */
    int written;
    int has_digest;
    unsigned char digest[32];
} stored;

struct model_store {
    stored *items;
    size_t count, capacity;
    size_t budget, resident; /* bytes of models kept in memory */
    size_t spilled;
    char dir[4096];          /* where the file goes first ("": TMPDIR, /tmp) */
    int fd;                  /* the temporary file, or -1 before the first */
    atomic_int spilling;     /* models go to the file from now on */
    off_t end;
};

model_store *store_new(size_t budget, const char *dir)
{
    model_store *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->budget = budget;
    s->fd = -1;
    atomic_init(&s->spilling, 0);
    snprintf(s->dir, sizeof s->dir, "%s", dir ? dir : "");
    return s;
}

size_t store_budget_from_env(int *invalid)
{
    const char *v = getenv("LKJIP_MODEL_MEMORY");
    *invalid = 0;
    if (!v || !*v)
        return STORE_DEFAULT_BUDGET;
    char *end;
    errno = 0;
    unsigned long long mb = strtoull(v, &end, 10);
    if (*end || v[0] == '-' || errno || mb > (SIZE_MAX >> 20)) {
        *invalid = 1;
        return STORE_DEFAULT_BUDGET;
    }
    return (size_t)mb << 20;
}

void store_free(model_store *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->count; i++) {
        model_unit_free(s->items[i].unit);
        free(s->items[i].file);
    }
    free(s->items);
    if (s->fd >= 0)
        close(s->fd);
    free(s);
}

/* A file without a name (O_TMPFILE), or one unlinked at once where the
 * file system cannot do that. */
static int open_temporary_in(const char *dir)
{
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    char path[4200];
    snprintf(path, sizeof path, "%s/.lkjip-models.XXXXXX", dir);
    fd = mkostemp(path, O_CLOEXEC);
    if (fd >= 0)
        unlink(path);
    return fd;
}

/* In the folder asked for, else in TMPDIR, else in /tmp (the output folder
 * of a build with --lock may not exist yet). */
static int open_temporary(const char *dir)
{
    int fd = *dir ? open_temporary_in(dir) : -1;
    const char *tmp = getenv("TMPDIR");
    if (fd < 0 && tmp && *tmp)
        fd = open_temporary_in(tmp);
    if (fd < 0)
        fd = open_temporary_in("/tmp");
    return fd;
}

/* All length bytes at offset, written (writing) or read, through
 * interruptions and short transfers. 0, or -1 with errno (EIO for a file
 * that ends too soon). */
static int transfer_all(int fd, unsigned char *data, size_t length, off_t offset, int writing)
{
    while (length > 0) {
        ssize_t n = writing ? pwrite(fd, data, length, offset) : pread(fd, data, length, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            errno = EIO;
        if (n <= 0)
            return -1;
        data += n;
        length -= (size_t)n;
        offset += n;
    }
    return 0;
}

int store_pack(const m_unit *unit, store_blob *out)
{
    memset(out, 0, sizeof *out);
    pack_buf plain = {0};
    check_model m = {(m_unit *)unit, NULL, NULL};
    int rc = -1;
    errno = ENOMEM; /* what every failure here is */
    if (pack_model(&m, &plain) == 0 && !plain.failed && plain.length <= UINT32_MAX) {
        uLongf bound = compressBound(plain.length);
        unsigned char *z = malloc(bound);
        if (z && compress2(z, &bound, plain.data, plain.length, 1) == Z_OK && bound <= UINT32_MAX) {
            *out = (store_blob){z, (uint32_t)bound, (uint32_t)plain.length};
            rc = 0;
        } else {
            free(z);
        }
    }
    pack_buf_free(&plain);
    return rc;
}

void store_blob_free(store_blob *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

/* Appends a model, packed (blob, or packed here), to the temporary file. */
static int write_out(model_store *s, stored *it, const store_blob *blob)
{
    store_blob own = {0};
    if (!blob || !blob->data) {
        if (store_pack(it->unit, &own) != 0)
            return -1;
        blob = &own;
    }
    int rc = -1;
    if (s->fd >= 0 || (s->fd = open_temporary(s->dir)) >= 0) {
        errno = ENOMEM;
        if ((it->file = strdup(it->unit->file ? it->unit->file : "-")) &&
            transfer_all(s->fd, blob->data, blob->length, s->end, 1) == 0) {
            it->offset = s->end;
            it->length = blob->length;
            it->plain = blob->plain;
            it->written = 1;
            s->end += (off_t)blob->length;
            rc = 0;
        }
    }
    int saved = errno;
    store_blob_free(&own);
    errno = saved;
    return rc;
}

int store_put(model_store *s, m_unit *unit, store_blob *blob)
{
    if (s->count == s->capacity) {
        size_t cap = s->capacity ? 2 * s->capacity : 64;
        stored *grown = realloc(s->items, cap * sizeof *grown);
        if (!grown) {
            model_unit_free(unit);
            if (blob)
                store_blob_free(blob);
            errno = ENOMEM;
            return -1;
        }
        s->items = grown;
        s->capacity = cap;
    }
    stored *it = &s->items[s->count++];
    memset(it, 0, sizeof *it);
    it->unit = unit;
    it->has_digest = unit->has_digest;
    memcpy(it->digest, unit->digest, sizeof it->digest);
    size_t size = arena_reserved(unit->arena);
    /* Once one model went out, all later ones do: readers on other threads
     * may then pack in advance (store_spilling). */
    if (!atomic_load(&s->spilling) && s->resident + size <= s->budget) {
        s->resident += size;
        if (blob)
            store_blob_free(blob);
        return 0;
    }
    atomic_store(&s->spilling, 1);
    int rc = write_out(s, it, blob);
    int saved = errno;
    if (blob)
        store_blob_free(blob);
    model_unit_free(it->unit);
    it->unit = NULL;
    s->spilled += rc == 0;
    errno = saved;
    return rc;
}

size_t store_count(const model_store *s) { return s->count; }

int store_spilling(model_store *s) { return atomic_load(&s->spilling); }

size_t store_spilled(const model_store *s) { return s->spilled; }

int store_all_digested(const model_store *s)
{
    for (size_t i = 0; i < s->count; i++)
        if (!s->items[i].has_digest)
            return 0;
    return 1;
}

const unsigned char *store_digest(const model_store *s, size_t i)
{
    return i < s->count && s->items[i].has_digest ? s->items[i].digest : NULL;
}

/* A model written out, back in memory; NULL with errno: ENOMEM, or the
 * read's error, or EIO for bytes that do not inflate to what was written
 * (zlib's checksum: once they do, only memory can fail the unpacking). */
static m_unit *read_back(const model_store *s, const stored *it)
{
    unsigned char *z = malloc(it->length ? it->length : 1);
    unsigned char *plain = malloc(it->plain ? it->plain : 1);
    uLongf plain_length = it->plain;
    check_model m = {0};
    errno = ENOMEM;
    if (z && plain && transfer_all(s->fd, z, it->length, it->offset, 0) == 0) {
        int z_status = uncompress(plain, &plain_length, z, it->length);
        errno = z_status == Z_MEM_ERROR ? ENOMEM : EIO;
        if (z_status == Z_OK && plain_length == it->plain) {
            errno = ENOMEM;
            if (unpack_model(plain, it->plain, it->file, &m) == 0 && !m.unit)
                check_model_free(&m); /* cannot be: only units are stored */
        }
    }
    free(z);
    free(plain);
    if (m.unit) {
        m.unit->has_digest = it->has_digest;
        memcpy(m.unit->digest, it->digest, sizeof it->digest);
    }
    return m.unit;
}

m_unit *store_get(model_store *s, size_t i)
{
    if (i >= s->count)
        return NULL;
    stored *it = &s->items[i];
    if (!it->unit && it->written)
        it->unit = read_back(s, it);
    return it->unit;
}

static void load_work(void *item, void *ctx)
{
    stored *it = item;
    if (!it->unit && it->written)
        it->unit = read_back(ctx, it);
}

static void load_done(void *item, void *ctx)
{
    (void)item;
    (void)ctx;
}

void store_load(model_store *s, const size_t *indices, size_t n, int jobs)
{
    if (jobs <= 1)
        return; /* store_get reads them in turn */
    pool *p = pool_new(jobs, 4 * (size_t)jobs, NULL, load_work, load_done, s);
    if (!p)
        return;
    for (size_t j = 0; j < n; j++)
        if (indices[j] < s->count && !s->items[indices[j]].unit && s->items[indices[j]].written)
            pool_submit(p, &s->items[indices[j]]);
    pool_finish(p);
}

void store_release(model_store *s, size_t i)
{
    if (i >= s->count || !s->items[i].unit)
        return;
    stored *it = &s->items[i];
    if (!it->written)
        s->resident -= arena_reserved(it->unit->arena);
    model_unit_free(it->unit);
    it->unit = NULL;
    it->written = 0; /* each model is linked once */
}

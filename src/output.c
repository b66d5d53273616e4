/*
 * output.c — safe names and atomic writes.
 */
#define _GNU_SOURCE /* syncfs */
#include "output.h"

#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void output_safe_name(const char *id, char *out, size_t size)
{
    size_t o = 0;
    for (const char *p = id; p && *p && o + 1 < size && o < 64; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        out[o++] = keep ? c : '-';
    }
    if (o == 0 && size > 1)
        out[o++] = '_';
    out[o] = '\0';
}

void output_unit_folder(const char *id, int is_opd, const char *parent, char out[OUTPUT_FOLDER_MAX])
{
    char own[65], above[65];
    output_safe_name(id, own, sizeof own);
    if (is_opd && parent) {
        output_safe_name(parent, above, sizeof above);
        snprintf(out, OUTPUT_FOLDER_MAX, "%s/%s", above, own);
    } else {
        snprintf(out, OUTPUT_FOLDER_MAX, "%s", own);
    }
}

int output_make_dirs(const char *dir)
{
    char path[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(path, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (path[i] != '/' && path[i] != '\0')
            continue;
        char keep = path[i];
        path[i] = '\0';
        if (mkdir(path, 0755) != 0 && errno != EEXIST)
            return -1;
        path[i] = keep;
    }
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : (errno = ENOTDIR, -1);
}

static int write_all(int fd, const void *data, size_t length)
{
    const char *p = data;
    while (length > 0) {
        ssize_t w = write(fd, p, length);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        length -= (size_t)w;
    }
    return 0;
}

/* Writes data to a new temporary file beside path ("PATH.tmp.XXXXXX", its
 * name in tmp), fsynced when durable. 0, or -1 with errno and nothing left. */
static int write_temporary(const char *path, const void *data, size_t length, int durable, char *tmp, size_t size)
{
    if (snprintf(tmp, size, "%s.tmp.XXXXXX", path) >= (int)size) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = mkstemp(tmp);
    if (fd < 0)
        return -1;
    int ok = write_all(fd, data, length) == 0 && fchmod(fd, 0644) == 0 && (!durable || fsync(fd) == 0);
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = 0;
        saved = errno;
    }
    if (ok)
        return 0;
    unlink(tmp);
    errno = saved;
    return -1;
}

static int write_atomic(const char *path, const void *data, size_t length, int durable)
{
    char tmp[4200];
    if (write_temporary(path, data, length, durable, tmp, sizeof tmp) != 0)
        return -1;
    if (rename(tmp, path) == 0)
        return 0;
    int saved = errno;
    unlink(tmp);
    errno = saved;
    return -1;
}

int output_write_atomic(const char *path, const void *data, size_t length)
{
    return write_atomic(path, data, length, 1);
}

/* ------------------------------------------------------------------ */
/* Batches: many files, one flush                                      */
/* ------------------------------------------------------------------ */

typedef struct pending {
    char *temporary, *final;
} pending;

struct output_batch {
    pthread_mutex_t lock;
    pending *files;
    size_t count, capacity;
    int failed; /* out of memory while recording: the batch cannot commit */
};

output_batch *output_batch_new(void)
{
    output_batch *b = calloc(1, sizeof *b);
    if (b)
        pthread_mutex_init(&b->lock, NULL);
    return b;
}

static int remember_pending(output_batch *b, const char *temporary, const char *final)
{
    pthread_mutex_lock(&b->lock);
    int rc = -1;
    if (b->count == b->capacity) {
        size_t cap = b->capacity ? 2 * b->capacity : 64;
        pending *grown = realloc(b->files, cap * sizeof *grown);
        if (grown) {
            b->files = grown;
            b->capacity = cap;
        }
    }
    if (b->count < b->capacity) {
        pending *p = &b->files[b->count];
        p->temporary = strdup(temporary);
        p->final = strdup(final);
        if (p->temporary && p->final) {
            b->count++;
            rc = 0;
        } else {
            free(p->temporary);
            free(p->final);
        }
    }
    if (rc != 0)
        b->failed = 1;
    pthread_mutex_unlock(&b->lock);
    return rc;
}

int output_batch_write(output_batch *b, const char *path, const void *data, size_t length)
{
    char tmp[4200];
    if (write_temporary(path, data, length, 0, tmp, sizeof tmp) != 0)
        return -1;
    if (remember_pending(b, tmp, path) == 0)
        return 0;
    unlink(tmp);
    errno = ENOMEM;
    return -1;
}

/* Every pending file on disk for good: one syncfs for the file system of
 * the first, which is where a build's outputs all are; fsync per file when
 * that is not available. */
static int flush_all(output_batch *b)
{
    if (b->count == 0)
        return 0;
    int fd = open(b->files[0].temporary, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        int rc = syncfs(fd);
        close(fd);
        if (rc == 0)
            return 0;
    }
    for (size_t i = 0; i < b->count; i++) {
        fd = open(b->files[i].temporary, O_RDONLY | O_CLOEXEC);
        int rc = fd >= 0 ? fsync(fd) : -1;
        if (fd >= 0)
            close(fd);
        if (rc != 0)
            return -1;
    }
    return 0;
}

int output_batch_commit(output_batch *b)
{
    int rc = b->failed ? (errno = ENOMEM, -1) : flush_all(b);
    int saved = errno;
    for (size_t i = 0; i < b->count; i++) {
        if (rc == 0 && rename(b->files[i].temporary, b->files[i].final) != 0) {
            rc = -1;
            saved = errno;
        }
        if (rc != 0)
            unlink(b->files[i].temporary);
    }
    output_batch_free(b);
    errno = saved;
    return rc;
}

void output_batch_free(output_batch *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->count; i++) {
        free(b->files[i].temporary);
        free(b->files[i].final);
    }
    free(b->files);
    pthread_mutex_destroy(&b->lock);
    free(b);
}

int output_write_atomic_fast(const char *path, const void *data, size_t length)
{
    return write_atomic(path, data, length, 0);
}

/* mkstemp's names: "<final name>.tmp.XXXXXX". */
static int is_leftover(const char *name)
{
    const char *t = strstr(name, ".tmp.");
    if (!t || t == name)
        return 0;
    while (strstr(t + 1, ".tmp."))
        t = strstr(t + 1, ".tmp.");
    return strlen(t + 5) == 6;
}

size_t output_remove_leftovers(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t removed = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[4200];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        struct stat st;
        if (lstat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode) && depth > 0)
            removed += output_remove_leftovers(path, depth - 1);
        else if (S_ISREG(st.st_mode) && is_leftover(e->d_name) && unlink(path) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

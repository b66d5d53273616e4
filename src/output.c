/*
 * output.c — safe names, atomic writes, and the publication of a build
 * as one staging tree (output.h).
 */
#define _GNU_SOURCE /* syncfs */
#include "output.h"

#include <dirent.h>
#include <nettle/sha2.h>
#include <stdatomic.h>
#include <stdint.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
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

/* Closes fd after work that succeeded (ok) or not: 0, or -1 with the
 * first errno (the work's, else the close's). */
static int close_after(int fd, int ok)
{
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = 0;
        saved = errno;
    }
    errno = saved;
    return ok ? 0 : -1;
}

/* Writes data to a new file's descriptor, readable by all (the reports are
 * for a web server, whatever the umask), flushed to disk when durable, and
 * closes it. 0, or -1 with the first errno. */
static int fill_and_close(int fd, const void *data, size_t length, int durable)
{
    return close_after(fd, write_all(fd, data, length) == 0 && fchmod(fd, 0644) == 0 && (!durable || fsync(fd) == 0));
}

/* Writes data to a new temporary file beside path ("PATH.tmp.XXXXXX", its
 * name in tmp). 0, or -1 with errno and nothing left. */
static int write_temporary(const char *path, const void *data, size_t length, int durable, char *tmp,
                           size_t size)
{
    if (snprintf(tmp, size, "%s.tmp.XXXXXX", path) >= (int)size) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = mkstemp(tmp);
    if (fd < 0)
        return -1;
    if (fill_and_close(fd, data, length, durable) == 0)
        return 0;
    int saved = errno;
    unlink(tmp);
    errno = saved;
    return -1;
}

int output_source_date(long long *seconds)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch)
        return 0;
    char *end;
    long long value = strtoll(epoch, &end, 10);
    if (*end || value < 0)
        return 0;
    *seconds = value;
    return 1;
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

int output_write_atomic_fast(const char *path, const void *data, size_t length)
{
    return write_atomic(path, data, length, 0);
}

/* Writes data to an existing file that is not a regular one (/dev/null, a
 * pipe, a terminal) in place: renaming a temporary file over it would
 * replace the device or the pipe with a plain file. */
static int write_in_place(const char *path, const void *data, size_t length)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    return close_after(fd, write_all(fd, data, length) == 0);
}

int output_write_atomic(const char *path, const void *data, size_t length)
{
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return write_in_place(path, data, length);
    return write_atomic(path, data, length, 1);
}




unsigned char *output_read_regular(int dirfd, const char *name, size_t max, size_t *length)
{
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    unsigned char *data = NULL;
    if (fstat(fd, &st) != 0)
        goto done;
    if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size > max) {
        errno = S_ISREG(st.st_mode) ? EFBIG : EINVAL;
        goto done;
    }
    size_t n = (size_t)st.st_size, got = 0;
    data = malloc(n ? n : 1);
    while (data && got < n) {
        ssize_t r = read(fd, data + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (r == 0)
                errno = EIO; /* shorter than it said: changed under us */
            free(data);
            data = NULL;
            break;
        }
        got += (size_t)r;
    }
    *length = n;
done:
    if (close(fd) != 0 && data) {
        free(data);
        data = NULL;
    }
    return data;
}

/* ------------------------------------------------------------------ */
/* The publication                                                     */
/* ------------------------------------------------------------------ */

struct output_tree {
    int parent_fd;  /* the folder that holds the output folder */
    char *name;     /* the output folder's name in it */
    char *staging;  /* ".NAME.lkjip-new": the tree being built */
    char *old;      /* ".NAME.lkjip-old": only on file systems without exchange */
    char *spare;    /* ".NAME.lkjip-spare": the tree published before, kept to be brought up to date */
    int reused;     /* the staging tree is the spare: what this build did not put there goes */
    char **wanted;  /* "dir/name" of every file this build put in the staging tree */
    size_t wanted_count, wanted_capacity;
    int wanted_failed;
    int staging_fd;
    int out_fd;     /* the published folder, or -1 when there is none yet */
    pthread_mutex_t lock; /* folders are made by one thread at a time */
    atomic_int wrote;     /* new bytes were written (not only links made) */
};

/* The names in the folder d but . and .. (as many as memory allows: *whole
 * says whether that was all), to be freed with each name. */
static char **names_in(DIR *d, size_t *count, int *whole, unsigned char **types)
{
    char **names = NULL;
    size_t capacity = 0;
    *count = 0;
    *whole = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*count == capacity) {
            size_t cap = capacity ? 2 * capacity : 32;
            char **grown = realloc(names, cap * sizeof *grown);
            if (grown)
                names = grown;
            unsigned char *more = grown && types ? realloc(*types, cap) : NULL;
            if (more)
                *types = more;
            if (!grown || (types && !more))
                return names;
            capacity = cap;
        }
        if (!(names[*count] = strdup(e->d_name)))
            return names;
        if (types)
            (*types)[*count] = e->d_type;
        (*count)++;
    }
    *whole = 1;
    return names;
}

/* Removes name under dirfd and, for a folder, everything in it, never
 * following a symlink (a planted one is removed, not its target). Failures
 * are left for the next run, which removes leftovers first. */
static void remove_tree(int dirfd, const char *name, int depth)
{
    if (unlinkat(dirfd, name, 0) == 0 || (errno != EISDIR && errno != EPERM) || depth > 32)
        return;
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return;
    }
    /* Names first, removals after: readdir over a folder that shrinks may
     * skip entries. */
    size_t count;
    int whole; /* what is left stays for the next run */
    char **names = names_in(d, &count, &whole, NULL);
    for (size_t i = 0; i < count; i++) {
        remove_tree(fd, names[i], depth + 1);
        free(names[i]);
    }
    free(names);
    closedir(d);
    unlinkat(dirfd, name, AT_REMOVEDIR);
}

/* The folder part under fd, opened without following a symlink; with
 * create, made when missing, and whatever else has its name there (a
 * file, a symlink: a staging tree reused from an earlier build may hold
 * anything) replaced by a folder. A descriptor, or -1 with errno. */
static int open_part(int fd, const char *part, int create)
{
    int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int next = openat(fd, part, flags);
    if (next >= 0 || !create)
        return next;
    if (errno == ENOTDIR || errno == ELOOP)
        remove_tree(fd, part, 0);
    else if (errno != ENOENT)
        return -1;
    if (mkdirat(fd, part, 0755) != 0 && errno != EEXIST)
        return -1;
    return openat(fd, part, flags);
}

/* Whether rel is a path of plain parts ("a/b", "" for the top): no empty
 * part, no "." or "..", none of 256 bytes or more. */
static int plain_rel(const char *rel)
{
    for (const char *p = rel; *p;) {
        size_t n = strcspn(p, "/");
        if (n == 0 || n >= 256 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return 0;
        p += n;
        p += *p == '/';
    }
    return 1;
}

/* 0 until openat2 turned out missing (Linux before 5.6) or forbidden. */
static atomic_int no_openat2;

/* The existing folder rel under root in one call (openat2: no symlink
 * followed on the way, nothing outside root), where open_rel's walk takes
 * one openat and one close per part: a carried-over report's two folders
 * took fourteen calls. -1 with errno; ENOSYS when openat2 cannot be used. */
static int open_beneath(int root, const char *rel)
{
    if (atomic_load_explicit(&no_openat2, memory_order_relaxed)) {
        errno = ENOSYS;
        return -1;
    }
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_BENEATH;
    long fd = syscall(SYS_openat2, root, rel, &how, sizeof how);
    if (fd >= 0)
        return (int)fd;
    if (errno == ENOSYS || errno == EPERM || errno == E2BIG) {
        atomic_store_explicit(&no_openat2, 1, memory_order_relaxed);
        errno = ENOSYS;
    }
    return -1;
}

/* The folder rel ("a/b", "" for the top) under root: opened without
 * following symlinks, made when create is set. A descriptor, or -1. */
static int open_rel(int root, const char *rel, int create)
{
    if (!plain_rel(rel)) {
        errno = EINVAL;
        return -1;
    }
    if (*rel) {
        int fd = open_beneath(root, rel);
        if (fd >= 0 || (!create && errno != ENOSYS))
            return fd;
    }
    /* Part by part: a folder to make, or no openat2. */
    int fd = dup(root);
    for (const char *p = rel; fd >= 0 && *p;) {
        size_t n = strcspn(p, "/");
        char part[256]; /* n < 256: plain_rel */
        memcpy(part, p, n);
        part[n] = '\0';
        int next = open_part(fd, part, create);
        int saved = errno;
        close(fd);
        errno = saved;
        fd = next;
        p += n;
        p += *p == '/';
    }
    return fd;
}

/* Remembers that this build put rel_dir/name in the staging tree (the
 * caller holds t->lock): a reused tree keeps exactly these at commit. */
static void note_wanted(output_tree *t, const char *rel_dir, const char *name)
{
    if (t->wanted_count == t->wanted_capacity) {
        size_t cap = t->wanted_capacity ? 2 * t->wanted_capacity : 256;
        char **grown = realloc(t->wanted, cap * sizeof *grown);
        if (!grown) {
            t->wanted_failed = 1;
            return;
        }
        t->wanted = grown;
        t->wanted_capacity = cap;
    }
    size_t n = strlen(rel_dir) + strlen(name) + 2;
    char *path = malloc(n);
    if (!path) {
        t->wanted_failed = 1;
        return;
    }
    snprintf(path, n, "%s%s%s", rel_dir, *rel_dir ? "/" : "", name);
    t->wanted[t->wanted_count++] = path;
}

/* The staging folder rel_dir (made when missing) to put name in: a
 * descriptor, or -1 with errno. The name is remembered either way. */
static int open_staging(output_tree *t, const char *rel_dir, const char *name)
{
    pthread_mutex_lock(&t->lock);
    int dir = open_rel(t->staging_fd, rel_dir, 1);
    int saved = errno;
    note_wanted(t, rel_dir, name);
    pthread_mutex_unlock(&t->lock);
    errno = saved;
    return dir;
}

/* A new file name under dirfd holding data (an old one of that name is
 * replaced). 0, or -1 with errno and nothing left. */
static int write_file_at(int dirfd, const char *name, const void *data, size_t length)
{
    if (unlinkat(dirfd, name, 0) != 0 && errno != ENOENT)
        return -1;
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    if (fill_and_close(fd, data, length, 0) == 0)
        return 0;
    int saved = errno;
    unlinkat(dirfd, name, 0);
    errno = saved;
    return -1;
}

int output_tree_write(output_tree *t, const char *rel_dir, const char *name, const void *data, size_t length)
{
    int dir = open_staging(t, rel_dir, name);
    if (dir < 0)
        return -1;
    int rc = write_file_at(dir, name, data, length);
    int saved = errno;
    atomic_store(&t->wrote, 1);
    close(dir);
    errno = saved;
    return rc;
}

struct output_file {
    int dir, fd;
    char *name;
};

output_file *output_tree_create(output_tree *t, const char *rel_dir, const char *name)
{
    output_file *f = calloc(1, sizeof *f);
    if (!f || !(f->name = strdup(name))) {
        free(f);
        errno = ENOMEM;
        return NULL;
    }
    f->dir = open_staging(t, rel_dir, name);
    f->fd = -1;
    if (f->dir >= 0 && (unlinkat(f->dir, name, 0) == 0 || errno == ENOENT))
        f->fd = openat(f->dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (f->fd < 0) {
        int saved = errno;
        if (f->dir >= 0)
            close(f->dir);
        free(f->name);
        free(f);
        errno = saved;
        return NULL;
    }
    atomic_store(&t->wrote, 1);
    return f;
}

int output_file_write(output_file *f, const void *data, size_t length)
{
    return write_all(f->fd, data, length);
}

static void file_free(output_file *f)
{
    close(f->dir);
    free(f->name);
    free(f);
}

int output_file_close(output_file *f)
{
    int rc = fill_and_close(f->fd, "", 0, 0);
    int saved = errno;
    if (rc != 0)
        unlinkat(f->dir, f->name, 0);
    file_free(f);
    errno = saved;
    return rc;
}

void output_file_discard(output_file *f)
{
    int saved = errno;
    close(f->fd);
    unlinkat(f->dir, f->name, 0);
    file_free(f);
    errno = saved;
}

/* Whether fd (at offset 0, st its fstat) holds exactly size bytes hashing
 * to digest (bytes: read). */
static int holds(int fd, const struct stat *st, size_t size, const unsigned char digest[OUTPUT_DIGEST_SIZE],
                 unsigned char **bytes)
{
    if (!S_ISREG(st->st_mode) || (uint64_t)st->st_size != (uint64_t)size)
        return 0;
    unsigned char *data = malloc(size ? size : 1);
    size_t got = 0;
    while (data && got < size) {
        ssize_t r = read(fd, data + got, size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    unsigned char d[OUTPUT_DIGEST_SIZE];
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, got, data ? data : (const unsigned char *)"");
    sha256_digest(&h, sizeof d, d);
    if (!data || got != size || memcmp(d, digest, sizeof d) != 0) {
        free(data);
        return 0;
    }
    *bytes = data;
    return 1;
}

/* Whether the folder to holds, as name, the very file st describes. */
static int holds_inode(int to, const char *name, const struct stat *st)
{
    struct stat there;
    return to >= 0 && fstatat(to, name, &there, AT_SYMLINK_NOFOLLOW) == 0 && there.st_ino == st->st_ino &&
           there.st_dev == st->st_dev;
}

int output_tree_keep(output_tree *t, const char *rel_dir, const char *name, size_t size,
                     const unsigned char digest[OUTPUT_DIGEST_SIZE],
                     int (*trusted)(void *ctx, const struct stat *st), void *ctx)
{
    if (t->out_fd < 0)
        return 0;
    int dir = open_rel(t->out_fd, rel_dir, 0);
    if (dir < 0)
        return 0;
    /* The nightly case first: its identity recorded with these bytes, and
     * the reused tree holding this very file already. Nothing to open, and
     * the name noted as this build's only then. */
    struct stat st;
    if (trusted && fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
        (uint64_t)st.st_size == (uint64_t)size && trusted(ctx, &st)) {
        int to = open_rel(t->staging_fd, rel_dir, 0);
        int held = holds_inode(to, name, &st);
        if (to >= 0)
            close(to);
        if (held) {
            close(dir);
            pthread_mutex_lock(&t->lock);
            note_wanted(t, rel_dir, name);
            pthread_mutex_unlock(&t->lock);
            return 1;
        }
    }
    int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    close(dir);
    unsigned char *bytes = NULL;
    int same = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size == (uint64_t)size;
    /* Its identity recorded with these bytes: not read (git's index). */
    int unread = same && trusted && trusted(ctx, &st);
    if (!same || (!unread && !holds(fd, &st, size, digest, &bytes))) {
        if (fd >= 0)
            close(fd);
        return 0;
    }
    int to = open_staging(t, rel_dir, name);
    int rc = -1;
    if (holds_inode(to, name, &st)) {
        rc = 1; /* a reused tree holds this very file already */
    } else if (to >= 0 && (unlinkat(to, name, 0) == 0 || errno == ENOENT)) {
        /* A hard link of the very inode just checked (through /proc, which
         * needs no privilege); where that is not possible, a copy of the
         * bytes checked (read now when only the identity was). */
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
        rc = 1;
        if (linkat(AT_FDCWD, proc, to, name, AT_SYMLINK_FOLLOW) != 0) {
            atomic_store(&t->wrote, 1);
            if (!bytes && !holds(fd, &st, size, digest, &bytes))
                rc = 0;
            else
                rc = write_file_at(to, name, bytes, size) == 0 ? 1 : -1;
        }
    }
    int saved = errno;
    if (to >= 0)
        close(to);
    close(fd);
    free(bytes);
    errno = saved;
    return rc;
}

/* Whether an existing output folder may be replaced: it is lkjip's (its
 * marker, or the cache and lock of lkjip before 0.2), or it is empty. */
static int is_ours(int out_fd)
{
    static const char *const signs[] = {OUTPUT_MARKER, ".lkjip-cache", ".lkjip.lock"};
    struct stat st;
    for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++)
        if (fstatat(out_fd, signs[i], &st, AT_SYMLINK_NOFOLLOW) == 0)
            return 1;
    int fd = dup(out_fd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return 0;
    }
    rewinddir(d);
    int empty = 1;
    for (struct dirent *e; empty && (e = readdir(d));)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

static void tree_free(output_tree *t)
{
    if (t->staging_fd >= 0)
        close(t->staging_fd);
    if (t->out_fd >= 0)
        close(t->out_fd);
    if (t->parent_fd >= 0)
        close(t->parent_fd);
    pthread_mutex_destroy(&t->lock);
    for (size_t i = 0; i < t->wanted_count; i++)
        free(t->wanted[i]);
    free(t->wanted);
    free(t->name);
    free(t->staging);
    free(t->old);
    free(t->spare);
    free(t);
}

/* Splits out_dir into its canonical parent and its name (the user's own
 * path is trusted and resolved once; nothing inside the folder is). */
static int locate(const char *out_dir, output_tree *t)
{
    char path[4096];
    size_t n = strlen(out_dir);
    while (n > 1 && out_dir[n - 1] == '/')
        n--;
    if (n == 0 || n >= sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(path, out_dir, n);
    path[n] = '\0';
    char *real = realpath(path, NULL);
    if (real) {
        snprintf(path, sizeof path, "%s", real);
        free(real);
    }
    char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (!*name || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
        errno = EINVAL;
        return -1;
    }
    char parent[4096];
    if (!slash)
        snprintf(parent, sizeof parent, ".");
    else if (slash == path)
        snprintf(parent, sizeof parent, "/");
    else
        snprintf(parent, sizeof parent, "%.*s", (int)(slash - path), path);
    if (output_make_dirs(parent) != 0)
        return -1;
    t->parent_fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    size_t k = strlen(name) + 16;
    t->name = strdup(name);
    t->staging = malloc(k);
    t->old = malloc(k);
    t->spare = malloc(k);
    if (!t->name || !t->staging || !t->old || !t->spare) {
        errno = ENOMEM;
        return -1;
    }
    snprintf(t->staging, k, ".%s.lkjip-new", name);
    snprintf(t->old, k, ".%s.lkjip-old", name);
    snprintf(t->spare, k, ".%s.lkjip-spare", name);
    return t->parent_fd >= 0 ? 0 : -1;
}

/* Whether the folder name under parent carries lkjip's output marker:
 * the spare was a published output, or it is not ours to reuse. */
static int carries_marker(int parent, const char *name)
{
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    int ours = fd >= 0 && fstatat(fd, OUTPUT_MARKER, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
    if (fd >= 0)
        close(fd);
    return ours;
}

/* The staging tree: the spare (the tree published before the current
 * one) when there is one, brought up to date by this build and swept at
 * commit, so that a build that changed little touches little; else a new
 * folder. 0, or -1 with errno. */
static int make_staging(output_tree *t)
{
    struct stat st;
    if (fstatat(t->parent_fd, t->spare, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISDIR(st.st_mode)) {
            remove_tree(t->parent_fd, t->spare, 0); /* a file or a symlink put there: never followed */
        } else if (carries_marker(t->parent_fd, t->spare) &&
                   renameat(t->parent_fd, t->spare, t->parent_fd, t->staging) == 0) {
            t->reused = 1;
            return 0;
        }
        /* A folder of that name that is no lkjip output is left alone. */
    }
    return mkdirat(t->parent_fd, t->staging, 0755);
}

output_status output_tree_begin(const char *out_dir, output_tree **tree)
{
    *tree = NULL;
    output_tree *t = calloc(1, sizeof *t);
    if (!t) {
        errno = ENOMEM;
        return OUTPUT_ERRNO;
    }
    t->parent_fd = t->staging_fd = t->out_fd = -1;
    pthread_mutex_init(&t->lock, NULL);
    atomic_init(&t->wrote, 0);
    if (locate(out_dir, t) != 0) {
        int saved = errno;
        tree_free(t);
        errno = saved;
        return OUTPUT_ERRNO;
    }
    struct stat st;
    /* A publish without exchange killed between its two renames: the
     * previous tree goes back where it was. */
    if (fstatat(t->parent_fd, t->name, &st, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT &&
        fstatat(t->parent_fd, t->old, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
        renameat(t->parent_fd, t->old, t->parent_fd, t->name);
    remove_tree(t->parent_fd, t->staging, 0);
    remove_tree(t->parent_fd, t->old, 0);
    output_status status = OUTPUT_OK;
    if (fstatat(t->parent_fd, t->name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISDIR(st.st_mode))
            status = OUTPUT_NOT_FOLDER;
        else if ((t->out_fd = openat(t->parent_fd, t->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0)
            status = OUTPUT_ERRNO;
        else if (!is_ours(t->out_fd))
            status = OUTPUT_NOT_OURS;
    } else if (errno != ENOENT) {
        status = OUTPUT_ERRNO;
    }
    static const char marker[] =
        "Folder ini keluaran lkjip: isinya diganti seluruhnya pada setiap build.\n"
        "This folder is lkjip's output: each build replaces all of it.\n";
    if (status == OUTPUT_OK &&
        (make_staging(t) != 0 ||
         (t->staging_fd = openat(t->parent_fd, t->staging, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0 ||
         write_file_at(t->staging_fd, OUTPUT_MARKER, marker, sizeof marker - 1) != 0))
        status = OUTPUT_ERRNO;
    if (status == OUTPUT_OK)
        note_wanted(t, "", OUTPUT_MARKER);
    if (status != OUTPUT_OK) {
        int saved = errno;
        if (t->staging_fd >= 0)
            remove_tree(t->parent_fd, t->staging, 0);
        tree_free(t);
        errno = saved;
        return status;
    }
    *tree = t;
    return OUTPUT_OK;
}

/* Puts the staging tree where the output folder is: one exchange, or, on a
 * file system without it, two renames that the next run completes or
 * undoes. Returns the name the previous tree now has (NULL: there was
 * none) in *previous. 0, or -1 with errno. */
static int publish(output_tree *t, const char **previous)
{
    *previous = NULL;
    if (t->out_fd < 0)
        return renameat(t->parent_fd, t->staging, t->parent_fd, t->name);
    if (renameat2(t->parent_fd, t->staging, t->parent_fd, t->name, RENAME_EXCHANGE) == 0) {
        *previous = t->staging;
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return -1;
    if (renameat(t->parent_fd, t->name, t->parent_fd, t->old) != 0)
        return -1;
    if (renameat(t->parent_fd, t->staging, t->parent_fd, t->name) != 0) {
        int saved = errno;
        renameat(t->parent_fd, t->old, t->parent_fd, t->name);
        errno = saved;
        return -1;
    }
    *previous = t->old;
    return 0;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether this build put path in the staging tree (exactly, or, as a
 * folder, anything under it): a search of the sorted list. */
static int is_wanted(const output_tree *t, const char *path, int as_folder)
{
    size_t n = strlen(path), lo = 0, hi = t->wanted_count;
    while (lo < hi) { /* the first name not before path */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(t->wanted[mid], path) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < t->wanted_count && strncmp(t->wanted[lo], path, n) == 0; lo++) {
        char next = t->wanted[lo][n];
        if (as_folder ? next == '/' : next == '\0')
            return 1;
    }
    return 0;
}

/* Removes from the folder fd (at path rel in the staging tree) whatever
 * this build did not put there: a reused tree's reports of units gone,
 * files put there by hand, anything planted. 0, or -1 when a folder could
 * not be read whole or something could not be removed (it would be
 * published). */
static int sweep(output_tree *t, int fd, const char *rel, int depth)
{
    int copy = dup(fd);
    DIR *d = copy >= 0 ? fdopendir(copy) : NULL;
    if (!d) {
        if (copy >= 0)
            close(copy);
        return -1;
    }
    size_t count;
    int whole;
    unsigned char *types = NULL;
    char **names = names_in(d, &count, &whole, &types);
    closedir(d);
    int rc = whole ? 0 : -1;
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s%s%s", rel, *rel ? "/" : "", names[i]);
        struct stat st;
        /* The folder's own word on each entry's type where it gives one
         * (a stat per entry was most of a sweep's calls). */
        int folder = types[i] == DT_UNKNOWN
                         ? fstatat(fd, names[i], &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)
                         : types[i] == DT_DIR;
        if (folder && depth < 32 && is_wanted(t, path, 1)) {
            int sub = openat(fd, names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0 || sweep(t, sub, path, depth + 1) != 0)
                rc = -1;
            if (sub >= 0)
                close(sub);
        } else if (folder || !is_wanted(t, path, 0)) {
            remove_tree(fd, names[i], 0);
            /* removing is best effort (a leftover waits for the next run);
             * here what stays would be published */
            if (fstatat(fd, names[i], &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT)
                rc = -1;
        }
        free(names[i]);
    }
    free(names);
    free(types);
    return rc;
}

/* A reused staging tree keeps exactly what this build put there. Without
 * the full list of those, or of what a folder holds (out of memory), it
 * cannot be told what to keep: nothing is published. 0, or -1 with errno. */
static int sweep_reused(output_tree *t)
{
    if (!t->reused)
        return 0;
    if (t->wanted_failed) {
        errno = ENOMEM;
        return -1;
    }
    qsort(t->wanted, t->wanted_count, sizeof *t->wanted, compare_paths);
    if (sweep(t, t->staging_fd, "", 0) != 0) {
        if (errno == 0)
            errno = ENOMEM;
        return -1;
    }
    return 0;
}

int output_tree_commit(output_tree *t)
{
    /* Every new byte on disk before anything is published: one syncfs for
     * the whole tree (an fsync per file costs more than rendering them).
     * A tree of links to files already on disk needs none: the journal
     * orders the links (and a reused tree's removals) before the
     * exchange. */
    const char *previous = NULL;
    int flushed = sweep_reused(t) == 0 && (!atomic_load(&t->wrote) || syncfs(t->staging_fd) == 0);
    int rc = flushed && publish(t, &previous) == 0 ? 0 : -1;
    int saved = errno;
    if (rc == 0) {
        /* The rename itself made durable; were this lost in a crash, the
         * folder would hold the previous build, whole. The previous tree
         * is kept as the next build's staging tree: a rename, where
         * removing it would touch every file. */
        fsync(t->parent_fd);
        if (previous && renameat(t->parent_fd, previous, t->parent_fd, t->spare) != 0)
            remove_tree(t->parent_fd, previous, 0);
    } else {
        remove_tree(t->parent_fd, t->staging, 0);
    }
    tree_free(t);
    errno = saved;
    return rc;
}

void output_tree_abort(output_tree *t)
{
    if (!t)
        return;
    remove_tree(t->parent_fd, t->staging, 0);
    tree_free(t);
}

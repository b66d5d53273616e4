/*
 * cache.c — the cache folder (see cache.h). An input entry is
 *
 *   "LKJC" u32:format   toolchain digest   content digest
 *   u8:has identity  u64:dev u64:inode u64:size  u64:mtime s u32:ns
 *   u64:ctime s u32:ns   u64:moment s u32:ns
 *   u32:name length, name   u8:status
 *   u32:packed length  u32:compressed length  zlib(diagnostics pack)
 *   u32:packed length  u32:compressed length  zlib(model pack)   (0 0: none)
 *
 * (u32 little endian), named by the SHA-256 of the settings and the input
 * name, so each input keeps one entry that an edit overwrites. A render
 * stamp is "LKJR" u32:format, toolchain digest, render digest, then per
 * file u32:name length, name, u64:size, SHA-256 of its bytes. Every entry
 * ends with an HMAC-SHA-256 of all that under the folder's key (a file
 * "key", 0600, made on first use): an entry planted, altered or copied in
 * by anyone who can write the folder but is not lkjip fails it and is
 * ignored.
 *
 * SHA-256 (nettle) and not a fast checksum: an entry stands in for a whole
 * validation, so two different files must never share a key.
 *
 * The identity (stat of the input before its bytes were read) and the
 * moment (the file system's clock when the run that wrote the entry
 * began, before it looked at any file) let a later run trust the content
 * digest without reading the file, as git's index does: same device,
 * inode, size, mtime and ctime (to the nanosecond), and neither time as
 * late as the moment (a file changed in the tick it was looked at could
 * keep its times: "racy", hashed again). An edit in place changes the
 * mtime, and putting the mtime back (touch -d) changes the ctime; a file
 * replaced by another has another inode. Anything else is read and hashed
 * as before.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cache.h"

#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <nettle/hmac.h>
#include <nettle/sha2.h>
#include <sys/random.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "diag.h"
#include "output.h"
#include "pack.h"

/* Bump when the entry layout or anything pack.c writes changes meaning
 * without a new build (the build id covers code changes). */
#define CACHE_FORMAT 8u
#define MAX_ENTRY_BYTES ((size_t)512 * 1024 * 1024)

extern const unsigned char lkj_schema_submission[], lkj_schema_workspace[];
extern const unsigned long long lkj_schema_submission_size, lkj_schema_workspace_size;

struct cache {
    char *dir;
    int dir_fd;                                /* entries are opened relative to it */
    unsigned char key[CACHE_DIGEST_SIZE];      /* of every entry's MAC */
    unsigned char toolchain[CACHE_DIGEST_SIZE];
    unsigned char settings[CACHE_DIGEST_SIZE]; /* toolchain + language + limits */
    int64_t moment_s;                          /* the file system's clock when opened */
    uint32_t moment_ns;
    pthread_mutex_t lock;                      /* guards what follows */
    char **used;
    size_t used_count, used_capacity;
};

/* ------------------------------------------------------------------ */
/* Identity of this build                                              */
/* ------------------------------------------------------------------ */

typedef struct build_id {
    const unsigned char *bytes;
    size_t length;
} build_id;

/* The program's NT_GNU_BUILD_ID note: a hash the linker made of the code,
 * so any rebuild with a change invalidates every entry. Found through the
 * auxiliary vector (AT_PHDR), which needs no <link.h> (our src/link.h
 * shadows it). */
#if UINTPTR_MAX > 0xffffffffu
typedef Elf64_Phdr elf_phdr;
typedef Elf64_Nhdr elf_nhdr;
#else
typedef Elf32_Phdr elf_phdr;
typedef Elf32_Nhdr elf_nhdr;
#endif

static void find_build_id(build_id *id)
{
    const elf_phdr *phdr = (const elf_phdr *)getauxval(AT_PHDR);
    size_t count = (size_t)getauxval(AT_PHNUM);
    uintptr_t bias = 0;
    if (!phdr)
        return;
    for (size_t i = 0; i < count; i++)
        if (phdr[i].p_type == PT_PHDR)
            bias = (uintptr_t)phdr - phdr[i].p_vaddr;
    for (size_t i = 0; i < count; i++) {
        if (phdr[i].p_type != PT_NOTE)
            continue;
        const unsigned char *p = (const unsigned char *)(bias + phdr[i].p_vaddr);
        const unsigned char *end = p + phdr[i].p_memsz;
        while (p + sizeof(elf_nhdr) <= end) {
            const elf_nhdr *n = (const elf_nhdr *)(const void *)p;
            size_t name_size = (n->n_namesz + 3u) & ~3u, desc_size = (n->n_descsz + 3u) & ~3u;
            const unsigned char *name = p + sizeof *n, *desc = name + name_size;
            if (desc + desc_size > end)
                break;
            if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
                id->bytes = desc;
                id->length = n->n_descsz;
                return;
            }
            p = desc + desc_size;
        }
    }
}

static void sha_string(struct sha256_ctx *h, const char *s)
{
    uint32_t n = (uint32_t)strlen(s);
    sha256_update(h, sizeof n, (const uint8_t *)&n);
    sha256_update(h, n, (const uint8_t *)s);
}

static int toolchain_digest(unsigned char out[CACHE_DIGEST_SIZE])
{
    build_id id = {NULL, 0};
    find_build_id(&id);
    if (!id.bytes)
        return -1;
    struct sha256_ctx h;
    sha256_init(&h);
    char format[32];
    snprintf(format, sizeof format, "lkjip-cache-%u", CACHE_FORMAT);
    sha_string(&h, format);
    sha_string(&h, LKJ_VERSION);
    sha256_update(&h, id.length, id.bytes);
    sha256_update(&h, (size_t)lkj_schema_submission_size, lkj_schema_submission);
    sha256_update(&h, (size_t)lkj_schema_workspace_size, lkj_schema_workspace);
    sha256_digest(&h, CACHE_DIGEST_SIZE, out);
    return 0;
}

/* The folder's key: read when it is lkjip's own (a regular file of this
 * user, readable by nobody else, of the right size), made when missing.
 * Linked into place, so two runs making it at once agree on one. */
int cache_folder_key(int dir_fd, unsigned char key[CACHE_DIGEST_SIZE])
{
    for (int attempt = 0; attempt < 2; attempt++) {
        int fd = openat(dir_fd, "key", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            struct stat st;
            int ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
                     (st.st_mode & 077) == 0 && st.st_size == CACHE_DIGEST_SIZE &&
                     read(fd, key, CACHE_DIGEST_SIZE) == CACHE_DIGEST_SIZE;
            close(fd);
            if (!ok)
                errno = EPERM;
            return ok ? 0 : -1;
        }
        if (errno != ENOENT)
            return -1;
        unsigned char fresh[CACHE_DIGEST_SIZE];
        if (getrandom(fresh, sizeof fresh, 0) != (ssize_t)sizeof fresh)
            return -1;
        char tmp[64];
        snprintf(tmp, sizeof tmp, "key.tmp.%ld", (long)getpid());
        unlinkat(dir_fd, tmp, 0);
        fd = openat(dir_fd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0)
            return -1;
        int ok = write(fd, fresh, sizeof fresh) == (ssize_t)sizeof fresh && fsync(fd) == 0;
        ok = close(fd) == 0 && ok;
        if (ok && linkat(dir_fd, tmp, dir_fd, "key", 0) != 0 && errno != EEXIST)
            ok = 0;
        unlinkat(dir_fd, tmp, 0);
        if (!ok)
            return -1;
    }
    errno = EPERM;
    return -1;
}

cache *cache_open(const char *dir, const lkj_limits *limits, lkj_lang lang)
{
    if (output_make_dirs(dir) != 0)
        return NULL;
    cache *c = calloc(1, sizeof *c);
    if (!c || !(c->dir = strdup(dir))) {
        free(c);
        errno = ENOMEM;
        return NULL;
    }
    c->dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int failed = c->dir_fd < 0 || cache_folder_key(c->dir_fd, c->key) != 0 ? errno : 0;
    if (!failed && toolchain_digest(c->toolchain) != 0)
        failed = ENOEXEC;
    if (failed) {
        if (c->dir_fd >= 0)
            close(c->dir_fd);
        free(c->dir);
        free(c);
        errno = failed;
        return NULL;
    }
    /* The cache folder may be shared by nobody: its entries name files. */
    fchmod(c->dir_fd, 0700);
    /* Before this run looks at any input: what changes after it is racy. */
    if (cache_fs_now(c->dir_fd, &c->moment_s, &c->moment_ns) != 0)
        c->moment_s = INT64_MIN; /* no moment: every identity racy */
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, CACHE_DIGEST_SIZE, c->toolchain);
    uint64_t settings[3] = {(uint64_t)lang, limits->max_input_bytes, limits->max_diags_per_file};
    sha256_update(&h, sizeof settings, (const uint8_t *)settings);
    sha256_digest(&h, CACHE_DIGEST_SIZE, c->settings);
    pthread_mutex_init(&c->lock, NULL);
    return c;
}

void cache_close(cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->used_count; i++)
        free(c->used[i]);
    free(c->used);
    pthread_mutex_destroy(&c->lock);
    close(c->dir_fd);
    free(c->dir);
    free(c);
}

const unsigned char *cache_toolchain(const cache *c) { return c->settings; }

/* ------------------------------------------------------------------ */
/* Keys, bookkeeping                                                   */
/* ------------------------------------------------------------------ */

void cache_hex(const unsigned char *d, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    out[2 * n] = '\0';
}

/* prefix + hex(SHA-256(settings, parts...)) + suffix: an entry's name. */
static void entry_name(const cache *c, const char *prefix, const char *a, const char *b, const char *suffix,
                       char *out, size_t size)
{
    struct sha256_ctx h;
    unsigned char d[CACHE_DIGEST_SIZE];
    char x[2 * CACHE_DIGEST_SIZE + 1];
    sha256_init(&h);
    sha256_update(&h, CACHE_DIGEST_SIZE, c->settings);
    sha_string(&h, a);
    sha_string(&h, b ? b : "");
    sha256_digest(&h, CACHE_DIGEST_SIZE, d);
    cache_hex(d, sizeof d, x);
    snprintf(out, size, "%s%s%s", prefix, x, suffix);
}

void cache_key_name(const cache *c, const char *path, cache_key *key)
{
    memset(key, 0, sizeof *key);
    key->path = path;
    entry_name(c, "i-", path, NULL, ".lkc", key->entry, sizeof key->entry);
}

void cache_key_content(cache_key *key, const unsigned char *raw, size_t raw_len)
{
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, raw_len, raw);
    sha256_digest(&h, CACHE_DIGEST_SIZE, key->content);
    key->content_known = 1;
}

/* ------------------------------------------------------------------ */
/* File identity                                                       */
/* ------------------------------------------------------------------ */

void cache_file_id_of(const struct stat *st, cache_file_id *id)
{
    memset(id, 0, sizeof *id);
    id->dev = (uint64_t)st->st_dev;
    id->ino = (uint64_t)st->st_ino;
    id->size = (uint64_t)st->st_size;
    id->mtime_s = (int64_t)st->st_mtim.tv_sec;
    id->mtime_ns = (uint32_t)st->st_mtim.tv_nsec;
    id->ctime_s = (int64_t)st->st_ctim.tv_sec;
    id->ctime_ns = (uint32_t)st->st_ctim.tv_nsec;
}

int cache_file_id_equal(const cache_file_id *a, const cache_file_id *b)
{
    return a->dev == b->dev && a->ino == b->ino && a->size == b->size && a->mtime_s == b->mtime_s &&
           a->mtime_ns == b->mtime_ns && a->ctime_s == b->ctime_s && a->ctime_ns == b->ctime_ns;
}

static int not_before(int64_t s, uint32_t ns, int64_t moment_s, uint32_t moment_ns)
{
    return s > moment_s || (s == moment_s && ns >= moment_ns);
}

int cache_racy(const cache_file_id *id, int64_t moment_s, uint32_t moment_ns)
{
    return not_before(id->mtime_s, id->mtime_ns, moment_s, moment_ns) ||
           not_before(id->ctime_s, id->ctime_ns, moment_s, moment_ns);
}

/* A file made and removed at once: its mtime is the file system's clock,
 * with the granularity the inputs' and outputs' times have (a clock read
 * with clock_gettime may run ahead of the coarse one files are stamped
 * with, and would make a file changed just after it look older). */
int cache_fs_now(int dir_fd, int64_t *s, uint32_t *ns)
{
    char name[64];
    snprintf(name, sizeof name, "i-clock.tmp.%ld", (long)getpid());
    unlinkat(dir_fd, name, 0);
    int fd = openat(dir_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    struct stat st;
    int rc = fstat(fd, &st);
    close(fd);
    unlinkat(dir_fd, name, 0);
    if (rc != 0)
        return -1;
    *s = (int64_t)st.st_mtim.tv_sec;
    *ns = (uint32_t)st.st_mtim.tv_nsec;
    return 0;
}

/* Where the real path of each folder is remembered: files come folder by
 * folder, so one per thread is enough. */
static _Thread_local char last_folder[4096], last_real[4096];

char *cache_canonical_path(const char *path, int is_link)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t folder_len = slash ? (size_t)(slash - path) : 0;
    if (is_link || !*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0 || folder_len >= sizeof last_folder)
        return realpath(path, NULL);
    char folder[4096];
    if (!slash)
        snprintf(folder, sizeof folder, ".");
    else if (folder_len == 0)
        snprintf(folder, sizeof folder, "/");
    else
        snprintf(folder, sizeof folder, "%.*s", (int)folder_len, path);
    if (!last_real[0] || strcmp(folder, last_folder) != 0) {
        char *real = realpath(folder, NULL);
        if (!real || strlen(real) >= sizeof last_real) {
            free(real);
            last_real[0] = '\0';
            return realpath(path, NULL);
        }
        snprintf(last_folder, sizeof last_folder, "%s", folder);
        snprintf(last_real, sizeof last_real, "%s", real);
        free(real);
    }
    size_t n = strlen(last_real) + 1 + strlen(base) + 1;
    char *out = malloc(n);
    if (out)
        snprintf(out, n, "%s%s%s", last_real, strcmp(last_real, "/") == 0 ? "" : "/", base);
    return out;
}

/* Remembers an entry as used by this run (kept by cache_prune). */
static void mark_used(cache *c, const char *entry)
{
    pthread_mutex_lock(&c->lock);
    if (c->used_count == c->used_capacity) {
        size_t cap = c->used_capacity ? 2 * c->used_capacity : 256;
        char **grown = realloc(c->used, cap * sizeof *grown);
        if (grown) {
            c->used = grown;
            c->used_capacity = cap;
        }
    }
    char *copy = c->used_count < c->used_capacity ? strdup(entry) : NULL;
    if (copy)
        c->used[c->used_count++] = copy;
    pthread_mutex_unlock(&c->lock);
}

/* ------------------------------------------------------------------ */
/* Reading an entry: a cursor that fails on anything short            */
/* ------------------------------------------------------------------ */

typedef struct cursor {
    const unsigned char *p;
    size_t left;
    int failed;
} cursor;

static const unsigned char *take(cursor *r, size_t n)
{
    if (r->failed || n > r->left) {
        r->failed = 1;
        return NULL;
    }
    const unsigned char *p = r->p;
    r->p += n;
    r->left -= n;
    return p;
}

static uint32_t take_u32(cursor *r)
{
    const unsigned char *p = take(r, 4);
    return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24 : 0;
}

static uint64_t take_u64(cursor *r)
{
    uint64_t lo = take_u32(r);
    return lo | (uint64_t)take_u32(r) << 32;
}

/* Whether the next bytes are exactly expected (length n). */
static int take_equal(cursor *r, const void *expected, size_t n)
{
    const unsigned char *p = take(r, n);
    return p && memcmp(p, expected, n) == 0;
}

static void entry_mac(const cache *c, const unsigned char *data, size_t length, unsigned char out[CACHE_DIGEST_SIZE])
{
    struct hmac_sha256_ctx h;
    hmac_sha256_set_key(&h, CACHE_DIGEST_SIZE, c->key);
    hmac_sha256_update(&h, length, data);
    hmac_sha256_digest(&h, CACHE_DIGEST_SIZE, out);
}

/* An entry's bytes without its MAC, or NULL: missing, not a regular file
 * (never followed, never blocked on), too large, or not made under this
 * folder's key. */
static unsigned char *slurp(const cache *c, const char *entry, size_t *length)
{
    size_t n = 0;
    unsigned char *data = output_read_regular(c->dir_fd, entry, MAX_ENTRY_BYTES, &n);
    unsigned char mac[CACHE_DIGEST_SIZE];
    if (data && n >= CACHE_DIGEST_SIZE) {
        entry_mac(c, data, n - CACHE_DIGEST_SIZE, mac);
        if (memcmp(mac, data + n - CACHE_DIGEST_SIZE, CACHE_DIGEST_SIZE) == 0) {
            *length = n - CACHE_DIGEST_SIZE;
            return data;
        }
    }
    free(data);
    return NULL;
}

/* One compressed section inflated: NULL when it does not inflate to
 * exactly its recorded size. *present is 0 for an absent section. */
static unsigned char *take_section(cursor *r, size_t *length, int *present)
{
    uint32_t plain = take_u32(r), packed = take_u32(r);
    *present = plain != 0;
    const unsigned char *src = take(r, packed);
    if (!src || plain == 0 || plain > MAX_ENTRY_BYTES)
        return NULL;
    unsigned char *out = malloc(plain);
    uLongf out_len = plain;
    if (out && (uncompress(out, &out_len, src, packed) != Z_OK || out_len != plain)) {
        free(out);
        out = NULL;
    }
    *length = plain;
    return out;
}

static void path_of(const cache *c, const char *entry, char *out, size_t size)
{
    snprintf(out, size, "%s/%s", c->dir, entry);
}

static void put_u64(pack_buf *b, uint64_t v)
{
    pack_put_u32(b, (uint32_t)v);
    pack_put_u32(b, (uint32_t)(v >> 32));
}

static void take_file_id(cursor *r, cache_file_id *id)
{
    id->dev = take_u64(r);
    id->ino = take_u64(r);
    id->size = take_u64(r);
    id->mtime_s = (int64_t)take_u64(r);
    id->mtime_ns = take_u32(r);
    id->ctime_s = (int64_t)take_u64(r);
    id->ctime_ns = take_u32(r);
}

static void put_file_id(pack_buf *b, const cache_file_id *id)
{
    put_u64(b, id->dev);
    put_u64(b, id->ino);
    put_u64(b, id->size);
    put_u64(b, (uint64_t)id->mtime_s);
    pack_put_u32(b, id->mtime_ns);
    put_u64(b, (uint64_t)id->ctime_s);
    pack_put_u32(b, id->ctime_ns);
}

/* The identity part of an entry, as recorded. */
typedef struct recorded_id {
    int present;
    cache_file_id id;
    int64_t moment_s;
    uint32_t moment_ns;
} recorded_id;

#define ID_BYTES (1 + 6 * 8 + 3 * 4)

static void take_id(cursor *r, recorded_id *out)
{
    const unsigned char *flag = take(r, 1);
    out->present = flag && *flag == 1;
    take_file_id(r, &out->id);
    out->moment_s = (int64_t)take_u64(r);
    out->moment_ns = take_u32(r);
}

/* key's identity, as this run saw it (or none), and this run's moment. */
static void put_id(pack_buf *b, const cache *c, const cache_key *key)
{
    unsigned char flag = key->has_id ? 1 : 0;
    cache_file_id none = {0};
    const cache_file_id *id = key->has_id ? &key->id : &none;
    pack_put_bytes(b, &flag, 1);
    put_file_id(b, id);
    put_u64(b, (uint64_t)c->moment_s);
    pack_put_u32(b, c->moment_ns);
}

/* Whether the entry's content digest may stand for key's file unread. */
static int identity_holds(const cache_key *key, const recorded_id *rec)
{
    return key->has_id && rec->present && cache_file_id_equal(&key->id, &rec->id) &&
           !cache_racy(&rec->id, rec->moment_s, rec->moment_ns);
}

static void write_entry(const cache *c, const char *entry, pack_buf *b);

/* The entry as it was (data, without its MAC) with key's identity and this
 * run's moment in place of the recorded ones: the next run trusts it. */
static void refresh_identity(const cache *c, const cache_key *key, const unsigned char *data, size_t size,
                             size_t id_offset)
{
    pack_buf out = {0};
    pack_put_bytes(&out, data, id_offset);
    put_id(&out, c, key);
    pack_put_bytes(&out, data + id_offset + ID_BYTES, size - id_offset - ID_BYTES);
    write_entry(c, key->entry, &out);
    pack_buf_free(&out);
}

int cache_lookup(cache *c, cache_key *key, const char *name, lkj_diags *diags, int *status,
                 check_model *model)
{
    if (!key->content_known && !key->has_id)
        return 0;
    size_t size = 0;
    unsigned char *data = slurp(c, key->entry, &size);
    if (!data)
        return 0;
    cursor r = {data, size, 0};
    uint32_t name_len = (uint32_t)strlen(key->path);
    int ok = take_equal(&r, "LKJC", 4) && take_u32(&r) == CACHE_FORMAT && take_equal(&r, c->settings, CACHE_DIGEST_SIZE);
    const unsigned char *content = ok ? take(&r, CACHE_DIGEST_SIZE) : NULL;
    size_t id_offset = size - r.left;
    recorded_id rec = {0};
    take_id(&r, &rec);
    int by_identity = !key->content_known;
    if (by_identity)
        ok = content && identity_holds(key, &rec);
    else
        ok = content && memcmp(content, key->content, CACHE_DIGEST_SIZE) == 0;
    ok = ok && !r.failed && take_u32(&r) == name_len && take_equal(&r, key->path, name_len);
    const unsigned char *st = ok ? take(&r, 1) : NULL;
    ok = st && (*st == LKJ_EXIT_OK || *st == LKJ_EXIT_PROBLEMS);
    size_t diags_len = 0, model_len = 0;
    int has_diags = 0, has_model = 0;
    unsigned char *packed_diags = ok ? take_section(&r, &diags_len, &has_diags) : NULL;
    unsigned char *packed_model = packed_diags ? take_section(&r, &model_len, &has_model) : NULL;
    ok = packed_diags && !r.failed && r.left == 0 && (!has_model || packed_model);
    /* A model is wanted and one was made (status OK: the model; status
     * PROBLEMS: what the rejected input would have defined) but not
     * recorded: the entry came from a plain check; make it again. */
    if (ok && model && !has_model)
        ok = 0;
    check_model m = {0};
    if (ok && model && has_model && unpack_model(packed_model, model_len, name, &m) != 0)
        ok = 0;
    /* Through a scratch list, so that a pack that fails halfway leaves
     * diags untouched (the check then runs and says it all). */
    lkj_diags *found = ok ? lkj_diags_new(lkj_diags_lang(diags)) : NULL;
    if (ok && (!found || unpack_diags(packed_diags, diags_len, name, found) != 0 || diag_append_all(diags, found) != 0))
        ok = 0;
    lkj_diags_free(found);
    free(packed_diags);
    free(packed_model);
    int status_value = st ? *st : 0;
    if (ok && by_identity) {
        memcpy(key->content, content, CACHE_DIGEST_SIZE);
        key->content_known = 1;
    } else if (ok && key->has_id && !identity_holds(key, &rec) && !cache_racy(&key->id, c->moment_s, c->moment_ns)) {
        refresh_identity(c, key, data, size, id_offset);
    }
    free(data);
    if (!ok) {
        check_model_free(&m);
        return 0;
    }
    *status = status_value;
    if (model)
        *model = m;
    mark_used(c, key->entry);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

/* A section: plain length, compressed length, zlib bytes (level 1: the
 * cache is read far more often than written, and inflating is as fast at
 * any level, but a nightly run writes every changed file once). */
static void put_section(pack_buf *out, const pack_buf *plain)
{
    if (plain->length == 0 || plain->length > MAX_ENTRY_BYTES) {
        pack_put_u32(out, 0);
        pack_put_u32(out, 0);
        return;
    }
    uLongf bound = compressBound(plain->length);
    unsigned char *z = malloc(bound);
    if (!z || compress2(z, &bound, plain->data, plain->length, 1) != Z_OK) {
        free(z);
        out->failed = 1;
        return;
    }
    pack_put_u32(out, (uint32_t)plain->length);
    pack_put_u32(out, (uint32_t)bound);
    pack_put_bytes(out, z, bound);
    free(z);
}

/* Written to a temporary name and renamed; not fsynced: a torn entry after
 * a crash fails its checks and is ignored, so durability buys nothing. */
static void write_entry(const cache *c, const char *entry, pack_buf *b)
{
    unsigned char mac[CACHE_DIGEST_SIZE];
    entry_mac(c, b->data, b->length, mac);
    pack_put_bytes(b, mac, sizeof mac);
    if (b->failed)
        return;
    char path[4400];
    path_of(c, entry, path, sizeof path);
    output_write_atomic_fast(path, b->data, b->length);
}

void cache_store(cache *c, const cache_key *key, int status, const lkj_diags *diags, const check_model *model)
{
    if (status != LKJ_EXIT_OK && status != LKJ_EXIT_PROBLEMS)
        return;
    pack_buf d = {0}, m = {0}, out = {0};
    int ok = pack_diags(diags, &d) == 0;
    if (ok && model && (model->unit || model->profile || model->rejected))
        ok = pack_model(model, &m) == 0;
    if (ok) {
        pack_put_bytes(&out, "LKJC", 4);
        pack_put_u32(&out, CACHE_FORMAT);
        pack_put_bytes(&out, c->settings, CACHE_DIGEST_SIZE);
        pack_put_bytes(&out, key->content, CACHE_DIGEST_SIZE);
        put_id(&out, c, key);
        pack_put_u32(&out, (uint32_t)strlen(key->path));
        pack_put_bytes(&out, key->path, strlen(key->path));
        unsigned char st = (unsigned char)status;
        pack_put_bytes(&out, &st, 1);
        put_section(&out, &d);
        put_section(&out, &m);
        write_entry(c, key->entry, &out);
    }
    pack_buf_free(&d);
    pack_buf_free(&m);
    pack_buf_free(&out);
    mark_used(c, key->entry);
}

/* ------------------------------------------------------------------ */
/* Render stamps                                                       */
/* ------------------------------------------------------------------ */

int cache_render_fresh(cache *c, const char *dir, const char *what, const unsigned char digest[CACHE_DIGEST_SIZE],
                       int (*keep)(void *ctx, const char *name, size_t size,
                                   const unsigned char sha[CACHE_DIGEST_SIZE]),
                       void *ctx)
{
    char entry[80];
    entry_name(c, "r-", dir, what, ".lkr", entry, sizeof entry);
    size_t size = 0;
    unsigned char *data = slurp(c, entry, &size);
    if (!data)
        return 0;
    cursor r = {data, size, 0};
    int fresh = take_equal(&r, "LKJR", 4) && take_u32(&r) == CACHE_FORMAT &&
                take_equal(&r, c->settings, CACHE_DIGEST_SIZE) && take_equal(&r, digest, CACHE_DIGEST_SIZE);
    size_t files = 0;
    while (fresh == 1 && r.left > 0) {
        uint32_t n = take_u32(&r);
        const unsigned char *file = n > 0 && n < 256 ? take(&r, n) : NULL;
        uint64_t bytes = take_u64(&r);
        const unsigned char *sha = take(&r, CACHE_DIGEST_SIZE);
        if (!file || !sha || r.failed || bytes > MAX_ENTRY_BYTES || memchr(file, '/', n) || memchr(file, '\0', n)) {
            fresh = 0;
            break;
        }
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)n, (const char *)file);
        fresh = keep(ctx, name, (size_t)bytes, sha);
        files++;
    }
    free(data);
    if (fresh == 1 && files == 0)
        fresh = 0;
    if (fresh == 1)
        mark_used(c, entry);
    return fresh;
}

void cache_render_keep(cache *c, const char *dir, const char *what)
{
    char entry[80];
    entry_name(c, "r-", dir, what, ".lkr", entry, sizeof entry);
    mark_used(c, entry);
}

void cache_render_record(cache *c, const char *dir, const char *what, const unsigned char digest[CACHE_DIGEST_SIZE],
                         const char *const *files, const size_t *sizes,
                         const unsigned char (*shas)[CACHE_DIGEST_SIZE], size_t file_count)
{
    char entry[80];
    entry_name(c, "r-", dir, what, ".lkr", entry, sizeof entry);
    pack_buf out = {0};
    pack_put_bytes(&out, "LKJR", 4);
    pack_put_u32(&out, CACHE_FORMAT);
    pack_put_bytes(&out, c->settings, CACHE_DIGEST_SIZE);
    pack_put_bytes(&out, digest, CACHE_DIGEST_SIZE);
    for (size_t i = 0; i < file_count; i++) {
        pack_put_u32(&out, (uint32_t)strlen(files[i]));
        pack_put_bytes(&out, files[i], strlen(files[i]));
        pack_put_u32(&out, (uint32_t)sizes[i]);
        pack_put_u32(&out, (uint32_t)((uint64_t)sizes[i] >> 32));
        pack_put_bytes(&out, shas[i], CACHE_DIGEST_SIZE);
    }
    write_entry(c, entry, &out);
    pack_buf_free(&out);
    mark_used(c, entry);
}

/* ------------------------------------------------------------------ */
/* Identities of the published files                                   */
/* ------------------------------------------------------------------ */

/* "LKJO" u32:format, settings digest, u64:moment s u32:ns, then per file
 * u32:path length, path, u64:size, SHA-256, identity (as in an input
 * entry, without its flag), sorted by path. */

typedef struct output_record {
    const char *path; /* into the entry's bytes, NUL-terminated copy below */
    uint64_t size;
    const unsigned char *sha;
    cache_file_id id;
} output_record;

struct cache_outputs {
    unsigned char *data;
    char *names; /* every path, NUL-terminated */
    output_record *items;
    size_t count;
    int64_t moment_s;
    uint32_t moment_ns;
};

#define MAX_OUTPUT_PATH 4096

void cache_outputs_free(cache_outputs *o)
{
    if (!o)
        return;
    free(o->data);
    free(o->names);
    free(o->items);
    free(o);
}

cache_outputs *cache_outputs_load(cache *c, const char *out_dir)
{
    char entry[80];
    entry_name(c, "o-", out_dir, NULL, ".lko", entry, sizeof entry);
    mark_used(c, entry);
    size_t size = 0;
    unsigned char *data = slurp(c, entry, &size);
    if (!data)
        return NULL;
    cache_outputs *o = calloc(1, sizeof *o);
    cursor r = {data, size, 0};
    int ok = o && take_equal(&r, "LKJO", 4) && take_u32(&r) == CACHE_FORMAT &&
             take_equal(&r, c->settings, CACHE_DIGEST_SIZE);
    if (o) {
        o->data = data;
        o->moment_s = (int64_t)take_u64(&r);
        o->moment_ns = take_u32(&r);
    }
    uint32_t count = ok ? take_u32(&r) : 0;
    /* Each record takes at least 4 + 8 + 32 + 44 bytes: a count beyond
     * what is left is damage, not an allocation to make. */
    ok = ok && !r.failed && (size_t)count <= r.left / 88;
    if (ok) {
        o->items = calloc(count ? count : 1, sizeof *o->items);
        o->names = malloc(r.left + 1);
        ok = o->items && o->names;
    }
    size_t used = 0;
    for (uint32_t k = 0; ok && k < count; k++) {
        uint32_t n = take_u32(&r);
        const unsigned char *path = n > 0 && n < MAX_OUTPUT_PATH ? take(&r, n) : NULL;
        output_record *it = &o->items[k];
        it->size = take_u64(&r);
        it->sha = take(&r, CACHE_DIGEST_SIZE);
        take_file_id(&r, &it->id);
        ok = path && it->sha && !r.failed && !memchr(path, '\0', n);
        if (ok) {
            memcpy(o->names + used, path, n);
            o->names[used + n] = '\0';
            it->path = o->names + used;
            used += n + 1;
            /* Sorted as written: bsearch relies on it. */
            ok = k == 0 || strcmp(o->items[k - 1].path, it->path) < 0;
        }
    }
    if (!ok || r.left != 0) {
        if (o)
            o->data = NULL;
        cache_outputs_free(o);
        free(data);
        return NULL;
    }
    o->count = count;
    return o;
}

static int by_path(const void *key, const void *item)
{
    return strcmp(key, ((const output_record *)item)->path);
}

int cache_outputs_trust(const cache_outputs *o, const char *rel, const char *name, const struct stat *st,
                        size_t size, const unsigned char sha[CACHE_DIGEST_SIZE])
{
    char path[MAX_OUTPUT_PATH + 1];
    if (!o || (size_t)snprintf(path, sizeof path, "%s/%s", rel, name) >= sizeof path)
        return 0;
    const output_record *it = bsearch(path, o->items, o->count, sizeof *o->items, by_path);
    cache_file_id now;
    cache_file_id_of(st, &now);
    return it && it->size == (uint64_t)size && (uint64_t)st->st_size == it->size &&
           memcmp(it->sha, sha, CACHE_DIGEST_SIZE) == 0 && cache_file_id_equal(&now, &it->id) &&
           !cache_racy(&it->id, o->moment_s, o->moment_ns);
}

typedef struct path_index {
    const char *path;
    size_t i;
} path_index;

static int by_path_index(const void *a, const void *b)
{
    return strcmp(((const path_index *)a)->path, ((const path_index *)b)->path);
}

/* The file system's clock once it has moved past now: publishing just
 * linked and unlinked every file (their ctimes), and a moment in the same
 * tick would make them all racy, hashed again by the next build. Waits a
 * tick (a few milliseconds), never more than about 30 ms (a file system
 * with whole-second times: then the last ones are racy, and hashed). */
static int next_tick(int dir_fd, int64_t *s, uint32_t *ns)
{
    int64_t first_s;
    uint32_t first_ns;
    if (cache_fs_now(dir_fd, &first_s, &first_ns) != 0)
        return -1;
    *s = first_s;
    *ns = first_ns;
    for (int tries = 0; tries < 30 && *s == first_s && *ns == first_ns; tries++) {
        struct timespec wait = {0, 1000000};
        nanosleep(&wait, NULL);
        if (cache_fs_now(dir_fd, s, ns) != 0)
            return -1;
    }
    return 0;
}

void cache_outputs_record(cache *c, const char *out_dir, const char *const *paths, const size_t *sizes,
                          const unsigned char (*shas)[CACHE_DIGEST_SIZE], size_t count)
{
    char entry[80];
    entry_name(c, "o-", out_dir, NULL, ".lko", entry, sizeof entry);
    mark_used(c, entry);
    int64_t moment_s;
    uint32_t moment_ns;
    /* The moment first, then the stats: a file changed after the moment
     * has a time not older than it (racy), one changed before shows in its
     * stat. */
    int out_fd = open(out_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    path_index *order = malloc((count ? count : 1) * sizeof *order);
    if (out_fd < 0 || !order || next_tick(c->dir_fd, &moment_s, &moment_ns) != 0) {
        if (out_fd >= 0)
            close(out_fd);
        free(order);
        unlinkat(c->dir_fd, entry, 0); /* an old record would describe another tree */
        return;
    }
    for (size_t i = 0; i < count; i++)
        order[i] = (path_index){paths[i], i};
    qsort(order, count, sizeof *order, by_path_index);
    pack_buf out = {0};
    pack_put_bytes(&out, "LKJO", 4);
    pack_put_u32(&out, CACHE_FORMAT);
    pack_put_bytes(&out, c->settings, CACHE_DIGEST_SIZE);
    put_u64(&out, (uint64_t)moment_s);
    pack_put_u32(&out, moment_ns);
    size_t count_at = out.length;
    pack_put_u32(&out, 0);
    uint32_t kept = 0;
    for (size_t k = 0; k < count; k++) {
        size_t i = order[k].i;
        size_t n = strlen(paths[i]);
        struct stat st;
        /* One path twice (never, but then only its first) or a file gone
         * or changed since it was written: not recorded. */
        if (n == 0 || n >= MAX_OUTPUT_PATH || (k > 0 && strcmp(order[k - 1].path, paths[i]) == 0) ||
            fstatat(out_fd, paths[i], &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            (uint64_t)st.st_size != (uint64_t)sizes[i])
            continue;
        cache_file_id id;
        cache_file_id_of(&st, &id);
        pack_put_u32(&out, (uint32_t)n);
        pack_put_bytes(&out, paths[i], n);
        put_u64(&out, (uint64_t)sizes[i]);
        pack_put_bytes(&out, shas[i], CACHE_DIGEST_SIZE);
        put_file_id(&out, &id);
        kept++;
    }
    close(out_fd);
    free(order);
    if (!out.failed) {
        out.data[count_at] = (unsigned char)kept;
        out.data[count_at + 1] = (unsigned char)(kept >> 8);
        out.data[count_at + 2] = (unsigned char)(kept >> 16);
        out.data[count_at + 3] = (unsigned char)(kept >> 24);
    }
    write_entry(c, entry, &out);
    pack_buf_free(&out);
}

/* ------------------------------------------------------------------ */
/* Pruning                                                             */
/* ------------------------------------------------------------------ */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

void cache_prune(cache *c)
{
    qsort(c->used, c->used_count, sizeof *c->used, compare_names);
    DIR *d = opendir(c->dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d));) {
        const char *n = e->d_name;
        int ours = (strncmp(n, "i-", 2) == 0 && has_suffix(n, ".lkc")) ||
                   (strncmp(n, "r-", 2) == 0 && has_suffix(n, ".lkr")) ||
                   (strncmp(n, "o-", 2) == 0 && has_suffix(n, ".lko"));
        int leftover = (strncmp(n, "i-", 2) == 0 || strncmp(n, "r-", 2) == 0 || strncmp(n, "o-", 2) == 0) &&
                       strstr(n, ".tmp.");
        if (!ours && !leftover)
            continue;
        if (!leftover && bsearch(&n, c->used, c->used_count, sizeof *c->used, compare_names))
            continue;
        char path[4400];
        path_of(c, n, path, sizeof path);
        unlink(path);
    }
    closedir(d);
}

/*
 * gate.c — the accepted versions of units in the state folder (gate.h).
 *
 * STATE/accepted/ holds "key" (the MAC key, as the cache's), "index" and
 * one file per accepted version, named by the SHA-256 of its bytes. The
 * index is text, one unit per line, its fields separated by tabs and
 * percent-escaped, and ends with "mac HEX", an HMAC-SHA-256 of everything
 * before it: an index changed by anyone but lkjip is not trusted (read as
 * empty, and said). Bytes are checked against their name on every read.
 */
#define _GNU_SOURCE /* O_NOFOLLOW, syncfs */
#include "gate.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libxml/tree.h>
#include <nettle/hmac.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "diag.h"
#include "import.h"
#include "load.h"
#include "output.h"

#define INDEX_NAME "index"
#define INDEX_MAGIC "lkjip-accepted 1\n"
#define MAX_INDEX_BYTES ((size_t)64 << 20)

struct gate {
    char *dir;
    int dir_fd;
    unsigned char key[GATE_DIGEST_SIZE];
    gate_version *versions;
    size_t count, capacity;
    /* Newly accepted versions point at their inputs until gate_commit. */
    char **sources;
    /* An index by id: slot = version index + 1, 0 empty; rebuilt when the
     * versions outgrow it (a national set accepts 22,000 units a night). */
    size_t *slots;
    size_t slot_mask, indexed;
};

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

static int unhex(const char *s, size_t len, unsigned char *out)
{
    if (len % 2)
        return -1;
    for (size_t i = 0; i < len; i += 2) {
        int v = 0;
        for (size_t k = i; k < i + 2; k++) {
            char c = s[k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        out[i / 2] = (unsigned char)v;
    }
    return 0;
}

static void index_mac(const gate *g, const void *data, size_t length, unsigned char out[GATE_DIGEST_SIZE])
{
    struct hmac_sha256_ctx h;
    hmac_sha256_set_key(&h, GATE_DIGEST_SIZE, g->key);
    hmac_sha256_update(&h, length, data);
    hmac_sha256_digest(&h, GATE_DIGEST_SIZE, out);
}

/* Field escaping: a tab, a line break, '%' and other controls become %XX
 * (paths and names may hold anything). */
static void put_escaped(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++)
        if (*p < 0x20 || *p == '%' || *p == 0x7f)
            fprintf(f, "%%%02x", *p);
        else
            fputc(*p, f);
}

static char *unescaped(const char *s, size_t len)
{
    char *out = malloc(len + 1);
    size_t n = 0;
    for (size_t i = 0; out && i < len; i++) {
        unsigned char v;
        if (s[i] == '%' && i + 2 < len + 1 && unhex(s + i + 1, 2, &v) == 0) {
            out[n++] = (char)v;
            i += 2;
        } else {
            out[n++] = s[i];
        }
    }
    if (out)
        out[n] = '\0';
    return out;
}

static void version_free(gate_version *v)
{
    free(v->id);
    free(v->name);
    free(v->path);
    free(v->bytes);
}

/* ------------------------------------------------------------------ */
/* Reading the index                                                   */
/* ------------------------------------------------------------------ */

static gate_version *new_version(gate *g)
{
    if (g->count == g->capacity) {
        size_t cap = g->capacity ? 2 * g->capacity : 16;
        gate_version *v = realloc(g->versions, cap * sizeof *v);
        char **s = realloc(g->sources, cap * sizeof *s);
        if (v)
            g->versions = v;
        if (s)
            g->sources = s;
        if (!v || !s)
            return NULL;
        g->capacity = cap;
    }
    g->sources[g->count] = NULL;
    gate_version *v = &g->versions[g->count++];
    memset(v, 0, sizeof *v);
    return v;
}

/* One line: HEX DATE ID NAME PATH BYTES, tab-separated. */
static int read_line(gate *g, const char *line, size_t len)
{
    const char *field[6];
    size_t flen[6], k = 0;
    const char *start = line;
    for (size_t i = 0; i <= len && k < 6; i++)
        if (i == len || line[i] == '\t') {
            field[k] = start;
            flen[k++] = (size_t)(line + i - start);
            start = line + i + 1;
        }
    if (k != 6 || flen[0] != 2 * GATE_DIGEST_SIZE)
        return -1;
    gate_version *v = new_version(g);
    if (!v || unhex(field[0], flen[0], v->digest) != 0)
        return -1;
    char *date = unescaped(field[1], flen[1]);
    v->date = date ? strtoll(date, NULL, 10) : 0;
    free(date);
    v->id = unescaped(field[2], flen[2]);
    v->name = unescaped(field[3], flen[3]);
    v->path = unescaped(field[4], flen[4]);
    v->bytes = unescaped(field[5], flen[5]);
    if (!v->id || !v->name || !v->path || !v->bytes || !v->id[0] || strchr(v->bytes, '/') || v->bytes[0] == '.')
        return -1;
    return 0;
}

static void forget_all(gate *g)
{
    for (size_t i = 0; i < g->count; i++) {
        version_free(&g->versions[i]);
        free(g->sources[i]);
    }
    g->count = 0;
    g->indexed = 0;
    if (g->slots)
        memset(g->slots, 0, (g->slot_mask + 1) * sizeof *g->slots);
}

/* 0: read (or none), 1: there was one but it is not to be trusted. */
static int read_index(gate *g)
{
    size_t n = 0;
    unsigned char *data = output_read_regular(g->dir_fd, INDEX_NAME, MAX_INDEX_BYTES, &n);
    if (!data)
        return errno == ENOENT ? 0 : 1;
    const char *text = (const char *)data;
    const char *mac_line = n > 0 ? memmem(text, n, "\nmac ", 5) : NULL;
    size_t body = mac_line ? (size_t)(mac_line - text) + 1 : 0;
    unsigned char mac[GATE_DIGEST_SIZE], expected[GATE_DIGEST_SIZE];
    int ok = mac_line && n == body + 4 + 2 * GATE_DIGEST_SIZE + 1 && text[n - 1] == '\n' &&
             unhex(text + body + 4, 2 * GATE_DIGEST_SIZE, mac) == 0 &&
             body >= sizeof INDEX_MAGIC - 1 && memcmp(text, INDEX_MAGIC, sizeof INDEX_MAGIC - 1) == 0;
    if (ok) {
        index_mac(g, text, body, expected);
        ok = memcmp(mac, expected, sizeof mac) == 0;
    }
    for (size_t at = sizeof INDEX_MAGIC - 1; ok && at < body;) {
        const char *end = memchr(text + at, '\n', body - at);
        ok = end && read_line(g, text + at, (size_t)(end - text - at)) == 0;
        at = end ? (size_t)(end - text) + 1 : body;
    }
    free(data);
    if (!ok)
        forget_all(g);
    return !ok;
}

gate *gate_open(const char *state_dir, int *distrusted)
{
    *distrusted = 0;
    gate *g = calloc(1, sizeof *g);
    size_t len = strlen(state_dir) + sizeof "/accepted";
    if (!g || !(g->dir = malloc(len))) {
        free(g);
        errno = ENOMEM;
        return NULL;
    }
    snprintf(g->dir, len, "%s/accepted", state_dir);
    g->dir_fd = -1;
    int failed = 0;
    if (output_make_dirs(g->dir) != 0 ||
        (g->dir_fd = open(g->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0 ||
        cache_folder_key(g->dir_fd, g->key) != 0)
        failed = errno;
    if (failed) {
        gate_close(g);
        errno = failed;
        return NULL;
    }
    fchmod(g->dir_fd, 0700); /* the bytes hold names and NIPs */
    *distrusted = read_index(g);
    return g;
}

void gate_close(gate *g)
{
    if (!g)
        return;
    forget_all(g);
    free(g->versions);
    free(g->sources);
    free(g->slots);
    if (g->dir_fd >= 0)
        close(g->dir_fd);
    free(g->dir);
    free(g);
}

/* ------------------------------------------------------------------ */
/* Lookups                                                             */
/* ------------------------------------------------------------------ */

static size_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (size_t)h;
}

/* Adds versions[indexed..count) to the index, growing it to twice the
 * count first when needed. -1 when out of memory. */
static int index_versions(gate *g)
{
    if (2 * g->count + 2 > g->slot_mask + 1 || !g->slots) {
        size_t capacity = 64;
        while (capacity < 2 * g->count + 2)
            capacity *= 2;
        size_t *slots = calloc(capacity, sizeof *slots);
        if (!slots)
            return -1;
        free(g->slots);
        g->slots = slots;
        g->slot_mask = capacity - 1;
        g->indexed = 0;
    }
    for (; g->indexed < g->count; g->indexed++) {
        size_t k = hash_id(g->versions[g->indexed].id) & g->slot_mask;
        while (g->slots[k])
            k = (k + 1) & g->slot_mask;
        g->slots[k] = g->indexed + 1;
    }
    return 0;
}

/* The version of id (the first when an index lists one twice). */
static gate_version *find(gate *g, const char *id)
{
    if (!id || (g->indexed < g->count && index_versions(g) != 0)) {
        for (size_t i = 0; id && i < g->count; i++) /* out of memory: the slow way */
            if (strcmp(g->versions[i].id, id) == 0)
                return &g->versions[i];
        return NULL;
    }
    if (!g->slots)
        return NULL;
    for (size_t k = hash_id(id) & g->slot_mask; g->slots[k]; k = (k + 1) & g->slot_mask)
        if (strcmp(g->versions[g->slots[k] - 1].id, id) == 0)
            return &g->versions[g->slots[k] - 1];
    return NULL;
}

const gate_version *gate_accepted(const gate *g, const char *id)
{
    /* The index is a cache of the list: building it changes nothing seen. */
    const gate_version *v = find((gate *)g, id);
    return v && !v->fresh ? v : NULL;
}

const gate_version *gate_accepted_from(const gate *g, const char *path)
{
    for (size_t i = 0; path && i < g->count; i++)
        if (!g->versions[i].fresh && strcmp(g->versions[i].path, path) == 0)
            return &g->versions[i];
    return NULL;
}

int gate_is_incumbent(const gate *g, const m_unit *u)
{
    const gate_version *v = gate_accepted(g, u->id);
    return v && u->has_digest && memcmp(v->digest, u->digest, GATE_DIGEST_SIZE) == 0 && u->file &&
           strcmp(v->path, u->file) == 0;
}

void gate_bytes_path(const gate *g, const gate_version *v, char *out, size_t size)
{
    snprintf(out, size, "%s/%s", g->dir, v->bytes);
}

/* ------------------------------------------------------------------ */
/* This run's outcome                                                  */
/* ------------------------------------------------------------------ */

int gate_accept(gate *g, const m_unit *u)
{
    if (!u->has_digest || !u->file || strcmp(u->file, "-") == 0)
        return 0; /* no digest to keep it by, or standard input: no file to copy */
    gate_version *v = find(g, u->id);
    if (v && memcmp(v->digest, u->digest, GATE_DIGEST_SIZE) == 0) {
        v->in_force = 1; /* the same bytes again: accepted on their first date */
        return 0;
    }
    if (!v && !(v = new_version(g)))
        return -1;
    size_t i = (size_t)(v - g->versions);
    version_free(v);
    free(g->sources[i]);
    memset(v, 0, sizeof *v);
    char name[2 * GATE_DIGEST_SIZE + 8];
    cache_hex(u->digest, GATE_DIGEST_SIZE, name);
    memcpy(v->digest, u->digest, GATE_DIGEST_SIZE);
    v->id = strdup(u->id);
    v->name = strdup(u->name ? u->name : u->id);
    v->path = strdup(u->file);
    v->bytes = strdup(name); /* its suffix once the bytes are seen */
    g->sources[i] = strdup(u->file);
    v->date = gate_file_date(u->file);
    v->in_force = v->fresh = 1;
    if (!v->id || !v->name || !v->path || !v->bytes || !g->sources[i]) {
        /* Left as it is, it would be written half: forgotten instead. */
        version_free(v);
        free(g->sources[i]);
        g->sources[i] = NULL;
        memset(v, 0, sizeof *v);
        v->id = strdup("");
        return -1;
    }
    return 0;
}

void gate_keep(gate *g, const char *id)
{
    gate_version *v = find(g, id);
    if (v && !v->fresh)
        v->in_force = 1;
}

/* ------------------------------------------------------------------ */
/* Commit                                                              */
/* ------------------------------------------------------------------ */

/* The temporary name name is written under before it is renamed (prune
 * removes those a killed run left). */
static void temp_name(const char *name, char tmp[128])
{
    snprintf(tmp, 128, ".%s.tmp.%ld", name, (long)getpid());
}

/* Writes data under the temporary name of name, fsynced when durable is
 * set. 0, or -1 with errno and nothing left. */
static int write_temp(gate *g, const char *name, const void *data, size_t length, int durable)
{
    char tmp[128];
    temp_name(name, tmp);
    unlinkat(g->dir_fd, tmp, 0);
    int fd = openat(g->dir_fd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    const unsigned char *p = data;
    size_t left = length;
    int ok = 1;
    while (ok && left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0 && errno == EINTR)
            continue;
        ok = w > 0;
        if (ok) {
            p += w;
            left -= (size_t)w;
        }
    }
    int saved = 0;
    if (!ok || (durable && fsync(fd) != 0))
        saved = errno ? errno : EIO;
    if (close(fd) != 0 && !saved)
        saved = errno;
    if (saved) {
        unlinkat(g->dir_fd, tmp, 0);
        errno = saved;
        return -1;
    }
    return 0;
}

/* Gives the temporary file of name its name. */
static int name_temp(gate *g, const char *name)
{
    char tmp[128];
    temp_name(name, tmp);
    if (renameat(g->dir_fd, tmp, g->dir_fd, name) == 0)
        return 0;
    int saved = errno;
    unlinkat(g->dir_fd, tmp, 0);
    errno = saved;
    return -1;
}

/* Writes data under name in the folder durably: a temporary file, fsync,
 * rename. */
static int write_durably(gate *g, const char *name, const void *data, size_t length)
{
    return write_temp(g, name, data, length, 1) == 0 ? name_temp(g, name) : -1;
}

/* Copies a newly accepted version's bytes from its input, when they still
 * hash to what was checked, under their temporary name, not yet synced
 * (gate_commit syncs them all at once, then names them): 0 when its bytes
 * are already there, 2 when written, 1 when the input changed since (the
 * version is then not accepted), -1 with errno. */
static int keep_bytes(gate *g, gate_version *v, const char *source, const lkj_limits *limits)
{
    unsigned char *raw = NULL;
    size_t len = 0;
    lkj_diags *scratch = lkj_diags_new(LKJ_LANG_ID);
    int rc = scratch ? load_read_raw(source, NULL, limits, source, &raw, &len, scratch) : LKJ_EXIT_IO;
    lkj_diags_free(scratch);
    if (rc != LKJ_EXIT_OK) {
        free(raw);
        return 1;
    }
    unsigned char digest[GATE_DIGEST_SIZE];
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, len, raw);
    sha256_digest(&h, GATE_DIGEST_SIZE, digest);
    if (memcmp(digest, v->digest, GATE_DIGEST_SIZE) != 0) {
        free(raw);
        return 1;
    }
    char name[2 * GATE_DIGEST_SIZE + 16];
    cache_hex(digest, GATE_DIGEST_SIZE, name);
    strcat(name, import_looks_like_workbook(raw, len)         ? ".xlsx"
                 : len >= 2 && raw[0] == 0x1f && raw[1] == 0x8b ? ".xml.gz"
                                                                : ".xml");
    char *bytes = strdup(name);
    struct stat st;
    int present = fstatat(g->dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
                  (size_t)st.st_size == len;
    rc = !bytes ? -1 : present ? 0 : write_temp(g, name, raw, len, 0) == 0 ? 2 : -1;
    free(raw);
    if (rc >= 0) {
        free(v->bytes);
        v->bytes = bytes;
    } else {
        free(bytes);
    }
    return rc;
}

static int write_index(gate *g)
{
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f)
        return -1;
    fputs(INDEX_MAGIC, f);
    for (size_t i = 0; i < g->count; i++) {
        const gate_version *v = &g->versions[i];
        if (!v->in_force)
            continue;
        char digest[2 * GATE_DIGEST_SIZE + 1];
        cache_hex(v->digest, GATE_DIGEST_SIZE, digest);
        fprintf(f, "%s\t%lld\t", digest, v->date);
        put_escaped(f, v->id);
        fputc('\t', f);
        put_escaped(f, v->name);
        fputc('\t', f);
        put_escaped(f, v->path);
        fputc('\t', f);
        put_escaped(f, v->bytes);
        fputc('\n', f);
    }
    if (fclose(f) != 0) {
        free(text);
        return -1;
    }
    unsigned char mac[GATE_DIGEST_SIZE];
    char mac_hex[2 * GATE_DIGEST_SIZE + 1];
    index_mac(g, text, n, mac);
    cache_hex(mac, GATE_DIGEST_SIZE, mac_hex);
    char *signed_text = malloc(n + sizeof mac_hex + 8);
    if (!signed_text) {
        free(text);
        return -1;
    }
    memcpy(signed_text, text, n);
    size_t total = n + (size_t)sprintf(signed_text + n, "mac %s\n", mac_hex);
    free(text);
    int rc = write_durably(g, INDEX_NAME, signed_text, total);
    free(signed_text);
    return rc;
}

/* Removes the bytes no version in force names, and leftovers of killed
 * runs (temporary files). */
static void prune(gate *g)
{
    int fd = dup(g->dir_fd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return;
    }
    rewinddir(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        int ours = strstr(name, ".xml") != NULL || strstr(name, ".xlsx") != NULL ||
                   (name[0] == '.' && strstr(name, ".tmp."));
        if (!ours || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
            continue;
        int named = 0;
        for (size_t i = 0; i < g->count && !named; i++)
            named = g->versions[i].in_force && strcmp(g->versions[i].bytes, name) == 0;
        if (!named)
            unlinkat(g->dir_fd, name, 0);
    }
    closedir(d);
}

/* Names the bytes written (written[i]: version i's) once all of them are
 * on disk, with one syncfs for them all: an fsync per file would cost
 * more than the build itself when the state folder is new (22,000 files
 * on the national set, one at a time after the commit). Then the folder
 * is synced, so the index never names bytes that are not there. 0, or -1
 * with errno, and no temporary file left. */
static int name_written(gate *g, const unsigned char *written)
{
    int rc = syncfs(g->dir_fd) == 0 ? 0 : -1;
    int saved = errno;
    for (size_t i = 0; i < g->count; i++) {
        if (!written[i])
            continue;
        if (rc == 0 && name_temp(g, g->versions[i].bytes) != 0) {
            /* Two units with the same bytes share one file: the first
             * named it. */
            struct stat st;
            if (errno != ENOENT || fstatat(g->dir_fd, g->versions[i].bytes, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                rc = -1;
                saved = errno;
            }
        } else if (rc != 0) {
            char tmp[128];
            temp_name(g->versions[i].bytes, tmp);
            unlinkat(g->dir_fd, tmp, 0);
        }
    }
    if (rc == 0 && fsync(g->dir_fd) != 0) {
        rc = -1;
        saved = errno;
    }
    errno = saved;
    return rc;
}

int gate_commit(gate *g, const lkj_limits *limits)
{
    unsigned char *written = calloc(g->count + 1, 1);
    if (!written)
        return -1;
    int any = 0, rc = 0;
    for (size_t i = 0; i < g->count && rc == 0; i++) {
        gate_version *v = &g->versions[i];
        if (!v->fresh || !v->in_force)
            continue;
        int kept = keep_bytes(g, v, g->sources[i], limits);
        if (kept < 0)
            rc = -1;
        else if (kept == 1) /* changed since it was checked: the next run sees it */
            v->in_force = 0;
        else if (kept == 2)
            written[i] = any = 1;
    }
    int saved = errno;
    if (any && rc != 0) { /* what was written goes */
        for (size_t i = 0; i < g->count; i++) {
            char tmp[128];
            if (!written[i])
                continue;
            temp_name(g->versions[i].bytes, tmp);
            unlinkat(g->dir_fd, tmp, 0);
        }
    } else if (any) {
        rc = name_written(g, written);
        saved = errno;
    }
    free(written);
    errno = saved;
    if (rc != 0 || write_index(g) != 0)
        return -1;
    prune(g);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Dates and claims                                                    */
/* ------------------------------------------------------------------ */

long long gate_file_date(const char *path)
{
    struct stat st;
    long long date = stat(path, &st) == 0 ? (long long)st.st_mtime : (long long)time(NULL);
    long long limit;
    if (output_source_date(&limit) && date > limit)
        date = limit;
    return date;
}

void gate_iso_date(long long date, char *out, size_t size)
{
    time_t t = (time_t)date;
    struct tm tm;
    if (localtime_r(&t, &tm))
        strftime(out, size, "%Y-%m-%d", &tm);
    else
        snprintf(out, size, "1970-01-01");
}

static xmlNodePtr first_element(xmlNodePtr n)
{
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

char *gate_claim(const char *path, const lkj_limits *limits)
{
    lkj_diags *scratch = lkj_diags_new(LKJ_LANG_ID);
    if (!scratch)
        return NULL;
    load_doc ld;
    memset(&ld, 0, sizeof ld);
    ld.name = path;
    unsigned char *raw = NULL;
    size_t raw_len = 0;
    char *id = NULL;
    int read = load_read_raw(path, NULL, limits, path, &raw, &raw_len, scratch) == LKJ_EXIT_OK;
    if (read && import_looks_like_workbook(raw, raw_len)) {
        /* A workbook claims the unit its sheet lkjip names. */
        id = import_claim(raw, raw_len, limits);
        free(raw);
    } else if (read && load_decode(raw, raw_len, limits, &ld, scratch) == LKJ_EXIT_OK &&
               load_parse(&ld, scratch) == LKJ_EXIT_OK) {
        xmlNodePtr root = xmlDocGetRootElement(ld.doc);
        xmlNodePtr unit = root ? first_element(root->children) : NULL;
        if (unit && xmlStrcmp(unit->name, BAD_CAST "unit") == 0) {
            xmlChar *v = xmlGetNoNsProp(unit, BAD_CAST "id");
            id = v ? strdup((const char *)v) : NULL;
            xmlFree(v);
        }
    }
    load_doc_free(&ld);
    lkj_diags_free(scratch);
    /* An id as the schema writes them; anything else claims nothing. */
    size_t n = id ? strlen(id) : 0;
    int plain = n > 0 && n <= 64;
    for (size_t i = 0; plain && i < n; i++)
        plain = id[i] > 0x20 && id[i] < 0x7f && id[i] != '/';
    if (!plain) {
        free(id);
        id = NULL;
    }
    return id;
}

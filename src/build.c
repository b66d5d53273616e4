/*
 * build.c — evaluate, lower, write. Deterministic: units in input order,
 * no clock (the date comes from the profile or SOURCE_DATE_EPOCH).
 */
#include "build.h"

#include <dirent.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <errno.h>
#include <nettle/sha2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/tree.h>

#include "diag.h"
#include "emit.h"
#include "present.h"
#include "stream.h"
#include "evaluate.h"
#include "lower.h"
#include "output.h"
#include "pool.h"
#include "cache.h"
#include "depend.h"
#include "load.h"

/* The report date: the profile's tanggal-laporan, else SOURCE_DATE_EPOCH
 * (reproducible builds), else none. */
static const char *report_date(const m_profile *profile, char *buf, size_t size)
{
    if (profile && profile->report_date)
        return profile->report_date;
    long long seconds;
    if (!output_source_date(&seconds))
        return NULL;
    time_t t = (time_t)seconds;
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return NULL;
    strftime(buf, size, "%Y-%m-%d", &tm);
    return buf;
}

/* A unit's folder inside the output folder: "pemda" or "pemda/opd". */
static void unit_dir(const link_workspace *ws, size_t i, char out[OUTPUT_FOLDER_MAX])
{
    const m_unit *u = ws->units[i];
    const m_unit *parent = ws->parents[i];
    output_unit_folder(u->id, u->level == M_LEVEL_OPD, parent ? parent->id : NULL, out);
}

int build_parse_formats(const char *list, unsigned *formats)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"ir", BUILD_IR}, {"html", BUILD_HTML}, {"docbook", BUILD_DOCBOOK}, {"pk", BUILD_PK}, {"present", BUILD_PRESENT}};
    *formats = 0;
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ",");
        size_t i = 0;
        while (i < sizeof names / sizeof names[0] && !(strlen(names[i].name) == n && strncmp(names[i].name, p, n) == 0))
            i++;
        if (i == sizeof names / sizeof names[0])
            return -1;
        *formats |= names[i].bit;
        p += n;
        if (*p == ',')
            p++;
    }
    return *formats ? 0 : -1;
}

unsigned build_emit_mask(unsigned formats)
{
    unsigned mask = 0;
    if (formats & BUILD_HTML)
        mask |= 1u << EMIT_LKJIP_HTML;
    if (formats & BUILD_DOCBOOK)
        mask |= 1u << EMIT_LKJIP_DOCBOOK;
    if (formats & BUILD_PK)
        mask |= 1u << EMIT_PK_HTML | 1u << EMIT_PK_DOCBOOK;
    return mask;
}

/* LKJ0010 for a file of the unit folder rel (name NULL: the folder). */
static int write_failed(const build_options *o, const char *rel, const char *name, lkj_diags *d)
{
    char path[4400], why[4600];
    snprintf(path, sizeof path, "%s/%s%s%s", o->out_dir, rel, name ? "/" : "", name ? name : "");
    snprintf(why, sizeof why, "%s: %s", path, strerror(errno));
    diag_loc loc = {path, 0, 0};
    DIAG(d, D_IO_WRITE, &loc, why);
    return LKJ_EXIT_IO;
}

/* The files written for one document set, for its stamp. */
typedef struct written_set {
    char **names;
    size_t *sizes;
    unsigned char (*shas)[CACHE_DIGEST_SIZE];
    size_t count, capacity;
    int failed; /* out of memory: no stamp, the set is rendered next time */
} written_set;

/* A render stamp to record once the documents it describes are renamed
 * into place (a stamp must never promise files that are not there). */
typedef struct stamp_record {
    const char *what;
    unsigned char digest[CACHE_DIGEST_SIZE];
    written_set files;
} stamp_record;

/* One unit on its way to its documents (on a worker thread). */
typedef struct unit_job {
    const build_options *o;
    const unsigned char *stylesheets; /* digest of the stylesheets folder */
    int english;                      /* the reports' language (build_begin decides it) */
    const char *dir;                  /* its stamps' key: the output folder and rel */
    const char *rel;                  /* the unit's folder inside the output folder */
    const unsigned char *ir;          /* the IR, serialised */
    size_t ir_length;
    lkj_diags *d;                     /* this unit's diagnostics */
    output_tree *tree;                /* every file goes into it */
    size_t written, unchanged;
    stamp_record stamps[6];           /* ir, html, docbook, pk, present, and the unit's */
    size_t stamp_count;
    const unsigned char *depends;     /* the unit's dependency digest, or NULL */
    const cache_outputs *outputs;     /* the published files' recorded identities, or NULL */
    written_set all;                  /* every file of the unit, for its stamp */
    xmlDocPtr ir_doc;                 /* the IR, for the present stage */
    xmlDocPtr presented[2];           /* the LKjIP and the PK as presented: drawn once, serialised twice */
    emit_charts *charts[2];           /* their charts, serialised once for both */
    int part_by_part;                 /* a large unit: its reports are made part by part (stream.c) */
    size_t cut_every;
} unit_job;

/* What a document set is made from: the IR, the kind, the stylesheets and
 * the settings (language, build of lkjip). Equal digests, equal output. */
static void render_digest(const unit_job *j, const char *what, unsigned char out[CACHE_DIGEST_SIZE])
{
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, CACHE_DIGEST_SIZE, cache_toolchain(j->o->cache));
    sha256_update(&h, CACHE_DIGEST_SIZE, j->stylesheets);
    sha256_update(&h, strlen(what) + 1, (const uint8_t *)what);
    sha256_update(&h, j->ir_length, j->ir);
    sha256_digest(&h, CACHE_DIGEST_SIZE, out);
}

static void remember(written_set *w, const char *name, size_t size, const unsigned char sha[CACHE_DIGEST_SIZE]);
static void forget(written_set *w);

/* cache_render_fresh's callback: a published file carried over into the
 * new build when its bytes are still those its stamp records. */
typedef struct keeping {
    unit_job *j;
    written_set kept;
} keeping;

/* output_tree_keep's question: does the file's stat prove its bytes? */
typedef struct known_file {
    const unit_job *j;
    const char *name;
    size_t size;
    const unsigned char *sha;
} known_file;

static int identity_recorded(void *ctx, const struct stat *st)
{
    const known_file *f = ctx;
    return cache_outputs_trust(f->j->outputs, f->j->rel, f->name, st, f->size, f->sha);
}

static int keep_file(void *ctx, const char *name, size_t size, const unsigned char sha[CACHE_DIGEST_SIZE])
{
    keeping *k = ctx;
    known_file f = {k->j, name, size, sha};
    int rc = output_tree_keep(k->j->tree, k->j->rel, name, size, sha, k->j->outputs ? identity_recorded : NULL, &f);
    if (rc == 1)
        remember(&k->kept, name, size, sha);
    return rc;
}

/* Carries the set "what" over when its stamp holds digest and every file
 * of it is still as lkjip wrote it: 1 (counted unchanged, its files
 * remembered for the unit), 0 (render it), or LKJ_EXIT_IO in *status. */
static int carried_over(unit_job *j, const char *what, const unsigned char digest[CACHE_DIGEST_SIZE], int *status)
{
    keeping k = {j, {0}};
    int rc = cache_render_fresh(j->o->cache, j->dir, what, digest, keep_file, &k);
    if (rc < 0)
        *status = write_failed(j->o, j->rel, NULL, j->d);
    for (size_t i = 0; rc == 1 && i < k.kept.count; i++)
        remember(&j->all, k.kept.names[i], k.kept.sizes[i], k.kept.shas[i]);
    forget(&k.kept);
    return rc == 1;
}

/* Whether a document set is already there, made from the same inputs:
 * then it is carried over as it is (and counted unchanged). */
static int already_fresh(unit_job *j, const char *what, size_t documents, unsigned char digest[CACHE_DIGEST_SIZE],
                         int *status)
{
    if (!j->o->cache)
        return 0;
    render_digest(j, what, digest);
    if (!carried_over(j, what, digest, status))
        return 0;
    j->written += documents;
    j->unchanged += documents;
    return 1;
}

static void remember(written_set *w, const char *name, size_t size, const unsigned char sha[CACHE_DIGEST_SIZE])
{
    if (w->failed)
        return;
    if (w->count == w->capacity) {
        size_t cap = w->capacity ? 2 * w->capacity : 8;
        char **names = realloc(w->names, cap * sizeof *names);
        if (names)
            w->names = names;
        size_t *sizes = names ? realloc(w->sizes, cap * sizeof *sizes) : NULL;
        if (sizes)
            w->sizes = sizes;
        unsigned char(*shas)[CACHE_DIGEST_SIZE] = sizes ? realloc(w->shas, cap * sizeof *shas) : NULL;
        if (shas)
            w->shas = shas;
        if (!names || !sizes || !shas) {
            w->failed = 1;
            return;
        }
        w->capacity = cap;
    }
    if (!(w->names[w->count] = strdup(name))) {
        w->failed = 1;
        return;
    }
    memcpy(w->shas[w->count], sha, CACHE_DIGEST_SIZE);
    w->sizes[w->count++] = size;
}

static void forget(written_set *w)
{
    for (size_t i = 0; i < w->count; i++)
        free(w->names[i]);
    free(w->names);
    free(w->sizes);
    free(w->shas);
}

/* Keeps the stamp of a document set written (w is taken over). */
static void stamp(unit_job *j, const char *what, const unsigned char digest[CACHE_DIGEST_SIZE], written_set *w)
{
    if (!j->o->cache || w->failed || j->stamp_count == sizeof j->stamps / sizeof j->stamps[0]) {
        forget(w);
        return;
    }
    stamp_record *r = &j->stamps[j->stamp_count++];
    r->what = what;
    memcpy(r->digest, digest, CACHE_DIGEST_SIZE);
    r->files = *w;
}

/* One file into the new build, remembered (with the SHA-256 of its bytes)
 * for its stamp. */
static int write_file(unit_job *j, const char *name, const void *data, size_t length, written_set *w)
{
    if (output_tree_write(j->tree, j->rel, name, data, length) != 0)
        return write_failed(j->o, j->rel, name, j->d);
    unsigned char sha[CACHE_DIGEST_SIZE];
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, length, data);
    sha256_digest(&h, sizeof sha, sha);
    remember(w, name, length, sha);
    return LKJ_EXIT_OK;
}

/* One document through its stylesheet: the document and, for DocBook, the
 * chart files beside it. */
static int write_emitted(unit_job *j, emit_kind kind, xmlDocPtr doc, emit_charts *charts, written_set *w)
{
    emit_result r;
    if (emit_transform(kind, doc, charts, j->english ? LKJ_LANG_EN : LKJ_LANG_ID, &r, j->d) != 0)
        return LKJ_EXIT_IO;
    int rc = LKJ_EXIT_OK;
    for (size_t i = 0; i < r.file_count && rc == LKJ_EXIT_OK; i++)
        rc = write_file(j, r.files[i].name, r.files[i].data, r.files[i].length, w);
    if (rc == LKJ_EXIT_OK)
        rc = write_file(j, emit_file_name(kind), r.data, r.length, w);
    j->written += rc == LKJ_EXIT_OK;
    emit_result_free(&r);
    return rc;
}

/* The unit's document of kind as presented (present.c), made on first
 * use and kept for the other formats: the HTML and the DocBook serialise
 * the same drawing. */
static xmlDocPtr presented(unit_job *j, present_kind kind)
{
    if (!j->presented[kind]) {
        j->presented[kind] = present_unit(j->ir_doc, kind, j->english ? LKJ_LANG_EN : LKJ_LANG_ID);
        j->charts[kind] = j->presented[kind] ? emit_charts_new(j->presented[kind]) : NULL;
        if (!j->charts[kind]) {
            xmlFreeDoc(j->presented[kind]);
            j->presented[kind] = NULL;
        }
        if (!j->presented[kind]) {
            diag_loc loc = {j->rel, 0, 0};
            DIAG0(j->d, D_NO_MEMORY, &loc);
        }
    }
    return j->presented[kind];
}

/* A document set (one stylesheet, or the two of the PK), rendered unless
 * its stamp says the same inputs made what is there. */
static int write_set(unit_job *j, const char *what, present_kind kind, emit_kind first, emit_kind second)
{
    unsigned char digest[CACHE_DIGEST_SIZE];
    int rc = LKJ_EXIT_OK;
    if (already_fresh(j, what, second == first ? 1 : 2, digest, &rc) || rc != LKJ_EXIT_OK)
        return rc;
    written_set w = {0};
    xmlDocPtr doc = presented(j, kind);
    rc = doc ? write_emitted(j, first, doc, j->charts[kind], &w) : LKJ_EXIT_IO;
    if (rc == LKJ_EXIT_OK && second != first)
        rc = write_emitted(j, second, doc, j->charts[kind], &w);
    for (size_t i = 0; rc == LKJ_EXIT_OK && i < w.count; i++)
        remember(&j->all, w.names[i], w.sizes[i], w.shas[i]);
    if (rc == LKJ_EXIT_OK)
        stamp(j, what, digest, &w);
    else
        forget(&w);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Large reports, part by part                                         */
/* ------------------------------------------------------------------ */

/* Units with more indicators than this have their reports presented and
 * serialised part by part (stream.c), by every stylesheet that allows it
 * (emit_streams): their documents are never whole in memory. Smaller ones
 * are made whole, which costs one pass of the present stage, not two.
 * LKJIP_STREAM=always makes every unit's part by part, cut at every point
 * (the tests compare it with the whole); never, none. */
#define STREAM_MIN_INDICATORS 200
/* Nodes of the presented document made between two cuts at least: parts
 * of a few megabytes, and few enough transforms. */
#define STREAM_CUT_EVERY 2000

static size_t count_indicators(const xmlNode *n, size_t enough)
{
    size_t count = 0;
    for (const xmlNode *c = n->children; c && count <= enough; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        count += strcmp((const char *)c->name, "indikator") == 0;
        count += count_indicators(c, enough - count);
    }
    return count;
}

static int part_by_part(xmlDocPtr ir, size_t *cut_every)
{
    const char *mode = getenv("LKJIP_STREAM");
    *cut_every = STREAM_CUT_EVERY;
    if (mode && strcmp(mode, "never") == 0)
        return 0;
    if (mode && strcmp(mode, "always") == 0) {
        *cut_every = 0;
        return 1;
    }
    xmlNodePtr root = xmlDocGetRootElement(ir);
    return root && count_indicators(root, STREAM_MIN_INDICATORS) > STREAM_MIN_INDICATORS;
}

/* A document set made part by part: its stamp's name and its documents. */
typedef struct stream_set {
    const char *what;
    emit_kind kinds[2];
    size_t count;
} stream_set;

/* One output of a stream: written through a buffer into its file, its
 * bytes hashed on the way for the render stamp. */
typedef struct stream_file {
    unit_job *j;
    emit_kind kind;
    output_file *f;
    struct sha256_ctx h;
    size_t size, used;
    unsigned char buf[64 * 1024];
} stream_file;

static int stream_file_flush(stream_file *f)
{
    if (f->used && output_file_write(f->f, f->buf, f->used) != 0)
        return write_failed(f->j->o, f->j->rel, emit_file_name(f->kind), f->j->d);
    f->used = 0;
    return LKJ_EXIT_OK;
}

static int stream_file_write(void *ctx, size_t output, const unsigned char *data, size_t length)
{
    stream_file *f = &((stream_file *)ctx)[output];
    sha256_update(&f->h, length, data);
    f->size += length;
    if (f->used + length > sizeof f->buf && stream_file_flush(f) != LKJ_EXIT_OK)
        return -1;
    if (length < sizeof f->buf) {
        memcpy(f->buf + f->used, data, length);
        f->used += length;
        return 0;
    }
    if (output_file_write(f->f, data, length) == 0)
        return 0;
    write_failed(f->j->o, f->j->rel, emit_file_name(f->kind), f->j->d);
    return -1;
}

/* The files of a stream closed, remembered for the stamps of their sets
 * (kept only when all went well), or removed. */
static int stream_files_end(unit_job *j, stream_file *files, size_t n, int rc)
{
    for (size_t i = 0; i < n; i++) {
        if (!files[i].f)
            continue;
        if (rc == LKJ_EXIT_OK)
            rc = stream_file_flush(&files[i]);
        if (rc != LKJ_EXIT_OK)
            output_file_discard(files[i].f);
        else if (output_file_close(files[i].f) != 0)
            rc = write_failed(j->o, j->rel, emit_file_name(files[i].kind), j->d);
        files[i].f = NULL;
    }
    return rc;
}

/* The sets (those not already fresh) presented once and written through
 * their stylesheets part by part. */
static int write_streamed(unit_job *j, present_kind kind, const stream_set *sets, size_t n)
{
    unsigned char digests[STREAM_OUTPUTS][CACHE_DIGEST_SIZE];
    int todo[STREAM_OUTPUTS] = {0};
    int rc = LKJ_EXIT_OK;
    stream_request r = {.ir = j->ir_doc, .kind = kind, .lang = j->english ? LKJ_LANG_EN : LKJ_LANG_ID,
                        .cut_every = j->cut_every, .write = stream_file_write, .where = j->rel};
    for (size_t i = 0; i < n && rc == LKJ_EXIT_OK; i++) {
        if (already_fresh(j, sets[i].what, sets[i].count, digests[i], &rc) || rc != LKJ_EXIT_OK)
            continue;
        todo[i] = 1;
        for (size_t k = 0; k < sets[i].count; k++)
            r.kinds[r.count++] = sets[i].kinds[k];
    }
    if (rc != LKJ_EXIT_OK || r.count == 0)
        return rc;
    stream_file *files = calloc(r.count, sizeof *files);
    if (!files) {
        diag_loc loc = {j->rel, 0, 0};
        DIAG0(j->d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    for (size_t k = 0; k < r.count && rc == LKJ_EXIT_OK; k++) {
        files[k] = (stream_file){.j = j, .kind = r.kinds[k]};
        sha256_init(&files[k].h);
        if (!(files[k].f = output_tree_create(j->tree, j->rel, emit_file_name(r.kinds[k]))))
            rc = write_failed(j->o, j->rel, emit_file_name(r.kinds[k]), j->d);
    }
    r.ctx = files;
    if (rc == LKJ_EXIT_OK && stream_unit(&r, j->d) != 0)
        rc = LKJ_EXIT_IO;
    rc = stream_files_end(j, files, r.count, rc);
    for (size_t i = 0, k = 0; i < n && rc == LKJ_EXIT_OK; i++) {
        if (!todo[i])
            continue;
        written_set w = {0};
        for (size_t d = 0; d < sets[i].count; d++, k++) {
            unsigned char sha[CACHE_DIGEST_SIZE];
            sha256_digest(&files[k].h, sizeof sha, sha);
            remember(&w, emit_file_name(files[k].kind), files[k].size, sha);
            remember(&j->all, emit_file_name(files[k].kind), files[k].size, sha);
            j->written++;
        }
        stamp(j, sets[i].what, digests[i], &w);
    }
    free(files);
    return rc;
}

/* The LKjIP in HTML and DocBook: part by part for a large unit where the
 * stylesheet allows it, else whole (presented once for both). */
static int write_lkjip(unit_job *j)
{
    unsigned formats = j->o->formats;
    stream_set sets[2];
    size_t n = 0;
    int rc = LKJ_EXIT_OK;
    if (formats & BUILD_HTML) {
        if (j->part_by_part && emit_streams(EMIT_LKJIP_HTML))
            sets[n++] = (stream_set){"html", {EMIT_LKJIP_HTML}, 1};
        else
            rc = write_set(j, "html", PRESENT_LKJIP, EMIT_LKJIP_HTML, EMIT_LKJIP_HTML);
    }
    if (rc == LKJ_EXIT_OK && (formats & BUILD_DOCBOOK)) {
        if (j->part_by_part && emit_streams(EMIT_LKJIP_DOCBOOK))
            sets[n++] = (stream_set){"docbook", {EMIT_LKJIP_DOCBOOK}, 1};
        else
            rc = write_set(j, "docbook", PRESENT_LKJIP, EMIT_LKJIP_DOCBOOK, EMIT_LKJIP_DOCBOOK);
    }
    return rc == LKJ_EXIT_OK && n ? write_streamed(j, PRESENT_LKJIP, sets, n) : rc;
}

static int write_pk(unit_job *j)
{
    if (!j->part_by_part || !emit_streams(EMIT_PK_HTML) || !emit_streams(EMIT_PK_DOCBOOK))
        return write_set(j, "pk", PRESENT_PK, EMIT_PK_HTML, EMIT_PK_DOCBOOK);
    stream_set set = {"pk", {EMIT_PK_HTML, EMIT_PK_DOCBOOK}, 2};
    return write_streamed(j, PRESENT_PK, &set, 1);
}

static int write_ir(unit_job *j)
{
    unsigned char digest[CACHE_DIGEST_SIZE];
    int rc = LKJ_EXIT_OK;
    if (already_fresh(j, "ir", 1, digest, &rc) || rc != LKJ_EXIT_OK)
        return rc;
    written_set w = {0};
    rc = write_file(j, "ir.xml", j->ir, j->ir_length, &w);
    j->written += rc == LKJ_EXIT_OK;
    if (rc == LKJ_EXIT_OK) {
        for (size_t i = 0; i < w.count; i++)
            remember(&j->all, w.names[i], w.sizes[i], w.shas[i]);
        stamp(j, "ir", digest, &w);
    } else {
        forget(&w);
    }
    return rc;
}

/* The presented document as a file (--format present), for people
 * writing their own stylesheets. */
static int write_presented(unit_job *j, present_kind kind, const char *name, written_set *w)
{
    xmlDocPtr doc = presented(j, kind);
    xmlChar *text = NULL;
    int length = 0;
    if (!doc)
        return LKJ_EXIT_IO;
    xmlDocDumpFormatMemoryEnc(doc, &text, &length, "UTF-8", 1);
    if (!text) {
        diag_loc loc = {name, 0, 0};
        DIAG0(j->d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    int rc = write_file(j, name, text, (size_t)length, w);
    xmlFree(text);
    j->written += rc == LKJ_EXIT_OK;
    return rc;
}

static int write_present(unit_job *j, const m_unit *u)
{
    unsigned char digest[CACHE_DIGEST_SIZE];
    int rc = LKJ_EXIT_OK;
    int with_pk = u->pk_count > 0;
    if (already_fresh(j, "present", 1 + with_pk, digest, &rc) || rc != LKJ_EXIT_OK)
        return rc;
    written_set w = {0};
    rc = write_presented(j, PRESENT_LKJIP, "present.xml", &w);
    if (rc == LKJ_EXIT_OK && with_pk)
        rc = write_presented(j, PRESENT_PK, "pk-present.xml", &w);
    for (size_t i = 0; rc == LKJ_EXIT_OK && i < w.count; i++)
        remember(&j->all, w.names[i], w.sizes[i], w.shas[i]);
    if (rc == LKJ_EXIT_OK)
        stamp(j, "present", digest, &w);
    else
        forget(&w);
    return rc;
}

static int write_unit(unit_job *j, xmlDocPtr ir, const m_unit *u)
{
    unsigned formats = j->o->formats;
    int rc = LKJ_EXIT_OK;
    if (formats & BUILD_IR)
        rc = write_ir(j);
    j->ir_doc = ir;
    j->part_by_part = (formats & (BUILD_HTML | BUILD_DOCBOOK | BUILD_PK)) && part_by_part(ir, &j->cut_every);
    if (rc == LKJ_EXIT_OK && (formats & (BUILD_HTML | BUILD_DOCBOOK)))
        rc = write_lkjip(j);
    if (rc == LKJ_EXIT_OK && (formats & BUILD_PK) && u->pk_count > 0)
        rc = write_pk(j);
    if (rc == LKJ_EXIT_OK && (formats & BUILD_PRESENT))
        rc = write_present(j, u);
    for (size_t k = 0; k < 2; k++) {
        emit_charts_free(j->charts[k]);
        j->charts[k] = NULL;
        xmlFreeDoc(j->presented[k]);
        j->presented[k] = NULL;
    }
    j->ir_doc = NULL;
    /* Everything of the unit is in place: next time, if its inputs are
     * the same, it is not even lowered. */
    if (rc == LKJ_EXIT_OK && j->depends)
        stamp(j, "unit", j->depends, &j->all);
    else
        forget(&j->all);
    memset(&j->all, 0, sizeof j->all);
    return rc;
}

/* How many documents a unit has in the formats asked for. */
static size_t documents_of(const build_options *o, const m_unit *u)
{
    return !!(o->formats & BUILD_IR) + !!(o->formats & BUILD_HTML) + !!(o->formats & BUILD_DOCBOOK) +
           ((o->formats & BUILD_PK) && u->pk_count > 0 ? 2 : 0) +
           ((o->formats & BUILD_PRESENT) ? 1 + (u->pk_count > 0) : 0);
}

/* Build's findings come after link's (link.h): zero targets, then each
 * unit's rendering, then the commit; each keyed by unit (diag_set_key). */
enum { STAGE_ZERO_TARGETS = LINK_STAGES, STAGE_RENDER, STAGE_COMMIT };

/* The caller's half of the zero-target policy: say so (LKJ0414). */
static void warn_zero_targets(const ev_workspace *ev, const meas_period *p, lkj_diags *d)
{
    char period[24];
    if (p->kind == MEAS_PERIOD_YEAR)
        snprintf(period, sizeof period, "%d", p->year);
    else
        snprintf(period, sizeof period, p->kind == MEAS_PERIOD_QUARTER ? "%d-Q%d" : "%d-%02d", p->year, p->index);
    for (size_t i = 0; i < ev->indicator_count; i++) {
        const ev_indicator *e = &ev->indicators[i];
        if (e->capaian.status != MEAS_NA_ZERO_TARGET)
            continue;
        diag_set_key(d, DIAG_KEY(STAGE_ZERO_TARGETS, ev->ws->global[link_unit_index(ev->ws, e->unit)]));
        diag_loc loc = {e->unit->file, e->indicator->pos.line, e->indicator->pos.column};
        const char *cell = model_cell_at(e->unit, e->indicator->pos);
        if (cell)
            diag_emit_cell(d, D_MEASURE_ZERO_TARGET, loc.file, cell, e->indicator->id, period, (const char *)NULL);
        else
            DIAG(d, D_MEASURE_ZERO_TARGET, &loc, e->indicator->id, period);
    }
}

/* ------------------------------------------------------------------ */
/* Units rendered on worker threads, finished in input order           */
/* ------------------------------------------------------------------ */

/* A build: what lasts from build_begin to build_end. The part being
 * rendered (ws, ev, depends) changes with each build_part. */
struct build_run {
    const build_options *o;
    lkj_diags *d;
    lkj_lang lang;
    int english; /* the reports' language */
    meas_period period;
    char date_buf[16];
    lower_options lo;
    unsigned char stylesheets[CACHE_DIGEST_SIZE];
    int can_skip;                            /* dependency digests can be made */
    unsigned char base[CACHE_DIGEST_SIZE];   /* everything but the inputs */
    unsigned char whole[CACHE_DIGEST_SIZE];  /* and the whole workspace's inputs */
    size_t unit_total, rendered;             /* for the progress counter */
    size_t written, unchanged;
    int status;
    /* Stamps of every unit, recorded once the build is published. */
    stamp_record *stamps;
    /* Every file of the new build ("rel/name"), for the record of their
     * identities (cache_outputs_record), and the record of the last. */
    written_set files;
    cache_outputs *outputs;
    char **stamp_dirs;
    size_t stamp_count, stamp_capacity;
    atomic_int stop; /* a unit failed (a full disk): start no more */
    /* The part being rendered */
    const link_workspace *ws;
    /* Its measures, made on a thread of their own (with the cache) while
     * the workers carry over the units whose inputs did not change (which
     * need none) and render the others: a unit is rendered as soon as the
     * measures it reads are made (evaluate_indicator waits for each). */
    ev_workspace ev;
    ev_hooks ev_hooks;
    int ev_state; /* EV_INDEXING, EV_MAKING, EV_READY, EV_FAILED (under ev_lock) */
    pthread_mutex_t ev_lock;
    pthread_cond_t ev_made;
    unsigned char (*depends)[CACHE_DIGEST_SIZE]; /* per unit (depend.c), or NULL */
};

typedef struct unit_item {
    size_t index;
    char rel[OUTPUT_FOLDER_MAX];
    char dir[4400];
    unit_job job;
    int status;
} unit_item;

/* How many units the workers may be ahead of the oldest one not finished
 * (finished units are said in input order): a rebuild's few units to
 * render take tens of milliseconds each while the hundreds carried over
 * take a tenth of one, so a window of twice the workers kept one worker
 * waiting behind a pemda's report instead of carrying over the rest. What
 * a finished unit holds until it is said is small (names, findings). */
#define RENDER_WINDOW 256

/* The measures: every indicator being given its entry, being made (readers
 * may look, and wait for each), all made, or failed (out of memory). */
enum { EV_INDEXING, EV_MAKING, EV_READY, EV_FAILED };

static void set_ev_state(build_run *run, int state)
{
    pthread_mutex_lock(&run->ev_lock);
    if (state >= 0)
        run->ev_state = state;
    pthread_cond_broadcast(&run->ev_made);
    pthread_mutex_unlock(&run->ev_lock);
}

static void ev_indexed(void *ctx) { set_ev_state(ctx, EV_MAKING); }

static void ev_progress(void *ctx) { set_ev_state(ctx, -1); }

static void ev_wait(void *ctx, const ev_workspace *ev, size_t k)
{
    build_run *run = ctx;
    pthread_mutex_lock(&run->ev_lock);
    while (run->ev_state == EV_MAKING && !evaluate_made(ev, k))
        pthread_cond_wait(&run->ev_made, &run->ev_lock);
    pthread_mutex_unlock(&run->ev_lock);
}

static int ev_state_of(build_run *run)
{
    pthread_mutex_lock(&run->ev_lock);
    int state = run->ev_state;
    pthread_mutex_unlock(&run->ev_lock);
    return state;
}

/* The part's measures for a unit to render, once every indicator has its
 * entry; NULL when they could not be made (it->status). */
static const ev_workspace *measures_for(build_run *run, unit_item *it)
{
    pthread_mutex_lock(&run->ev_lock);
    while (run->ev_state == EV_INDEXING)
        pthread_cond_wait(&run->ev_made, &run->ev_lock);
    int readable = run->ev_state != EV_FAILED;
    pthread_mutex_unlock(&run->ev_lock);
    if (!readable)
        it->status = LKJ_EXIT_IO; /* said once, by build_part */
    return readable ? &run->ev : NULL;
}

static void *evaluate_part(void *arg)
{
    build_run *run = arg;
    run->ev_hooks = (ev_hooks){run, ev_indexed, ev_progress, ev_wait};
    int ok = evaluate_workspace_shared(&run->ev, run->ws, &run->period, &run->ev_hooks) == 0;
    set_ev_state(run, ok ? EV_READY : EV_FAILED);
    return NULL;
}

static void render_work(void *item, void *ctx)
{
    unit_item *it = item;
    build_run *run = ctx;
    if (atomic_load(&run->stop))
        return;
    const m_unit *u = run->ws->units[it->index];
    unit_dir(run->ws, it->index, it->rel);
    snprintf(it->dir, sizeof it->dir, "%s/%s", run->o->out_dir, it->rel);
    it->job.dir = it->dir;
    it->job.rel = it->rel;
    /* Inputs unchanged since its stamp, its files all there as lkjip wrote
     * them: carried over, nothing to render. */
    if (run->depends && (it->job.depends = run->depends[it->index]) &&
        carried_over(&it->job, "unit", it->job.depends, &it->status)) {
        /* Its stamp stays as it is; its files (job.all) are remembered
         * for the record of identities. */
        it->job.written = it->job.unchanged = documents_of(run->o, u);
        static const char *const sets[] = {"ir", "html", "docbook", "pk", "present"};
        for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++)
            cache_render_keep(run->o->cache, it->dir, sets[k]);
        return;
    }
    if (it->status != LKJ_EXIT_OK) /* the new build could not be written */
        return;
    const ev_workspace *ev = measures_for(run, it);
    if (!ev)
        return;
    xmlDocPtr doc = lower_unit(ev, u, &run->lo);
    /* The measures failed while it was lowered: what it waited for was
     * never made (build_part says so, once). */
    if (ev_state_of(run) == EV_FAILED) {
        xmlFreeDoc(doc);
        it->status = LKJ_EXIT_IO;
        return;
    }
    xmlChar *ir = NULL;
    int ir_length = 0;
    /* The IR's bytes are for ir.xml and for the render stamps' digests;
     * without either, the documents are made from the tree alone. */
    int serialise = (run->o->formats & BUILD_IR) || run->o->cache;
    if (doc && serialise)
        xmlDocDumpFormatMemoryEnc(doc, &ir, &ir_length, "UTF-8", 1);
    if (!doc || (serialise && !ir)) {
        diag_loc loc = {run->o->out_dir, 0, 0};
        DIAG0(it->job.d, D_NO_MEMORY, &loc);
        it->status = LKJ_EXIT_IO;
    } else {
        it->job.ir = ir;
        it->job.ir_length = (size_t)ir_length;
        it->status = write_unit(&it->job, doc, u);
    }
    xmlFree(ir);
    xmlFreeDoc(doc);
}

static void keep_stamp(build_run *run, const char *dir, stamp_record *r)
{
    if (run->stamp_count == run->stamp_capacity) {
        size_t cap = run->stamp_capacity ? 2 * run->stamp_capacity : 64;
        stamp_record *grown = realloc(run->stamps, cap * sizeof *grown);
        if (grown)
            run->stamps = grown;
        char **dirs = grown ? realloc(run->stamp_dirs, cap * sizeof *dirs) : NULL;
        if (dirs)
            run->stamp_dirs = dirs;
        if (!grown || !dirs) {
            forget(&r->files); /* no stamp: the unit is rendered next time */
            return;
        }
        run->stamp_capacity = cap;
    }
    char *d = strdup(dir);
    if (!d) {
        forget(&r->files);
        return;
    }
    run->stamp_dirs[run->stamp_count] = d;
    run->stamps[run->stamp_count++] = *r;
}

/* After the commit: every stamp written (or, when it failed, dropped). */
static void record_stamps(build_run *run, int committed)
{
    for (size_t i = 0; i < run->stamp_count; i++) {
        stamp_record *r = &run->stamps[i];
        if (committed)
            cache_render_record(run->o->cache, run->stamp_dirs[i], r->what, r->digest,
                                (const char *const *)r->files.names, r->files.sizes,
                                (const unsigned char(*)[CACHE_DIGEST_SIZE])r->files.shas, r->files.count);
        forget(&r->files);
        free(run->stamp_dirs[i]);
    }
    free(run->stamps);
    free(run->stamp_dirs);
}

/* The files of one unit, into the build's list ("rel/name"). */
static void note_files(build_run *run, const char *rel, const written_set *w)
{
    for (size_t i = 0; i < w->count; i++) {
        char path[OUTPUT_FOLDER_MAX + 300];
        if ((size_t)snprintf(path, sizeof path, "%s/%s", rel, w->names[i]) < sizeof path)
            remember(&run->files, path, w->sizes[i], w->shas[i]);
    }
}

/* Every file the unit has in the new build: carried over as a whole (its
 * kept files), or its stamps' (the unit's stamp lists them all). */
static void note_unit_files(build_run *run, unit_item *it)
{
    if (!run->o->cache)
        return;
    note_files(run, it->rel, &it->job.all);
    size_t k = 0;
    while (k < it->job.stamp_count && strcmp(it->job.stamps[k].what, "unit") != 0)
        k++;
    if (k < it->job.stamp_count) {
        note_files(run, it->rel, &it->job.stamps[k].files);
        return;
    }
    for (k = 0; k < it->job.stamp_count; k++)
        note_files(run, it->rel, &it->job.stamps[k].files);
}

static void render_done(void *item, void *ctx)
{
    unit_item *it = item;
    build_run *run = ctx;
    if (it->status == LKJ_EXIT_OK)
        note_unit_files(run, it);
    forget(&it->job.all);
    diag_set_key(run->d, DIAG_KEY(STAGE_RENDER, run->ws->global[it->index]));
    if (diag_append_all(run->d, it->job.d) != 0 && it->status < LKJ_EXIT_IO)
        it->status = LKJ_EXIT_IO;
    run->written += it->job.written;
    run->unchanged += it->job.unchanged;
    for (size_t i = 0; i < it->job.stamp_count; i++)
        keep_stamp(run, it->dir, &it->job.stamps[i]);
    if (it->status > run->status)
        run->status = it->status;
    if (it->status != LKJ_EXIT_OK)
        atomic_store(&run->stop, 1);
    if (run->o->progress) {
        fprintf(stderr, "\r%zu/%zu …", ++run->rendered, run->unit_total);
        fflush(stderr);
    }
    lkj_diags_free(it->job.d);
    free(it);
}

/* Grows the calling thread's malloc heap once by some megabytes, in pieces
 * below the size malloc maps on its own, and gives the pieces back. A
 * thread's heap (glibc) is otherwise made usable one page at a time, one
 * mprotect per page, as a report's trees take memory: about 2,000 system
 * calls in a rebuild, most of them on the thread rendering the changed
 * unit. Freed, the memory is returned (nothing stays resident) but the
 * heap stays usable. */
static void grow_thread_heap(void)
{
#ifdef __GLIBC__
    enum { PIECE = 120 * 1024, PIECES = 128 };
    void *pieces[PIECES];
    size_t n = 0;
    while (n < PIECES && (pieces[n] = malloc(PIECE)))
        n++;
    while (n > 0)
        free(pieces[--n]);
#endif
}

static void render_thread_setup(void *ctx)
{
    (void)ctx;
    load_thread_init();
    grow_thread_heap();
}

static void out_of_memory(build_run *run)
{
    diag_set_key(run->d, DIAG_KEY(STAGE_COMMIT, 0));
    diag_loc loc = {run->o->out_dir, 0, 0};
    DIAG0(run->d, D_NO_MEMORY, &loc);
    run->status = LKJ_EXIT_IO;
}

static void submit_units(build_run *run, pool *p)
{
    for (size_t i = 0; i < run->ws->unit_count && !atomic_load(&run->stop); i++) {
        /* Its folder is an earlier unit's (LKJ0415): rendering it would
         * overwrite that unit's reports. */
        if (run->ws->folder_taken[i]) {
            run->rendered++;
            continue;
        }
        unit_item *it = calloc(1, sizeof *it);
        if (it)
            it->job = (unit_job){.o = run->o, .stylesheets = run->stylesheets, .d = lkj_diags_new(run->lang),
                                 .tree = run->o->tree, .english = run->english, .outputs = run->outputs};
        if (!it || !it->job.d) {
            free(it);
            out_of_memory(run);
            return;
        }
        it->index = i;
        pool_submit(p, it);
    }
}

/* The digest of every file under dir (names and bytes, in byte order):
 * a render stamp is only good for the stylesheets that made it. */
static int name_order(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void digest_folder(struct sha256_ctx *h, const char *dir, int depth)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, name_order);
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        char path[4200];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (name[0] != '.' && stat(path, &st) == 0) {
            sha256_update(h, strlen(name) + 1, (const uint8_t *)name);
            if (S_ISDIR(st.st_mode) && depth < 4) {
                digest_folder(h, path, depth + 1);
            } else if (S_ISREG(st.st_mode)) {
                FILE *f = fopen(path, "rb");
                unsigned char buf[4096]; /* small: the stack may not grow under a memory limit */
                size_t got;
                while (f && (got = fread(buf, 1, sizeof buf, f)) > 0)
                    sha256_update(h, got, buf);
                if (f)
                    fclose(f);
            }
        }
        free(names[i]);
    }
    if (n >= 0)
        free(names);
}

/* The base of every unit's dependency digest: everything a report is made
 * from but the inputs. Then the whole workspace's digest over it. */
static void digest_base(build_run *run, const build_whole *w)
{
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, CACHE_DIGEST_SIZE, cache_toolchain(run->o->cache));
    sha256_update(&h, CACHE_DIGEST_SIZE, run->stylesheets);
    char settings[160];
    snprintf(settings, sizeof settings, "formats=%u english=%d period=%d/%d/%d date=%s", run->o->formats,
             run->english, (int)run->period.kind, run->period.year, run->period.index,
             run->lo.date ? run->lo.date : "-");
    sha256_update(&h, strlen(settings) + 1, (const uint8_t *)settings);
    if (w->profile)
        sha256_update(&h, CACHE_DIGEST_SIZE, w->profile->digest);
    for (size_t i = 0; i < w->missing_count; i++)
        sha256_update(&h, strlen(w->missing[i]) + 1, (const uint8_t *)w->missing[i]);
    for (size_t i = 0; w->rejected && i < w->rejected->count; i++) {
        const lower_rejection *r = &w->rejected->items[i];
        char line[4400];
        snprintf(line, sizeof line, "%s|%s|%s|%zu|%s", r->file, r->unit ? r->unit : "-", r->date, r->errors,
                 r->accepted_on ? r->accepted_on : "-");
        sha256_update(&h, strlen(line) + 1, (const uint8_t *)line);
    }
    sha256_digest(&h, CACHE_DIGEST_SIZE, run->base);
    const unsigned char **digests = malloc((w->unit_count + 1) * sizeof *digests);
    run->can_skip = digests && (!w->profile || w->profile->has_digest);
    for (size_t i = 0; i < w->unit_count && run->can_skip; i++)
        run->can_skip = (digests[i] = w->digest_of(w->ctx, i)) != NULL;
    if (run->can_skip)
        depend_whole(run->base, digests, w->unit_count, run->whole);
    free(digests);
}

build_run *build_begin(const build_options *o, const build_whole *w, lkj_diags *d)
{
    build_run *run = calloc(1, sizeof *run);
    if (!run)
        return NULL;
    run->o = o;
    run->d = d;
    run->lang = lkj_diags_lang(d);
    run->unit_total = w->unit_count;
    atomic_init(&run->stop, 0);
    run->period = o->has_period ? o->period : (meas_period){w->year, MEAS_PERIOD_YEAR, 0};
    /* --report-lang, else the profile's bahasa-laporan, else Indonesian. */
    run->english = o->english >= 0 ? o->english
                                   : w->profile && w->profile->report_lang && strcmp(w->profile->report_lang, "en") == 0;
    run->lo = (lower_options){report_date(w->profile, run->date_buf, sizeof run->date_buf), run->english, w->rejected};
    if (o->cache) {
        struct sha256_ctx h;
        sha256_init(&h);
        if (o->stylesheets)
            digest_folder(&h, o->stylesheets, 0);
        sha256_digest(&h, CACHE_DIGEST_SIZE, run->stylesheets);
        if (w->digest_of)
            digest_base(run, w);
        run->outputs = cache_outputs_load(o->cache, o->out_dir);
    }
    return run;
}

/* Every unit's dependency digest, or NULL when units cannot be skipped. */
static unsigned char (*unit_depends(const build_run *run, const link_workspace *ws))[CACHE_DIGEST_SIZE]
{
    if (!run->can_skip)
        return NULL;
    unsigned char(*out)[CACHE_DIGEST_SIZE] = malloc((ws->unit_count + 1) * sizeof *out);
    if (out && depend_digests(ws, run->base, run->whole, out) != 0) {
        free(out);
        out = NULL;
    }
    return out;
}

/* The submissions' trees were read and freed on the worker threads, each
 * into its own malloc arena; the reports are made on others. What those
 * arenas hold free is handed back to the system before rendering, or a
 * build keeps both its reading's peak and its rendering's (60 MB for a
 * 4 MB submission, issue 11). */
static void give_back_freed_memory(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

int build_part(build_run *run, const link_workspace *ws)
{
    if (run->status >= LKJ_EXIT_IO || atomic_load(&run->stop))
        return run->status;
    if (!link_indexed(ws)) { /* linking ran out of memory before its end */
        out_of_memory(run);
        return run->status;
    }
    /* What the reading left free goes back before the measures and the
     * reports take memory of their own. */
    give_back_freed_memory();
    run->ws = ws;
    run->depends = unit_depends(run, ws);
    run->ev_state = EV_INDEXING;
    pthread_mutex_init(&run->ev_lock, NULL);
    pthread_cond_init(&run->ev_made, NULL);
    /* With the cache the measures are made on a thread of their own while
     * the workers carry over and render; without it nothing can be carried
     * over and they are made here first, so that no thread's stack takes
     * address space (a build under ulimit -v runs out of memory with
     * LKJ0901, never with a stack that cannot grow). */
    pthread_t evaluator;
    int threaded = run->depends && pthread_create(&evaluator, NULL, evaluate_part, run) == 0;
    if (!threaded)
        evaluate_part(run);
    int jobs = run->o->jobs < 1 ? 1 : run->o->jobs;
    pool *p = pool_new(jobs, RENDER_WINDOW, render_thread_setup, render_work, render_done, run);
    if (!p) {
        out_of_memory(run);
    } else {
        submit_units(run, p);
        pool_finish(p);
    }
    if (threaded)
        pthread_join(evaluator, NULL);
    if (run->ev_state == EV_READY)
        warn_zero_targets(&run->ev, &run->period, run->d);
    else
        out_of_memory(run);
    pthread_cond_destroy(&run->ev_made);
    pthread_mutex_destroy(&run->ev_lock);
    free(run->depends);
    run->depends = NULL;
    run->ws = NULL;
    evaluate_free(&run->ev);
    return run->status;
}

int build_status(const build_run *run)
{
    return run->status;
}

void build_no_skip(build_run *run)
{
    run->can_skip = 0;
}

/* The records of what was published, and run freed. */
static void record_published(build_run *run, int published)
{
    record_stamps(run, published);
    /* After the commit, its old tree gone: the ctimes the next build sees. */
    if (published && run->o->cache && !run->files.failed)
        cache_outputs_record(run->o->cache, run->o->out_dir, (const char *const *)run->files.names, run->files.sizes,
                             (const unsigned char(*)[CACHE_DIGEST_SIZE])run->files.shas, run->files.count);
    forget(&run->files);
    cache_outputs_free(run->outputs);
    free(run);
}

struct build_records {
    pthread_t thread;
    build_run *run;
    int published;
};

static void *record_in_background(void *arg)
{
    build_records *r = arg;
    record_published(r->run, r->published);
    return NULL;
}

int build_end(build_run *run, int publish, size_t *written, size_t *unchanged, build_records **records)
{
    *records = NULL;
    /* Everything of this build becomes visible at once, or nothing does. */
    int published = 0;
    if (publish && run->status < LKJ_EXIT_IO) {
        published = output_tree_commit(run->o->tree) == 0;
        if (!published) {
            char why[4400];
            snprintf(why, sizeof why, "%s: %s", run->o->out_dir, strerror(errno));
            diag_set_key(run->d, DIAG_KEY(STAGE_COMMIT, 0));
            diag_loc loc = {run->o->out_dir, 0, 0};
            DIAG(run->d, D_IO_WRITE, &loc, why);
            run->status = LKJ_EXIT_IO;
        }
    } else {
        output_tree_abort(run->o->tree);
    }
    *written = published ? run->written : 0;
    *unchanged = published ? run->unchanged : 0;
    int status = run->status;
    /* The records touch only the cache folder: written beside the gate's
     * commit and the summary (a few milliseconds of a nightly run), or
     * here when there is no cache or no thread. */
    build_records *r = run->o->cache ? malloc(sizeof *r) : NULL;
    if (r) {
        *r = (build_records){.run = run, .published = published};
        if (pthread_create(&r->thread, NULL, record_in_background, r) == 0) {
            *records = r;
            return status;
        }
        free(r);
    }
    record_published(run, published);
    return status;
}

void build_records_wait(build_records *r)
{
    if (!r)
        return;
    pthread_join(r->thread, NULL);
    free(r);
}

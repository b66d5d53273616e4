/*
 * run.c — the driver: one run of lkjip over a workspace, from the paths to
 * the exit status. It owns what a run is made of: the lock, the walk over
 * the inputs (checked on a pool of threads), linking one part at a time,
 * the build, and the single commit that publishes a build whole or not at
 * all. The policy of that commit lives here and only here (build_end
 * carries it out). cli.c only parses arguments.
 */
#define _GNU_SOURCE /* O_NOFOLLOW with flock */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <nettle/sha2.h>
#include <unistd.h>

#include "build.h"
#include "cache.h"
#include "check.h"
#include "diag.h"
#include "discover.h"
#include "emit.h"
#include "gate.h"
#include "letters.h"
#include "link.h"
#include "lkjip/lkjip.h"
#include "load.h"
#include "lower.h"
#include "measure.h"
#include "output.h"
#include "partition.h"
#include "present.h"
#include "pool.h"
#include "render.h"
#include "run.h"
#include "store.h"
#include "template.h"

/* ------------------------------------------------------------------ */
/* Reading the inputs (check and build)                                */
/* ------------------------------------------------------------------ */

typedef struct check_run {
    const lkj_run_options *o;
    build_records *records; /* what build_end left running, waited for before the cache is pruned */
    const char *state;     /* build's state folder (models spill there), or NULL */
    lkj_diags *diags;
    render *out;
    size_t files, errors, warnings;
    size_t fatals;         /* of the errors: I/O or internal (each run with exit 3 says one) */
    /* --link: the models of the clean inputs, linked at the end one part
     * at a time (partition.h), kept meanwhile within a memory budget. */
    model_store *models;
    partition *parts;
    m_profile *profile;
    int oom;
    int store_failed;      /* a model could not be kept: nothing is linked */
    int status;            /* the worst status of the files read */
    pool *pool;            /* -j: files checked on worker threads */
    FILE *log;
    int progress;          /* a counter on stderr: only on a terminal */
    struct timespec start; /* for the time in the log's summary */
    cache *cache;          /* --cache: results of unchanged files */
    size_t cache_hits;
    /* build: the gate (gate.h). Each rejected submission, the ids of the
     * units kept so far (a rejected file's unit may come from another),
     * and how many stand in or are absent. */
    gate *gate;
    lower_rejections rejected;
    char **kept_ids;
    size_t kept_count, kept_capacity;
    size_t stand_ins, absent;
    int link_rejected;     /* a unit was rejected while linking */
    /* Each kept model's place in input order, by store index: a stand-in
     * is linked, and so listed in reports, where its rejected file was. */
    size_t *positions;
    size_t position_capacity;
    letters *letters;      /* --letters: a letter per input (letters.h), or NULL */
} check_run;

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* The run's output and its log, set up the same way for check and build
 * (state: the folder for models beyond the memory budget, or NULL; out:
 * the caller's renderer, which the run then neither ends nor frees, or
 * NULL: the run's own, on stdout). */
static int begin_run_on(check_run *run, const lkj_run_options *o, const char *state, render *out)
{
    memset(run, 0, sizeof *run);
    run->o = o;
    run->state = state;
    run->diags = lkj_diags_new(o->lang);
    run->out = out ? out : render_begin(stdout, o->form == LKJ_FORM_XML ? RENDER_XML : RENDER_TEXT, o->lang);
    run->progress = !o->quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &run->start);
    run->letters = letters_new(o);
    if (!run->diags || !run->out || (letters_wanted(o) && !run->letters))
        return -1;
    if (o->link) {
        /* Models beyond the budget go to a file in the state folder (or in
         * TMPDIR for check): the disk the user gave lkjip to write on. */
        int invalid;
        run->models = store_new(store_budget_from_env(&invalid), run->state);
        if (invalid)
            fprintf(stderr, "lkjip: LKJIP_MODEL_MEMORY: %s\n",
                    o->lang == LKJ_LANG_EN ? "not a whole number of megabytes; 64 is used"
                                           : "bukan bilangan bulat megabita; dipakai 64");
        run->parts = partition_new();
        if (!run->models || !run->parts)
            return -1;
    }
    if (o->log) {
        FILE *log = fopen(o->log, "a");
        if (!log) { /* said as LKJ0010, like any output that cannot be written */
            char why[4400];
            snprintf(why, sizeof why, "%s: %s", o->log, strerror(errno));
            diag_loc loc = {o->log, 0, 0};
            DIAG(run->diags, D_IO_WRITE, &loc, why);
            render_file(run->out, o->log, run->diags, LKJ_EXIT_IO);
            lkj_diags_clear(run->diags);
            run->errors++;
            return -1;
        }
        setvbuf(log, NULL, _IOLBF, 0);
        render_set_log(run->out, log);
        run->log = log;
    }
    return 0;
}

static int begin_run(check_run *run, const lkj_run_options *o, const char *state)
{
    return begin_run_on(run, o, state, NULL);
}

/* Adds a list's errors and warnings to the run's summary. */
static void count_diags(check_run *run, const lkj_diags *diags)
{
    size_t n = lkj_diags_count(diags);
    for (size_t i = 0; i < n; i++) {
        lkj_severity s = lkj_diags_at(diags, i)->severity;
        run->errors += s >= LKJ_SEV_ERROR;
        run->fatals += s == LKJ_SEV_FATAL;
        run->warnings += s == LKJ_SEV_WARNING;
    }
}

static void count_and_render(check_run *run, const char *name, int status, lkj_diags *diags)
{
    count_diags(run, diags);
    /* The summary counts what was found, shown or not. */
    run->errors += lkj_diags_suppressed(diags, LKJ_SEV_ERROR) + lkj_diags_suppressed(diags, LKJ_SEV_FATAL);
    run->fatals += lkj_diags_suppressed(diags, LKJ_SEV_FATAL);
    run->warnings += lkj_diags_suppressed(diags, LKJ_SEV_WARNING);
    render_file(run->out, name, diags, status);
    lkj_diags_clear(diags);
}

/* The gate: the ids of the units kept, so that a rejected file whose unit
 * another file provides brings no stand-in. */
static int note_kept(check_run *run, const char *id)
{
    if (run->kept_count == run->kept_capacity) {
        size_t cap = run->kept_capacity ? 2 * run->kept_capacity : 64;
        char **ids = realloc(run->kept_ids, cap * sizeof *ids);
        if (!ids)
            return -1;
        run->kept_ids = ids;
        run->kept_capacity = cap;
    }
    if (!(run->kept_ids[run->kept_count] = strdup(id)))
        return -1;
    run->kept_count++;
    return 0;
}

static int was_kept(const check_run *run, const char *id)
{
    for (size_t i = 0; i < run->kept_count; i++)
        if (strcmp(run->kept_ids[i], id) == 0)
            return 1;
    return 0;
}

static int note_position(check_run *run, size_t index, size_t position)
{
    if (index >= run->position_capacity) {
        size_t cap = run->position_capacity ? 2 * run->position_capacity : 64;
        while (cap <= index)
            cap *= 2;
        size_t *grown = realloc(run->positions, cap * sizeof *grown);
        if (!grown)
            return -1;
        run->positions = grown;
        run->position_capacity = cap;
    }
    run->positions[index] = position;
    return 0;
}

/* Keeps a clean input's model for --link (blob: packed in advance, or
 * empty; taken over); a second profile is an error. position: its place
 * in input order. */
static int keep_model(check_run *run, const char *name, check_model *model, store_blob *blob, lkj_diags *diags,
                      size_t position)
{
    if (!model->unit || run->store_failed)
        store_blob_free(blob);
    if (model->profile) {
        if (!run->profile) {
            run->profile = model->profile;
            return LKJ_EXIT_OK;
        }
        diag_loc loc = {name, 0, 0};
        DIAG(diags, D_LINK_PROFILES, &loc, run->profile->file);
        model_profile_free(model->profile);
        return LKJ_EXIT_PROBLEMS;
    }
    if (!model->unit)
        return LKJ_EXIT_OK;
    if (run->store_failed) { /* said once, on the first file it failed */
        model_unit_free(model->unit);
        return LKJ_EXIT_IO;
    }
    if (run->gate && (note_kept(run, model->unit->id) != 0 ||
                      note_position(run, store_count(run->models), position) != 0)) {
        model_unit_free(model->unit);
        store_blob_free(blob);
        run->oom = 1;
        return LKJ_EXIT_IO;
    }
    /* Noted for the parts before the store may write it out and free it. */
    if (partition_add(run->parts, model->unit) != 0) {
        model_unit_free(model->unit);
        store_blob_free(blob);
        run->oom = 1;
        return LKJ_EXIT_IO;
    }
    if (store_put(run->models, model->unit, blob) != 0) {
        diag_loc loc = {name, 0, 0};
        if (errno == ENOMEM)
            DIAG0(diags, D_NO_MEMORY, &loc);
        else
            DIAG(diags, D_STORE_IO, &loc, strerror(errno));
        run->store_failed = 1;
        return LKJ_EXIT_IO;
    }
    return LKJ_EXIT_OK;
}

/* One input on its way through the pool: checked on a worker thread,
 * rendered (and its model kept) on the main thread, in input order. */
typedef struct check_item {
    char *path; /* NULL: standard input */
    lkj_diags *diags;
    int status;
    int cache_hit;
    check_model model;
    store_blob blob; /* the model packed here, once the store writes models out */
    char *claim;     /* build: the unit a rejected file claims (gate_claim) */
} check_item;

static void check_work(void *item, void *ctx)
{
    check_item *it = item;
    check_run *run = ctx;
    const char *name = it->path ? it->path : "-";
    if (run->cache && it->path)
        it->status = check_with_cache(run->cache, it->path, name, &run->o->limits, it->diags,
                                      run->o->link ? &it->model : NULL, &it->cache_hit);
    else if (run->o->link)
        it->status = check_and_read(it->path, it->path ? NULL : stdin, name, &run->o->limits, it->diags, &it->model);
    else if (it->path)
        it->status = lkj_check_path(it->path, NULL, &run->o->limits, it->diags, NULL);
    else
        it->status = lkj_check_stream(stdin, "-", &run->o->limits, it->diags, NULL);
    /* A rejected submission: which unit it was meant to replace. */
    if (run->gate && it->path && it->status == LKJ_EXIT_PROBLEMS && !it->model.unit && !it->model.profile)
        it->claim = gate_claim(it->path, &run->o->limits);
    /* Packing on the reader threads keeps the main thread free to take
     * results in order (it packs itself what comes unpacked). */
    if (it->model.unit && run->models && store_spilling(run->models))
        store_pack(it->model.unit, &it->blob);
}

/* An input that failed (exit 3) always says why. Its failure went unsaid
 * only when memory ran out where no finding could be made, or in the list
 * itself: said as LKJ0901, after dropping what was kept if it must. */
static void say_lost_failure(lkj_diags *d, const char *name, int status)
{
    if (status < LKJ_EXIT_IO || lkj_diags_count_severity(d, LKJ_SEV_FATAL) > 0)
        return;
    diag_loc loc = {name, 0, 0};
    DIAG0(d, D_NO_MEMORY, &loc);
    if (lkj_diags_count_severity(d, LKJ_SEV_FATAL) == 0) {
        lkj_diags_clear(d);
        DIAG0(d, D_NO_MEMORY, &loc);
    }
}

/* The errors a list holds, shown or suppressed. */
static size_t errors_in(const lkj_diags *d)
{
    return lkj_diags_count_severity(d, LKJ_SEV_ERROR) + lkj_diags_suppressed(d, LKJ_SEV_ERROR);
}

/* Records a rejected submission for the summary and the pemda's report. */
static int note_rejected(check_run *run, const char *file, const char *unit, size_t errors, long long date,
                         size_t position)
{
    lower_rejections *r = &run->rejected;
    if (r->count == r->capacity) {
        size_t cap = r->capacity ? 2 * r->capacity : 8;
        lower_rejection *items = realloc(r->items, cap * sizeof *items);
        if (!items)
            return -1;
        r->items = items;
        r->capacity = cap;
    }
    char day[16];
    gate_iso_date(date, day, sizeof day);
    lower_rejection *x = &r->items[r->count];
    *x = (lower_rejection){strdup(file), unit ? strdup(unit) : NULL, strdup(day), errors, NULL, 0, position};
    if (!x->file || !x->date || (unit && !x->unit)) {
        free(x->file);
        free(x->unit);
        free(x->date);
        return -1;
    }
    r->count++;
    return 0;
}

static void free_rejected(lower_rejections *r)
{
    for (size_t i = 0; i < r->count; i++) {
        free(r->items[i].file);
        free(r->items[i].unit);
        free(r->items[i].date);
        free(r->items[i].accepted_on);
    }
    free(r->items);
    memset(r, 0, sizeof *r);
}

static void check_done(void *item, void *ctx)
{
    check_item *it = item;
    check_run *run = ctx;
    const char *name = it->path ? it->path : "-";
    /* The check's own failure; keep_model's (a model store that failed)
     * is said once, on the first file it failed. */
    say_lost_failure(it->diags, name, it->status);
    if (run->o->link && it->status >= LKJ_EXIT_PROBLEMS && !it->model.unit && !it->model.profile) {
        /* What it would have defined: link says what that leaves unlinked
         * as notes, not as other inputs' findings. */
        const check_rejected *r = it->model.rejected;
        if (partition_reject(run->parts, name, r && r->readable, r ? r->defines : NULL, r ? r->define_count : 0,
                             r ? r->supports : NULL, r ? r->support_count : 0) != 0)
            run->oom = 1;
    }
    check_rejected_free(it->model.rejected);
    it->model.rejected = NULL;
    if (run->o->link) {
        int kept = keep_model(run, name, &it->model, &it->blob, it->diags, run->files);
        if (kept > it->status)
            it->status = kept;
    }
    run->files++;
    run->cache_hits += it->cache_hit != 0;
    if (run->gate && it->status == LKJ_EXIT_PROBLEMS && !it->model.unit && !it->model.profile &&
        note_rejected(run, name, it->claim, errors_in(it->diags), gate_file_date(name), run->files - 1) != 0) {
        run->oom = 1;
        it->status = LKJ_EXIT_IO;
    }
    free(it->claim);
    letters_add_file(run->letters, it->path, name, it->diags, it->status);
    count_and_render(run, name, it->status, it->diags);
    if (it->status > run->status)
        run->status = it->status;
    if (run->progress) {
        fprintf(stderr, "\r%zu …", run->files);
        fflush(stderr);
    }
    lkj_diags_free(it->diags);
    free(it->path);
    free(it);
}

static void check_thread_setup(void *ctx)
{
    (void)ctx;
    load_thread_init();
}

static int check_one(const char *path, void *ctx)
{
    check_run *run = ctx;
    check_item *it = calloc(1, sizeof *it);
    if (it) {
        it->path = path ? strdup(path) : NULL;
        it->diags = lkj_diags_new(run->o->lang);
    }
    if (!it || !it->diags || (path && !it->path)) {
        if (it) {
            lkj_diags_free(it->diags);
            free(it->path);
        }
        free(it);
        run->oom = 1;
        return LKJ_EXIT_IO;
    }
    pool_submit(run->pool, it);
    return LKJ_EXIT_OK;
}

/* Clears the progress counter and writes the timed summary to the log. */
static void end_progress(check_run *run, const char *what, const char *extra)
{
    if (run->progress)
        fprintf(stderr, "\r\033[K");
    char line[512], cached[64] = "";
    if (run->cache)
        snprintf(cached, sizeof cached, " (%zu cached)", run->cache_hits);
    snprintf(line, sizeof line, "%s: %zu files%s%s, %zu errors, %zu warnings, %.2f s", what, run->files, cached,
             extra, run->errors, run->warnings, seconds_since(&run->start));
    render_note(run->out, line, 0);
}

/* After the last input: the parts of the workspace. */
static int finish_parts(check_run *run)
{
    if (!run->oom && !run->store_failed &&
        partition_finish(run->parts, run->profile ? run->profile->entity : NULL) != 0) {
        run->oom = 1;
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(run->diags, D_NO_MEMORY, &loc);
    }
    return run->oom || run->store_failed ? LKJ_EXIT_IO : LKJ_EXIT_OK;
}


/* ------------------------------------------------------------------ */
/* Linking part by part                                                */
/* ------------------------------------------------------------------ */

/* A model that could not come back: out of memory, or the file failed. */
static void lost_model(lkj_diags *d)
{
    diag_loc loc = {"lkjip", 0, 0};
    if (errno == ENOMEM)
        DIAG0(d, D_NO_MEMORY, &loc);
    else
        DIAG(d, D_STORE_IO, &loc, errno ? strerror(errno) : "-");
}

/* ------------------------------------------------------------------ */
/* The gate: a rejected unit's last accepted version stands in          */
/* ------------------------------------------------------------------ */

/* Marks u as standing in for the rejected submission r: its reports say
 * so, and its digest differs from the version's own (so do its reports). */
static int mark_stand_in(m_unit *u, const gate_version *v, const lower_rejection *r)
{
    char day[16];
    gate_iso_date(v->date, day, sizeof day);
    u->accepted_on = arena_strdup(u->arena, day);
    u->accepted_file = arena_strdup(u->arena, v->path);
    u->rejected_file = arena_strdup(u->arena, r->file);
    u->rejected_on = arena_strdup(u->arena, r->date);
    u->rejected_errors = r->errors > INT32_MAX ? INT32_MAX : (int)r->errors;
    if (!u->accepted_on || !u->accepted_file || !u->rejected_file || !u->rejected_on)
        return -1;
    char note[4400];
    snprintf(note, sizeof note, "stand-in|%s|%s|%s|%d", day, u->rejected_file, u->rejected_on, u->rejected_errors);
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, sizeof u->digest, u->digest);
    sha256_update(&h, strlen(note), (const uint8_t *)note);
    sha256_digest(&h, sizeof u->digest, u->digest);
    return 0;
}

/* The accepted version v, checked again (through the cache) as the model
 * standing in for r; NULL when it no longer passes, or its bytes are not
 * the ones accepted. Its findings are not shown: they were when it was
 * accepted (a version with errors is never accepted). */
static m_unit *load_stand_in(check_run *run, const gate_version *v, const lower_rejection *r)
{
    char path[4400], day[16], name[4400];
    gate_bytes_path(run->gate, v, path, sizeof path);
    gate_iso_date(v->date, day, sizeof day);
    snprintf(name, sizeof name, "%s@%s", v->path, day);
    lkj_diags *d = lkj_diags_new(run->o->lang);
    check_model m;
    memset(&m, 0, sizeof m);
    int hit = 0, status = LKJ_EXIT_IO;
    if (d)
        status = run->cache ? check_with_cache(run->cache, path, name, &run->o->limits, d, &m, &hit)
                            : check_and_read(path, NULL, name, &run->o->limits, d, &m);
    lkj_diags_free(d);
    m_unit *u = m.unit;
    model_profile_free(m.profile);
    check_rejected_free(m.rejected);
    if (status != LKJ_EXIT_OK || !u || strcmp(u->id, v->id) != 0 || !u->has_digest ||
        memcmp(u->digest, v->digest, sizeof u->digest) != 0 || mark_stand_in(u, v, r) != 0) {
        model_unit_free(u);
        return NULL;
    }
    return u;
}

/* After the walk: the unit of each rejected submission, when no other
 * input provides it, is its last accepted version, or absent. */
static int stand_in_rejected(check_run *run)
{
    for (size_t i = 0; i < run->rejected.count; i++) {
        lower_rejection *r = &run->rejected.items[i];
        if (r->unit && was_kept(run, r->unit)) {
            r->elsewhere = 1; /* a copy of a unit another file provides */
            continue;
        }
        const gate_version *v = r->unit ? gate_accepted(run->gate, r->unit) : gate_accepted_from(run->gate, r->file);
        if (!r->unit && v && !(r->unit = strdup(v->id)))
            return LKJ_EXIT_IO;
        if (v && was_kept(run, v->id)) {
            r->elsewhere = 1;
            continue;
        }
        m_unit *u = v ? load_stand_in(run, v, r) : NULL;
        if (!u) {
            run->absent++;
            continue;
        }
        if (!(r->accepted_on = strdup(u->accepted_on))) {
            model_unit_free(u);
            return LKJ_EXIT_IO;
        }
        check_model m = {.unit = u};
        store_blob blob = {NULL, 0, 0};
        if (keep_model(run, r->file, &m, &blob, run->diags, r->position) >= LKJ_EXIT_IO)
            return LKJ_EXIT_IO;
        run->stand_ins++;
        letters_keep_version(run->letters, r->file, r->accepted_on, v->path); /* its letter says so */
    }
    return LKJ_EXIT_OK;
}

/* The units of a part in input order (a stand-in where its rejected file
 * was): reports list units in the order they are linked. */
static void input_order(const check_run *run, m_unit **units, size_t *order, size_t n)
{
    for (size_t j = 1; j < n; j++) { /* nearly sorted: only stand-ins move */
        m_unit *u = units[j];
        size_t o = order[j], k = j;
        for (; k > 0 && run->positions[order[k - 1]] > run->positions[o]; k--) {
            units[k] = units[k - 1];
            order[k] = order[k - 1];
        }
        units[k] = u;
        order[k] = o;
    }
}

/* Accepted versions first, then what is new, each in input order. A
 * duplicate is reported at its second definition: when a new file repeats
 * what an accepted one holds (a copied OPD file that comes first by name),
 * linked this way the new file is the one found at fault. */
static void incumbents_first(const check_run *run, m_unit **units, size_t *order, size_t n)
{
    size_t front = 0;
    for (size_t j = 0; j < n; j++) {
        if (!units[j]->accepted_on && !gate_is_incumbent(run->gate, units[j]))
            continue;
        m_unit *u = units[j];
        size_t o = order[j];
        memmove(units + front + 1, units + front, (j - front) * sizeof *units);
        memmove(order + front + 1, order + front, (j - front) * sizeof *order);
        units[front] = u;
        order[front++] = o;
    }
}

static size_t errors_located(const lkj_diags *d, size_t first, const char *file)
{
    size_t n = 0;
    for (size_t i = first; i < lkj_diags_count(d); i++) {
        const lkj_diag *x = lkj_diags_at(d, i);
        n += x->severity == LKJ_SEV_ERROR && x->file && strcmp(x->file, file) == 0;
    }
    return n;
}

/* What the gate adds to a part while linking it: the stand-ins it loaded
 * itself (not the store's: freed after it), and the ids of the units it
 * removed, merged with the partition's (link_scope.rejected), so that a
 * reference into a removed unit is a note (LKJ0416) and not a finding that
 * rejects the unit making it too. */
typedef struct part_extras {
    m_unit **units;
    size_t count;
    link_rejected_id *ids;      /* the partition's and the removed units', sorted by id */
    size_t id_count, id_capacity;
    const char **supports;      /* likewise for the sasaran their mendukung name */
    size_t support_count, support_capacity;
} part_extras;

static int grow_ids(part_extras *x, size_t more)
{
    if (x->id_count + more > x->id_capacity) {
        size_t cap = 2 * (x->id_count + more) + 16;
        link_rejected_id *ids = realloc(x->ids, cap * sizeof *ids);
        if (!ids)
            return -1;
        x->ids = ids;
        x->id_capacity = cap;
    }
    return 0;
}

static int add_id(part_extras *x, const char *id, const char *file)
{
    if (!id || grow_ids(x, 1) != 0)
        return id ? -1 : 0;
    x->ids[x->id_count++] = (link_rejected_id){id, file};
    return 0;
}

static int add_support(part_extras *x, const char *id)
{
    if (x->support_count == x->support_capacity) {
        size_t cap = 2 * x->support_capacity + 16;
        const char **grown = realloc(x->supports, cap * sizeof *grown);
        if (!grown)
            return -1;
        x->supports = grown;
        x->support_capacity = cap;
    }
    x->supports[x->support_count++] = id;
    return 0;
}

static int add_indicator_ids(part_extras *x, const m_indicator *list, size_t n, const char *file)
{
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        rc |= add_id(x, list[i].id, file);
    return rc;
}

/* Every id a unit defines (and the sasaran its mendukung name). */
static int add_unit_ids(part_extras *x, const m_unit *u, const char *file)
{
    int rc = add_id(x, u->id, file);
    for (size_t t = 0; t < u->tujuan_count; t++) {
        const m_tujuan *tj = &u->tujuan[t];
        rc |= add_id(x, tj->id, file) | add_indicator_ids(x, tj->indicators, tj->indicator_count, file);
        for (size_t s = 0; s < tj->sasaran_count; s++) {
            const m_sasaran *ss = &tj->sasaran[s];
            rc |= add_id(x, ss->id, file) | add_indicator_ids(x, ss->indicators, ss->indicator_count, file);
            for (size_t k = 0; k < ss->support_count; k++)
                rc |= add_support(x, ss->supports[k]);
        }
    }
    for (size_t p = 0; p < u->program_count; p++) {
        const m_program *pg = &u->programs[p];
        rc |= add_indicator_ids(x, pg->indicators, pg->indicator_count, file);
        for (size_t k = 0; k < pg->kegiatan_count; k++) {
            rc |= add_indicator_ids(x, pg->kegiatan[k].indicators, pg->kegiatan[k].indicator_count, file);
            for (size_t b = 0; b < pg->kegiatan[k].sub_count; b++)
                rc |= add_indicator_ids(x, pg->kegiatan[k].subs[b].indicators,
                                        pg->kegiatan[k].subs[b].indicator_count, file);
        }
    }
    return rc;
}

static int compare_rejected_ids(const void *a, const void *b)
{
    return strcmp(((const link_rejected_id *)a)->id, ((const link_rejected_id *)b)->id);
}

static int compare_ids(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A unit left the part: its ids join the scope's rejected ones. */
static int scope_without(part_extras *x, link_scope *scope, const m_unit *u, const char *file)
{
    if (x->id_count == 0 && x->support_count == 0) { /* first: start from the partition's */
        if (grow_ids(x, scope->rejected_count) != 0)
            return -1;
        if (scope->rejected_count)
            memcpy(x->ids, scope->rejected, scope->rejected_count * sizeof *x->ids);
        x->id_count = scope->rejected_count;
        for (size_t i = 0; i < scope->rejected_support_count; i++)
            if (add_support(x, scope->rejected_supports[i]) != 0)
                return -1;
    }
    if (add_unit_ids(x, u, file) != 0)
        return -1;
    if (x->id_count)
        qsort(x->ids, x->id_count, sizeof *x->ids, compare_rejected_ids);
    if (x->support_count)
        qsort(x->supports, x->support_count, sizeof *x->supports, compare_ids);
    scope->rejected = x->ids;
    scope->rejected_count = x->id_count;
    scope->rejected_supports = x->supports;
    scope->rejected_support_count = x->support_count;
    return 0;
}

/* Unit j of the part failed at link: its findings stay, it is recorded as
 * rejected, and its accepted version stands in (kept in extras) unless it
 * is one already, or the part has its id twice; else it leaves the part.
 * Returns the number of units still in the part. */
static size_t reject_unit(check_run *run, m_unit **units, size_t *order, size_t n, size_t j, size_t errors,
                          part_extras *extras, link_scope *scope)
{
    m_unit *u = units[j];
    if (note_rejected(run, u->accepted_on ? u->rejected_file : u->file, u->id, errors,
                      gate_file_date(u->accepted_on ? u->rejected_file : u->file), 0) != 0) {
        run->oom = 1;
        return n;
    }
    lower_rejection *r = &run->rejected.items[run->rejected.count - 1];
    int twice = 0;
    for (size_t i = 0; i < n; i++)
        twice |= i != j && strcmp(units[i]->id, u->id) == 0;
    const gate_version *v = u->accepted_on || twice ? NULL : gate_accepted(run->gate, u->id);
    if (v && memcmp(v->digest, u->digest, sizeof v->digest) == 0)
        v = NULL; /* it is the accepted version itself */
    m_unit **grown = v ? realloc(extras->units, (extras->count + 1) * sizeof *grown) : NULL;
    m_unit *stand_in = grown ? load_stand_in(run, v, r) : NULL;
    if (grown)
        extras->units = grown;
    if (stand_in && (r->accepted_on = strdup(stand_in->accepted_on)) != NULL) {
        extras->units[extras->count++] = stand_in;
        units[j] = stand_in;
        run->stand_ins++;
        letters_keep_version(run->letters, r->file, r->accepted_on, v->path); /* its letter says so */
        return n;
    }
    model_unit_free(stand_in);
    if (twice)
        r->elsewhere = 1;
    else
        run->absent++;
    if (!twice && scope_without(extras, scope, u, r->file) != 0)
        run->oom = 1;
    memmove(units + j, units + j + 1, (n - j - 1) * sizeof *units);
    memmove(order + j, order + j + 1, (n - j - 1) * sizeof *order);
    return n - 1;
}

/* After linking a part: the units with an error of their own are rejected
 * (reject_unit) and the part must be linked again; their findings stay in
 * d, every other finding from first on is dropped (the next link says it
 * again, or it was a consequence). Returns the count of units left, or n
 * when none was rejected. */
static size_t reject_at_link(check_run *run, m_unit **units, size_t *order, size_t n, lkj_diags *d, size_t first,
                             part_extras *extras, link_scope *scope, int *rejected)
{
    *rejected = 0;
    size_t *errors = calloc(n + 1, sizeof *errors);
    lkj_diags *keep = lkj_diags_new(lkj_diags_lang(d));
    if (!errors || !keep) {
        free(errors);
        lkj_diags_free(keep);
        run->oom = 1;
        return n;
    }
    for (size_t j = 0; j < n; j++)
        *rejected |= (errors[j] = errors_located(d, first, units[j]->file)) > 0;
    if (*rejected) {
        for (size_t i = first; i < lkj_diags_count(d); i++)
            for (size_t j = 0; j < n; j++)
                if (errors[j] && strcmp(lkj_diags_at(d, i)->file, units[j]->file) == 0) {
                    if (diag_copy(keep, d, i) != 0)
                        run->oom = 1;
                    break;
                }
        diag_truncate(d, first);
        for (size_t i = 0; i < lkj_diags_count(keep); i++)
            if (diag_copy(d, keep, i) != 0)
                run->oom = 1;
        for (size_t j = n; j-- > 0;)
            if (errors[j])
                n = reject_unit(run, units, order, n, j, errors[j], extras, scope);
    }
    free(errors);
    lkj_diags_free(keep);
    return n;
}

/* What the gate records of a part that linked clean: new submissions are
 * accepted, stand-ins stay in force. */
static int record_part(check_run *run, m_unit *const *units, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        if (units[j]->accepted_on)
            gate_keep(run->gate, units[j]->id);
        else if (gate_accept(run->gate, units[j]) != 0)
            return -1;
    }
    return 0;
}

/* Whether one of the units with errors of their own is an accepted
 * version (the same bytes from the same file as last accepted). */
static int blames_incumbent(const check_run *run, m_unit *const *units, size_t n, const lkj_diags *d, size_t first)
{
    for (size_t j = 0; j < n; j++)
        if (gate_is_incumbent(run->gate, units[j]) && errors_located(d, first, units[j]->file) > 0)
            return 1;
    return 0;
}

/* Links a part again while the gate rejects units of it: each round
 * rejects at least one or ends, and a night without rejections links
 * once. Linking is in input order; only when an accepted version is found
 * at fault is the part linked once more with accepted versions first, to
 * find the new file that collides with it. */
static int link_gated(check_run *run, link_workspace *ws, const m_profile *profile, m_unit **units, size_t *order,
                      size_t *n, link_scope *scope, lkj_diags *d, part_extras *extras)
{
    if (run)
        input_order(run, units, order, *n);
    int permuted = 0, tried = 0, any = 0;
    for (;;) {
        size_t first = lkj_diags_count(d);
        int status = link_part(ws, profile, units, *n, scope, d);
        if (status == LKJ_EXIT_IO || !run)
            return status;
        /* Tried once per set of units: if the accepted version is still at
         * fault with accepted versions first, it is rejected as found. */
        if (!permuted && !tried && blames_incumbent(run, units, *n, d, first)) {
            diag_truncate(d, first);
            link_free(ws);
            incumbents_first(run, units, order, *n);
            permuted = tried = 1;
            continue;
        }
        int rejected = 0;
        *n = reject_at_link(run, units, order, *n, d, first, extras, scope, &rejected);
        if (run->oom)
            return LKJ_EXIT_IO;
        if (!rejected && !permuted) {
            if (record_part(run, units, *n) != 0)
                return LKJ_EXIT_IO;
            return any && status < LKJ_EXIT_PROBLEMS ? LKJ_EXIT_PROBLEMS : status;
        }
        /* Linked again in input order, with the culprits gone. */
        if (rejected)
            tried = 0;
        any |= rejected;
        run->link_rejected |= rejected;
        link_free(ws);
        input_order(run, units, order, *n);
        permuted = 0;
    }
}

static int link_one_part(partition *p, size_t k, model_store *models, const m_profile *profile, int year,
                         int jobs, run_part_fn each, void *ctx, lkj_diags *d, check_run *gated)
{
    size_t n;
    const size_t *members = partition_part(p, k, &n);
    store_load(models, members, n, jobs);
    m_unit **units = malloc((n + 1) * sizeof *units);
    size_t *order = malloc((n + 1) * sizeof *order);
    part_extras extras = {0};
    int status = LKJ_EXIT_OK;
    if (!units || !order) {
        errno = ENOMEM;
        lost_model(d);
        status = LKJ_EXIT_IO;
    }
    for (size_t j = 0; j < n && status == LKJ_EXIT_OK; j++)
        if (!(units[j] = store_get(models, members[j]))) {
            lost_model(d);
            status = LKJ_EXIT_IO;
        } else {
            order[j] = members[j];
        }
    if (status == LKJ_EXIT_OK) {
        size_t count = n;
        link_scope scope = {.global = order, .year = year, .owns_entity = k == partition_entity_part(p)};
        scope.missing = partition_missing(p, &scope.missing_count);
        scope.rejected = partition_rejected(p, &scope.rejected_count);
        scope.rejected_supports = partition_rejected_supports(p, &scope.rejected_support_count);
        scope.unreadable = partition_unreadable(p, &scope.unreadable_count);
        link_workspace ws;
        status = link_gated(gated && gated->gate ? gated : NULL, &ws, profile, units, order, &count, &scope, d,
                            &extras);
        if (status != LKJ_EXIT_IO && each) {
            int s = each(&ws, ctx);
            if (s > status)
                status = s;
        }
        link_free(&ws);
    }
    for (size_t j = 0; j < n; j++)
        store_release(models, members[j]);
    for (size_t j = 0; j < extras.count; j++)
        model_unit_free(extras.units[j]);
    free(extras.units);
    free(extras.ids);
    free(extras.supports);
    free(units);
    free(order);
    return status;
}

/* run_link_parts, with the gate of a build (gated NULL: none). */
static int link_parts_gated(partition *p, model_store *models, const m_profile *profile, int jobs, run_part_fn each,
                            void *ctx, lkj_diags *d, check_run *gated)
{
    int year = partition_year(p, profile);
    size_t first = lkj_diags_count(d);
    int status = LKJ_EXIT_OK;
    for (size_t k = 0; k < partition_count(p) && status < LKJ_EXIT_IO; k++) {
        int s = link_one_part(p, k, models, profile, year, jobs, each, ctx, d, gated);
        if (s > status)
            status = s;
    }
    /* A finding lost (the list could not grow) fails the run like any
     * other lack of memory: a clean result must never hide one. */
    if (diag_sort_by_key(d, first) != 0 || diag_out_of_memory(d)) {
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        status = LKJ_EXIT_IO;
    }
    return status;
}

int run_link_parts(partition *p, model_store *models, const m_profile *profile, int jobs, run_part_fn each,
                   void *ctx, lkj_diags *d)
{
    return link_parts_gated(p, models, profile, jobs, each, ctx, d, NULL);
}

typedef struct part_builder {
    check_run *run;
    build_run *build;
} part_builder;

/* build_part as run_link_parts' callback. Once the gate rejected a unit
 * while linking, what the pemda's report lists changed after the build
 * made its dependency digests: no unit is then carried over unlowered. */
static int build_each_part(const link_workspace *ws, void *ctx)
{
    part_builder *b = ctx;
    if (b->run->link_rejected)
        build_no_skip(b->build);
    return build_part(b->build, ws);
}

/* Links the workspace one part at a time (building: through the gate,
 * and renders each part). */
static int link_parts(check_run *run, build_run *build)
{
    part_builder b = {run, build};
    return link_parts_gated(run->parts, run->models, run->profile, run->o->jobs, build ? build_each_part : NULL,
                            &b, run->diags, build ? run : NULL);
}

/* For the log: how the workspace was linked ("3 parts, 120 models on disk"). */
static void describe_parts(const check_run *run, char *out, size_t size)
{
    snprintf(out, size, " in %zu part%s, %zu model%s on disk", partition_count(run->parts),
             partition_count(run->parts) == 1 ? "" : "s", store_spilled(run->models),
             store_spilled(run->models) == 1 ? "" : "s");
}

/* --link: every reference across the clean inputs. */
static int link_run(check_run *run)
{
    int status = finish_parts(run);
    if (status == LKJ_EXIT_OK)
        status = link_parts(run, NULL);
    count_diags(run, run->diags);
    letters_add_link(run->letters, run->diags);
    render_link(run->out, run->diags, status);
    lkj_diags_clear(run->diags);
    return status;
}

/* Problems with an argument itself (a missing path, an empty folder). */
static void report_argument(lkj_diags *found, void *ctx)
{
    check_run *run = ctx;
    size_t n = lkj_diags_count(found);
    count_diags(run, found);
    render_file(run->out, n ? lkj_diags_at(found, 0)->file : "-", found, LKJ_EXIT_IO);
}

/* Memory ran out outside any one file's check (the pool, the list of
 * models): said once as LKJ0901, never a silent exit 3. */
static void report_out_of_memory(check_run *run, lkj_diags *scratch)
{
    diag_loc loc = {"lkjip", 0, 0};
    lkj_diags_clear(scratch);
    DIAG0(scratch, D_NO_MEMORY, &loc);
    report_argument(scratch, run);
    lkj_diags_clear(scratch);
}

/* Reads every path argument (check per file, models kept for --link);
 * returns the worst status. */
static int walk_inputs(check_run *run, lkj_diags *scratch)
{
    int status = LKJ_EXIT_OK;
    /* A window of 4 files per thread keeps every core busy while memory
     * stays bounded by the window, whatever the number of files. */
    run->pool = pool_new(run->o->jobs, 4 * (size_t)run->o->jobs, check_thread_setup, check_work, check_done, run);
    if (!run->pool) {
        run->oom = 1;
        report_out_of_memory(run, scratch);
        return LKJ_EXIT_IO;
    }
    for (size_t i = 0; i < run->o->path_count; i++) {
        int s = discover_walk(run->o->paths[i], check_one, report_argument, scratch, run);
        if (s > status)
            status = s;
    }
    pool_finish(run->pool);
    run->pool = NULL;
    if (run->oom)
        report_out_of_memory(run, scratch);
    if (run->status > status)
        status = run->status;
    return run->oom && status < LKJ_EXIT_IO ? LKJ_EXIT_IO : status;
}

static void free_models(check_run *run)
{
    store_free(run->models);
    partition_free(run->parts);
    model_profile_free(run->profile);
}

/* A finding of the run itself (the lock, the output folder, the cache),
 * said like a file's, under the name of what it is about. */
static void report_run(check_run *run, lkj_diags *found, int status)
{
    size_t n = lkj_diags_count(found);
    count_diags(run, found);
    render_file(run->out, n ? lkj_diags_at(found, 0)->file : "lkjip", found, status);
    lkj_diags_clear(found);
}

/* The last word of a failed run: an exit status 3 always comes with a
 * coded finding. One lost on the way (a list that could not grow when
 * memory ran out) is said here, as LKJ0901 when memory ran out. */
static void say_failure(check_run *run, int status, lkj_diags *scratch)
{
    if (status < LKJ_EXIT_IO || run->fatals > 0 || !scratch)
        return;
    diag_loc loc = {"lkjip", 0, 0};
    if (run->oom || load_memory_failures_anywhere() != 0 || errno == ENOMEM)
        DIAG0(scratch, D_NO_MEMORY, &loc);
    else
        DIAG(scratch, D_INTERNAL, &loc, run->o->lang == LKJ_LANG_EN ? "the run failed without a finding"
                                                                      : "jalankan gagal tanpa temuan");
    report_run(run, scratch, LKJ_EXIT_IO);
}

/* The cache folder, or NULL (said as LKJ0014) when it cannot be used: the
 * run goes on without it, as it would with --no-cache. */
static cache *open_cache(check_run *run, const char *dir, lkj_diags *scratch)
{
    cache *c = cache_open(dir, &run->o->limits, run->o->lang);
    if (!c) {
        diag_loc loc = {dir, 0, 0};
        DIAG(scratch, D_CACHE_UNUSED, &loc, dir, strerror(errno));
        report_run(run, scratch, LKJ_EXIT_OK);
    }
    return c;
}

/* lkj_init failed: out of memory (LKJ0901), or the built-in schemas do
 * not compile (LKJ0902), said like any finding. */
static int init_failed(const lkj_run_options *o)
{
    lkj_diags *d = lkj_diags_new(o->lang);
    render *out = render_begin(stdout, o->form == LKJ_FORM_XML ? RENDER_XML : RENDER_TEXT, o->lang);
    if (d && out) {
        diag_loc loc = {"lkjip", 0, 0};
        if (load_memory_failures() != 0)
            DIAG0(d, D_NO_MEMORY, &loc);
        else
            DIAG(d, D_INTERNAL, &loc, o->lang == LKJ_LANG_EN ? "the built-in schemas failed to compile"
                                                              : "skema bawaan gagal dikompilasi");
        render_file(out, "lkjip", d, LKJ_EXIT_IO);
    } else {
        fputs("lkjip: LKJ0901\n", stderr);
    }
    if (out)
        render_end(out, 0, 1, 0, 1);
    lkj_diags_free(d);
    lkj_cleanup();
    return LKJ_EXIT_IO;
}

/* ------------------------------------------------------------------ */
/* Letters (--letters, letters.h)                                      */
/* ------------------------------------------------------------------ */

/* Writes the letters of a run that read every input (status below 3) and
 * says where they went; a failure is the run's (exit 3, said like the
 * run's other findings), and the previous letters stay as they were. */
static int write_letters(check_run *run, int status, lkj_diags *scratch)
{
    if (!run->letters || status >= LKJ_EXIT_IO)
        return status;
    size_t written;
    int s = letters_write(run->letters, scratch, &written);
    if (s != LKJ_EXIT_OK) {
        report_run(run, scratch, s);
        return s;
    }
    char line[4400];
    letters_describe(run->letters, written, line, sizeof line);
    render_note(run->out, line, !run->o->quiet);
    return status;
}

static int compile_stylesheets(const lkj_run_options *o, unsigned emit_mask, int labels);

int lkj_check_workspace(const lkj_run_options *o)
{
    if (lkj_init() != 0)
        return init_failed(o);
    if (letters_emit_mask(o) && compile_stylesheets(o, letters_emit_mask(o), 0) != 0) {
        emit_cleanup();
        present_cleanup();
        lkj_cleanup();
        return LKJ_EXIT_IO;
    }
    check_run run;
    lkj_diags *scratch = lkj_diags_new(o->lang);
    int status = LKJ_EXIT_OK;
    if (begin_run(&run, o, NULL) != 0 || !scratch) {
        status = LKJ_EXIT_IO;
    } else {
        if (o->cache)
            run.cache = open_cache(&run, o->cache, scratch);
        status = walk_inputs(&run, scratch);
        if (o->link) {
            int s = run.oom ? LKJ_EXIT_IO : link_run(&run);
            if (s > status)
                status = s;
        }
        char parts[96] = "";
        if (o->link)
            describe_parts(&run, parts, sizeof parts);
        end_progress(&run, "check", parts);
        status = write_letters(&run, status, scratch);
    }
    free_models(&run);
    if (run.out)
        say_failure(&run, status, scratch);
    if (run.out && run.cache)
        render_set_cache_hits(run.out, run.cache_hits);
    if (run.out && render_end(run.out, run.files, run.errors, run.warnings, o->quiet) != 0)
        status = LKJ_EXIT_IO;
    cache_close(run.cache);
    letters_free(run.letters);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    if (run.log)
        fclose(run.log);
    if (letters_emit_mask(o))
        emit_cleanup();
    lkj_cleanup();
    return status;
}

/* ------------------------------------------------------------------ */
/* build                                                               */
/* ------------------------------------------------------------------ */

/* The state folder: what lkjip keeps between runs (the lock, the cache),
 * never inside the published output folder. By default ".NAME.lkjip"
 * beside the output folder NAME. */
static int state_folder(const lkj_run_options *o, char *out, size_t size)
{
    if (o->state) {
        snprintf(out, size, "%s", o->state);
    } else {
        size_t n = strlen(o->out_dir);
        while (n > 1 && o->out_dir[n - 1] == '/')
            n--;
        const char *slash = memrchr(o->out_dir, '/', n);
        const char *name = slash ? slash + 1 : o->out_dir;
        int parent = slash ? (int)(slash - o->out_dir) : 0;
        if (slash && parent == 0)
            parent = 1; /* "/out": the parent is the root */
        snprintf(out, size, "%.*s%s.%.*s.lkjip", parent, slash ? o->out_dir : "", slash ? "/" : "",
                 (int)(o->out_dir + n - name), name);
    }
    if (output_make_dirs(out) != 0)
        return -1;
    chmod(out, 0700); /* it holds names and NIPs of every office head */
    return 0;
}

/* One build at a time per output folder: an flock on STATE/lock (or --lock
 * FILE), released by the kernel however the process ends, so a run killed
 * with SIGKILL never leaves a stale lock. Never followed through a symlink
 * nor blocked on a FIFO. Returns the descriptor; -2 when another run holds
 * it (with --wait: waits); -1 on error (said as LKJ0013). */
static int take_lock(check_run *run, const char *state, lkj_diags *scratch)
{
    const lkj_run_options *o = run->o;
    char path[4300];
    if (o->lock)
        snprintf(path, sizeof path, "%s", o->lock);
    else
        snprintf(path, sizeof path, "%s/lock", state);
    int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        close(fd);
        fd = -1;
        errno = EINVAL;
    }
    int busy = 0;
    if (fd >= 0 && flock(fd, LOCK_EX | (o->wait ? 0 : LOCK_NB)) == 0)
        return fd;
    if (fd >= 0) {
        busy = errno == EWOULDBLOCK;
        close(fd);
    }
    diag_loc loc = {path, 0, 0};
    if (busy)
        DIAG(scratch, D_BUSY, &loc, path);
    else
        DIAG(scratch, D_LOCK, &loc, path, errno == ELOOP ? "symlink" : strerror(errno));
    report_run(run, scratch, busy ? LKJ_EXIT_OK : LKJ_EXIT_IO);
    return busy ? -2 : -1;
}

/* The new build's staging tree beside the output folder; NULL when the
 * folder cannot be published to (said as LKJ0012 or LKJ0010). */
static output_tree *begin_tree(check_run *run, lkj_diags *scratch)
{
    output_tree *tree = NULL;
    output_status s = output_tree_begin(run->o->out_dir, &tree);
    if (s == OUTPUT_OK)
        return tree;
    diag_loc loc = {run->o->out_dir, 0, 0};
    if (s == OUTPUT_NOT_OURS || s == OUTPUT_NOT_FOLDER)
        DIAG(scratch, D_OUT_NOT_OURS, &loc, run->o->out_dir);
    else {
        char why[4400];
        snprintf(why, sizeof why, "%s: %s", run->o->out_dir, strerror(errno));
        DIAG(scratch, D_IO_WRITE, &loc, why);
    }
    report_run(run, scratch, LKJ_EXIT_IO);
    return NULL;
}

static const unsigned char *stored_digest(const void *models, size_t i)
{
    return store_digest(models, i);
}

/* Every part linked and rendered into the staging tree, then the commit:
 * the build is published only when every input was read and every report
 * written (walked: the status of reading the inputs). An input with
 * errors does not stop the others; a file that could not be read does,
 * since the reports would silently lack it. */
static int build_workspace(check_run *run, const build_options *b, int walked, size_t *written, size_t *unchanged,
                           int *published)
{
    *published = 0;
    if (walked < LKJ_EXIT_IO && run->gate && stand_in_rejected(run) != LKJ_EXIT_OK)
        run->oom = 1;
    /* --strict: nothing is built unless every input is clean. */
    if (run->o->strict && walked != LKJ_EXIT_OK) {
        output_tree_abort(b->tree);
        return walked;
    }
    if (finish_parts(run) != LKJ_EXIT_OK) {
        output_tree_abort(b->tree);
        return LKJ_EXIT_IO;
    }
    build_whole whole = {run->profile, partition_year(run->parts, run->profile), NULL, 0, store_count(run->models), stored_digest, run->models, &run->rejected};
    whole.missing = partition_missing(run->parts, &whole.missing_count);
    build_run *build = build_begin(b, &whole, run->diags);
    if (!build) {
        output_tree_abort(b->tree);
        diag_loc loc = {b->out_dir, 0, 0};
        DIAG0(run->diags, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    int status = link_parts(run, build);
    int rendered = build_status(build);
    if (rendered > status)
        status = rendered;
    int publish = walked < LKJ_EXIT_IO && status < LKJ_EXIT_IO;
    if (run->o->strict && (walked != LKJ_EXIT_OK || status != LKJ_EXIT_OK))
        publish = 0;
    int s = build_end(build, publish, written, unchanged, &run->records);
    *published = publish && s < LKJ_EXIT_IO;
    return s > status ? s : status;
}

/* After the commit: the gate records what is now in force. Failing here
 * leaves the published build as it is (exit status unchanged) and the
 * next run decides from the versions recorded before: said as LKJ0020. */
static void record_gate(check_run *run, lkj_diags *scratch)
{
    if (gate_commit(run->gate, &run->o->limits) == 0)
        return;
    diag_loc loc = {run->state ? run->state : "lkjip", 0, 0};
    DIAG(scratch, D_GATE_UNRECORDED, &loc, run->state ? run->state : "-", strerror(errno));
    report_run(run, scratch, LKJ_EXIT_OK);
}

/* The gate of the state folder; NULL (said as LKJ0013) when it cannot be
 * used: then every rejected unit is absent, and nothing is recorded. An
 * index not made by lkjip is said as LKJ0020 and read as empty. */
static gate *open_gate(check_run *run, const char *state, lkj_diags *scratch)
{
    int distrusted = 0;
    gate *g = gate_open(state, &distrusted);
    diag_loc loc = {state, 0, 0};
    if (!g) {
        char where[4300];
        snprintf(where, sizeof where, "%s/accepted", state);
        DIAG(scratch, D_LOCK, &loc, where, strerror(errno));
        report_run(run, scratch, LKJ_EXIT_IO);
    } else if (distrusted) {
        DIAG(scratch, D_GATE_UNRECORDED, &loc, state,
             run->o->lang == LKJ_LANG_EN ? "the index of accepted versions was not made by lkjip; it is ignored"
                                         : "indeks versi diterima tidak dibuat oleh lkjip; diabaikan");
        report_run(run, scratch, LKJ_EXIT_OK);
    }
    return g;
}

static void free_gate(check_run *run)
{
    gate_close(run->gate);
    run->gate = NULL;
    free_rejected(&run->rejected);
    for (size_t i = 0; i < run->kept_count; i++)
        free(run->kept_ids[i]);
    free(run->kept_ids);
    run->kept_ids = NULL;
    run->kept_count = 0;
    free(run->positions);
    run->positions = NULL;
}

/* One line per rejected submission, on stdout and in the log: what the
 * reports use instead. */
static void say_rejected(check_run *run)
{
    int en = run->o->lang == LKJ_LANG_EN;
    for (size_t i = 0; i < run->rejected.count; i++) {
        const lower_rejection *r = &run->rejected.items[i];
        char line[9000];
        if (r->accepted_on && en)
            snprintf(line, sizeof line, "lkjip: %s: rejected (%zu error%s); unit %s: the version accepted on %s stays in force",
                     r->file, r->errors, r->errors != 1 ? "s" : "", r->unit, r->accepted_on);
        else if (r->accepted_on)
            snprintf(line, sizeof line, "lkjip: %s: ditolak (%zu kesalahan); unit %s: tetap memakai versi diterima %s",
                     r->file, r->errors, r->unit, r->accepted_on);
        else if (r->elsewhere)
            snprintf(line, sizeof line,
                     en ? "lkjip: %s: rejected (%zu errors); unit %s comes from another file"
                        : "lkjip: %s: ditolak (%zu kesalahan); unit %s diambil dari berkas lain",
                     r->file, r->errors, r->unit);
        else if (en)
            snprintf(line, sizeof line, "lkjip: %s: rejected (%zu error%s); %s%s%s", r->file, r->errors,
                     r->errors != 1 ? "s" : "", r->unit ? "unit " : "",
                     r->unit ? r->unit : "its unit is not known",
                     r->unit ? ": no accepted version, absent from the reports" : "");
        else
            snprintf(line, sizeof line, "lkjip: %s: ditolak (%zu kesalahan); %s%s%s", r->file, r->errors,
                     r->unit ? "unit " : "", r->unit ? r->unit : "unitnya tidak diketahui",
                     r->unit ? ": belum ada versi diterima, tidak ada dalam laporan" : "");
        render_note(run->out, line, !run->o->quiet);
    }
}

/* The summary line of a build (and its log line). */
static void say_built(check_run *run, size_t ws_units, size_t written, size_t unchanged)
{
    const lkj_run_options *o = run->o;
    char units[256] = "", cached[64] = "", kept[64] = "";
    char parts[96];
    describe_parts(run, parts, sizeof parts);
    snprintf(units, sizeof units, ", %zu units%s, %zu reports (%zu unchanged)", ws_units, parts, written, unchanged);
    end_progress(run, "build", units);
    if (run->cache) {
        int en = o->lang == LKJ_LANG_EN;
        snprintf(cached, sizeof cached, en ? " (%zu from the cache)" : " (%zu dari cache)", run->cache_hits);
        snprintf(kept, sizeof kept, en ? " (%zu unchanged)" : " (%zu tidak berubah)", unchanged);
    }
    char line[4600], gated[160] = "";
    size_t rejected = run->rejected.count;
    if (rejected && o->lang == LKJ_LANG_EN)
        snprintf(gated, sizeof gated, ", %zu submission%s rejected (%zu replaced by an accepted version)",
                 rejected, rejected == 1 ? "" : "s", run->stand_ins);
    else if (rejected)
        snprintf(gated, sizeof gated, ", %zu kiriman ditolak (%zu diganti versi diterima)", rejected,
                 run->stand_ins);
    if (o->lang == LKJ_LANG_EN)
        snprintf(line, sizeof line,
                 "lkjip: %zu file%s read%s, %zu unit%s, %zu report%s written to %s%s%s, %zu error%s, %zu warning%s",
                 run->files, run->files == 1 ? "" : "s", cached, ws_units, ws_units == 1 ? "" : "s", written,
                 written == 1 ? "" : "s", o->out_dir, kept, gated, run->errors, run->errors == 1 ? "" : "s",
                 run->warnings, run->warnings == 1 ? "" : "s");
    else
        snprintf(line, sizeof line,
                 "lkjip: %zu berkas dibaca%s, %zu unit, %zu laporan ditulis ke %s%s%s, %zu kesalahan, %zu peringatan",
                 run->files, cached, ws_units, written, o->out_dir, kept, gated, run->errors, run->warnings);
    render_note(run->out, line, !o->quiet);
}

/* The build's settings from the run's options (already checked by the
 * caller: lkj_build_workspace says LKJ_EXIT_USAGE if not). */
static int build_settings(const lkj_run_options *o, build_options *b)
{
    *b = (build_options){.out_dir = o->out_dir, .english = o->report_lang_given ? o->report_lang == LKJ_LANG_EN : -1, .jobs = o->jobs,
                         .stylesheets = o->stylesheets ? o->stylesheets : "", .period = {0, MEAS_PERIOD_YEAR, 0}};
    if (build_parse_formats(o->formats ? o->formats : "html,docbook", &b->formats) != 0)
        return -1;
    if (o->period) {
        if (meas_period_parse(o->period, &b->period) != 0)
            return -1;
        b->has_period = 1;
    }
    return 0;
}

/* Compiles the stylesheets the formats need; said as the run's finding. */
static int compile_stylesheets(const lkj_run_options *o, unsigned emit_mask, int labels)
{
    lkj_diags *d = lkj_diags_new(o->lang);
    int rc = d ? emit_init(o->stylesheets, emit_mask, d) : -1;
    if (rc == 0 && labels)
        rc = present_init(o->stylesheets, d);
    if (rc != 0) {
        render *out = render_begin(stdout, o->form == LKJ_FORM_XML ? RENDER_XML : RENDER_TEXT, o->lang);
        if (out && d) {
            render_link(out, d, LKJ_EXIT_IO);
            render_end(out, 0, 1, 0, 1);
        }
    }
    lkj_diags_free(d);
    return rc;
}

int lkj_build_workspace(const lkj_run_options *o)
{
    build_options b;
    if (!o->out_dir || !o->out_dir[0] || build_settings(o, &b) != 0)
        return LKJ_EXIT_USAGE;
    unsigned emit_mask = build_emit_mask(b.formats) | letters_emit_mask(o);
    int labels = (b.formats & (BUILD_HTML | BUILD_DOCBOOK | BUILD_PK | BUILD_PRESENT)) != 0;
    if ((emit_mask || labels) && !o->stylesheets)
        return LKJ_EXIT_USAGE;
    if (lkj_init() != 0)
        return init_failed(o);
    if ((emit_mask || labels) && compile_stylesheets(o, emit_mask, labels) != 0) {
        emit_cleanup();
        present_cleanup();
        lkj_cleanup();
        return LKJ_EXIT_IO;
    }
    char state[4200];
    int state_ok = state_folder(o, state, sizeof state) == 0;
    check_run run;
    lkj_diags *scratch = lkj_diags_new(o->lang);
    int status = LKJ_EXIT_OK, lock = -1;
    size_t written = 0, unchanged = 0;
    if (begin_run(&run, o, state_ok ? state : NULL) != 0 || !scratch) {
        status = LKJ_EXIT_IO;
    } else if (!state_ok) {
        diag_loc loc = {state, 0, 0};
        DIAG(scratch, D_LOCK, &loc, state, strerror(errno));
        report_run(&run, scratch, LKJ_EXIT_IO);
        status = LKJ_EXIT_IO;
    } else if ((lock = take_lock(&run, state, scratch)) < 0) {
        status = lock == -2 ? LKJ_EXIT_BUSY : LKJ_EXIT_IO;
    } else if (!(b.tree = begin_tree(&run, scratch))) {
        status = LKJ_EXIT_IO;
    } else {
        /* The cache lives in the state folder unless told otherwise: a
         * nightly run re-reads only what changed since the last one. */
        char default_cache[4300];
        snprintf(default_cache, sizeof default_cache, "%s/cache", state);
        if (!o->no_cache)
            run.cache = open_cache(&run, o->cache ? o->cache : default_cache, scratch);
        b.cache = run.cache;
        b.progress = run.progress;
        if (!(run.gate = open_gate(&run, state, scratch))) {
            output_tree_abort(b.tree);
            status = LKJ_EXIT_IO;
        } else {
            status = walk_inputs(&run, scratch);
            int published = 0;
            int s = build_workspace(&run, &b, status, &written, &unchanged, &published);
            if (published)
                record_gate(&run, scratch);
            count_diags(&run, run.diags);
            letters_add_link(run.letters, run.diags);
            render_link(run.out, run.diags, s);
            lkj_diags_clear(run.diags);
            if (s > status)
                status = s;
            say_rejected(&run);
            say_built(&run, run.oom || run.store_failed ? 0 : store_count(run.models), written, unchanged);
            status = write_letters(&run, status, scratch);
        }
    }
    if (run.out && status != LKJ_EXIT_BUSY)
        say_failure(&run, status, scratch);
    if (run.out && run.cache)
        render_set_cache_hits(run.out, run.cache_hits);
    if (run.out && render_end(run.out, run.files, run.errors, run.warnings, 1) != 0 && status < LKJ_EXIT_IO)
        status = LKJ_EXIT_IO;
    /* Entries of files gone from the workspace go too, but only from the
     * state folder's own cache (a --cache folder may serve other
     * workspaces) and only after a complete run (an interrupted walk used
     * fewer). */
    build_records_wait(run.records);
    if (run.cache && !o->cache && status < LKJ_EXIT_IO)
        cache_prune(run.cache);
    cache_close(run.cache);
    free_models(&run);
    free_gate(&run);
    letters_free(run.letters);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    if (run.log)
        fclose(run.log);
    if (lock >= 0)
        close(lock); /* releases the lock */
    emit_cleanup();
    present_cleanup();
    lkj_cleanup();
    return status;
}

/* ------------------------------------------------------------------ */
/* template                                                            */
/* ------------------------------------------------------------------ */

typedef struct part_templater {
    template_run *templates;
    lkj_diags *diags;
} part_templater;

/* template_part as run_link_parts' callback: the workbooks of a part are
 * written while its models are in memory. Its findings go to the run's
 * list with the link's, sorted after. */
static int template_each_part(const link_workspace *ws, void *ctx)
{
    part_templater *t = ctx;
    return template_part(t->templates, ws, t->diags);
}

/* When the workbooks say they were made: SOURCE_DATE_EPOCH, else the
 * profile's report date, else 1 January of the year (never the clock:
 * two runs give the same bytes). */
static long long template_created(const m_profile *profile, int year)
{
    long long seconds;
    if (output_source_date(&seconds))
        return seconds;
    struct tm tm = {.tm_year = year - 1900, .tm_mon = 0, .tm_mday = 1};
    int y, m, d;
    if (profile && profile->report_date && sscanf(profile->report_date, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
        y >= 1980 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
        tm = (struct tm){.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
    time_t t = timegm(&tm);
    return t < 0 ? 0 : (long long)t;
}

/* The summary line of a template run. */
static void say_templates(check_run *run, size_t written)
{
    char line[4600];
    if (run->o->lang == LKJ_LANG_EN)
        snprintf(line, sizeof line, "lkjip: %zu file%s read, %zu workbook%s written to %s, %zu error%s, %zu warning%s",
                 run->files, run->files == 1 ? "" : "s", written, written == 1 ? "" : "s", run->o->out_dir,
                 run->errors, run->errors == 1 ? "" : "s", run->warnings, run->warnings == 1 ? "" : "s");
    else
        snprintf(line, sizeof line, "lkjip: %zu berkas dibaca, %zu buku kerja ditulis ke %s, %zu kesalahan, %zu peringatan",
                 run->files, written, run->o->out_dir, run->errors, run->warnings);
    render_note(run->out, line, !run->o->quiet);
}

/* Reads and links the workspace as build does (without the gate: a
 * workbook is made from the submission as it is), then writes one
 * workbook per OPD (template.c). */
static int template_run_linked(check_run *run, const meas_period *period, int has_period, size_t *written,
                               lkj_diags *scratch)
{
    int status = walk_inputs(run, scratch);
    if (status >= LKJ_EXIT_IO || finish_parts(run) != LKJ_EXIT_OK)
        return LKJ_EXIT_IO;
    int year = has_period ? period->year : partition_year(run->parts, run->profile);
    char period_text[16];
    if (has_period && period->kind == MEAS_PERIOD_QUARTER)
        snprintf(period_text, sizeof period_text, "%d-Q%d", year, period->index);
    else
        snprintf(period_text, sizeof period_text, "%d", year);
    template_options t = {.out_dir = run->o->out_dir, .year = year, .period = period_text,
                          .last_month = has_period ? meas_period_last_month(period) : 12,
                          .created = template_created(run->profile, year), .limits = run->o->limits};
    int failed = 0;
    template_run *templates = template_begin(&t, scratch, &failed);
    if (!templates || failed) {
        if (!templates) {
            diag_loc loc = {"lkjip", 0, 0};
            DIAG0(scratch, D_NO_MEMORY, &loc);
        }
        report_run(run, scratch, LKJ_EXIT_IO);
        template_end(templates, NULL);
        return LKJ_EXIT_IO;
    }
    part_templater ctx = {templates, run->diags};
    int s = link_parts_gated(run->parts, run->models, run->profile, run->o->jobs, template_each_part, &ctx,
                             run->diags, NULL);
    template_end(templates, written);
    if (s > status)
        status = s;
    if (*written == 0 && status == LKJ_EXIT_OK) {
        diag_loc loc = {run->o->out_dir, 0, 0};
        DIAG0(run->diags, D_TEMPLATE_NONE, &loc);
    }
    return status;
}

int lkj_template_workspace(const lkj_run_options *o)
{
    meas_period period = {0, MEAS_PERIOD_YEAR, 0};
    int has_period = o->period != NULL;
    if (!o->out_dir || !o->out_dir[0] || !o->link ||
        (has_period && (meas_period_parse(o->period, &period) != 0 || period.kind == MEAS_PERIOD_MONTH)))
        return LKJ_EXIT_USAGE;
    if (lkj_init() != 0)
        return init_failed(o);
    check_run run;
    lkj_diags *scratch = lkj_diags_new(o->lang);
    int status = LKJ_EXIT_OK;
    size_t written = 0;
    if (begin_run(&run, o, NULL) != 0 || !scratch) {
        status = LKJ_EXIT_IO;
    } else {
        status = template_run_linked(&run, &period, has_period, &written, scratch);
        count_diags(&run, run.diags);
        render_link(run.out, run.diags, status);
        lkj_diags_clear(run.diags);
        end_progress(&run, "template", "");
        say_templates(&run, written);
    }
    if (run.out)
        say_failure(&run, status, scratch);
    if (run.out && render_end(run.out, run.files, run.errors, run.warnings, 1) != 0 && status < LKJ_EXIT_IO)
        status = LKJ_EXIT_IO;
    free_models(&run);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    if (run.log)
        fclose(run.log);
    lkj_cleanup();
    return status;
}

/* ------------------------------------------------------------------ */
/* evaluasi --data (lke_data.c)                                        */
/* ------------------------------------------------------------------ */

/* Reads and links the workspace as template does (without the gate: the
 * submission as it is) and hands each part's linked models to each. The
 * findings go to the caller's renderer (evaluasi's, on standard error),
 * the counts for its summary line to *counts (files, errors, warnings). */
int run_visit_workspace(const lkj_run_options *o, render *out, run_part_fn each, void *ctx, size_t counts[3])
{
    counts[0] = counts[1] = counts[2] = 0;
    if (!o->link)
        return LKJ_EXIT_USAGE;
    check_run run;
    lkj_diags *scratch = lkj_diags_new(o->lang);
    int status = LKJ_EXIT_OK;
    if (begin_run_on(&run, o, NULL, out) != 0 || !scratch) {
        status = LKJ_EXIT_IO;
    } else {
        run.progress = 0; /* evaluasi's standard error carries its own findings */
        status = walk_inputs(&run, scratch);
        if (status < LKJ_EXIT_IO && finish_parts(&run) != LKJ_EXIT_OK)
            status = LKJ_EXIT_IO;
        if (status < LKJ_EXIT_IO) {
            int s = link_parts_gated(run.parts, run.models, run.profile, o->jobs, each, ctx, run.diags, NULL);
            if (s > status)
                status = s;
        }
        count_diags(&run, run.diags);
        render_link(run.out, run.diags, status);
        lkj_diags_clear(run.diags);
        say_failure(&run, status, scratch);
    }
    counts[0] = run.files;
    counts[1] = run.errors;
    counts[2] = run.warnings;
    free_models(&run);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    if (run.log)
        fclose(run.log);
    return status;
}

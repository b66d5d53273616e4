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
#include <unistd.h>

#include "build.h"
#include "cache.h"
#include "check.h"
#include "diag.h"
#include "discover.h"
#include "emit.h"
#include "letters.h"
#include "link.h"
#include "lkjip/lkjip.h"
#include "load.h"
#include "measure.h"
#include "output.h"
#include "partition.h"
#include "pool.h"
#include "render.h"
#include "run.h"
#include "store.h"

/* ------------------------------------------------------------------ */
/* Reading the inputs (check and build)                                */
/* ------------------------------------------------------------------ */

typedef struct check_run {
    const lkj_run_options *o;
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
    letters *letters;      /* --letters: a letter per input (letters.h), or NULL */
} check_run;

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* The run's output and its log, set up the same way for check and build
 * (state: the folder for models beyond the memory budget, or NULL). */
static int begin_run(check_run *run, const lkj_run_options *o, const char *state)
{
    memset(run, 0, sizeof *run);
    run->o = o;
    run->state = state;
    run->diags = lkj_diags_new(o->lang);
    run->out = render_begin(stdout, o->form == LKJ_FORM_XML ? RENDER_XML : RENDER_TEXT, o->lang);
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

/* Keeps a clean input's model for --link (blob: packed in advance, or
 * empty; taken over); a second profile is an error. */
static int keep_model(check_run *run, const char *name, check_model *model, store_blob *blob, lkj_diags *diags)
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

static void check_done(void *item, void *ctx)
{
    check_item *it = item;
    check_run *run = ctx;
    const char *name = it->path ? it->path : "-";
    /* The check's own failure; keep_model's (a model store that failed)
     * is said once, on the first file it failed. */
    say_lost_failure(it->diags, name, it->status);
    if (run->o->link) {
        int kept = keep_model(run, name, &it->model, &it->blob, it->diags);
        if (kept > it->status)
            it->status = kept;
    }
    run->files++;
    run->cache_hits += it->cache_hit != 0;
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

static int link_one_part(partition *p, size_t k, model_store *models, const m_profile *profile, int year,
                         int jobs, run_part_fn each, void *ctx, lkj_diags *d)
{
    size_t n;
    const size_t *members = partition_part(p, k, &n);
    store_load(models, members, n, jobs);
    m_unit **units = malloc((n + 1) * sizeof *units);
    int status = LKJ_EXIT_OK;
    if (!units) {
        errno = ENOMEM;
        lost_model(d);
        status = LKJ_EXIT_IO;
    }
    for (size_t j = 0; j < n && status == LKJ_EXIT_OK; j++)
        if (!(units[j] = store_get(models, members[j]))) {
            lost_model(d);
            status = LKJ_EXIT_IO;
        }
    if (status == LKJ_EXIT_OK) {
        size_t missing_count;
        const char *const *missing = partition_missing(p, &missing_count);
        link_scope scope = {members, year, k == partition_entity_part(p), missing, missing_count};
        link_workspace ws;
        status = link_part(&ws, profile, units, n, &scope, d);
        if (status != LKJ_EXIT_IO && each) {
            int s = each(&ws, ctx);
            if (s > status)
                status = s;
        }
        link_free(&ws);
    }
    for (size_t j = 0; j < n; j++)
        store_release(models, members[j]);
    free(units);
    return status;
}

int run_link_parts(partition *p, model_store *models, const m_profile *profile, int jobs, run_part_fn each,
                   void *ctx, lkj_diags *d)
{
    int year = partition_year(p, profile);
    size_t first = lkj_diags_count(d);
    int status = LKJ_EXIT_OK;
    for (size_t k = 0; k < partition_count(p) && status < LKJ_EXIT_IO; k++) {
        int s = link_one_part(p, k, models, profile, year, jobs, each, ctx, d);
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

/* build_part as run_link_parts' callback. */
static int build_each_part(const link_workspace *ws, void *build)
{
    return build_part(build, ws);
}

/* Links the workspace one part at a time (building: renders each part). */
static int link_parts(check_run *run, build_run *build)
{
    return run_link_parts(run->parts, run->models, run->profile, run->o->jobs,
                          build ? build_each_part : NULL, build, run->diags);
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

static int compile_stylesheets(const lkj_run_options *o, unsigned emit_mask);

int lkj_check_workspace(const lkj_run_options *o)
{
    if (lkj_init() != 0)
        return init_failed(o);
    if (letters_emit_mask(o) && compile_stylesheets(o, letters_emit_mask(o)) != 0) {
        emit_cleanup();
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
static int build_workspace(check_run *run, const build_options *b, int walked, size_t *written, size_t *unchanged)
{
    if (finish_parts(run) != LKJ_EXIT_OK) {
        output_tree_abort(b->tree);
        return LKJ_EXIT_IO;
    }
    build_whole whole = {run->profile, partition_year(run->parts, run->profile), NULL, 0, store_count(run->models), stored_digest, run->models};
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
    int s = build_end(build, publish, written, unchanged);
    return s > status ? s : status;
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
    char line[4400];
    if (o->lang == LKJ_LANG_EN)
        snprintf(line, sizeof line,
                 "lkjip: %zu file%s read%s, %zu unit%s, %zu report%s written to %s%s, %zu error%s, %zu warning%s",
                 run->files, run->files == 1 ? "" : "s", cached, ws_units, ws_units == 1 ? "" : "s", written,
                 written == 1 ? "" : "s", o->out_dir, kept, run->errors, run->errors == 1 ? "" : "s", run->warnings,
                 run->warnings == 1 ? "" : "s");
    else
        snprintf(line, sizeof line,
                 "lkjip: %zu berkas dibaca%s, %zu unit, %zu laporan ditulis ke %s%s, %zu kesalahan, %zu peringatan",
                 run->files, cached, ws_units, written, o->out_dir, kept, run->errors, run->warnings);
    render_note(run->out, line, !o->quiet);
}

/* The build's settings from the run's options (already checked by the
 * caller: lkj_build_workspace says LKJ_EXIT_USAGE if not). */
static int build_settings(const lkj_run_options *o, build_options *b)
{
    *b = (build_options){.out_dir = o->out_dir, .english = o->lang == LKJ_LANG_EN, .jobs = o->jobs,
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
static int compile_stylesheets(const lkj_run_options *o, unsigned emit_mask)
{
    lkj_diags *d = lkj_diags_new(o->lang);
    int rc = d ? emit_init(o->stylesheets, emit_mask, d) : -1;
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
    if (emit_mask && !o->stylesheets)
        return LKJ_EXIT_USAGE;
    if (lkj_init() != 0)
        return init_failed(o);
    if (emit_mask && compile_stylesheets(o, emit_mask) != 0) {
        emit_cleanup();
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
        status = walk_inputs(&run, scratch);
        int s = build_workspace(&run, &b, status, &written, &unchanged);
        count_diags(&run, run.diags);
        letters_add_link(run.letters, run.diags);
        render_link(run.out, run.diags, s);
        lkj_diags_clear(run.diags);
        if (s > status)
            status = s;
        say_built(&run, run.oom || run.store_failed ? 0 : store_count(run.models), written, unchanged);
        status = write_letters(&run, status, scratch);
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
    if (run.cache && !o->cache && status < LKJ_EXIT_IO)
        cache_prune(run.cache);
    cache_close(run.cache);
    free_models(&run);
    letters_free(run.letters);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    if (run.log)
        fclose(run.log);
    if (lock >= 0)
        close(lock); /* releases the lock */
    emit_cleanup();
    lkj_cleanup();
    return status;
}

/*
 * cli.c — the command line: arguments in, exit status out. The only file
 * that knows about argv, stdout and exit codes.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "build.h"
#include "cache.h"
#include "check.h"
#include "diag.h"
#include "discover.h"
#include "emit.h"
#include "link.h"
#include "lkjip/lkjip.h"
#include "measure.h"
#include "load.h"
#include "output.h"
#include "partition.h"
#include "pool.h"
#include "render.h"
#include "store.h"

typedef struct options {
    const char *command;
    lkj_lang lang;
    int quiet;
    int help;
    int version;
    int all;
    int markdown;
    int link;
    const char *out_dir;  /* build -o */
    const char *formats;  /* build --format */
    const char *period;   /* build --period */
    const char *stylesheets; /* build --stylesheets */
    const char *log;      /* --log FILE */
    const char *lock;     /* build --lock FILE */
    int wait;             /* build --wait */
    int jobs;             /* -j N */
    const char *cache;    /* --cache DIR */
    int no_cache;         /* --no-cache */
    const char *argv0;
    render_format format;
    lkj_limits limits;
    const char **args;
    size_t nargs;
} options;

static const char *const help_id =
    "Pemakaian: lkjip PERINTAH [OPSI]... [JALUR]...\n"
    "\n"
    "lkjip memeriksa submisi SAKIP (XML) dan menyusun LKjIP.\n"
    "\n"
    "Perintah:\n"
    "  check JALUR...      periksa submisi: berkas .xml/.xml.gz, folder (rekursif), - untuk stdin\n"
    "  build JALUR... -o FOLDER\n"
    "                      periksa, tautkan, hitung capaian, tulis laporan (IR) per unit\n"
    "  explain KODE...     jelaskan kode diagnosis (mis. LKJ0201); --all untuk semua kode\n"
    "\n"
    "Opsi:\n"
    "  --lang id|en            bahasa pesan (bawaan: id)\n"
    "  -q, --quiet             hanya tampilkan masalah, tanpa ringkasan\n"
    "  --diagnostics text|xml  bentuk keluaran diagnosis (bawaan: text)\n"
    "  --max-size MIB          batas ukuran satu masukan, juga setelah dekompresi (bawaan: 64)\n"
    "  --link                  dengan check: periksa juga rujukan antarberkas (cascading, id ganda)\n"
    "  -o, --output FOLDER     dengan build: folder keluaran\n"
    "  --format DAFTAR         dengan build: html,docbook,pk,ir (bawaan: html,docbook)\n"
    "  --stylesheets FOLDER    dengan build: folder stylesheet sendiri (bawaan: milik lkjip)\n"
    "  --lock BERKAS           dengan build: kunci agar dua jalankan tidak tumpang tindih\n"
    "                          (bawaan: FOLDER/.lkjip.lock); --wait: tunggu alih-alih keluar 4\n"
    "  --log BERKAS            tambahkan setiap baris (dengan waktu) ke berkas log\n"
    "  -j, --jobs N            berkas diperiksa dan unit disusun dengan N thread\n"
    "                          (bawaan: jumlah inti); keluaran sama untuk setiap N\n"
    "  --cache FOLDER          simpan hasil pemeriksaan tiap berkas (kunci: SHA-256 isinya);\n"
    "                          berkas yang tidak berubah tidak dibaca ulang (bawaan build:\n"
    "                          FOLDER-KELUARAN/.lkjip-cache; check: tanpa cache)\n"
    "  --no-cache              dengan build: tanpa cache, semua dibaca dan disusun ulang\n"
    "  --period P              dengan build: 2025, 2025-Q3 atau 2025-09 (bawaan: tahun ruang kerja)\n"
    "  --markdown              dengan explain --all: katalog dalam Markdown\n"
    "  -h, --help              tampilkan bantuan ini\n"
    "  -V, --version           tampilkan versi\n"
    "\n"
    "Lingkungan:\n"
    "  LKJIP_STYLESHEETS       seperti --stylesheets\n"
    "  LKJIP_MODEL_MEMORY      MB model yang disimpan di memori saat menautkan (bawaan: 64);\n"
    "                          sisanya menunggu di berkas sementara, laporan tetap sama\n"
    "  SOURCE_DATE_EPOCH       tanggal laporan bila profil tidak menyebutnya\n"
    "\n"
    "Kode keluar: 0 bersih (peringatan boleh), 1 ada kesalahan pada submisi,\n"
    "2 pemakaian salah, 3 galat I/O atau internal, 4 jalankan lain memegang kunci.\n"
    "Dokumentasi: man lkjip, docs/format.md, docs/diagnostics.md\n";

static const char *const help_en =
    "Usage: lkjip COMMAND [OPTION]... [PATH]...\n"
    "\n"
    "lkjip checks SAKIP submissions (XML) and compiles the LKjIP.\n"
    "\n"
    "Commands:\n"
    "  check PATH...       check submissions: .xml/.xml.gz files, folders (recursive), - for stdin\n"
    "  build PATH... -o DIR\n"
    "                      check, link, measure, write each unit's report (IR)\n"
    "  explain CODE...     explain a diagnostic code (e.g. LKJ0201); --all for every code\n"
    "\n"
    "Options:\n"
    "  --lang id|en            language of messages (default: id)\n"
    "  -q, --quiet             print only problems, no summary\n"
    "  --diagnostics text|xml  form of the diagnostics (default: text)\n"
    "  --max-size MIB          size limit of one input, also once decompressed (default: 64)\n"
    "  --link                  with check: also check references across files (cascade, duplicate ids)\n"
    "  -o, --output DIR        with build: the output folder\n"
    "  --format LIST           with build: html,docbook,pk,ir (default: html,docbook)\n"
    "  --stylesheets DIR       with build: your own stylesheets folder (default: lkjip's)\n"
    "  --lock FILE             with build: a lock so that two runs never overlap\n"
    "                          (default: DIR/.lkjip.lock); --wait: wait instead of exiting 4\n"
    "  --log FILE              append every line (time-stamped) to a log file\n"
    "  -j, --jobs N            check files and render units on N threads\n"
    "                          (default: the number of cores); the output is the same for every N\n"
    "  --cache DIR             keep each file's checked result (keyed by the SHA-256 of its bytes);\n"
    "                          unchanged files are not read again (build's default:\n"
    "                          OUTPUT/.lkjip-cache; check: no cache)\n"
    "  --no-cache              with build: no cache, everything read and rendered again\n"
    "  --period P              with build: 2025, 2025-Q3 or 2025-09 (default: the workspace's year)\n"
    "  --markdown              with explain --all: the catalogue as Markdown\n"
    "  -h, --help              show this help\n"
    "  -V, --version           show the version\n"
    "\n"
    "Environment:\n"
    "  LKJIP_STYLESHEETS       as --stylesheets\n"
    "  LKJIP_MODEL_MEMORY      MB of models kept in memory while linking (default: 64);\n"
    "                          the rest wait in a temporary file, the reports are the same\n"
    "  SOURCE_DATE_EPOCH       the report date when the profile names none\n"
    "\n"
    "Exit status: 0 clean (warnings allowed), 1 errors in the submissions,\n"
    "2 wrong usage, 3 I/O or internal failure, 4 another run holds the lock.\n"
    "Documentation: man lkjip, docs/format.md, docs/diagnostics.md\n";

static int usage_error(const options *o, const char *msg_id, const char *msg_en, const char *arg)
{
    fprintf(stderr, "lkjip: %s%s%s\n", o->lang == LKJ_LANG_EN ? msg_en : msg_id, arg ? ": " : "",
            arg ? arg : "");
    fprintf(stderr, "%s\n",
            o->lang == LKJ_LANG_EN ? "Try 'lkjip --help'." : "Lihat 'lkjip --help'.");
    return LKJ_EXIT_USAGE;
}

/* Scans for --lang first, so that even errors about earlier arguments come
 * out in the language asked for. */
static lkj_lang scan_lang(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            v = argv[i + 1];
        else if (strncmp(argv[i], "--lang=", 7) == 0)
            v = argv[i] + 7;
        if (v && strcmp(v, "en") == 0)
            return LKJ_LANG_EN;
    }
    return LKJ_LANG_ID;
}

/* Value of --name VALUE or --name=VALUE; NULL when argv[*i] is not --name. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

static int parse_options(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->lang = scan_lang(argc, argv);
    o->argv0 = argc > 0 ? argv[0] : "lkjip";
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o->jobs = cores < 1 ? 1 : cores > 64 ? 64 : (int)cores;
    lkj_limits_default(&o->limits);
    o->args = calloc((size_t)argc, sizeof *o->args);
    if (!o->args)
        return LKJ_EXIT_IO;
    int only_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int missing = 0;
        if (only_args || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!o->command)
                o->command = a;
            else
                o->args[o->nargs++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0)
            only_args = 1;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            o->help = 1;
        else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0)
            o->version = 1;
        else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0)
            o->quiet = 1;
        else if (strcmp(a, "--all") == 0)
            o->all = 1;
        else if (strcmp(a, "--markdown") == 0)
            o->markdown = 1;
        else if (strcmp(a, "--link") == 0)
            o->link = 1;
        else if (strcmp(a, "--wait") == 0)
            o->wait = 1;
        else if (strcmp(a, "--no-cache") == 0)
            o->no_cache = 1;
        else if ((v = option_value(argc, argv, &i, "--lang", &missing)) != NULL) {
            if (strcmp(v, "id") != 0 && strcmp(v, "en") != 0)
                return usage_error(o, "bahasa tidak dikenal (id atau en)", "unknown language (id or en)", v);
        } else if ((v = option_value(argc, argv, &i, "--diagnostics", &missing)) != NULL) {
            if (strcmp(v, "text") == 0)
                o->format = RENDER_TEXT;
            else if (strcmp(v, "xml") == 0)
                o->format = RENDER_XML;
            else
                return usage_error(o, "bentuk diagnosis tidak dikenal (text atau xml)",
                                   "unknown diagnostics form (text or xml)", v);
        } else if ((v = option_value(argc, argv, &i, "-o", &missing)) != NULL ||
                   (v = option_value(argc, argv, &i, "--output", &missing)) != NULL) {
            o->out_dir = v;
        } else if ((v = option_value(argc, argv, &i, "--format", &missing)) != NULL) {
            o->formats = v;
        } else if ((v = option_value(argc, argv, &i, "--period", &missing)) != NULL) {
            o->period = v;
        } else if ((v = option_value(argc, argv, &i, "--stylesheets", &missing)) != NULL) {
            o->stylesheets = v;
        } else if ((v = option_value(argc, argv, &i, "-j", &missing)) != NULL ||
                   (v = option_value(argc, argv, &i, "--jobs", &missing)) != NULL ||
                   (strncmp(a, "-j", 2) == 0 && a[2] >= '0' && a[2] <= '9' && (v = a + 2))) {
            char *end;
            long n = strtol(v, &end, 10);
            if (*end || n < 1 || n > 256)
                return usage_error(o, "-j harus 1 sampai 256", "-j must be 1 to 256", v);
            o->jobs = (int)n;
        } else if ((v = option_value(argc, argv, &i, "--log", &missing)) != NULL) {
            o->log = v;
        } else if ((v = option_value(argc, argv, &i, "--cache", &missing)) != NULL) {
            o->cache = v;
        } else if ((v = option_value(argc, argv, &i, "--lock", &missing)) != NULL) {
            o->lock = v;
        } else if ((v = option_value(argc, argv, &i, "--max-size", &missing)) != NULL) {
            char *end;
            errno = 0;
            unsigned long mb = strtoul(v, &end, 10);
            if (errno || *end || mb == 0 || mb > 2047)
                return usage_error(o, "--max-size harus 1 sampai 2047 (MiB)", "--max-size must be 1 to 2047 (MiB)", v);
            o->limits.max_input_bytes = (size_t)mb * 1024 * 1024;
        } else if (missing) {
            return usage_error(o, "opsi ini memerlukan nilai", "this option needs a value", a);
        } else {
            return usage_error(o, "opsi tidak dikenal", "unknown option", a);
        }
        if (missing)
            return usage_error(o, "opsi ini memerlukan nilai", "this option needs a value", a);
    }
    return LKJ_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* check                                                               */
/* ------------------------------------------------------------------ */

typedef struct check_run {
    const options *o;
    lkj_diags *diags;
    render *out;
    size_t files, errors, warnings;
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
} check_run;

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* The run's output and its log, set up the same way for check and build. */
static int begin_run(check_run *run, const options *o)
{
    memset(run, 0, sizeof *run);
    run->o = o;
    run->diags = lkj_diags_new(o->lang);
    run->out = render_begin(stdout, o->format, o->lang);
    run->progress = !o->quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &run->start);
    if (!run->diags || !run->out)
        return -1;
    if (o->link) {
        /* Models beyond the budget go to a file beside the reports (or in
         * TMPDIR for check): the disk the user gave lkjip to write on. */
        int invalid;
        run->models = store_new(store_budget_from_env(&invalid), o->out_dir);
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
        if (!log) {
            fprintf(stderr, "lkjip: %s: %s\n", o->log, strerror(errno));
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
        run->warnings += s == LKJ_SEV_WARNING;
    }
}

static void count_and_render(check_run *run, const char *name, int status, lkj_diags *diags)
{
    count_diags(run, diags);
    /* The summary counts what was found, shown or not. */
    run->errors += lkj_diags_suppressed(diags, LKJ_SEV_ERROR) + lkj_diags_suppressed(diags, LKJ_SEV_FATAL);
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

static void check_done(void *item, void *ctx)
{
    check_item *it = item;
    check_run *run = ctx;
    const char *name = it->path ? it->path : "-";
    if (run->o->link) {
        int kept = keep_model(run, name, &it->model, &it->blob, it->diags);
        if (kept > it->status)
            it->status = kept;
    }
    run->files++;
    run->cache_hits += it->cache_hit != 0;
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
        partition_finish(run->parts, run->profile ? run->profile->entity : NULL) != 0)
        run->oom = 1;
    return run->oom || run->store_failed ? LKJ_EXIT_IO : LKJ_EXIT_OK;
}

/* build_part as partition_link's callback. */
static int build_each_part(const link_workspace *ws, void *build)
{
    return build_part(build, ws);
}

/* Links the workspace one part at a time (building: renders each part). */
static int link_parts(check_run *run, build_run *build)
{
    return partition_link(run->parts, run->models, run->profile, run->o->jobs,
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
    for (size_t i = 0; i < run->o->nargs; i++) {
        int s = discover_walk(run->o->args[i], check_one, report_argument, scratch, run);
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

/* The cache folder, or NULL (said on stderr) when it cannot be used: the
 * run goes on without it, as it would with --no-cache. */
static cache *open_cache(const options *o, const char *dir)
{
    cache *c = cache_open(dir, &o->limits, o->lang);
    if (!c)
        fprintf(stderr, "lkjip: %s: %s: %s\n", dir,
                o->lang == LKJ_LANG_EN ? "cache not used" : "cache tidak dipakai", strerror(errno));
    return c;
}

static int run_check(const options *o)
{
    if (o->nargs == 0)
        return usage_error(o, "check memerlukan setidaknya satu JALUR", "check needs at least one PATH", NULL);
    if (lkj_init() != 0) {
        fprintf(stderr, "lkjip: %s\n",
                o->lang == LKJ_LANG_EN ? "internal error: the built-in schemas failed to compile"
                                       : "galat internal: skema bawaan gagal dikompilasi");
        lkj_cleanup();
        return LKJ_EXIT_IO;
    }
    check_run run;
    lkj_diags *scratch = lkj_diags_new(o->lang);
    int status = LKJ_EXIT_OK;
    if (begin_run(&run, o) != 0 || !scratch) {
        status = LKJ_EXIT_IO;
    } else {
        if (o->cache)
            run.cache = open_cache(o, o->cache);
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
    }
    free_models(&run);
    if (run.out && run.cache)
        render_set_cache_hits(run.out, run.cache_hits);
    if (run.out && render_end(run.out, run.files, run.errors, run.warnings, o->quiet) != 0)
        status = LKJ_EXIT_IO;
    cache_close(run.cache);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    lkj_cleanup();
    return status;
}

/* ------------------------------------------------------------------ */
/* build                                                               */
/* ------------------------------------------------------------------ */

/* One build at a time per output folder: an flock on DIR/.lkjip.lock (or
 * --lock FILE), released by the kernel however the process ends, so a run
 * killed with SIGKILL never leaves a stale lock. Returns the descriptor;
 * -2 when another run holds it (with --wait: waits), -1 on error. */
static int take_lock(const options *o)
{
    char path[4200];
    if (o->lock)
        snprintf(path, sizeof path, "%s", o->lock);
    else {
        if (output_make_dirs(o->out_dir) != 0) {
            fprintf(stderr, "lkjip: %s: %s\n", o->out_dir, strerror(errno));
            return -1;
        }
        snprintf(path, sizeof path, "%s/.lkjip.lock", o->out_dir);
    }
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        fprintf(stderr, "lkjip: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | (o->wait ? 0 : LOCK_NB)) == 0)
        return fd;
    int busy = errno == EWOULDBLOCK;
    fprintf(stderr, "lkjip: %s: %s\n", path,
            busy ? (o->lang == LKJ_LANG_EN ? "another lkjip run holds this lock; nothing was done (--wait waits for it)"
                                           : "jalankan lkjip lain memegang kunci ini; tidak ada yang dikerjakan (--wait untuk menunggu)")
                 : strerror(errno));
    close(fd);
    return busy ? -2 : -1;
}

static const unsigned char *stored_digest(const void *models, size_t i)
{
    return store_digest(models, i);
}

/* Every part linked and rendered; the writes committed together. */
static int build_workspace(check_run *run, const build_options *b, size_t *written, size_t *unchanged)
{
    if (finish_parts(run) != LKJ_EXIT_OK)
        return LKJ_EXIT_IO;
    build_whole whole = {run->profile, partition_year(run->parts, run->profile), NULL, 0, store_count(run->models), stored_digest, run->models};
    whole.missing = partition_missing(run->parts, &whole.missing_count);
    build_run *build = build_begin(b, &whole, run->diags);
    if (!build) {
        diag_loc loc = {b->out_dir, 0, 0};
        DIAG0(run->diags, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    int status = link_parts(run, build);
    int s = build_end(build, written, unchanged);
    return s > status ? s : status;
}

static int run_build(options *o)
{
    if (o->nargs == 0)
        return usage_error(o, "build memerlukan setidaknya satu JALUR", "build needs at least one PATH", NULL);
    if (!o->out_dir || !o->out_dir[0])
        return usage_error(o, "build memerlukan folder keluaran: -o FOLDER", "build needs an output folder: -o DIR", NULL);
    build_options b = {o->out_dir, 0, {0, MEAS_PERIOD_YEAR, 0}, o->lang == LKJ_LANG_EN, 0, NULL, o->jobs, NULL, 0};
    if (build_parse_formats(o->formats ? o->formats : "html,docbook", &b.formats) != 0)
        return usage_error(o, "bentuk keluaran tidak dikenal (html, docbook, pk, ir)",
                           "unknown output form (html, docbook, pk, ir)", o->formats);
    if (o->period) {
        if (meas_period_parse(o->period, &b.period) != 0)
            return usage_error(o, "periode tidak dikenal (2025, 2025-Q3, 2025-09)",
                               "unknown period (2025, 2025-Q3, 2025-09)", o->period);
        b.has_period = 1;
    }
    o->link = 1;
    char stylesheet_dir[4096];
    unsigned emit_mask = build_emit_mask(b.formats);
    b.stylesheets = stylesheet_dir;
    stylesheet_dir[0] = '\0';
    if (emit_mask && emit_find_stylesheets(o->stylesheets, o->argv0, stylesheet_dir, sizeof stylesheet_dir) != 0)
        return usage_error(o, "folder stylesheet tidak ditemukan (--stylesheets FOLDER atau LKJIP_STYLESHEETS)",
                           "stylesheets folder not found (--stylesheets DIR or LKJIP_STYLESHEETS)", o->stylesheets);
    if (lkj_init() != 0) {
        lkj_cleanup();
        return LKJ_EXIT_IO;
    }
    if (emit_mask) {
        lkj_diags *d = lkj_diags_new(o->lang);
        int rc = d ? emit_init(stylesheet_dir, emit_mask, d) : -1;
        if (rc != 0) {
            render *out = render_begin(stdout, o->format, o->lang);
            if (out && d) {
                render_link(out, d, LKJ_EXIT_IO);
                render_end(out, 0, 1, 0, 1);
            }
            lkj_diags_free(d);
            emit_cleanup();
            lkj_cleanup();
            return LKJ_EXIT_IO;
        }
        lkj_diags_free(d);
    }
    int lock = take_lock(o);
    if (lock < 0) {
        emit_cleanup();
        lkj_cleanup();
        return lock == -2 ? LKJ_EXIT_BUSY : LKJ_EXIT_IO;
    }
    /* Holding the lock, nothing else writes here: temporary files are what
     * a killed run left. */
    output_remove_leftovers(o->out_dir, 4);
    check_run run;
    lkj_diags *scratch = lkj_diags_new(o->lang);
    int status = LKJ_EXIT_OK;
    size_t written = 0, unchanged = 0;
    if (begin_run(&run, o) != 0 || !scratch) {
        status = LKJ_EXIT_IO;
    } else {
        /* The cache lives in the output folder unless told otherwise: a
         * nightly run re-reads only what changed since the last one. */
        char default_cache[4200];
        snprintf(default_cache, sizeof default_cache, "%s/.lkjip-cache", o->out_dir);
        if (!o->no_cache)
            run.cache = open_cache(o, o->cache ? o->cache : default_cache);
        b.cache = run.cache;
        b.progress = run.progress;
        status = walk_inputs(&run, scratch);
        /* Reports are written even when some inputs were rejected: each
         * names what was missing. */
        int s = build_workspace(&run, &b, &written, &unchanged);
        count_diags(&run, run.diags);
        render_link(run.out, run.diags, s);
        lkj_diags_clear(run.diags);
        size_t ws_units = run.oom || run.store_failed ? 0 : store_count(run.models);
        if (s > status)
            status = s;
        char units[256] = "", cached[64] = "", kept[64] = "";
        char parts[96];
        describe_parts(&run, parts, sizeof parts);
        snprintf(units, sizeof units, ", %zu units%s, %zu reports (%zu unchanged)", ws_units, parts, written,
                 unchanged);
        end_progress(&run, "build", units);
        if (run.cache) {
            int en = o->lang == LKJ_LANG_EN;
            snprintf(cached, sizeof cached, en ? " (%zu from the cache)" : " (%zu dari cache)", run.cache_hits);
            snprintf(kept, sizeof kept, en ? " (%zu unchanged)" : " (%zu tidak berubah)", unchanged);
        }
        char line[4400];
        if (o->lang == LKJ_LANG_EN)
            snprintf(line, sizeof line,
                     "lkjip: %zu file%s read%s, %zu unit%s, %zu report%s written to %s%s, %zu error%s, %zu warning%s",
                     run.files, run.files == 1 ? "" : "s", cached, ws_units, ws_units == 1 ? "" : "s", written,
                     written == 1 ? "" : "s", o->out_dir, kept, run.errors, run.errors == 1 ? "" : "s", run.warnings,
                     run.warnings == 1 ? "" : "s");
        else
            snprintf(line, sizeof line,
                     "lkjip: %zu berkas dibaca%s, %zu unit, %zu laporan ditulis ke %s%s, %zu kesalahan, %zu peringatan",
                     run.files, cached, ws_units, written, o->out_dir, kept, run.errors, run.warnings);
        render_note(run.out, line, !o->quiet);
    }
    if (run.out && run.cache)
        render_set_cache_hits(run.out, run.cache_hits);
    if (run.out && render_end(run.out, run.files, run.errors, run.warnings, 1) != 0)
        status = LKJ_EXIT_IO;
    /* Entries of files gone from the workspace go too, but only from the
     * folder's own cache (a --cache folder may serve other workspaces) and
     * only after a complete run (an interrupted walk used fewer). */
    if (run.cache && !o->cache && status < LKJ_EXIT_IO)
        cache_prune(run.cache);
    cache_close(run.cache);
    free_models(&run);
    lkj_diags_free(run.diags);
    lkj_diags_free(scratch);
    if (run.log)
        fclose(run.log);
    close(lock); /* releases the lock */
    emit_cleanup();
    lkj_cleanup();
    return status;
}

/* ------------------------------------------------------------------ */
/* explain                                                             */
/* ------------------------------------------------------------------ */

static int run_explain(const options *o)
{
    if (o->all) {
        if (o->markdown) {
            lkj_catalog_markdown(stdout, o->lang);
            return LKJ_EXIT_OK;
        }
        for (size_t i = 0; i < lkj_catalog_size(); i++) {
            if (i)
                fputc('\n', stdout);
            lkj_explain(stdout, lkj_catalog_code(i), o->lang);
        }
        return LKJ_EXIT_OK;
    }
    if (o->nargs == 0)
        return usage_error(o, "explain memerlukan KODE (mis. LKJ0201) atau --all",
                           "explain needs a CODE (e.g. LKJ0201) or --all", NULL);
    int status = LKJ_EXIT_OK;
    for (size_t i = 0; i < o->nargs; i++) {
        if (i)
            fputc('\n', stdout);
        if (lkj_explain(stdout, o->args[i], o->lang) != 0) {
            fprintf(stderr, "lkjip: %s: %s\n",
                    o->lang == LKJ_LANG_EN ? "unknown diagnostic code" : "kode diagnosis tidak dikenal", o->args[i]);
            status = LKJ_EXIT_USAGE;
        }
    }
    return status;
}

int cli_main(int argc, char **argv)
{
    options o;
    int status = parse_options(argc, argv, &o);
    if (status == LKJ_EXIT_OK) {
        if (o.version)
            printf("lkjip %s (format %s)\n", LKJ_VERSION, LKJ_SUBMISSION_NS);
        else if (o.help || !o.command)
            fputs(o.lang == LKJ_LANG_EN ? help_en : help_id, o.help ? stdout : stderr);
        if (!o.version && !o.help && !o.command)
            status = LKJ_EXIT_USAGE;
        else if (o.version || o.help)
            status = LKJ_EXIT_OK;
        else if (strcmp(o.command, "check") == 0)
            status = run_check(&o);
        else if (strcmp(o.command, "explain") == 0)
            status = run_explain(&o);
        else if (strcmp(o.command, "build") == 0)
            status = run_build(&o);
        else
            status = usage_error(&o, "perintah tidak dikenal", "unknown command", o.command);
    }
    free(o.args);
    return status;
}

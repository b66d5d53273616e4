/*
 * test_oom.c — out of memory is an ordinary error (STYLE.md 4). For every
 * N, the N-th allocation of a check fails, and the check must still end
 * well: LKJ_EXIT_IO with LKJ0901 (or with a diagnostic lost, which the
 * sink records), or, when the failed allocation was not needed, the same
 * result as without the failure. Each run is a child process, so that a
 * crash or a sanitizer report is pinned to its N.
 *
 * Two sweeps per input:
 *   own   the allocations of lkjip's code: malloc, calloc, realloc and
 *         strdup wrapped by the linker (the Makefile links this test alone
 *         with -Wl,--wrap=...). No crash, no leak (LeakSanitizer runs when
 *         each child exits), and the right result.
 *   xml   the allocations of libxml2, counted by hooks installed with
 *         xmlMemSetup/xmlGcMemSetup over lkjip's own (load.c), which see
 *         the failure as lkjip would. lkjip must never report a wrong
 *         result; but libxml2 2.9.14 is not safe against a failed
 *         allocation: it leaks, and its schema validator
 *         (xmlSchemaValidateDoc, xmlSchemaFreeValidCtxt) can crash. So
 *         these children skip LeakSanitizer (_exit), their stderr is
 *         discarded, and one that crashes is counted, not failed.
 * Allocations inside zlib, PCRE2 and iconv are not counted. Inputs go
 * through check_and_read, so read.c's arena is included.
 */
#include "unit.h"

#include <fcntl.h>
#include <libxml/xmlmemory.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "emit.h"
#include "letters.h"
#include "lke.h"
#include "lke_data.h"
#include "lke_sheet.h"
#include "present_lke.h"
#include "lkjip/lkjip.h"
#include "output.h"
#include "partition.h"
#include "run.h"
#include "store.h"

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
char *__real_strdup(const char *s);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);
char *__wrap_strdup(const char *s);

enum { OWN, XML };
static int counting;             /* allocations are counted */
static int in_xml;               /* inside a libxml2 allocation hook */
static unsigned long count[2];   /* OWN, XML allocations since counting began */
static int fail_kind;            /* which kind fails */
static unsigned long fail_at;    /* the one that fails; 0: none */

/* Whether this allocation is the one to fail. */
static int fails(void)
{
    if (!counting)
        return 0;
    int kind = in_xml ? XML : OWN;
    return ++count[kind] == fail_at && kind == fail_kind;
}

void *__wrap_malloc(size_t size) { return fails() ? NULL : __real_malloc(size); }
void *__wrap_calloc(size_t n, size_t size) { return fails() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t size) { return fails() ? NULL : __real_realloc(p, size); }
char *__wrap_strdup(const char *s) { return fails() ? NULL : __real_strdup(s); }

/* libxml2's allocator as lkj_init set it (load.c), called with in_xml set. */
static xmlFreeFunc lkj_free;
static xmlMallocFunc lkj_malloc, lkj_malloc_atomic;
static xmlReallocFunc lkj_realloc;
static xmlStrdupFunc lkj_strdup;

static void *xml_malloc(size_t size)
{
    in_xml++;
    void *p = lkj_malloc(size);
    in_xml--;
    return p;
}
static void *xml_malloc_atomic(size_t size)
{
    in_xml++;
    void *p = lkj_malloc_atomic(size);
    in_xml--;
    return p;
}
static void *xml_realloc(void *old, size_t size)
{
    in_xml++;
    void *p = lkj_realloc(old, size);
    in_xml--;
    return p;
}
static char *xml_strdup(const char *s)
{
    in_xml++;
    char *p = lkj_strdup(s);
    in_xml--;
    return p;
}

typedef struct outcome {
    int status;
    int oom;          /* the sink lost a diagnostic */
    int has_0901;
    char codes[512];  /* the codes, space-separated */
} outcome;

static void start_counting(unsigned long n, int kind)
{
    count[OWN] = count[XML] = 0;
    fail_at = n;
    fail_kind = kind;
    counting = 1;
}

static void note_codes(outcome *o, const lkj_diags *d)
{
    o->oom = diag_out_of_memory(d);
    for (size_t i = 0; i < lkj_diags_count(d); i++) {
        const char *code = lkj_diags_at(d, i)->code;
        o->has_0901 |= strcmp(code, "LKJ0901") == 0;
        size_t used = strlen(o->codes);
        snprintf(o->codes + used, sizeof o->codes - used, "%s ", code);
    }
}

typedef outcome (*scenario)(const char *path, unsigned long n, int kind);

static outcome check_file(const char *path, unsigned long n, int kind)
{
    outcome o;
    memset(&o, 0, sizeof o);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    check_model model;
    start_counting(n, kind);
    o.status = check_and_read(path, NULL, path, &limits, d, &model);
    counting = 0;
    note_codes(&o, d);
    check_model_free(&model);
    lkj_diags_free(d);
    return o;
}

/* The link half, as check --link and build do it: a workspace of two parts
 * (tests/data/link/base, and a lone OPD whose parent is missing) split,
 * every model written to the store's file and read back (a budget of 0),
 * each part linked, the findings sorted. path lists the files, ':'-split. */
/* What link_files hands each linked part to (NULL: nothing). */
static run_part_fn part_each;
static void *part_ctx;

static outcome link_files(const char *path, unsigned long n, int kind)
{
    outcome o;
    memset(&o, 0, sizeof o);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    m_unit *units[8];
    size_t unit_count = 0;
    m_profile *profile = NULL;
    check_rejected *rejected[8];
    const char *rejected_name[8];
    size_t rejected_count = 0;
    char files[1024];
    snprintf(files, sizeof files, "%s", path);
    for (char *f = strtok(files, ":"); f && unit_count < 8; f = strtok(NULL, ":")) {
        check_model m;
        if (check_and_read(f, NULL, f, &limits, d, &m) == LKJ_EXIT_OK && m.unit)
            units[unit_count++] = m.unit;
        else if (m.profile)
            profile = m.profile;
        else if (m.rejected) {
            rejected_name[rejected_count] = f;
            rejected[rejected_count++] = m.rejected;
        }
    }
    lkj_diags_clear(d);
    start_counting(n, kind);
    partition *p = partition_new();
    model_store *s = store_new(0, NULL);
    o.status = p && s ? LKJ_EXIT_OK : LKJ_EXIT_IO;
    for (size_t i = 0; i < unit_count; i++) {
        if (o.status == LKJ_EXIT_OK && partition_add(p, units[i]) != 0)
            o.status = LKJ_EXIT_IO;
        if (o.status == LKJ_EXIT_OK && s)
            o.status = store_put(s, units[i], NULL) == 0 ? LKJ_EXIT_OK : LKJ_EXIT_IO; /* it takes the model */
        else
            model_unit_free(units[i]);
    }
    /* A rejected input, as run.c notes it (partition.c's lists of what it
     * leaves unlinked). */
    for (size_t i = 0; i < rejected_count; i++) {
        const check_rejected *r = rejected[i];
        if (o.status == LKJ_EXIT_OK && partition_reject(p, rejected_name[i], r->readable, r->defines,
                                                        r->define_count, r->supports, r->support_count) != 0)
            o.status = LKJ_EXIT_IO;
    }
    if (o.status == LKJ_EXIT_OK && partition_finish(p, profile ? profile->entity : NULL) != 0)
        o.status = LKJ_EXIT_IO;
    if (o.status == LKJ_EXIT_OK)
        o.status = run_link_parts(p, s, profile, 1, part_each, part_ctx, d);
    if (o.status == LKJ_EXIT_IO && !lkj_diags_count_severity(d, LKJ_SEV_FATAL)) {
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc); /* as cli.c says it when these fail */
    }
    counting = 0;
    note_codes(&o, d);
    store_free(s);
    partition_free(p);
    model_profile_free(profile);
    for (size_t i = 0; i < rejected_count; i++)
        check_rejected_free(rejected[i]);
    lkj_diags_free(d);
    return o;
}

/* The letters of a few files (letters.c), as --letters makes them: each
 * file's diagnostics (found before counting) handed over, one finding of
 * linking, then the folder written, each letter read again through the
 * loader and transformed. path lists the files, ':'-split. */
static outcome letter_files(const char *path, unsigned long n, int kind)
{
    outcome o;
    memset(&o, 0, sizeof o);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN), *found[8], *linked = lkj_diags_new(LKJ_LANG_EN);
    int status[8];
    char *names[8];
    size_t files_read = 0;
    lkj_run_options options;
    memset(&options, 0, sizeof options);
    options.lang = LKJ_LANG_EN;
    lkj_limits_default(&options.limits);
    char files[1024], top[64], dir[96];
    snprintf(files, sizeof files, "%s", path);
    for (char *f = strtok(files, ":"); f && files_read < 8; f = strtok(NULL, ":")) {
        found[files_read] = lkj_diags_new(LKJ_LANG_EN);
        status[files_read] = lkj_check_path(f, NULL, &options.limits, found[files_read], NULL);
        names[files_read++] = f;
    }
    diag_loc there = {names[0], 2, 3};
    DIAG(linked, D_LINK_DANGLING, &there, "A-S1", "KAB-S9", "kab-contoh");
    snprintf(top, sizeof top, "/tmp/lkjip-oom-letters.%ld", (long)getpid());
    snprintf(dir, sizeof dir, "%s/surat", top);
    options.letters = dir;
    char rm[128];
    snprintf(rm, sizeof rm, "rm -rf %s", top);
    /* A child killed in an earlier run (a reused pid) may have left the
     * folder: letters would then refuse a folder not theirs (LKJ0016). */
    if (system(rm) != 0)
        fprintf(stderr, "could not remove %s\n", top);
    start_counting(n, kind);
    letters *l = letters_new(&options);
    for (size_t i = 0; i < files_read; i++)
        letters_add_file(l, names[i], names[i], found[i], status[i]);
    letters_add_link(l, linked);
    size_t written;
    o.status = l ? letters_write(l, d, &written) : LKJ_EXIT_IO;
    if (!l) {
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc); /* as the driver says it when letters_new fails */
    }
    counting = 0;
    note_codes(&o, d);
    letters_free(l);
    for (size_t i = 0; i < files_read; i++)
        lkj_diags_free(found[i]);
    lkj_diags_free(linked);
    lkj_diags_free(d);
    if (system(rm) != 0)
        fprintf(stderr, "could not remove %s\n", top);
    return o;
}

/* One file of an output folder: its bytes, or "" when it is not there. */
static void read_back(const char *out, const char *rel, char *got, size_t size)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", out, rel);
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(got, 1, size - 1, f) : 0;
    got[n] = '\0';
    if (f)
        fclose(f);
}

/* Publishes rel_dir/name = bytes for each of the n triples under out. */
static int publish_files(const char *out, const char *const (*files)[3], size_t n)
{
    output_tree *t = NULL;
    if (output_tree_begin(out, &t) != OUTPUT_OK)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (output_tree_write(t, files[i][0], files[i][1], files[i][2], strlen(files[i][2])) != 0) {
            output_tree_abort(t);
            return -1;
        }
    return output_tree_commit(t);
}

/* A build published over the spare (output.c): the tree before the
 * published one, with a unit gone since and a file put there by hand. The
 * build carries a/x.html over (read and hashed), writes b/y.html anew and
 * drops c and d. Either it is published exactly so, or (an allocation
 * failed) the output folder is the previous build, byte for byte; anything
 * else is status 99. path is unused. */
static outcome spare_publish(const char *path, unsigned long n, int kind)
{
    (void)path;
    outcome o;
    memset(&o, 0, sizeof o);
    char top[64], out[96], rm[128], stray[128];
    snprintf(top, sizeof top, "/tmp/lkjip-oom-spare.%ld", (long)getpid());
    snprintf(out, sizeof out, "%s/out", top);
    snprintf(rm, sizeof rm, "rm -rf %s", top);
    snprintf(stray, sizeof stray, "%s/.out.lkjip-spare/stray.html", top);
    if (system(rm) != 0)
        fprintf(stderr, "could not remove %s\n", top);
    static const char *const first[][3] = {{"a", "x.html", "1"}, {"b", "y.html", "1"}, {"c", "z.html", "1"}};
    static const char *const second[][3] = {
        {"a", "x.html", "1"}, {"b", "y.html", "2"}, {"c", "z.html", "1"}, {"d", "w.html", "1"}};
    FILE *f = NULL;
    if (publish_files(out, first, 3) != 0 || publish_files(out, second, 4) != 0 || !(f = fopen(stray, "w"))) {
        o.status = 99;
        return o;
    }
    fclose(f);
    unsigned char sha[OUTPUT_DIGEST_SIZE];
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, 1, (const unsigned char *)"1");
    sha256_digest(&h, sizeof sha, sha);
    start_counting(n, kind);
    output_tree *t = NULL;
    int rc = output_tree_begin(out, &t) == OUTPUT_OK ? 0 : -1;
    int kept = rc == 0 ? output_tree_keep(t, "a", "x.html", 1, sha, NULL, NULL) : -1;
    if (kept == 0) /* not carried over (its check could not read it): made again, as build does */
        kept = output_tree_write(t, "a", "x.html", "1", 1) == 0 ? 1 : -1;
    if (rc == 0 && (kept != 1 || output_tree_write(t, "b", "y.html", "3", 1) != 0)) {
        output_tree_abort(t);
        rc = -1;
    } else if (rc == 0) {
        rc = output_tree_commit(t);
    }
    counting = 0;
    char a[8], b[8], c[8], d[8], st[8];
    read_back(out, "a/x.html", a, sizeof a);
    read_back(out, "b/y.html", b, sizeof b);
    read_back(out, "c/z.html", c, sizeof c);
    read_back(out, "d/w.html", d, sizeof d);
    read_back(out, "stray.html", st, sizeof st);
    if (getenv("OOM_VERBOSE"))
        fprintf(stderr, "spare %lu: rc %d a=%s b=%s c=%s d=%s stray=%s\n", n, rc, a, b, c, d, st);
    int published = !strcmp(a, "1") && !strcmp(b, "3") && !c[0] && !d[0] && !st[0];
    int previous = !strcmp(a, "1") && !strcmp(b, "2") && !strcmp(c, "1") && !strcmp(d, "1") && !st[0];
    if (rc == 0 && published) {
        o.status = LKJ_EXIT_OK;
    } else if (rc != 0 && previous) {
        o.status = LKJ_EXIT_IO;
        o.has_0901 = 1; /* failed, the previous build whole: the driver says it (LKJ0010 with its errno) */
    } else {
        o.status = 99;
    }
    if (system(rm) != 0)
        fprintf(stderr, "could not remove %s\n", top);
    return o;
}

/* lkjip evaluasi's half (lke.c): an LKE and a unit's answers loaded,
 * validated, read and checked, then scored for both raters. path is
 * "LKE:ANSWERS"; ANSWERS an XML file or an answer sheet (lke_sheet.c). */
static outcome lke_files(const char *path, unsigned long n, int kind)
{
    outcome o;
    memset(&o, 0, sizeof o);
    const char *colon = strchr(path, ':');
    char lke_path[256];
    snprintf(lke_path, sizeof lke_path, "%.*s", (int)(colon - path), path);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    lke *l = NULL;
    lke_answers *a = NULL;
    start_counting(n, kind);
    o.status = lke_load_file(lke_path, &limits, d, &l);
    if (o.status == LKJ_EXIT_OK)
        o.status = lke_answers_read(colon + 1, l, &limits, d, &a);
    for (int r = 0; o.status == LKJ_EXIT_OK && r < LKE_RATERS; r++) {
        lke_score s;
        if (lke_score_unit(l, a, (lke_rater)r, &s) != 0) {
            diag_loc loc = {colon + 1, 0, 0};
            DIAG0(d, D_NO_MEMORY, &loc);
            o.status = LKJ_EXIT_IO;
        }
    }
    counting = 0;
    note_codes(&o, d);
    lke_answers_free(a);
    lke_free(l);
    lkj_diags_free(d);
    return o;
}

/* evaluasi --data's half (lke_data.c): the built-in LKE and Dinas
 * Kesehatan's answers (read before counting), the workspace linked with
 * each part handed to lke_data_part, whose suggestions then say where the
 * answers differ (their codes are the outcome's too). path: the
 * submissions, as link_files takes them. */
static outcome lke_data_files(const char *path, unsigned long n, int kind)
{
    outcome o;
    memset(&o, 0, sizeof o);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    lke *l = lke_load_default(&limits, d);
    lke_answers *a = NULL;
    if (!l || lke_answers_load("samples/lke/dinkes.lke.xml", l, &limits, d, &a) != LKJ_EXIT_OK) {
        o.status = -1; /* never the unfailed outcome */
    } else {
        const char *unit = a->unit;
        lke_data *data = lke_data_new(l, &unit, 1);
        part_each = lke_data_part;
        part_ctx = data;
        o = link_files(path, n, kind);
        part_each = NULL;
        part_ctx = NULL;
        lkj_diags_clear(d);
        if (o.status < LKJ_EXIT_IO && data) {
            lke_data_warn(d, l, a, lke_data_of(data, unit));
            note_codes(&o, d);
        }
        lke_data_free(data);
    }
    lke_answers_free(a);
    lke_free(l);
    lkj_diags_free(d);
    return o;
}

/* iku-tetap (lke_data.c): the data of 2024 read first (lke_data_year_part),
 * then that of 2025 (lke_data_part), which compares the IKU of the two;
 * path is "then:now". fail_then: allocations fail while the earlier year
 * is read, else while this year's is (the count is of the visit failed). */
static outcome iku_scenario(const char *path, unsigned long n, int kind, int fail_then)
{
    outcome o;
    memset(&o, 0, sizeof o);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    lke *l = lke_load_default(&limits, d);
    lke_answers *a = NULL;
    char then[512];
    snprintf(then, sizeof then, "%s", path);
    char *now = strchr(then, ':');
    if (!now || !l || lke_answers_load("samples/lke/dinkes.lke.xml", l, &limits, d, &a) != LKJ_EXIT_OK) {
        o.status = -1; /* never the unfailed outcome */
    } else {
        *now++ = '\0';
        const char *unit = a->unit;
        lke_data *data = lke_data_new(l, &unit, 1);
        lke_data_set_year(data, 2024);
        part_each = lke_data_year_part;
        part_ctx = data;
        o = link_files(then, fail_then ? n : 0, kind);
        unsigned long counted = count[kind];
        if (o.status < LKJ_EXIT_IO) {
            part_each = lke_data_part;
            o = link_files(now, fail_then ? 0 : n, kind);
            if (fail_then)
                count[kind] = counted;
        }
        part_each = NULL;
        part_ctx = NULL;
        lkj_diags_clear(d);
        if (o.status < LKJ_EXIT_IO && data) {
            lke_data_warn(d, l, a, lke_data_of(data, unit));
            lke_data_warn_years(d, data, a);
            note_codes(&o, d);
        }
        lke_data_free(data);
    }
    lke_answers_free(a);
    lke_free(l);
    lkj_diags_free(d);
    return o;
}

static outcome lke_iku_then(const char *path, unsigned long n, int kind)
{
    return iku_scenario(path, n, kind, 1);
}

static outcome lke_iku_now(const char *path, unsigned long n, int kind)
{
    return iku_scenario(path, n, kind, 0);
}

/* lkjip evaluasi's documents (present_lke.c): a unit's summary and
 * worksheet and the table of all units presented from answers scored
 * beforehand; a document lost for lack of memory is LKJ0901, never a part
 * of one. path is "LKE:ANSWERS". */
static outcome lke_documents(const char *path, unsigned long n, int kind)
{
    outcome o;
    memset(&o, 0, sizeof o);
    const char *colon = strchr(path, ':');
    char lke_path[256];
    snprintf(lke_path, sizeof lke_path, "%.*s", (int)(colon - path), path);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    lke *l = NULL;
    lke_answers *a = NULL;
    lke_score s[LKE_RATERS];
    memset(s, 0, sizeof s);
    o.status = lke_load_file(lke_path, &limits, d, &l);
    if (o.status == LKJ_EXIT_OK)
        o.status = lke_answers_load(colon + 1, l, &limits, d, &a);
    for (int r = 0; o.status == LKJ_EXIT_OK && r < LKE_RATERS; r++)
        if (lke_score_unit(l, a, (lke_rater)r, &s[r]) != 0)
            o.status = LKJ_EXIT_IO;
    if (o.status == LKJ_EXIT_OK) {
        lke_unit_view units[2] = {{.answers = a, .score = s}, {.answers = a, .score = s}};
        start_counting(n, kind);
        xmlDocPtr unit = present_lke_unit(l, &units[0], LKJ_LANG_ID);
        xmlDocPtr all = present_lke_summary(l, units, 2, LKJ_LANG_EN);
        if (!unit || !all) {
            diag_loc loc = {colon + 1, 0, 0};
            DIAG0(d, D_NO_MEMORY, &loc);
            o.status = LKJ_EXIT_IO;
        }
        counting = 0;
        xmlFreeDoc(unit);
        xmlFreeDoc(all);
    }
    note_codes(&o, d);
    lke_answers_free(a);
    lke_free(l);
    lkj_diags_free(d);
    return o;
}

/* Runs check_file in a child. Returns 0 with *o, 1 when the child crashed
 * (xml: its report is discarded) or a sanitizer reported (own). */
static int check_in_child(scenario run, const char *path, unsigned long n, int kind, outcome *o)
{
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (kind == XML && !getenv("OOM_VERBOSE")) {
            int null = open("/dev/null", O_WRONLY);
            if (null >= 0)
                dup2(null, 2);
        }
        outcome got = run(path, n, kind);
        ssize_t w = write(fds[1], &got, sizeof got);
        if (kind == XML)
            _exit(w == (ssize_t)sizeof got ? 0 : 1); /* libxml2 leaks: no LeakSanitizer */
        exit(w == (ssize_t)sizeof got ? 0 : 1);      /* LeakSanitizer runs here */
    }
    close(fds[1]);
    ssize_t r = pid > 0 ? read(fds[0], o, sizeof *o) : -1;
    close(fds[0]);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return 1;
    return r == (ssize_t)sizeof *o && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

/* Fails each allocation of one kind in turn during the check of path:
 * every one of lkjip's; of libxml2's, at most XML_RUNS spread evenly
 * (about 6 ms each), or every one with OOM_ALL=1 in the environment. */
#define XML_RUNS 400
static void sweep(scenario run, const char *name, const char *path, int kind)
{
    outcome want = run(path, 0, kind);
    unsigned long total = count[kind], wrong = 0, crashed = 0, tried = 0;
    unsigned long step = kind == XML && total > XML_RUNS && !getenv("OOM_ALL") ? (total + XML_RUNS - 1) / XML_RUNS : 1;
    char why[1200] = "";
    for (unsigned long n = 1; n <= total; n += step, tried++) {
        outcome got;
        if (check_in_child(run, path, n, kind, &got) != 0) {
            if (kind == OWN && !wrong++)
                snprintf(why, sizeof why, "allocation %lu failed: crash or sanitizer report (above)", n);
            crashed += kind == XML;
            continue;
        }
        int same = got.status == want.status && strcmp(got.codes, want.codes) == 0;
        int io = got.status == LKJ_EXIT_IO && (got.has_0901 || got.oom);
        if (same || io)
            continue;
        if (!wrong++)
            snprintf(why, sizeof why, "allocation %lu failed: status %d, codes %s(want %d, %s or 3 with LKJ0901)", n,
                     got.status, got.codes, want.status, want.codes);
        if (getenv("OOM_VERBOSE"))
            fprintf(stderr, "oom %s: allocation %lu: status %d, %s\n", name, n, got.status, got.codes);
    }
    char test[160];
    snprintf(test, sizeof test, "oom.%s.%s", kind == OWN ? "own" : "xml", name);
    printf("# %s: %lu of %lu allocations failed in turn, %lu crashed inside libxml2\n", test, tried, total, crashed);
    if (wrong)
        snprintf(why + strlen(why), sizeof why - strlen(why), "; %lu wrong in all", wrong);
    unit_ok(test, total > 0 && !wrong, total ? why : "nothing was allocated");
}

int main(void)
{
    if (lkj_init() != 0) {
        printf("FAIL oom.setup: lkj_init failed\n");
        return 1;
    }
    /* libxml2 allocates through lkjip's hooks (load.c), and through ours
     * around them. */
    if (xmlMemGet(&lkj_free, &lkj_malloc, &lkj_realloc, &lkj_strdup) != 0 ||
        xmlGcMemGet(&lkj_free, &lkj_malloc, &lkj_malloc_atomic, &lkj_realloc, &lkj_strdup) != 0 ||
        xmlMemSetup(lkj_free, xml_malloc, xml_realloc, xml_strdup) != 0 ||
        xmlGcMemSetup(lkj_free, xml_malloc, xml_malloc_atomic, xml_realloc, xml_strdup) != 0) {
        printf("FAIL oom.setup: xmlMemSetup failed\n");
        return 1;
    }
    count[OWN] = count[XML] = 0;
    counting = 1;
    void *p = xmlMalloc(16);
    counting = 0;
    xmlFree(p);
    unit_ok("oom.libxml2-through-lkjip", count[OWN] == 0 && count[XML] == 1, "xmlMalloc bypasses load.c's hook");

    static const char *const inputs[][2] = {
        {"minimal", "tests/data/ok/minimal.xml"},
        {"components", "tests/data/ok/composite-components.xml"}, /* rules.c's formula ids */
        {"utf16", "tests/data/ok/minimal-utf16.xml"},
        {"gzip", "tests/fuzz/corpus/check/sample-opd-dinsos.xml.gz"},
        {"missing-satuan", "tests/data/bad/missing-satuan.xml"},
        {"kegiatan-code", "tests/data/bad/kegiatan-code.xml"},
        {"duplicate-id", "tests/data/bad/duplicate-id.xml"}, /* identity.c, then the whole schema */
        {"profile", "tests/data/ok/profile.xml"},
        /* A workbook: libzip, the import, the cells placed (make.py on
         * minimal.xml; -negative refused by the schema at a cell). */
        {"workbook", "tests/data/workbook/minimal.xlsx"},
        {"workbook-negative", "tests/data/workbook/minimal-negative.xlsx"},
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        sweep(check_file, inputs[i][0], inputs[i][1], OWN);
        sweep(check_file, inputs[i][0], inputs[i][1], XML);
    }
    /* The letters (letters.c) with their stylesheet compiled once, here;
     * lkjip's own allocations only (each run publishes a folder, with a
     * syncfs: libxml2's 37,000 would take minutes, and libxslt is no
     * safer against a failed allocation than libxml2). */
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    lkj_run_options letter_options = {.letters = "-"};
    if (emit_init("stylesheets", letters_emit_mask(&letter_options), d) != 0)
        printf("FAIL oom.letters-setup: the letter stylesheet does not compile\n");
    lkj_diags_free(d);
    sweep(letter_files, "letters",
          "tests/data/bad/missing-satuan.xml:tests/data/ok/minimal.xml:tests/data/bad/tag-mismatch.xml:"
          "tests/data/link/base/lkjip.xml",
          OWN);
    emit_cleanup();
    sweep(spare_publish, "publish-over-spare", "", OWN);
    sweep(link_files, "link-parts",
          "tests/data/link/base/kab.xml:tests/data/link/base/lkjip.xml:tests/data/link/base/opd-a.xml:"
          "tests/data/link/base/opd-b.xml:tests/data/ok/minimal.xml:"
          "tests/data/bad/duplicate-id.xml:tests/data/bad/content-after-root.xml", /* two rejected */
          OWN);
    sweep(lke_files, "lke", "tests/data/lke/mini.lke.xml:tests/data/lke/mini-jawaban.lke.xml", OWN);
    sweep(lke_files, "lke", "tests/data/lke/mini.lke.xml:tests/data/lke/mini-jawaban.lke.xml", XML);
    sweep(lke_files, "lke-sheet", "tests/data/lke/mini.lke.xml:tests/data/lke/sheet/mini.xlsx", OWN);
    sweep(lke_files, "lke-sheet", "tests/data/lke/mini.lke.xml:tests/data/lke/sheet/mini.xlsx", XML);
    outcome suggested = lke_data_files("tests/data/lke/data/gagal.xml", 0, OWN);
    counting = 0;
    unit_ok("oom.lke-data.suggests", strstr(suggested.codes, "LKJ0820") && strstr(suggested.codes, "LKJ0821"),
            suggested.codes); /* the sweep below compares with suggestions made */
    sweep(lke_data_files, "lke-data", "tests/data/lke/data/gagal.xml", OWN);
    outcome compared = lke_iku_now("tests/data/lke/iku/iku-2024-berubah.xml:tests/data/lke/iku/iku-2025.xml", 0, OWN);
    counting = 0;
    unit_ok("oom.lke-iku.compares", strstr(compared.codes, "LKJ0820") != NULL, compared.codes);
    sweep(lke_iku_then, "lke-iku-then", "tests/data/lke/iku/iku-2024-berubah.xml:tests/data/lke/iku/iku-2025.xml", OWN);
    sweep(lke_iku_now, "lke-iku-now", "tests/data/lke/iku/iku-2024-berubah.xml:tests/data/lke/iku/iku-2025.xml", OWN);
    sweep(lke_documents, "lke-documents", "tests/data/lke/mini.lke.xml:tests/data/lke/mini-jawaban.lke.xml", OWN);
    sweep(lke_documents, "lke-documents", "tests/data/lke/mini.lke.xml:tests/data/lke/mini-jawaban.lke.xml", XML);
    lke_cleanup();
    lkj_cleanup();
    return unit_exit();
}

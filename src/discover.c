/*
 * discover.c — the zeroth stage: which files to read, in a stable order.
 */
#define _DEFAULT_SOURCE
#include "discover.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "import.h"
#include "output.h"

static int worse(int a, int b) { return a > b ? a : b; }

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A submission, or an OPD workbook (docs/workbook.md) that becomes one.
 * *.lke.xml are SAKIP evaluation documents (lkjip evaluasi, docs/lke.md),
 * not submissions: a workspace may keep its LKE answers beside the
 * submissions without the walk reading them as such. Office's lock files
 * ("~$opd-dinkes.xlsx", left beside a workbook open in Excel) are no
 * workbooks. */
static int is_submission_name(const char *name)
{
    if (has_suffix(name, ".lke.xml") || has_suffix(name, ".lke.xml.gz"))
        return 0;
    return has_suffix(name, ".xml") || has_suffix(name, ".xml.gz") ||
           (has_suffix(name, ".xlsx") && strncmp(name, "~$", 2) != 0);
}

/* Byte order, never the locale's collation: the same tree gives the same
 * order on every machine. */
static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int skip_entry(const struct dirent *e)
{
    return e->d_name[0] != '.'; /* hidden files, '.', '..' */
}

/* A folder lkjip publishes its builds to (it carries OUTPUT_MARKER): never
 * read as input, so "-o" inside a workspace does not feed a build its own
 * reports. (The state folder and the staging tree are hidden, like every
 * name starting with a dot.) */
static int is_output_folder(const char *dir)
{
    char marker[4200];
    struct stat st;
    snprintf(marker, sizeof marker, "%s/%s", dir, OUTPUT_MARKER);
    return lstat(marker, &st) == 0;
}

typedef struct walk {
    discover_fn visit;
    discover_report_fn report;
    lkj_diags *scratch;
    void *ctx;
    size_t found;
} walk;

static int report_problem(walk *w, diag_id id, const char *path, const char *arg)
{
    diag_loc loc = {path, 0, 0};
    if (id == D_IO_READ && errno == ENOMEM) /* a folder listing that ran out of memory */
        id = D_NO_MEMORY;
    lkj_diags_clear(w->scratch);
    DIAG(w->scratch, id, &loc, arg);
    w->report(w->scratch, w->ctx);
    lkj_diags_clear(w->scratch);
    return catalog_severity(id) == LKJ_SEV_FATAL ? LKJ_EXIT_IO : LKJ_EXIT_OK;
}

/* A workbook in a walked folder that is an LKE answer sheet of lkjip
 * evaluasi (docs/lke.md §7): kept beside the submissions as *.lke.xml
 * are, but told apart by its content, not its name, so the walk says it
 * skipped it (LKJ0831). Only regular files are looked into; anything else
 * is visited and the loader says what it is. */
static int is_lke_sheet(walk *w, const char *path)
{
    lkj_limits limits;
    lkj_limits_default(&limits);
    size_t len = 0;
    unsigned char *bytes = output_read_regular(AT_FDCWD, path, limits.max_input_bytes, &len);
    char *unit = bytes && import_looks_like_workbook(bytes, len) ? import_lke_sheet_unit(bytes, len, &limits) : NULL;
    free(bytes);
    if (!unit)
        return 0;
    report_problem(w, D_LKE_SHEET_SKIPPED, path, unit);
    free(unit);
    return 1;
}

static int walk_dir(walk *w, const char *dir)
{
    struct dirent **entries;
    int n = scandir(dir, &entries, skip_entry, by_name);
    if (n < 0)
        return report_problem(w, D_IO_READ, dir, strerror(errno));
    int status = LKJ_EXIT_OK;
    for (int i = 0; i < n; i++) {
        const char *name = entries[i]->d_name;
        size_t len = strlen(dir) + 1 + strlen(name) + 1;
        char *path = malloc(len);
        if (!path) {
            status = LKJ_EXIT_IO;
            break;
        }
        snprintf(path, len, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", name);
        struct stat lst;
        if (lstat(path, &lst) == 0) {
            /* Symbolic links to folders are not followed (no loops); links
             * to files are read like the files. */
            if (S_ISDIR(lst.st_mode) && !is_output_folder(path))
                status = worse(status, walk_dir(w, path));
            else if (!S_ISDIR(lst.st_mode) && is_submission_name(name) &&
                     !(has_suffix(name, ".xlsx") && is_lke_sheet(w, path))) {
                /* Named like a submission but not a readable regular file
                 * (a dangling symlink, a pipe): visited all the same, so the
                 * loader says so (LKJ0001, LKJ0007) and a build is not
                 * published silently without it. */
                w->found++;
                status = worse(status, w->visit(path, w->ctx));
            }
        }
        free(path);
    }
    for (int i = 0; i < n; i++)
        free(entries[i]);
    free(entries);
    return status;
}

int discover_walk(const char *arg, discover_fn visit, discover_report_fn report, lkj_diags *scratch,
                  void *ctx)
{
    walk w = {visit, report, scratch, ctx, 0};
    if (strcmp(arg, "-") == 0)
        return visit(NULL, ctx);
    struct stat st;
    if (stat(arg, &st) != 0)
        return report_problem(&w, D_IO_READ, arg, strerror(errno));
    if (S_ISDIR(st.st_mode)) {
        int status = walk_dir(&w, arg);
        if (w.found == 0 && status < LKJ_EXIT_IO)
            report_problem(&w, D_NO_INPUT, arg, arg);
        return status;
    }
    /* A file named explicitly is read whatever its name; anything else
     * (device, fifo) is refused by the loader with LKJ0007. */
    return visit(arg, ctx);
}

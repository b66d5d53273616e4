/*
 * lkjip — the public library API the command line is built on.
 *
 * Ownership: every object returned by a *_new function is freed by the
 * matching *_free function. Strings inside a diagnostic belong to the
 * diagnostic list and live until lkj_diags_clear() or lkj_diags_free().
 * Nothing here prints: stages append diagnostics and the caller renders them.
 */
#ifndef LKJIP_H
#define LKJIP_H

#include <stddef.h>
#include <stdio.h>

#define LKJ_VERSION "0.1.0"
#define LKJ_SUBMISSION_NS "urn:lkjip:submission:1"
#define LKJ_WORKSPACE_NS "urn:lkjip:workspace:1"
#define LKJ_DIAGNOSTICS_NS "urn:lkjip:diagnostics:1"

/* Exit statuses of the command line (docs/lkjip.1). */
enum {
    LKJ_EXIT_OK = 0,       /* clean (warnings allowed) */
    LKJ_EXIT_PROBLEMS = 1, /* errors found in the submissions */
    LKJ_EXIT_USAGE = 2,    /* wrong command line */
    LKJ_EXIT_IO = 3,       /* I/O or internal failure */
    LKJ_EXIT_BUSY = 4      /* another run holds the lock; nothing was done */
};

typedef enum { LKJ_LANG_ID, LKJ_LANG_EN } lkj_lang;

typedef enum {
    LKJ_SEV_NOTE,
    LKJ_SEV_WARNING,
    LKJ_SEV_ERROR,
    LKJ_SEV_FATAL /* an I/O or internal failure, not a problem of the input */
} lkj_severity;

/* One finding. line and column are 1-based; 0 means unknown. */
typedef struct lkj_diag {
    const char *code;      /* stable, e.g. "LKJ0201" (static storage) */
    lkj_severity severity;
    const char *file;      /* as the user named it */
    unsigned long line;
    unsigned long column;
    const char *message;   /* one line, in the list's language */
    const char *hint;      /* one line, may be empty */
    int origin;            /* libxml2 error code it was mapped from, or 0 */
    const char *cell;      /* in a workbook: "Realisasi!F14" (then line and
                              column are 0), else NULL */
} lkj_diag;

typedef struct lkj_diags lkj_diags;

/* A list of diagnostics in one language; at most max_per_file are kept for
 * one file (then a single LKJ0090 note says how many were suppressed). */
lkj_diags *lkj_diags_new(lkj_lang lang);
void lkj_diags_free(lkj_diags *diags);
void lkj_diags_clear(lkj_diags *diags);
size_t lkj_diags_count(const lkj_diags *diags);
const lkj_diag *lkj_diags_at(const lkj_diags *diags, size_t index);
size_t lkj_diags_count_severity(const lkj_diags *diags, lkj_severity severity);
/* Diagnostics over the per-file cap, counted but not kept. */
size_t lkj_diags_suppressed(const lkj_diags *diags, lkj_severity severity);
lkj_lang lkj_diags_lang(const lkj_diags *diags);

/* Limits for untrusted input. */
typedef struct lkj_limits {
    size_t max_input_bytes; /* on the file and on its decompressed content */
    size_t max_diags_per_file;
} lkj_limits;

void lkj_limits_default(lkj_limits *limits);

/* Process-wide setup: compiles the schemas and patterns, installs the
 * deny-all external entity loader. Call once, before any other function,
 * from the main thread. Returns 0 on success. */
int lkj_init(void);
void lkj_cleanup(void);

/* What a checked document turned out to be. */
typedef enum {
    LKJ_DOC_UNKNOWN,
    LKJ_DOC_SUBMISSION,
    LKJ_DOC_WORKSPACE
} lkj_doc_kind;

/* Check one file (path, plain or gzip) or one stream. Diagnostics are
 * appended to diags under the name display_name (NULL: the path).
 * Returns an LKJ_EXIT_* status for this one input. */
int lkj_check_path(const char *path, const char *display_name,
                   const lkj_limits *limits, lkj_diags *diags,
                   lkj_doc_kind *kind);
int lkj_check_stream(FILE *stream, const char *display_name,
                     const lkj_limits *limits, lkj_diags *diags,
                     lkj_doc_kind *kind);

/* ------------------------------------------------------------------ */
/* A run over a workspace: lkjip check and lkjip build                 */
/* ------------------------------------------------------------------ */

typedef enum { LKJ_FORM_TEXT, LKJ_FORM_XML } lkj_form;

/* What one run reads, writes and says. Strings belong to the caller. */
typedef struct lkj_run_options {
    const char *const *paths; /* files and folders (recursive); "-" is stdin */
    size_t path_count;
    lkj_lang lang;            /* of the messages */
    lkj_form form;            /* of the diagnostics on stdout */
    int quiet;                /* problems only, no summary */
    int link;                 /* check: link across files too (build always does) */
    int strict;               /* build: publish nothing unless every input is accepted */
    int jobs;                 /* threads (>= 1) */
    lkj_limits limits;
    const char *log;          /* append every line, time-stamped, or NULL */
    const char *cache;        /* cache folder, or NULL: build's in the state folder, check's none */
    int no_cache;             /* build: no cache at all */
    const char *letters;      /* a letter per input and their summary, published whole to
                                 this folder (NULL: none); needs stylesheets */
    /* build only */
    const char *out_dir;      /* the output folder, published whole at the end */
    const char *formats;      /* "html,docbook,pk,ir,present" (NULL: "html,docbook") */
    lkj_lang report_lang;     /* of the reports: its own setting, not the messages' */
    int report_lang_given;    /* report_lang was asked for; else the profile's bahasa-laporan, else id */
    const char *period;       /* "2025", "2025-Q3", "2025-09" (NULL: the workspace's year) */
    const char *stylesheets;  /* the stylesheets folder (NULL only for --format ir without
                                 letters); check reads it only for letters */
    const char *state;        /* the state folder (NULL: ".NAME.lkjip" beside out_dir) */
    const char *lock;         /* the lock file (NULL: STATE/lock) */
    int wait;                 /* wait for the lock instead of returning LKJ_EXIT_BUSY */
} lkj_run_options;

/* Checks every input (and, with link, the workspace they make); the
 * diagnostics and a summary go to stdout. Returns LKJ_EXIT_*. */
int lkj_check_workspace(const lkj_run_options *options);

/* Checks, links, measures and renders the workspace into a staging tree
 * beside out_dir, and publishes it in one step only when every input was
 * read and every report written: otherwise out_dir is left exactly as it
 * was. Returns LKJ_EXIT_* (LKJ_EXIT_USAGE for options it cannot use). */
int lkj_build_workspace(const lkj_run_options *options);

/* lkjip template: checks and links the workspace as build does, then
 * writes one workbook per OPD, out_dir/<unit>.xlsx (docs/workbook.md), each
 * to a temporary name and renamed; period "2025" or "2025-Q3" (NULL: the
 * workspace's year). link must be set. Returns LKJ_EXIT_* (LKJ_EXIT_USAGE
 * for options it cannot use). */
int lkj_template_workspace(const lkj_run_options *options);

/* The diagnostic catalogue (lkjip explain). */
size_t lkj_catalog_size(void);
const char *lkj_catalog_code(size_t index);
/* Writes the long explanation of code in lang; returns 0, or -1 when the
 * code is unknown. */
int lkj_explain(FILE *out, const char *code, lkj_lang lang);
/* The whole catalogue as Markdown (docs/diagnostics.md). */
void lkj_catalog_markdown(FILE *out, lkj_lang lang);

#endif

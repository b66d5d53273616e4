/*
 * load.h — reading untrusted bytes (plain or gzip, capped) and parsing them
 * into a DOM with libxml2's network, DTD, entity and XInclude features off.
 */
#ifndef LKJ_LOAD_H
#define LKJ_LOAD_H

#include <libxml/tree.h>
#include <stdio.h>
#include <sys/stat.h>

#include "lkjip/lkjip.h"

/* A parsed input: the DOM and the exact bytes it came from, so that
 * positions (line, column) can be recomputed for any node. */
typedef struct load_doc {
    const char *name;     /* display name, owned by the caller */
    unsigned char *bytes; /* decompressed content, owned */
    size_t len;
    xmlDocPtr doc;        /* NULL when the input was rejected */
    int offsets_exact;    /* node offsets index bytes (UTF-8 input) */
    xmlNodePtr xinclude;  /* the first XInclude element, seen while parsing */
    size_t *line_starts;  /* built on first use by position.c */
    size_t line_count;
} load_doc;

/* Routes libxml2's allocations through lkjip's, which count failures per
 * thread (process-wide; first, before anything else of libxml2). */
void load_init_memory(void);
/* libxml2's failed allocations on this thread so far: a stage that uses
 * libxml2 compares the count before and after, and when it grew, reports
 * LKJ0901 and drops what it built (libxml2 does not report every failure). */
unsigned long load_memory_failures(void);
/* The same counted on every thread since the process began. */
unsigned long load_memory_failures_anywhere(void);
/* Installs the deny-all external entity loader (process-wide). */
void load_init(void);
/* Per-thread setup for a worker thread (libxml2's error handlers are
 * per thread): nothing of libxml2 may reach stderr. */
void load_thread_init(void);
/* Lets the loader read files under dir (the stylesheets); NULL: nothing. */
void load_allow_directory(const char *dir);
/* Whether url names a file under the allowed directory. */
int load_path_allowed(const char *url);

/* Reading an input in two halves (the cache keys on the raw bytes): the
 * bytes of path (or stream when path is NULL) as they are on disk, within
 * limits->max_input_bytes; then their decompression (gzip) into ld->bytes,
 * within the same limit (raw is owned by load_decode from then on, freed
 * in any case). Both return an LKJ_EXIT_* status. */
/* The halves of load_read_raw for a caller that looks at the file before
 * reading it (the cache trusts a file's identity): path opened, its
 * fstat in *st (taken before any byte is read), *is_link set when path
 * names a symlink (then followed); an LKJ_EXIT_* status, the descriptor
 * the caller's to close. Then its bytes read from fd as load_read_raw
 * does. */
int load_open_input(const char *path, const char *name, lkj_diags *d, int *fd, struct stat *st, int *is_link);
int load_read_fd(int fd, const lkj_limits *limits, const char *name, unsigned char **raw, size_t *raw_len,
                 lkj_diags *d);
int load_read_raw(const char *path, FILE *stream, const lkj_limits *limits, const char *name, unsigned char **raw,
                  size_t *raw_len, lkj_diags *diags);
int load_decode(unsigned char *raw, size_t raw_len, const lkj_limits *limits, load_doc *ld, lkj_diags *diags);

/* Parses ld->bytes. Returns LKJ_EXIT_OK with ld->doc set, or
 * LKJ_EXIT_PROBLEMS after appending diagnostics. */
int load_parse(load_doc *ld, lkj_diags *diags);

/* Parses ld->bytes under the same rules, without a tree: ev's callbacks
 * (SAX2; each gets the parser context, ctx) see the elements and text, for
 * a large part read once (a workbook's sheet). load_events_user(ctx) gives
 * back user; load_events_stop(ctx) ends the parse, which then returns
 * LKJ_EXIT_PROBLEMS without a diagnostic (the caller gave its own).
 * Returns LKJ_EXIT_OK, or LKJ_EXIT_PROBLEMS after appending diagnostics. */
typedef struct load_events {
    startElementNsSAX2Func start;
    endElementNsSAX2Func end;
    charactersSAXFunc characters;
} load_events;
int load_parse_events(load_doc *ld, const load_events *ev, void *user, lkj_diags *diags);
void *load_events_user(void *ctx);
void load_events_stop(void *ctx);

void load_doc_free(load_doc *ld);

#endif

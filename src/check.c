/*
 * check.c — one input through load, validate and rules: what
 * `lkjip check` does per file. Each stage runs only when the one before it
 * accepted the input (a rule on a broken tree would report consequences,
 * not causes).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <libxml/parser.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "diag.h"
#include "load.h"
#include "lkjip/lkjip.h"
#include "check.h"
#include "read.h"
#include "rules.h"
#include "validate.h"

void lkj_limits_default(lkj_limits *limits)
{
    limits->max_input_bytes = (size_t)64 * 1024 * 1024;
    limits->max_diags_per_file = 100;
}

int lkj_init(void)
{
    load_init_memory();
    LIBXML_TEST_VERSION
    xmlInitParser();
    load_init();
    if (rules_init() != 0 || validate_init() != 0)
        return -1;
    return 0;
}

void lkj_cleanup(void)
{
    validate_cleanup();
    rules_cleanup();
    xmlCleanupParser();
}

/* Whether libxml2 failed an allocation since before (LKJ0901 appended):
 * then what the stage found is not to be trusted. */
static int memory_failed(unsigned long before, const load_doc *ld, lkj_diags *diags)
{
    if (load_memory_failures() == before)
        return 0;
    diag_loc loc = {ld->name, 0, 0};
    DIAG0(diags, D_NO_MEMORY, &loc);
    return 1;
}

static int check_loaded(load_doc *ld, lkj_diags *diags, lkj_doc_kind *kind_out, check_model *model)
{
    int rc = load_parse(ld, diags);
    if (rc != LKJ_EXIT_OK)
        return rc;
    lkj_doc_kind kind = validate_detect(ld, diags);
    if (kind_out)
        *kind_out = kind;
    if (kind == LKJ_DOC_UNKNOWN)
        return LKJ_EXIT_PROBLEMS;
    rc = validate_doc(ld, kind, diags);
    if (rc != LKJ_EXIT_OK)
        return rc;
    unsigned long failures = load_memory_failures();
    rc = kind == LKJ_DOC_WORKSPACE ? rules_check_workspace(ld, diags) : rules_check_submission(ld, diags);
    if (rc != LKJ_EXIT_IO && memory_failed(failures, ld, diags))
        return LKJ_EXIT_IO;
    if (rc != LKJ_EXIT_OK || !model)
        return rc;
    if (kind == LKJ_DOC_WORKSPACE)
        model->profile = read_profile(ld, diags);
    else
        model->unit = read_unit(ld, diags);
    if ((model->profile || model->unit) && memory_failed(failures, ld, diags)) {
        model_profile_free(model->profile);
        model_unit_free(model->unit);
        memset(model, 0, sizeof *model);
        return LKJ_EXIT_IO;
    }
    if (model->profile || model->unit)
        return LKJ_EXIT_OK;
    /* Reading a schema-valid document fails only when its arena cannot
     * grow: out of memory, said here (the arena is not libxml2's). */
    if (!memory_failed(failures, ld, diags)) {
        diag_loc loc = {ld->name, 0, 0};
        DIAG0(diags, D_NO_MEMORY, &loc);
    }
    return LKJ_EXIT_IO;
}

/* The raw bytes of one input (taken over) through decoding and
 * check_loaded. */
static int check_raw(unsigned char *raw, size_t raw_len, const char *name, const lkj_limits *limits,
                     lkj_diags *diags, lkj_doc_kind *kind, check_model *model)
{
    load_doc ld;
    memset(&ld, 0, sizeof ld);
    ld.name = name;
    int rc = load_decode(raw, raw_len, limits, &ld, diags);
    if (rc == LKJ_EXIT_OK)
        rc = check_loaded(&ld, diags, kind, model);
    load_doc_free(&ld);
    return rc;
}

/* Closes the input's diagnostics (the suppressed-count note); memory that
 * ran out in the sink makes the status an I/O failure. */
static int end_input(lkj_diags *diags, const char *name, int rc)
{
    diag_end_file(diags, name);
    return diag_out_of_memory(diags) ? LKJ_EXIT_IO : rc;
}

/* The model remembers the digest of the bytes it came from. */
static void set_digest(check_model *model, const unsigned char digest[CACHE_DIGEST_SIZE])
{
    if (model && model->unit) {
        memcpy(model->unit->digest, digest, CACHE_DIGEST_SIZE);
        model->unit->has_digest = 1;
    }
    if (model && model->profile) {
        memcpy(model->profile->digest, digest, CACHE_DIGEST_SIZE);
        model->profile->has_digest = 1;
    }
}

static int check_input(const char *path, FILE *stream, const char *name, const lkj_limits *limits,
                       lkj_diags *diags, lkj_doc_kind *kind, check_model *model)
{
    if (kind)
        *kind = LKJ_DOC_UNKNOWN;
    diag_begin_file(diags, limits->max_diags_per_file);
    unsigned char *raw;
    size_t raw_len;
    int rc = load_read_raw(path, stream, limits, name, &raw, &raw_len, diags);
    /* A model knows the digest of its bytes, with or without the cache:
     * the gate keeps accepted versions by it. */
    unsigned char digest[CACHE_DIGEST_SIZE];
    if (rc == LKJ_EXIT_OK && model) {
        struct sha256_ctx h;
        sha256_init(&h);
        sha256_update(&h, raw_len, raw);
        sha256_digest(&h, CACHE_DIGEST_SIZE, digest);
    }
    if (rc == LKJ_EXIT_OK)
        rc = check_raw(raw, raw_len, name, limits, diags, kind, model);
    if (rc == LKJ_EXIT_OK && model)
        set_digest(model, digest);
    return end_input(diags, name, rc);
}

int lkj_check_path(const char *path, const char *display_name, const lkj_limits *limits,
                   lkj_diags *diags, lkj_doc_kind *kind)
{
    return check_input(path, NULL, display_name ? display_name : path, limits, diags, kind, NULL);
}

int lkj_check_stream(FILE *stream, const char *display_name, const lkj_limits *limits,
                     lkj_diags *diags, lkj_doc_kind *kind)
{
    return check_input(NULL, stream, display_name ? display_name : "-", limits, diags, kind, NULL);
}

int check_and_read(const char *path, FILE *stream, const char *name, const lkj_limits *limits, lkj_diags *diags,
                   check_model *model)
{
    memset(model, 0, sizeof *model);
    return check_input(path, stream, name, limits, diags, NULL, model);
}


int check_with_cache(cache *c, const char *path, const char *name, const lkj_limits *limits, lkj_diags *diags,
                     check_model *model, int *hit)
{
    *hit = 0;
    if (model)
        memset(model, 0, sizeof *model);
    diag_begin_file(diags, limits->max_diags_per_file);
    unsigned char *raw;
    size_t raw_len;
    int rc = load_read_raw(path, NULL, limits, name, &raw, &raw_len, diags);
    if (rc != LKJ_EXIT_OK)
        return end_input(diags, name, rc);
    /* Keyed by where the file really is, however it was named. */
    char *real = realpath(path, NULL);
    cache_key key;
    cache_key_of(c, real ? real : path, raw, raw_len, &key);
    int status;
    if (cache_lookup(c, &key, name, diags, &status, model)) {
        free(raw);
        *hit = 1;
    } else {
        status = end_input(diags, name, check_raw(raw, raw_len, name, limits, diags, NULL, model));
        cache_store(c, &key, status, diags, model);
    }
    set_digest(model, key.content);
    free(real);
    return status;
}

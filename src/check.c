/*
 * check.c — one input through load, validate and rules: what
 * `lkjip check` does per file. Each stage runs only when the one before it
 * accepted the input (a rule on a broken tree would report consequences,
 * not causes).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <fcntl.h>
#include <libxml/parser.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "diag.h"
#include "import.h"
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

/* ------------------------------------------------------------------ */
/* What a rejected input would have defined                            */
/* ------------------------------------------------------------------ */

void check_rejected_free(check_rejected *r)
{
    if (r)
        arena_free(r->arena);
}

void check_model_free(check_model *model)
{
    model_unit_free(model->unit);
    model_profile_free(model->profile);
    check_rejected_free(model->rejected);
    memset(model, 0, sizeof *model);
}

static int local_is(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* The value of an attribute without namespace, as written (not copied). */
static const char *plain_attr(xmlNodePtr n, const char *name)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, NULL);
    return a && a->children && a->children->content ? (const char *)a->children->content : NULL;
}

typedef struct id_list {
    const char **items;
    size_t count, capacity;
} id_list;

static void add_id(arena *a, id_list *list, const char *id, size_t n)
{
    if (n == 0 || arena_failed(a))
        return;
    if (list->count == list->capacity) {
        size_t cap = list->capacity ? 2 * list->capacity : 16;
        const char **grown = arena_alloc(a, cap * sizeof *grown);
        if (!grown)
            return;
        if (list->count)
            memcpy(grown, list->items, list->count * sizeof *grown);
        list->items = grown;
        list->capacity = cap;
    }
    const char *copy = arena_strndup(a, id, n);
    if (copy)
        list->items[list->count++] = copy;
}

/* Each id of a whitespace-separated list (mendukung). */
static void add_ids(arena *a, id_list *list, const char *ids)
{
    for (const char *p = ids; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        size_t n = strcspn(p, " \t\n\r");
        add_id(a, list, p, n);
        p += n;
    }
}

/* The ids the elements under n define and support, by local name in any
 * namespace: a file rejected for its namespace (LKJ0110) is still read. */
static void harvest(arena *a, xmlNodePtr n, id_list *defines, id_list *supports)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (local_is(n, "unit") || local_is(n, "tujuan") || local_is(n, "sasaran") || local_is(n, "indikator")) {
            const char *id = plain_attr(n, "id");
            if (id)
                add_ids(a, defines, id); /* trimmed as the schema's token would be */
        }
        if (local_is(n, "sasaran"))
            add_ids(a, supports, plain_attr(n, "mendukung"));
        harvest(a, n->children, defines, supports);
    }
}

/* What a rejected input would have defined: the ids of a submission (or
 * none for a profile), or readable 0 when it is no lkjip file that could
 * be read. NULL only when out of memory. */
static check_rejected *rejected_of(const load_doc *ld)
{
    arena *a = arena_new();
    check_rejected *r = a ? arena_alloc(a, sizeof *r) : NULL;
    if (!r) {
        arena_free(a);
        return NULL;
    }
    r->arena = a;
    xmlNodePtr root = ld && ld->doc ? xmlDocGetRootElement(ld->doc) : NULL;
    if (root && local_is(root, "profil")) {
        r->readable = 1;
    } else if (root && local_is(root, "submisi")) {
        id_list defines = {0}, supports = {0};
        harvest(a, root->children, &defines, &supports);
        r->readable = 1;
        r->defines = defines.items;
        r->define_count = defines.count;
        r->supports = supports.items;
        r->support_count = supports.count;
    }
    if (arena_failed(a)) {
        arena_free(a);
        return NULL;
    }
    return r;
}

/* Notes what a rejected input would have defined, when a model was asked
 * for (linking); out of memory is LKJ0901 and the status an I/O failure. */
static int note_rejected(const load_doc *ld, const char *name, lkj_diags *diags, check_model *model, int rc)
{
    if (!model || rc == LKJ_EXIT_OK || model->unit || model->profile)
        return rc;
    model->rejected = rejected_of(ld);
    if (model->rejected)
        return rc;
    diag_loc loc = {name, 0, 0};
    DIAG0(diags, D_NO_MEMORY, &loc);
    return LKJ_EXIT_IO;
}

/* A workbook (docs/workbook.md): imported with its embedded plan, then
 * checked as the submission it makes, every finding named at the cell it
 * comes from. A workbook rejected by the import still says, for linking,
 * what its submission would have defined. */
static int check_workbook(unsigned char *raw, size_t raw_len, load_doc *ld, const lkj_limits *limits,
                          lkj_diags *diags, lkj_doc_kind *kind, check_model *model)
{
    import_cells cells = {0};
    size_t first = lkj_diags_count(diags);
    int rc = import_decode(raw, raw_len, limits, ld, &cells, diags);
    if (rc == LKJ_EXIT_OK) {
        rc = check_loaded(ld, diags, kind, model);
        if (rc == LKJ_EXIT_OK && model && model->unit && import_cell_table(ld, &cells, model->unit) != 0) {
            model_unit_free(model->unit);
            model->unit = NULL;
            diag_loc loc = {ld->name, 0, 0};
            DIAG0(diags, D_NO_MEMORY, &loc);
            rc = LKJ_EXIT_IO;
        }
    } else if (ld->bytes && model) {
        lkj_diags *scratch = lkj_diags_new(lkj_diags_lang(diags));
        if (scratch)
            load_parse(ld, scratch);
        lkj_diags_free(scratch);
    }
    import_place(ld, &cells, diags, first);
    import_cells_free(&cells);
    rc = note_rejected(ld, ld->name, diags, model, rc);
    load_doc_free(ld);
    return rc;
}

/* The raw bytes of one input (taken over) through decoding and
 * check_loaded. */
static int check_raw(unsigned char *raw, size_t raw_len, const char *name, const lkj_limits *limits,
                     lkj_diags *diags, lkj_doc_kind *kind, check_model *model)
{
    load_doc ld;
    memset(&ld, 0, sizeof ld);
    ld.name = name;
    if (import_looks_like_workbook(raw, raw_len))
        return check_workbook(raw, raw_len, &ld, limits, diags, kind, model);
    int rc = load_decode(raw, raw_len, limits, &ld, diags);
    if (rc == LKJ_EXIT_OK)
        rc = check_loaded(&ld, diags, kind, model);
    rc = note_rejected(&ld, name, diags, model, rc);
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
    else
        rc = note_rejected(NULL, name, diags, model, rc);
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


/* The nightly case, before the file is even opened: a regular file (not a
 * symlink, not a pipe) whose identity is the one recorded with its result
 * (cache.h). An open and a close per unchanged input saved; anything else
 * (a symlink, a new identity, no entry) goes the whole way. */
/* path's key, named by where the file really is however it was named,
 * with the identity st (taken before any byte is read); the real path,
 * to be freed (NULL when it could not be made: then path names it). */
static char *identity_key(cache *c, const char *path, int is_link, const struct stat *st, cache_key *key)
{
    char *real = cache_canonical_path(path, is_link);
    cache_key_name(c, real ? real : path, key);
    cache_file_id_of(st, &key->id);
    key->has_id = 1;
    return real;
}

static int unchanged_by_identity(cache *c, const char *path, const char *name, lkj_diags *diags, int *status,
                                 check_model *model, cache_file_id *tried)
{
    struct stat st;
    if (fstatat(AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
        return 0;
    cache_key key;
    char *real = identity_key(c, path, 0, &st, &key);
    *tried = key.id;
    int found = cache_lookup(c, &key, name, diags, status, model);
    if (found)
        set_digest(model, key.content);
    free(real);
    return found;
}

int check_with_cache(cache *c, const char *path, const char *name, const lkj_limits *limits, lkj_diags *diags,
                     check_model *model, int *hit)
{
    *hit = 0;
    if (model)
        memset(model, 0, sizeof *model);
    diag_begin_file(diags, limits->max_diags_per_file);
    int status;
    cache_file_id tried = {0};
    if (unchanged_by_identity(c, path, name, diags, &status, model, &tried)) {
        *hit = 1;
        return status;
    }
    int fd, is_link;
    struct stat st;
    int rc = load_open_input(path, name, diags, &fd, &st, &is_link);
    if (rc != LKJ_EXIT_OK)
        return end_input(diags, name, note_rejected(NULL, name, diags, model, rc));
    cache_key key;
    char *real = identity_key(c, path, is_link, &st, &key);
    /* Its identity recorded with its result: not even read (asked above
     * already when nothing changed in between). */
    if (!(tried.ino && cache_file_id_equal(&tried, &key.id)) && cache_lookup(c, &key, name, diags, &status, model)) {
        close(fd);
        *hit = 1;
    } else {
        unsigned char *raw;
        size_t raw_len;
        rc = load_read_fd(fd, limits, name, &raw, &raw_len, diags);
        close(fd);
        if (rc != LKJ_EXIT_OK) {
            free(real);
            return end_input(diags, name, note_rejected(NULL, name, diags, model, rc));
        }
        cache_key_content(&key, raw, raw_len);
        if (cache_lookup(c, &key, name, diags, &status, model)) {
            free(raw);
            *hit = 1;
        } else {
            status = end_input(diags, name, check_raw(raw, raw_len, name, limits, diags, NULL, model));
            cache_store(c, &key, status, diags, model);
        }
    }
    set_digest(model, key.content);
    free(real);
    return status;
}

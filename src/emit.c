/*
 * emit.c — XSLT, locked down.
 *
 * libxslt can write files (exsl:document), read any URL (document()) and
 * parse with entity substitution; none of that is wanted. Each transform
 * gets security preferences that forbid writing files, creating folders and
 * the network, and allow reading only inside the stylesheets folder (the
 * label files); documents it parses are parsed with NONET only. Stylesheet
 * errors, which libxslt prints in fragments, are collected into one
 * diagnostic instead of reaching stderr.
 *
 * DocBook charts: a stylesheet cannot write the SVG files that go beside the
 * DocBook, so it wraps each in <lkj:berkas nama="…"> (urn:lkjip:emit:1);
 * here each is taken out of the result and returned as a separate file,
 * after its name is checked to be a plain, safe file name.
 */
#include "emit.h"

#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "load.h"

#define EMIT_NS "urn:lkjip:emit:1"

static const char *const stylesheet_files[EMIT_COUNT] = {
    [EMIT_LKJIP_HTML] = "lkjip-html.xsl",
    [EMIT_LKJIP_DOCBOOK] = "lkjip-docbook.xsl",
    [EMIT_PK_HTML] = "pk-html.xsl",
    [EMIT_PK_DOCBOOK] = "pk-docbook.xsl",
    [EMIT_LETTER_HTML] = "letter-html.xsl",
};

static const char *const output_files[EMIT_COUNT] = {
    [EMIT_LKJIP_HTML] = "lkjip.html",
    [EMIT_LKJIP_DOCBOOK] = "lkjip.xml",
    [EMIT_PK_HTML] = "pk.html",
    [EMIT_PK_DOCBOOK] = "pk.xml",
    [EMIT_LETTER_HTML] = "letter.html",
};

static xsltStylesheetPtr stylesheets[EMIT_COUNT];
static int part_by_part[EMIT_COUNT]; /* the stylesheet declares lkj:bertahap */
static xsltSecurityPrefsPtr security;

const char *emit_file_name(emit_kind kind) { return output_files[kind]; }

/* ------------------------------------------------------------------ */
/* Finding the stylesheets                                             */
/* ------------------------------------------------------------------ */

static int holds_stylesheets(const char *dir)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/lkjip-html.xsl", dir);
    return access(path, R_OK) == 0;
}

int emit_find_stylesheets(const char *explicit_dir, const char *argv0, char *out, size_t size)
{
    (void)argv0;
    if (explicit_dir) {
        snprintf(out, size, "%s", explicit_dir);
        return holds_stylesheets(out) ? 0 : -1;
    }
    const char *env = getenv("LKJIP_STYLESHEETS");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return holds_stylesheets(out) ? 0 : -1;
    }
    /* Beside the binary first, so a built tree uses its own stylesheets. */
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        static const char *const relative[] = {"/../stylesheets", "/../../stylesheets"};
        for (size_t i = 0; i < sizeof relative / sizeof relative[0]; i++) {
            snprintf(out, size, "%s%s", exe, relative[i]);
            if (holds_stylesheets(out))
                return 0;
        }
    }
#ifdef LKJ_DATADIR
    snprintf(out, size, "%s/stylesheets", LKJ_DATADIR);
    if (holds_stylesheets(out))
        return 0;
#endif
    return -1;
}

/* ------------------------------------------------------------------ */
/* Errors: libxslt prints fragments; collect them                      */
/* ------------------------------------------------------------------ */

/* Per thread: units are rendered on several at once. */
static _Thread_local char error_text[1024];

static void collect_xslt_error(void *ctx, const char *msg, ...)
{
    (void)ctx;
    size_t used = strlen(error_text);
    if (used >= sizeof error_text - 1)
        return;
    va_list ap;
    va_start(ap, msg);
    vsnprintf(error_text + used, sizeof error_text - used, msg, ap);
    va_end(ap);
}

static void clean_error_text(void)
{
    for (char *c = error_text; *c; c++)
        if (*c == '\n' || *c == '\t')
            *c = ' ';
    size_t n = strlen(error_text);
    while (n > 0 && error_text[n - 1] == ' ')
        error_text[--n] = '\0';
}

/* Whether the failed transform ran out of memory: libxslt then often says
 * only that an expression "returned no result", but lkjip's allocator for
 * libxml2 (load.c) counted the failure. */
static int ran_out_of_memory(unsigned long failures_before)
{
    return load_memory_failures() != failures_before || strstr(error_text, "Memory allocation failed") ||
           strstr(error_text, "malloc failed");
}

static void report_stylesheet_error(lkj_diags *d, const char *file)
{
    clean_error_text();
    diag_loc loc = {file, 0, 0};
    DIAG(d, D_STYLESHEET, &loc, file, error_text[0] ? error_text : "?");
    error_text[0] = '\0';
}

/* ------------------------------------------------------------------ */
/* Security                                                            */
/* ------------------------------------------------------------------ */

static int allow_reading_stylesheets(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value)
{
    (void)sec;
    (void)ctxt;
    return load_path_allowed(value);
}

static int make_security(void)
{
    security = xsltNewSecurityPrefs();
    if (!security)
        return -1;
    return xsltSetSecurityPrefs(security, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid) |
           xsltSetSecurityPrefs(security, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid) |
           xsltSetSecurityPrefs(security, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid) |
           xsltSetSecurityPrefs(security, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid) |
           xsltSetSecurityPrefs(security, XSLT_SECPREF_READ_FILE, allow_reading_stylesheets);
}

/* Whether a compiled stylesheet declares, in its own file, that it may be
 * given a report part by part: a top-level <lkj:bertahap/> (docs/
 * present.md). An imported stylesheet's declaration does not count: the
 * importing one may override what made it true. */
static int declares_part_by_part(xsltStylesheetPtr style)
{
    xmlNodePtr root = style->doc ? xmlDocGetRootElement(style->doc) : NULL;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && c->ns && xmlStrEqual(c->ns->href, BAD_CAST EMIT_NS) &&
            xmlStrEqual(c->name, BAD_CAST "bertahap"))
            return 1;
    return 0;
}

int emit_streams(emit_kind kind) { return stylesheets[kind] && part_by_part[kind]; }

/* libxslt 1.1.35 does not check every allocation while it compiles a
 * stylesheet and crashes on NULL: compile only with room to spare (far
 * more than lkjip's stylesheets need), else say LKJ0901 before starting. */
#define COMPILE_ROOM ((size_t)16 * 1024 * 1024)

static int room_to_compile(void)
{
    void *probe = malloc(COMPILE_ROOM);
    free(probe);
    return probe != NULL;
}

int emit_init(const char *dir, unsigned mask, lkj_diags *d)
{
    if (!room_to_compile()) {
        diag_loc loc = {dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    exsltRegisterAll();
    xsltSetGenericErrorFunc(NULL, collect_xslt_error);
    load_allow_directory(dir);
    if (make_security() != 0) {
        diag_loc loc = {dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    for (int k = 0; k < EMIT_COUNT; k++) {
        if (!(mask & (1u << k)))
            continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", dir, stylesheet_files[k]);
        error_text[0] = '\0';
        unsigned long failures = load_memory_failures();
        /* Stylesheets are parsed like everything else: no network, no
         * entity substitution, and the loader reads only this folder. */
        xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
        stylesheets[k] = doc ? xsltParseStylesheetDoc(doc) : NULL;
        if (!stylesheets[k]) {
            if (doc)
                xmlFreeDoc(doc);
            if (ran_out_of_memory(failures)) {
                error_text[0] = '\0';
                diag_loc loc = {path, 0, 0};
                DIAG0(d, D_NO_MEMORY, &loc);
            } else {
                report_stylesheet_error(d, path);
            }
            return -1;
        }
        part_by_part[k] = declares_part_by_part(stylesheets[k]);
    }
    return 0;
}

void emit_cleanup(void)
{
    for (int k = 0; k < EMIT_COUNT; k++) {
        if (stylesheets[k])
            xsltFreeStylesheet(stylesheets[k]);
        stylesheets[k] = NULL;
        part_by_part[k] = 0;
    }
    if (security)
        xsltFreeSecurityPrefs(security);
    security = NULL;
    load_allow_directory(NULL);
    xsltCleanupGlobals();
}

/* ------------------------------------------------------------------ */
/* Files beside a DocBook                                              */
/* ------------------------------------------------------------------ */

static int safe_file_name(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n < 5 || n > 100 || strcmp(name + n - 4, ".svg") != 0)
        return 0;
    if (!((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= '0' && name[0] <= '9')))
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return 0;
    }
    return strstr(name, "..") == NULL;
}

static int is_file_wrapper(xmlNodePtr n)
{
    return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, EMIT_NS) == 0 &&
           strcmp((const char *)n->name, "berkas") == 0;
}

/* Serialises the wrapper's element as a document of its own. */
static int take_file(xmlNodePtr wrapper, emit_file *f)
{
    xmlChar *name = xmlGetNoNsProp(wrapper, BAD_CAST "nama");
    xmlNodePtr content = wrapper->children;
    while (content && content->type != XML_ELEMENT_NODE)
        content = content->next;
    int ok = name && safe_file_name((const char *)name) && content;
    if (ok) {
        xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
        xmlNodePtr copy = doc ? xmlDocCopyNode(content, doc, 1) : NULL;
        if (copy) {
            xmlDocSetRootElement(doc, copy);
            xmlReconciliateNs(doc, copy);
            xmlChar *mem = NULL;
            int len = 0;
            xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
            f->name = strdup((const char *)name);
            f->data = mem;
            f->length = (size_t)len;
            ok = f->name && mem;
        } else {
            ok = 0;
        }
        xmlFreeDoc(doc);
    }
    xmlFree(name);
    return ok ? 0 : -1;
}

/* Every lkj:berkas of a result, in document order; as many as there are
 * (a pemda with a thousand indicators has two thousand charts, and a
 * wrapper left behind would stay inside the DocBook). */
typedef struct wrapper_list {
    xmlNodePtr *items;
    size_t count, capacity;
    int failed; /* out of memory */
} wrapper_list;

static void add_wrapper(wrapper_list *w, xmlNodePtr n)
{
    if (w->failed)
        return;
    if (w->count == w->capacity) {
        size_t cap = w->capacity ? 2 * w->capacity : 64;
        xmlNodePtr *grown = realloc(w->items, cap * sizeof *grown);
        if (!grown) {
            w->failed = 1;
            return;
        }
        w->items = grown;
        w->capacity = cap;
    }
    w->items[w->count++] = n;
}

static void collect_wrappers(xmlNodePtr n, wrapper_list *w)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_file_wrapper(n)) {
            add_wrapper(w, n);
            continue;
        }
        collect_wrappers(n->children, w);
    }
}

static uint64_t hash_name(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* Whether an earlier file has this name: a table of file indices + 1
 * (capacity a power of two above the count), so that thousands of charts
 * are not compared pairwise. Adds the name when it is new. */
static int name_taken(const emit_result *out, size_t *slots, size_t capacity, size_t index)
{
    const char *name = out->files[index].name;
    size_t k = (size_t)hash_name(name) & (capacity - 1);
    for (; slots[k]; k = (k + 1) & (capacity - 1))
        if (strcmp(out->files[slots[k] - 1].name, name) == 0)
            return 1;
    slots[k] = index + 1;
    return 0;
}

/* Takes every wrapper out of the result as a file of its own. */
static int take_files(const wrapper_list *w, emit_result *out, size_t *slots, size_t capacity,
                      const char *stylesheet, lkj_diags *d)
{
    for (size_t i = 0; i < w->count; i++) {
        emit_file f = {NULL, NULL, 0};
        if (take_file(w->items[i], &f) != 0) {
            free(f.name);
            xmlFree(f.data);
            snprintf(error_text, sizeof error_text, "lkj:berkas without a safe name (a-z 0-9 . _ - and .svg) or content");
            report_stylesheet_error(d, stylesheet);
            return -1;
        }
        out->files[out->file_count++] = f;
        if (name_taken(out, slots, capacity, out->file_count - 1)) {
            snprintf(error_text, sizeof error_text, "two lkj:berkas named %s", f.name);
            report_stylesheet_error(d, stylesheet);
            return -1;
        }
        xmlUnlinkNode(w->items[i]);
        xmlFreeNode(w->items[i]);
    }
    return 0;
}

static int extract_files(xmlDocPtr result, emit_result *out, const char *stylesheet, lkj_diags *d)
{
    wrapper_list w = {NULL, 0, 0, 0};
    collect_wrappers(xmlDocGetRootElement(result), &w);
    size_t capacity = 16;
    while (capacity < 2 * w.count + 2)
        capacity *= 2;
    size_t *slots = w.failed ? NULL : calloc(capacity, sizeof *slots);
    out->files = slots ? calloc(w.count + 1, sizeof *out->files) : NULL;
    int rc = -1;
    if (!out->files) {
        diag_loc loc = {stylesheet, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
    } else {
        rc = take_files(&w, out, slots, capacity, stylesheet, d);
    }
    free(slots);
    free(w.items);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Transform                                                           */
/* ------------------------------------------------------------------ */

/* Runs one stylesheet on doc: the result tree, or NULL with a diagnostic. */
static xmlDocPtr run_stylesheet(emit_kind kind, xmlDocPtr doc, lkj_lang lang, lkj_diags *d)
{
    xsltStylesheetPtr style = stylesheets[kind];
    const char *name = stylesheet_files[kind];
    if (!style) {
        snprintf(error_text, sizeof error_text, "not compiled");
        report_stylesheet_error(d, name);
        return NULL;
    }
    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, doc);
    if (!ctxt) {
        diag_loc loc = {name, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return NULL;
    }
    xsltSetCtxtSecurityPrefs(security, ctxt);
    xsltSetCtxtParseOptions(ctxt, XML_PARSE_NONET);
    xsltSetTransformErrorFunc(ctxt, NULL, collect_xslt_error);
    const char *params[] = {"lang", lang == LKJ_LANG_EN ? "'en'" : "'id'", NULL};
    error_text[0] = '\0';
    unsigned long failures = load_memory_failures();
    xmlDocPtr result = xsltApplyStylesheetUser(style, doc, params, NULL, NULL, ctxt);
    int failed = !result || ctxt->state != XSLT_STATE_OK;
    xsltFreeTransformContext(ctxt);
    if (!failed)
        return result;
    if (result)
        xmlFreeDoc(result);
    if (ran_out_of_memory(failures)) { /* LKJ0901, not a stylesheet's fault */
        error_text[0] = '\0';
        diag_loc loc = {name, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
    } else {
        report_stylesheet_error(d, name);
    }
    return NULL;
}

/* The result tree as its xsl:output says: the text in *mem (xmlFree). */
static int save_result(emit_kind kind, xmlDocPtr result, xmlChar **mem, int *len, lkj_diags *d)
{
    *mem = NULL;
    *len = 0;
    if (xsltSaveResultToString(mem, len, result, stylesheets[kind]) == 0 && *mem)
        return 0;
    xmlFree(*mem);
    *mem = NULL;
    diag_loc loc = {stylesheet_files[kind], 0, 0};
    DIAG0(d, D_NO_MEMORY, &loc);
    return -1;
}

int emit_transform(emit_kind kind, xmlDocPtr ir, lkj_lang lang, emit_result *out, lkj_diags *d)
{
    memset(out, 0, sizeof *out);
    xmlDocPtr result = run_stylesheet(kind, ir, lang, d);
    if (!result)
        return -1;
    if (kind == EMIT_LKJIP_DOCBOOK || kind == EMIT_PK_DOCBOOK) {
        if (extract_files(result, out, stylesheet_files[kind], d) != 0) {
            xmlFreeDoc(result);
            emit_result_free(out);
            return -1;
        }
    }
    xmlChar *mem = NULL;
    int len = 0;
    int rc = save_result(kind, result, &mem, &len, d);
    xmlFreeDoc(result);
    if (rc != 0) {
        emit_result_free(out);
        return -1;
    }
    out->data = mem;
    out->length = (size_t)len;
    return 0;
}

int emit_transform_text(emit_kind kind, xmlDocPtr doc, lkj_lang lang, xmlChar **text, size_t *length, lkj_diags *d)
{
    *text = NULL;
    *length = 0;
    xmlDocPtr result = run_stylesheet(kind, doc, lang, d);
    if (!result)
        return -1;
    int len = 0;
    int rc = save_result(kind, result, text, &len, d);
    xmlFreeDoc(result);
    *length = rc == 0 ? (size_t)len : 0;
    return rc;
}

const char *emit_stylesheet_name(emit_kind kind) { return stylesheet_files[kind]; }

void emit_result_free(emit_result *r)
{
    xmlFree(r->data);
    for (size_t i = 0; i < r->file_count; i++) {
        free(r->files[i].name);
        xmlFree(r->files[i].data);
    }
    free(r->files);
    memset(r, 0, sizeof *r);
}

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
#define _GNU_SOURCE /* memmem */
#include "emit.h"

#include <libxml/HTMLtree.h>
#include <libxslt/extensions.h>
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
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "load.h"

#define EMIT_NS "urn:lkjip:emit:1"
#define SVG_NS "http://www.w3.org/2000/svg"

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
static int ready_charts[EMIT_COUNT]; /* the stylesheet declares lkj:grafik-jadi */
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

/* Whether a compiled stylesheet declares, in its own file, a top-level
 * <lkj:NAME/> (docs/present.md): lkj:bertahap, it may be given a report
 * part by part; lkj:grafik-jadi, it takes the charts ready-made. An
 * imported stylesheet's declaration does not count: the importing one may
 * override what made it true. */
static int declares(xsltStylesheetPtr style, const char *name)
{
    xmlNodePtr root = style->doc ? xmlDocGetRootElement(style->doc) : NULL;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && c->ns && xmlStrEqual(c->ns->href, BAD_CAST EMIT_NS) &&
            xmlStrEqual(c->name, BAD_CAST name))
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
        part_by_part[k] = declares(stylesheets[k], "bertahap");
        ready_charts[k] = declares(stylesheets[k], "grafik-jadi");
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
        ready_charts[k] = 0;
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
/* Charts serialised once                                              */
/* ------------------------------------------------------------------ */

struct emit_charts {
    xmlDocPtr doc;
    int collected;            /* found and serialised (on first use) */
    size_t count, capacity;
    xmlNodePtr *svg;          /* each chart's root, in document order */
    xmlNodePtr *mark;         /* its stand-in: <?lkjip NONCE N?> */
    size_t *offset[2], *length[2]; /* its text in out[syntax] */
    xmlOutputBufferPtr out[2];     /* every chart's text, one after another, as XML and as HTML */
    char data[24];            /* "NONCE ": how a stand-in's data begins */
    char needle[32];          /* "<?lkjip NONCE ": how it begins in a result */
};

emit_charts *emit_charts_new(xmlDocPtr doc)
{
    emit_charts *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->doc = doc;
    /* Random, so no text of the report can hold a stand-in's marker; it
     * never reaches the output. */
    uint64_t nonce = 0;
    if (getrandom(&nonce, sizeof nonce, GRND_NONBLOCK) != (ssize_t)sizeof nonce)
        nonce = ((uint64_t)(uintptr_t)c ^ (uint64_t)time(NULL)) * 0x9E3779B97F4A7C15ull;
    snprintf(c->data, sizeof c->data, "%016llx ", (unsigned long long)nonce);
    snprintf(c->needle, sizeof c->needle, "<?lkjip %s", c->data);
    return c;
}

void emit_charts_free(emit_charts *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->count; i++)
        if (c->mark[i] && !c->mark[i]->parent)
            xmlFreeNode(c->mark[i]);
    for (int syntax = 0; syntax < 2; syntax++) {
        if (c->out[syntax])
            xmlOutputBufferClose(c->out[syntax]);
        free(c->offset[syntax]);
        free(c->length[syntax]);
    }
    free(c->svg);
    free(c->mark);
    free(c);
}

static int is_svg(xmlNodePtr n)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST SVG_NS);
}

static int add_chart(emit_charts *c, xmlNodePtr svg)
{
    if (c->count == c->capacity) {
        size_t cap = c->capacity ? 2 * c->capacity : 32;
        xmlNodePtr *s = realloc(c->svg, cap * sizeof *s);
        if (s)
            c->svg = s;
        xmlNodePtr *m = realloc(c->mark, cap * sizeof *m);
        if (m)
            c->mark = m;
        if (!s || !m)
            return -1;
        c->capacity = cap;
    }
    char data[48];
    snprintf(data, sizeof data, "%s%zu", c->data, c->count);
    c->mark[c->count] = xmlNewDocPI(c->doc, BAD_CAST "lkjip", BAD_CAST data);
    if (!c->mark[c->count])
        return -1;
    c->svg[c->count++] = svg;
    return 0;
}

/* Every chart serialised once as XML, the way the DocBook's xsl:output
 * writes it. */
static int serialise_charts(emit_charts *c)
{
    if (c->out[0])
        return 0;
    c->out[0] = xmlAllocOutputBuffer(NULL);
    c->offset[0] = malloc((c->count + 1) * sizeof *c->offset[0]);
    c->length[0] = malloc((c->count + 1) * sizeof *c->length[0]);
    if (!c->out[0] || !c->offset[0] || !c->length[0])
        return -1;
    /* As in the result document, whose encoding xsl:output sets: without
     * one, libxml2 writes characters beyond ASCII as references. */
    const xmlChar *encoding = c->doc->encoding;
    c->doc->encoding = BAD_CAST "UTF-8";
    int rc = 0;
    for (size_t i = 0; i < c->count && rc == 0; i++) {
        size_t before = (size_t)xmlOutputBufferGetSize(c->out[0]);
        xmlNodeDumpOutput(c->out[0], c->doc, c->svg[i], 0, 0, "UTF-8");
        rc = c->out[0]->error ? -1 : 0;
        c->offset[0][i] = before;
        c->length[0][i] = (size_t)xmlOutputBufferGetSize(c->out[0]) - before;
    }
    c->doc->encoding = encoding;
    return rc;
}

/* The charts as libxml2's HTML serialiser writes them, made from their XML
 * text rather than by that serialiser (which looks every element up in
 * its HTML table, and costs more than all the rest of a chart's way): the
 * two differ only in empty elements, <rect …/> in XML and <rect …></rect>
 * in HTML (SVG has no element HTML writes without an end tag). In the XML
 * text "/>" can only end an empty element's tag: '>' in text and in
 * attribute values is written as &gt;. */
static int charts_as_html(emit_charts *c)
{
    if (c->out[1])
        return 0;
    if (serialise_charts(c) != 0)
        return -1;
    c->out[1] = xmlAllocOutputBuffer(NULL);
    c->offset[1] = malloc((c->count + 1) * sizeof *c->offset[1]);
    c->length[1] = malloc((c->count + 1) * sizeof *c->length[1]);
    if (!c->out[1] || !c->offset[1] || !c->length[1])
        return -1;
    const char *xml = (const char *)xmlOutputBufferGetContent(c->out[0]);
    xmlOutputBufferPtr out = c->out[1];
    for (size_t i = 0; i < c->count; i++) {
        const char *p = xml + c->offset[0][i], *end = p + c->length[0][i];
        size_t before = (size_t)xmlOutputBufferGetSize(out);
        while (p < end) {
            const char *close = memmem(p, (size_t)(end - p), "/>", 2);
            if (!close) {
                xmlOutputBufferWrite(out, (int)(end - p), p);
                break;
            }
            const char *open = close;
            while (open > p && *open != '<')
                open--;
            size_t name = strcspn(open + 1, " \t\n/>");
            xmlOutputBufferWrite(out, (int)(close - p), p);
            xmlOutputBufferWrite(out, 3, "></");
            xmlOutputBufferWrite(out, (int)name, open + 1);
            xmlOutputBufferWrite(out, 1, ">");
            p = close + 2;
        }
        if (out->error)
            return -1;
        c->offset[1][i] = before;
        c->length[1][i] = (size_t)xmlOutputBufferGetSize(out) - before;
    }
    return 0;
}

/* Finds every chart (an SVG element not inside another) in document
 * order. */
static int collect_charts(emit_charts *c)
{
    if (c->collected)
        return 0;
    xmlNodePtr n = xmlDocGetRootElement(c->doc);
    while (n) {
        if (is_svg(n)) {
            if (add_chart(c, n) != 0)
                return -1;
        } else if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            continue;
        }
        while (n && !n->next)
            n = n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
        if (n)
            n = n->next;
    }
    c->collected = 1;
    return 0;
}

/* Each chart out of the document and its stand-in in its place, or back. */
static void swap_charts(emit_charts *c, int out)
{
    for (size_t i = 0; i < c->count; i++)
        xmlReplaceNode(out ? c->svg[i] : c->mark[i], out ? c->mark[i] : c->svg[i]);
}

/* The stand-in whose text begins at p (the needle found there): its
 * chart's index and where the stand-in ends ("?>" in XML, ">" in HTML),
 * or -1 when what follows is no stand-in of these charts. */
static long stand_in_at(const emit_charts *c, const unsigned char *p, const unsigned char *end, const unsigned char **after)
{
    const unsigned char *q = p + strlen(c->needle);
    size_t index = 0;
    int digits = 0;
    while (q < end && *q >= '0' && *q <= '9' && digits < 12) {
        index = 10 * index + (size_t)(*q++ - '0');
        digits++;
    }
    if (!digits || index >= c->count)
        return -1;
    if (q + 1 < end && q[0] == '?' && q[1] == '>')
        q += 2;
    else if (q < end && q[0] == '>')
        q += 1;
    else
        return -1;
    *after = q;
    return (long)index;
}

/* The serialised result with every stand-in replaced by its chart's text:
 * a new text (xmlMalloc) in *mem, the old one freed. */
static int put_charts_back(const emit_charts *c, int html, xmlChar **mem, int *len)
{
    const unsigned char *text = *mem, *end = text + *len;
    const unsigned char *charts = xmlOutputBufferGetContent(c->out[html]);
    const size_t *offset = c->offset[html], *length = c->length[html];
    size_t needle = strlen(c->needle), capacity = (size_t)*len + (size_t)xmlOutputBufferGetSize(c->out[html]) + 1;
    unsigned char *result = xmlMalloc(capacity), *w = result;
    if (!result)
        return -1;
    const unsigned char *p = text;
    for (;;) {
        const unsigned char *hit = memmem(p, (size_t)(end - p), c->needle, needle), *after = NULL;
        long index = hit ? stand_in_at(c, hit, end, &after) : -1;
        const unsigned char *copy_to = hit ? (index >= 0 ? hit : hit + needle) : end;
        size_t plain = (size_t)(copy_to - p);
        size_t chart = index >= 0 ? length[index] : 0;
        if ((size_t)(w - result) + plain + chart + 1 > capacity) { /* a chart placed twice */
            size_t grown = 2 * capacity + plain + chart;
            unsigned char *r = xmlRealloc(result, grown);
            if (!r) {
                xmlFree(result);
                return -1;
            }
            w = r + (w - result);
            result = r;
            capacity = grown;
        }
        memcpy(w, p, plain);
        w += plain;
        if (!hit)
            break;
        if (index >= 0) {
            memcpy(w, charts + offset[index], chart);
            w += chart;
            p = after;
        } else {
            p = copy_to;
        }
    }
    *w = '\0';
    if ((size_t)(w - result) > INT_MAX) {
        xmlFree(result);
        return -1;
    }
    xmlFree(*mem);
    *mem = result;
    *len = (int)(w - result);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Transform                                                           */
/* ------------------------------------------------------------------ */

/* The output attribute an lkj:atribut mapping names: "NAME" or
 * "PREFIX:NAME" (xml:id), the namespace looked up on the element written. */
static xmlAttrPtr set_output_attribute(xmlNodePtr out, const xmlChar *qname, const xmlChar *value)
{
    const xmlChar *colon = xmlStrchr(qname, ':');
    if (!colon)
        return xmlSetNsProp(out, NULL, qname, value);
    xmlChar *prefix = xmlStrndup(qname, (int)(colon - qname));
    xmlNsPtr ns = prefix ? xmlSearchNs(out->doc, out, prefix) : NULL;
    xmlFree(prefix);
    return ns ? xmlSetNsProp(out, ns, colon + 1, value) : NULL;
}

/* The text of an attribute, without copying it when it is one text node
 * (it always is in a presented document); *owned to free. */
static const xmlChar *attribute_text(xmlAttrPtr a, xmlChar **owned)
{
    *owned = NULL;
    if (a->children && !a->children->next && a->children->type == XML_TEXT_NODE)
        return a->children->content ? a->children->content : BAD_CAST "";
    *owned = xmlNodeGetContent((xmlNodePtr)a);
    return *owned;
}

/* Writes one renamed attribute: spec is "OUT" or "OUT PREFIX". */
static int write_renamed(xmlNodePtr out, const xmlChar *spec, const xmlChar *value)
{
    const xmlChar *space = xmlStrchr(spec, ' ');
    if (!space)
        return set_output_attribute(out, spec, value) != NULL;
    xmlChar *name = xmlStrndup(spec, (int)(space - spec));
    xmlChar *prefixed = xmlStrncatNew(space + 1, value, -1);
    int ok = name && prefixed && set_output_attribute(out, name, prefixed);
    xmlFree(name);
    xmlFree(prefixed);
    return ok;
}

/* <lkj:atribut NAME="OUT" …/>: each attribute NAME of the context node
 * the instruction names is written on the element being built as OUT
 * ("OUT PREFIX": its value after PREFIX), in the context node's order: the
 * same as <xsl:apply-templates select="@NAME | …"/> with a template
 * <xsl:attribute name="OUT">PREFIX<xsl:value-of select="."/></xsl:attribute>
 * for each, without the temporary tree libxslt builds for every
 * xsl:attribute or the XPath of an attribute value template. Rows, cells
 * and spans are most of a report's elements, and those cost a tenth of a
 * whole build. It renames, nothing more: what is shown is the presented
 * document's. A stylesheet run without lkjip takes the xsl:fallback. */
static void copy_renamed_attributes(xsltTransformContextPtr ctxt, xmlNodePtr node, xmlNodePtr inst,
                                    xsltElemPreCompPtr comp)
{
    (void)comp;
    xmlNodePtr out = ctxt->insert;
    if (!out || out->type != XML_ELEMENT_NODE || !node || node->type != XML_ELEMENT_NODE)
        return;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        xmlAttrPtr m = a->ns ? NULL : xmlHasNsProp(inst, a->name, NULL);
        if (!m || !m->children || m->children->type != XML_TEXT_NODE || !m->children->content)
            continue;
        xmlChar *owned;
        const xmlChar *value = attribute_text(a, &owned);
        int ok = value && write_renamed(out, m->children->content, value);
        xmlFree(owned);
        if (!ok) {
            xsltTransformError(ctxt, NULL, inst, "lkj:atribut: cannot write %s\n",
                               (const char *)m->children->content);
            ctxt->state = XSLT_STATE_STOPPED;
            return;
        }
    }
}

/* Runs one stylesheet on doc: the result tree, or NULL with a diagnostic. */
static xmlDocPtr run_stylesheet(emit_kind kind, xmlDocPtr doc, emit_charts *charts, lkj_lang lang, lkj_diags *d)
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
    if (xsltRegisterExtElement(ctxt, BAD_CAST "atribut", BAD_CAST EMIT_NS, copy_renamed_attributes) != 0) {
        xsltFreeTransformContext(ctxt);
        diag_loc loc = {name, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return NULL;
    }
    const char *params[] = {"lang", lang == LKJ_LANG_EN ? "'en'" : "'id'", NULL};
    error_text[0] = '\0';
    unsigned long failures = load_memory_failures();
    if (charts)
        swap_charts(charts, 1);
    xmlDocPtr result = xsltApplyStylesheetUser(style, doc, params, NULL, NULL, ctxt);
    if (charts)
        swap_charts(charts, 0);
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

int emit_transform(emit_kind kind, xmlDocPtr doc, emit_charts *charts, lkj_lang lang, emit_result *out,
                   lkj_diags *d)
{
    memset(out, 0, sizeof *out);
    if (!stylesheets[kind] || !ready_charts[kind])
        charts = NULL;
    int html = stylesheets[kind] && stylesheets[kind]->method && xmlStrEqual(stylesheets[kind]->method, BAD_CAST "html");
    if (charts && (collect_charts(charts) != 0 || (html ? charts_as_html(charts) : serialise_charts(charts)) != 0)) {
        diag_loc loc = {stylesheet_files[kind], 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    xmlDocPtr result = run_stylesheet(kind, doc, charts, lang, d);
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
    if (rc == 0 && charts && charts->count && put_charts_back(charts, html, &mem, &len) != 0) {
        xmlFree(mem);
        diag_loc loc = {stylesheet_files[kind], 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        rc = -1;
    }
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
    xmlDocPtr result = run_stylesheet(kind, doc, NULL, lang, d);
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

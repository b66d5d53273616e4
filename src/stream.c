/*
 * stream.c — a large report presented and serialised part by part (see
 * stream.h for why).
 *
 * The present stage builds its document as always, but calls pr_flush at
 * points where all it made is final but the containers it is filling: the
 * spine, from the root p:dokumen down to the container at the point. At a
 * cut (cut) the spine's containers that are not yet written are opened,
 * those that left the spine are closed, and everything before the spine
 * leaves the document as one part.
 *
 * A container that can be written around its parts flows: the stylesheets
 * process its children in document order (p:dokumen, p:bagian, p:kotak,
 * p:isi, and every SVG element, which the stylesheets copy). A table is
 * written around its body and a figure around its drawing as a whole: the
 * table's head and foot, the figure's caption are copies in every frame.
 *
 * Each part goes through every stylesheet as a document of its own: a
 * frame of shallow copies of the open containers, and inside the
 * innermost the part between two processing instructions <?lkjip NONCE-a?>
 * and <?lkjip NONCE-b?>, which the stylesheet copies; the text between
 * them is the part's. A container is opened and closed with a third one,
 * <?lkjip NONCE-c?>, where its parts go: the text before it opens the
 * container, the text after it closes it. The nonce is random, so no input
 * can hold it. Since a table or a figure is framed whole, its opening is
 * made again at its close, with the children it has then, and must not
 * have changed: a DocBook tfoot comes before the tbody, so a table's foot
 * must be made before its body's rows leave.
 *
 * What present_unit does to the whole document once it is made is done
 * here to each part: its tables' cells numbered (a body leaving row by row
 * carries the rows its cells still cover), its links to anchors the
 * document lacks made text. Those anchors and the Daftar Isi come from a
 * first pass (the survey) that presents the LKjIP without writing it.
 */
#include "stream.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include <libxml/hash.h>

#include "diag.h"
#include "load.h"

#define STREAM_DEPTH 64
#define MARK_TARGET "lkjip"

enum { MARK_BEGIN, MARK_END, MARK_PLACE, MARKS };

/* A container being written: its opening is out, its closing not yet. */
typedef struct level {
    xmlNodePtr node;                     /* the container that flows */
    xmlNodePtr top;                      /* node, or the table or figure around it */
    xmlChar *head[STREAM_OUTPUTS];       /* top != node: its opening without node's children, to check at its close */
    size_t head_length[STREAM_OUTPUTS];
    long *busy; /* a table's body: the rows a cell of an earlier row still covers, per column */
    long cols;
} level;

typedef struct stream {
    present p;
    const stream_request *r;
    lkj_diags *d;
    int survey; /* the first pass: parts are looked at, not written */
    int failed; /* said why; what leaves from now on is dropped */
    unsigned long memory_failures; /* load_memory_failures() at the start */
    level levels[STREAM_DEPTH];
    size_t depth;
    char mark[MARKS][40];   /* a processing instruction's data: "NONCE-a" */
    char needle[MARKS][56]; /* how it begins in the text: "<?lkjip NONCE-a" */
    xmlHashTablePtr anchors; /* every id of the document (the survey's) */
    pr_toc_entry *toc;       /* the Daftar Isi (the survey's) */
    size_t toc_count, toc_capacity;
} stream;

/* ------------------------------------------------------------------ */
/* Failures                                                            */
/* ------------------------------------------------------------------ */

static void out_of_memory(stream *s)
{
    if (!s->failed) {
        diag_loc loc = {s->r->where ? s->r->where : "", 0, 0};
        DIAG0(s->d, D_NO_MEMORY, &loc);
    }
    s->failed = 1;
}

/* The stylesheet of output k broke the contract of lkj:bertahap (or,
 * when libxml2 failed to allocate meanwhile, its text was cut short). */
static void broken(stream *s, size_t k, const char *what)
{
    if (load_memory_failures() != s->memory_failures) {
        out_of_memory(s);
        return;
    }
    const char *name = emit_stylesheet_name(s->r->kinds[k]);
    char why[400];
    snprintf(why, sizeof why,
             "given a report part by part (lkj:bertahap), it %s; see \"Part by part\" in docs/present.md", what);
    diag_loc loc = {name, 0, 0};
    if (!s->failed)
        DIAG(s->d, D_STYLESHEET, &loc, name, why);
    s->failed = 1;
}

/* ------------------------------------------------------------------ */
/* The document's shape                                                */
/* ------------------------------------------------------------------ */

static int is_element(const xmlNode *n, const char *ns)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST ns);
}

static int is_p(const xmlNode *n, const char *name)
{
    return is_element(n, LKJ_PRESENT_NS) && xmlStrEqual(n->name, BAD_CAST name);
}

static int is_svg(const xmlNode *n) { return is_element(n, LKJ_SVG_NS); }

/* A container the stylesheets write around its children, taken in
 * document order: its parts may leave one by one. */
static int flows(const xmlNode *n)
{
    return is_svg(n) || is_p(n, "dokumen") || is_p(n, "bagian") || is_p(n, "kotak") || is_p(n, "isi");
}

/* What a flowing container is written inside of as a whole: a table
 * around its body, a figure around its drawing; else itself. */
static xmlNodePtr top_of(xmlNodePtr n)
{
    xmlNodePtr up = n->parent;
    if ((is_p(n, "isi") && is_p(up, "tabel")) || (is_svg(n) && is_p(up, "gambar")))
        return up;
    return n;
}

/* The flowing containers from the root down to at, into path: 0 when the
 * document cannot be cut there (at or one around it does not flow). */
static size_t spine(xmlNodePtr at, xmlNodePtr path[STREAM_DEPTH])
{
    xmlNodePtr up[STREAM_DEPTH];
    size_t n = 0;
    xmlNodePtr c = at;
    for (; c && c->type == XML_ELEMENT_NODE; c = top_of(c)->parent) {
        if (!flows(c) || n == STREAM_DEPTH)
            return 0;
        up[n++] = c;
    }
    if (n == 0 || !c || c->type != XML_DOCUMENT_NODE)
        return 0;
    for (size_t i = 0; i < n; i++)
        path[i] = up[n - 1 - i];
    return n;
}

static int inside_figure(const xmlNode *n)
{
    for (const xmlNode *up = n->parent; up; up = up->parent)
        if (is_p(up, "gambar"))
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* The survey: anchors and the Daftar Isi                              */
/* ------------------------------------------------------------------ */

static void add_toc_entry(stream *s, const char *ref, int tingkat, const xmlChar *text)
{
    if (s->toc_count == s->toc_capacity) {
        size_t cap = s->toc_capacity ? 2 * s->toc_capacity : 32;
        pr_toc_entry *grown = realloc(s->toc, cap * sizeof *grown);
        if (!grown) {
            out_of_memory(s);
            return;
        }
        s->toc = grown;
        s->toc_capacity = cap;
    }
    pr_toc_entry *e = &s->toc[s->toc_count];
    e->ref = strdup(ref);
    e->text = strdup((const char *)text);
    e->tingkat = tingkat;
    if (!e->ref || !e->text) {
        free(e->ref);
        free(e->text);
        out_of_memory(s);
        return;
    }
    s->toc_count++;
}

/* n itself: its anchor (not a chart's inner ids) and its Daftar Isi entry. */
static void survey_node(stream *s, xmlNodePtr n)
{
    if (n->type != XML_ELEMENT_NODE || inside_figure(n))
        return;
    const char *id = ir_attr(n, "id");
    if (id && xmlHashAddEntry(s->anchors, BAD_CAST id, s->anchors) == -1 && !xmlHashLookup(s->anchors, BAD_CAST id))
        out_of_memory(s);
    const char *ref;
    xmlChar *text;
    int tingkat = present_toc_entry(n, &ref, &text);
    if (tingkat && !text)
        out_of_memory(s);
    else if (tingkat)
        add_toc_entry(s, ref, tingkat, text);
    xmlFree(text);
}

/* n and everything in it, in document order (a figure's inside skipped). */
static void survey_tree(stream *s, xmlNodePtr n)
{
    survey_node(s, n);
    if (n->type == XML_ELEMENT_NODE && !is_p(n, "gambar"))
        for (xmlNodePtr c = n->children; c; c = c->next)
            survey_tree(s, c);
}

/* ------------------------------------------------------------------ */
/* Finishing a part                                                    */
/* ------------------------------------------------------------------ */

/* What present_unit does to the whole document, done to a child of l's
 * container as it leaves: its cells numbered (a row of a body with the
 * body's running spans), its links to nowhere made text. */
static void finish(stream *s, level *l, xmlNodePtr part)
{
    if (l->busy)
        present_number_row(&s->p, part, l->busy, l->cols);
    else
        present_finish_tables(&s->p, part);
    if (s->anchors)
        present_unlink_dangling(s->anchors, part);
}

/* The same for a child of a table or a figure around l's container. */
static void finish_around(stream *s, level *l, xmlNodePtr part)
{
    if (is_p(part, "kepala") || is_p(part, "kaki"))
        present_number_group(&s->p, part, l->cols);
    else
        present_finish_tables(&s->p, part);
    if (s->anchors)
        present_unlink_dangling(s->anchors, part);
}

/* ------------------------------------------------------------------ */
/* Frames                                                              */
/* ------------------------------------------------------------------ */

/* A document for the stylesheets, sharing the presented document's names
 * (so that its nodes can move into it). */
static xmlDocPtr new_frame_doc(stream *s)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    if (doc && s->p.doc->dict) {
        doc->dict = s->p.doc->dict;
        xmlDictReference(doc->dict);
    }
    return doc;
}

/* A copy of n (deep, or only its attributes and namespaces) as the last
 * child of parent, or as the root when parent is NULL. */
static xmlNodePtr copy_into(xmlDocPtr doc, xmlNodePtr parent, xmlNodePtr n, int deep)
{
    xmlNodePtr c = xmlDocCopyNode(n, doc, deep ? 1 : 2);
    if (!c)
        return NULL;
    if (!parent) {
        xmlDocSetRootElement(doc, c);
        return c;
    }
    if (!xmlAddChild(parent, c)) {
        xmlFreeNode(c);
        return NULL;
    }
    return c;
}

static xmlNodePtr add_mark(stream *s, xmlDocPtr doc, xmlNodePtr parent, int which)
{
    xmlNodePtr pi = xmlNewDocPI(doc, BAD_CAST MARK_TARGET, BAD_CAST s->mark[which]);
    if (pi && !xmlAddChild(parent, pi)) {
        xmlFreeNode(pi);
        return NULL;
    }
    return pi;
}

/* A document of shallow copies of the open containers [0, upto), nested:
 * the innermost in *inner (NULL when upto is 0). NULL when out of memory. */
static xmlDocPtr frame(stream *s, size_t upto, xmlNodePtr *inner)
{
    xmlDocPtr doc = new_frame_doc(s);
    xmlNodePtr at = NULL;
    for (size_t i = 0; doc && i < upto; i++) {
        level *l = &s->levels[i];
        if ((l->top != l->node && !(at = copy_into(doc, at, l->top, 0))) || !(at = copy_into(doc, at, l->node, 0))) {
            xmlFreeDoc(doc);
            doc = NULL;
        }
    }
    *inner = at;
    return doc;
}

/* Into parent (the document when NULL), l's container as the stylesheets
 * see it around its parts: a shallow copy, returned; inside a copy of its
 * table or figure with that one's other children (finished, copied whole). */
static xmlNodePtr frame_top(stream *s, xmlDocPtr doc, xmlNodePtr parent, level *l)
{
    if (l->top == l->node)
        return copy_into(doc, parent, l->node, 0);
    xmlNodePtr top = copy_into(doc, parent, l->top, 0), inner = NULL;
    for (xmlNodePtr c = top ? l->top->children : NULL; c; c = c->next) {
        if (c != l->node)
            finish_around(s, l, c);
        xmlNodePtr copy = copy_into(doc, top, c, c != l->node);
        if (!copy)
            return NULL;
        if (c == l->node)
            inner = copy;
    }
    return inner;
}

/* ------------------------------------------------------------------ */
/* Through the stylesheets                                             */
/* ------------------------------------------------------------------ */

static xmlChar *render(stream *s, size_t k, xmlDocPtr doc, size_t *length)
{
    xmlChar *text = NULL;
    if (emit_transform_text(s->r->kinds[k], doc, s->r->lang, &text, length, s->d) != 0) {
        s->failed = 1; /* emit said why */
        return NULL;
    }
    return text;
}

/* Where the processing instruction which is in text: its first byte and
 * the one after it. 0, or -1 when it is not there exactly once. */
static int locate(const stream *s, const xmlChar *text, int which, size_t *at, size_t *after)
{
    const char *needle = s->needle[which];
    const char *hit = strstr((const char *)text, needle);
    const char *end = hit ? strchr(hit + strlen(needle), '>') : NULL;
    if (!end || strstr(end, needle))
        return -1;
    *at = (size_t)(hit - (const char *)text);
    *after = (size_t)(end + 1 - (const char *)text);
    return 0;
}

static void put(stream *s, size_t k, const xmlChar *text, size_t from, size_t to)
{
    if (!s->failed && to > from && s->r->write(s->r->ctx, k, text + from, to - from) != 0)
        s->failed = 1; /* the writer said why */
}

/* The span of output k's text between two marks (MARKS: the text's start
 * or end). 0, or -1 after a diagnostic. */
static int between(stream *s, size_t k, const xmlChar *text, size_t length, int from, int to, size_t *a, size_t *b)
{
    size_t at, after;
    *a = 0;
    *b = length;
    if (from != MARKS) {
        if (locate(s, text, from, &at, &after) != 0)
            goto lost;
        *a = after;
    }
    if (to != MARKS) {
        if (locate(s, text, to, &at, &after) != 0)
            goto lost;
        *b = at;
    }
    if (*a <= *b)
        return 0;
lost:
    broken(s, k, "did not copy each processing instruction lkjip once, where it stands");
    return -1;
}

/* ------------------------------------------------------------------ */
/* Parts, openings, closings                                           */
/* ------------------------------------------------------------------ */

/* The children of level li's container before stop (NULL: all of them)
 * leave the document, written as one part. */
static void leave(stream *s, size_t li, xmlNodePtr stop)
{
    level *l = &s->levels[li];
    xmlNodePtr first = l->node->children, next;
    if (!first || first == stop)
        return;
    if (s->survey || s->failed) {
        for (xmlNodePtr c = first; c && c != stop; c = next) {
            next = c->next;
            if (s->survey && !s->failed)
                survey_tree(s, c);
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        }
        return;
    }
    xmlNodePtr inner;
    xmlDocPtr doc = frame(s, li + 1, &inner);
    int ok = doc && add_mark(s, doc, inner, MARK_BEGIN);
    for (xmlNodePtr c = first; c && c != stop; c = next) {
        next = c->next;
        if (ok)
            finish(s, l, c);
        xmlUnlinkNode(c);
        if (ok)
            xmlAddChild(inner, c);
        else
            xmlFreeNode(c);
    }
    if (!ok || !add_mark(s, doc, inner, MARK_END)) {
        xmlFreeDoc(doc);
        out_of_memory(s);
        return;
    }
    for (size_t k = 0; k < s->r->count && !s->failed; k++) {
        size_t length, a, b;
        xmlChar *text = render(s, k, doc, &length);
        if (text && between(s, k, text, length, MARK_BEGIN, MARK_END, &a, &b) == 0)
            put(s, k, text, a, b);
        xmlFree(text);
    }
    xmlFreeDoc(doc);
}

/* A frame for the opening or closing of level li: its container's copy
 * holds the place mark (returned in *place) after what it already holds. */
static xmlDocPtr frame_level(stream *s, size_t li, xmlNodePtr *place)
{
    xmlNodePtr outer;
    xmlDocPtr doc = frame(s, li, &outer);
    xmlNodePtr copy = NULL;
    int ok = doc && (li == 0 || add_mark(s, doc, outer, MARK_BEGIN)) && (copy = frame_top(s, doc, outer, &s->levels[li])) &&
             (*place = add_mark(s, doc, copy, MARK_PLACE)) && (li == 0 || add_mark(s, doc, outer, MARK_END));
    if (!ok) {
        xmlFreeDoc(doc);
        out_of_memory(s);
        return NULL;
    }
    return doc;
}

static void release(level *l)
{
    for (size_t k = 0; k < STREAM_OUTPUTS; k++)
        free(l->head[k]);
    free(l->busy);
    memset(l, 0, sizeof *l);
}

/* Opens node, a container on the spine: writes its opening with what it
 * holds before stop (the child the spine goes on into; NULL: all). */
static void open_level(stream *s, xmlNodePtr node, xmlNodePtr stop)
{
    size_t li = s->depth++;
    level *l = &s->levels[li];
    l->node = node;
    l->top = top_of(node);
    if (is_p(l->top, "tabel")) {
        l->cols = present_table_columns(l->top);
        if (!(l->busy = calloc((size_t)l->cols + 1, sizeof *l->busy)))
            out_of_memory(s);
    }
    if (s->survey && !s->failed) {
        if (l->top != node)
            survey_node(s, l->top);
        survey_node(s, node);
    }
    if (s->survey || s->failed) {
        leave(s, li, stop);
        return;
    }
    xmlNodePtr place = NULL;
    xmlDocPtr doc = frame_level(s, li, &place);
    if (!doc)
        return;
    int from = li ? MARK_BEGIN : MARKS;
    /* A table or a figure: its opening as it is now, to be made again at
     * its close. */
    for (size_t k = 0; l->top != node && k < s->r->count && !s->failed; k++) {
        size_t length, a, b;
        xmlChar *text = render(s, k, doc, &length);
        if (text && between(s, k, text, length, from, MARK_PLACE, &a, &b) == 0) {
            l->head[k] = malloc(b - a + 1);
            if (l->head[k]) {
                memcpy(l->head[k], text + a, b - a);
                l->head_length[k] = b - a;
            } else {
                out_of_memory(s);
            }
        }
        xmlFree(text);
    }
    int moved = 0;
    for (xmlNodePtr c = node->children, next; c && c != stop && !s->failed; c = next, moved = 1) {
        next = c->next;
        finish(s, l, c);
        xmlUnlinkNode(c);
        xmlAddPrevSibling(place, c);
    }
    for (size_t k = 0; k < s->r->count && !s->failed; k++) {
        if (!moved && l->head[k]) {
            put(s, k, l->head[k], 0, l->head_length[k]);
            continue;
        }
        size_t length, a, b;
        xmlChar *text = render(s, k, doc, &length);
        if (text && between(s, k, text, length, from, MARK_PLACE, &a, &b) == 0)
            put(s, k, text, a, b);
        xmlFree(text);
    }
    xmlFreeDoc(doc);
}

/* Closes the innermost open container: its last parts, then its closing;
 * it leaves the document (the root stays: the document is the caller's). */
static void close_level(stream *s)
{
    size_t li = s->depth - 1;
    level *l = &s->levels[li];
    leave(s, li, NULL);
    if (s->survey && !s->failed && l->top != l->node)
        for (xmlNodePtr c = l->top->children; c; c = c->next)
            if (c != l->node)
                survey_tree(s, c);
    xmlNodePtr place = NULL;
    xmlDocPtr doc = s->survey || s->failed ? NULL : frame_level(s, li, &place);
    int from = li ? MARK_BEGIN : MARKS, to = li ? MARK_END : MARKS;
    for (size_t k = 0; doc && k < s->r->count && !s->failed; k++) {
        size_t length, a, b, c, e;
        xmlChar *text = render(s, k, doc, &length);
        if (text && between(s, k, text, length, from, MARK_PLACE, &a, &b) == 0 &&
            between(s, k, text, length, MARK_PLACE, to, &c, &e) == 0) {
            if (l->head[k] && (b - a != l->head_length[k] || memcmp(text + a, l->head[k], b - a) != 0))
                broken(s, k, "wrote a table or a figure whose beginning depends on what was made after its parts");
            put(s, k, text, c, e);
        }
        xmlFree(text);
    }
    xmlFreeDoc(doc);
    if (l->top->parent && l->top->parent->type != XML_DOCUMENT_NODE) {
        xmlUnlinkNode(l->top);
        xmlFreeNode(l->top);
    }
    release(l);
    s->depth--;
}

/* present's cut: the spine down to at opened, what left it closed, and
 * everything before it written. */
static void cut(void *ctx, xmlNodePtr at)
{
    stream *s = ctx;
    if (s->p.failed && !s->failed)
        out_of_memory(s);
    xmlNodePtr path[STREAM_DEPTH];
    size_t n = spine(at, path);
    if (n == 0)
        return;
    size_t k = 0;
    while (k < s->depth && k < n && s->levels[k].node == path[k])
        k++;
    while (s->depth > k)
        close_level(s);
    if (k > 0)
        leave(s, k - 1, k < n ? top_of(path[k]) : NULL);
    for (size_t i = k; i < n; i++)
        open_level(s, path[i], i + 1 < n ? top_of(path[i + 1]) : NULL);
}

/* ------------------------------------------------------------------ */
/* The unit                                                            */
/* ------------------------------------------------------------------ */

static void make_marks(stream *s)
{
    static const char which[MARKS] = {'a', 'b', 'c'};
    uint64_t nonce = 0;
    if (getrandom(&nonce, sizeof nonce, GRND_NONBLOCK) != (ssize_t)sizeof nonce)
        nonce = ((uint64_t)(uintptr_t)s ^ (uint64_t)time(NULL)) * 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < MARKS; i++) {
        char data[sizeof s->mark[i]];
        snprintf(data, sizeof data, "%016llx-%c", (unsigned long long)nonce, which[i]);
        memcpy(s->mark[i], data, sizeof data);
        snprintf(s->needle[i], sizeof s->needle[i], "<?%s %s", MARK_TARGET, data);
    }
}

/* One pass of the present stage, cut as it goes; what is left at its end
 * written last. */
static void present_pass(stream *s, int survey)
{
    const stream_request *r = s->r;
    memset(&s->p, 0, sizeof s->p);
    s->survey = survey;
    s->p.sketch = survey;
    s->p.cut = cut;
    s->p.cut_ctx = s;
    s->p.cut_every = r->cut_every;
    if (!survey) {
        s->p.toc_known = s->toc;
        s->p.toc_known_count = s->toc_count;
    }
    if (present_unit_parts(&s->p, r->ir, r->kind, r->lang) != 0)
        out_of_memory(s);
    xmlNodePtr root = s->p.doc ? xmlDocGetRootElement(s->p.doc) : NULL;
    if (root && s->depth == 0)
        open_level(s, root, NULL);
    while (s->depth > 0)
        close_level(s);
    xmlFreeDoc(s->p.doc);
    s->p.doc = NULL;
}

int stream_unit(const stream_request *r, lkj_diags *d)
{
    stream *s = calloc(1, sizeof *s);
    if (!s) {
        diag_loc loc = {r->where ? r->where : "", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    s->r = r;
    s->d = d;
    s->memory_failures = load_memory_failures();
    make_marks(s);
    /* The LKjIP's Daftar Isi and its links need every anchor first. */
    if (r->kind == PRESENT_LKJIP) {
        if (!(s->anchors = xmlHashCreate(256)))
            out_of_memory(s);
        else
            present_pass(s, 1);
    }
    if (!s->failed)
        present_pass(s, 0);
    int rc = s->failed ? -1 : 0;
    xmlHashFree(s->anchors, NULL);
    for (size_t i = 0; i < s->toc_count; i++) {
        free(s->toc[i].ref);
        free(s->toc[i].text);
    }
    free(s->toc);
    free(s);
    return rc;
}

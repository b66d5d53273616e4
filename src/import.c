/*
 * import.c — the import stage: a workbook (.xlsx) becomes a submission.
 *
 * The container is read through libzip from memory: every entry name is
 * checked (no "..", no absolute path), encrypted entries and macros are
 * refused, and each entry read is capped twice — by the size and ratio the
 * zip directory declares, before reading, and by counting while inflating
 * (the directory may lie). Each XML part goes through the loader
 * (load_parse: no DOCTYPE, no entities, no network). Formulas are never
 * evaluated: the cached value is used. The plan is never read back from
 * the cells: it is the submission embedded in the very hidden sheet lkjip
 * (or --plan), and only the editable cells are merged into it
 * (docs/workbook.md is the contract).
 */
#define _GNU_SOURCE /* syncfs */
#include "import.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <nettle/base64.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include "diag.h"
#include "load.h"
#include "model.h"
#include "output.h"
#include "position.h"
#include "render.h"
#include "workbook_libs.h" /* last: it names libzip's functions */

/* ------------------------------------------------------------------ */
/* Cells and sheets                                                    */
/* ------------------------------------------------------------------ */

typedef enum { CELL_NUMBER, CELL_TEXT, CELL_BOOL, CELL_ERROR, CELL_NO_VALUE } cell_kind;

typedef struct cell {
    unsigned long row, col; /* 1-based */
    cell_kind kind;
    int owned;              /* text is the cell's own (else a shared string of the book) */
    char *text;             /* the value as stored (number text, string) */
} cell;

/* Where a finding is: the workbook, and the cell or NULL. */
typedef struct cell_loc {
    const char *file;
    const char *cell;
} cell_loc;
#define XDIAG(diags, id, loc, ...) diag_emit_cell((diags), (id), (loc)->file, (loc)->cell, __VA_ARGS__, (const char *)NULL)
#define XDIAG0(diags, id, loc) diag_emit_cell((diags), (id), (loc)->file, (loc)->cell, (const char *)NULL)

typedef struct sheet {
    const char *name;
    cell *cells;
    size_t count, capacity;
} sheet;

typedef struct book {
    const char *name;
    lkj_diags *d;
    const lkj_limits *limits;
    zip_t *zip;
    size_t inflated; /* all entries read so far */
    char **strings;  /* shared strings */
    size_t nstrings;
    struct {
        char *name, *part;
    } *sheets;
    size_t nsheets;
} book;

static void cell_ref(unsigned long row, unsigned long col, char *out, size_t size)
{
    char letters[8];
    int n = 0;
    for (unsigned long c = col; c > 0 && n < 7; c = (c - 1) / 26)
        letters[n++] = (char)('A' + (c - 1) % 26);
    char rev[8];
    for (int i = 0; i < n; i++)
        rev[i] = letters[n - 1 - i];
    rev[n] = '\0';
    snprintf(out, size, "%s%lu", rev, row);
}

/* Where a cell is: "Realisasi!F14". */
static cell_loc at_cell(const book *b, const char *sheet_name, unsigned long row, unsigned long col, char *buf,
                        size_t size)
{
    char ref[24];
    cell_ref(row, col, ref, sizeof ref);
    snprintf(buf, size, "%.100s!%s", sheet_name, ref);
    return (cell_loc){b->name, buf};
}

static cell_loc at_file(const book *b) { return (cell_loc){b->name, NULL}; }

static void sheet_free(sheet *s)
{
    for (size_t i = 0; i < s->count; i++)
        if (s->cells[i].owned)
            free(s->cells[i].text);
    free(s->cells);
    memset(s, 0, sizeof *s);
}

/* The cell at row, col, or NULL. read_sheet appends cells in row order
 * (rows only go forward), so a binary search finds the row's first cell;
 * its cells follow (in any column order). */
static const cell *sheet_at(const sheet *s, unsigned long row, unsigned long col)
{
    size_t lo = 0, hi = s->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->cells[mid].row < row)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < s->count && s->cells[i].row == row; i++)
        if (s->cells[i].col == col)
            return &s->cells[i];
    return NULL;
}

static void book_free(book *b)
{
    for (size_t i = 0; i < b->nstrings; i++)
        free(b->strings[i]);
    free(b->strings);
    for (size_t i = 0; i < b->nsheets; i++) {
        free(b->sheets[i].name);
        free(b->sheets[i].part);
    }
    free(b->sheets);
    if (b->zip)
        zip_discard(b->zip);
}

/* ------------------------------------------------------------------ */
/* The container                                                       */
/* ------------------------------------------------------------------ */

int import_looks_like_workbook(const unsigned char *b, size_t n)
{
    static const unsigned char ole2[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    return (n >= 4 && memcmp(b, "PK\003\004", 4) == 0) || (n >= 8 && memcmp(b, ole2, 8) == 0);
}

static int bad_entry_name(const char *name)
{
    if (name[0] == '/' || name[0] == '\\' || (isalpha((unsigned char)name[0]) && name[1] == ':'))
        return 1;
    for (const char *p = name; *p; p++) {
        int start = p == name || p[-1] == '/' || p[-1] == '\\';
        if (start && p[0] == '.' && p[1] == '.' && (p[2] == '\0' || p[2] == '/' || p[2] == '\\'))
            return 1;
    }
    return 0;
}

static int has_suffix_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* Every entry's name, encryption and kind, before anything is read. */
static int scan_entries(book *b)
{
    zip_int64_t n = zip_get_num_entries(b->zip, 0);
    cell_loc loc = at_file(b);
    if (n < 0 || n > IMPORT_MAX_ENTRIES) {
        char why[64];
        snprintf(why, sizeof why, "%lld entries", (long long)n);
        XDIAG(b->d, D_XLSX_ZIP_CORRUPT, &loc, why);
        return -1;
    }
    for (zip_int64_t i = 0; i < n; i++) {
        zip_stat_t st;
        const char *name = zip_get_name(b->zip, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
        if (!name || zip_stat_index(b->zip, (zip_uint64_t)i, ZIP_FL_ENC_RAW, &st) != 0) {
            XDIAG(b->d, D_XLSX_ZIP_CORRUPT, &loc, zip_strerror(b->zip));
            return -1;
        }
        char shown[200];
        snprintf(shown, sizeof shown, "%.150s", name);
        if (bad_entry_name(name)) {
            XDIAG(b->d, D_XLSX_ENTRY_NAME, &loc, shown);
            return -1;
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            XDIAG(b->d, D_XLSX_ENCRYPTED, &loc, shown);
            return -1;
        }
        if (has_suffix_ci(name, "vbaProject.bin")) {
            XDIAG(b->d, D_XLSX_MACRO, &loc, shown);
            return -1;
        }
    }
    return 0;
}

static void emit_bomb(book *b, const char *part, const char *why)
{
    cell_loc loc = at_file(b);
    XDIAG(b->d, D_XLSX_BOMB, &loc, part, why);
}

/* The inflated bytes of an entry (NUL-terminated), or NULL: *missing when
 * there is no such entry, else a diagnostic was emitted. */
static unsigned char *read_entry(book *b, const char *part, size_t *len, int *missing)
{
    *missing = 0;
    zip_int64_t index = zip_name_locate(b->zip, part, ZIP_FL_ENC_RAW);
    if (index < 0) {
        *missing = 1;
        return NULL;
    }
    zip_stat_t st;
    cell_loc loc = at_file(b);
    if (zip_stat_index(b->zip, (zip_uint64_t)index, 0, &st) != 0) {
        XDIAG(b->d, D_XLSX_ZIP_CORRUPT, &loc, zip_strerror(b->zip));
        return NULL;
    }
    size_t cap = IMPORT_MAX_PART;
    size_t total_cap = b->limits->max_input_bytes;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) {
        emit_bomb(b, part, "16 MiB");
        return NULL;
    }
    if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > 1024 * 1024 &&
        st.size / (st.comp_size ? st.comp_size : 1) > IMPORT_MAX_RATIO) {
        emit_bomb(b, part, "200:1");
        return NULL;
    }
    zip_file_t *f = zip_fopen_index(b->zip, (zip_uint64_t)index, 0);
    if (!f) {
        XDIAG(b->d, D_XLSX_ZIP_CORRUPT, &loc, zip_strerror(b->zip));
        return NULL;
    }
    size_t capacity = (st.valid & ZIP_STAT_SIZE) ? (size_t)st.size + 1 : 65536;
    if (capacity < 1024)
        capacity = 1024;
    unsigned char *buf = malloc(capacity);
    size_t used = 0;
    int failed = !buf;
    if (!buf)
        XDIAG0(b->d, D_NO_MEMORY, &loc);
    while (!failed) {
        if (used + 1 >= capacity) {
            if (capacity > cap + 1) {
                emit_bomb(b, part, "16 MiB");
                failed = 1;
                break;
            }
            unsigned char *grown = realloc(buf, capacity * 2);
            if (!grown) {
                failed = 1;
                XDIAG0(b->d, D_NO_MEMORY, &loc);
                break;
            }
            buf = grown;
            capacity *= 2;
        }
        zip_int64_t got = zip_fread(f, buf + used, capacity - used - 1);
        if (got < 0) {
            XDIAG(b->d, D_XLSX_ZIP_CORRUPT, &loc, zip_file_strerror(f));
            failed = 1;
            break;
        }
        if (got == 0)
            break;
        used += (size_t)got;
        if (used > cap) {
            emit_bomb(b, part, "16 MiB");
            failed = 1;
        } else if (b->inflated + used > total_cap) {
            char lim[32];
            snprintf(lim, sizeof lim, "--max-size %zu MiB", total_cap / (1024 * 1024));
            emit_bomb(b, part, lim);
            failed = 1;
        }
    }
    zip_fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    buf[used] = '\0';
    b->inflated += used;
    *len = used;
    return buf;
}

/* ------------------------------------------------------------------ */
/* XML parts, under the loader's rules                                 */
/* ------------------------------------------------------------------ */

/* Parses a part (bytes are taken over) under the loader's rules: into a
 * tree (ev NULL: *doc), or as events for user. 1 when it parsed, 0 after
 * a diagnostic (or when an event stopped it, which says why). */
static int parse_with(book *b, const char *part, unsigned char *bytes, size_t len, const load_events *ev, void *user,
                      xmlDocPtr *doc)
{
    if (doc)
        *doc = NULL;
    lkj_diags *scratch = lkj_diags_new(lkj_diags_lang(b->d));
    if (!scratch) {
        free(bytes);
        cell_loc loc = at_file(b);
        XDIAG0(b->d, D_NO_MEMORY, &loc);
        return 0;
    }
    load_doc ld = {.name = part, .bytes = bytes, .len = len};
    int rc = ev ? load_parse_events(&ld, ev, user, scratch) : load_parse(&ld, scratch);
    if (rc == LKJ_EXIT_OK && doc) {
        *doc = ld.doc;
        ld.doc = NULL;
    } else if (rc != LKJ_EXIT_OK && (lkj_diags_count(scratch) || !ev)) {
        const lkj_diag *first = lkj_diags_count(scratch) ? lkj_diags_at(scratch, 0) : NULL;
        char line[32], why[600];
        snprintf(line, sizeof line, "%lu", first ? first->line : 0);
        snprintf(why, sizeof why, "%s %.500s", first ? first->code : "", first ? first->message : "?");
        cell_loc loc = at_file(b);
        XDIAG(b->d, D_XLSX_PART_XML, &loc, part, line, why);
    }
    load_doc_free(&ld);
    lkj_diags_free(scratch);
    return rc == LKJ_EXIT_OK;
}

/* Parses a part into a tree (bytes are taken over); NULL after a diagnostic. */
static xmlDocPtr parse_part(book *b, const char *part, unsigned char *bytes, size_t len)
{
    xmlDocPtr doc;
    return parse_with(b, part, bytes, len, NULL, NULL, &doc) ? doc : NULL;
}

static unsigned char *must_read(book *b, const char *part, size_t *len, int required)
{
    int missing;
    unsigned char *bytes = read_entry(b, part, len, &missing);
    if (!bytes && missing && required) {
        cell_loc loc = at_file(b);
        XDIAG(b->d, D_XLSX_NOT_WORKBOOK, &loc, part);
    }
    return bytes;
}

static int is_named(xmlNodePtr n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0;
}

static xmlNodePtr child_named(xmlNodePtr parent, const char *local)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (is_named(c, local))
            return c;
    return NULL;
}

/* An attribute by local name, whatever its namespace (r:id). */
static char *attr(xmlNodePtr n, const char *local)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, local) == 0) {
            xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
            return (char *)v;
        }
    return NULL;
}

/* An attribute's value by local name, read in place (no copy: a sheet has
 * thousands of cells), or NULL when absent. The loader allows no entity,
 * so a value is one text node, or none when empty. */
static const char *attr_view(xmlNodePtr n, const char *local)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, local) == 0) {
            xmlNodePtr t = a->children;
            if (!t)
                return "";
            return t->type == XML_TEXT_NODE && !t->next ? (const char *)t->content : NULL;
        }
    return NULL;
}

/* The text of every <t> below n, phonetic runs (<rPh>) left out. */
static int gather_text(xmlNodePtr n, xmlBufferPtr out)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (is_named(c, "rPh"))
            continue;
        if (is_named(c, "t")) {
            xmlChar *t = xmlNodeGetContent(c);
            if (t && xmlBufferCat(out, t) != 0) {
                xmlFree(t);
                return -1;
            }
            xmlFree(t);
        } else if (c->type == XML_ELEMENT_NODE && gather_text(c, out) != 0)
            return -1;
    }
    return 0;
}

/* workbook.xml and its relationships: sheet names to part names. */
static int read_sheet_map(book *b)
{
    size_t len;
    unsigned char *wb_bytes = must_read(b, "xl/workbook.xml", &len, 1);
    if (!wb_bytes)
        return -1;
    xmlDocPtr wb = parse_part(b, "xl/workbook.xml", wb_bytes, len);
    if (!wb)
        return -1;
    unsigned char *rel_bytes = must_read(b, "xl/_rels/workbook.xml.rels", &len, 1);
    xmlDocPtr rels = rel_bytes ? parse_part(b, "xl/_rels/workbook.xml.rels", rel_bytes, len) : NULL;
    if (!rels) {
        xmlFreeDoc(wb);
        return -1;
    }
    xmlNodePtr sheets = child_named(xmlDocGetRootElement(wb), "sheets");
    size_t n = 0;
    for (xmlNodePtr s = sheets ? sheets->children : NULL; s; s = s->next)
        n += is_named(s, "sheet");
    b->sheets = calloc(n ? n : 1, sizeof *b->sheets);
    int rc = b->sheets ? 0 : -1;
    for (xmlNodePtr s = sheets ? sheets->children : NULL; rc == 0 && s; s = s->next) {
        if (!is_named(s, "sheet"))
            continue;
        char *name = attr(s, "name"), *id = attr(s, "id");
        char *target = NULL;
        for (xmlNodePtr r = xmlDocGetRootElement(rels)->children; id && r; r = r->next) {
            char *rid = is_named(r, "Relationship") ? attr(r, "Id") : NULL;
            if (rid && strcmp(rid, id) == 0)
                target = attr(r, "Target");
            xmlFree(rid);
            if (target)
                break;
        }
        if (name && target) {
            char part[1024];
            if (target[0] == '/')
                snprintf(part, sizeof part, "%s", target + 1);
            else
                snprintf(part, sizeof part, "xl/%s", target);
            b->sheets[b->nsheets].name = strdup(name);
            b->sheets[b->nsheets].part = strdup(part);
            if (!b->sheets[b->nsheets].name || !b->sheets[b->nsheets].part)
                rc = -1;
            b->nsheets++;
        }
        xmlFree(name);
        xmlFree(id);
        xmlFree(target);
    }
    xmlFreeDoc(wb);
    xmlFreeDoc(rels);
    if (rc != 0) {
        cell_loc loc = at_file(b);
        XDIAG0(b->d, D_NO_MEMORY, &loc);
    }
    return rc;
}

static int read_shared_strings(book *b)
{
    size_t len;
    int missing;
    unsigned char *bytes = read_entry(b, "xl/sharedStrings.xml", &len, &missing);
    if (!bytes)
        return missing ? 0 : -1;
    xmlDocPtr doc = parse_part(b, "xl/sharedStrings.xml", bytes, len);
    if (!doc)
        return -1;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    size_t n = 0;
    for (xmlNodePtr si = root->children; si; si = si->next)
        n += is_named(si, "si");
    cell_loc loc = at_file(b);
    if (n > IMPORT_MAX_STRINGS) {
        xmlFreeDoc(doc);
        XDIAG(b->d, D_XLSX_STRINGS, &loc, "200.000");
        return -1;
    }
    b->strings = calloc(n ? n : 1, sizeof *b->strings);
    xmlBufferPtr buf = xmlBufferCreate();
    int rc = b->strings && buf ? 0 : -1;
    size_t total = 0;
    for (xmlNodePtr si = root->children; rc == 0 && si; si = si->next) {
        if (!is_named(si, "si"))
            continue;
        xmlBufferEmpty(buf);
        if (gather_text(si, buf) != 0 || !(b->strings[b->nstrings] = strdup((const char *)xmlBufferContent(buf)))) {
            rc = -1;
            break;
        }
        total += (size_t)xmlBufferLength(buf);
        b->nstrings++;
        if (total > IMPORT_MAX_PART) {
            XDIAG(b->d, D_XLSX_STRINGS, &loc, "16 MiB");
            rc = -2;
        }
    }
    if (rc == -1)
        XDIAG0(b->d, D_NO_MEMORY, &loc);
    if (buf)
        xmlBufferFree(buf);
    xmlFreeDoc(doc);
    return rc == 0 ? 0 : -1;
}

/* "F14" into row and column; 0 when it is no cell reference. */
static int parse_ref(const char *r, unsigned long *row, unsigned long *col)
{
    unsigned long c = 0, w = 0;
    const char *p = r;
    for (; isupper((unsigned char)*p) && c < 100000; p++)
        c = c * 26 + (unsigned long)(*p - 'A' + 1);
    for (; isdigit((unsigned char)*p) && w < 100000000; p++)
        w = w * 10 + (unsigned long)(*p - '0');
    if (p == r || *p || c == 0 || w == 0)
        return 0;
    *row = w;
    *col = c;
    return 1;
}

static int add_cell(sheet *s, unsigned long row, unsigned long col, cell_kind kind, char *text, int owned)
{
    if (s->count == s->capacity) {
        size_t cap = s->capacity ? s->capacity * 2 : 64;
        cell *grown = realloc(s->cells, cap * sizeof *grown);
        if (!grown) {
            if (owned)
                free(text);
            return -1;
        }
        s->cells = grown;
        s->capacity = cap;
    }
    s->cells[s->count++] = (cell){row, col, kind, owned, text};
    return 0;
}

/* One <c>: its value as the spreadsheet stored it. type is its t
 * attribute (NULL: a number), v the text of its <v> (NULL: none), has_f
 * whether it has a formula, inline_text the text of its <is> (NULL: none). */
static int store_cell(book *b, sheet *s, unsigned long row, unsigned long col, const char *type, const char *v,
                      int has_f, const char *inline_text)
{
    char *text = NULL;
    cell_kind kind = CELL_NUMBER;
    int owned = 1;
    if (type && strcmp(type, "inlineStr") == 0) {
        kind = CELL_TEXT;
        text = strdup(inline_text ? inline_text : "");
    } else if (!v || (!v[0] && (!type || strcmp(type, "str") != 0))) {
        if (!has_f)
            return 0; /* an empty, styled cell */
        kind = CELL_NO_VALUE;
        text = strdup("");
    } else if (type && strcmp(type, "s") == 0) {
        char *end;
        unsigned long i = strtoul(v, &end, 10);
        kind = CELL_TEXT;
        if (*end || i >= b->nstrings) {
            kind = CELL_ERROR;
            text = strdup("#sharedStrings?");
        } else {
            text = b->strings[i]; /* the book's, which outlives its sheets */
            owned = 0;
        }
    } else {
        kind = !type || strcmp(type, "n") == 0 ? CELL_NUMBER
               : strcmp(type, "b") == 0        ? CELL_BOOL
               : strcmp(type, "e") == 0        ? CELL_ERROR
                                               : CELL_TEXT; /* str, d */
        text = strdup(v);
    }
    if (!text)
        return -1;
    return add_cell(s, row, col, kind, text, owned);
}

/* A growing text (a cell's <v> or <is>), within the part's size. */
typedef struct grow_text {
    char *s;
    size_t len, cap;
} grow_text;

static int grow_add(grow_text *g, const char *p, size_t n)
{
    if (g->len + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap : 64;
        while (g->len + n + 1 > cap)
            cap *= 2;
        char *grown = realloc(g->s, cap);
        if (!grown)
            return -1;
        g->s = grown;
        g->cap = cap;
    }
    memcpy(g->s + g->len, p, n);
    g->len += n;
    g->s[g->len] = '\0';
    return 0;
}

/* Reading a sheet as events (no tree: a sheet has thousands of cells):
 * worksheet > sheetData > row > c > v | f | is (> t, r > t; rPh skipped),
 * by local name, as the spreadsheet wrote them. */
typedef struct sheet_reader {
    book *b;
    sheet *s;
    int depth;          /* of the element being read, the root is 1 */
    int in_data;        /* inside sheetData (depth 2) */
    int in_row, in_cell;
    unsigned long row, rows, col;
    char type[16];      /* the cell's t ("" when absent) */
    int has_type, has_v, has_f, has_is, in_v, in_is_t, rph_depth;
    grow_text v, is;
    int rc;             /* 0, -1 out of memory, -2 too many rows (a diagnostic) */
} sheet_reader;

static int name_is(const xmlChar *name, const char *local)
{
    return strcmp((const char *)name, local) == 0;
}

/* An attribute of a SAX2 start tag (localname, prefix, URI, value, end). */
static const xmlChar *sax_attr(int n, const xmlChar **attributes, const char *local, size_t *len)
{
    for (int i = 0; i < n; i++)
        if (name_is(attributes[5 * i], local)) {
            *len = (size_t)(attributes[5 * i + 4] - attributes[5 * i + 3]);
            return attributes[5 * i + 3];
        }
    return NULL;
}

/* A SAX2 attribute value (not NUL-terminated) into out, cut to fit; ""
 * when absent. */
static void copy_span(char *out, size_t size, const xmlChar *value, size_t len)
{
    if (!value)
        len = 0;
    if (len > size - 1)
        len = size - 1;
    if (len)
        memcpy(out, value, len);
    out[len] = '\0';
}

static void sheet_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                        int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                        const xmlChar **attributes)
{
    (void)prefix, (void)uri, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    sheet_reader *x = load_events_user(ctx);
    int depth = ++x->depth;
    if (x->rc)
        return;
    size_t len;
    char buf[32];
    if (depth == 2 && name_is(localname, "sheetData")) {
        x->in_data = 1;
    } else if (depth == 3 && x->in_data && name_is(localname, "row")) {
        const xmlChar *ra = sax_attr(nb_attributes, attributes, "r", &len);
        copy_span(buf, sizeof buf, ra, len);
        unsigned long wanted = ra ? strtoul(buf, NULL, 10) : x->row + 1;
        x->row = wanted > x->row ? wanted : x->row + 1;
        x->in_row = 1;
        x->col = 0;
        if (++x->rows > IMPORT_MAX_ROWS || x->row > IMPORT_MAX_ROWS) {
            char where[160];
            cell_loc loc = at_cell(x->b, x->s->name, x->row > IMPORT_MAX_ROWS ? x->row : x->rows, 1, where,
                                   sizeof where);
            XDIAG(x->b->d, D_XLSX_TOO_MANY_ROWS, &loc, "50.000");
            x->rc = -2;
            load_events_stop(ctx);
        }
    } else if (depth == 4 && x->in_row && name_is(localname, "c")) {
        const xmlChar *ref = sax_attr(nb_attributes, attributes, "r", &len);
        unsigned long rr = x->row, cc = x->col + 1;
        copy_span(buf, sizeof buf, ref, len);
        if (ref && (len > 30 || !parse_ref(buf, &rr, &cc) || rr != x->row))
            rr = x->row, cc = x->col + 1;
        x->col = cc;
        const xmlChar *t = sax_attr(nb_attributes, attributes, "t", &len);
        x->has_type = t != NULL;
        copy_span(x->type, sizeof x->type, t, len);
        x->in_cell = 1;
        x->has_v = x->has_f = x->has_is = 0;
        x->v.len = x->is.len = 0;
        if (x->v.s)
            x->v.s[0] = '\0';
        if (x->is.s)
            x->is.s[0] = '\0';
    } else if (depth == 5 && x->in_cell) {
        if (name_is(localname, "v"))
            x->has_v = x->in_v = 1;
        else if (name_is(localname, "f"))
            x->has_f = 1;
        else if (name_is(localname, "is"))
            x->has_is = 1;
    } else if (depth > 5 && x->in_cell && x->has_is) {
        if (!x->rph_depth && name_is(localname, "rPh"))
            x->rph_depth = depth;
        else if (!x->rph_depth && name_is(localname, "t"))
            x->in_is_t = depth;
    }
}

static void sheet_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    (void)localname, (void)prefix, (void)uri;
    sheet_reader *x = load_events_user(ctx);
    int depth = x->depth--;
    if (x->rc)
        return;
    if (depth == 2)
        x->in_data = 0;
    else if (depth == 3)
        x->in_row = 0;
    else if (depth == 5)
        x->in_v = 0;
    else if (depth == x->in_is_t)
        x->in_is_t = 0;
    else if (depth == x->rph_depth)
        x->rph_depth = 0;
    if (depth == 4 && x->in_cell) {
        x->in_cell = 0;
        if (x->col <= 16384 &&
            store_cell(x->b, x->s, x->row, x->col, x->has_type ? x->type : NULL, x->has_v ? (x->v.s ? x->v.s : "") : NULL,
                       x->has_f, x->has_is ? (x->is.s ? x->is.s : "") : NULL) != 0) {
            x->rc = -1;
            load_events_stop(ctx);
        }
    }
}

static void sheet_text(void *ctx, const xmlChar *ch, int len)
{
    sheet_reader *x = load_events_user(ctx);
    if (x->rc || !x->in_cell)
        return;
    grow_text *g = x->in_v ? &x->v : x->in_is_t && !x->rph_depth ? &x->is : NULL;
    if (g && grow_add(g, (const char *)ch, (size_t)len) != 0) {
        x->rc = -1;
        load_events_stop(ctx);
    }
}

/* Reads the sheet named name; 1 when it is absent, -1 after a diagnostic.
 * The part goes through the loader's rules (load_parse_events: no
 * DOCTYPE, no entity, no network) without building a tree. */
static int read_sheet(book *b, const char *name, sheet *s)
{
    memset(s, 0, sizeof *s);
    s->name = name;
    const char *part = NULL;
    for (size_t i = 0; i < b->nsheets; i++)
        if (strcmp(b->sheets[i].name, name) == 0)
            part = b->sheets[i].part;
    if (!part)
        return 1;
    size_t len;
    unsigned char *bytes = must_read(b, part, &len, 1);
    if (!bytes)
        return -1;
    sheet_reader x = {.b = b, .s = s};
    static const load_events events = {sheet_start, sheet_end, sheet_text};
    int ok = parse_with(b, part, bytes, len, &events, &x, NULL);
    free(x.v.s);
    free(x.is.s);
    if (x.rc == -1) {
        cell_loc loc = at_file(b);
        XDIAG0(b->d, D_NO_MEMORY, &loc);
    }
    int rc = ok && x.rc == 0 ? 0 : -1;
    if (rc != 0)
        sheet_free(s); /* nothing half read is left to the caller */
    return rc;
}

/* ------------------------------------------------------------------ */
/* Numbers typed as text                                               */
/* ------------------------------------------------------------------ */

/* Skips spaces, including U+00A0 and U+202F (what spreadsheets put in
 * "Rp 150.000" and "95,5 %"). */
static const char *skip_space(const char *p)
{
    for (;;) {
        if (*p == ' ' || *p == '\t')
            p++;
        else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
            p += 2;
        else if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0xAF)
            p += 3;
        else
            return p;
    }
}

/* Digits grouped by dots in threes ("1.234.567"): the digits into out. */
static int grouped(const char *s, size_t n, char *out, size_t size)
{
    size_t o = 0, group = 0, groups = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (group == 0 || (groups == 0 && group > 3) || (groups > 0 && group != 3))
                return 0;
            groups++;
            group = 0;
        } else if (isdigit((unsigned char)s[i])) {
            if (o + 1 >= size)
                return 0;
            out[o++] = s[i];
            group++;
        } else {
            return 0;
        }
    }
    if (group == 0 || (groups > 0 && group != 3) || (groups == 0 && group == 0))
        return 0;
    out[o] = '\0';
    return 1;
}

int import_read_number_text(const char *text, double *value, double *other)
{
    const char *p = skip_space(text);
    int negative = 0, rupiah = 0;
    if (*p == '-') {
        negative = 1;
        p = skip_space(p + 1);
    }
    if ((p[0] == 'R' || p[0] == 'r') && (p[1] == 'p' || p[1] == 'P')) {
        rupiah = 1;
        p += 2;
        if (*p == '.')
            p++;
        p = skip_space(p);
    }
    if (!negative && *p == '-') {
        negative = 1;
        p = skip_space(p + 1);
    }
    size_t n = strlen(p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    while (n >= 2 && (unsigned char)p[n - 2] == 0xC2 && (unsigned char)p[n - 1] == 0xA0)
        n -= 2;
    if (n > 0 && p[n - 1] == '%' && !rupiah) {
        n--;
        while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        while (n >= 2 && (unsigned char)p[n - 2] == 0xC2 && (unsigned char)p[n - 1] == 0xA0)
            n -= 2;
        while (n >= 3 && (unsigned char)p[n - 3] == 0xE2 && (unsigned char)p[n - 2] == 0x80 &&
               (unsigned char)p[n - 1] == 0xAF)
            n -= 3;
    }
    if (n == 0 || n >= 64)
        return -1;
    const char *comma = memchr(p, ',', n);
    char digits[80], number[100];
    int ambiguous = 0;
    double alt = 0;
    if (comma) {
        size_t whole = (size_t)(comma - p), frac = n - whole - 1;
        if (frac == 0 || memchr(comma + 1, ',', frac) || !grouped(p, whole, digits, sizeof digits))
            return -1;
        for (size_t i = 0; i < frac; i++)
            if (!isdigit((unsigned char)comma[1 + i]))
                return -1;
        snprintf(number, sizeof number, "%s.%.*s", digits, (int)frac, comma + 1);
    } else {
        const char *dot = memchr(p, '.', n);
        const char *last = dot;
        for (const char *q = dot; q && q < p + n; q = memchr(q + 1, '.', (size_t)(p + n - q - 1)))
            last = q;
        if (dot && dot == last && !rupiah) {
            /* One dot: a decimal point, unless three digits follow it and
             * one to three (not starting with 0) precede it. */
            size_t before = (size_t)(dot - p), after = n - before - 1;
            for (size_t i = 0; i < n; i++)
                if (i != before && !isdigit((unsigned char)p[i]))
                    return -1;
            if (before == 0 || after == 0)
                return -1;
            if (after == 3 && before <= 3 && p[0] != '0') {
                ambiguous = 1;
                snprintf(number, sizeof number, "%.*s", (int)n, p);
                alt = strtod(number, NULL);
                snprintf(number, sizeof number, "%.*s%.3s", (int)before, p, dot + 1);
            } else {
                snprintf(number, sizeof number, "%.*s", (int)n, p);
            }
        } else {
            if (!grouped(p, n, digits, sizeof digits))
                return -1;
            snprintf(number, sizeof number, "%s", digits);
        }
    }
    char *end;
    double v = strtod(number, &end);
    if (*end || !isfinite(v))
        return -1;
    *value = negative ? -v : v;
    if (other)
        *other = negative ? -alt : alt;
    return ambiguous;
}

/* A whole number's digits (printf's %.0f would take a thousand
 * instructions; a workbook has thousands of them). size >= 24. */
static void format_whole(long long w, char *out, size_t size)
{
    char digits[24];
    int n = 0;
    unsigned long long u = w < 0 ? 0ULL - (unsigned long long)w : (unsigned long long)w;
    do
        digits[n++] = (char)('0' + u % 10);
    while ((u /= 10) != 0 && n < 23);
    size_t o = 0;
    if (w < 0 && o + 1 < size)
        out[o++] = '-';
    while (n > 0 && o + 1 < size)
        out[o++] = digits[--n];
    out[o] = '\0';
}

static void format_number(double v, char *out, size_t size)
{
    if (v == floor(v) && fabs(v) < 9.0e15)
        format_whole(v == 0 ? 0 : (long long)v, out, size); /* -0 written "0" */
    else
        snprintf(out, size, "%.15g", v);
}

/* A number from a cell: 0 with *v, 1 when empty, -1 after a diagnostic. */
static int cell_number(book *b, const sheet *s, const cell *c, double *v)
{
    char where[160];
    if (!c)
        return 1;
    if (c->kind == CELL_NUMBER) { /* the common case, without naming the cell */
        char *end;
        *v = strtod(c->text, &end);
        if (!*end && isfinite(*v) && c->text[0])
            return 0;
    }
    cell_loc loc = at_cell(b, s->name, c->row, c->col, where, sizeof where);
    switch (c->kind) {
    case CELL_NO_VALUE:
        XDIAG0(b->d, D_XLSX_FORMULA_NO_VALUE, &loc);
        return -1;
    case CELL_ERROR:
        XDIAG(b->d, D_XLSX_CELL_ERROR, &loc, c->text);
        return -1;
    case CELL_NUMBER:
    case CELL_BOOL: {
        char *end;
        *v = strtod(c->text, &end);
        if (*end || !isfinite(*v) || !c->text[0]) {
            XDIAG(b->d, D_XLSX_NUMBER_TEXT, &loc, c->text);
            return -1;
        }
        return 0;
    }
    case CELL_TEXT:
        break;
    }
    const char *t = skip_space(c->text);
    if (!*t)
        return 1;
    double other;
    char shown[120];
    snprintf(shown, sizeof shown, "%.100s", c->text);
    int rc = import_read_number_text(c->text, v, &other);
    if (rc < 0) {
        XDIAG(b->d, D_XLSX_NUMBER_TEXT, &loc, shown);
        return -1;
    }
    if (rc == 1) {
        char a[40], o[40], comma[40];
        format_number(*v, a, sizeof a);
        format_number(other, o, sizeof o);
        snprintf(comma, sizeof comma, "%s", o);
        char *dot = strchr(comma, '.');
        if (dot)
            *dot = ',';
        XDIAG(b->d, D_XLSX_NUMBER_AMBIGUOUS, &loc, shown, a, o, comma);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* The plan                                                            */
/* ------------------------------------------------------------------ */

static void plan_damaged(book *b, const char *why)
{
    cell_loc loc = at_file(b);
    XDIAG(b->d, D_XLSX_PLAN_DAMAGED, &loc, why);
}

static int is_hex_sha(const char *s)
{
    if (strlen(s) != 64)
        return 0;
    for (size_t i = 0; i < 64; i++)
        if (!isxdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* embedded_plan's reason when memory ran out (LKJ0901, not a damaged plan). */
static const char OUT_OF_MEMORY[] = "memori";

/* The plan embedded in the sheet lkjip: A6.. joined, base64, gunzip,
 * SHA-256 checked against A5. */
static unsigned char *embedded_plan(book *b, const sheet *s, size_t *len)
{
    const cell *a1 = sheet_at(s, 1, 1), *a5 = sheet_at(s, 5, 1);
    if (a1 && strcmp(a1->text, IMPORT_LKE_SHEET_MARK) == 0) { /* lkjip evaluasi's, not an OPD workbook */
        const cell *a2 = sheet_at(s, 2, 1);
        cell_loc loc = {b->name, "lkjip!A1"};
        XDIAG(b->d, D_LKE_SHEET_NOT_SUBMISSION, &loc, a2 ? a2->text : "?");
        return NULL;
    }
    if (!a1 || strncmp(a1->text, "lkjip-workbook 1", 16) != 0) {
        plan_damaged(b, "A1 ≠ lkjip-workbook 1");
        return NULL;
    }
    if (!a5 || !is_hex_sha(a5->text)) {
        plan_damaged(b, "A5: SHA-256?");
        return NULL;
    }
    size_t total = 0;
    for (unsigned long r = 6; r <= IMPORT_MAX_ROWS; r++) {
        const cell *c = sheet_at(s, r, 1);
        if (!c)
            break;
        total += strlen(c->text);
    }
    if (total == 0 || total > b->limits->max_input_bytes) {
        plan_damaged(b, "A6");
        return NULL;
    }
    char *b64 = malloc(total + 1);
    uint8_t *gz = malloc(BASE64_DECODE_LENGTH(total) + 1);
    unsigned char *plain = NULL;
    size_t at = 0, gz_len = 0;
    const char *why = NULL;
    if (!b64 || !gz) {
        why = OUT_OF_MEMORY;
        goto done;
    }
    for (unsigned long r = 6;; r++) {
        const cell *c = sheet_at(s, r, 1);
        if (!c)
            break;
        size_t n = strlen(c->text);
        memcpy(b64 + at, c->text, n);
        at += n;
    }
    b64[at] = '\0';
    struct base64_decode_ctx ctx;
    base64_decode_init(&ctx);
    if (!base64_decode_update(&ctx, &gz_len, gz, at, b64) || !base64_decode_final(&ctx)) {
        why = "base64";
        goto done;
    }
    /* gunzip with the input cap */
    size_t cap = b->limits->max_input_bytes, capacity = gz_len * 4 + 1024, used = 0;
    if (capacity > cap + 1)
        capacity = cap + 1;
    plain = malloc(capacity);
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (!plain || inflateInit2(&zs, 15 + 16) != Z_OK) {
        why = OUT_OF_MEMORY;
        goto done;
    }
    zs.next_in = gz;
    zs.avail_in = (uInt)gz_len;
    int zr = Z_OK;
    while (zr == Z_OK) {
        if (used == capacity) {
            if (capacity > cap) {
                why = "gzip > --max-size";
                break;
            }
            size_t next = capacity * 2 > cap + 1 ? cap + 1 : capacity * 2;
            unsigned char *grown = realloc(plain, next);
            if (!grown) {
                why = OUT_OF_MEMORY;
                break;
            }
            plain = grown;
            capacity = next;
        }
        zs.next_out = plain + used;
        zs.avail_out = (uInt)(capacity - used);
        zr = inflate(&zs, Z_NO_FLUSH);
        used = capacity - zs.avail_out;
        if (zr == Z_BUF_ERROR && zs.avail_out == 0)
            zr = Z_OK;
    }
    inflateEnd(&zs);
    if (!why && zr != Z_STREAM_END)
        why = "gzip";
    if (!why) {
        uint8_t digest[SHA256_DIGEST_SIZE];
        struct sha256_ctx sha;
        sha256_init(&sha);
        sha256_update(&sha, used, plain);
        sha256_digest(&sha, sizeof digest, digest);
        char hex[65];
        for (size_t i = 0; i < sizeof digest; i++)
            snprintf(hex + 2 * i, 3, "%02x", digest[i]);
        if (strcasecmp(hex, a5->text) != 0)
            why = "SHA-256 ≠ A5";
    }
done:
    free(b64);
    free(gz);
    if (why) {
        free(plain);
        if (why == OUT_OF_MEMORY) {
            cell_loc loc = at_file(b);
            XDIAG0(b->d, D_NO_MEMORY, &loc);
        } else {
            plan_damaged(b, why);
        }
        return NULL;
    }
    *len = used;
    return plain;
}

/* ------------------------------------------------------------------ */
/* Merging the editable cells into the plan                            */
/* ------------------------------------------------------------------ */

/* The plan's indicators by id and sub kegiatan by code, sorted, so that
 * each row's key is found by binary search (a workbook has hundreds). */
typedef struct keyed {
    const char *key; /* the attribute's text, in the plan's tree */
    size_t order;    /* document order: the first of equal keys wins */
    xmlNodePtr node;
} keyed;

typedef struct key_index {
    keyed *items;
    size_t count, capacity;
    int failed;
} key_index;

typedef struct merge {
    book *b;
    xmlDocPtr plan;
    xmlNsPtr ns;
    const char *year;
    key_index indicators, subs;
    xmlNsPtr mark; /* of the cell marks (mark_cell), or NULL: none kept */
} merge;

/* Cell marks: while merging, an element written from a cell carries the
 * cell in an attribute of a namespace of import's own (sel, or sel-ATTR
 * for one of its attributes); strip_marks takes them all off again before
 * anyone sees the document, noting them by the element's place in
 * document order, which a serialised and parsed copy keeps. Attributes
 * die with their element, so nothing can point at a node merged away. */
#define MARK_NS "urn:lkjip:import:sel"

static void mark_cell(merge *m, xmlNodePtr n, const char *attr, const sheet *s, unsigned long row,
                      unsigned long col)
{
    if (!n || !m->mark || !row || !col)
        return;
    char where[160], name[64];
    at_cell(m->b, s->name, row, col, where, sizeof where);
    if (attr)
        snprintf(name, sizeof name, "sel-%s", attr);
    else
        snprintf(name, sizeof name, "sel");
    xmlSetNsProp(n, m->mark, BAD_CAST name, BAD_CAST where);
}

/* The column whose header in row 1 is header, or 0. */
static unsigned long column_of(const sheet *s, const char *header)
{
    for (size_t i = 0; i < s->count; i++)
        if (s->cells[i].row == 1 && s->cells[i].kind == CELL_TEXT && strcmp(s->cells[i].text, header) == 0)
            return s->cells[i].col;
    return 0;
}

static unsigned long need_column(book *b, const sheet *s, const char *header)
{
    unsigned long c = column_of(s, header);
    if (!c) {
        char where[160];
        cell_loc loc = at_cell(b, s->name, 1, 1, where, sizeof where);
        XDIAG(b->d, D_XLSX_MISSING_COLUMN, &loc, header);
    }
    return c;
}

/* Whether n's attribute name (no namespace) is value, without copying it
 * (find_element runs for every row of every sheet). */
static int attr_is(xmlNodePtr n, const char *name, const char *value)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0) { /* any namespace, as xmlGetProp */
            xmlNodePtr t = a->children;
            if (t && !t->next && t->type == XML_TEXT_NODE)
                return strcmp((const char *)t->content, value) == 0;
            xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
            int same = v && strcmp((const char *)v, value) == 0;
            xmlFree(v);
            return same;
        }
    return 0;
}

/* The first element named local with attribute name = value, depth first. */
static xmlNodePtr find_element(xmlNodePtr n, const char *local, const char *name, const char *value)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)n->name, local) == 0 && attr_is(n, name, value))
            return n;
        xmlNodePtr found = find_element(n->children, local, name, value);
        if (found)
            return found;
    }
    return NULL;
}

static void index_add(key_index *x, const char *key, xmlNodePtr node)
{
    if (x->failed || !key)
        return;
    if (x->count == x->capacity) {
        size_t cap = x->capacity ? 2 * x->capacity : 64;
        keyed *grown = realloc(x->items, cap * sizeof *grown);
        if (!grown) {
            x->failed = 1;
            return;
        }
        x->items = grown;
        x->capacity = cap;
    }
    x->items[x->count] = (keyed){key, x->count, node};
    x->count++;
}

static void index_walk(merge *m, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)n->name, "indikator") == 0)
            index_add(&m->indicators, attr_view(n, "id"), n);
        else if (strcmp((const char *)n->name, "sub-kegiatan") == 0)
            index_add(&m->subs, attr_view(n, "kode"), n);
        index_walk(m, n->children);
    }
}

static int keyed_order(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* Both indexes; -1 when out of memory. */
static int index_plan(merge *m)
{
    index_walk(m, xmlDocGetRootElement(m->plan));
    if (m->indicators.failed || m->subs.failed)
        return -1;
    if (m->indicators.count)
        qsort(m->indicators.items, m->indicators.count, sizeof(keyed), keyed_order);
    if (m->subs.count)
        qsort(m->subs.items, m->subs.count, sizeof(keyed), keyed_order);
    return 0;
}

/* The first node (in document order) whose key is key, or NULL. */
static xmlNodePtr index_find(const key_index *x, const char *key)
{
    size_t lo = 0, hi = x->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(x->items[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < x->count && strcmp(x->items[lo].key, key) == 0 ? x->items[lo].node : NULL;
}

static void remove_children(xmlNodePtr n)
{
    while (n->children) {
        xmlNodePtr c = n->children;
        xmlUnlinkNode(c);
        xmlFreeNode(c);
    }
}

/* parent's child named local, made (after the last of the names in
 * after[] present, else first) when absent. */
static xmlNodePtr ensure_child(merge *m, xmlNodePtr parent, const char *local, const char *const *after)
{
    xmlNodePtr c = child_named(parent, local);
    if (c)
        return c;
    xmlNodePtr anchor = NULL;
    for (xmlNodePtr k = parent->children; k; k = k->next)
        for (size_t i = 0; after && after[i]; i++)
            if (is_named(k, after[i]))
                anchor = k;
    c = xmlNewNode(m->ns, BAD_CAST local);
    if (!c)
        return NULL;
    if (anchor)
        xmlAddNextSibling(anchor, c);
    else if (parent->children)
        xmlAddPrevSibling(parent->children, c);
    else
        xmlAddChild(parent, c);
    return c;
}

static const char *row_key(const sheet *s, unsigned long row, unsigned long key_col)
{
    const cell *k = sheet_at(s, row, key_col);
    return k && k->kind == CELL_TEXT && k->text[0] ? k->text : NULL;
}

static unsigned long last_row(const sheet *s)
{
    return s->count ? s->cells[s->count - 1].row : 0; /* cells are in row order */
}

static void unknown_key(merge *m, const sheet *s, unsigned long row, unsigned long col, const char *key)
{
    char where[160], shown[120];
    snprintf(shown, sizeof shown, "%.100s", key);
    cell_loc loc = at_cell(m->b, s->name, row, col, where, sizeof where);
    XDIAG(m->b->d, D_XLSX_UNKNOWN_KEY, &loc, shown);
}

/* Identitas: kepala.* and alamat. */
static void merge_identitas(merge *m, const sheet *s)
{
    unsigned long kc = need_column(m->b, s, "Kunci"), vc = need_column(m->b, s, "Isi");
    if (!kc || !vc)
        return;
    xmlNodePtr unit = child_named(xmlDocGetRootElement(m->plan), "unit");
    static const char *const after_alamat[] = {"nama", "singkatan", NULL};
    static const char *const after_kepala[] = {"nama", "singkatan", "alamat", NULL};
    static const char *const after_jabatan[] = {"nama", NULL};
    static const char *const after_nip[] = {"nama", "jabatan", NULL};
    static const char *const after_pangkat[] = {"nama", "jabatan", "nip", NULL};
    for (unsigned long r = 2; unit && r <= last_row(s); r++) {
        const char *key = row_key(s, r, kc);
        const cell *v = sheet_at(s, r, vc);
        if (!key)
            continue;
        xmlNodePtr target = NULL;
        /* unit.id, unit.kode, unit.nama: the plan's, shown for reading
         * (locked); never taken from the workbook. */
        if (strcmp(key, "unit.id") == 0 || strcmp(key, "unit.kode") == 0 || strcmp(key, "unit.nama") == 0)
            continue;
        if (strcmp(key, "alamat") == 0) {
            if (v && v->text[0])
                target = ensure_child(m, unit, "alamat", after_alamat);
        } else if (strncmp(key, "kepala.", 7) == 0) {
            const char *field = key + 7;
            const char *const *after = strcmp(field, "nama") == 0      ? NULL
                                       : strcmp(field, "jabatan") == 0 ? after_jabatan
                                       : strcmp(field, "nip") == 0     ? after_nip
                                       : strcmp(field, "pangkat") == 0 ? after_pangkat
                                                                       : (const char *const *)"";
            if (after == (const char *const *)"") {
                unknown_key(m, s, r, kc, key);
                continue;
            }
            if (v && v->text[0]) {
                xmlNodePtr kepala = ensure_child(m, unit, "kepala", after_kepala);
                target = kepala ? ensure_child(m, kepala, field, after) : NULL;
            }
        } else {
            unknown_key(m, s, r, kc, key);
            continue;
        }
        if (target && v) {
            if (v->kind == CELL_NO_VALUE || v->kind == CELL_ERROR) {
                double ignored;
                cell_number(m->b, s, v, &ignored);
                continue;
            }
            xmlNodeSetContent(target, NULL);
            xmlNodeAddContent(target, BAD_CAST v->text);
            mark_cell(m, target, NULL, s, v->row, v->col);
        }
    }
}

/* The period columns: Jan..Des, TW I..TW IV, Tahunan. */
typedef struct period_col {
    const char *element; /* bulan, triwulan, tahunan */
    int ke;              /* 0 for tahunan */
    unsigned long col;
} period_col;

static size_t period_columns(const sheet *s, period_col *out)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                         "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
    static const char *const quarters[] = {"TW I", "TW II", "TW III", "TW IV"};
    size_t n = 0;
    for (int i = 0; i < 12; i++)
        if ((out[n].col = column_of(s, months[i])) != 0)
            out[n].element = "bulan", out[n].ke = i + 1, n++;
    for (int i = 0; i < 4; i++)
        if ((out[n].col = column_of(s, quarters[i])) != 0)
            out[n].element = "triwulan", out[n].ke = i + 1, n++;
    if ((out[n].col = column_of(s, "Tahunan")) != 0)
        out[n].element = "tahunan", out[n].ke = 0, n++;
    return n;
}

/* The pengali the plan gives a ratio indicator (on any of its values). */
static xmlChar *plan_pengali(xmlNodePtr indicator)
{
    for (xmlNodePtr r = indicator->children; r; r = r->next) {
        if (!is_named(r, "realisasi"))
            continue;
        for (xmlNodePtr p = r->children; p; p = p->next)
            if (p->type == XML_ELEMENT_NODE) {
                xmlChar *v = xmlGetProp(p, BAD_CAST "pengali");
                if (v)
                    return v;
            }
    }
    return NULL;
}

static xmlNodePtr fresh_realisasi(merge *m, xmlNodePtr indicator)
{
    xmlNodePtr real = NULL;
    for (xmlNodePtr r = indicator->children; r; r = r->next)
        if (is_named(r, "realisasi")) {
            xmlChar *t = xmlGetProp(r, BAD_CAST "tahun");
            int same = t && strcmp((const char *)t, m->year) == 0;
            xmlFree(t);
            if (same)
                real = r;
        }
    if (real) {
        remove_children(real);
        return real;
    }
    static const char *const before[] = {"nama", "satuan", "definisi", "sumber-data", "rumus", "baseline",
                                         "target", "target-akhir", "target-pk", "standar-nasional", NULL};
    real = ensure_child(m, indicator, "realisasi", before);
    if (real)
        xmlSetProp(real, BAD_CAST "tahun", BAD_CAST m->year);
    return real;
}

static int row_has_value(const sheet *s, unsigned long row, const period_col *pc, size_t np)
{
    for (size_t i = 0; i < np; i++) {
        const cell *c = sheet_at(s, row, pc[i].col);
        if (c && (c->kind != CELL_TEXT || skip_space(c->text)[0]))
            return 1;
    }
    return 0;
}

/* What an indicator's nilai row holds: a grade on its scale (skala), text
 * (an indicator whose targets are text: anything goes, docs/format.md 7),
 * or a number. */
typedef enum { VALUE_NUMBER, VALUE_GRADE, VALUE_TEXT } value_kind;

static value_kind value_kind_of(xmlNodePtr ind, xmlChar **scale)
{
    *scale = xmlGetProp(ind, BAD_CAST "skala");
    if (*scale)
        return VALUE_GRADE;
    xmlNodePtr target = child_named(ind, "target");
    return target && xmlHasProp(target, BAD_CAST "teks") ? VALUE_TEXT : VALUE_NUMBER;
}

/* The codes of a scale, for a diagnostic: "AA, A, BB". */
static void scale_codes(xmlNodePtr scale, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (xmlNodePtr t = scale->children; t; t = t->next) {
        xmlChar *code = is_named(t, "tingkat") ? xmlGetProp(t, BAD_CAST "kode") : NULL;
        if (code && used < size) {
            int n = snprintf(out + used, size - used, "%s%s", used ? ", " : "", (const char *)code);
            used += n > 0 ? (size_t)n : 0;
        }
        xmlFree(code);
    }
}

/* A graded indicator's cell: 0 with the scale's own code in out (typed in
 * any case, spaces around it ignored; a number cell's stored text counts:
 * codes may be digits), 1 when empty, -1 after a diagnostic. */
static int cell_grade(merge *m, const sheet *s, const cell *c, const char *scale_id, char *out, size_t size)
{
    if (!c)
        return 1;
    if (c->kind == CELL_NO_VALUE || c->kind == CELL_ERROR) {
        double ignored;
        return cell_number(m->b, s, c, &ignored);
    }
    const char *t = skip_space(c->text);
    size_t n = strlen(t);
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r' || t[n - 1] == '\n'))
        n--;
    if (n == 0)
        return 1;
    xmlNodePtr scale = find_element(xmlDocGetRootElement(m->plan)->children, "skala", "id", scale_id);
    for (xmlNodePtr g = scale ? scale->children : NULL; g; g = g->next) {
        xmlChar *code = is_named(g, "tingkat") ? xmlGetProp(g, BAD_CAST "kode") : NULL;
        int same = code && strlen((const char *)code) == n && strncasecmp((const char *)code, t, n) == 0;
        if (same)
            snprintf(out, size, "%s", (const char *)code);
        xmlFree(code);
        if (same)
            return 0;
    }
    if (!scale) { /* a plan without its scale: lkjip check says so, not the workbook */
        snprintf(out, size, "%.*s", (int)(n < size ? n : size - 1), t);
        return 0;
    }
    char where[160], shown[120], codes[300];
    snprintf(shown, sizeof shown, "%.*s", (int)(n < 100 ? n : 100), t);
    scale_codes(scale, codes, sizeof codes);
    cell_loc loc = at_cell(m->b, s->name, c->row, c->col, where, sizeof where);
    XDIAG(m->b->d, D_XLSX_GRADE_UNKNOWN, &loc, shown, scale_id, codes);
    return -1;
}

/* The value of a nilai row's cell as the attribute that carries it
 * (nilai, predikat or teks, docs/format.md 7.2): 0 with *name and *value
 * (in buf, or the cell's own text), 1 when empty, -1 after a diagnostic. */
static int cell_value(merge *m, const sheet *s, const cell *c, value_kind kind, const char *scale, const char **name,
                      const char **value, char *buf, size_t size)
{
    double v;
    int rc;
    if (kind == VALUE_GRADE) {
        *name = "predikat";
        *value = buf;
        return cell_grade(m, s, c, scale, buf, size);
    }
    if (kind == VALUE_TEXT && c && c->kind == CELL_TEXT) {
        if (!skip_space(c->text)[0])
            return 1;
        *name = "teks";
        *value = c->text;
        return 0;
    }
    if ((rc = cell_number(m->b, s, c, &v)) != 0)
        return rc;
    format_number(v, buf, size);
    *name = "nilai";
    *value = buf;
    return 0;
}

/* One indicator: its nilai row, or its pembilang and penyebut rows. */
static void merge_indicator(merge *m, const sheet *s, xmlNodePtr ind, unsigned long key_col, unsigned long nilai_row,
                            unsigned long num_row, unsigned long den_row, const period_col *pc, size_t np)
{
    int any = (nilai_row && row_has_value(s, nilai_row, pc, np)) || (num_row && row_has_value(s, num_row, pc, np)) ||
              (den_row && row_has_value(s, den_row, pc, np));
    if (!any) {
        for (xmlNodePtr r = ind->children, next; r; r = next) {
            next = r->next;
            xmlChar *t = is_named(r, "realisasi") ? xmlGetProp(r, BAD_CAST "tahun") : NULL;
            if (t && strcmp((const char *)t, m->year) == 0) {
                xmlUnlinkNode(r);
                xmlFreeNode(r);
            }
            xmlFree(t);
        }
        return;
    }
    xmlChar *pengali = plan_pengali(ind), *scale = NULL;
    value_kind kind = value_kind_of(ind, &scale);
    xmlNodePtr real = fresh_realisasi(m, ind);
    mark_cell(m, real, NULL, s, nilai_row ? nilai_row : num_row ? num_row : den_row, key_col);
    for (size_t i = 0; real && i < np; i++) {
        char text[40], text2[40], buf[80];
        double v, w;
        if (nilai_row) {
            const char *name, *value;
            if (cell_value(m, s, sheet_at(s, nilai_row, pc[i].col), kind, (const char *)scale, &name, &value, buf,
                           sizeof buf) != 0)
                continue;
            xmlNodePtr p = xmlNewChild(real, m->ns, BAD_CAST pc[i].element, NULL);
            if (pc[i].ke) {
                format_whole(pc[i].ke, text, sizeof text);
                xmlSetProp(p, BAD_CAST "ke", BAD_CAST text);
            }
            xmlSetProp(p, BAD_CAST name, BAD_CAST value);
            mark_cell(m, p, NULL, s, nilai_row, pc[i].col);
            continue;
        }
        const cell *cn = num_row ? sheet_at(s, num_row, pc[i].col) : NULL;
        const cell *cd = den_row ? sheet_at(s, den_row, pc[i].col) : NULL;
        int rn = cell_number(m->b, s, cn, &v), rd = cell_number(m->b, s, cd, &w);
        if (rn < 0 || rd < 0 || (rn == 1 && rd == 1))
            continue;
        if (rn == 1 || rd == 1) {
            const cell *have = rn == 0 ? cn : cd;
            char where[160];
            cell_loc loc = at_cell(m->b, s->name, have->row, have->col, where, sizeof where);
            XDIAG(m->b->d, D_XLSX_RATIO_HALF, &loc, rn == 0 ? "pembilang" : "penyebut",
                 rn == 0 ? "penyebut" : "pembilang");
            continue;
        }
        xmlNodePtr p = xmlNewChild(real, m->ns, BAD_CAST pc[i].element, NULL);
        if (pc[i].ke) {
            format_whole(pc[i].ke, text, sizeof text);
            xmlSetProp(p, BAD_CAST "ke", BAD_CAST text);
        }
        format_number(v, text, sizeof text);
        format_number(w, text2, sizeof text2);
        xmlSetProp(p, BAD_CAST "pembilang", BAD_CAST text);
        xmlSetProp(p, BAD_CAST "penyebut", BAD_CAST text2);
        if (pengali)
            xmlSetProp(p, BAD_CAST "pengali", pengali);
        mark_cell(m, p, NULL, s, cn->row, cn->col);
        mark_cell(m, p, "pembilang", s, cn->row, cn->col);
        mark_cell(m, p, "penyebut", s, cd->row, cd->col);
    }
    xmlFree(pengali);
    xmlFree(scale);
}

/* Realisasi: rows by (Kunci, Jenis), the indicator's values rebuilt. */
static void merge_realisasi(merge *m, const sheet *s)
{
    unsigned long kc = need_column(m->b, s, "Kunci"), jc = need_column(m->b, s, "Jenis");
    period_col pc[17];
    size_t np = period_columns(s, pc);
    if (!kc || !jc)
        return;
    if (np == 0) {
        need_column(m->b, s, "Tahunan");
        return;
    }
    unsigned long last = last_row(s);
    unsigned char *done = calloc(last + 1, 1);
    if (!done) {
        cell_loc loc = at_file(m->b);
        XDIAG0(m->b->d, D_NO_MEMORY, &loc);
        return;
    }
    for (unsigned long r = 2; r <= last; r++) {
        const char *key = row_key(s, r, kc);
        if (!key || done[r])
            continue;
        xmlNodePtr ind = index_find(&m->indicators, key);
        if (!ind) {
            unknown_key(m, s, r, kc, key);
            continue;
        }
        /* Every row of this key, by Jenis. */
        unsigned long rows[3] = {0, 0, 0}; /* nilai, pembilang, penyebut */
        static const char *const kinds[3] = {"nilai", "pembilang", "penyebut"};
        for (unsigned long q = r; q <= last; q++) {
            const char *k2 = row_key(s, q, kc);
            if (!k2 || strcmp(k2, key) != 0)
                continue;
            done[q] = 1;
            const cell *j = sheet_at(s, q, jc);
            int kind = -1;
            for (int i = 0; j && i < 3; i++)
                if (strcmp(j->text, kinds[i]) == 0)
                    kind = i;
            if (kind < 0) {
                unknown_key(m, s, q, jc, j ? j->text : "");
                continue;
            }
            if (rows[kind]) {
                char where[160], first[24], shown[160];
                snprintf(first, sizeof first, "%lu", rows[kind]);
                snprintf(shown, sizeof shown, "%.100s %s", key, kinds[kind]);
                cell_loc loc = at_cell(m->b, s->name, q, kc, where, sizeof where);
                XDIAG(m->b->d, D_XLSX_DUPLICATE_ROW, &loc, shown, first);
                continue;
            }
            rows[kind] = q;
        }
        merge_indicator(m, s, ind, kc, rows[0], rows[0] ? 0 : rows[1], rows[0] ? 0 : rows[2], pc, np);
    }
    free(done);
}

/* Anggaran: each sub kegiatan's monthly realisasi rebuilt. */
static void merge_anggaran(merge *m, const sheet *s)
{
    unsigned long kc = need_column(m->b, s, "Kunci");
    period_col pc[17];
    size_t np = period_columns(s, pc);
    if (!kc)
        return;
    static const char *const before[] = {"nama", "indikator", "lokasi", "pagu", NULL};
    for (unsigned long r = 2; r <= last_row(s); r++) {
        const char *key = row_key(s, r, kc);
        if (!key)
            continue;
        xmlNodePtr sub = index_find(&m->subs, key);
        if (!sub) {
            unknown_key(m, s, r, kc, key);
            continue;
        }
        xmlNodePtr old = child_named(sub, "realisasi-anggaran");
        if (old) {
            xmlUnlinkNode(old);
            xmlFreeNode(old);
        }
        if (!row_has_value(s, r, pc, np))
            continue;
        xmlNodePtr ra = ensure_child(m, sub, "realisasi-anggaran", before);
        mark_cell(m, ra, NULL, s, r, kc);
        for (size_t i = 0; ra && i < np; i++) {
            double v;
            if (strcmp(pc[i].element, "bulan") != 0 || cell_number(m->b, s, sheet_at(s, r, pc[i].col), &v) != 0)
                continue;
            char text[40];
            xmlNodePtr p = xmlNewChild(ra, m->ns, BAD_CAST "bulan", NULL);
            format_whole(pc[i].ke, text, sizeof text);
            xmlSetProp(p, BAD_CAST "ke", BAD_CAST text);
            format_number(v, text, sizeof text);
            xmlSetProp(p, BAD_CAST "nilai", BAD_CAST text);
            mark_cell(m, p, NULL, s, r, pc[i].col);
        }
    }
}

/* Text into blocks: blank lines separate paragraphs, "- " lines are list
 * items. */
static void add_blocks(merge *m, xmlNodePtr parent, const char *text)
{
    xmlNodePtr list = NULL;
    xmlBufferPtr para = xmlBufferCreate();
    if (!para)
        return;
    const char *p = text;
    for (;;) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
            n--;
        const char *line = skip_space(p);
        n -= (size_t)(line - p) <= n ? (size_t)(line - p) : n;
        int blank = n == 0, item = n >= 2 && line[0] == '-' && line[1] == ' ';
        if (!blank && !item) {
            if (xmlBufferLength(para))
                xmlBufferCCat(para, " ");
            xmlBufferAdd(para, BAD_CAST line, (int)n);
            list = NULL;
        }
        if ((blank || item || !eol) && xmlBufferLength(para)) {
            xmlNewTextChild(parent, m->ns, BAD_CAST "p", xmlBufferContent(para));
            xmlBufferEmpty(para);
        }
        if (item) {
            if (!list)
                list = xmlNewChild(parent, m->ns, BAD_CAST "ul", NULL);
            char *copy = strndup(line + 2, n - 2);
            if (list && copy)
                xmlNewTextChild(list, m->ns, BAD_CAST "li", BAD_CAST copy);
            free(copy);
        } else if (blank) {
            list = NULL;
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    xmlBufferFree(para);
}

/* A Narasi key naming a chapter: the submission's own narasi/@bab
 * (docs/workbook.md, docs/format.md 11.1). */
static const char *chapter_of(const char *key)
{
    static const char *const chapters[] = {"ikhtisar",      "pendahuluan", "perencanaan",
                                           "akuntabilitas", "anggaran",    "penutup"};
    for (size_t i = 0; i < sizeof chapters / sizeof chapters[0]; i++)
        if (strcmp(key, chapters[i]) == 0)
            return chapters[i];
    return NULL;
}

static void merge_narasi(merge *m, const sheet *s)
{
    unsigned long kc = need_column(m->b, s, "Kunci"), tc = need_column(m->b, s, "Teks");
    if (!kc || !tc)
        return;
    xmlNodePtr root = xmlDocGetRootElement(m->plan);
    static const char *const parts[] = {"konteks", "penyebab", "solusi", "efisiensi"};
    static const char *const before_analisis[] = {"uraian", "indikator", NULL};
    for (unsigned long r = 2; r <= last_row(s); r++) {
        const char *key = row_key(s, r, kc);
        if (!key)
            continue;
        const cell *t = sheet_at(s, r, tc);
        const char *text = t && t->kind == CELL_TEXT ? t->text : "";
        xmlNodePtr target = NULL;
        const char *slash = strchr(key, '/');
        const char *chapter = chapter_of(key);
        if (chapter) {
            if (!skip_space(text)[0])
                continue;
            target = find_element(root->children, "narasi", "bab", chapter);
            if (!target) {
                target = xmlNewChild(root, m->ns, BAD_CAST "narasi", NULL);
                if (target)
                    xmlSetProp(target, BAD_CAST "bab", BAD_CAST chapter);
            }
        } else if (slash) {
            char id[256];
            snprintf(id, sizeof id, "%.*s", (int)(slash - key) < 255 ? (int)(slash - key) : 255, key);
            xmlNodePtr sasaran = find_element(root->children, "sasaran", "id", id);
            int part = -1;
            for (int i = 0; i < 4; i++)
                if (strcmp(slash + 1, parts[i]) == 0)
                    part = i;
            if (!sasaran || part < 0) {
                unknown_key(m, s, r, kc, key);
                continue;
            }
            if (!skip_space(text)[0])
                continue;
            xmlNodePtr analisis = ensure_child(m, sasaran, "analisis", before_analisis);
            const char *before[5] = {NULL};
            for (int i = 0; i < part; i++)
                before[i] = parts[i];
            target = analisis ? ensure_child(m, analisis, parts[part], part ? before : NULL) : NULL;
        } else {
            unknown_key(m, s, r, kc, key);
            continue;
        }
        if (target) {
            remove_children(target);
            add_blocks(m, target, text);
            mark_cell(m, target, NULL, s, r, tc);
        }
    }
}

/* ------------------------------------------------------------------ */
/* The whole import                                                    */
/* ------------------------------------------------------------------ */

static int open_zip(book *b, const unsigned char *bytes, size_t len)
{
    static const unsigned char ole2[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    cell_loc loc = at_file(b);
    if (len >= 8 && memcmp(bytes, ole2, 8) == 0) {
        XDIAG0(b->d, D_XLSX_OLD_XLS, &loc);
        return -1;
    }
    if (len < 4 || memcmp(bytes, "PK\003\004", 4) != 0) {
        XDIAG(b->d, D_XLSX_NOT_WORKBOOK, &loc, len == 0 ? "0 byte" : "zip?");
        return -1;
    }
    char missing[600];
    if (workbook_libs_load(WORKBOOK_ZIP, missing, sizeof missing) != 0) {
        XDIAG(b->d, D_IO_READ, &loc, missing);
        return -1;
    }
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &err);
    if (src)
        b->zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!b->zip) {
        XDIAG(b->d, D_XLSX_ZIP_CORRUPT, &loc, zip_error_strerror(&err));
        if (src)
            zip_source_free(src);
        zip_error_fini(&err);
        return -1;
    }
    zip_error_fini(&err);
    return scan_entries(b);
}

static int plan_bytes(book *b, const unsigned char *plan, size_t plan_len, unsigned char **out, size_t *out_len)
{
    if (plan) {
        *out = malloc(plan_len + 1);
        if (!*out)
            return -1;
        memcpy(*out, plan, plan_len);
        *out_len = plan_len;
        return 0;
    }
    sheet hidden;
    int rc = read_sheet(b, "lkjip", &hidden);
    if (rc == 1) {
        cell_loc loc = at_file(b);
        XDIAG0(b->d, D_XLSX_NO_PLAN, &loc);
        return -1;
    }
    if (rc != 0)
        return -1;
    *out = embedded_plan(b, &hidden, out_len);
    sheet_free(&hidden);
    return *out ? 0 : -1;
}

void import_cells_free(import_cells *cells)
{
    for (size_t i = 0; i < cells->count; i++) {
        free(cells->items[i].attr);
        free(cells->items[i].cell);
    }
    free(cells->items);
    memset(cells, 0, sizeof *cells);
}

static int add_mark(import_cells *cells, size_t element, const char *attr, const char *where)
{
    if (cells->count == cells->capacity) {
        size_t cap = cells->capacity ? 2 * cells->capacity : 64;
        import_cell *grown = realloc(cells->items, cap * sizeof *grown);
        if (!grown)
            return -1;
        cells->items = grown;
        cells->capacity = cap;
    }
    import_cell *c = &cells->items[cells->count];
    c->element = element;
    c->attr = attr ? strdup(attr) : NULL;
    c->cell = strdup(where);
    if ((attr && !c->attr) || !c->cell) {
        free(c->attr);
        free(c->cell);
        return -1;
    }
    cells->count++;
    return 0;
}

/* Takes every cell mark off doc (and mark's declaration off the root),
 * noting them in cells when it is not NULL. 0, or -1 when out of memory. */
static int strip_marks(xmlDocPtr doc, xmlNsPtr mark, import_cells *cells)
{
    if (!mark)
        return 0;
    int rc = 0;
    size_t ordinal = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr n = root; n; n = pos_next_element(n), ordinal++) {
        for (xmlAttrPtr a = n->properties, next; a; a = next) {
            next = a->next;
            if (a->ns != mark)
                continue;
            const char *name = (const char *)a->name;
            xmlChar *value = xmlNodeGetContent((xmlNodePtr)a);
            if (cells && rc == 0 && value)
                rc = add_mark(cells, ordinal, strncmp(name, "sel-", 4) == 0 ? name + 4 : NULL, (const char *)value);
            else if (cells && !value)
                rc = -1;
            xmlFree(value);
            xmlRemoveProp(a);
        }
    }
    for (xmlNsPtr *p = &root->nsDef; *p; p = &(*p)->next)
        if (*p == mark) {
            *p = mark->next;
            mark->next = NULL;
            xmlFreeNs(mark);
            break;
        }
    return rc;
}

/* The whole import: *out is the document whenever the plan could be read
 * (with errors too: the caller frees it), its cell marks off (noted in
 * cells when not NULL). Returns LKJ_EXIT_*. */
static int build_submission(const unsigned char *bytes, size_t len, const char *name, const unsigned char *plan,
                            size_t plan_len, const lkj_limits *limits, xmlDocPtr *out, import_cells *cells,
                            lkj_diags *d)
{
    *out = NULL;
    book b = {.name = name, .d = d, .limits = limits};
    size_t errors = lkj_diags_count_severity(d, LKJ_SEV_ERROR) + lkj_diags_count_severity(d, LKJ_SEV_FATAL);
    unsigned long failures = load_memory_failures();
    xmlDocPtr doc = NULL;
    unsigned char *pbytes = NULL;
    size_t plen = 0;
    int marks_lost = 0;
    if (open_zip(&b, bytes, len) != 0 || read_sheet_map(&b) != 0 || read_shared_strings(&b) != 0 ||
        plan_bytes(&b, plan, plan_len, &pbytes, &plen) != 0)
        goto done;
    doc = parse_part(&b, plan ? "--plan" : "lkjip!A6", pbytes, plen);
    pbytes = NULL;
    if (!doc)
        goto done;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlChar *year = xmlGetProp(root, BAD_CAST "tahun");
    merge m = {&b, doc, root->ns, year ? (const char *)year : "0", {0}, {0}, NULL};
    m.mark = xmlNewNs(root, BAD_CAST MARK_NS, BAD_CAST "lkjsel"); /* NULL (taken): no marks */
    int indexed = index_plan(&m) == 0;
    if (!indexed) {
        cell_loc loc = at_file(&b);
        XDIAG0(d, D_NO_MEMORY, &loc);
    }
    static const char *const names[] = {"Identitas", "Realisasi", "Anggaran", "Narasi"};
    static void (*const mergers[])(merge *, const sheet *) = {merge_identitas, merge_realisasi, merge_anggaran,
                                                             merge_narasi};
    for (size_t i = 0; indexed && i < 4; i++) {
        sheet s;
        int rc = read_sheet(&b, names[i], &s);
        if (rc == 1) {
            cell_loc loc = at_file(&b);
            XDIAG(d, D_XLSX_MISSING_SHEET, &loc, names[i]);
            continue;
        }
        if (rc == 0)
            mergers[i](&m, &s);
        sheet_free(&s);
    }
    free(m.indicators.items);
    free(m.subs.items);
    xmlFree(year);
    marks_lost = strip_marks(doc, m.mark, cells) != 0;
done:
    free(pbytes);
    book_free(&b);
    size_t now = lkj_diags_count_severity(d, LKJ_SEV_ERROR) + lkj_diags_count_severity(d, LKJ_SEV_FATAL);
    if (load_memory_failures() != failures || marks_lost) {
        cell_loc loc = {name, NULL};
        XDIAG0(d, D_NO_MEMORY, &loc);
        now++;
    }
    *out = doc;
    if (lkj_diags_count_severity(d, LKJ_SEV_FATAL))
        return LKJ_EXIT_IO;
    return now != errors || !doc ? LKJ_EXIT_PROBLEMS : LKJ_EXIT_OK;
}

int import_workbook(const unsigned char *bytes, size_t len, const char *name, const unsigned char *plan,
                    size_t plan_len, const lkj_limits *limits, xmlDocPtr *out, lkj_diags *d)
{
    int rc = build_submission(bytes, len, name, plan, plan_len, limits, out, NULL, d);
    if (rc != LKJ_EXIT_OK) {
        xmlFreeDoc(*out);
        *out = NULL;
    }
    return rc;
}

int import_decode(unsigned char *raw, size_t raw_len, const lkj_limits *limits, load_doc *ld, import_cells *cells,
                  lkj_diags *d)
{
    xmlDocPtr doc = NULL;
    int rc = build_submission(raw, raw_len, ld->name, NULL, 0, limits, &doc, cells, d);
    free(raw);
    if (!doc)
        return rc;
    xmlChar *data = NULL;
    int size = 0;
    unsigned long failures = load_memory_failures();
    xmlDocDumpMemoryEnc(doc, &data, &size, "UTF-8");
    xmlFreeDoc(doc);
    ld->bytes = data && size > 0 ? malloc((size_t)size + 1) : NULL;
    if (ld->bytes) {
        memcpy(ld->bytes, data, (size_t)size);
        ld->bytes[size] = '\0';
        ld->len = (size_t)size;
    }
    xmlFree(data);
    if (!ld->bytes || load_memory_failures() != failures) {
        free(ld->bytes);
        ld->bytes = NULL;
        ld->len = 0;
        cell_loc loc = {ld->name, NULL};
        XDIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    return rc;
}

/* The element's place in document order (the root is 0). */
static size_t ordinal_of(xmlDocPtr doc, xmlNodePtr node)
{
    size_t k = 0;
    for (xmlNodePtr n = xmlDocGetRootElement(doc); n && n != node; n = pos_next_element(n))
        k++;
    return k;
}

/* The cell noted for element's attr (NULL: the element itself), or NULL.
 * strip_marks notes them in document order: a binary search finds the
 * element's (a workbook of 50,000 rows is no quadratic walk). */
static const char *cell_of(const import_cells *cells, size_t element, const char *attr)
{
    size_t lo = 0, hi = cells->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cells->items[mid].element < element)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < cells->count && cells->items[i].element == element; i++) {
        const import_cell *c = &cells->items[i];
        if (attr ? c->attr && strcmp(c->attr, attr) == 0 : !c->attr)
            return c->cell;
    }
    return NULL;
}

/* The cell that wrote what is at offset of ld: the attribute there, its
 * element, or the nearest ancestor written from a cell. */
static const char *cell_at(load_doc *ld, const import_cells *cells, size_t offset)
{
    char attr[128];
    xmlNodePtr n = ld->doc ? pos_element_at(ld, offset, attr, sizeof attr) : NULL;
    if (n && !attr[0])
        pos_attr_name_at(ld, n, offset, attr, sizeof attr);
    for (int own = 1; n && n->type == XML_ELEMENT_NODE; n = n->parent, own = 0) {
        size_t k = ordinal_of(ld->doc, n);
        const char *c = own && attr[0] ? cell_of(cells, k, attr) : NULL;
        if (!c)
            c = cell_of(cells, k, NULL);
        if (c)
            return c;
    }
    return IMPORT_PLAN_CELL;
}

void import_place(load_doc *ld, const import_cells *cells, lkj_diags *d, size_t first)
{
    for (size_t i = first; i < lkj_diags_count(d); i++) {
        const lkj_diag *g = lkj_diags_at(d, i);
        if (g->cell || !g->line || strcmp(g->file, ld->name) != 0)
            continue;
        size_t offset = pos_offset_of(ld, g->line, g->column ? g->column : 1);
        diag_set_cell(d, i, cell_at(ld, cells, offset));
    }
}

typedef struct cell_table {
    m_cell_at *items;
    size_t count, capacity;
    int failed;
} cell_table;

static void table_add(cell_table *t, load_doc *ld, xmlNodePtr n, const char *where)
{
    if (t->failed)
        return;
    if (t->count == t->capacity) {
        size_t cap = t->capacity ? 2 * t->capacity : 128;
        m_cell_at *grown = realloc(t->items, cap * sizeof *grown);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->items = grown;
        t->capacity = cap;
    }
    diag_loc loc;
    pos_of_node(ld, n, &loc);
    t->items[t->count++] = (m_cell_at){{(uint32_t)loc.line, (uint32_t)loc.column}, where};
}

/* Every element under n (n itself first), with the cell it or its nearest
 * ancestor was written from (inherited: NULL when none). */
static void table_walk(cell_table *t, load_doc *ld, const import_cells *cells, xmlNodePtr n, size_t *ordinal,
                       const char *inherited)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *own = cell_of(cells, (*ordinal)++, NULL);
        const char *where = own ? own : inherited;
        if (where)
            table_add(t, ld, n, where);
        table_walk(t, ld, cells, n->children, ordinal, where);
    }
}

int import_cell_table(load_doc *ld, const import_cells *cells, m_unit *u)
{
    cell_table t = {NULL, 0, 0, 0};
    size_t ordinal = 0;
    table_walk(&t, ld, cells, ld->doc ? xmlDocGetRootElement(ld->doc) : NULL, &ordinal, NULL);
    m_cell_at *kept = t.failed ? NULL : arena_alloc(u->arena, t.count * sizeof *kept);
    for (size_t i = 0; kept && i < t.count; i++) {
        kept[i].pos = t.items[i].pos;
        kept[i].cell = arena_strdup(u->arena, t.items[i].cell);
    }
    free(t.items);
    if (!kept || arena_failed(u->arena))
        return -1;
    u->cells = kept;
    u->cell_count = t.count;
    return 0;
}

static int has_sheet(const book *b, const char *name)
{
    for (size_t i = 0; i < b->nsheets; i++)
        if (strcmp(b->sheets[i].name, name) == 0)
            return 1;
    return 0;
}

/* What the hidden sheet "lkjip" of a workbook says (read: NULL when it is
 * not what the caller looks for), read with as little as it takes: the
 * sheet names, then, when the book has the sheet needs (NULL: any book),
 * the shared strings and that one sheet. */
static char *from_hidden_sheet(const unsigned char *bytes, size_t len, const lkj_limits *limits, const char *needs,
                               char *(*read)(const sheet *hidden))
{
    lkj_diags *scratch = lkj_diags_new(LKJ_LANG_ID);
    if (!scratch)
        return NULL;
    book b = {.name = "-", .d = scratch, .limits = limits};
    char *said = NULL;
    sheet hidden;
    memset(&hidden, 0, sizeof hidden);
    if (open_zip(&b, bytes, len) == 0 && read_sheet_map(&b) == 0 && (!needs || has_sheet(&b, needs)) &&
        read_shared_strings(&b) == 0 && read_sheet(&b, "lkjip", &hidden) == 0)
        said = read(&hidden);
    sheet_free(&hidden);
    book_free(&b);
    lkj_diags_free(scratch);
    return said;
}

/* An answer sheet's unit (A2 under its mark in A1). */
static char *lke_sheet_unit(const sheet *hidden)
{
    const cell *a1 = sheet_at(hidden, 1, 1), *a2 = sheet_at(hidden, 2, 1);
    return a1 && strcmp(a1->text, IMPORT_LKE_SHEET_MARK) == 0 ? strdup(a2 ? a2->text : "?") : NULL;
}

/* An OPD workbook's unit (A2 under "lkjip-workbook 1…" in A1). */
static char *workbook_unit(const sheet *hidden)
{
    const cell *a1 = sheet_at(hidden, 1, 1), *a2 = sheet_at(hidden, 2, 1);
    return a1 && a2 && a2->kind == CELL_TEXT && strncmp(a1->text, "lkjip-workbook 1", 16) == 0 ? strdup(a2->text)
                                                                                               : NULL;
}

/* An OPD workbook has no sheet LKE: it costs no more than its sheet names. */
char *import_lke_sheet_unit(const unsigned char *bytes, size_t len, const lkj_limits *limits)
{
    return from_hidden_sheet(bytes, len, limits, "LKE", lke_sheet_unit);
}

char *import_claim(const unsigned char *bytes, size_t len, const lkj_limits *limits)
{
    return from_hidden_sheet(bytes, len, limits, NULL, workbook_unit);
}

/* ------------------------------------------------------------------ */
/* Sheets as text, for other readers (import.h: import_book)           */
/* ------------------------------------------------------------------ */

#define IMPORT_BOOK_SHEETS 8

struct import_book {
    book b;
    sheet sheets[IMPORT_BOOK_SHEETS];
    size_t count;
};

import_book *import_book_open(const unsigned char *bytes, size_t len, const char *name, const lkj_limits *limits,
                              lkj_diags *d)
{
    import_book *x = calloc(1, sizeof *x);
    if (!x) {
        cell_loc loc = {name, NULL};
        XDIAG0(d, D_NO_MEMORY, &loc);
        return NULL;
    }
    x->b = (book){.name = name, .d = d, .limits = limits};
    if (open_zip(&x->b, bytes, len) != 0 || read_sheet_map(&x->b) != 0 || read_shared_strings(&x->b) != 0) {
        import_book_close(x);
        return NULL;
    }
    return x;
}

int import_book_sheet(import_book *x, const char *name, size_t *index)
{
    if (x->count == IMPORT_BOOK_SHEETS)
        return -1; /* a caller's mistake: it reads a few sheets it knows */
    int rc = read_sheet(&x->b, name, &x->sheets[x->count]);
    if (rc == 0)
        *index = x->count++;
    return rc;
}

const char *import_book_text(const import_book *x, size_t at, unsigned long row, unsigned long col)
{
    const cell *c = sheet_at(&x->sheets[at], row, col);
    return c && c->kind != CELL_NO_VALUE && c->text && c->text[0] ? c->text : NULL;
}

unsigned long import_book_last_row(const import_book *x, size_t at)
{
    return last_row(&x->sheets[at]);
}

unsigned long import_book_column(import_book *x, size_t at, const char *header)
{
    return need_column(&x->b, &x->sheets[at], header);
}

void import_book_cell_name(const import_book *x, size_t at, unsigned long row, unsigned long col, char *out,
                           size_t size)
{
    at_cell(&x->b, x->sheets[at].name, row, col, out, size);
}

void import_book_close(import_book *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->count; i++)
        sheet_free(&x->sheets[i]);
    book_free(&x->b);
    free(x);
}

/* ------------------------------------------------------------------ */
/* lkjip import                                                        */
/* ------------------------------------------------------------------ */

static int write_out(const char *path, const xmlChar *data, int size)
{
    if (!path)
        return fwrite(data, 1, (size_t)size, stdout) == (size_t)size && fflush(stdout) == 0 ? 0 : -1;
    return output_write_atomic(path, data, (size_t)size);
}

/* One workbook to out_path (NULL: stdout), its diagnostics rendered with
 * r; the counts of its errors and warnings added to *errors, *warnings. */
/* The submissions of import_run_many, written under temporary names and
 * not yet on disk: one syncfs makes them all durable before they are
 * renamed (an fsync per file would cost more than importing it). */
typedef struct pending {
    char (*tmp)[4200];
    char (*final)[4200];
    size_t count;
} pending;

/* Writes data under a temporary name beside path, without fsync, and notes
 * it in p. 0, or -1 with errno. */
static int write_pending(pending *p, const char *path, const xmlChar *data, int size)
{
    char *tmp = p->tmp[p->count];
    snprintf(tmp, sizeof p->tmp[0], "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0)
        return -1;
    int ok = write(fd, data, (size_t)size) == (ssize_t)size;
    int err = errno;
    ok = (close(fd) == 0) && ok;
    if (!ok) {
        unlink(tmp);
        errno = err ? err : EIO;
        return -1;
    }
    snprintf(p->final[p->count], sizeof p->final[0], "%s", path);
    p->count++;
    return 0;
}

static int import_one(render *r, const char *path, const char *plan_path, const char *out_path,
                      const lkj_limits *limits, lkj_lang lang, pending *later, size_t *errors, size_t *warnings)
{
    lkj_diags *d = lkj_diags_new(lang);
    if (!d)
        return LKJ_EXIT_IO;
    diag_begin_file(d, limits->max_diags_per_file);
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    unsigned char *raw = NULL, *plan = NULL;
    size_t raw_len = 0, plan_len = 0;
    xmlDocPtr doc = NULL;
    int status = load_read_raw(path, NULL, limits, name, &raw, &raw_len, d);
    if (status == LKJ_EXIT_OK && plan_path) {
        const char *ps = strrchr(plan_path, '/');
        load_doc ld = {.name = ps ? ps + 1 : plan_path};
        unsigned char *praw = NULL;
        size_t praw_len = 0;
        status = load_read_raw(plan_path, NULL, limits, ld.name, &praw, &praw_len, d);
        if (status == LKJ_EXIT_OK)
            status = load_decode(praw, praw_len, limits, &ld, d);
        plan = ld.bytes;
        plan_len = ld.len;
    }
    if (status == LKJ_EXIT_OK)
        status = import_workbook(raw, raw_len, name, plan, plan_len, limits, &doc, d);
    free(raw);
    free(plan);
    if (status == LKJ_EXIT_OK) {
        xmlChar *data = NULL;
        int size = 0;
        xmlDocDumpFormatMemoryEnc(doc, &data, &size, "UTF-8", 0);
        if (!data || (later ? write_pending(later, out_path, data, size) : write_out(out_path, data, size)) != 0) {
            cell_loc loc = {out_path ? out_path : "-", NULL};
            XDIAG(d, D_IO_WRITE, &loc, strerror(errno ? errno : EIO));
            status = LKJ_EXIT_IO;
        }
        xmlFree(data);
    }
    xmlFreeDoc(doc);
    diag_end_file(d, name);
    if (r)
        render_file(r, name, d, status);
    *errors += lkj_diags_count_severity(d, LKJ_SEV_ERROR);
    *warnings += lkj_diags_count_severity(d, LKJ_SEV_WARNING);
    lkj_diags_free(d);
    return status;
}

int import_run(const char *path, const char *plan_path, const char *out_path, const lkj_limits *limits,
               lkj_lang lang, int xml_diagnostics)
{
    size_t errors = 0, warnings = 0;
    render *r = render_begin(stderr, xml_diagnostics ? RENDER_XML : RENDER_TEXT, lang);
    int status = import_one(r, path, plan_path, out_path, limits, lang, NULL, &errors, &warnings);
    if (r)
        render_end(r, 1, errors, warnings, 1);
    return status;
}

void import_output_name(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    char stem[256];
    snprintf(stem, sizeof stem, "%s", slash ? slash + 1 : path);
    size_t n = strlen(stem);
    if (n > 5 && strcasecmp(stem + n - 5, ".xlsx") == 0)
        stem[n - 5] = '\0';
    char safe[128];
    output_safe_name(stem, safe, sizeof safe);
    snprintf(out, size, "%s.xml", safe);
}

/* A failure of the whole batch (the folder, the sync, a rename), rendered
 * under what it names. */
static void batch_failure(render *r, lkj_lang lang, const char *what, int err, size_t *errors)
{
    lkj_diags *d = lkj_diags_new(lang);
    if (!d)
        return;
    cell_loc loc = {what, NULL};
    XDIAG(d, D_IO_WRITE, &loc, strerror(err ? err : EIO));
    if (r)
        render_file(r, what, d, LKJ_EXIT_IO);
    *errors += lkj_diags_count_severity(d, LKJ_SEV_ERROR) + lkj_diags_count_severity(d, LKJ_SEV_FATAL);
    lkj_diags_free(d);
}

/* All the pending submissions on disk (one syncfs), then renamed to their
 * names, then the folder's entries on disk. A failure leaves no temporary
 * file behind. */
static int commit_pending(pending *p, const char *out_dir, render *r, lkj_lang lang, size_t *errors)
{
    int status = LKJ_EXIT_OK;
    int dir = open(out_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (p->count && (dir < 0 || syncfs(dir) != 0)) {
        batch_failure(r, lang, out_dir, errno, errors);
        for (size_t i = 0; i < p->count; i++)
            unlink(p->tmp[i]);
        status = LKJ_EXIT_IO;
    }
    for (size_t i = 0; status == LKJ_EXIT_OK && i < p->count; i++)
        if (rename(p->tmp[i], p->final[i]) != 0) {
            batch_failure(r, lang, p->final[i], errno, errors);
            unlink(p->tmp[i]);
            status = LKJ_EXIT_IO;
        }
    if (dir >= 0 && p->count && fsync(dir) != 0 && status == LKJ_EXIT_OK) {
        batch_failure(r, lang, out_dir, errno, errors);
        status = LKJ_EXIT_IO;
    }
    if (dir >= 0)
        close(dir);
    return status;
}

int import_run_many(const char *const *paths, size_t count, const char *out_dir, const lkj_limits *limits,
                    lkj_lang lang, int xml_diagnostics)
{
    size_t errors = 0, warnings = 0;
    int status = LKJ_EXIT_OK;
    render *r = render_begin(stderr, xml_diagnostics ? RENDER_XML : RENDER_TEXT, lang);
    pending later = {calloc(count ? count : 1, sizeof *later.tmp), calloc(count ? count : 1, sizeof *later.final), 0};
    if (!later.tmp || !later.final) {
        batch_failure(r, lang, out_dir, ENOMEM, &errors);
        status = LKJ_EXIT_IO;
    } else if (output_make_dirs(out_dir) != 0) {
        batch_failure(r, lang, out_dir, errno, &errors);
        status = LKJ_EXIT_IO;
    }
    int ready = status == LKJ_EXIT_OK;
    for (size_t i = 0; ready && i < count; i++) { /* one workbook's failure is its own */
        char name[160], out[4096];
        import_output_name(paths[i], name, sizeof name);
        snprintf(out, sizeof out, "%s/%s", out_dir, name);
        int one = import_one(r, paths[i], NULL, out, limits, lang, &later, &errors, &warnings);
        if (one > status)
            status = one;
    }
    if (ready) {
        int committed = commit_pending(&later, out_dir, r, lang, &errors);
        if (committed > status)
            status = committed;
    }
    free(later.tmp);
    free(later.final);
    if (r)
        render_end(r, count, errors, warnings, 1);
    return status;
}

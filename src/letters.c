/*
 * letters.c — a letter per submission and a summary per pemda (letters.h).
 *
 * While the run goes on, only each input's diagnostics are kept (copied,
 * at most the per-file cap of them). At the end each input is read again
 * through the loader (the same bounds, gzip included), once: what it names
 * itself (the unit's id and name, or the profile's entity) and a few lines
 * around each problem are taken from it, its letter is built as an XML
 * document (urn:lkjip:letter:1), turned into HTML by letter-html.xsl and
 * written into a staging tree; the summary comes last, and the tree is
 * published in one rename.
 *
 * Nothing read from an input reaches a file name: a letter is named after
 * the unit's id through output_safe_name, else after the file's own name
 * the same way, and a name already taken gets -2, -3, … in input order,
 * so two inputs never share a letter and the same inputs give the same
 * names. Text taken from an input (names, excerpts) is cleaned before it
 * goes into a letter: invalid UTF-8 becomes U+FFFD, control characters
 * show as their symbols (U+2400…), and invisible bidirectional controls,
 * which would reorder what follows them, show as [U+202E].
 */
#define _GNU_SOURCE /* realpath, flock */
#include "letters.h"

#include <errno.h>
#include <fcntl.h>
#include <libxml/tree.h>
#include <libxml/xmlstring.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "diag.h"
#include "emit.h"
#include "import.h"
#include "load.h"
#include "output.h"
#include "position.h"

#define LETTER_NS "urn:lkjip:letter:1"
#define SUMMARY_FILE "index.html"

/* Bounds on what a letter shows of an input. */
#define NAME_CHARS 200      /* a unit's name */
#define PATH_CHARS 400      /* a file's name as given */
#define EXCERPT_BEFORE 2    /* lines shown before the problem's line */
#define EXCERPT_AFTER 2     /* and after it */
#define EXCERPT_WIDTH 100   /* characters of each line shown */
#define EXCERPT_MAX_COLUMN (1ul << 20) /* beyond: no excerpt (a hostile one-line file) */

typedef struct letter_file {
    char *path;          /* NULL: standard input */
    char *name;          /* as the diagnostics name it */
    lkj_diags *diags;    /* the check's, then linking's */
    size_t check_count;  /* how many of diags the check found */
    int status;          /* LKJ_EXIT_* of the check */
    char *kept_date;     /* the gate: the version in force (letters_keep_version) */
    char *kept_file;
    int kept;
    /* Found while writing. */
    char *letter;        /* its file name in the folder */
    char *unit_id, *unit_name, *level, *parent, *year; /* cleaned; NULL when unknown */
    int is_profile;
    char *entity;        /* a profile's entitas */
} letter_file;

struct letters {
    char *dir;
    lkj_lang lang;
    lkj_limits limits;
    letter_file *files;
    size_t count, capacity;
    size_t *by_name; /* open addressing over files by name: index + 1 */
    size_t slots;
    lkj_diags *orphans; /* findings of linking that name no input */
    int oom;
};

/* ------------------------------------------------------------------ */
/* Keeping the diagnostics                                             */
/* ------------------------------------------------------------------ */

static uint64_t hash_string(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* The input of that name (the first, when one was given twice), or NULL. */
static letter_file *find_file(const letters *l, const char *name)
{
    if (!l->slots)
        return NULL;
    for (size_t k = (size_t)hash_string(name) & (l->slots - 1); l->by_name[k]; k = (k + 1) & (l->slots - 1))
        if (strcmp(l->files[l->by_name[k] - 1].name, name) == 0)
            return &l->files[l->by_name[k] - 1];
    return NULL;
}

static void index_file(letters *l, size_t i)
{
    if (find_file(l, l->files[i].name))
        return;
    size_t k = (size_t)hash_string(l->files[i].name) & (l->slots - 1);
    while (l->by_name[k])
        k = (k + 1) & (l->slots - 1);
    l->by_name[k] = i + 1;
}

/* Room for one more input, the name index kept under half full. */
static int grow(letters *l)
{
    if (l->count == l->capacity) {
        size_t cap = l->capacity ? 2 * l->capacity : 16;
        letter_file *grown = realloc(l->files, cap * sizeof *grown);
        if (!grown)
            return -1;
        l->files = grown;
        l->capacity = cap;
    }
    if (2 * (l->count + 1) > l->slots) {
        size_t slots = l->slots ? 2 * l->slots : 64;
        size_t *index = calloc(slots, sizeof *index);
        if (!index)
            return -1;
        free(l->by_name);
        l->by_name = index;
        l->slots = slots;
        for (size_t i = 0; i < l->count; i++)
            index_file(l, i);
    }
    return 0;
}

int letters_wanted(const lkj_run_options *o) { return o->letters != NULL; }

unsigned letters_emit_mask(const lkj_run_options *o) { return o->letters ? 1u << EMIT_LETTER_HTML : 0; }

letters *letters_new(const lkj_run_options *o)
{
    if (!o->letters)
        return NULL;
    letters *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->dir = strdup(o->letters);
    l->lang = o->lang;
    l->limits = o->limits;
    l->orphans = lkj_diags_new(o->lang);
    if (!l->dir || !l->orphans) {
        letters_free(l);
        return NULL;
    }
    return l;
}

static void free_found(letter_file *f)
{
    free(f->letter);
    free(f->unit_id);
    free(f->unit_name);
    free(f->level);
    free(f->parent);
    free(f->year);
    free(f->entity);
    f->letter = f->unit_id = f->unit_name = f->level = f->parent = f->year = f->entity = NULL;
    f->is_profile = 0;
}

void letters_free(letters *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->count; i++) {
        letter_file *f = &l->files[i];
        free(f->path);
        free(f->name);
        lkj_diags_free(f->diags);
        free(f->kept_date);
        free(f->kept_file);
        free_found(f);
    }
    free(l->files);
    free(l->by_name);
    lkj_diags_free(l->orphans);
    free(l->dir);
    free(l);
}

int letters_add_file(letters *l, const char *path, const char *name, const lkj_diags *diags, int status)
{
    if (!l)
        return 0;
    if (l->oom || grow(l) != 0) {
        l->oom = 1;
        return -1;
    }
    letter_file f;
    memset(&f, 0, sizeof f);
    f.path = path ? strdup(path) : NULL;
    f.name = strdup(name);
    f.diags = lkj_diags_new(l->lang);
    f.status = status;
    if ((path && !f.path) || !f.name || !f.diags || diag_append_all(f.diags, diags) != 0) {
        free(f.path);
        free(f.name);
        lkj_diags_free(f.diags);
        l->oom = 1;
        return -1;
    }
    f.check_count = lkj_diags_count(f.diags);
    l->files[l->count] = f;
    index_file(l, l->count);
    l->count++;
    return 0;
}

int letters_add_link(letters *l, const lkj_diags *diags)
{
    if (!l)
        return 0;
    size_t n = lkj_diags_count(diags);
    for (size_t i = 0; i < n && !l->oom; i++) {
        const lkj_diag *g = lkj_diags_at(diags, i);
        letter_file *f = find_file(l, g->file);
        if (diag_restore(f ? f->diags : l->orphans, g) != 0)
            l->oom = 1;
    }
    for (int s = LKJ_SEV_NOTE; s <= LKJ_SEV_FATAL && !l->oom; s++)
        diag_restore_suppressed(l->orphans, (lkj_severity)s, lkj_diags_suppressed(diags, (lkj_severity)s));
    return l->oom ? -1 : 0;
}

int letters_keep_version(letters *l, const char *name, const char *accepted_date, const char *file)
{
    letter_file *f = l ? find_file(l, name) : NULL;
    if (!f)
        return -1;
    free(f->kept_date);
    free(f->kept_file);
    f->kept_date = accepted_date ? strdup(accepted_date) : NULL;
    f->kept_file = file ? strdup(file) : NULL;
    f->kept = 1;
    if ((accepted_date && !f->kept_date) || (file && !f->kept_file)) {
        l->oom = 1;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Text from an input, made safe to show                               */
/* ------------------------------------------------------------------ */

typedef struct text_buf {
    char *data;
    size_t length, capacity;
    int failed;
} text_buf;

static void put_bytes(text_buf *t, const void *bytes, size_t n)
{
    if (t->failed)
        return;
    if (t->length + n + 1 > t->capacity) {
        size_t cap = t->capacity ? t->capacity : 64;
        while (t->length + n + 1 > cap)
            cap *= 2;
        char *grown = realloc(t->data, cap);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->data = grown;
        t->capacity = cap;
    }
    memcpy(t->data + t->length, bytes, n);
    t->length += n;
    t->data[t->length] = '\0';
}

static void put_text(text_buf *t, const char *s) { put_bytes(t, s, strlen(s)); }

static void put_code_point(text_buf *t, unsigned c)
{
    unsigned char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (unsigned char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (unsigned char)(0xC0 | c >> 6);
        b[1] = (unsigned char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (unsigned char)(0xE0 | c >> 12);
        b[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
        b[2] = (unsigned char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        b[0] = (unsigned char)(0xF0 | c >> 18);
        b[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
        b[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
        b[3] = (unsigned char)(0x80 | (c & 0x3F));
        n = 4;
    }
    put_bytes(t, b, n);
}

/* Characters that show nothing yet change what is around them: the
 * bidirectional controls and marks (LKJ0325's list) and the zero-width
 * ones. A letter shows them as [U+XXXX]. */
static int invisible(unsigned c)
{
    return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0x2060 ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

enum { TEXT_LINE, TEXT_FIELD }; /* a source line keeps its tabs; a field collapses white space */

/* Appends bytes[0, n) as text a letter may show: at most max characters
 * (then "…"). *shown counts the characters appended. */
static void put_clean(text_buf *t, const unsigned char *bytes, size_t n, int mode, size_t max, size_t *shown)
{
    int space = 0; /* TEXT_FIELD: a white space run is pending */
    for (size_t i = 0; i < n;) {
        int len = n - i > 4 ? 4 : (int)(n - i);
        int c = xmlGetUTF8Char(bytes + i, &len);
        /* libxml2 takes overlong forms (C0 AF for '/'): not here, where a
         * letter must show what the file holds. */
        int overlong = (len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000);
        if (c < 0 || len <= 0 || overlong) {
            c = 0xFFFD;
            len = 1;
        }
        i += (size_t)len;
        unsigned u = (unsigned)c;
        if (mode == TEXT_FIELD && (u == ' ' || u == '\t' || u == '\n' || u == '\r')) {
            space = *shown > 0;
            continue;
        }
        if (u == '\r' && mode == TEXT_LINE)
            continue;
        if (*shown >= max) {
            put_text(t, "…");
            return;
        }
        if (space) {
            put_text(t, " ");
            space = 0;
            ++*shown;
        }
        char code[16];
        if (u == '\t')
            put_text(t, "\t");
        else if (u < 0x20)
            put_code_point(t, 0x2400 + u); /* ␀ … ␟ */
        else if (u == 0x7F)
            put_code_point(t, 0x2421); /* ␡ */
        else if ((u >= 0x80 && u <= 0x9F) || (u >= 0xD800 && u <= 0xDFFF) || u == 0xFFFE || u == 0xFFFF ||
                 u > 0x10FFFF)
            put_code_point(t, 0xFFFD);
        else if (invisible(u)) {
            snprintf(code, sizeof code, "[U+%04X]", u);
            put_text(t, code);
        } else
            put_code_point(t, u);
        ++*shown;
    }
}

/* A field of an input (a name, an id) as a new string a letter may show;
 * NULL for none (or when memory ran out: *failed is set). */
static char *clean_field(const char *s, size_t max, int *failed)
{
    if (!s)
        return NULL;
    text_buf t = {NULL, 0, 0, 0};
    size_t shown = 0;
    put_clean(&t, (const unsigned char *)s, strlen(s), TEXT_FIELD, max, &shown);
    if (t.failed) {
        free(t.data);
        *failed = 1;
        return NULL;
    }
    if (!t.data || !t.data[0]) {
        free(t.data);
        return NULL;
    }
    return t.data;
}

/* ------------------------------------------------------------------ */
/* What an input says it is                                            */
/* ------------------------------------------------------------------ */

static int is_element(xmlNodePtr n, const char *ns, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, ns) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

static xmlNodePtr child_element(xmlNodePtr parent, const char *ns, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (is_element(c, ns, name))
            return c;
    return NULL;
}

static char *clean_attribute(xmlNodePtr n, const char *name, size_t max, int *failed)
{
    xmlChar *v = n ? xmlGetNoNsProp(n, BAD_CAST name) : NULL;
    char *s = clean_field((const char *)v, max, failed);
    xmlFree(v);
    return s;
}

static char *clean_content(xmlNodePtr n, size_t max, int *failed)
{
    xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
    char *s = clean_field((const char *)v, max, failed);
    xmlFree(v);
    return s;
}

/* A four-digit year, or NULL. */
static char *plain_year(char *s)
{
    if (s && (strlen(s) != 4 || strspn(s, "0123456789") != 4)) {
        free(s);
        return NULL;
    }
    return s;
}

/* The unit (a submission) or the entity (the profile) the document names,
 * read from the tree even when the schema rejected it. 0, or -1 when out
 * of memory. */
static int take_identity(letter_file *f, xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    int failed = 0;
    if (is_element(root, LKJ_SUBMISSION_NS, "submisi")) {
        xmlNodePtr unit = child_element(root, LKJ_SUBMISSION_NS, "unit");
        f->year = plain_year(clean_attribute(root, "tahun", 8, &failed));
        f->unit_id = clean_attribute(unit, "id", 64, &failed);
        f->level = clean_attribute(unit, "tingkat", 16, &failed);
        f->parent = clean_attribute(unit, "induk", 64, &failed);
        f->unit_name = clean_content(child_element(unit, LKJ_SUBMISSION_NS, "nama"), NAME_CHARS, &failed);
    } else if (is_element(root, LKJ_WORKSPACE_NS, "profil")) {
        f->is_profile = 1;
        f->entity = clean_content(child_element(root, LKJ_WORKSPACE_NS, "entitas"), 64, &failed);
        f->year = plain_year(clean_content(child_element(root, LKJ_WORKSPACE_NS, "tahun"), 8, &failed));
    }
    return failed ? -1 : 0;
}

/* Reads the input again as the check did (bounded, gzip, transcoded to
 * UTF-8, parsed without validation). What cannot be read leaves ld
 * without bytes or tree: the letter then has no excerpt. -1 only when
 * memory ran out. */
static int read_again(const letters *l, const letter_file *f, load_doc *ld)
{
    memset(ld, 0, sizeof *ld);
    ld->name = f->name;
    if (!f->path)
        return 0;
    lkj_diags *scratch = lkj_diags_new(l->lang);
    if (!scratch)
        return -1;
    unsigned char *raw;
    size_t raw_len;
    if (load_read_raw(f->path, NULL, &l->limits, f->name, &raw, &raw_len, scratch) == LKJ_EXIT_OK) {
        /* A workbook: the submission it makes names it (its findings are
         * at cells: no excerpt). */
        import_cells cells = {0};
        int rc = import_looks_like_workbook(raw, raw_len) ? import_decode(raw, raw_len, &l->limits, ld, &cells, scratch)
                                                          : load_decode(raw, raw_len, &l->limits, ld, scratch);
        import_cells_free(&cells);
        if (ld->bytes && rc != LKJ_EXIT_IO)
            load_parse(ld, scratch);
    }
    int oom = diag_out_of_memory(scratch);
    for (size_t i = 0; i < lkj_diags_count(scratch) && !oom; i++)
        oom = strcmp(lkj_diags_at(scratch, i)->code, catalog_code(D_NO_MEMORY)) == 0;
    lkj_diags_free(scratch);
    return oom ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Letter names                                                        */
/* ------------------------------------------------------------------ */

/* The file's own name without folders and .gz/.xml: "opd-dinkes". */
static void file_stem(const char *name, char *out, size_t size)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".gz") == 0)
        n -= 3;
    if (n > 4 && strcmp(base + n - 4, ".xml") == 0)
        n -= 4;
    else if (n > 5 && strcmp(base + n - 5, ".xlsx") == 0)
        n -= 5;
    snprintf(out, size, "%.*s", (int)(n < size ? n : size - 1), base);
}

/* The letter names given so far (pointers into the inputs' letter
 * fields), so that a thousand inputs of one unit are not compared
 * pairwise. */
typedef struct name_set {
    const char **slots;
    size_t capacity, count;
} name_set;

static int name_in(const name_set *s, const char *name)
{
    for (size_t k = (size_t)hash_string(name) & (s->capacity - 1); s->slots[k]; k = (k + 1) & (s->capacity - 1))
        if (strcmp(s->slots[k], name) == 0)
            return 1;
    return 0;
}

static int name_add(name_set *s, const char *name)
{
    if (2 * (s->count + 1) > s->capacity) {
        size_t capacity = s->capacity ? 2 * s->capacity : 64;
        const char **slots = calloc(capacity, sizeof *slots);
        if (!slots)
            return -1;
        for (size_t k = 0; k < s->capacity; k++) {
            if (!s->slots[k])
                continue;
            size_t j = (size_t)hash_string(s->slots[k]) & (capacity - 1);
            while (slots[j])
                j = (j + 1) & (capacity - 1);
            slots[j] = s->slots[k];
        }
        free(s->slots);
        s->slots = slots;
        s->capacity = capacity;
    }
    size_t k = (size_t)hash_string(name) & (s->capacity - 1);
    while (s->slots[k])
        k = (k + 1) & (s->capacity - 1);
    s->slots[k] = name;
    s->count++;
    return 0;
}

/* The letter's file name: the unit's id made safe, else the file's name;
 * "-2", "-3", … when an earlier input (or the summary) has it. */
static int name_letter(letter_file *f, name_set *taken)
{
    char base[80], stem[PATH_CHARS], name[100];
    if (f->unit_id)
        output_safe_name(f->unit_id, base, 65);
    else if (!f->path)
        snprintf(base, sizeof base, "stdin");
    else {
        file_stem(f->name, stem, sizeof stem);
        output_safe_name(stem, base, 65);
    }
    snprintf(name, sizeof name, "%s.html", base);
    for (unsigned k = 2; name_in(taken, name); k++)
        snprintf(name, sizeof name, "%s-%u.html", base, k);
    f->letter = strdup(name);
    return f->letter && name_add(taken, f->letter) == 0 ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* The letter document (urn:lkjip:letter:1, schemas/letter.xsd)        */
/* ------------------------------------------------------------------ */

typedef struct doc_builder {
    xmlDocPtr doc;
    xmlNsPtr ns;
    lkj_lang lang;
    int failed;
} doc_builder;

static xmlNodePtr add_element(doc_builder *b, xmlNodePtr parent, const char *name, const char *text)
{
    if (b->failed || !parent)
        return NULL;
    xmlNodePtr n = xmlNewTextChild(parent, b->ns, BAD_CAST name, BAD_CAST text);
    if (!n)
        b->failed = 1;
    return n;
}

static void set_attr(doc_builder *b, xmlNodePtr n, const char *name, const char *value)
{
    if (!b->failed && n && value && !xmlNewProp(n, BAD_CAST name, BAD_CAST value))
        b->failed = 1;
}

static void set_number(doc_builder *b, xmlNodePtr n, const char *name, size_t value)
{
    char text[32];
    snprintf(text, sizeof text, "%zu", value);
    set_attr(b, n, name, text);
}

/* Text from an input or a message holding input, cleaned (element text). */
static xmlNodePtr add_clean(doc_builder *b, xmlNodePtr parent, const char *name, const char *text, size_t max)
{
    int failed = 0;
    char *clean = clean_field(text, max, &failed);
    xmlNodePtr n = failed ? NULL : add_element(b, parent, name, clean ? clean : "");
    b->failed |= failed;
    free(clean);
    return n;
}

static void set_clean_attr(doc_builder *b, xmlNodePtr n, const char *name, const char *text, size_t max)
{
    int failed = 0;
    char *clean = clean_field(text, max, &failed);
    set_attr(b, n, name, clean);
    b->failed |= failed;
    free(clean);
}

static xmlNodePtr new_document(doc_builder *b, const char *root_name, const char *date)
{
    b->doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = b->doc ? xmlNewDocNode(b->doc, NULL, BAD_CAST root_name, NULL) : NULL;
    if (!root) {
        b->failed = 1;
        return NULL;
    }
    xmlDocSetRootElement(b->doc, root);
    b->ns = xmlNewNs(root, BAD_CAST LETTER_NS, NULL);
    if (!b->ns) {
        b->failed = 1;
        return NULL;
    }
    xmlSetNs(root, b->ns);
    set_attr(b, root, "lkjip", LKJ_VERSION);
    set_attr(b, root, "bahasa", b->lang == LKJ_LANG_EN ? "en" : "id");
    set_attr(b, root, "tanggal", date);
    return root;
}

/* ---- excerpts ---- */

/* The byte after n more columns from i. A column is a character as
 * position.c counts them (a UTF-8 lead byte with its continuation bytes);
 * a stray continuation byte, in a file that is not UTF-8, is a column of
 * its own, so that the mark falls on the byte a LKJ0102 names. */
static size_t skip_columns(const unsigned char *bytes, size_t i, size_t end, unsigned long n)
{
    for (; n > 0 && i < end; n--) {
        unsigned char lead = bytes[i++];
        if (lead < 0xC0)
            continue;
        while (i < end && (bytes[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static char *clean_span(const unsigned char *bytes, size_t from, size_t to, size_t max, const char *prefix,
                        int *failed)
{
    text_buf t = {NULL, 0, 0, 0};
    size_t shown = 0;
    put_text(&t, prefix);
    put_clean(&t, bytes + from, to - from, TEXT_LINE, max, &shown);
    put_text(&t, ""); /* an empty span is "", not NULL */
    if (t.failed) {
        free(t.data);
        *failed = 1;
        return NULL;
    }
    return t.data;
}

/* Where a line of the input is: [*start, *end) without its newline, the
 * byte order mark left out. */
static void line_span(const load_doc *ld, unsigned long line, size_t *start, size_t *end)
{
    *start = ld->line_starts[line - 1];
    *end = line < ld->line_count ? ld->line_starts[line] - 1 : ld->len;
    if (*start == 0 && ld->len >= 3 && memcmp(ld->bytes, "\xEF\xBB\xBF", 3) == 0)
        *start = *end < 3 ? *end : 3;
}

/* How far a line is indented (spaces and tabs), or -1 for a blank line. */
static long indent_of(const load_doc *ld, unsigned long line)
{
    size_t start, end;
    line_span(ld, line, &start, &end);
    size_t i = start;
    while (i < end && (ld->bytes[i] == ' ' || ld->bytes[i] == '\t'))
        i++;
    return i < end && ld->bytes[i] != '\r' ? (long)(i - start) : -1;
}

/* One line of an excerpt, its first skip columns left out ("…" before it
 * when cut says the window starts inside the text, not in the common
 * indentation); mark: the problem's column on its own line (the line
 * split before, at and after it), or 0. */
static void add_line(doc_builder *b, xmlNodePtr box, load_doc *ld, unsigned long line, unsigned long skip, int cut,
                     unsigned long mark)
{
    size_t start, end;
    line_span(ld, line, &start, &end);
    size_t from = skip_columns(ld->bytes, start, end, skip);
    const char *dots = cut && from < end ? "…" : "";
    int failed = 0;
    char *text = NULL, *at = NULL, *after = NULL;
    xmlNodePtr n;
    if (!mark) {
        text = clean_span(ld->bytes, from, end, EXCERPT_WIDTH, dots, &failed);
        n = failed ? NULL : add_element(b, box, "baris", text);
    } else {
        unsigned long before = mark - 1 - skip;
        size_t at_from = skip_columns(ld->bytes, from, end, before);
        size_t at_to = skip_columns(ld->bytes, at_from, end, 1);
        text = clean_span(ld->bytes, from, at_from, EXCERPT_WIDTH, dots, &failed);
        if (!failed)
            at = clean_span(ld->bytes, at_from, at_to, 8, "", &failed); /* one column: a few bytes */
        if (!failed)
            after = clean_span(ld->bytes, at_to, end, EXCERPT_WIDTH - before - 1, "", &failed);
        n = failed ? NULL : add_element(b, box, "baris", NULL);
        add_element(b, n, "sebelum", text);
        add_element(b, n, "tanda", at);
        add_element(b, n, "sesudah", after);
        set_attr(b, n, "sorot", "ya");
    }
    set_number(b, n, "no", line);
    b->failed |= failed;
    free(text);
    free(at);
    free(after);
}

/* A few lines around the problem's line, as the input has them: without
 * their common indentation, or, far right on a long line, from a little
 * before the problem's column. */
static void add_excerpt(doc_builder *b, xmlNodePtr problem, load_doc *ld, const lkj_diag *g)
{
    if (!ld->bytes || g->line == 0 || g->column > EXCERPT_MAX_COLUMN)
        return;
    pos_offset_of(ld, 1, 1); /* builds the line index */
    if (!ld->line_starts) {
        b->failed = 1;
        return;
    }
    if (g->line > ld->line_count)
        return;
    unsigned long column = g->column ? g->column : 1;
    unsigned long from = g->line > EXCERPT_BEFORE ? g->line - EXCERPT_BEFORE : 1;
    unsigned long to = g->line + EXCERPT_AFTER < ld->line_count ? g->line + EXCERPT_AFTER : ld->line_count;
    if (to > g->line && to == ld->line_count && ld->line_starts[to - 1] == ld->len)
        to--; /* the empty line after the last newline */
    unsigned long skip = 0;
    int cut = column + 20 > EXCERPT_WIDTH;
    if (cut) {
        skip = column - 1 - EXCERPT_WIDTH / 2;
    } else {
        long least = -1;
        for (unsigned long k = from; k <= to; k++) {
            long indent = indent_of(ld, k);
            if (indent >= 0 && (least < 0 || indent < least))
                least = indent;
        }
        skip = least > 0 ? (unsigned long)least : 0;
        if (skip > column - 1)
            skip = column - 1; /* the column itself stays in sight */
    }
    xmlNodePtr box = add_element(b, problem, "cuplikan", NULL);
    for (unsigned long k = from; k <= to && !b->failed; k++)
        add_line(b, box, ld, k, skip, cut, k == g->line ? column : 0);
}

/* ---- problems ---- */

static const char *severity_name(lkj_severity s)
{
    static const char *const names[] = {"note", "warning", "error", "fatal"};
    return names[s];
}

/* explained: the number of an earlier problem of the same code, whose
 * explanation this one refers to (0: this one has it). */
static void add_problem(doc_builder *b, xmlNodePtr parent, const lkj_diag *g, size_t number, int linked,
                        load_doc *ld, int with_file, size_t explained)
{
    int l = b->lang == LKJ_LANG_EN;
    diag_id id;
    const catalog_entry *e = catalog_id_of(g->code, &id) == 0 ? catalog_entry_of(id) : NULL;
    xmlNodePtr n = add_element(b, parent, "masalah", NULL);
    set_number(b, n, "no", number);
    if (with_file)
        set_clean_attr(b, n, "berkas", g->file, PATH_CHARS);
    set_attr(b, n, "kode", g->code);
    set_attr(b, n, "tingkat", severity_name(g->severity));
    if (g->line)
        set_number(b, n, "baris", g->line);
    if (g->column)
        set_number(b, n, "kolom", g->column);
    if (g->cell)
        set_clean_attr(b, n, "sel", g->cell, PATH_CHARS);
    set_attr(b, n, "tahap", linked ? "tautan" : "periksa");
    if (e)
        add_element(b, n, "judul", e->title[l]);
    add_clean(b, n, "pesan", g->message, 2000);
    if (g->hint[0])
        add_clean(b, n, "perbaikan", g->hint, 2000);
    if (e && explained)
        set_number(b, n, "penjelasan-di", explained);
    else if (e)
        add_element(b, n, "penjelasan", e->explain[l]);
    if (ld)
        add_excerpt(b, n, ld, g);
}

/* ---- the input, as the letter and the summary show it ---- */

typedef struct counts {
    size_t errors, warnings, notes;
} counts;

static counts count_of(const letter_file *f)
{
    counts c = {0, 0, 0};
    size_t n = lkj_diags_count(f->diags);
    for (size_t i = 0; i < n; i++) {
        lkj_severity s = lkj_diags_at(f->diags, i)->severity;
        c.errors += s >= LKJ_SEV_ERROR;
        c.warnings += s == LKJ_SEV_WARNING;
        c.notes += s == LKJ_SEV_NOTE;
    }
    c.errors += lkj_diags_suppressed(f->diags, LKJ_SEV_ERROR) + lkj_diags_suppressed(f->diags, LKJ_SEV_FATAL);
    c.warnings += lkj_diags_suppressed(f->diags, LKJ_SEV_WARNING);
    c.notes += lkj_diags_suppressed(f->diags, LKJ_SEV_NOTE);
    return c;
}

/* Accepted: no error located in this file, at check or at link. */
static int accepted(const letter_file *f)
{
    return f->status == LKJ_EXIT_OK && count_of(f).errors == 0;
}

static xmlNodePtr add_submission(doc_builder *b, xmlNodePtr parent, const letter_file *f)
{
    xmlNodePtr k = add_element(b, parent, "kiriman", NULL);
    set_clean_attr(b, k, "berkas", f->path ? f->name : "-", PATH_CHARS);
    set_attr(b, k, "surat", f->letter);
    set_attr(b, k, "tahun", f->year);
    if (f->is_profile) {
        set_attr(b, k, "jenis", "profil");
        set_attr(b, k, "entitas", f->entity);
    }
    if (f->unit_id || f->unit_name) {
        xmlNodePtr u = add_element(b, k, "unit", f->unit_name ? f->unit_name : "");
        set_attr(b, u, "id", f->unit_id);
        set_attr(b, u, "tingkat", f->level);
        set_attr(b, u, "induk", f->parent);
    }
    xmlNodePtr verdict = add_element(b, k, "putusan", NULL);
    set_attr(b, verdict, "status", accepted(f) ? "diterima" : "ditolak");
    if (f->kept) {
        xmlNodePtr kept = add_element(b, verdict, "versi-berlaku", NULL);
        set_attr(b, kept, "diterima", f->kept_date);
        set_clean_attr(b, kept, "berkas", f->kept_file, PATH_CHARS);
    }
    counts c = count_of(f);
    xmlNodePtr total = add_element(b, k, "jumlah", NULL);
    set_number(b, total, "kesalahan", c.errors);
    set_number(b, total, "peringatan", c.warnings);
    set_number(b, total, "catatan", c.notes);
    return k;
}

/* The number (1-based) of the first problem before i with i's code, or 0:
 * a code's explanation is given once per letter. */
static size_t first_of_code(const lkj_diags *d, size_t i)
{
    const char *code = lkj_diags_at(d, i)->code;
    for (size_t j = 0; j < i; j++)
        if (strcmp(lkj_diags_at(d, j)->code, code) == 0)
            return j + 1;
    return 0;
}

static xmlDocPtr letter_document(const letters *l, const letter_file *f, load_doc *ld, const char *date)
{
    doc_builder b = {NULL, NULL, l->lang, 0};
    xmlNodePtr root = new_document(&b, "surat", date);
    set_attr(&b, root, "rekap", SUMMARY_FILE);
    xmlNodePtr k = add_submission(&b, root, f);
    size_t n = lkj_diags_count(f->diags);
    for (size_t i = 0; i < n && !b.failed; i++)
        add_problem(&b, k, lkj_diags_at(f->diags, i), i + 1, i >= f->check_count, ld, 0,
                    first_of_code(f->diags, i));
    if (b.failed) {
        xmlFreeDoc(b.doc);
        return NULL;
    }
    return b.doc;
}

/* ---- the summary ---- */

/* The profile that names the pemda: the first input that is one. */
static const letter_file *profile_of(const letters *l)
{
    for (size_t i = 0; i < l->count; i++)
        if (l->files[i].is_profile && l->files[i].entity)
            return &l->files[i];
    return NULL;
}

/* Whether an input belongs to the pemda's own list: its own file, its
 * OPDs', the profile, and whatever names no unit (a file that could not
 * be read was sent to this workspace all the same). */
static int of_pemda(const letter_file *f, const char *entity)
{
    if (f->is_profile || !f->unit_id)
        return 1;
    return strcmp(f->unit_id, entity) == 0 || (f->parent && strcmp(f->parent, entity) == 0);
}

static void add_group(doc_builder *b, xmlNodePtr root, const letters *l, const char *kind, const char *entity,
                      int inside)
{
    xmlNodePtr group = NULL;
    for (size_t i = 0; i < l->count && !b->failed; i++) {
        const letter_file *f = &l->files[i];
        if (entity && of_pemda(f, entity) != inside)
            continue;
        if (!group) {
            group = add_element(b, root, "kelompok", NULL);
            set_attr(b, group, "jenis", kind);
        }
        add_submission(b, group, f);
    }
}

static xmlDocPtr summary_document(const letters *l, const char *date)
{
    doc_builder b = {NULL, NULL, l->lang, 0};
    xmlNodePtr root = new_document(&b, "rekap", date);
    const letter_file *profile = profile_of(l);
    const char *entity = profile ? profile->entity : NULL;
    if (entity) {
        const letter_file *own = NULL;
        for (size_t i = 0; i < l->count && !own; i++)
            if (l->files[i].unit_id && strcmp(l->files[i].unit_id, entity) == 0)
                own = &l->files[i];
        xmlNodePtr p = add_element(&b, root, "pemda", own && own->unit_name ? own->unit_name : "");
        set_attr(&b, p, "id", entity);
        set_attr(&b, p, "tahun", profile->year);
        set_clean_attr(&b, p, "profil", profile->name, PATH_CHARS);
    }
    counts all = {0, 0, 0};
    size_t taken = 0;
    for (size_t i = 0; i < l->count; i++) {
        counts c = count_of(&l->files[i]);
        all.errors += c.errors;
        all.warnings += c.warnings;
        taken += accepted(&l->files[i]);
    }
    xmlNodePtr total = add_element(&b, root, "jumlah", NULL);
    set_number(&b, total, "berkas", l->count);
    set_number(&b, total, "diterima", taken);
    set_number(&b, total, "ditolak", l->count - taken);
    set_number(&b, total, "kesalahan", all.errors);
    set_number(&b, total, "peringatan", all.warnings);
    if (entity) {
        add_group(&b, root, l, "pemda", entity, 1);
        add_group(&b, root, l, "lain", entity, 0);
    } else {
        add_group(&b, root, l, "semua", NULL, 1);
    }
    size_t n = lkj_diags_count(l->orphans);
    xmlNodePtr other = n ? add_element(&b, root, "temuan-lain", NULL) : NULL;
    for (size_t i = 0; i < n && !b.failed; i++)
        add_problem(&b, other, lkj_diags_at(l->orphans, i), i + 1, 1, NULL, 1, first_of_code(l->orphans, i));
    if (b.failed) {
        xmlFreeDoc(b.doc);
        return NULL;
    }
    return b.doc;
}

/* ------------------------------------------------------------------ */
/* Writing the folder                                                  */
/* ------------------------------------------------------------------ */

/* The date of the letters: SOURCE_DATE_EPOCH's, else none (lkjip never
 * reads the clock for what it publishes). */
static const char *letter_date(char *buf, size_t size)
{
    long long seconds;
    if (!output_source_date(&seconds))
        return NULL;
    time_t t = (time_t)seconds;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(buf, size, "%Y-%m-%d", &tm) == 0)
        return NULL;
    return buf;
}

static int out_of_memory(const letters *l, lkj_diags *d)
{
    diag_loc loc = {l->dir, 0, 0};
    DIAG0(d, D_NO_MEMORY, &loc);
    return LKJ_EXIT_IO;
}

/* The folder could not be written (LKJ0016), or memory ran out on the way
 * (LKJ0901): errno tells them apart. */
static void say_unwritable(const letters *l, lkj_diags *d, const char *why)
{
    if (errno == ENOMEM) {
        out_of_memory(l, d);
        return;
    }
    diag_loc loc = {l->dir, 0, 0};
    DIAG(d, D_LETTERS_WRITE, &loc, l->dir, why);
}

/* One run at a time writes a letters folder: an flock on
 * ".NAME.lkjip-lock" beside it (the staging tree of one run must never be
 * taken for another's). Never followed through a symlink. The descriptor,
 * or -1 with errno. */
static int lock_folder(const char *dir)
{
    char path[4096];
    char *real = realpath(dir, NULL);
    snprintf(path, sizeof path, "%s", real ? real : dir);
    free(real);
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        path[--n] = '\0';
    char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    char parent[4096], lock[8300];
    if (!slash)
        snprintf(parent, sizeof parent, ".");
    else
        snprintf(parent, sizeof parent, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    if (!*name || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
        errno = EINVAL;
        return -1;
    }
    if (output_make_dirs(parent) != 0)
        return -1;
    if (snprintf(lock, sizeof lock, "%s/.%s.lkjip-lock", parent, name) >= (int)sizeof lock) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        close(fd);
        errno = EINVAL;
        return -1;
    }
    while (fd >= 0 && flock(fd, LOCK_EX) != 0) {
        if (errno == EINTR)
            continue;
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

/* Transforms a letter document and writes it into the tree (doc freed). */
static int write_document(const letters *l, xmlDocPtr doc, output_tree *tree, const char *name, lkj_diags *d)
{
    emit_result r;
    int rc = emit_transform(EMIT_LETTER_HTML, doc, NULL, l->lang, &r, d);
    xmlFreeDoc(doc);
    if (rc != 0)
        return LKJ_EXIT_IO;
    rc = output_tree_write(tree, "", name, r.data, r.length);
    int saved = errno;
    emit_result_free(&r);
    if (rc != 0) {
        char why[4400];
        snprintf(why, sizeof why, "%s: %s", name, strerror(saved));
        errno = saved;
        say_unwritable(l, d, why);
        return LKJ_EXIT_IO;
    }
    return LKJ_EXIT_OK;
}

/* Input i read again, named, and its letter written into the tree. */
static int write_letter(letters *l, size_t i, output_tree *tree, name_set *taken, const char *date, lkj_diags *d)
{
    letter_file *f = &l->files[i];
    free_found(f);
    load_doc ld;
    unsigned long failures = load_memory_failures();
    if (read_again(l, f, &ld) != 0 || take_identity(f, ld.doc) != 0 || name_letter(f, taken) != 0) {
        load_doc_free(&ld);
        return out_of_memory(l, d);
    }
    xmlDocPtr doc = letter_document(l, f, &ld, date);
    load_doc_free(&ld);
    if (!doc || load_memory_failures() != failures) {
        xmlFreeDoc(doc);
        return out_of_memory(l, d);
    }
    return write_document(l, doc, tree, f->letter, d);
}

static int write_all(letters *l, output_tree *tree, lkj_diags *d, size_t *written)
{
    char buf[16];
    const char *date = letter_date(buf, sizeof buf);
    name_set taken = {NULL, 0, 0};
    int status = name_add(&taken, SUMMARY_FILE) == 0 ? LKJ_EXIT_OK : out_of_memory(l, d);
    for (size_t i = 0; i < l->count && status == LKJ_EXIT_OK; i++) {
        status = write_letter(l, i, tree, &taken, date, d);
        *written += status == LKJ_EXIT_OK;
    }
    free(taken.slots);
    if (status != LKJ_EXIT_OK)
        return status;
    unsigned long failures = load_memory_failures();
    xmlDocPtr doc = summary_document(l, date);
    if (!doc || load_memory_failures() != failures) {
        xmlFreeDoc(doc);
        return out_of_memory(l, d);
    }
    status = write_document(l, doc, tree, SUMMARY_FILE, d);
    *written += status == LKJ_EXIT_OK;
    return status;
}

int letters_write(letters *l, lkj_diags *d, size_t *written)
{
    *written = 0;
    if (l->oom)
        return out_of_memory(l, d);
    int lock = lock_folder(l->dir);
    if (lock < 0) {
        say_unwritable(l, d, strerror(errno));
        return LKJ_EXIT_IO;
    }
    output_tree *tree = NULL;
    output_status s = output_tree_begin(l->dir, &tree);
    int status = LKJ_EXIT_OK;
    if (s != OUTPUT_OK) {
        if (s == OUTPUT_NOT_OURS || s == OUTPUT_NOT_FOLDER)
            errno = 0;
        say_unwritable(l, d, s == OUTPUT_NOT_OURS || s == OUTPUT_NOT_FOLDER
                                 ? diag_text(d, "folder itu berisi berkas lain, bukan surat lkjip",
                                             "the folder holds other files, not lkjip's letters")
                                 : strerror(errno));
        status = LKJ_EXIT_IO;
    } else {
        status = write_all(l, tree, d, written);
        if (status != LKJ_EXIT_OK) {
            output_tree_abort(tree);
            *written = 0;
        } else if (output_tree_commit(tree) != 0) {
            say_unwritable(l, d, strerror(errno));
            status = LKJ_EXIT_IO;
            *written = 0;
        }
    }
    close(lock);
    return status;
}

void letters_describe(const letters *l, size_t written, char *out, size_t size)
{
    if (l->lang == LKJ_LANG_EN)
        snprintf(out, size, "lkjip: %zu letter%s written to %s (the summary: %s/%s)", written,
                 written == 1 ? "" : "s", l->dir, l->dir, SUMMARY_FILE);
    else
        snprintf(out, size, "lkjip: %zu surat ditulis ke %s (rekap: %s/%s)", written, l->dir, l->dir, SUMMARY_FILE);
}

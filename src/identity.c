/*
 * identity.c — the identity constraints of schemas/submission.xsd, checked
 * by walking the tree once (see identity.h for why and for the contract).
 *
 * The walk puts every key and unique value in one table, each with its
 * group (which constraint, and for tingkat-unik which skala), sorts it,
 * and looks for equal neighbours; each keyref value is then looked up in
 * its key's group. Values are compared as bytes. That is the validator's
 * comparison only for "plain" values: a value with white space, or a
 * number written with a sign or leading zeros ("01" equals "1" for
 * xs:positiveInteger), makes the answer "maybe not", and the whole schema
 * decides. So does an attribute missing from a key, or anything odd.
 */
#include "identity.h"

#include <stdlib.h>
#include <string.h>

#include "lkjip/lkjip.h"

/* The constraints as written in the schema; validate.c compares them with
 * the schema's at start-up, so that a changed schema never meets a stale
 * check here. */
typedef struct constraint {
    const char *scope, *kind, *name, *refer, *selector, *field;
} constraint;

static const constraint constraints[] = {
    {"skala", "unique", "tingkat-unik", NULL, "s:tingkat", "@kode"},
    {"submisi", "unique", "id-unik", NULL, "s:unit|s:misi|s:skala|s:tujuan|s:tujuan/s:sasaran|.//s:indikator", "@id"},
    {"submisi", "key", "kunci-sasaran", NULL, "s:tujuan/s:sasaran", "@id"},
    {"submisi", "key", "kunci-misi", NULL, "s:misi", "@id"},
    {"submisi", "key", "kunci-skala", NULL, "s:skala", "@id"},
    {"submisi", "key", "kunci-pk", NULL, "s:perjanjian-kinerja", "@versi"},
    {"submisi", "unique", "kode-program-unik", NULL, "s:program", "@kode"},
    {"submisi", "unique", "kode-kegiatan-unik", NULL, "s:program/s:kegiatan", "@kode"},
    {"submisi", "unique", "kode-sub-kegiatan-unik", NULL, "s:program/s:kegiatan/s:sub-kegiatan", "@kode"},
    {"submisi", "unique", "bab-unik", NULL, "s:narasi", "@bab"},
    {"submisi", "keyref", "program-mendukung-sasaran", "kunci-sasaran", "s:program", "@mendukung"},
    {"submisi", "keyref", "tujuan-misi", "kunci-misi", "s:tujuan", "@misi"},
    {"submisi", "keyref", "indikator-skala", "kunci-skala", ".//s:indikator", "@skala"},
    {"submisi", "keyref", "target-pk-versi", "kunci-pk", ".//s:target-pk", "@versi"},
};

static int same(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

int identity_known(const char *scope, const char *kind, const char *name, const char *refer,
                   const char *selector, const char *field)
{
    for (size_t i = 0; i < sizeof constraints / sizeof constraints[0]; i++) {
        const constraint *c = &constraints[i];
        if (same(c->name, name))
            return same(c->scope, scope) && same(c->kind, kind) && same(c->refer, refer) &&
                   same(c->selector, selector) && same(c->field, field);
    }
    return 0;
}

int identity_count(void)
{
    return (int)(sizeof constraints / sizeof constraints[0]);
}

/* ------------------------------------------------------------------ */
/* The table                                                           */
/* ------------------------------------------------------------------ */

/* Groups of values that must differ; tingkat-unik has one per skala. */
enum {
    G_ID,       /* id-unik */
    G_SASARAN,  /* kunci-sasaran */
    G_MISI,     /* kunci-misi */
    G_SKALA,    /* kunci-skala */
    G_PK,       /* kunci-pk */
    G_PROGRAM,  /* kode-program-unik */
    G_KEGIATAN, /* kode-kegiatan-unik */
    G_SUB,      /* kode-sub-kegiatan-unik */
    G_BAB,      /* bab-unik */
    G_TINGKAT   /* tingkat-unik of the first skala; + n for the (n+1)-th */
};

typedef struct value {
    unsigned group;
    unsigned len;
    const xmlChar *text; /* into the tree */
} value;

typedef struct values {
    value *items;
    size_t count, capacity;
} values;

typedef struct table {
    values keys; /* unique and key values */
    values refs; /* keyref values; group: the key's */
    unsigned skala_seen;
    int unsure;
} table;

static void push(table *t, values *v, unsigned group, const xmlChar *text)
{
    if (t->unsure)
        return;
    if (v->count == v->capacity) {
        size_t capacity = v->capacity ? v->capacity * 2 : 128;
        value *grown = realloc(v->items, capacity * sizeof *grown);
        if (!grown) {
            t->unsure = 1;
            return;
        }
        v->items = grown;
        v->capacity = capacity;
    }
    size_t len = strlen((const char *)text);
    if (len > 0xFFFFu) {
        t->unsure = 1;
        return;
    }
    v->items[v->count++] = (value){group, (unsigned)len, text};
}

/* Compared as bytes only when bytes decide: no white space or control
 * character, and no number with a sign or a leading zero. */
static int plain(const xmlChar *s)
{
    size_t digits = 0, n = 0;
    for (; s[n]; n++) {
        if (s[n] <= ' ')
            return 0;
        if ((s[n] >= '0' && s[n] <= '9') || (n == 0 && s[n] == '+'))
            digits++;
    }
    if (n > 0 && digits == n && (s[0] == '+' || (s[0] == '0' && n > 1)))
        return 0;
    return 1;
}

/* The value of the attribute name (no namespace) as one plain text:
 * 1 and *text set; 0 absent; -1 present but not one text node. */
static int attribute(xmlNodePtr node, const char *name, const xmlChar **text)
{
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (a->ns || strcmp((const char *)a->name, name) != 0)
            continue;
        if (!a->children) {
            *text = (const xmlChar *)"";
            return 1;
        }
        if (a->children->type != XML_TEXT_NODE || a->children->next || !a->children->content)
            return -1;
        *text = a->children->content;
        return 1;
    }
    return 0;
}

/* A unique (required 0) or key (required 1) value of node. */
static void add_key(table *t, unsigned group, xmlNodePtr node, const char *name, int required)
{
    const xmlChar *text;
    int found = attribute(node, name, &text);
    if (found < 0 || (found == 0 && required) || (found > 0 && !plain(text)))
        t->unsure = 1;
    else if (found > 0)
        push(t, &t->keys, group, text);
}

/* A keyref value of node, or its schema default when absent. */
static void add_ref(table *t, unsigned key_group, xmlNodePtr node, const char *name,
                    const char *default_value)
{
    const xmlChar *text;
    int found = attribute(node, name, &text);
    if (found == 0 && default_value) {
        text = (const xmlChar *)default_value;
        found = 1;
    }
    if (found < 0 || (found > 0 && !plain(text)))
        t->unsure = 1;
    else if (found > 0)
        push(t, &t->refs, key_group, text);
}

static int is(xmlNodePtr node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

/* .//s:indikator and .//s:target-pk, at any depth. */
static void walk_descendants(table *t, xmlNodePtr node)
{
    for (; node && !t->unsure; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (is(node, "indikator")) {
            add_key(t, G_ID, node, "id", 0);
            add_ref(t, G_SKALA, node, "skala", NULL);
        } else if (is(node, "target-pk")) {
            add_ref(t, G_PK, node, "versi", "1");
        }
        walk_descendants(t, node->children);
    }
}

static void walk_program(table *t, xmlNodePtr program)
{
    add_key(t, G_PROGRAM, program, "kode", 0);
    add_ref(t, G_SASARAN, program, "mendukung", NULL);
    for (xmlNodePtr k = program->children; k; k = k->next) {
        if (!is(k, "kegiatan"))
            continue;
        add_key(t, G_KEGIATAN, k, "kode", 0);
        for (xmlNodePtr s = k->children; s; s = s->next)
            if (is(s, "sub-kegiatan"))
                add_key(t, G_SUB, s, "kode", 0);
    }
}

/* The children of submisi, by the selectors above. */
static void walk_top(table *t, xmlNodePtr root)
{
    for (xmlNodePtr c = root->children; c && !t->unsure; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "unit")) {
            add_key(t, G_ID, c, "id", 0);
        } else if (is(c, "misi")) {
            add_key(t, G_ID, c, "id", 0);
            add_key(t, G_MISI, c, "id", 1);
        } else if (is(c, "skala")) {
            add_key(t, G_ID, c, "id", 0);
            add_key(t, G_SKALA, c, "id", 1);
            unsigned group = G_TINGKAT + t->skala_seen++;
            for (xmlNodePtr g = c->children; g; g = g->next)
                if (is(g, "tingkat"))
                    add_key(t, group, g, "kode", 0);
        } else if (is(c, "tujuan")) {
            add_key(t, G_ID, c, "id", 0);
            add_ref(t, G_MISI, c, "misi", NULL);
            for (xmlNodePtr s = c->children; s; s = s->next) {
                if (!is(s, "sasaran"))
                    continue;
                add_key(t, G_ID, s, "id", 0);
                add_key(t, G_SASARAN, s, "id", 1);
            }
        } else if (is(c, "program")) {
            walk_program(t, c);
        } else if (is(c, "perjanjian-kinerja")) {
            add_key(t, G_PK, c, "versi", 1);
        } else if (is(c, "narasi")) {
            add_key(t, G_BAB, c, "bab", 0);
        }
    }
    walk_descendants(t, root->children);
}

static int compare_values(const void *pa, const void *pb)
{
    const value *a = pa, *b = pb;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    return memcmp(a->text, b->text, a->len);
}

static int no_duplicates(const values *v)
{
    for (size_t i = 1; i < v->count; i++)
        if (compare_values(&v->items[i - 1], &v->items[i]) == 0)
            return 0;
    return 1;
}

static int every_ref_found(const values *refs, const values *keys)
{
    if (refs->count > 0 && keys->count == 0)
        return 0;
    for (size_t i = 0; i < refs->count; i++)
        if (!bsearch(&refs->items[i], keys->items, keys->count, sizeof *keys->items, compare_values))
            return 0;
    return 1;
}

int identity_hold(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !is(root, "submisi") || !root->ns ||
        strcmp((const char *)root->ns->href, LKJ_SUBMISSION_NS) != 0)
        return 0;
    table t = {0};
    walk_top(&t, root);
    int hold = !t.unsure;
    if (hold && t.keys.count > 1)
        qsort(t.keys.items, t.keys.count, sizeof *t.keys.items, compare_values);
    hold = hold && no_duplicates(&t.keys) && every_ref_found(&t.refs, &t.keys);
    free(t.keys.items);
    free(t.refs.items);
    return hold;
}

/*
 * position.c — source positions and human names for DOM nodes.
 *
 * libxml2 keeps only a line per node (the line where the start tag ends),
 * so load.c records the byte offset of each start tag's end; from there the
 * tag's '<' is the nearest '<' before it (XML forbids '<' inside attribute
 * values), which gives exact lines and columns, also past line 65535.
 * Columns count characters (UTF-8 code points), as libxml2 does.
 */
#include "position.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int build_line_index(load_doc *ld)
{
    size_t lines = 1;
    for (const unsigned char *p = ld->bytes, *end = ld->bytes + ld->len;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        lines++;
    ld->line_starts = malloc(lines * sizeof *ld->line_starts);
    if (!ld->line_starts)
        return -1;
    size_t k = 0;
    ld->line_starts[k++] = 0;
    for (size_t i = 0; i < ld->len; i++)
        if (ld->bytes[i] == '\n')
            ld->line_starts[k++] = i + 1;
    ld->line_count = k;
    return 0;
}

void pos_of_offset(load_doc *ld, size_t offset, diag_loc *loc)
{
    loc->file = ld->name;
    loc->line = 0;
    loc->column = 0;
    if (offset > ld->len)
        offset = ld->len;
    if (!ld->line_starts && build_line_index(ld) != 0)
        return;
    size_t lo = 0, hi = ld->line_count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (ld->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    unsigned long column = 1;
    size_t start = ld->line_starts[lo];
    if (start == 0 && ld->len >= 3 && memcmp(ld->bytes, "\xEF\xBB\xBF", 3) == 0)
        start = 3; /* the byte order mark is not a column */
    for (size_t i = start; i < offset; i++)
        column += (ld->bytes[i] & 0xC0) != 0x80;
    loc->line = lo + 1;
    loc->column = column;
}

size_t pos_offset_of(load_doc *ld, unsigned long line, unsigned long column)
{
    if (!ld->line_starts && build_line_index(ld) != 0)
        return 0;
    if (line == 0 || line > ld->line_count)
        return ld->len;
    size_t i = ld->line_starts[line - 1];
    if (i == 0 && ld->len >= 3 && memcmp(ld->bytes, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    for (unsigned long c = 1; c < column && i < ld->len && ld->bytes[i] != '\n'; c++) {
        i++;
        while (i < ld->len && (ld->bytes[i] & 0xC0) == 0x80)
            i++; /* the rest of a UTF-8 character */
    }
    return i;
}

void pos_of_construct(load_doc *ld, size_t offset, const char *text, diag_loc *loc)
{
    size_t n = strlen(text);
    if (offset > ld->len)
        offset = ld->len;
    for (size_t i = offset + 1; i-- > 0;) {
        if (i + n <= ld->len && memcmp(ld->bytes + i, text, n) == 0) {
            pos_of_offset(ld, i, loc);
            return;
        }
    }
    pos_of_offset(ld, offset, loc);
}

/* Byte range of the element's start tag, or -1 when unknown. */
static int start_tag_range(const load_doc *ld, xmlNodePtr node, size_t *begin, size_t *end)
{
    if (!ld->offsets_exact || !node || node->type != XML_ELEMENT_NODE || !node->_private)
        return -1;
    size_t e = (size_t)(uintptr_t)node->_private - 1;
    if (e > ld->len)
        return -1;
    size_t b = e;
    while (b > 0 && ld->bytes[b] != '<')
        b--;
    if (ld->bytes[b] != '<')
        return -1;
    *begin = b;
    *end = e;
    return 0;
}

void pos_of_node(load_doc *ld, xmlNodePtr node, diag_loc *loc)
{
    size_t b, e;
    if (node && node->type == XML_ATTRIBUTE_NODE) {
        pos_of_attr(ld, node->parent, (const char *)node->name, loc);
        return;
    }
    if (start_tag_range(ld, node, &b, &e) == 0) {
        pos_of_offset(ld, b, loc);
        return;
    }
    loc->file = ld->name;
    loc->line = node ? (unsigned long)xmlGetLineNo(node) : 0;
    loc->column = 0;
}

static int is_name_char(unsigned char c)
{
    return c == '-' || c == '_' || c == '.' || c == ':' || (c >= '0' && c <= '9') ||
           (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

void pos_of_attr(load_doc *ld, xmlNodePtr node, const char *attr, diag_loc *loc)
{
    size_t b, e, n = strlen(attr);
    if (start_tag_range(ld, node, &b, &e) == 0) {
        char quote = 0;
        for (size_t i = b + 1; i + n <= e; i++) {
            unsigned char c = ld->bytes[i];
            if (quote) {
                if (c == (unsigned char)quote)
                    quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = (char)c;
                continue;
            }
            if (!is_name_char(ld->bytes[i - 1]) && memcmp(ld->bytes + i, attr, n) == 0 &&
                !is_name_char(ld->bytes[i + n])) {
                pos_of_offset(ld, i, loc);
                return;
            }
        }
    }
    pos_of_node(ld, node, loc);
}

xmlNodePtr pos_next_element(xmlNodePtr n)
{
    xmlNodePtr child = xmlFirstElementChild(n);
    if (child)
        return child;
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        xmlNodePtr sibling = xmlNextElementSibling(n);
        if (sibling)
            return sibling;
    }
    return NULL;
}

/* The name of the attribute whose quoted value holds offset, in the start
 * tag [b, e]; "" when offset is not in a value. */
static void attr_at(const load_doc *ld, size_t b, size_t e, size_t offset, char *attr, size_t size)
{
    const unsigned char *t = ld->bytes;
    size_t i = b + 1, name = 0, name_len = 0;
    attr[0] = '\0';
    while (i < e && is_name_char(t[i]))
        i++; /* the element's name */
    while (i < e) {
        if (is_name_char(t[i])) {
            name = i;
            while (i < e && is_name_char(t[i]))
                i++;
            name_len = i - name;
        } else if (t[i] == '"' || t[i] == '\'') {
            size_t close = i + 1;
            while (close < e && t[close] != t[i])
                close++;
            if (offset > i && offset < close) {
                snprintf(attr, size, "%.*s", (int)name_len, (const char *)t + name);
                return;
            }
            i = close + 1;
        } else {
            i++;
        }
    }
}

void pos_attr_name_at(load_doc *ld, xmlNodePtr node, size_t offset, char *attr, size_t size)
{
    size_t b, e;
    attr[0] = '\0';
    if (start_tag_range(ld, node, &b, &e) != 0 || offset <= b || offset >= e)
        return;
    const unsigned char *t = ld->bytes;
    size_t i = b + 1;
    while (i < e && is_name_char(t[i]))
        i++; /* the element's name */
    while (i < e) {
        if (is_name_char(t[i])) {
            size_t name = i;
            while (i < e && is_name_char(t[i]))
                i++;
            if (offset >= name && offset < i) {
                snprintf(attr, size, "%.*s", (int)(i - name), (const char *)t + name);
                return;
            }
        } else if (t[i] == '"' || t[i] == '\'') {
            size_t close = i + 1;
            while (close < e && t[close] != t[i])
                close++;
            i = close + 1;
        } else {
            i++;
        }
    }
    attr_at(ld, b, e, offset, attr, size);
}

xmlNodePtr pos_element_at(load_doc *ld, size_t offset, char *attr, size_t size)
{
    xmlNodePtr best = NULL;
    size_t best_b = 0, best_e = 0;
    attr[0] = '\0';
    for (xmlNodePtr n = ld->doc ? xmlDocGetRootElement(ld->doc) : NULL; n; n = pos_next_element(n)) {
        size_t b, e;
        if (start_tag_range(ld, n, &b, &e) != 0)
            return NULL;
        if (b > offset)
            break; /* start tags come in document order */
        best = n;
        best_b = b;
        best_e = e;
    }
    if (best && offset < best_e)
        attr_at(ld, best_b, best_e, offset, attr, size);
    return best;
}

static const char *attr_value(xmlNodePtr node, const char *name, char *buf, size_t size)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
    if (!v)
        return NULL;
    snprintf(buf, size, "%s", (const char *)v);
    xmlFree(v);
    return buf;
}

/* The element's own name when it identifies itself (id or kode), else "". */
static int self_label(xmlNodePtr node, char *out, size_t size)
{
    char v[160];
    if (attr_value(node, "id", v, sizeof v)) {
        snprintf(out, size, "%s '%s'", (const char *)node->name, v);
        return 1;
    }
    if (attr_value(node, "kode", v, sizeof v)) {
        snprintf(out, size, "%s %s", (const char *)node->name, v);
        return 1;
    }
    return 0;
}

void node_label(const lkj_diags *diags, xmlNodePtr node, char *out, size_t size)
{
    if (!node) {
        snprintf(out, size, "?");
        return;
    }
    if (node->type == XML_ATTRIBUTE_NODE)
        node = node->parent;
    if (self_label(node, out, size))
        return;
    static const char *const keys[] = {"ke", "tahun", "versi", "bab"};
    char own[200];
    snprintf(own, sizeof own, "<%s>", (const char *)node->name);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char v[64];
        if (attr_value(node, keys[i], v, sizeof v)) {
            snprintf(own, sizeof own, "<%s %s=\"%s\">", (const char *)node->name, keys[i], v);
            break;
        }
    }
    for (xmlNodePtr up = node->parent; up && up->type == XML_ELEMENT_NODE; up = up->parent) {
        char anc[200];
        if (self_label(up, anc, sizeof anc)) {
            snprintf(out, size, "%s %s %s", own,
                     lkj_diags_lang(diags) == LKJ_LANG_EN ? "in" : "di", anc);
            return;
        }
    }
    snprintf(out, size, "%s", own);
}

/*
 * position.h — where a DOM node came from (line and column in the source
 * bytes) and how to name it in a message ("indikator 'DINKES-AKI'").
 */
#ifndef LKJ_POSITION_H
#define LKJ_POSITION_H

#include <libxml/tree.h>

#include "diag.h"
#include "load.h"

void pos_of_offset(load_doc *ld, size_t offset, diag_loc *loc);
/* The byte offset of a 1-based line and column (characters). */
size_t pos_offset_of(load_doc *ld, unsigned long line, unsigned long column);
/* The position of text (e.g. "<!DOCTYPE") found by searching back from
 * offset; offset itself when it is not found. */
void pos_of_construct(load_doc *ld, size_t offset, const char *text, diag_loc *loc);
/* The '<' of the element's start tag. */
void pos_of_node(load_doc *ld, xmlNodePtr node, diag_loc *loc);
/* The attribute's name inside the element's start tag (the tag itself when
 * the attribute is not written there). */
void pos_of_attr(load_doc *ld, xmlNodePtr node, const char *attr, diag_loc *loc);

/* The element whose start tag is the last to begin at or before offset
 * (NULL when there is none, or positions are not exact). When offset lies
 * in a quoted attribute value of that very tag, attr receives the
 * attribute's name; otherwise attr is "" and offset is in text after the
 * tag (the element's own, or its parent's after it closed). */
xmlNodePtr pos_element_at(load_doc *ld, size_t offset, char *attr, size_t size);

/* The attribute of node's start tag whose name or quoted value holds
 * offset (a diagnostic at an attribute points at its name) into attr; ""
 * when there is none. */
void pos_attr_name_at(load_doc *ld, xmlNodePtr node, size_t offset, char *attr, size_t size);

/* A short name for a node in messages, in the list's language. */
void node_label(const lkj_diags *diags, xmlNodePtr node, char *out, size_t size);

/* The next element after n in document order (its first child, else the
 * next sibling of it or of its nearest ancestor that has one), or NULL. */
xmlNodePtr pos_next_element(xmlNodePtr n);

#endif

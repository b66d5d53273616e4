/*
 * identity.h — the submission schema's identity constraints (xs:unique,
 * xs:key, xs:keyref) checked in C, a fast path of validation.
 *
 * libxml2 evaluates identity constraints with streaming XPath on every
 * element: on our schema they cost about 40 % of a validation. validate.c
 * therefore validates first against the schema without them, then asks
 * identity_hold(); only when that says "maybe not" (or the schema without
 * them found errors) does it validate with the whole schema, whose errors
 * make the diagnostics exactly as before. identity_hold() may answer "maybe
 * not" for a valid document (that costs time only); it never answers "hold"
 * when the whole schema would report an identity error.
 */
#ifndef LKJ_IDENTITY_H
#define LKJ_IDENTITY_H

#include <libxml/tree.h>

/* Whether this file checks the constraint of the schema named name,
 * declared on the element scope, of kind "unique", "key" or "keyref"
 * (refer: the key's name without prefix, else NULL), with this selector
 * and field, exactly. validate.c asks it of every constraint it strips,
 * and uses the fast path only when all are known and none is missing. */
int identity_known(const char *scope, const char *kind, const char *name, const char *refer,
                   const char *selector, const char *field);

/* How many constraints this file checks (all must be found in the schema). */
int identity_count(void);

/* 1 when every identity constraint certainly holds in doc, a submission
 * the schema without its constraints accepted; 0 when one may not, or on
 * lack of memory. Thread safe; allocates only a small table. */
int identity_hold(xmlDocPtr doc);

#endif

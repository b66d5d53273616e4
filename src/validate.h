/*
 * validate.h — XSD validation with libxml2's errors turned into lkjip
 * diagnostics in the user's language.
 */
#ifndef LKJ_VALIDATE_H
#define LKJ_VALIDATE_H

#include <libxml/xmlschemas.h>

#include "lkjip/lkjip.h"
#include "load.h"

/* Compiles the embedded schemas and the message patterns; once per
 * process, in the main thread. Returns 0 on success. */
int validate_init(void);
void validate_cleanup(void);

/* Which schema the root element asks for; LKJ_DOC_UNKNOWN after a
 * diagnostic (LKJ0106, LKJ0110) when it is not an lkjip document. */
lkj_doc_kind validate_detect(load_doc *ld, lkj_diags *diags);

/* Validates ld->doc against the schema of kind. Returns LKJ_EXIT_OK or
 * LKJ_EXIT_PROBLEMS (diagnostics appended), LKJ_EXIT_IO on internal error.
 * A submission first takes the fast path (validate_fast_valid); only when
 * that does not show it valid does the whole schema validate it and say
 * what is wrong, so the diagnostics are the whole schema's. */
int validate_doc(load_doc *ld, lkj_doc_kind kind, lkj_diags *diags);

/* The same with the whole schema only (for tests: validate_doc must
 * always agree with it). */
int validate_doc_whole(load_doc *ld, lkj_doc_kind kind, lkj_diags *diags);

/* Another document kind's schema (the LKE's, lke.c): compiled from its
 * embedded bytes once, in the main thread (NULL when it does not
 * compile), and documents validated against it with the same mapping of
 * libxml2's errors onto coded diagnostics. Free with xmlSchemaFree. */
xmlSchemaPtr validate_parse_schema(const unsigned char *xsd, size_t size);
int validate_doc_schema(load_doc *ld, xmlSchemaPtr schema, lkj_diags *diags);

/* 1 when doc is a submission valid against the schema without its
 * identity constraints and identity.c shows that those hold too; 0 when
 * that is not shown (invalid, or not sure, or out of memory). */
int validate_fast_valid(xmlDocPtr doc);

/* 1 when submissions take the fast path, 0 when identity.c and the
 * schema disagree about the constraints, so every document takes the
 * whole schema (for tests). */
int validate_fast_path(void);

#endif

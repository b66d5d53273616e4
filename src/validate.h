/*
 * validate.h — XSD validation with libxml2's errors turned into lkjip
 * diagnostics in the user's language.
 */
#ifndef LKJ_VALIDATE_H
#define LKJ_VALIDATE_H

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
 * LKJ_EXIT_PROBLEMS (diagnostics appended), LKJ_EXIT_IO on internal error. */
int validate_doc(load_doc *ld, lkj_doc_kind kind, lkj_diags *diags);

#endif

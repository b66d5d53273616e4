/*
 * rules.h — checks beyond the schema that need only the one file.
 */
#ifndef LKJ_RULES_H
#define LKJ_RULES_H

#include "lkjip/lkjip.h"
#include "load.h"

int rules_init(void);
void rules_cleanup(void);

/* Both run on a schema-valid document and return LKJ_EXIT_OK or
 * LKJ_EXIT_PROBLEMS (warnings alone keep LKJ_EXIT_OK). */
int rules_check_submission(load_doc *ld, lkj_diags *diags);
int rules_check_workspace(load_doc *ld, lkj_diags *diags);

#endif

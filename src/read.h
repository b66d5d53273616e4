/*
 * read.h — DOM to model (model.h). Runs on documents that passed validate
 * and rules; fails only when memory runs out (LKJ0901 appended, NULL).
 */
#ifndef LKJ_READ_H
#define LKJ_READ_H

#include "load.h"
#include "lkjip/lkjip.h"
#include "model.h"

m_unit *read_unit(load_doc *ld, lkj_diags *diags);
m_profile *read_profile(load_doc *ld, lkj_diags *diags);

#endif

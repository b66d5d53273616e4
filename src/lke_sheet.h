/*
 * lke_sheet.h — the LKE answer sheet (docs/lke.md §7): lkjip evaluasi
 * --format xlsx writes per unit a workbook with a row per criterion, the
 * answers already given and lkjip's suggestions from the data; lkjip
 * evaluasi BOOK.xlsx reads it back as that unit's answers, its findings
 * placed at the cells ("LKE!F12").
 */
#ifndef LKJ_LKE_SHEET_H
#define LKJ_LKE_SHEET_H

#include "lke.h"
#include "lke_data.h"
#include "lkjip/lkjip.h"

/* Writes DIR/UNIT/evaluasi.xlsx (UNIT: the unit id made safe, as the
 * documents' folders) through a temporary file and a rename. ud: the
 * unit's suggestions (NULL: the columns stay empty). LKJ_EXIT_OK, or
 * LKJ_EXIT_IO with a diagnostic. */
int lke_sheet_write(const char *dir, const lke *l, const lke_answers *a, const lke_unit_data *ud,
                    lkj_diags *diags);

/* The answers of path, an <evaluasi> XML file or an answer sheet (told
 * apart by their bytes, as check tells a workbook). As lke_answers_load;
 * a sheet's findings are at its cells. */
int lke_answers_read(const char *path, const lke *l, const lkj_limits *limits, lkj_diags *diags,
                     lke_answers **out);

/* Places findings from index first on that are at lines of a's file at
 * the cells those lines came from (nothing for an XML file). */
void lke_sheet_place(const lke_answers *a, lkj_diags *diags, size_t first);

#endif

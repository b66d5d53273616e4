/*
 * xlsx.h — small pieces shared by the workbooks lkjip writes with
 * libxlsxwriter: the OPD workbooks (template.c) and the LKE answer sheets
 * (lke_sheet.c).
 */
#ifndef LKJ_XLSX_H
#define LKJ_XLSX_H

#include <time.h>
#include <xlsxwriter.h>

/* Colours of the workbooks: headers, keys, the cells to fill in. */
#define XLSX_GREY 0xD9D9D9
#define XLSX_LIGHT 0xF2F2F2
#define XLSX_EDITABLE 0xFFF2CC

/* Keeps the first failure of a workbook's writing in *first (for the
 * finding); the others follow from it. */
void xlsx_note(lxw_error *first, lxw_error e);
/* A string cell, or a blank one in format f for NULL or "". */
void xlsx_put_text(lxw_error *first, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f);

/* A dropdown of codes (NULL-terminated) on row r, columns c1 to c2, that
 * refuses anything else; none when the list is longer than Excel takes
 * written inline (255 characters). */
void xlsx_list_validation(lxw_error *first, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c1, lxw_col_t c2,
                          const char *const *codes, const char *title, const char *message);

/* A cell format: locked or editable, a number format (NULL: none), bold,
 * wrapped (top-aligned), a fill colour (0: none). NULL when out of memory. */
lxw_format *xlsx_format(lxw_workbook *wb, int locked, const char *num_format, int bold, int wrap, lxw_color_t fill);

/* Sets the sheet's state to veryHidden in xl/workbook.xml of the package
 * at path (libxlsxwriter 1.1 writes "hidden" only) and, with
 * lock_structure, protects the workbook's structure (no sheet added,
 * removed, renamed or shown; libxlsxwriter 1.1 cannot). The part is
 * lkjip's, just written; it is still parsed, never patched as bytes. The
 * entry's time is when, the same every run. 0, or -1 with *why (the step). */
int xlsx_make_very_hidden(const char *path, const char *sheet, int lock_structure, time_t when, const char **why);

#endif

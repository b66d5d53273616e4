/*
 * template.h — `lkjip template`: a workbook (.xlsx) per OPD of a linked
 * workspace, already filled with its plan and with what its submission
 * reported so far, in the layout of docs/workbook.md (the contract with
 * the reader, import.c). Written with libxlsxwriter to a temporary name in
 * the output folder and renamed, one workbook at a time.
 */
#ifndef LKJ_TEMPLATE_H
#define LKJ_TEMPLATE_H

#include "link.h"
#include "lkjip/lkjip.h"

typedef struct template_options {
    const char *out_dir;   /* made when missing; must be a folder */
    int year;              /* the report year: the Realisasi sheet's */
    int last_month;        /* the period's last month: 12, or 3/6/9 for a quarter */
    const char *period;    /* as written in the workbook (lkjip!A4): "2025", "2025-Q3" */
    long long created;     /* the workbooks' creation time (docProps/core.xml), seconds */
    lkj_limits limits;     /* re-reading each plan submission for embedding */
} template_options;

typedef struct template_run template_run;

/* NULL when out of memory. The output folder is made here: when it cannot
 * be (a file is in its place), *failed is set and the finding (LKJ0700)
 * appended to diags. */
template_run *template_begin(const template_options *options, lkj_diags *diags, int *failed);
/* Writes a workbook for every OPD of a linked part (link_part), appending
 * findings (LKJ0701-LKJ0703) to diags. Returns LKJ_EXIT_*. */
int template_part(template_run *run, const link_workspace *part, lkj_diags *diags);
/* Frees the run; *written: the workbooks written. */
void template_end(template_run *run, size_t *written);

#endif

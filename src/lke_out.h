/*
 * lke_out.h — lkjip evaluasi --format html,docbook -o DIR: the evaluation's
 * presented documents (present_lke.c) serialised by lkjip's stylesheets and
 * written as DIR/UNIT/evaluasi.{html,xml} per unit and, for several units,
 * DIR/rekap-evaluasi.{html,xml} (docs/lke.md §5). The rapor's capaian and
 * serapan come from the IR files of a build (--ir DIR).
 */
#ifndef LKJ_LKE_OUT_H
#define LKJ_LKE_OUT_H

#include "present_lke.h"

/* LKE_OUT_PRESENT: the presented document itself (NAME-present.xml), as
 * build --format present writes present.xml, for one's own stylesheets. */
/* LKE_OUT_XLSX: the answer sheet per unit (lke_sheet.c), not written here. */
enum { LKE_OUT_HTML = 1, LKE_OUT_DOCBOOK = 2, LKE_OUT_PRESENT = 4, LKE_OUT_XLSX = 8 };

typedef struct lke_out_options {
    unsigned formats;        /* LKE_OUT_* */
    const char *dir;         /* the output folder */
    const char *stylesheets; /* the stylesheets folder */
    const char *ir_dir;      /* --ir: a build's output with ir.xml files, or NULL */
    lkj_lang lang;
    const lkj_limits *limits;
} lke_out_options;

/* The capaian, serapan and period of each unit from the ir.xml files
 * under o->ir_dir (units[i].capaian ... pointing into *irs, which the
 * caller frees with lke_out_free_irs). 0, or -1 with a diagnostic. */
typedef struct lke_irs lke_irs;
int lke_out_read_irs(const lke_out_options *o, lke_unit_view *units, size_t count, lke_irs **irs,
                     lkj_diags *d);
void lke_out_free_irs(lke_irs *irs);

/* Writes the documents of units (those with answers). LKJ_EXIT_OK, or
 * LKJ_EXIT_IO with a diagnostic. */
int lke_out_write(const lke_out_options *o, const lke *l, const lke_unit_view *units, size_t count, lkj_diags *d);
/* (LKJ_EXIT_PROBLEMS with LKJ0816 when two units would share a folder.) */

/* Whether two units' ids make the same folder name: LKJ0816 on the
 * second, before anything is written. */
int lke_out_folders_clash(const lke_unit_view *units, size_t count, lkj_diags *d);

#endif

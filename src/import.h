/*
 * import.h — a filled OPD workbook (.xlsx, docs/workbook.md) back into a
 * submission: the plan it was made from, with the workbook's editable
 * cells (Identitas, Realisasi, Anggaran, Narasi) merged in.
 */
#ifndef LKJ_IMPORT_H
#define LKJ_IMPORT_H

#include <libxml/tree.h>
#include <stddef.h>

#include "lkjip/lkjip.h"

/* Caps on what a workbook may hold (bounded memory and time whatever the
 * bytes are). */
#define IMPORT_MAX_PART ((size_t)16 * 1024 * 1024) /* one entry, inflated */
#define IMPORT_MAX_RATIO 200                        /* inflated/compressed, entries over 1 MiB */
#define IMPORT_MAX_ENTRIES 4096
#define IMPORT_MAX_STRINGS 200000
#define IMPORT_MAX_ROWS 50000

/* Whether bytes start like a zip archive or an OLE2 file (.xls): what
 * check and build take for a workbook. */
int import_looks_like_workbook(const unsigned char *bytes, size_t len);

/* Reads the workbook bytes[0..len) named name (diagnostics name it and
 * its cells). plan (NULL: the copy embedded in the sheet lkjip) is the
 * plan submission's bytes. On LKJ_EXIT_OK *out is the merged submission,
 * the caller's to free with xmlFreeDoc; otherwise *out is NULL and
 * diagnostics say why. */
int import_workbook(const unsigned char *bytes, size_t len, const char *name, const unsigned char *plan,
                    size_t plan_len, const lkj_limits *limits, xmlDocPtr *out, lkj_diags *diags);

/* lkjip import FILE.xlsx [--plan FILE] [-o OUT.xml]: the submission to
 * out_path (temporary file and rename) or stdout, diagnostics to stderr.
 * Returns LKJ_EXIT_*. */
int import_run(const char *path, const char *plan_path, const char *out_path, const lkj_limits *limits,
               lkj_lang lang, int xml_diagnostics);

/* lkjip import BOOK.xlsx... -o FOLDER: each workbook to FOLDER/NAME.xml
 * (NAME: import_output_name), FOLDER made when missing, all in one process
 * (the plan of each from its sheet lkjip); diagnostics of every workbook to
 * stderr. Returns the worst LKJ_EXIT_* of them. */
int import_run_many(const char *const *paths, size_t count, const char *out_dir, const lkj_limits *limits,
                    lkj_lang lang, int xml_diagnostics);

/* The file a workbook is imported to by import_run_many: its file name
 * without .xlsx made safe (output_safe_name), then ".xml". */
void import_output_name(const char *path, char *out, size_t size);

/* Reads text typed into a number cell ("1.234,5", "Rp 150.000.000",
 * "95,5 %"): 0 with *value, 1 when it reads two ways (*value is the
 * thousands reading, *other the decimal one), -1 when it is no number. */
int import_read_number_text(const char *text, double *value, double *other);

#endif

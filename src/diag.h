/*
 * diag.h — the diagnostic sink every stage appends to. Stages never print.
 */
#ifndef LKJ_DIAG_H
#define LKJ_DIAG_H

#include <stdint.h>

#include "catalog.h"
#include "lkjip/lkjip.h"

/* Where a finding is: file as the user named it, 1-based line and column
 * (0 when unknown). */
typedef struct diag_loc {
    const char *file;
    unsigned long line;
    unsigned long column;
} diag_loc;

/* Appends one diagnostic. The variadic arguments are the strings for the
 * {1}..{9} placeholders of the code's message and hint, ending with NULL.
 * origin is the libxml2 error code it comes from, or 0. */
void diag_emit(lkj_diags *diags, diag_id id, const diag_loc *loc, int origin, ...);
/* The same at a workbook's cell ("Realisasi!F14"; NULL: the whole file),
 * rendered file:cell instead of file:line:column. */
void diag_emit_cell(lkj_diags *diags, diag_id id, const char *file, const char *cell, ...);
#define DIAG(diags, id, loc, ...) diag_emit((diags), (id), (loc), 0, __VA_ARGS__, (const char *)NULL)
#define DIAG0(diags, id, loc) diag_emit((diags), (id), (loc), 0, (const char *)NULL)

/* Places item i at a workbook's cell (its line and column dropped): an
 * imported submission's finding named where the workbook has it. */
void diag_set_cell(lkj_diags *diags, size_t i, const char *cell);

/* Per-file bookkeeping: the cap on diagnostics counts from diag_begin_file;
 * diag_end_file adds the LKJ0090 note when some were suppressed. */
void diag_begin_file(lkj_diags *diags, size_t max_per_file);
void diag_end_file(lkj_diags *diags, const char *file);

/* Picks the text of the list's language. */
const char *diag_text(const lkj_diags *diags, const char *text_id, const char *text_en);

/* Orders the diagnostics from index first on by line and column, keeping
 * the order of equal positions. */
void diag_sort_from(lkj_diags *diags, size_t first);

/* Appends a diagnostic exactly as recorded before (from the cache): code
 * must be the catalogue's own string; file, message and hint are copied.
 * No per-file cap applies (it applied when it was recorded). 0, or -1 when
 * out of memory. */
int diag_restore(lkj_diags *diags, const lkj_diag *item);
/* Drops the diagnostics from index count on. */
void diag_truncate(lkj_diags *diags, size_t count);
/* Appends from's item i with its key (diag_set_key). 0, or -1 when out
 * of memory. */
int diag_copy(lkj_diags *to, const lkj_diags *from, size_t i);
/* Adds n to the suppressed count of a severity (from the cache). */
void diag_restore_suppressed(lkj_diags *diags, lkj_severity severity, size_t n);

/* Appends every diagnostic of from, with its suppressed counts, to to
 * (lists of worker threads merged in order). 0, or -1 when out of memory. */
int diag_append_all(lkj_diags *to, const lkj_diags *from);

/* Keys put back in order what was found part by part: every diagnostic
 * added from now on carries key (0 until set), and diag_sort_by_key orders
 * those from index first on by key, keeping the order of equal keys. A
 * workspace linked one part at a time (partition.h) thus lists its
 * findings as the whole would have: by stage, then by unit. 0, or -1 when
 * out of memory (the list is left as it was). */
void diag_set_key(lkj_diags *diags, uint64_t key);
int diag_sort_by_key(lkj_diags *diags, size_t first);
#define DIAG_KEY(stage, unit) ((uint64_t)(stage) << 48 | (uint64_t)(unit))

/* True once an allocation inside the sink failed (diagnostics were lost). */
int diag_out_of_memory(const lkj_diags *diags);

#endif

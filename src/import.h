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

struct load_doc;

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

/* Where the cells of an imported workbook went in its submission: the
 * element (by its place in document order, the root being 0) or one of
 * its attributes, written from the cell "Sheet!F14". A list holds them
 * in document order (cell_of searches it). */
typedef struct import_cell {
    size_t element;
    char *attr; /* NULL: the element itself */
    char *cell;
} import_cell;

typedef struct import_cells {
    import_cell *items;
    size_t count, capacity;
} import_cells;

void import_cells_free(import_cells *cells);

/* Where a finding in an imported submission is in its workbook when no
 * cell wrote the element (or its ancestors): the plan embedded in the very
 * hidden sheet lkjip. */
#define IMPORT_PLAN_CELL "lkjip!A6"

/* Reads the workbook bytes[0..len) named name (diagnostics name it and
 * its cells). plan (NULL: the copy embedded in the sheet lkjip) is the
 * plan submission's bytes. On LKJ_EXIT_OK *out is the merged submission,
 * the caller's to free with xmlFreeDoc; otherwise *out is NULL and
 * diagnostics say why. */
int import_workbook(const unsigned char *bytes, size_t len, const char *name, const unsigned char *plan,
                    size_t plan_len, const lkj_limits *limits, xmlDocPtr *out, lkj_diags *diags);

/* check and build taking a workbook: its raw bytes (taken over, freed in
 * any case) imported with the embedded plan into ld->bytes, the
 * submission serialised (UTF-8), as load_decode leaves an XML input; ld->name
 * names the workbook. *cells (import_cells_free) says which cell wrote what.
 * On problems ld->bytes still holds what the workbook made (for linking to
 * see what it would have defined) when the plan could be read. Returns
 * LKJ_EXIT_*. */
int import_decode(unsigned char *raw, size_t raw_len, const lkj_limits *limits, struct load_doc *ld,
                  import_cells *cells, lkj_diags *diags);

/* Names the workbook's cells in the diagnostics of its submission from
 * index first on: every one at a line of ld (the imported submission,
 * parsed) is placed at the cell that wrote the element or attribute there
 * (or an ancestor), else at IMPORT_PLAN_CELL; its line and column are
 * dropped. */
void import_place(struct load_doc *ld, const import_cells *cells, lkj_diags *diags, size_t first);

/* Gives the unit read from a workbook's submission (ld, parsed) its
 * table of cells (m_unit.cells, in its arena): every element written
 * from a cell or under one, at its position. 0, or -1 when out of memory. */
struct m_unit;
int import_cell_table(struct load_doc *ld, const import_cells *cells, struct m_unit *unit);

/* The mark in cell lkjip!A1 of an LKE answer sheet of lkjip evaluasi
 * (lke_sheet.c; an OPD workbook has "lkjip-workbook 1"). */
#define IMPORT_LKE_SHEET_MARK "lkjip-lke 1"
/* When bytes are such an answer sheet: the unit it names (lkjip!A2;
 * malloc'd, "?" when none), else NULL. Reads only the sheet names of any
 * other workbook. Says nothing: for a walk deciding what to skip. */
char *import_lke_sheet_unit(const unsigned char *bytes, size_t len, const lkj_limits *limits);

/* The unit id a workbook claims (cell A2 of its sheet lkjip), read even
 * when the workbook has errors (the gate); NULL when there is none. */
char *import_claim(const unsigned char *bytes, size_t len, const lkj_limits *limits);

/* A workbook's sheets read as text by another reader (lke_sheet.c, the
 * LKE answer sheet), with the container checks, the limits and the cell
 * diagnostics of import. NULL after diagnostics (at name) when the bytes
 * are no workbook lkjip can read. */
typedef struct import_book import_book;
import_book *import_book_open(const unsigned char *bytes, size_t len, const char *name, const lkj_limits *limits,
                              lkj_diags *diags);
/* Reads the sheet name (kept, not copied: a literal) of the book: 0 with
 * *index, 1 when the book has no such sheet (nothing said), -1 after
 * diagnostics. At most 8 sheets a book. */
int import_book_sheet(import_book *book, const char *name, size_t *index);
/* A cell's value as stored (a number's text, a string), NULL when empty. */
const char *import_book_text(const import_book *book, size_t sheet, unsigned long row, unsigned long col);
/* The last row with a cell (rows are 1-based), 0 for none. */
unsigned long import_book_last_row(const import_book *book, size_t sheet);
/* The column (1-based) whose row-1 header is header; 0 after LKJ0714. */
unsigned long import_book_column(import_book *book, size_t sheet, const char *header);
/* "Sheet!F14", as the diagnostics name cells. */
void import_book_cell_name(const import_book *book, size_t sheet, unsigned long row, unsigned long col, char *out,
                           size_t size);
void import_book_close(import_book *book);

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

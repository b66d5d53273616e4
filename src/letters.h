/*
 * letters.h — a letter per submission ("Hasil Pemeriksaan Kiriman") and a
 * summary per pemda, for `check --letters DIR` and `build --letters DIR`.
 *
 * The driver hands over what it already has: each input's diagnostics as
 * the input is finished (letters_add_file), the diagnostics of linking
 * (letters_add_link), then asks for the folder (letters_write). Each letter
 * is an XML document in urn:lkjip:letter:1 (schemas/letter.xsd), built here
 * from the diagnostics, the catalogue and an excerpt of the file read again
 * through the loader, and turned into HTML by stylesheets/letter-html.xsl.
 * The folder is written through the staging tree (output.h): whole, or not
 * at all. Same inputs, same bytes.
 */
#ifndef LKJ_LETTERS_H
#define LKJ_LETTERS_H

#include "lkjip/lkjip.h"

typedef struct letters letters;

/* The letters of one run into o->letters; NULL when o->letters is NULL or
 * memory ran out (letters_wanted tells the two apart). */
letters *letters_new(const lkj_run_options *o);
int letters_wanted(const lkj_run_options *o);
void letters_free(letters *l);

/* The emit kinds (1 << emit_kind) the letters need: 0 without --letters. */
unsigned letters_emit_mask(const lkj_run_options *o);

/* One input finished: path (NULL for standard input), the name it is
 * known by in diagnostics, its diagnostics and its LKJ_EXIT_* status. The
 * diagnostics are copied. A NULL l does nothing. 0, or -1 when out of
 * memory (then letters_write says LKJ0901 and writes nothing). */
int letters_add_file(letters *l, const char *path, const char *name, const lkj_diags *diags, int status);

/* The diagnostics of linking: each goes to the letter of the file it names
 * (those naming no input go to the summary). Same return as above. */
int letters_add_link(letters *l, const lkj_diags *diags);

/* For the gate (the last accepted version stays in force): the input known
 * as name was rejected, and the version accepted on accepted_date
 * (YYYY-MM-DD, or NULL) from file (or NULL) stays in force; the letter's
 * <putusan> then holds <versi-berlaku>. 0, or -1 when name is no input or
 * memory ran out. */
int letters_keep_version(letters *l, const char *name, const char *accepted_date, const char *file);

/* Writes the letters folder: every letter and the summary (index.html) in a
 * staging tree beside it, published in one rename; on any failure the
 * folder is left exactly as it was. The letter stylesheet must have been
 * compiled (emit_init with letters_emit_mask). Returns LKJ_EXIT_OK, or
 * LKJ_EXIT_IO with a coded diagnostic appended to diags. *written: the
 * number of letters (with the summary). */
int letters_write(letters *l, lkj_diags *diags, size_t *written);

/* The line that says where the letters went ("lkjip: 10 surat ditulis ke
 * DIR (rekap: DIR/index.html)"), in the run's language. */
void letters_describe(const letters *l, size_t written, char *out, size_t size);

#endif

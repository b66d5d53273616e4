/*
 * output.h — writing report files safely: names made from ids (never a path
 * taken raw from input), parents created, every file written to a temporary
 * name in its folder and renamed, so a reader (or a crash) never sees half a
 * report and the previous good output stays until the new one is complete.
 */
#ifndef LKJ_OUTPUT_H
#define LKJ_OUTPUT_H

#include <stddef.h>

/* A file or folder name from an id: lower case, [a-z0-9_-] kept, anything
 * else (dots, slashes, spaces) becomes '-'; never empty. Not one to one:
 * 'dinas-x', 'DINAS-X' and 'dinas.x' give the same name (link reports
 * units that would share a folder, LKJ0415). */
void output_safe_name(const char *id, char *out, size_t size);

/* A unit's folder under the output folder: its safe name, inside its
 * parent's when it is an OPD with a parent (parent: the resolved induk, or
 * NULL). The one place the layout is decided, for build and for link's
 * check that no two units share a folder. */
#define OUTPUT_FOLDER_MAX 130 /* two safe names of at most 64 characters, a '/', the NUL */
void output_unit_folder(const char *id, int is_opd, const char *parent, char out[OUTPUT_FOLDER_MAX]);

/* Creates dir and its parents (mode 0755). 0, or -1 with errno. */
int output_make_dirs(const char *dir);

/* Writes data to path atomically (temporary file, fsync, rename).
 * 0, or -1 with errno. */
int output_write_atomic(const char *path, const void *data, size_t length);
/* The same without fsync: for files whose loss after a crash is harmless
 * because a reader checks them (the cache). */
int output_write_atomic_fast(const char *path, const void *data, size_t length);

/* A batch of atomic writes with one flush: each file is written to its
 * temporary name at once, and at commit everything is made durable with
 * one syncfs (instead of an fsync per file, which on a build of thousands
 * of reports and charts costs more than rendering them) and then renamed,
 * in the order written (a chart before the document that shows it).
 * output_batch_write is safe from any thread. */
typedef struct output_batch output_batch;
output_batch *output_batch_new(void);
/* 0, or -1 with errno (nothing left behind). */
int output_batch_write(output_batch *b, const char *path, const void *data, size_t length);
/* Flushes and renames everything, frees b. 0, or -1 with errno: then the
 * files not yet renamed are removed and their previous versions stay. */
int output_batch_commit(output_batch *b);
/* Frees b without committing: its temporary files stay for
 * output_remove_leftovers (use commit, or unlink them, normally). */
void output_batch_free(output_batch *b);

/* Removes the temporary files a killed run left under dir (down to depth
 * folders): only while holding the build lock, when no run can be writing
 * them. Returns how many were removed. */
size_t output_remove_leftovers(const char *dir, int depth);

#endif

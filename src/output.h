/*
 * output.h — writing reports safely. Names are made from ids (never a path
 * taken raw from input). A build never writes into the published output
 * folder: it fills a staging tree beside it (".NAME.lkjip-new") and
 * publishes it whole with one rename that exchanges the two folders, so a
 * reader (a web server) sees the whole previous build or the whole new one,
 * whatever fails or is killed. The previous tree is kept as the spare
 * (".NAME.lkjip-spare") from which the next build makes its staging tree:
 * what is unchanged is already there, and what that build did not put
 * there is swept out before the exchange. Nothing found in the output folder is
 * followed or trusted: every open is relative to a directory descriptor,
 * with O_NOFOLLOW, and a file is carried over to the new tree only when its
 * bytes hash to what lkjip recorded when it wrote them.
 */
#ifndef LKJ_OUTPUT_H
#define LKJ_OUTPUT_H

#include <stddef.h>
#include <sys/stat.h>

#define OUTPUT_DIGEST_SIZE 32
/* The file that marks a folder as lkjip's output (and lets discover skip it). */
#define OUTPUT_MARKER ".lkjip-output"

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

/* SOURCE_DATE_EPOCH (reproducible builds): 1 with *seconds when it is set
 * to a whole non-negative number, else 0. */
int output_source_date(long long *seconds);

/* Creates dir and its parents (mode 0755). 0, or -1 with errno. */
int output_make_dirs(const char *dir);

/* Writes data to path atomically (temporary file, rename), without fsync:
 * for files a reader checks (the cache). 0, or -1 with errno. */
int output_write_atomic_fast(const char *path, const void *data, size_t length);
/* The same, flushed to disk before the rename: a file a user asked for
 * (-o), which must never be left half written. An existing path that is
 * no regular file (/dev/null, a pipe) is written in place instead. */
int output_write_atomic(const char *path, const void *data, size_t length);

/* Reads a whole small regular file without following a symlink or blocking
 * on a FIFO (an untrusted folder): NULL with errno otherwise. */
unsigned char *output_read_regular(int dirfd, const char *name, size_t max, size_t *length);

/* ------------------------------------------------------------------ */
/* The publication: a staging tree, committed whole                   */
/* ------------------------------------------------------------------ */

typedef struct output_tree output_tree;

typedef enum {
    OUTPUT_OK,
    OUTPUT_ERRNO,     /* errno says why */
    OUTPUT_NOT_OURS,  /* the folder holds files and is not an lkjip output */
    OUTPUT_NOT_FOLDER /* the output path is not a folder */
} output_status;

/* Opens the output folder out_dir for a new build (the caller holds the
 * build lock): repairs what a killed run left (a half-done publish on a
 * file system without exchange), removes its staging leftovers, and makes
 * the staging tree: the spare when there is one, else a new folder. out_dir itself may be missing (made at commit),
 * empty, or a previous lkjip output; anything else is OUTPUT_NOT_OURS. */
output_status output_tree_begin(const char *out_dir, output_tree **tree);

/* Writes a file into the staging tree under rel_dir ("kab/dinkes", or ""
 * for the top). Safe from any thread. 0, or -1 with errno. */
int output_tree_write(output_tree *t, const char *rel_dir, const char *name, const void *data, size_t length);

/* A file of the staging tree written in pieces (a report too large to be
 * held whole): created under rel_dir like output_tree_write's, filled by
 * output_file_write, then output_file_close (0, or -1 with errno and the
 * file removed) or output_file_discard; either frees f. NULL with errno. */
typedef struct output_file output_file;
output_file *output_tree_create(output_tree *t, const char *rel_dir, const char *name);
int output_file_write(output_file *f, const void *data, size_t length);
int output_file_close(output_file *f);
void output_file_discard(output_file *f);

/* Carries a file of the published folder over into the staging tree when
 * it is a regular file (not followed through a symlink) of exactly size
 * bytes whose SHA-256 is digest: 1 carried, 0 not (missing, changed,
 * planted), -1 when the staging tree could not be written (errno). When
 * trusted (may be NULL) says the file's stat proves its bytes (a recorded
 * identity, cache.h), they are not read. Safe from any thread. */
int output_tree_keep(output_tree *t, const char *rel_dir, const char *name, size_t size,
                     const unsigned char digest[OUTPUT_DIGEST_SIZE],
                     int (*trusted)(void *ctx, const struct stat *st), void *ctx);

/* Publishes the staging tree: sweeps out of a reused tree what this build
 * did not put there, flushes it to disk, exchanges it with the output
 * folder in one rename, and keeps the previous tree as the spare. Until the
 * exchange nothing visible has changed. t is freed. 0, or -1 with errno
 * (then the previous output is as it was). */
int output_tree_commit(output_tree *t);

/* Drops the staging tree: the output folder stays exactly as it was. */
void output_tree_abort(output_tree *t);

#endif

/*
 * cache.h — the incremental half of a batch run: each input's checked
 * result (its diagnostics, its model) kept on disk under a key made of the
 * SHA-256 of its bytes, so an unchanged file is never parsed or validated
 * again; and, for build, a stamp per rendered document so an unchanged
 * unit is never transformed again.
 *
 * Everything in the folder is untrusted: an entry is used only when its
 * MAC holds under the folder's key (cache.c) and its header names this very build of lkjip (GNU build id + schemas + language
 * + limits), these very bytes and this very file (its canonical path, so a
 * file named two ways shares one entry), and its compressed
 * sections inflate to exactly their recorded sizes and unpack cleanly.
 * Anything else is a miss, and the input is checked as if no cache existed.
 * "These very bytes" is known without reading them while the file's
 * identity (device, inode, size, mtime, ctime) is the one recorded with
 * them and not racy (cache.c), as git's index knows a clean file.
 * Entries are written to a temporary name and renamed: a killed run leaves
 * at worst an entry that is ignored.
 */
#ifndef LKJ_CACHE_H
#define LKJ_CACHE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "check.h"
#include "lkjip/lkjip.h"

#define CACHE_DIGEST_SIZE 32

typedef struct cache cache;

/* Opens the folder dir, creating it when missing (mode 0700), with its key.
 * NULL with errno when it cannot be made, its key is not lkjip's own (EPERM)
 * or lkjip's own build cannot be identified. */
cache *cache_open(const char *dir, const lkj_limits *limits, lkj_lang lang);
void cache_close(cache *c);

/* n bytes as 2n lower-case hex digits and a NUL. */
void cache_hex(const unsigned char *d, size_t n, char *out);

/* The MAC key of the state folder open at dir_fd ("key": a regular file
 * of this user, mode 0600, 32 bytes), made when missing. 0, or -1 with
 * errno (EPERM: a key that is not lkjip's own). */
int cache_folder_key(int dir_fd, unsigned char key[CACHE_DIGEST_SIZE]);

/* A file's identity as stat gives it (git's index, ccache's stat mode):
 * while these are all unchanged, its bytes are those last hashed, unless
 * it changed in the very clock tick it was looked at (cache_racy). */
typedef struct cache_file_id {
    uint64_t dev, ino, size;
    int64_t mtime_s, ctime_s;
    uint32_t mtime_ns, ctime_ns;
} cache_file_id;

void cache_file_id_of(const struct stat *st, cache_file_id *id);
int cache_file_id_equal(const cache_file_id *a, const cache_file_id *b);
/* Whether id cannot be trusted by a record made at moment (seconds,
 * nanoseconds of the file system's clock): its mtime or ctime is not older
 * than the moment, so it may have changed again within the same tick
 * without its times changing. */
int cache_racy(const cache_file_id *id, int64_t moment_s, uint32_t moment_ns);
/* The file system's clock now, as a file made in the folder open at
 * dir_fd reads it (same clock and granularity as the times of the files
 * it is compared with); 0, or -1 (then nothing may be trusted by it). */
int cache_fs_now(int dir_fd, int64_t *s, uint32_t *ns);

/* Which entry an input uses and what its bytes were. */
typedef struct cache_key {
    char entry[80];                            /* file name inside the folder */
    unsigned char content[CACHE_DIGEST_SIZE];  /* SHA-256 of the raw bytes, when content_known */
    int content_known;
    const char *path;                          /* the input's canonical path (the caller's) */
    cache_file_id id;                          /* the input's identity, when has_id (stat before reading) */
    int has_id;
} cache_key;

/* path: the input as a canonical path (realpath), so that "DATA/x.xml"
 * and "/srv/DATA/x.xml" share an entry; diagnostics still carry the name
 * the user gave. The content is not known yet (cache_key_content). */
void cache_key_name(const cache *c, const char *path, cache_key *key);
void cache_key_content(cache_key *key, const unsigned char *raw, size_t raw_len);

/* The canonical path of path (as realpath), cheaper: a folder's real path
 * is remembered (per thread), so only a file that is itself a symlink
 * (is_link) is resolved whole. NULL when it cannot be resolved. */
char *cache_canonical_path(const char *path, int is_link);

/* A hit (1): the recorded diagnostics appended to diags (under name), the
 * recorded status in *status and, when model is not NULL, the model (an
 * entry without one, or of an input that had errors, is then a miss unless
 * the status says no model was made). A miss: 0, diags untouched.
 * A key whose content is not known yet hits only when the entry records
 * the same identity (key->has_id), not racy: the recorded content digest
 * is then copied into key; the caller reads and hashes the file on a miss
 * and asks again. A hit by content whose recorded identity differs (or
 * was racy) refreshes the entry with key's identity.
 * Safe from any thread. */
int cache_lookup(cache *c, cache_key *key, const char *name, lkj_diags *diags, int *status,
                 check_model *model);
/* Records a result: diags holds this input's diagnostics only; model may
 * be NULL or empty. Statuses other than OK and PROBLEMS (I/O, memory) are
 * never recorded. Failures to write are silent: the cache is an
 * optimisation, never a reason for a run to fail. */
void cache_store(cache *c, const cache_key *key, int status, const lkj_diags *diags, const check_model *model);

/* Render stamps. A document set (one unit's outputs of one kind) is fresh
 * when its stamp holds digest and keep carries every file the stamp lists
 * (name, size, SHA-256 of its bytes) from the published folder into the
 * new build (output_tree_keep): 1 fresh, 0 not (render it again), -1 when
 * keep failed with an I/O error (errno). Safe from any thread. */
int cache_render_fresh(cache *c, const char *dir, const char *what, const unsigned char digest[CACHE_DIGEST_SIZE],
                       int (*keep)(void *ctx, const char *name, size_t size,
                                   const unsigned char sha[CACHE_DIGEST_SIZE]),
                       void *ctx);
/* Keeps a stamp through cache_prune without reading it (its unit was
 * skipped as a whole, so its sets' stamps stay valid). */
void cache_render_keep(cache *c, const char *dir, const char *what);
/* Records that dir now holds files (names, sizes, SHA-256 of their bytes)
 * made from digest. */
void cache_render_record(cache *c, const char *dir, const char *what, const unsigned char digest[CACHE_DIGEST_SIZE],
                         const char *const *files, const size_t *sizes,
                         const unsigned char (*shas)[CACHE_DIGEST_SIZE], size_t file_count);

/* The identities of a build's published files, recorded once the build is
 * published (after its old tree is gone, so the links and unlinks of
 * publishing no longer change their ctimes): the next build carries a file
 * over without reading it when its stat is still the recorded one, with
 * the size and SHA-256 its stamp lists, and not racy. */
typedef struct cache_outputs cache_outputs;

/* NULL when there is no record (or it cannot be trusted): then every
 * carried-over file is read and hashed. */
cache_outputs *cache_outputs_load(cache *c, const char *out_dir);
int cache_outputs_trust(const cache_outputs *o, const char *rel, const char *name, const struct stat *st,
                        size_t size, const unsigned char sha[CACHE_DIGEST_SIZE]);
void cache_outputs_free(cache_outputs *o);
/* paths: "rel/name" inside out_dir, each with its size and SHA-256. */
void cache_outputs_record(cache *c, const char *out_dir, const char *const *paths, const size_t *sizes,
                          const unsigned char (*shas)[CACHE_DIGEST_SIZE], size_t count);

/* The digest that identifies this build of lkjip, its schemas and the
 * settings the cache was opened with (for render digests). */
const unsigned char *cache_toolchain(const cache *c);

/* Removes every entry this run did not use and leftovers of killed runs;
 * for a folder only one workspace uses (build's default). */
void cache_prune(cache *c);

#endif

/*
 * store.h — the models of a workspace between reading and linking, within
 * a memory budget. Models are kept as they are until the budget is used;
 * later ones are packed (pack.c), compressed and written to a temporary
 * file that has no name (it vanishes with the process, however it ends),
 * and read back when their part is linked (partition.h). So the store
 * holds a few hundred bytes per unit beyond its budget (partition.c's id
 * table, a few kilobytes per unit, lasts only until the parts are made).
 */
#ifndef LKJ_STORE_H
#define LKJ_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* The budget when LKJIP_MODEL_MEMORY (megabytes) does not say otherwise. */
#define STORE_DEFAULT_BUDGET ((size_t)64 << 20)

typedef struct model_store model_store;

/* dir: where the temporary file goes (NULL: TMPDIR, else /tmp). */
model_store *store_new(size_t budget, const char *dir);
/* The budget from LKJIP_MODEL_MEMORY (whole megabytes), else the default;
 * *invalid says the variable was set to something else. */
size_t store_budget_from_env(int *invalid);
void store_free(model_store *s);

/* A model packed and deflated, ready for the temporary file. */
typedef struct store_blob {
    unsigned char *data;
    uint32_t length, plain; /* deflated, and inflated, bytes */
} store_blob;

/* Packs unit (safe on any thread: it touches no store). 0, or -1 with
 * errno ENOMEM. */
int store_pack(const m_unit *unit, store_blob *out);
void store_blob_free(store_blob *blob);
/* Whether models now go to the file (then a reader thread may pack each
 * one in advance with store_pack). Safe on any thread. */
int store_spilling(model_store *s);

/* Takes over unit as the next one (index: the count before), and blob
 * (its store_pack, or NULL) when given. 0, or -1 with errno (ENOMEM, or
 * the file's error) when it could be kept neither in memory nor on disk
 * (it is freed). */
int store_put(model_store *s, m_unit *unit, store_blob *blob);
size_t store_count(const model_store *s);
/* How many models went to the temporary file. */
size_t store_spilled(const model_store *s);
/* Whether every model has its content digest (read through the cache). */
int store_all_digested(const model_store *s);
/* Unit i's content digest (32 bytes), or NULL. */
const unsigned char *store_digest(const model_store *s, size_t i);

/* Unit i's model, read back when it was written out; NULL when that fails
 * (out of memory, a read error). The store keeps it until store_release. */
m_unit *store_get(model_store *s, size_t i);
/* Reads back the models of indices that were written out, on jobs
 * threads (each one's inflating and unpacking is independent); what fails
 * here is tried again, and reported, by store_get. */
void store_load(model_store *s, const size_t *indices, size_t n, int jobs);
/* Frees unit i's model: each is linked once. */
void store_release(model_store *s, size_t i);

#endif

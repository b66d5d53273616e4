/*
 * store.h — the models of a workspace between reading and linking, within
 * a memory budget. Models are kept as they are until the budget is used;
 * later ones are packed (pack.c), compressed and written to a temporary
 * file that has no name (it vanishes with the process, however it ends),
 * and read back when their part is linked (partition.h). So a build's
 * memory does not grow with the number of files beyond a few hundred
 * bytes per unit.
 */
#ifndef LKJ_STORE_H
#define LKJ_STORE_H

#include <stddef.h>

#include "model.h"

/* The budget when LKJIP_MODEL_MEMORY (megabytes) does not say otherwise. */
#define STORE_DEFAULT_BUDGET ((size_t)64 << 20)

typedef struct model_store model_store;

/* dir: where the temporary file goes (NULL: TMPDIR, else /tmp). */
model_store *store_new(size_t budget, const char *dir);
/* The budget from LKJIP_MODEL_MEMORY, else the default. */
size_t store_budget_from_env(void);
void store_free(model_store *s);

/* Takes over unit as the next one (index: the count before). 0, or -1
 * when it could be kept neither in memory nor on disk (it is freed). */
int store_put(model_store *s, m_unit *unit);
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
/* Frees unit i's model: each is linked once. */
void store_release(model_store *s, size_t i);

#endif

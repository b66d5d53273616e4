/*
 * partition.h — a workspace split into parts that link on their own, so
 * that only one part's models need be in memory at a time (a national set
 * of 22,000 units is 38 provinsi trees with nothing above them).
 *
 * Two units are in one part when they share an id, by defining it or by
 * naming it: induk, mendukung, a formula's ids, or an id defined twice;
 * or when their ids give the same output folder name ('dinas-x' and
 * 'DINAS-X', output_safe_name), so that link sees units that would share
 * a folder (LKJ0415).
 * Linking, measuring and rendering a part (the driver does, run.h) thus
 * find everything the whole workspace would have given them; what only the whole knows (its year,
 * the parent ids nobody defines, where the profile's entitas is) comes
 * from here. Ids are compared as strings: nothing is guessed.
 */
#ifndef LKJ_PARTITION_H
#define LKJ_PARTITION_H

#include <stddef.h>

#include "link.h"
#include "model.h"
#include "store.h"

typedef struct partition partition;

partition *partition_new(void);
void partition_free(partition *p);

/* Notes the next unit in input order (its index is the number noted
 * before it). 0, or -1 when out of memory. */
int partition_add(partition *p, const m_unit *u);

/* Notes an input that was rejected (check.h check_rejected), in input
 * order: the ids it would have defined and those its mendukung name, or
 * readable 0 when nothing could be read from it. It joins no part. 0, or
 * -1 when out of memory. */
int partition_reject(partition *p, const char *file, int readable, const char *const *defines, size_t define_count,
                     const char *const *supports, size_t support_count);

/* After the last unit: the parts, the missing parents and the entitas's
 * part, what the rejected inputs leave unlinked; the id table is freed.
 * 0, or -1 when out of memory. */
int partition_finish(partition *p, const char *entity);

/* At least one part (an empty one when there are no units); each lists
 * unit indices in input order, and parts come in order of their first. */
size_t partition_count(const partition *p);
const size_t *partition_part(const partition *p, size_t k, size_t *count);
/* The part where the entitas is defined, or 0 when no unit defines it. */
size_t partition_entity_part(const partition *p);
/* Parent ids (induk) that no unit defines, in order of first mention. */
const char *const *partition_missing(const partition *p, size_t *count);
/* The ids a unit names (or the profile's entitas) that no unit but a
 * rejected input defines, each with the first such input, sorted by id. */
const link_rejected_id *partition_rejected(const partition *p, size_t *count);
/* The ids of the units' sasaran that a rejected input's mendukung names,
 * sorted. */
const char *const *partition_rejected_supports(const partition *p, size_t *count);
/* The rejected inputs nothing could be read from, in input order. */
const char *const *partition_unreadable(const partition *p, size_t *count);
/* The reporting year of the whole workspace, as linking the whole sets it: the
 * profile's, else the first unit's; 0 without units. */
int partition_year(const partition *p, const m_profile *profile);

#endif

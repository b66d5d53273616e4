/*
 * depend.h — which input files each unit's report is made from, as one
 * digest per unit: build leaves a unit whose digest matches its last stamp
 * without even lowering it, so a night with one changed file costs a
 * fraction of a full build.
 *
 * Conservative by construction (a stale report is worse than a slow one):
 *  - an OPD's report depends on its pemda group: the pemda, every OPD of
 *    that pemda (crosscutting partners, sibling budgets), the pemda's
 *    ancestors, and every unit a formula in any of them refers to,
 *    transitively;
 *  - every other unit (pemda, provinsi), an OPD without a resolved parent,
 *    and a group whose formulas name an id no unit has, depends on the
 *    whole workspace;
 *  - all of it together with base: the settings, stylesheets, formats,
 *    period, date and profile (the caller's digest).
 */
#ifndef LKJ_DEPEND_H
#define LKJ_DEPEND_H

#include "link.h"

#define DEPEND_DIGEST_SIZE 32

/* Fills out[i] for every unit of ws, a part of the workspace (link_part);
 * whole is the whole workspace's digest (depend_whole). 0; -1 when some unit (or the profile) has no content
 * digest (read without the cache) or memory ran out: then nothing may be
 * skipped. */
int depend_digests(const link_workspace *ws, const unsigned char base[DEPEND_DIGEST_SIZE],
                   const unsigned char whole[DEPEND_DIGEST_SIZE], unsigned char (*out)[DEPEND_DIGEST_SIZE]);
/* The whole workspace's digest: base, then each unit's index and content
 * digest in input order (what a pemda's report depends on). */
void depend_whole(const unsigned char base[DEPEND_DIGEST_SIZE], const unsigned char *const *digests, size_t count,
                  unsigned char out[DEPEND_DIGEST_SIZE]);

#endif

/*
 * depend.h — which input files each unit's report is made from, as one
 * digest per unit: build leaves a unit whose digest matches its last stamp
 * without even lowering it, so a night with one changed file costs a
 * fraction of a full build.
 *
 * Conservative by construction (a stale report is worse than a slow one):
 *  - a unit's report depends on the unit and everything under it (a pemda
 *    shows its OPDs; a provinsi its pemdas, their budgets summed from
 *    their OPDs), on the owners and every supporter of each upper sasaran
 *    that one of those supports or owns (the mendukung and didukung lines,
 *    the crosscutting count, the pohon kinerja), on its ancestors, and on
 *    every unit a formula in any of them names, transitively. So one
 *    changed OPD file re-lowers that OPD, the OPDs that support a sasaran
 *    with it, its pemda and the provinsi above, not every unit;
 *  - an OPD without a resolved parent, and a unit whose set holds a
 *    formula or a mendukung that names nothing, depends on the whole
 *    workspace;
 *  - all of it together with base: the settings, stylesheets, formats,
 *    period, date, profile, missing and rejected inputs (the caller's
 *    digest), and each unit's place in input order.
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

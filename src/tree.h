/*
 * tree.h — the pohon kinerja (the cascade of tujuan, sasaran, program,
 * kegiatan and sub kegiatan, with each node's indicator and target) drawn as
 * SVG for the present stage, readable on paper: full text in every node
 * (not only on hover), split into one figure per top-level branch and, when
 * a branch is too wide for a page, over several, rather than shrunk.
 */
#ifndef LKJ_TREE_H
#define LKJ_TREE_H

#include "present.h"

/* Appends the figures of the r:pohon-kinerja of the report to parent (a
 * p:bagian); a p:p saying there is no tree when it is empty. */
void tree_draw(present *p, xmlNodePtr parent);

#endif

/*
 * tree.c — the pohon kinerja as SVG (tree.h). Placeholder until the tree
 * work lands: no figure is drawn.
 */
#include "tree.h"

void tree_draw(present *p, xmlNodePtr parent)
{
    (void)p, (void)parent;
}

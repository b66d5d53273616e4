/*
 * present_results.c — Bab III Akuntabilitas Kinerja: the capaian of each
 * tujuan, sasaran and indicator with the seven analyses, and the
 * realisasi anggaran.
 */
#include "present_parts.h"

void present_accountability(present *p, xmlNodePtr root)
{
    pr_section(p, root, "bab", "bab-3", pr_label(p, "bab.3"));
}

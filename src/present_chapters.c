/*
 * present_chapters.c — the LKjIP's frame and its chapters other than
 * Bab III (present_results.c).
 */
#include "present_parts.h"

void present_lkjip_document(present *p, xmlNodePtr root)
{
    pr_el_text(p, root, "judul", pr_label(p, "dokumen.lkjip"));
    present_accountability(p, root);
}

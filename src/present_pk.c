/*
 * present_pk.c — the Perjanjian Kinerja: its own document (pk.html,
 * pk.xml) and the LKjIP's appendix.
 */
#include "present_parts.h"

void present_pk_body(present *p, xmlNodePtr parent)
{
    pr_el_text(p, parent, "p", pr_label(p, "dokumen.pk"));
}

void present_pk_document(present *p, xmlNodePtr root)
{
    pr_el_text(p, root, "judul", pr_label(p, "dokumen.pk"));
    xmlNodePtr body = pr_section(p, root, "bab", "pk", pr_label(p, "dokumen.pk"));
    present_pk_body(p, body);
}

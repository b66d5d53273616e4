/*
 * lower.h — the seventh stage: the linked, evaluated workspace becomes the
 * report IR (schemas/report.xsd, docs/ir.md): one XML document per unit,
 * raw numbers with the rule that made each, no formatting decisions beyond
 * the policy's rounding (given beside the full-precision value, because
 * XSLT's format-number rounds half to even).
 */
#ifndef LKJ_LOWER_H
#define LKJ_LOWER_H

#include <libxml/tree.h>

#include "evaluate.h"
#include "link.h"

#define LKJ_REPORT_NS "urn:lkjip:report:1"

typedef struct lower_options {
    const char *date; /* the report date (YYYY-MM-DD) or NULL */
    int english;      /* rule names and reasons in English */
} lower_options;

/* The IR of one unit as a new document (NULL when out of memory). */
xmlDocPtr lower_unit(const ev_workspace *ev, const m_unit *unit, const lower_options *options);

#endif

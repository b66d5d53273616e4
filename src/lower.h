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

/* A submission the gate rejected (gate.h), for the pemda's report. */
typedef struct lower_rejection {
    char *file;       /* the rejected input */
    char *unit;       /* the unit it claims, or NULL when unreadable */
    char *date;       /* its date, YYYY-MM-DD */
    size_t errors;
    char *accepted_on; /* the date of the version that stays in force, or NULL: the unit is absent */
    int elsewhere;     /* its unit comes from another input (it was a copy) */
    size_t position;   /* the driver's: its place in input order */
} lower_rejection;

typedef struct lower_rejections {
    lower_rejection *items;
    size_t count, capacity;
} lower_rejections;

typedef struct lower_options {
    const char *date; /* the report date (YYYY-MM-DD) or NULL */
    int english;      /* rule names and reasons in English */
    const lower_rejections *rejected; /* the gate's, listed in the pemda's report; NULL: none */
} lower_options;

/* The IR of one unit as a new document (NULL when out of memory). */
xmlDocPtr lower_unit(const ev_workspace *ev, const m_unit *unit, const lower_options *options);

#endif

/*
 * chart.h — the report's charts as finished SVG, drawn in C from the IR
 * (the present stage's; they replace stylesheets/charts.xsl). Each function
 * appends one p:gambar (a figure: p:judul?, svg:svg, p:keterangan?) to
 * parent, or nothing when the data holds nothing to draw.
 *
 * Every chart: one svg:svg with width, height and viewBox, role="img", a
 * title and a desc; colours as presentation attributes (no CSS), one font
 * list; a labelled value axis, bars from zero on one scale per chart, value
 * labels never clipped and never crossed by a line. Numbers printed in a
 * chart are written as the tables write them (pr_shown, pr_percent, …).
 */
#ifndef LKJ_CHART_H
#define LKJ_CHART_H

#include "present.h"

/* Target against realisasi for the indicators of one sasaran (r:sasaran). */
void chart_target_realisasi(present *p, xmlNodePtr parent, const xmlNode *sasaran);
/* Realisasi over the years with the targets, for one r:indikator. */
void chart_trend(present *p, xmlNodePtr parent, const xmlNode *indikator);
/* Monthly or quarterly realisasi of one r:indikator (needs at least two
 * periods). */
void chart_progress(present *p, xmlNodePtr parent, const xmlNode *indikator);
/* Budget absorption per program: the r:program elements of the report
 * root (all of them when program is NULL, else that one). */
void chart_absorption(present *p, xmlNodePtr parent, const xmlNode *program);
/* Budget absorption per OPD of a pemda's report: its r:unit-bawahan. */
void chart_absorption_units(present *p, xmlNodePtr parent);

#endif

/*
 * chart.c — the report's charts as SVG (chart.h). Placeholder: the charts
 * land with the chart work; until then no figure is drawn.
 */
#include "chart.h"

void chart_target_realisasi(present *p, xmlNodePtr parent, const xmlNode *sasaran)
{
    (void)p, (void)parent, (void)sasaran;
}

void chart_trend(present *p, xmlNodePtr parent, const xmlNode *indikator)
{
    (void)p, (void)parent, (void)indikator;
}

void chart_progress(present *p, xmlNodePtr parent, const xmlNode *indikator)
{
    (void)p, (void)parent, (void)indikator;
}

void chart_absorption(present *p, xmlNodePtr parent, const xmlNode *program)
{
    (void)p, (void)parent, (void)program;
}

/*
 * render.h — diagnostics out: text like a compiler's, or XML for machines
 * (schemas/diagnostics.xsd). Streaming, one file at a time.
 */
#ifndef LKJ_RENDER_H
#define LKJ_RENDER_H

#include <stdio.h>

#include "lkjip/lkjip.h"

typedef struct render render;

typedef enum { RENDER_TEXT, RENDER_XML } render_format;

render *render_begin(FILE *out, render_format format, lkj_lang lang);
/* Writes the diagnostics of one input (file may have none). */
void render_file(render *r, const char *file, const lkj_diags *diags, int status);
/* Writes the diagnostics of linking (across files; each names its file). */
void render_link(render *r, const lkj_diags *diags, int status);
/* Also writes every text line to log, with a time stamp (--log). */
void render_set_log(render *r, FILE *log);
/* A line of its own (a summary): to the output when to_output and the
 * form is text, and to the log. */
void render_note(render *r, const char *line, int to_output);
/* With a cache: the summary also says how many files came from it. */
void render_set_cache_hits(render *r, size_t hits);
/* Writes the summary and frees r. Returns 0, or -1 when writing failed. */
int render_end(render *r, size_t files, size_t errors, size_t warnings, int quiet);

#endif

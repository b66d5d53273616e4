/*
 * emit.h — the last stage: the report IR through the XSLT stylesheets into
 * the documents (LKjIP and Perjanjian Kinerja, as HTML and DocBook).
 * Stylesheets are compiled once per process and run with libxslt security
 * preferences that forbid writing files, creating folders and any network
 * access; they may read only files of the stylesheets folder.
 */
#ifndef LKJ_EMIT_H
#define LKJ_EMIT_H

#include <libxml/tree.h>

#include "lkjip/lkjip.h"

/* EMIT_LETTER_HTML: a letter per submission (letters.c), from the letter
 * document (schemas/letter.xsd), not from the IR. */
typedef enum { EMIT_LKJIP_HTML, EMIT_LKJIP_DOCBOOK, EMIT_PK_HTML, EMIT_PK_DOCBOOK, EMIT_LETTER_HTML, EMIT_COUNT } emit_kind;

/* A file a DocBook stylesheet asked for beside its document (a chart). */
typedef struct emit_file {
    char *name; /* a safe base name: [a-z0-9][a-z0-9._-]*.svg */
    unsigned char *data;
    size_t length;
} emit_file;

typedef struct emit_result {
    unsigned char *data; /* the document */
    size_t length;
    emit_file *files;
    size_t file_count;
} emit_result;

/* Finds the stylesheets folder: explicit (--stylesheets), $LKJIP_STYLESHEETS,
 * the installed one, or beside the binary (build/../stylesheets). Writes it
 * to out; 0, or -1 when none holds lkjip-html.xsl. */
int emit_find_stylesheets(const char *explicit_dir, const char *argv0, char *out, size_t size);

/* Compiles the stylesheets of the kinds in mask (1 << kind). 0, or -1 with
 * a diagnostic (LKJ0903). */
int emit_init(const char *dir, unsigned mask, lkj_diags *diags);
void emit_cleanup(void);

/* The charts of a presented document (its SVG elements), serialised once
 * for every stylesheet that declares it takes them ready-made: a top-level
 * <lkj:grafik-jadi xmlns:lkj="urn:lkjip:emit:1"/> (docs/present.md). Such
 * a stylesheet is run with each chart replaced by a processing
 * instruction, which it copies where the chart goes (copy-of of
 * processing-instruction('lkjip')), and the chart's text is put in its
 * place in the serialised result: the HTML and the DocBook then neither
 * copy the drawings node by node nor serialise and free them twice. */
typedef struct emit_charts emit_charts;

/* An empty set for doc: charts are found and serialised on first use. */
emit_charts *emit_charts_new(xmlDocPtr doc);
void emit_charts_free(emit_charts *charts);

/* Runs one stylesheet on a document (the presented one, or a letter's).
 * charts: NULL, or the document's charts (used when the stylesheet takes
 * them ready-made). 0, or -1 with a diagnostic. */
int emit_transform(emit_kind kind, xmlDocPtr doc, emit_charts *charts, lkj_lang lang, emit_result *out,
                   lkj_diags *diags);
void emit_result_free(emit_result *result);

/* Whether the stylesheet of kind declares, in its own file, that it may be
 * given a presented document part by part (a top-level <lkj:bertahap
 * xmlns:lkj="urn:lkjip:emit:1"/>; the contract is in docs/present.md):
 * then a large report is presented and serialised a part at a time
 * (stream.c) instead of whole. */
int emit_streams(emit_kind kind);

/* Runs one stylesheet on doc and serialises the result as its xsl:output
 * says, nothing taken out of it: the text in *text (the caller xmlFrees
 * it). 0, or -1 with a diagnostic. */
int emit_transform_text(emit_kind kind, xmlDocPtr doc, lkj_lang lang, xmlChar **text, size_t *length,
                        lkj_diags *diags);

/* The file name of kind's stylesheet (lkjip-html.xsl …), for diagnostics. */
const char *emit_stylesheet_name(emit_kind kind);

/* The output file name of a kind: lkjip.html, lkjip.xml, pk.html, pk.xml. */
const char *emit_file_name(emit_kind kind);

#endif

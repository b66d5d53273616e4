/*
 * stream.h — a large report presented and serialised part by part.
 *
 * A unit of 10,000 indicators has a presented document of 160 MB of XML,
 * and its HTML is as long: neither can be held whole in the memory a build
 * gets (issue 11: a 4 MB submission renders within 256 MB). Here the
 * present stage (present.c) runs with a cut: at each of its pr_flush
 * points, once enough was made, what is final leaves the document and goes
 * through the stylesheets as a small document of its own, and the text it
 * makes is written out at once. The containers it leaves from (the
 * document, a chapter, a section, a table's body, a drawing) are written
 * as their opening and closing text around their parts. Every stylesheet
 * used so must declare that it allows it (emit_streams; the contract is in
 * docs/present.md, "Part by part"); the text is then byte for byte what
 * the stylesheet makes of the whole document.
 *
 * An LKjIP is presented twice: first only to learn its anchors and its
 * Daftar Isi (which comes before the chapters it lists, and links that
 * point forward), then to write it.
 */
#ifndef LKJ_STREAM_H
#define LKJ_STREAM_H

#include <libxml/tree.h>
#include <stddef.h>

#include "emit.h"
#include "present.h"

#define STREAM_OUTPUTS 4

/* Writes the next bytes of output (an index into the request's kinds).
 * 0, or -1 after saying why (a diagnostic of the caller's). */
typedef int (*stream_write_fn)(void *ctx, size_t output, const unsigned char *data, size_t length);

typedef struct stream_request {
    xmlDocPtr ir;
    present_kind kind;
    lkj_lang lang;                       /* the report's language */
    emit_kind kinds[STREAM_OUTPUTS];     /* each one's stylesheet streams (emit_streams) */
    size_t count;
    size_t cut_every; /* nodes made between two cuts at least (0: at every point) */
    stream_write_fn write;
    void *ctx;
    const char *where; /* for a diagnostic: the unit's output folder */
} stream_request;

/* Presents the unit's document of r->kind and writes it through every
 * stylesheet of r->kinds, part by part. 0, or -1 with a diagnostic (out of
 * memory LKJ0901, a stylesheet LKJ0903, or the writer's own); the outputs
 * are then incomplete and to be dropped. */
int stream_unit(const stream_request *r, lkj_diags *diags);

#endif

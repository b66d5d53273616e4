/*
 * pack.h — a checked file's result as bytes and back, for the cache: the
 * diagnostics of its check and its model (unit or profile). One visitor per
 * struct serves both directions, so writing and reading cannot drift apart.
 *
 * Reading never trusts the bytes: every length is bounded by what is left,
 * every enum by its range; anything off makes the read fail (NULL / -1) and
 * the caller falls back to checking the file itself.
 */
#ifndef LKJ_PACK_H
#define LKJ_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "check.h"
#include "lkjip/lkjip.h"
#include "model.h"

/* A growing byte buffer; failed is set once an allocation failed. */
typedef struct pack_buf {
    unsigned char *data;
    size_t length;
    size_t capacity;
    int failed;
} pack_buf;

void pack_buf_free(pack_buf *b);
/* Appends bytes; a little-endian 32-bit number (the cache's entry layout). */
void pack_put_bytes(pack_buf *b, const void *data, size_t n);
void pack_put_u32(pack_buf *b, uint32_t v);

/* Appends the diagnostics of diags (all of them, with the suppressed
 * counts). 0, or -1 when out of memory. */
int pack_diags(const lkj_diags *diags, pack_buf *out);
/* Appends them back to diags, each under the name file. 0, or -1 when the
 * bytes are not a diagnostics pack (diags may then hold part of them: the
 * caller clears it). */
int unpack_diags(const unsigned char *data, size_t length, const char *file, lkj_diags *diags);

/* Appends a model (exactly one of unit, profile and rejected set). */
int pack_model(const check_model *model, pack_buf *out);
/* The model back, every position naming file; 0, or -1 (nothing kept). */
int unpack_model(const unsigned char *data, size_t length, const char *file, check_model *model);

#endif

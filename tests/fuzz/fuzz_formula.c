/*
 * fuzz_formula.c — fuzz target for the composite-indicator language: the
 * bytes, NUL-terminated, through formula_parse, the reference list,
 * formula_format and formula_eval. Ids get values by hashing their text
 * (some unknown, some zero, negative, huge or not finite), so the same id
 * always has the same value. Beyond crashes, it asserts what formula.h
 * promises: the formatted text parses back to a formula that formats to
 * the same text and evaluates to the same result, and a value is never
 * NaN, infinite or -0.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formula.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

void lkj_fuzz_finish(void) {}

static int lookup(void *ctx, const char *id, double *value)
{
    (void)ctx;
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const unsigned char *c = (const unsigned char *)id; *c; c++)
        h = (h ^ *c) * 16777619u;
    static const double values[] = {0, 1, -1, 0.5, 2, 100, -3.75, 1e-300, 1e300, -1e300, 65, 20};
    switch (h % 16) {
    case 12:
        return -1; /* no value */
    case 13:
        *value = INFINITY;
        return 0;
    case 14:
        *value = NAN;
        return 0;
    case 15:
        *value = (double)(h >> 8);
        return 0;
    default:
        *value = values[h % 16];
        return 0;
    }
}

/* Evaluates f: 0 with *value, or the failing status. */
static int evaluate(const formula *f, double *value)
{
    formula_error err;
    if (formula_eval(f, lookup, NULL, value, &err) == 0) {
        if (!isfinite(*value) || (*value == 0 && signbit(*value)) || err.status != FORMULA_OK)
            abort();
        return 0;
    }
    if (err.status == FORMULA_OK)
        abort();
    return (int)err.status;
}

/* The formula formatted into a new string. */
static char *format(const formula *f)
{
    char small[8];
    size_t n = formula_format(f, small, sizeof small);
    char *text = malloc(n + 1);
    if (!text)
        abort();
    if (formula_format(f, text, n + 1) != n || strlen(text) != n)
        abort();
    if (n >= sizeof small - 1 ? strncmp(small, text, sizeof small - 1) != 0 : strcmp(small, text) != 0)
        abort(); /* the cut output is a prefix of the whole */
    return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = '\0';
    formula_error err;
    formula *f = formula_parse(src, &err);
    if (!f) {
        if (err.status == FORMULA_OK || err.detail[sizeof err.detail - 1] != '\0')
            abort();
        free(src);
        return 0;
    }
    size_t refs = formula_ref_count(f);
    for (size_t i = 0; i < refs; i++) {
        const char *id = formula_ref(f, i);
        size_t at = formula_ref_offset(f, i);
        if (!id || at >= size || strncmp(src + at, id, strlen(id)) != 0)
            abort(); /* the offset points at the id in the source */
    }
    if (formula_ref(f, refs) != NULL || formula_ref_offset(f, refs) != 0)
        abort();
    double value = 0, again = 0;
    int status = evaluate(f, &value);
    char *text = format(f);
    /* The canonical form reads back the same, when it fits the limits
     * (formula.h: "-(-x)" nests deeper than "--x"). */
    formula_error err2;
    formula *g = strlen(text) <= FORMULA_MAX_SOURCE ? formula_parse(text, &err2) : NULL;
    if (g) {
        char *text2 = format(g);
        if (strcmp(text, text2) != 0 || formula_ref_count(g) != refs)
            abort();
        int status2 = evaluate(g, &again);
        if (status2 != status || (status == 0 && memcmp(&value, &again, sizeof value) != 0))
            abort();
        free(text2);
        formula_free(g);
    } else if (strlen(text) <= FORMULA_MAX_SOURCE && err2.status != FORMULA_ERR_TOO_DEEP) {
        fprintf(stderr, "formatted formula does not parse: %s\n", text);
        abort();
    }
    free(text);
    formula_free(f);
    free(src);
    return 0;
}

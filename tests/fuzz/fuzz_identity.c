/*
 * fuzz_identity.c — fuzz target for the fast path of validation
 * (identity.c): on any bytes that parse into a submission, the fast path
 * may say "valid" only when the whole schema agrees, and validate_doc's
 * diagnostics are the whole schema's. Either failure aborts, so a
 * constraint identity.c checks too loosely shows up as a crash input.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lkjip/lkjip.h"
#include "load.h"
#include "validate.h"

static lkj_diags *parse_diags, *fast_diags, *whole_diags;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    parse_diags = lkj_diags_new(LKJ_LANG_EN);
    fast_diags = lkj_diags_new(LKJ_LANG_EN);
    whole_diags = lkj_diags_new(LKJ_LANG_EN);
    if (lkj_init() != 0 || !parse_diags || !fast_diags || !whole_diags || !validate_fast_path())
        abort();
    return 0;
}

void lkj_fuzz_finish(void)
{
    lkj_diags_free(parse_diags);
    lkj_diags_free(fast_diags);
    lkj_diags_free(whole_diags);
    lkj_cleanup();
}

static int same_diags(const lkj_diags *a, const lkj_diags *b)
{
    if (lkj_diags_count(a) != lkj_diags_count(b))
        return 0;
    for (size_t i = 0; i < lkj_diags_count(a); i++) {
        const lkj_diag *x = lkj_diags_at(a, i), *y = lkj_diags_at(b, i);
        if (strcmp(x->code, y->code) != 0 || x->line != y->line || x->column != y->column ||
            strcmp(x->message, y->message) != 0)
            return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    load_doc ld = {0};
    ld.name = "fuzz.xml";
    ld.len = size;
    ld.bytes = malloc(size + 1);
    if (!ld.bytes)
        return 0;
    memcpy(ld.bytes, data, size);
    ld.bytes[size] = '\0';
    if (load_parse(&ld, parse_diags) == LKJ_EXIT_OK &&
        validate_detect(&ld, parse_diags) == LKJ_DOC_SUBMISSION) {
        int fast_valid = validate_fast_valid(ld.doc);
        int status = validate_doc(&ld, LKJ_DOC_SUBMISSION, fast_diags);
        int whole = validate_doc_whole(&ld, LKJ_DOC_SUBMISSION, whole_diags);
        if (fast_valid && whole != LKJ_EXIT_OK)
            abort(); /* the fast path missed an error */
        if (status != whole || !same_diags(fast_diags, whole_diags))
            abort();
    }
    load_doc_free(&ld);
    lkj_diags_clear(parse_diags);
    lkj_diags_clear(fast_diags);
    lkj_diags_clear(whole_diags);
    return 0;
}

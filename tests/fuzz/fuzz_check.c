/*
 * fuzz_check.c — fuzz target for the per-file pipeline on untrusted bytes:
 * load (gzip, size cap, encodings, the parser) → validate → rules → read,
 * exactly as `lkjip check --link` runs one input (check_and_read). The
 * bytes reach the loader through a temporary file, since it reads the
 * stream's descriptor. The input cap is 1 MiB here (64 MiB by default) so
 * that a small gzip bomb stops at the cap quickly; odd-sized inputs get
 * English diagnostics, even-sized ones Indonesian.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "fuzz.h"
#include "lkjip/lkjip.h"
#include "model.h"

static FILE *input;   /* the bytes of the current input */
static lkj_diags *diags[2];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    input = tmpfile();
    diags[0] = lkj_diags_new(LKJ_LANG_ID);
    diags[1] = lkj_diags_new(LKJ_LANG_EN);
    if (lkj_init() != 0 || !input || !diags[0] || !diags[1]) {
        fprintf(stderr, "fuzz_check: setup failed\n");
        abort();
    }
    return 0;
}

void lkj_fuzz_finish(void)
{
    lkj_diags_free(diags[0]);
    lkj_diags_free(diags[1]);
    fclose(input);
    lkj_cleanup();
}

/* Replaces the temporary file's content with data, positioned at 0. */
static void set_input(const uint8_t *data, size_t size)
{
    int fd = fileno(input);
    if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
        abort();
    for (size_t done = 0; done < size;) {
        ssize_t n = write(fd, data + done, size - done);
        if (n <= 0)
            abort();
        done += (size_t)n;
    }
    if (lseek(fd, 0, SEEK_SET) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    set_input(data, size);
    lkj_limits limits;
    lkj_limits_default(&limits);
    limits.max_input_bytes = (size_t)1024 * 1024;
    lkj_diags *d = diags[size % 2];
    check_model model;
    int status = check_and_read(NULL, input, "fuzz.xml", &limits, d, &model);
    /* A clean input and only a clean input has a model. */
    if ((status == LKJ_EXIT_OK) != (model.unit != NULL || model.profile != NULL))
        abort();
    /* Every diagnostic is complete: a code, a file, one-line texts. */
    for (size_t i = 0; i < lkj_diags_count(d); i++) {
        const lkj_diag *g = lkj_diags_at(d, i);
        if (!g->code || !g->file || !g->message || !g->hint)
            abort();
    }
    check_model_free(&model);
    lkj_diags_clear(d);
    return 0;
}

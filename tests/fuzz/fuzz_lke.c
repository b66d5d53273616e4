/*
 * fuzz_lke.c — fuzz target for lkjip evaluasi's documents on untrusted
 * bytes: load → the LKE schema → read → checks (lke.c). An even-sized
 * input is read as a unit's answers (XML, or an answer sheet: lke_sheet.c,
 * a seed in the corpus) against the built-in LKE and scored
 * for both raters; an odd-sized one as an LKE file of its own. The bytes
 * reach the loader through a temporary file (it reads a path); the input
 * cap is 1 MiB.
 */
#define _XOPEN_SOURCE 700 /* mkstemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "lke.h"
#include "lke_sheet.h"
#include "lkjip/lkjip.h"

static char path[64];
static lke *builtin;
static lkj_diags *diags;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(path, sizeof path, "%s", "/tmp/lkjip-fuzz-lke.XXXXXX");
    int fd = mkstemp(path);
    if (fd >= 0)
        close(fd);
    diags = lkj_diags_new(LKJ_LANG_EN);
    lkj_limits limits;
    lkj_limits_default(&limits);
    if (fd < 0 || !diags || lkj_init() != 0 || !(builtin = lke_load_default(&limits, diags))) {
        fprintf(stderr, "fuzz_lke: setup failed\n");
        abort();
    }
    return 0;
}

void lkj_fuzz_finish(void)
{
    lke_free(builtin);
    lkj_diags_free(diags);
    unlink(path);
    lke_cleanup();
    lkj_cleanup();
}

static void set_input(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
}

/* Every diagnostic is complete: a code, a file, one-line texts. */
static void check_diags(void)
{
    for (size_t i = 0; i < lkj_diags_count(diags); i++) {
        const lkj_diag *g = lkj_diags_at(diags, i);
        if (!g->code || !g->file || !g->message || !g->hint)
            abort();
    }
    lkj_diags_clear(diags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    set_input(data, size);
    lkj_limits limits;
    lkj_limits_default(&limits);
    limits.max_input_bytes = (size_t)1024 * 1024;
    if (size % 2) {
        lke *l = NULL;
        int status = lke_load_file(path, &limits, diags, &l);
        if ((status == LKJ_EXIT_OK) != (l != NULL))
            abort();
        lke_free(l);
    } else {
        lke_answers *a = NULL;
        int status = lke_answers_read(path, builtin, &limits, diags, &a); /* XML or an answer sheet */
        if ((status == LKJ_EXIT_OK) != (a != NULL))
            abort();
        for (int r = 0; a && r < LKE_RATERS; r++) {
            lke_score s;
            /* A total is the sum of its components, within 0 and 100. */
            if (lke_score_unit(builtin, a, (lke_rater)r, &s) == 0 && s.scored &&
                (s.total < -1e-9 || s.total > 100 + 1e-9 || !s.band))
                abort();
        }
        lke_answers_free(a);
    }
    check_diags();
    return 0;
}

/*
 * fuzz_import.c — fuzz target for the importer (src/import.c) on untrusted
 * bytes: the zip container, every XML part, the cells and the embedded
 * plan, exactly as `lkjip import` reads a workbook. The input cap is 1 MiB
 * (as fuzz_check) so that bombs stop quickly; odd-sized inputs get English
 * diagnostics, even-sized ones Indonesian.
 */
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "import.h"
#include "lkjip/lkjip.h"

static lkj_diags *diags[2];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    diags[0] = lkj_diags_new(LKJ_LANG_ID);
    diags[1] = lkj_diags_new(LKJ_LANG_EN);
    if (lkj_init() != 0 || !diags[0] || !diags[1]) {
        fprintf(stderr, "fuzz_import: setup failed\n");
        abort();
    }
    return 0;
}

void lkj_fuzz_finish(void)
{
    lkj_diags_free(diags[0]);
    lkj_diags_free(diags[1]);
    lkj_cleanup();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lkj_limits limits;
    lkj_limits_default(&limits);
    limits.max_input_bytes = 1024 * 1024;
    lkj_diags *d = diags[size & 1];
    lkj_diags_clear(d);
    xmlDocPtr doc = NULL;
    import_workbook(data, size, "fuzz.xlsx", NULL, 0, &limits, &doc, d);
    xmlFreeDoc(doc);
    double v, w;
    char text[64];
    size_t n = size < sizeof text - 1 ? size : sizeof text - 1;
    for (size_t i = 0; i < n; i++)
        text[i] = data[i] ? (char)data[i] : ' ';
    text[n] = '\0';
    import_read_number_text(text, &v, &w);
    return 0;
}

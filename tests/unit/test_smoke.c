/* test_smoke.c — the harness itself, and the catalogue's invariants. */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "lkjip/lkjip.h"

int main(void)
{
    /* Every code is LKJ + 4 digits, unique, and explained in both languages. */
    size_t n = lkj_catalog_size();
    int shaped = 1, unique = 1, explained = 1;
    for (size_t i = 0; i < n; i++) {
        const char *c = lkj_catalog_code(i);
        shaped &= strlen(c) == 7 && strncmp(c, "LKJ", 3) == 0;
        for (size_t j = 0; j < i; j++)
            unique &= strcmp(c, lkj_catalog_code(j)) != 0;
        FILE *devnull = fopen("/dev/null", "w");
        explained &= devnull && lkj_explain(devnull, c, LKJ_LANG_ID) == 0 && lkj_explain(devnull, c, LKJ_LANG_EN) == 0;
        if (devnull)
            fclose(devnull);
    }
    unit_ok("catalog.codes-shaped", shaped, "a code is not LKJ + 4 digits");
    unit_ok("catalog.codes-unique", unique, "a code appears twice");
    unit_ok("catalog.codes-explained", explained, "a code has no explanation");
    unit_ok("catalog.unknown-code", lkj_explain(stdout, "LKJ9999", LKJ_LANG_EN) == -1, "LKJ9999 explained");
    return unit_exit();
}

/*
 * fuzz_pack.c — fuzz target for what the cache reads back from disk: the
 * first byte picks a model pack ('M') or a diagnostics pack (anything
 * else), the rest goes to unpack_model / unpack_diags. Beyond crashes, it
 * asserts the round trip pack.h promises: whatever unpacks, packs again to
 * bytes that unpack and pack to the very same bytes (a cache entry read
 * back is exactly what was written, never a drifted model).
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lkjip/lkjip.h"
#include "pack.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

void lkj_fuzz_finish(void) {}

static void free_model(check_model *m)
{
    model_unit_free(m->unit);
    model_profile_free(m->profile);
}

static void model_round_trip(const uint8_t *data, size_t size)
{
    check_model m, again;
    if (unpack_model(data, size, "fuzz.xml", &m) != 0)
        return;
    pack_buf a = {0}, b = {0};
    if (pack_model(&m, &a) == 0 && unpack_model(a.data, a.length, "fuzz.xml", &again) == 0) {
        if (pack_model(&again, &b) != 0 || a.length != b.length || memcmp(a.data, b.data, a.length) != 0)
            abort(); /* the round trip drifted */
        free_model(&again);
    } else if (!a.failed) {
        abort(); /* what was written does not read back */
    }
    pack_buf_free(&a);
    pack_buf_free(&b);
    free_model(&m);
}

static void diags_round_trip(const uint8_t *data, size_t size)
{
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN), *again = lkj_diags_new(LKJ_LANG_EN);
    pack_buf a = {0}, b = {0};
    if (d && again && unpack_diags(data, size, "fuzz.xml", d) == 0) {
        if (pack_diags(d, &a) != 0 || unpack_diags(a.data, a.length, "fuzz.xml", again) != 0 ||
            pack_diags(again, &b) != 0 || a.length != b.length || memcmp(a.data, b.data, a.length) != 0)
            abort();
    }
    pack_buf_free(&a);
    pack_buf_free(&b);
    lkj_diags_free(d);
    lkj_diags_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if (data[0] == 'M')
        model_round_trip(data + 1, size - 1);
    else
        diags_round_trip(data + 1, size - 1);
    return 0;
}

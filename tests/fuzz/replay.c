/*
 * replay.c — the libFuzzer driver for builds without clang: feeds every
 * file of a corpus folder (argv[1], default LKJ_REPLAY_CORPUS), in byte
 * order, to the target's LLVMFuzzerTestOneInput and prints
 * "ok fuzz.<target>.<file>" per input, so tests/run.sh counts each as one
 * check. A crash, a sanitizer report or a leak fails the run; an input
 * that cannot be read prints "FAIL". Each input sits in a buffer of its
 * exact size, so ASan catches a read one byte past the end.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

#ifndef LKJ_REPLAY_TARGET
#error "define LKJ_REPLAY_TARGET (\"check\", ...) and LKJ_REPLAY_CORPUS"
#endif


/* The whole file in a malloc'd buffer of its size. Returns 0, or -1 when
 * unreadable. */
static int read_file(const char *path, uint8_t **data, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    uint8_t *buf = NULL;
    size_t n = 0;
    int rc = -1;
    if (fseek(f, 0, SEEK_END) == 0) {
        long end = ftell(f);
        if (end >= 0 && fseek(f, 0, SEEK_SET) == 0) {
            n = (size_t)end;
            buf = malloc(n); /* malloc(0) too: inputs are never NULL, as with libFuzzer */
            if ((buf || !n) && fread(buf, 1, n, f) == n)
                rc = 0;
        }
    }
    fclose(f);
    if (rc != 0) {
        free(buf);
        return -1;
    }
    *data = buf;
    *size = n;
    return 0;
}

static int is_file(const struct dirent *e) { return e->d_name[0] != '.'; }

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : LKJ_REPLAY_CORPUS;
    LLVMFuzzerInitialize(&argc, &argv);
    struct dirent **names;
    int n = scandir(dir, &names, is_file, alphasort);
    if (n < 0) {
        printf("FAIL fuzz.%s: cannot read the corpus %s\n", LKJ_REPLAY_TARGET, dir);
        return 1;
    }
    int failed = n == 0;
    if (n == 0)
        printf("FAIL fuzz.%s: the corpus %s is empty\n", LKJ_REPLAY_TARGET, dir);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
        uint8_t *data = NULL;
        size_t size = 0;
        if (read_file(path, &data, &size) != 0) {
            printf("FAIL fuzz.%s.%s: unreadable\n", LKJ_REPLAY_TARGET, names[i]->d_name);
            failed = 1;
        } else {
            LLVMFuzzerTestOneInput(data, size);
            free(data);
            printf("ok fuzz.%s.%s\n", LKJ_REPLAY_TARGET, names[i]->d_name);
        }
        fflush(stdout);
        free(names[i]);
    }
    free(names);
    lkj_fuzz_finish();
    return failed;
}

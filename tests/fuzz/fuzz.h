/*
 * fuzz.h — what every fuzz target (tests/fuzz/fuzz_*.c) defines. The same
 * file links with libFuzzer (make fuzz, clang) or with replay.c (make
 * check, any compiler), which also calls lkj_fuzz_finish at the end so
 * that LeakSanitizer sees only real leaks.
 */
#ifndef LKJ_FUZZ_H
#define LKJ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Releases what LLVMFuzzerInitialize set up (replay only). */
void lkj_fuzz_finish(void);

#endif

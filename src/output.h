/*
 * output.h — writing report files safely: names made from ids (never a path
 * taken raw from input), parents created, every file written to a temporary
 * name in its folder and renamed, so a reader (or a crash) never sees half a
 * report and the previous good output stays until the new one is complete.
 */
#ifndef LKJ_OUTPUT_H
#define LKJ_OUTPUT_H

#include <stddef.h>

/* A file or folder name from an id: lower case, [a-z0-9_-] kept, anything
 * else (dots, slashes, spaces) becomes '-'; never empty. */
void output_safe_name(const char *id, char *out, size_t size);

/* Creates dir and its parents (mode 0755). 0, or -1 with errno. */
int output_make_dirs(const char *dir);

/* Writes data to path atomically (temporary file, fsync, rename).
 * 0, or -1 with errno. */
int output_write_atomic(const char *path, const void *data, size_t length);
/* The same without fsync: for files whose loss after a crash is harmless
 * because a reader checks them (the cache). */
int output_write_atomic_fast(const char *path, const void *data, size_t length);

/* Removes the temporary files a killed run left under dir (down to depth
 * folders): only while holding the build lock, when no run can be writing
 * them. Returns how many were removed. */
size_t output_remove_leftovers(const char *dir, int depth);

#endif

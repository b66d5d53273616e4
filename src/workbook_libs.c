/*
 * workbook_libs.c — libzip and libxlsxwriter loaded on first use (see
 * workbook_libs.h). The sonames are the ones lkjip was built against
 * (the Makefile reads them from the libraries it would have linked).
 */
#define LKJ_WORKBOOK_LIBS_OWN
#include "workbook_libs.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef LKJ_ZIP_SONAME
#define LKJ_ZIP_SONAME "libzip.so.4"
#endif
#ifndef LKJ_XLSX_SONAME
#define LKJ_XLSX_SONAME "libxlsxwriter.so.4"
#endif

#define WORKBOOK_POINTER(f) __typeof__(f) *workbook_lib_##f;
WORKBOOK_ZIP_FUNCTIONS(WORKBOOK_POINTER)
WORKBOOK_XLSX_FUNCTIONS(WORKBOOK_POINTER)
#undef WORKBOOK_POINTER

/* One library: loaded once, its outcome kept. */
typedef struct library {
    pthread_once_t once;
    const char *test_name; /* the environment variable tests name another soname with */
    const char *soname;
    int (*resolve)(void *handle);
    int loaded;
    char why[512];
} library;

/* Fills every pointer from handle: 0, or -1 when one is missing. The
 * conversion from dlsym's object pointer is the one POSIX guarantees. */
#define RESOLVE(f)                                                                                                   \
    if (!(*(void **)&workbook_lib_##f = dlsym(handle, #f)))                                                          \
        return -1;
static int resolve_zip(void *handle)
{
    WORKBOOK_ZIP_FUNCTIONS(RESOLVE)
    return 0;
}
static int resolve_xlsx(void *handle)
{
    WORKBOOK_XLSX_FUNCTIONS(RESOLVE)
    return 0;
}
#undef RESOLVE

static library zip_library = {PTHREAD_ONCE_INIT, "LKJIP_TEST_LIBZIP", LKJ_ZIP_SONAME, resolve_zip, 0, ""};
static library xlsx_library = {PTHREAD_ONCE_INIT, "LKJIP_TEST_LIBXLSXWRITER", LKJ_XLSX_SONAME, resolve_xlsx, 0, ""};

static void load(library *l)
{
    /* A test names a library that is not there (the failure below). */
    const char *name = getenv(l->test_name);
    if (!name || !*name)
        name = l->soname;
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *e = dlerror();
        snprintf(l->why, sizeof l->why, "%s", e ? e : name);
        return;
    }
    if (l->resolve(handle) != 0) {
        snprintf(l->why, sizeof l->why, "%s: %s", name, "a function lkjip needs is missing (an older library?)");
        return; /* the handle stays: pointers already resolved point into it */
    }
    l->loaded = 1;
}

static void load_zip(void) { load(&zip_library); }
static void load_xlsx(void) { load(&xlsx_library); }

int workbook_libs_load(unsigned which, char *why, size_t why_size)
{
    if (which & WORKBOOK_ZIP) {
        pthread_once(&zip_library.once, load_zip);
        if (!zip_library.loaded) {
            snprintf(why, why_size, "%s", zip_library.why);
            return -1;
        }
    }
    if (which & WORKBOOK_XLSX) {
        pthread_once(&xlsx_library.once, load_xlsx);
        if (!xlsx_library.loaded) {
            snprintf(why, why_size, "%s", xlsx_library.why);
            return -1;
        }
    }
    return 0;
}

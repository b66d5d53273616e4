/*
 * unit.h — the smallest table-driven test harness: each check prints
 * "ok NAME" or "FAIL NAME: why" on one line; tests/run.sh counts them with
 * the case files. A test binary exits 1 when any check failed.
 */
#ifndef LKJ_UNIT_H
#define LKJ_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int unit_failures;

static inline void unit_ok(const char *name, int ok, const char *why)
{
    if (ok)
        printf("ok %s\n", name);
    else {
        printf("FAIL %s: %s\n", name, why);
        unit_failures++;
    }
}

/* |got - want| <= eps; NaN equals NaN only when both are NaN. */
static inline void unit_near(const char *name, double got, double want, double eps)
{
    char why[160];
    int ok = (isnan(got) && isnan(want)) || fabs(got - want) <= eps;
    snprintf(why, sizeof why, "got %.10g, want %.10g (±%g)", got, want, eps);
    unit_ok(name, ok, why);
}

static inline void unit_int(const char *name, long got, long want)
{
    char why[96];
    snprintf(why, sizeof why, "got %ld, want %ld", got, want);
    unit_ok(name, got == want, why);
}

static inline void unit_str(const char *name, const char *got, const char *want)
{
    char why[300];
    snprintf(why, sizeof why, "got \"%.120s\", want \"%.120s\"", got ? got : "(null)", want ? want : "(null)");
    unit_ok(name, got && want && strcmp(got, want) == 0, why);
}

static inline int unit_exit(void) { return unit_failures ? 1 : 0; }

#endif

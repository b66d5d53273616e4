/*
 * test_formula.c — the composite-indicator formula language (formula.h):
 * values, parse errors pinned to their byte offset, evaluation errors, the
 * canonical form and its round trip, the limits, and the two formulas the
 * domain gives (IPM by BPS, IKLH).
 */
#include "unit.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formula.h"

/* ------------------------------------------------------------------ */
/* Values the lookup knows                                             */
/* ------------------------------------------------------------------ */

typedef struct value {
    const char *id;
    double value;
} value;

typedef struct values {
    const value *items;
    size_t count;
} values;

static int lookup_values(void *ctx, const char *id, double *out)
{
    const values *v = ctx;
    for (size_t i = 0; i < v->count; i++)
        if (strcmp(v->items[i].id, id) == 0) {
            *out = v->items[i].value;
            return 0;
        }
    return -1;
}

static const value common_items[] = {
    {"A", 2},           {"B", 3},       {"C", 4},           {"KAB-UHH", 71.2},
    {"KAB-UHH-20", 1000}, {"X.1", 5},   {"ln", 7},          {"ZERO", 0},
    {"NEG", -1},        {"BIG", 1e308}, {"NAN-VAL", NAN},   {"A-", 11},
};
static const values common = {common_items, sizeof common_items / sizeof common_items[0]};

/* Parses and evaluates with the common values; NaN when either fails. */
static double value_of(const char *src, formula_error *err)
{
    formula *f = formula_parse(src, err);
    double v = NAN;
    if (f && formula_eval(f, lookup_values, (void *)&common, &v, err) != 0)
        v = NAN;
    formula_free(f);
    return v;
}

static const char *status_name(formula_status s)
{
    static const char *const names[] = {
        "OK", "EMPTY", "UNEXPECTED_CHAR", "DECIMAL_COMMA", "UNEXPECTED_TOKEN", "MISSING_RPAREN",
        "UNKNOWN_FUNCTION", "ARITY", "TOO_LONG", "TOO_DEEP", "TOO_MANY_REFS", "UNKNOWN_ID",
        "DIV_ZERO", "DOMAIN", "NOT_FINITE", "NO_MEMORY",
    };
    return (size_t)s < sizeof names / sizeof names[0] ? names[s] : "?";
}

/* One check for a whole error: status, offset, detail, and expected when
 * want_expected is not NULL. */
static void check_error(const char *name, const formula_error *got, formula_status status, size_t offset,
                        const char *detail, const char *want_expected)
{
    char why[400];
    int ok = got->status == status && got->offset == offset && strcmp(got->detail, detail) == 0 &&
             (!want_expected || strcmp(got->expected, want_expected) == 0);
    snprintf(why, sizeof why, "got %s at %zu \"%s\" expected \"%s\"; want %s at %zu \"%s\" expected \"%s\"",
             status_name(got->status), got->offset, got->detail, got->expected, status_name(status), offset, detail,
             want_expected ? want_expected : "(any)");
    unit_ok(name, ok, why);
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

static void test_values(void)
{
    static const struct {
        const char *name, *src;
        double want;
    } cases[] = {
        {"formula.precedence.mul-before-add", "1 + 2 * 3", 7},
        {"formula.precedence.parens-first", "(1 + 2) * 3", 9},
        {"formula.precedence.pow-before-mul", "2 * 3 ^ 2", 18},
        {"formula.precedence.div-before-sub", "10 - 6 / 3", 8},
        {"formula.assoc.sub-left", "10 - 4 - 3", 3},
        {"formula.assoc.sub-add-left", "A - B + C", 3},
        {"formula.assoc.div-left", "64 / 4 / 2", 8},
        {"formula.assoc.div-mul-left", "12 / 3 * 2", 8},
        {"formula.assoc.pow-right", "2^3^2", 512},
        {"formula.assoc.paren-chain", "(A + B) + C", 9},
        {"formula.assoc.paren-right", "A - (B - C)", 3},
        {"formula.unary.minus-below-pow", "-2^2", -4},
        {"formula.unary.paren-base", "(-2)^2", 4},
        {"formula.unary.negative-exponent", "2^-1", 0.5},
        {"formula.unary.exponent-sign-then-pow", "2^-1^2", 0.5},
        {"formula.unary.double-minus", "--3", 3},
        {"formula.unary.plus", "+5 - +2", 3},
        {"formula.unary.minus-times", "-A * B", -6},
        {"formula.unary.sub-negative", "A - -B", 5},
        {"formula.unary.negative-base-odd", "(-2)^3", -8},
        {"formula.id.dash-inside-id", "KAB-UHH-20", 1000},
        {"formula.id.spaced-minus", "KAB-UHH - 20", 51.2},
        {"formula.id.minus-then-number", "KAB-UHH -20", 51.2},
        {"formula.id.paren-ends-id", "(KAB-UHH)-20", 51.2},
        {"formula.id.trailing-dash", "A- + 1", 12},
        {"formula.id.dot", "X.1 * 2", 10},
        {"formula.id.function-name-without-paren", "ln + 1", 8},
        {"formula.number.integer", "12", 12},
        {"formula.number.decimal", "0.376", 0.376},
        {"formula.number.exponent", "1e6", 1e6},
        {"formula.number.exponent-upper-negative", "2.5E-3", 0.0025},
        {"formula.number.exponent-plus", "1e+2", 100},
        {"formula.number.minus-after-number", "5-3", 2},
        {"formula.whitespace.tab-newline-cr", " \t1\n+\r\n2 ", 3},
        {"formula.fn.min", "min(3, A, 7)", 2},
        {"formula.fn.max", "max(3, A, 7)", 7},
        {"formula.fn.avg", "avg(1, 2, 6)", 3},
        {"formula.fn.sum", "sum(1, 2, 3, 4)", 10},
        {"formula.fn.geomean", "geomean(2, 8)", 4},
        {"formula.fn.geomean-one", "geomean(5)", 5},
        {"formula.fn.geomean-zero", "geomean(4, 0, 9)", 0},
        {"formula.fn.sqrt", "sqrt(16)", 4},
        {"formula.fn.ln-exp", "ln(exp(2))", 2},
        {"formula.fn.exp", "exp(0)", 1},
        {"formula.fn.abs", "abs(-3.5)", 3.5},
        {"formula.fn.single-argument-min", "min(A)", 2},
        {"formula.fn.nested", "max(min(1, 2), abs(-3))", 3},
        {"formula.fn.space-before-paren", "sqrt (9)", 3},
        {"formula.fn.comma-in-call-separates", "max(2,5)", 5},
        {"formula.fn.ln-id-and-call", "ln(1) + ln", 7},
        {"formula.eval.no-negative-zero", "-0 * 5", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        formula_error err;
        double got = value_of(cases[i].src, &err);
        if (isnan(got)) {
            char why[200];
            snprintf(why, sizeof why, "\"%s\" failed: %s at %zu \"%s\"", cases[i].src, status_name(err.status),
                     err.offset, err.detail);
            unit_ok(cases[i].name, 0, why);
        } else {
            unit_near(cases[i].name, got, cases[i].want, 1e-12);
        }
    }
    /* -0 must come out as +0 (a report would print "-0"). */
    formula_error err;
    unit_ok("formula.eval.positive-zero", !signbit(value_of("-0", &err)), "got -0");
}

/* ------------------------------------------------------------------ */
/* Parse errors                                                        */
/* ------------------------------------------------------------------ */

static void test_parse_errors(void)
{
    static const char *const operand = "a number, an id, '(' or a function";
    static const char *const after_top = "an operator or the end of the formula";
    static const struct {
        const char *name, *src;
        formula_status status;
        size_t offset;
        const char *detail, *expected;
    } cases[] = {
        {"formula.error.empty", " \t\n ", FORMULA_ERR_EMPTY, 0, "", NULL},
        {"formula.error.empty-string", "", FORMULA_ERR_EMPTY, 0, "", NULL},
        {"formula.error.char", "1 + $", FORMULA_ERR_UNEXPECTED_CHAR, 4, "$", NULL},
        {"formula.error.char-unicode-minus", "A \xE2\x88\x92 B", FORMULA_ERR_UNEXPECTED_CHAR, 2, "\xE2\x88\x92", NULL},
        {"formula.error.char-control", "1 +\x01", FORMULA_ERR_UNEXPECTED_CHAR, 3, "\\x01", NULL},
        {"formula.error.char-bad-utf8", "1 + \xC3", FORMULA_ERR_UNEXPECTED_CHAR, 4, "\\xC3", NULL},
        {"formula.error.char-second-point", "1.5.3", FORMULA_ERR_UNEXPECTED_CHAR, 3, ".", NULL},
        {"formula.error.char-leading-point", ".5", FORMULA_ERR_UNEXPECTED_CHAR, 0, ".", NULL},
        {"formula.error.decimal-comma", "0,376 * IKA", FORMULA_ERR_DECIMAL_COMMA, 1, "0,376", "0.376"},
        {"formula.error.decimal-comma-later", "IKA * 2,5", FORMULA_ERR_DECIMAL_COMMA, 7, "2,5", "2.5"},
        {"formula.error.decimal-comma-in-group", "max((2,5))", FORMULA_ERR_DECIMAL_COMMA, 6, "2,5", "2.5"},
        {"formula.error.decimal-comma-thousands", "1.000,5 * A", FORMULA_ERR_DECIMAL_COMMA, 5, "1.000,5", "1000.5"},
        {"formula.error.decimal-comma-unclear", "1.5,3", FORMULA_ERR_DECIMAL_COMMA, 3, "1.5,3", ""},
        {"formula.error.comma-spaced", "1 , 2", FORMULA_ERR_UNEXPECTED_TOKEN, 2, ",", after_top},
        {"formula.error.token-operator", "1 + * 2", FORMULA_ERR_UNEXPECTED_TOKEN, 4, "*", operand},
        {"formula.error.token-end", "1 +", FORMULA_ERR_UNEXPECTED_TOKEN, 3, "", operand},
        {"formula.error.token-empty-parens", "()", FORMULA_ERR_UNEXPECTED_TOKEN, 1, ")", operand},
        {"formula.error.token-two-numbers", "2 3", FORMULA_ERR_UNEXPECTED_TOKEN, 2, "3", after_top},
        {"formula.error.token-number-then-id", "2KAB", FORMULA_ERR_UNEXPECTED_TOKEN, 1, "KAB", after_top},
        {"formula.error.token-double-caret", "1 ^^ 2", FORMULA_ERR_UNEXPECTED_TOKEN, 3, "^", operand},
        {"formula.error.token-stray-rparen", "1 + 2)", FORMULA_ERR_UNEXPECTED_TOKEN, 5, ")", after_top},
        {"formula.error.token-in-group", "(1 + 2 3)", FORMULA_ERR_UNEXPECTED_TOKEN, 7, "3", "an operator or ')'"},
        {"formula.error.token-in-call", "max(1 2)", FORMULA_ERR_UNEXPECTED_TOKEN, 6, "2", "an operator, ',' or ')'"},
        {"formula.error.token-empty-argument", "max(1,)", FORMULA_ERR_UNEXPECTED_TOKEN, 6, ")", operand},
        {"formula.error.id-then-space-paren", "KAB (1)", FORMULA_ERR_UNKNOWN_FUNCTION, 0, "KAB", NULL},
        {"formula.error.missing-rparen", "(1 + 2", FORMULA_ERR_MISSING_RPAREN, 0, "(", NULL},
        {"formula.error.missing-rparen-inner", "2 * ((1)", FORMULA_ERR_MISSING_RPAREN, 4, "(", NULL},
        {"formula.error.missing-rparen-call", "1 + max(1, (2 + 3)", FORMULA_ERR_MISSING_RPAREN, 7, "(", NULL},
        {"formula.error.unknown-function", "foo(1)", FORMULA_ERR_UNKNOWN_FUNCTION, 0, "foo", NULL},
        {"formula.error.unknown-function-case", "2 * LN(3)", FORMULA_ERR_UNKNOWN_FUNCTION, 4, "LN", NULL},
        {"formula.error.unknown-function-log", "log(10)", FORMULA_ERR_UNKNOWN_FUNCTION, 0, "log", NULL},
        {"formula.error.unknown-function-greedy-id", "A-(B)", FORMULA_ERR_UNKNOWN_FUNCTION, 0, "A-", NULL},
        {"formula.error.arity-sqrt-none", "sqrt()", FORMULA_ERR_ARITY, 0, "sqrt", NULL},
        {"formula.error.arity-ln-two", "ln(1, 2)", FORMULA_ERR_ARITY, 0, "ln", NULL},
        {"formula.error.arity-exp-two", "exp(1, 2)", FORMULA_ERR_ARITY, 0, "exp", NULL},
        {"formula.error.arity-abs-offset", "1 + abs(1, 2)", FORMULA_ERR_ARITY, 4, "abs", NULL},
        {"formula.error.arity-max-none", "max()", FORMULA_ERR_ARITY, 0, "max", NULL},
        {"formula.error.arity-min-none", "min( )", FORMULA_ERR_ARITY, 0, "min", NULL},
        {"formula.error.arity-avg-none", "avg()", FORMULA_ERR_ARITY, 0, "avg", NULL},
        {"formula.error.arity-sum-none", "sum()", FORMULA_ERR_ARITY, 0, "sum", NULL},
        {"formula.error.arity-geomean-none", "geomean()", FORMULA_ERR_ARITY, 0, "geomean", NULL},
        {"formula.error.number-too-large", "1e999 * A", FORMULA_ERR_NOT_FINITE, 0, "1e999", NULL},
        {"formula.error.first-in-source-order", "1 + * 2 $", FORMULA_ERR_UNEXPECTED_TOKEN, 4, "*", operand},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        formula_error err;
        formula *f = formula_parse(cases[i].src, &err);
        if (f) {
            unit_ok(cases[i].name, 0, "parsed without error");
            formula_free(f);
            continue;
        }
        check_error(cases[i].name, &err, cases[i].status, cases[i].offset, cases[i].detail, cases[i].expected);
    }

    formula_error err;
    formula *f = formula_parse("A \xE2\x88\x92 B", &err);
    unit_int("formula.error.char-unicode-length", (long)err.length, 3);
    formula_free(f);
    f = formula_parse("1 +", &err);
    unit_int("formula.error.token-end-length", (long)err.length, 0);
    formula_free(f);
    f = formula_parse("foo(1)", &err);
    unit_int("formula.error.unknown-function-length", (long)err.length, 3);
    formula_free(f);
    unit_ok("formula.error.null-err-allowed", formula_parse("1 +", NULL) == NULL, "parsed");
}

/* ------------------------------------------------------------------ */
/* Evaluation errors                                                   */
/* ------------------------------------------------------------------ */

static void test_eval_errors(void)
{
    static const struct {
        const char *name, *src;
        formula_status status;
        size_t offset;
        const char *detail;
    } cases[] = {
        {"formula.eval.div-zero", "A / (B - 3)", FORMULA_ERR_DIV_ZERO, 2, "/"},
        {"formula.eval.div-zero-id", "1 + 2 / ZERO", FORMULA_ERR_DIV_ZERO, 6, "/"},
        {"formula.eval.div-zero-second", "8 / 2 / 0", FORMULA_ERR_DIV_ZERO, 6, "/"},
        {"formula.eval.ln-zero", "ln(0)", FORMULA_ERR_DOMAIN, 0, "ln"},
        {"formula.eval.ln-negative", "1 + ln(NEG)", FORMULA_ERR_DOMAIN, 4, "ln"},
        {"formula.eval.sqrt-negative", "sqrt(-1)", FORMULA_ERR_DOMAIN, 0, "sqrt"},
        {"formula.eval.geomean-negative", "geomean(2, -8)", FORMULA_ERR_DOMAIN, 0, "geomean"},
        {"formula.eval.geomean-negative-with-zero", "geomean(0, NEG)", FORMULA_ERR_DOMAIN, 0, "geomean"},
        {"formula.eval.zero-negative-power", "0 ^ -1", FORMULA_ERR_DOMAIN, 2, "^"},
        {"formula.eval.negative-fractional-power", "(-8) ^ (1 / 3)", FORMULA_ERR_DOMAIN, 5, "^"},
        {"formula.eval.unknown-id", "A + MISSING * 2", FORMULA_ERR_UNKNOWN_ID, 4, "MISSING"},
        {"formula.eval.unknown-id-with-dash", "A + A-B", FORMULA_ERR_UNKNOWN_ID, 4, "A-B"},
        {"formula.eval.source-order", "1 / 0 + MISSING", FORMULA_ERR_DIV_ZERO, 2, "/"},
        {"formula.eval.exp-overflow", "exp(1000)", FORMULA_ERR_NOT_FINITE, 0, "exp"},
        {"formula.eval.mul-overflow", "BIG * 10", FORMULA_ERR_NOT_FINITE, 4, "*"},
        {"formula.eval.add-overflow", "BIG + BIG", FORMULA_ERR_NOT_FINITE, 4, "+"},
        {"formula.eval.sum-overflow", "sum(BIG, BIG)", FORMULA_ERR_NOT_FINITE, 0, "sum"},
        {"formula.eval.pow-overflow", "10 ^ 400", FORMULA_ERR_NOT_FINITE, 3, "^"},
        {"formula.eval.id-not-finite", "1 + NAN-VAL", FORMULA_ERR_NOT_FINITE, 4, "NAN-VAL"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        formula_error err;
        double v = 0;
        formula *f = formula_parse(cases[i].src, &err);
        if (!f) {
            unit_ok(cases[i].name, 0, "did not parse");
            continue;
        }
        int rc = formula_eval(f, lookup_values, (void *)&common, &v, &err);
        if (rc == 0) {
            char why[100];
            snprintf(why, sizeof why, "evaluated to %g", v);
            unit_ok(cases[i].name, 0, why);
        } else {
            check_error(cases[i].name, &err, cases[i].status, cases[i].offset, cases[i].detail, NULL);
        }
        formula_free(f);
    }

    /* Without a lookup every id is unknown; numbers alone still work. */
    formula_error err;
    double v = 0;
    formula *f = formula_parse("1 + IKA", &err);
    int rc = formula_eval(f, NULL, NULL, &v, &err);
    unit_ok("formula.eval.null-lookup", rc == -1 && err.status == FORMULA_ERR_UNKNOWN_ID && err.offset == 4,
            "IKA found without a lookup");
    formula_free(f);
}

/* ------------------------------------------------------------------ */
/* References                                                          */
/* ------------------------------------------------------------------ */

static void test_refs(void)
{
    formula_error err;
    /*            0         1         2
     *            0123456789012345678901234 */
    formula *f = formula_parse("B + A * B + KAB-UHH - A", &err);
    unit_int("formula.refs.deduplicated-count", (long)formula_ref_count(f), 3);
    unit_str("formula.refs.first-appearance-order", formula_ref(f, 0), "B");
    unit_str("formula.refs.second", formula_ref(f, 1), "A");
    unit_str("formula.refs.third-with-dash", formula_ref(f, 2), "KAB-UHH");
    unit_int("formula.refs.offset-first", (long)formula_ref_offset(f, 0), 0);
    unit_int("formula.refs.offset-second", (long)formula_ref_offset(f, 1), 4);
    unit_int("formula.refs.offset-third", (long)formula_ref_offset(f, 2), 12);
    unit_ok("formula.refs.out-of-range", formula_ref(f, 3) == NULL && formula_ref_offset(f, 3) == 0,
            "an id beyond the count");
    formula_free(f);

    /* A function name is not a reference; the same word without '(' is. */
    f = formula_parse("ln(IKA) + ln + 2", &err);
    int ok = f && formula_ref_count(f) == 2 && strcmp(formula_ref(f, 0), "IKA") == 0 &&
             strcmp(formula_ref(f, 1), "ln") == 0 && formula_ref_offset(f, 1) == 10;
    unit_ok("formula.refs.functions-are-not-refs", ok, "want IKA at 3, ln at 10");
    formula_free(f);

    f = formula_parse("12 * 3", &err);
    unit_int("formula.refs.none", (long)formula_ref_count(f), 0);
    formula_free(f);
}

/* ------------------------------------------------------------------ */
/* Canonical form                                                      */
/* ------------------------------------------------------------------ */

static const char ipm_bps[] =
    "100 * geomean((KAB-UHH - 20) / 65, (KAB-HLS / 18 + KAB-RLS / 15) / 2, "
    "(ln(KAB-PPK) - ln(1007436)) / (ln(26572352) - ln(1007436)))";

/* format(parse(src)), or "(error)". */
static void formatted(const char *src, char *out, size_t size)
{
    formula_error err;
    formula *f = formula_parse(src, &err);
    if (!f) {
        snprintf(out, size, "(error %s at %zu)", status_name(err.status), err.offset);
        return;
    }
    formula_format(f, out, size);
    formula_free(f);
}

static void test_format(void)
{
    static const struct {
        const char *name, *src, *want;
    } cases[] = {
        {"formula.format.spacing", "1+2*3", "1 + 2 * 3"},
        {"formula.format.needed-parens", "(1+2)*3", "(1 + 2) * 3"},
        {"formula.format.redundant-parens", "((A))+(B*C)", "A + B * C"},
        {"formula.format.left-chain-flattened", "(A+B)+C", "A + B + C"},
        {"formula.format.right-group-kept", "A - (B - C)", "A - (B - C)"},
        {"formula.format.division-group-kept", "A/(B*C)", "A / (B * C)"},
        {"formula.format.sign-below-pow", "-2^2", "-2 ^ 2"},
        {"formula.format.negative-base", "(-2)^2", "(-2) ^ 2"},
        {"formula.format.pow-right", "2^3^2", "2 ^ 3 ^ 2"},
        {"formula.format.pow-left-group", "(2^3)^2", "(2 ^ 3) ^ 2"},
        {"formula.format.negative-exponent", "2^-1", "2 ^ -1"},
        {"formula.format.double-sign", "--A", "-(-A)"},
        {"formula.format.sign-of-group", "-(A+B)", "-(A + B)"},
        {"formula.format.plus-dropped", "+A*+B", "A * B"},
        {"formula.format.call", "max(1,2 ,A)", "max(1, 2, A)"},
        {"formula.format.numbers", "1e6+2.5E-3+0.376+1e20", "1000000 + 0.0025 + 0.376 + 1e+20"},
        {"formula.format.id-minus", "KAB-UHH -20", "KAB-UHH - 20"},
        {"formula.format.ipm", ipm_bps, ipm_bps},
        {"formula.format.iklh", "0.376*IKA+0.405*IKU+0.219*IKL", "0.376 * IKA + 0.405 * IKU + 0.219 * IKL"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char once[512], twice[512], name[128];
        formatted(cases[i].src, once, sizeof once);
        unit_str(cases[i].name, once, cases[i].want);
        /* The round trip: the canonical form parses to the same form. */
        formatted(once, twice, sizeof twice);
        snprintf(name, sizeof name, "%s.round-trip", cases[i].name);
        unit_str(name, twice, once);
    }

    /* Like snprintf: the full length is returned, the output is cut. */
    formula_error err;
    formula *f = formula_parse("1+2*3", &err);
    char small[5] = "xxxx";
    size_t need = formula_format(f, small, sizeof small);
    unit_ok("formula.format.truncated", need == 9 && strcmp(small, "1 + ") == 0, "want 9 and \"1 + \"");
    unit_int("formula.format.measure-only", (long)formula_format(f, NULL, 0), 9);
    formula_free(f);

    /* Shortest exact numbers: 0.1 + 0.2 must not become 0.30000000000000004
     * digits, and a value needing 17 digits must keep them. */
    char out[64];
    formatted("0.1 + 0.30000000000000004", out, sizeof out);
    unit_str("formula.format.shortest-exact", out, "0.1 + 0.30000000000000004");
}

/* ------------------------------------------------------------------ */
/* Limits                                                              */
/* ------------------------------------------------------------------ */

/* "((((1))))" with depth pairs; out must hold 2 * depth + 2 bytes. */
static void nested(char *out, size_t depth)
{
    memset(out, '(', depth);
    out[depth] = '1';
    memset(out + depth + 1, ')', depth);
    out[2 * depth + 1] = '\0';
}

/* strcat that never writes past size (a full buffer keeps what it has). */
static void append(char *buf, size_t size, const char *text)
{
    size_t n = strlen(buf), m = strlen(text);
    if (n + m < size)
        memcpy(buf + n, text, m + 1);
}

static void test_limits(void)
{
    static char src[FORMULA_MAX_SOURCE + 64];
    formula_error err;
    formula *f;

    /* 70 nested parentheses: the 65th '(' (offset 64) is one too many. */
    nested(src, 70);
    f = formula_parse(src, &err);
    check_error("formula.limit.too-deep-parens", &err, FORMULA_ERR_TOO_DEEP, 64, "", NULL);
    formula_free(f);

    nested(src, FORMULA_MAX_DEPTH);
    unit_near("formula.limit.max-depth-parens", value_of(src, &err), 1, 0);

    /* Calls nest too: "abs(" is 4 bytes, the 65th '(' is at 64 * 4 + 3. */
    src[0] = '\0';
    for (int i = 0; i < 70; i++)
        append(src, sizeof src, "abs(");
    append(src, sizeof src, "1");
    for (int i = 0; i < 70; i++)
        append(src, sizeof src, ")");
    f = formula_parse(src, &err);
    check_error("formula.limit.too-deep-calls", &err, FORMULA_ERR_TOO_DEEP, 259, "", NULL);
    formula_free(f);

    /* Signs nest: 4000 of them must not overflow the stack. */
    memset(src, '-', FORMULA_MAX_SOURCE - 1);
    src[FORMULA_MAX_SOURCE - 1] = '1';
    src[FORMULA_MAX_SOURCE] = '\0';
    f = formula_parse(src, &err);
    check_error("formula.limit.too-deep-signs", &err, FORMULA_ERR_TOO_DEEP, 64, "", NULL);
    formula_free(f);

    /* 4000 '(' — a pathological input — stops at the limit too. */
    memset(src, '(', FORMULA_MAX_SOURCE);
    src[FORMULA_MAX_SOURCE] = '\0';
    f = formula_parse(src, &err);
    check_error("formula.limit.too-deep-only-parens", &err, FORMULA_ERR_TOO_DEEP, 64, "", NULL);
    formula_free(f);

    /* A long chain is flat, not deep: 2000 terms in 3999 bytes. */
    src[0] = '\0';
    for (int i = 0; i < 1999; i++)
        append(src, sizeof src, "1+");
    append(src, sizeof src, "1");
    unit_near("formula.limit.long-chain", value_of(src, &err), 2000, 0);

    /* 4000 bytes parse, 4001 do not. */
    append(src, sizeof src, " ");
    unit_near("formula.limit.max-length", value_of(src, &err), 2000, 0);
    append(src, sizeof src, " ");
    f = formula_parse(src, &err);
    unit_ok("formula.limit.too-long",
            !f && err.status == FORMULA_ERR_TOO_LONG && err.offset == FORMULA_MAX_SOURCE && err.length == 1,
            "4001 bytes accepted or misreported");
    formula_free(f);

    /* 256 distinct ids are fine, the 257th is not: X0 + X1 + ... */
    size_t offset_of_last = 0;
    src[0] = '\0';
    for (int i = 0; i <= FORMULA_MAX_REFS; i++) {
        char term[16];
        snprintf(term, sizeof term, "%sX%d", i ? " + " : "", i);
        if (i == FORMULA_MAX_REFS)
            offset_of_last = strlen(src) + 3;
        append(src, sizeof src, term);
    }
    f = formula_parse(src, &err);
    check_error("formula.limit.too-many-refs", &err, FORMULA_ERR_TOO_MANY_REFS, offset_of_last, "X256", NULL);
    formula_free(f);
    src[offset_of_last - 3] = '\0';
    f = formula_parse(src, &err);
    unit_int("formula.limit.max-refs", (long)formula_ref_count(f), FORMULA_MAX_REFS);
    formula_free(f);

    /* Uses of one id count once. */
    src[0] = '\0';
    for (int i = 0; i < 600; i++)
        append(src, sizeof src, i ? "+A" : "A");
    unit_near("formula.limit.repeated-id-counts-once", value_of(src, &err), 1200, 0);
}

/* ------------------------------------------------------------------ */
/* The domain's formulas                                               */
/* ------------------------------------------------------------------ */

static void test_domain(void)
{
    /* IPM Indonesia 2018 (BPS): UHH 71.20, HLS 12.91, RLS 8.17, P 11 059 000
     * rupiah → 71.39 published. */
    static const value ipm_items[] = {
        {"KAB-UHH", 71.20}, {"KAB-HLS", 12.91}, {"KAB-RLS", 8.17}, {"KAB-PPK", 11059000},
    };
    static const values ipm_values = {ipm_items, 4};
    formula_error err;
    double v = NAN;
    formula *f = formula_parse(ipm_bps, &err);
    if (!f || formula_eval(f, lookup_values, (void *)&ipm_values, &v, &err) != 0)
        v = NAN;
    unit_near("formula.domain.ipm-indonesia-2018", v, 71.39, 0.005);
    unit_int("formula.domain.ipm-refs", (long)formula_ref_count(f), 4);
    unit_str("formula.domain.ipm-last-ref", formula_ref(f, 3), "KAB-PPK");
    formula_free(f);

    /* IKLH = 0.376·IKA + 0.405·IKU + 0.219·IKL with IKA 50, IKU 80, IKL 60:
     * 0.376 × 50 = 18.8; 0.405 × 80 = 32.4; 0.219 × 60 = 13.14;
     * 18.8 + 32.4 + 13.14 = 64.34. */
    static const value iklh_items[] = {{"IKA", 50}, {"IKU", 80}, {"IKL", 60}};
    static const values iklh_values = {iklh_items, 3};
    v = NAN;
    f = formula_parse("0.376 * IKA + 0.405 * IKU + 0.219 * IKL", &err);
    if (!f || formula_eval(f, lookup_values, (void *)&iklh_values, &v, &err) != 0)
        v = NAN;
    unit_near("formula.domain.iklh", v, 64.34, 1e-9);
    formula_free(f);

    /* The same weights as a decimal-comma typo, as an Indonesian
     * spreadsheet would write them: pinned at the first comma. */
    f = formula_parse("0,376 * IKA + 0,405 * IKU + 0,219 * IKL", &err);
    check_error("formula.domain.iklh-decimal-comma", &err, FORMULA_ERR_DECIMAL_COMMA, 1, "0,376", "0.376");
    formula_free(f);
}

/* Numbers read and write with a point whatever the locale. Runs only when
 * a decimal-comma locale is installed (LOCPATH may point at one made with
 * localedef); it is not counted otherwise. */
static void test_locale(void)
{
    if (!setlocale(LC_ALL, "id_ID.UTF-8") && !setlocale(LC_ALL, "de_DE.UTF-8")) {
        printf("# formula.locale: no decimal-comma locale installed, skipped\n");
        return;
    }
    formula_error err;
    char out[64];
    unit_near("formula.locale.parse-point", value_of("0.376 * 1000", &err), 376, 1e-9);
    formatted("0.376 * A", out, sizeof out);
    unit_str("formula.locale.format-point", out, "0.376 * A");
    setlocale(LC_ALL, "C");
}

int main(void)
{
    test_values();
    test_parse_errors();
    test_eval_errors();
    test_refs();
    test_format();
    test_limits();
    test_domain();
    test_locale();
    return unit_exit();
}

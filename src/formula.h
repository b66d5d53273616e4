/*
 * formula.h — the language of composite indicators: an indicator computed
 * from others, e.g. IKLH = "0.376 * IKA + 0.405 * IKU + 0.219 * IKL".
 * Parsed once (errors carry byte offsets into the formula text), then
 * evaluated as often as needed with values the caller supplies by id.
 *
 * The language, in EBNF (white space — space, tab, CR, LF — may stand
 * between any two tokens):
 *
 *   formula  = sum ;
 *   sum      = product { ( "+" | "-" ) product } ;        left-associative
 *   product  = unary { ( "*" | "/" ) unary } ;            left-associative
 *   unary    = ( "-" | "+" ) unary | power ;
 *   power    = primary [ "^" unary ] ;                    right-associative
 *   primary  = number | id | call | "(" sum ")" ;
 *   call     = function "(" [ sum { "," sum } ] ")" ;
 *   function = "min" | "max" | "avg" | "sum" | "geomean"  (1 or more arguments)
 *            | "sqrt" | "ln" | "exp" | "abs" ;             (exactly 1)
 *   number   = digit { digit } [ "." digit { digit } ]
 *              [ ( "e" | "E" ) [ "+" | "-" ] digit { digit } ] ;
 *   id       = letter { letter | digit | "_" | "." | "-" } ;
 *
 * So "^" binds tighter than a sign: -2^2 is -4, 2^-1 is 0.5, 2^3^2 is 512.
 *
 * The id rule, which surprises: indicator ids may hold '-' and '.', and an
 * id takes every character it can, so "KAB-UHH-20" is ONE id and
 * "KAB-UHH -20" is the id KAB-UHH minus 20. To subtract, put a space (or
 * any character an id cannot hold, such as ')') after the id: "KAB-UHH - 20".
 *
 * A name followed by '(' (white space between is allowed) is a call, so a
 * name not in the list above is an "unknown function" there; the same name
 * without '(' is an ordinary id ("ln + 1" adds 1 to the indicator "ln").
 * Function names are lower case and case-sensitive.
 *
 * A decimal comma ("0,376") is an error wherever a ',' cannot separate
 * arguments; inside a call's argument list "max(2,5)" is max(2, 5).
 *
 * Limits, for untrusted input: FORMULA_MAX_SOURCE bytes, FORMULA_MAX_DEPTH
 * levels of nesting (each '(' of a group or call, each sign and each '^'
 * whose right operand is still open counts one level) and FORMULA_MAX_REFS
 * distinct ids.
 *
 * Thread safety: no global mutable state. A parsed formula is read-only
 * afterwards, so several threads may evaluate and format it at once.
 * Numbers are read and written in the "C" locale whatever the process's
 * locale is (an id_ID locale would otherwise turn 0.376 into "0,376").
 */
#ifndef LKJ_FORMULA_H
#define LKJ_FORMULA_H

#include <stddef.h>

#define FORMULA_MAX_SOURCE 4000 /* bytes of formula text */
#define FORMULA_MAX_DEPTH 64    /* levels of nesting */
#define FORMULA_MAX_REFS 256    /* distinct ids */

typedef enum {
    FORMULA_OK,
    FORMULA_ERR_EMPTY,           /* nothing but white space */
    FORMULA_ERR_UNEXPECTED_CHAR, /* a character no token starts with; detail holds it */
    FORMULA_ERR_DECIMAL_COMMA,   /* "2,5" where a number is written: use 2.5 */
    FORMULA_ERR_UNEXPECTED_TOKEN,/* detail: what was found; expected: what could stand there */
    FORMULA_ERR_MISSING_RPAREN,  /* offset: the '(' that is not closed */
    FORMULA_ERR_UNKNOWN_FUNCTION,/* detail: the name */
    FORMULA_ERR_ARITY,           /* detail: the function name */
    FORMULA_ERR_TOO_LONG,
    FORMULA_ERR_TOO_DEEP,
    FORMULA_ERR_TOO_MANY_REFS,
    /* evaluation */
    FORMULA_ERR_UNKNOWN_ID,      /* detail: the id; lookup said it has no value */
    FORMULA_ERR_DIV_ZERO,
    FORMULA_ERR_DOMAIN,          /* ln/log of x <= 0, sqrt of x < 0, geomean with a negative argument, 0^negative; detail: function */
    FORMULA_ERR_NOT_FINITE,      /* overflow to inf/nan */
    /* either */
    FORMULA_ERR_NO_MEMORY        /* an allocation failed; nothing was kept */
} formula_status;

/*
 * What went wrong and where. The fields by status:
 *
 *   EMPTY             offset 0, length 0.
 *   UNEXPECTED_CHAR   detail: the character (a whole UTF-8 sequence, e.g.
 *                     "×"; a byte that is not valid UTF-8 or a control
 *                     character as "\xNN").
 *   DECIMAL_COMMA     offset: the ','; detail: the number as written
 *                     ("0,376"); expected: the number as it should be
 *                     written ("0.376"), or "" when that is not clear.
 *   UNEXPECTED_TOKEN  detail: the token found, "" (with length 0) for the
 *                     end of the formula; expected: in English words, e.g.
 *                     "a number, an id, '(' or a function".
 *   MISSING_RPAREN    offset: the '(' that is not closed (of a group or a
 *                     call), reported at the end of the formula.
 *   UNKNOWN_FUNCTION  offset, length, detail: the name.
 *   ARITY             offset, length, detail: the function name.
 *   TOO_LONG          offset FORMULA_MAX_SOURCE, length: the bytes beyond.
 *   TOO_DEEP          offset: the token that opens one level too many.
 *   TOO_MANY_REFS     offset, detail: the first id beyond the limit.
 *   UNKNOWN_ID        offset, length, detail: that use of the id.
 *   DIV_ZERO          offset: the '/'; detail "/".
 *   DOMAIN            offset, detail: the function name, or "^".
 *   NOT_FINITE        offset, detail: the operator or function whose result
 *                     overflowed; an id whose looked-up value is not
 *                     finite; a number literal too large for a double (at
 *                     parse time).
 *
 * detail is cut at 63 bytes; offset and length always span the whole
 * token in the source.
 */
typedef struct formula_error {
    formula_status status;
    size_t offset;      /* 0-based byte offset in the source where the problem is */
    size_t length;      /* bytes of the offending token (>= 1 when known) */
    char detail[64];    /* the token / id / function name, when relevant */
    char expected[64];  /* for UNEXPECTED_TOKEN: e.g. "a number, an id, '(' or a function" — keep it in English words here; callers translate by status */
} formula_error;

typedef struct formula formula; /* a parsed expression: one allocation */

/* Parses src (NUL-terminated). Returns NULL and fills *err on error; on
 * success err->status is FORMULA_OK. The caller frees with formula_free.
 * The first error in source order is the one reported. */
formula *formula_parse(const char *src, formula_error *err);
void formula_free(formula *f);

/* The distinct ids the formula refers to, in order of first appearance,
 * with the byte offset of that first appearance (for link diagnostics and
 * for ordering evaluation by dependency). The strings live as long as f.
 * For i >= formula_ref_count(f): NULL and 0. */
size_t formula_ref_count(const formula *f);
const char *formula_ref(const formula *f, size_t i);
size_t formula_ref_offset(const formula *f, size_t i);

/* Asks the caller for an id's value: returns 0 and sets *value, or -1
 * when the id has no value (then evaluation fails with FORMULA_ERR_UNKNOWN_ID). */
typedef int (*formula_lookup)(void *ctx, const char *id, double *value);

/* Evaluates f. Returns 0 with *out set, or -1 with *err filled (status,
 * offset of the failing operation or id). Never returns NaN or inf (a
 * looked-up value that is not finite is NOT_FINITE), nor -0.
 * Evaluation goes left to right; lookup is called for every use of an id
 * (not once per distinct id), so the first failure in source order is the
 * one reported. A NULL lookup makes every id unknown. */
int formula_eval(const formula *f, formula_lookup lookup, void *ctx, double *out, formula_error *err);

/* Writes the formula back in a canonical, fully spaced form (for the
 * report IR: "100 * geomean((KAB-UHH - 20) / 65, ...)"); returns the
 * number of bytes it would need (like snprintf: not counting the NUL; the
 * output is cut to size - 1 bytes and NUL-terminated when size > 0).
 * Parsing the result gives a formula that formats to the same text and
 * evaluates to the same value, unless the result is longer than
 * FORMULA_MAX_SOURCE or nests deeper than FORMULA_MAX_DEPTH: a sign on a
 * sign is written "-(-x)", one level more than "--x", so more than 32
 * signs in a row format to a formula too deep to parse. Numbers are
 * written in the shortest form that reads back exactly ("0.376",
 * "1000000", "1e+20"); a unary '+' and parentheses that change nothing
 * are dropped ("(a + b) + c" is written "a + b + c", "a + (b + c)" keeps
 * them: floating point addition is not associative); binary operators
 * have a space on each side, a sign has none. */
size_t formula_format(const formula *f, char *out, size_t size);

#endif

/*
 * formula.c — composite-indicator formulas: a lexer, a recursive-descent
 * parser that builds the tree inside one allocation, an evaluator and a
 * canonical writer. The language is described in formula.h.
 *
 * The tree keeps a run of operators of one precedence ("a - b + c",
 * "a * b / c") as ONE chain node with a list of operands, not as a
 * left-leaning binary tree: a 2000-term sum would otherwise be 2000 levels
 * deep, and the evaluator and the writer recurse over the tree. With chains
 * the tree is only as deep as the nesting the parser already limits, so no
 * input can exhaust the stack.
 */
#include "formula.h"

#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NO_NODE UINT32_MAX

typedef enum {
    NODE_NUMBER,
    NODE_REF,
    NODE_NEGATE,
    NODE_SUM,     /* a chain of operands joined by + and - */
    NODE_PRODUCT, /* a chain of operands joined by * and / */
    NODE_POWER,
    NODE_CALL
} node_kind;

typedef enum { FN_MIN, FN_MAX, FN_AVG, FN_SUM, FN_GEOMEAN, FN_SQRT, FN_LN, FN_EXP, FN_ABS, FN_COUNT } function_id;

static const struct {
    const char *name;
    int variadic; /* 1 or more arguments; otherwise exactly 1 */
} functions[FN_COUNT] = {
    [FN_MIN] = {"min", 1},   [FN_MAX] = {"max", 1},         [FN_AVG] = {"avg", 1},
    [FN_SUM] = {"sum", 1},   [FN_GEOMEAN] = {"geomean", 1}, [FN_SQRT] = {"sqrt", 0},
    [FN_LN] = {"ln", 0},     [FN_EXP] = {"exp", 0},         [FN_ABS] = {"abs", 0},
};

typedef struct node {
    unsigned char kind;       /* node_kind */
    unsigned char function;   /* NODE_CALL: function_id */
    char joined_by;           /* an operand of a chain: the operator before it; '\0' for the first */
    uint32_t offset, length;  /* the token: number, id, sign, '^', function name, a chain's first operator */
    uint32_t operator_offset; /* where joined_by stands */
    uint32_t first;           /* NEGATE: the operand; POWER: the base; chain, CALL: the first operand */
    uint32_t second;          /* POWER: the exponent */
    uint32_t next;            /* the following operand of the same chain or call */
    union {
        double number; /* NODE_NUMBER */
        uint32_t ref;  /* NODE_REF: index into refs */
    } u;
} node;

typedef struct ref_entry {
    uint32_t name;   /* into names */
    uint32_t offset; /* of the first appearance */
} ref_entry;

/* One block: this header, node_capacity nodes, then the id strings. */
struct formula {
    uint32_t root;
    uint32_t node_count, node_capacity;
    uint32_t ref_count;
    size_t names_used, names_capacity;
    char *names;
    ref_entry refs[FORMULA_MAX_REFS];
    node nodes[];
};

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

static void clear_error(formula_error *err)
{
    memset(err, 0, sizeof *err);
    err->status = FORMULA_OK;
}

/* Copies length bytes of text into a fixed field, cut to fit. */
static void copy_field(char *field, size_t size, const char *text, size_t length)
{
    size_t n = length < size - 1 ? length : size - 1;
    if (n)
        memcpy(field, text, n);
    field[n] = '\0';
}

static void set_error(formula_error *err, formula_status status, size_t offset, size_t length,
                      const char *detail, size_t detail_length)
{
    clear_error(err);
    err->status = status;
    err->offset = offset;
    err->length = length;
    if (detail)
        copy_field(err->detail, sizeof err->detail, detail, detail_length);
}

/* ------------------------------------------------------------------ */
/* Numbers in the "C" locale                                           */
/* ------------------------------------------------------------------ */

/* strtod and printf follow the thread's LC_NUMERIC: under id_ID they read
 * "0.376" as 0 and write "0,376". The formula language always uses a point,
 * so parsing and formatting switch this thread to the C locale for their
 * duration (uselocale is per thread, unlike setlocale). When the locale
 * object cannot be made, the current locale is used. */
typedef struct c_numbers {
    locale_t c_locale;
    locale_t saved;
} c_numbers;

static void c_numbers_begin(c_numbers *s)
{
    s->c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    s->saved = s->c_locale ? uselocale(s->c_locale) : (locale_t)0;
}

static void c_numbers_end(c_numbers *s)
{
    if (!s->c_locale)
        return;
    uselocale(s->saved);
    freelocale(s->c_locale);
}

/* ------------------------------------------------------------------ */
/* Lexer                                                               */
/* ------------------------------------------------------------------ */

/* Punctuation tokens are their own character. */
enum { TOK_END = 0, TOK_NUMBER = 1, TOK_ID = 2 };

typedef struct token {
    int kind;
    size_t offset, length;
    double number; /* TOK_NUMBER */
} token;

typedef struct parser {
    const char *src;
    size_t pos;     /* where the lexer continues */
    token tok;      /* the current token */
    token previous; /* the one before it (a decimal comma follows a number) */
    unsigned depth; /* levels of nesting open */
    formula *f;
    formula_error *err;
} parser;

/* CR is white space too: a formula copied from a CRLF file must not fail
 * on an invisible character. */
static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static int is_id_char(char c) { return is_letter(c) || is_digit(c) || c == '_' || c == '.' || c == '-'; }

static size_t skip_space(const char *s, size_t pos)
{
    while (is_space(s[pos]))
        pos++;
    return pos;
}

static size_t skip_digits(const char *s, size_t pos)
{
    while (is_digit(s[pos]))
        pos++;
    return pos;
}

/* The end of the number starting at pos (a digit). A '.' or 'e' not
 * followed by what must come after it is not part of the number. */
static size_t number_end(const char *s, size_t pos)
{
    pos = skip_digits(s, pos);
    if (s[pos] == '.' && is_digit(s[pos + 1]))
        pos = skip_digits(s, pos + 1);
    if (s[pos] == 'e' || s[pos] == 'E') {
        size_t digits = pos + 1;
        if (s[digits] == '+' || s[digits] == '-')
            digits++;
        if (is_digit(s[digits]))
            pos = skip_digits(s, digits);
    }
    return pos;
}

/* How many bytes the character at s takes: a whole UTF-8 sequence, or 1
 * for a byte that does not start a valid one. */
static size_t char_length(const char *s)
{
    unsigned char lead = (unsigned char)s[0];
    size_t n = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1;
    for (size_t i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            return 1;
    return n;
}

static int unexpected_char(parser *p, size_t pos)
{
    const char *c = p->src + pos;
    size_t n = char_length(c);
    unsigned char byte = (unsigned char)c[0];
    set_error(p->err, FORMULA_ERR_UNEXPECTED_CHAR, pos, n, c, n);
    /* Show what cannot be printed as an escape. */
    if (n == 1 && (byte < 0x20 || byte >= 0x7F))
        snprintf(p->err->detail, sizeof p->err->detail, "\\x%02X", (unsigned)byte);
    return -1;
}

static int read_number(parser *p, token *t)
{
    char text[FORMULA_MAX_SOURCE + 1];
    t->kind = TOK_NUMBER;
    t->length = number_end(p->src, t->offset) - t->offset;
    /* strtod on a copy: on the source it would read on past our token
     * ("0x1A" as hexadecimal, "1.e5" whole). */
    memcpy(text, p->src + t->offset, t->length);
    text[t->length] = '\0';
    t->number = strtod(text, NULL);
    if (!isfinite(t->number)) {
        set_error(p->err, FORMULA_ERR_NOT_FINITE, t->offset, t->length, p->src + t->offset, t->length);
        return -1;
    }
    return 0;
}

/* Moves to the next token. Returns -1 (with the error set) on a
 * character no token starts with, or a number too large. */
static int advance(parser *p)
{
    const char *s = p->src;
    token t = {0};
    p->previous = p->tok;
    t.offset = skip_space(s, p->pos);
    char c = s[t.offset];
    if (c == '\0') {
        t.kind = TOK_END;
    } else if (is_digit(c)) {
        if (read_number(p, &t) < 0)
            return -1;
    } else if (is_letter(c)) {
        size_t end = t.offset + 1;
        while (is_id_char(s[end]))
            end++;
        t.kind = TOK_ID;
        t.length = end - t.offset;
    } else if (strchr("+-*/^(),", c)) {
        t.kind = (unsigned char)c;
        t.length = 1;
    } else {
        return unexpected_char(p, t.offset);
    }
    p->tok = t;
    p->pos = t.offset + t.length;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Parser                                                              */
/* ------------------------------------------------------------------ */

static uint32_t fail(parser *p, formula_status status, const token *t)
{
    set_error(p->err, status, t->offset, t->length, p->src + t->offset, t->length);
    return NO_NODE;
}

static uint32_t unexpected(parser *p, const char *expected)
{
    fail(p, FORMULA_ERR_UNEXPECTED_TOKEN, &p->tok);
    copy_field(p->err->expected, sizeof p->err->expected, expected, strlen(expected));
    return NO_NODE;
}

/* "1.000" followed by ",5" in the Indonesian way of writing numbers: the
 * part before the comma is plain digits, or digits grouped by thousands. */
static int is_integer_part(const char *s, size_t n)
{
    size_t i = skip_digits(s, 0);
    if (i > n || i == 0)
        return 0;
    if (i == n)
        return 1;
    if (i > 3)
        return 0;
    while (i < n) {
        if (s[i] != '.' || skip_digits(s, i + 1) - (i + 1) != 3)
            return 0;
        i += 4;
    }
    return i == n;
}

/* A ',' written right after a number and right before a digit, where no
 * argument separator can stand: "0,376". */
static int is_decimal_comma(const parser *p)
{
    return p->tok.kind == ',' && p->previous.kind == TOK_NUMBER &&
           p->previous.offset + p->previous.length == p->tok.offset && is_digit(p->src[p->tok.offset + 1]);
}

/* detail: the number as written; expected: as it should be written
 * ("1.000,5" -> "1000.5"), or "" when that is not clear. */
static uint32_t decimal_comma(parser *p)
{
    const char *integer = p->src + p->previous.offset;
    size_t integer_length = p->previous.length;
    size_t comma = p->tok.offset;
    size_t end = skip_digits(p->src, comma + 1);
    set_error(p->err, FORMULA_ERR_DECIMAL_COMMA, comma, 1, integer, end - p->previous.offset);
    if (!is_integer_part(integer, integer_length))
        return NO_NODE;
    char suggestion[sizeof p->err->expected];
    size_t n = 0;
    for (size_t i = 0; i < integer_length && n < sizeof suggestion - 1; i++)
        if (integer[i] != '.')
            suggestion[n++] = integer[i];
    for (size_t i = comma; i < end && n < sizeof suggestion - 1; i++)
        suggestion[n++] = i == comma ? '.' : p->src[i];
    /* A cut suggestion would be a different number: give none. */
    if (n == sizeof suggestion - 1)
        return NO_NODE;
    copy_field(p->err->expected, sizeof p->err->expected, suggestion, n);
    return NO_NODE;
}

/* After a complete operand, the current token is not one that may follow
 * it here. open is the '(' being closed, or NULL at the top level. */
static uint32_t not_followed_by(parser *p, const token *open, const char *expected)
{
    if (p->tok.kind == TOK_END && open)
        return fail(p, FORMULA_ERR_MISSING_RPAREN, open);
    if (is_decimal_comma(p))
        return decimal_comma(p);
    return unexpected(p, expected);
}

static int enter_level(parser *p, const token *opener)
{
    if (p->depth == FORMULA_MAX_DEPTH) {
        set_error(p->err, FORMULA_ERR_TOO_DEEP, opener->offset, opener->length, NULL, 0);
        return -1;
    }
    p->depth++;
    return 0;
}

static void leave_level(parser *p) { p->depth--; }

/* Every node is made for a token of its own, and every token holds at
 * least one byte that is not white space: the capacity computed from the
 * source cannot run out. The check stays, cheap, in case that changes. */
static uint32_t new_node(parser *p, node_kind kind, const token *t)
{
    formula *f = p->f;
    if (f->node_count == f->node_capacity) {
        set_error(p->err, FORMULA_ERR_NO_MEMORY, t->offset, t->length, NULL, 0);
        return NO_NODE;
    }
    uint32_t i = f->node_count++;
    node *n = &f->nodes[i];
    memset(n, 0, sizeof *n);
    n->kind = (unsigned char)kind;
    n->offset = (uint32_t)t->offset;
    n->length = (uint32_t)t->length;
    n->first = n->second = n->next = NO_NODE;
    return i;
}

static uint32_t parse_sum(parser *p);
static uint32_t parse_unary(parser *p);

static int find_function(const char *name, size_t length)
{
    for (int i = 0; i < FN_COUNT; i++)
        if (strlen(functions[i].name) == length && memcmp(functions[i].name, name, length) == 0)
            return i;
    return -1;
}

/* The index of the id in the table of distinct ids, adding it on its
 * first appearance; -1 (error set) beyond the limit. */
static int32_t intern_ref(parser *p, const token *t)
{
    formula *f = p->f;
    const char *id = p->src + t->offset;
    for (uint32_t i = 0; i < f->ref_count; i++) {
        const char *known = f->names + f->refs[i].name;
        if (strncmp(known, id, t->length) == 0 && known[t->length] == '\0')
            return (int32_t)i;
    }
    if (f->ref_count == FORMULA_MAX_REFS) {
        fail(p, FORMULA_ERR_TOO_MANY_REFS, t);
        return -1;
    }
    /* names has room for the whole source plus its NUL, and distinct ids
     * are separated by at least one byte each: they fit. */
    ref_entry *r = &f->refs[f->ref_count];
    r->name = (uint32_t)f->names_used;
    r->offset = (uint32_t)t->offset;
    memcpy(f->names + f->names_used, id, t->length);
    f->names[f->names_used + t->length] = '\0';
    f->names_used += t->length + 1;
    return (int32_t)f->ref_count++;
}

static uint32_t parse_ref(parser *p)
{
    token id = p->tok;
    int32_t ref = intern_ref(p, &id);
    if (ref < 0)
        return NO_NODE;
    uint32_t n = new_node(p, NODE_REF, &id);
    if (n == NO_NODE || advance(p) < 0)
        return NO_NODE;
    p->f->nodes[n].u.ref = (uint32_t)ref;
    return n;
}

static uint32_t parse_number(parser *p)
{
    uint32_t n = new_node(p, NODE_NUMBER, &p->tok);
    if (n == NO_NODE)
        return NO_NODE;
    p->f->nodes[n].u.number = p->tok.number;
    return advance(p) < 0 ? NO_NODE : n;
}

/* "(" sum ")" */
static uint32_t parse_group(parser *p)
{
    token open = p->tok;
    if (enter_level(p, &open) < 0 || advance(p) < 0)
        return NO_NODE;
    uint32_t inner = parse_sum(p);
    if (inner == NO_NODE)
        return NO_NODE;
    if (p->tok.kind != ')')
        return not_followed_by(p, &open, "an operator or ')'");
    leave_level(p);
    return advance(p) < 0 ? NO_NODE : inner;
}

/* Arguments after the '(' up to and including the ')'. */
static uint32_t parse_arguments(parser *p, uint32_t call, const token *open, size_t *count)
{
    uint32_t last = NO_NODE;
    *count = 0;
    if (p->tok.kind == ')')
        return call;
    for (;;) {
        uint32_t arg = parse_sum(p);
        if (arg == NO_NODE)
            return NO_NODE;
        if (last == NO_NODE)
            p->f->nodes[call].first = arg;
        else
            p->f->nodes[last].next = arg;
        last = arg;
        ++*count;
        if (p->tok.kind == ')')
            return call;
        if (p->tok.kind != ',')
            return not_followed_by(p, open, "an operator, ',' or ')'");
        if (advance(p) < 0)
            return NO_NODE;
    }
}

/* function "(" [ sum { "," sum } ] ")"; the current token is the name,
 * and a '(' follows it. */
static uint32_t parse_call(parser *p)
{
    token name = p->tok;
    int function = find_function(p->src + name.offset, name.length);
    if (function < 0)
        return fail(p, FORMULA_ERR_UNKNOWN_FUNCTION, &name);
    if (advance(p) < 0)
        return NO_NODE;
    token open = p->tok;
    if (enter_level(p, &open) < 0 || advance(p) < 0)
        return NO_NODE;
    uint32_t call = new_node(p, NODE_CALL, &name);
    if (call == NO_NODE)
        return NO_NODE;
    p->f->nodes[call].function = (unsigned char)function;
    size_t count;
    if (parse_arguments(p, call, &open, &count) == NO_NODE)
        return NO_NODE;
    leave_level(p);
    if (functions[function].variadic ? count < 1 : count != 1)
        return fail(p, FORMULA_ERR_ARITY, &name);
    return advance(p) < 0 ? NO_NODE : call;
}

static uint32_t parse_primary(parser *p)
{
    switch (p->tok.kind) {
    case TOK_NUMBER:
        return parse_number(p);
    case TOK_ID:
        /* The lexer stopped right after the id: is a '(' next? */
        return p->src[skip_space(p->src, p->pos)] == '(' ? parse_call(p) : parse_ref(p);
    case '(':
        return parse_group(p);
    default:
        return unexpected(p, "a number, an id, '(' or a function");
    }
}

/* primary [ "^" unary ]: the exponent is a unary, so "2^-1" works and
 * "2^3^2" groups to the right. */
static uint32_t parse_power(parser *p)
{
    uint32_t base = parse_primary(p);
    if (base == NO_NODE || p->tok.kind != '^')
        return base;
    token caret = p->tok;
    if (enter_level(p, &caret) < 0 || advance(p) < 0)
        return NO_NODE;
    uint32_t exponent = parse_unary(p);
    if (exponent == NO_NODE)
        return NO_NODE;
    leave_level(p);
    uint32_t n = new_node(p, NODE_POWER, &caret);
    if (n == NO_NODE)
        return NO_NODE;
    p->f->nodes[n].first = base;
    p->f->nodes[n].second = exponent;
    return n;
}

/* ( "-" | "+" ) unary | power: a sign applies to a whole power, so
 * "-2^2" is -(2^2). A '+' makes no node. */
static uint32_t parse_unary(parser *p)
{
    if (p->tok.kind != '-' && p->tok.kind != '+')
        return parse_power(p);
    token sign = p->tok;
    if (enter_level(p, &sign) < 0 || advance(p) < 0)
        return NO_NODE;
    uint32_t operand = parse_unary(p);
    if (operand == NO_NODE)
        return NO_NODE;
    leave_level(p);
    if (sign.kind == '+')
        return operand;
    uint32_t n = new_node(p, NODE_NEGATE, &sign);
    if (n != NO_NODE)
        p->f->nodes[n].first = operand;
    return n;
}

static uint32_t last_operand(const formula *f, uint32_t chain)
{
    uint32_t i = f->nodes[chain].first;
    while (f->nodes[i].next != NO_NODE)
        i = f->nodes[i].next;
    return i;
}

/* operand { op operand } as one chain node. A first operand that is
 * already a chain of this kind can only be a parenthesised one, "(a+b)+c":
 * it is extended instead of nested, which computes the same in the same
 * order. */
static uint32_t parse_chain(parser *p, node_kind kind, char op1, char op2, uint32_t (*parse_operand)(parser *))
{
    uint32_t first = parse_operand(p);
    if (first == NO_NODE || (p->tok.kind != op1 && p->tok.kind != op2))
        return first;
    formula *f = p->f;
    uint32_t chain = first, last;
    if (f->nodes[first].kind == kind) {
        last = last_operand(f, chain);
    } else {
        chain = new_node(p, kind, &p->tok);
        if (chain == NO_NODE)
            return NO_NODE;
        f->nodes[chain].first = last = first;
    }
    while (p->tok.kind == op1 || p->tok.kind == op2) {
        token op = p->tok;
        if (advance(p) < 0)
            return NO_NODE;
        uint32_t operand = parse_operand(p);
        if (operand == NO_NODE)
            return NO_NODE;
        f->nodes[operand].joined_by = (char)op.kind;
        f->nodes[operand].operator_offset = (uint32_t)op.offset;
        f->nodes[last].next = operand;
        last = operand;
    }
    return chain;
}

static uint32_t parse_product(parser *p) { return parse_chain(p, NODE_PRODUCT, '*', '/', parse_unary); }
static uint32_t parse_sum(parser *p) { return parse_chain(p, NODE_SUM, '+', '-', parse_product); }

static size_t count_visible(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += !is_space(*s);
    return n;
}

static formula *new_formula(size_t node_capacity, size_t names_capacity)
{
    formula *f = malloc(sizeof *f + node_capacity * sizeof(node) + names_capacity);
    if (!f)
        return NULL;
    f->root = NO_NODE;
    f->node_count = 0;
    f->node_capacity = (uint32_t)node_capacity;
    f->ref_count = 0;
    f->names = (char *)(f->nodes + node_capacity);
    f->names_used = 0;
    f->names_capacity = names_capacity;
    return f;
}

static uint32_t parse_formula(parser *p)
{
    if (advance(p) < 0)
        return NO_NODE;
    uint32_t root = parse_sum(p);
    if (root != NO_NODE && p->tok.kind != TOK_END)
        return not_followed_by(p, NULL, "an operator or the end of the formula");
    return root;
}

formula *formula_parse(const char *src, formula_error *err)
{
    formula_error scratch;
    if (!err)
        err = &scratch;
    clear_error(err);
    if (!src)
        src = "";
    size_t length = strlen(src);
    if (length > FORMULA_MAX_SOURCE) {
        set_error(err, FORMULA_ERR_TOO_LONG, FORMULA_MAX_SOURCE, length - FORMULA_MAX_SOURCE, NULL, 0);
        return NULL;
    }
    size_t visible = count_visible(src);
    if (visible == 0) {
        set_error(err, FORMULA_ERR_EMPTY, 0, 0, NULL, 0);
        return NULL;
    }
    formula *f = new_formula(visible, length + 1);
    if (!f) {
        set_error(err, FORMULA_ERR_NO_MEMORY, 0, 0, NULL, 0);
        return NULL;
    }
    parser p = {.src = src, .f = f, .err = err};
    c_numbers locale;
    c_numbers_begin(&locale);
    f->root = parse_formula(&p);
    c_numbers_end(&locale);
    if (f->root == NO_NODE) {
        free(f);
        return NULL;
    }
    return f;
}

void formula_free(formula *f) { free(f); }

size_t formula_ref_count(const formula *f) { return f ? f->ref_count : 0; }

const char *formula_ref(const formula *f, size_t i)
{
    return f && i < f->ref_count ? f->names + f->refs[i].name : NULL;
}

size_t formula_ref_offset(const formula *f, size_t i)
{
    return f && i < f->ref_count ? f->refs[i].offset : 0;
}

/* ------------------------------------------------------------------ */
/* Evaluation                                                          */
/* ------------------------------------------------------------------ */

typedef struct evaluator {
    const formula *f;
    formula_lookup lookup;
    void *ctx;
    formula_error *err;
} evaluator;

static int eval_fail(const evaluator *e, formula_status status, size_t offset, size_t length, const char *detail)
{
    set_error(e->err, status, offset, length, detail, detail ? strlen(detail) : 0);
    return -1;
}

/* Fails with status at the node's own token, naming it in detail. */
static int eval_fail_at(const evaluator *e, formula_status status, const node *n, const char *detail)
{
    return eval_fail(e, status, n->offset, n->length, detail);
}

static int eval_node(const evaluator *e, uint32_t i, double *out);

static int eval_ref(const evaluator *e, const node *n, double *out)
{
    const char *id = e->f->names + e->f->refs[n->u.ref].name;
    double value = NAN; /* a lookup that says 0 but sets nothing is caught as NOT_FINITE */
    if (!e->lookup || e->lookup(e->ctx, id, &value) != 0)
        return eval_fail_at(e, FORMULA_ERR_UNKNOWN_ID, n, id);
    if (!isfinite(value))
        return eval_fail_at(e, FORMULA_ERR_NOT_FINITE, n, id);
    *out = value;
    return 0;
}

/* Left to right, as written: "a - b + c" is (a - b) + c. */
static int eval_chain(const evaluator *e, const node *chain, double *out)
{
    double result = 0;
    for (uint32_t i = chain->first; i != NO_NODE; i = e->f->nodes[i].next) {
        const node *operand = &e->f->nodes[i];
        char op[2] = {operand->joined_by, '\0'};
        double value = 0;
        if (eval_node(e, i, &value) < 0)
            return -1;
        switch (operand->joined_by) {
        case '+': result += value; break;
        case '-': result -= value; break;
        case '*': result *= value; break;
        case '/':
            if (value == 0)
                return eval_fail(e, FORMULA_ERR_DIV_ZERO, operand->operator_offset, 1, op);
            result /= value;
            break;
        default: result = value; break;
        }
        if (!isfinite(result))
            return eval_fail(e, FORMULA_ERR_NOT_FINITE, operand->operator_offset, 1, op);
    }
    *out = result;
    return 0;
}

static int eval_power(const evaluator *e, const node *n, double *out)
{
    double base = 0, exponent = 0;
    if (eval_node(e, n->first, &base) < 0 || eval_node(e, n->second, &exponent) < 0)
        return -1;
    if (base == 0 && exponent < 0)
        return eval_fail_at(e, FORMULA_ERR_DOMAIN, n, "^");
    double result = pow(base, exponent);
    /* NaN from finite operands: a negative base with a fractional exponent. */
    if (isnan(result))
        return eval_fail_at(e, FORMULA_ERR_DOMAIN, n, "^");
    if (!isfinite(result))
        return eval_fail_at(e, FORMULA_ERR_NOT_FINITE, n, "^");
    *out = result;
    return 0;
}

/* What the variadic functions need, gathered in one pass over the
 * arguments, so no list of values is kept. */
typedef struct aggregate {
    size_t count;
    double first, sum, min, max;
    double log_sum;  /* geomean: of the positive arguments */
    int has_zero;    /* geomean */
} aggregate;

static int eval_arguments(const evaluator *e, const node *call, aggregate *a)
{
    const char *name = functions[call->function].name;
    memset(a, 0, sizeof *a);
    for (uint32_t i = call->first; i != NO_NODE; i = e->f->nodes[i].next) {
        double v = 0;
        if (eval_node(e, i, &v) < 0)
            return -1;
        if (call->function == FN_GEOMEAN) {
            if (v < 0)
                return eval_fail_at(e, FORMULA_ERR_DOMAIN, call, name);
            if (v == 0)
                a->has_zero = 1;
            else
                a->log_sum += log(v);
        }
        if (a->count == 0)
            a->first = a->min = a->max = v;
        a->min = fmin(a->min, v);
        a->max = fmax(a->max, v);
        a->sum += v;
        a->count++;
    }
    return 0;
}

static int eval_call(const evaluator *e, const node *call, double *out)
{
    const char *name = functions[call->function].name;
    aggregate a;
    if (eval_arguments(e, call, &a) < 0)
        return -1;
    double x = a.first, result = 0;
    switch ((function_id)call->function) {
    case FN_MIN: result = a.min; break;
    case FN_MAX: result = a.max; break;
    case FN_SUM: result = a.sum; break;
    case FN_AVG: result = a.sum / (double)a.count; break;
    /* exp(mean(ln x)) rather than the product's n-th root: the product of
     * a few rupiah amounts overflows long before their mean does. */
    case FN_GEOMEAN: result = a.has_zero ? 0 : exp(a.log_sum / (double)a.count); break;
    case FN_SQRT:
        if (x < 0)
            return eval_fail_at(e, FORMULA_ERR_DOMAIN, call, name);
        result = sqrt(x);
        break;
    case FN_LN:
        if (x <= 0)
            return eval_fail_at(e, FORMULA_ERR_DOMAIN, call, name);
        result = log(x);
        break;
    case FN_EXP: result = exp(x); break;
    case FN_ABS: result = fabs(x); break;
    case FN_COUNT: break;
    }
    if (!isfinite(result))
        return eval_fail_at(e, FORMULA_ERR_NOT_FINITE, call, name);
    *out = result;
    return 0;
}

static int eval_node(const evaluator *e, uint32_t i, double *out)
{
    const node *n = &e->f->nodes[i];
    switch ((node_kind)n->kind) {
    case NODE_NUMBER:
        *out = n->u.number;
        return 0;
    case NODE_REF:
        return eval_ref(e, n, out);
    case NODE_NEGATE:
        if (eval_node(e, n->first, out) < 0)
            return -1;
        *out = -*out;
        return 0;
    case NODE_SUM:
    case NODE_PRODUCT:
        return eval_chain(e, n, out);
    case NODE_POWER:
        return eval_power(e, n, out);
    case NODE_CALL:
        return eval_call(e, n, out);
    }
    return -1;
}

int formula_eval(const formula *f, formula_lookup lookup, void *ctx, double *out, formula_error *err)
{
    formula_error scratch;
    if (!err)
        err = &scratch;
    clear_error(err);
    if (!f) {
        set_error(err, FORMULA_ERR_EMPTY, 0, 0, NULL, 0);
        return -1;
    }
    evaluator e = {f, lookup, ctx, err};
    double value = 0;
    if (eval_node(&e, f->root, &value) < 0)
        return -1;
    /* A report should not show "-0". */
    *out = value == 0 ? 0.0 : value;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Canonical form                                                      */
/* ------------------------------------------------------------------ */

typedef struct writer {
    char *out;
    size_t size;
    size_t length; /* the whole text's, even beyond size */
} writer;

static void put(writer *w, const char *s, size_t n)
{
    if (w->size > 0 && w->length < w->size - 1) {
        size_t room = w->size - 1 - w->length;
        memcpy(w->out + w->length, s, n < room ? n : room);
    }
    w->length += n;
}

static void put_string(writer *w, const char *s) { put(w, s, strlen(s)); }

/* The shortest of %.15g, %.16g, %.17g that reads back as the same double
 * (17 significant digits always do). */
static void put_number(writer *w, double value)
{
    char text[40];
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(text, sizeof text, "%.*g", digits, value);
        if (strtod(text, NULL) == value)
            break;
    }
    put_string(w, text);
}

/* How tightly a node holds together: an operand binding looser than its
 * place requires is written in parentheses. */
static int binding(const node *n)
{
    switch ((node_kind)n->kind) {
    case NODE_SUM: return 1;
    case NODE_PRODUCT: return 2;
    case NODE_NEGATE: return 3;
    case NODE_POWER: return 4;
    case NODE_NUMBER:
    case NODE_REF:
    case NODE_CALL: return 5;
    }
    return 0;
}

static void write_node(writer *w, const formula *f, uint32_t i);

static void write_operand(writer *w, const formula *f, uint32_t i, int tightest_needed)
{
    int parenthesise = binding(&f->nodes[i]) < tightest_needed;
    if (parenthesise)
        put(w, "(", 1);
    write_node(w, f, i);
    if (parenthesise)
        put(w, ")", 1);
}

static void write_chain(writer *w, const formula *f, const node *chain)
{
    /* "a - (b - c)" keeps its parentheses; "a + b * c" needs none. */
    int tightest_needed = chain->kind == NODE_SUM ? 2 : 3;
    for (uint32_t i = chain->first; i != NO_NODE; i = f->nodes[i].next) {
        char op = f->nodes[i].joined_by;
        if (op) {
            char spaced[3] = {' ', op, ' '};
            put(w, spaced, sizeof spaced);
        }
        write_operand(w, f, i, tightest_needed);
    }
}

static void write_call(writer *w, const formula *f, const node *call)
{
    put_string(w, functions[call->function].name);
    put(w, "(", 1);
    for (uint32_t i = call->first; i != NO_NODE; i = f->nodes[i].next) {
        if (i != call->first)
            put(w, ", ", 2);
        write_node(w, f, i);
    }
    put(w, ")", 1);
}

static void write_node(writer *w, const formula *f, uint32_t i)
{
    const node *n = &f->nodes[i];
    switch ((node_kind)n->kind) {
    case NODE_NUMBER:
        put_number(w, n->u.number);
        break;
    case NODE_REF:
        put_string(w, f->names + f->refs[n->u.ref].name);
        break;
    case NODE_NEGATE:
        /* A sign on a sign is written "-(-x)", which reads better than "--x". */
        put(w, "-", 1);
        write_operand(w, f, n->first, 4);
        break;
    case NODE_SUM:
    case NODE_PRODUCT:
        write_chain(w, f, n);
        break;
    case NODE_POWER:
        /* "(-2) ^ 2", "(2 ^ 3) ^ 2", but "2 ^ -1" and "2 ^ 3 ^ 2". */
        write_operand(w, f, n->first, 5);
        put(w, " ^ ", 3);
        write_operand(w, f, n->second, 3);
        break;
    case NODE_CALL:
        write_call(w, f, n);
        break;
    }
}

size_t formula_format(const formula *f, char *out, size_t size)
{
    writer w = {out, size, 0};
    if (f) {
        c_numbers locale;
        c_numbers_begin(&locale);
        write_node(&w, f, f->root);
        c_numbers_end(&locale);
    }
    if (size > 0)
        out[w.length < size ? w.length : size - 1] = '\0';
    return w.length;
}

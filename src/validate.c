/*
 * validate.c — the second stage: XSD validation, and libxml2's messages
 * turned into coded diagnostics a planner can act on.
 *
 * The schemas are compiled into the binary (schemas_embed.S) and parsed once,
 * so a schemaLocation inside a submission is never followed and the checked
 * format is exactly the one this lkjip was built with. libxml2 reports in
 * English and in XSD terms ("facet 'pattern'", "key-sequence"); each error is
 * collected first, then mapped with PCRE2 onto a code, a message naming the
 * element by its id or code, and a hint. Messages that no rule recognises
 * still come out, as LKJ0299 with the validator's own text.
 */
#include "validate.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <libxml/xmlschemas.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "identity.h"
#include "position.h"

extern const unsigned char lkj_schema_submission[];
extern const uint64_t lkj_schema_submission_size;
extern const unsigned char lkj_schema_workspace[];
extern const uint64_t lkj_schema_workspace_size;

static xmlSchemaPtr schema_submission;
static xmlSchemaPtr schema_workspace;
/* The submission schema without its identity constraints (identity.h):
 * NULL when identity.c does not check exactly the schema's constraints. */
static xmlSchemaPtr schema_submission_fast;
static xmlSchemaPtr parse_schema_without_identity(const unsigned char *xsd, uint64_t size);

/* The content models read from the schemas (below, with their use). */
static size_t model_count, decl_count;
static void load_model(const unsigned char *xsd, uint64_t size);

enum {
    RE_PREFIX,
    RE_EXPECTED,
    RE_FACET,
    RE_TYPE,
    RE_IDC_DUP,
    RE_IDC_REF,
    RE_ATTR_REQUIRED,
    RE_BOUND,
    RE_SET,
    RE_THAN,
    RE_COUNT
};

static const char *const re_source[RE_COUNT] = {
    [RE_PREFIX] = "^Element '(?:\\{([^}]*)\\})?([^']+)'(?:, attribute '([^']+)')?: (.*)$",
    [RE_EXPECTED] = "Expected is (?:one of )?\\( (.*) \\)",
    [RE_FACET] = "^\\[facet '([A-Za-z]+)'\\](?: The value '(.*?)' (?:is|has|must))?",
    [RE_TYPE] = "^'(.*)' is not a valid value of the (?:local )?(?:atomic|list|union) type '(?:\\{[^}]*\\})?([^']+)'",
    [RE_IDC_DUP] = "^Duplicate key-sequence \\['(.*)'\\] in (?:unique|key) identity-constraint '(?:\\{[^}]*\\})?([^']+)'",
    [RE_IDC_REF] = "^No match found for key-sequence \\['(.*)'\\] of keyref '(?:\\{[^}]*\\})?([^']+)'",
    [RE_ATTR_REQUIRED] = "^The attribute '([^']+)' is required but missing",
    [RE_BOUND] = "allowed \\('([^']*)'\\)",
    [RE_SET] = "element of the set \\{(.*)\\}",
    [RE_THAN] = "than '([^']*)'",
};

static pcre2_code *re[RE_COUNT];

static pcre2_code *compile(const char *pattern)
{
    int errcode;
    PCRE2_SIZE erroffset;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_DOTALL, &errcode, &erroffset, NULL);
    if (code)
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}

static xmlSchemaPtr parse_schema(const unsigned char *xsd, uint64_t size)
{
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewMemParserCtxt((const char *)xsd, (int)size);
    if (!pctxt)
        return NULL;
    xmlSchemaPtr schema = xmlSchemaParse(pctxt);
    xmlSchemaFreeParserCtxt(pctxt);
    return schema;
}

/* The compiled schemas, patterns and content model, made on first use: a
 * check whose every file is a cache hit validates nothing and so compiles
 * nothing (compiling was 40 % of such a run's instructions). Several
 * threads may ask at once; the lock makes one compile and the others
 * wait for it. */
static pthread_mutex_t compile_lock = PTHREAD_MUTEX_INITIALIZER;
static int compile_state; /* 0 not yet, 1 compiled, -1 failed */

static int compile_all(void)
{
    for (int i = 0; i < RE_COUNT; i++)
        if (!(re[i] = compile(re_source[i])))
            return -1;
    schema_submission = parse_schema(lkj_schema_submission, lkj_schema_submission_size);
    schema_workspace = parse_schema(lkj_schema_workspace, lkj_schema_workspace_size);
    schema_submission_fast = parse_schema_without_identity(lkj_schema_submission, lkj_schema_submission_size);
    model_count = decl_count = 0;
    load_model(lkj_schema_submission, lkj_schema_submission_size);
    load_model(lkj_schema_workspace, lkj_schema_workspace_size);
    return schema_submission && schema_workspace ? 0 : -1;
}

/* Whether everything is compiled (compiling it now if not). */
static int compiled(void)
{
    pthread_mutex_lock(&compile_lock);
    if (compile_state == 0)
        compile_state = compile_all() == 0 ? 1 : -1;
    int ok = compile_state == 1;
    pthread_mutex_unlock(&compile_lock);
    return ok;
}

int validate_init(void)
{
    compile_state = 0;
    return 0;
}

void validate_cleanup(void)
{
    for (int i = 0; i < RE_COUNT; i++) {
        pcre2_code_free(re[i]);
        re[i] = NULL;
    }
    if (schema_submission)
        xmlSchemaFree(schema_submission);
    if (schema_workspace)
        xmlSchemaFree(schema_workspace);
    if (schema_submission_fast)
        xmlSchemaFree(schema_submission_fast);
    schema_submission = schema_workspace = schema_submission_fast = NULL;
    compile_state = 0;
}

/* A file not validated because the built-in schemas could not be
 * compiled: out of memory, or (never in a release) a broken schema. */
static int not_compiled(load_doc *ld, lkj_diags *d)
{
    diag_loc loc = {ld->name, 0, 0};
    if (load_memory_failures() != 0)
        DIAG0(d, D_NO_MEMORY, &loc);
    else
        DIAG(d, D_INTERNAL, &loc, diag_text(d, "skema bawaan gagal dikompilasi", "the built-in schemas failed to compile"));
    return LKJ_EXIT_IO;
}

/* ------------------------------------------------------------------ */
/* Root detection                                                      */
/* ------------------------------------------------------------------ */

lkj_doc_kind validate_detect(load_doc *ld, lkj_diags *d)
{
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    diag_loc loc;
    xmlNodePtr xi = ld->xinclude;
    if (xi) {
        pos_of_node(ld, xi, &loc);
        char name[128];
        snprintf(name, sizeof name, "%s%s%s", xi->ns->prefix ? (const char *)xi->ns->prefix : "",
                 xi->ns->prefix ? ":" : "", (const char *)xi->name);
        DIAG(d, D_XML_XINCLUDE, &loc, name);
        return LKJ_DOC_UNKNOWN;
    }
    const char *ns = root->ns ? (const char *)root->ns->href : "";
    if (strcmp((const char *)root->name, "submisi") == 0 && strcmp(ns, LKJ_SUBMISSION_NS) == 0)
        return LKJ_DOC_SUBMISSION;
    if (strcmp((const char *)root->name, "profil") == 0 && strcmp(ns, LKJ_WORKSPACE_NS) == 0)
        return LKJ_DOC_WORKSPACE;
    pos_of_node(ld, root, &loc);
    if (strcmp(ns, "urn:lkjip:lke:1") == 0) { /* lkjip evaluasi's (lke.h) */
        DIAG(d, D_LKE_NOT_SUBMISSION, &loc, (const char *)root->name);
        return LKJ_DOC_UNKNOWN;
    }
    char where[300];
    if (ns[0])
        snprintf(where, sizeof where, lkj_diags_lang(d) == LKJ_LANG_EN ? "in the namespace '%.250s'" : "dengan namespace '%.250s'",
                 ns);
    else
        snprintf(where, sizeof where, "%s", lkj_diags_lang(d) == LKJ_LANG_EN ? "without a namespace" : "tanpa namespace");
    DIAG(d, D_XML_NOT_LKJIP, &loc, (const char *)root->name, where);
    return LKJ_DOC_UNKNOWN;
}

/* ------------------------------------------------------------------ */
/* Collecting libxml2's errors                                         */
/* ------------------------------------------------------------------ */

typedef struct raw_error {
    int code;
    int line;
    xmlNodePtr node;
    char *message;
} raw_error;

typedef struct raw_errors {
    raw_error *items;
    size_t count, capacity;
    int oom;
} raw_errors;

static void collect_error(void *data, xmlErrorPtr e)
{
    raw_errors *errs = data;
    if (e->level == XML_ERR_WARNING)
        return;
    if (e->message && strstr(e->message, "No precomputed value"))
        return; /* libxml2 noise following a facet error */
    if (errs->count == errs->capacity) {
        size_t cap = errs->capacity ? errs->capacity * 2 : 16;
        raw_error *items = realloc(errs->items, cap * sizeof *items);
        if (!items) {
            errs->oom = 1;
            return;
        }
        errs->items = items;
        errs->capacity = cap;
    }
    const char *msg = e->message ? e->message : "";
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    char *copy = malloc(n + 1);
    if (!copy) {
        errs->oom = 1;
        return;
    }
    memcpy(copy, msg, n);
    copy[n] = '\0';
    errs->items[errs->count++] = (raw_error){e->code, e->line, e->node, copy};
}

/* ------------------------------------------------------------------ */
/* Matching helpers                                                    */
/* ------------------------------------------------------------------ */

typedef struct match {
    pcre2_match_data *md;
    const char *subject;
} match;

static int match_re(match *m, int which, const char *subject)
{
    m->subject = subject;
    return pcre2_match(re[which], (PCRE2_SPTR)subject, PCRE2_ZERO_TERMINATED, 0, 0, m->md, NULL) > 0;
}

/* Copies group g of the last match into out ("" when unset). */
static const char *group(const match *m, size_t g, char *out, size_t size)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    out[0] = '\0';
    if (ov[2 * g] == PCRE2_UNSET)
        return out;
    size_t n = ov[2 * g + 1] - ov[2 * g];
    if (n >= size)
        n = size - 1;
    memcpy(out, m->subject + ov[2 * g], n);
    out[n] = '\0';
    return out;
}

/* Edit distance, for "did you mean <uraian>?". Names are short. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 40 || m > 40)
        return 99;
    size_t row[41];
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j];
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = diag + cost;
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[m];
}

/* The text of an attribute or of an element, for messages. */
static void value_of(xmlNodePtr node, const char *attr, char *out, size_t size)
{
    xmlChar *v = attr[0] ? xmlGetNoNsProp(node, (const xmlChar *)attr) : xmlNodeGetContent(node);
    snprintf(out, size, "%s", v ? (const char *)v : "");
    xmlFree(v);
    if (strlen(out) > 60)
        memcpy(out + 57, "...", 4);
}

/* ------------------------------------------------------------------ */
/* Types and identity constraints in the users' words                  */
/* ------------------------------------------------------------------ */

typedef struct type_text {
    const char *type;
    const char *desc[2];
    const char *hint[2];
} type_text;

static const type_text type_texts[] = {
    {"Angka", {"angka", "a number"}, {"tulis angka dengan titik desimal, tanpa pemisah ribuan: 1250000 atau 2.5", "write the number with a decimal point and no thousands separator: 1250000 or 2.5"}},
    {"Rupiah", {"jumlah rupiah", "an amount in rupiah"}, {"tulis rupiah tanpa pemisah ribuan dan tanpa 'Rp': 250000000", "write rupiah without thousands separators and without 'Rp': 250000000"}},
    {"decimal", {"angka", "a number"}, {"tulis angka dengan titik desimal: 2.5", "write the number with a decimal point: 2.5"}},
    {"Desimal", {"jumlah desimal", "a number of decimals"}, {"tulis bilangan bulat 0 sampai 6, misalnya desimal=\"3\"", "write a whole number from 0 to 6, e.g. desimal=\"3\""}},
    {"Tahun", {"tahun", "a year"}, {"tulis tahun empat digit antara 2000 dan 2100", "write a four-digit year between 2000 and 2100"}},
    {"Bulan", {"nomor bulan", "a month number"}, {"bulan ditulis 1 sampai 12", "months are written 1 to 12"}},
    {"Triwulan", {"nomor triwulan", "a quarter number"}, {"triwulan ditulis 1 sampai 4", "quarters are written 1 to 4"}},
    {"integer", {"bilangan bulat", "a whole number"}, {"tulis bilangan bulat tanpa titik atau koma", "write a whole number without point or comma"}},
    {"positiveInteger", {"bilangan bulat positif", "a positive whole number"}, {"tulis 1, 2, 3, …", "write 1, 2, 3, …"}},
    {"date", {"tanggal", "a date"}, {"tulis tanggal sebagai YYYY-MM-DD, misalnya 2025-01-06", "write dates as YYYY-MM-DD, e.g. 2025-01-06"}},
    {"Id", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
    {"NonEmptyIdList", {"daftar id", "a list of ids"}, {"tulis satu id atau beberapa id dipisah spasi", "write one id, or several separated by spaces"}},
    {"IdList", {"daftar id", "a list of ids"}, {"tulis id dipisah spasi", "write ids separated by spaces"}},
};

static const type_text *find_type_text(const char *type)
{
    for (size_t i = 0; i < sizeof type_texts / sizeof type_texts[0]; i++)
        if (strcmp(type_texts[i].type, type) == 0)
            return &type_texts[i];
    return NULL;
}

/* What a pattern facet guards, found from where the value sits. */
typedef struct shape_text {
    const char *element; /* NULL: any */
    const char *attr;    /* "": element content */
    const char *desc[2];
    const char *hint[2];
} shape_text;

static const shape_text shape_texts[] = {
    {"program", "kode", {"kode program (U.BB.PP)", "a program code (U.BB.PP)"}, {"contoh: 1.02.02; X.XX.01 untuk program penunjang", "for example 1.02.02; X.XX.01 for the supporting program"}},
    {"kegiatan", "kode", {"kode kegiatan (U.BB.PP.K.KK)", "a kegiatan code (U.BB.PP.K.KK)"}, {"contoh: 1.02.02.2.01", "for example 1.02.02.2.01"}},
    {"sub-kegiatan", "kode", {"kode sub kegiatan (U.BB.PP.K.KK.SSSS)", "a sub kegiatan code (U.BB.PP.K.KK.SSSS)"}, {"contoh: 1.02.02.2.01.0001", "for example 1.02.02.2.01.0001"}},
    {"unit", "kode", {"kode unit", "a unit code"}, {"angka atau X dipisah titik, misalnya 33.01 atau 1.02.0.00.0.00.01.0000", "digits or X separated by dots, e.g. 33.01 or 1.02.0.00.0.00.01.0000"}},
    {"nip", "", {"NIP (18 digit)", "a NIP (18 digits)"}, {"18 digit tanpa spasi, atau berkelompok 8 6 1 3 (PNS) / 8 4 2 1 3 (PPPK) dengan satu spasi", "18 digits without spaces, or grouped 8 6 1 3 (PNS) / 8 4 2 1 3 (PPPK) with single spaces"}},
    {"tingkat", "kode", {"kode predikat", "a grade code"}, {"huruf, angka, + atau -, maks. 16 karakter (misalnya WTP)", "letters, digits, + or -, at most 16 characters (e.g. WTP)"}},
    {NULL, "predikat", {"kode predikat", "a grade code"}, {"huruf, angka, + atau -, maks. 16 karakter (misalnya WTP)", "letters, digits, + or -, at most 16 characters (e.g. WTP)"}},
    {NULL, "warna", {"warna #RRGGBB", "a colour #RRGGBB"}, {"contoh: #1a7f37", "for example #1a7f37"}},
    {NULL, "id", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
    {NULL, "induk", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
    {NULL, "skala", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
    {NULL, "misi", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
    {NULL, "mendukung", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
    {"entitas", "", {"id", "an id"}, {"id diawali huruf, lalu huruf, angka, _ . atau - (maks. 64)", "an id starts with a letter, then letters, digits, _ . or - (at most 64)"}},
};

static const shape_text *find_shape_text(const char *element, const char *attr)
{
    for (size_t i = 0; i < sizeof shape_texts / sizeof shape_texts[0]; i++) {
        const shape_text *s = &shape_texts[i];
        if ((!s->element || strcmp(s->element, element) == 0) && strcmp(s->attr, attr) == 0)
            return s;
    }
    return NULL;
}

typedef struct constraint_text {
    const char *name;
    const char *what[2];
    const char *attr;          /* the attribute holding the value */
    const char *key;           /* for a keyref: the key it refers to */
    const char *default_value; /* the attribute's schema default */
    int scoped;                /* unique within the parent element only */
} constraint_text;

static const constraint_text constraint_texts[] = {
    {"id-unik", {"id", "id"}, "id", NULL, NULL, 0},
    {"kode-program-unik", {"kode program", "program code"}, "kode", NULL, NULL, 0},
    {"kode-kegiatan-unik", {"kode kegiatan", "kegiatan code"}, "kode", NULL, NULL, 0},
    {"kode-sub-kegiatan-unik", {"kode sub kegiatan", "sub kegiatan code"}, "kode", NULL, NULL, 0},
    {"kunci-pk", {"versi perjanjian kinerja", "perjanjian kinerja version"}, "versi", NULL, NULL, 0},
    {"bab-unik", {"bab narasi", "narrative chapter"}, "bab", NULL, NULL, 0},
    {"tingkat-unik", {"kode tingkat skala", "scale grade code"}, "kode", NULL, NULL, 1},
    {"kategori-unik", {"kode kategori", "category code"}, "kode", NULL, NULL, 1},
    {"program-mendukung-sasaran", {"sasaran", "sasaran"}, "mendukung", "kunci-sasaran", NULL, 0},
    {"tujuan-misi", {"misi", "misi"}, "misi", "kunci-misi", NULL, 0},
    {"indikator-skala", {"skala", "skala"}, "skala", "kunci-skala", NULL, 0},
    {"target-pk-versi", {"perjanjian kinerja versi", "perjanjian kinerja version"}, "versi", "kunci-pk", "1", 0},
};

static const constraint_text *find_constraint(const char *name)
{
    for (size_t i = 0; i < sizeof constraint_texts / sizeof constraint_texts[0]; i++)
        if (strcmp(constraint_texts[i].name, name) == 0)
            return &constraint_texts[i];
    return NULL;
}

/* Values as the validator compares them: white space collapsed, and
 * numbers by value ("02" is 2). */
static void canonical(const char *in, char *out, size_t size)
{
    size_t o = 0;
    int space = 0;
    for (const char *p = in; *p && o + 1 < size; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = o > 0;
            continue;
        }
        if (space && o + 2 < size)
            out[o++] = ' ';
        space = 0;
        out[o++] = *p;
    }
    out[o] = '\0';
    size_t digits = strspn(out, "0123456789");
    if (o > 1 && digits == o) {
        size_t z = 0;
        while (z + 1 < o && out[z] == '0')
            z++;
        memmove(out, out + z, o - z + 1);
    }
}

static int same_value(const char *written, const char *value)
{
    char a[160], b[160];
    canonical(written, a, sizeof a);
    canonical(value, b, sizeof b);
    return strcmp(a, b) == 0;
}

/* Whether attr on node holds value (the schema default when absent). */
static int node_has_value(xmlNodePtr node, const char *attr, const char *value, const char *default_value)
{
    xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)attr);
    int same = v ? same_value((const char *)v, value) : default_value && same_value(default_value, value);
    xmlFree(v);
    return same;
}

/* Up to max elements (named only, or any) whose attr holds value, in
 * document order. */
static void find_uses(xmlNodePtr node, const char *only, const char *attr, const char *value,
                      const char *default_value, xmlNodePtr *uses, size_t max, size_t *found)
{
    for (; node && *found < max; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if ((!only || strcmp((const char *)node->name, only) == 0) &&
            node_has_value(node, attr, value, default_value))
            uses[(*found)++] = node;
        find_uses(node->children, only, attr, value, default_value, uses, max, found);
    }
}

/* ------------------------------------------------------------------ */
/* Mapping one error                                                   */
/* ------------------------------------------------------------------ */

typedef struct mapper {
    load_doc *ld;
    lkj_diags *d;
    match m;
    int lang; /* 0 id, 1 en */
    /* The previous diagnostic, to drop libxml2's repeats. */
    unsigned long last_line, last_col;
    int last_code;
    char last_args[512];
    /* Keys with an invalid field: their keyref errors are consequences. */
    char broken_keys[8][48];
    size_t broken_count;
    /* Identity errors already reported, per constraint and value, to point
     * each repeat at the next use. */
    char seen_ids[32][160];
    unsigned seen_times[32];
    size_t seen_count;
} mapper;

static void emit(mapper *mp, diag_id id, const diag_loc *loc, int origin, const char *a1,
                 const char *a2, const char *a3, const char *a4)
{
    char args[512];
    snprintf(args, sizeof args, "%s|%s|%s", a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "");
    if (loc->line == mp->last_line && loc->column == mp->last_col && (int)id == mp->last_code &&
        strcmp(args, mp->last_args) == 0)
        return;
    mp->last_line = loc->line;
    mp->last_col = loc->column;
    mp->last_code = (int)id;
    memcpy(mp->last_args, args, sizeof args);
    diag_emit(mp->d, id, loc, origin, a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "", a4 ? a4 : "",
              (const char *)NULL);
}

static void locate(mapper *mp, xmlNodePtr node, const char *attr, int line, diag_loc *loc)
{
    if (node && attr && attr[0])
        pos_of_attr(mp->ld, node, attr, loc);
    else if (node)
        pos_of_node(mp->ld, node, loc);
    else {
        loc->file = mp->ld->name;
        loc->line = line > 0 ? (unsigned long)line : 0;
        loc->column = 0;
    }
}

/* How many times (before this one) the pair was reported. */
static unsigned times_seen(mapper *mp, const char *constraint, const char *value)
{
    char key[160];
    snprintf(key, sizeof key, "%.40s|%.110s", constraint, value);
    for (size_t i = 0; i < mp->seen_count; i++)
        if (strcmp(mp->seen_ids[i], key) == 0)
            return mp->seen_times[i]++;
    if (mp->seen_count < sizeof mp->seen_ids / sizeof mp->seen_ids[0]) {
        snprintf(mp->seen_ids[mp->seen_count], sizeof mp->seen_ids[0], "%s", key);
        mp->seen_times[mp->seen_count++] = 1;
    }
    return 0;
}

static int key_broken(const mapper *mp, const char *key)
{
    for (size_t i = 0; i < mp->broken_count; i++)
        if (strcmp(mp->broken_keys[i], key) == 0)
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Content models, read from the schemas themselves                    */
/* ------------------------------------------------------------------ */

/* Which children each complex type requires, so that "this element is not
 * expected" can become "this required element is missing" when that is
 * what happened. Read once from the embedded XSDs; no second copy of the
 * format lives in the C code. */
typedef struct model_child {
    char type[48];
    char child[48];
    int required;
} model_child;

typedef struct element_decl {
    char element[48];
    char type[48];
} element_decl;

#define MAX_MODEL 600
static model_child model[MAX_MODEL];
static size_t model_count;
static element_decl decls[MAX_MODEL];
static size_t decl_count;

static int is_xsd(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns &&
           strcmp((const char *)n->ns->href, "http://www.w3.org/2001/XMLSchema") == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

static void copy_local(char *out, size_t size, const xmlChar *qname)
{
    const char *colon = strchr((const char *)qname, ':');
    snprintf(out, size, "%s", colon ? colon + 1 : (const char *)qname);
}

static void read_model(xmlNodePtr n, const char *type, int in_choice)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_xsd(n, "group")) {
            continue; /* groups are choices of blocks: nothing required */
        }
        if (is_xsd(n, "complexType")) {
            xmlChar *name = xmlGetNoNsProp(n, BAD_CAST "name");
            char t[48];
            snprintf(t, sizeof t, "%s", name ? (const char *)name : type);
            xmlFree(name);
            read_model(n->children, t, 0);
            continue;
        }
        if (is_xsd(n, "element")) {
            xmlChar *name = xmlGetNoNsProp(n, BAD_CAST "name");
            xmlChar *ref_type = xmlGetNoNsProp(n, BAD_CAST "type");
            xmlChar *min = xmlGetNoNsProp(n, BAD_CAST "minOccurs");
            if (name && type[0] && model_count < MAX_MODEL) {
                model_child *m = &model[model_count++];
                snprintf(m->type, sizeof m->type, "%s", type);
                snprintf(m->child, sizeof m->child, "%s", (const char *)name);
                m->required = !in_choice && !(min && strcmp((const char *)min, "0") == 0);
            }
            if (name && decl_count < MAX_MODEL) {
                element_decl *e = &decls[decl_count++];
                snprintf(e->element, sizeof e->element, "%s", (const char *)name);
                if (ref_type)
                    copy_local(e->type, sizeof e->type, ref_type);
                else
                    snprintf(e->type, sizeof e->type, "#%s", (const char *)name);
            }
            if (name && !ref_type) {
                char t[48];
                snprintf(t, sizeof t, "#%s", (const char *)name);
                read_model(n->children, t, 0);
            }
            xmlFree(name);
            xmlFree(ref_type);
            xmlFree(min);
            continue;
        }
        read_model(n->children, type, in_choice || is_xsd(n, "choice"));
    }
}

/* ------------------------------------------------------------------ */
/* The schema without identity constraints (the fast path)             */
/* ------------------------------------------------------------------ */

static xmlChar *xsd_child_attr(xmlNodePtr n, const char *child, const char *attr, int *count)
{
    xmlChar *found = NULL;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (!is_xsd(c, child))
            continue;
        ++*count;
        if (!found)
            found = xmlGetNoNsProp(c, BAD_CAST attr);
    }
    return found;
}

/* Whether identity.c checks the constraint n (xs:unique, xs:key or
 * xs:keyref, declared on the xs:element scope) exactly as written. */
static int constraint_known(xmlNodePtr scope, xmlNodePtr n)
{
    int selectors = 0, fields = 0;
    xmlChar *scope_name = xmlGetNoNsProp(scope, BAD_CAST "name");
    xmlChar *name = xmlGetNoNsProp(n, BAD_CAST "name");
    xmlChar *refer = xmlGetNoNsProp(n, BAD_CAST "refer");
    xmlChar *selector = xsd_child_attr(n, "selector", "xpath", &selectors);
    xmlChar *field = xsd_child_attr(n, "field", "xpath", &fields);
    const char *local_refer = refer && strchr((const char *)refer, ':') ? strchr((const char *)refer, ':') + 1
                                                                        : (const char *)refer;
    int known = scope_name && name && selector && field && selectors == 1 && fields == 1 &&
                identity_known((const char *)scope_name, (const char *)n->name, (const char *)name,
                               local_refer, (const char *)selector, (const char *)field);
    xmlFree(scope_name);
    xmlFree(name);
    xmlFree(refer);
    xmlFree(selector);
    xmlFree(field);
    return known;
}

/* Removes every identity constraint under node; counts the known ones
 * and the others. */
static void strip_identity(xmlNodePtr node, int *known, int *unknown)
{
    xmlNodePtr next;
    for (xmlNodePtr c = node->children; c; c = next) {
        next = c->next;
        if (is_xsd(c, "unique") || is_xsd(c, "key") || is_xsd(c, "keyref")) {
            if (is_xsd(node, "element") && constraint_known(node, c))
                ++*known;
            else
                ++*unknown;
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        } else if (c->type == XML_ELEMENT_NODE) {
            strip_identity(c, known, unknown);
        }
    }
}

static xmlSchemaPtr parse_schema_without_identity(const unsigned char *xsd, uint64_t size)
{
    xmlDocPtr doc = xmlReadMemory((const char *)xsd, (int)size, "schema.xsd", NULL, XML_PARSE_NONET);
    if (!doc)
        return NULL;
    int known = 0, unknown = 0;
    strip_identity((xmlNodePtr)doc, &known, &unknown);
    xmlSchemaPtr schema = NULL;
    if (unknown == 0 && known == identity_count()) {
        xmlChar *text = NULL;
        int len = 0;
        xmlDocDumpMemory(doc, &text, &len);
        if (text)
            schema = parse_schema(text, (uint64_t)len);
        xmlFree(text);
    }
    xmlFreeDoc(doc);
    return schema;
}

int validate_fast_path(void)
{
    return compiled() && schema_submission_fast != NULL;
}

static void count_error(void *count, xmlErrorPtr e)
{
    (void)e;
    ++*(size_t *)count;
}

int validate_fast_valid(xmlDocPtr doc)
{
    if (!compiled() || !schema_submission_fast)
        return 0;
    unsigned long failures = load_memory_failures();
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema_submission_fast);
    if (!vctxt)
        return 0;
    size_t errors = 0;
    xmlSchemaSetValidStructuredErrors(vctxt, count_error, &errors);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaFreeValidCtxt(vctxt);
    return rc == 0 && errors == 0 && load_memory_failures() == failures && identity_hold(doc);
}

static void load_model(const unsigned char *xsd, uint64_t size)
{
    xmlDocPtr doc = xmlReadMemory((const char *)xsd, (int)size, "schema.xsd", NULL, XML_PARSE_NONET);
    if (!doc)
        return;
    read_model(xmlDocGetRootElement(doc)->children, "", 0);
    xmlFreeDoc(doc);
}

/* 1 required, 0 optional, -1 unknown, for child inside an element named
 * parent. */
static int child_required(const char *parent, const char *child)
{
    for (size_t i = 0; i < decl_count; i++) {
        if (strcmp(decls[i].element, parent) != 0)
            continue;
        for (size_t j = 0; j < model_count; j++)
            if (strcmp(model[j].type, decls[i].type) == 0 && strcmp(model[j].child, child) == 0)
                return model[j].required;
    }
    return -1;
}

/* "<a>, <b>" + last_separator + "<c>". */
static void join_names(char names[][48], size_t count, const char *last_separator, char *out, size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        int w = snprintf(out + o, size - o, "%s<%s>", i == 0 ? "" : i + 1 < count ? ", " : last_separator, names[i]);
        if (w < 0 || (size_t)w >= size - o)
            break;
        o += (size_t)w;
    }
}

/* The names of libxml2's "{ns}a, {ns}b" list, without namespaces. */
static size_t split_expected(const char *list, char names[][48], size_t max)
{
    size_t n = 0;
    for (const char *p = list; *p && n < max;) {
        while (*p == ' ' || *p == ',')
            p++;
        if (*p == '{') {
            const char *close = strchr(p, '}');
            if (!close)
                break;
            p = close + 1;
        }
        size_t len = strcspn(p, ", ");
        if (len == 0)
            break;
        snprintf(names[n++], 48, "%.*s", (int)len, p);
        p += len;
    }
    return n;
}

static void map_content(mapper *mp, const raw_error *e, xmlNodePtr node, const char *elem,
                        const char *ns, const char *rest)
{
    char label[256], parent_label[256], names[512], hint[700], list[512];
    diag_loc loc;
    node_label(mp->d, node, label, sizeof label);
    if (strstr(rest, "Element content is not allowed")) {
        /* An element inside a text-only or empty element: point at it. */
        xmlNodePtr child = node ? node->children : NULL;
        while (child && child->type != XML_ELEMENT_NODE)
            child = child->next;
        locate(mp, child ? child : node, NULL, e->line, &loc);
        emit(mp, D_XSD_UNEXPECTED, &loc, e->code, child ? (const char *)child->name : "?", label,
             mp->lang ? "nothing more is expected here; check the spelling, or move the element"
                      : "tidak ada elemen lain yang diharapkan di sini; periksa ejaan atau pindahkan elemen ini",
             NULL);
        return;
    }
    locate(mp, node, NULL, e->line, &loc);
    if (strstr(rest, "Character content is not allowed")) {
        emit(mp, D_XSD_TEXT, &loc, e->code, label,
             mp->lang ? "this element holds only attributes; remove the text inside it"
                      : "elemen ini hanya berisi atribut; hapus teks di dalamnya",
             NULL, NULL);
        return;
    }
    if (strstr(rest, "Character content other than whitespace")) {
        emit(mp, D_XSD_TEXT, &loc, e->code, label,
             mp->lang ? "move the text into the matching child element, such as <nama> or <uraian>"
                      : "pindahkan teks ke elemen anak yang sesuai, misalnya <nama> atau <uraian>",
             NULL, NULL);
        return;
    }
    int has_expected = match_re(&mp->m, RE_EXPECTED, rest);
    if (has_expected)
        group(&mp->m, 1, list, sizeof list);
    char expected[16][48];
    size_t count = has_expected ? split_expected(list, expected, 16) : 0;
    int missing_child = strstr(rest, "Missing child element") != NULL;
    xmlNodePtr parent = missing_child ? node
                      : node && node->parent && node->parent->type == XML_ELEMENT_NODE ? node->parent : NULL;
    const char *parent_name = parent ? (const char *)parent->name : "";
    node_label(mp->d, parent, parent_label, sizeof parent_label);

    /* A misspelling of an expected name is an unexpected element. */
    int typo = -1;
    for (size_t i = 0; !missing_child && i < count && typo < 0; i++)
        if (strcmp(elem, expected[i]) != 0 && edit_distance(elem, expected[i]) <= 2)
            typo = (int)i;
    /* The first required name among the expected ones is what is missing. */
    int required = -1;
    for (size_t i = 0; i < count && required < 0; i++)
        if (child_required(parent_name, expected[i]) == 1)
            required = (int)i;
    /* An element of another namespace is foreign, whatever its name. */
    int foreign = ns[0] && parent && parent->ns && strcmp(ns, (const char *)parent->ns->href) != 0;
    /* A known child out of place (or the only possible one) means the
     * required element before it is missing; an unknown one is reported as
     * unexpected. */
    if (required >= 0 && typo < 0 && !foreign &&
        (missing_child || count == 1 || child_required(parent_name, elem) >= 0)) {
        char missing[64];
        snprintf(missing, sizeof missing, "<%s>", expected[required]);
        emit(mp, D_XSD_MISSING_ELEMENT, &loc, e->code, missing_child ? label : parent_label, missing, NULL, NULL);
        return;
    }
    if (missing_child) {
        /* A choice: "<a>, <b> or <c>". */
        join_names(expected, count, mp->lang ? " or " : " atau ", names, sizeof names);
        emit(mp, D_XSD_MISSING_ELEMENT, &loc, e->code, label, names, NULL, NULL);
        return;
    }
    join_names(expected, count, ", ", names, sizeof names);
    if (!ns[0]) {
        snprintf(hint, sizeof hint, "%s",
                 mp->lang ? "this element has no namespace: the root element needs xmlns=\"urn:lkjip:submission:1\""
                          : "elemen ini tanpa namespace: elemen akar perlu xmlns=\"urn:lkjip:submission:1\"");
    } else if (foreign) {
        snprintf(hint, sizeof hint,
                 mp->lang ? "the element is in the namespace '%s'; the elements of a submission are in %s"
                          : "elemen ini ada di namespace '%s'; elemen submisi ada di %s",
                 ns, parent && parent->ns ? (const char *)parent->ns->href : LKJ_SUBMISSION_NS);
    } else if (typo >= 0) {
        snprintf(hint, sizeof hint, mp->lang ? "did you mean <%s>?" : "maksud Anda <%s>?", expected[typo]);
    } else if (count > 0) {
        snprintf(hint, sizeof hint,
                 mp->lang ? "expected at this point: %s; check the spelling and the order of elements"
                          : "yang diharapkan di posisi ini: %s; periksa ejaan dan urutan elemen",
                 names);
    } else {
        snprintf(hint, sizeof hint, "%s",
                 mp->lang ? "nothing more is expected here; check the spelling, or move the element"
                          : "tidak ada elemen lain yang diharapkan di sini; periksa ejaan atau pindahkan elemen ini");
    }
    emit(mp, D_XSD_UNEXPECTED, &loc, e->code, elem, parent_label, hint, NULL);
}

/* Suggests the repaired number for "2,5" or "1.250.000". */
static void number_hint(mapper *mp, const char *value, const type_text *t, char *out, size_t size)
{
    const char *comma = strchr(value, ',');
    int dots = 0;
    for (const char *p = value; *p; p++)
        dots += *p == '.';
    char fixed[128];
    size_t k = 0;
    if (comma && !strchr(comma + 1, ',') && dots == 0) {
        for (const char *p = value; *p && k + 1 < sizeof fixed; p++)
            fixed[k++] = *p == ',' ? '.' : *p;
        fixed[k] = '\0';
        snprintf(out, size, mp->lang ? "use a decimal point: %s, not %s" : "pakai titik desimal: %s, bukan %s",
                 fixed, value);
        return;
    }
    if (dots > 1 || (dots >= 1 && comma)) {
        for (const char *p = value; *p && k + 1 < sizeof fixed; p++) {
            if (*p == '.')
                continue;
            fixed[k++] = *p == ',' ? '.' : *p;
        }
        fixed[k] = '\0';
        snprintf(out, size,
                 mp->lang ? "write it without thousands separators: %s" : "tulis tanpa pemisah ribuan: %s", fixed);
        return;
    }
    snprintf(out, size, "%s", t ? t->hint[mp->lang] : "");
}

/* What the valid range of this value is, in words. */
static void range_hint(mapper *mp, const char *elem, const char *attr, const char *bound, char *out, size_t size)
{
    int en = mp->lang;
    if (strcmp(attr, "ke") == 0 && strcmp(elem, "triwulan") == 0)
        snprintf(out, size, "%s", en ? "quarters are written 1 to 4" : "triwulan ditulis 1 sampai 4");
    else if (strcmp(attr, "ke") == 0)
        snprintf(out, size, "%s", en ? "months are written 1 to 12" : "bulan ditulis 1 sampai 12");
    else if (strcmp(attr, "tahun") == 0 || strcmp(attr, "awal") == 0 || strcmp(attr, "akhir") == 0 ||
             (!attr[0] && strcmp(elem, "tahun") == 0))
        snprintf(out, size, "%s",
                 en ? "write a four-digit year between 2000 and 2100" : "tulis tahun empat digit antara 2000 dan 2100");
    else
        snprintf(out, size, en ? "the value must be %s" : "nilainya harus %s", bound);
}

static void map_value(mapper *mp, const raw_error *e, xmlNodePtr node, const char *elem,
                      const char *attr, const char *rest)
{
    char label[256], value[128], buf[512], hint[512], facet[32];
    diag_loc loc;
    locate(mp, node, attr, e->line, &loc);
    node_label(mp->d, node, label, sizeof label);
    value_of(node, attr, value, sizeof value);
    char pattern[160];
    snprintf(pattern, sizeof pattern, "%.100s=\"", attr);
    if (attr[0] && !strstr(label, pattern)) {
        /* Name the attribute, unless the label already shows it. */
        char with_attr[256];
        snprintf(with_attr, sizeof with_attr, "%.60s %s %.180s", attr, mp->lang ? "in" : "di", label);
        snprintf(label, sizeof label, "%s", with_attr);
    }

    if (match_re(&mp->m, RE_TYPE, rest)) {
        char type[64];
        group(&mp->m, 1, value, sizeof value);
        group(&mp->m, 2, type, sizeof type);
        const char *bare = strncmp(type, "xs:", 3) == 0 ? type + 3 : type;
        const type_text *t = find_type_text(bare);
        const char *desc = t ? t->desc[mp->lang] : type;
        if (t && (strcmp(bare, "Angka") == 0 || strcmp(bare, "Rupiah") == 0 || strcmp(bare, "decimal") == 0))
            number_hint(mp, value, t, hint, sizeof hint);
        else
            snprintf(hint, sizeof hint, "%s", t ? t->hint[mp->lang] : "");
        emit(mp, D_XSD_BAD_VALUE, &loc, e->code, label, desc, value, hint);
        return;
    }
    if (!match_re(&mp->m, RE_FACET, rest)) {
        emit(mp, D_XSD_OTHER, &loc, e->code, rest, NULL, NULL, NULL);
        return;
    }
    group(&mp->m, 1, facet, sizeof facet);
    {
        /* The facet names the offending value itself: for a list, the item. */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(mp->m.md);
        if (ov[4] != PCRE2_UNSET)
            group(&mp->m, 2, value, sizeof value);
    }
    const shape_text *shape = find_shape_text(elem, attr);
    if (strcmp(facet, "enumeration") == 0) {
        if (match_re(&mp->m, RE_SET, rest))
            group(&mp->m, 1, buf, sizeof buf);
        else
            buf[0] = '\0';
        emit(mp, D_XSD_ENUM, &loc, e->code, label, buf, value, NULL);
        return;
    }
    if (strcmp(facet, "minInclusive") == 0 || strcmp(facet, "maxInclusive") == 0 ||
        strcmp(facet, "minExclusive") == 0 || strcmp(facet, "maxExclusive") == 0) {
        char bound[64];
        if (match_re(&mp->m, RE_BOUND, rest) || match_re(&mp->m, RE_THAN, rest))
            group(&mp->m, 1, bound, sizeof bound);
        else
            bound[0] = '\0';
        int upper = facet[1] == 'a', exclusive = strstr(facet, "Exclusive") != NULL;
        static const char *const words[2][2][2] = {
            {{"min.", "at least"}, {"lebih dari", "more than"}},
            {{"maks.", "at most"}, {"kurang dari", "less than"}},
        };
        char phrase[96];
        snprintf(phrase, sizeof phrase, "%s %.60s", words[upper][exclusive][mp->lang], bound);
        snprintf(buf, sizeof buf, "(%s)", phrase);
        range_hint(mp, elem, attr, phrase, hint, sizeof hint);
        emit(mp, D_XSD_RANGE, &loc, e->code, label, buf, value, hint);
        return;
    }
    if (strcmp(facet, "maxLength") == 0) {
        emit(mp, D_XSD_LONG_TEXT, &loc, e->code, label, NULL, NULL, NULL);
        return;
    }
    if (strcmp(facet, "minLength") == 0 && !shape) {
        emit(mp, D_XSD_EMPTY_TEXT, &loc, e->code, label, NULL, NULL, NULL);
        return;
    }
    if (strcmp(facet, "pattern") == 0 && strstr(rest, "\\s*\\S")) {
        emit(mp, D_XSD_EMPTY_TEXT, &loc, e->code, label, NULL, NULL, NULL);
        return;
    }
    if (shape) {
        emit(mp, D_XSD_PATTERN, &loc, e->code, label, shape->desc[mp->lang], value, shape->hint[mp->lang]);
        return;
    }
    emit(mp, D_XSD_OTHER, &loc, e->code, rest, NULL, NULL, NULL);
}

static void map_identity(mapper *mp, const raw_error *e, xmlNodePtr node, const char *elem,
                         const char *rest)
{
    char value[128], name[96], label[256];
    diag_loc loc;
    int dup = match_re(&mp->m, RE_IDC_DUP, rest);
    if (!dup && !match_re(&mp->m, RE_IDC_REF, rest)) {
        locate(mp, node, NULL, e->line, &loc);
        emit(mp, D_XSD_OTHER, &loc, e->code, rest, NULL, NULL, NULL);
        return;
    }
    group(&mp->m, 1, value, sizeof value);
    group(&mp->m, 2, name, sizeof name);
    /* The per-kind keys exist for the keyrefs; id-unik already reports
     * their duplicates. */
    if (dup && (strcmp(name, "kunci-sasaran") == 0 || strcmp(name, "kunci-misi") == 0 ||
                strcmp(name, "kunci-skala") == 0))
        return;
    const constraint_text *c = find_constraint(name);
    if (!c) {
        locate(mp, node, NULL, e->line, &loc);
        emit(mp, D_XSD_OTHER, &loc, e->code, rest, NULL, NULL, NULL);
        return;
    }
    /* A reference to a key whose own value was invalid (already reported)
     * is a consequence, not a second mistake. */
    if (!dup && c->key && key_broken(mp, c->key))
        return;
    unsigned nth = times_seen(mp, name, value);
    xmlNodePtr start = xmlDocGetRootElement(mp->ld->doc);
    if (c->scoped && node)
        start = (xmlHasProp(node, BAD_CAST c->attr) && node->parent ? node->parent : node)->children;
    const char *only = strcmp(name, "id-unik") == 0 ? NULL : elem;
    enum { MAX_USES = 64 };
    xmlNodePtr uses[MAX_USES];
    size_t found = 0;
    const char *what = c->what[mp->lang];
    if (dup) {
        /* The n-th report of a value points at its (n+1)-th use and names
         * the line of the first. */
        find_uses(start, only, c->attr, value, c->default_value, uses, MAX_USES, &found);
        char first_line[32] = "?";
        if (found > nth + 1) {
            diag_loc first_loc;
            locate(mp, uses[0], c->attr, e->line, &first_loc);
            snprintf(first_line, sizeof first_line, "%lu", first_loc.line);
            node = uses[nth + 1];
        }
        locate(mp, node, c->attr, e->line, &loc);
        emit(mp, D_XSD_DUPLICATE, &loc, e->code, NULL, what, value, first_line);
        return;
    }
    if (!node) {
        /* Keyref errors come without a node: find the referring element by
         * its name, its value and the line libxml2 gives (capped at 65535). */
        find_uses(start, elem, c->attr, value, c->default_value, uses, MAX_USES, &found);
        for (size_t i = 0; i < found && !node; i++) {
            long line = xmlGetLineNo(uses[i]);
            if ((line > 65535 ? 65535 : line) == e->line)
                node = uses[i];
        }
        if (!node && found > 0)
            node = uses[nth < found ? nth : found - 1];
    }
    locate(mp, node, xmlHasProp(node, BAD_CAST c->attr) ? c->attr : NULL, e->line, &loc);
    node_label(mp->d, node, label, sizeof label);
    if (!node)
        snprintf(label, sizeof label, "%s", elem);
    emit(mp, D_XSD_DANGLING, &loc, e->code, label, what, value, NULL);
}

/* "{http://www.w3.org/XML/1998/namespace}lang" -> "xml:lang"; other
 * qualified names lose their namespace. */
static void attribute_name(char *attr, size_t size)
{
    if (attr[0] != '{')
        return;
    const char *close = strchr(attr, '}');
    if (!close)
        return;
    char local[96];
    snprintf(local, sizeof local, "%.95s", close + 1);
    static const char xml_ns[] = "{http://www.w3.org/XML/1998/namespace}";
    int xml = strncmp(attr, xml_ns, sizeof xml_ns - 1) == 0;
    snprintf(attr, size, "%s%.95s", xml ? "xml:" : "", local);
}

static void map_error(mapper *mp, const raw_error *e)
{
    char ns[128], elem[128], attr[128], rest[1024];
    diag_loc loc;
    xmlNodePtr node = e->node;
    if (node && node->type == XML_ATTRIBUTE_NODE)
        node = node->parent;
    if (!match_re(&mp->m, RE_PREFIX, e->message)) {
        locate(mp, node, NULL, e->line, &loc);
        emit(mp, D_XSD_OTHER, &loc, e->code, e->message, NULL, NULL, NULL);
        return;
    }
    group(&mp->m, 1, ns, sizeof ns);
    group(&mp->m, 2, elem, sizeof elem);
    group(&mp->m, 3, attr, sizeof attr);
    group(&mp->m, 4, rest, sizeof rest);
    attribute_name(attr, sizeof attr);

    if (strstr(rest, "No matching global declaration")) {
        locate(mp, node, NULL, e->line, &loc);
        emit(mp, D_XML_NOT_LKJIP, &loc, e->code, elem, ns, NULL, NULL);
        return;
    }
    if (e->code == XML_SCHEMAV_CVC_IDC) {
        map_identity(mp, e, node, elem, rest);
        return;
    }
    if (match_re(&mp->m, RE_ATTR_REQUIRED, rest)) {
        char label[256], missing[128];
        group(&mp->m, 1, missing, sizeof missing);
        locate(mp, node, NULL, e->line, &loc);
        node_label(mp->d, node, label, sizeof label);
        emit(mp, D_XSD_MISSING_ATTR, &loc, e->code, label, missing, NULL, NULL);
        return;
    }
    if (attr[0] && strstr(rest, "is not allowed")) {
        char label[256];
        locate(mp, node, attr, e->line, &loc);
        node_label(mp->d, node, label, sizeof label);
        emit(mp, D_XSD_UNKNOWN_ATTR, &loc, e->code, label, attr, NULL, NULL);
        return;
    }
    if (strstr(rest, "not expected") || strstr(rest, "Missing child") || strstr(rest, "Character content") ||
        strstr(rest, "Element content is not allowed")) {
        map_content(mp, e, node, elem, ns, rest);
        return;
    }
    if (strstr(rest, "[facet '") || strstr(rest, "is not a valid value")) {
        map_value(mp, e, node, elem, attr, rest);
        return;
    }
    locate(mp, node, attr, e->line, &loc);
    emit(mp, D_XSD_OTHER, &loc, e->code, rest, NULL, NULL, NULL);
}

/* Length of "Element '…'[, attribute '…']: ", the part naming what an
 * error is about. */
static size_t subject_length(const char *msg)
{
    const char *end = strstr(msg, "': ");
    return end ? (size_t)(end - msg) + 3 : 0;
}

static int same_subject(const raw_error *a, const raw_error *b)
{
    size_t n = subject_length(a->message);
    return n > 0 && a->line == b->line && n == subject_length(b->message) &&
           strncmp(a->message, b->message, n) == 0;
}

static int is_facet(const raw_error *e)
{
    size_t n = subject_length(e->message);
    return n > 0 && strncmp(e->message + n, "[facet '", 8) == 0;
}

/* "'x' is not a valid value of the atomic/list/union type". */
static int is_type_error(const raw_error *e)
{
    return e->code >= XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1 && e->code <= XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3;
}

/* libxml2 explains one bad value twice (the facet, then the type); keep
 * the facet, except minLength on a list, where the type says more. Keys
 * with an invalid field are remembered, then their consequences dropped. */
static int keep_error(mapper *mp, const raw_errors *errs, size_t i)
{
    const raw_error *e = &errs->items[i];
    const char *key = strstr(e->message, "Not all fields of key identity-constraint '");
    if (key) {
        const char *name = strchr(key + 43, '}');
        name = name ? name + 1 : key + 43;
        if (mp->broken_count < sizeof mp->broken_keys / sizeof mp->broken_keys[0])
            snprintf(mp->broken_keys[mp->broken_count++], sizeof mp->broken_keys[0], "%.*s",
                     (int)strcspn(name, "'"), name);
        return 0;
    }
    if (is_type_error(e) && i > 0 && is_facet(&errs->items[i - 1]) &&
        same_subject(&errs->items[i - 1], e) && !strstr(errs->items[i - 1].message, "[facet 'minLength']"))
        return 0;
    if (is_facet(e) && strstr(e->message, "[facet 'minLength']") && i + 1 < errs->count &&
        is_type_error(&errs->items[i + 1]) && same_subject(e, &errs->items[i + 1]))
        return 0;
    return 1;
}

int validate_doc(load_doc *ld, lkj_doc_kind kind, lkj_diags *d)
{
    if (kind == LKJ_DOC_SUBMISSION && validate_fast_valid(ld->doc))
        return LKJ_EXIT_OK;
    return validate_doc_whole(ld, kind, d);
}

/* Errors come in document order except identity constraints, which
 * libxml2 reports when their scope element closes: diag_sort_from puts
 * them in place so that the output reads top to bottom. */
int validate_doc_whole(load_doc *ld, lkj_doc_kind kind, lkj_diags *d)
{
    if (!compiled())
        return not_compiled(ld, d);
    return validate_doc_schema(ld, kind == LKJ_DOC_WORKSPACE ? schema_workspace : schema_submission, d);
}

xmlSchemaPtr validate_parse_schema(const unsigned char *xsd, size_t size)
{
    return size > (size_t)INT32_MAX ? NULL : parse_schema(xsd, size);
}

int validate_doc_schema(load_doc *ld, xmlSchemaPtr schema, lkj_diags *d)
{
    if (!compiled()) /* its errors are read with the patterns */
        return not_compiled(ld, d);
    diag_loc file_loc = {ld->name, 0, 0};
    unsigned long failures = load_memory_failures();
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
    if (!vctxt) {
        DIAG0(d, D_NO_MEMORY, &file_loc);
        return LKJ_EXIT_IO;
    }
    raw_errors errs = {0};
    xmlSchemaSetValidStructuredErrors(vctxt, collect_error, &errs);
    int rc = xmlSchemaValidateDoc(vctxt, ld->doc);
    xmlSchemaFreeValidCtxt(vctxt);
    if (load_memory_failures() != failures)
        errs.oom = 1; /* libxml2's errors then report the lack of memory, not the input */

    int status = LKJ_EXIT_OK;
    if (errs.oom) {
        DIAG0(d, D_NO_MEMORY, &file_loc);
        status = LKJ_EXIT_IO;
    } else if (rc < 0) {
        DIAG(d, D_INTERNAL, &file_loc, "xmlSchemaValidateDoc");
        status = LKJ_EXIT_IO;
    } else if (rc > 0 || errs.count > 0) {
        status = LKJ_EXIT_PROBLEMS;
    }
    if (errs.count > 0 && !errs.oom) {
        mapper *mp = calloc(1, sizeof *mp);
        pcre2_match_data *md = pcre2_match_data_create(16, NULL);
        if (!mp || !md) {
            DIAG0(d, D_NO_MEMORY, &file_loc);
            status = LKJ_EXIT_IO;
        } else {
            mp->ld = ld;
            mp->d = d;
            mp->m.md = md;
            mp->lang = lkj_diags_lang(d) == LKJ_LANG_EN;
            mp->last_code = -1;
            size_t first = lkj_diags_count(d);
            /* Keys first: a broken key's keyref errors may come before it. */
            for (size_t i = 0; i < errs.count; i++)
                if (strstr(errs.items[i].message, "Not all fields of key"))
                    keep_error(mp, &errs, i);
            for (size_t i = 0; i < errs.count; i++)
                if (keep_error(mp, &errs, i))
                    map_error(mp, &errs.items[i]);
            diag_sort_from(d, first);
        }
        pcre2_match_data_free(md);
        free(mp);
        if (status == LKJ_EXIT_OK)
            status = LKJ_EXIT_PROBLEMS;
    }
    for (size_t i = 0; i < errs.count; i++)
        free(errs.items[i].message);
    free(errs.items);
    return status;
}

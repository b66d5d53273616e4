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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "position.h"

extern const unsigned char lkj_schema_submission[];
extern const uint64_t lkj_schema_submission_size;
extern const unsigned char lkj_schema_workspace[];
extern const uint64_t lkj_schema_workspace_size;

static xmlSchemaPtr schema_submission;
static xmlSchemaPtr schema_workspace;

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
    RE_COUNT
};

static const char *const re_source[RE_COUNT] = {
    [RE_PREFIX] = "^Element '(?:\\{([^}]*)\\})?([^']+)'(?:, attribute '([^']+)')?: (.*)$",
    [RE_EXPECTED] = "Expected is (?:one of )?\\( (.*) \\)",
    [RE_FACET] = "^\\[facet '([A-Za-z]+)'\\]",
    [RE_TYPE] = "^'(.*)' is not a valid value of the (?:local )?(?:atomic|list|union) type '(?:\\{[^}]*\\})?([^']+)'",
    [RE_IDC_DUP] = "^Duplicate key-sequence \\['(.*)'\\] in (?:unique|key) identity-constraint '(?:\\{[^}]*\\})?([^']+)'",
    [RE_IDC_REF] = "^No match found for key-sequence \\['(.*)'\\] of keyref '(?:\\{[^}]*\\})?([^']+)'",
    [RE_ATTR_REQUIRED] = "^The attribute '([^']+)' is required but missing",
    [RE_BOUND] = "allowed \\('([^']*)'\\)",
    [RE_SET] = "element of the set \\{(.*)\\}",
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

int validate_init(void)
{
    for (int i = 0; i < RE_COUNT; i++)
        if (!(re[i] = compile(re_source[i])))
            return -1;
    schema_submission = parse_schema(lkj_schema_submission, lkj_schema_submission_size);
    schema_workspace = parse_schema(lkj_schema_workspace, lkj_schema_workspace_size);
    return schema_submission && schema_workspace ? 0 : -1;
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
    schema_submission = schema_workspace = NULL;
}

/* ------------------------------------------------------------------ */
/* Root detection                                                      */
/* ------------------------------------------------------------------ */

static int is_xinclude_ns(const xmlNs *ns)
{
    return ns && (strcmp((const char *)ns->href, "http://www.w3.org/2001/XInclude") == 0 ||
                  strcmp((const char *)ns->href, "http://www.w3.org/2003/XInclude") == 0);
}

/* Namespaces are shared nodes: remembering the last one found harmless
 * saves a string comparison per element. */
static xmlNodePtr find_xinclude(xmlNodePtr node, const xmlNs **harmless)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (node->ns && node->ns != *harmless) {
            if (is_xinclude_ns(node->ns))
                return node;
            *harmless = node->ns;
        }
        xmlNodePtr found = find_xinclude(node->children, harmless);
        if (found)
            return found;
    }
    return NULL;
}

lkj_doc_kind validate_detect(load_doc *ld, lkj_diags *d)
{
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    diag_loc loc;
    const xmlNs *harmless = NULL;
    xmlNodePtr xi = find_xinclude(root, &harmless);
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
    DIAG(d, D_XML_NOT_LKJIP, &loc, (const char *)root->name, ns);
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
static const char *group(const match *m, int g, char *out, size_t size)
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

/* "{urn:...}a, {urn:...}b" -> "<a>, <b>"; returns how many names. */
static int expected_names(const char *list, char *out, size_t size)
{
    int count = 0;
    size_t o = 0;
    out[0] = '\0';
    for (const char *p = list; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        if (*p == '{') {
            const char *close = strchr(p, '}');
            if (!close)
                break;
            p = close + 1;
        }
        const char *start = p;
        while (*p && *p != ',' && *p != ' ')
            p++;
        if (p == start)
            break;
        int w = snprintf(out + o, size - o, "%s<%.*s>", count ? ", " : "", (int)(p - start), start);
        if (w < 0 || (size_t)w >= size - o)
            break;
        o += (size_t)w;
        count++;
    }
    return count;
}

/* The first name of an expected list, without namespace or brackets. */
static void first_expected(const char *list, char *out, size_t size)
{
    const char *p = list;
    if (*p == '{') {
        const char *close = strchr(p, '}');
        p = close ? close + 1 : p;
    }
    size_t n = strcspn(p, ", ");
    if (n >= size)
        n = size - 1;
    memcpy(out, p, n);
    out[n] = '\0';
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
        strcpy(out + 57, "...");
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
    const char *attr; /* the attribute holding the value */
} constraint_text;

static const constraint_text constraint_texts[] = {
    {"id-unik", {"id", "the id"}, "id"},
    {"kode-program-unik", {"kode program", "the program code"}, "kode"},
    {"kode-kegiatan-unik", {"kode kegiatan", "the kegiatan code"}, "kode"},
    {"kode-sub-kegiatan-unik", {"kode sub kegiatan", "the sub kegiatan code"}, "kode"},
    {"kunci-pk", {"versi perjanjian kinerja", "the perjanjian kinerja version"}, "versi"},
    {"bab-unik", {"bab narasi", "the narrative chapter"}, "bab"},
    {"skala-unik", {"id skala", "the scale id"}, "id"},
    {"tingkat-unik", {"kode tingkat skala", "the scale grade code"}, "kode"},
    {"kategori-unik", {"kode kategori", "the category code"}, "kode"},
    {"program-mendukung-sasaran", {"sasaran", "the sasaran"}, "mendukung"},
    {"tujuan-misi", {"misi", "the misi"}, "misi"},
    {"indikator-skala", {"skala", "the skala"}, "skala"},
    {"target-pk-versi", {"perjanjian kinerja versi", "the perjanjian kinerja version"}, "versi"},
};

static const constraint_text *find_constraint(const char *name)
{
    for (size_t i = 0; i < sizeof constraint_texts / sizeof constraint_texts[0]; i++)
        if (strcmp(constraint_texts[i].name, name) == 0)
            return &constraint_texts[i];
    return NULL;
}

/* Keyref errors may come without a node: find the element by its name and
 * the referring value. */
static xmlNodePtr find_element_with_value(xmlNodePtr node, const char *name, const char *attr,
                                          const char *value)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)node->name, name) == 0) {
            xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)attr);
            int same = v && strcmp((const char *)v, value) == 0;
            xmlFree(v);
            if (same)
                return node;
        }
        xmlNodePtr found = find_element_with_value(node->children, name, attr, value);
        if (found)
            return found;
    }
    return NULL;
}

/* The first two elements (named only, or any) whose attr equals value. */
static void find_uses(xmlNodePtr node, const char *only, const char *attr, const char *value,
                      xmlNodePtr uses[2], size_t *found)
{
    for (; node && *found < 2; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (!only || strcmp((const char *)node->name, only) == 0) {
            xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)attr);
            if (v && strcmp((const char *)v, value) == 0)
                uses[(*found)++] = node;
            xmlFree(v);
        }
        find_uses(node->children, only, attr, value, uses, found);
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

static void map_content(mapper *mp, const raw_error *e, xmlNodePtr node, const char *elem,
                        const char *ns, const char *rest)
{
    char label[256], parent_label[256], names[512], hint[700], list[512];
    diag_loc loc;
    locate(mp, node, NULL, e->line, &loc);
    node_label(mp->d, node, label, sizeof label);
    if (strstr(rest, "Character content other than whitespace")) {
        emit(mp, D_XSD_TEXT, &loc, e->code, label, NULL, NULL, NULL);
        return;
    }
    int has_expected = match_re(&mp->m, RE_EXPECTED, rest);
    if (has_expected)
        group(&mp->m, 1, list, sizeof list);
    int count = has_expected ? expected_names(list, names, sizeof names) : 0;

    if (strstr(rest, "Missing child element")) {
        char missing[300];
        snprintf(missing, sizeof missing, count > 1 ? "%s %s" : "%s%s",
                 count > 1 ? (mp->lang ? "one of" : "salah satu dari") : "", names);
        emit(mp, D_XSD_MISSING_ELEMENT, &loc, e->code, label, missing, NULL, NULL);
        return;
    }
    /* "This element is not expected". */
    xmlNodePtr parent = node && node->parent && node->parent->type == XML_ELEMENT_NODE ? node->parent : NULL;
    node_label(mp->d, parent, parent_label, sizeof parent_label);
    if (count == 1) {
        char want[128];
        first_expected(list, want, sizeof want);
        if (edit_distance(elem, want) > 2 && ns[0]) {
            /* Only one element may stand here and this is not a misspelling
             * of it: the required element is missing. */
            emit(mp, D_XSD_MISSING_ELEMENT, &loc, e->code, parent_label, names, NULL, NULL);
            return;
        }
    }
    if (!ns[0]) {
        snprintf(hint, sizeof hint, "%s",
                 mp->lang ? "this element has no namespace: the root element needs xmlns=\"urn:lkjip:submission:1\""
                          : "elemen ini tanpa namespace: elemen akar perlu xmlns=\"urn:lkjip:submission:1\"");
    } else if (count == 1) {
        snprintf(hint, sizeof hint, mp->lang ? "did you mean %s?" : "maksud Anda %s?", names);
    } else if (count > 1) {
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

static void map_value(mapper *mp, const raw_error *e, xmlNodePtr node, const char *elem,
                      const char *attr, const char *rest, const raw_error *next)
{
    char label[256], value[128], buf[512], hint[512], facet[32];
    diag_loc loc;
    locate(mp, node, attr, e->line, &loc);
    node_label(mp->d, node, label, sizeof label);
    value_of(node, attr, value, sizeof value);
    (void)next;

    if (match_re(&mp->m, RE_TYPE, rest)) {
        char type[64];
        group(&mp->m, 1, value, sizeof value);
        group(&mp->m, 2, type, sizeof type);
        const type_text *t = find_type_text(strncmp(type, "xs:", 3) == 0 ? type + 3 : type);
        const char *desc = t ? t->desc[mp->lang] : type;
        if (t && (strcmp(type, "Angka") == 0 || strcmp(type, "Rupiah") == 0 || strcmp(type, "decimal") == 0))
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
        if (match_re(&mp->m, RE_BOUND, rest))
            group(&mp->m, 1, bound, sizeof bound);
        else
            bound[0] = '\0';
        int upper = facet[1] == 'a';
        snprintf(buf, sizeof buf, "(%s %s)", upper ? (mp->lang ? "at most" : "maks.") : (mp->lang ? "at least" : "min."),
                 bound);
        emit(mp, D_XSD_RANGE, &loc, e->code, label, buf, value, NULL);
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
    const char *attr = c ? c->attr : "";
    const char *what = c ? c->what[mp->lang] : name;
    xmlNodePtr root = xmlDocGetRootElement(mp->ld->doc);
    if (dup && c) {
        /* Point at the second use and name the line of the first. */
        const char *only = strcmp(name, "id-unik") == 0 ? NULL : elem;
        xmlNodePtr uses[2] = {NULL, NULL};
        size_t found = 0;
        find_uses(root, only, attr, value, uses, &found);
        diag_loc first_loc;
        char first_line[32] = "?";
        if (found == 2) {
            locate(mp, uses[0], attr, e->line, &first_loc);
            snprintf(first_line, sizeof first_line, "%lu", first_loc.line);
            node = uses[1];
        }
        locate(mp, node, attr, e->line, &loc);
        emit(mp, D_XSD_DUPLICATE, &loc, e->code, NULL, what, value, first_line);
        return;
    }
    if (!node && c)
        node = find_element_with_value(root, elem, attr, value);
    locate(mp, node, attr, e->line, &loc);
    if (dup) {
        emit(mp, D_XSD_DUPLICATE, &loc, e->code, NULL, what, value, "?");
        return;
    }
    node_label(mp->d, node, label, sizeof label);
    if (!node)
        snprintf(label, sizeof label, "%s", elem);
    emit(mp, D_XSD_DANGLING, &loc, e->code, label, what, value, NULL);
}

static void map_error(mapper *mp, const raw_error *e, const raw_error *next)
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
    if (strstr(rest, "not expected") || strstr(rest, "Missing child") || strstr(rest, "Character content")) {
        map_content(mp, e, node, elem, ns, rest);
        return;
    }
    if (strstr(rest, "[facet '") || strstr(rest, "is not a valid value")) {
        map_value(mp, e, node, elem, attr, rest, next);
        return;
    }
    if (strstr(rest, "is not expected") == NULL && strstr(rest, "Element content is not allowed")) {
        char label[256];
        locate(mp, node, NULL, e->line, &loc);
        node_label(mp->d, node, label, sizeof label);
        emit(mp, D_XSD_TEXT, &loc, e->code, label, NULL, NULL, NULL);
        return;
    }
    locate(mp, node, attr, e->line, &loc);
    emit(mp, D_XSD_OTHER, &loc, e->code, rest, NULL, NULL, NULL);
}

/* Errors come in document order except identity constraints, which
 * libxml2 reports when their scope element closes: diag_sort_from puts
 * them in place so that the output reads top to bottom. */

int validate_doc(load_doc *ld, lkj_doc_kind kind, lkj_diags *d)
{
    xmlSchemaPtr schema = kind == LKJ_DOC_WORKSPACE ? schema_workspace : schema_submission;
    diag_loc file_loc = {ld->name, 0, 0};
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
    if (!vctxt) {
        DIAG0(d, D_NO_MEMORY, &file_loc);
        return LKJ_EXIT_IO;
    }
    raw_errors errs = {0};
    xmlSchemaSetValidStructuredErrors(vctxt, collect_error, &errs);
    int rc = xmlSchemaValidateDoc(vctxt, ld->doc);
    xmlSchemaFreeValidCtxt(vctxt);

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
    if (errs.count > 0) {
        mapper mp = {ld, d, {pcre2_match_data_create(16, NULL), NULL},
                     lkj_diags_lang(d) == LKJ_LANG_EN, 0, 0, -1, ""};
        size_t first = lkj_diags_count(d);
        if (!mp.m.md) {
            DIAG0(d, D_NO_MEMORY, &file_loc);
            status = LKJ_EXIT_IO;
        } else {
            for (size_t i = 0; i < errs.count; i++)
                map_error(&mp, &errs.items[i], i + 1 < errs.count ? &errs.items[i + 1] : NULL);
            pcre2_match_data_free(mp.m.md);
            diag_sort_from(d, first);
        }
        if (status == LKJ_EXIT_OK)
            status = LKJ_EXIT_PROBLEMS;
    }
    for (size_t i = 0; i < errs.count; i++)
        free(errs.items[i].message);
    free(errs.items);
    return status;
}

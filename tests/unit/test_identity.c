/*
 * test_identity.c — the fast path of validation (identity.c: the schema
 * without its identity constraints, then the constraints in C) against the
 * whole schema, on the samples and on one mutation per kind of constraint.
 *
 * For every document: when the fast path says "valid", the whole schema
 * must say so too (never a missed error), and validate_doc's diagnostics
 * are exactly the whole schema's. Each case also pins the fast path's
 * answer, so that it keeps accepting real submissions (or it would speed
 * nothing up) and keeps refusing each kind of broken constraint.
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "identity.h"
#include "lkjip/lkjip.h"
#include "load.h"
#include "validate.h"

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t len = 0, cap = 0, n;
    char chunk[65536];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            char *grown = realloc(text, cap);
            if (!grown) {
                free(text);
                fclose(f);
                return NULL;
            }
            text = grown;
        }
        memcpy(text + len, chunk, n);
        len += n;
    }
    fclose(f);
    if (text)
        text[len] = '\0';
    return text;
}

/* text with its nth (1-based) occurrence of from replaced by to; NULL
 * when there is no such occurrence. */
static char *replaced(const char *text, const char *from, const char *to, int nth)
{
    const char *at = text;
    for (int i = 0; at && i < nth; i++) {
        at = strstr(i == 0 ? at : at + 1, from);
    }
    if (!at)
        return NULL;
    size_t head = (size_t)(at - text), from_len = strlen(from), to_len = strlen(to);
    size_t tail = strlen(at + from_len);
    char *out = malloc(head + to_len + tail + 1);
    if (!out)
        return NULL;
    memcpy(out, text, head);
    memcpy(out + head, to, to_len);
    memcpy(out + head + to_len, at + from_len, tail + 1);
    return out;
}

/* text with the element starting at the first "<open" copied after
 * itself, its first "from" replaced by "to" in the copy. */
static char *element_doubled(const char *text, const char *open, const char *close, const char *from,
                             const char *to)
{
    const char *start = strstr(text, open);
    const char *end = start ? strstr(start, close) : NULL;
    if (!end)
        return NULL;
    end += strlen(close);
    size_t n = (size_t)(end - start);
    char *copy = malloc(n + 1);
    if (!copy)
        return NULL;
    memcpy(copy, start, n);
    copy[n] = '\0';
    char *changed = replaced(copy, from, to, 1);
    free(copy);
    if (!changed)
        return NULL;
    size_t head = (size_t)(end - text), add = strlen(changed), tail = strlen(end);
    char *out = malloc(head + add + tail + 1);
    if (out) {
        memcpy(out, text, head);
        memcpy(out + head, changed, add);
        memcpy(out + head + add, end, tail + 1);
    }
    free(changed);
    return out;
}

static int same_diags(const lkj_diags *a, const lkj_diags *b)
{
    if (lkj_diags_count(a) != lkj_diags_count(b))
        return 0;
    for (size_t i = 0; i < lkj_diags_count(a); i++) {
        const lkj_diag *x = lkj_diags_at(a, i), *y = lkj_diags_at(b, i);
        if (strcmp(x->code, y->code) != 0 || x->line != y->line || x->column != y->column ||
            strcmp(x->message, y->message) != 0 || strcmp(x->hint, y->hint) != 0)
            return 0;
    }
    return 1;
}

/* Checks one document: want_fast is the fast path's expected answer,
 * want_valid the whole schema's. */
static void check_case(const char *name, const char *text, int want_fast, int want_valid)
{
    char label[160];
    if (!text) {
        snprintf(label, sizeof label, "identity.%s.built", name);
        unit_ok(label, 0, "the mutation did not apply to the sample");
        return;
    }
    load_doc ld = {0};
    ld.name = name;
    ld.len = strlen(text);
    ld.bytes = malloc(ld.len + 1);
    lkj_diags *parse = lkj_diags_new(LKJ_LANG_EN);
    lkj_diags *fast = lkj_diags_new(LKJ_LANG_EN);
    lkj_diags *whole = lkj_diags_new(LKJ_LANG_EN);
    if (!ld.bytes || !parse || !fast || !whole) {
        unit_ok(name, 0, "out of memory");
        free(ld.bytes);
        lkj_diags_free(parse);
        lkj_diags_free(fast);
        lkj_diags_free(whole);
        return;
    }
    memcpy(ld.bytes, text, ld.len + 1);
    int parsed = load_parse(&ld, parse) == LKJ_EXIT_OK;
    snprintf(label, sizeof label, "identity.%s.parsed", name);
    unit_ok(label, parsed, "the document does not parse");
    if (parsed) {
        int fast_valid = validate_fast_valid(ld.doc);
        int status_fast = validate_doc(&ld, LKJ_DOC_SUBMISSION, fast);
        int status_whole = validate_doc_whole(&ld, LKJ_DOC_SUBMISSION, whole);
        snprintf(label, sizeof label, "identity.%s.sound", name);
        unit_ok(label, !fast_valid || status_whole == LKJ_EXIT_OK,
                "the fast path accepts what the whole schema rejects");
        snprintf(label, sizeof label, "identity.%s.same-diagnostics", name);
        unit_ok(label, status_fast == status_whole && same_diags(fast, whole),
                "validate_doc and the whole schema disagree");
        snprintf(label, sizeof label, "identity.%s.fast", name);
        unit_int(label, fast_valid, want_fast);
        snprintf(label, sizeof label, "identity.%s.valid", name);
        unit_int(label, status_whole == LKJ_EXIT_OK, want_valid);
    }
    load_doc_free(&ld);
    lkj_diags_free(parse);
    lkj_diags_free(fast);
    lkj_diags_free(whole);
}

typedef struct mutation {
    const char *name;
    const char *from, *to;
    int nth;
    int want_fast, want_valid;
} mutation;

/* On samples/kab-sukamaju/kab-sukamaju.xml (misi, skala, tujuan, target-pk,
 * perjanjian kinerja, narasi). */
static const mutation pemda_mutations[] = {
    {"indikator-id-twice", "id=\"KAB-UHH\"", "id=\"KAB-IPM\"", 1, 0, 0},
    {"sasaran-id-is-an-indikator-id", "<sasaran id=\"KAB-S2\"", "<sasaran id=\"KAB-AKI\"", 1, 0, 0},
    {"misi-id-twice", "<misi id=\"KAB-M2\"", "<misi id=\"KAB-M1\"", 1, 0, 0},
    {"skala-id-twice", "<skala id=\"predikat-sakip\"", "<skala id=\"opini-bpk\"", 1, 0, 0},
    {"tujuan-misi-dangling", "misi=\"KAB-M2\"", "misi=\"KAB-M9\"", 1, 0, 0},
    {"indikator-skala-dangling", "skala=\"opini-bpk\"", "skala=\"opini-xyz\"", 1, 0, 0},
    {"target-pk-versi-dangling", "<target-pk versi=\"1\"", "<target-pk versi=\"2\"", 1, 0, 0},
    /* "01" is 1 for xs:positiveInteger: valid, but bytes do not show it. */
    {"target-pk-versi-leading-zero", "<target-pk versi=\"1\"", "<target-pk versi=\"01\"", 1, 0, 1},
    {"target-pk-versi-default", "<target-pk versi=\"1\" nilai=\"73.25\"/>", "<target-pk nilai=\"73.25\"/>", 1, 1, 1},
    {"narasi-bab-twice", "<narasi bab=\"pendahuluan\">", "<narasi bab=\"ikhtisar\">", 1, 0, 0},
    /* xs:token: " penutup" is "penutup"; white space sends it to the schema. */
    {"narasi-bab-space", "<narasi bab=\"penutup\">", "<narasi bab=\" penutup\">", 1, 0, 1},
    {"narasi-bab-twice-after-space", "<narasi bab=\"pendahuluan\">", "<narasi bab=\" ikhtisar \">", 1, 0, 0},
    {"tingkat-kode-twice-in-a-skala", "kode=\"WDP\"", "kode=\"WTP\"", 1, 0, 0},
    {"tingkat-kode-in-two-skala", "kode=\"AA\"", "kode=\"WTP\"", 1, 1, 1},
    {"character-reference", "id=\"KAB-UHH\"", "id=\"KAB-&#85;HH\"", 1, 1, 1},
};

/* On samples/kab-sukamaju/opd-dinkes.xml (program, kegiatan, sub kegiatan). */
static const mutation opd_mutations[] = {
    {"program-kode-twice", "<program kode=\"1.02.02\"", "<program kode=\"1.02.01\"", 1, 0, 0},
    {"kegiatan-kode-twice", "<kegiatan kode=\"1.02.01.2.08\"", "<kegiatan kode=\"1.02.01.2.01\"", 1, 0, 0},
    {"sub-kegiatan-kode-twice", "<sub-kegiatan kode=\"1.02.01.2.01.0006\"",
     "<sub-kegiatan kode=\"1.02.01.2.01.0001\"", 1, 0, 0},
    {"program-mendukung-dangling", "mendukung=\"DINKES-S1\"", "mendukung=\"DINKES-S9\"", 1, 0, 0},
};

static void check_mutations(const char *path, const mutation *m, size_t count)
{
    char *text = read_text(path);
    unit_ok(path, text != NULL, "cannot read the sample");
    if (!text)
        return;
    for (size_t i = 0; i < count; i++) {
        char *changed = replaced(text, m[i].from, m[i].to, m[i].nth);
        check_case(m[i].name, changed, m[i].want_fast, m[i].want_valid);
        free(changed);
    }
    free(text);
}

int main(void)
{
    if (lkj_init() != 0) {
        unit_ok("identity.init", 0, "lkj_init failed");
        return unit_exit();
    }
    unit_int("identity.fast-path-on", validate_fast_path(), 1);
    /* The start-up guard: a constraint counts as checked only as written. */
    unit_int("identity.known.as-written",
             identity_known("submisi", "keyref", "tujuan-misi", "kunci-misi", "s:tujuan", "@misi"), 1);
    unit_int("identity.known.other-selector",
             identity_known("submisi", "unique", "id-unik", NULL, "s:unit|s:misi", "@id"), 0);
    unit_int("identity.known.other-field",
             identity_known("submisi", "unique", "bab-unik", NULL, "s:narasi", "@judul"), 0);
    unit_int("identity.known.other-scope",
             identity_known("submisi", "unique", "tingkat-unik", NULL, "s:tingkat", "@kode"), 0);
    unit_int("identity.known.other-kind",
             identity_known("submisi", "unique", "kunci-pk", NULL, "s:perjanjian-kinerja", "@versi"), 0);
    unit_int("identity.known.other-key",
             identity_known("submisi", "keyref", "tujuan-misi", "kunci-skala", "s:tujuan", "@misi"), 0);
    unit_int("identity.known.unknown-name",
             identity_known("submisi", "unique", "nama-unik", NULL, "s:program", "@nama"), 0);

    static const char *const samples[] = {
        "samples/provinsi/prov-jateng.xml",        "samples/kab-sukamaju/kab-sukamaju.xml",
        "samples/kab-sukamaju/opd-bappeda.xml",    "samples/kab-sukamaju/opd-dinkes.xml",
        "samples/kab-sukamaju/opd-disdikbud.xml",  "samples/kab-sukamaju/opd-dlh.xml",
        "samples/kab-sukamaju/opd-dpupr.xml",
    };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char *text = read_text(samples[i]);
        check_case(strrchr(samples[i], '/') + 1, text, 1, 1);
        free(text);
    }
    check_mutations("samples/kab-sukamaju/kab-sukamaju.xml", pemda_mutations,
                    sizeof pemda_mutations / sizeof pemda_mutations[0]);
    check_mutations("samples/kab-sukamaju/opd-dinkes.xml", opd_mutations,
                    sizeof opd_mutations / sizeof opd_mutations[0]);

    /* Two Perjanjian Kinerja: versi 1 twice is a duplicate key; 1 and 2 are fine. */
    char *pemda = read_text("samples/kab-sukamaju/kab-sukamaju.xml");
    if (pemda) {
        char *twice = element_doubled(pemda, "<perjanjian-kinerja", "</perjanjian-kinerja>", "versi=\"1\"",
                                      "versi=\"1\"");
        check_case("pk-versi-twice", twice, 0, 0);
        free(twice);
        char *second = element_doubled(pemda, "<perjanjian-kinerja", "</perjanjian-kinerja>", "versi=\"1\"",
                                       "versi=\"2\"");
        check_case("pk-versi-1-and-2", second, 1, 1);
        free(second);
        free(pemda);
    }
    lkj_cleanup();
    return unit_exit();
}

/*
 * lke_out.c — the evaluation's documents written (docs/lke.md §5): each
 * presented document (present_lke.c) through lkjip-html.xsl and
 * lkjip-docbook.xsl into DIR/UNIT/evaluasi.{html,xml}, and the table of all
 * units into DIR/rekap-evaluasi.{html,xml}. File names come from the
 * unit's id made safe (output_safe_name), never raw; every file goes
 * through a temporary file and a rename. The rapor's capaian and serapan
 * are read from the ir.xml files of a build (--ir DIR), lkjip's own
 * output: parsed without network or entities, bounded in size and depth.
 */
#define _POSIX_C_SOURCE 200809L
#include "lke_out.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "emit.h"
#include "load.h"
#include "output.h"
#include "present.h"

#define IR_NS "urn:lkjip:report:1"
/* How deep under --ir DIR an ir.xml may be (DIR/pemda/opd/ir.xml is 2). */
#define IR_DEPTH 4
#define IR_FILES_MAX 4096

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

static int write_file(const char *dir, const char *folder, const char *name, const void *data, size_t length,
                      lkj_diags *d)
{
    char parent[4200], path[sizeof parent + 200];
    snprintf(parent, sizeof parent, "%s%s%s", dir, folder ? "/" : "", folder ? folder : "");
    snprintf(path, sizeof path, "%s/%s", parent, name);
    if (output_make_dirs(parent) == 0 && output_write_atomic_fast(path, data, length) == 0)
        return LKJ_EXIT_OK;
    diag_loc loc = {path, 0, 0};
    DIAG(d, D_IO_WRITE, &loc, strerror(errno ? errno : EIO));
    return LKJ_EXIT_IO;
}

/* The presented document itself as folder/base-present.xml. */
static int write_presented(const lke_out_options *o, xmlDocPtr doc, const char *folder, const char *base,
                           lkj_diags *d)
{
    xmlChar *data = NULL;
    int size = 0;
    unsigned long failures = load_memory_failures();
    xmlDocDumpFormatMemoryEnc(doc, &data, &size, "UTF-8", 1);
    int rc;
    if (!data || size < 0 || load_memory_failures() != failures) {
        diag_loc loc = {o->dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        rc = LKJ_EXIT_IO;
    } else {
        char name[160];
        snprintf(name, sizeof name, "%s-present.xml", base);
        rc = write_file(o->dir, folder, name, data, (size_t)size, d);
    }
    xmlFree(data);
    return rc;
}

/* doc through the stylesheets of o->formats into folder/base.{html,xml}
 * (and itself into base-present.xml). */
static int write_document(const lke_out_options *o, xmlDocPtr doc, const char *folder, const char *base,
                          lkj_diags *d)
{
    static const struct {
        unsigned format;
        emit_kind kind;
        const char *ext;
    } kinds[] = {{LKE_OUT_HTML, EMIT_LKJIP_HTML, "html"}, {LKE_OUT_DOCBOOK, EMIT_LKJIP_DOCBOOK, "xml"}};
    if (!doc) {
        diag_loc loc = {o->dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    int rc = o->formats & LKE_OUT_PRESENT ? write_presented(o, doc, folder, base, d) : LKJ_EXIT_OK;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0] && rc == LKJ_EXIT_OK; i++) {
        if (!(o->formats & kinds[i].format))
            continue;
        emit_result r = {0};
        char name[160];
        snprintf(name, sizeof name, "%s.%s", base, kinds[i].ext);
        if (emit_transform(kinds[i].kind, doc, NULL, o->lang, &r, d) != 0)
            rc = LKJ_EXIT_IO;
        else
            rc = write_file(o->dir, folder, name, r.data, r.length, d);
        emit_result_free(&r);
    }
    xmlFreeDoc(doc);
    return rc;
}

/* Two units whose ids make the same folder name ('dinkes', 'DINKES') would
 * overwrite each other's documents: LKJ0816 on the second, before anything
 * is written. */
int lke_out_folders_clash(const lke_unit_view *units, size_t count, lkj_diags *d)
{
    for (size_t i = 0; i < count; i++) {
        char mine[80], theirs[80];
        if (!units[i].answers)
            continue;
        output_safe_name(units[i].answers->unit, mine, sizeof mine);
        for (size_t k = 0; k < i; k++) {
            if (!units[k].answers)
                continue;
            output_safe_name(units[k].answers->unit, theirs, sizeof theirs);
            if (strcmp(mine, theirs) == 0) {
                const lke_answers *a = units[i].answers;
                diag_loc loc = {a->file, a->unit_line, a->unit_column};
                DIAG(d, D_LKE_DUPLICATE_UNIT, &loc, a->unit, units[k].answers->file);
                return 1;
            }
        }
    }
    return 0;
}

int lke_out_write(const lke_out_options *o, const lke *l, const lke_unit_view *units, size_t count, lkj_diags *d)
{
    if (lke_out_folders_clash(units, count, d))
        return LKJ_EXIT_PROBLEMS;
    unsigned mask = 0;
    if (o->formats & LKE_OUT_HTML)
        mask |= 1u << EMIT_LKJIP_HTML;
    if (o->formats & LKE_OUT_DOCBOOK)
        mask |= 1u << EMIT_LKJIP_DOCBOOK;
    if (emit_init(o->stylesheets, mask, d) != 0) {
        emit_cleanup();
        return LKJ_EXIT_IO;
    }
    int rc = LKJ_EXIT_OK;
    size_t written = 0;
    for (size_t i = 0; i < count && rc == LKJ_EXIT_OK; i++) {
        if (!units[i].answers)
            continue;
        char folder[80];
        output_safe_name(units[i].answers->unit, folder, sizeof folder);
        rc = write_document(o, present_lke_unit(l, &units[i], o->lang), folder, "evaluasi", d);
        written++;
    }
    if (rc == LKJ_EXIT_OK && written > 1)
        rc = write_document(o, present_lke_summary(l, units, count, o->lang), NULL, "rekap-evaluasi", d);
    emit_cleanup();
    return rc;
}

/* ------------------------------------------------------------------ */
/* The rapor: the units' reports (IR)                                  */
/* ------------------------------------------------------------------ */

struct lke_irs {
    xmlDocPtr *docs;
    size_t count, capacity;
    char (*periods)[160];
};

void lke_out_free_irs(lke_irs *irs)
{
    if (!irs)
        return;
    for (size_t i = 0; i < irs->count; i++)
        xmlFreeDoc(irs->docs[i]);
    free(irs->docs);
    free(irs->periods);
    free(irs);
}

static const char *const ROMAN[] = {"I", "II", "III", "IV"};

/* "Tahun 2025", "Triwulan III Tahun 2025", "Semester 1 …" from r:periode. */
static void period_words(const xmlNode *period, lkj_lang lang, char *out, size_t size)
{
    const char *jenis = ir_attr_or_empty(period, "jenis"), *tahun = ir_attr_or_empty(period, "tahun");
    const char *ke = ir_attr_or_empty(period, "ke");
    int en = lang == LKJ_LANG_EN, n = atoi(ke);
    if (strcmp(jenis, "triwulan") == 0 && n >= 1 && n <= 4)
        snprintf(out, size, en ? "Quarter %s %s" : "Triwulan %s Tahun %s", ROMAN[n - 1], tahun);
    else if (strcmp(jenis, "tahun") == 0 || !*ke)
        snprintf(out, size, en ? "Year %s" : "Tahun %s", tahun);
    else
        snprintf(out, size, en ? "%s %s, %s" : "%s %s Tahun %s", jenis, ke, tahun);
}

static int is_report(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    return root && root->ns && xmlStrEqual(root->ns->href, BAD_CAST IR_NS) &&
           xmlStrEqual(root->name, BAD_CAST "laporan");
}

static int keep_ir(lke_irs *irs, const char *path, const lkj_limits *limits, lkj_diags *d)
{
    if (irs->count == irs->capacity) {
        size_t cap = irs->capacity ? irs->capacity * 2 : 16;
        xmlDocPtr *docs = cap <= IR_FILES_MAX ? realloc(irs->docs, cap * sizeof(xmlDocPtr)) : NULL;
        if (!docs)
            return 0; /* more reports than a rapor holds: the rest are not read */
        irs->docs = docs;
        irs->capacity = cap;
    }
    size_t length = 0;
    unsigned char *data = output_read_regular(AT_FDCWD, path, limits->max_input_bytes, &length);
    if (!data) {
        diag_loc loc = {path, 0, 0};
        DIAG(d, D_IO_READ, &loc, strerror(errno ? errno : EIO));
        return -1;
    }
    xmlDocPtr doc = length <= INT_MAX ? xmlReadMemory((const char *)data, (int)length, path, NULL,
                                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
                                      : NULL;
    free(data);
    if (!doc || !is_report(doc)) {
        xmlFreeDoc(doc); /* not a report of lkjip's: not part of the rapor */
        return 0;
    }
    irs->docs[irs->count++] = doc;
    return 0;
}

/* Every ir.xml under dir (not through symlinks), in name order. */
static int walk(lke_irs *irs, const char *dir, int depth, const lkj_limits *limits, lkj_diags *d)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, NULL, alphasort);
    if (n < 0) {
        if (depth > 0)
            return 0;
        diag_loc loc = {dir, 0, 0};
        DIAG(d, D_IO_READ, &loc, strerror(errno));
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        char path[4200];
        struct stat st;
        if (rc == 0 && name[0] != '.' && snprintf(path, sizeof path, "%s/%s", dir, name) < (int)sizeof path &&
            lstat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode) && depth < IR_DEPTH)
                rc = walk(irs, path, depth + 1, limits, d);
            else if (S_ISREG(st.st_mode) && strcmp(name, "ir.xml") == 0)
                rc = keep_ir(irs, path, limits, d);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

static const char *ok_attr(const xmlNode *n, const char *name)
{
    return n && strcmp(ir_attr_or_empty(n, "status"), "ok") == 0 ? ir_attr(n, name) : NULL;
}

int lke_out_read_irs(const lke_out_options *o, lke_unit_view *units, size_t count, lke_irs **out, lkj_diags *d)
{
    lke_irs *irs = calloc(1, sizeof *irs);
    *out = irs;
    if (!irs) {
        diag_loc loc = {o->ir_dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    unsigned long failures = load_memory_failures();
    if (walk(irs, o->ir_dir, 0, o->limits, d) != 0)
        return -1;
    if (load_memory_failures() != failures) { /* a report may have been taken for none */
        diag_loc loc = {o->ir_dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    irs->periods = calloc(irs->count + 1, sizeof *irs->periods);
    if (!irs->periods) {
        diag_loc loc = {o->ir_dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return -1;
    }
    for (size_t k = 0; k < irs->count; k++) {
        const xmlNode *root = xmlDocGetRootElement(irs->docs[k]);
        const char *id = ir_attr(ir_child(root, "unit"), "id");
        period_words(ir_child(root, "periode"), o->lang, irs->periods[k], sizeof irs->periods[k]);
        for (size_t i = 0; id && i < count; i++) {
            if (!units[i].answers || strcmp(units[i].answers->unit, id) != 0 || units[i].period)
                continue;
            units[i].capaian = ok_attr(ir_child(root, "capaian"), "tampil");
            units[i].serapan = ok_attr(ir_child(root, "anggaran"), "serapan-tampil");
            units[i].period = irs->periods[k];
        }
    }
    return 0;
}

/*
 * build.c — evaluate, lower, write. Deterministic: units in input order,
 * no clock (the date comes from the profile or SOURCE_DATE_EPOCH).
 */
#include "build.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/tree.h>

#include "diag.h"
#include "emit.h"
#include "evaluate.h"
#include "lower.h"
#include "output.h"

/* The report date: the profile's tanggal-laporan, else SOURCE_DATE_EPOCH
 * (reproducible builds), else none. */
static const char *report_date(const link_workspace *ws, char *buf, size_t size)
{
    if (ws->profile && ws->profile->report_date)
        return ws->profile->report_date;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch)
        return NULL;
    char *end;
    long long seconds = strtoll(epoch, &end, 10);
    if (*end || seconds < 0)
        return NULL;
    time_t t = (time_t)seconds;
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return NULL;
    strftime(buf, size, "%Y-%m-%d", &tm);
    return buf;
}

static void unit_dir(const build_options *o, const link_workspace *ws, size_t i, char *out, size_t size)
{
    const m_unit *u = ws->units[i];
    const m_unit *parent = ws->parents[i];
    char a[80], b[80];
    output_safe_name(u->id, b, sizeof b);
    if (u->level == M_LEVEL_OPD && parent) {
        output_safe_name(parent->id, a, sizeof a);
        snprintf(out, size, "%s/%s/%s", o->out_dir, a, b);
    } else {
        snprintf(out, size, "%s/%s", o->out_dir, b);
    }
}

int build_parse_formats(const char *list, unsigned *formats)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"ir", BUILD_IR}, {"html", BUILD_HTML}, {"docbook", BUILD_DOCBOOK}, {"pk", BUILD_PK}};
    *formats = 0;
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ",");
        size_t i = 0;
        while (i < sizeof names / sizeof names[0] && !(strlen(names[i].name) == n && strncmp(names[i].name, p, n) == 0))
            i++;
        if (i == sizeof names / sizeof names[0])
            return -1;
        *formats |= names[i].bit;
        p += n;
        if (*p == ',')
            p++;
    }
    return *formats ? 0 : -1;
}

unsigned build_emit_mask(unsigned formats)
{
    unsigned mask = 0;
    if (formats & BUILD_HTML)
        mask |= 1u << EMIT_LKJIP_HTML;
    if (formats & BUILD_DOCBOOK)
        mask |= 1u << EMIT_LKJIP_DOCBOOK;
    if (formats & BUILD_PK)
        mask |= 1u << EMIT_PK_HTML | 1u << EMIT_PK_DOCBOOK;
    return mask;
}

static int write_bytes(const char *dir, const char *name, const void *data, size_t length, lkj_diags *d)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (output_make_dirs(dir) == 0 && output_write_atomic(path, data, length) == 0)
        return LKJ_EXIT_OK;
    char why[4400];
    snprintf(why, sizeof why, "%s: %s", path, strerror(errno));
    diag_loc loc = {path, 0, 0};
    DIAG(d, D_IO_WRITE, &loc, why);
    return LKJ_EXIT_IO;
}

static int write_doc(xmlDocPtr doc, const char *dir, const char *name, lkj_diags *d)
{
    xmlChar *mem = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
    if (!mem) {
        diag_loc loc = {dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    int rc = write_bytes(dir, name, mem, (size_t)len, d);
    xmlFree(mem);
    return rc;
}

/* One document through its stylesheet: the document and, for DocBook, the
 * chart files beside it (written first, so the document never refers to a
 * file that is not there). */
static int write_emitted(emit_kind kind, xmlDocPtr ir, const build_options *o, const char *dir, lkj_diags *d,
                         size_t *written)
{
    emit_result r;
    if (emit_transform(kind, ir, o->english ? LKJ_LANG_EN : LKJ_LANG_ID, &r, d) != 0)
        return LKJ_EXIT_IO;
    int rc = LKJ_EXIT_OK;
    for (size_t i = 0; i < r.file_count && rc == LKJ_EXIT_OK; i++)
        rc = write_bytes(dir, r.files[i].name, r.files[i].data, r.files[i].length, d);
    if (rc == LKJ_EXIT_OK)
        rc = write_bytes(dir, emit_file_name(kind), r.data, r.length, d);
    *written += rc == LKJ_EXIT_OK;
    emit_result_free(&r);
    return rc;
}

static int write_unit(xmlDocPtr ir, const m_unit *u, const build_options *o, const char *dir, lkj_diags *d,
                      size_t *written)
{
    int rc = LKJ_EXIT_OK;
    if (o->formats & BUILD_IR) {
        rc = write_doc(ir, dir, "ir.xml", d);
        *written += rc == LKJ_EXIT_OK;
    }
    if (rc == LKJ_EXIT_OK && (o->formats & BUILD_HTML))
        rc = write_emitted(EMIT_LKJIP_HTML, ir, o, dir, d, written);
    if (rc == LKJ_EXIT_OK && (o->formats & BUILD_DOCBOOK))
        rc = write_emitted(EMIT_LKJIP_DOCBOOK, ir, o, dir, d, written);
    if (rc == LKJ_EXIT_OK && (o->formats & BUILD_PK) && u->pk_count > 0) {
        rc = write_emitted(EMIT_PK_HTML, ir, o, dir, d, written);
        if (rc == LKJ_EXIT_OK)
            rc = write_emitted(EMIT_PK_DOCBOOK, ir, o, dir, d, written);
    }
    return rc;
}

/* The caller's half of the zero-target policy: say so (LKJ0414). */
static void warn_zero_targets(const ev_workspace *ev, const meas_period *p, lkj_diags *d)
{
    char period[24];
    if (p->kind == MEAS_PERIOD_YEAR)
        snprintf(period, sizeof period, "%d", p->year);
    else
        snprintf(period, sizeof period, p->kind == MEAS_PERIOD_QUARTER ? "%d-Q%d" : "%d-%02d", p->year, p->index);
    for (size_t i = 0; i < ev->indicator_count; i++) {
        const ev_indicator *e = &ev->indicators[i];
        if (e->capaian.status != MEAS_NA_ZERO_TARGET)
            continue;
        diag_loc loc = {e->indicator->pos.file, e->indicator->pos.line, e->indicator->pos.column};
        DIAG(d, D_MEASURE_ZERO_TARGET, &loc, e->indicator->id, period);
    }
}

int build_outputs(const link_workspace *ws, const build_options *o, lkj_diags *d, size_t *written)
{
    *written = 0;
    meas_period period = o->period;
    if (!o->has_period)
        period = (meas_period){ws->year, MEAS_PERIOD_YEAR, 0};
    ev_workspace ev;
    if (evaluate_workspace(&ev, ws, &period) != 0) {
        evaluate_free(&ev);
        diag_loc loc = {o->out_dir, 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    warn_zero_targets(&ev, &period, d);
    char date[16];
    lower_options lo = {report_date(ws, date, sizeof date), o->english};
    int status = LKJ_EXIT_OK;
    for (size_t i = 0; i < ws->unit_count && status == LKJ_EXIT_OK; i++) {
        xmlDocPtr doc = lower_unit(&ev, ws->units[i], &lo);
        if (!doc) {
            diag_loc loc = {o->out_dir, 0, 0};
            DIAG0(d, D_NO_MEMORY, &loc);
            status = LKJ_EXIT_IO;
            break;
        }
        char dir[4096];
        unit_dir(o, ws, i, dir, sizeof dir);
        status = write_unit(doc, ws->units[i], o, dir, d, written);
        xmlFreeDoc(doc);
    }
    evaluate_free(&ev);
    return status;
}

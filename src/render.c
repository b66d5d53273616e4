/*
 * render.c — the only place diagnostics become text.
 */
#include "render.h"

#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"

struct render {
    FILE *out;
    render_format format;
    lkj_lang lang;
    xmlTextWriterPtr writer;
    FILE *log; /* --log: every line, text, with a UTC time stamp */
    int failed;
    int cached;        /* a cache was used: the summary says how much */
    size_t cache_hits;
};

void render_set_log(render *r, FILE *log) { r->log = log; }

/* The log is for cron: greppable lines "2026-11-22T23:20:05Z lkjip[1234] …".
 * Its time stamps are the only place lkjip reads the clock. */
static void log_line(render *r, const char *line)
{
    if (!r->log)
        return;
    time_t now = time(NULL);
    struct tm tm;
    char stamp[32] = "";
    if (gmtime_r(&now, &tm))
        strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fprintf(r->log, "%s lkjip[%ld] %s\n", stamp, (long)getpid(), line);
}

static void out_line(render *r, const char *line)
{
    if (r->format == RENDER_TEXT)
        fprintf(r->out, "%s\n", line);
    log_line(r, line);
}

void render_note(render *r, const char *line, int to_output)
{
    if (to_output && r->format == RENDER_TEXT)
        fprintf(r->out, "%s\n", line);
    log_line(r, line);
}

static const char *severity_attr(lkj_severity s)
{
    static const char *const names[] = {"note", "warning", "error", "fatal"};
    return names[s];
}

render *render_begin(FILE *out, render_format format, lkj_lang lang)
{
    render *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->out = out;
    r->format = format;
    r->lang = lang;
    if (format == RENDER_XML) {
        xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, NULL);
        r->writer = buf ? xmlNewTextWriter(buf) : NULL;
        if (!r->writer) {
            free(r);
            return NULL;
        }
        xmlTextWriterSetIndent(r->writer, 1);
        xmlTextWriterSetIndentString(r->writer, BAD_CAST "  ");
        xmlTextWriterStartDocument(r->writer, NULL, "UTF-8", NULL);
        xmlTextWriterStartElementNS(r->writer, NULL, BAD_CAST "diagnostik", BAD_CAST LKJ_DIAGNOSTICS_NS);
        xmlTextWriterWriteAttribute(r->writer, BAD_CAST "versi", BAD_CAST LKJ_VERSION);
        xmlTextWriterWriteAttribute(r->writer, BAD_CAST "bahasa", BAD_CAST(lang == LKJ_LANG_EN ? "en" : "id"));
    }
    return r;
}

static void text_diag(render *r, const lkj_diag *g)
{
    char where[1200], line[4096];
    if (g->cell)
        snprintf(where, sizeof where, "%.1000s:%.150s: ", g->file, g->cell);
    else if (g->line && g->column)
        snprintf(where, sizeof where, "%.1000s:%lu:%lu: ", g->file, g->line, g->column);
    else if (g->line)
        snprintf(where, sizeof where, "%.1000s:%lu: ", g->file, g->line);
    else
        snprintf(where, sizeof where, "%.1000s: ", g->file);
    snprintf(line, sizeof line, "%s%s %s: %s", where, catalog_severity_word(g->severity, r->lang), g->code, g->message);
    out_line(r, line);
    if (g->hint[0]) {
        snprintf(line, sizeof line, "  %s: %s", r->lang == LKJ_LANG_EN ? "hint" : "saran", g->hint);
        out_line(r, line);
    }
}

static void xml_number_attr(xmlTextWriterPtr w, const char *name, unsigned long v)
{
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST name, "%lu", v);
}

/* with_file: diagnostics of linking name their file themselves. */
static void xml_diag(render *r, const lkj_diag *g, int with_file)
{
    xmlTextWriterPtr w = r->writer;
    xmlTextWriterStartElement(w, BAD_CAST "diagnosis");
    if (with_file)
        xmlTextWriterWriteAttribute(w, BAD_CAST "berkas", BAD_CAST g->file);
    xmlTextWriterWriteAttribute(w, BAD_CAST "kode", BAD_CAST g->code);
    xmlTextWriterWriteAttribute(w, BAD_CAST "tingkat", BAD_CAST severity_attr(g->severity));
    if (g->cell)
        xmlTextWriterWriteAttribute(w, BAD_CAST "sel", BAD_CAST g->cell);
    if (g->line)
        xml_number_attr(w, "baris", g->line);
    if (g->column)
        xml_number_attr(w, "kolom", g->column);
    if (g->origin)
        xmlTextWriterWriteFormatAttribute(w, BAD_CAST "asal", "%d", g->origin);
    xmlTextWriterWriteElement(w, BAD_CAST "pesan", BAD_CAST g->message);
    if (g->hint[0])
        xmlTextWriterWriteElement(w, BAD_CAST "saran", BAD_CAST g->hint);
    xmlTextWriterEndElement(w);
}

void render_file(render *r, const char *file, const lkj_diags *diags, int status)
{
    size_t n = lkj_diags_count(diags);
    for (size_t i = 0; i < n; i++)
        text_diag(r, lkj_diags_at(diags, i)); /* text output and/or the log */
    if (r->format == RENDER_TEXT)
        return;
    xmlTextWriterStartElement(r->writer, BAD_CAST "berkas");
    xmlTextWriterWriteAttribute(r->writer, BAD_CAST "nama", BAD_CAST file);
    xmlTextWriterWriteAttribute(r->writer, BAD_CAST "status",
                                BAD_CAST(status == LKJ_EXIT_OK ? "ok" : status == LKJ_EXIT_PROBLEMS ? "ditolak" : "galat"));
    for (size_t i = 0; i < n; i++)
        xml_diag(r, lkj_diags_at(diags, i), 0);
    xmlTextWriterEndElement(r->writer);
}

void render_link(render *r, const lkj_diags *diags, int status)
{
    size_t n = lkj_diags_count(diags);
    for (size_t i = 0; i < n; i++)
        text_diag(r, lkj_diags_at(diags, i));
    if (r->format == RENDER_TEXT)
        return;
    xmlTextWriterStartElement(r->writer, BAD_CAST "tautan");
    xmlTextWriterWriteAttribute(r->writer, BAD_CAST "status",
                                BAD_CAST(status == LKJ_EXIT_OK ? "ok" : status == LKJ_EXIT_PROBLEMS ? "ditolak" : "galat"));
    for (size_t i = 0; i < n; i++)
        xml_diag(r, lkj_diags_at(diags, i), 1);
    xmlTextWriterEndElement(r->writer);
}

void render_set_cache_hits(render *r, size_t hits)
{
    r->cached = 1;
    r->cache_hits = hits;
}

int render_end(render *r, size_t files, size_t errors, size_t warnings, int quiet)
{
    int rc = 0;
    if (r->format == RENDER_XML) {
        xmlTextWriterStartElement(r->writer, BAD_CAST "ringkasan");
        xml_number_attr(r->writer, "berkas", files);
        xml_number_attr(r->writer, "kesalahan", errors);
        xml_number_attr(r->writer, "peringatan", warnings);
        if (r->cached)
            xml_number_attr(r->writer, "dari-cache", r->cache_hits);
        xmlTextWriterEndElement(r->writer);
        xmlTextWriterEndElement(r->writer);
        if (xmlTextWriterEndDocument(r->writer) < 0)
            rc = -1;
        xmlFreeTextWriter(r->writer);
    } else {
        char line[256], cached[64] = "";
        if (r->cached)
            snprintf(cached, sizeof cached, r->lang == LKJ_LANG_EN ? " (%zu from the cache)" : " (%zu dari cache)",
                     r->cache_hits);
        if (r->lang == LKJ_LANG_EN)
            snprintf(line, sizeof line, "lkjip: %zu file%s checked%s, %zu error%s, %zu warning%s", files,
                     files == 1 ? "" : "s", cached, errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        else
            snprintf(line, sizeof line, "lkjip: %zu berkas diperiksa%s, %zu kesalahan, %zu peringatan", files, cached,
                     errors, warnings);
        if (quiet)
            log_line(r, line); /* cron mails nothing; the log still says it */
        else
            out_line(r, line);
    }
    if (fflush(r->out) != 0 || ferror(r->out))
        rc = -1;
    free(r);
    return rc;
}

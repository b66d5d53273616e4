/*
 * lke_run.c — lkjip evaluasi: loads the LKE and each unit's answers
 * (lke.c), scores them for both raters, and writes per unit the total,
 * the components and the predikat as text, or the result document
 * (schemas/lke.xsd, <hasil-evaluasi>). Deterministic: the units come in
 * the order they were named, and nothing reads the clock.
 */
#define _XOPEN_SOURCE 700
#include "lke_run.h"

#include <errno.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "lke.h"
#include "lke_data.h"
#include "lke_out.h"
#include "lke_sheet.h"
#include "load.h"
#include "measure.h"
#include "output.h"
#include "present.h"
#include "render.h"
#include "run.h"

typedef struct scored_unit {
    lke_answers *answers;
    lke_score score[LKE_RATERS];
} scored_unit;

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/* As shown: two decimals, half away from zero, "83.45". */
static const char *tampil(double v, char *out, size_t size)
{
    double r = meas_round(v, 2, MEAS_ROUND_HALF_AWAY);
    snprintf(out, size, "%.2f", r == 0 ? 0.0 : r);
    return out;
}

/* Full precision for data ("%.15g", never "-0"), as the report IR. */
static const char *full(double v, char *out, size_t size)
{
    snprintf(out, size, "%.15g", v == 0 ? 0.0 : v);
    return out;
}

/* Indonesian: "83,45". */
static const char *indonesian(double v, char out[PR_NUMBER_MAX])
{
    char plain[64];
    return pr_shown(out, tampil(v, plain, sizeof plain));
}

/* A weight as written, Indonesian ("4,5", "30"), as every number of a
 * report is (pr_number). */
static const char *weight_text(double v, char out[PR_NUMBER_MAX])
{
    char raw[32];
    snprintf(raw, sizeof raw, "%.17g", v);
    return pr_number(out, raw);
}

/* ------------------------------------------------------------------ */
/* Text                                                                */
/* ------------------------------------------------------------------ */

/* Characters, not bytes, for padding UTF-8 names. */
static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void pad(FILE *out, const char *s, size_t to)
{
    fputs(s, out);
    for (size_t w = width(s); w < to; w++)
        fputc(' ', out);
}

static void right(FILE *out, const char *s, size_t to)
{
    for (size_t w = width(s); w < to; w++)
        fputc(' ', out);
    fputs(s, out);
}

/* The self-assessment column: "Mandiri", or "100,00" under "Self". */
#define SELF_WIDTH 7

static void text_unit(FILE *out, const lke *l, const scored_unit *u, lkj_lang lang)
{
    int en = lang == LKJ_LANG_EN;
    const lke_answers *a = u->answers;
    const lke_score *ev = &u->score[LKE_EVALUATOR], *self = &u->score[LKE_MANDIRI];
    fprintf(out, "%s — %s, %d (LKE %s)\n", a->unit, a->name, a->year, l->id);
    size_t name_width = width(en ? "Component" : "Komponen");
    char line[400];
    for (size_t i = 0; i < l->component_count; i++) {
        snprintf(line, sizeof line, "%s %s", l->components[i].id, l->components[i].name[en]);
        if (width(line) > name_width)
            name_width = width(line);
    }
    const char *head_self = en ? "Self" : "Mandiri";
    fputs("  ", out);
    pad(out, en ? "Component" : "Komponen", name_width);
    fprintf(out, "  %s  %s  ", en ? "Weight" : " Bobot", "Evaluator");
    right(out, head_self, SELF_WIDTH);
    fputc('\n', out);
    char w[PR_NUMBER_MAX], v1[PR_NUMBER_MAX], v2[PR_NUMBER_MAX];
    for (size_t i = 0; i < l->component_count; i++) {
        const lke_component *c = &l->components[i];
        snprintf(line, sizeof line, "%s %s", c->id, c->name[en]);
        fputs("  ", out);
        pad(out, line, name_width);
        fputs("  ", out);
        right(out, weight_text(c->weight, w), 6);
        fputs("  ", out);
        right(out, ev->scored ? indonesian(ev->component[i], v1) : "–", 9);
        fputs("  ", out);
        right(out, self->scored ? indonesian(self->component[i], v2) : "–", SELF_WIDTH);
        fputc('\n', out);
    }
    fputs("  ", out);
    pad(out, en ? "Total" : "Nilai", name_width);
    fputs("  ", out);
    right(out, "100", 6);
    fputs("  ", out);
    right(out, ev->scored ? indonesian(ev->total, v1) : "–", 9);
    fputs("  ", out);
    right(out, self->scored ? indonesian(self->total, v2) : "–", SELF_WIDTH);
    fputc('\n', out);
    fputs("  ", out);
    pad(out, "Predikat", name_width);
    fputs("  ", out);
    right(out, "", 6);
    fputs("  ", out);
    right(out, ev->scored && ev->band ? ev->band->code : "–", 9);
    fputs("  ", out);
    right(out, self->scored && self->band ? self->band->code : "–", SELF_WIDTH);
    fputc('\n', out);
    const lke_score *head = ev->scored ? ev : self->scored ? self : NULL;
    if (head)
        fprintf(out, "  %s: %s, %s %s (%s)\n",
                head == ev ? (en ? "Evaluator's score" : "Nilai evaluator") : (en ? "Self-assessment" : "Nilai mandiri"),
                indonesian(head->total, v1), "predikat", head->band ? head->band->code : "–",
                lke_band_label(head->band, lang));
}

/* The table of all units, as rekap-evaluasi's (present_lke.c): the OPDs
 * in the order named, then the pemda's own line; per unit its klaster,
 * the components, total and predikat of its headline score and whose it
 * is; then the pemda's minimum condition for A when an OPD has a klaster. */
static void text_unit_line(FILE *out, const lke *l, const lke_unit_view *v, size_t number, size_t name_width, int en)
{
    const lke_answers *a = v->answers;
    const lke_score *s = lke_headline(v->score);
    int opd = strcmp(a->kind, "pemda") != 0;
    char n[PR_NUMBER_MAX];
    fprintf(out, "  %3zu  ", number);
    pad(out, a->name, name_width);
    fputs("  ", out);
    pad(out, !opd ? "pemda" : a->klaster ? a->klaster : "–", 9);
    for (size_t i = 0; i < l->component_count; i++) {
        fputs(" ", out);
        right(out, s ? indonesian(s->component[i], n) : "–", 6);
    }
    fputs("  ", out);
    right(out, s ? indonesian(s->total, n) : "–", 6);
    fputs("  ", out);
    pad(out, s && s->band ? s->band->code : "–", 10);
    fputs(s == &v->score[LKE_EVALUATOR] ? "Evaluator" : s ? (en ? "Self" : "Mandiri") : "–", out);
    fputc('\n', out);
}

static void text_klaster(FILE *out, const lke *l, const lke_unit_view *views, size_t count, int en)
{
    lke_klaster_check k;
    lke_klaster_condition(l, views, count, &k);
    if (!k.tagged)
        return;
    fputs(en ? "  The pemda's minimum condition for A: " : "  Syarat minimum predikat A pemda: ", out);
    if (!k.judgeable)
        fputs(en ? "cannot be judged: this LKE has no predikat A and BB\n"
                 : "tidak dapat dinilai: LKE ini tidak memiliki predikat A dan BB\n",
              out);
    else
        fprintf(out,
                en ? "%s: %zu of %zu klaster utama at A or above, %zu of %zu klaster pendukung at BB or above "
                     "(%d and %d needed)\n"
                   : "%s: %zu dari %zu klaster utama berpredikat A atau lebih, %zu dari %zu klaster pendukung "
                     "berpredikat BB atau lebih (perlu %d dan %d)\n",
                k.holds ? (en ? "Met" : "Terpenuhi") : (en ? "Not met" : "Tidak terpenuhi"), k.utama_met, k.utama,
                k.pendukung_met, k.pendukung, LKE_KLASTER_NEEDED, LKE_KLASTER_NEEDED);
}

static void text_units_table(FILE *out, const lke *l, const scored_unit *units, size_t count, lkj_lang lang)
{
    int en = lang == LKJ_LANG_EN;
    lke_unit_view *views = calloc(count + 1, sizeof *views);
    if (!views)
        return; /* the table only repeats the scores above */
    size_t scored = 0, name_width = width("Unit");
    for (size_t i = 0; i < count; i++) {
        views[i] = (lke_unit_view){.answers = units[i].answers, .score = units[i].score};
        if (units[i].answers) {
            scored++;
            if (width(units[i].answers->name) > name_width)
                name_width = width(units[i].answers->name);
        }
    }
    if (scored > 1) {
        const char *owner = lke_summary_owner(views, count);
        fprintf(out, "\n%s%s%s\n", en ? "Every unit's score" : "Nilai seluruh unit", owner ? " — " : "",
                owner ? owner : "");
        fputs("   No  ", out);
        pad(out, "Unit", name_width);
        fputs("  ", out);
        pad(out, en ? "Cluster" : "Klaster", 9);
        for (size_t i = 0; i < l->component_count; i++) {
            fputs(" ", out);
            right(out, l->components[i].id, 6);
        }
        fputs("  ", out);
        right(out, en ? "Total" : "Nilai", 6);
        fprintf(out, "  %-10s%s\n", "Predikat", en ? "Rater" : "Penilai");
        size_t number = 0;
        for (int pemda = 0; pemda < 2; pemda++)
            for (size_t i = 0; i < count; i++)
                if (views[i].answers && (strcmp(views[i].answers->kind, "pemda") == 0) == pemda)
                    text_unit_line(out, l, &views[i], ++number, name_width, en);
        text_klaster(out, l, views, count, en);
    }
    free(views);
}

/* ------------------------------------------------------------------ */
/* The result document                                                 */
/* ------------------------------------------------------------------ */

static void set(xmlNodePtr n, const char *name, const char *value)
{
    if (value)
        xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static void set_size(xmlNodePtr n, const char *name, size_t value)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%zu", value);
    set(n, name, buf);
}

static void set_value(xmlNodePtr n, double value)
{
    char buf[64];
    set(n, "nilai", full(value, buf, sizeof buf));
    set(n, "tampil", tampil(value, buf, sizeof buf));
}

static void xml_score(xmlNodePtr unit, xmlNsPtr ns, const lke *l, const lke_score *s, const char *rater,
                      lkj_lang lang)
{
    xmlNodePtr p = xmlNewChild(unit, ns, (const xmlChar *)"penilaian", NULL);
    set(p, "penilai", rater);
    set_value(p, s->total);
    set(p, "predikat", s->band ? s->band->code : "");
    set(p, "predikat-label", lke_band_label(s->band, lang));
    set_size(p, "dijawab", s->criteria_answered);
    set_size(p, "kriteria", l->criterion_count);
    char buf[64];
    for (size_t i = 0; i < l->component_count; i++) {
        const lke_component *c = &l->components[i];
        xmlNodePtr cn = xmlNewChild(p, ns, (const xmlChar *)"komponen", NULL);
        set(cn, "id", c->id);
        set(cn, "nama", c->name[lang == LKJ_LANG_EN]);
        set(cn, "bobot", full(c->weight, buf, sizeof buf));
        set_value(cn, s->component[i]);
        for (size_t k = 0; k < c->count; k++) {
            size_t si = c->first + k;
            const lke_sub *sub = &l->subs[si];
            xmlNodePtr sn = xmlNewChild(cn, ns, (const xmlChar *)"subkomponen", NULL);
            set(sn, "id", sub->id);
            set(sn, "bobot", full(sub->weight, buf, sizeof buf));
            set_value(sn, s->sub[si]);
            set_size(sn, "dijawab", s->answered[si]);
            set_size(sn, "kriteria", sub->count);
            if (s->direct[si])
                set(sn, "nilai-langsung", s->direct[si]->code);
        }
    }
}

static xmlDocPtr result_document(const lke *l, const scored_unit *units, size_t count, const lke_data *data,
                                 lkj_lang lang)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = doc ? xmlNewDocNode(doc, NULL, (const xmlChar *)"hasil-evaluasi", NULL) : NULL;
    if (!root) {
        xmlFreeDoc(doc);
        return NULL;
    }
    xmlDocSetRootElement(doc, root);
    xmlNsPtr ns = xmlNewNs(root, (const xmlChar *)LKE_NS, NULL);
    xmlSetNs(root, ns);
    set(root, "lke", l->id);
    set(root, "versi", l->version);
    set(root, "bahasa", lang == LKJ_LANG_EN ? "en" : "id");
    for (size_t i = 0; i < count; i++) {
        const lke_answers *a = units[i].answers;
        if (!a)
            continue;
        xmlNodePtr u = xmlNewChild(root, ns, (const xmlChar *)"unit", NULL);
        char year[16];
        snprintf(year, sizeof year, "%d", a->year);
        set(u, "id", a->unit);
        set(u, "nama", a->name);
        set(u, "jenis", a->kind);
        set(u, "klaster", a->klaster);
        set(u, "tahun", year);
        set(u, "berkas", a->file);
        if (units[i].score[LKE_EVALUATOR].scored)
            xml_score(u, ns, l, &units[i].score[LKE_EVALUATOR], "evaluator", lang);
        if (units[i].score[LKE_MANDIRI].scored)
            xml_score(u, ns, l, &units[i].score[LKE_MANDIRI], "mandiri", lang);
        if (data)
            lke_data_xml(u, ns, l, a, lke_data_of(data, a->unit), lang);
    }
    return doc;
}

/* To path through a temporary file and a rename, or to stdout. */
static int write_out(const char *path, const xmlChar *data, int size)
{
    if (!path)
        return fwrite(data, 1, (size_t)size, stdout) == (size_t)size && fflush(stdout) == 0 ? 0 : -1;
    return output_write_atomic(path, data, (size_t)size);
}

/* ------------------------------------------------------------------ */
/* The run                                                             */
/* ------------------------------------------------------------------ */

typedef struct run {
    const lke_run_options *o;
    lkj_diags *d;
    render *r;
    size_t files, errors, warnings;
    int worst;
    lke_data *data; /* --data: the suggestions, or NULL */
} run;

/* Renders and forgets what one input said. */
static void flush(run *x, const char *file, int status)
{
    x->files++;
    x->errors += lkj_diags_count_severity(x->d, LKJ_SEV_ERROR) + lkj_diags_count_severity(x->d, LKJ_SEV_FATAL);
    x->warnings += lkj_diags_count_severity(x->d, LKJ_SEV_WARNING);
    render_file(x->r, file, x->d, status);
    lkj_diags_clear(x->d);
    if (status > x->worst)
        x->worst = status;
}

static const char *rater_word(const lkj_diags *d, lke_rater rater)
{
    return rater == LKE_EVALUATOR ? diag_text(d, "evaluator", "evaluator") : diag_text(d, "mandiri", "self-assessment");
}

/* Scores u for both raters and says what is missing. */
static int score_unit(run *x, const lke *l, scored_unit *u, const scored_unit *earlier, size_t earlier_count)
{
    const lke_answers *a = u->answers;
    diag_loc loc = {a->file, a->unit_line, a->unit_column};
    for (size_t i = 0; i < earlier_count; i++)
        if (earlier[i].answers && strcmp(earlier[i].answers->unit, a->unit) == 0) {
            DIAG(x->d, D_LKE_DUPLICATE_UNIT, &loc, a->unit, earlier[i].answers->file);
            return LKJ_EXIT_PROBLEMS;
        }
    for (int r = 0; r < LKE_RATERS; r++)
        if (lke_score_unit(l, a, (lke_rater)r, &u->score[r]) != 0) {
            DIAG0(x->d, D_NO_MEMORY, &loc);
            return LKJ_EXIT_IO;
        }
    if (!u->score[LKE_EVALUATOR].scored && !u->score[LKE_MANDIRI].scored) {
        DIAG0(x->d, D_LKE_NO_ANSWERS, &loc);
        return LKJ_EXIT_OK;
    }
    for (int r = LKE_RATERS - 1; r >= 0; r--) {
        const lke_score *s = &u->score[r];
        if (!s->scored || !s->criteria_missing)
            continue;
        char missing[32], total[32];
        snprintf(missing, sizeof missing, "%zu", s->criteria_missing);
        snprintf(total, sizeof total, "%zu", l->criterion_count);
        DIAG(x->d, D_LKE_UNANSWERED, &loc, rater_word(x->d, (lke_rater)r), missing, total,
             l->criteria[s->first_missing].id);
    }
    lke_check_frame(x->d, l, a, u->score);
    return LKJ_EXIT_OK;
}

/* Reads one workspace (the paths) as template does, each part through
 * each; its findings counted with the inputs'. */
static int visit_data(run *x, const char *const *paths, size_t count, run_part_fn each)
{
    const lke_run_options *o = x->o;
    lkj_run_options w = {.paths = paths, .path_count = count, .lang = o->lang,
                         .form = o->xml_diagnostics ? LKJ_FORM_XML : LKJ_FORM_TEXT, .quiet = 1, .link = 1,
                         .jobs = o->jobs > 0 ? o->jobs : 1, .limits = o->limits};
    size_t counts[3];
    int status = run_visit_workspace(&w, x->r, each, x->data, counts);
    x->files += counts[0];
    x->errors += counts[1];
    x->warnings += counts[2];
    if (status > x->worst)
        x->worst = status;
    if (status >= LKJ_EXIT_IO && counts[1] == 0) { /* the run could not even begin */
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(x->d, D_NO_MEMORY, &loc);
        flush(x, "lkjip", LKJ_EXIT_IO);
        x->files--;
    }
    return status;
}

/* --data: reads the workspace as template does, suggests the dari-data
 * criteria of every scored unit (lke_data.c), and says where an answer
 * differs from the data, after the inputs' own findings. */
static void suggest_from_data(run *x, const lke *l, scored_unit *units, size_t count)
{
    const lke_run_options *o = x->o;
    const char **ids = calloc(count + 1, sizeof *ids);
    for (size_t i = 0; ids && i < count; i++)
        ids[i] = units[i].answers ? units[i].answers->unit : NULL;
    x->data = ids ? lke_data_new(l, ids, count) : NULL;
    free(ids);
    if (!x->data) {
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(x->d, D_NO_MEMORY, &loc);
        flush(x, "lkjip", LKJ_EXIT_IO);
        return;
    }
    int status = LKJ_EXIT_OK;
    /* Other years first: iku-tetap compares with them. */
    for (size_t i = 0; i < o->data_year_count && status < LKJ_EXIT_IO; i++) {
        int first = 1; /* each year once, with all its paths */
        for (size_t k = 0; k < i; k++)
            first &= o->data_years[k] != o->data_years[i];
        if (!first)
            continue;
        const char **paths = calloc(o->data_year_count, sizeof *paths);
        size_t n = 0;
        for (size_t k = i; paths && k < o->data_year_count; k++)
            if (o->data_years[k] == o->data_years[i])
                paths[n++] = o->data_year_paths[k];
        lke_data_set_year(x->data, o->data_years[i]);
        status = paths ? visit_data(x, paths, n, lke_data_year_part) : LKJ_EXIT_IO;
        free(paths);
    }
    if (status < LKJ_EXIT_IO)
        status = visit_data(x, o->data, o->data_count, lke_data_part);
    if (status >= LKJ_EXIT_IO) {
        lke_data_free(x->data);
        x->data = NULL;
        return;
    }
    for (size_t i = 0; i < count; i++) {
        if (!units[i].answers)
            continue;
        lke_data_warn(x->d, l, units[i].answers, lke_data_of(x->data, units[i].answers->unit));
        lke_data_warn_years(x->d, x->data, units[i].answers);
        lke_sheet_place(units[i].answers, x->d, 0);
        if (lkj_diags_count(x->d)) {
            x->files--; /* the answers file was counted when it was read */
            flush(x, units[i].answers->file, LKJ_EXIT_OK);
        }
    }
}

/* --format html,docbook: the documents of every unit (lke_out.c). */
static int write_documents(run *x, const lke *l, scored_unit *units, size_t count)
{
    const lke_run_options *o = x->o;
    lke_unit_view *views = calloc(count + 1, sizeof *views);
    if (!views) {
        diag_loc loc = {o->out, 0, 0};
        DIAG0(x->d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    for (size_t i = 0; i < count; i++)
        views[i] = (lke_unit_view){.answers = units[i].answers, .score = units[i].score,
                                   .data = x->data && units[i].answers ? lke_data_of(x->data, units[i].answers->unit)
                                                                       : NULL};
    int rc = lke_out_folders_clash(views, count, x->d) ? LKJ_EXIT_PROBLEMS : LKJ_EXIT_OK;
    for (size_t i = 0; rc == LKJ_EXIT_OK && (o->documents & LKE_OUT_XLSX) && i < count; i++)
        if (units[i].answers)
            rc = lke_sheet_write(o->out, l, units[i].answers,
                                 x->data ? lke_data_of(x->data, units[i].answers->unit) : NULL, x->d);
    lke_out_options out = {.formats = o->documents & ~(unsigned)LKE_OUT_XLSX, .dir = o->out,
                           .stylesheets = o->stylesheets, .ir_dir = o->ir_dir, .lang = o->lang, .limits = &o->limits};
    lke_irs *irs = NULL;
    if (rc == LKJ_EXIT_OK && out.formats)
        rc = o->ir_dir && lke_out_read_irs(&out, views, count, &irs, x->d) != 0 ? LKJ_EXIT_IO
                                                                                 : lke_out_write(&out, l, views, count, x->d);
    lke_out_free_irs(irs);
    free(views);
    return rc;
}

static int write_result(run *x, const lke *l, scored_unit *units, size_t count)
{
    const lke_run_options *o = x->o;
    if (o->documents)
        return x->errors ? LKJ_EXIT_OK : write_documents(x, l, units, count); /* never a part */
    if (!o->xml) {
        for (size_t i = 0, shown = 0; i < count; i++) {
            if (!units[i].answers)
                continue;
            if (shown++)
                fputc('\n', stdout);
            text_unit(stdout, l, &units[i], o->lang);
            if (x->data)
                lke_data_text(stdout, l, units[i].answers, lke_data_of(x->data, units[i].answers->unit), o->lang);
        }
        text_units_table(stdout, l, units, count, o->lang);
        return fflush(stdout) == 0 ? LKJ_EXIT_OK : LKJ_EXIT_IO;
    }
    if (x->errors)
        return LKJ_EXIT_OK; /* never a part of a result */
    unsigned long failures = load_memory_failures();
    xmlDocPtr doc = result_document(l, units, count, x->data, o->lang);
    xmlChar *data = NULL;
    int size = 0;
    if (doc)
        xmlDocDumpFormatMemoryEnc(doc, &data, &size, "UTF-8", 1);
    int rc = LKJ_EXIT_OK;
    if (load_memory_failures() != failures) { /* a node or attribute may be missing */
        diag_loc loc = {o->out ? o->out : "-", 0, 0};
        DIAG0(x->d, D_NO_MEMORY, &loc);
        rc = LKJ_EXIT_IO;
    } else if (!data || write_out(o->out, data, size) != 0) {
        diag_loc loc = {o->out ? o->out : "-", 0, 0};
        DIAG(x->d, D_IO_WRITE, &loc, data ? strerror(errno ? errno : EIO) : "libxml2");
        rc = LKJ_EXIT_IO;
    }
    xmlFree(data);
    xmlFreeDoc(doc);
    return rc;
}

int lke_run(const lke_run_options *o)
{
    if (lkj_init() != 0) {
        fprintf(stderr, "lkjip: %s\n", o->lang == LKJ_LANG_EN ? "initialisation failed" : "inisialisasi gagal");
        return LKJ_EXIT_IO;
    }
    run x = {.o = o, .d = lkj_diags_new(o->lang)};
    x.r = x.d ? render_begin(stderr, o->xml_diagnostics ? RENDER_XML : RENDER_TEXT, o->lang) : NULL;
    scored_unit *units = calloc(o->path_count + 1, sizeof *units);
    if (!x.d || !x.r || !units) {
        fprintf(stderr, "lkjip: %s\n", o->lang == LKJ_LANG_EN ? "out of memory" : "memori tidak cukup");
        if (x.r)
            render_end(x.r, 0, 0, 0, 1);
        lkj_diags_free(x.d);
        free(units);
        lkj_cleanup();
        return LKJ_EXIT_IO;
    }
    lke *l = NULL;
    int status = o->lke ? lke_load_file(o->lke, &o->limits, x.d, &l)
                        : ((l = lke_load_default(&o->limits, x.d)) != NULL ? LKJ_EXIT_OK : LKJ_EXIT_IO);
    flush(&x, o->lke ? o->lke : "lke-88-2021.xml", status);
    for (size_t i = 0; l && i < o->path_count; i++) {
        lke_answers *a = NULL;
        status = lke_answers_read(o->paths[i], l, &o->limits, x.d, &a);
        units[i].answers = a;
        if (status == LKJ_EXIT_OK)
            status = score_unit(&x, l, &units[i], units, i);
        lke_sheet_place(a, x.d, 0); /* an answer sheet's findings at its cells */
        if (status != LKJ_EXIT_OK) {
            lke_answers_free(a);
            units[i].answers = NULL;
        }
        flush(&x, o->paths[i], status);
    }
    if (l && o->data_count)
        suggest_from_data(&x, l, units, o->path_count);
    if (l) {
        status = write_result(&x, l, units, o->path_count);
        if (lkj_diags_count(x.d))
            flush(&x, o->out ? o->out : "-", status);
        else if (status > x.worst)
            x.worst = status;
    }
    render_end(x.r, x.files, x.errors, x.warnings, o->quiet);
    for (size_t i = 0; i < o->path_count; i++)
        lke_answers_free(units[i].answers);
    free(units);
    lke_data_free(x.data);
    lke_free(l);
    lkj_diags_free(x.d);
    lke_cleanup();
    lkj_cleanup();
    return x.worst;
}

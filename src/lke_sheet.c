/*
 * lke_sheet.c — the LKE answer sheet (lke_sheet.h, docs/lke.md §7).
 *
 * Writing: libxlsxwriter, as the OPD workbooks (template.c), with the
 * pieces they share (xlsx.c). Sheets: Petunjuk; LKE, a row per component,
 * sub-component and criterion, key in column A, the answers' columns
 * editable; Rekomendasi; and the very hidden sheet lkjip naming the unit,
 * the LKE and the year, so that the book reads back as one unit's answers
 * without guessing.
 *
 * Reading: the cells through import.c's reader (import_book), turned into
 * an <evaluasi> document that lke.c validates and reads as any answers
 * file. The document is written one attribute or element a line, and each
 * line remembers the cell it came from: every finding at a line (schema,
 * LKJ08xx, the data's and the frame's warnings later) is then placed at
 * that cell.
 */
#define _GNU_SOURCE /* timegm */
#include "lke_sheet.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/tree.h>
#include <xlsxwriter.h>

#include "diag.h"
#include "import.h"
#include "load.h"
#include "output.h"
#include "xlsx.h"
#include "workbook_libs.h" /* last: it names libxlsxwriter's functions */

/* The mark in cell lkjip!A1 (the OPD workbooks have "lkjip-workbook 1"). */
#define SHEET_MARK IMPORT_LKE_SHEET_MARK
#define SHEET_LKE "LKE"
#define SHEET_RECOMMENDATIONS "Rekomendasi"
#define SHEET_ORIGIN "lkjip"
#define SUGGESTION_ITEMS 3     /* items short named in the Dasar cell */
#define RECOMMENDATION_ROWS 20 /* empty rows offered after those entered */

enum {
    COL_KEY,
    COL_COMPONENT,
    COL_SUB,
    COL_TEXT,
    COL_SCALE,
    COL_SELF,
    COL_EVALUATOR,
    COL_NOTE,
    COL_EVIDENCE,
    COL_SUGGESTION,
    COL_BASIS,
    COLUMNS
};

static const char *const HEADERS[COLUMNS] = {"Kunci",   "Komponen", "Subkomponen", "Kriteria",    "Skala", "Mandiri",
                                              "Evaluator", "Catatan", "Bukti",       "Saran lkjip", "Dasar"};

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

typedef struct sheet_book {
    lxw_workbook *wb;
    lxw_error error;
    lxw_format *header, *key, *text, *wrap, *group, *in_code, *in_wrap, *closed;
} sheet_book;

static void note(sheet_book *b, lxw_error e)
{
    xlsx_note(&b->error, e);
}

static void put(sheet_book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
    xlsx_put_text(&b->error, ws, r, c, s, f);
}

static int add_formats(sheet_book *b)
{
    b->header = xlsx_format(b->wb, 1, NULL, 1, 1, XLSX_GREY);
    b->key = xlsx_format(b->wb, 1, "@", 0, 0, XLSX_LIGHT);
    b->text = xlsx_format(b->wb, 1, "@", 0, 0, 0);
    b->wrap = xlsx_format(b->wb, 1, "@", 0, 1, 0);
    b->group = xlsx_format(b->wb, 1, "@", 1, 1, XLSX_LIGHT);
    b->in_code = xlsx_format(b->wb, 0, "@", 0, 0, XLSX_EDITABLE);
    b->in_wrap = xlsx_format(b->wb, 0, "@", 0, 1, XLSX_EDITABLE);
    b->closed = xlsx_format(b->wb, 1, NULL, 0, 0, XLSX_GREY);
    return b->header && b->key && b->text && b->wrap && b->group && b->in_code && b->in_wrap && b->closed ? 0 : -1;
}

static lxw_worksheet *new_sheet(sheet_book *b, const char *name)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
    if (!ws)
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
    return ws;
}

static void write_petunjuk(sheet_book *b, const lke *l, const lke_answers *a)
{
    static const char *const lines[] = {
        "Buku kerja ini dibuat oleh lkjip evaluasi untuk mengisi Lembar Kerja Evaluasi (LKE) satu unit. "
        "Isi hanya sel berwarna kuning; sel lain dikunci dan hanya untuk dibaca.",
        "",
        "Lembar LKE: satu baris per kriteria, dikelompokkan per komponen dan subkomponen. Kolom Mandiri diisi "
        "unit (penilaian mandiri), kolom Evaluator diisi evaluator (Inspektorat). Pilih jawaban dari daftar: "
        "Y/T untuk kriteria Ya/Tidak, A sampai E untuk kriteria bertingkat (huruf besar).",
        "Baris subkomponen (mis. 1.a) boleh diberi nilai langsung AA sampai E bila evaluator menilai "
        "subkomponen itu secara utuh; nilai itu menggantikan rata-rata kriterianya. Kosongkan bila tidak.",
        "Catatan: penjelasan jawaban. Bukti: dokumen pendukung, satu per baris dalam sel (Alt+Enter).",
        "Saran lkjip dan Dasar: jawaban yang disarankan lkjip dari data pengajuan (lkjip evaluasi --data) "
        "beserta dasarnya. Saran tidak pernah mengubah nilai: yang dinilai adalah jawaban Mandiri dan "
        "Evaluator.",
        "Lembar Rekomendasi: rekomendasi evaluator, satu per baris, dalam urutan yang akan ditampilkan.",
        "",
        "Jangan mengubah kolom Kunci maupun judul kolom di baris 1: lkjip membaca jawaban menurut kuncinya. "
        "Baris tidak dapat disisipkan atau dihapus di lembar yang dikunci.",
        "Setelah diisi, kirim berkas .xlsx ini apa adanya; lkjip evaluasi BERKAS.xlsx menilainya dan memberi "
        "tahu sel mana yang perlu diperbaiki (mis. LKE!G12).",
    };
    lxw_worksheet *ws = new_sheet(b, "Petunjuk");
    if (!ws)
        return;
    worksheet_set_column(ws, 0, 0, 110, b->wrap);
    char title[1200];
    snprintf(title, sizeof title, "Petunjuk pengisian LKE: %s (%s), tahun %d — %s", a->name ? a->name : "", a->unit,
             a->year, l->version ? l->version : l->id);
    put(b, ws, 0, 0, title, b->header);
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        put(b, ws, (lxw_row_t)(i + 2), 0, lines[i], b->wrap);
    worksheet_protect(ws, NULL, NULL);
}

/* The list of a scale's codes as a dropdown on the answer cells. */
static void scale_dropdown(sheet_book *b, lxw_worksheet *ws, lxw_row_t r, const lke_scale *s)
{
    const char *codes[64];
    size_t n = 0;
    for (size_t i = 0; i < s->grade_count && n < 63; i++)
        codes[n++] = s->grades[i].code;
    codes[n] = NULL;
    xlsx_list_validation(&b->error, ws, r, COL_SELF, COL_EVALUATOR, codes, "Jawaban tidak ada dalam skala",
                         "Pilih salah satu jawaban dari daftar.");
}

/* An answer's evidence, one a line. */
static void put_evidence(sheet_book *b, lxw_worksheet *ws, lxw_row_t r, const lke_answer *ans)
{
    size_t len = 1;
    for (size_t i = 0; ans && i < ans->evidence_count; i++)
        len += strlen(ans->evidence[i] ? ans->evidence[i] : "") + 1;
    char *text = malloc(len);
    if (!text) {
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    text[0] = '\0';
    for (size_t i = 0; ans && i < ans->evidence_count; i++) {
        if (i)
            strcat(text, "\n");
        strcat(text, ans->evidence[i] ? ans->evidence[i] : "");
    }
    put(b, ws, r, COL_EVIDENCE, text, b->in_wrap);
    free(text);
}

/* The editable cells of a row: the answers on scale s, note, evidence. */
static void put_answer(sheet_book *b, lxw_worksheet *ws, lxw_row_t r, const lke_scale *s, const lke_answer *ans)
{
    const lke_grade *self = ans ? ans->grade[LKE_MANDIRI] : NULL, *ev = ans ? ans->grade[LKE_EVALUATOR] : NULL;
    put(b, ws, r, COL_SCALE, s->id, b->text);
    put(b, ws, r, COL_SELF, self ? self->code : NULL, b->in_code);
    put(b, ws, r, COL_EVALUATOR, ev ? ev->code : NULL, b->in_code);
    put(b, ws, r, COL_NOTE, ans ? ans->note : NULL, b->in_wrap);
    put_evidence(b, ws, r, ans);
    scale_dropdown(b, ws, r, s);
}

/* The data's suggestion and its basis, as the text output says them. */
static void put_suggestion(sheet_book *b, lxw_worksheet *ws, lxw_row_t r, const lke_criterion *c,
                           const lke_suggestion *s)
{
    if (!s || !c->from_data) {
        put(b, ws, r, COL_SUGGESTION, NULL, b->text);
        put(b, ws, r, COL_BASIS, NULL, b->wrap);
        return;
    }
    char basis[2400];
    if (!s->judged) {
        snprintf(basis, sizeof basis, "tidak dapat dinilai: %s (%s)", s->basis[0] ? s->basis[0] : "", c->from_data);
    } else {
        int n = snprintf(basis, sizeof basis, "%zu dari %zu %s (%s)", s->met, s->total, s->basis[0] ? s->basis[0] : "",
                         c->from_data);
        char where[4400];
        for (size_t i = 0; i < s->item_count && i < SUGGESTION_ITEMS && n > 0 && (size_t)n < sizeof basis; i++)
            n += snprintf(basis + n, sizeof basis - (size_t)n, "\n%s: %s: %s",
                          lke_item_where(&s->items[i], where, sizeof where), s->items[i].id, s->items[i].why[0]);
        if (s->item_count > SUGGESTION_ITEMS && n > 0 && (size_t)n < sizeof basis)
            snprintf(basis + n, sizeof basis - (size_t)n, "\n… dan %zu lainnya", s->item_count - SUGGESTION_ITEMS);
    }
    put(b, ws, r, COL_SUGGESTION, s->judged ? s->grade->code : "–", b->text);
    put(b, ws, r, COL_BASIS, basis, b->wrap);
}

static const lke_answer *answer_of(const lke_answers *a, int is_sub, size_t target)
{
    for (size_t i = 0; i < a->answer_count; i++)
        if (a->answers[i].is_sub == is_sub && a->answers[i].target == target)
            return &a->answers[i];
    return NULL;
}

static void write_lke(sheet_book *b, const lke *l, const lke_answers *a, const lke_unit_data *ud)
{
    lxw_worksheet *ws = new_sheet(b, SHEET_LKE);
    if (!ws)
        return;
    static const double widths[COLUMNS] = {8, 18, 14, 60, 7, 9, 10, 40, 30, 8, 40};
    for (lxw_col_t c = 0; c < COLUMNS; c++) {
        note(b, worksheet_set_column(ws, c, c, widths[c], NULL));
        put(b, ws, 0, c, HEADERS[c], b->header);
    }
    worksheet_freeze_panes(ws, 1, 1);
    const lke_suggestion *suggestions = ud && ud->found ? ud->by_criterion : NULL;
    lxw_row_t r = 1;
    for (size_t ci = 0; ci < l->component_count; ci++) {
        const lke_component *comp = &l->components[ci];
        put(b, ws, r, COL_KEY, comp->id, b->group);
        put(b, ws, r, COL_COMPONENT, comp->name[0], b->group);
        for (lxw_col_t c = COL_SUB; c < COLUMNS; c++)
            put(b, ws, r, c, NULL, b->group);
        r++;
        for (size_t k = 0; k < comp->count; k++) {
            size_t si = comp->first + k;
            const lke_sub *sub = &l->subs[si];
            put(b, ws, r, COL_KEY, sub->id, b->key);
            put(b, ws, r, COL_COMPONENT, comp->name[0], b->text);
            put(b, ws, r, COL_SUB, sub->name[0], b->text);
            if (sub->grade_scale) {
                put(b, ws, r, COL_TEXT, "Nilai langsung subkomponen (kosongkan untuk rata-rata kriterianya)", b->wrap);
                put_answer(b, ws, r, sub->grade_scale, answer_of(a, 1, si));
            } else {
                for (lxw_col_t c = COL_TEXT; c <= COL_EVIDENCE; c++)
                    put(b, ws, r, c, NULL, b->closed);
            }
            put(b, ws, r, COL_SUGGESTION, NULL, b->text);
            put(b, ws, r, COL_BASIS, NULL, b->wrap);
            r++;
            for (size_t q = 0; q < sub->count; q++, r++) {
                size_t ki = sub->first + q;
                const lke_criterion *crit = &l->criteria[ki];
                put(b, ws, r, COL_KEY, crit->id, b->key);
                put(b, ws, r, COL_COMPONENT, comp->name[0], b->text);
                put(b, ws, r, COL_SUB, sub->name[0], b->text);
                put(b, ws, r, COL_TEXT, crit->text, b->wrap);
                put_answer(b, ws, r, crit->scale, answer_of(a, 0, ki));
                put_suggestion(b, ws, r, crit, suggestions ? &suggestions[ki] : NULL);
            }
        }
    }
    lxw_protection protection = {.format_columns = 1, .format_rows = 1};
    worksheet_protect(ws, NULL, &protection);
}

static void write_recommendations(sheet_book *b, const lke_answers *a)
{
    lxw_worksheet *ws = new_sheet(b, SHEET_RECOMMENDATIONS);
    if (!ws)
        return;
    note(b, worksheet_set_column(ws, 0, 0, 6, NULL));
    note(b, worksheet_set_column(ws, 1, 1, 100, NULL));
    put(b, ws, 0, 0, "No", b->header);
    put(b, ws, 0, 1, "Rekomendasi", b->header);
    size_t rows = a->recommendation_count + RECOMMENDATION_ROWS;
    for (size_t i = 0; i < rows; i++) {
        note(b, worksheet_write_number(ws, (lxw_row_t)(i + 1), 0, (double)(i + 1), b->key));
        put(b, ws, (lxw_row_t)(i + 1), 1, i < a->recommendation_count ? a->recommendations[i] : NULL, b->in_wrap);
    }
    worksheet_freeze_panes(ws, 1, 0);
    lxw_protection protection = {.format_columns = 1, .format_rows = 1};
    worksheet_protect(ws, NULL, &protection);
}

/* What the book is: read back from here, never from the visible sheets. */
static void write_origin(sheet_book *b, const lke *l, const lke_answers *a)
{
    lxw_worksheet *ws = new_sheet(b, SHEET_ORIGIN);
    if (!ws)
        return;
    char year[16];
    snprintf(year, sizeof year, "%d", a->year);
    const char *cells[] = {SHEET_MARK, a->unit, l->id, l->version, year, a->kind, a->klaster, a->name, a->parent};
    for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
        put(b, ws, (lxw_row_t)i, 0, cells[i], NULL);
    worksheet_hide(ws); /* made very hidden after closing (xlsx_make_very_hidden) */
    worksheet_protect(ws, NULL, NULL);
}

/* SOURCE_DATE_EPOCH, else 1 January of the evaluated year: the same bytes
 * every run. */
static time_t created_time(int year)
{
    long long seconds;
    if (output_source_date(&seconds))
        return (time_t)seconds;
    struct tm tm = {.tm_year = (year >= 1980 && year <= 9999 ? year : 1980) - 1900, .tm_mday = 1};
    time_t t = timegm(&tm);
    return t < 0 ? 0 : t;
}

/* The workbook at tmp; 0, or -1 with the cause in why. */
static int write_book(const char *tmp, const lke *l, const lke_answers *a, const lke_unit_data *ud, char *why,
                      size_t why_size)
{
    if (workbook_libs_load(WORKBOOK_XLSX | WORKBOOK_ZIP, why, why_size) != 0)
        return -1;
    lxw_workbook_options wo = {.constant_memory = 0, .tmpdir = NULL, .use_zip64 = 0};
    sheet_book b = {.wb = workbook_new_opt(tmp, &wo)};
    if (!b.wb) {
        snprintf(why, why_size, "%s", strerror(errno ? errno : ENOMEM));
        return -1;
    }
    time_t when = created_time(a->year);
    char title[1200];
    snprintf(title, sizeof title, "LKE %s %d", a->name ? a->name : a->unit, a->year);
    lxw_doc_properties props = {.title = title, .author = "lkjip", .created = when};
    note(&b, workbook_set_properties(b.wb, &props));
    if (add_formats(&b) != 0) {
        note(&b, LXW_ERROR_MEMORY_MALLOC_FAILED);
    } else {
        write_petunjuk(&b, l, a);
        write_lke(&b, l, a, ud);
        write_recommendations(&b, a);
        write_origin(&b, l, a);
    }
    note(&b, workbook_close(b.wb)); /* frees the workbook, writes the file */
    if (b.error != LXW_NO_ERROR) {
        snprintf(why, why_size, "%s", lxw_strerror(b.error));
        return -1;
    }
    const char *step;
    if (xlsx_make_very_hidden(tmp, SHEET_ORIGIN, 1, when, &step) != 0) {
        snprintf(why, why_size, "%s: %s", step, strerror(errno ? errno : EIO));
        return -1;
    }
    return 0;
}

int lke_sheet_write(const char *dir, const lke *l, const lke_answers *a, const lke_unit_data *ud, lkj_diags *d)
{
    char folder[80], parent[4200], path[4300], tmp[4300], why[600];
    output_safe_name(a->unit, folder, sizeof folder);
    snprintf(parent, sizeof parent, "%s/%s", dir, folder);
    snprintf(path, sizeof path, "%s/evaluasi.xlsx", parent);
    snprintf(tmp, sizeof tmp, "%s/.evaluasi.xlsx.tmp-%ld", parent, (long)getpid()); /* as template.c */
    if (output_make_dirs(parent) != 0) {
        diag_loc loc = {path, 0, 0};
        DIAG(d, D_IO_WRITE, &loc, strerror(errno ? errno : EIO));
        return LKJ_EXIT_IO;
    }
    int rc = write_book(tmp, l, a, ud, why, sizeof why);
    if (rc == 0 && rename(tmp, path) != 0) {
        snprintf(why, sizeof why, "%s", strerror(errno));
        rc = -1;
    }
    if (rc == 0)
        return LKJ_EXIT_OK;
    unlink(tmp);
    diag_loc loc = {path, 0, 0};
    DIAG(d, D_IO_WRITE, &loc, why);
    return LKJ_EXIT_IO;
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

/* The <evaluasi> document made from the cells, and per line the cell. */
typedef struct sheet_doc {
    xmlBufferPtr xml;
    char **cells; /* cells[line], line 1-based */
    unsigned long lines, capacity;
    int failed;
} sheet_doc;

static void doc_add(sheet_doc *s, const char *text)
{
    if (!s->failed && xmlBufferCat(s->xml, (const xmlChar *)text) != 0)
        s->failed = 1;
}

/* Text for an attribute or element content: & < > " and the white space
 * that would not survive (line breaks, tabs) as references, so that the
 * document's lines stay one a cell. The cells came from XML, so they hold
 * no character XML forbids. */
static void doc_add_escaped(sheet_doc *s, const char *text)
{
    char one[2] = {0, 0};
    for (const char *p = text; *p && !s->failed; p++) {
        switch (*p) {
        case '&': doc_add(s, "&amp;"); break;
        case '<': doc_add(s, "&lt;"); break;
        case '>': doc_add(s, "&gt;"); break;
        case '"': doc_add(s, "&quot;"); break;
        case '\n': doc_add(s, "&#10;"); break;
        case '\r': doc_add(s, "&#13;"); break;
        case '\t': doc_add(s, "&#9;"); break;
        default:
            one[0] = *p;
            doc_add(s, one);
        }
    }
}

/* Ends the line in progress, which came from cell. */
static void doc_line(sheet_doc *s, const char *cell)
{
    doc_add(s, "\n");
    if (s->failed)
        return;
    if (s->lines + 2 > s->capacity) {
        unsigned long cap = s->capacity ? s->capacity * 2 : 64;
        char **grown = realloc(s->cells, cap * sizeof *grown);
        if (!grown) {
            s->failed = 1;
            return;
        }
        s->cells = grown;
        s->capacity = cap;
    }
    s->lines++;
    if (!(s->cells[s->lines] = strdup(cell)))
        s->failed = 1;
}

static void doc_free(sheet_doc *s)
{
    for (unsigned long i = 1; i <= s->lines; i++)
        free(s->cells[i]);
    free(s->cells);
    xmlBufferFree(s->xml);
}

/* A line ` name="value"` from cell; nothing for no value. */
static void doc_attr(sheet_doc *s, const char *name, const char *value, const char *cell)
{
    if (!value)
        return;
    doc_add(s, " ");
    doc_add(s, name);
    doc_add(s, "=\"");
    doc_add_escaped(s, value);
    doc_add(s, "\"");
    doc_line(s, cell);
}

/* A line <name>text</name> from cell. */
static void doc_element(sheet_doc *s, const char *name, const char *text, const char *cell)
{
    doc_add(s, "<");
    doc_add(s, name);
    doc_add(s, ">");
    doc_add_escaped(s, text);
    doc_add(s, "</");
    doc_add(s, name);
    doc_add(s, ">");
    doc_line(s, cell);
}

/* An answer code as typed, without surrounding spaces (in buf). */
static const char *code_of(const char *text, char *buf, size_t size)
{
    if (!text)
        return NULL;
    while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')
        text++;
    snprintf(buf, size, "%s", text);
    size_t n = strlen(buf);
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    return n ? buf : NULL;
}

typedef struct sheet_reader {
    import_book *book;
    sheet_doc doc;
    size_t lke, recs, origin; /* the sheets' indexes in book */
    unsigned long col[COLUMNS];
} sheet_reader;

static void cell_name(const sheet_reader *r, size_t sheet, unsigned long row, unsigned long col, char *out, size_t size)
{
    import_book_cell_name(r->book, sheet, row, col, out, size);
}

/* Each evidence line of the cell a <bukti>. */
static void doc_evidence(sheet_reader *r, const char *text, const char *cell)
{
    while (text && *text) {
        size_t n = strcspn(text, "\n");
        char line[4096];
        snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line - 1 ? n : sizeof line - 1), text);
        char trimmed[4096];
        if (code_of(line, trimmed, sizeof trimmed))
            doc_element(&r->doc, "bukti", trimmed, cell);
        text += n + (text[n] == '\n');
    }
}

/* A row of the LKE sheet with anything entered: a <jawaban>. */
static void doc_answer(sheet_reader *r, unsigned long row)
{
    const char *key = import_book_text(r->book, r->lke, row, r->col[COL_KEY]);
    const char *self_text = import_book_text(r->book, r->lke, row, r->col[COL_SELF]);
    const char *ev_text = import_book_text(r->book, r->lke, row, r->col[COL_EVALUATOR]);
    const char *note_text = import_book_text(r->book, r->lke, row, r->col[COL_NOTE]);
    const char *evidence = import_book_text(r->book, r->lke, row, r->col[COL_EVIDENCE]);
    char self[64], ev[64], buf[64];
    const char *self_code = code_of(self_text, self, sizeof self), *ev_code = code_of(ev_text, ev, sizeof ev);
    if (!key || (!self_code && !ev_code && !code_of(note_text, buf, sizeof buf) && !code_of(evidence, buf, sizeof buf)))
        return;
    char at_key[160], at[160];
    cell_name(r, r->lke, row, r->col[COL_KEY], at_key, sizeof at_key);
    doc_add(&r->doc, "<jawaban");
    doc_line(&r->doc, at_key);
    doc_attr(&r->doc, "ref", key, at_key);
    cell_name(r, r->lke, row, r->col[COL_SELF], at, sizeof at);
    doc_attr(&r->doc, "mandiri", self_code, at);
    cell_name(r, r->lke, row, r->col[COL_EVALUATOR], at, sizeof at);
    doc_attr(&r->doc, "evaluator", ev_code, at);
    doc_add(&r->doc, ">");
    doc_line(&r->doc, at_key);
    if (code_of(note_text, buf, sizeof buf)) {
        cell_name(r, r->lke, row, r->col[COL_NOTE], at, sizeof at);
        doc_element(&r->doc, "catatan", note_text, at);
    }
    cell_name(r, r->lke, row, r->col[COL_EVIDENCE], at, sizeof at);
    doc_evidence(r, evidence, at);
    doc_add(&r->doc, "</jawaban>");
    doc_line(&r->doc, at_key);
}

/* The root from the sheet lkjip: what the book is. */
static void doc_root(sheet_reader *r)
{
    static const char *const attrs[] = {NULL, "unit", "lke", NULL, "tahun", "jenis", "klaster"};
    doc_add(&r->doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    doc_line(&r->doc, "lkjip!A1");
    doc_add(&r->doc, "<evaluasi xmlns=\"" LKE_NS "\"");
    doc_line(&r->doc, "lkjip!A1");
    char at[160];
    for (unsigned long row = 1; row <= sizeof attrs / sizeof attrs[0]; row++) {
        if (!attrs[row - 1])
            continue;
        cell_name(r, r->origin, row, 1, at, sizeof at);
        doc_attr(&r->doc, attrs[row - 1], import_book_text(r->book, r->origin, row, 1), at);
    }
    doc_add(&r->doc, ">");
    doc_line(&r->doc, "lkjip!A1");
    const char *name = import_book_text(r->book, r->origin, 8, 1);
    cell_name(r, r->origin, 8, 1, at, sizeof at);
    doc_element(&r->doc, "nama", name ? name : "", at);
    const char *parent = import_book_text(r->book, r->origin, 9, 1);
    cell_name(r, r->origin, 9, 1, at, sizeof at);
    if (parent)
        doc_element(&r->doc, "induk", parent, at);
}

static void doc_recommendations(sheet_reader *r)
{
    unsigned long col = import_book_column(r->book, r->recs, "Rekomendasi");
    unsigned long last = import_book_last_row(r->book, r->recs);
    char at[160], buf[64];
    for (unsigned long row = 2; col && row <= last; row++) {
        const char *text = import_book_text(r->book, r->recs, row, col);
        if (!code_of(text, buf, sizeof buf))
            continue;
        cell_name(r, r->recs, row, col, at, sizeof at);
        doc_element(&r->doc, "rekomendasi", text, at);
    }
}

/* Opens the sheets; 0, or -1 after diagnostics. */
static int open_sheets(sheet_reader *r, const char *name, lkj_diags *d)
{
    int rc = import_book_sheet(r->book, SHEET_ORIGIN, &r->origin);
    if (rc < 0)
        return -1;
    const char *mark = rc == 0 ? import_book_text(r->book, r->origin, 1, 1) : NULL;
    if (!mark || strcmp(mark, SHEET_MARK) != 0) {
        const char *why = rc == 1 ? "tanpa lembar lkjip" : mark && strncmp(mark, "lkjip-workbook", 14) == 0
                                                                ? "buku kerja OPD dari lkjip template"
                                                                : "lembar lkjip tidak dikenal";
        diag_emit_cell(d, D_LKE_NOT_SHEET, name, rc == 1 ? NULL : "lkjip!A1", why, (const char *)NULL);
        return -1;
    }
    static const char *const sheets[] = {SHEET_LKE, SHEET_RECOMMENDATIONS};
    size_t *indexes[] = {&r->lke, &r->recs};
    for (size_t i = 0; i < 2; i++) {
        rc = import_book_sheet(r->book, sheets[i], indexes[i]);
        if (rc == 1)
            diag_emit_cell(d, D_XLSX_MISSING_SHEET, name, NULL, sheets[i], (const char *)NULL);
        if (rc != 0)
            return -1;
    }
    static const int needed[] = {COL_KEY, COL_SELF, COL_EVALUATOR, COL_NOTE, COL_EVIDENCE};
    int missing = 0;
    for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++)
        missing |= !(r->col[needed[i]] = import_book_column(r->book, r->lke, HEADERS[needed[i]]));
    return missing ? -1 : 0;
}

/* The <evaluasi> document of the book; 0, or -1 after diagnostics. */
static int sheet_document(const unsigned char *bytes, size_t len, const char *name, const lkj_limits *limits,
                          lkj_diags *d, sheet_doc *out)
{
    sheet_reader r = {.book = import_book_open(bytes, len, name, limits, d)};
    if (!r.book)
        return -1;
    r.doc.xml = xmlBufferCreate();
    int rc = -1;
    if (!r.doc.xml) {
        r.doc.failed = 1;
    } else if (open_sheets(&r, name, d) == 0) {
        doc_root(&r);
        unsigned long last = import_book_last_row(r.book, r.lke);
        for (unsigned long row = 2; row <= last; row++)
            doc_answer(&r, row);
        doc_recommendations(&r);
        doc_add(&r.doc, "</evaluasi>");
        doc_line(&r.doc, "lkjip!A1");
        rc = 0;
    }
    if (r.doc.failed) {
        diag_emit_cell(d, D_NO_MEMORY, name, NULL, (const char *)NULL);
        rc = -1;
    }
    import_book_close(r.book);
    if (rc != 0)
        doc_free(&r.doc);
    else
        *out = r.doc;
    return rc;
}

static void place_lines(const char *file, const char *const *cells, unsigned long lines, lkj_diags *d, size_t first)
{
    for (size_t i = first; i < lkj_diags_count(d); i++) {
        const lkj_diag *g = lkj_diags_at(d, i);
        if (g->cell || !g->line || strcmp(g->file, file) != 0)
            continue;
        diag_set_cell(d, i, g->line <= lines ? cells[g->line] : "lkjip!A1");
    }
}

void lke_sheet_place(const lke_answers *a, lkj_diags *d, size_t first)
{
    if (a && a->line_cells)
        place_lines(a->file, a->line_cells, a->line_cell_count, d, first);
}

/* Keeps the line map in the answers' arena, for the findings to come. */
static int keep_lines(lke_answers *a, const sheet_doc *s)
{
    const char **cells = arena_alloc(a->arena, (s->lines + 1) * sizeof *cells);
    if (!cells)
        return -1;
    cells[0] = NULL;
    for (unsigned long i = 1; i <= s->lines; i++)
        if (!(cells[i] = arena_strdup(a->arena, s->cells[i])))
            return -1;
    a->line_cells = cells;
    a->line_cell_count = s->lines;
    return 0;
}

static int read_sheet_answers(const unsigned char *raw, size_t len, const char *path, const lke *l,
                              const lkj_limits *limits, lkj_diags *d, lke_answers **out)
{
    size_t first = lkj_diags_count(d);
    unsigned long failures = load_memory_failures();
    sheet_doc s;
    int read = sheet_document(raw, len, path, limits, d, &s);
    if (load_memory_failures() != failures) { /* a part may have read as broken, or a cell as empty */
        diag_emit_cell(d, D_NO_MEMORY, path, NULL, (const char *)NULL);
        if (read == 0)
            doc_free(&s);
        return LKJ_EXIT_IO;
    }
    if (read != 0)
        return lkj_diags_count_severity(d, LKJ_SEV_FATAL) ? LKJ_EXIT_IO : LKJ_EXIT_PROBLEMS;
    int rc = lke_answers_load_bytes(xmlBufferContent(s.xml), (size_t)xmlBufferLength(s.xml), path, l, limits, d, out);
    place_lines(path, (const char *const *)s.cells, s.lines, d, first);
    if (*out && keep_lines(*out, &s) != 0) {
        lke_answers_free(*out);
        *out = NULL;
        diag_emit_cell(d, D_NO_MEMORY, path, NULL, (const char *)NULL);
        rc = LKJ_EXIT_IO;
    }
    doc_free(&s);
    return rc;
}

int lke_answers_read(const char *path, const lke *l, const lkj_limits *limits, lkj_diags *d, lke_answers **out)
{
    *out = NULL;
    unsigned char *raw = NULL;
    size_t len = 0;
    int rc = load_read_raw(path, NULL, limits, path, &raw, &len, d);
    if (rc != LKJ_EXIT_OK) {
        free(raw);
        return rc;
    }
    if (import_looks_like_workbook(raw, len))
        rc = read_sheet_answers(raw, len, path, l, limits, d, out);
    else
        rc = lke_answers_load_bytes(raw, len, path, l, limits, d, out);
    free(raw);
    return rc;
}

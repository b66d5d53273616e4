/*
 * template.c — `lkjip template`: one workbook per OPD, in the layout of
 * docs/workbook.md (the contract with import.c; change both or neither).
 *
 * The sheets are written with libxlsxwriter. Plan values go into locked
 * cells for reading; the cells an OPD fills (realisasi, anggaran, narasi,
 * the head's identity) are unlocked, validated and pre-filled with what its
 * submission already holds, so that importing an untouched template gives
 * back the submission it was made from. The submission itself travels in
 * the very hidden sheet `lkjip` (gzip, base64, 32,000 characters a cell)
 * with its SHA-256. libxlsxwriter 1.1 (Debian 12) can only hide a sheet,
 * so the package is opened again with libzip and its workbook part set to
 * veryHidden through libxml2 (xlsx_make_very_hidden, xlsx.c).
 */
#define _GNU_SOURCE /* mkostemp */
#include "template.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <nettle/base64.h>
#include <nettle/sha2.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "diag.h"
#include "import.h"
#include "load.h"
#include "model.h"
#include "output.h"
#include "xlsx.h"
#include "workbook_libs.h" /* last: it names libxlsxwriter's functions */

#define TEMPLATE_CHUNK 32000 /* characters of base64 per cell of the lkjip sheet */
#define TEMPLATE_NAME_MAX 64

struct template_run {
    template_options o;
    char (*names)[TEMPLATE_NAME_MAX + 1]; /* the workbooks written so far */
    char **owners;                        /* the unit id that took each name (copies) */
    size_t count, capacity;
};

/* ------------------------------------------------------------------ */
/* The run                                                             */
/* ------------------------------------------------------------------ */

template_run *template_begin(const template_options *options, lkj_diags *diags, int *failed)
{
    *failed = 0;
    template_run *run = calloc(1, sizeof *run);
    if (!run)
        return NULL;
    run->o = *options;
    if (output_make_dirs(options->out_dir) != 0) {
        diag_loc loc = {options->out_dir, 0, 0};
        DIAG(diags, D_TEMPLATE_FOLDER, &loc, options->out_dir, strerror(errno));
        *failed = 1;
    }
    return run;
}

void template_end(template_run *run, size_t *written)
{
    if (written)
        *written = run ? run->count : 0;
    if (!run)
        return;
    for (size_t i = 0; i < run->count; i++)
        free(run->owners[i]);
    free(run->names);
    free(run->owners);
    free(run);
}

/* Claims a workbook name for a unit; 1 when another unit has it already
 * (its id in *owner), -1 when out of memory. */
/* Gives back the last name claimed (its workbook was not written). */
static void unclaim_last(template_run *run)
{
    free(run->owners[--run->count]);
}

static int claim_name(template_run *run, const char *name, const char *unit, const char **owner)
{
    for (size_t i = 0; i < run->count; i++)
        if (strcmp(run->names[i], name) == 0) {
            *owner = run->owners[i];
            return 1;
        }
    if (run->count == run->capacity) {
        size_t cap = run->capacity ? 2 * run->capacity : 16;
        void *names = realloc(run->names, cap * sizeof *run->names);
        if (!names)
            return -1;
        run->names = names;
        void *owners = realloc(run->owners, cap * sizeof *run->owners);
        if (!owners)
            return -1;
        run->owners = owners;
        run->capacity = cap;
    }
    if (!(run->owners[run->count] = strdup(unit)))
        return -1;
    snprintf(run->names[run->count], sizeof run->names[0], "%s", name);
    run->count++;
    return 0;
}

/* ------------------------------------------------------------------ */
/* The plan submission, embedded                                       */
/* ------------------------------------------------------------------ */

typedef struct embedded {
    char *base64; /* the submission, gzip then base64 */
    size_t length;
    char sha256[2 * SHA256_DIGEST_SIZE + 1]; /* of the submission's (decompressed) bytes */
} embedded;

/* gzip (not zlib) framing, mtime 0: the same bytes every run. */
static unsigned char *gzip_bytes(const unsigned char *in, size_t len, size_t *out_len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    size_t cap = deflateBound(&z, (uLong)len) + 32;
    unsigned char *out = malloc(cap);
    if (!out) {
        deflateEnd(&z);
        return NULL;
    }
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)len;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    *out_len = cap - z.avail_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        free(out);
        return NULL;
    }
    return out;
}

/* Reads the unit's submission again (plain or gzip, within the limits),
 * hashes it and packs it for the lkjip sheet. Read failures are said by
 * the loader (LKJ0001...); 0, or -1 (errno ENOMEM when memory ran out). */
static int embed_submission(const template_run *run, const m_unit *u, embedded *e, lkj_diags *d)
{
    memset(e, 0, sizeof *e);
    unsigned char *raw = NULL;
    size_t raw_len = 0;
    load_doc ld;
    memset(&ld, 0, sizeof ld);
    ld.name = u->file;
    if (load_read_raw(u->file, NULL, &run->o.limits, u->file, &raw, &raw_len, d) != LKJ_EXIT_OK)
        return -1;
    /* A unit sent as a workbook: the submission it makes is the plan of
     * the next one (never the workbook's own bytes). */
    import_cells cells = {0};
    int rc = import_looks_like_workbook(raw, raw_len) ? import_decode(raw, raw_len, &run->o.limits, &ld, &cells, d)
                                                      : load_decode(raw, raw_len, &run->o.limits, &ld, d);
    import_cells_free(&cells);
    if (rc != LKJ_EXIT_OK) {
        load_doc_free(&ld);
        return -1;
    }
    struct sha256_ctx sha;
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_init(&sha);
    sha256_update(&sha, ld.len, ld.bytes);
    sha256_digest(&sha, sizeof digest, digest);
    for (size_t i = 0; i < sizeof digest; i++)
        snprintf(e->sha256 + 2 * i, 3, "%02x", digest[i]);
    size_t gz_len = 0;
    unsigned char *gz = gzip_bytes(ld.bytes, ld.len, &gz_len);
    load_doc_free(&ld);
    if (!gz) {
        errno = ENOMEM;
        return -1;
    }
    e->length = BASE64_ENCODE_RAW_LENGTH(gz_len);
    e->base64 = malloc(e->length + 1);
    if (!e->base64) {
        free(gz);
        errno = ENOMEM;
        return -1;
    }
    base64_encode_raw((char *)e->base64, gz_len, gz);
    e->base64[e->length] = '\0';
    free(gz);
    return 0;
}

/* ------------------------------------------------------------------ */
/* The workbook and its formats                                        */
/* ------------------------------------------------------------------ */

/* Columns of the Realisasi sheet after A-D: Jan..Des, TW I..IV, Tahunan. */
enum { COL_FIRST_PERIOD = 4, COL_MONTHS = 4, COL_QUARTERS = 16, COL_YEAR = 20, COL_LAST_PERIOD = 20 };
enum { PERIOD_MONTH = 1, PERIOD_QUARTER = 2, PERIOD_YEAR = 4 };

static const char *const month_names[12] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                            "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
static const char *const quarter_names[4] = {"TW I", "TW II", "TW III", "TW IV"};

typedef struct book {
    lxw_workbook *wb;
    lxw_error error; /* the first failure, kept for the finding */
    const template_run *run;
    const link_workspace *ws;
    const m_unit *unit;
    lxw_format *header, *key, *text, *number, *rupiah, *wrap;        /* locked */
    lxw_format *in_text, *in_number, *in_rupiah, *in_wrap, *in_nip;  /* editable */
    lxw_format *closed;                                              /* a period the plan does not use */
    lxw_format *title;
} book;

static void note(book *b, lxw_error e)
{
    xlsx_note(&b->error, e);
}

static void put_text(book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
    xlsx_put_text(&b->error, ws, r, c, s, f);
}

static void put_number(book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v, lxw_format *f)
{
    note(b, worksheet_write_number(ws, r, c, v, f));
}

static lxw_format *new_format(book *b, int locked, const char *num_format, int bold, int wrap, lxw_color_t fill)
{
    return xlsx_format(b->wb, locked, num_format, bold, wrap, fill);
}

/* The stored format codes are Excel's invariant ones: a spreadsheet in an
 * Indonesian locale shows #,##0.## as 1.234,56 (docs/workbook.md). */
#define FORMAT_NUMBER "#,##0.##"
#define FORMAT_RUPIAH "#,##0"
#define GREY XLSX_GREY
#define LIGHT XLSX_LIGHT
#define EDITABLE XLSX_EDITABLE

static int add_formats(book *b)
{
    b->header = new_format(b, 1, NULL, 1, 1, GREY);
    b->key = new_format(b, 1, "@", 0, 0, LIGHT);
    b->text = new_format(b, 1, "@", 0, 0, 0);
    b->wrap = new_format(b, 1, "@", 0, 1, 0);
    b->number = new_format(b, 1, FORMAT_NUMBER, 0, 0, 0);
    b->rupiah = new_format(b, 1, FORMAT_RUPIAH, 0, 0, 0);
    b->in_text = new_format(b, 0, NULL, 0, 0, EDITABLE);
    b->in_nip = new_format(b, 0, "@", 0, 0, EDITABLE);
    b->in_wrap = new_format(b, 0, NULL, 0, 1, EDITABLE);
    b->in_number = new_format(b, 0, FORMAT_NUMBER, 0, 0, EDITABLE);
    b->in_rupiah = new_format(b, 0, FORMAT_RUPIAH, 0, 0, EDITABLE);
    b->closed = new_format(b, 1, NULL, 0, 0, GREY);
    b->title = new_format(b, 1, NULL, 1, 0, 0);
    return b->header && b->key && b->text && b->wrap && b->number && b->rupiah && b->in_text && b->in_nip &&
                   b->in_wrap && b->in_number && b->in_rupiah && b->closed && b->title
               ? 0
               : -1;
}

/* A data sheet: header row 1 (frozen), keys in column A, protected. Rows
 * may be hidden and columns widened; nothing may be inserted or deleted. */
static lxw_worksheet *add_sheet(book *b, const char *name, const char *const *headers, size_t n)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
    if (!ws) {
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return NULL;
    }
    for (size_t c = 0; c < n; c++)
        put_text(b, ws, 0, (lxw_col_t)c, headers[c], b->header);
    worksheet_freeze_panes(ws, 1, 1);
    lxw_protection protection = {.format_columns = 1, .format_rows = 1};
    worksheet_protect(ws, NULL, &protection);
    return ws;
}

/* ------------------------------------------------------------------ */
/* Petunjuk                                                            */
/* ------------------------------------------------------------------ */

static void write_petunjuk(book *b)
{
    static const char *const lines[] = {
        "Buku kerja ini dibuat oleh lkjip dari rencana kinerja unit Anda. Isi hanya sel berwarna kuning; "
        "sel lain dikunci dan hanya untuk dibaca.",
        "",
        "Identitas: periksa nama, NIP (ditulis sebagai teks, 18 angka), jabatan dan pangkat kepala unit serta "
        "alamat kantor.",
        "Indikator: daftar indikator kinerja dengan satuan, polaritas, agregasi dan targetnya (tidak diubah di "
        "sini; perubahan rencana lewat Renstra/PK).",
        "Realisasi: isi realisasi setiap indikator per periode yang dipakai rencana (bulan, triwulan atau "
        "tahunan). Sel abu-abu adalah periode yang tidak dipakai indikator itu. Indikator rasio punya dua "
        "baris: pembilang dan penyebut; pengalinya ada di lembar Indikator. Indikator berskala memakai daftar "
        "pilihan.",
        "Anggaran: isi realisasi belanja setiap sub kegiatan per bulan, dalam rupiah penuh tanpa titik atau "
        "\"Rp\" (cukup angka; tampilannya 1.234.567).",
        "Narasi: tulis teks setiap bab dan analisis setiap sasaran. Pisahkan paragraf dengan baris kosong; "
        "baris yang diawali \"- \" menjadi butir daftar.",
        "",
        "Angka ditulis sebagai angka (koma desimal, misalnya 95,5). Persen ditulis tanpa tanda % "
        "(98,1, bukan 98,1%: dengan tanda %, Excel menyimpannya sebagai 0,981). Sel kosong berarti belum "
        "dilaporkan.",
        "Jangan mengubah kolom A (kunci) maupun judul kolom di baris 1: lkjip membaca baris menurut kuncinya, "
        "bukan menurut urutannya. Baris boleh disembunyikan dan tinggi baris atau lebar kolom boleh diubah; "
        "menyisipkan, menghapus atau mengurutkan baris tidak dapat dilakukan di lembar yang dikunci.",
        "Setelah diisi, kirim berkas .xlsx ini apa adanya; lkjip import membacanya kembali menjadi submisi "
        "dan memberi tahu sel mana yang perlu diperbaiki.",
    };
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Petunjuk");
    if (!ws) {
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    worksheet_set_column(ws, 0, 0, 110, b->wrap);
    char title[1200];
    snprintf(title, sizeof title, "Petunjuk pengisian: %s (%s), periode %s", b->unit->name ? b->unit->name : "",
             b->unit->id, b->run->o.period);
    put_text(b, ws, 0, 0, title, b->title);
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        put_text(b, ws, (lxw_row_t)(i + 2), 0, lines[i], b->wrap);
    worksheet_protect(ws, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* Identitas                                                           */
/* ------------------------------------------------------------------ */

static void write_identitas(book *b)
{
    static const char *const headers[] = {"Kunci", "Keterangan", "Isi"};
    lxw_worksheet *ws = add_sheet(b, "Identitas", headers, 3);
    if (!ws)
        return;
    const m_unit *u = b->unit;
    worksheet_set_column(ws, 0, 0, 18, b->key);
    worksheet_set_column(ws, 1, 1, 28, NULL);
    worksheet_set_column(ws, 2, 2, 60, NULL);
    struct {
        const char *key, *label, *value;
        int editable;
    } rows[] = {
        {"unit.id", "Id unit", u->id, 0},
        {"unit.kode", "Kode unit", u->code, 0},
        {"unit.nama", "Nama unit", u->name, 0},
        {"kepala.nama", "Nama kepala", u->head.name, 1},
        {"kepala.nip", "NIP kepala", u->head.nip, 1},
        {"kepala.jabatan", "Jabatan kepala", u->head.position, 1},
        {"kepala.pangkat", "Pangkat/golongan kepala", u->head.rank, 1},
        {"alamat", "Alamat kantor", u->address, 1},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        lxw_row_t r = (lxw_row_t)(i + 1);
        put_text(b, ws, r, 0, rows[i].key, b->key);
        put_text(b, ws, r, 1, rows[i].label, b->text);
        lxw_format *f = !rows[i].editable ? b->text : strcmp(rows[i].key, "kepala.nip") == 0 ? b->in_nip : b->in_text;
        put_text(b, ws, r, 2, rows[i].value, f);
    }
}

/* ------------------------------------------------------------------ */
/* Indikator                                                           */
/* ------------------------------------------------------------------ */

static const char *level_name(m_owner_kind k)
{
    static const char *const names[] = {"tujuan", "sasaran", "program", "kegiatan", "sub-kegiatan"};
    return names[k];
}

static const char *owner_key(const m_indicator *ind)
{
    switch (ind->owner_kind) {
    case M_OWNER_TUJUAN: return ((const m_tujuan *)ind->owner)->id;
    case M_OWNER_SASARAN: return ((const m_sasaran *)ind->owner)->id;
    case M_OWNER_PROGRAM: return ((const m_program *)ind->owner)->code;
    case M_OWNER_KEGIATAN: return ((const m_kegiatan *)ind->owner)->code;
    case M_OWNER_SUB: return ((const m_sub_kegiatan *)ind->owner)->code;
    }
    return "";
}

static const char *polarity_name(m_polarity p)
{
    return p == M_POLARITY_NEGATIVE ? "negatif" : p == M_POLARITY_RANGE ? "rentang" : "positif";
}

static const char *aggregation_name(m_aggregation a)
{
    static const char *const names[] = {"jumlah", "terakhir", "rata-rata", "maks", "min"};
    return names[a];
}

/* A plan value in a locked cell: a number as a number, a range, grade or
 * text as text. */
static void put_value(book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const m_value *v)
{
    char range[96];
    switch (v->kind) {
    case M_NUMBER: put_number(b, ws, r, c, v->number, b->number); break;
    case M_RANGE:
        snprintf(range, sizeof range, "%.15g \xe2\x80\x93 %.15g", v->low, v->high);
        put_text(b, ws, r, c, range, b->text);
        break;
    case M_GRADE: put_text(b, ws, r, c, v->grade, b->text); break;
    case M_TEXT: put_text(b, ws, r, c, v->text, b->text); break;
    default: note(b, worksheet_write_blank(ws, r, c, b->text)); break;
    }
}

/* The PK target of the report year: the latest version's. */
static const m_pk_target *pk_target(const m_indicator *ind)
{
    const m_pk_target *best = NULL;
    for (size_t i = 0; i < ind->pk_target_count; i++)
        if (!best || ind->pk_targets[i].version > best->version)
            best = &ind->pk_targets[i];
    return best;
}

/* The pengali of a ratio indicator, from its realisasi (0: none). */
static double multiplier_of(const m_indicator *ind)
{
    for (size_t i = 0; i < ind->realisasi_count; i++)
        if (ind->realisasi[i].value.kind == M_RATIO)
            return ind->realisasi[i].value.multiplier;
    return 0;
}

typedef struct indicator_list {
    const m_indicator **items;
    size_t count, capacity;
    int failed;
} indicator_list;

static void collect_indicator(const m_indicator *ind, void *ctx)
{
    indicator_list *l = ctx;
    if (l->failed)
        return;
    if (l->count == l->capacity) {
        size_t cap = l->capacity ? 2 * l->capacity : 64;
        const m_indicator **items = realloc(l->items, cap * sizeof *items);
        if (!items) {
            l->failed = 1;
            return;
        }
        l->items = items;
        l->capacity = cap;
    }
    l->items[l->count++] = ind;
}

static int any_pk_quarters(const indicator_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        const m_pk_target *t = pk_target(l->items[i]);
        if (t && t->quarters)
            return 1;
    }
    return 0;
}

static void write_indikator(book *b, const indicator_list *l)
{
    const m_unit *u = b->unit;
    int first = u->plan_first, last = u->plan_last;
    if (first <= 0 || last < first || last - first > 20)
        first = last = b->run->o.year;
    int quarters = any_pk_quarters(l);
    static const char *const fixed[] = {"Kunci", "Tingkat", "Induk", "Indikator", "Satuan", "Polaritas", "Agregasi"};
    char names[40][32];
    const char *headers[40];
    size_t n = 0;
    for (; n < 7; n++)
        headers[n] = fixed[n];
    for (int y = first; y <= last; y++, n++) {
        snprintf(names[n], sizeof names[n], "Target %d", y);
        headers[n] = names[n];
    }
    size_t pk_col = n;
    snprintf(names[n], sizeof names[n], "Target PK %d", b->run->o.year);
    headers[n] = names[n];
    n++;
    for (int q = 0; quarters && q < 4; q++, n++) {
        snprintf(names[n], sizeof names[n], "Target PK %s", quarter_names[q]);
        headers[n] = names[n];
    }
    size_t pengali_col = n;
    headers[n++] = "Pengali";
    size_t skala_col = n;
    headers[n++] = "Skala";
    lxw_worksheet *ws = add_sheet(b, "Indikator", headers, n);
    if (!ws)
        return;
    worksheet_set_column(ws, 0, 0, 20, b->key);
    worksheet_set_column(ws, 1, 2, 14, NULL);
    worksheet_set_column(ws, 3, 3, 50, NULL);
    worksheet_set_column(ws, 4, 4, 22, NULL);
    worksheet_set_column(ws, 5, (lxw_col_t)(n - 1), 12, NULL);
    for (size_t i = 0; i < l->count; i++) {
        const m_indicator *ind = l->items[i];
        lxw_row_t r = (lxw_row_t)(i + 1);
        put_text(b, ws, r, 0, ind->id, b->key);
        put_text(b, ws, r, 1, level_name(ind->owner_kind), b->text);
        put_text(b, ws, r, 2, owner_key(ind), b->text);
        put_text(b, ws, r, 3, ind->name, b->text);
        put_text(b, ws, r, 4, ind->unit_of_measure, b->text);
        put_text(b, ws, r, 5, polarity_name(ind->polarity), b->text);
        put_text(b, ws, r, 6, aggregation_name(ind->aggregation), b->text);
        for (int y = first; y <= last; y++) {
            lxw_col_t c = (lxw_col_t)(7 + y - first);
            const m_value *v = NULL;
            for (size_t t = 0; t < ind->target_count; t++)
                if (ind->targets[t].year == y)
                    v = &ind->targets[t].value;
            if (v)
                put_value(b, ws, r, c, v);
            else
                note(b, worksheet_write_blank(ws, r, c, b->text));
        }
        const m_pk_target *pk = pk_target(ind);
        if (pk)
            put_value(b, ws, r, (lxw_col_t)pk_col, &pk->value);
        for (int q = 0; pk && quarters && q < 4; q++)
            put_value(b, ws, r, (lxw_col_t)(pk_col + 1 + (size_t)q), m_pk_quarter(pk, q));
        double m = multiplier_of(ind);
        if (m > 0)
            put_number(b, ws, r, (lxw_col_t)pengali_col, m, b->number);
        put_text(b, ws, r, (lxw_col_t)skala_col, ind->scale, b->text);
    }
}

/* ------------------------------------------------------------------ */
/* Realisasi                                                           */
/* ------------------------------------------------------------------ */

/* The periods an indicator is reported in: those its submission used for
 * the report year; without any, its agregasi says (docs/workbook.md). */
static unsigned periods_of(const m_indicator *ind, int year)
{
    unsigned p = 0;
    for (size_t i = 0; ind->realisasi_year == year && i < ind->realisasi_count; i++)
        p |= ind->realisasi[i].kind == M_PERIOD_MONTH     ? PERIOD_MONTH
             : ind->realisasi[i].kind == M_PERIOD_QUARTER ? PERIOD_QUARTER
                                                          : PERIOD_YEAR;
    if (p)
        return p;
    return ind->aggregation == M_AGG_LAST ? PERIOD_QUARTER : PERIOD_MONTH;
}

static int is_ratio(const m_indicator *ind)
{
    return multiplier_of(ind) > 0;
}

/* The scale of a graded indicator: its unit's, else any unit's in the part. */
static const m_scale *scale_of(const book *b, const m_indicator *ind)
{
    if (!ind->scale)
        return NULL;
    for (size_t s = 0; s < b->unit->scale_count; s++)
        if (strcmp(b->unit->scales[s].id, ind->scale) == 0)
            return &b->unit->scales[s];
    for (size_t k = 0; k < b->ws->unit_count; k++)
        for (size_t s = 0; s < b->ws->units[k]->scale_count; s++)
            if (strcmp(b->ws->units[k]->scales[s].id, ind->scale) == 0)
                return &b->ws->units[k]->scales[s];
    return NULL;
}

/* Whether a column is open for an indicator of these periods in the
 * template's period (months up to last_month, Tahunan only for the year). */
static int column_open(const book *b, unsigned periods, lxw_col_t c)
{
    int last = b->run->o.last_month;
    if (c < COL_QUARTERS)
        return (periods & PERIOD_MONTH) && (int)(c - COL_MONTHS) < last;
    if (c < COL_YEAR)
        return (periods & PERIOD_QUARTER) && 3 * (int)(c - COL_QUARTERS + 1) <= last;
    return (periods & PERIOD_YEAR) && last == 12;
}

/* The submission's value for a column (NULL: none). */
static const m_value *value_at(const m_indicator *ind, int year, lxw_col_t c)
{
    m_period_kind kind = c < COL_QUARTERS ? M_PERIOD_MONTH : c < COL_YEAR ? M_PERIOD_QUARTER : M_PERIOD_YEAR;
    int index = c < COL_QUARTERS ? (int)(c - COL_MONTHS) + 1 : c < COL_YEAR ? (int)(c - COL_QUARTERS) + 1 : 0;
    for (size_t i = 0; ind->realisasi_year == year && i < ind->realisasi_count; i++)
        if (ind->realisasi[i].kind == kind && ind->realisasi[i].index == index)
            return &ind->realisasi[i].value;
    return NULL;
}

typedef enum { ROW_VALUE, ROW_NUMERATOR, ROW_DENOMINATOR } row_kind;

static void put_realisasi(book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const m_value *v, row_kind kind)
{
    if (!v) {
        note(b, worksheet_write_blank(ws, r, c, b->in_number));
    } else if (v->kind == M_RATIO) {
        double x = kind == ROW_DENOMINATOR ? v->denominator : v->numerator;
        put_number(b, ws, r, c, x, b->in_number);
    } else if (v->kind == M_NUMBER) {
        put_number(b, ws, r, c, v->number, b->in_number);
    } else if (v->kind == M_GRADE) {
        put_text(b, ws, r, c, v->grade, b->in_text);
    } else if (v->kind == M_TEXT) {
        put_text(b, ws, r, c, v->text, b->in_text);
    } else {
        note(b, worksheet_write_blank(ws, r, c, b->in_number));
    }
}

/* The validation of one row's open cells: a grade from the scale, a
 * number (numerators and denominators >= 0), or free text. */
static void validate_row(book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c1, lxw_col_t c2, const m_indicator *ind,
                         row_kind kind)
{
    lxw_data_validation dv;
    memset(&dv, 0, sizeof dv);
    const m_scale *scale = scale_of(b, ind);
    if (scale) {
        const char *grades[64];
        size_t n = 0;
        for (size_t i = 0; i < scale->level_count && n < 63; i++)
            grades[n++] = scale->levels[i].code;
        grades[n] = NULL;
        xlsx_list_validation(&b->error, ws, r, c1, c2, grades, "Nilai tidak ada dalam skala",
                             "Pilih salah satu tingkat dari daftar.");
        return;
    } else if (ind->target_count && ind->targets[0].value.kind == M_TEXT) {
        return;
    } else {
        dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
        dv.criteria = kind == ROW_VALUE ? LXW_VALIDATION_CRITERIA_BETWEEN
                                        : LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        dv.minimum_number = -1e15;
        dv.maximum_number = 1e15;
        dv.value_number = 0;
        dv.error_title = "Bukan angka";
        dv.error_message = kind == ROW_VALUE ? "Tulis angka, misalnya 95,5."
                                             : "Tulis bilangan 0 atau lebih, misalnya 1012.";
    }
    note(b, worksheet_data_validation_range(ws, r, c1, r, c2, &dv));
}

static void write_realisasi_row(book *b, lxw_worksheet *ws, lxw_row_t r, const m_indicator *ind, row_kind kind)
{
    static const char *const kinds[] = {"nilai", "pembilang", "penyebut"};
    int year = b->run->o.year;
    unsigned periods = periods_of(ind, year);
    put_text(b, ws, r, 0, ind->id, b->key);
    put_text(b, ws, r, 1, kinds[kind], b->text);
    put_text(b, ws, r, 2, ind->name, b->text);
    put_text(b, ws, r, 3, ind->unit_of_measure, b->text);
    lxw_col_t open_from = 0;
    int open = 0;
    for (lxw_col_t c = COL_FIRST_PERIOD; c <= COL_LAST_PERIOD + 1; c++) {
        int now = c <= COL_LAST_PERIOD && column_open(b, periods, c);
        if (now && c <= COL_LAST_PERIOD)
            put_realisasi(b, ws, r, c, value_at(ind, year, c), kind);
        else if (c <= COL_LAST_PERIOD)
            note(b, worksheet_write_blank(ws, r, c, b->closed));
        /* one validation per run of open cells */
        if (now && !open)
            open_from = c;
        else if (!now && open)
            validate_row(b, ws, r, open_from, (lxw_col_t)(c - 1), ind, kind);
        open = now;
    }
}

static void write_realisasi(book *b, const indicator_list *l)
{
    const char *headers[4 + 12 + 4 + 1] = {"Kunci", "Jenis", "Indikator", "Satuan"};
    for (int m = 0; m < 12; m++)
        headers[COL_MONTHS + m] = month_names[m];
    for (int q = 0; q < 4; q++)
        headers[COL_QUARTERS + q] = quarter_names[q];
    headers[COL_YEAR] = "Tahunan";
    lxw_worksheet *ws = add_sheet(b, "Realisasi", headers, sizeof headers / sizeof headers[0]);
    if (!ws)
        return;
    worksheet_freeze_panes(ws, 1, 4);
    worksheet_set_column(ws, 0, 0, 20, b->key);
    worksheet_set_column(ws, 1, 1, 10, NULL);
    worksheet_set_column(ws, 2, 2, 45, NULL);
    worksheet_set_column(ws, 3, 3, 18, NULL);
    worksheet_set_column(ws, COL_FIRST_PERIOD, COL_LAST_PERIOD, 10, NULL);
    lxw_row_t r = 1;
    for (size_t i = 0; i < l->count; i++) {
        const m_indicator *ind = l->items[i];
        if (ind->formula) /* a composite is computed from other indicators: nothing to fill */
            continue;
        if (is_ratio(ind)) {
            write_realisasi_row(b, ws, r++, ind, ROW_NUMERATOR);
            write_realisasi_row(b, ws, r++, ind, ROW_DENOMINATOR);
        } else {
            write_realisasi_row(b, ws, r++, ind, ROW_VALUE);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Anggaran                                                            */
/* ------------------------------------------------------------------ */

static void write_anggaran(book *b)
{
    const char *headers[3 + 12] = {"Kunci", "Sub Kegiatan", "Pagu"};
    for (int m = 0; m < 12; m++)
        headers[3 + m] = month_names[m];
    lxw_worksheet *ws = add_sheet(b, "Anggaran", headers, 15);
    if (!ws)
        return;
    worksheet_set_column(ws, 0, 0, 20, b->key);
    worksheet_set_column(ws, 1, 1, 50, NULL);
    worksheet_set_column(ws, 2, 14, 16, NULL);
    lxw_data_validation dv = {.validate = LXW_VALIDATION_TYPE_INTEGER,
                              .criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                              .value_number = 0,
                              .error_title = "Bukan rupiah penuh",
                              .error_message = "Tulis bilangan bulat 0 atau lebih, tanpa titik dan tanpa Rp."};
    const m_unit *u = b->unit;
    lxw_row_t r = 1;
    for (size_t p = 0; p < u->program_count; p++)
        for (size_t k = 0; k < u->programs[p].kegiatan_count; k++)
            for (size_t s = 0; s < u->programs[p].kegiatan[k].sub_count; s++) {
                const m_sub_kegiatan *sub = &u->programs[p].kegiatan[k].subs[s];
                put_text(b, ws, r, 0, sub->code, b->key);
                put_text(b, ws, r, 1, sub->name, b->text);
                put_number(b, ws, r, 2, sub->pagu, b->rupiah);
                for (int m = 0; m < 12; m++) {
                    lxw_col_t c = (lxw_col_t)(3 + m);
                    if (m >= b->run->o.last_month)
                        note(b, worksheet_write_blank(ws, r, c, b->closed));
                    else if (sub->spent_months & (1u << m))
                        put_number(b, ws, r, c, sub->spent[m], b->in_rupiah);
                    else
                        note(b, worksheet_write_blank(ws, r, c, b->in_rupiah));
                }
                note(b, worksheet_data_validation_range(ws, r, 3, r, (lxw_col_t)(2 + b->run->o.last_month), &dv));
                r++;
            }
}

/* ------------------------------------------------------------------ */
/* Narasi                                                              */
/* ------------------------------------------------------------------ */

/* A growing string (the Narasi cell's text). */
typedef struct text_buf {
    char *s;
    size_t len, cap;
    int failed;
} text_buf;

static void text_add(text_buf *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (t->len + n + 1 > cap)
            cap *= 2;
        char *grown = realloc(t->s, cap);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->s = grown;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static char text_last(const text_buf *t)
{
    return t->len ? t->s[t->len - 1] : '\n';
}

static void text_trim_end(text_buf *t)
{
    while (t->len > 0 && t->s[t->len - 1] == ' ')
        t->s[--t->len] = '\0';
}

/* A narrative fragment (p, ul, ol, li, b, i: docs/format.md 11.3) as the
 * Narasi sheet's text: paragraphs apart by a blank line, list items as
 * lines starting with "- ". Bold and italic do not survive a cell. */
static void append_inline(text_buf *out, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            /* whitespace runs (the XML's indentation) become one space */
            for (const xmlChar *s = n->content; s && *s; s++) {
                int space = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
                if (space && (text_last(out) == '\n' || text_last(out) == ' '))
                    continue;
                text_add(out, space ? " " : (const char *)s, 1);
            }
        } else if (n->type == XML_ELEMENT_NODE) {
            append_inline(out, n->children);
        }
    }
}

static void append_blocks(text_buf *out, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (out->len > 0)
            text_add(out, "\n\n", 2);
        if (xmlStrEqual(n->name, BAD_CAST "ul") || xmlStrEqual(n->name, BAD_CAST "ol")) {
            int first = 1;
            for (xmlNodePtr li = n->children; li; li = li->next) {
                if (li->type != XML_ELEMENT_NODE)
                    continue;
                if (!first)
                    text_add(out, "\n", 1);
                first = 0;
                text_add(out, "- ", 2);
                append_inline(out, li->children);
                text_trim_end(out);
            }
        } else {
            append_inline(out, n->children);
            text_trim_end(out);
        }
    }
}

/* The cell text of a fragment, malloc'd (NULL when out of memory). */
static char *narrative_text(const char *xml)
{
    if (!xml)
        return strdup("");
    size_t len = strlen(xml);
    char *wrapped = malloc(len + 8);
    if (!wrapped)
        return NULL;
    memcpy(wrapped, "<r>", 3);
    memcpy(wrapped + 3, xml, len);
    memcpy(wrapped + 3 + len, "</r>", 5);
    xmlDocPtr doc = xmlReadMemory(wrapped, (int)(len + 7), NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                                             XML_PARSE_NOWARNING);
    free(wrapped);
    text_buf out = {0};
    char *text = NULL;
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (root) {
        text_add(&out, "", 0);
        append_blocks(&out, root->children);
        if (!out.failed) {
            text = out.s;
            out.s = NULL;
        }
    }
    free(out.s);
    xmlFreeDoc(doc);
    return text;
}

static const struct {
    const char *key, *label;
} chapters[] = {
    {"ikhtisar", "Ikhtisar Eksekutif"},
    {"pendahuluan", "Bab I Pendahuluan"},
    {"perencanaan", "Bab II Perencanaan Kinerja"},
    {"akuntabilitas", "Bab III A Capaian Kinerja Organisasi"},
    {"anggaran", "Bab III B Realisasi Anggaran"},
    {"penutup", "Bab IV Penutup"},
};
static const struct {
    const char *key, *label;
} parts[] = {
    {"konteks", "konteks"},
    {"penyebab", "penyebab keberhasilan/kegagalan"},
    {"solusi", "solusi dan langkah ke depan"},
    {"efisiensi", "efisiensi penggunaan sumber daya"},
};

static const char *find_narrative(const m_narrative *list, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (list[i].chapter && strcmp(list[i].chapter, key) == 0)
            return list[i].xml;
    return NULL;
}

static void put_narrative(book *b, lxw_worksheet *ws, lxw_row_t r, const char *key, const char *label, const char *xml)
{
    put_text(b, ws, r, 0, key, b->key);
    put_text(b, ws, r, 1, label, b->wrap);
    if (!xml) {
        note(b, worksheet_write_blank(ws, r, 2, b->in_wrap));
        return;
    }
    char *text = narrative_text(xml);
    if (!text)
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
    else
        put_text(b, ws, r, 2, text, b->in_wrap);
    free(text);
}

static void write_narasi(book *b)
{
    static const char *const headers[] = {"Kunci", "Bagian", "Teks"};
    lxw_worksheet *ws = add_sheet(b, "Narasi", headers, 3);
    if (!ws)
        return;
    worksheet_set_column(ws, 0, 0, 24, b->key);
    worksheet_set_column(ws, 1, 1, 36, NULL);
    worksheet_set_column(ws, 2, 2, 100, NULL);
    const m_unit *u = b->unit;
    lxw_row_t r = 1;
    for (size_t i = 0; i < sizeof chapters / sizeof chapters[0]; i++, r++)
        put_narrative(b, ws, r, chapters[i].key, chapters[i].label,
                      find_narrative(u->narratives, u->narrative_count, chapters[i].key));
    for (size_t t = 0; t < u->tujuan_count; t++)
        for (size_t s = 0; s < u->tujuan[t].sasaran_count; s++) {
            const m_sasaran *sa = &u->tujuan[t].sasaran[s];
            for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++, r++) {
                char key[600], label[1200];
                snprintf(key, sizeof key, "%s/%s", sa->id, parts[p].key);
                snprintf(label, sizeof label, "Analisis %s: %s", sa->id, parts[p].label);
                put_narrative(b, ws, r, key, label, find_narrative(sa->analysis, sa->analysis_count, parts[p].key));
            }
        }
}

/* ------------------------------------------------------------------ */
/* lkjip: where the workbook came from                                 */
/* ------------------------------------------------------------------ */

static void write_origin(book *b, const embedded *e)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "lkjip");
    if (!ws) {
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    put_text(b, ws, 0, 0, "lkjip-workbook 1", NULL);
    put_text(b, ws, 1, 0, b->unit->id, NULL);
    put_number(b, ws, 2, 0, b->run->o.year, NULL);
    put_text(b, ws, 3, 0, b->run->o.period, NULL);
    put_text(b, ws, 4, 0, e->sha256, NULL);
    char chunk[TEMPLATE_CHUNK + 1];
    lxw_row_t r = 5;
    for (size_t at = 0; at < e->length; at += TEMPLATE_CHUNK, r++) {
        size_t n = e->length - at < TEMPLATE_CHUNK ? e->length - at : TEMPLATE_CHUNK;
        memcpy(chunk, e->base64 + at, n);
        chunk[n] = '\0';
        put_text(b, ws, r, 0, chunk, NULL);
    }
    worksheet_hide(ws); /* made very hidden after closing (xlsx_make_very_hidden) */
    worksheet_protect(ws, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* Writing one workbook                                                */
/* ------------------------------------------------------------------ */

/* The time written in docProps/core.xml and the zip entries: the run's. */
static time_t created_time(const template_run *run)
{
    return (time_t)run->o.created;
}

static void write_sheets(book *b, const indicator_list *l, const embedded *e)
{
    if (add_formats(b) != 0) {
        note(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    write_petunjuk(b);
    write_identitas(b);
    write_indikator(b, l);
    write_realisasi(b, l);
    write_anggaran(b);
    write_narasi(b);
    write_origin(b, e);
}

/* Writes the workbook to tmp; 0, or -1 with the finding's cause in why. */
static int write_workbook(template_run *run, const link_workspace *ws, const m_unit *u, const embedded *e,
                          const char *tmp, char *why, size_t why_size)
{
    if (workbook_libs_load(WORKBOOK_XLSX | WORKBOOK_ZIP, why, why_size) != 0)
        return -1;
    indicator_list l = {0};
    model_each_indicator(u, collect_indicator, &l);
    if (l.failed) {
        free(l.items);
        snprintf(why, why_size, "%s", strerror(ENOMEM));
        return -1;
    }
    lxw_workbook_options wo = {.constant_memory = 0, .tmpdir = NULL, .use_zip64 = 0};
    book b = {.run = run, .ws = ws, .unit = u};
    b.wb = workbook_new_opt(tmp, &wo);
    if (!b.wb) {
        free(l.items);
        snprintf(why, why_size, "%s", strerror(errno ? errno : ENOMEM));
        return -1;
    }
    char title[1200];
    snprintf(title, sizeof title, "LKjIP %s %s", u->name ? u->name : u->id, run->o.period);
    lxw_doc_properties props = {.title = title, .author = "lkjip", .created = created_time(run)};
    note(&b, workbook_set_properties(b.wb, &props));
    write_sheets(&b, &l, e);
    free(l.items);
    lxw_error closed = workbook_close(b.wb); /* frees the workbook, writes the file */
    note(&b, closed);
    if (b.error != LXW_NO_ERROR) {
        snprintf(why, why_size, "%s", lxw_strerror(b.error));
        return -1;
    }
    const char *step;
    if (xlsx_make_very_hidden(tmp, "lkjip", 0, created_time(run), &step) != 0) {
        snprintf(why, why_size, "%s: %s", step, strerror(errno ? errno : EIO));
        return -1;
    }
    return 0;
}

/* One OPD's workbook: embedded plan, sheets, temporary name, rename. */
static int template_unit(template_run *run, const link_workspace *ws, const m_unit *u, lkj_diags *d)
{
    char name[TEMPLATE_NAME_MAX + 1];
    output_safe_name(u->id, name, sizeof name);
    const char *owner = NULL;
    int claimed = claim_name(run, name, u->id, &owner);
    diag_loc loc = {u->file, u->pos.line, u->pos.column};
    if (claimed < 0) {
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    char file[TEMPLATE_NAME_MAX + 8];
    snprintf(file, sizeof file, "%s.xlsx", name);
    if (claimed > 0) {
        DIAG(d, D_TEMPLATE_NAME_TAKEN, &loc, u->id, file, owner);
        return LKJ_EXIT_PROBLEMS;
    }
    embedded e;
    if (embed_submission(run, u, &e, d) != 0) {
        int oom = errno == ENOMEM;
        if (oom)
            DIAG0(d, D_NO_MEMORY, &loc);
        else
            DIAG(d, D_TEMPLATE_PLAN, &loc, u->file, u->id);
        unclaim_last(run); /* the name was not used */
        return LKJ_EXIT_IO;
    }
    char path[4400], tmp[4400], why[600];
    snprintf(path, sizeof path, "%s/%s", run->o.out_dir, file);
    snprintf(tmp, sizeof tmp, "%s/.%s.tmp-%ld", run->o.out_dir, file, (long)getpid());
    int rc = write_workbook(run, ws, u, &e, tmp, why, sizeof why);
    free(e.base64);
    if (rc == 0 && rename(tmp, path) != 0) {
        snprintf(why, sizeof why, "%s", strerror(errno));
        rc = -1;
    }
    if (rc != 0) {
        unlink(tmp);
        diag_loc out = {path, 0, 0};
        DIAG(d, D_TEMPLATE_WRITE, &out, path, why);
        unclaim_last(run);
        return LKJ_EXIT_IO;
    }
    return LKJ_EXIT_OK;
}

int template_part(template_run *run, const link_workspace *part, lkj_diags *diags)
{
    int status = LKJ_EXIT_OK;
    for (size_t i = 0; i < part->unit_count && status < LKJ_EXIT_IO; i++) {
        const m_unit *u = part->units[i];
        if (u->level != M_LEVEL_OPD || u->accepted_on)
            continue;
        int s = template_unit(run, part, u, diags);
        if (s > status)
            status = s;
    }
    return status;
}

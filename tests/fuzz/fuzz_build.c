/*
 * fuzz_build.c — fuzz target for what follows a clean check: read →
 * partition → store (written out and read back) → link → evaluate → lower, on a small valid workspace (a profile, a kabupaten with
 * a composite indicator, one OPD) whose values come from the fuzz input.
 * The input is split at newlines; piece k replaces the slot {A+k} of the
 * templates below (XML-escaped, so the files stay well formed), and a
 * missing piece keeps the slot's default, so the empty input is the valid
 * workspace itself. Slot {A} is the reporting period. An input whose files
 * fail the check still links what was clean, as `lkjip build` does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "check.h"
#include "evaluate.h"
#include "fuzz.h"
#include "link.h"
#include "lkjip/lkjip.h"
#include "lower.h"
#include "measure.h"
#include "partition.h"
#include "run.h"
#include "store.h"

/* The slots {A}..{Z}, by letter, with their defaults. */
static const char *const slot_default[] = {
    "2025",                                   /* A period */
    "0.5 * KAB-UHH + 0.5 * A-I1 / 10",        /* B kabupaten composite formula */
    "74.5", "74.6", "positif",                /* C D E: KAB-UHH target, realisasi, polarity */
    "100", "50", "60", "100", "2",            /* F G H I J: A-I1 target, pembilang, penyebut, pengali, month */
    "120", "90", "80",                        /* K L M: target-akhir, standar-nasional, realisasi-lalu */
    "100000000", "50000000",                  /* N O: pagu, spending in month 1 */
    "jumlah", "negatif",                      /* P Q: A-I1 aggregation, A-I2 polarity */
    "10", "20", "15",                         /* R S T: A-I2 range target and realisasi */
    "120", "2", "76",                         /* U V W: profile cap, decimals, category minimum */
    "Indikator dinas-a",                      /* X: a name (text in the IR) */
    "terakhir", "1"                           /* Y Z: A-I2 aggregation, PK version */
};
#define SLOTS (sizeof slot_default / sizeof slot_default[0])

static const char profile_xml[] =
    "<profil xmlns=\"urn:lkjip:workspace:1\"><entitas>kab-contoh</entitas><tahun>2025</tahun>"
    "<kebijakan><batas-atas>{U}</batas-atas><pembulatan desimal=\"{V}\"/>"
    "<skala-kategori nama=\"s\"><kategori kode=\"T\" min=\"{W}\" label=\"Tinggi\"/>"
    "<kategori kode=\"R\" label=\"Rendah\"/></skala-kategori></kebijakan></profil>";

static const char kab_xml[] =
    "<submisi xmlns=\"urn:lkjip:submission:1\" tahun=\"2025\">"
    "<unit id=\"kab-contoh\" tingkat=\"kabupaten\" kode=\"33.90\"><nama>Kabupaten Contoh</nama>"
    "<kepala><nama>H. Ahmad</nama><jabatan>Bupati</jabatan></kepala></unit>"
    "<periode-rencana dokumen=\"RPJMD\" awal=\"2021\" akhir=\"2026\"/>"
    "<tujuan id=\"KAB-T1\"><uraian>Tujuan</uraian><sasaran id=\"KAB-S1\"><uraian>Sasaran</uraian>"
    "<indikator id=\"KAB-UHH\" polaritas=\"{E}\" agregasi=\"terakhir\" iku=\"ya\"><nama>UHH</nama>"
    "<satuan>tahun</satuan><target tahun=\"2025\" nilai=\"{C}\"/>"
    "<realisasi><tahunan nilai=\"{D}\"/></realisasi></indikator>"
    "<indikator id=\"KAB-IPM\" polaritas=\"positif\" agregasi=\"terakhir\"><nama>IPM</nama>"
    "<satuan>poin</satuan><rumus>{B}</rumus><target tahun=\"2025\" nilai=\"70\"/></indikator>"
    "</sasaran></tujuan></submisi>";

static const char opd_xml[] =
    "<submisi xmlns=\"urn:lkjip:submission:1\" tahun=\"2025\">"
    "<unit id=\"dinas-a\" tingkat=\"opd\" kode=\"1.02.0.00.0.00.01.0000\" induk=\"kab-contoh\">"
    "<nama>Dinas A</nama><kepala><nama>Siti</nama><jabatan>Kepala</jabatan>"
    "<nip>197503122002122003</nip></kepala></unit>"
    "<periode-rencana dokumen=\"Renstra\" awal=\"2021\" akhir=\"2026\"/>"
    "<tujuan id=\"A-T1\"><uraian>Tujuan</uraian><sasaran id=\"A-S1\" mendukung=\"KAB-S1\">"
    "<uraian>Sasaran</uraian>"
    "<indikator id=\"A-I1\" polaritas=\"positif\" agregasi=\"{P}\"><nama>{X}</nama><satuan>%</satuan>"
    "<target tahun=\"2025\" nilai=\"{F}\"/><target-akhir nilai=\"{K}\"/><target-pk versi=\"{Z}\" nilai=\"{F}\"/>"
    "<standar-nasional nilai=\"{L}\"/>"
    "<realisasi><bulan ke=\"1\" pembilang=\"{G}\" penyebut=\"{H}\" pengali=\"{I}\"/>"
    "<bulan ke=\"{J}\" pembilang=\"{H}\" penyebut=\"{G}\" pengali=\"{I}\"/></realisasi>"
    "<realisasi-lalu tahun=\"2024\" nilai=\"{M}\"/></indikator>"
    "<indikator id=\"A-I2\" polaritas=\"{Q}\" agregasi=\"{Y}\"><nama>Rentang</nama><satuan>%</satuan>"
    "<target tahun=\"2025\" bawah=\"{R}\" atas=\"{S}\"/>"
    "<realisasi><triwulan ke=\"1\" nilai=\"{T}\"/><triwulan ke=\"3\" nilai=\"{R}\"/></realisasi>"
    "</indikator></sasaran></tujuan>"
    "<program kode=\"1.02.02\" mendukung=\"A-S1\"><nama>Program</nama><kegiatan kode=\"1.02.02.2.01\">"
    "<nama>Kegiatan</nama><sub-kegiatan kode=\"1.02.02.2.01.0001\"><nama>Sub</nama><pagu>{N}</pagu>"
    "<realisasi-anggaran><bulan ke=\"1\" nilai=\"{O}\"/></realisasi-anggaran></sub-kegiatan></kegiatan></program>"
    "<perjanjian-kinerja versi=\"1\" tanggal=\"2025-01-06\" tempat=\"Contoh\">"
    "<pihak-pertama><nama>Siti</nama><jabatan>Kepala</jabatan></pihak-pertama></perjanjian-kinerja>"
    "</submisi>";

static FILE *input;
static lkj_diags *diags;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    input = tmpfile();
    diags = lkj_diags_new(LKJ_LANG_ID);
    if (lkj_init() != 0 || !input || !diags) {
        fprintf(stderr, "fuzz_build: setup failed\n");
        abort();
    }
    return 0;
}

void lkj_fuzz_finish(void)
{
    lkj_diags_free(diags);
    fclose(input);
    lkj_cleanup();
}

/* A growing buffer; out of memory aborts (this is a test). */
typedef struct text {
    char *s;
    size_t len, cap;
} text;

static void put(text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (!t->s)
            abort();
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

/* Appends value escaped for text and attributes; a control character
 * (never allowed in XML) becomes a space. */
static void put_escaped(text *t, const char *value, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)value[i];
        const char *e = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : NULL;
        if (e)
            put(t, e, strlen(e));
        else
            put(t, c < 0x20 ? " " : (const char *)&value[i], 1);
    }
}

/* The template with every {X} replaced by its piece or its default. */
static void fill(text *out, const char *template, const char *const *piece, const size_t *len)
{
    out->len = 0;
    for (const char *p = template; *p; p++) {
        if (p[0] == '{' && p[1] >= 'A' && p[1] <= 'Z' && p[2] == '}') {
            size_t k = (size_t)(p[1] - 'A');
            put_escaped(out, piece[k], len[k]);
            p += 2;
        } else {
            put(out, p, 1);
        }
    }
}

/* Checks and reads one file from memory. */
static void check_text(const text *t, const char *name, check_model *model)
{
    int fd = fileno(input);
    if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0 || write(fd, t->s, t->len) != (ssize_t)t->len ||
        lseek(fd, 0, SEEK_SET) != 0)
        abort();
    lkj_limits limits;
    lkj_limits_default(&limits);
    check_and_read(NULL, input, name, &limits, diags, model);
}

typedef struct lowering {
    const char *period;
    size_t period_len;
    int english;
} lowering;

/* run_link_parts' callback: one linked part measured and lowered. */
static int lower_part(const link_workspace *ws, void *ctx)
{
    const lowering *lw = ctx;
    char period_text[32];
    snprintf(period_text, sizeof period_text, "%.*s", (int)(lw->period_len < 31 ? lw->period_len : 31), lw->period);
    meas_period period;
    if (meas_period_parse(period_text, &period) != 0)
        period = (meas_period){ws->year, MEAS_PERIOD_YEAR, 0};
    ev_workspace ev;
    if (evaluate_workspace(&ev, ws, &period) == 0) {
        lower_options lo = {"2025-12-31", lw->english, NULL};
        for (size_t i = 0; i < ws->unit_count; i++) {
            xmlDocPtr doc = lower_unit(&ev, ws->units[i], &lo);
            if (!doc)
                abort();
            xmlFreeDoc(doc);
        }
    }
    evaluate_free(&ev);
    return LKJ_EXIT_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *piece[SLOTS];
    size_t len[SLOTS];
    const char *p = (const char *)data, *end = p + size;
    for (size_t k = 0; k < SLOTS; k++) {
        const char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        if (p < end) {
            piece[k] = p;
            len[k] = nl ? (size_t)(nl - p) : (size_t)(end - p);
            p = nl ? nl + 1 : end;
        } else {
            piece[k] = slot_default[k];
            len[k] = strlen(slot_default[k]);
        }
    }

    static const char *const templates[] = {profile_xml, kab_xml, opd_xml};
    static const char *const names[] = {"lkjip.xml", "kab.xml", "opd-a.xml"};
    text t = {NULL, 0, 0};
    m_profile *profile = NULL;
    m_unit *units[2];
    size_t unit_count = 0;
    for (size_t i = 0; i < 3; i++) {
        check_model model;
        fill(&t, templates[i], piece, len);
        check_text(&t, names[i], &model);
        if (model.profile)
            profile = model.profile;
        if (model.unit)
            units[unit_count++] = model.unit;
    }

    /* As build does it: parts, every model through the store's file
     * (a budget of 0) and back, each part linked, then measured and
     * lowered. */
    partition *parts = partition_new();
    model_store *models = store_new(0, NULL);
    if (!parts || !models)
        abort();
    for (size_t i = 0; i < unit_count; i++)
        if (partition_add(parts, units[i]) != 0 || store_put(models, units[i], NULL) != 0)
            abort(); /* memory or the temporary file failed: not the input's doing */
    if (partition_finish(parts, profile ? profile->entity : NULL) != 0)
        abort();
    lowering lw = {piece[0], len[0], (int)(size % 2)};
    run_link_parts(parts, models, profile, 1, lower_part, &lw, diags);
    store_free(models);
    partition_free(parts);
    model_profile_free(profile);
    lkj_diags_clear(diags);
    free(t.s);
    return 0;
}

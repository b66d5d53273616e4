/*
 * cli.c — the command line: arguments in, exit status out. The only file
 * that knows about argv; a run itself is the driver's (run.c).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#define _GNU_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build.h"
#include "diag.h"
#include "emit.h"
#include "import.h"
#include "lke_out.h"
#include "lke_run.h"
#include "lkjip/lkjip.h"
#include "measure.h"
#include "render.h"

typedef struct options {
    const char *command;
    lkj_lang lang;
    lkj_lang report_lang;
    int report_lang_given;
    int quiet;
    int help;
    int version;
    int all;
    int markdown;
    int link;             /* --link */
    int no_link;          /* --no-link */
    int strict;           /* build --strict */
    const char *out_dir;  /* build -o */
    const char *formats;  /* build --format */
    const char *period;   /* build, template --period */
    const char *year;     /* template --year */
    const char *stylesheets; /* build --stylesheets */
    const char *log;      /* --log FILE */
    const char *lock;     /* build --lock FILE */
    const char *state;    /* build --state DIR */
    int wait;             /* build --wait */
    int jobs;             /* -j N */
    const char *cache;    /* --cache DIR */
    int no_cache;         /* --no-cache */
    const char *letters;  /* --letters DIR */
    const char *plan;     /* import --plan FILE */
    const char *lke;      /* evaluasi --lke FILE */
    const char **data;    /* evaluasi --data PATH (repeatable; argc entries) */
    size_t ndata;
    const char **data_year; /* evaluasi --data-tahun YEAR=PATH, as given (repeatable; argc entries) */
    size_t ndata_year;
    const char *ir;       /* evaluasi --ir DIR */
    const char *argv0;
    render_format format;
    lkj_limits limits;
    const char **args;
    size_t nargs;
} options;

static const char *const help_id =
    "Pemakaian: lkjip PERINTAH [OPSI]... [JALUR]...\n"
    "\n"
    "lkjip memeriksa submisi SAKIP (XML) dan menyusun LKjIP.\n"
    "\n"
    "Perintah:\n"
    "  check JALUR...      periksa submisi: berkas .xml/.xml.gz, buku kerja OPD .xlsx (diimpor\n"
    "                      dengan rencananya), folder (rekursif), - untuk stdin\n"
    "  build JALUR... -o FOLDER\n"
    "                      periksa, tautkan, hitung capaian, susun laporan per unit; terbitkan\n"
    "                      utuh ke FOLDER, atau bila gagal biarkan FOLDER seperti semula\n"
    "  template RUANG -o FOLDER\n"
    "                      tulis satu buku kerja .xlsx per OPD, berisi rencananya dan realisasi\n"
    "                      yang sudah dikirim, untuk diisi OPD (docs/workbook.md)\n"
    "  import BUKU.xlsx [-o BERKAS.xml] [--plan BERKAS]\n"
    "                      buku kerja OPD yang sudah diisi kembali menjadi submisi (docs/workbook.md);\n"
    "                      tanpa -o ke stdout; rencana dari lembar tersembunyi lkjip atau --plan\n"
    "  import BUKU.xlsx... -o FOLDER\n"
    "                      banyak buku kerja dalam satu proses, masing-masing ke FOLDER/BUKU.xml\n"
    "  evaluasi JAWABAN.xml... [--lke BERKAS] [--data RUANG] [--data-tahun TAHUN=RUANG]\n"
    "                      [--format text|xml] [-o BERKAS]\n"
    "                      nilai evaluasi SAKIP (LKE PermenPANRB 88/2021 bawaan, atau --lke) per unit:\n"
    "                      nilai akhir, keempat komponen dan predikat (docs/lke.md)\n"
    "  evaluasi JAWABAN.xml... --format html,docbook -o FOLDER [--ir FOLDER]\n"
    "                      per unit ringkasan hasil (LHE) dan kertas kerja (dengan --data, saran\n"
    "                      dari data di samping jawaban): FOLDER/UNIT/evaluasi.*;\n"
    "                      untuk beberapa unit tabel semua unit, syarat predikat A pemda dan,\n"
    "                      dengan --ir, rapor: FOLDER/rekap-evaluasi.*\n"
    "  evaluasi JAWABAN.xml... [--data RUANG] --format xlsx -o FOLDER\n"
    "                      per unit lembar jawaban LKE untuk diisi (dengan saran dari data):\n"
    "                      FOLDER/UNIT/evaluasi.xlsx; evaluasi BUKU.xlsx... membacanya kembali\n"
    "  explain KODE...     jelaskan kode diagnosis (mis. LKJ0201); --all untuk semua kode\n"
    "\n"
    "Opsi:\n"
    "  --lang id|en            bahasa pesan (bawaan: id)\n"
    "  --report-lang id|en     dengan build: bahasa laporan (bawaan: id; terpisah dari --lang)\n"
    "  -q, --quiet             hanya tampilkan masalah, tanpa ringkasan\n"
    "  --diagnostics text|xml  bentuk keluaran diagnosis (bawaan: text)\n"
    "  --max-size MIB          batas ukuran satu masukan, juga setelah dekompresi (bawaan: 64)\n"
    "  --link                  dengan check: tautkan juga berkas yang disebut satu per satu\n"
    "                          (check FOLDER selalu menautkan: cascading, id dan kode ganda)\n"
    "  --no-link               dengan check: periksa setiap berkas sendiri, tanpa menautkan\n"
    "                          (seperti OPD sebelum mengirim)\n"
    "  -o, --output FOLDER     dengan build: folder keluaran; dengan evaluasi: berkas hasil (xml)\n"
    "                          atau folder dokumen (html,docbook,xlsx)\n"
    "  --strict                dengan build: terbitkan hanya bila semua kiriman diterima\n"
    "                          (bawaan: kiriman yang ditolak diganti versi terakhir yang diterima)\n"
    "  --format DAFTAR         dengan build: html,docbook,pk,ir,present (bawaan: html,docbook);\n"
    "                          dengan evaluasi: text (bawaan), xml, atau html,docbook,present,xlsx\n"
    "  --lke BERKAS            dengan evaluasi: LKE tahun itu sendiri (bawaan: PermenPANRB 88/2021)\n"
    "  --data RUANG            dengan evaluasi: ruang kerja pengajuan (bisa diulang); kriteria dari-data\n"
    "                          disarankan dari data beserta buktinya, di samping jawaban\n"
    "  --data-tahun TAHUN=RUANG\n"
    "                          dengan evaluasi --data: pengajuan tahun lain dalam periode rencana (bisa\n"
    "                          diulang), untuk iku-tetap: IKU yang ditambah, dihapus, atau berganti nama\n"
    "  --ir FOLDER             dengan evaluasi html,docbook: keluaran build --format ir (periode apa pun)\n"
    "                          untuk rapor: capaian kinerja dan serapan tiap unit di samping nilainya\n"
    "  --stylesheets FOLDER    dengan build dan --letters: folder stylesheet sendiri (bawaan: milik lkjip)\n"
    "  --state FOLDER          dengan build: folder status (kunci, cache); di luar folder yang\n"
    "                          diterbitkan (bawaan: .NAMA.lkjip di samping folder keluaran NAMA)\n"
    "  --lock BERKAS           dengan build: kunci agar dua jalankan tidak tumpang tindih\n"
    "                          (bawaan: STATUS/lock); --wait: tunggu alih-alih keluar 4\n"
    "  --log BERKAS            tambahkan setiap baris (dengan waktu) ke berkas log\n"
    "  -j, --jobs N            berkas diperiksa dan unit disusun dengan N thread\n"
    "                          (bawaan: jumlah inti); keluaran sama untuk setiap N\n"
    "  --cache FOLDER          simpan hasil pemeriksaan tiap berkas (kunci: SHA-256 isinya);\n"
    "                          berkas yang tidak berubah tidak dibaca ulang (bawaan build:\n"
    "                          STATUS/cache; check: tanpa cache)\n"
    "  --no-cache              dengan build: tanpa cache, semua dibaca dan disusun ulang\n"
    "  --period P              dengan build: 2025, 2025-Q3 atau 2025-09 (bawaan: tahun ruang kerja);\n"
    "                          dengan template: 2025 atau 2025-Q3 (sel realisasi sampai akhir periode)\n"
    "  --year T                dengan template: tahun laporan, sama dengan --period T\n"
    "  --letters FOLDER        dengan check dan build: surat \"Hasil Pemeriksaan Kiriman\" per berkas\n"
    "                          (putusan diterima/ditolak, setiap masalah dengan cuplikan baris dan\n"
    "                          cara memperbaikinya; HTML siap cetak A4) dan rekapnya index.html;\n"
    "                          diterbitkan utuh, atau bila gagal surat lama tetap\n"
    "  --markdown              dengan explain --all: katalog dalam Markdown\n"
    "  -h, --help              tampilkan bantuan ini\n"
    "  -V, --version           tampilkan versi\n"
    "\n"
    "Lingkungan:\n"
    "  LKJIP_STYLESHEETS       seperti --stylesheets\n"
    "  LKJIP_MODEL_MEMORY      MB model yang disimpan di memori saat menautkan (bawaan: 64);\n"
    "                          sisanya menunggu di berkas sementara, laporan tetap sama\n"
    "  LKJIP_STREAM            laporan unit besar (> 200 indikator) dibuat bagian demi bagian;\n"
    "                          always: setiap unit, never: tak satu pun (laporan tetap sama)\n"
    "  SOURCE_DATE_EPOCH       tanggal laporan bila profil tidak menyebutnya\n"
    "\n"
    "Kode keluar: 0 bersih (peringatan boleh), 1 ada kesalahan pada submisi,\n"
    "2 pemakaian salah, 3 galat I/O atau internal, 4 jalankan lain memegang kunci.\n"
    "Dokumentasi: man lkjip, docs/format.md, docs/diagnostics.md;\n"
    "panduan operator OPD untuk buku kerja: docs/panduan-opd.md\n";

static const char *const help_en =
    "Usage: lkjip COMMAND [OPTION]... [PATH]...\n"
    "\n"
    "lkjip checks SAKIP submissions (XML) and compiles the LKjIP.\n"
    "\n"
    "Commands:\n"
    "  check PATH...       check submissions: .xml/.xml.gz files, OPD workbooks .xlsx (imported\n"
    "                      with their plan), folders (recursive), - for stdin\n"
    "  build PATH... -o DIR\n"
    "                      check, link, measure, render each unit's reports; publish them whole\n"
    "                      to DIR or, when anything fails, leave DIR as it was\n"
    "  template WS -o DIR  write one .xlsx workbook per OPD, filled with its plan and what it\n"
    "                      has reported so far, for the OPD to fill in (docs/workbook.md)\n"
    "  import BOOK.xlsx [-o FILE.xml] [--plan FILE]\n"
    "                      a filled OPD workbook back into a submission (docs/workbook.md);\n"
    "                      stdout without -o; the plan from the hidden sheet lkjip or --plan\n"
    "  import BOOK.xlsx... -o DIR\n"
    "                      many workbooks in one process, each to DIR/BOOK.xml\n"
    "  evaluasi ANSWERS.xml... [--lke FILE] [--data WS] [--data-tahun YEAR=WS]\n"
    "                      [--format text|xml] [-o FILE]\n"
    "                      SAKIP evaluation scores (the built-in LKE of PermenPANRB 88/2021, or --lke)\n"
    "                      per unit: the total, the four components and the predikat (docs/lke.md)\n"
    "  evaluasi ANSWERS.xml... --format html,docbook -o DIR [--ir DIR]\n"
    "                      per unit the summary (LHE) and the worksheet (with --data, the data's\n"
    "                      suggestions beside the answers): DIR/UNIT/evaluasi.*;\n"
    "                      for several units the table of all, the pemda's condition for A and,\n"
    "                      with --ir, the rapor: DIR/rekap-evaluasi.*\n"
    "  evaluasi ANSWERS.xml... [--data WS] --format xlsx -o DIR\n"
    "                      per unit the LKE answer sheet to fill (with the data's suggestions):\n"
    "                      DIR/UNIT/evaluasi.xlsx; evaluasi BOOK.xlsx... reads it back\n"
    "  explain CODE...     explain a diagnostic code (e.g. LKJ0201); --all for every code\n"
    "\n"
    "Options:\n"
    "  --lang id|en            language of messages (default: id)\n"
    "  --report-lang id|en     with build: language of the reports (default: id; apart from --lang)\n"
    "  -q, --quiet             print only problems, no summary\n"
    "  --diagnostics text|xml  form of the diagnostics (default: text)\n"
    "  --max-size MIB          size limit of one input, also once decompressed (default: 64)\n"
    "  --link                  with check: link files named one by one too\n"
    "                          (check DIR always links: cascade, duplicate ids and codes)\n"
    "  --no-link               with check: check each file on its own, without linking\n"
    "                          (as an OPD would before sending)\n"
    "  -o, --output DIR        with build: the output folder; with evaluasi: the result file (xml)\n"
    "                          or the documents' folder (html,docbook,xlsx)\n"
    "  --strict                with build: publish only when every submission is accepted\n"
    "                          (default: a rejected one is replaced by its last accepted version)\n"
    "  --format LIST           with build: html,docbook,pk,ir,present (default: html,docbook);\n"
    "                          with evaluasi: text (default), xml, or html,docbook,present,xlsx\n"
    "  --lke FILE              with evaluasi: the year's own LKE (default: PermenPANRB 88/2021)\n"
    "  --data WS               with evaluasi: the submissions' workspace (repeatable); the dari-data\n"
    "                          criteria suggested from the data with their evidence, beside the answers\n"
    "  --data-tahun YEAR=WS\n"
    "                          with evaluasi --data: another year's submissions of the plan period\n"
    "                          (repeatable), for iku-tetap: the IKU added, removed or renamed\n"
    "  --ir DIR                with evaluasi html,docbook: the output of build --format ir (any period)\n"
    "                          for the rapor: each unit's capaian kinerja and serapan beside its score\n"
    "  --stylesheets DIR       with build and --letters: your own stylesheets folder (default: lkjip's)\n"
    "  --state DIR             with build: the state folder (lock, cache), outside what is\n"
    "                          published (default: .NAME.lkjip beside the output folder NAME)\n"
    "  --lock FILE             with build: a lock so that two runs never overlap\n"
    "                          (default: STATE/lock); --wait: wait instead of exiting 4\n"
    "  --log FILE              append every line (time-stamped) to a log file\n"
    "  -j, --jobs N            check files and render units on N threads\n"
    "                          (default: the number of cores); the output is the same for every N\n"
    "  --cache DIR             keep each file's checked result (keyed by the SHA-256 of its bytes);\n"
    "                          unchanged files are not read again (build's default:\n"
    "                          STATE/cache; check: no cache)\n"
    "  --no-cache              with build: no cache, everything read and rendered again\n"
    "  --period P              with build: 2025, 2025-Q3 or 2025-09 (default: the workspace's year);\n"
    "                          with template: 2025 or 2025-Q3 (realisasi cells up to the period's end)\n"
    "  --year Y                with template: the report year, as --period Y\n"
    "  --letters DIR           with check and build: a \"Hasil Pemeriksaan Kiriman\" letter per file\n"
    "                          (the verdict diterima/ditolak, each problem with an excerpt of its\n"
    "                          lines and its fix; HTML printable on A4) and their summary index.html;\n"
    "                          published whole or, when anything fails, the old letters stay\n"
    "  --markdown              with explain --all: the catalogue as Markdown\n"
    "  -h, --help              show this help\n"
    "  -V, --version           show the version\n"
    "\n"
    "Environment:\n"
    "  LKJIP_STYLESHEETS       as --stylesheets\n"
    "  LKJIP_MODEL_MEMORY      MB of models kept in memory while linking (default: 64);\n"
    "                          the rest wait in a temporary file, the reports are the same\n"
    "  LKJIP_STREAM            reports of large units (> 200 indicators) are made part by part;\n"
    "                          always: every unit's, never: none (the reports are the same)\n"
    "  SOURCE_DATE_EPOCH       the report date when the profile names none\n"
    "\n"
    "Exit status: 0 clean (warnings allowed), 1 errors in the submissions,\n"
    "2 wrong usage, 3 I/O or internal failure, 4 another run holds the lock.\n"
    "Documentation: man lkjip, docs/format.md, docs/diagnostics.md;\n"
    "the OPD operators' guide to the workbook (Bahasa Indonesia): docs/panduan-opd.md\n";

static int usage_error(const options *o, const char *msg_id, const char *msg_en, const char *arg)
{
    fprintf(stderr, "lkjip: %s%s%s\n", o->lang == LKJ_LANG_EN ? msg_en : msg_id, arg ? ": " : "",
            arg ? arg : "");
    fprintf(stderr, "%s\n",
            o->lang == LKJ_LANG_EN ? "Try 'lkjip --help'." : "Lihat 'lkjip --help'.");
    return LKJ_EXIT_USAGE;
}

/* Scans for --lang first, so that even errors about earlier arguments come
 * out in the language asked for. */
static lkj_lang scan_lang(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            v = argv[i + 1];
        else if (strncmp(argv[i], "--lang=", 7) == 0)
            v = argv[i] + 7;
        if (v && strcmp(v, "en") == 0)
            return LKJ_LANG_EN;
    }
    return LKJ_LANG_ID;
}

/* Value of --name VALUE or --name=VALUE; NULL when argv[*i] is not --name. */
static const char *option_value(int argc, char **argv, int *i, const char *name, int *missing)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

static int parse_options(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->lang = scan_lang(argc, argv);
    o->argv0 = argc > 0 ? argv[0] : "lkjip";
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o->jobs = cores < 1 ? 1 : cores > 64 ? 64 : (int)cores;
    lkj_limits_default(&o->limits);
    o->args = calloc((size_t)argc, sizeof *o->args);
    o->data = calloc((size_t)argc, sizeof *o->data);
    o->data_year = calloc((size_t)argc, sizeof *o->data_year);
    if (!o->args || !o->data || !o->data_year)
        return LKJ_EXIT_IO;
    int only_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int missing = 0;
        if (only_args || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!o->command)
                o->command = a;
            else
                o->args[o->nargs++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0)
            only_args = 1;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
            o->help = 1;
        else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0)
            o->version = 1;
        else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0)
            o->quiet = 1;
        else if (strcmp(a, "--all") == 0)
            o->all = 1;
        else if (strcmp(a, "--markdown") == 0)
            o->markdown = 1;
        else if (strcmp(a, "--link") == 0)
            o->link = 1;
        else if (strcmp(a, "--no-link") == 0)
            o->no_link = 1;
        else if (strcmp(a, "--strict") == 0)
            o->strict = 1;
        else if (strcmp(a, "--wait") == 0)
            o->wait = 1;
        else if (strcmp(a, "--no-cache") == 0)
            o->no_cache = 1;
        else if ((v = option_value(argc, argv, &i, "--lang", &missing)) != NULL) {
            if (strcmp(v, "id") != 0 && strcmp(v, "en") != 0)
                return usage_error(o, "bahasa tidak dikenal (id atau en)", "unknown language (id or en)", v);
        } else if ((v = option_value(argc, argv, &i, "--report-lang", &missing)) != NULL) {
            if (strcmp(v, "id") != 0 && strcmp(v, "en") != 0)
                return usage_error(o, "bahasa laporan tidak dikenal (id atau en)", "unknown report language (id or en)", v);
            o->report_lang = strcmp(v, "en") == 0 ? LKJ_LANG_EN : LKJ_LANG_ID;
            o->report_lang_given = 1;
        } else if ((v = option_value(argc, argv, &i, "--diagnostics", &missing)) != NULL) {
            if (strcmp(v, "text") == 0)
                o->format = RENDER_TEXT;
            else if (strcmp(v, "xml") == 0)
                o->format = RENDER_XML;
            else
                return usage_error(o, "bentuk diagnosis tidak dikenal (text atau xml)",
                                   "unknown diagnostics form (text or xml)", v);
        } else if ((v = option_value(argc, argv, &i, "-o", &missing)) != NULL ||
                   (v = option_value(argc, argv, &i, "--output", &missing)) != NULL) {
            o->out_dir = v;
        } else if ((v = option_value(argc, argv, &i, "--format", &missing)) != NULL) {
            o->formats = v;
        } else if ((v = option_value(argc, argv, &i, "--period", &missing)) != NULL) {
            o->period = v;
        } else if ((v = option_value(argc, argv, &i, "--year", &missing)) != NULL) {
            o->year = v;
        } else if ((v = option_value(argc, argv, &i, "--stylesheets", &missing)) != NULL) {
            o->stylesheets = v;
        } else if ((v = option_value(argc, argv, &i, "-j", &missing)) != NULL ||
                   (v = option_value(argc, argv, &i, "--jobs", &missing)) != NULL ||
                   (strncmp(a, "-j", 2) == 0 && a[2] >= '0' && a[2] <= '9' && (v = a + 2))) {
            char *end;
            long n = strtol(v, &end, 10);
            if (*end || n < 1 || n > 256)
                return usage_error(o, "-j harus 1 sampai 256", "-j must be 1 to 256", v);
            o->jobs = (int)n;
        } else if ((v = option_value(argc, argv, &i, "--letters", &missing)) != NULL) {
            o->letters = v;
        } else if ((v = option_value(argc, argv, &i, "--plan", &missing)) != NULL) {
            o->plan = v;
        } else if ((v = option_value(argc, argv, &i, "--lke", &missing)) != NULL) {
            o->lke = v;
        } else if ((v = option_value(argc, argv, &i, "--data", &missing)) != NULL) {
            o->data[o->ndata++] = v;
        } else if ((v = option_value(argc, argv, &i, "--data-tahun", &missing)) != NULL) {
            o->data_year[o->ndata_year++] = v;
        } else if ((v = option_value(argc, argv, &i, "--ir", &missing)) != NULL) {
            o->ir = v;
        } else if ((v = option_value(argc, argv, &i, "--log", &missing)) != NULL) {
            o->log = v;
        } else if ((v = option_value(argc, argv, &i, "--cache", &missing)) != NULL) {
            o->cache = v;
        } else if ((v = option_value(argc, argv, &i, "--lock", &missing)) != NULL) {
            o->lock = v;
        } else if ((v = option_value(argc, argv, &i, "--state", &missing)) != NULL) {
            o->state = v;
        } else if ((v = option_value(argc, argv, &i, "--max-size", &missing)) != NULL) {
            char *end;
            errno = 0;
            unsigned long mb = strtoul(v, &end, 10);
            if (errno || *end || mb == 0 || mb > 2047)
                return usage_error(o, "--max-size harus 1 sampai 2047 (MiB)", "--max-size must be 1 to 2047 (MiB)", v);
            o->limits.max_input_bytes = (size_t)mb * 1024 * 1024;
        } else if (missing) {
            return usage_error(o, "opsi ini memerlukan nilai", "this option needs a value", a);
        } else {
            return usage_error(o, "opsi tidak dikenal", "unknown option", a);
        }
        if (missing)
            return usage_error(o, "opsi ini memerlukan nilai", "this option needs a value", a);
    }
    return LKJ_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* check and build: arguments checked here, the run is run.c's         */
/* ------------------------------------------------------------------ */

static lkj_run_options run_options(const options *o)
{
    return (lkj_run_options){.paths = o->args, .path_count = o->nargs, .lang = o->lang, .report_lang = o->report_lang, .report_lang_given = o->report_lang_given,
                             .form = o->format == RENDER_XML ? LKJ_FORM_XML : LKJ_FORM_TEXT, .quiet = o->quiet,
                             .link = o->link, .jobs = o->jobs, .limits = o->limits, .log = o->log,
                             .cache = o->cache, .no_cache = o->no_cache, .out_dir = o->out_dir,
                             .formats = o->formats, .period = o->period, .state = o->state, .lock = o->lock,
                             .wait = o->wait, .strict = o->strict, .letters = o->letters};
}

/* The stylesheets folder into dir when needed (a usage error when it is
 * not found). */
static int find_stylesheets(const options *o, int needed, char *dir, size_t size)
{
    if (needed && emit_find_stylesheets(o->stylesheets, o->argv0, dir, size) != 0)
        return usage_error(o, "folder stylesheet tidak ditemukan (--stylesheets FOLDER atau LKJIP_STYLESHEETS)",
                           "stylesheets folder not found (--stylesheets DIR or LKJIP_STYLESHEETS)", o->stylesheets);
    return LKJ_EXIT_OK;
}

/* A path made absolute and canonical as far as it exists ("out/new" with
 * out existing: /abs/out/new). */
static void canonical_path(const char *path, char *out, size_t size)
{
    char *real = realpath(path, NULL);
    if (real) {
        snprintf(out, size, "%s", real);
        free(real);
        return;
    }
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", path);
    size_t n = strlen(copy);
    while (n > 1 && copy[n - 1] == '/')
        copy[--n] = '\0';
    char *slash = strrchr(copy, '/');
    const char *name = slash ? slash + 1 : copy;
    if (slash)
        *slash = '\0';
    real = realpath(slash ? (copy[0] ? copy : "/") : ".", NULL);
    snprintf(out, size, "%s/%s", real ? real : copy, name);
    free(real);
}

/* Whether one folder is the other or inside it. */
static int nested(const char *a, const char *b)
{
    char x[4200], y[4200];
    canonical_path(a, x, sizeof x);
    canonical_path(b, y, sizeof y);
    size_t nx = strlen(x), ny = strlen(y);
    return strcmp(x, y) == 0 || (nx > ny && strncmp(x, y, ny) == 0 && x[ny] == '/') ||
           (ny > nx && strncmp(y, x, nx) == 0 && y[nx] == '/');
}

/* Whether a path argument is a folder: a workspace, linked by default
 * (duplicates across files and dangling references are errors a district
 * must hear about before Bappeda's night does). */
static int names_a_folder(const options *o)
{
    struct stat st;
    for (size_t i = 0; i < o->nargs; i++)
        if (strcmp(o->args[i], "-") != 0 && stat(o->args[i], &st) == 0 && S_ISDIR(st.st_mode))
            return 1;
    return 0;
}

static int run_check(const options *o)
{
    if (o->nargs == 0)
        return usage_error(o, "check memerlukan setidaknya satu JALUR", "check needs at least one PATH", NULL);
    if (o->link && o->no_link)
        return usage_error(o, "--link dan --no-link tidak dapat dipakai bersama",
                           "--link and --no-link cannot be used together", NULL);
    if (o->letters && !o->letters[0])
        return usage_error(o, "--letters memerlukan FOLDER", "--letters needs a DIR", NULL);
    char stylesheet_dir[4096];
    int status = find_stylesheets(o, o->letters != NULL, stylesheet_dir, sizeof stylesheet_dir);
    if (status != LKJ_EXIT_OK)
        return status;
    lkj_run_options r = run_options(o);
    r.link = o->link || (!o->no_link && names_a_folder(o));
    r.stylesheets = o->letters ? stylesheet_dir : NULL;
    return lkj_check_workspace(&r);
}

static int run_build(const options *o)
{
    if (o->nargs == 0)
        return usage_error(o, "build memerlukan setidaknya satu JALUR", "build needs at least one PATH", NULL);
    if (!o->out_dir || !o->out_dir[0])
        return usage_error(o, "build memerlukan folder keluaran: -o FOLDER", "build needs an output folder: -o DIR", NULL);
    unsigned formats;
    if (build_parse_formats(o->formats ? o->formats : "html,docbook", &formats) != 0)
        return usage_error(o, "bentuk keluaran tidak dikenal (html, docbook, pk, ir, present)",
                           "unknown output form (html, docbook, pk, ir, present)", o->formats);
    meas_period period;
    if (o->period && meas_period_parse(o->period, &period) != 0)
        return usage_error(o, "periode tidak dikenal (2025, 2025-Q3, 2025-09)",
                           "unknown period (2025, 2025-Q3, 2025-09)", o->period);
    if (o->letters && (!o->letters[0] || nested(o->letters, o->out_dir)))
        return usage_error(o, "--letters harus folder di luar folder keluaran -o (dan tidak memuatnya)",
                           "--letters must be a folder outside the output folder -o (and not hold it)", o->letters);
    int styled = build_emit_mask(formats) || (formats & BUILD_PRESENT) || o->letters;
    char stylesheet_dir[4096];
    int status = find_stylesheets(o, styled, stylesheet_dir, sizeof stylesheet_dir);
    if (status != LKJ_EXIT_OK)
        return status;
    lkj_run_options r = run_options(o);
    r.link = 1;
    r.stylesheets = styled ? stylesheet_dir : NULL;
    return lkj_build_workspace(&r);
}

static int run_template(const options *o)
{
    if (o->nargs != 1)
        return usage_error(o, "template memerlukan tepat satu RUANG kerja", "template needs exactly one workspace WS",
                           NULL);
    if (!o->out_dir || !o->out_dir[0])
        return usage_error(o, "template memerlukan folder keluaran: -o FOLDER",
                           "template needs an output folder: -o DIR", NULL);
    meas_period period;
    if (o->period && (meas_period_parse(o->period, &period) != 0 || period.kind == MEAS_PERIOD_MONTH))
        return usage_error(o, "periode template tidak dikenal (2025, 2025-Q3)", "unknown template period (2025, 2025-Q3)",
                           o->period);
    meas_period year;
    if (o->year && (meas_period_parse(o->year, &year) != 0 || year.kind != MEAS_PERIOD_YEAR))
        return usage_error(o, "tahun tidak dikenal (mis. 2025)", "unknown year (e.g. 2025)", o->year);
    if (o->year && o->period && year.year != period.year)
        return usage_error(o, "--year dan --period menyebut tahun berbeda", "--year and --period name different years",
                           o->year);
    lkj_run_options r = run_options(o);
    r.link = 1;
    r.period = o->period ? o->period : o->year;
    return lkj_template_workspace(&r);
}

/* ------------------------------------------------------------------ */
/* import                                                              */
/* ------------------------------------------------------------------ */

/* Several workbooks (or -o an existing folder): each to FOLDER/NAME.xml,
 * no two to the same NAME. */
static int run_import_many(const options *o)
{
    if (!o->out_dir)
        return usage_error(o, "import beberapa BUKU.xlsx memerlukan -o FOLDER",
                           "import of several BOOK.xlsx needs -o DIR", NULL);
    if (o->plan)
        return usage_error(o, "--plan hanya untuk satu BUKU.xlsx", "--plan is for one BOOK.xlsx only", o->plan);
    char (*names)[160] = calloc(o->nargs, sizeof *names);
    if (!names)
        return LKJ_EXIT_IO;
    for (size_t i = 0; i < o->nargs; i++) {
        import_output_name(o->args[i], names[i], sizeof names[i]);
        for (size_t j = 0; j < i; j++)
            if (strcmp(names[i], names[j]) == 0) {
                char both[600];
                snprintf(both, sizeof both, "%.250s, %.250s -> %s", o->args[j], o->args[i], names[i]);
                free(names);
                return usage_error(o, "dua buku kerja akan ditulis ke berkas yang sama",
                                   "two workbooks would be written to the same file", both);
            }
    }
    free(names);
    return import_run_many(o->args, o->nargs, o->out_dir, &o->limits, o->lang, o->format == RENDER_XML);
}

static int run_import(const options *o)
{
    if (o->nargs == 0)
        return usage_error(o, "import memerlukan BUKU.xlsx", "import needs a BOOK.xlsx", NULL);
    if (o->out_dir && !o->out_dir[0])
        return usage_error(o, "-o memerlukan BERKAS", "-o needs a FILE", NULL);
    struct stat st;
    if (o->nargs > 1 || (o->out_dir && stat(o->out_dir, &st) == 0 && S_ISDIR(st.st_mode)))
        return run_import_many(o);
    return import_run(o->args[0], o->plan, o->out_dir, &o->limits, o->lang, o->format == RENDER_XML);
}

/* ------------------------------------------------------------------ */
/* evaluasi                                                            */
/* ------------------------------------------------------------------ */

/* evaluasi's --format: text, xml, or a list of html, docbook and present
 * (the documents, LKE_OUT_*). 0, or -1 when unknown. */
static int evaluasi_formats(const char *list, int *xml, unsigned *documents)
{
    *xml = 0;
    *documents = 0;
    if (!list || strcmp(list, "text") == 0)
        return 0;
    if (strcmp(list, "xml") == 0) {
        *xml = 1;
        return 0;
    }
    const char *s = list;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n == 4 && strncmp(s, "html", 4) == 0)
            *documents |= LKE_OUT_HTML;
        else if (n == 7 && strncmp(s, "docbook", 7) == 0)
            *documents |= LKE_OUT_DOCBOOK;
        else if (n == 7 && strncmp(s, "present", 7) == 0)
            *documents |= LKE_OUT_PRESENT;
        else if (n == 4 && strncmp(s, "xlsx", 4) == 0)
            *documents |= LKE_OUT_XLSX;
        else
            return -1;
        s += n + (s[n] == ',');
    }
    return *documents ? 0 : -1;
}

/* --data-tahun YEAR=WS: a year of four digits, then a path. */
static int data_year_split(const char *arg, int *year, const char **path)
{
    for (int i = 0; i < 4; i++)
        if (arg[i] < '0' || arg[i] > '9')
            return -1;
    if (arg[4] != '=' || !arg[5])
        return -1;
    *year = (arg[0] - '0') * 1000 + (arg[1] - '0') * 100 + (arg[2] - '0') * 10 + (arg[3] - '0');
    *path = arg + 5;
    return *year >= 1900 ? 0 : -1;
}

static int run_evaluasi(const options *o)
{
    if (o->nargs == 0)
        return usage_error(o, "evaluasi memerlukan setidaknya satu berkas JAWABAN.xml",
                           "evaluasi needs at least one ANSWERS.xml file", NULL);
    int xml;
    unsigned documents;
    if (evaluasi_formats(o->formats, &xml, &documents) != 0)
        return usage_error(o, "bentuk hasil evaluasi tidak dikenal (text, xml, atau html,docbook)",
                           "unknown evaluation output form (text, xml, or html,docbook)", o->formats);
    if (o->out_dir && (!o->out_dir[0] || (!xml && !documents)))
        return usage_error(o, "-o hanya dengan --format xml (BERKAS) atau html,docbook (FOLDER)",
                           "-o only with --format xml (FILE) or html,docbook (DIR)", o->out_dir);
    if (documents && !o->out_dir)
        return usage_error(o, "--format html,docbook memerlukan folder keluaran: -o FOLDER",
                           "--format html,docbook needs an output folder: -o DIR", NULL);
    if (o->ir && (!o->ir[0] || !documents))
        return usage_error(o, "--ir FOLDER hanya dengan --format html,docbook",
                           "--ir DIR only with --format html,docbook", o->ir);
    if (o->lke && !o->lke[0])
        return usage_error(o, "--lke memerlukan BERKAS", "--lke needs a FILE", NULL);
    for (size_t i = 0; i < o->ndata; i++)
        if (!o->data[i][0])
            return usage_error(o, "--data memerlukan RUANG", "--data needs a WS", NULL);
    if (o->ndata_year && !o->ndata)
        return usage_error(o, "--data-tahun hanya dengan --data", "--data-tahun only with --data", o->data_year[0]);
    char stylesheet_dir[4096];
    int status = find_stylesheets(o, (documents & ~(unsigned)LKE_OUT_XLSX) != 0, stylesheet_dir, sizeof stylesheet_dir);
    if (status != LKJ_EXIT_OK)
        return status;
    int *years = calloc(o->ndata_year + 1, sizeof *years);
    const char **year_paths = calloc(o->ndata_year + 1, sizeof *year_paths);
    if (!years || !year_paths) {
        free(years);
        free(year_paths);
        return LKJ_EXIT_IO;
    }
    for (size_t i = 0; i < o->ndata_year; i++)
        if (data_year_split(o->data_year[i], &years[i], &year_paths[i]) != 0) {
            free(years);
            free(year_paths);
            return usage_error(o, "--data-tahun memerlukan TAHUN=RUANG (mis. 2023=arsip/2023)",
                               "--data-tahun needs YEAR=WS (e.g. 2023=archive/2023)", o->data_year[i]);
        }
    lke_run_options r = {.lke = o->lke, .paths = o->args, .path_count = o->nargs, .lang = o->lang, .xml = xml,
                         .documents = documents, .stylesheets = documents & ~(unsigned)LKE_OUT_XLSX ? stylesheet_dir : NULL, .ir_dir = o->ir,
                         .out = o->out_dir, .xml_diagnostics = o->format == RENDER_XML, .quiet = o->quiet,
                         .limits = o->limits, .data = o->data, .data_count = o->ndata, .data_years = years,
                         .data_year_paths = year_paths, .data_year_count = o->ndata_year, .jobs = o->jobs};
    status = lke_run(&r);
    free(years);
    free(year_paths);
    return status;
}

/* ------------------------------------------------------------------ */
/* explain                                                             */
/* ------------------------------------------------------------------ */

static int run_explain(const options *o)
{
    if (o->all) {
        if (o->markdown) {
            lkj_catalog_markdown(stdout, o->lang);
            return LKJ_EXIT_OK;
        }
        for (size_t i = 0; i < lkj_catalog_size(); i++) {
            if (i)
                fputc('\n', stdout);
            lkj_explain(stdout, lkj_catalog_code(i), o->lang);
        }
        return LKJ_EXIT_OK;
    }
    if (o->nargs == 0)
        return usage_error(o, "explain memerlukan KODE (mis. LKJ0201) atau --all",
                           "explain needs a CODE (e.g. LKJ0201) or --all", NULL);
    int status = LKJ_EXIT_OK;
    for (size_t i = 0; i < o->nargs; i++) {
        if (i)
            fputc('\n', stdout);
        if (lkj_explain(stdout, o->args[i], o->lang) != 0) {
            fprintf(stderr, "lkjip: %s: %s\n",
                    o->lang == LKJ_LANG_EN ? "unknown diagnostic code" : "kode diagnosis tidak dikenal", o->args[i]);
            status = LKJ_EXIT_USAGE;
        }
    }
    return status;
}

enum { STACK_GROWTH = 512 * 1024 };

/* Whether the address space has room for twice the growth. */
static int room_for_stack(void)
{
    void *room = mmap(NULL, 2 * STACK_GROWTH, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (room == MAP_FAILED)
        return 0;
    munmap(room, 2 * STACK_GROWTH);
    return 1;
}

/* Never inlined: its frame is the growth, and a call made from inside it
 * (the probe above) would itself need the stack grown. */
__attribute__((noinline)) static void touch_stack(void)
{
    volatile char pad[STACK_GROWTH];
    for (size_t i = 0; i < sizeof pad; i += 4096)
        pad[i] = 0;
}

/* Touches half a megabyte of the main thread's stack at once, so that the
 * stack is already grown when memory runs short later: under an address
 * space limit (ulimit -v) a stack that cannot grow is a SIGSEGV deep in
 * libxslt's stylesheet compiler, never a diagnostic. Where the limit
 * leaves no room even for that (a mapping of twice the size fails first),
 * -1: nothing is touched and the run stops with LKJ0901. */
static int grow_stack(void)
{
    if (!room_for_stack())
        return -1;
    touch_stack();
    return 0;
}

/* Out of memory before any command ran: LKJ0901, as a run says it. */
static int say_out_of_memory(const options *o)
{
    lkj_diags *d = lkj_diags_new(o->lang);
    render *out = d ? render_begin(stdout, o->format, o->lang) : NULL;
    if (out) {
        diag_loc loc = {"lkjip", 0, 0};
        DIAG0(d, D_NO_MEMORY, &loc);
        render_file(out, "lkjip", d, LKJ_EXIT_IO);
        render_end(out, 0, 1, 0, 1);
    } else {
        fputs("lkjip: LKJ0901\n", stderr);
    }
    lkj_diags_free(d);
    return LKJ_EXIT_IO;
}

int cli_main(int argc, char **argv)
{
    int stack_grown = grow_stack() == 0;
    options o;
    int status = parse_options(argc, argv, &o);
    if (status == LKJ_EXIT_OK && !stack_grown && !o.version && !o.help) {
        status = say_out_of_memory(&o);
    } else if (status == LKJ_EXIT_OK) {
        if (o.version)
            printf("lkjip %s (format %s)\n", LKJ_VERSION, LKJ_SUBMISSION_NS);
        else if (o.help || !o.command)
            fputs(o.lang == LKJ_LANG_EN ? help_en : help_id, o.help ? stdout : stderr);
        if (!o.version && !o.help && !o.command)
            status = LKJ_EXIT_USAGE;
        else if (o.version || o.help)
            status = LKJ_EXIT_OK;
        else if (strcmp(o.command, "check") == 0)
            status = run_check(&o);
        else if (strcmp(o.command, "explain") == 0)
            status = run_explain(&o);
        else if (strcmp(o.command, "build") == 0)
            status = run_build(&o);
        else if (strcmp(o.command, "template") == 0)
            status = run_template(&o);
        else if (strcmp(o.command, "import") == 0)
            status = run_import(&o);
        else if (strcmp(o.command, "evaluasi") == 0)
            status = run_evaluasi(&o);
        else
            status = usage_error(&o, "perintah tidak dikenal", "unknown command", o.command);
    }
    free(o.args);
    free(o.data);
    free(o.data_year);
    return status;
}

/*
 * test_letters.c — letters.c through its API, as the driver uses it and as
 * the gate (issue 12, item 1) will: inputs and their diagnostics, the
 * findings of linking (one naming no input), an earlier accepted version
 * kept in force, then the folder written, and written nowhere when the
 * folder is not lkjip's.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "emit.h"
#include "letters.h"
#include "lkjip/lkjip.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s && fread(s, 1, (size_t)n, f) == (size_t)n)
        s[n] = '\0';
    else {
        free(s);
        s = NULL;
    }
    fclose(f);
    return s;
}

static void holds(const char *name, const char *path, const char *text)
{
    char *s = slurp(path);
    char why[300];
    snprintf(why, sizeof why, "%s lacks \"%.200s\"", path, text);
    unit_ok(name, s && strstr(s, text), why);
    free(s);
}

/* Checks one file and hands it to the letters as the driver does. */
static void add_checked(letters *l, const char *path)
{
    lkj_limits limits;
    lkj_limits_default(&limits);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_ID);
    int status = lkj_check_path(path, NULL, &limits, d, NULL);
    letters_add_file(l, path, path, d, status);
    lkj_diags_free(d);
}

int main(void)
{
    char dir[] = "/tmp/lkjip-test-letters.XXXXXX";
    if (!mkdtemp(dir) || lkj_init() != 0) {
        printf("FAIL letters.setup: no temporary folder or lkj_init failed\n");
        return 1;
    }
    char out[256], www[256], path[320];
    snprintf(out, sizeof out, "%s/surat", dir);
    snprintf(www, sizeof www, "%s/www", dir);
    lkj_run_options o;
    memset(&o, 0, sizeof o);
    o.lang = LKJ_LANG_ID;
    lkj_limits_default(&o.limits);
    unit_int("letters.none-without-option", letters_new(&o) == NULL && letters_emit_mask(&o) == 0, 1);
    o.letters = out;
    lkj_diags *d = lkj_diags_new(LKJ_LANG_ID);
    unit_int("letters.stylesheet-compiles", emit_init("stylesheets", letters_emit_mask(&o), d), 0);

    letters *l = letters_new(&o);
    add_checked(l, "tests/data/bad/missing-satuan.xml");
    add_checked(l, "tests/data/link/base/kab.xml");
    /* Linking: one finding in kab.xml (clean alone), one naming no input. */
    lkj_diags *linked = lkj_diags_new(LKJ_LANG_ID);
    diag_loc in_kab = {"tests/data/link/base/kab.xml", 3, 5}, nowhere = {"lkjip", 0, 0};
    DIAG(linked, D_LINK_DANGLING, &in_kab, "KAB-S1", "PROV-S9", "prov-contoh");
    DIAG(linked, D_LINK_DANGLING, &nowhere, "X-S1", "Y-S1", "y");
    unit_int("letters.add-link", letters_add_link(l, linked), 0);
    /* The gate's hook: the rejected file's unit keeps its accepted version. */
    unit_int("letters.keep-version", letters_keep_version(l, "tests/data/bad/missing-satuan.xml", "2025-11-03",
                                                          "opd-dinkes-2025-11-03.xml"), 0);
    unit_int("letters.keep-version-unknown", letters_keep_version(l, "nope.xml", "2025-11-03", NULL), -1);

    size_t written = 0;
    lkj_diags_clear(d);
    unit_int("letters.write", letters_write(l, d, &written), LKJ_EXIT_OK);
    unit_int("letters.written", (long)written, 3);
    snprintf(path, sizeof path, "%s/dinkes.html", out);
    holds("letters.rejected", path, "<strong>DITOLAK</strong>");
    holds("letters.version-in-force", path,
          "Versi yang diterima pada 3 November 2025 tetap berlaku sampai kiriman baru diterima. "
          "(<bdi>opd-dinkes-2025-11-03.xml</bdi>)");
    snprintf(path, sizeof path, "%s/kab-contoh.html", out);
    holds("letters.link-rejects", path, "<section class=\"putusan ditolak\">");
    holds("letters.link-finding", path, "baris 3, kolom 5 · ditemukan saat menautkan dengan berkas lain");
    snprintf(path, sizeof path, "%s/index.html", out);
    holds("letters.summary-counts", path, "<p>0 dari 2 kiriman diterima, 2 ditolak.</p>");
    holds("letters.summary-orphan", path, "<h2>Temuan lain</h2>");
    holds("letters.summary-orphan-file", path, "<bdi class=\"berkas\">lkjip</bdi>: seluruh berkas");
    char line[512];
    letters_describe(l, written, line, sizeof line);
    unit_ok("letters.describe", strstr(line, "lkjip: 3 surat ditulis ke ") == line, line);

    /* A folder of someone else's: LKJ0016, nothing written. */
    mkdir(www, 0755);
    snprintf(path, sizeof path, "%s/index.html", www);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs("<h1>Beranda</h1>\n", f);
        fclose(f);
    }
    letters_free(l);
    o.letters = www;
    l = letters_new(&o);
    add_checked(l, "tests/data/ok/minimal.xml");
    lkj_diags_clear(d);
    unit_int("letters.not-ours", letters_write(l, d, &written), LKJ_EXIT_IO);
    unit_ok("letters.not-ours-coded", lkj_diags_count(d) == 1 && strcmp(lkj_diags_at(d, 0)->code, "LKJ0016") == 0,
            "no LKJ0016");
    holds("letters.not-ours-untouched", path, "<h1>Beranda</h1>");
    letters_free(l);

    lkj_diags_free(linked);
    lkj_diags_free(d);
    emit_cleanup();
    lkj_cleanup();
    char rm[400];
    snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
    if (system(rm) != 0)
        printf("# could not remove %s\n", dir);
    return unit_exit();
}

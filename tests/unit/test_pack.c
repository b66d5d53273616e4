/*
 * test_pack.c — the cache's serialisation: every sample model and every bad
 * input's diagnostics survive pack → unpack → pack byte for byte, back
 * pointers and positions are set again, and damaged packs (every
 * truncation, flipped bytes) are refused or read safely, never trusted
 * past their end.
 */
#include "unit.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "lkjip/lkjip.h"
#include "pack.h"

static const char *const samples[] = {
    "samples/kab-sukamaju/lkjip.xml",
    "samples/kab-sukamaju/kab-sukamaju.xml",
    "samples/kab-sukamaju/opd-bappeda.xml",
    "samples/kab-sukamaju/opd-dinkes.xml",
    "samples/kab-sukamaju/opd-dinsos.xml.gz",
    "samples/kab-sukamaju/opd-disdikbud.xml",
    "samples/kab-sukamaju/opd-dlh.xml",
    "samples/kab-sukamaju/opd-dpupr.xml",
    "samples/provinsi/prov-jateng.xml",
};

static void free_model(check_model *m)
{
    check_model_free(m);
    memset(m, 0, sizeof *m);
}

/* Every indicator's owner and every sasaran's tujuan point where read.c
 * would point them; positions came back. */
static int back_pointers_sound(const m_unit *u)
{
    for (size_t t = 0; t < u->tujuan_count; t++) {
        const m_tujuan *tj = &u->tujuan[t];
        for (size_t i = 0; i < tj->indicator_count; i++)
            if (tj->indicators[i].owner != tj || tj->indicators[i].owner_kind != M_OWNER_TUJUAN)
                return 0;
        for (size_t s = 0; s < tj->sasaran_count; s++) {
            const m_sasaran *sa = &tj->sasaran[s];
            if (sa->tujuan != tj)
                return 0;
            for (size_t i = 0; i < sa->indicator_count; i++)
                if (sa->indicators[i].owner != sa || sa->indicators[i].owner_kind != M_OWNER_SASARAN ||
                    sa->indicators[i].pos.line == 0)
                    return 0;
        }
    }
    for (size_t p = 0; p < u->program_count; p++)
        for (size_t k = 0; k < u->programs[p].kegiatan_count; k++) {
            const m_kegiatan *kg = &u->programs[p].kegiatan[k];
            for (size_t i = 0; i < kg->indicator_count; i++)
                if (kg->indicators[i].owner != kg)
                    return 0;
        }
    return 1;
}

static void round_trip_model(const char *path, lkj_limits *limits)
{
    char name[300];
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    check_model m;
    int status = check_and_read(path, NULL, path, limits, d, &m);
    snprintf(name, sizeof name, "pack.model.read.%s", path);
    unit_ok(name, status == LKJ_EXIT_OK && (m.unit || m.profile), "the sample did not read");
    pack_buf a = {0}, b = {0};
    check_model back;
    int packed = pack_model(&m, &a) == 0;
    int unpacked = packed && unpack_model(a.data, a.length, path, &back) == 0;
    int repacked = unpacked && pack_model(&back, &b) == 0;
    snprintf(name, sizeof name, "pack.model.round-trip.%s", path);
    unit_ok(name, repacked && a.length == b.length && memcmp(a.data, b.data, a.length) == 0,
            "pack(unpack(pack(m))) differs from pack(m)");
    if (unpacked && back.unit) {
        snprintf(name, sizeof name, "pack.model.back-pointers.%s", path);
        unit_ok(name, back_pointers_sound(back.unit), "an owner, tujuan or position file is wrong");
        snprintf(name, sizeof name, "pack.model.fields.%s", path);
        unit_ok(name,
                strcmp(back.unit->id, m.unit->id) == 0 && back.unit->year == m.unit->year &&
                    back.unit->tujuan_count == m.unit->tujuan_count && back.unit->pos.line == m.unit->pos.line &&
                    strcmp(back.unit->file, path) == 0,
                "a field came back different");
        /* The pack says how much memory its model takes: one chunk of
         * that size holds it, with no tail left unused (only the chunk's
         * header and alignment). */
        size_t used = arena_used(back.unit->arena), reserved = arena_reserved(back.unit->arena);
        snprintf(name, sizeof name, "pack.model.one-chunk.%s", path);
        unit_ok(name, used <= reserved && reserved - used <= 64, "the unpacked model's arena has unused room");
    }
    if (unpacked && back.profile) {
        snprintf(name, sizeof name, "pack.model.profile.%s", path);
        unit_ok(name,
                strcmp(back.profile->entity, m.profile->entity) == 0 && back.profile->cap == m.profile->cap &&
                    (back.profile->bands == NULL) == (m.profile->bands == NULL),
                "the profile came back different");
    }
    /* Every truncation is refused; flipped bytes are refused or read
     * without going past the end (ASan would say). */
    int truncations_refused = 1;
    for (size_t len = 0; packed && len < a.length; len += 1 + len / 64) {
        check_model t;
        if (unpack_model(a.data, len, path, &t) == 0) {
            truncations_refused = 0;
            free_model(&t);
        }
    }
    snprintf(name, sizeof name, "pack.model.truncated-refused.%s", path);
    unit_ok(name, truncations_refused, "a truncated pack was accepted");
    for (size_t at = 0; packed && at < a.length; at += 1 + at / 32) {
        a.data[at] ^= 0xff;
        check_model f;
        if (unpack_model(a.data, a.length, path, &f) == 0)
            free_model(&f);
        a.data[at] ^= 0xff;
    }
    pack_buf_free(&a);
    pack_buf_free(&b);
    if (unpacked)
        free_model(&back);
    free_model(&m);
    lkj_diags_free(d);
}

static int same_diags(const lkj_diags *x, const lkj_diags *y)
{
    if (lkj_diags_count(x) != lkj_diags_count(y))
        return 0;
    for (int s = LKJ_SEV_NOTE; s <= LKJ_SEV_FATAL; s++)
        if (lkj_diags_suppressed(x, (lkj_severity)s) != lkj_diags_suppressed(y, (lkj_severity)s))
            return 0;
    for (size_t i = 0; i < lkj_diags_count(x); i++) {
        const lkj_diag *a = lkj_diags_at(x, i), *b = lkj_diags_at(y, i);
        if (a->code != b->code || a->severity != b->severity || a->line != b->line || a->column != b->column ||
            strcmp(a->file, b->file) != 0 || strcmp(a->message, b->message) != 0 || strcmp(a->hint, b->hint) != 0 ||
            a->origin != b->origin || (a->cell == NULL) != (b->cell == NULL) ||
            (a->cell && strcmp(a->cell, b->cell) != 0))
            return 0;
    }
    return 1;
}

/* Every bad input, checked with at most 2 diagnostics kept (so that some
 * have suppressed counts), packs and unpacks to the same list. */
static void round_trip_diags(void)
{
    lkj_limits limits;
    lkj_limits_default(&limits);
    limits.max_diags_per_file = 2;
    DIR *dir = opendir("tests/data/bad");
    int all_same = 1, truncations_refused = 1;
    size_t files = 0, suppressed = 0;
    for (struct dirent *e; dir && (e = readdir(dir));) {
        if (e->d_name[0] == '.')
            continue;
        char path[600];
        snprintf(path, sizeof path, "tests/data/bad/%s", e->d_name);
        lkj_diags *d = lkj_diags_new(LKJ_LANG_ID), *back = lkj_diags_new(LKJ_LANG_ID);
        lkj_check_path(path, NULL, &limits, d, NULL);
        suppressed += lkj_diags_suppressed(d, LKJ_SEV_ERROR);
        pack_buf b = {0};
        all_same &= pack_diags(d, &b) == 0 && unpack_diags(b.data, b.length, path, back) == 0 && same_diags(d, back);
        for (size_t len = 0; len < b.length; len++) {
            lkj_diags *t = lkj_diags_new(LKJ_LANG_ID);
            truncations_refused &= unpack_diags(b.data, len, path, t) != 0;
            lkj_diags_free(t);
        }
        pack_buf_free(&b);
        lkj_diags_free(d);
        lkj_diags_free(back);
        files++;
    }
    if (dir)
        closedir(dir);
    /* And one input with 150 errors, 148 of them suppressed: the
     * minimal submission with 150 misi of an unknown attribute. */
    FILE *in = fopen("tests/data/ok/minimal.xml", "r");
    FILE *out = tmpfile(); /* a real descriptor: the loader reads with read(2) */
    char line[4096];
    for (int n = 1; in && out && fgets(line, sizeof line, in); n++) {
        fputs(line, out);
        for (int i = 1; n == 15 && i <= 150; i++)
            fprintf(out, "  <misi id=\"M%d\" nomor=\"%d\">Misi</misi>\n", i, i);
    }
    if (in)
        fclose(in);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN), *back = lkj_diags_new(LKJ_LANG_EN);
    if (out) {
        fflush(out);
        rewind(out);
        lkj_check_stream(out, "banyak.xml", &limits, d, NULL);
        fclose(out);
    }
    size_t many = lkj_diags_suppressed(d, LKJ_SEV_ERROR);
    pack_buf b = {0};
    all_same &= pack_diags(d, &b) == 0 && unpack_diags(b.data, b.length, "banyak.xml", back) == 0 && same_diags(d, back);
    pack_buf_free(&b);
    lkj_diags_free(d);
    lkj_diags_free(back);
    unit_int("pack.diags.suppressed-count", (long)many, 148);
    unit_ok("pack.diags.suppressed-in-bad", suppressed > 0, "no file of tests/data/bad had a diagnostic suppressed");
    unit_ok("pack.diags.files", files > 100, "tests/data/bad not found (run from the repository root)");
    unit_ok("pack.diags.round-trip", all_same, "a diagnostics list came back different");
    unit_ok("pack.diags.truncated-refused", truncations_refused, "a truncated diagnostics pack was accepted");
}

/* What a rejected input would have defined (check.h) goes through the
 * cache too: its ids and the ids its mendukung name, or readable 0. */
static void round_trip_rejected(const char *path, int readable, const char *defines, const char *supports,
                                lkj_limits *limits)
{
    char name[300];
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    check_model m;
    int status = check_and_read(path, NULL, path, limits, d, &m);
    snprintf(name, sizeof name, "pack.rejected.read.%s", path);
    unit_ok(name, status == LKJ_EXIT_PROBLEMS && !m.unit && !m.profile && m.rejected && m.rejected->readable == readable,
            "no rejected model, or not as readable as expected");
    pack_buf a = {0}, b = {0};
    check_model back;
    int unpacked = m.rejected && pack_model(&m, &a) == 0 && unpack_model(a.data, a.length, path, &back) == 0;
    int repacked = unpacked && back.rejected && pack_model(&back, &b) == 0;
    snprintf(name, sizeof name, "pack.rejected.round-trip.%s", path);
    unit_ok(name, repacked && a.length == b.length && memcmp(a.data, b.data, a.length) == 0,
            "pack(unpack(pack(m))) differs from pack(m)");
    if (repacked) {
        /* The first id defined and the first supported, as read. */
        const check_rejected *r = back.rejected;
        snprintf(name, sizeof name, "pack.rejected.ids.%s", path);
        unit_ok(name,
                r->readable == readable &&
                    (defines ? r->define_count > 0 && strcmp(r->defines[0], defines) == 0 : r->define_count == 0) &&
                    (supports ? r->support_count > 0 && strcmp(r->supports[0], supports) == 0 : r->support_count == 0),
                "the ids came back different");
    }
    for (size_t len = 0; a.length && len < a.length; len++) {
        check_model t;
        if (unpack_model(a.data, len, path, &t) == 0) {
            unit_ok("pack.rejected.truncated-refused", 0, path);
            free_model(&t);
        }
    }
    pack_buf_free(&a);
    pack_buf_free(&b);
    if (unpacked)
        free_model(&back);
    free_model(&m);
    lkj_diags_free(d);
}

/* A workbook (tests/data/workbook/dinkes.xlsx: lkjip template of the
 * sample's dinkes; dinkes-bad-cell.xlsx: the same with -3 typed in the
 * penyebut cell Realisasi!F4): its unit's table of cells and its
 * findings' cells come back from the cache as they went in. */
static void round_trip_workbook(lkj_limits *limits)
{
    const char *path = "tests/data/workbook/dinkes.xlsx";
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    check_model m;
    int status = check_and_read(path, NULL, path, limits, d, &m);
    unit_ok("pack.workbook.read", status == LKJ_EXIT_OK && m.unit && m.unit->cell_count > 10,
            "the workbook did not read into a unit with cells");
    pack_buf a = {0};
    check_model back;
    memset(&back, 0, sizeof back);
    int unpacked = m.unit && pack_model(&m, &a) == 0 && unpack_model(a.data, a.length, path, &back) == 0;
    int same = unpacked && back.unit && back.unit->cell_count == m.unit->cell_count;
    for (size_t i = 0; same && i < m.unit->cell_count; i++)
        same = back.unit->cells[i].pos.line == m.unit->cells[i].pos.line &&
               back.unit->cells[i].pos.column == m.unit->cells[i].pos.column &&
               strcmp(back.unit->cells[i].cell, m.unit->cells[i].cell) == 0;
    unit_ok("pack.workbook.cells-round-trip", same, "the table of cells came back different");
    /* A position no cell wrote is the embedded plan's; one a cell wrote
     * is that cell's. */
    unit_ok("pack.workbook.plan-cell",
            same && strcmp(model_cell_at(back.unit, back.unit->pos), "lkjip!A6") == 0 &&
                strcmp(model_cell_at(back.unit, back.unit->cells[0].pos), back.unit->cells[0].cell) == 0,
            "model_cell_at does not place positions");
    pack_buf_free(&a);
    if (unpacked)
        free_model(&back);
    free_model(&m);
    lkj_diags_clear(d);
    const char *bad = "tests/data/workbook/dinkes-bad-cell.xlsx";
    status = lkj_check_path(bad, NULL, limits, d, NULL);
    const lkj_diag *g = lkj_diags_count(d) ? lkj_diags_at(d, 0) : NULL;
    unit_ok("pack.workbook.finding-at-cell",
            status == LKJ_EXIT_PROBLEMS && g && g->cell && strcmp(g->cell, "Realisasi!F4") == 0 && g->line == 0,
            "the finding is not at Realisasi!F4");
    lkj_diags *again = lkj_diags_new(LKJ_LANG_EN);
    pack_buf b = {0};
    unit_ok("pack.workbook.diags-round-trip",
            pack_diags(d, &b) == 0 && unpack_diags(b.data, b.length, bad, again) == 0 && same_diags(d, again),
            "a finding's cell did not survive the cache");
    pack_buf_free(&b);
    lkj_diags_free(again);
    lkj_diags_free(d);
}

/* A model's packed bytes, or an empty buffer. */
static pack_buf packed_sample(const char *path, lkj_limits *limits)
{
    pack_buf b = {0};
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    check_model m;
    if (check_and_read(path, NULL, path, limits, d, &m) == LKJ_EXIT_OK && pack_model(&m, &b) != 0)
        pack_buf_free(&b);
    free_model(&m);
    lkj_diags_free(d);
    return b;
}

/* n models unpacked from p; each packs back to p byte for byte. */
static int unpack_many(const pack_buf *p, check_model *out, size_t n, const char *file)
{
    int same = 1;
    for (size_t i = 0; i < n; i++) {
        pack_buf again = {0};
        if (unpack_model(p->data, p->length, file, &out[i]) != 0 || pack_model(&out[i], &again) != 0 ||
            again.length != p->length || memcmp(again.data, p->data, p->length) != 0)
            same = 0;
        pack_buf_free(&again);
    }
    return same;
}

/* Unpacked models taken from 2 MiB regions (arena.c; off under ASan,
 * turned on here): many regions, chunks freed in any order, memory given
 * back and handed out again holding another model's bytes: every model
 * still packs back to its own bytes (memory handed out again is cleared). */
static void regions(lkj_limits *limits)
{
    enum { MANY = 300 };
    arena_use_regions(1);
    pack_buf dinkes = packed_sample("samples/kab-sukamaju/opd-dinkes.xml", limits);
    pack_buf dlh = packed_sample("samples/kab-sukamaju/opd-dlh.xml", limits);
    static check_model models[MANY];
    int ok = dinkes.length > 0 && dlh.length > 0 && unpack_many(&dinkes, models, MANY, "a.xml");
    unit_ok("pack.regions.many", ok, "a model unpacked into a region differs");
    for (size_t i = 0; i < MANY; i += 2) /* every other one: regions half used */
        free_model(&models[i]);
    for (size_t i = 0; i < MANY; i += 2)
        ok = ok && unpack_many(&dlh, &models[i], 1, "b.xml");
    unit_ok("pack.regions.half-freed-then-more", ok, "a model unpacked after others were freed differs");
    for (size_t i = 0; i < MANY; i++)
        free_model(&models[i]);
    /* All freed: the current region starts again at its front, over the
     * bytes of the models that were there. */
    ok = ok && unpack_many(&dinkes, models, 8, "a.xml");
    for (size_t i = 0; i < 8; i++)
        free_model(&models[i]);
    ok = ok && unpack_many(&dlh, models, 8, "b.xml");
    for (size_t i = 0; i < 8; i++)
        free_model(&models[i]);
    unit_ok("pack.regions.reused", ok, "a model unpacked over a freed one differs");
    /* Large tables: zeroed, mapped or calloc'd. */
    int zero = 1;
    size_t sizes[] = {16, 4096, (size_t)1 << 20, (size_t)5 << 20};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        unsigned char *t = arena_bulk_calloc(sizes[k], 1);
        for (size_t i = 0; t && i < sizes[k]; i += 511)
            zero = zero && t[i] == 0;
        if (t)
            memset(t, 0xaa, sizes[k]);
        zero = zero && t;
        arena_bulk_free(t);
    }
    unit_ok("pack.regions.bulk-zeroed", zero, "a large table was not zeroed");
    unit_ok("pack.regions.bulk-overflow", arena_bulk_calloc(SIZE_MAX / 2, 4) == NULL, "an overflowing size was accepted");
    pack_buf_free(&dinkes);
    pack_buf_free(&dlh);
    arena_use_regions(0);
}

int main(void)
{
    if (lkj_init() != 0)
        return 2;
    lkj_limits limits;
    lkj_limits_default(&limits);
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        round_trip_model(samples[i], &limits);
    round_trip_diags();
    regions(&limits);
    round_trip_workbook(&limits);
    round_trip_rejected("tests/data/bad/duplicate-id.xml", 1, "dinkes", "KAB-S2", &limits);
    round_trip_rejected("tests/data/bad/content-after-root.xml", 0, NULL, NULL, &limits);
    round_trip_rejected("tests/data/bad/profile-efficiency-classes.xml", 1, NULL, NULL, &limits);
    unsigned char junk[] = {0x55, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
    check_model m;
    unit_ok("pack.model.huge-count-refused", unpack_model(junk, sizeof junk, "x", &m) != 0,
            "a pack with a varint past 64 bits was accepted");
    lkj_cleanup();
    return unit_exit();
}

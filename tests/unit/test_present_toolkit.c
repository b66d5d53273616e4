/*
 * test_present_toolkit.c — the present stage's toolkit (present.h): numbers
 * written the Indonesian way in both report languages, labels with their
 * placeholders, and the categories' colours.
 */
#include "unit.h"

#include <libxml/parser.h>

#include "present.h"

static void numbers(void)
{
    char out[PR_NUMBER_MAX];
    unit_str("shown keeps decimals", pr_shown(out, "101.46"), "101,46");
    unit_str("shown groups thousands", pr_shown(out, "1234.5"), "1.234,5");
    unit_str("shown negative", pr_shown(out, "-17.87"), "-17,87");
    unit_str("shown negative zero", pr_shown(out, "-0.00"), "0,00");
    unit_str("shown absent", pr_shown(out, NULL), "–");
    unit_str("shown empty", pr_shown(out, ""), "–");
    unit_str("percent", pr_percent(out, "104.70"), "104,70%");
    unit_str("percent absent", pr_percent(out, NULL), "–");
    unit_str("number raw", pr_number(out, "74.6"), "74,6");
    unit_str("number big", pr_number(out, "12150000000"), "12.150.000.000");
    unit_str("number six decimals", pr_number(out, "90.5349794238683"), "90,534979");
    unit_str("number trailing zeros", pr_number(out, "95.500"), "95,5");
    unit_str("number small", pr_number(out, "0.25"), "0,25");
    unit_str("number exponent", pr_number(out, "1e3"), "1.000");
    unit_str("number not a number", pr_number(out, "abc"), "–");
    unit_str("number absent", pr_number(out, NULL), "–");
    unit_str("rupiah", pr_rupiah(out, "12150000000"), "Rp12.150.000.000");
    unit_str("rupiah rounds", pr_rupiah(out, "1500.6"), "Rp1.501");
    unit_str("rupiah absent", pr_rupiah(out, ""), "–");
}

static void labels(present *p)
{
    char out[200];
    unit_str("label", pr_label(p, "dokumen.lkjip.singkat"), "LKjIP");
    unit_str("label missing", pr_label(p, "tidak.ada.kunci"), "[tidak.ada.kunci]");
    unit_str("label with", pr_label_with(p, out, sizeof out, "periode.triwulan", "ke", "III", "tahun", "2025", NULL),
             "Triwulan III Tahun 2025");
    unit_str("label with unknown placeholder kept",
             pr_label_with(p, out, sizeof out, "periode.tahun", "lain", "x", NULL), "Tahun {tahun}");
    unit_str("label english", pr_label_in(LKJ_LANG_EN, "bulan.2"), "February");
    unit_str("date", pr_date(p, out, sizeof out, "2026-02-27"), "27 Februari 2026");
    unit_str("date not a date", pr_date(p, out, sizeof out, "2026-2-27"), "");
}

int main(void)
{
    lkj_diags *d = lkj_diags_new(LKJ_LANG_ID);
    unit_int("labels load", present_init("stylesheets", d), 0);
    present p = {.lang = LKJ_LANG_ID};
    numbers();
    labels(&p);
    present_cleanup();
    unit_int("labels of a folder without them: the built-in ones", present_init("/nonexistent", d), 0);
    unit_str("built-in label", pr_label(&p, "bulan.2"), "Februari");
    present_cleanup();
    unit_int("labels unreadable", present_init("tests/data/present/bad-labels", d), -1);
    unit_int("labels unreadable says so", (long)lkj_diags_count(d), 1);
    present_cleanup();
    lkj_diags_free(d);
    xmlCleanupParser();
    return unit_exit();
}

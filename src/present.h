/*
 * present.h — the eighth stage: from a unit's report IR and the report's
 * language, the document the reader sees (schemas/present.xsd,
 * docs/present.md), decided once for every output format. Every content
 * decision is made here: chapters, sections, rows, years, spans, every
 * number written the Indonesian way, every label, every category and its
 * colour, every chart as finished SVG (chart.c), the pohon kinerja laid out
 * (tree.c). The stylesheets only serialise it.
 *
 * The second half of this header is the toolkit the present*.c, chart.c and
 * tree.c files share: building elements of the presented document, reading
 * the IR without copying, labels and number formatting.
 */
#ifndef LKJ_PRESENT_H
#define LKJ_PRESENT_H

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <stddef.h>

#include "lkjip/lkjip.h"

#define LKJ_PRESENT_NS "urn:lkjip:present:1"
#define LKJ_SVG_NS "http://www.w3.org/2000/svg"

typedef enum { PRESENT_LKJIP, PRESENT_PK } present_kind;
typedef struct present present;

/* Loads the labels of both languages from DIR/i18n/{id,en}.xml, or the
 * ones built in when the folder has none (once per process; a Bappeda can
 * reword them in its stylesheets folder). 0, or -1 with a diagnostic
 * (LKJ0903) when a label file is there but unreadable. */
int present_init(const char *stylesheets_dir, lkj_diags *diags);
void present_cleanup(void);

/* The presented document of one unit (NULL when out of memory). report_lang
 * is the report's own language, not the messages'. */
xmlDocPtr present_unit(xmlDocPtr ir, present_kind kind, lkj_lang report_lang);

/* ------------------------------------------------------------------ */
/* The toolkit                                                         */
/* ------------------------------------------------------------------ */

/* An entry of the Daftar Isi: its anchor, its level (1–3) and its words
 * (the heading's text, before white space is folded). */
typedef struct pr_toc_entry {
    char *ref;
    int tingkat;
    char *text;
} pr_toc_entry;

struct present {
    xmlDocPtr doc;
    xmlNsPtr ns;  /* urn:lkjip:present:1, on the root */
    xmlNsPtr svg; /* unused: each drawing declares the SVG namespace as its default (pr_svg) */
    const xmlNode *ir; /* r:laporan */
    lkj_lang lang;
    int failed; /* out of memory somewhere: the document is dropped */
    char period[160]; /* "Tahun 2025", "Triwulan III Tahun 2025", … */
    int year;
    int pemda; /* the report of a pemda (not of an OPD) */
    /* A large report leaves part by part (stream.c): at a pr_flush that
     * comes after at least cut_every nodes were made, cut(cut_ctx, at)
     * takes what is final out of the document. cut NULL: the document is
     * made whole (present_unit). */
    void (*cut)(void *ctx, xmlNodePtr at);
    void *cut_ctx;
    size_t cut_every;
    size_t made; /* nodes made since the last cut */
    /* The first pass of a report made part by part, which only looks for
     * anchors and sections: figures get their captions but no drawing
     * (pr_svg makes nothing), which holds neither. */
    int sketch;
    /* The Daftar Isi, when it is known before the chapters are made (the
     * second pass of a report made part by part). */
    const pr_toc_entry *toc_known;
    size_t toc_known_count;
};

/* The same document made into p->doc with p->cut set (stream.c): at each
 * pr_flush the parts it takes leave the document, which holds, at the
 * end, what none took. What present_unit does to the whole document once
 * it is made (tables numbered, the Daftar Isi, links checked) is then the
 * cut's to do to each part (present_finish_tables, present_toc_entry,
 * present_collect_ids, present_unlink_dangling). 0, or -1 when out of
 * memory (p->doc is the caller's to free either way). */
int present_unit_parts(present *p, xmlDocPtr ir, present_kind kind, lkj_lang report_lang);

/* --- finishing what leaves the document part by part ----------------- */

/* Numbers the cells of part when it is a table, else of every table in it
 * (not in a chart): kolom, kolom-akhir, baris-lanjut (docs/present.md). */
void present_finish_tables(present *p, xmlNodePtr part);
/* A table's number of columns (its p:kolom). */
long present_table_columns(const xmlNode *table);
/* Numbers the cells of one row of a row group that leaves in parts: busy
 * (cols + 1 entries, zero at the group's start) carries the rows a cell of
 * an earlier row still covers. */
void present_number_row(present *p, xmlNodePtr row, long *busy, long cols);
/* Numbers the rows of a whole row group (p:kepala, p:isi, p:kaki). */
void present_number_group(present *p, xmlNodePtr group, long cols);
/* The Daftar Isi's entry for a p:bagian, from where it stands: its level
 * (0 when it is not listed), its anchor in *ref and its heading's text in
 * *text (xmlFree; NULL when out of memory). */
int present_toc_entry(const xmlNode *section, const char **ref, xmlChar **text);
/* Every id of the elements under n (not inside a chart), into ids. */
void present_collect_ids(present *p, xmlHashTablePtr ids, xmlNodePtr n);
/* Every p:tautan under n whose ref is not in ids becomes its text. */
void present_unlink_dangling(xmlHashTablePtr ids, xmlNodePtr n);

/* --- building ------------------------------------------------------ */

/* A new element p:NAME as the last child of parent (NULL after a failure,
 * which sets p->failed; every function below accepts a NULL parent and
 * does nothing then, so callers need not check). */
xmlNodePtr pr_el(present *p, xmlNodePtr parent, const char *name);
/* The same with a peran (a styling role), or none when peran is NULL. */
xmlNodePtr pr_el_role(present *p, xmlNodePtr parent, const char *name, const char *peran);
/* p:NAME holding text. */
xmlNodePtr pr_el_text(present *p, xmlNodePtr parent, const char *name, const char *text);
void pr_text(present *p, xmlNodePtr parent, const char *text);
/* Text with runs of white space folded to one space and trimmed (XPath's
 * normalize-space), as the IR's names and descriptions are shown. */
void pr_text_normalized(present *p, xmlNodePtr parent, const char *text);
void pr_attr(present *p, xmlNodePtr node, const char *name, const char *value);
void pr_attr_int(present *p, xmlNodePtr node, const char *name, long value);
/* An inline p:t with a peran and text. */
xmlNodePtr pr_run(present *p, xmlNodePtr parent, const char *peran, const char *text);
/* A table cell: p:sel with an optional peran and text (NULL: empty). */
xmlNodePtr pr_cell(present *p, xmlNodePtr row, const char *peran, const char *text);
/* A point where the document may be cut (docs/present.md, "Part by part"):
 * at is the container the next nodes go into, and everything made so far
 * but at and its ancestors is final: never changed, moved or removed
 * again, and at and its ancestors are not removed either (a figure box
 * that may be dropped for having no figure is no place for a cut until it
 * has one). The document may then only grow inside at and its ancestors,
 * after what they hold. Does nothing when the document is made whole. */
void pr_flush(present *p, xmlNodePtr at);
/* An SVG element (in the SVG namespace) as the last child of parent. */
xmlNodePtr pr_svg(present *p, xmlNodePtr parent, const char *name);
/* A p:bagian with its p:judul text; jenis "bab", "lampiran", "pengantar" or
 * "bagian"; id may be NULL. */
xmlNodePtr pr_section(present *p, xmlNodePtr parent, const char *jenis, const char *id, const char *heading);

/* --- reading the IR (no copies; pointers into the IR) -------------- */

/* The first child element r:NAME of n, or NULL. */
const xmlNode *ir_child(const xmlNode *n, const char *name);
/* The next sibling element r:NAME after n, or NULL:
 *   for (c = ir_child(x, "indikator"); c; c = ir_next(c, "indikator")) */
const xmlNode *ir_next(const xmlNode *n, const char *name);
/* The number of children r:NAME. */
size_t ir_count(const xmlNode *n, const char *name);
/* An attribute's value, or NULL when absent. */
const char *ir_attr(const xmlNode *n, const char *name);
/* ir_attr, or "" when absent. */
const char *ir_attr_or_empty(const xmlNode *n, const char *name);
/* The text of element n (its first text child), or "" . */
const char *ir_text(const xmlNode *n);
/* The text of the child r:NAME, or "". */
const char *ir_child_text(const xmlNode *n, const char *name);
/* The attribute as a number; 0 and *ok = 0 when absent or not a number. */
double ir_number(const xmlNode *n, const char *name, int *ok);

/* --- labels ---------------------------------------------------------- */

/* The label of key in the report's language; "[key]" when the label files
 * lack it (never silently empty). */
const char *pr_label(const present *p, const char *key);
/* The label in a given language. */
const char *pr_label_in(lkj_lang lang, const char *key);
/* The label with {name} placeholders filled: pairs of name, value, ending
 * in NULL. Writes into out (truncated to size). Returns out. */
char *pr_label_with(const present *p, char *out, size_t size, const char *key, ...);

/* --- numbers, written the Indonesian way in both languages ----------- */

#define PR_NUMBER_MAX 64

/* A value the IR already rounded (tampil: "101.46", "1234.5") with its
 * decimals kept: "101,46", "1.234,5". Absent or empty: "–". */
char *pr_shown(char out[PR_NUMBER_MAX], const char *tampil);
/* A percentage from tampil: "104,70%". Absent: "–". */
char *pr_percent(char out[PR_NUMBER_MAX], const char *tampil);
/* A raw IR number (nilai, pagu) as written, grouped, at most 6 decimals,
 * trailing zeros dropped: "12150000000" -> "12.150.000.000", "74.6" ->
 * "74,6". Absent or not a number: "–". */
char *pr_number(char out[PR_NUMBER_MAX], const char *raw);
/* Whole rupiah: "Rp12.150.000.000". Absent: "–". */
char *pr_rupiah(char out[PR_NUMBER_MAX], const char *raw);
/* A date YYYY-MM-DD as "27 Februari 2026" / "27 February 2026"; "" when
 * not a date. */
char *pr_date(const present *p, char *out, size_t size, const char *iso);
/* A typed value of the IR (target, realisasi, baseline): the predikat, the
 * text, a range "bawah–atas", tampil, or nilai; "–" when none. */
char *pr_typed_value(const present *p, char *out, size_t size, const xmlNode *value);

/* --- categories -------------------------------------------------------- */

/* The colour of category kode: the policy's warna when it is #rrggbb, else
 * the standard one (ST, T, S, R, SR), else grey. */
const char *pr_category_colour(const present *p, const char *kode, char out[8]);
/* An inline category mark from an IR r:capaian (nothing when it has no
 * kategori). */
void pr_category(present *p, xmlNodePtr parent, const xmlNode *capaian);
/* The same mark from a category's code and its label in the profile (a
 * legend's r:kebijakan/r:kategori). */
void pr_category_mark(present *p, xmlNodePtr parent, const char *kode, const char *given);

/* --- the unit's narrative ------------------------------------------------ */

/* The narrative blocks of an IR element (r:narasi, r:analisis: r:p, r:ul,
 * r:ol of r:li, inline r:b and r:i) appended to parent as p:p, p:daftar of
 * p:butir, p:b and p:i. White space is folded as a browser would, so the
 * words read the same in every format. */
void pr_narrative(present *p, xmlNodePtr parent, const xmlNode *ir_block_parent);

/* --- whether an indicator met its target ------------------------------- */

typedef enum {
    PR_TARGET_NOT_ASKED,    /* a component of a composite without a target of its own */
    PR_TARGET_NOT_COMPUTED, /* no capaian (any status but ok), or no r:capaian at all */
    PR_TARGET_MISSED,       /* capaian below 100% */
    PR_TARGET_MET           /* capaian of at least 100% */
} pr_target;

/* The status of an indicator's r:capaian: met when the capaian as shown
 * (tampil, rounded by the policy, as the category is judged) is at least
 * 100, so that "tercapai" never contradicts the figure beside it. */
pr_target pr_target_status(const xmlNode *capaian);

#endif

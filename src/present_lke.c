/*
 * present_lke.c — the evaluation's presented documents (docs/lke.md §5):
 * the LHE-style summary and the worksheet of a unit, and the table of all
 * units with the pemda's minimum condition for A and the rapor columns.
 * Every number is written here, the Indonesian way; the stylesheets only
 * serialise (docs/present.md).
 */
#include "present_lke.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"
#include "present.h"

/* Words in the document's language. */
#define W(p, id, en) ((p)->lang == LKJ_LANG_EN ? (en) : (id))

/* A gap smaller than half a cent is no loss: it would show as 0,00. */
#define LOSS_SHOWN 0.005
/* The sub-components the summary names as where the points were lost. */
#define LOSSES_LISTED 5

/* ------------------------------------------------------------------ */
/* Scores                                                              */
/* ------------------------------------------------------------------ */

const lke_score *lke_headline(const lke_score score[LKE_RATERS])
{
    if (score[LKE_EVALUATOR].scored)
        return &score[LKE_EVALUATOR];
    return score[LKE_MANDIRI].scored ? &score[LKE_MANDIRI] : NULL;
}

static const lke_band *band_named(const lke *l, const char *code)
{
    for (size_t i = 0; i < l->band_count; i++)
        if (strcmp(l->bands[i].code, code) == 0)
            return &l->bands[i];
    return NULL;
}

/* Bands are highest first: b is at least floor when it comes no later. */
static int at_least(const lke_band *b, const lke_band *floor)
{
    return b && floor && b <= floor;
}

static int is_opd(const lke_answers *a)
{
    return strcmp(a->kind, "pemda") != 0;
}

int lke_klaster_counts(const lke *l, const lke_unit_view *u)
{
    const lke_answers *a = u->answers;
    const lke_score *s = lke_headline(u->score);
    if (!is_opd(a) || !a->klaster || !s)
        return 0;
    const lke_band *floor = band_named(l, strcmp(a->klaster, "utama") == 0 ? "A" : "BB");
    return at_least(s->band, floor);
}

void lke_klaster_condition(const lke *l, const lke_unit_view *units, size_t count, lke_klaster_check *out)
{
    memset(out, 0, sizeof *out);
    out->judgeable = band_named(l, "A") && band_named(l, "BB");
    for (size_t i = 0; i < count; i++) {
        const lke_answers *a = units[i].answers;
        if (!a || !is_opd(a) || !a->klaster)
            continue;
        int utama = strcmp(a->klaster, "utama") == 0;
        int met = lke_klaster_counts(l, &units[i]);
        if (utama) {
            out->utama++;
            out->utama_met += (size_t)met;
        } else {
            out->pendukung++;
            out->pendukung_met += (size_t)met;
        }
    }
    out->tagged = out->utama + out->pendukung > 0;
    out->holds = out->tagged && out->judgeable && out->utama_met >= LKE_KLASTER_NEEDED &&
                 out->pendukung_met >= LKE_KLASTER_NEEDED;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/* A score as shown: two decimals, half away from zero, "83,45". */
static const char *score_text(double v, char out[PR_NUMBER_MAX])
{
    char plain[64];
    double r = meas_round(v, 2, MEAS_ROUND_HALF_AWAY);
    snprintf(plain, sizeof plain, "%.2f", r == 0 ? 0.0 : r);
    return pr_shown(out, plain);
}

/* A weight or an answer's value as written: "4,5", "30", "0,75". */
static const char *plain_number(double v, char out[PR_NUMBER_MAX])
{
    char raw[64];
    snprintf(raw, sizeof raw, "%.6f", v);
    return pr_number(out, raw);
}

/* The rater's score of a part, or "–" when the rater answered nothing. */
static const char *rated(const lke_score *s, double v, char out[PR_NUMBER_MAX])
{
    if (s->scored)
        return score_text(v, out);
    snprintf(out, PR_NUMBER_MAX, "–");
    return out;
}

/* ------------------------------------------------------------------ */
/* The document's frame                                                */
/* ------------------------------------------------------------------ */

static xmlNodePtr begin(present *p, lkj_lang lang)
{
    memset(p, 0, sizeof *p);
    p->lang = lang;
    p->doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = p->doc ? xmlNewDocNode(p->doc, NULL, BAD_CAST "dokumen", NULL) : NULL;
    if (!root) {
        p->failed = 1;
        return NULL;
    }
    xmlDocSetRootElement(p->doc, root);
    p->ns = xmlNewNs(root, BAD_CAST LKJ_PRESENT_NS, NULL);
    if (!p->ns) {
        p->failed = 1;
        return NULL;
    }
    xmlSetNs(root, p->ns);
    pr_attr(p, root, "jenis", "evaluasi");
    pr_attr(p, root, "bahasa", lang == LKJ_LANG_EN ? "en" : "id");
    pr_attr(p, root, "lkjip", LKJ_VERSION);
    return root;
}

static xmlDocPtr finish(present *p, xmlNodePtr root)
{
    if (root)
        present_finish_tables(p, root);
    if (p->failed) {
        xmlFreeDoc(p->doc);
        return NULL;
    }
    return p->doc;
}

static void cover(present *p, xmlNodePtr root, const char *kind, const char *unit, int year, const lke *l)
{
    char text[512];
    xmlNodePtr s = pr_el(p, root, "sampul");
    pr_attr(p, pr_el_text(p, s, "baris", kind), "peran", "jenis");
    pr_attr(p, pr_el_text(p, s, "baris", unit), "peran", "unit");
    snprintf(text, sizeof text, "%s %d", W(p, "Tahun", "Year"), year);
    pr_attr(p, pr_el_text(p, s, "baris", text), "peran", "periode");
    snprintf(text, sizeof text, "LKE %s%s%s%s", l->id, l->version ? " (" : "", l->version ? l->version : "",
             l->version ? ")" : "");
    pr_attr(p, pr_el_text(p, s, "baris", text), "peran", "kaki");
}

/* A table with its caption (or none) and its columns: widths and
 * alignments, one pair per column. Its role is "data" and its own, so the
 * report's stylesheets draw it as every table of the LKjIP (borders,
 * shaded head, figures to the right). */
static xmlNodePtr new_table(present *p, xmlNodePtr parent, const char *role, const char *id, const char *caption,
                            const char *const *cols, size_t count)
{
    char roles[64];
    snprintf(roles, sizeof roles, "data %s", role);
    xmlNodePtr t = pr_el_role(p, parent, "tabel", roles);
    if (id)
        pr_attr(p, t, "id", id);
    if (caption)
        pr_el_text(p, t, "judul", caption);
    for (size_t i = 0; i + 1 < count * 2; i += 2) {
        xmlNodePtr k = pr_el(p, t, "kolom");
        pr_attr(p, k, "lebar", cols[i]);
        pr_attr(p, k, "rata", cols[i + 1]);
    }
    return t;
}

static xmlNodePtr header_row(present *p, xmlNodePtr table, const char *const *heads, size_t count)
{
    xmlNodePtr row = pr_el(p, pr_el(p, table, "kepala"), "baris");
    for (size_t i = 0; i < count; i++)
        pr_cell(p, row, NULL, heads[i]);
    return row;
}

/* ------------------------------------------------------------------ */
/* The summary (LHE)                                                   */
/* ------------------------------------------------------------------ */

static void headline_sentence(present *p, xmlNodePtr sec, const lke_score *head, const lke_score *ev)
{
    char n[PR_NUMBER_MAX], text[400];
    xmlNodePtr para = pr_el_role(p, sec, "p", "lke-nilai");
    if (!head) {
        pr_text(p, para, W(p, "Belum ada jawaban: unit ini belum dinilai.", "No answers: the unit is not scored."));
        return;
    }
    pr_text(p, para, head == ev ? W(p, "Nilai evaluator: ", "Evaluator's score: ")
                                : W(p, "Nilai mandiri (belum ada jawaban evaluator): ",
                                    "Self-assessment (no evaluator's answers yet): "));
    pr_el_text(p, para, "b", score_text(head->total, n));
    snprintf(text, sizeof text, ", predikat %s (%s).", head->band ? head->band->code : "–",
             lke_band_label(head->band, p->lang));
    pr_text(p, para, text);
}

static void component_table(present *p, xmlNodePtr sec, const lke *l, const lke_score *ev, const lke_score *self)
{
    static const char *const cols[] = {"6*", "kiri", "1*", "kanan", "2*", "kanan", "2*", "kanan"};
    const char *heads[] = {W(p, "Komponen", "Component"), W(p, "Bobot", "Weight"), "Evaluator",
                           W(p, "Mandiri", "Self-assessment")};
    xmlNodePtr t = new_table(p, sec, "lke-komponen", "tabel-komponen",
                             W(p, "Nilai per komponen", "Score per component"), cols, 4);
    header_row(p, t, heads, 4);
    xmlNodePtr body = pr_el(p, t, "isi");
    char name[400], w[PR_NUMBER_MAX], a[PR_NUMBER_MAX], b[PR_NUMBER_MAX];
    for (size_t i = 0; i < l->component_count; i++) {
        const lke_component *c = &l->components[i];
        xmlNodePtr row = pr_el(p, body, "baris");
        snprintf(name, sizeof name, "%s %s", c->id, c->name[p->lang == LKJ_LANG_EN]);
        pr_cell(p, row, NULL, name);
        pr_cell(p, row, "angka", plain_number(c->weight, w));
        pr_cell(p, row, "angka", rated(ev, ev->component[i], a));
        pr_cell(p, row, "angka", rated(self, self->component[i], b));
    }
    xmlNodePtr foot = pr_el(p, t, "kaki");
    xmlNodePtr row = pr_el(p, foot, "baris");
    pr_cell(p, row, NULL, W(p, "Nilai", "Total"));
    pr_cell(p, row, "angka", "100");
    pr_cell(p, row, "angka", rated(ev, ev->total, a));
    pr_cell(p, row, "angka", rated(self, self->total, b));
    row = pr_el(p, foot, "baris");
    pr_cell(p, row, NULL, "Predikat");
    pr_cell(p, row, NULL, NULL);
    pr_cell(p, row, "predikat", ev->scored && ev->band ? ev->band->code : "–");
    pr_cell(p, row, "predikat", self->scored && self->band ? self->band->code : "–");
}

/* Sub-component indices by their gap to their weight, largest first (the
 * LKE's order among equals). */
static size_t losses(const lke *l, const lke_score *s, size_t *order)
{
    size_t n = 0;
    for (size_t i = 0; i < l->sub_count; i++) {
        if (l->subs[i].weight - s->sub[i] < LOSS_SHOWN)
            continue;
        size_t at = n++;
        double gap = l->subs[i].weight - s->sub[i];
        while (at > 0 && l->subs[order[at - 1]].weight - s->sub[order[at - 1]] < gap) {
            order[at] = order[at - 1];
            at--;
        }
        order[at] = i;
    }
    return n;
}

static void loss_section(present *p, xmlNodePtr parent, const lke *l, const lke_score *head)
{
    xmlNodePtr sec = pr_section(p, parent, "bagian", "nilai-hilang", W(p, "Nilai yang hilang", "Where points were lost"));
    size_t *order = head ? calloc(l->sub_count + 1, sizeof *order) : NULL;
    if (head && !order) {
        p->failed = 1;
        return;
    }
    size_t n = head ? losses(l, head, order) : 0;
    if (n == 0) {
        pr_el_text(p, sec, "p", W(p, "Tidak ada nilai yang hilang.", "No points were lost."));
        free(order);
        return;
    }
    char text[400];
    snprintf(text, sizeof text,
             W(p, "Subkomponen dengan selisih terbesar terhadap bobotnya (%zu terbesar dari %zu):",
               "The sub-components furthest below their weight (the %zu largest of %zu):"),
             n < LOSSES_LISTED ? n : (size_t)LOSSES_LISTED, n);
    pr_el_text(p, sec, "p", text);
    static const char *const cols[] = {"1*", "kiri", "5*", "kiri", "1*", "kanan", "2*", "kanan", "2*", "kanan"};
    const char *heads[] = {"No", W(p, "Subkomponen", "Sub-component"), W(p, "Bobot", "Weight"),
                           W(p, "Nilai", "Score"), W(p, "Selisih", "Gap")};
    xmlNodePtr t = new_table(p, sec, "lke-hilang", "tabel-nilai-hilang", NULL, cols, 5);
    header_row(p, t, heads, 5);
    xmlNodePtr body = pr_el(p, t, "isi");
    char w[PR_NUMBER_MAX], v[PR_NUMBER_MAX], g[PR_NUMBER_MAX];
    for (size_t k = 0; k < n && k < LOSSES_LISTED; k++) {
        const lke_sub *sub = &l->subs[order[k]];
        const lke_component *c = &l->components[sub->component];
        int en = p->lang == LKJ_LANG_EN;
        xmlNodePtr row = pr_el(p, body, "baris");
        pr_cell(p, row, "kode", sub->id);
        snprintf(text, sizeof text, "%s — %s", c->name[en], sub->name[en]);
        pr_cell(p, row, NULL, text);
        pr_cell(p, row, "angka", plain_number(sub->weight, w));
        pr_cell(p, row, "angka", score_text(head->sub[order[k]], v));
        pr_cell(p, row, "angka", score_text(sub->weight - head->sub[order[k]], g));
    }
    free(order);
}

static void recommendations(present *p, xmlNodePtr parent, const lke_answers *a)
{
    xmlNodePtr sec = pr_section(p, parent, "bagian", "rekomendasi", W(p, "Rekomendasi", "Recommendations"));
    if (a->recommendation_count == 0) {
        pr_el_text(p, sec, "p", W(p, "Tidak ada rekomendasi yang dicatat.", "No recommendation was entered."));
        return;
    }
    xmlNodePtr list = pr_el(p, sec, "daftar");
    pr_attr(p, list, "jenis", "ol");
    for (size_t i = 0; i < a->recommendation_count; i++)
        pr_el_text(p, list, "butir", a->recommendations[i]);
}

/* ------------------------------------------------------------------ */
/* The worksheet                                                       */
/* ------------------------------------------------------------------ */

/* The answer to criterion (or sub-component) index, or NULL. */
static const lke_answer *answer_to(const lke_answers *a, int is_sub, size_t index)
{
    for (size_t i = 0; i < a->answer_count; i++)
        if (a->answers[i].is_sub == is_sub && a->answers[i].target == index)
            return &a->answers[i];
    return NULL;
}

static void note_cell(present *p, xmlNodePtr row, const lke_answer *ans)
{
    xmlNodePtr cell = pr_cell(p, row, "catatan", NULL);
    if (!ans)
        return;
    if (ans->note)
        pr_text(p, cell, ans->note);
    for (size_t i = 0; i < ans->evidence_count && ans->evidence; i++) {
        if (ans->note || i)
            pr_text(p, cell, " ");
        char text[64];
        snprintf(text, sizeof text, "%s:", W(p, "Bukti", "Evidence"));
        pr_run(p, cell, "bukti", text);
        pr_text(p, cell, " ");
        pr_text(p, cell, ans->evidence[i]);
    }
}

/* An answer's code and value, by one rater. */
static void answer_cells(present *p, xmlNodePtr row, const lke_answer *ans, lke_rater r)
{
    const lke_grade *g = ans ? ans->grade[r] : NULL;
    char v[PR_NUMBER_MAX];
    pr_cell(p, row, "jawaban", g ? g->code : "–");
    pr_cell(p, row, "angka", g ? plain_number(g->value, v) : "–");
}

/* Items short listed under a criterion, as in the text output; the result
 * document (--format xml) lists them all. */
#define SUGGESTION_ITEMS 10

/* The unit's suggestions, one per criterion, when --data was given and
 * the unit is in the workspace; else NULL. */
static const lke_suggestion *suggestions_of(const lke_unit_view *u)
{
    return u->data && u->data->found ? u->data->by_criterion : NULL;
}

/* Whether either rater's answer differs from a judged suggestion. */
static int differs(const lke_suggestion *s, const lke_answer *ans)
{
    for (int r = 0; s->judged && ans && r < LKE_RATERS; r++)
        if (ans->grade[r] && strcmp(ans->grade[r]->code, s->grade->code) != 0)
            return 1;
    return 0;
}

/* The suggestion's cell: its code ("–" when lkjip cannot judge), and "≠"
 * when an answer differs; empty for a criterion only people judge. */
static void suggestion_cell(present *p, xmlNodePtr row, const lke_criterion *c, const lke_suggestion *s,
                            const lke_answer *ans)
{
    if (!c->from_data) {
        pr_cell(p, row, "saran", NULL);
        return;
    }
    xmlNodePtr cell = pr_cell(p, row, differs(s, ans) ? "saran berbeda" : "saran", s->judged ? s->grade->code : "–");
    if (differs(s, ans)) {
        pr_text(p, cell, " ");
        pr_run(p, cell, "berbeda", "≠");
    }
}

/* A row under a criterion: an empty first cell and one spanning the rest. */
static xmlNodePtr spanning_row(present *p, xmlNodePtr body, const char *role, long cols)
{
    xmlNodePtr row = pr_el_role(p, body, "baris", role);
    pr_cell(p, row, NULL, NULL);
    xmlNodePtr cell = pr_cell(p, row, role, NULL);
    pr_attr_int(p, cell, "rentang-kolom", cols - 1);
    return cell;
}

/* The suggestion's basis under its criterion, then each item that falls
 * short (file:line, or file:Sheet!Cell for a workbook) with what it lacks. */
static void suggestion_rows(present *p, xmlNodePtr body, const lke_criterion *c, const lke_suggestion *s, long cols)
{
    int en = p->lang == LKJ_LANG_EN;
    const char *basis = s->basis[en] ? s->basis[en] : "";
    char text[1200], where[4400];
    xmlNodePtr cell = spanning_row(p, body, "saran-dasar", cols);
    pr_run(p, cell, "bukti", W(p, "Dasar saran lkjip:", "Basis of lkjip's suggestion:"));
    if (!s->judged)
        snprintf(text, sizeof text, " %s: %s (%s)", W(p, "tidak dapat dinilai", "cannot judge"), basis, c->from_data);
    else
        snprintf(text, sizeof text, W(p, " %zu dari %zu %s (%s)", " %zu of %zu %s (%s)"), s->met, s->total, basis,
                 c->from_data);
    pr_text(p, cell, text);
    for (size_t i = 0; i < s->item_count && i < SUGGESTION_ITEMS; i++) {
        snprintf(text, sizeof text, "%s: %s: %s", lke_item_where(&s->items[i], where, sizeof where), s->items[i].id,
                 s->items[i].why[en]);
        pr_text(p, spanning_row(p, body, "saran-butir", cols), text);
    }
    if (s->item_count > SUGGESTION_ITEMS) {
        snprintf(text, sizeof text,
                 W(p, "… dan %zu lainnya (lkjip evaluasi --format xml memuat semuanya)",
                   "… and %zu more (lkjip evaluasi --format xml lists them all)"),
                 s->item_count - SUGGESTION_ITEMS);
        pr_text(p, spanning_row(p, body, "saran-butir", cols), text);
    }
}

static void sub_row(present *p, xmlNodePtr body, const lke *l, size_t si, const lke_unit_view *u)
{
    const lke_sub *sub = &l->subs[si];
    char text[400], v[PR_NUMBER_MAX];
    xmlNodePtr row = pr_el_role(p, body, "baris", "subkomponen");
    pr_cell(p, row, "kode", sub->id);
    snprintf(text, sizeof text, "%s (%s %s)", sub->name[p->lang == LKJ_LANG_EN], W(p, "bobot", "weight"),
             plain_number(sub->weight, v));
    pr_cell(p, row, NULL, text);
    const lke_answer *direct = sub->grade_scale ? answer_to(u->answers, 1, si) : NULL;
    static const lke_rater order[] = {LKE_MANDIRI, LKE_EVALUATOR};
    for (size_t k = 0; k < 2; k++) {
        const lke_score *s = &u->score[order[k]];
        const lke_grade *g = direct ? direct->grade[order[k]] : NULL;
        pr_cell(p, row, "jawaban", g ? g->code : NULL);
        pr_cell(p, row, "angka", rated(s, s->sub[si], v));
    }
    if (suggestions_of(u))
        pr_cell(p, row, "saran", NULL);
    note_cell(p, row, direct);
}

static void component_sheet(present *p, xmlNodePtr parent, const lke *l, size_t ci, const lke_unit_view *u)
{
    const lke_component *c = &l->components[ci];
    int en = p->lang == LKJ_LANG_EN;
    char id[32], text[400], v[PR_NUMBER_MAX];
    snprintf(id, sizeof id, "komponen-%zu", ci + 1);
    snprintf(text, sizeof text, "%s %s (%s %s)", c->id, c->name[en], W(p, "bobot", "weight"),
             plain_number(c->weight, v));
    xmlNodePtr sec = pr_section(p, parent, "bagian", id, text);
    /* With the data's suggestions, a column Saran lkjip before the notes. */
    const lke_suggestion *sugg = suggestions_of(u);
    static const char *const cols[] = {"1*", "kiri",  "7*", "kiri",   "1*", "tengah", "1*", "kanan",
                                       "1*", "tengah", "1*", "kanan", "1*", "tengah", "4*", "kiri"};
    static const char *const cols_plain[] = {"1*", "kiri",   "7*", "kiri",  "1*", "tengah", "1*",
                                             "kanan", "1*", "tengah", "1*", "kanan", "4*", "kiri"};
    const char *heads[] = {"No",      W(p, "Kriteria", "Criterion"), W(p, "Mandiri", "Self"),
                           W(p, "Nilai", "Value"), "Evaluator", W(p, "Nilai", "Value"),
                           W(p, "Saran lkjip", "lkjip suggests"), W(p, "Catatan dan bukti", "Notes and evidence")};
    const char *heads_plain[] = {heads[0], heads[1], heads[2], heads[3], heads[4], heads[5], heads[7]};
    size_t ncols = sugg ? 8 : 7;
    xmlNodePtr t = new_table(p, sec, "lke-kertas-kerja", NULL, NULL, sugg ? cols : cols_plain, ncols);
    header_row(p, t, sugg ? heads : heads_plain, ncols);
    xmlNodePtr body = pr_el(p, t, "isi");
    for (size_t k = 0; k < c->count; k++) {
        size_t si = c->first + k;
        sub_row(p, body, l, si, u);
        for (size_t q = 0; q < l->subs[si].count; q++) {
            size_t ki = l->subs[si].first + q;
            const lke_answer *ans = answer_to(u->answers, 0, ki);
            const lke_criterion *crit = &l->criteria[ki];
            xmlNodePtr row = pr_el_role(p, body, "baris", sugg && crit->from_data && differs(&sugg[ki], ans)
                                                               ? "berbeda" : NULL);
            pr_cell(p, row, "kode", crit->id);
            pr_cell(p, row, NULL, crit->text);
            answer_cells(p, row, ans, LKE_MANDIRI);
            answer_cells(p, row, ans, LKE_EVALUATOR);
            if (sugg)
                suggestion_cell(p, row, crit, &sugg[ki], ans);
            note_cell(p, row, ans);
            if (sugg && crit->from_data)
                suggestion_rows(p, body, crit, &sugg[ki], (long)ncols);
        }
    }
    xmlNodePtr row = pr_el(p, pr_el(p, t, "kaki"), "baris");
    pr_cell(p, row, NULL, NULL);
    pr_cell(p, row, NULL, W(p, "Nilai komponen", "Component score"));
    pr_cell(p, row, NULL, NULL);
    pr_cell(p, row, "angka", rated(&u->score[LKE_MANDIRI], u->score[LKE_MANDIRI].component[ci], v));
    pr_cell(p, row, NULL, NULL);
    pr_cell(p, row, "angka", rated(&u->score[LKE_EVALUATOR], u->score[LKE_EVALUATOR].component[ci], v));
    if (sugg)
        pr_cell(p, row, NULL, NULL);
    pr_cell(p, row, NULL, NULL);
}

/* What the data's suggestions are, how many differ from the answers, and
 * the criteria only people can judge; or that the unit is not in the
 * workspace. Nothing without --data. */
static void suggestions_intro(present *p, xmlNodePtr sheet, const lke *l, const lke_unit_view *u)
{
    if (!u->data)
        return;
    char text[800];
    const lke_suggestion *sugg = suggestions_of(u);
    if (!sugg) {
        snprintf(text, sizeof text,
                 W(p, "Saran dari data: unit %s tidak ada di ruang kerja (--data); tidak ada saran.",
                   "Suggestions from the data: unit %s is not in the workspace (--data); no suggestion."),
                 u->answers->unit);
        pr_text(p, pr_el_role(p, sheet, "p", "lke-saran"), text);
        return;
    }
    size_t from_data = 0, differing = 0;
    for (size_t i = 0; i < l->criterion_count; i++)
        if (l->criteria[i].from_data) {
            from_data++;
            differing += (size_t)differs(&sugg[i], answer_to(u->answers, 0, i));
        }
    snprintf(text, sizeof text,
             W(p, "Kolom Saran lkjip: jawaban yang disarankan lkjip dari data pengajuan untuk %zu kriteria yang "
                  "dapat dinilai dari data, dengan dasarnya dan butir yang belum memenuhi (berkas:baris, atau "
                  "berkas:lembar!sel untuk buku kerja) di bawah kriteria itu; ≠ menandai saran yang berbeda dengan "
                  "jawaban mandiri atau evaluator (%zu kriteria). Saran tidak mengubah nilai: yang dinilai adalah "
                  "jawaban.",
               "Column lkjip suggests: the answer lkjip suggests from the submissions' data for the %zu criteria "
               "the data can decide, with its basis and the items that fall short (file:line, or file:sheet!cell "
               "for a workbook) under the criterion; ≠ marks a suggestion that differs from the self-assessment or "
               "the evaluator's answer (%zu criteria). A suggestion never changes a score: the answers are scored."),
             from_data, differing);
    pr_text(p, pr_el_role(p, sheet, "p", "lke-saran"), text);
    xmlNodePtr people = pr_el_role(p, sheet, "p", "lke-oleh-orang");
    pr_text(p, people, W(p, "Hanya dapat dinilai orang:", "Only people can judge:"));
    for (size_t i = 0; i < l->criterion_count; i++)
        if (!l->criteria[i].from_data) {
            pr_text(p, people, " ");
            pr_text(p, people, l->criteria[i].id);
        }
}

xmlDocPtr present_lke_unit(const lke *l, const lke_unit_view *u, lkj_lang lang)
{
    present p;
    xmlNodePtr root = begin(&p, lang);
    const lke_answers *a = u->answers;
    const lke_score *ev = &u->score[LKE_EVALUATOR], *self = &u->score[LKE_MANDIRI];
    char text[600];
    snprintf(text, sizeof text, "%s — %s %s %d", W(&p, "Evaluasi Akuntabilitas Kinerja", "Performance accountability evaluation"),
             a->name, W(&p, "Tahun", "Year"), a->year);
    pr_el_text(&p, root, "judul", text);
    cover(&p, root, W(&p, "Laporan Hasil Evaluasi Akuntabilitas Kinerja", "Performance accountability evaluation report"),
          a->name, a->year, l);
    xmlNodePtr sum = pr_section(&p, root, "bab", "ringkasan", W(&p, "Ringkasan hasil evaluasi", "Summary of the evaluation"));
    headline_sentence(&p, sum, lke_headline(u->score), ev);
    component_table(&p, sum, l, ev, self);
    loss_section(&p, sum, l, lke_headline(u->score));
    recommendations(&p, sum, a);
    xmlNodePtr sheet = pr_section(&p, root, "bab", "kertas-kerja", W(&p, "Kertas kerja evaluasi", "Evaluation worksheet"));
    pr_el_text(&p, sheet, "p",
               W(&p, "Setiap kriteria dengan jawaban mandiri dan jawaban evaluator serta nilainya; baris subkomponen "
                     "memuat nilai subkomponen (rata-rata kriteria × bobot, atau nilai langsung).",
                 "Every criterion with the self-assessment and the evaluator's answer and their values; a "
                 "sub-component's row holds its score (the mean of its criteria × its weight, or a direct grade)."));
    suggestions_intro(&p, sheet, l, u);
    for (size_t i = 0; i < l->component_count; i++)
        component_sheet(&p, sheet, l, i, u);
    return finish(&p, root);
}

/* ------------------------------------------------------------------ */
/* All units: the table, the pemda's condition for A, the rapor        */
/* ------------------------------------------------------------------ */

static int has_rapor(const lke_unit_view *units, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (units[i].answers && (units[i].capaian || units[i].serapan))
            return 1;
    return 0;
}

static const char *percent_or_dash(const char *shown, char out[PR_NUMBER_MAX])
{
    if (shown)
        return pr_percent(out, shown);
    snprintf(out, PR_NUMBER_MAX, "–");
    return out;
}

static void unit_row(present *p, xmlNodePtr body, const lke *l, const lke_unit_view *u, size_t number, int rapor)
{
    const lke_answers *a = u->answers;
    const lke_score *s = lke_headline(u->score);
    char n[PR_NUMBER_MAX];
    xmlNodePtr row = pr_el_role(p, body, "baris", is_opd(a) ? NULL : "pemda");
    snprintf(n, sizeof n, "%zu", number);
    pr_cell(p, row, NULL, n);
    pr_cell(p, row, NULL, a->name);
    pr_cell(p, row, NULL, !is_opd(a) ? "pemda" : a->klaster ? a->klaster : "–");
    if (rapor) {
        pr_cell(p, row, "angka", percent_or_dash(u->capaian, n));
        pr_cell(p, row, "angka", percent_or_dash(u->serapan, n));
    } else {
        for (size_t i = 0; i < l->component_count; i++)
            pr_cell(p, row, "angka", s ? score_text(s->component[i], n) : "–");
    }
    pr_cell(p, row, "angka", s ? score_text(s->total, n) : "–");
    pr_cell(p, row, "predikat", s && s->band ? s->band->code : "–");
    if (!rapor)
        pr_cell(p, row, NULL, s == &u->score[LKE_EVALUATOR] ? "Evaluator" : s ? W(p, "Mandiri", "Self") : "–");
}

/* The OPDs first, in the order given, then the pemda's own line. */
static void unit_rows(present *p, xmlNodePtr table, const lke *l, const lke_unit_view *units, size_t count, int rapor)
{
    xmlNodePtr body = pr_el(p, table, "isi");
    size_t number = 0;
    for (int pemda = 0; pemda < 2; pemda++)
        for (size_t i = 0; i < count; i++)
            if (units[i].answers && is_opd(units[i].answers) == !pemda)
                unit_row(p, body, l, &units[i], ++number, rapor);
}

static void units_table(present *p, xmlNodePtr sec, const lke *l, const lke_unit_view *units, size_t count)
{
    int en = p->lang == LKJ_LANG_EN;
    size_t cols = 6 + l->component_count;
    const char **widths = calloc(cols * 2, sizeof *widths);
    const char **heads = calloc(cols, sizeof *heads);
    char (*names)[160] = calloc(l->component_count + 1, sizeof *names);
    if (!widths || !heads || !names) {
        p->failed = 1;
        free(widths), free(heads), free(names);
        return;
    }
    size_t c = 0;
    heads[c] = "No", widths[2 * c] = "1*", widths[2 * c++ + 1] = "kanan";
    heads[c] = "Unit", widths[2 * c] = "6*", widths[2 * c++ + 1] = "kiri";
    heads[c] = W(p, "Klaster", "Cluster"), widths[2 * c] = "2*", widths[2 * c++ + 1] = "kiri";
    for (size_t i = 0; i < l->component_count; i++) {
        snprintf(names[i], sizeof names[i], "%s %s", l->components[i].id, l->components[i].name[en]);
        heads[c] = names[i], widths[2 * c] = "2*", widths[2 * c++ + 1] = "kanan";
    }
    heads[c] = W(p, "Nilai", "Total"), widths[2 * c] = "2*", widths[2 * c++ + 1] = "kanan";
    heads[c] = "Predikat", widths[2 * c] = "2*", widths[2 * c++ + 1] = "tengah";
    heads[c] = W(p, "Penilai", "Rater"), widths[2 * c] = "2*", widths[2 * c++ + 1] = "kiri";
    xmlNodePtr t = new_table(p, sec, "lke-unit", "tabel-unit", W(p, "Nilai evaluasi per unit", "Evaluation score per unit"),
                             widths, cols);
    header_row(p, t, heads, cols);
    unit_rows(p, t, l, units, count, 0);
    free(widths), free(heads), free(names);
}

static void klaster_section(present *p, xmlNodePtr parent, const lke *l, const lke_unit_view *units, size_t count)
{
    lke_klaster_check k;
    lke_klaster_condition(l, units, count, &k);
    if (!k.tagged)
        return;
    xmlNodePtr sec = pr_section(p, parent, "bagian", "syarat-predikat-a",
                                W(p, "Syarat minimum predikat A pemda", "The pemda's minimum condition for A"));
    char text[600];
    snprintf(text, sizeof text,
             W(p, "Syarat: sekurang-kurangnya %d perangkat daerah klaster utama berpredikat A dan %d klaster pendukung "
                  "berpredikat BB.",
               "The condition: at least %d perangkat daerah of klaster utama at A and %d of klaster pendukung at BB."),
             LKE_KLASTER_NEEDED, LKE_KLASTER_NEEDED);
    pr_el_text(p, sec, "p", text);
    xmlNodePtr verdict = pr_el_role(p, sec, "p", k.holds ? "lke-syarat terpenuhi" : "lke-syarat tidak-terpenuhi");
    if (!k.judgeable) {
        pr_text(p, verdict, W(p, "Tidak dapat dinilai: LKE ini tidak memiliki predikat A dan BB.",
                              "Cannot be judged: this LKE has no predikat A and BB."));
        return;
    }
    snprintf(text, sizeof text,
             W(p, "%s: %zu dari %zu klaster utama berpredikat A atau lebih, %zu dari %zu klaster pendukung "
                  "berpredikat BB atau lebih.",
               "%s: %zu of %zu klaster utama at A or above, %zu of %zu klaster pendukung at BB or above."),
             k.holds ? W(p, "Terpenuhi", "Met") : W(p, "Tidak terpenuhi", "Not met"), k.utama_met, k.utama,
             k.pendukung_met, k.pendukung);
    pr_text(p, verdict, text);
    xmlNodePtr list = NULL;
    for (size_t i = 0; i < count; i++) {
        if (!units[i].answers || !lke_klaster_counts(l, &units[i]))
            continue;
        if (!list) {
            pr_el_text(p, sec, "p", W(p, "Yang memenuhi:", "Those that count:"));
            list = pr_el(p, sec, "daftar");
            pr_attr(p, list, "jenis", "ul");
        }
        const lke_score *s = lke_headline(units[i].score);
        char n[PR_NUMBER_MAX];
        snprintf(text, sizeof text, "%s (%s): %s, %s", units[i].answers->name, units[i].answers->klaster,
                 score_text(s->total, n), s->band->code);
        pr_el_text(p, list, "butir", text);
    }
}

static void rapor_section(present *p, xmlNodePtr parent, const lke *l, const lke_unit_view *units, size_t count)
{
    const char *period = NULL;
    for (size_t i = 0; i < count && !period; i++)
        period = units[i].answers ? units[i].period : NULL;
    char text[400];
    snprintf(text, sizeof text, "%s%s%s", W(p, "Rapor kinerja", "Performance rapor"), period ? " — " : "",
             period ? period : "");
    xmlNodePtr sec = pr_section(p, parent, "bab", "rapor", text);
    pr_el_text(p, sec, "p",
               W(p, "Capaian kinerja dan serapan anggaran dari laporan kinerja tiap unit (IR), berdampingan dengan "
                    "nilai evaluasi SAKIP.",
                 "Each unit's capaian kinerja and budget absorption from its report (the IR), beside its SAKIP score."));
    static const char *const cols[] = {"1*", "kanan", "6*", "kiri", "2*", "kiri", "2*", "kanan",
                                       "2*", "kanan", "2*", "kanan", "2*", "tengah"};
    const char *heads[] = {"No", "Unit", W(p, "Klaster", "Cluster"), "Capaian kinerja",
                           W(p, "Serapan anggaran", "Budget absorbed"), W(p, "Nilai SAKIP", "SAKIP score"), "Predikat"};
    xmlNodePtr t = new_table(p, sec, "lke-rapor", "tabel-rapor", NULL, cols, 7);
    header_row(p, t, heads, 7);
    unit_rows(p, t, l, units, count, 1);
}

/* The induk the units of one kind (pemda, or OPDs) name, when all that
 * name one name the same and each of the others is that induk itself (a
 * provinsi's own answers among its kabupaten/kota); else NULL. */
static const char *common_parent(const lke_unit_view *units, size_t count, int pemda)
{
    const char *parent = NULL;
    for (size_t i = 0; i < count; i++) {
        const lke_answers *a = units[i].answers;
        if (!a || is_opd(a) == pemda || !a->parent)
            continue;
        if (parent && strcmp(parent, a->parent) != 0)
            return NULL;
        parent = a->parent;
    }
    for (size_t i = 0; parent && i < count; i++) {
        const lke_answers *a = units[i].answers;
        if (a && is_opd(a) != pemda && !a->parent && strcmp(a->name, parent) != 0)
            return NULL;
    }
    return parent;
}

const char *lke_summary_owner(const lke_unit_view *units, size_t count)
{
    const char *pemda = NULL;
    size_t pemdas = 0;
    for (size_t i = 0; i < count; i++)
        if (units[i].answers && !is_opd(units[i].answers) && pemdas++ == 0)
            pemda = units[i].answers->name;
    if (pemdas == 1)
        return pemda;
    return common_parent(units, count, pemdas > 1);
}

xmlDocPtr present_lke_summary(const lke *l, const lke_unit_view *units, size_t count, lkj_lang lang)
{
    present p;
    xmlNodePtr root = begin(&p, lang);
    int year = 0;
    size_t pemdas = 0;
    for (size_t i = 0; i < count; i++)
        if (units[i].answers) {
            year = year ? year : units[i].answers->year;
            pemdas += !is_opd(units[i].answers);
        }
    const char *who = lke_summary_owner(units, count);
    if (!who)
        who = pemdas > 1 ? W(&p, "Seluruh pemda", "All pemda") : W(&p, "Seluruh unit", "All units");
    char text[600];
    snprintf(text, sizeof text, "%s — %s %s %d",
             pemdas > 1 ? W(&p, "Rekapitulasi evaluasi SAKIP kabupaten/kota", "SAKIP evaluation summary of the "
                                                                              "kabupaten/kota")
                        : W(&p, "Rekapitulasi evaluasi SAKIP", "SAKIP evaluation summary"),
             who, W(&p, "Tahun", "Year"), year);
    pr_el_text(&p, root, "judul", text);
    cover(&p, root, W(&p, "Rekapitulasi Evaluasi Akuntabilitas Kinerja", "Performance accountability evaluation summary"),
          who, year, l);
    xmlNodePtr sec = pr_section(&p, root, "bab", "rekap", W(&p, "Nilai seluruh unit", "Every unit's score"));
    units_table(&p, sec, l, units, count);
    klaster_section(&p, sec, l, units, count);
    if (has_rapor(units, count))
        rapor_section(&p, root, l, units, count);
    return finish(&p, root);
}

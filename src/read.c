/*
 * read.c — the fourth stage: a schema-valid, rule-checked DOM becomes the
 * typed model of model.h. Nothing here can fail on structure (validate and
 * rules ran first); the only failure is running out of memory. Strings are
 * copied into the unit's arena: nothing points into the DOM, which the
 * caller frees right after.
 */
#include "read.h"

#include <libxml/entities.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "import.h"
#include "position.h"

typedef struct reader {
    load_doc *ld;
    arena *a;
    const char *file;
} reader;

/* ------------------------------------------------------------------ */
/* DOM helpers                                                         */
/* ------------------------------------------------------------------ */

static int is(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNodePtr child(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr c = parent->children; c; c = c->next)
        if (is(c, name))
            return c;
    return NULL;
}

static size_t count_children(xmlNodePtr parent, const char *name)
{
    size_t n = 0;
    for (xmlNodePtr c = parent->children; c; c = c->next)
        n += is(c, name);
    return n;
}

#define EACH(var, parent, name) \
    for (xmlNodePtr var = (parent)->children; var; var = var->next) \
        if (is(var, name))

static const char *raw_attr(xmlNodePtr n, const char *name)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, NULL);
    return a && a->children && a->children->content ? (const char *)a->children->content : NULL;
}

/* Text with white space trimmed and runs collapsed, as a planner reads it. */
static char *tidy(reader *r, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *out = arena_alloc_text(r->a, n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    int space = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = 0;
        out[o++] = *p;
    }
    out[o] = '\0';
    return out;
}

static const char *attr(reader *r, xmlNodePtr n, const char *name)
{
    return tidy(r, raw_attr(n, name));
}

static const char *text_of(reader *r, xmlNodePtr n)
{
    if (!n)
        return NULL;
    xmlChar *t = xmlNodeGetContent(n);
    const char *copy = tidy(r, (const char *)t);
    xmlFree(t);
    return copy;
}

static const char *child_text(reader *r, xmlNodePtr parent, const char *name)
{
    return text_of(r, child(parent, name));
}

static double number_attr(xmlNodePtr n, const char *name, double fallback)
{
    const char *v = raw_attr(n, name);
    return v ? strtod(v, NULL) : fallback;
}

static int int_attr(xmlNodePtr n, const char *name, int fallback)
{
    const char *v = raw_attr(n, name);
    return v ? (int)strtol(v, NULL, 10) : fallback;
}

/* A model keeps 32-bit positions (inputs are at most 2 GiB). */
static m_pos model_pos(const diag_loc *loc)
{
    return (m_pos){loc->line > UINT32_MAX ? UINT32_MAX : (uint32_t)loc->line,
                   loc->column > UINT32_MAX ? UINT32_MAX : (uint32_t)loc->column};
}

static m_pos pos_of(reader *r, xmlNodePtr n)
{
    diag_loc loc;
    pos_of_node(r->ld, n, &loc);
    return model_pos(&loc);
}

static m_pos pos_of_attribute(reader *r, xmlNodePtr n, const char *name)
{
    diag_loc loc;
    pos_of_attr(r->ld, n, name, &loc);
    return model_pos(&loc);
}

/* Writes the narrative markup (p, ul, ol, li, b, i: the schema allows
 * nothing else) by local name only, with text escaped: no prefix and no
 * namespace declaration of the submission can reach the report IR. */
static void write_blocks(xmlBufferPtr buf, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            xmlChar *escaped = xmlEncodeSpecialChars(NULL, n->content);
            if (escaped)
                xmlBufferCat(buf, escaped);
            xmlFree(escaped);
        } else if (n->type == XML_ELEMENT_NODE) {
            xmlBufferCCat(buf, "<");
            xmlBufferCat(buf, n->name);
            xmlBufferCCat(buf, ">");
            write_blocks(buf, n->children);
            xmlBufferCCat(buf, "</");
            xmlBufferCat(buf, n->name);
            xmlBufferCCat(buf, ">");
        }
    }
}

/* The element's children as an XML fragment without namespaces, copied
 * into the report IR later. */
static const char *fragment(reader *r, xmlNodePtr n)
{
    xmlBufferPtr buf = xmlBufferCreate();
    if (!buf)
        return NULL;
    write_blocks(buf, n->children);
    const char *copy = arena_strdup(r->a, (const char *)xmlBufferContent(buf));
    xmlBufferFree(buf);
    return copy;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

static m_value read_value(reader *r, xmlNodePtr n)
{
    m_value v;
    memset(&v, 0, sizeof v);
    v.pos = pos_of(r, n);
    v.note = attr(r, n, "catatan");
    if (raw_attr(n, "nilai")) {
        v.kind = M_NUMBER;
        v.number = number_attr(n, "nilai", 0);
    } else if (raw_attr(n, "bawah")) {
        v.kind = M_RANGE;
        v.low = number_attr(n, "bawah", 0);
        v.high = number_attr(n, "atas", 0);
    } else if (raw_attr(n, "pembilang")) {
        v.kind = M_RATIO;
        v.numerator = number_attr(n, "pembilang", 0);
        v.denominator = number_attr(n, "penyebut", 0);
        v.multiplier = number_attr(n, "pengali", 1);
    } else if (raw_attr(n, "predikat")) {
        v.kind = M_GRADE;
        v.grade = attr(r, n, "predikat");
    } else if (raw_attr(n, "teks")) {
        v.kind = M_TEXT;
        v.text = attr(r, n, "teks");
    }
    return v;
}

static m_year_value read_year_value(reader *r, xmlNodePtr n)
{
    return (m_year_value){int_attr(n, "tahun", 0), read_value(r, n)};
}

/* ------------------------------------------------------------------ */
/* Indicators                                                          */
/* ------------------------------------------------------------------ */

static m_polarity polarity_of(const char *s)
{
    if (s && strcmp(s, "negatif") == 0)
        return M_POLARITY_NEGATIVE;
    if (s && strcmp(s, "rentang") == 0)
        return M_POLARITY_RANGE;
    return M_POLARITY_POSITIVE;
}

static m_aggregation aggregation_of(const char *s)
{
    static const struct {
        const char *name;
        m_aggregation value;
    } names[] = {{"jumlah", M_AGG_SUM}, {"terakhir", M_AGG_LAST}, {"rata-rata", M_AGG_AVERAGE},
                 {"maks", M_AGG_MAX},   {"min", M_AGG_MIN}};
    for (size_t i = 0; s && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0)
            return names[i].value;
    return M_AGG_LAST;
}

static m_negative_formula negative_formula_of(const char *s)
{
    if (!s)
        return M_NEG_DEFAULT;
    return strcmp(s, "T/R") == 0 ? M_NEG_T_OVER_R : M_NEG_2T_MINUS_R;
}

static m_cap cap_of(const char *s)
{
    if (!s)
        return M_CAP_DEFAULT;
    return strcmp(s, "100") == 0 ? M_CAP_100 : strcmp(s, "120") == 0 ? M_CAP_120 : M_CAP_NONE;
}

static m_floor floor_of(const char *s)
{
    if (!s)
        return M_FLOOR_DEFAULT;
    return strcmp(s, "0") == 0 ? M_FLOOR_ZERO : M_FLOOR_NONE;
}

static m_round_mode rounding_of(const char *s)
{
    if (!s)
        return M_ROUND_DEFAULT;
    return strcmp(s, "potong") == 0 ? M_ROUND_TRUNCATE : M_ROUND_HALF_AWAY;
}

static void read_pk_target(reader *r, xmlNodePtr n, m_pk_target *t)
{
    t->version = int_attr(n, "versi", 1);
    const char *nature = raw_attr(n, "sifat-triwulan");
    t->cumulative = !nature || strcmp(nature, "kumulatif") == 0;
    t->value = read_value(r, n);
    t->pos = pos_of(r, n);
    if (!child(n, "triwulan"))
        return;
    t->quarters = arena_alloc(r->a, 4 * sizeof *t->quarters);
    if (!t->quarters)
        return;
    EACH(q, n, "triwulan") {
        int k = int_attr(q, "ke", 0);
        if (k >= 1 && k <= 4)
            t->quarters[k - 1] = read_value(r, q);
    }
}

static void read_realisasi(reader *r, xmlNodePtr n, m_indicator *ind)
{
    size_t count = 0;
    for (xmlNodePtr c = n->children; c; c = c->next)
        count += c->type == XML_ELEMENT_NODE;
    ind->realisasi_year = int_attr(n, "tahun", 0);
    ind->realisasi = arena_alloc(r->a, count * sizeof *ind->realisasi);
    if (!ind->realisasi)
        return;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        m_period_value *p = &ind->realisasi[ind->realisasi_count++];
        p->kind = is(c, "bulan") ? M_PERIOD_MONTH : is(c, "triwulan") ? M_PERIOD_QUARTER : M_PERIOD_YEAR;
        p->index = p->kind == M_PERIOD_YEAR ? 0 : int_attr(c, "ke", 0);
        p->value = read_value(r, c);
    }
}

static void read_indicator(reader *r, xmlNodePtr n, m_indicator *ind, m_owner_kind owner_kind,
                           const void *owner, int year)
{
    ind->id = attr(r, n, "id");
    ind->name = child_text(r, n, "nama");
    ind->unit_of_measure = child_text(r, n, "satuan");
    ind->definition = child_text(r, n, "definisi");
    ind->data_source = child_text(r, n, "sumber-data");
    xmlNodePtr formula = child(n, "rumus");
    if (formula) {
        ind->formula = text_of(r, formula);
        ind->formula_pos = pos_of(r, formula);
    }
    ind->polarity = polarity_of(raw_attr(n, "polaritas"));
    ind->aggregation = aggregation_of(raw_attr(n, "agregasi"));
    ind->negative_formula = negative_formula_of(raw_attr(n, "rumus-negatif"));
    ind->cap = cap_of(raw_attr(n, "batas-atas"));
    ind->floor = floor_of(raw_attr(n, "batas-bawah"));
    ind->rounding = rounding_of(raw_attr(n, "pembulatan-cara"));
    ind->has_decimals = raw_attr(n, "pembulatan-desimal") != NULL;
    ind->decimals = int_attr(n, "pembulatan-desimal", 0);
    ind->scale = attr(r, n, "skala");
    ind->key = raw_attr(n, "iku") && strcmp(raw_attr(n, "iku"), "ya") == 0;
    ind->weight = number_attr(n, "bobot", 0);
    ind->owner_kind = owner_kind;
    ind->owner = owner;
    ind->pos = pos_of(r, n);
    ind->realisasi_year = year;

    xmlNodePtr base = child(n, "baseline");
    if (base) {
        ind->has_baseline = 1;
        ind->baseline = read_year_value(r, base);
    }
    ind->targets = arena_alloc(r->a, count_children(n, "target") * sizeof *ind->targets);
    ind->pk_targets = arena_alloc(r->a, count_children(n, "target-pk") * sizeof *ind->pk_targets);
    ind->history = arena_alloc(r->a, count_children(n, "realisasi-lalu") * sizeof *ind->history);
    if (!ind->targets || !ind->pk_targets || !ind->history)
        return;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (is(c, "target"))
            ind->targets[ind->target_count++] = read_year_value(r, c);
        else if (is(c, "target-akhir"))
            ind->end_target = read_value(r, c);
        else if (is(c, "target-pk"))
            read_pk_target(r, c, &ind->pk_targets[ind->pk_target_count++]);
        else if (is(c, "standar-nasional")) {
            ind->national = read_value(r, c);
            ind->national_source = attr(r, c, "sumber");
        } else if (is(c, "realisasi"))
            read_realisasi(r, c, ind);
        else if (is(c, "realisasi-lalu"))
            ind->history[ind->history_count++] = read_year_value(r, c);
    }
    if (!ind->realisasi_year)
        ind->realisasi_year = year;
}

/* Reads the <indikator> children of n into a fresh array. */
static m_indicator *read_indicators(reader *r, xmlNodePtr n, size_t *count, m_owner_kind kind, const void *owner,
                                    int year)
{
    size_t total = count_children(n, "indikator");
    m_indicator *list = arena_alloc(r->a, total * sizeof *list);
    *count = 0;
    if (!list)
        return NULL;
    EACH(c, n, "indikator") read_indicator(r, c, &list[(*count)++], kind, owner, year);
    return list;
}

/* ------------------------------------------------------------------ */
/* Plan                                                                */
/* ------------------------------------------------------------------ */

/* mendukung="A B": a list of ids. */
static const char **split_ids(reader *r, const char *list, size_t *count)
{
    *count = 0;
    if (!list)
        return NULL;
    size_t n = 1;
    for (const char *p = list; *p; p++)
        n += *p == ' ';
    const char **ids = arena_alloc(r->a, n * sizeof *ids);
    if (!ids)
        return NULL;
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        size_t len = strcspn(p, " ");
        if (len == 0)
            break;
        ids[(*count)++] = arena_strndup(r->a, p, len);
        p += len;
    }
    return ids;
}

static void read_sasaran(reader *r, xmlNodePtr n, m_sasaran *s, const m_tujuan *t, int year)
{
    s->id = attr(r, n, "id");
    s->text = child_text(r, n, "uraian");
    s->supports = split_ids(r, attr(r, n, "mendukung"), &s->support_count);
    s->supports_pos = pos_of_attribute(r, n, "mendukung");
    s->tujuan = t;
    s->pos = pos_of(r, n);
    s->indicators = read_indicators(r, n, &s->indicator_count, M_OWNER_SASARAN, s, year);
    xmlNodePtr analysis = child(n, "analisis");
    if (!analysis)
        return;
    size_t total = 0;
    for (xmlNodePtr c = analysis->children; c; c = c->next)
        total += c->type == XML_ELEMENT_NODE;
    s->analysis = arena_alloc(r->a, total * sizeof *s->analysis);
    if (!s->analysis)
        return;
    for (xmlNodePtr c = analysis->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            s->analysis[s->analysis_count++] =
                (m_narrative){arena_strdup(r->a, (const char *)c->name), fragment(r, c)};
}

static void read_tujuan(reader *r, xmlNodePtr n, m_tujuan *t, int year)
{
    t->id = attr(r, n, "id");
    t->text = child_text(r, n, "uraian");
    t->misi = attr(r, n, "misi");
    t->pos = pos_of(r, n);
    t->indicators = read_indicators(r, n, &t->indicator_count, M_OWNER_TUJUAN, t, year);
    t->sasaran = arena_alloc(r->a, count_children(n, "sasaran") * sizeof *t->sasaran);
    if (!t->sasaran)
        return;
    EACH(c, n, "sasaran") read_sasaran(r, c, &t->sasaran[t->sasaran_count++], t, year);
}

/* ------------------------------------------------------------------ */
/* Budget hierarchy                                                    */
/* ------------------------------------------------------------------ */

static void read_sub(reader *r, xmlNodePtr n, m_sub_kegiatan *s, int year)
{
    s->code = attr(r, n, "kode");
    s->name = child_text(r, n, "nama");
    s->location = child_text(r, n, "lokasi");
    s->pos = pos_of(r, n);
    s->indicators = read_indicators(r, n, &s->indicator_count, M_OWNER_SUB, s, year);
    xmlChar *pagu = xmlNodeGetContent(child(n, "pagu"));
    s->pagu = pagu ? strtod((const char *)pagu, NULL) : 0;
    xmlFree(pagu);
    xmlNodePtr spent = child(n, "realisasi-anggaran");
    if (!spent)
        return;
    EACH(m, spent, "bulan") {
        int k = int_attr(m, "ke", 0);
        if (k >= 1 && k <= 12) {
            s->spent[k - 1] = number_attr(m, "nilai", 0);
            s->spent_months |= 1u << (k - 1);
        }
    }
}

static void read_kegiatan(reader *r, xmlNodePtr n, m_kegiatan *k, int year)
{
    k->code = attr(r, n, "kode");
    k->name = child_text(r, n, "nama");
    k->pos = pos_of(r, n);
    k->indicators = read_indicators(r, n, &k->indicator_count, M_OWNER_KEGIATAN, k, year);
    k->subs = arena_alloc(r->a, count_children(n, "sub-kegiatan") * sizeof *k->subs);
    if (!k->subs)
        return;
    EACH(c, n, "sub-kegiatan") read_sub(r, c, &k->subs[k->sub_count++], year);
}

static void read_program(reader *r, xmlNodePtr n, m_program *p, int year)
{
    p->code = attr(r, n, "kode");
    p->name = child_text(r, n, "nama");
    p->supports = attr(r, n, "mendukung");
    p->pos = pos_of(r, n);
    p->indicators = read_indicators(r, n, &p->indicator_count, M_OWNER_PROGRAM, p, year);
    p->kegiatan = arena_alloc(r->a, count_children(n, "kegiatan") * sizeof *p->kegiatan);
    if (!p->kegiatan)
        return;
    EACH(c, n, "kegiatan") read_kegiatan(r, c, &p->kegiatan[p->kegiatan_count++], year);
}

/* ------------------------------------------------------------------ */
/* Unit, people, PK                                                    */
/* ------------------------------------------------------------------ */

static m_person read_person(reader *r, xmlNodePtr n)
{
    m_person p;
    memset(&p, 0, sizeof p);
    if (!n)
        return p;
    p.name = child_text(r, n, "nama");
    p.position = child_text(r, n, "jabatan");
    p.nip = child_text(r, n, "nip");
    p.rank = child_text(r, n, "pangkat");
    return p;
}

static m_level level_of(const char *s)
{
    if (s && strcmp(s, "provinsi") == 0)
        return M_LEVEL_PROVINSI;
    if (s && strcmp(s, "kabupaten") == 0)
        return M_LEVEL_KABUPATEN;
    if (s && strcmp(s, "kota") == 0)
        return M_LEVEL_KOTA;
    return M_LEVEL_OPD;
}

static void read_unit_element(reader *r, xmlNodePtr n, m_unit *u)
{
    u->id = attr(r, n, "id");
    u->code = attr(r, n, "kode");
    u->parent = attr(r, n, "induk");
    u->level = level_of(raw_attr(n, "tingkat"));
    u->name = child_text(r, n, "nama");
    u->abbreviation = child_text(r, n, "singkatan");
    u->address = child_text(r, n, "alamat");
    u->head = read_person(r, child(n, "kepala"));
    xmlNodePtr superior = child(n, "atasan");
    u->has_superior = superior != NULL;
    u->superior = read_person(r, superior);
    u->pos = pos_of(r, n);
}

static void read_pk(reader *r, xmlNodePtr n, m_pk *pk)
{
    pk->version = int_attr(n, "versi", 1);
    const char *kind = raw_attr(n, "jenis");
    pk->revision = kind && strcmp(kind, "perubahan") == 0;
    pk->date = attr(r, n, "tanggal");
    pk->place = attr(r, n, "tempat");
    pk->number = attr(r, n, "nomor");
    pk->first_party = read_person(r, child(n, "pihak-pertama"));
    xmlNodePtr second = child(n, "pihak-kedua");
    pk->has_second_party = second != NULL;
    pk->second_party = read_person(r, second);
    pk->reason = child_text(r, n, "alasan");
    pk->pos = pos_of(r, n);
}

static void read_scale(reader *r, xmlNodePtr n, m_scale *s)
{
    s->id = attr(r, n, "id");
    s->name = attr(r, n, "nama");
    s->levels = arena_alloc(r->a, count_children(n, "tingkat") * sizeof *s->levels);
    if (!s->levels)
        return;
    EACH(t, n, "tingkat") {
        m_scale_level *l = &s->levels[s->level_count++];
        l->code = attr(r, t, "kode");
        l->value = number_attr(t, "nilai", 0);
        l->label = attr(r, t, "label");
    }
}

#define ALLOC_FOR(r, parent, name, field) \
    ((field) = arena_alloc((r)->a, count_children((parent), (name)) * sizeof *(field)))

/* A fresh arena holding a zeroed model of size bytes, or NULL (LKJ0901). */
static void *new_model(load_doc *ld, lkj_diags *diags, size_t size, arena **out)
{
    arena *a = arena_new();
    void *model = a ? arena_alloc(a, size) : NULL;
    if (!model) {
        arena_free(a);
        diag_loc loc = {ld->name, 0, 0};
        DIAG0(diags, D_NO_MEMORY, &loc);
        return NULL;
    }
    *out = a;
    return model;
}

/* The model, or NULL (LKJ0901, arena freed) when an allocation failed. */
static void *finish_model(load_doc *ld, lkj_diags *diags, arena *a, void *model)
{
    if (!arena_failed(a))
        return model;
    arena_free(a);
    diag_loc loc = {ld->name, 0, 0};
    DIAG0(diags, D_NO_MEMORY, &loc);
    return NULL;
}

m_unit *read_unit(load_doc *ld, lkj_diags *diags)
{
    arena *a;
    m_unit *u = new_model(ld, diags, sizeof *u, &a);
    if (!u)
        return NULL;
    reader r = {ld, a, arena_strdup(a, ld->name)};
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    u->arena = a;
    u->file = r.file;
    u->year = int_attr(root, "tahun", 0);
    read_unit_element(&r, child(root, "unit"), u);
    xmlNodePtr period = child(root, "periode-rencana");
    u->plan_first = int_attr(period, "awal", 0);
    u->plan_last = int_attr(period, "akhir", 0);
    u->plan_document = attr(&r, period, "dokumen");
    u->vision = child_text(&r, root, "visi");
    if (ALLOC_FOR(&r, root, "misi", u->misi))
        EACH(m, root, "misi") u->misi[u->misi_count++] = (m_misi){attr(&r, m, "id"), text_of(&r, m)};
    if (ALLOC_FOR(&r, root, "skala", u->scales))
        EACH(s, root, "skala") read_scale(&r, s, &u->scales[u->scale_count++]);
    if (ALLOC_FOR(&r, root, "tujuan", u->tujuan))
        EACH(t, root, "tujuan") read_tujuan(&r, t, &u->tujuan[u->tujuan_count++], u->year);
    if (ALLOC_FOR(&r, root, "program", u->programs))
        EACH(p, root, "program") read_program(&r, p, &u->programs[u->program_count++], u->year);
    if (ALLOC_FOR(&r, root, "perjanjian-kinerja", u->pks))
        EACH(p, root, "perjanjian-kinerja") read_pk(&r, p, &u->pks[u->pk_count++]);
    if (ALLOC_FOR(&r, root, "narasi", u->narratives))
        EACH(n, root, "narasi") u->narratives[u->narrative_count++] =
            (m_narrative){attr(&r, n, "bab"), fragment(&r, n)};
    return finish_model(ld, diags, a, u);
}

m_profile *read_profile(load_doc *ld, lkj_diags *diags)
{
    arena *a;
    m_profile *p = new_model(ld, diags, sizeof *p, &a);
    if (!p)
        return NULL;
    reader r = {ld, a, arena_strdup(a, ld->name)};
    xmlNodePtr root = xmlDocGetRootElement(ld->doc);
    p->arena = a;
    p->file = r.file;
    p->pos = pos_of(&r, root);
    p->entity = child_text(&r, root, "entitas");
    const char *year = child_text(&r, root, "tahun");
    p->year = year ? (int)strtol(year, NULL, 10) : 0;
    p->title = child_text(&r, root, "judul");
    p->report_date = child_text(&r, root, "tanggal-laporan");
    p->report_lang = child_text(&r, root, "bahasa-laporan");
    p->place = child_text(&r, root, "tempat");
    p->decimals = 2;
    p->efficiency = "selisih";
    p->efficient_above = 5;
    p->inefficient_below = -5;
    xmlNodePtr policy = child(root, "kebijakan");
    if (policy) {
        const char *v;
        if ((v = child_text(&r, policy, "rumus-negatif")))
            p->negative_formula = negative_formula_of(v);
        if ((v = child_text(&r, policy, "target-nol")))
            p->zero_target_never = strcmp(v, "tidak-dihitung") == 0;
        if ((v = child_text(&r, policy, "batas-atas")))
            p->cap = strcmp(v, "tanpa") == 0 ? 0 : (int)strtol(v, NULL, 10);
        if ((v = child_text(&r, policy, "batas-bawah")))
            p->floor_zero = strcmp(v, "0") == 0;
        if ((v = child_text(&r, policy, "batas-sebelum-rata-rata")))
            p->cap_before_mean = strcmp(v, "ya") == 0;
        if ((v = child_text(&r, policy, "efisiensi")))
            p->efficiency = v;
        p->unit_basis = child_text(&r, policy, "capaian-unit");
        p->annual_progress = child_text(&r, policy, "tanpa-target-triwulan");
        xmlNodePtr classes = child(policy, "klasifikasi-efisiensi");
        if (classes) {
            p->efficient_above = number_attr(classes, "efisien-di-atas", 5);
            p->inefficient_below = number_attr(classes, "tidak-efisien-di-bawah", -5);
        }
        xmlNodePtr rounding = child(policy, "pembulatan");
        if (rounding) {
            p->decimals = int_attr(rounding, "desimal", 2);
            const char *how = raw_attr(rounding, "cara");
            p->truncate = how && strcmp(how, "potong") == 0;
        }
        xmlNodePtr bands = child(policy, "skala-kategori");
        if (bands && ALLOC_FOR(&r, bands, "kategori", p->bands))
            EACH(b, bands, "kategori") {
                m_band *band = &p->bands[p->band_count++];
                band->code = attr(&r, b, "kode");
                band->has_min = raw_attr(b, "min") != NULL;
                band->min = number_attr(b, "min", 0);
                band->label = attr(&r, b, "label");
                band->colour = attr(&r, b, "warna");
            }
    }
    return finish_model(ld, diags, a, p);
}

void model_unit_free(m_unit *unit)
{
    if (unit)
        arena_free(unit->arena);
}

const char *model_cell_at(const m_unit *u, m_pos pos)
{
    if (!u->cells || pos.line == 0)
        return NULL;
    size_t lo = 0, hi = u->cell_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const m_pos *m = &u->cells[mid].pos;
        if (m->line < pos.line || (m->line == pos.line && m->column < pos.column))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < u->cell_count && u->cells[lo].pos.line == pos.line && u->cells[lo].pos.column == pos.column)
        return u->cells[lo].cell;
    return IMPORT_PLAN_CELL;
}

void model_profile_free(m_profile *profile)
{
    if (profile)
        arena_free(profile->arena);
}

static void each_in(const m_indicator *list, size_t n, model_indicator_fn fn, void *ctx)
{
    for (size_t i = 0; i < n; i++)
        fn(&list[i], ctx);
}

void model_each_indicator(const m_unit *u, model_indicator_fn fn, void *ctx)
{
    for (size_t t = 0; t < u->tujuan_count; t++) {
        const m_tujuan *tj = &u->tujuan[t];
        each_in(tj->indicators, tj->indicator_count, fn, ctx);
        for (size_t s = 0; s < tj->sasaran_count; s++)
            each_in(tj->sasaran[s].indicators, tj->sasaran[s].indicator_count, fn, ctx);
    }
    for (size_t p = 0; p < u->program_count; p++) {
        const m_program *pg = &u->programs[p];
        each_in(pg->indicators, pg->indicator_count, fn, ctx);
        for (size_t k = 0; k < pg->kegiatan_count; k++) {
            const m_kegiatan *kg = &pg->kegiatan[k];
            each_in(kg->indicators, kg->indicator_count, fn, ctx);
            for (size_t s = 0; s < kg->sub_count; s++)
                each_in(kg->subs[s].indicators, kg->subs[s].indicator_count, fn, ctx);
        }
    }
}

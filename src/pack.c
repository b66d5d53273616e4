/*
 * pack.c — models and diagnostics as bytes (see pack.h). Integers are
 * LEB128 varints, doubles their 8 bytes (the cache never leaves the machine
 * and build that wrote it: its key holds the build id), strings a length + 1
 * (0 for NULL) and their bytes. Back pointers (indicator owner, sasaran
 * tujuan) are not stored: they are set again on the way in, exactly as
 * read.c sets them. A model pack starts with the
 * bytes its model takes in an arena, so reading it back allocates one
 * chunk of that size rather than chunks whose tails stay unused.
 */
#include "pack.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

#define PACK_MAGIC_DIAGS 0x44u /* 'D' */
#define PACK_MAGIC_UNIT 0x55u  /* 'U' */
#define PACK_MAGIC_PROFILE 0x50u /* 'P' */
#define PACK_MAGIC_REJECTED 0x52u /* 'R' */

void pack_buf_free(pack_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

void pack_put_bytes(pack_buf *b, const void *data, size_t n)
{
    if (b->failed)
        return;
    if (b->length + n > b->capacity) {
        size_t cap = b->capacity ? b->capacity : 4096;
        while (cap < b->length + n)
            cap *= 2;
        unsigned char *grown = realloc(b->data, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->data = grown;
        b->capacity = cap;
    }
    memcpy(b->data + b->length, data, n);
    b->length += n;
}

void pack_put_u32(pack_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    pack_put_bytes(b, x, sizeof x);
}

static void put_varint(pack_buf *b, uint64_t v)
{
    unsigned char tmp[10];
    size_t n = 0;
    do {
        tmp[n] = (unsigned char)(v & 0x7f);
        v >>= 7;
        if (v)
            tmp[n] |= 0x80;
        n++;
    } while (v);
    pack_put_bytes(b, tmp, n);
}

/* ------------------------------------------------------------------ */
/* The codec: one cursor that either writes or reads                   */
/* ------------------------------------------------------------------ */

typedef struct codec {
    int reading;
    pack_buf *out;              /* writing */
    const unsigned char *in;    /* reading */
    size_t left;
    arena *a;                   /* where read objects go */
    const char *file;           /* every read position's file */
    size_t need;                /* writing: the arena bytes reading it back takes */
    int failed;
} codec;

/* Writing: counts an allocation the reader will make, aligned as
 * arena_alloc (align 16) or arena_alloc_text (align 1) aligns it. */
static void will_allocate(codec *c, size_t size, size_t align)
{
    if (!c->reading && size > 0)
        c->need = ((c->need + align - 1) & ~(align - 1)) + size;
}

static uint64_t get_varint(codec *c)
{
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        if (c->left == 0)
            break;
        unsigned char byte = *c->in++;
        c->left--;
        v |= (uint64_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return v;
    }
    c->failed = 1;
    return 0;
}

static void io_u64(codec *c, uint64_t *v)
{
    if (c->failed)
        return;
    if (c->reading)
        *v = get_varint(c);
    else
        put_varint(c->out, *v);
}

static void io_ulong(codec *c, unsigned long *v)
{
    uint64_t x = *v;
    io_u64(c, &x);
    if (c->reading)
        *v = (unsigned long)x;
}

static void io_size(codec *c, size_t *v)
{
    uint64_t x = *v;
    io_u64(c, &x);
    if (c->reading)
        *v = (size_t)x;
}

/* Signed ints, zigzag encoded (years, versions, -1 markers). */
static void io_int(codec *c, int *v)
{
    int64_t s = *v;
    uint64_t x = ((uint64_t)s << 1) ^ (uint64_t)(s >> 63);
    io_u64(c, &x);
    if (c->reading) {
        int64_t back = (int64_t)(x >> 1) ^ -(int64_t)(x & 1);
        if (back < INT32_MIN || back > INT32_MAX)
            c->failed = 1;
        *v = (int)back;
    }
}

static void io_unsigned(codec *c, unsigned *v)
{
    uint64_t x = *v;
    io_u64(c, &x);
    if (c->reading) {
        if (x > UINT32_MAX)
            c->failed = 1;
        *v = (unsigned)x;
    }
}

/* An enum field through an int, its value checked against [0, max]. */
#define IO_ENUM(c, field, max)                                \
    do {                                                      \
        int v_ = (int)(field);                                \
        io_int((c), &v_);                                     \
        if ((c)->reading) {                                   \
            if (v_ < 0 || v_ > (int)(max))                    \
                (c)->failed = 1;                              \
            else                                              \
                (field) = v_;                                 \
        }                                                     \
    } while (0)

static void io_double(codec *c, double *v)
{
    if (c->failed)
        return;
    if (!c->reading) {
        pack_put_bytes(c->out, v, sizeof *v);
        return;
    }
    if (c->left < sizeof *v) {
        c->failed = 1;
        return;
    }
    memcpy(v, c->in, sizeof *v);
    c->in += sizeof *v;
    c->left -= sizeof *v;
}

static void io_str(codec *c, const char **s)
{
    if (c->failed)
        return;
    if (!c->reading) {
        size_t n = *s ? strlen(*s) : 0;
        put_varint(c->out, *s ? n + 1 : 0);
        if (*s) {
            pack_put_bytes(c->out, *s, n);
            will_allocate(c, n + 1, 1);
        }
        return;
    }
    uint64_t n = get_varint(c);
    if (c->failed || n == 0) {
        *s = NULL;
        return;
    }
    n--;
    if (n > c->left || memchr(c->in, '\0', (size_t)n)) {
        c->failed = 1;
        return;
    }
    *s = arena_strndup(c->a, (const char *)c->in, (size_t)n);
    c->in += n;
    c->left -= (size_t)n;
    if (!*s)
        c->failed = 1;
}

/* An array's count, and when reading a zeroed array of that many. Every
 * element takes at least one byte, so a count above what is left is a
 * corrupt pack, never a huge allocation. */
static int io_array(codec *c, void **items, size_t *count, size_t size)
{
    io_size(c, count);
    if (c->failed)
        return -1;
    if (!c->reading) {
        will_allocate(c, *count * size, alignof(max_align_t));
        return 0;
    }
    if (*count > c->left) {
        c->failed = 1;
        return -1;
    }
    *items = arena_alloc(c->a, *count * size);
    if (!*items) {
        c->failed = 1;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* The model, struct by struct (the order of model.h)                  */
/* ------------------------------------------------------------------ */

static void io_u32(codec *c, uint32_t *v)
{
    uint64_t x = *v;
    io_u64(c, &x);
    if (c->reading) {
        if (x > UINT32_MAX)
            c->failed = 1;
        *v = (uint32_t)x;
    }
}

static void io_pos(codec *c, m_pos *p)
{
    io_u32(c, &p->line);
    io_u32(c, &p->column);
}

static void io_value(codec *c, m_value *v)
{
    IO_ENUM(c, v->kind, M_RATIO);
    switch (v->kind) { /* only the members of its kind: they share memory */
    case M_NUMBER:
        io_double(c, &v->number);
        break;
    case M_RANGE:
        io_double(c, &v->low);
        io_double(c, &v->high);
        break;
    case M_RATIO:
        io_double(c, &v->numerator);
        io_double(c, &v->denominator);
        io_double(c, &v->multiplier);
        break;
    case M_GRADE:
        io_str(c, &v->grade);
        break;
    case M_TEXT:
        io_str(c, &v->text);
        break;
    case M_NONE:
        break;
    }
    io_str(c, &v->note);
    io_pos(c, &v->pos);
}

static void io_year_value(codec *c, m_year_value *y)
{
    io_int(c, &y->year);
    io_value(c, &y->value);
}

static void io_year_values(codec *c, m_year_value **list, size_t *count)
{
    if (io_array(c, (void **)list, count, sizeof **list) == 0)
        for (size_t i = 0; i < *count && !c->failed; i++)
            io_year_value(c, &(*list)[i]);
}

static void io_indicator(codec *c, m_indicator *ind, m_owner_kind owner_kind, const void *owner)
{
    io_str(c, &ind->id);
    io_str(c, &ind->name);
    io_str(c, &ind->unit_of_measure);
    io_str(c, &ind->definition);
    io_str(c, &ind->data_source);
    io_str(c, &ind->formula);
    io_pos(c, &ind->formula_pos);
    IO_ENUM(c, ind->polarity, M_POLARITY_RANGE);
    IO_ENUM(c, ind->aggregation, M_AGG_MIN);
    IO_ENUM(c, ind->negative_formula, M_NEG_T_OVER_R);
    IO_ENUM(c, ind->cap, M_CAP_120);
    IO_ENUM(c, ind->floor, M_FLOOR_ZERO);
    IO_ENUM(c, ind->rounding, M_ROUND_TRUNCATE);
    io_int(c, &ind->has_decimals);
    io_int(c, &ind->decimals);
    if (c->reading && (ind->decimals < 0 || ind->decimals > 6))
        c->failed = 1;
    io_str(c, &ind->scale);
    io_int(c, &ind->key);
    io_double(c, &ind->weight);
    io_int(c, &ind->has_baseline);
    io_year_value(c, &ind->baseline);
    io_year_values(c, &ind->targets, &ind->target_count);
    io_value(c, &ind->end_target);
    if (io_array(c, (void **)&ind->pk_targets, &ind->pk_target_count, sizeof *ind->pk_targets) == 0)
        for (size_t i = 0; i < ind->pk_target_count && !c->failed; i++) {
            m_pk_target *t = &ind->pk_targets[i];
            io_int(c, &t->version);
            io_int(c, &t->cumulative);
            io_value(c, &t->value);
            int has_quarters = t->quarters != NULL;
            io_int(c, &has_quarters);
            if (has_quarters) {
                will_allocate(c, 4 * sizeof *t->quarters, alignof(max_align_t));
                if (c->reading && !c->failed && !(t->quarters = arena_alloc(c->a, 4 * sizeof *t->quarters)))
                    c->failed = 1;
                for (int q = 0; q < 4 && !c->failed; q++)
                    io_value(c, &t->quarters[q]);
            }
            io_pos(c, &t->pos);
        }
    io_value(c, &ind->national);
    io_str(c, &ind->national_source);
    io_int(c, &ind->realisasi_year);
    if (io_array(c, (void **)&ind->realisasi, &ind->realisasi_count, sizeof *ind->realisasi) == 0)
        for (size_t i = 0; i < ind->realisasi_count && !c->failed; i++) {
            m_period_value *p = &ind->realisasi[i];
            IO_ENUM(c, p->kind, M_PERIOD_MONTH);
            io_int(c, &p->index);
            io_value(c, &p->value);
        }
    io_year_values(c, &ind->history, &ind->history_count);
    io_pos(c, &ind->pos);
    if (c->reading) {
        ind->owner_kind = owner_kind;
        ind->owner = owner;
    }
}

static void io_indicators(codec *c, m_indicator **list, size_t *count, m_owner_kind kind, const void *owner)
{
    if (io_array(c, (void **)list, count, sizeof **list) == 0)
        for (size_t i = 0; i < *count && !c->failed; i++)
            io_indicator(c, &(*list)[i], kind, owner);
}

static void io_narratives(codec *c, m_narrative **list, size_t *count)
{
    if (io_array(c, (void **)list, count, sizeof **list) == 0)
        for (size_t i = 0; i < *count && !c->failed; i++) {
            io_str(c, &(*list)[i].chapter);
            io_str(c, &(*list)[i].xml);
        }
}

static void io_sasaran(codec *c, m_sasaran *s, const m_tujuan *tujuan)
{
    io_str(c, &s->id);
    io_str(c, &s->text);
    if (io_array(c, (void **)&s->supports, &s->support_count, sizeof *s->supports) == 0)
        for (size_t i = 0; i < s->support_count && !c->failed; i++)
            io_str(c, &s->supports[i]);
    io_pos(c, &s->supports_pos);
    io_indicators(c, &s->indicators, &s->indicator_count, M_OWNER_SASARAN, s);
    io_narratives(c, &s->analysis, &s->analysis_count);
    io_pos(c, &s->pos);
    if (c->reading)
        s->tujuan = tujuan;
}

static void io_tujuan(codec *c, m_tujuan *t)
{
    io_str(c, &t->id);
    io_str(c, &t->text);
    io_str(c, &t->misi);
    io_indicators(c, &t->indicators, &t->indicator_count, M_OWNER_TUJUAN, t);
    if (io_array(c, (void **)&t->sasaran, &t->sasaran_count, sizeof *t->sasaran) == 0)
        for (size_t i = 0; i < t->sasaran_count && !c->failed; i++)
            io_sasaran(c, &t->sasaran[i], t);
    io_pos(c, &t->pos);
}

static void io_sub(codec *c, m_sub_kegiatan *s)
{
    io_str(c, &s->code);
    io_str(c, &s->name);
    io_str(c, &s->location);
    io_indicators(c, &s->indicators, &s->indicator_count, M_OWNER_SUB, s);
    io_double(c, &s->pagu);
    for (int m = 0; m < 12; m++)
        io_double(c, &s->spent[m]);
    io_unsigned(c, &s->spent_months);
    io_pos(c, &s->pos);
}

static void io_kegiatan(codec *c, m_kegiatan *k)
{
    io_str(c, &k->code);
    io_str(c, &k->name);
    io_indicators(c, &k->indicators, &k->indicator_count, M_OWNER_KEGIATAN, k);
    if (io_array(c, (void **)&k->subs, &k->sub_count, sizeof *k->subs) == 0)
        for (size_t i = 0; i < k->sub_count && !c->failed; i++)
            io_sub(c, &k->subs[i]);
    io_pos(c, &k->pos);
}

static void io_program(codec *c, m_program *p)
{
    io_str(c, &p->code);
    io_str(c, &p->name);
    io_str(c, &p->supports);
    io_indicators(c, &p->indicators, &p->indicator_count, M_OWNER_PROGRAM, p);
    if (io_array(c, (void **)&p->kegiatan, &p->kegiatan_count, sizeof *p->kegiatan) == 0)
        for (size_t i = 0; i < p->kegiatan_count && !c->failed; i++)
            io_kegiatan(c, &p->kegiatan[i]);
    io_pos(c, &p->pos);
}

static void io_person(codec *c, m_person *p)
{
    io_str(c, &p->name);
    io_str(c, &p->position);
    io_str(c, &p->nip);
    io_str(c, &p->rank);
}

static void io_pk(codec *c, m_pk *pk)
{
    io_int(c, &pk->version);
    io_int(c, &pk->revision);
    io_str(c, &pk->date);
    io_str(c, &pk->place);
    io_str(c, &pk->number);
    io_person(c, &pk->first_party);
    io_int(c, &pk->has_second_party);
    io_person(c, &pk->second_party);
    io_str(c, &pk->reason);
    io_pos(c, &pk->pos);
}

static void io_scale(codec *c, m_scale *s)
{
    io_str(c, &s->id);
    io_str(c, &s->name);
    if (io_array(c, (void **)&s->levels, &s->level_count, sizeof *s->levels) == 0)
        for (size_t i = 0; i < s->level_count && !c->failed; i++) {
            io_str(c, &s->levels[i].code);
            io_double(c, &s->levels[i].value);
            io_str(c, &s->levels[i].label);
        }
}

static void io_unit(codec *c, m_unit *u)
{
    io_str(c, &u->id);
    io_str(c, &u->code);
    io_str(c, &u->name);
    io_str(c, &u->abbreviation);
    io_str(c, &u->address);
    io_str(c, &u->parent);
    IO_ENUM(c, u->level, M_LEVEL_OPD);
    io_person(c, &u->head);
    io_int(c, &u->has_superior);
    io_person(c, &u->superior);
    io_int(c, &u->year);
    io_int(c, &u->plan_first);
    io_int(c, &u->plan_last);
    io_str(c, &u->plan_document);
    io_str(c, &u->vision);
    if (io_array(c, (void **)&u->misi, &u->misi_count, sizeof *u->misi) == 0)
        for (size_t i = 0; i < u->misi_count && !c->failed; i++) {
            io_str(c, &u->misi[i].id);
            io_str(c, &u->misi[i].text);
        }
    if (io_array(c, (void **)&u->scales, &u->scale_count, sizeof *u->scales) == 0)
        for (size_t i = 0; i < u->scale_count && !c->failed; i++)
            io_scale(c, &u->scales[i]);
    if (io_array(c, (void **)&u->tujuan, &u->tujuan_count, sizeof *u->tujuan) == 0)
        for (size_t i = 0; i < u->tujuan_count && !c->failed; i++)
            io_tujuan(c, &u->tujuan[i]);
    if (io_array(c, (void **)&u->programs, &u->program_count, sizeof *u->programs) == 0)
        for (size_t i = 0; i < u->program_count && !c->failed; i++)
            io_program(c, &u->programs[i]);
    if (io_array(c, (void **)&u->pks, &u->pk_count, sizeof *u->pks) == 0)
        for (size_t i = 0; i < u->pk_count && !c->failed; i++)
            io_pk(c, &u->pks[i]);
    io_narratives(c, &u->narratives, &u->narrative_count);
    io_pos(c, &u->pos);
    /* A workbook's cells: a unit read from XML has none (cells NULL). */
    int workbook = u->cells != NULL;
    io_int(c, &workbook);
    if (workbook && io_array(c, (void **)&u->cells, &u->cell_count, sizeof *u->cells) == 0)
        for (size_t i = 0; i < u->cell_count && !c->failed; i++) {
            io_pos(c, &u->cells[i].pos);
            io_str(c, &u->cells[i].cell);
            if (c->reading && !u->cells[i].cell)
                c->failed = 1;
        }
    io_str(c, &u->accepted_on);
    io_str(c, &u->accepted_file);
    io_str(c, &u->rejected_file);
    io_str(c, &u->rejected_on);
    io_int(c, &u->rejected_errors);
}

static void io_profile(codec *c, m_profile *p)
{
    io_str(c, &p->entity);
    io_int(c, &p->year);
    io_str(c, &p->title);
    io_str(c, &p->report_date);
    io_str(c, &p->place);
    io_str(c, &p->report_lang);
    io_str(c, &p->unit_basis);
    io_str(c, &p->annual_progress);
    IO_ENUM(c, p->negative_formula, M_NEG_T_OVER_R);
    io_int(c, &p->zero_target_never);
    io_int(c, &p->cap);
    io_int(c, &p->floor_zero);
    io_int(c, &p->cap_before_mean);
    io_int(c, &p->decimals);
    io_int(c, &p->truncate);
    io_str(c, &p->efficiency);
    io_double(c, &p->efficient_above);
    io_double(c, &p->inefficient_below);
    /* NULL bands (the Permendagri default) differ from an empty list. */
    int has_bands = p->bands != NULL;
    io_int(c, &has_bands);
    if (has_bands) {
        if (io_array(c, (void **)&p->bands, &p->band_count, sizeof *p->bands) == 0)
            for (size_t i = 0; i < p->band_count && !c->failed; i++) {
                m_band *b = &p->bands[i];
                io_str(c, &b->code);
                io_int(c, &b->has_min);
                io_double(c, &b->min);
                io_str(c, &b->label);
                io_str(c, &b->colour);
            }
    }
    io_pos(c, &p->pos);
}

/* The ids a rejected input would have defined (check.h). */
static void io_ids(codec *c, const char ***list, size_t *count)
{
    if (io_array(c, (void **)list, count, sizeof **list) == 0)
        for (size_t i = 0; i < *count && !c->failed; i++) {
            io_str(c, &(*list)[i]);
            if (c->reading && !(*list)[i])
                c->failed = 1;
        }
}

static void io_rejected(codec *c, check_rejected *r)
{
    io_int(c, &r->readable);
    io_ids(c, &r->defines, &r->define_count);
    io_ids(c, &r->supports, &r->support_count);
}

/* The arena size, as a varint of fixed width so it can be written after
 * the model (get_varint reads it like any other). */
#define NEED_BYTES 5

static void put_need(pack_buf *out, size_t at, size_t need)
{
    uint64_t v = need > UINT32_MAX ? UINT32_MAX : need;
    for (size_t i = 0; i < NEED_BYTES; i++, v >>= 7)
        out->data[at + i] = (unsigned char)((v & 0x7f) | (i + 1 < NEED_BYTES ? 0x80 : 0));
}

int pack_model(const check_model *model, pack_buf *out)
{
    /* The visitors take mutable pointers because they also read; writing
     * changes nothing. */
    codec c = {.reading = 0, .out = out};
    unsigned magic = model->unit ? PACK_MAGIC_UNIT : model->profile ? PACK_MAGIC_PROFILE : PACK_MAGIC_REJECTED;
    if (!model->unit && !model->profile && !model->rejected)
        return -1;
    put_varint(out, magic);
    size_t need_at = out->length;
    pack_put_bytes(out, (const unsigned char[NEED_BYTES]){0}, NEED_BYTES);
    if (model->unit) {
        will_allocate(&c, sizeof *model->unit, alignof(max_align_t));
        io_unit(&c, (m_unit *)model->unit);
    } else if (model->profile) {
        will_allocate(&c, sizeof *model->profile, alignof(max_align_t));
        io_profile(&c, (m_profile *)model->profile);
    } else {
        will_allocate(&c, sizeof *model->rejected, alignof(max_align_t));
        io_rejected(&c, model->rejected);
    }
    if (out->failed || c.failed)
        return -1;
    put_need(out, need_at, c.need);
    return 0;
}

/* A fresh arena holding a zeroed model, with the file name copied; its
 * first chunk of need bytes (the pack's word, bounded by its length: a
 * model takes at most some 16 bytes of memory per byte of pack) with room
 * for the file name and the alignment after it. */
static void *begin_read(codec *c, size_t size, const char *file, uint64_t need)
{
    uint64_t most = (uint64_t)c->left * 16 + 4096;
    size_t extra = strlen(file) + 1 + alignof(max_align_t);
    c->a = arena_new_sized((size_t)(need < most ? need : most) + extra);
    void *model = c->a ? arena_alloc(c->a, size) : NULL;
    c->file = c->a ? arena_strdup(c->a, file) : NULL;
    if (!model || !c->file) {
        arena_free(c->a);
        c->a = NULL;
        return NULL;
    }
    return model;
}

int unpack_model(const unsigned char *data, size_t length, const char *file, check_model *model)
{
    memset(model, 0, sizeof *model);
    codec c = {.reading = 1, .in = data, .left = length};
    uint64_t magic = get_varint(&c);
    uint64_t need = get_varint(&c);
    if (c.failed)
        return -1;
    if (magic == PACK_MAGIC_UNIT) {
        m_unit *u = begin_read(&c, sizeof *u, file, need);
        if (!u)
            return -1;
        u->arena = c.a;
        u->file = c.file;
        io_unit(&c, u);
        model->unit = u;
    } else if (magic == PACK_MAGIC_PROFILE) {
        m_profile *p = begin_read(&c, sizeof *p, file, need);
        if (!p)
            return -1;
        p->arena = c.a;
        p->file = c.file;
        io_profile(&c, p);
        model->profile = p;
    } else if (magic == PACK_MAGIC_REJECTED) {
        check_rejected *r = begin_read(&c, sizeof *r, file, need);
        if (!r)
            return -1;
        r->arena = c.a;
        io_rejected(&c, r);
        model->rejected = r;
    } else {
        return -1;
    }
    if (c.failed || c.left != 0 || arena_failed(c.a)) {
        arena_free(c.a);
        memset(model, 0, sizeof *model);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */
/* ------------------------------------------------------------------ */

/* One diagnostic; its file is not stored (the caller names it). */
static void io_diag(codec *c, lkj_diag *g)
{
    io_str(c, &g->code);
    IO_ENUM(c, g->severity, LKJ_SEV_FATAL);
    io_ulong(c, &g->line);
    io_ulong(c, &g->column);
    io_str(c, &g->message);
    io_str(c, &g->hint);
    io_int(c, &g->origin);
    io_str(c, &g->cell); /* a workbook's finding: where it is */
}

int pack_diags(const lkj_diags *diags, pack_buf *out)
{
    put_varint(out, PACK_MAGIC_DIAGS);
    for (int s = LKJ_SEV_NOTE; s <= LKJ_SEV_FATAL; s++)
        put_varint(out, lkj_diags_suppressed(diags, (lkj_severity)s));
    size_t n = lkj_diags_count(diags);
    put_varint(out, n);
    codec c = {.reading = 0, .out = out};
    for (size_t i = 0; i < n; i++) {
        lkj_diag g = *lkj_diags_at(diags, i);
        io_diag(&c, &g);
    }
    return out->failed ? -1 : 0;
}

/* The catalogue's own code string (static storage), or NULL. */
static const char *catalogue_code(const char *code)
{
    for (size_t i = 0; i < lkj_catalog_size(); i++)
        if (strcmp(lkj_catalog_code(i), code) == 0)
            return lkj_catalog_code(i);
    return NULL;
}

int unpack_diags(const unsigned char *data, size_t length, const char *file, lkj_diags *diags)
{
    codec c = {.reading = 1, .in = data, .left = length};
    c.a = arena_new(); /* scratch for the strings; diag_restore copies them */
    if (!c.a)
        return -1;
    if (get_varint(&c) != PACK_MAGIC_DIAGS)
        c.failed = 1;
    size_t suppressed[LKJ_SEV_FATAL + 1];
    for (int s = LKJ_SEV_NOTE; s <= LKJ_SEV_FATAL; s++)
        suppressed[s] = (size_t)get_varint(&c);
    size_t n = (size_t)get_varint(&c);
    if (n > c.left)
        c.failed = 1;
    for (size_t i = 0; i < n && !c.failed; i++) {
        lkj_diag g = {0};
        io_diag(&c, &g);
        if (c.failed || !g.code || !g.message || !g.hint || !(g.code = catalogue_code(g.code))) {
            c.failed = 1;
            break;
        }
        g.file = file;
        if (diag_restore(diags, &g) != 0)
            c.failed = 1;
    }
    if (!c.failed && c.left == 0)
        for (int s = LKJ_SEV_NOTE; s <= LKJ_SEV_FATAL; s++)
            diag_restore_suppressed(diags, (lkj_severity)s, suppressed[s]);
    int failed = c.failed || c.left != 0;
    arena_free(c.a);
    return failed ? -1 : 0;
}

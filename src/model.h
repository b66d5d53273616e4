/*
 * model.h — a submission as typed C structs, built by read.c from a
 * schema-valid DOM. Everything (strings included) lives in the unit's arena;
 * the DOM is freed right after reading. Every object keeps its source
 * position (line and column in the unit's file), for diagnostics and for
 * the report IR.
 *
 * Arrays are (pointer, count) pairs; absent optional values have kind
 * M_NONE or a NULL string. Years and periods are plain ints.
 */
#ifndef LKJ_MODEL_H
#define LKJ_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* A position in the model's file: the file is the unit's (m_unit.file) or
 * the profile's, the same for every object, so a position does not repeat
 * it (a model holds millions of positions). */
typedef struct m_pos {
    uint32_t line;
    uint32_t column;
} m_pos;

typedef enum { M_LEVEL_PROVINSI, M_LEVEL_KABUPATEN, M_LEVEL_KOTA, M_LEVEL_OPD } m_level;

typedef enum { M_POLARITY_POSITIVE, M_POLARITY_NEGATIVE, M_POLARITY_RANGE } m_polarity;

typedef enum {
    M_AGG_SUM,     /* jumlah */
    M_AGG_LAST,    /* terakhir */
    M_AGG_AVERAGE, /* rata-rata */
    M_AGG_MAX,     /* maks */
    M_AGG_MIN      /* min */
} m_aggregation;

typedef enum { M_NEG_DEFAULT, M_NEG_2T_MINUS_R, M_NEG_T_OVER_R } m_negative_formula;

/* An indicator's own cap, floor and rounding (batas-atas, batas-bawah,
 * pembulatan-cara); *_DEFAULT: the profile's. */
typedef enum { M_CAP_DEFAULT, M_CAP_NONE, M_CAP_100, M_CAP_120 } m_cap;
typedef enum { M_FLOOR_DEFAULT, M_FLOOR_NONE, M_FLOOR_ZERO } m_floor;
typedef enum { M_ROUND_DEFAULT, M_ROUND_HALF_AWAY, M_ROUND_TRUNCATE } m_round_mode;

/* A typed value: a target (number, range, grade, text) or a realisasi
 * (number, ratio, grade, text). */
typedef enum { M_NONE, M_NUMBER, M_RANGE, M_GRADE, M_TEXT, M_RATIO } m_kind;

/* One value; only the members of its kind are set (a union: a workspace
 * holds millions of them, and their size is most of a model's). */
typedef struct m_value {
    m_kind kind;
    union {
        double number;                                  /* M_NUMBER */
        struct { double low, high; };                   /* M_RANGE */
        struct { double numerator, denominator, multiplier; }; /* M_RATIO (multiplier 1 when absent) */
        const char *grade;                              /* M_GRADE: a code of the indicator's scale */
        const char *text;                               /* M_TEXT */
    };
    const char *note;       /* catatan, optional */
    m_pos pos;
} m_value;

typedef struct m_year_value {
    int year;
    m_value value;
} m_year_value;

typedef enum { M_PERIOD_YEAR, M_PERIOD_QUARTER, M_PERIOD_MONTH } m_period_kind;

typedef struct m_period_value {
    m_period_kind kind;
    int index; /* month 1-12, quarter 1-4, 0 for the year */
    m_value value;
} m_period_value;

typedef struct m_pk_target {
    int version;
    int cumulative; /* sifat-triwulan kumulatif (default) or per-periode */
    m_value value;
    m_value *quarters; /* four (quarter q at q - 1), kind M_NONE when not given;
                          NULL when none is (most targets): see m_pk_quarter */
    m_pos pos;
} m_pk_target;

/* Quarter q (0-3) of a PK target: kind M_NONE when not given. */
static inline const m_value *m_pk_quarter(const m_pk_target *t, int q)
{
    static const m_value none; /* M_NONE */
    return t->quarters ? &t->quarters[q] : &none;
}

typedef enum { M_OWNER_TUJUAN, M_OWNER_SASARAN, M_OWNER_PROGRAM, M_OWNER_KEGIATAN, M_OWNER_SUB } m_owner_kind;

typedef struct m_indicator {
    const char *id;
    const char *name;
    const char *unit_of_measure; /* satuan */
    const char *definition;
    const char *data_source;
    const char *formula; /* composite: an expression over other indicator ids */
    m_pos formula_pos;
    m_polarity polarity;
    m_aggregation aggregation;
    m_negative_formula negative_formula;
    m_cap cap;                 /* batas-atas */
    m_floor floor;             /* batas-bawah */
    m_round_mode rounding;     /* pembulatan-cara */
    int has_decimals;          /* pembulatan-desimal given: */
    int decimals;              /* 0-6 */
    const char *scale; /* skala id, for grades */
    int key;           /* iku */
    double weight;     /* bobot; 0 when absent */
    int has_baseline;
    m_year_value baseline;
    m_year_value *targets;
    size_t target_count;
    m_value end_target; /* target-akhir */
    m_pk_target *pk_targets;
    size_t pk_target_count;
    m_value national; /* standar-nasional */
    const char *national_source;
    int realisasi_year;
    m_period_value *realisasi;
    size_t realisasi_count;
    m_year_value *history; /* realisasi-lalu */
    size_t history_count;
    m_owner_kind owner_kind;
    const void *owner;
    m_pos pos;
} m_indicator;

/* Narrative is kept as an XML fragment (p, ul, ol, li, b, i) without
 * namespace, ready to be copied into the report IR. */
typedef struct m_narrative {
    const char *chapter; /* bab, or for a sasaran: konteks/penyebab/solusi/efisiensi */
    const char *xml;
} m_narrative;

typedef struct m_tujuan m_tujuan;

typedef struct m_sasaran {
    const char *id;
    const char *text; /* uraian */
    const char **supports; /* mendukung: ids one level up */
    size_t support_count;
    m_pos supports_pos;
    m_indicator *indicators;
    size_t indicator_count;
    m_narrative *analysis;
    size_t analysis_count;
    const m_tujuan *tujuan;
    m_pos pos;
} m_sasaran;

struct m_tujuan {
    const char *id;
    const char *text;
    const char *misi;
    m_indicator *indicators;
    size_t indicator_count;
    m_sasaran *sasaran;
    size_t sasaran_count;
    m_pos pos;
};

typedef struct m_sub_kegiatan {
    const char *code;
    const char *name;
    const char *location;
    m_indicator *indicators;
    size_t indicator_count;
    double pagu;
    double spent[12]; /* realisasi anggaran per month */
    unsigned spent_months; /* bit m-1 set when month m is given */
    m_pos pos;
} m_sub_kegiatan;

typedef struct m_kegiatan {
    const char *code;
    const char *name;
    m_indicator *indicators;
    size_t indicator_count;
    m_sub_kegiatan *subs;
    size_t sub_count;
    m_pos pos;
} m_kegiatan;

typedef struct m_program {
    const char *code;
    const char *name;
    const char *supports; /* a sasaran id of this unit, or NULL */
    m_indicator *indicators;
    size_t indicator_count;
    m_kegiatan *kegiatan;
    size_t kegiatan_count;
    m_pos pos;
} m_program;

typedef struct m_person {
    const char *name;
    const char *position;
    const char *nip;
    const char *rank;
} m_person;

typedef struct m_pk {
    int version;
    int revision; /* jenis perubahan */
    const char *date;
    const char *place;
    const char *number;
    m_person first_party;
    int has_second_party;
    m_person second_party;
    const char *reason;
    m_pos pos;
} m_pk;

typedef struct m_scale_level {
    const char *code;
    double value;
    const char *label;
} m_scale_level;

typedef struct m_scale {
    const char *id;
    const char *name;
    m_scale_level *levels;
    size_t level_count;
} m_scale;

typedef struct m_misi {
    const char *id;
    const char *text;
} m_misi;

/* In a unit imported from a workbook: the cell a position's element was
 * written from (or is under), in position order. */
typedef struct m_cell_at {
    m_pos pos;
    const char *cell; /* "Realisasi!F14" */
} m_cell_at;

typedef struct m_unit {
    arena *arena;
    const char *file;
    const char *id;
    const char *code;
    const char *name;
    const char *abbreviation;
    const char *address;
    const char *parent; /* induk */
    m_level level;
    m_person head;
    int has_superior;
    m_person superior;
    int year;
    int plan_first, plan_last;
    const char *plan_document;
    const char *vision;
    m_misi *misi;
    size_t misi_count;
    m_scale *scales;
    size_t scale_count;
    m_tujuan *tujuan;
    size_t tujuan_count;
    m_program *programs;
    size_t program_count;
    m_pk *pks;
    size_t pk_count;
    m_narrative *narratives;
    size_t narrative_count;
    m_pos pos;
    /* A unit imported from a workbook (docs/workbook.md): positions are in
     * the submission the import made, which nobody sees; a finding names
     * the cell instead (model_cell_at). NULL, 0 for a unit read from XML. */
    m_cell_at *cells;
    size_t cell_count;
    /* SHA-256 of the file's bytes, when read through the cache (build's
     * dependency digests, depend.c); has_digest 0 otherwise. */
    int has_digest;
    unsigned char digest[32];
    /* The gate (gate.h): set when this model is the unit's last accepted
     * version, standing in for a submission that was rejected. Dates are
     * YYYY-MM-DD. */
    const char *accepted_on;   /* the date of the version in force; NULL: not standing in */
    const char *accepted_file; /* the input it was accepted from */
    const char *rejected_file; /* the rejected submission */
    const char *rejected_on;
    int rejected_errors;
} m_unit;

/* The workspace profile (lkjip.xml). */
typedef struct m_band {
    const char *code;
    int has_min;
    double min;
    const char *label;
    const char *colour;
} m_band;

typedef struct m_profile {
    arena *arena;
    const char *file;
    const char *entity; /* the pemda's unit id */
    int year;
    const char *title;
    const char *report_date;
    const char *place;
    const char *report_lang; /* bahasa-laporan: "id", "en" or NULL */
    m_negative_formula negative_formula;
    int zero_target_never; /* target-nol tidak-dihitung */
    int cap;               /* 0 none, 100, 120 */
    int floor_zero;        /* batas-bawah 0 */
    int cap_before_mean;
    int decimals;
    int truncate;
    const char *unit_basis; /* capaian-unit: "sasaran", "tujuan", "indikator" or NULL */
    const char *annual_progress; /* tanpa-target-triwulan: "tidak-dihitung", "progres-tahunan" or NULL */
    const char *efficiency; /* selisih, rasio, sisa-anggaran */
    double efficient_above;   /* klasifikasi-efisiensi: efisien above (default 5) */
    double inefficient_below; /* tidak efisien below (default -5) */
    m_band *bands;          /* NULL: Permendagri 86/2017 */
    size_t band_count;
    m_pos pos;
    int has_digest;         /* as in m_unit */
    unsigned char digest[32];
} m_profile;

void model_unit_free(m_unit *unit);
/* Where a position of u is in its workbook: the cell that wrote it, or
 * "lkjip!A6" (the plan embedded in the workbook); NULL when u was read from
 * XML or the position is unknown. */
const char *model_cell_at(const m_unit *u, m_pos pos);
void model_profile_free(m_profile *profile);

/* Visits every indicator of a unit (tujuan, sasaran, program, kegiatan, sub
 * kegiatan), in document order. */
typedef void (*model_indicator_fn)(const m_indicator *indicator, void *ctx);
void model_each_indicator(const m_unit *unit, model_indicator_fn fn, void *ctx);

#endif

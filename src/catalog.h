/*
 * The diagnostic catalogue: every code lkjip can report, with its fixed
 * severity. Codes are stable: a code is never reused for another meaning.
 * Ranges: 00xx input and I/O, 01xx XML, 02xx schema, 03xx rules,
 * 04xx link (across files), 07xx workbooks (template 0700-0709, import
 * from 0710), 09xx internal. Texts live in catalog.c.
 */
#ifndef LKJ_CATALOG_H
#define LKJ_CATALOG_H

#include "lkjip/lkjip.h"

#define DIAG_LIST(X)                                   \
    X(D_IO_READ, "LKJ0001", LKJ_SEV_FATAL)             \
    X(D_IO_TOO_BIG, "LKJ0002", LKJ_SEV_ERROR)          \
    X(D_GZ_NOT_GZIP, "LKJ0003", LKJ_SEV_ERROR)         \
    X(D_GZ_TRUNCATED, "LKJ0004", LKJ_SEV_ERROR)        \
    X(D_GZ_TOO_BIG, "LKJ0005", LKJ_SEV_ERROR)          \
    X(D_EMPTY, "LKJ0006", LKJ_SEV_ERROR)               \
    X(D_NOT_REGULAR, "LKJ0007", LKJ_SEV_FATAL)         \
    X(D_NO_INPUT, "LKJ0008", LKJ_SEV_WARNING)          \
    X(D_GZ_CORRUPT, "LKJ0009", LKJ_SEV_ERROR)          \
    X(D_IO_WRITE, "LKJ0010", LKJ_SEV_FATAL)            \
    X(D_STORE_IO, "LKJ0011", LKJ_SEV_FATAL)            \
    X(D_OUT_NOT_OURS, "LKJ0012", LKJ_SEV_FATAL)        \
    X(D_LOCK, "LKJ0013", LKJ_SEV_FATAL)                \
    X(D_CACHE_UNUSED, "LKJ0014", LKJ_SEV_WARNING)      \
    X(D_BUSY, "LKJ0015", LKJ_SEV_WARNING)              \
    X(D_LETTERS_WRITE, "LKJ0016", LKJ_SEV_FATAL)       \
    X(D_GATE_UNRECORDED, "LKJ0020", LKJ_SEV_WARNING)   \
    X(D_TOO_MANY, "LKJ0090", LKJ_SEV_NOTE)             \
    X(D_XML_SYNTAX, "LKJ0101", LKJ_SEV_ERROR)          \
    X(D_XML_ENCODING, "LKJ0102", LKJ_SEV_ERROR)        \
    X(D_XML_DOCTYPE, "LKJ0103", LKJ_SEV_ERROR)         \
    X(D_XML_ENTITY, "LKJ0104", LKJ_SEV_ERROR)          \
    X(D_XML_DEPTH, "LKJ0105", LKJ_SEV_ERROR)           \
    X(D_XML_XINCLUDE, "LKJ0106", LKJ_SEV_ERROR)        \
    X(D_XML_HUGE, "LKJ0107", LKJ_SEV_ERROR)            \
    X(D_XML_NUL, "LKJ0108", LKJ_SEV_ERROR)             \
    X(D_XML_NOT_LKJIP, "LKJ0110", LKJ_SEV_ERROR)       \
    X(D_XSD_MISSING_ELEMENT, "LKJ0201", LKJ_SEV_ERROR) \
    X(D_XSD_UNEXPECTED, "LKJ0202", LKJ_SEV_ERROR)      \
    X(D_XSD_MISSING_ATTR, "LKJ0203", LKJ_SEV_ERROR)    \
    X(D_XSD_UNKNOWN_ATTR, "LKJ0204", LKJ_SEV_ERROR)    \
    X(D_XSD_BAD_VALUE, "LKJ0205", LKJ_SEV_ERROR)       \
    X(D_XSD_ENUM, "LKJ0206", LKJ_SEV_ERROR)            \
    X(D_XSD_PATTERN, "LKJ0207", LKJ_SEV_ERROR)         \
    X(D_XSD_DUPLICATE, "LKJ0208", LKJ_SEV_ERROR)       \
    X(D_XSD_DANGLING, "LKJ0209", LKJ_SEV_ERROR)        \
    X(D_XSD_TEXT, "LKJ0210", LKJ_SEV_ERROR)            \
    X(D_XSD_RANGE, "LKJ0211", LKJ_SEV_ERROR)           \
    X(D_XSD_EMPTY_TEXT, "LKJ0212", LKJ_SEV_ERROR)      \
    X(D_XSD_LONG_TEXT, "LKJ0213", LKJ_SEV_ERROR)       \
    X(D_XSD_OTHER, "LKJ0299", LKJ_SEV_ERROR)           \
    X(D_RULE_KEGIATAN_CODE, "LKJ0301", LKJ_SEV_ERROR)  \
    X(D_RULE_SUB_CODE, "LKJ0302", LKJ_SEV_ERROR)       \
    X(D_RULE_UNIT_CODE, "LKJ0303", LKJ_SEV_ERROR)      \
    X(D_RULE_NIP, "LKJ0304", LKJ_SEV_ERROR)            \
    X(D_RULE_YEAR_PERIOD, "LKJ0305", LKJ_SEV_ERROR)    \
    X(D_RULE_TARGET_YEAR, "LKJ0306", LKJ_SEV_ERROR)    \
    X(D_RULE_REAL_YEAR, "LKJ0307", LKJ_SEV_ERROR)      \
    X(D_RULE_NO_TARGET, "LKJ0308", LKJ_SEV_ERROR)      \
    X(D_RULE_DUP_PERIOD, "LKJ0309", LKJ_SEV_ERROR)     \
    X(D_RULE_TARGET_KIND, "LKJ0310", LKJ_SEV_ERROR)    \
    X(D_RULE_REAL_KIND, "LKJ0311", LKJ_SEV_ERROR)      \
    X(D_RULE_GRADE, "LKJ0312", LKJ_SEV_ERROR)          \
    X(D_RULE_RANGE_NEEDED, "LKJ0313", LKJ_SEV_ERROR)   \
    X(D_RULE_KIND_MISMATCH, "LKJ0314", LKJ_SEV_ERROR)  \
    X(D_RULE_OVER_PAGU, "LKJ0315", LKJ_SEV_WARNING)    \
    X(D_RULE_PK_DATE, "LKJ0316", LKJ_SEV_WARNING)      \
    X(D_RULE_PARENT, "LKJ0317", LKJ_SEV_ERROR)         \
    X(D_RULE_HEAD_NIP, "LKJ0318", LKJ_SEV_WARNING)     \
    X(D_RULE_RANGE_ORDER, "LKJ0319", LKJ_SEV_ERROR)    \
    X(D_RULE_BANDS, "LKJ0320", LKJ_SEV_ERROR)          \
    X(D_RULE_PERIOD_REVERSED, "LKJ0321", LKJ_SEV_ERROR) \
    X(D_RULE_THOUSANDS, "LKJ0322", LKJ_SEV_WARNING)    \
    X(D_RULE_THOUSANDFOLD, "LKJ0323", LKJ_SEV_WARNING) \
    X(D_RULE_RUPIAH_EXACT, "LKJ0324", LKJ_SEV_ERROR)   \
    X(D_RULE_BIDI, "LKJ0325", LKJ_SEV_ERROR)           \
    X(D_RULE_EFFICIENCY_CLASSES, "LKJ0326", LKJ_SEV_ERROR) \
    X(D_LINK_DANGLING, "LKJ0401", LKJ_SEV_ERROR)       \
    X(D_LINK_DUPLICATE, "LKJ0402", LKJ_SEV_ERROR)      \
    X(D_LINK_WRONG_LEVEL, "LKJ0403", LKJ_SEV_ERROR)    \
    X(D_LINK_PARENT_CYCLE, "LKJ0404", LKJ_SEV_ERROR)   \
    X(D_LINK_UNSUPPORTED, "LKJ0405", LKJ_SEV_WARNING)  \
    X(D_LINK_ORPHAN_PROGRAM, "LKJ0406", LKJ_SEV_WARNING) \
    X(D_LINK_YEAR, "LKJ0407", LKJ_SEV_ERROR)           \
    X(D_LINK_PARENT_MISSING, "LKJ0408", LKJ_SEV_WARNING) \
    X(D_LINK_FORMULA_UNKNOWN, "LKJ0409", LKJ_SEV_ERROR) \
    X(D_LINK_FORMULA_CYCLE, "LKJ0410", LKJ_SEV_ERROR)  \
    X(D_LINK_ENTITY_MISSING, "LKJ0411", LKJ_SEV_ERROR) \
    X(D_LINK_FORMULA_SYNTAX, "LKJ0412", LKJ_SEV_ERROR) \
    X(D_LINK_PROFILES, "LKJ0413", LKJ_SEV_ERROR)       \
    X(D_MEASURE_ZERO_TARGET, "LKJ0414", LKJ_SEV_WARNING) \
    X(D_LINK_OUTPUT_COLLISION, "LKJ0415", LKJ_SEV_ERROR) \
    X(D_LINK_REJECTED, "LKJ0416", LKJ_SEV_NOTE)        \
    X(D_LINK_MAYBE_REJECTED, "LKJ0417", LKJ_SEV_NOTE)  \
    X(D_LINK_UNIT_CODE, "LKJ0420", LKJ_SEV_ERROR)      \
    X(D_TEMPLATE_FOLDER, "LKJ0700", LKJ_SEV_FATAL)     \
    X(D_TEMPLATE_WRITE, "LKJ0701", LKJ_SEV_FATAL)      \
    X(D_TEMPLATE_PLAN, "LKJ0702", LKJ_SEV_FATAL)       \
    X(D_TEMPLATE_NAME_TAKEN, "LKJ0703", LKJ_SEV_ERROR) \
    X(D_TEMPLATE_NONE, "LKJ0704", LKJ_SEV_WARNING)     \
    X(D_XLSX_NOT_WORKBOOK, "LKJ0710", LKJ_SEV_ERROR) \
    X(D_XLSX_NUMBER_TEXT, "LKJ0711", LKJ_SEV_ERROR) \
    X(D_XLSX_NUMBER_AMBIGUOUS, "LKJ0712", LKJ_SEV_WARNING) \
    X(D_XLSX_UNKNOWN_KEY, "LKJ0713", LKJ_SEV_ERROR) \
    X(D_XLSX_MISSING_COLUMN, "LKJ0714", LKJ_SEV_ERROR) \
    X(D_XLSX_FORMULA_NO_VALUE, "LKJ0715", LKJ_SEV_ERROR) \
    X(D_XLSX_OLD_XLS, "LKJ0716", LKJ_SEV_ERROR) \
    X(D_XLSX_ZIP_CORRUPT, "LKJ0717", LKJ_SEV_ERROR) \
    X(D_XLSX_ENTRY_NAME, "LKJ0718", LKJ_SEV_ERROR) \
    X(D_XLSX_ENCRYPTED, "LKJ0719", LKJ_SEV_ERROR) \
    X(D_XLSX_MACRO, "LKJ0720", LKJ_SEV_ERROR) \
    X(D_XLSX_BOMB, "LKJ0721", LKJ_SEV_ERROR) \
    X(D_XLSX_PART_XML, "LKJ0722", LKJ_SEV_ERROR) \
    X(D_XLSX_STRINGS, "LKJ0723", LKJ_SEV_ERROR) \
    X(D_XLSX_TOO_MANY_ROWS, "LKJ0724", LKJ_SEV_ERROR) \
    X(D_XLSX_MISSING_SHEET, "LKJ0725", LKJ_SEV_ERROR) \
    X(D_XLSX_NO_PLAN, "LKJ0726", LKJ_SEV_ERROR) \
    X(D_XLSX_PLAN_DAMAGED, "LKJ0727", LKJ_SEV_ERROR) \
    X(D_XLSX_CELL_ERROR, "LKJ0728", LKJ_SEV_ERROR) \
    X(D_XLSX_RATIO_HALF, "LKJ0729", LKJ_SEV_ERROR) \
    X(D_XLSX_DUPLICATE_ROW, "LKJ0730", LKJ_SEV_ERROR) \
    X(D_XLSX_GRADE_UNKNOWN, "LKJ0731", LKJ_SEV_ERROR) \
    X(D_NO_MEMORY, "LKJ0901", LKJ_SEV_FATAL)           \
    X(D_INTERNAL, "LKJ0902", LKJ_SEV_FATAL)            \
    X(D_STYLESHEET, "LKJ0903", LKJ_SEV_FATAL)

typedef enum diag_id {
#define DIAG_ENUM(name, code, sev) name,
    DIAG_LIST(DIAG_ENUM)
#undef DIAG_ENUM
    DIAG_COUNT
} diag_id;

/* The texts of one code, in both languages. Messages and hints may hold
 * placeholders {1}..{9}, replaced by the arguments of diag_emit(). */
typedef struct catalog_entry {
    const char *title[2];
    const char *message[2];
    const char *hint[2];
    const char *explain[2];
} catalog_entry;

const char *catalog_code(diag_id id);
lkj_severity catalog_severity(diag_id id);
const catalog_entry *catalog_entry_of(diag_id id);
/* The id of a code ("LKJ0201"): 0, or -1 when the catalogue has none. */
int catalog_id_of(const char *code, diag_id *id);
const char *catalog_severity_word(lkj_severity severity, lkj_lang lang);

#endif

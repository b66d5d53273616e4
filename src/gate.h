/*
 * gate.h — the submission gate: which version of each unit a build uses.
 *
 * A unit is known across resubmissions by its id (<unit id="...">, unique
 * in a workspace), never by its file's name: an OPD may rename its file.
 * lkjip keeps, in the state folder (STATE/accepted/), the bytes of the last
 * submission it accepted for each unit (named by their SHA-256, so they are
 * checked on every read) and an index authenticated under the state key:
 * per unit its id, name, the SHA-256 of those bytes, the submission's date
 * and the path it came from. A build uses a unit's new submission when it
 * passed check and link, otherwise this version, and records the outcome
 * only when it publishes (gate_commit after the output's commit), so the
 * index always describes what the web site shows.
 */
#ifndef LKJ_GATE_H
#define LKJ_GATE_H

#include "lkjip/lkjip.h"
#include "model.h"

#define GATE_DIGEST_SIZE 32

typedef struct gate gate;

typedef struct gate_version {
    char *id;
    char *name;      /* the unit's name in that version */
    char *path;      /* the input it was accepted from */
    char *bytes;     /* its file in STATE/accepted/: HEX.xml or HEX.xml.gz */
    long long date;  /* the submission's date (its file's time, seconds) */
    unsigned char digest[GATE_DIGEST_SIZE];
    int in_force;    /* this run: the version stays in force */
    int fresh;       /* this run: newly accepted (its bytes still to be kept) */
} gate_version;

/* Opens STATE/accepted (made when missing) and reads its index: an index
 * that is missing, damaged or not made under the key is read as empty
 * (*distrusted says so when it existed). NULL with errno when the folder
 * or its key cannot be used. */
gate *gate_open(const char *state_dir, int *distrusted);
void gate_close(gate *g);

/* The version of unit id in force before this run, or NULL. */
const gate_version *gate_accepted(const gate *g, const char *id);
/* The version accepted from the input path, or NULL: a rejected file that
 * claims no unit (not even well-formed) still finds its own. */
const gate_version *gate_accepted_from(const gate *g, const char *path);
/* Whether u is its unit's accepted version: the same bytes from the same
 * input (a byte-for-byte copy under another name is not). */
int gate_is_incumbent(const gate *g, const m_unit *u);
/* The path of a version's bytes. */
void gate_bytes_path(const gate *g, const gate_version *v, char *out, size_t size);

/* This run's outcome, unit by unit: u (read from its file u->file, with
 * its content digest) passed check and link, or the accepted version of
 * id stayed in force. 0, or -1 when out of memory. */
int gate_accept(gate *g, const m_unit *u);
void gate_keep(gate *g, const char *id);

/* After the output's commit: the bytes of every newly accepted unit are
 * copied from its input (when they still hash to what was checked) and
 * the index rewritten, both durably (the bytes all synced at once, named,
 * then the index written and synced); versions neither accepted nor kept
 * in this run are dropped (a unit withdrawn from the workspace), with
 * their bytes. 0, or -1 with errno. */
int gate_commit(gate *g, const lkj_limits *limits);

/* A submission's date: its file's modification time, no later than
 * SOURCE_DATE_EPOCH when that is set (reproducible reports). */
long long gate_file_date(const char *path);
/* The date as YYYY-MM-DD, in local time (out: at least 11 bytes). */
void gate_iso_date(long long date, char *out, size_t size);

/* The unit id a submission claims (<unit id="..."> under its root), read
 * even when it has errors, so a rejected resubmission finds its unit's
 * accepted version. NULL when the file is not well-formed enough. */
char *gate_claim(const char *path, const lkj_limits *limits);

#endif

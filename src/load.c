/*
 * load.c — the first stage: bytes in, DOM out, nothing trusted.
 *
 * Files are read whole, under a size cap, and gzip is inflated here through
 * zlib with the same cap on the output, so a compression bomb stops at the
 * cap and a truncated stream is caught (a .gz that simply ends is an error,
 * not a clean end of file). Parsing is from memory with only NONET and
 * BIG_LINES: no entity substitution, no DTD loading, no XInclude, no HUGE
 * (which would lift libxml2's own limits). A DOCTYPE stops the parser before
 * its internal subset is read, so no entity of any kind is ever expanded.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "load.h"

#include <errno.h>
#include <limits.h>
#include <iconv.h>
#include <fcntl.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdint.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "diag.h"
#include "position.h"

/* ------------------------------------------------------------------ */
/* External entities: denied, always.                                  */
/* ------------------------------------------------------------------ */

/* The one folder whose files may be loaded (the stylesheets, their
 * includes and label files), as a real path ending in '/'; empty: none. */
static char allowed_dir[PATH_MAX + 2];

void load_allow_directory(const char *dir)
{
    char real[PATH_MAX];
    if (!dir || !realpath(dir, real)) {
        allowed_dir[0] = '\0';
        return;
    }
    snprintf(allowed_dir, sizeof allowed_dir, "%s/", real);
}

int load_path_allowed(const char *url)
{
    if (!allowed_dir[0] || !url)
        return 0;
    if (strncmp(url, "file://", 7) == 0)
        url += 7;
    if (strstr(url, "://"))
        return 0; /* any other scheme: network */
    char real[PATH_MAX];
    if (!realpath(url, real))
        return 0;
    return strncmp(real, allowed_dir, strlen(allowed_dir)) == 0;
}

/* Submissions never load anything; only lkjip's own stylesheets folder is
 * readable, for the stylesheets themselves (after realpath, so no "../"
 * or symbolic link leads out of it). */
static xmlParserInputPtr deny_external_entity(const char *url, const char *id,
                                              xmlParserCtxtPtr ctxt)
{
    (void)id;
    if (!load_path_allowed(url))
        return NULL;
    if (strncmp(url, "file://", 7) == 0)
        url += 7;
    return xmlNewInputFromFile(ctxt, url);
}

/* Errors raised outside a parser context (encoding layer, I/O) must never
 * reach stderr: the diagnostics are ours to print. */
static void swallow_error(void *data, xmlErrorPtr error)
{
    (void)data;
    (void)error;
}

static void swallow_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void load_thread_init(void)
{
    /* libxml2 keeps error handlers per thread. */
    xmlSetStructuredErrorFunc(NULL, swallow_error);
    xmlSetGenericErrorFunc(NULL, swallow_generic);
}

/* ------------------------------------------------------------------ */
/* libxml2's allocations                                               */
/* ------------------------------------------------------------------ */

/* Failed allocations of libxml2 on this thread. libxml2 2.9 does not
 * report every one (a namespace whose href could not be copied is kept
 * with a NULL href, a failed attribute copy reads as a missing attribute),
 * so every stage that uses libxml2 compares this count before and after. */
static _Thread_local unsigned long xml_failures;
static atomic_ulong xml_failures_anywhere; /* on every thread, for the run's last word */

static void count_failure(void)
{
    xml_failures++;
    atomic_fetch_add(&xml_failures_anywhere, 1);
}

static void *xml_malloc(size_t size)
{
    void *p = malloc(size);
    if (!p && size)
        count_failure();
    return p;
}

static void *xml_realloc(void *old, size_t size)
{
    void *p = realloc(old, size);
    if (!p && size)
        count_failure();
    return p;
}

static char *xml_strdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        count_failure();
    return p;
}

static void xml_free(void *p) { free(p); }

void load_init_memory(void)
{
    xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup);
    xmlGcMemSetup(xml_free, xml_malloc, xml_malloc, xml_realloc, xml_strdup);
}

unsigned long load_memory_failures(void) { return xml_failures; }

unsigned long load_memory_failures_anywhere(void) { return atomic_load(&xml_failures_anywhere); }

void load_init(void)
{
    xmlSetExternalEntityLoader(deny_external_entity);
    load_thread_init();
}

/* ------------------------------------------------------------------ */
/* Reading bytes                                                       */
/* ------------------------------------------------------------------ */

static size_t mib(size_t bytes) { return bytes / (1024 * 1024); }

static void emit_size(lkj_diags *d, diag_id id, const char *name, size_t limit)
{
    char n[32];
    snprintf(n, sizeof n, "%zu", mib(limit));
    diag_loc loc = {name, 0, 0};
    DIAG(d, id, &loc, n);
}

static int emit_io(lkj_diags *d, const char *name, int err)
{
    diag_loc loc = {name, 0, 0};
    if (err == ENOMEM)
        DIAG0(d, D_NO_MEMORY, &loc);
    else
        DIAG(d, D_IO_READ, &loc, strerror(err));
    return LKJ_EXIT_IO;
}

/* Reads all of fd, at most cap + 1 bytes (one more than allowed, so that
 * "too large" is detected without reading the rest). */
static int read_all(int fd, size_t cap, unsigned char **out, size_t *out_len, int *err)
{
    size_t size = 0, capacity = 65536;
    unsigned char *buf = malloc(capacity);
    if (!buf) {
        *err = ENOMEM;
        return -1;
    }
    for (;;) {
        if (size == capacity) {
            if (capacity > cap)
                break;
            size_t next = capacity * 2;
            if (next > cap + 1)
                next = cap + 1;
            unsigned char *grown = realloc(buf, next);
            if (!grown) {
                free(buf);
                *err = ENOMEM;
                return -1;
            }
            buf = grown;
            capacity = next;
        }
        ssize_t n = read(fd, buf + size, capacity - size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            free(buf);
            return -1;
        }
        if (n == 0)
            break;
        size += (size_t)n;
    }
    *out = buf;
    *out_len = size;
    return 0;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int is_gzip(const unsigned char *b, size_t n)
{
    return n >= 2 && b[0] == 0x1f && b[1] == 0x8b;
}

typedef enum { GZ_OK, GZ_TRUNCATED, GZ_CORRUPT, GZ_TOO_BIG, GZ_NO_MEMORY } gz_status;

/* Inflates every gzip member of in[0..n) into a new buffer of at most cap
 * bytes. A stream that ends without its trailer is GZ_TRUNCATED. */
static gz_status gunzip(const unsigned char *in, size_t n, size_t cap, unsigned char **out,
                        size_t *out_len, const char **why)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return GZ_NO_MEMORY;
    size_t capacity = n * 4 < 65536 ? 65536 : n * 4;
    if (capacity > cap + 1)
        capacity = cap + 1;
    unsigned char *buf = malloc(capacity);
    if (!buf) {
        inflateEnd(&zs);
        return GZ_NO_MEMORY;
    }
    size_t used = 0;
    gz_status status = GZ_OK;
    zs.next_in = (Bytef *)(uintptr_t)in;
    zs.avail_in = (uInt)n;
    for (;;) {
        if (used == capacity) {
            if (capacity > cap) {
                status = GZ_TOO_BIG;
                break;
            }
            size_t next = capacity * 2 > cap + 1 ? cap + 1 : capacity * 2;
            unsigned char *grown = realloc(buf, next);
            if (!grown) {
                status = GZ_NO_MEMORY;
                break;
            }
            buf = grown;
            capacity = next;
        }
        zs.next_out = buf + used;
        zs.avail_out = (uInt)(capacity - used);
        int rc = inflate(&zs, Z_NO_FLUSH);
        used = capacity - zs.avail_out;
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            /* Another member follows (gzip allows concatenation). */
            if (!is_gzip(zs.next_in, zs.avail_in)) {
                *why = "data after the end of the gzip stream";
                status = GZ_CORRUPT;
                break;
            }
            inflateReset(&zs);
            continue;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            status = GZ_TRUNCATED;
            break;
        }
        if (rc == Z_BUF_ERROR)
            continue; /* output full: grow and go on */
        if (rc == Z_MEM_ERROR) {
            status = GZ_NO_MEMORY;
            break;
        }
        *why = zs.msg ? zs.msg : "invalid data";
        status = GZ_CORRUPT;
        break;
    }
    inflateEnd(&zs);
    if (status == GZ_OK && used > cap)
        status = GZ_TOO_BIG;
    if (status != GZ_OK) {
        free(buf);
        return status;
    }
    *out = buf;
    *out_len = used;
    return GZ_OK;
}

/* Opens an input for reading: a regular file, never blocked on (a FIFO
 * named as an input is refused, not waited for). With nofollow, a symlink
 * is not opened: -1 with errno ELOOP and nothing said (the caller opens it
 * again, following it). */
static int open_input(const char *path, const char *name, lkj_diags *d, int *fd, struct stat *st, int nofollow)
{
    *fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (nofollow ? O_NOFOLLOW : 0));
    if (*fd < 0) {
        if (nofollow && errno == ELOOP)
            return -1;
        return emit_io(d, name, errno);
    }
    if (fstat(*fd, st) != 0) {
        int err = errno;
        close(*fd);
        return emit_io(d, name, err);
    }
    if (!S_ISREG(st->st_mode)) {
        close(*fd);
        diag_loc loc = {name, 0, 0};
        DIAG(d, D_NOT_REGULAR, &loc, name);
        return LKJ_EXIT_IO;
    }
    return LKJ_EXIT_OK;
}

int load_open_input(const char *path, const char *name, lkj_diags *d, int *fd, struct stat *st, int *is_link)
{
    *is_link = 0;
    int rc = open_input(path, name, d, fd, st, 1);
    if (rc != -1)
        return rc;
    *is_link = 1;
    return open_input(path, name, d, fd, st, 0);
}

/* Every byte of fd within the limit: an LKJ_EXIT_* status. */
static int read_within(int fd, const lkj_limits *limits, const char *name, unsigned char **raw, size_t *raw_len,
                       lkj_diags *d)
{
    size_t cap = limits->max_input_bytes;
    *raw = NULL;
    *raw_len = 0;
    int err = 0;
    if (read_all(fd, cap, raw, raw_len, &err) != 0) {
        if (err == ENOMEM) {
            diag_loc loc = {name, 0, 0};
            DIAG0(d, D_NO_MEMORY, &loc);
            return LKJ_EXIT_IO;
        }
        return emit_io(d, name, err);
    }
    if (*raw_len > cap) {
        free(*raw);
        *raw = NULL;
        *raw_len = 0;
        emit_size(d, D_IO_TOO_BIG, name, cap);
        return LKJ_EXIT_PROBLEMS;
    }
    return LKJ_EXIT_OK;
}

int load_read_fd(int fd, const lkj_limits *limits, const char *name, unsigned char **raw, size_t *raw_len,
                 lkj_diags *d)
{
    /* Regular files never block; clear O_NONBLOCK for plain reads. */
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return read_within(fd, limits, name, raw, raw_len, d);
}

int load_read_raw(const char *path, FILE *stream, const lkj_limits *limits, const char *name, unsigned char **raw,
                  size_t *raw_len, lkj_diags *d)
{
    *raw = NULL;
    *raw_len = 0;
    if (!path)
        return read_within(fileno(stream), limits, name, raw, raw_len, d);
    int fd;
    struct stat st;
    int rc = open_input(path, name, d, &fd, &st, 0);
    if (rc != LKJ_EXIT_OK)
        return rc;
    rc = load_read_fd(fd, limits, name, raw, raw_len, d);
    close(fd);
    return rc;
}

int load_decode(unsigned char *raw, size_t raw_len, const lkj_limits *limits, load_doc *ld, lkj_diags *d)
{
    size_t cap = limits->max_input_bytes;
    int named_gz = has_suffix(ld->name, ".gz");
    if (!is_gzip(raw, raw_len)) {
        if (named_gz) {
            free(raw);
            diag_loc loc = {ld->name, 0, 0};
            DIAG0(d, D_GZ_NOT_GZIP, &loc);
            return LKJ_EXIT_PROBLEMS;
        }
        ld->bytes = raw;
        ld->len = raw_len;
        return LKJ_EXIT_OK;
    }
    const char *why = "";
    unsigned char *plain = NULL;
    size_t plain_len = 0;
    gz_status gs = gunzip(raw, raw_len, cap, &plain, &plain_len, &why);
    free(raw);
    diag_loc loc = {ld->name, 0, 0};
    switch (gs) {
    case GZ_OK:
        ld->bytes = plain;
        ld->len = plain_len;
        return LKJ_EXIT_OK;
    case GZ_TRUNCATED:
        DIAG0(d, D_GZ_TRUNCATED, &loc);
        return LKJ_EXIT_PROBLEMS;
    case GZ_CORRUPT:
        DIAG(d, D_GZ_CORRUPT, &loc, why);
        return LKJ_EXIT_PROBLEMS;
    case GZ_TOO_BIG:
        emit_size(d, D_GZ_TOO_BIG, ld->name, cap);
        return LKJ_EXIT_PROBLEMS;
    case GZ_NO_MEMORY:
        break;
    }
    DIAG0(d, D_NO_MEMORY, &loc);
    return LKJ_EXIT_IO;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

typedef struct parse_state {
    load_doc *ld;
    lkj_diags *diags;
    startElementNsSAX2Func sax_start; /* libxml2's own tree builder */
    const xmlChar *known_uri;         /* last namespace seen not to be XInclude */
    unsigned long memory_failures;    /* load_memory_failures() before parsing */
    int stopped;                      /* a DOCTYPE stopped the parser */
    int failed;                       /* an error was reported */
    void *user;                       /* load_parse_events: the caller's state */
} parse_state;

static int is_xinclude_uri(const xmlChar *uri)
{
    return strcmp((const char *)uri, "http://www.w3.org/2001/XInclude") == 0 ||
           strcmp((const char *)uri, "http://www.w3.org/2003/XInclude") == 0;
}

/* Keeps, on every element, the byte offset where its start tag ends, so
 * that position.c can find the tag (and its attributes) in the source; and
 * notes the first XInclude element (namespace URIs come from the parser's
 * dictionary, so one pointer comparison per element is enough). */
static void on_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                             int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *st = ctxt->_private;
    st->sax_start(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                  nb_defaulted, attributes);
    if (ctxt->node && ctxt->input) {
        size_t offset = (size_t)ctxt->input->consumed + (size_t)(ctxt->input->cur - ctxt->input->base);
        ctxt->node->_private = (void *)(uintptr_t)(offset + 1);
    }
    if (uri && uri != st->known_uri) {
        if (!is_xinclude_uri(uri))
            st->known_uri = uri;
        else if (!st->ld->xinclude)
            st->ld->xinclude = ctxt->node;
    }
}

static size_t current_offset(xmlParserCtxtPtr ctxt)
{
    return (size_t)ctxt->input->consumed + (size_t)(ctxt->input->cur - ctxt->input->base);
}

/* Called when "<!DOCTYPE name ..." has been read and before any internal
 * subset: the earliest point to refuse it. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id,
                       const xmlChar *system_id)
{
    (void)name;
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr ctxt = ctx;
    parse_state *st = ctxt->_private;
    diag_loc loc;
    pos_of_construct(st->ld, current_offset(ctxt), "<!DOCTYPE", &loc);
    DIAG0(st->diags, D_XML_DOCTYPE, &loc);
    st->stopped = 1;
    st->failed = 1;
    xmlStopParser(ctxt);
}

typedef struct syntax_text {
    int code;
    const char *detail[2];
    const char *hint[2];
} syntax_text;

/* libxml2 well-formedness errors in the planners' words. {s1}/{s2} are
 * not used: details that need the names are built in describe_syntax. */
static const syntax_text syntax_texts[] = {
    {XML_ERR_DOCUMENT_EMPTY, {"tidak diawali elemen XML ('<' tidak ditemukan)", "it does not start with an XML element ('<' not found)"},
     {"berkas ini bukan XML; submisi diawali <?xml …?> atau <submisi …>", "this file is not XML; a submission starts with <?xml …?> or <submisi …>"}},
    {XML_ERR_DOCUMENT_END, {"ada isi setelah elemen akar ditutup", "there is content after the root element was closed"},
     {"satu berkas hanya memuat satu elemen akar <submisi>", "a file holds exactly one root element <submisi>"}},
    {XML_ERR_EXTRA_CONTENT, {"ada isi setelah elemen akar ditutup", "there is content after the root element was closed"},
     {"satu berkas hanya memuat satu elemen akar <submisi>", "a file holds exactly one root element <submisi>"}},
    {XML_ERR_ATTRIBUTE_NOT_STARTED, {"nilai atribut harus diapit tanda kutip", "an attribute value must be in quotes"},
     {"tulis atribut sebagai nama=\"nilai\"", "write attributes as name=\"value\""}},
    {XML_ERR_ATTRIBUTE_WITHOUT_VALUE, {"atribut tanpa nilai", "an attribute has no value"},
     {"tulis atribut sebagai nama=\"nilai\"", "write attributes as name=\"value\""}},
    {XML_ERR_LT_IN_ATTRIBUTE, {"karakter '<' di dalam nilai atribut", "a '<' character inside an attribute value"},
     {"kemungkinan tanda kutip penutup hilang sebelum titik ini; '<' di dalam nilai ditulis &lt;",
      "a closing quote is probably missing before this point; a '<' inside a value is written &lt;"}},
    {XML_ERR_ATTRIBUTE_REDEFINED, {"atribut yang sama ditulis dua kali", "the same attribute is written twice"},
     {"hapus salah satunya", "remove one of them"}},
    {XML_ERR_NAME_REQUIRED, {"karakter '&' yang tidak di-escape", "an unescaped '&' character"},
     {"tulis '&' sebagai &amp; (misalnya \"Sarana &amp; Prasarana\")", "write '&' as &amp; (e.g. \"Sarana &amp; Prasarana\")"}},
    {XML_ERR_ENTITYREF_SEMICOL_MISSING, {"karakter '&' yang tidak di-escape", "an unescaped '&' character"},
     {"tulis '&' sebagai &amp; (misalnya \"Sarana &amp; Prasarana\")", "write '&' as &amp; (e.g. \"Sarana &amp; Prasarana\")"}},
    {XML_ERR_GT_REQUIRED, {"tag pembuka tidak ditutup dengan '>'", "a start tag is not closed with '>'"},
     {"periksa tanda kutip dan '>' pada tag ini", "check the quotes and the '>' of this tag"}},
    {XML_ERR_TAG_NOT_FINISHED, {"berkas berakhir sebelum semua elemen ditutup", "the file ends before every element is closed"},
     {"berkas mungkin terpotong; periksa tag penutup di akhir berkas", "the file may be truncated; check the closing tags at its end"}},
    {XML_ERR_LT_REQUIRED, {"tag tidak lengkap", "an incomplete tag"},
     {"periksa tag di sekitar posisi ini", "check the tags around this position"}},
};

static const syntax_text *find_syntax_text(int code)
{
    for (size_t i = 0; i < sizeof syntax_texts / sizeof syntax_texts[0]; i++)
        if (syntax_texts[i].code == code)
            return &syntax_texts[i];
    return NULL;
}

/* Trims libxml2's trailing newline for the fallback message. */
static void copy_message(char *out, size_t size, const char *msg)
{
    snprintf(out, size, "%s", msg ? msg : "");
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == ' '))
        out[--n] = '\0';
}

static void report_parse_error(parse_state *st, xmlErrorPtr e)
{
    lkj_diags *d = st->diags;
    diag_loc loc = {st->ld->name, e->line > 0 ? (unsigned long)e->line : 0,
                    e->int2 > 0 ? (unsigned long)e->int2 : 0};
    int l = lkj_diags_lang(d) == LKJ_LANG_EN;
    char buf[512];
    switch (e->code) {
    case XML_ERR_INVALID_CHAR:
        if (e->message && strstr(e->message, "UTF-8")) {
            /* libxml2 puts the offending bytes in str1: "Bytes: 0xC0 0xAF ..." */
            char bytes[32] = "";
            if (e->str1 && strncmp(e->str1, "Bytes: ", 7) == 0)
                snprintf(bytes, sizeof bytes, " (%.9s)", e->str1 + 7);
            snprintf(buf, sizeof buf, l ? "a byte sequence that is not valid UTF-8%s" : "urutan byte bukan UTF-8 yang sah%s",
                     bytes);
            diag_emit(d, D_XML_ENCODING, &loc, e->code, buf, (const char *)NULL);
            return;
        }
        copy_message(buf, sizeof buf, e->message);
        diag_emit(d, D_XML_ENCODING, &loc, e->code, buf, (const char *)NULL);
        return;
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_ERR_ENCODING_NAME:
    case XML_I18N_CONV_FAILED:
        copy_message(buf, sizeof buf, e->message);
        diag_emit(d, D_XML_ENCODING, &loc, e->code, buf, (const char *)NULL);
        return;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_PE_INTERNAL:
        if (e->str1 && loc.line) {
            /* libxml2 stops after the ';': point at the '&'. */
            char ref[160];
            snprintf(ref, sizeof ref, "&%.150s;", e->str1);
            pos_of_construct(st->ld, pos_offset_of(st->ld, loc.line, loc.column), ref, &loc);
        }
        diag_emit(d, D_XML_ENTITY, &loc, e->code, e->str1 ? e->str1 : "?", (const char *)NULL);
        return;
    case XML_ERR_INTERNAL_ERROR:
        if (e->message && strstr(e->message, "depth")) {
            diag_emit(d, D_XML_DEPTH, &loc, e->code, "256", (const char *)NULL);
            return;
        }
        break;
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_NO_MEMORY:
        if (e->message && (strstr(e->message, "too long") || strstr(e->message, "huge"))) {
            diag_emit(d, D_XML_HUGE, &loc, e->code, (const char *)NULL);
            return;
        }
        break;
    case XML_ERR_TAG_NAME_MISMATCH: {
        char hint[256];
        snprintf(buf, sizeof buf,
                 l ? "the element <%s> (line %d) is closed by </%s>" : "elemen <%s> (baris %d) ditutup dengan </%s>",
                 e->str1 ? e->str1 : "?", e->int1, e->str2 ? e->str2 : "?");
        snprintf(hint, sizeof hint, l ? "close <%s> with </%s>, or remove the stray </%s>"
                                      : "tutup <%s> dengan </%s>, atau hapus </%s> yang berlebih",
                 e->str1 ? e->str1 : "?", e->str1 ? e->str1 : "?", e->str2 ? e->str2 : "?");
        diag_emit(d, D_XML_SYNTAX, &loc, e->code, buf, hint, (const char *)NULL);
        return;
    }
    default:
        if (e->domain == XML_FROM_NAMESPACE) {
            snprintf(buf, sizeof buf, l ? "the namespace prefix '%s' is not declared" : "awalan namespace '%s' tidak dideklarasikan",
                     e->str1 ? e->str1 : "?");
            diag_emit(d, D_XML_SYNTAX, &loc, e->code, buf,
                      diag_text(d, "deklarasikan dengan xmlns:awalan=\"…\" atau hapus awalannya",
                                "declare it with xmlns:prefix=\"…\" or drop the prefix"),
                      (const char *)NULL);
            return;
        }
        break;
    }
    const syntax_text *t = find_syntax_text(e->code);
    if (t) {
        diag_emit(d, D_XML_SYNTAX, &loc, e->code, t->detail[l], t->hint[l], (const char *)NULL);
        return;
    }
    copy_message(buf, sizeof buf, e->message);
    diag_emit(d, D_XML_SYNTAX, &loc, e->code, buf,
              diag_text(d, "periksa tag dan tanda kutip di sekitar posisi ini",
                        "check the tags and quotes around this position"),
              (const char *)NULL);
}

/* libxml2 goes on reporting consequences of the first fatal error; only the
 * first is the user's mistake, so later ones are dropped. */
static void on_parse_error(void *data, xmlErrorPtr e)
{
    xmlParserCtxtPtr ctxt = data;
    parse_state *st = ctxt ? ctxt->_private : NULL;
    if (!st || st->stopped)
        return;
    if (xml_failures != st->memory_failures)
        return; /* out of memory, not the user's mistake: load_parse says so */
    if (e->level == XML_ERR_WARNING && e->code != XML_WAR_UNDECLARED_ENTITY)
        return;
    if (st->failed)
        return;
    st->failed = 1;
    report_parse_error(st, e);
}

/* Position of the first NUL byte, or -1. UTF-16 and UTF-32 (recognised by
 * their byte order mark) contain NULs legitimately. */
static long first_nul(const unsigned char *b, size_t n)
{
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        return -1;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        return -1;
    const unsigned char *z = memchr(b, 0, n);
    return z ? (long)(z - b) : -1;
}

static int only_white_space(const unsigned char *b, size_t n)
{
    size_t i = 0;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        i = 3;
    for (; i < n; i++)
        if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n')
            return 0;
    return 1;
}

/* The encoding of the input when it is not UTF-8 (signalled by a UTF-16
 * byte order mark or declared in <?xml … encoding="…"?>), else 0. */
static int foreign_encoding(const unsigned char *b, size_t n, char *out, size_t size)
{
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
        snprintf(out, size, "UTF-16LE");
        return 1;
    }
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
        snprintf(out, size, "UTF-16BE");
        return 1;
    }
    size_t skip = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
    if (n < skip + 5 || memcmp(b + skip, "<?xml", 5) != 0)
        return 0;
    char decl[201];
    size_t head = n - skip < 200 ? n - skip : 200;
    memcpy(decl, b + skip, head);
    decl[head] = '\0';
    char *end = strstr(decl, "?>");
    if (end)
        *end = '\0';
    char *enc = strstr(decl, "encoding");
    if (!enc)
        return 0;
    enc += 8;
    while (*enc == ' ' || *enc == '=' || *enc == '\t')
        enc++;
    if (*enc != '"' && *enc != '\'')
        return 0;
    char quote = *enc++;
    size_t len = strcspn(enc, quote == '"' ? "\"" : "'");
    if (len == 0 || len >= size)
        return 0;
    memcpy(out, enc, len);
    out[len] = '\0';
    static const char *const utf8[] = {"UTF-8", "UTF8", "US-ASCII", "ASCII"};
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
        if (strcasecmp(out, utf8[i]) == 0)
            return 0;
    return 1;
}

/* Converts ld->bytes from encoding to UTF-8 with iconv, so that libxml2
 * parses UTF-8 (its byte offsets then index our bytes and every position
 * is exact). Invalid bytes are reported where they stand. */
static int transcode(load_doc *ld, const char *encoding, size_t cap, lkj_diags *d)
{
    diag_loc loc = {ld->name, 1, 1};
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == (iconv_t)-1) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 lkj_diags_lang(d) == LKJ_LANG_EN ? "the encoding '%.100s' is not supported" : "pengodean '%.100s' tidak didukung",
                 encoding);
        diag_emit(d, D_XML_ENCODING, &loc, XML_ERR_UNSUPPORTED_ENCODING, msg, (const char *)NULL);
        return LKJ_EXIT_PROBLEMS;
    }
    size_t capacity = ld->len * 2 + 16;
    unsigned char *out = malloc(capacity);
    char *in = (char *)ld->bytes;
    size_t in_left = ld->len, used = 0;
    int status = out ? LKJ_EXIT_OK : LKJ_EXIT_IO;
    while (status == LKJ_EXIT_OK && in_left > 0) {
        char *o = (char *)out + used;
        size_t out_left = capacity - used;
        size_t rc = iconv(cd, &in, &in_left, &o, &out_left);
        used = capacity - out_left;
        if (rc != (size_t)-1)
            break;
        if (errno == E2BIG) {
            if (capacity > cap * 2) {
                status = LKJ_EXIT_PROBLEMS;
                diag_loc whole = {ld->name, 0, 0};
                DIAG(d, D_IO_TOO_BIG, &whole, "2047");
                break;
            }
            unsigned char *grown = realloc(out, capacity * 2);
            if (!grown) {
                status = LKJ_EXIT_IO;
                break;
            }
            out = grown;
            capacity *= 2;
            continue;
        }
        /* EILSEQ or EINVAL: a byte sequence the encoding does not have. */
        pos_of_offset(ld, (size_t)(in - (char *)ld->bytes), &loc);
        char msg[200];
        snprintf(msg, sizeof msg,
                 lkj_diags_lang(d) == LKJ_LANG_EN ? "a byte sequence that is not valid %.100s (0x%02X)"
                                                  : "urutan byte bukan %.100s yang sah (0x%02X)",
                 encoding, (unsigned)(unsigned char)*in);
        diag_emit(d, D_XML_ENCODING, &loc, XML_I18N_CONV_FAILED, msg, (const char *)NULL);
        status = LKJ_EXIT_PROBLEMS;
    }
    iconv_close(cd);
    if (status == LKJ_EXIT_IO) {
        diag_loc whole = {ld->name, 0, 0};
        DIAG0(d, D_NO_MEMORY, &whole);
    }
    if (status != LKJ_EXIT_OK) {
        free(out);
        return status;
    }
    free(ld->bytes);
    free(ld->line_starts);
    ld->line_starts = NULL;
    ld->bytes = out;
    ld->len = used;
    return LKJ_EXIT_OK;
}

void *load_events_user(void *ctx)
{
    return ((parse_state *)((xmlParserCtxtPtr)ctx)->_private)->user;
}

void load_events_stop(void *ctx)
{
    xmlStopParser(ctx);
}

/* load_parse, and load_parse_events when ev is set (no tree: the caller's
 * callbacks see the document; ld->doc stays NULL). */
static int parse_bytes(load_doc *ld, const load_events *ev, void *user, lkj_diags *d)
{
    diag_loc loc = {ld->name, 0, 0};
    if (only_white_space(ld->bytes, ld->len)) {
        DIAG0(d, D_EMPTY, &loc);
        return LKJ_EXIT_PROBLEMS;
    }
    long nul = first_nul(ld->bytes, ld->len);
    if (nul >= 0) {
        pos_of_offset(ld, (size_t)nul, &loc);
        DIAG0(d, D_XML_NUL, &loc);
        return LKJ_EXIT_PROBLEMS;
    }
    char encoding[64];
    int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT;
    if (foreign_encoding(ld->bytes, ld->len, encoding, sizeof encoding)) {
        int rc = transcode(ld, encoding, ld->len > 0 ? ld->len : 1, d);
        if (rc != LKJ_EXIT_OK)
            return rc;
        options |= XML_PARSE_IGNORE_ENC; /* the bytes are UTF-8 now */
    }
    ld->offsets_exact = 1;
    if (ld->len > INT32_MAX) {
        DIAG(d, D_IO_TOO_BIG, &loc, "2047");
        return LKJ_EXIT_PROBLEMS;
    }
    unsigned long failures = xml_failures;
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt((const char *)ld->bytes, (int)ld->len);
    if (!ctxt) {
        DIAG0(d, D_NO_MEMORY, &loc);
        return LKJ_EXIT_IO;
    }
    xmlCtxtUseOptions(ctxt, options);
    parse_state st = {ld, d, ctxt->sax->startElementNs, NULL, failures, 0, 0, user};
    ctxt->_private = &st;
    ctxt->sax->startElementNs = on_start_element;
    if (ev) { /* the caller's events instead of libxml2's tree builder */
        ctxt->sax->startDocument = NULL;
        ctxt->sax->endDocument = NULL;
        ctxt->sax->startElementNs = ev->start;
        ctxt->sax->endElementNs = ev->end;
        ctxt->sax->characters = ev->characters;
        ctxt->sax->ignorableWhitespace = ev->characters;
        ctxt->sax->cdataBlock = ev->characters;
        ctxt->sax->reference = NULL;
        ctxt->sax->comment = NULL;
        ctxt->sax->processingInstruction = NULL;
    }
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->serror = on_parse_error;
    ctxt->sax->initialized = XML_SAX2_MAGIC;
    ctxt->vctxt.error = NULL;
    ctxt->vctxt.warning = NULL;

    xmlParseDocument(ctxt);

    xmlDocPtr doc = ctxt->myDoc;
    int oom = xml_failures != st.memory_failures;
    int ok = !oom && !st.failed && !st.stopped && ctxt->wellFormed &&
             (ev ? !doc && ctxt->errNo != XML_ERR_USER_STOP : doc && xmlDocGetRootElement(doc));
    if (oom) {
        DIAG0(d, D_NO_MEMORY, &loc);
    } else if (!ok && !st.failed && !(ev && ctxt->errNo == XML_ERR_USER_STOP)) {
        /* Stopped without a reported cause: never pass on a partial tree
         * (a caller of load_parse_events that stops the parse says why). */
        DIAG(d, D_XML_SYNTAX, &loc, diag_text(d, "dokumen tidak lengkap", "incomplete document"),
             diag_text(d, "periksa akhir berkas", "check the end of the file"));
    }
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    if (!ok) {
        xmlFreeDoc(doc);
        return oom ? LKJ_EXIT_IO : LKJ_EXIT_PROBLEMS;
    }
    ld->doc = doc;
    return LKJ_EXIT_OK;
}

int load_parse(load_doc *ld, lkj_diags *d)
{
    return parse_bytes(ld, NULL, NULL, d);
}

int load_parse_events(load_doc *ld, const load_events *ev, void *user, lkj_diags *d)
{
    return parse_bytes(ld, ev, user, d);
}

void load_doc_free(load_doc *ld)
{
    if (ld->doc)
        xmlFreeDoc(ld->doc);
    free(ld->bytes);
    free(ld->line_starts);
    memset(ld, 0, sizeof *ld);
}

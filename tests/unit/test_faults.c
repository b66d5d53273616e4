/*
 * test_faults.c — issue 11: a build that fails or is killed must leave the
 * output folder exactly as it was, byte for byte, or holding a complete new
 * build, and the next run must equal a clean build.
 *
 * The Makefile links this test alone with -Wl,--wrap= for every call that
 * lkjip's code makes to write its output (FAULT_CALLS there; every class
 * below). Each wrapper counts its call only while armed and only when the
 * call touches the folder the test watches: a path under it, or a
 * descriptor whose /proc/self/fd link is under it, which covers the *at
 * calls and the calls on descriptors, directories' included. So reading the
 * inputs or the stylesheets, and writing stdout, are never counted (the
 * self-test watches the inputs instead, once). Calls are numbered across
 * all the classes counted, in the order they happen; with -j 1 the reader
 * thread and the main thread can still interleave, so two runs may number
 * a few calls differently (the call that failed is always named). At the
 * N-th call:
 *   fail  the call is not made and returns what the real one returns on
 *         error (-1; NULL; 0 from fwrite; close and fclose still release
 *         the descriptor, as Linux does), with ENOSPC when the call could
 *         take space (writing, naming, creating what is not there yet)
 *         and EIO otherwise (syncing, closing, removing, opening to read,
 *         creating a file that exists); mkdir and mkdirat of a folder that
 *         exists are not counted at all (NEW_DIR says why);
 *   kill  raise(SIGKILL) instead of the call. Only rename, renameat,
 *         renameat2, link, linkat, unlink, unlinkat, rmdir, fsync,
 *         fdatasync and syncfs are counted: the steps a commit is made of.
 * Every build is cli_main in a forked child (global state stays apart, a
 * killed child simply dies, a hung one is stopped by alarm), armed only
 * while cli_main runs: the test's own copies and comparisons never are.
 *
 * Sweeps (make faults runs them in full; make check runs the self-test, or
 * the bounded sweeps when FAULTS_CHECK says so in the Makefile):
 *   fault  OUT holds a good build; one realisasi in one OPD file changes;
 *          for N = 1, 2, … a build whose N-th call fails, until a build
 *          does not reach N. After each, OUT must equal the previous build
 *          (and the run must have said 3) or a clean build of the changed
 *          inputs (made once, in a fresh folder); then a normal run must
 *          give exactly that clean build and leave nothing temporary.
 *   kill   the same, the N-th call killing the build; then the inputs are
 *          reverted and a normal run must give the clean build of the
 *          original inputs.
 * A snapshot is every path under a folder with its type, permission bits
 * and the SHA-256 of its bytes (of a symbolic link: its target). Inside
 * OUT nothing is left out (lkjip before 0.2 kept its cache and lock there,
 * .lkjip-cache/ and .lkjip.lock: still skipped, should an old folder be
 * swept; the state is now .OUT.lkjip/ beside OUT). "Nothing temporary" means OUT's siblings are those a
 * clean build leaves (its state folder), and no name under OUT's parent
 * holds ".tmp.", "lkjip-new", "lkjip-old" or ".lkjip-models." (extend
 * looks_temporary when the commit names its temporaries otherwise).
 *
 *   build/check/test_faults                 the self-test of the wrappers
 *   build/check/test_faults --bounded       and both sweeps, bounded
 *   build/check/test_faults --full          and both sweeps, in full
 * Options: --mode fault|kill, --formats LIST, --from N, --to N, --stride K,
 * --workspace small|samples, --keep (keep the temporary folder), --verbose
 * (a line per N, good or not). LKJIP_FAULTS=self-test|bounded|full in the
 * environment chooses when no option does.
 */
#define _GNU_SOURCE /* renameat2, syncfs, O_TMPFILE, nftw */
#include "unit.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <nettle/sha2.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* ------------------------------------------------------------------ */
/* The classes of calls                                                */
/* ------------------------------------------------------------------ */

#define CLASSES(X)                                                                                                \
    X(C_OPEN, "open") X(C_OPENAT, "openat") X(C_CREAT, "creat") X(C_WRITE, "write") X(C_PWRITE, "pwrite")          \
    X(C_FSYNC, "fsync") X(C_FDATASYNC, "fdatasync") X(C_SYNCFS, "syncfs") X(C_RENAME, "rename")                    \
    X(C_RENAMEAT, "renameat") X(C_RENAMEAT2, "renameat2") X(C_MKDIR, "mkdir") X(C_MKDIRAT, "mkdirat")              \
    X(C_LINK, "link") X(C_LINKAT, "linkat") X(C_UNLINK, "unlink") X(C_UNLINKAT, "unlinkat") X(C_RMDIR, "rmdir")    \
    X(C_CLOSE, "close") X(C_FOPEN, "fopen") X(C_FWRITE, "fwrite") X(C_FCLOSE, "fclose")                            \
    X(C_FTRUNCATE, "ftruncate") X(C_MKSTEMP, "mkstemp") X(C_MKOSTEMP, "mkostemp")

#define CLASS_ENUM(id, name) id,
#define CLASS_NAME(id, name) [id] = name,
enum { CLASSES(CLASS_ENUM) CLASS_COUNT };
static const char *const class_names[CLASS_COUNT] = {CLASSES(CLASS_NAME)};

#define BIT(c) (1u << (c))
#define ALL_CLASSES ((1u << CLASS_COUNT) - 1)
/* The steps of a commit: where a kill tells the most. */
#define KILL_CLASSES                                                                                              \
    (BIT(C_RENAME) | BIT(C_RENAMEAT) | BIT(C_RENAMEAT2) | BIT(C_LINK) | BIT(C_LINKAT) | BIT(C_UNLINK) |            \
     BIT(C_UNLINKAT) | BIT(C_RMDIR) | BIT(C_FSYNC) | BIT(C_FDATASYNC) | BIT(C_SYNCFS))
#define WRITE_CLASSES (BIT(C_WRITE) | BIT(C_PWRITE) | BIT(C_FWRITE))
#define RENAME_CLASSES (BIT(C_RENAME) | BIT(C_RENAMEAT) | BIT(C_RENAMEAT2) | BIT(C_LINKAT))

/* ------------------------------------------------------------------ */
/* The plan (set before fork, armed in the child) and the record       */
/* ------------------------------------------------------------------ */

enum { PLAN_NONE, PLAN_COUNT, PLAN_FAIL, PLAN_KILL };

typedef struct plan {
    int mode;             /* PLAN_* */
    unsigned long at;     /* the counted call that fails or kills (1-based) */
    int sticky;           /* every counted call from `at` on fails: a disk that stays full */
    unsigned classes;     /* BIT(C_*) of the classes counted */
    char root[PATH_MAX];  /* only calls under it are counted */
} plan;

/* What the child did, in memory shared with the parent: it survives a
 * SIGKILL. */
typedef struct record {
    atomic_ulong calls;                  /* counted calls */
    atomic_ulong per_class[CLASS_COUNT];
    atomic_ulong fired;                  /* calls failed (or the one killed at) */
    int first_class, first_errno;        /* the first of them */
    char first_call[1400];               /* "rename(site/out/a.tmp.x, site/out/a)" */
} record;

static plan the_plan;        /* copied into each child by fork */
static int armed;            /* in the child, while cli_main runs */
static record *shared;       /* MAP_SHARED */
static char shown_prefix[PATH_MAX]; /* stripped from the paths printed */

static int is_under(const char *path, const char *root)
{
    size_t n = strlen(root);
    return n > 0 && strncmp(path, root, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/* The path a descriptor stands for ("… (deleted)" for an unlinked file). */
static void fd_path(int fd, char *out, size_t size)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, out, size - 1);
    out[n < 0 ? 0 : n] = '\0';
}

/* path as the kernel resolves it against dirfd (not following links). */
static void at_path(int dirfd, const char *path, char *out, size_t size)
{
    if (path && path[0] == '/') {
        snprintf(out, size, "%s", path);
        return;
    }
    char base[PATH_MAX] = "";
    if (dirfd == AT_FDCWD) {
        if (!getcwd(base, sizeof base))
            base[0] = '\0';
    } else {
        fd_path(dirfd, base, sizeof base);
    }
    if (snprintf(out, size, "%s%s%s", base, path && *path ? "/" : "", path ? path : "") >= (int)size)
        out[0] = '\0';
}

static const char *shown(const char *path)
{
    size_t n = strlen(shown_prefix);
    return n && strncmp(path, shown_prefix, n) == 0 && path[n] == '/' ? path + n + 1 : path;
}

/* Keeps the first failed call for the report. */
static void note_first(int c, int err, const char *a, const char *b)
{
    shared->first_class = c;
    shared->first_errno = err;
    snprintf(shared->first_call, sizeof shared->first_call, "%s(%s%s%s)", class_names[c], shown(a), b ? ", " : "",
             b ? shown(b) : "");
}

/* The fate of a counted call of class c on a (and b): 0 to make it, else
 * the errno it fails with; in kill mode the process dies here. */
static int fate(int c, const char *a, const char *b, int takes_space)
{
    if (!is_under(a, the_plan.root) && !(b && is_under(b, the_plan.root)))
        return 0;
    atomic_fetch_add(&shared->per_class[c], 1);
    unsigned long n = atomic_fetch_add(&shared->calls, 1) + 1;
    if (the_plan.mode < PLAN_FAIL || n < the_plan.at || (n > the_plan.at && !the_plan.sticky))
        return 0;
    int err = takes_space ? ENOSPC : EIO;
    if (atomic_fetch_add(&shared->fired, 1) == 0)
        note_first(c, err, a, b);
    if (the_plan.mode == PLAN_KILL)
        raise(SIGKILL);
    return err;
}

static int counted(int c) { return armed && (the_plan.classes & BIT(c)); }

/* As takes_space: IF_NEW, creating a file that exists takes no space, so
 * such a call fails with EIO only; NEW_DIR, a folder that exists is
 * answered EEXIST from the directory cache, so that call is not counted
 * (output_make_dirs makes every parent of every file: counting those would
 * add hundreds of calls that fail the same way as the call after them). */
enum { IF_NEW = -1, NEW_DIR = -2 };

/* A call on one or two paths (dirfd AT_FDCWD for the plain calls). */
static int path_fate(int c, int dirfd, const char *path, int dirfd2, const char *path2, int takes_space)
{
    if (!counted(c))
        return 0;
    int saved = errno;
    struct stat st;
    int exists = takes_space < 0 && fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0;
    if (exists && takes_space == NEW_DIR) {
        errno = saved;
        return 0;
    }
    if (takes_space < 0)
        takes_space = !exists;
    char a[PATH_MAX], b[PATH_MAX];
    at_path(dirfd, path, a, sizeof a);
    if (path2)
        at_path(dirfd2, path2, b, sizeof b);
    int err = fate(c, a, path2 ? b : NULL, takes_space);
    errno = saved;
    return err;
}

static int fd_fate(int c, int fd, int takes_space)
{
    if (!counted(c))
        return 0;
    int saved = errno;
    char a[PATH_MAX];
    fd_path(fd, a, sizeof a);
    int err = fate(c, a, NULL, takes_space);
    errno = saved;
    return err;
}

/* open's third argument is there only with O_CREAT or O_TMPFILE. */
static int needs_mode(int flags) { return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE; }

/* Whether an open can take space: a new file, named or not. */
static int open_takes_space(int flags)
{
    return (flags & O_TMPFILE) == O_TMPFILE ? 1 : (flags & O_CREAT) ? IF_NEW : 0;
}

/* ------------------------------------------------------------------ */
/* The wrappers                                                        */
/* ------------------------------------------------------------------ */

int __real_open(const char *path, int flags, ...);
int __real_openat(int dirfd, const char *path, int flags, ...);
int __real_creat(const char *path, mode_t mode);
ssize_t __real_write(int fd, const void *data, size_t length);
ssize_t __real_pwrite(int fd, const void *data, size_t length, off_t offset);
int __real_fsync(int fd);
int __real_fdatasync(int fd);
int __real_syncfs(int fd);
int __real_rename(const char *from, const char *to);
int __real_renameat(int fromfd, const char *from, int tofd, const char *to);
int __real_renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags);
int __real_mkdir(const char *path, mode_t mode);
int __real_mkdirat(int dirfd, const char *path, mode_t mode);
int __real_link(const char *from, const char *to);
int __real_linkat(int fromfd, const char *from, int tofd, const char *to, int flags);
int __real_unlink(const char *path);
int __real_unlinkat(int dirfd, const char *path, int flags);
int __real_rmdir(const char *path);
int __real_close(int fd);
FILE *__real_fopen(const char *path, const char *mode);
size_t __real_fwrite(const void *data, size_t size, size_t n, FILE *f);
int __real_fclose(FILE *f);
int __real_ftruncate(int fd, off_t length);
int __real_mkstemp(char *template);
int __real_mkostemp(char *template, int flags);

int __wrap_open(const char *path, int flags, ...);
int __wrap_openat(int dirfd, const char *path, int flags, ...);
int __wrap_creat(const char *path, mode_t mode);
ssize_t __wrap_write(int fd, const void *data, size_t length);
ssize_t __wrap_pwrite(int fd, const void *data, size_t length, off_t offset);
int __wrap_fsync(int fd);
int __wrap_fdatasync(int fd);
int __wrap_syncfs(int fd);
int __wrap_rename(const char *from, const char *to);
int __wrap_renameat(int fromfd, const char *from, int tofd, const char *to);
int __wrap_renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags);
int __wrap_mkdir(const char *path, mode_t mode);
int __wrap_mkdirat(int dirfd, const char *path, mode_t mode);
int __wrap_link(const char *from, const char *to);
int __wrap_linkat(int fromfd, const char *from, int tofd, const char *to, int flags);
int __wrap_unlink(const char *path);
int __wrap_unlinkat(int dirfd, const char *path, int flags);
int __wrap_rmdir(const char *path);
int __wrap_close(int fd);
FILE *__wrap_fopen(const char *path, const char *mode);
size_t __wrap_fwrite(const void *data, size_t size, size_t n, FILE *f);
int __wrap_fclose(FILE *f);
int __wrap_ftruncate(int fd, off_t length);
int __wrap_mkstemp(char *template);
int __wrap_mkostemp(char *template, int flags);

/* Sets errno and gives the error return. */
static int failed(int err)
{
    errno = err;
    return -1;
}

/* lkjip calls syscall() for openat2 alone (output.c opens a folder with
 * it): an openat for the sweeps. */
long __real_syscall(long number, ...);
long __wrap_syscall(long number, ...);
long __wrap_syscall(long number, ...)
{
    if (number != SYS_openat2)
        abort(); /* a new use of syscall(): wrap it here */
    va_list ap;
    va_start(ap, number);
    long dirfd = va_arg(ap, long);
    const char *path = va_arg(ap, const char *);
    void *how = va_arg(ap, void *);
    size_t size = va_arg(ap, size_t);
    va_end(ap);
    int err = path_fate(C_OPENAT, (int)dirfd, path, AT_FDCWD, NULL, 0);
    return err ? failed(err) : __real_syscall(number, dirfd, path, how, size);
}

int __wrap_open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (needs_mode(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    int err = path_fate(C_OPEN, AT_FDCWD, path, AT_FDCWD, NULL, open_takes_space(flags));
    return err ? failed(err) : __real_open(path, flags, mode);
}

int __wrap_openat(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (needs_mode(flags)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    int err = path_fate(C_OPENAT, dirfd, path, AT_FDCWD, NULL, open_takes_space(flags));
    return err ? failed(err) : __real_openat(dirfd, path, flags, mode);
}

int __wrap_creat(const char *path, mode_t mode)
{
    int err = path_fate(C_CREAT, AT_FDCWD, path, AT_FDCWD, NULL, IF_NEW);
    return err ? failed(err) : __real_creat(path, mode);
}

ssize_t __wrap_write(int fd, const void *data, size_t length)
{
    int err = fd_fate(C_WRITE, fd, 1);
    return err ? failed(err) : __real_write(fd, data, length);
}

ssize_t __wrap_pwrite(int fd, const void *data, size_t length, off_t offset)
{
    int err = fd_fate(C_PWRITE, fd, 1);
    return err ? failed(err) : __real_pwrite(fd, data, length, offset);
}

int __wrap_fsync(int fd)
{
    int err = fd_fate(C_FSYNC, fd, 0);
    return err ? failed(err) : __real_fsync(fd);
}

int __wrap_fdatasync(int fd)
{
    int err = fd_fate(C_FDATASYNC, fd, 0);
    return err ? failed(err) : __real_fdatasync(fd);
}

int __wrap_syncfs(int fd)
{
    int err = fd_fate(C_SYNCFS, fd, 0);
    return err ? failed(err) : __real_syncfs(fd);
}

int __wrap_rename(const char *from, const char *to)
{
    int err = path_fate(C_RENAME, AT_FDCWD, from, AT_FDCWD, to, 1);
    return err ? failed(err) : __real_rename(from, to);
}

int __wrap_renameat(int fromfd, const char *from, int tofd, const char *to)
{
    int err = path_fate(C_RENAMEAT, fromfd, from, tofd, to, 1);
    return err ? failed(err) : __real_renameat(fromfd, from, tofd, to);
}

int __wrap_renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags)
{
    int err = path_fate(C_RENAMEAT2, fromfd, from, tofd, to, 1);
    return err ? failed(err) : __real_renameat2(fromfd, from, tofd, to, flags);
}

int __wrap_mkdir(const char *path, mode_t mode)
{
    int err = path_fate(C_MKDIR, AT_FDCWD, path, AT_FDCWD, NULL, NEW_DIR);
    return err ? failed(err) : __real_mkdir(path, mode);
}

int __wrap_mkdirat(int dirfd, const char *path, mode_t mode)
{
    int err = path_fate(C_MKDIRAT, dirfd, path, AT_FDCWD, NULL, NEW_DIR);
    return err ? failed(err) : __real_mkdirat(dirfd, path, mode);
}

int __wrap_link(const char *from, const char *to)
{
    int err = path_fate(C_LINK, AT_FDCWD, from, AT_FDCWD, to, 1);
    return err ? failed(err) : __real_link(from, to);
}

int __wrap_linkat(int fromfd, const char *from, int tofd, const char *to, int flags)
{
    int err = path_fate(C_LINKAT, fromfd, from, tofd, to, 1);
    return err ? failed(err) : __real_linkat(fromfd, from, tofd, to, flags);
}

int __wrap_unlink(const char *path)
{
    int err = path_fate(C_UNLINK, AT_FDCWD, path, AT_FDCWD, NULL, 0);
    return err ? failed(err) : __real_unlink(path);
}

int __wrap_unlinkat(int dirfd, const char *path, int flags)
{
    int err = path_fate(C_UNLINKAT, dirfd, path, AT_FDCWD, NULL, 0);
    return err ? failed(err) : __real_unlinkat(dirfd, path, flags);
}

int __wrap_rmdir(const char *path)
{
    int err = path_fate(C_RMDIR, AT_FDCWD, path, AT_FDCWD, NULL, 0);
    return err ? failed(err) : __real_rmdir(path);
}

/* A failed close has still released the descriptor (Linux). */
int __wrap_close(int fd)
{
    int err = fd_fate(C_CLOSE, fd, 0);
    int rc = __real_close(fd);
    return err ? failed(err) : rc;
}

FILE *__wrap_fopen(const char *path, const char *mode)
{
    int err = path_fate(C_FOPEN, AT_FDCWD, path, AT_FDCWD, NULL, strpbrk(mode, "wa+") ? IF_NEW : 0);
    if (!err)
        return __real_fopen(path, mode);
    errno = err;
    return NULL;
}

size_t __wrap_fwrite(const void *data, size_t size, size_t n, FILE *f)
{
    int err = fd_fate(C_FWRITE, fileno(f), 1);
    if (!err)
        return __real_fwrite(data, size, n, f);
    errno = err;
    return 0;
}

/* A failed fclose has still freed the stream. */
int __wrap_fclose(FILE *f)
{
    int err = fd_fate(C_FCLOSE, fileno(f), 1);
    int rc = __real_fclose(f);
    if (!err)
        return rc;
    errno = err;
    return EOF;
}

int __wrap_ftruncate(int fd, off_t length)
{
    int err = fd_fate(C_FTRUNCATE, fd, 1);
    return err ? failed(err) : __real_ftruncate(fd, length);
}

int __wrap_mkstemp(char *template)
{
    int err = path_fate(C_MKSTEMP, AT_FDCWD, template, AT_FDCWD, NULL, 1);
    return err ? failed(err) : __real_mkstemp(template);
}

int __wrap_mkostemp(char *template, int flags)
{
    int err = path_fate(C_MKOSTEMP, AT_FDCWD, template, AT_FDCWD, NULL, 1);
    return err ? failed(err) : __real_mkostemp(template, flags);
}

/* ------------------------------------------------------------------ */
/* Folders: copy, remove, snapshot, compare                            */
/* ------------------------------------------------------------------ */

static int join(char *out, size_t size, const char *a, const char *b)
{
    return snprintf(out, size, "%s/%s", a, b) < (int)size ? 0 : -1;
}

static int copy_file(const char *from, const char *to, mode_t mode)
{
    int in = open(from, O_RDONLY | O_CLOEXEC);
    int out = in < 0 ? -1 : open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 07777);
    char buf[65536];
    ssize_t got = 0;
    int ok = out >= 0;
    while (ok && (got = read(in, buf, sizeof buf)) > 0)
        ok = write(out, buf, (size_t)got) == got;
    ok = ok && got == 0;
    if (in >= 0)
        close(in);
    if (out >= 0 && close(out) != 0)
        ok = 0;
    return ok ? 0 : -1;
}

/* A faithful copy of a tree: types, permission bits, times. */
static int copy_tree(const char *from, const char *to)
{
    struct stat st;
    if (lstat(from, &st) != 0)
        return -1;
    int rc = 0;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = mkdir(to, 0700) == 0 ? opendir(from) : NULL;
        if (!d)
            return -1;
        for (struct dirent *e; rc == 0 && (e = readdir(d));) {
            char a[PATH_MAX], b[PATH_MAX];
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
                rc = join(a, sizeof a, from, e->d_name) || join(b, sizeof b, to, e->d_name) || copy_tree(a, b);
        }
        closedir(d);
        rc = rc || chmod(to, st.st_mode & 07777);
    } else if (S_ISLNK(st.st_mode)) {
        char target[PATH_MAX];
        ssize_t n = readlink(from, target, sizeof target - 1);
        target[n < 0 ? 0 : n] = '\0';
        rc = n < 0 || symlink(target, to) != 0;
    } else if (S_ISREG(st.st_mode)) {
        rc = copy_file(from, to, st.st_mode);
    }
    struct timespec times[2] = {st.st_atim, st.st_mtim};
    return rc || utimensat(AT_FDCWD, to, times, AT_SYMLINK_NOFOLLOW) != 0 ? -1 : 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void remove_tree(const char *path)
{
    nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

typedef struct entry {
    char *path;      /* relative to the snapshot's folder */
    char type;       /* d, f, l, or ? */
    unsigned mode;   /* permission bits */
    unsigned char digest[SHA256_DIGEST_SIZE];
} entry;

typedef struct snapshot {
    entry *v;
    size_t count, capacity;
    int failed;
} snapshot;

static void snapshot_free(snapshot *s)
{
    for (size_t i = 0; i < s->count; i++)
        free(s->v[i].path);
    free(s->v);
    memset(s, 0, sizeof *s);
}

static void digest_file(const char *path, unsigned char out[SHA256_DIGEST_SIZE], int *failed)
{
    struct sha256_ctx h;
    sha256_init(&h);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    unsigned char buf[65536];
    ssize_t got = 0;
    while (fd >= 0 && (got = read(fd, buf, sizeof buf)) > 0)
        sha256_update(&h, (size_t)got, buf);
    if (fd < 0 || got < 0)
        *failed = 1;
    if (fd >= 0)
        close(fd);
    sha256_digest(&h, SHA256_DIGEST_SIZE, out);
}

static entry *add_entry(snapshot *s, const char *rel)
{
    if (s->count == s->capacity) {
        size_t cap = s->capacity ? 2 * s->capacity : 64;
        entry *grown = realloc(s->v, cap * sizeof *grown);
        if (!grown)
            return NULL;
        s->v = grown;
        s->capacity = cap;
    }
    entry *e = &s->v[s->count];
    memset(e, 0, sizeof *e);
    if (!(e->path = strdup(rel)))
        return NULL;
    s->count++;
    return e;
}

static void snap_entry(snapshot *s, const char *path, const char *rel);

/* Every entry under dir (rel: its path in the snapshot), but the names in
 * skip (NULL-terminated), which are left out at this level only. */
static void snap_dir(snapshot *s, const char *dir, const char *rel, const char *const *skip)
{
    DIR *d = opendir(dir);
    if (!d) {
        s->failed = 1;
        return;
    }
    for (struct dirent *e; (e = readdir(d));) {
        int left_out = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
        for (size_t i = 0; skip && skip[i] && !left_out; i++)
            left_out = !strcmp(e->d_name, skip[i]);
        char path[PATH_MAX], sub[PATH_MAX];
        if (left_out)
            continue;
        if (join(path, sizeof path, dir, e->d_name) != 0 ||
            snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name) >= (int)sizeof sub)
            s->failed = 1;
        else
            snap_entry(s, path, sub);
    }
    closedir(d);
}

static void snap_entry(snapshot *s, const char *path, const char *rel)
{
    struct stat st;
    entry *e = lstat(path, &st) == 0 ? add_entry(s, rel) : NULL;
    if (!e) {
        s->failed = 1;
        return;
    }
    e->mode = st.st_mode & 07777;
    e->type = S_ISDIR(st.st_mode) ? 'd' : S_ISREG(st.st_mode) ? 'f' : S_ISLNK(st.st_mode) ? 'l' : '?';
    if (e->type == 'f') {
        digest_file(path, e->digest, &s->failed);
    } else if (e->type == 'l') {
        char target[PATH_MAX];
        ssize_t n = readlink(path, target, sizeof target);
        struct sha256_ctx h;
        sha256_init(&h);
        sha256_update(&h, n > 0 ? (size_t)n : 0, (const uint8_t *)target);
        sha256_digest(&h, SHA256_DIGEST_SIZE, e->digest);
        s->failed |= n < 0;
    }
    if (e->type == 'd')
        snap_dir(s, path, rel, NULL);
}

static int by_path(const void *x, const void *y)
{
    return strcmp(((const entry *)x)->path, ((const entry *)y)->path);
}

/* The cache and lock of lkjip before 0.2, inside OUT: state, not output. */
static const char *const out_state[] = {".lkjip-cache", ".lkjip.lock", NULL};

static void snapshot_take(snapshot *s, const char *dir, const char *const *skip)
{
    memset(s, 0, sizeof *s);
    snap_dir(s, dir, "", skip);
    qsort(s->v, s->count, sizeof *s->v, by_path);
}

/* Whether got equals want; if not, why names the first path that differs
 * (in byte order). */
static int snapshot_same(const snapshot *got, const snapshot *want, char *why, size_t size)
{
    if (got->failed || want->failed) {
        snprintf(why, size, "a folder could not be read whole");
        return 0;
    }
    for (size_t i = 0, j = 0; i < got->count || j < want->count; i++, j++) {
        int c = i == got->count ? 1 : j == want->count ? -1 : strcmp(got->v[i].path, want->v[j].path);
        if (c < 0) {
            snprintf(why, size, "extra %s", got->v[i].path);
            return 0;
        }
        if (c > 0) {
            snprintf(why, size, "missing %s", want->v[j].path);
            return 0;
        }
        const entry *g = &got->v[i], *w = &want->v[j];
        if (g->type != w->type)
            snprintf(why, size, "%s is of type %c, not %c", g->path, g->type, w->type);
        else if (g->mode != w->mode)
            snprintf(why, size, "%s has mode %04o, not %04o", g->path, g->mode, w->mode);
        else if (memcmp(g->digest, w->digest, sizeof g->digest) != 0)
            snprintf(why, size, "bytes of %s differ", g->path);
        else
            continue;
        return 0;
    }
    return 1;
}

/* The names a commit's temporaries have (today's and the new design's). */
static int looks_temporary(const char *name)
{
    return strstr(name, ".tmp.") || strstr(name, "lkjip-new") || strstr(name, "lkjip-old") ||
           strstr(name, ".lkjip-models.");
}

/* The first temporary under dir, state folders included, in found. */
static int find_temporary(const char *dir, char *found, size_t size)
{
    DIR *d = opendir(dir);
    int hit = 0;
    for (struct dirent *e; d && !hit && (e = readdir(d));) {
        char path[PATH_MAX];
        struct stat st;
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || join(path, sizeof path, dir, e->d_name) != 0)
            continue;
        if (looks_temporary(e->d_name)) {
            snprintf(found, size, "%s", shown(path));
            hit = 1;
        } else if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            hit = find_temporary(path, found, size);
        }
    }
    if (d)
        closedir(d);
    return hit;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* What is beside OUT in its parent, space-separated, in byte order. The
 * spare (.OUT.lkjip-spare, the tree published before OUT's) is left out:
 * whether a build kept one depends on the builds before it, not on what
 * failed; what it holds is tested where it counts, by the next build
 * (which reuses it) equalling a clean one. */
static void siblings(const char *parent, const char *out_name, char *list, size_t size)
{
    struct dirent **names;
    int n = scandir(parent, &names, NULL, by_name);
    char spare[300];
    snprintf(spare, sizeof spare, ".%s.lkjip-spare", out_name);
    list[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        size_t used = strlen(list);
        if (strcmp(name, ".") && strcmp(name, "..") && strcmp(name, out_name) && strcmp(name, spare))
            snprintf(list + used, size - used, "%s%s", used ? " " : "", name);
        free(names[i]);
    }
    if (n >= 0)
        free(names);
}

/* ------------------------------------------------------------------ */
/* Builds in a child                                                   */
/* ------------------------------------------------------------------ */

enum { CHILD_SECONDS = 300 }; /* a hung build is stopped (SIGALRM) */

typedef struct outcome {
    int status;       /* exit status, or -1 */
    int signal;       /* the signal that ended it, or 0 */
    int sanitizer;    /* a sanitizer report on its stderr */
    record rec;       /* what the wrappers saw */
    char said[400];   /* its first diagnostic, or its first line on stderr */
    char *out, *err;  /* its stdout and stderr */
} outcome;

/* The test's world: T (a temporary folder) and what is in it. */
typedef struct world {
    char tmp[PATH_MAX];      /* T */
    char ws[PATH_MAX];       /* T/ws: the workspace */
    char changed[PATH_MAX];  /* the OPD file that changes */
    char *original, *edited; /* its two versions */
    size_t original_length, edited_length;
    char site[PATH_MAX];     /* T/site: OUT's parent, the folder watched */
    char out[PATH_MAX];      /* T/site/out */
    char pristine[PATH_MAX]; /* T/pristine: T/site after a good build of the original inputs */
    char logs[PATH_MAX];     /* T/log: each child's stdout and stderr */
    char stylesheets[PATH_MAX];
    const char *formats;
    int keep;                /* keep every log (and T) */
    unsigned long builds;
    /* Clean builds: of the original inputs (the previous output) and of
     * the changed ones, each in a fresh folder. */
    struct clean {
        snapshot out;
        char siblings[1024];
        int status;
    } before, after;
} world;

static void outcome_free(outcome *o)
{
    free(o->out);
    free(o->err);
    o->out = o->err = NULL;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *data = f ? malloc(1 << 20) : NULL;
    size_t n = data ? fread(data, 1, (1 << 20) - 1, f) : 0;
    if (data)
        data[n] = '\0';
    if (f)
        fclose(f);
    return data;
}

static void first_line(const char *text, const char *holding, char *out, size_t size)
{
    const char *p = text && holding ? strstr(text, holding) : text;
    if (!p)
        return;
    while (p > text && p[-1] != '\n')
        p--;
    size_t n = strcspn(p, "\n");
    snprintf(out, size, "%.*s", (int)(n < size ? n : size - 1), p);
}

static void child(const world *w, const char *out_dir, const char *out_log, const char *err_log)
{
    int fo = open(out_log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int fe = open(err_log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fo < 0 || fe < 0 || dup2(fo, 1) < 0 || dup2(fe, 2) < 0)
        _exit(99);
    close(fo);
    close(fe);
    alarm(CHILD_SECONDS);
    char a0[] = "lkjip", a1[] = "build", a3[] = "-o", a5[] = "--format", a7[] = "--stylesheets", a9[] = "--quiet",
         a10[] = "-j", a11[] = "1";
    char ws[PATH_MAX], out[PATH_MAX], formats[64], stylesheets[PATH_MAX];
    snprintf(ws, sizeof ws, "%s", w->ws);
    snprintf(out, sizeof out, "%s", out_dir);
    snprintf(formats, sizeof formats, "%s", w->formats);
    snprintf(stylesheets, sizeof stylesheets, "%s", w->stylesheets);
    char *argv[] = {a0, a1, ws, a3, out, a5, formats, a7, stylesheets, a9, a10, a11, NULL};
    armed = the_plan.mode != PLAN_NONE;
    int status = cli_main(12, argv);
    armed = 0;
    fflush(stdout);
    fflush(stderr);
    exit(status); /* LeakSanitizer runs here */
}

static void clear_record(void)
{
    atomic_store(&shared->calls, 0);
    atomic_store(&shared->fired, 0);
    for (int c = 0; c < CLASS_COUNT; c++)
        atomic_store(&shared->per_class[c], 0);
    shared->first_class = shared->first_errno = 0;
    shared->first_call[0] = '\0';
}

/* lkjip build WS -o out_dir in a child, under plan p. */
static void run_build(world *w, const char *out_dir, const plan *p, outcome *o)
{
    char out_log[PATH_MAX + 32], err_log[PATH_MAX + 32];
    unsigned long n = w->keep ? ++w->builds : 0;
    snprintf(out_log, sizeof out_log, "%s/%lu.out", w->logs, n);
    snprintf(err_log, sizeof err_log, "%s/%lu.err", w->logs, n);
    memset(o, 0, sizeof *o);
    clear_record();
    the_plan = *p;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0)
        child(w, out_dir, out_log, err_log);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        status = -1;
    o->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    o->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    memcpy(&o->rec, shared, sizeof o->rec);
    o->out = slurp(out_log);
    o->err = slurp(err_log);
    const char *err = o->err ? o->err : "";
    o->sanitizer = strstr(err, "ERROR: AddressSanitizer") || strstr(err, "ERROR: LeakSanitizer") ||
                   strstr(err, "runtime error:");
    first_line(o->out, " LKJ0", o->said, sizeof o->said);
    if (!o->said[0])
        first_line(o->err, NULL, o->said, sizeof o->said);
}

static const plan *no_plan(void)
{
    static const plan none = {PLAN_NONE, 0, 0, 0, ""};
    return &none;
}

/* ------------------------------------------------------------------ */
/* The world: a workspace, a watched output folder, two clean builds   */
/* ------------------------------------------------------------------ */

/* One realisasi of one OPD file: December's maternal deaths, 1 -> 3. */
static const char changed_file[] = "kab-sukamaju/opd-dinkes.xml";
static const char edit_from[] = "<bulan ke=\"12\" pembilang=\"1\" penyebut=\"1039\"";
static const char edit_to[] = "<bulan ke=\"12\" pembilang=\"3\" penyebut=\"1039\"";
/* The small workspace: the kabupaten, its profile and that OPD. */
static const char *const small_files[] = {"kab-sukamaju.xml", "lkjip.xml", "opd-dinkes.xml", NULL};

static int read_file(const char *path, char **data, size_t *length)
{
    FILE *f = fopen(path, "rb");
    *data = f ? malloc(1 << 20) : NULL;
    *length = *data ? fread(*data, 1, 1 << 20, f) : 0;
    int ok = *data && *length > 0 && *length < (1 << 20) && !ferror(f);
    if (f)
        fclose(f);
    return ok ? 0 : -1;
}

static int write_file(const char *path, const char *data, size_t length)
{
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(data, 1, length, f) == length;
    if (f && fclose(f) != 0)
        ok = 0;
    return ok ? 0 : -1;
}

/* The edited version of the OPD file, the same length. */
static int make_edit(world *w)
{
    if (read_file(w->changed, &w->original, &w->original_length) != 0)
        return -1;
    w->original[w->original_length] = '\0';
    char *at = strstr(w->original, edit_from);
    if (!at || !(w->edited = malloc(w->original_length + 1)))
        return -1;
    memcpy(w->edited, w->original, w->original_length + 1);
    memcpy(w->edited + (at - w->original), edit_to, strlen(edit_to));
    w->edited_length = w->original_length;
    return 0;
}

static int use_inputs(const world *w, int edited)
{
    return edited ? write_file(w->changed, w->edited, w->edited_length)
                  : write_file(w->changed, w->original, w->original_length);
}

static int copy_workspace(const world *w, int whole)
{
    if (whole)
        return copy_tree("samples", w->ws);
    char dir[PATH_MAX];
    if (mkdir(w->ws, 0755) != 0 || join(dir, sizeof dir, w->ws, "kab-sukamaju") != 0 || mkdir(dir, 0755) != 0)
        return -1;
    for (size_t i = 0; small_files[i]; i++) {
        char from[PATH_MAX], to[PATH_MAX];
        if (join(from, sizeof from, "samples/kab-sukamaju", small_files[i]) != 0 ||
            join(to, sizeof to, dir, small_files[i]) != 0 || copy_tree(from, to) != 0)
            return -1;
    }
    return 0;
}

/* T and its folders. T is made canonical: /proc/self/fd gives canonical
 * paths, and the filter compares them with the watched folder's. */
static int world_paths(world *w)
{
    const char *base = getenv("TMPDIR");
    char made[PATH_MAX];
    snprintf(made, sizeof made, "%s/lkjip-faults.XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(made) || !realpath(made, w->tmp) || !realpath("stylesheets", w->stylesheets))
        return -1;
    snprintf(shown_prefix, sizeof shown_prefix, "%s", w->tmp);
    return join(w->ws, sizeof w->ws, w->tmp, "ws") || join(w->site, sizeof w->site, w->tmp, "site") ||
                   join(w->out, sizeof w->out, w->site, "out") ||
                   join(w->pristine, sizeof w->pristine, w->tmp, "pristine") ||
                   join(w->logs, sizeof w->logs, w->tmp, "log") ||
                   join(w->changed, sizeof w->changed, w->ws, changed_file)
               ? -1
               : 0;
}

/* A normal build into parent/out, made from nothing, kept as c. */
static int clean_build(world *w, const char *parent, struct clean *c, char *why, size_t size)
{
    char out[PATH_MAX];
    outcome o;
    if (mkdir(parent, 0755) != 0 || join(out, sizeof out, parent, "out") != 0)
        return snprintf(why, size, "%s: %s", parent, strerror(errno)), -1;
    run_build(w, out, no_plan(), &o);
    c->status = o.status;
    snapshot_take(&c->out, out, out_state);
    siblings(parent, "out", c->siblings, sizeof c->siblings);
    int ok = !o.signal && !o.sanitizer && (o.status == 0 || o.status == 1) && !c->out.failed && c->out.count > 0;
    if (!ok)
        snprintf(why, size, "a clean build into %s: exit %d, signal %d, %s", shown(out), o.status, o.signal, o.said);
    outcome_free(&o);
    return ok ? 0 : -1;
}

static int world_setup(world *w, int whole, const char *formats, int keep, char *why, size_t size)
{
    memset(w, 0, sizeof *w);
    w->formats = formats;
    w->keep = keep;
    if (world_paths(w) != 0 || copy_workspace(w, whole) != 0 || mkdir(w->logs, 0755) != 0)
        return snprintf(why, size, "the temporary folder: %s", strerror(errno)), -1;
    if (make_edit(w) != 0)
        return snprintf(why, size, "%s: no '%s' to change", changed_file, edit_from), -1;
    char fresh[PATH_MAX];
    if (clean_build(w, w->site, &w->before, why, size) != 0 || copy_tree(w->site, w->pristine) != 0 ||
        use_inputs(w, 1) != 0 || join(fresh, sizeof fresh, w->tmp, "clean") != 0 ||
        clean_build(w, fresh, &w->after, why, size) != 0)
        return -1;
    char differ[600];
    if (snapshot_same(&w->after.out, &w->before.out, differ, sizeof differ))
        return snprintf(why, size, "the change of %s changes no report", changed_file), -1;
    return 0;
}

static void world_free(world *w)
{
    if (!w->keep && w->tmp[0])
        remove_tree(w->tmp);
    else if (w->tmp[0])
        printf("# kept %s\n", w->tmp);
    snapshot_free(&w->before.out);
    snapshot_free(&w->after.out);
    free(w->original);
    free(w->edited);
}

/* OUT back to the good build of the original inputs, byte for byte (the
 * cache and the lock too). */
static int reset_site(const world *w)
{
    remove_tree(w->site);
    return copy_tree(w->pristine, w->site);
}

/* ------------------------------------------------------------------ */
/* Judging                                                             */
/* ------------------------------------------------------------------ */

/* Whether OUT, its siblings and OUT's parent are what the clean build c
 * left; why says the first thing that is not. */
static int site_is_clean(const world *w, const struct clean *c, char *why, size_t size)
{
    snapshot now;
    char list[1024], found[PATH_MAX], differ[600];
    snapshot_take(&now, w->out, out_state);
    siblings(w->site, "out", list, sizeof list);
    int ok = 0;
    if (!snapshot_same(&now, &c->out, differ, sizeof differ))
        snprintf(why, size, "OUT is not the clean build: %s", differ);
    else if (strcmp(list, c->siblings) != 0)
        snprintf(why, size, "beside OUT: '%s', a clean build leaves '%s'", list, c->siblings);
    else if (find_temporary(w->site, found, sizeof found))
        snprintf(why, size, "a temporary is left: %s", found);
    else
        ok = 1;
    snapshot_free(&now);
    return ok;
}

/* What went wrong, for the summary (K_OK: nothing). */
enum { K_OK, K_CRASH, K_SANITIZER, K_STATUS, K_MIXED, K_SILENT, K_NEXT, K_KINDS };
static const char *const kind_names[K_KINDS] = {
    "",
    "crashed or hung",
    "sanitizer report",
    "wrong exit status",
    "left OUT neither the previous build nor the new one",
    "said it succeeded but OUT is not the new build",
    "the next normal run is not a clean build",
};

/* K_OK for a child that ended by itself without a sanitizer report. */
static int ended_well(const outcome *o, char *why, size_t size)
{
    if (o->signal) {
        snprintf(why, size, "ended by signal %d%s", o->signal, o->signal == SIGALRM ? " (hung)" : "");
        return K_CRASH;
    }
    if (o->sanitizer) {
        first_line(o->err, "Sanitizer", why, size);
        return K_SANITIZER;
    }
    return K_OK;
}

/* OUT after a build that failed (status 3, or the status of a clean build
 * when the failure did not matter) or was killed: the previous build or
 * the new one. */
static int judge_out(const world *w, const outcome *o, int killed, char *why, size_t size)
{
    int kind = K_OK;
    if (killed && o->signal != SIGKILL) {
        snprintf(why, size, "not killed: exit %d, signal %d", o->status, o->signal);
        return K_CRASH;
    }
    if (!killed && (kind = ended_well(o, why, size)) != K_OK)
        return kind;
    snapshot now;
    snapshot_take(&now, w->out, out_state);
    char old[600], fresh[600];
    int is_old = snapshot_same(&now, &w->before.out, old, sizeof old);
    int is_new = snapshot_same(&now, &w->after.out, fresh, sizeof fresh);
    snapshot_free(&now);
    if (!killed && o->status == w->after.status && !is_new) {
        snprintf(why, size, "exit %d, but OUT is not the new build: %s", o->status, fresh);
        return K_SILENT;
    }
    if (!killed && o->status != w->after.status && o->status != 3) {
        snprintf(why, size, "exit %d: %s", o->status, o->said);
        return K_STATUS;
    }
    if (is_old || is_new)
        return K_OK;
    snprintf(why, size, "OUT is neither the previous build (%s) nor the new one (%s)", old, fresh);
    return K_MIXED;
}

/* A normal run after a failed or killed one: exactly the clean build c. */
static int judge_next(const world *w, const outcome *o, const struct clean *c, char *why, size_t size)
{
    int kind = ended_well(o, why, size);
    if (kind != K_OK)
        return kind;
    if (o->status != c->status) {
        snprintf(why, size, "exit %d, a clean build's is %d: %s", o->status, c->status, o->said);
        return K_NEXT;
    }
    return site_is_clean(w, c, why, size) ? K_OK : K_NEXT;
}

/* ------------------------------------------------------------------ */
/* The sweeps                                                          */
/* ------------------------------------------------------------------ */

typedef struct tally {
    unsigned long runs, wrong, kinds[K_KINDS];
    unsigned long errnos[2]; /* ENOSPC, EIO */
} tally;

static plan make_plan(int mode, unsigned long at, int sticky, unsigned classes, const char *root)
{
    plan p = {mode, at, sticky, classes, ""};
    snprintf(p.root, sizeof p.root, "%s", root);
    return p;
}

static const char *errno_name(int err)
{
    const char *name = err ? strerrorname_np(err) : NULL;
    return name ? name : "-";
}

/* One N: the changed inputs built over the previous build with the N-th
 * call failing (or killing), judged, and a normal run after it (of the
 * original inputs again after a kill), judged. 0 when the build did not
 * reach N: the sweep is over. */
static int one_n(world *w, int mode, unsigned long n, int verbose, tally *t)
{
    int killing = mode == PLAN_KILL;
    plan p = make_plan(mode, n, 0, killing ? KILL_CLASSES : ALL_CLASSES, w->site);
    outcome o, next;
    char why[1600] = "", next_why[1200] = "";
    if (reset_site(w) != 0 || use_inputs(w, 1) != 0) {
        printf("# %s N=%lu: the folder could not be reset: %s\n", killing ? "kill" : "fault", n, strerror(errno));
        t->wrong++;
        return 0;
    }
    run_build(w, w->out, &p, &o);
    if (atomic_load(&o.rec.fired) == 0) { /* the end: unless it died first */
        int kind = ended_well(&o, why, sizeof why);
        if (kind != K_OK)
            printf("# %s N=%lu: the build ended before N: %s\n", killing ? "kill" : "fault", n, why);
        t->kinds[kind] += kind != K_OK;
        t->wrong += kind != K_OK;
        outcome_free(&o);
        return 0;
    }
    int kind = judge_out(w, &o, killing, why, sizeof why);
    if (killing)
        use_inputs(w, 0);
    run_build(w, w->out, no_plan(), &next);
    int next_kind = judge_next(w, &next, killing ? &w->before : &w->after, next_why, sizeof next_why);
    t->runs++;
    t->errnos[o.rec.first_errno == EIO] += !killing;
    t->kinds[kind] += kind != K_OK;
    t->kinds[next_kind] += next_kind != K_OK;
    t->wrong += kind != K_OK || next_kind != K_OK;
    if (verbose || kind != K_OK || next_kind != K_OK)
        printf("# %s N=%lu %s %s, exit %d: %s; next run%s: %s\n", killing ? "kill" : "fault", n, o.rec.first_call,
               killing ? "killed" : errno_name(o.rec.first_errno), o.status, kind == K_OK ? "OUT ok" : why,
               killing ? " (inputs reverted)" : "", next_kind == K_OK ? "ok" : next_why);
    outcome_free(&o);
    outcome_free(&next);
    return 1;
}

typedef struct options {
    unsigned sweeps;         /* 1: fault, 2: kill */
    int whole;               /* the whole samples/, else the small workspace */
    const char *formats;
    unsigned long from, to;  /* the Ns swept (to 0: until a build does not reach N) */
    unsigned long stride;    /* every stride-th N */
    unsigned long max_runs;  /* bounded: a stride that keeps the runs below this */
    int keep, verbose;
} options;

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void print_tally(const char *name, const tally *t)
{
    for (int k = K_OK + 1; k < K_KINDS; k++)
        if (t->kinds[k])
            printf("# %s: %lu %s\n", name, t->kinds[k], kind_names[k]);
}

/* Every stride-th N from opt->from while builds reach N (total: how many
 * calls a build counts, for the stride of a bounded sweep). */
static void sweep(world *w, int mode, const options *opt, unsigned long total)
{
    const char *name = mode == PLAN_KILL ? "faults.sweep.kill" : "faults.sweep.fault";
    unsigned long stride = opt->stride ? opt->stride : 1;
    if (opt->max_runs && total / stride > opt->max_runs)
        stride = (total + opt->max_runs - 1) / opt->max_runs;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    tally t;
    memset(&t, 0, sizeof t);
    unsigned long n = opt->from, last = 0;
    for (; !opt->to || n <= opt->to; n += stride) {
        if (!one_n(w, mode, n, opt->verbose, &t))
            break;
        last = n;
    }
    /* A stride may step over the last calls, the end of the commit. */
    if (stride > 1 && last && last < total && (!opt->to || total <= opt->to) && one_n(w, mode, total, opt->verbose, &t))
        last = total;
    char every[48] = "";
    if (stride > 1)
        snprintf(every, sizeof every, ", every %lu-th and the last", stride);
    printf("# %s: N = %lu to %lu%s: %lu builds (a build makes %lu such calls); %.0f s\n", name, opt->from, last,
           every, t.runs, total, seconds_since(&start));
    if (mode != PLAN_KILL)
        printf("# %s: %lu calls failed with ENOSPC, %lu with EIO\n", name, t.errnos[0], t.errnos[1]);
    print_tally(name, &t);
    char why[200];
    snprintf(why, sizeof why, "%lu of %lu Ns wrong (the lines above)", t.wrong, t.runs);
    unit_ok(name, t.runs > 0 && t.wrong == 0, t.runs ? why : "no build reached N");
}

/* ------------------------------------------------------------------ */
/* The self-test: the wrappers and the judging, on a few builds        */
/* ------------------------------------------------------------------ */

static void print_counts(const char *what, const record *r)
{
    char list[1024] = "";
    for (int c = 0; c < CLASS_COUNT; c++) {
        unsigned long k = atomic_load(&r->per_class[c]);
        size_t used = strlen(list);
        if (k)
            snprintf(list + used, sizeof list - used, "%s%s %lu", used ? ", " : "", class_names[c], k);
    }
    printf("# %s: %lu calls: %s\n", what, (unsigned long)atomic_load(&r->calls), list);
}

static unsigned long sum_classes(const record *r, unsigned classes)
{
    unsigned long sum = 0;
    for (int c = 0; c < CLASS_COUNT; c++)
        if (classes & BIT(c))
            sum += atomic_load(&r->per_class[c]);
    return sum;
}

/* The changed inputs built over the previous build, every call counted and
 * none failed: the baseline of the sweeps, and their sizes. */
static void baseline(world *w, unsigned long *fault_total, unsigned long *kill_total)
{
    plan p = make_plan(PLAN_COUNT, 0, 0, ALL_CLASSES, w->site);
    outcome o;
    char why[1200] = "";
    reset_site(w);
    use_inputs(w, 1);
    run_build(w, w->out, &p, &o);
    print_counts("a build of the changed inputs over the previous one, under OUT's parent", &o.rec);
    *fault_total = atomic_load(&o.rec.calls);
    *kill_total = sum_classes(&o.rec, KILL_CLASSES);
    int ok = judge_next(w, &o, &w->after, why, sizeof why) == K_OK;
    unit_ok("faults.baseline", ok, why);
    unit_ok("faults.wrap.counted",
            sum_classes(&o.rec, WRITE_CLASSES) > 0 && sum_classes(&o.rec, RENAME_CLASSES) > 0,
            "no write or no rename under OUT's parent was counted");
    outcome_free(&o);
}

/* The snapshots see a changed byte and a stray folder beside OUT. */
static void test_snapshots(world *w)
{
    char why[1200] = "", path[PATH_MAX], want[PATH_MAX + 32] = "";
    const entry *file = NULL;
    for (size_t i = 0; i < w->before.out.count && !file; i++)
        file = w->before.out.v[i].type == 'f' ? &w->before.out.v[i] : NULL;
    reset_site(w);
    int seen = file && join(path, sizeof path, w->out, file->path) == 0 && truncate(path, 1) == 0 &&
               !site_is_clean(w, &w->before, why, sizeof why);
    if (file)
        snprintf(want, sizeof want, "bytes of %s differ", file->path);
    unit_ok("faults.snapshot.bytes", seen && strstr(why, want), why);
    reset_site(w);
    join(path, sizeof path, w->site, ".out.lkjip-new");
    seen = mkdir(path, 0755) == 0 && !site_is_clean(w, &w->before, why, sizeof why);
    unit_ok("faults.snapshot.beside", seen && strstr(why, "beside OUT"), why);
}

/* A disk full from the first write on: exit 3 with LKJ0010 (or said on
 * stderr), nothing committed, and the next run is a clean build. */
static void test_disk_full(world *w)
{
    plan p = make_plan(PLAN_FAIL, 1, 1, WRITE_CLASSES, w->site);
    outcome o, next;
    char why[1600] = "", next_why[1200] = "";
    reset_site(w);
    use_inputs(w, 1);
    run_build(w, w->out, &p, &o);
    int kind = judge_out(w, &o, 0, why, sizeof why);
    int said = (o.out && strstr(o.out, "LKJ0010")) || (o.err && strstr(o.err, strerror(ENOSPC)));
    if (kind == K_OK && (o.status != 3 || !said))
        snprintf(why, sizeof why, "exit %d, %s (want 3 and LKJ0010)", o.status, o.said[0] ? o.said : "nothing said");
    printf("# faults.disk-full: %lu writes failed, the first %s\n", (unsigned long)atomic_load(&o.rec.fired),
           o.rec.first_call);
    unit_ok("faults.disk-full", kind == K_OK && o.status == 3 && said, why);
    run_build(w, w->out, no_plan(), &next);
    unit_ok("faults.disk-full.next", judge_next(w, &next, &w->after, next_why, sizeof next_why) == K_OK, next_why);
    outcome_free(&o);
    outcome_free(&next);
}

/* An input that cannot be opened (EIO): exit 3 with LKJ0001, no crash. */
static void test_input_eio(world *w)
{
    plan p = make_plan(PLAN_FAIL, 1, 0, BIT(C_OPEN) | BIT(C_OPENAT) | BIT(C_FOPEN), w->ws);
    outcome o;
    char why[1200] = "";
    reset_site(w);
    use_inputs(w, 1);
    run_build(w, w->out, &p, &o);
    int kind = ended_well(&o, why, sizeof why);
    if (kind == K_OK)
        snprintf(why, sizeof why, "exit %d, %s (want 3 and LKJ0001)", o.status, o.said);
    printf("# faults.input-eio: %s failed with EIO: %s\n", o.rec.first_call, o.said);
    unit_ok("faults.input-eio", kind == K_OK && o.status == 3 && o.out && strstr(o.out, "LKJ0001"), why);
    outcome_free(&o);
}

/* Killed at the first rename (or linkat): the child dies of SIGKILL, OUT
 * is old or new, the next run is a clean build. */
static void test_kill(world *w)
{
    plan p = make_plan(PLAN_KILL, 1, 0, RENAME_CLASSES, w->site);
    outcome o, next;
    char why[1600] = "", next_why[1200] = "";
    reset_site(w);
    use_inputs(w, 1);
    run_build(w, w->out, &p, &o);
    int kind = judge_out(w, &o, 1, why, sizeof why);
    printf("# faults.kill: killed at %s\n", o.rec.first_call);
    unit_ok("faults.kill", kind == K_OK && (RENAME_CLASSES & BIT(o.rec.first_class)), why);
    run_build(w, w->out, no_plan(), &next);
    unit_ok("faults.kill.next", judge_next(w, &next, &w->after, next_why, sizeof next_why) == K_OK, next_why);
    outcome_free(&o);
    outcome_free(&next);
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

/* Bounded: the small workspace, the IR alone (a build of it takes about
 * 0.3 s under ASan, one with HTML 1.5 s), every N while a sweep needs at
 * most this many builds, a stride beyond: about a minute in all. */
enum { BOUNDED_RUNS = 70 };

/* self-test (make check today), bounded (make check once the commit holds)
 * or full (make faults). */
static void set_level(options *o, const char *level)
{
    o->formats = "ir";
    if (!strcmp(level, "bounded")) {
        o->sweeps = 3;
        o->max_runs = BOUNDED_RUNS;
    } else if (!strcmp(level, "full")) {
        o->sweeps = 3;
        o->formats = "html,docbook,pk,ir";
    }
}

/* The value of --name VALUE at argv[*i] (then *i is past it), or NULL. */
static const char *value_of(int argc, char **argv, int *i, const char *name)
{
    if (strcmp(argv[*i], name) != 0 || *i + 1 >= argc)
        return NULL;
    return argv[++*i];
}

static int parse_options(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->from = 1;
    const char *level = getenv("LKJIP_FAULTS");
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--bounded") || !strcmp(argv[i], "--full"))
            level = argv[i] + 2;
    set_level(o, level ? level : "self-test");
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        if (!strcmp(a, "--bounded") || !strcmp(a, "--full"))
            ;
        else if (!strcmp(a, "--keep"))
            o->keep = 1;
        else if (!strcmp(a, "--verbose"))
            o->verbose = 1;
        else if ((v = value_of(argc, argv, &i, "--mode")) && (!strcmp(v, "fault") || !strcmp(v, "kill")))
            o->sweeps = !strcmp(v, "fault") ? 1 : 2;
        else if ((v = value_of(argc, argv, &i, "--formats")))
            o->formats = v;
        else if ((v = value_of(argc, argv, &i, "--workspace")) && (!strcmp(v, "small") || !strcmp(v, "samples")))
            o->whole = !strcmp(v, "samples");
        else if ((v = value_of(argc, argv, &i, "--from")) && (o->from = strtoul(v, NULL, 10)) > 0)
            ;
        else if ((v = value_of(argc, argv, &i, "--to")))
            o->to = strtoul(v, NULL, 10);
        else if ((v = value_of(argc, argv, &i, "--stride")) && (o->stride = strtoul(v, NULL, 10)) > 0)
            o->max_runs = 0; /* every stride-th, as asked */
        else {
            fprintf(stderr, "usage: test_faults [--bounded|--full] [--mode fault|kill] [--formats LIST] "
                            "[--workspace small|samples] [--from N] [--to N] [--stride K] [--keep] [--verbose]\n");
            return -1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    options opt;
    if (parse_options(argc, argv, &opt) != 0)
        return 2;
    shared = mmap(NULL, sizeof *shared, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) {
        printf("FAIL faults.setup: mmap: %s\n", strerror(errno));
        return 1;
    }
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    world w;
    char why[1200] = "";
    int ok = world_setup(&w, opt.whole, opt.formats, opt.keep, why, sizeof why) == 0;
    printf("# workspace: %s, --format %s\n",
           opt.whole ? "samples/" : "kab-sukamaju.xml, lkjip.xml and opd-dinkes.xml of samples/kab-sukamaju",
           opt.formats);
    unit_ok("faults.setup", ok, why);
    if (ok) {
        unsigned long fault_total = 0, kill_total = 0;
        baseline(&w, &fault_total, &kill_total);
        test_snapshots(&w);
        test_disk_full(&w);
        test_input_eio(&w);
        test_kill(&w);
        if (opt.sweeps & 1)
            sweep(&w, PLAN_FAIL, &opt, fault_total);
        if (opt.sweeps & 2)
            sweep(&w, PLAN_KILL, &opt, kill_total);
        if (!opt.sweeps)
            printf("# the sweeps: make faults (or LKJIP_FAULTS=bounded|full)\n");
    }
    world_free(&w);
    printf("# test_faults: %.0f s\n", seconds_since(&start));
    munmap(shared, sizeof *shared);
    return unit_exit();
}

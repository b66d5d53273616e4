/*
 * test_cache.c — the cache trusts a file's identity (stat) only as git's
 * index does: an entry whose recorded identity equals the file's and is
 * older than the moment its run began is a hit without the bytes; one
 * whose mtime or ctime is not older than that moment (racy: the file may
 * have changed again within the same clock tick) is not, nor is any
 * identity that differs in one field. A hit by content refreshes the
 * recorded identity, so the next run trusts it.
 */
#include "unit.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "lkjip/lkjip.h"

static const char bytes[] = "<submisi/>";

/* A key for "/w/a.xml" with identity id (content unknown). */
static void key_with(const cache *c, const cache_file_id *id, cache_key *key)
{
    cache_key_name(c, "/w/a.xml", key);
    key->id = *id;
    key->has_id = 1;
}

/* 1 when the key hits by identity alone; the recorded content is then
 * copied into the key. */
static int hits_unread(cache *c, const cache_file_id *id)
{
    cache_key key;
    key_with(c, id, &key);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    int status = -1;
    int hit = cache_lookup(c, &key, "a.xml", d, &status, NULL);
    lkj_diags_free(d);
    cache_key want;
    cache_key_content(&want, (const unsigned char *)bytes, sizeof bytes - 1);
    if (hit && (!key.content_known || memcmp(key.content, want.content, CACHE_DIGEST_SIZE) != 0 ||
                status != LKJ_EXIT_OK))
        return -1;
    return hit;
}

/* Looks a file of identity id up by its content (as a run that read and
 * hashed it does), after recording it when store is set. */
static int hashed(cache *c, const cache_file_id *id, int store)
{
    cache_key key;
    key_with(c, id, &key);
    cache_key_content(&key, (const unsigned char *)bytes, sizeof bytes - 1);
    lkj_diags *d = lkj_diags_new(LKJ_LANG_EN);
    if (store)
        cache_store(c, &key, LKJ_EXIT_OK, d, NULL);
    int status = -1;
    int hit = cache_lookup(c, &key, "a.xml", d, &status, NULL);
    lkj_diags_free(d);
    return hit;
}

int main(void)
{
    char dir[] = "/tmp/lkjip-test-cache.XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    lkj_limits limits;
    lkj_limits_default(&limits);
    cache *c = cache_open(dir, &limits, LKJ_LANG_EN);
    unit_ok("cache opens", c != NULL, "cache_open failed");
    if (!c)
        return 1;
    int64_t now_s;
    uint32_t now_ns;
    int dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    unit_int("the file system's clock is read", cache_fs_now(dir_fd, &now_s, &now_ns), 0);
    close(dir_fd);

    /* A file written an hour before this run began. */
    cache_file_id old = {.dev = 7, .ino = 42, .size = sizeof bytes - 1,
                         .mtime_s = now_s - 3600, .mtime_ns = 5, .ctime_s = now_s - 3600, .ctime_ns = 5};
    unit_int("an unknown file is no hit", hits_unread(c, &old), 0);
    unit_int("recorded after hashing", hashed(c, &old, 1), 1);
    unit_int("same identity, older than the run: a hit unread", hits_unread(c, &old), 1);

    static const struct {
        const char *name;
        size_t field;
    } changes[] = {{"another device", 0}, {"another inode (replaced)", 1}, {"another size", 2},
                   {"another mtime", 3}, {"another mtime ns", 4}, {"another ctime (touch -d)", 5},
                   {"another ctime ns", 6}};
    for (size_t i = 0; i < sizeof changes / sizeof changes[0]; i++) {
        cache_file_id other = old;
        switch (changes[i].field) {
        case 0: other.dev++; break;
        case 1: other.ino++; break;
        case 2: other.size++; break;
        case 3: other.mtime_s--; break;
        case 4: other.mtime_ns++; break;
        case 5: other.ctime_s++; break;
        default: other.ctime_ns++; break;
        }
        unit_int(changes[i].name, hits_unread(c, &other), 0);
    }

    /* Racy: changed in the tick this run began (or later). */
    cache_file_id racy = old;
    racy.mtime_s = now_s;
    racy.mtime_ns = now_ns;
    racy.ctime_s = now_s;
    racy.ctime_ns = now_ns;
    unit_int("cache_racy: mtime at the moment", cache_racy(&racy, now_s, now_ns), 1);
    unit_int("cache_racy: an hour before", cache_racy(&old, now_s, now_ns), 0);
    cache_file_id ctime_only = old;
    ctime_only.ctime_s = now_s + 1;
    unit_int("cache_racy: ctime after the moment", cache_racy(&ctime_only, now_s, now_ns), 1);
    unit_int("a racy identity recorded", hashed(c, &racy, 1), 1);
    unit_int("a racy identity is no hit unread", hits_unread(c, &racy), 0);
    unit_int("still none on the next look", hits_unread(c, &racy), 0);
    cache_close(c);

    /* A later run (a later moment) hashes it, finds the same bytes, and
     * records the identity against its own moment: trusted from then on. */
    sleep(1);
    c = cache_open(dir, &limits, LKJ_LANG_EN);
    unit_int("a later run: racy still no hit unread", c ? hits_unread(c, &racy) : -1, 0);
    unit_int("a later run hashes it: a hit", c ? hashed(c, &racy, 0) : -1, 1);
    cache_close(c);
    c = cache_open(dir, &limits, LKJ_LANG_EN);
    unit_int("the run after: trusted unread", c ? hits_unread(c, &racy) : -1, 1);
    cache_close(c);

    char command[200];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        return 1;
    return unit_exit();
}

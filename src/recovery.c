/* Recovery files through the core's atomic write, and noticing documents changed on disk. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"
#include "recovery.h"
#include "safefile.h"
#include "store.h"

char *recovery_path(const char *doc_path) { return xasprintf("%s.recovery", doc_path); }

/* atomic_write's callback: the document as libconfig text. */
static bool write_doc(FILE *fp, void *ctx) { return store_write(ctx, fp); }

/* Says in plain words what is in the way at path (st from lstat) and whose it is. */
static void recovery_explain(const char *path, const char *doc_path, const struct stat *st, struct strbuf *why)
{
  char *who = safefile_owner_name(st->st_uid);
  if (atomic_same_file(path, doc_path))
    sb_printf(why, _("%s is another name for the document itself (a hard link to it), not a recovery "
                     "file, so seloste neither offers it as your unsaved work nor writes over it."), path);
  else if (S_ISREG(st->st_mode))
    sb_printf(why, _("%s belongs to user %s, not to you, so seloste neither offers it as your "
                     "unsaved work nor writes over it."), path, who);
  else
    sb_printf(why, _("%s is a symbolic link or a special file (owner: %s), not a recovery file, so "
                     "seloste neither reads it nor writes over it."), path, who);
  free(who);
}

enum recovery_state recovery_state(const char *doc_path, time_t *saved, struct strbuf *why)
{
  char *path = recovery_path(doc_path);
  struct stat st;
  enum recovery_state r = RECOVERY_NONE;
  if (lstat(path, &st) != 0)
    r = RECOVERY_NONE;
  else if (!S_ISREG(st.st_mode) || st.st_uid != geteuid() || atomic_same_file(path, doc_path))
    r = RECOVERY_FOREIGN;
  else if (st.st_size > 0)
    r = RECOVERY_FOUND;
  if (r == RECOVERY_FOUND && saved)
    *saved = st.st_mtime;
  if (r == RECOVERY_FOREIGN && why)
    recovery_explain(path, doc_path, &st, why);
  free(path);
  return r;
}

bool recovery_write(const struct doc *d, const char *doc_path, struct strbuf *err)
{
  char *path = recovery_path(doc_path);
  struct stat st;
  bool ok = false;
  if (lstat(path, &st) == 0 && (!S_ISREG(st.st_mode) || st.st_uid != geteuid())) {
    char *who = safefile_owner_name(st.st_uid);
    sb_printf(err, _("%s is in the way (owner: %s); your changes are not kept in a recovery file "
                     "until it is removed"), path, who);
    free(who);
  } else {
    ok = atomic_write_except(path, doc_path, write_doc, (void *)d, ATOMIC_PRIVATE | ATOMIC_NO_LINKS, err);
  }
  free(path);
  return ok;
}

bool recovery_exists(const char *doc_path, time_t *saved)
{
  return recovery_state(doc_path, saved, NULL) == RECOVERY_FOUND;
}

struct doc *recovery_load(const char *doc_path, struct strbuf *err)
{
  char *path = recovery_path(doc_path);
  struct doc *d = safefile_load_doc(path, true, err);
  free(path);
  return d;
}

void recovery_remove(const char *doc_path)
{
  char *path = recovery_path(doc_path);
  struct stat st;
  if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() && !atomic_same_file(path, doc_path))
    unlink(path);
  free(path);
}

char *recovery_set_aside(const char *doc_path, struct strbuf *err)
{
  char *path = recovery_path(doc_path);
  char *aside = NULL;
  struct stat st;
  if (recovery_state(doc_path, NULL, NULL) != RECOVERY_FOUND || lstat(path, &st) != 0) {
    sb_printf(err, _("%s: is not your recovery file"), path);
  } else {
    for (int n = 1; n < 1000 && !aside; n++) {
      char *name = xasprintf("%s.%d", path, n);
      if (link(path, name) == 0) /* never replaces an older one set aside */
        aside = name;
      else if (errno == EEXIST)
        free(name);
      else {
        sb_printf(err, _("%s: cannot keep it as %s: %s"), path, name, strerror(errno));
        free(name);
        break;
      }
    }
    if (aside)
      unlink(path);
    else if (!err->len)
      sb_printf(err, _("%s: cannot keep it: too many earlier copies beside it"), path);
  }
  free(path);
  return aside;
}

bool recovery_is_older(const char *doc_path, time_t *rec_time, time_t *doc_time)
{
  char *path = recovery_path(doc_path);
  struct stat rec, doc;
  bool older = lstat(path, &rec) == 0 && stat(doc_path, &doc) == 0 &&
               (rec.st_mtim.tv_sec < doc.st_mtim.tv_sec ||
                (rec.st_mtim.tv_sec == doc.st_mtim.tv_sec && rec.st_mtim.tv_nsec < doc.st_mtim.tv_nsec));
  if (older) {
    *rec_time = rec.st_mtime;
    *doc_time = doc.st_mtime;
  }
  free(path);
  return older;
}

long long recovery_clock_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + 1;
}

long recovery_wait_ms(long long oldest, long long newest, long long now)
{
  if (oldest == 0)
    return -1;
  long long due = oldest + RECOVERY_MAX_AGE_MS;
  if (newest + RECOVERY_IDLE_MS < due)
    due = newest + RECOVERY_IDLE_MS;
  return due <= now ? 0 : (long)(due - now);
}

void filestamp_take(const char *path, struct filestamp *fs)
{
  struct stat st;
  memset(fs, 0, sizeof *fs);
  if (stat(path, &st) != 0)
    return;
  fs->exists = true;
  fs->dev = st.st_dev;
  fs->ino = st.st_ino;
  fs->size = st.st_size;
  fs->mtime = st.st_mtim;
}

bool filestamp_unchanged(const char *path, const struct filestamp *stamp)
{
  struct filestamp now;
  filestamp_take(path, &now);
  if (now.exists != stamp->exists)
    return false;
  return !now.exists || (now.dev == stamp->dev && now.ino == stamp->ino && now.size == stamp->size &&
                         now.mtime.tv_sec == stamp->mtime.tv_sec && now.mtime.tv_nsec == stamp->mtime.tv_nsec);
}

/* Recovery files through the core's atomic write, and noticing documents changed on disk. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "recovery.h"
#include "store.h"

char *recovery_path(const char *doc_path) { return xasprintf("%s.recovery", doc_path); }

/* atomic_write's callback: the document as libconfig text. */
static bool write_doc(FILE *fp, void *ctx) { return store_write(ctx, fp); }

bool recovery_write(const struct doc *d, const char *doc_path, struct strbuf *err)
{
  char *path = recovery_path(doc_path);
  struct stat st;
  if (stat(path, &st) != 0) { /* a new recovery file: private from the start */
    FILE *fp = fopen(path, "wx");
    if (fp)
      fclose(fp);
    chmod(path, 0600);
  }
  bool ok = atomic_write(path, write_doc, (void *)d, ATOMIC_DEFAULT, err);
  free(path);
  return ok;
}

bool recovery_exists(const char *doc_path, time_t *saved)
{
  char *path = recovery_path(doc_path);
  struct stat st;
  bool ok = stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
  if (ok && saved)
    *saved = st.st_mtime;
  free(path);
  return ok;
}

struct doc *recovery_load(const char *doc_path, struct strbuf *err)
{
  char *path = recovery_path(doc_path);
  struct doc *d = store_load(path, err);
  free(path);
  return d;
}

void recovery_remove(const char *doc_path)
{
  char *path = recovery_path(doc_path);
  unlink(path);
  free(path);
}

bool recovery_due(time_t changed_at, time_t now)
{
  return changed_at != 0 && now - changed_at >= RECOVERY_DELAY;
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

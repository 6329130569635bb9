/* Saving a file: replaced atomically when that keeps what the file is, written in place when not.

   A regular file with one link whose owner and group can be given to a new file is replaced:
   temp file beside it (holding an flock until the rename, so stale-temp cleaners leave it alone),
   fsync, rename, fsync the directory. A regular file with several hard links, or one whose owner
   or group the user cannot give away (a colleague's document in a shared directory), is written in
   place after a synced backup copy, as vim's 'backupcopy' and cp do; devices, FIFOs and pipes are
   just written. The content is made in memory first, so a failing writer touches nothing. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>
#include "atomic_impl.h"
#include "atomicfile.h"
#include "i18n.h"

/* What the rename path did. */
enum replace_result { REPLACED, REPLACE_FAILED, NEEDS_IN_PLACE };

void atomic_fail(struct strbuf *err, const struct atomic_target *t, int e)
{
  if (t->exists && S_ISREG(t->st.st_mode))
    sb_printf(err, _("%s: cannot save: %s; the previous version of the file is kept"), t->shown, strerror(e ? e : EIO));
  else
    sb_printf(err, _("%s: cannot save: %s; nothing was written"), t->shown, strerror(e ? e : EIO));
}

void atomic_fail_sibling(struct strbuf *err, const struct atomic_target *t, int e)
{
  char *dir = atomic_dir_of(t->path);
  if (e != EACCES || access(dir, W_OK) == 0)
    atomic_fail(err, t, e);
  else if (t->exists)
    sb_printf(err, _("%s: cannot save: the directory %s is not writable (%s); a safe save creates a temporary "
                     "file beside the file. Make the directory writable or save elsewhere; the previous "
                     "version of the file is kept"), t->shown, dir, strerror(e));
  else
    sb_printf(err, _("%s: cannot create the file: the directory %s is not writable (%s); make it writable "
                     "or save elsewhere, nothing was written"), t->shown, dir, strerror(e));
  free(dir);
}

/* fsyncs directory dir, so that a rename in it is on disk. */
static bool sync_dir_named(const char *dir)
{
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return false;
  bool ok = fsync(fd) == 0 || errno == EINVAL;
  close(fd);
  return ok;
}

/* fsyncs the directory holding path, so that the rename itself is on disk. */
static bool sync_dir(const char *path)
{
  char *dir = atomic_dir_of(path);
  bool ok = sync_dir_named(dir);
  free(dir);
  return ok;
}

/* True when gid is the user's effective or a supplementary group. */
static bool in_group(gid_t gid)
{
  if (gid == getegid())
    return true;
  gid_t groups[256];
  int n = getgroups(256, groups);
  for (int i = 0; i < n; i++)
    if (groups[i] == gid)
      return true;
  return false;
}

/* True when replacing the file by a new one would lose something: another hard link, an access
   control list, its owner or its group. */
static bool needs_in_place(const char *path, const struct stat *st)
{
  if (st->st_nlink > 1 || getxattr(path, "system.posix_acl_access", NULL, 0) > 0)
    return true;
  if (geteuid() == 0)
    return false;
  return st->st_uid != geteuid() || !in_group(st->st_gid);
}

/* Gives the temp file the old file's owner, group and mode (new file: 0666 less the umask;
   ATOMIC_PRIVATE: 0600); false with errno set when the owner or group cannot be given. */
static bool give_attrs(int fd, const struct atomic_target *t, unsigned flags)
{
  if (flags & ATOMIC_PRIVATE)
    return fchmod(fd, 0600) == 0;
  if (!t->exists) {
    mode_t mask = umask(0);
    umask(mask);
    return fchmod(fd, 0666 & ~mask) == 0;
  }
  return fchown(fd, t->st.st_uid, t->st.st_gid) == 0 && fchmod(fd, t->st.st_mode & 07777) == 0;
}

/* Writes a temp file beside the target and renames it over the target. */
static enum replace_result replace(const struct atomic_target *t, const struct atomic_data *d, unsigned flags,
                                   struct strbuf *err)
{
  atomic_clean_stale(t->path);
  char *tmp;
  int fd = atomic_sibling(t->path, "tmp", true, &tmp);
  if (fd < 0) {
    atomic_fail_sibling(err, t, errno);
    return REPLACE_FAILED;
  }
  if (!give_attrs(fd, t, flags)) {
    int e = errno;
    close(fd);
    unlink(tmp);
    free(tmp);
    if (t->exists && !(flags & ATOMIC_PRIVATE) && (e == EPERM || e == EINVAL)) /* the owner cannot be given away: write in place */
      return NEEDS_IN_PLACE;
    atomic_fail(err, t, e);
    return REPLACE_FAILED;
  }
  bool ok = atomic_write_all(fd, d->bytes, d->len) && fsync(fd) == 0 && rename(tmp, t->path) == 0;
  int e = errno;
  if (!ok)
    unlink(tmp);
  close(fd); /* only now: the flock kept cleaners away until the rename */
  free(tmp);
  if (!ok) {
    atomic_fail(err, t, e);
    return REPLACE_FAILED;
  }
  if (!sync_dir(t->path)) {
    sb_printf(err, _("%s: saved, but the directory could not be synced: %s"), t->shown, strerror(errno));
    return REPLACE_FAILED;
  }
  return REPLACED;
}

/* Refuses a directory where the file would be; true when the target is not one. */
static bool not_dir(const struct atomic_target *t, struct strbuf *err)
{
  if (!t->exists || !S_ISDIR(t->st.st_mode))
    return true;
  sb_printf(err, _("%s: is a directory; give a file name, nothing was written"), t->shown);
  return false;
}

/* Chooses how to write the resolved target and writes it. */
static bool commit(const struct atomic_target *t, const struct atomic_data *d, unsigned flags, struct strbuf *err)
{
  if (!not_dir(t, err))
    return false;
  if (t->exists && (t->magic || !S_ISREG(t->st.st_mode)))
    return atomic_direct(t, d, flags, err);
  bool private = flags & ATOMIC_PRIVATE;
  if (!private && t->exists && needs_in_place(t->path, &t->st))
    return atomic_in_place(t, d, err);
  enum replace_result r = replace(t, d, flags, err);
  if (r == NEEDS_IN_PLACE && !private)
    return atomic_in_place(t, d, err);
  return r == REPLACED;
}

/* Runs the writer into memory; false with err filled when it fails. */
static bool make_content(atomic_writer write, void *ctx, char **bytes, size_t *len, const struct atomic_target *t,
                         struct strbuf *err)
{
  FILE *fp = open_memstream(bytes, len);
  if (!fp) {
    atomic_fail(err, t, errno);
    return false;
  }
  errno = 0;
  bool ok = write(fp, ctx);
  int e = errno;
  ok = !ferror(fp) && ok;
  if (fclose(fp) != 0 && ok) {
    ok = false;
    e = errno;
  }
  if (!ok)
    atomic_fail(err, t, e ? e : EIO);
  return ok;
}

bool atomic_write_except(const char *path, const char *keep, atomic_writer write, void *ctx, unsigned flags,
                         struct strbuf *err)
{
  struct atomic_target t;
  if (!atomic_resolve(path, flags, keep, &t, err))
    return false;
  char *bytes = NULL;
  size_t len = 0;
  bool ok = make_content(write, ctx, &bytes, &len, &t, err);
  if (ok) {
    struct atomic_data d = { bytes, len };
    ok = commit(&t, &d, flags, err);
  }
  free(bytes);
  atomic_target_free(&t);
  return ok;
}

bool atomic_write(const char *path, atomic_writer write, void *ctx, unsigned flags, struct strbuf *err)
{
  return atomic_write_except(path, NULL, write, ctx, flags, err);
}

bool atomic_check(const char *path, unsigned flags, struct strbuf *err)
{
  char *end = atomic_walk(path, flags, err);
  free(end);
  return end != NULL;
}

bool atomic_may_write(const char *path, const char *keep, unsigned flags, struct strbuf *err)
{
  struct atomic_target t;
  if (!atomic_resolve(path, flags, keep, &t, err))
    return false;
  bool ok = not_dir(&t, err);
  atomic_target_free(&t);
  return ok;
}

/* ---------- a batch: many files saved with one sync ---------- */

enum { BATCH_MAX = 128 }; /* temps held at once, each an open descriptor and a lock */

/* A file whose new content waits in a temp file beside it. */
struct atomic_pending {
  struct atomic_target t; /* its shown is the copy below */
  char *shown;
  char *tmp;
  int fd; /* open and locked until the rename, so that stale-temp cleaners leave it alone */
};

struct atomic_batch {
  struct atomic_pending v[BATCH_MAX];
  size_t n;
};

struct atomic_batch *atomic_batch_new(void)
{
  struct atomic_batch *b = xmalloc(sizeof *b);
  b->n = 0;
  return b;
}

/* True when the target is a regular file (or a new one) that a rename replaces without losing
   anything: the only kind a batch holds back; the others are written at once. */
static bool replaceable(const struct atomic_target *t, unsigned flags)
{
  if (!t->exists)
    return true;
  if (t->magic || !S_ISREG(t->st.st_mode))
    return false;
  return (flags & ATOMIC_PRIVATE) || !needs_in_place(t->path, &t->st);
}

/* Writes d into a new temp file beside t, held in the batch (which takes t over); false with err
   filled (t then still the caller's). Fills *in_place instead when the file's owner cannot be given. */
static bool stage(struct atomic_batch *b, struct atomic_target *t, const struct atomic_data *d, unsigned flags,
                  bool *in_place, struct strbuf *err)
{
  char *tmp;
  int fd = atomic_sibling(t->path, "tmp", true, &tmp);
  if (fd < 0) {
    atomic_fail_sibling(err, t, errno);
    return false;
  }
  bool ok = give_attrs(fd, t, flags);
  int e = errno;
  if (!ok && t->exists && !(flags & ATOMIC_PRIVATE) && (e == EPERM || e == EINVAL))
    *in_place = true;
  else if (ok && !(ok = atomic_write_all(fd, d->bytes, d->len)))
    e = errno;
  if (!ok) {
    close(fd);
    unlink(tmp);
    free(tmp);
    if (!*in_place)
      atomic_fail(err, t, e);
    return false;
  }
  struct atomic_pending *p = &b->v[b->n++];
  *p = (struct atomic_pending){ *t, xstrdup(t->shown), tmp, fd };
  p->t.shown = p->shown;
  return true;
}

bool atomic_batch_write(struct atomic_batch *b, const char *path, const char *keep, atomic_writer write, void *ctx,
                        unsigned flags, struct strbuf *err)
{
  struct atomic_target t;
  if (!atomic_resolve(path, flags, keep, &t, err))
    return false;
  if (!not_dir(&t, err)) {
    atomic_target_free(&t);
    return false;
  }
  char *bytes = NULL;
  size_t len = 0;
  bool ok = make_content(write, ctx, &bytes, &len, &t, err), in_place = false;
  struct atomic_data d = { bytes, len };
  if (ok && !replaceable(&t, flags))
    ok = commit(&t, &d, flags, err); /* written at once, by atomic_write's own means */
  else if (ok && stage(b, &t, &d, flags, &in_place, err))
    t.path = NULL; /* the batch holds it now */
  else if (ok)
    ok = in_place && atomic_in_place(&t, &d, err);
  free(bytes);
  atomic_target_free(&t);
  return ok && (b->n < BATCH_MAX || atomic_batch_commit(b, err));
}

/* Brings the data of every pending temp file to the disk: one syncfs(2) for each file system they are
   on, which reports write-back errors since Linux 5.8; where it fails, fsync(2) of each file. False with
   errno set when a file's data could not be written. */
static bool sync_pending(struct atomic_batch *b)
{
  dev_t done[BATCH_MAX];
  size_t ndone = 0;
  for (size_t i = 0; i < b->n; i++) {
    struct stat st;
    if (fstat(b->v[i].fd, &st) != 0)
      return false;
    bool seen = false;
    for (size_t k = 0; k < ndone && !seen; k++)
      seen = done[k] == st.st_dev;
    if (seen)
      continue;
    if (syncfs(b->v[i].fd) == 0) {
      done[ndone++] = st.st_dev;
      continue;
    }
    struct stat other;
    for (size_t k = i; k < b->n; k++) /* no syncfs: each file of that file system on its own */
      if (fstat(b->v[k].fd, &other) == 0 && other.st_dev == st.st_dev && fsync(b->v[k].fd) != 0)
        return false;
    done[ndone++] = st.st_dev;
  }
  return true;
}

/* qsort order of strings. */
static int by_string(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Syncs each directory the renamed files of the batch are in, once, and removes the stale temps of those
   files there (one reading of each directory). False when a directory could not be synced. */
static bool finish_dirs(struct atomic_batch *b)
{
  char *dirs[BATCH_MAX];
  for (size_t i = 0; i < b->n; i++)
    dirs[i] = atomic_dir_of(b->v[i].t.path);
  bool ok = true;
  for (size_t i = 0; i < b->n; i++) {
    if (!dirs[i])
      continue;
    const char *bases[BATCH_MAX];
    size_t nb = 0;
    for (size_t k = i; k < b->n; k++)
      if (dirs[k] && strcmp(dirs[k], dirs[i]) == 0) {
        const char *slash = strrchr(b->v[k].t.path, '/');
        bases[nb++] = slash ? slash + 1 : b->v[k].t.path;
        if (k > i) {
          free(dirs[k]);
          dirs[k] = NULL;
        }
      }
    qsort(bases, nb, sizeof *bases, by_string);
    atomic_clean_stale_in(dirs[i], bases, nb);
    ok = sync_dir_named(dirs[i]) && ok;
    free(dirs[i]);
  }
  return ok;
}

bool atomic_batch_commit(struct atomic_batch *b, struct strbuf *err)
{
  bool ok = sync_pending(b);
  int e = errno;
  for (size_t i = 0; i < b->n; i++) {
    struct atomic_pending *p = &b->v[i];
    if (ok && rename(p->tmp, p->t.path) != 0) {
      ok = false;
      e = errno;
    }
    if (!ok && e) {
      atomic_fail(err, &p->t, e);
      e = 0; /* the first failure is told; the files after it keep their old versions */
    }
    if (!ok)
      unlink(p->tmp);
    close(p->fd);
    free(p->tmp);
  }
  if (ok && !finish_dirs(b)) {
    sb_printf(err, _("%s: saved, but the directory could not be synced: %s"), b->v[0].t.shown, strerror(errno));
    ok = false;
  }
  for (size_t i = 0; i < b->n; i++) {
    atomic_target_free(&b->v[i].t);
    free(b->v[i].shown);
  }
  b->n = 0;
  return ok;
}

bool atomic_batch_finish(struct atomic_batch *b, struct strbuf *err)
{
  bool ok = atomic_batch_commit(b, err);
  free(b);
  return ok;
}

void atomic_batch_abandon(struct atomic_batch *b)
{
  for (size_t i = 0; i < b->n; i++) {
    unlink(b->v[i].tmp);
    close(b->v[i].fd);
    free(b->v[i].tmp);
    atomic_target_free(&b->v[i].t);
    free(b->v[i].shown);
  }
  free(b);
}

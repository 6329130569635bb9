/* Output files of the commands: never the input itself, never a file open in the wizard. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "atomicfile.h"
#include "i18n.h"
#include "lock.h"
#include "outfile.h"

bool outfile_is_input(const char *in, const char *out) { return atomic_same_file(in, out); }

/* True when the directory holding path cannot be written or does not exist: no lock and no file can
   be made there. */
static bool dir_unwritable(const char *path)
{
  char *dir = atomic_dir_of(path);
  bool ro = access(dir, W_OK) != 0 && (errno == EACCES || errno == EROFS || errno == ENOENT || errno == ENOTDIR);
  free(dir);
  return ro;
}

bool outfile_lock(const char *path, struct strbuf *err)
{
  struct lock_info who;
  size_t before = err->len;
  enum lock_result r = lock_acquire(path, &who, err);
  if (r == LOCK_FAILED && dir_unwritable(path)) {
    /* nobody can hold a lock there and the save cannot happen either: atomic_write says why */
    if (err->s)
      err->s[err->len = before] = '\0';
    return true;
  }
  if (r == LOCK_HELD)
    sb_printf(err, _("%s: is being edited by %s on %s (process %ld); close it there first, nothing was written"),
              path, who.user, who.host, who.pid);
  return r == LOCK_TAKEN;
}

void outfile_unlock(const char *path) { lock_release(path); }

bool outfile_may_render(const char *path, struct strbuf *err)
{
  char *real = realpath(path, NULL);
  bool document = str_has_suffix(path, ".seloste") || (real && str_has_suffix(real, ".seloste"));
  free(real);
  if (document) {
    sb_printf(err, _("%s: is named like a seloste document; a rendering goes in a file ending in .txt, .md "
                     "or .html, nothing was written"), path);
    return false;
  }
  char *lockfile = lock_path(path);
  struct lock_info who;
  bool held = lock_read(lockfile, &who) && !lock_is_stale(&who);
  free(lockfile);
  if (held)
    sb_printf(err, _("%s: is being edited by %s on %s (process %ld); close it there first, nothing was written"),
              path, who.user, who.host, who.pid);
  return !held;
}

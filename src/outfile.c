/* Output files of the commands: never the input itself, never a file open in the wizard. */
#include "config.h"

#include <sys/stat.h>
#include "i18n.h"
#include "lock.h"
#include "outfile.h"

bool outfile_is_input(const char *in, const char *out)
{
  struct stat a, b;
  return stat(in, &a) == 0 && stat(out, &b) == 0 && S_ISREG(a.st_mode) && S_ISREG(b.st_mode) &&
         a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

bool outfile_lock(const char *path, struct strbuf *err)
{
  struct lock_info who;
  enum lock_result r = lock_acquire(path, &who, err);
  if (r == LOCK_HELD)
    sb_printf(err, _("%s: is being edited by %s on %s (process %ld); close it there first, nothing was written"),
              path, who.user, who.host, who.pid);
  return r == LOCK_TAKEN;
}

void outfile_unlock(const char *path) { lock_release(path); }

#!/bin/sh
# Output paths that are not a plain file of one's own: devices, FIFOs, pipes, the input itself,
# someone else's file, hard links, dangling links. Each is written, not replaced, or refused.
. "$top_srcdir/tests/lib.sh"
S() { "$SELOSTE" --ui-lang en "$@"; }

cp "$top_srcdir/tests/data/full.seloste" "$T/a.seloste"
chmod 644 "$T/a.seloste"
S render "$T/a.seloste" >"$T/expect.txt" || fail "render to stdout"
[ -s "$T/expect.txt" ] || fail "empty rendering"

# 1. a device node, a FIFO and a pipe reached through a link are written into, never replaced
if mknod "$T/null" c 1 3 2>/dev/null; then
  status 0 S render "$T/a.seloste" -o "$T/null"
  [ -c "$T/null" ] || fail "the device node was replaced: $(ls -l "$T/null")"
  rm -f "$T/null"
else
  echo "no mknod here: device case not tested"
fi
mkfifo "$T/fifo"
timeout 10 cat "$T/fifo" >"$T/from-fifo" &
reader=$!
status 0 timeout 10 "$SELOSTE" --ui-lang en render "$T/a.seloste" -o "$T/fifo"
[ -p "$T/fifo" ] || { fail "the FIFO was replaced by a file"; rm -f "$T/fifo"; }
wait $reader
cmp -s "$T/from-fifo" "$T/expect.txt" || fail "the FIFO's reader did not get the whole rendering"
ln -s /proc/self/fd/1 "$T/stdout-link"
S render "$T/a.seloste" -o "$T/stdout-link" 2>"$T/err" | cat >"$T/from-pipe"
cmp -s "$T/from-pipe" "$T/expect.txt" || fail "nothing or not all reached the pipe through /proc/self/fd/1"
[ -L "$T/stdout-link" ] || fail "the link to /proc/self/fd/1 was replaced"
S render "$T/a.seloste" -o - | cmp -s - "$T/expect.txt" || fail "-o - is not standard output"

# 2. the output is the input: same path, ./path, a symlink, a hard link; refused, nothing written
cp "$T/a.seloste" "$T/orig.seloste"
ln -s a.seloste "$T/sym.seloste"
ln "$T/a.seloste" "$T/hard.seloste"
for o in "$T/a.seloste" "$T/./a.seloste" "$T/sym.seloste" "$T/hard.seloste"; do
  status 2 S render "$T/a.seloste" -o "$o"
  contains "$T/err" "is the document being rendered"
  cmp -s "$T/a.seloste" "$T/orig.seloste" || { fail "render -o $o overwrote its input"; cp "$T/orig.seloste" "$T/a.seloste"; }
done
(cd "$T" && S render a.seloste -o ./a.seloste) >"$T/out" 2>"$T/err" && fail "render a -o ./a succeeded"
cmp -s "$T/a.seloste" "$T/orig.seloste" || fail "render a -o ./a overwrote its input"
rm -f "$T/sym.seloste" "$T/hard.seloste"
cp "$T/orig.seloste" "$T/a.seloste"
cp "$top_srcdir/tests/data/import/numbered.txt" "$T/t.txt"
cp "$T/t.txt" "$T/t.orig"
ln -s t.txt "$T/tsym.txt"
ln "$T/t.txt" "$T/thard.txt"
for o in t.txt ./t.txt tsym.txt thard.txt "$T/t.txt"; do
  (cd "$T" && S import ./t.txt -o "$o" --force) >"$T/out" 2>"$T/err"; rc=$?
  [ $rc -eq 2 ] || fail "import ./t.txt -o $o --force: exit $rc"
  contains "$T/err" "is the notice being imported"
  cmp -s "$T/t.txt" "$T/t.orig" || { fail "import -o $o overwrote its input"; cp "$T/t.orig" "$T/t.txt"; }
done
rm -f "$T/tsym.txt" "$T/thard.txt"

# 3. owner, group and mode survive a save; hard links stay linked
if [ "$(id -u)" = 0 ]; then
  echo old >"$T/p.html"
  chown 33:33 "$T/p.html"
  chmod 640 "$T/p.html"
  status 0 S render "$T/a.seloste" --format html -o "$T/p.html"
  [ "$(stat -c %u:%g:%a "$T/p.html")" = 33:33:640 ] || fail "owner or mode lost: $(stat -c %u:%g:%a "$T/p.html")"
  contains "$T/p.html" "<html"
fi
echo old >"$T/h1.txt"
ln "$T/h1.txt" "$T/h2.txt"
status 0 S render "$T/a.seloste" -o "$T/h1.txt"
[ "$(stat -c %h "$T/h1.txt")" = 2 ] || fail "hard link broken: nlink $(stat -c %h "$T/h1.txt")"
cmp -s "$T/h2.txt" "$T/expect.txt" || fail "the other hard link does not see the new content"
[ "$(ls -A "$T" | grep -c '^\.h1')" -eq 0 ] || fail "backup left behind: $(ls -A "$T")"
# a failed write in place puts the old text back from the backup and removes the backup
echo old >"$T/h1.txt"
(ulimit -f 16; S new --force "$T/h1.txt") >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 2 ] || fail "in-place save under a full disk: exit $rc"
contains "$T/err" "$T/h1.txt: cannot save: File too large; the previous version of the file is kept"
[ "$(cat "$T/h2.txt")" = old ] || fail "the old text was not restored: $(head -c 80 "$T/h2.txt")"
[ "$(ls -A "$T" | grep -c '^\.h1')" -eq 0 ] || fail "backup left behind after a restore: $(ls -A "$T")"

# 3. a colleague saves a 0660 document in a shared setgid group directory: owner and group kept
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  chmod 755 "$T"
  mkdir "$T/team"
  chown 65534:4242 "$T/team"
  chmod 2770 "$T/team"
  cp "$T/a.seloste" "$T/team/doc.seloste"
  echo old >"$T/team/page.txt"
  chown 65534:4242 "$T/team/doc.seloste" "$T/team/page.txt"
  chmod 660 "$T/team/doc.seloste" "$T/team/page.txt"
  colleague() { setpriv --reuid=65533 --regid=65533 --groups=4242 "$SELOSTE" --ui-lang en "$@"; }
  status 0 colleague new --force "$T/team/doc.seloste"
  status 0 colleague render "$T/a.seloste" -o "$T/team/page.txt"
  for f in doc.seloste page.txt; do
    [ "$(stat -c %u:%g:%a "$T/team/$f")" = 65534:4242:660 ] ||
      fail "$f: owner, group or mode changed: $(stat -c %u:%g:%a "$T/team/$f")"
    setpriv --reuid=65534 --regid=65534 --clear-groups sh -c ": >>'$T/team/$f'" 2>/dev/null ||
      fail "$f: the first owner can no longer write it"
  done
  cmp -s "$T/team/page.txt" "$T/expect.txt" || fail "the colleague's rendering did not arrive"
  [ "$(ls -A "$T/team" | grep -c '^\.')" -eq 0 ] || fail "debris in the shared directory: $(ls -A "$T/team")"
  chmod 700 "$T"
fi

# 4. a dangling symlink: the target is created, the link kept
ln -s made.txt "$T/dangling.txt"
status 0 S render "$T/a.seloste" -o "$T/dangling.txt"
[ -L "$T/dangling.txt" ] || fail "the dangling link was replaced by a file"
cmp -s "$T/made.txt" "$T/expect.txt" || fail "the link's target was not written"
finish

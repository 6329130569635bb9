#!/bin/sh
# A save that cannot complete (disk full) keeps the old file whole and leaves no debris.
. "$top_srcdir/tests/lib.sh"

cp "$top_srcdir/tests/data/full.seloste" "$T/doc.seloste"
chmod 640 "$T/doc.seloste"
before=$(cksum <"$T/doc.seloste")

# a 16 KiB file-size limit plays a full disk: the ~40 KiB document cannot be written
(ulimit -f 16; "$SELOSTE" --ui-lang en new --force "$T/doc.seloste") >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 2 ] || fail "save under a full disk: exit $rc"
contains "$T/err" "$T/doc.seloste: cannot save: File too large; the previous version of the file is kept"
[ "$(cksum <"$T/doc.seloste")" = "$before" ] || fail "the old file changed"
[ "$(ls -A "$T" | grep -c '^\.doc')" -eq 0 ] || fail "temporary file left behind: $(ls -A "$T")"

# the same for a rendering written with -o
echo "old html" >"$T/n.html"
(ulimit -f 16; "$SELOSTE" --ui-lang en render "$T/doc.seloste" --format html -o "$T/n.html") >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 2 ] || fail "render under a full disk: exit $rc"
[ "$(cat "$T/n.html")" = "old html" ] || fail "-o file half-written"

# a successful save keeps the mode and a symlink stays a symlink
status 0 "$SELOSTE" new --force "$T/doc.seloste"
[ "$(stat -c %a "$T/doc.seloste")" = 640 ] || fail "mode not kept: $(stat -c %a "$T/doc.seloste")"
ln -s doc.seloste "$T/link.seloste"
status 0 "$SELOSTE" new --force "$T/link.seloste"
[ -L "$T/link.seloste" ] || fail "saving through a symlink replaced the link"

# killing the writer at any moment leaves the old or the new file, never a torn one
cp "$top_srcdir/tests/data/full.seloste" "$T/k.seloste"
i=0
while [ $i -lt 20 ]; do
  "$SELOSTE" new --force "$T/k.seloste" >/dev/null 2>&1 &
  pid=$!
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  "$SELOSTE" render "$T/k.seloste" >/dev/null 2>&1 || fail "torn file after kill -9 (round $i)"
  i=$((i + 1))
done
finish

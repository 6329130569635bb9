#!/bin/sh
# Saves that must not do harm: other users' symlinks, stale temp files, read-only directories,
# a file open in the wizard; and messages that say what became of the old file.
. "$top_srcdir/tests/lib.sh"
S() { "$SELOSTE" --ui-lang en "$@"; }

cp "$top_srcdir/tests/data/full.seloste" "$T/a.seloste"
chmod 644 "$T/a.seloste"
S render "$T/a.seloste" >"$T/expect.txt" || fail "render to stdout"

# 5. a link another user planted in a sticky world-writable directory is not followed
if [ "$(id -u)" = 0 ]; then
  mkdir "$T/pub"
  chmod 1777 "$T/pub"
  echo "important = yes" >"$T/important.conf"
  cp "$T/important.conf" "$T/important.orig"
  ln -s "$T/important.conf" "$T/pub/v.fi.txt"
  chown -h 65534:65534 "$T/pub/v.fi.txt"
  owner=$(stat -c %U "$T/pub/v.fi.txt")
  status 2 S render "$T/a.seloste" -o "$T/pub/v.fi.txt"
  contains "$T/err" "$T/pub/v.fi.txt: is a symbolic link owned by another user ($owner)"
  cmp -s "$T/important.conf" "$T/important.orig" || fail "the planted link's target was overwritten"
  [ -L "$T/pub/v.fi.txt" ] || fail "the planted link was replaced"
  # the same link one step further: a root-owned link to the planted one
  ln -s v.fi.txt "$T/pub/root-link.txt"
  status 2 S render "$T/a.seloste" -o "$T/pub/root-link.txt"
  contains "$T/err" "leads through the symbolic link $T/pub/v.fi.txt owned by another user"
  cmp -s "$T/important.conf" "$T/important.orig" || fail "the chained link's target was overwritten"
  # links of one's own, of root's or of the directory's owner are followed
  ln -s "$T/mine.txt" "$T/pub/mine.txt"
  status 0 S render "$T/a.seloste" -o "$T/pub/mine.txt"
  cmp -s "$T/mine.txt" "$T/expect.txt" || fail "own link not followed"
  mkdir "$T/nobodys"
  ln -s "$T/theirs.txt" "$T/nobodys/l.txt"
  chown -h 65534:65534 "$T/nobodys/l.txt" "$T/nobodys"
  status 0 S render "$T/a.seloste" -o "$T/nobodys/l.txt"
  cmp -s "$T/theirs.txt" "$T/expect.txt" || fail "the directory owner's link was not followed"
fi

# 7. stale temp files of a killed save are cleaned; one in use, a link or another user's file is not
mkdir "$T/s"
cp "$T/a.seloste" "$T/s/doc.seloste"
head -c 100000 /dev/zero >"$T/s/.doc.seloste.seloste-tmp.AbC123"
echo "victim" >"$T/victim"
ln -s "$T/victim" "$T/s/.doc.seloste.seloste-tmp.LnK123"
echo "busy" >"$T/s/.doc.seloste.seloste-tmp.XyZ789"
flock "$T/s/.doc.seloste.seloste-tmp.XyZ789" sh -c ": >'$T/locked'; sleep 30" &
holder=$!
i=0
while [ ! -e "$T/locked" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ "$(id -u)" = 0 ]; then
  echo "theirs" >"$T/s/.doc.seloste.seloste-tmp.Oth123"
  chown 65534 "$T/s/.doc.seloste.seloste-tmp.Oth123"
fi
status 0 S new --force "$T/s/doc.seloste"
[ ! -e "$T/s/.doc.seloste.seloste-tmp.AbC123" ] || fail "the stale temp file was not removed"
[ -e "$T/s/.doc.seloste.seloste-tmp.XyZ789" ] || fail "a temp file in use (locked) was removed"
[ -L "$T/s/.doc.seloste.seloste-tmp.LnK123" ] && [ "$(cat "$T/victim")" = victim ] || fail "a link named like a temp was touched"
[ "$(id -u)" != 0 ] || [ -e "$T/s/.doc.seloste.seloste-tmp.Oth123" ] || fail "another user's temp file was removed"
kill $holder 2>/dev/null
wait $holder 2>/dev/null

# 7. a failed save of a new file does not speak of a previous version
(ulimit -f 16; S new "$T/fresh.seloste") >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 2 ] || fail "save under a full disk: exit $rc"
contains "$T/err" "$T/fresh.seloste: cannot save: File too large; nothing was written"
lacks "$T/err" "previous version"
[ ! -e "$T/fresh.seloste" ] || fail "a half-written new file was left"

# 7. a read-only directory with a writable file: the message says the directory is the problem
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  chmod 755 "$T"
  mkdir "$T/ro"
  echo old >"$T/ro/p.txt"
  chmod 666 "$T/ro/p.txt"
  chown -R 65534:65534 "$T/ro"
  chmod 555 "$T/ro"
  nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$SELOSTE" --ui-lang en "$@"; }
  status 2 nobody render "$T/a.seloste" -o "$T/ro/p.txt"
  contains "$T/err" "$T/ro/p.txt: cannot save: the directory $T/ro is not writable (Permission denied)"
  contains "$T/err" "the previous version of the file is kept"
  [ "$(cat "$T/ro/p.txt")" = old ] || fail "the file in the read-only directory changed"
  status 2 nobody render "$T/a.seloste" -o "$T/ro/new.txt"
  contains "$T/err" "$T/ro/new.txt: cannot create the file: the directory $T/ro is not writable"
  status 2 nobody new "$T/ro/new.seloste"
  contains "$T/err" "$T/ro/new.seloste: cannot create the file: the directory $T/ro is not writable"
  chmod 755 "$T/ro"
  chmod 700 "$T"
fi

# 7. new --force and import --force respect the lock of a document open in the wizard
sleep 30 &
live=$!
cp "$T/a.seloste" "$T/open.seloste"
printf 'user=maija\nhost=%s\npid=%s\nsince=0\n' "$(hostname)" "$live" >"$T/open.seloste.lock"
status 2 S new --force "$T/open.seloste"
contains "$T/err" "$T/open.seloste: is being edited by maija on $(hostname) (process $live)"
cmp -s "$T/open.seloste" "$T/a.seloste" || fail "new --force replaced a locked document"
cp "$top_srcdir/tests/data/import/numbered.txt" "$T/n.txt"
status 2 S import "$T/n.txt" -o "$T/open.seloste" --force
contains "$T/err" "is being edited by maija"
cmp -s "$T/open.seloste" "$T/a.seloste" || fail "import --force replaced a locked document"
[ -e "$T/open.seloste.lock" ] || fail "someone else's lock was removed"
# render -o respects it too, and never writes a rendering over a document (by its name or through
# a link), which would destroy it; no lock file is made beside a rendering's output
status 2 S render "$T/a.seloste" -o "$T/open.seloste"
cmp -s "$T/open.seloste" "$T/a.seloste" || fail "render -o replaced a locked document"
cp "$T/a.seloste" "$T/other.seloste"
ln -s other.seloste "$T/page.html"
status 2 S render "$T/a.seloste" -o "$T/page.html"
contains "$T/err" "page.html: is named like a seloste document"
cmp -s "$T/other.seloste" "$T/a.seloste" || fail "render -o replaced a document through a link"
cp "$T/a.seloste" "$T/open.html"
printf 'user=maija\nhost=%s\npid=%s\nsince=0\n' "$(hostname)" "$live" >"$T/open.html.lock"
status 2 S render "$T/a.seloste" -o "$T/open.html"
contains "$T/err" "open.html: is being edited by maija"
status 0 S render "$T/a.seloste" -o "$T/free.html"
[ ! -e "$T/free.html.lock" ] || fail "render made a lock file beside its output"
kill $live 2>/dev/null
wait $live 2>/dev/null
# the holder is gone: the stale lock is cleared, the save goes ahead and leaves no lock behind
status 0 S import "$T/n.txt" -o "$T/open.seloste" --force
[ ! -e "$T/open.seloste.lock" ] || fail "lock left after import"
status 0 S new --force "$T/open.seloste"
[ ! -e "$T/open.seloste.lock" ] || fail "lock left after new"
# 6 (issue 9, A3). the user's own hidden files named like ".NAME." + six characters are not temp
# files of seloste's: a save leaves them alone, and leaves no temp or backup of its own behind
mkdir "$T/h"
echo MYBACKUP >"$T/h/.out.txt.backup"
echo X >"$T/h/.out.txt.abc123"
echo Y >"$T/h/.out.txt.Zz9876"
status 0 S render "$T/a.seloste" -o "$T/h/out.txt"
[ "$(cat "$T/h/.out.txt.backup" 2>/dev/null)" = MYBACKUP ] || fail "save deleted the user's .out.txt.backup"
[ "$(cat "$T/h/.out.txt.abc123" 2>/dev/null)" = X ] || fail "save deleted the user's .out.txt.abc123"
[ "$(cat "$T/h/.out.txt.Zz9876" 2>/dev/null)" = Y ] || fail "save deleted the user's .out.txt.Zz9876"
status 0 S render "$T/a.seloste" -o "$T/h/out.txt"
[ -e "$T/h/.out.txt.abc123" ] && [ -e "$T/h/.out.txt.Zz9876" ] || fail "a second save deleted the user's files"
[ "$(ls -A "$T/h" | grep -c 'seloste-')" -eq 0 ] || fail "temp or backup left: $(ls -A "$T/h")"

if [ "$(id -u)" = 0 ] && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
  other() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
  chmod 755 "$T"
  mkdir -m 1777 "$T/shared"
  mkdir -m 700 "$T/secretdir"
  echo SECRET >"$T/secretdir/victim"
  # 3 (A3). a directory link another user planted in a sticky folder is not followed, in any
  # component of the path, for render, new and import alike
  other ln -s "$T/secretdir" "$T/shared/sub" || fail "could not plant the directory link"
  status 2 S render "$T/a.seloste" -o "$T/shared/sub/victim"
  contains "$T/err" "$T/shared/sub/victim: leads through the symbolic link $T/shared/sub owned by another user (nobody)"
  [ "$(cat "$T/secretdir/victim")" = SECRET ] || fail "render wrote through the planted directory link"
  status 2 S render "$T/a.seloste" -o "$T/shared/sub/new2.txt"
  contains "$T/err" "owned by another user"
  status 2 S render "$T/a.seloste" -o "$T/shared/sub/../sub/./new3.txt"
  status 2 S new "$T/shared/sub/n.seloste"
  status 2 S import "$T/n.txt" -o "$T/shared/sub/i.seloste"
  [ "$(ls "$T/secretdir")" = victim ] || fail "files were made in the private folder: $(ls -A "$T/secretdir")"
  # the user's own directory link, and one of root's, are followed as before
  ln -s "$T/secretdir" "$T/shared/mine"
  status 0 S render "$T/a.seloste" -o "$T/shared/mine/ok.txt"
  cmp -s "$T/secretdir/ok.txt" "$T/expect.txt" || fail "own directory link not followed"
  rm -f "$T/secretdir/ok.txt"

  # 4+5 (A3). another user's FIFO or regular file planted in a sticky world-writable folder is not
  # written: no hang, no root text in their file, the file stays theirs and unchanged
  other mkfifo "$T/shared/pipe.txt"
  status 2 timeout 10 "$SELOSTE" --ui-lang en render "$T/a.seloste" -o "$T/shared/pipe.txt"
  contains "$T/err" "$T/shared/pipe.txt: belongs to user nobody and lies in $T/shared, a folder where everyone may create files"
  contains "$T/err" "Remove it or choose another name; nothing was written"
  other sh -c "echo THEIRS >'$T/shared/doc.en.txt'"
  status 2 S render "$T/a.seloste" -o "$T/shared/doc.en.txt"
  contains "$T/err" "$T/shared/doc.en.txt: belongs to user nobody"
  [ "$(cat "$T/shared/doc.en.txt")" = THEIRS ] || fail "root's rendering was written into the planted file"
  [ "$(stat -c %u "$T/shared/doc.en.txt")" = 65534 ] || fail "the planted file changed owner"
  other ln -s doc.en.txt "$T/shared/via-link.txt"
  status 2 S render "$T/a.seloste" -o "$T/shared/via-link.txt"
  [ "$(cat "$T/shared/doc.en.txt")" = THEIRS ] || fail "written through a link to the planted file"
  # in a folder of that user's own (not sticky), their file is theirs to share: written in place
  mkdir "$T/theirs" && chown 65534 "$T/theirs"
  other sh -c "echo OLD >'$T/theirs/x.txt'"
  status 0 S render "$T/a.seloste" -o "$T/theirs/x.txt"
  cmp -s "$T/theirs/x.txt" "$T/expect.txt" || fail "the file in the other user's own folder was not written"
  # a file of one's own in the sticky folder is written as usual
  echo MINE >"$T/shared/mine.txt"
  status 0 S render "$T/a.seloste" -o "$T/shared/mine.txt"
  cmp -s "$T/shared/mine.txt" "$T/expect.txt" || fail "own file in the sticky folder not written"
  chmod 700 "$T"
fi
# messages name the real problem: a missing input is missing (not "would replace the notice"), a
# missing directory is missing (not "cannot create the lock file")
status 2 S import "$T/nonexist.seloste"
contains "$T/err" "nonexist.seloste: cannot read: No such file or directory"
status 2 S new "$T/no-such-dir/x.seloste"
lacks "$T/err" "lock"
contains "$T/err" "no-such-dir/x.seloste: cannot"
finish

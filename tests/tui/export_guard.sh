#!/bin/sh
# ^F never writes onto the document itself (a symbolic or hard link to it in an output name's place),
# never hangs on a FIFO nobody reads, and never writes another user's file planted in a sticky folder.
. "$top_srcdir/tests/tui/tmux.sh"
tui_settings   # the notice names every detail: ^F writes it (issue 11 point 5)

# Finishes in session $1 and waits for the report saying what was not written.
finish_partly() {
  tui_wait "$1" "Languages of the notice"
  tui_keys "$1" C-f
  tui_wait "$1" "These were NOT written"
}

# an output name that is a symbolic or a hard link to the document: skipped, the document intact
mkdir "$WORK/w5"
"$SELOSTE" new --ui-lang en "$WORK/w5/a.seloste" >/dev/null || exit 1
ln -s a.seloste "$WORK/w5/a.en.txt"
ln "$WORK/w5/a.seloste" "$WORK/w5/a.fi.txt"
tui_start a --ui-lang en w5/a.seloste
finish_partly a
tui_wait a "w5/a.en.txt: is the document w5/a.seloste itself under another"
tui_wait a "w5/a.fi.txt: is the document w5/a.seloste itself under another"
tui_screen a | grep -q "w5/a.fi.html" || tui_fail a "the other files written are not named"
file_has "$WORK/w5/a.seloste" 'format_version = 2;'
[ -L "$WORK/w5/a.en.txt" ] && [ "$(stat -c %h "$WORK/w5/a.seloste")" = 2 ] ||
  { echo "FAIL: a link to the document was replaced"; exit 1; }
tui_keys a Space
tui_wait_gone a "These were NOT written"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
# and the wizard can still open it
tui_start b --ui-lang en w5/a.seloste
tui_wait b "Languages of the notice"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st: the document no longer opens"

# a FIFO of one's own that nothing reads: reported at once, no hang
mkdir "$WORK/f"
"$SELOSTE" new --ui-lang en "$WORK/f/doc.seloste" >/dev/null || exit 1
mkfifo "$WORK/f/doc.fi.html"
tui_start c --ui-lang en f/doc.seloste
finish_partly c
tui_wait c "f/doc.fi.html: is a named pipe (FIFO) and no program is reading"
[ -p "$WORK/f/doc.fi.html" ] || { echo "FAIL: the FIFO was replaced"; exit 1; }
[ -s "$WORK/f/doc.fi.txt" ] || { echo "FAIL: the other renderings were not written"; exit 1; }
tui_keys c Space
tui_wait_gone c "These were NOT written"
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"

# another user's FIFO and regular file planted in a world-writable sticky folder: not written
if [ "$(id -u)" = 0 ] && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
  other() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
  chmod 755 "$WORK"
  mkdir -m 1777 "$WORK/pub"
  "$SELOSTE" new --ui-lang en "$WORK/pub/doc.seloste" >/dev/null || exit 1
  other sh -c "mkfifo '$WORK/pub/doc.fi.html' && echo THEIRS >'$WORK/pub/doc.en.txt'" ||
    { echo "FAIL: could not plant the files as the other user"; exit 1; }
  tui_start d --ui-lang en pub/doc.seloste
  finish_partly d
  tui_wait d "pub/doc.fi.html: belongs to user nobody"
  tui_wait d "pub/doc.en.txt: belongs to user nobody"
  [ "$(cat "$WORK/pub/doc.en.txt")" = THEIRS ] && [ "$(stat -c %u "$WORK/pub/doc.en.txt")" = 65534 ] ||
    { echo "FAIL: root's rendering went into the planted file"; exit 1; }
  [ -s "$WORK/pub/doc.fi.txt" ] || { echo "FAIL: the other renderings were not written"; exit 1; }
  tui_keys d Space
  tui_wait_gone d "These were NOT written"
  tui_keys d C-q
  st=$(tui_wait_exit d); [ "$st" = 0 ] || tui_fail d "exit status $st"
fi

# the recovery file and the lock file are never the document: a hard link to it in their place is
# neither offered as unsaved work, written, nor taken for a lock
"$SELOSTE" new --ui-lang en "$WORK/r.seloste" >/dev/null || exit 1
cp "$WORK/r.seloste" "$WORK/r.copy"
ln "$WORK/r.seloste" "$WORK/r.seloste.recovery"
tui_start e --ui-lang en r.seloste
tui_wait e "r.seloste.recovery is another name for the document itself"
tui_screen e | grep -q "Unsaved work" && tui_fail e "the document was offered as unsaved work"
tui_keys e Space
tui_wait e "Languages of the notice"
tui_keys e Enter
tui_wait e "Controller"
tui_wait e "Tab Next field"                 # the form's first field, Name, has the focus
tui_type e "XYZZY"
tui_wait e "XYZZY"
sleep 2.5
tui_wait e "Could not write the recovery file"
tui_keys e C-q
tui_wait e "Save your changes before quitting?"
tui_keys e n
tui_wait e "Throw away every change"
tui_keys e Enter
st=$(tui_wait_exit e); [ "$st" = 0 ] || tui_fail e "exit status $st"
cmp -s "$WORK/r.seloste" "$WORK/r.copy" || { echo "FAIL: the recovery write changed the document"; exit 1; }
[ "$(stat -c %h "$WORK/r.seloste")" = 2 ] || { echo "FAIL: the hard link was removed or replaced"; exit 1; }
rm -f "$WORK/r.seloste.recovery"
ln "$WORK/r.seloste" "$WORK/r.seloste.lock"
tui_start g --ui-lang en r.seloste
tui_wait g "r.seloste.lock: is not a lock file of seloste"
tui_keys g q
st=$(tui_wait_exit g); [ "$st" = 2 ] || tui_fail g "exit status $st"
cmp -s "$WORK/r.seloste" "$WORK/r.copy" || { echo "FAIL: the document changed"; exit 1; }
[ "$(stat -c %h "$WORK/r.seloste")" = 2 ] || { echo "FAIL: the lock link was removed"; exit 1; }
echo "all assertions passed"

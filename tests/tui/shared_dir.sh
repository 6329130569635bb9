#!/bin/sh
# Side files in a world-writable (1777) directory: another user's planted recovery file (a link, or
# a regular file of theirs) is neither written, read nor offered; a planted export link is not followed.
. "$top_srcdir/tests/tui/tmux.sh"
tui_settings   # the notice names every detail: ^F writes it (issue 11 point 5)
[ "$(id -u)" = 0 ] || { echo "needs root to play two users: skipping"; exit 77; }
other() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
other true 2>/dev/null || { echo "setpriv cannot switch users: skipping"; exit 77; }

chmod 755 "$WORK"
mkdir "$WORK/shared" && chmod 1777 "$WORK/shared"
S="$WORK/shared"
printf 'IMPORTANT\n' >"$WORK/important.conf"            # a file of root's outside the directory
"$SELOSTE" new --ui-lang en "$S/v.seloste" >/dev/null || exit 1
"$SELOSTE" new --ui-lang en "$S/w.seloste" >/dev/null || exit 1
"$SELOSTE" new --ui-lang en "$WORK/planted.seloste" >/dev/null || exit 1
chmod 644 "$WORK/planted.seloste"
other sh -c "printf 'THEIRS\n' >'$S/theirs.txt' && ln -s '$S/theirs.txt' '$S/v.seloste.recovery' &&
  ln -s '$WORK/important.conf' '$S/v.fi.txt' && cp '$WORK/planted.seloste' '$S/w.seloste.recovery'" ||
  { echo "FAIL: could not plant the files as the other user"; exit 1; }
cp "$S/w.seloste.recovery" "$WORK/planted.copy"

# Goes from the first screen to "Purposes of processing" in session $1, its text taking the typing.
to_purposes() { tui_open_purposes "$1"; }

# a link planted as the recovery file: told about, never written through
tui_start a --ui-lang en shared/v.seloste
tui_wait a "shared/v.seloste.recovery is a symbolic"
tui_wait a "(owner: nobody)"
tui_wait a "your changes are not kept in a recovery file"
tui_screen a | grep -q "Unsaved work" && tui_fail a "the planted link was offered as unsaved work"
tui_keys a Space
tui_wait a "Languages of the notice"
to_purposes a
tui_type a "JUURENSALAISUUS"
tui_wait a "JUURENSALAISUUS"
sleep 2.5
tui_wait a "Could not write the recovery file"
[ "$(cat "$S/theirs.txt")" = THEIRS ] || { echo "FAIL: root's text was written into the planted file"; exit 1; }
[ -L "$S/v.seloste.recovery" ] || { echo "FAIL: the planted link was replaced"; exit 1; }
! grep -rqs JUURENSALAISUUS "$S/theirs.txt" "$S/v.seloste.recovery" || { echo "FAIL: text leaked"; exit 1; }

# ^F: the export link another user planted is not followed, the rest is written, the screen says which
tui_keys a C-f
tui_wait a "text is out of date"     # the Finnish was typed in, the English lags: finish anyway
tui_keys a f
tui_wait a "These were NOT written"
tui_wait a "shared/v.fi.txt: is a symbolic link owned by another user"
tui_screen a | grep -q "v.en.txt" || tui_fail a "the files written are not named"
[ "$(cat "$WORK/important.conf")" = IMPORTANT ] || { echo "FAIL: ^F replaced the file outside"; exit 1; }
[ -L "$S/v.fi.txt" ] || { echo "FAIL: the planted export link was replaced"; exit 1; }
[ -s "$S/v.en.txt" ] && [ -s "$S/v.fi.html" ] || { echo "FAIL: the other renderings were not written"; exit 1; }
tui_keys a Space
tui_wait_gone a "These were NOT written"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

# a regular recovery file of another user's: not offered, not overwritten, not removed
tui_start b --ui-lang en shared/w.seloste
tui_wait b "shared/w.seloste.recovery belongs to user nobody,"
tui_screen b | grep -q "Unsaved work" && tui_fail b "another user's file was offered as unsaved work"
tui_keys b Space
tui_wait b "Languages of the notice"
to_purposes b
tui_type b "JUURENSALAISUUS"
tui_wait b "JUURENSALAISUUS"
sleep 2.5
tui_wait b "Could not write the recovery file"
tui_keys b C-q
tui_wait b "Save your changes before quitting?"
tui_keys b n
tui_wait b "Throw away every change"
tui_keys b Enter
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
cmp -s "$S/w.seloste.recovery" "$WORK/planted.copy" || { echo "FAIL: the planted recovery file was changed"; exit 1; }
[ "$(stat -c %u "$S/w.seloste.recovery")" = 65534 ] || { echo "FAIL: owner changed"; exit 1; }

# a directory link another user planted: the wizard neither opens the document behind it nor makes
# its lock file there (every component of the path is checked, not only the last)
mkdir -m 700 "$WORK/private"
"$SELOSTE" new --ui-lang en "$WORK/private/doc.seloste" >/dev/null || exit 1
cp "$WORK/private/doc.seloste" "$WORK/private.copy"
other ln -s "$WORK/private" "$S/sub" || { echo "FAIL: could not plant the directory link"; exit 1; }
tui_start c --ui-lang en shared/sub/doc.seloste
st=$(tui_wait_exit c); [ "$st" = 2 ] || tui_fail c "exit status $st: the planted directory link was followed"
tui_wait c "leads through the symbolic link"
[ "$(ls -A "$WORK/private")" = doc.seloste ] || { echo "FAIL: side files made behind the link: $(ls -A "$WORK/private")"; exit 1; }
cmp -s "$WORK/private/doc.seloste" "$WORK/private.copy" || { echo "FAIL: the document behind the link changed"; exit 1; }
# a document another user left in the 1777 directory: root may read it but a save into it is
# refused; the whole reason shows in a dialog (the status line cut it at "belongs to user") and the
# changes stay open
other "$SELOSTE" new --ui-lang en "$S/theirs.seloste" >/dev/null || { echo "FAIL: could not make their document"; exit 1; }
cp "$S/theirs.seloste" "$WORK/theirs.copy"
tui_start d --ui-lang en shared/theirs.seloste
tui_wait d "Languages of the notice"
to_purposes d
tui_type d "MUUTOS"
tui_keys d C-s
tui_wait d "Could not save:"
tui_wait d "choose another name"
tui_wait d "Your changes are still open in the wizard."
tui_keys d Space
tui_wait d "Not saved."
tui_keys d C-q
tui_wait d "Save your changes before quitting?"
tui_keys d n
tui_wait d "Throw away every change"
tui_keys d Enter
st=$(tui_wait_exit d); [ "$st" = 0 ] || tui_fail d "exit status $st"
cmp -s "$S/theirs.seloste" "$WORK/theirs.copy" || { echo "FAIL: another user's document was written"; exit 1; }
echo "all assertions passed"

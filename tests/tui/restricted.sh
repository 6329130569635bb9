#!/bin/sh
# Restricted mode never follows a link out of the directory: not to open a document, not to write
# a rendering with ^F.
. "$top_srcdir/tests/tui/tmux.sh"

mkdir -p "$WORK/etc" "$WORK/safe" "$WORK/outside"
printf '[ui]\nrestricted = yes\ndirectory = %s\n' "$WORK/safe" >"$WORK/etc/seloste.ini"
"$SELOSTE" new --ui-lang en "$WORK/outside/doc.seloste" >/dev/null || exit 1
cp "$WORK/outside/doc.seloste" "$WORK/outside/doc.copy"
printf 'OUTSIDE\n' >"$WORK/outside/notice.txt"
ln -s "$WORK/outside/doc.seloste" "$WORK/safe/link.seloste"
ln -s "$WORK/outside/doc.seloste" "$WORK/l2.seloste"

# a link inside the directory to a document outside is not opened (settings, then -r)
TUI_ENV="env SELOSTE_SYSCONFDIR=$WORK/etc" tui_start a --ui-lang en link.seloste
st=$(tui_wait_exit a); [ "$st" = 2 ] || tui_fail a "exit status $st: the link was followed"
tui_wait a "is a symbolic link"
tui_start b --ui-lang en -r l2.seloste
st=$(tui_wait_exit b); [ "$st" = 2 ] || tui_fail b "exit status $st: the link was followed with -r"
tui_wait b "is a symbolic link"
cmp -s "$WORK/outside/doc.seloste" "$WORK/outside/doc.copy" || { echo "FAIL: the outside document changed"; exit 1; }
[ ! -e "$WORK/outside/doc.seloste.lock" ] && [ ! -e "$WORK/outside/doc.seloste.recovery" ] ||
  { echo "FAIL: side files written outside"; exit 1; }

# ^F does not write through a link to a file outside, even one of the user's own
"$SELOSTE" new --ui-lang en "$WORK/safe/v.seloste" >/dev/null || exit 1
ln -s "$WORK/outside/notice.txt" "$WORK/safe/v.fi.txt"
TUI_ENV="env SELOSTE_SYSCONFDIR=$WORK/etc" tui_start c --ui-lang en v.seloste
tui_wait c "Languages of the notice"
tui_keys c C-f
tui_wait c "finish anyway"
tui_keys c f
tui_wait c "These were NOT written"
tui_wait c "v.fi.txt: is a symbolic link"
[ "$(cat "$WORK/outside/notice.txt")" = OUTSIDE ] || { echo "FAIL: ^F wrote the file outside"; exit 1; }
[ -L "$WORK/safe/v.fi.txt" ] || { echo "FAIL: the link was replaced"; exit 1; }
[ -s "$WORK/safe/v.en.txt" ] || { echo "FAIL: the other renderings were not written"; exit 1; }
tui_keys c Space
tui_wait_gone c "These were NOT written"
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"
echo "all assertions passed"

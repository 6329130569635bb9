#!/bin/sh
# Restricted mode never follows a link out of the directory: not to open a document, not to write
# a rendering with ^F.
. "$top_srcdir/tests/tui/tmux.sh"
tui_settings   # the notice names every detail: ^F writes it (issue 11 point 5)

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
tui_wait c "These were NOT written"
tui_wait c "v.fi.txt: is a symbolic link"
[ "$(cat "$WORK/outside/notice.txt")" = OUTSIDE ] || { echo "FAIL: ^F wrote the file outside"; exit 1; }
[ -L "$WORK/safe/v.fi.txt" ] || { echo "FAIL: the link was replaced"; exit 1; }
[ -s "$WORK/safe/v.en.txt" ] || { echo "FAIL: the other renderings were not written"; exit 1; }
tui_keys c Space
tui_wait_gone c "These were NOT written"
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"

# a refused name typed at the start prompt is explained in the dialog and asked again, not the end
# of the session (for an account whose login command is seloste that would disconnect it)
mkfifo "$WORK/safe/p.seloste"
TUI_ENV="env SELOSTE_SYSCONFDIR=$WORK/etc" tui_start d --ui-lang en -r
tui_wait d "Name of the notice file"
tui_type d "../x"
tui_keys d Enter
tui_wait d "../x.seloste: restricted mode: give a plain file name"
tui_wait d "Name of the notice file"
tui_type d "/tmp/x.seloste"
tui_keys d Enter
tui_wait d "/tmp/x.seloste: restricted mode: give a plain file name"
tui_type d ".hidden"
tui_keys d Enter
tui_wait d "a name may not begin with a dot"
tui_type d "link"
tui_keys d Enter
tui_wait d "safe/link.seloste: is a symbolic link;"
tui_type d "p"
tui_keys d Enter
tui_wait d "is not a regular file"
tui_wait d "Name of the notice file"
# a name with a dot of its own still gets .seloste
tui_type d "r.fi"
tui_keys d Enter
tui_wait d "Languages of the notice"
tui_keys d C-q
st=$(tui_wait_exit d); [ "$st" = 0 ] || tui_fail d "exit status $st"
[ -f "$WORK/safe/r.fi.seloste" ] || { echo "FAIL: r.fi did not become r.fi.seloste: $(ls "$WORK/safe")"; exit 1; }
# Esc at the prompt still quits
TUI_ENV="env SELOSTE_SYSCONFDIR=$WORK/etc" tui_start e --ui-lang en -r
tui_wait e "Name of the notice file"
tui_keys e Escape
st=$(tui_wait_exit e); [ "$st" = 2 ] || tui_fail e "exit status $st after Esc"

# a folder the user cannot write: the lock message says so and what to do
if [ "$(id -u)" = 0 ] && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
  chmod 755 "$WORK"
  mkdir "$WORK/ro"
  "$SELOSTE" new --ui-lang en "$WORK/ro/r.seloste" >/dev/null || exit 1
  chmod 644 "$WORK/ro/r.seloste"
  TUI_ENV="setpriv --reuid=65534 --regid=65534 --clear-groups" tui_start f --ui-lang en ro/r.seloste
  tui_wait f "the folder ro is"
  tui_wait f "ask for write access to the"
  tui_wait f "[r] open it read-only"
  tui_keys f q
  st=$(tui_wait_exit f); [ "$st" = 2 ] || tui_fail f "exit status $st"
fi
echo "all assertions passed"

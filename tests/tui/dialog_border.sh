#!/bin/sh
# A dialog has a line border and a cleared inside, so that it stands out from the screen without
# colour (NO_COLOR, TERM=xterm): the quit question sits inside ┌─┐ │ │ └─┘ at the same columns.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en box.seloste >/dev/null || exit 1
TUI_TERM=xterm TUI_ENV="env NO_COLOR=1" tui_start a --ui-lang en box.seloste
tui_wait a "Languages of the notice"
tui_keys a Space                          # a change, so that quitting asks
tui_wait a "Leave Finnish out of the notice"
tui_keys a Enter
tui_wait a "[ ] Finnish"
tui_keys a C-q
tui_wait a "Save your changes before quitting?"
tui_screen a >"$WORK/screen"

# Columns (characters) before the first occurrence of $2 in line $1 of the screen.
col() { sed -n "$1p" "$WORK/screen" | LC_ALL=C.UTF-8 sed "s/$2.*//" | LC_ALL=C.UTF-8 wc -m; }
# Columns before the last occurrence of $2 in line $1.
col_last() { sed -n "$1p" "$WORK/screen" | LC_ALL=C.UTF-8 sed "s/$2[^$2]*\$//" | LC_ALL=C.UTF-8 wc -m; }
q=$(grep -n "Save your changes before quitting?" "$WORK/screen" | cut -d: -f1)
top=$((q - 1))
bottom=$(awk -v q="$q" 'NR > q && /└/ { print NR; exit }' "$WORK/screen")
[ -n "$bottom" ] || tui_fail a "no bottom border (└) below the question"
sed -n "${top}p" "$WORK/screen" | grep -q '┌─*┐' || tui_fail a "no top border ┌─┐ above the question"
sed -n "${bottom}p" "$WORK/screen" | grep -q '└─*┘' || tui_fail a "no bottom border └─┘"
sed -n "${q}p" "$WORK/screen" | grep -q '│ Save your changes before quitting? *│' ||
  tui_fail a "the question is not between │ and │"
left=$(col "$top" ┌)
right=$(col "$top" ┐)
[ "$(col "$bottom" └)" = "$left" ] || tui_fail a "└ is not under ┌"
[ "$(col "$bottom" ┘)" = "$right" ] || tui_fail a "┘ is not under ┐"
r=$q
while [ "$r" -lt "$bottom" ]; do
  [ "$(col "$r" │)" = "$left" ] || tui_fail a "row $r: the left border is not under ┌"
  [ "$(col_last "$r" │)" = "$right" ] || tui_fail a "row $r: the right border is not under ┐"
  r=$((r + 1))
done
# the empty row inside the box is blank: nothing of the screen below shows through
sed -n "$((q + 1))p" "$WORK/screen" | grep -q '│ *│' || tui_fail a "the row under the question is not blank"
tui_keys a n
tui_wait a "Throw away every change"
tui_keys a Enter
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

#!/bin/sh
# ESCDELAY is honoured: with ESCDELAY=1000 an escape sequence split over a slow link (ESC [ now,
# 1 ~ 30 ms or 300 ms later) is still Home or End, and a lone Esc still leaves the editor.
. "$top_srcdir/tests/tui/keys_lib.sh"

"$SELOSTE" new --ui-lang en d.seloste >/dev/null || exit 1
cp d.seloste orig.seloste
TUI_ENV="ESCDELAY=1000" open_register_name a d.seloste
tui_keys a Enter; tui_type a "ABC"
tui_seq a '\033['; sleep 0.3; tui_type a "1~"; tui_type a "Home "
tui_seq a '\033['; sleep 0.03; tui_type a "4~"; tui_type a " end"
tui_wait a "Home ABC end"
tui_keys a Escape
tui_wait a "Text in Finnish: edited"
tui_wait a "e edit"
unchanged d.seloste orig.seloste
tui_keys a C-s
tui_wait a "Saved d.seloste."
text_is d.seloste register_name fi 'Asiakasrekisteri\nHome ABC end'
same_but orig.seloste d.seloste register_name
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

#!/bin/sh
# ESCDELAY is honoured: with ESCDELAY=1000 an escape sequence split over a slow link (ESC [ now,
# 1 ~ 30 ms or 300 ms later; TERM=xterm, sent literally as PuTTY does) is still Home or End, and
# the words typed after it land in the text byte for byte, never as commands; a lone Esc (with
# nothing after it for longer than ESCDELAY) does nothing; nothing is saved before ^S.
. "$top_srcdir/tests/tui/keys_lib.sh"

"$SELOSTE" new --ui-lang en d.seloste >/dev/null || exit 1
cp d.seloste orig.seloste
TUI_ENV="ESCDELAY=1000" open_register_name a d.seloste
tui_keys a Enter; tui_type a "ABC"
tui_seq a '\033['; sleep 0.3; tui_type a "1~"; tui_type a "Home "
tui_seq a '\033['; sleep 0.03; tui_type a "4~"; tui_type a " end"
tui_seq a '\033'; sleep 0.3; tui_type a "[4~"; tui_type a " slow"   # split right after ESC
tui_wait a "Home ABC end slow"
on_register_name a
tui_screen a >before-esc
tui_keys a Escape
sleep 1.5                                                        # past ESCDELAY: a lone Esc
tui_screen a | cmp -s - before-esc || tui_fail a "a lone Esc changed the screen"
tui_type a "!"
tui_wait a "Home ABC end slow!"
on_register_name a
sleep 2.5
unchanged d.seloste orig.seloste
text_is d.seloste.recovery register_name fi 'Asiakasrekisteri\nHome ABC end slow!'
tui_keys a C-s
tui_wait a "Saved d.seloste."
text_is d.seloste register_name fi 'Asiakasrekisteri\nHome ABC end slow!'
same_but orig.seloste d.seloste register_name
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

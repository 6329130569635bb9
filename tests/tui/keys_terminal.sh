#!/bin/sh
# Keys as terminals really send them, with TERM=xterm (PuTTY's default): Home/End/Delete/Insert/
# PgUp/PgDn in the forms of PuTTY, tmux/screen, the Linux console, rxvt and xterm's two cursor
# modes move the cursor in the editor, and the words typed after them land in the text byte for
# byte; TAB types a space; unknown sequences are dropped whole; nothing is saved before ^S.
. "$top_srcdir/tests/tui/keys_lib.sh"

"$SELOSTE" new --ui-lang en k.seloste >/dev/null || exit 1
cp k.seloste orig.seloste
open_register_name a k.seloste
tui_keys a Enter; tui_type a "ABC"                               # PuTTY, tmux/screen, Linux console
tui_seq a '\033[1~'; tui_type a "uusi lause "; tui_seq a '\033[4~'; tui_type a " loppu"
tui_keys a Enter; tui_type a "2"                                 # rxvt
tui_seq a '\033[7~'; tui_type a "rxvt "; tui_seq a '\033[8~'; tui_type a " x"
tui_keys a Enter; tui_type a "3"                                 # xterm, normal cursor mode
tui_seq a '\033[H'; tui_type a "xterm "; tui_seq a '\033[F'; tui_type a " y"
tui_keys a Enter; tui_type a "4"                                 # xterm, application cursor mode
tui_seq a '\033OH'; tui_type a "app "; tui_seq a '\033OF'; tui_type a " z"
tui_keys a Enter; tui_type a "a	b"                              # TAB types (as a space)
tui_keys a Enter; tui_type a "D"                                 # unknown sequences: dropped whole
tui_seq a '\033[99~'; tui_type a "E"; tui_seq a '\033[1;5H'; tui_type a "F"
tui_keys a Enter; tui_type a "GHX"                               # Left, Delete, Insert, PgUp, PgDn
tui_seq a '\033[D\033[3~'; tui_type a "I"; tui_seq a '\033[2~'
tui_seq a '\033[5~\033[6~\033[4~'; tui_type a "J"
tui_wait a "GHIJ"
tui_wait a "^X or Esc done"                                      # still editing
sleep 2.5                                                        # the recovery file is due
unchanged k.seloste orig.seloste
want='Asiakasrekisteri\nuusi lause ABC loppu\nrxvt 2 x\nxterm 3 y\napp 4 z\na b\nDEF\nGHIJ'
text_is k.seloste.recovery register_name fi "$want"
tui_keys a C-s
tui_wait a "Saved k.seloste."
text_is k.seloste register_name fi "$want"
same_but orig.seloste k.seloste register_name
tui_keys a Escape                                                # a lone Esc still leaves the editor
tui_wait a "Text in Finnish: edited"
tui_wait a "e edit"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

# The same with TERM=screen (tmux's own), whose terminfo knows neither rxvt's nor xterm's forms
# nor Ctrl-Home: each is decoded or dropped by the wizard itself.
cp orig.seloste s.seloste
TUI_TERM=screen open_register_name s s.seloste
tui_keys s Enter; tui_type s "ABC"
tui_seq s '\033[H'; tui_type s "uusi "; tui_seq s '\033[F'; tui_type s " y"
tui_seq s '\033[7~'; tui_type s "<"; tui_seq s '\033[8~'
tui_seq s '\033[1;5H\033[99~\033[?1;2c\033O5P'; tui_type s " fin"
tui_wait s "ABC y fin"
tui_keys s C-s
tui_wait s "Saved s.seloste."
text_is s.seloste register_name fi 'Asiakasrekisteri\n<uusi ABC y fin'
same_but orig.seloste s.seloste register_name
tui_keys s C-q
st=$(tui_wait_exit s); [ "$st" = 0 ] || tui_fail s "exit status $st"
exit 0

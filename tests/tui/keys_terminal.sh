#!/bin/sh
# Keys as terminals really send them, with TERM=xterm (PuTTY's default), sent literally as PuTTY
# does: Home/End/Delete/Insert/PgUp/PgDn in the forms of PuTTY, tmux/screen, the Linux console,
# rxvt and xterm's two cursor modes move the cursor in the section's text (modeless: no key opens
# it), and the words typed after them land in the text byte for byte, letters that were commands
# (s a u e l r y x c q) included; Tab goes on to the next section and Shift-Tab (ESC [ Z) back;
# unknown sequences are dropped whole; a lone Esc does nothing; nothing is saved before ^S.
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
tui_keys a Enter; tui_type a "a"                                # Tab: the next section, then
tui_keys a Tab; tui_wait a "You changed the text"                 # an offer, no question
tui_wait a "Date of preparation and last update"; tui_wait_gone a "A short name that tells"
tui_seq a '\033[Z'; on_register_name a; tui_type a " b"          # Shift-Tab back, cursor at the end
tui_keys a Enter; tui_type a "D"                                 # unknown sequences: dropped whole
tui_seq a '\033[99~'; tui_type a "E"; tui_seq a '\033[1;5H'; tui_type a "F"
tui_keys a Enter; tui_type a "GHX"                               # Left, Delete, Insert, PgUp, PgDn
tui_seq a '\033[D\033[3~'; tui_type a "I"; tui_seq a '\033[2~'
tui_seq a '\033[5~\033[6~\033[4~'; tui_type a "J"
tui_wait a "GHIJ"
on_register_name a                                               # no key ran a command
sleep 2.5                                                        # the recovery file is due
unchanged k.seloste orig.seloste
want='Asiakasrekisteri\nuusi lause ABC loppu\nrxvt 2 x\nxterm 3 y\napp 4 z\na b\nDEF\nGHIJ'
text_is k.seloste.recovery register_name fi "$want"
tui_keys a C-s
tui_wait a "Saved k.seloste."
text_is k.seloste register_name fi "$want"
same_but orig.seloste k.seloste register_name
cp k.seloste saved.seloste
tui_screen a >before-esc
tui_keys a Escape                                                # a lone Esc does nothing: the
sleep 0.5                                                        # screen stays, the text keeps
tui_screen a | cmp -s - before-esc || tui_fail a "Esc changed the screen"          # the focus
tui_type a " sulje"                                              # and the cursor
tui_wait a "GHIJ sulje"
on_register_name a
sleep 2.5
unchanged k.seloste saved.seloste
text_is k.seloste.recovery register_name fi "$want sulje"
tui_keys a C-q
tui_wait a "Save your changes before quitting?"
tui_type a n
tui_wait a "Throw away every change"
tui_keys a Enter
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

#!/bin/sh
# Resize to 60x15 and back while editing: a clear notice, no crash, the typed text intact.
. "$top_srcdir/tests/tui/tmux.sh"

tui_start a --ui-lang en rs.seloste
tui_wait a "Languages of the notice"
tui_keys a Enter C-n C-n C-n C-n
tui_wait a "Name of the register"
tui_wait a "^N Next section  ^P Previous  ^Z Undo"              # its text has the focus at once
tui_type a " ja öljyt"
tui_wait a "ja öljyt"
$T resize-window -t a -x 60 -y 15
tui_wait a "Make the window larger"
tui_wait a "60x15"
tui_type a "zz"                           # keys while too small are ignored, not lost input
$T resize-window -t a -x 20 -y 5
tui_wait a "20x5"
$T resize-window -t a -x 80 -y 24
tui_wait a "Name of the register"
tui_wait a "ja öljyt"
tui_wait a "^N Next section  ^P Previous  ^Z Undo"
tui_type a " ja äes"
tui_wait a "ja öljyt ja äes"
tui_keys a C-s
tui_wait a "Saved rs.seloste."
file_has rs.seloste "ja öljyt ja äes"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

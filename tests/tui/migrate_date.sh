#!/bin/sh
# Trial 5 finding 5: a format-1 notice opened in the wizard says once, in the status line, that it is
# in the old format and is converted when saved; ^S without a change writes format 2 but keeps the
# notice's "last updated" date (modified); a real change (English left out) moves it to today.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm

sed 's/^modified = .*/modified = "2020-01-02";/' "$top_srcdir/tests/data/format1-demo.seloste" >old.seloste
tui_start a --ui-lang fi old.seloste
tui_wait a "Selosteen kielet"
tui_wait a "vanhassa muodossa 1"
tui_keys a C-s
tui_wait a "tallennettiin"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
file_has old.seloste 'format_version = 2;'
file_has old.seloste 'modified = "2020-01-02";'

# format 2 now: no note about the format; a change by the person dates the notice today
tui_start b --ui-lang fi old.seloste
tui_wait b "Selosteen kielet"
if tui_screen b | grep -qF "vanhassa muodossa"; then tui_fail b "a format-2 file was called old"; fi
tui_keys b C-s
tui_wait b "tallennettiin"
file_has old.seloste 'modified = "2020-01-02";'
tui_keys b Down Space
tui_wait b "Jätetäänkö"
tui_keys b Enter
tui_wait b "[ ] englanti"
tui_keys b C-s
tui_wait b "tallennettiin"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
file_has old.seloste "modified = \"$(date +%Y-%m-%d)\";"
echo "all assertions passed"

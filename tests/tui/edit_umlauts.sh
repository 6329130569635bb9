#!/bin/sh
# Go back to a paragraph through the overview, edit it with ä/ö/€ (typed, deleted both ways), save.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en rek.seloste >/dev/null || exit 1
tui_start a --ui-lang en rek.seloste
tui_wait a "Languages of the notice"
tui_keys a Enter C-n C-n C-n          # go forward first, then back through the overview
tui_wait a "Representative in the EU"
tui_goto a retention "Retention period"
tui_wait a "Text in Finnish: stock text"
tui_wait a "^N Next section  ^P Previous  ^Z Undo"           # the text has the focus at once: no key opens it
tui_keys a End                       # end of the first line, then a new paragraph at the very end
tui_keys a PPage PPage NPage NPage NPage
tui_keys a Enter Enter
tui_type a "Hyvä öljy säästää rahaa € xyz"
tui_keys a BSpace BSpace BSpace BSpace
tui_keys a Left Left Left Left Left Left Left DC
tui_type a "Ä"
tui_wait a "Hyvä öljy säästää Äahaa €"
tui_wait a "Text in Finnish: edited"
tui_keys a C-s
tui_wait a "Saved rek.seloste."
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_wait a "Retention period"
# the overview shows the edit: the Finnish text edited alone leaves the English one out of date
tui_screen a | grep "Retention period" | grep -q "EN out of date" || tui_fail a "overview does not show the edit"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

"$SELOSTE" render --draft rek.seloste --lang fi --format text --ui-lang en >out.txt 2>/dev/null || exit 1
file_has out.txt "Hyvä öljy säästää Äahaa €"
file_has rek.seloste 'origin = "edited";'
exit 0

#!/bin/sh
# Switching the legal basis to legitimate interests brings its dependent section in, and back out.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en lb.seloste >/dev/null || exit 1
tui_start a --ui-lang en lb.seloste
tui_wait a "Languages of the notice"
tui_keys a C-o
tui_wait a "Overview of the notice"
tui_screen a | grep "Legitimate interests pursued" | grep -q "does not apply" \
  || tui_fail a "dependent section shown as applying under contract"
tui_keys a Down Down Down Down Down Down Down Enter
tui_wait a "Legal basis for processing"
tui_wait a "(*) Contract"
tui_wait a " 6/25"
tui_keys a Down Down Down Down Space
tui_wait a "(*) Legitimate interests"
tui_wait a 'Now also to be filled in: "Legitimate interests pursued"'
tui_wait a " 6/26"
tui_keys a C-n
tui_wait a "Legitimate interests pursued"
tui_wait a " 7/26"
tui_keys a C-s
tui_wait a "Saved lb.seloste."
file_has lb.seloste 'choice = "legitimate_interest";'
tui_keys a C-p
tui_wait a "(*) Legitimate interests"
tui_keys a Up Up Up Up Space           # back to contract: the section goes away again
tui_wait a "(*) Contract"
tui_wait a " 6/25"
tui_keys a Tab Tab                     # past the options and the text: the next section
tui_wait a "Obligation to provide data"
tui_keys a C-s
tui_wait a "Saved lb.seloste."
file_has lb.seloste 'choice = "contract";'
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

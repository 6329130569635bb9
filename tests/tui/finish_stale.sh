#!/bin/sh
# A user trial found that a notice whose Finnish was edited after its English was published with ^F
# without a word, the English then saying something else. Now ^F asks first, naming how many texts
# are out of date; cancel writes no notice file, "finish anyway" writes them. English UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
mkdir -p "$WORK/home/seloste"
cp "$top_srcdir/data/demo.ini" "$WORK/home/seloste/seloste.ini"
XDG_CONFIG_HOME=$WORK/home
export XDG_CONFIG_HOME
TUI_ENV="XDG_CONFIG_HOME='$WORK/home'"

"$SELOSTE" new d.seloste >/dev/null 2>&1 || exit 1
tui_start a --ui-lang en d.seloste
tui_wait a "Languages of the notice"
tui_keys a Enter
tui_wait_heading a "Controller"
tui_goto a retention "Retention period"
tui_wait a "Text in Finnish"
tui_type a "Lisäys"
tui_wait a "Lisäys"
tui_keys a C-n
tui_wait a "You changed the text of"
tui_keys a C-f
tui_wait a "text is out of date: another language was edited after it"
tui_keys a c
tui_wait_gone a "text is out of date: another"
ls d.*.html d.*.txt >/dev/null 2>&1 && tui_fail a "cancel on the out-of-date question wrote notice files"
tui_keys a C-f
tui_wait a "text is out of date: another language was edited after it"
tui_keys a f
tui_wait a "Saved d.seloste and wrote:"
ls d.en.html d.fi.html >/dev/null 2>&1 || tui_fail a "finish anyway did not write the notice files"
tui_keys a Enter
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

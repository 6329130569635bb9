#!/bin/sh
# NO_COLOR and TERM=vt100 give a usable screen without colour; LANG=fi_FI.UTF-8 on a C.UTF-8 server shows ä.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en nc.seloste >/dev/null || exit 1
has_colour() { $T capture-pane -e -p -t "$1" | grep -qE "$(printf '\033')\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]"; }

TUI_TERM=xterm-256color tui_start a --ui-lang en nc.seloste
tui_wait a "Languages of the notice"
has_colour a || tui_fail a "no colours without NO_COLOR (the check below would prove nothing)"
tui_keys a C-q
tui_wait_exit a >/dev/null

TUI_TERM=xterm-256color TUI_ENV="env NO_COLOR=1" tui_start b --ui-lang en nc.seloste
tui_wait b "Languages of the notice"
tui_keys b Enter
tui_wait b "Controller"
has_colour b && tui_fail b "colours despite NO_COLOR"
tui_keys b C-q
tui_wait_exit b >/dev/null

TUI_TERM=vt100 tui_start c --ui-lang en nc.seloste
tui_wait c "Languages of the notice"
tui_keys c Enter C-n C-n C-n C-n C-n C-n C-n
tui_wait c "Purposes of processing"
tui_keys c Tab                    # from the list of purposes into its text
tui_wait c "käsittelee henkilötietojasi"
tui_keys c C-o
tui_wait c "Overview of the notice"
has_colour c && tui_fail c "colours on a vt100"
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st on vt100"

# Finnish UI chosen from the SSH client's LANG although only C.UTF-8 exists here
TUI_ENV="env LANG=fi_FI.UTF-8 LC_ALL= LANGUAGE=" tui_start d nc.seloste
tui_wait d "Selosteen kielet"
tui_wait d "[x] englanti"
tui_keys d Enter
tui_wait d "Rekisterinpitäjä"
tui_wait d "Y-tunnus"
tui_keys d C-q
st=$(tui_wait_exit d); [ "$st" = 0 ] || tui_fail d "exit status $st in Finnish"

# the Linux console works too
TUI_TERM=linux tui_start e --ui-lang en nc.seloste
tui_wait e "Languages of the notice"
tui_keys e Enter
tui_wait e "Controller"
tui_keys e C-q
st=$(tui_wait_exit e); [ "$st" = 0 ] || tui_fail e "exit status $st on TERM=linux"

# the UI language can come from the settings file when the environment names none
mkdir -p "$WORK/home/seloste"
printf '[ui]\nlanguage = en\n' >"$WORK/home/seloste/seloste.ini"
TUI_ENV="env XDG_CONFIG_HOME=$WORK/home LANG=C.UTF-8 LC_ALL= LANGUAGE=" tui_start f nc.seloste
tui_wait f "Languages of the notice"
tui_keys f C-q
st=$(tui_wait_exit f); [ "$st" = 0 ] || tui_fail f "exit status $st with the UI language from settings"
exit 0

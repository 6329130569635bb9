#!/bin/sh
# A terminal the wizard cannot drive (unknown to terminfo, dumb, TERM unset) gets a clear message in
# the UI language and exit status 2, before any file is created or locked.
. "$top_srcdir/tests/tui/tmux.sh"

"$SELOSTE" new --ui-lang en old.seloste >/dev/null || exit 1
before=$(ls "$WORK")

# Runs the wizard in session $1 with TERM set as $2 ("-" unsets it) and UI language $3 on file $4,
# then checks its exit status, that its screen shows $5 and $6, and that no file appeared.
refused() {
  if [ "$2" = - ]; then
    TUI_ENV="env -u TERM" tui_start "$1" --ui-lang "$3" "$4"
  else
    TUI_TERM=$2 TUI_ENV="" tui_start "$1" --ui-lang "$3" "$4"
  fi
  st=$(tui_wait_exit "$1")
  [ "$st" = 2 ] || tui_fail "$1" "TERM=$2 --ui-lang $3: exit status $st, want 2"
  screen=$($T capture-pane -p -J -t "$1") # -J: the message's lines joined where the pane wrapped them
  printf '%s\n' "$screen" | grep -qF -- "$5" || tui_fail "$1" "TERM=$2 --ui-lang $3: no '$5'"
  printf '%s\n' "$screen" | grep -qF -- "$6" || tui_fail "$1" "TERM=$2 --ui-lang $3: no '$6'"
  now=$(ls "$WORK" | grep -v '^status\.')
  [ "$now" = "$before" ] || tui_fail "$1" "TERM=$2 --ui-lang $3 created files: $now"
}

en_hint="or use PuTTY or another terminal"
fi_hint="tai käytä PuTTYä tai muuta pääteohjelmaa"
refused a xterm-kitty en new.seloste "TERM=xterm-kitty is not known on this computer" "$en_hint"
refused b xterm-kitty fi old.seloste "päätetyyppiä TERM=xterm-kitty ei tunneta" "$fi_hint"
refused c dumb en old.seloste "TERM=dumb cannot move the cursor" "$en_hint"
refused d dumb fi new.seloste "päätetyyppi TERM=dumb ei osaa siirtää kohdistinta" "$fi_hint"
refused e - en new.seloste "TERM is not set" "$en_hint"
refused f - fi old.seloste "TERM-muuttujaa ei ole asetettu" "$fi_hint"
refused g xterm-kitty en "" "TERM=xterm-kitty is not known" "seloste render FILE"

# a terminal it can drive still opens the wizard
TUI_TERM=xterm tui_start h --ui-lang en old.seloste
tui_wait h "Languages of the notice"
tui_keys h C-q
st=$(tui_wait_exit h); [ "$st" = 0 ] || tui_fail h "exit status $st on TERM=xterm"
exit 0

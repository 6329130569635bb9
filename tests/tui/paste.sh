#!/bin/sh
# Bracketed paste: pasted text is text, never keys. Inside the editor and outside it (the editor of
# the section opens), with CR LF, TAB and letters that are commands (r s y a x l), the text lands
# byte for byte and nothing is reset, marked not applicable or saved; a one-line field gets one
# line; a screen without text says the paste was not used. The wizard turns the terminal's paste
# mode on (tmux brackets its own paste) and off again on quitting and on SIGTERM.
. "$top_srcdir/tests/tui/keys_lib.sh"

# Starts the wizard like tui_start, with everything it writes to the terminal copied to out.$1.
start_piped() {
  s=$1; shift
  $T has-session -t boot 2>/dev/null || $T new-session -d -s boot -x 80 -y 24 "sleep 600"
  $T new-session -d -s "$s" -x 80 -y 24 \
    "sleep 0.5; cd '$WORK' && TERM=xterm '$SELOSTE' $*; echo \$? >'$WORK/status.$s'; sleep 600"
  $T pipe-pane -t "$s" -o "cat >>'$WORK/out.$s'"
}
# Fails unless the terminal of session $1 got bracketed paste on, and off as the last word.
paste_mode_off() {
  grep -q "$(printf '\033')\[?2004h" "out.$1" || { echo "FAIL: bracketed paste was never turned on"; exit 1; }
  last=$(grep -ao "$(printf '\033')\[?2004[hl]" "out.$1" | tail -1)
  [ "$last" = "$(printf '\033[?2004l')" ] || { echo "FAIL: bracketed paste left on ($1)"; exit 1; }
}

"$SELOSTE" new --ui-lang en p.seloste >/dev/null || exit 1
cp p.seloste orig.seloste
start_piped a --ui-lang en p.seloste
tui_wait a "Languages of the notice"
tui_seq a '\033[200~rsyaxl\033[201~'                 # the welcome screen has no text: not used
tui_wait a "Pasted text was not used"
tui_keys a Enter
tui_wait a "Controller"
tui_seq a '\033[200~Alpha\r\nBeta\033[201~'          # no editor open: the Name field's opens
tui_wait a "Alpha Beta"
tui_keys a C-x Tab Tab Tab Tab
tui_wait a "Name of the register"
tui_keys a e
tui_wait a "^X or Esc done"
tui_keys a Enter                                     # inside the editor
tui_seq a '\033[200~Alpha\r\nBe\tta rsyaxl\r\n\033[201~'
tui_type a "ok"
tui_wait a "ok"
tui_keys a Escape
tui_wait a "e edit"
$T set-buffer -b p "$(printf 'rekisteröidyn tiedot\nrsyaxl\tq')"
$T paste-buffer -p -b p -t a                         # no editor open; tmux brackets it
tui_wait a "rsyaxl q"
tui_wait a "^X or Esc done"
sleep 2.5
unchanged p.seloste orig.seloste
want='Asiakasrekisteri\nAlpha\nBe ta rsyaxl\nokrekisteröidyn tiedot\nrsyaxl q'
text_is p.seloste.recovery register_name fi "$want"
tui_keys a C-s
tui_wait a "Saved p.seloste."
text_is p.seloste register_name fi "$want"
text_is p.seloste controller name 'Alpha Beta'
same_but orig.seloste p.seloste register_name controller
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
paste_mode_off a

start_piped b --ui-lang en p.seloste                 # a terminating signal turns it off too
tui_wait b "Languages of the notice"
kill -TERM "$(tui_pid b)"
st=$(tui_wait_exit b); [ "$st" = 143 ] || tui_fail b "exit status $st after SIGTERM"
paste_mode_off b
exit 0

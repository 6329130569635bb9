#!/bin/sh
# Bracketed paste (TERM=xterm, markers sent literally as PuTTY does, and tmux's own paste): pasted
# text is text, never keys. Into a section's text, after a lone Esc, into a contact field, and on a
# checklist's option list (cookies; it goes into the text below: no item is ticked, nothing asks), with
# CR LF, TAB, Space and letters that were commands (r s y a x l q), the text lands byte for byte at
# the cursor and nothing is reset, chosen, marked not applicable or saved before ^S; a one-line
# field gets one line; a screen without text says the paste was not used. The wizard turns the
# terminal's paste mode on and off again on quitting and on SIGTERM.
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
tui_seq a '\033[200~Alpha\r\nBeta\033[201~'          # the Name field has the focus: one line
tui_wait a "Alpha Beta"
tui_keys a C-n C-n C-n C-n
tui_wait a "Name of the register"
tui_wait a "Text in Finnish: stock text"
tui_keys a Enter                                     # the text has the focus
tui_seq a '\033[200~Alpha\r\nBe\tta rsyaxl\r\n\033[201~'
tui_type a "ok"
tui_wait a "ok"
tui_keys a Escape                                    # a lone Esc does nothing
sleep 0.3
$T set-buffer -b p "$(printf 'rekisteröidyn tiedot\nrsyaxl\tq')"
$T paste-buffer -p -b p -t =a:                       # tmux brackets it
tui_wait a "rsyaxl q"
tui_wait a "Name of the register"
tui_wait a "Text in Finnish: edited"
# on a checklist the option list has the focus: a paste (Space and y in it) goes into the text
tui_goto a cookies "Cookies"
tui_wait a "Space Choose"
tui_wait a "[ ] Web analytics"
$T set-buffer -b p2 "rekisteröidyn tiedot"
$T paste-buffer -p -b p2 -t =a:
tui_wait a "toimi.rekisteröidyn"
tui_wait a "Text in Finnish: edited"
tui_screen a | grep -qF "stock text. Your edited text" && tui_fail a "the paste asked about replacing text"
[ "$(tui_screen a | grep -cF "[x]")" = 0 ] || tui_fail a "the paste ticked an item"
sleep 2.5
unchanged p.seloste orig.seloste
want='Asiakasrekisteri\nAlpha\nBe ta rsyaxl\nokrekisteröidyn tiedot\nrsyaxl q'
ck_fi="$(doc_text orig.seloste cookies fi)rekisteröidyn tiedot"
text_is p.seloste.recovery register_name fi "$want"
text_is p.seloste.recovery cookies fi "$ck_fi"
tui_keys a C-s
tui_wait a "Saved p.seloste."
text_is p.seloste register_name fi "$want"
text_is p.seloste controller name 'Alpha Beta'
text_is p.seloste cookies fi "$ck_fi"
# the rest of the checklist (its items, stock clause, English text and its origin) is as it was;
# only the Finnish text and where it comes from (now the person's edit) changed
for f in orig.seloste p.seloste; do
  sed -n '/^  cookies : $/,/^  };/p' "$f" | awk '
    /^    fi = / { infi = 1 }  infi { if (/";$/) infi = 0; next }
    /^    fi_from : *$/ { skip = 1 }  !skip && !/^    origin = / { print }  skip && /^    };/ { skip = 0 }' >"$f.ck"
done
cmp -s orig.seloste.ck p.seloste.ck || { echo "FAIL: the paste changed the checklist:"; diff orig.seloste.ck p.seloste.ck; exit 1; }
grep -qF "items = [ ];" p.seloste.ck || { echo "FAIL: the paste ticked an item"; exit 1; }
same_but orig.seloste p.seloste register_name controller cookies
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
paste_mode_off a

start_piped b --ui-lang en p.seloste                 # a terminating signal turns it off too
tui_wait b "Languages of the notice"
kill -TERM "$(tui_pid b)"
st=$(tui_wait_exit b); [ "$st" = 143 ] || tui_fail b "exit status $st after SIGTERM"
paste_mode_off b
exit 0

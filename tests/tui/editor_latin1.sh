#!/bin/sh
# Text an external editor ($VISUAL) writes in Latin-1/Windows-1252, with control characters,
# CRLF and a line starting with byte 0xE2 and a space: the wizard converts it to UTF-8, drops the
# control characters, says so, and saves a document that reopens and renders. A second editor run
# appends Latin-1 to the UTF-8 text it was given (what an editor in a Latin-1 locale does): the
# UTF-8 already there stays as it is, only the new bytes are converted.
. "$top_srcdir/tests/tui/tmux.sh"

cat >"$WORK/latin1.sh" <<'ED'
#!/bin/sh
# K\344sittelemme = "Käsittelemme", \342 = "â" (0xE2), \200 = "€" in Windows-1252
if [ -e "$WORKDIR/round2" ]; then
  printf 'Lis\344ys: p\344iv\344 \304\326.\n' >>"$1"; exit 0
fi
printf 'K\344sittelemme tietoja\001 n\344in.\r\n\342 rivi alkaa 0xE2-tavulla\r\nHinta 5 \200\177.\r\n' >"$1"
ED
chmod +x "$WORK/latin1.sh"
TUI_ENV="env VISUAL=$WORK/latin1.sh WORKDIR=$WORK" tui_start a --ui-lang en doc.seloste
tui_wait a "Languages of the notice"
tui_keys a Enter
tui_wait a "Controller"
tui_keys a C-n C-n C-n C-n C-n C-n C-n
tui_wait a "Purposes of processing"
tui_keys a Tab                    # from the list of purposes into its text
tui_keys a F4                             # the external editor
tui_wait a "Käsittelemme tietoja näin."
tui_wait a "â rivi alkaa 0xE2-tavulla"
tui_wait a "Hinta 5 €."
tui_wait a "read as Latin-1"
touch "$WORK/round2"
tui_keys a F4
tui_wait a "Lisäys: päivä ÄÖ."
tui_wait a "Käsittelemme tietoja näin."
tui_keys a C-s
tui_wait a "Saved doc.seloste"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"

# the saved document reopens, renders (the 0xE2 line included) and holds no control character
"$SELOSTE" render --draft doc.seloste --lang fi -o notice.txt 2>render.err ||
  { echo "FAIL: render of the saved document failed: $(cat render.err)"; exit 1; }
file_has notice.txt "Käsittelemme tietoja näin."
file_has notice.txt "â rivi alkaa 0xE2-tavulla"
file_has notice.txt "Hinta 5 €."
file_has notice.txt "Lisäys: päivä ÄÖ."
! grep -q "Ã" notice.txt || { echo "FAIL: UTF-8 already in the text was read again as Latin-1"; exit 1; }
! LC_ALL=C grep -q "$(printf '[\001\177\r]')" doc.seloste || { echo "FAIL: control character saved"; exit 1; }
tui_start b --ui-lang en doc.seloste
tui_wait b "Languages of the notice"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "reopening: exit status $st"
echo "all assertions passed"

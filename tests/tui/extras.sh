#!/bin/sh
# The rest of the wizard's promises: asking for a name, choosing a stock variant, the external
# editor, the changed-on-disk question, and restricted mode.
. "$top_srcdir/tests/tui/tmux.sh"

# `seloste` alone asks for a name and adds .seloste
tui_start a --ui-lang en
tui_wait a "Name of the notice file"
tui_type a "uusi"
tui_keys a Enter
tui_wait a "Languages of the notice"
tui_keys a C-s
tui_wait a "Saved uusi.seloste"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
file_has uusi.seloste 'format_version = 1;'

# choosing another stock variant replaces the text with it, in both languages
tui_start b --ui-lang en uusi.seloste
tui_wait b "Languages of the notice"
tui_keys b Enter
tui_wait b "Controller"
tui_keys b C-n C-n C-n C-n C-n C-n
tui_wait b "Purposes of processing"
tui_keys b C-t
tui_wait b "Choose a stock text"
tui_wait b "Asiakassuhde, markkinointi ja kehittäminen"
tui_keys b Down Enter
tui_wait b 'stock text "Asiakassuhde, markkinointi ja kehittäminen"'
# the external editor ($EDITOR) edits the text and it is read back
tui_keys b C-s
tui_wait b "Saved uusi.seloste"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
file_has uusi.seloste 'clause = "purposes.customer_marketing";'

cat >"$WORK/ed.sh" <<'ED'
#!/bin/sh
printf '\nUlkoisella editorilla lisätty rivi äö.\n' >>"$1"
ED
chmod +x "$WORK/ed.sh"
TUI_ENV="env VISUAL= EDITOR=$WORK/ed.sh" tui_start c --ui-lang en uusi.seloste
tui_wait c "Languages of the notice"
tui_keys c Enter
tui_wait c "Controller"
tui_keys c C-n C-n C-n C-n C-n C-n
tui_wait c "Purposes of processing"
tui_keys c F4
tui_wait c "Ulkoisella editorilla lisätty rivi äö."
# someone else saves the file meanwhile: saving asks, and cancelling keeps their version
sleep 1.1
printf '# saved by someone else\n' >>uusi.seloste
tui_keys c C-s
tui_wait c "has changed on disk since you opened it"
tui_keys c c
tui_wait c "Not saved."
file_has uusi.seloste '# saved by someone else'
tui_keys c C-s
tui_wait c "has changed on disk since you opened it"
tui_keys c o
tui_wait c "Saved uusi.seloste"
tui_keys c C-q
st=$(tui_wait_exit c); [ "$st" = 0 ] || tui_fail c "exit status $st"
file_has uusi.seloste 'Ulkoisella editorilla lisätty rivi äö.'
! grep -q 'saved by someone else' uusi.seloste || { echo "FAIL: overwrite kept the other version"; exit 1; }

# restricted mode from the administrator's settings: files stay in the configured directory,
# paths are refused, and there is no external editor
mkdir -p "$WORK/etc" "$WORK/safe"
printf '[ui]\nrestricted = yes\ndirectory = %s\n' "$WORK/safe" >"$WORK/etc/seloste.ini"
TUI_ENV="env SELOSTE_SYSCONFDIR=$WORK/etc" tui_start d --ui-lang en ../escape.seloste
st=$(tui_wait_exit d); [ "$st" != 0 ] || tui_fail d "a path was accepted in restricted mode"
[ ! -e "$WORK/../escape.seloste" ] || { echo "FAIL: file written outside"; exit 1; }
TUI_ENV="env SELOSTE_SYSCONFDIR=$WORK/etc EDITOR=$WORK/ed.sh" tui_start e --ui-lang en oma.seloste
tui_wait e "Languages of the notice"
tui_keys e Enter
tui_wait e "Controller"
tui_keys e C-n C-n C-n C-n C-n C-n
tui_wait e "Purposes of processing"
tui_keys e F4
tui_wait e "not available in restricted mode"
tui_keys e C-s
tui_wait e "Saved"
tui_keys e C-q
st=$(tui_wait_exit e); [ "$st" = 0 ] || tui_fail e "exit status $st"
[ -f "$WORK/safe/oma.seloste" ] || { echo "FAIL: restricted file not in the configured directory"; ls -R "$WORK"; exit 1; }
! grep -q 'Ulkoisella' "$WORK/safe/oma.seloste" || { echo "FAIL: external editor ran in restricted mode"; exit 1; }
echo "all assertions passed"

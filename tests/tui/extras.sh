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
file_has uusi.seloste 'format_version = 2;'

# choosing another stock variant replaces the text with it, in both languages
tui_start b --ui-lang en uusi.seloste
tui_wait b "Languages of the notice"
tui_keys b Enter
tui_wait b "Controller"
tui_goto b sources "Regular sources of data"
tui_keys b C-t
tui_wait b "Choose a stock text"
tui_wait b "Vain asiakkaalta itseltään"
tui_keys b Down Enter
tui_wait b 'stock text "Vain asiakkaalta itseltään"'
tui_keys b C-k
tui_wait b 'Text in English: stock text'
tui_wait b 'stock text "Only from the customer"'
# the texts that the options and rows of a section bring in are not offered as the section's text:
# the purposes' intro only (no purpose's retention), the cookies' base text only (no single cookie);
# the list is in the language shown, English since ^K above
tui_goto b purposes "Purposes of processing"
tui_keys b C-t
tui_wait b "Choose a stock text"
tui_wait b "> Introduction"
tui_screen b | grep -qF "Retention" && tui_fail b "^T offers a purpose's retention as the section's text"
[ "$(tui_screen b | grep -c "│   [^ ]")" = 0 ] || tui_fail b "^T offers more than the purposes' intro"
tui_keys b Escape
tui_wait_gone b "Choose a stock text"
tui_goto b cookies "Cookies"
tui_keys b C-t
tui_wait b "Choose a stock text"
[ "$(tui_screen b | grep -c "│   [^ ]")" = 0 ] || tui_fail b "^T offers a single cookie's text as the section's"
tui_keys b Escape
tui_wait_gone b "Choose a stock text"
tui_keys b C-s
tui_wait b "Saved uusi.seloste"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
file_has uusi.seloste 'clause = "sources.customer_only";'
sed -n '/^  sources : *$/,/^  };/p' uusi.seloste | grep -q '^    en = "We obtain the data only from you' ||
  { echo "FAIL: the English text did not follow the variant chosen"; exit 1; }

cat >"$WORK/ed.sh" <<'ED'
#!/bin/sh
printf '\nUlkoisella editorilla lisätty rivi äö.\n' >>"$1"
ED
chmod +x "$WORK/ed.sh"
TUI_ENV="env VISUAL= EDITOR=$WORK/ed.sh" tui_start c --ui-lang en uusi.seloste
tui_wait c "Languages of the notice"
tui_keys c Enter
tui_wait c "Controller"
tui_goto c purposes "Purposes of processing"
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
tui_goto e purposes "Purposes of processing"
tui_keys e F4
tui_wait e "not available in restricted mode"
tui_keys e C-s
tui_wait e "Saved"
tui_keys e C-q
st=$(tui_wait_exit e); [ "$st" = 0 ] || tui_fail e "exit status $st"
[ -f "$WORK/safe/oma.seloste" ] || { echo "FAIL: restricted file not in the configured directory"; ls -R "$WORK"; exit 1; }
! grep -q 'Ulkoisella' "$WORK/safe/oma.seloste" || { echo "FAIL: external editor ran in restricted mode"; exit 1; }
echo "all assertions passed"

#!/bin/sh
# Issue 11 point 5: ^F never publishes a notice with details missing. It says which are missing and
# where, writes no notice file, and offers to go to the first section lacking one (Enter), to write
# drafts named as such (NAME.fi.draft.html, with the gaps marked in words), or to cancel. Once the
# details are filled in, ^F writes the normal files. PuTTY's TERM=xterm, no organisation settings.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm

# Fails unless none of the publishable notice files of g.seloste exists.
no_notice() {
  for f in g.fi.html g.fi.txt g.en.html g.en.txt; do
    [ ! -e $f ] || tui_fail a "$1: $f was written"
  done
}

# Waits until the form of session $1 shows field $2 holding $3 (typing went into that box).
field_is() {
  i=0
  while ! tui_screen "$1" | grep -qE "^  $2 +$3"; do
    i=$((i + 1)); [ $i -lt 200 ] || tui_fail "$1" "typing did not go into $2"
    sleep 0.05
  done
}

"$SELOSTE" new --ui-lang en g.seloste >/dev/null 2>&1 || exit 1
tui_start a --ui-lang en g.seloste
tui_wait a "Languages of the notice"
tui_keys a C-f
tui_wait a "but the notice files"
tui_wait a "the controller's name is missing"
tui_wait a "e-mail address is missing"
tui_wait a '[g] go to "Controller" (Enter)'
no_notice "^F with details missing"
[ -s g.seloste ] || tui_fail a "the document was not saved"
tui_keys a Enter                                   # the default: go there
tui_wait_gone a "but the notice files"
tui_wait a "GDPR 13(1)(a)"
tui_wait a "Business ID"                           # the Controller form, the cursor in its Name box
tui_type a "Testi Oy"
field_is a Name "Testi Oy"

tui_keys a C-f                                     # drafts: only *.draft.* files, the gaps in words
tui_wait a "but the notice files"
tui_screen a | grep -qF "the controller's name is missing" && tui_fail a "the name typed in is still missing"
tui_keys a d
tui_wait a "DRAFTS"
no_notice "drafts"
for f in g.fi.draft.html g.fi.draft.txt g.en.draft.html g.en.draft.txt; do
  [ -s $f ] || tui_fail a "$f was not written"
  grep -qE '\{(controller|website|contact_[a-z]+|register)\}' $f && tui_fail a "$f has a raw placeholder"
done
grep -qF "[web address missing]" g.en.draft.txt || tui_fail a "the draft does not mark the missing web address"
grep -qF "Testi Oy" g.en.draft.html || tui_fail a "the draft lacks the name typed in"
ls | grep -E '^g\.' | grep -vE '^g\.(seloste|seloste\.lock|(fi|en)\.draft\.(html|txt))$' && tui_fail a "other files written"
tui_keys a Space
tui_wait_gone a "DRAFTS"

tui_keys a C-f                                     # cancel: nothing more is written, back in the wizard
tui_wait a "but the notice files"
tui_keys a c
tui_wait_gone a "but the notice files"
no_notice "cancel"

# go there lands in the box of the web address (the Controller's missing detail), then the contact's
tui_keys a C-f
tui_wait a "[g] go to"
tui_keys a g
tui_wait_gone a "but the notice files"
tui_type a "https://testi.example"
field_is a Website "https://testi.example"
tui_keys a C-f
tui_wait a '[g] go to "Contact person'
tui_keys a Enter
tui_wait a "Street address"
tui_type a "Aino Testi"
tui_keys a C-f
tui_wait a "e-mail address is missing"
tui_keys a Enter
tui_type a "aino@testi.example"
field_is a E-mail "aino@testi.example"

tui_keys a C-f                                     # complete now: the normal files
tui_wait a "Enter: quit"
tui_keys a Enter
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
for f in g.fi.html g.fi.txt g.en.html g.en.txt; do
  [ -s $f ] || { echo "FAIL: $f not written once the details were filled in"; exit 1; }
done
grep -qF "Testi Oy" g.fi.txt && grep -qF "aino@testi.example" g.en.html || { echo "FAIL: the details are not in the notice"; exit 1; }
"$SELOSTE" render g.seloste >/dev/null || { echo "FAIL: render still finds gaps"; exit 1; }
echo "all assertions passed"

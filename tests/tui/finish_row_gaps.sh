#!/bin/sh
# User trial 5, finding 2: a purpose without English text is a gap for ^F too, not a row silently left
# out of the English notice. The dialog names the purpose by its Finnish text and where to write the
# English, offers to go to the purposes, and writes no notice file; the drafts mark the row and, where
# the notice has gaps, say inside that they are drafts (finding 4); the complete Finnish one is not.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm

sed '/en = "Customer satisfaction surveys";/d' "$top_srcdir/tests/data/rows.seloste" >r.seloste
tui_start a --ui-lang en r.seloste
tui_wait a "Languages of the notice"
tui_keys a C-f
tui_wait a "but the notice files"
tui_wait a '"Asiakastyytyväisyyskyselyt" has no English text'
tui_wait a '[g] go to "Purposes of processing and their legal bases" (Enter)'
for f in r.fi.html r.fi.txt r.en.html r.en.txt; do
  [ ! -e $f ] || tui_fail a "$f was written with a purpose lacking its English text"
done
tui_keys a d
tui_wait a "DRAFTS"
grep -qF "[purpose text missing]" r.en.draft.txt || tui_fail a "the English draft does not mark the row"
head -1 r.en.draft.txt | grep -qF "DRAFT – Privacy notice" || tui_fail a "the English draft's title does not say DRAFT"
grep -qF "<h1>DRAFT – Privacy notice" r.en.draft.html || tui_fail a "the English draft's <h1> does not say DRAFT"
grep -qF "Asiakastyytyväisyyskyselyt" r.fi.draft.txt || tui_fail a "the Finnish draft lacks the row"
grep -qF "LUONNOS" r.fi.draft.txt && tui_fail a "the complete Finnish notice is marked as a draft"
tui_keys a Space
tui_wait_gone a "DRAFTS"
tui_keys a C-f                                     # Enter: to the purposes section
tui_wait a "but the notice files"
tui_keys a Enter
tui_wait_gone a "but the notice files"
tui_wait a " Purposes of processing and their legal bases "
echo "all assertions passed"

#!/bin/sh
# A format-1 document opened in the wizard stays format 1 on disk until the person saves: quitting
# without a change leaves the file as it was; ^S writes format 2 with the old basis on each purpose.
. "$top_srcdir/tests/tui/tmux.sh"

cp "$top_srcdir/tests/data/edited.seloste" "$WORK/old.seloste"
cp "$WORK/old.seloste" "$WORK/old.orig"

tui_start a --ui-lang en old.seloste
tui_wait a "Languages of the notice"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
cmp -s "$WORK/old.seloste" "$WORK/old.orig" || { echo "FAIL: opening and quitting rewrote the format-1 file"; exit 1; }

tui_start b --ui-lang en old.seloste
tui_wait b "Languages of the notice"
tui_keys b C-s
tui_wait b "Saved"
tui_keys b C-q
st=$(tui_wait_exit b); [ "$st" = 0 ] || tui_fail b "exit status $st"
file_has old.seloste 'format_version = 2;'
file_has old.seloste 'basis = "legitimate_interest";'
file_has old.seloste '"leimojen kirjaaminen"'
file_has old.seloste 'Peruste on oikeutettu etumme pitää asiakassuhde yllä.'
file_has old.seloste 'scc'
if grep -q 'legal_basis' "$WORK/old.seloste"; then echo "FAIL: the saved file still has the format-1 legal_basis section"; exit 1; fi
echo "all assertions passed"

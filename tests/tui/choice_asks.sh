#!/bin/sh
# Issue 10: choosing another option, or r, never replaces the person's own text without asking;
# the question names the edited languages, and r resets only the language shown. PuTTY's TERM, fi UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
OWN="OMA TEKSTI"
# The fi (or en) text of section $2 in file $1, one line.
text_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1" | grep "^    $3 = "; }

"$SELOSTE" new d.seloste >/dev/null || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_keys a Tab Tab Tab Tab Tab Tab Tab
tui_wait a "Käsittelyn oikeusperuste"
tui_wait a "(*) Sopimus"
tui_keys a e
tui_type a "$OWN"
tui_keys a Escape
tui_wait a "c tekstit"   # the editor has closed (a key sent at once after Esc would be Alt-key)
tui_wait a "Teksti (suomi): muokattu"

# point 2: the English text was not edited and says so; r there leaves the Finnish text alone
tui_keys a l
tui_wait a "Teksti (englanti): vakioteksti"
tui_keys a r
sleep 0.3
tui_screen a | grep -q "korvataan" && tui_fail a "r on the unedited English text asked about Finnish"
tui_keys a l
tui_wait a "Teksti (suomi): muokattu"
tui_keys a C-s
tui_wait a "tallennettiin"
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "r on English reset the Finnish text"

# point 1: another option asks first, naming the edited language; Esc changes nothing
tui_keys a Down Space
tui_wait a "Uudella vaihtoehdolla on oma vakiotekstinsä"
tui_wait a "(suomi)"
tui_keys a Escape
tui_wait_gone a "Uudella vaihtoehdolla"
sleep 0.2
tui_wait a "(*) Sopimus"
# n: the new option, the Finnish text kept, the unedited English text follows the option
tui_keys a Space
tui_wait a "Uudella vaihtoehdolla on oma vakiotekstinsä"
tui_keys a n
tui_wait a "(*) Lakisääteinen velvoite"
tui_wait a "oma tekstisi säilyi"
tui_wait a "Teksti (suomi): muokattu"
tui_keys a C-s
tui_wait a "tallennettiin"
file_has d.seloste 'choice = "legal_obligation";'
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "n lost the Finnish text"
text_of d.seloste legal_basis en | grep -qF "legal obligation to which we are subject" \
  || tui_fail a "the unedited English text did not follow the option"
# English edited too: r on English asks naming English only and leaves Finnish alone
tui_keys a l e
tui_type a "MY OWN"
tui_keys a Escape
tui_wait a "c tekstit"
tui_wait a "Teksti (englanti): muokattu"
tui_keys a r
tui_wait a "Muokkaamasi teksti (englanti) korvataan vakiotekstillä"
tui_keys a y
tui_wait a "Teksti (englanti): vakioteksti"
tui_keys a e
tui_type a "MY OWN"
tui_keys a Escape
tui_wait a "c tekstit"
tui_keys a l
tui_wait a "Teksti (suomi): muokattu"
# y: both languages edited are named, and both get the stock text of the option chosen
tui_keys a Up Space
tui_wait a "(suomi ja englanti)"
tui_keys a y
tui_wait a "(*) Sopimus"
tui_wait a "Teksti (suomi): vakioteksti"
sleep 2.5   # the recovery file follows within 2 s
rec=d.seloste.recovery
[ -f "$rec" ] || tui_fail a "no recovery file"
grep -q 'choice = "contract";' "$rec" || tui_fail a "recovery lacks the contract choice"
text_of "$rec" legal_basis fi | grep -qF "$OWN" && tui_fail a "y kept the Finnish text"
text_of "$rec" legal_basis en | grep -qF "MY OWN" && tui_fail a "y kept the English text"
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "the saved file changed unasked"

# every choice section asks: transfers outside the EU
tui_keys a Tab Tab Tab Tab Tab Tab
tui_wait a "Tietojen siirto EU:n tai ETA:n ulkopuolelle"
tui_keys a e
tui_type a "PILVI"
tui_keys a Escape
tui_wait a "c tekstit"
tui_keys a Down Space
tui_wait a "Uudella vaihtoehdolla on oma vakiotekstinsä"
tui_keys a n
tui_keys a C-s
tui_wait a "tallennettiin"
text_of d.seloste transfers fi | grep -qF "PILVI" || tui_fail a "transfers lost the Finnish text"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

#!/bin/sh
# Issue 10: choosing another option, or ^U, never replaces the person's own text without asking;
# the question names the edited languages, ^U resets only the language shown, and ^Z undoes an
# accepted replacement exactly (^Y does it again). Typed on the option list, letters go into the
# text; Shift-Tab goes back to the list. PuTTY's TERM, fi UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
OWN="OMA TEKSTI"
LIST="Välilyönti Valitse"   # the key bar while the option list has the focus
# The fi (or en) text of section $2 in file $1, one line.
text_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1" | grep "^    $3 = "; }
# Section $2 of file $1, whole.
section_of() { sed -n "/^  $2 : *\$/,/^  };/p" "$1"; }
# Types $2 into the text of the section in session $1 from its option list, and goes back to the list.
type_own() {
  tui_wait "$1" "$LIST"
  tui_type "$1" "$2"
  tui_wait "$1" "$2"
  tui_wait_gone "$1" "$LIST"
  tui_keys "$1" BTab
  tui_wait "$1" "$LIST"
}

"$SELOSTE" new d.seloste >/dev/null || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_keys a C-n C-n C-n C-n C-n C-n C-n
tui_wait a "Käsittelyn oikeusperuste"
tui_wait a "(*) Sopimus"
type_own a "$OWN"
tui_wait a "Teksti (suomi): muokattu"
tui_wait a "(*) Sopimus"

# point 2: the English text was not edited and says so; ^U there leaves the Finnish text alone
tui_keys a C-k
tui_wait a "Teksti (englanti): vakioteksti"
tui_keys a C-u
sleep 0.3
tui_screen a | grep -q "korvataan" && tui_fail a "^U on the unedited English text asked about Finnish"
tui_keys a C-k
tui_wait a "Teksti (suomi): muokattu"
tui_keys a C-s
tui_wait a "tallennettiin"
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "^U on English reset the Finnish text"

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
tui_keys a n y                 # English letters do not answer a Finnish question: nothing happens
sleep 0.3
tui_screen a | grep -qF "Uudella vaihtoehdolla on oma vakiotekstinsä" || tui_fail a "an English letter answered"
tui_keys a s                   # [s] säilytä oma tekstisi
tui_wait a "(*) Lakisääteinen velvoite"
tui_wait a "oma tekstisi säilyi"
tui_wait a "Teksti (suomi): muokattu"
tui_keys a C-s
tui_wait a "tallennettiin"
file_has d.seloste 'choice = "legal_obligation";'
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "n lost the Finnish text"
text_of d.seloste legal_basis en | grep -qF "legal obligation to which we are subject" \
  || tui_fail a "the unedited English text did not follow the option"
# English edited too: ^U on English asks naming English only and leaves Finnish alone
tui_keys a C-k
tui_wait a "Teksti (englanti): vakioteksti"
type_own a "MY OWN"
tui_wait a "Teksti (englanti): muokattu"
tui_keys a C-u
tui_wait a "Muokkaamasi teksti (englanti) korvataan vakiotekstillä"
tui_keys a k                   # [k] korvaa se
tui_wait a "Teksti (englanti): vakioteksti"
type_own a "MY OWN"
tui_wait a "Teksti (englanti): muokattu"
tui_keys a C-k
tui_wait a "Teksti (suomi): muokattu"
sleep 2.5   # the recovery file follows within 2 s: the state before the replacement
rec=d.seloste.recovery
section_of "$rec" legal_basis >own.lb
grep -qF "$OWN" own.lb && grep -qF "MY OWN" own.lb || { echo "FAIL: recovery lacks the own texts"; cat own.lb; exit 1; }
# y: both languages edited are named, and both get the stock text of the option chosen
tui_keys a Up Space
tui_wait a "(suomi ja englanti)"
tui_keys a k                   # [k] käytä vakiotekstiä
tui_wait a "(*) Sopimus"
tui_wait a "Teksti (suomi): vakioteksti"
sleep 2.5   # the recovery file follows within 2 s
[ -f "$rec" ] || tui_fail a "no recovery file"
grep -q 'choice = "contract";' "$rec" || tui_fail a "recovery lacks the contract choice"
text_of "$rec" legal_basis fi | grep -qF "$OWN" && tui_fail a "y kept the Finnish text"
text_of "$rec" legal_basis en | grep -qF "MY OWN" && tui_fail a "y kept the English text"
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "the saved file changed unasked"
section_of "$rec" legal_basis >stock.lb
# ^Z undoes the accepted replacement: the old option and both own texts, exactly; ^Y does it again
tui_keys a C-z
tui_wait a "(*) Lakisääteinen velvoite"
tui_wait a "Teksti (suomi): muokattu"
sleep 2.5
section_of "$rec" legal_basis | cmp -s - own.lb ||
  { echo "FAIL: ^Z did not bring back the section as it was:"; section_of "$rec" legal_basis | diff own.lb -; exit 1; }
tui_keys a C-k
tui_wait a "Teksti (englanti): muokattu"
tui_keys a C-k
tui_keys a C-y
tui_wait a "(*) Sopimus"
tui_wait a "Teksti (suomi): vakioteksti"
sleep 2.5
section_of "$rec" legal_basis | cmp -s - stock.lb ||
  { echo "FAIL: ^Y did not replace the texts again:"; section_of "$rec" legal_basis | diff stock.lb -; exit 1; }
text_of d.seloste legal_basis fi | grep -qF "$OWN" || tui_fail a "the saved file changed unasked"

# every choice section asks: transfers outside the EU
tui_keys a C-n C-n C-n C-n C-n C-n
tui_wait a "Tietojen siirto EU:n tai ETA:n ulkopuolelle"
type_own a "PILVI"
tui_keys a Down Space
tui_wait a "Uudella vaihtoehdolla on oma vakiotekstinsä"
tui_keys a s
tui_keys a C-s
tui_wait a "tallennettiin"
text_of d.seloste transfers fi | grep -qF "PILVI" || tui_fail a "transfers lost the Finnish text"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

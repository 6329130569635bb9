#!/bin/sh
# Issue 10: choosing an option never replaces the person's own text (Space and a letter typed after it
# are keys typing gives), it keeps it and asks nothing; ^U and ^T ask first, naming the edited
# languages (^U only the language shown), in the UI language's letters; ^Z undoes a choice or an
# accepted replacement exactly (^Y does it again). Typed on the option list, letters go into the
# text; Shift-Tab goes back to the list. PuTTY's TERM, fi UI.
# Since issue 11 no section has one option out of several (the legal-basis choice became a basis per
# purpose row), so the options here are the ticks of a checklist (cookies: ticking adds the item's
# paragraph to the stock text) and of the stock purposes.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
TUI_OVERVIEW="Selosteen yleiskuva"
OWN="OMA TEKSTI"
LIST="Välilyönti Valitse"   # the key bar while the option list has the focus
# The fi (or en) text of section $2 in file $1, its lines (a long text is several string literals).
text_of() {
  sed -n "/^  $2 : *\$/,/^  };/p" "$1" | awk -v key="    $3 = " 'index($0, key) == 1 { on = 1 } on { print } on && /";$/ { exit }'
}
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
tui_goto a cookies "Evästeet"
tui_wait a "[ ] Verkkoanalytiikka"
type_own a "$OWN"
tui_wait a "Teksti (suomi): muokattu"
tui_wait a "[ ] Verkkoanalytiikka"

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
text_of d.seloste cookies fi | grep -qF "$OWN" || tui_fail a "^U on English reset the Finnish text"

# point 1: ticking an item keeps the edited Finnish text, without a question that letters typed on
# could answer; the unedited English text follows the item (its paragraph added); ^Z takes it back
tui_keys a Space
tui_wait a "[x] Verkkoanalytiikka"
tui_screen a | grep -q "korvaisi\|korvataan" && tui_fail a "ticking an item asked a question"
tui_wait a "Teksti (suomi): muokattu"
tui_keys a C-z
tui_wait a "[ ] Verkkoanalytiikka"
tui_keys a Space
tui_wait a "[x] Verkkoanalytiikka"
tui_keys a C-s
tui_wait a "tallennettiin"
section_of d.seloste cookies | grep -qF 'items = [ "analytics" ];' || tui_fail a "the item was not ticked"
text_of d.seloste cookies fi | grep -qF "$OWN" || tui_fail a "the item lost the Finnish text"
text_of d.seloste cookies en | grep -qF "For web analytics we use" \
  || tui_fail a "the unedited English text did not follow the item"
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
section_of "$rec" cookies >own.ck
grep -qF "$OWN" own.ck && grep -qF "MY OWN" own.ck || { echo "FAIL: recovery lacks the own texts"; cat own.ck; exit 1; }
# ^T: both languages edited are named; English letters do not answer the Finnish question; [k]
# gives both the stock text chosen
tui_keys a C-t
tui_wait a "Valitse vakioteksti"
tui_keys a Enter
tui_wait a "(suomi ja englanti)"
tui_keys a y n                 # English letters: nothing happens
sleep 0.3
tui_screen a | grep -qF "(suomi ja englanti)" || tui_fail a "an English letter answered a Finnish question"
tui_keys a k                   # [k] korvaa se
tui_wait a "Teksti (suomi): vakioteksti"
sleep 2.5   # the recovery file follows within 2 s
[ -f "$rec" ] || tui_fail a "no recovery file"
section_of "$rec" cookies | grep -qF 'items = [ "analytics" ];' || tui_fail a "^T changed the items"
text_of "$rec" cookies fi | grep -qF "$OWN" && tui_fail a "k kept the Finnish text"
text_of "$rec" cookies en | grep -qF "MY OWN" && tui_fail a "k kept the English text"
text_of d.seloste cookies fi | grep -qF "$OWN" || tui_fail a "the saved file changed unasked"
section_of "$rec" cookies >stock.ck
# ^Z undoes the accepted replacement: both own texts, exactly; ^Y does it again
tui_keys a C-z
tui_wait a "Teksti (suomi): muokattu"
sleep 2.5
section_of "$rec" cookies | cmp -s - own.ck ||
  { echo "FAIL: ^Z did not bring back the section as it was:"; section_of "$rec" cookies | diff own.ck -; exit 1; }
tui_keys a C-k
tui_wait a "Teksti (englanti): muokattu"
tui_keys a C-k
tui_keys a C-y
tui_wait a "Teksti (suomi): vakioteksti"
sleep 2.5
section_of "$rec" cookies | cmp -s - stock.ck ||
  { echo "FAIL: ^Y did not replace the texts again:"; section_of "$rec" cookies | diff stock.ck -; exit 1; }
text_of d.seloste cookies fi | grep -qF "$OWN" || tui_fail a "the saved file changed unasked"

# the stock purposes keep the text too: ticking one, with letters typed on at once
tui_goto a purposes "Henkilötietojen käsittelyn tarkoitukset"
tui_wait a "[ ] Luottotietojen tarkistus ennen laskulla ostamista"
type_own a "PILVI"
tui_keys a Down Down Down Down Down Space
tui_type a "kyllä"
tui_wait a "[x] Luottotietojen tarkistus ennen laskulla ostamista"
tui_wait a "PILVIkyllä"
tui_screen a | grep -q "korvaisi\|korvataan" && tui_fail a "ticking a purpose asked a question"
tui_keys a C-s
tui_wait a "tallennettiin"
text_of d.seloste purposes fi | grep -qF "PILVIkyllä" || tui_fail a "purposes lost the Finnish text"
section_of d.seloste purposes | grep -qF 'id = "credit_check";' || tui_fail a "the purpose was not added"
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

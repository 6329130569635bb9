#!/bin/sh
# Issue 10: Enter in a contact field goes on to the next field's editor, so what is typed next is
# text in that field, never commands; the last field's Enter ends editing. PuTTY's TERM, fi UI.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm

"$SELOSTE" new d.seloste >/dev/null || exit 1
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
tui_keys a Down Down e
tui_wait a "Enter seuraava kenttä"
tui_type a "Mikonkatu 1"
tui_keys a Enter
tui_type a "00100"
tui_keys a Enter
tui_type a "Helsinki"
tui_keys a Enter
tui_type a "lx@example.fi"    # l and x were "language" and "not applicable" after Enter
tui_keys a Enter
tui_type a "09 123"
tui_keys a Enter
tui_wait a "Enter valmis (viimeinen kenttä)"
tui_type a "www.example.fi"
tui_keys a Enter
tui_wait a "Viimeinen kenttä valmis"
tui_wait a "e muokkaa"   # editing has ended
scr=$(tui_screen a)
for row in "Katuosoite        Mikonkatu 1" "Postinumero       00100" "Postitoimipaikka  Helsinki" \
           "Sähköposti        lx@example.fi" "Puhelin           09 123" "Verkkosivusto     www.example.fi"; do
  echo "$scr" | grep -qF "$row" || tui_fail a "field row '$row' missing"
done
sleep 2.5   # the recovery file follows within 2 s; nothing is saved unasked
rec=d.seloste.recovery
[ -f "$rec" ] || tui_fail a "no recovery file"
for f in 'street = "Mikonkatu 1";' 'postal_code = "00100";' 'city = "Helsinki";' \
         'email = "lx@example.fi";' 'phone = "09 123";' 'website = "www.example.fi";'; do
  sed -n '/^  controller : *$/,/^  };/p' "$rec" | grep -qF "$f" || tui_fail a "recovery lacks $f"
done
sed -n '/^  controller : *$/,/^  };/p' "$rec" | grep -q not_applicable && tui_fail a "controller marked n/a"
grep -q 'Mikonkatu' d.seloste && tui_fail a "saved without ^S"
tui_keys a C-s
tui_wait a "tallennettiin"
file_has d.seloste 'city = "Helsinki";'
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

#!/bin/sh
# Issue 10: a contact section is a form. On entering it the cursor is in its first field's box and
# what is typed is text in that field, letters that were commands (l x e s q) included; Tab, Enter
# and Down go to the next field, Shift-Tab (as the key and as PuTTY's ESC [ Z sent literally) and Up
# to the previous one, the cursor at the end of the field's text; Enter in the last field goes on to
# the next section. Every field lands byte for byte, and nothing is saved before ^S. PuTTY's
# TERM=xterm, Finnish UI.
. "$top_srcdir/tests/tui/keys_lib.sh"

# Fails unless the cursor of session $1 is on screen row $2 (0 = top), column $3.
cursor_at() {
  i=0
  while [ "$($T display-message -p -t "=$1:" '#{cursor_y} #{cursor_x}')" != "$2 $3" ]; do
    i=$((i + 1)); [ $i -lt 100 ] || tui_fail "$1" "cursor at $($T display-message -p -t "=$1:" \
      '#{cursor_y},#{cursor_x}'), want $2,$3"
    sleep 0.05
  done
}
# Fails unless session $1 shows the form row of label $2 with the value $3 (a field check may follow).
row_is() {
  tui_screen "$1" | grep -qE "^  $2 +$3( .*)?\$" || tui_fail "$1" "field row '$2 $3' missing"
}
# The rows of the form: the field's value starts in column 21, the first field is on row 6.
VAL=21; ROW=6

"$SELOSTE" new d.seloste >/dev/null || exit 1
cp d.seloste orig.seloste
tui_start a --ui-lang fi d.seloste
tui_wait a "Selosteen kielet"
tui_keys a Enter
tui_wait a "Rekisterinpitäjä"
cursor_at a $ROW $VAL                        # in the first field at once: no key opens it
tui_type a "Kahvila lx"
cursor_at a $ROW $((VAL + 10))
tui_keys a Tab
cursor_at a $((ROW + 1)) $VAL
tui_type a "0112038-9"
tui_keys a Enter
cursor_at a $((ROW + 2)) $VAL
tui_type a "Mikonkatu 1"
tui_seq a '\033[Z'                           # Shift-Tab as PuTTY sends it: back to the business ID,
cursor_at a $((ROW + 1)) $((VAL + 9))        # the cursor at its end
tui_keys a Up                                # and on to the name
cursor_at a $ROW $((VAL + 10))
tui_type a " Oy"
tui_keys a Down Down Down
cursor_at a $((ROW + 3)) $VAL
tui_type a "00100"
tui_keys a Enter
tui_type a "Helsinki"
tui_keys a BTab Tab Tab                      # Shift-Tab as tmux sends it, and back
cursor_at a $((ROW + 5)) $VAL
tui_type a "lx@example.fi"
tui_keys a Enter
tui_type a "09 123"
tui_keys a Enter
cursor_at a $((ROW + 7)) $VAL
tui_type a "www.example.fi"
while IFS='|' read -r label value; do row_is a "$label" "$value"; done <<ROWS
Nimi|Kahvila lx Oy
Y-tunnus|0112038-9
Katuosoite|Mikonkatu 1
Postinumero|00100
Postitoimipaikka|Helsinki
Sähköposti|lx@example.fi
Puhelin|09 123
Verkkosivusto|www.example.fi
ROWS
tui_keys a Enter                             # Enter in the last field: the next section
tui_wait a "Yhteyshenkilö rekisteriä koskevissa asioissa"
tui_wait_gone a "Rekisterinpitäjä"
sleep 2.5   # the recovery file follows within 2 s; nothing is saved unasked
unchanged d.seloste orig.seloste
rec=d.seloste.recovery
[ -f "$rec" ] || tui_fail a "no recovery file"
fields='name = "Kahvila lx Oy";
business_id = "0112038-9";
street = "Mikonkatu 1";
postal_code = "00100";
city = "Helsinki";
email = "lx@example.fi";
phone = "09 123";
website = "www.example.fi";'
# Fails unless the controller section of document $1 holds exactly the fields typed, nothing else.
form_is() {
  got=$(sed -n '/^  controller : *$/,/^  };/p' "$1" | sed -e '1,2d' -e '$d' -e 's/^ *//')
  [ "$got" = "$fields" ] || { echo "FAIL: $1: the controller is"; echo "$got"; echo "expected"; echo "$fields"; exit 1; }
}
form_is "$rec"
tui_keys a C-s
tui_wait a "tallennettiin"
form_is d.seloste
same_but orig.seloste d.seloste controller
tui_keys a C-q
st=$(tui_wait_exit a); [ "$st" = 0 ] || tui_fail a "exit status $st"
exit 0

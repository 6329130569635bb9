#!/bin/sh
# One numbering of sections (issue 10, point 7): for several documents the numbers the wizard shows
# in its overview and in its title bar ("N/M") are those of `seloste render` (text and HTML), and a
# section the notice leaves out has no number ("–") anywhere.
. "$top_srcdir/tests/tui/tmux.sh"
TUI_TERM=xterm
DASH=$(printf '\342\200\223')

# The section ids of document $1 in schema order (a written document lists every section).
ids_of() { sed -n 's/^  \([a-z_]*\) :[ ]*$/\1/p' "$1"; }

# "ID N" for each section the HTML rendering of $1 in language $2 numbers, in order.
html_numbers() {
  "$SELOSTE" render --draft --lang "$2" --format html "$1" 2>/dev/null |
    sed -n '/^<section id="/{N;s/^<section id="\([a-z_]*\)">\n<h2>\([0-9]*\)\. .*/\1 \2/p;}'
}

# "N. Heading" of each numbered heading of the rendering of $1 in language $2, format $3 (HTML's
# character references turned back into characters).
headings() {
  if [ "$3" = html ]; then
    "$SELOSTE" render --draft --lang "$2" --format html "$1" 2>/dev/null | sed -n 's/^<h2>\([0-9]*\. .*\)<\/h2>$/\1/p' |
      sed -e "s/&#39;/'/g" -e 's/&quot;/"/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'
  else
    "$SELOSTE" render --draft --lang "$2" --format text "$1" 2>/dev/null | grep -E '^[0-9]+\. '
  fi
}

# For document $1: "ID N" (N "-" when the notice leaves it out) for every section, from the notice.
expected() {
  html_numbers "$1" fi >"$1.fi.num"
  ids_of "$1" | while read -r id; do
    n=$(sed -n "s/^$id //p" "$1.fi.num")
    echo "$id ${n:--}"
  done
}

# The overview's number column (a number or "-") of the session $1's screen, rows $2.. of the body.
overview_numbers() {
  tui_screen "$1" | sed -n '3,21p' | sed -n "$2,\$p" |
    sed -e "s/^  $DASH  .*/-/" -e 's/^ *\([0-9]*\)\. .*/\1/'
}

# Waits until session $1 shows the section whose heading starts with $2 (on the screen's second line).
wait_heading() {
  i=0
  until tui_screen "$1" | sed -n 2p | grep -qF -- " $2"; do
    i=$((i + 1)); [ $i -lt 300 ] || tui_fail "$1" "timed out waiting for the section '$2'"
    sleep 0.05
  done
}

# Checks document $1 (name without .seloste) in the wizard against its renderings.
check_doc() {
  d=$1; f=$d.seloste
  # the renderings agree among themselves: text and HTML, Finnish and English
  for l in fi en; do
    headings "$f" $l text >"$d.$l.text"; headings "$f" $l html >"$d.$l.html"
    cmp -s "$d.$l.text" "$d.$l.html" || { echo "FAIL: $d: text and HTML number differently ($l)"; diff "$d.$l.text" "$d.$l.html"; exit 1; }
  done
  html_numbers "$f" en >"$d.en.num"; html_numbers "$f" fi >"$d.fi.num"
  cmp -s "$d.fi.num" "$d.en.num" || { echo "FAIL: $d: the languages number differently"; exit 1; }
  expected "$f" >"$d.want"
  total=$(wc -l <"$d.fi.num")
  # the overview, scrolled to the top and to the bottom
  tui_start "$d" --ui-lang en "$f"
  tui_wait "$d" "Languages of the notice"
  tui_keys "$d" Enter
  tui_wait "$d" "GDPR 13(1)(a)"
  tui_keys "$d" C-o
  tui_wait "$d" "Overview of the notice"
  tui_keys "$d" Home
  tui_wait "$d" "Controller"
  overview_numbers "$d" 1 >"$d.got"
  tui_keys "$d" End
  tui_wait "$d" "Other information"
  overview_numbers "$d" $TAIL >>"$d.got"
  ids_of "$f" | paste -d ' ' - "$d.got" >"$d.got.ids"
  cmp -s "$d.want" "$d.got.ids" || { echo "FAIL: $d: overview numbers differ from the notice's (want, got):"; diff "$d.want" "$d.got.ids"; tui_fail "$d" "overview"; }
  # the title bar on each section the wizard walks through (^N), and the overview's rows agree
  tui_keys "$d" Home Enter
  tui_wait "$d" "GDPR 13(1)(a)"
  while read -r id n; do
    [ "$(grep -c "^$id " "$d.want")" = 1 ] || exit 99
    state=$(grep -n "^$id " "$d.want" | cut -d: -f1)
    case $(sed -n "${state}p" "$d.states") in *"does not apply"*) continue ;; esac
    [ "$n" = - ] && n=$DASH
    heading=$(sed -n "${state}p" "$d.headings")
    wait_heading "$d" "$heading"
    tui_screen "$d" | head -1 | grep -q -- " $n/$total *\$" ||
      tui_fail "$d" "title bar of $id: want $n/$total"
    tui_keys "$d" C-n
  done <"$d.want"
  tui_keys "$d" C-q
  st=$(tui_wait_exit "$d"); [ "$st" = 0 ] || tui_fail "$d" "exit status $st"
}

# A reference document: it lists every section of the schema.
"$SELOSTE" new --ui-lang en ref.seloste >/dev/null || exit 1
# The overview shows 19 rows a page: scrolled to the end, the rows the first page did not show start at
# its row TAIL (this test reads two pages, so the schema must fit in them).
NSECT=$(ids_of ref.seloste | wc -l)
[ "$NSECT" -gt 19 ] && [ "$NSECT" -le 38 ] || { echo "FAIL: $NSECT sections: read the overview in more pages"; exit 1; }
TAIL=$((39 - NSECT))

# 1. The defaults: controller and contact person empty, so left out until filled in.
"$SELOSTE" new --ui-lang en defaults.seloste >/dev/null || exit 1
# 2. Other bases: the purposes on legitimate interests rest on consent instead, so the section on
#    legitimate interests leaves and the one on withdrawing consent comes in.
sed 's/basis = "legitimate_interest";/basis = "consent";/' defaults.seloste >basis.seloste
grep -q 'basis = "consent";' basis.seloste || { echo "FAIL: could not build basis.seloste"; exit 99; }
# 3. Marked not applicable: the contact person (no sentence: left out), cookies (a sentence: kept);
#    the controller filled in (numbered), the EU representative emptied (left out, not required).
awk '
  /^  controller : *$/ { print; getline; print; print "    name = \"Esimerkki Oy\";"; next }
  /^  contact_person : *$/ { print; getline; print; print "    not_applicable = true;"; next }
  /^  eu_representative : *$/ { print; getline; print; getline; next }
  /^  cookies : *$/ { print; getline; print; print "    not_applicable = true;"; next }
  { print }' defaults.seloste >na.seloste
grep -q 'name = "Esimerkki Oy"' na.seloste || { echo "FAIL: could not build na.seloste"; exit 99; }

for d in defaults basis na; do
  # the English heading (its first 30 characters) and state of every section, in schema order, from
  # the overview: for finding each section on its own screen and knowing which ones the wizard skips
  tui_start "h$d" --ui-lang en "$d.seloste"
  tui_wait "h$d" "Languages of the notice"
  tui_keys "h$d" C-o
  tui_wait "h$d" "Overview of the notice"
  tui_keys "h$d" Home
  tui_wait "h$d" "Controller"
  tui_screen "h$d" | sed -n '3,21p' >"$d.rows"
  tui_keys "h$d" End
  tui_wait "h$d" "Other information"
  tui_screen "h$d" | sed -n '3,21p' | sed -n "$TAIL,\$p" >>"$d.rows"
  tui_keys "h$d" C-q
  tui_wait_exit "h$d" >/dev/null
  [ "$(wc -l <"$d.rows")" = "$(ids_of ref.seloste | wc -l)" ] || { echo "FAIL: overview rows"; cat "$d.rows"; exit 1; }
  sed "s/$DASH/-/" "$d.rows" | cut -c6-35 | sed 's/ *$//' >"$d.headings"
  sed "s/$DASH/-/" "$d.rows" | cut -c59- >"$d.states"
  check_doc "$d"
done

# The documents really differ in their numbering (else the test proves little).
[ "$(cat defaults.want)" != "$(cat basis.want)" ] || { echo "FAIL: basis numbers like defaults"; exit 1; }
[ "$(cat defaults.want)" != "$(cat na.want)" ] || { echo "FAIL: na numbers like defaults"; exit 1; }
grep -q '^legitimate_interest [0-9]' defaults.want || { echo "FAIL: legitimate interests unnumbered"; exit 1; }
grep -q '^consent_withdrawal -$' defaults.want || { echo "FAIL: withdrawing consent numbered without consent"; exit 1; }
grep -q '^consent_withdrawal [0-9]' basis.want || { echo "FAIL: withdrawing consent unnumbered"; exit 1; }
grep -q '^legitimate_interest -$' basis.want || { echo "FAIL: legitimate interests numbered without them"; exit 1; }
grep -q '^contact_person -$' na.want || { echo "FAIL: contact person marked n/a is numbered"; exit 1; }
grep -q '^cookies [0-9]' na.want || { echo "FAIL: cookies marked n/a is unnumbered"; exit 1; }
exit 0

# Sourced by the import tests: reading a .seloste document's members, and the lost-word check.
S() { "$SELOSTE" --ui-lang en "$@"; }

# member DOC SECTION KEY: prints the value of KEY in SECTION (libconfig text, unescaped \" and \n).
# A long value is written as adjacent literals on following lines ("..." "..."); they are joined.
member() {
  sed -n "/^  $2 : *\$/,/^  };/p" "$1" | awk -v key="$3" '
    function take(line) { sub(/^ *"/, "", line); done = sub(/";$/, "", line); if (!done) sub(/"$/, "", line); val = val line }
    !on && index($0, "    " key " = \"") == 1 { on = 1; take(substr($0, length(key) + 8)); if (done) exit; next }
    on { take($0); if (done) exit }
    END { if (on) print val }' | sed 's/\\"/"/g; s/\\n/\n/g'
}
# field DOC SECTION KEY VALUE: the member has exactly that value.
field() {
  got=$(member "$1" "$2" "$3")
  [ "$got" = "$4" ] || fail "$(basename "$1"): $2.$3 is '$got', want '$4'"
}
# text_has DOC SECTION STRING: the section's Finnish text holds STRING.
text_has() {
  member "$1" "$2" fi | grep -qF -- "$3" || fail "$(basename "$1"): $2 lacks: $3"
}
# text_empty DOC SECTION: the section has no text.
text_empty() {
  [ -z "$(member "$1" "$2" fi)" ] || fail "$(basename "$1"): $2 should be empty: $(member "$1" "$2" fi | head -c 80)"
}
# top DOC KEY VALUE: a top-level member.
top() {
  got=$(sed -n "s/^$2 = \"\\(.*\\)\";\$/\\1/p" "$1")
  [ "$got" = "$3" ] || fail "$(basename "$1"): $2 is '$got', want '$3'"
}
# items DOC SECTION LIST: the checklist's items, as written in the file.
items() {
  got=$(sed -n "/^  $2 : *\$/,/^  };/p" "$1" | sed -n 's/^    items = \[ \(.*\) \];$/\1/p')
  [ "$got" = "$3" ] || fail "$(basename "$1"): $2 items are '$got', want '$3'"
}
# no_lost INPUT DOC REPORT: every word of the input (known tags taken out) is in the document's
# rendering, the document itself or the report (headings and dates are named there).
no_lost() {
  S render "$2" --format text -o "$T/lost.txt" 2>/dev/null
  sed 's/\\"/"/g; s/\\n/ /g' "$2" >"$T/lost.doc"
  cat "$T/lost.txt" "$T/lost.doc" "$3" >"$T/lost.hay"
  sed -E 's#</?(p|ul|ol|li|br|div|span|strong|b|em|i|a)( [^>]*)?/?>##g' "$1" | tr -s ' \t\f\r' '\n\n\n\n' |
    sed -E 's/^[]["(){}<>.,;:!?*-]+//; s/[]["(){}<>.,;:!?*-]+$//' | grep -v '^$' | sort -u >"$T/lost.words"
  missing=$(awk 'NR == FNR { hay = hay $0 "\n"; next } index(hay, $0) == 0 { print }' "$T/lost.hay" "$T/lost.words")
  [ -z "$missing" ] || fail "$(basename "$1"): words not in the document: $(echo $missing | head -c 300)"
  grep -q "^No text was lost" "$3" || fail "$(basename "$1"): the report does not say that no text was lost"
}
# na_shown DOC: the document as a rendering shows it: the texts (fi, en) of a section marked not
# applicable left out. Such a section is rendered as its fixed sentence ("Emme siirrä henkilötietoja
# ..."), never as the text kept in it (an imported notice's own "Tietoja ei siirretä EU:n ulkopuolelle."),
# so that text cannot come back from a rendering; everything else must.
na_shown() {
  awk '
    /^  [a-z_]+ : *$/ { n = 0; insec = 1 }
    insec { buf[++n] = $0; if ($0 == "    not_applicable = true;") na = 1
            if ($0 != "  };") next
            for (i = 1; i <= n; i++) {
              line = buf[i]
              if (skip) { if (line ~ /;$/) skip = 0; continue }
              if (na && line ~ /^    (fi|en) = /) { if (line !~ /;$/) skip = 1; continue }
              print line
            }
            insec = 0; na = 0; next }
    /^title = / { next }
    { print }' "$1"
}
# round_trip DOC: render as text and as HTML, import again: the same document (na_shown: but for the
# kept text of a section marked not applicable, which no rendering shows, and the old notice's title,
# which is kept for check only: seloste renders its own title).
round_trip() {
  na_shown "$1" >"$T/rt.want"
  for fmt in text html; do
    S render "$1" --format "$fmt" -o "$T/rt.$fmt" 2>/dev/null || fail "render $fmt of $1"
    S import "$T/rt.$fmt" -o "$T/rt.$fmt.seloste" --force >"$T/rt.report" || fail "import of rendered $fmt"
    na_shown "$T/rt.$fmt.seloste" >"$T/rt.got"
    cmp -s "$T/rt.want" "$T/rt.got" || fail "$(basename "$1"): $fmt round trip differs: $(diff "$T/rt.want" "$T/rt.got" | head -c 400)"
  done
}
# row DOC SECTION N KEY: prints KEY of row N (from 1) of the section's rows (purposes, providers).
row() {
  sed -n "/^  $2 : *\$/,/^  };/p" "$1" | awk -v n="$3" -v key="$4" '
    function take(line) { sub(/^ *"/, "", line); done = sub(/";$/, "", line); if (!done) sub(/"$/, "", line); val = val line }
    /^      \{/ { k++; next }
    k == n && !on && index($0, "        " key " = \"") == 1 { on = 1; take(substr($0, length(key) + 12)); if (done) exit; next }
    on { take($0); if (done) exit }
    END { if (on) print val }' | sed 's/\\"/"/g; s/\\n/\n/g'
}
# rows DOC SECTION COUNT: the section has exactly COUNT rows.
rows() {
  got=$(sed -n "/^  $2 : *\$/,/^  };/p" "$1" | grep -c '^      {')
  [ "$got" = "$3" ] || fail "$(basename "$1"): $2 has $got rows, want $3"
}
# row_is DOC SECTION N KEY VALUE: row N's KEY has exactly that value.
row_is() {
  got=$(row "$1" "$2" "$3" "$4")
  [ "$got" = "$5" ] || fail "$(basename "$1"): $2 row $3 $4 is '$got', want '$5'"
}
# na DOC SECTION true|false: the section is (not) marked not applicable.
na() {
  got=$(sed -n "/^  $2 : *\$/,/^  };/p" "$1" | grep -c '^    not_applicable = true;')
  [ "$got" = "$( [ "$3" = true ] && echo 1 || echo 0)" ] || fail "$(basename "$1"): $2 not_applicable should be $3"
}
# from DOC SECTION LANG SOURCE: what the section's LANG text was derived from.
from() {
  got=$(sed -n "/^  $2 : *\$/,/^  };/p" "$1" | sed -n "/^    $3_from : *\$/,/^    };/s/^      source = \"\\(.*\\)\";\$/\\1/p")
  [ "$got" = "$4" ] || fail "$(basename "$1"): $2.$3_from source is '$got', want '$4'"
}

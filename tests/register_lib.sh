# Sourced by the register type tests (after tests/lib.sh, with TYPE set): the demo organisation as
# the settings, a fixed date for golden files, and helpers to compare renderings and edit a notice.
# A settings directory with the demo organisation, and a fixed date for the golden files.
mkdir -p "$T/home/seloste"
cp "$top_srcdir/data/demo.ini" "$T/home/seloste/seloste.ini"
XDG_CONFIG_HOME="$T/home"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1714608000} # 2 May 2024, unless the test set its own
export XDG_CONFIG_HOME SOURCE_DATE_EPOCH
# register_golden DOC: its renderings fi/en x text/md/html are tests/golden/$TYPE.LANG.FORMAT; HTML tidy-clean.
register_golden() {
  for lang in fi en; do
    for fmt in text md html; do
      golden="$top_srcdir/tests/golden/$TYPE.$lang.$fmt"
      status 0 "$SELOSTE" render "$1" --lang "$lang" --format "$fmt" -o "$T/got.$lang.$fmt"
      [ ! -s "$T/err" ] || fail "render $lang/$fmt warned: $(cat "$T/err")"
      if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp "$T/got.$lang.$fmt" "$golden"; continue; fi
      diff -u "$golden" "$T/got.$lang.$fmt" >"$T/diff" || fail "$lang/$fmt differs from $golden:
$(head -40 "$T/diff")"
    done
    if [ -n "${TIDY:-}" ] && [ -x "$TIDY" ]; then
      "$TIDY" -q -e -utf8 "$T/got.$lang.html" >"$T/tidy" 2>&1 || fail "tidy ($lang): $(cat "$T/tidy")"
      [ ! -s "$T/tidy" ] || fail "tidy warnings ($lang): $(cat "$T/tidy")"
    else
      echo "tidy not installed: the HTML is not validated"
    fi
  done
}
# no_customers FILE: a rendering of another register type says nothing of customers or marketing
# (the demo organisation's address asiakaspalvelu@ is its settings, not the type's text).
no_customers() {
  for w in asiakkaa asiakkuu asiakassuhte asiakasrekister "customer relationship" "our customers" \
           "Customer register" markkinoin uutiskirje eväste "direct marketing" newsletter cookie; do
    ! grep -qi -- "$w" "$1" || fail "$(basename "$1") speaks of customers or marketing: $w"
  done
}
# set_text DOC SECTION KEY VALUE: the first KEY ("fi", "en", a row's "retention_fi") of SECTION becomes
# VALUE (a one-line text without quotes), as if the person had written it.
set_text() {
  awk -v sec="$2" -v key="$3" -v val="$4" '
    $0 ~ "^  " sec " : *$" { insec = 1 }
    insec && $0 == "  };" { insec = 0 }
    skip { if ($0 ~ /";$/) skip = 0; next }
    insec && !done && $0 ~ "^ +" key " = \"" {
      match($0, /^ +/); printf "%s%s = \"%s\";\n", substr($0, 1, RLENGTH), key, val
      done = 1; if ($0 !~ /";$/) skip = 1; next }
    { print }
    END { if (!done) exit 1 }' "$1" >"$1.tmp" && mv "$1.tmp" "$1" || fail "set_text: no $3 in $2 of $1"
}

#!/bin/sh
# The stock clauses state current law: no repealed acts, no old authority address, no template debris.
. "$top_srcdir/tests/lib.sh"

for f in "$top_srcdir"/data/clauses/fi.cfg "$top_srcdir"/data/clauses/en.cfg; do
  for bad in Ratapihantie 00521 "523/1999" "henkilötietolak" "Personal Data Act" "sähköisen viestinnän tietosuojalak" \
             "s-postiosoite" "(linkki)" "yorganisaation" "riorganisaation" "luottihakemu" "TODO" "XXX"; do
    ! grep -qi -- "$bad" "$f" || fail "$f contains '$bad'"
  done
  # the authority's address lives only in authority.cfg
  ! grep -q "Lintulahdenkuja" "$f" || fail "$f repeats the authority's address"
  # only the known placeholders
  grep -o '{[a-z_]*}' "$f" | sort -u | while read -r p; do
    case "$p" in {controller}|{register}|{contact_name}|{contact_email}|{contact_phone}|{website}) ;;
      *) echo "FAIL: unknown placeholder $p in $f" >&2; exit 1;; esac
  done || fail "unknown placeholder"
done
contains "$top_srcdir/data/clauses/fi.cfg" "917/2014"
contains "$top_srcdir/data/authority.cfg" 'visiting_address = "Lintulahdenkuja 4, 00530 Helsinki";'
contains "$top_srcdir/data/authority.cfg" 'postal_address_fi = "PL 800, 00531 Helsinki";'
# the same ids, in the same order, in both languages
grep -o 'id = "[a-z_.]*"' "$top_srcdir/data/clauses/fi.cfg" >"$T/fi.ids"
grep -o 'id = "[a-z_.]*"' "$top_srcdir/data/clauses/en.cfg" >"$T/en.ids"
cmp -s "$T/fi.ids" "$T/en.ids" || fail "fi and en clause ids differ: $(diff "$T/fi.ids" "$T/en.ids" | head)"
finish

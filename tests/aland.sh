#!/bin/sh
# Åland (issue 14): [organisation] supervisory_authority = aland gives a new notice the complaint clause
# complaint.aland, and such a notice names Datainspektionen with its details (authority_aland of
# authority.cfg) and Åland's act in every language; without it, or with an unknown value (warned
# about with FILE:LINE), the Data Protection Ombudsman.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste" "$T/tmp"
ini="$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home" TMPDIR="$T/tmp"
org='name = Mariehamns stad\nwebsite = https://www.mariehamn.ax\n'
contact='[contact]\nname = Anna Holm\nemail = dataskydd@example.ax\n[notice]\nlanguages = fi, en, sv\n'

# aland: the complaint clause and the authority block are Datainspektionen's in fi, en and sv
printf "[organisation]\n${org}supervisory_authority = aland\n${contact}" >"$ini"
status 0 "$SELOSTE" new "$T/a.seloste" --ui-lang en
lacks "$T/err" "warning"
contains "$T/a.seloste" '"complaint.aland"'
for l in fi en sv; do
  status 0 "$SELOSTE" render --lang "$l" "$T/a.seloste" -o "$T/a.$l.txt"
  contains "$T/a.$l.txt" "https://www.di.ax"
  lacks "$T/a.$l.txt" "tietosuoja.fi"
  lacks "$T/a.$l.txt" "Lintulahdenkuja"
  lacks "$T/a.$l.txt" "1050/2018"
  lacks "$T/a.$l.txt" "tietosuojavaltuutettu"
  lacks "$T/a.$l.txt" "Data Protection Ombudsman"
  lacks "$T/a.$l.txt" "dataombudsman"
done
contains "$T/a.fi.txt" "Datainspektionen (Ahvenanmaan tietosuojaviranomainen)"
contains "$T/a.fi.txt" "Datainspektionenin yhteystiedot:"
contains "$T/a.fi.txt" "(2019:9)"
contains "$T/a.en.txt" "Datainspektionen (the data protection authority of Åland)"
contains "$T/a.en.txt" "Contact details of Datainspektionen:"
contains "$T/a.en.txt" "(2019:9)"
contains "$T/a.sv.txt" "Datainspektionen på Åland"
contains "$T/a.sv.txt" "Kontaktuppgifter till Datainspektionen:"
contains "$T/a.sv.txt" "landskapslagen (2019:9)"
# the notice carries its authority: rendered where the settings say otherwise, it is unchanged
printf "[organisation]\n${org}${contact}" >"$ini"
status 0 "$SELOSTE" render --lang en "$T/a.seloste" -o "$T/a2.en.txt"
ok cmp -s "$T/a.en.txt" "$T/a2.en.txt"
# a folder of notices: each names its own authority
mkdir -p "$T/dir" "$T/html"
cp "$T/a.seloste" "$T/dir/kommun.seloste"
status 0 "$SELOSTE" new "$T/dir/bolag.seloste" --ui-lang en
status 0 "$SELOSTE" render "$T/dir" -o "$T/html"
contains "$T/html/kommun.sv.html" "https://www.di.ax"
lacks "$T/html/kommun.sv.html" "tietosuoja.fi"
contains "$T/html/bolag.sv.html" "https://tietosuoja.fi/sv"
lacks "$T/html/bolag.sv.html" "di.ax"
# an authority's details may be completed in /etc/seloste/authority.cfg without touching the other
mkdir -p "$T/etc"
printf 'authority_aland = { email = "registrator@example.ax"; };\n' >"$T/etc/authority.cfg"
status 0 env SELOSTE_SYSCONFDIR="$T/etc" "$SELOSTE" render --lang en "$T/a.seloste" -o "$T/a3.en.txt"
contains "$T/a3.en.txt" "registrator@example.ax"
contains "$T/a3.en.txt" "https://www.di.ax"
status 0 env SELOSTE_SYSCONFDIR="$T/etc" "$SELOSTE" render --lang en "$T/dir/bolag.seloste" -o "$T/b3.en.txt"
contains "$T/b3.en.txt" "tietosuoja@om.fi"
lacks "$T/b3.en.txt" "registrator@example.ax"

# without the setting, or with ombudsman: the Data Protection Ombudsman, as before
for v in "" "supervisory_authority = ombudsman\n"; do
  printf "[organisation]\n${org}${v}${contact}" >"$ini"
  status 0 "$SELOSTE" new "$T/o.seloste" --force --ui-lang en
  lacks "$T/err" "warning"
  lacks "$T/o.seloste" "complaint.aland"
  for l in fi en sv; do
    status 0 "$SELOSTE" render --lang "$l" "$T/o.seloste" -o "$T/o.$l.txt"
    contains "$T/o.$l.txt" "00531 Helsin"
    lacks "$T/o.$l.txt" "Datainspektionen"
    lacks "$T/o.$l.txt" "2019:9"
  done
  contains "$T/o.en.txt" "Office of the Data Protection Ombudsman"
done

# an unknown value is warned about with the file and line, and the ombudsman is named
printf "[organisation]\n${org}supervisory_authority = åland\n${contact}" >"$ini"
status 0 "$SELOSTE" new "$T/u.seloste" --ui-lang en
contains "$T/err" "$ini:4: warning: organisation:supervisory_authority: unknown authority \"åland\" left out; use ombudsman (the Data Protection Ombudsman) or aland (Datainspektionen)"
[ "$(grep -c warning "$T/err")" -eq 1 ] || fail "the unknown authority was not warned about once: $(cat "$T/err")"
lacks "$T/u.seloste" "complaint.aland"
status 0 "$SELOSTE" render --lang fi "$T/u.seloste" -o "$T/u.fi.txt"
contains "$T/u.fi.txt" "Tietosuojavaltuutetun toimisto"
# the misspelt key itself is an unknown setting with the nearest name
printf "[organisation]\n${org}supervisory_autority = aland\n${contact}" >"$ini"
status 0 "$SELOSTE" new "$T/k.seloste" --ui-lang en
contains "$T/err" "$ini:4: warning: unknown setting 'supervisory_autority' in [organisation] is ignored; did you mean 'supervisory_authority'?"

finish

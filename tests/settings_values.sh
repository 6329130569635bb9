#!/bin/sh
# seloste.ini values arrive whole or are warned about with FILE:LINE; unusable files and
# languages are refused with one FILE:LINE: message line and exit 2; a UTF-8 BOM is accepted.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/home/seloste" "$T/tmp"
ini="$T/home/seloste/seloste.ini"
export XDG_CONFIG_HOME="$T/home" TMPDIR="$T/tmp"

# ";" and "#" in unquoted values: iniparser cuts them, so the user is told where
printf '[organisation]\nname = Kahvila Nr. 1; Helsinki Oy\nwebsite = https://example.fi/#tietosuoja\n' >"$ini"
status 0 "$SELOSTE" new "$T/cut.seloste" --ui-lang en
contains "$T/err" "$ini:2: warning: the value of organisation:name ends at ';'"
contains "$T/err" "$ini:3: warning: the value of organisation:website ends at '#'"
contains "$T/err" "double quotes"
# quoted, the whole values arrive in the notice, without warnings
printf '[organisation]\nname = "Kahvila Nr. 1; Helsinki Oy"  ; a comment\nwebsite = '"'"'https://example.fi/#tietosuoja'"'"'\n' >"$ini"
status 0 "$SELOSTE" new "$T/whole.seloste" --ui-lang en
lacks "$T/err" "warning"
status 0 "$SELOSTE" render --draft "$T/whole.seloste" -o "$T/whole.txt"
contains "$T/whole.txt" "Kahvila Nr. 1; Helsinki Oy"
contains "$T/whole.txt" "https://example.fi/#tietosuoja"
# a quote inside the same kind of quotes is warned about too
printf '[organisation]\nname = "Kahvila "Nr. 1" Oy"\n' >"$ini"
status 0 "$SELOSTE" new "$T/q.seloste" --ui-lang en
contains "$T/err" "$ini:2: warning: the value of organisation:name ends at its second \""
# the warnings reach every command, render too (it reads [ui] language)
printf '[organisation]\nname = A; B\n' >"$ini"
status 0 "$SELOSTE" render --draft "$T/whole.seloste" -o "$T/r.txt" --ui-lang en
contains "$T/err" "$ini:2: warning:"

# misspelt sections and keys, and keys before any [section], are warned about once each with
# FILE:LINE and the nearest known name; the demo file has none of them
printf 'name = Ylä Oy\n[organisatio]\nname = Esimerkki Oy\n[organisation]\nnmae = Esimerkki Oy\ncity = Oulu\n' >"$ini"
status 0 "$SELOSTE" new "$T/names.seloste" --ui-lang en
contains "$T/err" "$ini:1: warning: the setting 'name' is not under any [section] heading and is ignored; move it under [organisation]"
contains "$T/err" "$ini:2: warning: unknown section 'organisatio', its settings are ignored; did you mean 'organisation'?"
contains "$T/err" "$ini:5: warning: unknown setting 'nmae' in [organisation] is ignored; did you mean 'name'?"
[ "$(grep -c warning "$T/err")" -eq 3 ] || fail "warnings not printed once each: $(cat "$T/err")"
contains "$T/names.seloste" 'city = "Oulu";'
# in Finnish too
status 0 "$SELOSTE" render --draft "$T/names.seloste" -o "$T/names.txt" --ui-lang fi
contains "$T/err" "$ini:2: varoitus: tuntematon osio 'organisatio'"
contains "$T/err" "tarkoititko 'name'?"
cp "$top_srcdir/data/demo.ini" "$ini"
status 0 "$SELOSTE" new "$T/demo.seloste" --ui-lang en
lacks "$T/err" "warning"

# what a quote warning says is what arrives: """ stays as written, an unclosed quote runs on
printf '[organisation]\nname = """\ncity = "Oulu\n' >"$ini"
status 0 "$SELOSTE" new "$T/quotes.seloste" --ui-lang en
contains "$T/err" "$ini:2: warning: the value of organisation:name is read as written, its \" quotes included"
contains "$T/err" "$ini:3: warning: the value of organisation:city opens a \" quote that is never closed"
lacks "$T/err" "rest is dropped"
contains "$T/quotes.seloste" 'name = "\"\"\"";'
contains "$T/quotes.seloste" 'city = "Oulu";'

# a syntax error is one FILE:LINE: message line, exit 2, nothing written
printf '[organisation]\nname = Oy\n\nname: Toinen Oy\n' >"$ini"
status 2 "$SELOSTE" new "$T/syntax.seloste" --ui-lang en
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "syntax error is not one line: $(cat "$T/err")"
contains "$T/err" "$ini:4: not a setting"
lacks "$T/err" "iniparser"
[ ! -e "$T/syntax.seloste" ] || fail "new wrote a file despite a syntax error"

# languages = , names no language: refused
printf '[organisation]\nname = Oy\n[notice]\nlanguages = ,\n' >"$ini"
status 2 "$SELOSTE" new "$T/nolang.seloste" --ui-lang en
contains "$T/err" "$ini:4: notice:languages: no language given"
[ ! -e "$T/nolang.seloste" ] || fail "new wrote a document with no language"

# an unknown [ui] language is warned about with its line
printf '[ui]\nlanguage = xx\n' >"$ini"
status 0 "$SELOSTE" new "$T/ui.seloste"
contains "$T/err" "$ini:2:"
contains "$T/err" '"xx"'
# an unknown --ui-lang is a usage error
status 2 "$SELOSTE" --ui-lang=xx render "$T/whole.seloste"
contains "$T/err" "--ui-lang=xx"
contains "$T/err" "--help"
status 2 "$SELOSTE" render "$T/whole.seloste" --ui-lang
contains "$T/err" "--ui-lang"

# a byte-order mark (Windows Notepad), CRLF line ends: accepted, the first line read as usual
printf '\357\273\277; Notepad\r\n[organisation]\r\nname = "Notepad Oy"\r\n' >"$ini"
status 0 "$SELOSTE" new "$T/bom.seloste" --ui-lang en
lacks "$T/err" "$ini"
contains "$T/bom.seloste" 'name = "Notepad Oy";'
printf '\357\273\277[organisation]\nname = BOM Oy\n' >"$ini"
status 0 "$SELOSTE" new "$T/bom2.seloste" --ui-lang en
contains "$T/bom2.seloste" 'name = "BOM Oy";'
# the text went to iniparser without a temporary file left behind
[ -z "$(ls -A "$T/tmp")" ] || fail "files left in TMPDIR: $(ls -A "$T/tmp")"

# control characters never reach a notice
printf '[organisation]\nname = Oy\001 Ab\n' >"$ini"
status 2 "$SELOSTE" new "$T/ctl.seloste" --ui-lang en
contains "$T/err" "$ini:2: control character"
# a setting written twice in its section: iniparser keeps the later value silently, so the user
# is told which line is ignored; a section written twice is read as one, and said so
printf '[contact]\nname = Eka\nemail = a@b.fi\nname = Toka\n[organisation]\nname = Oy\n[Contact]\nname = Kolmas\n' >"$ini"
rm -f "$T/twice.seloste"
status 0 "$SELOSTE" new "$T/twice.seloste" --ui-lang en
contains "$T/err" "$ini:4: warning: 'name' is set again in [contact]; the value on line 2 is ignored and this one is used"
contains "$T/err" "$ini:7: warning: the section [contact] is written again (before on line 1); both are read as one section"
contains "$T/err" "$ini:8: warning: 'name' is set again in [contact]; the value on line 4 is ignored"
contains "$T/twice.seloste" 'name = "Kolmas";'
contains "$T/twice.seloste" 'a@b.fi'
lacks "$T/err" "[organisation] is written again"
# data/seloste.ini.example, the package's /etc/seloste/seloste.ini: every line a comment, so as the
# administrator's file it changes nothing; with its settings uncommented it loads without a warning
ex="$top_srcdir/data/seloste.ini.example"
[ -z "$(grep -v -e '^#' -e '^$' "$ex")" ] || fail "$ex has a line that is not a comment"
mkdir -p "$T/etc" && rm -f "$ini"
export SOURCE_DATE_EPOCH=1714608000
SELOSTE_SYSCONFDIR="$T/no-etc" status 0 "$SELOSTE" new "$T/plain.seloste" --ui-lang en
sed "s|$T/plain.seloste|NOTICE|g" "$T/err" >"$T/plain.err"
cp "$ex" "$T/etc/seloste.ini"
SELOSTE_SYSCONFDIR="$T/etc" status 0 "$SELOSTE" new "$T/example.seloste" --ui-lang en
sed "s|$T/example.seloste|NOTICE|g" "$T/err" | cmp -s - "$T/plain.err" || fail "the commented example warned: $(cat "$T/err")"
ok cmp -s "$T/plain.seloste" "$T/example.seloste"
sed -e 's/^# \(\[[a-z]*\]\)$/\1/' -e 's/^# \([a-z_]* = \)/\1/' -e '/^restricted = /d' "$ex" >"$T/etc/seloste.ini"
SELOSTE_SYSCONFDIR="$T/etc" status 0 "$SELOSTE" new "$T/filled.seloste" --ui-lang en
[ ! -s "$T/err" ] || fail "the uncommented example warned: $(cat "$T/err")"
contains "$T/filled.seloste" 'name = "Esimerkki Oy";'
contains "$T/filled.seloste" 'tietosuoja@esimerkki.example'
finish

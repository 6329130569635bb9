#!/bin/sh
# Hostile documents and clause files: @include, control characters, NUL, bytes that are not
# UTF-8, a byte order mark, bad ids, numbers libconfig 1.5 would truncate, a 10 MB one-line text.
# Each is refused with FILE:LINE and exit 2, or loads and renders clean.
. "$top_srcdir/tests/lib.sh"

# bad NAME LINE TEXT: rendering $T/NAME fails with exit 2 and "$T/NAME:LINE: TEXT"
bad() {
  status 2 timeout 10 "$SELOSTE" --ui-lang en render "$T/$1" --format text
  contains "$T/err" "$T/$1:$2: $3"
  clean "$T/err"
}
# doc NAME BODY: a document whose sections group holds BODY (printf format, on line 3)
doc() { printf "format_version = 1;\nlanguages = [\"fi\"];\nsections = {\n$2\n};\n" >"$T/$1"; }
# clean FILE: FILE holds no byte below 0x20 but tab and line feed, and no ESC
clean() {
  ! tr -d '\t\n' <"$1" | LC_ALL=C grep -q '[[:cntrl:]]' && ! LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1" ||
    fail "$1 holds control characters"
}

# --- @include in a document is refused before anything is opened ---
printf 'Salainen rivi\n' >"$T/secret.txt"
doc inc.seloste 'controller = {\n@include "secret.txt"\n};'
cd "$T" # includes would be found against the current directory
bad inc.seloste 5 "@include is not allowed in a document"
lacks "$T/out" "Salainen"
mkfifo "$T/fifo"
doc fifo.seloste '@include "fifo"'
bad fifo.seloste 4 "@include is not allowed"
printf 'x = "a\0b";\n' >"$T/nul.txt"
doc incnul.seloste '@include "nul.txt"'
bad incnul.seloste 4 "@include is not allowed"
printf 'x = "\344";\n' >"$T/latin1.txt"
doc incl1.seloste "@include \"$T/latin1.txt\""
bad incl1.seloste 4 "@include is not allowed"
# ...but the word in a text or a comment is only a word
doc incword.seloste '# @include "secret.txt"\npurposes = { fi = "Ks. @include \\"secret.txt\\""; };'
status 0 "$SELOSTE" render "$T/incword.seloste" --format text
contains "$T/out" 'Ks. @include "secret.txt"'

# --- control characters and NUL in texts: refused, never printed ---
doc esc.seloste 'controller = { name = "Oy\\x1b]0;x\\x07"; };'
bad esc.seloste 4 "the text holds the escape \\x1b, a control character (U+001B)"
doc nul.seloste 'controller = { name = "Oy\\x00 Ab"; };'
bad nul.seloste 4 "the text holds the escape \\x00"
doc rawesc.seloste 'controller = { name = "Oy\033[31m Ab"; };'
bad rawesc.seloste 4 "the file contains a control character (U+001B)"
doc cr.seloste 'controller = { name = "Oy\\rAb"; };'
bad cr.seloste 4 "the text holds the escape \\r"
doc c1.seloste 'controller = {\n name = "Oy\\xc2\\x9b31m"; };'
bad c1.seloste 5 "'name' holds a control character (U+009B)"
# a value echoed in a message is escaped: an origin with a C1 control made of two escapes
doc echo.seloste 'controller = { origin = "st\\xc2\\x85ock"; };'
bad echo.seloste 4 "'origin' holds a control character (U+0085)"
# a name that is not UTF-8 (an item made with an escape) is never echoed raw
doc badname.seloste 'cookies = { items = ["x\\xffy"]; };'
bad badname.seloste 4 "'items' is not valid UTF-8 text"
! LC_ALL=C grep -q "$(printf '\377')" "$T/err" || fail "a raw byte was echoed"

# --- a byte order mark and CRLF line ends (Windows Notepad) ---
printf '\357\273\277format_version = 1;\r\nlanguages = ["fi"];\r\nsections = {\r\n  controller = { name = "Bom Oy"; };\r\n};\r\n' >"$T/bom.seloste"
status 0 "$SELOSTE" render "$T/bom.seloste" --format text
contains "$T/out" "Bom Oy"
clean "$T/out"
status 0 "$SELOSTE" render "$T/bom.seloste" --format html
clean "$T/out"

# --- ids ---
doc id1.seloste 'purposes = { clause = "."; };'
bad id1.seloste 4 '"." is not the id of a clause of section'
doc id2.seloste 'purposes = { clause = ".x"; };'
bad id2.seloste 4 '".x" is not the id of a clause of section'

# --- numbers say what is wrong ---
num() { printf "# n\nformat_version = %s;\nsections = {};\n" "$2" >"$T/$1"; }
num v0.seloste 0;            bad v0.seloste 2 "'format_version' should be 1 or more, not 0"
num vneg.seloste -5;         bad vneg.seloste 2 "'format_version' should be 1 or more, not -5"
num vhuge.seloste 99999999999999999999; bad vhuge.seloste 2 "the number 99999999999999999999 is too large"
num vfloat.seloste 1.0;      bad vfloat.seloste 2 "'format_version' should be a whole number, not 1.0"
num vexp.seloste 1e0;        bad vexp.seloste 2 "'format_version' should be a whole number, not 1e0"
num vsmall.seloste -2147483649; bad vsmall.seloste 2 "the number -2147483649 is too small; seloste reads whole numbers down to -2147483648"
lacks "$T/err" "too large"
num vmin.seloste -2147483648; bad vmin.seloste 2 "'format_version' should be 1 or more, not -2147483648"
num vnewer.seloste 3;        bad vnewer.seloste 2 "format version 3 is newer than this seloste reads"
num vlong.seloste 1L
status 0 "$SELOSTE" render "$T/vlong.seloste" --format text
printf 'format_version = 1;\nchanges = ( { version = 99999999999; date = "2026-01-01"; note = "x"; } );\nsections = {};\n' >"$T/ch.seloste"
bad ch.seloste 2 "the number 99999999999 is too large"
printf 'format_version = 1;\nchanges = ( { version = 0; date = "2026-01-01"; note = "x"; } );\nsections = {};\n' >"$T/ch0.seloste"
bad ch0.seloste 2 "'version' should be 1 or more, not 0"
printf 'format_version = 1;\nchanges = ( { version = 2.50; date = "2026-01-01"; note = "x"; } );\nsections = {};\n' >"$T/chf.seloste"
bad chf.seloste 2 "'version' should be a whole number, not 2.50"
printf 'format_version = 1;\nchanges = ( { version = -99999999999; date = "2026-01-01"; note = "x"; } );\nsections = {};\n' >"$T/chs.seloste"
bad chs.seloste 2 "the number -99999999999 is too small"

# --- a string where none can stand (libconfig 1.5 would leak it) is a syntax error here ---
doc str.seloste 'controller = { name "x"; };'
bad str.seloste 4 "syntax error"

# --- a stray or missing quote: the message points at the text in quotes it belongs to ---
# a closing quote missing: the text ran on to the next line's quote (seloste writes \n, never a
# raw line break, in a text)
doc q1.seloste 'purposes = {\n  fi = "Asiakasrekisteri;\n  sv = "Kundregister";\n};'
bad q1.seloste 5 'the text in quotes that begins here runs on to line 6; is its closing " missing? A " inside a text is written \".'
doc q1b.seloste 'purposes = {\n  fi = "Asiakasrekisteri;\n  sv = 1;\n};\ncontroller = { name = "Oy"; };'
bad q1b.seloste 5 'the text in quotes that begins here runs on to line 8'
# a quote inside a text, not escaped
doc q2.seloste 'purposes = {\n  fi = "Asiakas"rekisteri";\n};'
bad q2.seloste 5 'the text in quotes that begins here ends at the " before '"'rekisteri'"'; if that " belongs to the text, write it as \".'
doc q3.seloste 'purposes = {\n  fi = "Asiakas"rekisteri;\n};'
bad q3.seloste 5 'the text in quotes that begins here ends at the " before '"'rekisteri'"

# --- a 10 MB text on one line loads in linear time (this guards a hang, it does not time) ---
awk 'BEGIN { printf "format_version = 1;\nsections = { purposes = { fi = \""; s = "abcdefghi "; for (i = 0; i < 20; i++) s = s s; printf "%s", substr(s, 1, 10000000); printf "\"; }; };\n" }' >"$T/big.seloste"
status 0 timeout 60 "$SELOSTE" render "$T/big.seloste" --format text -o "$T/big.txt"

# --- 25,000 settings in one group (libconfig compares each new one with all before it) ---
awk 'BEGIN { print "format_version = 1;\nsections = { purposes = {"; for (i = 0; i < 25000; i++) printf " a%d = 1;\n", i; print "}; };" }' >"$T/wide.seloste"
bad wide.seloste 203 "more than 200 settings in one group"

# --- clause files: includes relative to the including file, with every check ---
export SELOSTE_SYSCONFDIR="$T/etc" XDG_CONFIG_HOME="$T/home"
mkdir -p "$T/etc/clauses/parts" "$T/home/seloste/clauses" "$T/elsewhere"
printf 'clauses = (\n@include "parts/house.cfg"\n);\n' >"$T/etc/clauses/fi.cfg"
printf '\357\273\277# the house policy\n{ id = "retention.house"; default = true; text = "Talon säilytysohje."; }\n' \
  >"$T/etc/clauses/parts/house.cfg"
cd "$T/elsewhere"
status 0 "$SELOSTE" new "$T/new.seloste"
contains "$T/new.seloste" "Talon säilytysohje."
printf '{ id = "retention.house";\n text = "s\\xe4ilytys"; }\n' >"$T/etc/clauses/parts/house.cfg"
rm -f "$T/new2.seloste"
status 2 timeout 10 "$SELOSTE" --ui-lang en new "$T/new2.seloste"
contains "$T/err" "$T/etc/clauses/parts/house.cfg:2: 'text' is not valid UTF-8 text"
printf '{ id = "retention.house";\n text = "a\0b"; }\n' >"$T/etc/clauses/parts/house.cfg"
status 2 timeout 10 "$SELOSTE" --ui-lang en new "$T/new2.seloste"
contains "$T/err" "$T/etc/clauses/parts/house.cfg:2: the file contains a NUL byte"
rm "$T/etc/clauses/parts/house.cfg"
mkfifo "$T/etc/clauses/parts/house.cfg"
status 2 timeout 10 "$SELOSTE" --ui-lang en new "$T/new2.seloste"
contains "$T/err" "$T/etc/clauses/fi.cfg:2: @include"
contains "$T/err" "is not a regular file"
printf 'clauses = ({ id = "retention.x"; text = "L\\xe4hde"; });\n' >"$T/etc/clauses/fi.cfg"
status 2 timeout 10 "$SELOSTE" --ui-lang en new "$T/new2.seloste"
contains "$T/err" "$T/etc/clauses/fi.cfg:1: 'text' is not valid UTF-8 text"
printf 'clauses = (\n { id = ".x"; text = "x"; });\n' >"$T/etc/clauses/fi.cfg"
status 2 timeout 10 "$SELOSTE" --ui-lang en new "$T/new2.seloste"
contains "$T/err" "$T/etc/clauses/fi.cfg:2: \".x\" is not a clause id"
printf '\357\273\277clauses = ({ id = "retention.bom"; default = true; text = "BOM-lauseke."; });\r\n' >"$T/etc/clauses/fi.cfg"
status 0 timeout 10 "$SELOSTE" new "$T/new3.seloste"
contains "$T/new3.seloste" "BOM-lauseke."
[ ! -e "$T/new2.seloste" ] || fail "new wrote a file despite a bad clause file"
# a clause file may hold a raw line break in a text; a missing quote there is still pointed at
printf 'clauses = ({ id = "retention.two"; default = true; text = "Rivi yksi\nrivi kaksi."; });\n' >"$T/etc/clauses/fi.cfg"
status 0 timeout 10 "$SELOSTE" new "$T/new4.seloste"
contains "$T/new4.seloste" '"Rivi yksi\n"'
status 0 "$SELOSTE" render --draft "$T/new4.seloste" --format text
printf 'clauses = (\n { id = "retention.q"; text = "Yksi;\n }, { id = "retention.r"; text = "Kaksi"; }\n);\n' >"$T/etc/clauses/fi.cfg"
status 2 timeout 10 "$SELOSTE" --ui-lang en new "$T/new5.seloste"
contains "$T/err" "$T/etc/clauses/fi.cfg:2: the text in quotes that begins here runs on to line 3"
finish

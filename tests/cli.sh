#!/bin/sh
# --help, --version, the man page and usage errors behave as GNU users expect.
. "$top_srcdir/tests/lib.sh"

status 0 "$SELOSTE" --help --ui-lang en
contains "$T/out" "Usage: seloste"
contains "$T/out" "render FILE"
contains "$T/out" "--fragment"
contains "$T/out" "Report bugs to:"
status 0 "$SELOSTE" --help
contains "$T/out" "Käyttö:"
[ "$(LC_ALL=C.UTF-8 wc -L <"$T/out")" -le 79 ] || fail "--help has lines over 79 columns"

status 0 "$SELOSTE" --version
[ "$(head -n1 "$T/out")" = "seloste 0.1.0" ] || fail "version line: $(head -n1 "$T/out")"
contains "$T/out" "NO WARRANTY"

status 2 "$SELOSTE" --bogus --ui-lang en
contains "$T/err" "unknown option '--bogus'"
contains "$T/err" "Try 'seloste --help'"
status 2 "$SELOSTE" render --ui-lang en
contains "$T/err" "give exactly one FILE"
status 2 "$SELOSTE" render x.seloste --format pdf --ui-lang en
contains "$T/err" "unknown format 'pdf'"
status 2 "$SELOSTE" render x.seloste --lang xx --ui-lang en
contains "$T/err" "unknown language 'xx'"
status 2 "$SELOSTE" render x.seloste --fragment --ui-lang en
contains "$T/err" "--fragment goes with --format html"
status 2 "$SELOSTE" --ui-lang en
contains "$T/err" "no file given"

# a file name or argument holding control characters (a name planted in a shared directory, a paste)
# is repeated in messages as escapes, never sent raw to the terminal
esc=$(printf '\033')
for cmd in "render nonexist${esc}[2J.seloste" "import nx${esc}[2J.txt" "check b${esc}]0;t$(printf '\007').seloste" \
           "render x.seloste --lang ${esc}[2J"; do
  # shellcheck disable=SC2086
  "$SELOSTE" --ui-lang en $cmd >"$T/out" 2>"$T/err"
  ! LC_ALL=C grep -q "$(printf '[\001-\010\013-\037]')" "$T/err" || fail "raw control character on stderr: $cmd"
  contains "$T/err" '\x1b'
done

# the manual page is valid troff that man renders
if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man -l "$top_srcdir/doc/seloste.1" >"$T/man" 2>"$T/manerr" || fail "man -l failed"
  contains "$T/man" "SYNOPSIS"
  contains "$T/man" "seloste render"
  contains "$T/man" "EXIT STATUS"
  [ ! -s "$T/manerr" ] || fail "man warnings: $(cat "$T/manerr")"
fi
# libxml2, with the ICU and C++ runtime it brings, is opened only to import HTML (src/xmlapi.c)
if command -v ldd >/dev/null 2>&1; then
  ! ldd "$SELOSTE" | grep -q libxml2 || fail "seloste is linked with libxml2: every run would load ICU"
fi
finish

#!/bin/sh
# Every kind of bad input: FILE:LINE: message on stderr, exit 2, nothing written or overwritten.
. "$top_srcdir/tests/lib.sh"

S() { "$SELOSTE" --ui-lang en "$@"; }
echo "previous output" >"$T/out.html"

# check_bad NAME LINE MESSAGE: rendering $T/NAME fails naming file and line, -o untouched.
check_bad() {
  status 2 S render "$T/$1" --format html -o "$T/out.html"
  contains "$T/err" "$T/$1:$2: $3"
  [ "$(cat "$T/out.html")" = "previous output" ] || fail "$1: output file was overwritten"
  [ ! -s "$T/out" ] || fail "$1: something went to stdout"
}

printf 'format_version = 1;\nsections = {\n  purposes = { fi = "a" "b" +; };\n};\n' >"$T/syntax.seloste"
check_bad syntax.seloste 3 "syntax error"
printf 'format_version = 1;\nsections = {\n  purposes = {\n    fi = 42;\n  };\n};\n' >"$T/type.seloste"
check_bad type.seloste 4 "'fi' should be a string, not a whole number"
printf 'format_version = 3;\nsections = {};\n' >"$T/newer.seloste"
check_bad newer.seloste 1 "format version 3 is newer than this seloste reads (2); update seloste"
printf 'format_version = 1;\nsections = {\n  purposes = { fi = "Hyv\344 p\344iv\344"; };\n};\n' >"$T/latin1.seloste"
check_bad latin1.seloste 3 "invalid UTF-8 text; save the file as UTF-8"
printf 'format_version = 1;\nsections = {\n\n  legal_basis = { choice = "whim"; };\n};\n' >"$T/choice.seloste"
check_bad choice.seloste 4 '"whim" is not a legal basis'
printf 'format_version = 1;\n\0sections = {};\n' >"$T/nul.seloste"
check_bad nul.seloste 2 "the file contains a NUL byte"
: >"$T/empty.seloste"
status 2 S render "$T/empty.seloste"
contains "$T/err" "not a seloste document"

# missing file, directory, unreadable file
status 2 S render "$T/nope.seloste"
contains "$T/err" "$T/nope.seloste: cannot read: No such file or directory"
mkdir "$T/dir.seloste"
status 2 S render "$T/dir.seloste"
contains "$T/err" "$T/dir.seloste: is a directory"
cp "$top_srcdir/tests/data/full.seloste" "$T/secret.seloste"
chmod 000 "$T/secret.seloste"
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null 2>&1; then
    chmod 755 "$T"
    status 2 setpriv --reuid=65534 --regid=65534 --clear-groups "$SELOSTE" --ui-lang en render "$T/secret.seloste"
    contains "$T/err" "$T/secret.seloste: cannot read: Permission denied"
  fi
else
  status 2 S render "$T/secret.seloste"
  contains "$T/err" "cannot read: Permission denied"
fi

# a bad document does not stop at a crash: huge garbage and a binary file
head -c 200000 /dev/urandom >"$T/random.seloste"
status 2 S render "$T/random.seloste"
grep -q "^$T/random.seloste:[0-9]*: " "$T/err" || fail "random bytes: $(cat "$T/err")"

# writing the rendering into a missing directory says so and exits 2
status 2 S render "$top_srcdir/tests/data/full.seloste" -o "$T/no/such/dir/x.html"
contains "$T/err" "cannot save"

# a full standard output is reported, not ignored
if [ -w /dev/full ]; then
  S render "$top_srcdir/tests/data/full.seloste" >/dev/full 2>"$T/err"; rc=$?
  [ $rc -eq 2 ] || fail "write to /dev/full: exit $rc"
  contains "$T/err" "write error"
fi
finish

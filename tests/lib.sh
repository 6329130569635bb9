# Sourced by the shell tests: a private temp dir and a few assertions. Exit 77 = skip.
set -u
: "${SELOSTE:?run through make check}"
T=$(mktemp -d "${TMPDIR:-/tmp}/seloste-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
failures=0

# fail MESSAGE: records a failed assertion.
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# ok CONDITION-COMMAND...: runs a command, fails with its text when it fails.
ok() { "$@" || fail "$*"; }
# contains FILE STRING: the file holds the string.
contains() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
# lacks FILE STRING: the file does not hold the string.
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 should not contain: $2"; }
# status EXPECTED COMMAND...: runs the command (output to $T/out, $T/err) and checks its exit status.
status() {
  want=$1; shift
  "$@" >"$T/out" 2>"$T/err"; got=$?
  [ "$got" -eq "$want" ] || fail "exit $got, want $want: $* ($(head -c 300 "$T/err"))"
}
# finish: exit status of the test.
finish() { [ "$failures" -eq 0 ] && echo "all assertions passed"; exit $((failures > 0)); }
